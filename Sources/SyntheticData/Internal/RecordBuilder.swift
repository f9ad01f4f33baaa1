/// What a span of the line is: a kind of personal data (planted) or of look-alike (decoy).
enum Kind: UInt8, CaseIterable {
    case email, ipv4, ipv6, phone, caseNumber, creditCard, usSSN, iban, macAddress, urlCredentials, secret
    case geoCoordinates, person, location, streetAddress
    case version, kbNumber, guid, hexError, timestamp, sku, amount, luhnInvalid, date, time, build, orderNumber
    case commonWord

    /// The name used in the ground truth (`EntityKind` spelling for personal data).
    var name: String {
        switch self {
        case .email: "EMAIL"
        case .ipv4: "IPV4"
        case .ipv6: "IPV6"
        case .phone: "PHONE"
        case .caseNumber: "CASE_NUMBER"
        case .creditCard: "CREDIT_CARD"
        case .usSSN: "US_SSN"
        case .iban: "IBAN"
        case .macAddress: "MAC_ADDRESS"
        case .urlCredentials: "URL_CREDENTIALS"
        case .secret: "SECRET"
        case .geoCoordinates: "GEO_COORDINATES"
        case .person: "PERSON"
        case .location: "LOCATION"
        case .streetAddress: "STREET_ADDRESS"
        case .version: "VERSION"
        case .kbNumber: "KB_NUMBER"
        case .guid: "GUID"
        case .hexError: "HEX_ERROR"
        case .timestamp: "TIMESTAMP"
        case .sku: "SKU"
        case .amount: "AMOUNT"
        case .luhnInvalid: "LUHN_INVALID"
        case .date: "DATE"
        case .time: "TIME"
        case .build: "BUILD"
        case .orderNumber: "ORDER_NUMBER"
        case .commonWord: "COMMON_WORD"
        }
    }

    /// Whether the kind is personal data (as opposed to a decoy).
    var isPersonal: Bool { rawValue <= Kind.streetAddress.rawValue }
}

/// The JSON path of the field being written (a trivial value, so spans carry no reference counts).
enum Field: Equatable {
    case caseNumber, createdAt, updatedAt, product, productVersion
    case customerName, customerEmail, customerPhone, customerCompany
    case addressStreet, addressCity
    case locationCity, locationIP, locationGeo
    case deviceMAC, deviceOSVersion, deviceBuild, deviceLastError, deviceID
    case description
    case note(Int)
    case resolution
    case claimID, claimAmount, claimFiledOn, claimCard, claimIBAN, claimHolder
    case kbArticle(Int)
    case sku, orderNumber

    var path: String {
        switch self {
        case .caseNumber: "case_number"
        case .createdAt: "created_at"
        case .updatedAt: "updated_at"
        case .product: "product"
        case .productVersion: "product_version"
        case .customerName: "customer.name"
        case .customerEmail: "customer.email"
        case .customerPhone: "customer.phone"
        case .customerCompany: "customer.company"
        case .addressStreet: "customer.address.street"
        case .addressCity: "customer.address.city"
        case .locationCity: "location.city"
        case .locationIP: "location.ip"
        case .locationGeo: "location.geo"
        case .deviceMAC: "device.mac"
        case .deviceOSVersion: "device.os_version"
        case .deviceBuild: "device.build"
        case .deviceLastError: "device.last_error"
        case .deviceID: "device.device_id"
        case .description: "description"
        case .note(let index): "internal_notes[\(index)]"
        case .resolution: "resolution"
        case .claimID: "claim.claim_id"
        case .claimAmount: "claim.amount"
        case .claimFiledOn: "claim.filed_on"
        case .claimCard: "claim.payment.card_number"
        case .claimIBAN: "claim.payment.iban"
        case .claimHolder: "claim.payment.account_holder"
        case .kbArticle(let index): "kb_articles[\(index)]"
        case .sku: "sku"
        case .orderNumber: "order_number"
        }
    }
}

/// One planted value or decoy: where it is in the line and what it is.
struct Span {
    var kind: Kind
    var form: StaticString
    var field: Field
    var start: Int
    var end: Int
    /// The set of byte values in the span (bit `b & 127`), a quick filter for the containment check.
    var bytes: ByteSet
}

/// A 128-bit set of byte values (bit `b & 127`): if `a` contains `b` then `b`'s set is a subset of `a`'s.
struct ByteSet {
    var low: UInt64 = 0
    var high: UInt64 = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        for index in range {
            let bit = bytes[index] & 127
            if bit < 64 { low |= 1 << UInt64(bit) } else { high |= 1 << UInt64(bit - 64) }
        }
    }

    func isSubset(of other: ByteSet) -> Bool {
        (low & ~other.low) | (high & ~other.high) == 0
    }
}

/// Writes one record's bytes and remembers the spans of everything planted.
///
/// Values are written straight into `out` (no intermediate strings). A value that would contain a span of the
/// opposite class (a planted value containing a decoy, or the reverse) is rolled back and drawn again, which keeps
/// the ground truth unambiguous. Nothing written through the value writers needs JSON escaping; template text is
/// escaped once when templates are parsed.
struct RecordBuilder {
    var random: SeededRandom
    var out: [UInt8] = []
    var spans: [Span] = []
    var field: Field = .caseNumber
    /// One flag per open JSON container: whether it already holds a member (so the next one needs a comma).
    private var hasMember: [Bool] = []

    init(seed: UInt64) {
        random = SeededRandom(seed: seed)
        out.reserveCapacity(1 << 14)
        spans.reserveCapacity(64)
        hasMember.reserveCapacity(8)
    }

    mutating func reset() {
        out.removeAll(keepingCapacity: true)
        spans.removeAll(keepingCapacity: true)
        hasMember.removeAll(keepingCapacity: true)
    }

    // MARK: Values with ground truth

    /// Writes a planted value with `body` and records it. `body` receives the attempt number (0 first): a body that
    /// repeats a fixed value (the customer's own e-mail, say) should draw a fresh one when the attempt is above 0.
    @inline(__always)
    mutating func plant(_ kind: Kind, _ form: StaticString, _ body: (inout RecordBuilder, Int) -> Void) {
        record(kind, form, body)
    }

    /// Writes a decoy with `body` and records it (see ``plant(_:_:_:)``).
    @inline(__always)
    mutating func decoy(_ kind: Kind, _ body: (inout RecordBuilder, Int) -> Void) {
        record(kind, "", body)
    }

    private mutating func record(_ kind: Kind, _ form: StaticString, _ body: (inout RecordBuilder, Int) -> Void) {
        let start = out.count
        var attempt = 0
        var set: ByteSet
        while true {
            body(&self, attempt)
            set = out.withUnsafeBufferPointer { ByteSet($0, start..<out.count) }
            if attempt >= 24 || !conflicts(kind.isPersonal, start, out.count, set) { break }
            out.removeSubrange(start...)
            attempt += 1
        }
        spans.append(Span(kind: kind, form: form, field: field, start: start, end: out.count, bytes: set))
    }

    /// Whether `out[start..<end]` contains, or is contained in, a recorded span of the opposite class.
    private func conflicts(_ personal: Bool, _ start: Int, _ end: Int, _ set: ByteSet) -> Bool {
        out.withUnsafeBufferPointer { bytes in
            for span in spans where span.kind.isPersonal != personal {
                if set.isSubset(of: span.bytes), Self.contains(bytes, span.start..<span.end, start..<end) {
                    return true
                }
                if span.bytes.isSubset(of: set), Self.contains(bytes, start..<end, span.start..<span.end) {
                    return true
                }
            }
            return false
        }
    }

    private static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ outer: Range<Int>, _ inner: Range<Int>) -> Bool
    {
        let length = inner.count
        guard length > 0, length <= outer.count else { return false }
        let first = bytes[inner.lowerBound]
        var position = outer.lowerBound
        while position + length <= outer.upperBound {
            if bytes[position] == first {
                var index = 1
                while index < length, bytes[position + index] == bytes[inner.lowerBound + index] { index += 1 }
                if index == length { return true }
            }
            position += 1
        }
        return false
    }

    // MARK: Raw bytes

    @inline(__always)
    mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { out.append(contentsOf: $0) }
    }

    @inline(__always)
    mutating func bytes(_ bytes: [UInt8]) {
        out.append(contentsOf: bytes)
    }

    @inline(__always)
    mutating func byte(_ byte: UInt8) {
        out.append(byte)
    }

    /// Appends text that needs no JSON escaping (names, words from the data tables).
    @inline(__always)
    mutating func text(_ text: String) {
        out.append(contentsOf: text.utf8)
    }

    /// Appends `value` in decimal, left-padded with zeros to `width`.
    mutating func decimal(_ value: Int, width: Int = 1) {
        var remaining = value
        var digits = 1
        var probe = value / 10
        while probe > 0 {
            digits += 1
            probe /= 10
        }
        let length = Swift.max(digits, width)
        let base = out.count
        out.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: length))
        var index = base + length - 1
        while remaining > 0 {
            out[index] = UInt8(ascii: "0") + UInt8(remaining % 10)
            remaining /= 10
            index -= 1
        }
    }

    /// Appends `count` random decimal digits.
    mutating func randomDigits(_ count: Int) {
        for _ in 0..<count { out.append(UInt8(ascii: "0") + UInt8(random.below(10))) }
    }

    /// Appends one hex digit.
    @inline(__always)
    mutating func hexDigit(_ value: Int, uppercase: Bool) {
        let digits: StaticString = "0123456789abcdef0123456789ABCDEF"
        out.append(digits.utf8Start[value & 0xF + (uppercase ? 16 : 0)])
    }

    /// Appends `value` as `width` hex digits.
    mutating func hex(_ value: UInt64, width: Int, uppercase: Bool) {
        var shift = (width - 1) * 4
        while shift >= 0 {
            hexDigit(Int(truncatingIfNeeded: value >> UInt64(shift)), uppercase: uppercase)
            shift -= 4
        }
    }

    /// Appends `count` random hex digits.
    mutating func randomHex(_ count: Int, uppercase: Bool) {
        for _ in 0..<count { hexDigit(random.below(16), uppercase: uppercase) }
    }

    // MARK: JSON structure

    mutating func openObject() {
        out.append(UInt8(ascii: "{"))
        hasMember.append(false)
    }

    mutating func closeObject() {
        out.append(UInt8(ascii: "}"))
        hasMember.removeLast()
    }

    mutating func openArray() {
        out.append(UInt8(ascii: "["))
        hasMember.append(false)
    }

    mutating func closeArray() {
        out.append(UInt8(ascii: "]"))
        hasMember.removeLast()
    }

    /// Starts a member: a comma when needed, then `"name":` (`name` is a plain ASCII key).
    mutating func key(_ name: StaticString) {
        separator()
        out.append(UInt8(ascii: "\""))
        raw(name)
        out.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":")])
    }

    /// Starts an array element: a comma when needed.
    mutating func element() {
        separator()
    }

    private mutating func separator() {
        if hasMember[hasMember.count - 1] {
            out.append(UInt8(ascii: ","))
        } else {
            hasMember[hasMember.count - 1] = true
        }
    }

    @inline(__always)
    mutating func quote() {
        out.append(UInt8(ascii: "\""))
    }

    /// A whole string member whose content needs no escaping: `"name":"text"`.
    mutating func member(_ name: StaticString, _ value: String) {
        key(name)
        quote()
        text(value)
        quote()
    }

    /// A whole string member from a static string: `"name":"text"`.
    mutating func member(_ name: StaticString, static value: StaticString) {
        key(name)
        quote()
        raw(value)
        quote()
    }
}
