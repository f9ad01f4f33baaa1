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
                    validator: EmailPattern.validateTopLevelDomain
                ).anchored(at: EmailPattern.anchor)
            ]
        )
    }
}

/// The e-mail grammar shared by the e-mail detectors, in byte mode.
///
/// Local parts admit ASCII atext and two-byte UTF-8 letters (Latin, Greek, Cyrillic, Hebrew, Arabic…), but not
/// three-byte characters: CJK text is written without spaces, so a local part that could contain kanji would swallow
/// the sentence before `連絡先h.inoue@…`. Domain labels admit two- and three-byte UTF-8 (IDN such as `müller.de`,
/// `例え.jp`) except CJK punctuation, full-width forms and general punctuation (`。`, `）`, `＠`, zero-width
/// characters), where a domain written inside Japanese or Chinese text ends.
enum EmailPattern {
    /// A two-byte UTF-8 sequence (U+0080–U+07FF).
    static let twoByte = #"[\xc2-\xdf][\x80-\xbf]"#
    /// A three-byte UTF-8 sequence other than general punctuation (E2 80), CJK punctuation (E3 80) and full-width
    /// forms (EF BC, EF BD).
    static let threeByteLetter = #"(?!\xe2\x80|\xe3\x80|\xef\xbc|\xef\xbd)[\xe0-\xef][\x80-\xbf][\x80-\xbf]"#
    /// One character of a practical local part (RFC 5322 atext without the URL delimiters `= ? & /`).
    static let localCharacter = #"(?:[A-Za-z0-9_%+\-'!#$*^{|}~]|"# + twoByte + ")"
    /// A character that may start a local part.
    static let localStart = #"(?:[A-Za-z0-9_]|"# + twoByte + ")"
    /// Not preceded by a local-part character (ASCII or two-byte), so a match starts where the address starts.
    static let localBoundary = #"(?<![A-Za-z0-9_%+\-.])(?<!"# + twoByte + ")"
    /// One character of a domain label.
    static let labelCharacter = #"(?:[A-Za-z0-9]|"# + twoByte + "|" + threeByteLetter + ")"
    /// One domain label: letters, digits, hyphens inside.
    static let label = labelCharacter + #"(?:(?:[\-]|"# + labelCharacter + #"){0,61}"# + labelCharacter + ")?"

    /// Every address holds an `@` after its local part: ``localCharacter``s and dots (ASCII atext, two-byte UTF-8),
    /// at least one.
    static let anchor = MatchAnchor(
        byte: UInt8(ascii: "@"), lead: Array("._%+-'!#$*^{|}~".utf8) + asciiAlphanumerics + Array(0x80...0xDF),
        minimumLead: 1)
    /// `A`–`Z`, `a`–`z`, `0`–`9` and `_`.
    static let asciiAlphanumerics: [UInt8] = Array(0x30...0x39) + Array(0x41...0x5A) + Array(0x61...0x7A) + [0x5F]

    /// `local@domain.tld`; group 1 is the top-level domain.
    static let standard =
        localBoundary + localStart + localCharacter + #"*+(?:\."# + localCharacter + #"++)*+"#
        + #"@(?:"# + label + #"\.)+("# + label + #")(?![A-Za-z0-9\-]|\.[A-Za-z0-9])"#

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
