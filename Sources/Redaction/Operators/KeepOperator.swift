/// Leaves a finding as it is: an allow-listed kind (say, the case numbers a team needs to keep) passes unchanged while
/// the others are still redacted. Statistics and scans still count it.
public struct KeepOperator: RedactionOperator {
    /// Creates the operator.
    public init() {}

    /// Appends the original bytes.
    public func appendReplacement(for finding: Finding, original: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        output.append(contentsOf: original)
    }
}
