import Redaction
import RedactionTestSupport
import Testing

@Suite("Person context detector")
struct PersonContextDetectorTests {
    private func redact(_ text: String) throws -> String {
        try Redactor(detectors: DetectorSet([try BuiltInDetectors.personContext()])).redact(text)
    }

    // MARK: titles

    @Test("a name after a title", arguments: [
        ("Mr. Smith called back", "Mr. [PERSON] called back"),
        ("ask Dr Patel first", "ask Dr [PERSON] first"),
        ("Frau Krüger ruft morgen an", "Frau [PERSON] ruft morgen an"),
        ("Herr Jürgen Weber hat angerufen", "Herr [PERSON] hat angerufen"),
        ("Mme Lambert a rappelé", "Mme [PERSON] a rappelé"),
        ("la Sra. Castro llamó", "la Sra. [PERSON] llamó"),
        ("o Senhor Almeida ligou", "o Senhor [PERSON] ligou"),
        ("Dear Mr Smith, thanks", "Dear Mr [PERSON], thanks"),
    ])
    func titles(text: String, expected: String) throws {
        expectSameText(try redact(text), expected)
    }

    // MARK: labels

    @Test("a name after a label and a colon", arguments: [
        ("Customer: Jane Doe", "Customer: [PERSON]"),
        ("Caller: Diego Muñoz\nIssue: login", "Caller: [PERSON]\nIssue: login"),
        ("Contact name: Jane Doe", "Contact name: [PERSON]"),
        ("Ansprechpartner: Jürgen Weber", "Ansprechpartner: [PERSON]"),
        ("Nom : Manon Lefèvre", "Nom : [PERSON]"),
        ("Cliente: Ana de la Cruz", "Cliente: [PERSON]"),
        ("Requester:Jean-Luc O'Brien", "Requester:[PERSON]"),
    ])
    func labels(text: String, expected: String) throws {
        expectSameText(try redact(text), expected)
    }

    // MARK: Name <e-mail> headers

    @Test("a name in a Name <e-mail> header", arguments: [
        ("From: Jane Doe <jane.doe@example.com>", "From: [PERSON] <jane.doe@example.com>"),
        ("Cc: Diego Muñoz <diego@example.org>, ops", "Cc: [PERSON] <diego@example.org>, ops"),
    ])
    func headers(text: String, expected: String) throws {
        expectSameText(try redact(text), expected)
    }

    // MARK: greetings

    @Test("a name after a greeting", arguments: [
        ("Hi Jane,", "Hi [PERSON],"),
        ("Hello Jane Doe, thanks for writing", "Hello [PERSON], thanks for writing"),
        ("Dear Diego Muñoz,", "Dear [PERSON],"),
        ("Good morning Jane, the fix is live", "Good morning [PERSON], the fix is live"),
        ("Hallo Jürgen,", "Hallo [PERSON],"),
        ("Liebe Hannah, danke", "Liebe [PERSON], danke"),
        ("Bonjour Manon,", "Bonjour [PERSON],"),
        ("Cher Julien, merci", "Cher [PERSON], merci"),
        ("Hola Diego,", "Hola [PERSON],"),
        ("Estimada Lucía:", "Estimada [PERSON]:"),
        ("Olá João,", "Olá [PERSON],"),
        ("Prezado Carlos,", "Prezado [PERSON],"),
    ])
    func greetings(text: String, expected: String) throws {
        expectSameText(try redact(text), expected)
    }

    // MARK: mentions

    @Test("a name after a mention", arguments: [
        ("I spoke with Jane Doe yesterday", "I spoke with [PERSON] yesterday"),
        ("escalated to Jane Doe for review", "escalated to [PERSON] for review"),
        ("refund approved by Diego Muñoz today", "refund approved by [PERSON] today"),
        ("ticket assigned to Jane Doe", "ticket assigned to [PERSON]"),
        ("my colleague Jane will call", "my colleague [PERSON] will call"),
        ("her manager Jane Doe agreed", "her manager [PERSON] agreed"),
        ("mein Kollege Jürgen Weber prüft das", "mein Kollege [PERSON] prüft das"),
        ("wenden Sie sich an Hannah Fischer", "wenden Sie sich an [PERSON]"),
        ("ma collègue Manon Lefèvre rappelle", "ma collègue [PERSON] rappelle"),
        ("validé par Julien Moreau hier", "validé par [PERSON] hier"),
        ("escaladé à Claire Dubois", "escaladé à [PERSON]"),
        ("mi compañero Diego Muñoz lo revisa", "mi compañero [PERSON] lo revisa"),
        ("hablen con Lucía Fernández", "hablen con [PERSON]"),
        ("aprobado por Carlos Ruiz", "aprobado por [PERSON]"),
        ("a colega Ana Souza respondeu", "a colega [PERSON] respondeu"),
        ("falem com João Silva", "falem com [PERSON]"),
        ("escalado para Pedro Alves", "escalado para [PERSON]"),
    ])
    func mentions(text: String, expected: String) throws {
        expectSameText(try redact(text), expected)
    }

    @Test func mentionConfidenceDependsOnWordCount() throws {
        let set = DetectorSet([try BuiltInDetectors.personContext()])
        let one = try set.findings(in: "escalated to Jane today")
        let two = try set.findings(in: "escalated to Jane Doe today")
        #expect(one.map(\.confidence) == [0.7])
        #expect(two.map(\.confidence) == [0.8])
    }

    // MARK: German participles

    @Test("a name before a German participle", arguments: [
        ("An Hannah Fischer eskaliert.", "An [PERSON] eskaliert."),
        ("von Jürgen Weber freigegeben", "von [PERSON] freigegeben"),
        ("Ticket an Erika Mustermann weitergeleitet", "Ticket an [PERSON] weitergeleitet"),
    ])
    func germanParticiples(text: String, expected: String) throws {
        expectSameText(try redact(text), expected)
    }

    // MARK: sign-offs

    @Test("a name after a sign-off", arguments: [
        ("Regards,\nJane Doe", "Regards,\n[PERSON]"),
        ("Best regards,\r\nDiego Muñoz\r\nSupport", "Best regards,\r\n[PERSON]\r\nSupport"),
        ("Thanks, Jane", "Thanks, [PERSON]"),
        ("Thanks, Jane.", "Thanks, [PERSON]."),
        ("Viele Grüße\nJürgen", "Viele Grüße\n[PERSON]"),
        ("Cordialement,\nManon Lefèvre", "Cordialement,\n[PERSON]"),
        ("Saludos,\nLucía", "Saludos,\n[PERSON]"),
        ("Atenciosamente,\nJoão Silva", "Atenciosamente,\n[PERSON]"),
    ])
    func signOffs(text: String, expected: String) throws {
        expectSameText(try redact(text), expected)
    }

    // MARK: Japanese

    @Test("a Japanese name by its cue", arguments: [
        ("同僚の佐藤花子が対応しました。", "同僚の[PERSON]が対応しました。"),
        ("担当の鈴木が確認します。", "担当の[PERSON]が確認します。"),
        ("上司の田中 太郎に相談しました。", "上司の[PERSON]に相談しました。"),
        ("佐藤様", "[PERSON]様"),
        ("高橋さん、ありがとうございます。", "[PERSON]さん、ありがとうございます。"),
        ("田中氏によると", "[PERSON]氏によると"),
        ("鈴木拓也にエスカレーションしました。", "[PERSON]にエスカレーションしました。"),
        ("山本にご連絡ください。", "[PERSON]にご連絡ください。"),
        ("伊藤さくらさんが承認しました。", "[PERSON]さんが承認しました。"),
    ])
    func japanese(text: String, expected: String) throws {
        expectSameText(try redact(text), expected)
    }

    // MARK: deliberately not names

    @Test("addressees, departments, queues and other non-names stay", arguments: [
        "Hi Team,",
        "Hi all, the outage is over",
        "Dear Customer,",
        "Dear Sir or Madam,",
        "Hallo Support-Team,",
        "Hallo IT-Abteilung,",
        "escalated to Tier 2",
        "assigned to Billing",
        "escalated to Engineering today",
        "spoke with IT about it",
        "spoke with VPN support",
        "Hi IT,",
        "assigned to L2",
        "escalated to Team4 queue",
        "Customer: ACME",
        "Good morning everyone,",
        "Kind regards,\nThe Support Team",
        "Thanks, Jane will follow up tomorrow",
        "An Hannah eskaliert",
        "Jane <jane@example.com>",
        "Support Team <support@example.com>",
        "the customer called twice",
        "ご担当者様",
        "お客様",
        "皆様、いつもお世話になっております。",
        "ご担当者様\nよろしくお願いします。",
        "お客様にご連絡ください。",
    ])
    func nonNames(text: String) throws {
        expectSameText(try redact(text), text)
    }

    /// The honorific `様` is itself a kanji, so a generic word and `様` together (`担当者様`, `皆様`) are read as one
    /// name when an action cue follows (`にご連絡`): 様 ends a name, and what stands before it is a generic word.
    @Test("generic forms of address before an action cue stay", arguments: [
        "担当者様にご連絡ください。",
        "皆様にご連絡いたします。",
    ])
    func genericAddresseesBeforeActionCue(text: String) throws {
        let redacted = try redact(text)
        expectSameText(redacted, text)
    }

    /// `氏` is a kanji too, but it ends a name: before `が承認` it stays as the honorific.
    @Test func honorificBeforeActionCueStaysOutsideTheName() throws {
        let redacted = try redact("田中氏が承認しました。")
        expectSameText(redacted, "[PERSON]氏が承認しました。")
    }

    @Test func findsItsOwnExample() throws {
        let detector = try BuiltInDetectors.personContext()
        let findings = try DetectorSet([detector]).findings(in: detector.descriptor.example)
        #expect(!findings.isEmpty)
    }
}
