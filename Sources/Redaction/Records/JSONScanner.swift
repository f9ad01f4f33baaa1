import CByteScan

/// A syntax error in a JSON record: what is wrong and where (byte offset in the record). Never record content.
public struct JSONSyntaxError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is wrong, e.g. `unterminated string`.
    public let reason: String
    /// Byte offset in the record where the problem was found.
    public let offset: Int

    /// `reason at byte offset N`.
    public var description: String { "\(reason) at byte \(offset)" }
}

/// One scalar token of a JSON record that redaction may rewrite.
public struct JSONToken: Hashable, Sendable {
    /// What the token is.
    public enum Kind: Hashable, Sendable {
        /// An object key (a string).
        case key
        /// A string value.
        case string
        /// A number value.
        case number
    }

    // The one-byte fields first, then the words: 40 bytes, which a copy moves as 32 and 8 that do not overlap (at 49
    // bytes, two overlapping 32-byte moves left each field load spanning both stores, a stall per token read).
    /// What the token is.
    public let kind: Kind
    /// For strings: whether the content contains a backslash escape (and must be decoded before scanning).
    public let hasEscapes: Bool
    /// For a value: it is an element of an array. For a key: the object it is in is an element of an array.
    public let inArray: Bool
    /// The token's bytes in the record; for strings including both quotes.
    public let range: Range<Int>
    /// Nesting depth: 1 inside the top-level object or array.
    public let depth: Int
    /// Index (in the token list) of the key this token belongs to, or -1: for a value, its key (for elements of an
    /// array, the array's key); for a key, the key of the object it is in.
    public let key: Int

    init(kind: Kind, range: Range<Int>, hasEscapes: Bool, depth: Int, key: Int, inArray: Bool) {
        self.kind = kind
        self.hasEscapes = hasEscapes
        self.inArray = inArray
        self.range = range
        self.depth = depth
        self.key = key
    }
}

/// Validates one JSON text (RFC 8259) at the byte level and lists its keys, strings and numbers — no Foundation, no
/// allocation beyond the reusable token and container arrays.
///
/// Strict: strings must be valid UTF-8 without raw control characters, escapes must be valid (`\uXXXX` needs four
/// hex digits; lone surrogates are accepted as JSON allows them), numbers follow the JSON grammar, and nothing but
/// whitespace may follow the top-level value. Nesting deeper than `maxDepth` is an error, so a hostile record cannot
/// exhaust memory or the stack (the container stack is an array, not recursion). A record of only whitespace is valid
/// and has no tokens.
public struct JSONScanner: Sendable {
    /// Deepest nesting of objects and arrays accepted.
    public let maxDepth: Int

    /// Creates a scanner.
    public init(maxDepth: Int = 10_000) { self.maxDepth = maxDepth }

    /// Scans `bytes`, replacing the contents of `tokens` with the record's keys, strings and numbers in order.
    public func scan(
        _ bytes: UnsafeBufferPointer<UInt8>, tokens: inout [JSONToken], containers: inout [UInt8],
        owners: inout [Int]
    ) throws(JSONSyntaxError) {
        tokens.removeAll(keepingCapacity: true)
        containers.removeAll(keepingCapacity: true)
        owners.removeAll(keepingCapacity: true)
        var pendingKey = -1
        // Each open container is its opening byte, with the high bit set when it is itself an array element.
        let elementBit: UInt8 = 0x80
        func closeContainer() {
            containers.removeLast()
            owners.removeLast()
        }
        /// Whether a value at this point is an array element.
        func inArray() -> Bool { containers.last.map { $0 & ~elementBit } == UInt8(ascii: "[") }
        /// The key a value at this point belongs to.
        func valueOwner() -> Int {
            guard let container = containers.last else { return -1 }
            return container & ~elementBit == UInt8(ascii: "{") ? pendingKey : owners[owners.count - 1]
        }
        let count = bytes.count
        var index = Self.skipWhitespace(bytes, 0)
        if index == count { return }

        enum Expect { case value, valueOrClose, key, keyOrClose, colon, afterValue }
        var expect = Expect.value
        while true {
            index = Self.skipWhitespace(bytes, index)
            if expect == .afterValue && containers.isEmpty {
                guard index == count else { throw JSONSyntaxError(reason: "unexpected data after the value", offset: index) }
                return
            }
            guard index < count else { throw JSONSyntaxError(reason: "unexpected end of record", offset: index) }
            let byte = bytes[index]
            switch expect {
            case .value, .valueOrClose:
                if expect == .valueOrClose, byte == UInt8(ascii: "]") {
                    closeContainer()
                    index += 1
                    expect = .afterValue
                    continue
                }
                switch byte {
                case UInt8(ascii: "{"), UInt8(ascii: "["):
                    guard containers.count < maxDepth else {
                        throw JSONSyntaxError(reason: "nesting deeper than \(maxDepth)", offset: index)
                    }
                    owners.append(valueOwner())
                    containers.append(inArray() ? byte | elementBit : byte)
                    index += 1
                    expect = byte == UInt8(ascii: "{") ? .keyOrClose : .valueOrClose
                case UInt8(ascii: "\""):
                    let (end, escaped) = try Self.scanString(bytes, index)
                    tokens.append(JSONToken(kind: .string, range: index..<end, hasEscapes: escaped,
                                            depth: containers.count, key: valueOwner(), inArray: inArray()))
                    index = end
                    expect = .afterValue
                case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                    let end = try Self.scanNumber(bytes, index)
                    tokens.append(JSONToken(kind: .number, range: index..<end, hasEscapes: false,
                                            depth: containers.count, key: valueOwner(), inArray: inArray()))
                    index = end
                    expect = .afterValue
                case UInt8(ascii: "t"): index = try Self.scanLiteral(bytes, index, "true"); expect = .afterValue
                case UInt8(ascii: "f"): index = try Self.scanLiteral(bytes, index, "false"); expect = .afterValue
                case UInt8(ascii: "n"): index = try Self.scanLiteral(bytes, index, "null"); expect = .afterValue
                default: throw JSONSyntaxError(reason: "expected a value", offset: index)
                }
            case .key, .keyOrClose:
                if expect == .keyOrClose, byte == UInt8(ascii: "}") {
                    closeContainer()
                    index += 1
                    expect = .afterValue
                    continue
                }
                guard byte == UInt8(ascii: "\"") else { throw JSONSyntaxError(reason: "expected a key", offset: index) }
                let (end, escaped) = try Self.scanString(bytes, index)
                pendingKey = tokens.count
                tokens.append(JSONToken(kind: .key, range: index..<end, hasEscapes: escaped, depth: containers.count,
                                        key: owners[owners.count - 1],
                                        inArray: containers[containers.count - 1] & elementBit != 0))
                index = end
                expect = .colon
            case .colon:
                guard byte == UInt8(ascii: ":") else { throw JSONSyntaxError(reason: "expected ':'", offset: index) }
                index += 1
                expect = .value
            case .afterValue:
                let container = containers[containers.count - 1] & ~elementBit
                if byte == UInt8(ascii: ",") {
                    index += 1
                    expect = container == UInt8(ascii: "{") ? .key : .value
                } else if (byte == UInt8(ascii: "}") && container == UInt8(ascii: "{"))
                    || (byte == UInt8(ascii: "]") && container == UInt8(ascii: "["))
                {
                    closeContainer()
                    index += 1
                } else {
                    throw JSONSyntaxError(reason: "expected ',' or the end of the container", offset: index)
                }
            }
        }
    }

    @inline(__always)
    static func skipWhitespace(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int {
        var index = start
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return index
            }
        }
        return index
    }

    /// Scans the string starting at the quote at `start`; returns the index after its closing quote and whether it
    /// contains escapes.
    static func scanString(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) throws(JSONSyntaxError) -> (Int, Bool) {
        var index = start + 1
        var escaped = false
        let count = bytes.count
        while index < count {
            // Past plain ASCII sixteen bytes at a time (`CByteScan`), to the first `"`, `\\`, control character or byte
            // ≥ 0x80.
            index = redact_string_attention(bytes.baseAddress, count, index)
            guard index < count else { break }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") { return (index + 1, escaped) }
            if byte == UInt8(ascii: "\\") {
                escaped = true
                guard index + 1 < count else { break }
                switch bytes[index + 1] {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
                    UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                    index += 2
                case UInt8(ascii: "u"):
                    guard index + 5 < count, (2...5).allSatisfy({ JSONString.hexValue(bytes[index + $0]) != nil }) else {
                        throw JSONSyntaxError(reason: "invalid \\u escape", offset: index)
                    }
                    index += 6
                default:
                    throw JSONSyntaxError(reason: "invalid escape", offset: index)
                }
            } else if byte < 0x20 {
                throw JSONSyntaxError(reason: "control character in string", offset: index)
            } else if byte < 0x80 {
                index += 1
            } else {
                guard let length = UTF8Validation.sequenceLength(bytes, index) else {
                    throw JSONSyntaxError(reason: "invalid UTF-8", offset: index)
                }
                index += length
            }
        }
        throw JSONSyntaxError(reason: "unterminated string", offset: start)
    }

    static func scanNumber(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) throws(JSONSyntaxError) -> Int {
        var index = start
        let count = bytes.count
        func isDigit(_ i: Int) -> Bool { i < count && bytes[i] >= 0x30 && bytes[i] <= 0x39 }
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard isDigit(index) else { throw JSONSyntaxError(reason: "invalid number", offset: start) }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
        } else {
            while isDigit(index) { index += 1 }
        }
        if index < count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard isDigit(index) else { throw JSONSyntaxError(reason: "invalid number", offset: start) }
            while isDigit(index) { index += 1 }
        }
        if index < count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            if index < count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard isDigit(index) else { throw JSONSyntaxError(reason: "invalid number", offset: start) }
            while isDigit(index) { index += 1 }
        }
        return index
    }

    static func scanLiteral(
        _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ literal: StaticString
    ) throws(JSONSyntaxError) -> Int {
        let length = literal.utf8CodeUnitCount
        guard start + length <= bytes.count else { throw JSONSyntaxError(reason: "invalid literal", offset: start) }
        let expected = UnsafeBufferPointer(start: literal.utf8Start, count: length)
        for offset in 0..<length where bytes[start + offset] != expected[offset] {
            throw JSONSyntaxError(reason: "invalid literal", offset: start)
        }
        return start + length
    }
}

/// Strict UTF-8 validation of one sequence (no overlongs, no surrogates, nothing above U+10FFFF).
enum UTF8Validation {
    /// The length of the valid sequence starting at `index`, or `nil` when it is invalid.
    static func sequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int? {
        let lead = bytes[index]
        let count = bytes.count
        func continuation(_ offset: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool {
            index + offset < count && range.contains(bytes[index + offset])
        }
        switch lead {
        case 0xC2...0xDF: return continuation(1) ? 2 : nil
        case 0xE0: return continuation(1, 0xA0...0xBF) && continuation(2) ? 3 : nil
        case 0xE1...0xEC, 0xEE...0xEF: return continuation(1) && continuation(2) ? 3 : nil
        case 0xED: return continuation(1, 0x80...0x9F) && continuation(2) ? 3 : nil
        case 0xF0: return continuation(1, 0x90...0xBF) && continuation(2) && continuation(3) ? 4 : nil
        case 0xF1...0xF3: return continuation(1) && continuation(2) && continuation(3) ? 4 : nil
        case 0xF4: return continuation(1, 0x80...0x8F) && continuation(2) && continuation(3) ? 4 : nil
        default: return nil
        }
    }
}
