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

    @Option(help: "Characters per pseudonym (8–64; 4 bits each).")
    var pseudonymLength: Int = 16

    /// The operator names and what they do.
    static let names = ["tag", "mask", "pseudonym", "encrypt", "partial", "drop", "keep"]

    func validate() throws {
        for rule in operators {
            let parts = rule.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, !parts[0].isEmpty, Self.names.contains(parts[1]) else {
                throw ValidationError("--operator takes KIND=OP with OP one of \(Self.names.joined(separator: ", "))")
            }
        }
        guard (8...64).contains(pseudonymLength) else { throw ValidationError("--pseudonym-length must be 8–64") }
    }

    /// The key from --key-file or the environment, if any.
    func key() throws -> RedactionKey? {
        if let keyFile { return try RedactionKey.load(file: keyFile) }
        return try RedactionKey.fromEnvironment(ProcessInfo.processInfo.environment)
    }

    /// The operator table these options describe (kind tags when none is given).
    func makeOperator() throws -> any RedactionOperator {
        guard !operators.isEmpty else { return TagOperator() }
        let key = try key()
        func make(_ name: String) throws -> any RedactionOperator {
            switch name {
            case "mask": return MaskOperator()
            case "partial": return PartialOperator()
            case "drop": return DropOperator()
            case "keep": return KeepOperator()
            case "pseudonym", "encrypt":
                guard let key else {
                    throw RedactionError(
                        .invalidConfiguration,
                        reason: "\(name) needs a key: --key-file FILE, or REDACT_KEY_FILE / REDACT_KEY in the environment")
                }
                return name == "pseudonym" ? PseudonymOperator(key: key, length: pseudonymLength) : EncryptOperator(key: key)
            default: return TagOperator()
            }
        }
        var byKind: [EntityKind: any RedactionOperator] = [:]
        var fallback: any RedactionOperator = TagOperator()
        for rule in operators {
            let parts = rule.split(separator: "=", maxSplits: 1).map(String.init)
            if parts[0].lowercased() == "default" {
                fallback = try make(parts[1])
            } else {
                byKind[EntityKind(rawValue: parts[0].uppercased())] = try make(parts[1])
            }
        }
        return KindOperators(byKind, default: fallback)
    }
}
