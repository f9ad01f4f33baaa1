#if canImport(Glibc)
import Glibc
#endif

/// Worker threads that take jobs in the order they were submitted and hand their outputs back in that same order.
///
/// The submitting thread (the stream's reader and writer) submits jobs; each worker thread runs the `worker` body,
/// which takes the oldest waiting job with ``nextJob()``, works on it with state it keeps for the whole stream (its
/// scratch), and files the output with ``finish(_:_:)``. The submitter takes outputs strictly in submission order
/// (``takeNext()``, ``takeReady()``), so the stream's output order never depends on which worker was faster.
/// There is no barrier between groups of jobs: a slow job holds back only the writing of later outputs, never the
/// other workers, and the reader frames the next jobs while the workers run. At most ``limit`` jobs are submitted and
/// not yet taken back (the submitter takes before it submits more), which bounds memory to `limit` jobs in and out.
final class OrderedWorkPool<Job: Sendable, Output: Sendable>: @unchecked Sendable {
    // @unchecked: every mutable stored property below is read and written only with `mutex` held, except `threads`,
    // which only the submitting thread touches (in `init` and `close`).
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    /// Signalled when a job is submitted or the pool closes.
    private let jobWaiting = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    /// Signalled when an output is filed.
    private let outputFiled = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    /// Submitted jobs not yet taken by a worker, from `waitingHead` on (taken slots are emptied at once, so a job's
    /// memory is released as soon as its worker is done with it).
    private var waiting: [(sequence: Int, job: Job)?] = []
    private var waitingHead = 0
    private var outputs: [Int: Output] = [:]
    private var submitted = 0
    private var taken = 0
    private var closed = false
    private var threads: [JoinableThread] = []

    /// The most jobs submitted and not yet taken back.
    let limit: Int

    /// Starts `workers` threads, each running `worker` with this pool until the pool closes.
    init(workers: Int, limit: Int, worker: @escaping @Sendable (OrderedWorkPool) -> Void) {
        self.limit = max(1, limit)
        pthread_mutex_init(mutex, nil)
        pthread_cond_init(jobWaiting, nil)
        pthread_cond_init(outputFiled, nil)
        threads = (0..<max(1, workers)).map { _ in JoinableThread { [self] in worker(self) } }
    }

    deinit {
        close()
        pthread_cond_destroy(outputFiled)
        pthread_cond_destroy(jobWaiting)
        pthread_mutex_destroy(mutex)
        outputFiled.deallocate()
        jobWaiting.deallocate()
        mutex.deallocate()
    }

    private func locked<Result>(_ body: () -> Result) -> Result {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return body()
    }

    /// Jobs submitted and not yet taken back.
    var inFlight: Int { locked { submitted - taken } }

    /// Queues `job`; the submitter keeps ``inFlight`` below ``limit`` by taking outputs first.
    func submit(_ job: Job) {
        locked {
            precondition(!closed && submitted - taken < limit, "OrderedWorkPool: submit beyond the limit or after close")
            waiting.append((submitted, job))
            submitted += 1
            pthread_cond_signal(jobWaiting)
        }
    }

    /// The output of the oldest job not yet taken back, waiting for it; `nil` when nothing is in flight.
    func takeNext() -> Output? {
        locked {
            guard taken < submitted else { return nil }
            while outputs[taken] == nil { pthread_cond_wait(outputFiled, mutex) }
            defer { taken += 1 }
            return outputs.removeValue(forKey: taken)
        }
    }

    /// The output of the oldest job not yet taken back if it is already finished.
    func takeReady() -> Output? {
        locked {
            guard let output = outputs.removeValue(forKey: taken) else { return nil }
            taken += 1
            return output
        }
    }

    /// For workers: the oldest waiting job and its sequence number, waiting for one; `nil` once the pool closes.
    func nextJob() -> (sequence: Int, job: Job)? {
        locked {
            while !closed && waitingHead == waiting.count { pthread_cond_wait(jobWaiting, mutex) }
            guard !closed else { return nil }
            let next = waiting[waitingHead]
            waiting[waitingHead] = nil
            waitingHead += 1
            if waitingHead == waiting.count {
                waiting.removeAll(keepingCapacity: true)
                waitingHead = 0
            }
            return next!
        }
    }

    /// For workers: files the output of job `sequence`.
    func finish(_ sequence: Int, _ output: Output) {
        locked {
            outputs[sequence] = output
            pthread_cond_broadcast(outputFiled)
        }
    }

    /// Stops the workers after the jobs they are working on (waiting jobs and untaken outputs are dropped) and
    /// joins them. Called by the submitter; safe to call more than once.
    func close() {
        locked {
            closed = true
            pthread_cond_broadcast(jobWaiting)
        }
        for thread in threads { thread.join() }
        threads = []
    }
}
