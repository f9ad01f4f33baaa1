# The two entry points of README.md: `make demo` and `make test`. Both install libpcre2-dev and zlib1g-dev when missing.
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: deps build release demo test portable-scan clean

deps:
	@{ pkg-config --exists libpcre2-8 && pkg-config --exists zlib; } 2>/dev/null || { \
		echo "installing libpcre2-dev and zlib1g-dev (PCRE2 and zlib headers) ..."; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libpcre2-dev zlib1g-dev pkg-config >/dev/null; }

build: deps
	$(SWIFT) build

# The x86-64 level the release binary is built for: Haswell's (x86-64-v3: AVX2, BMI1/2, FMA, MOVBE, POPCNT) when
# this machine has all of it — about 2 % fewer instructions than the baseline on every corpus measured — else the
# baseline. Such a binary stops with SIGILL on a processor without them: `make release CPU=x86-64` builds one that runs
# on any x86-64 machine. Elsewhere (arm64) CPU stays empty: the compiler's default.
V3_FLAGS := avx2 bmi1 bmi2 fma movbe popcnt
CPU ?= $(shell f=$$(grep -m1 '^flags' /proc/cpuinfo 2>/dev/null); \
	[ -n "$$f" ] && for x in $(V3_FLAGS); do echo " $$f " | grep -q " $$x " || exit 0; done && echo haswell)

release: deps
	$(SWIFT) build -c release --product redact $(if $(CPU),-Xswiftc -target-cpu -Xswiftc $(CPU))

# Redact the bundled sample export and show a few records before and after.
demo: release
	@mkdir -p out
	@.build/release/redact --version
	.build/release/redact --stats Samples/cases.jsonl > out/cases.redacted.jsonl
	@echo "--- first record, before:"; head -n 1 Samples/cases.jsonl
	@echo "--- first record, after:";  head -n 1 out/cases.redacted.jsonl
	@echo "--- wrote out/cases.redacted.jsonl ($$(wc -l < out/cases.redacted.jsonl) records)"

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test
	$(MAKE) -s portable-scan

# The C passes (Sources/CByteScan) built twice, with their vector code (SSE2; AVX2 where this processor has it) and
# as other architectures build them (CBYTESCAN_PORTABLE, see VectorLevel.h), checked against each other and against
# their definitions: the Swift tests only ever run the first build here.
PORTABLE := .build/portable-scan
portable-scan:
	@mkdir -p $(PORTABLE)
	$(CC) -O2 -ISources/CByteScan/include -c Sources/CByteScan/WordScan.c -o $(PORTABLE)/words.o
	$(CC) -O2 -ISources/CByteScan/include -c Sources/CByteScan/AnchorScan.c -o $(PORTABLE)/anchors.o
	$(CC) -O2 -ISources/CByteScan/include -c Sources/CByteScan/StringScan.c -o $(PORTABLE)/strings.o
	$(CC) -O2 -ISources/CByteScan/include -c Sources/CByteScan/TriggerScan.c -o $(PORTABLE)/triggers.o
	$(CC) -O2 -ISources/CByteScan/include -DCBYTESCAN_PORTABLE -Dredact_words=redact_words_portable \
		-c Sources/CByteScan/WordScan.c -o $(PORTABLE)/words-portable.o
	$(CC) -O2 -ISources/CByteScan/include -DCBYTESCAN_PORTABLE -Dredact_anchor_hits=redact_anchor_hits_portable \
		-c Sources/CByteScan/AnchorScan.c -o $(PORTABLE)/anchors-portable.o
	$(CC) -O2 -ISources/CByteScan/include -DCBYTESCAN_PORTABLE \
		-Dredact_string_attention=redact_string_attention_portable \
		-c Sources/CByteScan/StringScan.c -o $(PORTABLE)/strings-portable.o
	$(CC) -O2 -ISources/CByteScan/include -DCBYTESCAN_PORTABLE -Dredact_at_trigger=redact_at_trigger_portable \
		-c Sources/CByteScan/TriggerScan.c -o $(PORTABLE)/triggers-portable.o
	$(CC) -O2 -ISources/CByteScan/include Tests/CByteScanPortable/compare.c $(PORTABLE)/words.o \
		$(PORTABLE)/anchors.o $(PORTABLE)/strings.o $(PORTABLE)/triggers.o $(PORTABLE)/words-portable.o \
		$(PORTABLE)/anchors-portable.o $(PORTABLE)/strings-portable.o $(PORTABLE)/triggers-portable.o \
		-o $(PORTABLE)/compare
	$(PORTABLE)/compare

clean:
	rm -rf .build out
