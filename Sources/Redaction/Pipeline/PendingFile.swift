import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A file written under a hidden temporary name beside its destination (`.NAME.redact-XXXXXX`) and renamed onto the
/// destination only by ``commit()``, after its bytes and then its directory entry are flushed to disk: the
/// destination never holds a partial file. Dropped without a commit, the temporary file is removed.
///
/// A destination that exists and is neither a regular file nor a directory (`/dev/null`, `/dev/stdout`, a named
/// pipe, a terminal) is written directly instead (``writesDirectly``): renaming a file onto it would replace the
/// device or pipe with a regular file.
///
/// `redact -o`, `--stats-json`, every output of a batch job and the batch manifest are written this way.
public final class PendingFile {
    /// Where the file goes on commit.
    public let destination: String
    /// The temporary file being written; empty when the destination is written directly.
    public let temporaryPath: String
    /// The temporary file's descriptor (or the destination's), open for writing (close-on-exec).
    public let descriptor: Int32
    /// Whether the destination itself is being written (a device or pipe): nothing is renamed, and nothing is
    /// removed when the file is discarded.
    public let writesDirectly: Bool
    private var finished = false

    /// Creates the temporary file (mode 0644) in the destination's directory, which must exist; or opens the
    /// destination for writing when it is a device or pipe (see ``writesDirectly``).
    ///
    /// - Parameter temporaryFile: called with `true` and the temporary file's path before the file is created, and
    ///   with `false` and the path if it then could not be (another name is tried when one exists already). A caller
    ///   that removes temporary files when the process is interrupted registers the path there: registered before
    ///   the file exists, it can never be left behind by a signal between creation and registration, whichever
    ///   thread the signal arrives on.
    public init(
        destination: String, temporaryFile: (_ created: Bool, _ path: String) -> Void = { _, _ in }
    ) throws(RedactionError) {
        self.destination = destination
        var status = stat()
        if stat(destination, &status) == 0, status.st_mode & S_IFMT != S_IFREG, status.st_mode & S_IFMT != S_IFDIR {
            let descriptor = open(destination, O_WRONLY | O_CLOEXEC)
            guard descriptor >= 0 else {
                throw RedactionError(
                    .writeFailed, reason: "cannot open \(destination): \(String(cString: strerror(errno)))")
            }
            self.descriptor = descriptor
            self.temporaryPath = ""
            self.writesDirectly = true
            return
        }
        self.writesDirectly = false
        let slash = destination.lastIndex(of: "/")
        let directory = slash.map { String(destination[..<$0]) } ?? "."
        let name = slash.map { destination[destination.index(after: $0)...] } ?? destination[...]
        var failure: Int32 = EEXIST
        for _ in 0..<100 {
            let path = "\(directory)/.\(name).redact-\(Self.randomSuffix())"
            temporaryFile(true, path)
            let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else {
                failure = errno
                temporaryFile(false, path)
                if failure == EEXIST { continue }
                break
            }
            fchmod(descriptor, 0o644)  // whatever the umask
            self.descriptor = descriptor
            self.temporaryPath = path
            return
        }
        throw RedactionError(
            .writeFailed,
            reason: "cannot create a temporary file next to \(destination): \(String(cString: strerror(failure)))")
    }

    /// Six random letters and digits, as `mkstemp` would choose (see ``isTemporaryName(_:)``).
    private static func randomSuffix() -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
        var generator = SystemRandomNumberGenerator()
        return String((0..<6).map { _ in alphabet.randomElement(using: &generator)! })
    }

    /// Writes all of `bytes` to the file (short writes retried).
    public func write(_ bytes: UnsafeRawBufferPointer) throws(RedactionError) {
        if let failure = writeFully(descriptor, bytes) {
            throw RedactionError(
                .writeFailed, reason: "cannot write \(destination): \(String(cString: strerror(failure)))")
        }
    }

    /// Flushes the file to disk, renames it onto the destination and flushes the directory. On failure the
    /// temporary file is removed and the destination is left as it was.
    public func commit() throws(RedactionError) {
        guard !finished else { return }
        finished = true
        if writesDirectly {
            guard close(descriptor) == 0 else {
                throw RedactionError(.writeFailed, reason: "close: \(String(cString: strerror(errno)))")
            }
            return
        }
        var failure: String?
        if fsync(descriptor) != 0 { failure = "fsync: \(String(cString: strerror(errno)))" }
        if close(descriptor) != 0, failure == nil { failure = "close: \(String(cString: strerror(errno)))" }
        if failure == nil, rename(temporaryPath, destination) != 0 {
            failure = "cannot rename onto \(destination): \(String(cString: strerror(errno)))"
        }
        if let failure {
            unlink(temporaryPath)
            throw RedactionError(.writeFailed, reason: failure)
        }
        let slash = destination.lastIndex(of: "/")
        Self.syncDirectory(slash.map { String(destination[..<$0]) } ?? ".")
    }

    /// Closes and removes the temporary file (nothing happens after a commit).
    public func discard() {
        guard !finished else { return }
        finished = true
        close(descriptor)
        if !writesDirectly { unlink(temporaryPath) }
    }

    deinit { discard() }

    /// Whether `name` is one of the temporary names this type writes (an interrupted run may leave them behind).
    public static func isTemporaryName(_ name: String) -> Bool {
        guard name.hasPrefix("."), let marker = name.range(of: ".redact-", options: .backwards) else { return false }
        let suffix = name[marker.upperBound...]
        return suffix.count == 6 && suffix.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
    }

    /// Flushes a directory's entries (a rename) to disk; best effort.
    static func syncDirectory(_ path: String) {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }
}
