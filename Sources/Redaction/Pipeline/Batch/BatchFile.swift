import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// One input file of a batch job and where its output goes.
public struct BatchFile: Sendable, Hashable {
    /// The input's path as given or found.
    public var source: String
    /// The path relative to the output directory (the same as relative to the input directory).
    public var relativePath: String
    /// How its records are read.
    public var format: RecordFormat
    /// Whether input and output are gzip (the name ends in `.gz`).
    public var isCompressed: Bool

    /// Creates a file entry.
    public init(source: String, relativePath: String, format: RecordFormat, isCompressed: Bool) {
        self.source = source
        self.relativePath = relativePath
        self.format = format
        self.isCompressed = isCompressed
    }

    /// The format a file name says (`.jsonl`, `.ndjson`, `.json` → JSONL; `.csv`; `.txt`, `.log` → text; each also
    /// with `.gz`), or `nil`.
    public static func format(ofName name: String) -> RecordFormat? {
        var lowered = name.lowercased()
        if lowered.hasSuffix(".gz") { lowered.removeLast(3) }
        guard let dot = lowered.lastIndex(of: ".") else { return nil }
        switch lowered[lowered.index(after: dot)...] {
        case "jsonl", "ndjson", "json": return .jsonl
        case "csv": return .csv
        case "txt", "log", "text": return .text
        default: return nil
        }
    }
}

/// What redacting one file produced.
struct BatchFileOutcome: Sendable {
    /// Records, findings and invalid records of the file.
    var statistics: RedactionStatistics
    /// The input's bytes as stored (compressed for `.gz`).
    var input: FileDigest
    /// The output's bytes as stored.
    var output: FileDigest
}

extension BatchFile {
    /// Redacts this file into `outputDirectory/relativePath`: written to a temporary file beside it (`.NAME.redact-XXXXXX`),
    /// flushed to disk and renamed only when complete, so the final name never holds a partial file. Input is hashed
    /// as read, output as written.
    ///
    /// - Parameters:
    ///   - temporaryFile: called with `true` and the temporary file's path before it is created, `false` when it is
    ///     gone (renamed or removed, or never created), so a caller can remove it when the process is interrupted.
    ///   - progress: called from another thread with the bytes of each block read from the input.
    ///   - onInvalid: each invalid record, with its line number and byte offset.
    func redact(
        into outputDirectory: String, using stream: StreamRedactor,
        temporaryFile: (_ created: Bool, _ path: String) -> Void,
        progress: @escaping @Sendable (Int) -> Void,
        onInvalid: (RedactionError) -> Void
    ) throws(RedactionError) -> BatchFileOutcome {
        let destination = outputDirectory + "/" + relativePath
        let input = open(source, O_RDONLY | O_CLOEXEC)
        guard input >= 0 else { throw RedactionError(.readFailed, reason: "cannot open: \(String(cString: strerror(errno)))") }
        defer { close(input) }
        let directory = String(destination[..<destination.lastIndex(of: "/")!])
        try BatchDirectories.create(directory)
        let output = try PendingFile(destination: destination, temporaryFile: temporaryFile)
        defer {
            output.discard()  // after a commit: nothing to do
            temporaryFile(false, output.temporaryPath)
        }

        var inPipe: [Int32] = [0, 0]
        var outPipe: [Int32] = [0, 0]
        guard pipe(&inPipe) == 0 else { throw RedactionError(.readFailed, reason: "pipe: \(String(cString: strerror(errno)))") }
        guard pipe(&outPipe) == 0 else {
            close(inPipe[0])
            close(inPipe[1])
            throw RedactionError(.readFailed, reason: "pipe: \(String(cString: strerror(errno)))")
        }
        for descriptor in inPipe + outPipe { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
        // Larger pipes mean fewer wake-ups (F_SETPIPE_SZ, Linux); the default size works too.
        for descriptor in [inPipe[1], outPipe[1]] { _ = fcntl(descriptor, 1031, Int32(1 << 20)) }

        let reader = InputPump(file: input, into: inPipe[1], gzip: isCompressed, progress: progress)
        let writer = OutputPump(pipe: outPipe[0], into: output.descriptor, gzip: isCompressed)
        var streamError: RedactionError?
        var statistics = RedactionStatistics()
        do throws(RedactionError) {
            statistics = try stream.run(input: inPipe[0], output: outPipe[1], onInvalid: onInvalid)
        } catch {
            streamError = error
        }
        close(outPipe[1])
        writer.join()
        close(outPipe[0])
        // The stream may have stopped early: stop the reader and let it finish its last write.
        reader.cancel()
        let drain = UnsafeMutableRawPointer.allocate(byteCount: 1 << 16, alignment: 16)
        while true {
            let count = read(inPipe[0], drain, 1 << 16)
            if count > 0 || (count < 0 && errno == EINTR) { continue }
            break
        }
        drain.deallocate()
        reader.join()
        close(inPipe[0])

        // The first cause wins: a damaged input explains a stream that ended early.
        if let error = reader.error ?? streamError ?? writer.error { throw error }
        try output.commit()
        return BatchFileOutcome(statistics: statistics, input: reader.digest, output: writer.digest)
    }
}

/// Directory helpers for batch output.
enum BatchDirectories {
    /// Creates `path` and its parents (mode 0755) when missing.
    static func create(_ path: String) throws(RedactionError) {
        var prefix = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            prefix += "/" + component
            if mkdir(prefix, 0o755) == 0 { continue }
            let failure = errno
            var info = stat()
            if failure == EEXIST, stat(prefix, &info) == 0, info.st_mode & S_IFMT == S_IFDIR { continue }
            let reason = failure == EEXIST ? "it exists and is not a directory" : String(cString: strerror(failure))
            throw RedactionError(.writeFailed, reason: "cannot create directory \(prefix): \(reason)")
        }
    }
}

extension BatchFile {
    /// The files a batch's inputs name, sorted by relative path: every regular file under a directory (its path
    /// relative to that directory; names starting with `.` or `_` are left out, as Hadoop and Spark do), a file by its
    /// name, a glob pattern (`exports/*.jsonl.gz`) by the names of its matches.
    ///
    /// - Parameter format: read every file as this; `nil` decides by file name, and files whose name says no format
    ///   are returned in `ignored`.
    /// - Throws: an input that does not exist, or two inputs with the same relative path.
    public static func find(
        _ inputs: [String], format: RecordFormat?
    ) throws(RedactionError) -> (files: [BatchFile], ignored: [String]) {
        var files: [BatchFile] = []
        var ignored: [String] = []
        func add(_ source: String, _ relativePath: String) {
            let name = relativePath.split(separator: "/").last.map(String.init) ?? relativePath
            guard let format = format ?? Self.format(ofName: name) else {
                ignored.append(relativePath)
                return
            }
            files.append(BatchFile(
                source: source, relativePath: relativePath, format: format, isCompressed: name.lowercased().hasSuffix(".gz")))
        }
        for input in inputs {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory) {
                guard isDirectory.boolValue else {
                    add(input, String(input.split(separator: "/").last ?? Substring(input)))
                    continue
                }
                let root = input.hasSuffix("/") ? String(input.dropLast()) : input
                guard let walker = FileManager.default.enumerator(atPath: root) else {
                    throw RedactionError(.readFailed, reason: "cannot list \(input)")
                }
                while let relative = walker.nextObject() as? String {
                    let name = relative.split(separator: "/").last.map(String.init) ?? relative
                    if name.hasPrefix(".") || name.hasPrefix("_") {
                        if walker.fileAttributes?[.type] as? FileAttributeType == .typeDirectory { walker.skipDescendants() }
                        continue
                    }
                    var info = stat()
                    guard stat(root + "/" + relative, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { continue }
                    add(root + "/" + relative, relative)
                }
            } else if input.contains(where: { "*?[".contains($0) }) {
                var matches = glob_t()
                defer { globfree(&matches) }
                guard glob(input, 0, nil, &matches) == 0 else {
                    throw RedactionError(.readFailed, reason: "no file matches \(input)")
                }
                for index in 0..<Int(matches.gl_pathc) {
                    guard let match = matches.gl_pathv[index].map({ String(cString: $0) }) else { continue }
                    add(match, String(match.split(separator: "/").last ?? Substring(match)))
                }
            } else {
                throw RedactionError(.readFailed, reason: "no such file or directory: \(input)")
            }
        }
        files.sort { $0.relativePath < $1.relativePath }
        for (first, second) in zip(files, files.dropFirst()) where first.relativePath == second.relativePath {
            throw RedactionError(.invalidConfiguration, reason: "two inputs would both be written to \(first.relativePath)")
        }
        return (files, ignored.sorted())
    }
}
