// Windows of sixteen bytes as the scans classify them, one bit per byte: loaded at once (SSE2 on x86-64) or read
// byte by byte elsewhere.
#ifndef CBYTESCAN_BYTEWINDOWS_H
#define CBYTESCAN_BYTEWINDOWS_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

// CBYTESCAN_PORTABLE builds the byte-by-byte path on x86-64 too (to compare the two).
#if (defined(__x86_64__) || defined(_M_X64)) && !defined(CBYTESCAN_PORTABLE)
#include <emmintrin.h>
#define CBYTESCAN_SSE2 1
#endif

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

#endif
