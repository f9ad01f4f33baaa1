/// Rewrites one finding: appends the bytes that replace it to the output.
///
/// Operators are immutable and `Sendable`; they see the finding and its original bytes and must be deterministic
/// (same finding and bytes → same replacement), so output does not depend on worker count or chunking.
public protocol RedactionOperator: Sendable {
    /// Appends the replacement for `finding`, whose original bytes are `original`, to `output`.
    func appendReplacement(for finding: Finding, original: UnsafeBufferPointer<UInt8>, to output: inout [UInt8])
}
