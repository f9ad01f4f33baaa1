@testable import Redaction
import Testing

#if canImport(Glibc)
import Glibc
#endif

@Suite("Ordered work pool")
struct OrderedWorkPoolTests {
    /// Squares numbers on worker threads that sleep a seeded random time per job.
    private static func squaringPool(workers: Int, limit: Int) -> OrderedWorkPool<Int, Int> {
        OrderedWorkPool(workers: workers, limit: limit) { pool in
            while let (_, job) = pool.nextJob() {
                var generator = SeededGenerator(seed: UInt64(job))
                usleep(UInt32(generator.next() % 2_000))
                pool.finish(job, job * job)
            }
        }
    }

    @Test(arguments: [1, 2, 4])
    func outputsComeBackInSubmissionOrderWithinTheLimit(workers: Int) {
        let pool = Self.squaringPool(workers: workers, limit: 2 * workers + 1)
        defer { pool.close() }
        var received: [Int] = []
        for job in 0..<300 {
            while pool.inFlight >= pool.limit, let next = pool.takeNext() { received.append(next) }
            #expect(pool.inFlight < pool.limit)
            pool.submit(job)
            while let ready = pool.takeReady() { received.append(ready) }
        }
        while let next = pool.takeNext() { received.append(next) }
        #expect(received == (0..<300).map { $0 * $0 })
        #expect(pool.inFlight == 0)
        #expect(pool.takeNext() == nil)
    }

    @Test func closingWithJobsInFlightStopsTheWorkers() {
        let pool = Self.squaringPool(workers: 2, limit: 8)
        for job in 0..<8 { pool.submit(job) }
        pool.close()  // returns once both threads have ended; waiting jobs are dropped
        pool.close()  // and again, harmlessly
        #expect(pool.inFlight == 8)
    }
}
