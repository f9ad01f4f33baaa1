import Redaction
import RedactionTestSupport
import Testing

@Suite("Deny-list detector")
struct DenyListDetectorTests {
    private func redact(_ text: String, terms: [String]) throws -> String {
        let detector = DenyListDetector(id: DetectorID(rawValue: "deny"), kind: .person, terms: terms)
        return try Redactor(detectors: DetectorSet([detector])).redact(text)
    }

    @Test func wholeWordsCaseInsensitiveAnySpacing() throws {
        let terms = ["Jane Doe", "O'Brien", "Project Falcon X"]
        expectSameText(try redact("Hi jane   doe, ask O'BRIEN about project falcon x.", terms: terms),
                       "Hi [PERSON], ask [PERSON] about [PERSON].")
        expectSameText(try redact("Janet Doe, JaneDoe, jane-doe and Jane, Doe stay", terms: terms),
                       "Janet Doe, JaneDoe, jane-doe and Jane, Doe stay")
        expectSameText(try redact("Project Falcon is not Project Falcon X", terms: terms), "Project Falcon is not [PERSON]")
    }

    @Test func longestTermWins() throws {
        expectSameText(try redact("Jane Doe Smith", terms: ["Jane", "Jane Doe Smith"]), "[PERSON]")
        expectSameText(try redact("Jane Doe", terms: ["Jane", "Jane Doe Smith"]), "[PERSON] Doe")
    }

    /// Ten thousand terms load and every one is found in text (a hash set, not an alternation).
    @Test func tenThousandTerms() throws {
        let first = ["Ada", "Bo", "Cy", "Dee", "Eli", "Fay", "Gus", "Hal", "Ivy", "Jo"]
        let terms = (0..<10_000).map { "\(first[$0 % 10]) Surname\($0)" }
        let detector = DenyListDetector(id: DetectorID(rawValue: "deny"), kind: .person, terms: terms)
        #expect(detector.count == 10_000)
        let redactor = Redactor(detectors: DetectorSet([detector]))
        for index in stride(from: 0, to: 10_000, by: 97) {
            let text = "Ticket from \(terms[index].uppercased()) today; surname\(index) alone stays."
            expectSameText(try redactor.redact(text), "Ticket from [PERSON] today; surname\(index) alone stays.")
        }
    }
}
