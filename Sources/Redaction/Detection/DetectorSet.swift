/// A set of detectors run together over a buffer, with overlaps resolved once.
///
/// Immutable and `Sendable`: compile it once and share it across tasks; each task brings its own
/// ``DetectionScratch`` (``makeScratch()``).
public struct DetectorSet: Sendable {
    /// The detectors, in priority order for ties.
    public let detectors: [any Detector]

    /// What runs on a buffer, in order, each with its prefilter (skipping a step costs no call): the rules of
    /// consecutive pattern detectors as one range of ``rules`` (one pass over their admissions instead of a call per
    /// detector, each with its frame, its existential box and its walk over its rules), each other detector by
    /// itself. Findings and their order are those of the detectors run one after another.
    private let steps: [Step]
    /// The rules of the pattern detectors, in set order, with their gates and admissions at the same index.
    private let rules: [PatternRule]
    private let gates: [RuleGate]
    private let prechecks: [RulePrecheck]
    /// The rules a buffer admits, all found at once (see ``RuleAdmissionTable``).
    private let admissions: RuleAdmissionTable

    /// A step of ``steps``: the rules `rules` (`detector` < 0), or detector `detector` of ``detectors``.
    private struct Step {
        let prefilter: Prefilter
        let rules: Range<Int>
        let detector: Int
    }

    /// Tells this set from every other for a worker's memo.
    private let identity = CacheOwner()

    /// Creates a set from detectors.
    public init(_ detectors: [any Detector]) {
        self.detectors = detectors
        var steps: [Step] = [], rules: [PatternRule] = [], gates: [RuleGate] = [], admissions: [RuleAdmission] = []
        var prechecks: [RulePrecheck] = []
        for (index, detector) in detectors.enumerated() {
            guard let patterns = detector as? PatternDetector else {
                steps.append(Step(prefilter: detector.prefilter, rules: 0..<0, detector: index))
                continue
            }
            if let last = steps.last, last.detector < 0 {
                steps[steps.count - 1] = Step(
                    prefilter: last.prefilter.union(patterns.prefilter),
                    rules: last.rules.lowerBound..<(last.rules.upperBound + patterns.rules.count), detector: -1)
            } else {
                steps.append(
                    Step(prefilter: patterns.prefilter, rules: rules.count..<(rules.count + patterns.rules.count),
                         detector: -1))
            }
            rules += patterns.rules
            gates += patterns.gates
            prechecks += patterns.prechecks
            admissions += patterns.admissions
        }
        self.steps = steps
        self.rules = rules
        self.gates = gates
        self.prechecks = prechecks
        self.admissions = RuleAdmissionTable(admissions)
    }

    /// Every built-in detector (see ``BuiltInDetectors``).
    public static func builtIn() throws(RedactionError) -> DetectorSet {
        DetectorSet(try BuiltInDetectors.all())
    }

    /// The detectors' descriptors.
    public var descriptors: [DetectorDescriptor] { detectors.map(\.descriptor) }

    /// A subset containing only detectors whose kind is in `kinds`.
    public func restricted(to kinds: Set<EntityKind>) -> DetectorSet {
        DetectorSet(detectors.filter { kinds.contains($0.descriptor.kind) })
    }

    /// A subset without the detectors whose id is in `ids`.
    public func excluding(ids: Set<DetectorID>) -> DetectorSet {
        DetectorSet(detectors.filter { !ids.contains($0.descriptor.id) })
    }

    /// Fresh scratch for one worker.
    public func makeScratch() -> DetectionScratch { DetectionScratch() }

    /// Finds personal data in `text`: one finding per byte at most, sorted by start offset.
    ///
    /// - Throws: ``RedactionError`` when a detector hits a resource limit. The buffer must then be treated as
    ///   unscanned: redact it whole or reject it, never pass it through.
    public func findings(
        in text: UnsafeBufferPointer<UInt8>, scratch: inout DetectionScratch
    ) throws(RedactionError) -> [Finding] {
        try collect(in: text, scratch: &scratch)
        return scratch.candidates
    }

    /// Finds personal data in `bytes` with temporary scratch.
    public func findings(in bytes: [UInt8]) throws(RedactionError) -> [Finding] {
        var scratch = makeScratch()
        return try bytes.withUnsafeBufferPointer { (buffer) throws(RedactionError) in
            try findings(in: buffer, scratch: &scratch)
        }
    }

    /// Finds personal data in `string`; ranges are UTF-8 byte offsets (`string.utf8`).
    public func findings(in string: String) throws(RedactionError) -> [Finding] {
        try findings(in: Array(string.utf8))
    }

    /// Runs every admitted detector and leaves the resolved findings in `scratch.candidates`.
    func collect(in text: UnsafeBufferPointer<UInt8>, scratch: inout DetectionScratch) throws(RedactionError) {
        // Most values hold nothing: clearing an empty array still goes through a generic range replacement.
        if !scratch.candidates.isEmpty { scratch.candidates.removeAll(keepingCapacity: true) }
        scratch.cleanTextSignature = .unknown
        guard !text.isEmpty else { return }
        // Short texts recur (keys, enum-like values): one found clean by these detectors before is clean again.
        if scratch.cleanTextsOwner !== identity {
            scratch.cleanTexts.removeAll()
            scratch.cleanTextsOwner = identity
        }
        let memo = scratch.cleanTexts.value(for: text)
        if var signature = memo.value {
            // A text's signature is read when it recurs (most stored texts never do).
            if signature == .unknown {
                signature = WordStartSignature(of: text)
                scratch.cleanTexts.replaceValue(signature, at: memo.place)
            }
            scratch.cleanTextSignature = signature
            return
        }
        try detect(in: text, scratch: &scratch)
        if scratch.candidates.isEmpty { scratch.cleanTexts.store(.unknown, for: text, at: memo.place) }
    }

    private func detect(in text: UnsafeBufferPointer<UInt8>, scratch: inout DetectionScratch) throws(RedactionError) {
        var present = ByteClasses.present(in: text)
        // Escaped whitespace (`\n`, `\t`, `\r`) is detected as the whitespace it stands for; see EscapedWhitespace.
        var normalized: [UInt8] = []
        swap(&normalized, &scratch.normalized)
        defer { swap(&normalized, &scratch.normalized) }
        if present.contains(.backslash), EscapedWhitespace.normalize(text, into: &normalized) {
            present.insert(.whitespace)
            try normalized.withUnsafeBufferPointer { (buffer) throws(RedactionError) in
                try run(on: buffer, present: present, scratch: &scratch)
            }
            for index in scratch.candidates.indices {
                scratch.candidates[index].range = EscapedWhitespace.adjust(
                    scratch.candidates[index].range, original: text, normalized: normalized)
            }
            scratch.candidates.removeAll { $0.range.isEmpty }
        } else {
            try run(on: text, present: present, scratch: &scratch)
        }
    }

    private func run(
        on text: UnsafeBufferPointer<UInt8>, present: ByteClasses, scratch: inout DetectionScratch
    ) throws(RedactionError) {
        scratch.presentClasses = present
        scratch.wordsAreCurrent = false
        scratch.byteCounts = nil
        scratch.clusterStartsAreCurrent = false
        scratch.bufferGateWords = nil
        scratch.sharesBufferState = true
        // A detector called directly later must not see this buffer's classes, words, counts or gate words.
        defer {
            scratch.presentClasses = .all
            scratch.wordsAreCurrent = false
            scratch.byteCounts = nil
            scratch.clusterStartsAreCurrent = false
            scratch.bufferGateWords = nil
            scratch.sharesBufferState = false
        }
        // Move the reusable array out of the scratch while detectors borrow the scratch (no copy-on-write).
        var candidates: [Finding] = []
        swap(&candidates, &scratch.candidates)
        defer { swap(&candidates, &scratch.candidates) }
        // The rules the buffer admits, in a reusable buffer moved out of the scratch likewise.
        var admitted: [UInt64] = []
        swap(&admitted, &scratch.admittedRules)
        defer { swap(&admitted, &scratch.admittedRules) }
        if admitted.count < admissions.wordCount { admitted = Array(repeating: 0, count: admissions.wordCount) }
        admitted.withUnsafeMutableBufferPointer {
            admissions.admitted(present: present.rawValue, count: text.count, into: $0)
        }
        try admitted.withUnsafeBufferPointer { (admitted) throws(RedactionError) in
            try gates.withUnsafeBufferPointer { (gates) throws(RedactionError) in
                try rules.withUnsafeBufferPointer { (rules) throws(RedactionError) in
                    try prechecks.withUnsafeBufferPointer { (prechecks) throws(RedactionError) in
                        for step in steps where step.prefilter.admits(present) {
                            if step.detector < 0 {
                                try PatternDetector.run(
                                    rules, gates, prechecks, admitted: admitted, step.rules, in: text,
                                    scratch: &scratch
                                ) { candidates.append($0) }
                            } else {
                                try detectors[step.detector].detect(in: text, scratch: &scratch) {
                                    candidates.append($0)
                                }
                            }
                        }
                    }
                }
            }
        }
        OverlapResolver.resolve(&candidates, scratch: &scratch.overlaps)
    }
}
