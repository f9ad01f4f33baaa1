import Foundation
import Redaction
import RedactionTestSupport
import Testing

/// The acceptance run of the JSONL tool: 10,000 generated records with adversarial lines mixed in, through the
/// built binary, under every --on-invalid mode.
@Suite("redact on 10,000 records with adversarial lines")
struct AdversarialStreamTests {
    struct Corpus {
        let input: Data
        let records: [(line: Int, planted: [String], decoys: [String])]
        let adversarialSecrets: [String]
        let lineCount: Int
    }

    /// Generated records, and every 50 lines one hostile line that carries a planted e-mail.
    static let corpus: Corpus = {
        let truthFile = try! TemporaryFile("")
        let sample = try! RedactBinary.run(["sample", "--records", "10000", "--seed", "31337", "--truth", truthFile.path])
        let builtIn = Set(try! BuiltInDetectors.all().map(\.descriptor.kind.rawValue))
        let truthLines = try! String(contentsOf: truthFile.url, encoding: .utf8).split(separator: "\n")
        var input = Data()
        var records: [(line: Int, planted: [String], decoys: [String])] = []
        var secrets: [String] = []
        var lineNumber = 0
        for (index, (line, truth)) in zip(sample.output.split(separator: "\n"), truthLines).enumerated() {
            lineNumber += 1
            input.append(contentsOf: line.utf8)
            input.append(0x0A)
            let object = try! JSONSerialization.jsonObject(with: Data(truth.utf8)) as! [String: Any]
            let planted = (object["planted"] as! [[String: Any]]).filter { builtIn.contains($0["kind"] as! String) }
            records.append((lineNumber, planted.map { $0["value"] as! String }, (object["decoys"] as! [[String: Any]]).map { $0["value"] as! String }))
            if index % 50 == 0 {
                lineNumber += 1
                let secret = "adv\(index)@contoso.com"
                secrets.append(secret)
                let hostile: [Data] = [
                    Data(#"{"truncated": "mail \#(secret)"#.utf8),
                    Data(#"{"bad":"\#(secret)"} trailing"#.utf8),
                    Data("{\"utf8\":\"\(secret) ".utf8) + Data([0xFF, 0xFE]) + Data("\"}".utf8),
                    Data(String(repeating: "[", count: 20_000).utf8) + Data("\"\(secret)\"".utf8),
                    Data("{\"nul\":\"\(secret)\u{0}\"}".utf8),
                ]
                input.append(hostile[(index / 50) % hostile.count])
                input.append(0x0A)
            }
        }
        return Corpus(input: input, records: records, adversarialSecrets: secrets, lineCount: lineNumber)
    }()

    @Test("every mode keeps the line count and leaks nothing", arguments: ["reject", "text", "fail"])
    func acceptance(mode: String) throws {
        let corpus = Self.corpus
        let result = try RedactBinary.run(["--on-invalid", mode], input: corpus.input)
        let output = result.output
        for secret in corpus.adversarialSecrets {
            expectAbsent(secret, in: output, "an adversarial line leaked under \(mode)")
            expectAbsent(secret, in: result.stderr, "stderr names record content under \(mode)")
        }
        if mode == "fail" {
            #expect(result.status == 2)
            #expect(result.stderr.contains("line 2"))
            return
        }
        #expect(result.status == 0)
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == corpus.lineCount)
        var leaked = 0, destroyed = 0, planted = 0, decoys = 0
        for record in corpus.records {
            let line = lines[record.line - 1]
            for value in record.planted {
                planted += 1
                if occursAsWord(value, in: line) { leaked += 1 }
            }
            for decoy in record.decoys {
                decoys += 1
                if !line.contains(decoy) { destroyed += 1 }
            }
        }
        #expect(planted > 60_000 && decoys > 90_000)
        #expect(leaked == 0, "\(leaked) of \(planted) planted values left under \(mode)")
        #expect(destroyed == 0, "\(destroyed) of \(decoys) decoys changed under \(mode)")
        print("on-invalid \(mode): \(corpus.lineCount) lines, \(planted) planted values, \(leaked) left; \(decoys) decoys, \(destroyed) changed; \(corpus.adversarialSecrets.count) adversarial lines")
    }
}
