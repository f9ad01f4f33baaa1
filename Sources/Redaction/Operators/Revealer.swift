/// Restores the values behind ``EncryptOperator`` tokens, given the key they were made with.
///
/// Everything else is copied unchanged. A token made with another key, or altered in any way (a changed, missing or
/// added character), is an error naming its byte offset and the key ids — never a wrong value, and never content.
public struct Revealer: Sendable {
    private let opener: EncryptOperator

    /// Creates a revealer for tokens made with `key`.
    public init(key: RedactionKey) { opener = EncryptOperator(key: key) }

    /// Appends `record` to `output` with every token replaced by its value, JSON-escaped when `jsonEscaped` (tokens
    /// inside JSON strings); returns how many tokens were opened.
    ///
    /// - Throws: ``RedactionError/Code/revealFailed`` with the token's byte offset in `record`.
    @discardableResult
    public func reveal(
        _ record: UnsafeBufferPointer<UInt8>, jsonEscaped: Bool, into output: inout [UInt8]
    ) throws(RedactionError) -> Int {
        var copied = 0
        var opened = 0
        var search = 0
        while let open = record[search...].firstIndex(of: UInt8(ascii: "[")) {
            search = open + 1
            guard let token = Self.token(at: open, in: record) else { continue }
            guard token.keyID == opener.keyID else {
                throw RedactionError(
                    .revealFailed, reason: "token made with key \(token.keyID), not with key \(opener.keyID)",
                    byteOffset: open)
            }
            guard let sealed = TokenAlphabet.decode(record[token.sealed]),
                let value = opener.open(sealed: sealed, kind: token.kind)
            else {
                throw RedactionError(
                    .revealFailed, reason: "token does not authenticate (altered or truncated)", byteOffset: open)
            }
            output.append(contentsOf: record[copied..<open])
            if jsonEscaped {
                value.withUnsafeBufferPointer { JSONString.encode($0, into: &output) }
            } else {
                output.append(contentsOf: value)
            }
            copied = token.end
            search = token.end
            opened += 1
        }
        output.append(contentsOf: record[copied...])
        return opened
    }

    /// The parts of `[KIND_ENC_KEYID_SEALED]` starting at `open`, or `nil` when no encrypted token starts there.
    private static func token(
        at open: Int, in record: UnsafeBufferPointer<UInt8>
    ) -> (kind: String, keyID: String, sealed: Range<Int>, end: Int)? {
        var close = open + 1
        while close < record.count, record[close] != UInt8(ascii: "]") {
            let byte = record[close]
            guard (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || byte == UInt8(ascii: "_") else {
                return nil
            }
            close += 1
        }
        guard close < record.count else { return nil }
        let body = record[(open + 1)..<close]
        // From the right: sealed bytes, key id (8), "ENC", then the kind (which may itself contain `_`).
        guard let lastUnderscore = body.lastIndex(of: UInt8(ascii: "_")), lastUnderscore - 13 > open + 1 else {
            return nil
        }
        let keyID = record[(lastUnderscore - 8)..<lastUnderscore]
        let marker = record[(lastUnderscore - 13)..<(lastUnderscore - 8)]
        guard marker.elementsEqual("_ENC_".utf8), !keyID.contains(UInt8(ascii: "_")) else { return nil }
        return (String(decoding: record[(open + 1)..<(lastUnderscore - 13)], as: UTF8.self),
                String(decoding: keyID, as: UTF8.self), (lastUnderscore + 1)..<close, close + 1)
    }
}
