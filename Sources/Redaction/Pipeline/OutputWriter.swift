#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Buffers output bytes and writes them to a file descriptor with `write(2)`, retrying short writes and `EINTR`.
///
/// A closed reader (`EPIPE`) is reported as ``RedactionError/Code/brokenPipe`` so a pipe stage can stop quietly;
/// every other failure (disk full, I/O error) as ``RedactionError/Code/writeFailed``. The caller must ignore
/// `SIGPIPE` for `EPIPE` to be seen.
public struct OutputWriter: ~Copyable {
    let fileDescriptor: Int32
    private let capacity: Int
    /// Bytes waiting to be written. Append to it directly; call ``flushIfFull()`` after each record.
    public var pending: [UInt8]
    /// Bytes written to the descriptor so far.
    public private(set) var bytesWritten = 0

    /// Creates a writer to `fileDescriptor` (not closed by the writer) flushing every `capacity` bytes.
    public init(fileDescriptor: Int32, capacity: Int = 1 << 20) {
        self.fileDescriptor = fileDescriptor
        self.capacity = capacity
        self.pending = []
        self.pending.reserveCapacity(capacity + 4096)
    }

    /// Writes the pending bytes once they reach the capacity.
    public mutating func flushIfFull() throws(RedactionError) {
        if pending.count >= capacity { try flush() }
    }

    /// Writes every pending byte.
    public mutating func flush() throws(RedactionError) {
        var written = 0
        let total = pending.count
        let descriptor = fileDescriptor
        let failure: Int32? = pending.withUnsafeBytes { bytes in
            while written < total {
                let count = write(descriptor, bytes.baseAddress! + written, total - written)
                if count < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                written += count
            }
            return nil
        }
        bytesWritten += written
        pending.removeAll(keepingCapacity: true)
        if let failure {
            if failure == EPIPE { throw RedactionError(.brokenPipe, reason: "the reader closed the output") }
            throw RedactionError(.writeFailed, reason: String(cString: strerror(failure)), byteOffset: bytesWritten)
        }
    }
}
