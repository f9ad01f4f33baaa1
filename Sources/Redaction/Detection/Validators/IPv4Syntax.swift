/// Pure checks for the parts of an IPv4 address as written in text: the dotted quad, a `:port` and a `/prefix`.
///
/// All functions take ASCII bytes and never allocate.
public enum IPv4Syntax {
    /// Whether `bytes` is a dotted quad `a.b.c.d` whose four octets are decimal numbers from 0 to 255.
    ///
    /// Leading zeros: an octet like `010` is ambiguous (octal 8 for `inet_aton`, decimal 10 for most tools), and
    /// two-digit padding (`01.02.03.04`) is what dates, times and version strings look like. So a zero-padded octet
    /// is accepted only in the fixed-width form some firewalls and exports use, where *every* octet has exactly three
    /// digits (`192.168.001.010`); `10.0.0.01` or `01.02.03.04` are not addresses.
    public static func isDottedQuad<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool {
        var octets = 0
        var digits = 0
        var value = 0
        var padded = false
        var allThreeDigits = true
        var leadingZero = false
        for byte in bytes {
            if byte == UInt8(ascii: ".") {
                guard digits > 0, octets < 3 else { return false }
                if leadingZero && digits > 1 { padded = true }
                if digits != 3 { allThreeDigits = false }
                octets += 1
                digits = 0
                value = 0
                continue
            }
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), digits < 3 else { return false }
            if digits == 0 { leadingZero = byte == UInt8(ascii: "0") }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
            guard value <= 255 else { return false }
            digits += 1
        }
        guard digits > 0, octets == 3 else { return false }
        if leadingZero && digits > 1 { padded = true }
        if digits != 3 { allThreeDigits = false }
        return !padded || allThreeDigits
    }

    /// Whether `bytes` is a TCP/UDP port number 1–65535 written without leading zeros.
    public static func isPort<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool {
        guard let value = decimal(bytes, maxDigits: 5), value >= 1, value <= 65_535 else { return false }
        return true
    }

    /// Whether `bytes` is a prefix length from 0 to `maximum` (32 for IPv4, 128 for IPv6) written without leading
    /// zeros (`/0`, `/24`; not `/024`).
    public static func isPrefixLength<Bytes: Collection<UInt8>>(_ bytes: Bytes, maximum: Int = 32) -> Bool {
        guard let value = decimal(bytes, maxDigits: 3) else { return false }
        return value <= maximum
    }

    /// The value of a non-empty run of at most `maxDigits` decimal digits without a leading zero (`0` itself is fine).
    static func decimal<Bytes: Collection<UInt8>>(_ bytes: Bytes, maxDigits: Int) -> Int? {
        guard let first = bytes.first, bytes.count <= maxDigits else { return nil }
        if first == UInt8(ascii: "0") && bytes.count > 1 { return nil }
        var value = 0
        for byte in bytes {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }
}
