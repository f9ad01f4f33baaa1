import Foundation
import Redaction
import Testing

@Suite("Text stream redactor")
struct TextStreamRedactorTests {
    private func run(
        _ input: String, redactor: Redactor, maxLineBytes: Int = 1 << 20
    ) throws -> (output: String, statistics: RedactionStatistics, rejected: [RedactionError]) {
        let directory = FileManager.default.temporaryDirectory
        let inURL = directory.appendingPathComponent("stream-in-\(UUID().uuidString)")
        let outURL = directory.appendingPathComponent("stream-out-\(UUID().uuidString)")
        try Data(input.utf8).write(to: inURL)
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: inURL)
            try? FileManager.default.removeItem(at: outURL)
        }
        let input = open(inURL.path, O_RDONLY), output = open(outURL.path, O_WRONLY)
        defer { close(input) }
        var rejected: [RedactionError] = []
        let statistics = try TextStreamRedactor(redactor: redactor, maxLineBytes: maxLineBytes)
            .run(input: input, output: output) { rejected.append($0) }
        close(output)
        return (String(decoding: try Data(contentsOf: outURL), as: UTF8.self), statistics, rejected)
    }

    @Test func oneLineInOneLineOut() throws {
        let input = "a jane@contoso.com\n\nno pii\nlast bob@fabrikam.com"
        let result = try run(input, redactor: try Redactor.builtIn())
        #expect(result.output == "a [EMAIL]\n\nno pii\nlast [EMAIL]")
        #expect(result.statistics.records == 4)
        #expect(result.statistics.recordsWithFindings == 2)
        #expect(result.statistics.findingsByKind == ["EMAIL": 2])
        #expect(result.statistics.bytesIn == input.utf8.count)
        #expect(result.statistics.bytesOut == result.output.utf8.count)
    }

    @Test func overlongLinesAreRejectedWithoutContent() throws {
        let long = "jane@contoso.com " + String(repeating: "x", count: 500)
        let result = try run("ok\n\(long)\nafter\n", redactor: try Redactor.builtIn(), maxLineBytes: 100)
        #expect(result.output == "ok\n[REJECTED: line-too-long]\nafter\n")
        #expect(result.statistics.rejectedByReason == ["line-too-long": 1])
        let error = try #require(result.rejected.first)
        #expect(error.lineNumber == 2 && error.byteOffset == 3)
        #expect(!error.description.contains("jane"))
    }

    @Test func matchLimitRejectsTheLine() throws {
        let catastrophic = PatternDetector(
            DetectorDescriptor(id: DetectorID(rawValue: "slow"), kind: .secret, summary: "", example: ""),
            rules: [try PatternRule(#"(a+)+$"#, confidence: 0.5)])
        let result = try run("fine\n" + String(repeating: "a", count: 40) + "!\nfine\n",
                             redactor: Redactor(detectors: DetectorSet([catastrophic])))
        #expect(result.output == "fine\n[REJECTED: match-limit-exceeded]\nfine\n")
        #expect(result.rejected.first?.detectorID?.rawValue == "slow")
        #expect(result.rejected.first?.lineNumber == 2)
    }
}
