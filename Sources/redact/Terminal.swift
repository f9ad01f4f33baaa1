#if canImport(Glibc)
import Glibc
#endif

/// The CLI's only path to the terminal for messages and reports: unbuffered, ending with a newline.
/// Messages must never contain record content (use masked previews).
enum Terminal {
    /// Writes a diagnostic to standard error.
    static func writeError(_ message: String) { write(message, to: 2) }

    /// Writes a report to standard output.
    static func writeOutput(_ text: String) { write(text, to: 1) }

    private static func write(_ message: String, to descriptor: Int32) {
        var line = Array(message.utf8)
        if line.last != 0x0A { line.append(0x0A) }
        line.withUnsafeBytes { bytes in
            var written = 0
            while written < bytes.count {
                let count = Glibc.write(descriptor, bytes.baseAddress! + written, bytes.count - written)
                if count <= 0 { if count < 0 && errno == EINTR { continue } else { return } }
                written += count
            }
        }
    }
}
