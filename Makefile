# The two entry points of README.md: `make demo` and `make test`. Both install libpcre2-dev and zlib1g-dev when missing.
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: deps build release demo test clean

deps:
	@{ pkg-config --exists libpcre2-8 && pkg-config --exists zlib; } 2>/dev/null || { \
		echo "installing libpcre2-dev and zlib1g-dev (PCRE2 and zlib headers) ..."; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libpcre2-dev zlib1g-dev pkg-config >/dev/null; }

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --product redact

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

clean:
	rm -rf .build out
