extension BuiltInDetectors {
    /// user:password in URLs.
    public static func urlCredentials() throws(RedactionError) -> PatternDetector {
        PatternDetector(
            DetectorDescriptor(id: DetectorID(rawValue: "url-credentials"), kind: .urlCredentials, summary: "user:password in URLs.", example: "https://admin:hunter2@example.com/"),
            rules: [
                try PatternRule(#"(?!)"#, confidence: 0.5, prefilter: Prefilter(allOf: .digit))
            ]
        )
    }
}
