#!/usr/bin/env python3
"""Assigns each labelled pair to the dev or the test split, by its group, before any rule is written.

    python3 Benchmarks/data/cache-pairs/split.py FILE.jsonl [...]

A group is one base question with all its variations (paraphrases and near-misses), so no variation of a
test question is ever seen while tuning. The split is SHA-256 of the group id: an even first byte is dev, an
odd one test. It never depends on the pair's text, label or on any decision of the code. Rewrites the files
in place, adding or checking the "split" field (a pair that already has one keeps it, so re-running is a no-op).
"""
import hashlib
import json
import sys


def split_of(group: str) -> str:
    return "dev" if hashlib.sha256(group.encode()).digest()[0] % 2 == 0 else "test"


for path in sys.argv[1:]:
    rows = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    for row in rows:
        expected = split_of(row["group"])
        if row.setdefault("split", expected) != expected:
            sys.exit(f"{path}: group {row['group']} has split {row['split']}, expected {expected}")
    with open(path, "w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    counts = {}
    for row in rows:
        key = (row["split"], row["label"])
        counts[key] = counts.get(key, 0) + 1
    print(path, {f"{s}/{'same' if l else 'different'}": n for (s, l), n in sorted(counts.items())})
