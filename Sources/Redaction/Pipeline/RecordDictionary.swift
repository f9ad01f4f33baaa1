/// Record-scoped propagation: the values a record holds in personal fields (`customer.name`, `location.city`,
/// `address.street`, the local part of `contact.email`) become, for that record only, a small dictionary; every other
/// occurrence in the record — in free text, notes, any field, in any case — is found as the same kind. A person's
/// name is also found by each part of two letters or more that is not a common word (`Hi Jane,` after
/// `customer.name: Jane Doe`; not `we will` after `Will Smith`).
///
/// Matching is whole-word (ASCII letters and digits, and any non-ASCII byte, are word bytes) and case-insensitive for
/// ASCII and Latin-1 letters (`SÁNCHEZ` = `Sánchez`). A record holds a handful of such values, so each is searched
/// directly.
struct RecordDictionary: Sendable {
    static let detectorID = DetectorID(rawValue: "record-propagation")
    static let confidence = 0.85

    private var entries: [(bytes: [UInt8], kind: EntityKind)] = []

    var isEmpty: Bool { entries.isEmpty }

    mutating func removeAll() { entries.removeAll(keepingCapacity: true) }

    /// Adds what a field of `kind` holding `value` teaches about the record.
    mutating func learn(_ value: UnsafeBufferPointer<UInt8>, kind: EntityKind) {
        var lowered: [UInt8] = []
        lowered.reserveCapacity(value.count)
        var previous: UInt8 = 0
        for byte in value {
            lowered.append(Self.folded(byte, after: previous))
            previous = byte
        }
        switch kind {
        case .person:
            add(lowered, kind)
            let parts = lowered.split(whereSeparator: { $0 == 0x20 || $0 == 0x2C || $0 == 0x09 })
            if parts.count > 1 {
                for part in parts where Self.letterCount(part) >= 2 && !CommonWords.contains(Array(part)) {
                    add(Array(part), kind)
                }
            }
        case .location, .streetAddress:
            add(lowered, kind)
        case .email:
            if let at = lowered.firstIndex(of: UInt8(ascii: "@")) {
                let local = Array(lowered[..<at])
                if local.count >= 4, !CommonWords.contains(local) { add(local, .email) }
            }
        default:
            break
        }
    }

    private mutating func add(_ bytes: [UInt8], _ kind: EntityKind) {
        // Redacted values (`[PERSON]`, `[EMAIL]@contoso.com`, `j***`) teach nothing: re-redacting stays idempotent.
        guard Self.letterCount(bytes[...]) >= 2, !CommonWords.contains(bytes),
            !bytes.contains(where: { $0 == UInt8(ascii: "[") || $0 == UInt8(ascii: "]") || $0 == UInt8(ascii: "*") }),
            !entries.contains(where: { $0.bytes == bytes })
        else { return }
        entries.append((bytes, kind))
    }

    /// Appends the occurrences of known values in `text` to `findings` (unsorted; overlaps resolved by the caller).
    func findings(in text: UnsafeBufferPointer<UInt8>, into findings: inout [Finding]) {
        for entry in entries where entry.bytes.count <= text.count {
            let first = entry.bytes[0]
            var start = 0
            let last = text.count - entry.bytes.count
            while start <= last {
                if Self.folded(text[start], after: 0) == first, Self.matches(entry.bytes, in: text, at: start),
                    start == 0 || !Self.isWordByte(text[start - 1]),
                    start + entry.bytes.count == text.count || !Self.isWordByte(text[start + entry.bytes.count])
                {
                    findings.append(Finding(
                        kind: entry.kind, range: start..<(start + entry.bytes.count), detectorID: Self.detectorID,
                        confidence: Self.confidence))
                    start += entry.bytes.count
                } else {
                    start += 1
                }
            }
        }
    }

    private static func matches(_ bytes: [UInt8], in text: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        var previous: UInt8 = 0
        for index in bytes.indices {
            let byte = text[start + index]
            if folded(byte, after: previous) != bytes[index] { return false }
            previous = byte
        }
        return true
    }

    /// Lower case for ASCII letters and for Latin-1 capitals (`À`–`Þ`, UTF-8 `C3 80`–`C3 9E` except `×`), given the
    /// byte before.
    private static func folded(_ byte: UInt8, after previous: UInt8) -> UInt8 {
        if byte >= 0x41 && byte <= 0x5A { return byte | 0x20 }
        if previous == 0xC3, byte >= 0x80, byte <= 0x9E, byte != 0x97 { return byte + 0x20 }
        return byte
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
    }

    private static func letterCount(_ bytes: ArraySlice<UInt8>) -> Int {
        bytes.reduce(0) { $0 + (((($1 | 0x20) >= 0x61 && ($1 | 0x20) <= 0x7A) || $1 >= 0xC0) ? 1 : 0) }
    }
}
