import Crypto
import _CryptoExtras

/// Replaces a finding with a reversible, deterministic token, `[EMAIL_ENC_QHBFTSNM_<sealed>]`: the value sealed with
/// AES-256-GCM-SIV under a subkey of the ``RedactionKey``, the kind and key id authenticated with it.
///
/// GCM-SIV is nonce-misuse resistant, so a fixed nonce is sound: the only thing equal tokens reveal is that their
/// values (of the same kind, under the same key) are equal — which is what makes them joinable. ``Revealer`` restores
/// the values with the key; a token changed in any bit, or opened with another key, is an error, never garbage.
public struct EncryptOperator: RedactionOperator {
    private let key: SymmetricKey
    /// The id of the key, stamped into every token.
    public let keyID: String

    /// Creates the operator with `key`'s encryption subkey.
    public init(key: RedactionKey) {
        self.key = key.subkey(for: "encrypt")
        self.keyID = key.id
    }

    /// Appends `[KIND_ENC_KEYID_CIPHERTEXT]`.
    public func appendReplacement(for finding: Finding, original: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "["))
        output.append(contentsOf: finding.kind.rawValue.utf8)
        output.append(contentsOf: "_ENC_".utf8)
        output.append(contentsOf: keyID.utf8)
        output.append(UInt8(ascii: "_"))
        // Sealing cannot fail for a valid 256-bit key and a fixed 12-byte nonce; a failure would be a bug in the
        // crypto library, and the token then carries no value at all rather than a wrong one.
        if let box = try? AES.GCM._SIV.seal(
            Array(UnsafeRawBufferPointer(original)), using: key, nonce: Self.nonce,
            authenticating: Self.associatedData(kind: finding.kind.rawValue, keyID: keyID))
        {
            TokenAlphabet.encode(box.ciphertext + box.tag, into: &output)
        }
        output.append(UInt8(ascii: "]"))
    }

    /// Opens a token's sealed bytes; `nil` when authentication fails (tampered, or another key).
    func open(sealed: [UInt8], kind: String) -> [UInt8]? {
        guard sealed.count >= 16,
            let box = try? AES.GCM._SIV.SealedBox(
                nonce: Self.nonce, ciphertext: sealed.dropLast(16), tag: sealed.suffix(16)),
            let plain = try? AES.GCM._SIV.open(box, using: key, authenticating: Self.associatedData(kind: kind, keyID: keyID))
        else { return nil }
        return Array(plain)
    }

    /// The fixed nonce (deterministic encryption). Twelve bytes is the nonce length GCM-SIV requires, so this cannot
    /// throw.
    static let nonce = try! AES.GCM._SIV.Nonce(data: [UInt8](repeating: 0, count: 12))

    static func associatedData(kind: String, keyID: String) -> [UInt8] { Array("redact/v1/\(kind)/\(keyID)".utf8) }
}
