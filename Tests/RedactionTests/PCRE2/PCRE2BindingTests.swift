import Dispatch
import Synchronization
import RedactionTestSupport
import Testing

@testable import Redaction

@Suite("PCRE2 binding")
struct PCRE2BindingTests {
    private func match(
        _ pattern: CompiledPattern, _ subject: [UInt8], from start: Int = 0, scratch: inout MatchScratch
    ) throws(PCRE2Error) -> Range<Int>? {
        try subject.withUnsafeBufferPointer { (buffer) throws(PCRE2Error) in
            try scratch.firstMatch(of: pattern, in: buffer, from: start)
        }
    }

    @Test func compilesAndJITCompiles() throws {
        let pattern = try CompiledPattern(#"\d{3}-\d{4}"#)
        #expect(pattern.isJITCompiled == PCRE2Library.isJITAvailable)
        #expect(pattern.captureCount == 0)
        var scratch = MatchScratch()
        #expect(try match(pattern, Array("call 555-0100 now".utf8), scratch: &scratch) == 5..<13)
        #expect(try match(pattern, Array("call 555-0100 now".utf8), from: 6, scratch: &scratch) == nil)
    }

    @Test func offsetLimitBoundsWhereAMatchStartsNotWhereItEnds() throws {
        let pattern = try CompiledPattern(#"(?<!\d)\d+-\d+"#, options: .offsetLimit)
        var scratch = MatchScratch()
        let text = Array("a 12-34 567-8".utf8)
        // A handle is valid while its pattern lives.
        try withExtendedLifetime(pattern) { try text.withUnsafeBufferPointer { (buffer) throws in
            // A match may start at the limit and run past it; look-behinds still see the bytes before `from`.
            #expect(try scratch.firstMatch(of: pattern.handle, in: buffer, from: 0, startingAtMost: 2) == 2..<7)
            #expect(try scratch.firstMatch(of: pattern.handle, in: buffer, from: 0, startingAtMost: 1) == nil)
            // The limit holds for one call only.
            #expect(try scratch.firstMatch(of: pattern, in: buffer, from: 0) == 2..<7)
            #expect(try scratch.firstMatch(of: pattern.handle, in: buffer, from: 3, startingAtMost: 12) == 8..<13)
            #expect(try scratch.firstMatch(of: pattern.handle, in: buffer, from: 8, startingAtMost: 8) == 8..<13)
        } }
    }

    @Test func compileErrorCarriesMessageAndOffset() {
        #expect {
            _ = try CompiledPattern("ab(cd")
        } throws: { error in
            guard let error = error as? PCRE2Error else { return false }
            return error.operation == .compile && error.patternOffset == 5 && error.message.contains("missing closing parenthesis")
                && error.description.contains("pattern offset 5")
        }
    }

    @Test func groupsAndUnsetGroups() throws {
        let pattern = try CompiledPattern(#"(a)|(b)"#)
        var scratch = MatchScratch()
        #expect(try match(pattern, Array("xb".utf8), scratch: &scratch) == 1..<2)
        #expect(scratch.groupRange(1) == nil)
        #expect(scratch.groupRange(2) == 1..<2)
        #expect(scratch.groupRange(99) == nil)
    }

    @Test func matchDataGrowsForManyGroups() throws {
        let pattern = try CompiledPattern(String(repeating: "(x)", count: 40))
        var scratch = MatchScratch(pairCapacity: 2)
        #expect(try match(pattern, Array(String(repeating: "x", count: 40).utf8), scratch: &scratch) == 0..<40)
        #expect(scratch.groupRange(40) == 39..<40)
    }

    @Test func emptySubjectAndEmptyMatches() throws {
        var scratch = MatchScratch()
        #expect(try match(try CompiledPattern("a"), [], scratch: &scratch) == nil)
        #expect(try match(try CompiledPattern("a*"), [], scratch: &scratch) == 0..<0)
    }

    @Test func byteModeIsSafeOnInvalidUTF8() throws {
        let subject: [UInt8] = [0xFF, 0xFE, 0x61, 0x40, 0x62, 0xC3, 0x28, 0x80]  // invalid, "a@b", invalid
        var scratch = MatchScratch()
        #expect(try match(try CompiledPattern(#"a@b"#), subject, scratch: &scratch) == 2..<5)
        #expect(try match(try CompiledPattern(#"[\x80-\xff]+"#), subject, scratch: &scratch) == 0..<2)
        #expect(try match(try CompiledPattern(#"."#, options: .dotAll), subject, from: 7, scratch: &scratch) == 7..<8)
    }

    @Test func utfModeWithInvalidUTFNeverErrors() throws {
        let pattern = try CompiledPattern(#"\w+@\w+"#, options: [.utf, .ucp])
        let subject: [UInt8] = [0xFF] + Array("jürgen@host".utf8) + [0xC3]
        var scratch = MatchScratch()
        #expect(try match(pattern, subject, scratch: &scratch) == 1..<13)
        #expect(try match(pattern, [0xC3, 0x28, 0xA0, 0xA1], scratch: &scratch) == nil)
    }

    @Test func matchLimitStopsCatastrophicBacktracking() throws {
        let pattern = try CompiledPattern(#"(a+)+$"#)
        let subject = Array(String(repeating: "a", count: 64).utf8) + [UInt8(ascii: "!")]
        var scratch = MatchScratch(limits: MatchLimits(matchLimit: 10_000))
        #expect {
            _ = try match(pattern, subject, scratch: &scratch)
        } throws: { error in
            guard let error = error as? PCRE2Error else { return false }
            return error.code == -47 && error.isResourceLimit && error.operation == .match && error.patternOffset == nil
        }
        // The scratch stays usable after a limit error.
        #expect(try match(try CompiledPattern("!"), subject, scratch: &scratch) == 64..<65)
    }

    @Test func jitStackLimitIsAnError() throws {
        try #require(PCRE2Library.isJITAvailable)
        let pattern = try CompiledPattern(#"^(?:(a)|b)*(?:c|$)"#)
        let subject = Array(String(repeating: "a", count: 200_000).utf8)
        var scratch = MatchScratch(limits: MatchLimits(matchLimit: .max, maxJITStackBytes: 32 * 1024))
        #expect {
            _ = try match(pattern, subject, scratch: &scratch)
        } throws: { error in
            (error as? PCRE2Error)?.isResourceLimit == true
        }
    }

    @Test func errorsNeverContainSubjectBytes() throws {
        let secret = "jane.doe@contoso.com"
        let pattern = try CompiledPattern(#"(\w+\.?)+$"#)
        let subject = Array((secret + String(repeating: "x", count: 40) + "@").utf8)
        var scratch = MatchScratch(limits: MatchLimits(matchLimit: 1_000))
        do {
            _ = try match(pattern, subject, scratch: &scratch)
            Issue.record("expected a match limit error")
        } catch {
            expectAbsent("jane", in: error.description)
            expectAbsent("jane", in: RedactionError(error, detectorID: nil).description)
        }
    }

    @Test func compiledPatternIsSharedAcrossThreads() throws {
        let pattern = try CompiledPattern(#"[a-z0-9]+@[a-z]+\.com"#)
        let lines = (0..<256).map { Array("line \($0) mail user\($0 % 7)x@host.com end".utf8) }
        var single = MatchScratch()
        let expected = try lines.map { line in try line.withUnsafeBufferPointer { try single.firstMatch(of: pattern, in: $0, from: 0) } }
        let results = Mutex([Range<Int>?](repeating: nil, count: lines.count))
        DispatchQueue.concurrentPerform(iterations: 4) { worker in
            var scratch = MatchScratch()
            for index in stride(from: worker, to: lines.count, by: 4) {
                let found = try? lines[index].withUnsafeBufferPointer { try scratch.firstMatch(of: pattern, in: $0, from: 0) }
                results.withLock { $0[index] = found }
            }
        }
        #expect(results.withLock { $0 } == expected)
        #expect(expected.allSatisfy { $0 != nil })
    }

    @Test func libraryFacts() {
        #expect(PCRE2Library.version.hasPrefix("10."))
        #expect(RedactionInfo.isJITActive == PCRE2Library.isJITAvailable)
    }
}

