import CPCRE2

/// Facts about the PCRE2 library this process is linked against.
enum PCRE2Library {
    /// PCRE2's version string, e.g. `10.42 2022-12-11`.
    static let version: String = {
        let needed = pcre2_config_8(UInt32(PCRE2_CONFIG_VERSION), nil)
        guard needed > 0 else { return "unknown" }
        var buffer = [UInt8](repeating: 0, count: Int(needed))
        _ = buffer.withUnsafeMutableBytes { pcre2_config_8(UInt32(PCRE2_CONFIG_VERSION), $0.baseAddress) }
        return String(decoding: buffer.prefix { $0 != 0 }, as: UTF8.self)
    }()

    /// Whether PCRE2 was built with JIT support for this CPU.
    static let isJITAvailable: Bool = {
        var value: UInt32 = 0
        let rc = pcre2_config_8(UInt32(PCRE2_CONFIG_JIT), &value)
        return rc >= 0 && value == 1
    }()
}
