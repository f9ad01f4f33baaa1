extension BuiltInDetectors {
    /// The userinfo (`user:password`) of URLs with a scheme: `https://«admin:S3cr3t!»@db.example.com`,
    /// `postgres://«app:p%40ss»@host/db`, `redis://«:password»@host:6379`,
    /// `mongodb+srv://«u:p»@cluster0.example.net`.
    /// The finding is the userinfo only; scheme, host, port and path stay.
    ///
    /// - The userinfo runs from `://` (also the JSON-escaped `:\/\/` of a JSON line read as text) to the **last** `@`
    ///   before the host, as WHATWG URL parsers do, so an unencoded `@` in the user or password is covered:
    ///   `smtp://«user@example.com:pw»@mail.example.com`.
    /// - A userinfo with a colon is a credential when its password is not empty and not already masked (`****`,
    ///   `•••`) or a template (`${DB_PASS}`: braces are not userinfo characters). The user alone may be empty.
    /// - A userinfo without a colon is a credential only when it looks like a token (16+ characters with letters and
    ///   digits: `https://«ghp_…»@github.com`), so usernames such as `ssh://git@github.com` or `ftp://anonymous@host`
    ///   are not findings (an e-mail-shaped `user@host` is the e-mail detector's business).
    ///
    /// Deliberately not found: scheme-less forms (`user:pass@host`, `git@github.com:org/repo.git`, `10:30@office`),
    /// `host:port` (`https://example.com:8443/`), IPv6 literals, `mailto:`, userinfo already replaced by a tag
    /// (`[URL_CREDENTIALS]`: brackets are not userinfo characters), passwords containing unencoded
    /// `/ ? # [ ] { } < >`, quotes, backslashes or whitespace (they end the URL's authority).
    ///
    /// Confidence 0.97: a userinfo with a password is structurally unambiguous, and it must win overlaps against the
    /// e-mail detector (0.95, which sees `pw@contoso.com` in `https://jane:pw@contoso.com`) and against a token the
    /// secret detector finds inside the password (0.96), so the user name is redacted with it.
    public static func urlCredentials() throws(RedactionError) -> PatternDetector {
        PatternDetector(
            DetectorDescriptor(
                id: DetectorID(rawValue: "url-credentials"), kind: .urlCredentials,
                summary: "user:password (or a token) in the userinfo of URLs with a scheme; the userinfo only.",
                example: "https://admin:hunter2@example.com/"),
            rules: [
                try PatternRule(
                    URLCredentialsPattern.userinfo, confidence: 0.97, group: 1,
                    prefilter: Prefilter(allOf: [.colon, .slash, .at]),
                    validator: URLCredentialsPattern.validate)
            ]
        )
    }
}

/// The URL userinfo grammar of ``BuiltInDetectors/urlCredentials()`` (byte mode).
enum URLCredentialsPattern {
    /// `://` after a scheme character, then the userinfo (group 1) up to the last `@` that is followed by a host.
    /// The userinfo excludes whitespace and the delimiters that end an authority (`/ ? #`), brackets (IPv6 literals,
    /// tags), braces (templates), angle brackets, quotes, backslashes and CJK characters (UTF-8 lead bytes E3–EF:
    /// in Japanese text a URL without userinfo runs straight into the next word, `https://example.com:8443で…@…`);
    /// it may contain `@`, so the greedy run
    /// backtracks to the last `@`. Bounded at 256 bytes, so each `://` costs at most one linear scan.
    static let userinfo =
        #"(?<=[A-Za-z0-9])(?::\/\/|:\\\/\\\/)([^\s\/?#\[\]{}<>"'\\\xe3-\xef]{1,256})@(?=[A-Za-z0-9\[\x80-\xff])"#

    /// Accepts `user:password` with a real password, or a token-like userinfo without a colon.
    static let validate: MatchValidator = { match, candidate in
        guard let userinfo = match.group(1) else { return false }
        let bytes = match.bytes(userinfo)
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")) else {
            return bytes.allSatisfy(isTokenByte) && CredentialValue.isTokenLike(bytes)
        }
        let password = bytes[(colon + 1)...]
        return !password.isEmpty && !CredentialValue.isPlaceholder(password)
    }

    /// Bytes of a bearer token used as a URL user name: letters, digits, `- _ . ~` and percent escapes.
    private static func isTokenByte(_ byte: UInt8) -> Bool {
        CredentialValue.isLetter(byte) || CredentialValue.isDigit(byte) || byte == UInt8(ascii: "-")
            || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "~")
            || byte == UInt8(ascii: "%")
    }
}
