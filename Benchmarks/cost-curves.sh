#!/usr/bin/env bash
# How redact's cost grows with record size, PII density and the number of detectors: one generated corpus per point
# (about SIZE_MB each), `redact --jobs 1`, wall-clock MB/s and records/s from a warm page cache.
# Usage: Benchmarks/cost-curves.sh [SIZE_MB (default 50)]
set -euo pipefail
cd "$(dirname "$0")/.."
SIZE_MB=${1:-50}
WORK=${WORK:-/tmp/redact-curves}
mkdir -p "$WORK"
command -v bc >/dev/null || { apt-get update -qq && apt-get install -y -qq bc >/dev/null; }
make -s release >/dev/null
REDACT=.build/release/redact

corpus() { # name, approximate record bytes, sample options...
  local name=$1 record=$2; shift 2
  local file="$WORK/$name-${SIZE_MB}MB.jsonl"
  [ -s "$file" ] || "$REDACT" sample --records $(( SIZE_MB * 1000 * 1000 / record )) --seed 2026 "$@" > "$file"
  echo "$file"
}

run() { # label, file, extra redact options...
  local label=$1 file=$2; shift 2
  cat "$file" > /dev/null
  local start end bytes records
  start=$(date +%s.%N)
  "$REDACT" --jobs 1 --no-progress "$file" "$@" > /dev/null
  end=$(date +%s.%N)
  bytes=$(stat -c %s "$file"); records=$(wc -l < "$file")
  printf '%-44s %8.1f MB/s %10.0f records/s\n' "$label" \
    "$(echo "$bytes / 1000000 / ($end - $start)" | bc -l)" "$(echo "$records / ($end - $start)" | bc -l)"
}

echo "record size (PII density 0.35, every detector)"
for size in short normal long; do
  case $size in short) b=800 ;; normal) b=1160 ;; long) b=5000 ;; esac
  run "  --size $size" "$(corpus "size-$size" $b --size $size)"
done

echo "PII density (normal records, every detector)"
for density in 0 0.35 1; do
  run "  --pii-density $density" "$(corpus "density-$density" 1160 --pii-density $density)"
done

echo "detectors (normal records, PII density 0.35)"
NORMAL=$(corpus "density-0.35" 1160 --pii-density 0.35)
ALL=$("$REDACT" detectors | grep -E '^[a-z0-9.-]+ \(' | awk '{print $1}')
disable_all_but() { for id in $ALL; do case " $* " in *" $id "*) ;; *) printf -- '--disable %s ' "$id" ;; esac; done; }
run "  none (JSON scan and field names only)" "$NORMAL" $(disable_all_but)
run "  1: email" "$NORMAL" $(disable_all_but email)
run "  4: email ipv4 credit-card phone" "$NORMAL" $(disable_all_but email ipv4 credit-card phone)
run "  8: + iban us-ssn ipv6 mac-address" "$NORMAL" \
  $(disable_all_but email ipv4 credit-card phone iban us-ssn ipv6 mac-address)
run "  all $(echo $ALL | wc -w)" "$NORMAL"
