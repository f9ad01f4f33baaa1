import ArgumentParser
import Foundation
import Redaction

/// `redact reveal [FILE…]`: restore the values behind encrypted tokens, given the key.
struct RevealCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reveal",
        abstract: "Restore the values behind 'encrypt' tokens (for authorised investigators holding the key).",
        discussion: """
            Copies each line, replacing every token [KIND_ENC_KEYID_…] made with the key by its original value \
            (JSON-escaped in JSONL, where tokens sit inside strings). A token made with another key, or altered, \
            stops the run with exit code 2, naming the line, byte offset and key ids — never a wrong value.

            Examples:
              redact --operator default=encrypt --key-file k.key < cases.jsonl > sealed.jsonl
              redact reveal --key-file k.key < sealed.jsonl > cases.jsonl
            """
    )

    @Argument(help: "Input files; '-' or none reads standard input.")
    var files: [String] = []

    @Option(help: "File holding the key; else REDACT_KEY_FILE or REDACT_KEY (hex) from the environment.")
    var keyFile: String?

    @Option(help: "jsonl (values JSON-escaped inside strings) or text (values written as they were).")
    var format: RecordFormat = .jsonl

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        guard let key = try keyFile.map({ try RedactionKey.load(file: $0) }) ?? RedactionKey.fromEnvironment(environment)
        else {
            throw RedactionError(.invalidConfiguration, reason: "reveal needs the key: --key-file FILE, or REDACT_KEY_FILE / REDACT_KEY")
        }
        let revealer = Revealer(key: key)
        var writer = OutputWriter(fileDescriptor: 1)
        try InputFiles.forEach(files.isEmpty ? ["-"] : files) { (_, descriptor) throws(RedactionError) in
            var reader = LineReader(fileDescriptor: descriptor)
            while let line = try reader.next() {
                guard !line.isOverlong else {
                    throw RedactionError(.lineTooLong, reason: "line too long to reveal", lineNumber: line.number)
                }
                do throws(RedactionError) {
                    try revealer.reveal(line.bytes, jsonEscaped: format != .text, into: &writer.pending)
                } catch {
                    throw error.at(lineNumber: line.number, byteOffset: line.offset + (error.byteOffset ?? 0))
                }
                if line.hasNewline { writer.pending.append(0x0A) }
                try writer.flushIfFull()
            }
        }
        try writer.flush()
    }
}
