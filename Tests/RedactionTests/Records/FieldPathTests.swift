import Redaction
import RedactionTestSupport
import Testing

@Suite("Field paths and rules")
struct FieldPathTests {
    private func path(_ text: String) -> [(key: String, inArray: Bool)] {
        text.split(separator: ".").map { segment in
            segment.hasSuffix("[]") ? (String(segment.dropLast(2)), true) : (String(segment), false)
        }
    }

    @Test("matches", arguments: [
        ("customer.email", "customer.email", true), ("customer.email", "customer.phone", false),
        ("notes[*]", "notes[]", true), ("notes[*]", "notes", false), ("notes", "notes[]", true),
        ("**.ip", "ip", true), ("**.ip", "location.ip", true), ("**.ip", "a.b.c.ip", true), ("**.ip", "ip.x", false),
        ("claim.*.iban", "claim.payment.iban", true), ("claim.*.iban", "claim.iban", false),
        ("items[*].email", "items[].email", true), ("**", "anything.at.all", true), ("a.**", "a", true),
    ])
    func matching(pattern: String, value: String, expected: Bool) throws {
        #expect(try FieldPath(pattern).matches(path(value)) == expected)
    }

    @Test func rejectsMalformedPatterns() {
        for bad in ["", "a..b", ".a", "**[*]"] {
            #expect(throws: RedactionError.self) { try FieldPath(bad) }
        }
    }

    @Test func precedence() throws {
        let rules = FieldRules(only: [try FieldPath("description")], skip: [try FieldPath("product.**")],
                               redact: [(try FieldPath("customer.notes"), EntityKind(rawValue: "NOTE"))])
        #expect(rules.decision(for: path("customer.notes")) == .redact(EntityKind(rawValue: "NOTE")))
        #expect(rules.decision(for: path("product.name")) == .leave)
        #expect(rules.decision(for: path("description")) == .scan)
        #expect(rules.decision(for: path("resolution")) == .leave)
        #expect(FieldRules.none.decision(for: path("x")) == .scan)
    }

    @Test func jsonRedactionHonoursRules() throws {
        let rules = FieldRules(skip: [try FieldPath("product.name")],
                               redact: [(try FieldPath("notes[*]"), EntityKind(rawValue: "NOTE"))])
        let redactor = Redactor(detectors: try DetectorSet.builtIn(), fieldRules: rules)
        let json = #"{"product":{"name":"jane@contoso.com"},"notes":["free text",7],"d":"x@fabrikam.com"}"#
        expectSameText(try redactedJSON(json, with: redactor),
                       #"{"product":{"name":"jane@contoso.com"},"notes":["[NOTE]","[NOTE]"],"d":"[EMAIL]"}"#)
    }
}
