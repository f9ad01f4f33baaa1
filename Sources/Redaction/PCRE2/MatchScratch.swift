import CPCRE2

/// Resource limits applied to every match, so that no subject and no pattern can hang a worker.
struct MatchLimits: Sendable, Hashable {
    /// `pcre2_set_match_limit`: backtracking steps per match call (honoured by JIT and interpreter).
    var matchLimit: UInt32 = 5_000_000
    /// `pcre2_set_depth_limit`: backtracking depth (interpreter only; JIT is bounded by its stack).
    var depthLimit: UInt32 = 100_000
    /// `pcre2_set_heap_limit` in KiB (interpreter only).
    var heapLimitKiB: UInt32 = 64 * 1024
    /// Largest JIT stack a match may grow to.
    var maxJITStackBytes: Int = 1 << 20

    static let standard = MatchLimits()
}

/// One worker's mutable matching state: match data (the ovector), a match context carrying the ``MatchLimits`` and a
/// private JIT stack. Not copyable, so it has exactly one owner at a time; it can move to another task, never be
/// shared. One scratch serves every pattern: the match data is sized for the pattern with the most groups seen so far.
struct MatchScratch: ~Copyable, @unchecked Sendable {
    // @unchecked: the handles are owned exclusively (the type is ~Copyable), so moving the value between tasks
    // transfers ownership; pcre2api allows match data, contexts and JIT stacks to be used by any one thread at a time.
    private var matchData: OpaquePointer
    private var ovector: UnsafeMutablePointer<Int>
    private var pairCapacity: Int
    private let matchContext: OpaquePointer
    private let jitStack: OpaquePointer?
    let limits: MatchLimits

    init(limits: MatchLimits = .standard, pairCapacity: Int = 16) {
        self.limits = limits
        guard let context = pcre2_match_context_create_8(nil),
            let data = pcre2_match_data_create_8(UInt32(max(pairCapacity, 1)), nil)
        else {
            // Allocation failure of a few hundred bytes: the process is out of memory; nothing sensible remains.
            fatalError("PCRE2 could not allocate a match context")
        }
        pcre2_set_match_limit_8(context, limits.matchLimit)
        pcre2_set_depth_limit_8(context, limits.depthLimit)
        pcre2_set_heap_limit_8(context, limits.heapLimitKiB)
        // The default JIT stack (32 KiB on the machine stack) overflows on some patterns; give each worker its own.
        let stack = pcre2_jit_stack_create_8(32 * 1024, max(limits.maxJITStackBytes, 32 * 1024), nil)
        if let stack { pcre2_jit_stack_assign_8(context, nil, UnsafeMutableRawPointer(stack)) }
        self.matchContext = context
        self.jitStack = stack
        self.matchData = data
        self.ovector = pcre2_get_ovector_pointer_8(data)
        self.pairCapacity = Int(pcre2_get_ovector_count_8(data))
    }

    deinit {
        pcre2_match_data_free_8(matchData)
        pcre2_match_context_free_8(matchContext)
        if let jitStack { pcre2_jit_stack_free_8(jitStack) }
    }

    /// Finds the first match of `pattern` in `subject` at or after byte `start`.
    ///
    /// Returns the overall match range, or `nil` when there is none. Group ranges of that match are then available
    /// from ``groupRange(_:)`` until the next call. Throws on PCRE2 errors, including resource limits; the error never
    /// contains subject bytes.
    mutating func firstMatch(
        of pattern: CompiledPattern, in subject: UnsafeBufferPointer<UInt8>, from start: Int
    ) throws(PCRE2Error) -> Range<Int>? {
        try withExtendedLifetime(pattern) { () throws(PCRE2Error) in
            try firstMatch(of: pattern.handle, in: subject, from: start)
        }
    }

    /// ``firstMatch(of:in:from:)`` with a pattern's handle; the caller keeps the pattern alive during the call.
    mutating func firstMatch(
        of pattern: PatternHandle, in subject: UnsafeBufferPointer<UInt8>, from start: Int
    ) throws(PCRE2Error) -> Range<Int>? {
        precondition(start >= 0 && start <= subject.count, "start offset outside the subject")
        if pattern.captureCount + 1 > pairCapacity { growMatchData(to: pattern.captureCount + 1) }
        let rc: Int32
        if let base = subject.baseAddress {
            // The JIT fast path skips pcre2_match's option checks, which hold here: no match-time options, a valid
            // pointer and offset, and UTF patterns compiled with PCRE2_MATCH_INVALID_UTF.
            if pattern.isJITCompiled {
                rc = pcre2_jit_match_8(pattern.code, base, subject.count, start, 0, matchData, matchContext)
            } else {
                rc = pcre2_match_8(pattern.code, base, subject.count, start, 0, matchData, matchContext)
            }
        } else {
            // PCRE2 10.42 rejects a NULL subject even with length 0; point at a local empty byte instead.
            var empty: UInt8 = 0
            rc = pcre2_match_8(pattern.code, &empty, 0, 0, 0, matchData, matchContext)
        }
        if rc == PCRE2_ERROR_NOMATCH { return nil }
        if rc < 0 { throw PCRE2Error(operation: .match, code: rc, patternOffset: nil) }
        return ovector[0]..<ovector[1]
    }

    /// Finds the first match of `pattern` in `subject` that starts at or after byte `start` and at or before byte
    /// `limit` (PCRE2's offset limit; the pattern must be compiled with ``PatternOptions/offsetLimit``). Look-behinds
    /// and look-aheads still see the whole subject, so a match found is the one a search from `start` finds. The
    /// caller keeps the pattern alive during the call.
    mutating func firstMatch(
        of pattern: PatternHandle, in subject: UnsafeBufferPointer<UInt8>, from start: Int, startingAtMost limit: Int
    ) throws(PCRE2Error) -> Range<Int>? {
        precondition(pattern.limitsOffsets, "an offset limit needs a pattern compiled for it")
        pcre2_set_offset_limit_8(matchContext, limit)
        defer { pcre2_set_offset_limit_8(matchContext, MatchScratch.unset) }
        return try firstMatch(of: pattern, in: subject, from: start)
    }

    /// The range of capture group `group` (0 = whole match) of the last successful match, or `nil` when the group
    /// did not participate.
    func groupRange(_ group: Int) -> Range<Int>? {
        guard group >= 0, group < pairCapacity else { return nil }
        let lower = ovector[2 * group]
        let upper = ovector[2 * group + 1]
        if lower == MatchScratch.unset || upper == MatchScratch.unset { return nil }
        return lower..<upper
    }

    /// The ovector of the last match; valid until the next match call or until the scratch is destroyed.
    var ovectorPointer: UnsafePointer<Int> { UnsafePointer(ovector) }

    private mutating func growMatchData(to pairs: Int) {
        guard let data = pcre2_match_data_create_8(UInt32(pairs), nil) else {
            fatalError("PCRE2 could not allocate match data")
        }
        pcre2_match_data_free_8(matchData)
        matchData = data
        ovector = pcre2_get_ovector_pointer_8(data)
        pairCapacity = Int(pcre2_get_ovector_count_8(data))
    }

    /// Swift stand-in for `PCRE2_UNSET` (`~(PCRE2_SIZE)0`), which is not imported.
    static let unset = Int(bitPattern: UInt(bitPattern: -1))

}
