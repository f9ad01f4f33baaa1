/// The kind of personal data a finding is, such as `EMAIL` or `IPV4`.
///
/// An extensible set of constants: the built-in kinds are static members, and a policy or custom detector can add
/// its own with ``init(rawValue:)``. The raw value is what tags show (`[EMAIL]`) and what reports group by.
///
/// Stored as a number standing for its name (see `NameTable`), so copying one costs no reference counting.
public struct EntityKind: RawRepresentable, Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    private let number: UInt32

    /// The kind's name in upper snake case, e.g. `CASE_NUMBER`.
    public var rawValue: String { NameTable.kinds.name(number) }

    /// Creates a kind with the given name.
    public init(rawValue: String) { self.number = NameTable.kinds.number(for: rawValue) }

    // Encoded as its name: the standard library's `Codable` for string-backed `RawRepresentable` types.

    /// Whether two kinds have the same name (equal names have equal numbers). Stated here: the standard library's
    /// default for `RawRepresentable` would compare the names as strings.
    public static func == (lhs: EntityKind, rhs: EntityKind) -> Bool { lhs.number == rhs.number }

    /// Hashes the kind's number (equal names have equal numbers).
    public func hash(into hasher: inout Hasher) { hasher.combine(number) }

    /// The kind's name.
    public var description: String { rawValue }

    /// Orders kinds by name, for stable reports.
    public static func < (lhs: EntityKind, rhs: EntityKind) -> Bool { lhs.rawValue < rhs.rawValue }

    /// An e-mail address, in standard or obfuscated form.
    public static let email = EntityKind(rawValue: "EMAIL")
    /// An IPv4 address, optionally with port or prefix length.
    public static let ipv4 = EntityKind(rawValue: "IPV4")
    /// An IPv6 address in any RFC 4291/5952 text form.
    public static let ipv6 = EntityKind(rawValue: "IPV6")
    /// A support case, ticket, incident or claim identifier.
    public static let caseNumber = EntityKind(rawValue: "CASE_NUMBER")
    /// A telephone number.
    public static let phone = EntityKind(rawValue: "PHONE")
    /// A payment card number (Luhn-valid, known issuer prefix).
    public static let creditCard = EntityKind(rawValue: "CREDIT_CARD")
    /// A US social security number.
    public static let usSSN = EntityKind(rawValue: "US_SSN")
    /// An international bank account number (mod-97 valid).
    public static let iban = EntityKind(rawValue: "IBAN")
    /// A hardware MAC address.
    public static let macAddress = EntityKind(rawValue: "MAC_ADDRESS")
    /// The `user:password` part of a URL.
    public static let urlCredentials = EntityKind(rawValue: "URL_CREDENTIALS")
    /// An access key, token, private key or password.
    public static let secret = EntityKind(rawValue: "SECRET")
    /// A latitude/longitude pair.
    public static let geoCoordinates = EntityKind(rawValue: "GEO_COORDINATES")
    /// A person's name (from fields that name it, e.g. `customer.name`).
    public static let person = EntityKind(rawValue: "PERSON")
    /// A city, postal code or other place (from fields that name it).
    public static let location = EntityKind(rawValue: "LOCATION")
    /// A street address (from fields that name it).
    public static let streetAddress = EntityKind(rawValue: "STREET_ADDRESS")
}
