import Redaction
import Testing

@Suite("CASE_NUMBER detector")
struct CaseNumberDetectorTests {
    static let detector = try! BuiltInDetectors.caseNumber()

    static let positives: [MarkedText] = [
        // bare 15–16 digit numbers starting with 1 or 2
        "Re: «120012345678901» follow-up",
        "opened «2401150040001234» yesterday",
        "\"caseId\":\"«120012345678901»\"",
        "ID-«120012345678901»",
        // after a case word: only the id is the finding
        "case «12345678»",
        "Case #: «00123456»",
        "Case Number: «12345678»",
        "Case-ID «0098765432»",
        "Case: «CAS-01234-ABCDE»",
        "Ticket: «INC0012345»",
        "ticket no. «784512»",
        "ticket#«12345678»",
        "ticket=«TKT-004711»",
        "incident «INC-2024-00042»",
        "SR «1-2345678901»",
        "service request «SR-20240115-0001»",
        "request «REQ123456»",
        "claim «CLM-88213-A»",
        "Tracking ID: «2001010040001234»",
        "TrackingID#«2001010040001234»",
        "case «1705314600123456» (looks like a timestamp, but labelled)",
        "Fall-Nr. «123456»",
        "Vorgangsnummer: «V-2024-0815»",
        "Ticketnummer «4711081542»",
        "dossier n° «456789»",
        "dossier numéro «456789»",
        "caso «123456»",
        "caso nº «7788990»",
        "chamado «20240115001»",
        // SRX and ticket-system numbers
        "[«SRX080604600091»]",
        "ref «SRX1234567890ID»",
        "see «INC0012345» for details",
        "incident «INC-2024-00042», request «REQ123456»",
        // German and French wording
        "Das sieht aus wie das Problem aus Fall «12345678».",
        "Ich hatte bereits Fall «46381857» eröffnet, der ohne Lösung geschlossen wurde.",
        "An Erika Mustermann eskaliert, verwandt mit Fall «88813989».",
        "J’avais déjà ouvert le demande n° «32113564», fermé sans solution.",
        "Cela ressemble au problème de la demande n° «18825059».",
        "réclamation n° «CLM-88213-A»",
        "requête «REQ123456»",
        // Japanese wording, glued to the text on both sides
        "ケース «99929176»と同じ問題のようです。",
        "以前ケース番号：«62936044»で問い合わせましたが、解決しないままクローズされました。",
        "以前問い合わせ番号 «77483735»で問い合わせました。",
        "お問い合わせ番号：«12345678»",
        "担当者にエスカレーション、チケット#«19398070»と関連。",
        "チケット番号＃«INC-2024-00042»の件",
        "案件番号«20240115001»です",
        "サポートケース «12345678»",
        "\n\n«SRX0048044388»と同じ問題のようです。",
        "ご担当者様\\n\\n«SRX0048044388»と同じ",
        "シリアル番号はありません。ケース «36748875»と同じ",
    ]

    static let decoys: [MarkedText] = [
        "case closed",
        "ticket status: open",
        "install KB5034441",
        "see KB 890830",
        "case KB5034441",
        "in case 2 fails",
        "case 12345",
        "case-12 of 40",
        "id 12345678901234",
        "id 12001234567890123",
        "id 320012345678901",
        "ts 1705314600123",
        "ts 1705314600123456",
        "request id 3F2504E0-4F89-11D3-9A0C-0305E82C3301",
        "Request ID: 8f14e45f",
        "Request failed with status 500",
        "incident response plan",
        "claim your 100 points",
        "SR-71 Blackbird",
        "request from 192.0.2.1",
        "ticket 2024-01-15",
        "case 00000000",
        "version 10.0.19041.1",
        "ratio 0.120012345678901",
        "call +1 415 555 0100",
        "ticket price $1,234.56",
        "error 0x80070005",
        "inc1234567 lower case",
        "INC123 too short",
        "case12345678",
        // the new words do not make ids of their own
        "a free fall 12345678 metres",
        "Fall 2024-01-15",
        "demande de remboursement",
        "demande n° 12",
        "ケース 2024/01/15と同じ",
        "ケースKB5034441の件",
        "問い合わせ番号 0x80070005",
        "チケット#12と同じ",
        "ケース番号：未定",
        "電話番号 0151 12345678",
    ]

    @Test("finds case numbers", arguments: positives)
    func findsCaseNumbers(sample: MarkedText) { expectFindings(of: Self.detector, in: sample) }

    @Test("ignores look-alikes", arguments: decoys)
    func ignoresDecoys(sample: MarkedText) { expectFindings(of: Self.detector, in: sample) }

    @Test("confidence follows the evidence", arguments: [
        ("120012345678901", 0.75),
        ("case 120012345678901", 0.85),
        ("Ticket: INC0012345", 0.85),
        ("SRX080604600091", 0.9),
    ])
    func confidence(text: String, expected: Double) throws {
        let findings = try DetectorSet([Self.detector]).findings(in: text)
        #expect(findings.count == 1)
        #expect(abs((findings.first?.confidence ?? 0) - expected) < 0.001)
    }

    @Test func safeOnInvalidUTF8() throws {
        var bytes = Array("case ".utf8) + [0xFF] + Array(" ticket: INC0012345 ".utf8) + [0xC3, 0x80, 0xFE]
        let findings = try DetectorSet([Self.detector]).findings(in: bytes)
        #expect(findings.map(\.range) == [15..<25])
        bytes = Array("dossier n".utf8) + [0xC2] + Array(" 456789 ".utf8) + [0xB0, 0xBA]
        _ = try DetectorSet([Self.detector]).findings(in: bytes)
    }

    /// Long runs of connectors or id parts must neither backtrack deeply nor overflow the JIT stack.
    @Test("long runs scan without hitting limits", arguments: ["case # ", "ticket no ", "1-", "case 1", "A-1"])
    func longRuns(unit: String) throws {
        let text = "case " + String(repeating: unit, count: 50_000)
        _ = try DetectorSet([Self.detector]).findings(in: text)
    }

    // MARK: organisation-specific formats

    @Test func additionalFormatsAddRules() throws {
        let custom = try BuiltInDetectors.caseNumber(additionalFormats: [#"\bACME-\d{6}\b"#])
        expectFindings(of: custom, in: "escalated as «ACME-123456» and case «12345678»")
        expectFindings(of: Self.detector, in: "escalated as ACME-123456")
        #expect(custom.descriptor == Self.detector.descriptor)
        #expect(custom.rules.count == Self.detector.rules.count + 1)
    }

    @Test func additionalFormatGroupOneIsTheFinding() throws {
        let custom = try BuiltInDetectors.caseNumber(additionalFormats: [#"(?i)\bcrm:(\d{8})\b"#], confidence: 0.7)
        expectFindings(of: custom, in: "linked CRM:«40071234» record")
        let findings = try DetectorSet([custom]).findings(in: "CRM:40071234")
        #expect(findings.first?.confidence == 0.7)
    }

    @Test func emptyAdditionalFormatsIsTheCatalogDetector() throws {
        let plain = try BuiltInDetectors.caseNumber(additionalFormats: [])
        #expect(plain.descriptor == Self.detector.descriptor)
        #expect(plain.rules.count == Self.detector.rules.count)
    }

    @Test func invalidFormatThrows() {
        #expect {
            _ = try BuiltInDetectors.caseNumber(additionalFormats: [#"\bACME-\d{6}\b"#, #"ACME-(\d{6}"#])
        } throws: { error in
            guard let error = error as? RedactionError else { return false }
            return error.code == .invalidPattern && error.patternOffset == 11
                && error.detectorID == DetectorID(rawValue: "case-number") && error.reason.contains("format 1")
        }
    }
}
