import Foundation
import Testing

/// Runs the built `redact` executable, as users do.
enum RedactBinary {
    struct Result {
        let status: Int32
        let stdout: Data
        let stderr: String
        var output: String { String(decoding: stdout, as: UTF8.self) }
    }

    /// The `redact` binary next to the test bundle (`.build/<triple>/<config>/redact`).
    static let url: URL = {
        var candidates: [URL] = []
        candidates.append(URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent())
        candidates.append(Bundle.main.bundleURL)
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent())
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        candidates.append(packageRoot.appendingPathComponent(".build/debug"))
        for directory in candidates {
            let binary = directory.appendingPathComponent("redact")
            if FileManager.default.isExecutableFile(atPath: binary.path) { return binary }
        }
        return packageRoot.appendingPathComponent(".build/debug/redact")
    }()

    /// Runs `redact arguments…` with `input` on standard input.
    static func run(_ arguments: [String], input: Data = Data()) throws -> Result {
        // redact may exit before reading all its input (--on-invalid fail); writing to the closed pipe must then
        // fail with EPIPE instead of killing the test process.
        signal(SIGPIPE, SIG_IGN)
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        // Feed stdin and drain both outputs concurrently so large payloads cannot deadlock.
        let outBox = DataBox(), errBox = DataBox()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { outBox.data = stdout.fileHandleForReading.readDataToEndOfFile() }
        DispatchQueue.global().async(group: group) { errBox.data = stderr.fileHandleForReading.readDataToEndOfFile() }
        try? stdin.fileHandleForWriting.write(contentsOf: input)
        try? stdin.fileHandleForWriting.close()
        group.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: outBox.data,
                      stderr: String(decoding: errBox.data, as: UTF8.self))
    }

    static func run(_ arguments: [String], input: String) throws -> Result {
        try run(arguments, input: Data(input.utf8))
    }

    /// Runs a shell pipeline where `$REDACT` names the binary; returns its standard output.
    static func shell(_ script: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", script]
        process.environment = ProcessInfo.processInfo.environment.merging(["REDACT": url.path]) { $1 }
        let stdout = Pipe()
        process.standardOutput = stdout
        try process.run()
        let data = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}

/// A data slot written by one background reader and read after `DispatchGroup.wait()`.
final class DataBox: @unchecked Sendable {
    var data = Data()
}

/// A temporary file deleted when the test ends.
struct TemporaryFile: ~Copyable {
    let url: URL
    init(_ content: Data) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("redact-test-\(UUID().uuidString)")
        try content.write(to: url)
    }
    init(_ content: String) throws { try self.init(Data(content.utf8)) }
    var path: String { url.path }
    deinit { try? FileManager.default.removeItem(at: url) }
}
