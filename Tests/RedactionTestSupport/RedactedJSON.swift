import Redaction

/// The redacted form of one JSON record as text, with `scratch` kept across calls (as a worker keeps it).
public func redactedJSON(_ json: String, with redactor: Redactor, scratch: inout RecordScratch) throws -> String {
    var output: [UInt8] = []
    try Array(json.utf8).withUnsafeBufferPointer { (buffer) throws(RedactionError) in
        try redactor.redactJSON(buffer, into: &output, scratch: &scratch)
    }
    return String(decoding: output, as: UTF8.self)
}

/// The redacted form of one JSON record as text, with fresh scratch.
public func redactedJSON(_ json: String, with redactor: Redactor) throws -> String {
    var scratch = RecordScratch()
    return try redactedJSON(json, with: redactor, scratch: &scratch)
}
