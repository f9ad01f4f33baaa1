import Redaction
import Testing

@Suite("GEO_COORDINATES detector")
struct GeoCoordinatesDetectorTests {
    static let detector = try! BuiltInDetectors.geoCoordinates()

    static let positives: [MarkedText] = [
        "pin at «47.6205, -122.3493» today",
        "«47.6205,-122.3493»",
        "Sydney «-33.8688 151.2093»",
        "tab separated «-33.8688\t151.2093»",
        "Eiffel tower («48.8584, 2.2945»)",
        "bracketed [«35.6762, 139.6503»]",
        "Unicode minus «−33.8688, 151.2093»",
        "explicit plus «+47.6205, +122.3493»",
        "degrees «47.6205°, -122.3493°»",
        "«40.7128° N, 74.0060° W»",
        "«40.7128°N 74.0060°W»",
        "«N 40.7128, W 74.0060»",
        "Sydney «33.8688 S, 151.2093 E»",
        "DMS «40°42'46.1\"N 74°00'21.6\"W»",
        "DMS typographic «48°51′30″N 2°17′40″E»",
        "lat «47.6205 lon -122.3493»",
        "lat=«51.5007&lng=-0.1246»",
        "latitude «47.6205 longitude -122.3493»",
        "{\"lat\": «47.6205, \"lng\": -122.3493»}",
        "\"latitude\":«47.6205,\"longitude\":-122.3493»",
        "lon=«-122.3493&lat=47.6205»",
        "Lat. «47.6205, Long. -122.3493»",
        "user_lat=«47.6205&user_lng=-122.3493»",
        "https://www.google.com/maps/@«47.6205,-122.3493»,15z",
        "maps?q=«47.6205,-122.3493»",
        "GPS: «12.345, 67.890»",
        "Coordinates: «1.290, 103.852»",
        "GPS fix «0.1234, 0.5678»",
        "precise enough «48.85837, 2.29448»",
        "log 2024-01-15 10:22:01 «47.6205,-122.3493» ok",
        "route «47.6205,-122.3493»;«45.5152,-122.6784»",
        "from «47.6205, -122.3493» to «45.5152, -122.6784»",
    ]

    static let decoys: [MarkedText] = [
        "version 10.0.19041.1",
        "amounts 123.45, 678.90",
        "latitude out of range 95.1234, 12.3456",
        "longitude out of range 47.6205, -190.3493",
        "two decimals 47.62, -122.34",
        "IPs 192.0.2.10, 198.51.100.7",
        "ratio 1.333:1",
        "single number 47.6205",
        "scores 0.987, 0.123",
        "weights -0.123, 0.456",
        "vector [0.1234, -0.5678, 0.9012]",
        "vector 12.3456, -45.6789, 78.9012",
        "matrix row 12.3456 -45.6789 78.9012",
        "p95 12.345, 67.890",
        "rates 1.0823, 0.9241",
        "metrics cpu 12.345, mem 67.890",
        "sizes 1.234 GB, 5.678 GB",
        "timestamps 1705314600.123, 1705314601.456",
        "semver 1.234.567",
        "build 47.6205,-122.3493.1",
        "lat 47.62 lon -122.34",
        "lat 95.1234 lon 12.3456",
        "N 95.1234, E 12.3456",
        "sign and hemisphere 40.7128 N, -74.0060 W",
        "DMS minutes 61: 40°61'46.1\"N 74°00'21.6\"W",
        "no fix: gps 0.000000, 0.000000",
        "already redacted [GEO_COORDINATES]",
    ]

    @Test("finds coordinates", arguments: positives)
    func findsCoordinates(sample: MarkedText) { expectFindings(of: Self.detector, in: sample) }

    @Test("ignores look-alikes", arguments: decoys)
    func ignoresDecoys(sample: MarkedText) { expectFindings(of: Self.detector, in: sample) }

    @Test func confidence() throws {
        let set = DetectorSet([Self.detector])
        #expect(try set.findings(in: "lat 47.6205 lon -122.3493").map(\.confidence) == [0.9])
        #expect(try set.findings(in: "40.7128 N, 74.0060 W").map(\.confidence) == [0.9])
        #expect(try set.findings(in: "at 47.6205, -122.3493").map(\.confidence) == [0.8])
        #expect(try set.findings(in: "at 48.85837, 2.29448").map(\.confidence) == [0.7])
    }

    @Test func safeOnInvalidUTF8() throws {
        var bytes = Array("x ".utf8) + [0xFF, 0xC3, 0x20] + Array("47.6205, -122.3493 ".utf8) + [0x80, 0xFE]
        #expect(try DetectorSet([Self.detector]).findings(in: bytes).count == 1)
        bytes = Array("40.7128".utf8) + [0xC2] + Array(" N, 74.0060".utf8) + [0xC2, 0xE2, 0x88] + Array("W".utf8)
        _ = try DetectorSet([Self.detector]).findings(in: bytes)
    }
}
