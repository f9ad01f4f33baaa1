/// Redacts a stream of records: one line in, one line out, in order.
///
/// Each line is read as ``RecordFormat``. A record that cannot be redacted as such — malformed JSON, a line over the
/// maximum, a regex resource limit — follows the ``InvalidRecordPolicy``: scanned as text, replaced by a
/// placeholder (`{"redact_rejected":"<reason>"}` in JSONL, `[REJECTED: <reason>]` in text and CSV), or the run stops.
/// In CSV a record may span several physical lines (line breaks inside quoted fields); it is read and written as one.
/// An invalid record is counted in the statistics and reported to `onInvalid` with its line number and byte offset;
/// its content is never written anywhere.
///
/// With `jobs` > 1, records are framed in order by one reader, cut into chunks of about `chunkBytes`, redacted by
/// `jobs` worker threads (each keeping its own scratch) while the reader frames the next chunks, and written in input
/// order: the output is byte-identical to a single-worker run, and memory stays bounded by 2 × `jobs` + 1 chunks in
/// and out plus the longest record.
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
    /// Number of workers redacting chunks at once.
    public let jobs: Int
    /// Approximate size of the chunks handed to workers.
    public let chunkBytes: Int
    /// Settle every rewritten value (``Redactor/settlesRewrites``), then re-scan every redacted record: one in which
    /// the detectors still find something follows the invalid-record policy as `verification-failed` (rejected, or
    /// under `fail` stops the run) and is counted.
    public let verify: Bool
    /// Values that must never be written: each output record containing one is counted with its line number in
    /// ``RedactionStatistics/canaryLines`` (the caller decides whether the run fails).
    public let canaries: CanarySet?

    /// Creates a stream redactor.
    public init(
        redactor: Redactor, format: RecordFormat = .jsonl, onInvalid: InvalidRecordPolicy = .reject,
        maxLineBytes: Int = 256 << 20, scanner: JSONScanner = JSONScanner(), readBufferSize: Int = 1 << 20,
        jobs: Int = 1, chunkBytes: Int = 2 << 20, verify: Bool = false, canaries: CanarySet? = nil
    ) {
        self.verify = verify
        self.canaries = canaries
        self.jobs = max(1, jobs)
        self.chunkBytes = max(1, chunkBytes)
        self.readBufferSize = readBufferSize
        var redactor = redactor
        // Verification proves a fixed point; settling rewrites first makes one (see Redactor.settlesRewrites).
        if verify { redactor.settlesRewrites = true }
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

    /// Reads records from `input`, writes redacted records to `output` in order, and returns the statistics.
    ///
    /// - Parameters:
    ///   - onInvalid: called, in input order, for each invalid record with an error carrying its line number and
    ///     byte offset (never content), whatever the policy.
    ///   - progress: called with the statistics so far after each chunk is written (for progress displays).
    /// - Throws: read and write errors (including ``RedactionError/Code/brokenPipe``), and under the `fail` policy
    ///   the first invalid record's error, after the output of every record before it has been written.
    public func run(
        input: Int32, output: Int32, onInvalid report: (RedactionError) -> Void = { _ in },
        progress: ((RedactionStatistics) -> Void)? = nil
    ) throws(RedactionError) -> RedactionStatistics {
        try stream(input: input, output: output, scan: nil, report, progress).statistics
    }

    /// Reads records from `input` and reports what redaction would find in them, changing and writing nothing.
    ///
    /// The findings are exactly those a redaction run with the same settings replaces, with their field paths,
    /// confidences and masked previews; near misses are added when `settings` asks. Invalid records follow the
    /// policy as in ``run(input:output:onInvalid:progress:)`` (scanned as text, or counted and skipped) and are
    /// reported to `onInvalid`.
    public func scan(
        input: Int32, settings: ScanSettings = ScanSettings(), onInvalid report: (RedactionError) -> Void = { _ in },
        progress: ((RedactionStatistics) -> Void)? = nil
    ) throws(RedactionError) -> ScanReport {
        try stream(input: input, output: nil, scan: settings, report, progress).scan
    }

    private func stream(
        input: Int32, output: Int32?, scan settings: ScanSettings?, _ report: (RedactionError) -> Void,
        _ progress: ((RedactionStatistics) -> Void)?
    ) throws(RedactionError) -> (statistics: RedactionStatistics, scan: ScanReport) {
        var reader = LineReader(fileDescriptor: input, bufferSize: readBufferSize, maxLineBytes: maxLineBytes)
        var writer = OutputWriter(fileDescriptor: output ?? -1)
        var statistics = RedactionStatistics()
        var scanReport = ScanReport(locationLimit: settings?.locationLimit ?? 0)
        var framed = 0
        let nearMisses = settings?.nearMisses == true ? try DetectorSet(NearMissDetectors.all()) : nil
        let scan = settings.map { ChunkScan(nearMisses: nearMisses, locationLimit: $0.locationLimit) }
        // With several workers, chunks go to worker threads (each keeping one scratch for the whole stream) while
        // this thread frames the next chunks and writes finished ones in order; with one, this thread does it all.
        let pool = jobs == 1 ? nil : OrderedWorkPool<ChunkJob, ChunkResult>(workers: jobs, limit: 2 * jobs + 1) { pool in
            var scratch = self.makeScratch(scan: scan)
            while let (sequence, job) = pool.nextJob() {
                pool.finish(sequence, self.process(job.chunk, header: job.header, scan: scan, scratch: &scratch))
            }
        }
        defer { pool?.close() }
        var soloScratch = makeScratch(scan: scan)
        func write(_ result: ChunkResult) throws(RedactionError) {
            try self.write(result, &writer, &statistics, &scanReport, report, progress)
        }
        var header: [String]?
        // Room for as many bytes and frames as the chunk before held (a full chunk and its last line's overshoot
        // after a full one; less after one handed on early because the reader waited for input).
        func emptyChunk(after before: RecordChunk?) -> RecordChunk {
            let bytes = min(chunkBytes, before?.bytes.count ?? chunkBytes), frames = before?.frames.count ?? 0
            return RecordChunk(reservingBytes: bytes + (64 << 10), frames: max(64, frames + frames / 8))
        }
        var chunk = emptyChunk(after: nil)
        // Hands a full (or, before the reader waits for input, partial) chunk on, writing whatever is finished.
        func hand(_ full: RecordChunk) throws(RedactionError) {
            guard let pool else { return try write(process(full, header: header, scan: scan, scratch: &soloScratch)) }
            while pool.inFlight >= pool.limit, let next = pool.takeNext() { try write(next) }
            pool.submit(ChunkJob(chunk: full, header: header))
            while let ready = pool.takeReady() { try write(ready) }
        }
        // Before the reader blocks for more input, emit every complete record held so far: a pipe partner that
        // waits for the output of what it wrote must get it.
        func emitPending() throws(RedactionError) {
            if !chunk.frames.isEmpty {
                try hand(chunk)
                chunk = emptyChunk(after: chunk)
            }
            while let next = pool?.takeNext() { try write(next) }
            if output != nil { try writer.flush() }
        }
        while let line = try reader.next(whenStarved: emitPending) {
            if let settings {
                if let limit = settings.maxRecords, framed >= limit { break }
                // A CSV header is always read: it names the columns.
                guard settings.samples(lineNumber: line.number) || (format == .csv && line.number == 1) else {
                    // Not sampled: counted as read, never scanned; a CSV record's continuation lines go with it.
                    var open = format == .csv && !line.isOverlong && CSVRecord.continuesQuote(line.bytes, open: false)
                    var hasNewline = line.hasNewline
                    var bytes = line.length + (line.hasNewline ? 1 : 0)
                    while open, hasNewline, let next = try reader.next() {
                        hasNewline = next.hasNewline
                        bytes += next.length + (next.hasNewline ? 1 : 0)
                        open = !next.isOverlong && CSVRecord.continuesQuote(next.bytes, open: open)
                    }
                    scanReport.skip(bytes: bytes)
                    statistics.bytesIn += bytes  // progress counts what was read
                    continue
                }
                framed += 1
            }
            var frame = RecordFrame(
                range: chunk.bytes.count..<chunk.bytes.count, lineNumber: line.number, offset: line.offset,
                hasNewline: line.hasNewline, bytesIn: line.length + (line.hasNewline ? 1 : 0),
                overlongLength: line.isOverlong ? line.length : nil, isHeader: format == .csv && line.number == 1)
            if !line.isOverlong {
                chunk.bytes.append(contentsOf: line.bytes)
                // CSV: a quoted field left open continues the record on the next physical line.
                var open = format == .csv && CSVRecord.continuesQuote(line.bytes, open: false)
                while open, frame.hasNewline, frame.overlongLength == nil, let next = try reader.next() {
                    frame.bytesIn += next.length + (next.hasNewline ? 1 : 0)
                    frame.hasNewline = next.hasNewline
                    chunk.bytes.append(0x0A)
                    chunk.bytes.append(contentsOf: next.bytes)
                    if next.isOverlong || chunk.bytes.count - frame.range.lowerBound > maxLineBytes {
                        frame.overlongLength = chunk.bytes.count - frame.range.lowerBound
                    }
                    open = CSVRecord.continuesQuote(next.bytes, open: open)
                }
                frame.range = frame.range.lowerBound..<chunk.bytes.count
                if frame.isHeader, frame.overlongLength == nil {
                    header = chunk.bytes[frame.range].withUnsafeBufferPointer { Redactor.csvHeader($0) }
                }
            }
            chunk.frames.append(frame)
            if chunk.bytes.count >= chunkBytes || chunk.frames.count >= 65_536 {
                try hand(chunk)
                chunk = emptyChunk(after: chunk)
            }
        }
        try emitPending()
        return (statistics, scanReport)
    }

    /// A chunk and the CSV header its records are read with.
    private struct ChunkJob: Sendable {
        let chunk: RecordChunk
        let header: [String]?
    }

    /// What a worker needs to scan a chunk for a report instead of redacting it.
    private struct ChunkScan: Sendable {
        let nearMisses: DetectorSet?
        let locationLimit: Int
    }

    /// Writes one chunk's output, reports its invalid records, merges its statistics; stops at a failure.
    private func write(
        _ result: ChunkResult, _ writer: inout OutputWriter, _ statistics: inout RedactionStatistics,
        _ scanReport: inout ScanReport, _ report: (RedactionError) -> Void,
        _ progress: ((RedactionStatistics) -> Void)?
    ) throws(RedactionError) {
        for error in result.invalid { report(error) }
        writer.pending.append(contentsOf: result.output)
        statistics.merge(result.statistics)
        if let scan = result.scan { scanReport.merge(scan) }
        if let failure = result.failure {
            if writer.fileDescriptor >= 0 { try writer.flush() }
            throw failure
        }
        if writer.fileDescriptor >= 0 { try writer.flushIfFull() }
        progress?(statistics)
    }

    /// A worker's scratch, kept from chunk to chunk (its memos of clean texts and field names stay warm).
    private func makeScratch(scan: ChunkScan?) -> RecordScratch {
        var scratch = RecordScratch()
        if let scan {
            scratch.collectsDetails = true
            scratch.nearMisses = scan.nearMisses
        }
        return scratch
    }

    /// Redacts one chunk with the worker's scratch; with `scan`, reports instead of writing.
    private func process(
        _ chunk: RecordChunk, header: [String]?, scan: ChunkScan?, scratch: inout RecordScratch
    ) -> ChunkResult {
        var result = ChunkResult()
        if let scan {
            // Each chunk keeps its first locations only: the in-order merge never needs more.
            result.scan = ScanReport(locationLimit: scan.locationLimit)
        } else {
            result.output.reserveCapacity(chunk.bytes.count + 4096)
        }
        // Findings are counted per kind in a tally, added to the statistics once per chunk.
        var tally = KindTally()
        chunk.bytes.withUnsafeBufferPointer { bytes in
            for frame in chunk.frames {
                scratch.details.removeAll(keepingCapacity: true)
                let invalidBefore = result.invalid.count
                defer {
                    if result.scan != nil {
                        result.scan?.record(line: frame.lineNumber, bytes: frame.bytesIn, details: scratch.details)
                        if result.invalid.count > invalidBefore, let code = result.invalid.last?.code {
                            result.scan?.recordInvalid(code)
                        }
                        result.output.removeAll(keepingCapacity: true)
                    }
                }
                let before = result.output.count
                result.statistics.bytesIn += frame.bytesIn
                do throws(RedactionError) {
                    if let length = frame.overlongLength {
                        throw RedactionError(
                            .lineTooLong, reason: "record of \(length) bytes exceeds the maximum of \(maxLineBytes)")
                    }
                    let record = UnsafeBufferPointer(rebasing: bytes[frame.range])
                    do throws(RedactionError) {
                        try redactRecord(record, frame.isHeader ? nil : header, frame.isHeader, &result.output, &scratch)
                        if verify, scan == nil {
                            let kinds = scratch.findingKinds
                            try verifyRecord(before, frame.isHeader ? nil : header, frame.isHeader, &result.output, &scratch)
                            scratch.findingKinds = kinds
                        }
                        result.statistics.record(kinds: scratch.findingKinds, tally: &tally)
                    } catch {
                        result.output.removeSubrange(before...)
                        let located = RedactionError(
                            error.code, reason: error.reason, lineNumber: frame.lineNumber,
                            byteOffset: frame.offset + (error.byteOffset ?? 0), detectorID: error.detectorID)
                        try handleInvalid(located, record: record, &result, &scratch)
                    }
                } catch {
                    let located = error.lineNumber == nil ? error.at(lineNumber: frame.lineNumber, byteOffset: frame.offset) : error
                    if located.code == .lineTooLong {
                        do throws(RedactionError) {
                            try handleInvalid(located, record: nil, &result, &scratch)
                        } catch {
                            result.failure = error
                        }
                    } else {
                        result.failure = located
                    }
                    if result.failure != nil {
                        result.statistics.bytesOut += result.output.count - before
                        return
                    }
                }
                if let canaries, scan == nil, result.output[before...].withUnsafeBufferPointer({ canaries.occurs(in: $0) }) {
                    result.statistics.recordCanary(line: frame.lineNumber)
                }
                if frame.hasNewline { result.output.append(0x0A) }
                result.statistics.bytesOut += result.output.count - before
            }
        }
        tally.flush(into: &result.statistics)
        return result
    }

    private func redactRecord(
        _ bytes: UnsafeBufferPointer<UInt8>, _ header: [String]?, _ isHeader: Bool, _ output: inout [UInt8],
        _ scratch: inout RecordScratch
    ) throws(RedactionError) {
        switch format {
        case .csv:
            try redactor.redactCSV(bytes, header: isHeader ? nil : header, into: &output, scratch: &scratch)
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

    /// Redacts the record just written at `output[start...]` once more: the detectors must find nothing new.
    private func verifyRecord(
        _ start: Int, _ header: [String]?, _ isHeader: Bool, _ output: inout [UInt8], _ scratch: inout RecordScratch
    ) throws(RedactionError) {
        var again: [UInt8] = []
        swap(&again, &scratch.verified)
        defer { swap(&again, &scratch.verified) }
        again.removeAll(keepingCapacity: true)
        let redacted = Array(output[start...])
        try redacted.withUnsafeBufferPointer { (record) throws(RedactionError) in
            try redactRecord(record, header, isHeader, &again, &scratch)
        }
        guard again == redacted else {
            throw RedactionError(
                .verificationFailed, reason: "the redacted record still holds \(scratch.findingKinds.count) finding(s)")
        }
    }

    private func redactText(
        _ bytes: UnsafeBufferPointer<UInt8>, _ output: inout [UInt8], _ scratch: inout RecordScratch
    ) throws(RedactionError) {
        var settled: [Finding] = []
        let findings = try redactor.redact(bytes, into: &output, scratch: &scratch.detection, using: nil, settled: &settled)
        scratch.findingKinds.removeAll(keepingCapacity: true)
        for finding in findings { scratch.findingKinds.append(finding.kind) }
        for finding in settled { scratch.findingKinds.append(finding.kind) }
        if scratch.collectsDetails { try redactor.collectDetails(findings, in: bytes, scanned: true, path: "", &scratch) }
    }

    /// Applies the invalid-record policy; throws only under `fail`.
    private func handleInvalid(
        _ error: RedactionError, record: UnsafeBufferPointer<UInt8>?, _ result: inout ChunkResult,
        _ scratch: inout RecordScratch
    ) throws(RedactionError) {
        result.invalid.append(error)
        switch onInvalid {
        case .fail:
            throw error
        case .text:
            // Scan as text unless the record is unreadable (too long) or text scanning is what failed.
            if let record, format != .text, error.code == .invalidJSON || error.code == .invalidCSV {
                let before = result.output.count
                do {
                    try redactText(record, &result.output, &scratch)
                    result.statistics.recordInvalid(error.code, kinds: scratch.findingKinds)
                    return
                } catch {
                    result.output.removeSubrange(before...)
                }
            }
            fallthrough
        case .reject:
            result.output.append(contentsOf: rejectionPlaceholder(for: error.code))
            result.statistics.recordInvalid(error.code, kinds: [])
        }
    }
}
