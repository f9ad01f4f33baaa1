@testable import Redaction
import RedactionTestSupport
import SyntheticData
import Testing

/// Rules with a digit minimum (``PatternRule/minimumDigits``, ``PatternRule/minimumDigitRun``) skip buffers with
/// fewer digits, and rules with a buffer gate (``PatternRule/bufferGate``) buffers that fail it, and start their search
/// where it says the first match can start. The gates must only ever skip buffers, or parts of buffers, where the
/// rule could not match: every gated built-in detector must find exactly what a copy without gates finds.
@Suite("Gates of pattern rules")
struct RuleGateTests {
    @Test func countsDigitsRunsColonsAndDots() {
        func counts(_ text: String) -> ByteCounts {
            Array(text.utf8).withUnsafeBufferPointer { ByteCounts(of: $0) }
        }
        #expect(counts("") == ByteCounts())
        #expect(counts("abc") == ByteCounts())
        #expect(counts("12 345-6789x0") == ByteCounts(digits: 10, longestDigitRun: 4, largestCluster: 9, dashes: 1))
        #expect(counts("١٢٣ 7") == ByteCounts(digits: 1, longestDigitRun: 1, largestCluster: 1))  // only ASCII digits count
        var addresses = ByteCounts(digits: 8, longestDigitRun: 2, largestCluster: 5, colons: 2, digitDots: 3)
        addresses.firstColon = 4
        addresses.hasDoubleColon = true
        #expect(counts("fe80::1, 10.0.0.1.") == addresses)
        #expect(counts("at 12:30:45 and 0800").firstColon == 5)
        #expect(!counts("at 12:30:45 and 0800").hasDoubleColon)
        #expect(counts("2025-06-26T21:43:34Z").largestCluster == 8)
        #expect(counts("4111 1111 1111 1111").largestCluster == 16)
        #expect(counts("+1 (415) 555-0100").largestCluster == 11)
        #expect(counts("12) \u{A0}(34").largestCluster == 2)  // `) NBSP (` is a gap of five bytes
        #expect(counts("12)\u{A0}(34").largestCluster == 4)  // and `)NBSP(` one of four
        #expect(counts("1 2 3 4 5 6 7 8 9 0 1 2 3").largestCluster == 13)
    }

    /// Random texts of digits, separators, gap bytes, letters and UTF-8 bytes, short and long (the eight-byte
    /// steps away from digits): the counts are those of a straightforward byte-by-byte count.
    @Test("counts agree with a straightforward count", arguments: 0..<200)
    func countsAgreeWithAStraightforwardCount(seed: Int) {
        var generator = SeededGenerator(seed: UInt64(seed))
        let alphabet = Array("0123456789:-./() xAZ_,".utf8) + [0xC2, 0xA0, 0xE2, 0x80, 0xAF, 0xE3, 0x2C, 0x3B]
        let length = Int(generator.next() % (seed % 4 == 0 ? 400 : 40))
        // Mostly letters, so long stretches without digits occur.
        let text: [UInt8] = (0..<length).map { _ in
            generator.next() % 3 == 0 ? alphabet[Int(generator.next() % UInt64(alphabet.count))] : UInt8(ascii: "q")
        }
        func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        let gapBytes = Array(" -./()".utf8) + [0xC2, 0xA0, 0xE2, 0x80, 0xAF]
        var expected = ByteCounts()
        var run = 0, cluster = 0, lastDigit: Int?
        for (index, byte) in text.enumerated() {
            if byte == UInt8(ascii: ":") { expected.colons += 1 }
            if byte == UInt8(ascii: "-") { expected.dashes += 1 }
            if byte == UInt8(ascii: "."), index > 0, index + 1 < text.count, isDigit(text[index - 1]),
                isDigit(text[index + 1])
            {
                expected.digitDots += 1
            }
            guard isDigit(byte) else {
                run = 0
                continue
            }
            expected.digits += 1
            run += 1
            expected.longestDigitRun = max(expected.longestDigitRun, run)
            if let last = lastDigit, index - last - 1 <= ByteCounts.clusterGap,
                text[(last + 1)..<index].allSatisfy({ gapBytes.contains($0) })
            {
                cluster += 1
            } else {
                cluster = 1
            }
            expected.largestCluster = max(expected.largestCluster, cluster)
            lastDigit = index
        }
        expected.firstTrunkRun = Self.firstZeroLedRun(text, doubled: false) ?? -1
        expected.firstDoubleZeroRun = Self.firstZeroLedRun(text, doubled: true) ?? -1
        expected.firstColon = text.firstIndex(of: UInt8(ascii: ":")) ?? -1
        expected.hasDoubleColon = zip(text, text.dropFirst()).contains { $0 == UInt8(ascii: ":") && $1 == $0 }
        expected.firstCountryCodeRun = text.count < 4 ? -1 : (0...(text.count - 4)).first { index in
            isDigit(text[index + 2]) && isDigit(text[index + 3])
                && IBANValidator.length(country: text[index], text[index + 1]) != nil
        } ?? -1
        #expect(text.withUnsafeBufferPointer { ByteCounts(of: $0) } == expected, "text #\(seed)")
    }

    /// The first `0`-led run of digits (the gate of the phone rules with a `00` or trunk prefix), read byte by byte
    /// from its definition: a `0` not right after a word byte, `+`, `.`, `-` or `/`, then a digit 1–9, or `0` and a
    /// digit 1–9 (`doubled`).
    static func firstZeroLedRun(_ text: [UInt8], doubled: Bool) -> Int? {
        let length = doubled ? 3 : 2
        guard text.count >= length else { return nil }
        for zero in 0...(text.count - length) where text[zero] == 0x30 {
            let digit = text[zero + length - 1]
            guard digit >= 0x31, digit <= 0x39, !doubled || text[zero + 1] == 0x30 else { continue }
            if zero > 0 {
                let before = text[zero - 1]
                let forbidden = (before >= 0x30 && before <= 0x39)
                    || ((before | 0x20) >= 0x61 && (before | 0x20) <= 0x7A) || Array("_+.-/".utf8).contains(before)
                if forbidden { continue }
            }
            return zero
        }
        return nil
    }

    /// The counting pass's first `0`-led runs against their definition, on seeded texts of digits (mostly `0`),
    /// separators, letters and non-ASCII bytes: runs at every offset of a word, across words, after long stretches
    /// stepped over eight bytes at a time, and at the text's end.
    @Test func firstZeroLedRunsMatchTheirDefinition() {
        let alphabet = Array("0000123456789 +-./(_aZ:".utf8) + [0xC3, 0xA9]
        var generator = SeededGenerator(seed: 2026)
        var found = 0
        for number in 0..<4000 {
            var text = (0..<Int.random(in: 0...40, using: &generator)).map { _ in
                alphabet.randomElement(using: &generator)!
            }
            if number % 4 == 0 { text.insert(contentsOf: Array(repeating: UInt8(ascii: "q"), count: 17), at: 0) }
            let counts = text.withUnsafeBufferPointer { ByteCounts(of: $0) }
            for doubled in [false, true] {
                let expected = Self.firstZeroLedRun(text, doubled: doubled)
                #expect(counts.firstZeroLedRun(doubled: doubled) == expected, "text \(number), doubled \(doubled)")
                if expected != nil { found += 1 }
            }
        }
        #expect(found > 1000, "the texts hold runs to find")
    }

    /// Packed counts reach packed minimums exactly where the counts reach the minimums: random counts around every
    /// minimum, equal to it, one below and one above, and counts beyond the packed range (which reach every minimum
    /// a rule may have).
    @Test("packed counts reach packed minimums as counts reach minimums", arguments: 0..<50)
    func packedCountsReachAsCountsDo(seed: Int) {
        var generator = SeededGenerator(seed: UInt64(seed))
        func random(_ bound: Int) -> Int { Int(generator.next() % UInt64(bound)) }
        func randomCounts(upTo bound: Int) -> ByteCounts {
            ByteCounts(
                digits: random(bound), longestDigitRun: random(bound), largestCluster: random(bound),
                colons: random(bound), dashes: random(bound), digitDots: random(bound))
        }
        for _ in 0..<400 {
            let minimums = randomCounts(upTo: ByteCounts.largestPacked + 1)
            // Near the minimums in every field: equal, one off either way, or far above the packed range.
            var counts = minimums
            for field in [\ByteCounts.digits, \.longestDigitRun, \.largestCluster, \.colons, \.dashes, \.digitDots] {
                counts[keyPath: field] = max(0, counts[keyPath: field] + [-1, 0, 0, 1, 500][random(5)])
            }
            #expect(
                ByteCounts.reaches(counts.packed, minimums.packed) == counts.reaches(minimums),
                "seed \(seed): \(counts) against \(minimums)")
            let other = randomCounts(upTo: 300)
            #expect(ByteCounts.reaches(other.packed, minimums.packed) == other.reaches(minimums), "seed \(seed)")
        }
    }

    /// The same random texts: the first digit of the first cluster of each size, asked for in random order (the
    /// first question records the buffer), is that of a straightforward search of the clusters.
    @Test("cluster starts agree with a straightforward search", arguments: 0..<200)
    func clusterStartsAgreeWithAStraightforwardSearch(seed: Int) {
        var generator = SeededGenerator(seed: UInt64(seed))
        let alphabet = Array("0123456789:-./() xAZ_,".utf8) + [0xC2, 0xA0, 0xE2, 0x80, 0xAF, 0xE3, 0x2C, 0x3B]
        let length = Int(generator.next() % (seed % 4 == 0 ? 400 : 60))
        // Mostly digits, so clusters of every size occur.
        let text: [UInt8] = (0..<length).map { _ in
            generator.next() % 3 == 0 ? alphabet[Int(generator.next() % UInt64(alphabet.count))] : UInt8(ascii: "7")
        }
        let gapBytes = Array(" -./()".utf8) + [0xC2, 0xA0, 0xE2, 0x80, 0xAF]
        var clusters: [(first: Int, digits: Int)] = []
        var lastDigit: Int?
        for (index, byte) in text.enumerated() where byte >= 0x30 && byte <= 0x39 {
            if let last = lastDigit, index - last - 1 <= ByteCounts.clusterGap,
                text[(last + 1)..<index].allSatisfy({ gapBytes.contains($0) })
            {
                clusters[clusters.count - 1].digits += 1
            } else {
                clusters.append((index, 1))
            }
            lastDigit = index
        }
        var starts = ClusterStarts()
        text.withUnsafeBufferPointer { text in
            for digits in (1...ClusterStarts.largest).shuffled(using: &generator) {
                let expected = clusters.first { $0.digits >= digits }?.first
                #expect(starts.firstDigit(ofClusterReaching: digits, in: text) == expected, "text #\(seed)")
            }
            starts.reset()
            #expect(starts.firstDigit(ofClusterReaching: 1, in: text) == clusters.first?.first, "text #\(seed)")
            // Recorded by the counting pass instead of read: the same starts.
            var recorded = ClusterStarts()
            _ = ByteCounts(of: text, recording: &recorded)
            for digits in 1...ClusterStarts.largest {
                let expected = clusters.first { $0.digits >= digits }?.first
                #expect(recorded.firstDigit(ofClusterReaching: digits, in: text) == expected, "text #\(seed)")
            }
        }
    }

    /// Random texts of country-code letters, other letters, digits and spaces, of every length around the
    /// eight-byte steps: the counting pass's first IBAN country code before two digits (the IBAN rule's gate) is
    /// that of a byte-by-byte search.
    @Test("IBAN gate agrees with a byte-by-byte search", arguments: 0..<300)
    func ibanGateAgreesWithAByteByByteSearch(seed: Int) {
        var generator = SeededGenerator(seed: UInt64(seed))
        let pieces = ["DE", "gb", "Fr", "XX", "Q", "1", "2", "34", " ", "-", "9", "é"]
        let count = Int(generator.next() % 30)
        let text = Array((0..<count).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined().utf8)
        func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        let expected = text.count < 4 ? nil : (0...(text.count - 4)).first { index in
            isDigit(text[index + 2]) && isDigit(text[index + 3])
                && IBANValidator.length(country: text[index], text[index + 1]) != nil
        }
        #expect(text.withUnsafeBufferPointer { ByteCounts(of: $0).firstIBANCountryCode } == expected, "text #\(seed)")
    }

    /// A rule that requires gate words is not even looked at in a buffer without its words' witness class
    /// (``GateWords/witness``): every word of every group, in each case it matches in, must have one of the classes
    /// of its group's witness, else the rule would miss the buffers holding that word.
    @Test func everyGateWordHasItsGroupsWitness() {
        func ascii(_ word: String, upper: Bool) -> String {
            String(decoding: word.utf8.map { byte in
                let letter = (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
                return letter ? (upper ? byte & ~0x20 : byte | 0x20) : byte
            }, as: UTF8.self)
        }
        var words = 0
        for (index, group) in GateWords.groups.enumerated() {
            let witness = GateWords(rawValue: 1 << UInt32(index)).witness
            #expect(!witness.isEmpty, "group \(index)")
            for word in group.needles + group.partialNeedles {
                let forms = group.caseless ? [word, ascii(word, upper: true), ascii(word, upper: false)] : [word]
                for form in forms {
                    words += 1
                    let classes = Array(form.utf8).withUnsafeBufferPointer { ByteClasses.present(in: $0) }
                    #expect(!classes.isDisjoint(with: witness), "group \(index) word \(form)")
                }
            }
        }
        #expect(words > 100)
        #expect(GateWords.witness(of: "case") == .letterPair)
        #expect(GateWords.witness(of: "番号") == .highByte)
        #expect(GateWords.witness(of: "C.P") == .dot)
        #expect(GateWords.caseWords.witness == [.letterPair, .highByte])
        // A word without a class of its own leaves its group unconstrained.
        #expect(GateWords.witness(of: ByteNeedles.Group(["case", "番号"], caseless: true)) == [.letterPair, .highByte])
        #expect(GateWords.witness(of: ByteNeedles.Group(["case", "\"\""], caseless: true)) == [])
    }

    /// The built-in pattern detectors with at least one digit minimum.
    private static func gated() throws -> [PatternDetector] {
        try BuiltInDetectors.all().compactMap { $0 as? PatternDetector }
            .filter { $0.rules.contains { $0.hasCountMinimum || $0.bufferGate != nil || !$0.requiredWords.isEmpty } }
    }

    private static func ungated(_ detector: PatternDetector) -> PatternDetector {
        PatternDetector(detector.descriptor, rules: detector.rules.map { rule in
            var rule = rule
            rule.minimumDigits = 0
            rule.minimumDigitRun = 0
            rule.minimumClusterDigits = 0
            rule.clusterStartBytes = nil
            rule.minimumColons = 0
            rule.minimumDigitDots = 0
            rule.bufferGate = nil
            rule.requiredWords = []
            return rule
        })
    }

    /// Texts near every gate: generated records' values, each detector's example, case words of every language, and
    /// all of them cut digit by digit (one digit fewer than a match needs is exactly where a wrong minimum would show)
    /// and with every case word's letters in upper case.
    private static func texts() throws -> [String] {
        var texts: [String] = []
        var records = SupportCaseGenerator(seed: 4242)
        for _ in 0..<150 {
            let record = records.next()
            texts.append(record.line)
            texts += record.planted.map(\.value) + record.decoys.map(\.value)
        }
        texts += try BuiltInDetectors.all().map(\.descriptor.example)
        texts += [
            "call 415 555 0100", "SRX1234567", "INC0012345", "case 120012345678901", "ssn 123 45 6789",
            "card 4111 1111 1111 1111", "4111111111111", "(11) 91234-5678", "03(1234)5678", "0044 20 7946 0958",
            "10.1.2.3", "DE89 3704 0044 0532 0130 00", "020 7946 0958", "+1 415 555 0100",
            "Ticket #12345", "SR 1234567", "Fall-Nr. 123", "fall nummer 88", "réclamation n° 45-67", "CASE: 98765",
            "Request ID 4455", "incidencia 778899", "INCIDENT_00012345", "Vorgangsnummer 1-2-3", "trackingid=ZX99",
            "お問い合わせ番号：12345", "サポートケース 778", "チケット#55", "受付番号 9", "Dossier 77", "protocolo 123456",
            "support-case 42", "service_request 17", "caso 99", "expediente 2024-11", "solicitud 5", "chamado 8",
            "demande no. 31", "requête 12", "claim 3", "vorgang 1",
            "card 4222222222222", "(11) 3456-7890", "card 4222 2222 2222 2", "Visa 4222-222222-222", "call me at +1 (415) 555-0100", "4111-1111-1111-1111", "4111\u{A0}1111\u{A0}1111\u{A0}1111", "123-45-6789",
            "123 45 6789 ssn", "phone (11) 91234-5678", "tel 03(1234)5678", "phone 415.555.0100", "phone 01.23.45.67.89",
            "call 0044 (0)\u{A0}(20) 7946 0958", "4111 - 1111 - 1111 - 1111", "fe80::1", "2001:db8::8a2e:370:7334", "[::1]:8080", "::ffff:10.0.0.1", "10.0.0.1:443", "192.168.1.0/24",
            "de89 3704 0044 0532 0130 00", "GB82WEST12345698765432", "iban: FR1420041010050500013M02606",
            "47.6062, -122.3321", "N 47.6062 W 122.3321", "47.6062° N, 122.3321° W", "lat 47.6062 lon -122.3321",
            // Phone words, closings and verb-last words of the contextual phone rule, in context and in lists.
            "Phone: 612 345 678", "TEL 6123 4567", "call me back on 98765 43210", "reach me at 555-0100",
            "Best regards,\nJane Doe\n98765 43210", "Mit freundlichen Grüßen\n030 901820", "meu número 91234 5678",
            "unter 030 901820 erreichbar", "090(1234)5678に架電", "電話 0312345678", "mi número es 612 345 678",
            "téléphone : 01 23 45 67 89", "call 941 856 878, 941 856 879 or 941 856 880", "whatsapp 9876543210",
            "cheers\n612 345 678", "atentamente\n91 234 56 78", "Rückruf unter 0151 12345678",
            // The phone words by their longest word, as whole words (`_` and `-` join a phrase), and a verb-last word
            // as the buffer's first context word, right after a number and a byte no number holds.
            "my_number: 612 345 678", "mi-número 612 345 678", "un saludo\n612 345 678", "unable 612 345 678",
            "612 345 678、連絡します", "612 345 678 (連絡先)", "Fun: 612 345 678 erreichbar", "612 345 678 erreichbar",
            "Lorem ipsum dolor sit amet, consectetur adipiscing elit. 612 345 678;;;;;erreichbar",
            "Lorem ipsum dolor sit amet, consectetur adipiscing elit. 612 345 678;;;;;;;連絡します",
            // Numbers after a shorter cluster, a bracket or spaces before the first cluster of their size.
            "12-34 (415) 555-0100", "on  (11) 91234-5678", "5 (0)3(1234)5678", "1 2 phone: (03) 1234 5678",
            "99 4111 1111 1111 1111", "1.2 123 45 6789 ssn", "123.45.6789", "call 415 555 0100 x12 3456 7890",
            // Numbers led by `00` and a trunk `0`, after the bytes that may and may not precede them.
            "0044 20 7946 0958", "(030) 90182-0", "ruf 030/901820 an", "x0151-12345678", "(0)20 7946 0958",
            "0301234567", "07700 900123", "a-020 7946 0958", "+0044 20 7946 0958", "01.23.45.67.89",
            // MAC and IPv6 forms near their minimums.
            // Timestamps and codes without two letters in a row (no case, phone or secret word can be there), and
            // the one postcode label without: `C.P.`.
            "2025-06-26T21:43:34Z case 12345678", "2025-01-01T11:13:13.482Z", "0x8007045D", "C.P. 28013",
            "C.P 28013 2025-01-01T11:13:13.482Z", "c.p. 28013", "C.P.28013", "T: 612 345 678", "1999-12-31T23:59:59Z",
            "mac 00:1A:2B:3C:4D:5E", "hw 00-1a-2b-3c-4d-5e", "001a.2b3c.4d5e", "0:1:2:3:4:5", "0:1:2:3:4",
            "a:b:c:d:e:f", "at 12:00 and 13:00, mac 0:1:2:3:4:5", "2025-06-26 2025-06-27 aa-bb-cc-dd-ee-ff",
            "J. Doe. Device 001A.2B3C.4D5E", "mac: 0695.7052.4680.", "v10.0.19045.1234 then abcd.ef01.2345",
            "fe80::1ff:fe23:4567:890a", "2001:db8:0:0:0:0:2:1", "0:0:0:0:0:ffff:192.0.2.1", "2001:db8::1",
            "1:2:3:4:5:6:7", "12:30:45 and 1:2",
            // Postal-code labels in every case the pattern takes.
            "ZIP 98052", "zip: 98052-1234", "Postcode SW1A 1AA", "post code 10115", "PLZ 10115", "Postleitzahl 10115",
            "code postal 75002", "C.P. 28013", "CP 28013", "Código postal 28013", "CEP 01310-100",
            "郵便番号 100-0005", "Postal code: K1A 0B1",
            // US states and ZIP codes after a city, with and without the space after the comma, after prose commas.
            "Springfield, IL 62704", "Springfield,IL 62704-1234", "yes, I am in Austin, TX 73301", "Seattle, WA\t98101",
            "a, b, c, Ab, Reno, NV 89501",
            // Key words of the secret rules, in each form they take.
            "AKIAIOSFODNN7EXAMPLE", "ASIAY34FZKBOKMUTVV7A",
            "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
            "Authorization: Bearer eyJhbGciOi.J9eyJzdWIiOiIx.SflKxwRJSMeKKF2QT4",
            "Proxy-Authorization: Basic dXNlcjpwYXNz", "curl -H 'bearer 0a1B2c3D4e5F6g7H8i9J'", "password: hunter2",
            "Passwort = Geheim123!", "pwd=S3cr3t!x", "the pass is Xy7!pq9", "--password s3cret!",
            "<password>Tr0ub4dor&3</password>", "PW: Abc!2345", "Kennwort: Geheim123!", "mot de passe : Xy7!pq",
            "contraseña: Abc123!x", "senha: Abc123!x", "hasło: Abc123!x", "пароль: Qwerty!23", "Пароль: Qwerty!23",
            "clave: Abc123!x", "MDP: Abc123!x", "wachtwoord: Abc123!x", "api_key=0a1B2c3D4e5F6g7H8i9J",
            "client_secret: 0a1B2c3D4e5F6g7H8i9J", "access_token=0a1B2c3D4e5F6g7H8i9J",
            "Ocp-Apim-Subscription-Key: 0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d", "clé api : 0a1B2c3D4e5F6g7H8i9J",
            "clave de api: 0a1B2c3D4e5F6g7H8i9J", "API-Schlüssel: 0a1B2c3D4e5F6g7H8i9J",
            "chave api=0a1B2c3D4e5F6g7H8i9J", "subscription key 0a1B2c3D4e5F6g7H8i9J",
            "the access key is 0a1B2c3D4e5F6g7H8i9J", "API key: 0a1B2c3D4e5F6g7H8i9J",
            // The fixed prefixes of the secret formats, at the start of a text and after other bytes.
            "ghp_" + String(repeating: "a1B2", count: 9), "token gho_" + String(repeating: "Z9y8", count: 10),
            "ghu_" + String(repeating: "0a", count: 18), "x ghs_" + String(repeating: "Qw3r", count: 9),
            "ghr_" + String(repeating: "m4N5", count: 9),
            "github_pat_" + String(repeating: "A1", count: 11) + "_" + String(repeating: "b", count: 59),
            "xoxb-1234567890-0987654321-AbCdEfGhIjKlMnOp", "slack xoxp-12345678901-abcdefghij",
            "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
            "AIzaSyA-1234567890abcdefghijklmnopqrstu", "key=AIza" + String(repeating: "x", count: 35),
            "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
            "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA0Z3VS5JJcds3xfn/ygWyF8PbnGy0AHB7MhgHcTz6sE2I2yPB\n"
                + "-----END RSA PRIVATE KEY-----",
            "-----BEGIN OPENSSH PRIVATE KEY-----\n" + String(repeating: "b3BlbnNzaC1rZXktdjEAAAAA", count: 3),
            "DefaultEndpointsProtocol=https;AccountName=x;AccountKey=" + String(repeating: "Ab1+", count: 21) + "Ab==",
            "Endpoint=sb://x.servicebus.windows.net/;SharedAccessKey=" + String(repeating: "c2D/", count: 11) + "=",
            "https://x.blob.core.windows.net/c?sv=2020-08-04&sig=" + String(repeating: "aB3%2F", count: 6),
            // Both labels of a labelled coordinate pair, either order.
            "latitude 47.6205 lng -122.3493", "Lon: -122.3493, Lat: 47.6205", "lat=47.62051&long=-122.34930",
            // SSN words of every phrase and key before bare, spaced and dotted numbers, and ticket-system prefixes.
            "social security 123 45 6789", "Social-Security no 123456789", "soc sec 123.45.6789", "SS# 123456789",
            "ss #123456789", "ss no 123 45 6789", "SS num. 123456789", "customer_ssn=123456789",
            "customerSsn: 123456789", "SSNs 123456789", "the x_ss no 123456789", "1ss no 123456789",
            "RITM0012345", "REQ1234567", "CHG00123456", "PRB0001234", "SCTASK0012345", "srx1234567",
            "see xINC0012345 and INC0012345", "REQUEST REQ0012345",
            // Dotted numbers: IPv4 addresses and coordinate pairs against versions.
            "1°2'3\"S 4°5'6\"E", "40°42'46.1\"N 74°00'21.6\"W",
            "10.0.0.1", "host 192.168.0.10:8080", "47.620, 122.349", "v1.2.3", "10.0.19045.1234", "1.2.3.",
        ]
        var cut: [String] = []
        for text in texts where text.utf8.count < 400 {
            let bytes = Array(text.utf8)
            for index in bytes.indices where bytes[index] >= 0x30 && bytes[index] <= 0x39 {
                var shorter = bytes
                shorter.remove(at: index)
                cut.append(String(decoding: shorter, as: UTF8.self))
            }
        }
        return texts + cut + texts.map { $0.uppercased() }
    }

    /// Street-address formats run only on text with their street-type words (French ones in either case, the others
    /// capitalised, as their patterns take them): the detector finds exactly what it finds running every format on
    /// every text. Generated records and streets of every format, as written and in lower and upper case.
    @Test func streetFormatsRunWhereTheirTypeWordsAre() throws {
        let gated = try BuiltInDetectors.streetAddress()
        var ungated = gated
        ungated.gatesFamilies = false
        var texts = [
            "ship to 7602 Elm Street, Apt 9", "12 N. Main St. since May", "1600 Pennsylvania Avenue NW", "48 Oak Lane",
            "10 Station Road, SW1A 1AA", "3 Mews Row", "Goethestraße 22", "Berliner Straße 7", "Hauptstr. 5a",
            "Am Markt 5", "An der Alster 12, 20099 Hamburg", "Im Tal 3 bei der Post", "25 rue de la Paix",
            "25 Rue de la Paix",
            "12, place Bellecour", "12 Place Bellecour, 69002 Lyon", "3 bis avenue Victor Hugo", "Calle Mayor, 5",
            "C/ Mayor 5", "Avenida de la Constitución 120, 3º A", "Rua Sete de Setembro, 123, apto 501", "Gran Vía, 10",
            "Plaza Mayor 3", "Praça da Sé 1", "R. Augusta 200", "Av. Paulista 1000", "take place in 2 weeks, no way 5",
            "we close 5 tickets in an hour, am 12", "drive 5 miles down the road 12 times",
            "Lieferadresse: Zum Hafen 1, 20457 Hamburg", "Versand an Zur Post 3", "Unter den Linden 77, Berlin",
            // One-letter Iberian types before names without two ASCII letters in a row.
            "C/ A'b 5", "R. A'b 12", "C/ Ño 5", "C/ A'b 5 2025-06-26T21:43:34Z",
        ]
        var records = SupportCaseGenerator(seed: 31)
        for _ in 0..<200 {
            let record = records.next()
            texts += [record.line] + record.planted.map(\.value) + record.decoys.map(\.value)
        }
        texts += texts.map { $0.lowercased() } + texts.map { $0.uppercased() }
        let gatedSet = DetectorSet([gated]), ungatedSet = DetectorSet([ungated])
        var found = 0
        for (number, text) in texts.enumerated() {
            let expected = try ungatedSet.findings(in: text)
            found += expected.count
            // Ranges and kinds only: never print the text.
            #expect(try gatedSet.findings(in: text) == expected, "text #\(number)")
        }
        #expect(found > 100)
    }

    @Test func gatedDetectorsFindWhatUngatedOnesFind() throws {
        let detectors = try Self.gated()
        #expect(detectors.count >= 6)
        let texts = try Self.texts()
        var compared = 0, found = 0
        for detector in detectors {
            let gatedSet = DetectorSet([detector]), plainSet = DetectorSet([Self.ungated(detector)])
            for text in texts {
                let gatedFindings = try gatedSet.findings(in: text), plainFindings = try plainSet.findings(in: text)
                compared += 1
                found += plainFindings.count
                // Ranges and kinds only: never print the text.
                #expect(gatedFindings == plainFindings, "detector \(detector.descriptor.id.rawValue), text #\(compared)")
            }
        }
        #expect(found > 100)
    }

    @Test func aDetectorCalledDirectlyNeverReusesAnotherBuffersState() throws {
        // Words and digit profiles are shared between detectors only inside one DetectorSet scan; a detector called
        // directly with the same scratch on two texts must read each text afresh.
        var scratch = DetectionScratch()
        let city = try BuiltInDetectors.city()
        let cards = try #require(try BuiltInDetectors.all().compactMap { $0 as? PatternDetector }
            .first { $0.descriptor.kind == .creditCard })
        func run(_ detector: some Detector, _ text: String) throws -> [Finding] {
            var findings: [Finding] = []
            try Array(text.utf8).withUnsafeBufferPointer { (buffer) throws(RedactionError) in
                try detector.detect(in: buffer, scratch: &scratch) { findings.append($0) }
            }
            return findings
        }
        #expect(try run(city, "no city here at all, just words").isEmpty)
        #expect(try run(city, "Users in Seattle").count == 1)
        #expect(try run(cards, "short 12").isEmpty)
        #expect(try run(cards, "card 4111 1111 1111 1111").count == 1)
    }
}
