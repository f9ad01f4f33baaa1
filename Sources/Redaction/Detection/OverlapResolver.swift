/// Resolves overlapping candidate findings to at most one finding per byte, once and deterministically.
///
/// Priority: higher confidence, then longer range, then earlier start, then earlier position in the candidate list
/// (which follows detector order). Candidates are accepted greedily in priority order. A candidate overlapping only
/// accepted findings of its own kind is merged into them (the union is redacted, keeping the stronger finding's
/// detector and confidence), so bytes flagged by a weaker detector of the same kind never leak next to a stronger,
/// shorter finding. A candidate overlapping a finding of another kind is dropped. The result is sorted by start.
enum OverlapResolver {
    /// A worker's reusable buffers for ``resolve(_:scratch:)``: no allocation per buffer resolved.
    struct Scratch: Sendable {
        /// Candidate indices in priority order.
        var order: [Int] = []
        /// The findings accepted; after a resolution, the buffer the candidates came in.
        var accepted: [Finding] = []
    }

    /// Resolves `candidates` in place (see the type's description).
    static func resolve(_ candidates: inout [Finding], scratch: inout Scratch) {
        guard candidates.count > 1 else { return }
        scratch.order.removeAll(keepingCapacity: true)
        scratch.accepted.removeAll(keepingCapacity: true)
        resolve(candidates, order: &scratch.order, accepted: &scratch.accepted)
        // The result goes back in `candidates`; the candidates' buffer is kept for the next resolution.
        swap(&candidates, &scratch.accepted)
    }

    private static func resolve(_ candidates: [Finding], order: inout [Int], accepted: inout [Finding]) {
        order.append(contentsOf: candidates.indices)
        order.sort { leftIndex, rightIndex in
            let left = candidates[leftIndex], right = candidates[rightIndex]
            if left.confidence != right.confidence { return left.confidence > right.confidence }
            if left.range.count != right.range.count { return left.range.count > right.range.count }
            if left.range.lowerBound != right.range.lowerBound { return left.range.lowerBound < right.range.lowerBound }
            return leftIndex < rightIndex
        }
        accepted.reserveCapacity(candidates.count)
        for index in order {
            let candidate = candidates[index]
            // `accepted` is kept sorted by start; find the insertion point and check both neighbours.
            var low = 0, high = accepted.count
            while low < high {
                let middle = (low + high) / 2
                if accepted[middle].range.lowerBound < candidate.range.lowerBound { low = middle + 1 } else { high = middle }
            }
            // Accepted findings overlapping the candidate form a contiguous run accepted[first..<end].
            var first = low
            while first > 0, accepted[first - 1].range.upperBound > candidate.range.lowerBound { first -= 1 }
            var end = low
            while end < accepted.count, accepted[end].range.lowerBound < candidate.range.upperBound { end += 1 }
            if first == end {
                accepted.insert(candidate, at: low)
                continue
            }
            guard accepted[first..<end].allSatisfy({ $0.kind == candidate.kind }) else { continue }
            var merged = accepted[first..<end].max { left, right in
                (left.confidence, left.range.count) < (right.confidence, right.range.count)
            }!
            merged.range = min(candidate.range.lowerBound, accepted[first].range.lowerBound)
                ..< max(candidate.range.upperBound, accepted[end - 1].range.upperBound)
            accepted.replaceSubrange(first..<end, with: CollectionOfOne(merged))
        }
    }
}
