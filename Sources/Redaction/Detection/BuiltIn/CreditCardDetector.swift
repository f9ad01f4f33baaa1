extension BuiltInDetectors {
    /// Payment card numbers: 13–19 digits, Luhn-valid, with the prefix and length of a known network (Visa,
    /// Mastercard incl. 2221–2720, American Express, Discover, Diners Club, JCB, UnionPay, Mir, Maestro — see
    /// ``PaymentCardBrand``), printed compact (`4111111111111111`) or grouped with one consistent separator: space,
    /// dash, ` - `, no-break space or narrow no-break space (`4111 1111 1111 1111`, Amex `3782 822463 10005`). Mixed
    /// spaces and dashes are accepted only in the strict 4-4-4-4 layout. When a grouped number is followed by one or
    /// two short groups that make it invalid (a CVV or `12 25` expiry printed after it), the longest valid prefix is
    /// the finding, at slightly lower confidence.
    ///
    /// Deliberately not detected: Luhn-invalid numbers; numbers without a card prefix (case numbers, millisecond
    /// timestamps, order numbers starting with 1, 7, 8, 9); digits inside longer digit runs, words, hex strings or
    /// decimals (`0.4111111111111111`), after `+` (phone numbers) or after a digit group of the same grouped run
    /// (tracking numbers, IBAN digit groups); runs of more than six groups; 12-digit Maestro numbers; dot-separated
    /// groups.
    public static func creditCard() throws(RedactionError) -> PatternDetector {
        PatternDetector(
            DetectorDescriptor(
                id: DetectorID(rawValue: "credit-card"), kind: .creditCard,
                summary: "Payment card numbers (13–19 digits, Luhn-valid, known network prefix and length), compact "
                    + "or grouped with spaces or dashes.",
                example: "card 4111 1111 1111 1111"),
            rules: [
                // 0.95: a Luhn check plus a network prefix and length leave about one random digit string in 30+.
                try PatternRule(
                    CreditCardPattern.number, confidence: 0.95, prefilter: Prefilter(allOf: .digit),
                    // The validator rejects any match of fewer than 13 digits.
                    minimumDigits: 13, minimumDigitRun: 4, validator: CreditCardPattern.validate
                ).gated(clusterDigits: 13, startingAtCluster: CreditCardPattern.matchBytes)
            ]
        )
    }
}

/// The card number grammar (byte mode).
enum CreditCardPattern {
    /// A group separator, captured so later groups must repeat it: ` - `, space, dash, U+00A0, U+202F.
    static let separator = #"(\x20-\x20|\x20|-|\xC2\xA0|\xE2\x80\xAF)"#

    /// Every byte a match of ``number`` may hold: digits and the separators. The validator accepts 13 digits or
    /// more, all in one cluster (at most three separator bytes between digits; see ``PatternRule/clusterStartBytes``).
    static let matchBytes = ByteSet(Array("0123456789 -".utf8) + [0xC2, 0xA0, 0xE2, 0x80, 0xAF])

    /// Group 1: a compact run. Group 2: the separator of a consistently grouped run (first group of 4 digits, 3–6
    /// groups in all, not preceded by a digit and a separator, not followed by another group at the limit). Neither:
    /// the mixed-separator 4-4-4-4 layout. Digit runs and group repetitions are possessive: giving digits or groups
    /// back can only leave a digit or another group next, which the look-aheads reject anyway.
    static let number =
        #"(?<![A-Za-z0-9+]|\d[.\-])(?:"#
        + #"(\d{13,19}+)"#
        + #"|(?<!\d\x20|\d\xC2\xA0|\d\xE2\x80\xAF)\d{4}"# + separator + #"\d{2,6}+(?:\2\d{1,6}+){1,4}+(?!\2\d)"#
        + #"|(?<!\d\x20)\d{4}[\x20\-]\d{4}[\x20\-]\d{4}[\x20\-]\d{4}(?![\x20\-]\d)"#
        + #")(?![A-Za-z0-9]|[.\-]\d)"#

    /// Confidence when trailing groups had to be dropped: the number is valid, where it ends is a guess.
    static let trimmedConfidence = 0.9

    /// Accepts a Luhn-valid number of a known network. For a consistently grouped run, also tries the run without
    /// its last one or two groups.
    static let validate: MatchValidator = { match, candidate in
        let text = match.text
        let start = match.range.lowerBound
        var end = match.range.upperBound
        let attempts = match.group(2) == nil ? 1 : 3
        for attempt in 0..<attempts {
            let digits = text[start..<end]
            let count = digits.reduce(0) { $0 + ($1 >= 0x30 && $1 <= 0x39 ? 1 : 0) }
            if count < 13 { return false }
            if count <= 19, PaymentCardBrand.hasBrand(digits), Luhn.isValid(digits) {
                candidate.range = start..<end
                if attempt > 0 { candidate.confidence = trimmedConfidence }
                return true
            }
            // Drop the last group and the separator before it.
            while end > start, text[end - 1] >= 0x30, text[end - 1] <= 0x39 { end -= 1 }
            while end > start, text[end - 1] < 0x30 || text[end - 1] > 0x39 { end -= 1 }
        }
        return false
    }
}
