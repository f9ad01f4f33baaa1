import Foundation
import Yams

/// Reads a ``RedactionPolicy`` from YAML (or JSON, which is YAML): every key checked, unknown keys rejected, every
/// error naming `file:line:column` — patterns are compiled here too, so a broken one is reported with PCRE2's message
/// where it was written.
public enum PolicyFile {
    /// Loads and validates the policy at `path`; deny-list and known-entities files are resolved relative to its
    /// directory.
    public static func load(path: String) throws(RedactionError) -> RedactionPolicy {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw RedactionError(.readFailed, reason: "cannot read policy \(path)")
        }
        let directory = path.contains("/") ? String(path[..<path.lastIndex(of: "/")!]) : "."
        return try parse(text, origin: path, directory: directory)
    }

    /// Parses and validates policy text; `origin` names it in errors.
    public static func parse(_ text: String, origin: String = "policy", directory: String = ".") throws(RedactionError)
        -> RedactionPolicy
    {
        try checkNesting(text, origin: origin)
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            throw RedactionError(.invalidConfiguration, reason: "\(origin): not valid YAML: \(Self.describe(error))")
        }
        var reader = Reader(origin: origin, directory: directory)
        guard let root else { return RedactionPolicy() }
        return try reader.policy(root)
    }

    /// Deepest nesting a policy may use; real policies need four or five levels.
    static let maximumNesting = 64

    /// Refuses text nested deeper than ``maximumNesting`` before Yams sees it: Yams builds nodes recursively, and a
    /// policy of a few thousand `[` or `- ` would overflow the stack (found by fuzzing). Counts flow brackets outside
    /// quotes and comments, and per line the indentation plus the leading `- `/`? ` indicators — an upper bound on
    /// block nesting.
    static func checkNesting(_ text: String, origin: String) throws(RedactionError) {
        let bytes = Array(text.utf8)
        let space = UInt8(ascii: " "), newline: UInt8 = 0x0A
        var flow = 0, line = 1, index = 0
        var quote: UInt8?
        func refuse(_ what: String) -> RedactionError {
            RedactionError(.invalidConfiguration, reason: "\(origin):\(line): \(what) nested deeper than \(maximumNesting) levels")
        }
        while index < bytes.count {
            // Line start: each level of block nesting needs an indentation space or a `- `/`? ` indicator.
            var depth = 0
            while quote == nil, index < bytes.count {
                let byte = bytes[index]
                let indicator = (byte == UInt8(ascii: "-") || byte == UInt8(ascii: "?"))
                    && (index + 1 == bytes.count || bytes[index + 1] == space || bytes[index + 1] == newline)
                guard byte == space || indicator else { break }
                depth += 1
                index += 1
            }
            guard depth <= 2 * maximumNesting else { throw refuse("blocks") }
            // The rest of the line: flow brackets outside quotes and comments.
            var previous = space
            while index < bytes.count, bytes[index] != newline {
                let byte = bytes[index]
                index += 1
                if let open = quote {
                    if byte == open { quote = nil }
                } else if byte == UInt8(ascii: "#"), previous == space {
                    while index < bytes.count, bytes[index] != newline { index += 1 }
                } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                    if [space, UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: ","), UInt8(ascii: ":")].contains(previous) {
                        quote = byte
                    }
                } else if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") {
                    flow += 1
                    guard flow <= maximumNesting else { throw refuse("brackets") }
                } else if byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}") {
                    flow = max(0, flow - 1)
                }
                previous = byte
            }
            index += 1
            line += 1
        }
    }

    private static func describe(_ error: any Error) -> String {
        if let yaml = error as? YamlError {
            switch yaml {
            case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _):
                return "\(mark.line):\(mark.column): \(problem)"
            default: return "\(yaml)".split(separator: "\n").first.map(String.init) ?? "parse error"
            }
        }
        return "parse error"
    }

    /// Walks the document, with positions for errors.
    private struct Reader {
        let origin: String
        let directory: String

        func fail(_ node: Node?, _ message: String) -> RedactionError {
            let place = node?.mark.map { "\(origin):\($0.line):\($0.column)" } ?? origin
            return RedactionError(.invalidConfiguration, reason: "\(place): \(message)")
        }

        /// The entries of a mapping, rejecting keys not in `allowed` (nil: any key).
        func mapping(_ node: Node, _ what: String, allowed: [String]?) throws(RedactionError) -> [(String, Node, Node)] {
            guard let mapping = node.mapping else { throw fail(node, "\(what) must be a mapping") }
            var entries: [(String, Node, Node)] = []
            var seen = Set<String>()
            for (key, value) in mapping {
                guard let name = key.scalar?.string else { throw fail(key, "keys of \(what) must be text") }
                if let allowed, !allowed.contains(name) {
                    throw fail(key, "unknown key '\(name)' in \(what) (expected one of: \(allowed.joined(separator: ", ")))")
                }
                guard seen.insert(name).inserted else { throw fail(key, "duplicate key '\(name)' in \(what)") }
                entries.append((name, key, value))
            }
            return entries
        }

        func string(_ node: Node, _ what: String) throws(RedactionError) -> String {
            guard let scalar = node.scalar else { throw fail(node, "\(what) must be text") }
            return scalar.string
        }

        func strings(_ node: Node, _ what: String) throws(RedactionError) -> [String] {
            guard let sequence = node.sequence else { throw fail(node, "\(what) must be a list") }
            var result: [String] = []
            for item in sequence { result.append(try string(item, "each entry of \(what)")) }
            return result
        }

        func number(_ node: Node, _ what: String, in range: ClosedRange<Double>) throws(RedactionError) -> Double {
            guard let value = node.scalar.flatMap({ Double($0.string) }), range.contains(value) else {
                throw fail(node, "\(what) must be a number from \(range.lowerBound) to \(range.upperBound)")
            }
            return value
        }

        func integer(_ node: Node, _ what: String, in range: ClosedRange<Int>) throws(RedactionError) -> Int {
            guard let value = node.scalar.flatMap({ Int($0.string) }), range.contains(value) else {
                throw fail(node, "\(what) must be a whole number from \(range.lowerBound) to \(range.upperBound)")
            }
            return value
        }

        func bool(_ node: Node, _ what: String) throws(RedactionError) -> Bool {
            switch node.scalar?.string.lowercased() {
            case "true", "yes", "on": return true
            case "false", "no", "off": return false
            default: throw fail(node, "\(what) must be true or false")
            }
        }

        func kind(_ node: Node, _ what: String) throws(RedactionError) -> String {
            let name = try string(node, what)
            guard !name.isEmpty, name.utf8.allSatisfy({ ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x5F }),
                name.utf8.first.map({ $0 >= 0x41 && $0 <= 0x5A }) == true
            else { throw fail(node, "\(what) must be a kind name in upper case, like EMAIL or EMPLOYEE_ID") }
            return name
        }

        func pattern(_ node: Node, _ what: String, caseless: Bool = false) throws(RedactionError) -> String {
            let text = try string(node, what)
            do {
                _ = try CompiledPattern(text, options: caseless ? [.caseless] : [])
            } catch {
                throw fail(node, "\(what) does not compile: \(error.message) at offset \(error.patternOffset ?? 0)")
            }
            return text
        }

        func fieldPath(_ node: Node, _ what: String) throws(RedactionError) -> String {
            let text = try string(node, what)
            do {
                _ = try FieldPath(text)
            } catch {
                throw fail(node, "\(what): \(error.reason)")
            }
            return text
        }

        mutating func policy(_ root: Node) throws(RedactionError) -> RedactionPolicy {
            var policy = RedactionPolicy()
            let sections = ["version", "detectors", "operators", "pseudonym_length", "fields", "custom_detectors",
                            "deny_lists", "known_entities", "allow"]
            for (name, _, value) in try mapping(root, "the policy", allowed: sections) {
                switch name {
                case "version":
                    guard try integer(value, "version", in: 1...1) == 1 else { throw fail(value, "version must be 1") }
                case "detectors":
                    for (key, _, item) in try mapping(
                        value, "detectors", allowed: ["disable", "minimum_confidence", "field_names", "propagate_field_values"])
                    {
                        switch key {
                        case "propagate_field_values":
                            policy.propagatesFieldValues = try bool(item, "detectors.propagate_field_values")
                        case "disable": policy.disabledDetectors = try strings(item, "detectors.disable")
                        case "minimum_confidence":
                            policy.minimumConfidence = try number(item, "detectors.minimum_confidence", in: 0...1)
                        default: policy.fieldNames = try bool(item, "detectors.field_names")
                        }
                    }
                case "operators":
                    for (key, keyNode, item) in try mapping(value, "operators", allowed: nil) {
                        let operatorName = try string(item, "operators.\(key)")
                        guard RedactionPolicy.operatorNames.contains(operatorName) else {
                            throw fail(item, "unknown operator '\(operatorName)' (expected one of: \(RedactionPolicy.operatorNames.joined(separator: ", ")))")
                        }
                        if key != "default" { _ = try kind(keyNode, "an operators key") }
                        policy.operators[key] = operatorName
                    }
                case "pseudonym_length":
                    policy.pseudonymLength = try integer(value, "pseudonym_length", in: 8...64)
                case "fields":
                    for (key, _, item) in try mapping(value, "fields", allowed: ["only", "skip", "redact", "drop", "operators"]) {
                        switch key {
                        case "only", "skip", "drop":
                            guard let sequence = item.sequence else { throw fail(item, "fields.\(key) must be a list") }
                            var paths: [String] = []
                            for path in sequence { paths.append(try fieldPath(path, "a path in fields.\(key)")) }
                            if key == "only" { policy.onlyFields = paths } else if key == "skip" { policy.skipFields = paths } else { policy.dropFields = paths }
                        case "operators":
                            for (path, pathNode, operatorNode) in try mapping(item, "fields.operators", allowed: nil) {
                                _ = try fieldPath(pathNode, "a path in fields.operators")
                                let name = try string(operatorNode, "fields.operators.\(path)")
                                guard RedactionPolicy.operatorNames.contains(name) else {
                                    throw fail(operatorNode, "unknown operator '\(name)' (expected one of: \(RedactionPolicy.operatorNames.joined(separator: ", ")))")
                                }
                                policy.fieldOperators[path] = name
                            }
                        default:
                            for (path, pathNode, kindNode) in try mapping(item, "fields.redact", allowed: nil) {
                                _ = try fieldPath(pathNode, "a path in fields.redact")
                                policy.redactFields[path] = try kind(kindNode, "fields.redact.\(path)")
                            }
                        }
                    }
                case "custom_detectors":
                    guard let sequence = value.sequence else { throw fail(value, "custom_detectors must be a list") }
                    for item in sequence { policy.customDetectors.append(try customDetector(item)) }
                case "deny_lists":
                    guard let sequence = value.sequence else { throw fail(value, "deny_lists must be a list") }
                    for item in sequence { policy.denyLists.append(try denyList(item)) }
                case "known_entities":
                    guard let sequence = value.sequence else { throw fail(value, "known_entities must be a list") }
                    for item in sequence {
                        let file = try string(item, "a known_entities file")
                        let path = file.hasPrefix("/") ? file : directory + "/" + file
                        guard FileManager.default.isReadableFile(atPath: path) else {
                            throw fail(item, "cannot read known-entities file \(file)")
                        }
                        policy.knownEntityFiles.append(path)
                    }
                default:
                    for (key, _, item) in try mapping(value, "allow", allowed: ["values", "patterns"]) {
                        if key == "values" {
                            policy.allowValues = try strings(item, "allow.values")
                        } else {
                            guard let sequence = item.sequence else { throw fail(item, "allow.patterns must be a list") }
                            for pattern in sequence { policy.allowPatterns.append(try self.pattern(pattern, "an allow pattern")) }
                        }
                    }
                }
            }
            let ids = policy.customDetectors.map(\.id)
            if let duplicate = ids.first(where: { id in ids.filter { $0 == id }.count > 1 }) {
                throw fail(root, "two custom detectors are named '\(duplicate)'")
            }
            return policy
        }

        func customDetector(_ node: Node) throws(RedactionError) -> RedactionPolicy.CustomDetector {
            let entries = try mapping(node, "a custom detector", allowed: [
                "id", "kind", "pattern", "caseless", "confidence", "group", "context", "validator",
            ])
            var values: [String: (Node, Node)] = [:]
            for (key, keyNode, value) in entries { values[key] = (keyNode, value) }
            guard let id = values["id"]?.1, let kindNode = values["kind"]?.1, let patternNode = values["pattern"]?.1 else {
                throw fail(node, "a custom detector needs id, kind and pattern")
            }
            let caseless = try values["caseless"].map { (_, value) throws(RedactionError) in try bool(value, "caseless") } ?? false
            var detector = RedactionPolicy.CustomDetector(
                id: try string(id, "id"), kind: try kind(kindNode, "kind"),
                pattern: try pattern(patternNode, "pattern", caseless: caseless))
            detector.caseless = caseless
            if let (_, value) = values["confidence"] { detector.confidence = try number(value, "confidence", in: 0...1) }
            if let (_, value) = values["group"] { detector.group = try integer(value, "group", in: 0...99) }
            if let (_, value) = values["context"] { detector.context = try strings(value, "context") }
            if let (_, value) = values["validator"] {
                let name = try string(value, "validator")
                guard Self.validatorNames.contains(name) else {
                    throw fail(value, "unknown validator '\(name)' (expected one of: \(Self.validatorNames.joined(separator: ", ")))")
                }
                detector.validator = name
            }
            guard detector.id.utf8.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D || $0 == 0x2E }),
                !detector.id.isEmpty
            else { throw fail(id, "a detector id is lower case letters, digits, '-' and '.'") }
            return detector
        }

        static let validatorNames = ["luhn", "iban"]

        func denyList(_ node: Node) throws(RedactionError) -> RedactionPolicy.DenyList {
            var kindName: String?
            var terms: [String] = []
            var confidence = 0.9
            for (key, _, value) in try mapping(node, "a deny list", allowed: ["kind", "terms", "file", "confidence"]) {
                switch key {
                case "kind": kindName = try kind(value, "kind")
                case "terms": terms += try strings(value, "terms")
                case "confidence": confidence = try number(value, "confidence", in: 0...1)
                default:
                    let file = try string(value, "file")
                    let path = file.hasPrefix("/") ? file : directory + "/" + file
                    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                        throw fail(value, "cannot read deny-list file \(file)")
                    }
                    terms += text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
                        .filter { !$0.isEmpty && !$0.hasPrefix("#") }
                }
            }
            guard let kindName else { throw fail(node, "a deny list needs a kind") }
            var list = RedactionPolicy.DenyList(kind: kindName, terms: terms)
            list.confidence = confidence
            return list
        }
    }
}
