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
                classifyFields(record, &scratch, &decoded)
                // Declared once: an optional existential declared per value is destroyed per value, nil or not.
                var fieldOperator: (any RedactionOperator)?
                for (index, token) in scratch.tokens.enumerated() {
                    let isString = token.kind != .number
                    let content = isString ? (token.range.lowerBound + 1)..<(token.range.upperBound - 1) : token.range
                    // Most values are left as they are: clearing an empty buffer would still check it is unique.
                    if !redacted.isEmpty { redacted.removeAll(keepingCapacity: true) }
                    var ruleKind: EntityKind?
                    if !fieldRules.isEmpty { fieldOperator = nil }
                    if !fieldRules.isEmpty, token.kind != .key {
                        let valuePath = path(of: token, in: record, tokens: scratch.tokens, &decoded)
                        switch fieldRules.decision(for: valuePath) {
                        case .leave: continue
                        case .redact(let kind): ruleKind = kind
                        case .scan: break
                        }
                        fieldOperator = fieldRules.rewriter(for: valuePath)
                    }
                    // Whether the value had findings: then `redacted` holds its rewritten form and their kinds are in
                    // `scratch.findingKinds`. Findings are not gathered into an array of their own (one allocation
                    // per value with findings).
                    let rewritten: Bool
                    if token.kind != .key, !content.isEmpty, !Self.isKindTag(record[token.range]),
                        let kind = ruleKind ?? scratch.tokenKinds[index]
                    {
                        // A field rule or the key's name says the value is personal: it goes whole, decoded (so a
                        // pseudonym or token is of the value, the same as where it appears in text).
                        decoded.removeAll(keepingCapacity: true)
                        if token.hasEscapes {
                            JSONString.decode(UnsafeBufferPointer(rebasing: record[content]), into: &decoded)
                        } else {
                            decoded.append(contentsOf: UnsafeBufferPointer(rebasing: record[content]))
                        }
                        rewritten = try decoded.withUnsafeBufferPointer { (value) throws(RedactionError) in
                            if try isAllowed(value, scratch: &scratch.detection) { return false }
                            let whole = replaceWhole(value, kind: kind, into: &redacted, using: fieldOperator)
                            if scratch.collectsDetails {
                                try collectDetails(
                                    [whole], in: value, scanned: false, path: jsonPath(of: token, record, &scratch),
                                    &scratch)
                            }
                            scratch.findingKinds.append(whole.kind)
                            return true
                        }
                    } else if token.hasEscapes {
                        decoded.removeAll(keepingCapacity: true)
                        JSONString.decode(UnsafeBufferPointer(rebasing: record[content]), into: &decoded)
                        rewritten = try decoded.withUnsafeBufferPointer { (text) throws(RedactionError) in
                            try scanAndRewrite(text, token, record, &scratch, into: &redacted, using: fieldOperator)
                        }
                    } else {
                        // Most values hold nothing: they are scanned in place and never copied.
                        rewritten = try scanAndRewrite(
                            UnsafeBufferPointer(rebasing: record[content]), token, record, &scratch, into: &redacted,
                            using: fieldOperator)
                    }
                    guard rewritten else { continue }
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

    /// Scans a value's `text` (with the record's known values), and when anything is found writes its rewritten,
    /// settled form into `redacted` and the findings' kinds into `scratch.findingKinds`; whether anything was found.
    private func scanAndRewrite(
        _ text: UnsafeBufferPointer<UInt8>, _ token: JSONToken, _ record: UnsafeBufferPointer<UInt8>,
        _ scratch: inout RecordScratch, into redacted: inout [UInt8], using fieldOperator: (any RedactionOperator)?
    ) throws(RedactionError) -> Bool {
        // The findings are let go before settling: the array shares the detection scratch's buffer, which the
        // settling scan then clears in place instead of allocating another.
        do {
            let found = try scan(text, scratch: &scratch.detection, dictionary: scratch.dictionary)
            if scratch.collectsDetails {
                try collectDetails(
                    found, in: text, scanned: true, path: jsonPath(of: token, record, &scratch), &scratch)
            }
            guard !found.isEmpty else { return false }
            rewrite(text, replacing: found, into: &redacted, using: fieldOperator)
            for finding in found { scratch.findingKinds.append(finding.kind) }
        }
        let settled = try settle(
            &redacted, from: 0, scratch: &scratch.detection, dictionary: scratch.dictionary, using: fieldOperator)
        for finding in settled { scratch.findingKinds.append(finding.kind) }
        return true
    }

    /// Decides once per value what its field name says it is (``RecordScratch`` `tokenKinds`), and fills the record
    /// dictionary from the values of personal fields (record-scoped propagation).
    private func classifyFields(
        _ record: UnsafeBufferPointer<UInt8>, _ scratch: inout RecordScratch, _ decoded: inout [UInt8]
    ) {
        scratch.dictionary.removeAll()
        scratch.tokenKinds.removeAll(keepingCapacity: true)
        guard fieldNames != nil else {
            scratch.tokenKinds.append(contentsOf: repeatElement(nil, count: scratch.tokens.count))
            return
        }
        for token in scratch.tokens {
            let kind = token.kind == .key ? nil : fieldKind(of: token, in: record, &scratch, &decoded)
            scratch.tokenKinds.append(kind)
            guard propagatesFieldValues, token.kind == .string, let kind else { continue }
            let content = UnsafeBufferPointer(rebasing: record[(token.range.lowerBound + 1)..<(token.range.upperBound - 1)])
            guard token.hasEscapes else {
                scratch.dictionary.learn(content, kind: kind)
                continue
            }
            decoded.removeAll(keepingCapacity: true)
            JSONString.decode(content, into: &decoded)
            decoded.withUnsafeBufferPointer { scratch.dictionary.learn($0, kind: kind) }
        }
    }

    /// The kind the value's key (and, for `name`, its parent key) says it is.
    private func fieldKind(
        of token: JSONToken, in record: UnsafeBufferPointer<UInt8>, _ scratch: inout RecordScratch,
        _ decoded: inout [UInt8]
    ) -> EntityKind? {
        // The names are read through the optional, not bound: binding copies the struct, retaining its tables on
        // every value of every record.
        guard token.key >= 0, let owner = fieldNames?.identity else { return nil }
        let keyToken = scratch.tokens[token.key]
        let parentToken = keyToken.key >= 0 ? scratch.tokens[keyToken.key] : nil
        // Every record repeats the same keys: the decision for a (parent, key) pair of raw bytes is memoised, under
        // the parent's raw content preceded by its length (0xFF: no parent), then the key's raw content.
        let keyContent = UnsafeBufferPointer(
            rebasing: record[(keyToken.range.lowerBound + 1)..<(keyToken.range.upperBound - 1)])
        let parentContent = parentToken.map {
            UnsafeBufferPointer(rebasing: record[($0.range.lowerBound + 1)..<($0.range.upperBound - 1)])
        } ?? UnsafeBufferPointer(rebasing: record[0..<0])
        let memoised = 1 + parentContent.count + keyContent.count <= ShortBytesCache<EntityKind?>.maximumKeyLength
        if scratch.fieldKindsOwner !== owner {
            scratch.fieldKinds.removeAll()
            scratch.fieldKindsOwner = owner
        }
        let tag = parentToken == nil ? 0xFF : UInt8(truncatingIfNeeded: parentContent.count)
        let named: EntityKind?
        let (memo, place) = memoised
            ? scratch.fieldKinds.value(for: tag, parentContent, keyContent) : (nil, nil)
        if let known = memo {
            named = known
        } else {
            normalizedName(of: keyToken, record, &decoded, into: &scratch.keyName)
            if let parentToken {
                normalizedName(of: parentToken, record, &decoded, into: &scratch.parentName)
                named = fieldNames?.kind(forNormalizedKey: scratch.keyName, parent: scratch.parentName)
            } else {
                named = fieldNames?.kind(forNormalizedKey: scratch.keyName, parent: nil)
            }
            if let place { scratch.fieldKinds.store(named, for: tag, parentContent, keyContent, at: place) }
        }
        return named.map { Self.refine($0, value: record[token.range]) }
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

    /// The field path of a token for reports: keys from the root joined by `.`, `[*]` after array elements, `(key)`
    /// for a key itself. A key holding personal data itself appears masked.
    private func jsonPath(
        of token: JSONToken, _ record: UnsafeBufferPointer<UInt8>, _ scratch: inout RecordScratch
    ) throws(RedactionError) -> String {
        var decoded: [UInt8] = []
        var segments: [String] = []
        var inArray = token.inArray
        var keyIndex = token.key
        if token.kind == .key {
            segments.append("(key)")
            inArray = false
        }
        while keyIndex >= 0 {
            let key = scratch.tokens[keyIndex]
            let content = UnsafeBufferPointer(rebasing: record[(key.range.lowerBound + 1)..<(key.range.upperBound - 1)])
            if key.hasEscapes {
                decoded.removeAll(keepingCapacity: true)
                JSONString.decode(content, into: &decoded)
            }
            let name = try (key.hasEscapes ? decoded : Array(content)).withUnsafeBufferPointer {
                (name) throws(RedactionError) in
                let clean = try detectors.findings(in: name, scratch: &scratch.detection).isEmpty
                return clean ? String(decoding: name, as: UTF8.self) : MaskedPreview.mask(name)
            }
            segments.append(inArray ? name + "[*]" : name)
            inArray = key.inArray
            keyIndex = key.key
        }
        return segments.reversed().joined(separator: ".")
    }

    /// Whether `value` (a JSON token) is already a kind tag such as `"[EMAIL]"`; such values are left alone so that
    /// redacting redacted output changes nothing.
    static func isKindTag(_ value: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        // Read by index: most values fail at their second byte.
        let start = value.startIndex, end = value.endIndex
        guard end - start >= 5, value[start + 1] == UInt8(ascii: "["), value[start] == UInt8(ascii: "\""),
            value[end - 1] == UInt8(ascii: "\""), value[end - 2] == UInt8(ascii: "]")
        else { return false }
        return value[(start + 2)..<(end - 2)].allSatisfy {
            ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: "_")
        }
    }
}
