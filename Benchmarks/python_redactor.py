#!/usr/bin/env python3
"""The common do-it-yourself approach, written for comparison: parse each JSON line with `json`, walk every string,
replace matches of a handful of `re` patterns with a tag, serialise with `json.dumps`. Not part of redact."""
import json
import re
import sys

PATTERNS = [
    ("EMAIL", re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")),
    ("IPV4", re.compile(r"\b(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)\b")),
    ("CREDIT_CARD", re.compile(r"\b(?:\d[ -]?){13,19}\b")),
    ("US_SSN", re.compile(r"\b\d{3}-\d{2}-\d{4}\b")),
    ("PHONE", re.compile(r"\+?\d[\d ()-]{7,}\d")),
    ("IBAN", re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}\b")),
]


def scrub(value):
    if isinstance(value, str):
        for kind, pattern in PATTERNS:
            value = pattern.sub("[" + kind + "]", value)
        return value
    if isinstance(value, list):
        return [scrub(item) for item in value]
    if isinstance(value, dict):
        return {key: scrub(item) for key, item in value.items()}
    return value


def main():
    out = sys.stdout
    for line in sys.stdin:
        try:
            out.write(json.dumps(scrub(json.loads(line)), ensure_ascii=False))
        except ValueError:
            out.write('{"rejected":true}')
        out.write("\n")


if __name__ == "__main__":
    main()
