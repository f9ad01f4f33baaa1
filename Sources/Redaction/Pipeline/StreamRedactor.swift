/// Redacts a stream of records: one line in, one line out, in order.
///
/// Each line is read as ``RecordFormat``. A record that cannot be redacted as such — malformed JSON, a line over the
/// maximum, a regex resource limit — follows the ``InvalidRecordPolicy``: scanned as text, replaced by a
/// placeholder (`{"redact_rejected":"<reason>"}` in JSONL, `[REJECTED: <reason>]` in text and CSV), or the run stops.
/// In CSV a record may span several physical lines (line breaks inside quoted fields); it is read and written as one. It is
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
        switch format {
        case .text: Array("[REJECTED: \(code.rawValue)]".utf8)
        case .csv: Array("[REJECTED: \(code.rawValue)]".utf8)
        case .jsonl, .auto: Array(#"{"redact_rejected":"\#(code.rawValue)"}"#.utf8)
        }
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
        var header: [String]?
        var isFirstRecord = true
        var multiline: [UInt8] = []
        while let line = try reader.next() {
            statistics.bytesIn += line.length + (line.hasNewline ? 1 : 0)
            let before = writer.pending.count
            var hasNewline = line.hasNewline
            var overlong = line.isOverlong
            // CSV: a quoted field left open continues the record on the next physical line.
            var continued = false
            if format == .csv, !overlong, CSVRecord.continuesQuote(line.bytes, open: false) {
                continued = true
                multiline.removeAll(keepingCapacity: true)
                multiline.append(contentsOf: line.bytes)
                var open = true
                while open, hasNewline, !overlong, let next = try reader.next() {
                    statistics.bytesIn += next.length + (next.hasNewline ? 1 : 0)
                    multiline.append(0x0A)
                    multiline.append(contentsOf: next.bytes)
                    overlong = next.isOverlong || multiline.count > maxLineBytes
                    hasNewline = next.hasNewline
                    open = CSVRecord.continuesQuote(next.bytes, open: open)
                }
            }
            if overlong {
                let error = RedactionError(
                    .lineTooLong, reason: "record longer than the maximum of \(maxLineBytes) bytes",
                    lineNumber: line.number, byteOffset: line.offset)
                try handleInvalid(error, line: nil, &writer, &scratch, &statistics, report)
            } else {
                do throws(RedactionError) {
                    if continued {
                        try multiline.withUnsafeBufferPointer { (record) throws(RedactionError) in
                            try redactRecord(record, isFirstRecord, &header, &writer.pending, &scratch)
                        }
                    } else {
                        try redactRecord(line.bytes, isFirstRecord, &header, &writer.pending, &scratch)
                    }
                    statistics.record(kinds: scratch.findingKinds)
                } catch {
                    writer.pending.removeSubrange(before...)
                    let located = RedactionError(
                        error.code, reason: error.reason, lineNumber: line.number,
                        byteOffset: line.offset + (error.byteOffset ?? 0), detectorID: error.detectorID)
                    if continued {
                        try multiline.withUnsafeBufferPointer { (record) throws(RedactionError) in
                            try handleInvalid(located, line: record, &writer, &scratch, &statistics, report)
                        }
                    } else {
                        try handleInvalid(located, line: line.bytes, &writer, &scratch, &statistics, report)
                    }
                }
            }
            isFirstRecord = false
            if hasNewline { writer.pending.append(0x0A) }
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
        _ bytes: UnsafeBufferPointer<UInt8>, _ isFirstRecord: Bool, _ header: inout [String]?,
        _ output: inout [UInt8], _ scratch: inout RecordScratch
    ) throws(RedactionError) {
        switch format {
        case .csv:
            if isFirstRecord { header = Redactor.csvHeader(bytes) }
            try redactor.redactCSV(bytes, header: isFirstRecord ? nil : header, into: &output, scratch: &scratch)
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
            if let line, format != .text, error.code == .invalidJSON || error.code == .invalidCSV {
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
