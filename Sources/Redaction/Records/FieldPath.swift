/// A pattern over field paths of JSON records: `customer.email`, `notes[*]`, `**.ip`, `claim.*.iban`.
///
/// Segments are separated by `.`; a segment is a key name (exact), `*` (any one key) or `**` (any number of keys,
/// including none). A `[*]` suffix matches only elements of an array stored under that key; without it a segment
/// matches the key's value and, when that is an array, its elements too.
public struct FieldPath: Sendable, Hashable, CustomStringConvertible {
    enum Segment: Sendable, Hashable {
        case key(String, arrayOnly: Bool)
        case any(arrayOnly: Bool)
        case anyDepth
    }

    let segments: [Segment]
    /// The pattern as written.
    public let description: String

    /// Parses a pattern; throws ``RedactionError/Code/invalidConfiguration`` when it is malformed.
    public init(_ pattern: String) throws(RedactionError) {
        guard !pattern.isEmpty else { throw RedactionError(.invalidConfiguration, reason: "empty field path") }
        var segments: [Segment] = []
        for raw in pattern.split(separator: ".", omittingEmptySubsequences: false) {
            var name = Substring(raw)
            let arrayOnly = name.hasSuffix("[*]")
            if arrayOnly { name = name.dropLast(3) }
            switch name {
            case "":
                throw RedactionError(.invalidConfiguration, reason: "empty segment in field path '\(pattern)'")
            case "**":
                guard !arrayOnly else {
                    throw RedactionError(.invalidConfiguration, reason: "'**[*]' in field path '\(pattern)'")
                }
                segments.append(.anyDepth)
            case "*": segments.append(.any(arrayOnly: arrayOnly))
            default: segments.append(.key(String(name), arrayOnly: arrayOnly))
            }
        }
        self.segments = segments
        self.description = pattern
    }

    /// Whether a value at `path` (keys from the root, each flagged when the value below it is an array element)
    /// matches.
    public func matches(_ path: [(key: String, inArray: Bool)]) -> Bool {
        matches(segmentIndex: 0, path: path[...])
    }

    private func matches(segmentIndex: Int, path: ArraySlice<(key: String, inArray: Bool)>) -> Bool {
        guard segmentIndex < segments.count else { return path.isEmpty }
        switch segments[segmentIndex] {
        case .anyDepth:
            var rest = path
            while true {
                if matches(segmentIndex: segmentIndex + 1, path: rest) { return true }
                guard !rest.isEmpty else { return false }
                rest = rest.dropFirst()
            }
        case .any(let arrayOnly):
            guard let first = path.first, !arrayOnly || first.inArray else { return false }
            return matches(segmentIndex: segmentIndex + 1, path: path.dropFirst())
        case .key(let name, let arrayOnly):
            guard let first = path.first, first.key == name, !arrayOnly || first.inArray else { return false }
            return matches(segmentIndex: segmentIndex + 1, path: path.dropFirst())
        }
    }
}
