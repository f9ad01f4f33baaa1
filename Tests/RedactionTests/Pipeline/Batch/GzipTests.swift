import Foundation
import Testing

@testable import Redaction

@Suite("Gzip decoder and encoder")
struct GzipTests {
    /// Compresses with our encoder, feeding the input in pieces of `piece` bytes.
    private func compress(_ data: [UInt8], piece: Int) throws -> [UInt8] {
        let encoder = try GzipEncoder()
        var output: [UInt8] = []
        var start = 0
        while start < data.count {
            let end = min(start + piece, data.count)
            let piece = Array(data[start..<end])
            try piece.withUnsafeBytes { bytes in try encoder.encode(bytes) { output += $0 } }
            start = end
        }
        try encoder.finish { output += $0 }
        return output
    }

    /// Decompresses, feeding the compressed bytes in pieces of `piece` bytes.
    private func decompress(_ data: [UInt8], piece: Int) throws -> [UInt8] {
        let decoder = try GzipDecoder()
        var output: [UInt8] = []
        var start = 0
        while start < data.count {
            let end = min(start + piece, data.count)
            let piece = Array(data[start..<end])
            try piece.withUnsafeBytes { bytes in try decoder.decode(bytes) { output += $0 } }
            start = end
        }
        try decoder.finish()
        return output
    }

    /// Seeded, compressible bytes: repeated words with varying numbers, about `count` long.
    private func sample(_ count: Int, seed: UInt64) -> [UInt8] {
        var state = seed
        var bytes: [UInt8] = []
        while bytes.count < count {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            bytes += Array("case \(state >> 40) note \(state % 997)\n".utf8)
        }
        return bytes
    }

    @Test func roundTripsWhateverThePieceSizes() throws {
        let data = sample(3 << 20, seed: 7)
        let compressed = try compress(data, piece: 1 << 20)
        #expect(compressed.count < data.count / 2)
        for piece in [1, 7, 4096, 1 << 20] where piece > 1 || compressed.count < 200_000 {
            #expect(try decompress(compressed, piece: piece) == data)
        }
        #expect(try decompress(try compress([], piece: 1), piece: 1).isEmpty)
    }

    /// The same input gives the same bytes however it arrives (a batch re-run must be byte-identical).
    @Test func outputDoesNotDependOnHowInputArrives() throws {
        let data = sample(1 << 20, seed: 11)
        let reference = try compress(data, piece: data.count)
        for piece in [1000, 65_536, 300_001] {
            #expect(try compress(data, piece: piece) == reference)
        }
        // A fixed header: no name, no time.
        #expect(Array(reference.prefix(8)) == [0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00])
    }

    @Test func readsConcatenatedMembers() throws {
        let first = sample(100_000, seed: 1), second = sample(50_000, seed: 2)
        let joined = try compress(first, piece: 4096) + compress(second, piece: 4096)
        #expect(try decompress(joined, piece: 10_000) == first + second)
    }

    @Test func corruptDataIsAnError() throws {
        var compressed = try compress(sample(200_000, seed: 3), piece: 65_536)
        compressed[compressed.count / 2] ^= 0xFF
        compressed[compressed.count / 2 + 1] ^= 0x55
        #expect(throws: RedactionError.self) { try decompress(compressed, piece: 4096) }
        // Not gzip at all.
        #expect(throws: RedactionError.self) { try decompress(Array("plain text\n".utf8), piece: 100) }
    }

    @Test func dataEndingInsideAMemberIsAnError() throws {
        let compressed = try compress(sample(200_000, seed: 4), piece: 65_536)
        do {
            _ = try decompress(Array(compressed.dropLast(9)), piece: 4096)
            Issue.record("a truncated file was read as complete")
        } catch let error as RedactionError {
            #expect(error.code == .corruptCompression)
            #expect(error.reason.contains("truncated"))
        }
        #expect(throws: RedactionError.self) { try decompress([], piece: 1) }
    }

    /// Interoperates with the system's gzip both ways.
    @Test func interoperatesWithSystemGzip() throws {
        guard FileManager.default.isExecutableFile(atPath: "/bin/gzip") else { return }
        let data = sample(500_000, seed: 5)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("gzip-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let ours = directory.appendingPathComponent("ours.gz"), theirs = directory.appendingPathComponent("theirs")
        try Data(try compress(data, piece: 65_536)).write(to: ours)
        try Data(data).write(to: theirs)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", "gzip -t \(ours.path) && gzip -k -9 \(theirs.path)"]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let system = try Data(contentsOf: directory.appendingPathComponent("theirs.gz"))
        #expect(try decompress(Array(system), piece: 8192) == data)
    }
}
