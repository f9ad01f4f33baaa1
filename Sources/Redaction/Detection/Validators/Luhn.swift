/// The Luhn (mod-10) check digit algorithm (ISO/IEC 7812-1 Annex B) used by payment card numbers.
public enum Luhn {
    /// Whether the ASCII digits in `bytes` pass the Luhn check.
    ///
    /// Bytes other than `0`–`9` are skipped, so a grouped number (`4111 1111 1111 1111`, `4111-1111-…`) can be checked
    /// as printed. Fewer than two digits never pass.
    public static func isValid<Bytes: BidirectionalCollection>(_ bytes: Bytes) -> Bool where Bytes.Element == UInt8 {
        var sum = 0
        var count = 0
        for byte in bytes.reversed() {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { continue }
            let digit = Int(byte &- UInt8(ascii: "0"))
            if count & 1 == 1 {
                let doubled = digit * 2
                sum += doubled > 9 ? doubled - 9 : doubled
            } else {
                sum += digit
            }
            count += 1
        }
        return count >= 2 && sum % 10 == 0
    }
}
