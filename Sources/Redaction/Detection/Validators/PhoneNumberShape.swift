/// The digit groups of a phone-number candidate, as written: `+1 (415) 555-0100` → `1`, `(415)`, `555`, `0100` with
/// the separator in front of each group. Pure and byte-based; the phone detector's rules judge these shapes.
struct PhoneNumberShape {
    /// How a group is separated from the one before it.
    enum Separator: Equatable {
        /// First group, or digits directly after a closing bracket.
        case none
        /// A space, tab or no-break space (U+00A0).
        case space
        /// `-`
        case dash
        /// `.`
        case dot
        /// `/`
        case slash
    }

    /// One run of digits.
    struct Group: Equatable {
        /// Byte range of the digits.
        var digits: Range<Int>
        /// Byte range including a surrounding `(`…`)` when the group is bracketed.
        var span: Range<Int>
        /// What comes before the group.
        var separator: Separator
        /// Whether the group is written inside brackets, `(030)`.
        var isBracketed: Bool
        /// Number of digits.
        var count: Int { digits.count }
    }

    /// The groups in order.
    private(set) var groups: [Group] = []
    /// Whether every `(` was closed right after its digits, and every `)` opened right before them.
    private(set) var isBalanced = true

    /// Splits `range` of `bytes` into digit groups. Bytes other than digits, brackets and the separators above
    /// (such as a leading `+`) are skipped; an unbalanced bracket makes the shape ``isBalanced`` false.
    init<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, range: Range<Int>) where Bytes.Index == Int {
        var index = range.lowerBound
        var separator = Separator.none
        var openBracket: Int?
        groups.reserveCapacity(6)
        while index < range.upperBound {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                let start = index
                while index < range.upperBound, bytes[index] &- UInt8(ascii: "0") < 10 { index += 1 }
                let end = index
                let closed = index < range.upperBound && bytes[index] == UInt8(ascii: ")")
                if closed { index += 1 }
                let bracketed = openBracket != nil && closed
                if !bracketed && (openBracket != nil || closed) { isBalanced = false }
                groups.append(Group(digits: start..<end, span: bracketed ? openBracket!..<index : start..<end,
                                    separator: separator, isBracketed: bracketed))
                openBracket = nil
                separator = .none
                continue
            case UInt8(ascii: "("): openBracket = index
            case UInt8(ascii: " "), UInt8(ascii: "\t"), 0xA0: separator = .space
            case UInt8(ascii: "-"): separator = .dash
            case UInt8(ascii: "."): separator = .dot
            case UInt8(ascii: "/"): separator = .slash
            default: break
            }
            index += 1
        }
        if openBracket != nil { isBalanced = false }
    }

    /// Total number of digits in the first `groupCount` groups (all by default).
    func digitCount(groups groupCount: Int? = nil) -> Int {
        groups.prefix(groupCount ?? groups.count).reduce(0) { $0 + $1.count }
    }

    /// The digits of the first `groupCount` groups as values 0–9, skipping any group in `skipping`.
    func digits<Bytes: RandomAccessCollection<UInt8>>(
        in bytes: Bytes, groups groupCount: Int? = nil, skipping skipped: Int? = nil
    ) -> [UInt8] where Bytes.Index == Int {
        var values: [UInt8] = []
        values.reserveCapacity(16)
        for (offset, group) in groups.prefix(groupCount ?? groups.count).enumerated() where offset != skipped {
            for index in group.digits { values.append(bytes[index] &- UInt8(ascii: "0")) }
        }
        return values
    }

    /// The separators used between groups (the first group's `.none` excluded, bracket joins excluded), read in
    /// place (an array of them was two allocations per question, and the validators ask of every candidate).
    var separators: LazyFilterSequence<LazyMapSequence<ArraySlice<Group>, Separator>> {
        groups.dropFirst().lazy.map(\.separator).filter { $0 != .none }
    }

    /// Whether three consecutive groups read as a calendar date: `dd mm yyyy`, `mm dd yyyy` or `yyyy mm dd`
    /// (day/month 1–31, year 1900–2099), whatever the separators.
    func containsDate<Bytes: RandomAccessCollection<UInt8>>(in bytes: Bytes) -> Bool where Bytes.Index == Int {
        guard groups.count >= 3 else { return false }
        func value(_ group: Group) -> Int { group.digits.reduce(0) { $0 * 10 + Int(bytes[$1] &- 48) } }
        func isYear(_ group: Group) -> Bool { group.count == 4 && (1900...2099).contains(value(group)) }
        func isDayOrMonth(_ group: Group) -> Bool { group.count <= 2 && (1...31).contains(value(group)) }
        for start in 0...(groups.count - 3) {
            let first = groups[start], second = groups[start + 1], third = groups[start + 2]
            if isDayOrMonth(first), isDayOrMonth(second), isYear(third) { return true }
            if isYear(first), isDayOrMonth(second), isDayOrMonth(third) { return true }
        }
        return false
    }
}
