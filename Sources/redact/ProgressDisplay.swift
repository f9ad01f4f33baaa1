import Foundation
import Redaction

#if canImport(Glibc)
import Glibc
#endif

/// A one-line progress display on standard error: bytes done (of the total when the inputs' sizes are known), MB/s
/// and ETA, redrawn at most five times a second. Shows counts only, never content.
final class ProgressDisplay {
    private let total: Int?
    private let started = ContinuousClock.now
    private var lastDraw = ContinuousClock.now
    private var completedBytes = 0
    private var drawn = false

    /// `total`: the sum of the inputs' sizes when all are regular files.
    init(total: Int?) { self.total = total }

    /// Whether a display should be shown: `--progress`/`--no-progress`, else only when standard error is a terminal.
    static func enabled(flag: Bool?) -> Bool { flag ?? (isatty(2) == 1) }

    /// The total size of `paths` when every one is a regular file (`-` is standard input).
    static func totalSize(of paths: [String]) -> Int? {
        var total = 0
        for path in paths {
            var info = stat()
            let result = path == "-" ? fstat(0, &info) : stat(path, &info)
            guard result == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
            total += Int(info.st_size)
        }
        return total
    }

    /// Records the end of one input of `bytes`.
    func finishedInput(bytes: Int) { completedBytes += bytes }

    /// Redraws with `bytes` read of the current input, `suffix` after the figures.
    func update(bytes current: Int, force: Bool = false, suffix: String = "") {
        let now = ContinuousClock.now
        guard force || now - lastDraw >= .milliseconds(200) else { return }
        lastDraw = now
        let done = completedBytes + current
        let elapsed = Self.seconds(now - started)
        let rate = elapsed > 0 ? Double(done) / elapsed : 0
        var line = "\r\u{1B}[2K" + Self.size(done)
        if let total, total > 0 {
            line += " / \(Self.size(total)) (\(Int(Double(done) * 100 / Double(total)))%)"
        }
        line += String(format: "  %.1f MB/s", rate / 1_000_000)
        if let total, rate > 0, total > done {
            let remaining = Int(Double(total - done) / rate)
            line += String(format: "  ETA %d:%02d", remaining / 60, remaining % 60)
        }
        line += suffix
        FileHandle.standardError.write(Data(line.utf8))
        drawn = true
    }

    /// Clears the line.
    func finish() {
        if drawn { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    private static func size(_ bytes: Int) -> String {
        bytes >= 1_000_000_000 ? String(format: "%.2f GB", Double(bytes) / 1e9) : String(format: "%.1f MB", Double(bytes) / 1e6)
    }
}
