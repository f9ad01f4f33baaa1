// Vector byte scans for the passes that read every byte of a value, detection's and the JSON scanner's strings (SSE2
// on x86-64, AVX2 where the processor has it, a portable scalar loop elsewhere). Plain functions over caller-owned
// memory: no allocation, no state, safe from any thread.
#ifndef CBYTESCAN_H
#define CBYTESCAN_H

#include <stddef.h>
#include <stdint.h>

/// Finds the words of `text[from ..< count]`, at most `capacity` of them: each word's start and end plus `offset`
/// go to `bounds` (two per word, the layout of a Swift `Range<Int>`) and its hash to `hashes`; the number found is
/// returned. `*resume` is set to where the next call goes on (`count` when the text is done): always between words.
///
/// A word is a run of word bytes (ASCII letters and digits, `'`, `-` and every byte from 0x80) from its first byte
/// that is not `'` or `-` to its last such byte. Its hash is taken over its bytes with ASCII capitals lower-cased,
/// as `ShortBytesHash` in the Redaction library hashes the keys of its tables: eight bytes at a time as little-endian
/// words (the last zero-padded), each mixed in with one multiply, then the length, then MurmurHash3's 64-bit
/// finaliser.
size_t redact_words(const uint8_t *text, size_t count, size_t from, int64_t offset, size_t capacity, int64_t *bounds,
                    uint64_t *hashes, size_t *resume);

/// The positions `from ..< from + 64` of `text` (those below `count`) whose byte triple may anchor a needle, as bit
/// `position - from` of the result. The triple at `p` is `text[p] | text[p + 1] << 8 | text[p + 2] << 16` (bytes at
/// or past `count` read as zero), each of its three bytes ORed with `fold`; its hash is its 64-bit product with
/// 0x9E3779B97F4A7C15. An anchoring triple has its slot, the hash's top `slotBits` (at most 24) bits, set in
/// `anchorBits` (bit `slot & 63` of `anchorBits[slot >> 6]`), and three bits set in `filter` (512 words): in word
/// `h >> 23`, `h` being the hash's top 32 bits, bits `h >> 18 & 31`, `h >> 13 & 31` and `h >> 8 & 31`. Every
/// position of an anchoring triple is reported; others may be — with AVX2, those whose triple passes `filter`,
/// elsewhere those whose slot is set. The anchor test of `ByteNeedles` in the Redaction library, which builds both
/// tables and looks up each position reported.
uint64_t redact_anchor_hits(const uint8_t *text, size_t count, size_t from, const uint32_t *filter,
                            const uint64_t *anchorBits, unsigned slotBits, uint8_t fold);

/// The first position from `from` (at most `count`) of `text` whose byte is a quote, a backslash, below 0x20 or from
/// 0x80: where a JSON string's plain ASCII run starting at `from` ends (`count` when it runs to the end). The string
/// scan of `JSONScanner` in the Redaction library, which looks at that byte.
size_t redact_string_attention(const uint8_t *text, size_t count, size_t from);

/// The first position from `from` (at most `count`) of `text` where a stand-in for `@` of an obfuscated address may
/// start: `a` or `A` followed by `t`, `T`, `r` or `R` (`at`, `arroba`, `arobase`), `@`, `&`, `%`, 0xEF (the lead byte
/// of `＠` and `﹫`), or 0xE3 followed by 0x82 (`アット`); the byte after the text reads as zero. `count` when there is
/// none. The trigger search of `ObfuscatedEmailScanner` in the Redaction library, which examines each position found.
size_t redact_at_trigger(const uint8_t *text, size_t count, size_t from);

#endif
