extension BuiltInDetectors {
    /// MAC addresses.
    public static func macAddress() throws(RedactionError) -> PatternDetector {
        PatternDetector(
            DetectorDescriptor(id: DetectorID(rawValue: "mac-address"), kind: .macAddress, summary: "MAC addresses.", example: "mac 00:1A:2B:3C:4D:5E"),
            rules: [
                try PatternRule(#"(?!)"#, confidence: 0.5, prefilter: Prefilter(allOf: .digit))
            ]
        )
    }
}
