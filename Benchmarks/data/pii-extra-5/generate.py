#!/usr/bin/env python3
"""Generate corpus.jsonl for pii-extra-5 (see README.md).

    python3 generate.py [--stats]

Deterministic: one random.Random(20261208), standard library + phonenumbers (validation only).
Templates live in templates.py, number/name material in lookalikes.py, phone plans and checks in engine.py.
"""
import collections
import glob
import json
import os
import random
import re
import sys

import phonenumbers as pn

from engine import PhoneMaker, split_of, ascii_fold, norm_text, spans, to_fullwidth_digits, luhn_ok
from lookalikes import GEN, NAMES, ZH_STOP
from templates import TEMPLATES

SEED = 20261208
HERE = os.path.dirname(os.path.abspath(__file__))
LOCALE = {"en": "en_GB", "de": "de_DE", "fr": "fr_FR", "zh": "zh_CN"}
VARIANTS = {"p": 4, "q": 5, "n": 4}

# where a phone of an unspecified region comes from, per prompt language
REGION_POOL = {
    "de": [("DE", 40), ("AT", 14), ("CH", 14), ("PL", 4), ("CZ", 4), ("NL", 4), ("IT", 4), ("DK", 3), ("SE", 3),
           ("FI", 2), ("GR", 3), ("ES", 3), ("GB", 2)],
    "fr": [("FR", 45), ("BE", 18), ("CH", 10), ("ES", 5), ("PT", 5), ("IT", 4), ("NL", 3), ("IE", 3), ("CA", 4),
           ("GB", 3)],
    "zh": [("CN", 50), ("HK", 15), ("TW", 15), ("JP", 7), ("KR", 7), ("US", 3), ("AU", 3)],
    "en": [("GB", 20), ("US", 18), ("CA", 9), ("IE", 10), ("AU", 14), ("IN", 14), ("JP", 3), ("KR", 2), ("HK", 3),
           ("SE", 2), ("DK", 2), ("FI", 2), ("GR", 1)],
}
HOME = {"de": {"DE", "AT", "CH"}, "fr": {"FR", "BE", "CH"}, "zh": {"CN", "HK", "TW"},
        "en": {"GB", "US", "CA", "IE", "AU", "IN"}}

# label words counted as a "cue" when they occur within 30 characters before a phone number
CUES = ["tel", "tél", "phone", "telefon", "handy", "mobil", "nummer", "number", "numéro", "numero", "portable",
        "fixe", "fax", "durchwahl", "sms", "whatsapp", "cell", "ligne", "call", "ring", "text", "dial", "anruf",
        "ruf", "appel", "rappel", "joindre", "erreich", "contact", "reach", "kontakt", "hotline", "notruf"]
CUES_ZH = ["电话", "手机", "号码", "座机", "联系", "热线", "微信", "打", "拨", "来电"]


SLOT = re.compile(r"\{([A-Z]+)(\d*)(?::([^{}]*))?\}|<<([a-z_]+):(.+?)>>")
ALT = re.compile(r"\[\[([^\[\]]*)\]\]")


def weighted(rng, pool):
    tot = sum(w for _, w in pool)
    x = rng.uniform(0, tot)
    for k, w in pool:
        x -= w
        if x <= 0:
            return k
    return pool[-1][0]


class Person:
    def __init__(self, rng, lang, mod, used):
        for _ in range(200):
            self._draw(rng, lang, mod)
            if self.full not in used:
                used.add(self.full)
                return
        raise RuntimeError("names exhausted")

    def _draw(self, rng, lang, mod):
        self.kind = "plain"
        if lang == "zh":
            comp = mod == "c" or (mod != "1" and rng.random() < 0.14)
            sur = rng.choice(NAMES["zh"]["compound"]) if comp else rng.choice(NAMES["zh"]["surname"])
            two = mod in ("2", "c", "g") or (rng.random() < 0.68)
            while True:
                giv = rng.choice(NAMES["zh"]["given2"] if two else NAMES["zh"]["given1"])
                if sur + giv not in ZH_STOP:
                    break
            self.given, self.family, self.full = giv, sur, sur + giv
            self.kind = "compound_surname" if comp else ("3_characters" if two else "2_characters")
            self.nick = "小" + giv[-1]
            return
        if lang == "en" and (mod == "py" or (mod != "en" and rng.random() < 0.2)):
            self.full = rng.choice(NAMES["en"]["pinyin"])
            self.family, self.given = self.full.split(" ", 1)
            self.kind = "pinyin"
            return
        nl = mod if mod in ("de", "fr", "en") else lang
        self.given = rng.choice(NAMES[nl]["given"])
        self.family = rng.choice(NAMES[nl]["family"])
        self.full = self.given + " " + self.family
        if "-" in self.given:
            self.kind = "compound_given_name"
        elif re.match(r"^(von|van|zu|vom|de|du|d'|Le |Van |Da )", self.family) or self.family.startswith("d'"):
            self.kind = "particle"
        elif "-" in self.family:
            self.kind = "double_family_name"

    def email(self, rng, lang):
        if lang == "zh":
            return rng.choice([
                "%d@qq.com" % rng.randint(10000000, 2999999999),
                "%s%s@%s" % (rng.choice(["xiaoyu", "momo", "tianxia", "sunny", "lanlan", "dahai", "ahua"]),
                             rng.choice(["_", "", "."]) + str(rng.randint(1, 999)),
                             rng.choice(["163.com", "126.com", "foxmail.com", "sina.com"]))])
        g = re.sub(r"[^a-z\-]", "", ascii_fold(self.given).lower())
        f = re.sub(r"[^a-z]", "", ascii_fold(self.family).lower())
        dom = rng.choice({"de": ["web.de", "gmx.de", "t-online.de", "posteo.de", "mailbox.org", "kanzlei-nord.de"],
                          "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr", "cabinet-ouest.fr"],
                          "en": ["gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk", "fastmail.com"]}[lang])
        local = rng.choice(["%s.%s" % (g, f), "%s.%s" % (g[0], f), "%s%s" % (g.replace("-", ""), f),
                            "%s_%s%d" % (g, f, rng.randint(1, 99))])
        return local + "@" + dom


class Filler:
    def __init__(self, rng):
        self.rng = rng
        self.pm = PhoneMaker(rng)
        self.used_names = set()

    def phone(self, lang, args):
        r = self.rng
        a = (args.split(":") if args else []) + ["", "", "", ""]
        region = a[0] or weighted(r, REGION_POOL[lang])
        kind = a[1] or ("mob" if r.random() < 0.6 else "land")
        if region in ("US", "CA"):
            kind = "land" if kind == "land" else "mob"
        form = a[2] or ("nat" if r.random() < (0.6 if region in HOME[lang] else 0.3) else "int")
        fw = a[3] == "fw" and r.random() < 0.6
        for _ in range(50):
            v = self.pm.make(region, kind, form, fullwidth=fw)
            if v:
                return v, region, form, fw
        raise RuntimeError("phone")

    def fill(self, tpl, lang):
        r = self.rng
        text = ALT.sub(lambda m: r.choice(m.group(1).split("|")), tpl)
        persons = {}
        pii, looks, meta = [], [], []
        out = []
        pos = 0
        for m in SLOT.finditer(text):
            out.append(text[pos:m.start()])
            pos = m.end()
            if m.group(4):
                v = m.group(5)
                looks.append((m.group(4), v))
                out.append(v)
                continue
            name, idx, args = m.group(1), m.group(2), m.group(3)
            if name == "P":
                v, region, form, fw = self.phone(lang, args)
                pii.append({"type": "PHONE", "value": v, "region": region})
                meta.append(("phone", v, form, fw))
            elif name in ("N", "F", "L", "E", "X"):
                k = idx or "1"
                if k not in persons:
                    persons[k] = Person(r, lang, args or "", self.used_names)
                p = persons[k]
                if name == "E":
                    if not hasattr(p, "mail"):
                        p.mail = p.email(r, lang)
                    v = p.mail
                    pii.append({"type": "EMAIL", "value": v})
                else:
                    v = {"N": p.full, "F": p.given, "L": p.family, "X": getattr(p, "nick", p.given)}[name]
                    pii.append({"type": "PERSON", "value": v})
                    meta.append(("person", v, p.kind if name == "N" else {"F": "given_only", "L": "family_only",
                                                                           "X": "nickname"}[name]))
            else:
                kind, v = GEN[name](r, lang)
                looks.append((kind, v))
            out.append(v)
        out.append(text[pos:])
        text = "".join(out)
        return text, pii, looks, meta


def check(text, pii, looks):
    for p in pii:
        if p["value"] not in text:
            return "pii missing"
    pspans = [s for p in pii for s in spans(text, p["value"])]
    for kind, v in looks:
        if v not in text:
            return "look missing"
        for a, b in spans(text, v):
            for c, d in pspans:
                if a < d and c < b:
                    return "overlap %s %s" % (v, text[c:d])
        for m in re.finditer(r"\d{13,19}", v):
            if m.group()[0] in "3456" and luhn_ok(m.group()):
                return "card-shaped look-alike"
    # a planted look-alike must not be a substring of a different look-alike planted elsewhere (ambiguous count)
    return None


def dedup_looks(looks):
    seen, out = set(), []
    for k, v in looks:
        if (k, v) not in seen:
            seen.add((k, v))
            out.append({"kind": k, "value": v})
    return out


def dedup_pii(pii):
    seen, out = set(), []
    for p in pii:
        key = (p["type"], p["value"])
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


def other_corpora_texts():
    texts = set()
    for path in glob.glob(os.path.join(HERE, "..", "*", "corpus.jsonl")):
        if os.path.abspath(os.path.dirname(path)) == HERE:
            continue
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                line = line.strip()
                if line:
                    texts.add(norm_text(json.loads(line)["text"]))
    return texts


def main():
    rng = random.Random(SEED)
    filler = Filler(rng)
    others = other_corpora_texts()
    records, seen = [], set()
    counters = collections.Counter()
    per_lang_n = collections.Counter()
    meta_all = []
    for (lang, part), tpls in TEMPLATES:
        for i, tpl in enumerate(tpls, 1):
            tid = "x5-%s-%s%03d" % (lang, part, i)
            split = split_of(tid)
            has_slot = bool(re.search(r"\{[A-Z]+\d*(?::[^{}]*)?\}|\[\[", tpl))
            want = VARIANTS[part] if has_slot else 1
            made, tries = 0, 0
            while made < want:
                tries += 1
                if tries > 60:
                    raise SystemExit("template %s: cannot make %d distinct prompts" % (tid, want))
                text, pii, looks, meta = filler.fill(tpl, lang)
                err = check(text, pii, looks)
                if err:
                    continue
                key = norm_text(text)
                if key in seen or key in others:
                    if not has_slot:
                        raise SystemExit("template %s duplicates an existing text" % tid)
                    continue
                if part == "n" and pii:
                    raise SystemExit("no-PII template %s has PII" % tid)
                if part != "n" and not pii:
                    raise SystemExit("template %s has no PII" % tid)
                seen.add(key)
                per_lang_n[lang] += 1
                rec = {"id": "x5-%s-%04d" % (lang, per_lang_n[lang]), "locale": LOCALE[lang], "lang": lang,
                       "text": text, "pii": dedup_pii(pii), "lookalikes": dedup_looks(looks), "template": tid,
                       "split": split}
                records.append(rec)
                meta_all.append((rec, part, meta))
                made += 1
    with open(os.path.join(HERE, "corpus.jsonl"), "w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    final_checks(records)
    if "--stats" in sys.argv:
        stats(meta_all)


def final_checks(records):
    ids = set()
    texts = set()
    for rec in records:
        assert rec["id"] not in ids
        ids.add(rec["id"])
        k = norm_text(rec["text"])
        assert k not in texts, rec["id"]
        texts.add(k)
        assert rec["split"] == split_of(rec["template"])
        assert check(rec["text"], rec["pii"], [(l["kind"], l["value"]) for l in rec["lookalikes"]]) is None, rec["id"]
        for p in rec["pii"]:
            if p["type"] == "PHONE":
                v = p["value"].translate({0xFF10 + i: 0x30 + i for i in range(10)})
                v = v.replace("（", "(").replace("）", ")")
                n = pn.parse(v, p["region"])
                assert pn.is_valid_number(n) and pn.region_code_for_number(n) == p["region"], p


def cue_before(text, value):
    i = text.find(value)
    window = text[max(0, i - 30):i].lower()
    if any(c in window for c in CUES_ZH):
        return True
    return any(re.search(r"(?<![a-zà-ÿ])" + re.escape(c), window) for c in CUES)


def table(rows, cols, title):
    print("| %s | %s |" % (title, " | ".join(cols)))
    print("|---" * (len(cols) + 1) + "|")
    for name, vals in rows:
        print("| %s | %s |" % (name, " | ".join(str(vals.get(c, 0)) for c in cols)))


def stats(meta_all):
    langs = ["en", "de", "fr", "zh"]
    cols = langs + ["dev", "test", "all"]
    parts = {"p": "1 phones", "n": "2 no PII", "q": "3 names"}
    rows = []
    tot = collections.Counter()
    for p in "pnq":
        c = collections.Counter()
        for rec, part, _ in meta_all:
            if part == p:
                for k in (rec["lang"], rec["split"], "all"):
                    c[k] += 1
                    tot[k] += 1
        rows.append((parts[p], c))
    rows.append(("all", tot))
    table(rows, cols, "part")
    print()
    tp = collections.defaultdict(lambda: collections.Counter())
    for rec, part, _ in meta_all:
        tp[part][(rec["template"], rec["split"])] = 1
    print("Templates per part (dev/test): " + ", ".join(
        "%s: %d (%d/%d)" % (parts[p], len(tp[p]), sum(1 for k in tp[p] if k[1] == "dev"),
                            sum(1 for k in tp[p] if k[1] == "test")) for p in "pnq"))
    print()
    c = collections.defaultdict(collections.Counter)
    for rec, part, _ in meta_all:
        for p in rec["pii"]:
            for k in (rec["lang"], rec["split"], "all"):
                c[p["type"]][k] += 1
    table(sorted(c.items()), cols, "type")
    print()
    c = collections.defaultdict(collections.Counter)
    for rec, part, _ in meta_all:
        for l in rec["lookalikes"]:
            for k in (rec["lang"], rec["split"], "all"):
                c[l["kind"]][k] += 1
    rows = sorted(c.items(), key=lambda kv: -kv[1]["all"])
    allc = collections.Counter()
    for _, v in rows:
        allc.update(v)
    rows.append(("**all**", allc))
    table(rows, cols, "kind")
    print()
    reg = collections.defaultdict(collections.Counter)
    forms = collections.Counter()
    cue = collections.Counter()
    fw = 0
    for rec, part, meta in meta_all:
        for p in rec["pii"]:
            if p["type"] == "PHONE":
                reg[p["region"]][rec["split"]] += 1
                reg[p["region"]]["all"] += 1
                cue["cue" if cue_before(rec["text"], p["value"]) else "no cue"] += 1
        for m in meta:
            if m[0] == "phone":
                forms["international" if m[2] == "int" else "national"] += 1
                fw += m[3]
    print("Phone regions (values; dev/test): " + ", ".join(
        "%s %d (%d/%d)" % (k, v["all"], v["dev"], v["test"]) for k, v in sorted(reg.items())))
    print()
    print("Phone forms: %s; full-width digits: %d" % (", ".join("%s %d" % kv for kv in sorted(forms.items())), fw))
    print("Phone values with / without a cue word in the 30 characters before: %d / %d" % (cue["cue"], cue["no cue"]))
    pk = collections.Counter()
    for rec, part, meta in meta_all:
        for m in meta:
            if m[0] == "person":
                pk[m[2]] += 1
    print("PERSON forms (mentions): " + ", ".join("%s %d" % kv for kv in sorted(pk.items())))
    hard = collections.Counter()
    home = {"de": "DE", "fr": "FR", "zh": "CN", "en": "GB"}
    for rec, part, meta in meta_all:
        for l in rec["lookalikes"]:
            if not re.search(r"\d{5}", l["value"]):
                continue
            try:
                n = pn.parse(l["value"], home[rec["lang"]])
                if pn.is_valid_number(n):
                    hard[l["kind"]] += 1
            except pn.NumberParseException:
                pass
    print("Numeric look-alikes that phonenumbers parses as a valid number of the prompt's home region: " +
          ", ".join("%s %d" % kv for kv in sorted(hard.items())))
    print()
    print("| part | de dev/test | fr dev/test | zh dev/test | en dev/test |")
    print("|---|---|---|---|---|")
    for p in "pnq":
        cc = collections.Counter((rec["lang"], rec["split"]) for rec, part, _ in meta_all if part == p)
        print("| %s | %s |" % (parts[p], " | ".join("%d/%d" % (cc[(l, "dev")], cc[(l, "test")])
                                                    for l in ["de", "fr", "zh", "en"])))


if __name__ == "__main__":
    main()
