import ArgumentParser
import Foundation
import Redaction

/// How findings are rewritten: an operator per kind, and the key keyed operators need.
struct OperatorOptions: ParsableArguments {
    @Option(
        name: .customLong("operator"), parsing: .upToNextOption,
        help: ArgumentHelp(
            "How findings of a kind are rewritten: KIND=OP or default=OP, with OP one of tag, mask, pseudonym, encrypt, partial, drop, keep.",
            valueName: "KIND=OP"))
    var operators: [String] = []

    @Option(help: "File holding the key (32+ bytes, or 64+ hex digits) for pseudonym and encrypt; else REDACT_KEY_FILE or REDACT_KEY (hex) from the environment.")
    var keyFile: String?

    @Option(help: "Characters per pseudonym (8–64; 4 bits each; default 16).")
    var pseudonymLength: Int?

    func validate() throws {
        for rule in operators {
            let parts = rule.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, !parts[0].isEmpty, RedactionPolicy.operatorNames.contains(parts[1]) else {
                throw ValidationError("--operator takes KIND=OP with OP one of \(RedactionPolicy.operatorNames.joined(separator: ", "))")
            }
        }
        guard (8...64).contains(pseudonymLength ?? 16) else { throw ValidationError("--pseudonym-length must be 8–64") }
    }

    /// The key from --key-file or the environment, if any.
    func key() throws -> RedactionKey? {
        if let keyFile { return try RedactionKey.load(file: keyFile) }
        return try RedactionKey.fromEnvironment(ProcessInfo.processInfo.environment)
    }

    /// Adds these options to `policy`: operators per kind (overriding the file's), the pseudonym length.
    func apply(to policy: inout RedactionPolicy) throws {
        for rule in operators {
            let parts = rule.split(separator: "=", maxSplits: 1).map(String.init)
            policy.operators[parts[0].lowercased() == "default" ? "default" : parts[0].uppercased()] = parts[1]
        }
        if let pseudonymLength { policy.pseudonymLength = pseudonymLength }
    }
}
