extension BuiltInDetectors {
    /// Telephone numbers.
    public static func phone() throws(RedactionError) -> PatternDetector {
        PatternDetector(
            DetectorDescriptor(id: DetectorID(rawValue: "phone"), kind: .phone, summary: "Telephone numbers.", example: "call +1 415 555 0100"),
            rules: [
                try PatternRule(#"(?!)"#, confidence: 0.5, prefilter: Prefilter(allOf: .digit))
            ]
        )
    }
}
