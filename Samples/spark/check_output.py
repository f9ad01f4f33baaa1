"""Input preparation and output checks for the Spark integration test (test.sh). Standard library only.

    check_output.py split RECORDS.jsonl --files N --out DIR
        Writes the generated records into N files of DIR, each record with a marker field
        {"test_ref":"BBBBBC", ...} that tells which generated record (and ground-truth line) it is.
        The marker is written with the consonants of redact's tokens, which no detector matches.

    check_output.py check --input DIR --truth TRUTH.jsonl --spark DIR --single FILE
        Checks the Spark output (part-* files of DIR) and prints one PASS or FAIL line per check:
        record count; no planted value left; pseudonyms consistent across partitions; output equal to the
        single-process output as a multiset of lines. Exit status 1 when a check failed.

Messages name markers, kinds, field paths and counts, never a record's content or a planted value.
"""

import argparse
import collections
import json
import os
import re
import sys

ALPHABET = "BCDFGHJKLMNPQRST"  # redact's token alphabet
MARKER_FIELD = "test_ref"
PSEUDONYM = re.compile(r"^\[[A-Z][A-Z0-9_]*_[" + ALPHABET + r"]{16}\]$")
MINIMUM_SHARED_VALUES = 10  # values seen in two or more partitions that the consistency check needs


def marker(index):
    digits = []
    for _ in range(6):
        digits.append(ALPHABET[index % 16])
        index //= 16
    return "".join(reversed(digits))


def split(arguments):
    records = read_lines(arguments.records)
    os.makedirs(arguments.out, exist_ok=False)
    per_file = -(-len(records) // arguments.files)
    for number in range(arguments.files):
        chunk = records[number * per_file : (number + 1) * per_file]
        with open(os.path.join(arguments.out, f"cases-{number + 1}.jsonl"), "w", encoding="utf-8") as target:
            for index, record in enumerate(chunk, start=number * per_file):
                if not record.startswith("{"):
                    sys.exit(f"record {index + 1} is not a JSON object")
                target.write('{"%s":"%s",%s\n' % (MARKER_FIELD, marker(index), record[1:]))
    print(f"split: {len(records)} records into {arguments.files} files of {arguments.out}")


def read_lines(path):
    with open(path, encoding="utf-8", newline="\n") as source:
        return [line[:-1] if line.endswith("\n") else line for line in source]


def value_at(record, path):
    """The value at a dotted field path (customer.email), or None."""
    for part in path.split("."):
        if not isinstance(record, dict) or part not in record:
            return None
        record = record[part]
    return record


def is_word_character(character):
    # Letters and digits of alphabetic scripts; CJK text has no spaces between words.
    return character.isalnum() and ord(character) < 0x2E80


def occurs(value, line):
    """Whether value occurs in line as a whole word (a planted 'Ana' is not left in 'Analytics')."""
    start = line.find(value)
    while start != -1:
        end = start + len(value)
        before_ok = start == 0 or not (is_word_character(value[0]) and is_word_character(line[start - 1]))
        after_ok = end == len(line) or not (is_word_character(value[-1]) and is_word_character(line[end]))
        if before_ok and after_ok:
            return True
        start = line.find(value, start + 1)
    return False


def check(arguments):
    results = []

    def report(name, passed, detail):
        results.append(passed)
        print(f"{'PASS' if passed else 'FAIL'} {name}: {detail}")

    # Inputs, by marker.
    inputs = {}
    for name in sorted(os.listdir(arguments.input)):
        for number, line in enumerate(read_lines(os.path.join(arguments.input, name)), start=1):
            ref = json.loads(line)[MARKER_FIELD]
            inputs[ref] = (f"{name}:{number}", line)
    truth = {marker(index): json.loads(line) for index, line in enumerate(read_lines(arguments.truth))}

    # Spark output: one part file per partition.
    parts = sorted(name for name in os.listdir(arguments.spark) if name.startswith("part-"))
    spark = [(partition, line) for partition, name in enumerate(parts)
             for line in read_lines(os.path.join(arguments.spark, name))]
    single = read_lines(arguments.single)
    filled = sum(1 for name in parts if os.path.getsize(os.path.join(arguments.spark, name)) > 0)

    # 1. Record count.
    report("record count", len(spark) == len(inputs) == len(single),
           f"{len(inputs)} in, {len(spark)} out of Spark ({len(parts)} partitions, {filled} non-empty), "
           f"{len(single)} out of single-process redact")

    # Spark records by marker.
    by_ref = {}
    unmarked = duplicated = 0
    for partition, line in spark:
        try:
            ref = json.loads(line).get(MARKER_FIELD)
        except ValueError:
            ref = None
        if ref not in inputs:
            unmarked += 1
        elif ref in by_ref:
            duplicated += 1
        else:
            by_ref[ref] = (partition, line)
    missing = len(inputs) - len(by_ref)

    # 2. No planted value left in its own record.
    planted = left = 0
    left_by_kind = collections.Counter()
    examples = []
    for ref, (partition, line) in by_ref.items():
        for item in truth[ref]["planted"]:
            planted += 1
            if occurs(item["value"], line):
                left += 1
                left_by_kind[item["kind"]] += 1
                if len(examples) < 5:
                    examples.append(f"{inputs[ref][0]} {item['kind']} in {item['field']}")
    detail = f"{planted} planted values in {len(by_ref)} records, {left} left"
    if left:
        detail += f" ({dict(left_by_kind)}; first: {'; '.join(examples)})"
    if unmarked or duplicated or missing:
        detail += f"; {unmarked} output records without a known marker, {duplicated} duplicated, {missing} missing"
    report("no planted value left", left == 0 and not (unmarked or duplicated or missing), detail)

    # 3. Pseudonyms consistent across partitions: a value that a field held whole became the same token in
    # every record and every partition, and that token is a keyed pseudonym.
    tokens = collections.defaultdict(set)
    partitions = collections.defaultdict(set)
    not_pseudonyms = 0
    for ref, (partition, line) in by_ref.items():
        source = json.loads(inputs[ref][1])
        output = json.loads(line)
        for item in truth[ref]["planted"]:
            field = item["field"]
            if "[" in field or value_at(source, field) != item["value"]:
                continue  # free text, or only part of the field's value
            token = value_at(output, field)
            if not isinstance(token, str) or not PSEUDONYM.match(token):
                not_pseudonyms += 1
                continue
            key = (item["kind"], item["value"])
            tokens[key].add(token)
            partitions[key].add(partition)
    shared = [key for key in tokens if len(partitions[key]) > 1]
    inconsistent = [key for key in tokens if len(tokens[key]) > 1]
    shared_by_kind = collections.Counter(kind for kind, _ in shared)
    report("pseudonyms consistent across partitions",
           not inconsistent and not_pseudonyms == 0 and len(shared) >= MINIMUM_SHARED_VALUES,
           f"{len(tokens)} distinct values in whole fields, {len(shared)} of them in two or more partitions "
           f"({', '.join(f'{kind} {count}' for kind, count in sorted(shared_by_kind.items()))}), "
           f"{len(inconsistent)} with more than one token, {not_pseudonyms} field values not a pseudonym "
           f"(at least {MINIMUM_SHARED_VALUES} shared values needed)")

    # 4. Same lines as single-process redact with the same key and policy.
    spark_lines = collections.Counter(line for _, line in spark)
    single_lines = collections.Counter(single)
    only_spark = sum((spark_lines - single_lines).values())
    only_single = sum((single_lines - spark_lines).values())
    report("equal to single-process redact", only_spark == 0 and only_single == 0,
           f"{len(spark)} Spark lines, {len(single)} single-process lines, {only_spark} only in Spark, "
           f"{only_single} only in single-process output")

    return 0 if all(results) else 1


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    split_parser = commands.add_parser("split")
    split_parser.add_argument("records")
    split_parser.add_argument("--files", type=int, required=True)
    split_parser.add_argument("--out", required=True)
    check_parser = commands.add_parser("check")
    check_parser.add_argument("--input", required=True)
    check_parser.add_argument("--truth", required=True)
    check_parser.add_argument("--spark", required=True)
    check_parser.add_argument("--single", required=True)
    arguments = parser.parse_args()
    if arguments.command == "split":
        split(arguments)
        return 0
    return check(arguments)


if __name__ == "__main__":
    sys.exit(main())
