import CPCRE2

/// Options a pattern is compiled with. Built-in detectors use byte mode (no `utf`): every subject byte is a code unit,
/// so invalid UTF-8 cannot make a match fail or error. `utf` turns on PCRE2's UTF mode together with
/// `PCRE2_MATCH_INVALID_UTF`, which keeps matching safe on invalid UTF-8 (invalid sequences simply never match).
struct PatternOptions: OptionSet, Sendable, Hashable {
    let rawValue: UInt32

    static let caseless = PatternOptions(rawValue: UInt32(PCRE2_CASELESS))
    static let dotAll = PatternOptions(rawValue: UInt32(PCRE2_DOTALL))
    static let extended = PatternOptions(rawValue: UInt32(PCRE2_EXTENDED))
    static let utf = PatternOptions(rawValue: UInt32(PCRE2_UTF) | UInt32(PCRE2_MATCH_INVALID_UTF))
    static let ucp = PatternOptions(rawValue: UInt32(PCRE2_UCP))
    static let anchored = PatternOptions(rawValue: UInt32(PCRE2_ANCHORED))
    /// Lets a match call limit how far into the subject a match may start
    /// (``MatchScratch/firstMatch(of:in:from:startingAtMost:)``).
    static let offsetLimit = PatternOptions(rawValue: UInt32(PCRE2_USE_OFFSET_LIMIT))
}

/// The parts of a ``CompiledPattern`` a match call uses. Valid only while the pattern it came from is alive.
struct PatternHandle: @unchecked Sendable {
    // @unchecked: `code` is only read, by pcre2 match calls, which pcre2api allows from any thread.
    let code: OpaquePointer
    let isJITCompiled: Bool
    let captureCount: Int
    /// Whether the pattern was compiled with ``PatternOptions/offsetLimit``.
    let limitsOffsets: Bool
}

/// A compiled, JIT-compiled PCRE2 pattern (`pcre2_code`), owned by this object and freed in `deinit`.
///
/// Thread safety: pcre2api ("Multithreading") states that a compiled pattern, including its JIT code, "can be shared
/// between threads" because `pcre2_match` never modifies it. Everything a match writes lives in the per-worker
/// ``MatchScratch`` (match data, match context, JIT stack). The pointer is set once in `init` and never mutated, so
/// `@unchecked Sendable` is sound.
final class CompiledPattern: @unchecked Sendable {
    /// The `pcre2_code_8` handle. Valid for the lifetime of `self`; use it only inside `withExtendedLifetime(self)`.
    let code: OpaquePointer
    /// The pattern text (never subject data), kept for diagnostics.
    let source: String
    let options: PatternOptions
    /// Whether `pcre2_jit_compile` succeeded. When it did not, matching falls back to PCRE2's interpreter.
    let isJITCompiled: Bool
    /// Number of capturing groups in the pattern.
    let captureCount: Int
    /// PCRE2's lower bound on the length of a matching subject (`PCRE2_INFO_MINLENGTH`): a shorter subject cannot
    /// match, so the call can be skipped.
    let minimumSubjectLength: Int

    /// What a match call needs of this pattern, as plain data: a loop that keeps the pattern alive otherwise (a
    /// detector's rules) matches with it without retaining and releasing the object on every call.
    var handle: PatternHandle {
        PatternHandle(
            code: code, isJITCompiled: isJITCompiled, captureCount: captureCount,
            limitsOffsets: options.contains(.offsetLimit))
    }

    /// Compiles `pattern`; throws PCRE2's message and the pattern offset when it is invalid.
    init(_ pattern: String, options: PatternOptions = []) throws(PCRE2Error) {
        var errorCode: Int32 = 0
        var errorOffset = 0
        var utf8 = Array(pattern.utf8)
        if utf8.isEmpty { utf8.append(0) }  // a valid pointer; the length below stays 0
        let length = pattern.utf8.count
        let compiled = utf8.withUnsafeBufferPointer { buffer in
            pcre2_compile_8(buffer.baseAddress, length, options.rawValue, &errorCode, &errorOffset, nil)
        }
        guard let compiled else {
            throw PCRE2Error(operation: .compile, code: errorCode, patternOffset: errorOffset)
        }
        self.code = compiled
        self.source = pattern
        self.options = options
        self.isJITCompiled = pcre2_jit_compile_8(compiled, UInt32(PCRE2_JIT_COMPLETE)) == 0
        var captures: UInt32 = 0
        _ = pcre2_pattern_info_8(compiled, UInt32(PCRE2_INFO_CAPTURECOUNT), &captures)
        self.captureCount = Int(captures)
        var minimumLength: UInt32 = 0
        _ = pcre2_pattern_info_8(compiled, UInt32(PCRE2_INFO_MINLENGTH), &minimumLength)
        self.minimumSubjectLength = Int(minimumLength)
    }

    deinit {
        pcre2_code_free_8(code)
    }
}
