import Redaction
import Testing

@Suite("IPV6 detector")
struct IPv6DetectorTests {
    static let detector = try! BuiltInDetectors.ipv6()

    static let positives: [MarkedText] = [
        "client «2001:db8::1» connected",
        "full form «2001:0db8:0000:0000:0000:ff00:0042:8329» seen",
        "«2001:db8:0:0:1:0:0:1» unshortened",
        "link-local «fe80::1» on the LAN",
        "«fe80::1%eth0» scope",
        "Windows zone «fe80::5efe:c000:201%12» here",
        "URL zone http://[«fe80::1%25en0»]/",
        "listening on «[2001:db8::1]:443»",
        "https://«[2001:db8:85a3::8a2e:370:7334]:8443»/login",
        "bracket without port [«2001:db8::2»] ok",
        "\"ip\":\"«2001:db8:85a3::8a2e:370:7334»\"",
        "mapped «::ffff:192.0.2.1» from v4",
        "NAT64 «64:ff9b::198.51.100.7»",
        "«0:0:0:0:0:ffff:192.0.2.128» full embedded",
        "prefix «2001:db8::/32» allocated",
        "route «2001:db8:abcd:12::/64» via «fe80::2»",
        "trailing compression «2001:db8::»",
        "upper case «2001:DB8::8A2E:370:7334»",
        "sentence end «2001:db8::42».",
        "error «2001:db8::1»: connection refused",
        "addr:«2001:db8::5» (key with colon)",
        "src:«fe80::a00:27ff:fe4e:66a1»",
        "X-Forwarded-For: «2001:db8::17», 198.51.100.2",
        "inet6 «fe80::a00:27ff:fe4e:66a1/64» scope link",
        "ULA «fd12:3456:789a:1::1»",
        "Failed password for root from «2001:db8:1::ab9:c0a8:102» port 22",
        "(«2001:db8::c001»)",
        "地址«2001:db8::99»已封禁",
        "range «2001:db8::1»-«2001:db8::ff»",
        "bracketed bad port «2001:db8::3»]:99999 stays address-only",
        "14:09:00に«fe80::8%ens33»からの通信",
        "«2001:0DB8:DE7C:92C6:1929:49BB:F1D0:0C6B»で待ち受け",
        "サーバー«2001:db8::1»、クライアント«2001:db8::2»。",
    ]

    static let decoys: [MarkedText] = [
        "meeting at 12:30:45 today",
        "at 12:30 sharp",
        "aspect ratio 16:9",
        "std::string and std::vector<int>",
        "Foo::Bar::baz()",
        "use std::io::Result;",
        "Dead::Beef",
        "abc::def",
        "loopback ::1 is fine",
        "unspecified :: address",
        "1::2 is too small",
        "mac 00:1A:2B:3C:4D:5E",
        "hex dump 00:11:22:33:44:55:66:77",
        "SHA1 Fingerprint=5B:3F:AA:10:2C:9E:44:71:8D:0B:6E:22:91:CF:3A:58:07:E4:1D:B6",
        "GUID {6F9619FF-8B86-D011-B42D-00C04FC964FF}",
        "error 0x80070005 returned",
        "2024-01-15T12:30:45Z started",
        "12:30:45.123 log line",
        "12:30:45pm",
        "time 01:02:03:04:05:06:07:08",
        "too many groups 2001:db8:1:2:3:4:5:6:7",
        "two compressions 2001::db8::1",
        "group too long 2001:db8::12345",
        "bad embedded ::ffff:999.0.2.1",
        "C++ a::b",
        "ns1::ns2::Type123",
        "word-glued fe80::1g",
        "1:2:3:4:5:6:7:8",
        "duration 1:23:45",
        "Perl Module::Name::v1",
    ]

    @Test("finds addresses", arguments: positives)
    func findsAddresses(sample: MarkedText) { expectFindings(of: Self.detector, in: sample) }

    @Test("ignores look-alikes", arguments: decoys)
    func ignoresDecoys(sample: MarkedText) { expectFindings(of: Self.detector, in: sample) }

    @Test func confidenceIsHigh() throws {
        let findings = try DetectorSet([Self.detector]).findings(in: "from 2001:db8::1")
        #expect(findings.map(\.confidence) == [0.95])
    }

    /// IPv6, IPv4 and MAC together, resolved as in the built-in set: an embedded IPv4 address is part of the IPv6
    /// finding, and a MAC address is never claimed by the IPv6 detector.
    static let network: [MarkedText] = [
        "mapped «::ffff:192.0.2.1» from v4",
        "NAT64 «64:ff9b::198.51.100.7» and «203.0.113.9:80»",
        "«[::ffff:198.51.100.3]:8080» listening",
        "mac «00:1A:2B:3C:4D:5E» at «fe80::21a:2bff:fe3c:4d5e»",
        "hex dump 00:11:22:33:44:55:66:77",
    ]

    @Test("resolves overlaps with IPv4 and MAC", arguments: network)
    func resolvesOverlaps(sample: MarkedText) throws {
        let set = DetectorSet([Self.detector, try BuiltInDetectors.ipv4(), try BuiltInDetectors.macAddress()])
        let found = try set.findings(in: sample.text)
        #expect(found.map(\.range) == sample.expected)
    }

    @Test func embeddedIPv4BelongsToIPv6() throws {
        let set = DetectorSet([Self.detector, try BuiltInDetectors.ipv4()])
        let found = try set.findings(in: "peer ::ffff:192.0.2.1 up")
        #expect(found.map(\.kind) == [.ipv6])
    }

    @Test func findsItsOwnExample() throws {
        #expect(!(try DetectorSet([Self.detector]).findings(in: Self.detector.descriptor.example)).isEmpty)
    }

    @Test func safeOnInvalidUTF8() throws {
        var bytes = Array("x ".utf8) + [0xFF, 0xC3] + Array("2001:db8::1 ".utf8) + [0x80, 0xFE]
        #expect(try DetectorSet([Self.detector]).findings(in: bytes).count == 1)
        bytes = [0xC0, 0x3A, 0x3A, 0x31, 0xAF, 0x3A, 0xFF, 0x3A]  // colons and digits between invalid bytes
        #expect(try DetectorSet([Self.detector]).findings(in: bytes).isEmpty)
    }
}
