import Foundation
import Redaction
import Testing

@Suite("redact detectors")
struct DetectorsCommandTests {
    @Test func listsEveryBuiltInDetectorWithARedactedExample() throws {
        let result = try RedactBinary.run(["detectors"])
        #expect(result.status == 0)
        let catalog = try BuiltInDetectors.all()
        for detector in catalog {
            #expect(result.output.contains("\(detector.descriptor.id) (\(detector.descriptor.kind))"))
        }
        // Each block: "id (KIND)", summary, example, "becomes: …" — the example must become its own kind's tag.
        let blocks = result.output.components(separatedBy: "\n\n").filter { !$0.isEmpty }
        #expect(blocks.count == catalog.count)
        for (block, detector) in zip(blocks, catalog) {
            let becomes = block.split(separator: "\n").first { $0.hasPrefix("  becomes: ") } ?? ""
            #expect(becomes.contains("[\(detector.descriptor.kind)]"), "\(detector.descriptor.id)")
        }
    }
}
