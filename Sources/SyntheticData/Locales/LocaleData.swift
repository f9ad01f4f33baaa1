/// A given or family name with the lowercase ASCII spelling used to build e-mail addresses.
struct Name {
    let display: String
    let ascii: String

    init(_ display: String, _ ascii: String? = nil) {
        self.display = display
        self.ascii = ascii ?? display.lowercased()
    }
}

/// A city, its country and its centre in micro-degrees (coordinates are jittered around it).
struct City {
    let name: String
    let country: Country
    let latitude: Int
    let longitude: Int

    init(_ name: String, _ country: Country, _ latitude: Double, _ longitude: Double) {
        self.name = name
        self.country = country
        // Converted once at start-up; the conversion is exact enough and the same on every IEEE 754 machine.
        self.latitude = Int((latitude * 1_000_000).rounded())
        self.longitude = Int((longitude * 1_000_000).rounded())
    }
}

/// A fictional company and the domain its staff write from.
struct Company {
    let name: String
    let domain: String
}

/// Countries customers live in: they decide phone plans, IBANs, currencies, date and amount formats.
enum Country: CaseIterable {
    case us, ca, gb, india, de, fr, es, jp, br

    var code: String {
        switch self {
        case .us: "US"
        case .ca: "CA"
        case .gb: "GB"
        case .india: "IN"
        case .de: "DE"
        case .fr: "FR"
        case .es: "ES"
        case .jp: "JP"
        case .br: "BR"
        }
    }

    var currency: StaticString {
        switch self {
        case .us: "USD"
        case .ca: "CAD"
        case .gb: "GBP"
        case .india: "INR"
        case .de, .fr, .es: "EUR"
        case .jp: "JPY"
        case .br: "BRL"
        }
    }

    /// The country whose phone plan numbers of this country follow.
    var phonePlan: PhonePlan {
        switch self {
        case .us: .us
        case .ca: .ca
        case .gb: .uk
        case .india: .india
        case .de: .de
        case .fr: .fr
        case .es: .es
        case .jp: .jp
        case .br: .br
        }
    }

    /// IBAN countries used for accounts of customers living here (countries without IBAN bank abroad).
    var ibanCountries: [IBANCountry] {
        switch self {
        case .us, .ca, .india: [.gb, .ie, .nl]
        case .gb: [.gb, .gb, .ie]
        case .de: [.de, .de, .at, .ch]
        case .fr: [.fr, .fr, .be]
        case .es: [.es, .es, .it]
        case .jp: [.de, .gb, .fr, .nl]
        case .br: [.br, .br, .pt]
        }
    }
}

/// Telephone numbering plans the generator can write.
enum PhonePlan: CaseIterable {
    case us, ca, uk, de, fr, es, jp, india, br

    var nationalForm: StaticString {
        switch self {
        case .us: "national-us"
        case .ca: "national-ca"
        case .uk: "national-uk"
        case .de: "national-de"
        case .fr: "national-fr"
        case .es: "national-es"
        case .jp: "national-jp"
        case .india: "national-in"
        case .br: "national-br"
        }
    }

    var internationalForm: StaticString {
        switch self {
        case .us: "international-us"
        case .ca: "international-ca"
        case .uk: "international-uk"
        case .de: "international-de"
        case .fr: "international-fr"
        case .es: "international-es"
        case .jp: "international-jp"
        case .india: "international-in"
        case .br: "international-br"
        }
    }
}

/// IBAN countries with their length and BBAN shape (ISO 13616 registry).
enum IBANCountry: CaseIterable {
    case de, at, fr, be, es, gb, ie, nl, br, pt, it, ch

    var code: String {
        switch self {
        case .de: "DE"
        case .at: "AT"
        case .fr: "FR"
        case .be: "BE"
        case .es: "ES"
        case .gb: "GB"
        case .ie: "IE"
        case .nl: "NL"
        case .br: "BR"
        case .pt: "PT"
        case .it: "IT"
        case .ch: "CH"
        }
    }

    /// Leading bank-code letters (for countries whose BBAN starts with letters), then the number of digits, then
    /// trailing characters (Brazil's account type and owner).
    var shape: (letters: [String], digits: Int, suffix: [String]) {
        switch self {
        case .de: ([], 18, [])
        case .at: ([], 16, [])
        case .fr: ([], 23, [])
        case .be: ([], 12, [])
        case .es: ([], 20, [])
        case .gb: (["NWBK", "BARC", "LOYD", "MIDL", "HBUK"], 14, [])
        case .ie: (["AIBK", "BOFI"], 14, [])
        case .nl: (["ABNA", "INGB", "RABO", "TRIO"], 10, [])
        case .br: ([], 23, ["C1", "P1", "C2"])
        case .pt: ([], 21, [])
        case .it: (["X", "A", "K"], 22, [])
        case .ch: ([], 17, [])
        }
    }
}

/// How street addresses are written in a locale.
enum StreetStyle {
    case en, de, fr, es, ja, pt

    var form: StaticString {
        switch self {
        case .en: "street-en"
        case .de: "street-de"
        case .fr: "street-fr"
        case .es: "street-es"
        case .ja: "street-ja"
        case .pt: "street-pt"
        }
    }
}

/// Everything locale-specific: names, places, labels and the sentence templates (a class, so that passing it
/// around costs one reference count rather than one per table).
final class LocaleData: Sendable {
    let locale: RecordLocale
    let languageTags: [String]
    let firstNames: [Name]
    let lastNames: [Name]
    let familyNameFirst: Bool
    let cities: [City]
    let streets: [String]
    let streetStyle: StreetStyle
    let companies: [Company]
    let mailDomains: [String]
    /// Words for `@` and `.` in obfuscated addresses (`jane arroba contoso punto es`); nil where English is used.
    let atDot: (at: String, dot: String)?
    /// Words that introduce a case number: `case`, `Fall`, `dossier` …
    let caseLabels: [String]
    let passwordLabels: [String]
    /// Joins sentences: a space, or nothing in Japanese.
    let sentenceSeparator: StaticString
    let greetings: [Template]
    let signoffs: [Template]
    let description: TemplatePool
    let notes: TemplatePool
    let resolutions: TemplatePool

    init(
        locale: RecordLocale, languageTags: [String], firstNames: [Name], lastNames: [Name], familyNameFirst: Bool,
        cities: [City], streets: [String], streetStyle: StreetStyle, companies: [Company], mailDomains: [String],
        atDot: (at: String, dot: String)?, caseLabels: [String], passwordLabels: [String],
        sentenceSeparator: StaticString, greetings: [Template], signoffs: [Template], description: TemplatePool,
        notes: TemplatePool, resolutions: TemplatePool
    ) {
        self.locale = locale
        self.languageTags = languageTags
        self.firstNames = firstNames
        self.lastNames = lastNames
        self.familyNameFirst = familyNameFirst
        self.cities = cities
        self.streets = streets
        self.streetStyle = streetStyle
        self.companies = companies
        self.mailDomains = mailDomains
        self.atDot = atDot
        self.caseLabels = caseLabels
        self.passwordLabels = passwordLabels
        self.sentenceSeparator = sentenceSeparator
        self.greetings = greetings
        self.signoffs = signoffs
        self.description = description
        self.notes = notes
        self.resolutions = resolutions
    }

    /// The table of every locale, in `RecordLocale.allCases` order.
    static let all: [LocaleData] = RecordLocale.allCases.map { locale in
        switch locale {
        case .en: english
        case .de: german
        case .fr: french
        case .es: spanish
        case .ja: japanese
        case .ptBR: brazilianPortuguese
        }
    }
}

/// Tables shared by all locales.
enum SharedData {
    /// Sentences whose capitalised words are names or places elsewhere but not here: the `COMMON_WORD` decoys of
    /// ``SupportCaseGenerator/Options/commonWordDecoys``. Each whole sentence is one decoy and must survive.
    static let commonWordSentences = [
        "Will the patch be available this week?", "The rollout is planned for May.", "May I ask for a status update?",
        "Mark the ticket as urgent, please.", "Bill Pay shows an error after the update.",
        "The Grace period for the licence ends on Friday.", "Frank feedback from the pilot group was positive.",
        "Hope this helps.", "Reading the logs did not help.", "Nice work on the last fix.",
        "The report covers our Paris Agreement targets.", "The Phoenix release fixed the login issue.",
        "Chase the vendor for an update.", "The Summer release notes mention this.",
        "The Victoria Line kiosk app crashes at start.", "The Berlin Wall exhibit kiosk is offline.",
        "The Sydney Region dashboard shows no incidents.", "Jack Daniels Distillery is not a customer of ours.",
        "Adventure Works ERP and Contoso Cloud Backup are both affected.", "Dear Team, please see below.",
        "Hi all, quick update on this case.", "Escalated to Tier 2 for review.", "Assigned to Billing today.",
    ]
    /// The template that writes one of ``commonWordSentences``.
    static let commonWordTemplate = Template("{common-word}")

    static let products = [
        "Contoso Cloud Backup", "Contoso Endpoint Protection", "Fabrikam Sync Server", "Northwind POS",
        "Litware Mail Gateway", "Tailspin VPN Client", "Adventure Works ERP", "Woodgrove Online Banking",
        "Proseware Analytics", "Wingtip Print Manager", "Relecloud Storage", "Trey Research Lab Suite",
    ]

    static let categories = [
        "Backup > Restore failure", "Sign-in", "Licensing", "Performance", "Connectivity", "Billing",
        "Data loss", "Installation", "Update failure", "Configuration", "Account > Password reset", "Hardware",
    ]

    static let statuses = ["New", "Open", "Waiting on customer", "In progress", "Resolved", "Closed", "Closed"]
    static let severities = ["A", "B", "B", "C", "C", "C"]
    static let channels = ["Email", "Phone", "Web", "Chat", "Partner"]
    static let claimStatuses = ["submitted", "in review", "approved", "rejected", "paid"]
    static let tags = [
        "backup", "restore", "sign-in", "vpn", "license", "billing", "escalated", "regression", "hotfix",
        "data-loss", "network", "printer", "refund", "outage", "mfa",
    ]

    static let hostnames = [
        "backup.contoso.com", "files.fabrikam.com", "ftp.northwindtraders.com", "share.litwareinc.com",
        "sync.proseware.com", "repo.tailspintoys.com", "intranet.woodgrovebank.com", "dav.relecloud.com",
    ]

    static let urlPaths = ["/", "/exports/", "/share/reports", "/api/upload", "/backup/daily/", "/dav/", ""]

    static let zoneIDs = ["eth0", "en0", "wlan0", "ens33", "enp0s3", "eth1"]

    static let hexErrors = [
        "80070005", "80004005", "8007045D", "80070057", "800F081F", "C0000005", "C000021A", "80072EE2",
        "8024402C", "80190001", "CAA70004", "87D00324", "8007000E", "80240017", "800704C7", "80073CF9",
    ]

    static let passwordWords = [
        "Summer", "Winter", "Welcome", "Sommer", "Soleil", "Verano", "Sakura", "Brasil", "Falcon", "Tiger",
        "Sunshine", "Dragon", "Kaffee", "Primavera", "Bonjour", "Orange", "Blue", "Coho", "Lighthouse",
    ]

    static let serviceAccounts = [
        "svc_backup", "admin", "deploy", "ftpuser", "sync", "svc_claims", "backupadmin", "reporting", "scanner",
    ]
}
