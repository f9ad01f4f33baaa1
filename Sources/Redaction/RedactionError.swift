/// An error from the redaction library.
///
/// Errors carry a code and context (line number, byte offset, field path, detector id, pattern offset) but never the
/// content of a record: their descriptions are safe to print and log. New codes can be added without breaking callers.
public struct RedactionError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong, as an extensible set of constants.
    public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        /// The code's name.
        public let rawValue: String
        /// Creates a code.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// The code's name.
        public var description: String { rawValue }

        /// A regular expression failed to compile (bad pattern).
        public static let invalidPattern = Code(rawValue: "invalid-pattern")
        /// A match hit PCRE2's match, depth, heap or JIT stack limit; the subject could not be fully scanned.
        public static let matchLimitExceeded = Code(rawValue: "match-limit-exceeded")
        /// Any other PCRE2 match error.
        public static let matchFailed = Code(rawValue: "match-failed")
        /// A record is not valid JSON (syntax, invalid UTF-8 in a string, nesting too deep).
        public static let invalidJSON = Code(rawValue: "invalid-json")
        /// A record is not valid CSV (text after a closing quote, an unterminated quoted field).
        public static let invalidCSV = Code(rawValue: "invalid-csv")
        /// A line was longer than the configured maximum.
        public static let lineTooLong = Code(rawValue: "line-too-long")
        /// Reading input failed.
        public static let readFailed = Code(rawValue: "read-failed")
        /// Compressed input (gzip) is corrupt or ends inside a member.
        public static let corruptCompression = Code(rawValue: "corrupt-compression")
        /// Writing output failed.
        public static let writeFailed = Code(rawValue: "write-failed")
        /// The reader of our output went away (EPIPE). Callers usually stop quietly.
        public static let brokenPipe = Code(rawValue: "broken-pipe")
        /// A configuration value was invalid.
        public static let invalidConfiguration = Code(rawValue: "invalid-configuration")
        /// An encrypted token could not be opened: made with another key, or altered.
        public static let revealFailed = Code(rawValue: "reveal-failed")
        /// Verification (`verify`) found personal data in a record after it was redacted.
        public static let verificationFailed = Code(rawValue: "verification-failed")
    }

    /// What went wrong.
    public var code: Code
    /// A human-readable reason without record content (e.g. PCRE2's message, `errno` text).
    public var reason: String
    /// 1-based line number of the record, when known.
    public var lineNumber: Int?
    /// Absolute byte offset in the input, when known.
    public var byteOffset: Int?
    /// Detector involved, when any.
    public var detectorID: DetectorID?
    /// Offset in a pattern (for pattern errors).
    public var patternOffset: Int?

    /// Creates an error.
    public init(
        _ code: Code, reason: String, lineNumber: Int? = nil, byteOffset: Int? = nil, detectorID: DetectorID? = nil,
        patternOffset: Int? = nil
    ) {
        self.code = code
        self.reason = reason
        self.lineNumber = lineNumber
        self.byteOffset = byteOffset
        self.detectorID = detectorID
        self.patternOffset = patternOffset
    }

    /// `code: reason (line N, byte offset M, detector D)` — never record content.
    public var description: String {
        var context: [String] = []
        if let lineNumber { context.append("line \(lineNumber)") }
        if let byteOffset { context.append("byte offset \(byteOffset)") }
        if let detectorID { context.append("detector \(detectorID)") }
        if let patternOffset { context.append("pattern offset \(patternOffset)") }
        return context.isEmpty ? "\(code): \(reason)" : "\(code): \(reason) (\(context.joined(separator: ", ")))"
    }

    /// The same error with the record's position filled in.
    public func at(lineNumber: Int?, byteOffset: Int?) -> RedactionError {
        var copy = self
        copy.lineNumber = lineNumber ?? copy.lineNumber
        copy.byteOffset = byteOffset ?? copy.byteOffset
        return copy
    }

    init(_ error: PCRE2Error, detectorID: DetectorID?) {
        switch error.operation {
        case .compile:
            self.init(.invalidPattern, reason: error.description, detectorID: detectorID,
                      patternOffset: error.patternOffset)
        case .match, .allocate:
            self.init(error.isResourceLimit ? .matchLimitExceeded : .matchFailed, reason: error.description,
                      detectorID: detectorID)
        }
    }
}
