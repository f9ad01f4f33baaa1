import Redaction
import RedactionTestSupport
import Testing

/// Inputs crafted against the built-in patterns and word-level detectors: long runs of `a@`, digits, dots, colons,
/// dashes, spaced digits, titles and names, phone lists, street shapes, kanji, tokens and capitalised words, 100 KB
/// each in one JSON value. Every one is redacted (no limit error, no crash) into one line; time is bounded by the
/// match limits and linear scanners (each takes tens of milliseconds in a release build; no timing is asserted).
@Suite("Hostile inputs against the built-in detectors")
struct HostileInputTests {
    static let runs: [(name: String, text: String)] = [
        ("at signs", String(repeating: "a@", count: 50_000)),
        ("digits", String(repeating: "1", count: 100_000)),
        ("dotted digits", String(repeating: "1.", count: 50_000)),
        ("colons", String(repeating: "a:", count: 50_000)),
        ("dashes", String(repeating: "1-", count: 50_000)),
        ("spaced digits", String(repeating: "12 ", count: 33_000)),
        ("titles and names", String(repeating: "Mr Jane ", count: 12_000)),
        ("phone list", String(repeating: "call 941 856 878, ", count: 5_000)),
        ("street shapes", String(repeating: "12 Main Street ", count: 6_000)),
        ("kanji city names", String(repeating: "東京", count: 30_000)),
        ("tokens", String(repeating: "[PHONE] ", count: 12_000)),
        ("capitalised words", String(repeating: "Hello World ", count: 8_000)),
    ]

    @Test("each is redacted into one line", arguments: 0..<runs.count)
    func redactsEachRun(index: Int) throws {
        let (name, text) = Self.runs[index]
        let redactor = try Redactor.builtIn()
        var scratch = RecordScratch()
        var output: [UInt8] = []
        let record = Array(#"{"d":""#.utf8) + Array(text.utf8) + Array(#""}"#.utf8)
        do throws(RedactionError) {
            try record.withUnsafeBufferPointer { (buffer) throws(RedactionError) in
                try redactor.redactJSON(buffer, into: &output, scratch: &scratch)
            }
        } catch {
            Issue.record(Comment(rawValue: "\(name): \(error.code.rawValue)"))
        }
        #expect(!output.isEmpty && !output.contains(0x0A), "\(name)")
    }
}
