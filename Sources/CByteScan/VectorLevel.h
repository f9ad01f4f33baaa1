// Which vector instructions the passes of CByteScan compile: SSE2 on x86-64 (part of the baseline, no dispatch),
// and AVX2 functions (by attribute, chosen at run time by the caller) where the compiler takes the attribute.
// CBYTESCAN_PORTABLE leaves both out, building the one-at-a-time paths other architectures compile on x86-64 too, so
// that `make test` can compare the two builds.
#ifndef CBYTESCAN_VECTOR_LEVEL_H
#define CBYTESCAN_VECTOR_LEVEL_H

#if (defined(__x86_64__) || defined(_M_X64)) && !defined(CBYTESCAN_PORTABLE)
#include <emmintrin.h>
#define CBYTESCAN_SSE2 1
#if defined(__clang__) || defined(__GNUC__)
#include <immintrin.h>
#define CBYTESCAN_AVX2 1
#endif
#endif

#endif
