#if canImport(Glibc)
import Glibc
#endif
import FuzzSupport
import Redaction

@main
enum FuzzJSONMain {
    static func main() { exit(runFuzzer { data, size in fuzzJSON(data, size) }) }
}

/// The JSON scanner and rewriter on arbitrary bytes (one record). Invariants: no crash or hang; a record is
/// redacted exactly when the scanner accepts it; the output is one line that the scanner accepts again; redacting
/// again converges to a fixed point, never oscillates (each pass settles, as under `--verify`; a record that has
/// not settled after one pass is what verification rejects).
func fuzzJSON(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = UnsafeBufferPointer(start: data, count: size)
    var tokens: [JSONToken] = [], containers: [UInt8] = [], owners: [Int] = []
    let accepted = (try? JSONScanner().scan(input, tokens: &tokens, containers: &containers, owners: &owners)) != nil
    var output: [UInt8] = []
    do {
        try Shared.redactor.redactJSON(input, into: &output, scratch: &Shared.scratch)
    } catch {
        invariant(!accepted || error.code == .matchLimitExceeded, "a record the scanner accepts is redacted")
        invariant(output.isEmpty, "nothing is written for a failed record")
        return 0
    }
    invariant(accepted, "only records the scanner accepts are redacted")
    invariant(!output.contains(0x0A) || input.contains(0x0A), "one line in, one line out")
    let outputAccepted = output.withUnsafeBufferPointer {
        (try? JSONScanner().scan($0, tokens: &tokens, containers: &containers, owners: &owners)) != nil
    }
    invariant(outputAccepted, "the output is valid JSON")
    invariant(Shared.converges(output) { (buffer, again) throws(RedactionError) in
        try Shared.redactor.redactJSON(buffer, into: &again, scratch: &Shared.scratch)
    }, "repeated redaction converges (no oscillation)")
    return 0
}
