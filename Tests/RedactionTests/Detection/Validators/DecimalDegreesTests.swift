import Redaction
import Testing

@Suite("DecimalDegrees")
struct DecimalDegreesTests {
    @Test("parses degrees", arguments: [
        ("47.6205", 47.6205, 4, false), ("-122.3493", -122.3493, 4, true), ("+2.2945", 2.2945, 4, true),
        ("\u{2212}33.8688", -33.8688, 4, true), ("0.000", 0, 3, false), ("180", 180, 0, false), ("12.5", 12.5, 1, false),
    ])
    func parses(text: String, degrees: Double, decimals: Int, signed: Bool) throws {
        let value = try #require(DecimalDegrees.parse(Array(text.utf8)))
        #expect(abs(value.degrees - degrees) < 1e-9)
        #expect(value.decimals == decimals)
        #expect(value.isSigned == signed)
    }

    @Test("rejects other text", arguments: ["", "-", "1234.5", "1.2.3", "12a", "12.", ".5", "\u{2013}12.5", "--1.5"])
    func rejects(text: String) { #expect(DecimalDegrees.parse(Array(text.utf8)) == nil) }

    @Test func ranges() {
        #expect(DecimalDegrees.isLatitude(90) && DecimalDegrees.isLatitude(-90))
        #expect(!DecimalDegrees.isLatitude(90.0001) && !DecimalDegrees.isLatitude(-95))
        #expect(DecimalDegrees.isLongitude(180) && DecimalDegrees.isLongitude(-180))
        #expect(!DecimalDegrees.isLongitude(180.5) && !DecimalDegrees.isLongitude(-190))
    }
}
