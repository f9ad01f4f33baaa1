import Foundation
import RedactionTestSupport
import Testing

/// Records built to break a reader, through the binary: each gets a clear per-record error (line, offset, reason)
/// or a correct redaction — never a crash, raw output, or memory that grows with the record.
@Suite("Hostile records")
struct HostileRecordTests {
    /// A 1 GiB line is rejected by position while memory stays bounded by the line limit, and the next record is
    /// redacted as usual.
    @Test func aOneGigabyteLine() throws {
        let output = try RedactBinary.shell(#"""
            err=$(mktemp)
            (printf '{"a":"'; head -c 1073741824 /dev/zero | tr '\0' 'a'; printf ' jane@contoso.com"}\n{"e":"bob@fabrikam.com"}\n') \
              | "$REDACT" --stats --max-line-bytes 16777216 2>"$err"; echo "status=$?"; cat "$err"; rm -f "$err"
            """#)
        #expect(output.hasPrefix(#"{"redact_rejected":"line-too-long"}"# + "\n" + #"{"e":"[EMAIL]"}"# + "\n"))
        #expect(output.contains("line-too-long: record of 1073741849 bytes exceeds the maximum of 16777216 (line 1, byte offset 0)"))
        #expect(output.contains("\nstatus=0\n"))
        expectAbsent("jane", in: output)
        let peak = output.split(separator: "\n").first { $0.contains("peak memory:") }
            .flatMap { Double($0.split(separator: " ").dropLast().last ?? "") }
        #expect((peak ?? .infinity) < 128, "peak memory \(peak ?? -1) MiB for a 16 MiB line limit")
    }

    @Test func deepNestingManyKeysAndOddEncodings() throws {
        var input = Data()
        input.append(Data((String(repeating: "[", count: 100_000) + #""jane@contoso.com""# + String(repeating: "]", count: 100_000) + "\n").utf8))
        input.append(Data(("{" + (0..<100_000).map { #""k\#($0)":"v\#($0)""# }.joined(separator: ",") + #","e":"bob@fabrikam.com"}"# + "\n").utf8))
        input.append(Data(#"{"a":"nul "#.utf8) + [0x00] + Data(#" jane@contoso.com"}"#.utf8) + [0x0A])
        input.append(Data(#"{"a":"overlong "#.utf8) + [0xC0, 0xAF] + Data(#" jane@contoso.com"}"#.utf8) + [0x0A])
        input.append(Data(#"{"a":"lone \ud800 jane@contoso.com","b":"\udc00 fine"}"#.utf8) + [0x0A])
        input.append(Data(#"{"a":"escaped nul \u0000 jane@contoso.com"}"#.utf8) + [0x0A])
        let result = try RedactBinary.run(["--stats"], input: input)
        #expect(result.status == 0)
        let lines = result.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.count == 7)
        expectSameText(lines[0], #"{"redact_rejected":"invalid-json"}"#)
        #expect(lines[1].hasPrefix(#"{"k0":"v0","k1":"v1""#) && lines[1].hasSuffix(#""k99999":"v99999","e":"[EMAIL]"}"#))
        expectSameText(lines[2], #"{"redact_rejected":"invalid-json"}"#)
        expectSameText(lines[3], #"{"redact_rejected":"invalid-json"}"#)
        // A lone surrogate escape decodes to U+FFFD where the value is rewritten; elsewhere its bytes stay.
        expectSameText(lines[4], #"{"a":"lone � [EMAIL]","b":"\udc00 fine"}"#)
        expectSameText(lines[5], #"{"a":"escaped nul \u0000 [EMAIL]"}"#)
        #expect(result.stderr.contains("nesting deeper than 10000 (line 1"))
        #expect(result.stderr.contains("control character in string (line 3"))
        #expect(result.stderr.contains("invalid UTF-8 (line 4"))
        expectAbsent("jane", in: result.output + result.stderr)
    }
}
