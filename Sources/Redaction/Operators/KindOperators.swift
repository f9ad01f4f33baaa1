/// Chooses the operator per entity kind: e-mail addresses pseudonymised, card numbers masked, case numbers kept, the
/// rest tagged. Deterministic like its operators.
public struct KindOperators: RedactionOperator {
    /// The operator for each kind that has its own.
    public let byKind: [EntityKind: any RedactionOperator]
    /// The operator for every other kind.
    public let fallback: any RedactionOperator

    /// Creates the table.
    public init(_ byKind: [EntityKind: any RedactionOperator] = [:], default fallback: any RedactionOperator = TagOperator()) {
        self.byKind = byKind
        self.fallback = fallback
    }

    /// Delegates to the kind's operator.
    public func appendReplacement(for finding: Finding, original: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        (byKind[finding.kind] ?? fallback).appendReplacement(for: finding, original: original, to: &output)
    }
}
