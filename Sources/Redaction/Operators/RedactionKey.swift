import Crypto

#if canImport(Glibc)
import Glibc
#endif

/// The secret behind keyed pseudonyms and reversible tokens: at least 32 random bytes, from a file or the
/// environment — never from the command line, where it would show in process listings and shell history.
///
/// Each use gets its own subkey (HKDF-SHA256 with a purpose label), so a pseudonym reveals nothing about the
/// encryption key and vice versa. The ``id`` — 8 token characters (32 bits) of a keyed hash, not of the key itself — is stamped
/// into encrypted tokens so keys can be rotated. The key never appears in ``description``, errors or logs.
public struct RedactionKey: Sendable, CustomStringConvertible {
    /// Fewest key bytes accepted.
    public static let minimumLength = 32

    private let material: SymmetricKey
    /// Identifies the key in tokens (e.g. `QHBFTSNM`); derived one-way, safe to print.
    public let id: String

    /// A key from its bytes.
    ///
    /// - Throws: ``RedactionError/Code/invalidConfiguration`` when there are fewer than ``minimumLength`` bytes.
    public init(bytes: [UInt8]) throws(RedactionError) {
        guard bytes.count >= Self.minimumLength else {
            throw RedactionError(
                .invalidConfiguration,
                reason: "a key needs at least \(Self.minimumLength) bytes, this one has \(bytes.count)")
        }
        material = SymmetricKey(data: bytes)
        let tag = HMAC<SHA256>.authenticationCode(for: Array("redact/key-id/v1".utf8), using: material)
        id = TokenAlphabet.encode(Array(tag).prefix(4))
    }

    /// A key from a file: 64+ hexadecimal digits (one trailing newline allowed), or else the raw bytes.
    public static func load(file path: String) throws(RedactionError) -> RedactionKey {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw RedactionError(.readFailed, reason: "cannot open key file \(path): \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else {
                throw RedactionError(.readFailed, reason: "cannot read key file \(path): \(String(cString: strerror(errno)))")
            }
            if count == 0 { break }
            bytes.append(contentsOf: buffer[..<count])
            guard bytes.count <= 1 << 20 else { throw RedactionError(.invalidConfiguration, reason: "key file \(path) is over 1 MiB") }
        }
        return try RedactionKey(encoded: bytes)
    }

    /// The key named by the environment: `REDACT_KEY_FILE` (a path) or `REDACT_KEY` (hexadecimal); `nil` when
    /// neither is set.
    public static func fromEnvironment(_ environment: [String: String]) throws(RedactionError) -> RedactionKey? {
        if let path = environment["REDACT_KEY_FILE"], !path.isEmpty { return try load(file: path) }
        guard let value = environment["REDACT_KEY"], !value.isEmpty else { return nil }
        guard let bytes = Self.hex(Array(value.utf8)) else {
            throw RedactionError(.invalidConfiguration, reason: "REDACT_KEY must be hexadecimal (64 or more digits)")
        }
        return try RedactionKey(bytes: bytes)
    }

    /// Hexadecimal text (one trailing newline allowed) decoded, else the bytes themselves.
    init(encoded bytes: [UInt8]) throws(RedactionError) {
        var text = bytes[...]
        if text.last == 0x0A { text = text.dropLast() }
        if text.last == 0x0D { text = text.dropLast() }
        try self.init(bytes: Self.hex(Array(text)) ?? bytes)
    }

    private static func hex(_ text: [UInt8]) -> [UInt8]? {
        guard text.count >= 2 * minimumLength, text.count % 2 == 0 else { return nil }
        var bytes: [UInt8] = []
        var index = 0
        while index < text.count {
            guard let high = nibble(text[index]), let low = nibble(text[index + 1]) else { return nil }
            bytes.append(high << 4 | low)
            index += 2
        }
        return bytes
    }

    private static func nibble(_ character: UInt8) -> UInt8? {
        switch character {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): character - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): character - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): character - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    /// The subkey for one purpose (`pseudonym`, `encrypt`), 256 bits.
    func subkey(for purpose: String) -> SymmetricKey {
        HKDF<SHA256>.deriveKey(
            inputKeyMaterial: material, info: Array("redact/\(purpose)/v1".utf8), outputByteCount: 32)
    }

    /// Only the id: the key itself is never printed.
    public var description: String { "RedactionKey(id: \(id))" }
}
