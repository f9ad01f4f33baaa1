/// Replaces a finding with a mask of the same shape: `jane.doe@contoso.com` → `j*******@c******.com`,
/// `4111 1111 1111 1111` → `**** **** **** 1111`, `123-45-6789` → `***-**-6789`.
///
/// E-mail addresses keep the first character of the local part and of each domain label, and the top-level domain;
/// card numbers, IBANs and SSNs keep their last four characters; every other kind keeps only its punctuation and
/// spacing. Letters and digits become `*` (a multi-byte character one `*`), so a mask holds nothing a detector finds.
public struct MaskOperator: RedactionOperator {
    /// Kinds whose last four letters or digits stay visible.
    public let lastFourKinds: Set<EntityKind>
    /// Kinds masked whole, punctuation included: their punctuation is content, not shape (a password's `_$+`
    /// could otherwise form new addresses next to an `@`).
    public let opaqueKinds: Set<EntityKind>

    /// Creates the operator.
    public init(
        lastFourKinds: Set<EntityKind> = [.creditCard, .iban, .usSSN],
        opaqueKinds: Set<EntityKind> = [.secret, .urlCredentials]
    ) {
        self.lastFourKinds = lastFourKinds
        self.opaqueKinds = opaqueKinds
    }

    /// Appends the mask of `original`.
    public func appendReplacement(for finding: Finding, original: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        if finding.kind == .email, let at = original.firstIndex(of: UInt8(ascii: "@")),
            original[(at + 1)...].firstIndex(of: UInt8(ascii: "@")) == nil,
            let lastDot = original[(at + 1)...].lastIndex(of: UInt8(ascii: "."))
        {
            Self.mask(original[..<at], keepFirst: true, into: &output)
            output.append(UInt8(ascii: "@"))
            var labelStart = at + 1
            for index in (at + 1)..<lastDot where original[index] == UInt8(ascii: ".") {
                Self.mask(original[labelStart..<index], keepFirst: true, into: &output)
                output.append(UInt8(ascii: "."))
                labelStart = index + 1
            }
            Self.mask(original[labelStart..<lastDot], keepFirst: true, into: &output)
            output.append(contentsOf: original[lastDot...])
            return
        }
        if opaqueKinds.contains(finding.kind) {
            for byte in original where byte & 0xC0 != 0x80 { output.append(UInt8(ascii: "*")) }
            return
        }
        var keep = 0
        if lastFourKinds.contains(finding.kind) {
            // The last four ASCII letters or digits stay.
            var seen = 0
            var index = original.count
            while index > 0, seen < 4 {
                index -= 1
                if Self.isAlphanumeric(original[index]) { seen += 1 }
            }
            keep = seen == 4 ? original.count - index : 0
        }
        Self.mask(original[..<(original.count - keep)], keepFirst: false, into: &output)
        output.append(contentsOf: original[(original.count - keep)...])
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
    }

    /// Letters, digits and non-ASCII characters become `*`; with `keepFirst`, an ASCII first character stays.
    private static func mask(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, keepFirst: Bool, into output: inout [UInt8]) {
        var first = keepFirst
        for byte in bytes {
            if byte & 0xC0 == 0x80 { continue }  // continuation byte: its character is already masked
            if first, byte < 0x80, isAlphanumeric(byte) {
                output.append(byte)
            } else if byte >= 0x80 || isAlphanumeric(byte) {
                output.append(UInt8(ascii: "*"))
            } else {
                output.append(byte)
            }
            first = false
        }
    }
}
