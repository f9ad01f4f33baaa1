/// One regular-expression match handed to a validator: the scanned buffer and the ranges of the match's groups.
///
/// Valid only during the validator call; do not keep it.
public struct PatternMatch {
    /// The whole buffer being scanned (look-around context is available).
    public let text: UnsafeBufferPointer<UInt8>
    /// PCRE2's ovector for this match (pairs of offsets), owned by the worker's scratch.
    private let ovector: UnsafePointer<Int>
    private let groupCount: Int

    init(text: UnsafeBufferPointer<UInt8>, ovector: UnsafePointer<Int>, groupCount: Int) {
        self.text = text
        self.ovector = ovector
        self.groupCount = groupCount
    }

    /// The range of the whole match.
    public var range: Range<Int> { ovector[0]..<ovector[1] }

    /// The range of capture group `index`, or `nil` when it did not participate.
    public func group(_ index: Int) -> Range<Int>? {
        guard index >= 0, index < groupCount else { return nil }
        let lower = ovector[2 * index], upper = ovector[2 * index + 1]
        guard lower != MatchScratch.unset, upper != MatchScratch.unset else { return nil }
        return lower..<upper
    }

    /// The bytes of `range`.
    public func bytes(_ range: Range<Int>) -> Slice<UnsafeBufferPointer<UInt8>> { text[range] }

    /// The bytes of the whole match.
    public var matchedBytes: Slice<UnsafeBufferPointer<UInt8>> { text[range] }
}

/// A finding being decided by a validator: its range and confidence may be adjusted.
public struct Candidate: Sendable, Hashable {
    /// Bytes the finding covers (defaults to the rule's group).
    public var range: Range<Int>
    /// Confidence (defaults to the rule's).
    public var confidence: Double
}

/// Decides whether a regex match is personal data, and may adjust the candidate's range or confidence.
public typealias MatchValidator = @Sendable (PatternMatch, inout Candidate) -> Bool

/// One regular expression of a ``PatternDetector`` with what turns its matches into findings.
public struct PatternRule: Sendable {
    private(set) var pattern: CompiledPattern
    /// Confidence of a finding from this rule before the validator adjusts it.
    public var confidence: Double
    /// Capture group whose range becomes the finding (0 = the whole match).
    public var group: Int
    /// When to run this rule at all.
    public var prefilter: Prefilter
    /// Digits every reported match contains at least: a buffer with fewer is not scanned. Derive it from the pattern
    /// (`\d{3}-\d{2}-\d{4}` needs 9) or from a validator that rejects fewer unconditionally, never from taste.
    public var minimumDigits: Int
    /// The longest run of consecutive digits every match contains at least (`[12]\d{14,15}` needs 15).
    public var minimumDigitRun: Int
    /// Digits every reported match holds in one cluster (digits joined by short gaps of separators; see
    /// ``ByteCounts``) at least: 13 for a card number, 9 for an SSN. Built-in rules only.
    var minimumClusterDigits = 0
    /// The bytes any match may hold, when the search may start at the first cluster of ``minimumClusterDigits``
    /// digits: then every match the validator accepts must have its first digit in such a cluster and every match
    /// (accepted or not) must be made of these bytes only. The search starts at that cluster's first digit, less the
    /// run of these bytes before it (a bracket, a space): no accepted match starts earlier, and no match runs across
    /// the start, whose byte before is none of them, so the search finds what a search from the buffer's start
    /// finds. Built-in rules only.
    var clusterStartBytes: ByteSet?
    /// How far at most a match the validator accepts ends before the first word of ``requiredWords`` in its buffer
    /// (`nil`: no bound), with ``clusterStartBytes`` the bytes any match may hold: the search then starts that far
    /// before the first word, less the run of those bytes before it (a number running up to there), for the reason
    /// given there. Built-in rules only.
    var acceptedWordReach: Int?
    /// Colons every match contains at least (two for an IPv6 address). Built-in rules only.
    var minimumColons = 0
    /// Dots between two digits every match contains at least (three for a dotted IPv4 address). Built-in rules only.
    var minimumDigitDots = 0
    /// Whether any count minimum is set.
    var hasCountMinimum: Bool { minimumCounts != ByteCounts() }
    /// The counts every match needs, as the ``ByteCounts`` a buffer must reach.
    var minimumCounts: ByteCounts {
        ByteCounts(
            digits: minimumDigits, longestDigitRun: minimumDigitRun, largestCluster: minimumClusterDigits,
            colons: minimumColons, digitDots: minimumDigitDots)
    }
    /// A search of the whole buffer (with its counts) for what every match needs and where it can first stand (a
    /// registry country code before two digits for an IBAN, five close colons or dashes for a MAC address, a number
    /// starting `0` for the trunk phone rule): `nil` skips the rule, an offset starts the search there (no match can
    /// start before it). Built-in rules only; read off the pattern (see ``BufferGate``).
    var bufferGate: BufferGate?
    /// Word groups every match needs in its buffer (see ``GateWords``). Built-in rules only.
    var requiredWords: GateWords = []
    /// How far before a word of ``requiredWords`` that it holds every match starts at most (`nil`: no bound): the
    /// search then starts that far before the first such word (`0` for a case word that starts the match, 18 for
    /// `番号` after `お問い合わせ`). Read off the pattern, for every match, not only those the validator accepts.
    var wordLead: Int?
    /// A byte every match holds, searched for instead of scanning every position (see ``MatchAnchor``). Built-in
    /// rules only.
    var anchor: MatchAnchor?
    /// Words one of which must occur within their window before (or, if `contextAfter`, around) the match.
    public var requiredContext: ContextWords?
    /// Words whose presence before the match rejects it (e.g. `version` before a dotted quad).
    public var excludedContext: ContextWords?
    /// Also look for `requiredContext` after the match.
    public var contextAfter: Bool
    /// Pure check of the match (Luhn, mod-97, TLD list, …).
    public var validator: MatchValidator?

    /// Compiles a rule. Patterns are PCRE2 syntax in byte mode: `\x{..}` is a byte, `.` and classes see bytes, so
    /// non-ASCII text is matched as its UTF-8 byte sequence and invalid UTF-8 can never cause an error.
    ///
    /// - Throws: ``RedactionError`` ``RedactionError/Code/invalidPattern`` with PCRE2's message and offset.
    public init(
        _ pattern: String, caseless: Bool = false, extended: Bool = false, confidence: Double, group: Int = 0,
        prefilter: Prefilter = .always, minimumDigits: Int = 0, minimumDigitRun: Int = 0,
        requiredContext: ContextWords? = nil, excludedContext: ContextWords? = nil, contextAfter: Bool = false,
        validator: MatchValidator? = nil
    ) throws(RedactionError) {
        var options: PatternOptions = []
        if caseless { options.insert(.caseless) }
        if extended { options.insert(.extended) }
        do {
            self.pattern = try CompiledPattern(pattern, options: options)
        } catch {
            throw RedactionError(error, detectorID: nil)
        }
        guard group <= self.pattern.captureCount else {
            throw RedactionError(.invalidPattern, reason: "group \(group) does not exist in the pattern")
        }
        self.confidence = confidence
        self.group = group
        self.prefilter = prefilter
        self.minimumDigits = minimumDigits
        self.minimumDigitRun = minimumDigitRun
        self.bufferGate = nil
        self.requiredContext = requiredContext
        self.excludedContext = excludedContext
        self.contextAfter = contextAfter
        self.validator = validator
    }

    /// This rule with the built-in gates given: ``minimumClusterDigits`` (and ``clusterStartBytes``),
    /// ``minimumColons``, ``minimumDigitDots``, ``requiredWords``, ``wordLead``, ``acceptedWordReach`` and
    /// ``bufferGate``.
    func gated(
        clusterDigits: Int = 0, startingAtCluster matchBytes: ByteSet? = nil, colons: Int = 0, digitDots: Int = 0,
        words: GateWords = [], wordLead: Int? = nil, acceptedWordReach: Int? = nil, buffer: BufferGate? = nil
    ) -> PatternRule {
        precondition(matchBytes == nil || (1...ClusterStarts.largest).contains(clusterDigits), "a cluster size")
        precondition(acceptedWordReach == nil || (matchBytes != nil && !words.isEmpty), "match bytes and words")
        var rule = self
        rule.acceptedWordReach = acceptedWordReach
        rule.minimumClusterDigits = clusterDigits
        rule.clusterStartBytes = matchBytes
        rule.minimumColons = colons
        rule.minimumDigitDots = digitDots
        rule.requiredWords = words
        rule.wordLead = wordLead
        rule.bufferGate = buffer
        return rule
    }

    /// This rule searched around `anchor`'s byte only (recompiled so that a match call can limit where a match
    /// starts). `anchor` must hold for every match of the pattern; see ``MatchAnchor``.
    func anchored(at anchor: MatchAnchor) throws(RedactionError) -> PatternRule {
        var rule = self
        do {
            rule.pattern = try CompiledPattern(pattern.source, options: pattern.options.union(.offsetLimit))
        } catch {
            throw RedactionError(error, detectorID: nil)
        }
        rule.anchor = anchor
        return rule
    }

    /// Whether the pattern was JIT-compiled.
    public var isJITCompiled: Bool { pattern.isJITCompiled }
}

/// The first test of a rule's gate, packed: the classes its prefilter needs, with those a buffer holding its required
/// words has (``GateWords/witness``), and the shortest text its pattern can match.
struct RuleAdmission: Sendable {
    let allOf: UInt32
    let anyOf: UInt32
    let minimumLength: Int

    /// The admission of `rule`, with its required words' witness: a witness of one class joins the all-of classes;
    /// one of several takes the place of the prefilter's any-of classes (each is a condition every buffer the rule
    /// can report in meets, so either is sound; the witness is the more selective for the built-in rules: a letter
    /// pair or a non-ASCII byte, where the prefilter asks for a letter or a non-ASCII byte).
    init(_ rule: PatternRule) {
        let witness = rule.requiredWords.witness
        var allOf = rule.prefilter.allOf, anyOf = rule.prefilter.anyOf
        if witness.rawValue.nonzeroBitCount == 1 {
            allOf.formUnion(witness)
        } else if !witness.isEmpty {
            anyOf = witness
        }
        self.allOf = allOf.rawValue
        self.anyOf = anyOf.rawValue
        minimumLength = rule.pattern.minimumSubjectLength
    }

    /// An admission given directly.
    init(allOf: UInt32, anyOf: UInt32, minimumLength: Int) {
        self.allOf = allOf
        self.anyOf = anyOf
        self.minimumLength = minimumLength
    }

    /// Whether a buffer of `count` bytes and classes `present` passes (``Prefilter/admits(_:)`` and the length).
    @inline(__always)
    func admits(_ present: UInt32, count: Int) -> Bool {
        present & allOf == allOf && (anyOf == 0 || present & anyOf != 0) && count >= minimumLength
    }
}

/// The second test of a rule's gate, packed: the counts and gate words a buffer must have (16 bytes a rule). About
/// seventy percent of the rules a value admits fail it; they never touch their ``RuleGate`` (168 bytes each, whose
/// lines a value's passes have mostly pushed out of the first-level cache by the time the rules are run).
struct RulePrecheck: Sendable {
    /// ``PatternRule/minimumCounts``, ``ByteCounts/packed`` (zero: none).
    let minimumCounts: UInt64
    /// ``PatternRule/requiredWords``.
    let requiredWords: UInt32

    /// The precheck of `rule`.
    init(_ rule: PatternRule) {
        let counts = rule.minimumCounts
        precondition(
            [counts.digits, counts.longestDigitRun, counts.largestCluster, counts.colons, counts.dashes,
             counts.digitDots].allSatisfy { $0 <= ByteCounts.largestPacked },
            "count minimums up to \(ByteCounts.largestPacked)")
        minimumCounts = counts.packed
        requiredWords = rule.requiredWords.rawValue
    }

    /// Whether a buffer has the counts and gate words (computed once per buffer by the first rule that asks).
    @inline(__always)
    func passes(_ text: UnsafeBufferPointer<UInt8>, scratch: inout DetectionScratch) -> Bool {
        if minimumCounts != 0, !ByteCounts.reaches(scratch.packedCounts(of: text), minimumCounts) { return false }
        return requiredWords == 0 || scratch.gateWords(of: text).rawValue & requiredWords == requiredWords
    }
}

/// What decides whether a rule of a ``PatternDetector`` runs on a buffer (beyond its ``RuleAdmission`` and its
/// ``RulePrecheck``), where its search starts, and what its findings report as.
struct RuleGate: Sendable {
    let minimumCounts: ByteCounts
    let requiredWords: GateWords
    /// ``PatternRule/wordLead``, or -1.
    let wordLead: Int
    /// ``PatternRule/clusterStartBytes``.
    let clusterStartBytes: ByteSet?
    /// ``PatternRule/acceptedWordReach``, or -1.
    let acceptedWordReach: Int
    let hasBufferGate: Bool
    /// PCRE2's minimum subject length.
    let minimumLength: Int
    /// The rule's pattern for match calls (the rule keeps it alive).
    let pattern: PatternHandle
    /// The detector's kind and identifier, for its findings.
    let kind: EntityKind
    let detectorID: DetectorID
}

/// What a rule's buffer gate computes from a buffer and its counts: `nil` when no match of the rule can be in it,
/// else the offset before which none can start. Derive it from the pattern (every MAC address holds five colons
/// within twelve bytes, the first at most two bytes after the address starts), never from a validator that accepts
/// only some matches: the search then starts at that offset, and a match it no longer sees (even one the validator
/// would reject) would change where the next search starts.
typealias BufferGate = @Sendable (UnsafeBufferPointer<UInt8>, ByteCounts) -> Int?

/// A detector made of regular-expression rules, each with optional context words and a validator.
///
/// Most built-in detectors are pattern detectors; organisation-specific formats can be added the same way.
public struct PatternDetector: Detector {
    /// Identity, kind and documentation.
    public let descriptor: DetectorDescriptor
    /// The rules, run in order; their findings may overlap (``DetectorSet`` resolves overlaps).
    public let rules: [PatternRule]
    /// The union of the rules' prefilters.
    public let prefilter: Prefilter
    /// Per rule, what decides whether it runs on a buffer and what it reports as: kept apart from the rules, so the
    /// loop that skips most of them touches no reference (a rule holds a compiled pattern, context words and
    /// closures).
    let gates: [RuleGate]
    /// Per rule, the first test of its gate, packed (16 bytes a rule, every rule of a detector in a few cache lines):
    /// most rules are skipped on it, without touching the rule's ``RuleGate`` (a cache line or more each).
    let admissions: [RuleAdmission]
    /// Per rule, the second test of its gate, packed (see ``RulePrecheck``).
    let prechecks: [RulePrecheck]

    /// Creates a detector from rules.
    public init(_ descriptor: DetectorDescriptor, rules: [PatternRule]) {
        self.descriptor = descriptor
        self.rules = rules
        self.prefilter = rules.dropFirst().reduce(rules.first?.prefilter ?? .always) { $0.union($1.prefilter) }
        self.gates = rules.map { rule in
            RuleGate(
                minimumCounts: rule.minimumCounts, requiredWords: rule.requiredWords,
                wordLead: rule.requiredWords.isEmpty ? -1 : rule.wordLead ?? -1,
                clusterStartBytes: rule.clusterStartBytes,
                acceptedWordReach: rule.clusterStartBytes == nil ? -1 : rule.acceptedWordReach ?? -1,
                hasBufferGate: rule.bufferGate != nil,
                minimumLength: rule.pattern.minimumSubjectLength, pattern: rule.pattern.handle,
                kind: descriptor.kind, detectorID: descriptor.id)
        }
        self.admissions = rules.map(RuleAdmission.init)
        self.prechecks = rules.map(RulePrecheck.init)
    }

    /// Reports every accepted match of every rule whose admission the buffer passes, rule by rule in order: a
    /// detector run by itself (a ``DetectorSet`` finds the admitted rules of all its pattern detectors at once, with a
    /// ``RuleAdmissionTable``).
    public func detect(
        in text: UnsafeBufferPointer<UInt8>, scratch: inout DetectionScratch, report: (Finding) -> Void
    ) throws(RedactionError) {
        let present = scratch.presentClasses.rawValue, count = text.count
        try admissions.withUnsafeBufferPointer { (admissions) throws(RedactionError) in
            try gates.withUnsafeBufferPointer { (gates) throws(RedactionError) in
                try rules.withUnsafeBufferPointer { (rules) throws(RedactionError) in
                    for index in rules.indices
                    where admissions[index].admits(present, count: count)
                        && prechecks[index].passes(text, scratch: &scratch)
                    {
                        try Self.run(
                            rules.baseAddress! + index, gates.baseAddress! + index, in: text, scratch: &scratch,
                            report: report)
                    }
                }
            }
        }
    }

    /// Runs the rules of `range` that `admitted` holds (a ``RuleAdmissionTable`` bit set over the same indices) and
    /// whose prechecks pass, in order, with their gates (rule, gate and precheck at the same index): the rules of
    /// consecutive pattern detectors of a ``DetectorSet``. Rules are read in place: `rules[index]` would copy a rule,
    /// retaining every reference it holds (its pattern, context words, closures, anchor).
    @inline(__always)
    static func run(
        _ rules: UnsafeBufferPointer<PatternRule>, _ gates: UnsafeBufferPointer<RuleGate>,
        _ prechecks: UnsafeBufferPointer<RulePrecheck>, admitted: UnsafeBufferPointer<UInt64>, _ range: Range<Int>,
        in text: UnsafeBufferPointer<UInt8>, scratch: inout DetectionScratch, report: (Finding) -> Void
    ) throws(RedactionError) {
        guard !range.isEmpty else { return }
        for word in (range.lowerBound >> 6)...((range.upperBound - 1) >> 6) {
            var bits = admitted[word]
            // Only the rules of the range.
            if word == range.lowerBound >> 6 { bits &= UInt64.max << UInt64(range.lowerBound & 63) }
            if word == (range.upperBound - 1) >> 6 { bits &= UInt64.max >> UInt64(63 - (range.upperBound - 1) & 63) }
            while bits != 0 {
                let index = word << 6 | bits.trailingZeroBitCount
                bits &= bits &- 1
                guard prechecks[index].passes(text, scratch: &scratch) else { continue }
                try run(
                    rules.baseAddress! + index, gates.baseAddress! + index, in: text, scratch: &scratch,
                    report: report)
            }
        }
    }

    /// Reports the accepted matches of the rule at `rule`, whose ``RuleAdmission`` and ``RulePrecheck`` the buffer
    /// passes, unless the rest of its gate (at `gate`) skips it.
    @inline(__always)
    private static func run(
        _ rule: UnsafePointer<PatternRule>, _ gate: UnsafePointer<RuleGate>, in text: UnsafeBufferPointer<UInt8>,
        scratch: inout DetectionScratch, report: (Finding) -> Void
    ) throws(RedactionError) {
        let requiredWords = gate.pointee.requiredWords
        // Where the first match can start: 0, or later by the rule's words, digit cluster or buffer gate.
        var start = 0
        if gate.pointee.wordLead >= 0 {
            start = max(0, scratch.earliestGateWordStart(of: requiredWords) - gate.pointee.wordLead)
        }
        if gate.pointee.clusterStartBytes != nil {
            guard let from = acceptedStart(gate.pointee, in: text, after: start, scratch: &scratch) else { return }
            start = from
        }
        if gate.pointee.hasBufferGate, let bufferGate = rule.pointee.bufferGate {
            guard let earliest = bufferGate(text, scratch.counts(of: text)) else { return }
            start = max(start, earliest)
        }
        if rule.pointee.anchor != nil {
            try searchAround(rule, gate, in: text, from: start, scratch: &scratch.match, report: report)
            return
        }
        // PCRE2's minimum subject length: fewer bytes left than that cannot match, so no call is made.
        while text.count - start >= gate.pointee.minimumLength {
            let found: Range<Int>?
            do throws(PCRE2Error) {
                found = try scratch.match.firstMatch(of: gate.pointee.pattern, in: text, from: start)
            } catch {
                throw RedactionError(error, detectorID: gate.pointee.detectorID)
            }
            guard let matched = found else { break }
            if let finding = accept(rule, gate, matched, in: text, scratch: scratch.match) { report(finding) }
            start = matched.isEmpty ? matched.upperBound + 1 : matched.upperBound
        }
    }

    /// Where the search of a rule with ``PatternRule/clusterStartBytes`` starts, at `start` or later: at the first
    /// digit cluster the rule accepts or its ``PatternRule/acceptedWordReach`` before the first word, whichever is
    /// later, less the run of bytes a match may hold before it; `nil` if the buffer has no such cluster.
    @inline(never)
    private static func acceptedStart(
        _ gate: RuleGate, in text: UnsafeBufferPointer<UInt8>, after start: Int, scratch: inout DetectionScratch
    ) -> Int? {
        guard let matchBytes = gate.clusterStartBytes,
            var from = scratch.firstClusterDigit(reaching: gate.minimumCounts.largestCluster, in: text)
        else { return nil }
        if gate.acceptedWordReach >= 0 {
            from = max(from, scratch.earliestGateWordStart(of: gate.requiredWords) - gate.acceptedWordReach)
        }
        while from > start, matchBytes.contains(text[from - 1]) { from -= 1 }
        return max(start, from)
    }

    /// Reports the accepted matches of `rule` (one with an anchor), searching only where a match can start before
    /// an anchor byte: the same matches, in the same order, as a search from every position (see ``MatchAnchor``).
    private static func searchAround(
        _ rule: UnsafePointer<PatternRule>, _ gate: UnsafePointer<RuleGate>, in text: UnsafeBufferPointer<UInt8>,
        from start: Int, scratch: inout MatchScratch, report: (Finding) -> Void
    ) throws(RedactionError) {
        guard let anchor = rule.pointee.anchor else { return }
        let pattern = gate.pointee.pattern
        var from = start
        while let anchorAt = anchor.next(in: text, from: from) {
            guard anchor.admits?(text, anchorAt) ?? true,
                let earliest = anchor.earliestStart(before: anchorAt, in: text, floor: from)
            else {
                from = anchorAt + 1
                continue
            }
            let found: Range<Int>?
            do throws(PCRE2Error) {
                found = try scratch.firstMatch(of: pattern, in: text, from: earliest, startingAtMost: anchorAt)
            } catch {
                throw RedactionError(error, detectorID: gate.pointee.detectorID)
            }
            guard let matched = found else {
                // No match starts up to the anchor byte; a later one has a later first anchor byte.
                from = anchorAt + 1
                continue
            }
            if let finding = accept(rule, gate, matched, in: text, scratch: scratch) { report(finding) }
            from = matched.isEmpty ? matched.upperBound + 1 : matched.upperBound
        }
    }

    /// The finding of a match of `rule` (read in place, as its gate), if its context and validator accept it.
    private static func accept(
        _ rule: UnsafePointer<PatternRule>, _ gate: UnsafePointer<RuleGate>, _ matched: Range<Int>,
        in text: UnsafeBufferPointer<UInt8>,
        scratch: borrowing MatchScratch
    ) -> Finding? {
        let group = rule.pointee.group
        guard let target = group == 0 ? matched : scratch.groupRange(group), !target.isEmpty else { return nil }
        if let required = rule.pointee.requiredContext {
            let found = rule.pointee.contextAfter
                ? required.occurs(around: matched, in: text) : required.occurs(before: matched.lowerBound, in: text)
            guard found else { return nil }
        }
        if let excluded = rule.pointee.excludedContext, excluded.occurs(before: matched.lowerBound, in: text) {
            return nil
        }
        var candidate = Candidate(range: target, confidence: rule.pointee.confidence)
        if let validator = rule.pointee.validator {
            let match = PatternMatch(
                text: text, ovector: scratch.ovectorPointer, groupCount: rule.pointee.pattern.captureCount + 1)
            guard validator(match, &candidate), !candidate.range.isEmpty else { return nil }
        }
        return Finding(
            kind: gate.pointee.kind, range: candidate.range, detectorID: gate.pointee.detectorID,
            confidence: candidate.confidence)
    }
}
