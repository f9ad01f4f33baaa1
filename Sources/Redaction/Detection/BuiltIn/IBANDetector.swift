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
                ).gated(buffer: { _, counts in counts.firstIBANCountryCode })
            ]
        )
    }
}

/// The IBAN grammar, generated from the registry length table so a match has exactly its country's length.
enum IBANPattern {
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
