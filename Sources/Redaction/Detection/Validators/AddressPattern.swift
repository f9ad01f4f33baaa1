#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The patterns of ``BuiltInDetectors/streetAddress()`` and ``BuiltInDetectors/postalCode()``, in PCRE2 byte mode.
enum AddressPattern {
    /// A capital letter: ASCII or Latin-1 (`À`–`Þ` without `×`).
    static let upper = #"(?:[A-Z]|\xC3[\x80-\x96\x98-\x9E])"#
    /// A lower-case letter: ASCII, Latin-1 (`ß`–`ÿ` without `÷`) or Latin Extended-A.
    static let lower = #"(?:[a-z]|\xC3[\x9F-\xB6\xB8-\xBF]|[\xC4\xC5][\x80-\xBF])"#
    /// A capitalised word, hyphenated parts allowed (`Victor`, `Jean-Jaurès`, `Saint-Germain`, `O'Connell`).
    static let word = upper + "(?:" + lower + "|')+(?:-" + upper + "?" + lower + "+)*"
    /// Not inside a word or number.
    static let start = #"(?<![A-Za-z0-9\x80-\xBF])"#
    /// Not followed by a letter or digit.
    static let end = #"(?![A-Za-z0-9])"#
    /// Spaces or tabs.
    static let space = #"[\x20\t]+"#

    /// A word in capitals, two letters or more, hyphenated parts allowed (`PENNSYLVANIA`, `SAINT-GERMAIN`,
    /// `O'CONNELL`).
    static let capitalsWord = upper + "(?:" + upper + "|')+(?:-" + upper + "+)*"

    /// How an address is lettered: capitalised words (`221B Baker Street`) or capitals throughout (`221B BAKER
    /// STREET`, as shipping labels and older systems write addresses). A match keeps one lettering from its first
    /// word to its last: a capitalised address followed by a word in capitals (`Baker Street ASAP`) ends before it.
    enum Lettering: CaseIterable {
        case capitalised, capitals

        /// A word of the street or town name.
        var word: String { self == .capitalised ? AddressPattern.word : AddressPattern.capitalsWord }

        /// A German street name before its type or ending, without hyphens (`Goethe` of `Goethestraße`, `Berliner`,
        /// `ROSEN`): two letters or more.
        var germanName: String {
            self == .capitalised ? AddressPattern.upper + AddressPattern.lower + "+" : AddressPattern.upper + "{2,}"
        }

        /// A hyphenated part of a German street name (`-Heine` of `Heinrich-Heine-Straße`).
        var germanNamePart: String {
            self == .capitalised ? AddressPattern.upper + AddressPattern.lower + "+" : AddressPattern.upper + "+"
        }

        /// The letter a house number may end with (`5a`, `12A`).
        var houseNumberLetter: String { self == .capitalised ? "[a-z]" : "[A-Z]" }

        /// `words` (plain text) as pattern alternatives: as given, or in capitals (`Allée` is `ALLÉE`, `C/` stays
        /// `C/`; a word with `ß` both ways it is written in capitals, `STRASSE` and `STRAßE`).
        func alternatives(_ words: [String]) -> String {
            guard self == .capitals else { return words.map(AddressPattern.escaped).joined(separator: "|") }
            var written: [String] = []
            for word in words {
                let keepingSharpS = word.map { $0 == "ß" ? "ß" : $0.uppercased() }.joined()
                for form in [word.uppercased(), keepingSharpS] where !written.contains(form) { written.append(form) }
            }
            return written.map(AddressPattern.escaped).joined(separator: "|")
        }

        /// The pattern `body` builds for each lettering, as alternatives (in a branch reset group, so that each
        /// alternative numbers its groups from 1), capitalised first.
        static func either(_ body: (Lettering) -> String) -> String {
            "(?|" + allCases.map(body).joined(separator: "|") + ")"
        }
    }

    /// `text` as pattern text that matches it: `.` escaped, a space as `[\x20]`.
    static func escaped(_ text: String) -> String {
        text.map { $0 == "." ? "\\." : $0 == " " ? "[\\x20]" : String($0) }.joined()
    }

    /// ` 10115 Berlin`, `, 75002 Paris`, `, 28013 Madrid`: a four- or five-digit postcode and a city after a street.
    static func postcodeCityTail(_ lettering: Lettering) -> String {
        "(?:,?" + space + #"\d{4,5}"# + space + lettering.word + "(?:[\\x20\\t-]+(?:"
            + lettering.alternatives(["am", "an", "der", "sur", "en", "de", "la", "le"]) + "|" + lettering.word
            + ")){0,3})?"
    }

    /// `, Springfield, IL 62704` (US) or `, London SW1A 1AA` (UK) after a street.
    static func englishTail(_ lettering: Lettering) -> String {
        "(?:,[\\x20\\t]*(?:" + lettering.word + "(?:" + space + lettering.word + "){0,2},?[\\x20\\t]+)?(?:[A-Z]{2}"
            + space + #"\d{5}(?:-\d{4})?|"# + ukPostcode + "))?"
    }

    /// UK postcodes: outward code (`SW1A`, `M1`, `B33`), space, inward code (`1AA`).
    static let ukPostcode = #"[A-Z]{1,2}\d[A-Z\d]?[\x20]\d[A-Z]{2}(?![A-Za-z0-9])"#

    /// US/UK/Canada/Australia: `1600 Pennsylvania Avenue NW`, `221B Baker Street`, `7602 Elm Street, Apt 9`,
    /// `12 N. Main St.`, `1600 PENNSYLVANIA AVE NW`: a house number, one to three words (or an ordinal: `5th`), a
    /// street type, an optional direction and unit, and an optional city/state/ZIP or UK postcode tail. Group 1 is
    /// the street type.
    static let english = start + #"\d{1,6}[A-Za-z]?(?:-\d{1,4})?"# + space + Lettering.either { lettering in
        // In capitals, where whole log lines are written so (`FAILED 3 TIMES ON THE WAY`), a street name holds no
        // function word.
        let name = lettering == .capitalised
            ? word : "(?!(?:" + capitalsFunctionWords.joined(separator: "|") + ")(?![A-Za-z]))" + capitalsWord
        return "(?:(?:N|S|E|W|NE|NW|SE|SW|" + lettering.alternatives(["North", "South", "East", "West"])
            + #")\.?[\x20\t]+)?"#
            + "(?:(?:" + name + "|\\d{1,3}(?:" + lettering.alternatives(["st", "nd", "rd", "th"])
            + "))[\\x20\\t]+){1,3}("
            + lettering.alternatives([
                "Street", "St", "Avenue", "Ave", "Road", "Rd", "Boulevard", "Blvd", "Lane", "Ln", "Drive", "Dr",
                "Court", "Ct", "Place", "Pl", "Way", "Terrace", "Parkway", "Pkwy", "Highway", "Hwy", "Circle", "Cir",
                "Square", "Sq", "Close", "Crescent", "Gardens", "Grove", "Row", "Mews", "Trail", "Alley", "Plaza",
            ])
            + ")\\.?(?![A-Za-z])"
            + #"(?:[\x20\t]+(?:N|S|E|W|NE|NW|SE|SW)(?![A-Za-z]))?"#
            + #"(?:,?[\x20\t]*(?:"#
            + lettering.alternatives(["Apt", "Apartment", "Suite", "Ste", "Unit", "Flat", "Floor", "Fl", "Room", "Rm"])
            + #"|#)\.?[\x20\t]*#?[A-Za-z0-9]{1,5}(?![A-Za-z0-9]))?"#
            + englishTail(lettering)
    }

    /// English words in capitals that are no part of a street's name (`3 TIMES ON THE WAY`, `PAGE 3 OF THE COURT`).
    private static let capitalsFunctionWords = [
        "THE", "OF", "ON", "IN", "AT", "TO", "FOR", "AND", "OR", "BY", "WITH", "FROM", "INTO", "IS", "ARE", "WAS",
        "WERE", "BE", "BEEN", "NO", "NOT", "IT", "ITS", "THIS", "THAT", "AS", "PER", "ALL", "ANY", "MORE", "TIMES",
    ]

    /// The German street types written as words of their own (`Berliner Straße`).
    private static let germanTypes = [
        "Straße", "Strasse", "Str.", "Weg", "Allee", "Platz", "Gasse", "Ring", "Damm", "Ufer", "Chaussee",
    ]
    /// The endings of German street names written as one word (`Goethestraße`).
    private static let germanEndings = [
        "straße", "strasse", "str.", "weg", "allee", "platz", "gasse", "ring", "damm", "ufer", "chaussee", "steig",
        "pfad", "graben", "kai",
    ]

    /// Capitalised words that end like a `…ring` street after a consonant: English verbs that double their `r`
    /// before `-ing` (`Recurring`, `Transferring`, `Barring`), as they stand before the ending, and `Herring`,
    /// `Earring`. Whole words (a street's name only ends like one: `Kaiserring`, `Habsburgerring`).
    private static let doubledRWords = [
        "Recur", "Reoccur", "Occur", "Concur", "Incur", "Refer", "Prefer", "Transfer", "Defer", "Confer", "Infer",
        "Deter", "Inter", "Stir", "Spur", "Blur", "Slur", "Star", "Scar", "Bar", "Debar", "Disbar", "Mar", "Jar",
        "Spar", "Tar", "Char", "War", "Pur", "Whir", "Aver", "Demur", "Fur", "Her", "Ear",
    ]

    /// Germany/Austria/Switzerland: `Goethestraße 22`, `Hauptstr. 5a`, `Lindenallee 12-14`, `Berliner Straße 7`,
    /// `ROSENSTRASSE 12`, with an optional `, 10115 Berlin` tail.
    static let german = start + Lettering.either { lettering in
        let name = lettering.germanName, letter = lettering.houseNumberLetter
        // `…ring` after a consonant and two letters or more (`Kaiserring`, `OSTRING`), not `Spring`, `String`, a
        // gerund (`Monitoring`, `ENGINEERING`, `Recurring`, `TRANSFERRING`) or `Keyring` before a number.
        // The ending first, then what stands before it (looking back over it): most positions fail on the ending.
        let ring = lettering.alternatives(["ring"])
        let notAfter = doubledRWords.map { #"\b"# + lettering.alternatives([$0]) + ring }
        let endings = lettering.alternatives(germanEndings.filter { $0 != "ring" }) + "|" + ring
            + (lettering == .capitals ? "(?<![AEIOUY]" : "(?<![aeiouy]") + ring + ")"
            + #"(?<!\b[A-Za-z]{2}"# + ring + ")(?<!" + notAfter.joined(separator: "|") + ")"
        let types = lettering.alternatives(germanTypes)
        return "(?:" + name + "(?:-" + lettering.germanNamePart + ")*(?:" + endings + ")|" + name + space + "(?:"
            + types + "))" + space + #"\d{1,4}[\x20]?"# + letter + #"?(?:[\x20]?[-/][\x20]?\d{1,4}"# + letter
            + "?)?" + end
            + postcodeCityTail(lettering)
    }

    /// German streets named with an article (`Am Markt 5`, `An der Alster 12`, `Im Tal 3`, `Zum Hafen 1`): accepted
    /// only near words of addresses or shipping, and not for days, months and times (`Am Montag 12 Uhr`).
    static let germanArticle = start + Lettering.either { lettering in
        "(?:"
            + lettering.alternatives([
                "Am", "Im", "Zum", "Zur", "An der", "An den", "Auf der", "Auf dem", "In der", "In den", "Unter den",
            ])
            + ")" + space + "(?!(?:"
            + lettering.alternatives([
                "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag", "Wochenende",
                "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
                "November", "Dezember", "Anfang", "Ende", "Tag", "Jahr", "Monat", "Abend", "Morgen", "Mittag",
                "Vormittag", "Nachmittag",
            ])
            + ")(?!" + (lettering == .capitalised ? "[a-z]" : "[A-Za-z]") + "))"
            + lettering.germanName + "(?:-" + lettering.germanNamePart + ")?" + space + #"\d{1,3}"#
            + lettering.houseNumberLetter + "?" + end
            + #"(?![\x20]?(?:"#
            + lettering.alternatives([
                "Uhr", "h", "Min", "Minuten", "Stunden", "Tage", "Jahre", "Prozent", "%", "GB", "MB", "TB", "Euro",
                "EUR", "€",
            ])
            + ")(?![A-Za-z]))"
            + postcodeCityTail(lettering)
    }

    /// France/Belgium: `25 rue de la Paix`, `3 bis avenue Victor Hugo`, `12, place de la République`, `25 RUE DE LA
    /// PAIX`, with an optional `, 75002 Paris` tail.
    static let french = start + #"\d{1,4}"# + Lettering.either { lettering in
        let types = [
            "rue", "avenue", "av.", "boulevard", "bd", "place", "chemin", "allée", "impasse", "quai", "route", "square",
            "voie", "passage", "faubourg", "rond-point", "esplanade", "promenade", "cours",
        ]
        // Capitalised addresses write their street type in lower case or capitalised (`rue`, `Rue`).
        let typeAlternatives = lettering == .capitalised
            ? types.map { type in
                // Each part in either case: `[Rr]ue`, `[Rr]ond-[Pp]oint`.
                type.split(separator: "-").map { part in
                    "[" + part.prefix(1).uppercased() + part.prefix(1) + "]" + escaped(String(part.dropFirst()))
                }.joined(separator: "-")
            }.joined(separator: "|")
            : lettering.alternatives(types)
        return "(?:[\\x20]?(?:" + lettering.alternatives(["bis", "ter", "quater"]) + "|[A-D]))?,?" + space
            + "(?:" + typeAlternatives + ")"
            + "(?:" + space + "(?:(?:"
            + lettering.alternatives(["de", "du", "des", "la", "le", "les", "aux", "au", "sur", "en", "et", "d'", "l'",
                "d’", "l’"])
            + ")[\\x20\\t]*)*(?:" + lettering.word + "|\\d{1,2}(?:" + lettering.alternatives(["er"]) + ")?(?="
            + space + lettering.word + "))){1,4}"
            + postcodeCityTail(lettering)
    }

    /// Spain, Portugal, Brazil, Latin America: `Calle Mayor, 5`, `Avenida de la Constitución 120, 3º A`,
    /// `Rua Sete de Setembro, 123, apto 501`, `Gran Vía, 10`, `CALLE MAYOR, 5`; the number is required.
    static let iberian = start + Lettering.either { lettering in
        "(?:(?:"
            + lettering.alternatives([
                "Calle", "C/", "Avenida", "Avda.", "Av.", "Paseo", "Plaza", "Pza.", "Camino", "Carretera", "Ctra.",
                "Ronda", "Travesía", "Glorieta", "Rambla", "Rua", "R.", "Travessa", "Alameda", "Praça", "Estrada",
                "Rodovia", "Largo",
            ])
            + ")(?:" + space + "(?:(?:"
            + lettering.alternatives(["de", "del", "la", "las", "los", "el", "da", "do", "das", "dos", "e", "y"])
            + ")" + space + ")*" + lettering.word + "){1,4}"
            + "|" + lettering.alternatives(["Gran Vía"]) + ")"
            + ",?[\\x20\\t]*(?:" + lettering.alternatives(["n"]) + #"\.?\xC2\xBA[\x20]?|"#
            + lettering.alternatives(["núm"]) + #"\.?[\x20]?|"# + lettering.alternatives(["n"])
            + #"[\x20])?\d{1,5}(?:[\x20]?[A-Z])?"# + end
            + #"(?:,?[\x20\t]*(?:\d{1,2}[\x20]?(?:\xC2\xBA|\xC2\xAA)(?:[\x20]?[A-Z](?![A-Za-z]))?|(?:"#
            + lettering.alternatives(["apto", "apt", "ap", "sala", "bloco", "casa", "piso", "puerta"])
            + #")\.?[\x20]?\d{1,5}[A-Za-z]?))?"#
            + postcodeCityTail(lettering)
    }

    /// A CJK ideograph or 々.
    static let kanji = #"(?:[\xE4-\xE9][\x80-\xBF]{2}|\xE3\x80\x85)"#
    /// A kana letter or the long-vowel mark.
    static let kana = #"(?:\xE3\x81[\x81-\xBF]|\xE3\x82[\x80-\x96\xA1-\xBF]|\xE3\x83[\x80-\xBC])"#
    /// An ASCII or full-width digit.
    static let digit = #"(?:[0-9]|\xEF\xBC[\x90-\x99])"#
    /// Japan: `千代田区丸の内2丁目8-1`, `東京都港区六本木6-10-1`, `北区梅田7-13-16`: optional prefecture, one or two
    /// municipalities (市, 区, 町, 村, 郡), a district name, then block numbers (`2丁目8-1`, `7-13-16`, `3番地5号`).
    static let japanese = "(?:" + kanji + "{2,3}[都道府県])?(?:" + kanji + "{1,4}(?:市|区|町|村|郡)){1,2}(?:" + kanji + "|"
        + kana + "){0,8}?" + digit + "{1,3}(?:丁目|-|－|−|ー|の)" + digit + "{1,4}(?:(?:番(?:地)?|-|－|−|の)" + digit
        + "{1,4}(?:号)?)?"

    /// Words of the things called `Drive` that are not streets (`3 Google Drive folders`, `2 USB Drive`).
    private static let notStreetDrives: Set<String> = [
        "google", "usb", "hard", "flash", "network", "shared", "mapped", "external", "solid", "state", "ssd", "hdd",
        "optical", "tape", "team", "cloud", "one", "thumb", "pen", "disk", "system", "data", "backup", "virtual",
    ]

    /// Rejects `Drive` (`DRIVE`) after a storage word.
    static let validateEnglish: MatchValidator = { match, _ in
        guard let type = match.group(1) else { return true }
        let lowered = match.bytes(type).lazy.map(ContextWords.lowercased)
        guard lowered.elementsEqual("drive".utf8) || lowered.elementsEqual("dr".utf8) else { return true }
        var wordEnd = type.lowerBound
        while wordEnd > 0, match.text[wordEnd - 1] == 0x20 || match.text[wordEnd - 1] == 0x09 { wordEnd -= 1 }
        var wordStart = wordEnd
        while wordStart > 0, ContextWords.isLetter(match.text[wordStart - 1]) { wordStart -= 1 }
        let previous = String(decoding: match.text[wordStart..<wordEnd].map(ContextWords.lowercased), as: UTF8.self)
        return !notStreetDrives.contains(previous)
    }

    /// Address and shipping words that make `Am Markt 5` an address.
    static let germanContext = ContextWords(
        ["an", "nach", "für", "adresse", "anschrift", "lieferadresse", "rechnungsadresse", "wohnhaft", "wohnt", "büro",
         "standort", "filiale", "umgezogen", "zugestellt", "versendet", "geliefert", "in die", "in der", "sitz"],
        window: 48)

    // MARK: Postal codes

    /// A labelled postal code: `ZIP 98052`, `Postcode: SW1A 1AA`, `PLZ 10115`, `code postal 75002`, `CP 28013`,
    /// `CEP 01310-100`, `郵便番号 100-0005`; group 1 is the code.
    static let labelledPostcode =
        #"(?:ZIP|[Zz]ip|POSTCODE|[Pp]ost[\x20]?code|[Pp]ostal[\x20]code|PLZ|[Pp]ostleitzahl|[Cc]ode[\x20]postal|C\.?P\.?|[Cc]\xC3\xB3digo[\x20]postal|CEP)(?![A-Za-z])"#
        + #"[\x20\t]*[:#.]?[\x20\t]*"# + "(\\d{5}-\\d{4}|\\d{5}-\\d{3}|\\d{8}|\\d{5}|\\d{3}-\\d{4}|\\d{4}|"
        + #"[A-Z]\d[A-Z][\x20]?\d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]?[\x20]?\d[A-Z]{2})(?![A-Za-z0-9])"#
        + "|郵便番号(?:：|:)?[\\x20]?(\\d{3}-\\d{4})(?!\\d)"
    /// A part of every label of ``labelledPostcode``, in its case: a buffer without one is not scanned.
    static let postcodeLabelParts = [
        "ZIP", "Zip", "zip", "POSTCODE", "Post", "post", "PLZ", "Code postal", "code postal", "CP", "C.P", "Código",
        "código", "CEP", "郵便番号",
    ]
    /// `〒100-0005`: the Japanese postal mark makes any code an address.
    static let japanesePostcode = #"\xE3\x80\x92[\x20]?(?:\d{3}-\d{4}|(?:\xEF\xBC[\x90-\x99]){3}\xEF\xBC\x8D(?:\xEF\xBC[\x90-\x99]){4})"#
    /// `, IL 62704` after a city: a US state code and a ZIP code (group 1); the validator checks the capitalised
    /// city word before the comma. Anchored at the comma, which is rarer than capital letters.
    static let usStateZip = ",[\\x20]?((?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|"
        + "MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY)" + space
        + #"\d{5}(?:-\d{4})?)(?![0-9-])"#

    /// The first comma followed (after at most one space) by two upper-case ASCII letters, as every ``usStateZip``
    /// match starts; `nil` when there is none. Prose commas are followed by a word in lower case or by one capital.
    static let firstStateComma: BufferGate = { text, _ in
        guard let base = text.baseAddress else { return nil }
        @inline(__always) func isUpper(_ byte: UInt8) -> Bool { byte &- 0x41 < 26 }
        var index = 0
        while index < text.count,
            let found = memchr(base + index, Int32(UInt8(ascii: ",")), text.count - index)
        {
            let comma = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            var letter = comma + 1
            if letter < text.count, text[letter] == 0x20 { letter += 1 }
            if letter + 1 < text.count, isUpper(text[letter]), isUpper(text[letter + 1]) { return comma }
            index = comma + 1
        }
        return nil
    }

    /// A capitalised word (the city) ends right before the comma.
    static let validateUSStateZip: MatchValidator = { match, _ in
        var position = match.range.lowerBound
        var letters = 0
        while position > 0, ContextWords.isLetter(match.text[position - 1]) || match.text[position - 1] >= 0x80 {
            position -= 1
            letters += 1
        }
        guard letters >= 2 else { return false }
        let first = match.text[position]
        return (first >= 0x41 && first <= 0x5A) || first >= 0xC3
    }
}
