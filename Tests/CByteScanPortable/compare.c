// The C passes' builds agree with the paths other architectures compile (CBYTESCAN_PORTABLE): the word pass (SSE2)
// on 200,000 seeded random texts of up to 120 bytes that end where a page ends and the next page cannot be read,
// found a few words per call (every resume point); the anchor filter (AVX2 where this processor has it) on 200,000
// such texts of up to 200 bytes, every block, with filters of every density, folded and not. Run by `make test`
// (`make portable-scan`).
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "CByteScan.h"

size_t redact_words_portable(const uint8_t *text, size_t count, size_t from, int64_t offset, size_t capacity,
                             int64_t *bounds, uint64_t *hashes, size_t *resume);

uint64_t redact_anchor_hits_portable(const uint8_t *text, size_t count, size_t from, const uint32_t *filter,
                                     uint8_t fold);

static uint64_t state = 2026;

/// xorshift64: the same texts everywhere.
static uint64_t next(void) {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
}

/// The anchor filter's builds on texts at a page end; 0 when they agree.
static int compareAnchors(uint8_t *pageEnd) {
    static const uint8_t alphabet[] = "aAeEtTsS zZ09-_.\x00\xc3\xa9";
    const size_t letters = sizeof alphabet - 1;
    uint32_t filter[512];
    for (int trial = 0; trial < 200000; trial++) {
        // Sparse filters (a few hits), dense ones (most positions hit) and those between.
        if (trial % 1000 == 0) {
            unsigned density = (unsigned)(next() % 4);
            for (int word = 0; word < 512; word++) {
                uint32_t bits = (uint32_t)next();
                for (unsigned more = 0; more < density; more++) bits |= (uint32_t)next();
                filter[word] = bits;
            }
        }
        size_t count = next() % 201;
        uint8_t *text = pageEnd - count;
        for (size_t index = 0; index < count; index++) {
            text[index] = next() % 4 == 0 ? (uint8_t)next() : alphabet[next() % letters];
        }
        uint8_t fold = next() % 2 ? 0x20 : 0;
        size_t from = next() % 3;
        for (; from < count; from += 64) {
            if (redact_anchor_hits(text, count, from, filter, fold) !=
                redact_anchor_hits_portable(text, count, from, filter, fold)) {
                fprintf(stderr, "anchor filter: the two builds differ (trial %d, %zu bytes, from %zu)\n", trial, count,
                        from);
                return 1;
            }
        }
    }
    printf("anchor filter: %s and portable builds agree on 200000 texts\n",
           __builtin_cpu_supports("avx2") ? "AVX2" : "the scalar x86-64");
    return 0;
}

int main(void) {
    // Letters of both cases, digits, `'`, `-`, separators, the bytes next to the letters once case is folded, a
    // two-byte character, zero, 0x7F, 0xFF and capitals with the high bit set.
    static const uint8_t alphabet[] = "aAzZ09'- ,.\t@[`{\xc3\xa9\x00\x7f\xff\xc1\xda";
    const size_t letters = sizeof alphabet - 1;
    uint8_t *pages = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (pages == MAP_FAILED || mprotect(pages + 4096, 4096, PROT_NONE) != 0) {
        perror("mmap");
        return 2;
    }
    for (int trial = 0; trial < 200000; trial++) {
        size_t count = next() % 121;
        uint8_t *text = pages + 4096 - count;
        for (size_t index = 0; index < count; index++) {
            text[index] = next() % 5 == 0 ? (uint8_t)next() : alphabet[next() % letters];
        }
        size_t capacity = 1 + next() % 8;
        size_t from = 0;
        do {
            int64_t bounds[16], portableBounds[16];
            uint64_t hashes[8], portableHashes[8];
            size_t resume = 0, portableResume = 0;
            size_t found = redact_words(text, count, from, 7, capacity, bounds, hashes, &resume);
            size_t portableFound =
                redact_words_portable(text, count, from, 7, capacity, portableBounds, portableHashes, &portableResume);
            if (found != portableFound || resume != portableResume ||
                memcmp(bounds, portableBounds, found * 2 * sizeof bounds[0]) != 0 ||
                memcmp(hashes, portableHashes, found * sizeof hashes[0]) != 0) {
                fprintf(stderr, "word pass: the two builds differ (trial %d, %zu bytes, from %zu)\n", trial, count,
                        from);
                return 1;
            }
            from = resume;
        } while (from < count);
    }
    printf("word pass: SSE2 and portable builds agree on 200000 texts\n");
    return compareAnchors(pages + 4096);
}
