// The C passes' builds agree with the paths other architectures compile (CBYTESCAN_PORTABLE): the word pass (SSE2)
// on 200,000 seeded random texts of up to 120 bytes that end where a page ends and the next page cannot be read,
// found a few words per call (every resume point). The anchor test's two builds (AVX2 where this processor has it)
// against its definition, on 200,000 such texts of up to 200 bytes, every block, with sets of every size, folded and
// not. The JSON string scan's two builds against its definition on 200,000 texts of up to 80 bytes at a page end,
// from every position, and the e-mail trigger search's likewise. Run by `make test` (`make portable-scan`).
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "CByteScan.h"

size_t redact_words_portable(const uint8_t *text, size_t count, size_t from, int64_t offset, size_t capacity,
                             int64_t *bounds, uint64_t *hashes, size_t *resume);

uint64_t redact_anchor_hits_portable(const uint8_t *text, size_t count, size_t from, const uint32_t *filter,
                                     const uint64_t *anchorBits, unsigned slotBits, uint8_t fold);

size_t redact_string_attention_portable(const uint8_t *text, size_t count, size_t from);

size_t redact_at_trigger_portable(const uint8_t *text, size_t count, size_t from);

static uint64_t state = 2026;

/// xorshift64: the same texts everywhere.
static uint64_t next(void) {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
}

/// The anchor test's builds against its definition (CByteScan.h) on texts at a page end; 0 when they agree.
static int compareAnchors(uint8_t *pageEnd) {
    static const uint8_t alphabet[] = "aAeEtTsS zZ09-_.\x00\xc3\xa9";
    const size_t letters = sizeof alphabet - 1;
    enum { slotBits = 17 };
    static uint64_t anchorBits[(1 << slotBits) / 64];
    uint32_t filter[512];
    const int vectors = __builtin_cpu_supports("avx2");
    for (int trial = 0; trial < 200000; trial++) {
        // Every thousand texts a new set of anchoring triples, from one to 4,096 (most positions then pass the
        // filter), of the alphabet's bytes (folded or not) or any bytes.
        if (trial % 1000 == 0) {
            memset(anchorBits, 0, sizeof anchorBits);
            memset(filter, 0, sizeof filter);
            size_t triples = (size_t)1 << (next() % 13);
            for (size_t index = 0; index < triples; index++) {
                uint64_t triple = 0;
                for (int byte = 0; byte < 3; byte++) {
                    uint8_t value = next() % 2 ? alphabet[next() % letters] : (uint8_t)next();
                    triple |= (uint64_t)(next() % 2 ? value | 0x20 : value) << (8 * byte);
                }
                uint64_t hash = triple * 0x9E3779B97F4A7C15ULL, slot = hash >> (64 - slotBits);
                uint32_t high = (uint32_t)(hash >> 32);
                anchorBits[slot >> 6] |= 1ULL << (slot & 63);
                filter[high >> 23] |= 1u << (high >> 18 & 31) | 1u << (high >> 13 & 31) | 1u << (high >> 8 & 31);
            }
        }
        size_t count = next() % 201;
        uint8_t *text = pageEnd - count;
        for (size_t index = 0; index < count; index++) {
            text[index] = next() % 4 == 0 ? (uint8_t)next() : alphabet[next() % letters];
        }
        uint8_t fold = next() % 2 ? 0x20 : 0;
        for (size_t from = next() % 3; from < count; from += 64) {
            // By the definition: the positions whose slot is set, and those whose triple passes the filter.
            uint64_t slotSet = 0, passing = 0;
            for (size_t at = from; at < count && at < from + 64; at++) {
                uint64_t triple = 0;
                for (size_t byte = 0; byte < 3; byte++) {
                    triple |= (uint64_t)((at + byte < count ? text[at + byte] : 0) | fold) << (8 * byte);
                }
                uint64_t hash = triple * 0x9E3779B97F4A7C15ULL, slot = hash >> (64 - slotBits);
                uint32_t high = (uint32_t)(hash >> 32), word = filter[high >> 23];
                slotSet |= (anchorBits[slot >> 6] >> (slot & 63) & 1) << (at - from);
                uint32_t bits = word >> (high >> 18 & 31) & word >> (high >> 13 & 31) & word >> (high >> 8 & 31);
                passing |= (uint64_t)(bits & 1) << (at - from);
            }
            uint64_t vector = redact_anchor_hits(text, count, from, filter, anchorBits, slotBits, fold);
            uint64_t portable = redact_anchor_hits_portable(text, count, from, filter, anchorBits, slotBits, fold);
            if (vector != (vectors ? passing : slotSet) || portable != slotSet) {
                fprintf(stderr, "anchor test: a build differs from its definition (trial %d, %zu bytes, from %zu)\n",
                        trial, count, from);
                return 1;
            }
        }
    }
    printf("anchor test: %s and portable builds agree with its definition on 200000 texts\n",
           vectors ? "AVX2" : "the scalar x86-64");
    return 0;
}

/// A search for the next position from `from` where its definition holds (`count` when none does).
typedef size_t (*Search)(const uint8_t *text, size_t count, size_t from);

/// Whether a search's definition holds at `at` of `text`.
typedef int (*Definition)(const uint8_t *text, size_t count, size_t at);

/// Both builds of a search against its definition on `text`, from every position; 0 when they agree.
static int compareSearch(const char *name, Search vector, Search portable, Definition stops, const uint8_t *text,
                         size_t count, int trial) {
    for (size_t from = 0; from <= count; from++) {
        size_t expected = from;
        while (expected < count && !stops(text, count, expected)) expected++;
        if (vector(text, count, from) != expected || portable(text, count, from) != expected) {
            fprintf(stderr, "%s: a build differs from its definition (trial %d, %zu bytes, from %zu)\n", name, trial,
                    count, from);
            return 1;
        }
    }
    return 0;
}

/// Where a JSON string's plain run ends: a quote, a backslash, a byte below 0x20 or from 0x80.
static int endsStringRun(const uint8_t *text, size_t count, size_t at) {
    (void)count;
    return text[at] == '"' || text[at] == '\\' || text[at] < 0x20 || text[at] >= 0x80;
}

/// Where an `@` stand-in may start (see CByteScan.h), the byte after the text read as zero.
static int startsTrigger(const uint8_t *text, size_t count, size_t at) {
    uint8_t byte = text[at], after = at + 1 < count ? text[at + 1] : 0, folded = after | 0x20;
    return ((byte | 0x20) == 'a' && (folded == 't' || folded == 'r')) || byte == '@' || byte == '&' || byte == '%' ||
           byte == 0xEF || (byte == 0xE3 && after == 0x82);
}

/// The string scan's and the trigger search's two builds against their definitions on 200,000 texts each at a page
/// end, from every position; 0 when they agree.
static int compareSearches(uint8_t *pageEnd) {
    // Mostly plain runs for the string scan (one byte in sixteen from an alphabet holding every kind that ends a run);
    // the triggers' bytes and their neighbours for the trigger search.
    static const uint8_t stringBytes[] = "aZ09 ~!\"\\\x00\x1f\x7f\x80\xc3\xff";
    static const uint8_t triggerBytes[] = "aAtTrRxX @&%\xef\xe3\x82\x00";
    for (int trial = 0; trial < 200000; trial++) {
        size_t count = next() % 81;
        uint8_t *text = pageEnd - count;
        for (size_t index = 0; index < count; index++) {
            uint8_t plain = (uint8_t)(0x20 + next() % 0x5F);
            text[index] = next() % 16 == 0 ? stringBytes[next() % (sizeof stringBytes - 1)] : plain;
            if (text[index] == '"' && next() % 2) text[index] = 'q';
        }
        if (compareSearch("string scan", redact_string_attention, redact_string_attention_portable, endsStringRun, text,
                          count, trial) != 0) {
            return 1;
        }
        for (size_t index = 0; index < count; index++) {
            text[index] = next() % 8 == 0 ? (uint8_t)next() : triggerBytes[next() % (sizeof triggerBytes - 1)];
        }
        if (compareSearch("trigger search", redact_at_trigger, redact_at_trigger_portable, startsTrigger, text, count,
                          trial) != 0) {
            return 1;
        }
    }
    printf("string scan and trigger search: SSE2 and portable builds agree with their definitions on 200000 texts\n");
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
    return compareAnchors(pages + 4096) || compareSearches(pages + 4096);
}
