extension BuiltInDetectors {
    /// Access keys, tokens, private keys and passwords, each by its published format or by an explicit key word:
    /// - AWS access key ids (`AKIA`/`ASIA` + 16 upper-case letters or digits) and AWS secret access keys (40 base64
    ///   characters after `aws_secret_access_key`, `SecretAccessKey`, … and `:` or `=`);
    /// - GitHub tokens (`ghp_`, `gho_`, `ghu_`, `ghs_`, `ghr_` + 36 or more letters/digits;
    ///   `github_pat_` + 22 + `_` + 59);
    /// - Slack tokens (`xoxb-`, `xoxp-`, `xoxa-`, `xoxr-`, `xoxs-`, `xoxe-` with a digit) and the path of
    ///   `hooks.slack.com/services|workflows|triggers/…` webhooks;
    /// - Google API keys (`AIza` + 35 characters);
    /// - JSON Web Tokens (`eyJ…` header, payload and possibly empty signature, base64url);
    /// - PEM private key blocks (`-----BEGIN [RSA |EC |OPENSSH |DSA |ENCRYPTED |PGP ]PRIVATE KEY[ BLOCK]-----` through
    ///   the matching `-----END …-----` line, with real or JSON-escaped `\n` line breaks; a block cut off before its
    ///   END line is found up to the end of its base64);
    /// - Azure storage `AccountKey=` / Service Bus `SharedAccessKey=` values and SAS `sig=` signatures in query
    ///   strings;
    /// - the value of an `Authorization:` header (`Basic`, `Bearer`, … credentials) and a token after `Bearer `;
    /// - the value after a password key word — `password`, `passwd`, `passphrase`, `pwd`, `pass`, `pw`, `Passwort`,
    ///   `Kennwort`, `mot de passe`, `MDP`, `contraseña`, `clave`, `senha`, `wachtwoord`, `hasło`, `lösenord`,
    ///   `salasana`, `пароль`, `パスワード`, `密码`, `비밀번호` (also ending an identifier: `db_password`,
    ///   `rootPassword`) — then `:`, `=`, `:=`, `=>`, `：`, `"password": "…"` (also JSON-escaped inside a JSON line
    ///   read as text), `<password>…`, `--password …`, or `is` / `was` / `to` (`password is hunter2`,
    ///   `reset password to Xy12!`);
    /// - a generated token after a key word such as `api_key`, `apiKey`, `client_secret`, `access_token`,
    ///   `subscription-key`, `API-Schlüssel`, `clé d'API`, `clave de API`, `chave de API`, `token` or `secret` and
    ///   `:` or `=`, or after a key name ending in `key` and a space (`subscription key 0a1B…`,
    ///   `the API key is 0a1B…`).
    ///
    /// An unquoted value ends at whitespace, a quote, `,`, `<`, `>`, a JSON escape (`\n`, `\"`), a CJK character or
    /// CJK/general punctuation (`Abc123!が含まれています` → `Abc123!`; Latin accented letters stay inside), an `&`
    /// that starts the next lower-case `name=` parameter (any `name=` when the key word is itself a query parameter),
    /// or a `;` that starts a `name=` pair or is followed by whitespace, CJK text or the end
    /// (`pwd=Tr0ub4dor&3&lang=en` → `Tr0ub4dor&3`; `Password=Coho490&;Encrypt=true` → `Coho490&`); a quoted value
    /// runs to its closing quote (spaces and commas included). The finding is the value only, never the key word.
    ///
    /// Deliberately not found: placeholders and masks (`********`, `[REDACTED]`, `<password>`, `${DB_PASSWORD}`,
    /// `%s`), literals and prose after the key word (`null`, `true`, `reset`, `expired`, `required`, `incorrect`,
    /// `String`, …), code references (`self.password`, `getPassword()`), file paths (`PWD=/home/…`), key words not
    /// followed by a separator (`password reset`, `password expired`, `forgot password?`,
    /// `password policy: min 8 chars`), a connective or `pass`/`pw`/`clave`/`MDP` value that does not look chosen (it
    /// needs four or more characters with a digit, a symbol or an inner capital: `palabra clave: impresora`), keyed
    /// tokens that are not 16+ characters with letters and digits or a random mix of cases (`token: null`,
    /// `API key was rotated`), hashes and other random-looking strings without a key word (`sha256: …`,
    /// UUIDs), public keys and certificates (`BEGIN PUBLIC KEY`, `BEGIN CERTIFICATE`), session cookies.
    public static func secret() throws(RedactionError) -> PatternDetector {
        PatternDetector(
            DetectorDescriptor(
                id: DetectorID(rawValue: "secret"), kind: .secret,
                summary: "Cloud/API keys and tokens (AWS, GitHub, Slack, Google, Azure, JWT), PEM private keys, "
                    + "Authorization values and the value after password/token key words.",
                example: "password: hunter2"),
            rules: [
                // Published, prefixed formats: a random string behind a fixed prefix is a secret whatever surrounds
                // it. 0.96 beats detectors that may see digit runs inside a token (the whole token must win).
                try PatternRule(
                    SecretPattern.awsAccessKeyID, confidence: 0.96, prefilter: Prefilter(allOf: [.letter])
                ).gated(words: .awsKeyPrefixes, wordLead: 0),
                try PatternRule(
                    SecretPattern.gitHubToken, confidence: 0.96, prefilter: Prefilter(allOf: [.letter, .underscore])
                ).gated(words: .gitHubPrefixes, wordLead: 0),
                try PatternRule(
                    SecretPattern.slackToken, confidence: 0.96, prefilter: Prefilter(allOf: [.letter, .digit, .dash]),
                    validator: SecretPattern.validateSlackToken
                ).gated(words: .slackPrefix, wordLead: 0),
                try PatternRule(
                    SecretPattern.slackWebhook, confidence: 0.96, group: 1,
                    prefilter: Prefilter(allOf: [.letter, .dot, .slash])
                ).gated(words: .slackHooks, wordLead: 0),
                try PatternRule(SecretPattern.googleAPIKey, confidence: 0.96, prefilter: Prefilter(allOf: [.letter]))
                    .gated(words: .googleKeyPrefix, wordLead: 0),
                try PatternRule(
                    SecretPattern.jsonWebToken, confidence: 0.96, prefilter: Prefilter(allOf: [.letter, .dot])
                ).gated(words: .jsonWebTokenPrefix, wordLead: 0),
                try PatternRule(
                    SecretPattern.privateKeyBlock, confidence: 0.96, prefilter: Prefilter(allOf: [.letter, .dash]),
                    validator: SecretPattern.validatePrivateKeyBlock
                ).gated(words: .privateKeyArmour, wordLead: 0),
                try PatternRule(
                    SecretPattern.azureKey, confidence: 0.96, group: 1,
                    prefilter: Prefilter(allOf: [.letter, .equals])
                ).gated(words: .azureKeyNames, wordLead: 0),
                // Fixed key word plus a value of the exact expected shape: nearly as certain as a prefix.
                try PatternRule(
                    SecretPattern.awsSecretAccessKey, confidence: 0.95, group: 1,
                    prefilter: Prefilter(allOf: [.letter], anyOf: [.colon, .equals])
                ).gated(words: .secretWord),
                try PatternRule(
                    SecretPattern.authorization, confidence: 0.95,
                    prefilter: Prefilter(allOf: [.letter], anyOf: [.colon, .equals]),
                    validator: SecretPattern.validateAuthorization
                ).gated(words: .authorizationWord),
                try PatternRule(
                    SecretPattern.bearerToken, confidence: 0.95, group: 1,
                    prefilter: Prefilter(allOf: [.letter, .whitespace]), validator: SecretPattern.validateBearerToken
                ).gated(words: .bearerWord),
                // `sig=` is generic enough to appear in other signed URLs — which are secrets as well.
                try PatternRule(
                    SecretPattern.sharedAccessSignature, confidence: 0.9, group: 1,
                    prefilter: Prefilter(allOf: [.letter, .equals])
                ).gated(words: .signatureParameter, wordLead: 0),
                // Free-form values after a password key word: the key word is strong context, the validator removes
                // placeholders and prose; 0.9, lowered to 0.8 for `is`/`to` phrasing and the ambiguous `pass`/`pw`.
                try PatternRule(
                    SecretPattern.password, confidence: 0.9, prefilter: Prefilter(allOf: [.letter]),
                    validator: SecretPattern.passwordValidator(firstValueGroup: 3, weakGroups: [1, 2], inQuery: true)
                ).gated(words: .passwordWords),
                try PatternRule(
                    SecretPattern.passwordOtherLanguages, confidence: 0.9,
                    prefilter: Prefilter(anyOf: [.colon, .equals]),
                    validator: SecretPattern.passwordValidator(firstValueGroup: 1, weakGroups: [], inQuery: false)
                ).gated(words: .otherLanguagePasswordWords),
                try PatternRule(
                    SecretPattern.passwordFullWidthColon, confidence: 0.9, prefilter: Prefilter(allOf: [.cjkLead]),
                    validator: SecretPattern.passwordValidator(firstValueGroup: 1, weakGroups: [], inQuery: false)),
                // A token-shaped value after `api_key:`, `token=` …: the key word is generic, the shape is not.
                try PatternRule(
                    SecretPattern.keyedToken, confidence: 0.85, group: 1,
                    prefilter: Prefilter(allOf: [.letter, .digit], anyOf: [.colon, .equals]),
                    validator: SecretPattern.validateKeyedToken
                ).gated(words: .tokenKeyWords),
                try PatternRule(
                    SecretPattern.keyPhraseToken, confidence: 0.85, group: 1,
                    prefilter: Prefilter(allOf: [.letter, .whitespace]), validator: SecretPattern.validateKeyedToken
                ).gated(words: .keyWord),
            ]
        )
    }
}

/// The patterns and validators of ``BuiltInDetectors/secret()`` (PCRE2 byte mode).
enum SecretPattern {
    // MARK: Prefixed formats

    /// AWS access key id: `AKIA` (long-term) or `ASIA` (temporary) + 16 of `[A-Z0-9]`, not inside a longer word.
    static let awsAccessKeyID = #"(?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Za-z0-9])"#

    /// GitHub personal, OAuth, user-to-server, server-to-server and refresh tokens, and fine-grained PATs.
    static let gitHubToken =
        #"(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36,251}|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})"#
        + #"(?![A-Za-z0-9_])"#

    /// Slack bot, user, app, refresh, legacy and config tokens; the validator requires a digit and trims a trailing
    /// `-`.
    static let slackToken = #"(?<![A-Za-z0-9\-])xox[abeprs]-[A-Za-z0-9][A-Za-z0-9\-]{9,250}"#

    /// Slack incoming webhooks and workflow triggers: group 1 is the secret path after the fixed host.
    static let slackWebhook = #"hooks\.slack\.com/(?:services|workflows|triggers)/([A-Za-z0-9_/]{20,300})"#

    /// Google API key: `AIza` + 35 base64url characters.
    static let googleAPIKey = #"(?<![A-Za-z0-9_\-])AIza[A-Za-z0-9_\-]{35}(?![A-Za-z0-9_\-])"#

    /// JWT: base64url header starting `eyJ` (= `{"`), payload, and a signature that is empty for `alg: none`.
    static let jsonWebToken =
        #"(?<![A-Za-z0-9_\-])eyJ[A-Za-z0-9_\-]{10,}+\.[A-Za-z0-9_\-]{10,}+\.[A-Za-z0-9_\-]*+"#

    /// A private key's PEM armour line; the inner group allows up to two words (`RSA`, `OPENSSH`, `PGP`, …).
    private static let privateKeyLabel = #"(?:[A-Z0-9]+ ){0,2}PRIVATE KEY(?: BLOCK)?-----"#

    /// A PEM private key block through its END line, or, when none follows (a truncated paste), BEGIN plus the run of
    /// at least 32 base64 bytes and line breaks after it. The body (base64, PEM headers such as
    /// `Proc-Type: 4,ENCRYPTED`, spaces, real or JSON-escaped `\n` line breaks) is matched possessively up to the first
    /// `-----`, which must start the END line: no backtracking, and a BEGIN costs at most one scan to the next `-----`.
    static let privateKeyBlock =
        "-----BEGIN " + privateKeyLabel
        + #"(?:(?:[A-Za-z0-9+/=\s\\:,.()]++|-(?!----))*+-----END "# + privateKeyLabel
        + #"|(?:[A-Za-z0-9+/=\r\n\\]| (?=[\r\n])){32,}+)"#

    /// Azure storage account keys (88 base64 characters) and Service Bus / Event Hubs shared access keys (44):
    /// group 1 is the key.
    static let azureKey =
        #"(?:AccountKey|SharedAccessKey)[ \t]*=[ \t]*([A-Za-z0-9+/]{42,86}={0,2})(?![A-Za-z0-9+/=])"#

    /// A SAS (or other signed URL) signature: `sig=` right after `?`, `&`, `;` (`&amp;`) or a JSON-escaped `\u0026`;
    /// group 1 is the URL-encoded base64 value.
    static let sharedAccessSignature =
        #"sig(?<=[?&;]sig|\\u0026sig)=([A-Za-z0-9%+/=]{30,256})(?![A-Za-z0-9%+/=])"#

    // MARK: Key words

    /// Separator between a key word and its value: optional closing quote of a JSON/YAML key, then `:`, `=`, `:=`,
    /// `=>` or a full-width colon, then an optional opening quote (also JSON-escaped `\"` inside text).
    private static let keySeparator = #"(?:\\?["'])?[ \t]*(?:[:=]{1,2}|=>|\xef\xbc\x9a)[ \t]*"#

    /// AWS secret access key after its key word: group 1 is exactly 40 base64 characters.
    static let awsSecretAccessKey =
        #"(?i:secret[_ \-]?access[_ \-]?key)"# + keySeparator
        + #"(?:\\?["'])?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])"#

    /// `Authorization:` / `Proxy-Authorization:` header value with an optional scheme: group 1 scheme, group 2
    /// credentials.
    static let authorization =
        #"(?i:authorization)"# + keySeparator + #"(?:\\?["'])?"#
        + #"(?:((?i:basic|bearer|token|negotiate|ntlm|apikey))[ \t]+)?([A-Za-z0-9\-._~+/]{8,4096}=*)"#

    /// A token after a bare `Bearer` (group 1), as in `curl -H 'Bearer …'` or log lines without the header name.
    static let bearerToken = #"(?<![A-Za-z0-9])[Bb]earer[ \t]+([A-Za-z0-9\-._~+/]{16,4096}=*)"#

    /// What follows an ASCII password key word: a separator (group 2 is the connective `is`/`was`/`to`; also the
    /// `--password value` command-line form) and ``passwordValue`` (groups 3–5).
    private static func passwordTail(cliFlag: Bool) -> String {
        let separators = [
            keySeparator,  // password: v, password=v, "password": "v"
            ">(?=[^<\\s])",  // <password>v</password>
            #"[ \t]+((?i:is|was|to))(?:[ \t]*:)?[ \t]+"#,  // password is v
        ] + (cliFlag ? [#"(?i:(?<=--password|--passwd|--pass|--pwd))[ \t]+(?=[^\s\-])"#] : [])
        return "(?:" + separators.joined(separator: "|") + ")" + passwordValue
    }

    /// ASCII password key words (one leading `p`, so PCRE2 scans for a single byte): `password`, `passwd`,
    /// `passwort`, `passphrase` also at the end of an identifier; `pwd`, and the weak `pass`/`pw` (group 1), only
    /// after a non-alphanumeric byte (`db_pass`, not `bypass`, `OLDPWD`).
    static let password =
        #"(?:(?i:pass(?:word|wd|wort|phrase))|(?<![A-Za-z0-9])(?i:pwd)|(?<![A-Za-z0-9])((?i:pass|pw)))"#
        + passwordTail(cliFlag: true) + passwordValueDefinition

    /// Password key words in other languages (German, French, Spanish, Portuguese, Dutch, Polish, Swedish, Finnish,
    /// Russian, Japanese, Chinese, Korean), found by looking back from the `:`/`=` separator: a pattern starting with
    /// these words would try a match at every `k`, `m`, `c`, `s`, `w`, `h`, `l` of the text; one starting with a
    /// separator is searched with PCRE2's fast two-byte scan. Value groups 1–3 as in ``passwordValue``; no
    /// `is`/`to` or `--flag` forms.
    ///
    /// The short, ambiguous words `clave` (Spanish: password, but also key) and `mdp` (French abbreviation of
    /// mot de passe) count only as whole words, and their values must look chosen (see ``isAfterWeakKeyWord``).
    static let passwordOtherLanguages =
        lookbehind(
            otherLanguagePasswordWords, boundedWords: weakOtherLanguagePasswordWords,
            followedByAnyOf: ["", "\"", "'", " ", "\\\"", "\" ", "\u{A0}", "\u{202F}"])
        + #"(?:[:=]{1,2}|=>)[ \t]*"# + passwordValue + passwordValueDefinition

    /// Any password key word followed by a full-width colon `：` (CJK text), looked back from the colon. Kept out of
    /// ``passwordOtherLanguages``: a third possible first byte would make PCRE2 scan with a slow start-byte table.
    static let passwordFullWidthColon =
        lookbehind(
            otherLanguagePasswordWords + ["password", "passwd", "passwort", "passphrase"],
            boundedWords: weakOtherLanguagePasswordWords + ["pwd", "pass", "pw"], followedByAnyOf: ["", " "])
        + #"\xef\xbc\x9a[ \t]*"# + passwordValue + passwordValueDefinition

    /// Parts of the key words of each rule, ASCII case ignored (as the rules compare them): a buffer without one is
    /// not scanned by the rule (see ``GateWords``).
    static let passwordNeedles = ["pass", "pw"]
    /// ``otherLanguagePasswordWords`` and ``weakOtherLanguagePasswordWords``.
    static let otherLanguagePasswordNeedles = otherLanguagePasswordWords + weakOtherLanguagePasswordWords
    /// ``keyedToken``'s words: `token`, `secret`, every `…key`, and the localized key names by their noun.
    static let tokenKeyNeedles = ["token", "secret", "key", "schlüssel", "schluessel", "clé", "clave", "chave"]

    private static let otherLanguagePasswordWords = [
        "kennwort", "mot de passe", "contraseña", "contrasena", "senha", "wachtwoord", "hasło", "lösenord", "salasana",
        "пароль", "Пароль", "パスワード", "密码", "비밀번호",
    ]

    /// Key words that are also ordinary words or abbreviations (`palabra clave: impresora`, `MDP: solved`): whole
    /// words only, and the value must have a secret's shape.
    static let weakOtherLanguagePasswordWords = ["clave", "mdp"]

    /// A token after a generic key word ending in `token`, `secret` or `…key` (`api_key`, `apiKey`, `client_secret`,
    /// `access_token`, `Ocp-Apim-Subscription-Key`, and the German, French, Spanish and Portuguese names of an API or
    /// subscription key), found by looking back from the separator (see ``passwordOtherLanguages``); group 1 is the
    /// value (validated as token-like). `=` is excluded from the value except as base64 padding, so `foo=token=…`
    /// cannot hide the keyed match.
    static let keyedToken =
        lookbehind(
            ["token", "secret"]
                + ["api", "app", "secret", "signing", "private", "subscription"].flatMap { word in
                    ["", "_", "-"].map { word + $0 + "key" }
                }
                + localizedKeyNames,
            followedByAnyOf: ["", "\"", "'", " ", "\\\"", "\" "])
        + #"(?:[:=]{1,2}|=>)[ \t]*(?:\\?["'])?"# + tokenValue

    /// A token value (group 1): URL-safe or base64 characters, optional `=` padding, not continued by more of them.
    private static let tokenValue = #"([A-Za-z0-9_\-.+/~]{16,512}={0,2})(?![A-Za-z0-9_\-.+/=~])"#

    /// API and subscription key names in German, French, Spanish and Portuguese (lower case; matched caselessly).
    private static let localizedKeyNames = [
        "api-schlüssel", "api-schluessel", "abonnementschlüssel", "clé api", "clé d'api", "clé d’api",
        "clé d'abonnement", "clé d’abonnement", "clave de api", "clave api", "clave de suscripción", "chave de api",
        "chave api", "chave de assinatura",
    ]

    /// A token after a key name ending in `key` and only a space (`subscription key 0a1B…`, `API-Key 0a1B…`,
    /// `the access key is 0a1B…`), as people write in prose and chat. The pattern starts at `key` — PCRE2 searches
    /// for the two bytes `k`/`K` — and looks back for the rest of the name, which must start a word; group 1 is the
    /// value, validated as token-like like ``keyedToken``.
    static let keyPhraseToken =
        #"(?i:key)"#
        + lookbehind(
            [], boundedWords: keyPhraseNames.flatMap { word in [" ", "_", "-", ""].map { word + $0 + "key" } },
            followedByAnyOf: [""])
        + #"(?:[ \t]*(?:[:=]|\xef\xbc\x9a)[ \t]*|[ \t]+(?i:is|was)[ \t]+|[ \t]+)(?:\\?["'])?"# + tokenValue

    /// Names that make `… key` a credential in prose. Not `primary`/`private`/`license` key: database keys, key
    /// files and product keys are named that way.
    private static let keyPhraseNames = [
        "subscription", "api", "access", "secret", "app", "application", "client", "master", "signing", "account",
        "encryption", "shared",
    ]

    /// A caseless look-behind asserting that one of `words`, or one of `boundedWords` not preceded by an ASCII letter
    /// or digit, followed by one of `suffixes` ends here. PCRE2 needs each top-level branch of a look-behind to have
    /// one length, so the words are grouped by UTF-8 length and every group is paired with every suffix; a cheap
    /// look-behind on the words' last two bytes runs first. Bytes outside ASCII are written as `\xNN` (byte mode).
    static func lookbehind(
        _ words: [String], boundedWords: [String] = [], followedByAnyOf suffixes: [String]
    ) -> String {
        func escaped<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> String {
            bytes.map { byte -> String in
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                    UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: " "):
                    return String(UnicodeScalar(byte))
                default:
                    let hex = String(byte, radix: 16)
                    return "\\x" + (hex.count == 1 ? "0" + hex : hex)
                }
            }.joined()
        }
        // One-byte suffixes become a class, longer ones (`\"`, U+00A0) stay literal: fewer branches to try.
        let singles = suffixes.filter { $0.utf8.count == 1 }
        let suffixForms = suffixes.filter { $0.utf8.count != 1 }.map { escaped($0.utf8) }
            + (singles.isEmpty ? [] : ["[" + singles.map { escaped($0.utf8) }.joined() + "]"])
        func grouped(_ words: [String], prefix: String) -> [String] {
            Dictionary(grouping: words, by: \.utf8.count).sorted { $0.key > $1.key }.map {
                prefix + "(?:" + $0.value.map { escaped($0.utf8) }.joined(separator: "|") + ")"
            }
        }
        // A bounded word must not continue a longer word: a zero-width look-behind inside the branch keeps its
        // length fixed.
        let groups = grouped(words, prefix: "") + grouped(boundedWords, prefix: "(?<![A-Za-z0-9])")
        let branches = suffixForms.flatMap { suffix in groups.map { $0 + suffix } }
        // First a check of the words' last two bytes as two classes, so most separators (a JSON key's `":`) are
        // rejected after a few compares; the exact words are compared only when it passes.
        let allWords = words + boundedWords
        let lastTwo = (1...2).reversed().map { offset in
            "[" + Set(allWords.map { Array($0.utf8)[$0.utf8.count - offset] }).sorted().map { escaped([$0]) }.joined()
                + "]"
        }.joined()
        let quickBranches = suffixForms.map { lastTwo + $0 }
        return "(?i:(?<=" + quickBranches.joined(separator: "|") + ")(?<=" + branches.joined(separator: "|") + "))"
    }

    /// The value after a password separator: three groups, double-quoted, single-quoted, unquoted (see
    /// ``unquotedValueByte``, called as a subroutine: a counted repeat copies its group, and 256 copies of the byte
    /// rule would exceed PCRE2's pattern size). The unquoted value may open with a typographic quote (`“`, `‘`, `«`,
    /// `「`, `『`), outside the group; its closing counterpart is a ``textBoundary``. A pattern using it must end with
    /// ``passwordValueDefinition``.
    private static let passwordValue =
        #"(?:\\?"([^"\\\r\n]{1,256})|\\?'([^'\\\r\n]{1,256})"#
        + #"|(?:\xe2\x80[\x98\x9c]|\xe3\x80[\x8c\x8e]|\xc2\xab(?:\x20|\xc2\xa0|\xe2\x80\xaf)?)?((?&vb){1,256}))"#

    /// Defines the subroutine `vb` (``unquotedValueByte``) used by ``passwordValue``. Placed last, its group number
    /// follows every other group, so value groups keep their numbers.
    private static let passwordValueDefinition = "(?(DEFINE)(?<vb>" + unquotedValueByte + "))"

    /// Where text that no value runs into begins: a CJK character, full-width form or CJK punctuation (UTF-8 lead
    /// bytes E3–EF: kana, kanji, hangul, `、。「」`, `：（）`), general punctuation (E2 80 …: `’`, `”`, `–`, `…`,
    /// U+2000–U+202F spaces; but not the mask bullet `•` E2 80 A2), the no-break space C2 A0 and the closing
    /// guillemet `»` C2 BB. CJK sentences glue values to the next word (`Abc123!が含まれています`); Latin accented
    /// letters (two-byte C3 …) stay inside values.
    static let textBoundary = #"[\xe3-\xef]|\xe2\x80(?!\xa2)|\xc2[\xa0\xbb]"#

    /// One byte (or escape) of an unquoted password value. The value ends at whitespace, a quote, `,`, `<`, `>`, a
    /// JSON escape (`\n`, `\"`), a ``textBoundary``, and at:
    /// - an `&` that starts the next query parameter whose name is a lower-case word (`&lang=`, `&user_id=`) or is
    ///   `&amp;`; any other `&` is part of the value, also a last one (`Winter7082&`, `9t&eS&I9f&Co=6O`) — in a query
    ///   string (key word after `?` or `&`) the validator cuts at any `&name=`;
    /// - a `;` followed by a `name=` pair (`;Encrypt=true`, `;User Id=`), or — possibly after sentence punctuation
    ///   (`;.`, `;)`) — by whitespace, a quote, a JSON escape, the end or a ``textBoundary``
    ///   (`Password=Abc1;が平文で`); any other `;` is part of the value (`pa;ss`).
    static let unquotedValueByte =
        #"[^\s"'&;,<>\\\xc2\xe2-\xef]|\xc2(?![\xa0\xbb])|\xe2(?!\x80(?!\xa2))|\\[^nrtu"'\s]"#
        + #"|&(?![a-z_][a-z0-9_.\-\[\]]+=|amp;)"#
        + #"|;(?![A-Za-z0-9_.\-\[\] ]*=|[.!?)\]]*+(?:[\s"'&;,<>\\]|$|"# + textBoundary + "))"

    // MARK: Validators

    /// Slack tokens carry numeric team/user ids: require a digit; drop a trailing `-`.
    static let validateSlackToken: MatchValidator = { match, candidate in
        var end = candidate.range.upperBound
        while end > candidate.range.lowerBound, match.text[end - 1] == UInt8(ascii: "-") { end -= 1 }
        candidate.range = candidate.range.lowerBound..<end
        return match.bytes(candidate.range).dropFirst(5).contains(where: CredentialValue.isDigit)
    }

    /// A key block carries key material: a run of at least 32 base64 characters (a sentence quoting the BEGIN and
    /// END lines does not).
    static let validatePrivateKeyBlock: MatchValidator = { match, _ in
        var run = 0
        for byte in match.matchedBytes.dropFirst(11) {
            let isBase64 = CredentialValue.isLetter(byte) || CredentialValue.isDigit(byte) || byte == UInt8(ascii: "+")
                || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "=")
            run = isBase64 ? run + 1 : 0
            if run >= 32 { return true }
        }
        return false
    }

    /// Header credentials: with a scheme, any non-placeholder value; without one, a token-like value; never a bare
    /// scheme name (`Authorization: Bearer` with the token missing or already redacted).
    static let validateAuthorization: MatchValidator = { match, candidate in
        guard let value = match.group(2) else { return false }
        let bytes = match.bytes(value)
        candidate.range = value
        if match.group(1) != nil { return !CredentialValue.isPlaceholder(bytes) }
        return !isSchemeName(bytes) && CredentialValue.isTokenLike(bytes)
    }

    /// Bare bearer tokens: letters and digits, 16+ characters (`the bearer of bad news` is not one).
    static let validateBearerToken: MatchValidator = { match, candidate in
        CredentialValue.isTokenLike(match.bytes(candidate.range))
    }

    /// Password values: the value group, trimmed of sentence punctuation, must not be a placeholder, prose, a code
    /// reference or a path; after `is`/`was`/`to` or the weak key words `pass`/`pw` it must look chosen.
    /// `firstValueGroup` is the double-quoted value group (single-quoted and unquoted follow); `weakGroups` are the
    /// groups (weak key word first, then connective) whose participation demands that shape and lowers confidence to
    /// 0.8; for the rules that look back from the separator, a weak key word before it (``isAfterWeakKeyWord``) does
    /// the same. A stand-alone upper-case `PASS` is a test status, not a key word. With `inQuery`, a key word that is
    /// a query parameter (after `?` or `&`) has its unquoted value cut at the next `&name=` whatever the name.
    static func passwordValidator(firstValueGroup: Int, weakGroups: [Int], inQuery: Bool) -> MatchValidator {
        { match, candidate in
            let quoted = match.group(firstValueGroup) ?? match.group(firstValueGroup + 1)
            guard var value = quoted ?? match.group(firstValueGroup + 2) else { return false }
            if quoted == nil {
                if inQuery, isQueryParameter(keyStart: match.range.lowerBound, in: match.text) {
                    value = cutAtNextParameter(value, in: match.text)
                }
                value = trimmedUnquoted(value, in: match.text)
            }
            let bytes = match.bytes(value)
            guard CredentialValue.characterCount(bytes) >= 3, !CredentialValue.isPlaceholder(bytes),
                !CredentialValue.isProseWord(bytes), !CredentialValue.isCodeReference(bytes), !isPath(bytes)
            else { return false }
            if let weak = weakGroups.first.flatMap(match.group), isTestStatus(weak, in: match.text) { return false }
            if weakGroups.contains(where: { match.group($0) != nil })
                || (weakGroups.isEmpty && isAfterWeakKeyWord(separator: match.range.lowerBound, in: match.text)) {
                guard CredentialValue.hasSecretShape(bytes) else { return false }
                candidate.confidence = 0.8
            }
            candidate.range = value
            return true
        }
    }

    /// Keyed tokens: token-like (``CredentialValue/isTokenLike(_:minimumLength:)``), 16+ characters, not a
    /// placeholder; a sentence-ending `.` is dropped (`… subscription key 0a1B….`).
    static let validateKeyedToken: MatchValidator = { match, candidate in
        var end = candidate.range.upperBound
        while end > candidate.range.lowerBound, match.text[end - 1] == UInt8(ascii: ".") { end -= 1 }
        candidate.range = candidate.range.lowerBound..<end
        let bytes = match.bytes(candidate.range)
        return CredentialValue.isTokenLike(bytes) && !CredentialValue.isPlaceholder(bytes)
    }

    /// Whether the key word starting at `keyStart` (possibly inside an identifier such as `user_pwd`) is a query
    /// or form parameter: preceded by `?` or `&`.
    private static func isQueryParameter(keyStart: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = keyStart
        while index > 0, CredentialValue.isLetter(text[index - 1]) || CredentialValue.isDigit(text[index - 1])
            || text[index - 1] == UInt8(ascii: "_") || text[index - 1] == UInt8(ascii: "-")
            || text[index - 1] == UInt8(ascii: ".") {
            index -= 1
        }
        return index > 0 && (text[index - 1] == UInt8(ascii: "?") || text[index - 1] == UInt8(ascii: "&"))
    }

    /// Cuts a query parameter's value at the first `&` that starts the next `name=` parameter.
    private static func cutAtNextParameter(_ range: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var index = range.lowerBound + 1
        while index < range.upperBound {
            if text[index] == UInt8(ascii: "&") {
                var next = index + 1
                while next < range.upperBound, text[next] != UInt8(ascii: "="), text[next] != UInt8(ascii: "&") {
                    next += 1
                }
                if next > index + 1, next < range.upperBound, text[next] == UInt8(ascii: "=") {
                    return range.lowerBound..<index
                }
            }
            index += 1
        }
        return range
    }

    /// Whether a weak key word (``weakOtherLanguagePasswordWords``, `pass`, `pw`) ends right before the separator at
    /// `separator`, skipping the quotes and spaces (also U+00A0, U+202F) allowed between key word and separator.
    private static func isAfterWeakKeyWord(separator: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        var end = separator
        while end > 0 {
            let byte = text[end - 1]
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
                || byte == UInt8(ascii: "\\") {
                end -= 1
            } else if end >= 2, byte == 0xA0, text[end - 2] == 0xC2 {
                end -= 2
            } else if end >= 3, byte == 0xAF, text[end - 2] == 0x80, text[end - 3] == 0xE2 {
                end -= 3
            } else {
                break
            }
        }
        return weakKeyWords.contains { word in
            guard end >= word.count else { return false }
            let start = end - word.count
            guard start == 0 || !(CredentialValue.isLetter(text[start - 1]) || CredentialValue.isDigit(text[start - 1]))
            else { return false }
            return zip(text[start..<end], word).allSatisfy { $0 | 0x20 == $1 }
        }
    }

    private static let weakKeyWords = (weakOtherLanguagePasswordWords + ["pass", "pw"]).map { Array($0.utf8) }

    /// Drops a sentence-ending `.` (not before a `;` or `&` that may continue a connection string or a query) and an
    /// unbalanced closing `)` or `]`.
    private static func trimmedUnquoted(_ range: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var end = range.upperBound
        while end > range.lowerBound + 1 {
            let last = text[end - 1]
            let atSentenceEnd = end == text.count || (text[end] != UInt8(ascii: ";") && text[end] != UInt8(ascii: "&"))
            if last == UInt8(ascii: "."), end == range.upperBound, atSentenceEnd {
                end -= 1
            } else if last == UInt8(ascii: ")"), !text[range.lowerBound..<end].contains(UInt8(ascii: "(")) {
                end -= 1
            } else if last == UInt8(ascii: "]"), !text[range.lowerBound..<end].contains(UInt8(ascii: "[")) {
                end -= 1
            } else {
                break
            }
        }
        return range.lowerBound..<end
    }

    /// An upper-case `PASS` standing alone (`PASS: test_login`, `PASS: 12 FAIL: 0`) is a test-runner status;
    /// `DB_PASS=` (after `_`, `-`, `.`) is still a key word.
    private static func isTestStatus(_ keyword: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard text[keyword].elementsEqual("PASS".utf8) else { return false }
        guard keyword.lowerBound > 0 else { return true }
        let before = text[keyword.lowerBound - 1]
        return before != UInt8(ascii: "_") && before != UInt8(ascii: "-") && before != UInt8(ascii: ".")
    }

    /// `/…/…`, `~/…`, `./…`: a file path (e.g. the shell's `PWD=/home/jane`), not a secret.
    private static func isPath(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        guard let first = bytes.first else { return false }
        let rest = bytes.dropFirst()
        switch first {
        case UInt8(ascii: "/"): return rest.contains(UInt8(ascii: "/")) || rest.allSatisfy(CredentialValue.isLetter)
        case UInt8(ascii: "~"), UInt8(ascii: "."): return rest.first == UInt8(ascii: "/")
        default: return false
        }
    }

    /// HTTP authentication scheme names (case-insensitive).
    private static func isSchemeName(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        let lowered = bytes.map { CredentialValue.isLetter($0) ? $0 | 0x20 : $0 }
        return schemeNames.contains(lowered)
    }

    private static let schemeNames: Set<[UInt8]> = Set(
        ["basic", "bearer", "token", "negotiate", "ntlm", "apikey", "digest"].map { Array($0.utf8) })
}
