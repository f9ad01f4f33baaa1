extension BuiltInDetectors {
    /// IPv4 addresses in dotted-quad form, with an optional `:port` (1–65535) or `/prefix` (0–32) included in the
    /// finding: `203.0.113.7`, `198.51.100.23:443`, `192.0.2.0/24`, in prose, JSON, URLs and header lists.
    ///
    /// Deliberately not found:
    /// - octets above 255 (`999.1.1.1`), and any dotted quad that is part of a longer run of digits and dots
    ///   (`1.2.3.4.5`, `10.0.19041.1`, OIDs `1.3.6.1.4.1.311`) — the whole run is rejected, never a sub-part;
    /// - quads glued to letters (`v1.2.3.4`, `1.2.3.4x`) or with a pre-release suffix (`2.10.3.4-beta`);
    /// - version, build, section and OID numbers, judged by the word right before them (``IPv4Context``:
    ///   `version 6.1.7.1`, `build 10.0.1.2`, `Chrome/120.0.0.0`, `§ 3.1.2.4`, `OID 1.3.6.1`) and package names
    ///   (`setup-1.2.3.4.exe`);
    /// - two-digit zero padding (`01.02.03.04`); zero padding is accepted only when every octet has three digits
    ///   (`192.168.001.010`), see ``IPv4Syntax/isDottedQuad(_:)``;
    /// - dash-encoded host names such as `ip-10-0-0-1`.
    public static func ipv4() throws(RedactionError) -> PatternDetector {
        PatternDetector(
            DetectorDescriptor(
                id: DetectorID(rawValue: "ipv4"), kind: .ipv4,
                summary: "IPv4 addresses (octets 0–255), optional :port or /prefix; not version or section numbers.",
                example: "client 203.0.113.7:443 connected"),
            rules: [
                // 0.9: octets are validated and version contexts excluded, but an unlabelled four-part version
                // number with small parts is indistinguishable from an address. A valid port or prefix length adds
                // structure no version has, so the validator raises those to 0.95.
                try PatternRule(
                    IPv4Pattern.address, confidence: 0.9, prefilter: Prefilter(allOf: [.digit, .dot]), minimumDigits: 4,
                    validator: IPv4Pattern.validate
                ).gated(digitDots: 3).anchored(at: IPv4Pattern.anchor)
            ]
        )
    }
}

/// The IPv4 candidate pattern and its validator.
enum IPv4Pattern {
    /// Group 1: the dotted quad; group 2: a port; group 3: a prefix length. Not preceded by a word byte or a dot and
    /// not followed by a digit, `.digit`, a word byte or `-beta`-style suffix, so a match never starts or ends inside
    /// a longer digit/dot run — and because such a run fails at the regex level, no sub-part of it can match either.
    static let address =
        #"(?<![0-9A-Za-z_.])((?:[0-9]{1,3}\.){3}[0-9]{1,3})(?![0-9A-Za-z_]|\.[0-9]|[\-+][A-Za-z])"#
        + #"(?::([0-9]{1,5})(?![0-9])|/([0-9]{1,2})(?![0-9]))?"#
    /// Every address starts with one to three digits and a dot, and its first dot is the second byte of four runs of
    /// one to three digits joined by single dots, the first one not after a word byte or a dot (``admitsAddress``).
    static let anchor = MatchAnchor(
        byte: UInt8(ascii: "."), lead: 0x30...0x39, minimumLead: 1, maximumLead: 3, admits: admitsAddress)

    /// Whether the dot at `dot` may be the first dot of an ``address``: the whole digit runs around it and after the
    /// next two dots hold one to three digits each (the octets' `[0-9]{1,3}` between a look-behind and dots or the
    /// closing look-ahead cannot take part of a longer run), and the first is not preceded by a word byte or a dot.
    static func admitsAddress(_ text: UnsafeBufferPointer<UInt8>, dot: Int) -> Bool {
        let first = MatchAnchor.digits(before: dot, in: text)
        guard first >= 1, first <= 3 else { return false }
        if dot - first > 0 {
            let previous = text[dot - first - 1]
            if previous == UInt8(ascii: ".") || previous == UInt8(ascii: "_") || (previous | 0x20) &- 0x61 < 26 {
                return false
            }
        }
        var position = dot + 1
        for octet in 0..<3 {
            let digits = MatchAnchor.digits(from: position, in: text)
            guard digits >= 1, digits <= 3 else { return false }
            position += digits
            if octet < 2 {
                guard position < text.count, text[position] == UInt8(ascii: ".") else { return false }
                position += 1
            }
        }
        return true
    }

    /// Checks octets and context; keeps a valid port or prefix in the finding, drops an invalid one.
    static let validate: MatchValidator = { match, candidate in
        guard let address = match.group(1), IPv4Syntax.isDottedQuad(match.bytes(address)),
              !IPv4Context.precedesVersion(at: address.lowerBound, in: match.text),
              !IPv4Context.followsPackageName(at: address.upperBound, in: match.text)
        else { return false }
        if let port = match.group(2) {
            if IPv4Syntax.isPort(match.bytes(port)) { candidate.confidence = 0.95 } else { candidate.range = address }
        } else if let prefix = match.group(3) {
            if IPv4Syntax.isPrefixLength(match.bytes(prefix)) {
                candidate.confidence = 0.95
            } else {
                candidate.range = address
            }
        }
        return true
    }
}
