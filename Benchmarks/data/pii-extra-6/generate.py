#!/usr/bin/env python3
"""Generator for the pii-extra-6 corpus (Faker names and Faker phone numbers).

Deterministic: one random.Random(SEED) drives everything; every Faker instance is seeded from it.
Requires Faker 40.63.0 (pinned) and phonenumbers (9.0.43 was used).
Usage: python3 generate.py [--stats]
"""
import hashlib, json, os, random, re, sys
from collections import Counter, defaultdict

import faker, phonenumbers
from faker import Faker
from templates import TEMPLATES, LISTS

FAKER_VERSION = "40.63.0"
SEED = 20261206
if faker.VERSION != FAKER_VERSION:
    sys.exit(f"need Faker {FAKER_VERSION}, have {faker.VERSION}")

HERE = os.path.dirname(os.path.abspath(__file__))


def split_of(template_id):
    """Fixed before any template was written: ~45% dev, ~55% test, by template id."""
    h = hashlib.sha256(template_id.encode("utf-8")).digest()
    return "dev" if int.from_bytes(h[:4], "big") % 100 < 45 else "test"


PHONE_LOCALES = ["de_DE", "fr_FR", "en_GB", "en_US", "zh_CN", "de_AT", "de_CH", "fr_CH", "nl_NL", "it_IT",
                 "es_ES", "pl_PL", "ja_JP", "ko_KR", "zh_TW", "en_IN", "en_AU", "en_CA"]
REGION = {l: l.split("_")[1] for l in PHONE_LOCALES}
NAME_LOCALES = {"de": ["de_DE", "de_DE", "de_DE", "de_AT", "de_CH"], "fr": ["fr_FR", "fr_FR", "fr_FR", "fr_CH"],
                "en": ["en_GB", "en_US"], "zh": ["zh_CN"]}
EXTRA_PHONE = {"de": ["nl_NL", "pl_PL", "it_IT", "de_AT", "de_CH"], "fr": ["es_ES", "it_IT", "fr_CH"],
               "en": ["en_IN", "en_AU", "en_CA"], "zh": ["zh_TW", "ja_JP", "ko_KR"]}
TITLES = {
    "de": {"m": ["Herr", "Herr", "Herr", "Herr Dr.", "Dr.", "Prof."], "f": ["Frau", "Frau", "Frau", "Frau Dr.", "Dr.", "Prof."]},
    "fr": {"m": ["M.", "M.", "Monsieur", "Dr", "Maître"], "f": ["Mme", "Mme", "Madame", "Mlle", "Dr"]},
    "en_GB": {"m": ["Mr", "Mr", "Dr"], "f": ["Mrs", "Ms", "Miss", "Dr"]},
    "en_US": {"m": ["Mr.", "Mr.", "Dr."], "f": ["Mrs.", "Ms.", "Ms.", "Dr."]},
}
PARTICLES = {"de": ["von", "von der", "van", "van der", "vom", "zu"], "fr": ["de", "du", "de La", "d'"],
             "en": ["van", "de", "Van der", "De"]}
ZH_COMPOUND = ["欧阳", "司马", "诸葛", "上官", "慕容", "司徒", "夏侯", "东方"]
NAME_PREFIXES = {"Herr", "Frau", "Dr.", "Prof.", "Univ.Prof.", "Ing.", "Dipl.-Ing.", "Mr", "Mrs", "Ms", "Miss",
                 "Dr", "Mr.", "Mrs.", "Ms.", "Mx.", "Mx", "Ind.", "Misc."}

R = random.Random(SEED)
FK = {}
for loc in PHONE_LOCALES:
    f = Faker(loc)
    f.seed_instance(R.randrange(2 ** 32))
    FK[loc] = f
# suffixes (B.A., MBA., Jr. …) that Faker appends to name(); collected from a separate fixed-seed instance
SUFFIXES = set()
for loc in ["de_DE", "de_AT", "de_CH", "en_GB", "en_US", "fr_FR", "fr_CH"]:
    g = Faker(loc)
    g.seed_instance(1)
    for _ in range(300):
        try:
            SUFFIXES.add(g.suffix())
        except AttributeError:
            break
SUFFIXES.discard("")

USED_PHONES = set()
STATS = Counter()


def phone(loc):
    """A Faker phone_number() for loc, kept only if phonenumbers parses it for the locale's region as possible."""
    f = FK[loc]
    region = REGION[loc]
    cc = phonenumbers.country_code_for_region(region)
    for _ in range(500):
        s = f.phone_number()
        if "x" in s.lower() or "ext" in s.lower():
            continue
        try:
            n = phonenumbers.parse(s, region)
        except phonenumbers.NumberParseException:
            continue
        if n.country_code != cc or not phonenumbers.is_possible_number(n):
            continue
        key = (n.country_code, n.national_number)
        if key in USED_PHONES:
            continue
        USED_PHONES.add(key)
        u = R.random()
        if u < 0.12:
            s2 = phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.NATIONAL)
            form = "pn_national"
        elif u < 0.24:
            s2 = phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
            form = "pn_international"
        else:
            s2, form = s, "faker_raw"
        n2 = phonenumbers.parse(s2, region)
        if not phonenumbers.is_possible_number(n2) or n2.national_number != n.national_number:
            s2, form = s, "faker_raw"
        return s2, region, form, phonenumbers.is_valid_number(n)
    raise RuntimeError("no phone for " + loc)


def strip_name(raw):
    toks = raw.split()
    i, j = 0, len(toks)
    while i < j and toks[i] in NAME_PREFIXES:
        i += 1
    while j > i and toks[j - 1] in SUFFIXES:
        j -= 1
    return " ".join(toks[i:j])


class Person:
    def __init__(self, lang, loc):
        f = FK[loc]
        self.g = R.choice("mf")
        if lang == "zh":
            u = R.random()
            if u < 0.12:
                self.full = R.choice(ZH_COMPOUND) + f.first_name()
            else:
                self.full = f.name() if u < 0.7 else f.last_name() + f.first_name()
            self.first = self.full
            self.last = self.full
            self.raw, self.rawcore = self.full, self.full
        else:
            self.first = f.first_name_male() if self.g == "m" else f.first_name_female()
            self.last = f.last_name()
            self.full = self.first + " " + self.last
            self.raw = f.name()
            self.rawcore = strip_name(self.raw)
        tkey = lang if lang in ("de", "fr") else loc if lang == "en" else None
        self.title = R.choice(TITLES[tkey][self.g]) if tkey else ""
        if lang in PARTICLES:
            p = R.choice(PARTICLES[lang])
            if p == "d'":
                last = self.last if self.last[0] in "AEIOUÉÈHaeiou" else "Aubigné"
                self.vlast = "d'" + last if self.last[0] in "AEIOUÉÈHaeiou" else "d'" + R.choice(["Artagnan", "Aubigny", "Estaing", "Orléans", "Harcourt", "Anjou"])
            else:
                self.vlast = p + " " + self.last
        else:
            self.vlast = self.last
        self.email = f.email()


# ---------------------------------------------------------------- look-alikes
MONTHS = {"de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
          "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
          "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]}


def isbn13():
    pre = R.choice(["978-3-", "978-2-", "978-0-", "978-7-", "978-1-"])
    body = pre + str(R.randint(10, 99)) + "-" + str(R.randint(100000, 999999)) + "-"
    d = [int(c) for c in body if c.isdigit()]
    chk = (10 - sum(x * (1 if i % 2 == 0 else 3) for i, x in enumerate(d)) % 10) % 10
    return body + str(chk)


def fake_iban_ref():
    cc = R.choice(["DE", "FR", "AT", "CH", "NL"])
    while True:
        digits = "".join(str(R.randint(0, 9)) for _ in range(20))
        s = cc + digits
        num = int("".join(str(int(c, 36)) for c in s[4:] + s[:4]))
        if num % 97 != 1:  # deliberately NOT a valid IBAN
            return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def lookalike(kind, lang, loc):
    r = R
    if kind == "DATE":
        d, m, y = r.randint(1, 28), r.randint(1, 12), r.choice([2025, 2026, 2027])
        if lang == "de":
            return "date", r.choice([f"{d:02d}.{m:02d}.{y}", f"{d}. {MONTHS['de'][m-1]}", f"{d:02d}.{m:02d}."])
        if lang == "fr":
            return "date", r.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS['fr'][m-1]}", f"{d} {MONTHS['fr'][m-1]} {y}"])
        if lang == "zh":
            return "date", r.choice([f"{y}年{m}月{d}日", f"{m}月{d}日", f"{y}-{m:02d}-{d:02d}"])
        if loc == "en_US":
            return "date", r.choice([f"{MONTHS['en'][m-1]} {d}", f"{m}/{d}/{y}"])
        return "date", r.choice([f"{d} {MONTHS['en'][m-1]}", f"{d:02d}/{m:02d}/{y}"])
    if kind == "TIME":
        h, mi = r.randint(7, 19), r.choice([0, 15, 30, 45, 10, 50])
        if lang == "fr":
            return "time", r.choice([f"{h}h{mi:02d}", f"{h}h" if mi == 0 else f"{h}:{mi:02d}"])
        if lang == "en":
            return "time", r.choice([f"{(h-1)%12+1}:{mi:02d} {'am' if h < 12 else 'pm'}", f"{h}:{mi:02d}"])
        return "time", f"{h}:{mi:02d}"
    if kind == "PRICE":
        e, c = r.randint(3, 499), r.choice([0, 49, 90, 95, 99])
        if lang in ("de", "fr"):
            return "price", r.choice([f"{e},{c:02d} €", f"{e},{c:02d}€", f"{e} €"]) if loc != "de_CH" else f"CHF {e}.{c:02d}"
        if lang == "zh":
            return "price", r.choice([f"¥{e}", f"{e}元", f"{e}.{c:02d}元"])
        return "price", (f"£{e}.{c:02d}" if loc == "en_GB" else f"${e}.{c:02d}")
    if kind == "AMOUNT":
        a, b = r.randint(1, 48), r.randint(0, 999)
        c = r.randint(0, 99)
        if lang == "de":
            return "amount", f"{a}.{b:03d},{c:02d} €"
        if lang == "fr":
            return "amount", f"{a}\u202f{b:03d},{c:02d} €" if r.random() < 0.3 else f"{a} {b:03d},{c:02d} €"
        if lang == "zh":
            return "amount", f"{a},{b:03d}.{c:02d}元"
        return "amount", (f"£{a},{b:03d}.{c:02d}" if loc == "en_GB" else f"${a},{b:03d}.{c:02d}")
    if kind == "ORDER":
        return "order_number", r.choice([str(r.randint(10 ** 7, 10 ** 10)), f"{r.choice(['A','B','W','DE','FR'])}-{r.randint(100000, 9999999)}", f"#{r.randint(100000, 999999)}"])
    if kind == "INV":
        return "invoice_number", r.choice([f"RE-{r.choice([2025, 2026])}-{r.randint(1000, 99999)}", f"INV-{r.randint(100000, 999999)}", f"F{r.randint(2025, 2026)}{r.randint(10000, 99999)}"])
    if kind == "TRACK":
        al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        return "tracking_number", r.choice(["1Z" + "".join(r.choice(al) for _ in range(16)),
                                             "".join(str(r.randint(0, 9)) for _ in range(r.choice([12, 14, 20]))),
                                             f"{r.choice(['LX','RR','CP','LY'])}{r.randint(100000000, 999999999)}{r.choice(['DE','FR','CN','GB'])}",
                                             "SF" + "".join(str(r.randint(0, 9)) for _ in range(13))])
    if kind == "VER":
        return "version", f"{r.randint(1, 17)}.{r.randint(0, 30)}.{r.randint(0, 12)}"
    if kind == "ISBN":
        return "isbn", isbn13()
    if kind == "PLZ":
        if lang == "de":
            return "postal_code", f"{r.randint(1067, 99998):05d}" if loc == "de_DE" else str(r.randint(1010, 9999))
        if lang == "fr":
            return "postal_code", f"{r.randint(1000, 95999):05d}" if loc == "fr_FR" else str(r.randint(1000, 9999))
        if lang == "zh":
            return "postal_code", str(r.randint(100000, 850000))
        if loc == "en_US":
            return "postal_code", f"{r.randint(10001, 99950):05d}"
        L = "ABCDEFGHJKLMNPRSTUWY"
        return "postal_code", f"{r.choice(['SW','N','E','M','B','LS','EH','G','CB','OX'])}{r.randint(1, 20)} {r.randint(1, 9)}{r.choice(L)}{r.choice(L)}"
    if kind == "FLIGHT":
        return "flight_number", f"{r.choice(['LH','AF','BA','LX','OS','KL','CA','MU','UA','DL','EW'])}{r.choice(['', ' '])}{r.randint(10, 4999)}"
    if kind == "TRAIN":
        return "train_number", r.choice([f"ICE {r.randint(500, 1999)}", f"TGV {r.randint(5000, 9999)}", f"G{r.randint(1, 7999)}", f"D{r.randint(100, 3999)}", f"IC {r.randint(100, 2999)}"])
    if kind == "REF":
        return "reference", fake_iban_ref() if r.random() < 0.5 else f"{r.choice(['REF','AZ','Vorgang','CASE','SR'])}-{r.randint(100000, 99999999)}"
    if kind == "YEAR":
        return "year", str(r.randint(1990, 2026))
    if kind == "ROOM":
        return "room_number", r.choice([f"{r.randint(0, 5)}.{r.randint(1, 40):02d}", f"{r.choice('ABC')}{r.randint(101, 420)}", str(r.randint(101, 520))])
    if kind == "PCT":
        return "percentage", f"{r.randint(2, 95)} %" if lang in ("de", "fr") else f"{r.randint(2, 95)}%"
    if kind == "QTY":
        return "quantity", str(r.randint(2, 250))
    if kind == "TICKET":
        return "ticket_id", f"{r.choice(['INC','REQ','TCK','HD'])}{r.randint(100000, 9999999)}"
    if kind in LISTS:
        k, vals = LISTS[kind][lang]
        v = r.choice(vals)
        while v in USED_IN_PROMPT:
            v = r.choice(vals)
        USED_IN_PROMPT.add(v)
        return k, v
    raise KeyError(kind)


SLOT = re.compile(r"\{([A-Z]+)(\d?)(?::([a-z]{2}_[A-Z]{2}))?\}|<<([a-z_]+):([^>]+)>>|\[\[([^\]]+)\]\]")


USED_IN_PROMPT = set()


def fill(tpl, lang, loc):
    USED_IN_PROMPT.clear()
    text, pii, looks, people = [], [], [], {}
    forms = []

    def person(i):
        if i not in people:
            people[i] = Person(lang, loc)
        return people[i]

    pos = 0
    for m in SLOT.finditer(tpl):
        text.append(tpl[pos:m.start()])
        pos = m.end()
        name, idx, ploc, lk, lv, choice = m.groups()
        if choice is not None:
            text.append(R.choice(choice.split("|")))
            continue
        if lk is not None:
            text.append(lv)
            looks.append((lk, lv))
            continue
        idx = idx or "1"
        if name == "P":
            l2 = ploc or (R.choice(EXTRA_PHONE[lang]) if R.random() < 0.2 else (loc if loc in REGION else "zh_CN"))
            s, reg, form, valid = phone(l2)
            text.append(s)
            pii.append({"type": "PHONE", "value": s, "region": reg})
            forms.append((form, valid, reg))
        elif name in ("N", "F", "L", "T", "TN", "V", "TV", "RN", "E"):
            p = person(idx)
            if name == "N":
                s, v = p.full, p.full
            elif name == "F":
                s, v = p.first, p.first
            elif name == "L":
                s, v = p.last, p.last
            elif name == "T":
                s, v = f"{p.title} {p.last}", p.last
            elif name == "TN":
                s, v = f"{p.title} {p.full}", p.full
            elif name == "V":
                s = v = f"{p.first} {p.vlast}"
            elif name == "TV":
                s, v = f"{p.title} {p.vlast}", p.vlast
            elif name == "RN":
                s, v = p.raw, p.rawcore
            else:
                s, v = p.email, p.email
            text.append(s)
            t = "EMAIL" if name == "E" else "PERSON"
            if not any(x["type"] == t and x["value"] == v for x in pii):
                pii.append({"type": t, "value": v})
        else:
            k, v = lookalike(name, lang, loc)
            text.append(v)
            looks.append((k, v))
    text.append(tpl[pos:])
    s = "".join(text).replace("\\n", "\n")
    # distinct look-alikes
    seen, lk_out = set(), []
    for k, v in looks:
        if (k, v) not in seen:
            seen.add((k, v))
            lk_out.append({"kind": k, "value": v})
    return s, pii, lk_out, forms


def spans(text, value):
    out, i = [], text.find(value)
    while i >= 0:
        out.append((i, i + len(value)))
        i = text.find(value, i + 1)
    return out


def check(rec):
    t = rec["text"]
    ps = []
    for p in rec["pii"]:
        sp = spans(t, p["value"])
        if not sp:
            return False
        ps += sp
    for l in rec["lookalikes"]:
        sp = spans(t, l["value"])
        if not sp:
            return False
        for a, b in sp:
            if any(a < d and c < b for c, d in ps):
                return False
    return True


def main():
    stats = "--stats" in sys.argv
    # split decided first, from template ids only
    tids = []
    for lang in ["de", "fr", "zh", "en"]:
        for i, tpl in enumerate(TEMPLATES[lang], 1):
            tids.append((lang, f"x6-{lang}-t{i:03d}", tpl))
    split = {tid: split_of(tid) for _, tid, _ in tids}
    records, texts = [], set()
    counters = Counter()
    forms_all = []
    for lang, tid, tpl in tids:
        want = 5 if R.random() < 0.85 else 4
        got, tries = 0, 0
        while got < want and tries < 60:
            tries += 1
            loc = R.choice(NAME_LOCALES[lang])
            text, pii, lks, forms = fill(tpl, lang, loc)
            rec = {"id": None, "locale": loc, "lang": lang, "text": text, "pii": pii, "lookalikes": lks,
                   "template": tid, "split": split[tid]}
            if text in texts or not check(rec):
                continue
            texts.add(text)
            counters[lang] += 1
            rec["id"] = f"x6-{lang}-{counters[lang]:04d}"
            records.append(rec)
            forms_all += forms
            got += 1
        if got < 3:
            sys.exit(f"template {tid} gave only {got} prompts")
    # final checks
    assert len({r["text"] for r in records}) == len(records)
    assert len({r["id"] for r in records}) == len(records)
    for r in records:
        assert check(r), r
        assert r["split"] == split_of(r["template"])
        for p in r["pii"]:
            if p["type"] == "PHONE":
                n = phonenumbers.parse(p["value"], p["region"])
                assert phonenumbers.is_possible_number(n) and n.country_code == phonenumbers.country_code_for_region(p["region"]), p
    with open(os.path.join(HERE, "corpus.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    if stats:
        print_stats(records, tids, split, forms_all)


def print_stats(records, tids, split, forms):
    langs = ["en", "de", "fr", "zh"]
    print(f"prompts: {len(records)}  templates: {len(tids)}")
    tc = Counter((l, split[t]) for l, t, _ in tids)
    print("templates dev/test: " + ", ".join(f"{l} {tc[(l,'dev')]}/{tc[(l,'test')]}" for l in langs)
          + f"; all {sum(v for (l,s),v in tc.items() if s=='dev')}/{sum(v for (l,s),v in tc.items() if s=='test')}")
    print("\n| prompts | " + " | ".join(langs) + " | all |\n|---|---|---|---|---|---|")
    for grp in ["dev", "test", "all"]:
        c = Counter(r["lang"] for r in records if grp == "all" or r["split"] == grp)
        print(f"| {grp} | " + " | ".join(str(c[l]) for l in langs) + f" | {sum(c.values())} |")
    for grp in ["dev", "test", "all"]:
        c = Counter(r["lang"] for r in records if not r["pii"] and (grp == "all" or r["split"] == grp))
        print(f"| no-PII {grp} | " + " | ".join(str(c[l]) for l in langs) + f" | {sum(c.values())} |")
    print("\n| PII values | " + " | ".join(langs) + " | dev | test | all |\n|---|---|---|---|---|---|---|---|")
    for t in ["PERSON", "PHONE", "EMAIL"]:
        c = Counter((r["lang"], r["split"]) for r in records for p in r["pii"] if p["type"] == t)
        per = [sum(c[(l, s)] for s in ("dev", "test")) for l in langs]
        d = sum(c[(l, "dev")] for l in langs); te = sum(c[(l, "test")] for l in langs)
        print(f"| {t} | " + " | ".join(map(str, per)) + f" | {d} | {te} | {d+te} |")
    print("\n| PII values lang × split | " + " | ".join(f"{l} dev/test" for l in langs) + " |\n|---|---|---|---|---|")
    for t in ["PERSON", "PHONE", "EMAIL"]:
        c = Counter((r["lang"], r["split"]) for r in records for p in r["pii"] if p["type"] == t)
        print(f"| {t} | " + " | ".join(f"{c[(l,'dev')]}/{c[(l,'test')]}" for l in langs) + " |")
    print("\n| look-alike kind | " + " | ".join(langs) + " | dev | test | all |\n|---|---|---|---|---|---|---|---|")
    c = Counter((l["kind"], r["lang"], r["split"]) for r in records for l in r["lookalikes"])
    kinds = sorted({k for k, _, _ in c}, key=lambda k: (-sum(v for (kk, _, _), v in c.items() if kk == k), k))
    for k in kinds:
        per = [c[(k, l, "dev")] + c[(k, l, "test")] for l in langs]
        d = sum(c[(k, l, "dev")] for l in langs); te = sum(c[(k, l, "test")] for l in langs)
        print(f"| {k} | " + " | ".join(map(str, per)) + f" | {d} | {te} | {d+te} |")
    tot = [sum(c[(k, l, s)] for k in kinds for s in ("dev", "test")) for l in langs]
    print("| **all** | " + " | ".join(map(str, tot)) + f" | {sum(v for (k,l,s),v in c.items() if s=='dev')} | {sum(v for (k,l,s),v in c.items() if s=='test')} | {sum(tot)} |")
    reg = Counter(p["region"] for r in records for p in r["pii"] if p["type"] == "PHONE")
    print("\nphone regions: " + ", ".join(f"{k} {v}" for k, v in sorted(reg.items())))
    print("phone forms (slot fills): " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(f for f, _, _ in forms).items())))
    print(f"phone fills also passing is_valid_number: {sum(1 for _, v, _ in forms if v)} of {len(forms)}")
    loc = Counter(r["locale"] for r in records)
    print("locales: " + ", ".join(f"{k} {v}" for k, v in sorted(loc.items())))
    zh = [p["value"] for r in records if r["lang"] == "zh" for p in r["pii"] if p["type"] == "PERSON"]
    print("zh PERSON values by length: " + ", ".join(f"{k} chars {v}" for k, v in sorted(Counter(len(x) for x in zh).items()))
          + f"; compound surname {sum(1 for x in zh if x[:2] in ZH_COMPOUND)}")
    sha = hashlib.sha256(open(os.path.join(HERE, "corpus.jsonl"), "rb").read()).hexdigest()
    print("sha256:", sha)


if __name__ == "__main__":
    main()
