/// Chooses the operator per entity kind: e-mail addresses pseudonymised, card numbers masked, case numbers kept, the
/// rest tagged. Deterministic like its operators.
public struct KindOperators: RedactionOperator {
    /// The operator for each kind that has its own.
    public let byKind: [EntityKind: any RedactionOperator]
    /// The operator for every other kind.
    public let fallback: any RedactionOperator

    /// ``byKind`` by ``EntityKind/ordinal``: a finding's operator is then one load, not a hashed lookup per finding.
    private let byOrdinal: [(any RedactionOperator)?]

    /// Creates the table.
    public init(_ byKind: [EntityKind: any RedactionOperator] = [:], default fallback: any RedactionOperator = TagOperator()) {
        self.byKind = byKind
        self.fallback = fallback
        var byOrdinal = [(any RedactionOperator)?](repeating: nil, count: (byKind.keys.map(\.ordinal).max() ?? -1) + 1)
        for (kind, kindOperator) in byKind { byOrdinal[kind.ordinal] = kindOperator }
        self.byOrdinal = byOrdinal
    }

    /// Delegates to the kind's operator.
    public func appendReplacement(for finding: Finding, original: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        let ordinal = finding.kind.ordinal
        if ordinal < byOrdinal.count, let kindOperator = byOrdinal[ordinal] {
            kindOperator.appendReplacement(for: finding, original: original, to: &output)
        } else {
            fallback.appendReplacement(for: finding, original: original, to: &output)
        }
    }
}
