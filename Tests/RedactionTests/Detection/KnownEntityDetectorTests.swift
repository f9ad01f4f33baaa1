import Foundation
import Redaction
import RedactionTestSupport
import Testing

@Suite("Known-entity detector and file")
struct KnownEntityDetectorTests {
    private func redactor(_ entries: [(value: String, kind: EntityKind)]) -> Redactor {
        Redactor(detectors: DetectorSet([KnownEntityDetector(entries: entries)]))
    }

    @Test func namesAddressesNumbersAndIdsEachAsTheirKind() throws {
        let account = EntityKind(rawValue: "ACCOUNT_ID")
        let redactor = redactor([
            ("Jane Doe", .person), ("Muñoz, Diego", .person), ("jane.doe@contoso.com", .email),
            ("+1 (425) 555-0100", .phone), ("ACME-4711", account), ("8812345678", account),
        ])
        expectSameText(
            try redactor.redact("JANE   doe wrote from Jane.Doe@Contoso.com. Diego Muñoz, 1-425-555-0100, acme-4711, 881 234 5678"),
            "[PERSON] wrote from [EMAIL]. [PERSON], [PHONE], [ACCOUNT_ID], [ACCOUNT_ID]")
    }

    @Test func onlyWholeWordsTokensAndNumbers() throws {
        let redactor = redactor([
            ("Jane Doe", .person), ("jane.doe@contoso.com", .email), ("+1 (425) 555-0100", .phone),
        ])
        let text = "Janet Doe, xjane.doe@contoso.com, 14255550100999, 425-555-0100 (no country code)"
        expectSameText(try redactor.redact(text), text)
    }

    /// A million entries load and every sampled one is found (hash lookups, no alternation).
    @Test func aMillionEntries() throws {
        var entries: [(value: String, kind: EntityKind)] = []
        entries.reserveCapacity(1_000_000)
        for index in 0..<250_000 {
            entries.append(("Ada Surname\(index)", .person))
            entries.append(("ada.\(index)@example.org", .email))
            entries.append(("+1 555 \(String(format: "%03d %04d", index / 10_000, index % 10_000))", .phone))
            entries.append(("CRM-\(index)", EntityKind(rawValue: "ACCOUNT_ID")))
        }
        let detector = KnownEntityDetector(entries: entries)
        #expect(detector.count == 1_000_000)
        let redactor = Redactor(detectors: DetectorSet([detector]))
        for index in stride(from: 0, to: 250_000, by: 9_973) {
            let phone = String(format: "555-%03d-%04d", index / 10_000, index % 10_000)
            expectSameText(
                try redactor.redact("ada surname\(index) <ada.\(index)@example.org> +1 \(phone) crm-\(index) crm-x\(index)"),
                "[PERSON] <[EMAIL]> [PHONE] [ACCOUNT_ID] crm-x\(index)")
        }
    }

    @Test func csvAndJSONLinesFilesNameTheKindsByColumn() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("known-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let csv = directory.appendingPathComponent("crm.csv")
        try "name,Email,phone,account_id\n\"Doe, Jane\",jane@contoso.com,+1 425 555 0100,A-17\n".write(
            to: csv, atomically: true, encoding: .utf8)
        let jsonl = directory.appendingPathComponent("crm.jsonl")
        try #"{"full_name":"Diego Muñoz","customer_no":90017}"# .appending("\n").write(
            to: jsonl, atomically: true, encoding: .utf8)
        let fromCSV = try KnownEntityFile.load(path: csv.path)
        #expect(fromCSV.map(\.kind) == [.person, .email, .phone, EntityKind(rawValue: "ACCOUNT_ID")])
        let fromJSON = try KnownEntityFile.load(path: jsonl.path)
        #expect(Set(fromJSON.map(\.kind)) == [.person, EntityKind(rawValue: "CUSTOMER_NO")])
        let bad = directory.appendingPathComponent("bad.jsonl")
        try "{\"name\":\"Jane Doe\"}\nnot json\n".write(to: bad, atomically: true, encoding: .utf8)
        do {
            _ = try KnownEntityFile.load(path: bad.path)
            Issue.record("a broken line must be an error")
        } catch {
            #expect(error.reason.contains(":2:"))
            #expect(!error.reason.contains("Jane"))
        }
    }
}
