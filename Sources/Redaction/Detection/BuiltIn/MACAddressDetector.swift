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
    /// - a dotted form of decimal digits only (`2024.0115.1230`), see ``MACAddressSyntax/isReportable(_:)``;
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
                    validator: MACAddressPattern.validate)
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

    /// Checks group lengths; rejects placeholder, broadcast and all-decimal dotted forms.
    static let validate: MatchValidator = { match, _ in MACAddressSyntax.isReportable(match.matchedBytes) }
}
