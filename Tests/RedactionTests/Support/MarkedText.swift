import Redaction
import Testing

/// A test input with the expected findings marked by `«` and `»`: `"mail «jane@contoso.com» today"`.
///
/// Its test description is a masked preview, so test output never shows the (synthetic) personal data in full.
struct MarkedText: CustomTestStringConvertible, Sendable {
    /// The input without markers.
    let text: String
    /// Expected finding ranges as UTF-8 byte offsets into `text`.
    let expected: [Range<Int>]

    init(_ marked: String) {
        var bytes: [UInt8] = []
        var ranges: [Range<Int>] = []
        var open: Int?
        for scalar in marked.unicodeScalars {
            switch scalar {
            case "«": open = bytes.count
            case "»":
                if let start = open { ranges.append(start..<bytes.count) }
                open = nil
            default: bytes.append(contentsOf: String(scalar).utf8)
            }
        }
        self.text = String(decoding: bytes, as: UTF8.self)
        self.expected = ranges
    }

    var testDescription: String { MaskedPreview.mask(text) }
}

extension MarkedText: ExpressibleByStringLiteral {
    init(stringLiteral value: String) { self.init(value) }
}

/// Runs `detector` alone (overlaps resolved as in a ``DetectorSet``) and checks that it finds exactly the marked
/// spans. Failure messages show masked previews and offsets only.
func expectFindings(
    of detector: any Detector, in sample: MarkedText, sourceLocation: SourceLocation = #_sourceLocation
) {
    let bytes = Array(sample.text.utf8)
    let found: [Finding]
    do {
        found = try DetectorSet([detector]).findings(in: bytes)
    } catch {
        Issue.record("detector \(detector.descriptor.id) threw \(error) on \(sample.testDescription)",
                     sourceLocation: sourceLocation)
        return
    }
    let actual = found.map(\.range)
    if actual != sample.expected {
        let describe: ([Range<Int>]) -> String = { ranges in
            ranges.map { "\($0.lowerBound)..<\($0.upperBound) \(MaskedPreview.mask(bytes[$0]))" }.joined(separator: ", ")
        }
        Issue.record(
            "\(detector.descriptor.id) on \(sample.testDescription): expected [\(describe(sample.expected))], found [\(describe(actual))]",
            sourceLocation: sourceLocation)
    }
    for finding in found {
        #expect(finding.kind == detector.descriptor.kind, sourceLocation: sourceLocation)
        #expect(finding.detectorID == detector.descriptor.id, sourceLocation: sourceLocation)
        #expect(finding.confidence > 0 && finding.confidence <= 1, sourceLocation: sourceLocation)
    }
}
