/// Where one record lies in a chunk, and where it came from in the input.
struct RecordFrame: Sendable {
    /// The record's bytes in the chunk (without its final newline; CSV records may contain newlines).
    var range: Range<Int>
    /// 1-based line number of its first line.
    var lineNumber: Int
    /// Absolute byte offset of its first byte in the input.
    var offset: Int
    /// Whether it ended with `\n` (its last line).
    var hasNewline: Bool
    /// Input bytes it took, newlines included.
    var bytesIn: Int
    /// Set when the record was longer than the maximum: its bytes were not kept.
    var overlongLength: Int?
    /// The header record of a CSV stream.
    var isHeader: Bool
}

/// Complete records handed to one worker.
struct RecordChunk: Sendable {
    var bytes: [UInt8] = []
    var frames: [RecordFrame] = []

    /// An empty chunk with room for `byteCount` bytes and `frameCount` frames: a chunk filled by appending from
    /// empty would be copied each time its arrays double (about its own size again, per chunk).
    init(reservingBytes byteCount: Int, frames frameCount: Int) {
        bytes.reserveCapacity(byteCount)
        frames.reserveCapacity(frameCount)
    }
}

/// What a worker made of a chunk: output bytes (newlines included), statistics, invalid records in order, and the
/// error that stopped it under the `fail` policy (output then ends before that record).
struct ChunkResult: Sendable {
    var output: [UInt8] = []
    var statistics = RedactionStatistics()
    var invalid: [RedactionError] = []
    var failure: RedactionError?
    /// The chunk's report when scanning (its first locations; the in-order merge keeps the first of all).
    var scan: ScanReport?
}
