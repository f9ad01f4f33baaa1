/// Shapes an auditor wants to see that the built-in detectors reject: card-shaped numbers of a known network that
/// fail the Luhn check, e-mail-shaped strings whose top-level domain is not delegated, and IBAN-shaped strings that
/// fail mod-97. A typo in real data, a test value or an obfuscation attempt look like this.
///
/// Reports list them apart from findings (``ScanReport/nearMissesByKind``); they are never redacted.
public enum NearMissDetectors {
    /// Card-shaped (13–19 digits, grouped or not, known network prefix) but failing Luhn.
    public static let cardFailingLuhn = EntityKind(rawValue: "CARD_FAILING_LUHN")
    /// E-mail-shaped with a top-level domain that is not delegated.
    public static let emailUnknownTLD = EntityKind(rawValue: "EMAIL_UNKNOWN_TLD")
    /// IBAN-shaped (country, length) but failing mod-97.
    public static let ibanFailingChecksum = EntityKind(rawValue: "IBAN_FAILING_CHECKSUM")

    /// The three near-miss detectors.
    public static func all() throws(RedactionError) -> [PatternDetector] {
        [
            PatternDetector(
                DetectorDescriptor(
                    id: DetectorID(rawValue: "near-miss.card"), kind: cardFailingLuhn,
                    summary: "Card-shaped numbers of a known network failing Luhn.", example: "4111 1111 1111 1112"),
                rules: [
                    try PatternRule(
                        CreditCardPattern.number, confidence: 0.5, prefilter: Prefilter(allOf: .digit),
                        validator: { match, _ in
                            let digits = match.matchedBytes
                            let count = digits.reduce(0) { $0 + ($1 >= 0x30 && $1 <= 0x39 ? 1 : 0) }
                            return (13...19).contains(count) && PaymentCardBrand.hasBrand(digits)
                                && !Luhn.isValid(digits)
                        })
                ]),
            PatternDetector(
                DetectorDescriptor(
                    id: DetectorID(rawValue: "near-miss.email"), kind: emailUnknownTLD,
                    summary: "E-mail-shaped strings with an unknown top-level domain.", example: "jane@contoso.invalidtld"),
                rules: [
                    try PatternRule(
                        EmailPattern.standard, confidence: 0.5, prefilter: Prefilter(allOf: [.at, .dot]),
                        validator: { match, candidate in
                            var probe = candidate
                            return !EmailPattern.validateTopLevelDomain(match, &probe)
                        })
                ]),
            PatternDetector(
                DetectorDescriptor(
                    id: DetectorID(rawValue: "near-miss.iban"), kind: ibanFailingChecksum,
                    summary: "IBAN-shaped strings failing mod-97.", example: "DE89 3704 0044 0532 0130 01"),
                rules: [
                    try PatternRule(
                        IBANPattern.pattern, caseless: true, confidence: 0.5,
                        prefilter: Prefilter(allOf: [.digit, .letter]),
                        validator: { match, _ in !IBANValidator.isValid(match.matchedBytes) })
                ]),
        ]
    }
}
