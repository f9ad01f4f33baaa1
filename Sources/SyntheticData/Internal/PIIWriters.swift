/// A telephone number kept in parts, so the same number can be written in several formats.
struct PhoneNumber {
    var plan: PhonePlan = .us
    /// Area (or mobile network) code as ASCII digits, without the trunk prefix `0`; empty where the plan has none.
    var area: [UInt8] = []
    /// The rest of the national number as ASCII digits.
    var subscriber: [UInt8] = []
    /// How the subscriber digits are grouped when written with separators.
    var groups: [Int] = []
}

/// Tables and form names for the planted-value writers.
enum PIIWriters {
    static let ipv4Prefixes = ["192.0.2.", "198.51.100.", "203.0.113."]
    static let ports = [443, 8443, 3389, 22, 8080, 5985, 1433, 51820, 9443, 636, 5060]
    static let macForms: [StaticString] = ["colon", "dash", "dot"]
    static let cardForms: [StaticString] = ["spaced", "dashed", "compact"]
    static let usAreaCodes = ["206", "212", "312", "415", "512", "617", "702", "303", "404", "305", "503", "615"]
    static let caAreaCodes = ["416", "604", "514", "403", "613", "902", "780"]
    static let base32: [UInt8] = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".utf8)
    static let alphanumeric: [UInt8] = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".utf8)
    static let base64URL: [UInt8] = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)
    /// Symbols allowed in passwords written after a label (no quotes, separators, `@`, `:` or `.`).
    static let passwordSymbols: [UInt8] = Array("!#$%&*+-=?^_~".utf8)
    /// Symbols allowed in passwords inside URLs (unreserved or sub-delims that need no percent-encoding).
    static let urlPasswordSymbols: [UInt8] = Array("!$*-_~+=".utf8)
    static let jwtHeader = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
    static let apiKeyLabels = ["api_key=", "apiKey: ", "X-Api-Key: ", "subscription key "]
    static let connectionHosts = ["sql-prod.contoso.com", "db.fabrikam.local", "claims-db.woodgrovebank.com"]
    static let subAddressTags = ["support", "billing", "cases", "it"]
}

/// The ways an e-mail address is written in free text.
enum EmailForm: Int, CaseIterable {
    case plain, mailto, angle, atDot, brackets, parens, spaced, localized, fullwidth, zeroWidth

    var name: StaticString {
        switch self {
        case .plain: "plain"
        case .mailto: "mailto"
        case .angle: "angle-brackets"
        case .atDot: "obfuscated-at-dot"
        case .brackets: "obfuscated-brackets"
        case .parens: "obfuscated-parens"
        case .spaced: "obfuscated-spaced"
        case .localized: "obfuscated-localized"
        case .fullwidth: "fullwidth"
        case .zeroWidth: "zero-width"
        }
    }

    var weight: Int {
        switch self {
        case .plain: 40
        case .mailto, .angle: 6
        case .atDot: 10
        case .brackets: 8
        case .parens, .spaced, .localized, .fullwidth, .zeroWidth: 6
        }
    }

    static let allWeights = allCases.map(\.weight)
    static let plainWeights = allCases.map { $0.rawValue <= EmailForm.angle.rawValue ? $0.weight : 0 }
}

enum CoordinateStyle {
    case decimal, compact, dms
}

extension RecordBuilder {
    // MARK: Names and places

    mutating func fullName(_ first: Name, _ last: Name, _ data: LocaleData) {
        if data.familyNameFirst {
            text(last.display)
            if random.chance(0.6) { byte(UInt8(ascii: " ")) }
            text(first.display)
        } else {
            text(first.display)
            byte(UInt8(ascii: " "))
            text(last.display)
        }
    }

    mutating func streetAddress(_ data: LocaleData) {
        let street = random.pick(data.streets)
        switch data.streetStyle {
        case .en:
            decimal(1 + random.below(9_899))
            byte(UInt8(ascii: " "))
            text(street)
            if random.chance(0.2) {
                raw(", Apt ")
                decimal(1 + random.below(40))
            }
        case .de:
            text(street)
            byte(UInt8(ascii: " "))
            decimal(1 + random.below(160))
            if random.chance(0.15) { byte(UInt8(ascii: "a") + UInt8(random.below(3))) }
        case .fr:
            decimal(1 + random.below(150))
            if random.chance(0.1) { raw(" bis") }
            byte(UInt8(ascii: " "))
            text(street)
        case .es:
            text(street)
            raw(", ")
            decimal(1 + random.below(180))
            if random.chance(0.4) {
                raw(", ")
                decimal(1 + random.below(9))
                raw("º ")
                byte(UInt8(ascii: "A") + UInt8(random.below(4)))
            }
        case .ja:
            text(street)
            decimal(1 + random.below(9))
            if random.chance(0.5) { raw("丁目") } else { byte(UInt8(ascii: "-")) }
            decimal(1 + random.below(30))
            byte(UInt8(ascii: "-"))
            decimal(1 + random.below(20))
        case .pt:
            text(street)
            raw(", ")
            decimal(1 + random.below(2_999))
            if random.chance(0.3) {
                raw(", apto ")
                decimal((1 + random.below(18)) * 100 + 1 + random.below(8))
            }
        }
    }

    // MARK: E-mail

    /// Builds a local part from a person's ASCII names (`jane.doe`, `j.doe`, `jdoe84`, `jane.doe+support` …).
    mutating func emailLocalPart(first: Name, last: Name, into local: inout [UInt8]) {
        local.removeAll(keepingCapacity: true)
        let f = first.ascii.utf8
        let l = last.ascii.utf8
        switch random.below(10) {
        case 0, 1:
            local += f
            local.append(UInt8(ascii: "."))
            local += l
        case 2:
            local.append(f.first!)
            local.append(UInt8(ascii: "."))
            local += l
        case 3:
            local += f
            local += l
        case 4:
            local += f
            local.append(UInt8(ascii: "_"))
            local += l
        case 5:
            local += l
            local.append(UInt8(ascii: "."))
            local += f
        case 6:
            local += f
            local.append(UInt8(ascii: "."))
            local += l
            local.append(UInt8(ascii: "0") + UInt8(1 + random.below(9)))
            local.append(UInt8(ascii: "0") + UInt8(random.below(10)))
        case 7:
            local += f
            local.append(UInt8(ascii: "."))
            local += l
            local.append(UInt8(ascii: "+"))
            local += random.pick(PIIWriters.subAddressTags).utf8
        case 8:
            local.append(f.first!)
            local += l
        default:
            local += f
            local.append(UInt8(ascii: "-"))
            local += l
        }
    }

    /// An e-mail address in free text: the customer's own or a colleague's, in a random form.
    mutating func textEmail(_ customer: Customer, _ data: LocaleData, _ options: SupportCaseGenerator.Options) {
        var form = EmailForm(
            rawValue: random.weighted(options.includeObfuscatedEmails ? EmailForm.allWeights : EmailForm.plainWeights))!
        if form == .localized && data.atDot == nil { form = .atDot }
        let ownAddress = random.chance(0.5)
        var local: [UInt8] = []
        var domain: [UInt8] = []
        if ownAddress {
            local = customer.emailLocal
            domain = customer.emailDomain
        } else {
            randomEmail(data, local: &local, domain: &domain)
        }
        let style = random.below(4)
        switch form {
        case .mailto: raw("mailto:")
        case .angle: byte(UInt8(ascii: "<"))
        default: break
        }
        plant(.email, form.name) { b, attempt in
            if attempt > 0 { b.randomEmail(data, local: &local, domain: &domain) }
            b.writeEmail(form, style: style, local: local, domain: domain, data)
        }
        if form == .angle { byte(UInt8(ascii: ">")) }
    }

    mutating func randomEmail(_ data: LocaleData, local: inout [UInt8], domain: inout [UInt8]) {
        emailLocalPart(first: random.pick(data.firstNames), last: random.pick(data.lastNames), into: &local)
        domain.removeAll(keepingCapacity: true)
        if random.chance(0.6) {
            domain += random.pick(data.companies).domain.utf8
        } else {
            domain += random.pick(data.mailDomains).utf8
        }
    }

    mutating func writeEmail(_ form: EmailForm, style: Int, local: [UInt8], domain: [UInt8], _ data: LocaleData) {
        switch form {
        case .plain, .mailto, .angle:
            bytes(local)
            byte(UInt8(ascii: "@"))
            bytes(domain)
        case .atDot, .brackets, .parens, .localized:
            let at: String
            let dot: String
            switch form {
            case .brackets: (at, dot) = (" [at] ", " [dot] ")
            case .parens: (at, dot) = (" (at) ", " (dot) ")
            case .localized: (at, dot) = (" \(data.atDot!.at) ", " \(data.atDot!.dot) ")
            default: (at, dot) = style == 0 ? (" AT ", " DOT ") : (" at ", " dot ")
            }
            for byte in local {
                if byte == UInt8(ascii: "."), style == 1 { text(dot) } else { self.byte(byte) }
            }
            text(at)
            for byte in domain {
                if byte == UInt8(ascii: ".") { text(dot) } else { self.byte(byte) }
            }
        case .spaced:
            bytes(local)
            raw(" @ ")
            let keepDots = style == 0
            for byte in domain {
                self.byte(byte == UInt8(ascii: ".") && !keepDots ? UInt8(ascii: " ") : byte)
            }
        case .fullwidth:
            bytes(local)
            raw("＠")
            for byte in domain {
                if byte == UInt8(ascii: "."), style != 0 { raw("．") } else { self.byte(byte) }
            }
        case .zeroWidth:
            // U+200B somewhere strictly inside the address (never at either end).
            let total = local.count + 1 + domain.count
            let position = 1 + random.below(total - 1)
            var index = 0
            for byte in local + [UInt8(ascii: "@")] + domain {
                if index == position { raw("\u{200B}") }
                self.byte(byte)
                index += 1
            }
        }
    }

    // MARK: Telephone numbers

    mutating func phoneNumber(_ plan: PhonePlan) -> PhoneNumber {
        var number = PhoneNumber(plan: plan)
        func digits(_ count: Int, firstNonZero: Bool = false, into target: inout [UInt8], _ random: inout SeededRandom)
        {
            for index in 0..<count {
                let digit = index == 0 && firstNonZero ? 1 + random.below(9) : random.below(10)
                target.append(UInt8(ascii: "0") + UInt8(digit))
            }
        }
        switch plan {
        case .us, .ca:
            number.area = Array(random.pick(plan == .us ? PIIWriters.usAreaCodes : PIIWriters.caAreaCodes).utf8)
            number.subscriber = Array("55501".utf8)
            digits(2, into: &number.subscriber, &random)
            number.groups = [3, 4]
        case .uk:
            // Ofcom's numbers reserved for drama: 020 7946 0xxx, 0161 496 0xxx, 0117 496 0xxx, 07700 900xxx.
            switch random.below(4) {
            case 0:
                number.area = Array("20".utf8)
                number.subscriber = Array("79460".utf8)
                number.groups = [4, 4]
            case 1:
                number.area = Array("161".utf8)
                number.subscriber = Array("4960".utf8)
                number.groups = [3, 4]
            case 2:
                number.area = Array("117".utf8)
                number.subscriber = Array("4960".utf8)
                number.groups = [3, 4]
            default:
                number.area = Array("7700".utf8)
                number.subscriber = Array("900".utf8)
                number.groups = [6]
            }
            digits(3, into: &number.subscriber, &random)
        case .de:
            if random.chance(0.35) {
                number.area = Array(random.pick(["151", "152", "160", "170", "171", "176", "157"]).utf8)
                digits(8, firstNonZero: true, into: &number.subscriber, &random)
            } else {
                number.area = Array(random.pick(["30", "40", "69", "89", "221", "211", "711", "351"]).utf8)
                digits(number.area.count == 2 ? 8 : 7, firstNonZero: true, into: &number.subscriber, &random)
            }
            number.groups = [number.subscriber.count]
        case .fr:
            // ARCEP's ranges for fiction: 01 99 00, 02 61 91, 03 53 01, 04 65 71, 05 36 49, 06 39 98.
            let prefix = Array(random.pick(["19900", "26191", "35301", "46571", "53649", "63998"]).utf8)
            number.area = [prefix[0]]
            number.subscriber = Array(prefix[1...])
            digits(4, into: &number.subscriber, &random)
            number.groups = [2, 2, 2, 2]
        case .es:
            if random.chance(0.5) {
                number.subscriber = [UInt8(ascii: "6")]
                digits(8, into: &number.subscriber, &random)
            } else {
                number.subscriber = Array(random.pick(["91", "93", "96", "95", "94"]).utf8)
                digits(7, into: &number.subscriber, &random)
            }
            number.groups = [3, 3, 3]
        case .jp:
            switch random.below(4) {
            case 0:
                number.area = [UInt8(ascii: "3")]
                number.groups = [4, 4]
            case 1:
                number.area = [UInt8(ascii: "6")]
                number.groups = [4, 4]
            case 2:
                number.area = Array("45".utf8)
                number.groups = [3, 4]
            default:
                number.area = Array(random.pick(["90", "80", "70"]).utf8)
                number.groups = [4, 4]
            }
            digits(number.groups.reduce(0, +), firstNonZero: true, into: &number.subscriber, &random)
        case .india:
            if random.chance(0.75) {
                number.subscriber = [UInt8(ascii: "6") + UInt8(random.below(4))]
                digits(9, into: &number.subscriber, &random)
                number.groups = [5, 5]
            } else {
                number.area = Array("80".utf8)
                number.subscriber = [UInt8(ascii: "2")]
                digits(7, into: &number.subscriber, &random)
                number.groups = [4, 4]
            }
        case .br:
            number.area = Array(random.pick(["11", "21", "31", "41", "51", "61", "71", "81"]).utf8)
            if random.chance(0.7) {
                number.subscriber = [UInt8(ascii: "9")]
                digits(8, into: &number.subscriber, &random)
                number.groups = [5, 4]
            } else {
                number.subscriber = [UInt8(ascii: "2") + UInt8(random.below(3))]
                digits(7, into: &number.subscriber, &random)
                number.groups = [4, 4]
            }
        }
        return number
    }

    private mutating func subscriberGroups(_ number: PhoneNumber, separator: UInt8) {
        var index = 0
        for (position, length) in number.groups.enumerated() {
            if position > 0 { byte(separator) }
            out.append(contentsOf: number.subscriber[index..<(index + length)])
            index += length
        }
    }

    private mutating func subscriberHalves(_ number: PhoneNumber) {
        let half = number.subscriber.count / 2
        out.append(contentsOf: number.subscriber[..<half])
        byte(UInt8(ascii: " "))
        out.append(contentsOf: number.subscriber[half...])
    }

    /// Writes `number` in its plan's national or international format (a random common variant), or E.164.
    mutating func writePhone(_ number: PhoneNumber, national: Bool, e164: Bool) {
        let space = UInt8(ascii: " ")
        let dash = UInt8(ascii: "-")
        let countryCode: StaticString =
            switch number.plan {
            case .us, .ca: "1"
            case .uk: "44"
            case .de: "49"
            case .fr: "33"
            case .es: "34"
            case .jp: "81"
            case .india: "91"
            case .br: "55"
            }
        if e164 {
            byte(UInt8(ascii: "+"))
            raw(countryCode)
            bytes(number.area)
            bytes(number.subscriber)
            return
        }
        let style = random.below(4)
        switch (number.plan, national) {
        case (.us, true), (.ca, true):
            switch style {
            case 0:
                raw("(")
                bytes(number.area)
                raw(") ")
                subscriberGroups(number, separator: dash)
            case 1:
                bytes(number.area)
                byte(dash)
                subscriberGroups(number, separator: dash)
            case 2:
                bytes(number.area)
                raw(".")
                subscriberGroups(number, separator: UInt8(ascii: "."))
            default:
                raw("1-")
                bytes(number.area)
                byte(dash)
                subscriberGroups(number, separator: dash)
            }
        case (.us, false), (.ca, false):
            switch style {
            case 0:
                raw("+1 ")
                bytes(number.area)
                byte(dash)
                subscriberGroups(number, separator: dash)
            case 1:
                raw("+1 (")
                bytes(number.area)
                raw(") ")
                subscriberGroups(number, separator: dash)
            case 2:
                raw("+1 ")
                bytes(number.area)
                byte(space)
                subscriberGroups(number, separator: space)
            default:
                raw("+1-")
                bytes(number.area)
                byte(dash)
                subscriberGroups(number, separator: dash)
            }
        case (.uk, true):
            raw("0")
            bytes(number.area)
            byte(space)
            subscriberGroups(number, separator: space)
        case (.uk, false):
            switch style {
            case 0, 1:
                raw("+44 ")
                bytes(number.area)
            case 2:
                raw("+44 (0)")
                bytes(number.area)
            default:
                raw("0044 ")
                bytes(number.area)
            }
            byte(space)
            subscriberGroups(number, separator: space)
        case (.de, true):
            switch random.below(5) {
            case 0:
                raw("0")
                bytes(number.area)
                byte(space)
                bytes(number.subscriber)
            case 1:
                raw("0")
                bytes(number.area)
                raw("/")
                bytes(number.subscriber)
            case 2:
                raw("(0")
                bytes(number.area)
                raw(") ")
                bytes(number.subscriber)
            case 3:
                raw("0")
                bytes(number.area)
                byte(dash)
                bytes(number.subscriber)
            default:
                raw("0")
                bytes(number.area)
                byte(space)
                subscriberHalves(number)
            }
        case (.de, false):
            switch style {
            case 0:
                raw("+49 ")
                bytes(number.area)
                byte(space)
                bytes(number.subscriber)
            case 1:
                raw("+49 (0)")
                bytes(number.area)
                byte(space)
                bytes(number.subscriber)
            case 2:
                raw("0049 ")
                bytes(number.area)
                byte(space)
                bytes(number.subscriber)
            default:
                raw("+49 ")
                bytes(number.area)
                byte(space)
                subscriberHalves(number)
            }
        case (.fr, true):
            let separator = style == 0 ? UInt8(ascii: ".") : space
            raw("0")
            bytes(number.area)
            byte(separator)
            subscriberGroups(number, separator: separator)
        case (.fr, false):
            raw(style == 0 ? "+33 (0)" : "+33 ")
            bytes(number.area)
            byte(space)
            subscriberGroups(number, separator: space)
        case (.es, _):
            if !national { raw("+34 ") }
            if style < 2 {
                subscriberGroups(number, separator: space)
            } else {
                // 91 234 56 78 / 612 34 56 78
                let first = number.subscriber[0] == UInt8(ascii: "6") ? 3 : 2
                out.append(contentsOf: number.subscriber[..<first])
                byte(space)
                out.append(contentsOf: number.subscriber[first..<5])
                byte(space)
                out.append(contentsOf: number.subscriber[5..<7])
                byte(space)
                out.append(contentsOf: number.subscriber[7...])
            }
        case (.jp, true):
            switch style {
            case 0, 1:
                raw("0")
                bytes(number.area)
                byte(dash)
                subscriberGroups(number, separator: dash)
            case 2:
                raw("0")
                bytes(number.area)
                raw("(")
                out.append(contentsOf: number.subscriber[..<number.groups[0]])
                raw(")")
                out.append(contentsOf: number.subscriber[number.groups[0]...])
            default:
                raw("0")
                bytes(number.area)
                byte(space)
                subscriberGroups(number, separator: space)
            }
        case (.jp, false):
            switch style {
            case 0, 1:
                raw("+81 ")
                bytes(number.area)
                byte(dash)
                subscriberGroups(number, separator: dash)
            case 2:
                raw("+81 ")
                bytes(number.area)
                byte(space)
                subscriberGroups(number, separator: space)
            default:
                raw("+81-")
                bytes(number.area)
                byte(dash)
                subscriberGroups(number, separator: dash)
            }
        case (.india, true):
            if number.area.isEmpty {
                switch style {
                case 0, 1: subscriberGroups(number, separator: space)
                case 2:
                    raw("0")
                    subscriberGroups(number, separator: space)
                default: subscriberGroups(number, separator: dash)
                }
            } else {
                raw("0")
                bytes(number.area)
                let separator = style < 2 ? space : dash
                byte(separator)
                subscriberGroups(number, separator: separator)
            }
        case (.india, false):
            if number.area.isEmpty {
                switch style {
                case 0, 1:
                    raw("+91 ")
                    subscriberGroups(number, separator: space)
                case 2:
                    raw("+91-")
                    subscriberGroups(number, separator: dash)
                default:
                    raw("+91 ")
                    bytes(number.subscriber)
                }
            } else {
                raw("+91 ")
                bytes(number.area)
                byte(space)
                subscriberGroups(number, separator: space)
            }
        case (.br, true):
            if style < 2 {
                raw("(")
                bytes(number.area)
                raw(") ")
            } else {
                bytes(number.area)
                byte(space)
            }
            subscriberGroups(number, separator: dash)
        case (.br, false):
            if style < 2 {
                raw("+55 ")
                bytes(number.area)
            } else {
                raw("+55 (")
                bytes(number.area)
                raw(")")
            }
            byte(space)
            subscriberGroups(number, separator: dash)
        }
    }

    /// A telephone number in free text: the customer's own (in any format) or a new one.
    mutating func textPhone(_ customer: Customer) {
        let roll = random.below(10)
        let number: PhoneNumber
        if roll < 5 {
            number = customer.phone
        } else if roll < 8 {
            number = phoneNumber(customer.phone.plan)
        } else {
            number = phoneNumber(random.pick(PhonePlan.allCases))
        }
        let kind = random.below(20)
        let national = kind < 9
        let e164 = kind >= 17
        let form = e164 ? "e164" : national ? number.plan.nationalForm : number.plan.internationalForm
        plant(.phone, form) { b, attempt in
            let written = attempt == 0 ? number : b.phoneNumber(number.plan)
            b.writePhone(written, national: national, e164: e164)
        }
    }

    // MARK: Network

    mutating func ipv4(prefix: Int, host: Int) {
        text(PIIWriters.ipv4Prefixes[prefix])
        decimal(host)
    }

    mutating func textIPv4(_ customer: Customer) {
        let own = random.chance(0.5)
        let withPort = random.chance(0.3)
        plant(.ipv4, withPort ? "with-port" : "plain") { b, attempt in
            if own && attempt == 0 {
                b.ipv4(prefix: customer.ipPrefix, host: customer.ipHost)
            } else {
                b.ipv4(prefix: b.random.below(PIIWriters.ipv4Prefixes.count), host: 1 + b.random.below(254))
            }
            if withPort {
                b.byte(UInt8(ascii: ":"))
                b.decimal(b.random.chance(0.7) ? b.random.pick(PIIWriters.ports) : 1_024 + b.random.below(64_000))
            }
        }
    }

    /// A hextet without leading zeros (1 to 4 lowercase hex digits, never zero).
    private mutating func hextet() {
        let value = 1 + random.below(0xFFFF)
        var width = 4
        while width > 1 && value >> ((width - 1) * 4) == 0 { width -= 1 }
        hex(UInt64(value), width: width, uppercase: false)
    }

    /// `2001:db8:…::…` in RFC 5952 style (lowercase, `::` for the zero run).
    mutating func ipv6Compressed() {
        raw("2001:db8:")
        switch random.below(4) {
        case 0:
            raw(":")
            hextet()
        case 1:
            hextet()
            raw("::")
            hextet()
        case 2:
            hextet()
            raw(":")
            hextet()
            raw("::")
            hextet()
        default:
            hextet()
            raw(":")
            hextet()
            raw(":")
            hextet()
            raw("::")
            hextet()
            raw(":")
            hextet()
        }
    }

    mutating func textIPv6() {
        switch random.below(5) {
        case 0:
            plant(.ipv6, "compressed") { b, _ in b.ipv6Compressed() }
        case 1:
            let uppercase = random.chance(0.3)
            plant(.ipv6, "full") { b, _ in
                b.raw(uppercase ? "2001:0DB8" : "2001:0db8")
                for _ in 0..<6 {
                    b.byte(UInt8(ascii: ":"))
                    b.randomHex(4, uppercase: uppercase)
                }
            }
        case 2:
            plant(.ipv6, "link-local-zone") { b, _ in
                b.raw("fe80::")
                if b.random.chance(0.4) {
                    b.decimal(1 + b.random.below(9))
                } else {
                    b.hextet()
                    b.raw(":")
                    b.hextet()
                    b.raw(":")
                    b.hextet()
                    b.raw(":")
                    b.hextet()
                }
                b.byte(UInt8(ascii: "%"))
                if b.random.chance(0.8) {
                    b.text(b.random.pick(SharedData.zoneIDs))
                } else {
                    b.decimal(2 + b.random.below(20))
                }
            }
        case 3:
            plant(.ipv6, "bracketed-port") { b, _ in
                b.byte(UInt8(ascii: "["))
                b.ipv6Compressed()
                b.raw("]:")
                b.decimal(b.random.pick(PIIWriters.ports))
            }
        default:
            plant(.ipv6, "ipv4-mapped") { b, _ in
                b.raw("::ffff:")
                b.ipv4(prefix: b.random.below(PIIWriters.ipv4Prefixes.count), host: 1 + b.random.below(254))
            }
        }
    }

    /// A locally administered MAC address: `02:1a:…` (colon), `02-1A-…` (dash) or `021a.2b3c.4d5e` (dot).
    mutating func macAddress(style: Int) {
        var octets = [UInt64](repeating: 0, count: 6)
        for index in 0..<6 { octets[index] = UInt64(random.below(256)) }
        octets[0] = (octets[0] & 0xFC) | 0x02
        switch style {
        case 0, 1:
            let uppercase = style == 1 || random.chance(0.5)
            for (index, octet) in octets.enumerated() {
                if index > 0 { byte(style == 0 ? UInt8(ascii: ":") : UInt8(ascii: "-")) }
                hex(octet, width: 2, uppercase: uppercase)
            }
        default:
            for index in 0..<6 {
                if index > 0 && index % 2 == 0 { byte(UInt8(ascii: ".")) }
                hex(octets[index], width: 2, uppercase: false)
            }
        }
    }

    // MARK: Financial and government identifiers

    /// A Luhn-valid card number of a common brand, written spaced (style 0), dashed (1) or compact (2).
    mutating func cardNumber(style: Int, country: Country) {
        var digits: [Int] = []
        let brand = random.below(country == .jp ? 5 : 4)
        switch brand {
        case 0: digits = [4]
        case 1: digits = [5, 1 + random.below(5)]
        case 2: digits = [3, random.chance(0.5) ? 4 : 7]
        case 3: digits = [6, 0, 1, 1]
        default: digits = [3, 5, 2 + random.below(6), 8 + random.below(2)]  // JCB 3528–3589
        }
        let length = brand == 2 ? 15 : 16
        while digits.count < length - 1 { digits.append(random.below(10)) }
        digits.append(Self.luhnCheckDigit(digits))
        writeCardDigits(digits, style: style)
    }

    /// A 16-digit number with a card-like prefix whose Luhn check digit is wrong.
    mutating func luhnInvalidNumber(style: Int) {
        var digits = [random.chance(0.6) ? 4 : 5]
        while digits.count < 15 { digits.append(random.below(10)) }
        digits.append((Self.luhnCheckDigit(digits) + 1 + random.below(9)) % 10)
        writeCardDigits(digits, style: style)
    }

    private mutating func writeCardDigits(_ digits: [Int], style: Int) {
        let separator: UInt8? = style == 0 ? UInt8(ascii: " ") : style == 1 ? UInt8(ascii: "-") : nil
        for (index, digit) in digits.enumerated() {
            // Groups of 4-4-4-4, or 4-6-5 for 15-digit (American Express) numbers.
            let groupStart = digits.count == 15 ? index == 4 || index == 10 : index > 0 && index % 4 == 0
            if let separator, groupStart { byte(separator) }
            byte(UInt8(ascii: "0") + UInt8(digit))
        }
    }

    static func luhnCheckDigit(_ payload: [Int]) -> Int {
        var sum = 0
        for (offset, digit) in payload.reversed().enumerated() {
            if offset % 2 == 0 {
                let doubled = digit * 2
                sum += doubled > 9 ? doubled - 9 : doubled
            } else {
                sum += digit
            }
        }
        return (10 - sum % 10) % 10
    }

    /// A US social security number with a valid-looking area (not 000, 666 or 9xx), group and serial.
    mutating func ssn(dashed: Bool) {
        var area = 1 + random.below(899)
        if area == 666 { area = 667 }
        decimal(area, width: 3)
        if dashed { byte(UInt8(ascii: "-")) }
        decimal(1 + random.below(99), width: 2)
        if dashed { byte(UInt8(ascii: "-")) }
        decimal(1 + random.below(9_999), width: 4)
    }

    /// An IBAN with correct ISO 7064 mod-97 check digits, grouped in fours or compact.
    mutating func iban(_ country: IBANCountry, grouped: Bool) {
        var value: [UInt8] = Array(country.code.utf8) + [0, 0]
        let shape = country.shape
        if !shape.letters.isEmpty { value += random.pick(shape.letters).utf8 }
        for _ in 0..<shape.digits { value.append(UInt8(ascii: "0") + UInt8(random.below(10))) }
        if !shape.suffix.isEmpty { value += random.pick(shape.suffix).utf8 }
        // Check digits: BBAN + country code + "00", letters as 10…35, mod 97; check = 98 − remainder.
        var remainder = 0
        func feed(_ byte: UInt8) {
            if byte >= UInt8(ascii: "A") {
                let number = Int(byte - UInt8(ascii: "A")) + 10
                remainder = (remainder * 100 + number) % 97
            } else {
                remainder = (remainder * 10 + Int(byte - UInt8(ascii: "0"))) % 97
            }
        }
        for byte in value[4...] { feed(byte) }
        feed(value[0])
        feed(value[1])
        feed(UInt8(ascii: "0"))
        feed(UInt8(ascii: "0"))
        let check = 98 - remainder
        value[2] = UInt8(ascii: "0") + UInt8(check / 10)
        value[3] = UInt8(ascii: "0") + UInt8(check % 10)
        for (index, byte) in value.enumerated() {
            if grouped && index > 0 && index % 4 == 0 { self.byte(UInt8(ascii: " ")) }
            self.byte(byte)
        }
    }

    // MARK: Credentials

    private mutating func randomCharacters(_ count: Int, from alphabet: [UInt8]) {
        for _ in 0..<count { byte(alphabet[random.below(alphabet.count)]) }
    }

    /// A password: a word with digits and a symbol (`Sommer2024!`) or a random string.
    mutating func password(symbols: [UInt8]) {
        if random.chance(0.5) {
            text(random.pick(SharedData.passwordWords))
            randomDigits(2 + random.below(3))
            byte(random.pick(symbols))
        } else {
            let length = 10 + random.below(7)
            for index in 0..<length {
                if index > 0 && random.chance(0.15) {
                    byte(random.pick(symbols))
                } else {
                    byte(random.pick(PIIWriters.alphanumeric))
                }
            }
        }
    }

    /// `scheme://user:password@host/path`, planting the `user:password` part.
    mutating func textURLCredentials(_ customer: Customer) {
        let schemes: [StaticString] = ["https", "http", "ftp", "sftp"]
        let scheme = schemes[random.below(schemes.count)]
        raw(scheme)
        raw("://")
        plant(.urlCredentials, scheme) { b, _ in
            if b.random.chance(0.7) {
                b.text(b.random.pick(SharedData.serviceAccounts))
            } else {
                b.text(customer.first.ascii)
            }
            b.byte(UInt8(ascii: ":"))
            b.password(symbols: PIIWriters.urlPasswordSymbols)
        }
        byte(UInt8(ascii: "@"))
        text(random.pick(SharedData.hostnames))
        text(random.pick(SharedData.urlPaths))
    }

    mutating func textSecret(_ data: LocaleData) {
        switch random.below(6) {
        case 0:
            plant(.secret, "aws-access-key") { b, _ in
                b.raw("AKIA")
                b.randomCharacters(16, from: PIIWriters.base32)
            }
        case 1:
            plant(.secret, "github-token") { b, _ in
                b.raw("ghp_")
                b.randomCharacters(36, from: PIIWriters.alphanumeric)
            }
        case 2:
            text(random.pick(data.passwordLabels))
            raw(random.chance(0.8) ? ": " : "=")
            plant(.secret, "password-label") { b, _ in b.password(symbols: PIIWriters.passwordSymbols) }
        case 3:
            raw("Server=")
            text(random.pick(PIIWriters.connectionHosts))
            raw(";Database=Claims;User Id=")
            text(random.pick(SharedData.serviceAccounts))
            raw(";Password=")
            plant(.secret, "connection-string") { b, _ in b.password(symbols: PIIWriters.passwordSymbols) }
            byte(UInt8(ascii: ";"))
        case 4:
            text(random.pick(PIIWriters.apiKeyLabels))
            plant(.secret, "api-key") { b, _ in b.randomCharacters(32, from: PIIWriters.alphanumeric) }
        default:
            raw("Bearer ")
            plant(.secret, "jwt") { b, _ in
                b.text(PIIWriters.jwtHeader)
                b.raw(".eyJ")
                b.randomCharacters(40 + b.random.below(40), from: PIIWriters.base64URL)
                b.byte(UInt8(ascii: "."))
                b.randomCharacters(43, from: PIIWriters.base64URL)
            }
        }
    }

    // MARK: Coordinates

    mutating func coordinates(_ city: City, style: CoordinateStyle) {
        let latitude = city.latitude + random.within(-50_000...50_000)
        let longitude = city.longitude + random.within(-50_000...50_000)
        switch style {
        case .decimal, .compact:
            let decimals = 4 + random.below(3)
            signedDegrees(latitude, decimals: decimals)
            raw(style == .decimal ? ", " : ",")
            signedDegrees(longitude, decimals: decimals)
        case .dms:
            degreesMinutesSeconds(latitude, positive: "N", negative: "S")
            byte(UInt8(ascii: " "))
            degreesMinutesSeconds(longitude, positive: "E", negative: "W")
        }
    }

    private mutating func signedDegrees(_ micro: Int, decimals: Int) {
        if micro < 0 { byte(UInt8(ascii: "-")) }
        let magnitude = abs(micro)
        decimal(magnitude / 1_000_000)
        byte(UInt8(ascii: "."))
        var divisor = 1
        for _ in decimals..<6 { divisor *= 10 }
        decimal((magnitude % 1_000_000) / divisor, width: decimals)
    }

    private mutating func degreesMinutesSeconds(_ micro: Int, positive: StaticString, negative: StaticString) {
        let magnitude = abs(micro)
        let tenths = (magnitude % 1_000_000) * 36_000 / 1_000_000
        decimal(magnitude / 1_000_000)
        raw("°")
        decimal(tenths / 600)
        raw("′")
        decimal(tenths % 600 / 10)
        byte(UInt8(ascii: "."))
        decimal(tenths % 10)
        raw("″")
        raw(micro < 0 ? negative : positive)
    }

    mutating func textCoordinates(_ customer: Customer, _ data: LocaleData) {
        let city = random.chance(0.6) ? customer.city : random.pick(data.cities)
        let style = random.below(3)
        let form: StaticString = style == 0 ? "decimal" : style == 1 ? "decimal-compact" : "dms"
        plant(.geoCoordinates, form) { b, attempt in
            // The whole degrees are fixed by the city: after a few clashes with a decoy, move elsewhere.
            b.coordinates(
                attempt < 3 ? city : b.random.pick(data.cities),
                style: style == 0 ? .decimal : style == 1 ? .compact : .dms)
        }
    }

    // MARK: Case numbers

    /// The record's own case number: `1`, the opening date as `yyMMdd`, eight digits (15 digits).
    mutating func caseFieldNumber(created: Int) {
        let date = CivilDate(seconds: created)
        byte(UInt8(ascii: "1"))
        decimal(date.year % 100, width: 2)
        decimal(date.month, width: 2)
        decimal(date.day, width: 2)
        randomDigits(8)
    }

    /// A claim identifier: `CLM-2024-004711`.
    mutating func claimID(created: Int) {
        raw("CLM-")
        decimal(CivilDate(seconds: created).year)
        byte(UInt8(ascii: "-"))
        randomDigits(6)
    }

    mutating func textCaseReference(_ customer: Customer, _ data: LocaleData) {
        switch random.below(4) {
        case 0, 1:
            text(random.pick(data.caseLabels))
            plant(.caseNumber, "case-label") { b, _ in
                b.byte(UInt8(ascii: "1") + UInt8(b.random.below(9)))
                b.randomDigits(7)
            }
        case 2:
            raw("TrackingID#")
            plant(.caseNumber, "tracking-id") { b, _ in
                let date = CivilDate(seconds: customer.created - b.random.below(90) * 86_400)
                b.raw("20")
                b.decimal(date.year % 100, width: 2)
                b.decimal(date.month, width: 2)
                b.decimal(date.day, width: 2)
                b.raw("0040")
                b.randomDigits(4)
            }
        default:
            plant(.caseNumber, "srx") { b, _ in
                b.raw("SRX")
                b.randomDigits(b.random.chance(0.5) ? 7 : 10)
            }
        }
    }
}
