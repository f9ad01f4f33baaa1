#!/usr/bin/env bash
# Throughput of the Spark sample in local mode next to plain redact, on the same generated input (Docs/Scaling.md).
#
#   Samples/spark/measure.sh REDACT [RECORDS] [RUNS]   REDACT: a release build; RECORDS default 85000 (~100 MB);
#                                                      RUNS default 3 (each command; median and fastest shown)
#
# Uses the PySpark venv that test.sh installs (.build-spark/venv); run test.sh once first. Writes to
# .build-spark/measure (git-ignored). Every command reads the same 8 files from a warm page cache and writes its
# output to files of the same directory. Wall-clock times: run it on an otherwise idle machine.
set -euo pipefail
redact=$(realpath "$1")
records=${2:-85000}
runs=${3:-3}
cd "$(dirname "$0")/../.."
here=$PWD/Samples/spark
venv=$PWD/.build-spark/venv
work=$PWD/.build-spark/measure
[ -x "$venv/bin/spark-submit" ] || { echo "measure.sh: no $venv: run Samples/spark/test.sh first" >&2; exit 2; }
rm -rf "$work" && mkdir -p "$work/input" "$work/tiny" && cd "$work"

"$redact" sample --records "$records" --seed 2026 > generated.jsonl
split -n l/8 -d --additional-suffix=.jsonl generated.jsonl input/cases-
rm generated.jsonl
head -n 1 input/cases-00.jsonl > tiny/one.jsonl
(umask 077 && "$venv/bin/python" -c 'import secrets; print(secrets.token_hex(32))' > redact.key)
cp "$redact" redact && cp "$here/policy.yaml" policy.yaml
printf '#!/bin/sh\nexec cat\n' > cat-ignoring-arguments && chmod +x cat-ignoring-arguments   # Spark's own cost
cat input/*.jsonl > /dev/null    # warm the page cache
megabytes=$(du -cb input/*.jsonl | tail -n 1 | awk '{ printf "%.1f", $1 / 1e6 }')

export PYSPARK_PYTHON=$venv/bin/python PYSPARK_DRIVER_PYTHON=$venv/bin/python SPARK_LOCAL_IP=127.0.0.1
spark=("$venv/bin/spark-submit" --master 'local[2]' --conf spark.ui.enabled=false
       --conf "spark.local.dir=$work/spark-local" --files redact,redact.key,policy.yaml "$here/redact_job.py")

# measure LABEL MB COMMAND...: runs COMMAND $runs times (output removed in between) and prints the median and the
# fastest wall time, and MB/s of the median for MB megabytes of input ('-': none).
measure() {
  local label=$1 size=$2; shift 2
  local walls=() TIMEFORMAT='%R'
  for _ in $(seq "$runs"); do
    rm -rf out out.jsonl
    local wall
    if ! wall=$( { time "$@" > run.log 2>&1; } 2>&1 ); then
      tail -n 20 run.log
      echo "measure.sh: $label failed" >&2
      exit 1
    fi
    walls+=("$wall")
  done
  local median best rate=-
  median=$(printf '%s\n' "${walls[@]}" | sort -n | awk '{ t[NR] = $1 } END { print t[int((NR + 1) / 2)] }')
  best=$(printf '%s\n' "${walls[@]}" | sort -n | head -n 1)
  [ "$size" = - ] || rate=$(awk -v m="$size" -v s="$median" 'BEGIN { printf "%.1f", m / s }')
  printf '%-48s %7s s %6s MB/s %7s s   (all: %s)\n' "$label" "$median" "$rate" "$best" "${walls[*]}"
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
pyspark_version=$("$venv/bin/python" -c 'import pyspark; print(pyspark.__version__)')
echo "input: $megabytes MB, $records records in 8 files; $(nproc) cores; pyspark $pyspark_version;" \
  "$(java -version 2>&1 | head -n 1)"
printf '%-48s %9s %11s %9s\n' command median "" fastest
redact_run=("$redact" --policy policy.yaml --key-file redact.key -o out.jsonl)
measure "redact --jobs 1" "$megabytes" "${redact_run[@]}" --jobs 1 input/cases-0{0..7}.jsonl
measure "redact --jobs 2" "$megabytes" "${redact_run[@]}" --jobs 2 input/cases-0{0..7}.jsonl
measure "spark-submit local[2], 8 partitions" "$megabytes" "${spark[@]}" input out --policy policy.yaml --partitions 8
echo "  the job itself in the last run, from SparkContext up to the output written (redact_job.py's timer):" \
  "$(sed -n 's/.* in \([0-9.]*\) s$/\1/p' run.log) s"
measure "spark-submit local[2], cat instead of redact" "$megabytes" "${spark[@]}" input out --policy policy.yaml \
  --partitions 8 --redact "$work/cat-ignoring-arguments"
measure "spark-submit local[2], 1 record (start-up cost)" - "${spark[@]}" tiny out --policy policy.yaml
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
