import Foundation
import Redaction
import SyntheticData
import RedactionTestSupport
import Testing

@Suite("Verification after redaction")
struct VerifyTests {
    private func run(
        _ input: [UInt8], redactor: Redactor, format: RecordFormat, onInvalid: InvalidRecordPolicy = .reject,
        verify: Bool, canaries: CanarySet? = nil, jobs: Int = 1, chunkBytes: Int = 2 << 20
    ) throws -> (output: [UInt8], statistics: RedactionStatistics) {
        let directory = FileManager.default.temporaryDirectory
        let inURL = directory.appendingPathComponent("verify-in-\(UUID().uuidString)")
        let outURL = directory.appendingPathComponent("verify-out-\(UUID().uuidString)")
        try Data(input).write(to: inURL)
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: inURL)
            try? FileManager.default.removeItem(at: outURL)
        }
        let input = open(inURL.path, O_RDONLY), output = open(outURL.path, O_WRONLY)
        defer {
            close(input)
            close(output)
        }
        let statistics = try StreamRedactor(
            redactor: redactor, format: format, onInvalid: onInvalid, jobs: jobs, chunkBytes: chunkBytes, verify: verify,
            canaries: canaries
        ).run(input: input, output: output)
        return (Array(try Data(contentsOf: outURL)), statistics)
    }

    /// A detector whose replacement it finds again (`x` → `[X]`, which holds an `X`): not idempotent, so every
    /// record it touches fails verification.
    private static func unstable() throws -> Redactor {
        let detector = PatternDetector(
            DetectorDescriptor(id: DetectorID(rawValue: "x"), kind: EntityKind(rawValue: "X"), summary: "", example: ""),
            rules: [try PatternRule("x", caseless: true, confidence: 0.9)])
        return Redactor(detectors: DetectorSet([detector]))
    }

    @Test func recordsStillShowingFindingsFollowThePolicy() throws {
        let input = Array("axb\nclean\n".utf8)
        let rejected = try run(input, redactor: try Self.unstable(), format: .text, verify: true)
        #expect(String(decoding: rejected.output, as: UTF8.self) == "[REJECTED: verification-failed]\nclean\n")
        #expect(rejected.statistics.invalidByReason == ["verification-failed": 1])
        #expect(rejected.statistics.records == 2)
        let unverified = try run(input, redactor: try Self.unstable(), format: .text, verify: false)
        #expect(String(decoding: unverified.output, as: UTF8.self) == "a[X]b\nclean\n")
        #expect {
            _ = try run(input, redactor: try Self.unstable(), format: .text, onInvalid: .fail, verify: true)
        } throws: { error in
            (error as? RedactionError)?.code == .verificationFailed && (error as? RedactionError)?.lineNumber == 1
        }
    }

    /// The built-in detectors are idempotent: verification passes every generated record and changes no byte.
    @Test func builtInRedactionVerifiesOnGeneratedData() throws {
        var generator = SupportCaseGenerator(seed: 404)
        var input: [UInt8] = []
        for _ in 0..<1_500 { generator.appendNextLine(to: &input) }
        let redactor = try Redactor.builtIn()
        let verified = try run(input, redactor: redactor, format: .jsonl, verify: true, jobs: 2)
        let plain = try run(input, redactor: redactor, format: .jsonl, verify: false)
        #expect(verified.statistics.invalid == 0)
        #expect(verified.output == plain.output)
        #expect(verified.statistics.findingsByKind == plain.statistics.findingsByKind)
    }

    @Test func canariesInTheOutputAreCountedByLine() throws {
        let input = Array("""
            {"a":"jane@contoso.com"}
            {"b":"Jane Contoso called"}
            {"c":"fine"}
            {"d":"Jane Contoso again"}

            """.utf8)
        let result = try run(input, redactor: try Redactor.builtIn(), format: .jsonl, verify: false,
                             canaries: CanarySet(["jane@contoso.com", "Jane Contoso"]), jobs: 2)
        #expect(result.statistics.canaryHits == 2)
        #expect(result.statistics.canaryLines == [2, 4])
    }

    /// Keyed operators give the same bytes with one worker and big chunks as with three workers and 4 KB chunks.
    @Test func operatorsAreDeterministicAcrossWorkersAndChunks() throws {
        var generator = SupportCaseGenerator(seed: 405)
        var input: [UInt8] = []
        for _ in 0..<800 { generator.appendNextLine(to: &input) }
        let key = try RedactionKey(bytes: Array(0..<32))
        let redactor = Redactor(
            detectors: try DetectorSet.builtIn(),
            replacement: KindOperators(
                [.email: PseudonymOperator(key: key), .phone: EncryptOperator(key: key), .creditCard: MaskOperator()],
                default: PartialOperator()))
        let single = try run(input, redactor: redactor, format: .jsonl, verify: true)
        let parallel = try run(input, redactor: redactor, format: .jsonl, verify: true, jobs: 3, chunkBytes: 4_096)
        #expect(single.output == parallel.output)
        #expect(single.statistics.invalid == 0)
    }
}
