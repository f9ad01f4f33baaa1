import Redaction
import Testing

@Suite("IPv4 syntax")
struct IPv4SyntaxTests {
    @Test(arguments: [
        "0.0.0.0", "192.0.2.1", "255.255.255.255", "198.51.100.23", "1.2.3.4", "10.0.0.255",
        "192.168.001.010", "010.000.000.001",
    ])
    func acceptsDottedQuads(text: String) { #expect(IPv4Syntax.isDottedQuad(Array(text.utf8))) }

    @Test(arguments: [
        "", "1.2.3", "1.2.3.4.5", "256.1.1.1", "1.2.3.999", "1..2.3", ".1.2.3", "1.2.3.", "1.2.3.4 ", "a.b.c.d",
        "1234.1.1.1", "01.02.03.04", "10.0.0.01", "192.168.1.010", "1.2.3.-4",
    ])
    func rejectsOthers(text: String) { #expect(!IPv4Syntax.isDottedQuad(Array(text.utf8))) }

    @Test func ports() {
        for port in ["1", "22", "443", "8080", "65535"] { #expect(IPv4Syntax.isPort(Array(port.utf8))) }
        for port in ["", "0", "65536", "99999", "0443", "123456", "8o"] {
            #expect(!IPv4Syntax.isPort(Array(port.utf8)))
        }
    }

    @Test func prefixLengths() {
        for prefix in ["0", "8", "24", "32"] { #expect(IPv4Syntax.isPrefixLength(Array(prefix.utf8))) }
        for prefix in ["", "33", "024", "100", "x"] { #expect(!IPv4Syntax.isPrefixLength(Array(prefix.utf8))) }
        #expect(IPv4Syntax.isPrefixLength(Array("128".utf8), maximum: 128))
        #expect(!IPv4Syntax.isPrefixLength(Array("129".utf8), maximum: 128))
    }
}
