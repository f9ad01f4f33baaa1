/// Finds and replaces personal data in text: the single-threaded engine one worker runs.
///
/// Immutable and `Sendable`; each worker passes its own ``DetectionScratch``. Bytes outside findings are copied
/// exactly; each finding is replaced by the operator's bytes.
public struct Redactor: Sendable {
    /// The detectors that decide what is personal.
    public let detectors: DetectorSet
    /// How findings are rewritten.
    public let replacement: any RedactionOperator
    /// Field names whose values are redacted whole in records that have field names (JSON keys); `nil` turns the
    /// rule off.
    public let fieldNames: PersonalFieldNames?
    /// Per-path rules for records with field names: scan only, skip, or redact whole.
    public let fieldRules: FieldRules
    /// Findings below this confidence are left as they are.
    public let minimumConfidence: Double
    /// Values and patterns never redacted.
    public let allowList: AllowList?
    /// Record-scoped propagation: values of personal fields are found wherever else they occur in the same record
    /// (see ``RecordScratch``'s record dictionary).
    public let propagatesFieldValues: Bool
    /// Scan each rewritten value again until nothing more is found (see ``settle(_:from:scratch:dictionary:using:)``):
    /// redaction then is a fixed point even where a context rule reads a distance that a replacement shortened. Costs
    /// a second scan of every value with findings (about a third more time); `StreamRedactor` turns it on with
    /// `verify`. Off by default.
    public var settlesRewrites = false

    /// Creates a redactor. The default replaces each finding with its kind tag, e.g. `[EMAIL]`, and redacts whole
    /// values of fields named like personal data (``PersonalFieldNames/standard``).
    public init(
        detectors: DetectorSet, replacement: any RedactionOperator = TagOperator(),
        fieldNames: PersonalFieldNames? = .standard, fieldRules: FieldRules = .none, minimumConfidence: Double = 0,
        allowList: AllowList? = nil, propagatesFieldValues: Bool = true
    ) {
        self.propagatesFieldValues = propagatesFieldValues
        self.detectors = detectors
        self.replacement = replacement
        self.fieldNames = fieldNames
        self.fieldRules = fieldRules
        self.minimumConfidence = minimumConfidence
        self.allowList = allowList.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// A redactor with every built-in detector and kind tags.
    public static func builtIn() throws(RedactionError) -> Redactor {
        Redactor(detectors: try DetectorSet.builtIn())
    }

    /// Appends the redacted form of `text` to `output` and returns the findings that were replaced (offsets into
    /// `text`). On error nothing is appended: the caller decides how the unscanned text fails closed.
    @discardableResult
    public func redact(
        _ text: UnsafeBufferPointer<UInt8>, into output: inout [UInt8], scratch: inout DetectionScratch
    ) throws(RedactionError) -> [Finding] {
        try redact(text, into: &output, scratch: &scratch, using: nil)
    }

    /// ``redact(_:into:scratch:)`` with a field's own operator instead of ``replacement``; the findings of settling
    /// (see ``settle(_:from:scratch:dictionary:using:)``) are added to `settled`.
    func redact(
        _ text: UnsafeBufferPointer<UInt8>, into output: inout [UInt8], scratch: inout DetectionScratch,
        using rewriter: (any RedactionOperator)?, settled: inout [Finding]
    ) throws(RedactionError) -> [Finding] {
        let start = output.count
        let findings = try scan(text, scratch: &scratch)
        rewrite(text, replacing: findings, into: &output, using: rewriter)
        if settlesRewrites, !findings.isEmpty {
            settled += try settle(&output, from: start, scratch: &scratch, dictionary: nil, using: rewriter)
        }
        return findings
    }

    func redact(
        _ text: UnsafeBufferPointer<UInt8>, into output: inout [UInt8], scratch: inout DetectionScratch,
        using rewriter: (any RedactionOperator)?
    ) throws(RedactionError) -> [Finding] {
        var settled: [Finding] = []
        return try redact(text, into: &output, scratch: &scratch, using: rewriter, settled: &settled)
    }

    /// Most passes ``settle(_:from:scratch:dictionary:using:)`` makes over a rewritten text.
    static let settleRounds = 4

    /// Scans a rewritten text (`buffer[start...]`) again and rewrites what is found, until nothing is (at most
    /// ``settleRounds`` passes), so that redaction is a fixed point: a rule reading context within a distance may
    /// accept a value once a neighbour has been replaced by a shorter token (a phone number on the line after a long
    /// name that became `[PERSON]` is now close enough to `Best regards,`; in `call 941 856 878, 941 856 879` each
    /// replaced number brings the next within reach of `call`). A value that has not settled after these passes is
    /// left to verification, which rejects it. Returns what the passes found; their
    /// ranges are offsets into intermediate texts, so only their kinds are meaningful.
    func settle(
        _ buffer: inout [UInt8], from start: Int, scratch: inout DetectionScratch, dictionary: RecordDictionary?,
        using rewriter: (any RedactionOperator)?
    ) throws(RedactionError) -> [Finding] {
        guard settlesRewrites else { return [] }
        var added: [Finding] = []
        var current: [UInt8] = []
        swap(&current, &scratch.settling)
        defer { swap(&current, &scratch.settling) }
        for _ in 0..<Self.settleRounds {
            current.removeAll(keepingCapacity: true)
            current.append(contentsOf: buffer[start...])
            let more = try current.withUnsafeBufferPointer { (text) throws(RedactionError) in
                if let dictionary { try scan(text, scratch: &scratch, dictionary: dictionary) } else { try scan(text, scratch: &scratch) }
            }
            guard !more.isEmpty else { break }
            buffer.removeSubrange(start...)
            current.withUnsafeBufferPointer { rewrite($0, replacing: more, into: &buffer, using: rewriter) }
            added += more
        }
        return added
    }

    /// Appends `text` to `output` with each of `findings` (sorted, disjoint) replaced by the operator's bytes.
    func rewrite(
        _ text: UnsafeBufferPointer<UInt8>, replacing findings: [Finding], into output: inout [UInt8],
        using rewriter: (any RedactionOperator)? = nil
    ) {
        let replacement = rewriter ?? replacement
        var copied = 0
        for finding in findings {
            output.append(contentsOf: UnsafeBufferPointer(rebasing: text[copied..<finding.range.lowerBound]))
            replacement.appendReplacement(
                for: finding, original: UnsafeBufferPointer(rebasing: text[finding.range]), to: &output)
            copied = finding.range.upperBound
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: text[copied...]))
    }

    /// The findings in `text`, left in `scratch`; the text is rewritten only by a caller that got some.
    func scan(_ text: UnsafeBufferPointer<UInt8>, scratch: inout DetectionScratch) throws(RedactionError) -> [Finding] {
        try detectors.collect(in: text, scratch: &scratch)
        // Most values hold nothing: an empty literal shares no storage with the scratch (nothing to retain).
        if scratch.candidates.isEmpty { return [] }
        guard minimumConfidence > 0 || allowList != nil else { return scratch.candidates }
        var kept: [Finding] = []
        for finding in scratch.candidates where finding.confidence >= minimumConfidence {
            if let allowList, try allowList.permits(UnsafeBufferPointer(rebasing: text[finding.range]), scratch: &scratch) {
                continue
            }
            kept.append(finding)
        }
        return kept
    }

    /// ``scan(_:scratch:)`` plus the occurrences of the record's known values (record-scoped propagation), overlaps
    /// resolved once more.
    func scan(
        _ text: UnsafeBufferPointer<UInt8>, scratch: inout DetectionScratch, dictionary: RecordDictionary
    ) throws(RedactionError) -> [Finding] {
        let detected = try scan(text, scratch: &scratch)
        // A clean short text is read again only when a word in it may start like one of the record's values.
        guard !dictionary.isEmpty, dictionary.startSignature.overlaps(scratch.cleanTextSignature) else {
            return detected
        }
        var propagated: [Finding] = []
        dictionary.findings(in: text, into: &propagated)
        guard !propagated.isEmpty else { return detected }
        // Bytes a pattern detector already claimed keep its finding (an obfuscated address that contains the
        // customer's name stays one e-mail finding). Names and places found by context or gazetteer compete with
        // the record's own values by confidence: `松本悠斗` from the name field beats the city `松本` inside it.
        var kept = detected
        for finding in propagated where finding.confidence >= minimumConfidence
            && !detected.contains(where: { $0.range.overlaps(finding.range) && !Self.isContextKind($0.kind) })
        {
            if let allowList, try allowList.permits(UnsafeBufferPointer(rebasing: text[finding.range]), scratch: &scratch) {
                continue
            }
            kept.append(finding)
        }
        if kept.count > detected.count { OverlapResolver.resolve(&kept, scratch: &scratch.overlaps) }
        return kept
    }

    /// Whether detectors of `kind` read context or a gazetteer rather than a format: a record's own values override
    /// them.
    private static func isContextKind(_ kind: EntityKind) -> Bool {
        kind == .person || kind == .location || kind == .streetAddress
    }

    /// Whether a whole value (one a field rule or name would replace) is allow-listed.
    func isAllowed(_ value: UnsafeBufferPointer<UInt8>, scratch: inout DetectionScratch) throws(RedactionError) -> Bool {
        guard let allowList else { return false }
        return try allowList.permits(value, scratch: &scratch)
    }

    /// The redacted form of `bytes`.
    public func redact(_ bytes: [UInt8]) throws(RedactionError) -> [UInt8] {
        var scratch = detectors.makeScratch()
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        try bytes.withUnsafeBufferPointer { (buffer) throws(RedactionError) in
            _ = try redact(buffer, into: &output, scratch: &scratch)
        }
        return output
    }

    /// The redacted form of `text`. Invalid UTF-8 cannot arise from a `String`, and tags are ASCII, so the result is
    /// valid text.
    public func redact(_ text: String) throws(RedactionError) -> String {
        String(decoding: try redact(Array(text.utf8)), as: UTF8.self)
    }

    /// Appends the replacement of `value` as a whole finding of `kind` (a field rule or a field name decided it).
    func replaceWhole(
        _ value: UnsafeBufferPointer<UInt8>, kind: EntityKind, into output: inout [UInt8],
        using rewriter: (any RedactionOperator)? = nil
    ) -> Finding {
        let whole = Finding(kind: kind, range: 0..<value.count, detectorID: Self.fieldNameDetector, confidence: 1)
        (rewriter ?? replacement).appendReplacement(for: whole, original: value, to: &output)
        return whole
    }

    /// Adds report details of `findings` in `text` at `path` to the scratch, and — when `scanned` by the detectors
    /// and a near-miss set is configured — the near misses that overlap no finding.
    func collectDetails(
        _ findings: [Finding], in text: UnsafeBufferPointer<UInt8>, scanned: Bool, path: String,
        _ scratch: inout RecordScratch
    ) throws(RedactionError) {
        for finding in findings {
            scratch.details.append(FindingDetail(
                kind: finding.kind.rawValue, detector: finding.detectorID.rawValue, confidence: finding.confidence,
                fieldPath: path, preview: MaskedPreview.mask(text[finding.range]), isNearMiss: false))
        }
        guard scanned, let nearMisses = scratch.nearMisses else { return }
        for miss in try nearMisses.findings(in: text, scratch: &scratch.nearMissDetection)
        where !findings.contains(where: { $0.range.overlaps(miss.range) }) {
            scratch.details.append(FindingDetail(
                kind: miss.kind.rawValue, detector: miss.detectorID.rawValue, confidence: miss.confidence,
                fieldPath: path, preview: MaskedPreview.mask(text[miss.range]), isNearMiss: true))
        }
    }

    /// The kind a field name (normalised bytes) gives a value, if any: `IPV4` fields holding a `:` are `IPV6`.
    func kind(forField key: [UInt8], parent: [UInt8]?, value: some Collection<UInt8>) -> EntityKind? {
        fieldNames?.kind(forNormalizedKey: key, parent: parent).map { Self.refine($0, value: value) }
    }

    /// The kind a field name gave, refined by the value: `IPV4` fields holding a `:` are `IPV6`.
    static func refine(_ kind: EntityKind, value: some Collection<UInt8>) -> EntityKind {
        kind == .ipv4 && value.contains(UInt8(ascii: ":")) ? .ipv6 : kind
    }

    /// The detector id of whole values redacted because of their field name or a field rule.
    public static let fieldNameDetector = DetectorID(rawValue: "field-name")
}
