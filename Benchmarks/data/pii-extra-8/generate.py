#!/usr/bin/env python3
"""Generator for the pii-extra-8 corpus (PERSON / PHONE / EMAIL + look-alikes).

    pip install faker==40.63.0 phonenumbers==9.0.43
    python3 generate.py            # writes corpus.jsonl next to this file
    python3 generate.py --stats    # same, then prints the count tables
    python3 generate.py --check    # re-reads corpus.jsonl and re-runs every check on it

Everything is driven by one random.Random(20261208). The Faker instances are seeded from it.
The template syntax is described in templates.py.
"""
import argparse
import datetime as dt
import hashlib
import json
import os
import random
import re
import sys
import unicodedata
from collections import Counter, defaultdict

import faker
import phonenumbers as pn
from faker import Faker

import templates as TP

SEED = 20261208
PREFIX = "x8"
PER_TEMPLATE = 5
MAX_TRIES = 300
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "corpus.jsonl")
PREV = os.path.join(HERE, "..", "pii-extra-7", "corpus.jsonl")

if faker.VERSION != "40.63.0":
    sys.exit("generate.py needs Faker 40.63.0 (found %s)" % faker.VERSION)
if pn.__version__ != "9.0.43":
    print("warning: phonenumbers %s, the corpus was made with 9.0.43; the file may differ" % pn.__version__,
          file=sys.stderr)


# ---------------------------------------------------------------------------------------------
# split: fixed before anything was generated or scored
# ---------------------------------------------------------------------------------------------
def split_of(template_id):
    """dev when the first byte of sha256(template id) is even, else test."""
    return "dev" if hashlib.sha256(template_id.encode("utf-8")).digest()[0] % 2 == 0 else "test"


R = random.Random(SEED)

LOCALES = ["de_DE", "de_AT", "de_CH", "fr_FR", "fr_BE", "fr_CH", "zh_CN", "zh_TW", "en_US", "en_GB"]
FAKERS = {}
for _loc in LOCALES:
    _f = Faker(_loc)
    _f.seed_instance(R.randrange(2 ** 32))
    FAKERS[_loc] = _f

GROUP_LANG = {"de": "de", "fr": "fr", "zh": "zh", "tw": "zh", "us": "en", "gb": "en"}
GROUP_IDPREFIX = {"de": "de", "fr": "fr", "zh": "zh", "tw": "zh", "us": "us", "gb": "gb"}
GROUP_MAIN_LOCALE = {"de": "de_DE", "fr": "fr_FR", "zh": "zh_CN", "tw": "zh_TW", "us": "en_US", "gb": "en_GB"}
GROUP_LOCALES = {
    "de": [("de_DE", 60), ("de_AT", 20), ("de_CH", 20)],
    "fr": [("fr_FR", 60), ("fr_BE", 20), ("fr_CH", 20)],
    "zh": [("zh_CN", 100)],
    "tw": [("zh_TW", 100)],
    "us": [("en_US", 100)],
    "gb": [("en_GB", 100)],
}
# regions whose numbers the unlabelled-phone check looks for, per language
CHECK_REGIONS = {
    "de": ["DE", "AT", "CH"],
    "fr": ["FR", "BE", "CH"],
    "zh": ["CN", "HK", "TW"],
    "en": ["US", "GB"],
}
# default region mix of a {PHn} slot, per locale (the rest is FOREIGN)
PHONE_MIX = {
    "de_DE": [("DE", 78), ("AT", 5), ("CH", 5)],
    "de_AT": [("AT", 70), ("DE", 18)],
    "de_CH": [("CH", 70), ("DE", 18)],
    "fr_FR": [("FR", 80), ("BE", 4), ("CH", 4)],
    "fr_BE": [("BE", 70), ("FR", 18)],
    "fr_CH": [("CH", 70), ("FR", 18)],
    "zh_CN": [("CN", 80), ("HK", 5), ("TW", 3)],
    "zh_TW": [("TW", 75), ("HK", 7), ("CN", 6)],
    "en_US": [("US", 70), ("CA", 18)],
    "en_GB": [("GB", 66), ("IE", 12), ("US", 3)],
}
FOREIGN = ["DE", "FR", "AT", "CH", "BE", "NL", "IT", "ES", "PL", "SE", "GB", "IE", "US", "CA", "CN", "HK", "TW",
           "JP", "KR", "IN", "AU"]

LA_KIND = {  # slot name -> record kind
    "date": "date", "time": "time", "price": "price", "pct": "percentage", "order": "order_number",
    "ticket": "ticket_id", "tracking": "tracking_number", "invoice": "invoice_number", "case": "case_number",
    "account": "account_ref", "ean": "ean", "imei": "imei", "serial": "serial_number", "plz": "postal_code",
    "street": "street", "brand": "brand", "company": "company", "figure": "historical_figure",
    "public": "public_figure", "character": "character", "title": "title", "dish": "dish", "place": "place",
    "everyday": "everyday_word", "version": "version", "ipver": "version", "math": "math", "code": "code",
    "sql": "sql", "log": "log_line", "timestamp": "timestamp", "qty": "quantity", "n": "quantity", "nn": "quantity", "sprice": "price", "flight": "flight_number",
    "train": "train_number", "room": "room_number", "errcode": "error_code",
}
RECORD_KINDS = set(LA_KIND.values())


def wchoice(pairs):
    tot = sum(w for _, w in pairs)
    x = R.uniform(0, tot)
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


# ---------------------------------------------------------------------------------------------
# phones
# ---------------------------------------------------------------------------------------------
# region -> list of (prefix list, NSN lengths)
PHONE_PLANS = {
    "DE": [(["151", "152", "157", "159", "160", "162", "163", "170", "171", "172", "173", "174", "175", "176", "177",
             "178", "179"], (10, 11)),
           (["30", "40", "89", "221", "69", "711", "211", "351", "341", "511", "911", "421", "231", "228", "621",
             "761", "331", "381", "6221", "7071", "8821", "4131", "9131", "5141"], (9, 10, 11))],
    "AT": [(["664", "650", "660", "676", "699", "680", "681", "688", "677"], (10, 11)),
           (["1", "316", "662", "512", "732", "463", "2742", "5572"], (8, 9, 10))],
    "CH": [(["76", "77", "78", "79", "75"], (9,)),
           (["21", "22", "26", "31", "41", "43", "44", "61", "71", "81", "91", "52", "32"], (9,))],
    "FR": [(["6", "7"], (9,)), (["1", "2", "3", "4", "5", "9"], (9,))],
    "BE": [(["46", "47", "48", "49"], (9,)), (["2", "3", "4", "9", "10", "50", "65", "81"], (8, 9))],
    "NL": [(["61", "62", "63", "64", "65"], (9,)), (["20", "10", "70", "30", "40", "50", "24", "43"], (9,))],
    "IT": [(["32", "33", "34", "35", "36", "37", "38", "39"], (10,)), (["06", "02", "011", "055", "081"], (8, 9, 10))],
    "ES": [(["6", "71", "72", "73", "74"], (9,)), (["91", "93", "95", "96", "94", "98"], (9,))],
    "PL": [(["50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88"], (9,)),
           (["22", "12", "58", "61", "71", "42"], (9,))],
    "SE": [(["70", "72", "73", "76", "79"], (9,)), (["8", "31", "40", "18", "90"], (7, 8, 9))],
    "GB": [(["74", "75", "77", "78", "79"], (10,)), (["20", "161", "121", "131", "113", "117", "141", "1632", "29", "28"],
                                                    (10,))],
    "IE": [(["83", "85", "86", "87", "89"], (9,)), (["1", "21", "91", "61", "51"], (8, 9))],
    "US": [(["212", "415", "312", "617", "206", "503", "512", "303", "404", "305", "702", "720", "646", "213", "919",
             "614", "602", "615", "608", "801"], (10,))],
    "CA": [(["416", "647", "604", "778", "514", "438", "613", "403", "587", "780", "902", "506", "204", "306"], (10,))],
    "CN": [(["130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "155", "156", "157",
             "158", "159", "170", "176", "177", "178", "180", "181", "182", "185", "186", "187", "188", "189", "191",
             "198", "199"], (11,)),
           (["10", "21", "20", "22", "23", "24", "25", "27", "28", "29", "755", "571", "512", "532", "591", "731"],
            (10, 11))],
    "HK": [(["51", "54", "56", "59", "6", "90", "91", "92", "93", "94", "97", "98"], (8,)), (["2", "3"], (8,))],
    "TW": [(["91", "92", "93", "95", "96", "97", "98"], (9,)), (["2"], (9,)), (["4", "7", "6", "3"], (8, 9))],
    "JP": [(["70", "80", "90"], (10,)), (["3", "6"], (9,)), (["45", "52", "92", "75", "11"], (9,))],
    "KR": [(["10"], (10,)), (["2"], (9, 10)), (["31", "32", "51", "53", "42", "62"], (9, 10))],
    "IN": [(["98", "97", "96", "99", "91", "90", "88", "87", "80", "70", "63", "62"], (10,)),
           (["11", "22", "80", "33", "44", "40"], (10,))],
    "AU": [(["4"], (9,)), (["2", "3", "7", "8"], (9,))],
}

PNF = pn.PhoneNumberFormat


def draw_number(region):
    plans = PHONE_PLANS[region]
    for _ in range(500):
        prefixes, lengths = R.choice(plans)
        pre = R.choice(prefixes)
        n = R.choice(lengths)
        if n <= len(pre):
            continue
        nsn = pre + "".join(str(R.randrange(10)) for _ in range(n - len(pre)))
        try:
            num = pn.parse("+%d%s" % (pn.country_code_for_region(region), nsn), None)
        except pn.NumberParseException:
            continue
        if (pn.is_valid_number(num) and pn.region_code_for_number(num) == region and
                pn.number_type(num) in (pn.PhoneNumberType.MOBILE, pn.PhoneNumberType.FIXED_LINE,
                                        pn.PhoneNumberType.FIXED_LINE_OR_MOBILE)):
            return num
    raise RuntimeError("no valid number for " + region)


def _groups(s):
    return [g for g in re.split(r"[\s\-()]+", s) if g]


def phone_forms(num, region):
    """candidate written forms (name, string) of a number."""
    nat = pn.format_number(num, PNF.NATIONAL)
    intl = pn.format_number(num, PNF.INTERNATIONAL)
    e164 = pn.format_number(num, PNF.E164)
    cc = str(num.country_code)
    body = intl[len(cc) + 2:]
    ng = _groups(nat)
    f = [("nat", nat), ("intl", intl), ("intl", intl), ("e164", e164), ("intl_00", "00%s %s" % (cc, body))]
    if len(ng) > 1:
        f += [("nat_dash", "-".join(ng)), ("nat_compact", "".join(ng))]
    if region in ("DE", "AT", "CH", "FR", "BE", "NL", "GB", "IE", "SE"):
        f += [("intl_trunk", "+%s (0)%s" % (cc, body))]
    if region in ("DE", "AT") and len(ng) > 1:
        f += [("nat_slash", ng[0] + "/" + "".join(ng[1:])), ("nat_slash_sp", ng[0] + " / " + " ".join(ng[1:])),
              ("intl_dash", "+%s-%s" % (cc, "-".join(_groups(body))))]
    if region == "FR":
        f += [("nat_dot", ".".join(ng)), ("nat", nat), ("intl_dot", "+%s %s" % (cc, ".".join(_groups(body))))]
    if region == "BE" and len(ng) > 2:
        f += [("nat_slash", ng[0] + "/" + ".".join(ng[1:])), ("nat_dot", ".".join(ng))]
    if region == "CH":
        f += [("nat", nat), ("intl_00sp", "00%s %s" % (cc, body))]
    if region in ("GB", "AU") and len(ng) > 1:
        f += [("nat_paren", "(%s) %s" % (ng[0], " ".join(ng[1:])))]
    if region in ("US", "CA"):
        d = pn.national_significant_number(num)
        f += [("us_paren", nat), ("us_dash", "%s-%s-%s" % (d[:3], d[3:6], d[6:])),
              ("us_dot", "%s.%s.%s" % (d[:3], d[3:6], d[6:])), ("us_1dash", "1-%s-%s-%s" % (d[:3], d[3:6], d[6:])),
              ("intl_paren", "+1 (%s) %s-%s" % (d[:3], d[3:6], d[6:])), ("intl_sp", "+1 %s %s %s" % (d[:3], d[3:6], d[6:]))]
    if region == "CN":
        d = pn.national_significant_number(num)
        if d.startswith("1") and len(d) == 11:
            f += [("cn_344_dash", "%s-%s-%s" % (d[:3], d[3:7], d[7:]))] * 3 + [("nat", nat)] * 2 + \
                 [("nat_compact", d)] * 3 + [("intl_dash", "+86-%s-%s-%s" % (d[:3], d[3:7], d[7:]))]
        else:
            f += [("cn_area_dash", "%s-%s" % (ng[0], "".join(ng[1:]))), ("nat_paren", "(%s) %s" % (ng[0], " ".join(ng[1:])))]
    if region == "TW":
        f += [("nat_dash", "-".join(ng))]
        if ng[0].startswith("0") and not ng[0].startswith("09"):
            f += [("nat_paren", "(%s) %s" % (ng[0], "-".join(ng[1:])))]
    if region in ("JP", "KR"):
        f += [("nat", nat), ("intl", intl)]
    if region == "IN":
        d = pn.national_significant_number(num)
        f += [("in_sp", "%s %s" % (d[:5], d[5:])), ("intl_dash", "+91-%s-%s" % (d[:5], d[5:]))]
    if region == "HK":
        f += [("intl_sp", "+852 %s" % nat), ("nat_dash", "-".join(ng))]
    return f


def phone_ok(s, region, num=None):
    try:
        p = pn.parse(s, region)
    except pn.NumberParseException:
        return False
    if not pn.is_valid_number(p) or pn.region_code_for_number(p) != region:
        return False
    if num is not None and p.national_number != num.national_number:
        return False
    return True


def draw_phone(region):
    num = draw_number(region)
    forms = phone_forms(num, region)
    R.shuffle(forms)
    for name, s in forms:
        if phone_ok(s, region, num):
            return s, name, num
    raise RuntimeError("no form for %s" % num)


# ---------------------------------------------------------------------------------------------
# names
# ---------------------------------------------------------------------------------------------
NAME_OK = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ'’\-]+$")


def faker_name(loc, kind, gender=None):
    f = FAKERS[loc]
    for _ in range(100):
        if kind == "given":
            v = f.first_name_male() if gender == "m" else f.first_name_female()
        else:
            v = f.last_name()
        if loc.startswith("zh") or NAME_OK.match(v):
            return v
    raise RuntimeError(loc)


class Person:
    def __init__(self, lang, loc, need):
        self.lang, self.loc = lang, loc
        self.gender = R.choice("mf")
        self.form = "plain"
        getattr(self, "_make_" + lang)(need)

    # German: compound given names, umlauts, particles, double family names
    def _make_de(self, need):
        g = self.gender
        x = R.random()
        if x < 0.22:
            self.given = R.choice(TP.DE_COMPOUND_M if g == "m" else TP.DE_COMPOUND_F)
            self.form = "compound_given"
        elif x < 0.34:
            self.given = R.choice(TP.DE_UMLAUT_M if g == "m" else TP.DE_UMLAUT_F)
        else:
            self.given = faker_name(self.loc, "given", g)
        y = R.random()
        if y < 0.16:
            part, names = R.choice(TP.DE_PARTICLES)
            self.family = part + " " + R.choice(names)
            self.form = "particle"
        elif y < 0.31:
            a = faker_name(self.loc, "family")
            b = R.choice(TP.DE_UMLAUT_FAM) if R.random() < 0.4 else faker_name(self.loc, "family")
            self.family = a + "-" + b if R.random() < 0.5 else b + "-" + a
            self.form = "double_family"
        elif y < 0.46:
            self.family = R.choice(TP.DE_UMLAUT_FAM)
        else:
            self.family = faker_name(self.loc, "family")

    def _make_fr(self, need):
        g = self.gender
        x = R.random()
        if x < 0.25:
            self.given = R.choice(TP.FR_COMPOUND_M if g == "m" else TP.FR_COMPOUND_F)
            self.form = "compound_given"
        else:
            self.given = faker_name(self.loc, "given", g)
        y = R.random()
        if y < 0.18:
            part, names = R.choice(TP.FR_PARTICLES)
            sep = "" if part.endswith(("'", "’")) else " "
            self.family = part + sep + R.choice(names)
            self.form = "particle"
        elif y < 0.30:
            self.family = faker_name(self.loc, "family") + "-" + faker_name(self.loc, "family")
            self.form = "double_family"
        else:
            self.family = faker_name(self.loc, "family")

    def _make_zh(self, need):
        loc = self.loc
        trad = loc == "zh_TW"
        for _ in range(200):
            x = R.random()
            if x < 0.15:
                sur = R.choice(TP.ZH_COMPOUND_SURNAMES)
                if trad:
                    sur = TP.ZH_TRAD.get(sur, sur)
                self.form = "compound_surname"
            else:
                sur = faker_name(loc, "family")
                self.form = "zh"
            given = faker_name(loc, "given", self.gender)
            want2 = "G" in need or R.random() < 0.62
            if want2 and len(given) == 1:
                given += faker_name(loc, "given", self.gender)[:1]
            if not want2 and len(given) == 2 and R.random() < 0.5:
                given = given[:1]
            if len(given) > 2:
                continue
            if "G" in need and len(given) != 2:
                continue
            full = sur + given
            if full in TP.ZH_FAMOUS or len(set(full)) < len(full):
                continue
            self.family, self.given = sur, given
            return
        raise RuntimeError("zh name")

    def _make_en(self, need):
        g = self.gender
        if "W" in need:
            self.given = R.choice(TP.EN_WORD_NAMES_M if g == "m" else TP.EN_WORD_NAMES_F)
            self.form = "word_name"
        elif R.random() < 0.06:
            self.given = R.choice(TP.EN_COMPOUND_M if g == "m" else TP.EN_COMPOUND_F)
            self.form = "compound_given"
        else:
            self.given = faker_name(self.loc, "given", g)
        y = R.random()
        if y < 0.12:
            self.family = R.choice(TP.EN_APOSTROPHE)
            self.form = "apostrophe"
        elif y < 0.22 and self.loc == "en_GB":
            self.family = faker_name(self.loc, "family") + "-" + faker_name(self.loc, "family")
            self.form = "double_family"
        else:
            self.family = faker_name(self.loc, "family")

    @property
    def full(self):
        if self.lang == "zh":
            return self.family + self.given
        return self.given + " " + self.family

    def segs(self, slot):
        """(text, is_pii) pieces for a person slot."""
        lang, g = self.lang, self.gender
        if slot == "P":
            return [(self.full, True)]
        if slot in ("G", "W"):
            return [(self.given, True)]
        if slot == "F":
            return [(self.family, True)]
        if slot == "g":
            return [(self.given.lower(), True)]
        if slot == "p":
            return [(self.full.lower(), True)]
        if slot == "f":
            return [(self.family.lower(), True)]
        h = TP.HONORIFICS.get(self.loc, TP.HONORIFICS.get(lang))
        if slot == "H":
            t = R.choice(h["H_m" if g == "m" else "H_f"])
            return [(t + " ", False), (self.family, True)]
        if slot == "Hn":
            t = R.choice(h["Hn_m" if g == "m" else "Hn_f"])
            return [(t + " ", False), (self.family, True)]
        if slot in ("HD", "HDn"):
            key = slot if slot + "_m" in h else "HD"
            t = R.choice(h[key + ("_m" if g == "m" else "_f")])
            return [(t + " ", False), (self.family, True)]
        if slot == "HF":
            t = R.choice(h["H_m" if g == "m" else "H_f"])
            return [(t + " ", False), (self.full, True)]
        if slot == "SG":
            t = R.choice(h["SG_m" if g == "m" else "SG_f"])
            return [(t + " ", False), (self.family, True)]
        raise KeyError(slot)


def translit(s):
    s = s.replace("ß", "ss").replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    s = s.replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9\-]", "", s.lower().replace(" ", ""))


def make_email(person, lang, loc):
    doms = TP.EMAIL_DOMAINS[loc]
    if person is None:
        f = FAKERS[loc]
        if lang == "zh" and R.random() < 0.5:
            return "%d@qq.com" % R.randrange(10 ** 7, 10 ** 10)
        if R.random() < 0.5:
            return f.free_email().lower()
        user = translit(faker_name(loc if lang != "zh" else "en_US", "given", R.choice("mf"))) + str(R.randrange(1, 99))
        return user + "@" + R.choice(doms)
    if lang == "zh":
        if R.random() < 0.4:
            return "%d@qq.com" % R.randrange(10 ** 7, 10 ** 10)
        rom = FAKERS["zh_CN"].romanized_name().lower().split()
        first, last = rom[0], rom[-1]
    else:
        first, last = translit(person.given), translit(person.family)
    x = R.random()
    if x < 0.3:
        user = first + "." + last
    elif x < 0.5:
        user = first[0] + "." + last
    elif x < 0.6:
        user = last + "." + first
    elif x < 0.7:
        user = first + "_" + last
    elif x < 0.8:
        user = first + "." + last + "+" + R.choice(["jobs", "shop", "news", "kita", "verein", "asso", "work"])
    elif x < 0.9:
        user = first + last + str(R.randrange(1, 99))
    else:
        user = last + str(R.randrange(60, 99))
    user = re.sub(r"\.+", ".", user).strip(".-")
    return user + "@" + R.choice(doms)


# ---------------------------------------------------------------------------------------------
# look-alikes
# ---------------------------------------------------------------------------------------------
DE_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
             "November", "Dezember"]
DE_MON_ABBR = ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."]
DE_DAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ZH_DAYS = "一二三四五六日"


def ordinal(n):
    if 10 <= n % 100 <= 20:
        return "%dth" % n
    return "%d%s" % (n, {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def rand_date():
    return dt.date(2025, 1, 1) + dt.timedelta(days=R.randrange(0, 3 * 365))


def la_date(lang, loc):
    d = rand_date()
    Y, M, D, w = d.year, d.month, d.day, d.weekday()
    if lang == "de":
        opts = ["%02d.%02d.%d" % (D, M, Y), "%d.%d.%d" % (D, M, Y), "%02d.%02d.%02d" % (D, M, Y % 100),
                "%d. %s %d" % (D, DE_MONTHS[M - 1], Y), "%s, %d. %s" % (DE_DAYS[w], D, DE_MONTHS[M - 1]),
                "%d. %s %d" % (D, DE_MON_ABBR[M - 1], Y), "%02d.%02d." % (D, M), d.isoformat()]
    elif lang == "fr":
        dd = "1er" if D == 1 else str(D)
        opts = ["%02d/%02d/%d" % (D, M, Y), "%d/%d/%02d" % (D, M, Y % 100), "%s %s %d" % (dd, FR_MONTHS[M - 1], Y),
                "%s %s %s" % (FR_DAYS[w], dd, FR_MONTHS[M - 1]), "%02d/%02d" % (D, M), d.isoformat(),
                "%02d.%02d.%d" % (D, M, Y)]
    elif lang == "zh":
        wk = ("（週%s）" if loc == "zh_TW" else "（周%s）") % ZH_DAYS[w]
        opts = ["%d年%d月%d日" % (Y, M, D), "%d月%d日" % (M, D), "%d月%d号" % (M, D), "%d/%d/%d" % (Y, M, D),
                d.isoformat(), "%d.%02d.%02d" % (Y, M, D), "%d月%d日%s" % (M, D, wk)]
        if loc == "zh_TW":
            opts.append("%d年%d月%d日" % (Y - 1911, M, D))  # Minguo year
    elif loc == "en_US":
        opts = ["%d/%d/%d" % (M, D, Y), "%s %d, %d" % (EN_MONTHS[M - 1][:3], D, Y), "%s %s" % (EN_MONTHS[M - 1], ordinal(D)),
                "%s, %s %d" % (EN_DAYS[w], EN_MONTHS[M - 1], D), d.isoformat(), "%02d/%02d/%02d" % (M, D, Y % 100)]
    else:
        opts = ["%02d/%02d/%d" % (D, M, Y), "%d/%d/%02d" % (D, M, Y % 100), "%d %s %d" % (D, EN_MONTHS[M - 1], Y),
                "%s %s %s" % (EN_DAYS[w], ordinal(D), EN_MONTHS[M - 1]), "%d %s" % (D, EN_MONTHS[M - 1][:3]),
                d.isoformat()]
    return R.choice(opts)


def la_time(lang, loc):
    h, m = R.randrange(7, 22), R.choice([0, 0, 15, 30, 30, 45, 10, 20, 40, 50])
    if lang == "de":
        return R.choice(["%d:%02d" % (h, m), "%d.%02d Uhr" % (h, m), "%d Uhr" % h, "%02d:%02d Uhr" % (h, m)])
    if lang == "fr":
        return R.choice(["%dh%02d" % (h, m), "%d h %02d" % (h, m), "%dh" % h, "%02d:%02d" % (h, m)])
    if lang == "zh":
        dian = "點" if loc == "zh_TW" else "点"
        part = "上午" if h < 12 else ("下午" if h < 18 else "晚上")
        h12 = h if h <= 12 else h - 12
        return R.choice(["%d:%02d" % (h, m), "%s%d%s" % (part, h12, dian), "%s%d%s半" % (part, h12, dian),
                         "%d%s%d分" % (h, dian, m or 5)])
    h12 = h if h <= 12 else h - 12
    ap = "am" if h < 12 else "pm"
    if loc == "en_US":
        return R.choice(["%d:%02d %s" % (h12, m, ap), "%d%s" % (h12, ap), "%d:%02d %s" % (h12, m, ap.upper())])
    return R.choice(["%02d:%02d" % (h, m), "%d.%02d%s" % (h12, m, ap), "%d%s" % (h12, ap)])


def fmt_num(x, dec, th, places=2):
    s = "%.*f" % (places, x)
    ip, _, fp = s.partition(".")
    groups = []
    while len(ip) > 3:
        groups.insert(0, ip[-3:])
        ip = ip[:-3]
    groups.insert(0, ip)
    out = th.join(groups)
    return out + (dec + fp if places else "")


def la_price(lang, loc):
    x = R.choice([R.uniform(1, 99), R.uniform(100, 2000), R.uniform(1000, 99999)])
    x = round(x, 2)
    if R.random() < 0.3:
        x = float(int(x)) + R.choice([0.0, 0.5, 0.99, 0.9])
    if lang == "de":
        if loc == "de_CH" and R.random() < 0.6:
            return R.choice(["CHF %s" % fmt_num(x, ".", "'"), "Fr. %s" % fmt_num(x, ".", "'"),
                             "%s CHF" % fmt_num(x, ".", "’")])
        return R.choice(["%s €" % fmt_num(x, ",", "."), "€%s" % fmt_num(x, ",", "."), "%s EUR" % fmt_num(x, ",", "."),
                         "%s Euro" % fmt_num(x, ",", ".", 0 if x == int(x) else 2)])
    if lang == "fr":
        if loc == "fr_CH" and R.random() < 0.6:
            return R.choice(["CHF %s" % fmt_num(x, ".", "'"), "%s francs" % fmt_num(x, ".", "'", 0)])
        return R.choice(["%s €" % fmt_num(x, ",", " "), "%s €" % fmt_num(x, ",", "\u202f"), "%s euros" % fmt_num(x, ",", " "),
                         "%s EUR" % fmt_num(x, ",", " ")])
    if lang == "zh":
        xi = int(x)
        if loc == "zh_TW":
            return R.choice(["NT$%s" % fmt_num(xi, ".", ",", 0), "%s元" % fmt_num(xi, ".", ",", 0), "新台幣%d元" % xi])
        return R.choice(["¥%s" % fmt_num(xi, ".", ",", 0), "￥%d" % xi, "%d元" % xi, "人民币%s元" % fmt_num(xi, ".", ",", 0),
                         "%s元" % fmt_num(x, ".", "", 2), "%.1f万元" % (R.randrange(11, 999) / 10)])
    if loc == "en_US":
        return R.choice(["$%s" % fmt_num(x, ".", ","), "$%d" % int(x), "USD %s" % fmt_num(x, ".", ",")])
    return R.choice(["£%s" % fmt_num(x, ".", ","), "£%d" % int(x), "€%s" % fmt_num(x, ".", ",")])


def la_sprice(lang, loc):
    """a small price (1-60)."""
    x = round(R.uniform(1, 60), 2)
    if lang == "de":
        return R.choice(["%s €" % fmt_num(x, ",", "."), "€%s" % fmt_num(x, ",", "."), "%s Euro" % fmt_num(x, ",", ".")])
    if lang == "fr":
        return R.choice(["%s €" % fmt_num(x, ",", " "), "%s euros" % fmt_num(x, ",", " ")])
    if lang == "zh":
        return R.choice(["%d元" % int(x), "¥%d" % int(x), "%.1f元" % x]) if loc != "zh_TW" else "NT$%d" % int(x * 10)
    return ("$%s" if loc == "en_US" else "£%s") % fmt_num(x, ".", ",")


def la_pct(lang, loc):
    v = R.choice([str(R.randrange(1, 100)), "%d.%d" % (R.randrange(0, 30), R.randrange(1, 10))])
    if lang in ("de", "fr"):
        v = v.replace(".", ",")
        return v + R.choice([" %", "%", "\u00a0%"])
    if lang == "zh":
        return v + R.choice(["%", "％"])
    return v + "%"


def phoneish(s, lang):
    """True when phonenumbers finds a valid number of the language's regions in s."""
    for reg in CHECK_REGIONS[lang]:
        for _ in pn.PhoneNumberMatcher(s, reg, leniency=pn.Leniency.VALID):
            return True
    return False


def digits(n, first="123456789"):
    return R.choice(first) + "".join(str(R.randrange(10)) for _ in range(n - 1))


def not_phone(fn, lang, tries=80):
    v = fn()
    for _ in range(tries):
        if not phoneish(v, lang):
            return v
        v = fn()
    return v


def la_order(lang, loc):
    def f():
        k = R.random()
        if k < 0.45:
            return digits(R.randrange(10, 14))
        if k < 0.6:
            return "%s %s %s" % (digits(4), digits(4, "0123456789"), digits(4, "0123456789"))
        if k < 0.72:
            return "%s-%s-%s" % (digits(3), digits(7, "0123456789"), digits(7, "0123456789"))
        if k < 0.85:
            return "%s-%d-%s" % (R.choice(["A", "BE", "WEB", "DE", "FR", "CN", "SO"]), R.randrange(2024, 2028), digits(6))
        return "#" + digits(R.randrange(6, 9))
    return not_phone(f, lang)


def la_ticket(lang, loc):
    return R.choice(["INC%07d" % R.randrange(10 ** 6), "OPS-%d" % R.randrange(100, 9999), "SR-%d-%05d" % (R.randrange(2025, 2028), R.randrange(10 ** 5)),
                     "TKT-%d" % R.randrange(10000, 99999), "CASE-%07d" % R.randrange(10 ** 6, 10 ** 7),
                     "%s-%d" % (R.choice(["VEIL", "APP", "WEB", "CRM", "PAY", "HR"]), R.randrange(10, 9999)),
                     "GD%s-%04d" % (rand_date().strftime("%Y%m%d"), R.randrange(10000))])


S10_W = [8, 6, 4, 2, 3, 5, 9, 7]


def s10(prefix, country):
    d = [R.randrange(10) for _ in range(8)]
    c = 11 - sum(a * b for a, b in zip(d, S10_W)) % 11
    c = 5 if c == 11 else (0 if c == 10 else c)
    return prefix + "".join(map(str, d)) + str(c) + country


def la_tracking(lang, loc):
    def f():
        k = R.randrange(9)
        if k == 0:
            return "00340434" + "".join(str(R.randrange(10)) for _ in range(12))
        if k == 1:
            return "1Z" + "".join(R.choice("0123456789ABCDEFGHJKLMNPRTVWXY") for _ in range(6)) + "%02d%08d" % (R.randrange(100), R.randrange(10 ** 8))
        if k == 2:
            return s10(R.choice(["RB", "RR", "LX", "CP", "EE", "LY"]), R.choice(["DE", "FR", "CN", "GB", "CH", "AT", "BE", "US"]))
        if k == 3:
            return "6A%011d" % R.randrange(10 ** 11)
        if k == 4:
            return "SF%013d" % R.randrange(10 ** 13)
        if k == 5:
            return "JDX%012d" % R.randrange(10 ** 12)
        if k == 6:
            return "YT%013d" % R.randrange(10 ** 13)
        if k == 7:
            d = "9400" + "".join(str(R.randrange(10)) for _ in range(18))
            return " ".join(d[i:i + 4] for i in range(0, 22, 4))
        return "JJD%018d" % R.randrange(10 ** 18)
    return not_phone(f, lang)


def la_invoice(lang, loc):
    y = R.randrange(2025, 2028)
    return R.choice(["RE-%d-%04d" % (y, R.randrange(10000)), "RG%d/%04d" % (y, R.randrange(10000)),
                     "F-%d-%05d" % (y, R.randrange(10 ** 5)), "FAC-%d-%04d" % (y, R.randrange(10000)),
                     "INV-%06d" % R.randrange(10 ** 6), "INV/%d/%02d/%04d" % (y, R.randrange(1, 13), R.randrange(10000)),
                     "FP%d%02d%07d" % (y, R.randrange(1, 13), R.randrange(10 ** 7))])


def la_case(lang, loc):
    y = R.randrange(25, 28)
    if lang == "de":
        return R.choice(["%d O %d/%d" % (R.randrange(1, 40), R.randrange(1, 999), y), "%d C %d/%d" % (R.randrange(1, 40), R.randrange(1, 999), y),
                         "AZ %d-%04d" % (2000 + y, R.randrange(10000))])
    if lang == "fr":
        return R.choice(["%d/%04d" % (2000 + y, R.randrange(10000)), "RG %d/%05d" % (y, R.randrange(10 ** 5)), "DOS-%d-%03d" % (2000 + y, R.randrange(1000))])
    if lang == "zh":
        return R.choice(["（%d）京0105民初%d号" % (2000 + y, R.randrange(100, 99999)), "（%d）沪0115民初%d号" % (2000 + y, R.randrange(100, 99999)),
                         "（%d）粤0304执%d号" % (2000 + y, R.randrange(100, 9999))])
    return R.choice(["CS-%08d" % R.randrange(10 ** 8), "Case %d-%04d" % (2000 + y, R.randrange(10000)), "REF/%d/%04d" % (2000 + y, R.randrange(10000))])


def la_account(lang, loc):
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return R.choice(["KD-%d" % R.randrange(100000, 999999), "C-%04d-%s%s" % (R.randrange(10000), R.choice(L), R.choice(L)),
                     "%d%s%s" % (R.randrange(1000, 9999), R.choice(L), R.choice(L)), "VIP%s" % rand_date().strftime("%Y%m%d"),
                     "ACC-%05d-%s" % (R.randrange(10 ** 5), R.choice(L)), "M%07d" % R.randrange(10 ** 7),
                     "%s%s-%d-%d" % (R.choice(L), R.choice(L), R.randrange(100, 999), R.randrange(1000, 9999))])


def ean13(prefix):
    d = prefix + "".join(str(R.randrange(10)) for _ in range(12 - len(prefix)))
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(d))
    return d + str((10 - s % 10) % 10)


def la_ean(lang, loc):
    pre = {"de": ["400", "401", "402", "404", "405", "426", "90", "76"], "fr": ["300", "301", "330", "340", "376", "54"],
           "zh": ["690", "691", "692", "693", "694", "695", "471"], "en": ["50", "501", "0", "00"]}[lang]
    return ean13(R.choice(pre))


def luhn_complete(d):
    s = 0
    for i, c in enumerate(reversed(d)):
        v = int(c)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        s += v
    return d + str((10 - s % 10) % 10)


def la_imei(lang, loc):
    return luhn_complete(R.choice(["35", "86", "35", "01"]) + "".join(str(R.randrange(10)) for _ in range(12)))


def la_serial(lang, loc):
    A = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
    return R.choice(["C02" + "".join(R.choice(A) for _ in range(9)), "%dCE%s" % (R.randrange(2, 9), "".join(R.choice(A) for _ in range(6))),
                     "SN-%s-%s" % ("".join(R.choice(A) for _ in range(4)), "".join(R.choice(A) for _ in range(4))),
                     "F17" + "".join(R.choice(A) for _ in range(9)), "W%d%s" % (R.randrange(10, 99), "".join(R.choice(A) for _ in range(8)))])


def la_plz(lang, loc):
    if lang == "de":
        if loc == "de_AT":
            return "%d" % R.choice([1010, 1020, 1070, 1180, 4020, 5020, 6020, 8010, 9020])
        if loc == "de_CH":
            return "%d" % R.choice([8001, 8004, 3011, 4051, 6003, 9000, 1204, 2502])
        return "%05d" % R.choice([10115, 10999, 20095, 22767, 50667, 60311, 70173, 80331, 81675, 1067, 4109, 90402, 28195, 44137])
    if lang == "fr":
        if loc == "fr_BE":
            return str(R.choice([1000, 1050, 1180, 4000, 5000, 6000, 7000]))
        if loc == "fr_CH":
            return str(R.choice([1201, 1204, 1003, 1005, 2000, 1700, 1950]))
        return "%05d" % R.choice([75011, 75015, 69003, 13008, 31000, 33000, 44000, 59800, 67000, 6000, 34000])
    if lang == "zh":
        if loc == "zh_TW":
            return str(R.choice([100, 106, 110, 220, 300, 400, 700, 800]))
        return str(R.choice([100020, 100080, 200031, 200120, 510000, 518057, 310012, 610041, 430070]))
    if loc == "en_US":
        z = R.choice([94107, 10001, 60614, 2139, 98101, 73301, 30309, 80202, 97205])
        return ("%05d" % z) + (("-%04d" % R.randrange(10000)) if R.random() < 0.3 else "")
    return R.choice(["SW1A 1AA", "EC1A 1BB", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "LS1 4DY", "G2 3AD", "EH1 1YZ", "BS1 6QF"])


def la_list(name):
    def f(lang, loc):
        tbl = TP.LISTS[name]
        key = loc if loc in tbl else lang
        return R.choice(tbl[key])
    return f


def la_version(lang, loc):
    return R.choice(["v%d.%d.%d" % (R.randrange(0, 6), R.randrange(0, 30), R.randrange(0, 20)),
                     "%d.%d.%d" % (R.randrange(1, 20), R.randrange(0, 15), R.randrange(0, 40)),
                     "v%d.%d.%d-beta.%d" % (R.randrange(0, 4), R.randrange(0, 20), R.randrange(0, 9), R.randrange(1, 5)),
                     "%d.%d.%d-rc%d" % (R.randrange(1, 9), R.randrange(0, 12), 0, R.randrange(1, 4)),
                     "iOS %d.%d" % (R.randrange(16, 19), R.randrange(0, 6)), "Android %d" % R.randrange(12, 16),
                     "Build %d.%d" % (R.randrange(19000, 27000), R.randrange(100, 5000))])


def la_ipver(lang, loc):
    return R.choice(["10.0.%d.%d" % (R.choice([19045, 22621, 22631, 26100]), R.randrange(100, 5000)),
                     "%d.%d.%d.%d" % (R.randrange(1, 9), R.randrange(0, 10), R.randrange(0, 10), R.randrange(1, 300)),
                     "%d.%d.%d.%d" % (R.randrange(100, 140), R.randrange(0, 1), R.randrange(5000, 7000), R.randrange(0, 200))])


def la_math(lang, loc):
    a, b = R.randrange(2, 40), R.randrange(2, 40)
    return R.choice(["%d × %d = %d" % (a, b, a * b), "%d/%d + %d/%d" % (R.randrange(1, 9), R.randrange(2, 10), R.randrange(1, 9), R.randrange(2, 10)),
                     "x² + %dx + %d = 0" % (a + b, a * b), "(%d + %d) * %d = %d" % (a, b, 3, (a + b) * 3),
                     "2^%d = %d" % (a % 16 + 2, 2 ** (a % 16 + 2)), "√%d = %d" % (a * a, a), "%d %% %d = %d" % (a * b + 1, a, (a * b + 1) % a),
                     "%d,%d + %d,%d" % (a, R.randrange(10), b, R.randrange(10)) if lang in ("de", "fr") else "%d.%d + %d.%d" % (a, R.randrange(10), b, R.randrange(10))])


def la_code(lang, loc):
    n = R.randrange(2, 200)
    return R.choice(["for (int i = 0; i < %d; i++)" % n, "git rebase -i HEAD~%d" % (n % 9 + 2), "print(sum(range(%d)))" % n,
                     "docker run -p %d:80 nginx:1.27" % R.choice([8080, 8000, 3000, 9090]), "npm install react@18.3.%d" % (n % 3),
                     "curl -X POST localhost:%d/api/v2/orders" % R.choice([3000, 8080, 5000]), "kubectl scale deploy web --replicas=%d" % (n % 8 + 2),
                     "const MAX_RETRY = %d;" % (n % 10 + 1), "if len(items) > %d:" % n, "git cherry-pick %07x" % R.randrange(16 ** 7),
                     "pip install numpy==2.%d.%d" % (n % 3, n % 5), "ssh -p %d deploy@build-%02d" % (R.choice([22, 2222]), n % 20)])


def la_sql(lang, loc):
    return R.choice(["SELECT id, total FROM orders WHERE id = %d;" % R.randrange(10 ** 6, 10 ** 9),
                     "UPDATE tickets SET status = 'closed' WHERE id IN (%d, %d);" % (R.randrange(1000, 9999), R.randrange(1000, 9999)),
                     "SELECT COUNT(*) FROM users WHERE created_at >= '%s';" % rand_date().isoformat(),
                     "DELETE FROM sessions WHERE expires < %d;" % R.randrange(1700000000, 1800000000),
                     "SELECT sku, qty FROM stock WHERE qty < %d ORDER BY qty LIMIT %d;" % (R.randrange(1, 50), R.randrange(5, 100))])


def la_timestamp(lang, loc):
    d = rand_date()
    t = "%02d:%02d:%02d" % (R.randrange(24), R.randrange(60), R.randrange(60))
    return R.choice(["%sT%sZ" % (d.isoformat(), t), "%s %s" % (d.isoformat(), t), "%s %s.%03d" % (d.isoformat(), t, R.randrange(1000)),
                     "%d" % R.randrange(1700000000, 1800000000)])


def la_log(lang, loc):
    ts = la_timestamp(lang, loc)
    if ts.isdigit():
        ts = rand_date().isoformat() + " 0%d:%02d:%02d" % (R.randrange(10), R.randrange(60), R.randrange(60))
    return R.choice(["%s ERROR [worker-%d] timeout after %d ms" % (ts, R.randrange(1, 9), R.choice([3000, 5000, 30000])),
                     "[%s] WARN disk usage %d%%" % (ts, R.randrange(80, 100)),
                     "%s INFO job %d finished in %.2fs" % (ts, R.randrange(1000, 99999), R.uniform(0.1, 90)),
                     "%s ERROR HTTP 503 upstream=api-%d" % (ts, R.randrange(1, 5)),
                     "[%s] DEBUG retry %d/%d" % (ts, R.randrange(1, 3), R.randrange(3, 6))])


def la_qty(lang, loc):
    return str(R.choice([R.randrange(2, 60), R.randrange(100, 999), R.randrange(1000, 20000)]))


def la_n(lang, loc):
    return str(R.randrange(2, 13))


def la_nn(lang, loc):
    return str(R.randrange(10, 100))


def la_flight(lang, loc):
    return "%s %d" % (R.choice(["LH", "AF", "LX", "OS", "SN", "BA", "UA", "CA", "MU", "CI", "BR", "KL"]), R.randrange(10, 9999))


def la_train(lang, loc):
    if lang == "zh":
        return "%s%d" % (R.choice(["G", "D", "K", "Z", "T"]), R.randrange(1, 9999))
    return "%s %d" % (R.choice(["ICE", "IC", "RE", "TGV", "TER", "EC", "RJX", "IR"]), R.randrange(1, 9999))


def la_room(lang, loc):
    return R.choice(["%s%d.%02d" % (R.choice("ABCDE"), R.randrange(0, 6), R.randrange(1, 40)), "%d.%03d" % (R.randrange(1, 6), R.randrange(1, 200)),
                     "%d%02d" % (R.randrange(1, 9), R.randrange(1, 40))])


def la_errcode(lang, loc):
    return R.choice(["0x%08X" % R.choice([0x80070005, 0x80004005, 0xC0000005, 0x8024402F, 0x800F081F]),
                     "ORA-%05d" % R.choice([942, 1017, 12154, 1555]), "HTTP %d" % R.choice([403, 404, 429, 500, 502, 503]),
                     "SQLSTATE %s" % R.choice(["23505", "42P01", "08006"]), R.choice(["ERR_CONNECTION_RESET", "E_ACCESSDENIED", "ENOENT", "ERESOLVE", "EADDRINUSE"])])


LA_GEN = {
    "date": la_date, "time": la_time, "price": la_price, "pct": la_pct, "order": la_order, "ticket": la_ticket,
    "tracking": la_tracking, "invoice": la_invoice, "case": la_case, "account": la_account, "ean": la_ean,
    "imei": la_imei, "serial": la_serial, "plz": la_plz, "version": la_version, "ipver": la_ipver, "math": la_math,
    "code": la_code, "sql": la_sql, "timestamp": la_timestamp, "log": la_log, "qty": la_qty, "n": la_n, "nn": la_nn, "sprice": la_sprice, "flight": la_flight,
    "train": la_train, "room": la_room, "errcode": la_errcode,
}
for _k in ["street", "brand", "company", "figure", "public", "character", "title", "dish", "place", "everyday"]:
    LA_GEN[_k] = la_list(_k)


# ---------------------------------------------------------------------------------------------
# templates
# ---------------------------------------------------------------------------------------------
PERSON_SLOT = re.compile(r"^(P|G|F|H|Hn|HD|HDn|HF|SG|g|p|f|W)([1-4])$")
PHONE_SLOT = re.compile(r"^PH([1-4])(?::([A-Z|]+))?$")
EMAIL_SLOT = re.compile(r"^E([0-4])$")
LA_SLOT = re.compile(r"^([a-z]+)(?:#(\d))?$")


def tokenize(t):
    out, buf, i = [], [], 0
    while i < len(t):
        if t.startswith("[[", i):
            j = t.index("]]", i)
            kind, val = t[i + 2:j].split(":", 1)
            kind = LA_KIND.get(kind, kind)
            if kind not in RECORD_KINDS:
                raise ValueError("unknown look-alike kind %r in %r" % (kind, t))
            if buf:
                out.append(("lit", "".join(buf)))
                buf = []
            out.append(("static", kind, val))
            i = j + 2
        elif t.startswith("{{", i):
            buf.append("{")
            i += 2
        elif t.startswith("}}", i):
            buf.append("}")
            i += 2
        elif t[i] == "{":
            j = t.index("}", i)
            s = t[i + 1:j]
            if not (PERSON_SLOT.match(s) or PHONE_SLOT.match(s) or EMAIL_SLOT.match(s) or
                    (LA_SLOT.match(s) and LA_SLOT.match(s).group(1) in LA_GEN)):
                raise ValueError("bad slot {%s} in %r" % (s, t))
            if buf:
                out.append(("lit", "".join(buf)))
                buf = []
            out.append(("slot", s))
            i = j + 1
        else:
            buf.append(t[i])
            i += 1
    if buf:
        out.append(("lit", "".join(buf)))
    return out


def load_templates():
    out = []
    counters = Counter()
    for group, block in TP.BLOCKS:
        for raw in block.split("\n~~\n"):
            text = raw.strip("\n")
            if not text.strip():
                continue
            pfx = GROUP_IDPREFIX[group]
            counters[pfx] += 1
            tid = "%s-%s-t%03d" % (PREFIX, pfx, counters[pfx])
            toks = tokenize(text)
            has_pii = any(k == "slot" and (PERSON_SLOT.match(v[0]) or PHONE_SLOT.match(v[0]) or EMAIL_SLOT.match(v[0]))
                          for k, *v in toks)
            out.append({"id": tid, "group": group, "lang": GROUP_LANG[group], "text": text, "tokens": toks,
                        "has_pii": has_pii})
    return out


class Reject(Exception):
    pass


def render(tpl, loc):
    lang = tpl["lang"]
    need = defaultdict(set)
    for k, *v in tpl["tokens"]:
        if k == "slot":
            m = PERSON_SLOT.match(v[0])
            if m:
                need[m.group(2)].add(m.group(1))
    persons = {i: Person(lang, loc, need[i]) for i in need}
    phones, emails, las = {}, {}, {}
    used = set()
    segs = []  # (text, label) label = None | ("PII", type, extra) | ("LA", kind)
    for k, *v in tpl["tokens"]:
        if k == "lit":
            lit = v[0]
            if segs and segs[-1][1] is not None and segs[-1][0].endswith(".") and lit.startswith("."):
                lit = lit[1:]  # "bis 14.01." + "." -> one full stop
            segs.append((lit, None))
        elif k == "static":
            segs.append((v[1], ("LA", v[0])))
        else:
            s = v[0]
            m = PERSON_SLOT.match(s)
            if m:
                for txt, pii in persons[m.group(2)].segs(m.group(1)):
                    segs.append((txt, ("PII", "PERSON", m.group(2)) if pii else None))
                continue
            m = PHONE_SLOT.match(s)
            if m:
                idx = m.group(1)
                if idx not in phones:
                    if m.group(2):
                        reg = R.choice(m.group(2).split("|"))
                    elif R.random() < 0.05:
                        reg = R.choice(FOREIGN)
                    else:
                        mix = PHONE_MIX[loc]
                        rest = 100 - sum(w for _, w in mix)
                        reg = wchoice(mix + ([("FOREIGN", rest)] if rest > 0 else []))
                        if reg == "FOREIGN":
                            reg = R.choice(FOREIGN)
                    phones[idx] = draw_phone(reg) + (reg,)
                val, form, num, reg = phones[idx]
                segs.append((val, ("PII", "PHONE", (reg, form, pn.number_type(num)))))
                continue
            m = EMAIL_SLOT.match(s)
            if m:
                idx = m.group(1)
                if idx not in emails:
                    emails[idx] = make_email(persons.get(idx), lang, loc)
                segs.append((emails[idx], ("PII", "EMAIL", None)))
                continue
            m = LA_SLOT.match(s)
            name, rep = m.group(1), m.group(2)
            key = (name, rep)
            if rep is None or key not in las:
                val = LA_GEN[name](lang, loc)
                for _ in range(20):  # no value twice in one prompt unless asked for with #n
                    if val not in used:
                        break
                    val = LA_GEN[name](lang, loc)
                used.add(val)
                if rep is not None:
                    las[key] = val
            else:
                val = las[key]
            segs.append((val, ("LA", LA_KIND[name])))
    # chat noise, outside every labelled value
    if R.random() < 0.25:
        segs.append((R.choice([" 🙂", " 😅", "!!", " ??", " 👍", "  ", "\n", " 🙏", " ✌️", " 😂", " …"]), None))
    text = ""
    spans = []  # (start, end, label, value)
    for txt, lab in segs:
        if lab is not None:
            spans.append((len(text), len(text) + len(txt), lab, txt))
        text += txt
    return text, spans, persons


def occurrences(text, v):
    out, i = [], text.find(v)
    while i >= 0:
        out.append((i, i + len(v)))
        i = text.find(v, i + 1)
    return out


EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")


def check(text, lang, pii, lookalikes, pii_spans=None, la_spans=None, hard=None):
    """Raise Reject when a record breaks a rule. pii: list of dicts, lookalikes: list of dicts."""
    if "{" in text and "{{" not in text and re.search(r"\{[A-Za-z]+\d?\}", text):
        raise Reject("slot residue")
    if "[[" in text:
        raise Reject("markup residue")
    # the PII spans: all occurrences of every PII value
    pocc = []
    for p in pii:
        occ = occurrences(text, p["value"])
        if not occ:
            raise Reject("PII value missing")
        pocc += occ
    planted = pii_spans if pii_spans is not None else pocc
    # every occurrence of a PII value lies inside a planted PII span
    for p in pii:
        for a, b in occurrences(text, p["value"]):
            if not any(s <= a and b <= e for s, e in planted):
                raise Reject("PII value %r also occurs outside its span" % p["value"])
    # look-alikes: occur, and no occurrence overlaps PII
    locc = []
    for la in lookalikes:
        occ = occurrences(text, la["value"])
        if not occ:
            raise Reject("look-alike missing")
        for a, b in occ:
            if any(a < e and s < b for s, e in pocc):
                raise Reject("look-alike %r overlaps PII" % la["value"])
        locc += occ
    # phones valid for their region
    for p in pii:
        if p["type"] == "PHONE" and not phone_ok(p["value"], p["region"]):
            raise Reject("invalid phone")
        if p["type"] == "EMAIL" and not EMAIL_RE.fullmatch(p["value"]):
            raise Reject("bad email")
    phone_sp = [o for p in pii if p["type"] == "PHONE" for o in occurrences(text, p["value"])]
    email_sp = [o for p in pii if p["type"] == "EMAIL" for o in occurrences(text, p["value"])]
    # nothing phone-shaped left unlabelled
    regs = set(CHECK_REGIONS[lang]) | {p["region"] for p in pii if p["type"] == "PHONE"}
    for reg in sorted(regs):
        for m in pn.PhoneNumberMatcher(text, reg, leniency=pn.Leniency.VALID):
            a, b = m.start, m.end
            if any(a < e and s < b for s, e in phone_sp):
                continue
            if any(a < e and s < b for s, e in locc):
                if hard is not None:
                    hard.add((a, b))
                continue
            raise Reject("unlabelled phone-like %r" % m.raw_string)
    for m in EMAIL_RE.finditer(text):
        if not any(s <= m.start() and m.end() <= e for s, e in email_sp):
            raise Reject("unlabelled e-mail")


def build_record(tpl, loc, text, spans):
    pii, seen = [], set()
    for s, e, lab, val in spans:
        if lab[0] == "PII":
            key = (lab[1], val)
            if key in seen:
                continue
            seen.add(key)
            d = {"type": lab[1], "value": val}
            if lab[1] == "PHONE":
                d["region"] = lab[2][0]
            pii.append(d)
    las, lseen = [], set()
    for s, e, lab, val in spans:
        if lab[0] == "LA":
            key = (lab[1], val)
            if key in lseen:
                continue
            lseen.add(key)
            las.append({"kind": lab[1], "value": val})
    return pii, las


def load_prev_texts():
    """texts of pii-extra-7, only to reject an identical text (never printed)."""
    s = set()
    if os.path.exists(PREV):
        with open(PREV, encoding="utf-8") as fh:
            for line in fh:
                s.add(json.loads(line)["text"])
    return s


def generate():
    templates = load_templates()
    prev = load_prev_texts()
    seen_texts = set()
    records = []
    meta = []  # per record: phone forms etc. for stats
    per_lang = Counter()
    for tpl in templates:
        made = 0
        tries = 0
        while made < PER_TEMPLATE and tries < MAX_TRIES:
            tries += 1
            loc = wchoice(GROUP_LOCALES[tpl["group"]]) if tpl["has_pii"] else GROUP_MAIN_LOCALE[tpl["group"]]
            text, spans, persons = render(tpl, loc)
            pii, las = build_record(tpl, loc, text, spans)
            hard = set()
            try:
                if text in seen_texts or text in prev:
                    raise Reject("duplicate")
                pspans = [(s, e) for s, e, lab, _ in spans if lab[0] == "PII"]
                # the name of one person must not be part of another person's name (张浩 / 张浩坤)
                pv = {(lab[2], v) for s, e, lab, v in spans if lab[0] == "PII" and lab[1] == "PERSON"}
                for ia, va in pv:
                    for ib, vb in pv:
                        if ia != ib and va.lower() in vb.lower():
                            raise Reject("nested names of two persons")
                check(text, tpl["lang"], pii, las, pii_spans=pspans, hard=hard)
                if len(pii) > 6:
                    raise Reject("too many PII values")
            except Reject:
                continue
            seen_texts.add(text)
            lang = tpl["lang"]
            per_lang[lang] += 1
            rec = {"id": "%s-%s-%04d" % (PREFIX, lang, per_lang[lang]), "locale": loc, "lang": lang, "text": text,
                   "pii": pii, "lookalikes": las, "template": tpl["id"], "split": split_of(tpl["id"])}
            records.append(rec)
            forms = [(lab[2][0], lab[2][1], lab[2][2]) for s, e, lab, v in spans if lab[0] == "PII" and lab[1] == "PHONE"]
            pforms = {}
            for s, e, lab, v in spans:
                if lab[0] == "PII" and lab[1] == "PERSON":
                    pforms[v] = next((p.form for p in persons.values()
                                      if v in (p.full, p.given, p.family, p.full.lower(), p.given.lower(), p.family.lower())), "?")
            meta.append({"phone_forms": forms, "person_forms": pforms, "hard": len(hard), "has_pii_tpl": tpl["has_pii"]})
            made += 1
        if made < PER_TEMPLATE:
            print("note: template %s gave %d prompts" % (tpl["id"], made), file=sys.stderr)
        if made == 0:
            sys.exit("template %s gave no prompt:\n%s" % (tpl["id"], tpl["text"]))
    return templates, records, meta


def write(records):
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def recheck(path=OUT):
    """independent re-check of the written file."""
    prev = load_prev_texts()
    ids, texts, n = set(), set(), 0
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            n += 1
            assert r["id"] not in ids, r["id"]
            ids.add(r["id"])
            assert r["text"] not in texts and r["text"] not in prev, r["id"]
            texts.add(r["text"])
            assert r["split"] == split_of(r["template"]), r["id"]
            assert re.fullmatch(r"x8-(en|de|fr|zh)-\d{4}", r["id"]) and r["id"][3:5] == r["lang"]
            if not r["pii"]:
                assert r["lookalikes"], r["id"]
            try:
                check(r["text"], r["lang"], r["pii"], r["lookalikes"])
            except Reject as e:
                raise SystemExit("re-check failed on %s: %s" % (r["id"], e))
    return n


# ---------------------------------------------------------------------------------------------
# stats
# ---------------------------------------------------------------------------------------------
CUES = {
    "de": ["tel", "telefon", "handy", "mobil", "nummer", "rufnummer", "anruf", "festnetz", "durchwahl", "fax", "whatsapp", "anrufen", "ruf"],
    "fr": ["tél", "tel", "téléphone", "portable", "numéro", "appel", "fixe", "mobile", "gsm", "natel", "whatsapp", "appelle"],
    "zh": ["电话", "電話", "手机", "手機", "号码", "號碼", "致电", "拨打", "撥打", "打给", "打給", "座机", "热线", "微信", "来电", "tel"],
    "en": ["phone", "tel", "call", "cell", "mobile", "number", "ring", "text me", "whatsapp", "landline", "fax", "no.", "mob"],
}


def has_cue(text, value, lang):
    i = text.find(value)
    before = text[max(0, i - 30):i]
    before = before.split("\n")[-1].lower()
    return any(c in before for c in CUES[lang])


def table(rows, header):
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for r in rows:
        out.append("| " + " | ".join(str(x) for x in r) + " |")
    return "\n".join(out)


def stats(templates, records, meta):
    L = ["en", "de", "fr", "zh"]
    print("prompts: %d, templates: %d" % (len(records), len(templates)))
    tcount = defaultdict(Counter)
    for t in templates:
        tcount[t["lang"]]["pii" if t["has_pii"] else "nopii"] += 1
        tcount[t["lang"]][split_of(t["id"])] += 1
    print("\n" + table([[k] + [tcount[l][k] for l in L] + [sum(tcount[l][k] for l in L)] for k in ["pii", "nopii", "dev", "test"]],
                       ["templates"] + L + ["all"]))
    tg = Counter(t["group"] for t in templates)
    print("\ntemplate groups:", dict(tg))
    pc = defaultdict(Counter)
    for r in records:
        pc[r["lang"]][r["split"]] += 1
        pc[r["lang"]]["all"] += 1
        if not r["pii"]:
            pc[r["lang"]]["nopii_" + r["split"]] += 1
            pc[r["lang"]]["nopii_all"] += 1
    rows = [[k] + [pc[l][k] for l in L] + [sum(pc[l][k] for l in L)] for k in ["dev", "test", "all", "nopii_dev", "nopii_test", "nopii_all"]]
    rows.append(["no-PII share"] + ["%.1f%%" % (100 * pc[l]["nopii_all"] / pc[l]["all"]) for l in L] +
                ["%.1f%%" % (100 * sum(pc[l]["nopii_all"] for l in L) / len(records))])
    rows.append(["language share"] + ["%.1f%%" % (100 * pc[l]["all"] / len(records)) for l in L] + ["100%"])
    print("\n" + table(rows, ["prompts"] + L + ["all"]))
    print("\nlocales:", dict(sorted(Counter(r["locale"] for r in records).items())))
    print("PII values per prompt:", dict(sorted(Counter(len(r["pii"]) for r in records).items())))
    tc = defaultdict(Counter)
    occ = defaultdict(Counter)
    for r in records:
        for p in r["pii"]:
            tc[p["type"]][r["lang"]] += 1
            tc[p["type"]][r["split"]] += 1
            occ[p["type"]][r["lang"]] += r["text"].count(p["value"])
    cols = L + ["dev", "test"]
    print("\n" + table([[t] + [tc[t][c] for c in cols] + [tc[t]["dev"] + tc[t]["test"]] for t in ["PERSON", "PHONE", "EMAIL"]],
                       ["PII values"] + cols + ["all"]))
    dt_ = defaultdict(Counter)
    for r in records:
        for p in r["pii"]:
            dt_[p["type"]][(r["lang"], r["split"])] += 1
    print("\n" + table([[t] + ["%d/%d" % (dt_[t][(l, "dev")], dt_[t][(l, "test")]) for l in L] for t in ["PERSON", "PHONE", "EMAIL"]],
                       ["PII values dev/test"] + L))
    print("\n" + table([[t] + [occ[t][l] for l in L] + [sum(occ[t].values())] for t in ["PERSON", "PHONE", "EMAIL"]],
                       ["PII occurrences"] + L + ["all"]))
    kc = defaultdict(Counter)
    for r in records:
        for la in r["lookalikes"]:
            n = r["text"].count(la["value"])
            kc[la["kind"]][r["lang"]] += n
            kc[la["kind"]][r["split"]] += n
    kinds = sorted(kc, key=lambda k: -(kc[k]["dev"] + kc[k]["test"]))
    rows = [[k] + [kc[k][c] for c in cols] + [kc[k]["dev"] + kc[k]["test"]] for k in kinds]
    rows.append(["**all**"] + [sum(kc[k][c] for k in kinds) for c in cols] + [sum(kc[k]["dev"] + kc[k]["test"] for k in kinds)])
    print("\n" + table(rows, ["look-alike kind (occurrences)"] + cols + ["all"]))
    nl = Counter()
    for r in records:
        if not r["pii"]:
            nl[r["lang"]] += sum(r["text"].count(la["value"]) for la in r["lookalikes"])
    print("\nlook-alike occurrences in no-PII prompts:", dict(nl), "; fewest per no-PII prompt: %d occurrences, %d distinct" %
          (min(sum(r["text"].count(la["value"]) for la in r["lookalikes"]) for r in records if not r["pii"]),
           min(len(r["lookalikes"]) for r in records if not r["pii"])))
    reg = Counter()
    cue = defaultdict(Counter)
    for r in records:
        for p in r["pii"]:
            if p["type"] == "PHONE":
                reg[p["region"]] += 1
                cue[r["lang"]]["cue" if has_cue(r["text"], p["value"], r["lang"]) else "nocue"] += 1
    print("\nphone regions (distinct values per prompt):", ", ".join("%s %d" % kv for kv in sorted(reg.items())), "(%d regions)" % len(reg))
    rows = [[l, cue[l]["cue"] + cue[l]["nocue"], cue[l]["cue"], cue[l]["nocue"],
             "%.0f%%" % (100 * cue[l]["nocue"] / max(1, cue[l]["cue"] + cue[l]["nocue"]))] for l in L]
    tot_c, tot_n = sum(cue[l]["cue"] for l in L), sum(cue[l]["nocue"] for l in L)
    rows.append(["all", tot_c + tot_n, tot_c, tot_n, "%.0f%%" % (100 * tot_n / max(1, tot_c + tot_n))])
    print("\n" + table(rows, ["phones", "values", "with cue word", "without", "share without"]))
    fc = Counter()
    tyc = Counter()
    for m in meta:
        for reg_, form, ty in m["phone_forms"]:
            fc[form] += 1
            tyc[{0: "fixed_line", 1: "mobile", 2: "fixed_line_or_mobile"}.get(ty, str(ty))] += 1
    print("\nphone written forms (slot fills):", ", ".join("%s %d" % kv for kv in fc.most_common()))
    print("phone line types (slot fills):", dict(tyc))
    pf = defaultdict(Counter)
    for r, m in zip(records, meta):
        for v, f in m["person_forms"].items():
            if r["lang"] != "zh":
                if v == v.lower():
                    f = "lower case"
                elif " " not in v.replace("von der ", "").replace("van der ", "").replace("de la ", "") and f in ("plain", "word_name"):
                    f = "single name (given or family)"
            else:
                f = "%d characters%s" % (len(v), " (compound surname)" if f == "compound_surname" else "")
            pf[f][r["lang"]] += 1
    print("\n" + table([[f] + [pf[f][l] for l in L] for f in sorted(pf)], ["PERSON form (distinct per prompt)"] + L))
    hn = Counter()
    for r, m in zip(records, meta):
        hn[r["lang"]] += m["hard"]
    print("\nlook-alike spans that phonenumbers (VALID) reads as a phone of the language's regions:", dict(hn))
    lens = sorted(len(r["text"]) for r in records)
    ml = sum(1 for r in records if "\n" in r["text"].strip())
    wc = [len(r["text"].split()) for r in records if r["lang"] != "zh"]
    print("text length: %d–%d characters (median %d); %d multi-line; words (en/de/fr) %d–%d" %
          (lens[0], lens[-1], lens[len(lens) // 2], ml, min(wc), max(wc)))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--check", action="store_true", help="only re-check the existing corpus.jsonl")
    a = ap.parse_args()
    if a.check:
        print("re-checked %d records" % recheck())
        return
    templates, records, meta = generate()
    write(records)
    n = recheck()
    print("wrote %d records to %s" % (n, OUT), file=sys.stderr)
    if a.stats:
        stats(templates, records, meta)


if __name__ == "__main__":
    main()
