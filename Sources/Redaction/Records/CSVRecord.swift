/// One CSV record (RFC 4180) split into fields: byte ranges in the record, and whether each field was quoted.
///
/// Quoted fields may contain commas, doubled quotes (`""`) and line breaks. The parser is lenient where RFC 4180
/// implementations differ — a quote inside an unquoted field is taken literally — and strict where data could be
/// misread: text after a closing quote other than the separator, and an unterminated quoted field, are errors.
public struct CSVRecord: Sendable {
    /// A field's position.
    public struct Field: Sendable, Hashable {
        /// The field's bytes in the record, including its quotes when quoted.
        public let range: Range<Int>
        /// Whether it was quoted.
        public let quoted: Bool
    }

    /// Splits `record` into `fields` (replacing their contents).
    public static func split(
        _ record: UnsafeBufferPointer<UInt8>, separator: UInt8 = UInt8(ascii: ","), into fields: inout [Field]
    ) throws(JSONSyntaxError) {
        fields.removeAll(keepingCapacity: true)
        let count = record.count
        var index = 0
        while true {
            let start = index
            if index < count, record[index] == UInt8(ascii: "\"") {
                index += 1
                while true {
                    guard index < count else { throw JSONSyntaxError(reason: "unterminated quoted field", offset: start) }
                    if record[index] == UInt8(ascii: "\"") {
                        if index + 1 < count, record[index + 1] == UInt8(ascii: "\"") {
                            index += 2
                            continue
                        }
                        index += 1
                        break
                    }
                    index += 1
                }
                fields.append(Field(range: start..<index, quoted: true))
                if index < count, record[index] != separator, record[index] != 0x0D {
                    throw JSONSyntaxError(reason: "text after a closing quote", offset: index)
                }
            } else {
                while index < count, record[index] != separator { index += 1 }
                fields.append(Field(range: start..<index, quoted: false))
            }
            if index < count, record[index] == 0x0D, index + 1 == count { index += 1 }  // CRLF line ending
            guard index < count, record[index] == separator else { return }
            index += 1
        }
    }

    /// Whether a physical line leaves a quoted field open (an odd number of quotes), so the record continues on the
    /// next line. `open` carries the state across the lines of one record.
    public static func continuesQuote(_ line: UnsafeBufferPointer<UInt8>, open: Bool) -> Bool {
        var open = open
        for byte in line where byte == UInt8(ascii: "\"") { open.toggle() }
        return open
    }

    /// Appends a field's text: unquoted, with `""` turned into `"`.
    public static func decode(_ field: UnsafeBufferPointer<UInt8>, quoted: Bool, into output: inout [UInt8]) {
        guard quoted, field.count >= 2 else {
            output.append(contentsOf: field)
            return
        }
        var index = 1
        while index < field.count - 1 {
            output.append(field[index])
            index += field[index] == UInt8(ascii: "\"") ? 2 : 1
        }
    }

    /// Appends `text` as a CSV field, quoted when it was quoted or needs it (separator, quote, CR or LF inside).
    public static func encode(
        _ text: UnsafeBufferPointer<UInt8>, quoted: Bool, separator: UInt8 = UInt8(ascii: ","),
        into output: inout [UInt8]
    ) {
        let needsQuotes = quoted || text.contains { $0 == separator || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
        guard needsQuotes else {
            output.append(contentsOf: text)
            return
        }
        output.append(UInt8(ascii: "\""))
        for byte in text {
            output.append(byte)
            if byte == UInt8(ascii: "\"") { output.append(byte) }
        }
        output.append(UInt8(ascii: "\""))
    }
}
