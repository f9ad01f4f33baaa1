/// A set of byte classes (digits, `@`, `:`, high bytes, …) present in a buffer.
///
/// ``DetectorSet`` computes the classes of a buffer once, in one pass, and a detector runs only when its
/// ``Prefilter`` is satisfied — the common case of a string with no `@` never reaches the e-mail regex.
public struct ByteClasses: OptionSet, Sendable, Hashable {
    /// The bit set.
    public let rawValue: UInt32
    /// Creates a set from bits.
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// `0`–`9`.
    public static let digit = ByteClasses(rawValue: 1 << 0)
    /// `@`.
    public static let at = ByteClasses(rawValue: 1 << 1)
    /// `:`.
    public static let colon = ByteClasses(rawValue: 1 << 2)
    /// `.`.
    public static let dot = ByteClasses(rawValue: 1 << 3)
    /// `-`.
    public static let dash = ByteClasses(rawValue: 1 << 4)
    /// Any byte ≥ 0x80 (part of a multi-byte UTF-8 sequence, or invalid UTF-8).
    public static let highByte = ByteClasses(rawValue: 1 << 5)
    /// ASCII letters.
    public static let letter = ByteClasses(rawValue: 1 << 6)
    /// `=`.
    public static let equals = ByteClasses(rawValue: 1 << 7)
    /// `#`.
    public static let hash = ByteClasses(rawValue: 1 << 8)
    /// `/`.
    public static let slash = ByteClasses(rawValue: 1 << 9)
    /// `_`.
    public static let underscore = ByteClasses(rawValue: 1 << 10)
    /// Space, tab, CR, LF.
    public static let whitespace = ByteClasses(rawValue: 1 << 11)
    /// `(`, `[`, `{`.
    public static let openBracket = ByteClasses(rawValue: 1 << 12)
    /// `+`.
    public static let plus = ByteClasses(rawValue: 1 << 13)
    /// `,`.
    public static let comma = ByteClasses(rawValue: 1 << 14)
    /// `%`.
    public static let percent = ByteClasses(rawValue: 1 << 15)
    /// `\\`.
    public static let backslash = ByteClasses(rawValue: 1 << 16)
    /// A lead byte of a three-byte UTF-8 sequence (`0xE0`–`0xEF`: U+0800–U+FFFF, where the CJK scripts are);
    /// always together with ``highByte``.
    public static let threeByteLead = ByteClasses(rawValue: 1 << 17)
    /// A lead byte of U+3000–U+FFFF (`0xE3`–`0xEF`: CJK punctuation, kana, ideographs, Hangul, full-width forms);
    /// always together with ``threeByteLead`` and ``highByte``. Unlike ``threeByteLead`` it leaves out `0xE2`, the
    /// lead byte of the typographic punctuation and currency signs of Latin-script text (`’`, `“`, `–`, `…`, `€`), so
    /// a French text with an apostrophe `’` does not wake the Japanese rules.
    public static let cjkLead = ByteClasses(rawValue: 1 << 18)
    /// Two ASCII letters in a row (`ab`, `Zu`): every word of Latin-script text has one, while an ISO timestamp
    /// (`2025-06-26T21:43:34Z`), a hexadecimal error code (`0x8007045D`) or a version number has none, so detectors
    /// that need a word (a city, a street, a name cue, a spelled-out `at` and top-level domain) skip such values.
    /// Not a class of single bytes: ``of(_:)`` never holds it.
    public static let letterPair = ByteClasses(rawValue: 1 << 19)
    /// Every class.
    public static let all = ByteClasses(rawValue: (1 << 20) - 1)

    /// The classes of one byte.
    @inlinable
    public static func of(_ byte: UInt8) -> ByteClasses { ByteClasses(rawValue: table[Int(byte)]) }

    /// The classes present anywhere in `bytes` (one pass, stops early when every class has been seen).
    public static func present(in bytes: UnsafeBufferPointer<UInt8>) -> ByteClasses {
        var mask: UInt32 = 0
        let all = ByteClasses.all.rawValue
        table.withUnsafeBufferPointer { table in
            var index = 0
            let count = bytes.count
            // Whether the byte before `index` is an ASCII letter, in bit 7 (see ``letterPair``).
            var letterBefore: UInt64 = 0
            guard let base = bytes.baseAddress else { return }
            /// Sets ``letterPair`` if `word` (the text's bytes from `index`, zero-padded past its end) holds one: the
            /// high bit of each letter (either case: OR 0x20 folds only `A`–`Z` into `a`–`z`), and of each letter
            /// right after one.
            @inline(__always) func findPair(_ word: UInt64) {
                let letters = ByteWord.bytes(of: word | 0x2020_2020_2020_2020, from: 0x61, through: 0x7A)
                if letters & (letters << 8 | letterBefore) != 0 { mask |= letterPair.rawValue }
                letterBefore = letters >> 56
            }
            // Eight bytes per step (one check of the loop and of the early end per eight lookups).
            while index + 8 <= count {
                let word = ByteWord.load(UnsafeRawPointer(base), at: index)
                @inline(__always) func classes(_ k: UInt64) -> UInt32 {
                    table[Int(truncatingIfNeeded: word >> (8 * k)) & 0xFF]
                }
                mask |= classes(0) | classes(1) | classes(2) | classes(3)
                mask |= classes(4) | classes(5) | classes(6) | classes(7)
                // Until a pair is found (in prose, in the first word).
                if mask & letterPair.rawValue == 0 { findPair(word) }
                index &+= 8
                if index & 255 == 0, mask == all { return }
            }
            guard index < count else { return }
            if mask & letterPair.rawValue == 0 {
                findPair(ByteWord.load(UnsafeRawPointer(base), at: index, count: count - index))
            }
            while index < count {
                mask |= table[Int(bytes[index])]
                index &+= 1
            }
        }
        return ByteClasses(rawValue: mask)
    }

    @usableFromInline
    static let table: [UInt32] = (0..<256).map { value in
        let byte = UInt8(value)
        var classes: ByteClasses = []
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): classes.insert(.digit)
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"): classes.insert(.letter)
        case UInt8(ascii: "@"): classes.insert(.at)
        case UInt8(ascii: ":"): classes.insert(.colon)
        case UInt8(ascii: "."): classes.insert(.dot)
        case UInt8(ascii: "-"): classes.insert(.dash)
        case UInt8(ascii: "="): classes.insert(.equals)
        case UInt8(ascii: "#"): classes.insert(.hash)
        case UInt8(ascii: "/"): classes.insert(.slash)
        case UInt8(ascii: "_"): classes.insert(.underscore)
        case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: "\n"): classes.insert(.whitespace)
        case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"): classes.insert(.openBracket)
        case UInt8(ascii: "+"): classes.insert(.plus)
        case UInt8(ascii: ","): classes.insert(.comma)
        case UInt8(ascii: "%"): classes.insert(.percent)
        case UInt8(ascii: "\\"): classes.insert(.backslash)
        case 0xE3...0xEF: classes.formUnion([.highByte, .threeByteLead, .cjkLead])
        case 0xE0...0xE2: classes.formUnion([.highByte, .threeByteLead])
        case 0x80...0xFF: classes.insert(.highByte)
        default: break
        }
        return classes.rawValue
    }
}

/// When a detector (or one of its rules) is worth running on a buffer, judged from the buffer's ``ByteClasses``.
public struct Prefilter: Sendable, Hashable {
    /// Classes that must all be present.
    public var allOf: ByteClasses
    /// Classes of which at least one must be present (ignored when empty).
    public var anyOf: ByteClasses

    /// Creates a prefilter.
    public init(allOf: ByteClasses = [], anyOf: ByteClasses = []) {
        self.allOf = allOf
        self.anyOf = anyOf
    }

    /// Always run.
    public static let always = Prefilter()

    /// Whether a buffer whose classes are `present` may contain a match.
    @inlinable
    public func admits(_ present: ByteClasses) -> Bool {
        present.isSuperset(of: allOf) && (anyOf.isEmpty || !present.isDisjoint(with: anyOf))
    }

    /// A prefilter admitting every buffer that either prefilter admits (a sound over-approximation: the classes both
    /// require, plus at least one class that witnesses either side).
    public func union(_ other: Prefilter) -> Prefilter {
        let common = allOf.intersection(other.allOf)
        func witness(_ prefilter: Prefilter) -> ByteClasses? {
            let extra = prefilter.allOf.subtracting(common)
            if !extra.isEmpty { return extra }
            return prefilter.anyOf.isEmpty ? nil : prefilter.anyOf
        }
        guard let left = witness(self), let right = witness(other) else { return Prefilter(allOf: common) }
        return Prefilter(allOf: common, anyOf: left.union(right))
    }
}
