/// Field names that say their value is personal data (`email`, `ip_address`, `phone`, `customer_name`, `city`, …),
/// mapped to the kind of that value. A record format that knows field names (JSON keys) redacts such a value whole,
/// whatever its content — the only way to catch a name or a bare claim id, which no pattern can recognise.
///
/// Names are compared case-insensitively with `_`, `-`, `.` and spaces ignored, so `ip_address`, `ipAddress` and
/// `IP-Address` are the same. The generic `name` counts only inside an object whose own key names a person
/// (`customer`, `contact`, `requester`, `caller`, `user`, …), so `product.name` is left alone.
public struct PersonalFieldNames: Sendable {
    // Keyed by normalised UTF-8 bytes, so a lookup from a reused buffer allocates nothing.
    private let kinds: [[UInt8]: EntityKind]
    private let personParents: Set<[UInt8]>
    private let nameKeys: Set<[UInt8]>
    /// Tells this table from every other for a worker's memo.
    let identity = CacheOwner()

    /// Creates a table from normalised names (see ``normalize(_:)``).
    public init(kinds: [String: EntityKind], nameKeys: Set<String>, personParents: Set<String>) {
        self.kinds = Dictionary(uniqueKeysWithValues: kinds.map { (Array($0.key.utf8), $0.value) })
        self.nameKeys = Set(nameKeys.map { Array($0.utf8) })
        self.personParents = Set(personParents.map { Array($0.utf8) })
    }

    /// The built-in table.
    public static let standard = PersonalFieldNames(
        kinds: table([
            (.email, ["email", "emailaddress", "mail", "contactemail", "customeremail", "useremail", "replyto",
                      "emailadresse", "correo", "correoelectronico", "courriel"]),
            (.phone, ["phone", "phonenumber", "telephone", "tel", "mobile", "mobilephone", "mobilenumber", "cell",
                      "cellphone", "fax", "contactphone", "customerphone", "msisdn", "telefon", "telefono", "telefone",
                      "celular", "handy"]),
            (.ipv4, ["ip", "ipaddress", "clientip", "remoteip", "remoteaddr", "remoteaddress", "sourceip", "srcip",
                     "userip", "xforwardedfor", "lastloginip", "ipadresse"]),
            (.macAddress, ["mac", "macaddress", "hwaddress", "hardwareaddress"]),
            (.usSSN, ["ssn", "socialsecuritynumber"]),
            (.iban, ["iban"]),
            (.creditCard, ["cardnumber", "creditcard", "creditcardnumber", "ccnumber", "pan"]),
            (.caseNumber, ["casenumber", "caseid", "ticketid", "ticketnumber", "incidentid", "incidentnumber",
                           "claimid", "claimnumber", "trackingid", "trackingnumber", "srnumber"]),
            (.secret, ["password", "passwd", "pwd", "secret", "apikey", "accesstoken", "refreshtoken", "token",
                       "clientsecret", "privatekey", "authorization", "passwort", "contrasena", "motdepasse"]),
            (.person, ["customername", "contactname", "fullname", "firstname", "lastname", "givenname", "familyname",
                       "surname", "displayname", "accountholder", "cardholder", "cardholdername", "requestername",
                       "callername", "reportername", "vorname", "nachname", "nombre", "apellido", "nom", "prenom"]),
            (.location, ["location", "city", "town", "postalcode", "zip", "zipcode", "postcode", "plz", "ort",
                         "ciudad", "ville", "cidade", "cep"]),
            (.streetAddress, ["street", "streetaddress", "address", "address1", "address2", "addressline1",
                              "addressline2", "homeaddress", "mailingaddress", "strasse", "direccion", "adresse",
                              "endereco", "rue", "calle", "rua"]),
            (.geoCoordinates, ["geo", "coordinates", "latlon", "latlng", "latitude", "longitude", "lat", "lon", "lng",
                               "gps", "geolocation"]),
        ]),
        nameKeys: ["name"],
        personParents: ["customer", "contact", "requester", "caller", "user", "person", "reporter", "owner",
                        "employee", "submitter", "patient", "client", "kunde", "cliente", "endcustomer", "enduser",
                        "accountholder", "cardholder", "payer", "recipient", "sender"]
    )

    private static func table(_ groups: [(EntityKind, [String])]) -> [String: EntityKind] {
        var result: [String: EntityKind] = [:]
        for (kind, names) in groups { for name in names { result[name] = kind } }
        return result
    }

    /// `name` lowercased (ASCII) with `_`, `-`, `.` and spaces removed.
    public static func normalize<Bytes: Sequence<UInt8>>(_ name: Bytes) -> String {
        var bytes: [UInt8] = []
        normalize(name, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Replaces the contents of `output` with the normalised form of `name` (no allocation once `output` has grown).
    public static func normalize<Bytes: Sequence<UInt8>>(_ name: Bytes, into output: inout [UInt8]) {
        output.removeAll(keepingCapacity: true)
        for byte in name {
            switch byte {
            case UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: " "): continue
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): output.append(byte | 0x20)
            default: output.append(byte)
            }
        }
    }

    /// The kind of a value stored under `key` (normalised), inside an object stored under `parent` (normalised, or
    /// `nil` at the top level); `nil` when the name says nothing.
    public func kind(forKey key: String, parent: String?) -> EntityKind? {
        kind(forNormalizedKey: Array(key.utf8), parent: parent.map { Array($0.utf8) })
    }

    /// ``kind(forKey:parent:)`` on normalised UTF-8 bytes.
    public func kind(forNormalizedKey key: [UInt8], parent: [UInt8]?) -> EntityKind? {
        if let kind = kinds[key] { return kind }
        if nameKeys.contains(key), let parent, personParents.contains(parent) { return .person }
        return nil
    }
}
