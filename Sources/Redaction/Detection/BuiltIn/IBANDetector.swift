extension BuiltInDetectors {
    /// International bank account numbers.
    public static func iban() throws(RedactionError) -> PatternDetector {
        PatternDetector(
            DetectorDescriptor(id: DetectorID(rawValue: "iban"), kind: .iban, summary: "International bank account numbers.", example: "IBAN DE89 3704 0044 0532 0130 00"),
            rules: [
                try PatternRule(#"(?!)"#, confidence: 0.5, prefilter: Prefilter(allOf: .digit))
            ]
        )
    }
}
