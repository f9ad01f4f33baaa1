#!/usr/bin/env bash
# Builds one libFuzzer target (or all) with -sanitize=fuzzer,address and runs it for SECONDS on its seed corpus.
# Usage: Fuzz/run.sh [TARGET|all] [SECONDS (default 60)]      TARGET: FuzzJSON FuzzCSV FuzzPolicy FuzzReveal
# Findings (crash-*, timeout-*, oom-*) are written to Fuzz/findings/TARGET/; the run fails when there is one.
# FUZZ_SEED=N makes a run reproducible (CI uses 1).
set -euo pipefail
cd "$(dirname "$0")"
TARGET=${1:-all}
SECONDS_EACH=${2:-60}
TARGETS=(FuzzJSON FuzzCSV FuzzPolicy FuzzReveal)
[ "$TARGET" = all ] || TARGETS=("$TARGET")
(cd .. && make -s deps)
# Swift's crash handler reads memory ASan guards; let libFuzzer report the crash and save the input.
export SWIFT_BACKTRACE=enable=no

for target in "${TARGETS[@]}"; do
  swift build -c release --product "$target" --scratch-path .build-fuzz \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld >/dev/null
  corpus="Corpus/$target" findings="findings/$target" work=".work/$target"
  mkdir -p "$findings" "$work"
  echo "== $target: ${SECONDS_EACH}s on $(ls "$corpus" | wc -l) seeds"
  # New inputs go to a scratch folder; the committed seed corpus stays as it is.
  if ! .build-fuzz/release/"$target" "$work" "$corpus" -max_total_time="$SECONDS_EACH" -max_len=4096 \
      -timeout=10 -rss_limit_mb=2048 -artifact_prefix="$findings/" -print_final_stats=1 ${FUZZ_SEED:+-seed=$FUZZ_SEED} \
      2> "$work/log.txt"; then
    tail -n 5 "$work/log.txt" | grep -v '^ *#' || true
    echo "$target: finding saved in $findings" >&2
    exit 1
  fi
  grep -E 'stat::number_of_executed_units|stat::peak_rss_mb' "$work/log.txt" || true
done
