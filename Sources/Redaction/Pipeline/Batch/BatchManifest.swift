import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The record of a batch job's finished files, kept in the output directory as `_redact_manifest.jsonl` (the leading
/// underscore keeps Hadoop and Spark input readers from taking it for data).
///
/// A finished file is appended as one JSON line and flushed to disk before the next file can be reported done, so
/// after a crash the manifest names exactly the files whose outputs are complete; a line cut short by the crash is
/// ignored (its file is redone). At the end of a run the manifest is rewritten sorted by path, one line per file,
/// so the same job always leaves the same manifest bytes. Nothing in it is record content: paths, sizes, digests,
/// counts per kind.
public struct BatchManifest: Sendable {
    /// The manifest's file name in the output directory.
    public static let fileName = "_redact_manifest.jsonl"

    /// What is known about one finished file.
    public struct Entry: Sendable, Hashable, Codable {
        /// Path relative to the input and output directories.
        public var path: String
        /// The input as read: size and SHA-256 of its stored bytes.
        public var input: FileDigest
        /// The input's modification time when it was read (seconds.nanoseconds since 1970).
        public var inputModified: String
        /// The output as written.
        public var output: FileDigest
        /// Records read.
        public var records: Int
        /// Findings per kind.
        public var findings: [String: Int]
        /// Invalid records per reason.
        public var invalid: [String: Int]
        /// Digest of everything that decides the output bytes (policy, formats, options, version); see
        /// ``BatchJob/settingsDigest``.
        public var settings: String
        /// Id of the key keyed operators used, if any.
        public var keyID: String?
    }

    /// Entries by path.
    public private(set) var entries: [String: Entry] = [:]
    /// Lines that could not be read (a line cut short by a crash); their files are redone.
    public private(set) var unreadableLines = 0

    /// An empty manifest.
    public init() {}

    /// The manifest in `directory`, or an empty one when there is none. The last entry of a path wins.
    public static func load(directory: String) throws(RedactionError) -> BatchManifest {
        var manifest = BatchManifest()
        let path = directory + "/" + fileName
        guard FileManager.default.fileExists(atPath: path) else { return manifest }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw RedactionError(.readFailed, reason: "cannot read \(path)")
        }
        let decoder = JSONDecoder()
        for line in data.split(separator: 0x0A, omittingEmptySubsequences: true) {
            if let entry = try? decoder.decode(Entry.self, from: Data(line)) {
                manifest.entries[entry.path] = entry
            } else {
                manifest.unreadableLines += 1
            }
        }
        return manifest
    }

    /// Adds or replaces an entry (in memory).
    public mutating func record(_ entry: Entry) { entries[entry.path] = entry }

    /// Removes the entry of `path` (in memory).
    public mutating func remove(path: String) { entries[path] = nil }

    /// One entry as a manifest line (sorted keys, newline-terminated).
    static func line(_ entry: Entry) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding a struct of strings and integers cannot fail.
        return Array((try? encoder.encode(entry)) ?? Data()) + [0x0A]
    }

    /// Writes every entry, sorted by path, to the manifest atomically (temporary file, fsync, rename).
    public func write(directory: String) throws(RedactionError) {
        var bytes: [UInt8] = []
        for path in entries.keys.sorted() { bytes += Self.line(entries[path]!) }
        let file = try PendingFile(destination: directory + "/" + Self.fileName)
        if let failure = bytes.withUnsafeBytes({ writeFully(file.descriptor, $0) }) {
            throw RedactionError(.writeFailed, reason: "cannot write \(file.destination): \(String(cString: strerror(failure)))")
        }
        try file.commit()
    }
}

/// The manifest's append-only journal during a run: each finished file is one line, on disk before the call returns.
/// Callers serialise appends.
final class ManifestJournal: @unchecked Sendable {
    private let descriptor: Int32
    let path: String

    init(directory: String) throws(RedactionError) {
        path = directory + "/" + BatchManifest.fileName
        descriptor = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw RedactionError(.writeFailed, reason: "cannot open \(path): \(String(cString: strerror(errno)))") }
        // A line cut short by a crash must not run into the next one.
        var info = stat()
        if fstat(descriptor, &info) == 0, info.st_size > 0 {
            let last = open(path, O_RDONLY | O_CLOEXEC)
            var byte: UInt8 = 0
            if last >= 0, pread(last, &byte, 1, off_t(info.st_size - 1)) == 1, byte != 0x0A {
                _ = withUnsafeBytes(of: UInt8(0x0A)) { writeFully(descriptor, $0) }
            }
            if last >= 0 { close(last) }
        }
    }

    deinit { close(descriptor) }

    /// Appends an entry and flushes it to disk.
    func append(_ entry: BatchManifest.Entry) throws(RedactionError) {
        let line = BatchManifest.line(entry)
        if let failure = line.withUnsafeBytes({ writeFully(descriptor, $0) }) {
            throw RedactionError(.writeFailed, reason: "cannot append to \(path): \(String(cString: strerror(failure)))")
        }
        guard fdatasync(descriptor) == 0 else {
            throw RedactionError(.writeFailed, reason: "cannot flush \(path): \(String(cString: strerror(errno)))")
        }
    }
}
