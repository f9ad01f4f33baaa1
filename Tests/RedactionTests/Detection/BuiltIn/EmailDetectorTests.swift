import Redaction
import Testing

@Suite("EMAIL detector")
struct EmailDetectorTests {
    static let detector = try! BuiltInDetectors.email()

    static let positives: [MarkedText] = [
        "Customer wrote from «jane.doe@contoso.com» yesterday",
        "«j.smith+billing@fabrikam.co.uk»",
        "Reply to <«maria-luisa.garcia@correo.example.es»> please",
        "mailto:«support-team@northwind.io»?subject=Case",
        "CC: «o'brien@tailspin.ie», «li.wei@wingtip.cn»",
        "address «user_name99@sub.mail.contoso.com».",
        "«JANE.DOE@CONTOSO.COM» in caps",
        "IDN domain «kunde@müller-shop.de» works",
        "UTF-8 local part «jürgen@example.de»",
        "Cyrillic TLD «ivan@пример.рф» works",
        "punycode «ivan@xn--e1afmkfd.xn--p1ai» works",
        "New gTLD «sam@contoso.photography»",
        "two: «a@b.io»,«c@d.io»",
        "(«first.last@adventure-works.com»)",
        "\"email\":\"«jane.doe@contoso.com»\"",
        "ends with CJK full stop «jane@contoso.com»。",
        "«x@y.museum» is short but valid",
        "tab\t«ops-alerts@litware.net»\tsep",
        "«a.b.c.d@e.f.g.co»",
        "numeric local «12345@contoso.com»",
        "percent «user%host@relay.contoso.org»",
        "name <«bob@smith.name»> header",
        "連絡先«jane@contoso.co.jp»をお客様に確認",
        "連絡は«keiko.yamamoto@wideworldimporters.jp»までお願いします",
        "リンクを«t.sasaki+it@example.ne.jp»に送信しました",
    ]

    static let decoys: [MarkedText] = [
        "no address here",
        "jane@localhost has no TLD",
        "user@contoso.invalidtld is not a delegated TLD",
        "@mention in chat",
        "a@b",
        "version@2.1.3",
        "price 3@5.00 each",
        "jane.doe@contoso",
        "name@.com",
        "git@github:org/repo",
        "foo@bar.c",
        "user@domain.123",
        "path/to/file.txt",
        "ticket@ 42",
        "@contoso.com alone",
        "email redacted as [EMAIL]",
        "j***@c***.com masked preview",
        "sha256@abc123",
        "node@14.17.0 package version",
        "react@18.2.0 dependency",
        "user@host.local",
    ]

    @Test("finds addresses", arguments: positives)
    func findsAddresses(sample: MarkedText) { expectFindings(of: Self.detector, in: sample) }

    @Test("ignores look-alikes", arguments: decoys)
    func ignoresDecoys(sample: MarkedText) { expectFindings(of: Self.detector, in: sample) }

    @Test func confidenceIsHigh() throws {
        let findings = try DetectorSet([Self.detector]).findings(in: "write to jane@contoso.com")
        #expect(findings.count == 1)
        #expect(findings.first?.confidence ?? 0 >= 0.9)
    }

    @Test func safeOnInvalidUTF8() throws {
        var bytes = Array("x ".utf8) + [0xFF, 0xC3] + Array("jane@contoso.com ".utf8) + [0x80, 0xFE]
        let findings = try DetectorSet([Self.detector]).findings(in: bytes)
        #expect(findings.count == 1)
        bytes = [0xC0, 0x40, 0xAF, 0x2E, 0x63, 0x6F, 0x6D]  // overlong bytes around "@" and ".com"
        _ = try DetectorSet([Self.detector]).findings(in: bytes)
    }
}
