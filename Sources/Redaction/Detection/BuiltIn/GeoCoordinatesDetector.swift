extension BuiltInDetectors {
    /// Latitude/longitude pairs.
    public static func geoCoordinates() throws(RedactionError) -> PatternDetector {
        PatternDetector(
            DetectorDescriptor(id: DetectorID(rawValue: "geo-coordinates"), kind: .geoCoordinates, summary: "Latitude/longitude pairs.", example: "at 47.6205, -122.3493"),
            rules: [
                try PatternRule(#"(?!)"#, confidence: 0.5, prefilter: Prefilter(allOf: .digit))
            ]
        )
    }
}
