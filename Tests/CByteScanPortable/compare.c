// The word pass's two builds agree: SSE2 (x86-64) and the byte-by-byte path other architectures compile
// (CBYTESCAN_PORTABLE), on 200,000 seeded random texts of up to 120 bytes that end where a page ends and the next
// page cannot be read, found a few words per call (every resume point). Run by `make test` (`make portable-scan`).
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "CByteScan.h"

size_t redact_words_portable(const uint8_t *text, size_t count, size_t from, int64_t offset, size_t capacity,
                             int64_t *bounds, uint64_t *hashes, size_t *resume);

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
    uint64_t state = 2026;
    for (int trial = 0; trial < 200000; trial++) {
        // xorshift64: the same texts everywhere.
        #define NEXT() (state ^= state << 13, state ^= state >> 7, state ^= state << 17, state)
        size_t count = NEXT() % 121;
        uint8_t *text = pages + 4096 - count;
        for (size_t index = 0; index < count; index++) {
            text[index] = NEXT() % 5 == 0 ? (uint8_t)NEXT() : alphabet[NEXT() % letters];
        }
        size_t capacity = 1 + NEXT() % 8;
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
    return 0;
}
