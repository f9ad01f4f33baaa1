import Foundation
import RedactionTestSupport
import Testing

@Suite("redact (text lines)")
struct RedactCommandTests {
    @Test func versionNamesPCRE2AndJIT() throws {
        let result = try RedactBinary.run(["--version"])
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("redact "))
        #expect(result.output.contains("PCRE2 10."))
        #expect(result.output.contains("JIT"))
    }

    @Test func redactsStandardInputLineByLine() throws {
        let result = try RedactBinary.run(["--format", "text"], input: "mail jane.doe@contoso.com\n\nno pii here\nlast x@fabrikam.com")
        #expect(result.status == 0)
        expectSameText(result.output, "mail [EMAIL]\n\nno pii here\nlast [EMAIL]")
        #expect(result.stderr.isEmpty)
    }

    @Test func readsFilesInOrder() throws {
        let first = try TemporaryFile("a jane@contoso.com\n")
        let second = try TemporaryFile("b bob@fabrikam.com\n")
        let result = try RedactBinary.run(["--format", "text", first.path, "-", second.path], input: "c stdin@northwind.io\n")
        expectSameText(result.output, "a [EMAIL]\nc [EMAIL]\nb [EMAIL]\n")
    }

    @Test func overlongLineIsRejectedWithPositionNotContent() throws {
        let secret = "jane.doe@contoso.com"
        let input = "ok\n" + secret + String(repeating: " x", count: 100) + "\nafter\n"
        let result = try RedactBinary.run(["--format", "text", "--max-line-bytes", "50"], input: input)
        #expect(result.status == 0)
        expectSameText(result.output, "ok\n[REJECTED: line-too-long]\nafter\n")
        #expect(result.stderr.contains("line 2"))
        #expect(result.stderr.contains("byte offset 3"))
        expectAbsent("jane", in: result.stderr)
        expectAbsent("jane", in: result.output)
    }

    @Test func missingFileIsExitTwo() throws {
        let result = try RedactBinary.run(["/nonexistent/cases.txt"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("/nonexistent/cases.txt"))
    }

    @Test func badUsageIsExitTwo() throws {
        #expect(try RedactBinary.run(["--no-such-option"]).status == 2)
        #expect(try RedactBinary.run(["--disable", "no-such-detector"]).status == 2)
        #expect(try RedactBinary.run(["--max-line-bytes", "0"]).status == 2)
    }

    @Test func disablingADetector() throws {
        let result = try RedactBinary.run(["--format", "text", "--disable", "email"], input: "jane@contoso.com\n")
        expectSameText(result.output, "jane@contoso.com\n")
    }

    @Test func statisticsGoToStandardError() throws {
        let result = try RedactBinary.run(["--format", "text", "--stats"], input: "jane@contoso.com\nbob@fabrikam.com\n")
        #expect(result.stderr.contains("records: 2"))
        #expect(result.stderr.contains("EMAIL: 2"))
        #expect(result.stderr.contains("peak memory: "))
        expectAbsent("contoso", in: result.stderr)
    }

    @Test func statisticsAsJSONIncludePeakMemory() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("stats-\(UUID().uuidString).json").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try RedactBinary.run(["--format", "text", "--stats-json", path], input: "jane@contoso.com\n")
        #expect(result.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any]
        let peak = object?["peakResidentBytes"] as? Int ?? 0
        #expect(peak > 1_000_000 && peak < 1_000_000_000)
        #expect((object?["statistics"] as? [String: Any])?["records"] as? Int == 1)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        expectAbsent("contoso", in: text)
    }

    @Test func brokenPipeExitsQuietly() throws {
        let output = try RedactBinary.shell(
            #"yes 'mail jane@contoso.com' | head -n 200000 | "$REDACT" --format text 2>/tmp/redact-pipe-err | head -n 1; echo "status=${PIPESTATUS[2]}"; wc -c < /tmp/redact-pipe-err"#
        )
        #expect(output.contains("mail [EMAIL]"))
        #expect(output.contains("status=0"))
        #expect(output.hasSuffix("0\n"))
    }
}
