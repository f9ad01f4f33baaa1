// The JSON string scan's fast path (see CByteScan.h): sixteen bytes compared at once against `"`, `\` and, in one
// signed comparison, every byte below 0x20 or from 0x80, so plain ASCII text is stepped over a window at a time.
#include "CByteScan.h"

#include "VectorLevel.h"

/// Whether `byte` ends the plain run.
static inline int needsAttention(uint8_t byte) { return byte == '"' || byte == '\\' || byte < 0x20 || byte >= 0x80; }

#ifdef CBYTESCAN_SSE2
/// The bits of the bytes of `window` that need attention.
static inline unsigned attentionBits(__m128i window) {
    __m128i quotes = _mm_cmpeq_epi8(window, _mm_set1_epi8('"'));
    __m128i backslashes = _mm_cmpeq_epi8(window, _mm_set1_epi8('\\'));
    // As signed bytes, those from 0x80 are negative: below 0x20 too.
    __m128i others = _mm_cmplt_epi8(window, _mm_set1_epi8(0x20));
    return (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(quotes, backslashes), others));
}
#endif

size_t redact_string_attention(const uint8_t *text, size_t count, size_t from) {
    size_t at = from;
#ifdef CBYTESCAN_SSE2
    while (at + 16 <= count) {
        unsigned bits = attentionBits(_mm_loadu_si128((const __m128i *)(text + at)));
        if (bits != 0) return at + (size_t)__builtin_ctz(bits);
        at += 16;
    }
    if (count >= 16 && at < count) {
        // The text's last sixteen bytes, those before `at` (known plain, or before `from`) left out.
        size_t last = count - 16;
        unsigned bits = attentionBits(_mm_loadu_si128((const __m128i *)(text + last))) >> (at - last);
        return bits != 0 ? at + (size_t)__builtin_ctz(bits) : count;
    }
#endif
    while (at < count && !needsAttention(text[at])) at++;
    return at;
}
