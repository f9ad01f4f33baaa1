/// Decimal-degree numbers as printed in coordinates: `47.6205`, `-122.3493`, `+2.2945`, `−33.8688` (U+2212 minus).
public enum DecimalDegrees {
    /// A parsed number: its value and the count of digits after the decimal point.
    public struct Value: Sendable, Hashable {
        /// The signed value.
        public var degrees: Double
        /// Digits after the decimal point (precision: 3 ≈ 110 m, 4 ≈ 11 m).
        public var decimals: Int
        /// Whether the text carried an explicit sign (`-`, `+` or `−`).
        public var isSigned: Bool
    }

    /// Parses `[sign] digits [. digits]`; `nil` for anything else (empty, stray bytes, more than 3 integer digits).
    public static func parse<Bytes: Collection>(_ bytes: Bytes) -> Value? where Bytes.Element == UInt8 {
        var index = bytes.startIndex
        var negative = false
        var signed = false
        if index != bytes.endIndex {
            switch bytes[index] {
            case UInt8(ascii: "-"): negative = true; signed = true; bytes.formIndex(after: &index)
            case UInt8(ascii: "+"): signed = true; bytes.formIndex(after: &index)
            case 0xE2:  // U+2212 MINUS SIGN is E2 88 92
                var next = index
                bytes.formIndex(after: &next)
                guard next != bytes.endIndex, bytes[next] == 0x88 else { return nil }
                bytes.formIndex(after: &next)
                guard next != bytes.endIndex, bytes[next] == 0x92 else { return nil }
                bytes.formIndex(after: &next)
                negative = true; signed = true; index = next
            default: break
            }
        }
        var integer = 0
        var integerDigits = 0
        var fraction = 0.0
        var scale = 1.0
        var decimals = 0
        var seenPoint = false
        while index != bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "."), !seenPoint {
                seenPoint = true
            } else if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                let digit = Int(byte &- UInt8(ascii: "0"))
                if seenPoint {
                    scale /= 10
                    fraction += Double(digit) * scale
                    decimals += 1
                } else {
                    integerDigits += 1
                    guard integerDigits <= 3 else { return nil }
                    integer = integer * 10 + digit
                }
            } else {
                return nil
            }
            bytes.formIndex(after: &index)
        }
        guard integerDigits > 0, !seenPoint || decimals > 0 else { return nil }
        let magnitude = Double(integer) + fraction
        return Value(degrees: negative ? -magnitude : magnitude, decimals: decimals, isSigned: signed)
    }

    /// Whether `degrees` is a latitude (−90…90).
    public static func isLatitude(_ degrees: Double) -> Bool { (-90.0...90.0).contains(degrees) }

    /// Whether `degrees` is a longitude (−180…180).
    public static func isLongitude(_ degrees: Double) -> Bool { (-180.0...180.0).contains(degrees) }
}
