@testable import Redaction
import Testing

@Suite("CaseIdentifier")
struct CaseIdentifierTests {
    @Test("plausible ids", arguments: [
        "12345678", "00123456", "INC0012345", "INC-2024-00042", "1-2345678901", "CLM-88213-A", "2001010040001234",
        "784512", "REQ123456", "SR-20240115-0001",
    ])
    func plausible(id: String) { #expect(CaseIdentifier.isPlausible(Array(id.utf8))) }

    @Test("implausible ids", arguments: [
        "12345", "123456789012345678901", "closed", "ABC-123", "00000000", "KB5034441", "kb890830", "2024-01-15",
        "15/01/2024", "1/15/2024",
    ])
    func implausible(id: String) { #expect(!CaseIdentifier.isPlausible(Array(id.utf8))) }

    @Test("timestamp-like 16-digit numbers", arguments: [
        ("1705314600123456", true), ("1400000000000000", true), ("1300000000000000", false),
        ("2001010040001234", false), ("170531460012345", false),
    ])
    func timestamps(number: String, expected: Bool) {
        #expect(CaseIdentifier.mayBeMicrosecondTimestamp(Array(number.utf8)) == expected)
    }
}
