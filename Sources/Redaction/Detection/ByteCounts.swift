extension DetectionScratch {
    /// How many digits, colons, dashes and dots between digits `text` holds and its longest run of digits,
    /// computed once per buffer for every rule with a minimum.
    mutating func counts(of text: UnsafeBufferPointer<UInt8>) -> ByteCounts {
        if let byteCounts { return byteCounts }
        let counts = ByteCounts(of: text)
        if sharesBufferState { byteCounts = counts }
        return counts
    }
}

/// How many ASCII digits, colons, dashes and dots between two digits a buffer holds, its longest run of consecutive
/// digits and its largest digit cluster: a rule whose every match needs more (nine digits for an SSN, a run of fifteen
/// for a bare case number, three dots between digits for an IPv4 address, thirteen digits in one cluster for a card
/// number) is not run at all.
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

    /// The longest gap inside a cluster (`) (` with a no-break space between is four bytes).
    static let clusterGap = 4

    /// The counts of `text` (one pass; a table adds one to the byte's lane of a packed counter).
    init(of text: UnsafeBufferPointer<UInt8>) {
        Self.lanes.withUnsafeBufferPointer { lanes in
            var run = 0, cluster = 0, gap = Self.clusterGap + 1
            var packed: UInt64 = 0
            // Whether the previous byte is a digit, and whether the previous two are a digit and a dot.
            var afterDigit = false, afterDigitDot = false
            for (index, byte) in text.enumerated() {
                let lane = lanes[Int(byte)]
                packed &+= lane & Self.countLanes
                if lane & 1 != 0 {
                    if afterDigitDot { digitDots &+= 1 }
                    afterDigit = true
                    afterDigitDot = false
                    run &+= 1
                    longestDigitRun = Swift.max(longestDigitRun, run)
                    cluster = (gap <= Self.clusterGap ? cluster : 0) &+ 1
                    largestCluster = Swift.max(largestCluster, cluster)
                    gap = 0
                } else {
                    afterDigitDot = afterDigit && lane & Self.dotFlag != 0
                    afterDigit = false
                    run = 0
                    gap = lane & Self.gapFlag != 0 ? Swift.min(gap &+ 1, Self.clusterGap + 1) : Self.clusterGap + 1
                }
                // Sixteen-bit lanes: move them out before they could overflow.
                if index & 0x7FFF == 0x7FFF { add(&packed) }
            }
            add(&packed)
        }
    }

    private mutating func add(_ packed: inout UInt64) {
        digits += Int(packed & 0xFFFF)
        colons += Int((packed >> 16) & 0xFFFF)
        dashes += Int((packed >> 32) & 0xFFFF)
        packed = 0
    }

    /// The counting lanes of ``lanes``: bits 0–15 digits, 16–31 colons, 32–47 dashes.
    private static let countLanes: UInt64 = 0x0000_FFFF_FFFF_FFFF
    /// Set in ``lanes`` for bytes that may stand in a cluster's gap.
    private static let gapFlag: UInt64 = 1 << 48
    /// Set in ``lanes`` for `.`.
    private static let dotFlag: UInt64 = 1 << 49

    /// Per byte value: 1 in the lane it counts in, and ``gapFlag`` for gap bytes.
    private static let lanes: [UInt64] = (0..<256).map { value in
        let byte = UInt8(value)
        var lane: UInt64 = 0
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): lane = 1
        case UInt8(ascii: ":"): lane = 1 << 16
        case UInt8(ascii: "-"): lane = 1 << 32
        case UInt8(ascii: "."): lane = dotFlag
        default: break
        }
        let gapBytes: [UInt8] = [0x20, UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "/"), UInt8(ascii: "("),
                                 UInt8(ascii: ")"), 0xC2, 0xA0, 0xE2, 0x80, 0xAF]
        return gapBytes.contains(byte) ? lane | gapFlag : lane
    }

    /// Counts given directly (tests).
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
}
