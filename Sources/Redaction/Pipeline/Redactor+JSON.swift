extension Redactor {
    /// Redacts one JSON record (one JSONL line without its newline) into `output`.
    ///
    /// Every key and string value is decoded (all escapes, surrogate pairs) and scanned; a string with findings is
    /// re-encoded with its findings replaced, every other byte is copied exactly (key order, whitespace, number
    /// formatting, untouched escapes). Numbers are scanned too: a number with a finding (a card or phone number
    /// stored as a JSON number) becomes a JSON string holding the replacement, e.g. `4111111111111111` →
    /// `"[CREDIT_CARD]"`. The kinds of the replaced findings are left in `scratch.findingKinds`.
    ///
    /// - Throws: ``RedactionError`` ``RedactionError/Code/invalidJSON`` (with the byte offset) when the record is
    ///   not valid JSON, or a detector's limit error. On error nothing is appended to `output`.
    public func redactJSON(
        _ record: UnsafeBufferPointer<UInt8>, into output: inout [UInt8], scratch: inout RecordScratch,
        scanner: JSONScanner = JSONScanner()
    ) throws(RedactionError) {
        scratch.findingKinds.removeAll(keepingCapacity: true)
        do {
            try scanner.scan(record, tokens: &scratch.tokens, containers: &scratch.containers, owners: &scratch.owners)
        } catch {
            throw RedactionError(.invalidJSON, reason: error.reason, byteOffset: error.offset)
        }
        let start = output.count
        var copied = 0
        do {
            try RecordScratch.withTextBuffers(&scratch) { (scratch, decoded, redacted) throws(RedactionError) in
                for token in scratch.tokens {
                    let isString = token.kind != .number
                    let content = isString ? (token.range.lowerBound + 1)..<(token.range.upperBound - 1) : token.range
                    redacted.removeAll(keepingCapacity: true)
                    var ruleKind: EntityKind?
                    if !fieldRules.isEmpty, token.kind != .key {
                        switch fieldRules.decision(for: path(of: token, in: record, tokens: scratch.tokens, &decoded)) {
                        case .leave: continue
                        case .redact(let kind): ruleKind = kind
                        case .scan: break
                        }
                    }
                    let findings: [Finding]
                    if token.kind != .key, !content.isEmpty, !Self.isKindTag(record[token.range]),
                        let kind = ruleKind ?? fieldKind(of: token, in: record, &scratch, &decoded)
                    {
                        // A field rule or the key's name says the value is personal: it goes whole.
                        findings = [replaceWhole(UnsafeBufferPointer(rebasing: record[content]), kind: kind, into: &redacted)]
                    } else if token.hasEscapes {
                        decoded.removeAll(keepingCapacity: true)
                        JSONString.decode(UnsafeBufferPointer(rebasing: record[content]), into: &decoded)
                        findings = try decoded.withUnsafeBufferPointer { (text) throws(RedactionError) in
                            try redact(text, into: &redacted, scratch: &scratch.detection)
                        }
                    } else {
                        findings = try redact(UnsafeBufferPointer(rebasing: record[content]), into: &redacted,
                                              scratch: &scratch.detection)
                    }
                    guard !findings.isEmpty else { continue }
                    for finding in findings { scratch.findingKinds.append(finding.kind) }
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: record[copied..<token.range.lowerBound]))
                    output.append(UInt8(ascii: "\""))
                    redacted.withUnsafeBufferPointer { JSONString.encode($0, into: &output) }
                    output.append(UInt8(ascii: "\""))
                    copied = token.range.upperBound
                }
            }
        } catch {
            output.removeSubrange(start...)
            throw error
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: record[copied...]))
    }

    /// The kind the value's key (and, for `name`, its parent key) says it is.
    private func fieldKind(
        of token: JSONToken, in record: UnsafeBufferPointer<UInt8>, _ scratch: inout RecordScratch,
        _ decoded: inout [UInt8]
    ) -> EntityKind? {
        guard fieldNames != nil, token.key >= 0 else { return nil }
        let keyToken = scratch.tokens[token.key]
        normalizedName(of: keyToken, record, &decoded, into: &scratch.keyName)
        guard keyToken.key >= 0 else { return kind(forField: scratch.keyName, parent: nil, value: record[token.range]) }
        normalizedName(of: scratch.tokens[keyToken.key], record, &decoded, into: &scratch.parentName)
        return kind(forField: scratch.keyName, parent: scratch.parentName, value: record[token.range])
    }

    /// The normalised name of a key token, into a reused buffer.
    private func normalizedName(
        of key: JSONToken, _ record: UnsafeBufferPointer<UInt8>, _ decoded: inout [UInt8], into output: inout [UInt8]
    ) {
        let content = UnsafeBufferPointer(rebasing: record[(key.range.lowerBound + 1)..<(key.range.upperBound - 1)])
        guard key.hasEscapes else {
            PersonalFieldNames.normalize(content, into: &output)
            return
        }
        decoded.removeAll(keepingCapacity: true)
        JSONString.decode(content, into: &decoded)
        PersonalFieldNames.normalize(decoded, into: &output)
    }

    /// The path of a value: its keys from the root, each flagged when the value below it is an array element.
    private func path(
        of token: JSONToken, in record: UnsafeBufferPointer<UInt8>, tokens: [JSONToken], _ decoded: inout [UInt8]
    ) -> [(key: String, inArray: Bool)] {
        var path: [(key: String, inArray: Bool)] = []
        var inArray = token.inArray
        var keyIndex = token.key
        while keyIndex >= 0 {
            let key = tokens[keyIndex]
            let content = UnsafeBufferPointer(rebasing: record[(key.range.lowerBound + 1)..<(key.range.upperBound - 1)])
            var name = String(decoding: content, as: UTF8.self)
            if key.hasEscapes {
                decoded.removeAll(keepingCapacity: true)
                JSONString.decode(content, into: &decoded)
                name = String(decoding: decoded, as: UTF8.self)
            }
            path.append((name, inArray))
            inArray = key.inArray
            keyIndex = key.key
        }
        return path.reversed()
    }

    /// Whether `value` (a JSON token) is already a kind tag such as `"[EMAIL]"`; such values are left alone so that
    /// redacting redacted output changes nothing.
    static func isKindTag(_ value: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        guard value.count >= 5, value.first == UInt8(ascii: "\""), value.last == UInt8(ascii: "\"") else { return false }
        let inner = value.dropFirst().dropLast()
        guard inner.first == UInt8(ascii: "["), inner.last == UInt8(ascii: "]") else { return false }
        return inner.dropFirst().dropLast().allSatisfy { ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: "_") }
    }
}
