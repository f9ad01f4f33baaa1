import ArgumentParser

/// `redact sample`: synthetic support-case records with planted personal data (filled in with the generator).
struct SampleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sample",
        abstract: "Write synthetic support-case records (JSONL) with planted personal data."
    )

    func run() throws {}
}
