/// The customer a record is about: reused by the fields and the free text so that a record tells one story.
struct Customer {
    var first: Name
    var last: Name
    var city: City
    var company: Company?
    var emailLocal: [UInt8] = []
    var emailDomain: [UInt8] = []
    var phone = PhoneNumber()
    /// The address the customer connects from: index into `PIIWriters.ipv4Prefixes` and host byte.
    var ipPrefix = 0
    var ipHost = 1
    /// Seconds since 1970 when the case was opened.
    var created = 0
    /// The street written in the customer's address block (empty when there is none).
    var street: [UInt8] = []
    /// Whether a field holds the customer's city.
    var hasCityField = false
}

extension RecordBuilder {
    /// Writes one whole record for `data`'s locale into `out`.
    mutating func writeRecord(_ data: LocaleData, _ options: SupportCaseGenerator.Options) {
        var customer = makeCustomer(data)
        let status = random.pick(SharedData.statuses)
        let resolved = status == "Resolved" || status == "Closed"

        openObject()
        field = .caseNumber
        key("case_number")
        quote()
        plant(.caseNumber, "case-field") { b, _ in b.caseFieldNumber(created: customer.created) }
        quote()

        field = .createdAt
        key("created_at")
        quote()
        decoy(.timestamp) { b, attempt in b.isoTimestamp(customer.created + attempt, style: 0) }
        quote()
        field = .updatedAt
        key("updated_at")
        quote()
        let updated = customer.created + 600 + random.below(20 * 86_400)
        decoy(.timestamp) { b, attempt in b.isoTimestamp(updated + attempt, style: b.random.chance(0.7) ? 0 : 1) }
        quote()

        member("status", status)
        member("severity", random.pick(SharedData.severities))
        member("language", random.pick(data.languageTags))
        if random.chance(0.7) { member("channel", random.pick(SharedData.channels)) }

        field = .product
        key("product")
        quote()
        text(random.pick(SharedData.products))
        byte(UInt8(ascii: " "))
        decoy(.version) { b, _ in b.productVersion() }
        quote()
        member("category", random.pick(SharedData.categories))

        writeCustomerBlock(&customer, data, options)
        if random.chance(0.85) || options.ownEntitiesOnly { writeLocationBlock(&customer, data) }
        if random.chance(0.35) { writeDeviceBlock() }

        field = .description
        key("description")
        quote()
        writeDescription(customer, data, options)
        quote()

        if random.chance(0.6) {
            key("internal_notes")
            openArray()
            let count = random.within(options.noteCount)
            for index in 0..<count {
                field = .note(index)
                element()
                quote()
                let sentences = random.chance(0.6) ? 1 : 2
                writeSentences(sentences, pool: data.notes, customer, data, options, paragraphs: false)
                quote()
            }
            closeArray()
        }

        key("resolution")
        if resolved {
            field = .resolution
            quote()
            writeSentences(
                random.chance(0.5) ? 1 : 2, pool: data.resolutions, customer, data, options, paragraphs: false)
            quote()
        } else {
            raw("null")
        }

        if random.chance(0.25) {
            key("kb_articles")
            openArray()
            for index in 0..<(1 + random.below(3)) {
                field = .kbArticle(index)
                element()
                quote()
                decoy(.kbNumber) { b, _ in b.kbNumber() }
                quote()
            }
            closeArray()
        }
        if random.chance(0.3) { writeClaimBlock(customer, data) }
        if random.chance(0.2) {
            field = .sku
            key("sku")
            quote()
            decoy(.sku) { b, _ in b.sku() }
            quote()
        }
        if random.chance(0.2) {
            field = .orderNumber
            key("order_number")
            quote()
            decoy(.orderNumber) { b, _ in b.orderNumber() }
            quote()
        }
        if random.chance(0.5) {
            key("reopen_count")
            decimal(random.chance(0.8) ? 0 : 1 + random.below(3))
        }
        if random.chance(0.3) {
            key("tags")
            openArray()
            for _ in 0..<(1 + random.below(3)) {
                element()
                quote()
                text(random.pick(SharedData.tags))
                quote()
            }
            closeArray()
        }
        if random.chance(0.4) {
            key("sla_breached")
            raw(random.chance(0.2) ? "true" : "false")
        }
        closeObject()
    }

    // MARK: Blocks

    private mutating func makeCustomer(_ data: LocaleData) -> Customer {
        var customer = Customer(
            first: random.pick(data.firstNames), last: random.pick(data.lastNames), city: random.pick(data.cities),
            company: random.chance(0.75) ? random.pick(data.companies) : nil)
        emailLocalPart(first: customer.first, last: customer.last, into: &customer.emailLocal)
        customer.emailDomain.removeAll(keepingCapacity: true)
        if let company = customer.company, random.chance(0.75) {
            customer.emailDomain.append(contentsOf: company.domain.utf8)
        } else {
            customer.emailDomain.append(contentsOf: random.pick(data.mailDomains).utf8)
        }
        customer.phone = phoneNumber(customer.city.country.phonePlan)
        customer.ipPrefix = random.below(PIIWriters.ipv4Prefixes.count)
        customer.ipHost = 1 + random.below(254)
        // 2022-01-01T00:00:00Z plus up to four years.
        customer.created = 1_640_995_200 + random.below(4 * 365 * 86_400)
        return customer
    }

    private mutating func writeCustomerBlock(
        _ customer: inout Customer, _ data: LocaleData, _ options: SupportCaseGenerator.Options
    ) {
        key("customer")
        openObject()
        field = .customerName
        key("name")
        quote()
        plant(.person, "full-name") { b, attempt in
            if attempt == 0 {
                b.fullName(customer.first, customer.last, data)
            } else {
                b.fullName(b.random.pick(data.firstNames), b.random.pick(data.lastNames), data)
            }
        }
        quote()
        field = .customerEmail
        key("email")
        quote()
        plant(.email, "plain") { b, attempt in
            if attempt > 0 { b.emailLocalPart(first: customer.first, last: customer.last, into: &customer.emailLocal) }
            b.bytes(customer.emailLocal)
            b.byte(UInt8(ascii: "@"))
            b.bytes(customer.emailDomain)
        }
        quote()
        if random.chance(0.8) {
            field = .customerPhone
            key("phone")
            quote()
            let national = random.chance(0.35)
            let e164 = !national && random.chance(0.2)
            let form =
                e164 ? "e164" : national ? customer.phone.plan.nationalForm : customer.phone.plan.internationalForm
            let phone = customer.phone
            plant(.phone, form) { b, attempt in
                let number = attempt == 0 ? phone : b.phoneNumber(phone.plan)
                b.writePhone(number, national: national, e164: e164)
            }
            quote()
        }
        if let company = customer.company {
            member("company", company.name)
        }
        if random.chance(0.3) || options.ownEntitiesOnly {
            key("address")
            openObject()
            field = .addressStreet
            key("street")
            quote()
            let streetStart = out.count
            plant(.streetAddress, data.streetStyle.form) { b, _ in b.streetAddress(data) }
            customer.street = Array(out[streetStart...])
            quote()
            field = .addressCity
            key("city")
            quote()
            plant(.location, "city") { b, attempt in
                b.text(attempt == 0 ? customer.city.name : b.random.pick(data.cities).name)
            }
            customer.hasCityField = true
            quote()
            member("country", customer.city.country.code)
            closeObject()
        }
        closeObject()
    }

    private mutating func writeLocationBlock(_ customer: inout Customer, _ data: LocaleData) {
        key("location")
        openObject()
        field = .locationCity
        key("city")
        quote()
        plant(.location, "city") { b, attempt in
            b.text(attempt == 0 ? customer.city.name : b.random.pick(data.cities).name)
        }
        customer.hasCityField = true
        quote()
        member("country", customer.city.country.code)
        field = .locationIP
        key("ip")
        quote()
        if random.chance(0.8) {
            plant(.ipv4, "plain") { b, attempt in
                if attempt == 0 {
                    b.ipv4(prefix: customer.ipPrefix, host: customer.ipHost)
                } else {
                    b.ipv4(prefix: b.random.below(PIIWriters.ipv4Prefixes.count), host: 1 + b.random.below(254))
                }
            }
        } else {
            plant(.ipv6, "compressed") { b, _ in b.ipv6Compressed() }
        }
        quote()
        if random.chance(0.3) {
            field = .locationGeo
            key("geo")
            quote()
            plant(.geoCoordinates, "decimal-compact") { b, attempt in
                // The whole degrees are fixed by the city: after a few clashes with a decoy, move elsewhere.
                b.coordinates(attempt < 3 ? customer.city : b.random.pick(data.cities), style: .compact)
            }
            quote()
        }
        closeObject()
    }

    private mutating func writeDeviceBlock() {
        key("device")
        openObject()
        if random.chance(0.8) {
            field = .deviceMAC
            key("mac")
            quote()
            let style = random.below(3)
            plant(.macAddress, PIIWriters.macForms[style]) { b, _ in b.macAddress(style: style) }
            quote()
        }
        field = .deviceOSVersion
        key("os_version")
        quote()
        decoy(.version) { b, _ in b.windowsVersion() }
        quote()
        if random.chance(0.5) {
            field = .deviceBuild
            key("build")
            quote()
            decoy(.build) { b, _ in b.buildNumber() }
            quote()
        }
        if random.chance(0.7) {
            field = .deviceLastError
            key("last_error")
            quote()
            decoy(.hexError) { b, _ in b.hexError() }
            quote()
        }
        field = .deviceID
        key("device_id")
        quote()
        decoy(.guid) { b, _ in b.guid(uppercase: b.random.chance(0.3)) }
        quote()
        closeObject()
    }

    private mutating func writeClaimBlock(_ customer: Customer, _ data: LocaleData) {
        key("claim")
        openObject()
        field = .claimID
        key("claim_id")
        quote()
        plant(.caseNumber, "claim-id") { b, _ in b.claimID(created: customer.created) }
        quote()
        field = .claimFiledOn
        key("filed_on")
        quote()
        decoy(.date) { b, attempt in b.isoDate(customer.created + 86_400 * (1 + attempt)) }
        quote()
        field = .claimAmount
        key("amount")
        quote()
        let country = customer.city.country
        decoy(.amount) { b, _ in b.amount(country, symbol: false) }
        quote()
        member("currency", static: country.currency)
        member("status", random.pick(SharedData.claimStatuses))
        if random.chance(0.5) {
            key("payment")
            openObject()
            if random.chance(0.4) {
                member("method", static: "card")
                field = .claimCard
                key("card_number")
                quote()
                let style = random.below(3)
                plant(.creditCard, PIIWriters.cardForms[style]) { b, _ in b.cardNumber(style: style, country: country) }
                quote()
            } else {
                member("method", static: "bank_transfer")
                field = .claimHolder
                key("account_holder")
                quote()
                plant(.person, "full-name") { b, attempt in
                    if attempt == 0 {
                        b.fullName(customer.first, customer.last, data)
                    } else {
                        b.fullName(b.random.pick(data.firstNames), b.random.pick(data.lastNames), data)
                    }
                }
                quote()
                field = .claimIBAN
                key("iban")
                quote()
                let grouped = random.chance(0.4)
                let ibanCountry = random.pick(country.ibanCountries)
                plant(.iban, grouped ? "grouped" : "compact") { b, _ in b.iban(ibanCountry, grouped: grouped) }
                quote()
            }
            closeObject()
        }
        closeObject()
    }

    // MARK: Free text

    private mutating func writeDescription(
        _ customer: Customer, _ data: LocaleData, _ options: SupportCaseGenerator.Options
    ) {
        if random.chance(0.55) {
            writeTemplate(random.pick(data.greetings), customer, data, options)
            raw("\\n\\n")
        }
        writeSentences(
            random.within(options.descriptionSentences), pool: data.description, customer, data, options,
            paragraphs: true)
        if random.chance(options.piiDensity) {
            raw("\\n\\n")
            writeTemplate(random.pick(data.signoffs), customer, data, options)
        }
    }

    private mutating func writeSentences(
        _ count: Int, pool: TemplatePool, _ customer: Customer, _ data: LocaleData,
        _ options: SupportCaseGenerator.Options, paragraphs: Bool
    ) {
        for index in 0..<count {
            if index > 0 {
                if paragraphs && random.chance(0.15) { raw("\\n\\n") } else { raw(data.sentenceSeparator) }
            }
            let template: Template
            // The decoy sentences are English; Japanese text runs sentences together without spaces.
            if options.commonWordDecoys && data.locale != .ja && random.chance(0.2) {
                template = SharedData.commonWordTemplate
            } else if random.chance(options.piiDensity) {
                let category = random.weighted(PIICategory.weights)
                let group = pool.personal[category]
                template = group.isEmpty ? random.pick(pool.anyPersonal) : random.pick(group)
            } else {
                template = random.pick(pool.neutral)
            }
            writeTemplate(template, customer, data, options)
        }
    }

    private mutating func writeTemplate(
        _ template: Template, _ customer: Customer, _ data: LocaleData, _ options: SupportCaseGenerator.Options
    ) {
        for segment in template.segments {
            switch segment {
            case .text(let bytes): self.bytes(bytes)
            case .slot(let slot): writeSlot(slot, customer, data, options)
            }
        }
    }
}
