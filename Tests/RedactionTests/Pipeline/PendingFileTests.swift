import Foundation
import Redaction
import Testing

@Suite("Pending file")
struct PendingFileTests {
    private func directory() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("pending-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    /// The temporary path is announced before the file exists (so a signal handler that removes announced paths can
    /// never miss the file), then created under that very name, hidden and recognisable as a temporary name.
    @Test func announcesItsTemporaryPathBeforeCreatingIt() throws {
        let root = try directory()
        defer { try? FileManager.default.removeItem(atPath: root) }
        var announced: [(Bool, String, Bool)] = []
        let file = try PendingFile(destination: root + "/out.jsonl") { created, path in
            announced.append((created, path, FileManager.default.fileExists(atPath: path)))
        }
        #expect(announced.count == 1)
        #expect(announced.first?.0 == true)
        #expect(announced.first?.2 == false, "the file existed before its path was announced")
        #expect(announced.first?.1 == file.temporaryPath)
        #expect(FileManager.default.fileExists(atPath: file.temporaryPath))
        let name = String(file.temporaryPath.split(separator: "/").last!)
        #expect(name.hasPrefix(".out.jsonl.redact-"))
        #expect(PendingFile.isTemporaryName(name))
        let attributes = try FileManager.default.attributesOfItem(atPath: file.temporaryPath)
        #expect((attributes[.posixPermissions] as? Int) == 0o644)

        try Array("{}\n".utf8).withUnsafeBytes { bytes in try file.write(bytes) }
        try file.commit()
        #expect(!FileManager.default.fileExists(atPath: file.temporaryPath))
        #expect(try String(contentsOfFile: root + "/out.jsonl", encoding: .utf8) == "{}\n")
    }

    /// Two files for one destination get different names; each announces its own.
    @Test func namesAreUnique() throws {
        let root = try directory()
        defer { try? FileManager.default.removeItem(atPath: root) }
        var paths: Set<String> = []
        let files = try (0..<50).map { _ in
            try PendingFile(destination: root + "/out.jsonl") { created, path in if created { paths.insert(path) } }
        }
        #expect(Set(files.map(\.temporaryPath)).count == 50)
        #expect(paths == Set(files.map(\.temporaryPath)))
        for file in files { file.discard() }
        #expect(try FileManager.default.contentsOfDirectory(atPath: root).isEmpty)
    }

    /// A file that cannot be created is announced gone again, and the error names the destination.
    @Test func aFileThatCannotBeCreatedIsAnnouncedGone() throws {
        let root = try directory()
        defer { try? FileManager.default.removeItem(atPath: root) }
        var announced: [(Bool, String)] = []
        #expect(throws: RedactionError.self) {
            _ = try PendingFile(destination: root + "/missing/out.jsonl") { announced.append(($0, $1)) }
        }
        #expect(announced.map(\.0) == [true, false])
        #expect(announced.count == 2 && announced[0].1 == announced[1].1)
    }

    /// A device is written directly: nothing is announced.
    @Test func aDeviceAnnouncesNothing() throws {
        var announced = 0
        let file = try PendingFile(destination: "/dev/null") { _, _ in announced += 1 }
        #expect(file.writesDirectly)
        #expect(announced == 0)
        try file.commit()
    }
}
