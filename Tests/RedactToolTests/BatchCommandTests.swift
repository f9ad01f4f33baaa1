import Foundation
import RedactionTestSupport
import Testing

/// `redact batch` end to end: the built binary over directories of generated export files, interrupted and resumed.
@Suite("redact batch", .serialized)
struct BatchCommandTests {
    /// A scratch folder with `in/` holding JSONL, gzip, CSV and text exports, and a key file.
    private final class Exports {
        let root: URL
        var input: String { root.appendingPathComponent("in").path }
        var key: String { root.appendingPathComponent("key.hex").path }
        func path(_ name: String) -> String { root.appendingPathComponent(name).path }

        init(recordsPerFile: Int = 400) throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("redact-batch-\(UUID().uuidString)")
            try FileManager.default.createDirectory(atPath: root.path + "/in/2019/12", withIntermediateDirectories: true)
            try Data(String(repeating: "5a", count: 32).utf8).write(to: URL(fileURLWithPath: key))
            var script = "set -e; cd '\(input)'\n"
            for seed in 1...4 {
                script += #""$REDACT" sample --records \#(recordsPerFile + 97 * seed) --seed \#(seed) > cases-\#(seed).jsonl"# + "\n"
            }
            for seed in 5...6 {
                script += #""$REDACT" sample --records \#(recordsPerFile) --seed \#(seed) | gzip -c > 2019/12/dump-\#(seed).jsonl.gz"# + "\n"
            }
            script += "printf 'id,name,email,notes\\n' > contacts.csv\n"
            script += "for i in $(seq 1 300); do printf '%d,Jane Roe %d,jane.roe%d@contoso.com,\"call +1 415 555 %04d\"\\n' $i $i $i $i; done >> contacts.csv\n"
            script += "for i in $(seq 1 300); do printf 'ticket %d from 10.1.%d.7 by ops%d@fabrikam.com\\n' $i $((i % 250)) $i; done > app.log\n"
            script += "echo done"
            #expect(try RedactBinary.shell(script).hasSuffix("done\n"))
        }

        deinit { try? FileManager.default.removeItem(at: root) }

        /// The batch command into `output`, with keyed pseudonyms.
        func arguments(_ output: String, _ extra: [String] = []) -> [String] {
            ["batch", "--key-file", key, "--operator", "default=pseudonym", "--jobs", "2", "--no-progress", input, output]
                + extra
        }
    }

    /// Every file under `directory` (relative path → bytes), temporary files included.
    private func snapshot(_ directory: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for relative in try FileManager.default.subpathsOfDirectory(atPath: directory) {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: directory + "/" + relative, isDirectory: &isDirectory),
                !isDirectory.boolValue
            { files[relative] = try Data(contentsOf: URL(fileURLWithPath: directory + "/" + relative)) }
        }
        return files
    }

    private func isTemporary(_ relative: String) -> Bool {
        (relative.split(separator: "/").last ?? "").hasPrefix(".")
    }

    /// Starts the binary without waiting for it.
    private func start(_ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = RedactBinary.url
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    @Test func redactsEveryFileAsASinglePipeWould() throws {
        let exports = try Exports(recordsPerFile: 150)
        let output = exports.path("out")
        let result = try RedactBinary.run(exports.arguments(output, ["--report", exports.path("report.json")]))
        #expect(result.status == 0)
        let files = try snapshot(output)
        #expect(files.keys.sorted() == [
            "2019/12/dump-5.jsonl.gz", "2019/12/dump-6.jsonl.gz", "_redact_manifest.jsonl", "app.log",
            "cases-1.jsonl", "cases-2.jsonl", "cases-3.jsonl", "cases-4.jsonl", "contacts.csv",
        ])
        // Each output is what `redact` makes of the file alone, with the format its name says.
        // Options after the file: --operator takes every value up to the next option.
        let key = "--key-file '\(exports.key)' --operator default=pseudonym"
        let same = try RedactBinary.shell("""
            cd '\(exports.input)'; out='\(output)'
            for f in cases-1.jsonl cases-4.jsonl; do "$REDACT" $f \(key) | cmp -s - "$out/$f" && echo same; done
            gzip -dc 2019/12/dump-5.jsonl.gz | "$REDACT" \(key) | cmp -s - <(gzip -dc "$out/2019/12/dump-5.jsonl.gz") && echo same
            "$REDACT" contacts.csv --format csv \(key) | cmp -s - "$out/contacts.csv" && echo same
            "$REDACT" app.log --format text \(key) | cmp -s - "$out/app.log" && echo same
            """)
        #expect(same == String(repeating: "same\n", count: 5))
        // Nothing planted is left; the report counts per file.
        for (name, data) in files where !name.hasSuffix(".gz") {
            let text = String(decoding: data, as: UTF8.self)
            expectAbsent("@contoso.com", in: text)
            expectAbsent("@fabrikam.com", in: text)
        }
        let report = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: exports.path("report.json")))) as? [String: Any]
        let entries = try #require(report?["files"] as? [[String: Any]])
        #expect(entries.count == 8)
        #expect(entries.allSatisfy { $0["status"] as? String == "redacted" && ($0["records"] as? Int ?? 0) > 0 })
        #expect(result.stderr.contains("8 redacted, 0 skipped"))
        expectAbsent("jane.roe", in: result.stderr)
    }

    /// Killed at random moments (SIGKILL, SIGTERM, SIGINT) and run again: no partial file is ever visible under a
    /// final name, and the end result — outputs and manifest — is byte-identical to an uninterrupted run.
    @Test func interruptedRunsResumeToTheSameOutput() throws {
        let exports = try Exports()
        let reference = exports.path("reference")
        let started = Date()
        #expect(try RedactBinary.run(exports.arguments(reference)).status == 0)
        let duration = Date().timeIntervalSince(started)
        let expected = try snapshot(reference)

        let output = exports.path("out")
        var random: UInt64 = 20_191_204  // seeds the moments of interruption (a linear congruential sequence)
        var interrupted = 0
        for round in 0..<6 {
            let process = try start(exports.arguments(output))
            // Somewhere inside the remaining work (later rounds have less left).
            random = random &* 6364136223846793005 &+ 1442695040888963407
            let delay = 0.05 + Double(random >> 54) / 1024 * duration * 0.8 / Double(round + 1)
            Thread.sleep(forTimeInterval: delay)
            let signal = [SIGKILL, SIGTERM, SIGINT][round % 3]
            kill(process.processIdentifier, signal)
            process.waitUntilExit()
            if process.terminationReason == .uncaughtSignal || process.terminationStatus == 128 + signal {
                interrupted += 1
            } else {
                #expect(process.terminationStatus == 0, "round \(round): exit \(process.terminationStatus)")
            }
            // Whatever is there under a final name is complete and final.
            for (name, data) in try snapshot(output) where !isTemporary(name) && name != "_redact_manifest.jsonl" {
                #expect(expected[name] == data, "round \(round): \(name) is not the complete output")
            }
            // SIGTERM and SIGINT remove the temporary files; only SIGKILL may leave some (swept by the next run).
            if signal != SIGKILL {
                #expect(try snapshot(output).keys.filter(isTemporary).isEmpty, "round \(round): temporary file left")
            }
        }
        #expect(interrupted >= 3, "too few runs were interrupted to test resuming")
        let final = try RedactBinary.run(exports.arguments(output))
        #expect(final.status == 0)
        let result = try snapshot(output)
        #expect(result.keys.sorted() == expected.keys.sorted())
        for (name, data) in expected { #expect(result[name] == data, "\(name) differs from the uninterrupted run") }
    }

    @Test func aFailedFileIsReportedAndTheOthersGoOn() throws {
        let exports = try Exports(recordsPerFile: 100)
        // Cut a gzip file short.
        let damaged = exports.input + "/2019/12/dump-6.jsonl.gz"
        let bytes = try Data(contentsOf: URL(fileURLWithPath: damaged))
        try bytes.prefix(bytes.count / 2).write(to: URL(fileURLWithPath: damaged))
        let output = exports.path("out")
        let result = try RedactBinary.run(exports.arguments(output))
        #expect(result.status == 2)
        #expect(result.stderr.contains("2019/12/dump-6.jsonl.gz: corrupt-compression"))
        #expect(result.stderr.contains("1 of 8 file(s) failed"))
        let files = try snapshot(output)
        #expect(files.count == 8)  // seven outputs and the manifest
        #expect(files["2019/12/dump-6.jsonl.gz"] == nil)
        // Records that cannot be read are named by position, never content.
        try Data("{\"note\":\"jane.roe7@contoso.com\"\n{}\n".utf8).write(to: URL(fileURLWithPath: exports.input + "/broken.jsonl"))
        let again = try RedactBinary.run(exports.arguments(output))
        #expect(again.stderr.contains("broken.jsonl: invalid-json"))
        #expect(again.stderr.contains("line 1"))
        expectAbsent("jane.roe", in: again.stderr)
        expectSameText(String(decoding: try Data(contentsOf: URL(fileURLWithPath: output + "/broken.jsonl")), as: UTF8.self),
                       "{\"redact_rejected\":\"invalid-json\"}\n{}\n")
    }

    @Test func refusesUnsafeDirectoriesAndConcurrentRuns() throws {
        let exports = try Exports(recordsPerFile: 600)
        // Output inside the input: a re-run would read its own outputs.
        let inside = try RedactBinary.run(exports.arguments(exports.input + "/clean"))
        #expect(inside.status == 2)
        #expect(inside.stderr.contains("inside"))
        // Two runs into one directory at once: the second is refused, the first completes.
        let output = exports.path("out")
        let first = try start(exports.arguments(output))
        var waited = 0
        while !FileManager.default.fileExists(atPath: output + "/_redact_manifest.jsonl"), waited < 200 {
            Thread.sleep(forTimeInterval: 0.02)
            waited += 1
        }
        let second = try RedactBinary.run(exports.arguments(output))
        first.waitUntilExit()
        #expect(second.status == 2)
        #expect(second.stderr.contains("another batch run is writing to"))
        #expect(first.terminationStatus == 0)
        #expect(try RedactBinary.run(exports.arguments(output)).stderr.contains("8 file(s) already done"))
    }
}
