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

    @Test func safeOnInvalidUTF8() throws {
        var bytes = Array("x ".utf8) + [0xFF, 0xC3] + Array("jane [at] contoso [dot] com ".utf8) + [0x80, 0xFE]
        #expect(try DetectorSet([Self.detector]).findings(in: bytes).count == 1)
        // Stray continuation bytes, truncated sequences and overlong forms around every separator form.
        bytes = Array("j".utf8) + [0xE2, 0x80] + Array(" at ".utf8) + [0xEF, 0xBC] + Array("contoso".utf8)
            + [0xC0, 0xAE] + Array("com".utf8) + [0xEF] + Array("@".utf8) + [0xED, 0xA0, 0x80, 0xF4, 0x90]
            + Array(" dot ".utf8) + [0xE3, 0x80]
        _ = try DetectorSet([Self.detector]).findings(in: bytes)
        // A truncated full-width @ at the very end, and an invisible character cut in half.
        for tail: [UInt8] in [[0xEF], [0xEF, 0xBC], [0xE2, 0x80], [0x26, 0x23], [0x25, 0x34]] {
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
