/// Pure checks on a 48-bit MAC address written as text: `00:1A:2B:3C:4D:5E`, `00-1A-2B-3C-4D-5E` or the Cisco
/// dotted form `001a.2b3c.4d5e`.
public enum MACAddressSyntax {
    /// The 12 hex digits of `bytes` as a 48-bit value, when `bytes` is one of the three written forms with a single
    /// kind of separator throughout; `nil` otherwise.
    public static func value<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> UInt64? {
        let separator: UInt8
        let groupLength: Int
        switch bytes.count {
        case 17:
            separator = bytes[bytes.index(bytes.startIndex, offsetBy: 2)]
            guard separator == UInt8(ascii: ":") || separator == UInt8(ascii: "-") else { return nil }
            groupLength = 2
        case 14:
            separator = UInt8(ascii: ".")
            groupLength = 4
        default:
            return nil
        }
        var value: UInt64 = 0
        var position = 0
        for byte in bytes {
            if position % (groupLength + 1) == groupLength {
                guard byte == separator else { return nil }
            } else {
                guard let digit = IPv6Syntax.hexValue(byte) else { return nil }
                value = value << 4 | UInt64(digit)
            }
            position += 1
        }
        return value
    }

    /// Whether `bytes` is a MAC address worth reporting: a valid written form (``value(_:)``) that identifies a
    /// device, i.e. not the all-zero placeholder `00:00:00:00:00:00` nor the broadcast address `ff:ff:ff:ff:ff:ff`
    /// (both appear in logs and configuration without pointing at anyone's hardware). The dotted form must also
    /// contain a hex letter: twelve decimal digits in groups of four (`2024.0115.1230`, `0123.4567.8901`) are dates,
    /// phone or serial numbers far more often than one of the ~0.4% of MAC addresses ((10/16)^12) without a letter.
    public static func isReportable<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool {
        guard let value = value(bytes), value != 0, value != 0xFFFF_FFFF_FFFF else { return false }
        if bytes.count == 14 {
            return bytes.contains { byte in IPv6Syntax.hexValue(byte).map { $0 >= 10 } ?? false }
        }
        return true
    }
}
