extension BuiltInDetectors {
    /// E-mail addresses written to evade filters (see ``ObfuscatedEmailDetector`` for the forms and the limits).
    public static func obfuscatedEmail() throws(RedactionError) -> ObfuscatedEmailDetector {
        ObfuscatedEmailDetector()
    }
}

/// E-mail addresses written to evade filters: `jane [at] contoso [dot] com`, `jane.doe at contoso dot co dot uk`,
/// `jane＠contoso．com`, `jane @ contoso.com`, `jane@contoso com`, `j\u{200B}ane@contoso.com`,
/// `jane arroba contoso punto es`, `jane アット contoso ドット jp`.
///
/// ## What it finds
/// A local part, a stand-in for `@` and a domain whose last label is a delegated top-level domain
/// (``TopLevelDomainSet``), with at least one piece disguised. The finding covers the local part through the TLD.
/// - `@` as `[at]` `(at)` `{at}` `<at>` `[@]` (also `（at）` `［at］` `【at】`; blanks inside and around allowed),
///   ` at ` between blanks, `-at-`, `_at_`, `＠` `﹫`, `&#64;` `&#x40;` `&commat;` `%40`, or `@` with blanks on
///   either side; the words ` arroba ` (Spanish, Portuguese) and ` arobase ` (French) between blanks or in brackets;
///   Japanese `アット`, `アットマーク`, `＠マーク` with or without blanks. Latin words match in any case (`AT`, `Dot`).
/// - Dots as `.`, ` . `, `[dot]` `(dot)` `{dot}` `<dot>` `[.]` `(punkt)` `(point)`, ` dot `, ` punkt `, ` punto `,
///   ` ponto `, `ドット` (blanks optional), `-dot-`, `_dot_`, `．` `。` `｡`, `&#46;` `&period;`, `%2E` (domain only),
///   ` point ` (in the domain after a symbol, bracketed or localized `@`; in the local part only with `arobase`),
///   `点` (domain only, between ASCII labels), or — between domain labels only — blanks alone.
/// - Text in scripts written without spaces (Japanese, Chinese, Thai) glued to the address: a change between such a
///   script and ASCII/Latin letters is a word boundary, so `連絡先jane [at] contoso [dot] co [dot] jpをお客様に`
///   gives the address alone, and a full stop `。` before kana or kanji ends the domain (`contoso.com。次は`).
/// - Zero-width characters (U+200B–U+200D, U+2060, U+FEFF) and soft hyphens inside the local part and the labels
///   and next to separators, and full-width letters (`ｃｏｍ`); the TLD is looked up with them removed or folded.
///   Invisible characters at the very edges are left outside the finding.
/// - Local parts of ASCII letters, digits, `_ + - '` and letters of any script (`jürgen`, `иван`, `李雷`), joined
///   by any dot form above except blanks, each atom and each domain label in one kind of script; IDN domains
///   (`müller-shop.de`, `пример.рф`). A generic TLD across blanks takes a following country code (`contoso com br`).
///
/// ## Precision rules (what it deliberately does not find)
/// - The plain form `jane@contoso.com` (the `email` detector's): some disguise is required.
/// - After a prose-like `@` (` at `, ` @ `, `-at-`, `_at_`) or a localized word (`arroba`, `アット`) the local part
///   has at least 2 bytes and a letter, and its last word is not a stop word (``ObfuscatedEmailLexicon/stopWords``:
///   "look at", "arrived at", "available at", "me @", "error at", "el símbolo arroba"). After a spelled `at` it does
///   not follow a typographic apostrophe (`It’s at`) nor a determiner ("the project at …"; `a`/`an` only when no dot
///   is spelled, since they mean "to" in Spanish, Portuguese and German); the first label is not a determiner ("at
///   the dot com era") or a code namespace (`System`, `std`); after `arroba`/`arobase` it is not a Spanish or
///   Portuguese function word ("la arroba en el punto de venta").
/// - The domain has at least 2 labels; a first label `www`, `com`, `org`, `net`, `edu` or `gov` (web addresses,
///   reverse-DNS identifiers such as `com.contoso.app.Main.run`) is rejected.
/// - The TLD cannot be followed by another explicitly separated label (`System.IO.File` does not end at `IO`) nor
///   by `(` (`File.Open(`). After a prose-like `@` it cannot be followed by `/` (a URL path), a Title-case TLD must
///   be a common one (`Task.Run` is code; `run` and `open` are TLDs), and a file extension after a real dot
///   (`install.sh`, `README.md`) is a file name.
/// - Blanks alone and disguised dots (`dot`, `[.]`, `．`) are never mixed in one domain ("y el punto de la dirección").
/// - With blanks alone between labels (`jane at mail contoso com`): at most 4 labels, each with a letter, none in
///   Title case ("Sam at Contoso Ltd", "Marie at Banque de France"), and the TLD from a short list of common TLDs
///   that are not words (``ObfuscatedEmailLexicon/whitespaceTopLevelDomains``: `com`, `net`, `org`, `de`, `uk`, …;
///   not `at`, `in`, `it`, `is`, `to`, `co`); the domain ends at the first such TLD.
/// - Blanks are ASCII space, tab and Unicode spaces, at most 3 in a row; a line break never joins an address.
/// - Not found: `(a)`, `ät`, `chiocciola` or `艾特` for `@`; other spelled dots (`period`, ` point ` after a
///   spelled ` at `); addresses split across lines; invisible characters inside the words `at`/`dot`; `%2E` inside
///   the local part; one-letter local parts before a spelled ` at ` (`m at sad.bz`); a top-level domain in kana or
///   kanji glued to following kana or kanji (`例子．中国に`: the label cannot be told from the sentence).
///
/// ## Confidence
/// Below the plain detector's 0.95 because the reading is an interpretation: 0.85 when `@` is a symbol or bracketed
/// (`[at]`, `＠`, ` @ `, `&#64;`, or a real `@` with disguised dots or invisible characters), 0.80 when it is a word
/// that means only `@` (`arroba`, `arobase`, `アット`), 0.75 when it is spelled in prose (` at `, `-at-`); 0.05 less
/// when blanks alone separate domain labels (the weakest evidence of a domain).
///
/// ## Implementation
/// A hand-written scanner (``ObfuscatedEmailScanner``), not a regular expression: the local part is read backwards
/// from the `@` stand-in, which a PCRE2 10.42 pattern cannot do (no variable-length look-behind), and a pattern
/// starting at the local part would be tried at every word of the prose. The scan looks only at trigger bytes (`at`
/// and `ar` in any case, `@`, `&`, `%`, 0xEF — the lead byte of `＠`/`﹫` — and 0xE3 0x82, the start of `アット`),
/// found 8 bytes at a time; `at`/`ar` inside a word is dismissed at once. Every step is bounded, so the scan is
/// linear and never throws; invalid UTF-8 is a boundary.
public struct ObfuscatedEmailDetector: Detector {
    /// Identity (`email.obfuscated`), kind (`.email`) and documentation.
    public let descriptor = DetectorDescriptor(
        id: Self.id, kind: .email,
        summary: "E-mail addresses written to evade filters ([at], (dot), ＠, spelled, arroba, zero-width), known TLD.",
        example: "write to jane.doe [at] contoso [dot] com")

    /// Every address has a top-level domain, which has two ASCII letters in a row or (IDN, full-width, invisible
    /// characters) a non-ASCII byte (a test keeps the list so).
    public let prefilter = Prefilter(anyOf: [.letterPair, .highByte])

    /// Creates the detector.
    public init() {}

    /// Reports every obfuscated address in `text`. Never throws: the scan is bounded and uses no regex engine.
    public func detect(
        in text: UnsafeBufferPointer<UInt8>, scratch: inout DetectionScratch, report: (Finding) -> Void
    ) throws(RedactionError) {
        // The closure captures nothing of `self`: no reference counting per call on the common path (no findings).
        ObfuscatedEmailScanner(text: text).scan { range, confidence in
            report(Finding(kind: .email, range: range, detectorID: Self.id, confidence: confidence))
        }
    }

    /// `email.obfuscated`.
    static let id = DetectorID(rawValue: "email.obfuscated")
}
