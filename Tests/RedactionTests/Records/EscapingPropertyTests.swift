import Foundation
import Redaction
import SyntheticData
import RedactionTestSupport
import Testing

/// Property: how a record's strings are escaped changes nothing about what is redacted. Generated records are
/// re-escaped at random (`\uXXXX` for letters, digits and `@`, `\/` for `/`); the redacted forms of both must parse
/// to the same JSON value, be valid JSON on one line, and be fixed points of redaction.
@Suite("Escaping properties")
struct EscapingPropertyTests {
    static let redactor = try! Redactor.builtIn()

    private func redact(_ line: [UInt8]) throws -> [UInt8] {
        var output: [UInt8] = []
        var scratch = RecordScratch()
        try line.withUnsafeBufferPointer { (buffer) throws(RedactionError) in
            try Self.redactor.redactJSON(buffer, into: &output, scratch: &scratch)
        }
        return output
    }

    /// `line` with string characters escaped at random (the JSON value is unchanged).
    private func reescaped(_ line: [UInt8], _ generator: inout SeededGenerator) -> [UInt8] {
        var output: [UInt8] = []
        var inString = false
        var index = 0
        let hex = Array("0123456789abcdef".utf8)
        while index < line.count {
            let byte = line[index]
            if inString, byte == UInt8(ascii: "\\") {
                output.append(contentsOf: line[index...min(index + 1, line.count - 1)])
                index += 2
                continue
            }
            if byte == UInt8(ascii: "\"") { inString.toggle() }
            let escapable = (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
                || byte == UInt8(ascii: "@")
            if inString, byte != UInt8(ascii: "\""), generator.next() % 4 == 0 {
                if byte == UInt8(ascii: "/") {
                    output.append(contentsOf: Array(#"\/"#.utf8))
                } else if escapable {
                    output.append(contentsOf: Array(#"\u00"#.utf8))
                    output.append(hex[Int(byte >> 4)])
                    output.append(hex[Int(byte & 15)])
                } else {
                    output.append(byte)
                }
            } else {
                output.append(byte)
            }
            index += 1
        }
        return output
    }

    private func parsed(_ bytes: [UInt8]) throws -> NSDictionary {
        try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? NSDictionary)
    }

    @Test(arguments: 0..<8)
    func escapingChangesNothing(seed: Int) throws {
        var records = SupportCaseGenerator(seed: UInt64(1_000 + seed))
        var generator = SeededGenerator(seed: UInt64(seed))
        for record in 0..<60 {
            var line: [UInt8] = []
            records.appendNextLine(to: &line)
            line.removeLast()  // the newline
            let escaped = reescaped(line, &generator)
            // Booleans only: a failure must not print record text.
            let sameInput = try parsed(escaped) == parsed(line)
            #expect(sameInput, "re-escaping changed record \(record)")
            let plain = try redact(line), fromEscaped = try redact(escaped)
            let sameOutput = try parsed(fromEscaped) == parsed(plain)
            #expect(sameOutput, "escaping changed the redaction of record \(record)")
            #expect(!fromEscaped.contains(0x0A), "record \(record) spans lines")
            let fixedPoint = try redact(fromEscaped) == fromEscaped
            #expect(fixedPoint, "record \(record) changes when redacted again")
        }
    }
}
