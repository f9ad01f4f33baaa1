#if canImport(Glibc)
import Glibc
#endif

/// Decoding and encoding of JSON string contents (the bytes between the quotes).
public enum JSONString {
    /// Appends the decoded form of `content` (escapes resolved; `\uXXXX` surrogate pairs combined; a lone surrogate
    /// becomes U+FFFD) to `output`. `content` must have passed ``JSONScanner`` (escapes are well formed).
    public static func decode(_ content: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
        var index = 0
        let count = content.count
        while index < count {
            // Copy the run up to the next backslash in one go.
            let run = nextBackslash(in: content, from: index) ?? count
            if run > index {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: content[index..<run]))
                index = run
                continue
            }
            guard index + 1 < count else {
                output.append(content[index])
                index += 1
                continue
            }
            let escape = content[index + 1]
            index += 2
            switch escape {
            case UInt8(ascii: "b"): output.append(0x08)
            case UInt8(ascii: "f"): output.append(0x0C)
            case UInt8(ascii: "n"): output.append(0x0A)
            case UInt8(ascii: "r"): output.append(0x0D)
            case UInt8(ascii: "t"): output.append(0x09)
            case UInt8(ascii: "u"):
                guard let unit = hex4(content, index) else { output.append(contentsOf: [0xEF, 0xBF, 0xBD]); continue }
                index += 4
                var scalar = UInt32(unit)
                if (0xD800...0xDBFF).contains(unit), index + 5 < count, content[index] == UInt8(ascii: "\\"),
                    content[index + 1] == UInt8(ascii: "u"), let low = hex4(content, index + 2),
                    (0xDC00...0xDFFF).contains(low)
                {
                    scalar = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
                    index += 6
                } else if (0xD800...0xDFFF).contains(unit) {
                    scalar = 0xFFFD
                }
                appendUTF8(scalar, to: &output)
            default: output.append(escape)  // \" \\ \/
            }
        }
    }

    /// The index of the first `\\` at or after `start`.
    private static func nextBackslash(in content: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let base = content.baseAddress, start < content.count,
            let found = memchr(base + start, Int32(UInt8(ascii: "\\")), content.count - start)
        else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// Appends `text` (UTF-8) JSON-escaped, without quotes: `"` and `\` are escaped, control characters use the short
    /// escapes or `\u00XX`; everything else, non-ASCII included, is copied unchanged.
    public static func encode(_ text: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
        var runStart = 0
        var index = 0
        let count = text.count
        while index < count {
            // Past bytes that need no escape eight at a time, to the first that does.
            index = firstFlagged(in: text, from: index, by: escapeMask)
            guard index < count else { break }
            let byte = text[index]
            index += 1
            guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
            // Copy the run of bytes that need no escape in one go, then the escape.
            output.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart..<(index - 1)]))
            runStart = index
            output.append(0x5C)
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): output.append(byte)
            case 0x0A: output.append(UInt8(ascii: "n"))
            case 0x0D: output.append(UInt8(ascii: "r"))
            case 0x09: output.append(UInt8(ascii: "t"))
            case 0x08: output.append(UInt8(ascii: "b"))
            case 0x0C: output.append(UInt8(ascii: "f"))
            default:
                let digits: StaticString = "0123456789abcdef"
                let hex = UnsafeBufferPointer(start: digits.utf8Start, count: 16)
                for escaped in [UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]] {
                    output.append(escaped)
                }
            }
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart...]))
    }

    /// From `index`, steps over eight-byte words in which `mask` flags no byte and returns the offset of the lowest
    /// byte it flags (a word's lowest flagged byte must be a true one: ``escapeMask(_:)``), or where fewer than eight
    /// bytes are left (possibly the end): the caller looks at bytes one by one from there.
    @inline(__always)
    static func firstFlagged(
        in text: UnsafeBufferPointer<UInt8>, from index: Int, by mask: (UInt64) -> UInt64
    ) -> Int {
        guard let base = text.baseAddress else { return index }
        var index = index
        while index + 8 <= text.count {
            let flagged = mask(ByteWord.load(UnsafeRawPointer(base), at: index))
            if flagged != 0 { return index + flagged.trailingZeroBitCount >> 3 }
            index += 8
        }
        return index
    }

    /// The high bit of each byte of `word` (byte 0 the least significant) that is `"`, `\\` or below 0x20, and
    /// possibly of bytes above such a byte (a borrow runs upwards): the lowest bit set always marks one.
    @inline(__always)
    static func escapeMask(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ value: UInt64) -> UInt64 { (value &- ones) & ~value & highs }
        return hasZeroByte(word ^ (ones &* 0x22)) | hasZeroByte(word ^ (ones &* 0x5C))
            | ((word &- ones &* 0x20) & ~word & highs)
    }

    @inline(__always)
    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - 0x30
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - 0x57
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - 0x37
        default: nil
        }
    }

    private static func hex4(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> UInt16? {
        guard start + 4 <= bytes.count else { return nil }
        var value: UInt16 = 0
        for offset in 0..<4 {
            guard let digit = hexValue(bytes[start + offset]) else { return nil }
            value = value << 4 | UInt16(digit)
        }
        return value
    }

    private static func appendUTF8(_ scalar: UInt32, to output: inout [UInt8]) {
        switch scalar {
        case 0..<0x80: output.append(UInt8(scalar))
        case 0x80..<0x800:
            output.append(contentsOf: [UInt8(0xC0 | scalar >> 6), UInt8(0x80 | scalar & 0x3F)])
        case 0x800..<0x10000:
            output.append(contentsOf: [UInt8(0xE0 | scalar >> 12), UInt8(0x80 | scalar >> 6 & 0x3F), UInt8(0x80 | scalar & 0x3F)])
        default:
            output.append(contentsOf: [UInt8(0xF0 | scalar >> 18), UInt8(0x80 | scalar >> 12 & 0x3F),
                                       UInt8(0x80 | scalar >> 6 & 0x3F), UInt8(0x80 | scalar & 0x3F)])
        }
    }
}
