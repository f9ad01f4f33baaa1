/// Pure checks for support case identifiers (`INC-2024-00042`, `00123456`, `CLM-88213-A`) once a pattern has found
/// one after a context word.
enum CaseIdentifier {
    /// Whether `bytes` (ASCII) is plausible as a case id: 6–20 bytes, at least 4 digits, not all zeros, not a date
    /// (`2024-01-15`, `15/01/2024`), and not a Microsoft KB article number (`KB5034441`).
    static func isPlausible<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool {
        guard (6...20).contains(bytes.count) else { return false }
        var digits = 0
        var nonZeroDigit = false
        for byte in bytes where byte &- UInt8(ascii: "0") < 10 {
            digits += 1
            if byte != UInt8(ascii: "0") { nonZeroDigit = true }
        }
        guard digits >= 4, nonZeroDigit else { return false }
        var iterator = bytes.makeIterator()
        if let first = iterator.next(), let second = iterator.next(),
           ContextWords.lowercased(first) == UInt8(ascii: "k"), ContextWords.lowercased(second) == UInt8(ascii: "b") {
            return false
        }
        return !isDate(bytes)
    }

    /// `yyyy-mm-dd`, `dd-mm-yyyy`, `mm/dd/yyyy` and the like, with `-` or `/` (the only separators an id may contain).
    static func isDate<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool {
        var lengths: [Int] = []
        var current = 0
        for byte in bytes {
            if byte &- UInt8(ascii: "0") < 10 {
                current += 1
            } else if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "/") {
                lengths.append(current)
                current = 0
            } else {
                return false
            }
        }
        lengths.append(current)
        return lengths == [4, 2, 2] || lengths == [2, 2, 4] || lengths == [1, 2, 4] || lengths == [2, 1, 4]
            || lengths == [1, 1, 4] || lengths == [4, 1, 1] || lengths == [4, 2, 1] || lengths == [4, 1, 2]
    }

    /// Whether `bytes` (15–16 ASCII digits) may be a microsecond Unix timestamp rather than a case number: 16 digits
    /// from `14…` to `19…`, i.e. 2014–2033. Such numbers are case numbers only next to a case word.
    static func mayBeMicrosecondTimestamp<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool {
        guard bytes.count == 16 else { return false }
        var iterator = bytes.makeIterator()
        guard iterator.next() == UInt8(ascii: "1"), let second = iterator.next() else { return false }
        return second >= UInt8(ascii: "4") && second <= UInt8(ascii: "9")
    }
}
