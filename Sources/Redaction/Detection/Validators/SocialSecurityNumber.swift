/// The structural rules of US social security numbers (SSA, after the 2011 randomisation).
///
/// A number `AAA-GG-SSSS` is possible when the area is 001–899 but not 666, the group is 01–99 and the serial is
/// 0001–9999. Areas 900–999 are individual taxpayer identification numbers (ITINs) or were never issued.
public enum SocialSecurityNumber {
    /// Whether `area`, `group` and `serial` form a number the SSA can issue.
    public static func isValid(area: Int, group: Int, serial: Int) -> Bool {
        (1...899).contains(area) && area != 666 && (1...99).contains(group) && (1...9999).contains(serial)
    }

    /// Whether the ASCII digits in `bytes` are exactly nine and form a valid number; other bytes (the `-` or space
    /// separators) are skipped.
    public static func isValid<Bytes: Collection>(_ bytes: Bytes) -> Bool where Bytes.Element == UInt8 {
        var value = 0
        var count = 0
        for byte in bytes where byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
            count += 1
            guard count <= 9 else { return false }
            value = value * 10 + Int(byte &- UInt8(ascii: "0"))
        }
        guard count == 9 else { return false }
        return isValid(area: value / 1_000_000, group: value / 10_000 % 100, serial: value % 10_000)
    }
}
