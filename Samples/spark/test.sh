#!/usr/bin/env bash
# Integration test of the Spark sample: redact_job.py under PySpark in local mode (local[2]) on generated records,
# checked against single-process redact by check_output.py. Installs what it needs: Java 17+ from Debian and
# PySpark from PyPI into .build-spark/venv (git-ignored, kept between runs).
#
#   Samples/spark/test.sh [REDACT]   the redact binary; default $REDACT_BIN, else .build/debug/redact (there after
#                                    `make test`), else a release build made here with `make release`
#
# Prints one PASS or FAIL line per check, timings, and a closing 'spark: N passed, N failed'; exit status 1 when a
# check failed. Nothing it prints holds record content.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
here=$root/Samples/spark
scratch=$root/.build-spark
venv=$scratch/venv
work=$scratch/test
pyspark_version=4.0.1          # Spark 4.0 runs on Java 17 or 21
records=${SPARK_TEST_RECORDS:-3000}
seed=2027

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
now() { date +%s.%N; }
since() { awk -v start="$1" -v end="$(now)" 'BEGIN { printf "%.1f s", end - start }'; }
java_major() {   # 17 for "17.0.15", 8 for "1.8.0_292", 0 without a java
  { java -version 2>&1 || true; } | awk -F'"' '/version/ && !m { split($2, v, "."); m = (v[1] == 1 ? v[2] : v[1]) }
                                       END { print m + 0 }'
}

# --- What the test needs --------------------------------------------------------------------------------------
install_started=$(now)
if [ "$(java_major)" -lt 17 ]; then
  echo "installing Java (openjdk-17-jre-headless, else openjdk-21-jre-headless) ..."
  as_root apt-get update -qq
  as_root apt-get install -y -qq openjdk-17-jre-headless >/dev/null 2>&1 \
    || as_root apt-get install -y -qq openjdk-21-jre-headless >/dev/null
  # An older java may still come first on PATH.
  for home in /usr/lib/jvm/java-17-openjdk-* /usr/lib/jvm/java-21-openjdk-*; do
    if [ -x "$home/bin/java" ]; then export JAVA_HOME=$home PATH=$home/bin:$PATH; break; fi
  done
  [ "$(java_major)" -ge 17 ] || { echo "test.sh: could not install Java 17 or 21" >&2; exit 2; }
fi
echo "java: $(java -version 2>&1 | head -n 1)"

if ! "$venv/bin/python" -c "import sys, pyspark; sys.exit(pyspark.__version__ != '$pyspark_version')" 2>/dev/null; then
  echo "installing PySpark $pyspark_version from PyPI into $venv ..."
  rm -rf "$venv"
  if ! python3 -m venv "$venv" 2>/dev/null; then
    rm -rf "$venv"
    as_root apt-get update -qq && as_root apt-get install -y -qq python3-venv >/dev/null
    python3 -m venv "$venv"
  fi
  "$venv/bin/pip" install -q "pyspark==$pyspark_version"
fi
python=$venv/bin/python
echo "pyspark: $("$python" -c 'import pyspark; print(pyspark.__version__)')" \
  "($(since "$install_started") to install or check)"

redact=${1:-${REDACT_BIN:-}}
if [ -z "$redact" ]; then
  redact=$root/.build/debug/redact
  if [ ! -x "$redact" ]; then
    echo "no $redact: building a release binary (make release) ..."
    make -s release
    redact=$root/.build/release/redact
  fi
fi
[ -x "$redact" ] || { echo "test.sh: no redact binary at $redact" >&2; exit 2; }
redact=$(realpath "$redact")

# --- Input: generated records with ground truth, in 6 files, each record marked with its number ------------------
run_started=$(now)
rm -rf "$work"
mkdir -p "$work"
cd "$work"
"$redact" sample --records "$records" --seed "$seed" --truth truth.jsonl > generated.jsonl
"$python" "$here/check_output.py" split generated.jsonl --files 6 --out input
(umask 077 && "$python" -c 'import secrets; print(secrets.token_hex(32))' > redact.key)
cp "$redact" redact               # shipped under the name the job looks for
cp "$here/policy.yaml" policy.yaml
echo "input: $records records ($(du -k input | cut -f1) KiB), seed $seed ($(since "$run_started"))"

# --- Single-process redact, the reference -----------------------------------------------------------------------
started=$(now)
"$redact" --policy policy.yaml --key-file redact.key --no-progress input/*.jsonl > single.jsonl
echo "single-process redact: $(since "$started")"

export PYSPARK_PYTHON=$python PYSPARK_DRIVER_PYTHON=$python SPARK_LOCAL_IP=127.0.0.1
spark_submit=("$venv/bin/spark-submit" --conf spark.ui.enabled=false --conf "spark.local.dir=$work/spark-local")

# --- The job, as README.md shows it: binary, key and policy shipped with --files ---------------------------------
started=$(now)
if ! "${spark_submit[@]}" --master 'local[2]' --files redact,redact.key,policy.yaml "$here/redact_job.py" \
    input spark-output --policy policy.yaml --partitions 8 > spark.log 2>&1; then
  tail -n 30 spark.log
  echo "FAIL Spark job: spark-submit failed (log: $work/spark.log)"
  echo "spark: 0 passed, 1 failed"
  exit 1
fi
echo "Spark job (local[2], JVM start included): $(since "$started")"

passed=0
failed=0
started=$(now)
checks=$("$python" "$here/check_output.py" check --input input --truth truth.jsonl --spark spark-output \
         --single single.jsonl) || true
echo "$checks"
passed=$((passed + $(grep -c '^PASS' <<<"$checks" || true)))
failed=$((failed + $(grep -c '^FAIL' <<<"$checks" || true)))
if [ "$(grep -c '^PASS\|^FAIL' <<<"$checks" || true)" != 4 ]; then
  echo "FAIL checker: did not report 4 checks"
  failed=$((failed + 1))
fi
echo "checks: $(since "$started")"

# --- The same with executors in separate JVMs (local-cluster: a standalone master and worker in one process), where
# shipped files are found in each executor's working directory, as on a cluster ----------------------------------
started=$(now)
if ! "${spark_submit[@]}" --master 'local-cluster[2,1,1024]' --files redact,redact.key,policy.yaml \
    "$here/redact_job.py" input spark-cluster-output --policy policy.yaml --partitions 8 > spark-cluster.log 2>&1; then
  echo "FAIL separate executors: spark-submit failed (log: $work/spark-cluster.log)"
  failed=$((failed + 1))
elif cmp -s <(sort single.jsonl) <(cat spark-cluster-output/part-* | sort); then
  echo "PASS separate executors: local-cluster[2,1,1024] output equal to single-process redact" \
    "($(cat spark-cluster-output/part-* | wc -l) lines)"
  passed=$((passed + 1))
else
  echo "FAIL separate executors: local-cluster[2,1,1024] output differs from single-process redact"
  failed=$((failed + 1))
fi
echo "local-cluster job: $(since "$started")"

# --- A redact that exits non-zero fails the job: a key that is too short, and a binary without the executable bit
# given by absolute path (the job sets the bit, so the failure must be redact's own exit code 2) ------------------
started=$(now)
head -c 8 /dev/urandom | od -An -tx1 | tr -d ' \n' > short.key
install -m 0644 redact redact-not-executable
if "${spark_submit[@]}" --master 'local[2]' --files short.key "$here/redact_job.py" input spark-failed \
    --redact "$work/redact-not-executable" --key-file short.key --policy "$work/policy.yaml" \
    > spark-failed.log 2>&1; then
  echo "FAIL failing redact fails the job: spark-submit succeeded"
  failed=$((failed + 1))
elif grep -q 'PIPE_FUNCTION_EXITED' spark-failed.log && grep -q 'exited with error code 2' spark-failed.log \
    && [ ! -e spark-failed/_SUCCESS ]; then
  echo "PASS failing redact fails the job: spark-submit exited non-zero, redact's exit code 2 reported, no _SUCCESS"
  passed=$((passed + 1))
else
  echo "FAIL failing redact fails the job: spark-submit failed, but not on redact's exit code" \
    "(log: $work/spark-failed.log)"
  failed=$((failed + 1))
fi
echo "failing job: $(since "$started")"

echo "run: $(since "$run_started") (install: see above)"
echo "spark: $passed passed, $failed failed"
[ "$failed" = 0 ]
