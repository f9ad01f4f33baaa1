import Foundation
import Redaction
import RedactionTestSupport
import Testing

@Suite("Policy files")
struct PolicyFileTests {
    private func reason(_ text: String) -> String? {
        do {
            _ = try PolicyFile.parse(text, origin: "p.yaml")
            return nil
        } catch {
            return error.reason
        }
    }

    private func redact(_ text: String, policy: RedactionPolicy, key: RedactionKey? = nil) throws -> String {
        try Redactor(policy: policy, key: key).redact(text)
    }

    @Test func readsEverySection() throws {
        let policy = try PolicyFile.parse("""
            version: 1
            detectors: { disable: [mac-address], minimum_confidence: 0.7, field_names: false, propagate_field_values: false }
            operators: { default: mask, EMAIL: partial }
            pseudonym_length: 20
            fields:
              only: [description]
              skip: [product]
              redact: { "customer.notes": PERSON }
              drop: [debug]
            custom_detectors:
              - { id: employee-id, kind: EMPLOYEE_ID, pattern: 'EMP-\\d{6}', context: [employee], validator: luhn }
            deny_lists:
              - { kind: PERSON, terms: [Jane Doe] }
            allow: { values: [support@contoso.com], patterns: ['[a-z]+@fabrikam\\.com'] }
            """)
        #expect(policy.disabledDetectors == ["mac-address"])
        #expect(policy.minimumConfidence == 0.7)
        #expect(!policy.fieldNames)
        #expect(!policy.propagatesFieldValues)
        #expect(policy.operators == ["default": "mask", "EMAIL": "partial"])
        #expect(policy.pseudonymLength == 20)
        #expect(policy.onlyFields == ["description"] && policy.skipFields == ["product"] && policy.dropFields == ["debug"])
        #expect(policy.redactFields == ["customer.notes": "PERSON"])
        #expect(policy.customDetectors.first?.context == ["employee"])
        #expect(policy.customDetectors.first?.validator == "luhn")
        #expect(policy.denyLists.first?.terms == ["Jane Doe"])
        #expect(policy.allowValues == ["support@contoso.com"])
    }

    @Test func rejectsMistakesWithLineAndColumn() {
        #expect(reason("version: 1\nfieldz: []\n")?.hasPrefix("p.yaml:2:1: unknown key 'fieldz'") == true)
        #expect(reason("detectors:\n  disabel: [x]\n")?.contains("p.yaml:2:3: unknown key 'disabel'") == true)
        #expect(reason("operators:\n  EMAIL: shred\n")?.contains("p.yaml:2:10: unknown operator 'shred'") == true)
        #expect(reason("operators:\n  email: tag\n")?.contains("kind name in upper case") == true)
        #expect(reason("detectors:\n  minimum_confidence: 2\n")?.contains("from 0.0 to 1.0") == true)
        #expect(reason("custom_detectors:\n  - { id: x, kind: X, pattern: 'a(' }\n")?.contains("does not compile: missing closing parenthesis") == true)
        #expect(reason("custom_detectors:\n  - { id: x, kind: X }\n")?.contains("needs id, kind and pattern") == true)
        #expect(reason("fields:\n  skip: ['a..b']\n")?.contains("p.yaml:2:10") == true)
        #expect(reason("version: 2\n") != nil)
        #expect(reason("operators: [tag]\n")?.contains("must be a mapping") == true)
        #expect(reason("a: [\n")?.contains("not valid YAML") == true)
        #expect(reason("version: 1\nversion: 1\n") != nil)
    }

    /// `known_entities` files are resolved next to the policy and must be readable when it loads.
    @Test func knownEntitiesFilesAreResolvedAndChecked() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("policy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try "name,account_id\nJane Doe,ACME-4711\n".write(
            to: directory.appendingPathComponent("crm.csv"), atomically: true, encoding: .utf8)
        let policy = try PolicyFile.parse("known_entities: [crm.csv]\n", origin: "p.yaml", directory: directory.path)
        #expect(policy.knownEntityFiles == [directory.path + "/crm.csv"])
        expectSameText(try redact("JANE DOE, acme-4711", policy: policy), "[PERSON], [ACCOUNT_ID]")
        #expect(reason("known_entities: [missing.csv]\n")?.contains("p.yaml:1:18: cannot read known-entities file") == true)
    }

    /// Yams parses recursively: nesting thousands deep would overflow the stack (a libFuzzer finding), so it is
    /// refused before parsing, with the line; ordinary nesting, and brackets inside quotes or comments, pass.
    @Test func deepNestingIsRefusedBeforeParsing() throws {
        let flow = reason("detectors:\n  disable: " + String(repeating: "[", count: 5_000))
        #expect(flow?.contains("p.yaml:2: brackets nested deeper than 64 levels") == true)
        let blocks = reason(String(repeating: "- ", count: 5_000) + "x")
        #expect(blocks?.contains("p.yaml:1: blocks nested deeper than 64 levels") == true)
        let indented = reason("a:\n" + String(repeating: " ", count: 300) + "b: 1")
        #expect(indented?.contains("blocks nested deeper") == true)
        let quoted = """
            custom_detectors:
              - id: brackets
                kind: CODE
                pattern: '\(String(repeating: "[", count: 200))x\(String(repeating: "]", count: 200))' # [[[[[[
            """
        #expect(reason(quoted)?.contains("nested") != true)
    }

    @Test func jsonIsAPolicyToo() throws {
        let policy = try PolicyFile.parse(#"{"version": 1, "operators": {"default": "mask"}}"#)
        #expect(policy.operators == ["default": "mask"])
    }

    @Test func theDefaultPolicyIsTheDefault() throws {
        let redactor = try Redactor(policy: RedactionPolicy(), key: nil)
        expectSameText(try redactor.redact("mail jane@contoso.com, card 4111 1111 1111 1111"), "mail [EMAIL], card [CREDIT_CARD]")
        #expect(redactor.detectors.detectors.count == (try DetectorSet.builtIn()).detectors.count)
    }

    @Test func allowListMinimumConfidenceAndOperators() throws {
        var policy = RedactionPolicy()
        policy.allowValues = ["Support@Contoso.com"]
        policy.allowPatterns = [#"[a-z]+@fabrikam\.com"#]
        policy.operators = ["EMAIL": "mask"]
        expectSameText(try redact("write support@contoso.com or jane@contoso.com or bob@fabrikam.com", policy: policy),
                       "write support@contoso.com or j***@c******.com or bob@fabrikam.com")
        policy = RedactionPolicy()
        policy.minimumConfidence = 0.99
        expectSameText(try redact("mail jane@contoso.com", policy: policy), "mail jane@contoso.com")
        policy.disabledDetectors = ["nope"]
        #expect(throws: RedactionError.self) { try Redactor(policy: policy, key: nil) }
        policy = RedactionPolicy()
        policy.operators = ["default": "pseudonym"]
        #expect(throws: RedactionError.self) { try Redactor(policy: policy, key: nil) }
    }

    @Test func fieldOperatorsOverrideKindOperators() throws {
        let policy = try PolicyFile.parse("""
            operators: { default: tag }
            fields:
              operators: { "resolution": mask, "customer.*": keep }
            """)
        #expect(policy.fieldOperators == ["resolution": "mask", "customer.*": "keep"])
        // The key after a value with its own operator is rewritten by the kind's (keys have no field operator).
        let record = #"{"customer":{"email":"jane@contoso.com"},"resolution":"mailed jane@contoso.com","#
            + #""ops@fabrikam.com":1,"note":"jane@contoso.com"}"#
        expectSameText(try redactedJSON(record, with: try Redactor(policy: policy, key: nil)),
                       #"{"customer":{"email":"jane@contoso.com"},"resolution":"mailed j***@c******.com","#
                           + #""[EMAIL]":1,"note":"[EMAIL]"}"#)
        #expect(reason("fields:\n  operators: { a: shred }\n")?.contains("unknown operator 'shred'") == true)
    }

    @Test func fieldsAreDroppedAndReplaced() throws {
        var policy = RedactionPolicy()
        policy.dropFields = ["debug"]
        policy.redactFields = ["notes": "PERSON"]
        expectSameText(
            try redactedJSON(#"{"debug":"x=1","notes":"anything","ok":"fine"}"#, with: try Redactor(policy: policy, key: nil)),
            #"{"debug":"","notes":"[PERSON]","ok":"fine"}"#)
    }

    @Test func customDetectorsWithContextAndValidator() throws {
        var detector = RedactionPolicy.CustomDetector(id: "card-like", kind: "ACCOUNT", pattern: #"\b\d{16}\b"#)
        detector.validator = "luhn"
        detector.context = ["account"]
        var policy = RedactionPolicy()
        policy.customDetectors = [detector]
        policy.disabledDetectors = ["credit-card", "case-number", "phone"]
        expectSameText(try redact("account 4111111111111111 and account 4111111111111112", policy: policy),
                       "account [ACCOUNT] and account 4111111111111112")
        expectSameText(try redact("number 4111111111111111", policy: policy), "number 4111111111111111")
    }
}
