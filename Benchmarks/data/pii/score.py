#!/usr/bin/env python3
"""Score a Veil binary's PII anonymizer on corpus.jsonl (see README.md in this folder).

    python3 score.py --veil .build/release/veil [--split test|dev|all] [--policy NAME] [--json]
                     [--misses N] [--repeat 10] [--corpus PATH]

Runs `VEIL anonymize --jsonl [--policy NAME]` with one {"text": ...} line per prompt on stdin and reads one
{"text": ..., "entities": [...]} line per prompt from stdout, in the same order, then reports:

  recall            a PII value counts as found when it no longer occurs in the output text; count-aware: a
                    value occurring k times in the input contributes k, each occurrence still in the output is
                    a miss (min(k, occurrences in output)). Per language (en, de, fr, zh, all) and per type.
  look-alikes kept  a look-alike is kept when it still occurs verbatim in the output (count-aware likewise),
                    per language and per kind.
  no-PII unchanged  prompts without PII whose output text is byte-identical to the input.
  throughput        prompts per second through the whole process (wall time, start to exit), the selected
                    prompts fed once, and again fed --repeat times in one process for a steadier figure.

--misses N prints up to N missed PII values, N damaged look-alikes and N changed no-PII prompts with their
ids; it is for debugging on the dev split and refuses to run on the test split.
Standard library only.
"""

import argparse
import json
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANGS = ["en", "de", "fr", "zh"]
PII_TYPES = ["PERSON", "PHONE", "EMAIL", "IBAN", "CREDIT_CARD", "IP_ADDRESS", "US_SSN", "CN_RESIDENT_ID"]


def load(path, split):
    recs = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                r = json.loads(line)
                if split == "all" or r["split"] == split:
                    recs.append(r)
    return recs


def run_veil(veil, policy, texts, timeout):
    cmd = [veil, "anonymize", "--jsonl"]
    if policy:
        cmd += ["--policy", policy]
    payload = "".join(json.dumps({"text": t}, ensure_ascii=False) + "\n" for t in texts).encode("utf-8")
    t0 = time.perf_counter()
    p = subprocess.run(cmd, input=payload, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
    wall = time.perf_counter() - t0
    if p.returncode != 0:
        sys.stderr.write(p.stderr.decode("utf-8", "replace")[-4000:])
        raise SystemExit(f"{' '.join(cmd)} exited with {p.returncode}")
    lines = [l for l in p.stdout.decode("utf-8").split("\n") if l.strip()]
    if len(lines) != len(texts):
        raise SystemExit(f"expected {len(texts)} output lines, got {len(lines)}")
    outs, errors = [], 0
    for l in lines:
        o = json.loads(l)
        if not isinstance(o, dict) or "text" not in o or not isinstance(o["text"], str):
            outs.append(None)  # an error line: counts as every PII missed, every look-alike damaged
            errors += 1
        else:
            outs.append(o)
    return outs, wall, errors


class Tally:
    def __init__(self):
        self.hit = 0
        self.total = 0

    def add(self, hit, total):
        self.hit += hit
        self.total += total

    def rate(self):
        return None if self.total == 0 else self.hit / self.total

    def as_dict(self):
        return {"hit": self.hit, "total": self.total, "rate": self.rate()}


def score(recs, outs):
    recall_lang = defaultdict(Tally)
    recall_type = defaultdict(Tally)
    recall_type_lang = defaultdict(Tally)
    kept_lang = defaultdict(Tally)
    kept_kind = defaultdict(Tally)
    unchanged_lang = defaultdict(Tally)
    clean_lang = defaultdict(Tally)  # PII prompts with every PII occurrence gone
    misses, damaged, changed = [], [], []
    entities = 0
    for r, o in zip(recs, outs):
        text, lang = r["text"], r["lang"]
        out = None if o is None else o["text"]
        if o is not None and isinstance(o.get("entities"), list):
            entities += len(o["entities"])
        all_found = True
        for e in r["pii"]:
            k = text.count(e["value"])
            left = k if out is None else min(out.count(e["value"]), k)
            for key, tally in ((lang, recall_lang), ("all", recall_lang), (e["type"], recall_type),
                               ((e["type"], lang), recall_type_lang), ((e["type"], "all"), recall_type_lang)):
                tally[key].add(k - left, k)
            if left:
                all_found = False
                misses.append((r["id"], e["type"], e["value"], left, k, out))
        if r["pii"]:
            clean_lang[lang].add(int(all_found), 1)
            clean_lang["all"].add(int(all_found), 1)
        for e in r["lookalikes"]:
            k = text.count(e["value"])
            kept = 0 if out is None else min(out.count(e["value"]), k)
            for key, tally in ((lang, kept_lang), ("all", kept_lang), (e["kind"], kept_kind)):
                tally[key].add(kept, k)
            if kept < k:
                damaged.append((r["id"], e["kind"], e["value"], k - kept, k, out))
        if not r["pii"]:
            same = out == text
            unchanged_lang[lang].add(int(same), 1)
            unchanged_lang["all"].add(int(same), 1)
            if not same:
                changed.append((r["id"], text, out))
    return {
        "recall": {k: recall_lang[k].as_dict() for k in LANGS + ["all"]},
        "recall_by_type": {t: recall_type[t].as_dict() for t in PII_TYPES if recall_type[t].total},
        "recall_by_type_lang": {t: {l: recall_type_lang[(t, l)].as_dict() for l in LANGS + ["all"]
                                    if recall_type_lang[(t, l)].total}
                                for t in PII_TYPES if recall_type[t].total},
        "pii_prompts_fully_anonymized": {k: clean_lang[k].as_dict() for k in LANGS + ["all"]},
        "lookalikes_kept": {k: kept_lang[k].as_dict() for k in LANGS + ["all"]},
        "lookalikes_kept_by_kind": {k: v.as_dict() for k, v in sorted(kept_kind.items(), key=lambda x: -x[1].total)},
        "no_pii_unchanged": {k: unchanged_lang[k].as_dict() for k in LANGS + ["all"]},
        "entities_reported": entities,
    }, misses, damaged, changed


def pct(d):
    return "  n/a " if d["rate"] is None else f"{100 * d['rate']:6.2f}%"


def snippet(out, value, width=60):
    if out is None:
        return "<error line>"
    i = out.find(value)
    if i < 0:
        return repr(out[:2 * width])
    return repr(out[max(0, i - width):i + len(value) + width])


def table(res, args):
    L = []
    w = L.append
    w(f"Veil PII corpus — split {args.split}, {res['prompts']} prompts "
      f"({res['prompts_with_pii']} with PII, {res['prompts_without_pii']} without), policy {args.policy or 'default'}")
    if res["error_lines"]:
        w(f"!! {res['error_lines']} prompts came back as error lines (counted as misses / damage / changes)")
    w("")
    w(f"{'':34s}" + "".join(f"{l:>16s}" for l in LANGS + ["all"]))

    def row(name, d):
        cells = []
        for l in LANGS + ["all"]:
            x = d.get(l)
            cells.append(f"{'':>16s}" if not x or not x["total"] else f"{pct(x)} {x['hit']:>4d}/{x['total']:<4d}")
        w(f"{name:34s}" + "".join(f"{c:>16s}" for c in cells))

    row("PII recall", res["recall"])
    row("PII prompts fully anonymized", res["pii_prompts_fully_anonymized"])
    row("look-alikes kept", res["lookalikes_kept"])
    row("no-PII prompts unchanged", res["no_pii_unchanged"])
    w("")
    w("recall by type" + " " * 20 + "".join(f"{l:>16s}" for l in LANGS + ["all"]))
    for t, d in res["recall_by_type_lang"].items():
        row(f"  {t}", d)
    w("")
    w("look-alikes kept by kind")
    for k, d in res["lookalikes_kept_by_kind"].items():
        w(f"  {k:32s}{pct(d)} {d['hit']:>5d}/{d['total']}")
    w("")
    tp = res["throughput"]
    if tp:
        w(f"throughput (whole `veil anonymize --jsonl` process, wall time):")
        w(f"  corpus once:        {tp['once']['prompts']:>6d} prompts in {tp['once']['seconds']:.3f} s = "
          f"{tp['once']['prompts_per_second']:.0f} prompts/s")
        if "repeated" in tp:
            r = tp["repeated"]
            w(f"  corpus x{r['times']:<3d}         {r['prompts']:>6d} prompts in {r['seconds']:.3f} s = "
              f"{r['prompts_per_second']:.0f} prompts/s")
    w(f"entities reported by veil: {res['entities_reported']}")
    return "\n".join(L)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--veil", required=True, help="path of the veil binary")
    ap.add_argument("--split", choices=["dev", "test", "all"], default="test")
    ap.add_argument("--policy", default=None, help="policy name or file passed to `veil anonymize --policy`")
    ap.add_argument("--corpus", default=str(HERE / "corpus.jsonl"))
    ap.add_argument("--json", action="store_true", help="print the results as JSON")
    ap.add_argument("--misses", type=int, default=0, metavar="N",
                    help="print up to N missed PII values, damaged look-alikes and changed no-PII prompts (dev only)")
    ap.add_argument("--repeat", type=int, default=10, help="second throughput run with the prompts repeated N "
                                                           "times (0: skip)")
    ap.add_argument("--timeout", type=float, default=1800)
    args = ap.parse_args()
    if args.misses and args.split != "dev":
        ap.error("--misses is for debugging on the dev split only (use --split dev)")

    recs = load(args.corpus, args.split)
    texts = [r["text"] for r in recs]
    outs, wall, errors = run_veil(args.veil, args.policy, texts, args.timeout)
    res, misses, damaged, changed = score(recs, outs)
    res = {"split": args.split, "policy": args.policy, "prompts": len(recs),
           "prompts_with_pii": sum(1 for r in recs if r["pii"]),
           "prompts_without_pii": sum(1 for r in recs if not r["pii"]), "error_lines": errors, **res}
    tp = {"once": {"prompts": len(texts), "seconds": wall, "prompts_per_second": len(texts) / wall if wall else None}}
    if args.repeat > 1:
        _, wall_n, _ = run_veil(args.veil, args.policy, texts * args.repeat, args.timeout)
        n = len(texts) * args.repeat
        tp["repeated"] = {"times": args.repeat, "prompts": n, "seconds": wall_n,
                          "prompts_per_second": n / wall_n if wall_n else None}
    res["throughput"] = tp

    if args.json:
        if args.misses:
            res["misses"] = [{"id": i, "type": t, "value": v, "left": left, "of": k}
                             for i, t, v, left, k, _ in misses[:args.misses]]
            res["damaged_lookalikes"] = [{"id": i, "kind": t, "value": v, "lost": lost, "of": k}
                                         for i, t, v, lost, k, _ in damaged[:args.misses]]
            res["changed_no_pii"] = [{"id": i, "input": a, "output": b} for i, a, b in changed[:args.misses]]
        print(json.dumps(res, ensure_ascii=False, indent=2))
        return
    print(table(res, args))
    if args.misses:
        print(f"\nmissed PII ({len(misses)}; first {min(len(misses), args.misses)}):")
        for i, t, v, left, k, out in misses[:args.misses]:
            print(f"  {i:10s} {t:15s} {v!r} ({left}/{k} left)  in {snippet(out, v)}")
        print(f"\ndamaged look-alikes ({len(damaged)}; first {min(len(damaged), args.misses)}):")
        for i, kd, v, lost, k, out in damaged[:args.misses]:
            print(f"  {i:10s} {kd:15s} {v!r} ({lost}/{k} lost)  out: {snippet(out, v)}")
        print(f"\nchanged no-PII prompts ({len(changed)}; first {min(len(changed), args.misses)}):")
        for i, a, b in changed[:args.misses]:
            print(f"  {i:10s} in:  {a!r}\n  {'':10s} out: {b!r}")


if __name__ == "__main__":
    main()
