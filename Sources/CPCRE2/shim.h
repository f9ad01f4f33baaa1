#ifndef CPCRE2_SHIM_H
#define CPCRE2_SHIM_H

// pcre2.h refuses to compile without a code unit width. We match raw bytes (8-bit code units), so Swift sees the
// `_8` entry points: pcre2_compile_8, pcre2_match_8, ... Macros that Swift cannot import (PCRE2_UNSET,
// PCRE2_ZERO_TERMINATED) have stand-ins in Sources/Redaction/PCRE2/.
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#endif
