/// Replaces a finding with a tag naming its kind, by default `[EMAIL]`.
///
/// The tag contains no letters of the original, so the output is safe; it also contains nothing a detector finds, so
/// redacting redacted output changes nothing (idempotence).
public struct TagOperator: RedactionOperator {
    /// Text before the kind name.
    public let prefix: String
    /// Text after the kind name.
    public let suffix: String

    /// `prefix` and `suffix` as bytes: a tag is written for every finding, and appending a `String`'s UTF-8 view
    /// cost more than the copy itself.
    private let prefixBytes: [UInt8]
    private let suffixBytes: [UInt8]
    /// The whole tag of each built-in kind, by ordinal: one copy per finding instead of three appends and a name
    /// lookup (a tag is written for every finding).
    private let builtInTags: [[UInt8]]

    /// Creates a tag operator producing `prefix + KIND + suffix`.
    public init(prefix: String = "[", suffix: String = "]") {
        self.prefix = prefix
        self.suffix = suffix
        self.prefixBytes = Array(prefix.utf8)
        self.suffixBytes = Array(suffix.utf8)
        self.builtInTags = EntityKind.builtInNames.map { Array(prefix.utf8) + Array($0.utf8) + Array(suffix.utf8) }
    }

    /// Appends `prefix`, the kind name and `suffix`.
    public func appendReplacement(for finding: Finding, original: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        let ordinal = finding.kind.ordinal
        if ordinal < builtInTags.count {
            builtInTags[ordinal].withUnsafeBufferPointer { output.append(contentsOf: $0) }
            return
        }
        output.append(contentsOf: prefixBytes)
        finding.kind.appendName(to: &output)
        output.append(contentsOf: suffixBytes)
    }
}
