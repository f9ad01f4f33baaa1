@testable import Redaction
import Testing

@Suite("Rule admission table")
struct RuleAdmissionTableTests {
    /// Seeded sets of up to 200 rules (four words of 64) with all-of and any-of classes anywhere in the class set
    /// and minimum lengths up to 60 (a few far beyond the table's rows), against buffers of random classes, short,
    /// long or right at a rule's minimum length: the table admits exactly the rules whose own admission passes.
    @Test("agrees with each rule's admission", arguments: 0..<24)
    func agreesWithEachRulesAdmission(seed: Int) {
        var generator = SeededGenerator(seed: UInt64(seed))
        let classBits = UInt32.bitWidth - ByteClasses.all.rawValue.leadingZeroBitCount
        func classes(upTo count: Int) -> UInt32 {
            (0..<Int.random(in: 0...count, using: &generator)).reduce(0) { set, _ in
                set | 1 << UInt32.random(in: 0..<UInt32(classBits), using: &generator)
            }
        }
        let admissions = (0..<Int.random(in: 1...200, using: &generator)).map { _ in
            RuleAdmission(
                allOf: classes(upTo: 3), anyOf: classes(upTo: 3),
                minimumLength: Int.random(in: 0...20, using: &generator) == 0
                    ? Int.random(in: 1000...3000, using: &generator) : Int.random(in: 0...60, using: &generator))
        }
        let table = RuleAdmissionTable(admissions)
        #expect(table.wordCount == (admissions.count + 63) / 64)
        var admitted = [UInt64](repeating: 0, count: table.wordCount)
        var seen = 0
        for _ in 0..<300 {
            let present = UInt32.random(in: 0...UInt32.max, using: &generator) & ByteClasses.all.rawValue
            // Short, long, or right at some rule's minimum length (or one off it).
            let count: Int
            switch Int.random(in: 0..<3, using: &generator) {
            case 0: count = Int.random(in: 0...70, using: &generator)
            case 1: count = Int.random(in: 0...4000, using: &generator)
            default:
                let minimum = admissions.randomElement(using: &generator)!.minimumLength
                count = max(0, minimum + Int.random(in: -1...1, using: &generator))
            }
            admitted.withUnsafeMutableBufferPointer { table.admitted(present: present, count: count, into: $0) }
            for (rule, admission) in admissions.enumerated() {
                let isAdmitted = admitted[rule >> 6] >> UInt64(rule & 63) & 1 == 1
                #expect(isAdmitted == admission.admits(present, count: count), "seed \(seed), rule \(rule)")
                if isAdmitted { seen += 1 }
            }
            // No bit past the last rule.
            let spare = admissions.count & 63
            if spare != 0 { #expect(admitted[admitted.count - 1] >> UInt64(spare) == 0, "seed \(seed)") }
        }
        #expect(seen > 0, "seed \(seed): some buffer admits some rule")
    }
}
