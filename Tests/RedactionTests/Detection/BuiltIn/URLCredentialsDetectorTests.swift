import Redaction
import Testing

@Suite("URL_CREDENTIALS detector")
struct URLCredentialsDetectorTests {
    static let detector = try! BuiltInDetectors.urlCredentials()

    static let positives: [MarkedText] = [
        "connect to https://«admin:S3cr3t!»@db.example.com:5432/x now",
        "ftp://«user:pass»@192.0.2.10/",
        "postgres://«app:p%40ss»@host/db",
        "mongodb+srv://«u:p»@cluster0.example.net",
        "redis://«:password»@host:6379",
        "smtp://«user@example.com:pw»@mail.example.com",
        "unencoded at sign: https://«admin:p@ss»@db.example.com/",
        "git+https://«ghp_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d»@github.com/org/repo.git",
        "https://«x-access-token:ghs_FAc9QeWJKY40uvSwMFLZDe1f8rESQedUStPK»@github.com/org/repo",
        "https://«oauth2:glpat-Ab12Cd34Ef56Gh78Ij90»@gitlab.example.com/group/project.git",
        "HTTP_PROXY=http://«proxyuser:Pr0xy%21»@198.51.100.7:3128",
        "mysql://«root:hunter2»@[2001:db8::1]:3306/app",
        "amqp://«guest:guest»@rabbit.example.org:5672/%2f",
        "jdbc:mysql://«dbuser:Winter2024»@host:3306/db",
        "\"url\": \"https://«svc:Xy9$kL2m»@api.contoso.com/v1\"",
        "JSON line as text: \"https:\\/\\/«svc:Xy9kL2m»@api.contoso.com\\/v1\"",
        "two: ftp://«a:b1»@h1.example.com and sftp://«c:d2»@h2.example.com",
        "(see https://«deploy:t0k3n»@build.example.com)",
        "'postgresql://«report:r3p0rt_pw»@10.0.0.5/warehouse'",
        "UPPER HTTPS://«ADMIN:SECRET»@HOST.EXAMPLE.COM",
        "ldap://«cn=admin:Adm1n»@ldap.example.com",
        "https://«jane:pw»@contoso.com",
        "IDN host https://«jürgen:geheim1»@münchen.example.de/",
        "token-only with percent https://«4f9a8b7c6d5e4f3a2b1c%2Dabc»@example.com",
        "tab\tssh://«deploy:Zx8!q»@192.0.2.44\tend",
        "ws://«user:p;w,d=1»@chat.example.com/socket",
        "接続先はhttps://«admin:Pw1x»@db.example.comです",
    ]

    static let decoys: [MarkedText] = [
        "https://example.com:8443で確認し、jane@contoso.comに連絡",
        "URLはhttps://portal.example.com:443です。担当：ops@example.com",
        "https://example.com:8443/path",
        "http://host:80",
        "user@example.com",
        "mailto:jane@example.com",
        "ssh git@github.com:org/repo.git",
        "ssh://git@github.com/org/repo.git",
        "ftp://anonymous@ftp.example.com/pub",
        "at 10:30@office",
        "https://[2001:db8::1]:443/",
        "jdbc:mysql://host:3306/db",
        "https://user:****@host.example.com",
        "https://user:•••••@host.example.com",
        "https://[URL_CREDENTIALS]@host.example.com",
        "https://user:[SECRET]@host.example.com",
        "postgres://app:${DB_PASSWORD}@db.example.com/app",
        "https://user:@host.example.com empty password",
        "https://example.com/path?next=user@example.com",
        "https://example.com/users/@jane",
        "https://example.com:8443/a?x=1 then mail me@example.com",
        "scheme-less user:pass@host.example.com",
        "git+https://token@github.com/org/repo",
        "https://jane@dev.azure.com/org/project/_git/repo",
        "https://user:pw@ with no host",
        "http://proxy.example.com:3128 user jane:secret",
        "https://example.com/a:b@c",
        "file:///home/jane/notes.txt",
        "urn:isbn:0451450523 and x@y",
    ]

    @Test("finds credentials", arguments: positives)
    func findsCredentials(sample: MarkedText) { expectFindings(of: Self.detector, in: sample) }

    @Test("ignores look-alikes", arguments: decoys)
    func ignoresDecoys(sample: MarkedText) { expectFindings(of: Self.detector, in: sample) }

    @Test func confidenceBeatsEmailAndTokens() throws {
        let findings = try DetectorSet([Self.detector]).findings(in: "https://jane:pw@contoso.com")
        #expect(findings.count == 1)
        #expect(findings.first?.confidence ?? 0 >= 0.96)
    }

    @Test func winsOverEmailDetector() throws {
        let set = DetectorSet([try BuiltInDetectors.urlCredentials(), try BuiltInDetectors.email()])
        let text = "https://jane:pw@contoso.com and smtp://user@example.com:pw@mail.example.com"
        let findings = try set.findings(in: text)
        #expect(findings.map(\.kind) == [.urlCredentials, .urlCredentials])
        #expect(findings.map(\.range) == [8..<15, 39..<58])
    }

    @Test func winsOverTokenInsidePassword() throws {
        let set = DetectorSet([try BuiltInDetectors.urlCredentials(), try BuiltInDetectors.secret()])
        let text = "https://ci:ghp_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d@github.com/org/repo"
        let findings = try set.findings(in: text)
        #expect(findings.map(\.kind) == [.urlCredentials])
        #expect(findings.first?.range == 8..<51)
    }

    @Test func redactedOutputIsNotFoundAgain() throws {
        let text = "https://[URL_CREDENTIALS]@db.example.com:5432/x"
        let set = DetectorSet([try BuiltInDetectors.urlCredentials(), try BuiltInDetectors.email()])
        #expect(try set.findings(in: text).isEmpty)
    }

    @Test func pathologicalInputStaysWithinMatchLimits() throws {
        let set = DetectorSet([Self.detector])
        let manyAts = String(repeating: "a://" + String(repeating: "x@", count: 200), count: 100)
        #expect(try set.findings(in: manyAts).isEmpty)
        #expect(try set.findings(in: String(repeating: "s://u:p", count: 10_000)).isEmpty)
    }

    @Test func safeOnInvalidUTF8() throws {
        var bytes = Array("x https://".utf8) + [0xFF, 0xC3] + Array("u:p@".utf8) + [0xC3, 0xA9] + Array("h.com ".utf8)
            + [0x80, 0xFE]
        let findings = try DetectorSet([Self.detector]).findings(in: bytes)
        #expect(findings.map(\.range) == [10..<15])
        bytes = [0x3A, 0x2F, 0x2F, 0xC0, 0x3A, 0xAF, 0x40, 0xFF]  // "://", overlong bytes around ":" and "@"
        #expect(try DetectorSet([Self.detector]).findings(in: bytes).isEmpty)
    }
}
