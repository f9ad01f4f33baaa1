extension BuiltInDetectors {
    /// US social security numbers with a valid area (001–899, not 666), group (01–99) and serial (0001–9999):
    /// - dashed `123-45-6789` anywhere (confidence 0.85, 0.95 with an SSN word within 40 bytes before);
    /// - undashed `123456789`, spaced `123 45 6789` or dotted `123.45.6789` only after an SSN word within 40 bytes
    ///   (`SSN`, `SSNs`, `social security`, `social sec`, `soc sec`, `SS#`, `SS no`, or a `…_ssn` / `…Ssn` key).
    ///
    /// Deliberately not detected: invalid areas/groups/serials (`000-…`, `666-…`, `9xx-…` ITINs, `…-00-…`, `…-0000`);
    /// numbers inside longer digit or dash runs (`123-45-6789-0`, `1-123-45-6789`); other digit layouts (phones
    /// `415-555-0100`, dates, ZIP+4 `98052-6399`); bare 9-digit numbers without an SSN word; a dashed number glued to
    /// a preceding word (`PN-123-45-6789`) unless an SSN word precedes it.
    public static func usSSN() throws(RedactionError) -> PatternDetector {
        PatternDetector(
            DetectorDescriptor(
                id: DetectorID(rawValue: "us-ssn"), kind: .usSSN,
                summary: "US social security numbers with valid area/group/serial: dashed anywhere; undashed, spaced "
                    + "or dotted after an SSN word.",
                example: "SSN 123-45-6789"),
            rules: [
                // 0.85: the 3-2-4 dashed layout with valid ranges is rarely anything else, but has no check digit.
                try PatternRule(
                    SSNPattern.dashed, confidence: 0.85, prefilter: Prefilter(allOf: [.digit, .dash]),
                    minimumDigits: 9, minimumDigitRun: 4, validator: SSNPattern.validateDashed
                ).gated(clusterDigits: 9).anchored(at: SSNPattern.dashedAnchor),
                // 0.9: nine digits are ambiguous alone; an SSN word right before them makes them near certain.
                // Searched only where an SSN word is: the validator accepts no match without one.
                try PatternRule(
                    SSNPattern.bare, confidence: 0.9, prefilter: Prefilter(allOf: [.digit, .letter]),
                    minimumDigits: 9, minimumDigitRun: 4, validator: SSNPattern.validateBare
                ).gated(clusterDigits: 9, startingAtCluster: SSNPattern.bareMatchBytes, words: .ssnWords),
            ]
        )
    }
}

/// The SSN grammar (byte mode) and its context rules.
enum SSNPattern {
    /// Not preceded by a letter/digit or by a digit and a dash or dot; not followed by one or by a dash/dot and a digit.
    static let dashed = #"(?<![A-Za-z0-9]|\d[.\-])\d{3}-\d{2}-\d{4}(?![A-Za-z0-9]|[.\-]\d)"#
    /// Every dashed number starts with three digits and a dash, and is whole digit runs of three, two and four
    /// digits joined by single dashes (``admitsDashed``).
    static let dashedAnchor = MatchAnchor(
        byte: UInt8(ascii: "-"), lead: 0x30...0x39, minimumLead: 3, maximumLead: 3, admits: admitsDashed)

    /// Whether the dash at `dash` may be the first dash of a ``dashed`` number: the whole digit runs around it are of
    /// three and two digits, followed by a dash and a whole run of four (the look-arounds allow no digit on either
    /// side).
    static func admitsDashed(_ text: UnsafeBufferPointer<UInt8>, dash: Int) -> Bool {
        MatchAnchor.digits(before: dash, in: text) == 3 && MatchAnchor.digits(from: dash + 1, in: text) == 2
            && dash + 3 < text.count && text[dash + 3] == UInt8(ascii: "-")
            && MatchAnchor.digits(from: dash + 4, in: text) == 4
    }

    /// Compact, spaced or dotted (group 1 is the separator, repeated).
    static let bare = #"(?<![A-Za-z0-9]|\d[.\-])\d{3}([\x20.]?)\d{2}\1\d{4}(?![A-Za-z0-9]|[.\-]\d|\1\d)"#
    /// Every byte a match of ``bare`` may hold; its nine digits are one cluster (see
    /// ``PatternRule/clusterStartBytes``).
    static let bareMatchBytes = ByteSet(Array("0123456789 .".utf8))

    /// Words that say the number is an SSN.
    static let context = ContextWords(
        ["ssn", "ssns", "social security", "social sec", "soc sec", "ss#", "ss #", "ss no", "ss num", "ss number"],
        window: 40)

    /// The first word of each phrase of ``context`` (a phrase matches with any separators between its words, so
    /// its first word stands whole: `ssn`, `social`, `soc`, `ss#`, `ss` …).
    static let contextFirstWords = Set(context.words.compactMap { $0.split(separator: " ").first.map(String.init) })
        .sorted()

    /// Confidence of a dashed number with an SSN word before it.
    static let confirmedConfidence = 0.95

    /// Valid ranges; boosted by an SSN word; a number glued to a preceding word by a dash or dot needs the word.
    static let validateDashed: MatchValidator = { match, candidate in
        guard SocialSecurityNumber.isValid(match.matchedBytes) else { return false }
        let start = match.range.lowerBound
        let confirmed = mentionsSSN(before: start, in: match.text)
        if start > 0, match.text[start - 1] == UInt8(ascii: "-") || match.text[start - 1] == UInt8(ascii: "."),
           !confirmed {
            return false
        }
        if confirmed { candidate.confidence = confirmedConfidence }
        return true
    }

    /// Valid ranges and an SSN word before the number.
    static let validateBare: MatchValidator = { match, candidate in
        SocialSecurityNumber.isValid(match.matchedBytes) && mentionsSSN(before: match.range.lowerBound, in: match.text)
    }

    /// Whether an SSN word ends within the context window before `position`: a ``ContextWords`` phrase, or a key
    /// such as `customer_ssn` or `customerSsn` (which whole-word matching does not see).
    static func mentionsSSN(before position: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        if context.occurs(before: position, in: text) { return true }
        let lower = max(0, position - context.window)
        var index = lower + 1
        while index + 3 <= position {
            let first = text[index]
            if first | 0x20 == UInt8(ascii: "s"), text[index + 1] | 0x20 == UInt8(ascii: "s"),
               text[index + 2] | 0x20 == UInt8(ascii: "n") {
                let before = text[index - 1]
                let after = index + 3 < text.count ? text[index + 3] : 0
                let endsWord = !(after | 0x20 >= UInt8(ascii: "a") && after | 0x20 <= UInt8(ascii: "z"))
                let snake = before == UInt8(ascii: "_")
                let camel = first == UInt8(ascii: "S") && before >= UInt8(ascii: "a") && before <= UInt8(ascii: "z")
                if endsWord, snake || camel { return true }
            }
            index += 1
        }
        return false
    }
}
