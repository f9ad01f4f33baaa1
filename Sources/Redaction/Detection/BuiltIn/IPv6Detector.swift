extension BuiltInDetectors {
    /// IPv6 addresses.
    public static func ipv6() throws(RedactionError) -> PatternDetector {
        PatternDetector(
            DetectorDescriptor(id: DetectorID(rawValue: "ipv6"), kind: .ipv6, summary: "IPv6 addresses.", example: "from 2001:db8::1"),
            rules: [
                try PatternRule(#"(?!)"#, confidence: 0.5, prefilter: Prefilter(allOf: .digit))
            ]
        )
    }
}
