import Foundation
import RedactionTestSupport
import Testing

/// Every byte the tool writes on its error paths — standard output and error, statistics, reports, SARIF, the batch
/// manifest — across malformed records, overlong lines, invalid UTF-8, a failing run, verification, canary hits,
/// a corrupt gzip in a batch and a malformed known-entity file: no planted value appears unmasked in any of them.
@Suite("Output channels")
struct OutputChannelTests {
    @Test func noErrorPathPrintsAPlantedValue() throws {
        let corpus = try ScanCommandTests.Corpus(records: 300, seed: 404)
        defer { corpus.remove() }
        let planted = corpus.planted.filter { $0.value.utf8.count >= 6 }
        // Records broken every way the readers know, each carrying a planted value of a kind that needs no context
        // (scanned as text, a bare name or phone number out of its sentence is not recognisable).
        let contextFree: Set = ["EMAIL", "IPV4", "IPV6", "CREDIT_CARD", "IBAN", "MAC_ADDRESS"]
        var hostile = try Data(contentsOf: corpus.records)
        for (index, value) in planted.filter({ contextFree.contains($0.kind) }).prefix(60).enumerated() {
            switch index % 4 {
            case 0: hostile.append(Data(#"{"broken": "\#(value.value)"#.utf8))
            case 1: hostile.append(Data(#"{"utf8": "\#(value.value) "#.utf8) + [0xC0, 0xAF] + Data(#""}"#.utf8))
            case 2: hostile.append(Data(#"{"long": "\#(value.value) \#(String(repeating: "x", count: 5000))"}"#.utf8))
            default: hostile.append(Data(#"{"deep": \#(String(repeating: "[", count: 20_000))"\#(value.value)""#.utf8))
            }
            hostile.append(0x0A)
        }
        let input = corpus.file("hostile.jsonl")
        try hostile.write(to: input)
        let canaries = corpus.file("canaries.txt")
        try Data(planted.filter { $0.kind == "EMAIL" }.prefix(20).map(\.value).joined(separator: "\n").utf8).write(to: canaries)
        let known = corpus.file("known.csv")
        try Data("name,email\n\(planted[0].value),\"unterminated \(planted[1].value)\n".utf8).write(to: known)
        let batchInput = corpus.file("batch-in")
        try FileManager.default.createDirectory(at: batchInput, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: input, to: batchInput.appendingPathComponent("a.jsonl"))
        try Data([0x1F, 0x8B, 0x08, 0x00] + Array(planted[2].value.utf8)).write(to: batchInput.appendingPathComponent("b.jsonl.gz"))

        var channels: [(name: String, text: String)] = []
        func run(_ name: String, _ arguments: [String], files: [String] = [], keepStandardOutput: Bool = true) throws {
            let result = try RedactBinary.run(arguments)
            if keepStandardOutput { channels.append((name + " stdout", result.output)) }
            channels.append((name + " stderr", result.stderr))
            for file in files {
                channels.append((name + " " + file, (try? String(contentsOf: corpus.file(file), encoding: .utf8)) ?? ""))
            }
        }
        let path = input.path
        try run("reject", ["--stats", "--stats-json", corpus.file("stats.json").path, "--max-line-bytes", "4000", path],
                files: ["stats.json"])
        try run("text", ["--on-invalid", "text", "--stats", path])
        try run("fail", ["--on-invalid", "fail", path])
        try run("verify", ["--verify", "--stats", path])
        // Canaries found in the output (e-mail detection switched off): the message names lines, never values.
        try run("canary", ["--disable", "email", "--canary", canaries.path, path], keepStandardOutput: false)
        try run("scan", ["scan", "--on-invalid", "text", "--json", corpus.file("scan.json").path,
                         "--sarif", corpus.file("scan.sarif").path, path], files: ["scan.json", "scan.sarif"])
        try run("known", ["--known", known.path, path])
        try run("batch", ["batch", "--no-progress", "--report", corpus.file("report.json").path, batchInput.path,
                          corpus.file("batch-out").path],
                files: ["report.json", "batch-out/_redact_manifest.jsonl", "batch-out/a.jsonl"])

        #expect(channels.first { $0.name == "fail stderr" }?.text.contains("invalid-json") == true)
        #expect(channels.first { $0.name == "canary stderr" }?.text.contains("canary") == true)
        #expect(channels.first { $0.name == "known stderr" }?.text.contains("known.csv:2") == true)
        #expect(channels.first { $0.name == "batch stderr" }?.text.contains("b.jsonl.gz: corrupt-compression") == true)
        for channel in channels {
            let bytes = Data(channel.text.utf8)
            for value in planted where bytes.range(of: Data(value.value.utf8)) != nil {
                expectAbsent(value.value, in: channel.text, "\(value.kind) in \(channel.name)")
            }
        }
    }
}
