/// One generated support case: its JSON line and the ground truth of what was planted in it.
public struct GeneratedRecord: Sendable, Hashable {
    /// One JSON object on one line, without the trailing newline. Non-ASCII text is raw UTF-8; only `"`, `\` and
    /// control characters are escaped.
    public let line: String
    /// The language of the record's free text.
    public let locale: RecordLocale
    /// Every piece of personal data in the line, in order of ``PlantedValue/offset``.
    public let planted: [PlantedValue]
    /// Every look-alike that is *not* personal data and must survive redaction, in order of ``Decoy/offset``.
    public let decoys: [Decoy]

    /// Creates a record; the generator is the usual source.
    public init(line: String, locale: RecordLocale, planted: [PlantedValue], decoys: [Decoy]) {
        self.line = line
        self.locale = locale
        self.planted = planted
        self.decoys = decoys
    }

    /// The record's ground truth as one JSON object on one line (no trailing newline), the format of
    /// `Samples/cases.truth.jsonl`:
    ///
    ///     {"line":1,"locale":"de","planted":[{"kind":"EMAIL","form":"plain","field":"customer.email",
    ///      "offset":212,"value":"jane.doe@contoso.com"},…],"decoys":[{"kind":"TIMESTAMP",
    ///      "field":"created_at","offset":40,"value":"2024-03-05T14:22:31Z"},…]}
    ///
    /// `line` is the 1-based line number of the record in its JSONL file. Keys always appear in this order.
    public func groundTruthLine(lineNumber: Int) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(64 + 96 * (planted.count + decoys.count))
        out.appendASCII("{\"line\":")
        out.appendASCII(String(lineNumber))
        out.appendASCII(",\"locale\":")
        out.appendJSONString(locale.rawValue)
        out.appendASCII(",\"planted\":[")
        for (index, value) in planted.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            out.appendASCII("{\"kind\":")
            out.appendJSONString(value.kind)
            out.appendASCII(",\"form\":")
            out.appendJSONString(value.form)
            out.appendASCII(",\"field\":")
            out.appendJSONString(value.field)
            out.appendASCII(",\"offset\":")
            out.appendASCII(String(value.offset))
            out.appendASCII(",\"value\":")
            out.appendJSONString(value.value)
            out.append(UInt8(ascii: "}"))
        }
        out.appendASCII("],\"decoys\":[")
        for (index, decoy) in decoys.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            out.appendASCII("{\"kind\":")
            out.appendJSONString(decoy.kind)
            out.appendASCII(",\"field\":")
            out.appendJSONString(decoy.field)
            out.appendASCII(",\"offset\":")
            out.appendASCII(String(decoy.offset))
            out.appendASCII(",\"value\":")
            out.appendJSONString(decoy.value)
            out.append(UInt8(ascii: "}"))
        }
        out.appendASCII("]}")
        return String(decoding: out, as: UTF8.self)
    }
}

/// A piece of personal data planted in a record.
///
/// `value` occurs verbatim in ``GeneratedRecord/line`` at byte ``offset`` (planted values never contain `"`, `\`
/// or control characters, so the raw line and the JSON-decoded field text spell them the same way). No planted value
/// contains a decoy of the same record and no decoy contains a planted value.
public struct PlantedValue: Sendable, Hashable {
    /// The entity kind, as `EntityKind` spells it: `EMAIL`, `IPV4`, `IPV6`, `PHONE`, `CASE_NUMBER`, `CREDIT_CARD`,
    /// `US_SSN`, `IBAN`, `MAC_ADDRESS`, `URL_CREDENTIALS`, `SECRET`, `GEO_COORDINATES`, and, for names and places
    /// (no detector yet), `PERSON`, `LOCATION`, `STREET_ADDRESS`.
    public let kind: String
    /// The exact text, e.g. `jane.doe@contoso.com`, `jane [at] contoso [dot] com` or `+49 30 1234567`.
    ///
    /// Only the personal part: labels stay outside (`SSN 123456789` → `123456789`, `password: x` → `x`,
    /// `mailto:a@b.com` → `a@b.com`); for `URL_CREDENTIALS` it is the `user:password` part of the URL.
    /// Ports and zone ids belong to the address (`203.0.113.7:8443`, `fe80::1%eth0`, `[2001:db8::5]:443`).
    public let value: String
    /// Where it is: a JSON path such as `customer.email`, `description` or `internal_notes[1]`.
    public let field: String
    /// How it is written, e.g. `plain`, `obfuscated-at-dot`, `fullwidth`, `zero-width`, `e164`, `national-de`
    /// (see ``SupportCaseGenerator/forms``).
    public let form: String
    /// The UTF-8 byte offset of `value` in the record's line.
    public let offset: Int

    /// Creates a planted value.
    public init(kind: String, value: String, field: String, form: String, offset: Int) {
        self.kind = kind
        self.value = value
        self.field = field
        self.form = form
        self.offset = offset
    }
}

/// A look-alike of personal data that is not personal and must come out of redaction unchanged.
public struct Decoy: Sendable, Hashable {
    /// `VERSION`, `KB_NUMBER`, `GUID`, `HEX_ERROR`, `TIMESTAMP`, `SKU`, `AMOUNT`, `LUHN_INVALID`, `DATE`, `TIME`,
    /// `BUILD` or `ORDER_NUMBER`.
    public let kind: String
    /// The exact text, e.g. `6.1.7601.17514`, `KB5034441`, `0x80070005`, `$1,234.56`; occurs at ``offset``.
    public let value: String
    /// Where it is: a JSON path such as `created_at` or `description`.
    public let field: String
    /// The UTF-8 byte offset of `value` in the record's line.
    public let offset: Int

    /// Creates a decoy.
    public init(kind: String, value: String, field: String, offset: Int) {
        self.kind = kind
        self.value = value
        self.field = field
        self.offset = offset
    }
}

extension [UInt8] {
    @inline(__always)
    mutating func appendASCII(_ text: String) {
        append(contentsOf: text.utf8)
    }

    /// Appends `text` as a JSON string literal: `"` and `\` escaped, control characters as `\n`, `\t`, `\r`, `\b`,
    /// `\f` or `\u00XX`, everything else (including non-ASCII) as raw UTF-8.
    mutating func appendJSONString(_ text: String) {
        append(UInt8(ascii: "\""))
        for byte in text.utf8 { appendJSONEscaped(byte) }
        append(UInt8(ascii: "\""))
    }

    /// Appends one byte of string content, escaped as JSON requires.
    @inline(__always)
    mutating func appendJSONEscaped(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""): append(contentsOf: [0x5C, 0x22])
        case UInt8(ascii: "\\"): append(contentsOf: [0x5C, 0x5C])
        case 0x0A: append(contentsOf: [0x5C, UInt8(ascii: "n")])
        case 0x0D: append(contentsOf: [0x5C, UInt8(ascii: "r")])
        case 0x09: append(contentsOf: [0x5C, UInt8(ascii: "t")])
        case 0x08: append(contentsOf: [0x5C, UInt8(ascii: "b")])
        case 0x0C: append(contentsOf: [0x5C, UInt8(ascii: "f")])
        case 0x00..<0x20:
            let hex: [UInt8] = Array("0123456789abcdef".utf8)
            append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
        default: append(byte)
        }
    }
}
