/// A placeholder in a sentence template, written `{name}`.
enum Slot: String, CaseIterable {
    // Personal data.
    case email, phone, ip, ipv6, mac, card, ssn, iban, url, secret, geo
    case caseRef = "case"
    case person, customer, first, last, city, street
    // Decoys.
    case version, kb, guid, hex, timestamp, sku, amount, luhn, date, time, build, order
    case commonWord = "common-word"
    // Neutral text.
    case product, company

    /// The category a template is filed under when its first personal slot is this one.
    var category: PIICategory? {
        switch self {
        case .email: .email
        case .phone: .phone
        case .ip: .ipv4
        case .ipv6: .ipv6
        case .mac: .mac
        case .card: .card
        case .ssn: .ssn
        case .iban: .iban
        case .url: .url
        case .secret: .secret
        case .geo: .geo
        case .caseRef: .caseNumber
        case .person, .customer, .first, .last: .person
        case .city: .city
        case .street: .street
        default: nil
        }
    }
}

/// The groups personal-data sentences are drawn from, with how often each is drawn in free text.
enum PIICategory: Int, CaseIterable {
    case email, phone, ipv4, ipv6, mac, card, ssn, iban, url, secret, geo, caseNumber, person, city, street

    /// Relative frequency of the category among personal-data sentences.
    var weight: Int {
        switch self {
        case .email: 20
        case .phone: 16
        case .ipv4: 9
        case .ipv6: 6
        case .mac: 4
        case .card: 5
        case .ssn: 3
        case .iban: 4
        case .url: 4
        case .secret: 6
        case .geo: 3
        case .caseNumber: 8
        case .person: 7
        case .city: 3
        case .street: 3
        }
    }

    static let weights: [Int] = allCases.map(\.weight)
}

/// A sentence with placeholders, parsed once: literal text is stored already JSON-escaped.
struct Template {
    enum Segment {
        case text([UInt8])
        case slot(Slot)
    }

    let segments: [Segment]
    /// The first personal-data slot, which decides the group the template is drawn from.
    let category: PIICategory?

    init(_ source: String) {
        var segments: [Segment] = []
        var literal: [UInt8] = []
        var category: PIICategory?
        var rest = Substring(source)
        while let open = rest.firstIndex(of: "{") {
            for byte in rest[..<open].utf8 { literal.appendJSONEscaped(byte) }
            guard let close = rest[open...].firstIndex(of: "}"),
                let slot = Slot(rawValue: String(rest[rest.index(after: open)..<close]))
            else { preconditionFailure("bad slot in template: \(source)") }
            if !literal.isEmpty { segments.append(.text(literal)) }
            literal = []
            segments.append(.slot(slot))
            if category == nil { category = slot.category }
            rest = rest[rest.index(after: close)...]
        }
        for byte in rest.utf8 { literal.appendJSONEscaped(byte) }
        if !literal.isEmpty { segments.append(.text(literal)) }
        self.segments = segments
        self.category = category
    }
}

/// Templates of one kind of text for one locale, with the personal-data ones grouped by category.
struct TemplatePool {
    /// Personal-data templates, indexed by `PIICategory.rawValue` (every category has at least one in the
    /// description pool; other pools may leave categories empty and fall back to any personal template).
    let personal: [[Template]]
    let anyPersonal: [Template]
    let neutral: [Template]

    init(personal: [String], neutral: [String]) {
        var groups = [[Template]](repeating: [], count: PIICategory.allCases.count)
        var all: [Template] = []
        for source in personal {
            let template = Template(source)
            guard let category = template.category else { preconditionFailure("no personal slot: \(source)") }
            groups[category.rawValue].append(template)
            all.append(template)
        }
        self.personal = groups
        self.anyPersonal = all
        self.neutral = neutral.map(Template.init)
    }
}
