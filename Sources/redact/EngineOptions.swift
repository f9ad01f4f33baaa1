import ArgumentParser
import Foundation
import Redaction

/// The options that say how records are read and what is personal, shared by `redact` and `redact scan` so that a
/// scan finds exactly what a redaction with the same options replaces.
struct EngineOptions: ParsableArguments {
    @Option(help: "Record format: jsonl (the default), text, csv, or auto (JSON when a line parses, text otherwise); batch: by file name.")
    var format: RecordFormat?

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

    @Flag(help: "Do not look for the values of a record's personal fields (names, city, street, mailbox) elsewhere in it.")
    var noPropagation = false

    @Option(name: .customLong("disable"), parsing: .upToNextOption,
            help: "Detector ids to switch off (see 'redact detectors').")
    var disabled: [String] = []

    @Option(help: "Workers redacting at once (default: the available cores). Output is identical for every value.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Longest line scanned, in bytes; longer lines are rejected.")
    var maxLineBytes: Int = 256 << 20

    @Flag(inversion: .prefixedNo, help: "Show a progress line on standard error (default: when it is a terminal).")
    var progress: Bool?

    @Option(
        name: .customLong("known"),
        help: ArgumentHelp(
            "A file of known entities exported from your systems (CSV with a header row, or JSON Lines): every "
                + "occurrence of an entry is redacted as the kind its column names (name, email, phone, or the "
                + "column name itself). Repeatable.",
            valueName: "file"))
    var knownEntityFiles: [String] = []

    @Option(help: "A policy file (YAML or JSON; see 'redact policy init'). Options given here add to it.")
    var policy: String?

    /// --redact-field rules as (path, kind).
    func redactFieldRules() throws -> [(path: String, kind: String)] {
        try redactFields.map { rule in
            guard let equals = rule.lastIndex(of: "="), equals != rule.startIndex,
                rule.index(after: equals) != rule.endIndex
            else {
                throw ValidationError("--redact-field takes PATH=KIND, e.g. customer.notes=PERSON")
            }
            let path = String(rule[..<equals])
            _ = try FieldPath(path)
            return (path, rule[rule.index(after: equals)...].uppercased())
        }
    }

    func validate() throws {
        _ = try redactFieldRules()
        for path in only + skip { _ = try FieldPath(path) }
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard maxLineBytes > 0 else { throw ValidationError("--max-line-bytes must be positive") }
    }

    /// The policy file (if any) with these options added: detectors switched off, field rules, field names.
    func effectivePolicy() throws -> RedactionPolicy {
        var policy = try self.policy.map { try PolicyFile.load(path: $0) } ?? RedactionPolicy()
        policy.disabledDetectors += disabled
        policy.knownEntityFiles += knownEntityFiles
        if noFieldNames { policy.fieldNames = false }
        if noPropagation { policy.propagatesFieldValues = false }
        policy.onlyFields += only
        policy.skipFields += skip
        for rule in try redactFieldRules() { policy.redactFields[rule.path] = rule.kind }
        return policy
    }

    /// The stream engine these options describe, rewriting as `rewriting` says (scans pass `nil`: their output is
    /// dropped, so no operator or key is needed).
    func makeStream(
        rewriting: OperatorOptions? = nil, verify: Bool = false, canaries: CanarySet? = nil
    ) throws -> StreamRedactor {
        var policy = try effectivePolicy()
        var key: RedactionKey?
        if let rewriting {
            try rewriting.apply(to: &policy)
            if policy.needsKey { key = try rewriting.key() }
        } else {
            policy.operators = [:]
            policy.fieldOperators = [:]
        }
        return StreamRedactor(
            redactor: try Redactor(policy: policy, key: key),
            format: format ?? .jsonl, onInvalid: onInvalid, maxLineBytes: maxLineBytes, jobs: jobs, verify: verify,
            canaries: canaries)
    }
}
