#!/usr/bin/env bash
# Measures, in one run on the same generated file: cat (I/O floor), ripgrep and pcre2grep counting one e-mail regex
# (the single-pattern scan limit), a straightforward Python re + json redactor, redact with 1 and N workers, and
# redact with N workers without record-scoped propagation and with a 1,000,000-entry known-entity dictionary
# (--known). Prints seconds, MB/s and ratios. Usage: Benchmarks/compare.sh [SIZE_MB (default 1024)] [JOBS (default: cores)]
# The lines the targets are stated against (pcre2grep, redact --jobs 1 and --jobs N) run RUNS times (default 3) each,
# interleaved, and report the median: a machine whose speed drifts between runs moves single runs more than a change.
set -euo pipefail
cd "$(dirname "$0")/.."
SIZE_MB=${1:-1024}
JOBS=${2:-$(nproc)}
RUNS=${RUNS:-3}
WORK=${WORK:-/tmp/redact-compare}
mkdir -p "$WORK"

need() { command -v "$1" >/dev/null || { apt-get update -qq && apt-get install -y -qq "$2" >/dev/null; }; }
need rg ripgrep
need pcre2grep pcre2-utils
need bc bc
[ -x /usr/bin/time ] || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
make -s release >/dev/null
REDACT=.build/release/redact

CORPUS="$WORK/corpus-${SIZE_MB}MB.jsonl"
if [ ! -s "$CORPUS" ]; then
  # About 1.16 KB per record with the default options.
  RECORDS=$(( SIZE_MB * 1000 * 1000 / 1160 ))
  echo "generating $CORPUS ($RECORDS records) ..."
  "$REDACT" sample --records "$RECORDS" --seed 2026 > "$CORPUS"
fi
BYTES=$(stat -c %s "$CORPUS")
RECORDS_IN=$(wc -l < "$CORPUS")

KNOWN="$WORK/known-1M.csv"
if [ ! -s "$KNOWN" ]; then
  # 250,000 CRM rows x 4 columns = 1,000,000 entries: names, e-mail addresses, phone numbers, account ids.
  python3 - "$KNOWN" <<'PY'
import random, sys
random.seed(2026)
first = ["Ada", "Bo", "Cyra", "Dee", "Eli", "Fay", "Gus", "Hal", "Ivy", "Jo", "Kai", "Lena", "Milo", "Nora", "Otto"]
with open(sys.argv[1], "w") as out:
    out.write("name,email,phone,account_id\n")
    for i in range(250000):
        given, family = random.choice(first), "Surname%d" % i
        out.write("%s %s,%s.%s@example.org,+1 555 %03d %04d,CRM-%07d\n"
                  % (given, family, given.lower(), family.lower(), i // 10000, i % 10000, i))
PY
fi
EMAIL='[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}'

declare -a NAMES SECONDS_TAKEN PEAK_MIB ALL_RUNS
# One run of a command: its seconds and peak KiB, space-separated.
run_once() {
  cat "$CORPUS" > /dev/null  # warm the page cache
  local start end
  start=$(date +%s.%N)
  /usr/bin/time -f %M -o "$WORK/peak-kib" "$@" > /dev/null
  end=$(date +%s.%N)
  echo "$(echo "$end - $start" | bc -l) $(tail -1 "$WORK/peak-kib")"
}
record() { # name, seconds, peak KiB, all runs
  NAMES+=("$1")
  SECONDS_TAKEN+=("$2")
  PEAK_MIB+=("$(echo "$3 / 1024" | bc -l)")
  ALL_RUNS+=("$4")
}
measure() { # name, command...
  local name=$1; shift
  local result
  result=$(run_once "$@")
  record "$name" "${result% *}" "${result#* }" ""
}
median() {
  printf '%s\n' "$@" | sort -g |
    awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

measure "cat" cat "$CORPUS"
measure "rg -c (one e-mail regex)" rg -c "$EMAIL" "$CORPUS"
# The three lines of the targets, interleaved RUNS times: pcre2grep, redact --jobs 1, redact --jobs N.
declare -a PCRE_RUNS ONE_RUNS MANY_RUNS PCRE_PEAKS ONE_PEAKS MANY_PEAKS
for ((run = 0; run < RUNS; run++)); do
  result=$(run_once pcre2grep -c --buffer-size=16M "$EMAIL" "$CORPUS")
  PCRE_RUNS+=("${result% *}"); PCRE_PEAKS+=("${result#* }")
  result=$(run_once "$REDACT" --jobs 1 "$CORPUS")
  ONE_RUNS+=("${result% *}"); ONE_PEAKS+=("${result#* }")
  result=$(run_once "$REDACT" --jobs "$JOBS" "$CORPUS")
  MANY_RUNS+=("${result% *}"); MANY_PEAKS+=("${result#* }")
done
runs_of() { printf '%.2f ' "$@"; }
record "pcre2grep -c (one e-mail regex)" "$(median "${PCRE_RUNS[@]}")" "$(median "${PCRE_PEAKS[@]}")" \
  "$(runs_of "${PCRE_RUNS[@]}")"
measure "python re + json redactor" bash -c "python3 Benchmarks/python_redactor.py < '$CORPUS'"
record "redact --jobs 1" "$(median "${ONE_RUNS[@]}")" "$(median "${ONE_PEAKS[@]}")" "$(runs_of "${ONE_RUNS[@]}")"
record "redact --jobs $JOBS" "$(median "${MANY_RUNS[@]}")" "$(median "${MANY_PEAKS[@]}")" \
  "$(runs_of "${MANY_RUNS[@]}")"
measure "redact --jobs $JOBS --no-propagation" "$REDACT" --jobs "$JOBS" --no-propagation "$CORPUS"
measure "redact --jobs $JOBS --known (1M)" "$REDACT" --jobs "$JOBS" --known "$KNOWN" "$CORPUS"
measure "  of which loading the 1M entries" bash -c "'$REDACT' --known '$KNOWN' < /dev/null"

printf '\ncorpus: %s (%.1f MB, %s records), %s cores\n\n' "$CORPUS" "$(echo "$BYTES / 1000000" | bc -l)" "$RECORDS_IN" "$(nproc)"
printf '%-34s %10s %10s %12s %14s %10s\n' "command" "seconds" "MB/s" "records/s" "vs pcre2grep" "peak MiB"
PCRE=${SECONDS_TAKEN[2]}
for i in "${!NAMES[@]}"; do
  s=${SECONDS_TAKEN[$i]}
  printf '%-34s %10.2f %10.1f %12.0f %14.3f %10.1f\n' "${NAMES[$i]}" "$s" "$(echo "$BYTES / 1000000 / $s" | bc -l)" \
    "$(echo "$RECORDS_IN / $s" | bc -l)" "$(echo "$PCRE / $s" | bc -l)" "${PEAK_MIB[$i]}"
done
printf '\nmedians of %s interleaved runs (seconds):\n' "$RUNS"
for i in "${!NAMES[@]}"; do
  [ -n "${ALL_RUNS[$i]}" ] && printf '  %-32s %s\n' "${NAMES[$i]}" "${ALL_RUNS[$i]}"
done
printf '\nredact --jobs %s is %.2f x redact --jobs 1\n' "$JOBS" "$(echo "${SECONDS_TAKEN[4]} / ${SECONDS_TAKEN[5]}" | bc -l)"
DEFAULT=${SECONDS_TAKEN[5]}
printf '\nrecord-scoped propagation costs %.1f %% (jobs %s); the 1M-entry dictionary %.1f %% including %.1f s of loading, %.1f %% streaming\n' \
  "$(echo "($DEFAULT / ${SECONDS_TAKEN[6]} - 1) * 100" | bc -l)" "$JOBS" \
  "$(echo "(${SECONDS_TAKEN[7]} / $DEFAULT - 1) * 100" | bc -l)" "${SECONDS_TAKEN[8]}" \
  "$(echo "((${SECONDS_TAKEN[7]} - ${SECONDS_TAKEN[8]}) / $DEFAULT - 1) * 100" | bc -l)"
