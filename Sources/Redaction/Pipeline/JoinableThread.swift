#if canImport(Glibc)
import Glibc
#endif

/// A thread that runs a closure and can be joined (a plain POSIX thread: pumps block on I/O, which must not hold up a
/// Dispatch worker).
final class JoinableThread {
    private var thread = pthread_t()

    private final class Body {
        let run: () -> Void
        init(_ run: @escaping () -> Void) { self.run = run }
    }

    init(_ body: @escaping @Sendable () -> Void) {
        let context = Unmanaged.passRetained(Body(body)).toOpaque()
        let created = pthread_create(&thread, nil, { context in
            Unmanaged<Body>.fromOpaque(context!).takeRetainedValue().run()
            return nil
        }, context)
        precondition(created == 0, "cannot start a thread: \(String(cString: strerror(created)))")
    }

    func join() { pthread_join(thread, nil) }
}
