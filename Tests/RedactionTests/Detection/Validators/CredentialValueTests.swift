@testable import Redaction
import Testing

@Suite("CredentialValue")
struct CredentialValueTests {
    static let placeholders = [
        "", "****", "********", "h******", "•••••", "●●●●", "[REDACTED]", "[SECRET]", "<password>",
        "{password}", "{{ password }}", "${DB_PASSWORD}", "$(cat pw.txt)", "$DB_PASSWORD", "%DB_PASSWORD%", "%s",
        "%@", "(hidden)", "(not set)",
    ]
    static let notPlaceholders = [
        "hunter2", "P@ssw0rd", "$ecret1", "$ecret", "%abc", "(Abc123)", "pa*ss99", "x", "100%", "*a1b2c3",
    ]

    @Test("placeholders", arguments: placeholders)
    func placeholder(value: String) { #expect(CredentialValue.isPlaceholder(Array(value.utf8))) }

    @Test("not placeholders", arguments: notPlaceholders)
    func notPlaceholder(value: String) { #expect(!CredentialValue.isPlaceholder(Array(value.utf8))) }

    static let proseWords = [
        "null", "NULL", "true", "reset", "Reset.", "expired", "required!", "incorrect", "String", "n/a", "see",
        "must", "policy:", "changed)",
    ]
    static let notProseWords = ["hunter2", "Welcome", "correcthorse", "reset2", "re.set", "admin", "password", "p w"]

    @Test("prose words", arguments: proseWords)
    func prose(value: String) { #expect(CredentialValue.isProseWord(Array(value.utf8))) }

    @Test("not prose words", arguments: notProseWords)
    func notProse(value: String) { #expect(!CredentialValue.isProseWord(Array(value.utf8))) }

    static let codeReferences = [
        "self.password", "config.db.password", "getPassword()", "os.getenv(", "request.form[", "env.PASSWORD",
    ]
    static let notCodeReferences = ["hunter2", "Summer.2024", "a.", ".abc", "p@ss.word", "pass(word", "Abc(123)", "x.y1.2z"]

    @Test("code references", arguments: codeReferences)
    func code(value: String) { #expect(CredentialValue.isCodeReference(Array(value.utf8))) }

    @Test("not code references", arguments: notCodeReferences)
    func notCode(value: String) { #expect(!CredentialValue.isCodeReference(Array(value.utf8))) }

    @Test func secretShape() {
        for value in ["hunter2", "P@ss", "correctHorse", "1234", "Xy12!abc"] {
            #expect(CredentialValue.hasSecretShape(Array(value.utf8)), "\(value)")
        }
        for value in ["the", "Summer", "server", "abc", "12", "JANE", "schön"] {
            #expect(!CredentialValue.hasSecretShape(Array(value.utf8)), "\(value)")
        }
    }

    @Test func tokenLike() {
        #expect(CredentialValue.isTokenLike(Array("5d328263dfe574de739988b8".utf8)))
        #expect(CredentialValue.isTokenLike(Array("abc1".utf8), minimumLength: 4))
        #expect(!CredentialValue.isTokenLike(Array("null".utf8)))
        #expect(!CredentialValue.isTokenLike(Array("abcdefghijklmnopqrstuvwxyz".utf8)))
        #expect(!CredentialValue.isTokenLike(Array("12345678901234567890".utf8)))
        #expect(!CredentialValue.isTokenLike(Array("abc123".utf8)))
        // Letters only: a random mix of cases is a key, words and identifiers are not.
        #expect(CredentialValue.isTokenLike(Array("TVZeDdXYYfLRYRQoreSbrqbBIglBUvEW".utf8)))
        #expect(CredentialValue.isTokenLike(Array("qWeRtYuIoPaSdFgHjKlZ".utf8)))
        #expect(!CredentialValue.isTokenLike(Array("AuthenticationFailedException".utf8)))
        #expect(!CredentialValue.isTokenLike(Array("HTTPSConnectionPoolTimeout".utf8)))
        #expect(!CredentialValue.isTokenLike(Array("qWeRtYuIoPaSdFgHj".utf8)), "mixed case needs 20+ bytes")
    }

    @Test func characterCountIgnoresContinuationBytes() {
        #expect(CredentialValue.characterCount(Array("schön".utf8)) == 5)
        #expect(CredentialValue.characterCount([0xFF, 0xC3, 0x41]) == 3)
    }
}
