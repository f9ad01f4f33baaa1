/// A short word (at most 16 UTF-8 bytes, ASCII letters lowercased, invisible characters dropped) packed into two
/// integers, so that looking a word of the scanned text up in a word list allocates nothing.
struct PackedWord: Hashable, Sendable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0
    /// Bytes appended so far.
    private(set) var count = 0
    /// Whether a byte could not be appended because the word is longer than 16 bytes.
    private(set) var overflowed = false

    /// An empty word.
    init() {}

    /// The packed form of `word` (for building word lists).
    init(_ word: String) {
        for byte in word.utf8 { append(byte) }
    }

    /// The packed form of the bytes of `range` in `text`, skipping invisible characters.
    init(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = text[index]
            if byte < 0x80 {
                append(byte)
                index += 1
            } else if let (value, length) = UTF8Scalar.decode(text, at: index) {
                if UTF8Scalar.category(of: value) != .invisible {
                    for offset in 0..<length { append(text[index + offset]) }
                }
                index += length
            } else {
                append(byte)
                index += 1
            }
        }
    }

    /// Appends one byte, lowercasing ASCII letters.
    mutating func append(_ byte: UInt8) {
        guard count < 16 else {
            overflowed = true
            return
        }
        let folded = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
        if count < 8 {
            low |= UInt64(folded) << (8 * UInt64(count))
        } else {
            high |= UInt64(folded) << (8 * UInt64(count - 8))
        }
        count += 1
    }
}

/// The word lists and the top-level-domain test behind the obfuscated e-mail detector's precision rules.
///
/// A spelled-out ` at ` is one of the most frequent words of English prose, so an address written with it is
/// accepted only when the word before it could be a mailbox name and the words after it form a domain. These lists
/// encode the cases where that is clearly not so.
enum ObfuscatedEmailLexicon {
    /// Words that end a sentence fragment before ` at ` / ` @ ` / ` arroba ` but are not plausible local parts:
    /// English, German, French, Spanish and Portuguese function words, verbs and adjectives that govern "at" ("look
    /// at", "arrived at", "available at"), nouns of support prose that name where something happens ("error at",
    /// "docs at", "logs at"), and the names of the sign itself ("el símbolo arroba", "the symbol @").
    ///
    /// Deliberately absent: role mailboxes that are also nouns (`info`, `sales`, `support`, `help`, `admin`,
    /// `contact`, `office`, `team`, `news`, `billing`) — "sales at contoso dot com" is an address.
    static let stopWords: Set<PackedWord> = Set(
        """
        a an the at is are am be been being was were do does did done doing have has had having will would can could \
        cannot can't shall should may might must it its it's this that these those there here where when what which \
        who whom whose why how i me my mine we us our ours you your yours he him his she her hers they them their \
        theirs one ones someone anyone everyone somebody anybody everybody something anything everything nothing \
        all any some both each either neither none not no yes and or but nor so yet if then than as of on in to \
        from by for with without into onto up down out off over under about around again also only just still even \
        very too more most less least much many few once twice now later soon today tonight tomorrow yesterday \
        always never often sometimes already else well ok okay good bad great fine best worst better worse first \
        last next dot com net org www http https \
        look looks looked looking see sees saw seen seeing watch watched stare stared glance glanced point points \
        pointed pointing aim aimed laugh laughed smile smiled shout shouted yell yelled \
        arrive arrives arrived arriving meet meets met meeting stay stays stayed staying live lives lived living \
        work works worked working stop stops stopped stopping end ends ended ending start starts started starting \
        begin begins began begun beginning sit sits sat sitting stand stands stood standing wait waits waited \
        waiting remain remains remained land landed stuck hang hangs hung hanging \
        fail fails failed failing failure crash crashes crashed crashing break breaks broke broken hit hits \
        occur occurs occurred happen happens happened happening \
        available located hosted found posted published listed shown kept held based stored saved placed \
        documented described explained mentioned attached deployed installed distributed provided maintained \
        supported included released announced reported tracked discussed served mirrored archived accessible \
        downloadable obtainable viewable running runs ran run open opens \
        opened close closes closed check checks checked visit visits visited go goes went gone going come comes \
        came coming get gets got getting reach reached reachable find finds try tried contacted call \
        called calls email emailed emails mail mailed write wrote written reply replied send sent login logon \
        logged log signin signed sign register registered subscribe subscribed download downloaded upload \
        uploaded online offline home school lunch dinner breakfast night noon morning evening afternoon midnight \
        error errors issue issues problem problems bug bugs exception exceptions warning warnings fault faults \
        logs file files docs doc documentation details detail information page pages site sites website portal \
        link links code source repo repository update updates patch build release version server servers service \
        services data database backup backups folks people guys friends colleagues everyone project projects \
        summary tag tags initiative pool blog forum forums wiki mirror mirrors tracker homepage channel archive \
        archives package packages branch branches commit commits article articles post posts thread threads \
        announcement add added adds \
        hi hello hey thanks thank please regards cheers \
        ist sind war waren bin bist sein und oder aber der die das den dem des ein eine einen einem einer ich du \
        er sie es wir ihr mich mir uns nicht auch noch schon hier dort da \
        est sont et ou mais le la les un une des du de je tu il elle nous vous ils elles ce cette ici \
        el los las lo una uno unos unas que en con por para del al su sus mi mis tus es son fue ser está están hay \
        como pero más muy sin sobre entre hasta desde él ella ellos ellas usted yo \
        os as um uma uns umas em no na nos nas do da dos das ao aos pelo pela seu sua meu minha são foi está \
        mas mais muito sem eu ele ela eles elas você \
        symbol sign character símbolo simbolo signo sinal symbole signe caractère carácter caractere
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { PackedWord(String($0)) }
    )

    /// Top-level domains accepted when only whitespace separates the labels of a domain (`jane@contoso com`,
    /// `jane at mail contoso com`): the generic ones and country codes that are not also common English, German,
    /// French or Spanish words or company suffixes. Excluded on purpose, among others: `at`, `be`, `in`, `is`,
    /// `it`, `me`, `no`, `so`, `to`, `us`, `do`, `go`, `am`, `as`, `la`, `si`, `co` ("Acme Co"), `ag`, `ltd`, `llc`,
    /// `gmbh`, `inc`-like suffixes.
    static let whitespaceTopLevelDomains: Set<PackedWord> = Set(whitespaceTopLevelDomainNames.map { PackedWord($0) })

    /// The labels of ``whitespaceTopLevelDomains`` (each one is in ``TopLevelDomainSet``; a test checks it).
    static let whitespaceTopLevelDomainNames: [String] = """
        com net org edu gov mil info biz io eu uk de fr ch nl ca au nz ru jp cn br pl dk fi cz ie pt za mx hu ro gr \
        tr kr tw hk sg ar cl es se
        """.split(separator: " ").map(String.init)

    /// Generic top-level domains that countries use as second-level domains (`com.br`, `org.uk`): across blanks alone,
    /// one of them may be followed by a country code from ``secondLevelCountryCodes`` (`northwind com br`).
    static let genericTopLevelDomains: Set<PackedWord> = Set(["com", "net", "org", "edu", "gov"].map { PackedWord($0) })

    /// Country codes that follow a generic label (`com.br`, `com.mx`, `org.uk`, `co.za` …), taken from
    /// ``whitespaceTopLevelDomainNames`` (so none is a common word); `es`, `de` and `fr` are left out because their
    /// registries do not use `com.es`-style names widely and `es` is the Spanish "is".
    static let secondLevelCountryCodes: Set<PackedWord> = Set(
        ["ar", "au", "br", "cn", "gr", "hk", "mx", "nz", "pl", "sg", "tr", "tw", "uk", "za"].map { PackedWord($0) })

    /// First labels that mark a host name or a code identifier rather than a mail domain: `www` (a web address,
    /// "see www.contoso.com"), and generic top-level domains in first position (reverse-DNS identifiers such as Java
    /// packages in stack traces, `com.contoso.app`).
    static let rejectedFirstLabels: Set<PackedWord> = Set(
        ["www", "com", "org", "net", "edu", "gov"].map { PackedWord($0) }
    )

    /// Determiners and possessives: never the first label of a domain after a spelled-out ` at ` ("at the dot com
    /// era", "at my dot files"), and never right before a local part ("the project at salsa.debian.org").
    static let determiners: Set<PackedWord> = Set(
        """
        the a an this that these those my your our their his her its some any every each no all least most first \
        last once
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { PackedWord(String($0)) }
    )

    /// Spanish and Portuguese articles, prepositions and conjunctions: never the first label of a domain after
    /// `arroba` ("la arroba en el punto de venta", "a arroba no ponto de venda").
    static let romanceFunctionWords: Set<PackedWord> = Set(
        """
        el la los las un una y o u en de del al con por para su mi os as um uma e em no na do da dos das ao com
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { PackedWord(String($0)) }
    )

    /// The English articles `a` and `an`, which are also the preposition "to" in Spanish and Portuguese (`a`) and
    /// German (`an`): "enviado a lucia dot navarro at …", "Lizenz an lea at contoso dot de".
    static let ambiguousArticles: Set<PackedWord> = Set(["a", "an"].map { PackedWord($0) })

    /// First labels that mark a code identifier after a spelled-out ` at ` (stack traces and logs:
    /// "message at System.IO", "crash at std.io"); an address written `jane [at] system [dot] io` is still found.
    static let codeNamespaces: Set<PackedWord> = Set(
        """
        system java javax android kotlin std self this window document console os sys
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { PackedWord(String($0)) }
    )

    /// Top-level domains that are also common file extensions (`.sh`, `.md`, `.py`, `.rs`, `.zip`, automake's `.am`,
    /// autoconf's `.ac`): after a spelled-out ` at `, `name.sh` is a file ("failed at install.sh"), not a domain.
    /// Written with `dot` or brackets they are still accepted.
    static let fileExtensions: Set<PackedWord> = Set(
        ["sh", "md", "py", "rs", "mk", "am", "ac", "ml", "cc", "ps", "so", "zip", "mov", "in", "pm"]
            .map { PackedWord($0) }
    )

    /// Whether the bytes of `range` in `text` name a delegated top-level domain once invisible characters are
    /// removed and full-width forms are folded to ASCII (`c\u{200B}om`, `ｃｏｍ` → `com`).
    ///
    /// Runs only on candidate matches, so the small array it builds is acceptable.
    static func isTopLevelDomain(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        // Most labels are ASCII: looked up in place.
        if !text[range].contains(where: { $0 >= 0x80 }) { return TopLevelDomainSet.contains(text[range]) }
        var label: [UInt8] = []
        label.reserveCapacity(range.count)
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = text[index]
            if byte < 0x80 {
                label.append(byte)
                index += 1
                continue
            }
            guard let (value, length) = UTF8Scalar.decode(text, at: index) else { return false }
            if let ascii = UTF8Scalar.asciiEquivalent(ofFullWidth: value) {
                label.append(ascii)
            } else if UTF8Scalar.category(of: value) != .invisible {
                label.append(contentsOf: text[index..<(index + length)])
            }
            index += length
        }
        return TopLevelDomainSet.contains(label)
    }
}
