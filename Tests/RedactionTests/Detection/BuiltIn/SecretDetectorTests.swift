import Redaction
import Testing

@Suite("SECRET detector")
struct SecretDetectorTests {
    static let detector = try! BuiltInDetectors.secret()

    /// A synthetic 4-line PEM body (random base64, not a key).
    static let pemBody = [
        "05rK+gqv81RKMGHZEM9YpvujA/C5Q52ryFlwRlOEVHzc0X0AWIRh/JUqBlIFXZ53",
        "Ncqe28+ajY75FnCttn6kfaqDeMqG3omjMyXHCabM6JOF8EFd0Nhcy/1kGD2VD/eR",
        "1UYzaLiA/zNyD7CHLn/xC+1hsYgBds1ghxY5OokvQyx7eNWVQ4vnakJkS1pAWTN3",
        "lg8zV5yPU8d0FZfWe7ihGyiRUIQfHOJMaidDn87XG3/q/xbMtEPO6UkzYuF0ie9P",
    ]
    static let legacyHeaders = "Proc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,0A1B2C3D4E5F6A7B"

    /// A PEM block `-----BEGIN label-----` … `-----END label-----` with `lines` joined by `newline`.
    static func pem(_ label: String, _ lines: [String], _ newline: String) -> String {
        (["-----BEGIN \(label)-----"] + lines + ["-----END \(label)-----"]).joined(separator: newline)
    }

    static let jwt =
        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
        + ".eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkphbmUgRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ"
        + ".FeNBTxaQWk8JzFalHlsZfYcMMDktXP-tKsf2rcDkdfr"
    static let azureKey =
        "hFyJfm5di4PzJ59FHz5r1pY4OjE2jBMptUsGr7CmY/uCu3ZR1zTOlUcR64cXQLioDnkHIfxIq2HZt+PlJhx2jI=="

    static let positives: [MarkedText] = [
        // AWS
        "aws_access_key_id = «AKIAIOSFODNN7EXAMPLE»",
        "temporary key «ASIAM4L1VFZ3ZFKKIBJ3» expires soon",
        "aws_secret_access_key = «wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY»",
        "{\"SecretAccessKey\": \"«s8Stqcbnr3yBdGBLEPH1qhT61qtc4xatws8phP9n»\"}",
        // GitHub
        "GITHUB_TOKEN=«ghp_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d»",
        "oauth «gho_KLzdocJ2isAjIhKtJ0RlgLKOmxgJTeKdNnFR», user «ghu_IBXuDL7DxtpYlSXpfKtHF4vUCsMehGAkWvj7»",
        "app «ghs_FAc9QeWJKY40uvSwMFLZDe1f8rESQedUStPK» refresh «ghr_R0CsTy4Qwb8DwkNhFdnXsiVpzz63FfkCzJr4»",
        "pat «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» ok",
        // Slack
        "bot token «xoxb-516780083740-7188181741433-oVPDF2yeE6RsXcNOPmeMjvqP» leaked",
        "«xoxp-499207074137-484777183417-0471874633191-48b483b7ffc050fec94dbca3a0aac360»",
        "webhook https://hooks.slack.com/services/«TSQXEZYEX1R/BDRGDSJPR16/umXxY9B4bZWOz648JJnUfd7U»",
        // Google
        "key=«AIzaUdjAWtGSU8po_799NksnRH9ucAUsdMlHUvT»&libraries=places",
        "\"apiKey\": \"«AIzaCQCyEZDz-TddJ8HyS5SUkCnD8zRA9a9SkpX»\"",
        // JWT
        MarkedText("Authorization: Bearer «\(jwt)»"),
        MarkedText("id_token=«\(jwt)»&state=xyz"),
        "alg none «eyJhbGciOiJub25lIn0.eyJzdWIiOiIxMjM0NTY3ODkwIiwiYWRtaW4iOnRydWV9.» end",
        // PEM
        MarkedText("key:\n«\(pem("RSA PRIVATE KEY", pemBody, "\n"))»\nthanks"),
        MarkedText("«\(pem("PRIVATE KEY", pemBody, "\r\n"))»"),
        MarkedText("\"private_key\":\"«\(pem("PRIVATE KEY", pemBody, "\\n"))»\\n\""),
        MarkedText("«\(pem("OPENSSH PRIVATE KEY", [pemBody[0]], "\n"))»"),
        MarkedText("«\(pem("EC PRIVATE KEY", [pemBody[1]], "\n"))»"),
        MarkedText("«\(pem("ENCRYPTED PRIVATE KEY", [pemBody[2]], "\n"))»"),
        MarkedText("«\(pem("PGP PRIVATE KEY BLOCK", ["Version: GnuPG v2", "", pemBody[3]], "\n"))»"),
        MarkedText("«\(pem("DSA PRIVATE KEY", [legacyHeaders, "", pemBody[3]], "\n"))»"),
        MarkedText("yaml:\n  key: |\n    «\(pem("RSA PRIVATE KEY", [pemBody[0]], "\n    "))»\n"),
        MarkedText("truncated «-----BEGIN RSA PRIVATE KEY-----\\n\(pemBody[0])\\n\(pemBody[1])»… (cut)"),
        // Azure
        MarkedText("DefaultEndpointsProtocol=https;AccountName=contosostore;AccountKey=«\(azureKey)»;EndpointSuffix=x"),
        MarkedText(
            "Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=Root;"
                + "SharedAccessKey=«clHkCiHp6bR1IqfEouHgxzNNAL5wIScGebcy8F5n3+Y=»"),
        MarkedText(
            "https://contoso.blob.core.windows.net/c/f.txt?sv=2022-11-02&ss=b&srt=o&sp=r&se=2030-01-01T00:00:00Z"
                + "&sig=«nW51r2VHz7EbQgckgtxTHCvDkHyWF%2BteUInkAYa6qKU%3D»"),
        // Authorization header
        "Authorization: Basic «amFuZTpodW50ZXIy»",
        "curl -H \"Authorization: token «5d328263dfe574de739988b886e7577496a2c877»\" https://api.example.com",
        "Bearer «5d328263dfe574de739988b886e7577496a2c877» was rejected",
        // Passwords
        "password: «hunter2»",
        "password=«S3cr3t!»&user=jane",
        "?user=jane&pwd=«s3cret99»&lang=en",
        "passwd:«Tr0ub4dor&3»",
        "?pwd=«Tr0ub4dor&3»&lang=en",
        "Data Source=db;Password=«pa;ss»;Encrypt=true",
        "pass: «Welcome1»",
        "Passwort: «Geheim123»",
        "mot de passe : «Soleil2024»",
        "contraseña: «Cl4ve_segura»",
        "Kennwort=«Sommer2023»",
        "senha: «Brasil@2024», thanks",
        "пароль: «Zima2024»",
        "パスワード：«Sakura2024»",
        "password：«Tokyo2024»",
        "密码: «Beijing2024»",
        "mot de passe\u{A0}: «Soleil2024»",
        "DB_PASS=«Welcome1»",
        "{\"user\": \"jane\", \"password\": \"«hunter2»\"}",
        "JSON line as text: \"{\\\"password\\\":\\\"«hunter2»\\\"}\"",
        "notes: \"password: «hunter2»\\nthanks\"",
        "password is «hunter2»",
        "I reset the password to «Xy12!abc» for her",
        "Server=sql01;User Id=sa;Password=«P@ssw0rd»;Encrypt=true",
        "<password>«Tiger2024»</password>",
        "mysql -u root --password «R00tPass» -h db",
        "DB_PASSWORD=«correcthorse»",
        "rootPassword: «battery»",
        "password: \"«correct horse battery staple»\"",
        "password: «hunter2».",
        "(password: «Sunny99»)",
        "password: «123456»",
        // Keyed tokens
        "api_key: «5d328263dfe574de739988b886e7577496a2c877»",
        "client_secret=«Qw3rTy9uIoP1aSdF2gHjK»",
        "Ocp-Apim-Subscription-Key: «0123456789abcdef0123456789abcdef»",
        "\"token\": \"«3f2504e0-4f89-11d3-9a0c-0305e82c3301»\"",
        "slackToken: «T0K3N-abcdefghijklmnop»",
        "X-Api-Key: «a1b2c3d4e5f6a7b8c9d0e1f2»",
        "\"secret\" : \"«my-s3cret-value-123456»\"",
        // Keyed tokens in prose: key name, a space, the token; random keys without digits; other languages
        "Customer shared subscription key «4qth04nou9296tQAIIIuKsgwBg8AeZ4a» in the chat",
        "it contains subscription key «zTU9rRkalsepm96s8bO08LNEil53eoP5».\\n\\nThanks",
        "ログファイルにsubscription key «OC31tvxRTu5C8WDRcc2uLyduNU7ajOED»が平文で出力されています",
        "The log file shows apiKey: «TVZeDdXYYfLRYRQoreSbrqbBIglBUvEW» in plain text",
        "the API key is «0a1B2c3D4e5F6g7H8i9J» for staging",
        "Ocp-Apim-Subscription-Key «0123456789abcdef0123456789abcdef»",
        "API-Schlüssel: «a1b2c3d4e5f6a7b8c9d0»",
        "clé d’API : «Zk39fQ02LmXp7RtY5wBn»",
        "clave de API=«9fK2mQ7xT4bR1vL8sW3z»",
        "chave de API: «p7Q2wE9rT4yU1iO6aS3d»",
    ]

    /// Values glued to CJK text, localized and abbreviated key words, values ending in `&` or `=`, typographic
    /// quotes: each found exactly, nothing after it.
    static let multilingualPositives: [MarkedText] = [
        "パスワード: «Xj6eE92hhg3»;が含まれています。相関ID：A0FFECD3-16E4-4DE9-834B-311159691D31。",
        "ログファイルにpassword: «Summer66*»が平文で出力されています。",
        "貼り付けてしまいました。PW: «jljXcl4K-M»が含まれています",
        "PW：«Sunshine425#»が含まれています",
        "パスワード：«Kaffee886~»を共有。変更を依頼。2025-03-15T20:44:46.257Zにエラー",
        "パスワード: «Sommer4765+»が平文で出力されています。KB5041966をインストール",
        "User Id=ftpuser;Password=«Lighthouse280#»;が平文で出力されています",
        "パスワード：「«Tokyo2024!»」です",
        "Passwort: «Grüße2024!» im Klartext",
        "mot de passe : «Été2024» merci",
        "mot de passe : «Soleil2024»\u{00A0}; merci",
        "mot de passe : « «Soleil2024» » merci",
        "password: “«hunter2»” was shared",
        "The log file shows pass: «Winter7082&» in plain text",
        "Database=Claims;User Id=sync;Password=«Coho46&»; in plain text",
        "The log file shows Password: «RQ2rEHe&xz3&» in plain text",
        "Kunde hat Kennwort=«9t&eS&I9f&Co=6O» im Chat geteilt",
        "The log file shows Password: «gYj7j+o&s=i» in plain text",
        "User Id=admin;Password=«y#u1~K&N=KRr&»; no chat",
        "User Id=admin;Password=«g$DnQUC=3XiLZr&»;. A tarefa",
        "Password=«Blue949&»;.\\n\\nAbraços",
        "Password=«pa;ss»;) fechado",
        "?user=jane&pwd=«s3cret99»&ReturnUrl=/home",
        "Le fichier journal affiche MDP: «Winter24=» en clair",
        "Le client a partagé mdp: «Tiger9933=» dans le chat",
        "Le fichier journal affiche MDP=«Coho33*» en clair",
        "El archivo de registro muestra clave=«Blue9474#» en texto plano",
        "contiene clave: «Soleil5322*». Esto bloquea nuestro trabajo",
        "\"notes\":\"contiene clave: «Bonjour9109_».\",\"next\":1",
        "elle contient mdp: «Soleil1453-».\\n\\nNotre commande",
    ]

    static let decoys: [MarkedText] = [
        "AKIAiosfodnn7example lowercase",
        "AKIAIOSFODNN7EXAMPL too short",
        "XAKIAIOSFODNN7EXAMPLE inside a word",
        "sha256: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
        "md5 5d41402abc4b2a76b9719d911017c592",
        "request id 3f2504e0-4f89-11d3-9a0c-0305e82c3301",
        "ghp_tooShort123",
        "gh_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d wrong prefix",
        "eyJ alone",
        "eyJhbGciOiJIUzI1NiJ9 one segment",
        "keep your private key safe",
        "the file must start with -----BEGIN PRIVATE KEY----- and end with -----END PRIVATE KEY-----.",
        "-----BEGIN RSA PRIVATE KEY----- (paste removed)",
        "the private key was rotated",
        MarkedText(pem("PUBLIC KEY", pemBody, "\n")),
        MarkedText(pem("CERTIFICATE", pemBody, "\n")),
        MarkedText(pem("RSA PUBLIC KEY", [pemBody[0]], "\\n")),
        MarkedText(pem("PGP PUBLIC KEY BLOCK", [pemBody[1]], "\n")),
        "token: null",
        "\"token\": null, \"secret\": false",
        "token_type: Bearer",
        "max_tokens: 4096",
        "password: ********",
        "password: [REDACTED]",
        "password: [SECRET]",
        "password reset",
        "password expired",
        "forgot password?",
        "pwd= ",
        "pwd=&user=jane",
        "password policy: min 8 chars",
        "Password: Reset required",
        "password: required",
        "password is incorrect",
        "password was changed yesterday",
        "password to the server",
        "Password: <your password>",
        "password=${DB_PASSWORD}",
        "password: $DB_PASSWORD",
        "password=%s",
        "password: self.password",
        "password = getPassword()",
        "password: String",
        "PWD=/home/jane/projects OLDPWD=/tmp",
        "bypass: abc123def",
        "Tests pass: 45, fail: 0",
        "PASS: test_login_flow",
        "pass: true",
        "senha: ********",
        "Kennwort: [REDACTED]",
        "boarding passport: X1234567",
        "\"password\": \"\"",
        "Authorization: Bearer",
        "Authorization: Bearer [SECRET]",
        "authorization failed for user",
        "the bearer of bad news",
        "sig=abc short signature",
        "AccountKey=[SECRET];",
        "hooks.slack.com/services/ docs page",
        "xoxo-hugs-and-kisses",
        "xoxb-not-a-real-token",
        "AIza too short AIzaSyA",
        "See https://example.com/?password=",
    ]

    /// Look-alikes in other languages and next to CJK text.
    static let multilingualDecoys: [MarkedText] = [
        "palabra clave: impresora",
        "clave: Madrid",
        "enclave: prod-east-2",
        "autoclave=Cycle42",
        "MDP: solved by value iteration",
        "cmdp=Run2024",
        "パスワード: ********が表示されます",
        "パスワード：［非表示］",
        "パスワード：が未設定です",
        "password: abc•••••",
        "password: “”",
        "PW: ABCDEF",
        "subscription key rotation is scheduled",
        "the api key is missing from the request",
        "access key AuthenticationFailedException occurred",
        "subscription key HTTPSConnectionPoolTimeout",
        "monkey 0a1B2c3D4e5F6g7H8i9J",
        "Violation of primary key idx_orders_2024_01_15 in table",
        "private key id_rsa_deploy_2024_backup is on the server",
        "hotkey is Ctrl0a1B2c3D4e5F6g7H8",
        "clé d’API : [SECRET]",
        "API-Schlüssel: wird nachgereicht",
        "相関ID：A0FFECD3-16E4-4DE9-834B-311159691D31。バージョン10.0.22000.2253",
    ]

    @Test("finds secrets", arguments: positives)
    func findsSecrets(sample: MarkedText) { expectFindings(of: Self.detector, in: sample) }

    @Test("ignores look-alikes", arguments: decoys)
    func ignoresDecoys(sample: MarkedText) { expectFindings(of: Self.detector, in: sample) }

    @Test("finds secrets in multilingual text", arguments: multilingualPositives)
    func findsMultilingualSecrets(sample: MarkedText) { expectFindings(of: Self.detector, in: sample) }

    @Test("ignores multilingual look-alikes", arguments: multilingualDecoys)
    func ignoresMultilingualDecoys(sample: MarkedText) { expectFindings(of: Self.detector, in: sample) }

    @Test func confidences() throws {
        let set = DetectorSet([Self.detector])
        #expect(try set.findings(in: "AKIAIOSFODNN7EXAMPLE").first?.confidence ?? 0 >= 0.95)
        #expect(try set.findings(in: "password: hunter2").first?.confidence == 0.9)
        #expect(try set.findings(in: "password is hunter2").first?.confidence == 0.8)
        #expect(try set.findings(in: "clave: Blue9474#").first?.confidence == 0.8)
        #expect(try set.findings(in: "contraseña: Blue9474#").first?.confidence == 0.9)
    }

    @Test func redactedOutputIsNotFoundAgain() throws {
        let redacted = """
            password: [SECRET] key=[SECRET] Authorization: Basic [SECRET] AccountKey=[SECRET]; \
            "password": "[SECRET]" pwd=[SECRET]&x=1 token: [SECRET] Bearer [SECRET] [SECRET]
            """
        #expect(try DetectorSet([Self.detector]).findings(in: redacted).isEmpty)
    }

    @Test func pathologicalInputStaysWithinMatchLimits() throws {
        let set = DetectorSet([Self.detector])
        // BEGIN lines without key material, an unterminated body of short words, `&` runs, repeated key words.
        #expect(try set.findings(in: String(repeating: "-----BEGIN PRIVATE KEY-----", count: 2_000)).isEmpty)
        let unterminated = "-----BEGIN RSA PRIVATE KEY-----\n" + String(repeating: "QUJD ", count: 20_000)
        #expect(try set.findings(in: unterminated).isEmpty)
        #expect(try set.findings(in: "password=" + String(repeating: "a&a", count: 20_000)).count == 1)
        #expect(try set.findings(in: String(repeating: "token\" : ", count: 10_000)).isEmpty)
        #expect(try set.findings(in: "?sig=" + String(repeating: "%2B", count: 20_000)).isEmpty)
        #expect(try set.findings(in: String(repeating: "AKIAaGVsbG8gd29ybGQ", count: 10_000)).isEmpty)
        #expect(try set.findings(in: String(repeating: "subscription key ", count: 10_000)).isEmpty)
        #expect(try set.findings(in: "password=" + String(repeating: ";a", count: 20_000)).count == 1)
        #expect(try set.findings(in: "password=" + String(repeating: "&", count: 20_000)).count == 1)
        #expect(try set.findings(in: "パスワード：" + String(repeating: "abc;が", count: 10_000)).count == 1)
        #expect(try set.findings(in: String(repeating: "clave mdp= ", count: 10_000)).isEmpty)
    }

    @Test func safeOnInvalidUTF8() throws {
        var bytes = Array("password: ".utf8) + [0xFF, 0xC3] + Array("x9 ".utf8) + [0x80, 0xFE]
        #expect(try DetectorSet([Self.detector]).findings(in: bytes).map(\.range) == [10..<14])
        bytes = Array("-----BEGIN RSA PRIVATE KEY-----".utf8) + [0xC0, 0xAF, 0xFF] + Array("\neyJ".utf8) + [0xFE]
        _ = try DetectorSet([Self.detector]).findings(in: bytes)
        bytes = [0xD0, 0xBF, 0xD0, 0xB0, 0x3A, 0xFF, 0xFF, 0xFF, 0x70, 0x77, 0x3D, 0xC3]  // truncated "пароль", "pw="
        _ = try DetectorSet([Self.detector]).findings(in: bytes)
    }
}
