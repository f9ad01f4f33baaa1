import Foundation
@testable import Redaction
import Testing

/// Entity kinds and detector ids are numbers standing for their names (``NameTable``): equal names must give equal
/// values from any thread, the name must come back unchanged, and the encoded form must stay the plain name.
@Suite("Interned kind and detector names")
struct NameTableTests {
    @Test func equalNamesGiveEqualValuesAndTheNameComesBack() {
        let name = "TEST_KIND_\(UInt64.random(in: 0...UInt64.max))"
        let first = EntityKind(rawValue: name), second = EntityKind(rawValue: String(name))
        #expect(first == second)
        #expect(first.hashValue == second.hashValue)
        #expect(first.rawValue == name)
        #expect(first.description == name)
        #expect(first != EntityKind(rawValue: name + "X"))
        #expect(EntityKind(rawValue: "EMAIL") == .email)
        #expect(DetectorID(rawValue: "email").rawValue == "email")
        // Kinds and ids with the same text are still different tables' entries; names order as text.
        #expect(EntityKind(rawValue: "B") > EntityKind(rawValue: "A"))
        #expect(DetectorID(rawValue: "a-b") < DetectorID(rawValue: "b"))
        #expect(EntityKind(rawValue: "").rawValue == "")
        #expect(EntityKind(rawValue: "名前の種類").rawValue == "名前の種類")
    }

    /// The built-in kinds are constants standing for numbers the table hands out first: each must be the kind of its
    /// own name, however the name is reached.
    @Test func builtInKindsAreTheKindsOfTheirNames() {
        let kinds: [(EntityKind, String)] = [
            (.email, "EMAIL"), (.ipv4, "IPV4"), (.ipv6, "IPV6"), (.caseNumber, "CASE_NUMBER"), (.phone, "PHONE"),
            (.creditCard, "CREDIT_CARD"), (.usSSN, "US_SSN"), (.iban, "IBAN"), (.macAddress, "MAC_ADDRESS"),
            (.urlCredentials, "URL_CREDENTIALS"), (.secret, "SECRET"), (.geoCoordinates, "GEO_COORDINATES"),
            (.person, "PERSON"), (.location, "LOCATION"), (.streetAddress, "STREET_ADDRESS"),
        ]
        for (kind, name) in kinds {
            #expect(kind.rawValue == name)
            #expect(EntityKind(rawValue: name) == kind, "\(name)")
        }
        #expect(Set(kinds.map(\.0)).count == kinds.count)
        #expect(EntityKind.builtInNames == kinds.map(\.1))
    }

    @Test func encodedFormIsThePlainName() throws {
        let encoded = try JSONEncoder().encode([EntityKind.creditCard, EntityKind(rawValue: "CUSTOM_ID")])
        #expect(String(decoding: encoded, as: UTF8.self) == #"["CREDIT_CARD","CUSTOM_ID"]"#)
        let decoded = try JSONDecoder().decode([EntityKind].self, from: encoded)
        #expect(decoded == [.creditCard, EntityKind(rawValue: "CUSTOM_ID")])
        let id = try JSONEncoder().encode(DetectorID(rawValue: "phone"))
        #expect(String(decoding: id, as: UTF8.self) == #""phone""#)
        #expect(try JSONDecoder().decode(DetectorID.self, from: id) == DetectorID(rawValue: "phone"))
    }

    @Test func namesInternedFromManyThreadsAgree() async {
        // Eight tasks intern the same 600 new names (more than two chunks) in different orders.
        let prefix = "CONCURRENT_\(UInt64.random(in: 0...UInt64.max))_"
        let names = (0..<600).map { prefix + String($0) }
        let results = await withTaskGroup(of: [String: EntityKind].self) { group in
            for task in 0..<8 {
                group.addTask {
                    var seen: [String: EntityKind] = [:]
                    for name in task % 2 == 0 ? names : names.reversed() { seen[name] = EntityKind(rawValue: name) }
                    return seen
                }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        for seen in results {
            for name in names {
                #expect(seen[name] == results[0][name], "name #\(names.firstIndex(of: name) ?? -1)")
                #expect(seen[name]?.rawValue == name)
            }
        }
        #expect(Set(results[0].values).count == names.count)
    }
}
