import CByteScan

/// The hand-written recogniser behind ``ObfuscatedEmailDetector``: it finds an `@` stand-in, reads the local part
/// backwards from it and the domain forwards, and applies the precision rules documented on the detector.
///
/// Everything is bounded: at most 3 blanks around a separator; a local part of at most 8 atoms of at most 64 visible
/// characters, 512 bytes in all (invisible characters included); at most 10 domain labels of at most 63 visible
/// characters and 512 bytes each. The work per candidate separator is therefore bounded, and the scan is linear in
/// the buffer. Invalid UTF-8 is a boundary (it never decodes as a letter, a space or a separator).
struct ObfuscatedEmailScanner {
    /// How the `@` is written.
    enum AtForm: Equatable {
        /// `@` with nothing around it (the address needs another obfuscation to be ours).
        case plain
        /// `@` with spaces on either side: `jane @ contoso.com`.
        case spacedSymbol
        /// `[at]`, `(at)`, `{at}`, `<at>`, `[@]`, `（at）`, `【at】`, with optional inner and outer blanks.
        case bracketed
        /// `＠` (U+FF20) or `﹫` (U+FE6B).
        case fullWidth
        /// `&#64;`, `&#x40;`, `&commat;`, `%40`.
        case encoded
        /// ` at ` between blanks, any case.
        case spelled
        /// `-at-`, `_at_`.
        case glued
        /// A word that means nothing but `@`: `arroba` (Spanish, Portuguese) and `arobase` (French) between blanks,
        /// any case; Japanese `アット` / `アットマーク` with or without blanks; `＠マーク` / `@マーク`.
        case localized
    }

    /// How a dot (in the local part or between domain labels) is written.
    enum DotForm: Equatable {
        /// `.`
        case plain
        /// ` . ` with blanks on both sides.
        case spaced
        /// `[dot]`, `(dot)`, `{dot}`, `<dot>`, `[.]`, `(.)`, `(punkt)`, `(point)`, full-width brackets.
        case bracketed
        /// ` dot ` between blanks, any case, and its translations ` punkt `, ` punto `, ` ponto `, ` point ` (where
        /// allowed), `ドット` and `点` (domain only, between ASCII labels) with or without blanks.
        case spelled
        /// `-dot-`, `_dot_`.
        case glued
        /// `．` (U+FF0E), `。` (U+3002), `｡` (U+FF61), optionally between blanks.
        case fullWidth
        /// `&#46;`, `&#x2e;`, `&period;`, `%2E`.
        case encoded
        /// Blanks alone: `contoso com` (domain only, restricted).
        case whitespace
    }

    /// A separator's bytes (including the blanks around it) and its form.
    struct Separator<Form> {
        var range: Range<Int>
        var form: Form
    }

    /// A local part read backwards from its separator.
    struct LocalPart {
        /// First byte of the local part (leading `-`, `+`, `'` and invisible characters excluded).
        var start: Int
        /// The atom right before the separator ("doe" in `jane.doe`), for the stop-word check.
        var lastAtom: Range<Int>
        /// Whether any atom contains a letter.
        var hasLetter: Bool
        /// Whether a dot between atoms is written other than `.`.
        var obfuscatedDots: Bool
    }

    /// One atom of a local part, read backwards.
    struct Atom {
        /// First byte read (leading `-`, `+`, `'` and invisible characters included).
        var start: Int
        /// First byte of its content (those excluded).
        var contentStart: Int
        /// Whether it contains a letter.
        var hasLetter: Bool
        /// Whether its letters are of a script written without spaces (kana, ideographs; see ``UTF8Scalar``).
        var unspaced: Bool
    }

    /// A domain read forwards from its separator.
    struct Domain {
        /// End of the top-level domain's last visible character.
        var end: Int
        /// Whether blanks alone separate two of its labels.
        var whitespace: Bool
        /// Whether a separator between labels is written other than `.`.
        var obfuscatedDots: Bool
        /// Whether a separator between labels is written other than `.` or blanks alone (`dot`, `[.]`, `．`, …).
        var disguisedDots: Bool
    }

    /// One domain label.
    struct Label {
        var range: Range<Int>
        /// End of the last character that is not invisible.
        var visibleEnd: Int
        /// Whether its ASCII letters are all lowercase or all uppercase.
        var isSingleCase: Bool
        /// Whether it contains a letter of any script.
        var hasLetter: Bool
        /// Whether it starts with an ASCII capital followed by lowercase letters (`Contoso`, `Open`).
        var isTitleCase: Bool
        /// Whether its letters are of a script written without spaces (kana, ideographs; see ``UTF8Scalar``).
        var unspaced: Bool
    }

    let text: UnsafeBufferPointer<UInt8>

    /// Calls `report` with the range and confidence of every obfuscated address, in order, without overlaps.
    ///
    /// Only trigger bytes are examined: `at` and `ar` in any case (`at`, `arroba`, `arobase`), `@`, `&`, `%`, 0xEF
    /// (lead byte of `＠` and `﹫`) and 0xE3 0x82 (the first bytes of `アット`). They are located sixteen positions at
    /// a time (`redact_at_trigger` in `CByteScan`), which keeps prose with few addresses fast; everything else happens
    /// around a trigger.
    func scan(report: (Range<Int>, Double) -> Void) {
        let count = text.count
        var floor = 0  // end of the previous finding: nothing before it is read again
        var index = redact_at_trigger(text.baseAddress, count, 0)
        while index < count {
            if index >= floor, let (range, confidence) = candidate(at: index, floor: floor) {
                report(range, confidence)
                floor = range.upperBound
            }
            index = redact_at_trigger(text.baseAddress, count, index + 1)
        }
    }

    /// The address whose `@` stand-in contains the byte at `core`, if any.
    func candidate(at core: Int, floor: Int) -> (Range<Int>, Double)? {
        guard let separator = atSeparator(at: core, floor: floor) else { return nil }
        let proseLike = separator.form == .spelled || separator.form == .spacedSymbol || separator.form == .glued
        // `point` is a French dot only next to the French `arobase` ("lucas point roux arobase …"); elsewhere in a
        // local part it is the English word ("a good point jane at …").
        guard
            let local = localPart(
                endingAt: separator.range.lowerBound, floor: floor, frenchDots: isArobase(separator.range))
        else { return nil }
        if proseLike || separator.form == .localized {
            // "Plan B at contoso.com": a one-character word before a spelled `at` is prose. "look at", "arrived at",
            // "available at", "me @", "el símbolo arroba": the word before is not a mailbox name.
            guard local.hasLetter, separator.range.lowerBound - local.start >= 2,
                !ObfuscatedEmailLexicon.stopWords.contains(PackedWord(text, local.lastAtom))
            else { return nil }
        }
        if proseLike {
            guard !followsWordJoiner(local.start) else { return nil }
            if separator.form == .glued, local.start > 0, text[local.start - 1] == UInt8(ascii: "/") { return nil }
        }
        // `point` is the French dot, but also an English word: spelled out without brackets, it is a dot only after
        // a deliberate `@` stand-in ("jane arobase contoso point fr", not "results at scale point to growth").
        let spelledPoint = !proseLike
        guard
            let domain = domain(
                from: separator.range.upperBound, afterProseLikeAt: proseLike,
                afterLocalizedAt: separator.form == .localized, spelledPoint: spelledPoint)
        else { return nil }
        // "the project at salsa.debian.org": after a determiner, a word and a spelled `at` are prose. The articles
        // `a` and `an` are also "to" in Spanish, Portuguese and German ("an lea at contoso dot de"): they count
        // only when the address spells no dot. ` @ ` is not checked: no sentence uses it for "at".
        if separator.form == .spelled || separator.form == .glued,
            followsDeterminer(
                local.start, floor: floor, ignoringArticles: local.obfuscatedDots || domain.disguisedDots)
        {
            return nil
        }
        let range = local.start..<domain.end
        let obfuscated = separator.form != .plain || local.obfuscatedDots || domain.obfuscatedDots
            || containsDisguisedCharacter(range)
        // A plain `local@domain.tld` is the standard e-mail detector's; this detector needs some obfuscation.
        guard obfuscated else { return nil }
        // Symbols and brackets are deliberate stand-ins; a word that means only `@` (`arroba`, `アット`) is nearly as
        // deliberate; a spelled `at` is read out of prose; blanks alone between labels are the weakest evidence of a
        // domain (see the detector's documentation).
        let confidence: Double
        switch (separator.form, domain.whitespace) {
        case (.plain, false), (.spacedSymbol, false), (.bracketed, false), (.fullWidth, false), (.encoded, false):
            confidence = 0.85
        case (.plain, true), (.spacedSymbol, true), (.bracketed, true), (.fullWidth, true), (.encoded, true),
            (.localized, false):
            confidence = 0.80
        case (.spelled, false), (.glued, false), (.localized, true): confidence = 0.75
        case (.spelled, true), (.glued, true): confidence = 0.70
        }
        return (range, confidence)
    }

    // MARK: - The `@` stand-in

    /// The `@` stand-in around the trigger byte at `core`.
    func atSeparator(at core: Int, floor: Int) -> Separator<AtForm>? {
        switch text[core] {
        case 0x61, 0x41:  // "at", "arroba", "arobase", any case
            guard core + 1 < text.count else { return nil }
            // Fast exit for the common case, `at` / `ar` inside a word ("that", "data", "status", "start").
            if core > 0, Self.isASCIIAlphanumeric(text[core - 1]) { return nil }
            if text[core + 1] | 0x20 == UInt8(ascii: "r") { return localizedWord(core: core, floor: floor) }
            guard text[core + 1] | 0x20 == UInt8(ascii: "t") else { return nil }
            let coreEnd = core + 2
            if coreEnd < text.count, Self.isASCIIAlphanumeric(text[coreEnd]) { return nil }
            if let bracketed = bracketed(core: core, coreEnd: coreEnd, floor: floor) { return bracketed }
            if core > floor, coreEnd < text.count {
                let before = text[core - 1], after = text[coreEnd]
                if before == after, before == UInt8(ascii: "-") || before == UInt8(ascii: "_") {
                    return Separator(range: (core - 1)..<(coreEnd + 1), form: .glued)
                }
            }
            let (start, spacesBefore) = skipBlanks(backFrom: core, floor: floor)
            let (end, spacesAfter) = skipBlanks(from: coreEnd)
            guard spacesBefore > 0, spacesAfter > 0 else { return nil }
            return Separator(range: start..<end, form: .spelled)
        case 0x40:  // @
            return symbol(core: core, coreEnd: core + 1, floor: floor, form: .spacedSymbol)
        case 0xEF:  // ＠ U+FF20, ﹫ U+FE6B
            guard matches(Self.fullWidthAt, at: core) || matches(Self.smallAt, at: core) else { return nil }
            return symbol(core: core, coreEnd: core + 3, floor: floor, form: .fullWidth)
        case 0x26, 0x25:  // &#64; &#x40; &commat; %40
            guard let (value, end) = encodedCharacter(at: core), value == UInt8(ascii: "@") else { return nil }
            return symbol(core: core, coreEnd: end, floor: floor, form: .encoded)
        case 0xE3:  // アット, アットマーク: a change of script, so blanks are optional (`jane アット contoso`, `janeアットcontoso`)
            guard matches(Self.katakanaAt, at: core) else { return nil }
            return symbol(core: core, coreEnd: core + Self.katakanaAt.count, floor: floor, form: .localized)
        default:
            return nil
        }
    }

    /// `arroba` or `arobase` (any case) starting at `core`, as a whole word between blanks or in brackets.
    private func localizedWord(core: Int, floor: Int) -> Separator<AtForm>? {
        let coreEnd: Int
        if matches("arroba", at: core) {
            coreEnd = core + 6
        } else if matches("arobase", at: core) {
            coreEnd = core + 7
        } else {
            return nil
        }
        if coreEnd < text.count, Self.isASCIIAlphanumeric(text[coreEnd]) { return nil }  // "arrobas"
        if let bracketed = bracketed(core: core, coreEnd: coreEnd, floor: floor) { return bracketed }
        let (start, spacesBefore) = skipBlanks(backFrom: core, floor: floor)
        let (end, spacesAfter) = skipBlanks(from: coreEnd)
        guard spacesBefore > 0, spacesAfter > 0 else { return nil }
        return Separator(range: start..<end, form: .localized)
    }

    /// Whether the `@` stand-in in `range` is the French `arobase` (which allows `point` as a dot in the local part).
    private func isArobase(_ range: Range<Int>) -> Bool {
        var position = range.lowerBound
        while position + 7 <= range.upperBound {
            if matches("arobase", at: position) { return true }
            position += 1
        }
        return false
    }

    /// A symbol stand-in for `@` (`@`, `＠`, an entity, `アット`) with the brackets or blanks around it, and the
    /// Japanese suffix `マーク` ("mark": `＠マーク`, `アットマーク`).
    private func symbol(core: Int, coreEnd: Int, floor: Int, form: AtForm) -> Separator<AtForm>? {
        var coreEnd = coreEnd, form = form
        if matches(Self.markSuffix, at: coreEnd) {
            coreEnd += Self.markSuffix.count
            if form == .spacedSymbol { form = .localized }
        }
        if let bracketed = bracketed(core: core, coreEnd: coreEnd, floor: floor) { return bracketed }
        let (start, spacesBefore) = skipBlanks(backFrom: core, floor: floor)
        let (end, spacesAfter) = skipBlanks(from: coreEnd)
        if form == .spacedSymbol, text[core] == UInt8(ascii: "@"), spacesBefore + spacesAfter == 0 {
            return Separator(range: start..<end, form: .plain)
        }
        return Separator(range: start..<end, form: form)
    }

    /// `core..<coreEnd` enclosed in a matching bracket pair (at most 2 blanks inside), with up to 3 blanks outside.
    private func bracketed(core: Int, coreEnd: Int, floor: Int) -> Separator<AtForm>? {
        let (innerStart, _) = skipBlanks(backFrom: core, floor: floor, limit: 2)
        guard let (openStart, pair) = opener(endingAt: innerStart, floor: floor) else { return nil }
        let (innerEnd, _) = skipBlanks(from: coreEnd, limit: 2)
        guard let closeEnd = closer(pair, at: innerEnd) else { return nil }
        let (start, _) = skipBlanks(backFrom: openStart, floor: floor)
        let (end, _) = skipBlanks(from: closeEnd)
        return Separator(range: start..<end, form: .bracketed)
    }

    // MARK: - Local part (read backwards)

    /// The local part ending at `end` (the start of the `@` stand-in): atoms joined by written-out or real dots, all
    /// of the same kind of script (a sentence in kana or kanji glued to `jane.doe` is not part of it).
    func localPart(endingAt end: Int, floor: Int, frenchDots: Bool) -> LocalPart? {
        guard let last = atom(endingAt: end, floor: floor) else { return nil }
        var local = LocalPart(
            start: last.contentStart, lastAtom: last.contentStart..<end, hasLetter: last.hasLetter,
            obfuscatedDots: false)
        var atomStart = last.start
        var atoms = 1
        while atoms < 8, let dot = localDot(endingAt: atomStart, floor: floor, frenchDots: frenchDots),
            let previous = atom(endingAt: dot.range.lowerBound, floor: floor), previous.unspaced == last.unspaced,
            end - previous.start <= 512
        {
            local.start = previous.contentStart
            local.hasLetter = local.hasLetter || previous.hasLetter
            if dot.form != .plain { local.obfuscatedDots = true }
            atomStart = previous.start
            atoms += 1
        }
        return local
    }

    /// One run of local-part characters ending at `end`: ASCII letters, digits, `_ + - '`, letters of any script and
    /// invisible characters. It ends where the script changes between one written with spaces (ASCII, Latin,
    /// Cyrillic …) and one written without (kana, ideographs): `連絡先jane` gives `jane`. `nil` when empty, without
    /// a letter or digit, or longer than 64 visible characters or 512 bytes.
    private func atom(endingAt end: Int, floor: Int) -> Atom? {
        var start = end
        var visible = 0
        var hasLetter = false, hasAlphanumeric = false
        var unspaced: Bool?  // the script kind, fixed by the last visible character
        while start > floor {
            let byte = text[start - 1]
            if byte < 0x80 {
                guard Self.isLocalASCII(byte), unspaced != true else { break }
                if Self.isASCIILetter(byte) { hasLetter = true }
                if Self.isASCIIAlphanumeric(byte) {
                    hasAlphanumeric = true
                    unspaced = false
                }
                visible += 1
                start -= 1
            } else {
                guard let (value, scalarStart) = UTF8Scalar.decode(text, endingAt: start), scalarStart >= floor
                else { break }
                let category = UTF8Scalar.category(of: value)
                if category == .letter || category == .unspacedLetter {
                    let isUnspaced = category == .unspacedLetter
                    if let unspaced, unspaced != isUnspaced { break }
                    unspaced = isUnspaced
                    hasLetter = true
                    hasAlphanumeric = true
                    visible += 1
                } else if category != .invisible {
                    break
                }
                start = scalarStart
            }
            if visible > 64 || end - start > 512 { return nil }
        }
        guard hasAlphanumeric else { return nil }
        // A local part does not start with `-`, `+`, `'` or an invisible character: leave them outside the finding.
        var contentStart = start
        while contentStart < end {
            let byte = text[contentStart]
            if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "'") {
                contentStart += 1
            } else if byte >= 0x80, let (value, length) = UTF8Scalar.decode(text, at: contentStart),
                UTF8Scalar.category(of: value) == .invisible
            {
                contentStart += length
            } else {
                break
            }
        }
        return Atom(start: start, contentStart: contentStart, hasLetter: hasLetter, unspaced: unspaced ?? false)
    }

    /// A dot stand-in ending at `end` inside a local part. Blanks alone never separate local-part atoms. Spelled
    /// dots: `dot`, `punkt`, `punto`, `ponto` between blanks, `point` too when `frenchDots`, and `ドット` with or
    /// without blanks.
    private func localDot(endingAt end: Int, floor: Int, frenchDots: Bool) -> Separator<DotForm>? {
        guard end > floor else { return nil }
        let last = text[end - 1]
        if last == UInt8(ascii: ".") { return Separator(range: (end - 1)..<end, form: .plain) }
        if last == UInt8(ascii: ";") {
            // &#46; &#x2e; &period;: entities are at most 8 bytes long. (`%2E` cannot be told from an atom ending in
            // `2e` when read backwards; it is recognised between domain labels only.)
            var start = end - 4
            while start >= max(floor, end - 8) {
                if let (value, entityEnd) = encodedCharacter(at: start), entityEnd == end {
                    return value == UInt8(ascii: ".") ? Separator(range: start..<end, form: .encoded) : nil
                }
                start -= 1
            }
        }
        let (innerEnd, spaces) = skipBlanks(backFrom: end, floor: floor)
        // (dot) [dot] {.} …
        if let (closeStart, pair) = closer(endingAt: innerEnd, floor: floor) {
            let (wordEnd, _) = skipBlanks(backFrom: closeStart, floor: floor, limit: 2)
            guard let wordStart = dotWord(endingAt: wordEnd, floor: floor) else { return nil }
            let (openEnd, _) = skipBlanks(backFrom: wordStart, floor: floor, limit: 2)
            guard let openStart = opener(pair, endingAt: openEnd, floor: floor) else { return nil }
            let (start, _) = skipBlanks(backFrom: openStart, floor: floor)
            return Separator(range: start..<end, form: .bracketed)
        }
        if let dotStart = fullWidthDot(endingAt: innerEnd, floor: floor) {
            let (start, _) = skipBlanks(backFrom: dotStart, floor: floor)
            return Separator(range: start..<end, form: .fullWidth)
        }
        let katakanaStart = innerEnd - Self.katakanaDot.count
        if katakanaStart >= floor, matches(Self.katakanaDot, at: katakanaStart) {
            let (start, _) = skipBlanks(backFrom: katakanaStart, floor: floor)
            return Separator(range: start..<end, form: .spelled)
        }
        guard spaces > 0, innerEnd > floor else { return nil }
        if text[innerEnd - 1] == UInt8(ascii: ".") {
            let (start, spacesBefore) = skipBlanks(backFrom: innerEnd - 1, floor: floor)
            return spacesBefore > 0 ? Separator(range: start..<end, form: .spaced) : nil
        }
        guard let wordStart = spelledDot(endingAt: innerEnd, floor: floor, point: frenchDots) else { return nil }
        let (start, spacesBefore) = skipBlanks(backFrom: wordStart, floor: floor)
        return spacesBefore > 0 ? Separator(range: start..<end, form: .spelled) : nil
    }

    // MARK: - Domain (read forwards)

    /// The domain starting at `start`: labels joined by dot stand-ins, ending in a top-level domain.
    ///
    /// A label may end the domain only where the chain of explicit separators ends (`System.IO.File` does not end at
    /// `IO`) or before blanks. Across blanks alone, the domain is cut at the first acceptable top-level domain, or
    /// one word later for a generic TLD followed by a country code (`northwind com br`).
    func domain(
        from start: Int, afterProseLikeAt proseLike: Bool, afterLocalizedAt localized: Bool, spelledPoint: Bool
    ) -> Domain? {
        var position = start
        var labels = 0
        var whitespace = false, obfuscatedDots = false, disguisedDots = false
        var singleCase = true, allHaveLetters = true
        var previousForm = DotForm.plain  // the separator before the current label
        while labels < 10, let label = label(at: position) {
            labels += 1
            if labels == 1 {
                let word = PackedWord(text, label.range)
                if ObfuscatedEmailLexicon.rejectedFirstLabels.contains(word) { return nil }
                if proseLike, ObfuscatedEmailLexicon.determiners.contains(word)
                    || ObfuscatedEmailLexicon.codeNamespaces.contains(word)
                {
                    return nil
                }
                // "la arroba en el punto de venta": a Spanish or Portuguese function word is not a host name.
                if localized, ObfuscatedEmailLexicon.romanceFunctionWords.contains(word) { return nil }
            }
            singleCase = singleCase && label.isSingleCase
            allHaveLetters = allHaveLetters && label.hasLetter
            let next = dotSeparator(at: label.range.upperBound, spelledPoint: spelledPoint)
            let continues = next.map { continuesDomain(after: label, across: $0) } ?? false
            if labels >= 2, !continues || next?.form == .whitespace,
                acceptsTopLevelDomain(
                    label, whitespace: whitespace, singleCase: singleCase, allHaveLetters: allHaveLetters,
                    labels: labels, afterProseLikeAt: proseLike)
            {
                // `File.Open(` is a method call, not a host name; after a spelled `at`, `github.com/…` is a URL and
                // `install.sh` a file name.
                if label.range.upperBound < text.count {
                    let after = text[label.range.upperBound]
                    if after == UInt8(ascii: "(") || (proseLike && after == UInt8(ascii: "/")) { return nil }
                }
                if proseLike, previousForm == .plain,
                    ObfuscatedEmailLexicon.fileExtensions.contains(PackedWord(text, label.range))
                {
                    return nil
                }
                var end = label.visibleEnd
                if whitespace, let next, next.form == .whitespace,
                    let country = countryCode(after: label, across: next, spelledPoint: spelledPoint)
                {
                    end = country.visibleEnd
                }
                return Domain(
                    end: end, whitespace: whitespace, obfuscatedDots: obfuscatedDots, disguisedDots: disguisedDots)
            }
            guard let next, continues else { return nil }
            let disguised = next.form != .plain && next.form != .whitespace
            // A domain written with `dot` / `[.]` / `．` uses them throughout: blanks alone next to them are prose
            // ("la arroba y el punto de la dirección").
            if disguised ? whitespace : (next.form == .whitespace && disguisedDots) { return nil }
            if next.form == .whitespace {
                if labels >= 4 { return nil }
                whitespace = true
            }
            if next.form != .plain { obfuscatedDots = true }
            if disguised { disguisedDots = true }
            previousForm = next.form
            position = next.range.upperBound
        }
        return nil
    }

    /// Whether a label follows `separator` and continues the domain ending in `label`. An ideographic or full-width
    /// full stop between a label and a word of another kind of script ends a sentence, not a domain label:
    /// `contoso.com。次は` ends at `com`.
    private func continuesDomain(after label: Label, across separator: Separator<DotForm>) -> Bool {
        guard let unspaced = labelScript(at: separator.range.upperBound) else { return false }
        return separator.form != .fullWidth || unspaced == label.unspaced
    }

    /// The country code that follows a generic top-level domain across blanks alone (`com br`, `org uk`), when it
    /// ends the domain.
    private func countryCode(
        after label: Label, across separator: Separator<DotForm>, spelledPoint: Bool
    ) -> Label? {
        let tld = PackedWord(text, label.range.lowerBound..<label.visibleEnd)
        guard ObfuscatedEmailLexicon.genericTopLevelDomains.contains(tld),
            let country = self.label(at: separator.range.upperBound), country.isSingleCase,
            ObfuscatedEmailLexicon.secondLevelCountryCodes.contains(
                PackedWord(text, country.range.lowerBound..<country.visibleEnd))
        else { return nil }
        // The country code ends the domain: no explicitly separated label after it (`com br.example.net`).
        if let after = dotSeparator(at: country.range.upperBound, spelledPoint: spelledPoint),
            after.form != .whitespace, labelScript(at: after.range.upperBound) != nil
        {
            return nil
        }
        return country
    }

    /// Whether `label` may be the top-level domain. With blanks between labels, only common TLDs that are not
    /// English/German/French/Spanish words count, the domain has at most 4 labels, every label contains a letter and
    /// no label is Title-case ("Banque de France", "Sam at Contoso Ltd"). After a spelled-out `at`, a Title-case TLD
    /// must be a common one too (`Contoso.Com` passes; `File.Open`, `Task.Run` are code — `open` and `run` are TLDs).
    private func acceptsTopLevelDomain(
        _ label: Label, whitespace: Bool, singleCase: Bool, allHaveLetters: Bool, labels: Int,
        afterProseLikeAt proseLike: Bool
    ) -> Bool {
        let range = label.range.lowerBound..<label.visibleEnd
        if whitespace || (proseLike && label.isTitleCase) {
            guard ObfuscatedEmailLexicon.whitespaceTopLevelDomains.contains(PackedWord(text, range)) else {
                return false
            }
        }
        if whitespace { return labels <= 4 && singleCase && allHaveLetters }
        return ObfuscatedEmailLexicon.isTopLevelDomain(text, range)
    }

    /// The domain label starting at `start`: letters, digits, inner hyphens and invisible characters, at most 63
    /// visible characters and 512 bytes; `nil` when empty or malformed (leading or trailing `-`). A label is all of
    /// one kind of script: it ends where ASCII or Latin letters meet kana or kanji (`jpをお客様に` gives `jp`).
    func label(at start: Int) -> Label? {
        var position = start
        var visible = 0, visibleEnd = start
        var first: UInt8 = 0, last: UInt8 = 0
        var hasLower = false, hasUpper = false, hasLetter = false
        var unspaced: Bool?  // the script kind, fixed by the first visible character
        while position < text.count {
            let byte = text[position]
            let length: Int
            if byte < 0x80 {
                if unspaced == true { break }
                if byte == UInt8(ascii: "-") {
                    if matches("-dot-", at: position) { break }
                } else if !Self.isASCIIAlphanumeric(byte) {
                    break
                }
                let isLower = byte >= 0x61 && byte <= 0x7A, isUpper = byte >= 0x41 && byte <= 0x5A
                hasLower = hasLower || isLower
                hasUpper = hasUpper || isUpper
                hasLetter = hasLetter || isLower || isUpper
                if visible == 0 { first = byte }
                unspaced = false
                last = byte
                length = 1
            } else {
                guard let (value, scalarLength) = UTF8Scalar.decode(text, at: position) else { break }
                let category = UTF8Scalar.category(of: value)
                if category == .invisible {
                    position += scalarLength
                    if position - start > 512 { return nil }
                    continue
                }
                guard category == .letter || category == .unspacedLetter else { break }
                let isUnspaced = category == .unspacedLetter
                if let unspaced, unspaced != isUnspaced { break }
                unspaced = isUnspaced
                hasLetter = true
                if visible == 0 { first = 0x80 }
                last = 0x80
                length = scalarLength
            }
            position += length
            visible += 1
            visibleEnd = position
            if visible > 63 { return nil }
        }
        guard visible > 0, first != UInt8(ascii: "-"), last != UInt8(ascii: "-") else { return nil }
        return Label(
            range: start..<position, visibleEnd: visibleEnd, isSingleCase: !(hasLower && hasUpper),
            hasLetter: hasLetter, isTitleCase: first >= 0x41 && first <= 0x5A && hasLower,
            unspaced: unspaced ?? false)
    }

    /// Whether a label character (letter or digit, possibly after a few invisible characters) starts at `position`,
    /// and if so whether it is of a script written without spaces (`nil` when no label starts there).
    private func labelScript(at start: Int) -> Bool? {
        var position = start
        while position < text.count, position - start < 16 {
            let byte = text[position]
            if byte < 0x80 { return Self.isASCIIAlphanumeric(byte) ? false : nil }
            guard let (value, length) = UTF8Scalar.decode(text, at: position) else { return nil }
            switch UTF8Scalar.category(of: value) {
            case .letter: return false
            case .unspacedLetter: return true
            case .invisible: position += length
            case .space, .other: return nil
            }
        }
        return nil
    }

    /// The dot stand-in starting at `start` (right after a domain label), or `nil`. ` point ` counts only when
    /// `spelledPoint` (in brackets it always does).
    func dotSeparator(at start: Int, spelledPoint: Bool) -> Separator<DotForm>? {
        guard start < text.count else { return nil }
        switch text[start] {
        case UInt8(ascii: "."): return Separator(range: start..<(start + 1), form: .plain)
        case UInt8(ascii: "-"), UInt8(ascii: "_"):
            guard matches("-dot-", at: start) || matches("_dot_", at: start) else { return nil }
            return Separator(range: start..<(start + 5), form: .glued)
        case UInt8(ascii: "&"), UInt8(ascii: "%"):
            guard let (value, end) = encodedCharacter(at: start), value == UInt8(ascii: ".") else { return nil }
            return Separator(range: start..<end, form: .encoded)
        default:
            break
        }
        let (inner, spaces) = skipBlanks(from: start)
        if let (openEnd, pair) = opener(at: inner) {
            let (wordStart, _) = skipBlanks(from: openEnd, limit: 2)
            guard let wordEnd = dotWord(at: wordStart) else { return nil }
            let (closeStart, _) = skipBlanks(from: wordEnd, limit: 2)
            guard let closeEnd = closer(pair, at: closeStart) else { return nil }
            return Separator(range: start..<skipBlanks(from: closeEnd).end, form: .bracketed)
        }
        if let dotEnd = fullWidthDot(at: inner) {
            return Separator(range: start..<skipBlanks(from: dotEnd).end, form: .fullWidth)
        }
        if matches(Self.katakanaDot, at: inner) {
            return Separator(range: start..<skipBlanks(from: inner + Self.katakanaDot.count).end, form: .spelled)
        }
        if matches(Self.ideographicDot, at: inner), start > 0, Self.isASCIIAlphanumeric(text[start - 1]) {
            // `点` only between ASCII labels: in Japanese and Chinese prose it is a common word ("問題点").
            let end = skipBlanks(from: inner + Self.ideographicDot.count).end
            guard end < text.count, Self.isASCIIAlphanumeric(text[end]) else { return nil }
            return Separator(range: start..<end, form: .spelled)
        }
        guard spaces > 0, inner < text.count else { return nil }
        if text[inner] == UInt8(ascii: ".") {
            let (end, spacesAfter) = skipBlanks(from: inner + 1)
            return spacesAfter > 0 ? Separator(range: start..<end, form: .spaced) : nil
        }
        if let wordEnd = spelledDot(at: inner, point: spelledPoint) {
            let (end, spacesAfter) = skipBlanks(from: wordEnd)
            if spacesAfter > 0 { return Separator(range: start..<end, form: .spelled) }
        }
        return Separator(range: start..<inner, form: .whitespace)
    }

    // MARK: - Characters and small tokens

    /// Whether the address contains an invisible character or a full-width form (`c\u{200B}om`, `ｃｏｍ`).
    private func containsDisguisedCharacter(_ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index < range.upperBound {
            if text[index] >= 0x80, let (value, length) = UTF8Scalar.decode(text, at: index) {
                if UTF8Scalar.category(of: value) == .invisible
                    || UTF8Scalar.asciiEquivalent(ofFullWidth: value) != nil
                {
                    return true
                }
                index += length
            } else {
                index += 1
            }
        }
        return false
    }

    /// Whether a determiner or possessive precedes the local part starting at `start` ("the project at …"); `a` and
    /// `an` are not counted when `ignoringArticles`.
    private func followsDeterminer(_ start: Int, floor: Int, ignoringArticles: Bool) -> Bool {
        let (wordEnd, spaces) = skipBlanks(backFrom: start, floor: floor)
        guard spaces > 0 else { return false }
        var wordStart = wordEnd
        while wordStart > floor, wordEnd - wordStart < 6, Self.isASCIILetter(text[wordStart - 1]) { wordStart -= 1 }
        guard wordStart < wordEnd, wordStart == floor || !Self.isLocalASCII(text[wordStart - 1]) else { return false }
        let word = PackedWord(text, wordStart..<wordEnd)
        if ignoringArticles, ObfuscatedEmailLexicon.ambiguousArticles.contains(word) { return false }
        return ObfuscatedEmailLexicon.determiners.contains(word)
    }

    /// Whether the local part starting at `start` continues a word through a typographic apostrophe (`It’s at`).
    private func followsWordJoiner(_ start: Int) -> Bool {
        guard let (value, _) = UTF8Scalar.decode(text, endingAt: start) else { return false }
        return value == 0x2019 || value == 0x02BC
    }

    /// Steps forward over at most `limit` blanks: ASCII space and tab, Unicode spaces (counted in `spaces`) and
    /// invisible characters (not counted).
    @inline(__always)
    func skipBlanks(from start: Int, limit: Int = 3) -> (end: Int, spaces: Int) {
        var position = start, spaces = 0, steps = 0
        while position < text.count, steps < limit {
            let byte = text[position]
            if byte == 0x20 || byte == 0x09 {
                position += 1
                spaces += 1
            } else {
                guard byte >= 0x80, let (value, length) = UTF8Scalar.decode(text, at: position) else { break }
                let category = UTF8Scalar.category(of: value)
                guard category == .space || category == .invisible else { break }
                if category == .space { spaces += 1 }
                position += length
            }
            steps += 1
        }
        return (position, spaces)
    }

    /// Steps backward from `end` over at most `limit` blanks, never below `floor`.
    @inline(__always)
    func skipBlanks(backFrom end: Int, floor: Int, limit: Int = 3) -> (start: Int, spaces: Int) {
        var position = end, spaces = 0, steps = 0
        while position > floor, steps < limit {
            let byte = text[position - 1]
            if byte == 0x20 || byte == 0x09 {
                position -= 1
                spaces += 1
            } else {
                guard byte >= 0x80, let (value, start) = UTF8Scalar.decode(text, endingAt: position), start >= floor
                else { break }
                let category = UTF8Scalar.category(of: value)
                guard category == .space || category == .invisible else { break }
                if category == .space { spaces += 1 }
                position = start
            }
            steps += 1
        }
        return (position, spaces)
    }

    /// Whether the lowercase ASCII `literal` occurs at `start`, ignoring ASCII case.
    @inline(__always)
    func matches(_ literal: StaticString, at start: Int) -> Bool {
        literal.withUTF8Buffer { bytes in
            guard start >= 0, start + bytes.count <= text.count else { return false }
            for offset in 0..<bytes.count where Self.lowercased(text[start + offset]) != bytes[offset] {
                return false
            }
            return true
        }
    }

    private func matches(_ bytes: [UInt8], at start: Int) -> Bool {
        guard start >= 0, start + bytes.count <= text.count else { return false }
        for offset in 0..<bytes.count where text[start + offset] != bytes[offset] { return false }
        return true
    }

    /// `&#64;`, `&#x40;`, `&commat;`, `&#46;`, `&#x2E;`, `&period;`, `%40`, `%2E` at `start`: the ASCII byte encoded
    /// and the end of the entity.
    func encodedCharacter(at start: Int) -> (value: UInt8, end: Int)? {
        guard start + 3 <= text.count else { return nil }
        if text[start] == UInt8(ascii: "%") {
            guard let high = Self.hexValue(text[start + 1]), let low = Self.hexValue(text[start + 2]) else {
                return nil
            }
            return (high << 4 | low, start + 3)
        }
        guard text[start] == UInt8(ascii: "&") else { return nil }
        if matches("&commat;", at: start) { return (UInt8(ascii: "@"), start + 8) }
        if matches("&period;", at: start) { return (UInt8(ascii: "."), start + 8) }
        guard text[start + 1] == UInt8(ascii: "#") else { return nil }
        var position = start + 2
        let hex = position < text.count && text[position] | 0x20 == UInt8(ascii: "x")
        if hex { position += 1 }
        var value = 0, digits = 0
        while position < text.count, digits < 5 {
            let byte = text[position]
            if hex, let digit = Self.hexValue(byte) {
                value = value * 16 + Int(digit)
            } else if !hex, byte >= 0x30, byte <= 0x39 {
                value = value * 10 + Int(byte - 0x30)
            } else {
                break
            }
            position += 1
            digits += 1
        }
        guard digits > 0, position < text.count, text[position] == UInt8(ascii: ";"), value < 0x80 else { return nil }
        return (UInt8(value), position + 1)
    }

    /// The word inside a bracketed dot at `start` (`.`, `dot`, `punkt`, `punto`, `ponto`, `point`, `ドット`): its end.
    private func dotWord(at start: Int) -> Int? {
        if start < text.count, text[start] == UInt8(ascii: ".") { return start + 1 }
        if matches(Self.katakanaDot, at: start) { return start + Self.katakanaDot.count }
        return spelledDot(at: start, point: true)
    }

    /// The word inside a bracketed dot ending at `end`: its start.
    private func dotWord(endingAt end: Int, floor: Int) -> Int? {
        if end > floor, text[end - 1] == UInt8(ascii: ".") { return end - 1 }
        let katakanaStart = end - Self.katakanaDot.count
        if katakanaStart >= floor, matches(Self.katakanaDot, at: katakanaStart) { return katakanaStart }
        return spelledDot(endingAt: end, floor: floor, point: true)
    }

    /// A spelled dot at `start`, any case: `dot`, German `punkt`, Spanish `punto`, Portuguese `ponto`, and French
    /// `point` when `point` is allowed. Its end; the caller checks what surrounds it.
    private func spelledDot(at start: Int, point: Bool) -> Int? {
        if matches("dot", at: start) { return start + 3 }
        if matches("punkt", at: start) || matches("punto", at: start) || matches("ponto", at: start)
            || (point && matches("point", at: start))
        {
            return start + 5
        }
        return nil
    }

    /// A spelled dot ending at `end` (see ``spelledDot(at:point:)``): its start.
    private func spelledDot(endingAt end: Int, floor: Int, point: Bool) -> Int? {
        if end - 3 >= floor, matches("dot", at: end - 3) { return end - 3 }
        if end - 5 >= floor, spelledDot(at: end - 5, point: point) == end { return end - 5 }
        return nil
    }

    /// `．`, `。` or `｡` at `start`: its end.
    private func fullWidthDot(at start: Int) -> Int? {
        guard start < text.count, text[start] == 0xEF || text[start] == 0xE3 else { return nil }
        for dot in Self.fullWidthDots where matches(dot, at: start) { return start + dot.count }
        return nil
    }

    /// `．`, `。` or `｡` ending at `end`: its start.
    private func fullWidthDot(endingAt end: Int, floor: Int) -> Int? {
        guard end - 3 >= floor, text[end - 1] == 0x8E || text[end - 1] == 0x82 || text[end - 1] == 0xA1 else {
            return nil
        }
        for dot in Self.fullWidthDots where matches(dot, at: end - 3) { return end - 3 }
        return nil
    }

    /// An opening bracket at `start`: its end and the index of its pair in ``brackets``.
    private func opener(at start: Int) -> (end: Int, pair: Int)? {
        guard start < text.count else { return nil }
        switch text[start] {
        case UInt8(ascii: "["): return (start + 1, 0)
        case UInt8(ascii: "("): return (start + 1, 1)
        case UInt8(ascii: "{"): return (start + 1, 2)
        case UInt8(ascii: "<"): return (start + 1, 3)
        case 0xEF, 0xE3:
            for pair in Self.brackets.indices.dropFirst(4) where matches(Self.brackets[pair].open, at: start) {
                return (start + Self.brackets[pair].open.count, pair)
            }
            return nil
        default: return nil
        }
    }

    /// An opening bracket ending at `end`: its start and the index of its pair.
    private func opener(endingAt end: Int, floor: Int) -> (start: Int, pair: Int)? {
        guard end > floor else { return nil }
        switch text[end - 1] {
        case UInt8(ascii: "["): return (end - 1, 0)
        case UInt8(ascii: "("): return (end - 1, 1)
        case UInt8(ascii: "{"): return (end - 1, 2)
        case UInt8(ascii: "<"): return (end - 1, 3)
        case 0x80...0xBF:
            for pair in Self.brackets.indices.dropFirst(4) where opener(pair, endingAt: end, floor: floor) != nil {
                return (end - Self.brackets[pair].open.count, pair)
            }
            return nil
        default: return nil
        }
    }

    /// The opening bracket of `pair` ending at `end`: its start.
    private func opener(_ pair: Int, endingAt end: Int, floor: Int) -> Int? {
        let start = end - Self.brackets[pair].open.count
        return start >= floor && matches(Self.brackets[pair].open, at: start) ? start : nil
    }

    /// The closing bracket of `pair` at `start`: its end.
    private func closer(_ pair: Int, at start: Int) -> Int? {
        matches(Self.brackets[pair].close, at: start) ? start + Self.brackets[pair].close.count : nil
    }

    /// A closing bracket ending at `end`: its start and the index of its pair.
    private func closer(endingAt end: Int, floor: Int) -> (start: Int, pair: Int)? {
        guard end > floor else { return nil }
        switch text[end - 1] {
        case UInt8(ascii: "]"): return (end - 1, 0)
        case UInt8(ascii: ")"): return (end - 1, 1)
        case UInt8(ascii: "}"): return (end - 1, 2)
        case UInt8(ascii: ">"): return (end - 1, 3)
        case 0x80...0xBF:
            for pair in Self.brackets.indices.dropFirst(4) {
                let start = end - Self.brackets[pair].close.count
                if start >= floor, matches(Self.brackets[pair].close, at: start) { return (start, pair) }
            }
            return nil
        default: return nil
        }
    }

    /// Bracket pairs around `at`/`dot`: ASCII, full-width `（）［］｛｝` and `【】`.
    static let brackets: [(open: [UInt8], close: [UInt8])] = [
        ("[", "]"), ("(", ")"), ("{", "}"), ("<", ">"), ("（", "）"), ("［", "］"), ("｛", "｝"), ("【", "】"),
    ].map { (Array($0.0.utf8), Array($0.1.utf8)) }

    /// Full-width full stop U+FF0E, ideographic full stop U+3002, halfwidth ideographic full stop U+FF61.
    static let fullWidthDots: [[UInt8]] = ["．", "。", "｡"].map { Array($0.utf8) }
    /// Full-width commercial at U+FF20.
    static let fullWidthAt: [UInt8] = Array("＠".utf8)
    /// Small commercial at U+FE6B.
    static let smallAt: [UInt8] = Array("﹫".utf8)
    /// Katakana `アット` ("at"; E3 82 A2 E3 83 83 E3 83 88).
    static let katakanaAt: [UInt8] = Array("アット".utf8)
    /// Katakana `マーク` ("mark"), as in `アットマーク` and `＠マーク`.
    static let markSuffix: [UInt8] = Array("マーク".utf8)
    /// Katakana `ドット` ("dot").
    static let katakanaDot: [UInt8] = Array("ドット".utf8)
    /// `点` ("point"), the Chinese spoken dot; a domain separator between ASCII labels only.
    static let ideographicDot: [UInt8] = Array("点".utf8)

    @inline(__always) static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }
    @inline(__always) static func isASCIILetter(_ byte: UInt8) -> Bool {
        let lower = byte | 0x20
        return lower >= 0x61 && lower <= 0x7A
    }
    @inline(__always) static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        isASCIILetter(byte) || (byte >= 0x30 && byte <= 0x39)
    }
    /// ASCII bytes of a practical local part: letters, digits, `_`, `+`, `-`, `'`.
    @inline(__always) static func isLocalASCII(_ byte: UInt8) -> Bool {
        isASCIIAlphanumeric(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "+")
            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "'")
    }
    @inline(__always) static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: return byte - 0x30
        case 0x41...0x46, 0x61...0x66: return (byte | 0x20) - 0x61 + 10
        default: return nil
        }
    }
}
