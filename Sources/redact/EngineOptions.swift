import ArgumentParser
import Foundation
import Redaction

/// The options that say how records are read and what is personal, shared by `redact` and `redact scan` so that a
/// scan finds exactly what a redaction with the same options replaces.
struct EngineOptions: ParsableArguments {
    @Option(help: "Record format: jsonl, text, or auto (JSON when a line parses, text otherwise).")
    var format: RecordFormat = .jsonl

    @Option(help: "Records that cannot be redacted as their format: reject, text, or fail.")
    var onInvalid: InvalidRecordPolicy = .reject

    @Option(parsing: .upToNextOption, help: "Scan only values at these field paths (e.g. description notes[*] **.ip).")
    var only: [String] = []

    @Option(parsing: .upToNextOption, help: "Never scan values at these field paths (known-safe fields).")
    var skip: [String] = []

    @Option(name: .customLong("redact-field"), parsing: .upToNextOption,
            help: "Replace values at PATH whole with KIND, e.g. customer.notes=PERSON.")
    var redactFields: [String] = []

    @Flag(help: "Do not redact whole values of fields named like personal data (email, phone, ip, customer.name, …).")
    var noFieldNames = false

    @Option(name: .customLong("disable"), parsing: .upToNextOption,
            help: "Detector ids to switch off (see 'redact detectors').")
    var disabled: [String] = []

    @Option(help: "Workers redacting at once (default: the available cores). Output is identical for every value.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Longest line scanned, in bytes; longer lines are rejected.")
    var maxLineBytes: Int = 256 << 20

    @Flag(inversion: .prefixedNo, help: "Show a progress line on standard error (default: when it is a terminal).")
    var progress: Bool?

    /// The field rules from --only, --skip and --redact-field.
    func fieldRules() throws -> FieldRules {
        var rules = FieldRules()
        rules.only = try only.map { try FieldPath($0) }
        rules.skip = try skip.map { try FieldPath($0) }
        rules.redact = try redactFields.map { rule in
            guard let equals = rule.lastIndex(of: "="), equals != rule.startIndex,
                rule.index(after: equals) != rule.endIndex
            else {
                throw ValidationError("--redact-field takes PATH=KIND, e.g. customer.notes=PERSON")
            }
            return (try FieldPath(String(rule[..<equals])), EntityKind(rawValue: rule[rule.index(after: equals)...].uppercased()))
        }
        return rules
    }

    func validate() throws {
        _ = try fieldRules()
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard maxLineBytes > 0 else { throw ValidationError("--max-line-bytes must be positive") }
    }

    /// The stream engine these options describe, with the built-in detectors compiled once.
    func makeStream(
        replacement: any RedactionOperator = TagOperator(), verify: Bool = false, canaries: CanarySet? = nil
    ) throws -> StreamRedactor {
        let builtIn = try DetectorSet.builtIn()
        let known = Set(builtIn.descriptors.map(\.id.rawValue))
        for id in disabled where !known.contains(id) {
            throw RedactionError(.invalidConfiguration, reason: "unknown detector '\(id)'; 'redact detectors' lists them")
        }
        let detectors = builtIn.excluding(ids: Set(disabled.map(DetectorID.init(rawValue:))))
        return StreamRedactor(
            redactor: Redactor(detectors: detectors, replacement: replacement,
                               fieldNames: noFieldNames ? nil : .standard, fieldRules: try fieldRules()),
            format: format, onInvalid: onInvalid, maxLineBytes: maxLineBytes, jobs: jobs, verify: verify,
            canaries: canaries)
    }
}
