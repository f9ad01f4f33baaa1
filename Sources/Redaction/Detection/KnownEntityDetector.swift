/// Finds the entities of a dictionary exported from the user's own systems — customer names, e-mail addresses,
/// phone numbers, account ids — wherever they occur, each as its own kind.
///
/// Three lookups, none a regular expression, each about as fast for a million entries as for ten:
/// - names and ids with letters (`Jane Doe`, also as `Doe, Jane`; `ACME-4711`) by word n-grams in a ``TermIndex`` (whole words,
///   ASCII case-insensitive, any run of spaces between the words);
/// - e-mail addresses (entries with `@`) by whole token, case-insensitively;
/// - phone numbers and numeric ids (entries of seven or more digits and only digits, spaces and `+-./()`) by their
///   digits, however the text groups them (`+1 (425) 555-0100` = `14255550100`).
public struct KnownEntityDetector: Detector {
    /// Identity, kind (the kind of most entries) and documentation.
    public let descriptor: DetectorDescriptor
    /// Runs on any buffer with letters, digits or non-ASCII bytes.
    public let prefilter = Prefilter(anyOf: [.letter, .digit, .highByte])
    /// Confidence of the findings.
    public let confidence: Double
    private let words: TermIndex<EntityKind>
    private let tokens: ByteKeyTable<EntityKind>
    private let numbers: ByteKeyTable<EntityKind>

    /// Creates a detector for `entries` (value, kind). Entries shorter than two characters are ignored.
    public init(id: DetectorID = DetectorID(rawValue: "known-entities"), entries: [(value: String, kind: EntityKind)],
                confidence: Double = 0.95) {
        var builder = Builder()
        for (value, kind) in entries { builder.add(value, kind: kind) }
        self.init(builder, id: id, confidence: confidence)
    }

    /// Creates the detector a builder holds the entries of.
    public init(_ builder: Builder, id: DetectorID = DetectorID(rawValue: "known-entities"), confidence: Double = 0.95) {
        var builder = builder
        builder.words.seal()
        self.words = builder.words
        self.tokens = builder.tokens
        self.numbers = builder.numbers
        self.confidence = confidence
        let main = builder.kinds.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? .person
        descriptor = DetectorDescriptor(
            id: id, kind: main,
            summary: "Known entities: \(builder.entryCount) values exported from your own systems, each as its kind.",
            example: "")  // never an entry: the list names real people
    }

    /// Collects entries one at a time (a million-line export is never held as a list of strings).
    public struct Builder: Sendable {
        var words = TermIndex<EntityKind>()
        var tokens = ByteKeyTable<EntityKind>()
        var numbers = ByteKeyTable<EntityKind>()
        var kinds: [EntityKind: Int] = [:]
        var entryCount = 0

        /// An empty builder.
        public init() {}

        /// Adds one entry (ignored when shorter than two bytes).
        public mutating func add(_ value: String, kind: EntityKind) {
            let bytes = Array(value.utf8)
            guard bytes.count >= 2 else { return }
            entryCount += 1
            kinds[kind, default: 0] += 1
            if bytes.contains(UInt8(ascii: "@")) {
                tokens.insert(KnownEntityDetector.lowercased(bytes), kind)
            } else if let digits = KnownEntityDetector.numberDigits(bytes[...]) {
                numbers.insert(digits, kind)
            } else {
                words.insert(value, kind)
                // `Doe, Jane` in a CRM export is written `Jane Doe` in text.
                let parts = value.split(separator: ",", omittingEmptySubsequences: true)
                if kind == .person, parts.count == 2 {
                    words.insert(parts[1].trimmingPrefix(" ") + " " + parts[0], kind)
                }
            }
        }
    }

    /// Number of distinct entries (words, addresses and numbers).
    public var count: Int { words.count + tokens.count + numbers.count }

    /// Reports every occurrence of an entry.
    public func detect(
        in text: UnsafeBufferPointer<UInt8>, scratch: inout DetectionScratch, report: (Finding) -> Void
    ) throws(RedactionError) {
        if !words.isEmpty {
            scratch.withWords(of: text) { list, lookup in
                var position = 0
                while position < list.count {
                    if let match = words.longestMatch(at: position, words: list, in: text, lookup: &lookup) {
                        report(finding(list[position].lowerBound..<list[match.end].upperBound, match.value))
                        position = match.end + 1
                    } else {
                        position += 1
                    }
                }
            }
        }
        if !tokens.isEmpty, scratch.presentClasses.contains(.at) { findTokens(in: text, report: report) }
        if !numbers.isEmpty, scratch.presentClasses.contains(.digit) { findNumbers(in: text, report: report) }
    }

    private func finding(_ range: Range<Int>, _ kind: EntityKind) -> Finding {
        Finding(kind: kind, range: range, detectorID: descriptor.id, confidence: confidence)
    }

    /// Whitespace-, quote- and bracket-delimited tokens containing `@`, trailing sentence punctuation trimmed.
    private func findTokens(in text: UnsafeBufferPointer<UInt8>, report: (Finding) -> Void) {
        var index = 0
        var key: [UInt8] = []
        while index < text.count {
            guard !Self.isTokenBoundary(text[index]) else { index += 1; continue }
            let start = index
            var sawAt = false
            while index < text.count, !Self.isTokenBoundary(text[index]) {
                if text[index] == UInt8(ascii: "@") { sawAt = true }
                index += 1
            }
            guard sawAt else { continue }
            var end = index
            while end > start, Self.isSentencePunctuation(text[end - 1]) { end -= 1 }
            key.removeAll(keepingCapacity: true)
            for byte in text[start..<end] { key.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) }
            if let kind = tokens.value(for: key) { report(finding(start..<end, kind)) }
        }
    }

    /// Runs of digits and phone punctuation (a separator only between digits or before another separator); each run
    /// is looked up by its digits.
    private func findNumbers(in text: UnsafeBufferPointer<UInt8>, report: (Finding) -> Void) {
        var index = 0
        var digits: [UInt8] = []
        while index < text.count {
            let byte = text[index]
            guard Self.isDigit(byte) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "(") else { index += 1; continue }
            if index > 0, Self.isDigit(text[index - 1]) || ContextWords.isLetter(text[index - 1]) {
                index += 1
                continue
            }
            let start = index
            var end = index
            digits.removeAll(keepingCapacity: true)
            var position = index
            while position < text.count {
                let current = text[position]
                if Self.isDigit(current) {
                    digits.append(current)
                    position += 1
                    end = position
                } else if Self.isNumberPunctuation(current), position + 1 < text.count,
                    Self.isDigit(text[position + 1]) || Self.isNumberPunctuation(text[position + 1])
                {
                    position += 1
                } else {
                    break
                }
            }
            index = max(position, index + 1)
            guard digits.count >= 7, end == text.count || !ContextWords.isLetter(text[end]) else { continue }
            if let kind = numbers.value(for: digits) {
                report(finding(start..<end, kind))
            }
        }
    }

    /// The digits of an entry made only of digits and phone punctuation, with seven digits or more.
    fileprivate static func numberDigits(_ bytes: ArraySlice<UInt8>) -> [UInt8]? {
        var digits: [UInt8] = []
        for byte in bytes {
            if isDigit(byte) { digits.append(byte) } else if !isNumberPunctuation(byte) { return nil }
        }
        return digits.count >= 7 ? digits : nil
    }

    @inline(__always) private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    @inline(__always) private static func isNumberPunctuation(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "/")
            || byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")") || byte == UInt8(ascii: "+")
    }
    @inline(__always) private static func isSentencePunctuation(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: ":")
            || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
    }
    @inline(__always) private static func isTokenBoundary(_ byte: UInt8) -> Bool {
        byte <= 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "<")
            || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")")
            || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "]") || byte == UInt8(ascii: ",")
            || byte == UInt8(ascii: ";")
    }
    fileprivate static func lowercased(_ bytes: [UInt8]) -> [UInt8] {
        bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
    }
}
