extension BuiltInDetectors {
    /// Access keys, tokens, private keys and passwords.
    public static func secret() throws(RedactionError) -> PatternDetector {
        PatternDetector(
            DetectorDescriptor(id: DetectorID(rawValue: "secret"), kind: .secret, summary: "Access keys, tokens, private keys and passwords.", example: "password: hunter2"),
            rules: [
                try PatternRule(#"(?!)"#, confidence: 0.5, prefilter: Prefilter(allOf: .digit))
            ]
        )
    }
}
