"""Redact a directory of JSONL with `redact` on every Spark executor.

    spark-submit --files redact,redact.key,policy.yaml redact_job.py INPUT OUTPUT \
        [--redact redact] [--key-file redact.key] [--policy policy.yaml] [--partitions N]

Each partition's lines are piped through one `redact` process (`RDD.pipe`): one line in, one line out, in order,
so the output has exactly as many lines as the input. Pseudonyms are HMAC-SHA256 under the key, so the same value
gets the same token on every executor. A `redact` that exits non-zero fails its task, and so the job: nothing is
published under OUTPUT unless every partition was redacted.

--redact, --key-file and --policy name files shipped with spark-submit --files (or unpacked from --archives,
e.g. bin/redact): relative paths are looked up where Spark puts those files on the executors. Absolute paths are
used as they are, for files installed at the same place on every executor. The key is only ever named by path.

Standard library and pyspark only. See README.md beside this file.
"""

import argparse
import os
import shlex
import socket
import stat
import sys
import time

from pyspark import SparkConf, SparkContext, SparkFiles


def parse_arguments(argv):
    parser = argparse.ArgumentParser(description="Redact JSONL files with redact on every Spark executor.")
    parser.add_argument("input", help="input file, directory or glob (any Hadoop path: file:, hdfs:, s3a:, ...)")
    parser.add_argument("output", help="output directory; must not exist (one part-NNNNN file per partition)")
    parser.add_argument("--redact", default="redact", help="the redact binary (default: redact, from --files)")
    parser.add_argument("--key-file", default="redact.key", help="the key file (default: redact.key, from --files)")
    parser.add_argument("--policy", help="a policy file (from --files); without one: --operator default=pseudonym")
    parser.add_argument(
        "--partitions", type=int, help="minimum number of input partitions (default: the cluster's cores)"
    )
    return parser.parse_args(argv)


def executor_path(sc, path):
    """Where a file shipped with --files or --archives is found by the executors' Python workers.

    Executors on a cluster (YARN, standalone) put shipped files in their working directory. In local mode the
    executors live in the driver, which keeps them in its own SparkFiles directory.
    """
    if os.path.isabs(path):
        return path
    if sc.master == "local" or sc.master.startswith("local["):
        return os.path.join(SparkFiles.getRootDirectory(), path)
    return os.path.join(".", path)


def prepare_executor(binary, files):
    """A partition function that checks the shipped files before `redact` starts, and passes records through.

    It is a plain function, not a generator, so it runs when the task starts, before `pipe` launches the process.
    --files does not always keep the executable bit; the binary gets it back here.
    """

    def prepare(records):
        for path in [binary] + files:
            if not os.path.isfile(path):
                raise FileNotFoundError(
                    f"{path} not found on executor {socket.gethostname()} (working directory {os.getcwd()}): "
                    "ship it with spark-submit --files or --archives, or give an absolute path that exists there"
                )
        if not os.access(binary, os.X_OK):
            os.chmod(binary, os.stat(binary).st_mode | stat.S_IXUSR)
        return records

    return prepare


def redact_command(binary, key_file, policy, jobs):
    """The command line each partition is piped through. It names the key file, never the key."""
    command = [binary, "--key-file", key_file, "--jobs", str(jobs), "--no-progress"]
    command += ["--policy", policy] if policy else ["--operator", "default=pseudonym"]
    # RDD.pipe splits the string with shlex, so quote every part.
    return " ".join(shlex.quote(part) for part in command)


def main(argv):
    arguments = parse_arguments(argv)
    sc = SparkContext.getOrCreate(SparkConf().setAppName("redact"))
    started = time.monotonic()

    binary = executor_path(sc, arguments.redact)
    key_file = executor_path(sc, arguments.key_file)
    policy = executor_path(sc, arguments.policy) if arguments.policy else None
    # One redact per task, with as many workers as the task has cores (spark.task.cpus): tasks already run in
    # parallel, and redact's output is the same for every --jobs.
    jobs = int(sc.getConf().get("spark.task.cpus", "1"))
    command = redact_command(binary, key_file, policy, jobs)

    lines = sc.textFile(arguments.input, minPartitions=arguments.partitions or sc.defaultParallelism)
    redacted = lines.mapPartitions(prepare_executor(binary, [key_file] + ([policy] if policy else []))).pipe(
        command,
        # redact needs no environment: the key comes from the file, so REDACT_KEY / REDACT_KEY_FILE of the
        # executor's environment are not passed on. Its standard error (diagnostics without record content)
        # goes to the executor's log; only its standard output becomes records.
        env={},
        checkCode=True,
    )
    redacted.saveAsTextFile(arguments.output)

    print(
        f"redact_job: {lines.getNumPartitions()} partitions of {arguments.input} redacted into {arguments.output} "
        f"in {time.monotonic() - started:.1f} s",
        file=sys.stderr,
    )
    sc.stop()


if __name__ == "__main__":
    main(sys.argv[1:])
