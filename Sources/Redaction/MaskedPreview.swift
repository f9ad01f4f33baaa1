/// Masked previews of personal data, the most that our own output channels (errors, logs, reports, test failures)
/// may show of a record: `jane.doe@contoso.com` → `j***.d**@c******.c**`, `+1 415-555-0100` → `+# ###-###-####`.
///
/// The first ASCII letter of each letter run is kept, every other letter becomes `*`, every digit `#`, every
/// non-ASCII character `*`; ASCII punctuation and spaces are kept so the shape stays recognisable. Control bytes
/// become `?`. Long input is cut with `…`.
public enum MaskedPreview {
    /// A masked preview of `bytes`, at most `limit` characters of input.
    public static func mask<Bytes: Collection<UInt8>>(_ bytes: Bytes, limit: Int = 80) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(min(bytes.count, limit) + 4)
        var previousWasLetter = false
        var shown = 0
        for byte in bytes {
            if byte & 0xC0 == 0x80 { continue }  // UTF-8 continuation byte: its lead byte was already masked
            if shown == limit {
                output.append(contentsOf: "…".utf8)
                break
            }
            shown += 1
            let isLetter = (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
            switch byte {
            case _ where isLetter:
                output.append(previousWasLetter ? UInt8(ascii: "*") : byte)
            case 0x30...0x39:
                output.append(UInt8(ascii: "#"))
            case 0x20...0x7E:
                output.append(byte)
            case 0x80...0xFF:
                output.append(UInt8(ascii: "*"))
            default:
                output.append(UInt8(ascii: "?"))
            }
            previousWasLetter = isLetter || byte >= 0x80  // a UTF-8 letter continues a word
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// A masked preview of `text`.
    public static func mask(_ text: String, limit: Int = 80) -> String { mask(Array(text.utf8), limit: limit) }
}
