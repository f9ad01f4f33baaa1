import Redaction
import Testing

@Suite("MAC_ADDRESS detector")
struct MACAddressDetectorTests {
    static let detector = try! BuiltInDetectors.macAddress()

    static let positives: [MarkedText] = [
        "Equipamento «5239.1005.3532» registrado novamente no portal.",
        "El equipo «4284.0478.0706» pierde la conexión.",
        "mac «00:1A:2B:3C:4D:5E» on port 3",
        "Physical Address. . . . . . . . . : «00-1A-2B-3C-4D-5E»",
        "Cisco table: 10 «001a.2b3c.4d5e» DYNAMIC Gi0/1",
        "link/ether «08:00:27:4e:66:a1» brd ff:ff:ff:ff:ff:ff",
        "eth0      Link encap:Ethernet  HWaddr «00:0C:29:3E:5B:7A»",
        "HWaddr:«00:0c:29:3e:5b:7a»",
        "mac:«a4:83:e7:12:34:56»",
        "\"mac\":\"«3C:22:FB:9A:0B:11»\"",
        "bssid=«F0:9F:C2:10:AA:BB»",
        "device «AC-DE-48-00-11-22» joined",
        "(«00:50:56:c0:00:08»)",
        "client «b8:27:eb:01:23:45», ip 192.0.2.44",
        "two: «00:1A:2B:3C:4D:5E»,«00:1A:2B:3C:4D:5F»",
        "sentence end «00:1a:2b:3c:4d:5e».",
        "trailing colon «00:1a:2b:3c:4d:5e»: link up",
        "Wake-on-LAN to «01-23-45-67-89-AB»",
        "DHCPACK on 192.0.2.7 to «de:ad:be:ef:00:01» via eth0",
        "? (192.0.2.1) at «0:c:29:3e:5b:7a» on en0 ifscope [ethernet]",
        "ether «8:0:27:4e:66:a1» (macOS ifconfig)",
        "dotted upper «0050.56C0.0008»",
        "station «00:11:22:33:44:55» associated",
        "«00:1A:2B:3C:4D:5E»",
        "地址«00:1A:2B:3C:4D:5E»已封禁",
        "src-mac «7c:d1:c3:aa:bb:cc» dst-mac «ac:de:48:00:11:22»",
        "[«00:1a:2b:3c:4d:5e»]",
        "tab\t«02:42:ac:11:00:02»\tdocker",
        // Glued to CJK text
        "MACアドレス«f6:d1:d4:49:af:4f»の端末",
        "端末«AC-DE-48-00-11-22»が接続",
        // Dotted decimal digits only: found when labelled as a MAC address or a device
        "\"device\":{\"mac\":\"«0695.7052.4680»\",\"os_version\":\"10.0\"}",
        "Device «3221.7448.2308» re-registered in the portal",
        "L’appareil avec l’adresse MAC «4284.0478.0706» perd sans cesse la connexion",
        "MAC-Adresse: «1234.5678.9012»",
        "dirección MAC «0011.2233.4455» bloqueada",
        "endereço MAC «0123.4567.8901» bloqueado",
        "MACアドレス«0695.7052.4680»の端末",
        "\"mac_address\": \"«2211.0099.8877»\"",
        "JSON line as text: {\\\"mac\\\":\\\"«0695.7052.4680»\\\"}",
        "adapter («5566.7788.9900»)",
    ]

    static let decoys: [MarkedText] = [
        "hex dump 00:11:22:33:44:55:66:77",
        "EUI-64 00:1a:2b:ff:fe:3c:4d:5e",
        "SHA1 Fingerprint=5B:3F:AA:10:2C:9E:44:71:8D:0B:6E:22:91:CF:3A:58:07:E4:1D:B6",
        "ipv6 fe80::21a:2bff:fe3c:4d5e",
        "2001:db8:12:34:56:78:9a:bc",
        "mixed 00:1A-2B:3C-4D:5E",
        "meeting at 12:30:45",
        "2024-01-15 12:30:45",
        "GUID 6F9619FF-8B86-D011-B42D-00C04FC964FF",
        "error 0x80070005",
        "placeholder 00:00:00:00:00:00",
        "broadcast ff:ff:ff:ff:ff:ff",
        "broadcast FF-FF-FF-FF-FF-FF",
        "dotted digits 2024.0115.1230",
        "five groups 00:1A:2B:3C:4D",
        "three-digit group 00:1A:2B:3C:4D:5E0",
        "glued x00:1A:2B:3C:4D:5E",
        "glued 00:1A:2B:3C:4D:5Eg",
        "in a longer run 11:00:1A:2B:3C:4D:5E",
        "version 1.2.3.4",
        "phone 555-01-23-45-67",
        "bare hex 001A2B3C4D5E",
        "SKU AB-12-CD-34-EF",
        "non-hex 00:1G:2B:3C:4D:5E",
        "dotted run 001a.2b3c.4d5e.6f70",
        "time 00:00:01.250",
        "too many short groups 1:2:3:4:5:6",
        "unpadded dash 0-1A-2B-3C-4D-5E",
        "three-digit group 001:1A:2B:3C:4D:5E",
        "device firmware 2024.0115.1230",
        "build 2024.0115.1230 on the device",
        "serial 0695.7052.4680",
        "tel. 0695.7052.4680",
        "macro 0695.7052.4680",
        "imac 0695.7052.4680",
        "MAC 00:00:00:00:00:00",
        "バージョン2024.0115.1230に更新",
    ]

    @Test("finds addresses", arguments: positives)
    func findsAddresses(sample: MarkedText) { expectFindings(of: Self.detector, in: sample) }

    @Test("ignores look-alikes", arguments: decoys)
    func ignoresDecoys(sample: MarkedText) { expectFindings(of: Self.detector, in: sample) }

    @Test func confidence() throws {
        let findings = try DetectorSet([Self.detector]).findings(in: "mac 00:1A:2B:3C:4D:5E")
        #expect(findings.map(\.confidence) == [0.9])
    }

    @Test func findsItsOwnExample() throws {
        #expect(!(try DetectorSet([Self.detector]).findings(in: Self.detector.descriptor.example)).isEmpty)
    }

    @Test func safeOnInvalidUTF8() throws {
        var bytes = Array("x ".utf8) + [0xFF, 0xC3] + Array("00:1a:2b:3c:4d:5e ".utf8) + [0x80, 0xFE]
        #expect(try DetectorSet([Self.detector]).findings(in: bytes).count == 1)
        bytes = [0xC0, 0x30, 0x30, 0x3A, 0xAF, 0x2D, 0xFF, 0x2E]  // hex and separators between invalid bytes
        #expect(try DetectorSet([Self.detector]).findings(in: bytes).isEmpty)
    }
}
