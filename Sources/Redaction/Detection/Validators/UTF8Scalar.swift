/// Decoding and coarse classification of single UTF-8 scalars inside a raw byte buffer, in both directions.
///
/// Detectors that walk text by hand (rather than through a regular expression) use it to step over multi-byte
/// characters and to tell a letter of a name (`ü`, `ж`, `李`) from punctuation (`…`, `。`, `«`) or from an
/// invisible character. Invalid UTF-8 (stray continuation bytes, overlong forms, surrogates, truncated sequences) never
/// decodes: callers treat it as a boundary, so malformed input can stop a match but never extend or break one.
enum UTF8Scalar {
    /// What a scalar is, as far as words and addresses are concerned.
    enum Category: Equatable {
        /// A letter or digit of any script, outside the ASCII range.
        case letter
        /// An invisible character that can be slipped into a word without changing how it looks: zero-width space,
        /// zero-width non-joiner and joiner (U+200B–U+200D), word joiner (U+2060), byte order mark / zero-width
        /// no-break space (U+FEFF) and soft hyphen (U+00AD).
        case invisible
        /// A space other than ASCII space and tab: no-break space, the U+2000–U+200A spaces, narrow no-break space,
        /// medium mathematical space, ideographic space.
        case space
        /// Punctuation, symbols, controls, private use and emoji: never part of a word.
        case other
    }

    /// The scalar value and byte length of the well-formed UTF-8 sequence starting at `index`, or `nil` when `index`
    /// is outside the buffer or the bytes there are not a well-formed sequence.
    @inline(__always)
    static func decode(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, length: Int)? {
        guard index >= 0, index < text.count else { return nil }
        let lead = text[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        let length: Int
        var value: UInt32
        var low: UInt8 = 0x80, high: UInt8 = 0xBF  // allowed range of the first continuation byte
        switch lead {
        case 0xC2...0xDF: length = 2; value = UInt32(lead & 0x1F)
        case 0xE0: length = 3; value = 0; low = 0xA0  // no overlong 3-byte forms
        case 0xE1...0xEC, 0xEE...0xEF: length = 3; value = UInt32(lead & 0x0F)
        case 0xED: length = 3; value = 0x0D; high = 0x9F  // no surrogates
        case 0xF0: length = 4; value = 0; low = 0x90  // no overlong 4-byte forms
        case 0xF1...0xF3: length = 4; value = UInt32(lead & 0x07)
        case 0xF4: length = 4; value = 4; high = 0x8F  // nothing above U+10FFFF
        default: return nil
        }
        guard index + length <= text.count else { return nil }
        for offset in 1..<length {
            let byte = text[index + offset]
            if offset == 1 {
                guard byte >= low, byte <= high else { return nil }
            } else {
                guard byte & 0xC0 == 0x80 else { return nil }
            }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        return (value, length)
    }

    /// The scalar value and start of the well-formed UTF-8 sequence that ends just before `end`, or `nil` when the
    /// bytes there are not one.
    @inline(__always)
    static func decode(_ text: UnsafeBufferPointer<UInt8>, endingAt end: Int) -> (value: UInt32, start: Int)? {
        guard end > 0, end <= text.count else { return nil }
        var start = end - 1
        // Step back over at most three continuation bytes to the lead byte.
        while start > 0, end - start < 4, text[start] & 0xC0 == 0x80 { start -= 1 }
        guard let (value, length) = decode(text, at: start), start + length == end else { return nil }
        return (value, start)
    }

    /// The category of a non-ASCII scalar (ASCII bytes are classified by the callers, which treat them specially).
    static func category(of value: UInt32) -> Category {
        switch value {
        case 0x00AD, 0x200B...0x200D, 0x2060, 0xFEFF: return .invisible
        case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return .space
        case 0x0000...0x00BF, 0x00D7, 0x00F7: return .other  // controls, Latin-1 punctuation, × and ÷
        case 0x2000...0x2BFF, 0x2E00...0x2E7F: return .other  // punctuation, symbols, arrows, shapes
        case 0x3000...0x303F: return .other  // CJK punctuation (、。「」【】)
        case 0xD800...0xF8FF: return .other  // surrogates (never decoded) and private use
        case 0xFE10...0xFE1F, 0xFE30...0xFE6F: return .other  // vertical, compatibility and small forms (﹫)
        case 0xFF00...0xFF0F, 0xFF1A...0xFF20, 0xFF3B...0xFF40, 0xFF5B...0xFF65: return .other  // full-width punct.
        case 0xFFF0...0xFFFF: return .other  // specials
        case 0x1F000...: return .other  // emoji, pictographs and beyond
        default: return .letter
        }
    }

    /// The ASCII character a full-width form (U+FF01–U+FF5E, `ａ`, `Ｃ`, `０`, `．`) stands for, or `nil`.
    @inline(__always)
    static func asciiEquivalent(ofFullWidth value: UInt32) -> UInt8? {
        guard value >= 0xFF01, value <= 0xFF5E else { return nil }
        return UInt8(value - 0xFEE0)
    }
}
