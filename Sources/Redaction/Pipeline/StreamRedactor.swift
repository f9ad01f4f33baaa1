/// Redacts a stream of records: one line in, one line out, in order.
///
/// Each line is read as ``RecordFormat``. A record that cannot be redacted as such — malformed JSON, a line over the
/// maximum, a regex resource limit — follows the ``InvalidRecordPolicy``: scanned as text, replaced by a
/// placeholder (`{"redact_rejected":"<reason>"}` in JSONL, `[REJECTED: <reason>]` in text), or the run stops. It is
/// counted in the statistics and reported to `onInvalid` with its line number and byte offset; its content is never
/// written anywhere.
public struct StreamRedactor: Sendable {
    /// The engine applied to each record.
    public let redactor: Redactor
    /// How lines are read.
    public let format: RecordFormat
    /// What happens to records that cannot be redacted as `format`.
    public let onInvalid: InvalidRecordPolicy
    /// Longest line read; longer lines are invalid (`line-too-long`).
    public let maxLineBytes: Int
    /// The JSON scanner (nesting limit).
    public let scanner: JSONScanner
    /// Size of the read buffer (it grows for longer lines up to `maxLineBytes`).
    public let readBufferSize: Int

    /// Creates a stream redactor.
    public init(
        redactor: Redactor, format: RecordFormat = .jsonl, onInvalid: InvalidRecordPolicy = .reject,
        maxLineBytes: Int = 256 << 20, scanner: JSONScanner = JSONScanner(), readBufferSize: Int = 1 << 20
    ) {
        self.readBufferSize = readBufferSize
        self.redactor = redactor
        self.format = format
        self.onInvalid = onInvalid
        self.maxLineBytes = maxLineBytes
        self.scanner = scanner
    }

    /// The placeholder written instead of a rejected record.
    public func rejectionPlaceholder(for code: RedactionError.Code) -> [UInt8] {
        format == .text ? Array("[REJECTED: \(code.rawValue)]".utf8) : Array(#"{"redact_rejected":"\#(code.rawValue)"}"#.utf8)
    }

    /// Reads lines from `input`, writes redacted lines to `output`, and returns the statistics.
    ///
    /// - Parameter onInvalid: called for each invalid record with an error carrying its line number and byte offset
    ///   (never content), whatever the policy.
    /// - Throws: read and write errors (including ``RedactionError/Code/brokenPipe``), and under the `fail` policy
    ///   the first invalid record's error. Output written so far stays.
    /// - Parameter progress: called with the statistics so far about every MiB of input (for progress displays).
    public func run(
        input: Int32, output: Int32, onInvalid report: (RedactionError) -> Void = { _ in },
        progress: ((RedactionStatistics) -> Void)? = nil
    ) throws(RedactionError) -> RedactionStatistics {
        var reader = LineReader(fileDescriptor: input, bufferSize: readBufferSize, maxLineBytes: maxLineBytes)
        var writer = OutputWriter(fileDescriptor: output)
        var scratch = RecordScratch()
        var statistics = RedactionStatistics()
        var nextProgress = 1 << 20
        while let line = try reader.next() {
            statistics.bytesIn += line.length + (line.hasNewline ? 1 : 0)
            let before = writer.pending.count
            if line.isOverlong {
                let error = RedactionError(
                    .lineTooLong, reason: "line of \(line.length) bytes exceeds the maximum of \(maxLineBytes)",
                    lineNumber: line.number, byteOffset: line.offset)
                try handleInvalid(error, line: nil, &writer, &scratch, &statistics, report)
            } else {
                do {
                    try redactRecord(line.bytes, &writer.pending, &scratch)
                    statistics.record(kinds: scratch.findingKinds)
                } catch {
                    writer.pending.removeSubrange(before...)
                    let located = RedactionError(
                        error.code, reason: error.reason, lineNumber: line.number,
                        byteOffset: line.offset + (error.byteOffset ?? 0), detectorID: error.detectorID)
                    try handleInvalid(located, line: line.bytes, &writer, &scratch, &statistics, report)
                }
            }
            if line.hasNewline { writer.pending.append(0x0A) }
            statistics.bytesOut += writer.pending.count - before
            try writer.flushIfFull()
            if let progress, statistics.bytesIn >= nextProgress {
                nextProgress = statistics.bytesIn + (1 << 20)
                progress(statistics)
            }
        }
        try writer.flush()
        return statistics
    }

    private func redactRecord(
        _ bytes: UnsafeBufferPointer<UInt8>, _ output: inout [UInt8], _ scratch: inout RecordScratch
    ) throws(RedactionError) {
        switch format {
        case .jsonl:
            try redactor.redactJSON(bytes, into: &output, scratch: &scratch, scanner: scanner)
        case .text:
            try redactText(bytes, &output, &scratch)
        case .auto:
            do {
                try redactor.redactJSON(bytes, into: &output, scratch: &scratch, scanner: scanner)
            } catch where error.code == .invalidJSON {
                try redactText(bytes, &output, &scratch)
            }
        }
    }

    private func redactText(
        _ bytes: UnsafeBufferPointer<UInt8>, _ output: inout [UInt8], _ scratch: inout RecordScratch
    ) throws(RedactionError) {
        let findings = try redactor.redact(bytes, into: &output, scratch: &scratch.detection)
        scratch.findingKinds.removeAll(keepingCapacity: true)
        for finding in findings { scratch.findingKinds.append(finding.kind) }
    }

    private func handleInvalid(
        _ error: RedactionError, line: UnsafeBufferPointer<UInt8>?, _ writer: inout OutputWriter,
        _ scratch: inout RecordScratch, _ statistics: inout RedactionStatistics, _ report: (RedactionError) -> Void
    ) throws(RedactionError) {
        report(error)
        switch onInvalid {
        case .fail:
            throw error
        case .text:
            // Scan as text unless the record is unreadable (too long) or text scanning is what failed.
            if let line, format != .text, error.code == .invalidJSON {
                let before = writer.pending.count
                do {
                    try redactText(line, &writer.pending, &scratch)
                    statistics.recordInvalid(error.code, kinds: scratch.findingKinds)
                    return
                } catch {
                    writer.pending.removeSubrange(before...)
                }
            }
            fallthrough
        case .reject:
            writer.pending.append(contentsOf: rejectionPlaceholder(for: error.code))
            statistics.recordInvalid(error.code, kinds: [])
        }
    }
}
