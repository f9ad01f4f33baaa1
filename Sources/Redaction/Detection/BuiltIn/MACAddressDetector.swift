#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension BuiltInDetectors {
    /// 48-bit MAC addresses in the three common text forms: colon (`00:1A:2B:3C:4D:5E`, and the unpadded
    /// `0:c:29:3e:5b:7a` of macOS/BSD `arp` and `ifconfig`), dash (`00-1A-2B-3C-4D-5E`, Windows `ipconfig /all`) and
    /// Cisco dotted (`001a.2b3c.4d5e`), any hex case, one kind of separator throughout.
    ///
    /// Deliberately not found:
    /// - a six-group form that is part of a longer colon, dash or dot run: IPv6 addresses with two-digit groups, hex
    ///   dumps (`00:11:22:33:44:55:66:77`), certificate and SSH fingerprints;
    /// - mixed separators (`00:1A-2B:3C-4D:5E`) and forms glued to letters or digits;
    /// - the all-zero placeholder and the broadcast address `ff:ff:ff:ff:ff:ff` (they identify no device);
    /// - unpadded colon forms with more than three one-digit groups (`1:2:3:4:5:6`);
    /// - a dotted form of decimal digits only (`2024.0115.1230`), see ``MACAddressSyntax/isReportable(_:namedAsMAC:)``,
    ///   unless right after a label naming a MAC address or a device (`"mac":"0695.7052.4680"`,
    ///   `adresse MAC 0695.7052.4680`, `MACアドレス0695.7052.4680`, `Device 3221.7448.2308`; see
    ///   ``MACAddressPattern/isLabelled(before:in:)``);
    /// - EUI-64 (eight groups) and bare 12-digit hex (`001A2B3C4D5E`), which are indistinguishable from hashes and ids.
    ///
    /// Disjoint from the IPv6 detector by construction: six colon groups without `::` is never a valid IPv6 address.
    public static func macAddress() throws(RedactionError) -> PatternDetector {
        PatternDetector(
            DetectorDescriptor(
                id: DetectorID(rawValue: "mac-address"), kind: .macAddress,
                summary: "MAC addresses: 00:1A:2B:3C:4D:5E, 00-1A-2B-3C-4D-5E, 001a.2b3c.4d5e; not hex dumps.",
                example: "mac 00:1A:2B:3C:4D:5E"),
            rules: [
                // 0.9: a rigid twelve-hex-digit shape with uniform separators and isolated from longer runs; not a
                // checksum, so a six-byte hex dump written the same way remains possible.
                try PatternRule(
                    MACAddressPattern.address, confidence: 0.9, prefilter: Prefilter(anyOf: [.colon, .dash, .dot]),
                    validator: MACAddressPattern.validate
                ).gated(buffer: MACAddressPattern.earliestStart)
            ]
        )
    }
}

/// The MAC address pattern and its validator.
enum MACAddressPattern {
    /// The start rule of ``IPv6Pattern/start(excluding:)`` (not inside a word or a colon, dash or dot run, or right
    /// after a key such as `HWaddr:` / `mac:`), then the colon form (one or two digits per group), the dash form or
    /// the dotted form, not followed by a word byte or by a separator that continues the run. Group lengths are
    /// checked by the validator.
    static let address =
        IPv6Pattern.start(excluding: #"0-9A-Za-z_.:\-"#)
        + #"(?:[0-9A-Fa-f]{1,2}(?::[0-9A-Fa-f]{1,2}){5}|[0-9A-Fa-f]{2}(?:-[0-9A-Fa-f]{2}){5}"#
        + #"|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4})"#
        + #"(?![0-9A-Za-z_]|[:\-.][0-9A-Fa-f])"#

    /// Where an ``address`` can first start in `text`, or `nil` when it holds none: every address has five colons
    /// or five dashes within twelve bytes (`0:1:2:3:4:5`, `00-1A-2B-3C-4D-5E`: groups of one or two hex digits), the
    /// first at most two bytes after its start, or two dots five bytes apart (the dotted form `001a.2b3c.4d5e`), the
    /// first four bytes after its start. Timestamps and dates hold colons and dashes, but never five so close.
    static let earliestStart: BufferGate = { text, counts in
        var earliest: Int?
        if counts.colons >= 5, let first = firstOfFiveClose(UInt8(ascii: ":"), in: text) { earliest = first - 2 }
        if counts.dashes >= 5, let first = firstOfFiveClose(UInt8(ascii: "-"), in: text) {
            earliest = min(earliest ?? .max, first - 2)
        }
        if let dot = firstDotFiveBeforeAnother(in: text) { earliest = min(earliest ?? .max, dot - 4) }
        return earliest.map { max(0, $0) }
    }

    /// The first of the first five `separator` bytes that stand within twelve bytes of each other (first to last).
    /// An address's five separators follow one another with no other separator between them, so the first of them
    /// is at or after this one.
    private static func firstOfFiveClose(_ separator: UInt8, in text: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = text.baseAddress else { return nil }
        // The positions of the last four separators seen, most recent first.
        var last = (Int.min / 2, Int.min / 2, Int.min / 2, Int.min / 2)
        var index = 0
        while index < text.count, let found = memchr(base + index, Int32(separator), text.count - index) {
            let position = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if position - last.3 <= 12 { return last.3 }
            last = (position, last.0, last.1, last.2)
            index = position + 1
        }
        return nil
    }

    /// The first dot with another five bytes after it and four hex digits before it and between them, as in every
    /// dotted address (`001a.2b3c.4d5e`): prose (`J. Doe.`) and versions (`10.0.19045.1234`) have none.
    private static func firstDotFiveBeforeAnother(in text: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = text.baseAddress, text.count > 10 else { return nil }
        @inline(__always) func isHex(_ byte: UInt8) -> Bool { IPv6Syntax.hexValue(byte) != nil }
        var index = 4
        while index < text.count - 5,
            let found = memchr(base + index, Int32(UInt8(ascii: ".")), text.count - 5 - index)
        {
            let dot = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if text[dot + 5] == UInt8(ascii: "."), isHex(text[dot + 1]), isHex(text[dot + 2]), isHex(text[dot + 3]),
                isHex(text[dot + 4]), isHex(text[dot - 1]), isHex(text[dot - 2]), isHex(text[dot - 3]),
                isHex(text[dot - 4])
            {
                return dot
            }
            index = dot + 1
        }
        return nil
    }

    /// Checks group lengths; rejects placeholder and broadcast forms, and all-decimal dotted forms not labelled as a
    /// MAC address (``isLabelled(before:in:)``).
    static let validate: MatchValidator = { match, _ in
        let bytes = match.matchedBytes
        let labelled = MACAddressSyntax.isDecimalDotted(bytes)
            && isLabelled(before: match.range.lowerBound, in: match.text)
        return MACAddressSyntax.isReportable(bytes, namedAsMAC: labelled)
    }

    /// Whether a label naming a MAC address or a network device (``labels``) ends right before `position`, separated
    /// from it by at most six bytes of label punctuation (spaces, `:`, `=`, quotes, `\"`, `-`, `(`, `[`, `{`, a
    /// full-width colon or a no-break space): `"mac":"…"`, `adresse MAC …`, `MACアドレス…`, `Device …`. Only the label
    /// itself counts, not a word further back: `device firmware 2024.0115.1230` is a version.
    static func isLabelled(before position: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        var end = position
        while end > 0, position - end < 6 {
            let byte = text[end - 1]
            if isGap(byte) {
                end -= 1
            } else if end >= 3, byte == 0x9A, text[end - 2] == 0xBC, text[end - 3] == 0xEF {
                end -= 3  // ：
            } else if end >= 2, byte == 0xA0, text[end - 2] == 0xC2 {
                end -= 2  // no-break space
            } else {
                break
            }
        }
        return labels.contains { label in
            guard end >= label.count else { return false }
            let start = end - label.count
            guard zip(text[start..<end], label).allSatisfy({ ContextWords.lowercased($0) == $1 }) else { return false }
            return start == 0 || !ContextWords.isWordByte(text[start - 1])
        }
    }

    private static func isGap(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: ":"), UInt8(ascii: "="), UInt8(ascii: "\""),
            UInt8(ascii: "'"), UInt8(ascii: "\\"), UInt8(ascii: "-"), UInt8(ascii: "("), UInt8(ascii: "["),
            UInt8(ascii: "{"):
            return true
        default:
            return false
        }
    }

    /// Labels of a MAC address or a network device, lower case, in English, German, French, Spanish, Portuguese and
    /// Japanese. `adresse MAC`, `dirección MAC`, `endereço MAC` end in the label `mac`; JSON keys `"mac"`,
    /// `"mac_address"`, `"macAddress"` are labels as well.
    static let labels: [[UInt8]] = [
        "mac", "mac address", "mac-address", "mac_address", "macaddress", "mac-adresse", "macアドレス", "hwaddr",
        "hardware address", "physical address", "ether", "bssid", "device", "adapter", "nic", "gerät",
        "physikalische adresse", "appareil", "adresse physique", "dispositivo", "adaptador", "dirección física",
        "endereço físico", "物理アドレス", "デバイス", "端末", "アダプター", "equipamento", "equipo", "dispositif",
        "機器", "装置", "adaptateur", "carte réseau", "netzwerkadapter", "netzwerkkarte", "placa de rede",
        "tarjeta de red",
    ].map { Array($0.utf8) }
}
