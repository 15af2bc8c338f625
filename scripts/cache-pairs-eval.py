#!/usr/bin/env python3
"""Scores `veil similarity --jsonl` on the labelled cache pairs, per file, split, language and class.

    python3 scripts/cache-pairs-eval.py --veil .build/debug/veil --embedder lexical --split dev [--show N]

Precision = right hits / hits; recall = right hits / pairs labelled same. `--show N` prints up to N wrong hits
and N missed paraphrases with the verifier's verdict (use it on the dev split only: the test split is reported,
never looked into).
"""
import argparse
import collections
import glob
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
parser = argparse.ArgumentParser()
parser.add_argument("--veil", default=os.path.join(ROOT, ".build/debug/veil"))
parser.add_argument("--embedder", default="lexical")
parser.add_argument("--split", default="dev", choices=["dev", "test", "all"])
parser.add_argument("--show", type=int, default=0)
parser.add_argument("--threshold", type=float)
parser.add_argument("--policy", help="policy name or YAML path (default: the default policy)")
parser.add_argument("--json", action="store_true")
args = parser.parse_args()

if args.show and args.split != "dev":
    sys.exit("--show is for the dev split only")
files = sorted(glob.glob(os.path.join(ROOT, "Benchmarks/data/cache-pairs/*.jsonl")))
rows = []
for path in files:
    for line in open(path, encoding="utf-8"):
        if line.strip():
            row = json.loads(line)
            row["file"] = os.path.basename(path)[:-6]
            if "split" in row and (args.split == "all" or row["split"] == args.split):
                rows.append(row)
command = [args.veil, "similarity", "--jsonl", "--explain", "--embedder", args.embedder]
if args.threshold is not None:
    command += ["--threshold", str(args.threshold)]
if args.policy:
    command += ["--policy", args.policy]
feed = "".join(json.dumps({"a": r["a"], "b": r["b"]}, ensure_ascii=False) + "\n" for r in rows)
result = subprocess.run(command, input=feed, capture_output=True, text=True)
if result.returncode != 0:
    sys.exit(result.stderr)
outputs = [json.loads(line) for line in result.stdout.splitlines()]
assert len(outputs) == len(rows), (len(outputs), len(rows))

def figures(items):
    tp = sum(1 for r, o in items if r["label"] and o["hit"])
    fp = sum(1 for r, o in items if not r["label"] and o["hit"])
    pos = sum(1 for r, o in items if r["label"])
    neg = len(items) - pos
    return {"precision": tp / (tp + fp) if tp + fp else 1.0, "recall": tp / pos if pos else None,
            "right_hits": tp, "wrong_hits": fp, "same": pos, "different": neg}

pairs = list(zip(rows, outputs))
report = {"embedder": args.embedder, "split": args.split, "all": figures(pairs)}
groups = collections.defaultdict(list)
for r, o in pairs:
    groups["file:" + r["file"]].append((r, o))
    groups["lang:" + r["lang"]].append((r, o))
    groups["class:" + r["class"]].append((r, o))
    groups["hard:" + ("ordinary" if r["file"] == "ordinary" else "hard")].append((r, o))
report["by"] = {k: figures(v) for k, v in sorted(groups.items())}
if args.json:
    print(json.dumps(report, indent=1))
else:
    def line(name, f):
        recall = "  -  " if f["recall"] is None else "%.3f" % f["recall"]
        return "%-28s P=%.3f R=%s  hits %d right / %d wrong  (%d same, %d different)" % (
            name, f["precision"], recall, f["right_hits"], f["wrong_hits"], f["same"], f["different"])
    print(line("ALL %s %s" % (args.embedder, args.split), report["all"]))
    for k, f in report["by"].items():
        print(line(k, f))
if args.show:
    wrong = [(r, o) for r, o in pairs if not r["label"] and o["hit"]]
    missed = [(r, o) for r, o in pairs if r["label"] and not o["hit"]]
    print("\nWRONG HITS")
    for r, o in wrong[: args.show]:
        print("  [%s] %.3f %s | %s" % (r["class"], o["score"], r["a"], r["b"]))
    print("\nMISSED (score, verdict)")
    for r, o in missed[: args.show]:
        print("  [%s] %.3f %s %s | %s | %s" % (r["class"], o["score"], o.get("verdict"), o.get("unpaired", ""), r["a"], r["b"]))
