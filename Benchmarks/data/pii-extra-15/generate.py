#!/usr/bin/env python3
"""Generator of the `pii-extra-15` corpus (see README.md).

    python3 generate.py            # writes corpus.jsonl (deterministic)
    python3 generate.py --stats    # writes corpus.jsonl and prints the count tables
    python3 generate.py --check    # re-checks the written corpus.jsonl

Needs faker and phonenumbers (pip install faker phonenumbers).
"""
import hashlib
import json
import os
import random
import re
import sys
import unicodedata
from collections import Counter, defaultdict

import phonenumbers as pn
from phonenumbers import PhoneNumberFormat as PNF
from faker import Faker

import templates as T

SEED = 20261208_15
PER_TEMPLATE = 5
MAX_TRIES = 500
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "corpus.jsonl")


# ---------------------------------------------------------------------------------------------------------------
# Split: decided by the template id only (written before any template existed)
# ---------------------------------------------------------------------------------------------------------------
def split_of(template_id):
    return "dev" if hashlib.sha256(template_id.encode("utf-8")).digest()[0] % 2 == 0 else "test"


GROUPS = [  # (templates.py list, lang, locale, template-id prefix)
    ("DE", "de", "de_DE", "x15-de-t"),
    ("FR", "fr", "fr_FR", "x15-fr-t"),
    ("ZH", "zh", "zh_CN", "x15-zh-t"),
    ("US", "en", "en_US", "x15-us-t"),
    ("GB", "en", "en_GB", "x15-gb-t"),
]
LANGS = ["en", "de", "fr", "zh"]
HOME = {"de_DE": "DE", "fr_FR": "FR", "zh_CN": "CN", "en_US": "US", "en_GB": "GB"}
LANG_REGIONS = {"de": ["DE", "AT", "CH"], "fr": ["FR", "BE", "CH"], "zh": ["CN", "HK", "TW"], "en": ["US", "GB", "CA"]}
ALL_REGIONS = ["DE", "FR", "GB", "US", "CA", "CN", "HK", "TW", "JP", "KR", "IN", "AU", "IT", "ES", "NL", "PL", "SE"]

# national significant number plans: (prefix, total NSN length)
PLANS = {
    "DE": [("151", 11), ("152", 11), ("160", 10), ("170", 10), ("176", 11), ("30", 10), ("89", 10), ("40", 10),
           ("221", 10), ("69", 10), ("711", 10)],
    "FR": [("6", 9), ("7", 9), ("1", 9), ("2", 9), ("3", 9), ("4", 9), ("5", 9)],
    "GB": [("7", 10), ("20", 10), ("161", 10), ("131", 10), ("113", 10), ("117", 10)],
    "CN": [("13", 11), ("15", 11), ("18", 11), ("17", 11), ("10", 10), ("21", 10), ("571", 11), ("755", 11)],
    "HK": [("9", 8), ("6", 8), ("5", 8), ("2", 8), ("3", 8)],
    "TW": [("9", 9), ("2", 9), ("4", 9), ("7", 9)],
    "JP": [("90", 10), ("80", 10), ("70", 10), ("3", 10), ("6", 10)],
    "IN": [("98", 10), ("97", 10), ("88", 10), ("70", 10), ("63", 10)],
    "AU": [("4", 9), ("2", 9), ("3", 9), ("8", 9)],
    "CH": [("76", 9), ("77", 9), ("78", 9), ("79", 9), ("44", 9), ("22", 9), ("31", 9)],
    "AT": [("664", 10), ("650", 10), ("676", 10), ("1", 9), ("316", 10)],
    "BE": [("47", 9), ("48", 9), ("49", 9), ("2", 8), ("3", 8), ("9", 8)],
    "NL": [("6", 9), ("20", 9), ("10", 9), ("30", 9)],
    "IT": [("33", 10), ("34", 10), ("32", 10), ("06", 10), ("02", 10)],
    "ES": [("6", 9), ("7", 9), ("91", 9), ("93", 9)],
    "KR": [("10", 10), ("2", 9), ("2", 10), ("31", 10), ("51", 10)],
    "PL": [("5", 9), ("6", 9), ("7", 9), ("22", 9), ("12", 9)],
    "PT": [("91", 9), ("93", 9), ("96", 9), ("21", 9), ("22", 9)],
    "SE": [("70", 9), ("72", 9), ("73", 9), ("76", 9), ("8", 9), ("31", 9), ("40", 9)],
    "IE": [("85", 9), ("86", 9), ("87", 9), ("1", 8), ("21", 9)],
}
CA_AREAS = ["416", "647", "604", "514", "403", "613", "780", "902", "204", "306"]
US_AREAS = ["212", "415", "312", "617", "206", "303", "512", "773", "404", "305", "646", "718", "213", "202", "503"]
TRUNK_REGIONS = {"DE", "AT", "CH", "GB", "NL", "BE", "FR", "AU", "IE", "SE"}


def digits(s):
    return "".join(c for c in s if c.isdigit())


class Phones:
    def __init__(self, rng):
        self.rng = rng

    def draw(self, region):
        r = self.rng
        for _ in range(2000):
            if region in ("US", "CA"):
                nsn = r.choice(US_AREAS if region == "US" else CA_AREAS) + str(r.randint(2, 9)) + "".join(str(r.randint(0, 9)) for _ in range(6))
            else:
                p, n = r.choice(PLANS[region])
                nsn = p + "".join(str(r.randint(0, 9)) for _ in range(n - len(p)))
            try:
                num = pn.parse("+%d%s" % (pn.country_code_for_region(region), nsn), None)
            except pn.NumberParseException:
                continue
            if pn.is_valid_number(num) and pn.region_code_for_number(num) == region:
                return num
        raise RuntimeError(region)

    def forms(self, num, region):
        cc = num.country_code
        nsn = pn.national_significant_number(num)
        nat = pn.format_number(num, PNF.NATIONAL)
        intl = pn.format_number(num, PNF.INTERNATIONAL)
        ng = [g for g in re.split(r"[^0-9]+", nat) if g]
        ig = [g for g in re.split(r"[^0-9]+", intl[len("+%d" % cc):]) if g]
        natd = "".join(ng)
        f = [("nat", nat), ("intl", intl), ("e164", "+%d%s" % (cc, nsn)), ("00", "00%d %s" % (cc, " ".join(ig)))]
        if len(ng) >= 2:
            f += [("nat_dash", "-".join(ng)), ("nat_dot", ".".join(ng)), ("nat_space", " ".join(ng)),
                  ("intl_dash", "+%d-%s" % (cc, "-".join(ig))), ("intl_dot", "+%d.%s" % (cc, ".".join(ig)))]
        if natd.startswith("0") and region in TRUNK_REGIONS:
            f.append(("trunk", "+%d (0)%s" % (cc, " ".join(ig))))
            f.append(("trunk", "+%d (0) %s" % (cc, " ".join(ig))))
        if region in ("DE", "AT", "SE") and len(ng) >= 2:
            f.append(("slash", ng[0] + "/" + " ".join(ng[1:])))
            f.append(("slash", ng[0] + " / " + "".join(ng[1:])))
        if natd.startswith("0") and len(ng) >= 2 and region not in ("FR", "BE", "IT"):
            f.append(("paren", "(%s) %s" % (ng[0], " ".join(ng[1:]))))
        if region in ("US", "CA"):
            a, b, c = nsn[:3], nsn[3:6], nsn[6:]
            f += [("us", "%s-%s-%s" % (a, b, c)), ("us", "%s.%s.%s" % (a, b, c)), ("us", "1-%s-%s-%s" % (a, b, c)),
                  ("us", "+1 (%s) %s-%s" % (a, b, c)), ("us", "(%s)%s-%s" % (a, b, c))]
        if region == "CN" and len(nsn) == 11 and nsn[0] == "1":
            f += [("cn", "%s-%s-%s" % (nsn[:3], nsn[3:7], nsn[7:])), ("cn", "%s %s %s" % (nsn[:3], nsn[3:7], nsn[7:])),
                  ("cn", nsn), ("cn", "+86 %s" % nsn), ("cn", "+86-%s-%s-%s" % (nsn[:3], nsn[3:7], nsn[7:]))]
        if region == "CN" and natd.startswith("0"):
            a = natd[:3] if natd[1] in "12" else natd[:4]
            rest = natd[len(a):]
            f += [("cn_area", "%s-%s" % (a, rest)), ("cn_area", "(%s)%s" % (a, rest)),
                  ("cn_area", "%s %s %s" % (a, rest[:4], rest[4:]))]
        if region == "HK":
            f += [("hk", "%s %s" % (nsn[:4], nsn[4:])), ("hk", "+852 %s %s" % (nsn[:4], nsn[4:])),
                  ("hk", "(852) %s-%s" % (nsn[:4], nsn[4:]))]
        if region == "TW" and nsn[0] == "9":
            f += [("tw", "0%s-%s-%s" % (nsn[:3], nsn[3:6], nsn[6:])), ("tw", "+886 %s %s %s" % (nsn[:3], nsn[3:6], nsn[6:]))]
        if region == "JP":
            f += [("jp", "-".join(ng))]
        if region == "KR":
            f += [("kr", "-".join(ng)), ("kr", "+82 %s" % "-".join(ig))]
        if region == "IN" and len(nsn) == 10:
            f += [("in", "+91 %s %s" % (nsn[:5], nsn[5:])), ("in", "0%s %s" % (nsn[:5], nsn[5:]))]
        return f

    def write(self, region, form=None):
        for _ in range(200):
            num = self.draw(region)
            cands = self.forms(num, region)
            if form:
                cands = [c for c in cands if c[0].startswith(form)]
            ok = []
            for name, txt in cands:
                try:
                    back = pn.parse(txt, region)
                except pn.NumberParseException:
                    continue
                if back.country_code == num.country_code and back.national_number == num.national_number \
                        and pn.is_valid_number(back) and pn.region_code_for_number(back) == region:
                    ok.append((name, txt))
            if ok:
                return self.rng.choice(ok)
        raise RuntimeError("no form %s %s" % (region, form))


def phone_valid(value, region):
    try:
        n = pn.parse(value, region)
    except pn.NumberParseException:
        return False
    return pn.is_valid_number(n) and pn.region_code_for_number(n) == region


def phone_hits(text, regions):
    out = []
    for r in regions:
        for m in pn.PhoneNumberMatcher(text, r, leniency=pn.Leniency.VALID):
            out.append((m.start, m.end, m.raw_string))
    return out


def luhn_ok(d):
    s, alt = 0, False
    for ch in reversed(d):
        x = int(ch)
        if alt:
            x *= 2
            if x > 9:
                x -= 9
        s += x
        alt = not alt
    return s % 10 == 0


def iban_ok(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


# ---------------------------------------------------------------------------------------------------------------
# Look-alike generators
# ---------------------------------------------------------------------------------------------------------------
class Looks:
    def __init__(self, rng, lang, locale):
        self.r, self.lang, self.locale = rng, lang, locale

    def d(self, n, first="123456789"):
        return self.r.choice(first) + "".join(self.r.choice("0123456789") for _ in range(n - 1))

    def date(self):
        r, L = self.r, self.lang
        day, m, y = r.randint(1, 28), r.randint(1, 12), r.choice([2025, 2026, 2027])
        if L == "de":
            return r.choice(["%d. %s" % (day, T.MONTHS["de"][m - 1]), "%02d.%02d.%d" % (day, m, y),
                             "%d.%d." % (day, m), "%d. %s %d" % (day, T.MONTHS["de"][m - 1], y)])
        if L == "fr":
            dd = "1er" if day == 1 else str(day)
            return r.choice(["%s %s" % (dd, T.MONTHS["fr"][m - 1]), "%02d/%02d/%d" % (day, m, y),
                             "%s %s %d" % (dd, T.MONTHS["fr"][m - 1], y)])
        if L == "zh":
            return r.choice(["%d月%d日" % (m, day), "%d年%d月%d日" % (y, m, day), "%d号" % day, "%d/%d" % (m, day)])
        if self.locale == "en_US":
            return r.choice(["%s %d" % (T.MONTHS["en"][m - 1], day), "%d/%d/%d" % (m, day, y),
                             "%s %d, %d" % (T.MONTHS["en"][m - 1][:3], day, y)])
        return r.choice(["%d %s" % (day, T.MONTHS["en"][m - 1]), "%02d/%02d/%d" % (day, m, y),
                         "%d %s %d" % (day, T.MONTHS["en"][m - 1][:3], y)])

    def time(self):
        r, L = self.r, self.lang
        h, mi = r.randint(7, 21), r.choice([0, 15, 30, 45, 10, 50])
        if L == "de":
            return r.choice(["%d:%02d Uhr" % (h, mi), "%d Uhr" % h, "%d.%02d" % (h, mi)])
        if L == "fr":
            return r.choice(["%dh%02d" % (h, mi), "%dh" % h, "%d h %02d" % (h, mi)])
        if L == "zh":
            return r.choice(["%d:%02d" % (h, mi), "下午%d点" % (h - 12 if h > 12 else h), "%d点半" % (h % 12 or 12)])
        hh = h - 12 if h > 12 else h
        return r.choice(["%d:%02d" % (h, mi), "%d:%02d%s" % (hh, mi, "pm" if h >= 12 else "am"), "%d%s" % (hh, "pm" if h >= 12 else "am")])

    def price(self):
        r, L = self.r, self.lang
        a, c = r.randint(3, 899), r.choice([0, 50, 99, 95, 49])
        if L == "de":
            return r.choice(["%d,%02d €" % (a, c), "%d €" % a, "EUR %d,%02d" % (a, c)])
        if L == "fr":
            return r.choice(["%d,%02d €" % (a, c), "%d €" % a, "%d euros" % a])
        if L == "zh":
            return r.choice(["¥%d" % a, "%d元" % a, "%d.%d元" % (a, c // 10), "￥%d.%02d" % (a, c)])
        cur = "$" if self.locale == "en_US" else "£"
        return r.choice(["%s%d.%02d" % (cur, a, c), "%s%d" % (cur, a)])

    def safe(self, make):
        for _ in range(100):
            v = make()
            if phone_hits(v, sorted(set(LANG_REGIONS[self.lang] + ["DE", "FR", "GB", "US", "CN", "PL", "SE"]))):
                continue
            ds = digits(v)
            if 13 <= len(ds) <= 19 and luhn_ok(ds):
                continue
            return v
        raise RuntimeError("no safe value")

    def order(self):
        r = self.r
        if self.lang == "zh":
            return self.safe(lambda: "%d%02d%02d%s" % (r.choice([2025, 2026]), r.randint(1, 12), r.randint(1, 28), self.d(5, "0123456789")))
        return self.safe(lambda: r.choice(["#", "", "A-", "ORD-", "Nr. " if self.lang == "de" else "n° " if self.lang == "fr" else "No. "]) + self.d(r.randint(6, 9)))

    def invoice(self):
        r = self.r
        return self.safe(lambda: r.choice(["INV-", "RE-", "FA-", "2026-", "R"]) + self.d(r.randint(4, 6)))

    def version(self):
        r = self.r
        return r.choice(["v", "", "Version " if self.lang != "zh" else "V"]) + "%d.%d.%d" % (r.randint(1, 18), r.randint(0, 12), r.randint(0, 30))

    def vnum(self):
        r = self.r
        return "%d.%d" % (r.randint(1, 18), r.randint(0, 12)) + r.choice(["", ".%d" % r.randint(0, 30)])

    def tracking(self):
        r = self.r
        if self.lang == "zh":
            return self.safe(lambda: r.choice(["SF", "YT", "JD", "ZTO"]) + self.d(12))
        return self.safe(lambda: r.choice(["1Z%s%s" % ("".join(r.choice("ABCDEFGHJKLMNPRSTUVWXY0123456789") for _ in range(6)), self.d(10, "0123456789")),
                                           "JJD%s" % self.d(15), "%s%sDE" % (r.choice(["RR", "LX", "CX"]), self.d(9)),
                                           "6A%s" % self.d(11)]))

    def plz(self):
        r = self.r
        if self.lang == "de":
            return self.d(5, "0123456789").replace("00", "10", 1) if False else "%05d" % r.randint(10115, 99998)
        if self.lang == "fr":
            return "%02d%03d" % (r.randint(1, 95), r.choice([0, 100, 200, 300, 400, 800]))
        if self.lang == "zh":
            return "%d" % r.choice([100000, 200030, 310012, 518000, 610041, 430070, 210008])
        if self.locale == "en_US":
            return "%05d" % r.randint(10001, 98199)
        return r.choice(["SW1A 2AA", "M1 4BT", "EH3 9DR", "BS8 1TH", "LS6 2QE", "CB2 1TN", "OX4 1DB", "N7 8JG"])

    def iban_like(self):
        r = self.r
        for _ in range(100):
            v = "%s%02d %s %s %s %s %s" % (r.choice(["DE", "FR", "GB", "NL"]), r.randint(10, 99), self.d(4, "0123456789"),
                                         self.d(4, "0123456789"), self.d(4, "0123456789"), self.d(4, "0123456789"), self.d(2, "0123456789"))
            if not iban_ok(v) and not phone_hits(v, ["DE", "FR", "GB", "US", "CN"]):
                return v
        raise RuntimeError

    def room(self):
        r = self.r
        n = "%d%02d" % (r.randint(1, 9), r.randint(1, 40))
        if self.lang == "zh":
            return r.choice([n, "A" + n, "B" + n, n + "室"])
        if self.lang == "de":
            return r.choice([n, "R " + n, "%d.%s" % (r.randint(1, 5), n[1:]), "B" + n])
        if self.lang == "fr":
            return r.choice([n, "B" + n, "%s-%s" % (r.choice("ABCD"), n)])
        return r.choice([n, "B" + n, "%d.%s" % (r.randint(1, 5), n[1:]), "%s%s" % (n, r.choice("AB"))])

    def pick(self, kind):
        key = self.locale if self.locale in T.LISTS[kind] else self.lang
        return self.r.choice(T.LISTS[kind][key])


GEN = {"vnum": ("version", "vnum"), "date": ("date", "date"), "time": ("time", "time"), "price": ("price", "price"), "order": ("order", "order"),
       "invoice": ("id", "invoice"), "version": ("version", "version"), "tracking": ("tracking", "tracking"),
       "plz": ("postal_code", "plz"), "ibanlike": ("iban_like", "iban_like"), "room": ("room", "room"),
       "brand": ("brand", None), "place": ("place", None), "figure": ("public-figure", None),
       "product": ("product", None), "month": ("date", None), "weekday": ("date", None), "word": ("word", None)}


# ---------------------------------------------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------------------------------------------
def fold(s):
    s = s.replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii() and (c.isalnum()))


class Names:
    def __init__(self, rng):
        self.r = rng
        self.fk = {}

    def faker(self, loc):
        if loc not in self.fk:
            f = Faker(loc)
            f.seed_instance(self.r.randint(0, 10 ** 9))
            self.fk[loc] = f
        return self.fk[loc]

    def _ok_latin(self, s):
        return s.isalpha() and len(s) >= 3 and s not in T.AVOID and s not in FORBID

    def faker_given(self, loc):
        f = self.faker(loc)
        lang = loc[:2]
        if lang in T.HAND_GIVEN and self.r.random() < 0.35:  # hand list where Faker is narrow
            while True:
                s = self.r.choice(T.HAND_GIVEN[lang])
                if self._ok_latin(s):
                    return s
        while True:
            s = f.first_name()
            if self._ok_latin(s.replace("-", "")) and " " not in s:
                return s

    def family(self, loc):
        f = self.faker(loc)
        while True:
            s = f.last_name()
            if self._ok_latin(s.replace("-", "").replace(" ", "")) and " " not in s:
                return s

    def given(self, loc, lang, mods):
        r = self.r
        kinds = [m for m in mods if m in ("nick", "word", "comp", "plain")]
        kind = kinds[0] if kinds else r.choices(["plain", "nick", "word", "comp"], [45, 28, 15, 12])[0]
        if kind == "plain":
            return self.faker_given(loc), "plain"
        table = {"nick": T.NICKS, "word": T.WORD_GIVEN, "comp": T.COMPOUND_GIVEN}[kind]
        return r.choice(table[lang]), kind

    def family_part(self, loc, lang, mods):
        r = self.r
        if "wsur" in mods:
            return r.choice(T.WORD_SURNAME[lang]), "wsur"
        fam = self.family(loc)
        if "part" in mods or ("nopart" not in mods and r.random() < 0.2):
            p = r.choice(T.PARTICLES[lang])
            if p in ("d'", "d’"):
                return p + r.choice(T.FR_VOWEL_FAMILY), "part"
            if p in ("O'", "Mac", "Mc"):
                return p + fam, "part"
            if p == "St":  # St John, St Clair style: "St" + space is how these are written
                return "St " + fam, "part"
            if False:
                return p + fam, "part"
            if p in ("de", "Le", "de la", "du", "des") and lang == "fr" and fam[:1] in "AEIOUYÉÈÂ":
                return "d'" + fam, "part"
            return p + " " + fam, "part"
        if "dbl" in mods:
            return fam + "-" + self.family(loc), "dbl"
        return fam, "plain"

    def zh_person(self, mods):
        """returns dict with full, given, short(老/小+surname), xiao(小+1-char given)"""
        r, f = self.r, self.faker("zh_CN")
        for _ in range(500):
            if "cs" in mods:
                sur = r.choice(T.ZH_COMPOUND)
            else:
                sur = f.last_name()
                if len(sur) != 1:
                    continue
            if "full2" in mods:
                giv = f.first_name()
                if len(giv) != 1:
                    continue
            elif "g1" in mods:
                giv = r.choice(T.ZH_GIVEN_ONE)
            else:
                giv = r.choice([f.first_name(), r.choice(T.ZH_GIVEN2)])
                if "g2" in mods and len(giv) != 2:
                    continue
            full = sur + giv
            short = r.choice(["老", "小"]) + sur
            xiao = "小" + r.choice(T.ZH_GIVEN_ONE)
            ah = "阿" + r.choice(T.ZH_A_ONE)
            if short in T.ZH_SHORT_AVOID or any(full in t or (len(giv) > 1 and giv in t) or short in t or xiao in t or ah in t for t in ZH_NONE_TEXTS):
                continue
            if full in T.ZH_FAMOUS or giv in T.ZH_FAMOUS or any(full.startswith(w) for w in T.ZH_WORD_STARTS):
                continue
            return {"full": full, "given": giv, "sur": sur,
                    "short": short, "xiao": xiao, "ah": ah}
        raise RuntimeError("zh name")

    def email(self, lang, loc, person):
        r = self.r
        dom = r.choice(T.EMAIL_DOMAINS[loc])
        if person and lang != "zh":
            g, fam = fold(person[0]).lower(), fold(person[1]).lower()
            if not g or not fam:
                g, fam = "kontakt", fold(self.family(loc)).lower()
            user = r.choice(["%s.%s" % (g, fam), "%s%s" % (g[0], fam), "%s_%s" % (g, fam), "%s.%s%d" % (g, fam, r.randint(1, 99)), "%s%d" % (g, r.randint(70, 99))])
        else:
            f = self.faker("en_US")
            user = re.sub(r"[^a-z0-9._]", "", f.user_name().lower())
            if lang == "zh":
                user = r.choice(T.ZH_PINYIN) + r.choice(["", ".", "_"]) + r.choice(T.ZH_PINYIN) + r.choice(["", str(r.randint(80, 99)), str(r.randint(2000, 2019))])
        return user + "@" + dom


# ---------------------------------------------------------------------------------------------------------------
# Template expansion
# ---------------------------------------------------------------------------------------------------------------
SLOT = re.compile(r"\{(G|g|P|F|L|X|T|A|PH|EM|IBAN|CC|IP)(\d)(?::([^}]*))?\}|\{([a-z]+)\}|\[\[([a-z_-]+)\|([^\]]+)\]\]")


def parse_line(line):
    cls, text = line.split("|", 1)
    return cls.strip().split(","), text


def occurrences(text, value):
    out, i = [], text.find(value)
    while i >= 0:
        out.append((i, i + len(value)))
        i = text.find(value, i + 1)
    return out


def expand(tpl, lang, loc, names, phones, looks, fakers):
    r = names.r
    persons, ph, ems = {}, {}, {}
    pii, looks_out = [], []
    out = []
    pos = 0

    def person(idx, mods):
        key = idx
        if key not in persons:
            if lang == "zh":
                persons[key] = names.zh_person(mods)
            else:
                while True:
                    g, gk = names.given(loc, lang, mods)
                    fam, fk = names.family_part(loc, lang, mods)
                    if g.lower() not in fam.lower() and fam.lower() not in g.lower():
                        break
                persons[key] = {"given": g, "family": fam, "gk": gk, "fk": fk}
        return persons[key]

    def emit(s, kind=None, typ=None, meta=None):
        nonlocal pos
        start = pos
        out.append(s)
        pos += len(s)
        if typ:
            d = {"type": typ, "value": s, "start": start, "end": pos}
            if meta:
                d.update(meta)
            pii.append(d)
        elif kind:
            looks_out.append({"kind": kind, "value": s, "start": start, "end": pos})

    last = 0
    for m in SLOT.finditer(tpl):
        emit(tpl[last:m.start()])
        last = m.end()
        if m.group(1):
            t, idx, mods = m.group(1), m.group(2), (m.group(3) or "").split(",")
            if t in ("G", "g", "P", "F"):
                p = person(idx, mods)
                if lang == "zh":
                    v = {"G": p["given"], "g": p["given"], "P": p["full"], "F": p["full"]}[t]
                    form = "given" if t in "Gg" else ("cs" if "cs" in mods else "full%d" % len(p["full"]))
                else:
                    if t == "G":
                        v, form = p["given"], "given:" + p["gk"]
                    elif t == "g":
                        v, form = p["given"].lower(), "lower:" + p["gk"]
                    elif t == "P":
                        v, form = p["given"] + " " + p["family"], "full:" + p["fk"]
                    else:
                        v, form = p["family"], "family:" + p["fk"]
                if lang == "fr" and out and v[:1] in FR_VOWELS:  # elision: de Anne -> d'Anne, que Isa -> qu'Isa
                    m2 = re.search(r"(^|[\s(«])([Dd]e|[Qq]ue) $", out[-1])
                    if m2:
                        cut = len(m2.group(2)) + 1
                        out[-1] = out[-1][:-cut] + m2.group(2)[:-1] + "'"
                        pos -= cut - (len(m2.group(2)) - 1 + 1)
                emit(v, typ="PERSON", meta={"_form": form, "_p": idx, "_gen": "gen" in mods})
                if "gen" in mods:  # possessive / genitive ending, plain text
                    if lang == "en":
                        emit("'s")
                    else:
                        emit("'" if v[-1] in "sßxz" else "s")
            elif t == "L":
                p = person(idx, mods)
                emit(p["short"], typ="PERSON", meta={"_form": "laoxiao", "_p": idx})
            elif t == "X":
                p = person(idx, mods)
                emit(p["xiao"], typ="PERSON", meta={"_form": "xiao_given", "_p": idx})
            elif t == "A":
                p = person(idx, mods)
                emit(p["ah"], typ="PERSON", meta={"_form": "a_given", "_p": idx})
            elif t == "T":  # surname + title (张总, 李经理, 欧阳老师): the label is the surname, the title is plain text
                title, rest = mods[0], mods[1:]
                p = person(idx, rest)
                emit(p["sur"], typ="PERSON", meta={"_form": "sur_title" + ("_cs" if len(p["sur"]) > 1 else ""), "_p": idx})
                emit(title)
            elif t == "PH":
                reg = HOME[loc]
                form = None
                if mods and mods[0]:
                    bits = mods[0].split(":") if ":" in mods[0] else mods
                    if bits[0] == "any":
                        reg = r.choice(ALL_REGIONS)
                    elif bits[0] in PLANS:
                        reg = bits[0]
                    elif bits[0] not in ("", "HOME"):
                        reg = r.choice(bits[0].split("/"))
                    if len(bits) > 1 and bits[1]:
                        form = bits[1]
                if idx not in ph:
                    ph[idx] = (phones.write(reg, form), reg)
                (fname, txt), reg = ph[idx]
                emit(txt, typ="PHONE", meta={"region": reg, "_form": fname})
            elif t == "EM":
                if idx not in ems:
                    p = persons.get(idx)
                    pe = None
                    if p and lang != "zh":
                        pe = (p["given"], p["family"].split()[-1].replace("d'", "").replace("d’", ""))
                    ems[idx] = names.email(lang, loc, pe)
                emit(ems[idx], typ="EMAIL")
            elif t == "IBAN":
                f = fakers[r.choice(["de_DE", "fr_FR", "en_GB", "nl_NL"]) if lang == "en" else loc if lang != "zh" else "de_DE"]
                v = f.iban()
                if r.random() < 0.6:
                    v = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
                emit(v, typ="IBAN")
            elif t == "CC":
                f = fakers["en_US"]
                while True:
                    v = f.credit_card_number(card_type=r.choice(["visa16", "mastercard", "amex"]))
                    if luhn_ok(v):
                        break
                if len(v) == 16 and r.random() < 0.7:
                    v = " ".join(v[i:i + 4] for i in range(0, 16, 4)) if r.random() < 0.5 else "-".join(v[i:i + 4] for i in range(0, 16, 4))
                emit(v, typ="CREDIT_CARD")
            elif t == "IP":
                f = fakers["en_US"]
                emit(f.ipv4_public() if r.random() < 0.85 else f.ipv6(), typ="IP_ADDRESS")
        elif m.group(4):
            slot = m.group(4)
            kind, meth = GEN[slot]
            if meth:
                v = looks.safe(getattr(looks, meth))
            elif slot == "month":
                v = r.choice(T.MONTHS["zh" if lang == "zh" else lang])
            elif slot == "weekday":
                v = r.choice(T.WEEKDAYS[lang])
            else:
                v = looks.pick(slot)
            emit(v, kind=kind)
        else:
            emit(m.group(6), kind=m.group(5))
    emit(tpl[last:])
    return "".join(out), pii, looks_out, persons


FR_VOWELS = set("AEIOUYÉÈÊÂÎÔaeiouyéèêâîô")


def inside(span, spans):
    return any(a <= span[0] and span[1] <= b for a, b in spans)


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def check_draw(text, lang, pii, looks):
    """Returns an error string or None."""
    pspans = [(p["start"], p["end"]) for p in pii]
    for p in pii:
        if text[p["start"]:p["end"]] != p["value"]:
            return "span"
        for occ in occurrences(text, p["value"]):
            if not inside(occ, pspans):
                return "value outside a planted span: " + p["value"]
        if p["type"] == "PERSON" and lang != "zh":
            a, b = p["start"], p["end"]
            right_glued = b < len(text) and (text[b].isalpha() or text[b] == "-")
            if right_glued and p.get("_gen") and text[b] == "s" and (b + 1 == len(text) or not text[b + 1].isalpha()):
                right_glued = False
            if (a > 0 and (text[a - 1].isalpha() or text[a - 1] == "-")) or right_glued:
                return "glued name"
        if p["type"] == "PHONE" and not phone_valid(p["value"], p["region"]):
            return "phone invalid"
        if p["type"] == "IBAN" and not iban_ok(p["value"]):
            return "iban invalid"
        if p["type"] == "CREDIT_CARD" and not luhn_ok(digits(p["value"])):
            return "cc invalid"
    # distinct persons must not contain each other
    byp = {}
    for p in pii:
        if p["type"] == "PERSON":
            byp.setdefault(p["_p"], set()).add(p["value"])
    for i in byp:
        for j in byp:
            if i < j and any(a == b or a in b or b in a for a in byp[i] for b in byp[j]):
                return "two persons share a name"
    vals = [p["value"] for p in pii if p["type"] == "PERSON"]
    for i, a in enumerate(vals):
        for b in vals[i + 1:]:
            if a != b and (a in b or b in a):
                return "nested names"
    for l in looks:
        if text[l["start"]:l["end"]] != l["value"]:
            return "look span"
        for occ in occurrences(text, l["value"]):
            if any(overlaps(occ, s) for s in pspans):
                return "look-alike overlaps pii"
    # phone matcher finds nothing outside labelled phones
    regions = sorted(set(LANG_REGIONS[lang] + ["DE", "FR", "GB", "US", "CN"] + [p["region"] for p in pii if p["type"] == "PHONE"]))
    phspans = [(p["start"], p["end"]) for p in pii if p["type"] in ("PHONE", "CREDIT_CARD", "IBAN", "IP_ADDRESS")]
    for a, b, raw in phone_hits(text, regions):
        if not any(overlaps((a, b), s) for s in phspans):
            return "unlabelled phone-like number: " + raw
    # no valid IBAN / Luhn card outside labels
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\b", text):
        if iban_ok(m.group(0)) and not any(overlaps(m.span(), s) for s in phspans):
            return "unlabelled iban"
    for m in re.finditer(r"(?<!\d)[3-6]\d{12,18}(?!\d)", text):
        if luhn_ok(m.group(0)) and not any(overlaps(m.span(), s) for s in phspans):
            return "unlabelled card"
    return None


def _forbidden():
    """Words of the no-PII templates and of the look-alike lists: a Faker name equal to one is not drawn, so that
    no PII value of a PII prompt shows up in a no-PII prompt (given names that are words are the intended
    exception: WORD_GIVEN)."""
    words, zh = set(), []
    for key in ("DE", "FR", "US", "GB"):
        for line in getattr(T, key):
            if "none" in line.split("|", 1)[0].split(","):
                words.update(re.findall(r"[^\W\d_]+", SLOT.sub(" ", line.split("|", 1)[1])))
                words.update(re.findall(r"[^\W\d_]+", " ".join(m[1] for m in re.findall(r"\[\[([a-z_-]+)\|([^\]]+)\]\]", line))))
    for key in ("ZH",):
        for line in getattr(T, key):
            if "none" in line.split("|", 1)[0].split(","):
                zh.append(re.sub(r"\[\[[a-z_-]+\|([^\]]+)\]\]", r"\1", line.split("|", 1)[1]))
    for kind in T.LISTS.values():
        for loc, vals in kind.items():
            for v in vals:
                if loc.startswith("zh"):
                    zh.append(v)
                else:
                    words.update(re.findall(r"[^\W\d_]+", v))
    for L in list(T.MONTHS.values()) + list(T.WEEKDAYS.values()):
        words.update(L)
    return words, zh


FORBID, ZH_NONE_TEXTS = _forbidden()


def all_templates():
    out = []
    for key, lang, loc, prefix in GROUPS:
        for i, line in enumerate(getattr(T, key), 1):
            cls, text = parse_line(line)
            out.append((prefix + "%03d" % i, lang, loc, cls, text))
    return out


def generate():
    rng = random.Random(SEED)
    names = Names(rng)
    phones = Phones(rng)
    fakers = {}
    for loc in ["de_DE", "fr_FR", "en_GB", "en_US", "nl_NL", "zh_CN"]:
        f = Faker(loc)
        f.seed_instance(rng.randint(0, 10 ** 9))
        fakers[loc] = f
    seen = set()
    earlier = earlier_texts()
    recs = []
    for tid, lang, loc, cls, text in all_templates():
        looks = Looks(rng, lang, loc)
        made = 0
        for _ in range(MAX_TRIES):
            t, pii, lk, persons = expand(text, lang, loc, names, phones, looks, fakers)
            if t in seen or t in earlier:
                continue
            err = check_draw(t, lang, pii, lk)
            if err:
                continue
            seen.add(t)
            recs.append({"tid": tid, "lang": lang, "loc": loc, "cls": cls, "text": t, "pii": pii, "looks": lk})
            made += 1
            if made == PER_TEMPLATE:
                break
        if made < PER_TEMPLATE:
            raise SystemExit("template %s made only %d prompts: %s (last error %s)" % (tid, made, text, err))
    return recs


def to_lines(recs):
    n = Counter()
    lines = []
    order = {"de": 0, "fr": 1, "zh": 2, "en": 3}
    for r in sorted(recs, key=lambda r: order[r["lang"]]):
        n[r["lang"]] += 1
        pii, seen = [], set()
        for p in r["pii"]:
            k = (p["type"], p["value"])
            if k in seen:
                for q in pii:
                    if (q["type"], q["value"]) == k:
                        q["spans"].append([p["start"], p["end"]])
                continue
            seen.add(k)
            d = {"type": p["type"], "value": p["value"]}
            if "region" in p:
                d["region"] = p["region"]
            d["spans"] = [[p["start"], p["end"]]]
            pii.append(d)
        la, seen = [], set()
        for l in r["looks"]:
            k = (l["kind"], l["value"])
            if k not in seen:
                seen.add(k)
                la.append({"kind": l["kind"], "value": l["value"]})
        for d in pii:
            for a, b in d["spans"]:
                assert r["text"][a:b] == d["value"], (r["text"], d)
        lines.append({"id": "x15-%s-%04d" % (r["lang"], n[r["lang"]]), "locale": r["loc"], "lang": r["lang"],
                      "text": r["text"], "pii": pii, "lookalikes": la, "template": r["tid"],
                      "split": split_of(r["tid"])})
    return lines


def earlier_texts():
    """Texts of the earlier corpora (../pii*/*.jsonl): a draw equal to one of them is drawn again."""
    earlier = set()
    base = os.path.dirname(HERE)
    for dn in sorted(os.listdir(base)):
        dp = os.path.join(base, dn)
        if dn.startswith("pii") and dn != "pii-extra-15" and os.path.isdir(dp):
            for fn in sorted(os.listdir(dp)):
                if fn.endswith(".jsonl"):
                    for l in open(os.path.join(dp, fn), encoding="utf-8"):
                        try:
                            earlier.add(json.loads(l)["text"])
                        except (ValueError, KeyError, TypeError):
                            pass
    return earlier


def run_check(path=OUT):
    recs = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
    errors = []
    texts = set()
    pii_vals = set()
    word_like = set(v for L in T.WORD_GIVEN.values() for v in L) | set(T.ZH_GIVEN_ONE) | \
        set(v for L in T.WORD_SURNAME.values() for v in L) | set(v for L in T.NICKS.values() for v in L)
    for r in recs:
        t = r["text"]
        if t in texts:
            errors.append((r["id"], "duplicate"))
        texts.add(t)
        if r["split"] != split_of(r["template"]):
            errors.append((r["id"], "split"))
        if r["lang"] not in LANGS:
            errors.append((r["id"], "lang"))
        for p in r["pii"]:
            for a, b in p["spans"]:
                if t[a:b] != p["value"]:
                    errors.append((r["id"], "span mismatch " + p["value"]))
            if t.count(p["value"]) != len(p["spans"]):
                errors.append((r["id"], "value occurs outside its spans " + p["value"]))
            if p["type"] == "PHONE" and not phone_valid(p["value"], p["region"]):
                errors.append((r["id"], "phone"))
            if p["type"] == "PERSON" and p["value"].lower() not in {w.lower() for w in word_like} and len(p["value"]) >= 2:
                pii_vals.add(p["value"])
            if p["type"] != "PERSON":
                pii_vals.add(p["value"])
        for l in r["lookalikes"]:
            if l["value"] not in t:
                errors.append((r["id"], "look-alike missing"))
        if not r["pii"]:
            regs = LANG_REGIONS[r["lang"]] + ["DE", "FR", "GB", "US", "CN"]
            if phone_hits(t, sorted(set(regs))):
                errors.append((r["id"], "phone-like number in no-PII prompt"))
    # no PII value (other than given names that are also words) appears in a no-PII prompt
    nopii = [r for r in recs if not r["pii"]]
    leak = []
    for r in nopii:
        for v in pii_vals:
            if len(v) >= 3 and v in r["text"]:
                if r["lang"] != "zh" and re.search(r"(?<![^\W\d_])" + re.escape(v) + r"(?![^\W\d_])", r["text"]):
                    leak.append((r["id"], v))
                elif r["lang"] == "zh":
                    leak.append((r["id"], v))
    earlier = earlier_texts()
    for r in recs:
        if r["text"] in earlier:
            errors.append((r["id"], "text equal to an earlier corpus"))
    for r in recs:
        if not r["pii"] and not r["lookalikes"]:
            errors.append((r["id"], "no-PII prompt without look-alike"))
    print("earlier corpus texts compared: %d" % len(earlier))
    return recs, errors, leak


def main():
    if "--check" in sys.argv:
        recs, errors, leak = run_check()
        for e in errors[:30]:
            print("ERROR", e)
        for e in leak[:30]:
            print("PII value in a no-PII prompt", e)
        print("checked %d records: %s; PII values found in no-PII prompts: %d" % (len(recs), "ok" if not errors else "%d errors" % len(errors), len(leak)))
        sys.exit(1 if errors or leak else 0)
    recs = generate()
    lines = to_lines(recs)
    with open(OUT, "w", encoding="utf-8") as f:
        for d in lines:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    if "--stats" in sys.argv:
        print_stats(lines, recs)


def table(head, rows):
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    for r in rows:
        print("| " + " | ".join(str(x) for x in r) + " |")
    print()


CLASS_NAMES = {"subj": "name as subject, no cue word", "obj": "name as object of a verb (remind X, 给X, 问X)",
               "prep": "name after a preposition / coverb", "poss": "possessive (X's, von X, de X, X的)",
               "list": "names in lists", "greet": "greeting lines, sign-offs",
               "form": "forwarded headers, tickets, forms (Name: ...)", "lower": "lower-case names in casual chat",
               "q": "name in a question", "wordname": "given names that are words, as names or as words",
               "nick": "nicknames / short forms", "comp": "hyphenated given names, particles",
               "zh": "Chinese full / given names without cue", "zhfam": "小X / 老X / 阿X, surname + title; or surname-character words",
               "brandlook": "brands / public figures / places as look-alikes",
               "phone": "phone numbers", "email": "e-mail addresses", "fin": "IBAN / credit card / IP",
               "none": "no PII, look-alikes only"}


def print_stats(lines, recs):
    L4 = LANGS + ["all"]
    tpls = all_templates()
    print("Templates: %d, prompts: %d" % (len(tpls), len(lines)))
    rows = []
    tl = defaultdict(Counter)
    for tid, lang, loc, cls, text in tpls:
        for k in (lang, "all"):
            tl[k]["all"] += 1
            tl[k]["no PII" if "none" in cls else "with PII"] += 1
            tl[k][split_of(tid)] += 1
    for row in ["with PII", "no PII", "dev", "test", "all"]:
        rows.append([row] + [tl[l][row] for l in L4])
    table(["templates"] + L4, rows)
    pc = defaultdict(Counter)
    for d in lines:
        for k in (d["lang"], "all"):
            pc[k][d["split"]] += 1
            pc[k]["all"] += 1
            if not d["pii"]:
                pc[k]["no-PII " + d["split"]] += 1
                pc[k]["no-PII all"] += 1
    rows = [[row] + [pc[l][row] for l in L4] for row in ["dev", "test", "all", "no-PII dev", "no-PII test", "no-PII all"]]
    rows.append(["no-PII share"] + ["%.1f%%" % (100 * pc[l]["no-PII all"] / pc[l]["all"]) for l in L4])
    rows.append(["language share"] + ["%.1f%%" % (100 * pc[l]["all"] / pc["all"]["all"]) for l in L4])
    table(["prompts"] + L4, rows)
    loc = Counter(d["locale"] for d in lines)
    print("Locales: " + ", ".join("%s %d" % kv for kv in sorted(loc.items())) + "\n")
    vc = defaultdict(Counter)
    for d in lines:
        for p in d["pii"]:
            for k in (d["lang"], d["split"], "all"):
                vc[p["type"]][k] += 1
    cols = L4[:-1] + ["dev", "test", "all"]
    table(["PII values"] + cols, [[t] + [vc[t][c] for c in cols] for t in
                                  sorted(vc, key=lambda t: -vc[t]["all"])])
    rc = defaultdict(Counter)
    for d in lines:
        for p in d["pii"]:
            if p["type"] == "PHONE":
                rc[p["region"]][d["split"]] += 1
                rc[p["region"]]["all"] += 1
    regs = sorted(rc, key=lambda r: -rc[r]["all"])
    table(["region"] + regs, [["values"] + [rc[r]["all"] for r in regs],
                              ["dev/test"] + ["%d/%d" % (rc[r]["dev"], rc[r]["test"]) for r in regs]])
    forms = Counter(p["_form"] for r in recs for p in r["pii"] if p["type"] == "PHONE")
    print("Phone forms: " + ", ".join("%s %d" % kv for kv in forms.most_common()) + "\n")
    lk = defaultdict(Counter)
    for d in lines:
        for l in d["lookalikes"]:
            n = d["text"].count(l["value"])
            for k in (d["lang"], d["split"], "all"):
                lk[l["kind"]][k] += n
    kinds = sorted(lk, key=lambda k: -lk[k]["all"])
    rows = [[k] + [lk[k][c] for c in cols] for k in kinds]
    rows.append(["**all**"] + [sum(lk[k][c] for k in kinds) for c in cols])
    table(["look-alike kind (occurrences)"] + cols, rows)
    cc = defaultdict(Counter)
    for tid, lang, loc_, cls, text in tpls:
        for c in cls:
            cc[c][lang] += 1
            cc[c]["all"] += 1
            cc[c][split_of(tid)] += 1
    table(["class (templates; a template can be in several)"] + L4 + ["dev", "test"],
          [[c + ": " + CLASS_NAMES[c]] + [cc[c][l] for l in L4] + [cc[c]["dev"], cc[c]["test"]] for c in CLASS_NAMES])
    fc = defaultdict(Counter)
    for r in recs:
        seen = set()
        for p in r["pii"]:
            if p["type"] == "PERSON" and p["value"] not in seen:
                seen.add(p["value"])
                fc[p["_form"]][r["lang"]] += 1
    table(["PERSON values by form"] + LANGS, [[f] + [fc[f][l] for l in LANGS] for f in sorted(fc, key=lambda f: -sum(fc[f].values()))])
    nl = [d for d in lines if not d["pii"]]
    print("no-PII prompts with >= 1 look-alike: %d of %d; with >= 2: %d" % (
        sum(1 for d in nl if d["lookalikes"]), len(nl), sum(1 for d in nl if len(d["lookalikes"]) >= 2)))
    lens = sorted(len(d["text"]) for d in lines)
    print("Length %d-%d characters (median %d); %d prompts have more than one line." % (
        lens[0], lens[-1], lens[len(lens) // 2], sum(1 for d in lines if "\n" in d["text"])))


if __name__ == "__main__":
    main()
