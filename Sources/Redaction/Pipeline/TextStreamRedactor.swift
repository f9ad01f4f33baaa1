/// Redacts a stream of text lines: one line in, one line out, in order.
///
/// Each line is scanned as text. A line that cannot be scanned — longer than the maximum, or stopped by a regex
/// resource limit — fails closed: it is replaced by the placeholder `[REJECTED: <reason>]` (keeping the line count),
/// counted in the statistics and reported to `onRejected` with its line number and byte offset. Its content is never
/// written anywhere.
public struct TextStreamRedactor: Sendable {
    /// The engine applied to each line.
    public let redactor: Redactor
    /// Longest line scanned; longer lines are rejected.
    public let maxLineBytes: Int

    /// Creates a stream redactor.
    public init(redactor: Redactor, maxLineBytes: Int = 256 << 20) {
        self.redactor = redactor
        self.maxLineBytes = maxLineBytes
    }

    /// The placeholder written instead of a line that failed closed.
    public static func rejectionPlaceholder(for code: RedactionError.Code) -> [UInt8] {
        Array("[REJECTED: \(code.rawValue)]".utf8)
    }

    /// Reads lines from `input`, writes redacted lines to `output`, and returns the statistics.
    ///
    /// - Parameter onRejected: called for each line that failed closed, with an error carrying the line number and
    ///   byte offset (never content).
    /// - Throws: read and write errors (including ``RedactionError/Code/brokenPipe``); output written so far stays.
    public func run(
        input: Int32, output: Int32, onRejected: (RedactionError) -> Void = { _ in }
    ) throws(RedactionError) -> RedactionStatistics {
        var reader = LineReader(fileDescriptor: input, maxLineBytes: maxLineBytes)
        var writer = OutputWriter(fileDescriptor: output)
        var scratch = redactor.detectors.makeScratch()
        var statistics = RedactionStatistics()
        while let line = try reader.next() {
            statistics.bytesIn += line.length + (line.hasNewline ? 1 : 0)
            let before = writer.pending.count
            if line.isOverlong {
                reject(.lineTooLong, "line of \(line.length) bytes exceeds the maximum of \(maxLineBytes)", line,
                       &writer, &statistics, onRejected)
            } else {
                do {
                    let findings = try redactor.redact(line.bytes, into: &writer.pending, scratch: &scratch)
                    statistics.record(findings)
                } catch {
                    writer.pending.removeSubrange(before...)
                    reject(error.code, error.reason, line, &writer, &statistics, onRejected, detector: error.detectorID)
                }
            }
            if line.hasNewline { writer.pending.append(0x0A) }
            statistics.bytesOut += writer.pending.count - before
            try writer.flushIfFull()
        }
        try writer.flush()
        return statistics
    }

    private func reject(
        _ code: RedactionError.Code, _ reason: String, _ line: LineView, _ writer: inout OutputWriter,
        _ statistics: inout RedactionStatistics, _ onRejected: (RedactionError) -> Void, detector: DetectorID? = nil
    ) {
        writer.pending.append(contentsOf: Self.rejectionPlaceholder(for: code))
        statistics.recordRejected(code)
        onRejected(RedactionError(code, reason: reason, lineNumber: line.number, byteOffset: line.offset,
                                  detectorID: detector))
    }
}
