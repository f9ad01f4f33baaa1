extension DetectionScratch {
    /// How many digits, colons and dots `text` holds and its longest run of digits, computed once per buffer for
    /// every rule with a minimum.
    mutating func counts(of text: UnsafeBufferPointer<UInt8>) -> ByteCounts {
        if let byteCounts { return byteCounts }
        let counts = ByteCounts(of: text)
        if sharesBufferState { byteCounts = counts }
        return counts
    }
}

/// How many ASCII digits, colons and dots a buffer holds and the length of its longest run of consecutive digits: a
/// rule whose every match needs more (nine digits for an SSN, a run of fifteen for a bare case number, three dots for
/// an IPv4 address) is not run at all.
struct ByteCounts: Sendable, Equatable {
    /// Digits in the buffer.
    var digits = 0
    /// The longest run of consecutive digits.
    var longestDigitRun = 0
    /// `:` in the buffer.
    var colons = 0
    /// `.` in the buffer.
    var dots = 0

    /// The counts of `text` (one pass, without branches: a table adds one to the byte's lane of a packed counter).
    init(of text: UnsafeBufferPointer<UInt8>) {
        Self.lanes.withUnsafeBufferPointer { lanes in
            var run = 0
            var packed: UInt64 = 0
            for (index, byte) in text.enumerated() {
                let lane = lanes[Int(byte)]
                packed &+= lane
                // `run` grows over digits and drops to 0 on any other byte.
                let isDigit = Int(truncatingIfNeeded: lane & 1)
                run = (run &+ 1) & (0 &- isDigit)
                longestDigitRun = Swift.max(longestDigitRun, run)
                // Sixteen-bit lanes: move them out before they could overflow.
                if index & 0x7FFF == 0x7FFF { add(&packed) }
            }
            add(&packed)
        }
    }

    private mutating func add(_ packed: inout UInt64) {
        digits += Int(packed & 0xFFFF)
        colons += Int((packed >> 16) & 0xFFFF)
        dots += Int((packed >> 32) & 0xFFFF)
        packed = 0
    }

    /// Per byte value: 1 in the lane of its class (bits 0–15 digits, 16–31 colons, 32–47 dots), else 0.
    private static let lanes: [UInt64] = (0..<256).map { value in
        switch UInt8(value) {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): 1
        case UInt8(ascii: ":"): 1 << 16
        case UInt8(ascii: "."): 1 << 32
        default: 0
        }
    }

    /// Counts given directly (tests).
    init(digits: Int = 0, longestDigitRun: Int = 0, colons: Int = 0, dots: Int = 0) {
        self.digits = digits
        self.longestDigitRun = longestDigitRun
        self.colons = colons
        self.dots = dots
    }

    /// Whether these counts reach every minimum of `rule`.
    func admit(_ rule: borrowing PatternRule) -> Bool {
        digits >= rule.minimumDigits && longestDigitRun >= rule.minimumDigitRun && colons >= rule.minimumColons
            && dots >= rule.minimumDots
    }
}
