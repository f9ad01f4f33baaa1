/// The language (and with it the countries, names, formats and sentence templates) of a generated record.
public enum RecordLocale: String, CaseIterable, Sendable, Hashable, Codable {
    /// English: customers in the US, Canada, the UK and India.
    case en
    /// German: customers in Germany.
    case de
    /// French: customers in France.
    case fr
    /// Spanish: customers in Spain.
    case es
    /// Japanese: customers in Japan.
    case ja
    /// Brazilian Portuguese: customers in Brazil.
    case ptBR = "pt-BR"
}

/// A seeded, deterministic generator of realistic support-case records (JSON Lines) with personal data planted in
/// fields and free text, look-alike decoys, and the ground truth of both.
///
/// The same seed and options give byte-identical records on every machine and Swift version: randomness comes
/// from the module's own xoshiro256** generator, and no output depends on hashing or dictionary order.
///
///     var generator = SupportCaseGenerator(seed: 42)
///     for lineNumber in 1...200 {
///         let record = generator.next()
///         print(record.line)                                          // the JSONL record
///         truth.append(record.groundTruthLine(lineNumber: lineNumber)) // what was planted where
///     }
///
/// A record is one JSON object: `case_number`, `created_at`, `updated_at`, `status`, `severity`, `language`,
/// optional `channel`, `product`, `category`, `customer` (`name`, `email`, optional `phone`, `company`, `address`),
/// optional `location` (`city`, `country`, `ip`, optional `geo`), optional `device`, `description`, optional
/// `internal_notes` (array), `resolution` (string or null), optional `kb_articles`, `claim`, `sku`, `order_number`,
/// `reopen_count`, `tags`, `sla_breached`. All personal data uses reserved or fictional values: documentation IP
/// ranges, fictional company domains, 555-01xx and Ofcom drama numbers, names from the module's own lists.
///
/// Generation runs at well over 50 MB/s in a release build; ``appendNextLine(to:)`` skips building the ground
/// truth for bulk benchmark data.
public struct SupportCaseGenerator: Sendable {
    /// Knobs for the generated data. The defaults give a realistic mix; ``short`` and ``long`` change the size.
    public struct Options: Sendable, Hashable {
        /// Relative frequency of each locale (missing or zero: never). Must have a positive total.
        public var localeWeights: [RecordLocale: Int]
        /// Probability (0…1) that a free-text sentence carries personal data, and that a description ends in a
        /// signature block. Fields of the customer block carry personal data regardless.
        public var piiDensity: Double
        /// Number of sentences in a description.
        public var descriptionSentences: ClosedRange<Int>
        /// Number of internal notes (each one or two sentences) on records that have notes.
        public var noteCount: ClosedRange<Int>
        /// Whether e-mail addresses in free text may be obfuscated (`jane at contoso dot com`, `jane [at] …`,
        /// full-width `＠`, zero-width spaces, …); when false only plain, `mailto:` and `<…>` forms appear.
        public var includeObfuscatedEmails: Bool
        /// Whether every name, city and street written in free text is the record's own — one that also stands in
        /// its structured fields (`customer.name`, `location.city`, `customer.address.street`, which are then always
        /// written). Off by default: colleagues' names and other cities appear in free text as in real cases.
        public var ownEntitiesOnly: Bool
        /// Whether free text also carries sentences with words that are names or places elsewhere but not here
        /// (`Will the patch …`, `planned for May`, `Mark the ticket`, `our Paris Agreement targets`,
        /// `Reading the logs`), recorded as `COMMON_WORD` decoys that must survive redaction.
        public var commonWordDecoys: Bool

        /// The default locale mix: 40 % English, 15 % German, 12 % French, 12 % Spanish, 10 % Japanese,
        /// 11 % Brazilian Portuguese.
        public static let defaultLocaleWeights: [RecordLocale: Int] = [
            .en: 40, .de: 15, .fr: 12, .es: 12, .ja: 10, .ptBR: 11,
        ]

        /// Creates options; every parameter has a realistic default (about 1.2 KB per record).
        public init(
            localeWeights: [RecordLocale: Int] = Options.defaultLocaleWeights,
            piiDensity: Double = 0.35,
            descriptionSentences: ClosedRange<Int> = 3...8,
            noteCount: ClosedRange<Int> = 1...3,
            includeObfuscatedEmails: Bool = true,
            ownEntitiesOnly: Bool = false,
            commonWordDecoys: Bool = false
        ) {
            self.localeWeights = localeWeights
            self.piiDensity = piiDensity
            self.descriptionSentences = descriptionSentences
            self.noteCount = noteCount
            self.includeObfuscatedEmails = includeObfuscatedEmails
            self.ownEntitiesOnly = ownEntitiesOnly
            self.commonWordDecoys = commonWordDecoys
        }

        /// Short records (one or two description sentences, at most one note; about 0.8 KB).
        public static var short: Options { Options(descriptionSentences: 1...2, noteCount: 0...1) }

        /// Long records (30 to 80 description sentences, three to eight notes; about 5 KB).
        public static var long: Options { Options(descriptionSentences: 30...80, noteCount: 3...8) }
    }

    private var builder: RecordBuilder
    private let options: Options
    private let localeWeights: [Int]

    /// Creates a generator whose output is fully determined by `seed` and `options`.
    public init(seed: UInt64, options: Options = Options()) {
        precondition(options.piiDensity >= 0 && options.piiDensity <= 1, "piiDensity must be in 0…1")
        precondition(options.descriptionSentences.lowerBound >= 0 && options.noteCount.lowerBound >= 0)
        // Weights are read in `RecordLocale.allCases` order, never in dictionary order.
        let weights = RecordLocale.allCases.map { max(0, options.localeWeights[$0] ?? 0) }
        precondition(weights.reduce(0, +) > 0, "localeWeights must have a positive total")
        self.builder = RecordBuilder(seed: seed)
        self.options = options
        self.localeWeights = weights
    }

    /// Generates the next record with its ground truth.
    public mutating func next() -> GeneratedRecord {
        let locale = generate()
        let line = String(decoding: builder.out, as: UTF8.self)
        var planted: [PlantedValue] = []
        var decoys: [Decoy] = []
        planted.reserveCapacity(builder.spans.count)
        decoys.reserveCapacity(builder.spans.count)
        for span in builder.spans {
            let value = String(decoding: builder.out[span.start..<span.end], as: UTF8.self)
            if span.kind.isPersonal {
                planted.append(
                    PlantedValue(
                        kind: span.kind.name, value: value, field: span.field.path, form: span.form.description,
                        offset: span.start))
            } else {
                decoys.append(Decoy(kind: span.kind.name, value: value, field: span.field.path, offset: span.start))
            }
        }
        return GeneratedRecord(line: line, locale: locale, planted: planted, decoys: decoys)
    }

    /// Generates the next record and appends its line and a newline to `buffer`, without building the ground
    /// truth (the fast path for bulk data). Consumes the same randomness as ``next()``, so the two can be mixed and
    /// the lines stay identical to what ``next()`` would give.
    public mutating func appendNextLine(to buffer: inout [UInt8]) {
        _ = generate()
        buffer.append(contentsOf: builder.out)
        buffer.append(UInt8(ascii: "\n"))
    }

    private mutating func generate() -> RecordLocale {
        builder.reset()
        let locale = RecordLocale.allCases[builder.random.weighted(localeWeights)]
        builder.writeRecord(LocaleData.all[locale.index], options)
        return locale
    }

    /// Every kind of personal data the generator plants, as `PlantedValue.kind` spells it.
    public static let plantedKinds: [String] = Kind.allCases.filter(\.isPersonal).map(\.name)

    /// Every kind of decoy the generator writes, as `Decoy.kind` spells it.
    public static let decoyKinds: [String] = Kind.allCases.filter { !$0.isPersonal }.map(\.name)

    /// Every form each planted kind is written in, as `PlantedValue.form` spells it (with default options, each
    /// occurs within 10,000 records).
    public static let forms: [String: [String]] = Forms.catalog
}

extension RecordLocale {
    var index: Int {
        switch self {
        case .en: 0
        case .de: 1
        case .fr: 2
        case .es: 3
        case .ja: 4
        case .ptBR: 5
        }
    }
}
