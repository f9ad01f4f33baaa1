@testable import Redaction
import RedactionTestSupport
import Testing

@Suite("Operators")
struct OperatorTests {
    /// A fixed test key: bytes 0, 1, …, 31.
    static let key = try! RedactionKey(bytes: Array(0..<32))

    private func apply(_ rewriter: some RedactionOperator, _ kind: EntityKind, _ value: String) -> String {
        var output: [UInt8] = []
        let bytes = Array(value.utf8)
        let finding = Finding(kind: kind, range: 0..<bytes.count, detectorID: DetectorID(rawValue: "test"), confidence: 1)
        bytes.withUnsafeBufferPointer { rewriter.appendReplacement(for: finding, original: $0, to: &output) }
        return String(decoding: output, as: UTF8.self)
    }

    @Test func tagMaskDropKeep() {
        expectSameText(apply(TagOperator(), .email, "jane@contoso.com"), "[EMAIL]")
        expectSameText(apply(MaskOperator(), .email, "jane.doe@contoso.com"), "j***.***@c******.com")
        expectSameText(apply(MaskOperator(), .email, "j@mail.contoso.co.uk"), "j@m***.c******.c*.uk")
        expectSameText(apply(MaskOperator(), .creditCard, "4111 1111 1111 1111"), "**** **** **** 1111")
        expectSameText(apply(MaskOperator(), .usSSN, "123-45-6789"), "***-**-6789")
        expectSameText(apply(MaskOperator(), .phone, "+1 (415) 555-0100"), "+* (***) ***-****")
        expectSameText(apply(MaskOperator(), .person, "Zoë Müller"), "*** ******")
        expectSameText(apply(MaskOperator(), .secret, "hunter2_$+"), "**********")
        expectSameText(apply(DropOperator(), .email, "jane@contoso.com"), "")
        expectSameText(apply(KeepOperator(), .caseNumber, "SRX1234567"), "SRX1234567")
    }

    /// Every built-in kind's tag (written from a table by ordinal) and a kind of the user's, with the default and
    /// with other brackets: the prefix, the kind's own name, the suffix.
    @Test func tagsNameTheirKind() {
        let custom = EntityKind(rawValue: "EMPLOYEE_ID")
        for kind in EntityKind.builtInNames.map(EntityKind.init(rawValue:)) + [custom] {
            expectSameText(apply(TagOperator(), kind, "x"), "[" + kind.rawValue + "]")
            expectSameText(apply(TagOperator(prefix: "<<", suffix: "/>"), kind, "x"), "<<" + kind.rawValue + "/>")
        }
    }

    @Test func partialKeepsWhatAnalyticsNeeds() {
        expectSameText(apply(PartialOperator(), .email, "jane.doe@contoso.com"), "[EMAIL]@contoso.com")
        expectSameText(apply(PartialOperator(), .email, "jane (at) contoso (dot) com"), "[EMAIL]")
        expectSameText(apply(PartialOperator(), .ipv4, "203.0.113.77:8443"), "203.0.113.0/24")
        expectSameText(apply(PartialOperator(), .ipv6, "2001:db8:85a3::8a2e:370:7334"), "2001:db8:85a3::/48")
        expectSameText(apply(PartialOperator(), .ipv6, "[fe80::1%eth0]:443"), "fe80:0:0::/48")
        expectSameText(apply(PartialOperator(), .ipv6, "2001:0db8:0000:0000:0000:ff00:0042:8329"), "2001:0db8:0000::/48")
        expectSameText(apply(PartialOperator(), .phone, "+44 20 7946 0958"), "+44 [PHONE]")
        expectSameText(apply(PartialOperator(), .phone, "+14155550100"), "+1 [PHONE]")
        expectSameText(apply(PartialOperator(), .phone, "020 7946 0958"), "[PHONE]")
        expectSameText(apply(PartialOperator(), .creditCard, "4111111111111111"), "[CREDIT_CARD]")
    }

    /// Golden vectors: the key of bytes 0…31 gives these tokens on every machine, forever (a change here breaks
    /// every join across old and new exports and every stored token). They were checked against an independent
    /// implementation (Python: `hmac`/`hashlib` HKDF-SHA256 and HMAC-SHA256, `cryptography`'s AESGCMSIV).
    @Test func goldenVectors() throws {
        #expect(Self.key.id == "RGGDFPDD")
        expectSameText(apply(PseudonymOperator(key: Self.key), .email, "jane.doe@contoso.com"), "[EMAIL_LGKHQNJFRMSKDHJB]")
        expectSameText(apply(PseudonymOperator(key: Self.key, length: 8), .phone, "+1 415 555 0100"), "[PHONE_QKTRPFDF]")
        expectSameText(
            apply(EncryptOperator(key: Self.key), .email, "jane.doe@contoso.com"),
            "[EMAIL_ENC_RGGDFPDD_TBKMKPLFMMCQFTNNMGFKLBQMGHLTFLCGRCHHSKSGHLGLKDTPFRCCBQQPMCBSHQFNQMNSKCSR]")
    }

    @Test func pseudonymsAreDeterministicKeyedAndDomainSeparated() throws {
        let other = try RedactionKey(bytes: Array(repeating: 7, count: 32))
        let pseudonym = PseudonymOperator(key: Self.key)
        #expect(apply(pseudonym, .email, "a@contoso.com") == apply(PseudonymOperator(key: Self.key), .email, "a@contoso.com"))
        #expect(apply(pseudonym, .email, "a@contoso.com") != apply(pseudonym, .email, "b@contoso.com"))
        #expect(apply(pseudonym, .email, "a@contoso.com") != apply(PseudonymOperator(key: other), .email, "a@contoso.com"))
        let asPhone = apply(pseudonym, .phone, "4155550100").dropFirst("[PHONE_".count)
        let asCase = apply(pseudonym, .caseNumber, "4155550100").dropFirst("[CASE_NUMBER_".count)
        #expect(asPhone != asCase)
        #expect(apply(pseudonym, .email, "a@contoso.com").count == "[EMAIL_]".count + 16)
    }

    /// Names, places and e-mail addresses are pseudonymised as people read them: case and spacing do not matter;
    /// other kinds are taken byte for byte.
    @Test func pseudonymsOfNamesIgnoreCaseAndSpacing() {
        let pseudonym = PseudonymOperator(key: Self.key)
        #expect(apply(pseudonym, .person, "Jane") == apply(pseudonym, .person, "JANE"))
        #expect(apply(pseudonym, .person, "José  Núñez") == apply(pseudonym, .person, "JOSÉ NÚÑEZ"))
        #expect(apply(pseudonym, .person, "加藤結衣") == apply(pseudonym, .person, "加藤　結衣"))
        #expect(apply(pseudonym, .location, "São Paulo") == apply(pseudonym, .location, "SÃO PAULO"))
        #expect(apply(pseudonym, .email, "Jane.Doe@Contoso.com") == apply(pseudonym, .email, "jane.doe@contoso.com"))
        #expect(apply(pseudonym, .person, "Jane") != apply(pseudonym, .person, "Jane Doe"))
        #expect(apply(pseudonym, .secret, "Hunter2") != apply(pseudonym, .secret, "hunter2"))
    }

    /// Tokens hold nothing any built-in detector finds, wherever they stand: redaction stays idempotent.
    @Test func tokensAreInert() throws {
        let detectors = try DetectorSet.builtIn()
        let pseudonym = PseudonymOperator(key: Self.key), encrypt = EncryptOperator(key: Self.key)
        for index in 0..<400 {
            let kind = [EntityKind.caseNumber, .creditCard, .phone, .email, .secret, .iban][index % 6]
            let value = "value-\(index)-\(index * 7919)"
            let text = "case number: \(apply(pseudonym, kind, value)) password: \(apply(encrypt, kind, value)) ticket #"
                + apply(pseudonym, kind, value).dropFirst().dropLast()
            #expect(try detectors.findings(in: text).isEmpty, "token \(index) of \(kind)")
        }
    }

    @Test func kindOperatorsDispatch() {
        let table = KindOperators([.email: MaskOperator(), .caseNumber: KeepOperator()], default: TagOperator())
        expectSameText(apply(table, .email, "jane@contoso.com"), "j***@c******.com")
        expectSameText(apply(table, .caseNumber, "SRX123456"), "SRX123456")
        expectSameText(apply(table, .phone, "+1 415 555 0100"), "[PHONE]")
    }

    @Test func keysNeedThirtyTwoBytesAndNeverPrint() throws {
        #expect(throws: RedactionError.self) { try RedactionKey(bytes: Array(repeating: 1, count: 31)) }
        let hex = String(repeating: "ab", count: 32)
        let fromHex = try RedactionKey(encoded: Array((hex + "\n").utf8))
        #expect(fromHex.id == (try RedactionKey(bytes: Array(repeating: 0xAB, count: 32))).id)
        #expect(try RedactionKey.fromEnvironment(["REDACT_KEY": hex])?.id == fromHex.id)
        #expect(try RedactionKey.fromEnvironment([:]) == nil)
        #expect(throws: RedactionError.self) { try RedactionKey.fromEnvironment(["REDACT_KEY": "not hex"]) }
        #expect(!fromHex.description.lowercased().contains("abab"))
        #expect(fromHex.id.count == 8)
    }

    @Test func tokenAlphabetRoundTrips() {
        let bytes: [UInt8] = Array(0...255)
        let text = TokenAlphabet.encode(bytes)
        #expect(text.utf8.allSatisfy { Array("BCDFGHJKLMNPQRST".utf8).contains($0) })
        #expect(TokenAlphabet.decode(Array(text.utf8)) == bytes)
        #expect(TokenAlphabet.decode(Array("BCD".utf8)) == nil)
        #expect(TokenAlphabet.decode(Array("BA".utf8)) == nil)
    }
}
