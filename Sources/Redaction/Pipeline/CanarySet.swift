/// Values that must never appear in output (canaries planted in test data or known real values), found in one pass
/// over the output bytes whatever their number (an Aho–Corasick automaton compiled to a byte transition table).
///
/// Matching is byte-exact. Memory is 1 KiB per automaton state (one state per distinct canary prefix): a thousand
/// canaries of 30 bytes take about 30 MiB.
public struct CanarySet: Sendable {
    /// Transitions: `next[state * 256 + byte]`.
    private let next: [Int32]
    /// Whether a canary ends in each state (directly or through a suffix).
    private let accepts: [Bool]
    /// Number of canaries.
    public let count: Int

    /// Compiles `canaries` (empty values are ignored).
    public init(_ canaries: [[UInt8]]) {
        var children: [[UInt8: Int32]] = [[:]]
        var terminal: [Bool] = [false]
        var distinct = Set<[UInt8]>()
        for canary in canaries where !canary.isEmpty && distinct.insert(canary).inserted {
            var state: Int32 = 0
            for byte in canary {
                if let child = children[Int(state)][byte] {
                    state = child
                } else {
                    children.append([:])
                    terminal.append(false)
                    let child = Int32(children.count - 1)
                    children[Int(state)][byte] = child
                    state = child
                }
            }
            terminal[Int(state)] = true
        }
        count = distinct.count
        // Breadth-first: each state's transitions are its children, else its failure state's transitions.
        var table = [Int32](repeating: 0, count: children.count * 256)
        var failure = [Int32](repeating: 0, count: children.count)
        var queue: [Int32] = []
        for (byte, child) in children[0] {
            table[Int(byte)] = child
            queue.append(child)
        }
        var head = 0
        while head < queue.count {
            let state = Int(queue[head])
            head += 1
            if terminal[Int(failure[state])] { terminal[state] = true }
            for byte in 0..<256 {
                let fallback = table[Int(failure[state]) * 256 + byte]
                if let child = children[state][UInt8(byte)] {
                    table[state * 256 + byte] = child
                    failure[Int(child)] = fallback
                    queue.append(child)
                } else {
                    table[state * 256 + byte] = fallback
                }
            }
        }
        next = table
        accepts = terminal
    }

    /// Compiles canaries given as text, one value per element.
    public init(_ canaries: [String]) { self.init(canaries.map { Array($0.utf8) }) }

    /// Whether any canary occurs in `bytes`.
    public func occurs(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard count > 0 else { return false }
        return next.withUnsafeBufferPointer { table in
            accepts.withUnsafeBufferPointer { accepts in
                var state = 0
                for byte in bytes {
                    state = Int(table[state &* 256 &+ Int(byte)])
                    if accepts[state] { return true }
                }
                return false
            }
        }
    }
}
