import Crypto
import Dispatch
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Redacts many files into an output directory, each to the same relative path, resumably.
///
/// Files run in parallel (`jobs` at once; a lone file gets every worker). Each output is written under a temporary
/// name and renamed only when complete and on disk (see ``BatchFile``), then recorded in the
/// ``BatchManifest``. Running the same job again skips every file whose manifest entry still matches — same input
/// size and modification time, same settings digest and key, output present with its recorded size — and redoes
/// the rest, so after a crash or Ctrl-C a re-run finishes exactly the missing files. A file that fails is reported
/// and leaves no output; the others go on.
public struct BatchJob: Sendable {
    /// The files to redact.
    public var files: [BatchFile]
    /// Where outputs go.
    public var outputDirectory: String
    /// The engine: its redactor, invalid-record policy, line limit and verification apply to every file; each file
    /// is read in its own format.
    public var stream: StreamRedactor
    /// Files redacted at once; a job of fewer files gives each file `jobs / files` workers.
    public var jobs: Int
    /// Digest of the settings that decide the output bytes (``settingsDigest(policy:keyID:stream:formatOverride:)``).
    public var settingsDigest: String
    /// Id of the key used, if any.
    public var keyID: String?
    /// Also re-hash inputs and outputs before skipping a file (slower; catches changes that kept size and time).
    public var checksDigests = false
    /// Redo every file whatever the manifest says.
    public var redoesAll = false

    /// Creates a job.
    public init(
        files: [BatchFile], outputDirectory: String, stream: StreamRedactor, jobs: Int, settingsDigest: String,
        keyID: String?
    ) {
        self.files = files
        self.outputDirectory = outputDirectory
        self.stream = stream
        self.jobs = max(1, jobs)
        self.settingsDigest = settingsDigest
        self.keyID = keyID
    }

    /// How one file ended.
    public enum Status: String, Sendable, Codable {
        /// Redacted in this run.
        case redacted
        /// Already done by an earlier run with the same input and settings.
        case skipped
        /// Not redacted: the error says why; no output was left.
        case failed
    }

    /// One file's line in the report.
    public struct FileResult: Sendable, Codable {
        /// Path relative to the input and output directories.
        public var path: String
        /// How it ended.
        public var status: Status
        /// Records, findings and invalid records (for skipped files, as recorded in the manifest).
        public var records: Int
        /// Findings per kind.
        public var findings: [String: Int]
        /// Invalid records per reason.
        public var invalid: [String: Int]
        /// Input bytes as stored.
        public var bytesIn: Int
        /// Output bytes as stored.
        public var bytesOut: Int
        /// Time spent on the file in this run.
        public var seconds: Double
        /// Why it failed (never record content).
        public var error: String?
    }

    /// What a run did, file by file in path order.
    public struct Report: Sendable, Codable {
        /// Every file of the job.
        public var files: [FileResult]
        /// Wall-clock time of the run.
        public var seconds: Double

        /// Files with the given status.
        public func count(_ status: Status) -> Int { files.filter { $0.status == status }.count }
    }

    /// Callbacks from a run. They may be called from several threads at once.
    public struct Events: Sendable {
        /// Before any file starts: the files and input bytes to redact, and the files skipped.
        public var planned: @Sendable (_ files: Int, _ bytes: Int, _ skipped: Int) -> Void = { _, _, _ in }
        /// Bytes of input read (stored bytes).
        public var progress: @Sendable (Int) -> Void = { _ in }
        /// A file finished (redacted or failed).
        public var finished: @Sendable (FileResult) -> Void = { _ in }
        /// An invalid record in a file, with its line number and byte offset.
        public var invalidRecord: @Sendable (_ path: String, RedactionError) -> Void = { _, _ in }
        /// A temporary output file is about to be created (`true`: called before the file exists, so no signal can
        /// come between the file and its registration) or is gone or was never created (`false`); remove those
        /// still there if the process is interrupted.
        public var temporaryFile: @Sendable (_ created: Bool, _ path: String) -> Void = { _, _ in }

        /// No callbacks.
        public init() {}
    }

    /// The digest of everything that decides a batch's output bytes: the library version, the policy (with the
    /// contents of its known-entity files), the key id, the format override, the invalid-record policy, the line
    /// limit and verification. Worker counts and chunk sizes are not in it: they never change the output.
    public static func settingsDigest(
        policy: RedactionPolicy, keyID: String?, stream: StreamRedactor, formatOverride: RecordFormat?
    ) throws(RedactionError) -> String {
        struct Settings: Encodable {
            let version: String
            let policy: RedactionPolicy
            let knownEntityFiles: [String]
            let keyID: String?
            let format: String?
            let onInvalid: String
            let maxLineBytes: Int
            let verify: Bool
        }
        var known: [String] = []
        for path in policy.knownEntityFiles {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw RedactionError(.readFailed, reason: "cannot read known-entity file \(path)")
            }
            known.append(FileDigest.hex(SHA256.hash(data: data)))
        }
        let settings = Settings(
            version: RedactionInfo.version, policy: policy, knownEntityFiles: known, keyID: keyID,
            format: formatOverride?.rawValue, onInvalid: stream.onInvalid.rawValue, maxLineBytes: stream.maxLineBytes,
            verify: stream.verify)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = (try? encoder.encode(settings)) ?? Data()
        return FileDigest.hex(SHA256.hash(data: data))
    }

    /// Runs the job: sweeps temporary files left by an interrupted run, skips what the manifest says is done,
    /// redacts the rest, and rewrites the manifest sorted.
    ///
    /// - Throws: when the output directory cannot be created, locked (another batch is writing to it) or its
    ///   manifest written; failures of single files are in the report instead.
    public func run(events: Events = Events()) throws(RedactionError) -> Report {
        let started = ContinuousClock.now
        try BatchDirectories.create(outputDirectory)
        let lock = try OutputDirectoryLock(outputDirectory)
        defer { withExtendedLifetime(lock) {} }
        let output = try canonicalPath(outputDirectory)
        // A file that vanished since it was listed fails on its own below.
        for file in files {
            guard let source = try? canonicalPath(file.source) else { continue }
            guard !source.hasPrefix(output + "/") else {
                throw RedactionError(.invalidConfiguration, reason: "input \(file.source) lies inside the output directory")
            }
        }
        Self.removeTemporaryFiles(in: outputDirectory)

        var manifest = try BatchManifest.load(directory: outputDirectory)
        var results: [String: FileResult] = [:]
        var pending: [(file: BatchFile, size: Int, modified: String)] = []
        for file in files {
            var info = stat()
            guard stat(file.source, &info) == 0 else {
                results[file.relativePath] = .failure(file.relativePath, "cannot read: \(String(cString: strerror(errno)))")
                manifest.remove(path: file.relativePath)
                continue
            }
            let modified = "\(info.st_mtim.tv_sec).\(String(format: "%09d", info.st_mtim.tv_nsec))"
            if !redoesAll, let entry = manifest.entries[file.relativePath], isDone(file, entry, size: Int(info.st_size), modified: modified) {
                results[file.relativePath] = FileResult(
                    path: file.relativePath, status: .skipped, records: entry.records, findings: entry.findings,
                    invalid: entry.invalid, bytesIn: entry.input.bytes, bytesOut: entry.output.bytes, seconds: 0)
            } else {
                manifest.remove(path: file.relativePath)
                pending.append((file, Int(info.st_size), modified))
            }
        }
        // Largest first: the last file to start is a small one, so workers finish together.
        pending.sort { $0.size != $1.size ? $0.size > $1.size : $0.file.relativePath < $1.file.relativePath }
        events.planned(pending.count, pending.reduce(0) { $0 + $1.size }, results.values.filter { $0.status == .skipped }.count)

        let journal = try ManifestJournal(directory: outputDirectory)
        let queue = pending
        let concurrent = min(jobs, max(1, pending.count))
        let workersPerFile = max(1, jobs / concurrent)
        let shared = SharedState(manifest: manifest, results: results)
        DispatchQueue.concurrentPerform(iterations: concurrent) { _ in
            while let index = shared.next(limit: queue.count) {
                let (file, _, modified) = queue[index]
                events.finished(redact(file, modified: modified, workers: workersPerFile, journal: journal, shared, events))
            }
        }
        if let error = shared.journalError { throw error }
        try shared.manifest.write(directory: outputDirectory)
        let elapsed = ContinuousClock.now - started
        return Report(
            files: shared.results.values.sorted { $0.path < $1.path },
            seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }

    /// Redacts one file and records it (a manifest that cannot be written stops the run after this file).
    private func redact(
        _ file: BatchFile, modified: String, workers: Int, journal: ManifestJournal, _ shared: SharedState,
        _ events: Events
    ) -> FileResult {
        let started = ContinuousClock.now
        let stream = StreamRedactor(
            redactor: stream.redactor, format: file.format, onInvalid: stream.onInvalid,
            maxLineBytes: stream.maxLineBytes, scanner: stream.scanner, readBufferSize: stream.readBufferSize,
            jobs: workers, chunkBytes: stream.chunkBytes, verify: stream.verify)
        var result: FileResult
        do throws(RedactionError) {
            let outcome = try file.redact(
                into: outputDirectory, using: stream, temporaryFile: events.temporaryFile, progress: events.progress,
                onInvalid: { events.invalidRecord(file.relativePath, $0) })
            let elapsed = ContinuousClock.now - started
            let statistics = outcome.statistics
            result = FileResult(
                path: file.relativePath, status: .redacted, records: statistics.records,
                findings: statistics.findingsByKind, invalid: statistics.invalidByReason, bytesIn: outcome.input.bytes,
                bytesOut: outcome.output.bytes,
                seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
            let entry = BatchManifest.Entry(
                path: file.relativePath, input: outcome.input, inputModified: modified, output: outcome.output,
                records: statistics.records, findings: statistics.findingsByKind,
                invalid: statistics.invalidByReason, settings: settingsDigest, keyID: keyID)
            shared.record(entry, result, journal)
        } catch {
            // No output may stand for an input that could not be redacted, not even one from an earlier run.
            unlink(outputDirectory + "/" + file.relativePath)
            result = .failure(file.relativePath, error.description)
            shared.record(failure: result)
        }
        return result
    }

    /// Whether a manifest entry shows `file` done with the current input and settings.
    private func isDone(_ file: BatchFile, _ entry: BatchManifest.Entry, size: Int, modified: String) -> Bool {
        guard entry.settings == settingsDigest, entry.keyID == keyID, entry.input.bytes == size,
            entry.inputModified == modified
        else { return false }
        let destination = outputDirectory + "/" + file.relativePath
        var info = stat()
        guard stat(destination, &info) == 0, Int(info.st_size) == entry.output.bytes else { return false }
        guard checksDigests else { return true }
        return Self.digest(of: file.source) == entry.input && Self.digest(of: destination) == entry.output
    }

    /// Size and SHA-256 of a file's bytes, or `nil` when it cannot be read.
    static func digest(of path: String) -> FileDigest? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var hasher = SHA256()
        var total = 0
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 16)
        defer { buffer.deallocate() }
        while true {
            let count = read(descriptor, buffer.baseAddress!, buffer.count)
            if count < 0, errno == EINTR { continue }
            if count < 0 { return nil }
            if count == 0 { break }
            hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: buffer[..<count]))
            total += count
        }
        return FileDigest(bytes: total, sha256: FileDigest.hex(hasher.finalize()))
    }

    /// Removes the temporary outputs (`.NAME.redact-XXXXXX`) an interrupted run left anywhere under `directory`.
    static func removeTemporaryFiles(in directory: String) {
        guard let walker = FileManager.default.enumerator(atPath: directory) else { return }
        while let relative = walker.nextObject() as? String {
            let name = relative.split(separator: "/").last.map(String.init) ?? relative
            if PendingFile.isTemporaryName(name) { unlink(directory + "/" + relative) }
        }
    }

    private func canonicalPath(_ path: String) throws(RedactionError) -> String {
        guard let resolved = realpath(path, nil) else {
            throw RedactionError(.readFailed, reason: "cannot resolve \(path): \(String(cString: strerror(errno)))")
        }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}

extension BatchJob.FileResult {
    static func failure(_ path: String, _ reason: String) -> Self {
        Self(path: path, status: .failed, records: 0, findings: [:], invalid: [:], bytesIn: 0, bytesOut: 0, seconds: 0,
             error: reason)
    }
}

/// The state workers of a batch share: the next file, the manifest and the results.
private final class SharedState: @unchecked Sendable {
    private let lock = NSLock()
    private var nextIndex = 0
    private(set) var manifest: BatchManifest
    private var resultsByPath: [String: BatchJob.FileResult]
    private(set) var journalError: RedactionError?

    init(manifest: BatchManifest, results: [String: BatchJob.FileResult]) {
        self.manifest = manifest
        self.resultsByPath = results
    }

    var results: [String: BatchJob.FileResult] { lock.withLock { resultsByPath } }

    /// The next file to take, or `nil` when all are taken or the run must stop.
    func next(limit: Int) -> Int? {
        lock.withLock {
            guard nextIndex < limit, journalError == nil else { return nil }
            defer { nextIndex += 1 }
            return nextIndex
        }
    }

    /// Records a finished file in the journal (on disk) and the manifest. When the journal cannot be written the
    /// run stops taking files; the file's output stays but is not recorded, so the next run redoes it.
    func record(_ entry: BatchManifest.Entry, _ result: BatchJob.FileResult, _ journal: ManifestJournal) {
        lock.withLock {
            resultsByPath[result.path] = result
            do throws(RedactionError) {
                try journal.append(entry)
                manifest.record(entry)
            } catch {
                journalError = error
            }
        }
    }

    func record(failure result: BatchJob.FileResult) {
        lock.withLock { resultsByPath[result.path] = result }
    }
}

/// An exclusive lock on an output directory (`flock` on the directory itself), held while a batch writes to it: two
/// runs into one directory would remove each other's temporary files.
private final class OutputDirectoryLock {
    private let descriptor: Int32

    init(_ directory: String) throws(RedactionError) {
        descriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw RedactionError(.writeFailed, reason: "cannot open \(directory): \(String(cString: strerror(errno)))")
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            throw RedactionError(.invalidConfiguration, reason: "another batch run is writing to \(directory)")
        }
    }

    deinit { close(descriptor) }
}
