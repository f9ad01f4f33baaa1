import Redaction

/// Stops the fuzzer with a finding: libFuzzer saves the input that caused it as `crash-…`. The message names the
/// invariant only — never the input (it may hold planted personal data).
public func invariant(_ condition: @autoclosure () -> Bool, _ name: StaticString) {
    guard condition() else { fatalError("invariant broken: \(name)") }
}

/// One redactor and scratch per process (libFuzzer calls the target from one thread).
public enum Shared {
    /// Every built-in detector, default field rules and propagation, settling rewrites (as `redact --verify`), so
    /// that redaction must be a fixed point.
    public static let redactor: Redactor = {
        var redactor = try! Redactor.builtIn()
        redactor.settlesRewrites = true
        return redactor
    }()
    /// The worker's scratch.
    nonisolated(unsafe) public static var scratch = RecordScratch()

    /// Whether redacting `output` again and again (with `redact`, which appends to its second argument) reaches a
    /// record that redacts to itself within `passes` passes: a context rule may reach one value further each time a
/// neighbour is replaced, but redaction must never oscillate or grow. A pass that fails counts as not converging.
    public static func converges(
        _ output: [UInt8], passes: Int = 64,
        _ redact: (UnsafeBufferPointer<UInt8>, inout [UInt8]) throws(RedactionError) -> Void
    ) -> Bool {
        var current = output
        for _ in 0..<passes {
            var again: [UInt8] = []
            let redacted: Void? = current.withUnsafeBufferPointer { buffer in try? redact(buffer, &again) }
            guard redacted != nil else { return false }
            if again == current { return true }
            current = again
        }
        return false
    }
}

/// libFuzzer's entry point for programs with their own `main` (SwiftPM gives every executable one).
@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

/// Runs libFuzzer with the process's arguments and `callback` as the target; returns its exit status.
public func runFuzzer(_ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt) -> CInt {
    var argc = CommandLine.argc
    var argv = CommandLine.unsafeArgv
    return LLVMFuzzerRunDriver(&argc, &argv, callback)
}
