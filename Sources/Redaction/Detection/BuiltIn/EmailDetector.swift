extension BuiltInDetectors {
    /// E-mail addresses in their standard written form: practical RFC 5322 local parts (dots, sub-addressing with
    /// `+`, hyphens, apostrophes, UTF-8), dotted domains with IDN (UTF-8) labels, ending in a delegated top-level domain.
    /// Also inside `mailto:` links and `<…>` headers, where the address alone is the finding.
    public static func email() throws(RedactionError) -> PatternDetector {
        PatternDetector(
            DetectorDescriptor(
                id: DetectorID(rawValue: "email"), kind: .email,
                summary: "E-mail addresses (sub-addressing, dots, hyphens, IDN domains, mailto:, <…>), known TLD.",
                example: "Reply to <jane.doe+support@contoso.com> today."),
            rules: [
                try PatternRule(
                    EmailPattern.standard, confidence: 0.95, prefilter: Prefilter(allOf: [.at, .dot]),
                    validator: EmailPattern.validateTopLevelDomain)
            ]
        )
    }
}

/// The e-mail grammar shared by the e-mail detectors (byte mode: `\x80-\xff` admits UTF-8 letters).
enum EmailPattern {
    /// A byte that may appear in a practical local part (RFC 5322 atext without the URL delimiters `= ? & /`).
    static let localByte = #"[A-Za-z0-9_%+\-'!#$*^{|}~\x80-\xff]"#
    /// A byte that may start a local part.
    static let localStart = #"[A-Za-z0-9_\x80-\xff]"#
    /// One domain label: letters, digits, hyphens inside, UTF-8 bytes for IDN.
    static let label = #"[A-Za-z0-9\x80-\xff](?:[A-Za-z0-9\x80-\xff\-]{0,61}[A-Za-z0-9\x80-\xff])?"#

    /// `local@domain.tld`; group 1 is the top-level domain.
    static let standard =
        #"(?<![A-Za-z0-9_%+\-.\x80-\xff])"# + localStart + localByte + #"*(?:\."# + localByte + #"+)*"#
        + #"@(?:"# + label + #"\.)+("# + label + #")(?![A-Za-z0-9\x80-\xff\-]|\.[A-Za-z0-9\x80-\xff])"#

    /// Accepts the match when group 1 is a delegated TLD. When the last label ran into trailing non-ASCII text
    /// (`jane@contoso.com。`), the ASCII prefix is tried and the finding shrunk to it.
    static let validateTopLevelDomain: MatchValidator = { match, candidate in
        guard let tld = match.group(1) else { return false }
        return acceptTopLevelDomain(tld, in: match.text, candidate: &candidate)
    }

    /// Shared TLD check for the e-mail detectors: `tld` is the byte range of the last label.
    static func acceptTopLevelDomain(
        _ tld: Range<Int>, in text: UnsafeBufferPointer<UInt8>, candidate: inout Candidate
    ) -> Bool {
        if TopLevelDomainSet.contains(text[tld]) { return true }
        var end = tld.lowerBound
        while end < tld.upperBound, text[end] < 0x80 { end += 1 }
        guard end < tld.upperBound, end - tld.lowerBound >= 2, TopLevelDomainSet.contains(text[tld.lowerBound..<end])
        else { return false }
        candidate.range = candidate.range.lowerBound..<min(candidate.range.upperBound, end)
        return true
    }
}
