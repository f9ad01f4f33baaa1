import CZlib

/// Decompresses gzip data (RFC 1952) as it arrives, including files of several concatenated members (`pigz`,
/// `bgzip`, `cat a.gz b.gz`). Corrupt data, and data that ends inside a member, are errors: a damaged file is never
/// taken for a shorter one.
final class GzipDecoder {
    private let stream: UnsafeMutablePointer<z_stream>
    private let output = UnsafeMutableRawBufferPointer.allocate(byteCount: 256 << 10, alignment: 16)
    /// Whether the data so far ends exactly at the end of a member.
    private(set) var atMemberEnd = false

    init() throws(RedactionError) {
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        // 15 + 32: a 32 KiB window, gzip or zlib header detected automatically.
        guard inflateInit2_(stream, 15 + 32, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            stream.deallocate()
            throw RedactionError(.corruptCompression, reason: "cannot initialise zlib")
        }
    }

    deinit {
        inflateEnd(stream)
        stream.deallocate()
        output.deallocate()
    }

    /// Decompresses `input`, handing every piece of decompressed data to `sink`.
    func decode(
        _ input: UnsafeRawBufferPointer, _ sink: (UnsafeRawBufferPointer) throws(RedactionError) -> Void
    ) throws(RedactionError) {
        guard let base = input.baseAddress, !input.isEmpty else { return }
        stream.pointee.next_in = UnsafeMutablePointer(mutating: base.assumingMemoryBound(to: Bytef.self))
        stream.pointee.avail_in = uInt(input.count)
        let capacity = output.count
        var outputFull = false
        // Until every input byte is consumed and zlib holds no more output for us.
        while stream.pointee.avail_in > 0 || outputFull {
            if atMemberEnd {
                // Another member follows.
                guard inflateReset(stream) == Z_OK else {
                    throw RedactionError(.corruptCompression, reason: "corrupt gzip data: cannot start the next member")
                }
                atMemberEnd = false
            }
            stream.pointee.next_out = output.baseAddress!.assumingMemoryBound(to: Bytef.self)
            stream.pointee.avail_out = uInt(capacity)
            let status = inflate(stream, Z_NO_FLUSH)
            let produced = capacity - Int(stream.pointee.avail_out)
            outputFull = produced == capacity
            if produced > 0 { try sink(UnsafeRawBufferPointer(rebasing: output[..<produced])) }
            switch status {
            case Z_STREAM_END:
                atMemberEnd = true
                outputFull = false
            case Z_OK:
                continue
            case Z_BUF_ERROR where produced > 0:
                continue
            default:
                let message = stream.pointee.msg.map { String(cString: $0) } ?? "error \(status)"
                throw RedactionError(.corruptCompression, reason: "corrupt gzip data: \(message)")
            }
        }
    }

    /// Checks that the data ended at the end of a member.
    func finish() throws(RedactionError) {
        guard atMemberEnd else {
            throw RedactionError(.corruptCompression, reason: "truncated gzip data: the file ends inside a member")
        }
    }
}

/// Compresses data into one gzip member (RFC 1952, deflate level 6) with a fixed header (no name, no time), so the
/// same input always gives the same bytes.
final class GzipEncoder {
    private let stream: UnsafeMutablePointer<z_stream>
    private let output = UnsafeMutableRawBufferPointer.allocate(byteCount: 256 << 10, alignment: 16)
    /// Input is compressed in blocks of this size whatever sizes it arrives in, so the output does not depend on
    /// how a pipe happened to split the data.
    private static let blockSize = 256 << 10
    private var block: [UInt8] = []

    init() throws(RedactionError) {
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        block.reserveCapacity(Self.blockSize)
        // 15 + 16: a 32 KiB window with a gzip header and trailer.
        guard deflateInit2_(stream, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY, zlibVersion(),
                            Int32(MemoryLayout<z_stream>.size)) == Z_OK
        else {
            stream.deallocate()
            throw RedactionError(.writeFailed, reason: "cannot initialise zlib")
        }
    }

    deinit {
        deflateEnd(stream)
        stream.deallocate()
        output.deallocate()
    }

    /// Compresses `input`, handing compressed data to `sink` as it is produced.
    func encode(
        _ input: UnsafeRawBufferPointer, _ sink: (UnsafeRawBufferPointer) throws(RedactionError) -> Void
    ) throws(RedactionError) {
        var rest = input[...]
        while !rest.isEmpty {
            let take = min(Self.blockSize - block.count, rest.count)
            block.append(contentsOf: rest.prefix(take))
            rest = rest.dropFirst(take)
            if block.count == Self.blockSize {
                try deflateBlock(Z_NO_FLUSH, sink)
            }
        }
    }

    /// Compresses what is left and writes the trailer.
    func finish(_ sink: (UnsafeRawBufferPointer) throws(RedactionError) -> Void) throws(RedactionError) {
        try deflateBlock(Z_FINISH, sink)
    }

    private func deflateBlock(
        _ flush: Int32, _ sink: (UnsafeRawBufferPointer) throws(RedactionError) -> Void
    ) throws(RedactionError) {
        let capacity = output.count
        try block.withUnsafeMutableBufferPointer { (input) throws(RedactionError) in
            stream.pointee.next_in = input.baseAddress
            stream.pointee.avail_in = uInt(input.count)
            while true {
                stream.pointee.next_out = output.baseAddress!.assumingMemoryBound(to: Bytef.self)
                stream.pointee.avail_out = uInt(capacity)
                let status = deflate(stream, flush)
                let produced = capacity - Int(stream.pointee.avail_out)
                if produced > 0 { try sink(UnsafeRawBufferPointer(rebasing: output[..<produced])) }
                guard status == Z_OK || status == Z_STREAM_END || status == Z_BUF_ERROR else {
                    throw RedactionError(.writeFailed, reason: "zlib deflate failed (\(status))")
                }
                if flush == Z_FINISH ? status == Z_STREAM_END : stream.pointee.avail_out > 0 { break }
            }
        }
        block.removeAll(keepingCapacity: true)
    }
}
