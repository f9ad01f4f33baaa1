#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The names of entity kinds and of detectors, each stored once per process and referred to by its number.
///
/// ``EntityKind`` and ``DetectorID`` hold such a number instead of a `String`: a ``Finding`` is then plain data, so
/// copying, sorting and dropping the findings of every value of every record costs no reference counting (a string,
/// even a literal, is retained and released on each copy). A name gets its number the first time it is used
/// (`EntityKind(rawValue:)`, a static constant's first access), under a lock; reading a name back is a plain load.
/// Names are never removed: a process uses a few dozen kinds and detectors, from code or policy files.
final class NameTable: @unchecked Sendable {
    // @unchecked: `numbers` and `count` are read and written only with `mutex` held. A chunk slot is written once,
    // with `mutex` held, before its number is handed out; whoever holds the number got it after that write (from
    // `number(for:)` or through the synchronisation that passed it to its thread), so reading the slot needs no lock.

    /// The names of entity kinds, the built-in ones first (``EntityKind`` relies on their numbers).
    static let kinds = NameTable(numbering: EntityKind.builtInNames)
    /// The names of detectors.
    static let detectors = NameTable()

    private static let chunkSize = 256
    private static let chunkCount = 4096

    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private var numbers: [String: UInt32] = [:]
    private var count = 0
    /// A name and its UTF-8 bytes (for writing it out without going through `String`).
    private struct Entry {
        let name: String
        let utf8: [UInt8]
    }

    /// Chunks of `chunkSize` names, allocated as names arrive (name `n` is slot `n % chunkSize` of chunk
    /// `n / chunkSize`).
    private let chunks = UnsafeMutablePointer<UnsafeMutablePointer<Entry>?>.allocate(capacity: NameTable.chunkCount)

    /// A table that numbers `names` first, from 0 in order.
    private init(numbering names: [String] = []) {
        pthread_mutex_init(mutex, nil)
        chunks.initialize(repeating: nil, count: Self.chunkCount)
        for name in names { _ = number(for: name) }
    }

    // The tables are static and live as long as the process: no deinit.

    /// The number of `name`, given to it now if it has none yet.
    func number(for name: String) -> UInt32 {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        if let known = numbers[name] { return known }
        let number = count
        precondition(number < Self.chunkSize * Self.chunkCount, "more than a million distinct names")
        let chunk = number / Self.chunkSize
        if chunks[chunk] == nil { chunks[chunk] = .allocate(capacity: Self.chunkSize) }
        (chunks[chunk]! + number % Self.chunkSize).initialize(to: Entry(name: name, utf8: Array(name.utf8)))
        numbers[name] = UInt32(number)
        count += 1
        return UInt32(number)
    }

    /// The name numbered `number` (a number this table gave out).
    func name(_ number: UInt32) -> String {
        (chunks[Int(number) / Self.chunkSize].unsafelyUnwrapped + Int(number) % Self.chunkSize).pointee.name
    }

    /// Appends the UTF-8 bytes of the name numbered `number` (a number this table gave out) to `output`.
    func appendUTF8(of number: UInt32, to output: inout [UInt8]) {
        (chunks[Int(number) / Self.chunkSize].unsafelyUnwrapped + Int(number) % Self.chunkSize).pointee.utf8
            .withUnsafeBufferPointer { output.append(contentsOf: $0) }
    }
}
