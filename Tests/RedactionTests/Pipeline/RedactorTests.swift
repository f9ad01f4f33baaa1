import Redaction
import RedactionTestSupport
import Testing

@Suite("Redactor")
struct RedactorTests {
    static let redactor = try! Redactor.builtIn()

    @Test func replacesFindingsWithTags() throws {
        expectSameText(try Self.redactor.redact("mail jane.doe@contoso.com now"), "mail [EMAIL] now")
        expectSameText(try Self.redactor.redact("nothing personal"), "nothing personal")
        expectSameText(try Self.redactor.redact(""), "")
    }

    @Test func copiesOtherBytesExactly() throws {
        let input: [UInt8] = [0xFF, 0x00, 0x0D] + Array(" a@contoso.com ".utf8) + [0xC3]
        let output = try Self.redactor.redact(input)
        #expect(output == [0xFF, 0x00, 0x0D] + Array(" [EMAIL] ".utf8) + [0xC3])
    }

    @Test func isIdempotent() throws {
        let once = try Self.redactor.redact("jane@contoso.com and bob@fabrikam.com")
        expectSameText(try Self.redactor.redact(once), once)
    }

    @Test func customTagFormat() throws {
        let redactor = Redactor(detectors: try DetectorSet.builtIn(), replacement: TagOperator(prefix: "<", suffix: ">"))
        expectSameText(try redactor.redact("jane@contoso.com"), "<EMAIL>")
    }

    @Test func findingsOverStringsAreUTF8Offsets() throws {
        let set = try DetectorSet.builtIn()
        let findings = try set.findings(in: "Grüße an jane@contoso.com")
        #expect(findings.map(\.range) == [11..<27])
        #expect(findings.first?.kind == .email)
    }

    @Test func detectorSetCanBeRestricted() throws {
        let set = try DetectorSet.builtIn()
        #expect(set.restricted(to: [.ipv4]).detectors.allSatisfy { $0.descriptor.kind == .ipv4 })
        #expect(try set.excluding(ids: [DetectorID(rawValue: "email")]).findings(in: "jane@contoso.com").isEmpty)
    }

    @Test func limitErrorsFailClosed() throws {
        let catastrophic = PatternDetector(
            DetectorDescriptor(id: DetectorID(rawValue: "slow"), kind: .secret, summary: "", example: ""),
            rules: [try PatternRule(#"(a+)+$"#, confidence: 0.5)])
        let redactor = Redactor(detectors: DetectorSet([catastrophic]))
        #expect {
            _ = try redactor.redact(String(repeating: "a", count: 40) + "!")
        } throws: { error in
            guard let error = error as? RedactionError else { return false }
            return error.code == .matchLimitExceeded && error.detectorID?.rawValue == "slow"
        }
    }

    @Test func invalidPatternsThrowWithOffset() {
        #expect {
            _ = try PatternRule("a(", confidence: 0.5)
        } throws: { error in
            (error as? RedactionError)?.code == .invalidPattern && (error as? RedactionError)?.patternOffset == 2
        }
    }

    @Test func oneRedactorServesManyTasks() async throws {
        let redactor = Self.redactor
        let inputs = (0..<200).map { "record \($0): user\($0)@contoso.com wrote" }
        let outputs = try await withThrowingTaskGroup(of: (Int, String).self) { group in
            for (index, input) in inputs.enumerated() {
                group.addTask { (index, try redactor.redact(input)) }
            }
            var collected = [String](repeating: "", count: inputs.count)
            for try await (index, output) in group { collected[index] = output }
            return collected
        }
        #expect(outputs == inputs.indices.map { "record \($0): [EMAIL] wrote" })
    }
}
