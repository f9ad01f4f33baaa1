extension Redactor {
    /// Redacts one CSV record (RFC 4180; it may span lines inside quoted fields) into `output`.
    ///
    /// Each field is unquoted and scanned; a field with findings is re-encoded (quoted when it was, or when it must
    /// be), every other byte is copied exactly. With `header` (the column names of the file's first record), values
    /// of columns named like personal data are replaced whole, and field rules see the column name as the path.
    ///
    /// - Throws: ``RedactionError`` ``RedactionError/Code/invalidCSV`` with the byte offset when the record is not
    ///   valid CSV, or a detector's limit error. On error nothing is appended to `output`.
    public func redactCSV(
        _ record: UnsafeBufferPointer<UInt8>, header: [String]?, into output: inout [UInt8],
        scratch: inout RecordScratch
    ) throws(RedactionError) {
        scratch.findingKinds.removeAll(keepingCapacity: true)
        do {
            try CSVRecord.split(record, into: &scratch.fields)
        } catch {
            throw RedactionError(.invalidCSV, reason: error.reason, byteOffset: error.offset)
        }
        let start = output.count
        var copied = 0
        do {
            try RecordScratch.withTextBuffers(&scratch) { (scratch, decoded, redacted) throws(RedactionError) in
                for (column, field) in scratch.fields.enumerated() {
                    decoded.removeAll(keepingCapacity: true)
                    CSVRecord.decode(UnsafeBufferPointer(rebasing: record[field.range]), quoted: field.quoted,
                                     into: &decoded)
                    guard !decoded.isEmpty else { continue }
                    let name = header.flatMap { column < $0.count ? $0[column] : nil }
                    var kind: EntityKind?
                    var fieldOperator: (any RedactionOperator)?
                    if let name, !fieldRules.isEmpty {
                        switch fieldRules.decision(for: [(key: name, inArray: false)]) {
                        case .leave: continue
                        case .redact(let ruleKind): kind = ruleKind
                        case .scan: break
                        }
                        fieldOperator = fieldRules.rewriter(for: [(key: name, inArray: false)])
                    }
                    if kind == nil, let name {
                        PersonalFieldNames.normalize(name.utf8, into: &scratch.keyName)
                        kind = self.kind(forField: scratch.keyName, parent: nil, value: decoded)
                    }
                    if kind != nil, decoded.first == UInt8(ascii: "["), decoded.last == UInt8(ascii: "]") { continue }
                    redacted.removeAll(keepingCapacity: true)
                    var settled: [Finding] = []
                    let findings = try decoded.withUnsafeBufferPointer { (text) throws(RedactionError) in
                        let found = if let kind {
                            try isAllowed(text, scratch: &scratch.detection) ? [] : [replaceWhole(text, kind: kind, into: &redacted, using: fieldOperator)]
                        } else {
                            try redact(text, into: &redacted, scratch: &scratch.detection, using: fieldOperator, settled: &settled)
                        }
                        if scratch.collectsDetails {
                            try collectDetails(found, in: text, scanned: kind == nil, path: name ?? "", &scratch)
                        }
                        return found + settled
                    }
                    guard !findings.isEmpty else { continue }
                    for finding in findings { scratch.findingKinds.append(finding.kind) }
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: record[copied..<field.range.lowerBound]))
                    redacted.withUnsafeBufferPointer { CSVRecord.encode($0, quoted: field.quoted, into: &output) }
                    copied = field.range.upperBound
                }
            }
        } catch {
            output.removeSubrange(start...)
            throw error
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: record[copied...]))
    }

    /// Decodes a header record into column names (unquoted).
    public static func csvHeader(_ record: UnsafeBufferPointer<UInt8>) -> [String]? {
        var fields: [CSVRecord.Field] = []
        guard (try? CSVRecord.split(record, into: &fields)) != nil else { return nil }
        return fields.map { field in
            var name: [UInt8] = []
            CSVRecord.decode(UnsafeBufferPointer(rebasing: record[field.range]), quoted: field.quoted, into: &name)
            return String(decoding: name, as: UTF8.self)
        }
    }
}
