import Foundation
import Redaction
import SyntheticData
import Testing

@Suite("Scan reports")
struct ScanReportTests {
    static let redactor = try! Redactor.builtIn()

    private func scan(
        _ input: [UInt8], format: RecordFormat = .jsonl, onInvalid: InvalidRecordPolicy = .reject, jobs: Int = 1,
        chunkBytes: Int = 2 << 20, settings: ScanSettings = ScanSettings()
    ) throws -> ScanReport {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("scan-in-\(UUID().uuidString)")
        try Data(input).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let descriptor = open(url.path, O_RDONLY)
        defer { close(descriptor) }
        return try StreamRedactor(redactor: Self.redactor, format: format, onInvalid: onInvalid, jobs: jobs,
                                  chunkBytes: chunkBytes)
            .scan(input: descriptor, settings: settings)
    }

    private func generated(_ count: Int, seed: UInt64) -> [UInt8] {
        var generator = SupportCaseGenerator(seed: seed)
        var bytes: [UInt8] = []
        for _ in 0..<count { generator.appendNextLine(to: &bytes) }
        return bytes
    }

    @Test func reportsKindsPathsAndMaskedLocations() throws {
        let input = Array("""
            {"customer":{"email":"jane@contoso.com"},"notes":["call +1 415-555-0134","fine"],"card":"4111 1111 1111 1112"}
            {"description":"nothing here"}
            not json jane@contoso.com

            """.utf8)
        let report = try scan(input, onInvalid: .text)
        #expect(report.recordsRead == 3)
        #expect(report.recordsScanned == 3)
        #expect(report.recordsWithFindings == 2)
        #expect(report.findingsByKind == ["EMAIL": 2, "PHONE": 1])
        #expect(report.findingsByPath == ["customer.email": ["EMAIL": 1], "notes[*]": ["PHONE": 1], "": ["EMAIL": 1]])
        #expect(report.nearMissesByKind == ["CARD_FAILING_LUHN": 1])
        #expect(report.invalidByReason == ["invalid-json": 1])
        #expect(report.confidenceBands.reduce(0, +) == 3)
        #expect(report.locations.map(\.line) == [1, 1, 3])
        #expect(report.locations.map(\.preview) == ["j***@c******.c**", "+# ###-###-####", "j***@c******.c**"])
        #expect(report.nearMissLocations.first?.fieldPath == "card")
    }

    /// Chunk size and worker count change nothing: reports merge in input order.
    @Test func sameReportWithAnyWorkersAndChunks() throws {
        let input = generated(600, seed: 11)
        let single = try scan(input, settings: ScanSettings(locationLimit: 50))
        let parallel = try scan(input, jobs: 3, chunkBytes: 8_192, settings: ScanSettings(locationLimit: 50))
        #expect(single == parallel)
        #expect(single.locations.count == 50)
        #expect(single.recordsWithFindings == 600)
    }

    @Test func samplingIsDeterministicAndBounded() throws {
        let input = generated(1_000, seed: 12)
        let settings = ScanSettings(sampleRate: 0.2, seed: 5)
        let first = try scan(input, settings: settings), second = try scan(input, jobs: 2, settings: settings)
        #expect(first == second)
        #expect(first.recordsRead == 1_000)
        #expect((140...260).contains(first.recordsScanned))
        let estimate = first.affectedShare
        #expect(estimate.share == 1)
        #expect(estimate.estimatedRecords == 1_000)
        let limited = try scan(input, settings: ScanSettings(maxRecords: 10))
        #expect(limited.recordsScanned == 10)
    }

    @Test func affectedShareHasTheFinitePopulationError() {
        var report = ScanReport()
        report.recordsRead = 10_000
        report.recordsScanned = 400
        report.recordsWithFindings = 100
        let estimate = report.affectedShare
        #expect(estimate.share == 0.25)
        #expect(abs(estimate.standardError - (0.25 * 0.75 / 400 * (9_600.0 / 9_999)).squareRoot()) < 1e-12)
        #expect(estimate.estimatedRecords == 2_500)
        #expect(ScanReport().affectedShare.share == 0)
    }

    @Test func mergeKeepsTheFirstLocationsAndAddsCounts() throws {
        let first = try scan(Array(#"{"email":"a@contoso.com"}\#n"#.utf8), settings: ScanSettings(locationLimit: 1))
        var merged = first
        var second = first
        second.setFile("second.jsonl")
        merged.setFile("first.jsonl")
        merged.merge(second)
        #expect(merged.findingsByKind == ["EMAIL": 2])
        #expect(merged.recordsScanned == 2)
        #expect(merged.locations.map(\.file) == ["first.jsonl"])
        let decoded = try JSONDecoder().decode(ScanReport.self, from: JSONEncoder().encode(merged))
        #expect(decoded == merged)
    }
}
