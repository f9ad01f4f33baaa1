/// Membership test for the IANA top-level domain list (``TopLevelDomains``), on raw bytes.
public enum TopLevelDomainSet {
    /// The labels, lower case; looked up without building a key (a `Set<[UInt8]>` hashed each probe byte by byte
    /// through `Hasher` and needed the lower-cased copy as an array).
    private static let labels = ByteKeyTable<Void>(
        TopLevelDomains.list.split(separator: "\n").map { (Array($0.utf8), ()) }
    )

    /// The number of known top-level domains.
    public static var count: Int { labels.count }

    /// Whether `label` (without dots; any ASCII case) is a delegated top-level domain, e.g. `com`, `de`, `xn--p1ai`,
    /// `рф`.
    public static func contains<Bytes: Collection<UInt8>>(_ label: Bytes) -> Bool {
        guard label.count >= 2, label.count <= 63 else { return false }
        return labels.contains(label.lazy.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 })
    }

    /// Whether `label` is a known top-level domain.
    public static func contains(_ label: String) -> Bool { contains(Array(label.utf8)) }
}
