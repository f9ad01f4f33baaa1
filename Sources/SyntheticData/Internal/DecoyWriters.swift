/// A calendar date and time of day in UTC, from seconds since 1970 (proleptic Gregorian; Hinnant's algorithm).
struct CivilDate {
    let year: Int
    let month: Int
    let day: Int
    let hour: Int
    let minute: Int
    let second: Int

    init(seconds: Int) {
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = seconds - days * 86_400
        hour = secondOfDay / 3_600
        minute = secondOfDay % 3_600 / 60
        second = secondOfDay % 60
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    }
}

/// Tables for the decoy writers.
enum DecoyWriters {
    static let windowsBuilds = [7601, 9600, 14393, 17763, 19041, 19044, 19045, 20348, 22000, 22621, 22631, 26100]
    static let skuFamilies = ["CCB", "FSS", "NWP", "LMG", "TVC", "AWE", "RCS"]
    static let skuRegions = ["EU", "US", "UK", "JP", "BR", "DE", "FR", "ES"]
    static let utcOffsets = ["+01:00", "+02:00", "-05:00", "+09:00", "-03:00", "+05:30", "-08:00"]
}

extension RecordBuilder {
    // MARK: Versions and builds

    /// A product version as it follows a product name: `6.2` or `6.2.1`.
    mutating func productVersion() {
        decimal(1 + random.below(15))
        byte(UInt8(ascii: "."))
        decimal(random.below(10))
        if random.chance(0.4) {
            byte(UInt8(ascii: "."))
            decimal(random.below(20))
        }
    }

    /// A Windows version: `10.0.19041.1`, `6.1.7601.17514` (never a valid IPv4 address: one part is above 255).
    mutating func windowsVersion() {
        let build = random.pick(DecoyWriters.windowsBuilds)
        if build < 10_000 {
            raw("6.")
            decimal(build == 7601 ? 1 : 3)
        } else {
            raw("10.0")
        }
        byte(UInt8(ascii: "."))
        decimal(build)
        byte(UInt8(ascii: "."))
        decimal(build < 10_000 ? 16_384 + random.below(8_000) : 1 + random.below(5_000))
    }

    /// Any version number: a product version, a Windows version or a four-part version with a large third part.
    mutating func anyVersion() {
        switch random.below(3) {
        case 0: productVersion()
        case 1: windowsVersion()
        default:
            decimal(1 + random.below(20))
            byte(UInt8(ascii: "."))
            decimal(random.below(10))
            byte(UInt8(ascii: "."))
            decimal(1_000 + random.below(9_000))
            byte(UInt8(ascii: "."))
            decimal(random.below(1_000))
        }
    }

    /// An OS build with update revision (`22631.3007`, `7601.24544`) or a bare five-digit build (`19045`).
    mutating func buildNumber() {
        let build = random.pick(DecoyWriters.windowsBuilds)
        decimal(build)
        if build < 10_000 {
            byte(UInt8(ascii: "."))
            decimal(16_384 + random.below(8_000))
        } else if random.chance(0.7) {
            byte(UInt8(ascii: "."))
            decimal(1_000 + random.below(5_000))
        }
    }

    mutating func kbNumber() {
        raw("KB")
        if random.chance(0.8) {
            decimal(5_000_000 + random.below(50_000))
        } else {
            decimal(890_000 + random.below(100_000))
        }
    }

    /// A random (version 4) GUID.
    mutating func guid(uppercase: Bool) {
        randomHex(8, uppercase: uppercase)
        byte(UInt8(ascii: "-"))
        randomHex(4, uppercase: uppercase)
        raw("-4")
        randomHex(3, uppercase: uppercase)
        byte(UInt8(ascii: "-"))
        hexDigit(8 + random.below(4), uppercase: uppercase)
        randomHex(3, uppercase: uppercase)
        byte(UInt8(ascii: "-"))
        randomHex(12, uppercase: uppercase)
    }

    /// An HRESULT or NTSTATUS code: `0x80070005`.
    mutating func hexError() {
        raw("0x")
        let code = random.pick(SharedData.hexErrors)
        if random.chance(0.25) { text(code.lowercased()) } else { text(code) }
    }

    // MARK: Dates and times

    /// An ISO 8601 timestamp: `Z` (style 0), milliseconds (1), space-separated (2), with offset (3), 7 decimals (4).
    mutating func isoTimestamp(_ seconds: Int, style: Int) {
        let date = CivilDate(seconds: seconds)
        isoDate(date)
        byte(style == 2 ? UInt8(ascii: " ") : UInt8(ascii: "T"))
        clock(date, seconds: true)
        switch style {
        case 0: byte(UInt8(ascii: "Z"))
        case 1:
            byte(UInt8(ascii: "."))
            randomDigits(3)
            byte(UInt8(ascii: "Z"))
        case 2: break
        case 3: text(random.pick(DecoyWriters.utcOffsets))
        default:
            byte(UInt8(ascii: "."))
            randomDigits(7)
            byte(UInt8(ascii: "Z"))
        }
    }

    mutating func isoDate(_ seconds: Int) {
        isoDate(CivilDate(seconds: seconds))
    }

    private mutating func isoDate(_ date: CivilDate) {
        decimal(date.year, width: 4)
        byte(UInt8(ascii: "-"))
        decimal(date.month, width: 2)
        byte(UInt8(ascii: "-"))
        decimal(date.day, width: 2)
    }

    private mutating func clock(_ date: CivilDate, seconds: Bool) {
        decimal(date.hour, width: 2)
        byte(UInt8(ascii: ":"))
        decimal(date.minute, width: 2)
        if seconds {
            byte(UInt8(ascii: ":"))
            decimal(date.second, width: 2)
        }
    }

    /// A date as people in `country` write it (`03/15/2024`, `15.03.2024`, `2024年3月15日` …), sometimes ISO.
    mutating func localDate(_ seconds: Int, country: Country) {
        let date = CivilDate(seconds: seconds)
        if random.chance(0.2) {
            isoDate(date)
            return
        }
        switch country {
        case .us:
            decimal(date.month, width: 2)
            byte(UInt8(ascii: "/"))
            decimal(date.day, width: 2)
            byte(UInt8(ascii: "/"))
            decimal(date.year)
        case .de:
            decimal(date.day, width: 2)
            byte(UInt8(ascii: "."))
            decimal(date.month, width: 2)
            byte(UInt8(ascii: "."))
            decimal(date.year)
        case .jp:
            if random.chance(0.5) {
                decimal(date.year)
                raw("年")
                decimal(date.month)
                raw("月")
                decimal(date.day)
                raw("日")
            } else {
                decimal(date.year)
                byte(UInt8(ascii: "/"))
                decimal(date.month, width: 2)
                byte(UInt8(ascii: "/"))
                decimal(date.day, width: 2)
            }
        case .ca:
            isoDate(date)
        case .gb, .india, .fr, .es, .br:
            decimal(date.day, width: 2)
            byte(UInt8(ascii: "/"))
            decimal(date.month, width: 2)
            byte(UInt8(ascii: "/"))
            decimal(date.year)
        }
    }

    /// A time of day: `14:22:31`, `14:22`, `2:22 PM` (English) or `14h22` (French).
    mutating func timeOfDay(_ seconds: Int, locale: RecordLocale) {
        let date = CivilDate(seconds: seconds)
        switch random.below(10) {
        case 0..<5: clock(date, seconds: true)
        case 5..<8: clock(date, seconds: false)
        default:
            if locale == .en {
                decimal(date.hour % 12 == 0 ? 12 : date.hour % 12)
                byte(UInt8(ascii: ":"))
                decimal(date.minute, width: 2)
                raw(date.hour < 12 ? " AM" : " PM")
            } else if locale == .fr {
                decimal(date.hour, width: 2)
                byte(UInt8(ascii: "h"))
                decimal(date.minute, width: 2)
            } else {
                clock(date, seconds: false)
            }
        }
    }

    // MARK: Commerce

    mutating func sku() {
        switch random.below(3) {
        case 0:
            raw("SKU-")
            randomDigits(4)
            byte(UInt8(ascii: "-"))
            randomDigits(4)
        case 1:
            text(random.pick(DecoyWriters.skuFamilies))
            byte(UInt8(ascii: "-"))
            randomDigits(4)
            byte(UInt8(ascii: "-"))
            text(random.pick(DecoyWriters.skuRegions))
        default:
            text(random.pick(DecoyWriters.skuFamilies))
            raw("-PRO-")
            decimal(1 + random.below(3))
            byte(UInt8(ascii: "Y"))
        }
    }

    mutating func orderNumber() {
        switch random.below(4) {
        case 0:
            raw("ORD-")
            decimal(2022 + random.below(4))
            byte(UInt8(ascii: "-"))
            randomDigits(6)
        case 1:
            raw("SO-")
            decimal(100_000 + random.below(900_000))
        case 2:
            raw("PO-45")
            randomDigits(8)
        default:
            raw("INV-")
            decimal(2022 + random.below(4))
            byte(UInt8(ascii: "-"))
            randomDigits(5)
        }
    }

    /// A money amount as written in `country`, with its currency symbol or (`symbol: false`) the bare number.
    mutating func amount(_ country: Country, symbol: Bool) {
        let units: Int
        switch random.below(3) {
        case 0: units = 10 + random.below(90)
        case 1: units = 100 + random.below(900)
        default: units = 1_000 + random.below(24_000)
        }
        let cents = random.below(100)
        switch country {
        case .us, .ca, .gb:
            if symbol {
                switch country {
                case .us: raw("$")
                case .ca: raw("CA$")
                default: raw("£")
                }
            }
            grouped(units, separator: ",")
            byte(UInt8(ascii: "."))
            decimal(cents, width: 2)
        case .india:
            if symbol { raw("₹") }
            // Indian grouping: 1,23,456.
            let total = units * 10
            if total >= 100_000 {
                decimal(total / 100_000)
                byte(UInt8(ascii: ","))
                decimal(total / 1_000 % 100, width: 2)
                byte(UInt8(ascii: ","))
                decimal(total % 1_000, width: 3)
            } else {
                grouped(total, separator: ",")
            }
            byte(UInt8(ascii: "."))
            decimal(cents, width: 2)
        case .de, .es, .fr:
            grouped(units, separator: country == .fr ? "\u{202F}" : ".")
            byte(UInt8(ascii: ","))
            decimal(cents, width: 2)
            if symbol { raw(" €") }
        case .jp:
            let yen = units * 100
            if symbol && random.chance(0.5) {
                raw("¥")
                grouped(yen, separator: ",")
            } else {
                grouped(yen, separator: ",")
                if symbol { raw("円") }
            }
        case .br:
            if symbol { raw("R$ ") }
            grouped(units, separator: ".")
            byte(UInt8(ascii: ","))
            decimal(cents, width: 2)
        }
    }

    /// `value` with a thousands separator every three digits.
    private mutating func grouped(_ value: Int, separator: StaticString) {
        if value >= 1_000_000 {
            decimal(value / 1_000_000)
            raw(separator)
            decimal(value / 1_000 % 1_000, width: 3)
            raw(separator)
            decimal(value % 1_000, width: 3)
        } else if value >= 1_000 {
            decimal(value / 1_000)
            raw(separator)
            decimal(value % 1_000, width: 3)
        } else {
            decimal(value)
        }
    }
}
