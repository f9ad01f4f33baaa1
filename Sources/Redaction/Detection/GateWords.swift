/// Word groups of the built-in detectors without one of which a rule cannot report anything
/// (``PatternRule/requiredWords``): a case word for the case-number rule, a phone word or letter closing for the
/// contextual phone rule, a postcode label for the labelled-postcode rule. Every group is looked for in the same
/// pass over a buffer, once per buffer, when the first rule asks.
struct GateWords: OptionSet, Sendable {
    let rawValue: UInt32

    /// ``CaseNumberPattern/contextWordCores``.
    static let caseWords = GateWords(rawValue: 1 << 0)
    /// ``PhoneRules/contextWordParts``.
    static let phoneContext = GateWords(rawValue: 1 << 1)
    /// ``AddressPattern/postcodeLabelParts`` (case-sensitive, as the pattern's labels).
    static let postcodeLabels = GateWords(rawValue: 1 << 2)

    /// The needles of every group, group `i` giving bit `1 << i`.
    private static let needles = ByteNeedles(groups: [
        (CaseNumberPattern.contextWordCores, caseless: true),
        (PhoneRules.contextWordParts, caseless: true),
        (AddressPattern.postcodeLabelParts, caseless: false),
    ])

    /// The groups occurring in `text`.
    init(of text: UnsafeBufferPointer<UInt8>) { self.init(rawValue: Self.needles.groups(in: text)) }

    init(rawValue: UInt32) { self.rawValue = rawValue }
}

extension DetectionScratch {
    /// The gate word groups of `text`, computed once per buffer for every rule that requires some.
    mutating func gateWords(of text: UnsafeBufferPointer<UInt8>) -> GateWords {
        if let bufferGateWords { return bufferGateWords }
        let words = GateWords(of: text)
        if sharesBufferState { bufferGateWords = words }
        return words
    }
}
