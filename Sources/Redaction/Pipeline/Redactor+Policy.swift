extension EntityKind {
    /// The kind of values emptied by a policy's `fields.drop`.
    public static let droppedField = EntityKind(rawValue: "DROPPED_FIELD")
}

extension Redactor {
    /// The redactor a policy describes: built-in detectors minus the disabled ones, plus its custom detectors and
    /// deny-lists; its operators (a key is needed for `pseudonym` and `encrypt`), field rules, confidence threshold
    /// and allow-list.
    ///
    /// - Throws: ``RedactionError/Code/invalidConfiguration`` for an unknown detector id or a missing key, and
    ///   ``RedactionError/Code/invalidPattern`` for a pattern that does not compile.
    public init(policy: RedactionPolicy, key: RedactionKey?) throws(RedactionError) {
        let builtIn = try DetectorSet.builtIn()
        let known = Set(builtIn.descriptors.map(\.id.rawValue))
        for id in policy.disabledDetectors where !known.contains(id) {
            throw RedactionError(.invalidConfiguration, reason: "unknown detector '\(id)'; 'redact detectors' lists them")
        }
        var detectors = builtIn.excluding(ids: Set(policy.disabledDetectors.map(DetectorID.init(rawValue:)))).detectors
        for custom in policy.customDetectors {
            let validator: MatchValidator? = switch custom.validator {
            case "luhn": { match, _ in Luhn.isValid(match.matchedBytes.filter { $0 >= 0x30 && $0 <= 0x39 }) }
            case "iban": { match, _ in IBANValidator.isValid(match.matchedBytes) }
            default: nil
            }
            detectors.append(PatternDetector(
                DetectorDescriptor(
                    id: DetectorID(rawValue: custom.id), kind: EntityKind(rawValue: custom.kind),
                    summary: "Custom pattern from the policy.", example: ""),
                rules: [try PatternRule(
                    custom.pattern, caseless: custom.caseless, confidence: custom.confidence, group: custom.group,
                    requiredContext: custom.context.isEmpty ? nil : ContextWords(custom.context, window: 48),
                    validator: validator)]))
        }
        for (index, list) in policy.denyLists.enumerated() {
            detectors.append(DenyListDetector(
                id: DetectorID(rawValue: "deny-list.\(index + 1)"), kind: EntityKind(rawValue: list.kind),
                terms: list.terms, confidence: list.confidence))
        }

        if !policy.knownEntityFiles.isEmpty {
            var builder = KnownEntityDetector.Builder()
            for path in policy.knownEntityFiles { try KnownEntityFile.add(path: path, to: &builder) }
            detectors.append(KnownEntityDetector(builder))
        }

        func make(_ name: String) throws(RedactionError) -> any RedactionOperator {
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
                return name == "pseudonym"
                    ? PseudonymOperator(key: key, length: policy.pseudonymLength) : EncryptOperator(key: key)
            case "tag": return TagOperator()
            default: throw RedactionError(.invalidConfiguration, reason: "unknown operator '\(name)'")
            }
        }
        var byKind: [EntityKind: any RedactionOperator] = [:]
        for (kind, name) in policy.operators where kind != "default" { byKind[EntityKind(rawValue: kind)] = try make(name) }
        if !policy.dropFields.isEmpty { byKind[.droppedField] = DropOperator() }

        var rules = FieldRules()
        rules.only = try policy.onlyFields.map { (path) throws(RedactionError) in try FieldPath(path) }
        rules.skip = try policy.skipFields.map { (path) throws(RedactionError) in try FieldPath(path) }
        rules.redact = try policy.dropFields.map { (path) throws(RedactionError) in (try FieldPath(path), .droppedField) }
            + policy.redactFields.sorted(by: { $0.key < $1.key }).map { (entry) throws(RedactionError) in
                (try FieldPath(entry.key), EntityKind(rawValue: entry.value))
            }
        for (path, name) in policy.fieldOperators.sorted(by: { $0.key < $1.key }) {
            rules.operators.append((try FieldPath(path), try make(name)))
        }
        self.init(
            detectors: DetectorSet(detectors),
            replacement: KindOperators(byKind, default: try make(policy.operators["default"] ?? "tag")),
            fieldNames: policy.fieldNames ? .standard : nil, fieldRules: rules,
            minimumConfidence: policy.minimumConfidence,
            allowList: try AllowList(values: policy.allowValues, patterns: policy.allowPatterns),
            propagatesFieldValues: policy.propagatesFieldValues)
    }
}
