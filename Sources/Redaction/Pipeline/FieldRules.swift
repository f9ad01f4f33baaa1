/// Per-field decisions for records with field names: which values are scanned, never scanned, or replaced whole.
///
/// Precedence for a value: a matching `redact` rule replaces it whole with its kind; else a matching `skip` rule leaves
/// it untouched; else, when `only` is non-empty and none matches, it is left untouched; else the field-name rule and the
/// detectors apply. Keys are always scanned.
public struct FieldRules: Sendable {
    /// Paths scanned exclusively (empty: all).
    public var only: [FieldPath]
    /// Paths never scanned (known-safe fields such as product names).
    public var skip: [FieldPath]
    /// Paths whose values are replaced whole with the given kind.
    public var redact: [(path: FieldPath, kind: EntityKind)]
    /// Paths whose findings are rewritten by their own operator instead of the kind's (first match wins).
    public var operators: [(path: FieldPath, rewriter: any RedactionOperator)] = []

    /// Creates rules.
    public init(only: [FieldPath] = [], skip: [FieldPath] = [], redact: [(path: FieldPath, kind: EntityKind)] = []) {
        self.only = only
        self.skip = skip
        self.redact = redact
    }

    /// No rules.
    public static let none = FieldRules()

    /// Whether any rule is set (paths are only computed then).
    public var isEmpty: Bool { only.isEmpty && skip.isEmpty && redact.isEmpty && operators.isEmpty }

    /// The operator for findings in a value at `path`, when a rule names one.
    public func rewriter(for path: [(key: String, inArray: Bool)]) -> (any RedactionOperator)? {
        operators.first(where: { $0.path.matches(path) })?.rewriter
    }

    /// What to do with a value.
    public enum Decision: Sendable, Hashable {
        /// Replace it whole with this kind.
        case redact(EntityKind)
        /// Copy it unscanned.
        case leave
        /// Apply the field-name rule and the detectors.
        case scan
    }

    /// The decision for a value at `path`.
    public func decision(for path: [(key: String, inArray: Bool)]) -> Decision {
        if let rule = redact.first(where: { $0.path.matches(path) }) { return .redact(rule.kind) }
        if skip.contains(where: { $0.matches(path) }) { return .leave }
        if !only.isEmpty, !only.contains(where: { $0.matches(path) }) { return .leave }
        return .scan
    }
}
