import Crypto
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// The size and SHA-256 of the bytes of a file as they were read or written.
public struct FileDigest: Sendable, Hashable, Codable {
    /// Bytes.
    public var bytes: Int
    /// SHA-256, lowercase hex.
    public var sha256: String

    /// Creates a digest record.
    public init(bytes: Int, sha256: String) {
        self.bytes = bytes
        self.sha256 = sha256
    }

    static func hex(_ digest: SHA256.Digest) -> String {
        digest.map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }
}

/// Writes every byte of `bytes` to `descriptor`, retrying short writes and `EINTR`; returns `errno` on failure.
func writeFully(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Int32? {
    var written = 0
    while written < bytes.count {
        let count = write(descriptor, bytes.baseAddress! + written, bytes.count - written)
        if count < 0 {
            if errno == EINTR { continue }
            return errno
        }
        written += count
    }
    return nil
}

/// Reads an input file on its own thread, hashes its bytes as stored, decompresses them when it is gzip, and feeds
/// the result into a pipe the redaction stream reads. Closes the pipe's write end when done.
final class InputPump: @unchecked Sendable {
    private let cancelled = Atomic<Bool>(false)
    private var thread: JoinableThread?
    // Read by the owner only after `join()`.
    private(set) var error: RedactionError?
    private(set) var digest = FileDigest(bytes: 0, sha256: "")

    /// Starts pumping `file` into `pipe`; `progress` is called with the bytes of each block read.
    init(file: Int32, into pipe: Int32, gzip: Bool, progress: @escaping @Sendable (Int) -> Void) {
        thread = JoinableThread { [self] in
            pump(file: file, pipe: pipe, gzip: gzip, progress: progress)
            close(pipe)
        }
    }

    /// Stops after the block being read (the stream no longer wants input).
    func cancel() { cancelled.store(true, ordering: .relaxed) }

    func join() { thread?.join() }

    private func pump(file: Int32, pipe: Int32, gzip: Bool, progress: (Int) -> Void) {
        var hasher = SHA256()
        var total = 0
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 16)
        defer { buffer.deallocate() }
        do throws(RedactionError) {
            let decoder = gzip ? try GzipDecoder() : nil
            func send(_ bytes: UnsafeRawBufferPointer) throws(RedactionError) {
                if let failure = writeFully(pipe, bytes) {
                    throw RedactionError(.readFailed, reason: "cannot feed the input to the redactor: \(String(cString: strerror(failure)))")
                }
            }
            while !cancelled.load(ordering: .relaxed) {
                let count = read(file, buffer.baseAddress!, buffer.count)
                if count < 0 {
                    if errno == EINTR { continue }
                    throw RedactionError(.readFailed, reason: String(cString: strerror(errno)), byteOffset: total)
                }
                if count == 0 {
                    try decoder?.finish()
                    break
                }
                let block = UnsafeRawBufferPointer(rebasing: buffer[..<count])
                hasher.update(bufferPointer: block)
                total += count
                progress(count)
                if let decoder {
                    do throws(RedactionError) {
                        try decoder.decode(block, send)
                    } catch where error.code == .corruptCompression {
                        throw RedactionError(error.code, reason: error.reason, byteOffset: total - count)
                    }
                } else {
                    try send(block)
                }
            }
        } catch {
            self.error = error
        }
        digest = FileDigest(bytes: total, sha256: FileDigest.hex(hasher.finalize()))
    }
}

/// Reads the redaction stream's output from a pipe on its own thread, compresses it when the output is gzip, writes
/// it to the (temporary) output file and hashes the bytes written. After a write failure it keeps draining the pipe,
/// so the stream never blocks on it.
final class OutputPump: @unchecked Sendable {
    private var thread: JoinableThread?
    // Read by the owner only after `join()`.
    private(set) var error: RedactionError?
    private(set) var digest = FileDigest(bytes: 0, sha256: "")

    /// Starts pumping `pipe` into `file` until the pipe's write end is closed.
    init(pipe: Int32, into file: Int32, gzip: Bool) {
        thread = JoinableThread { [self] in pump(pipe: pipe, file: file, gzip: gzip) }
    }

    func join() { thread?.join() }

    private func pump(pipe: Int32, file: Int32, gzip: Bool) {
        var hasher = SHA256()
        var total = 0
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 16)
        defer { buffer.deallocate() }
        var encoder: GzipEncoder?
        func store(_ bytes: UnsafeRawBufferPointer) throws(RedactionError) {
            if let failure = writeFully(file, bytes) {
                throw RedactionError(.writeFailed, reason: String(cString: strerror(failure)), byteOffset: total)
            }
            hasher.update(bufferPointer: bytes)
            total += bytes.count
        }
        do throws(RedactionError) {
            encoder = gzip ? try GzipEncoder() : nil
        } catch {
            self.error = error
        }
        while true {
            let count = read(pipe, buffer.baseAddress!, buffer.count)
            if count < 0, errno == EINTR { continue }
            if count <= 0 {
                if count < 0, self.error == nil {
                    self.error = RedactionError(.writeFailed, reason: String(cString: strerror(errno)))
                }
                break
            }
            guard self.error == nil else { continue }  // drain
            let block = UnsafeRawBufferPointer(rebasing: buffer[..<count])
            do throws(RedactionError) {
                if let encoder { try encoder.encode(block, store) } else { try store(block) }
            } catch {
                self.error = error
            }
        }
        if self.error == nil, let encoder {
            do throws(RedactionError) { try encoder.finish(store) } catch { self.error = error }
        }
        digest = FileDigest(bytes: total, sha256: FileDigest.hex(hasher.finalize()))
    }
}
