import ArgumentParser
import Foundation
import Redaction

#if canImport(Glibc)
import Glibc
#endif

/// `redact batch IN_DIR OUT_DIR`: redact every file of a directory (or files, or globs) into the same relative paths
/// under OUT_DIR, resumably.
struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Redact a directory (or list, or glob) of export files into an output directory, resumably.",
        discussion: """
            Every file is written to the same relative path under OUT_DIR, through a temporary name that is renamed \
            only when the file is complete and on disk. A manifest (OUT_DIR/_redact_manifest.jsonl) records each \
            finished file: input size, time and SHA-256, output SHA-256, counts per kind, the settings digest and \
            key id. Running the same command again after a crash or Ctrl-C skips what is done and redoes the rest; \
            a changed input, policy or option is redone.

            Formats by file name: .jsonl/.ndjson/.json (JSON Lines), .csv, .txt/.log (text), each also .gz (read \
            and written compressed). --format reads every file as one format. Names starting with '.' or '_' are \
            left out. A file that fails (unreadable, corrupt gzip, --on-invalid fail) leaves no output and is \
            reported; the others go on, and the exit code is 2.

            Examples:
              redact batch exports/ clean/
              redact batch --key-file key.hex --operator default=pseudonym exports/ clean/ --report report.json
              redact batch 'dumps/*.jsonl.gz' --output-dir clean/
            """
    )

    @Argument(help: "Input directories, files or glob patterns, then the output directory (unless --output-dir).")
    var paths: [String] = []

    @Option(name: .customLong("output-dir"), help: "The output directory (then every argument is an input).")
    var outputDirectory: String?

    @OptionGroup var engine: EngineOptions

    @OptionGroup var rewriting: OperatorOptions

    @Flag(help: "Settle and re-scan every redacted record (as redact --verify).")
    var verify = false

    @Option(help: "Write the report (per file and total) as JSON to this file.")
    var report: String?

    @Flag(help: "Before skipping a file the manifest shows done, re-hash its input and output (catches changes that kept size and time).")
    var checkDigests = false

    @Flag(help: "Redo every file, whatever the manifest says.")
    var redoAll = false

    /// The inputs and the output directory.
    func split() throws -> (inputs: [String], output: String) {
        if let outputDirectory {
            guard !paths.isEmpty else { throw ValidationError("give at least one input") }
            return (paths, outputDirectory)
        }
        guard paths.count >= 2 else { throw ValidationError("give the inputs and the output directory (or --output-dir)") }
        return (Array(paths.dropLast()), paths.last!)
    }

    func validate() throws { _ = try split() }

    func run() throws {
        let (inputs, output) = try split()
        // An output inside an input directory would be read as input by the next run.
        let resolvedOutput = URL(fileURLWithPath: output).standardizedFileURL.resolvingSymlinksInPath().path
        for input in inputs {
            let resolved = URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath().path
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: resolved, isDirectory: &isDirectory), isDirectory.boolValue,
                resolvedOutput == resolved || resolvedOutput.hasPrefix(resolved + "/")
            {
                throw ValidationError("the output directory \(output) lies inside the input \(input)")
            }
        }
        let (files, ignored) = try BatchFile.find(inputs, format: engine.format)
        for name in ignored.prefix(10) {
            Terminal.writeError("redact batch: \(name): ignored (the name says no format; give --format to read it)")
        }
        if ignored.count > 10 { Terminal.writeError("redact batch: … and \(ignored.count - 10) more ignored") }
        guard !files.isEmpty else { throw RedactionError(.invalidConfiguration, reason: "no input file to redact") }

        var policy = try engine.effectivePolicy()
        try rewriting.apply(to: &policy)
        let key = policy.needsKey ? try rewriting.key() : nil
        let stream = StreamRedactor(
            redactor: try Redactor(policy: policy, key: key), onInvalid: engine.onInvalid,
            maxLineBytes: engine.maxLineBytes, verify: verify)
        var job = BatchJob(
            files: files, outputDirectory: output, stream: stream, jobs: engine.jobs,
            settingsDigest: try BatchJob.settingsDigest(
                policy: policy, keyID: key?.id, stream: stream, formatOverride: engine.format),
            keyID: key?.id)
        job.checksDigests = checkDigests
        job.redoesAll = redoAll

        let display = ProgressDisplay.enabled(flag: engine.progress) ? BatchProgress() : nil
        var events = BatchJob.Events()
        events.planned = { files, bytes, skipped in
            if skipped > 0 { Terminal.writeError("redact batch: \(skipped) file(s) already done, \(files) to redact") }
            display?.start(files: files, bytes: bytes)
        }
        events.progress = { bytes in display?.advance(bytes: bytes) }
        events.finished = { result in
            display?.fileFinished()
            if let error = result.error { Terminal.writeError("redact batch: \(result.path): \(error)") }
        }
        events.invalidRecord = { path, error in Terminal.writeError("redact batch: \(path): \(error)") }
        events.temporaryFile = SignalCleanup.track
        let result = try job.run(events: events)
        display?.finish()

        Terminal.writeError(BatchReportText.render(result))
        if let report { try BatchReportText.writeJSON(result, to: report) }
        let failed = result.count(.failed)
        if failed > 0 {
            throw BatchFailure(message: "redact batch: \(failed) of \(result.files.count) file(s) failed")
        }
    }
}

/// Some files of a batch failed (exit code 2 after the report).
struct BatchFailure: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}

/// The progress display of a batch: bytes of all files, files done, MB/s, ETA; fed from several threads.
final class BatchProgress: @unchecked Sendable {
    private let lock = NSLock()
    private var display: ProgressDisplay?
    private var files = 0
    private var done = 0

    func start(files: Int, bytes: Int) {
        lock.withLock {
            self.files = files
            display = ProgressDisplay(total: bytes)
        }
    }

    func advance(bytes: Int) {
        lock.withLock {
            display?.finishedInput(bytes: bytes)
            display?.update(bytes: 0, suffix: "  files \(done)/\(files)")
        }
    }

    func fileFinished() {
        lock.withLock {
            done += 1
            display?.update(bytes: 0, force: true, suffix: "  files \(done)/\(files)")
        }
    }

    func finish() { lock.withLock { display?.finish() } }
}
