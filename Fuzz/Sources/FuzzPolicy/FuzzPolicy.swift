#if canImport(Glibc)
import Glibc
#endif
import FuzzSupport
import Redaction

@main
enum FuzzPolicyMain {
    static func main() { exit(runFuzzer { data, size in fuzzPolicy(data, size) }) }
}

/// The policy loader on arbitrary text. Invariants: no crash or hang; a policy that loads builds a redactor or fails
/// with a configuration error (a bad pattern, a missing key), never anything else.
func fuzzPolicy(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    guard let policy = try? PolicyFile.parse(text, origin: "fuzz", directory: "/nonexistent") else { return 0 }
    do {
        _ = try Redactor(policy: policy, key: nil)
    } catch {
        invariant([.invalidConfiguration, .invalidPattern].contains(error.code), "a loaded policy builds or is refused")
    }
    return 0
}
