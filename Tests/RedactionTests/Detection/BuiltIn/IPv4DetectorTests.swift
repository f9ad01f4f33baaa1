import Redaction
import Testing

@Suite("IPV4 detector")
struct IPv4DetectorTests {
    static let detector = try! BuiltInDetectors.ipv4()

    static let positives: [MarkedText] = [
        "client «203.0.113.7:443» connected",
        "\"ip\":\"«198.51.100.23»\"",
        "X-Forwarded-For: «192.0.2.1», «198.51.100.2»",
        "Failed password for root from «203.0.113.45» port 52144 ssh2",
        "«192.0.2.10» - - [15/Jan/2024:10:00:00 +0000] \"GET / HTTP/1.1\" 200",
        "allow from «198.51.100.0/24» only",
        "route «0.0.0.0/0» via «192.0.2.1»",
        "connect to http://«203.0.113.9:8080»/api/v1",
        "ssh admin@«192.0.2.33»",
        "UNC path \\\\«192.0.2.50»\\share",
        "IP address is «198.51.100.77».",
        "range «192.0.2.1»-«192.0.2.254»",
        "(«203.0.113.200»)",
        "src=«192.0.2.5» dst=«198.51.100.6»",
        "ip:«192.0.2.8»",
        "fixed-width export «192.168.001.010»",
        "broadcast «255.255.255.255» and «0.0.0.0»",
        "reverse lookup «7.113.0.203».in-addr.arpa",
        "server at «203.0.113.12:65535» refused",
        "port zero is not a port: «192.0.2.4»:0",
        "prefix too long: «192.0.2.0»/33",
        "api/hosts/«198.51.100.14»/status",
        "patched the server at «192.0.2.10» last night",
        "the node «10.0.0.5» is down",
        "routing table «10.0.0.0/8» via eth0",
        "Server «192.0.2.99» (build agent) offline",
        "log file «192.0.2.1».log rotated",
        "IPv4-mapped ::ffff:«192.0.2.128» in a v4 log",
        "地址«203.0.113.5»已封禁",
        "tab\t«198.51.100.1»\tsep",
        "last «192.0.2.7»",
    ]

    static let decoys: [MarkedText] = [
        "Windows 10.0.19041.1",
        "Microsoft Windows [Version 10.0.19045.3803]",
        "version 6.1.7601.17514",
        "version 1.2.3.4 installed",
        "Version: 1.2.3.4",
        "build 10.0.1.2",
        "OS build 10.0.1.2",
        "firmware v 2.0.1.4",
        "fw 1.0.0.12",
        "kernel 5.10.0.21",
        "driver version is 31.0.15.3623",
        "driver version is 30.0.15.36",
        "\"firmwareVersion\":\"1.2.3.4\"",
        "\"os_version\": \"10.0.0.1\"",
        "buildNumber=10.0.1.2",
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36",
        "v1.2.3.4",
        "1.2.3.4.5",
        "10.0.19041.1",
        "OID 1.3.6.1.4.1.311",
        "OID 1.3.6.1",
        "see section 3.1.2.4 of the spec",
        "§ 3.1.2.4 and §3.1.2.5",
        "Chapter 2.1.1.3",
        "999.1.1.1",
        "256.100.50.25",
        "2024.01.15",
        "3.14159",
        "release 2.10.3.4-beta",
        "2.10.3.4-beta",
        "1.0.0.0+build5",
        "setup-1.2.3.4.exe",
        "01.02.03.04",
        "10.0.0.01",
        "1.2.3",
        "abc1.2.3.4",
        "1.2.3.4x",
        "hotfix 4.18.2.1",
        "SDK 10.0.2.0",
        "patch 1.1.1.1",
    ]

    @Test("finds addresses", arguments: positives)
    func findsAddresses(sample: MarkedText) { expectFindings(of: Self.detector, in: sample) }

    @Test("ignores look-alikes", arguments: decoys)
    func ignoresDecoys(sample: MarkedText) { expectFindings(of: Self.detector, in: sample) }

    @Test func portAndPrefixRaiseConfidence() throws {
        let set = DetectorSet([Self.detector])
        let bare = try set.findings(in: "host 192.0.2.1 up")
        let withPort = try set.findings(in: "host 192.0.2.1:22 up")
        #expect(bare.map(\.confidence) == [0.9])
        #expect(withPort.map(\.confidence) == [0.95])
    }

    @Test func findsItsOwnExample() throws {
        #expect(!(try DetectorSet([Self.detector]).findings(in: Self.detector.descriptor.example)).isEmpty)
    }

    @Test func safeOnInvalidUTF8() throws {
        var bytes = Array("x ".utf8) + [0xFF, 0xC3] + Array("192.0.2.1 ".utf8) + [0x80, 0xFE]
        #expect(try DetectorSet([Self.detector]).findings(in: bytes).count == 1)
        bytes = [0xC2, 0x31, 0x2E, 0x32, 0x2E, 0x33, 0x2E, 0x34, 0xA7]  // a dotted quad between stray bytes
        #expect(try DetectorSet([Self.detector]).findings(in: bytes).count == 1)
        bytes = [0xC2, 0xA7, 0x31, 0x2E, 0x32, 0x2E, 0x33, 0x2E, 0x34]  // "§1.2.3.4": a section number
        #expect(try DetectorSet([Self.detector]).findings(in: bytes).isEmpty)
    }
}
