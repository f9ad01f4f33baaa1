#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension BuiltInDetectors {
    /// Telephone numbers, international and national, with separators (space, no-break space, `-`, `.`), brackets
    /// and an optional extension (` x204`, ` ext. 12`, ` extension 12`, ` #123`), which is part of the finding.
    ///
    /// Forms and confidence, from strongest to weakest evidence:
    /// - `+` and a country code (`+14155550100`, `+1 (415) 555-0100`, `+44 (0)20 7946 0958`, `+49 30 901820`,
    ///   `+81 3-1234-5678`, `+91 98765 43210`, `+55 11 91234-5678`): 0.9. The country code must be assigned and the
    ///   national number must have a length that country uses (see `CountryCallingCodes`); `+1` must be a valid
    ///   NANP number. Trailing space-separated digits that break the length are left out (`+1 415 555 0100 2 items`).
    /// - The `00` international prefix with separators (`0044 20 7946 0958`): 0.8.
    /// - North American `(415) 555-0100`, `415-555-0100`, `1-800-555-0199` (0.8); `415.555.0100` (0.7, dots are
    ///   weaker evidence). Area code and exchange start with 2–9; separators are consistent. `415 555 0100` with
    ///   spaces only reads as much like a row of counts and needs a phone word (below).
    /// - A trunk `0` and a grouped national number, 9–12 digits (UK `020 7946 0958`, `07700 900123`; DE `030 901820`,
    ///   `(030) 90182-0`, `030/901820`, `0151-12345678`; FR `01 23 45 67 89`, `01.23.45.67.89`; JP `03-1234-5678`,
    ///   `045(816)7889`; IN `098765 43210`): 0.75. Dots only in the French five-pairs form; two groups joined by `-`
    ///   need 10+ digits and a subscriber part of 6+ (`02134-1234` is a ZIP+4 code).
    /// - Brazilian `(11) 91234-5678`, `(11) 3456-7890`, `11 91234-5678`: 0.75.
    /// - Anything else phone-shaped (7–12 digits: bare `4155550100`, `9876543210`, `0301234567`; local `555-0100`,
    ///   `98765 43210`, `6123 4567`; `415 555 0100`; Spanish `612 345 678`, `91 234 56 78`; Brazilian landline
    ///   `11 3456-7890`) only with evidence around it: 0.6, because the digits alone say little. The evidence is a
    ///   phone word within 32 bytes before (`phone`, `call`, `reach`, `Telefon`, `erreichen`, `Rückruf`, `appeler`,
    ///   `joignable`, `teléfono`, `llámenme`, `ligue`, `falar comigo`, `電話`, `折り返し`, …), a verb-last phone word
    ///   within 16 bytes after (`erreichbar`, `angerufen`, `に架電`, `にお電話`, `で連絡`), or the signature position:
    ///   alone on its line or in a `|` cell within 120 bytes after a letter closing (`Best regards,`, `Saludos,`,
    ///   `Mit freundlichen Grüßen`, `よろしくお願いいたします。`). The structured national forms get +0.1 with a phone
    ///   word (at most 0.9).
    ///
    /// Values glued to CJK text on either side (`以降090(1234)5678で`) are found: CJK characters are boundaries.
    ///
    /// Deliberately not found: dates and timestamps (`2024-01-15`, `15.01.2024`, `01/15/2024`, `05 01 2024`), times,
    /// epoch seconds, version and build numbers (`10.0.19041.1`, `22631.3007`), amounts (`$1,234,567.89`), GUIDs and
    /// hex codes (`0x80070005`), IPv4 addresses, coordinates, ZIP+4 codes, ranges (`1000-2000`), ISBNs, card numbers,
    /// 15–16 digit case numbers, KB numbers, and national-looking numbers labelled as something else (`Order No.`,
    /// `SKU`, `Build`, `Version`, `Case`, `Ticket`, `Invoice`, `Serial`, … directly before the number). Numbers that
    /// run into letters or longer digit/dot runs are not split, and no number starts inside a longer run of digit
    /// groups (`5104 0473 9278 2014` is a serial number, not a phone number after `5104`). Short local numbers
    /// without a phone word, vanity numbers (`1-800-FLOWERS`) and full-width digits are not found.
    public static func phone() throws(RedactionError) -> PatternDetector {
        PatternDetector(
            DetectorDescriptor(
                id: DetectorID(rawValue: "phone"), kind: .phone,
                summary: "Telephone numbers: +country code (validated), NANP, trunk-0 national (UK, DE, FR, JP, "
                    + "IN, …), Brazil; other shapes after a phone word; extensions.",
                example: "call +1 415 555 0100"),
            rules: [
                try PatternRule(
                    PhonePattern.plusInternational, confidence: 0.9, prefilter: Prefilter(allOf: [.digit, .plus]),
                    validator: PhoneRules.international(prefixDigits: 0)),
                try PatternRule(
                    PhonePattern.zeroZeroInternational, confidence: 0.8,
                    prefilter: Prefilter(allOf: .digit, anyOf: [.whitespace, .dash, .dot]), minimumDigits: 4,
                    validator: PhoneRules.international(prefixDigits: 2)
                ).gated(buffer: { _, counts in counts.firstZeroLedRun(doubled: true) }),
                try PatternRule(
                    PhonePattern.northAmerican, confidence: 0.8,
                    prefilter: Prefilter(allOf: .digit, anyOf: [.whitespace, .dash, .dot, .openBracket]),
                    minimumDigits: 10, minimumDigitRun: 4, validator: PhoneRules.northAmerican
                ).gated(clusterDigits: 10, startingAtCluster: PhonePattern.matchBytes),
                try PatternRule(
                    PhonePattern.trunkNational, confidence: 0.75,
                    prefilter: Prefilter(allOf: .digit, anyOf: [.whitespace, .dash, .dot, .openBracket, .slash]),
                    minimumDigits: 4, minimumDigitRun: 2, validator: PhoneRules.trunkNational
                ).gated(buffer: { _, counts in
                    // A bracket may stand before the `0` (`(030) …`).
                    counts.firstZeroLedRun(doubled: false).map { max(0, $0 - 1) }
                }),
                try PatternRule(
                    PhonePattern.japaneseBracketed, confidence: 0.75,
                    prefilter: Prefilter(allOf: [.digit, .openBracket]), minimumDigits: 7, minimumDigitRun: 4,
                    validator: PhoneRules.japaneseBracketed
                ).gated(clusterDigits: 7, startingAtCluster: PhonePattern.matchBytes),
                try PatternRule(
                    PhonePattern.brazilian, confidence: 0.75, prefilter: Prefilter(allOf: [.digit, .dash]),
                    minimumDigits: 10, minimumDigitRun: 4, validator: PhoneRules.structured
                ).gated(clusterDigits: 10, startingAtCluster: PhonePattern.matchBytes),
                try PatternRule(
                    PhonePattern.contextual, confidence: 0.6,
                    // Its look-ahead needs seven digits with gaps of at most three separator bytes.
                    prefilter: Prefilter(allOf: .digit, anyOf: [.letter, .highByte]), minimumDigits: 7,
                    validator: PhoneRules.contextual
                ).gated(
                    clusterDigits: 7, startingAtCluster: PhonePattern.matchBytes, words: .phoneContext,
                    acceptedWordReach: PhoneRules.contextWordReach),
            ]
        )
    }
}

/// The phone patterns (PCRE2 byte mode). Group 1 is the number, group 2 the optional extension; the finding is the
/// whole match. Digit runs are possessive (`\d++`) and separators mandatory between groups, so no digit run can be
/// split two ways and a failing match backtracks at most one group at a time; group counts are bounded (a phone
/// number has at most 8 groups) so a long run of `1 1 1 …` needs neither deep backtracking nor a deep JIT stack.
enum PhonePattern {
    /// Not inside a word, a `+…`, a longer dotted/dashed/slashed run, a `1,234` amount, or a longer run of digit
    /// groups (`5104 0473 9278 2014` holds no phone number starting at `0473`).
    static let start = #"(?<![\w+.\-/]|\d,|\d[ \t]|\d\xc2\xa0)"#
    /// A group separator: space, `.`, `-` or a no-break space (U+00A0 as UTF-8).
    static let separator = #"(?:[ .\-]|\xc2\xa0)"#
    /// Optional extension (group 2): ` x204`, `x204`, ` ext. 12`, ` extension 12`, ` #123`.
    static let ext = #"((?:[ ]?(?i:x|ext\.?|extension)|[ ]?\x23)[ ]?\d{1,6})?"#
    /// Not followed by a word byte, nor by `.`, `-`, `/` or `:` and a digit (a longer version, date or time).
    static let end = #"(?!\w|[.\-/:]\d)"#

    /// Every byte a match of the cluster-gated rules (North American, Japanese bracketed, Brazilian, contextual)
    /// may hold: digits, separators, brackets, a no-break space, and the extension's ` x`, ` ext.`, ` extension`
    /// and ` #` (see ``PatternRule/clusterStartBytes``). Each has its first digit in a cluster of at least its
    /// minimum: ten digits for North American and Brazilian numbers, seven for the Japanese bracketed form and the
    /// contextual rule's look-ahead, with at most three separator bytes between digits.
    static let matchBytes = ByteSet(Array("0123456789 .-/()#xXeEtTnNsSiIoO".utf8) + [0xC2, 0xA0])

    /// `+` country code and groups; `(0)` trunk allowed.
    static let plusInternational =
        #"(?<![\w+])(\+[1-9]\d*+(?:"# + separator + #"?\(?\d++\)?){0,7})"# + ext + end
    /// `00` country code and at least one more group.
    static let zeroZeroInternational =
        start + #"(00[1-9]\d*+(?:"# + separator + #"\(?\d++\)?){1,7})"# + ext + end
    /// NANP: optional `1`, area code (bracketed or not), exchange, four digits.
    static let northAmerican =
        start + #"((?:1[ .\-]?)?(?:\([2-9]\d\d\)[ ]?|[2-9]\d\d[ .\-])[2-9]\d\d[ .\-]\d{4})"# + ext + end
    /// Trunk `0` + area code (1–5 digits, optionally bracketed) + groups.
    static let trunkNational =
        start + #"((?:\(0[1-9]\d{0,4}\)[ ]?|0[1-9]\d{0,4}(?:[ .\-/]|\xc2\xa0))\d{2,}+(?:"# + separator + #"\d++){0,6})"#
        + ext + end
    /// Japan, area code and exchange written `03(1234)5678`, `045(816)7889`, `090(1234)5678`.
    static let japaneseBracketed = start + #"(0[1-9]\d{0,3}\([1-9]\d{0,3}\)\d{4})"# + ext + end
    /// Brazil: `(11) 91234-5678`, `(11) 3456-7890`, `11 91234-5678`.
    static let brazilian =
        start + #"((?:\([1-9][1-9]\)[ ]?9?\d{4}|[1-9][1-9][ ]9\d{4})-\d{4})"# + ext + end
    /// Any run of 7–12 digits in groups (with `/` and brackets, also `03(1234)5678`; dots only as `415.555.0100` or
    /// `01.23.45.67.89`), judged by ``PhoneRules/contextual``. The look-aheads reject most digit runs (versions,
    /// long ids) before a match is made, which matters because this rule sees every digit run of a buffer.
    static let contextual =
        start + #"(?=\(?\d(?:[ \-/()\xc2\xa0]{0,3}\d){6}|\d{3}\.\d{3}\.\d{4}|\d\d(?:\.\d\d){4})(?!\d{13})"#
        + #"(\d{3}\.\d{3}\.\d{4}|\d\d(?:\.\d\d){4}|\(?\d++\)?"#
        + #"(?:(?:[ \-/]|\xc2\xa0)?\(\d++\)|(?:[ \-/]|\xc2\xa0|(?<=\)))\d++){0,7}+)"# + ext + end
}

/// The phone rules' validators and word lists.
enum PhoneRules {
    /// Words that make a phone-shaped number a phone number (and raise structured national forms) when they end
    /// within 32 bytes before it. Whole words, so compounds and inflections are listed (`telefonnummer`, `reached`,
    /// `llámenme`); a phrase like `phone number` is covered by its first word. Only words that speak of calling or
    /// reaching someone: `number`/`número` alone also introduces serial and order numbers. Non-ASCII words match their
    /// exact UTF-8 bytes (only ASCII letters are case-folded); CJK words match inside CJK text (`お電話`).
    static let phoneWords = ContextWords([
        // English
        "phone", "telephone", "tel", "ph", "mobile", "mob", "cell", "cellphone", "fax", "call", "called", "calling",
        "callback", "call back", "hotline", "landline", "dial", "sms", "whatsapp", "contact number", "reach",
        "reached", "reachable", "best number", "my number",
        // German
        "telefon", "telefonnummer", "rufnummer", "handy", "handynummer", "mobil", "mobilnummer", "festnetz",
        "durchwahl", "anrufen", "anruf", "angerufen", "rückruf", "zurückrufen", "erreichen", "erreichbar",
        "meine nummer",
        // French
        "téléphone", "tél", "portable", "numéro de téléphone", "mon numéro", "joindre", "joignable", "appeler",
        "appelez", "appelé", "appelée", "rappeler", "rappelez",
        // Spanish
        "teléfono", "telefono", "móvil", "movil", "contacto", "llamar", "llámenme", "llámeme", "llamé", "llame",
        "llamada", "localizarme", "mejor número", "mi número", "disponible en el",
        // Portuguese
        "celular", "telefone", "contato", "ligar", "ligue", "liguem", "liguei", "ligação", "falar comigo",
        "melhor número", "meu número", "atende no",
        // Japanese
        "電話", "携帯", "架電", "折り返し", "連絡先",
    ], window: 32)

    /// Words that make a phone-shaped number a phone number when they start within 16 bytes after it: languages that
    /// put the verb last (`unter 030 901820 erreichbar`, `Kunde unter … angerufen`, `090(1234)5678に架電`,
    /// `…にお電話ください`, `…で連絡がつきます`).
    static let phoneWordsAfter = ContextWords([
        "erreichbar", "angerufen", "anrufen", "zurückrufen", "電話", "架電", "連絡",
    ], window: 16)

    /// A word of every entry of ``phoneWords``, ``phoneWordsAfter`` and ``closings``, ASCII case ignored as they
    /// compare, and a whole word as they are: the contextual rule reports nothing in a buffer without one. Of a phrase
    /// its longest word (the last of equally long ones), which is rarer than the short first words of `my number`,
    /// `mi número`, `un saludo` in ordinary text.
    static let contextWordParts = (phoneWords.words + phoneWordsAfter.words + closings.words).map { entry in
        String(entry.split(separator: " ").reduce("") { $1.utf8.count >= $0.utf8.count ? $1 : $0 })
    }

    /// How far at most a number the contextual rule accepts ends before its buffer's first word of
    /// ``contextWordParts``: a phone word or closing before it ends before the number starts, a verb-last phone word
    /// after it starts within ``phoneWordsAfter``'s window of 16 bytes of its end (see
    /// ``PatternRule/acceptedWordReach``).
    static let contextWordReach = 16

    /// Letter closings that start a signature block; a phone-shaped number standing alone on a line (or in a `|`
    /// cell) within 120 bytes after one is the sender's number (`Best regards,\nJane Doe\n98765 43210`).
    static let closings = ContextWords([
        "regards", "cheers", "thanks", "thank you", "sincerely", "grüße", "grüßen", "gruß", "mfg",
        "cordialement", "salutations", "bien à vous", "saludos", "atentamente", "un saludo", "atenciosamente", "att",
        "abraços", "obrigado", "obrigada", "よろしくお願いいたします", "よろしくお願いします", "敬具",
    ], window: 120)

    /// Labels that, written directly before a number, say it is something else.
    static let otherLabels: Set<String> = [
        "kb", "build", "version", "ver", "v", "order", "invoice", "sku", "isbn", "serial", "sn", "part", "model",
        "case", "ticket", "incident", "sr", "request", "req", "claim", "tracking", "ref", "reference", "po", "zip",
        "postal", "postcode", "plz", "account", "acct", "iban", "card", "amount", "total", "error", "port", "pid",
        "lot", "batch", "date", "time",
    ]

    /// Words stepped over when looking for the label (`Order No.: …`, `Caller ID: …`).
    static let fillers: Set<String> = ["no", "nr", "number", "num", "id"]

    /// Whether the word directly before the match labels it as something other than a phone number.
    static func isLabelledOther(_ match: PatternMatch) -> Bool {
        guard let word = PrecedingWord.word(before: match.range.lowerBound, in: match.text, skipping: fillers) else {
            return false
        }
        return otherLabels.contains(word)
    }

    /// Whether a phone word precedes the match (also across a list of numbers it opened), or a verb-last phone word
    /// follows it.
    static func hasPhoneWord(_ match: PatternMatch) -> Bool {
        phoneWords.occurs(before: match.range.lowerBound, in: match.text)
            || phoneWordsAfter.occurs(after: match.range.upperBound, in: match.text)
            || continuesList(before: match.range.lowerBound, in: match.text)
    }

    /// Whether the number at `position` continues a list of numbers that a phone word opened: `call 941 856 878,
    /// 941 856 879 or 941 856 880`. Walks back over at most eight links — a gap of at most eight bytes without
    /// digits or line breaks, then a number (seven or more digits, or masked `*`, with phone punctuation) or a phone
    /// token (`[PHONE]`, `[PHONE_…]`, `+1 [PHONE]`) — until a phone word is within reach of a link. A number
    /// replaced by its token still links the list, so the list is found alike before and after redaction and
    /// redaction stays a fixed point (a 32-byte window alone reaches one more number each time one is replaced).
    static func continuesList(before position: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = position
        for _ in 0..<8 {
            var gapStart = start
            while gapStart > 0, start - gapStart < 8 {
                let byte = text[gapStart - 1]
                if isDigitLike(byte) || byte == UInt8(ascii: "]") || byte == 0x0A || byte == 0x0D { break }
                gapStart -= 1
            }
            guard gapStart > 0, gapStart < start else { return false }
            var linkStart = gapStart
            if text[gapStart - 1] == UInt8(ascii: "]") {
                var open = gapStart - 1
                while open > 0, gapStart - open < 96, text[open] != UInt8(ascii: "[") { open -= 1 }
                guard text[open] == UInt8(ascii: "["), text[(open + 1)...].starts(with: "PHONE".utf8) else { return false }
                linkStart = open
            } else {
                var digits = 0
                while linkStart > 0, isDigitLike(text[linkStart - 1]) || isPhonePunctuation(text[linkStart - 1]) {
                    if isDigitLike(text[linkStart - 1]) { digits += 1 }
                    linkStart -= 1
                }
                guard digits >= 7 else { return false }
            }
            if phoneWords.occurs(before: linkStart, in: text) { return true }
            start = linkStart
        }
        return false
    }

    @inline(__always) private static func isDigitLike(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "*")
    }
    @inline(__always) private static func isPhonePunctuation(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "(")
            || byte == UInt8(ascii: ")") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "/")
    }

    /// Whether the match stands alone on a line (or in a `|` cell) of a signature block opened by a letter closing.
    static func isInSignature(_ match: PatternMatch) -> Bool {
        LinePosition.standsAlone(match.range, in: match.text)
            && closings.occurs(before: match.range.lowerBound, in: match.text)
    }

    /// Raises a structured national number's confidence by 0.1 (at most 0.9) when a phone word is next to it.
    static func boost(_ candidate: inout Candidate, for match: PatternMatch) {
        if hasPhoneWord(match) {
            candidate.confidence = min(0.9, candidate.confidence + 0.1)
        }
    }

    /// `+CC …` (`prefixDigits` 0) or `00CC …` (`prefixDigits` 2): a plausible E.164 number, dropping trailing
    /// space-separated parts that make it too long (`+44 20 7946 0958 2024-01-15`). Dots need three groups
    /// (`+47.6205` is a coordinate).
    static func international(prefixDigits: Int) -> MatchValidator {
        { match, candidate in
            guard let body = match.group(1) else { return false }
            let shape = PhoneNumberShape(match.text, range: body)
            let groups = shape.groups
            guard shape.isBalanced, !groups.isEmpty else { return false }
            if shape.separators.contains(.dot), groups.count < 3 { return false }
            // A bracketed single `0` after the country code is the national trunk prefix, not part of the number.
            let trunk = groups.indices.dropFirst().first { index in
                groups[index].isBracketed && groups[index].count == 1
                    && match.text[groups[index].digits.lowerBound] == UInt8(ascii: "0")
            }
            // The whole number, else the longest prefix that ends before a space-separated group.
            for count in stride(from: groups.count, through: prefixDigits > 0 ? 2 : 1, by: -1)
            where count == groups.count || groups[count].separator == .space {
                let digits = shape.digits(in: match.text, groups: count, skipping: trunk).dropFirst(prefixDigits)
                guard CountryCallingCodes.isPlausibleInternational(digits) else { continue }
                if count < groups.count { candidate.range = match.range.lowerBound..<groups[count - 1].span.upperBound }
                return true
            }
            return false
        }
    }

    /// NANP: consistent separators unless the area code is bracketed, not spaces alone; brackets or dashes 0.8,
    /// dots 0.7.
    static let northAmerican: MatchValidator = { match, candidate in
        guard let body = match.group(1) else { return false }
        let shape = PhoneNumberShape(match.text, range: body)
        let groups = shape.groups
        guard shape.isBalanced, groups.count >= 3 else { return false }
        let area = groups[groups.count - 3]
        let exchange = groups[groups.count - 2].separator, subscriber = groups[groups.count - 1].separator
        if !area.isBracketed, exchange != subscriber { return false }
        // `250 300 4000` is as likely a row of counts: spaces alone are left to the phone-word rule.
        if !area.isBracketed, subscriber == .space { return false }
        if isLabelledOther(match) { return false }
        candidate.confidence = area.isBracketed || subscriber == .dash ? 0.8 : 0.7
        boost(&candidate, for: match)
        return true
    }

    /// Trunk-prefixed national numbers: 9–12 digits, at least two groups, no date inside, dots only as
    /// `01.23.45.67.89`, and two groups joined by `-` only with a bracketed area code.
    static let trunkNational: MatchValidator = { match, candidate in
        guard let body = match.group(1) else { return false }
        var shape = PhoneNumberShape(match.text, range: body)
        // A lone digit after a space is the next word's business (`030 901820 2 Zimmer`), not a German `-0` extension.
        if shape.groups.count > 2, let last = shape.groups.last, last.count == 1, last.separator == .space {
            let kept = body.lowerBound..<shape.groups[shape.groups.count - 2].span.upperBound
            shape = PhoneNumberShape(match.text, range: kept)
            candidate.range = match.range.lowerBound..<shape.groups[shape.groups.count - 1].span.upperBound
        }
        let groups = shape.groups
        guard shape.isBalanced, groups.count >= 2, (9...12).contains(shape.digitCount()),
              !shape.containsDate(in: match.text)
        else { return false }
        if shape.separators.contains(.dot) {
            guard groups.count == 5, groups.allSatisfy({ $0.count == 2 }), shape.separators.allSatisfy({ $0 == .dot })
            else { return false }
        }
        // `02134-1234` is a ZIP+4 code; `0151-12345678`, `030-12345678` (10+ digits, a long subscriber part) are not.
        if groups.count == 2, groups[1].separator == .dash, !groups[0].isBracketed,
           shape.digitCount() < 10 || groups[1].count < 6 || groups[0].count > 5 {
            return false
        }
        if isLabelledOther(match) { return false }
        boost(&candidate, for: match)
        return true
    }

    /// Japanese `0AA(BBBB)CCCC`: 10 or 11 digits (trunk `0` included).
    static let japaneseBracketed: MatchValidator = { match, candidate in
        guard let body = match.group(1), (10...11).contains(PhoneNumberShape(match.text, range: body).digitCount())
        else { return false }
        return structured(match, &candidate)
    }

    /// Forms whose pattern is the whole check: only the label and the context boost remain.
    static let structured: MatchValidator = { match, candidate in
        guard !isLabelledOther(match) else { return false }
        boost(&candidate, for: match)
        return true
    }

    /// Phone-shaped numbers with a phone word or in a signature: 7–12 digits, no date, `/` only after the first
    /// group, dots only as `415.555.0100` or `01.23.45.67.89`. A bare run must be a trunk-`0` number (9+ digits), a
    /// NANP number (10, or 11 with a leading `1`) or an Indian mobile (10 digits from 6–9); two groups must be a trunk
    /// number, `555-0100`, `98765 43210` or `6123 4567` (not `1000-2000`); longer groupings need 2+ digits per group
    /// after the first (a final `-0` extension digit allowed), and are not a count with space thousands separators
    /// (`1 234 567`, `12 345 678`; `612 345 678` is a Spanish number).
    /// The context is looked for last, after the cheap shape checks (most digit runs fail those).
    static let contextual: MatchValidator = { match, candidate in
        guard let body = match.group(1) else { return false }
        let text = match.text
        let shape = PhoneNumberShape(text, range: body)
        let groups = shape.groups
        let total = shape.digitCount()
        guard shape.isBalanced, !groups.isEmpty, (7...12).contains(total), !shape.containsDate(in: text) else {
            return false
        }
        if groups.dropFirst(2).contains(where: { $0.separator == .slash }) { return false }
        if shape.separators.contains(.dot) {
            let counts = groups.map(\.count)
            guard shape.separators.allSatisfy({ $0 == .dot }), counts == [3, 3, 4] || counts == [2, 2, 2, 2, 2] else {
                return false
            }
        }
        let trunk = text[groups[0].digits.lowerBound] == UInt8(ascii: "0") && total >= 9
        let phoneShaped: Bool
        switch groups.count {
        case 1:
            let digits = shape.digits(in: text)
            phoneShaped = trunk || isNorthAmerican(digits) || (digits.count == 10 && digits[0] >= 6)
        case 2:
            let lengths = (groups[0].count, groups[1].count)
            phoneShaped = trunk || lengths == (3, 4) || lengths == (5, 5)
                || (lengths == (4, 4) && groups[1].separator != .dash)
        default:
            let thousands = groups[0].count < 3
                && groups.dropFirst().allSatisfy { $0.count == 3 && $0.separator == .space }
            phoneShaped = !thousands && groups.indices.dropFirst().allSatisfy { index in
                groups[index].count >= 2 || (index == groups.count - 1 && groups[index].separator == .dash)
            }
        }
        return phoneShaped && !isLabelledOther(match) && (hasPhoneWord(match) || isInSignature(match))
    }

    /// `NXX NXX XXXX` (10 digits) or `1 NXX NXX XXXX` (11), N = 2–9.
    static func isNorthAmerican(_ digits: [UInt8]) -> Bool {
        let national = digits.count == 11 && digits[0] == 1 ? digits.dropFirst() : digits[...]
        guard national.count == 10 else { return false }
        return national[national.startIndex] >= 2 && national[national.startIndex + 3] >= 2
    }
}
