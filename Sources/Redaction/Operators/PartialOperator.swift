/// Keeps the part of a finding that analytics needs and no person: the e-mail domain (`[EMAIL]@contoso.com`), the
/// IPv4 /24 (`203.0.113.0/24`), the IPv6 /48 (`2001:db8:85a3::/48`), the phone country code (`+44 [PHONE]`). Other
/// kinds, and values without such a part (an obfuscated address, a national phone number), become their kind tag.
public struct PartialOperator: RedactionOperator {
    private let tag = TagOperator()

    /// Creates the operator.
    public init() {}

    /// Appends the kept part, or the kind tag.
    public func appendReplacement(for finding: Finding, original: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        switch finding.kind {
        case .email:
            if let at = original.lastIndex(of: UInt8(ascii: "@")), at + 1 < original.count,
                original[(at + 1)...].allSatisfy({ Self.isDomainByte($0) })
            {
                output.append(contentsOf: "[EMAIL]@".utf8)
                output.append(contentsOf: original[(at + 1)...])
                return
            }
        case .ipv4:
            let address = original.prefix { $0 != UInt8(ascii: ":") && $0 != UInt8(ascii: "/") }
            let octets = address.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
            if octets.count == 4 {
                for octet in octets.prefix(3) {
                    output.append(contentsOf: octet)
                    output.append(UInt8(ascii: "."))
                }
                output.append(contentsOf: "0/24".utf8)
                return
            }
        case .ipv6:
            var address = original[...]
            if address.first == UInt8(ascii: "[") { address = address.dropFirst() }
            address = address.prefix { ![UInt8(ascii: "]"), UInt8(ascii: "%"), UInt8(ascii: "/")].contains($0) }
            let text = Array(address)
            let head: [ArraySlice<UInt8>]
            if let gap = Self.range(of: [0x3A, 0x3A], in: text) {
                head = text[..<gap.lowerBound].split(separator: 0x3A)
            } else {
                head = text.split(separator: 0x3A, omittingEmptySubsequences: false)
            }
            if head.allSatisfy({ !$0.isEmpty && $0.count <= 4 && !$0.contains(UInt8(ascii: ".")) }) {
                let groups = Array(head.prefix(3)) + Array(repeating: ArraySlice("0".utf8), count: max(0, 3 - head.count))
                for group in groups {
                    output.append(contentsOf: group)
                    output.append(UInt8(ascii: ":"))
                }
                output.append(contentsOf: ":/48".utf8)
                return
            }
        case .phone:
            if original.first == UInt8(ascii: "+") {
                let digits = original.dropFirst().prefix { $0 >= 0x30 && $0 <= 0x39 }
                if let length = CountryCallingCodes.codeLength(of: digits.map { $0 - UInt8(ascii: "0") }) {
                    output.append(UInt8(ascii: "+"))
                    output.append(contentsOf: digits.prefix(length))
                    output.append(contentsOf: " [PHONE]".utf8)
                    return
                }
            }
        default:
            break
        }
        tag.appendReplacement(for: finding, original: original, to: &output)
    }

    private static func isDomainByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
            || (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
    }

    private static func range(of needle: [UInt8], in haystack: [UInt8]) -> Range<Int>? {
        guard haystack.count >= needle.count else { return nil }
        for start in 0...(haystack.count - needle.count) where haystack[start..<(start + needle.count)].elementsEqual(needle) {
            return start..<(start + needle.count)
        }
        return nil
    }
}
