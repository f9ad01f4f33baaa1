#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A byte that every match of a rule holds, with what may stand before it in the match: the rule is then searched
/// only around each occurrence of that byte (`@` of an e-mail address, a dot of a dotted quad) instead of from every
/// position of the buffer, with exactly the same matches.
///
/// The promise, read off the pattern: every match holds ``byte``, and the bytes from the match's start to the first
/// ``byte`` in it are all lead bytes, between ``minimumLead`` and ``maximumLead`` of them (`[A-Za-z0-9._%+…]` before
/// the `@` of an address, one to three digits before the first dot of an IPv4 address). A match starting at `s` then
/// starts at most `maximumLead` lead bytes before the first anchor byte at or after `s`, so searching each anchor
/// byte's lead run (with PCRE2's offset limit: no match may start after the anchor byte) finds the matches a search
/// from every position finds, in the same order.
///
/// An anchor may also be a set of words (``init(words:maximumLead:)``): every match holds one of them, anchored at
/// most `maximumLead` bytes after the match's start (a case number after `ticket`, `service request`, `お問い合わせ番号`);
/// the search then looks before each occurrence, in the order of their anchors, with the same argument.
///
/// An anchor byte may also come with a shape (``admits``): a test of the bytes around it that every match whose first
/// anchor byte it is passes (the digit runs of a dotted quad around its first dot), so that an anchor byte failing it
/// costs no search — PCRE2 would find nothing there either.
///
/// A class of immutable values: a rule searched around its anchor takes it with one reference (as a value it was
/// copied with every table of its words).
final class MatchAnchor: Sendable {
    /// The byte every match holds.
    let byte: UInt8
    /// Fewest lead bytes before the first ``byte`` of a match.
    let minimumLead: Int
    /// Most lead bytes before the first ``byte`` of a match.
    let maximumLead: Int
    /// The byte values that may stand between a match's start and its first ``byte``.
    private let lead: ByteSet
    /// The words looked for instead of ``byte``, if any.
    private let words: ByteNeedles?
    /// The shape every match whose first anchor byte is at the given offset has around it, if any: `false` only
    /// where no match has its first anchor byte.
    let admits: (@Sendable (UnsafeBufferPointer<UInt8>, Int) -> Bool)?

    /// An anchor `byte` preceded in every match by `minimumLead...maximumLead` bytes of `lead` (`byte` must not be
    /// one of them), and with the shape `admits` around it, if given (see ``admits``).
    init(
        byte: UInt8, lead: some Sequence<UInt8>, minimumLead: Int = 0, maximumLead: Int = .max,
        admits: (@Sendable (UnsafeBufferPointer<UInt8>, Int) -> Bool)? = nil
    ) {
        self.byte = byte
        self.minimumLead = minimumLead
        self.maximumLead = maximumLead
        self.lead = ByteSet(lead.lazy.filter { $0 != byte })
        self.words = nil
        self.admits = admits
    }

    /// An anchor of words: every match holds one of `words`, its anchor (``ByteNeedles/firstAnchor(in:from:)``) at
    /// most `maximumLead` bytes after the match's start, whatever the bytes before it.
    init(words: ByteNeedles, maximumLead: Int) {
        self.byte = 0
        self.minimumLead = 0
        self.maximumLead = maximumLead
        self.lead = ByteSet(0...255)
        self.words = words
        self.admits = nil
    }

    /// Whether `value` may stand before the anchor byte in a match.
    @inline(__always)
    func isLead(_ value: UInt8) -> Bool { lead.contains(value) }

    /// The offset of the first anchor byte (or word anchor) in `text` at or after `start`, or `nil`.
    func next(in text: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        if let words { return words.firstAnchor(in: text, from: start) }
        guard let base = text.baseAddress, start < text.count,
            let found = memchr(base + start, Int32(byte), text.count - start)
        else { return nil }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }

    /// The earliest start of a match whose first anchor byte is at `anchor`, not before `floor`; `nil` when fewer
    /// than ``minimumLead`` lead bytes stand before it (no match has its first anchor byte there).
    func earliestStart(before anchor: Int, in text: UnsafeBufferPointer<UInt8>, floor: Int) -> Int? {
        let limit = maximumLead >= anchor - floor ? floor : anchor - maximumLead
        var start = anchor
        while start > limit, isLead(text[start - 1]) { start -= 1 }
        // Fewer lead bytes than the minimum: also when the run was cut by `floor`, since the bytes before `floor`
        // belong to an earlier match or were searched already.
        return anchor - start >= minimumLead ? start : nil
    }

    /// The length of the run of ASCII digits that ends right before `position`.
    static func digits(before position: Int, in text: UnsafeBufferPointer<UInt8>) -> Int {
        var start = position
        while start > 0, text[start - 1] &- 0x30 < 10 { start -= 1 }
        return position - start
    }

    /// The length of the run of ASCII digits that starts at `position` (zero at or past the end).
    static func digits(from position: Int, in text: UnsafeBufferPointer<UInt8>) -> Int {
        var end = position
        while end < text.count, text[end] &- 0x30 < 10 { end += 1 }
        return end - position
    }
}
