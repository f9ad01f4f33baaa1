@testable import Redaction
import Testing

@Suite("LinePosition")
struct LinePositionTests {
    /// Whether the first occurrence of `marker` in `text` stands alone.
    static func standsAlone(_ text: String, marker: String = "555") -> Bool {
        let bytes = Array(text.utf8)
        let range = bytes.firstRange(of: Array(marker.utf8))!
        return bytes.withUnsafeBufferPointer { LinePosition.standsAlone(range, in: $0) }
    }

    @Test("alone on its line or cell", arguments: [
        "555", "Jane\n555", "Jane\n555\nmore", "Jane\r\n555\r\n", "Jane\n  555  \n", "Jane | 555 | jane@example.com",
        "Jane\t|\t555", "\"Jane \n555\",\"next\"", "Jane\n555\"",
    ])
    func alone(text: String) {
        #expect(Self.standsAlone(text))
    }

    @Test("inside running text", arguments: [
        "call 555", "555 items", "Jane\ncall 555", "Jane\n555, thanks", "\"555\"", "Jane\n(555)", "Jane\n555.",
        "Jane\n555に架電",
    ])
    func notAlone(text: String) {
        #expect(!Self.standsAlone(text))
    }
}
