/// The built-in detector catalog: one factory per detector, each in its own file under `Detection/BuiltIn/`.
public enum BuiltInDetectors {
    /// Every built-in detector, in tie-break priority order (earlier wins equal-confidence, equal-length overlaps).
    public static func all() throws(RedactionError) -> [any Detector] {
        [
            try urlCredentials(),
            try secret(),
            try email(),
            try obfuscatedEmail(),
            try creditCard(),
            try iban(),
            try usSSN(),
            try ipv6(),
            try ipv4(),
            try macAddress(),
            try geoCoordinates(),
            try caseNumber(),
            try phone(),
            try streetAddress(),
            try postalCode(),
            try personContext(),
            try city(),
        ]
    }
}
