extension BuiltInDetectors {
    /// US social security numbers.
    public static func usSSN() throws(RedactionError) -> PatternDetector {
        PatternDetector(
            DetectorDescriptor(id: DetectorID(rawValue: "us-ssn"), kind: .usSSN, summary: "US social security numbers.", example: "SSN 123-45-6789"),
            rules: [
                try PatternRule(#"(?!)"#, confidence: 0.5, prefilter: Prefilter(allOf: .digit))
            ]
        )
    }
}
