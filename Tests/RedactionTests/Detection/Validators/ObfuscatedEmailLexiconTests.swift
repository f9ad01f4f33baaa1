@testable import Redaction
import Testing

@Suite("Obfuscated e-mail word lists")
struct ObfuscatedEmailLexiconTests {
    static func packed(_ text: String) -> PackedWord {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { PackedWord($0, 0..<$0.count) }
    }

    static func isTopLevelDomain(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { ObfuscatedEmailLexicon.isTopLevelDomain($0, 0..<$0.count) }
    }

    @Test func packedWordsIgnoreASCIICaseAndInvisibleCharacters() {
        #expect(Self.packed("Look") == PackedWord("look"))
        #expect(Self.packed("LOOK") == PackedWord("look"))
        #expect(Self.packed("lo\u{200B}ok") == PackedWord("look"))
        #expect(Self.packed("look") != PackedWord("looks"))
        #expect(Self.packed("für") == PackedWord("für"))
        #expect(Self.packed("abcdefghijklmnop") == PackedWord("abcdefghijklmnop"))
        #expect(!Self.packed("abcdefghijklmnop").overflowed)
        #expect(Self.packed("abcdefghijklmnopq").overflowed)
        #expect(Self.packed("abcdefgh") != PackedWord("abcdefgh\u{0}"))
    }

    @Test("prose words before `at` are stop words", arguments: [
        "look", "Looked", "arrived", "AVAILABLE", "me", "us", "it's", "error", "docs", "distributed", "ist", "est",
    ])
    func stopWords(word: String) {
        #expect(ObfuscatedEmailLexicon.stopWords.contains(Self.packed(word)))
    }

    @Test("role mailboxes are not stop words", arguments: [
        "sales", "info", "support", "help", "admin", "contact", "office", "team", "news", "billing", "jane",
    ])
    func mailboxes(word: String) {
        #expect(!ObfuscatedEmailLexicon.stopWords.contains(Self.packed(word)))
    }

    @Test func whitespaceTopLevelDomainsExcludeWords() {
        for tld in ["com", "net", "org", "de", "uk", "fr", "io"] {
            #expect(ObfuscatedEmailLexicon.whitespaceTopLevelDomains.contains(Self.packed(tld)))
        }
        for word in ["at", "be", "in", "is", "it", "to", "me", "no", "us", "so", "co", "ltd", "ag", "la", "st"] {
            #expect(!ObfuscatedEmailLexicon.whitespaceTopLevelDomains.contains(Self.packed(word)))
        }
    }

    @Test func everyWhitespaceTopLevelDomainIsDelegated() {
        // The short list must be a subset of the IANA list (a typo would silently never match).
        #expect(ObfuscatedEmailLexicon.whitespaceTopLevelDomainNames.count == 42)
        #expect(ObfuscatedEmailLexicon.whitespaceTopLevelDomains.count == 42)
        for name in ObfuscatedEmailLexicon.whitespaceTopLevelDomainNames {
            #expect(TopLevelDomainSet.contains(name), "\(name)")
            #expect(ObfuscatedEmailLexicon.whitespaceTopLevelDomains.contains(Self.packed(name)))
        }
    }

    @Test func countryCodesAfterGenericDomainsAreSafeWhitespaceDomains() {
        for word in ["br", "uk", "mx", "au"] {
            #expect(ObfuscatedEmailLexicon.secondLevelCountryCodes.contains(Self.packed(word)))
        }
        for word in ["es", "de", "fr", "at", "co"] {
            #expect(!ObfuscatedEmailLexicon.secondLevelCountryCodes.contains(Self.packed(word)))
        }
        // Every one is also acceptable on its own across blanks, so none is a common word.
        let whitespace = Set(ObfuscatedEmailLexicon.whitespaceTopLevelDomainNames)
        for name in ["ar", "au", "br", "cn", "gr", "hk", "mx", "nz", "pl", "sg", "tr", "tw", "uk", "za"] {
            #expect(whitespace.contains(name), "\(name)")
        }
        #expect(ObfuscatedEmailLexicon.secondLevelCountryCodes.count == 14)
        #expect(ObfuscatedEmailLexicon.genericTopLevelDomains.contains(Self.packed("COM")))
    }

    @Test func localizedWordLists() {
        for word in ["el", "la", "no", "em", "de"] {
            #expect(ObfuscatedEmailLexicon.romanceFunctionWords.contains(Self.packed(word)))
        }
        for word in ["correo", "mail", "example", "contoso", "buzon"] {
            #expect(!ObfuscatedEmailLexicon.romanceFunctionWords.contains(Self.packed(word)))
        }
        for word in ["símbolo", "Simbolo", "las", "uma", "symbol"] {
            #expect(ObfuscatedEmailLexicon.stopWords.contains(Self.packed(word)))
        }
        #expect(ObfuscatedEmailLexicon.ambiguousArticles == Set([PackedWord("a"), PackedWord("an")]))
    }

    @Test("TLD check folds disguises", arguments: [
        ("com", true), ("COM", true), ("c\u{200B}om", true), ("com\u{FEFF}", true), ("ｃｏｍ", true), ("ＤＥ", true),
        ("рф", true), ("中国", true), ("c\u{00AD}om", true),
        ("invalidtld", false), ("c", false), ("c om", false), ("co\u{2026}", false), ("", false),
    ])
    func topLevelDomain(label: String, expected: Bool) {
        #expect(Self.isTopLevelDomain(label) == expected)
    }

    @Test func topLevelDomainRejectsInvalidUTF8() {
        let bytes: [UInt8] = [0x63, 0x6F, 0x6D, 0xFF]
        #expect(!bytes.withUnsafeBufferPointer { ObfuscatedEmailLexicon.isTopLevelDomain($0, 0..<$0.count) })
    }

    /// The obfuscated-address detector runs only on text with two ASCII letters in a row or a non-ASCII byte
    /// (``ByteClasses/letterPair``): every address ends in a top-level domain of the list, so every domain of the list
    /// must have one or the other.
    @Test func everyTopLevelDomainHasALetterPairOrANonASCIIByte() {
        func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
        let domains = TopLevelDomains.list.split(separator: "\n").map { Array($0.utf8) }
        #expect(domains.count > 1000)
        let without = domains.filter { domain in
            !domain.contains { $0 >= 0x80 } && !zip(domain, domain.dropFirst()).contains { isLetter($0) && isLetter($1) }
        }
        #expect(without.isEmpty, "\(without.count) domains")
    }
}
