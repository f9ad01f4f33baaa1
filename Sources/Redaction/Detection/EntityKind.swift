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

    /// Appends the kind's name as UTF-8 to `output` (no `String` made).
    func appendName(to output: inout [UInt8]) { NameTable.kinds.appendUTF8(of: number, to: &output) }

    /// A small number unique to the kind's name in this process (its ``NameTable`` number), for tallies.
    var ordinal: Int { Int(number) }

    /// The kind whose ``ordinal`` is `ordinal` (one a kind gave out). ``NameTable/kinds`` numbers the built-in kinds
    /// first, in the order of ``builtInNames``, so the static members are constants made this way (a `static let` is
    /// read through a call that checks it was initialised, on every read).
    init(ordinal: Int) { self.number = UInt32(ordinal) }

    /// The names of the built-in kinds, numbered from 0 in this order.
    static let builtInNames = [
        "EMAIL",
        "IPV4",
        "IPV6",
        "CASE_NUMBER",
        "PHONE",
        "CREDIT_CARD",
        "US_SSN",
        "IBAN",
        "MAC_ADDRESS",
        "URL_CREDENTIALS",
        "SECRET",
        "GEO_COORDINATES",
        "PERSON",
        "LOCATION",
        "STREET_ADDRESS",
    ]

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
    public static var email: EntityKind { EntityKind(ordinal: 0) }
    /// An IPv4 address, optionally with port or prefix length.
    public static var ipv4: EntityKind { EntityKind(ordinal: 1) }
    /// An IPv6 address in any RFC 4291/5952 text form.
    public static var ipv6: EntityKind { EntityKind(ordinal: 2) }
    /// A support case, ticket, incident or claim identifier.
    public static var caseNumber: EntityKind { EntityKind(ordinal: 3) }
    /// A telephone number.
    public static var phone: EntityKind { EntityKind(ordinal: 4) }
    /// A payment card number (Luhn-valid, known issuer prefix).
    public static var creditCard: EntityKind { EntityKind(ordinal: 5) }
    /// A US social security number.
    public static var usSSN: EntityKind { EntityKind(ordinal: 6) }
    /// An international bank account number (mod-97 valid).
    public static var iban: EntityKind { EntityKind(ordinal: 7) }
    /// A hardware MAC address.
    public static var macAddress: EntityKind { EntityKind(ordinal: 8) }
    /// The `user:password` part of a URL.
    public static var urlCredentials: EntityKind { EntityKind(ordinal: 9) }
    /// An access key, token, private key or password.
    public static var secret: EntityKind { EntityKind(ordinal: 10) }
    /// A latitude/longitude pair.
    public static var geoCoordinates: EntityKind { EntityKind(ordinal: 11) }
    /// A person's name (from fields that name it, e.g. `customer.name`).
    public static var person: EntityKind { EntityKind(ordinal: 12) }
    /// A city, postal code or other place (from fields that name it).
    public static var location: EntityKind { EntityKind(ordinal: 13) }
    /// A street address (from fields that name it).
    public static var streetAddress: EntityKind { EntityKind(ordinal: 14) }
}
