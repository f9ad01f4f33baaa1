#if canImport(Glibc)
import Glibc
#endif
import FuzzSupport
import Redaction

@main
enum FuzzCSVMain {
    static func main() { exit(runFuzzer { data, size in fuzzCSV(data, size) }) }
}

/// The CSV reader and rewriter on arbitrary bytes (one record, with and without a header). Invariants: no crash or
/// hang; the output splits into as many fields as the input; redacting the output again converges to a fixed
/// point, never oscillates.
func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = UnsafeBufferPointer(start: data, count: size)
    let header = Redactor.csvHeader(input)
    var fields: [CSVRecord.Field] = []
    guard (try? CSVRecord.split(input, into: &fields)) != nil else { return 0 }
    let fieldCount = fields.count
    for names in [nil, header] {
        var output: [UInt8] = []
        do {
            try Shared.redactor.redactCSV(input, header: names, into: &output, scratch: &Shared.scratch)
        } catch {
            invariant(error.code == .matchLimitExceeded, "a record that splits is redacted")
            continue
        }
        let splits = output.withUnsafeBufferPointer { (try? CSVRecord.split($0, into: &fields)) != nil }
        invariant(splits && fields.count == fieldCount, "the output has the input's fields")
        invariant(Shared.converges(output) { (buffer, again) throws(RedactionError) in
            try Shared.redactor.redactCSV(buffer, header: names, into: &again, scratch: &Shared.scratch)
        }, "repeated redaction converges (no oscillation)")
    }
    return 0
}
