#!/usr/bin/env python3
"""Generator for the pii-extra-9 corpus: Chinese prompts (zh_CN simplified, zh_TW traditional) full of words
that start with a surname character, plus a minority with real (synthetic) Chinese person names.

    python3 generate.py            # writes corpus.jsonl
    python3 generate.py --stats    # writes corpus.jsonl and prints the count tables
    python3 generate.py --check    # re-runs the checks on the written corpus.jsonl (does not rewrite it)

Deterministic: one random.Random(20261209) drives every draw; the Faker instances are seeded from it.
Faker 40.63.0 is required; phonenumbers 9.0.43 was used (another version gives a warning, and may give a
different, equally valid file because draws depend on which numbers pass is_valid_number).
"""
import argparse
import collections
import datetime
import hashlib
import json
import os
import random
import re
import statistics
import sys

import faker
import phonenumbers
from faker import Faker
from phonenumbers import Leniency, PhoneNumberMatcher, PhoneNumberType

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import templates as T  # noqa: E402

SEED = 20261209
FAKER_VERSION = "40.63.0"
PHONENUMBERS_VERSION = "9.0.43"
PROMPTS_PER_TEMPLATE = 5
MAX_ATTEMPTS = 400
STRICT_ATTEMPTS = 250          # before this many attempts, a look-alike read as a phone makes the draw fail
MIN_LEN, MAX_LEN = 8, 80
MIN_LOOKALIKES_NO_PII = 3
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "corpus.jsonl")
PREVIOUS = [os.path.join(HERE, "..", "pii-extra-7", "corpus.jsonl"),
            os.path.join(HERE, "..", "pii-extra-8", "corpus.jsonl")]
LOCALES = {"CN": "zh_CN", "TW": "zh_TW"}
PHONE_REGIONS = ("CN", "TW", "HK")


# --------------------------------------------------------------------------------------------------------
# split rule (fixed before any template existed): first byte of sha256(template id), even -> dev
# --------------------------------------------------------------------------------------------------------
def split_of(template_id):
    return "dev" if hashlib.sha256(template_id.encode("utf-8")).digest()[0] % 2 == 0 else "test"


# --------------------------------------------------------------------------------------------------------
# templates
# --------------------------------------------------------------------------------------------------------
TOKEN_RE = re.compile(r"\[([a-z]{2}):([^\]]+)\]|\{([A-Za-z_]+[0-9]?)(?::([^}]+))?\}")
PII_SLOT_RE = re.compile(r"^(P|G|PH|EM)([0-9])$")


class Template:
    def __init__(self, tid, locale, text):
        self.id = tid
        self.locale = locale
        self.text = text
        self.tokens = []
        pos = 0
        for m in TOKEN_RE.finditer(text):
            if m.start() > pos:
                self.tokens.append(("lit", text[pos:m.start()]))
            if m.group(1):
                code = m.group(1)
                if code not in T.KIND_CODES:
                    raise SystemExit(f"{tid}: unknown kind code {code}")
                self.tokens.append(("la", T.KIND_CODES[code], m.group(2)))
            else:
                self.tokens.append(("slot", m.group(3), m.group(4)))
            pos = m.end()
        if pos < len(text):
            self.tokens.append(("lit", text[pos:]))
        for tok in self.tokens:
            if tok[0] == "lit" and ("{" in tok[1] or "}" in tok[1] or "[" in tok[1] or "]" in tok[1]):
                raise SystemExit(f"{tid}: stray bracket in {tok[1]!r}")
        self.has_pii = any(t[0] == "slot" and PII_SLOT_RE.match(t[1]) for t in self.tokens)
        self.given_only = {int(PII_SLOT_RE.match(t[1]).group(2)) for t in self.tokens
                           if t[0] == "slot" and PII_SLOT_RE.match(t[1]) and t[1].startswith("G")}
        self.person_idx = sorted({int(PII_SLOT_RE.match(t[1]).group(2)) for t in self.tokens
                                  if t[0] == "slot" and PII_SLOT_RE.match(t[1])
                                  and PII_SLOT_RE.match(t[1]).group(1) in ("P", "G")})
        self.literal_values = {t[2] for t in self.tokens if t[0] == "la"}


def load_templates():
    out = []
    n = 0
    for line in T.TEMPLATES.splitlines():
        line = line.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        code, _, text = line.partition("|")
        if code not in LOCALES:
            raise SystemExit(f"bad template line: {line!r}")
        n += 1
        out.append(Template(f"x9-zh-t{n:03d}", LOCALES[code], text.replace("\\n", "\n")))
    return out


def pools_for(locale):
    return T.POOLS if locale == "zh_CN" else T.POOLS_TW


# --------------------------------------------------------------------------------------------------------
# checksums and helpers
# --------------------------------------------------------------------------------------------------------
def gb11643_ok(s):
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    c = "10X98765432"[sum(int(a) * b for a, b in zip(s[:17], w)) % 11]
    return c == s[17]


def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def s10_check(d8):
    w = [8, 6, 4, 2, 3, 5, 9, 7]
    c = 11 - sum(int(a) * b for a, b in zip(d8, w)) % 11
    return {10: 0, 11: 5}.get(c, c)


def find_all(text, value):
    out, i = [], text.find(value)
    while i >= 0:
        out.append((i, i + len(value)))
        i = text.find(value, i + 1)
    return out


def phone_matches(text, regions=PHONE_REGIONS):
    spans = set()
    for reg in regions:
        for m in PhoneNumberMatcher(text, reg, leniency=Leniency.VALID):
            spans.add((m.start, m.end))
    return spans


def is_surname_initial(word):
    return word[:1] in T.SURNAME_CHARS or word[:1] in T.TRAD_SURNAME_CHARS


def has_surname_char(word):
    return any(c in T.SURNAME_CHARS or c in T.TRAD_SURNAME_CHARS for c in word)


NAMED_KINDS = {"street", "place", "brand", "shop", "dish", "title"}
EMOJI_END = re.compile(r"[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F]$")
EMOJI_ANY = re.compile(r"[\U0001F000-\U0001FAFF\u2600-\u27BF]")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")


# --------------------------------------------------------------------------------------------------------
# generator
# --------------------------------------------------------------------------------------------------------
class Gen:
    def __init__(self):
        self.rng = random.Random(SEED)
        self.fakers = {}
        for loc in ("zh_CN", "zh_TW"):
            f = Faker(loc)
            f.seed_instance(self.rng.randrange(2 ** 32))
            self.fakers[loc] = f
        self.use = collections.Counter()
        self.forbidden = set()
        for pools in (T.POOLS, T.POOLS_TW):
            for _, vals in pools.values():
                self.forbidden.update(vals)
        for tpl in load_templates():
            self.forbidden.update(tpl.literal_values)

    # ---- pools ------------------------------------------------------------------------------------------
    def pick(self, locale, pool, exclude, pending):
        kind, vals = pools_for(locale)[pool]
        cands = [v for v in vals if v not in exclude]
        low = min(self.use[(locale, pool, v)] + pending[(locale, pool, v)] for v in cands)
        cands = [v for v in cands if self.use[(locale, pool, v)] + pending[(locale, pool, v)] == low]
        v = self.rng.choice(cands)
        pending[(locale, pool, v)] += 1
        return kind, v

    # ---- dates and times ------------------------------------------------------------------------------
    def _day(self):
        return datetime.date(2026, 11, 16) + datetime.timedelta(days=self.rng.randrange(0, 170))

    WD_CN = "一二三四五六日"

    def date(self, locale, mode):
        d = self._day()
        y, m, dd = d.year, d.month, d.day
        w = self.WD_CN[d.weekday()]
        w7 = "天" if w == "日" else w
        if locale == "zh_CN":
            forms = {
                "DATE": [f"{y}年{m}月{dd}日", f"{m}月{dd}日", f"{m}月{dd}号", f"{m}月{dd}日（周{w}）",
                         f"{m}月{dd}号周{w}", f"{y}/{m}/{dd}", f"{y}-{m:02d}-{dd:02d}", f"{y}.{m:02d}.{dd:02d}",
                         f"{m}.{dd}", f"周{w}", f"星期{w7}"],
                "MD": [f"{m}月{dd}日", f"{m}月{dd}号", f"{m}.{dd}", f"{m}月{dd}日（周{w}）"],
                "DATEL": [f"{y}年{m}月{dd}日", f"{y}-{m:02d}-{dd:02d}", f"{y}/{m}/{dd}"],
                "WD": [f"周{w}", f"星期{w7}", f"下周{w}", f"这周{w}", f"礼拜{w7}"],
            }[mode]
        else:
            forms = {
                "DATE": [f"{y - 1911}年{m}月{dd}日", f"{y}年{m}月{dd}日", f"{m}月{dd}日", f"{m}月{dd}日（週{w}）",
                         f"{y}/{m:02d}/{dd:02d}", f"{m}/{dd}", f"週{w}", f"星期{w7}", f"禮拜{w7}"],
                "MD": [f"{m}月{dd}日", f"{m}/{dd}", f"{m}月{dd}日（週{w}）"],
                "DATEL": [f"{y - 1911}年{m}月{dd}日", f"{y}/{m:02d}/{dd:02d}", f"{y}年{m}月{dd}日"],
                "WD": [f"週{w}", f"星期{w7}", f"下週{w}", f"禮拜{w7}"],
            }[mode]
        return self.rng.choice(forms)

    TIME_RANGES = {None: (7, 22), "am": (7, 10), "pm": (18, 22), "day": (9, 17)}

    def time(self, locale, arg=None):
        r = self.rng
        lo, hi = self.TIME_RANGES[arg]
        h = r.randint(lo, hi)
        mm = r.choice([0, 0, 10, 15, 20, 30, 30, 45, 50])
        h12 = h - 12 if h > 12 else h
        forms = [f"{h}:{mm:02d}", f"{h}:{mm:02d}", f"{h}点"]
        if h >= 18:
            forms += [f"晚上{h12}点", f"晚上{h12}点半", f"晚上{h12}点{mm}" if mm else f"晚上{h12}点"]
        elif h >= 13:
            forms += [f"下午{h12}点", f"下午{h12}点半", f"下午{h12}点{mm}" if mm else f"下午{h12}点"]
        elif h == 12:
            forms += ["中午12点", "中午12点半"]
        elif h <= 8:
            forms += [f"早上{h}点", f"早上{h}点半", f"早上{h}点{mm}" if mm else f"早上{h}点"]
        else:
            forms += [f"上午{h}点", f"上午{h}点半", f"上午{h}点{mm}" if mm else f"上午{h}点"]
        if arg:   # the template already says 明早 / 明晚 / 工作日 ..., so only the clock time is written
            forms = [f"{h}:{mm:02d}", f"{h}:{mm:02d}", f"{h}点", f"{h}点半"]
        v = r.choice(forms)
        return v if locale == "zh_CN" else v.replace("点", "點")

    # ---- numbers --------------------------------------------------------------------------------------
    PRICE_RANGES = {None: (0.8, 4.6), "s": (0.5, 2.0), "m": (2.0, 3.3), "l": (3.3, 4.3)}

    def price(self, locale, arg=None):
        r = self.rng
        if arg == "lot":      # Taiwanese receipt lottery prizes
            n = r.choice([200, 1000, 4000, 10000, 40000, 200000])
            return r.choice([f"{n:,}元", f"NT${n:,}", f"新台幣{n:,}元", f"{n}元"])
        if arg == "hk":
            n = r.randint(4, 60)
            return r.choice([f"HK${n}", f"HK${n}.{r.randint(1, 9)}", f"港幣{n}元", f"{n}蚊"])
        lo, hi = self.PRICE_RANGES[arg]
        n = int(10 ** r.uniform(lo, hi))
        c = r.randint(1, 9)
        if locale == "zh_CN":
            forms = [f"￥{n:,}", f"¥{n}", f"{n}元", f"{n}元", f"人民币{n:,}元", f"{n}块"]
            if n < 1000:
                forms += [f"{n}.{c}元", f"￥{n}.{c}0"]
            if n > 3000:
                forms += [f"{n / 10000:.1f}万".replace(".0万", "万"), f"{n / 10000:.2f}万元"]
        else:
            forms = [f"NT${n:,}", f"新台幣{n:,}元", f"{n}元", f"台幣{n}元", f"{n:,}元"]
        return r.choice(forms)

    def pct(self, arg=None):
        r = self.rng
        if arg == "low":
            a = r.randint(0, 5)
            return r.choice([f"{a}.{r.randint(1, 9)}%", f"{a + 1}%", f"{a}.{r.randint(1, 9)}％",
                             f"{r.randint(1, 9) * 0.05 + a:.2f}%", f"百分之{r.choice(['一', '二', '三', '五'])}"])
        n = r.randint(2, 60)
        return r.choice([f"{n}%", f"{n}%", f"{n}％", f"{n}.{r.randint(1, 9)}%",
                         f"百分之{r.choice(['五', '十', '十五', '二十', '三十', '八'])}"])

    def digits(self, n, first="123456789"):
        return self.rng.choice(first) + "".join(self.rng.choice("0123456789") for _ in range(n - 1))

    def _no_phone(self, v):
        return not phone_matches(v)

    def order(self, locale):
        r = self.rng
        for _ in range(80):
            d = self._day()
            if locale == "zh_CN":
                k = r.randrange(6)
                if k == 0:
                    core = f"{d.year}{d.month:02d}{d.day:02d}" + self.digits(10, "0123456789")
                    if gb11643_ok(core):
                        continue
                    v = core
                elif k == 1:
                    v = self.digits(19, "3456")
                    if luhn_ok(v):
                        continue
                elif k == 2:
                    v = "DD" + f"{d.year}{d.month:02d}{d.day:02d}" + self.digits(6, "0123456789")
                elif k == 3:
                    v = "#" + self.digits(7)
                elif k == 4:
                    v = "JD" + self.digits(11)
                else:
                    v = f"E{d.year}{d.month:02d}{d.day:02d}{self.digits(6, '0123456789')}"
            else:
                k = r.randrange(3)
                if k == 0:
                    v = f"{d.year % 100}{d.month:02d}{d.day:02d}" + "".join(
                        r.choice("ABCDEFGHJKMNPQRSTUVWXYZ23456789") for _ in range(8))
                elif k == 1:
                    v = "#" + self.digits(8)
                else:
                    v = "TW" + self.digits(12)
            if self._no_phone(v) and not any(luhn_ok(x) and x[0] in "3456" for x in re.findall(r"\d{13,19}", v)):
                return v
        return v

    def invoice(self):
        r = self.rng
        return "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(2)) + "-" + self.digits(8, "0123456789")

    def track(self):
        r = self.rng
        for _ in range(80):
            k = r.randrange(6)
            if k == 0:
                v = "SF" + self.digits(13)
            elif k == 1:
                v = "JDX0" + self.digits(11)
            elif k == 2:
                v = "YT" + self.digits(13)
            elif k == 3:
                v = "JT" + self.digits(13, "0123456789")
            elif k == 4:
                v = "7" + self.digits(13, "0123456789")
            else:
                d8 = self.digits(8, "0123456789")
                v = "E" + r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + d8 + str(s10_check(d8)) + "CN"
            if self._no_phone(v) and not any(luhn_ok(x) and x[0] in "3456" for x in re.findall(r"\d{13,19}", v)):
                return v
        return v

    def version(self, arg=None):
        r = self.rng
        if arg == "doc":
            return r.choice([f"V{r.randint(1, 6)}.{r.randint(0, 9)}", f"v{r.randint(1, 4)}.{r.randint(0, 9)}",
                             f"{r.choice([2026, 2027])}版", f"第{r.randint(2, 5)}版"])
        return r.choice([
            f"v{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 30)}",
            f"{r.randint(1, 5)}.{r.randint(0, 9)}.{r.randint(0, 9)}-beta",
            f"iOS {r.choice([17, 18])}.{r.randint(0, 6)}",
            f"Android {r.choice([14, 15])}",
            f"HarmonyOS {r.choice([4, 5])}.{r.randint(0, 2)}.{r.randint(0, 9)}",
            f"V{r.randint(1, 12)}.{r.randint(0, 9)}",
            f"8.0.{r.randint(40, 60)}",
            f"10.0.{r.choice([22621, 22631, 26100])}.{r.randint(1000, 5000)}",
        ])

    def train(self):
        r = self.rng
        letter = r.choice("GGGDDCKZT")
        hi = {"G": 9999, "D": 9999, "C": 9999, "K": 1999, "Z": 400, "T": 400}[letter]
        return f"{letter}{r.randint(1 if letter != 'C' else 1000, hi)}"

    def flight(self, locale):
        r = self.rng
        carriers = ["CA", "MU", "CZ", "HU", "3U", "ZH", "MF", "HO", "FM", "SC"] if locale == "zh_CN" else \
            ["CI", "BR", "JX", "AE", "B7", "CX"]
        return f"{r.choice(carriers)}{r.randint(100, 9899)}"

    def room(self, locale):
        r = self.rng
        f, n = r.randint(2, 28), r.randint(1, 30)
        if locale == "zh_CN":
            return r.choice([f"{f}{n:02d}室", f"{r.choice('ABCD')}座{f}{n:02d}", f"{r.randint(1, 9)}号楼{f}{n:02d}",
                             f"会议室{r.choice('ABC')}{r.randint(1, 12)}"])
        return r.choice([f"{f}{n:02d}室", f"{f}樓{n:02d}室", f"會議室{r.choice('ABC')}{r.randint(1, 9)}"])

    QTY_RANGES = {"份": (2, 30), "字": None, "箱": (2, 10), "桌": (3, 20), "斤": (2, 10), "张": (20, 300),
                  "页": (12, 180), "家": (10, 80), "个": (2, 9), "遍": (3, 50), "项": (12, 30), "分": (60, 100),
                  "篇": (2, 5), "盏": (2, 6), "人": (3, 12), "号": (1, 16), "集": (24, 60), "条": (3, 30),
                  "处": (2, 9), "次": (100, 9000), "稿": (3, 9), "年": (2, 10), "名": (1, 20), "公斤": (2, 9),
                  "个月": (6, 24), "车": (1, 12), "只": (2, 5), "首": (5, 30), "目": (2, 15), "回": (2, 5)}

    def qty(self, unit):
        r = self.rng
        if unit == "字":
            return f"{r.choice([500, 800, 1000, 1500, 2000, 3000])}字"
        lo, hi = self.QTY_RANGES.get(unit) or (2, 20)
        return f"{r.randint(lo, hi)}{unit}"

    def dur(self, locale, arg=None):
        r = self.rng
        forms = {"h": [f"{r.randint(1, 5)}小时"], "min": [f"{r.choice(range(5, 60, 5))}分钟"],
                 "d": [f"{r.randint(2, 7)}天"]}
        v = r.choice(forms[arg] if arg else forms["h"] + forms["min"] + forms["d"])
        return v if locale == "zh_CN" else v.replace("小时", "小時").replace("分钟", "分鐘")

    TEMP_RANGES = {None: (-8, 38), "hot": (33, 41), "cold": (-12, 8), "mild": (14, 26)}

    def temp(self, arg=None):
        r = self.rng
        if arg == "body":
            t = r.choice([36.5, 36.8, 37.2, 37.5, 37.8, 38.1, 38.4, 38.6, 39.0, 39.3])
            return r.choice([f"{t}℃", f"{t}度", f"{t}°C"])
        lo, hi = self.TEMP_RANGES[arg]
        t = r.randint(lo, hi)
        return r.choice([f"{t}℃", f"{t}°C", f"{t}度"])

    def err(self):
        return self.rng.choice(["404", "HTTP 503", "HTTP 500", "0x80070005", "0xc000000f", "ERR_CONNECTION_RESET",
                                "ERR_NAME_NOT_RESOLVED", "E1024", "-1001", "502 Bad Gateway", "ORA-00942",
                                "SQLSTATE 23505", "ECONNREFUSED", "ETIMEDOUT"])

    def math(self):
        r = self.rng
        k = r.randrange(4)
        if k == 0:
            a, b = r.randint(11, 99), r.randint(11, 99)
            return f"{a}×{b}={a * b}"
        if k == 1:
            b, c = r.randint(3, 25), r.randint(3, 40)
            return f"{b * c}÷{b}={c}"
        if k == 2:
            return f"{r.randint(1, 5)}/{r.randint(6, 9)}+{r.randint(1, 5)}/{r.randint(6, 9)}"
        p, q = r.randint(1, 6), r.randint(1, 6)
        return f"x²+{p + q}x+{p * q}=0"

    # ---- PII ------------------------------------------------------------------------------------------
    def person(self, locale, need_given2, others):
        fk, r = self.fakers[locale], self.rng
        for _ in range(2000):
            if not need_given2 and r.random() < 0.14:
                sur = r.choice(T.COMPOUND_SURNAMES[locale])
                g = fk.first_name()
                given = g[-1] if locale == "zh_TW" else (g if len(g) == 1 else None)
                if not given:
                    continue
            else:
                sur = fk.last_name()
                if len(sur) != 1:
                    continue
                given = fk.first_name()
                if need_given2 and len(given) != 2:
                    continue
                if locale == "zh_CN" and len(given) == 1 and r.random() < 0.6:
                    continue      # Faker zh_CN given names are mostly one character; favour three-character names
            name = sur + given
            if not 2 <= len(name) <= 3 or name in self.forbidden or given in self.forbidden:
                continue
            if any(name in f for f in self.forbidden) or (need_given2 and any(given in f for f in self.forbidden)):
                continue      # e.g. 张亮 (张亮麻辣烫), 杨过: a name never appears inside any look-alike value
            mine = {name} | ({given} if need_given2 else set())
            if any(a in b or b in a for o in others for a in mine for b in o["strings"]):
                continue
            return {"name": name, "given": given, "surname": sur, "strings": mine}
        raise SystemExit("could not draw a person")

    def _cn_mobile(self):
        pre = self.rng.choice(["130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152",
                               "155", "156", "157", "158", "159", "166", "176", "177", "178", "180", "181", "182",
                               "183", "185", "186", "187", "188", "189", "191", "198", "199"])
        return pre + self.digits(8, "0123456789")

    def phone(self, region, glue=False):
        r = self.rng
        for _ in range(2000):
            if region == "CN":
                mobile = glue or r.random() < 0.75
                if mobile:
                    nat = self._cn_mobile()
                    a, local = None, None
                else:
                    a = r.choice(["10", "21", "20", "22", "23", "24", "25", "27", "28", "29", "755", "571", "512",
                                  "592", "731", "871", "531", "532", "351", "431", "451", "757", "769", "574"])
                    local = self.digits(8, "2345678")
                    nat = a + local
            elif region == "TW":
                mobile = glue or r.random() < 0.7
                if mobile:
                    nat = "9" + self.digits(8, "0123456789")
                else:
                    a = r.choice(["2", "2", "4", "7", "3", "6"])
                    local = self.digits(8 if a in "24" else 7, "2345678")
                    nat = a + local
            else:
                mobile = glue or r.random() < 0.7
                nat = self.digits(8, "569" if mobile else "23")
            dial = nat if region == "HK" or (region == "CN" and mobile) else "0" + nat
            try:
                num = phonenumbers.parse(dial, region)
            except phonenumbers.NumberParseException:
                continue
            if not phonenumbers.is_valid_number(num):
                continue
            t = phonenumbers.number_type(num)
            if mobile and t != PhoneNumberType.MOBILE:
                continue
            if not mobile and t != PhoneNumberType.FIXED_LINE:
                continue
            forms = self._phone_forms(region, mobile, nat, a if not mobile and region != "HK" else None)
            if glue:
                forms = [forms[0]]
            w = r.choice(forms)
            try:
                back = phonenumbers.parse(w, region)
            except phonenumbers.NumberParseException:
                continue
            if back.national_number != num.national_number or back.country_code != num.country_code \
                    or not phonenumbers.is_valid_number(back):
                continue
            return w
        raise SystemExit("could not draw a phone")

    @staticmethod
    def _phone_forms(region, mobile, nat, area):
        if region == "CN":
            if mobile:
                n = nat
                return [n, f"{n[:3]} {n[3:7]} {n[7:]}", f"{n[:3]}-{n[3:7]}-{n[7:]}", f"+86 {n[:3]} {n[3:7]} {n[7:]}",
                        f"+86-{n[:3]}-{n[3:7]}-{n[7:]}", f"+86{n}", f"(+86) {n}"]
            loc = nat[len(area):]
            return [f"0{area}-{loc}", f"(0{area}){loc}", f"0{area} {loc[:4]} {loc[4:]}", f"+86 {area} {loc}",
                    f"+86-{area}-{loc}"]
        if region == "TW":
            if mobile:
                n = nat
                return [f"0{n}", f"0{n[:3]}-{n[3:6]}-{n[6:]}", f"0{n[:3]} {n[3:6]} {n[6:]}",
                        f"+886 {n[:3]} {n[3:6]} {n[6:]}", f"+886-{n[:3]}-{n[3:6]}-{n[6:]}", f"+886{n}"]
            loc = nat[len(area):]
            cut = 4 if len(loc) == 8 else 3
            return [f"0{area}{loc}", f"(0{area}){loc[:cut]}-{loc[cut:]}", f"0{area}-{loc[:cut]}-{loc[cut:]}",
                    f"0{area} {loc[:cut]} {loc[cut:]}", f"+886 {area} {loc[:cut]} {loc[cut:]}"]
        n = nat
        return [n, f"{n[:4]} {n[4:]}", f"{n[:4]}-{n[4:]}", f"+852 {n[:4]} {n[4:]}", f"+852-{n[:4]}-{n[4:]}",
                f"(852) {n[:4]} {n[4:]}", f"+852{n}"]

    def email(self, locale, region):
        fk, r = self.fakers[locale], self.rng
        g = re.sub(r"[^a-z]", "", fk.first_romanized_name().lower())
        s = re.sub(r"[^a-z]", "", fk.last_romanized_name().lower())
        doms = T.EMAIL_DOMAINS["HK"] if region == "HK" else T.EMAIL_DOMAINS[locale]
        dom = r.choice(doms)
        k = r.randrange(6)
        if k == 0 and locale == "zh_CN":
            return f"{self.digits(r.randint(6, 10))}@qq.com"
        local = [f"{g}.{s}", f"{s}{g}{r.randint(1, 99)}", f"{g}_{s}", f"{s}.{g}", f"{g[0]}{s}{r.randint(70, 99)}",
                 f"{s}{g}"][k]
        return f"{local}@{dom}"

    # ---- one prompt -------------------------------------------------------------------------------------
    NOISE = ["😂", "🙏", "👍🏻", "😅", "🤣", "🥲", "～", "!!", " ??", "。。。", "…", "🎉", "❤️", "～～"]

    def render(self, tpl):
        r, loc = self.rng, tpl.locale
        pending = collections.Counter()
        persons = {}
        for i in tpl.person_idx:
            persons[i] = self.person(loc, i in tpl.given_only, list(persons.values()))
        phones, emails = {}, {}
        default_region = "CN" if loc == "zh_CN" else "TW"
        text = ""
        la_spans, pii_spans = [], []     # (start, end, kind/type, value[, region])
        used = set(tpl.literal_values)
        for tok in tpl.tokens:
            start = len(text)
            if tok[0] == "lit":
                text += tok[1]
                continue
            if tok[0] == "la":
                text += tok[2]
                la_spans.append((start, len(text), tok[1], tok[2]))
                continue
            name, arg = tok[1], tok[2]
            m = PII_SLOT_RE.match(name)
            if m:
                kind, idx = m.group(1), int(m.group(2))
                if kind == "P":
                    v, typ, reg = persons[idx]["name"], "PERSON", None
                elif kind == "G":
                    v, typ, reg = persons[idx]["given"], "PERSON", None
                elif kind == "PH":
                    if idx not in phones:
                        region = arg if arg in PHONE_REGIONS else default_region
                        phones[idx] = (self.phone(region, glue=(arg == "glue")), region)
                    (v, reg), typ = phones[idx], "PHONE"
                else:
                    if idx not in emails:
                        region = next((rg for (_, rg) in phones.values() if rg == "HK"), None)
                        emails[idx] = self.email(loc, region)
                    v, typ, reg = emails[idx], "EMAIL", None
                text += v
                pii_spans.append((start, len(text), typ, v, reg))
                continue
            if name.islower():
                kind, v = self.pick(loc, name, used, pending)
            else:
                kind, v = self.generated(loc, name, arg, used, pending)
            used.add(v)
            if text[-1:].isdigit() and v[:1].isdigit():
                text += " "      # 12.24 21点, not 12.2421点
                start += 1
            text += v
            la_spans.append((start, len(text), kind, v))
        if r.random() < 0.22 and not EMOJI_END.search(text):
            text += r.choice(self.NOISE)
        forms = {}
        for tok in tpl.tokens:
            m = tok[0] == "slot" and PII_SLOT_RE.match(tok[1])
            if m and m.group(1) in ("P", "G"):
                per = persons[int(m.group(2))]
                if m.group(1) == "G":
                    forms[per["given"]] = "given name only (2 characters)"
                elif len(per["surname"]) == 2:
                    forms[per["name"]] = "compound surname + 1 (3 characters)"
                else:
                    forms[per["name"]] = f"surname + given name ({len(per['name'])} characters)"
        self.last_forms = forms
        return text, la_spans, pii_spans, pending

    def generated(self, loc, name, arg, used, pending):
        if name in ("DATE", "MD", "DATEL", "WD"):
            return "date", self.date(loc, name)
        if name == "TIME":
            return "time", self.time(loc, arg)
        if name == "PRICE":
            return "price", self.price(loc, arg)
        if name == "PCT":
            return "percentage", self.pct(arg)
        if name == "ORDER":
            return "order_number", self.order(loc)
        if name == "INVOICE":
            return "invoice_number", self.invoice()
        if name == "TRACK":
            return "tracking_number", self.track()
        if name == "VER":
            return "version", self.version(arg)
        if name == "TRAIN":
            return "train_number", self.train()
        if name == "FLIGHT":
            return "flight_number", self.flight(loc)
        if name == "ROOM":
            return "room_number", self.room(loc)
        if name == "QTY":
            return "quantity", self.qty(arg)
        if name == "DUR":
            return "quantity", self.dur(loc, arg)
        if name == "TEMP":
            return "quantity", self.temp(arg)
        if name == "ERR":
            return "error_code", self.err()
        if name == "MATH":
            return "math", self.math()
        if name == "STNO":
            _, st = self.pick(loc, "street", used, pending)
            n = self.rng.randint(1, 688)
            suffix = "号" if loc == "zh_CN" else "號"
            if self.rng.random() < 0.2 and loc == "zh_CN":
                return "street", f"{st}{self.rng.randint(10, 999)}弄{self.rng.randint(1, 60)}号"
            return "street", f"{st}{n}{suffix}"
        raise SystemExit(f"unknown slot {name}")


# --------------------------------------------------------------------------------------------------------
# checks
# --------------------------------------------------------------------------------------------------------
def check_prompt(text, la, pii, strict, spans=None):
    """Returns (problem or None, hard_negative_count). la: [(kind, value)], pii: [(type, value, region)].
    spans (generation time only): (la_spans, pii_spans) with positions of the planted values."""
    if not MIN_LEN <= len(text) <= MAX_LEN:
        return f"length {len(text)}", 0
    pii_occ = []
    for typ, v, reg in pii:
        occ = find_all(text, v)
        if not occ:
            return f"PII value not verbatim: {v}", 0
        pii_occ += occ
        if typ == "PERSON":
            if not (2 <= len(v) <= 3 and all("\u4e00" <= c <= "\u9fff" for c in v)):
                return f"bad person {v}", 0
        if typ == "PHONE":
            try:
                num = phonenumbers.parse(v, reg)
            except phonenumbers.NumberParseException:
                return f"phone does not parse {v}", 0
            if not phonenumbers.is_valid_number(num):
                return f"phone not valid {v} {reg}", 0
    for kind, v in la:
        occ = find_all(text, v)
        if not occ:
            return f"look-alike not verbatim: {v}", 0
        for a, b in occ:
            for c, d in pii_occ:
                if a < d and c < b:
                    return f"look-alike {v} overlaps PII", 0
        if kind == "everyday_word" and not is_surname_initial(v):
            return f"everyday_word without surname initial: {v}", 0
        if kind in NAMED_KINDS and not has_surname_char(v) and v not in T.NAMED_EXEMPT:
            return f"named look-alike without surname character: {v}", 0
    if spans is not None:
        la_spans, pii_spans = spans
        planted = [(s, e) for (s, e, *_rest) in pii_spans]
        for typ, v, reg in pii:
            for a, b in find_all(text, v):
                if not any(s <= a and b <= e for s, e in planted):
                    return f"unplanted occurrence of {v}", 0
    la_occ = [o for _, v in la for o in find_all(text, v)]
    hard = 0
    for a, b in phone_matches(text, PHONE_REGIONS):
        if any(s <= a and b <= e for s, e in pii_occ):
            continue
        if any(s <= a and b <= e for s, e in la_occ):
            if strict:
                return f"look-alike read as phone: {text[a:b]}", 0
            hard += 1
            continue
        return f"unlabelled phone {text[a:b]}", 0
    emails = {v for typ, v, _ in pii if typ == "EMAIL"}
    for m in EMAIL_RE.finditer(text):
        if m.group(0) not in emails:
            return f"unlabelled e-mail {m.group(0)}", 0
    for run in re.findall(r"\d{13,19}", text):
        if run[0] in "3456" and luhn_ok(run):
            return f"Luhn-valid digit run {run}", 0
    for run in re.findall(r"\d{17}[\dX]", text):
        if gb11643_ok(run):
            return f"valid resident id {run}", 0
    if not pii and sum(len(find_all(text, v)) for _, v in la) < MIN_LOOKALIKES_NO_PII:
        return "too few look-alikes", 0
    return None, hard


def load_previous_texts():
    texts = set()
    for p in PREVIOUS:
        if os.path.exists(p):
            with open(p, encoding="utf-8") as f:
                for line in f:
                    if line.strip():
                        texts.add(json.loads(line)["text"])
    return texts


def dedupe(pairs):
    out, seen = [], set()
    for p in pairs:
        if p not in seen:
            seen.add(p)
            out.append(p)
    return out


def build():
    if faker.VERSION != FAKER_VERSION:
        raise SystemExit(f"Faker {FAKER_VERSION} required, found {faker.VERSION}")
    if phonenumbers.__version__ != PHONENUMBERS_VERSION:
        print(f"warning: phonenumbers {phonenumbers.__version__}, corpus was made with {PHONENUMBERS_VERSION}",
              file=sys.stderr)
    templates = load_templates()
    for loc, pools in (("zh_CN", T.POOLS), ("zh_TW", T.POOLS_TW)):
        for pname, (kind, vals) in pools.items():
            if len(set(vals)) != len(vals):
                dup = [v for v, c in collections.Counter(vals).items() if c > 1]
                raise SystemExit(f"duplicate in pool {loc}/{pname}: {dup}")
    previous = load_previous_texts()
    gen = Gen()
    records, seen, hard_total = [], set(), 0
    person_forms = []
    hard_by_kind = collections.Counter()
    n_id = 0
    failures = []
    for tpl in templates:
        for p in range(PROMPTS_PER_TEMPLATE):
            for attempt in range(MAX_ATTEMPTS):
                text, la_spans, pii_spans, pending = gen.render(tpl)
                if text in seen or text in previous:
                    continue
                la = dedupe([(k, v) for (_, _, k, v) in la_spans])
                pii = dedupe([(t, v, reg) for (_, _, t, v, reg) in pii_spans])
                problem, hard = check_prompt(text, la, pii, attempt < STRICT_ATTEMPTS, (la_spans, pii_spans))
                if problem:
                    last = problem
                    continue
                break
            else:
                failures.append(f"{tpl.id}: no valid prompt after {MAX_ATTEMPTS} attempts (last: {last}) {tpl.text!r}")
                break
            gen.use.update(pending)
            seen.add(text)
            hard_total += hard
            n_id += 1
            rec = {"id": f"x9-zh-{n_id:04d}", "locale": tpl.locale, "lang": "zh", "text": text,
                   "pii": [({"type": t, "value": v, "region": reg} if t == "PHONE" else {"type": t, "value": v})
                           for t, v, reg in pii],
                   "lookalikes": [{"kind": k, "value": v} for k, v in la],
                   "template": tpl.id, "split": split_of(tpl.id)}
            records.append(rec)
            person_forms.append(gen.last_forms)
    if failures:
        raise SystemExit("\n".join(failures))
    return templates, records, person_forms


def write(records):
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


def read():
    with open(OUT, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def check_file(records):
    previous = load_previous_texts()
    problems = 0
    texts = collections.Counter(r["text"] for r in records)
    for rec in records:
        la = [(x["kind"], x["value"]) for x in rec["lookalikes"]]
        pii = [(x["type"], x["value"], x.get("region")) for x in rec["pii"]]
        problem, _ = check_prompt(rec["text"], la, pii, strict=False)
        persons = [v for t, v, _ in pii if t == "PERSON"]
        for a in persons:
            for b in persons:
                if a != b and a in b and not (len(a) == 2 and b.endswith(a)):
                    problem = problem or f"names contain each other: {a} {b}"
        if rec["split"] != split_of(rec["template"]):
            problem = problem or "split rule"
        if texts[rec["text"]] > 1:
            problem = problem or "duplicate text"
        if rec["text"] in previous:
            problem = problem or "text equals a text of pii-extra-7/8"
        if problem:
            problems += 1
            print(f"{rec['id']}: {problem}")
    print(f"checked {len(records)} prompts: {problems} problem(s)")
    return problems == 0


# --------------------------------------------------------------------------------------------------------
# stats
# --------------------------------------------------------------------------------------------------------
NAME_CUES_BEFORE = set("找问给和跟叫让请問給跟叫讓請")
NAME_CUES_AFTER = ("说", "說", "来", "來", "去", "的", "今天", "明天")
TITLES_AFTER = ("老师", "老師", "经理", "經理", "先生", "女士", "医生", "醫師", "总", "律师", "教授", "同学", "同學",
                "家长", "妈妈", "总监")
CUES_BEFORE = ("找", "问", "給", "给", "叫", "让", "讓", "请", "請", "跟", "和", "@", "麻烦", "约", "感谢", "感謝",
               "恭喜", "联系人：", "聯絡人：", "新同事", "客户", "快递员", "房东", "常客", "同事", "助理：")
PUNCT = set("，。！？、；：…,.!?;:～~）)」》\n ")


def table(header, rows):
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    out += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(out)


def stats(templates, records, person_forms):
    splits = ("dev", "test")
    tpl_split = {t.id: split_of(t.id) for t in templates}
    print(f"prompts: {len(records)}, templates: {len(templates)}")
    print()
    rows = []
    for sp in splits + ("all",):
        rs = [r for r in records if sp == "all" or r["split"] == sp]
        nop = sum(1 for r in rs if not r["pii"])
        rows.append([sp, len(rs), nop, len(rs) - nop, f"{100 * nop / max(1, len(rs)):.1f}%",
                     sum(1 for r in rs if r["locale"] == "zh_CN"), sum(1 for r in rs if r["locale"] == "zh_TW")])
    print(table(["split", "prompts", "no PII", "with PII", "no-PII share", "zh_CN", "zh_TW"], rows))
    print()
    rows = []
    for sp in splits + ("all",):
        ts = [t for t in templates if sp == "all" or tpl_split[t.id] == sp]
        rows.append([sp, len(ts), sum(1 for t in ts if not t.has_pii), sum(1 for t in ts if t.has_pii),
                     sum(1 for t in ts if t.locale == "zh_CN"), sum(1 for t in ts if t.locale == "zh_TW")])
    print(table(["templates", "all", "no PII", "with PII", "zh_CN", "zh_TW"], rows))
    print()
    rows = []
    for loc in ("zh_CN", "zh_TW"):
        for hp in (False, True):
            rs = [r for r in records if r["locale"] == loc and bool(r["pii"]) == hp]
            rows.append([loc, "with PII" if hp else "no PII", sum(1 for r in rs if r["split"] == "dev"),
                         sum(1 for r in rs if r["split"] == "test"), len(rs)])
    print(table(["locale", "has PII", "dev", "test", "all"], rows))
    print()
    # PII
    rows = []
    for typ in ("PERSON", "PHONE", "EMAIL"):
        vals = {sp: 0 for sp in splits}
        occ = {sp: 0 for sp in splits}
        for r in records:
            for x in r["pii"]:
                if x["type"] == typ:
                    vals[r["split"]] += 1
                    occ[r["split"]] += len(find_all(r["text"], x["value"]))
        rows.append([typ, vals["dev"], vals["test"], vals["dev"] + vals["test"], occ["dev"] + occ["test"]])
    print(table(["PII type", "values dev", "values test", "values all", "occurrences all"], rows))
    print()
    regions = collections.Counter(x["region"] for r in records for x in r["pii"] if x["type"] == "PHONE")
    print("phone regions (values): " + ", ".join(f"{k} {v}" for k, v in sorted(regions.items())))
    forms = collections.Counter()
    cue = collections.Counter()
    for r, pf in zip(records, person_forms):
        for v, f in pf.items():
            forms[(r["locale"], f)] += 1
        for x in r["pii"]:
            if x["type"] != "PERSON":
                continue
            t = r["text"]
            for a, b in find_all(t, x["value"]):
                if any(t.startswith(c, b) for c in TITLES_AFTER):
                    cue["title after the name (老师, 经理, 先生, 医生, 总 ...)"] += 1
                elif any(t.endswith(c, 0, a) for c in CUES_BEFORE):
                    cue["verb or marker before the name (找, 问, 给, 叫, 让, 请, 跟, 和, @ ...)"] += 1
                else:
                    cue["no cue (subject, list, signature, greeting, label)"] += 1
    fnames = sorted({f for _, f in forms})
    print(table(["PERSON form (values)", "zh_CN", "zh_TW"], [[f, forms[("zh_CN", f)], forms[("zh_TW", f)]]
                                                             for f in fnames]))
    print()
    print(table(["PERSON context (occurrences)", "count"], [[k, v] for k, v in cue.most_common()]))
    print()
    # look-alikes
    kinds = collections.Counter()
    kinds_sp = collections.Counter()
    kinds_nopii = collections.Counter()
    for r in records:
        for x in r["lookalikes"]:
            n = len(find_all(r["text"], x["value"]))
            kinds[x["kind"]] += n
            kinds_sp[(x["kind"], r["split"])] += n
            if not r["pii"]:
                kinds_nopii[x["kind"]] += n
    rows = [[k, kinds_sp[(k, "dev")], kinds_sp[(k, "test")], kinds[k], kinds_nopii[k]]
            for k, _ in kinds.most_common()]
    rows.append(["**all**", sum(kinds_sp[(k, "dev")] for k in kinds), sum(kinds_sp[(k, "test")] for k in kinds),
                 sum(kinds.values()), sum(kinds_nopii.values())])
    print(table(["look-alike kind (occurrences)", "dev", "test", "all", "in no-PII prompts"], rows))
    print()
    distinct = collections.defaultdict(set)
    for r in records:
        for x in r["lookalikes"]:
            distinct[x["kind"]].add(x["value"])
    print("distinct look-alike values per kind: " + ", ".join(
        f"{k} {len(v)}" for k, v in sorted(distinct.items(), key=lambda kv: -len(kv[1]))))
    ew = distinct["everyday_word"]
    ew_cn = {v for r in records if r["locale"] == "zh_CN" for x in r["lookalikes"]
             if x["kind"] == "everyday_word" for v in [x["value"]]}
    ew_tw = {v for r in records if r["locale"] == "zh_TW" for x in r["lookalikes"]
             if x["kind"] == "everyday_word" for v in [x["value"]]}
    print(f"distinct everyday_word values: {len(ew)} (in zh_CN prompts {len(ew_cn)}, in zh_TW prompts {len(ew_tw)}); "
          f"distinct first characters: {len({v[0] for v in ew})}")
    nop = [r for r in records if not r["pii"]]
    per = [sum(len(find_all(r["text"], x["value"])) for x in r["lookalikes"]) for r in nop]
    print(f"look-alike occurrences per no-PII prompt: min {min(per)}, median {statistics.median(per)}, "
          f"max {max(per)}")
    # positions of everyday words
    pos = collections.Counter()
    total = 0
    for r in records:
        t = r["text"]
        for x in r["lookalikes"]:
            if x["kind"] != "everyday_word":
                continue
            for a, b in find_all(t, x["value"]):
                total += 1
                before = t[a - 1] if a > 0 else ""
                after = t[b:b + 2]
                if a == 0 or before == "\n":
                    pos["line start"] += 1
                if before in NAME_CUES_BEFORE:
                    pos["after 找/问/给/和/跟/叫/让/请"] += 1
                if any(after.startswith(c) for c in NAME_CUES_AFTER):
                    pos["before 说/来/去/的/今天/明天"] += 1
                if before == "、" or after[:1] in ("、", "和"):
                    pos["in a 、/和 list"] += 1
                if b == len(t) or t[b] in PUNCT:
                    pos["before punctuation or end"] += 1
    print(f"everyday_word occurrences: {total}; by position: " + ", ".join(f"{k} {v}" for k, v in pos.items()))
    lens = [len(r["text"]) for r in records]
    print(f"length (characters): min {min(lens)}, median {statistics.median(lens)}, max {max(lens)}; "
          f"multi-line prompts {sum(1 for r in records if chr(10) in r['text'])}; "
          f"with ASCII letters {sum(1 for r in records if re.search('[A-Za-z]', r['text']))}; "
          f"with emoji {sum(1 for r in records if EMOJI_ANY.search(r['text']))}")
    hard = 0
    for r in records:
        la_occ = [o for x in r["lookalikes"] for o in find_all(r["text"], x["value"])]
        pii_occ = [o for x in r["pii"] for o in find_all(r["text"], x["value"])]
        for a, b in phone_matches(r["text"]):
            if not any(s <= a and b <= e for s, e in pii_occ) and any(s <= a and b <= e for s, e in la_occ):
                hard += 1
    print(f"look-alike spans that PhoneNumberMatcher (VALID; CN/TW/HK) reads as a phone: {hard}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args()
    if a.check:
        ok = check_file(read())
        sys.exit(0 if ok else 1)
    templates, records, person_forms = build()
    write(records)
    if not check_file(records):
        sys.exit(1)
    if a.stats:
        stats(templates, records, person_forms)


if __name__ == "__main__":
    main()
