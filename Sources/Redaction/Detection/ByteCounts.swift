extension DetectionScratch {
    /// How many digits, colons, dashes and dots between digits `text` holds and its longest run of digits,
    /// computed once per buffer for every rule with a minimum.
    mutating func counts(of text: UnsafeBufferPointer<UInt8>) -> ByteCounts {
        if let byteCounts { return byteCounts }
        // The same pass records where the first cluster of each size starts, for the rules that start there.
        let counts = ByteCounts(of: text, recording: &clusterStarts)
        clusterStartsAreCurrent = sharesBufferState
        if sharesBufferState {
            byteCounts = counts
            packedByteCounts = counts.packed
        }
        return counts
    }

    /// ``counts(of:)``, ``ByteCounts/packed``.
    @inline(__always)
    mutating func packedCounts(of text: UnsafeBufferPointer<UInt8>) -> UInt64 {
        byteCounts != nil ? packedByteCounts : counts(of: text).packed
    }

    /// The offset of the first digit of the first cluster of `text` with at least `digits` digits (see
    /// ``ClusterStarts``), shared by the rules of one buffer (recorded by the counting pass, which every rule that
    /// asks has run first).
    mutating func firstClusterDigit(reaching digits: Int, in text: UnsafeBufferPointer<UInt8>) -> Int? {
        if !clusterStartsAreCurrent { clusterStarts.reset() }
        clusterStartsAreCurrent = sharesBufferState
        return clusterStarts.firstDigit(ofClusterReaching: digits, in: text)
    }
}

/// Where in a buffer the first digit cluster (as ``ByteCounts`` counts clusters) of each size starts: a rule whose
/// every reported match has its first digit in a cluster of at least `n` digits starts its search at the first such
/// cluster (see ``PatternRule/clusterStartBytes``). Recorded by the counting pass (``ByteCounts/init(of:recording:)``),
/// which walks the clusters anyway.
struct ClusterStarts: Sendable {
    /// The largest cluster size recorded.
    static let largest = 16
    /// Entry `k - 1`: the offset of the first digit of the first cluster of `k` or more digits, for `k` up to
    /// ``reached``.
    private var starts = [Int](repeating: 0, count: Self.largest)
    /// The most digits a cluster of the buffer holds (at most ``largest``).
    private var reached = 0
    /// Whether a buffer was recorded since the last ``reset()``.
    private var isRecorded = false

    /// Forgets the buffer recorded.
    mutating func reset() {
        reached = 0
        isRecorded = false
    }

    /// The offset of the first digit of the first cluster of at least `digits` digits (1 through ``largest``) of
    /// `text`, which must be the buffer recorded since the last ``reset()``, if any (else it is recorded now); `nil`
    /// if there is none.
    mutating func firstDigit(ofClusterReaching digits: Int, in text: UnsafeBufferPointer<UInt8>) -> Int? {
        precondition(digits >= 1 && digits <= Self.largest, "cluster sizes 1 through 16")
        if !isRecorded { _ = ByteCounts(of: text, recording: &self) }
        return reached >= digits ? starts[digits - 1] : nil
    }

    /// Records the first cluster starts of a whole buffer in one pass: `body` fills the offsets (entry `k - 1` for
    /// each size `k` up to the largest, at most ``largest``) and returns that largest size.
    mutating func recordAll(_ body: (UnsafeMutableBufferPointer<Int>) -> Int) {
        reached = starts.withUnsafeMutableBufferPointer { body($0) }
        isRecorded = true
    }
}

/// How many ASCII digits, colons, dashes and dots between two digits a buffer holds, its longest run of consecutive
/// digits and its largest digit cluster: a rule whose every match needs more (nine digits for an SSN, a run of fifteen
/// for a bare case number, three dots between digits for an IPv4 address, thirteen digits in one cluster for a card
/// number) is not run at all. The same pass, which reads every digit and colon anyway, notes where some rules' first
/// match can start (``firstZeroLedRun(doubled:)``, ``firstIBANCountryCode``, ``firstColon``).
///
/// A cluster is digits joined by gaps of at most ``clusterGap`` bytes that may separate the groups of a number:
/// space, `-`, `.`, `/`, `(`, `)` and the bytes of the no-break spaces U+00A0 and U+202F (`C2 A0`, `E2 80 AF`).
/// `2025-06-26T21:43:34Z` holds clusters of 8 and 6 digits, `4111 1111 1111 1111` one of 16, `+1 (415) 555-0100`
/// one of 11.
struct ByteCounts: Sendable, Equatable {
    /// Digits in the buffer.
    var digits = 0
    /// The longest run of consecutive digits.
    var longestDigitRun = 0
    /// The most digits in one cluster.
    var largestCluster = 0
    /// `:` in the buffer.
    var colons = 0
    /// `-` in the buffer.
    var dashes = 0
    /// `.` with a digit right before and right after it (`10.0.0.1` has three; `v2.` and `.5` none).
    var digitDots = 0
    /// Where the first run of digits starting `0` and then a digit 1–9 starts (a trunk prefix: `030 …`, `(0151) …`),
    /// or -1; see ``firstZeroLedRun(doubled:)``.
    var firstTrunkRun = -1
    /// Where the first run of digits starting `00` and then a digit 1–9 starts (an international prefix:
    /// `0049 …`), or -1; see ``firstZeroLedRun(doubled:)``.
    var firstDoubleZeroRun = -1
    /// Where the first IBAN country code stands right before a run of two digits or more, or -1; see
    /// ``firstIBANCountryCode``.
    var firstCountryCodeRun = -1
    /// Where the first `:` stands, or -1 (an IPv6 address starts before it at the earliest).
    var firstColon = -1
    /// Whether two `:` stand together somewhere (`::`, which an IPv6 address with fewer than six colons holds).
    var hasDoubleColon = false

    /// The longest gap inside a cluster (`) (` with a no-break space between is four bytes).
    static let clusterGap = 4

    /// The counts of `text`, in one pass. Only bytes from `-` to `:` (dashes, dots, `/`, digits, colons) count
    /// or can start a cluster, so away from digits (more than ``clusterGap`` bytes after the last one) eight bytes
    /// without such a byte are stepped over at once (``ByteWord``); near digits every byte is read, a run of digits
    /// up to eight at a time.
    init(of text: UnsafeBufferPointer<UInt8>) {
        var unused = ClusterStarts()
        self.init(of: text, recording: &unused)
    }

    /// The counts of `text`, recording in `clusterStarts` where the first cluster of each size starts.
    init(of text: UnsafeBufferPointer<UInt8>, recording clusterStarts: inout ClusterStarts) {
        guard let base = text.baseAddress else {
            clusterStarts.recordAll { _ in 0 }
            return
        }
        let bytes = UnsafeRawPointer(base)
        let count = text.count
        var largestCluster = 0, digits = 0, digitDots = 0, colons = 0, dashes = 0, longestDigitRun = 0
        var firstTrunkRun = -1, firstDoubleZeroRun = -1, firstCountryCodeRun = -1, firstColon = -1
        var hasDoubleColon = false
        clusterStarts.recordAll { starts in
            Self.isGapByte.withUnsafeBufferPointer { isGapByte in
                var run = 0, cluster = 0, gap = Self.clusterGap + 1, clusterStart = 0
                // Whether the previous byte is a digit, and whether the previous two are a digit and a dot.
                var afterDigit = false, afterDigitDot = false
                var index = 0
                while index < count {
                    if gap > Self.clusterGap, index + 8 <= count {
                        let counted = ByteWord.bytes(
                            of: ByteWord.load(bytes, at: index), from: UInt8(ascii: "-"), through: UInt8(ascii: ":"))
                        if counted == 0 {
                            index += 8
                            continue
                        }
                        index += counted.trailingZeroBitCount >> 3
                    }
                    let byte = text[index]
                    if byte &- 0x30 < 10 {
                        if run == 0 {
                            if byte == UInt8(ascii: "0") {
                                Self.noteZeroLedRun(
                                    at: index, in: text, trunk: &firstTrunkRun, doubleZero: &firstDoubleZeroRun)
                            }
                            if firstCountryCodeRun < 0, Self.followsCountryCode(index, in: text) {
                                firstCountryCodeRun = index - 2
                            }
                        }
                        // The digits from here up to eight at once (the zero padding past the end is no digit):
                        // the run's counts grow by as many.
                        let word = ByteWord.load(bytes, at: index, count: Swift.min(8, count - index))
                        let length = (~ByteWord.digits(of: word) & 0x8080_8080_8080_8080).trailingZeroBitCount >> 3
                        if afterDigitDot { digitDots &+= 1 }
                        afterDigit = true
                        afterDigitDot = false
                        digits &+= length
                        run &+= length
                        longestDigitRun = Swift.max(longestDigitRun, run)
                        if gap > Self.clusterGap {
                            cluster = 0
                            clusterStart = index
                        }
                        cluster &+= length
                        if cluster > largestCluster {
                            // The sizes this cluster is the first to reach.
                            if largestCluster < ClusterStarts.largest {
                                for size in (largestCluster + 1)...Swift.min(cluster, ClusterStarts.largest) {
                                    starts[size - 1] = clusterStart
                                }
                            }
                            largestCluster = cluster
                        }
                        gap = 0
                        index &+= length
                    } else {
                        index += 1
                        if byte == UInt8(ascii: ":") {
                            colons &+= 1
                            if firstColon < 0 {
                                firstColon = index - 1
                            } else if text[index - 2] == UInt8(ascii: ":") {
                                hasDoubleColon = true
                            }
                        }
                        if byte == UInt8(ascii: "-") { dashes &+= 1 }
                        afterDigitDot = afterDigit && byte == UInt8(ascii: ".")
                        afterDigit = false
                        run = 0
                        gap = isGapByte[Int(byte)] ? Swift.min(gap &+ 1, Self.clusterGap + 1) : Self.clusterGap + 1
                    }
                }
            }
            return Swift.min(largestCluster, ClusterStarts.largest)
        }
        self = ByteCounts(
            digits: digits, longestDigitRun: longestDigitRun, largestCluster: largestCluster, colons: colons,
            dashes: dashes, digitDots: digitDots)
        self.firstTrunkRun = firstTrunkRun
        self.firstDoubleZeroRun = firstDoubleZeroRun
        self.firstCountryCodeRun = firstCountryCodeRun
        self.firstColon = firstColon
        self.hasDoubleColon = hasDoubleColon
    }

    /// Where the first IBAN country code (either case; ``IBANValidator/length(country:_:)``) stands right before two
    /// digits, or `nil`: every IBAN starts so (see ``IBANPattern``), so a buffer without one is not searched for
    /// IBANs, and one with one from there. Recorded by the counting pass at the first digit of each run (the code's
    /// letters make the digit after them a run's first).
    var firstIBANCountryCode: Int? { firstCountryCodeRun >= 0 ? firstCountryCodeRun : nil }

    /// Whether the run of digits starting at `digit` holds two digits or more and an IBAN country code stands right
    /// before it.
    @inline(__always)
    private static func followsCountryCode(_ digit: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        // Most runs follow a space or punctuation: the letter before is tested first, the registry last.
        guard digit >= 2, digit + 1 < text.count, (text[digit - 1] | 0x20) &- 0x61 < 26,
            text[digit + 1] &- 0x30 < 10
        else { return false }
        return IBANValidator.length(country: text[digit - 2], text[digit - 1]) != nil
    }

    /// Where the first run of digits stands that starts with `0` and then a digit 1–9 (a trunk prefix; `doubled`:
    /// with `00` and then a digit 1–9, an international prefix), not right after a word byte (an ASCII letter or
    /// digit, `_`), `+`, `.`, `-` or `/` (a bracket, a space or `:` may stand before it: `(030) …`); `nil` if none
    /// does. Every match of ``PhonePattern/zeroZeroInternational`` (`doubled`) and ``PhonePattern/trunkNational``
    /// starts with such a run (or the bracket before it), so a buffer without one is not searched for them, and one
    /// with one from there. Recorded by the counting pass, which reads every digit anyway (a `memchr` per `0` was
    /// 87,723 calls on 2 MB of the corpus).
    func firstZeroLedRun(doubled: Bool) -> Int? {
        let offset = doubled ? firstDoubleZeroRun : firstTrunkRun
        return offset >= 0 ? offset : nil
    }

    /// Records a run of digits starting with the `0` at `zero` (the counting pass's first digit of a run) as the
    /// first trunk or `00` run where it is one and none was found before (see ``firstZeroLedRun(doubled:)``).
    @inline(__always)
    private static func noteZeroLedRun(
        at zero: Int, in text: UnsafeBufferPointer<UInt8>, trunk: inout Int, doubleZero: inout Int
    ) {
        guard zero + 1 < text.count, zero == 0 || !mayNotPrecedeRun[Int(text[zero - 1])] else { return }
        let next = text[zero + 1]
        if next &- 0x31 < 9 {
            if trunk < 0 { trunk = zero }
        } else if next == UInt8(ascii: "0"), doubleZero < 0, zero + 2 < text.count, text[zero + 2] &- 0x31 < 9 {
            doubleZero = zero
        }
    }

    /// The bytes that may not stand right before a ``firstZeroLedRun(doubled:)``: word bytes, `+`, `.`, `-`, `/`.
    private static let mayNotPrecedeRun: [Bool] = (0..<256).map { value in
        let byte = UInt8(value)
        return (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
            || Array("_+.-/".utf8).contains(byte)
    }

    /// Bytes that may stand in a cluster's gap.
    static let isGapByte: [Bool] = (0..<256).map { value in
        (Array(" -./()".utf8) + [0xC2, 0xA0, 0xE2, 0x80, 0xAF]).contains(UInt8(value))
    }

    /// Counts given directly.
    init(
        digits: Int = 0, longestDigitRun: Int = 0, largestCluster: Int = 0, colons: Int = 0, dashes: Int = 0,
        digitDots: Int = 0
    ) {
        self.digits = digits
        self.longestDigitRun = longestDigitRun
        self.largestCluster = largestCluster
        self.colons = colons
        self.dashes = dashes
        self.digitDots = digitDots
    }

    /// Whether each of these counts reaches the same count of `minimums`.
    func reaches(_ minimums: ByteCounts) -> Bool {
        digits >= minimums.digits && longestDigitRun >= minimums.longestDigitRun
            && largestCluster >= minimums.largestCluster && colons >= minimums.colons && dashes >= minimums.dashes
            && digitDots >= minimums.digitDots
    }

    /// The largest count ``packed`` holds as itself; larger counts are packed as it.
    static let largestPacked = 127

    /// The counts in one word, a byte each (in declaration order from the lowest byte), each at most
    /// ``largestPacked``: ``reaches(_:_:)`` compares all at once. A count above ``largestPacked`` reaches every
    /// minimum up to it, as it did unpacked.
    var packed: UInt64 {
        @inline(__always) func byte(_ count: Int, _ index: UInt64) -> UInt64 {
            UInt64(truncatingIfNeeded: min(count, Self.largestPacked)) << (8 * index)
        }
        return byte(digits, 0) | byte(longestDigitRun, 1) | byte(largestCluster, 2) | byte(colons, 3)
            | byte(dashes, 4) | byte(digitDots, 5)
    }

    /// Whether each count packed in `counts` reaches the same count packed in `minimums` (both ``packed``, the
    /// minimums at most ``largestPacked``): per byte, `0x80 + count - minimum` keeps its high bit exactly when
    /// `count ≥ minimum`, and never borrows from the byte above (it is at least 1).
    @inline(__always)
    static func reaches(_ counts: UInt64, _ minimums: UInt64) -> Bool {
        let high: UInt64 = 0x8080_8080_8080_8080
        return ((counts | high) &- minimums) & high == high
    }
}
