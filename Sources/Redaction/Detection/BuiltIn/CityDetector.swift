extension BuiltInDetectors {
    /// City names in free text, from a gazetteer (see ``CityDetector``).
    public static func city() throws(RedactionError) -> CityDetector {
        try CityDetector()
    }
}

/// Finds the names of cities in free text: about fifteen thousand Latin-script names (`Seattle`, `Düsseldorf`,
/// `Frankfurt am Main`, `São Paulo`, `Sao Paulo`) and twelve hundred Japanese ones (`札幌`, `横浜市`), from GeoNames —
/// every city of 100,000 people or more, and of 50,000 or more in the countries support records most often come from,
/// with the local and other-language names of those of 300,000 or more (`München`, `Lisboa`).
/// Confidence 0.75.
///
/// A Latin-script name must be capitalised (`nice weather` is not Nice) and must not be part of a longer proper noun:
/// a capitalised word right after it (`Paris Agreement`, `Phoenix Suite`, `Berlin Wall`) or before it inside a
/// sentence (`Hotel Berlin`, `Contoso Dublin`) means another name. Names that are also common English words
/// (`Mobile`, `Orange`, `Surprise`) are not in the list, unless the city has two million people or more; a few
/// well-known ones (`Nice`, `Reading`, `Essen`, `Tours`) are found only after a preposition of place (`users in
/// Reading`, `bureau de Nice`, `nach Essen`).
/// A city of a record's own location fields is found anyway by record-scoped propagation.
public struct CityDetector: Detector {
    /// Identity, kind and documentation.
    public let descriptor = DetectorDescriptor(
        id: DetectorID(rawValue: "city"), kind: .location,
        summary: "City names from a gazetteer (GeoNames, cities of 100,000+): capitalised, not inside a longer "
            + "proper noun; Japanese names in kanji.",
        example: "Users in Seattle are affected")
    /// Runs on buffers with two ASCII letters in a row or non-ASCII text: every name of the gazetteer has one or the
    /// other (a test keeps it so).
    public let prefilter = Prefilter(anyOf: [.letterPair, .highByte])

    /// Creates the detector (the gazetteer is shared by every instance).
    public init() throws(RedactionError) {}

    /// Reports every city name.
    public func detect(
        in text: UnsafeBufferPointer<UInt8>, scratch: inout DetectionScratch, report: (Finding) -> Void
    ) throws(RedactionError) {
        if scratch.presentClasses.contains(.cjkLead) {
            CityGazetteer.japanese.forEachMatch(in: text) { range in
                report(Finding(kind: .location, range: range, detectorID: descriptor.id, confidence: 0.75))
            }
        }
        guard scratch.presentClasses.contains(.letter) else { return }
        let latin = CityGazetteer.latin  // read once, not once per word
        scratch.withWords(of: text) { words, lookup in
            var index = 0
            while index < words.count {
                guard CityGazetteer.isCapitalised(text, words[index]),
                    let match = latin.longestMatch(at: index, words: words, in: text, lookup: &lookup)
                        ?? CityGazetteer.ambiguousMatch(at: index, words: words, in: text, lookup: &lookup)
                else {
                    index += 1
                    continue
                }
                if !CityGazetteer.isInsideProperNoun(first: index, last: match.end, words: words, in: text) {
                    report(Finding(
                        kind: .location, range: words[index].lowerBound..<words[match.end].upperBound,
                        detectorID: descriptor.id, confidence: 0.75))
                }
                index = match.end + 1
            }
        }
    }
}

/// The city lists of ``CityDetector`` (generated data in `Data/CityNames.swift`) and its word tests.
enum CityGazetteer {
    /// Latin-script names, looked up word by word.
    static let latin = TermIndex(utf8: namesList(latinNames).lazy.map { ($0, ()) })

    /// Names that are also common words, found only after a preposition of place.
    static let ambiguous = TermIndex(utf8: namesList(ambiguousNames).lazy.map { ($0, ()) })

    /// The names of a `|`-separated list, as UTF-8 byte slices of one array (a `String` per name would cost a
    /// tenth of a second at start-up for the fifteen thousand names).
    private static func namesList(_ list: String) -> [ArraySlice<UInt8>] {
        Array(list.utf8).split(separator: UInt8(ascii: "|"))
    }

    /// The ambiguous names, lower-case.
    private static let ambiguousLowercased: [[UInt8]] = ambiguousNames.split(separator: "|")
        .map { Array($0.lowercased().utf8) }

    /// Whether `name` (ASCII letters in any case) is one of the names that are also common words (`Nice`,
    /// `Reading`). Called per record for its city field: compares in place, allocates nothing.
    static func isAmbiguous(_ name: ArraySlice<UInt8>) -> Bool {
        ambiguousLowercased.contains { candidate in
            candidate.count == name.count
                && zip(candidate, name).allSatisfy { $0 == ($1 >= 0x41 && $1 <= 0x5A ? $1 | 0x20 : $1) }
        }
    }

    /// Prepositions of place (`in Reading`, `à Nice`, `nach Essen`), lower-case.
    private static let placePrepositions: Set<[UInt8]> = Set(
        ["in", "at", "from", "to", "near", "à", "a", "de", "près", "en", "nach", "aus", "bei", "von", "em", "para", "desde"]
            .map { Array($0.utf8) })

    /// An ambiguous name at word `index`, accepted when the word before is a preposition of place.
    static func ambiguousMatch(
        at index: Int, words: [Range<Int>], in text: UnsafeBufferPointer<UInt8>, lookup: inout TermLookup
    ) -> (end: Int, value: Void)? {
        guard index > 0, let match = ambiguous.longestMatch(at: index, words: words, in: text, lookup: &lookup) else {
            return nil
        }
        let previous = text[words[index - 1]]
        guard previous.count <= 6 else { return nil }
        return placePrepositions.contains(Array(previous)) ? match : nil
    }

    /// Japanese names, found anywhere (longest first: `横浜市` before `横浜`).
    static let japanese = CJKNameIndex(japaneseNames.split(separator: "|").lazy.map(String.init))

    /// A capital letter first and not all capitals (`Berlin`, `São`, not `berlin` or `PARIS`-style acronyms).
    static func isCapitalised(_ text: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
        let first = text[word.lowerBound]
        let second = word.count > 1 ? text[word.lowerBound + 1] : 0x20
        if first >= 0x41 && first <= 0x5A { return !(second >= 0x41 && second <= 0x5A) }
        return first == 0xC3 && second >= 0x80 && second <= 0x9E
    }

    /// Whether the name at words `first...last` is part of a longer proper noun: a capitalised word follows after
    /// one space, or precedes after one space without a sentence break before it.
    static func isInsideProperNoun(first: Int, last: Int, words: [Range<Int>], in text: UnsafeBufferPointer<UInt8>) -> Bool {
        if last + 1 < words.count, isSingleSpace(words[last].upperBound..<words[last + 1].lowerBound, in: text),
            isCapitalised(text, words[last + 1])
        {
            return true
        }
        guard first > 0, isSingleSpace(words[first - 1].upperBound..<words[first].lowerBound, in: text),
            isCapitalised(text, words[first - 1])
        else { return false }
        // `Visit Berlin` at the start of a sentence is a verb and a city.
        return !SentenceStart.isAt(words[first - 1].lowerBound, in: text)
    }

    private static func isSingleSpace(_ gap: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        gap.count == 1 && text[gap.lowerBound] == 0x20
    }
}
