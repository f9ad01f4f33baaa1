/// Replaces a finding with a tag naming its kind, by default `[EMAIL]`.
///
/// The tag contains no letters of the original, so the output is safe; it also contains nothing a detector finds, so
/// redacting redacted output changes nothing (idempotence).
public struct TagOperator: RedactionOperator {
    /// Text before the kind name.
    public let prefix: String
    /// Text after the kind name.
    public let suffix: String

    /// Creates a tag operator producing `prefix + KIND + suffix`.
    public init(prefix: String = "[", suffix: String = "]") {
        self.prefix = prefix
        self.suffix = suffix
    }

    /// Appends `prefix`, the kind name and `suffix`.
    public func appendReplacement(for finding: Finding, original: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        output.append(contentsOf: prefix.utf8)
        output.append(contentsOf: finding.kind.rawValue.utf8)
        output.append(contentsOf: suffix.utf8)
    }
}
