/// Everything a team decides about a redaction run, in one validated value: which detectors run and from what
/// confidence, how each kind is rewritten, which fields are scanned, skipped, replaced or dropped, their own
/// detectors (patterns and deny-lists) and what is never redacted. Loaded from a YAML or JSON file with
/// ``PolicyFile``; `redact policy init` writes a commented starting point.
public struct RedactionPolicy: Sendable, Hashable, Codable {
    /// Built-in detector ids switched off.
    public var disabledDetectors: [String] = []
    /// Files of known entities (CSV or JSON Lines exported from the user's systems, see ``KnownEntityFile``): every
    /// occurrence of an entry is redacted as its kind.
    public var knownEntityFiles: [String] = []
    /// Findings below this confidence are left as they are (0 keeps everything).
    public var minimumConfidence: Double = 0
    /// Redact whole values of fields named like personal data (`email`, `phone`, `customer.name`, …).
    public var fieldNames = true
    /// Find the values of personal fields (names, city, street, mailbox name) wherever else they occur in the same
    /// record.
    public var propagatesFieldValues = true
    /// Operator name per kind name, and under `default` for every other kind: tag, mask, pseudonym, encrypt,
    /// partial, drop, keep.
    public var operators: [String: String] = [:]
    /// Characters per pseudonym.
    public var pseudonymLength = 16
    /// Field paths scanned exclusively (empty: all).
    public var onlyFields: [String] = []
    /// Field paths never scanned.
    public var skipFields: [String] = []
    /// Field paths replaced whole, with the kind they are.
    public var redactFields: [String: String] = [:]
    /// Field paths whose values are emptied.
    public var dropFields: [String] = []
    /// Operator name per field path, for the findings in values at that path (before the per-kind operators).
    public var fieldOperators: [String: String] = [:]
    /// The team's own pattern detectors.
    public var customDetectors: [CustomDetector] = []
    /// Dictionaries of names or terms redacted wherever they occur as whole words.
    public var denyLists: [DenyList] = []
    /// Values never redacted (compared case-insensitively), e.g. the company's own support address.
    public var allowValues: [String] = []
    /// Patterns (PCRE2) whose full matches are never redacted.
    public var allowPatterns: [String] = []

    /// The default policy: every built-in detector, kind tags, field names on.
    public init() {}

    /// The operator names a policy (and `--operator`) accepts.
    public static let operatorNames = ["tag", "mask", "pseudonym", "encrypt", "partial", "drop", "keep"]

    /// Whether an operator needs a ``RedactionKey`` (`pseudonym`, `encrypt`).
    public var needsKey: Bool {
        operators.values.contains { $0 == "pseudonym" || $0 == "encrypt" }
            || fieldOperators.values.contains { $0 == "pseudonym" || $0 == "encrypt" }
    }

    /// A pattern detector defined in a policy.
    public struct CustomDetector: Sendable, Hashable, Codable {
        /// Detector id (`employee-id`).
        public var id: String
        /// Kind of its findings (`EMPLOYEE_ID`).
        public var kind: String
        /// PCRE2 pattern (byte mode).
        public var pattern: String
        /// Case-insensitive matching.
        public var caseless = false
        /// Confidence of its findings.
        public var confidence = 0.9
        /// Capture group that becomes the finding (0: the whole match).
        public var group = 0
        /// Words one of which must occur within 48 bytes before the match.
        public var context: [String] = []
        /// A validator by name: `luhn` or `iban`.
        public var validator: String?

        /// Creates a definition.
        public init(id: String, kind: String, pattern: String) {
            self.id = id
            self.kind = kind
            self.pattern = pattern
        }
    }

    /// A deny-list: terms of one kind, inline or from a file (one per line).
    public struct DenyList: Sendable, Hashable, Codable {
        /// Kind of the findings.
        public var kind: String
        /// The terms.
        public var terms: [String]
        /// Confidence of the findings.
        public var confidence = 0.9

        /// Creates a deny-list.
        public init(kind: String, terms: [String]) {
            self.kind = kind
            self.terms = terms
        }
    }
}
