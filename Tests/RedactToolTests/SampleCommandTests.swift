import Foundation
import Redaction
import Testing

@Suite("redact sample, and redact on its output")
struct SampleCommandTests {
    @Test func sameSeedSameBytesDifferentSeedDifferent() throws {
        let first = try RedactBinary.run(["sample", "--records", "50", "--seed", "7"])
        let again = try RedactBinary.run(["sample", "--records", "50", "--seed", "7"])
        let other = try RedactBinary.run(["sample", "--records", "50", "--seed", "8"])
        #expect(first.status == 0)
        #expect(first.stdout == again.stdout)
        #expect(first.stdout != other.stdout)
        #expect(first.output.split(separator: "\n").count == 50)
    }

    @Test func reproducesTheBundledSample() throws {
        let truth = try TemporaryFile("")
        let result = try RedactBinary.run(["sample", "--records", "200", "--seed", "42", "--truth", truth.path])
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        #expect(result.stdout == (try Data(contentsOf: root.appendingPathComponent("Samples/cases.jsonl"))))
        #expect(try Data(contentsOf: truth.url)
                == (try Data(contentsOf: root.appendingPathComponent("Samples/cases.truth.jsonl"))))
    }

    @Test func rejectsBadOptions() throws {
        #expect(try RedactBinary.run(["sample", "--locales", "xx"]).status == 2)
        #expect(try RedactBinary.run(["sample", "--pii-density", "2"]).status == 2)
    }

    /// The whole tool on generated data: `redact sample … | redact` removes every planted value of a built-in kind
    /// and keeps every decoy, with one output line per input line.
    @Test func redactingGeneratedCasesLeavesNoPlantedValueAndEveryDecoy() throws {
        let truthFile = try TemporaryFile("")
        let sample = try RedactBinary.run(["sample", "--records", "1000", "--seed", "99", "--truth", truthFile.path])
        let redacted = try RedactBinary.run([], input: sample.stdout)
        #expect(redacted.status == 0)
        let lines = redacted.output.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 1000)
        let builtIn = Set(try BuiltInDetectors.all().map(\.descriptor.kind.rawValue))
        var leaked: [String: Int] = [:], destroyed: [String: Int] = [:], planted = 0, decoys = 0
        let truthLines = try String(contentsOf: truthFile.url, encoding: .utf8).split(separator: "\n")
        for (line, truthLine) in zip(lines, truthLines) {
            let truth = try JSONSerialization.jsonObject(with: Data(truthLine.utf8)) as! [String: Any]
            for value in truth["planted"] as! [[String: Any]] {
                let kind = value["kind"] as! String
                guard builtIn.contains(kind) else { continue }
                planted += 1
                if line.contains(value["value"] as! String) { leaked["\(kind)/\(value["form"] as! String)", default: 0] += 1 }
            }
            for decoy in truth["decoys"] as! [[String: Any]] {
                decoys += 1
                if !line.contains(decoy["value"] as! String) { destroyed[decoy["kind"] as! String, default: 0] += 1 }
            }
        }
        #expect(planted > 3_000 && decoys > 5_000)
        #expect(leaked.isEmpty, "planted values left in the output (kind/form: count): \(leaked)")
        #expect(destroyed.isEmpty, "decoys changed (kind: count): \(destroyed)")
    }
}
