import ArgumentParser
import Redaction

#if canImport(Glibc)
import Glibc
#endif

/// The `redact` command: finds and removes personal data from support-case exports.
///
/// Exit codes: 0 success, 1 findings where a gate asked for none, 2 error (bad usage, unreadable input, write
/// failure). A closed output pipe ends the run quietly with 0.
@main
struct RedactTool: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "redact",
        abstract: "Find and remove personal data from support-case records.",
        discussion: """
            Reads JSONL (or text or CSV) records from files or standard input and writes them with every finding \
            replaced by its kind tag, e.g. [EMAIL]: one line in, one line out, in order. 'redact scan' reports \
            what is there without changing anything. Exit codes: 0 success, 1 findings where 'scan --fail-on' \
            asked for none, 2 error.

            Examples:
              redact < cases.jsonl > clean.jsonl
              zcat dump.json.gz | redact --stats | gzip > clean.json.gz
              redact --format csv export.csv -o export.clean.csv
              redact batch exports/ clean/
              redact scan --fail-on any clean.jsonl
              redact detectors
              redact sample --records 1000 | redact --stats > /dev/null
            """,
        version: VersionInfo.text,
        subcommands: [RunCommand.self, BatchCommand.self, ScanCommand.self, RevealCommand.self, PolicyCommand.self, DetectorsCommand.self, SampleCommand.self],
        defaultSubcommand: RunCommand.self
    )

    static func main() {
        signal(SIGPIPE, SIG_IGN)
        // A file-size limit (ulimit -f) must fail the write (EFBIG) like a full disk, not kill the process mid-file.
        signal(SIGXFSZ, SIG_IGN)
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as RedactionError where error.code == .brokenPipe {
            Glibc.exit(0)
        } catch let failure as BatchFailure {
            Terminal.writeError(failure.message)
            Glibc.exit(2)
        } catch let gate as GateFailure {
            Terminal.writeError(gate.message)
            Glibc.exit(1)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                exit(withError: error)  // --help, --version
            }
            // Usage and runtime errors share exit code 2; the message names the problem, never record content.
            let message = fullMessage(for: error)
            if !message.isEmpty { Terminal.writeError(message) }
            Glibc.exit(2)
        }
    }
}

/// What `redact --version` prints.
enum VersionInfo {
    static var text: String {
        let jit = RedactionInfo.isJITActive ? "JIT active" : "JIT not available"
        return "redact \(RedactionInfo.version) (PCRE2 \(RedactionInfo.pcre2Version), \(jit))"
    }
}
