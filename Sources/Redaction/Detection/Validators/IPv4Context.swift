/// Recognises the text around a dotted quad that makes it a version, build, section or OID number rather than an
/// IPv4 address: `version 6.1.7.1`, `build: 10.0.1.2`, `"firmwareVersion":"1.2.3.4"`, `Chrome/120.0.0.0`,
/// `§ 3.1.2.4`, `OID 1.3.6.1`, `setup-1.2.3.4.exe`.
///
/// Deliberately narrower than a byte window: only the word *immediately* before the number counts (after skipping
/// punctuation such as `:`, `=`, `(`, `"`, `/` and up to two filler words like `is` or `number`), so
/// `patched the server at 192.0.2.10` is still an address while `patch 1.2.3.4` is not.
public enum IPv4Context {
    /// Words that, right before a dotted number, make it a version (or section/OID) number. Lowercase ASCII.
    public static let versionWords: Set<String> = [
        // versions and builds
        "version", "versions", "ver", "vers", "v", "build", "builds", "release", "releases", "rel", "revision", "rev",
        "edition", "firmware", "fw", "bios", "uefi", "rom", "kernel", "driver", "drivers", "update", "updates",
        "patch", "patches", "hotfix", "sp", "upgrade", "upgraded", "downgrade", "downgraded", "windows", "win", "os",
        "sdk", "runtime", "framework", "assembly", "dll", "library", "lib", "package", "pkg", "nuget", "npm",
        "java", "jdk", "jre", "python", "nodejs",
        // browsers in user-agent strings (`Chrome/120.0.0.0`)
        "chrome", "chromium", "crios", "firefox", "fxios", "safari", "edg", "edga", "edgios", "opr",
        "opera", "applewebkit", "webkit",
        // document structure and object identifiers
        "section", "sections", "sec", "chapter", "chapters", "ch", "clause", "para", "paragraph", "article", "art",
        "appendix", "annex", "figure", "fig", "step", "oid", "oids",
    ]

    /// Words skipped between a context word and the number (`version is 1.2.3.4`, `build number 10.0.1.2`).
    public static let fillerWords: Set<String> = [
        "is", "was", "number", "num", "no", "nr", "id", "string", "level",
    ]

    /// Long words that also count as a suffix of a run-together key (`osversion`, `fwbuild`). Not `release`
    /// (`DHCPRELEASE 192.0.2.7` is an address) nor short words (`server` ends in `ver`, `dispatch` in `patch`).
    static let versionSuffixes: [[UInt8]] = ["version", "build", "firmware", "revision", "hotfix"]
        .map { Array($0.utf8) }

    /// Extensions of installers and packages whose names carry a version (`setup-1.2.3.4.exe`).
    public static let packageExtensions: Set<String> = [
        "exe", "msi", "msu", "msp", "msix", "appx", "cab", "dll", "zip", "tar", "tgz", "gz", "bz2", "xz", "7z", "rar",
        "pkg", "dmg", "deb", "rpm", "jar", "war", "nupkg", "whl", "apk", "ipa", "iso", "img", "bin",
    ]

    private static let versionWordBytes = Set(versionWords.map { Array($0.utf8) })
    private static let fillerWordBytes = Set(fillerWords.map { Array($0.utf8) })
    private static let extensionBytes = Set(packageExtensions.map { Array($0.utf8) })

    /// How far back (bytes) the words are looked for.
    static let lookBehindLimit = 64

    /// Whether the words just before `position` make the number starting there a version, build, section or OID
    /// number.
    public static func precedesVersion(at position: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        let limit = max(0, position - lookBehindLimit)
        var index = position
        var fillers = 0
        var word: [UInt8] = []
        word.reserveCapacity(16)
        while true {
            while index > limit, isSeparator(text[index - 1]) { index -= 1 }
            guard index > limit else { return false }
            // `§ 3.1.2.4`, `§3.1.2.4` (U+00A7 is C2 A7 in UTF-8).
            if index >= 2, text[index - 1] == 0xA7, text[index - 2] == 0xC2 { return true }
            let end = index
            while index > limit, isLetter(text[index - 1]) { index -= 1 }
            // Not a word, or a word glued to digits (`win10`), or cut off by the limit: no context.
            guard index < end, index == 0 || !isAlphanumeric(text[index - 1]), index > limit || index == 0 else {
                return false
            }
            // Split camelCase (`buildNumber` → `build`, `Number`) and judge the segments right to left.
            var segmentEnd = end
            var cursor = end - 1
            while cursor >= index {
                let isSegmentStart = cursor == index
                    || (isUppercase(text[cursor]) && !isUppercase(text[cursor - 1]))
                if isSegmentStart {
                    word.removeAll(keepingCapacity: true)
                    for offset in cursor..<segmentEnd { word.append(text[offset] | 0x20) }
                    if versionWordBytes.contains(word) { return true }
                    if versionSuffixes.contains(where: { word.count > $0.count && word.ends(with: $0) }) { return true }
                    guard fillerWordBytes.contains(word), fillers < 2 else { return false }
                    fillers += 1
                    segmentEnd = cursor
                }
                cursor -= 1
            }
        }
    }

    /// Whether the number ending at `position` is followed by a package or installer extension (`.exe`, `.msi`).
    public static func followsPackageName(at position: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard position < text.count, text[position] == UInt8(ascii: ".") else { return false }
        var end = position + 1
        while end < text.count, end - position <= 6, isAlphanumeric(text[end]) { end += 1 }
        guard end > position + 1, end == text.count || !isAlphanumeric(text[end]) else { return false }
        return extensionBytes.contains(text[(position + 1)..<end].map { $0 | 0x20 })
    }

    @inline(__always) static func isSeparator(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ":"), UInt8(ascii: "="), UInt8(ascii: "("), UInt8(ascii: "["),
             UInt8(ascii: "{"), UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "#"), UInt8(ascii: "-"),
             UInt8(ascii: "_"), UInt8(ascii: "/"), UInt8(ascii: "."), UInt8(ascii: "\\"):
            return true
        default:
            return false
        }
    }
    @inline(__always) static func isLetter(_ byte: UInt8) -> Bool {
        let lower = byte | 0x20
        return lower >= 0x61 && lower <= 0x7A
    }
    @inline(__always) static func isUppercase(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
    @inline(__always) static func isAlphanumeric(_ byte: UInt8) -> Bool {
        isLetter(byte) || (byte >= 0x30 && byte <= 0x39)
    }
}

extension Array where Element == UInt8 {
    fileprivate func ends(with suffix: [UInt8]) -> Bool {
        count >= suffix.count && self[(count - suffix.count)...].elementsEqual(suffix)
    }
}
