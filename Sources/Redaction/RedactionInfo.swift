/// Version facts about this library and the regex engine under it.
public enum RedactionInfo {
    /// This library's version.
    public static let version = "0.1.0"
    /// The linked PCRE2 version, e.g. `10.42 2022-12-11`.
    public static var pcre2Version: String { PCRE2Library.version }
    /// Whether PCRE2's JIT compiler is available and in use for the built-in patterns.
    public static var isJITActive: Bool {
        PCRE2Library.isJITAvailable && ((try? CompiledPattern("a"))?.isJITCompiled ?? false)
    }
}
