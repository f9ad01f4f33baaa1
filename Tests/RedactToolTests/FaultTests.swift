import Foundation
import RedactionTestSupport
import Testing

/// Faults around the run: full disks, unwritable outputs, closed standard output, truncated input, signals at random
/// moments. Each must end with a clear message and exit code, no partial output under a final name, nothing raw.
@Suite("Faults", .serialized)
struct FaultTests {
    /// A scratch folder, removed at the end (after unmounting anything mounted in it).
    private final class Scratch {
        let root: URL
        var path: String { root.path }
        private var mounts: [String] = []

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("redact-fault-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        }

        /// Mounts a tmpfs of `kilobytes` at `name`; `nil` when this machine does not let the tests mount.
        func smallDisk(_ name: String, kilobytes: Int) throws -> String? {
            let mountPoint = path + "/" + name
            try FileManager.default.createDirectory(atPath: mountPoint, withIntermediateDirectories: true)
            let status = try RedactBinary.shell("mount -t tmpfs -o size=\(kilobytes)k tmpfs '\(mountPoint)' 2>/dev/null; echo $?")
            guard status == "0\n" else { return nil }
            mounts.append(mountPoint)
            return mountPoint
        }

        deinit {
            for mountPoint in mounts { _ = try? RedactBinary.shell("umount '\(mountPoint)'") }
            try? FileManager.default.removeItem(at: root)
        }
    }

    /// About `megabytes` of generated records in `path`.
    private func records(_ path: String, megabytes: Int) throws {
        let count = megabytes * 900
        #expect(try RedactBinary.shell(#""$REDACT" sample --records \#(count) --seed 3 > '\#(path)' && echo ok"#) == "ok\n")
    }

    private func entries(_ directory: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
    }

    @Test func aFullDiskFailsTheRunAndLeavesNoFile() throws {
        let scratch = try Scratch()
        let input = scratch.path + "/cases.jsonl"
        try records(input, megabytes: 3)
        // A file-size limit fails writes the way a full disk does (EFBIG), on any machine.
        let limited = try RedactBinary.shell(
            #"ulimit -f 1024; "$REDACT" '\#(input)' -o '\#(scratch.path)/out.jsonl' 2>&1; echo "status=$?""#)
        #expect(limited.contains("write-failed") && limited.hasSuffix("status=2\n"))
        #expect(try entries(scratch.path) == ["cases.jsonl"])
        // Standard output on a full device.
        let full = try RedactBinary.shell(#""$REDACT" '\#(input)' > /dev/full 2>'\#(scratch.path)/err'; echo "status=$?""#)
        #expect(full == "status=2\n")
        #expect(try String(contentsOfFile: scratch.path + "/err", encoding: .utf8).contains("No space left on device"))
        // A real small disk, where this machine allows mounting one: -o and batch.
        guard let disk = try scratch.smallDisk("disk", kilobytes: 1024) else { return }
        let single = try RedactBinary.run([input, "-o", disk + "/out.jsonl"])
        #expect(single.status == 2)
        #expect(single.stderr.contains("No space left on device"))
        #expect(try entries(disk).isEmpty)
        try FileManager.default.createDirectory(atPath: scratch.path + "/in", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: input, toPath: scratch.path + "/in/big.jsonl")
        try Data(#"{"e":"jane@contoso.com"}"#.utf8 + [0x0A]).write(to: URL(fileURLWithPath: scratch.path + "/in/small.jsonl"))
        let batch = try RedactBinary.run(["batch", "--no-progress", scratch.path + "/in", disk + "/out"])
        #expect(batch.status == 2)
        #expect(batch.stderr.contains("big.jsonl: write-failed"))
        #expect(try entries(disk + "/out") == ["_redact_manifest.jsonl", "small.jsonl"])
    }

    @Test func unwritableOutputsAreClearErrors() throws {
        let scratch = try Scratch()
        let input = scratch.path + "/cases.jsonl"
        try Data(#"{"e":"jane@contoso.com"}"#.utf8 + [0x0A]).write(to: URL(fileURLWithPath: input))
        let missing = try RedactBinary.run([input, "-o", scratch.path + "/no/such/dir/out.jsonl"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("cannot create a temporary file"))
        // /proc refuses new files even to root.
        let readOnly = try RedactBinary.run([input, "-o", "/proc/redact-out.jsonl"])
        #expect(readOnly.status == 2)
        // A batch whose output directory is a file.
        try FileManager.default.createDirectory(atPath: scratch.path + "/in", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: input, toPath: scratch.path + "/in/a.jsonl")
        let batch = try RedactBinary.run(["batch", "--no-progress", scratch.path + "/in", input])
        #expect(batch.status == 2)
        #expect(batch.stderr.contains("cannot create directory"))
        for result in [missing, readOnly, batch] { expectAbsent("jane", in: result.stderr) }
    }

    @Test func closedStandardOutput() throws {
        // Closed: an error. A reader that went away: a quiet stop (a pipe stage), exit 0.
        let closed = try RedactBinary.shell(#"echo '{"e":"jane@contoso.com"}' | "$REDACT" 2>&1 >&-; echo "status=$?""#)
        #expect(closed.contains("write-failed") && closed.contains("Bad file descriptor"))
        #expect(closed.hasSuffix("status=2\n"))
        expectAbsent("jane", in: closed)
        let gone = try RedactBinary.shell(
            #""$REDACT" sample --records 20000 --seed 1 | "$REDACT" 2>&1 | head -c 100 > /dev/null; echo "status=${PIPESTATUS[1]}""#)
        #expect(gone == "status=0\n")
    }

    @Test func inputTruncatedMidLineIsRejectedNotPassedThrough() throws {
        let result = try RedactBinary.run([], input: #"{"e":"bob@fabrikam.com"}"# + "\n" + #"{"note":"call jane.doe@contoso.com at +1 415 55"#)
        #expect(result.status == 0)
        expectSameText(result.output, #"{"e":"[EMAIL]"}"# + "\n" + #"{"redact_rejected":"invalid-json"}"#)
        #expect(result.stderr.contains("line 2"))
        expectAbsent("jane", in: result.stderr)
    }

    /// SIGINT, SIGTERM, SIGPIPE and SIGKILL at random moments of a `-o` run: the final name holds either nothing or
    /// the complete output, and only SIGKILL can leave a temporary file.
    @Test func signalsAtRandomMomentsLeaveNoPartialOutput() throws {
        let scratch = try Scratch()
        let input = scratch.path + "/cases.jsonl"
        try records(input, megabytes: 3)
        let reference = try RedactBinary.run([input])
        #expect(reference.status == 0)
        var random: UInt64 = 0x5EED
        for round in 0..<8 {
            let target = scratch.path + "/out-\(round).jsonl"
            let process = Process()
            process.executableURL = RedactBinary.url
            process.arguments = ["--jobs", "2", input, "-o", target]
            process.standardError = FileHandle.nullDevice
            try process.run()
            random = random &* 6364136223846793005 &+ 1442695040888963407
            Thread.sleep(forTimeInterval: 0.05 + Double(random >> 54) / 1024 * 1.5)
            let signal = [SIGINT, SIGTERM, SIGPIPE, SIGKILL][round % 4]
            kill(process.processIdentifier, signal)
            process.waitUntilExit()
            let names = try entries(scratch.path)
            if FileManager.default.fileExists(atPath: target) {
                // Finished before the signal (or ignored it: SIGPIPE is ignored, a closed reader is an error).
                #expect(try Data(contentsOf: URL(fileURLWithPath: target)) == reference.stdout, "round \(round): partial output")
            } else if signal == SIGINT || signal == SIGTERM {
                #expect(process.terminationStatus == 128 + signal, "round \(round): exit \(process.terminationStatus)")
                #expect(!names.contains { $0.contains(".redact-") }, "round \(round): temporary file left")
            }
            // Leftovers of SIGKILL are hidden files; never a partial under the final name.
            for name in try entries(scratch.path) where name.hasPrefix(".") { try FileManager.default.removeItem(atPath: scratch.path + "/" + name) }
        }
    }
}
