extension RecordBuilder {
    /// Fills one template placeholder, recording planted values and decoys as it goes.
    mutating func writeSlot(
        _ slot: Slot, _ customer: Customer, _ data: LocaleData, _ options: SupportCaseGenerator.Options
    ) {
        switch slot {
        case .email:
            textEmail(customer, data, options)
        case .phone:
            textPhone(customer)
        case .ip:
            textIPv4(customer)
        case .ipv6:
            textIPv6()
        case .mac:
            let style = random.below(3)
            plant(.macAddress, PIIWriters.macForms[style]) { b, _ in b.macAddress(style: style) }
        case .card:
            let style = random.below(3)
            plant(.creditCard, PIIWriters.cardForms[style]) { b, _ in
                b.cardNumber(style: style, country: customer.city.country)
            }
        case .ssn:
            let dashed = random.chance(0.6)
            plant(.usSSN, dashed ? "dashed" : "undashed") { b, _ in b.ssn(dashed: dashed) }
        case .iban:
            let grouped = random.chance(0.5)
            let country = random.pick(customer.city.country.ibanCountries)
            plant(.iban, grouped ? "grouped" : "compact") { b, _ in b.iban(country, grouped: grouped) }
        case .url:
            textURLCredentials(customer)
        case .secret:
            textSecret(data)
        case .geo:
            textCoordinates(customer, data)
        case .caseRef:
            textCaseReference(customer, data)
        case .person:
            let own = options.ownEntitiesOnly
            plant(.person, "full-name") { b, attempt in
                if own && attempt == 0 {
                    b.fullName(customer.first, customer.last, data)
                } else {
                    b.fullName(b.random.pick(data.firstNames), b.random.pick(data.lastNames), data)
                }
            }
        case .customer:
            plant(.person, "full-name") { b, attempt in
                if attempt == 0 {
                    b.fullName(customer.first, customer.last, data)
                } else {
                    b.fullName(b.random.pick(data.firstNames), b.random.pick(data.lastNames), data)
                }
            }
        case .first:
            plant(.person, "first-name") { b, attempt in
                b.text(attempt == 0 ? customer.first.display : b.random.pick(data.firstNames).display)
            }
        case .last:
            plant(.person, "last-name") { b, attempt in
                b.text(attempt == 0 ? customer.last.display : b.random.pick(data.lastNames).display)
            }
        case .city:
            let own = random.chance(0.7) || (options.ownEntitiesOnly && customer.hasCityField)
            plant(.location, "city") { b, attempt in
                b.text(own && attempt == 0 ? customer.city.name : b.random.pick(data.cities).name)
            }
        case .street:
            let own = options.ownEntitiesOnly && !customer.street.isEmpty
            plant(.streetAddress, data.streetStyle.form) { b, attempt in
                if own && attempt == 0 { b.bytes(customer.street) } else { b.streetAddress(data) }
            }
        case .commonWord:
            decoy(.commonWord) { b, _ in b.text(b.random.pick(SharedData.commonWordSentences)) }
        case .version:
            decoy(.version) { b, _ in b.anyVersion() }
        case .kb:
            decoy(.kbNumber) { b, _ in b.kbNumber() }
        case .guid:
            let braces = random.chance(0.2)
            if braces { byte(UInt8(ascii: "{")) }
            let uppercase = random.chance(0.3)
            decoy(.guid) { b, _ in b.guid(uppercase: uppercase) }
            if braces { byte(UInt8(ascii: "}")) }
        case .hex:
            decoy(.hexError) { b, _ in b.hexError() }
        case .timestamp:
            let style = random.below(5)
            decoy(.timestamp) { b, _ in b.isoTimestamp(customer.created + b.random.below(10 * 86_400), style: style) }
        case .sku:
            decoy(.sku) { b, _ in b.sku() }
        case .amount:
            decoy(.amount) { b, _ in b.amount(customer.city.country, symbol: true) }
        case .luhn:
            let style = random.below(3)
            decoy(.luhnInvalid) { b, _ in b.luhnInvalidNumber(style: style) }
        case .date:
            decoy(.date) { b, _ in
                b.localDate(customer.created - 86_400 * b.random.below(60), country: customer.city.country)
            }
        case .time:
            decoy(.time) { b, _ in b.timeOfDay(customer.created + b.random.below(86_400), locale: data.locale) }
        case .build:
            decoy(.build) { b, _ in b.buildNumber() }
        case .order:
            decoy(.orderNumber) { b, _ in b.orderNumber() }
        case .product:
            text(random.pick(SharedData.products))
        case .company:
            text(customer.company?.name ?? random.pick(data.companies).name)
        }
    }
}

/// The forms each planted kind is written in (the public catalogue; tests check it matches the output).
enum Forms {
    static let catalog: [String: [String]] = [
        "EMAIL": EmailForm.allCases.map { $0.name.description },
        "PHONE": PhonePlan.allCases.flatMap { [$0.nationalForm.description, $0.internationalForm.description] } + [
            "e164"
        ],
        "IPV4": ["plain", "with-port"],
        "IPV6": ["compressed", "full", "link-local-zone", "bracketed-port", "ipv4-mapped"],
        "MAC_ADDRESS": PIIWriters.macForms.map(\.description),
        "CREDIT_CARD": PIIWriters.cardForms.map(\.description),
        "US_SSN": ["dashed", "undashed"],
        "IBAN": ["grouped", "compact"],
        "URL_CREDENTIALS": ["https", "http", "ftp", "sftp"],
        "SECRET": ["aws-access-key", "github-token", "password-label", "connection-string", "api-key", "jwt"],
        "GEO_COORDINATES": ["decimal", "decimal-compact", "dms"],
        "CASE_NUMBER": ["case-field", "case-label", "tracking-id", "srx", "claim-id"],
        "PERSON": ["full-name", "first-name", "last-name"],
        "LOCATION": ["city"],
        "STREET_ADDRESS": ["street-en", "street-de", "street-fr", "street-es", "street-ja", "street-pt"],
    ]
}
