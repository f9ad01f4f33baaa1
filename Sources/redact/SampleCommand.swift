import ArgumentParser
import Redaction
import SyntheticData

#if canImport(Glibc)
import Glibc
#endif

/// `redact sample`: synthetic support-case records (JSONL) with planted personal data and decoys, from a seed.
struct SampleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sample",
        abstract: "Write synthetic support-case records (JSONL) with planted personal data.",
        discussion: """
            The same seed and options give byte-identical output on every machine. All personal data is fictional \
            or from reserved ranges. With --truth, the ground truth (planted values and decoys with their byte \
            offsets, one JSON object per record) is written to a file. Samples/cases.jsonl is \
            'redact sample --records 200 --seed 42 --truth Samples/cases.truth.jsonl'.

            Examples:
              redact sample --records 1000 --seed 7 > cases.jsonl
              redact sample --records 100000 --size long --locales ja,de > big.jsonl
              redact sample --records 500 --truth truth.jsonl | redact > clean.jsonl
            """
    )

    /// Record sizes, mapped to the generator's presets.
    enum Size: String, ExpressibleByArgument, CaseIterable {
        case short, normal, long
    }

    @Option(help: "Number of records.")
    var records: Int = 100

    @Option(help: "Seed of the generator.")
    var seed: UInt64 = 42

    @Option(help: "Record size: short (~0.8 KB), normal (~1.2 KB) or long (~5 KB).")
    var size: Size = .normal

    @Option(help: "Probability (0…1) that a free-text sentence carries personal data.")
    var piiDensity: Double = 0.35

    @Option(help: "Comma-separated locales to draw from (en, de, fr, es, ja, pt-BR); default: the realistic mix.")
    var locales: String?

    @Flag(help: "Only plain e-mail forms (no obfuscated addresses).")
    var noObfuscatedEmails = false

    @Flag(help: "Every name, city and street in free text is the record's own (also in its structured fields).")
    var ownEntitiesOnly = false

    @Flag(help: "Add sentences whose words are names or places elsewhere ('Will the patch…', 'Paris Agreement') as COMMON_WORD decoys.")
    var commonWordDecoys = false

    @Option(help: "Also write the ground truth (JSONL) to this file.")
    var truth: String?

    func validate() throws {
        guard records >= 0 else { throw ValidationError("--records must not be negative") }
        guard (0...1).contains(piiDensity) else { throw ValidationError("--pii-density must be between 0 and 1") }
        _ = try localeWeights()
    }

    private func localeWeights() throws -> [RecordLocale: Int]? {
        guard let locales else { return nil }
        var weights: [RecordLocale: Int] = [:]
        for name in locales.split(separator: ",").map({ String($0.filter { $0 != " " }) }) {
            guard let locale = RecordLocale(rawValue: name) else {
                throw ValidationError("unknown locale '\(name)'; use en, de, fr, es, ja, pt-BR")
            }
            weights[locale] = 1
        }
        guard !weights.isEmpty else { throw ValidationError("--locales names no locale") }
        return weights
    }

    func run() throws {
        var options: SupportCaseGenerator.Options =
            switch size {
            case .short: .short
            case .normal: .init()
            case .long: .long
            }
        options.piiDensity = piiDensity
        options.includeObfuscatedEmails = !noObfuscatedEmails
        options.ownEntitiesOnly = ownEntitiesOnly
        options.commonWordDecoys = commonWordDecoys
        if let weights = try localeWeights() { options.localeWeights = weights }
        var generator = SupportCaseGenerator(seed: seed, options: options)
        var output = OutputWriter(fileDescriptor: 1)
        guard let truth else {
            for _ in 0..<records {
                generator.appendNextLine(to: &output.pending)
                try output.flushIfFull()
            }
            try output.flush()
            return
        }
        let descriptor = open(truth, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else {
            throw RedactionError(.writeFailed, reason: "cannot open \(truth): \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }
        var truthOutput = OutputWriter(fileDescriptor: descriptor)
        for lineNumber in stride(from: 1, through: records, by: 1) {
            let record = generator.next()
            output.pending.append(contentsOf: record.line.utf8)
            output.pending.append(0x0A)
            truthOutput.pending.append(contentsOf: record.groundTruthLine(lineNumber: lineNumber).utf8)
            truthOutput.pending.append(0x0A)
            try output.flushIfFull()
            try truthOutput.flushIfFull()
        }
        try output.flush()
        try truthOutput.flush()
    }
}
