import Redaction
import Testing

@Suite("MAC address syntax")
struct MACAddressSyntaxTests {
    static func value(_ text: String) -> UInt64? { MACAddressSyntax.value(Array(text.utf8)) }

    @Test func parsesEveryForm() {
        #expect(Self.value("00:1A:2B:3C:4D:5E") == 0x001A_2B3C_4D5E)
        #expect(Self.value("00-1a-2b-3c-4d-5e") == 0x001A_2B3C_4D5E)
        #expect(Self.value("001a.2b3c.4d5e") == 0x001A_2B3C_4D5E)
        #expect(Self.value("0:c:29:3e:5b:7a") == 0x000C_293E_5B7A)
        #expect(Self.value("ff:ff:ff:ff:ff:ff") == 0xFFFF_FFFF_FFFF)
    }

    @Test(arguments: [
        "", "00:1A:2B:3C:4D", "00:1A:2B:3C:4D:5E:6F", "00:1A-2B:3C-4D:5E", "0-1A-2B-3C-4D-5E", "001:1A:2B:3C:4D:5E",
        "1:2:3:4:5:6", "001a.2b3c", "001a.2b3c.4d5", "001a:2b3c:4d5e", "00:1G:2B:3C:4D:5E", "00::2B:3C:4D:5E",
        "001A2B3C4D5E", ":00:1A:2B:3C:4D:5E", "00:1A:2B:3C:4D:5E:",
    ])
    func rejectsMalformed(text: String) { #expect(Self.value(text) == nil) }

    @Test func reportability() {
        #expect(MACAddressSyntax.isReportable(Array("00:1A:2B:3C:4D:5E".utf8)))
        #expect(MACAddressSyntax.isReportable(Array("0050.56c0.0008".utf8)))
        #expect(MACAddressSyntax.isReportable(Array("01-23-45-67-89-01".utf8)))
        #expect(!MACAddressSyntax.isReportable(Array("00:00:00:00:00:00".utf8)))
        #expect(!MACAddressSyntax.isReportable(Array("FF-FF-FF-FF-FF-FF".utf8)))
        #expect(!MACAddressSyntax.isReportable(Array("2024.0115.1230".utf8)))
        #expect(!MACAddressSyntax.isReportable(Array("not a mac".utf8)))
    }

    @Test func decimalDottedNeedsALabel() {
        #expect(MACAddressSyntax.isDecimalDotted(Array("2024.0115.1230".utf8)))
        #expect(!MACAddressSyntax.isDecimalDotted(Array("0050.56c0.0008".utf8)))
        #expect(!MACAddressSyntax.isDecimalDotted(Array("01-23-45-67-89-01".utf8)))
        #expect(MACAddressSyntax.isReportable(Array("0695.7052.4680".utf8), namedAsMAC: true))
        #expect(!MACAddressSyntax.isReportable(Array("0000.0000.0000".utf8), namedAsMAC: true))
        #expect(!MACAddressSyntax.isReportable(Array("0695.7052.468".utf8), namedAsMAC: true))
    }
}
