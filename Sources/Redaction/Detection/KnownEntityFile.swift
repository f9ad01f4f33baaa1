import Foundation

/// Reads the entries of a ``KnownEntityDetector`` from a file exported from a CRM or user directory:
/// - CSV (`.csv`): a header row naming what each column holds, then one entity per row
///   (`name,email,phone,account_id`);
/// - JSON Lines (any other extension): one object per line whose keys name what each value holds
///   (`{"name":"Jane Doe","email":"jane@contoso.com"}`); string and number values are read, others ignored.
///
/// A column or key is read as the kind its name says, like a record's field names (`email` → `EMAIL`,
/// `phone` → `PHONE`, `first_name`/`name`/`full_name` → `PERSON`, `city` → `LOCATION`); any other name becomes a
/// kind of its own, upper-cased (`account_id` → `ACCOUNT_ID`). Empty values are skipped.
public enum KnownEntityFile {
    /// The entries of the file at `path`.
    ///
    /// - Throws: ``RedactionError/Code/invalidConfiguration`` naming the file and line (never a value) when it
    ///   cannot be read or a line is not valid CSV/JSON.
    public static func load(path: String) throws(RedactionError) -> [(value: String, kind: EntityKind)] {
        var entries: [(value: String, kind: EntityKind)] = []
        try forEachEntry(path: path) { entries.append(($0, $1)) }
        return entries
    }

    /// Adds the entries of the file at `path` to `builder`, one at a time.
    public static func add(path: String, to builder: inout KnownEntityDetector.Builder) throws(RedactionError) {
        try forEachEntry(path: path) { builder.add($0, kind: $1) }
    }

    /// Calls `body` with each entry of the file at `path`, in file order.
    static func forEachEntry(path: String, _ body: (String, EntityKind) -> Void) throws(RedactionError) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw RedactionError(.invalidConfiguration, reason: "cannot read known-entities file \(path)")
        }
        let bytes = [UInt8](data)
        if path.lowercased().hasSuffix(".csv") {
            try csvEntries(bytes, path: path, body)
        } else {
            try jsonLinesEntries(bytes, path: path, body)
        }
    }

    /// Calls `body` with each line of `bytes` (without its newline) and its 1-based number.
    private static func forEachLine(
        _ bytes: [UInt8], _ body: (ArraySlice<UInt8>, Int) throws(RedactionError) -> Void
    ) throws(RedactionError) {
        var start = 0, number = 0
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            number += 1
            try body(bytes[start..<end], number)
            start = end + 1
        }
    }

    /// The kind a column or key name stands for.
    static func kind(forColumn name: String) -> EntityKind {
        let normalized = PersonalFieldNames.normalize(name.utf8)
        if ["name", "fullname", "firstname", "lastname", "givenname", "surname", "familyname", "displayname",
            "customername", "contactname"].contains(normalized)
        {
            return .person
        }
        if let kind = PersonalFieldNames.standard.kind(forKey: normalized, parent: nil) { return kind }
        let upper = name.uppercased().map { $0.isLetter || $0.isNumber ? $0 : "_" }
        return EntityKind(rawValue: String(upper))
    }

    private static func csvEntries(
        _ bytes: [UInt8], path: String, _ body: (String, EntityKind) -> Void
    ) throws(RedactionError) {
        var kinds: [EntityKind] = []
        var fields: [CSVRecord.Field] = []
        var decoded: [UInt8] = []
        var values: [String] = []
        try forEachLine(bytes) { (line, lineNumber) throws(RedactionError) in
            guard !line.isEmpty, !(line.count == 1 && line.first == 0x0D) else { return }
            let failure: JSONSyntaxError? = line.withUnsafeBufferPointer { buffer in
                do throws(JSONSyntaxError) {
                    try CSVRecord.split(buffer, into: &fields)
                    return nil
                } catch {
                    return error
                }
            }
            if let failure {
                throw RedactionError(.invalidConfiguration, reason: "\(path):\(lineNumber): \(failure.reason)")
            }
            values.removeAll(keepingCapacity: true)
            line.withUnsafeBufferPointer { buffer in
                for field in fields {
                    decoded.removeAll(keepingCapacity: true)
                    CSVRecord.decode(UnsafeBufferPointer(rebasing: buffer[field.range]), quoted: field.quoted, into: &decoded)
                    values.append(String(decoding: decoded, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
                }
            }
            if kinds.isEmpty {
                kinds = values.map(kind(forColumn:))
                return
            }
            for (index, value) in values.enumerated() where index < kinds.count && !value.isEmpty {
                body(value, kinds[index])
            }
        }
    }

    private static func jsonLinesEntries(
        _ bytes: [UInt8], path: String, _ body: (String, EntityKind) -> Void
    ) throws(RedactionError) {
        var kinds: [String: EntityKind] = [:]
        try forEachLine(bytes) { (line, lineNumber) throws(RedactionError) in
            guard line.contains(where: { $0 > 0x20 }) else { return }
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
                throw RedactionError(.invalidConfiguration, reason: "\(path):\(lineNumber): not a JSON object")
            }
            for (key, value) in object.sorted(by: { $0.key < $1.key }) {
                let text: String
                switch value {
                case let string as String: text = string
                case let number as NSNumber: text = number.stringValue
                default: continue
                }
                guard !text.isEmpty else { continue }
                let kind = kinds[key] ?? kind(forColumn: key)
                kinds[key] = kind
                body(text, kind)
            }
        }
    }
}
