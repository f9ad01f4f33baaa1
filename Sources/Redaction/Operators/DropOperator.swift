/// Removes a finding: nothing is written in its place (the surrounding text, and the JSON string holding it, stay).
public struct DropOperator: RedactionOperator {
    /// Creates the operator.
    public init() {}

    /// Appends nothing.
    public func appendReplacement(for finding: Finding, original: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {}
}
