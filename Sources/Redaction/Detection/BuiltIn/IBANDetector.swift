extension BuiltInDetectors {
    /// International bank account numbers of every SWIFT-registry country (``IBANValidator/lengths``) with that
    /// country's exact length and a valid ISO 7064 MOD 97-10 check, printed compact (`DE89370400440532013000`) or in
    /// groups of four separated by single spaces (`DE89 3704 0044 0532 0130 00`); letters in either case.
    ///
    /// Deliberately not detected: wrong check digits; the wrong length for the country; unknown country codes; codes
    /// or digits running into adjacent letters or digits (a longer alphanumeric string); irregular grouping (groups
    /// not of four, double spaces, dashes); SWIFT/BIC codes (`DEUTDEFF500`), which carry no account number.
    public static func iban() throws(RedactionError) -> PatternDetector {
        PatternDetector(
            DetectorDescriptor(
                id: DetectorID(rawValue: "iban"), kind: .iban,
                summary: "IBANs of SWIFT-registry countries, exact length and mod-97 valid, compact or in groups of 4.",
                example: "IBAN DE89 3704 0044 0532 0130 00"),
            rules: [
                // 0.97: the exact country length plus a mod-97 check (1 in 97 random strings pass) on a string that
                // already has the IBAN shape. Every match starts with a country code: two ASCII letters in a row.
                try PatternRule(
                    IBANPattern.pattern, caseless: true, confidence: 0.97,
                    prefilter: Prefilter(allOf: [.digit, .letterPair]), minimumDigits: 2, minimumDigitRun: 2,
                    validator: IBANPattern.validate
                ).gated(buffer: { text, _ in IBANPattern.firstCountryCode(in: text) })
            ]
        )
    }
}

/// The IBAN grammar, generated from the registry length table so a match has exactly its country's length.
enum IBANPattern {
    /// Where a registry country code (either case) first stands right before two digits in `text`, or `nil`: every
    /// match starts so. Looks for the two digits first, eight positions per step (``ByteWord``: a digit pair is
    /// rarer than a letter pair), then at the country code before them.
    static func firstCountryCode(in text: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = text.baseAddress else { return nil }
        let raw = UnsafeRawPointer(base), count = text.count
        @inline(__always) func digitBytes(at offset: Int) -> UInt64 {
            ByteWord.digits(of: ByteWord.load(raw, at: offset))
        }
        // `pairs` has byte k set where `text[digit + k]` and the byte after it are digits: a code may start at
        // `digit + k - 2`.
        var digit = 2
        while digit + 9 <= count {
            var pairs = digitBytes(at: digit) & digitBytes(at: digit + 1)
            while pairs != 0 {
                let index = digit + (pairs.trailingZeroBitCount >> 3) - 2
                if IBANValidator.length(country: text[index], text[index + 1]) != nil { return index }
                pairs &= pairs &- 1
            }
            digit += 8
        }
        var index = digit - 2
        while index + 3 < count {
            if text[index + 2] &- 0x30 < 10, text[index + 3] &- 0x30 < 10,
                IBANValidator.length(country: text[index], text[index + 1]) != nil
            {
                return index
            }
            index += 1
        }
        return nil
    }

    /// `(?<!alnum)CC dd BBAN(?!alnum)`, one alternative per length, each listing the countries of that length; the
    /// BBAN compact or as space-separated groups of four with a shorter last group.
    static let pattern: String = {
        var countriesByLength: [Int: [String]] = [:]
        for (country, length) in IBANValidator.lengths { countriesByLength[length, default: []].append(country) }
        let alternatives = countriesByLength.keys.sorted().map { length -> String in
            let countries = countriesByLength[length]!.sorted().joined(separator: "|")
            let bban = length - 4
            let fullGroups = bban / 4, rest = bban % 4
            let grouped = #"(?:\x20[A-Z0-9]{4}){"# + String(fullGroups) + "}"
                + (rest > 0 ? #"\x20[A-Z0-9]{"# + String(rest) + "}" : "")
            return "(?:" + countries + #")\d{2}(?:[A-Z0-9]{"# + String(bban) + "}|" + grouped + ")"
        }
        return #"(?<![A-Z0-9])(?=[A-Z]{2}\d{2})(?:"# + alternatives.joined(separator: "|") + #")(?![A-Z0-9])"#
    }()

    /// Mod-97 and length check (the pattern already fixed the length; the validator is the single source of truth).
    static let validate: MatchValidator = { match, _ in IBANValidator.isValid(match.matchedBytes) }
}
