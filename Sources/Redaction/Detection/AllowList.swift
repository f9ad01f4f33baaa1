/// Values never redacted, whatever detects them: exact values (ASCII case-insensitive), e.g. the company's own support
/// address, and PCRE2 patterns that must match a finding's bytes whole.
public struct AllowList: Sendable {
    private let values: Set<[UInt8]>
    private let patterns: [CompiledPattern]

    /// Compiles the list.
    ///
    /// - Throws: ``RedactionError/Code/invalidPattern`` with PCRE2's message when a pattern does not compile.
    public init(values: [String], patterns: [String]) throws(RedactionError) {
        self.values = Set(values.map { Self.lowercased(Array($0.utf8)) })
        var compiled: [CompiledPattern] = []
        for pattern in patterns {
            do {
                // Anchored at both ends: the pattern must cover the finding exactly.
                compiled.append(try CompiledPattern("(?:" + pattern + #")\z"#, options: [.anchored]))
            } catch {
                throw RedactionError(error, detectorID: nil)
            }
        }
        self.patterns = compiled
    }

    /// Whether nothing is allowed.
    public var isEmpty: Bool { values.isEmpty && patterns.isEmpty }

    /// Whether `bytes` (a finding) is allowed, so must be left as it is.
    func permits(_ bytes: UnsafeBufferPointer<UInt8>, scratch: inout DetectionScratch) throws(RedactionError) -> Bool {
        if values.contains(Self.lowercased(Array(bytes))) { return true }
        for pattern in patterns {
            let found: Range<Int>?
            do {
                found = try scratch.match.firstMatch(of: pattern, in: bytes, from: 0)
            } catch {
                throw RedactionError(error, detectorID: nil)
            }
            if found == 0..<bytes.count { return true }
        }
        return false
    }

    private static func lowercased(_ bytes: [UInt8]) -> [UInt8] {
        bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
    }
}
