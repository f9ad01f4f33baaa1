import Foundation
import Redaction
import SyntheticData
import Testing

/// Properties of the stream over generated records with random damage (bytes flipped, lines cut, quotes, brackets
/// and backslashes inserted), run with several workers and small chunks: one line out per line in; a record is
/// rewritten exactly when it is valid JSON and rejected otherwise; with nothing to find, every byte is copied; and
/// verified output is a fixed point. Failure messages name record numbers, never content.
@Suite("Stream properties")
struct StreamPropertyTests {
    static let builtIn = try! Redactor.builtIn()
    static let nothing = Redactor(detectors: DetectorSet([]), fieldNames: nil, propagatesFieldValues: false)

    /// Runs `input` through a stream (2 workers, 4 KiB chunks, reject) and returns the output lines.
    private func run(_ input: [UInt8], _ redactor: Redactor, verify: Bool = false) throws -> (lines: [[UInt8]], invalid: [String: Int]) {
        let directory = FileManager.default.temporaryDirectory
        let inURL = directory.appendingPathComponent("prop-in-\(UUID().uuidString)")
        let outURL = directory.appendingPathComponent("prop-out-\(UUID().uuidString)")
        defer {
            try? FileManager.default.removeItem(at: inURL)
            try? FileManager.default.removeItem(at: outURL)
        }
        try Data(input).write(to: inURL)
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        let source = open(inURL.path, O_RDONLY), sink = open(outURL.path, O_WRONLY)
        let statistics = try StreamRedactor(redactor: redactor, jobs: 2, chunkBytes: 4096, verify: verify)
            .run(input: source, output: sink)
        close(source)
        close(sink)
        let output = Array(try Data(contentsOf: outURL))
        var lines = output.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
        if lines.last?.isEmpty == true { lines.removeLast() }
        return (lines, statistics.invalidByReason)
    }

    /// Generated lines, about a third of them damaged at a random place.
    private func damagedLines(seed: UInt64, count: Int) -> [[UInt8]] {
        var records = SupportCaseGenerator(seed: seed)
        var random = SeededGenerator(seed: seed)
        var lines: [[UInt8]] = []
        for _ in 0..<count {
            var line: [UInt8] = []
            records.appendNextLine(to: &line)
            line.removeLast()
            let at = Int(random.next() % UInt64(line.count))
            switch random.next() % 9 {
            case 0: line[at] = UInt8(truncatingIfNeeded: random.next() | 0x01)  // never a newline
                if line[at] == 0x0A { line[at] = 0x0B }
            case 1: line.removeSubrange(at...)
            case 2: line.insert(UInt8(ascii: "\""), at: at)
            case 3: line.insert(UInt8(ascii: "\\"), at: at)
            case 4: line.insert(contentsOf: Array("{[".utf8), at: at)
            case 5: line.insert(contentsOf: [0xF0, 0x9F], at: at)  // a cut UTF-8 sequence
            default: break
            }
            lines.append(line)
        }
        return lines
    }

    private func isJSON(_ bytes: [UInt8]) -> Bool {
        (try? JSONSerialization.jsonObject(with: Data(bytes))) is NSDictionary
    }

    @Test(arguments: 0..<4)
    func damagedStreams(seed: Int) throws {
        let lines = damagedLines(seed: UInt64(500 + seed), count: 150)
        let input: [UInt8] = lines.flatMap { line -> [UInt8] in line + [0x0A] }
        let placeholder = Array(#"{"redact_rejected":"invalid-json"}"#.utf8)

        // Nothing to find: valid records are copied byte for byte, invalid ones rejected; the line count holds.
        let copied = try run(input, Self.nothing)
        #expect(copied.lines.count == lines.count)
        for (index, (line, output)) in zip(lines, copied.lines).enumerated() {
            let valid = isJSON(line)
            #expect(output == (valid ? line : placeholder), "record \(index + 1) (valid: \(valid))")
        }

        // Every detector, verified: valid JSON out exactly where valid JSON came in, nothing failing verification,
        // and the output a fixed point.
        let redacted = try run(input, Self.builtIn, verify: true)
        #expect(redacted.lines.count == lines.count)
        #expect(redacted.invalid["verification-failed"] == nil)
        for (index, (line, output)) in zip(lines, redacted.lines).enumerated() {
            let valid = isJSON(line)
            #expect(isJSON(output), "record \(index + 1): output is not JSON")
            #expect((output == placeholder) == !valid, "record \(index + 1): rejected \(output == placeholder), valid \(valid)")
        }
        let again = try run(redacted.lines.flatMap { line -> [UInt8] in line + [0x0A] }, Self.builtIn)
        let fixed = again.lines == redacted.lines
        #expect(fixed, "verified output changed when redacted again")
    }
}
