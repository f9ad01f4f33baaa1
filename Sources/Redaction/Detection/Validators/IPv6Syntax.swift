/// Structural parsing of IPv6 address text (RFC 4291 §2.2, RFC 5952), on ASCII bytes, without allocating.
///
/// Kept apart from the detector's regular expression, which only finds candidate runs of hex digits, colons and dots:
/// the grammar (at most eight groups, at most one `::`, one to four hex digits per group, an embedded IPv4 dotted quad
/// only in last position) is far clearer — and cheaper to run — as code than as one giant pattern.
public enum IPv6Syntax {
    /// The shape of a syntactically valid IPv6 address.
    public struct Shape: Sendable, Hashable {
        /// Number of 16-bit groups written out (an embedded IPv4 address counts as two).
        public var groupCount: Int
        /// Whether the text uses `::` for a run of zero groups.
        public var isCompressed: Bool
        /// Whether the last 32 bits are written as an IPv4 dotted quad (`::ffff:192.0.2.1`).
        public var hasEmbeddedIPv4: Bool
        /// Length of the longest hex group (0 when there is none).
        public var longestGroup: Int
        /// Whether any decimal digit occurs.
        public var hasDecimalDigit: Bool
    }

    /// Parses `bytes` as the text form of an IPv6 address (no brackets, zone id, port or prefix length).
    ///
    /// Returns `nil` unless the text is valid: full form with exactly eight groups, or one `::` standing for at least
    /// one zero group (so at most seven written groups), each group 1–4 hex digits, an optional IPv4 dotted quad in
    /// last position (checked by ``IPv4Syntax/isDottedQuad(_:)``).
    public static func parse<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Shape? where Bytes.Index == Int {
        var shape = Shape(groupCount: 0, isCompressed: false, hasEmbeddedIPv4: false, longestGroup: 0,
                          hasDecimalDigit: false)
        var index = bytes.startIndex
        let end = bytes.endIndex
        guard index < end else { return nil }
        let colon = UInt8(ascii: ":")
        if bytes[index] == colon {
            // Only `::` may start an address.
            guard index + 1 < end, bytes[index + 1] == colon else { return nil }
            shape.isCompressed = true
            index += 2
        }
        while index < end {
            let groupStart = index
            var digits = false
            while index < end, let value = hexValue(bytes[index]) {
                if value < 10 { digits = true }
                index += 1
            }
            if index < end, bytes[index] == UInt8(ascii: ".") {
                // Embedded IPv4: the rest of the text, in place of the last two groups.
                guard IPv4Syntax.isDottedQuad(bytes[groupStart..<end]) else { return nil }
                shape.hasEmbeddedIPv4 = true
                shape.hasDecimalDigit = true
                shape.groupCount += 2
                index = end
                break
            }
            let length = index - groupStart
            guard length >= 1, length <= 4 else { return nil }
            shape.groupCount += 1
            shape.longestGroup = max(shape.longestGroup, length)
            if digits { shape.hasDecimalDigit = true }
            guard shape.groupCount <= 8 else { return nil }
            if index == end { break }
            guard bytes[index] == colon else { return nil }
            index += 1
            guard index < end else { return nil }  // a single trailing colon
            if bytes[index] == colon {
                guard !shape.isCompressed else { return nil }  // a second `::`
                shape.isCompressed = true
                index += 1
            }
        }
        if shape.isCompressed {
            guard shape.groupCount <= 7 else { return nil }
        } else {
            guard shape.groupCount == 8 else { return nil }
        }
        return shape
    }

    /// Whether a parsed address is worth reporting as personal data, and not a look-alike.
    ///
    /// - Requires a decimal digit: code such as `Dead::Beef` or `abc::def` is hex-only, while real addresses
    ///   practically always contain one (`2001`, `fe80`, `fd00`, `::1`).
    /// - Compressed forms need at least two groups and a group of three or more hex digits (or an embedded IPv4
    ///   address): `fe80::1`, `2001:db8::`, `::ffff:192.0.2.1` pass; `::`, `::1` (unspecified, loopback — they
    ///   identify no one), `1::2` and `a1::b2` do not.
    /// - Full forms need a group of three or more hex digits: eight groups of one or two digits
    ///   (`00:11:22:33:44:55:66:77`) is a hex dump or EUI-64 byte list, not how addresses are written.
    public static func isReportable(_ shape: Shape) -> Bool {
        guard shape.hasDecimalDigit else { return false }
        if shape.isCompressed {
            return shape.groupCount >= 2 && (shape.longestGroup >= 3 || shape.hasEmbeddedIPv4)
        }
        return shape.longestGroup >= 3 || shape.hasEmbeddedIPv4
    }

    @inline(__always) static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
