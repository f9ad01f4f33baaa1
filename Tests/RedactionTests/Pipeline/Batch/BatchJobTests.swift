import Crypto
import Foundation
import Redaction
import RedactionTestSupport
import SyntheticData
import Testing

@Suite("Batch job")
struct BatchJobTests {
    /// A scratch folder with `in/` (generated JSONL files) and `out/`.
    private final class Scratch {
        let root: URL
        var input: String { root.appendingPathComponent("in").path }
        var output: String { root.appendingPathComponent("out").path }

        init(files: [String: UInt64]) throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("batch-job-\(UUID().uuidString)")
            for (name, seed) in files {
                let url = root.appendingPathComponent("in/" + name)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                var generator = SupportCaseGenerator(seed: seed)
                var bytes: [UInt8] = []
                for _ in 0..<150 { generator.appendNextLine(to: &bytes) }
                try Data(name.hasSuffix(".gz") ? try gzip(bytes) : bytes).write(to: url)
            }
        }

        deinit { try? FileManager.default.removeItem(at: root) }
    }

    private static func gzip(_ bytes: [UInt8]) throws -> [UInt8] {
        try shell("gzip -c", input: bytes)
    }

    private static func gunzip(_ bytes: [UInt8]) throws -> [UInt8] {
        try shell("gzip -dc", input: bytes)
    }

    private static func shell(_ command: String, input: [UInt8]) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", command]
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        try process.run()
        let box = BytesBox()
        let reader = Thread { box.bytes = Array(stdout.fileHandleForReading.readDataToEndOfFile()) }
        reader.start()
        try stdin.fileHandleForWriting.write(contentsOf: Data(input))
        try stdin.fileHandleForWriting.close()
        process.waitUntilExit()
        while !reader.isFinished { usleep(1000) }
        return box.bytes
    }

    private final class BytesBox: @unchecked Sendable { var bytes: [UInt8] = [] }

    private static let stream = StreamRedactor(redactor: try! Redactor.builtIn())

    /// What a single stream makes of `bytes` (the reference every batch output must equal).
    private static func reference(_ bytes: [UInt8]) throws -> [UInt8] {
        let directory = FileManager.default.temporaryDirectory
        let inURL = directory.appendingPathComponent("ref-in-\(UUID().uuidString)")
        let outURL = directory.appendingPathComponent("ref-out-\(UUID().uuidString)")
        defer {
            try? FileManager.default.removeItem(at: inURL)
            try? FileManager.default.removeItem(at: outURL)
        }
        try Data(bytes).write(to: inURL)
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        let input = open(inURL.path, O_RDONLY), output = open(outURL.path, O_WRONLY)
        _ = try stream.run(input: input, output: output)
        close(input)
        close(output)
        return Array(try Data(contentsOf: outURL))
    }

    private func job(_ scratch: Scratch, settings: String = "s1", jobs: Int = 2) throws -> BatchJob {
        BatchJob(
            files: try BatchFile.find([scratch.input], format: nil).files, outputDirectory: scratch.output,
            stream: Self.stream, jobs: jobs, settingsDigest: settings, keyID: nil)
    }

    private func bytes(_ path: String) throws -> [UInt8] { Array(try Data(contentsOf: URL(fileURLWithPath: path))) }

    private func sha256(_ bytes: [UInt8]) -> String {
        SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
    }

    @Test func outputsEqualASingleStreamAndTheManifestRecordsThem() throws {
        let scratch = try Scratch(files: ["a.jsonl": 1, "b.jsonl": 2, "deep/c.jsonl.gz": 3])
        let report = try job(scratch).run()
        #expect(report.files.map(\.path) == ["a.jsonl", "b.jsonl", "deep/c.jsonl.gz"])
        #expect(report.count(.redacted) == 3)
        let manifest = try BatchManifest.load(directory: scratch.output)
        for file in report.files {
            let input = try bytes(scratch.input + "/" + file.path), output = try bytes(scratch.output + "/" + file.path)
            let gz = file.path.hasSuffix(".gz")
            let expected = try Self.reference(gz ? try Self.gunzip(input) : input)
            #expect((gz ? try Self.gunzip(output) : output) == expected, "\(file.path) differs from a single stream")
            #expect(file.records == 150)
            let entry = try #require(manifest.entries[file.path])
            #expect(entry.input == FileDigest(bytes: input.count, sha256: sha256(input)))
            #expect(entry.output == FileDigest(bytes: output.count, sha256: sha256(output)))
            #expect(entry.records == 150 && entry.settings == "s1")
        }
        // Sorted, one line per file, no temporary file left.
        let lines = try String(contentsOfFile: scratch.output + "/" + BatchManifest.fileName, encoding: .utf8)
            .split(separator: "\n")
        #expect(lines.count == 3)
        let names = try FileManager.default.subpathsOfDirectory(atPath: scratch.output)
        #expect(!names.contains { $0.contains(".redact-") })
    }

    @Test func rerunSkipsWhatIsDoneAndRedoesWhatChanged() throws {
        let scratch = try Scratch(files: ["a.jsonl": 1, "b.jsonl": 2, "c.jsonl": 3])
        _ = try job(scratch).run()
        let first = try bytes(scratch.output + "/" + BatchManifest.fileName)
        #expect(try job(scratch).run().count(.skipped) == 3)
        #expect(try bytes(scratch.output + "/" + BatchManifest.fileName) == first)

        // A changed input, a removed output: those two are redone.
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: scratch.input + "/a.jsonl"))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(#"{"note":"call zq.tester@kxqv-mail.net"}"#.utf8 + [0x0A]))
        try handle.close()
        try FileManager.default.removeItem(atPath: scratch.output + "/c.jsonl")
        let second = try job(scratch).run()
        #expect(second.files.map(\.status) == [.redacted, .skipped, .redacted])
        #expect(second.files[0].records == 151)
        expectAbsent("zq.tester", in: String(decoding: try bytes(scratch.output + "/a.jsonl"), as: UTF8.self))

        // Other settings: everything is redone.
        #expect(try job(scratch, settings: "s2").run().count(.redacted) == 3)
    }

    @Test func aCorruptGzipFailsAloneAndLeavesNoOutput() throws {
        let scratch = try Scratch(files: ["a.jsonl": 1, "b.jsonl.gz": 2])
        _ = try job(scratch).run()
        #expect(FileManager.default.fileExists(atPath: scratch.output + "/b.jsonl.gz"))
        // Damage the input: its earlier output must go too.
        var damaged = try bytes(scratch.input + "/b.jsonl.gz")
        damaged.removeLast(damaged.count / 3)
        try Data(damaged).write(to: URL(fileURLWithPath: scratch.input + "/b.jsonl.gz"))
        let report = try job(scratch).run()
        #expect(report.files.map(\.status) == [.skipped, .failed])
        #expect(report.files[1].error?.contains("corrupt-compression") == true)
        #expect(!FileManager.default.fileExists(atPath: scratch.output + "/b.jsonl.gz"))
        let manifest = try BatchManifest.load(directory: scratch.output)
        #expect(manifest.entries.keys.sorted() == ["a.jsonl"])
    }

    @Test func leftoversOfAnInterruptedRunAreCleanedUp() throws {
        let scratch = try Scratch(files: ["a.jsonl": 1, "b.jsonl": 2])
        _ = try job(scratch).run()
        let complete = try bytes(scratch.output + "/" + BatchManifest.fileName)
        // A crash: a temporary file, a manifest line cut short, a half-written manifest rewrite.
        try Data("partial".utf8).write(to: URL(fileURLWithPath: scratch.output + "/.b.jsonl.redact-Ab12Cd"))
        try Data(complete + Array(#"{"path":"b.jso"#.utf8)).write(to: URL(fileURLWithPath: scratch.output + "/" + BatchManifest.fileName))
        try Data("x".utf8).write(to: URL(fileURLWithPath: scratch.output + "/._redact_manifest.jsonl.redact-Xy12Zw"))
        #expect(try BatchManifest.load(directory: scratch.output).unreadableLines == 1)
        #expect(try job(scratch).run().count(.skipped) == 2)
        #expect(try bytes(scratch.output + "/" + BatchManifest.fileName) == complete)
        let names = try FileManager.default.contentsOfDirectory(atPath: scratch.output).sorted()
        #expect(names == ["_redact_manifest.jsonl", "a.jsonl", "b.jsonl"])
    }

    @Test func settingsDigestCoversWhatDecidesTheOutput() throws {
        var policy = RedactionPolicy()
        let base = try BatchJob.settingsDigest(policy: policy, keyID: nil, stream: Self.stream, formatOverride: nil)
        #expect(try BatchJob.settingsDigest(policy: policy, keyID: nil, stream: Self.stream, formatOverride: nil) == base)
        #expect(try BatchJob.settingsDigest(policy: policy, keyID: "k1", stream: Self.stream, formatOverride: nil) != base)
        #expect(try BatchJob.settingsDigest(policy: policy, keyID: nil, stream: Self.stream, formatOverride: .text) != base)
        let verifying = StreamRedactor(redactor: Self.stream.redactor, verify: true)
        #expect(try BatchJob.settingsDigest(policy: policy, keyID: nil, stream: verifying, formatOverride: nil) != base)
        // Workers and chunk sizes never change the output, so they are not in it.
        let parallel = StreamRedactor(redactor: Self.stream.redactor, jobs: 4, chunkBytes: 1 << 16)
        #expect(try BatchJob.settingsDigest(policy: policy, keyID: nil, stream: parallel, formatOverride: nil) == base)
        policy.operators["EMAIL"] = "mask"
        #expect(try BatchJob.settingsDigest(policy: policy, keyID: nil, stream: Self.stream, formatOverride: nil) != base)
    }
}
