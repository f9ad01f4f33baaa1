import Crypto

/// Replaces a finding with a keyed pseudonym, `[EMAIL_QHBFTSNMKJCDRGLP]`: HMAC-SHA256 of the kind and the value under
/// a subkey of the ``RedactionKey``, written in the ``TokenAlphabet`` (consonants only, so no detector matches a token).
///
/// The same value gives the same token in every record, worker and machine with the same key, so records of one
/// customer can still be joined; different kinds are domain-separated (the same digits as a phone and as a case number
/// give unrelated tokens). Without the key the tokens cannot be reversed or recomputed — there is deliberately no
/// unkeyed variant, since a plain hash of an e-mail address or phone number falls to a dictionary in minutes.
///
/// `length` characters carry 4 bits each: the default 16 (64 bits) keeps accidental collisions unlikely below about
/// four billion distinct values of one kind (birthday bound ≈ 2^32); raise it for more.
///
/// Names, places and e-mail addresses are compared as people read them: their pseudonym ignores the case of ASCII and
/// Latin-1 letters and runs of spaces (and, in CJK text, spaces altogether), so `Jane` in a note, `JANE` in a
/// subject and the `first_name` field `Jane` — or `加藤結衣` and `加藤 結衣` — get one token. Other kinds are taken
/// byte for byte.
public struct PseudonymOperator: RedactionOperator {
    /// HMAC-SHA256 already keyed with the pseudonym subkey; each token starts from a copy.
    private let keyed: HMAC<SHA256>
    /// Characters per token (8–64, even).
    public let length: Int
    /// Text before the kind name.
    public let prefix: String
    /// Text after the token.
    public let suffix: String

    /// Creates the operator with `key`'s pseudonym subkey.
    public init(key: RedactionKey, length: Int = 16, prefix: String = "[", suffix: String = "]") {
        self.keyed = HMAC<SHA256>(key: key.subkey(for: "pseudonym"))
        self.length = min(64, max(8, length))
        self.prefix = prefix
        self.suffix = suffix
    }

    /// Appends `prefix`, the kind, `_`, the token and `suffix`.
    public func appendReplacement(for finding: Finding, original: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        output.append(contentsOf: prefix.utf8)
        output.append(contentsOf: finding.kind.rawValue.utf8)
        output.append(UInt8(ascii: "_"))
        appendToken(kind: finding.kind, value: original, to: &output)
        output.append(contentsOf: suffix.utf8)
    }

    /// Appends the bare token (no kind, no brackets) of `value` as `kind`.
    func appendToken(kind: EntityKind, value: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        var authenticator = keyed
        var name = kind.rawValue
        name.withUTF8 { authenticator.update(data: UnsafeRawBufferPointer($0)) }
        withUnsafeBytes(of: UInt8(0)) { authenticator.update(data: $0) }
        if Self.caseInsensitiveKinds.contains(kind) {
            authenticator.update(data: Self.canonical(value))
        } else {
            authenticator.update(data: UnsafeRawBufferPointer(value))
        }
        let code = authenticator.finalize()
        // Two characters per byte: encode only the bytes the token shows.
        let start = output.count
        code.withUnsafeBytes { TokenAlphabet.encode($0.prefix((length + 1) / 2), into: &output) }
        if output.count > start + length { output.removeLast() }
    }

    /// Kinds whose values are compared without regard to letter case and spacing.
    private static let caseInsensitiveKinds: Set<EntityKind> = [.person, .location, .streetAddress, .email]

    /// `value` with ASCII and Latin-1 capitals lowered and runs of spaces and tabs made one space (none at all in
    /// text with CJK characters, where spacing between family and given name is a matter of style).
    static func canonical(_ value: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        let cjk = value.contains { $0 >= 0xE3 && $0 <= 0xE9 }
        var result: [UInt8] = []
        result.reserveCapacity(value.count)
        var previous: UInt8 = 0
        var index = 0
        while index < value.count {
            let byte = value[index]
            if byte == 0x20 || byte == 0x09 {
                if !cjk, result.last != 0x20, !result.isEmpty { result.append(0x20) }
            } else if cjk, byte == 0xE3, index + 2 < value.count, value[index + 1] == 0x80, value[index + 2] == 0x80 {
                index += 3  // ideographic space
                continue
            } else if byte >= 0x41 && byte <= 0x5A {
                result.append(byte | 0x20)
            } else if previous == 0xC3, byte >= 0x80, byte <= 0x9E, byte != 0x97 {
                result.append(byte + 0x20)
            } else {
                result.append(byte)
            }
            previous = byte
            index += 1
        }
        if result.last == 0x20 { result.removeLast() }
        return result
    }
}
