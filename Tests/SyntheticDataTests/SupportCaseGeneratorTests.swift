import Foundation
import Testing

@testable import SyntheticData

/// 10,000 records with default options, shared by the corpus-wide checks (generated once).
let corpus: [GeneratedRecord] = {
    var generator = SupportCaseGenerator(seed: 7)
    return (0..<10_000).map { _ in generator.next() }
}()

/// Both sides of the ground truth of a record, as (kind, value, offset) triples.
func spans(_ record: GeneratedRecord) -> [(kind: String, value: String, offset: Int, planted: Bool)] {
    record.planted.map { ($0.kind, $0.value, $0.offset, true) }
        + record.decoys.map { ($0.kind, $0.value, $0.offset, false) }
}

@Suite("SupportCaseGenerator: determinism")
struct DeterminismTests {
    @Test("the same seed gives byte-identical records and ground truth")
    func sameSeedSameOutput() {
        var first = SupportCaseGenerator(seed: 42)
        var second = SupportCaseGenerator(seed: 42)
        for lineNumber in 1...500 {
            let a = first.next()
            let b = second.next()
            #expect(a == b)
            #expect(a.groundTruthLine(lineNumber: lineNumber) == b.groundTruthLine(lineNumber: lineNumber))
        }
    }

    @Test("different seeds give different records", arguments: [(UInt64(1), UInt64(2)), (0, 1), (42, 43)])
    func differentSeedsDiffer(seeds: (UInt64, UInt64)) {
        var first = SupportCaseGenerator(seed: seeds.0)
        var second = SupportCaseGenerator(seed: seeds.1)
        var equal = 0
        for _ in 0..<100 where first.next().line == second.next().line { equal += 1 }
        #expect(equal == 0)
    }

    @Test("appendNextLine writes exactly what next() returns, and the two can be mixed")
    func fastPathMatchesNext() {
        var reference = SupportCaseGenerator(seed: 99)
        var fast = SupportCaseGenerator(seed: 99)
        for index in 0..<300 {
            let expected = Array((reference.next().line + "\n").utf8)
            if index % 3 == 0 {
                #expect(Array((fast.next().line + "\n").utf8) == expected)
            } else {
                var buffer: [UInt8] = [0xAA]
                fast.appendNextLine(to: &buffer)
                #expect(Array(buffer.dropFirst()) == expected)
            }
        }
    }

    @Test("options change the output deterministically")
    func optionsAreDeterministic() {
        let options = SupportCaseGenerator.Options(localeWeights: [.ja: 1, .fr: 2], piiDensity: 0.9)
        var first = SupportCaseGenerator(seed: 5, options: options)
        var second = SupportCaseGenerator(seed: 5, options: options)
        var plain = SupportCaseGenerator(seed: 5)
        var differ = 0
        for _ in 0..<50 {
            let record = first.next()
            #expect(record == second.next())
            if record.line != plain.next().line { differ += 1 }
        }
        #expect(differ == 50)
    }

    @Test("xoshiro256** and SplitMix64 match the reference implementations")
    func randomMatchesReference() {
        var mixer = SplitMix64(state: 0)
        #expect(
            [mixer.next(), mixer.next(), mixer.next()] == [
                0xE220_A839_7B1D_CDAF, 0x6E78_9E6A_A1B9_65F4, 0x06C4_5D18_8009_454F,
            ])
        // Vigna's xoshiro256starstar.c from state {1, 2, 3, 4}.
        var random = SeededRandom(state: (1, 2, 3, 4))
        let expected: [UInt64] = [
            11520, 0, 1_509_978_240, 1_215_971_899_390_074_240, 1_216_172_134_540_287_360, 607_988_272_756_665_600,
        ]
        #expect((0..<6).map { _ in random.next() } == expected)
        // Seeding: SplitMix64(42) expands into the state.
        var seeded = SeededRandom(seed: 42)
        #expect(
            [seeded.next(), seeded.next(), seeded.next()] == [
                0x1578_0B2E_0C2E_C716, 0x6104_D986_6D11_3A7E, 0xAE17_5332_39E4_99A1,
            ])
    }

    @Test("bounded draws stay in range")
    func boundedDraws() {
        var random = SeededRandom(seed: 3)
        for bound in [1, 2, 3, 7, 10, 97, 1_000, 1 << 40] {
            for _ in 0..<1_000 {
                let value = random.below(bound)
                #expect(value >= 0 && value < bound)
            }
        }
        #expect((0..<1_000).allSatisfy { _ in (5...9).contains(random.within(5...9)) })
        #expect(!(0..<100).contains { _ in random.chance(0) })
        #expect((0..<100).allSatisfy { _ in random.chance(1) })
    }
}

@Suite("SupportCaseGenerator: records")
struct RecordTests {
    @Test("every line is one valid JSON object and every truth line too")
    func everyLineIsValidJSON() throws {
        for (index, record) in corpus.enumerated() {
            #expect(!record.line.contains("\n"))
            let object = try JSONSerialization.jsonObject(with: Data(record.line.utf8))
            #expect(object is [String: Any])
            let truth = try JSONSerialization.jsonObject(with: Data(record.groundTruthLine(lineNumber: index + 1).utf8))
            let truthObject = try #require(truth as? [String: Any])
            #expect(truthObject["line"] as? Int == index + 1)
            #expect(truthObject["locale"] as? String == record.locale.rawValue)
            let planted = try #require(truthObject["planted"] as? [[String: Any]])
            let decoys = try #require(truthObject["decoys"] as? [[String: Any]])
            #expect(planted.map { $0["value"] as? String } == record.planted.map(\.value))
            #expect(planted.map { $0["offset"] as? Int } == record.planted.map(\.offset))
            #expect(decoys.map { $0["value"] as? String } == record.decoys.map(\.value))
        }
    }

    @Test("every planted value and decoy occurs verbatim at its offset")
    func valuesOccurAtTheirOffsets() {
        for record in corpus {
            let line = Array(record.line.utf8)
            for span in spans(record) {
                let value = Array(span.value.utf8)
                #expect(!value.isEmpty)
                let end = span.offset + value.count
                #expect(
                    end <= line.count && Array(line[span.offset..<min(end, line.count)]) == value,
                    "\(span.kind) at \(span.offset)")
            }
        }
    }

    @Test("every value sits inside the decoded text of the field its path names")
    func fieldPathsResolve() throws {
        for record in corpus {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(record.line.utf8)) as? [String: Any])
            for planted in record.planted {
                let text = try #require(Self.resolve(planted.field, in: object), "\(planted.field)")
                #expect(text.contains(planted.value), "\(planted.kind) in \(planted.field)")
            }
            for decoy in record.decoys {
                let text = try #require(Self.resolve(decoy.field, in: object), "\(decoy.field)")
                #expect(text.contains(decoy.value), "\(decoy.kind) in \(decoy.field)")
            }
        }
    }

    /// Follows `customer.address.street` or `internal_notes[1]` to a string.
    static func resolve(_ path: String, in object: [String: Any]) -> String? {
        var current: Any = object
        for component in path.split(separator: ".") {
            var name = Substring(component)
            var index: Int?
            if let open = component.firstIndex(of: "["), component.last == "]" {
                name = component[..<open]
                index = Int(component[component.index(after: open)..<component.index(before: component.endIndex)])
            }
            guard let next = (current as? [String: Any])?[String(name)] else { return nil }
            current = next
            if let index {
                guard let array = current as? [Any], array.indices.contains(index) else { return nil }
                current = array[index]
            }
        }
        return current as? String
    }

    @Test("no decoy contains a planted value and no planted value contains a decoy")
    func decoysAndPlantedValuesAreDisjoint() {
        for record in corpus {
            let decoys = record.decoys.map { ($0.kind, Array($0.value.utf8)) }
            var clashes: [String] = []
            for planted in record.planted {
                let value = Array(planted.value.utf8)
                for (kind, decoy) in decoys where decoy.firstRange(of: value) != nil || value.firstRange(of: decoy) != nil {
                    clashes.append("\(planted.kind)/\(kind)")
                }
            }
            #expect(clashes.isEmpty, "\(clashes)")
        }
    }

    @Test("values contain no quote, backslash or control character")
    func valuesNeedNoEscaping() {
        for record in corpus {
            for span in spans(record) {
                #expect(!span.value.utf8.contains { $0 == 0x22 || $0 == 0x5C || $0 < 0x20 }, "\(span.kind)")
            }
        }
    }

    @Test("every digit in free text belongs to a planted value or a decoy")
    func freeTextDigitsAreAccountedFor() {
        for record in corpus {
            let line = Array(record.line.utf8)
            var covered = [Bool](repeating: false, count: line.count)
            for span in spans(record) {
                for index in span.offset..<(span.offset + span.value.utf8.count) { covered[index] = true }
            }
            var uncovered: [Int] = []
            for range in Self.freeTextRanges(line) {
                for index in range where line[index] >= 0x30 && line[index] <= 0x39 && !covered[index] {
                    uncovered.append(index)
                }
            }
            #expect(uncovered.isEmpty, "uncovered digits at \(uncovered)")
        }
    }

    /// The raw byte ranges of the `description`, `resolution` and `internal_notes` strings.
    static func freeTextRanges(_ line: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        for key in ["\"description\":\"", "\"resolution\":\"", "\"internal_notes\":["] {
            let keyBytes = Array(key.utf8)
            guard let found = line.firstRange(of: keyBytes) else { continue }
            var index = found.upperBound
            let isArray = key.hasSuffix("[")
            repeat {
                if isArray {
                    guard line[index] == UInt8(ascii: "\"") else { break }
                    index += 1
                }
                let begin = index
                while line[index] != UInt8(ascii: "\"") { index += line[index] == UInt8(ascii: "\\") ? 2 : 1 }
                ranges.append(begin..<index)
                index += 1
                if isArray && line[index] == UInt8(ascii: ",") { index += 1 } else { break }
            } while true
        }
        return ranges
    }
}

@Suite("SupportCaseGenerator: coverage")
struct CoverageTests {
    @Test("every planted kind and every form occurs in 10,000 records, and nothing outside the catalogue")
    func everyKindAndFormOccurs() {
        var seen: [String: Set<String>] = [:]
        for record in corpus {
            for planted in record.planted { seen[planted.kind, default: []].insert(planted.form) }
        }
        #expect(Set(seen.keys) == Set(SupportCaseGenerator.plantedKinds))
        #expect(SupportCaseGenerator.plantedKinds.count == 15)
        for kind in SupportCaseGenerator.plantedKinds {
            let catalogue = Set(SupportCaseGenerator.forms[kind] ?? [])
            #expect(
                seen[kind] == catalogue,
                "\(kind): missing \(catalogue.subtracting(seen[kind] ?? [])), extra \((seen[kind] ?? []).subtracting(catalogue))"
            )
        }
    }

    @Test("every decoy kind occurs in 10,000 records")
    func everyDecoyKindOccurs() {
        let seen = Set(corpus.flatMap { $0.decoys.map(\.kind) })
        // COMMON_WORD sentences are written only with `commonWordDecoys`.
        #expect(seen == Set(SupportCaseGenerator.decoyKinds).subtracting(["COMMON_WORD"]))
        #expect(SupportCaseGenerator.decoyKinds.count == 13)
    }

    @Test("own-entities mode: every name, city and street in free text also stands in a field of its record")
    func ownEntitiesOnly() {
        var options = SupportCaseGenerator.Options()
        options.ownEntitiesOnly = true
        options.commonWordDecoys = true
        var generator = SupportCaseGenerator(seed: 5, options: options)
        var freeText = 0, commonWords = 0
        for _ in 0..<2_000 {
            let record = generator.next()
            // Japanese names are written with or without a space between family and given name.
            let fieldValues = Set(record.planted.filter { !Self.isFreeText($0.field) }.map { Self.unspaced($0.value) })
            for value in record.planted where Self.isFreeText(value.field)
                && ["PERSON", "LOCATION", "STREET_ADDRESS"].contains(value.kind)
            {
                freeText += 1
                // A first or last name alone is part of the field's full name.
                let text = Self.unspaced(value.value)
                let inField = fieldValues.contains(text)
                    || (value.form != "full-name" && fieldValues.contains { $0.contains(text) })
                #expect(inField, "\(record.locale) \(value.kind)/\(value.form) in \(value.field) is not the record's own")
            }
            commonWords += record.decoys.filter { $0.kind == "COMMON_WORD" }.count
        }
        #expect(freeText > 1_000)
        #expect(commonWords > 500)
    }

    private static func unspaced(_ value: String) -> String { value.filter { $0 != " " } }

    private static func isFreeText(_ field: String) -> Bool {
        field == "description" || field == "resolution" || field.hasPrefix("internal_notes")
    }

    @Test("planted kinds and fields: personal data appears in structured fields and in free text")
    func plantedInFieldsAndFreeText() {
        let freeText: (String) -> Bool = {
            $0 == "description" || $0 == "resolution" || $0.hasPrefix("internal_notes[")
        }
        for kind in SupportCaseGenerator.plantedKinds {
            let fields = Set(corpus.flatMap { $0.planted.filter { $0.kind == kind }.map(\.field) })
            #expect(fields.contains(where: freeText), "\(kind) never in free text")
        }
        let structured = Set(corpus.flatMap { $0.planted.map(\.field) }.filter { !freeText($0) })
        #expect(
            structured.isSuperset(of: [
                "case_number", "customer.name", "customer.email", "customer.phone", "location.ip", "location.geo",
                "device.mac", "claim.claim_id", "claim.payment.iban", "claim.payment.card_number",
                "customer.address.street",
            ]))
    }

    @Test("every locale occurs with the default mix, in proportion")
    func defaultLocaleMix() {
        var counts: [RecordLocale: Int] = [:]
        for record in corpus { counts[record.locale, default: 0] += 1 }
        for locale in RecordLocale.allCases {
            let weight = SupportCaseGenerator.Options.defaultLocaleWeights[locale]!
            let expected = Double(weight) / 100 * Double(corpus.count)
            #expect(abs(Double(counts[locale, default: 0]) - expected) < expected * 0.2, "\(locale)")
        }
    }

    /// The locale's template text (JSON-escaped, as it appears in lines), pieces of at least 12 bytes.
    static func templateText(_ locale: RecordLocale) -> [[UInt8]] {
        let data = LocaleData.all[locale.index]
        var templates = data.greetings + data.signoffs
        for pool in [data.description, data.notes, data.resolutions] { templates += pool.anyPersonal + pool.neutral }
        return templates.flatMap { template in
            template.segments.compactMap { segment -> [UInt8]? in
                guard case .text(let bytes) = segment, bytes.count >= 12 else { return nil }
                return bytes
            }
        }
    }

    @Test(
        "a single-locale mix gives only that locale, its language tag and its own sentences",
        arguments: RecordLocale.allCases)
    func singleLocale(locale: RecordLocale) {
        // Pieces two languages share (`Reembolso de ` in Spanish and Portuguese) prove nothing either way.
        let others = Set(RecordLocale.allCases.filter { $0 != locale }.flatMap(Self.templateText))
        let own = Set(Self.templateText(locale))
        let distinctOwn = own.subtracting(others).map { Data($0) }
        let distinctOthers = others.subtracting(own).map { Data($0) }
        var generator = SupportCaseGenerator(seed: 11, options: .init(localeWeights: [locale: 1]))
        for _ in 0..<200 {
            let record = generator.next()
            let line = Data(record.line.utf8)
            #expect(record.locale == locale)
            #expect(record.line.contains("\"language\":\"\(locale.rawValue.prefix(2))"))
            // Foundation's search, compiled optimised, keeps this fast in debug builds.
            let hasOwn = distinctOwn.contains { line.range(of: $0) != nil }
            let hasOther = distinctOthers.contains { line.range(of: $0) != nil }
            #expect(hasOwn && !hasOther)
        }
    }

    @Test("Japanese records have Japanese names, places and sentences without spaces between them")
    func japaneseText() {
        let records = corpus.filter { $0.locale == .ja }
        #expect(records.count > 500)
        let names = records.flatMap { $0.planted.filter { $0.kind == "PERSON" }.map(\.value) }
        #expect(names.allSatisfy { $0.unicodeScalars.contains { $0.value >= 0x3040 } })
        #expect(records.allSatisfy { $0.line.contains("。") || $0.line.contains("様") })
    }

    @Test("with PII density 0 free text carries no personal data")
    func densityZero() {
        var generator = SupportCaseGenerator(seed: 13, options: .init(piiDensity: 0))
        for _ in 0..<500 {
            let record = generator.next()
            let freeText = record.planted.filter {
                $0.field == "description" || $0.field == "resolution" || $0.field.hasPrefix("internal_notes")
            }
            #expect(freeText.isEmpty)
            #expect(record.planted.contains { $0.field == "customer.email" })
        }
    }

    @Test("higher PII density plants more values in free text")
    func densityScales() {
        func freeTextCount(_ density: Double) -> Int {
            var generator = SupportCaseGenerator(seed: 17, options: .init(piiDensity: density))
            return (0..<500).reduce(0) { sum, _ in
                sum + generator.next().planted.filter { $0.field == "description" }.count
            }
        }
        #expect(freeTextCount(0.9) > 2 * freeTextCount(0.2))
    }

    @Test("obfuscated e-mails can be switched off")
    func plainEmailsOnly() {
        var generator = SupportCaseGenerator(seed: 19, options: .init(piiDensity: 1, includeObfuscatedEmails: false))
        var forms = Set<String>()
        for _ in 0..<500 {
            for planted in generator.next().planted where planted.kind == "EMAIL" { forms.insert(planted.form) }
        }
        #expect(forms == ["plain", "mailto", "angle-brackets"])
    }

    @Test("size presets: long records are several times larger than short ones")
    func sizePresets() {
        func averageSize(_ options: SupportCaseGenerator.Options) -> Int {
            var generator = SupportCaseGenerator(seed: 23, options: options)
            return (0..<300).reduce(0) { sum, _ in sum + generator.next().line.utf8.count } / 300
        }
        let short = averageSize(.short)
        let medium = averageSize(.init())
        let long = averageSize(.long)
        #expect(short < medium && medium < long)
        #expect(long > 3 * short)
    }
}

@Suite("SupportCaseGenerator: value validity")
struct ValueValidityTests {
    static func values(_ kind: String) -> [PlantedValue] {
        corpus.flatMap { $0.planted.filter { $0.kind == kind } }
    }

    static func digits(_ text: String) -> [Int] {
        text.utf8.filter { (0x30...0x39).contains($0) }.map { Int($0) - 48 }
    }

    static func luhnValid(_ digits: [Int]) -> Bool {
        var sum = 0
        for (offset, digit) in digits.reversed().enumerated() {
            sum += offset % 2 == 1 ? (digit * 2 > 9 ? digit * 2 - 9 : digit * 2) : digit
        }
        return sum % 10 == 0
    }

    @Test("card numbers are Luhn-valid with a known issuer prefix; LUHN_INVALID decoys are not")
    func cards() {
        let cards = Self.values("CREDIT_CARD")
        #expect(cards.count > 100)
        for card in cards {
            let digits = Self.digits(card.value)
            #expect(digits.count == 15 || digits.count == 16)
            #expect(Self.luhnValid(digits))
            #expect([3, 4, 5, 6].contains(digits[0]))
        }
        let invalid = corpus.flatMap { $0.decoys.filter { $0.kind == "LUHN_INVALID" } }
        #expect(invalid.count > 100)
        #expect(invalid.allSatisfy { Self.digits($0.value).count == 16 && !Self.luhnValid(Self.digits($0.value)) })
    }

    @Test("IBANs have correct mod-97 check digits and registry lengths")
    func ibans() {
        let lengths = [
            "DE": 22, "AT": 20, "FR": 27, "BE": 16, "ES": 24, "GB": 22, "IE": 22, "NL": 18, "BR": 29, "PT": 25,
            "IT": 27, "CH": 21,
        ]
        let ibans = Self.values("IBAN")
        #expect(ibans.count > 100)
        for iban in ibans {
            let compact = iban.value.replacingOccurrences(of: " ", with: "")
            #expect(compact.count == lengths[String(compact.prefix(2))], "\(compact.prefix(2))")
            let rearranged = compact.dropFirst(4) + compact.prefix(4)
            var remainder = 0
            for character in rearranged {
                let number = character.isLetter ? Int(character.asciiValue! - 55) : Int(character.asciiValue! - 48)
                remainder = (remainder * (number >= 10 ? 100 : 10) + number) % 97
            }
            #expect(remainder == 1)
        }
    }

    @Test("SSNs are well-formed (area not 000, 666 or 9xx; group and serial not zero)")
    func ssns() {
        let ssns = Self.values("US_SSN")
        #expect(ssns.count > 50)
        for ssn in ssns {
            let digits = Self.digits(ssn.value)
            #expect(digits.count == 9)
            let area = digits[0] * 100 + digits[1] * 10 + digits[2]
            #expect(area != 0 && area != 666 && area < 900)
            #expect(digits[3...4] != [0, 0] && digits[5...8] != [0, 0, 0, 0])
            #expect(ssn.value.contains("-") == (ssn.form == "dashed"))
        }
    }

    @Test("IP addresses are from the documentation ranges (or link-local)")
    func ipAddresses() {
        for ip in Self.values("IPV4") {
            #expect(["192.0.2.", "198.51.100.", "203.0.113."].contains { ip.value.hasPrefix($0) })
            #expect(ip.value.contains(":") == (ip.form == "with-port"))
        }
        for ip in Self.values("IPV6") {
            let lower = ip.value.lowercased()
            #expect(
                [
                    "2001:db8:", "2001:0db8:", "[2001:db8:", "fe80::", "::ffff:192.0.2.", "::ffff:198.51.100.",
                    "::ffff:203.0.113.",
                ].contains { lower.hasPrefix($0) }, "\(ip.form)")
        }
    }

    @Test("US, Canadian and UK numbers are fictional (555-01xx, Ofcom drama ranges)")
    func fictionalPhones() {
        for phone in Self.values("PHONE") {
            let digits = Self.digits(phone.value).map(String.init).joined()
            if phone.form.hasSuffix("-us") || phone.form.hasSuffix("-ca")
                || (phone.form == "e164" && phone.value.hasPrefix("+1"))
            {
                #expect(digits.dropLast(2).hasSuffix("55501"))
            }
            if phone.form.hasSuffix("-uk") || (phone.form == "e164" && phone.value.hasPrefix("+44")) {
                #expect(["2079460", "1614960", "1174960", "7700900"].contains { digits.dropLast(3).hasSuffix($0) })
            }
        }
    }

    @Test("MAC addresses are locally administered; coordinates are in range")
    func macAndCoordinates() {
        for mac in Self.values("MAC_ADDRESS") {
            let hex = mac.value.filter(\.isHexDigit)
            #expect(hex.count == 12)
            #expect(Int(String(hex.prefix(2)), radix: 16)! & 0x03 == 0x02)
        }
        for geo in Self.values("GEO_COORDINATES") where geo.form != "dms" {
            let parts = geo.value.split(separator: ",").map { Double($0.trimmingCharacters(in: .whitespaces))! }
            #expect(parts.count == 2 && abs(parts[0]) <= 90 && abs(parts[1]) <= 180)
        }
    }

    @Test("four-part versions are never valid IPv4 addresses")
    func versionsAreNotAddresses() {
        for decoy in corpus.flatMap({ $0.decoys.filter { $0.kind == "VERSION" } }) {
            let parts = decoy.value.split(separator: ".").compactMap { Int($0) }
            if parts.count == 4 { #expect(parts.contains { $0 > 255 }) }
        }
    }
}

@Suite("SupportCaseGenerator: data tables")
struct DataTableTests {
    @Test("template text has no digits and no @, so every number in free text is recorded")
    func templatesHaveNoDigits() {
        for data in LocaleData.all {
            var templates = data.greetings + data.signoffs
            for pool in [data.description, data.notes, data.resolutions] {
                templates += pool.anyPersonal + pool.neutral
            }
            for template in templates {
                for case .text(let bytes) in template.segments {
                    #expect(!bytes.contains { (0x30...0x39).contains($0) || $0 == UInt8(ascii: "@") }, "\(data.locale)")
                }
            }
            for label in data.caseLabels + data.passwordLabels {
                #expect(!label.utf8.contains { (0x30...0x39).contains($0) })
            }
        }
    }

    @Test("every locale has description templates for every category but SSN, and neutral ones")
    func templatePools() {
        for data in LocaleData.all {
            for category in PIICategory.allCases where category != .ssn {
                #expect(!data.description.personal[category.rawValue].isEmpty, "\(data.locale) \(category)")
            }
            for pool in [data.description, data.notes, data.resolutions] {
                #expect(!pool.neutral.isEmpty && !pool.anyPersonal.isEmpty)
                #expect(pool.neutral.allSatisfy { $0.category == nil })
            }
        }
    }

    @Test("names, places and companies need no JSON escaping")
    func tablesNeedNoEscaping() {
        for data in LocaleData.all {
            let names = data.firstNames + data.lastNames
            var words = names.map(\.display) + data.cities.map(\.name) + data.streets + data.companies.map(\.name)
            words += data.companies.map(\.domain) + data.mailDomains + data.caseLabels + data.passwordLabels
            for word in words {
                #expect(!word.utf8.contains { $0 == 0x22 || $0 == 0x5C || $0 < 0x20 }, "\(data.locale)")
            }
            for name in names {
                #expect(
                    !name.ascii.isEmpty && name.ascii.utf8.allSatisfy { (0x61...0x7A).contains($0) }, "\(data.locale)")
            }
        }
    }
}
