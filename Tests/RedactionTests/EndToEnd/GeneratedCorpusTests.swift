import Redaction
import SyntheticData
import Testing

/// The acceptance test of the detector catalog: on 10,000 generated support cases, every planted value of a built-in
/// kind is covered by findings byte for byte (so it is gone from the output; names and places: gone from the JSON
/// redaction of the record), and no decoy is touched.
///
/// Failure messages show kinds, forms, fields and counts — never the values.
@Suite("Generated corpus: nothing planted leaks, no decoy is destroyed")
struct GeneratedCorpusTests {
    static let builtInKinds = Set(try! BuiltInDetectors.all().map(\.descriptor.kind.rawValue))

    /// Kinds also planted in structured fields (`customer.name`, `location.city`, `customer.address.street`) and
    /// repeated in free text, where context, gazetteer and propagation find them.
    static let contextKinds: Set<String> = ["PERSON", "LOCATION", "STREET_ADDRESS"]

    struct Tally: CustomStringConvertible {
        var total: [String: Int] = [:]
        var failed: [String: Int] = [:]
        var examples: [String] = []
        mutating func count(_ key: String, ok: Bool, example: @autoclosure () -> String) {
            total[key, default: 0] += 1
            if !ok {
                failed[key, default: 0] += 1
                if examples.count < 25 { examples.append(example()) }
            }
        }
        var description: String {
            total.keys.sorted().map { "\($0): \(total[$0]! - failed[$0, default: 0])/\(total[$0]!)" }
                .joined(separator: ", ")
        }
    }

    @Test func tenThousandRecords() throws {
        let set = try DetectorSet.builtIn()
        let redactor = Redactor(detectors: set)
        var scratch = set.makeScratch()
        var generator = SupportCaseGenerator(seed: 20_261_129)
        var planted = Tally(), decoys = Tally()
        var output: [UInt8] = [], jsonOutput: [UInt8] = []
        var recordScratch = RecordScratch()
        for lineNumber in 1...10_000 {
            let record = generator.next()
            let line = Array(record.line.utf8)
            output.removeAll(keepingCapacity: true)
            let findings = try line.withUnsafeBufferPointer { buffer in
                try redactor.redact(buffer, into: &output, scratch: &scratch)
            }
            // Names and places are found by field rules and record-scoped propagation too, which need the record
            // read as JSON: they must be gone from the JSON redaction of the record.
            jsonOutput.removeAll(keepingCapacity: true)
            try line.withUnsafeBufferPointer { buffer in
                try redactor.redactJSON(buffer, into: &jsonOutput, scratch: &recordScratch)
            }
            let jsonText = String(decoding: jsonOutput, as: UTF8.self)
            for value in record.planted where Self.builtInKinds.contains(value.kind) {
                let range = value.offset..<(value.offset + value.value.utf8.count)
                let covered = Self.contextKinds.contains(value.kind)
                    ? !jsonText.contains(value.value)
                    : range.allSatisfy { byte in findings.contains { $0.range.contains(byte) } }
                planted.count(value.kind, ok: covered, example: "line \(lineNumber) \(value.kind)/\(value.form) in \(value.field): \(MaskedPreview.mask(value.value))")
            }
            for decoy in record.decoys {
                let range = decoy.offset..<(decoy.offset + decoy.value.utf8.count)
                let untouched = !findings.contains { $0.range.overlaps(range) }
                let hit = findings.first { $0.range.overlaps(range) }
                decoys.count(decoy.kind, ok: untouched, example: "line \(lineNumber) \(decoy.kind) in \(decoy.field) hit by \(hit?.detectorID.rawValue ?? "-"): \(MaskedPreview.mask(decoy.value))")
            }
        }
        print("planted values covered per kind: \(planted)")
        print("decoys intact per kind: \(decoys)")
        #expect(planted.failed.isEmpty, "leaked: \(planted.failed) e.g. \(planted.examples.joined(separator: "; "))")
        #expect(decoys.failed.isEmpty, "destroyed: \(decoys.failed) e.g. \(decoys.examples.joined(separator: "; "))")
        #expect(Set(planted.total.keys) == Self.builtInKinds, "every built-in kind is planted")
    }
}
