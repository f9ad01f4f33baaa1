import Redaction
import Testing

// Expectations on record text whose failure messages never print the text: `#expect(a == b)` would print both
// operands, which here are (synthetic) records. These report lengths, the first differing byte offset and masked
// previews (MaskedPreview) only.

/// Expects `actual` to equal `expected`, byte for byte.
public func expectSameText(
    _ actual: String, _ expected: String, _ comment: String = "", sourceLocation: SourceLocation = #_sourceLocation
) {
    if let failure = sameTextFailure(actual, expected, comment) {
        Issue.record(Comment(rawValue: failure), sourceLocation: sourceLocation)
    }
}

/// Expects `needle` (a planted value) not to occur in `text`.
public func expectAbsent(
    _ needle: String, in text: String, _ comment: String = "", sourceLocation: SourceLocation = #_sourceLocation
) {
    if let failure = absentFailure(needle, in: text, comment) {
        Issue.record(Comment(rawValue: failure), sourceLocation: sourceLocation)
    }
}

/// The failure message of ``expectSameText(_:_:_:sourceLocation:)``, or `nil` when the texts are equal.
public func sameTextFailure(_ actual: String, _ expected: String, _ comment: String = "") -> String? {
    let left = Array(actual.utf8), right = Array(expected.utf8)
    guard left != right else { return nil }
    var index = 0
    while index < min(left.count, right.count), left[index] == right[index] { index += 1 }
    let window = max(0, index - 16)..<index + 24
    func around(_ bytes: [UInt8]) -> String {
        MaskedPreview.mask(bytes[min(window.lowerBound, bytes.count)..<min(window.upperBound, bytes.count)])
    }
    return "texts differ at byte \(index) (\(left.count) vs \(right.count) bytes): got …\(around(left))… expected …\(around(right))… \(comment)"
}

/// The failure message of ``expectAbsent(_:in:_:sourceLocation:)``, or `nil` when `needle` does not occur.
public func absentFailure(_ needle: String, in text: String, _ comment: String = "") -> String? {
    text.contains(needle) ? "found \(MaskedPreview.mask(needle)) in the text \(comment)" : nil
}
