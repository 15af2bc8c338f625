#!/usr/bin/env python3
"""Generator for the `pii-extra-11` corpus (bare given names, Chinese names, oddly grouped phones, hard look-alikes).

    python3 generate.py            # writes corpus.jsonl
    python3 generate.py --stats    # writes corpus.jsonl and prints the tables of README.md
    python3 generate.py --check    # re-runs the checks on the written corpus.jsonl (does not rewrite it)

One random.Random(SEED) drives every draw; the Faker instances are seeded from it. Faker 40.63.0 and
phonenumbers 9.0.43 were used (another version gives a warning and may give a different, equally valid file).
The split is decided by the template id only (see split_of); the rule was fixed before any template was written.
"""
import collections
import glob
import hashlib
import json
import os
import random
import re
import sys

import faker
import phonenumbers as pn
from phonenumbers import PhoneNumberFormat as PNF, PhoneNumberType as PNT

import templates as T

SEED = 20261207
PER_TEMPLATE = 5
MAX_TRIES = 400
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "corpus.jsonl")

if faker.VERSION != "40.63.0":
    print("warning: Faker %s, 40.63.0 was used; the file may differ" % faker.VERSION, file=sys.stderr)
if pn.__version__ != "9.0.43":
    print("warning: phonenumbers %s, 9.0.43 was used; the file may differ" % pn.__version__, file=sys.stderr)


# ----------------------------------------------------------------------------------------------------------
# Split: fixed before any template was written. Depends on the template id only.
# ----------------------------------------------------------------------------------------------------------
def split_of(template_id):
    return "dev" if hashlib.sha256(template_id.encode("utf-8")).digest()[0] % 2 == 0 else "test"


# ----------------------------------------------------------------------------------------------------------
# Groups, locales, regions
# ----------------------------------------------------------------------------------------------------------
GROUPS = [  # (key in templates.py, lang, template-id prefix, locale choices with weights)
    ("de", "de", "de", [("de_DE", 60), ("de_AT", 20), ("de_CH", 20)]),
    ("fr", "fr", "fr", [("fr_FR", 70), ("fr_BE", 15), ("fr_CH", 15)]),
    ("zh_cn", "zh", "zh", [("zh_CN", 100)]),
    ("zh_tw", "zh", "zh", [("zh_TW", 100)]),
    ("zh_hk", "zh", "zh", [("zh_HK", 100)]),
    ("us", "en", "us", [("en_US", 100)]),
    ("gb", "en", "gb", [("en_GB", 100)]),
]
LANGS = ["en", "de", "fr", "zh"]
FAKER_LOCALE = {"de_DE": "de_DE", "de_AT": "de_AT", "de_CH": "de_CH", "fr_FR": "fr_FR", "fr_BE": "fr_BE",
                "fr_CH": "fr_CH", "zh_CN": "zh_CN", "zh_TW": "zh_TW", "zh_HK": "zh_TW", "en_US": "en_US",
                "en_GB": "en_GB"}
LANG_REGIONS = {"de": ["DE", "AT", "CH"], "fr": ["FR", "BE", "CH"], "zh": ["CN", "HK", "TW"], "en": ["US", "GB"]}
HOME = {"de_DE": "DE", "de_AT": "AT", "de_CH": "CH", "fr_FR": "FR", "fr_BE": "BE", "fr_CH": "CH", "zh_CN": "CN",
        "zh_TW": "TW", "zh_HK": "HK", "en_US": "US", "en_GB": "GB"}

# region -> list of (prefix, nsn length, area-code length or 0 for mobile); every draw is validated
PLANS = {
    "CN": [("138", 11, 0), ("139", 11, 0), ("137", 11, 0), ("186", 11, 0), ("158", 11, 0), ("177", 11, 0),
           ("199", 11, 0), ("135", 11, 0), ("150", 11, 0), ("189", 11, 0), ("10", 10, 2), ("21", 10, 2),
           ("20", 10, 2), ("755", 11, 3), ("571", 11, 3), ("28", 10, 2), ("532", 11, 3)],
    "HK": [("9", 8, 0), ("6", 8, 0), ("5", 8, 0), ("2", 8, -1), ("3", 8, -1)],
    "TW": [("9", 9, 0), ("2", 9, 1), ("4", 9, 1), ("7", 9, 1)],
    "DE": [("151", 11, 0), ("160", 11, 0), ("170", 11, 0), ("176", 11, 0), ("157", 11, 0), ("30", 10, 2),
           ("40", 10, 2), ("89", 10, 2), ("221", 10, 3), ("69", 10, 2), ("711", 10, 3), ("351", 10, 3)],
    "AT": [("664", 10, 0), ("676", 10, 0), ("699", 11, 0), ("1", 8, 1), ("316", 9, 3), ("512", 9, 3)],
    "CH": [("79", 9, 0), ("78", 9, 0), ("76", 9, 0), ("44", 9, 2), ("31", 9, 2), ("61", 9, 2), ("22", 9, 2)],
    "FR": [("6", 9, 0), ("7", 9, 0), ("1", 9, 1), ("4", 9, 1), ("5", 9, 1), ("2", 9, 1), ("3", 9, 1)],
    "BE": [("47", 9, 0), ("48", 9, 0), ("49", 9, 0), ("2", 8, 1), ("4", 8, 1), ("9", 8, 1)],
    "GB": [("77", 10, 0), ("78", 10, 0), ("79", 10, 0), ("74", 10, 0), ("20", 10, 2), ("161", 10, 3),
           ("121", 10, 3), ("113", 10, 3), ("131", 10, 3), ("1865", 10, 4)],
    "IE": [("83", 9, 0), ("85", 9, 0), ("86", 9, 0), ("87", 9, 0), ("1", 8, 1), ("21", 9, 2)],
    "US": [], "CA": [],
    "IN": [("98", 10, 0), ("99", 10, 0), ("70", 10, 0), ("81", 10, 0), ("90", 10, 0), ("11", 10, 2),
           ("22", 10, 2), ("80", 10, 2)],
    "JP": [("90", 10, 0), ("80", 10, 0), ("70", 10, 0), ("3", 10, 1), ("6", 10, 1), ("45", 10, 2)],
    "KR": [("10", 10, 0), ("2", 9, 1), ("2", 10, 1), ("31", 10, 2), ("51", 10, 2)],
    "AU": [("4", 9, 0), ("2", 9, 1), ("3", 9, 1), ("7", 9, 1), ("8", 9, 1)],
}
US_AREAS = ["212", "415", "312", "617", "206", "303", "512", "713", "404", "305", "646", "718", "510", "202", "503"]
CA_AREAS = ["416", "604", "514", "403", "613"]
TRUNK0 = {"IE", "DE", "AT", "CH", "FR", "BE", "GB", "AU", "IN", "JP", "KR", "TW", "CN"}
LINE_TYPES = {PNT.MOBILE: "mobile", PNT.FIXED_LINE: "fixed line", PNT.FIXED_LINE_OR_MOBILE: "fixed line or mobile"}
CUES = {
    "de": ["tel", "telefon", "handy", "nummer", "durchwahl", "anruf", "mobil", "natel", "festnetz", "whatsapp"],
    "fr": ["tél", "tel", "portable", "numéro", "natel", "appel", "fixe", "mobile", "gsm", "whatsapp"],
    "zh": ["电话", "電話", "手机", "手機", "号码", "號碼", "打给", "打給", "致电", "联系", "聯絡", "微信", "座机", "來電"],
    "en": ["phone", "call", "cell", "mobile", "number", "ring", "tel", "text", "whatsapp", "landline", "dial"],
}


def digits_only(s):
    return "".join(ch for ch in s if ch.isdigit())


def regroup(s, sizes, sep):
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return sep.join(g for g in out if g)


class Phones:
    def __init__(self, rng):
        self.rng = rng

    def draw(self, region):
        rng = self.rng
        for _ in range(1000):
            if region in ("US", "CA"):
                area = rng.choice(US_AREAS if region == "US" else CA_AREAS)
                nsn = area + str(rng.randint(2, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(6))
                alen = 3
            else:
                p, l, alen = rng.choice(PLANS[region])
                nsn = p + "".join(str(rng.randint(0, 9)) for _ in range(l - len(p)))
            num = pn.parse("+%d%s" % (pn.country_code_for_region(region), nsn), None)
            if (pn.is_valid_number(num) and pn.region_code_for_number(num) == region
                    and pn.number_type(num) in LINE_TYPES):
                return num, alen
        raise RuntimeError("no valid number for " + region)

    def forms(self, num, alen, region):
        """Candidate written forms: list of (form name, text)."""
        cc = num.country_code
        nsn = pn.national_significant_number(num)
        nat = pn.format_number(num, PNF.NATIONAL)
        intl = pn.format_number(num, PNF.INTERNATIONAL)
        t = "0" if region in TRUNK0 else ("1" if region in ("US", "CA") else "")
        natd = digits_only(nat)  # national digits as written in the country (with trunk 0 where it is dialled)
        igr = [g for g in re.split(r"[^0-9]+", intl[len("+%d" % cc):]) if g]
        ngr = [g for g in re.split(r"[^0-9]+", nat) if g]
        if not natd.startswith("0"):
            t = ""
        out = [("nat", nat), ("intl", intl), ("compact", natd), ("e164", "+%d%s" % (cc, nsn)),
               ("intl_00", "00%d %s" % (cc, " ".join(igr)))]
        if len(ngr) >= 2:
            out += [("nat_dash", "-".join(ngr)), ("nat_dot", ".".join(ngr)), ("nat_space", " ".join(ngr)),
                    ("intl_dash", "+%d-%s" % (cc, "-".join(igr))), ("intl_dot", "+%d.%s" % (cc, ".".join(igr)))]
        if natd.startswith("0") and region in ("DE", "AT", "CH", "FR", "BE", "GB", "AU", "IE"):
            out.append(("intl_trunk", "+%d (0)%s" % (cc, " ".join(igr))))
            out.append(("intl_trunk", "+%d (0) %s" % (cc, " ".join(igr))))
        if region in ("DE", "AT", "CH") and len(ngr) >= 2:
            out.append(("nat_slash", ngr[0] + "/" + "".join(ngr[1:])))
            out.append(("nat_slash", ngr[0] + " / " + " ".join(ngr[1:])))
        if alen > 0 and natd.startswith("0") and region not in ("FR", "BE"):
            a, rest = natd[:alen + 1], natd[alen + 1:]
            out.append(("nat_paren", "(%s) %s" % (a, regroup(rest, [len(rest) // 2], " "))))
            out.append(("nat_paren", "(%s) %s" % (a, regroup(rest, [len(rest) - 4], "-"))))
            out.append(("nat_area_dash", "%s-%s" % (a, rest)))
        # odd groupings of the national digits, as people type them
        for _ in range(2):
            s = natd
            sizes, left = [], len(s)
            while left > 4:
                k = self.rng.choice([k for k in (2, 3, 3, 4, 4) if left - k >= 2] or [2])
                sizes.append(k)
                left -= k
            out.append(("nat_odd", regroup(s, sizes, self.rng.choice([" ", "-", " ", "."]))))
        if alen == 0:
            out.append(("mcompact", natd))
        if region == "CN" and alen == 0:
            d = natd
            out += [("cn_434", regroup(d, [4, 3], "-")), ("cn_443", regroup(d, [4, 4], " ")),
                    ("cn_344", regroup(d, [3, 4], " ")), ("cn_344", regroup(d, [3, 4], "-")),
                    ("intl_cn", "+86 " + regroup(d, [3, 4], "-")), ("intl_cn", "+86 " + regroup(d, [3, 4], " ")),
                    ("intl_cn", "+86 " + d)]
        if region == "CN" and alen > 0:
            a, rest = natd[:alen + 1], natd[alen + 1:]
            out += [("cn_area", "(%s) %s %s" % (a, rest[:4], rest[4:])), ("cn_area", "%s-%s" % (a, rest)),
                    ("cn_area", "%s %s %s" % (a, rest[:4], rest[4:])), ("cn_area", "(%s)%s" % (a, rest))]
        if region == "HK":
            out += [("hk", nsn[:4] + " " + nsn[4:]), ("hk", "+852 %s-%s" % (nsn[:4], nsn[4:])),
                    ("hk", "+852 %s %s" % (nsn[:4], nsn[4:])), ("hk", "(852) %s %s" % (nsn[:4], nsn[4:])),
                    ("hk", nsn[:4] + "-" + nsn[4:])]
        if region == "TW" and alen == 0:
            d = natd
            out += [("tw", regroup(d, [4, 3], "-")), ("tw", regroup(d, [4, 3], " ")),
                    ("tw", "+886 " + regroup(nsn, [3, 3], " ")), ("tw", "+886-" + regroup(nsn, [3, 3], "-")),
                    ("tw", "+886 " + nsn)]
        if region == "TW" and alen > 0:
            a, rest = natd[:alen + 1], natd[alen + 1:]
            out += [("tw", "(%s) %s-%s" % (a, rest[:-4], rest[-4:])), ("tw", "%s-%s-%s" % (a, rest[:-4], rest[-4:])),
                    ("tw", "+886 %s %s %s" % (a[1:], rest[:-4], rest[-4:]))]
        if region in ("US", "CA"):
            a, b, c = nsn[:3], nsn[3:6], nsn[6:]
            out += [("us", "(%s) %s-%s" % (a, b, c)), ("us", "%s.%s.%s" % (a, b, c)), ("us", "%s-%s-%s" % (a, b, c)),
                    ("us", "1-%s-%s-%s" % (a, b, c)), ("us", "+1 %s %s %s" % (a, b, c)), ("us", "%s%s%s" % (a, b, c)),
                    ("us", "+1 (%s) %s-%s" % (a, b, c))]
        return out

    def write(self, region, form=None):
        """Draw a number of `region` and write it in `form` (a prefix of the form name) or any form."""
        for _ in range(100):
            num, alen = self.draw(region)
            cands = self.forms(num, alen, region)
            if form:
                cands = [c for c in cands if c[0].startswith(form)]
            ok = []
            for name, txt in cands:
                try:
                    back = pn.parse(txt, region)
                except pn.NumberParseException:
                    continue
                if (pn.is_valid_number(back) and back.national_number == num.national_number
                        and back.country_code == num.country_code and pn.region_code_for_number(back) == region):
                    ok.append((name, txt))
            if ok:
                name, txt = self.rng.choice(ok)
                return txt, {"form": name, "line": LINE_TYPES[pn.number_type(num)]}
        raise RuntimeError("no form %s for %s" % (form, region))


def phone_valid(value, region):
    try:
        n = pn.parse(value, region)
    except pn.NumberParseException:
        return False
    return pn.is_valid_number(n) and pn.region_code_for_number(n) == region


def phone_hits(text, regions):
    spans = []
    for r in regions:
        for m in pn.PhoneNumberMatcher(text, r, leniency=pn.Leniency.VALID):
            spans.append((m.start, m.end))
    return spans


# ----------------------------------------------------------------------------------------------------------
# Look-alike generators
# ----------------------------------------------------------------------------------------------------------
MONTHS = {
    "en": ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec", "January",
           "February", "October", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember", "Jan.", "Feb.", "Okt.", "Dez."],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre", "janv.", "févr.", "sept.", "déc."],
}


def ordinal(n):
    return "%d%s" % (n, "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


class Look:
    def __init__(self, rng, lang, locale):
        self.r, self.lang, self.loc = rng, lang, locale

    def digits(self, n, first="123456789"):
        return self.r.choice(first) + "".join(str(self.r.randint(0, 9)) for _ in range(n - 1))

    def date(self):
        r, L = self.r, self.lang
        d, m, y = r.randint(1, 28), r.randint(1, 12), r.choice([2024, 2025, 2026, 2027])
        if L == "en":
            mo = r.choice(MONTHS["en"])
            if self.loc == "en_US":
                return r.choice(["%s %d" % (mo, d), "%s %s" % (mo, ordinal(d)), "%d/%d" % (m, d),
                                 "%d/%d/%d" % (m, d, y), "%s %d, %d" % (mo, d, y)])
            return r.choice(["%s %s" % (ordinal(d), mo), "%d %s" % (d, mo), "%02d/%02d" % (d, m),
                             "%02d/%02d/%d" % (d, m, y), "the %s of %s" % (ordinal(d), mo)])
        if L == "de":
            mo = r.choice(MONTHS["de"])
            return r.choice(["%d. %s" % (d, mo), "%02d.%02d." % (d, m), "%d.%d." % (d, m), "%02d.%02d.%d" % (d, m, y),
                             "%d. %s %d" % (d, mo, y)])
        if L == "fr":
            mo = r.choice(MONTHS["fr"])
            return r.choice(["%d %s" % (d, mo), "1er %s" % mo, "%02d/%02d" % (d, m), "%02d/%02d/%d" % (d, m, y),
                             "%d %s %d" % (d, mo, y)])
        return r.choice(["%d月%d日" % (m, d), "%d年%d月%d日" % (y, m, d), "%d月%d号" % (m, d), "%d/%d" % (m, d),
                         "%d.%d" % (m, d)])

    def time(self):
        r, L = self.r, self.lang
        h, mi = r.randint(7, 21), r.choice([0, 15, 30, 45, 10, 20, 50])
        if L == "en":
            h12 = h - 12 if h > 12 else h
            return r.choice(["%d:%02d%s" % (h12, mi, "pm" if h >= 12 else "am"), "%d%s" % (h12, "pm" if h >= 12 else "am"),
                             "%02d:%02d" % (h, mi), "%d:%02d" % (h12, mi), "half %d" % (h12 % 12 + 0 or 12)])
        if L == "de":
            return r.choice(["%d Uhr" % h, "%d:%02d" % (h, mi), "%d.%02d Uhr" % (h, mi), "halb %d" % (h % 12 + 1),
                             "%d:%02d Uhr" % (h, mi)])
        if L == "fr":
            return r.choice(["%dh%02d" % (h, mi), "%dh" % h, "%d h %02d" % (h, mi), "%d:%02d" % (h, mi)])
        cn = "零一二三四五六七八九十"
        hh = h - 12 if h > 12 else h
        hz = cn[hh] if hh <= 10 else "十" + cn[hh - 10]
        return r.choice(["%s%d点" % ("下午" if h >= 12 else "上午", hh), "%d:%02d" % (h, mi), "晚上%d点半" % r.randint(7, 10),
                         "%s点%s" % (hz, "半" if mi == 30 else "整"), "%d点%d分" % (h, mi or 5)])

    def price(self):
        r, L = self.r, self.lang
        a, c = r.randint(2, 480), r.choice([0, 50, 99, 90, 49, 95, 20])
        if L == "en":
            cur = "£" if self.loc == "en_GB" else "$"
            return r.choice(["%s%d.%02d" % (cur, a, c), "%s%d" % (cur, a), "€%d.%02d" % (a, c), "%d.%02d USD" % (a, c)])
        if L == "de":
            if self.loc == "de_CH":
                return r.choice(["CHF %d.%02d" % (a, c), "Fr. %d.–" % a, "%d.%02d Franken" % (a, c)])
            return r.choice(["%d,%02d €" % (a, c), "%d Euro" % a, "€ %d,%02d" % (a, c), "%d,- €" % a])
        if L == "fr":
            if self.loc == "fr_CH":
                return r.choice(["CHF %d.%02d" % (a, c), "%d francs" % a])
            return r.choice(["%d,%02d €" % (a, c), "%d euros" % a, "%d €" % a, "%d,%02d euros" % (a, c)])
        if self.loc == "zh_TW":
            return r.choice(["NT$%d" % (a * 10), "%d元" % (a * 10), "新台幣%d元" % (a * 10)])
        if self.loc == "zh_HK":
            return r.choice(["HK$%d" % a, "%d蚊" % a, "港幣%d元" % a])
        return r.choice(["¥%d" % a, "%d元" % a, "%d.%02d元" % (a, c), "%d块" % a, "￥%d.%02d" % (a, c)])

    def num_safe(self, make, tries=60):
        """Draw a numeric look-alike until PhoneNumberMatcher finds no phone of the language's regions in it."""
        v = make()
        for _ in range(tries):
            if not phone_hits(v, LANG_REGIONS[self.lang] + ["DE", "FR", "GB", "US", "CN"]):
                return v
            v = make()
        return None

    def order(self):
        return self.num_safe(lambda: self.digits(self.r.choice([9, 10, 11, 12])))

    def order_zh(self):
        r = self.r
        return self.num_safe(lambda: "%d%02d%02d%s" % (r.choice([2023, 2024, 2025, 2026]), r.randint(1, 12),
                                                      r.randint(1, 28), self.digits(4, "0123456789")))

    def idnum(self):  # dossier / case / file numbers of 9-12 digits, leading zero allowed
        return self.num_safe(lambda: self.digits(self.r.choice([9, 10, 11, 12]), "0123456789"))

    def case(self):
        r, L = self.r, self.lang
        y = r.choice([23, 24, 25, 26])
        if L == "de":
            return "%d %s %d/%d" % (r.randint(1, 40), r.choice(["O", "C", "S", "T", "U"]), r.randint(10, 999), y)
        if L == "fr":
            return "%d/%05d" % (2000 + y, r.randint(1, 99999))
        if L == "en":
            return "%d-CV-%05d" % (y, r.randint(1, 99999))
        return "（20%d）%s%04d号" % (y, r.choice(["京0105民初", "沪0115民初", "粤03民终", "浙01执"]), r.randint(1, 9999))

    def tracking(self):
        r = self.r
        al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        return r.choice(["1Z" + "".join(r.choice(al) for _ in range(16)), "JJD" + self.digits(15, "0"),
                         "SF" + self.digits(13), "YT" + self.digits(13), "LX%sDE" % self.digits(9),
                         "6A" + self.digits(11), "JDX" + self.digits(12, "0")])

    def version(self):
        r = self.r
        a, b, c = r.randint(1, 19), r.randint(0, 40), r.randint(0, 30)
        return r.choice(["v%d.%d.%d" % (a, b, c), "%d.%d.%d" % (a, b, c), "v%d.%d" % (a, b), "%d.%d-rc%d" % (a, b, c % 5 + 1),
                         "iOS %d.%d" % (r.randint(15, 18), r.randint(0, 6)), "Android %d" % r.randint(11, 15)])

    def plz(self):
        r = self.r
        if self.loc in ("de_AT", "de_CH", "fr_CH", "fr_BE"):
            return str(r.randint(1000, 9999))
        if self.lang in ("de", "fr"):
            return "%05d" % r.randint(1000, 99999)
        if self.loc == "en_US":
            return "%05d" % r.randint(10000, 99999)
        if self.loc == "en_GB":
            L = "ABCDEGHJLMNPRSTW"
            return "%s%d %d%s%s" % (r.choice(["M", "B", "L", "N", "SE", "LS", "BS", "EH", "CF"]), r.randint(1, 19),
                                    r.randint(1, 9), r.choice(L), r.choice(L))
        if self.loc == "zh_TW":
            return str(r.randint(100, 999))
        return "%d%05d" % (r.randint(1, 8), r.randint(0, 99999))

    def room(self):
        r, L = self.r, self.lang
        if L == "zh":
            return r.choice(["%d室" % r.randint(101, 2508), "%s座%d" % (r.choice("ABCD"), r.randint(101, 2508)),
                             "%d号楼%d" % (r.randint(1, 12), r.randint(101, 1808))])
        return r.choice(["%s%d.%02d" % (r.choice("ABC"), r.randint(0, 5), r.randint(1, 40)),
                         "%d.%03d" % (r.randint(0, 4), r.randint(1, 120)), "%s%d" % (r.choice("ABCDE"), r.randint(101, 520))])

    def isbn(self):
        r = self.r
        body = "978" + r.choice(["3", "2", "0", "1", "7"]) + "".join(str(r.randint(0, 9)) for _ in range(8))
        s = sum(int(ch) * (1 if i % 2 == 0 else 3) for i, ch in enumerate(body))
        d = body + str((10 - s % 10) % 10)
        return r.choice(["%s-%s-%s-%s-%s" % (d[:3], d[3], d[4:7], d[7:12], d[12]), d,
                         "%s-%s-%s-%s-%s" % (d[:3], d[3], d[4:8], d[8:12], d[12])])

    def iban(self):  # IBAN-shaped reference that fails mod-97
        r = self.r
        cc, n = r.choice([("DE", 18), ("FR", 23), ("AT", 16), ("CH", 17), ("BE", 12), ("GB", 18)])
        for _ in range(50):
            body = "".join(str(r.randint(0, 9)) for _ in range(n))
            if cc == "GB":
                body = "NWBK" + body[4:]
            s = cc + "%02d" % r.randint(10, 98) + body
            if not iban_mod97_ok(s):
                return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
        return None

    def pick(self, kind):
        lists = T.LISTS[kind]
        for key in (self.loc, self.lang):
            if key in lists:
                return self.r.choice(lists[key])
        raise KeyError(kind + " " + self.loc)


def iban_mod97_ok(s):
    s = s.replace(" ", "")
    t = s[4:] + s[:4]
    n = "".join(str(int(ch, 36)) for ch in t)
    return int(n) % 97 == 1


GEN = {  # slot -> (kind, method)
    "date": ("date", "date"), "time": ("time", "time"), "price": ("price", "price"), "order": ("order", "order"),
    "orderzh": ("order", "order_zh"), "id": ("id", "idnum"), "case": ("case", "case"),
    "tracking": ("tracking", "tracking"), "version": ("version", "version"), "plz": ("postal_code", "plz"),
    "room": ("room", "room"), "isbn": ("isbn", "isbn"), "iban": ("iban_like", "iban"),
    "brand": ("brand", None), "place": ("place", None), "street": ("place", None), "figure": ("public_figure", None),
}


# ----------------------------------------------------------------------------------------------------------
# Names
# ----------------------------------------------------------------------------------------------------------
class Names:
    def __init__(self, rng):
        self.rng = rng
        self.fk = {}
        for loc in sorted(set(FAKER_LOCALE.values())):
            f = faker.Faker(loc)
            f.seed_instance(rng.randint(0, 2 ** 31))
            self.fk[loc] = f

    def faker(self, locale):
        return self.fk[FAKER_LOCALE[locale]]

    def latin_given(self, locale, lang, mods):
        r, f = self.rng, self.faker(locale)
        if "nick" in mods:
            return r.choice(T.NICKS[lang])
        if "word" in mods:
            return r.choice(T.WORD_GIVEN[lang])
        if "comp" in mods:
            return r.choice(T.COMPOUND_GIVEN[lang])
        for _ in range(50):
            g = f.first_name()
            if re.fullmatch(r"[^\W\d_]{3,}", g) and g not in T.AVOID_GIVEN:
                return g
        raise RuntimeError("given")

    def latin_family(self, locale):
        f = self.faker(locale)
        for _ in range(50):
            s = f.last_name()
            if re.fullmatch(r"[^\W\d_]{3,}(-[^\W\d_]{3,})?", s) and s not in T.AVOID_FAMILY:
                return s
        raise RuntimeError("family")

    def person(self, locale, lang, mods):
        r = self.rng
        if lang == "zh":
            return self.zh_person(locale, mods)
        given = self.latin_given(locale, lang, mods)
        fam = self.latin_family(locale)
        form = sorted(m for m in mods if m in ("nick", "word", "comp", "part", "dbl"))
        if "dbl" in mods:
            fam = fam + "-" + self.latin_family(locale)
        if "part" in mods:
            parts = T.PARTICLES.get(locale, T.PARTICLES[lang])
            p = r.choice(parts)
            if p == "de" and fam[0] in "AEIOUÉÈ" and lang == "fr":
                p = "d'"
            if p in ("d'", "d’"):
                fam = p + r.choice(T.FR_VOWEL_FAMILY)
            else:
                fam = p + " " + fam
        return {"given": given, "family": fam, "full": given + " " + fam, "form": form or ["plain"]}

    def zh_person(self, locale, mods):
        r = self.rng
        f = self.faker(locale)
        trad = locale in ("zh_TW", "zh_HK")
        for _ in range(200):
            if "cs" in mods:
                sur = r.choice(T.ZH_COMPOUND_TW if trad else T.ZH_COMPOUND_CN)
            else:
                sur = f.last_name()
                if len(sur) != 1:
                    continue
            if "two" in mods or r.random() < 0.45:  # a 2-character given name, also usable alone
                pool = T.ZH_GIVEN_TW if trad else T.ZH_GIVEN_CN
                given = r.choice(pool) if r.random() < 0.5 else f.first_name()
                if len(given) != 2:
                    continue
            else:
                given = f.first_name()
                if "two" in mods and len(given) != 2:
                    continue
            if len(set(given)) < len(given):
                continue
            full = sur + given
            if full in T.ZH_FAMOUS:
                continue
            short = r.choice(T.ZH_SHORT_PREFIX_TW if trad else T.ZH_SHORT_PREFIX_CN) + sur if len(sur) == 1 else "小" + sur[-1]
            form = ["compound surname"] if "cs" in mods else ["full name of %d characters" % len(full)]
            return {"given": given, "family": sur, "full": full, "short": short, "form": form}
        raise RuntimeError("zh name")


# ----------------------------------------------------------------------------------------------------------
# Template expansion
# ----------------------------------------------------------------------------------------------------------
SLOT = re.compile(r"\{(G|g|P|F|L|PH)(\d)(?::([^}]*))?\}|\{([a-z]+)\}|\[\[([a-z_]+)\|([^\]]+)\]\]")


def parse_template(raw):
    cls, text = raw.split("|", 1)
    fixed = None
    if text.startswith("@"):
        fixed, text = text[1:].split(" ", 1)
    return set(cls), fixed, text


def occurrences(text, value):
    out, i = [], 0
    while True:
        j = text.find(value, i)
        if j < 0:
            return out
        out.append((j, j + len(value)))
        i = j + len(value)


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def expand(tpl_text, lang, locale, names, phones, look):
    """One draw. Returns (text, pii spans, look-alike spans) or raises ValueError."""
    rng = names.rng
    mods = collections.defaultdict(set)
    for m in SLOT.finditer(tpl_text):
        if m.group(1) and m.group(1) != "PH":
            mods[m.group(2)] |= set((m.group(3) or "").split(",")) - {""}
            if m.group(1) == "G" and lang == "zh":
                mods[m.group(2)].add("two")
    persons = {k: names.person(locale, lang, v) for k, v in sorted(mods.items())}
    phone_cache = {}
    out, pii, looks, pos = [], [], [], 0
    for m in SLOT.finditer(tpl_text):
        out.append(tpl_text[pos:m.start()])
        pos = m.end()
        start = sum(len(x) for x in out)
        if m.group(1):
            t, idx, mod = m.group(1), m.group(2), m.group(3) or ""
            if t == "PH":
                if idx not in phone_cache:
                    parts = (mod.split(":") + [""])[:2]
                    reg = parts[0] or "HOME"
                    if reg == "HOME":
                        reg = HOME[locale]
                    elif "/" in reg:
                        reg = rng.choice(reg.split("/"))
                    phone_cache[idx] = (reg,) + phones.write(reg, parts[1] or None)
                reg, val, meta = phone_cache[idx]
                out.append(val)
                pii.append((start, start + len(val), "PHONE", val, dict(meta, region=reg, person=None)))
                continue
            p = persons[idx]
            val = {"G": p["given"], "g": p["given"].lower(), "P": p["full"], "F": p["family"],
                   "L": p.get("short")}[t]
            out.append(val)
            pii.append((start, start + len(val), "PERSON", val, {"person": idx, "slot": t, "form": p["form"]}))
        elif m.group(4):
            kind, meth = GEN[m.group(4)]
            key = m.group(4)
            v = look.pick(key) if meth is None else getattr(look, meth)()
            if v is None:
                raise ValueError("look-alike draw")
            out.append(v)
            looks.append((start, start + len(v), kind, v, True))
        else:
            v = m.group(6)
            out.append(v)
            looks.append((start, start + len(v), m.group(5), v, False))
    out.append(tpl_text[pos:])
    text = "".join(out)
    return text, pii, looks


def check_draw(text, lang, pii, looks):
    """All checks on one drawn prompt; returns None or a reason."""
    # values of different persons must not contain each other
    vals = {}
    for s, e, t, v, meta in pii:
        vals.setdefault(v, set()).add((t, meta.get("person")))
    for v, who in vals.items():
        if len(who) > 1:
            return "same value for two entities"
    pv = list(vals)
    for a in pv:
        for b in pv:
            if a != b and a in b:
                ta = [m for s, e, t, v, m in pii if v == a][0]
                tb = [m for s, e, t, v, m in pii if v == b][0]
                if ta.get("person") is None or ta.get("person") != tb.get("person"):
                    return "nested values of different entities"
    spans = [(s, e) for s, e, t, v, m in pii]
    # every occurrence of a PII value lies inside a planted PII span
    for v in vals:
        for o in occurrences(text, v):
            if not any(s <= o[0] and o[1] <= e for s, e in spans):
                return "stray occurrence of " + v
        if re.search(r"[A-Za-z]", v):  # Latin names: word boundaries
            for o in occurrences(text, v):
                before = text[o[0] - 1:o[0]]
                after = text[o[1]:o[1] + 1]
                if (before and (before.isalnum() or before == "-")) or (after and after.isalnum()):
                    return "name glued to a word"
    # look-alikes: every occurrence inside a planted look-alike span, no overlap with PII occurrences
    lspans = [(s, e) for s, e, k, v, g in looks]
    allp = [o for v in vals for o in occurrences(text, v)]
    for s, e, k, v, g in looks:
        for o in occurrences(text, v):
            if any(overlaps(o, p) for p in allp):
                return "look-alike overlaps PII"
            if not any(a <= o[0] and o[1] <= b for a, b in lspans):
                return "stray look-alike occurrence"
    # PHONE validity
    for s, e, t, v, m in pii:
        if t == "PHONE" and not phone_valid(v, m["region"]):
            return "invalid phone"
    # no unlabelled phone: matcher hits must overlap a PHONE, or a literal (hand-written) look-alike
    regs = set(LANG_REGIONS[lang]) | {m["region"] for s, e, t, v, m in pii if t == "PHONE"}
    pspans = [(s, e) for s, e, t, v, m in pii if t == "PHONE"]
    for h in phone_hits(text, sorted(regs)):
        if any(overlaps(h, p) for p in pspans):
            continue
        lit = [g for s, e, k, v, g in looks if overlaps(h, (s, e))]
        if lit and not any(lit):
            continue
        return "unlabelled phone-like hit %r" % text[h[0]:h[1]]
    # no valid IBAN, no Luhn-valid card-like run outside phones
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b", text):
        if iban_mod97_ok(m.group(0)):
            return "valid IBAN"
    for m in re.finditer(r"\d[\d -]{11,22}\d", text):
        d = digits_only(m.group(0))
        if 13 <= len(d) <= 19 and d[0] in "3456" and luhn_ok(d) and not any(overlaps((m.start(), m.end()), p) for p in pspans):
            return "card-like"
    return None


def load_earlier():
    seen = set()
    for path in glob.glob(os.path.join(HERE, "..", "pii*", "corpus.jsonl")):
        if os.path.abspath(path) == OUT:
            continue
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                try:
                    seen.add(json.loads(line)["text"])
                except (ValueError, KeyError):
                    pass
    return seen


def all_templates():
    """[(template id, group key, lang, locale choices, classes, fixed locale, text)] in file order."""
    out = []
    counters = collections.Counter()
    for key, lang, prefix, locs in GROUPS:
        for raw in T.TEMPLATES.get(key, []):
            cls, fixed, text = parse_template(raw)
            counters[prefix] += 1
            out.append(("x11-%s-t%03d" % (prefix, counters[prefix]), key, lang, locs, cls, fixed, text))
    return out


def generate():
    rng = random.Random(SEED)
    names, phones = Names(rng), Phones(rng)
    earlier = load_earlier()
    seen = set()
    records, metas = [], []
    idn = collections.Counter()
    by_lang = collections.defaultdict(list)
    failed = []
    for tid, key, lang, locs, cls, fixed, text in all_templates():
        got, tries = 0, 0
        while got < PER_TEMPLATE:
            tries += 1
            if tries > MAX_TRIES:
                failed.append("template %s: only %d prompts (%s) %s" % (tid, got, reason, text))
                break
            locale = fixed or rng.choices([l for l, w in locs], [w for l, w in locs])[0]
            look = Look(rng, lang, locale)
            try:
                t, pii, looks = expand(text, lang, locale, names, phones, look)
            except ValueError as exc:
                reason = str(exc)
                continue
            reason = check_draw(t, lang, pii, looks)
            if reason is None and (t in seen or t in earlier):
                reason = "duplicate text"
            if reason is None and "4" in cls and pii:
                reason = "no-PII template planted PII"
            if reason is None and not pii and len(looks) < 2:
                reason = "no-PII prompt with fewer than 2 look-alikes"
            if reason:
                continue
            seen.add(t)
            got += 1
            plist, done = [], set()
            for s, e, ty, v, m in pii:
                if (ty, v) in done:
                    continue
                done.add((ty, v))
                d = {"type": ty, "value": v}
                if ty == "PHONE":
                    d["region"] = m["region"]
                plist.append(d)
            llist, ldone = [], set()
            for s, e, k, v, g in looks:
                if (k, v) not in ldone:
                    ldone.add((k, v))
                    llist.append({"kind": k, "value": v})
            rec = {"id": None, "locale": locale, "lang": lang, "text": t, "pii": plist, "lookalikes": llist,
                   "template": tid, "split": split_of(tid)}
            by_lang[lang].append((rec, {"spans": pii, "looks": looks, "classes": sorted(cls)}))
    if failed:
        raise SystemExit("\n".join(failed))
    for lang in ["de", "fr", "zh", "en"]:
        for rec, meta in by_lang[lang]:
            idn[lang] += 1
            rec["id"] = "x11-%s-%04d" % (lang, idn[lang])
            records.append(rec)
            metas.append(meta)
    return records, metas


def dump(records):
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def run_check():
    """Re-run the checks on the written file, with occurrence-based spans."""
    ok = True
    tids = {t[0] for t in all_templates()}
    texts = set()
    earlier = load_earlier()
    with open(OUT, encoding="utf-8") as fh:
        recs = [json.loads(l) for l in fh]
    for r in recs:
        t = r["text"]
        bad = []
        if r["template"] not in tids or r["split"] != split_of(r["template"]):
            bad.append("template/split")
        if t in texts or t in earlier:
            bad.append("duplicate")
        texts.add(t)
        pspans = []
        for p in r["pii"]:
            occ = occurrences(t, p["value"])
            if not occ:
                bad.append("missing " + p["value"])
            pspans += occ
            if p["type"] == "PHONE" and not phone_valid(p["value"], p["region"]):
                bad.append("phone " + p["value"])
        for l in r["lookalikes"]:
            occ = occurrences(t, l["value"])
            if not occ:
                bad.append("missing look-alike " + l["value"])
            if any(overlaps(o, p) for o in occ for p in pspans):
                bad.append("overlap " + l["value"])
        phs = [o for p in r["pii"] if p["type"] == "PHONE" for o in occurrences(t, p["value"])]
        lks = [o for l in r["lookalikes"] for o in occurrences(t, l["value"])]
        regs = set(LANG_REGIONS[r["lang"]]) | {p["region"] for p in r["pii"] if p["type"] == "PHONE"}
        for h in phone_hits(t, sorted(regs)):
            if not any(overlaps(h, p) for p in phs + lks):
                bad.append("unlabelled phone " + t[h[0]:h[1]])
        if bad:
            ok = False
            print(r["id"], bad)
    print("checked %d records: %s" % (len(recs), "ok" if ok else "FAILED"))
    return ok


# ----------------------------------------------------------------------------------------------------------
# Stats
# ----------------------------------------------------------------------------------------------------------
def table(head, rows):
    out = ["| " + " | ".join(str(h) for h in head) + " |", "|" + "---|" * len(head)]
    for r in rows:
        out.append("| " + " | ".join(str(c) for c in r) + " |")
    return "\n".join(out)


def cued(text, value, lang):
    for s, e in occurrences(text, value):
        before = text[max(0, s - 14):s].lower()
        if any(c in before for c in CUES[lang]):
            return True
    return False


CLASS_NAMES = {"1": "1 PERSON (Latin script): bare given names, nicknames, word-names, particles, lists, signatures",
               "2": "2 Chinese names: given name alone, 老/小 + surname, lists with 、, after 给/找/问…, compound surnames",
               "3": "3 PHONE in odd groupings, after names without a cue, several per line",
               "4": "4 no PII, hard look-alikes only"}


def print_stats(records, metas):
    tpls = all_templates()
    print("Templates: %d" % len(tpls))
    rows = []
    for what in ("with PII", "no PII", "dev", "test", "all"):
        row = [what]
        for L in LANGS + ["all"]:
            sel = [t for t in tpls if L in ("all", t[2])]
            if what == "with PII":
                n = sum(1 for t in sel if "4" not in t[4])
            elif what == "no PII":
                n = sum(1 for t in sel if "4" in t[4])
            elif what in ("dev", "test"):
                n = sum(1 for t in sel if split_of(t[0]) == what)
            else:
                n = len(sel)
            row.append(n)
        rows.append(row)
    print(table(["templates"] + LANGS + ["all"], rows))
    print()
    rows = []
    for what in ("dev", "test", "all", "no-PII dev", "no-PII test", "no-PII all", "no-PII share", "language share"):
        row = [what]
        for L in LANGS + ["all"]:
            sel = [r for r in records if L in ("all", r["lang"])]
            if what in ("dev", "test"):
                row.append(sum(1 for r in sel if r["split"] == what))
            elif what == "all":
                row.append(len(sel))
            elif what.startswith("no-PII") and what != "no-PII share":
                sp = what.split()[1]
                row.append(sum(1 for r in sel if not r["pii"] and sp in ("all", r["split"])))
            elif what == "no-PII share":
                row.append("%.1f%%" % (100.0 * sum(1 for r in sel if not r["pii"]) / len(sel)))
            else:
                row.append("%.1f%%" % (100.0 * len(sel) / len(records)))
        rows.append(row)
    print(table(["prompts"] + LANGS + ["all"], rows))
    print()
    print("Locales: " + ", ".join("%s %d" % kv for kv in sorted(collections.Counter(r["locale"] for r in records).items())))
    print()
    rows = []
    for ty in ("PERSON", "PHONE"):
        row = [ty]
        for L in LANGS:
            row.append(sum(1 for r in records if r["lang"] == L for p in r["pii"] if p["type"] == ty))
        for sp in ("dev", "test"):
            row.append(sum(1 for r in records if r["split"] == sp for p in r["pii"] if p["type"] == ty))
        row.append(sum(1 for r in records for p in r["pii"] if p["type"] == ty))
        rows.append(row)
    print(table(["PII values"] + LANGS + ["dev", "test", "all"], rows))
    print()
    reg = collections.Counter()
    regsp = collections.defaultdict(collections.Counter)
    for r in records:
        for p in r["pii"]:
            if p["type"] == "PHONE":
                reg[p["region"]] += 1
                regsp[p["region"]][r["split"]] += 1
    ks = sorted(reg, key=lambda k: -reg[k])
    print(table(["region"] + ks, [["values"] + [reg[k] for k in ks],
                                  ["dev/test"] + ["%d/%d" % (regsp[k]["dev"], regsp[k]["test"]) for k in ks]]))
    print()
    rows, tot = [], [0, 0]
    for L in LANGS:
        c = u = 0
        for r in records:
            if r["lang"] == L:
                for p in r["pii"]:
                    if p["type"] == "PHONE":
                        if cued(r["text"], p["value"], L):
                            c += 1
                        else:
                            u += 1
        rows.append([L, c + u, c, u])
        tot[0] += c
        tot[1] += u
    rows.append(["all", sum(tot), tot[0], tot[1]])
    print(table(["phones", "values", "with cue word", "without cue word"], rows))
    multi = sum(1 for r in records if sum(1 for p in r["pii"] if p["type"] == "PHONE") >= 2)
    print("Prompts with 2+ phones: %d" % multi)
    sf = collections.Counter()
    for m in metas:
        done = set()
        for s, e, t, v, meta in m["spans"]:
            if t == "PHONE" and v not in done:
                done.add(v)
                sf[meta["form"]] += 1
    print("Phone forms: " + ", ".join("%s %d" % kv for kv in sorted(sf.items(), key=lambda kv: (-kv[1], kv[0]))))
    print()
    kinds = collections.Counter()
    per = collections.defaultdict(collections.Counter)
    for r in records:
        for l in r["lookalikes"]:
            n = len(occurrences(r["text"], l["value"]))
            kinds[l["kind"]] += n
            per[l["kind"]][r["lang"]] += n
            per[l["kind"]][r["split"]] += n
    rows = [[k] + [per[k][L] for L in LANGS] + [per[k]["dev"], per[k]["test"], n]
            for k, n in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0]))]
    rows.append(["**all**"] + [sum(per[k][L] for k in kinds) for L in LANGS] +
                [sum(per[k]["dev"] for k in kinds), sum(per[k]["test"] for k in kinds), sum(kinds.values())])
    print(table(["look-alike kind"] + LANGS + ["dev", "test", "all"], rows))
    print()
    # classes
    rows = []
    for c in "1234":
        sel = [t for t in tpls if c in t[4]]
        rows.append([CLASS_NAMES[c]] + [sum(1 for t in sel if t[2] == L) for L in LANGS] + [len(sel)])
    print(table(["class (a template can be in several)"] + LANGS + ["templates"], rows))
    print()
    pf = collections.defaultdict(collections.Counter)
    ps = collections.defaultdict(collections.Counter)
    slotname = {"P": "full name", "G": "given name alone", "g": "given name in lower case",
                "F": "family name alone (after a title)", "L": "老/小/阿 + surname"}
    for r, m in zip(records, metas):
        done = set()
        for s, e, t, v, meta in m["spans"]:
            if t == "PERSON" and v not in done:
                done.add(v)
                for f in meta["form"]:
                    pf[f][r["lang"]] += 1
                ps[slotname[meta["slot"]]][r["lang"]] += 1
    print(table(["PERSON values by form"] + LANGS, [[f] + [pf[f][L] for L in LANGS] for f in sorted(pf, key=lambda f: -sum(pf[f].values()))]))
    print()
    print(table(["PERSON values by position"] + LANGS, [[f] + [ps[f][L] for L in LANGS] for f in sorted(ps, key=lambda f: -sum(ps[f].values()))]))
    hn = collections.Counter()
    for r in records:
        for l in r["lookalikes"]:
            if len(digits_only(l["value"])) >= 6 and phone_hits(l["value"], LANG_REGIONS[r["lang"]]):
                hn[l["kind"]] += 1
    print()
    print("Numeric look-alikes read as a phone by PhoneNumberMatcher (VALID) for the language's regions (hand-written, kept): " +
          (", ".join("%s %d" % kv for kv in sorted(hn.items())) or "none"))
    lens = sorted(len(r["text"]) for r in records)
    print("Length %d-%d characters (median %d); %d prompts have more than one line." % (
        lens[0], lens[-1], lens[len(lens) // 2], sum(1 for r in records if "\n" in r["text"])))


def main():
    if "--check" in sys.argv:
        sys.exit(0 if run_check() else 1)
    records, metas = generate()
    dump(records)
    with open(OUT, "rb") as fh:
        digest = hashlib.sha256(fh.read()).hexdigest()
    print("wrote %d prompts to corpus.jsonl, sha256 %s" % (len(records), digest))
    if "--stats" in sys.argv:
        print_stats(records, metas)


if __name__ == "__main__":
    main()
