import Foundation
import RedactionTestSupport
import Testing

@Suite("redact policy")
struct PolicyCommandTests {
    private func directory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("policy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func initWritesAPolicyThatChecks() throws {
        let folder = try directory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("policy.yaml").path
        #expect(try RedactBinary.run(["policy", "init", "-o", path]).status == 0)
        #expect(try RedactBinary.run(["policy", "init", "-o", path]).status == 2)  // never overwritten
        let check = try RedactBinary.run(["policy", "check", path])
        #expect(check.status == 0)
        #expect(check.output.contains(": ok"))
        let printed = try RedactBinary.run(["policy", "init"])
        #expect(printed.output == (try String(contentsOfFile: path, encoding: .utf8)) + "\n")
    }

    @Test func checkNamesTheLineAndColumn() throws {
        let folder = try directory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("bad.yaml")
        try Data("version: 1\noperators:\n  EMAIL: shred\n".utf8).write(to: path)
        let result = try RedactBinary.run(["policy", "check", path.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("bad.yaml:3:10: unknown operator 'shred'"))
    }

    /// A user pattern with catastrophic backtracking is stopped by the match limits; its record fails closed (a
    /// placeholder under the default policy, exit 2 under `fail`), the others are redacted.
    @Test func runawayCustomPatternFailsTheRecordClosed() throws {
        let folder = try directory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("runaway.yaml")
        try Data("""
            version: 1
            custom_detectors:
              - { id: runaway, kind: RUNAWAY, pattern: '(a+)+$' }

            """.utf8).write(to: path)
        let input = #"{"note":"\#(String(repeating: "a", count: 60))! jane@contoso.com"}"# + "\n"
            + #"{"note":"mail bob@fabrikam.com"}"# + "\n"
        let result = try RedactBinary.run(["--policy", path.path], input: input)
        #expect(result.status == 0)
        expectSameText(result.output, #"{"redact_rejected":"match-limit-exceeded"}"# + "\n" + #"{"note":"mail [EMAIL]"}"# + "\n")
        #expect(result.stderr.contains("line 1") && result.stderr.contains("runaway"))
        expectAbsent("jane", in: result.stderr)
        let failing = try RedactBinary.run(["--policy", path.path, "--on-invalid", "fail"], input: input)
        #expect(failing.status == 2)
        expectAbsent("jane", in: failing.output)
    }

    /// A deny-list file of 10,000 names loads and redacts them; an allow-listed address survives; a JSON policy.
    @Test func denyListFileAndAllowList() throws {
        let folder = try directory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let names = (0..<10_000).map { "Customer Name\($0)" }
        try Data(names.joined(separator: "\n").utf8).write(to: folder.appendingPathComponent("names.txt"))
        let path = folder.appendingPathComponent("policy.json")
        try Data(#"""
            {"version": 1,
             "deny_lists": [{"kind": "PERSON", "file": "names.txt"}],
             "allow": {"values": ["support@contoso.com"]},
             "operators": {"EMAIL": "mask"}}
            """#.utf8).write(to: path)
        let input = #"{"note":"customer name9999 wrote to support@contoso.com and jane@contoso.com"}"# + "\n"
        let result = try RedactBinary.run(["--policy", path.path], input: input)
        #expect(result.status == 0)
        expectSameText(result.output, #"{"note":"[PERSON] wrote to support@contoso.com and j***@c******.com"}"# + "\n")
        let scan = try RedactBinary.run(["scan", "--policy", path.path], input: input)
        #expect(scan.output.contains("PERSON") && scan.output.contains("deny-list.1"))
        let check = try RedactBinary.run(["policy", "check", path.path])
        #expect(check.output.contains("10000 terms"))
    }
}
