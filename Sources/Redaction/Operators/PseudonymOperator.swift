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
public struct PseudonymOperator: RedactionOperator {
    private let key: SymmetricKey
    /// Characters per token (8–64, even).
    public let length: Int
    /// Text before the kind name.
    public let prefix: String
    /// Text after the token.
    public let suffix: String

    /// Creates the operator with `key`'s pseudonym subkey.
    public init(key: RedactionKey, length: Int = 16, prefix: String = "[", suffix: String = "]") {
        self.key = key.subkey(for: "pseudonym")
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
        var authenticator = HMAC<SHA256>(key: key)
        authenticator.update(data: Array(kind.rawValue.utf8))
        authenticator.update(data: [0])
        authenticator.update(data: UnsafeRawBufferPointer(value))
        let code = authenticator.finalize()
        let start = output.count
        TokenAlphabet.encode(code, into: &output)
        output.removeSubrange((start + length)...)
    }
}
