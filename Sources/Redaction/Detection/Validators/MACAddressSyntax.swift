/// Pure checks on a 48-bit MAC address written as text: `00:1A:2B:3C:4D:5E`, BSD/macOS unpadded `0:c:29:3e:5b:7a`,
/// `00-1A-2B-3C-4D-5E` or the Cisco dotted form `001a.2b3c.4d5e`.
public enum MACAddressSyntax {
    /// The address of `bytes` as a 48-bit value, when `bytes` is one of the written forms with a single kind of
    /// separator throughout; `nil` otherwise. The forms:
    /// - six colon groups of one or two hex digits, at most three of them one digit long (BSD tools drop leading
    ///   zeros; a random address has three or more bytes below 0x10 only ~0.5% of the time, while `1:2:3:4:5:6` is
    ///   not an address);
    /// - six dash groups of exactly two hex digits;
    /// - three dot groups of exactly four hex digits.
    public static func value<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> UInt64? {
        var separator: UInt8?
        var value: UInt64 = 0
        var group: UInt64 = 0
        var groupLength = 0
        var groups = 0
        var shortGroups = 0
        var lengthsValid = true

        func finishGroup(_ separator: UInt8) {
            switch separator {
            case UInt8(ascii: ":"):
                if groupLength == 1 { shortGroups += 1 }
                lengthsValid = lengthsValid && groupLength <= 2
            case UInt8(ascii: "-"): lengthsValid = lengthsValid && groupLength == 2
            default: lengthsValid = lengthsValid && groupLength == 4
            }
            value = value << (separator == UInt8(ascii: ".") ? 16 : 8) | group
            groups += 1
            group = 0
            groupLength = 0
        }

        for byte in bytes {
            if let digit = IPv6Syntax.hexValue(byte) {
                groupLength += 1
                guard groupLength <= 4 else { return nil }
                group = group << 4 | UInt64(digit)
                continue
            }
            guard byte == UInt8(ascii: ":") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "."),
                  separator == nil || separator == byte, groupLength > 0
            else { return nil }
            separator = byte
            finishGroup(byte)
        }
        guard let separator, groupLength > 0 else { return nil }
        finishGroup(separator)
        let expectedGroups = separator == UInt8(ascii: ".") ? 3 : 6
        guard lengthsValid, groups == expectedGroups, shortGroups <= 3 else { return nil }
        return value
    }

    /// Whether `bytes` is a MAC address worth reporting: a valid written form (``value(_:)``) that identifies a
    /// device, i.e. not the all-zero placeholder `00:00:00:00:00:00` nor the broadcast address `ff:ff:ff:ff:ff:ff`
    /// (both appear in logs and configuration without pointing at anyone's hardware). The dotted form must also
    /// contain a hex letter: twelve decimal digits in groups of four (`2024.0115.1230`, `0123.4567.8901`) are dates,
    /// phone or serial numbers far more often than one of the ~0.4% of MAC addresses ((10/16)^12) without a letter —
    /// unless `namedAsMAC`: the caller saw a word naming a MAC address or a device right before it (`"mac":"…"`,
    /// `adresse MAC 0695.7052.4680`, `Device 3221.7448.2308`).
    public static func isReportable<Bytes: Collection<UInt8>>(_ bytes: Bytes, namedAsMAC: Bool = false) -> Bool {
        guard let value = value(bytes), value != 0, value != 0xFFFF_FFFF_FFFF else { return false }
        if !namedAsMAC, isDecimalDotted(bytes) { return false }
        return true
    }

    /// Whether `bytes` is the dotted form written with decimal digits only (`0695.7052.4680`): such a form needs a
    /// naming word to be reported.
    public static func isDecimalDotted<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool {
        bytes.contains(UInt8(ascii: "."))
            && !bytes.contains { byte in IPv6Syntax.hexValue(byte).map { $0 >= 10 } ?? false }
    }
}
