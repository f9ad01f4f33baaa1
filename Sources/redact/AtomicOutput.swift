import Foundation
import Redaction

#if canImport(Glibc)
import Glibc
#endif

/// `-o FILE`: output goes to a temporary file in the same directory, fsynced and renamed over FILE only when the run
/// succeeds, so an interrupted or failed run never leaves a partial file under the final name. SIGINT and SIGTERM
/// remove the temporary file and exit with 128 + the signal number.
final class AtomicOutput {
    let path: String
    private var committed = false
    let temporaryPath: String
    let descriptor: Int32

    init(path: String) throws {
        self.path = path
        let directory = path.contains("/") ? String(path[..<path.lastIndex(of: "/")!]) : "."
        let name = path.split(separator: "/").last.map(String.init) ?? path
        var template = Array("\(directory)/.\(name).redact-XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else {
            throw RedactionError(.writeFailed, reason: "cannot create a temporary file next to \(path): \(String(cString: strerror(errno)))")
        }
        self.descriptor = descriptor
        self.temporaryPath = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        fchmod(descriptor, 0o644)
        SignalCleanup.add(temporaryPath)
    }

    /// Flushes to disk and renames the temporary file to the final name.
    func commit() throws {
        defer { SignalCleanup.remove(temporaryPath) }
        guard fsync(descriptor) == 0, close(descriptor) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporaryPath)
            committed = true  // nothing left to clean up
            throw RedactionError(.writeFailed, reason: "\(path): \(reason)")
        }
        guard rename(temporaryPath, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporaryPath)
            committed = true
            throw RedactionError(.writeFailed, reason: "cannot rename onto \(path): \(reason)")
        }
        committed = true
    }

    deinit {
        guard !committed else { return }
        // Not committed: the run failed; remove the partial output.
        close(descriptor)
        unlink(temporaryPath)
        SignalCleanup.remove(temporaryPath)
    }
}

/// Removes temporary output files when the process is interrupted. The handler only calls async-signal-safe
/// functions (`unlink`, `_exit`) on paths prepared before the signal can arrive; up to 64 files at once (a batch
/// writes one per worker).
enum SignalCleanup {
    private static let capacity = 64
    nonisolated(unsafe) private static let slots: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
        let slots = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: capacity)
        slots.initialize(repeating: nil, count: capacity)
        return slots
    }()
    nonisolated(unsafe) private static var installed = false
    private static let lock = NSLock()

    /// Removes `file` if SIGINT or SIGTERM arrives before ``remove(_:)``.
    static func add(_ file: String) {
        lock.withLock {
            guard let slot = (0..<capacity).first(where: { slots[$0] == nil }) else { return }
            slots[slot] = strdup(file)
            guard !installed else { return }
            installed = true
            // A parent may have left these signals blocked; the cleanup must still run.
            var unblock = sigset_t()
            sigemptyset(&unblock)
            sigaddset(&unblock, SIGINT)
            sigaddset(&unblock, SIGTERM)
            pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
            for signalNumber in [SIGINT, SIGTERM] {
                signal(signalNumber) { received in
                    for slot in 0..<SignalCleanup.capacity {
                        if let path = SignalCleanup.slots[slot] { unlink(path) }
                    }
                    _exit(128 + received)
                }
            }
        }
    }

    /// Forgets `file` (it was renamed or removed).
    static func remove(_ file: String) {
        lock.withLock {
            for slot in 0..<capacity {
                guard let path = slots[slot], String(cString: path) == file else { continue }
                slots[slot] = nil
                free(path)
                return
            }
        }
    }
}
