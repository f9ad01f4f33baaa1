extension BuiltInDetectors {
    /// IPv4 addresses.
    public static func ipv4() throws(RedactionError) -> PatternDetector {
        PatternDetector(
            DetectorDescriptor(id: DetectorID(rawValue: "ipv4"), kind: .ipv4, summary: "IPv4 addresses.", example: "client 203.0.113.7 connected"),
            rules: [
                try PatternRule(#"\b(?:\d{1,3}\.){3}\d{1,3}\b"#, confidence: 0.5, prefilter: Prefilter(allOf: .digit))
            ]
        )
    }
}
