import Redaction
import RedactionTestSupport
import SyntheticData
import Testing

/// The acceptance test of names and places: on generated cases where every name, city and street in free text is
/// the record's own (it also stands in the record's fields), at least 99 % of those free-text occurrences are gone
/// from the redacted record, per kind; and at most 1 % of the sentences whose words are names or places elsewhere
/// (`Will the patch …`, `planned for May`, `our Paris Agreement targets`, `Reading the logs`) are changed.
///
/// Failure messages show kinds and counts — never values.
@Suite("Names and places: own values in free text are found, common words survive")
struct NameCoverageTests {
    @Test func ownNamesCitiesAndStreetsInFreeText() throws {
        var options = SupportCaseGenerator.Options()
        options.ownEntitiesOnly = true
        options.commonWordDecoys = true
        var generator = SupportCaseGenerator(seed: 77, options: options)
        let redactor = try Redactor.builtIn()
        var scratch = RecordScratch()
        var output: [UInt8] = []
        var total: [String: Int] = [:], redacted: [String: Int] = [:]
        var decoys = 0, damaged = 0
        for _ in 0..<3_000 {
            let record = generator.next()
            output.removeAll(keepingCapacity: true)
            try Array(record.line.utf8).withUnsafeBufferPointer { buffer in
                try redactor.redactJSON(buffer, into: &output, scratch: &scratch)
            }
            let text = String(decoding: output, as: UTF8.self)
            for value in record.planted where ["PERSON", "LOCATION", "STREET_ADDRESS"].contains(value.kind)
                && Self.isFreeText(value.field)
            {
                total[value.kind, default: 0] += 1
                if !occursAsWord(value.value, in: text) { redacted[value.kind, default: 0] += 1 }
            }
            for decoy in record.decoys where decoy.kind == "COMMON_WORD" {
                decoys += 1
                if !text.contains(decoy.value) { damaged += 1 }
            }
        }
        for kind in total.keys.sorted() {
            let share = Double(redacted[kind, default: 0]) / Double(total[kind]!)
            print("\(kind): \(redacted[kind, default: 0]) of \(total[kind]!) free-text occurrences redacted (\(share))")
            #expect(share >= 0.99, "\(kind): \(redacted[kind, default: 0]) of \(total[kind]!)")
        }
        print("COMMON_WORD: \(damaged) of \(decoys) sentences changed")
        #expect(total.count == 3 && total.values.allSatisfy { $0 > 100 })
        #expect(decoys > 1_000)
        #expect(Double(damaged) <= 0.01 * Double(decoys), "\(damaged) of \(decoys) common-word sentences changed")
    }

    private static func isFreeText(_ field: String) -> Bool {
        field == "description" || field == "resolution" || field.hasPrefix("internal_notes")
    }
}
