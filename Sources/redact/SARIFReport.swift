import Foundation
import Redaction

/// A ``ScanReport`` as SARIF 2.1.0 (OASIS Static Analysis Results Interchange Format), so code-scanning dashboards
/// show it: one rule per kind, one result per listed location (the first ones; the totals are in the run's
/// properties), each with the file, line, field path and a masked preview — never the value.
enum SARIFReport {
    static let schema = "https://json.schemastore.org/sarif-2.1.0.json"

    static func data(for report: ScanReport) throws -> Data {
        var kinds = Set(report.findingsByKind.keys).union(report.nearMissesByKind.keys)
        kinds.formUnion(report.locations.map(\.kind))
        kinds.formUnion(report.nearMissLocations.map(\.kind))
        let ruleIDs = kinds.sorted()
        let nearMissKinds = Set(report.nearMissesByKind.keys).union(report.nearMissLocations.map(\.kind))
        let rules = ruleIDs.map { kind in
            Rule(
                id: kind, name: kind,
                shortDescription: Text(text: nearMissKinds.contains(kind)
                    ? "Near miss: \(kind) (not redacted)" : "Personal data: \(kind)"),
                defaultConfiguration: Configuration(level: nearMissKinds.contains(kind) ? "warning" : "error"))
        }
        func result(_ location: ScanLocation, nearMiss: Bool) -> Result {
            let path = location.fieldPath.isEmpty ? "(line)" : location.fieldPath
            return Result(
                ruleId: location.kind, ruleIndex: ruleIDs.firstIndex(of: location.kind) ?? 0,
                level: nearMiss ? "warning" : "error",
                message: Text(text: "\(location.kind) at \(path) (\(location.detector), confidence "
                    + String(format: "%.2f", location.confidence) + "): \(location.preview)"),
                locations: [Location(
                    physicalLocation: PhysicalLocation(
                        artifactLocation: ArtifactLocation(uri: uri(location.file)),
                        region: Region(startLine: max(1, location.line))),
                    logicalLocations: location.fieldPath.isEmpty
                        ? nil : [LogicalLocation(fullyQualifiedName: location.fieldPath, kind: "member")])])
        }
        let log = Log(
            schema: schema, version: "2.1.0",
            runs: [Run(
                tool: Tool(driver: Driver(
                    name: "redact", version: RedactionInfo.version, rules: rules)),
                results: report.locations.map { result($0, nearMiss: false) }
                    + report.nearMissLocations.map { result($0, nearMiss: true) },
                properties: Properties(
                    recordsRead: report.recordsRead, recordsScanned: report.recordsScanned,
                    recordsWithFindings: report.recordsWithFindings, findingsByKind: report.findingsByKind,
                    nearMissesByKind: report.nearMissesByKind))])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(log)
    }

    /// The input's name as a relative URI reference (percent-encoded); standard input is `stdin`.
    private static func uri(_ file: String) -> String {
        guard !file.isEmpty, file != "<stdin>" else { return "stdin" }
        return file.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? "input"
    }

    private struct Log: Encodable {
        let schema: String
        let version: String
        let runs: [Run]
        enum CodingKeys: String, CodingKey {
            case schema = "$schema"
            case version, runs
        }
    }
    private struct Run: Encodable {
        let tool: Tool
        let results: [Result]
        let properties: Properties
    }
    private struct Tool: Encodable { let driver: Driver }
    private struct Driver: Encodable {
        let name: String
        let version: String
        let rules: [Rule]
    }
    private struct Rule: Encodable {
        let id: String
        let name: String
        let shortDescription: Text
        let defaultConfiguration: Configuration
    }
    private struct Configuration: Encodable { let level: String }
    private struct Text: Encodable { let text: String }
    private struct Result: Encodable {
        let ruleId: String
        let ruleIndex: Int
        let level: String
        let message: Text
        let locations: [Location]
    }
    private struct Location: Encodable {
        let physicalLocation: PhysicalLocation
        let logicalLocations: [LogicalLocation]?
    }
    private struct PhysicalLocation: Encodable {
        let artifactLocation: ArtifactLocation
        let region: Region
    }
    private struct ArtifactLocation: Encodable { let uri: String }
    private struct Region: Encodable { let startLine: Int }
    private struct LogicalLocation: Encodable {
        let fullyQualifiedName: String
        let kind: String
    }
    private struct Properties: Encodable {
        let recordsRead: Int
        let recordsScanned: Int
        let recordsWithFindings: Int
        let findingsByKind: [String: Int]
        let nearMissesByKind: [String: Int]
    }
}
