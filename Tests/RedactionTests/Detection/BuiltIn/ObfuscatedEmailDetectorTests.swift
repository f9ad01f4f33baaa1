import Redaction
import Testing

@Suite("EMAIL detector (obfuscated)")
struct ObfuscatedEmailDetectorTests {
    static let detector = try! BuiltInDetectors.obfuscatedEmail()

    static let positives: [MarkedText] = [
        // Bracketed and spelled-out separators, every case.
        "Write to «jane [at] contoso [dot] com» for help",
        "«jane.doe [at] contoso [dot] co [dot] uk»",
        "«JANE (AT) CONTOSO (DOT) COM»",
        "«jane{at}contoso{dot}com»",
        "«jane <at> contoso <dot> com»",
        "«jane.doe[at]contoso[dot]com»",
        "«Jane.Doe At Contoso Dot Com» wrote",
        "«JANE AT CONTOSO DOT COM»",
        "email «jane.doe at contoso dot com» today",
        "«jane dot doe at contoso dot com»",
        "mail «jane at contoso.com» please",
        "«jane at contoso dot com dot au»",
        "«jane (at) sub.mail.contoso.com»",
        "«jane-at-contoso-dot-com»",
        "«jane_at_contoso_dot_com»",
        // Blanks around @ and instead of dots.
        "«jane @ contoso.com»",
        "«jane@contoso com»",
        "«jane @ contoso com»",
        "«jane @ contoso . com»",
        "reach «sales at mail contoso com» anytime",
        "«jane@mail contoso co uk»",
        "«jane@contoso[.]com»",
        // Full-width and CJK forms.
        "«jane＠contoso．com»",
        "«jane ＠ contoso ． com»",
        "«jane@contoso。com»",
        "«ｊａｎｅ＠ｃｏｎｔｏｓｏ．ｃｏｍ»",
        "«李雷＠例子．中国»",
        "«jane（at）contoso（dot）com»",
        "«jane 【at】 contoso 【dot】 com»",
        // HTML entities and percent-encoding.
        "«jane&#64;contoso&#46;com»",
        "«jane&#x40;contoso&#x2E;com»",
        "«jane&commat;contoso&period;com»",
        "?email=«jane%40contoso.com»&x=1",
        "«jane%40contoso%2Ecom»",
        // Zero-width characters inside the address.
        "«j\u{200B}ane@contoso.com»",
        "«jane@contoso.c\u{200D}om»",
        "«jane\u{2060}@\u{FEFF}contoso.com»",
        "«jane.doe\u{200C}@contoso.com»",
        "«jane \u{200B}at\u{200B} contoso dot com»",
        // Local parts in several scripts, IDN domains, German and French spellings.
        "«kunde (at) müller-shop (dot) de»",
        "«jürgen.weiß [at] beispiel [dot] de»",
        "«иван (at) пример (dot) рф»",
        "«françois.dupont at exemple dot fr»",
        "Kontakt: «max.mustermann (at) beispiel (punkt) de»",
        "«info(at)firma(punkt)de»",
        "«o'brien at tailspin dot ie»",
        "«j.smith+billing (at) fabrikam (dot) com»",
        "contact: «it-helpdesk at contoso dot com».",
        "«ops-team [at] northwind [dot] io», «user123 [at] wingtip [dot] cn»",
        "{\"note\":\"«jane [at] contoso [dot] com»\"}",
        "(«jane(at)contoso(dot)com»)",
        "Author: Nia <«nia at NetBSD.org»>",
        "«Vitaly dot Kruglikov at palm dot com»",
        "«jane&#46;doe&#64;contoso&#46;com»",
        "\u{200B}«jane [at] contoso [dot] com»\u{200B} with invisible edges",
        // Japanese text: kana and kanji glued to both ends are boundaries, not part of the address.
        "リンクを«ykobayashi [at] mail [dot] example [dot] com»に送信しました",
        "連絡先«sato.hina at example dot co dot jp»をお客様に確認済み",
        "連絡は«d.nakamura (at) fabrikam (dot) co (dot) jp»までお願いします",
        "連絡先«y [dot] suzuki [at] mail [dot] example [dot] com»をお客様に",
        "上司（«k.yamamoto (at) fabrikam (dot) co (dot) jp»）も必ずCCに入れてください",
        "が含まれています。連絡は«n [dot] inoue [at] woodgrovebank [dot] co [dot] jp»までお願いします",
        "アドレスではなく«ai-watanabe @ example ne jp»に送ってください",
        "リンクを«isasaki＠contoso．co．jp»に送信",
        "連絡先«rito＠example．net»を確認",
        "連絡先«t.sasaki＠fabrikam.co.jp»をお客様に",
        "ありがとうございます。«jane [at] contoso [dot] com»",
        "«jane [at] contoso [dot] com»。次回もよろしく",
        "ติดต่อ«somchai [at] example [dot] co [dot] th»ครับ",
        "«minjun (at) example (dot) co (dot) kr»으로 보내 주세요",
        // Japanese words for `@` and `.`.
        "«ren_matsumoto アット example ドット co ドット jp»",
        "上司（«watanabe.taro アット northwind ドット co ドット jp»）も",
        "連絡先«yumi ドット sato72 アット mail ドット example ドット com»をお客様に",
        "«hanakoアットexampleドットcom»",
        "«jane アットマーク contoso ドット com»",
        "«jane＠マークcontoso．com»",
        "«wang.lei at example 点 com»",
        // Zero-width characters next to kana and kanji.
        "リンクを«ren.kobayash\u{200B}i@contoso.co.jp»に送信",
        "リンクを«k.watanabe@wideworldimporters.\u{200B}jp»に送信",
        "連絡先«taro-sasaki\u{200B}@example.ne.jp»をお客様に",
        "連絡先«h\u{200B}.kimura@wideworldimporters.jp»を",
        // Spanish, Portuguese, French and German words, any case, also for dots inside the local part.
        "enviado a «hugo.alvarez arroba correo punto example punto es».",
        "enviado a «pablo.jimenez arroba example punto org».",
        "«PGOMEZ ARROBA CONTOSO PUNTO ES»",
        "e-mail «gdias arroba fabrikam ponto com ponto br».",
        "«felipe ponto ribeiro arroba woodgrove ponto com ponto br»",
        "Mon responsable («pierreroux arobase lucerne-editions point fr») doit",
        "l’adresse «lucas point roux+support arobase lucerne-editions point fr».",
        "Kontaktadresse «zimmermann.sabine at postfach punkt example punkt com» bestätigt",
        "Mein Kollege («schneider punkt heike at woodgrovebank punkt de») soll",
        "«jane [arroba] contoso [punto] es»",
        // `a` / `an` before the address mean "to" in Spanish, Portuguese and German.
        "Bitte schicken Sie die Lizenz an «lea_hoffmann AT contoso-mail DOT de» statt",
        "Lizenz an «koehler.thomas at contoso dot de» statt",
        "enviado a «lucia dot navarro at alpineskihouse dot es».",
        "Lizenz an «jonas.schroeder @ contoso-mail de» statt",
        "la licencia a «amartin @ correo.example.es» en lugar",
        // A generic TLD followed by a country code across blanks.
        "pelo e-mail «brunolima @ northwind com br». Nosso pedido",
        "«jane @ contoso org uk»",
    ]

    static let decoys: [MarkedText] = [
        // The plain form belongs to the `email` detector.
        "Customer wrote from jane.doe@contoso.com yesterday",
        "jane@contoso.com",
        "jane@contoso.com\u{200B} with an invisible character outside the address",
        // Prose with "at" and "dot".
        "look at the issue",
        "we met at noon",
        "arrived at 5 pm dot matrix",
        "available at contoso dot com",
        "Contact us at contoso dot com",
        "docs at learn dot contoso dot com",
        "Sign in at portal dot contoso dot com",
        "version 2 at build dot 3",
        "the ratio was 3 at 4 dot 5",
        "meet me at home com",
        "Jane at the dot com startup",
        "Jane at work in Berlin",
        "It’s at contoso.com now",
        "shipped 3 at contoso.com",
        "we looked at it. Com...",
        // Times, places, companies, IP addresses, paths.
        "the meeting is at 10:30 tomorrow",
        "the office at Main St. is closed",
        "Sam at Contoso Co. approved it",
        "Sam at Fabrikam Ltd approved",
        "Marie at Banque de France",
        "Meet at Contoso Bank",
        "server reachable at 192.0.2.10",
        "files at C: drive",
        "Visit our site at www.contoso.com",
        "see details at https://contoso.com/help",
        // Code and stack traces.
        "Exception at System.IO.FileStream..ctor(String path)",
        "NullPointerException at com.contoso.app.Main.run(Main.java:10)",
        "@property\ndef name(self):",
        "an @Override annotation",
        "matrix product a @ b.T in numpy",
        "root@server:~$ ls",
        "created_at_utc timestamp",
        "stay-at-home.org",
        "The value at index 3 is null",
        "thrown at Contoso.Storage.File.Open(path)",
        "the build failed at install.sh line 4",
        "watch tags at github.com/contoso/app",
        "maintained by the project at salsa.debian.org",
        "At contoso.com we value privacy",
        // Mentions, tags, masked previews, unknown TLDs.
        "@ mention in chat",
        "user @ localhost",
        "redacted at [REDACTED]",
        "email redacted as [EMAIL]",
        "j***@c***.com masked preview",
        "the price is 5 @ 3.99 each",
        "jane [at] contoso [dot] invalidtld",
        "jane [at] localhost",
        "jane at contoso",
        // Japanese and Chinese prose, and katakana words that start with アット.
        "アットホームな雰囲気のオフィスです。",
        "メールアドレスの＠マークを全角で入力しないでください。",
        "問題点は2点あります。バージョン1.2.3をインストールしてください。",
        "価格＠1000円、送料は別途。",
        "jane@contoso.com。次回もよろしく",
        "連絡先jane@contoso.co.jpをお客様に確認",
        "利点 com 版 点 net",
        // Spanish, Portuguese and French prose around the words for `@` and `.`.
        "escriba la arroba y el punto de la dirección",
        "el símbolo arroba se usa en los correos",
        "o símbolo arroba no ponto de venda",
        "pesaba una arroba de trigo",
        "La arroba (@) es un símbolo",
        "Les arobases et les points sont interdits",
        "results at scale point to growth in de",
        "the team at contoso point to the logs",
        // English articles and possessives before a spelled `at`.
        "I have an account at contoso.com",
        "log in to my account at contoso dot com",
        "a jane at contoso com",
    ]

    @Test("finds obfuscated addresses", arguments: positives)
    func findsAddresses(sample: MarkedText) { expectFindings(of: Self.detector, in: sample) }

    @Test("ignores prose, code and plain addresses", arguments: decoys)
    func ignoresDecoys(sample: MarkedText) { expectFindings(of: Self.detector, in: sample) }

    @Test("confidence follows the strength of the disguise", arguments: [
        ("jane [at] contoso [dot] com", 0.85),
        ("jane＠contoso．com", 0.85),
        ("jane @ contoso.com", 0.85),
        ("j\u{200B}ane@contoso.com", 0.85),
        ("jane at contoso dot com", 0.75),
        ("jane-at-contoso-dot-com", 0.75),
        ("jane@contoso com", 0.80),
        ("jane at contoso com", 0.70),
        ("jane arroba contoso punto es", 0.80),
        ("jane アット contoso ドット com", 0.80),
        ("jane arroba mail contoso com", 0.75),
    ])
    func confidence(text: String, expected: Double) throws {
        let findings = try DetectorSet([Self.detector]).findings(in: Array(text.utf8))
        #expect(findings.count == 1)
        #expect(abs((findings.first?.confidence ?? 0) - expected) < 1e-9)
        #expect(findings.allSatisfy { $0.confidence < 0.95 })
    }

    @Test func descriptorAndKind() {
        #expect(Self.detector.descriptor.id == DetectorID(rawValue: "email.obfuscated"))
        #expect(Self.detector.descriptor.kind == .email)
        let example = MarkedText(Self.detector.descriptor.example)
        let findings = try? DetectorSet([Self.detector]).findings(in: Array(example.text.utf8))
        #expect(findings?.count == 1)
    }

    @Test("with the plain e-mail detector, each address is found once")
    func worksAlongsidePlainDetector() throws {
        let set = DetectorSet([try BuiltInDetectors.email(), Self.detector])
        let text = "a: jane@contoso.com b: jane [at] contoso [dot] com c: j\u{200B}ane@contoso.com"
        let findings = try set.findings(in: Array(text.utf8))
        #expect(findings.map(\.detectorID.rawValue) == ["email", "email.obfuscated", "email"])
    }

    @Test func findsSeveralInOneBuffer() throws {
        let text = "look at the logs; jane at contoso dot com and john [at] fabrikam [dot] org at noon"
        let findings = try DetectorSet([Self.detector]).findings(in: Array(text.utf8))
        #expect(findings.count == 2)
    }

    /// Triggers are searched sixteen positions at a time: every form is found alike at every offset of the windows,
    /// at the very end of the text and in texts shorter than a window.
    @Test("every form at every offset of the trigger windows", arguments: [
        "jane at contoso dot com", "jane AT contoso DOT com", "jane arroba contoso punto es", "jane@contoso com",
        "jane &#64; contoso.com", "jane %40 contoso.com", "jane＠contoso．com", "jane アット contoso ドット com",
    ])
    func findsEveryFormAtEveryOffset(address: String) throws {
        let set = DetectorSet([Self.detector])
        let expected = try set.findings(in: Array(address.utf8)).map(\.range)
        #expect(expected.count == 1)
        for offset in 0..<40 {
            let prefix = Array(String(repeating: "x", count: offset).utf8) + Array(" ".utf8)
            for suffix in ["", " ok", " and more text after it to cross another window"] {
                let text = prefix + Array(address.utf8) + Array(suffix.utf8)
                let found = try set.findings(in: text).map(\.range)
                let shifted = expected.map { ($0.lowerBound + prefix.count)..<($0.upperBound + prefix.count) }
                #expect(found == shifted, "offset \(offset), suffix of \(suffix.utf8.count) bytes")
            }
        }
    }

    @Test func safeOnInvalidUTF8() throws {
        var bytes = Array("x ".utf8) + [0xFF, 0xC3] + Array("jane [at] contoso [dot] com ".utf8) + [0x80, 0xFE]
        #expect(try DetectorSet([Self.detector]).findings(in: bytes).count == 1)
        // Stray continuation bytes, truncated sequences and overlong forms around every separator form.
        bytes = Array("j".utf8) + [0xE2, 0x80] + Array(" at ".utf8) + [0xEF, 0xBC] + Array("contoso".utf8)
            + [0xC0, 0xAE] + Array("com".utf8) + [0xEF] + Array("@".utf8) + [0xED, 0xA0, 0x80, 0xF4, 0x90]
            + Array(" dot ".utf8) + [0xE3, 0x80]
        _ = try DetectorSet([Self.detector]).findings(in: bytes)
        // A truncated full-width @ at the very end, and an invisible character cut in half.
        for tail: [UInt8] in [
            [0xEF], [0xEF, 0xBC], [0xE2, 0x80], [0x26, 0x23], [0x25, 0x34], [0xE3, 0x82], [0xE3, 0x82, 0xA2, 0xE3],
            [0xE3, 0x82, 0xA2, 0xE3, 0x83, 0x83, 0xE3, 0x83], Array("arrob".utf8), Array("ARR".utf8),
        ] {
            _ = try DetectorSet([Self.detector]).findings(in: Array("jane ".utf8) + tail)
        }
    }

    @Test func longInputsStayBounded() throws {
        // Very long words and runs of separators: no finding, and the scan ends (every step is bounded).
        let word = String(repeating: "a", count: 5_000)
        let text = word + " at " + String(repeating: "contoso dot ", count: 500) + "com "
            + String(repeating: " at", count: 2_000) + String(repeating: "(at)", count: 2_000)
        let findings = try DetectorSet([Self.detector]).findings(in: Array(text.utf8))
        #expect(findings.isEmpty)
        // Invisible characters count towards the byte bounds: 20 are read through, 200 (600 bytes) end the scan.
        let some = String(repeating: "\u{200B}", count: 20), many = String(repeating: "\u{200B}", count: 200)
        let hidden = "ja" + some + "ne [at] con" + some + "toso [dot] com"
        let found = try DetectorSet([Self.detector]).findings(in: Array(hidden.utf8))
        #expect(found.map(\.range) == [0..<hidden.utf8.count])
        let buried = "jane [at] con" + many + "toso [dot] com, jane" + many + " at contoso dot com"
        #expect(try DetectorSet([Self.detector]).findings(in: Array(buried.utf8)).isEmpty)
    }
}
