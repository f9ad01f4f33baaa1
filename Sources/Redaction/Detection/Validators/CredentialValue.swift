/// Pure checks on the value of a credential — the text after `password:`, the password of a URL, the value of a
/// keyed token — deciding whether it is plausibly a secret or a stand-in, a prose word or a code reference.
///
/// Every check works on raw bytes (ASCII rules; non-ASCII bytes count as neither letters nor symbols) and allocates
/// nothing.
enum CredentialValue {
    /// Whether `value` stands in for a secret rather than being one, so that redacted or masked output is never
    /// redacted again (idempotence) and templates are left alone:
    /// - empty;
    /// - masked: at least half of its characters are mask characters (`*`, `•`, `●`, `·`), e.g. `****`, `h******`;
    /// - a tag or bracketed placeholder: starts with `[`, `<` or `{` (`[REDACTED]`, `[SECRET]`, `<password>`,
    ///   `{password}`, `{{password}}`), or is a parenthesised word (`(hidden)`, `(none)`);
    /// - a variable reference: `${…}`, `$(…)`, `$NAME`/`$name_2` (an identifier after `$`), `%NAME%`;
    /// - a format directive: `%s`, `%v`, `%d`, `%@`, `{}`-style is covered above.
    static func isPlaceholder<Bytes: BidirectionalCollection<UInt8>>(_ value: Bytes) -> Bool {
        guard let first = value.first else { return true }
        if maskedCharacterCount(value) * 2 >= characterCount(value) { return true }
        switch first {
        case UInt8(ascii: "["), UInt8(ascii: "<"), UInt8(ascii: "{"):
            return true
        case UInt8(ascii: "("):
            // `(hidden)`, `(not set)`: letters and spaces only between the parentheses.
            guard value.count >= 3, value.last == UInt8(ascii: ")") else { return false }
            return value.dropFirst().dropLast().allSatisfy { isLetter($0) || $0 == 0x20 || $0 == UInt8(ascii: "-") }
        case UInt8(ascii: "$"):
            let rest = value.dropFirst()
            guard let next = rest.first else { return false }
            if next == UInt8(ascii: "{") || next == UInt8(ascii: "(") { return true }
            return isIdentifier(rest) && !rest.contains(where: isLowercaseLetter)
        case UInt8(ascii: "%"):
            let rest = value.dropFirst()
            if rest.count == 1, let directive = rest.first, isLetter(directive) || directive == UInt8(ascii: "@") {
                return true
            }
            guard rest.count >= 2, rest.last == UInt8(ascii: "%") else { return false }
            return isIdentifier(rest.dropLast())
        default:
            return false
        }
    }

    /// Whether `value` (ignoring trailing `.`, `,`, `!`, `?`, `:`, `)`) is a literal or an English word that follows
    /// "password:" in prose, status lines or code rather than a password: `null`, `true`, `reset`, `expired`,
    /// `required`, `incorrect`, `String`, `must`, `see` … (case-insensitive, whole value).
    static func isProseWord<Bytes: BidirectionalCollection<UInt8>>(_ value: Bytes) -> Bool {
        var word: [UInt8] = []
        word.reserveCapacity(16)
        var ended = false
        for byte in value {
            if trailingPunctuation.contains(byte) {
                ended = true
                continue
            }
            guard !ended, word.count < 16, isLetter(byte) || byte == UInt8(ascii: "/") else { return false }
            word.append(isLetter(byte) ? byte | 0x20 : byte)
        }
        return proseWords.contains(word)
    }

    /// Whether `value` reads like code that computes a password rather than a literal one: a dotted identifier path
    /// or a call or subscript cut off by the value's end (`self.password`, `config.db.password`, `getPassword()`,
    /// `os.getenv(`, `request.form[`). `Summer.2024` and `Abc(123)` are not code references.
    static func isCodeReference<Bytes: BidirectionalCollection<UInt8>>(_ value: Bytes) -> Bool {
        var segments = 0
        var segmentStart = true
        var index = value.startIndex
        while index != value.endIndex {
            let byte = value[index]
            switch byte {
            case UInt8(ascii: "."):
                guard !segmentStart else { return false }
                segmentStart = true
            case UInt8(ascii: "("), UInt8(ascii: "["):
                // A call or subscript: only `(`, `()`, `[` may end the value.
                guard !segmentStart else { return false }
                let rest = value[value.index(after: index)...]
                return rest.isEmpty || (byte == UInt8(ascii: "(") && rest.elementsEqual([UInt8(ascii: ")")]))
            default:
                if segmentStart {
                    guard isLetter(byte) || byte == UInt8(ascii: "_") else { return false }
                    segmentStart = false
                    segments += 1
                } else if !(isLetter(byte) || isDigit(byte) || byte == UInt8(ascii: "_")) {
                    return false
                }
            }
            index = value.index(after: index)
        }
        return segments >= 2 && !segmentStart
    }

    /// Whether `value` has the shape of a chosen secret rather than a word: at least four characters and a digit, an
    /// ASCII symbol, or a capital after a lower-case letter (`hunter2`, `P@ssw0rd`, `correctHorse`; not `Summer`,
    /// `JANE`).
    static func hasSecretShape<Bytes: BidirectionalCollection<UInt8>>(_ value: Bytes) -> Bool {
        guard characterCount(value) >= 4 else { return false }
        var previousWasLowercase = false
        for byte in value {
            if isDigit(byte) || isSymbol(byte) { return true }
            if previousWasLowercase, byte >= UInt8(ascii: "A"), byte <= UInt8(ascii: "Z") { return true }
            previousWasLowercase = isLowercaseLetter(byte)
        }
        return false
    }

    /// Whether `value` looks like a generated token: at least `minimumLength` bytes containing both an ASCII letter
    /// and a digit, or — a random key that happens to draw no digit (one 32-character key in ~300) — at least 20
    /// bytes whose letters switch case at least once every four bytes (`TVZeDdXYYfLRYRQoreSbrqbBIglBUvEW`). Not
    /// tokens: `token: null`, `secret: false`, `token: abc`, words and identifiers (`AuthenticationFailedException`,
    /// `HTTPSConnectionPoolTimeout` switch case once per word).
    static func isTokenLike<Bytes: BidirectionalCollection<UInt8>>(_ value: Bytes, minimumLength: Int = 16) -> Bool {
        guard value.count >= minimumLength else { return false }
        if value.contains(where: isDigit) { return value.contains(where: isLetter) }
        guard value.count >= 20 else { return false }
        var caseChanges = 0
        var previousCase: Bool?
        for byte in value where isLetter(byte) {
            let isLower = isLowercaseLetter(byte)
            if let previousCase, previousCase != isLower { caseChanges += 1 }
            previousCase = isLower
        }
        return caseChanges * 4 >= value.count
    }

    // MARK: - Byte helpers

    @inline(__always) static func isLetter(_ byte: UInt8) -> Bool {
        let lower = byte | 0x20
        return lower >= 0x61 && lower <= 0x7A
    }
    @inline(__always) static func isLowercaseLetter(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }
    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    /// Printable ASCII that is neither a letter, a digit nor a space.
    @inline(__always) static func isSymbol(_ byte: UInt8) -> Bool {
        byte > 0x20 && byte < 0x7F && !isLetter(byte) && !isDigit(byte)
    }

    /// `[A-Za-z_][A-Za-z0-9_]*`.
    private static func isIdentifier<Bytes: BidirectionalCollection<UInt8>>(_ bytes: Bytes) -> Bool {
        guard let first = bytes.first, isLetter(first) || first == UInt8(ascii: "_") else { return false }
        return bytes.allSatisfy { isLetter($0) || isDigit($0) || $0 == UInt8(ascii: "_") }
    }

    /// Characters (UTF-8 scalars) in `value`.
    static func characterCount<Bytes: BidirectionalCollection<UInt8>>(_ value: Bytes) -> Int {
        value.reduce(0) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
    }

    /// Mask characters in `value`: `*`, `•` (E2 80 A2), `●` (E2 97 8F), `·` (C2 B7).
    private static func maskedCharacterCount<Bytes: BidirectionalCollection<UInt8>>(_ value: Bytes) -> Int {
        var count = 0
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in value {
            if byte == UInt8(ascii: "*") {
                count += 1
            } else if (previous == (0xE2, 0x80) && byte == 0xA2) || (previous == (0xE2, 0x97) && byte == 0x8F)
                || (previous.1 == 0xC2 && byte == 0xB7) {
                count += 1
            }
            previous = (previous.1, byte)
        }
        return count
    }

    private static let trailingPunctuation: Set<UInt8> = Set(".,!?:;)".utf8)

    /// Words that follow "password:" without being one (status words, prose, literals, type names).
    private static let proseWords: Set<[UInt8]> = Set(
        """
        null nil none undefined true false yes no empty blank unset n/a na tbd todo unknown same \
        reset resets expired expires expiring expiry expiration policy policies changed change changes required \
        require requires incorrect invalid wrong missing forgot forgotten updated update updates mismatch protected \
        manager prompt strength complexity length rules requirements history hint hashed encrypted hidden redacted \
        removed masked sent provided set needed accepted rejected ok okay fails failed failure error correct \
        verified valid locked unlocked disabled enabled enforced optional rotated sync synced saved stored \
        authentication login recovery field must should will can cannot the a an is was are were be been and or \
        for of to in on at not it its this that with your my our their his her see as if when min max minimum \
        maximum string str int integer bool boolean text varchar char bytes securestring any object click here \
        please enter type use contact call ask check follow visit go try below above attached following shared \
        new old current temporary default
        """.split(separator: " ").map { Array($0.utf8) })
}
