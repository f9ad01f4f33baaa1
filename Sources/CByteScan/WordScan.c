// The word pass (see CByteScan.h): a window of sixteen bytes classified at once gives the next word start and the
// next word end as bit masks, so the loop branches per window and per word, not per byte, and a word's hash is taken
// eight bytes at a time once its length is known.
#include "CByteScan.h"

#include <string.h>

#include "VectorLevel.h"

static inline int isInner(uint8_t byte) { return byte == '\'' || byte == '-'; }

#ifdef CBYTESCAN_SSE2
/// The sixteen bytes at `at` (< `count`), and in `*valid` the bits of those before `count`. Loaded at once where they
/// do not cross into another page after the text's end (a load never faults within a page; the caller clears the
/// bits past the end); a window that would is copied first.
#if defined(__clang__) || defined(__GNUC__)
__attribute__((no_sanitize("address")))
#endif
static inline __m128i loadWindow(const uint8_t *text, size_t at, size_t count, uint32_t *valid) {
    const uint8_t *window = text + at;
    *valid = 0xFFFF;
    if (count - at < 16) {
        *valid = (1u << (count - at)) - 1;
        if ((((uintptr_t)window) & 4095) > 4096 - 16) {
            uint8_t padded[16] = {0};
            memcpy(padded, window, count - at);
            return _mm_loadu_si128((const __m128i *)padded);
        }
    }
    return _mm_loadu_si128((const __m128i *)window);
}

/// The bits of the bytes from `first` to `first + span`.
static inline uint32_t rangeBits(__m128i bytes, uint8_t first, uint8_t span) {
    __m128i offset = _mm_sub_epi8(bytes, _mm_set1_epi8((char)first));
    return (uint32_t)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_min_epu8(offset, _mm_set1_epi8((char)span)), offset));
}

/// The bits of the ASCII letters and digits and the bytes from 0x80.
static inline uint32_t edgeBits(__m128i bytes) {
    __m128i lowered = _mm_or_si128(bytes, _mm_set1_epi8(0x20));
    return rangeBits(lowered, 'a', 25) | rangeBits(bytes, '0', 9) | (uint32_t)_mm_movemask_epi8(bytes);
}
#endif

/// The word bytes (`*word`: ASCII letters and digits, `'`, `-`, bytes from 0x80) and those other than `'` and `-`
/// (`*edge`) of the sixteen bytes at `at`, one bit each; bytes past `count` count as none.
static inline void classify(const uint8_t *text, size_t at, size_t count, uint32_t *word, uint32_t *edge) {
    if (at >= count) {
        *word = 0;
        *edge = 0;
        return;
    }
#ifdef CBYTESCAN_SSE2
    uint32_t valid;
    __m128i bytes = loadWindow(text, at, count, &valid);
    __m128i inner = _mm_or_si128(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('\'')), _mm_cmpeq_epi8(bytes, _mm_set1_epi8('-')));
    uint32_t edges = edgeBits(bytes);
    *edge = edges & valid;
    *word = (edges | (uint32_t)_mm_movemask_epi8(inner)) & valid;
#else
    uint32_t edges = 0, inners = 0;
    for (size_t k = 0; k < 16 && k < count - at; k++) {
        uint8_t byte = text[at + k];
        if (byte >= 0x80 || (uint8_t)((byte | 0x20) - 'a') < 26 || (uint8_t)(byte - '0') < 10) edges |= 1u << k;
        else if (isInner(byte)) inners |= 1u << k;
    }
    *edge = edges;
    *word = edges | inners;
#endif
}

// The hash of ShortBytesHash (Swift), which the table keys are hashed with: the same constants, the same steps.
static const uint64_t hashSeed = 0x9E3779B97F4A7C15ULL;

static inline uint64_t mix(uint64_t hash, uint64_t word) {
    hash = (hash ^ word) * 0xFF51AFD7ED558CCDULL;
    return hash ^ (hash >> 32);
}

static inline uint64_t finish(uint64_t hash, size_t count) {
    hash ^= (uint64_t)count;
    hash ^= hash >> 33;
    hash *= 0xC4CEB9FE1A85EC53ULL;
    return hash ^ (hash >> 33);
}

/// The `count` (< 8) bytes at `bytes` as a little-endian word, zero-padded.
static inline uint64_t loadPartial(const uint8_t *bytes, size_t count) {
    uint64_t word = 0;
    memcpy(&word, bytes, count);
    return word;
}

static inline uint64_t load8(const uint8_t *bytes) {
    uint64_t word;
    memcpy(&word, bytes, 8);
    return word;
}

/// `word` with the ASCII capitals of its bytes lower-cased.
static inline uint64_t lowered(uint64_t word) {
    const uint64_t high = 0x8080808080808080ULL;
    uint64_t heptets = word & ~high;
    uint64_t atLeastA = heptets + 0x3F3F3F3F3F3F3F3FULL;  // 0x80 - 'A' per byte: the high bit from 'A' on
    uint64_t pastZ = heptets + 0x2525252525252525ULL;     // 0x80 - 'Z' - 1: the high bit from '[' on
    uint64_t capitals = atLeastA & ~pastZ & ~word & high;
    return word | (capitals >> 2);
}

/// The hash of the word `text[start ..< end]` lower-cased (`end` ≤ `count`).
#if defined(__clang__) || defined(__GNUC__)
__attribute__((no_sanitize("address")))
#endif
static inline uint64_t wordHash(const uint8_t *text, size_t start, size_t end, size_t count) {
    uint64_t hash = hashSeed;
    size_t index = start;
    for (; index + 8 <= end; index += 8) hash = mix(hash, lowered(load8(text + index)));
    if (index < end) {
        size_t rest = end - index;
        // Eight bytes loaded at once unless they would cross into the page after the text's end.
        uint64_t word = index + 8 <= count || (((uintptr_t)(text + index)) & 4095) <= 4096 - 8
                            ? load8(text + index) & (~0ULL >> (8 * (8 - rest)))
                            : loadPartial(text + index, rest);
        hash = mix(hash, lowered(word));
    }
    return finish(hash, end - start);
}

size_t redact_words(const uint8_t *text, size_t count, size_t from, int64_t offset, size_t capacity, int64_t *bounds,
                    uint64_t *hashes, size_t *resume) {
    size_t found = 0;
    size_t base = from;
    // Where the scan goes on: after the last word's run of word bytes.
    size_t position = from;
    uint32_t word = 0, edge = 0;
    // The bits of the window at `base` at or after the scan's position.
    uint32_t ahead = 0xFFFF;
    if (base < count) classify(text, base, count, &word, &edge);
    while (found < capacity) {
        // The next word's first byte.
        uint32_t starting = edge & ahead;
        while (starting == 0) {
            base += 16;
            if (base >= count) {
                *resume = count;
                return found;
            }
            classify(text, base, count, &word, &edge);
            starting = edge;
        }
        unsigned startBit = (unsigned)__builtin_ctz(starting);
        size_t start = base + startBit;
        // The first byte after it that is no word byte (bytes past the end are none).
        uint32_t ending = ~word & 0xFFFF & (0xFFFFu << startBit);
        while (ending == 0) {
            base += 16;
            classify(text, base, count, &word, &edge);
            ending = ~word & 0xFFFF;
        }
        unsigned endBit = (unsigned)__builtin_ctz(ending);
        size_t runEnd = base + endBit;
        ahead = 0xFFFFu << endBit;
        // Trailing `'` and `-` are not part of the word.
        size_t end = runEnd;
        while (isInner(text[end - 1])) end--;
        bounds[2 * found] = (int64_t)start + offset;
        bounds[2 * found + 1] = (int64_t)end + offset;
        hashes[found] = wordHash(text, start, end, count);
        found++;
        position = runEnd;
    }
    *resume = position;
    return found;
}
