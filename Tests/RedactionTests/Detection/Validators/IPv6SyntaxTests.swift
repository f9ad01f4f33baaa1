import Redaction
import Testing

@Suite("IPv6 syntax")
struct IPv6SyntaxTests {
    static func shape(_ text: String) -> IPv6Syntax.Shape? { IPv6Syntax.parse(Array(text.utf8)) }

    @Test(arguments: [
        "2001:db8::1", "2001:0db8:0000:0000:0000:ff00:0042:8329", "fe80::1", "::1", "::", "2001:db8::",
        "::ffff:192.0.2.1", "64:ff9b::198.51.100.7", "0:0:0:0:0:ffff:192.0.2.128", "1:2:3:4:5:6:7::",
        "::2:3:4:5:6:7:8", "1:2:3:4:5:6:7:8", "FE80::A", "a::b", "1:2:3:4:5:6:192.0.2.1",
    ])
    func parsesValidText(text: String) { #expect(Self.shape(text) != nil) }

    @Test(arguments: [
        "", ":", ":1", "1:", "1:2", "12:30:45", "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7", "2001::db8::1", ":::",
        "2001:db8:::1", "2001:db8::12345", "2001:db8::g", "::ffff:999.0.2.1", "::ffff:192.0.2", "::1.2.3.4:5",
        "1.2.3.4::", "1:2:3:4:5:6:7:8::", "::1:2:3:4:5:6:7:8", "00:1A:2B:3C:4D:5E", "1:2:3:4:5:6:7:192.0.2.1",
        "1:2:3:4:5::6:192.0.2.1",
        "2001:db8::1:",
    ])
    func rejectsInvalidText(text: String) { #expect(Self.shape(text) == nil) }

    @Test func shapeDetails() throws {
        let mapped = try #require(Self.shape("::ffff:192.0.2.1"))
        #expect(mapped.groupCount == 3 && mapped.isCompressed && mapped.hasEmbeddedIPv4 && mapped.longestGroup == 4)
        let full = try #require(Self.shape("2001:db8:0:0:1:0:0:1"))
        #expect(full.groupCount == 8 && !full.isCompressed && !full.hasEmbeddedIPv4 && full.hasDecimalDigit)
        let letters = try #require(Self.shape("dead::beef"))
        #expect(!letters.hasDecimalDigit)
    }

    @Test(arguments: ["2001:db8::1", "fe80::1", "2001:db8::", "::ffff:192.0.2.1", "::192.0.2.1",
                      "2001:0db8:0000:0000:0000:ff00:0042:8329", "0:0:0:0:0:ffff:192.0.2.128"])
    func reportable(text: String) throws { #expect(IPv6Syntax.isReportable(try #require(Self.shape(text)))) }

    @Test(arguments: ["::", "::1", "1::2", "a1::b2", "dead::beef", "fe80::", "1:2:3:4:5:6:7:8",
                      "00:11:22:33:44:55:66:77", "abc::def"])
    func notReportable(text: String) throws { #expect(!IPv6Syntax.isReportable(try #require(Self.shape(text)))) }
}
