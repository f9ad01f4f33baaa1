import Redaction
import Testing

@Suite("IPv4 context")
struct IPv4ContextTests {
    /// Whether the context before the end of `prefix` marks a following number as a version.
    static func precedesVersion(_ prefix: String) -> Bool {
        let bytes = Array((prefix + "1.2.3.4").utf8)
        return bytes.withUnsafeBufferPointer { IPv4Context.precedesVersion(at: prefix.utf8.count, in: $0) }
    }

    @Test(arguments: [
        "version ", "Version: ", "VERSION=", "ver. ", "v ", "build ", "OS build ", "(build ", "[Version ",
        "firmware version is ", "build number ", "\"firmwareVersion\":\"", "\"os_version\": \"", "buildNumber=",
        "OSVersion ", "Chrome/", "kernel ", "section ", "§ ", "§", "OID ", "patch level ", "driver version is ",
        "fwBuild: ", "\\\"version\\\":\\\"",
    ])
    func versionContexts(prefix: String) { #expect(Self.precedesVersion(prefix)) }

    @Test(arguments: [
        "", "client ", "from ", "server ", "patched the server at ", "connect to ", "ip=", "\"ip\":\"", "host ",
        "dispatch ", "DHCPRELEASE ", "win10 ", "the node ", "version 2 of the config says ", "routing table ", "user@",
        "a very long sentence with no marker at all but the word version far away from it ",
    ])
    func otherContexts(prefix: String) { #expect(!Self.precedesVersion(prefix)) }

    @Test func versionWordFarBeforeIsIgnored() {
        let prefix = "version " + String(repeating: "-", count: 70)
        #expect(!Self.precedesVersion(prefix))
    }

    @Test func packageNames() {
        func follows(_ suffix: String) -> Bool {
            let bytes = Array(("1.2.3.4" + suffix).utf8)
            return bytes.withUnsafeBufferPointer { IPv4Context.followsPackageName(at: 7, in: $0) }
        }
        #expect(follows(".exe"))
        #expect(follows(".MSI and more"))
        #expect(follows(".tar.gz"))
        #expect(!follows(".log"))
        #expect(!follows(".in-addr.arpa"))
        #expect(!follows(". Next"))
        #expect(!follows(""))
        #expect(!follows(".exec"))
    }
}
