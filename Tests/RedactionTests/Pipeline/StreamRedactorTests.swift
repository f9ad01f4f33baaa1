import Foundation
import Redaction
import SyntheticData
import RedactionTestSupport
import Testing

@Suite("Stream redactor")
struct StreamRedactorTests {
    private func run(
        _ input: String, redactor: Redactor, format: RecordFormat = .text, onInvalid: InvalidRecordPolicy = .reject,
        maxLineBytes: Int = 1 << 20, readBufferSize: Int = 1 << 20, jobs: Int = 1, chunkBytes: Int = 4 << 20
    ) throws -> (output: String, statistics: RedactionStatistics, rejected: [RedactionError]) {
        let directory = FileManager.default.temporaryDirectory
        let inURL = directory.appendingPathComponent("stream-in-\(UUID().uuidString)")
        let outURL = directory.appendingPathComponent("stream-out-\(UUID().uuidString)")
        try Data(input.utf8).write(to: inURL)
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: inURL)
            try? FileManager.default.removeItem(at: outURL)
        }
        let input = open(inURL.path, O_RDONLY), output = open(outURL.path, O_WRONLY)
        defer { close(input) }
        var rejected: [RedactionError] = []
        defer { close(output) }
        let statistics = try StreamRedactor(redactor: redactor, format: format, onInvalid: onInvalid,
                                            maxLineBytes: maxLineBytes, readBufferSize: readBufferSize, jobs: jobs,
                                            chunkBytes: chunkBytes)
            .run(input: input, output: output) { rejected.append($0) }
        return (String(decoding: try Data(contentsOf: outURL), as: UTF8.self), statistics, rejected)
    }

    @Test func oneLineInOneLineOut() throws {
        let input = "a jane@contoso.com\n\nno pii\nlast bob@fabrikam.com"
        let result = try run(input, redactor: try Redactor.builtIn())
        expectSameText(result.output, "a [EMAIL]\n\nno pii\nlast [EMAIL]")
        #expect(result.statistics.records == 4)
        #expect(result.statistics.recordsWithFindings == 2)
        #expect(result.statistics.findingsByKind == ["EMAIL": 2])
        #expect(result.statistics.bytesIn == input.utf8.count)
        #expect(result.statistics.bytesOut == result.output.utf8.count)
    }

    @Test func overlongLinesAreRejectedWithoutContent() throws {
        let long = "jane@contoso.com " + String(repeating: "x", count: 500)
        let result = try run("ok\n\(long)\nafter\n", redactor: try Redactor.builtIn(), maxLineBytes: 100)
        expectSameText(result.output, "ok\n[REJECTED: line-too-long]\nafter\n")
        #expect(result.statistics.invalidByReason == ["line-too-long": 1])
        let error = try #require(result.rejected.first)
        #expect(error.lineNumber == 2 && error.byteOffset == 3)
        expectAbsent("jane", in: error.description)
    }

    @Test func matchLimitRejectsTheLine() throws {
        let catastrophic = PatternDetector(
            DetectorDescriptor(id: DetectorID(rawValue: "slow"), kind: .secret, summary: "", example: ""),
            rules: [try PatternRule(#"(a+)+$"#, confidence: 0.5)])
        let result = try run("fine\n" + String(repeating: "a", count: 40) + "!\nfine\n",
                             redactor: Redactor(detectors: DetectorSet([catastrophic])))
        expectSameText(result.output, "fine\n[REJECTED: match-limit-exceeded]\nfine\n")
        #expect(result.rejected.first?.detectorID?.rawValue == "slow")
        #expect(result.rejected.first?.lineNumber == 2)
    }

    @Test func jsonRecordsAreDecodedAndRewrittenInPlace() throws {
        let input = #"{"email":"jane\u0040contoso.com","n":4111111111111111, "note" : "ok"}"# + "\n"
        let result = try run(input, redactor: try Redactor.builtIn(), format: .jsonl)
        expectSameText(result.output, #"{"email":"[EMAIL]","n":"[CREDIT_CARD]", "note" : "ok"}"# + "\n")
        #expect(result.statistics.findingsByKind == ["EMAIL": 1, "CREDIT_CARD": 1])
    }

    @Test("invalid JSON follows the policy", arguments: InvalidRecordPolicy.allCases)
    func invalidJSONPolicies(policy: InvalidRecordPolicy) throws {
        let input = "{\"a\":1}\n{\"broken\": \"jane@contoso.com\n{\"b\":2}\n"
        switch policy {
        case .reject:
            let result = try run(input, redactor: try Redactor.builtIn(), format: .jsonl, onInvalid: policy)
            expectSameText(result.output, "{\"a\":1}\n{\"redact_rejected\":\"invalid-json\"}\n{\"b\":2}\n")
            #expect(result.statistics.invalidByReason == ["invalid-json": 1])
            #expect(result.rejected.first?.lineNumber == 2)
        case .text:
            let result = try run(input, redactor: try Redactor.builtIn(), format: .jsonl, onInvalid: policy)
            expectSameText(result.output, "{\"a\":1}\n{\"broken\": \"[EMAIL]\n{\"b\":2}\n")
            #expect(result.statistics.invalidByReason == ["invalid-json": 1])
        case .fail:
            #expect(throws: RedactionError.self) {
                _ = try run(input, redactor: try Redactor.builtIn(), format: .jsonl, onInvalid: policy)
            }
        }
    }

    /// The oracle: generated records with adversarial lines mixed in give byte-identical output and statistics
    /// whatever the read buffer size, i.e. wherever reads split the input.
    @Test("identical output at every read split", arguments: [64, 97, 1000, 4096, 1 << 20])
    func chunkingDoesNotChangeOutput(bufferSize: Int) throws {
        var generator = SupportCaseGenerator(seed: 11, options: .short)
        var lines: [String] = []
        for index in 0..<120 {
            lines.append(generator.next().line)
            if index % 17 == 0 { lines.append(#"{"truncated": "jane@contoso.com"#) }
            if index % 23 == 0 { lines.append("") }
        }
        let input = lines.joined(separator: "\n") + "\n"
        let redactor = try Redactor.builtIn()
        let reference = try run(input, redactor: redactor, format: .jsonl, readBufferSize: 1 << 20)
        let result = try run(input, redactor: redactor, format: .jsonl, readBufferSize: bufferSize)
        expectSameText(result.output, reference.output)
        #expect(result.statistics == reference.statistics)
        #expect(result.output.split(separator: "\n", omittingEmptySubsequences: false).count == lines.count + 1)
        expectAbsent("jane@contoso.com", in: result.output)
    }

    @Test func csvRecordsSpanLinesAndUseTheHeader() throws {
        let input = "name,email,note\n\"Doe, Jane\",jane@contoso.com,\"two\nlines bob@fabrikam.com\"\nx,y,call 203.0.113.7\n"
        let result = try run(input, redactor: try Redactor.builtIn(), format: .csv)
        expectSameText(result.output, "name,email,note\n\"Doe, Jane\",[EMAIL],\"two\nlines [EMAIL]\"\nx,[EMAIL],call [IPV4]\n")
        #expect(result.statistics.records == 3)
        let broken = try run("a,b\n\"open,x\n", redactor: try Redactor.builtIn(), format: .csv)
        expectSameText(broken.output, "a,b\n[REJECTED: invalid-csv]\n")
        #expect(broken.statistics.invalidByReason == ["invalid-csv": 1])
    }

    /// Determinism: any number of workers and any chunk size give the output, statistics and invalid reports of one
    /// worker, in every format and invalid-record mode.
    @Test("workers and chunk sizes never change the result", arguments: [
        (RecordFormat.jsonl, InvalidRecordPolicy.reject), (.jsonl, .text), (.jsonl, .fail), (.text, .reject), (.csv, .reject),
        (.auto, .reject),
    ])
    func parallelRunsAreIdentical(format: RecordFormat, onInvalid: InvalidRecordPolicy) throws {
        var generator = SupportCaseGenerator(seed: 23, options: .short)
        var lines: [String] = format == .csv ? ["name,email,note"] : []
        for index in 0..<300 {
            let line = generator.next().line
            if format == .csv {
                lines.append("\"Person \(index)\",user\(index)@contoso.com,\"multi\nline \(index) 203.0.113.\(index % 250)\"")
            } else {
                lines.append(line)
            }
            if index == 150 { lines.append(format == .csv ? "bad,\"unterminated" : #"{"broken": "x@fabrikam.com"#) }
            if index % 40 == 0 { lines.append(String(repeating: "y", count: 600)) }
        }
        let input = lines.joined(separator: "\n") + "\n"
        let redactor = try Redactor.builtIn()
        func attempt(jobs: Int, chunkBytes: Int) -> (String, RedactionStatistics?, [RedactionError], String?) {
            do {
                let result = try run(input, redactor: redactor, format: format, onInvalid: onInvalid, maxLineBytes: 500,
                                     jobs: jobs, chunkBytes: chunkBytes)
                return (result.output, result.statistics, result.rejected, nil)
            } catch {
                return ("", nil, [], "\(error)")
            }
        }
        let reference = attempt(jobs: 1, chunkBytes: 4 << 20)
        for (jobs, chunkBytes) in [(2, 1000), (3, 4096), (4, 333), (2, 4 << 20), (1, 1)] {
            let result = attempt(jobs: jobs, chunkBytes: chunkBytes)
            expectSameText(result.0, reference.0, "with \(jobs) jobs, \(chunkBytes)-byte chunks")
            #expect(result.1 == reference.1)
            #expect(result.2.map(\.lineNumber) == reference.2.map(\.lineNumber))
            #expect(result.3 == reference.3)
        }
        if onInvalid == .fail { #expect(reference.3 != nil) } else { #expect(reference.1?.invalid ?? 0 > 0) }
    }

    @Test func autoFormatScansNonJSONAsText() throws {
        let result = try run("plain jane@contoso.com\n{\"e\":\"x@fabrikam.com\"}\n", redactor: try Redactor.builtIn(),
                             format: .auto)
        expectSameText(result.output, "plain [EMAIL]\n{\"e\":\"[EMAIL]\"}\n")
        #expect(result.statistics.invalid == 0)
    }
}
