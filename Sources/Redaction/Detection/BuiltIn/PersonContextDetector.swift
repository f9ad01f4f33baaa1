extension BuiltInDetectors {
    /// Names of people in free text, found by the words around them (see ``PersonContextDetector``).
    public static func personContext() throws(RedactionError) -> PersonContextDetector {
        try PersonContextDetector()
    }
}

/// Finds people's names in free text by their context, without a language model:
/// - after a title (`Mr. Smith`, `Dr Patel`, `Frau Krüger`, `Mme Lambert`, `Sra. Castro`) — confidence 0.85;
/// - after a label and `:` (`Customer: Jane Doe`, `Caller: …`, `Contact name: …`, `Ansprechpartner: …`,
///   `Nom : …`, `Cliente: …`) — 0.85;
/// - in `Name <address@domain>` headers (`From: Jane Doe <jane@contoso.com>`) — 0.85;
/// - after a greeting (`Hi Jane`, `Hello`, `Dear`, `Hallo`, `Liebe`, `Bonjour`, `Cher`, `Hola`, `Estimada`, `Olá`,
///   `Prezado`, `Good morning`) — 0.8;
/// - after a mention (`spoke with`, `escalated to`, `approved by`, `assigned to`, `my colleague`, `manager`,
///   `Kollege`, `wenden Sie sich an`, `collègue`, `validé par`, `escaladé à`, `compañero`, `hablen con`,
///   `aprobado por`, `colega`, `falem com`, `escalado para`, …) — 0.8 for two or three name words, 0.7 for one;
/// - before a German participle (`An Hannah Fischer eskaliert`, `von … freigegeben`) — 0.75, two or more words;
/// - on the line after a sign-off (`Regards,\nJane`, `Thanks, Jane`, `Viele Grüße\nJürgen`, `Cordialement,\n…`)
///   — 0.75;
/// - in Japanese, a kanji name (with an optional space and a kanji or kana given name) after `同僚の`, `担当の`,
///   `上司の` or before an honorific or action (`様`, `さん`, `氏`, `が承認`, `にエスカレーション`, `にご連絡`) —
///   0.8.
///
/// A name is one to three capitalised words (`Jane`, `Müller`, `O'Brien`, `Jean-Luc`), with lower-case particles
/// inside (`Ana de la Cruz`). Deliberately not names: addressees, departments and queues (`Hi Team`,
/// `Dear Customer`, `escalated to Tier 2`, `assigned to Billing`), all-capital words (`IT`, `VPN`), words with
/// digits, and generic Japanese forms of address (`ご担当者様`, `お客様`, `皆様`).
public struct PersonContextDetector: Detector {
    /// Identity, kind and documentation.
    public let descriptor = DetectorDescriptor(
        id: DetectorID(rawValue: "person.context"), kind: .person,
        summary: "Names after titles, greetings, labels and mentions, before Japanese honorifics, on sign-off "
            + "lines and in Name <e-mail> headers.",
        example: "Escalated to Jane Doe, spoke with Mr. Patel")
    /// Runs on buffers with two ASCII letters in a row (every Latin-script cue has them), non-ASCII text (Japanese
    /// names and cues) or an `@` (a `Name <address>` header, whose name words need not hold two ASCII letters in a
    /// row: `A'b`).
    public let prefilter = Prefilter(anyOf: [.letterPair, .highByte, .at])
    /// The Japanese rules, searched only around their cues.
    let japanese: PatternDetector

    /// Compiles the Japanese rules.
    public init() throws(RedactionError) {
        japanese = PatternDetector(
            descriptor,
            rules: [
                try PatternRule(
                    JapaneseNamePattern.afterCue, confidence: 0.8, group: 1, prefilter: Prefilter(allOf: [.cjkLead]),
                    validator: JapaneseNamePattern.validate
                ).anchored(at: JapaneseNamePattern.cueAtStart),
                try PatternRule(
                    JapaneseNamePattern.beforeCue, confidence: 0.8, group: 1, prefilter: Prefilter(allOf: [.cjkLead]),
                    validator: JapaneseNamePattern.validate
                ).anchored(at: JapaneseNamePattern.cueAfterName),
            ])
    }

    /// Reports every name found by a cue.
    public func detect(
        in text: UnsafeBufferPointer<UInt8>, scratch: inout DetectionScratch, report: (Finding) -> Void
    ) throws(RedactionError) {
        let present = scratch.presentClasses
        if present.contains(.cjkLead), JapaneseNamePattern.cues.occurs(in: text) {
            try japanese.detect(in: text, scratch: &scratch, report: report)
        }
        guard present.contains(.letter) else { return }
        let cues = NameCue.index  // read once, not once per word
        scratch.withWords(of: text) { words, lookup in
            var scan = NameScan(text: text, words: words, key: [])
            swap(&scan.key, &lookup.wordKey)
            defer { swap(&scan.key, &lookup.wordKey) }
            var index = 0
            while index < words.count {
                if present.contains(.at), let header = scan.headerName(endingAt: index) {
                    report(finding(header, words: words, confidence: 0.85))
                    index = header.upperBound
                    continue
                }
                guard let cue = cues.longestMatch(at: index, words: words, in: text, lookup: &lookup) else {
                    index += 1
                    continue
                }
                if let name = scan.name(for: cue.value.role, cueStart: index, cueEnd: cue.end) {
                    let confidence = cue.value.role == .mention && name.count == 1 ? 0.7 : cue.value.confidence
                    report(finding(name, words: words, confidence: confidence))
                    index = max(name.upperBound, cue.end + 1)
                } else {
                    index = cue.end + 1
                }
            }
        }

        func finding(_ name: Range<Int>, words: [Range<Int>], confidence: Double) -> Finding {
            Finding(kind: .person, range: words[name.lowerBound].lowerBound..<words[name.upperBound - 1].upperBound,
                    detectorID: descriptor.id, confidence: confidence)
        }
    }
}

/// The word-level reading of one buffer for ``PersonContextDetector``: which words around a cue form a name.
private struct NameScan {
    let text: UnsafeBufferPointer<UInt8>
    let words: [Range<Int>]
    /// The lower-cased bytes of the word being judged: the worker's buffer, lent for the buffer's scan (a key array
    /// per name tried was an allocation each).
    var key: [UInt8]

    /// The name (a range of word indices) that a cue at `cueStart...cueEnd` points to, if any.
    mutating func name(for role: NameCue.Role, cueStart: Int, cueEnd: Int) -> Range<Int>? {
        let next = cueEnd + 1
        guard next < words.count || role == .after else { return nil }
        let gapStart = words[cueEnd].upperBound
        switch role {
        case .title:
            guard gapMatches(from: gapStart, optional: UInt8(ascii: ".")) else { return nil }
            return forwardName(from: next)
        case .greeting:
            guard gapMatches(from: gapStart, optional: UInt8(ascii: ",")) else { return nil }
            return forwardName(from: next)
        case .mention:
            guard onlySpaces(gapStart..<words[next].lowerBound) else { return nil }
            return forwardName(from: next)
        case .label:
            guard isLabelGap(gapStart..<words[next].lowerBound) else { return nil }
            return forwardName(from: next)
        case .signOff:
            guard let name = forwardName(from: next), signOffGap(gapStart..<words[next].lowerBound, nameEnd: name)
            else { return nil }
            return name
        case .after:
            return backwardName(before: cueStart)
        }
    }

    /// `Jane Doe <jane@…>`: a name of two or three words whose last word is `index`, followed by `<` and an address.
    mutating func headerName(endingAt index: Int) -> Range<Int>? {
        var position = words[index].upperBound
        if position < text.count, text[position] == UInt8(ascii: "\"") { position += 1 }
        while position < text.count, text[position] == 0x20 { position += 1 }
        guard position < text.count, text[position] == UInt8(ascii: "<") else { return nil }
        var scan = position + 1
        var sawAt = false
        while scan < text.count, scan - position < 256, text[scan] != UInt8(ascii: ">"), text[scan] > 0x20 {
            if text[scan] == UInt8(ascii: "@") { sawAt = true }
            scan += 1
        }
        guard sawAt, scan < text.count, text[scan] == UInt8(ascii: ">") else { return nil }
        guard let name = backwardName(before: index + 1), name.count >= 2 else { return nil }
        return name
    }

    /// One to three name words starting at word `start` (particles allowed between them), or `nil`.
    mutating func forwardName(from start: Int) -> Range<Int>? {
        guard start < words.count, isNameWord(start) else { return nil }
        var last = start, count = 1, index = start + 1
        while index < words.count, count < 3, isNameGap(words[index - 1].upperBound..<words[index].lowerBound) {
            if isNameWord(index) {
                last = index
                count += 1
                index += 1
            } else if index + 1 < words.count, isParticle(index) {
                index += 1
            } else {
                break
            }
        }
        return start..<(last + 1)
    }

    /// Two or three name words ending right before word `end`, leading non-names dropped (`An Hannah Fischer`).
    mutating func backwardName(before end: Int) -> Range<Int>? {
        var first = end
        while first > 0, end - first < 3, isNameWord(first - 1),
              first == end || isNameGap(words[first - 1].upperBound..<words[first].lowerBound)
        {
            first -= 1
        }
        guard end - first >= 2 else { return nil }
        return first..<end
    }

    private mutating func isNameWord(_ index: Int) -> Bool {
        let word = text[words[index]]
        guard NameToken.isCapitalised(word) else { return false }
        NameToken.lowercased(word, into: &key)
        if NameCue.notNames.contains(key) { return false }
        // `Support-Team`, `IT-Abteilung`, `Service-Desk`: a compound of a non-name is not a name.
        return !key.contains(UInt8(ascii: "-"))
            || !key.split(separator: UInt8(ascii: "-")).contains { NameCue.notNames.contains(Array($0)) }
    }

    private mutating func isParticle(_ index: Int) -> Bool {
        let word = text[words[index]]
        guard let first = word.first, first >= 0x61, first <= 0x7A else { return false }
        NameToken.lowercased(word, into: &key)
        return NameCue.particles.contains(key)
    }

    /// One or two spaces or a tab: the gap between the words of one name.
    private func isNameGap(_ gap: Range<Int>) -> Bool {
        gap.count >= 1 && gap.count <= 2 && text[gap].allSatisfy { $0 == 0x20 || $0 == 0x09 }
    }

    private func onlySpaces(_ gap: Range<Int>) -> Bool {
        !gap.isEmpty && text[gap].allSatisfy { $0 == 0x20 || $0 == 0x09 }
    }

    /// An optional `mark` right after the cue, then one to three spaces or tabs before the next word.
    private func gapMatches(from start: Int, optional mark: UInt8) -> Bool {
        var position = start
        if position < text.count, text[position] == mark { position += 1 }
        var spaces = 0
        while position < text.count, text[position] == 0x20 || text[position] == 0x09 { position += 1; spaces += 1 }
        return spaces > 0 && spaces <= 3 && position < text.count && TermIndex<Void>.isWordByte(text[position])
    }

    /// `:` with optional spaces around it (`Customer: `, `Nom : `), or a full-width colon.
    private func isLabelGap(_ gap: Range<Int>) -> Bool {
        var colons = 0
        var position = gap.lowerBound
        while position < gap.upperBound {
            switch text[position] {
            case 0x20, 0x09: position += 1
            case UInt8(ascii: ":"): colons += 1; position += 1
            case 0xEF where position + 2 < gap.upperBound && text[position + 1] == 0xBC && text[position + 2] == 0x9A:
                colons += 1; position += 3
            default: return false
            }
        }
        return colons == 1
    }

    /// After a sign-off: `,` or `!` optionally, then a line break (the name on its own line), or `, ` with the
    /// name ending its line or text (`Thanks, Jane`).
    private func signOffGap(_ gap: Range<Int>, nameEnd name: Range<Int>) -> Bool {
        let bytes = text[gap]
        if bytes.contains(0x0A) {
            return bytes.allSatisfy { $0 == 0x0A || $0 == 0x0D || $0 == 0x20 || $0 == 0x09 || $0 == UInt8(ascii: ",")
                || $0 == UInt8(ascii: "!") }
        }
        guard bytes.first == UInt8(ascii: ","), bytes.dropFirst().allSatisfy({ $0 == 0x20 }), bytes.count >= 2 else {
            return false
        }
        let end = words[name.upperBound - 1].upperBound
        guard end < text.count else { return true }
        let after = text[end]
        return after == 0x0A || after == 0x0D || after == UInt8(ascii: ".") || after == UInt8(ascii: "!")
    }
}

/// The Japanese rules of ``PersonContextDetector``.
enum JapaneseNamePattern {
    /// A CJK ideograph (U+4E00–U+9FFF) or the iteration mark 々, but not the honorifics 様, 氏 and 殿 (they end a name).
    private static let kanji = #"(?:(?!\xE6\xA7\x98|\xE6\xB0\x8F|\xE6\xAE\xBF)[\xE4-\xE9][\x80-\xBF]{2}|\xE3\x80\x85)"#
    /// A hiragana letter.
    private static let hiragana = #"(?:\xE3\x81[\x81-\xBF]|\xE3\x82[\x80-\x96])"#
    /// A katakana letter (a given name written in katakana, or ー).
    private static let katakana = #"(?:\xE3\x82[\xA1-\xBF]|\xE3\x83[\x80-\xBC])"#
    /// Family name in kanji, optional (ideographic) space, optional given name in kanji, hiragana or katakana.
    private static let name = "(" + kanji + "{1,4}(?:(?:\\x20|\\xE3\\x80\\x80)?(?:" + kanji + "{1,3}|" + hiragana
        + "{2,4}|" + katakana + "{2,5}))?)"
    /// Not inside a run of kanji.
    private static let boundary = #"(?<![\xE4-\xE9][\x80-\xBF][\x80-\xBF])"#

    /// `同僚の佐藤花子が`: a relation word, then the name, then a particle.
    static let afterCue = "(?:同僚の|担当の|担当者の|上司の|部下の|担当者は|担当者：|担当：|先輩の|後輩の)" + name
        + "(?=が|に|は|を|と|へ|から|より|さん|様|氏|、|。|\\x20|（)"
    /// `佐藤様`, `鈴木拓也にエスカレーション`: the name, then an honorific or an action on a person.
    static let beforeCue = boundary + name
        + "(?=様|さん|氏|殿|が承認|が対応|が確認|にエスカレ|にご連絡|に連絡|へ連絡|に転送|に確認|から連絡|に引き継)"

    /// ``afterCue`` starts with a relation word of ``cues`` (`同僚`, `担当`, …).
    static let cueAtStart = MatchAnchor(words: cues, maximumLead: cues.maximumOffset)
    /// ``beforeCue`` is a name of at most 30 bytes (four kanji, a space, five katakana), followed at once by its cue,
    /// whose word of ``cues`` starts at most 6 bytes later (`から連絡`): it starts at most 36 bytes before that word.
    static let cueAfterName = MatchAnchor(words: cues, maximumLead: 36 + cues.maximumOffset)

    /// Every cue of the two rules (their first characters suffice: `が承認` needs `承認`, which starts with 承): a
    /// text without any is not matched at all.
    static let cues = ByteNeedles([
        "同僚", "担当", "上司", "部下", "先輩", "後輩", "様", "さん", "氏", "殿", "承認", "対応", "確認", "エスカレ", "連絡",
        "転送", "引き継",
    ])

    /// Words before an honorific that address nobody in particular (`ご担当者様`, `お客様`, `皆様`).
    private static let generic: Set<[UInt8]> = Set(
        ["担当者", "担当", "客", "皆", "各位", "関係者", "利用者", "管理者", "責任者", "代表者", "購入者", "申込者", "契約者",
         "会員", "社員", "部長", "課長", "社長", "上司", "同僚", "先方", "相手", "貴社", "御社", "弊社", "当社"].map { Array($0.utf8) })

    /// Rejects generic forms of address and names preceded by the honorific prefixes `ご`/`お`.
    static let validate: MatchValidator = { match, candidate in
        let range = candidate.range
        if generic.contains(Array(match.text[range])) { return false }
        if range.lowerBound >= 3 {
            let previous = Array(match.text[(range.lowerBound - 3)..<range.lowerBound])
            if previous == Array("ご".utf8) || previous == Array("お".utf8) { return false }
        }
        return true
    }
}
