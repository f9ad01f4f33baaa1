@testable import Redaction
import Testing

@Suite("PhoneNumberShape")
struct PhoneNumberShapeTests {
    static func shape(_ text: String) -> ([UInt8], PhoneNumberShape) {
        let bytes = Array(text.utf8)
        return (bytes, PhoneNumberShape(bytes, range: 0..<bytes.count))
    }

    @Test func groupsSeparatorsAndBrackets() {
        let (bytes, shape) = Self.shape("+1 (415) 555-0100")
        #expect(shape.groups.map(\.count) == [1, 3, 3, 4])
        #expect(shape.groups.map(\.separator) == [.none, .space, .space, .dash])
        #expect(shape.groups.map(\.isBracketed) == [false, true, false, false])
        #expect(shape.groups[1].span == 3..<8)
        #expect(shape.groups[1].digits == 4..<7)
        #expect(shape.isBalanced)
        #expect(shape.digitCount() == 11)
        #expect(shape.digitCount(groups: 2) == 4)
        #expect(shape.digits(in: bytes, groups: 2) == [1, 4, 1, 5])
        #expect(shape.digits(in: bytes, skipping: 1) == [1, 5, 5, 5, 0, 1, 0, 0])
    }

    @Test func trunkInBracketsJoinsWithoutSeparator() {
        let (_, shape) = Self.shape("+44 (0)20 7946 0958")
        #expect(shape.groups.map(\.count) == [2, 1, 2, 4, 4])
        #expect(shape.groups.map(\.separator) == [.none, .space, .none, .space, .space])
        #expect(Array(shape.separators) == [.space, .space, .space])
    }

    @Test func dotsSlashesAndNoBreakSpace() {
        #expect(Array(Self.shape("01.23.45.67.89").1.separators) == [.dot, .dot, .dot, .dot])
        #expect(Array(Self.shape("030/901820").1.separators) == [.slash])
        #expect(Array(Self.shape("33\u{A0}1\u{A0}23").1.separators) == [.space, .space])
    }

    @Test("unbalanced brackets", arguments: ["(415 555-0100", "415) 555-0100", "+1 (415"])
    func unbalanced(text: String) {
        #expect(!Self.shape(text).1.isBalanced)
    }

    @Test("dates inside", arguments: ["2024 01 15", "05 01 2024 10 30", "15-01-2024", "1 2 1999", "+44 2024 01 15"])
    func dates(text: String) {
        let (bytes, shape) = Self.shape(text)
        #expect(shape.containsDate(in: bytes))
    }

    @Test("not dates", arguments: [
        "01 23 45 67 89", "020 7946 0958", "03-1234-5678", "12 34 5678", "00 00 2024", "2100 01 01",
    ])
    func notDates(text: String) {
        let (bytes, shape) = Self.shape(text)
        #expect(!shape.containsDate(in: bytes))
    }
}
