extension BuiltInDetectors {
    /// Payment card numbers.
    public static func creditCard() throws(RedactionError) -> PatternDetector {
        PatternDetector(
            DetectorDescriptor(id: DetectorID(rawValue: "credit-card"), kind: .creditCard, summary: "Payment card numbers.", example: "card 4111 1111 1111 1111"),
            rules: [
                try PatternRule(#"(?!)"#, confidence: 0.5, prefilter: Prefilter(allOf: .digit))
            ]
        )
    }
}
