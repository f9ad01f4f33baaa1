import ArgumentParser
import Redaction

/// `redact detectors`: the built-in catalog with an example of each detector and what it becomes.
struct DetectorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "detectors",
        abstract: "List the built-in detectors with an example of each.",
        discussion: """
            Each entry shows the detector id (for --disable), its kind, what it finds, a synthetic example and what \
            the example becomes.

            Examples:
              redact detectors
              redact detectors | grep -A3 '^phone'
            """
    )

    func run() throws {
        let set = try DetectorSet.builtIn()
        let redactor = Redactor(detectors: set)
        var output = ""
        for descriptor in set.descriptors {
            output += "\(descriptor.id) (\(descriptor.kind))\n"
            output += "  \(descriptor.summary)\n"
            output += "  example: \(descriptor.example)\n"
            output += "  becomes: \(try redactor.redact(descriptor.example))\n\n"
        }
        print(output, terminator: "")
    }
}
