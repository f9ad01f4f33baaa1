/// Resolves overlapping candidate findings to at most one finding per byte, once and deterministically.
///
/// Priority: higher confidence, then longer range, then earlier start, then earlier position in the candidate list
/// (which follows detector order). Candidates are accepted greedily in priority order; a candidate overlapping an
/// accepted finding is dropped. The result is sorted by start offset.
enum OverlapResolver {
    static func resolve(_ candidates: inout [Finding], order: inout [Int]) {
        guard candidates.count > 1 else { return }
        order.removeAll(keepingCapacity: true)
        order.append(contentsOf: candidates.indices)
        order.sort { leftIndex, rightIndex in
            let left = candidates[leftIndex], right = candidates[rightIndex]
            if left.confidence != right.confidence { return left.confidence > right.confidence }
            if left.range.count != right.range.count { return left.range.count > right.range.count }
            if left.range.lowerBound != right.range.lowerBound { return left.range.lowerBound < right.range.lowerBound }
            return leftIndex < rightIndex
        }
        var accepted: [Finding] = []
        accepted.reserveCapacity(candidates.count)
        for index in order {
            let candidate = candidates[index]
            // `accepted` is kept sorted by start; find the insertion point and check both neighbours.
            var low = 0, high = accepted.count
            while low < high {
                let middle = (low + high) / 2
                if accepted[middle].range.lowerBound < candidate.range.lowerBound { low = middle + 1 } else { high = middle }
            }
            if low > 0, accepted[low - 1].range.upperBound > candidate.range.lowerBound { continue }
            if low < accepted.count, accepted[low].range.lowerBound < candidate.range.upperBound { continue }
            accepted.insert(candidate, at: low)
        }
        candidates = accepted
    }
}
