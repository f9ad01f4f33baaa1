/// The alphabet of pseudonyms, key ids and encrypted tokens: hexadecimal written with sixteen upper-case consonants
/// (`BCDFGHJKLMNPQRST`), two characters per byte.
///
/// No digit, no vowel, no separator: every built-in detector needs digits, `@`, `:`, `://` or a word (`case`,
/// `password`, `token`) that consonants cannot spell, so no detector ever finds anything inside a token — which keeps
/// redaction idempotent (re-redacting a redacted dump changes nothing) whatever the token bytes happen to be. Tokens
/// survive JSON, CSV, URLs and shells unquoted.
enum TokenAlphabet {
    static let characters = Array("BCDFGHJKLMNPQRST".utf8)

    /// Appends two characters per byte of `bytes`.
    static func encode<Bytes: Sequence<UInt8>>(_ bytes: Bytes, into output: inout [UInt8]) {
        for byte in bytes {
            output.append(characters[Int(byte >> 4)])
            output.append(characters[Int(byte & 15)])
        }
    }

    /// The encoding of `bytes` as a string.
    static func encode<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> String {
        var output: [UInt8] = []
        encode(bytes, into: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Decodes `text`; `nil` on an odd length or a character outside the alphabet.
    static func decode<Text: Collection<UInt8>>(_ text: Text) -> [UInt8]? {
        guard text.count % 2 == 0 else { return nil }
        var output: [UInt8] = []
        output.reserveCapacity(text.count / 2)
        var high: UInt8?
        for character in text {
            guard let value = values[Int(character)] else { return nil }
            if let first = high {
                output.append(first << 4 | value)
                high = nil
            } else {
                high = value
            }
        }
        return output
    }

    private static let values: [UInt8?] = (0..<256).map { byte in
        characters.firstIndex(of: UInt8(byte)).map { UInt8($0) }
    }
}
