import Foundation
import Redaction

#if canImport(Glibc)
import Glibc
#endif

/// `-o FILE`: output goes to a ``PendingFile`` beside FILE, renamed over FILE only when the run succeeds, so an
/// interrupted or failed run never leaves a partial file under the final name. SIGINT and SIGTERM remove the
/// temporary file and exit with 128 + the signal number. A device or pipe (`-o /dev/null`) is written directly.
final class AtomicOutput {
    private let file: PendingFile
    var descriptor: Int32 { file.descriptor }
    /// Whether FILE is a device or pipe written directly (what is written there stays written).
    var writesDirectly: Bool { file.writesDirectly }

    init(path: String) throws {
        file = try PendingFile(destination: path, temporaryFile: SignalCleanup.track)
    }

    /// Flushes to disk and renames the temporary file to the final name.
    func commit() throws {
        defer { SignalCleanup.remove(file.temporaryPath) }
        try file.commit()
    }

    deinit {
        // Not committed: the run failed; the pending file removes itself.
        file.discard()
        SignalCleanup.remove(file.temporaryPath)
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
            for signalNumber in [SIGINT, SIGTERM] {
                signal(signalNumber) { received in
                    for slot in 0..<SignalCleanup.capacity {
                        if let path = SignalCleanup.slots[slot] { unlink(path) }
                    }
                    _exit(128 + received)
                }
            }
            // A parent may have left these signals blocked; the cleanup must still run. Unblocked only now that the
            // handler is in place, so a signal held back until here removes the file instead of killing the process.
            var unblock = signals
            pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
        }
    }

    /// ``add(_:)`` for `created`, else ``remove(_:)``: the `temporaryFile` callback of ``PendingFile``, which
    /// announces a path before creating the file, so no signal can come between the file and its registration.
    static func track(_ created: Bool, _ path: String) {
        if created { add(path) } else { remove(path) }
    }

    /// SIGINT and SIGTERM.
    private static var signals: sigset_t {
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGINT)
        sigaddset(&set, SIGTERM)
        return set
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
