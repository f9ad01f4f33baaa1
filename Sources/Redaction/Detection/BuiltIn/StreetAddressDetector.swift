#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension BuiltInDetectors {
    /// Street addresses written in free text, by the formats of the countries support records come from:
    /// - US/UK/Canada/Australia: house number, one to three capitalised words and a street type (`7602 Elm Street,
    ///   Apt 9`, `221B Baker Street`, `12 N. Main St.`, `1600 Pennsylvania Avenue NW`), with an optional
    ///   `, Springfield, IL 62704` or `, London SW1A 1AA` tail — confidence 0.85;
    /// - Germany/Austria/Switzerland: a street name with its type (`Goethestraße 22`, `Hauptstr. 5a`,
    ///   `Berliner Straße 7`, `Lindenallee 12-14`) and house number, optional `, 10115 Berlin` — 0.85; named with
    ///   an article (`Am Markt 70a`, `An der Alster 12`) only near address or shipping words — 0.75;
    /// - France/Belgium: number, street type, name (`25 rue de la Paix`, `3 bis avenue Victor Hugo`) — 0.85;
    /// - Spain, Portugal, Brazil: type, name, number (`Calle Mayor, 5, 3º A`, `Avenida de la Constitución, 120`,
    ///   `Rua Sete de Setembro, 123, apto 501`, `Gran Vía, 10`) — 0.85;
    /// - Japan: municipality, district and block numbers (`千代田区丸の内2丁目8-1`, `東京都港区六本木6-10-1`) — 0.85.
    ///
    /// Deliberately not found: a street name without a number (`Main Street`, `rue de la Paix` alone), a number and
    /// storage words (`3 Google Drive folders`, `2 USB Drive`), German article forms without address context
    /// (`Am Montag 12 Uhr`), and post-office boxes.
    ///
    /// A buffer is first read word by word for street-type words (`Street`, `rue`, `Calle`, `…straße`, `Am`); only
    /// the formats whose words occur are matched, so text without any costs one pass and no regular expression.
    public static func streetAddress() throws(RedactionError) -> StreetAddressDetector {
        try StreetAddressDetector()
    }

    /// Postal codes where they are known to be postal codes: after a label (`ZIP 98052`, `Postcode: SW1A 1AA`,
    /// `PLZ 10115`, `code postal 75002`, `CEP 01310-100`, `郵便番号 100-0005`) — 0.85; after the Japanese postal mark
    /// (`〒100-0005`) — 0.9; a US city, state and ZIP (`Springfield, IL 62704`) — 0.85 (state and ZIP only).
    ///
    /// Deliberately not found: bare five-digit numbers (order numbers, error codes, amounts), which are postal
    /// codes only next to a street; those are found as part of ``streetAddress()``.
    public static func postalCode() throws(RedactionError) -> PatternDetector {
        PatternDetector(
            DetectorDescriptor(
                id: DetectorID(rawValue: "postal-code"), kind: .location,
                summary: "Postal codes after a label (ZIP, Postcode, PLZ, code postal, CEP, 郵便番号) or 〒, and "
                    + "US state + ZIP after a city.",
                example: "ZIP 98052"),
            rules: [
                try PatternRule(
                    AddressPattern.labelledPostcode, confidence: 0.85,
                    prefilter: Prefilter(allOf: [.digit], anyOf: [.letter, .highByte]),
                    validator: { match, candidate in
                        guard let code = match.group(1) ?? match.group(2) else { return false }
                        candidate.range = code
                        return true
                    }
                ).gated(words: .postcodeLabels, wordLead: 0),  // every label starts with one of its parts
                try PatternRule(
                    AddressPattern.japanesePostcode, confidence: 0.9, prefilter: Prefilter(allOf: [.cjkLead])),
                try PatternRule(
                    AddressPattern.usStateZip, confidence: 0.85, group: 1,
                    prefilter: Prefilter(allOf: [.digit, .letter, .comma]), minimumDigits: 5, minimumDigitRun: 5,
                    validator: AddressPattern.validateUSStateZip
                ).gated(buffer: AddressPattern.firstStateComma),
            ])
    }
}

/// The street-address detector of ``BuiltInDetectors/streetAddress()``: street-type words decide which country
/// formats are matched at all.
public struct StreetAddressDetector: Detector {
    /// Identity, kind and documentation.
    public var descriptor: DetectorDescriptor { Self.descriptor }
    private static let descriptor = DetectorDescriptor(
        id: DetectorID(rawValue: "street-address"), kind: .streetAddress,
        summary: "Street addresses: US/UK (7602 Elm Street, Apt 9), DE (Goethestraße 22), FR (25 rue de la Paix), "
            + "ES/PT (Calle Mayor, 5), JP (千代田区丸の内2丁目8-1).",
        example: "ship to 221B Baker Street, London NW1 6XE")
    /// Runs on buffers with digits or non-ASCII text (full-width digits).
    public let prefilter = Prefilter(anyOf: [.digit, .highByte])
    /// One detector per format family, in ``StreetFamilies`` bit order.
    private let families: [(StreetFamilies, PatternDetector)]
    /// Whether a family runs only on text with its street-type words (always, but for tests of that gate).
    var gatesFamilies = true

    /// Compiles the patterns.
    public init() throws(RedactionError) {
        let latin = Prefilter(allOf: [.digit, .letter, .whitespace])
        func family(_ rules: [PatternRule]) -> PatternDetector { PatternDetector(Self.descriptor, rules: rules) }
        families = [
            (.english, family([try PatternRule(
                AddressPattern.english, confidence: 0.85, prefilter: latin, validator: AddressPattern.validateEnglish)])),
            (.german, family([try PatternRule(AddressPattern.german, confidence: 0.85, prefilter: latin)])),
            (.germanArticle, family([try PatternRule(
                AddressPattern.germanArticle, confidence: 0.75, prefilter: latin,
                requiredContext: AddressPattern.germanContext)])),
            (.french, family([try PatternRule(AddressPattern.french, confidence: 0.85, prefilter: latin)])),
            (.iberian, family([try PatternRule(AddressPattern.iberian, confidence: 0.85, prefilter: latin)])),
            (.japanese, family([try PatternRule(
                AddressPattern.japanese, confidence: 0.85, prefilter: Prefilter(allOf: [.cjkLead]))])),
        ]
    }

    /// Reports street addresses of the formats whose street-type words occur in `text`.
    public func detect(
        in text: UnsafeBufferPointer<UInt8>, scratch: inout DetectionScratch, report: (Finding) -> Void
    ) throws(RedactionError) {
        var present = StreetFamilies()
        let classes = scratch.presentClasses
        if classes.contains(.letterPair)
            || (classes.contains(.letter) && StreetFamilies.mayAnnounceWithoutPair(text))
        {
            present = scratch.withWords(of: text) { words, lookup in StreetFamilies.occurring(in: text, words: words, lookup: &lookup) }
        }
        if scratch.presentClasses.contains(.cjkLead), StreetFamilies.japaneseMarks.occurs(in: text) {
            present.insert(.japanese)
        }
        if !gatesFamilies { present = StreetFamilies(rawValue: .max) }
        guard !present.isEmpty else { return }
        for (family, detector) in families where present.contains(family) {
            try detector.detect(in: text, scratch: &scratch, report: report)
        }
    }
}

/// The street-address format families, and the words that announce each.
struct StreetFamilies: OptionSet, Sendable, Hashable {
    let rawValue: UInt8
    static let english = StreetFamilies(rawValue: 1 << 0)
    static let german = StreetFamilies(rawValue: 1 << 1)
    static let germanArticle = StreetFamilies(rawValue: 1 << 2)
    static let french = StreetFamilies(rawValue: 1 << 3)
    static let iberian = StreetFamilies(rawValue: 1 << 4)
    static let japanese = StreetFamilies(rawValue: 1 << 5)

    /// Street-type words, lower-case, and the families they announce.
    private static let index: TermIndex<StreetFamilies> = {
        var entries: [(String, StreetFamilies)] = []
        func add(_ family: StreetFamilies, _ words: String) {
            for word in words.split(separator: "|") { entries.append((String(word), family)) }
        }
        add([.english, .french], "avenue|boulevard|place|square")
        add([.english, .iberian], "plaza")
        add([.french, .iberian], "av")
        add(.english, """
            street|st|ave|road|rd|blvd|lane|ln|drive|dr|court|ct|pl|way|terrace|parkway|pkwy|highway|hwy|circle|cir|\
            sq|close|crescent|gardens|grove|row|mews|trail|alley
            """)
        add(.french, "rue|bd|chemin|allée|impasse|quai|route|voie|passage|faubourg|rond-point|esplanade|promenade|cours")
        add(.iberian, """
            calle|c|avenida|avda|paseo|pza|camino|carretera|ctra|ronda|travesía|glorieta|rambla|rua|r|travessa|\
            alameda|praça|estrada|rodovia|largo|vía
            """)
        add(.german, "straße|strasse|str|weg|allee|platz|gasse|ring|damm|ufer|chaussee")
        add(.germanArticle, "am|im|zum|zur|an|auf|in|unter")
        // Words are looked up with ASCII letters folded: written in capitals, the accented types keep their
        // capital letter (`ALLÉE` is looked up as `allÉe`).
        add(.french, "allÉe")
        add(.iberian, "travesÍa|praÇa|vÍa")
        return TermIndex(entries)
    }()

    /// Japanese municipality marks, one of which every Japanese address has (`区`, `市`, `町`, `村`, `郡`).
    static let japaneseMarks = ByteNeedles(["区", "市", "町", "村", "郡"])

    /// Whether `text`, which holds no two ASCII letters in a row (no ``ByteClasses/letterPair``), may hold a
    /// street-type word: only the one-letter Iberian `C` (`C/ Mayor`) and `R` (`R. Augusta`) are words without a
    /// pair (every other word of ``index`` and every German ending has two letters or more), and they announce
    /// their family only capitalised. A timestamp (`2025-06-26T21:43:34Z`) or a hexadecimal code (`0x8007045D`)
    /// then costs no word pass.
    static func mayAnnounceWithoutPair(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = text.baseAddress else { return false }
        return memchr(base, Int32(UInt8(ascii: "C")), text.count) != nil
            || memchr(base, Int32(UInt8(ascii: "R")), text.count) != nil
    }

    /// German street-name endings (`Goethestraße`, `Lindenallee`), lower-case ASCII/UTF-8.
    private static let germanSuffixes: [[UInt8]] = [
        "straße", "strasse", "str", "weg", "allee", "platz", "gasse", "ring", "damm", "ufer", "chaussee", "steig",
        "pfad", "graben", "kai",
    ].map { Array($0.utf8) }

    /// Bit per pair of last two bytes (lower-cased) that some ``germanSuffixes`` entry ends with: most words end
    /// otherwise and are turned away with one load.
    private static let germanSuffixEnds: [UInt64] = germanSuffixes.reduce(into: Array(repeating: 0, count: 1024)) {
        let pair = Int($1[$1.count - 2]) << 8 | Int($1[$1.count - 1])
        $0[pair >> 6] |= 1 << UInt64(pair & 63)
    }

    /// The families whose words occur among `words` of `text`. Only French street types are written in lower case
    /// too (`25 rue de la Paix`, `12, place Bellecour`); the other families' patterns take their type words
    /// capitalised (`Baker Street`, `Calle Mayor`, `Berliner Straße`, `Am Markt`), so a word in lower case (`take
    /// place`, `in`, `an`, `am`) announces only the French family.
    static func occurring(in text: UnsafeBufferPointer<UInt8>, words: [Range<Int>], lookup: inout TermLookup) -> StreetFamilies {
        var found = StreetFamilies()
        let streetWords = Self.index  // read once, not once per word
        for index in words.indices {
            if let match = streetWords.longestMatch(at: index, words: words, in: text, lookup: &lookup) {
                let first = text[words[index].lowerBound]
                found.formUnion(first >= 0x41 && first <= 0x5A ? match.value : match.value.intersection(.french))
            } else if words[index].count >= 5, isCapital(text[words[index].lowerBound]), hasGermanSuffix(text[words[index]]) {
                found.insert(.german)
            }
        }
        return found
    }

    @inline(__always) private static func isCapital(_ byte: UInt8) -> Bool { (byte >= 0x41 && byte <= 0x5A) || byte == 0xC3 }

    private static func hasGermanSuffix(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        let text = word.base, end = word.endIndex
        @inline(__always) func folded(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
        let pair = Int(folded(text[end - 2])) << 8 | Int(folded(text[end - 1]))
        guard germanSuffixEnds[pair >> 6] & (1 << UInt64(pair & 63)) != 0 else { return false }
        // Compared from the last byte backwards, in place: most words differ in their last one or two bytes.
        return germanSuffixes.contains { suffix in
            guard suffix.count < word.count else { return false }
            var offset = 1
            while offset <= suffix.count {
                guard folded(text[end - offset]) == suffix[suffix.count - offset] else { return false }
                offset += 1
            }
            return true
        }
    }
}
