#if canImport(Glibc)
import Glibc
#endif

/// The CLI's only path to the terminal for diagnostics: standard error, unbuffered, one message per line.
/// Messages must never contain record content (use masked previews).
enum Terminal {
    static func writeError(_ message: String) {
        var line = Array(message.utf8)
        if line.last != 0x0A { line.append(0x0A) }
        line.withUnsafeBytes { bytes in
            var written = 0
            while written < bytes.count {
                let count = write(2, bytes.baseAddress! + written, bytes.count - written)
                if count <= 0 { if count < 0 && errno == EINTR { continue } else { return } }
                written += count
            }
        }
    }
}
