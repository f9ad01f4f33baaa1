import Redaction
import Testing

/// The card, IBAN, SSN and coordinate detectors run together: each one's samples keep their kind and spans, so none
/// of them steals or splits another's findings (IBAN digit groups are not cards, SSNs are not card fragments, …).
@Suite("Financial detectors together")
struct FinancialDetectorsTogetherTests {
    static let set = DetectorSet([
        try! BuiltInDetectors.creditCard(), try! BuiltInDetectors.iban(), try! BuiltInDetectors.usSSN(),
        try! BuiltInDetectors.geoCoordinates(),
    ])

    static let samples: [(EntityKind, MarkedText)] =
        CreditCardDetectorTests.positives.map { (EntityKind.creditCard, $0) }
        + IBANDetectorTests.positives.map { (EntityKind.iban, $0) }
        + USSSNDetectorTests.positives.map { (EntityKind.usSSN, $0) }
        + GeoCoordinatesDetectorTests.positives.map { (EntityKind.geoCoordinates, $0) }

    @Test("every sample keeps its kind", arguments: samples)
    func keepsKind(kind: EntityKind, sample: MarkedText) throws {
        let found = try Self.set.findings(in: sample.text)
        #expect(found.map(\.range) == sample.expected, "\(sample.testDescription)")
        #expect(found.allSatisfy { $0.kind == kind }, "\(sample.testDescription)")
    }

    @Test func everyRuleIsJITCompiled() throws {
        let detectors = [
            try BuiltInDetectors.creditCard(), try BuiltInDetectors.iban(), try BuiltInDetectors.usSSN(),
            try BuiltInDetectors.geoCoordinates(),
        ]
        for detector in detectors {
            let compiled = detector.rules.allSatisfy(\.isJITCompiled)
            #expect(compiled, "\(detector.descriptor.id)")
        }
    }
}
