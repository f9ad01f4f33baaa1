import Foundation
import RedactionTestSupport
import Testing

@Suite("redact operators and reveal")
struct OperatorCommandTests {
    /// A directory with a key file (hex of bytes 0…31), another key, and generated records.
    struct Workspace {
        let directory: URL
        var key: URL { directory.appendingPathComponent("k.hex") }
        var otherKey: URL { directory.appendingPathComponent("other.key") }
        var records: URL { directory.appendingPathComponent("cases.jsonl") }

        init(records count: Int, seed: Int) throws {
            directory = FileManager.default.temporaryDirectory.appendingPathComponent("ops-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let hex = (0..<32).map { String(format: "%02x", $0) }.joined()
            try Data((hex + "\n").utf8).write(to: key)
            try Data(repeating: 0x5A, count: 40).write(to: otherKey)
            try RedactBinary.run(["sample", "--records", String(count), "--seed", String(seed)]).stdout.write(to: records)
        }

        func file(_ name: String) -> URL { directory.appendingPathComponent(name) }
        func remove() { try? FileManager.default.removeItem(at: directory) }
    }

    @Test func encryptEverythingThenRevealRestoresTheInputByteForByte() throws {
        let workspace = try Workspace(records: 1_500, seed: 31)
        defer { workspace.remove() }
        let sealed = try RedactBinary.run(
            [workspace.records.path, "--jobs", "1", "--verify", "--stats", "--operator", "default=encrypt",
             "--key-file", workspace.key.path])
        #expect(sealed.status == 0)
        #expect(sealed.stderr.contains("invalid: 0"))
        let parallel = try RedactBinary.run(
            [workspace.records.path, "--jobs", "3", "--operator", "default=encrypt", "--key-file", workspace.key.path])
        #expect(parallel.stdout == sealed.stdout)
        let original = try Data(contentsOf: workspace.records)
        #expect(sealed.stdout != original)
        let revealed = try RedactBinary.run(["reveal", "--key-file", workspace.key.path], input: sealed.stdout)
        #expect(revealed.status == 0)
        #expect(revealed.stdout == original)

        let wrongKey = try RedactBinary.run(["reveal", "--key-file", workspace.otherKey.path], input: sealed.stdout)
        #expect(wrongKey.status == 2)
        #expect(wrongKey.stderr.contains("reveal-failed") && wrongKey.stderr.contains("RGGDFPDD"))
        #expect(wrongKey.stderr.contains("line 1"))
        var tampered = sealed.stdout
        let marker = Data("_ENC_RGGDFPDD_".utf8)
        let position = try #require(tampered.range(of: marker)).upperBound
        tampered[position] = tampered[position] == UInt8(ascii: "B") ? UInt8(ascii: "C") : UInt8(ascii: "B")
        let altered = try RedactBinary.run(["reveal", "--key-file", workspace.key.path], input: tampered)
        #expect(altered.status == 2)
        #expect(altered.stderr.contains("does not authenticate"))
        for output in [wrongKey.stderr, altered.stderr] { expectAbsent("@", in: output) }
    }

    /// The same through a policy file: `redact --policy P | redact reveal` is the identity.
    @Test func encryptEverythingPolicyRoundTrips() throws {
        let workspace = try Workspace(records: 600, seed: 33)
        defer { workspace.remove() }
        let policy = workspace.file("encrypt.yaml")
        try Data("version: 1\noperators: { default: encrypt }\n".utf8).write(to: policy)
        let output = try RedactBinary.shell(
            #"REDACT_KEY_FILE='\#(workspace.key.path)' "$REDACT" --policy '\#(policy.path)' '\#(workspace.records.path)' | "$REDACT" reveal --key-file '\#(workspace.key.path)' | cmp - '\#(workspace.records.path)' && echo IDENTICAL"#)
        #expect(output.contains("IDENTICAL"))
    }

    @Test func pseudonymsJoinAcrossRecordsAndWorkers() throws {
        let input = """
            {"customer":{"email":"jane.doe@contoso.com"},"note":"first"}
            {"note":"mail from jane.doe@contoso.com again"}
            {"customer":{"email":"bob@fabrikam.com"}}

            """
        let workspace = try Workspace(records: 10, seed: 1)
        defer { workspace.remove() }
        let result = try RedactBinary.run(["--operator", "EMAIL=pseudonym", "--key-file", workspace.key.path], input: input)
        #expect(result.status == 0)
        let lines = result.output.split(separator: "\n").map(String.init)
        let token = "[EMAIL_LGKHQNJFRMSKDHJB]"  // the golden vector for this key and address
        // Booleans only: a failure must not print the records.
        let joined = lines[0].contains(token) && lines[1].contains(token)
        let separate = !lines[2].contains(token) && lines[2].contains("[EMAIL_")
        #expect(joined)
        #expect(separate)
        let one = try RedactBinary.run(
            [workspace.records.path, "--jobs", "1", "--operator", "default=pseudonym", "--key-file", workspace.key.path])
        let many = try RedactBinary.run(
            [workspace.records.path, "--jobs", "4", "--operator", "default=pseudonym", "--key-file", workspace.key.path])
        #expect(one.status == 0 && one.stdout == many.stdout)
    }

    @Test func everyOperatorButDropVerifiesOnGeneratedData() throws {
        let workspace = try Workspace(records: 800, seed: 32)
        defer { workspace.remove() }
        for name in ["tag", "mask", "partial", "pseudonym", "encrypt", "keep"] {
            let result = try RedactBinary.run(
                [workspace.records.path, "--verify", "--stats", "--operator", "default=\(name)", "--key-file",
                 workspace.key.path])
            #expect(result.status == 0, "\(name)")
            #expect(result.stderr.contains("invalid: 0"), "\(name) re-redacts to itself")
        }
    }

    @Test func keysComeFromFilesOrTheEnvironmentNeverTheCommandLine() throws {
        let missing = try RedactBinary.run(["--operator", "default=pseudonym"], input: "jane@contoso.com\n")
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("needs a key"))
        let hex = (0..<32).map { String(format: "%02x", $0) }.joined()
        let fromEnvironment = try RedactBinary.shell(
            #"echo '{"e":"jane.doe@contoso.com"}' | REDACT_KEY=\#(hex) "$REDACT" --operator EMAIL=pseudonym"#)
        let pseudonymised = fromEnvironment.contains("[EMAIL_LGKHQNJFRMSKDHJB]")
        #expect(pseudonymised)
        let short = try RedactBinary.shell(
            #"echo x | REDACT_KEY=abcd "$REDACT" --operator default=encrypt 2>&1; echo "status=$?""#)
        #expect(short.contains("status=2") && short.contains("REDACT_KEY"))
        expectAbsent("abcd", in: short.replacingOccurrences(of: "REDACT_KEY=abcd", with: ""))
        #expect(try RedactBinary.run(["--operator", "EMAIL=shred"]).status == 2)
    }
}
