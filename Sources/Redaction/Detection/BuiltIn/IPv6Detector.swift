extension BuiltInDetectors {
    /// IPv6 addresses in every RFC 4291 / RFC 5952 text form: full (`2001:0db8:0000:0000:0000:ff00:0042:8329`),
    /// `::`-compressed (`2001:db8::1`, `fe80::1`, `2001:db8::`), IPv4-embedded (`::ffff:192.0.2.1`,
    /// `64:ff9b::198.51.100.7`), with a zone id (`fe80::1%eth0`, `fe80::1%25en0` in URLs) or a prefix length
    /// (`2001:db8::/32`, /0–/128). The bracketed form with a port is one finding, brackets and port included
    /// (`[2001:db8::1]:443`), like an IPv4 `address:port`; brackets without a port are punctuation and stay outside.
    ///
    /// Deliberately not found (see ``IPv6Syntax/isReportable(_:)``):
    /// - `::` and `::1` (unspecified and loopback: they identify no one), and tiny compressed forms without a group of
    ///   three or more hex digits (`1::2`, `a1::b2`);
    /// - text without a decimal digit (`Dead::Beef`, C++/Rust/Perl paths `std::vector`, `Foo::Bar`);
    /// - clock times and ratios (`12:30:45`, `16:9`), MAC addresses (six colon groups of two digits belong to the
    ///   MAC detector), hex dumps (eight groups of one or two digits) and fingerprints (more than eight groups);
    /// - a candidate glued to a following letter (`12:30:45pm`, `fe80::1g`).
    ///
    /// Eight groups of four hex digits are reported even when they are really a formatted hash: that text is a valid
    /// address and cannot be told apart.
    public static func ipv6() throws(RedactionError) -> PatternDetector {
        PatternDetector(
            DetectorDescriptor(
                id: DetectorID(rawValue: "ipv6"), kind: .ipv6,
                summary: "IPv6 addresses (full, ::-compressed, IPv4-embedded, %zone, [addr]:port, /prefix); not ::1.",
                example: "from [2001:db8::1]:443 and fe80::1%eth0"),
            rules: [
                // 0.95: every candidate passes a full structural parse; look-alikes (times, MACs, code) fail it.
                try PatternRule(
                    IPv6Pattern.candidate, confidence: 0.95, prefilter: Prefilter(allOf: [.colon, .digit]),
                    validator: IPv6Pattern.validate
                ).gated(colons: 2, buffer: IPv6Pattern.earliestStart).anchored(at: IPv6Pattern.anchor)
            ]
        )
    }
}

/// The IPv6 candidate pattern and its validator.
enum IPv6Pattern {
    /// Where a colon-hex run may start: not after a byte of `excluded` (word bytes and run separators) — or right
    /// after a key and a colon (`addr:2001:db8::1`, `src:fe80::1`, `HWaddr:00:…`) when that key has a non-hex letter
    /// among its last four letters, so the position can never be inside a hex run.
    /// The single-byte `(?<=:)` check runs first: without it, every word-initial `a`–`f` in prose paid for four
    /// failing look-behinds (measured: the MAC pattern ran twice as long).
    static func start(excluding excluded: String) -> String {
        #"(?:(?<!["# + excluded + #"])|(?<=:)"#
            + #"(?<=[G-Zg-z_]:|[G-Zg-z_][A-Za-z]:|[G-Zg-z_][A-Za-z]{2}:|[G-Zg-z_][A-Za-z]{3}:)(?=[0-9A-Fa-f]))"#
    }

    /// A permissive candidate finder: group 1 `[`, group 2 the maximal (possessive) run of hex digits, colons and
    /// dots with at least two colons, group 3 a `%zone`, group 4 `]`, group 5 a port after `]:`, group 6 a prefix
    /// length. The structure is checked by ``IPv6Syntax``. A rejected run is skipped whole, so no sub-part of a hex
    /// dump or fingerprint is ever retried.
    static let candidate =
        start(excluding: #"0-9A-Za-z_.:"#)
        + #"(\[)?([0-9A-Fa-f]*+:[0-9A-Fa-f]*+:[0-9A-Fa-f:.]*+)(%[0-9A-Za-z_.~\-]+)?"#
        + #"(?:(\])(?::([0-9]{1,5})(?![0-9]))?)?(?:/([0-9]{1,3})(?![0-9]))?"#

    /// Every candidate holds a colon, and before its first one only a `[` and hex digits: the pattern is searched
    /// around each colon's run of them instead of from every position.
    static let anchor = MatchAnchor(byte: UInt8(ascii: ":"), lead: Array("[0123456789ABCDEFabcdef".utf8))

    /// `nil` unless `text` could hold an address ``IPv6Syntax/parse(_:)`` accepts: a `::`, or six colons (eight
    /// groups, or six and an embedded IPv4 address); then where a ``candidate`` can first start: before the first
    /// colon only its run of hex digits and a `[` (a later colon's run starts after the first colon).
    static let earliestStart: BufferGate = { text, counts in
        // The counting pass noted the first colon and whether two stand together.
        guard counts.firstColon >= 0, counts.colons >= 6 || counts.hasDoubleColon else { return nil }
        var start = counts.firstColon
        while start > 0, IPv6Syntax.hexValue(text[start - 1]) != nil { start -= 1 }
        return max(0, start - 1)
    }

    /// Trims sentence punctuation, parses the address and extends the finding over zone, `[…]:port` or `/prefix`.
    static let validate: MatchValidator = { match, candidate in
        guard let run = match.group(2) else { return false }
        let text = match.text
        // A trailing `.` or single `:` is punctuation (`at 2001:db8::1.`, `2001:db8::1: refused`).
        var end = run.upperBound
        while end > run.lowerBound, text[end - 1] == UInt8(ascii: ".") { end -= 1 }
        if end - run.lowerBound >= 2, text[end - 1] == UInt8(ascii: ":"), text[end - 2] != UInt8(ascii: ":") {
            end -= 1
        }
        let trimmed = end < run.upperBound
        // A run that stops at a letter or `_` is part of a word (`12:30:45pm`).
        if !trimmed, run.upperBound < text.count, isWordByte(text[run.upperBound]) { return false }
        guard let shape = IPv6Syntax.parse(text[run.lowerBound..<end]), IPv6Syntax.isReportable(shape) else {
            return false
        }
        var range = run.lowerBound..<end
        candidate.range = range
        if trimmed { return true }
        if let zone = match.group(3) {
            var zoneEnd = zone.upperBound
            while zoneEnd > zone.lowerBound + 1, text[zoneEnd - 1] == UInt8(ascii: ".") { zoneEnd -= 1 }
            if zoneEnd > zone.lowerBound + 1 { range = range.lowerBound..<zoneEnd }
            candidate.range = range
            if zoneEnd < zone.upperBound { return true }
        }
        if let open = match.group(1), match.group(4) != nil, let port = match.group(5) {
            if IPv4Syntax.isPort(match.bytes(port)) { candidate.range = open.lowerBound..<port.upperBound }
        } else if match.group(4) == nil, let prefix = match.group(6),
                  IPv4Syntax.isPrefixLength(match.bytes(prefix), maximum: 128) {
            candidate.range = range.lowerBound..<prefix.upperBound
        }
        return true
    }

    @inline(__always) static func isWordByte(_ byte: UInt8) -> Bool {
        let lower = byte | 0x20
        return (lower >= 0x61 && lower <= 0x7A) || byte == UInt8(ascii: "_")
    }
}
