#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One line handed out by ``LineReader``. `bytes` excludes the terminating `\n` and stays valid only until the next
/// call to ``LineReader/next()``.
public struct LineView {
    /// The line's bytes without its `\n` (a `\r` before it is kept: bytes are passed through exactly).
    public let bytes: UnsafeBufferPointer<UInt8>
    /// 1-based line number.
    public let number: Int
    /// Absolute byte offset of the line's first byte in the input.
    public let offset: Int
    /// Whether the line ended with `\n` (the last line of an input may not).
    public let hasNewline: Bool
    /// True when the line was longer than the reader's maximum: `bytes` is then empty, the line's content was
    /// discarded unread, and the caller must fail closed (reject or replace the record, never pass it through).
    public let isOverlong: Bool
    /// The line's full length in bytes (also for overlong lines), without the `\n`.
    public let length: Int
}

/// Splits a file descriptor's bytes into lines with a reusable buffer: no allocation per line, `memchr` to find
/// newlines, absolute offsets and line numbers for error messages, and a maximum line length.
///
/// Invariants: `buffer[start..<end]` holds bytes read but not yet handed out; `scanned` (≥ `start`) is where the
/// newline search resumes. The buffer grows only while a single line does not fit, up to `maxLineBytes`; a longer
/// line is consumed without being stored and reported with ``LineView/isOverlong``.
public struct LineReader: ~Copyable {
    private let fileDescriptor: Int32
    private let maxLineBytes: Int
    private var buffer: UnsafeMutableRawBufferPointer
    private var start = 0
    private var end = 0
    private var scanned = 0
    private var atEOF = false
    private var lineNumber = 0
    private var consumed = 0

    /// Creates a reader of `fileDescriptor` (not closed by the reader).
    ///
    /// - Parameters:
    ///   - bufferSize: initial read buffer size.
    ///   - maxLineBytes: longest line that is handed out whole; longer lines are reported as overlong.
    public init(fileDescriptor: Int32, bufferSize: Int = 1 << 20, maxLineBytes: Int = 256 << 20) {
        self.fileDescriptor = fileDescriptor
        self.maxLineBytes = max(1, maxLineBytes)
        self.buffer = .allocate(byteCount: max(64, min(bufferSize, maxLineBytes + 1)), alignment: 16)
    }

    deinit { buffer.deallocate() }

    /// The next line, or `nil` at the end of input.
    ///
    /// - Throws: ``RedactionError`` with code ``RedactionError/Code/readFailed`` when `read(2)` fails.
    public mutating func next() throws(RedactionError) -> LineView? {
        try next(watchForStarvation: false, whenStarved: {})
    }

    /// The next line, or `nil` at the end of input. Before a read that would block (no input is ready), calls
    /// `whenStarved`, so a caller that batches lines can first emit what it holds: a pipe partner that waits for the
    /// output of the lines it has written never deadlocks.
    public mutating func next(whenStarved: () throws(RedactionError) -> Void) throws(RedactionError) -> LineView? {
        try next(watchForStarvation: true, whenStarved: whenStarved)
    }

    private mutating func next(
        watchForStarvation: Bool, whenStarved: () throws(RedactionError) -> Void
    ) throws(RedactionError) -> LineView? {
        while true {
            if let newline = findNewline() {
                let length = newline - start
                let line = LineView(
                    bytes: UnsafeBufferPointer(start: pointer(at: start), count: length), number: nextLineNumber(),
                    offset: consumed, hasNewline: true, isOverlong: false, length: length)
                advance(to: newline + 1)
                return line
            }
            if end - start > maxLineBytes { return try skipOverlongLine(watchForStarvation, whenStarved) }
            if atEOF {
                guard end > start else { return nil }
                let length = end - start
                let line = LineView(
                    bytes: UnsafeBufferPointer(start: pointer(at: start), count: length), number: nextLineNumber(),
                    offset: consumed, hasNewline: false, isOverlong: false, length: length)
                advance(to: end)
                return line
            }
            try fill(watchForStarvation, whenStarved)
        }
    }

    private func pointer(at index: Int) -> UnsafePointer<UInt8> {
        UnsafePointer(buffer.baseAddress!.assumingMemoryBound(to: UInt8.self) + index)
    }

    private mutating func nextLineNumber() -> Int {
        lineNumber += 1
        return lineNumber
    }

    private mutating func advance(to index: Int) {
        consumed += index - start
        start = index
        scanned = index
    }

    private mutating func findNewline() -> Int? {
        guard scanned < end else { return nil }
        let base = buffer.baseAddress!
        if let found = memchr(base + scanned, 0x0A, end - scanned) {
            return base.distance(to: found)
        }
        scanned = end
        return nil
    }

    /// Reads more bytes, compacting or growing the buffer first when it is full.
    private mutating func fill(
        _ watchForStarvation: Bool, _ whenStarved: () throws(RedactionError) -> Void
    ) throws(RedactionError) {
        if end == buffer.count {
            if start > 0 {
                let pending = end - start
                buffer.baseAddress!.copyMemory(from: buffer.baseAddress! + start, byteCount: pending)
                scanned -= start
                end = pending
                start = 0
            } else {
                let grown = UnsafeMutableRawBufferPointer.allocate(
                    byteCount: min(buffer.count * 2, maxLineBytes + 1), alignment: 16)
                grown.baseAddress!.copyMemory(from: buffer.baseAddress!, byteCount: end)
                buffer.deallocate()
                buffer = grown
            }
        }
        // Starved only when no input arrives within a short grace period: a fast producer (zcat, cat) refills the
        // pipe within microseconds and must not cut batches short; an idle partner waits at most 20 ms extra.
        if watchForStarvation, !Self.inputReady(fileDescriptor, waitingMilliseconds: 0),
            !Self.inputReady(fileDescriptor, waitingMilliseconds: 20)
        {
            try whenStarved()
        }
        let count = try readSome(into: buffer.baseAddress! + end, capacity: buffer.count - end)
        if count == 0 { atEOF = true } else { end += count }
    }

    private func readSome(into destination: UnsafeMutableRawPointer, capacity: Int) throws(RedactionError) -> Int {
        while true {
            let count = read(fileDescriptor, destination, capacity)
            if count >= 0 { return count }
            if errno == EINTR { continue }
            throw RedactionError(.readFailed, reason: String(cString: strerror(errno)), byteOffset: consumed)
        }
    }

    /// Consumes the rest of a line longer than `maxLineBytes` without storing it.
    /// Whether a read on `descriptor` would return (data or end of input) within `waitingMilliseconds`.
    private static func inputReady(_ descriptor: Int32, waitingMilliseconds: Int32) -> Bool {
        var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        return poll(&request, 1, waitingMilliseconds) != 0
    }

    private mutating func skipOverlongLine(
        _ watchForStarvation: Bool, _ whenStarved: () throws(RedactionError) -> Void
    ) throws(RedactionError) -> LineView {
        let offset = consumed
        var length = 0
        while true {
            if let newline = findNewline() {
                length += newline - start
                advance(to: newline + 1)
                return LineView(
                    bytes: UnsafeBufferPointer(start: nil, count: 0), number: nextLineNumber(), offset: offset,
                    hasNewline: true, isOverlong: true, length: length)
            }
            length += end - start
            consumed += end - start
            start = 0
            end = 0
            scanned = 0
            if atEOF {
                return LineView(
                    bytes: UnsafeBufferPointer(start: nil, count: 0), number: nextLineNumber(), offset: offset,
                    hasNewline: false, isOverlong: true, length: length)
            }
            try fill(watchForStarvation, whenStarved)
        }
    }
}
