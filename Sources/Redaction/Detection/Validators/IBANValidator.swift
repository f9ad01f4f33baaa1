/// International bank account numbers (ISO 13616): the SWIFT registry's per-country lengths and the ISO 7064
/// MOD 97-10 check.
public enum IBANValidator {
    /// IBAN length (characters, without spaces) per ISO 3166 country code, for every country in the SWIFT IBAN
    /// registry (release 98, 2024/2025). Territories that use another country's prefix (Åland → `FI`, the French
    /// overseas departments → `FR`, Jersey/Guernsey/Isle of Man → `GB`) have no entry of their own.
    public static let lengths: [String: Int] = [
        "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22, "BI": 27,
        "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DJ": 27, "DK": 18, "DO": 28,
        "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FK": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23,
        "GL": 18, "GR": 27, "GT": 28, "HN": 28, "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26,
        "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20, "LV": 21,
        "LY": 25, "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MN": 20, "MR": 27, "MT": 31, "MU": 30, "NI": 28,
        "NL": 18, "NO": 15, "OM": 23, "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22,
        "RU": 33, "SA": 24, "SC": 31, "SD": 18, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "SO": 23, "ST": 25,
        "SV": 28, "TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20, "YE": 30,
    ]

    /// `lengths` indexed by `(first letter - A) * 26 + (second letter - A)`; 0 = not a registry country.
    private static let lengthTable: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 26 * 26)
        for (country, length) in lengths {
            let letters = Array(country.utf8)
            table[Int(letters[0] - 65) * 26 + Int(letters[1] - 65)] = UInt8(length)
        }
        return table
    }()

    /// The IBAN length of the country whose code is the two ASCII letters `first` and `second` (either case), or
    /// `nil` when the country is not in the registry.
    public static func length(country first: UInt8, _ second: UInt8) -> Int? {
        let first = first & 0xDF, second = second & 0xDF  // ASCII upper case
        guard (65...90).contains(first), (65...90).contains(second) else { return nil }
        let length = lengthTable[Int(first - 65) * 26 + Int(second - 65)]
        return length == 0 ? nil : Int(length)
    }

    /// Whether `bytes` is a valid IBAN: a registry country code, two check digits, the country's exact length of
    /// letters and digits, and ISO 7064 MOD 97-10 remainder 1. Letters may be either case; single spaces (print
    /// grouping) are skipped; any other byte makes it invalid.
    public static func isValid<Bytes: Collection>(_ bytes: Bytes) -> Bool where Bytes.Element == UInt8 {
        var head: (UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0)
        var count = 0
        var remainder = 0
        for byte in bytes where byte != UInt8(ascii: " ") {
            let upper = byte >= 0x61 && byte <= 0x7A ? byte & 0xDF : byte
            let isDigit = upper >= 0x30 && upper <= 0x39
            let isLetter = upper >= 0x41 && upper <= 0x5A
            switch count {
            case 0: guard isLetter else { return false }; head.0 = upper
            case 1: guard isLetter else { return false }; head.1 = upper
            case 2: guard isDigit else { return false }; head.2 = upper
            case 3: guard isDigit else { return false }; head.3 = upper
            default:
                guard isDigit || isLetter else { return false }
                remainder = accumulate(remainder, upper)
            }
            count += 1
            guard count <= 34 else { return false }
        }
        guard count >= 4, let expected = length(country: head.0, head.1), count == expected else { return false }
        // The country code and check digits are moved to the end before the remainder is taken.
        remainder = accumulate(accumulate(accumulate(accumulate(remainder, head.0), head.1), head.2), head.3)
        return remainder == 1
    }

    /// Appends one IBAN character (digit, or upper-case letter as 10–35) to a running remainder modulo 97.
    @inline(__always)
    private static func accumulate(_ remainder: Int, _ upper: UInt8) -> Int {
        if upper <= 0x39 { return (remainder * 10 + Int(upper - 0x30)) % 97 }
        return (remainder * 100 + Int(upper - 0x41 + 10)) % 97
    }
}
