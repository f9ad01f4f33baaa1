// The obfuscated e-mail scanner's triggers (see CByteScan.h): sixteen positions compared at once, each byte with the
// byte after it loaded one further, so prose without an `@` stand-in is stepped over a window at a time.
#include "CByteScan.h"

#include "VectorLevel.h"

/// Whether `byte`, followed by `next` (zero after the text), starts a trigger.
static inline int isTrigger(uint8_t byte, uint8_t next) {
    uint8_t folded = next | 0x20;
    return ((byte | 0x20) == 'a' && (folded == 't' || folded == 'r')) || byte == '@' || byte == '&' || byte == '%' ||
           byte == 0xEF || (byte == 0xE3 && next == 0x82);
}

size_t redact_at_trigger(const uint8_t *text, size_t count, size_t from) {
    size_t at = from;
#ifdef CBYTESCAN_SSE2
    const __m128i caseBit = _mm_set1_epi8(0x20);
    // Sixteen positions need seventeen bytes: the last position's next byte is the window's seventeenth.
    while (at + 17 <= count) {
        __m128i here = _mm_loadu_si128((const __m128i *)(text + at));
        __m128i next = _mm_loadu_si128((const __m128i *)(text + at + 1));
        __m128i foldedNext = _mm_or_si128(next, caseBit);
        __m128i tOrR = _mm_or_si128(_mm_cmpeq_epi8(foldedNext, _mm_set1_epi8('t')),
                                    _mm_cmpeq_epi8(foldedNext, _mm_set1_epi8('r')));
        __m128i spelled = _mm_and_si128(_mm_cmpeq_epi8(_mm_or_si128(here, caseBit), _mm_set1_epi8('a')), tOrR);
        __m128i katakana = _mm_and_si128(_mm_cmpeq_epi8(here, _mm_set1_epi8((char)0xE3)),
                                         _mm_cmpeq_epi8(next, _mm_set1_epi8((char)0x82)));
        __m128i symbols = _mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi8(here, _mm_set1_epi8('@')), _mm_cmpeq_epi8(here, _mm_set1_epi8('&'))),
            _mm_or_si128(_mm_cmpeq_epi8(here, _mm_set1_epi8('%')), _mm_cmpeq_epi8(here, _mm_set1_epi8((char)0xEF))));
        unsigned bits = (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(spelled, katakana), symbols));
        if (bits != 0) return at + (size_t)__builtin_ctz(bits);
        at += 16;
    }
#endif
    for (; at < count; at++) {
        if (isTrigger(text[at], at + 1 < count ? text[at + 1] : 0)) return at;
    }
    return count;
}
