import Redaction
import RedactionTestSupport
import Testing

/// Runs every detector's positives through the whole built-in set: whatever wins an overlap, every marked byte must
/// still be covered by a finding (nothing leaks because another detector claimed part of it), and redaction must be
/// idempotent on the result.
@Suite("Catalog: positives survive the full detector set")
struct CatalogCoverageTests {
    static let set = try! DetectorSet.builtIn()

    static let positives: [MarkedText] =
        EmailDetectorTests.positives + ObfuscatedEmailDetectorTests.positives + IPv4DetectorTests.positives
        + IPv6DetectorTests.positives + MACAddressDetectorTests.positives + PhoneDetectorTests.positives
        + CaseNumberDetectorTests.positives + CreditCardDetectorTests.positives + USSSNDetectorTests.positives
        + IBANDetectorTests.positives + URLCredentialsDetectorTests.positives + SecretDetectorTests.positives
        + GeoCoordinatesDetectorTests.positives

    @Test("every marked byte is covered", arguments: positives)
    func coveredByTheFullSet(sample: MarkedText) throws {
        let findings = try Self.set.findings(in: sample.text)
        for expected in sample.expected {
            let uncovered = expected.filter { byte in !findings.contains { $0.range.contains(byte) } }
            #expect(uncovered.isEmpty, "\(uncovered.count) byte(s) of \(expected) uncovered in \(sample.testDescription)")
        }
    }

    @Test("redaction is idempotent", arguments: positives)
    func idempotent(sample: MarkedText) throws {
        let redactor = Redactor(detectors: Self.set)
        let once = try redactor.redact(sample.text)
        expectSameText(try redactor.redact(once), once, sample.testDescription)
    }

    @Test func everyBuiltInHasDistinctIdAndJIT() throws {
        let ids = Self.set.descriptors.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(ids.count == 17)
        for case let detector as PatternDetector in Self.set.detectors {
            #expect(detector.rules.allSatisfy(\.isJITCompiled) || !RedactionInfo.isJITActive, "\(detector.descriptor.id)")
        }
    }
}
