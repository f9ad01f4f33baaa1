import Foundation
@testable import Redaction
import Testing

/// Conformance table for the byte-level JSON scanner: every case is checked against Foundation's parser as the
/// oracle (valid exactly when Foundation accepts it), plus token expectations for the interesting ones.
@Suite("JSON scanner")
struct JSONScannerTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let json: [UInt8]
        let valid: Bool
        init(_ json: String, _ valid: Bool) { self.json = Array(json.utf8); self.valid = valid }
        init(bytes: [UInt8], _ valid: Bool) { self.json = bytes; self.valid = valid }
        var testDescription: String { MaskedPreview.mask(json, limit: 60) }
    }

    static let cases: [Case] = [
        Case("{}", true), Case("[]", true), Case("  {\"a\" : 1 }  ", true), Case("{\"a\":[1,2,{\"b\":null}]}", true),
        Case("\"top-level string\"", true), Case("42", true), Case("-0.5e+10", true), Case("true", true),
        Case("null", true), Case("{\"a\":\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"}", true), Case("{\"e\":\"\\u00e9\\uD83D\\uDE00\"}", true),
        Case("{\"lone\":\"\\uD800\"}", true), Case("{\"k\":\"ü 日本 😀\"}", true), Case("{\"dup\":1,\"dup\":2}", true),
        Case("{\"a\":1}\t\r ", true), Case("[0, -1, 1.5, 2E3, 0.0]", true), Case("{\"\":\"\"}", true),
        Case("{", false), Case("}", false), Case("{\"a\"}", false), Case("{\"a\":}", false), Case("{\"a\":1,}", false),
        Case("[1,]", false), Case("[1 2]", false), Case("{a:1}", false), Case("{'a':1}", false),
        Case("{\"a\":01}", false), Case("{\"a\":1.}", false), Case("{\"a\":.5}", false), Case("{\"a\":+1}", false),
        Case("{\"a\":-}", false), Case("{\"a\":1e}", false), Case("{\"a\":tru}", false), Case("{\"a\":nul}", false),
        Case("{\"a\":\"x}", false), Case("{\"a\":\"\\x\"}", false), Case("{\"a\":\"\\u12\"}", false),
        Case("{\"a\":\"tab\tinside\"}", false), Case("{\"a\":1} {\"b\":2}", false), Case("{\"a\":1}x", false),
        Case("[[[]]", false), Case("]", false),
        Case(bytes: Array("{\"a\":\"".utf8) + [0xFF] + Array("\"}".utf8), false),
        Case(bytes: Array("{\"a\":\"".utf8) + [0xC0, 0xAF] + Array("\"}".utf8), false),  // overlong '/'
        Case(bytes: Array("{\"a\":\"".utf8) + [0xED, 0xA0, 0x80] + Array("\"}".utf8), false),  // encoded surrogate
        Case(bytes: Array("{\"a\":\"".utf8) + [0xE6, 0x97] + Array("\"}".utf8), false),  // truncated sequence
    ]

    private func scan(_ bytes: [UInt8], maxDepth: Int = 10_000) -> Result<[JSONToken], JSONSyntaxError> {
        var tokens: [JSONToken] = [], containers: [UInt8] = [], owners: [Int] = []
        return bytes.withUnsafeBufferPointer { buffer in
            do throws(JSONSyntaxError) {
                try JSONScanner(maxDepth: maxDepth).scan(buffer, tokens: &tokens, containers: &containers, owners: &owners)
                return .success(tokens)
            } catch {
                return .failure(error)
            }
        }
    }

    @Test("valid exactly when Foundation says so", arguments: cases)
    func agreesWithFoundation(sample: Case) {
        let foundation = (try? JSONSerialization.jsonObject(with: Data(sample.json), options: [.fragmentsAllowed])) != nil
        let ours = (try? scan(sample.json).get()) != nil
        #expect(ours == sample.valid)
        // The table pins our intent; Foundation must agree except where it is lenient (trailing commas) or where
        // encodings of surrogates are involved.
        let text = String(decoding: sample.json, as: UTF8.self)
        let foundationLenient = text.contains(",}") || text.contains(",]")
        if !foundationLenient, !sample.json.contains(0xED), !text.contains("uD800\"") {
            #expect(ours == foundation)
        }
    }

    @Test func tokensKeysAndOwners() throws {
        let json = #"{"customer":{"name":"Jane","tags":["a","b"]},"n":-1.5e3,"s":"x\"y"}"#
        let tokens = try scan(Array(json.utf8)).get()
        let bytes = Array(json.utf8)
        let texts = tokens.map { String(decoding: bytes[$0.range], as: UTF8.self) }
        #expect(texts == [#""customer""#, #""name""#, #""Jane""#, #""tags""#, #""a""#, #""b""#, #""n""#, "-1.5e3", #""s""#, #""x\"y""#])
        #expect(tokens.map(\.kind) == [.key, .key, .string, .key, .string, .string, .key, .number, .key, .string])
        #expect(tokens[2].key == 1 && tokens[1].key == 0 && tokens[0].key == -1)  // "Jane" ← name ← customer
        #expect(tokens[4].key == 3 && tokens[5].key == 3)  // array elements belong to "tags"
        #expect(tokens[9].hasEscapes && !tokens[2].hasEscapes)
        #expect(tokens[2].depth == 2)
    }

    @Test func depthLimitIsAnErrorNotACrash() {
        let deep = Array(String(repeating: "[", count: 100_000).utf8) + Array(String(repeating: "]", count: 100_000).utf8)
        guard case .failure(let error) = scan(deep, maxDepth: 10_000) else {
            Issue.record("expected a depth error")
            return
        }
        #expect(error.reason.contains("nesting") && error.offset == 10_000)
        #expect((try? scan(deep, maxDepth: 100_000).get()) != nil)
    }

    @Test func errorsCarryOffsets() {
        guard case .failure(let error) = scan(Array(#"{"a":1,"b":x}"#.utf8)) else {
            Issue.record("expected an error")
            return
        }
        #expect(error.offset == 11)
    }

    @Test func whitespaceOnlyIsAnEmptyRecord() throws {
        #expect(try scan(Array("   ".utf8)).get().isEmpty)
        #expect(try scan([]).get().isEmpty)
    }
}

@Suite("JSON scanner: plain runs sixteen bytes at a time")
struct JSONScannerWordTests {
    /// How a string scan ended.
    private enum Scanned: Equatable {
        /// After the closing quote; whether an escape was seen.
        case end(Int, escaped: Bool)
        /// A syntax error at this offset.
        case error(Int)
    }

    /// The string scan byte by byte, as the grammar reads.
    private func scannedByteByByte(_ bytes: [UInt8], from start: Int) -> Scanned {
        var index = start + 1, escaped = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x22 { return .end(index + 1, escaped: escaped) }
            if byte == 0x5C {
                escaped = true
                guard index + 1 < bytes.count else { break }
                if Array(#""\/bfnrt"#.utf8).contains(bytes[index + 1]) {
                    index += 2
                } else if bytes[index + 1] == UInt8(ascii: "u"), index + 5 < bytes.count,
                    (2...5).allSatisfy({ JSONString.hexValue(bytes[index + $0]) != nil })
                {
                    index += 6
                } else {
                    return .error(index)
                }
            } else if byte < 0x20 {
                return .error(index)
            } else if byte < 0x80 {
                index += 1
            } else {
                guard let length = bytes.withUnsafeBufferPointer({ UTF8Validation.sequenceLength($0, index) }) else {
                    return .error(index)
                }
                index += length
            }
        }
        return .error(start)
    }

    @Test("strings of plain runs and special bytes end where the grammar says", arguments: 0..<20)
    func stringsEndWhereTheGrammarSays(seed: Int) {
        var generator = SeededGenerator(seed: UInt64(seed))
        let special: [[UInt8]] = [
            [0x22], [0x5C, 0x22], [0x5C, 0x6E], [0x5C, 0x75, 0x30, 0x30, 0x34, 0x30], [0x5C], [0x5C, 0x78], [0x00],
            [0x1F], [0x7F], [0xC3, 0xA9], [0xE6, 0x97, 0xA5], [0xC3], [0xFF],
        ]
        for _ in 0..<1_000 {
            // Up to three special sequences in plain ASCII of up to 70 bytes, most records ending right after the
            // string (the last window of the record), some with more after it.
            var bytes: [UInt8] = [0x22] + (0..<Int(generator.next() % 71)).map { _ in
                let byte = UInt8(0x20 + generator.next() % 0x60)
                return byte == 0x22 || byte == 0x5C || byte == 0x7F ? 0x41 : byte
            }
            for _ in 0..<Int(generator.next() % 4) {
                let at = 1 + Int(generator.next() % UInt64(bytes.count))
                let sequence = special[Int(generator.next() % UInt64(special.count))]
                bytes.insert(contentsOf: sequence, at: min(at, bytes.count))
            }
            if generator.next() % 4 != 0 { bytes.append(0x22) }
            if generator.next() % 4 == 0 { bytes += Array(#", "next": 1}"#.utf8) }
            let scanned: Scanned = bytes.withUnsafeBufferPointer { buffer in
                do throws(JSONSyntaxError) {
                    let (end, escaped) = try JSONScanner.scanString(buffer, 0)
                    return .end(end, escaped: escaped)
                } catch {
                    return .error(error.offset)
                }
            }
            #expect(scanned == scannedByteByByte(bytes, from: 0), "seed \(seed), \(bytes.count) bytes")
        }
    }

    @Test func stringsAroundWordBoundariesScanAlike() throws {
        // Quotes, escapes and UTF-8 at every offset of a long string (across and after the sixteen-byte windows): the
        // end and the escape flag must not move.
        for offset in 0..<40 {
            for insert in [#"\""#, #"\\"#, #"\n"#, "é", "日", ""] {
                let content = String(repeating: "a", count: offset) + insert + String(repeating: "b", count: 19)
                let record = Array(("\"" + content + "\"").utf8)
                let (end, escaped) = try record.withUnsafeBufferPointer { try JSONScanner.scanString($0, 0) }
                #expect(end == record.count)
                #expect(escaped == insert.hasPrefix("\\"))
            }
        }
    }
}

@Suite("JSON string decoding and encoding")
struct JSONStringTests {
    private func decode(_ content: String) -> String {
        var output: [UInt8] = []
        Array(content.utf8).withUnsafeBufferPointer { JSONString.decode($0, into: &output) }
        return String(decoding: output, as: UTF8.self)
    }

    private func encode(_ text: String) -> String {
        var output: [UInt8] = []
        Array(text.utf8).withUnsafeBufferPointer { JSONString.encode($0, into: &output) }
        return String(decoding: output, as: UTF8.self)
    }

    @Test func decodesEveryEscape() {
        #expect(decode(#"jane\u0040contoso.com"#) == "jane@contoso.com")
        #expect(decode(#"\"\\\/\b\f\n\r\t"#) == "\"\\/\u{8}\u{C}\n\r\t")
        #expect(decode(#"\uD83D\uDE00 \u00E9"#) == "😀 é")
        #expect(decode(#"\uD800x"#) == "\u{FFFD}x")
        #expect(decode(#"\uDC00"#) == "\u{FFFD}")
    }

    @Test func encodesMinimallyAndRoundTrips() {
        #expect(encode("a\"b\\c\nd\u{1}é") == #"a\"b\\c\nd\u0001é"#)
        for text in ["plain", "quote \" backslash \\", "ctrl \u{0}\u{1F}", "日本語 😀", "\t\r\n"] {
            #expect(decode(encode(text)) == text)
        }
    }

    /// Long random texts (the eight-byte steps) with escapes at every offset: the encoding is the byte-by-byte one.
    @Test("encodes as a byte-by-byte encoder does", arguments: 0..<40)
    func encodesAsAByteByByteEncoder(seed: Int) {
        var generator = SeededGenerator(seed: UInt64(seed))
        let alphabet: [UInt8] = Array("abc xyz019".utf8) + [0x22, 0x5C, 0x0A, 0x0D, 0x09, 0x08, 0x0C, 0x00, 0x1F, 0x7F]
            + [0xC3, 0xA9, 0xE6, 0x97, 0xA5]
        let text: [UInt8] = (0..<Int(generator.next() % 70)).map { _ in
            generator.next() % 4 == 0 ? alphabet[Int(generator.next() % UInt64(alphabet.count))] : 0x61
        }
        var expected: [UInt8] = []
        for byte in text {
            switch byte {
            case 0x22, 0x5C: expected += [0x5C, byte]
            case 0x0A: expected += Array(#"\n"#.utf8)
            case 0x0D: expected += Array(#"\r"#.utf8)
            case 0x09: expected += Array(#"\t"#.utf8)
            case 0x08: expected += Array(#"\b"#.utf8)
            case 0x0C: expected += Array(#"\f"#.utf8)
            case 0..<0x20: expected += Array(String(format: "\\u%04x", Int(byte)).utf8)
            default: expected.append(byte)
            }
        }
        var output: [UInt8] = []
        text.withUnsafeBufferPointer { JSONString.encode($0, into: &output) }
        #expect(output == expected, "seed \(seed)")
    }
}
