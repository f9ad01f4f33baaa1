import Foundation
import RedactionTestSupport
import Testing

@Suite("redact (JSONL)")
struct JSONLCommandTests {
    static let input = """
        {"customer":{"email":"jane@contoso.com"},"note":"call +1 415-555-0134"}
        {"broken": "bob@fabrikam.com
        {"ok":true}

        """

    @Test func jsonlIsTheDefaultAndRejectKeepsTheLineCount() throws {
        let result = try RedactBinary.run([], input: Self.input)
        #expect(result.status == 0)
        expectSameText(result.output, """
            {"customer":{"email":"[EMAIL]"},"note":"call [PHONE]"}
            {"redact_rejected":"invalid-json"}
            {"ok":true}

            """)
        #expect(result.stderr.contains("line 2"))
        expectAbsent("bob", in: result.stderr)
        expectAbsent("fabrikam", in: result.stderr)
    }

    @Test func onInvalidText() throws {
        let result = try RedactBinary.run(["--on-invalid", "text"], input: Self.input)
        expectSameText(String(result.output.split(separator: "\n")[1]), #"{"broken": "[EMAIL]"#)
        #expect(result.status == 0)
    }

    @Test func onInvalidFailStopsWithExitTwo() throws {
        let result = try RedactBinary.run(["--on-invalid", "fail"], input: Self.input)
        #expect(result.status == 2)
        #expect(result.stderr.contains("line 2"))
        expectAbsent("bob", in: result.output)
        expectAbsent("bob", in: result.stderr)
    }

    @Test func outputFileIsWrittenAtomically() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("redact-o-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let target = directory.appendingPathComponent("clean.jsonl")
        let ok = try RedactBinary.run(["-o", target.path], input: #"{"e":"jane@contoso.com"}"# + "\n")
        #expect(ok.status == 0)
        #expect(try String(contentsOf: target, encoding: .utf8) == #"{"e":"[EMAIL]"}"# + "\n")
        // A failing run leaves neither the final file nor a temporary one.
        let failed = directory.appendingPathComponent("failed.jsonl")
        let bad = try RedactBinary.run(["--on-invalid", "fail", "-o", failed.path], input: #"{"e":"#)
        #expect(bad.status == 2)
        let left = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        #expect(left == ["clean.jsonl"])
    }

    /// A device or pipe as the output (`-o /dev/null`, a named pipe) is written directly: renaming a file onto it
    /// would replace it with a regular file (found replacing this machine's `/dev/null`). Checked on a named pipe,
    /// which a regression cannot harm; `--stats-json` the same way.
    @Test func aPipeAsOutputIsWrittenDirectly() throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("redact-fifo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let fifo = directory.appendingPathComponent("out").path, copy = directory.appendingPathComponent("copy").path
        for option in ["-o", "--stats-json"] {
            let output = try RedactBinary.shell(
                "mkfifo '\(fifo)' && { timeout -s KILL 20 cat '\(fifo)' > '\(copy)' & } && "
                    + "echo '{\"e\":\"jane@contoso.com\"}' | \"$REDACT\" \(option) '\(fifo)' > /dev/null; "
                    + "echo \"status=$?\"; wait; "
                    + "test -p '\(fifo)' && echo still-a-pipe; rm -f '\(fifo)'; cat '\(copy)'")
            // Judged before the expectation, so a failure prints no record text.
            let stillAPipe = output.contains("status=0\nstill-a-pipe\n")
            let written = output.contains(option == "-o" ? #"{"e":"[EMAIL]"}"# : #""records""#)
            #expect(stillAPipe, "\(option)")
            #expect(written, "\(option)")
            expectAbsent("jane", in: output)
        }
    }

    @Test func interruptedRunLeavesNoPartialFile() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("redact-int-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let target = directory.appendingPathComponent("clean.jsonl").path
        // The input pipe stays open, so redact is still running when SIGINT arrives.
        let output = try RedactBinary.shell(
            #"(echo '{"e":"jane@contoso.com"}'; sleep 3) | "$REDACT" -o '\#(target)' & sleep 1; kill -INT $!; wait $!; echo "status=$?"; ls -A '\#(directory.path)' | wc -l"#)
        #expect(output.contains("status=130"))
        #expect(output.hasSuffix("\n0\n"))
    }
}

@Suite("redact as a co-process")
struct CoProcessTests {
    /// A partner that writes one record and waits for its output before writing the next must never deadlock, with
    /// one worker or several.
    @Test("answers each line before the next is written", arguments: ["1", "2"])
    func answersLineByLine(jobs: String) throws {
        let process = Process()
        process.executableURL = RedactBinary.url
        process.arguments = ["--jobs", jobs]
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer {
            try? stdin.fileHandleForWriting.close()
            process.waitUntilExit()
        }
        for index in 0..<3 {
            try stdin.fileHandleForWriting.write(contentsOf: Data(#"{"e":"user\#(index)@contoso.com"}"#.utf8 + [0x0A]))
            let answer = DataBox()
            let done = DispatchSemaphore(value: 0)
            let handle = stdout.fileHandleForReading
            DispatchQueue.global().async {
                var data = Data()
                while !data.contains(0x0A) {
                    let chunk = handle.availableData
                    if chunk.isEmpty { break }
                    data.append(chunk)
                }
                answer.data = data
                done.signal()
            }
            guard done.wait(timeout: .now() + 20) == .success else {
                Issue.record("no answer to line \(index + 1) within 20 s")
                process.terminate()
                return
            }
            expectSameText(String(decoding: answer.data, as: UTF8.self), #"{"e":"[EMAIL]"}"# + "\n")
        }
    }

    @Test func canaryInTheOutputFailsWithLineNumbersOnly() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("canary-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let canaries = directory.appendingPathComponent("canaries.txt")
        try Data("jane@contoso.com\r\nZanzibar Qwerty\n\n".utf8).write(to: canaries)
        let input = #"{"a":"jane@contoso.com"}"# + "\n" + #"{"b":"Zanzibar Qwerty called"}"# + "\n"
        let output = directory.appendingPathComponent("out.jsonl")
        let result = try RedactBinary.run(["--canary", canaries.path, "-o", output.path], input: input)
        #expect(result.status == 1)
        #expect(result.stderr.contains("line(s) 2"))
        expectAbsent("Zanzibar", in: result.stderr)
        #expect(!FileManager.default.fileExists(atPath: output.path))
        let clean = try RedactBinary.run(["--canary", canaries.path], input: #"{"a":"jane@contoso.com"}"# + "\n")
        #expect(clean.status == 0)
        #expect(try RedactBinary.run(["--canary", directory.appendingPathComponent("missing").path], input: "").status == 2)
    }

    @Test func verifyKeepsTheOutputOfAnIdempotentRedaction() throws {
        let sample = try RedactBinary.run(["sample", "--records", "300", "--seed", "9"])
        let plain = try RedactBinary.run([], input: sample.stdout)
        let verified = try RedactBinary.run(["--verify", "--stats"], input: sample.stdout)
        #expect(verified.status == 0)
        #expect(verified.stdout == plain.stdout)
        #expect(verified.stderr.contains("invalid: 0"))
    }
}
