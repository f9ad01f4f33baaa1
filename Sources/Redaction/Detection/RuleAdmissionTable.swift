/// Which rules of a ``DetectorSet`` a buffer's byte classes and length admit (each rule's ``RuleAdmission``), for
/// every rule at once: a bit set read off a few tables per 64 rules, instead of three tests per rule (most values
/// admit few of the set's rules: a timestamp has no letter pair, no `@`, no non-ASCII byte).
///
/// The class set is read in chunks of ``chunkBits`` bits. For each chunk and each pattern of its bits there is the
/// set of rules that one of those classes, absent, turns away (an all-of class), and the set of rules that one of
/// them, present, lets through (an any-of class); a rule without any-of classes is let through by every buffer. A
/// rule is admitted when no chunk's absent classes turn it away, some chunk's present classes let it through, and
/// the buffer is as long as its pattern's shortest match.
struct RuleAdmissionTable: Sendable {
    /// Bits of the class set looked up per table.
    private static let chunkBits = 5
    /// Classes there are (``ByteClasses/all``).
    private static let classBits = UInt32.bitWidth - ByteClasses.all.rawValue.leadingZeroBitCount
    /// Chunks of the class set.
    private static let chunkCount = (classBits + chunkBits - 1) / chunkBits
    /// Longest minimum length with a row of its own in ``longEnough``; rules needing more are checked one by one.
    private static let lengthRows = 1024

    /// Words of 64 rules: rule `i` is bit `i % 64` of word `i / 64`.
    let wordCount: Int
    /// Row `chunk << chunkBits | bits`, word `w`: the rules an all-of class of those bits of chunk `chunk` needs.
    private let turnedAway: [UInt64]
    /// Row `chunk << chunkBits | bits`, word `w`: the rules an any-of class of those bits of chunk `chunk` admits,
    /// and in every row of chunk 0, those without any-of classes.
    private let letThrough: [UInt64]
    /// Row `length`, word `w`: the rules whose minimum length is at most `length`, for lengths up to ``longest``.
    private let longEnough: [UInt64]
    /// The largest minimum length with a row (rules needing more are in ``longRules``).
    private let longest: Int
    /// Rules whose minimum length exceeds ``longest``, with their admissions (tested one by one).
    private let longRules: [(rule: Int, admission: RuleAdmission)]

    /// The table of `admissions` (rule `i` at index `i`).
    init(_ admissions: [RuleAdmission]) {
        let words = (admissions.count + 63) / 64
        let rows = Self.chunkCount << Self.chunkBits
        var turnedAway = [UInt64](repeating: 0, count: rows * words)
        var letThrough = [UInt64](repeating: 0, count: rows * words)
        for (rule, admission) in admissions.enumerated() {
            let word = rule >> 6, bit = UInt64(1) << UInt64(rule & 63)
            for chunk in 0..<Self.chunkCount {
                let shift = UInt32(chunk * Self.chunkBits)
                let needed = admission.allOf >> shift & (1 << Self.chunkBits - 1)
                let admitting = admission.anyOf >> shift & (1 << Self.chunkBits - 1)
                for bits in 0..<(UInt32(1) << Self.chunkBits) {
                    let row = chunk << Self.chunkBits | Int(bits)
                    if bits & needed != 0 { turnedAway[row * words + word] |= bit }
                    if bits & admitting != 0 || (admission.anyOf == 0 && chunk == 0) {
                        letThrough[row * words + word] |= bit
                    }
                }
            }
        }
        let longest = min(admissions.map(\.minimumLength).max() ?? 0, Self.lengthRows)
        var longEnough = [UInt64](repeating: 0, count: (longest + 1) * words)
        for (rule, admission) in admissions.enumerated() where admission.minimumLength <= longest {
            for length in max(0, admission.minimumLength)...longest {
                longEnough[length * words + rule >> 6] |= UInt64(1) << UInt64(rule & 63)
            }
        }
        self.wordCount = words
        self.turnedAway = turnedAway
        self.letThrough = letThrough
        self.longEnough = longEnough
        self.longest = longest
        self.longRules = admissions.enumerated().filter { $0.element.minimumLength > longest }
            .map { ($0.offset, $0.element) }
    }

    /// The rules a buffer of `count` bytes with classes `present` passes the admission of, into `admitted` (at
    /// least ``wordCount`` words): rule `i` is bit `i % 64` of word `i / 64`.
    @inline(__always)
    func admitted(present: UInt32, count: Int, into admitted: UnsafeMutableBufferPointer<UInt64>) {
        let absent = ~present & ByteClasses.all.rawValue
        let length = min(count, longest)
        let words = wordCount
        turnedAway.withUnsafeBufferPointer { turnedAway in
            letThrough.withUnsafeBufferPointer { letThrough in
                longEnough.withUnsafeBufferPointer { longEnough in
                    for word in 0..<words {
                        var away: UInt64 = 0, through: UInt64 = 0
                        for chunk in 0..<Self.chunkCount {
                            let shift = UInt32(chunk * Self.chunkBits), rows = chunk << Self.chunkBits
                            let absentRow = rows | Int(absent >> shift & (1 << Self.chunkBits - 1))
                            let presentRow = rows | Int(present >> shift & (1 << Self.chunkBits - 1))
                            away |= turnedAway[absentRow * words + word]
                            through |= letThrough[presentRow * words + word]
                        }
                        admitted[word] = ~away & through & longEnough[length * words + word]
                    }
                }
            }
        }
        if count > longest {
            for (rule, admission) in longRules where admission.admits(present, count: count) {
                admitted[rule >> 6] |= UInt64(1) << UInt64(rule & 63)
            }
        }
    }
}
