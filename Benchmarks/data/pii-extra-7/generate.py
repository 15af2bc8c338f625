#!/usr/bin/env python3
"""Generator for the `pii-extra-7` corpus (see README.md).

    pip install faker==40.63.0 phonenumbers==9.0.43
    python3 generate.py            # writes corpus.jsonl next to this file
    python3 generate.py --stats    # same, and prints the tables used in README.md

Deterministic: one random.Random(SEED) drives every draw; every Faker instance is seeded from it.
The templates and word lists are in templates.py (slot syntax in its docstring).
"""
import argparse
import collections
import datetime
import hashlib
import json
import os
import random
import re
import sys
import unicodedata

import faker
import phonenumbers as pn
from faker import Faker
from phonenumbers import PhoneNumberFormat as PNF
from phonenumbers import PhoneNumberType as PNT

sys.dont_write_bytecode = True  # keep __pycache__ out of the data folder
import templates as TPL  # noqa: E402

SEED = 20261207
FAKER_VERSION = "40.63.0"
PHONENUMBERS_VERSION = "9.0.43"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "corpus.jsonl")


# --------------------------------------------------------------------------------------------------
# Split. Fixed before any template was written and before anything was scored:
# a template id goes to dev when the first 4 bytes of sha256("pii-extra-7/split/" + id),
# read as a big-endian integer, are < 50 mod 100; else to test.
# --------------------------------------------------------------------------------------------------
def split_of(template_id):
    h = hashlib.sha256(("pii-extra-7/split/" + template_id).encode("utf-8")).digest()
    return "dev" if int.from_bytes(h[:4], "big") % 100 < 50 else "test"


# --------------------------------------------------------------------------------------------------
# Groups (template id prefix) -> language, default locales, home phone region
# --------------------------------------------------------------------------------------------------
GROUPS = {
    "de": dict(lang="de", locales=[("de_DE", 60), ("de_AT", 20), ("de_CH", 20)], home="DE"),
    "fr": dict(lang="fr", locales=[("fr_FR", 60), ("fr_BE", 20), ("fr_CH", 20)], home="FR"),
    "zh": dict(lang="zh", locales=[("zh_CN", 80), ("zh_TW", 20)], home="CN"),
    "us": dict(lang="en", locales=[("en_US", 100)], home="US"),
    "gb": dict(lang="en", locales=[("en_GB", 100)], home="GB"),
}
LOCALE_REGION = {"de_DE": "DE", "de_AT": "AT", "de_CH": "CH", "fr_FR": "FR", "fr_BE": "BE", "fr_CH": "CH",
                 "zh_CN": "CN", "zh_TW": "TW", "en_US": "US", "en_GB": "GB"}

EU = "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE".split()
OTHER = "GB US CA CN HK TW JP KR IN AU CH NO".split()
ALL_REGIONS = EU + OTHER  # 39 regions

# phone region mix per group when a template does not fix the region
PHONE_MIX = {
    "de": [("DE", 50), ("AT", 14), ("CH", 14), ("*", 22)],
    "fr": [("FR", 52), ("BE", 13), ("CH", 10), ("LU", 5), ("*", 20)],
    "zh": [("CN", 62), ("HK", 10), ("TW", 10), ("*", 18)],
    "us": [("US", 62), ("CA", 16), ("*", 22)],
    "gb": [("GB", 58), ("IE", 10), ("AU", 6), ("IN", 6), ("*", 20)],
}
# the region whose international dialling prefix a writer of the group uses (for 00 forms)
WRITER_REGION = {"de": "DE", "fr": "FR", "zh": "CN", "us": "US", "gb": "GB"}

# cue words: a phone is "cued" when one of these occurs (case-insensitive) in the 30 characters
# before it on the same line. Used only for the statistics in README.md.
CUES = {
    "de": ["tel", "telefon", "handy", "mobil", "nummer", "rufnummer", "anruf", "ruf ", "ruf mal", "festnetz",
           "durchwahl", "fax", "whatsapp", "anrufen", "☎", "📞"],
    "fr": ["tél", "tel", "téléphone", "portable", "numéro", "num ", "appel", "fixe", "mobile", "whatsapp", "gsm",
           "natel", "☎", "📞"],
    "zh": ["电话", "手机", "号码", "致电", "拨打", "打给", "座机", "热线", "微信", "tel", "☎", "📞", "来电", "打我"],
    "en": ["phone", "tel", "call", "cell", "mobile", "number", "ring", "text me", "whatsapp", "landline", "fax",
           "☎", "📞", "no.", "ph:", "mob"],
}

# --------------------------------------------------------------------------------------------------
# Checksums and helpers
# --------------------------------------------------------------------------------------------------

def luhn_ok(digits):
    s = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def cn_id_ok(s):
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    c = "10X98765432"[sum(int(a) * b for a, b in zip(s[:17], w)) % 11]
    return c == s[17]


def iban_ok(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def ean13(rng, prefix="400"):
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(12 - len(prefix)))
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def isbn13(rng):
    body = rng.choice(["978", "979"]) + "".join(str(rng.randint(0, 9)) for _ in range(9))
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    d = body + str((10 - s % 10) % 10)
    return f"{d[:3]}-{d[3]}-{d[4:7]}-{d[7:12]}-{d[12]}"


def s10(rng, country):
    n = "".join(str(rng.randint(0, 9)) for _ in range(8))
    w = [8, 6, 4, 2, 3, 5, 9, 7]
    c = 11 - sum(int(a) * b for a, b in zip(n, w)) % 11
    c = 0 if c == 10 else 5 if c == 11 else c
    return rng.choice(["RR", "RX", "LX", "CP", "EE", "RB"]) + n + str(c) + country


def translit(s):
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue"), ("ß", "ss"),
                 ("œ", "oe"), ("æ", "ae")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9-]", "", s.lower())


def pick_w(rng, pairs):
    tot = sum(w for _, w in pairs)
    x = rng.uniform(0, tot)
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


# --------------------------------------------------------------------------------------------------
# Phones
# --------------------------------------------------------------------------------------------------
FAKER_PHONE_LOCALES = {"DE": "de_DE", "AT": "de_AT", "CH": "de_CH", "FR": "fr_FR", "GB": "en_GB", "US": "en_US",
                       "CA": "en_CA", "CN": "zh_CN", "TW": "zh_TW", "JP": "ja_JP", "KR": "ko_KR", "IN": "en_IN",
                       "AU": "en_AU", "NL": "nl_NL", "IT": "it_IT", "ES": "es_ES", "PL": "pl_PL", "PT": "pt_PT",
                       "SE": "sv_SE", "DK": "da_DK", "FI": "fi_FI", "CZ": "cs_CZ", "SK": "sk_SK", "SI": "sl_SI",
                       "HR": "hr_HR", "RO": "ro_RO", "GR": "el_GR", "LV": "lv_LV", "LT": "lt_LT", "NO": "no_NO",
                       "BG": "bg_BG", "HU": "hu_HU", "BE": "nl_BE"}
TRUNK_REGIONS = {"DE", "AT", "CH", "GB", "FR", "NL", "BE", "IE", "SE", "AU"}
SLASH_REGIONS = {"DE", "AT", "CH"}
DOT_REGIONS = {"FR", "BE", "LU", "US", "CA", "IT", "ES", "PT", "CH"}
NODASH_REGIONS = {"GB", "IE", "AU", "IN"}
# how people in China, Hong Kong and Taiwan usually write their own numbers
STYLE_BOOST = {"CN": {"nat_compact": 40, "nat": 14, "nat_dash": 12, "intl": 8, "e164": 4},
               "HK": {"nat": 40}, "TW": {"nat_dash": 14}}


class Phones:
    def __init__(self, rng):
        self.rng = rng
        self.used = set()
        self.queue = {}
        self.seeds = {}
        for r in ALL_REGIONS:
            seeds = []
            for t in (PNT.MOBILE, PNT.FIXED_LINE):
                e = pn.example_number_for_type(r, t)
                if e is not None and pn.is_valid_number(e):
                    seeds.append(e)
            loc = FAKER_PHONE_LOCALES.get(r)
            if loc:
                fk = Faker(loc)
                fk.seed_instance(rng.randrange(2 ** 32))
                for _ in range(60):
                    s = fk.phone_number()
                    try:
                        p = pn.parse(s, r)
                    except pn.NumberParseException:
                        continue
                    if pn.is_valid_number(p) and pn.region_code_for_number(p) == r:
                        seeds.append(p)
            self.seeds[r] = seeds

    @staticmethod
    def kind(p):
        t = pn.number_type(p)
        if t == PNT.MOBILE:
            return "m"
        if t == PNT.FIXED_LINE:
            return "f"
        if t == PNT.FIXED_LINE_OR_MOBILE:
            return "mf"
        return None

    def number(self, region, want=None):
        rng = self.rng
        seeds = [s for s in self.seeds[region] if self.kind(s) and (want is None or want in self.kind(s))]
        if not seeds:
            seeds = [s for s in self.seeds[region] if self.kind(s)]
        for _ in range(2000):
            s = rng.choice(seeds)
            nsn = pn.national_significant_number(s)
            # keep the first 1-4 digits (the area code or mobile prefix of a valid seed), redraw the rest
            k = rng.randint(max(4, len(nsn) - 4), len(nsn) - 1)
            new = nsn[:-k] + "".join(str(rng.randint(0, 9)) for _ in range(k))
            try:
                p = pn.parse("+" + str(s.country_code) + new, None)
            except pn.NumberParseException:
                continue
            if not pn.is_valid_number(p) or pn.region_code_for_number(p) != region:
                continue
            kd = self.kind(p)
            if kd is None or (want is not None and want not in kd):
                continue
            key = pn.format_number(p, PNF.E164)
            if key in self.used:
                continue
            return p
        raise RuntimeError("no number for " + region)

    def forms(self, p, region, group):
        nat = pn.format_number(p, PNF.NATIONAL)
        intl = pn.format_number(p, PNF.INTERNATIONAL)
        cc = str(p.country_code)
        gi = re.findall(r"\d+", intl)[1:]
        gn = re.findall(r"\d+", nat)
        home = group_home(group)
        f = {"nat": nat, "nat_compact": "".join(gn), "intl": intl, "e164": pn.format_number(p, PNF.E164),
             "intl_space": "+" + cc + " " + " ".join(gi), "intl_dash": "+" + cc + "-" + "-".join(gi)}
        if region not in NODASH_REGIONS and len(gn) > 1:
            f["nat_dash"] = "-".join(gn)
        if region in DOT_REGIONS and len(gn) > 1:
            f["nat_dot"] = ".".join(gn)
            f["intl_dot"] = "+" + cc + "." + ".".join(gi)
        if region in SLASH_REGIONS and len(gn) > 1:
            f["nat_slash"] = gn[0] + "/" + "".join(gn[1:])
            f["intl_slash"] = "+" + cc + " " + gi[0] + "/" + "".join(gi[1:])
            f["intl_trunk_slash"] = "+" + cc + " (0)" + gi[0] + "/" + "".join(gi[1:])
        if region in TRUNK_REGIONS and gn[0] == "0" + gi[0]:
            f["intl_trunk"] = "+" + cc + " (0)" + " ".join(gi)
            f["intl_trunk_sp"] = "+" + cc + " (0) " + " ".join(gi)
        if region in ("US", "CA"):
            f["intl_paren"] = "+1 (" + gi[0] + ") " + gi[1] + "-" + gi[2]
            f["one_dash"] = "1-" + "-".join(gi)
        if group != "us":
            f["intl_00"] = "00" + cc + " " + " ".join(gi)
            f["intl_00sp"] = "00 " + cc + " " + " ".join(gi)
        ok = {}
        for k, s in f.items():
            parse_region = WRITER_REGION[group] if k.startswith("intl_00") else region
            if k == "one_dash":
                parse_region = "US"
            try:
                q = pn.parse(s, parse_region)
            except pn.NumberParseException:
                continue
            if (pn.is_valid_number(q) and q.country_code == p.country_code
                    and q.national_number == p.national_number and pn.region_code_for_number(q) == region):
                ok[k] = s
        return ok

    def make(self, group, region=None, want=None, family=None):
        rng = self.rng
        home = group_home(group)
        if region is None:
            region = pick_w(rng, PHONE_MIX[group])
            if region == "*":
                # the other regions in turn (shuffled round robin), so that every region comes up
                if not self.queue.get(group):
                    q = [r for r in ALL_REGIONS if r not in dict(PHONE_MIX[group])]
                    rng.shuffle(q)
                    self.queue[group] = q
                region = self.queue[group].pop()
        p = self.number(region, want)
        forms = self.forms(p, region, group)
        domestic = region == home or (group == "de" and region in ("AT", "CH")) or \
            (group == "fr" and region in ("BE", "CH", "LU")) or (group == "us" and region == "CA")
        if domestic:
            w = {"nat": 32, "nat_compact": 12, "nat_dash": 7, "nat_dot": 9, "nat_slash": 9, "intl": 12,
                 "intl_space": 3, "e164": 6, "intl_00": 4, "intl_00sp": 2, "intl_trunk": 7, "intl_trunk_sp": 2,
                 "intl_dash": 3, "intl_dot": 1, "intl_slash": 2, "intl_trunk_slash": 2, "intl_paren": 4,
                 "one_dash": 2}
        else:
            w = {"nat": 12, "nat_compact": 4, "nat_dash": 2, "intl": 30, "intl_space": 5, "e164": 14, "intl_00": 9,
                 "intl_00sp": 4, "intl_trunk": 9, "intl_trunk_sp": 2, "intl_dash": 6, "intl_dot": 2,
                 "intl_slash": 1, "intl_trunk_slash": 1, "intl_paren": 4}
        if family == "nat":
            keys = [k for k in forms if k.startswith("nat")]
        elif family == "intl":
            keys = [k for k in forms if not k.startswith("nat") and k != "one_dash"]
        elif family in forms:
            keys = [family]
        else:
            keys = list(forms)
        keys = [k for k in keys if k in w or k == family] or list(forms)
        if domestic and region in STYLE_BOOST:
            w.update(STYLE_BOOST[region])
        style = pick_w(rng, [(k, w.get(k, 1)) for k in sorted(keys)])
        self.used.add(pn.format_number(p, PNF.E164))
        return forms[style], region, style, self.kind(p)


def group_home(group):
    return GROUPS[group]["home"]


# --------------------------------------------------------------------------------------------------
# People and e-mail
# --------------------------------------------------------------------------------------------------
class People:
    def __init__(self, rng):
        self.rng = rng
        self.fk = {}
        for loc in ["de_DE", "de_AT", "de_CH", "fr_FR", "fr_CH", "fr_BE", "en_GB", "en_US", "zh_CN", "zh_TW"]:
            f = Faker(loc)
            f.seed_instance(rng.randrange(2 ** 32))
            self.fk[loc] = f

    def person(self, group, locale, need_given2=False):
        rng, f = self.rng, self.fk[locale]
        g = rng.choice("mf")
        if group == "zh":
            if rng.random() < 0.08:
                last = rng.choice(TPL.ZH_COMPOUND_SURNAMES)
            else:
                last = f.last_name()
            for _ in range(50):
                first = f.first_name_male() if g == "m" else f.first_name_female()
                if not need_given2 or len(first) == 2:
                    break
            if need_given2 and len(first) != 2:
                first = rng.choice(TPL.ZH_GIVEN2)
            return dict(first=first, last=last, full=last + first, gender=g, form="zh%d" % len(last + first))
        first = f.first_name_male() if g == "m" else f.first_name_female()
        last = f.last_name()
        while re.search(r" (I|II|III|IV)$", last):  # Faker de_DE has a few "Koch II" style entries
            last = f.last_name()
        form = "plain"
        r = rng.random()
        lang = GROUPS[group]["lang"]
        if lang == "de":
            if r < 0.10:
                first, form = rng.choice(TPL.DE_COMPOUND_GIVEN[g]), "compound_given"
            elif r < 0.19:
                last, form = rng.choice(TPL.DE_PARTICLES) + " " + last, "particle"
            elif r < 0.26:
                last, form = last + "-" + f.last_name(), "double_family"
        elif lang == "fr":
            if r < 0.12:
                first, form = rng.choice(TPL.FR_COMPOUND_GIVEN[g]), "compound_given"
            elif r < 0.22:
                if last[0] in "AEIOUÉÈH":
                    last = rng.choice(["d'", "d’"]) + last
                else:
                    last = rng.choice(["de ", "du ", "de La ", "de la ", "Le "]) + last
                form = "particle"
            elif r < 0.28:
                last, form = last + "-" + f.last_name(), "double_family"
        else:
            if r < 0.07:
                last, form = rng.choice(TPL.EN_APOSTROPHE_SURNAMES), "apostrophe"
            elif r < 0.13 and group == "gb":
                last, form = last + "-" + f.last_name(), "double_family"
            elif r < 0.16:
                first, form = rng.choice(TPL.EN_HYPHEN_GIVEN[g]), "compound_given"
        if "-" in first and form == "plain":
            form = "compound_given"
        return dict(first=first, last=last, full=first + " " + last, gender=g, form=form)

    def title(self, group, p, case=None):
        rng, g = self.rng, p["gender"]
        lang = GROUPS[group]["lang"]
        if lang == "de":
            t = ("Herrn" if case == "dat" else "Herr") if g == "m" else "Frau"
            if rng.random() < 0.2:
                t += rng.choice([" Dr.", " Prof. Dr.", " Dr."])
            return t + " "
        if lang == "fr":
            t = rng.choice(["M.", "Monsieur"]) if g == "m" else rng.choice(["Mme", "Madame", "Mme"])
            if rng.random() < 0.1:
                t = rng.choice(["Maître", "Dr", "Docteur"])
            return t + " "
        if group == "us":
            t = "Mr." if g == "m" else rng.choice(["Ms.", "Mrs.", "Ms."])
            if rng.random() < 0.15:
                t = "Dr."
            return t + " "
        t = "Mr" if g == "m" else rng.choice(["Ms", "Mrs", "Miss", "Ms"])
        if rng.random() < 0.15:
            t = "Dr"
        return t + " "

    def email_for(self, group, p, plus=False, free=False):
        rng = self.rng
        lang = GROUPS[group]["lang"]
        if lang == "zh":
            fk = self.fk["zh_CN"]
            fi, la = fk.first_romanized_name().lower(), fk.last_romanized_name().lower()
        else:
            fi = translit(p["first"].split(" ")[0])
            la = translit(p["last"])
        local = pick_w(rng, [(f"{fi}.{la}", 40), (f"{fi[0]}.{la}", 15), (f"{fi}{la}", 8), (f"{la}.{fi}", 5),
                             (f"{fi}_{la}", 5), (f"{fi[0]}{la}", 10), (f"{fi}.{la}{rng.randint(2, 99)}", 7),
                             (f"{la}{fi[0]}", 5), (fi, 5)])
        if plus or rng.random() < 0.08:
            local += "+" + rng.choice(TPL.PLUS_TAGS[lang])
        dom = rng.choice(TPL.MAIL_DOMAINS[group]) if (rng.random() < 0.6 and not free) else rng.choice(TPL.FREE_DOMAINS[group])
        return local + "@" + dom

    def email_any(self, group, locale):
        rng = self.rng
        x = rng.random()
        fk = self.fk[locale]
        if GROUPS[group]["lang"] == "zh" and x < 0.3:
            return str(rng.randint(10000, 3999999999)) + "@" + rng.choice(["qq.com", "foxmail.com", "vip.qq.com"])
        if x < 0.45:
            return fk.free_email()
        if x < 0.6:
            return fk.company_email()
        return self.email_for(group, self.person(group, locale), free=True)


# --------------------------------------------------------------------------------------------------
# Look-alike generators
# --------------------------------------------------------------------------------------------------
DE_MON = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
DE_MON_AB = "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.".split()
DE_WD = "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split()
FR_MON = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
FR_MON_AB = "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.".split()
FR_WD = "lundi mardi mercredi jeudi vendredi samedi dimanche".split()
EN_MON = "January February March April May June July August September October November December".split()
EN_WD = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
ZH_WD = "一二三四五六日"
NNBSP, NBSP = "\u202f", "\u00a0"


def ordinal_en(d):
    return str(d) + ("th" if 11 <= d % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"))


class Looks:
    def __init__(self, rng, phones):
        self.rng = rng
        self.phones = phones

    def rdate(self):
        return datetime.date(2025, 1, 1) + datetime.timedelta(days=self.rng.randrange(3 * 365))

    def date(self, group, opt=""):
        rng, d = self.rng, self.rdate()
        lang = GROUPS[group]["lang"]
        D, M, Y = d.day, d.month, d.year
        if lang == "de":
            opts = {"num": [f"{D:02d}.{M:02d}.{Y}", f"{D}.{M}.{Y}", f"{D:02d}.{M:02d}.{Y % 100:02d}", f"{D:02d}.{M:02d}."],
                    "long": [f"{D}. {DE_MON[M - 1]} {Y}", f"{D}. {DE_MON_AB[M - 1]} {Y}", f"{DE_WD[d.weekday()]}, {D}. {DE_MON[M - 1]}",
                             f"{D}. {DE_MON[M - 1]}"],
                    "iso": [d.isoformat()]}
        elif lang == "fr":
            dd = "1er" if D == 1 else str(D)
            opts = {"num": [f"{D:02d}/{M:02d}/{Y}", f"{D:02d}/{M:02d}/{Y % 100:02d}", f"{D:02d}/{M:02d}", f"{D:02d}.{M:02d}.{Y}"],
                    "long": [f"{dd} {FR_MON[M - 1]} {Y}", f"{D} {FR_MON_AB[M - 1]} {Y}", f"{FR_WD[d.weekday()]} {dd} {FR_MON[M - 1]}",
                             f"{dd} {FR_MON[M - 1]}"],
                    "iso": [d.isoformat()]}
        elif lang == "zh":
            opts = {"num": [f"{Y}-{M:02d}-{D:02d}", f"{Y}/{M}/{D}", f"{Y}.{M:02d}.{D:02d}"],
                    "long": [f"{Y}年{M}月{D}日", f"{M}月{D}日", f"{M}月{D}号", f"{M}月{D}日（周{ZH_WD[d.weekday()]}）",
                             f"{Y}年{M}月{D}号"],
                    "iso": [d.isoformat()]}
        elif group == "us":
            opts = {"num": [f"{M:02d}/{D:02d}/{Y % 100:02d}", f"{M:02d}/{D:02d}/{Y}", f"{M}/{D}/{Y}", f"{M}/{D}"],
                    "long": [f"{EN_MON[M - 1][:3]} {D}, {Y}", f"{EN_MON[M - 1]} {ordinal_en(D)}",
                             f"{EN_WD[d.weekday()]}, {EN_MON[M - 1]} {D}", f"{EN_MON[M - 1]} {D}, {Y}"],
                    "iso": [d.isoformat()]}
        else:
            opts = {"num": [f"{D:02d}/{M:02d}/{Y}", f"{D}/{M}/{Y % 100:02d}", f"{D:02d}/{M:02d}"],
                    "long": [f"{D} {EN_MON[M - 1][:3]} {Y}", f"{ordinal_en(D)} {EN_MON[M - 1]}",
                             f"{EN_WD[d.weekday()]} {D} {EN_MON[M - 1]}", f"{D} {EN_MON[M - 1]} {Y}"],
                    "iso": [d.isoformat()]}
        if opt in opts:
            return rng.choice(opts[opt])
        return rng.choice(opts["num"] * 2 + opts["long"] * 2 + opts["iso"])

    def time(self, group, opt=""):
        rng = self.rng
        h, m = rng.randint(7, 21), rng.choice([0, 0, 15, 30, 30, 45, 10, 20, 50])
        lang = GROUPS[group]["lang"]
        if lang == "de":
            return rng.choice([f"{h}:{m:02d}", f"{h}:{m:02d} Uhr", f"{h}.{m:02d} Uhr", f"{h} Uhr"])
        if lang == "fr":
            return rng.choice([f"{h}h{m:02d}", f"{h} h {m:02d}", f"{h}h", f"{h}:{m:02d}"])
        if lang == "zh":
            hh = h if h <= 12 else h - 12
            part = "上午" if h < 12 else "中午" if h == 12 else "下午" if h < 18 else "晚上"
            return rng.choice([f"{h}:{m:02d}", f"{part}{hh}点", f"{part}{hh}点半", f"{part}{hh}:{m:02d}"])
        hh = h if h <= 12 else h - 12
        ap = "am" if h < 12 else "pm"
        return rng.choice([f"{hh}:{m:02d} {ap}", f"{hh}{ap}", f"{h}:{m:02d}", f"{hh}:{m:02d}{ap}", f"{hh}:{m:02d} {ap[0]}.m."])

    def price(self, group, opt=""):
        rng = self.rng
        lang = GROUPS[group]["lang"]
        big = opt == "big" or (opt not in ("small", "mid") and rng.random() < 0.35)
        v = rng.randint(1000, 48000) if big else rng.randint(2, 25) if opt == "small" else rng.randint(3, 999)
        if opt == "mid":
            v = rng.randint(380, 2900)
        c = rng.choice([0, 0, 99, 90, 50, 95, 49])
        if lang == "de":
            s = f"{v:,}".replace(",", ".")
            return rng.choice([f"{s},{c:02d} €", f"{s},{c:02d} €", f"{s} €", f"€ {s},{c:02d}", f"{s},– €",
                               f"{s},{c:02d} EUR", f"CHF {v:,}.{c:02d}".replace(",", "’")])
        if lang == "fr":
            sep = rng.choice([NNBSP, NBSP, " "])
            s = f"{v:,}".replace(",", sep)
            return rng.choice([f"{s},{c:02d}{NBSP}€", f"{s},{c:02d} €", f"{s} €", f"{s} euros",
                               f"CHF {v:,}.{c:02d}".replace(",", "’"), f"{s},{c:02d}{NNBSP}€"])
        if lang == "zh":
            return rng.choice([f"¥{v:,}", f"￥{v:,}", f"{v}元", f"{v}.{c:02d}元", f"¥ {v}.{c:02d}", f"人民币{v:,}元",
                               f"{v}块"])
        if group == "us":
            return rng.choice([f"${v:,}.{c:02d}", f"${v:,}", f"USD {v:,}", f"${v:,}.{c:02d}"])
        return rng.choice([f"£{v:,}.{c:02d}", f"£{v:,}", f"€{v:,}", f"£{v:,}.{c:02d}", f"GBP {v:,}"])

    def pct(self, group, opt=""):
        rng = self.rng
        lang = GROUPS[group]["lang"]
        v = rng.choice([str(rng.randint(1, 99)), f"{rng.randint(0, 40)}.{rng.randint(1, 9)}"])
        if lang in ("de", "fr"):
            v = v.replace(".", ",")
            return v + rng.choice([" %", NNBSP + "%" if lang == "fr" else " %", "%", " %"])
        if lang == "zh":
            return rng.choice([v + "%", v + "％"])
        return v + "%"

    def _digits(self, n, first_nonzero=True):
        rng = self.rng
        s = str(rng.randint(1, 9)) if first_nonzero else str(rng.randint(0, 9))
        return s + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))

    def order(self, group, opt=""):
        rng = self.rng
        y = rng.choice([2025, 2026, 2027])
        forms = [
            lambda: self._digits(rng.randint(8, 14)),
            lambda: " ".join(self._digits(4) for _ in range(3)),
            lambda: "-".join(self._digits(4) for _ in range(rng.randint(2, 3))),
            lambda: f"{self._digits(3)}-{self._digits(7)}-{self._digits(7)}",
            lambda: f"#{self._digits(rng.randint(5, 7))}",
            lambda: f"{rng.choice('ABCDKSW')}-{y}-{self._digits(6)}",
            lambda: f"{rng.choice(['DE', 'FR', 'AT', 'CH', 'BE', 'EU'])}{self._digits(10)}",
            lambda: f"{y}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{self._digits(rng.randint(6, 10), False)}",
            lambda: f"{rng.choice(['ORD', 'CMD', 'BE', 'PO'])}-{self._digits(rng.randint(6, 9))}",
        ]
        if opt == "spaced":
            forms = forms[1:3]
        elif opt == "digits":
            forms = [forms[0], forms[7]]
        return rng.choice(forms)()

    def ticket(self, group, opt=""):
        rng = self.rng
        return rng.choice([
            f"INC{self._digits(7, False)}", f"#{self._digits(5)}", f"SR-{rng.choice([2025, 2026])}-{self._digits(5, False)}",
            f"CS{self._digits(8)}", f"{rng.choice(['OPS', 'IT', 'HR', 'SUP', 'DEV', 'FIN'])}-{rng.randint(100, 9999)}",
            f"{rng.choice([2026, 2025])}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{self._digits(5, False)}",
            f"T-{self._digits(6)}", f"REQ{self._digits(6, False)}"])

    def track(self, group, opt=""):
        rng = self.rng
        c = {"de": "DE", "fr": "FR", "zh": "CN", "us": "US", "gb": "GB"}[group]
        return rng.choice([
            "00340434" + self._digits(12, False), "JJD" + self._digits(16, False),
            "1Z" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPRTVWXY") for _ in range(6)) + self._digits(10, False),
            s10(rng, c), "6A" + self._digits(11), "SF" + self._digits(13), "JDX" + self._digits(12, False),
            "9400 " + " ".join(self._digits(4, False) for _ in range(4)) + " " + self._digits(2, False),
            "7" + self._digits(13), "YT" + self._digits(16)])

    def invoice(self, group, opt=""):
        rng = self.rng
        y = rng.choice([2025, 2026])
        return rng.choice([f"RE-{y}-{self._digits(5, False)}", f"{y}/{self._digits(4)}", f"FA-{y}-{self._digits(4)}",
                           f"F{y}-{self._digits(5, False)}", f"INV-{self._digits(6, False)}",
                           f"R{self._digits(9)}", f"{self._digits(8)}"])

    def case(self, group, opt=""):
        rng = self.rng
        y = rng.choice([25, 26])
        lang = GROUPS[group]["lang"]
        if lang == "de":
            return rng.choice([f"{rng.randint(1, 30)} O {rng.randint(10, 999)}/{y}", f"{rng.randint(1, 9)} C {rng.randint(10, 999)}/{y}",
                               f"AZ {self._digits(3)}-{self._digits(5)}/20{y}", f"{self._digits(9)}",
                               f"{self._digits(2)}/{self._digits(3)}/{self._digits(5)}"])
        if lang == "fr":
            return rng.choice([f"n° 20{y}-{self._digits(4, False)}", f"RG 20{y}/{self._digits(5)}", f"{self._digits(4)}-{self._digits(6)}-{self._digits(2)}",
                               f"dossier {self._digits(8)}"])
        if lang == "zh":
            return rng.choice([f"（20{y}）京0105民初{self._digits(5)}号", f"20{y}{self._digits(10, False)}", f"A{self._digits(9)}"])
        return rng.choice([f"CAS-{self._digits(6)}-{rng.choice('ABCDEFGH')}{rng.randint(1, 9)}", f"#{self._digits(7)}",
                           f"REF {self._digits(4)}/{self._digits(4)}", f"C{self._digits(8)}"])

    def ver(self, group, opt=""):
        rng = self.rng
        if opt == "semver":
            return rng.choice([f"{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 20)}",
                               f"v{rng.randint(1, 24)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}",
                               f"{rng.randint(1, 5)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}-rc.{rng.randint(1, 4)}",
                               f"{rng.randint(1, 9)}.{rng.randint(0, 30)}"])
        if opt == "os":
            return rng.choice([f"iOS {rng.randint(16, 18)}.{rng.randint(0, 6)}", f"Android {rng.randint(12, 15)}",
                               f"Windows 11 {rng.choice(['22H2', '23H2', '24H2'])}",
                               f"10.0.{rng.choice([19045, 22621, 22631, 26100])}.{rng.randint(1000, 5000)}",
                               f"macOS {rng.choice([13, 14, 15])}.{rng.randint(0, 7)}", f"Build {rng.randint(20000, 29999)}"])
        if opt == "app":
            return rng.choice([f"Java {rng.choice([11, 17, 21])}", f"Spring Boot 3.{rng.randint(0, 4)}.{rng.randint(0, 12)}",
                               f"{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 20)}"])
        return rng.choice([
            f"{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 20)}", f"v{rng.randint(1, 24)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}",
            f"iOS {rng.randint(16, 18)}.{rng.randint(0, 6)}", f"iOS {rng.randint(16, 18)}.{rng.randint(0, 6)}.{rng.randint(1, 3)}",
            f"Android {rng.randint(12, 15)}", f"Windows 11 {rng.choice(['22H2', '23H2', '24H2'])}",
            f"10.0.{rng.choice([19045, 22621, 22631, 26100])}.{rng.randint(1000, 5000)}",
            f"Python 3.{rng.randint(9, 13)}.{rng.randint(0, 9)}", f"Node {rng.choice([18, 20, 22])}.{rng.randint(0, 19)}.{rng.randint(0, 9)}",
            f"{rng.randint(1, 5)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}-rc.{rng.randint(1, 4)}", f"macOS {rng.choice([13, 14, 15])}.{rng.randint(0, 7)}",
            f"Java {rng.choice([11, 17, 21])}", f"Build {rng.randint(20000, 29999)}", f"Firmware {rng.randint(1, 9)}.{rng.randint(0, 99):02d}.{rng.randint(0, 999):03d}"])

    def prod(self, group, opt=""):
        rng = self.rng
        return rng.choice([
            f"WH-{rng.randint(1, 9)}000XM{rng.randint(3, 6)}", f"SM-{rng.choice('SAGMN')}{rng.randint(100, 999)}{rng.choice('BUFN')}",
            f"RTX {rng.choice([3060, 4060, 4070, 4080, 4090, 5070])}", f"EAN {ean13(rng, rng.choice(['400', '401', '590', '690', '300', '500']))}",
            f"Art.-Nr. {self._digits(7)}" if group == "de" else f"réf. {self._digits(6)}" if group == "fr" else f"SKU {self._digits(8)}" if group in ("us", "gb") else f"型号 {rng.choice('ABKX')}{rng.randint(100, 999)}",
            f"M{rng.choice('QNKL')}{rng.randint(1, 9)}{rng.choice('TXY')}{rng.randint(1, 9)}{rng.choice(['ZD/A', 'LL/A', 'B/A', 'CH/A'])}",
            f"KDL-{rng.choice([43, 50, 55, 65])}W{rng.randint(600, 999)}C", f"A{rng.randint(2000, 3200)}",
            f"{rng.choice(['XPS', 'ThinkPad T', 'EliteBook ', 'MacBook Air M'])}{rng.randint(1, 16)}",
            f"GTIN {ean13(rng, '0' + str(rng.randint(10, 99)))}", f"P/N {rng.randint(100, 999)}-{rng.randint(1000, 9999)}-{rng.choice('ABC')}"])

    def ean(self, group, opt=""):
        return ean13(self.rng, self.rng.choice(["400", "401", "590", "690", "300", "500", "761"]))

    def err(self, group, opt=""):
        rng = self.rng
        if opt == "npm":
            return rng.choice(["ERESOLVE", "ENOSPC", "EACCES", "ETIMEDOUT", "ECONNRESET", "E404", "EINTEGRITY",
                               "ELIFECYCLE", f"code {rng.choice([1, 127, 137])}"])
        return rng.choice([
            f"0x{rng.choice(['80070005', '800F081F', '80004005', '8007000E', 'C1900101', '80240034', '0000007B'])}",
            rng.choice(["ERR_CONNECTION_REFUSED", "ERR_CERT_DATE_INVALID", "ECONNRESET", "ETIMEDOUT", "ENOSPC",
                        "NullPointerException", "OutOfMemoryError", "SIGSEGV", "EADDRINUSE"]),
            f"HTTP {rng.choice([400, 401, 403, 404, 409, 429, 500, 502, 503, 504])}", f"E-{rng.randint(1000, 9999)}",
            f"ORA-{rng.randint(0, 29999):05d}", f"SQLSTATE {rng.choice(['23505', '42P01', '08006', '40001', '22P02'])}",
            f"F{rng.randint(10, 99)}", f"E:{rng.randint(10, 99)}", f"errno {rng.choice([2, 13, 28, 104, 110, 111])}",
            f"Error {rng.randint(1000, 1999)}", f"code {rng.choice([10060, 10054, 1603, 1618, 2502])}"])

    def zip(self, group, opt=""):
        rng = self.rng
        lang = GROUPS[group]["lang"]
        if lang == "de":
            return rng.choice([f"{rng.randint(1067, 99998):05d} {rng.choice(['München', 'Hamburg', 'Köln', 'Leipzig', 'Dresden', 'Karlsruhe', 'Augsburg', 'Kiel', 'Paderborn'])}",
                               f"{rng.randint(1010, 9992)} Wien" if rng.random() < 0.5 else f"{rng.randint(1000, 9658)} Zürich",
                               f"{rng.randint(10115, 99998)}"])
        if lang == "fr":
            return rng.choice([f"{rng.randint(1000, 95999):05d} {rng.choice(['Paris', 'Lyon', 'Lille', 'Nantes', 'Rennes', 'Toulouse', 'Bordeaux'])}",
                               f"{rng.randint(1000, 1210)} Bruxelles", f"75{rng.randint(1, 20):03d}", f"{rng.randint(1000, 1299)} Genève"])
        if lang == "zh":
            return f"{rng.randint(100000, 850000)}"
        if group == "us":
            return rng.choice([f"{rng.randint(10001, 99950):05d}", f"{rng.randint(10001, 99950):05d}-{rng.randint(1000, 9999)}"])
        a = rng.choice(["SW1A", "M1", "EH1", "B3", "LS1", "CF10", "G2", "BS1", "N1", "E14", "OX1", "CB2"])
        return f"{a} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"

    def qty(self, group, opt=""):
        rng = self.rng
        lang = GROUPS[group]["lang"]
        src = TPL.LISTS.get(group, {}).get("qty") or TPL.LISTS[lang]["qty"]
        if opt == "mass":
            src = {"de": ["{m} g"], "fr": ["{m} g"], "zh": ["{m}克"], "us": ["{n} cups", "{n} oz"], "gb": ["{m} g"]}[group]
        d = rng.choice(["1,5", "0,5", "2,5", "0,75"] if lang in ("de", "fr") else ["1.5", "0.5", "2.5", "0.75"])
        return rng.choice(src).format(n=rng.randint(2, 12), m=rng.choice([100, 125, 150, 200, 250, 300, 400, 500, 750]), d=d)

    def isbn(self, group, opt=""):
        return isbn13(self.rng)

    def year(self, group, opt=""):
        return str(self.rng.randint(1450, 1990))

    def flight(self, group, opt=""):
        rng = self.rng
        return f"{rng.choice(['LH', 'AF', 'BA', 'CA', 'MU', 'CZ', 'UA', 'DL', 'LX', 'OS', 'KL', 'EW', 'U2', 'FR'])}{rng.choice(['', ' '])}{rng.randint(10, 9999)}"

    def train(self, group, opt=""):
        rng = self.rng
        lang = GROUPS[group]["lang"]
        if lang == "de":
            return f"{rng.choice(['ICE', 'IC', 'RE', 'RB', 'EC', 'S'])} {rng.randint(1, 2999)}"
        if lang == "fr":
            return f"{rng.choice(['TGV', 'TER', 'Intercités', 'TGV INOUI', 'Ouigo'])} {rng.randint(1000, 9999)}"
        if lang == "zh":
            return f"{rng.choice('GDKTZ')}{rng.randint(1, 2999)}"
        if group == "us":
            return f"Amtrak {rng.randint(5, 2299)}"
        return f"{rng.randint(1, 9)}{rng.choice('ACDGHJKLMNPRSTVWY')}{rng.randint(10, 99)}"

    def room(self, group, opt=""):
        rng = self.rng
        lang = GROUPS[group]["lang"]
        if lang == "de":
            return rng.choice([f"Raum {rng.randint(0, 5)}.{rng.randint(1, 40):02d}", f"Zimmer {rng.randint(100, 520)}", f"R {rng.choice('ABC')}{rng.randint(100, 399)}"])
        if lang == "fr":
            return rng.choice([f"salle {rng.choice('ABC')}{rng.randint(100, 399)}", f"bureau {rng.randint(100, 520)}", f"amphi {rng.randint(1, 9)}"])
        if lang == "zh":
            return rng.choice([f"{rng.randint(1, 30)}0{rng.randint(1, 9)}室", f"{rng.choice('ABC')}座{rng.randint(100, 999)}", f"{rng.randint(2, 20)}楼会议室"])
        return rng.choice([f"Room {rng.randint(100, 520)}", f"Suite {rng.randint(100, 999)}", f"Conf Room {rng.choice('ABC')}{rng.randint(1, 9)}"])

    def ts(self, group, opt=""):
        rng = self.rng
        d = self.rdate()
        h, m, s = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
        return rng.choice([f"{d.isoformat()}T{h:02d}:{m:02d}:{s:02d}Z", f"{d.isoformat()} {h:02d}:{m:02d}:{s:02d}",
                           f"{d.isoformat()}T{h:02d}:{m:02d}:{s:02d}.{rng.randint(0, 999):03d}+01:00"])

    def num(self, group, opt=""):
        """a plain number used in maths/homework, line numbers, counts (kind quantity); {num:150} caps it"""
        rng = self.rng
        if opt.isdigit():
            return str(rng.randint(max(10, int(opt) // 3), int(opt)))
        return str(rng.randint(12, 9999))

    def serial(self, group, opt=""):
        rng = self.rng
        al = "ABCDEFGHJKLMNPRSTUVWXYZ"
        return rng.choice([
            "".join(rng.choice(al) for _ in range(2)) + self._digits(8, False),
            f"S/N {rng.randint(1, 9)}{rng.choice(al)}{rng.choice(al)}{self._digits(6, False)}",
            f"{self._digits(3)}{rng.choice(al)}{self._digits(6, False)}{rng.choice(al)}",
            "FD" + self._digits(10, False) + rng.choice(al)])


LOOK_SLOTS = {  # slot name -> (kind, generator method or list key)
    "date": ("date", "date"), "time": ("time", "time"), "ts": ("timestamp", "ts"), "price": ("price", "price"),
    "pct": ("percentage", "pct"), "order": ("order_number", "order"), "ticket": ("ticket_id", "ticket"),
    "track": ("tracking_number", "track"), "invoice": ("invoice_number", "invoice"), "case": ("reference", "case"),
    "ver": ("version", "ver"), "prod": ("product_code", "prod"), "ean": ("product_code", "ean"),
    "err": ("error_code", "err"), "zip": ("postal_code", "zip"), "qty": ("quantity", "qty"), "isbn": ("isbn", "isbn"),
    "year": ("year", "year"), "flight": ("flight_number", "flight"), "train": ("train_number", "train"),
    "room": ("room_number", "room"), "num": ("quantity", "num"), "serial": ("serial_number", "serial"),
    # list-based
    "brand": ("brand", None), "company": ("company", None), "city": ("place", None), "street": ("street", None),
    "hist": ("historical_figure", None), "pub": ("public_figure", None), "char": ("character", None),
    "title": ("title", None), "word": ("everyday_word", None), "dish": ("dish", None), "eponym": ("eponym", None),
}
PII_SLOTS = {"N", "F", "L", "TL", "TN", "f", "n", "l", "P", "E", "EW"}
SLOT_RE = re.compile(r"\{\{|\}\}|\{([A-Za-z]+)(\d?)(?::([^{}]*))?\}|\[\[([a-z_]+):(.+?)\]\]")


# --------------------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------------------
class Gen:
    def __init__(self):
        self.rng = random.Random(SEED)
        self.phones = Phones(self.rng)
        self.people = People(self.rng)
        self.looks = Looks(self.rng, self.phones)
        self.phone_styles = collections.Counter()
        self.phone_kinds = collections.Counter()

    def render(self, group, text):
        rng = self.rng
        locale = pick_w(rng, GROUPS[group]["locales"])
        lang = GROUPS[group]["lang"]
        # which person indexes need a 2-character Chinese given name
        need2 = {int(m.group(2) or 1) for m in SLOT_RE.finditer(text) if m.group(1) in ("F", "f")}
        persons, phones, emails = {}, {}, {}
        segs = []  # (text, label) label = None | ("PII", type, extra) | ("LA", kind)
        meta = []
        used_list = set()
        pos = 0
        for m in SLOT_RE.finditer(text):
            segs.append((text[pos:m.start()], None))
            pos = m.end()
            tok = m.group(0)
            if tok == "{{":
                segs.append(("{", None))
                continue
            if tok == "}}":
                segs.append(("}", None))
                continue
            if m.group(4):
                segs.append((m.group(5), ("LA", m.group(4))))
                continue
            name, idx, opt = m.group(1), int(m.group(2) or 1), m.group(3) or ""
            if name in ("N", "F", "L", "TL", "TN", "f", "n", "l"):
                if idx not in persons:
                    for _ in range(100):
                        p = self.people.person(group, locale, need_given2=(idx in need2))
                        if all(p["first"] != q["first"] and p["last"] != q["last"] for q in persons.values()):
                            break
                    persons[idx] = p
                p = persons[idx]
                if name == "N":
                    segs.append((p["full"], ("PII", "PERSON", p["form"])))
                elif name == "F":
                    segs.append((p["first"], ("PII", "PERSON", "given" if lang != "zh" else "zh_given")))
                elif name == "L":
                    segs.append((p["last"], ("PII", "PERSON", "family_" + p["form"])))
                elif name == "TL":
                    segs.append((self.people.title(group, p, opt), None))
                    segs.append((p["last"], ("PII", "PERSON", "family_" + p["form"])))
                elif name == "TN":
                    segs.append((self.people.title(group, p, opt), None))
                    segs.append((p["full"], ("PII", "PERSON", p["form"])))
                elif name == "f":
                    segs.append((p["first"].lower(), ("PII", "PERSON", "lowercase")))
                elif name == "n":
                    segs.append((p["full"].lower(), ("PII", "PERSON", "lowercase")))
                elif name == "l":
                    segs.append((p["last"].lower(), ("PII", "PERSON", "lowercase")))
            elif name == "P":
                if idx not in phones:
                    region, want, family = None, None, None
                    for o in [x.strip() for x in opt.split(",") if x.strip()]:
                        if re.fullmatch(r"[A-Z]{2}", o):
                            region = o
                        elif o in ("m", "f"):
                            want = o
                        else:
                            family = o
                    value, reg, style, kd = self.phones.make(group, region, want, family)
                    phones[idx] = (value, reg, style, kd)
                value, reg, style, kd = phones[idx]
                segs.append((value, ("PII", "PHONE", reg)))
                meta.append(("phone", reg, style, kd))
            elif name == "E":
                if idx not in emails:
                    emails[idx] = self.people.email_any(group, locale)
                segs.append((emails[idx], ("PII", "EMAIL", None)))
            elif name == "EW":
                key = ("w", idx)
                if key not in emails:
                    if idx not in persons:
                        persons[idx] = self.people.person(group, locale)
                    emails[key] = self.people.email_for(group, persons[idx], plus=("plus" in opt))
                segs.append((emails[key], ("PII", "EMAIL", None)))
            elif name in LOOK_SLOTS:
                kind, meth = LOOK_SLOTS[name]
                if meth:
                    v = getattr(self.looks, meth)(group, opt)
                else:
                    src = TPL.LISTS[group].get(name) if name in TPL.LISTS.get(group, {}) else TPL.LISTS[lang][name]
                    cands = [x for x in src if x not in used_list]
                    v = rng.choice(cands)
                    used_list.add(v)
                segs.append((v, ("LA", kind)))
            else:
                raise ValueError(f"unknown slot {tok!r} in {text!r}")
        segs.append((text[pos:], None))
        # assemble
        out, pii, looks, pii_spans, la_spans = [], {}, {}, [], []
        n = 0
        for s, lab in segs:
            if lab and lab[0] == "PII":
                pii_spans.append((n, n + len(s)))
                if (lab[1], s) not in pii:
                    pii[(lab[1], s)] = lab[2]
            elif lab and lab[0] == "LA":
                la_spans.append((n, n + len(s)))
                looks.setdefault((lab[1], s), None)
            out.append(s)
            n += len(s)
        txt = "".join(out)
        if persons:
            loc = locale
        else:
            loc = {"de": "de_DE", "fr": "fr_FR", "zh": "zh_CN", "us": "en_US", "gb": "en_GB"}[group]
        return dict(text=txt, pii=pii, looks=looks, pii_spans=pii_spans, la_spans=la_spans, locale=loc, meta=meta,
                    persons=persons)

    # ----------------------------------------------------------------------------------------------
    def problems(self, group, r):
        """Return a list of consistency problems (empty = fine)."""
        txt = r["text"]
        probs = []
        ps, ls = r["pii_spans"], r["la_spans"]

        def inside(a, b, spans):
            return any(x <= a and b <= y for x, y in spans)

        def overlaps(a, b, spans):
            return any(a < y and x < b for x, y in spans)

        for (t, v) in r["pii"]:
            if not v or v not in txt:
                probs.append(f"pii {v!r} missing")
            for mm in re.finditer(re.escape(v), txt):
                if not inside(mm.start(), mm.end(), ps):
                    probs.append(f"pii {v!r} occurs outside a PII span")
        for (k, v) in r["looks"]:
            for mm in re.finditer(re.escape(v), txt):
                if overlaps(mm.start(), mm.end(), ps):
                    probs.append(f"look-alike {v!r} overlaps PII")
        exempt = ps + ls
        # unlabelled phone numbers
        regions = {"de": ["DE", "AT", "CH"], "fr": ["FR", "BE", "CH"], "zh": ["CN", "HK", "TW"], "us": ["US"],
                   "gb": ["GB"]}[group]
        for reg in regions:
            for mt in pn.PhoneNumberMatcher(txt, reg, leniency=pn.Leniency.VALID):
                if not overlaps(mt.start, mt.end, exempt):
                    probs.append(f"unlabelled phone {mt.raw_string!r} ({reg})")
        for mm in re.finditer(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+", txt):
            if not inside(mm.start(), mm.end(), ps):
                probs.append(f"unlabelled e-mail {mm.group(0)!r}")
        for mm in re.finditer(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])", txt):
            if all(int(g) <= 255 for g in mm.groups()) and not overlaps(mm.start(), mm.end(), ps):
                probs.append(f"IPv4-shaped {mm.group(0)!r}")
        for mm in re.finditer(r"(?<![\d])[3-6]\d(?:[ -]?\d){11,17}(?!\d)", txt):
            d = re.sub(r"\D", "", mm.group(0))
            if 13 <= len(d) <= 19 and luhn_ok(d) and not overlaps(mm.start(), mm.end(), ps):
                probs.append(f"Luhn-valid run {mm.group(0)!r}")
        for mm in re.finditer(r"(?<!\d)\d{17}[\dX](?!\d)", txt):
            if cn_id_ok(mm.group(0)):
                probs.append(f"valid CN id {mm.group(0)!r}")
        for mm in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\b", txt):
            if iban_ok(mm.group(0)):
                probs.append(f"valid IBAN {mm.group(0)!r}")
        if group == "us":
            for mm in re.finditer(r"(?<!\d)\d{3}-\d{2}-\d{4}(?!\d)", txt):
                probs.append(f"SSN-shaped {mm.group(0)!r}")
        return probs


NOISE = ["", "", "", "", "", "", " 🙏", " 😅", "  ", "\n", " 👍", "!!", " 🙂", " ??"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--out", default=OUT)
    a = ap.parse_args()
    if faker.VERSION != FAKER_VERSION:
        sys.exit(f"needs Faker {FAKER_VERSION}, found {faker.VERSION}")
    if pn.__version__ != PHONENUMBERS_VERSION:
        print(f"warning: phonenumbers {pn.__version__} (made with {PHONENUMBERS_VERSION}); output may differ",
              file=sys.stderr)
    g = Gen()
    rng = g.rng
    records = []
    seen = set()
    tstats = []
    counters = {"en": 0, "de": 0, "fr": 0, "zh": 0}
    retries = collections.Counter()
    for group in ["de", "fr", "zh", "us", "gb"]:
        for ti, text in enumerate(TPL.TEMPLATES[group], 1):
            tid = f"x7-{group}-t{ti:03d}"
            has_pii = any(m.group(1) in PII_SLOTS for m in SLOT_RE.finditer(text))
            has_slot = any(m.group(1) or m.group(4) for m in SLOT_RE.finditer(text))
            has_var = any(m.group(1) for m in SLOT_RE.finditer(text))
            want = (rng.choice([4, 5, 5]) if has_pii else 5) if has_var else 1
            made = 0
            for _ in range(want):
                for attempt in range(200):
                    r = g.render(group, text)
                    probs = g.problems(group, r)
                    if not probs and r["text"] not in seen:
                        break
                    retries[tid] += 1
                else:
                    if probs:
                        sys.exit(f"{tid}: cannot satisfy checks: {probs}\n{r['text']}")
                    continue  # duplicate text: fewer prompts
                txt = r["text"] + rng.choice(NOISE)
                if txt in seen:
                    txt = r["text"]
                seen.add(r["text"])
                seen.add(txt)
                lang = GROUPS[group]["lang"]
                counters[lang] += 1
                rec = {"id": f"x7-{lang}-{counters[lang]:04d}", "locale": r["locale"], "lang": lang, "text": txt,
                       "pii": [dict(type=t, value=v, **({"region": x} if t == "PHONE" else {}))
                               for (t, v), x in r["pii"].items()],
                       "lookalikes": [dict(kind=k, value=v) for (k, v) in r["looks"]],
                       "template": tid, "split": split_of(tid)}
                records.append((rec, r))
                made += 1
            tstats.append((tid, group, has_pii, made))
    with open(a.out, "w", encoding="utf-8") as fh:
        for rec, _ in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    final_asserts(records)
    if a.stats:
        print_stats(records, tstats)


def final_asserts(records):
    ids = set()
    for rec, r in records:
        assert rec["id"] not in ids
        ids.add(rec["id"])
        assert rec["split"] == split_of(rec["template"])
        assert len(rec["pii"]) <= 4, rec["id"]
        for p in rec["pii"]:
            assert p["value"] in rec["text"], p
            if p["type"] == "PHONE":
                q = pn.parse(p["value"], p["region"]) if not p["value"].startswith("00") else pn.parse(p["value"], "DE")
                assert pn.is_valid_number(q), p
        for l in rec["lookalikes"]:
            assert l["value"] in rec["text"], l
    texts = [rec["text"] for rec, _ in records]
    assert len(texts) == len(set(texts))


def cue_of(lang, text, value):
    i = text.find(value)
    line_start = text.rfind("\n", 0, i) + 1
    before = text[max(line_start, i - 30):i].lower()
    return any(c in before for c in CUES[lang])


def md_table(header, rows):
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for row in rows:
        out.append("| " + " | ".join(str(x) for x in row) + " |")
    return "\n".join(out)


def print_stats(records, tstats):
    langs = ["en", "de", "fr", "zh"]
    C = collections.Counter
    print(f"prompts: {len(records)}  templates: {len(tstats)}")
    tl = C()
    for tid, group, has_pii, made in tstats:
        lang = GROUPS[group]["lang"]
        tl[(lang, "pii" if has_pii else "nopii")] += 1
        tl[(lang, split_of(tid))] += 1
        tl[(group, "all")] += 1
    print("templates per group: " + ", ".join(f"{gr} {tl[(gr, 'all')]}" for gr in GROUPS))
    print(md_table(["templates", *langs, "all"],
                   [[k, *[tl[(l, k)] for l in langs], sum(tl[(l, k)] for l in langs)] for k in ("pii", "nopii", "dev", "test")]))
    print()
    pc = C()
    for rec, r in records:
        l, s = rec["lang"], rec["split"]
        nop = not rec["pii"]
        for key in (s, "all"):
            pc[(key, l)] += 1
            if nop:
                pc[("no-PII " + key, l)] += 1
    rows = []
    for key in ("dev", "test", "all", "no-PII dev", "no-PII test", "no-PII all"):
        rows.append([key, *[pc[(key, l)] for l in langs], sum(pc[(key, l)] for l in langs)])
    rows.append(["no-PII share", *[f"{100 * pc[('no-PII all', l)] / pc[('all', l)]:.1f}%" for l in langs],
                 f"{100 * sum(pc[('no-PII all', l)] for l in langs) / len(records):.1f}%"])
    print(md_table(["prompts", *langs, "all"], rows))
    ne = sum(pc[("all", l)] for l in ("de", "fr", "zh"))
    print(f"\nnon-English: {ne} of {len(records)} = {100 * ne / len(records):.1f}%")
    lc = C(rec["locale"] for rec, _ in records)
    print("locales: " + ", ".join(f"{k} {v}" for k, v in sorted(lc.items())))
    # PII values
    pv, po = C(), C()
    for rec, r in records:
        for p in rec["pii"]:
            pv[(p["type"], rec["lang"])] += 1
            pv[(p["type"], rec["split"])] += 1
            po[(p["type"], rec["lang"])] += rec["text"].count(p["value"])
            po[(p["type"], rec["split"])] += rec["text"].count(p["value"])
    types = ["PERSON", "PHONE", "EMAIL"]
    print("\nPII values (distinct per prompt):")
    print(md_table(["type", *langs, "dev", "test", "all"],
                   [[t, *[pv[(t, l)] for l in langs], pv[(t, "dev")], pv[(t, "test")], sum(pv[(t, l)] for l in langs)] for t in types]))
    print("\nPII occurrences (count-aware):")
    print(md_table(["type", *langs, "dev", "test", "all"],
                   [[t, *[po[(t, l)] for l in langs], po[(t, "dev")], po[(t, "test")], sum(po[(t, l)] for l in langs)] for t in types]))
    ls = C()
    for rec, r in records:
        for p in rec["pii"]:
            ls[(p["type"], rec["lang"], rec["split"])] += 1
    print("\nPII values, language x split (dev/test):")
    print(md_table(["type", *[l + " dev/test" for l in langs]],
                   [[t, *[f"{ls[(t, l, 'dev')]}/{ls[(t, l, 'test')]}" for l in langs]] for t in types]))
    # per prompt pii count
    dist = C(min(len(rec["pii"]), 9) for rec, _ in records)
    print("\nPII values per prompt: " + ", ".join(f"{k}: {dist[k]}" for k in sorted(dist)))
    # look-alikes
    la = C()
    for rec, r in records:
        for l in rec["lookalikes"]:
            n = rec["text"].count(l["value"])
            la[(l["kind"], rec["lang"])] += n
            la[(l["kind"], rec["split"])] += n
            la[("**all**", rec["lang"])] += n
            la[("**all**", rec["split"])] += n
    kinds = sorted({k for k, _ in la if k != "**all**"}, key=lambda k: -sum(la[(k, l)] for l in langs)) + ["**all**"]
    print("\nLook-alike occurrences:")
    print(md_table(["kind", *langs, "dev", "test", "all"],
                   [[k, *[la[(k, l)] for l in langs], la[(k, "dev")], la[(k, "test")], sum(la[(k, l)] for l in langs)] for k in kinds]))
    la_nop = C()
    for rec, r in records:
        if not rec["pii"]:
            la_nop[rec["lang"]] += sum(rec["text"].count(l["value"]) for l in rec["lookalikes"])
    print("look-alike occurrences in no-PII prompts: " + ", ".join(f"{l} {la_nop[l]}" for l in langs))
    # phones
    reg, cue, style, kinds_ = C(), C(), C(), C()
    for rec, r in records:
        for p in rec["pii"]:
            if p["type"] == "PHONE":
                reg[p["region"]] += 1
                c = cue_of(rec["lang"], rec["text"], p["value"])
                cue[(rec["lang"], c)] += 1
        for m in r["meta"]:
            style[m[2]] += 1
            kinds_[m[3]] += 1
    print("\nphone regions (distinct values per prompt): " + ", ".join(f"{k} {reg[k]}" for k in sorted(reg)))
    print(f"regions covered: {len(reg)} of {len(ALL_REGIONS)}; missing: {sorted(set(ALL_REGIONS) - set(reg))}")
    print("phone styles (slot fills): " + ", ".join(f"{k} {v}" for k, v in sorted(style.items(), key=lambda x: -x[1])))
    print("phone line types (slot fills): " + ", ".join(f"{ {'m': 'mobile', 'f': 'fixed line', 'mf': 'fixed line or mobile'}[k]} {v}" for k, v in sorted(kinds_.items())))
    rows = []
    for l in langs:
        tot = cue[(l, True)] + cue[(l, False)]
        rows.append([l, tot, cue[(l, True)], cue[(l, False)], f"{100 * cue[(l, False)] / max(tot, 1):.0f}%"])
    tot = sum(cue.values())
    nc = sum(v for (l, c), v in cue.items() if not c)
    rows.append(["all", tot, tot - nc, nc, f"{100 * nc / tot:.0f}%"])
    print(md_table(["phones", "values", "with cue word", "without cue word", "share without"], rows))
    # person forms
    pf = C()
    for rec, r in records:
        for (t, v), x in r["pii"].items():
            if t == "PERSON":
                pf[(x, rec["lang"])] += 1
    forms = sorted({k for k, _ in pf}, key=lambda k: -sum(pf[(k, l)] for l in langs))
    print("\nPERSON values by form:")
    print(md_table(["form", *langs], [[k, *[pf[(k, l)] for l in langs]] for k in forms]))
    # look-alikes parsing as valid phones
    regions = {"de": "DE", "fr": "FR", "zh": "CN", "en": None}
    hp = C()
    for rec, r in records:
        reg_ = regions[rec["lang"]] or ("US" if rec["locale"] == "en_US" else "GB")
        for l in rec["lookalikes"]:
            if len(re.sub(r"\D", "", l["value"])) >= 6:
                hp[(l["kind"], "n")] += 1
                try:
                    if any(True for _ in pn.PhoneNumberMatcher(l["value"], reg_, leniency=pn.Leniency.VALID)):
                        hp[(l["kind"], "v")] += 1
                        hp[(rec["lang"], "v")] += 1
                except Exception:
                    pass
    ks = sorted({k for k, x in hp if x == "n"})
    print("\nnumeric look-alikes (6+ digits) that phonenumbers finds as a valid number of the locale's region: "
          + ", ".join(f"{k} {hp[(k, 'v')]}/{hp[(k, 'n')]}" for k in ks))
    print("by language: " + ", ".join(f"{l} {hp[(l, 'v')]}" for l in langs))
    h = hashlib.sha256(open(OUT, "rb").read()).hexdigest()
    print(f"\nsha256: {h}")


if __name__ == "__main__":
    main()
