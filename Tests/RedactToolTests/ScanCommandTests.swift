import Foundation
import RedactionTestSupport
import Testing

@Suite("redact scan")
struct ScanCommandTests {
    /// Generated records with their ground truth, written once per test into a fresh directory.
    struct Corpus {
        let directory: URL
        let records: URL
        let truth: [[String: Any]]

        init(records count: Int, seed: Int) throws {
            directory = FileManager.default.temporaryDirectory.appendingPathComponent("scan-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            records = directory.appendingPathComponent("cases.jsonl")
            let truthURL = directory.appendingPathComponent("truth.jsonl")
            let generated = try RedactBinary.run(
                ["sample", "--records", String(count), "--seed", String(seed), "--truth", truthURL.path])
            try generated.stdout.write(to: records)
            truth = try String(contentsOf: truthURL, encoding: .utf8).split(separator: "\n").map {
                try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] ?? [:]
            }
        }

        var planted: [(kind: String, field: String, value: String)] {
            truth.flatMap { record in
                (record["planted"] as? [[String: Any]] ?? []).map {
                    ($0["kind"] as? String ?? "", $0["field"] as? String ?? "", $0["value"] as? String ?? "")
                }
            }
        }

        func file(_ name: String) -> URL { directory.appendingPathComponent(name) }

        func remove() { try? FileManager.default.removeItem(at: directory) }
    }

    private func json(_ url: URL) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any] ?? [:]
    }

    @Test func countsMatchTheGroundTruth() throws {
        let corpus = try Corpus(records: 3_000, seed: 77)
        defer { corpus.remove() }
        let reportURL = corpus.file("report.json")
        let result = try RedactBinary.run(["scan", corpus.records.path, "--json", reportURL.path])
        #expect(result.status == 0)
        let report = try json(reportURL)
        let found = report["findingsByKind"] as? [String: Int] ?? [:]
        var planted: [String: Int] = [:]
        for value in corpus.planted { planted[value.kind, default: 0] += 1 }
        #expect(planted.count == 15)
        // Every kind within 1 % of the ground truth — names, cities and streets too, in fields (field rules) and in
        // free text (propagation, context rules, street formats, the city gazetteer).
        for (kind, count) in planted {
            let difference = abs((found[kind] ?? 0) - count)
            #expect(Double(difference) <= 0.01 * Double(count), "\(kind): found \(found[kind] ?? 0), planted \(count)")
        }
        #expect(Set(found.keys).isSubset(of: Set(planted.keys)))
        #expect(report["recordsScanned"] as? Int == 3_000)
        #expect(report["recordsWithFindings"] as? Int == 3_000)
        // The generator's Luhn-failing card decoys are exactly the near misses.
        let decoys = corpus.truth.flatMap { $0["decoys"] as? [[String: Any]] ?? [] }
        let luhnDecoys = decoys.filter { $0["kind"] as? String == "LUHN_INVALID" }.count
        #expect((report["nearMissesByKind"] as? [String: Int])?["CARD_FAILING_LUHN"] == luhnDecoys)
    }

    @Test func redactedOutputScansCleanAndGatesPass() throws {
        let corpus = try Corpus(records: 1_000, seed: 78)
        defer { corpus.remove() }
        let raw = try RedactBinary.run(["scan", "--fail-on", "any", corpus.records.path])
        #expect(raw.status == 1)
        #expect(raw.stderr.contains("finding(s) of"))
        #expect(try RedactBinary.run(["scan", "--fail-on", "IBAN,US_SSN", corpus.records.path]).status == 1)
        #expect(try RedactBinary.run(["scan", "--fail-on", "NO_SUCH_KIND", corpus.records.path]).status == 0)

        let clean = corpus.file("clean.jsonl")
        #expect(try RedactBinary.run([corpus.records.path, "-o", clean.path]).status == 0)
        let reportURL = corpus.file("clean-report.json")
        let rescan = try RedactBinary.run(["scan", "--fail-on", "any", clean.path, "--json", reportURL.path])
        #expect(rescan.status == 0)
        let report = try json(reportURL)
        #expect((report["findingsByKind"] as? [String: Int])?.isEmpty == true)
        #expect(report["recordsWithFindings"] as? Int == 0)
        #expect(rescan.output.contains("records with findings: 0"))
    }

    @Test func usageErrorsExitTwo() throws {
        #expect(try RedactBinary.run(["scan", "--sample-rate", "0"]).status == 2)
        #expect(try RedactBinary.run(["scan", "--fail-on", ","]).status == 2)
        #expect(try RedactBinary.run(["scan", "/nonexistent/input.jsonl"]).status == 2)
    }

    /// SARIF 2.1.0's required structure (sarif-schema-2.1.0.json): `version`, `runs[].tool.driver.name`,
    /// `results[].message.text`, levels from its enumeration, 1-based regions, rule indices that resolve.
    @Test func sarifHasTheRequiredStructure() throws {
        let corpus = try Corpus(records: 200, seed: 79)
        defer { corpus.remove() }
        let sarifURL = corpus.file("report.sarif")
        #expect(try RedactBinary.run(["scan", corpus.records.path, "--sarif", sarifURL.path, "--locations", "50"]).status == 0)
        let log = try json(sarifURL)
        #expect(log["version"] as? String == "2.1.0")
        #expect((log["$schema"] as? String)?.hasSuffix("sarif-2.1.0.json") == true)
        let runs = log["runs"] as? [[String: Any]] ?? []
        #expect(runs.count == 1)
        let run = try #require(runs.first)
        let driver = (run["tool"] as? [String: Any])?["driver"] as? [String: Any]
        #expect(driver?["name"] as? String == "redact")
        let rules = driver?["rules"] as? [[String: Any]] ?? []
        #expect(!rules.isEmpty)
        for rule in rules { #expect(rule["id"] is String) }
        let results = run["results"] as? [[String: Any]] ?? []
        #expect(results.count > 50)  // 50 findings plus the near misses
        for result in results {
            #expect((result["message"] as? [String: Any])?["text"] is String)
            #expect(["none", "note", "warning", "error"].contains(result["level"] as? String ?? ""))
            let ruleIndex = result["ruleIndex"] as? Int ?? -1
            #expect(rules.indices.contains(ruleIndex))
            #expect(rules[ruleIndex]["id"] as? String == result["ruleId"] as? String)
            let location = (result["locations"] as? [[String: Any]])?.first
            let physical = location?["physicalLocation"] as? [String: Any]
            #expect((physical?["artifactLocation"] as? [String: Any])?["uri"] is String)
            #expect(((physical?["region"] as? [String: Any])?["startLine"] as? Int ?? 0) >= 1)
        }
    }

    @Test func samplingEstimatesWithItsErrorAndIsDeterministic() throws {
        let corpus = try Corpus(records: 2_000, seed: 80)
        defer { corpus.remove() }
        let first = corpus.file("first.json"), second = corpus.file("second.json")
        let run = try RedactBinary.run(["scan", "--sample-rate", "0.1", "--seed", "3", corpus.records.path, "--json", first.path])
        #expect(run.status == 0)
        #expect(run.output.contains("±"))
        #expect(try RedactBinary.run(["scan", "--sample-rate", "0.1", "--seed", "3", corpus.records.path, "--json", second.path, "--jobs", "1"]).status == 0)
        #expect(try Data(contentsOf: first) == Data(contentsOf: second))
        let report = try json(first)
        let scanned = report["recordsScanned"] as? Int ?? 0
        #expect(report["recordsRead"] as? Int == 2_000)
        #expect((120...280).contains(scanned))
        let limited = try RedactBinary.run(["scan", "--max-records", "50", corpus.records.path])
        #expect(limited.output.hasPrefix("scanned 50 of 50 records read"))
    }

    /// Everything a scan writes — table, JSON, SARIF, standard error (invalid records) — shows planted values only
    /// masked.
    @Test func noOutputContainsAPlantedValue() throws {
        let corpus = try Corpus(records: 400, seed: 81)
        defer { corpus.remove() }
        // Add broken records carrying planted values, so error paths are exercised too.
        var input = try Data(contentsOf: corpus.records)
        for planted in corpus.planted.prefix(40) { input.append(Data(#"{"broken": "\#(planted.value)"#.utf8 + [0x0A])) }
        let jsonURL = corpus.file("r.json"), sarifURL = corpus.file("r.sarif")
        let result = try RedactBinary.run(
            ["scan", "--on-invalid", "text", "--locations", "1000", "--json", jsonURL.path, "--sarif", sarifURL.path],
            input: input)
        #expect(result.status == 0)
        #expect(result.stderr.contains("invalid-json"))
        let outputs = [result.output, result.stderr, try String(contentsOf: jsonURL, encoding: .utf8),
                       try String(contentsOf: sarifURL, encoding: .utf8)]
        let haystacks = outputs.map { Data($0.utf8) }
        for planted in corpus.planted where planted.value.count >= 4 {
            // A byte search first (fast); expectAbsent reports a hit with masked text only.
            for (output, bytes) in zip(outputs, haystacks) where bytes.range(of: Data(planted.value.utf8)) != nil {
                expectAbsent(planted.value, in: output, planted.kind)
            }
        }
    }
}
