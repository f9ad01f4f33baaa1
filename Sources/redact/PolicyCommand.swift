import ArgumentParser
import Foundation
import Redaction

/// `redact policy init|check`: write a starting policy, or validate one.
struct PolicyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "policy",
        abstract: "Write a commented default policy, or check a policy file.",
        discussion: "A policy (YAML or JSON) says which detectors run, how each kind is rewritten, which fields are "
            + "scanned, skipped, replaced or dropped, and adds custom patterns, deny-lists and an allow-list. "
            + "Use it with 'redact --policy FILE' and 'redact scan --policy FILE'. Reference: Docs/Policy.md.",
        subcommands: [Initialize.self, Check.self]
    )

    struct Initialize: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "init", abstract: "Print a commented default policy (or write it to a file).")

        @Option(name: .shortAndLong, help: "Write to this file instead of standard output (never overwritten).")
        var output: String?

        func run() throws {
            guard let output else {
                Terminal.writeOutput(DefaultPolicy.text)
                return
            }
            guard !FileManager.default.fileExists(atPath: output) else {
                throw RedactionError(.invalidConfiguration, reason: "\(output) exists; not overwritten")
            }
            try Data(DefaultPolicy.text.utf8).write(to: URL(fileURLWithPath: output), options: .withoutOverwriting)
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Validate a policy: syntax, keys, operators, patterns (compiled), deny-list files, detector ids.")

        @Argument(help: "The policy file.")
        var file: String

        @OptionGroup var keys: OperatorOptions

        func run() throws {
            let policy = try PolicyFile.load(path: file)
            let needsKey = policy.needsKey
            let key = needsKey ? try keys.key() : nil
            if needsKey, key == nil {
                Terminal.writeError("redact policy check: note: pseudonym/encrypt need a key at run time (--key-file, REDACT_KEY_FILE or REDACT_KEY)")
            }
            var buildable = policy
            if needsKey, key == nil {
                buildable.operators = buildable.operators.mapValues { _ in "tag" }
                buildable.fieldOperators = buildable.fieldOperators.mapValues { _ in "tag" }
            }
            let redactor = try Redactor(policy: buildable, key: key)
            let terms = policy.denyLists.reduce(0) { $0 + $1.terms.count }
            Terminal.writeOutput(
                "\(file): ok — \(redactor.detectors.detectors.count) detectors (\(policy.customDetectors.count) custom, "
                    + "\(policy.denyLists.count) deny-lists with \(terms) terms), \(policy.operators.count) operator rules, "
                    + "minimum confidence \(policy.minimumConfidence), \(policy.allowValues.count + policy.allowPatterns.count) allow entries")
        }
    }
}

/// The policy `redact policy init` writes: every setting at its default, with the choices explained.
enum DefaultPolicy {
    static let text = """
        # redact policy (YAML; JSON works too). Check it with: redact policy check FILE
        # Use it with: redact --policy FILE …   and   redact scan --policy FILE …
        version: 1

        detectors:
          # Built-in detector ids to switch off ('redact detectors' lists them).
          disable: []
          # Findings below this confidence are left as they are (0 redacts everything found).
          minimum_confidence: 0
          # Redact whole values of fields named like personal data (email, phone, ip, customer.name, …).
          field_names: true
          # Find those fields' names, city, street and mailbox name wherever else they occur in the same record
          # ("Hi Jane," after customer.name "Jane Doe"); name parts that are common words (Will, May) only as full names.
          propagate_field_values: true

        # How findings are rewritten, per kind, and 'default' for the rest:
        #   tag        [EMAIL]
        #   mask       j***@c******.com, **** **** **** 1111, ***-**-6789
        #   pseudonym  [EMAIL_LGKHQNJFRMSKDHJB]  keyed (needs a key), the same value gives the same token everywhere
        #   encrypt    [EMAIL_ENC_<key id>_…]    reversible with 'redact reveal' (needs the key)
        #   partial    [EMAIL]@contoso.com, 203.0.113.0/24, 2001:db8:85a3::/48, +44 [PHONE]
        #   drop       removed
        #   keep       left as it is (allow-list a kind)
        # Keys come from --key-file FILE or REDACT_KEY_FILE / REDACT_KEY (hex), never from this file.
        operators:
          default: tag
          # EMAIL: pseudonym
          # CREDIT_CARD: mask
          # IPV4: partial

        # Characters per pseudonym (8–64, 4 bits each).
        pseudonym_length: 16

        # Field paths: 'customer.email', 'notes[*]' (array elements), '**.ip' (any depth), 'claim.*.iban'.
        fields:
          only: []          # scan only these (empty: all)
          skip: []          # never scan these (known-safe fields, e.g. product)
          redact: {}        # replace whole with a kind, e.g. { "customer.notes": PERSON }
          drop: []          # empty these values

        # Your own formats: PCRE2 patterns, compiled with match limits (a runaway pattern fails the record closed).
        custom_detectors: []
        #  - id: employee-id
        #    kind: EMPLOYEE_ID
        #    pattern: '\\bEMP-\\d{6}\\b'
        #    caseless: false
        #    confidence: 0.9
        #    group: 0           # capture group that becomes the finding
        #    context: []        # words of which one must occur within 48 bytes before
        #    validator: luhn    # optional: luhn or iban

        # Names and terms redacted wherever they occur as whole words (case-insensitive); inline or from a file.
        deny_lists: []
        #  - kind: PERSON
        #    terms: [Jane Doe, John Smith]
        #    file: names.txt    # one term per line, relative to this policy
        #    confidence: 0.9

        # Exports from your own systems (CSV with a header row, or JSON Lines): every entry is found anywhere as the
        # kind its column names (name, email, phone, or the column name itself). Relative to this policy.
        known_entities: []  # e.g. [crm-customers.csv]

        # Never redacted: exact values (case-insensitive) and patterns matching a finding whole.
        allow:
          values: []        # e.g. [support@contoso.com]
          patterns: []      # e.g. ['[a-z]+@contoso\\.com']
        """
}
