import Foundation
import Redaction
import Testing

@Suite("Line reader")
struct LineReaderTests {
    /// Reads `content` through a LineReader with the given sizes and returns (line, number, offset, newline, overlong).
    private func read(
        _ content: [UInt8], bufferSize: Int, maxLineBytes: Int = 1 << 20
    ) throws -> [(bytes: [UInt8], number: Int, offset: Int, newline: Bool, overlong: Bool, length: Int)] {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("linereader-\(UUID().uuidString)")
        try Data(content).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let descriptor = open(url.path, O_RDONLY)
        defer { close(descriptor) }
        var reader = LineReader(fileDescriptor: descriptor, bufferSize: bufferSize, maxLineBytes: maxLineBytes)
        var lines: [(bytes: [UInt8], number: Int, offset: Int, newline: Bool, overlong: Bool, length: Int)] = []
        while let line = try reader.next() {
            lines.append((Array(line.bytes), line.number, line.offset, line.hasNewline, line.isOverlong, line.length))
        }
        return lines
    }

    /// The oracle: split on `\n`, the last piece is a line only when non-empty.
    private func oracle(_ content: [UInt8]) -> [[UInt8]] {
        var pieces = content.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
        if pieces.last?.isEmpty == true { pieces.removeLast() }
        return pieces
    }

    @Test("matches the oracle at every buffer size", arguments: [64, 65, 100, 128, 1000, 1 << 16])
    func matchesOracle(bufferSize: Int) throws {
        var generator = SeededGenerator(seed: UInt64(bufferSize))
        var content: [UInt8] = []
        for _ in 0..<300 {
            let length = Int(generator.next() % 300)
            content += (0..<length).map { _ in UInt8(truncatingIfNeeded: 0x20 + generator.next() % 0x60) }
            content.append(0x0A)
        }
        content += Array("last line without newline\r".utf8)
        let lines = try read(content, bufferSize: bufferSize)
        #expect(lines.map(\.bytes) == oracle(content))
        #expect(lines.map(\.number) == Array(1...lines.count))
        var offset = 0
        for line in lines {
            #expect(line.offset == offset)
            offset += line.bytes.count + 1
        }
        #expect(lines.last?.newline == false)
        #expect(lines.dropLast().allSatisfy { $0.newline })
    }

    @Test func emptyInputAndEmptyLines() throws {
        let none = try read([], bufferSize: 64)
        #expect(none.isEmpty)
        let lines = try read(Array("\n\na\n".utf8), bufferSize: 64)
        #expect(lines.map(\.bytes) == [[], [], [0x61]])
    }

    @Test("overlong lines are reported, not stored", arguments: [64, 100, 4096])
    func overlongLines(bufferSize: Int) throws {
        let long = [UInt8](repeating: 0x78, count: 1000)
        let content = Array("short\n".utf8) + long + [0x0A] + Array("after\n".utf8) + long
        let lines = try read(content, bufferSize: bufferSize, maxLineBytes: 200)
        #expect(lines.count == 4)
        #expect(lines.map(\.overlong) == [false, true, false, true])
        #expect(lines[1].bytes.isEmpty && lines[1].length == 1000 && lines[1].offset == 6)
        #expect(lines[2].bytes == Array("after".utf8) && lines[2].number == 3 && lines[2].offset == 1007)
        #expect(lines[3].newline == false && lines[3].length == 1000)
    }

    @Test func lineOfExactlyTheMaximumIsKept() throws {
        let content = [UInt8](repeating: 0x61, count: 200) + [0x0A] + [UInt8](repeating: 0x62, count: 200)
        let lines = try read(content, bufferSize: 64, maxLineBytes: 200)
        #expect(lines.map(\.overlong) == [false, false])
        #expect(lines.map(\.bytes.count) == [200, 200])
    }
}
