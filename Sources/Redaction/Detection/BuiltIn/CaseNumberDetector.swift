extension BuiltInDetectors {
    /// Support case numbers.
    public static func caseNumber() throws(RedactionError) -> PatternDetector {
        PatternDetector(
            DetectorDescriptor(id: DetectorID(rawValue: "case-number"), kind: .caseNumber, summary: "Support case numbers.", example: "case 120012345678901"),
            rules: [
                try PatternRule(#"\b[12]\d{14,15}\b"#, confidence: 0.5, prefilter: Prefilter(allOf: .digit))
            ]
        )
    }
}
