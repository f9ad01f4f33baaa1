#ifndef CZLIB_SHIM_H
#define CZLIB_SHIM_H

// zlib's inflateInit2/deflateInit2 are macros Swift cannot import; Swift calls inflateInit2_/deflateInit2_ with
// zlibVersion() and sizeof(z_stream) instead (see Sources/Redaction/Pipeline/Batch/Gzip.swift).
#include <zlib.h>

#endif
