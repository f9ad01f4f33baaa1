/// ITU-T E.164 country calling codes and plausible national number lengths, for judging numbers written with `+`
/// (or the `00` international prefix).
///
/// Country codes form a prefix code: at most one code of length 1, 2 or 3 starts any digit string, so the code of a
/// number is found without separators. Spare (unassigned) codes such as `28x`, `80x` or `83x` are rejected.
///
/// The national significant number (NSN) lengths below are deliberately generous ranges per country, taken from the
/// numbering plans (ITU-T E.164 national plans as summarised by libphonenumber's metadata); they only have to
/// separate phone numbers from other digit strings that happen to start with `+`, not validate every allocation.
/// Countries without an entry accept an NSN of 4–12 digits within the E.164 total of 8–15 digits.
enum CountryCallingCodes {
    /// Assigned one-digit codes: NANP and Russia/Kazakhstan.
    private static let oneDigit: Set<Int> = [1, 7]

    /// Assigned two-digit codes.
    private static let twoDigit: Set<Int> = [
        20, 27, 30, 31, 32, 33, 34, 36, 39, 40, 41, 43, 44, 45, 46, 47, 48, 49, 51, 52, 53, 54, 55, 56, 57, 58,
        60, 61, 62, 63, 64, 65, 66, 81, 82, 84, 86, 90, 91, 92, 93, 94, 95, 98,
    ]

    /// Assigned three-digit codes (including the global services 800, 808, 870, 878, 881–883, 888).
    private static let threeDigit: Set<Int> = {
        var codes: Set<Int> = [211, 212, 213, 216, 218, 290, 291, 297, 298, 299, 380, 381, 382, 383, 385, 386, 387, 389,
                               420, 421, 423, 670, 690, 691, 692, 800, 808, 850, 852, 853, 855, 856, 870, 878,
                               880, 881, 882, 883, 886, 888, 979, 992, 993, 994, 995, 996, 998]
        for block in [220, 230, 240, 260, 350, 370, 500, 590, 680, 960] { codes.formUnion(block...(block + 9)) }
        codes.formUnion(250...258)
        codes.formUnion(672...679)
        codes.remove(969)
        codes.formUnion(970...977)
        return codes
    }()

    /// National significant number lengths for the countries whose plans are strict enough to be worth checking.
    private static let nationalLengths: [Int: ClosedRange<Int>] = [
        7: 10...10, 20: 8...10, 27: 9...9, 30: 10...10, 31: 9...9, 32: 8...9, 33: 9...9, 34: 9...9, 36: 8...9,
        39: 6...11, 40: 9...9, 41: 9...9, 43: 4...13, 44: 9...10, 45: 8...8, 46: 7...10, 47: 8...8, 48: 9...9,
        49: 6...13, 51: 8...9, 52: 10...10, 54: 10...11, 55: 10...11, 56: 9...9, 57: 10...10, 60: 8...10,
        61: 9...9, 62: 8...12, 63: 8...10, 64: 8...10, 65: 8...8, 66: 8...9, 81: 9...10, 82: 8...10, 84: 9...10,
        86: 10...11, 90: 10...10, 91: 10...10, 92: 9...10, 98: 10...10,
    ]

    /// Number of digits (1–3) of the assigned country code that `digits` (values 0–9) start with, or `nil`.
    static func codeLength(of digits: some Collection<UInt8>) -> Int? {
        var value = 0
        var length = 0
        for digit in digits.prefix(3) {
            value = value * 10 + Int(digit)
            length += 1
            switch length {
            case 1 where oneDigit.contains(value): return 1
            case 2 where twoDigit.contains(value): return 2
            case 3 where threeDigit.contains(value): return 3
            default: continue
            }
        }
        return nil
    }

    /// Whether `digits` (values 0–9: country code then national significant number, no trunk `0`) form a plausible
    /// international number: an assigned code, 8–15 digits in all, and an NSN length the country uses. NANP numbers
    /// (`+1`) must also have a valid area code and exchange (`NXX NXX XXXX`, N = 2–9).
    static func isPlausibleInternational(_ digits: some RandomAccessCollection<UInt8>) -> Bool {
        guard (8...15).contains(digits.count), let codeLength = codeLength(of: digits) else { return false }
        let national = digits.dropFirst(codeLength)
        if codeLength == 1, digits.first == 1 {
            return national.count == 10 && national.first! >= 2 && national.dropFirst(3).first! >= 2
        }
        let code = digits.prefix(codeLength).reduce(0) { $0 * 10 + Int($1) }
        return (nationalLengths[code] ?? 4...12).contains(national.count)
    }
}
