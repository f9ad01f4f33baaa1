/// Where a match sits on its line, for values that are recognisable by position rather than by a label: the phone
/// number alone on the last line of a signature (`Best regards,\nJane Doe\n020 7946 0958`) or in a `|`-separated
/// signature line (`Jane Doe | 98765 43210 | jane@example.com`).
///
/// Pure and byte-based. Line breaks are LF and CR (escaped `\n` in JSON text is already read as whitespace by
/// ``DetectorSet``); a `"` counts as an end too, so a value that ends a raw JSON string value ends its line.
enum LinePosition {
    /// Whether `range` of `text` stands alone in its line or in a `|` cell: only spaces and tabs between it and the
    /// start of the buffer, a line break or a `|` before it, and between it and the end of the buffer, a line break, a
    /// `|` or a `"` after it.
    static func standsAlone(_ range: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        var before = range.lowerBound
        while before > 0, isBlank(text[before - 1]) { before -= 1 }
        guard before == 0 || isCellStart(text[before - 1]) else { return false }
        var after = range.upperBound
        while after < text.count, isBlank(text[after]) { after += 1 }
        return after == text.count || isCellEnd(text[after])
    }

    @inline(__always) private static func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
    }

    @inline(__always) private static func isCellStart(_ byte: UInt8) -> Bool {
        byte == 0x0A || byte == 0x0D || byte == UInt8(ascii: "|")
    }

    @inline(__always) private static func isCellEnd(_ byte: UInt8) -> Bool {
        isCellStart(byte) || byte == UInt8(ascii: "\"")
    }
}
