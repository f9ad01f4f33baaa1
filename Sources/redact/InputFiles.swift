import Redaction

#if canImport(Glibc)
import Glibc
#endif

/// Opens each input in turn (`-` is standard input) for the commands that read records.
enum InputFiles {
    /// Calls `body` with each input's display name and an open descriptor, closed afterwards. Errors from `body`
    /// are prefixed with the input's name (a closed output pipe passes through unchanged).
    static func forEach(
        _ paths: [String], _ body: (_ name: String, _ descriptor: Int32) throws(RedactionError) -> Void
    ) throws(RedactionError) {
        for path in paths {
            let name = path == "-" ? "<stdin>" : path
            let descriptor = path == "-" ? 0 : open(path, O_RDONLY)
            guard descriptor >= 0 else {
                throw RedactionError(.readFailed, reason: "cannot open \(path): \(String(cString: strerror(errno)))")
            }
            defer { if descriptor != 0 { close(descriptor) } }
            do throws(RedactionError) {
                try body(name, descriptor)
            } catch {
                if error.code == .brokenPipe { throw error }
                var located = error
                located.reason = "\(name): \(error.reason)"
                throw located
            }
        }
    }
}
