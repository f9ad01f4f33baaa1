extension BuiltInDetectors {
    /// Support case, ticket, incident, service-request, claim and tracking identifiers.
    ///
    /// Finds, from strongest to weakest evidence:
    /// - An id after a case word, the id alone being the finding (0.85): `case 12345678`, `Case #: 00123456`,
    ///   `Case Number: …`, `Ticket: INC0012345`, `ticket no. 784512`, `incident INC-2024-00042`, `SR 1-2345678901`,
    ///   `service request …`, `request REQ123456`, `claim CLM-88213-A`, `Tracking ID: 2001010040001234`,
    ///   `TrackingID#2001010040001234`, German `Fall-Nr. 123456`, `Vorgang`/`Vorgangsnummer`, `Ticketnummer`,
    ///   German `Fall 12345678` (capitalised), French `dossier n° 456789`, `demande n° 456789`, `requête`,
    ///   `réclamation`, Spanish/Portuguese `caso 123456`, `expediente`, `incidencia`, `solicitud`, `chamado`,
    ///   `protocolo`, Japanese `ケース 12345678`, `ケース番号：…`, `問い合わせ番号 …` (also `お問い合わせ番号`,
    ///   `問合せ番号`), `チケット#…`, `チケット番号`, `案件番号`, `受付番号`, glued to the Japanese text around them.
    ///   Between word and id: spaces, `-`, `_`, and `#`, `:`, `=`, quotes, full-width `：` and `＃`, `no.`, `nr.`,
    ///   `n°`, `nº`, `number`, `numéro`, `id`. The id is an optional letter prefix (up to 6 letters, then optionally
    ///   `-`/`_`), a digit run, and up to 6 further `-`/`_`/`/` parts; 6–20 characters with at least 4 digits, not a
    ///   date, not all zeros, not `KB…`.
    ///   So `case closed`, `ticket status`, `request 200` and `request id 3F2504E0-…` (GUIDs) are not found.
    /// - `SRX` and 6–16 digits, optionally ending in `ID` (0.9).
    /// - ServiceNow-style `INC`, `RITM`, `REQ`, `CHG`, `PRB`, `SCTASK` followed by 7–10 digits, upper case (0.8).
    /// - A bare 15–16 digit number starting with 1 or 2, not inside a longer digit, letter or decimal run
    ///   (`120012345678901`, `2401150040001234`): 0.75, or 0.85 after a case word within 40 bytes. A 16-digit number
    ///   from `14…` to `19…` reads as a microsecond Unix timestamp and is found only after a case word.
    ///
    /// Deliberately not found: KB article numbers (`KB5034441`, `KB 890830`), ids without digits, 14- or 17-digit
    /// runs, ids glued to their word (`case12345678`) other than `TrackingID#…`. A Luhn-valid 16-digit number that
    /// is also a card number is left to the card detector, whose higher confidence wins the overlap.
    ///
    /// Use ``caseNumber(additionalFormats:confidence:)`` to add organisation-specific formats.
    public static func caseNumber() throws(RedactionError) -> PatternDetector {
        try caseNumber(additionalFormats: [])
    }

    /// The built-in case number detector (see ``caseNumber()``) plus organisation-specific formats.
    ///
    /// Each format is a PCRE2 pattern in byte mode, like ``PatternRule``'s (`\bACME-\d{6}\b`, `(?i)\bCRM:(\d{8})\b`).
    /// The whole match is the finding, or capture group 1 when the pattern has capture groups (so a context word can
    /// be matched without being redacted). Formats run on every buffer (no prefilter) after the built-in rules;
    /// their findings have kind ``EntityKind/caseNumber`` and the detector id `case-number`.
    ///
    /// - Parameters:
    ///   - additionalFormats: Extra patterns; an empty list gives the catalog detector.
    ///   - confidence: Confidence of findings from the extra patterns (default 0.9: an organisation's own format is
    ///     strong evidence).
    /// - Throws: ``RedactionError`` with code ``RedactionError/Code/invalidPattern``, the detector id, PCRE2's message
    ///   prefixed with the format's index, and the offset in the pattern where compilation failed.
    public static func caseNumber(
        additionalFormats: [String], confidence: Double = 0.9
    ) throws(RedactionError) -> PatternDetector {
        var rules = [
            // Only on text holding a part of a case word (``CaseNumberPattern/contextWordCores``).
            try PatternRule(
                CaseNumberPattern.afterContextWord, confidence: 0.85, group: 1,
                prefilter: Prefilter(allOf: .digit, anyOf: [.letter, .highByte]),
                validator: CaseNumberPattern.validateIdentifier
            ).gated(words: .caseWords, wordLead: CaseNumberPattern.contextWordLead)
                .anchored(at: CaseNumberPattern.contextWordAnchor),
            // Each of these two starts with its prefix: searched from the first one, and only where one is.
            try PatternRule(
                CaseNumberPattern.srx, caseless: true, confidence: 0.9, prefilter: Prefilter(allOf: [.digit, .letter]),
                minimumDigits: 6, minimumDigitRun: 6
            ).gated(words: .srxPrefix, wordLead: 0),
            try PatternRule(
                CaseNumberPattern.ticketSystem, confidence: 0.8, prefilter: Prefilter(allOf: [.digit, .letter]),
                minimumDigits: 7, minimumDigitRun: 7
            ).gated(words: .ticketPrefixes, wordLead: 0),
            try PatternRule(
                CaseNumberPattern.bareDigits, confidence: 0.75, prefilter: Prefilter(allOf: .digit),
                minimumDigits: 15, minimumDigitRun: 15, validator: CaseNumberPattern.validateBareDigits),
        ]
        let id = DetectorID(rawValue: "case-number")
        for (index, format) in additionalFormats.enumerated() {
            do {
                var rule = try PatternRule(format, confidence: confidence)
                if rule.pattern.captureCount >= 1 { rule.group = 1 }
                rules.append(rule)
            } catch {
                var error = error
                error.detectorID = id
                error.reason = "additional format \(index): \(error.reason)"
                throw error
            }
        }
        return PatternDetector(
            DetectorDescriptor(
                id: id, kind: .caseNumber,
                summary: "Case, ticket, incident, request, claim and tracking ids after a case word; SRX…; "
                    + "INC/RITM/REQ…; bare 15–16 digit numbers starting with 1 or 2.",
                example: "case 120012345678901"),
            rules: rules)
    }
}

/// The case number patterns (PCRE2 byte mode).
enum CaseNumberPattern {
    /// A part of every alternative of ``contextWord`` (ASCII case ignored): `cas` of `case` and `caso`, `req` of
    /// `request`, `req` and `requête`, `incid` of `incident` and `incidencia`, `番号` of the Japanese `…番号` words.
    static let contextWordCores = [
        "tracking", "service", "support", "cas", "ticket", "incid", "sr", "req", "claim", "fall", "vorgang", "dossier",
        "demande", "réclamation", "expediente", "solicitud", "chamado", "protocolo", "番号", "ケース", "チケット",
    ]

    /// How far before a ``contextWordCores`` entry it holds a ``contextWord`` starts at most: 18 bytes, `お問い合わせ`
    /// before `番号`; every other word starts with its core.
    static let contextWordLead = 18

    /// Every ``afterContextWord`` match holds a ``contextWordCores`` entry within ``contextWordLead`` bytes of its
    /// start: the rule is searched before each one only.
    static let contextWordAnchor = MatchAnchor(
        words: coreNeedles, maximumLead: contextWordLead + coreNeedles.maximumOffset)

    /// ``contextWordCores``, ASCII case ignored.
    private static let coreNeedles = ByteNeedles(contextWordCores, caseless: true)

    /// Words introducing a case id, English, German, French, Spanish, Portuguese and Japanese. Longer alternatives
    /// first so `tracking id` is not cut to `tracking`; each must end at a word end and not run into the id. German
    /// `Fall` alone is matched capitalised only (lower-case `fall` is an English word); Japanese words need no
    /// boundary (`以前ケース番号：…`, `問い合わせ番号 …`, `チケット#…`).
    static let contextWord =
        #"(?:(?:tracking[ _\-]?(?:id|number|no|nr)|trackingid|tracking|service[ _\-]request|support[ _\-]case"#
        + #"|case|ticketnummer|ticket|incident|sr|request|req|claim"#
        + #"|fall[ _\-]?(?:nr\.?|nummer)|(?-i:Fall)|vorgangs[ _\-]?(?:nr\.?|nummer)|vorgangsnummer|vorgang"#
        + #"|dossier|demande|requ\xc3\xaate|r\xc3\xa9clamation"#
        + #"|caso|expediente|incidencia|solicitud|chamado|protocolo)(?![A-Za-z0-9])"#
        + "|" + japaneseWord + ")"

    /// Japanese case words as UTF-8 bytes: `(お)問(い)合(わ)せ番号`, `(サポート)ケース(番号)`, `チケット(番号)`,
    /// `案件番号`, `受付番号`.
    static let japaneseWord =
        #"(?:\xe3\x81\x8a)?\xe5\x95\x8f(?:\xe3\x81\x84)?\xe5\x90\x88(?:\xe3\x82\x8f)?\xe3\x81\x9b"# + number
        + #"|(?:\xe3\x82\xb5\xe3\x83\x9d\xe3\x83\xbc\xe3\x83\x88)?\xe3\x82\xb1\xe3\x83\xbc\xe3\x82\xb9(?:"#
        + number + ")?"
        + #"|\xe3\x83\x81\xe3\x82\xb1\xe3\x83\x83\xe3\x83\x88(?:"# + number + ")?"
        + #"|(?:\xe6\xa1\x88\xe4\xbb\xb6|\xe5\x8f\x97\xe4\xbb\x98)"# + number

    /// `番号` ("number") as UTF-8 bytes.
    private static let number = #"\xe7\x95\xaa\xe5\x8f\xb7"#

    /// What may stand between the word and the id: spaces, `_`, `-`, and `#`, `:`, `=`, quotes, full-width `：` and
    /// `＃`, `no.`, `nr.`, `n°`, `nº`, `n.º`, `number`, `nummer`, `numéro`, `id`.
    static let connector =
        #"(?:[ \t_\-]*+(?:[\x23:="']|\xef\xbc[\x9a\x83]"#
        + #"|n(?:o|r|um|umber|ummer|umero|um\xc3\xa9ro|\xc2\xb0|\xc2\xba|\.\xc2\xba)\.?(?![A-Za-z])|id(?![A-Za-z])))"#

    /// Context word, connectors, then the id (group 1): letter prefix, digits, `-`/`_`/`/` parts.
    static let afterContextWord =
        #"(?i)(?<![A-Za-z0-9_])"# + contextWord + connector + #"{0,4}[ \t_\-]*+"#
        + #"((?:[a-z]{1,6}[\-_]?)?\d++(?:[\-_/][a-z0-9]++){0,6}+)(?![a-z0-9_\-/]|\.[a-z0-9])"#

    /// Microsoft-style `SRX` numbers.
    static let srx = #"(?<![A-Za-z0-9])SRX\d{6,16}(?:ID)?(?![A-Za-z0-9])"#

    /// ServiceNow-style record numbers (upper case only: `inc1234567` in prose is rare and ambiguous).
    static let ticketSystem =
        #"(?<![A-Za-z0-9])(?:"# + ticketPrefixes.joined(separator: "|") + #")\d{7,10}(?![A-Za-z0-9])"#
    /// The prefixes of ``ticketSystem``.
    static let ticketPrefixes = ["INC", "RITM", "REQ", "CHG", "PRB", "SCTASK"]

    /// 15–16 digits starting with 1 or 2, not part of a longer number, word or decimal.
    static let bareDigits = #"(?<![A-Za-z0-9.,])[12]\d{14,15}(?![A-Za-z0-9]|[.,]\d)"#

    /// Case words near a bare number (raise its confidence; required for timestamp-like values).
    static let caseWords = ContextWords([
        "case", "case number", "case id", "ticket", "incident", "sr", "service request", "request", "claim",
        "tracking", "tracking id", "trackingid", "fall", "vorgang", "dossier", "demande", "caso", "expediente",
        "chamado", "ケース", "チケット", "問い合わせ", "案件",
    ])

    /// Accepts plausible ids (see ``CaseIdentifier/isPlausible(_:)``).
    static let validateIdentifier: MatchValidator = { match, candidate in
        CaseIdentifier.isPlausible(match.bytes(candidate.range))
    }

    /// Raises bare numbers near a case word; rejects timestamp-like ones without one.
    static let validateBareDigits: MatchValidator = { match, candidate in
        let nearCaseWord = caseWords.occurs(before: match.range.lowerBound, in: match.text)
        if nearCaseWord {
            candidate.confidence = 0.85
            return true
        }
        return !CaseIdentifier.mayBeMicrosecondTimestamp(match.matchedBytes)
    }
}
