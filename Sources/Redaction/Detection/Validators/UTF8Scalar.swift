/// Decoding and coarse classification of single UTF-8 scalars inside a raw byte buffer, in both directions.
///
/// Detectors that walk text by hand (rather than through a regular expression) use it to step over multi-byte
/// characters and to tell a letter of a name (`ü`, `ж`, `李`) from punctuation (`…`, `。`, `«`) or from an
/// invisible character. Invalid UTF-8 (stray continuation bytes, overlong forms, surrogates, truncated sequences) never
/// decodes: callers treat it as a boundary, so malformed input can stop a match but never extend or break one.
enum UTF8Scalar {
    /// What a scalar is, as far as words and addresses are concerned.
    enum Category: Equatable {
        /// A letter or digit outside the ASCII range, of a script that separates words with spaces (Latin, Greek,
        /// Cyrillic, Hebrew, Arabic, full-width Latin letters and digits …).
        case letter
        /// A letter of a script whose words run into a neighbouring Latin word without a space: kana, CJK ideographs,
        /// bopomofo, halfwidth katakana, Yi, Thai, Lao, Myanmar, Khmer, and Hangul (Korean attaches particles to the
        /// word before: `jane@contoso.com으로`). In Japanese or Chinese text such a letter sits directly against an
        /// address (`連絡先jane@contoso.co.jpをお客様に`), so a word of these scripts and a word of ASCII or Latin
        /// letters next to it are two words: callers treat the change of script as a boundary.
        case unspacedLetter
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
        case 0x0E00...0x0EFF, 0x1000...0x109F, 0x1780...0x17FF: return .unspacedLetter  // Thai, Lao, Myanmar, Khmer
        case 0x1100...0x11FF: return .unspacedLetter  // Hangul jamo
        case 0x2000...0x2BFF, 0x2E00...0x2E7F: return .other  // punctuation, symbols, arrows, shapes
        case 0x2E80...0x2FDF: return .unspacedLetter  // CJK and Kangxi radicals
        case 0x3000...0x303F, 0x30FB: return .other  // CJK punctuation (、。「」【】), katakana middle dot ・
        case 0x3040...0x31FF: return .unspacedLetter  // hiragana, katakana (ー included), bopomofo, kanbun
        case 0x3200...0x33FF: return .other  // enclosed CJK letters (㈱), CJK compatibility units (㌔)
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF: return .unspacedLetter  // ideographs, Yi
        case 0xA960...0xA97F, 0xAC00...0xD7FF: return .unspacedLetter  // Hangul syllables and jamo extensions
        case 0xD800...0xF8FF: return .other  // surrogates (never decoded) and private use
        case 0xF900...0xFAFF: return .unspacedLetter  // CJK compatibility ideographs
        case 0xFE10...0xFE1F, 0xFE30...0xFE6F: return .other  // vertical, compatibility and small forms (﹫)
        case 0xFF00...0xFF0F, 0xFF1A...0xFF20, 0xFF3B...0xFF40, 0xFF5B...0xFF65: return .other  // full-width punct.
        case 0xFF66...0xFFDC: return .unspacedLetter  // halfwidth katakana and Hangul
        case 0xFFF0...0xFFFF: return .other  // specials
        case 0x20000...0x3FFFF: return .unspacedLetter  // CJK ideographs, extensions B and beyond
        case 0x1F000...: return .other  // emoji, pictographs and beyond
        default: return .letter
        }
    }

    /// Whether `category` is a letter of either kind.
    @inline(__always)
    static func isLetter(_ category: Category) -> Bool {
        category == .letter || category == .unspacedLetter
    }

    /// The ASCII character a full-width form (U+FF01–U+FF5E, `ａ`, `Ｃ`, `０`, `．`) stands for, or `nil`.
    @inline(__always)
    static func asciiEquivalent(ofFullWidth value: UInt32) -> UInt8? {
        guard value >= 0xFF01, value <= 0xFF5E else { return nil }
        return UInt8(value - 0xFEE0)
    }
}
