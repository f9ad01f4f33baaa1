// The anchor filter of a needle set (see CByteScan.h): a bit per position of a block of 64, set where the byte
// triple starting there may anchor a needle. With AVX2 (chosen at run time) eight positions go at once through the
// set's filter of 2 KiB: their triples built from three offset loads, hashed with three multiplies and their filter
// words fetched with one gather. Elsewhere each position is looked up in the set's table of slots, one at a time
// (three bit tests of the filter per position cost more than one of the table without vector instructions).
#include "CByteScan.h"

#include <string.h>

#include "VectorLevel.h"

/// Bytes a block reads: its 64 positions and the two after the last (a triple each), and as many more as the last
/// eight-byte load of the one-at-a-time path takes (it loads from position 60).
enum { blockBytes = 68 };

static const uint64_t factor = 0x9E3779B97F4A7C15ULL;

/// The block at `bytes` (`blockBytes` readable), one position at a time: six triples from each eight bytes loaded,
/// each looked up in `anchorBits`.
static uint64_t hitsOneByOne(const uint8_t *bytes, const uint64_t *anchorBits, unsigned slotBits, uint8_t fold) {
    uint64_t folds = fold * 0x0101010101010101ULL, hits = 0;
    for (unsigned k = 0; k < 64; k += 6) {
        uint64_t word;
        memcpy(&word, bytes + k, 8);
        word |= folds;
        for (unsigned j = 0; j < 6 && k + j < 64; j++) {
            uint64_t slot = ((word >> (8 * j) & 0xFFFFFF) * factor) >> (64 - slotBits);
            hits |= (anchorBits[slot >> 6] >> (slot & 63) & 1) << (k + j);
        }
    }
    return hits;
}

#ifdef CBYTESCAN_AVX2
/// The positions of the block at `bytes` (`blockBytes` readable) whose triple passes `filter`, eight at a time.
__attribute__((target("avx2"))) static uint64_t hitsEightAtOnce(const uint8_t *bytes, const uint32_t *filter,
                                                                uint8_t fold) {
    const __m256i folds = _mm256_set1_epi32((int)(fold * 0x010101u)), lowFiveBits = _mm256_set1_epi32(31);
    const __m256i low = _mm256_set1_epi64x((long long)(factor & 0xFFFFFFFFu));
    const __m256i high = _mm256_set1_epi32((int)(uint32_t)(factor >> 32));
    uint64_t hits = 0;
    for (unsigned k = 0; k < 64; k += 8) {
        __m256i first = _mm256_cvtepu8_epi32(_mm_loadl_epi64((const __m128i *)(bytes + k)));
        __m256i second = _mm256_cvtepu8_epi32(_mm_loadl_epi64((const __m128i *)(bytes + k + 1)));
        __m256i third = _mm256_cvtepu8_epi32(_mm_loadl_epi64((const __m128i *)(bytes + k + 2)));
        __m256i triples = _mm256_or_si256(_mm256_or_si256(first, _mm256_slli_epi32(second, 8)),
                                          _mm256_or_si256(_mm256_slli_epi32(third, 16), folds));
        // The top half of each 64-bit product: that of the triple and the factor's low half (the even lanes' and the
        // odd lanes' products each hold theirs in their upper 32 bits), plus the triple times the factor's high half.
        __m256i evenProducts = _mm256_mul_epu32(triples, low);
        __m256i oddProducts = _mm256_mul_epu32(_mm256_srli_epi64(triples, 32), low);
        __m256i carried = _mm256_blend_epi32(_mm256_srli_epi64(evenProducts, 32), oddProducts, 0xAA);
        __m256i hashes = _mm256_add_epi32(carried, _mm256_mullo_epi32(triples, high));
        __m256i words = _mm256_i32gather_epi32((const int *)filter, _mm256_srli_epi32(hashes, 23), 4);
        __m256i firstBit = _mm256_and_si256(_mm256_srli_epi32(hashes, 18), lowFiveBits);
        __m256i secondBit = _mm256_and_si256(_mm256_srli_epi32(hashes, 13), lowFiveBits);
        __m256i thirdBit = _mm256_and_si256(_mm256_srli_epi32(hashes, 8), lowFiveBits);
        __m256i bits = _mm256_and_si256(_mm256_srlv_epi32(words, firstBit),
                                        _mm256_and_si256(_mm256_srlv_epi32(words, secondBit),
                                                         _mm256_srlv_epi32(words, thirdBit)));
        uint32_t mask = (uint32_t)_mm256_movemask_ps(_mm256_castsi256_ps(_mm256_slli_epi32(bits, 31)));
        hits |= (uint64_t)mask << k;
    }
    return hits;
}
#endif

uint64_t redact_anchor_hits(const uint8_t *text, size_t count, size_t from, const uint32_t *filter,
                            const uint64_t *anchorBits, unsigned slotBits, uint8_t fold) {
    if (from >= count) return 0;
    // The block read in place when every byte it loads is the text's, else copied, zero-padded, first.
    uint8_t padded[blockBytes];
    const uint8_t *bytes = text + from;
    size_t left = count - from;
    if (left < blockBytes) {
        memset(padded, 0, sizeof padded);
        memcpy(padded, bytes, left);
        bytes = padded;
    }
#ifdef CBYTESCAN_AVX2
    uint64_t hits = __builtin_cpu_supports("avx2") ? hitsEightAtOnce(bytes, filter, fold)
                                                   : hitsOneByOne(bytes, anchorBits, slotBits, fold);
#else
    uint64_t hits = hitsOneByOne(bytes, anchorBits, slotBits, fold);
#endif
    return left < 64 ? hits & ((1ULL << left) - 1) : hits;
}
