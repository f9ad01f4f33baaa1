import CPCRE2

/// An error reported by PCRE2: which operation failed, PCRE2's own code and message, and for compile errors the
/// offset in the *pattern*. It never carries subject bytes, so it is safe to print whatever the subject was.
struct PCRE2Error: Error, Sendable, Equatable, CustomStringConvertible {
    /// The PCRE2 call that failed.
    enum Operation: String, Sendable {
        case compile = "pcre2_compile"
        case match = "pcre2_match"
        case allocate = "pcre2 allocation"
    }

    let operation: Operation
    /// PCRE2's error code (negative for match errors, positive for compile errors).
    let code: Int32
    /// Offset in the pattern where compilation failed; `nil` for match errors.
    let patternOffset: Int?

    /// PCRE2's own text for `code`, from `pcre2_get_error_message`.
    var message: String { PCRE2Error.message(for: code) }

    /// True when the error is one of PCRE2's resource limits (match, depth, heap limit or JIT stack).
    var isResourceLimit: Bool {
        code == PCRE2_ERROR_MATCHLIMIT || code == PCRE2_ERROR_DEPTHLIMIT || code == PCRE2_ERROR_HEAPLIMIT
            || code == PCRE2_ERROR_JIT_STACKLIMIT || code == PCRE2_ERROR_NOMEMORY
    }

    var description: String {
        if let patternOffset {
            return "\(operation.rawValue) failed at pattern offset \(patternOffset): \(message) (PCRE2 error \(code))"
        }
        return "\(operation.rawValue) failed: \(message) (PCRE2 error \(code))"
    }

    static func message(for code: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 256)
        let length = buffer.withUnsafeMutableBufferPointer { pointer in
            pcre2_get_error_message_8(code, pointer.baseAddress, pointer.count)
        }
        guard length > 0 else { return "unknown PCRE2 error" }
        return String(decoding: buffer[0..<Int(length)], as: UTF8.self)
    }
}
