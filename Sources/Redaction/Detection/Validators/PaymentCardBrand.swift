/// Payment card networks recognised by their issuer identification number (IIN) prefix and number length.
public struct PaymentCardBrand: Sendable, Hashable, CustomStringConvertible {
    /// The network's name, e.g. `Visa`.
    public let name: String
    /// Inclusive prefix ranges, each written with the same number of digits (`2221...2720`).
    let prefixes: [ClosedRange<Int>]
    /// Digits of each prefix in `prefixes`.
    let prefixDigits: [Int]
    /// Valid total lengths in digits.
    let lengths: ClosedRange<Int>
    /// Extra allowed lengths outside of `lengths` (Visa's 13 and 19 around 16).
    let otherLengths: [Int]

    init(_ name: String, prefixes: [ClosedRange<Int>], digits: [Int], lengths: ClosedRange<Int>, also: [Int] = []) {
        self.name = name
        self.prefixes = prefixes
        self.prefixDigits = digits
        self.lengths = lengths
        self.otherLengths = also
    }

    /// The network's name.
    public var description: String { name }

    /// Visa: prefix 4, 13, 16 or 19 digits.
    public static let visa = PaymentCardBrand("Visa", prefixes: [4...4], digits: [1], lengths: 16...16, also: [13, 19])
    /// Mastercard: 51–55 and 2221–2720, 16 digits.
    public static let mastercard = PaymentCardBrand(
        "Mastercard", prefixes: [51...55, 2221...2720], digits: [2, 4], lengths: 16...16)
    /// American Express: 34 and 37, 15 digits.
    public static let americanExpress = PaymentCardBrand(
        "American Express", prefixes: [34...34, 37...37], digits: [2, 2], lengths: 15...15)
    /// Discover: 6011, 644–649 and 65, 16–19 digits.
    public static let discover = PaymentCardBrand(
        "Discover", prefixes: [6011...6011, 644...649, 65...65], digits: [4, 3, 2], lengths: 16...19)
    /// Diners Club: 300–305, 3095, 36, 38 and 39, 14–19 digits.
    public static let dinersClub = PaymentCardBrand(
        "Diners Club", prefixes: [300...305, 3095...3095, 36...36, 38...39], digits: [3, 4, 2, 2], lengths: 14...19)
    /// JCB: 3528–3589, 16–19 digits.
    public static let jcb = PaymentCardBrand("JCB", prefixes: [3528...3589], digits: [4], lengths: 16...19)
    /// UnionPay: 62, 16–19 digits.
    public static let unionPay = PaymentCardBrand("UnionPay", prefixes: [62...62], digits: [2], lengths: 16...19)
    /// Mir: 2200–2204, 16–19 digits.
    public static let mir = PaymentCardBrand("Mir", prefixes: [2200...2204], digits: [4], lengths: 16...19)
    /// Maestro: 50 and 56–69, 13–19 digits (12-digit Maestro numbers exist but are not matched: too short to tell
    /// from other identifiers).
    public static let maestro = PaymentCardBrand(
        "Maestro", prefixes: [50...50, 56...69], digits: [2, 2], lengths: 13...19)

    /// Every known network, most specific first (Discover before Maestro, which overlaps it).
    public static let all: [PaymentCardBrand] = [
        .visa, .mastercard, .americanExpress, .discover, .dinersClub, .jcb, .unionPay, .mir, .maestro,
    ]

    /// The first network whose prefix and length fit the ASCII digits in `bytes` (other bytes are skipped), or
    /// `nil`. Checks only prefix and length, not the Luhn digit (see ``Luhn``).
    public static func brand<Bytes: Collection>(of bytes: Bytes) -> PaymentCardBrand? where Bytes.Element == UInt8 {
        brandIndex(of: bytes).map { all[$0] }
    }

    /// Whether some network's prefix and length fit the ASCII digits in `bytes`: ``brand(of:)`` without making the
    /// brand (for validators, which need only the answer).
    static func hasBrand<Bytes: Collection>(_ bytes: Bytes) -> Bool where Bytes.Element == UInt8 {
        brandIndex(of: bytes) != nil
    }

    /// The index in ``all`` of the first network that fits, from ``prefixTable``.
    private static func brandIndex<Bytes: Collection>(of bytes: Bytes) -> Int? where Bytes.Element == UInt8 {
        var leading = 0  // the first four digits as a number
        var count = 0
        for byte in bytes where byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
            if count < 4 { leading = leading * 10 + Int(byte &- UInt8(ascii: "0")) }
            count += 1
        }
        guard count >= 4, count < 64 else { return nil }
        return prefixTable.withUnsafeBufferPointer { table in
            table.first { $0.lengths & (1 << UInt64(count)) != 0 && $0.firstFour.contains(leading) }?.brand
        }
    }

    /// Every network's prefixes as ranges of first four digits (`51...55` is `5100...5599`), with a bit per length
    /// the network uses, in the order of ``all``: a few comparisons per network, with nothing to retain (a network
    /// read from ``all`` retains its name and arrays).
    private static let prefixTable: [(brand: Int, lengths: UInt64, firstFour: ClosedRange<Int>)] =
        all.enumerated().flatMap { index, brand in
            let lengths = (Array(brand.lengths) + brand.otherLengths).reduce(UInt64(0)) { $0 | 1 << UInt64($1) }
            return zip(brand.prefixes, brand.prefixDigits).map { range, digits in
                var scale = 1
                for _ in digits..<4 { scale *= 10 }
                return (index, lengths, (range.lowerBound * scale)...((range.upperBound + 1) * scale - 1))
            }
        }
}
