/// Word groups of the built-in detectors without one of which a rule cannot report anything
/// (``PatternRule/requiredWords``): a case word for the case-number rule, a phone word or letter closing for the
/// contextual phone rule, a postcode label for the labelled-postcode rule, the key words and fixed prefixes of the
/// secret rules, both labels of a labelled coordinate pair. Every group is looked for in the same pass over a
/// buffer, once per buffer, when the first rule asks.
struct GateWords: OptionSet, Sendable {
    let rawValue: UInt32

    /// ``CaseNumberPattern/contextWordCores``.
    static let caseWords = GateWords(rawValue: 1 << 0)
    /// ``PhoneRules/contextWordParts``.
    static let phoneContext = GateWords(rawValue: 1 << 1)
    /// ``AddressPattern/postcodeLabelParts`` (case-sensitive, as the pattern's labels).
    static let postcodeLabels = GateWords(rawValue: 1 << 2)
    /// `AKIA` or `ASIA` (``SecretPattern/awsAccessKeyID``).
    static let awsKeyPrefixes = GateWords(rawValue: 1 << 3)
    /// ``SecretPattern/passwordNeedles``.
    static let passwordWords = GateWords(rawValue: 1 << 4)
    /// ``SecretPattern/otherLanguagePasswordNeedles``.
    static let otherLanguagePasswordWords = GateWords(rawValue: 1 << 5)
    /// ``SecretPattern/tokenKeyNeedles``.
    static let tokenKeyWords = GateWords(rawValue: 1 << 6)
    /// `key` (``SecretPattern/keyPhraseToken``).
    static let keyWord = GateWords(rawValue: 1 << 7)
    /// `authorization` (``SecretPattern/authorization``).
    static let authorizationWord = GateWords(rawValue: 1 << 8)
    /// `secret` (``SecretPattern/awsSecretAccessKey``).
    static let secretWord = GateWords(rawValue: 1 << 9)
    /// `bearer` (``SecretPattern/bearerToken``).
    static let bearerWord = GateWords(rawValue: 1 << 10)
    /// `lat` (``GeoPattern/latitudeLabel``).
    static let latitudeLabel = GateWords(rawValue: 1 << 11)
    /// `lon` or `lng` (``GeoPattern/longitudeLabel``).
    static let longitudeLabel = GateWords(rawValue: 1 << 12)
    /// The prefixes of ``SecretPattern/gitHubToken``.
    static let gitHubPrefixes = GateWords(rawValue: 1 << 13)
    /// `xox` (``SecretPattern/slackToken``).
    static let slackPrefix = GateWords(rawValue: 1 << 14)
    /// `hooks.slack.com` (``SecretPattern/slackWebhook``).
    static let slackHooks = GateWords(rawValue: 1 << 15)
    /// `AIza` (``SecretPattern/googleAPIKey``).
    static let googleKeyPrefix = GateWords(rawValue: 1 << 16)
    /// `eyJ` (``SecretPattern/jsonWebToken``).
    static let jsonWebTokenPrefix = GateWords(rawValue: 1 << 17)
    /// `-----BEGIN ` (``SecretPattern/privateKeyBlock``).
    static let privateKeyArmour = GateWords(rawValue: 1 << 18)
    /// `AccountKey` or `SharedAccessKey` (``SecretPattern/azureKey``).
    static let azureKeyNames = GateWords(rawValue: 1 << 19)
    /// `sig=` (``SecretPattern/sharedAccessSignature``).
    static let signatureParameter = GateWords(rawValue: 1 << 20)
    /// ``CaseNumberPattern/ticketPrefixes``, upper case as the pattern takes them.
    static let ticketPrefixes = GateWords(rawValue: 1 << 21)
    /// `SRX`, either case (``CaseNumberPattern/srx``).
    static let srxPrefix = GateWords(rawValue: 1 << 22)
    /// The first word of each of ``SSNPattern/context`` and the `ssn` of a key (``SSNPattern/mentionsSSN``).
    static let ssnWords = GateWords(rawValue: 1 << 23)

    /// The needles of every group, group `i` giving bit `1 << i`.
    private static let needles = ByteNeedles(groups: groups)

    /// The number of groups.
    static let count = groups.count

    /// Each group's words, group `i` being bit `1 << i`.
    static let groups: [ByteNeedles.Group] = [
        .init(CaseNumberPattern.contextWordCores, caseless: true),
        .init(PhoneRules.contextWordParts, caseless: true, wholeWords: true),
        .init(AddressPattern.postcodeLabelParts, caseless: false),
        .init(["AKIA", "ASIA"], caseless: false),
        .init(SecretPattern.passwordNeedles, caseless: true),
        .init(SecretPattern.otherLanguagePasswordNeedles, caseless: true),
        .init(SecretPattern.tokenKeyNeedles, caseless: true),
        .init(["key"], caseless: true),
        .init(["authorization"], caseless: true),
        .init(["secret"], caseless: true),
        .init(["bearer"], caseless: true),
        .init(["lat"], caseless: true),
        .init(["lon", "lng"], caseless: true),
        .init(["ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_"], caseless: false),
        .init(["xox"], caseless: false),
        .init(["hooks.slack.com"], caseless: false),
        .init(["AIza"], caseless: false),
        .init(["eyJ"], caseless: false),
        .init(["-----BEGIN "], caseless: false),
        .init(["AccountKey", "SharedAccessKey"], caseless: false),
        .init(["sig="], caseless: false),
        .init(CaseNumberPattern.ticketPrefixes, caseless: false),
        .init(["SRX"], caseless: true),
        .init(SSNPattern.contextFirstWords, caseless: true, wholeWords: true, partialNeedles: ["ssn"]),
    ]

    /// Per group, classes one of which a buffer holding any of its words has.
    private static let witnesses: [ByteClasses] = groups.map(witness(of:))

    /// Classes one of which a buffer holding any word of `group` has: the union of its words' witnesses
    /// (each word's own, below), or none (no constraint) if some word has none.
    static func witness(of group: ByteNeedles.Group) -> ByteClasses {
        let each = (group.needles + group.partialNeedles).filter { !$0.isEmpty }.map { witness(of: $0) }
        return each.contains { $0.isEmpty } ? [] : each.reduce([]) { $0.union($1) }
    }

    /// A class every buffer holding `word` has: two ASCII letters in a row if the word has them (either case, as
    /// caseless words match), a non-ASCII byte if it has one, else the rarest class of its bytes (`.` of `C.P`);
    /// empty (no constraint) for a word of unclassified bytes.
    static func witness(of word: String) -> ByteClasses {
        let bytes = Array(word.utf8)
        func isLetter(_ byte: UInt8) -> Bool { ByteClasses.of(byte).contains(.letter) }
        if zip(bytes, bytes.dropFirst()).contains(where: { isLetter($0) && isLetter($1) }) { return .letterPair }
        if bytes.contains(where: { $0 >= 0x80 }) { return .highByte }
        let classes = bytes.reduce(ByteClasses()) { $0.union(.of($1)) }
        let rarestFirst: [ByteClasses] = [
            .at, .percent, .hash, .backslash, .equals, .plus, .underscore, .openBracket, .slash, .colon, .comma, .dot,
            .dash, .whitespace, .digit, .letter,
        ]
        return rarestFirst.first { classes.contains($0) } ?? []
    }

    /// Classes one of which every buffer holding words of each of these groups has (those of the first group; empty
    /// for no group): a rule that requires the groups cannot report in a buffer without one of them, so it is not
    /// even looked at there (a timestamp, `2025-06-26T21:43:34Z`, holds no word of the case, phone or secret rules).
    var witness: ByteClasses { isEmpty ? [] : Self.witnesses[rawValue.trailingZeroBitCount] }

    /// The groups occurring in `text`, and per group found an offset before which none of its words starts
    /// (`earliestStarts`, sized to ``count``).
    init(of text: UnsafeBufferPointer<UInt8>, earliestStarts: inout [Int]) {
        self.init(rawValue: Self.needles.groups(in: text, earliestStarts: &earliestStarts))
    }

    init(rawValue: UInt32) { self.rawValue = rawValue }
}

extension DetectionScratch {
    /// The gate word groups of `text`, computed once per buffer for every rule that requires some.
    mutating func gateWords(of text: UnsafeBufferPointer<UInt8>) -> GateWords {
        if let bufferGateWords { return bufferGateWords }
        if gateWordStarts.count < GateWords.count {
            gateWordStarts = Array(repeating: 0, count: GateWords.count)
        }
        let words = GateWords(of: text, earliestStarts: &gateWordStarts)
        if sharesBufferState { bufferGateWords = words }
        return words
    }

    /// The offset before which no word of any of `groups` starts in the buffer of the last ``gateWords(of:)``
    /// (all of `groups` found there).
    func earliestGateWordStart(of groups: GateWords) -> Int {
        var earliest = Int.max
        var bits = groups.rawValue
        while bits != 0 {
            earliest = min(earliest, gateWordStarts[bits.trailingZeroBitCount])
            bits &= bits - 1
        }
        return earliest == .max ? 0 : earliest
    }
}
