import Foundation
import Redaction
import Testing

@Suite("Batch file discovery")
struct BatchFileTests {
    @Test func formatsByName() {
        #expect(BatchFile.format(ofName: "a.jsonl") == .jsonl)
        #expect(BatchFile.format(ofName: "a.NDJSON.gz") == .jsonl)
        #expect(BatchFile.format(ofName: "a.json") == .jsonl)
        #expect(BatchFile.format(ofName: "export.csv.gz") == .csv)
        #expect(BatchFile.format(ofName: "app.log") == .text)
        #expect(BatchFile.format(ofName: "notes.txt") == .text)
        #expect(BatchFile.format(ofName: "part-00000") == nil)
        #expect(BatchFile.format(ofName: "archive.gz") == nil)
        #expect(BatchFile.format(ofName: "data.parquet") == nil)
    }

    private func tree(_ files: [String]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("batch-find-\(UUID().uuidString)")
        for file in files {
            let url = root.appendingPathComponent(file)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("{}\n".utf8).write(to: url)
        }
        return root
    }

    @Test func walksDirectoriesLeavingOutHiddenAndUnderscoreNames() throws {
        let root = try tree([
            "b.jsonl", "a/x.csv.gz", "a/deep/y.txt", "_SUCCESS", ".hidden.jsonl", "_tmp/z.jsonl", ".git/q.jsonl",
            "part-00000", "README.md",
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let (files, ignored) = try BatchFile.find([root.path], format: nil)
        #expect(files.map(\.relativePath) == ["a/deep/y.txt", "a/x.csv.gz", "b.jsonl"])
        #expect(files.map(\.format) == [.text, .csv, .jsonl])
        #expect(files.map(\.isCompressed) == [false, true, false])
        #expect(ignored == ["README.md", "part-00000"])
        // --format reads every file.
        let all = try BatchFile.find([root.path + "/"], format: .jsonl)
        #expect(all.files.map(\.relativePath) == ["README.md", "a/deep/y.txt", "a/x.csv.gz", "b.jsonl", "part-00000"])
        #expect(all.ignored.isEmpty)
    }

    @Test func filesAndGlobsByName() throws {
        let root = try tree(["one/a.jsonl", "two/b.jsonl", "two/c.csv"])
        defer { try? FileManager.default.removeItem(at: root) }
        let (files, _) = try BatchFile.find([root.path + "/one/a.jsonl", root.path + "/two/*.jsonl"], format: nil)
        #expect(files.map(\.relativePath) == ["a.jsonl", "b.jsonl"])
        #expect(throws: RedactionError.self) { try BatchFile.find([root.path + "/none/*.jsonl"], format: nil) }
        #expect(throws: RedactionError.self) { try BatchFile.find([root.path + "/missing.jsonl"], format: nil) }
    }

    @Test func twoInputsForOneOutputAreRefused() throws {
        let root = try tree(["one/a.jsonl", "two/a.jsonl"])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(throws: RedactionError.self) {
            try BatchFile.find([root.path + "/one/a.jsonl", root.path + "/two/a.jsonl"], format: nil)
        }
    }
}
