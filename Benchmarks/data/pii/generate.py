#!/usr/bin/env python3
"""Generate Veil's labelled multilingual PII test corpus (corpus.jsonl).

Written independently of Veil's recognizer rules: nothing here was derived from
Sources/VeilPII or Tests/. See README.md in this folder.

Requirements (pinned):
    pip install faker==40.63.0     # Faker 40.63.0, MIT licence: names, IBANs, cards, IPs, SSNs, CN resident IDs
    pip install phonenumbers       # only to check that planted PHONE values are valid numbers for their
                                   # region and that numeric look-alikes are not (phonenumbers 9.0.43 was used)

Usage:
    python3 generate.py            # writes corpus.jsonl next to this file
    python3 generate.py --stats    # also prints the statistics tables used in README.md

Deterministic: one random.Random(SEED) drives every choice, every Faker instance is seeded
from SEED, nothing iterates over a set or a hash-randomised dict.

Markup used by templates and hand-written sentences:
    [[TYPE:value]]   a PII value (TYPE in upper case: PERSON, PHONE, EMAIL, IBAN, CREDIT_CARD,
                     IP_ADDRESS, US_SSN, CN_RESIDENT_ID)
    [[kind:value]]   a deliberately planted look-alike (kind in lower case)
    {slot}           in templates only: filled by a generator below (persons, numbers, dates ...)
"""

import argparse
import hashlib
import ipaddress
import json
import random
import re
import sys
import unicodedata
from collections import Counter, OrderedDict
from pathlib import Path

import faker  # Faker == 40.63.0 (MIT)
from faker import Faker
import phonenumbers
from phonenumbers import NumberParseException

FAKER_VERSION = "40.63.0"
SEED = 20261205
HERE = Path(__file__).resolve().parent
OUT = HERE / "corpus.jsonl"

PII_TYPES = ["PERSON", "PHONE", "EMAIL", "IBAN", "CREDIT_CARD", "IP_ADDRESS", "US_SSN", "CN_RESIDENT_ID"]
LOCALES = ["en_US", "en_GB", "de_DE", "fr_FR", "zh_CN"]
LANG = {"en_US": "en", "en_GB": "en", "de_DE": "de", "fr_FR": "fr", "zh_CN": "zh"}
ID_PREFIX = {"en_US": "us", "en_GB": "gb", "de_DE": "de", "fr_FR": "fr", "zh_CN": "zh"}
HOME_REGION = {"en_US": "US", "en_GB": "GB", "de_DE": "DE", "fr_FR": "FR", "zh_CN": "CN"}

# Prompts generated per locale from templates (hand-written sentences come on top).
TARGET = {"de_DE": 500, "fr_FR": 500, "zh_CN": 500, "en_US": 330, "en_GB": 330}
NOPII_SHARE = {"de_DE": 0.25, "fr_FR": 0.25, "zh_CN": 0.25, "en_US": 0.24, "en_GB": 0.24}


def split_key(template_id: str) -> str:
    return hashlib.sha256(("veil-pii-corpus/split/" + template_id).encode("utf-8")).hexdigest()


def assign_splits(groups):
    """dev/test by a hash of the template id, stratified: within each group (locale x template kind x the
    rarest PII type the template plants, see stratum()) the ids are ordered by SHA-256 of
    "veil-pii-corpus/split/<id>" and alternately given to dev and test (the alternation runs on across
    groups, so odd-sized groups do not all favour one side). All prompts of one template share its split.
    Decided before anything was evaluated."""
    split, k = {}, 0
    for ids in groups:
        for tid in sorted(ids, key=split_key):
            split[tid] = "dev" if k % 2 == 0 else "test"
            k += 1
    return split


RARITY = [("CN_RESIDENT_ID", r"\{cnid|\[\[CN_RESIDENT_ID"), ("US_SSN", r"\{ssn|\[\[US_SSN"),
          ("IBAN", r"\{iban|\[\[IBAN"), ("CREDIT_CARD", r"\{card|\[\[CREDIT_CARD"),
          ("IP_ADDRESS", r"\{ip|\[\[IP_ADDRESS"), ("EMAIL", r"\{email|\[\[EMAIL"),
          ("PHONE", r"\{phone|\[\[PHONE"), ("PERSON", r"\{p\d|\[\[PERSON")]


def stratum(template):
    for t, pat in RARITY:
        if re.search(pat, template):
            return t
    return "none"


# --------------------------------------------------------------------------------------------
# checksums and validators
# --------------------------------------------------------------------------------------------

def luhn_ok(number: str) -> bool:
    ds = [int(c) for c in number if c.isdigit()]
    if not ds:
        return False
    total = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(prefix: str) -> str:
    for c in "0123456789":
        if luhn_ok(prefix + c):
            return prefix + c
    raise AssertionError


IBAN_LEN = {"DE": 22, "FR": 27, "GB": 22, "ES": 24, "IT": 27, "NL": 18, "BE": 16, "AT": 20, "CH": 21}


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}[0-9]{2}[A-Z0-9]+", s):
        return False
    if IBAN_LEN.get(s[:2]) != len(s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def iban_from_bban(cc: str, bban: str) -> str:
    r = bban + cc + "00"
    check = 98 - int("".join(str(int(c, 36)) for c in r)) % 97
    return f"{cc}{check:02d}{bban}"


CN_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CN_C = "10X98765432"


def cnid_check(first17: str) -> str:
    return CN_C[sum(int(a) * b for a, b in zip(first17, CN_W)) % 11]


def cnid_ok(s: str) -> bool:
    s = s.replace(" ", "")
    if not re.fullmatch(r"[0-9]{17}[0-9Xx]", s):
        return False
    return cnid_check(s[:17]) == s[17].upper()


def isbn13_check(first12: str) -> str:
    t = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(first12))
    return str((10 - t % 10) % 10)


def isbn13_ok(s: str) -> bool:
    d = re.sub(r"[^0-9]", "", s)
    return len(d) == 13 and isbn13_check(d[:12]) == d[12]


def ssn_ok(s: str) -> bool:
    d = re.sub(r"[^0-9]", "", s)
    if len(d) != 9:
        return False
    a, g, n = d[:3], d[3:5], d[5:]
    return a not in ("000", "666") and a[0] != "9" and g != "00" and n != "0000"


def ip_ok(s: str) -> bool:
    try:
        ipaddress.ip_address(s)
        return True
    except ValueError:
        return False


EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")

PHONE_REGIONS = ["DE", "FR", "GB", "US", "CA", "CN", "HK", "TW", "JP", "KR", "IN", "AU", "ES", "IT",
                 "NL", "BE", "AT", "CH", "PL", "SE", "IE", "PT"]


def phone_valid_for(s: str, region: str) -> bool:
    try:
        n = phonenumbers.parse(s, region)
    except NumberParseException:
        return False
    if not phonenumbers.is_valid_number(n):
        return False
    rc = phonenumbers.region_code_for_number(n)
    return rc == region


def phone_region(s: str, prefer: str):
    """Region for which the written number is valid (prefer the locale's own region)."""
    for reg in [prefer] + [x for x in PHONE_REGIONS if x != prefer]:
        if phone_valid_for(s, reg):
            return reg
    return None


def is_phone_like(s: str, regions) -> bool:
    for reg in regions:
        try:
            n = phonenumbers.parse(s, reg)
        except NumberParseException:
            continue
        if phonenumbers.is_valid_number(n):
            return True
    return False


# --------------------------------------------------------------------------------------------
# random helpers
# --------------------------------------------------------------------------------------------

R = random.Random(SEED)
FK = {}
for _i, _loc in enumerate(LOCALES + ["es_ES", "it_IT", "nl_NL"]):
    FK[_loc] = Faker(_loc)
    FK[_loc].seed_instance(SEED + _i)


def dg(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def sdg(n):
    """n digits, not starting with 0 or 1"""
    return R.choice("23456789") + dg(n - 1)


def pick(seq):
    return seq[R.randrange(len(seq))]


def wpick(pairs):
    items = [p[0] for p in pairs]
    weights = [p[1] for p in pairs]
    return R.choices(items, weights)[0]


# --------------------------------------------------------------------------------------------
# names
# --------------------------------------------------------------------------------------------

def _keys(x):
    return list(x.keys()) if isinstance(x, dict) else list(x)


def _provider(loc):
    mod = __import__(f"faker.providers.person.{loc}", fromlist=["Provider"])
    return mod.Provider


def _clean(names, pat):
    out, seen = [], set()
    for n in names:
        if re.fullmatch(pat, n) and n not in seen:
            seen.add(n)
            out.append(n)
    return out


_LAT = r"[A-ZÄÖÜÀ-Ý][a-zäöüßà-ÿ]+"
NAMES = {}
for _loc in ["de_DE", "fr_FR", "en_US", "en_GB"]:
    P = _provider(_loc)
    NAMES[_loc] = {
        "m": _clean(_keys(P.first_names_male), _LAT),
        "f": _clean(_keys(P.first_names_female), _LAT),
        "last": [x for x in _clean(_keys(P.last_names), _LAT) if len(x) >= 3],
    }
_ZP = _provider("zh_CN")
NAMES["zh_CN"] = {
    "m": _clean(_keys(_ZP.first_names_male), r"[\u4e00-\u9fff]{1,2}"),
    "f": _clean(_keys(_ZP.first_names_female), r"[\u4e00-\u9fff]{1,2}"),
    "last": _clean(_keys(_ZP.last_names), r"[\u4e00-\u9fff]{1,2}"),
}
# extra English family names with apostrophes (en_GB's list has some; these are common Irish names)
O_NAMES = ["O'Connor", "O'Brien", "O'Neill", "O'Sullivan", "O'Donnell", "O'Reilly", "O'Hara", "O'Malley",
           "O'Leary", "O'Dwyer", "D'Souza", "D'Angelo"]
DE_COMPOUND = {"m": ["Hans-Peter", "Karl-Heinz", "Klaus-Dieter", "Hans-Jürgen", "Jan-Erik", "Kai-Uwe", "Jan-Niklas",
                     "Hans-Georg", "Franz-Josef", "Karl-Friedrich", "Jens-Uwe", "Ole-Jannik", "Jörg-Peter"],
               "f": ["Anna-Lena", "Marie-Luise", "Eva-Maria", "Lisa-Marie", "Ann-Kathrin", "Lea-Sophie", "Hanna-Lena",
                     "Anne-Katrin", "Marie-Therese", "Lena-Marie", "Rosa-Maria", "Jana-Sophie"]}
FR_COMPOUND = {"m": ["Jean-Luc", "Jean-Baptiste", "Pierre-Yves", "Jean-François", "Jean-Philippe", "Louis-Marie",
                     "Paul-Émile", "Jean-Michel", "Jean-Marc", "Pierre-Antoine", "Jean-Noël", "François-Xavier"],
               "f": ["Marie-Claire", "Anne-Sophie", "Marie-Hélène", "Anne-Laure", "Marie-Christine", "Marie-Ange",
                     "Anne-Cécile", "Marie-Noëlle", "Marie-Pierre", "Anne-Marie", "Laure-Anne", "Marie-Ève"]}
DE_PARTICLE = ["von", "von", "von der", "van", "van der", "zu", "vom"]
DE_VAN = ["Dijk", "Beek", "Berg", "Meer", "Heuvel", "Linden", "Broek"]
FR_DE_LA = ["Fontaine", "Roche", "Tour", "Salle", "Motte", "Croix", "Rivière", "Haye", "Forge"]
FR_DU = ["Moulin", "Bois", "Pont", "Val", "Lac", "Mesnil", "Plessis", "Fresne"]
FR_D = ["Arcy", "Aubigny", "Harcourt", "Ormesson", "Estienne", "Albret", "Argenson", "Hauteville", "Orval", "Anjou"]
FR_LE = ["Goff", "Gall", "Roux", "Bihan", "Floch", "Guen", "Borgne", "Corre", "Bris"]
ZH_COMPOUND = ["欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "慕容", "司徒", "令狐", "夏侯", "尉迟", "公孙", "长孙",
               "宇文", "端木", "南宫"]
ZH_GIVEN2 = {"m": ["子轩", "浩然", "一诺", "思远", "志强", "晓东", "文博", "俊杰", "家豪", "明轩", "宇航", "天佑", "建业",
                    "海涛", "立新", "国庆", "卫东", "振华", "永刚", "嘉树"],
             "f": ["梓涵", "欣怡", "雨桐", "嘉怡", "佳琪", "诗涵", "若曦", "梦瑶", "春燕", "秋菊", "红霞", "晓燕", "丽娟",
                   "思琪", "雅婷", "静怡", "婉清", "慧敏", "可欣", "语嫣"]}
ZH_FAMOUS = {"诸葛亮", "司马懿", "司马迁", "司马光", "欧阳修", "上官婉儿", "东方朔", "令狐冲", "慕容复", "司马相如"}


def translit(s: str) -> str:
    s = s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    s = s.replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue").replace("œ", "oe").replace("æ", "ae")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s


class Person:
    def __init__(self, loc, gender=None):
        self.loc = loc
        self.lang = LANG[loc]
        self.gender = gender or R.choice("mf")
        names = NAMES[loc]
        g = self.gender
        if self.lang == "zh":
            while True:
                sur = pick(ZH_COMPOUND) if R.random() < 0.15 else FK["zh_CN"].last_name()
                if R.random() < 0.6:  # two-character given name
                    two = [x for x in names[g] if len(x) == 2]
                    st = R.random()
                    if st < 0.35:
                        given = pick(two)
                    elif st < 0.7:
                        given = pick(ZH_GIVEN2[g])
                    else:
                        given = pick([x for x in names[g] if len(x) == 1]) + pick([x for x in names[g] if len(x) == 1])
                        if given[0] == given[1]:
                            continue
                else:
                    given = pick([x for x in names[g] if len(x) == 1])
                full = sur + given
                if full not in ZH_FAMOUS:
                    break
            self.first, self.last, self.full = given, sur, full
            self.style = "compound_surname" if len(sur) == 2 else ("2char" if len(full) == 2 else "3char")
            return
        style = "plain"
        first = pick(names[g])
        last = pick(names["last"])
        if self.lang == "de":
            style = wpick([("plain", 50), ("compound_given", 17), ("double_family", 15), ("particle", 18)])
            if style == "compound_given":
                first = pick(DE_COMPOUND[g])
            elif style == "double_family":
                last = last + "-" + pick(names["last"])
            elif style == "particle":
                p = pick(DE_PARTICLE)
                last = f"{p} {pick(DE_VAN)}" if p.startswith("van") else f"{p} {last}"
        elif self.lang == "fr":
            style = wpick([("plain", 50), ("compound_given", 18), ("double_family", 14), ("particle", 18)])
            if style == "compound_given":
                first = pick(FR_COMPOUND[g])
            elif style == "double_family":
                last = last + "-" + pick(names["last"])
            elif style == "particle":
                k = R.choice(["de", "du", "de la", "d'", "le"])
                if k == "de":
                    last = "de " + last
                elif k == "du":
                    last = "du " + pick(FR_DU)
                elif k == "de la":
                    last = "de la " + pick(FR_DE_LA)
                elif k == "d'":
                    last = R.choice(["d'", "d'", "d’"]) + pick(FR_D)
                else:
                    last = "Le " + pick(FR_LE)
        else:
            style = wpick([("plain", 62), ("apostrophe", 14), ("double_family", 14), ("middle_initial", 10)])
            if style == "apostrophe":
                last = pick(O_NAMES)
                if R.random() < 0.3:
                    last = last.replace("'", "’")
            elif style == "double_family":
                last = last + "-" + pick(names["last"])
            elif style == "middle_initial":
                first = first + " " + R.choice("ABCDEFGHJKLMNPRSTW") + "."
        self.style = style
        self.first, self.last = first, last
        self.full = f"{first} {last}"

    # ---- labelled forms
    def get(self, attr):
        L = lambda v: f"[[PERSON:{v}]]"
        if attr == "full":
            return L(self.full)
        if attr == "first":
            f = self.first.split(" ")[0]  # drop a middle initial
            return L(f) if self.lang != "zh" else L(self.first if len(self.first) == 2 else self.full)
        if attr == "last":
            return L(self.last) if self.lang != "zh" else L(self.full)
        if attr == "first_lc":
            return L(self.first.split(" ")[0].lower())
        if attr == "full_lc":
            return L(self.full.lower())
        if attr == "Last":  # particle capitalised at sentence start: "Von der Heide hat ..."
            return L(self.last[0].upper() + self.last[1:])
        # ---- unlabelled, gender-dependent words
        m = self.gender == "m"
        words = {
            "herr": "Herr" if m else "Frau",
            "geehrt": "Sehr geehrter Herr" if m else "Sehr geehrte Frau",
            "lieb": "Lieber" if m else "Liebe",
            "lieb_lc": "lieber" if m else "liebe",
            "er": "er" if m else "sie",
            "Er": "Er" if m else "Sie",
            "ihn": "ihn" if m else "sie",
            "ihm": "ihm" if m else "ihr",
            "sein": "sein" if m else "ihr",
            "der": "der" if m else "die",
            "Kollege": "Kollege" if m else "Kollegin",
            "mme": "M." if m else ("Mlle" if R.random() < 0.15 else "Mme"),
            "madame": "Monsieur" if m else "Madame",
            "cher": "Cher" if m else "Chère",
            "cher_lc": "cher" if m else "chère",
            "il": "il" if m else "elle",
            "Il": "Il" if m else "Elle",
            "le": "le" if m else "la",
            "e": "" if m else "e",
            "xs": "先生" if m else "女士",
            "ta": "他" if m else "她",
            "he": "he" if m else "she",
            "He": "He" if m else "She",
            "him": "him" if m else "her",
            "his": "his" if m else "her",
            "mr_us": "Mr." if m else R.choice(["Ms.", "Mrs."]),
            "mr_gb": "Mr" if m else R.choice(["Ms", "Mrs"]),
        }
        if attr in words:
            return words[attr]
        raise KeyError(f"person attribute {attr}")


# --------------------------------------------------------------------------------------------
# phones: written forms per country, each value checked with phonenumbers.is_valid_number
# --------------------------------------------------------------------------------------------

def _g(s, sizes, sep=" "):
    out, i = [], 0
    for k in sizes:
        if i >= len(s):
            break
        out.append(s[i:i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return sep.join(out)


def _pairs(s, sep=" "):
    return sep.join(s[i:i + 2] for i in range(0, len(s), 2))


def ph_DE(kind):
    if kind == "mobile" or (kind is None and R.random() < 0.55):
        p = pick(["151", "152", "155", "157", "159", "160", "162", "163", "170", "171", "172", "173", "174",
                  "175", "176", "177", "178", "179"])
        sub = dg(8 if p.startswith("15") else R.choice([7, 8]))
        return pick([f"0{p} {sub}", f"0{p}/{sub}", f"0{p}-{sub}", f"0{p}{sub}", f"+49 {p} {sub}",
                     f"+49 (0){p} {sub}", f"0049 {p} {sub}", f"+49{p}{sub}", f"+49 {p} {_g(sub, [3])}",
                     f"0{p} {sub[:-4]} {sub[-4:]}", f"+49 (0) {p} {sub}"])
    a = pick(["30", "40", "89", "69", "221", "211", "711", "341", "351", "6172", "511", "911", "421", "228",
              "6221", "761"])
    n = {2: R.choice([7, 8]), 3: R.choice([6, 7]), 4: R.choice([5, 6])}[len(a)]
    sub = sdg(n)
    return pick([f"+49 {a} {sub}", f"0{a}/{sub}", f"0{a} {sub}", f"(0{a}) {sub}", f"0{a}-{sub}",
                 f"+49 (0){a} {sub}", f"0049 {a} {sub}", f"+49{a}{sub}", f"0{a} {_g(sub, [len(sub) - 4, 2])}",
                 f"0{a} / {sub}", f"+49 {a} {_g(sub, [len(sub) - 4])}"])


def ph_FR(kind):
    if kind == "mobile" or (kind is None and R.random() < 0.55):
        d = R.choice("67")
        rest = (R.choice("3456789") if d == "7" else str(R.randint(0, 9))) + dg(7)
    else:
        d = R.choice("12345")
        rest = sdg(8) if R.random() < 0.5 else str(R.randint(0, 9)) + dg(7)
    n = d + rest
    return pick([f"+33 {d} {_pairs(rest)}", f"0{d} {_pairs(rest)}", f"0{d}.{_pairs(rest, '.')}",
                 f"0{d}-{_pairs(rest, '-')}", f"0{n}", f"+33 (0){d} {_pairs(rest)}", f"0033 {d} {_pairs(rest)}",
                 f"+33{n}", f"0{d} {_pairs(rest)}", f"+33 {d} {_pairs(rest)}"])


def ph_GB(kind):
    if kind == "mobile" or (kind is None and R.random() < 0.5):
        p = "7" + R.choice("456789") + dg(2)
        sub = dg(6)
        return pick([f"0{p} {sub}", f"+44 {p} {sub}", f"+44 (0){p} {sub}", f"0{p}{sub}", f"+44{p}{sub}",
                     f"0{p} {sub[:3]} {sub[3:]}", f"+44 {p} {sub[:3]} {sub[3:]}", f"00 44 {p} {sub}"])
    a = pick(["20", "20", "161", "121", "131", "141", "113", "117", "1223", "1865", "29"])
    if a in ("20", "29"):
        sub = R.choice("378") + dg(7)
        return pick([f"+44 {a} {sub[:4]} {sub[4:]}", f"0{a} {sub[:4]} {sub[4:]}", f"(0{a}) {sub[:4]} {sub[4:]}",
                     f"+44 (0){a} {sub[:4]} {sub[4:]}", f"0{a}{sub}", f"+44{a}{sub}"])
    sub = sdg(10 - len(a))
    return pick([f"0{a} {_g(sub, [3])}", f"+44 {a} {_g(sub, [3])}", f"(0{a}) {sub}", f"0{a} {sub}",
                 f"+44 (0){a} {sub}"])


US_NPA = ["212", "415", "617", "312", "206", "305", "512", "303", "404", "646", "718", "202", "213", "310",
          "702", "408", "503", "615", "612", "919"]
CA_NPA = ["416", "604", "514", "613", "403", "905", "780"]


def ph_US(kind, npa_list=US_NPA):
    npa = pick(npa_list)
    nxx = R.choice("23456789") + dg(2)
    while nxx[1:] == "11":
        nxx = R.choice("23456789") + dg(2)
    line = dg(4)
    return pick([f"({npa}) {nxx}-{line}", f"{npa}-{nxx}-{line}", f"{npa}.{nxx}.{line}", f"+1-{npa}-{nxx}-{line}",
                 f"+1 {npa} {nxx} {line}", f"1-{npa}-{nxx}-{line}", f"{npa}{nxx}{line}", f"+1 ({npa}) {nxx}-{line}",
                 f"({npa}) {nxx}-{line}", f"{npa} {nxx} {line}", f"+1{npa}{nxx}{line}"])


def ph_CA(kind):
    return ph_US(kind, CA_NPA)


CN_MOB = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "153", "155",
          "156", "157", "158", "159", "166", "176", "177", "178", "180", "181", "182", "183", "185", "186",
          "187", "188", "189", "191", "198", "199"]
FW = str.maketrans("0123456789", "０１２３４５６７８９")


def ph_CN(kind):
    if kind == "mobile" or (kind is None and R.random() < 0.75):
        p = pick(CN_MOB)
        a, b = dg(4), dg(4)
        s = pick([f"{p}{a}{b}", f"{p}{a}{b}", f"{p}{a}{b}", f"{p}-{a}-{b}", f"{p} {a} {b}", f"+86 {p} {a} {b}",
                  f"+86-{p}{a}{b}", f"+86{p}{a}{b}", f"0086 {p} {a} {b}", f"(+86) {p}{a}{b}", f"+86 {p}-{a}-{b}"])
        if R.random() < 0.15 and not s.startswith("+") and " " not in s:
            s = s.translate(FW)  # full-width digits as typed with a CJK IME
        return s
    a = pick(["10", "21", "20", "755", "571", "28", "25", "27", "512"])
    sub = R.choice("2345678") + dg(7)
    return pick([f"0{a}-{sub}", f"(0{a}) {sub}", f"0{a}-{sub[:4]} {sub[4:]}", f"+86 {a} {sub[:4]} {sub[4:]}",
                 f"0{a} {sub}", f"+86-{a}-{sub}"])


def ph_HK(kind):
    n = R.choice("5699") + dg(7) if kind != "fixed" and R.random() < 0.7 else R.choice("23") + dg(7)
    return pick([f"+852 {n[:4]} {n[4:]}", f"+852-{n}", f"{n[:4]} {n[4:]}", f"(852) {n[:4]} {n[4:]}",
                 f"+852 {n}", f"852-{n[:4]}-{n[4:]}"])


def ph_TW(kind):
    if R.random() < 0.7:
        n = "9" + dg(8)
        return pick([f"+886 {n[:3]} {n[3:6]} {n[6:]}", f"0{n[:3]}-{n[3:6]}-{n[6:]}", f"0{n[:3]} {n[3:6]} {n[6:]}",
                     f"0{n}", f"+886-{n[:3]}-{n[3:6]}-{n[6:]}", f"+886 {n}"])
    n = R.choice("23567") + dg(7)
    return pick([f"(02) {n[:4]}-{n[4:]}", f"02-{n[:4]}-{n[4:]}", f"+886 2 {n[:4]} {n[4:]}"])


def ph_JP(kind):
    if R.random() < 0.65:
        p = R.choice(["90", "80", "70"])
        a, b = dg(4), dg(4)
        return pick([f"+81 {p}-{a}-{b}", f"0{p}-{a}-{b}", f"0{p}{a}{b}", f"+81 {p} {a} {b}", f"+81-{p}-{a}-{b}",
                     f"0{p} {a} {b}"])
    p = R.choice(["3", "6"])
    a, b = R.choice("2345678") + dg(3), dg(4)
    return pick([f"0{p}-{a}-{b}", f"+81 {p}-{a}-{b}", f"+81 {p} {a} {b}", f"(0{p}) {a}-{b}"])


def ph_KR(kind):
    if R.random() < 0.7:
        a, b = R.choice("2345678") + dg(3), dg(4)
        return pick([f"+82 10-{a}-{b}", f"010-{a}-{b}", f"010 {a} {b}", f"01{0}{a}{b}", f"+82 10 {a} {b}",
                     f"+82-10-{a}-{b}"])
    a, b = R.choice("2345678") + dg(3), dg(4)
    return pick([f"02-{a}-{b}", f"+82 2-{a}-{b}", f"(02) {a}-{b}"])


def ph_IN(kind):
    n = R.choice("6789") + dg(9)
    return pick([f"+91 {n[:5]} {n[5:]}", f"+91-{n}", f"0{n[:5]} {n[5:]}", f"{n[:5]} {n[5:]}", f"+91 {n[:5]}-{n[5:]}",
                 f"+91{n}", f"+91 {n}"])


def ph_AU(kind):
    if R.random() < 0.65:
        n = "4" + dg(8)
        return pick([f"+61 {n[:3]} {n[3:6]} {n[6:]}", f"0{n[:3]} {n[3:6]} {n[6:]}", f"0{n[:1]} {n[1:5]} {n[5:]}",
                     f"0{n}", f"+61 {n}", f"+61 {n[:1]} {n[1:5]} {n[5:]}"])
    a = R.choice("2378")
    n = R.choice("3456789") + dg(7)
    return pick([f"(0{a}) {n[:4]} {n[4:]}", f"0{a} {n[:4]} {n[4:]}", f"+61 {a} {n[:4]} {n[4:]}"])


def ph_ES(kind):
    if R.random() < 0.6:
        n = "6" + dg(8) if R.random() < 0.8 else "7" + R.choice("1234") + dg(7)
    else:
        n = R.choice(["91", "93", "95", "96"]) + sdg(7)
    return pick([f"+34 {n[:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"{n[:3]} {n[3:6]} {n[6:]}", f"+34 {n}",
                 f"0034 {n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"+34 {n[:3]} {n[3:6]} {n[6:]}",
                 f"{n}"])


def ph_IT(kind):
    if R.random() < 0.6:
        p = "3" + R.choice("2345679") + dg(1)
        sub = dg(7)
        return pick([f"+39 {p} {sub[:3]} {sub[3:]}", f"{p} {sub}", f"{p}-{sub}", f"+39 {p}{sub}", f"+39{p}{sub}",
                     f"{p} {sub[:3]} {sub[3:]}", f"0039 {p} {sub}"])
    p = R.choice(["06", "02", "055", "011", "081"])
    sub = sdg(8 if len(p) == 2 else 7)
    return pick([f"{p} {sub[:4]} {sub[4:]}", f"+39 {p} {sub[:4]} {sub[4:]}", f"{p} {sub}", f"+39 {p}{sub}",
                 f"({p}) {sub}"])


def ph_NL(kind):
    if R.random() < 0.6:
        n = dg(8)
        return pick([f"+31 6 {n}", f"06-{n}", f"06 {n[:4]} {n[4:]}", f"06{n}", f"+31 (0)6 {n[:4]} {n[4:]}",
                     f"+316{n}", f"06 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}", f"0031 6 {n}"])
    a = R.choice(["20", "10", "70", "30"])
    n = sdg(7)
    return pick([f"0{a} {n[:3]} {n[3:]}", f"+31 {a} {n[:3]} {n[3:]}", f"0{a}-{n}", f"(0{a}) {n}"])


def ph_BE(kind):
    if R.random() < 0.6:
        p = "4" + R.choice("5789") + dg(1)
        n = dg(6)
        return pick([f"+32 {p} {_pairs(n)}", f"0{p} {_pairs(n)}", f"0{p}/{_pairs(n, '.')}", f"+32 {p}{n}",
                     f"0{p}{n}", f"0032 {p} {_pairs(n)}"])
    a = R.choice(["2", "3", "9"])
    n = sdg(7)
    return pick([f"0{a} {n[:3]} {n[3:5]} {n[5:]}", f"+32 {a} {n[:3]} {n[3:5]} {n[5:]}", f"0{a}/{n[:3]}.{n[3:5]}.{n[5:]}"])


def ph_AT(kind):
    if R.random() < 0.6:
        p = pick(["664", "676", "650", "660", "699", "681", "688"])
        n = dg(R.choice([7, 7, 8]))
        return pick([f"+43 {p} {n}", f"0{p} {n}", f"0{p}/{n}", f"+43 (0){p} {n[:3]} {n[3:5]} {n[5:]}",
                     f"0043 {p} {n}", f"+43{p}{n}"])
    a = R.choice(["1", "1", "316", "512", "662"])
    n = sdg(7 if a == "1" else 6)
    return pick([f"+43 {a} {n}", f"0{a} {n}", f"0{a}/{n}", f"+43 (0){a} {n}"])


def ph_CH(kind):
    if R.random() < 0.6:
        p = "7" + R.choice("5689")
    else:
        p = R.choice(["44", "22", "31", "61", "21", "43", "41", "71"])
    n = sdg(7)
    return pick([f"+41 {p} {n[:3]} {n[3:5]} {n[5:]}", f"0{p} {n[:3]} {n[3:5]} {n[5:]}", f"0041 {p} {n[:3]} {n[3:5]} {n[5:]}",
                 f"+41{p}{n}", f"0{p}{n}", f"+41 (0){p} {n[:3]} {n[3:5]} {n[5:]}"])


def ph_PL(kind):
    if R.random() < 0.65:
        n = R.choice(["5", "6", "7", "88"]) 
        n = n + dg(9 - len(n))
        return pick([f"+48 {n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}",
                     f"+48{n}", f"0048 {n[:3]} {n[3:6]} {n[6:]}", f"+48 {n}"])
    a = R.choice(["22", "12", "61", "71", "58"])
    n = R.choice("2345678") + dg(6)
    return pick([f"+48 {a} {n[:3]} {n[3:5]} {n[5:]}", f"{a} {n[:3]} {n[3:5]} {n[5:]}", f"({a}) {n}"])


def ph_SE(kind):
    if R.random() < 0.6:
        p = "7" + R.choice("02369")
        n = dg(7)
        return pick([f"+46 {p} {n[:3]} {n[3:5]} {n[5:]}", f"0{p}-{n[:3]} {n[3:5]} {n[5:]}", f"0{p} {n[:3]} {n[3:5]} {n[5:]}",
                     f"0{p}{n}", f"+46{p}{n}", f"0{p}-{n}"])
    n = R.choice("2345678") + dg(7)
    return pick([f"08-{n[:3]} {n[3:6]} {n[6:]}", f"+46 8 {n[:3]} {n[3:6]} {n[6:]}", f"08-{n}"])


def ph_IE(kind):
    if R.random() < 0.65:
        p = "8" + R.choice("35679")
        n = R.choice("123456789") + dg(6)
        return pick([f"+353 {p} {n[:3]} {n[3:]}", f"0{p} {n[:3]} {n[3:]}", f"0{p}-{n}", f"+353 (0){p} {n[:3]} {n[3:]}",
                     f"0{p}{n}", f"+353{p}{n}", f"00353 {p} {n[:3]} {n[3:]}"])
    n = R.choice("2345678") + dg(6)
    return pick([f"01 {n[:3]} {n[3:]}", f"+353 1 {n[:3]} {n[3:]}", f"(01) {n}"])


def ph_PT(kind):
    if R.random() < 0.65:
        n = "9" + R.choice("1236") + dg(7)
        return pick([f"+351 {n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]} {n[3:6]} {n[6:]}", f"+351{n}", f"{n}",
                     f"00351 {n[:3]} {n[3:6]} {n[6:]}", f"+351 {n}"])
    n = R.choice(["21", "22"]) + R.choice("2345678") + dg(6)
    return pick([f"+351 {n[:2]} {n[2:5]} {n[5:]}", f"{n[:3]} {n[3:6]} {n[6:]}", f"+351 {n}"])


PHONE_GEN = {"DE": ph_DE, "FR": ph_FR, "GB": ph_GB, "US": ph_US, "CA": ph_CA, "CN": ph_CN, "HK": ph_HK,
             "TW": ph_TW, "JP": ph_JP, "KR": ph_KR, "IN": ph_IN, "AU": ph_AU, "ES": ph_ES, "IT": ph_IT,
             "NL": ph_NL, "BE": ph_BE, "AT": ph_AT, "CH": ph_CH, "PL": ph_PL, "SE": ph_SE, "IE": ph_IE,
             "PT": ph_PT}
FOREIGN = {
    "de_DE": ["AT", "CH", "NL", "PL", "BE", "IT", "ES", "FR", "GB", "SE", "US"],
    "fr_FR": ["BE", "CH", "ES", "IT", "PT", "DE", "GB", "CA", "NL"],
    "zh_CN": ["HK", "TW", "JP", "KR", "US", "AU"],
    "en_US": ["CA", "IN", "JP", "KR", "GB", "AU", "CN"],
    "en_GB": ["IE", "AU", "IN", "FR", "ES", "PT", "SE", "NL", "US"],
}
PHONE_REGION_OF = {}  # value -> region, for the JSON


def make_phone(country, kind=None):
    for _ in range(400):
        s = PHONE_GEN[country](kind)
        if phone_valid_for(s, country):
            PHONE_REGION_OF[s] = country
            return s
    raise RuntimeError(f"no valid phone for {country}")


# --------------------------------------------------------------------------------------------
# other PII
# --------------------------------------------------------------------------------------------

DOMAINS = {
    "de": ["web.de", "gmx.de", "gmx.net", "t-online.de", "posteo.de", "mailbox.org", "gmail.com", "outlook.de",
           "freenet.de", "icloud.com"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "wanadoo.fr", "gmail.com", "hotmail.fr", "yahoo.fr",
           "outlook.fr", "proton.me"],
    "zh": ["163.com", "126.com", "sina.com", "foxmail.com", "aliyun.com", "gmail.com", "outlook.com", "yeah.net",
           "sohu.com"],
    "en_US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "hotmail.com", "comcast.net",
              "proton.me"],
    "en_GB": ["btinternet.com", "yahoo.co.uk", "hotmail.co.uk", "sky.com", "gmail.com", "outlook.com",
              "virginmedia.com", "ntlworld.com"],
}


def _dom(loc):
    lang = LANG[loc]
    key = loc if lang == "en" else lang
    if R.random() < 0.25:
        return FK[loc].domain_name()
    return pick(DOMAINS[key])


def _slug(s):
    s = translit(s).lower()
    s = s.replace("’", "").replace("'", "")
    s = re.sub(r"[^a-z0-9\-]+", "", s.replace(" ", ""))
    return s


def make_email(loc, person=None):
    if LANG[loc] == "zh":
        if person is None or R.random() < 0.5:
            if R.random() < 0.45:
                return f"{R.choice('123456789')}{dg(R.randint(6, 9))}@qq.com"
            f = FK["zh_CN"]
            user = pick([f.first_romanized_name().lower() + f.last_romanized_name().lower(),
                         f.last_romanized_name().lower() + "." + f.first_romanized_name().lower(),
                         f.user_name()]) + (str(R.randint(1, 99)) if R.random() < 0.5 else "")
            return f"{user}@{_dom(loc)}"
        f = FK["zh_CN"]
        user = f.last_romanized_name().lower() + f.first_romanized_name().lower() + str(R.randint(80, 2005))
        return f"{user}@{_dom(loc)}"
    if person is None:
        person = Person(loc)
    first = _slug(person.first.split(" ")[0])
    last = _slug(person.last)
    yy = str(R.randint(60, 99)) if R.random() < 0.5 else str(R.randint(1, 30))
    user = pick([f"{first}.{last}", f"{first}.{last}", f"{first[0]}.{last}", f"{first}{last}{yy}", f"{last}.{first}",
                 f"{first}_{last}", f"{first}{yy}", f"{first[0]}{last}", f"{last}{yy}", f"{first}-{last}"])
    if R.random() < 0.07:
        user += "+" + pick(["rechnung", "shop", "news", "work", "travail", "promo", "amazon"])
    return f"{user}@{_dom(loc)}"


IBAN_FAKER = {"DE": "de_DE", "FR": "fr_FR", "GB": "en_GB", "ES": "es_ES", "IT": "it_IT", "NL": "nl_NL"}


def make_iban(cc, grouped=None):
    s = FK[IBAN_FAKER[cc]].iban()
    assert s[:2] == cc and iban_ok(s), s
    if grouped is None:
        grouped = R.random() < 0.6
    if grouped:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def make_card():
    kind = wpick([("visa16", 35), ("mastercard", 30), ("amex", 10), ("discover", 6), ("jcb16", 5), ("unionpay", 9),
                  ("visa13", 2), ("maestro", 3)])
    if kind == "unionpay":
        d = luhn_complete("62" + dg(R.choice([13, 14, 16])))
    else:
        d = FK["en_US"].credit_card_number(card_type=kind)
    assert luhn_ok(d), d
    st = R.random()
    if st < 0.35:
        return d
    sep = " " if st < 0.8 else "-"
    if len(d) == 15:
        return sep.join([d[:4], d[4:10], d[10:]])
    return sep.join(d[i:i + 4] for i in range(0, len(d), 4))


def make_ip4(private=None):
    f = FK["en_US"]
    if private is None:
        private = R.random() < 0.2
    return f.ipv4_private() if private else f.ipv4_public()


def make_ip6():
    f = FK["en_US"]
    st = R.random()
    if st < 0.35:
        return f.ipv6()
    groups = f.ipv6().split(":")
    if st < 0.75:  # typical ISP / cloud prefix with a run of zeros, compressed
        pre = pick(["2a02:8108", "2001:16b8", "2a01:cb00", "2a01:e0a", "2409:8a00", "240e:3b7", "2600:1700",
                    "2a00:23c5", "2001:db8"])
        addr = ipaddress.IPv6Address(pre + ":" + ":".join(groups[2:4]) + "::" + ":".join(groups[6:]))
        return addr.compressed
    addr = ipaddress.IPv6Address(":".join(groups))
    return addr.exploded if st < 0.88 else addr.compressed.upper()


def make_ssn():
    for _ in range(100):
        s = FK["en_US"].ssn()
        if ssn_ok(s):
            d = s.replace("-", "")
            st = R.random()
            if st < 0.75:
                return s
            if st < 0.88:
                return f"{d[:3]} {d[3:5]} {d[5:]}"
            return d
    raise RuntimeError


def make_cnid(x_end=None):
    if x_end is None:
        x_end = R.random() < 0.15
    for _ in range(2000):
        s = FK["zh_CN"].ssn(min_age=16, max_age=80)
        if cnid_ok(s) and (s.endswith("X") == x_end):
            if R.random() < 0.08:
                return f"{s[:6]} {s[6:14]} {s[14:]}"
            return s
    raise RuntimeError


# --------------------------------------------------------------------------------------------
# look-alikes
# --------------------------------------------------------------------------------------------

MONTHS = {
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
           "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
}
CN_NUM = "〇一二三四五六七八九十"


def la_date(loc):
    y, m, d = R.choice([2023, 2024, 2025, 2026]), R.randint(1, 12), R.randint(1, 28)
    lang = LANG[loc]
    if lang == "de":
        return pick([f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.{y}", f"{d}. {MONTHS['de'][m - 1]} {y}", f"{y}-{m:02d}-{d:02d}",
                     f"{d:02d}.{m:02d}.{y % 100:02d}", f"{d}. {MONTHS['de'][m - 1]}", f"{d:02d}.{m:02d}."])
    if lang == "fr":
        dd = "1er" if d == 1 else str(d)
        return pick([f"{d:02d}/{m:02d}/{y}", f"{dd} {MONTHS['fr'][m - 1]} {y}", f"{y}-{m:02d}-{d:02d}",
                     f"{d:02d}/{m:02d}/{y % 100:02d}", f"{dd} {MONTHS['fr'][m - 1]}", f"{d}/{m}/{y}"])
    if lang == "zh":
        s = pick([f"{y}年{m}月{d}日", f"{y}-{m:02d}-{d:02d}", f"{y}/{m}/{d}", f"{m}月{d}日", f"{m}月{d}号",
                  f"{y}.{m:02d}.{d:02d}"])
        if R.random() < 0.08:
            s = s.translate(FW)
        return s
    if loc == "en_US":
        return pick([f"{m:02d}/{d:02d}/{y}", f"{MONTHS['en'][m - 1]} {d}, {y}", f"{y}-{m:02d}-{d:02d}", f"{m}/{d}/{y % 100:02d}",
                     f"{MONTHS['en'][m - 1][:3]} {d}", f"{m}/{d}"])
    suf = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return pick([f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS['en'][m - 1]} {y}", f"{y}-{m:02d}-{d:02d}", f"{d}{suf} {MONTHS['en'][m - 1]}",
                 f"{d}/{m}/{y % 100:02d}", f"{d} {MONTHS['en'][m - 1][:3]}"])


def la_time(loc):
    h, mi = R.randint(7, 20), R.choice([0, 0, 15, 30, 45, 10, 20])
    lang = LANG[loc]
    if lang == "de":
        return pick([f"{h}:{mi:02d}", f"{h:02d}:{mi:02d} Uhr", f"{h}.{mi:02d} Uhr", f"{h} Uhr", f"{h}:{mi:02d} Uhr"])
    if lang == "fr":
        return pick([f"{h}h{mi:02d}" if mi else f"{h}h", f"{h} h {mi:02d}", f"{h}:{mi:02d}", f"{h}h{mi:02d}"])
    if lang == "zh":
        hh = h - 12 if h > 12 else h
        part = "上午" if h < 12 else ("下午" if h < 18 else "晚上")
        cn_h = "十" + (CN_NUM[hh - 10] if hh > 10 else "") if hh >= 10 else CN_NUM[hh]
        return pick([f"{part}{hh}点", f"{h}:{mi:02d}", f"{part}{hh}点半", f"{part}{cn_h}点", f"{h}点{mi}分" if mi else f"{h}点",
                     f"{part}{hh}:{mi:02d}"])
    if loc == "en_US":
        ap = "am" if h < 12 else "pm"
        hh = h - 12 if h > 12 else h
        return pick([f"{hh}:{mi:02d} {ap}", f"{hh}{ap}", f"{hh}:{mi:02d}{ap.upper()}", f"{hh}:{mi:02d} {ap.upper()}"])
    ap = "am" if h < 12 else "pm"
    hh = h - 12 if h > 12 else h
    return pick([f"{h:02d}:{mi:02d}", f"{hh}.{mi:02d}{ap}", f"{hh}{ap}", f"{h}:{mi:02d}"])


NBSP, NNBSP = "\u00a0", "\u202f"


def la_price(loc):
    lang = LANG[loc]
    big = R.random() < 0.3
    v = R.randint(1000, 4999) if big else R.randint(3, 480)
    c = R.choice([0, 0, 50, 99, 90, 95, 49])
    if lang == "de":
        sv = f"{v // 1000}.{v % 1000:03d}" if v >= 1000 else str(v)
        return pick([f"{sv},{c:02d} €", f"{sv},{c:02d}{NBSP}€", f"{sv} Euro", f"€ {sv},{c:02d}", f"EUR {sv},{c:02d}",
                     f"{sv},– €", f"{sv} €"])
    if lang == "fr":
        sep = pick([NNBSP, NBSP, " "])
        sv = f"{v // 1000}{sep}{v % 1000:03d}" if v >= 1000 else str(v)
        return pick([f"{sv},{c:02d}{NNBSP}€", f"{sv},{c:02d} €", f"{sv} euros", f"{sv}€", f"{sv},{c:02d}€",
                     f"{sv} €"])
    if lang == "zh":
        sv = f"{v // 1000},{v % 1000:03d}" if v >= 1000 and R.random() < 0.5 else str(v)
        return pick([f"¥{sv}", f"￥{sv}", f"{v}元", f"{v}.{c:02d}元", f"人民币{v}元", f"{v}块", f"¥{sv}.{c:02d}"])
    cur = "$" if loc == "en_US" else pick(["£", "£", "€"])
    sv = f"{v // 1000},{v % 1000:03d}" if v >= 1000 else str(v)
    return pick([f"{cur}{sv}.{c:02d}", f"{cur}{sv}", f"{cur}{sv}.{c:02d}", f"{sv} {'USD' if cur == '$' else 'GBP'}"])


QTY = {
    "de": {"weight": ["{w} g", "{n},5 kg", "{n} kg"], "area": ["{a} m²", "{a} qm"], "volume": ["{n} Liter", "{n} Flaschen", "{n},5 l"],
           "count": ["{n} Stück", "{n} Packungen", "{n} Kartons"]},
    "fr": {"weight": ["{w} g", "{n},5 kg", "{n} kg"], "area": ["{a} m²", "{a}\u00a0m²"], "volume": ["{n} litres", "{n} bouteilles", "{n},5 L"],
           "count": ["{n} pièces", "{n} paquets", "{n} cartons"]},
    "zh": {"weight": ["{n}公斤", "{w}克", "{n}斤"], "area": ["{a}平方米", "{a}平米"], "volume": ["{n}瓶", "{n}升"],
           "count": ["{n}个", "{n}份", "{n}箱", "{n}盒"]},
    "en_US": {"weight": ["{n} lbs", "{n}.5 pounds", "{o} oz"], "area": ["{f} sq ft"], "volume": ["{n} bottles", "{n} gallons"],
              "count": ["{n} boxes", "{n} packs", "{n} pieces"]},
    "en_GB": {"weight": ["{w} g", "{n}.5 kg", "{n} kg"], "area": ["{a} m²", "{f} sq ft"], "volume": ["{n} bottles", "{n} litres"],
              "count": ["{n} boxes", "{n} packs", "{n} pieces"]},
}


def la_qty_sub(loc, sub):
    n = R.randint(2, 12)
    forms = QTY[loc if LANG[loc] == "en" else LANG[loc]][sub]
    return pick(forms).format(n=n, w=R.choice([125, 200, 250, 300, 400, 500, 750]), a=R.randint(28, 140),
                              f=R.randint(450, 2400), o=R.choice([8, 12, 16, 24]))


def la_qty(loc):
    lang = LANG[loc]
    n = R.randint(2, 24)
    if lang == "de":
        return pick([f"{n} Stück", f"{n},5 kg", f"{n * 50} g", f"{n} Flaschen", f"{n} Liter", f"{n * 10} m²",
                     f"{n} Packungen", f"{n}x"])
    if lang == "fr":
        return pick([f"{n} kg", f"{n * 50} g", f"{n} douzaines", f"{n},5 litres", f"{n} bouteilles", f"{n * 10} m²",
                     f"{n} paquets", f"{n} pièces"])
    if lang == "zh":
        return pick([f"{n}个", f"{n}公斤", f"{n * 50}克", f"{n}瓶", f"{n}箱", f"{n * 10}平方米", f"{n}份", f"{n}斤"])
    return pick([f"{n} boxes", f"{n}.5 kg", f"{n} bottles", f"{n * 50} ml", f"{n} packs", f"{n * 100} sq ft",
                 f"{n} pieces", f"{n} lbs"])


POSTAL = {
    "de": ["10115", "80331", "60311", "50667", "61348", "20095", "70173", "04109", "01067", "30159", "90402", "53111"],
    "fr": ["75008", "69002", "13001", "42000", "31000", "33000", "59000", "67000", "44000", "06000", "75011", "92100"],
    "zh": ["100080", "200040", "310000", "518000", "510000", "610000", "430000", "210000", "215000", "100020"],
    "en_US": ["90210", "10001", "02139", "94103", "60614", "78701", "98101", "30303", "94103-1234", "33139"],
    "en_GB": ["SW1A 1AA", "EC1A 1BB", "M1 1AE", "EH1 1YZ", "B33 8TH", "CF10 1EP", "LS1 4AP", "BS1 5TR", "OX1 2JD",
              "N1 9GU"],
}


def la_postal(loc):
    key = loc if LANG[loc] == "en" else LANG[loc]
    return pick(POSTAL[key])


def card_like(digits):
    return 13 <= len(digits) <= 19 and digits[0] in "3456" and luhn_ok(digits)


def la_order(loc):
    reg = [HOME_REGION[loc]] + (["US"] if LANG[loc] == "en" else [])
    for _ in range(500):
        n = R.randint(8, 14)
        d = (R.choice("123456789") if R.random() < 0.9 else "0") + dg(n - 1)
        st = R.random()
        if st < 0.45:
            s = d
        elif st < 0.62:
            k = R.randint(3, n - 3)
            s = d[:k] + "-" + d[k:]
        elif st < 0.75:
            s = " ".join(d[i:i + 4] for i in range(0, len(d), 4))
        elif st < 0.87 and LANG[loc] != "zh":
            d = dg(3) + dg(7) + dg(7)
            s = f"{d[:3]}-{d[3:10]}-{d[10:]}"  # marketplace style 3-7-7
        else:
            y = R.choice(["2024", "2025", "2026"])
            d = y + dg(n - 4)
            s = d
        digits = re.sub(r"\D", "", s)
        if is_phone_like(s, reg) or card_like(digits) or (len(digits) == 18 and cnid_ok(digits)):
            continue
        return s
    raise RuntimeError


def la_cn_order18():
    """18/19-digit order numbers (e-commerce style) that fail the GB 11643 check."""
    for _ in range(200):
        d = R.choice(["1", "2", "3", "4"]) + dg(R.choice([17, 18]))
        if (len(d) == 18 and cnid_ok(d)) or card_like(d):
            continue
        return d
    raise RuntimeError


def s10(prefix, country):
    d = dg(8)
    w = [8, 6, 4, 2, 3, 5, 9, 7]
    c = 11 - sum(int(a) * b for a, b in zip(d, w)) % 11
    c = 5 if c == 11 else (0 if c == 10 else c)
    return f"{prefix}{d}{c}{country}"


def la_tracking(loc):
    lang = LANG[loc]
    if lang == "de":
        return pick([lambda: "00340434" + dg(12), lambda: "JJD" + dg(18), lambda: s10(pick(["RR", "LX", "CX", "RB"]), "DE"),
                     lambda: " ".join(("00340434" + dg(12))[i:i + 4] for i in range(0, 20, 4)),
                     lambda: "H" + dg(19), lambda: "1Z" + "".join(R.choice("0123456789ABCDEFGHJKLMNPRSTVWXY") for _ in range(6)) + dg(10)])()
    if lang == "fr":
        return pick([lambda: "6A" + dg(11), lambda: "8L" + dg(11), lambda: s10(pick(["XY", "LA", "RR", "CB"]), "FR"),
                     lambda: "XU" + dg(9) + "FR", lambda: "1Z" + "".join(R.choice("0123456789ABCDEFGHJKLMNPRSTVWXY") for _ in range(6)) + dg(10)])()
    if lang == "zh":
        return pick([lambda: "SF" + dg(13), lambda: "JD" + dg(13), lambda: "YT" + dg(13), lambda: "7" + dg(13),
                     lambda: "43" + dg(11), lambda: s10(pick(["LP", "EA", "RR"]), "CN"), lambda: "9" + dg(12)])()
    if loc == "en_US":
        return pick([lambda: "1Z" + "".join(R.choice("0123456789ABCDEFGHJKLMNPRSTVWXY") for _ in range(6)) + dg(10),
                     lambda: " ".join(("9400" + dg(18))[i:i + 4] for i in range(0, 22, 4)), lambda: "92" + dg(20),
                     lambda: dg(12)])()
    return pick([lambda: s10(pick(["AB", "RR", "TT", "KM"]), "GB"), lambda: "H" + dg(15),
                 lambda: "1Z" + "".join(R.choice("0123456789ABCDEFGHJKLMNPRSTVWXY") for _ in range(6)) + dg(10),
                 lambda: "JD" + dg(16)])()


def la_tracking_checked(loc):
    reg = [HOME_REGION[loc]]
    for _ in range(200):
        s = la_tracking(loc)
        digits = re.sub(r"\D", "", s)
        if s.isdigit() and (is_phone_like(s, reg) or card_like(digits) or (len(digits) == 18 and cnid_ok(digits))):
            continue
        return s
    raise RuntimeError


def la_invoice(loc):
    for _ in range(200):
        s = _la_invoice(loc)
        if not is_phone_like(s, [HOME_REGION[loc]]):
            return s
    return s


def _la_invoice(loc):
    lang = LANG[loc]
    y = R.choice(["2024", "2025", "2026"])
    if lang == "de":
        return pick([f"RE-{y}-{dg(5)}", f"{y}/{dg(4)}", f"R{y}-{dg(4)}", f"RG{y[2:]}{dg(6)}", f"{y}-{dg(6)}"])
    if lang == "fr":
        return pick([f"FAC-{y}-{dg(4)}", f"F{y}-{dg(5)}", f"{y}-{dg(3)}", f"FA{y[2:]}{dg(5)}", f"N°{y}{dg(4)}"])
    if lang == "zh":
        return pick([lambda: R.choice("0123") + dg(7), lambda: "0" + dg(11), lambda: f"{y}{dg(16)}"])()
    return pick([f"INV-{y}-{dg(4)}", f"#INV-{dg(5)}", f"{y}-{dg(5)}", f"INV{dg(7)}"])


def la_version(loc):
    st = R.random()
    if st < 0.12:
        return f"10.0.{R.choice(['19045', '22631', '22621', '26100'])}.{R.randint(1000, 5000)}"  # Windows build
    if st < 0.3:
        return f"v{R.randint(0, 4)}.{R.randint(0, 20)}.{R.randint(0, 12)}"
    if st < 0.45:
        return f"{R.randint(1, 18)}.{R.randint(0, 9)}"
    if st < 0.55:
        return f"{R.randint(1, 6)}.{R.randint(0, 30)}.{R.randint(0, 9)}-{pick(['rc1', 'rc2', 'beta.3', 'alpha', 'beta'])}"
    return f"{R.randint(1, 17)}.{R.randint(0, 24)}.{R.randint(0, 12)}"


def ean13(prefix):
    for _ in range(100):
        body = prefix + dg(12 - len(prefix))
        s = body + isbn13_check(body)
        if not card_like(s):
            return s
    raise RuntimeError


def la_product(loc):
    lang = LANG[loc]
    ean_pre = {"de": "40", "fr": "30", "zh": "69", "en": "0"}[lang] if lang != "en" else ("0" if loc == "en_US" else "50")
    return pick([lambda: ean13(ean_pre + str(R.randint(0, 9))),
                 lambda: f"{pick(['KX', 'SM', 'WH', 'HX', 'TX', 'MZ', 'QL'])}-{R.randint(100, 9999)}{pick(['', 'B', 'XL', 'A', 'M5'])}",
                 lambda: f"A{R.randint(1000, 3299)}", lambda: f"{dg(4)}-{dg(4)}",
                 lambda: f"{pick(['GTX', 'RX', 'X', 'Z', 'G'])} {R.randint(10, 99)}{R.choice(['00', '50', '70', '80'])}",
                 lambda: f"{R.choice('ABCDEFGH')}{R.choice('ABCDEFGH')}-{dg(3)}-{R.choice('XYZ')}"])()


def la_isbn(loc):
    grp = {"de": "3", "fr": "2", "zh": "7", "en": R.choice("01")}[LANG[loc]]
    pub_len = R.randint(2, 4)
    body = "978" + grp + dg(8)
    s = body + isbn13_check(body)
    if R.random() < 0.6:
        return f"978-{grp}-{s[4:4 + pub_len]}-{s[4 + pub_len:12]}-{s[12]}"
    return s


def la_ref(loc):
    lang = LANG[loc]
    y = R.choice(["2024", "2025", "2026"])
    if lang == "de":
        return pick([f"VG-{y}-{dg(6)}", f"SCH-{y}-{dg(4)}", f"AZ {R.randint(1, 9)} O {R.randint(10, 999)}/{y[2:]}",
                     f"TK-{dg(6)}", f"V{dg(7)}"])
    if lang == "fr":
        return pick([f"{y}-AB-{dg(4)}", f"DX-{dg(5)}", f"REF{dg(6)}", f"SIN-{y}-{dg(4)}", f"{y}/{dg(5)}"])
    if lang == "zh":
        return pick([f"WO{y}{dg(7)}", f"SQ{y}{dg(9)}", f"GD-{dg(6)}", f"TS{y[2:]}{dg(6)}"])
    return pick([f"CX-{dg(5)}", f"#{dg(5)}", f"REF-{y}-{dg(4)}", f"CS{dg(7)}", f"{R.choice('ABCDEFGHJK')}{dg(2)}-{dg(4)}"])


def la_pct(loc):
    lang = LANG[loc]
    n = R.choice([3, 5, 7, 10, 12, 15, 19, 20, 25, 30, 40, 50])
    if lang == "de":
        return pick([f"{n} %", f"{n}{NBSP}%", f"{n}%", f"{n},5 %"])
    if lang == "fr":
        return pick([f"{n} %", f"{n}{NNBSP}%", f"{n},5{NNBSP}%", f"{n}%"])
    if lang == "zh":
        return pick([f"{n}%", f"百分之{n}", f"{n}％", f"{n // 10}折" if n >= 20 else f"{n}%"])
    return pick([f"{n}%", f"{n}.5%", f"{n} percent"])


SERIAL = lambda: pick([lambda: "C02" + "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(9)),
                       lambda: f"{dg(1)}CE{dg(4)}{R.choice('ABCDEFGH')}{dg(1)}{R.choice('ABCDEFGH')}",
                       lambda: "-".join("".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(4)) for _ in range(3)),
                       lambda: "SN" + dg(10)])()


def la_serial(loc):
    return SERIAL()


def la_voucher(loc):
    for _ in range(100):
        d = R.choice("3456") + dg(15)
        if not luhn_ok(d):
            return " ".join(d[i:i + 4] for i in range(0, 16, 4)) if R.random() < 0.6 else d
    raise RuntimeError


ALIAS = {
    "de": ["#team-berlin", "@helpdesk", "#allgemein", "#nachbarschaft-ehrenfeld", "@kundenservice", "#elternbeirat",
           "it-support", "#vorstand", "@ReiseBot"],
    "fr": ["#général", "@support", "#équipe-lyon", "#parents-cm2", "@sav_client", "compta-fournisseurs", "#annonces",
           "@MétéoBot"],
    "zh": ["@客服小助手", "#产品讨论", "＃技术支持", "@运维机器人", "#家长群", "admin", "@订餐助手"],
    "en": ["#general", "@helpdesk", "#team-nyc", "@support", "#random", "it-ops", "@TravelBot", "#pta-board",
           "#dev-backend"],
}


def la_alias(loc):
    return pick(ALIAS[LANG[loc]])


BRAND = {
    "de": ["Deutsche Bahn", "Mercedes", "Lidl", "Aldi Süd", "Rossmann", "Telekom", "Sparkasse", "Commerzbank",
           "Zalando", "MediaMarkt", "Porsche", "Miele", "Bosch", "Otto", "Tchibo", "Edeka", "Rewe", "Lufthansa",
           "Dr. Oetker", "Haribo", "Vorwerk", "Kaufland", "Hugo Boss", "Deichmann"],
    "fr": ["Galeries Lafayette", "SNCF", "Carrefour", "E.Leclerc", "Darty", "Fnac", "Peugeot", "Renault",
           "Michelin", "Decathlon", "La Poste", "Monoprix", "Citroën", "Boulanger", "Picard", "Yves Rocher",
           "Le Bon Marché", "Sephora", "Hermès", "Chronopost"],
    "zh": ["李宁", "华为", "小米", "海底捞", "周大福", "王老吉", "老干妈", "张小泉", "支付宝", "微信", "淘宝", "京东",
           "美团", "滴滴", "顺丰", "格力", "比亚迪", "蜜雪冰城", "喜茶", "安踏"],
    "en_US": ["Walmart", "Costco", "Target", "Trader Joe's", "Wells Fargo", "Ford", "Dell", "Ben & Jerry's",
              "Dr Pepper", "McDonald's", "Tim Hortons", "Home Depot", "Whole Foods", "Chase"],
    "en_GB": ["Marks & Spencer", "John Lewis", "Tesco", "Sainsbury's", "Boots", "Royal Mail", "Argos", "Greggs",
              "Barclays", "Waitrose", "Dr. Martens", "Nationwide", "Jet2"],
}
PLACE = {
    "de": ["Bad Homburg", "Frankfurt am Main", "Garmisch-Partenkirchen", "Sankt Augustin", "Hamburg-Altona",
           "Mönchengladbach", "Wilhelmshaven", "Ludwigshafen", "Karlsruhe", "Friedrichshafen", "Bad Tölz",
           "St. Georgen", "Ludwigsburg", "Königs Wusterhausen", "Kaiserslautern", "Marienberg", "Paderborn"],
    "fr": ["Saint-Étienne", "Aix-en-Provence", "Villeneuve-d'Ascq", "Boulogne-Billancourt", "Clermont-Ferrand",
           "Saint-Denis", "Sainte-Geneviève-des-Bois", "Saint-Germain-en-Laye", "Montpellier", "Château-Thierry",
           "Saint-Jean-de-Luz", "Charleville-Mézières", "Saint-Malo", "Sainte-Maxime", "Saint-Nazaire"],
    "zh": ["上海", "杭州西湖", "王府井", "张家界", "中关村", "黄山", "马鞍山", "石家庄", "周庄", "朱家角", "陆家嘴",
           "东方明珠", "苏州", "金华", "常州", "深圳湾", "武汉", "成都春熙路", "西湖区"],
    "en_US": ["St. Louis", "San Jose", "Charlotte", "Austin", "Jacksonville", "Fort Worth", "Madison", "Eugene",
              "Tyler", "Elizabeth", "Santa Monica", "Florence", "Lincoln"],
    "en_GB": ["St Albans", "Milton Keynes", "Kingston upon Thames", "St Ives", "Newcastle upon Tyne",
              "Bury St Edmunds", "Hemel Hempstead", "Stoke-on-Trent", "Chester", "Bath"],
}
WORD = {
    "de": ["Rechnung", "Termin", "Schule", "Bahnhof", "Urlaub", "Gutschein", "Lieferung", "Mahnung", "Zahnarzt",
           "Kita", "Bescheid", "Kündigung", "Anmeldung", "Vertrag"],
    "fr": ["Noël", "Toussaint", "Pâques", "facture", "rendez-vous", "colis", "devis"],
    "zh": ["金价", "马路", "高兴", "黄金", "江南", "高铁", "周末", "钱包", "方便", "安全", "林业", "马上", "高速",
           "白天", "许多", "万一", "成功", "程序", "任务", "文件", "于是", "常常", "毛巾", "石头", "叶子", "余额", "费用",
           "关于", "申请", "谢谢", "包裹", "夏天", "温度", "安排", "简单", "花园", "车票", "方案", "黄色", "孔雀"],
    "en": ["Will", "May", "June", "bill", "Mark", "grace period", "Hope", "rose", "Summer", "Amber alert", "Frank",
           "Sandy", "Bob"],
}


def la_brand(loc):
    return pick(BRAND[loc if LANG[loc] == "en" else LANG[loc]])


STREET = {
    "de": ["Karl-Marx-Straße", "Friedrichstraße", "Königsallee", "Sophienstraße", "Goethestraße", "Schillerstraße",
           "Beethovenstraße", "Bismarckstraße", "Ludwigstraße", "Maximilianstraße", "Hauptstraße", "Kaiserstraße",
           "Luisenstraße", "Bahnhofstraße"],
    "fr": ["Rue de Rivoli", "Boulevard Haussmann", "Gare Saint-Lazare", "rue Jean-Jaurès", "avenue Victor-Hugo",
           "place Bellecour", "quai Voltaire", "boulevard Saint-Michel", "rue Émile-Zola", "place Charles-de-Gaulle",
           "cours Mirabeau", "rue Sainte-Catherine"],
    "zh": ["王府井大街", "南京路", "中山路", "淮海路", "春熙路", "长安街", "解放路", "人民路"],
    "en_US": ["Washington Square", "Madison Avenue", "Lincoln Park", "Columbus Circle", "Jackson Heights",
              "Franklin Street", "Jefferson Avenue", "Martin Luther King Jr. Blvd"],
    "en_GB": ["Victoria Station", "King's Cross", "Abbey Road", "Charlotte Street", "Carnaby Street", "Oxford Street",
              "Victoria Road", "Albert Dock", "Elizabeth Street"],
}


def la_place(loc):
    return pick(PLACE[loc if LANG[loc] == "en" else LANG[loc]])


def la_street(loc):
    return pick(STREET[loc if LANG[loc] == "en" else LANG[loc]])


def la_word(loc):
    return pick(WORD[LANG[loc]])


BIC = {"de": ["COBADEFFXXX", "DEUTDEFF", "GENODEF1S04", "BYLADEM1001", "INGDDEFFXXX", "HELADEF1822"],
       "fr": ["BNPAFRPP", "SOGEFRPP", "CRLYFRPP", "AGRIFRPP882", "CMCIFR2A", "PSSTFRPPPAR"],
       "zh": ["ICBKCNBJ", "BKCHCNBJ", "PCBCCNBJ", "CMBCCNBS"],
       "en": ["BARCGB22", "NWBKGB2L", "LOYDGB2L", "HBUKGB4B", "CHASUS33", "BOFAUS3N"]}


def la_bic(loc):
    return pick(BIC[LANG[loc]])


SERVICE = {"de": ["110", "112", "116 117", "115"], "fr": ["15", "17", "18", "112", "3631", "3949"],
           "zh": ["10086", "12306", "95588", "110", "120", "12345", "10010"],
           "en_US": ["911", "311", "988"], "en_GB": ["999", "111", "101"]}


def la_service(loc):
    return pick(SERVICE[loc if LANG[loc] == "en" else LANG[loc]])


def la_winbuild(loc):
    return f"10.0.{R.choice(['19045', '22631', '22621', '26100'])}.{R.randint(1000, 5000)}"


def la_blz(loc):
    return f"{R.randint(100, 860)} {R.randint(100, 999)} {dg(2)}"


# --------------------------------------------------------------------------------------------
# template rendering
# --------------------------------------------------------------------------------------------

MARK = re.compile(r"\[\[([A-Za-z_]+(?:@[A-Z]{2})?):(.*?)\]\]", re.S)
SLOT = re.compile(r"\{([A-Za-z0-9_]+)(?::([A-Za-z0-9_]+))?(?::([A-Za-z0-9_]+))?\}")

LA_FUN = {"date": la_date, "time": la_time, "price": la_price, "qty": la_qty, "postal": la_postal,
          "order": la_order, "tracking": la_tracking_checked, "invoice": la_invoice, "version": la_version,
          "product": la_product, "isbn": la_isbn, "ref": la_ref, "pct": la_pct, "serial": la_serial,
          "voucher": la_voucher, "alias": la_alias, "brand": la_brand, "place": la_place, "street": la_street, "word": la_word,
          "bic": la_bic, "service": la_service, "winbuild": la_winbuild, "blz": la_blz,
          "cnorder": lambda loc: la_cn_order18()}
LA_KIND = {"date": "date", "time": "time", "price": "price", "qty": "quantity", "postal": "postal_code",
           "order": "order_number", "tracking": "tracking_number", "invoice": "invoice_number", "version": "version",
           "product": "product_code", "isbn": "isbn", "ref": "reference", "pct": "percentage",
           "serial": "serial_number", "voucher": "voucher_code", "alias": "account_alias", "brand": "brand",
           "place": "place", "street": "place", "word": "everyday_word", "bic": "bic", "service": "service_number",
           "winbuild": "version", "blz": "bank_code", "cnorder": "order_number"}


def fill(template, loc):
    persons = {}

    def person(key):
        if key not in persons:
            persons[key] = Person(loc)
        return persons[key]

    def sub(m):
        name, a1, a2 = m.group(1), m.group(2), m.group(3)
        if re.fullmatch(r"p\d", name):
            return person(name).get(a1 or "full")
        if name == "phone":
            if a1 in (None, "local"):
                c = HOME_REGION[loc]
            elif a1 == "intl":
                c = pick(FOREIGN[loc])
            else:
                c = a1
            kind = a2
            if a1 in ("mobile", "fixed"):
                c, kind = HOME_REGION[loc], a1
            return f"[[PHONE:{make_phone(c, kind)}]]"
        if name == "email":
            p = person(a1) if a1 else None
            return f"[[EMAIL:{make_email(loc, p)}]]"
        if name == "iban":
            cc = a1 or {"de_DE": wpick([("DE", 80), ("NL", 7), ("ES", 6), ("IT", 7)]),
                        "fr_FR": wpick([("FR", 80), ("ES", 7), ("IT", 7), ("DE", 6)]),
                        "en_GB": "GB", "en_US": wpick([("GB", 50), ("DE", 25), ("FR", 25)]),
                        "zh_CN": wpick([("GB", 30), ("DE", 40), ("FR", 30)])}[loc]
            g = None if a2 is None else (a2 == "g")
            return f"[[IBAN:{make_iban(cc, g)}]]"
        if name == "card":
            return f"[[CREDIT_CARD:{make_card()}]]"
        if name == "ip4":
            return f"[[IP_ADDRESS:{make_ip4(True if a1 == 'private' else None)}]]"
        if name == "ip6":
            return f"[[IP_ADDRESS:{make_ip6()}]]"
        if name == "ip":
            return f"[[IP_ADDRESS:{make_ip4() if R.random() < 0.65 else make_ip6()}]]"
        if name == "ssn":
            return f"[[US_SSN:{make_ssn()}]]"
        if name == "cnid":
            return f"[[CN_RESIDENT_ID:{make_cnid(True if a1 == 'x' else None)}]]"
        if name == "qty" and a1:
            return f"[[quantity:{la_qty_sub(loc, a1)}]]"
        if name in LA_FUN:
            return f"[[{LA_KIND[name]}:{LA_FUN[name](loc)}]]"
        raise KeyError(f"unknown slot {m.group(0)}")

    return SLOT.sub(sub, template), persons


def parse_markup(marked):
    text, spans, pos, last = [], [], 0, 0
    for m in MARK.finditer(marked):
        text.append(marked[last:m.start()])
        pos += m.start() - last
        label, value = m.group(1), m.group(2)
        if "@" in label:  # [[PHONE@TW:0912-384-751]]: the region of a hand-written national-format number
            label, reg = label.split("@")
            if not phone_valid_for(value, reg):
                raise Bad(f"{value!r} is not a valid {reg} number")
            PHONE_REGION_OF[value] = reg
        spans.append((pos, pos + len(value), label, value))
        text.append(value)
        pos += len(value)
        last = m.end()
    text.append(marked[last:])
    return "".join(text), spans


def occurrences(text, v):
    out, i = [], text.find(v)
    while i >= 0:
        out.append((i, i + len(v)))
        i = text.find(v, i + 1)
    return out


class Bad(Exception):
    pass


PHONE_CHECKED_KINDS = {"order_number", "tracking_number", "invoice_number", "reference", "serial_number",
                       "voucher_code", "account_alias", "service_number", "bank_code"}
DIGITRUN = re.compile(r"[0-9０-９](?:[0-9０-９]|[ \-.](?=[0-9０-９]))*[0-9０-９Xx]?")
IPV4RUN = re.compile(r"(?<![0-9.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![0-9]|\.\d)")
SSNRUN = re.compile(r"(?<!\d)\d{3}-\d{2}-\d{4}(?!\d)")
IBANRUN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")


def validate(text, spans, loc, handwritten=False):
    """Raise Bad if the prompt is inconsistent. Returns (pii, lookalikes) lists."""
    if "\r" in text or "[[" in text or "]]" in text or SLOT.search(text):
        raise Bad("markup left in text")
    pii_spans = [s for s in spans if s[2].isupper()]
    la_spans = [s for s in spans if not s[2].isupper()]
    for s in pii_spans:
        if s[2] not in PII_TYPES:
            raise Bad(f"unknown PII type {s[2]}")
    inside = lambda a, b, group: any(x[0] <= a and b <= x[1] for x in group)
    overlaps = lambda a, b, group: any(a < x[1] and x[0] < b for x in group)
    for (_, _, t, v) in pii_spans:
        if not v or v != v.strip():
            raise Bad(f"empty/padded value {v!r}")
        for a, b in occurrences(text, v):
            if not inside(a, b, pii_spans):
                raise Bad(f"PII value {v!r} also occurs outside a labelled PII span")
        # type checks
        if t == "PHONE":
            if phone_region(v, HOME_REGION[loc]) is None:
                raise Bad(f"invalid phone {v!r}")
        elif t == "IBAN" and not iban_ok(v):
            raise Bad(f"invalid IBAN {v!r}")
        elif t == "CREDIT_CARD" and not (luhn_ok(v) and 13 <= len(re.sub(r'\D', '', v)) <= 19):
            raise Bad(f"invalid card {v!r}")
        elif t == "CN_RESIDENT_ID" and not cnid_ok(v):
            raise Bad(f"invalid CN id {v!r}")
        elif t == "US_SSN" and not ssn_ok(v):
            raise Bad(f"invalid SSN {v!r}")
        elif t == "IP_ADDRESS" and not ip_ok(v):
            raise Bad(f"invalid IP {v!r}")
        elif t == "EMAIL" and not EMAIL_RE.fullmatch(v):
            raise Bad(f"invalid email {v!r}")
    for (a0, b0, k, v) in la_spans:
        if not v or v != v.strip():
            raise Bad(f"empty/padded look-alike {v!r}")
        for a, b in occurrences(text, v):
            if not inside(a, b, la_spans):
                raise Bad(f"look-alike {v!r} also occurs outside a labelled look-alike span")
            if overlaps(a, b, pii_spans):
                raise Bad(f"look-alike {v!r} overlaps a PII value")
        for (a1, b1, k1, v1) in la_spans:
            if (a1, b1) != (a0, b0) and a0 < b1 and a1 < b0:
                raise Bad(f"look-alikes overlap: {v!r} / {v1!r}")
    # leak check: nothing PII-shaped outside the PII spans
    for m in DIGITRUN.finditer(text):
        a, b = m.span()
        if overlaps(a, b, pii_spans):
            continue
        raw = m.group(0).translate(str.maketrans("０１２３４５６７８９", "0123456789"))
        digits = re.sub(r"[^0-9Xx]", "", raw)
        if card_like(re.sub(r"\D", "", raw)) and len(re.sub(r"\D", "", raw)) == len(digits):
            raise Bad(f"unlabelled card-like number {raw!r}")
        if len(digits) == 18 and cnid_ok(digits):
            raise Bad(f"unlabelled CN id {raw!r}")
    for m in IPV4RUN.finditer(text):
        if not overlaps(*m.span(), pii_spans) and all(int(x) <= 255 for x in m.groups()):
            raise Bad(f"unlabelled IPv4 {m.group(0)!r}")
    for m in EMAIL_RE.finditer(text):
        if not overlaps(*m.span(), pii_spans):
            raise Bad(f"unlabelled email {m.group(0)!r}")
    for m in IBANRUN.finditer(text):
        if not overlaps(*m.span(), pii_spans) and iban_ok(m.group(0)):
            raise Bad(f"unlabelled IBAN {m.group(0)!r}")
    if LANG[loc] == "en":
        for m in SSNRUN.finditer(text):
            if not overlaps(*m.span(), pii_spans):
                raise Bad(f"unlabelled SSN-shaped {m.group(0)!r}")
    # no valid phone number outside the PII spans, except inside deliberately planted look-alikes (dates,
    # prices, order numbers ... can parse as valid numbers: order/tracking numbers are generated so that they
    # do not where the numbering plan allows it; German numbers of 8-11 digits almost always parse as valid)
    exempt = la_spans
    for match in phonenumbers.PhoneNumberMatcher(text, HOME_REGION[loc], leniency=phonenumbers.Leniency.VALID):
        if not overlaps(match.start, match.end, pii_spans) and not overlaps(match.start, match.end, exempt):
            raise Bad(f"unlabelled valid phone number {match.raw_string!r}")
    pii, seen = [], set()
    for (_, _, t, v) in pii_spans:
        if (t, v) not in seen:
            seen.add((t, v))
            e = {"type": t, "value": v}
            if t == "PHONE":
                e["region"] = PHONE_REGION_OF.get(v) or phone_region(v, HOME_REGION[loc])
            pii.append(e)
    las, seen = [], set()
    for (_, _, k, v) in la_spans:
        if (k, v) not in seen:
            seen.add((k, v))
            las.append({"kind": k, "value": v})
    return pii, las


# ============================================================================================
# TEMPLATES
# Each entry is one template; ids are assigned in order (de-t001, de-t002, ...).
# ============================================================================================

DE_PII = [
    "Hallo {p1:first}, kannst du mir bis {time} die Unterlagen für den [[everyday_word:Termin]] am {date} schicken? Danke dir!",
    "Kannst du {p1:full} fragen, ob die Lieferung mit der Bestellnummer {order} schon raus ist?",
    "{p1:geehrt} {p1:last},\n\nvielen Dank für Ihre Nachricht. Ihre [[everyday_word:Rechnung]] Nr. {invoice} über {price} ist am {date} fällig. Bei Fragen erreichen Sie uns unter {phone:DE}.\n\nMit freundlichen Grüßen\n{p2:full}\nKundenservice",
    "Ich bin {p1:full} und möchte meinen Handyvertrag bei der [[brand:Telekom]] kündigen. Meine IBAN lautet {iban:DE}, bitte ab {date} keine Abbuchungen mehr.",
    "Wer ist eigentlich {p1:full}? Hat mir gerade von {email:p1} geschrieben, ob ich am {date} Zeit für ein Interview hätte. Seriös oder Spam?",
    "sag mal {p1:first_lc}, hast du die nummer von {p2:first_lc}? ich hab nur {phone:DE:mobile} aber da geht keiner ran",
    "Bitte um Rückruf an {p1:herr} {p1:last} unter {phone:DE}, es geht um das Angebot {ref} vom {date}.",
    "{p1:lieb} {p1:first}, {p2:lieb_lc} {p2:first},\nwir treffen uns am {date} um {time} am [[everyday_word:Bahnhof]] in {place}. Bringt bitte {qty:volume} Wasser mit!\nViele Grüße\n{p3:first}",
    "Prof. {p1:full} hält die Vorlesung am {date} ausnahmsweise online. Fragen bitte direkt an {email:p1}.",
    "Dr. {p1:last} hat mir das Rezept ausgestellt, aber die Apotheke in {place} sagt, es fehlt die Unterschrift. Was soll ich tun?",
    "Meine Kreditkarte {card} wurde zweimal mit {price} belastet (Bestellung {order}). Ich bitte um Erstattung.\n\nMit freundlichen Grüßen\n{p1:full}",
    "Für die Schicht am {date} sind {p1:first}, {p2:first} und {p3:first} eingeteilt, {p4:first} ist im [[everyday_word:Urlaub]]. Kannst du daraus einen Dienstplan machen?",
    "Unser Server {ip4} antwortet seit {time} nicht mehr, das Update auf Version {version} ist hängen geblieben. Kannst du das prüfen, {p1:first}?",
    "Hey, ich hab gestern {p1:full} getroffen, {p1:er} lässt dich grüßen und fragt, ob du noch {p1:sein} Fahrrad hast 😅",
    "[[everyday_word:Termin]] bestätigt: {date}, {time} bei Dr. med. {p1:full}, Praxis in der {street}. Bitte Versichertenkarte mitbringen. Rückfragen unter {phone:DE:fixed}.",
    "Könnten Sie bitte die Zahlung von {price} auf das Konto {iban:DE} (Kontoinhaber: {p1:full}, BIC {bic}) veranlassen?",
    "Ich heiße {p1:first} und suche für meinen Sohn Nachhilfe in Mathe, Klasse 7. Erreichbar unter {phone:DE:mobile} oder {email:p1}.",
    "Moin! Weiß jemand, ob {p1:full} noch im Verein ist? {p1:Er} schuldet uns noch {price} für die Trikots.",
    "Danke für die schnelle Hilfe beim Umzug, ohne euch hätte ich das nie geschafft!\n\nViele Grüße\n{p1:full}",
    "Kannst du bitte {p1:first} Bescheid geben, dass das Meeting auf {time} verschoben ist? Die Einladung kommt von {email:p2}.",
    "[{time}] {p1:first}: hat jemand das Passwort für den Drucker im 3. Stock?\n[{time}] {p2:first}: frag {p3:full}, {p3:er} hat es zuletzt geändert",
    "Bewerbung als Werkstudent (m/w/d) – {p1:full}, verfügbar ab {date}, Telefon {phone:DE:mobile}, E-Mail {email:p1}. Lebenslauf im Anhang. Passt das Anschreiben so?",
    "{p1:herr} {p1:last} aus der Buchhaltung fragt, ob die Gutschrift über {price} schon auf {iban:DE} eingegangen ist.",
    "Hallo zusammen, ab {date} übernimmt {p1:full} die Leitung des Teams Logistik. Bitte wendet euch bei Fragen direkt an {p1:ihn} ({email:p1}).",
    "Die Sendung {tracking} ist laut [[brand:DHL]] in {place} hängen geblieben. Empfänger: {p1:full}, Tel. {phone:DE}. Was kann ich tun?",
    "Mein Laptop hat die IP {ip4:private} und kommt nicht ins VPN, bei {p1:first} ({ip4}) klappt es. Firmware {version}. Ideen?",
    "Ich habe eine Frage zu meiner Kreditkartenabrechnung: Karte {card}, Betrag {price}, Buchungsdatum {date}. Die Zahlung kenne ich nicht.",
    "Kurze Info an alle Eltern: Die [[everyday_word:Schule]] bleibt am {date} geschlossen. Bei Fragen bitte an {p1:herr} {p1:last} ({phone:DE:fixed}) wenden.",
    "Ich bin {p1:full}, Mitgliedsnummer {ref}, und möchte meine Kontaktdaten ändern. Neue Telefonnummer: {phone:DE}, neue E-Mail: {email:p1}.",
    "Kann mir jemand erklären, warum {p1:full} im Gruppenchat {alias} ständig Werbung postet? Soll ich {p1:ihn} rauswerfen?",
    "Hallo {p1:first}!\nDie Wohnung ({qty:area}) ist ab {date} frei, Kaltmiete {price}. Besichtigung am Samstag um {time}.\nGruß, {p2:first}",
    "Die Zugangsdaten für das neue Portal gehen an {email}, Rückfragen bitte an {p1:full} unter {phone:DE}.",
    "Ich würde gern mit {p1:herr} Dr. {p1:last} sprechen, es geht um meinen Befund vom {date}. Ist {p1:er} diese Woche in der Praxis?",
    "Bitte die Reisekostenabrechnung von {p1:full} prüfen: Flug {price}, Hotel {price}, Zug mit der [[brand:Deutsche Bahn]] {price}.",
    "Hi, hier ist {p1:first}. Meine neue Handynummer ist {phone:DE:mobile}, die alte bitte löschen. Bis bald!",
    "{p1:full} ({email:p1}) hat Zugriff auf den Server {ip6} beantragt. Genehmigen oder ablehnen?",
    "Anruf verpasst von {phone:intl} – kennt jemand die Nummer? Könnte {p1:full} vom Lieferanten sein.",
    "Betreff: Abwesenheit\n\nHallo {p1:first},\n\nich möchte vom {date} bis {date} [[everyday_word:Urlaub]] nehmen. Die Vertretung übernimmt {p2:full}.\n\nViele Grüße\n{p3:full}",
    "schreib mal {p1:full_lc} an, der kennt sich mit steuererklärungen aus",
    "Bitte ändern Sie die Bankverbindung für {p1:herr} {p1:full}: alte IBAN {iban:DE}, neue IBAN {iban:DE:g}.",
    "Wir waren gestern mit {p1:first} und {p2:first} essen, der [[everyday_word:Koch]] kam sogar an den Tisch. Welches Restaurant in {place} würdest du als Nächstes empfehlen?",
    "Ansprechpartner vor Ort: {p1:full}, {phone:AT} (Wien). Für die Schweiz: {p2:full}, {phone:CH}.",
    "Unser Anwalt {p1:full} meint, der [[everyday_word:Richter]] entscheidet erst nach dem {date}. Wie lange dauert so ein Verfahren normalerweise?",
    "Aus Polen ruft regelmäßig {p1:full} an ({phone:PL}), und der Lieferant aus den Niederlanden hat die Nummer {phone:NL}. Wie schreibe ich beiden eine höfliche Absage?",
    "Kannst du die Nachricht von {p1:full} ins Englische übersetzen? „Ich komme am {date} mit dem ICE um {time} an, bitte holt mich am [[everyday_word:Bahnhof]] ab.“",
    "{p1:lieb} {p1:herr} {p1:last},\n\nanbei die Unterlagen für die [[everyday_word:Anmeldung]] Ihrer Tochter. Rückfragen gern an {email}.\n\nMit freundlichen Grüßen\n{p2:full}\nSekretariat",
    "Die Überweisung an {p1:full} (IBAN {iban:NL}) über {price} ist zurückgekommen. Stimmt die IBAN?",
    "Ich (Admin) sehe Loginversuche von {ip} auf das Konto von {p1:full}. Soll ich die IP sperren?",
    "Von der Nachbarin {p1:full} soll ich ausrichten: Das Paket {tracking} liegt bei {p1:ihm}. Nummer für Rückfragen {phone:DE:mobile}.",
    "Wer kommt zur Weihnachtsfeier? Bisher: {p1:first}, {p2:full}, {p3:first} und {p4:first}. Fehlt noch jemand aus dem Team?",
    "Wie sage ich {p1:full} höflich, dass {p1:er} im Meeting nicht ständig unterbrechen soll?",
    "Bitte Gutschein {voucher} für {p1:full} einlösen, {p1:er} hat ihn am {date} im Laden gekauft.",
    "{p1:Last} hat recht, der [[everyday_word:Vertrag]] läuft noch bis {date}. Kannst du trotzdem eine [[everyday_word:Kündigung]] vorbereiten?",
]

DE_NOPII = [
    "Wie viel kostet eine BahnCard 50 bei der [[brand:Deutsche Bahn]]? Online steht {price}, im Reisezentrum am [[place:Hauptbahnhof]] hieß es was anderes…",
    "„[[everyday_word:Termin]] verschoben“ – so stand es in der Mail. Neuer [[everyday_word:Termin]]: {date}, {time}. Muss ich das nochmal bestätigen?",
    "Kannst du mir helfen, eine Mahnung zu formulieren? [[everyday_word:Rechnung]] Nr. {invoice} vom {date}, offener Betrag {price}, Zahlungsziel 14 Tage.\tDanke!",
    "Rezept für vier Personen: {qty:weight} Mehl, 3 Eier, 200 ml Milch, eine Prise Salz. Backzeit ca. 25 Min. bei 180 °C (Umluft 160 °C). Geht das auch glutenfrei?",
    "Ich habe Version {version} installiert, aber seit dem Update stürzt die App beim Start ab. Fehlermeldung: „Unerwarteter Fehler (Code 0x80070005)“ …",
    "Straße oder Strasse – was ist in der Schweiz richtig? Und schreibt man „Maß“ dort auch mit ss? Wie ist es bei „Fußball“?",
    "Ist die [[everyday_word:Schule]] am {date} wegen des Streiks geschlossen? Unsere Kita in [[place:Bad Homburg]] hat schon Bescheid gegeben. ",
    "Paket {tracking} hängt seit {date} im Paketzentrum fest. Laut Sendungsverfolgung „in Zustellung“ 🙄  Was kann ich tun?",
    "Bitte übersetze ins Englische: „Der [[everyday_word:Bauer]] bringt Kartoffeln zum Markt, der [[everyday_word:Koch]] macht daraus Rösti.“",
    "Mathe-Frage: Warum ist √2 irrational? Und gilt x² + y² ≥ 2xy für alle reellen Zahlen? (Kapitel Ⅳ, Aufgabe 3 b)",
    "Unser Router zeigt Firmware {version}, Modell {product}. Die Verbindung bricht alle ~15 Minuten ab. Muss ich einen Werksreset machen?",
    "Kann ich bei [[brand:Lidl]] mit Karte zahlen, oder nur bar? Der Einkauf lag bei {price} und das Terminal hat gestreikt.",
    "Wann fährt der ICE von [[place:Frankfurt am Main]] nach [[place:Karlsruhe]]? Ich brauche eine Verbindung am {date} gegen {time}, maximal {price}.",
    "Gibt es von [[brand:Dr. Oetker]] eine Pizza ohne Gluten? Im Supermarkt bei uns (PLZ {postal}) finde ich keine.",
    "Die Mehrwertsteuer beträgt {pct}, der ermäßigte Satz 7 %. Wie berechne ich den Nettobetrag von {price}?",
    "Einkaufsliste:\n– {qty:weight} Äpfel\n– Brot\n– Käse (Gouda, Emmentaler)\n– Spülmittel\n\nHab ich was vergessen? 🛒",
    "Was bedeutet der Fehler „Zertifikat ungültig“ beim Online-Banking der [[brand:Sparkasse]]? Browser: Firefox {version}.",
    "Ich suche ein Geschenk für meinen Chef, Budget {price}. Er mag Wein, Fußball und Oldtimer von [[brand:Mercedes]]. Ideen?",
    "Wie lange ist eine Arbeitsunfähigkeitsbescheinigung gültig? Mein [[everyday_word:Termin]] beim Hausarzt war am {date} um {time}.",
    "Kurze Frage zur [[everyday_word:Kündigung]]: Reicht eine E-Mail oder muss das per Einschreiben? Vertragsnummer {ref}, Laufzeit bis {date}.",
    "Bestellnummer {order}: Ich habe {qty:count} bestellt, aber nur die Hälfte bekommen. Der Karton war beschädigt – was jetzt?",
    "Wie formuliere ich eine Beschwerde an die [[brand:Deutsche Bahn]]? Zug am {date} um {time} fiel aus, Fahrkarte {price}, Auftragsnummer {order}.",
]

FR_PII = [
    "Bonjour {p1:first},\n\nest-ce que tu peux m'envoyer le [[everyday_word:devis]] avant {time}\u202f? Le client attend depuis le {date}.\n\nMerci\u202f!\n{p2:first}",
    "{p1:madame} {p1:last}, votre rendez-vous du {date} à {time} avec le Dr {p2:full} est confirmé. Pour annuler, appelez le {phone:FR}.",
    "Tu peux demander à {p1:full} si la commande {order} est partie\u202f? Le client relance tous les jours.",
    "Je m'appelle {p1:full} et je voudrais résilier mon abonnement mobile. Mon IBAN\u00a0: {iban:FR}. Merci de ne plus prélever à partir du {date}.",
    "Qui est {p1:full}\u202f? {p1:Il} m'a écrit depuis {email:p1} pour me proposer un entretien le {date}. Arnaque ou pas\u202f?",
    "dis {p1:first_lc}, t'as le numéro de {p2:first_lc}\u202f? j'ai que le {phone:FR:mobile} mais ça répond pas",
    "Merci de rappeler {p1:mme} {p1:last} au {phone:FR}, c'est au sujet du dossier {ref}.",
    "{p1:cher} {p1:first}, {p2:cher_lc} {p2:first},\nrendez-vous le {date} à {time}, point de rencontre\u00a0: {street}. Prenez {qty:volume} d'eau\u202f!\nBises,\n{p3:first}",
    "Le professeur {p1:full} fera son cours du {date} en visio. Les questions sont à envoyer à {email:p1}.",
    "Le Dr {p1:last} m'a fait une ordonnance mais la pharmacie de {place} dit qu'il manque la signature. Je fais comment\u202f?",
    "Ma carte bancaire {card} a été débitée deux fois de {price} (commande {order}). Merci de me rembourser.\n\nCordialement,\n{p1:full}",
    "Pour le service du {date}\u00a0: {p1:first}, {p2:first} et {p3:first}. {p4:first} est en congé. Tu peux me faire un planning\u202f?",
    "Le serveur {ip4} ne répond plus depuis {time}, la mise à jour {version} est bloquée. Tu peux regarder, {p1:first}\u202f?",
    "J'ai croisé {p1:full} hier au marché, {p1:il} te passe le bonjour et demande si tu as encore son vélo 🚲",
    "[[everyday_word:Rendez-vous]] confirmé\u00a0: {date} à {time} chez Maître {p1:full}, notaire, {street}. Contact\u00a0: {phone:FR:fixed}.",
    "Pouvez-vous effectuer le virement de {price} sur le compte {iban:FR} (titulaire\u00a0: {p1:full}, BIC {bic})\u202f?",
    "Je m'appelle {p1:first}, je cherche un prof de maths pour mon fils en 4e. Joignable au {phone:FR:mobile} ou par mail\u00a0: {email:p1}.",
    "Salut\u202f! Quelqu'un sait si {p1:full} fait toujours partie du club\u202f? {p1:Il} nous doit encore {price} pour les maillots.",
    "Merci encore pour le coup de main pendant le déménagement\u202f!\n\nBien à vous,\n{p1:full}",
    "Tu peux prévenir {p1:first} que la réunion est décalée à {time}\u202f? L'invitation vient de {email:p2}.",
    "[{time}] {p1:first}\u00a0: quelqu'un a le code du photocopieur\u202f?\n[{time}] {p2:first}\u00a0: demande à {p3:full}, c'est {p3:il} qui l'a changé",
    "Candidature stage – {p1:full}, disponible à partir du {date}, tél. {phone:FR:mobile}, mail {email:p1}. CV en pièce jointe. La lettre de motivation est correcte\u202f?",
    "{p1:mme} {p1:last}, de la compta, demande si l'avoir de {price} a bien été versé sur {iban:FR}.",
    "Bonjour à tous, à partir du {date}, {p1:full} prend la direction de l'équipe logistique. Contactez-{p1:le} directement ({email:p1}).",
    "Le colis {tracking} est bloqué à {place} d'après [[brand:Chronopost]]. Destinataire\u00a0: {p1:full}, tél. {phone:FR}. Que faire\u202f?",
    "Mon PC a l'adresse {ip4:private} et n'arrive pas à se connecter au VPN, alors que chez {p1:first} ({ip4}) ça marche. Une idée\u202f?",
    "Question sur mon relevé\u00a0: carte {card}, montant {price}, date {date}. Je ne reconnais pas cette opération.",
    "Info aux parents\u00a0: l'école est fermée le {date} (grève). Pour toute question, contactez {p1:mme} {p1:last} au {phone:FR:fixed}.",
    "Je suis {p1:full}, numéro d'adhérent {ref}. Je souhaite mettre à jour mes coordonnées\u00a0: nouveau numéro {phone:FR}, nouvel e-mail {email:p1}.",
    "Pourquoi {p1:full} poste sans arrêt des pubs dans le groupe {alias}\u202f? Je {p1:le} retire\u202f?",
    "Bonjour {p1:first}\u202f!\nL'appartement ({qty:area}) est libre à partir du {date}, loyer {price} charges comprises. Visite samedi à {time}.\nBonne journée,\n{p2:first}",
    "Les identifiants du nouveau portail seront envoyés à {email}. Pour toute question\u00a0: {p1:full}, {phone:FR}.",
    "Je voudrais parler au Dr {p1:full} au sujet de mes résultats du {date}. Est-ce qu'{p1:il} consulte cette semaine\u202f?",
    "Merci de vérifier la note de frais de {p1:full}\u00a0: train [[brand:SNCF]] {price}, hôtel {price}, taxi {price}.",
    "Coucou, c'est {p1:first}\u202f! Mon nouveau numéro\u00a0: {phone:FR:mobile}. Tu peux effacer l'ancien 😉",
    "{p1:full} ({email:p1}) demande un accès au serveur {ip6}. On valide\u202f?",
    "Appel manqué du {phone:intl}, quelqu'un connaît ce numéro\u202f? C'est peut-être {p1:full}, chez le fournisseur.",
    "Objet\u00a0: demande de congés\n\nBonjour {p1:first},\n\nje souhaiterais poser mes congés du {date} au {date}. {p2:full} assurera mon remplacement.\n\nCordialement,\n{p3:full}",
    "écris à {p1:full_lc}, {p1:il} connaît bien les déclarations d'impôts",
    "Merci de modifier les coordonnées bancaires de {p1:mme} {p1:full}\u00a0: ancien IBAN {iban:FR}, nouvel IBAN {iban:FR:g}.",
    "On a dîné avec {p1:first} et {p2:first} hier soir, le chef nous a offert une crème brûlée. Tu connais un bon resto à {place}\u202f?",
    "Contact sur place\u00a0: {p1:full}, {phone:BE} (Bruxelles). Pour la Suisse\u00a0: {p2:full}, {phone:CH}.",
    "Notre avocat{p1:e}, {p1:full}, pense que le juge ne tranchera pas avant le {date}. Ça prend combien de temps en général\u202f?",
    "{p1:full} nous appelle depuis l'Espagne ({phone:ES}) et le fournisseur italien a le {phone:IT}. Comment leur envoyer un refus poli\u202f?",
    "Tu peux traduire le message de {p1:full} en anglais\u202f? «\u202fJ'arrive le {date} par le TGV de {time}, venez me chercher à la gare.\u202f»",
    "{p1:madame} {p1:last},\n\nveuillez trouver ci-joint le dossier d'inscription de votre enfant. Pour toute question\u00a0: {email}.\n\nBien à vous,\n{p2:mme} {p2:full}\nSecrétariat",
    "Le virement à {p1:full} (IBAN {iban:ES}) de {price} a été rejeté. L'IBAN est-il correct\u202f?",
    "En tant qu'admin, je vois des tentatives de connexion depuis {ip} sur le compte de {p1:full}. Je bloque l'adresse\u202f?",
    "{p1:full}, qui habite à côté, a récupéré le colis {tracking}. Son numéro\u00a0: {phone:FR:mobile}.",
    "Qui vient à la fête de [[everyday_word:Noël]]\u202f? Pour l'instant\u00a0: {p1:first}, {p2:full}, {p3:first} et {p4:first}.",
    "Comment dire poliment à {p1:full} d'arrêter de couper la parole en réunion\u202f?",
    "Bonjour {p1:mme} {p1:last}, je vous confirme la livraison le {date} entre {time} et {time}. Bonne journée\u202f!",
    "{p1:Last} a raison, le contrat court jusqu'au {date}. Peux-tu quand même préparer une lettre de résiliation\u202f?",
    "Pour les cadeaux de [[everyday_word:Pâques]], {p1:first} s'occupe des chocolats et {p2:first} du [[everyday_word:colis]] pour mamie.",
    "Bonsoir, je suis {p1:full}, j'ai oublié mon mot de passe et l'adresse {email:p1} n'existe plus. Mon numéro\u00a0: {phone:FR}.",
]

FR_NOPII = [
    "Combien coûte un aller-retour Paris–Lyon avec la [[brand:SNCF]]\u202f? J'ai vu {price} sur l'appli mais {price} au guichet…",
    "«\u202f[[everyday_word:Rendez-vous]] reporté\u202f»\u00a0: c'est tout ce que dit le mail. Nouvelle date\u00a0: {date} à {time}.",
    "Peux-tu m'aider à rédiger une relance\u202f? [[everyday_word:facture]] n° {invoice} du {date}, montant dû {price}, échéance dépassée de 30 jours.\tMerci\u202f!",
    "Recette pour 6\u00a0: {qty:weight} de farine, 4 œufs, 50 cl de lait, une pincée de sel. Cuisson 25 min à 180 °C. Ça marche sans gluten\u202f?",
    "J'ai installé la version {version} et depuis l'appli plante au démarrage. Message\u00a0: «\u202fErreur inattendue (code 0xC0000005)\u202f»…",
    "Quelle est la différence entre « œuvre » et « ouvrage »\u202f? Et pourquoi écrit-on « cœur » avec un œ mais « coefficient » sans\u202f?",
    "L'école de mon fils à [[place:Saint-Étienne]] est fermée le {date} pour grève. La cantine aussi\u202f? ",
    "Le colis {tracking} est bloqué depuis le {date} au centre de tri. Statut «\u202fen cours de livraison\u202f» 🙄  Que faire\u202f?",
    "Traduis en allemand\u00a0: «\u202fUne [[everyday_word:pierre]] [[everyday_word:rose]] au bord de l'eau, et le sel [[everyday_word:marin]] du Croisic.\u202f»",
    "Question de maths\u00a0: pourquoi √2 est-il irrationnel\u202f? Et a² + b² ≥ 2ab est vrai pour tous les réels\u202f? (chapitre Ⅲ, exercice 7)",
    "Ma box affiche le firmware {version}, modèle {product}. La connexion coupe toutes les dix minutes environ. Je fais une réinitialisation\u202f?",
    "On peut payer par carte chez [[brand:Picard]] ou seulement en espèces\u202f? Mes courses faisaient {price}.",
    "Quel TGV de [[place:Montpellier]] à Paris le {date} vers {time}\u202f? Budget max {price}.",
    "Est-ce que [[brand:Boulanger]] livre le dimanche à [[place:Boulogne-Billancourt]]\u202f? Code postal {postal}.",
    "La TVA est de {pct}, le taux réduit de 5,5\u00a0%. Comment calculer le HT à partir de {price} TTC\u202f?",
    "Liste de courses\u00a0:\n– pommes\u00a0: {qty:weight}\n– du pain\n– du fromage (comté, brie)\n– liquide vaisselle\n\nJ'oublie quelque chose\u202f? 🛒",
    "Que veut dire l'erreur «\u202fcertificat invalide\u202f» sur le site de [[brand:La Poste]]\u202f? Navigateur\u00a0: Firefox {version}.",
    "Je cherche un cadeau pour mon chef, budget {price}. Il aime le vin, le rugby et les vieilles [[brand:Citroën]]. Des idées\u202f?",
    "À la [[everyday_word:Toussaint]], les magasins sont ouverts\u202f? Je voulais passer aux [[brand:Galeries Lafayette]] du [[place:Boulevard Haussmann]] vers {time}.",
    "Le [[everyday_word:boulanger]] du coin vend des bûches de [[everyday_word:Noël]] à {price}… c'est cher ou normal\u202f?",
    "Numéro de commande {order}\u00a0: j'ai reçu {qty:count} au lieu du double. Le carton était abîmé, je fais quoi\u202f?",
    "L'[[everyday_word:olivier]] de mon jardin perd ses feuilles en hiver, c'est normal\u202f? Il fait ≈ 2 m, planté il y a 3 ans.",
]

ZH_PII = [
    "我昨天在地铁上见到了{p1:full}，{p1:ta}说下周要回{place}。",
    "请帮我给{p1:full}发个消息，告诉{p1:ta}订单{cnorder}已经发货了。",
    "{p1:full}说明天的会议改到{time}，地点不变。",
    "{p1:full}已经把报价单发给客户了，你看一下有没有问题？总金额是{price}。",
    "你问问{p1:full}，上次那个快递{tracking}到底签收了没有。",
    "找{p1:full}拿一下会议室的钥匙，{p1:ta}的手机是{phone:CN:mobile}。",
    "告诉{p1:full}，{date}的[[everyday_word:车票]]已经买好了，行程单我发到{p1:ta}邮箱{email:p1}了。",
    "和{p1:full}、{p2:full}一起去{place}玩三天，大概需要准备多少钱？",
    "跟{p1:full}说一声，[[everyday_word:周末]]的聚餐取消了。",
    "让{p1:full}把{date}的发票（发票号码{invoice}）重新开一下，抬头写错了。",
    "请{p1:full}老师明天下午到教务处来一趟。",
    "{p1:full}经理，您好！{date}的培训安排如下：{time}签到，地点在三楼会议室。",
    "{p1:full}同学，你的作业还没交，请在{date}之前提交。",
    "您好{p1:full}{p1:xs}，您的预约已确认：{date} {time}，请提前十分钟到达。如需改期请致电{phone:CN:fixed}。",
    "我叫{p1:full}，身份证号{cnid}，想问一下社保卡丢了怎么补办？",
    "麻烦帮我查一下，手机{phone:CN:mobile}绑定的账户为什么登录不了？",
    "这是我的银行卡{card}，刚才被扣了两次{price}，能退一笔吗？",
    "名单：{p1:full}、{p2:full}、{p3:full}、{p4:full}，请核对一下有没有漏掉的。",
    "{p1:full}、{p2:full}和{p3:full}下周去{place}出差，帮忙订一下酒店，预算每晚{price}。",
    "服务器{ip4}从{time}开始就连不上了，{p1:full}你能看一下吗？当前版本{version}。",
    "尊敬的{p1:full}{p1:xs}：\n\n您好！您在本店购买的商品（订单号{cnorder}）已于{date}发出，快递单号{tracking}，请注意查收。\n\n此致\n敬礼\n{p2:full}",
    "各位同事：\n从{date}起，{p1:full}接任市场部经理，有事请直接联系{p1:ta}，邮箱{email:p1}。\n\n人事部 {p2:full}",
    "家长们好，{date}学校停课一天。有问题请联系班主任{p1:full}老师，电话{phone:CN}。",
    "我在香港的同事{p1:full}电话是{phone:HK}，台湾的客户{p2:full}是{phone:TW}，帮我整理成通讯录格式。",
    "日本分公司的联系人{p1:full}：{phone:JP}；韩国那边是{p2:full}：{phone:KR}。",
    "帮我写一段话，感谢{p1:full}在项目中的帮助，{p1:ta}为了赶进度[[everyday_word:常常]]加班到很晚。",
    "{p1:full}的身份证号是{cnid:x}，最后一位是X，系统一直提示格式不对，怎么办？",
    "[[everyday_word:马上]]帮我联系一下{p1:full}，客户在等。{p1:ta}的座机是{phone:CN:fixed}。",
    "请问{p1:full}医生{date}上午出诊吗？我想挂{p1:ta}的号。",
    "我刚见到了{p1:full}和{p2:full}，他们说[[everyday_word:高铁]]票已经卖完了。",
    "群里那个{p1:full}一直在发广告，能把{p1:ta}踢出{alias}吗？",
    "快递员{p1:full}打电话说包裹放在门卫了，号码是{phone:CN:mobile}，要不要回个电话？",
    "{p1:full}昨天转账到我的卡{card}，备注写的是房租，金额{price}，请帮我写个收据。",
    "请把会议纪要发给{email}，抄送{p1:full}。",
    "{p1:full}：明天{time}前把方案发我\n{p2:full}：收到👌",
    "我和{p1:full}是大学同学，{p1:ta}现在在{place}工作，想给{p1:ta}写一封推荐信，怎么写？",
    "登录日志显示{ip6}在凌晨尝试登录{p1:full}的账号，需要封禁吗？",
    "帮我给{p1:full}写一条生日祝福，{p1:ta}喜欢[[brand:李宁]]的跑鞋，也喜欢爬山。",
    "我叫{p1:full}，手机号{phone:CN:mobile}，邮箱{email:p1}，想报名{date}的半程马拉松。",
    "问一下{p1:full}，那份[[everyday_word:文件]]签好了没有。",
    "{p1:full}同学的家长您好，孩子这次考试成绩有进步，请继续督促复习。——{p2:full}老师",
    "请告诉{p1:full}，{p1:ta}的居住证已经办好了，身份证号{cnid}，可以来取了。",
    "今天跟{p1:full}去[[place:王府井]]逛街，买了一个[[brand:周大福]]的金镯子，[[everyday_word:金价]]又涨了。",
    "周报：{p1:full}完成了接口开发，{p2:full}负责测试，{p3:full}请假三天。",
    "{p1:full}上周离职了，交接人是{p2:full}，有事找{p2:ta}。",
    "国际长途{phone:intl}打来三次了，是不是{p1:full}在国外换了号码？",
    "客服你好，我是{p1:full}，快递单号{tracking}，显示已签收但我没收到，电话{phone:CN}。",
    "帮我算一下：{p1:full}借了{price}，{p2:full}借了{price}，一共多少？",
    "我要预订{date}的房间，入住人{p1:full}，身份证{cnid}，联系电话{phone:CN:mobile}。",
    "昨天见到{p1:full}{p1:xs}，{p1:ta}让我转告您：合同签约[[everyday_word:安排]]在{date}。",
    "{p1:first}，你到哪了？我们在{place}门口等你。",
    "刚才给{p1:full}打电话没人接，{p1:ta}的号码是{phone:CN}吗？",
    "这周值班表：周一{p1:full}，周二{p2:full}，周三{p3:full}，其余时间轮流。",
    "{p1:full}在上海的公司电话是{phone:CN:fixed}，邮箱{email}，帮我写一封合作邀请函。",
]

ZH_NOPII = [
    "{place}今天的[[everyday_word:金价]]是多少？上周还是每克{price}。",
    "请问从[[place:上海]]到[[place:杭州西湖]]坐[[everyday_word:高铁]]要多久？票价大概{price}吗？",
    "订单号：{cnorder}，下单时间{date} {time}，到现在还没发货，怎么回事？",
    "[[everyday_word:马路]]对面新开了一家[[brand:海底捞]]，[[everyday_word:周末]]人多吗？",
    "帮我写一段朋友圈文案：今天很[[everyday_word:高兴]]，和家人一起去了[[place:张家界]]，风景太美了！🏞️",
    "[[everyday_word:黄金]]和白银哪个更保值？现在入手合适吗？",
    "「[[everyday_word:江南]]可采莲，莲叶何田田」这句诗出自哪里？帮我解释一下。",
    "电脑系统版本{version}，打开软件提示“内存不足”……怎么解决？",
    "快递单号{tracking}显示已到达{place}转运中心，大概几天能到？",
    "你好！请问１２月３１日晚上营业到几点？我们一共８个人，需要订位吗？",
    "数学题：已知 x² − 5x + 6 = 0，求 x 的值。另外 √３ 约等于多少？",
    "[[everyday_word:钱包]]丢在[[everyday_word:高铁]]上了，应该联系谁？是{date}的车。",
    "这款[[brand:华为]]手机型号{product}，现在打{pct}吗？原价{price}。",
    "[[everyday_word:林业]]专业毕业以后能做什么工作？有哪些考研方向？",
    "帮我规划一下从[[place:王府井]]到[[place:中关村]]的路线，{time}出发，坐地铁还是打车[[everyday_word:方便]]？",
    "ISBN {isbn} 这本书有电子版吗？",
    "这个月电费{price}，比上个月多了{pct}，正常吗？",
    "家里的[[everyday_word:孔雀]]鱼一直浮在水面，水温26℃，是不是生病了？",
    "明天[[place:上海]]会下雨吗？我要去[[place:陆家嘴]]开会，{time}到。",
    "[[everyday_word:于是]]我就问：“这个[[everyday_word:方案]]到底行不行？”大家都不说话……",
    "请问在[[service_number:12306]]上退票收多少手续费？票价{price}，{date}的车。",
    "发票号码{invoice}，金额{price}，抬头写错了可以重开吗？",
    "[[brand:李宁]]和[[brand:安踏]]哪个牌子的跑鞋更适合扁平足？预算{price}左右。",
]

US_PII = [
    "Hi {p1:first}, can you send me the slides before {time}? The client call is on {date}. Thanks!",
    "Can you ask {p1:full} whether order {order} has shipped yet? The customer keeps emailing us.",
    "Dear {p1:mr_us} {p1:last},\n\nThank you for contacting us. Invoice {invoice} for {price} is due on {date}. If you have questions, call us at {phone:US}.\n\nBest regards,\n{p2:full}\nCustomer Success",
    "My name is {p1:full}, SSN {ssn}. I need to update my W-4 — which box do I check for a second job?",
    "Who is {p1:full}? {p1:He} emailed me from {email:p1} asking for a call on {date}. Legit or scam?",
    "yo {p1:first_lc} do u have {p2:first_lc}'s number? i only have {phone:US} and nobody picks up",
    "Please call back {p1:mr_us} {p1:last} at {phone:US}, it's about quote {ref} from {date}.",
    "Dr. {p1:last} wrote the prescription but the pharmacy in {place} says the signature is missing. What should I do?",
    "My card {card} was charged twice for {price} (order {order}). Please refund one of them.\n\nThanks,\n{p1:full}",
    "Shift on {date}: {p1:first}, {p2:first}, and {p3:first}. {p4:first} is on PTO. Can you turn that into a schedule table?",
    "Server {ip4} has been down since {time}, the upgrade to {version} seems stuck. Can you take a look, {p1:first}?",
    "Ran into {p1:full} at the farmers market — {p1:he} says hi and asks if you still have {p1:his} bike 😅",
    "Appointment confirmed: {date} at {time} with Dr. {p1:full}. Please bring your insurance card. Questions: {phone:US}.",
    "I'm {p1:first}, looking for a math tutor for my son (7th grade). Reach me at {phone:US} or {email:p1}.",
    "Thanks again for helping with the move, we couldn't have done it without you!\n\nBest,\n{p1:full}",
    "[{time}] {p1:first}: anyone know the wifi password for the 3rd floor?\n[{time}] {p2:first}: ask {p3:full}, {p3:he} changed it last week",
    "Starting {date}, {p1:full} will lead the logistics team. Please reach out to {p1:him} directly at {email:p1}.",
    "Package {tracking} is stuck in {place} according to the carrier. Recipient: {p1:full}, phone {phone:US}.",
    "Quick question about my statement: card {card}, amount {price}, posted {date}. I don't recognize this charge.",
    "I'm {p1:full}, member ID {ref}. Please update my phone to {phone:US} and my email to {email:p1}.",
    "New hire paperwork for {p1:full}: SSN {ssn}, start date {date}, direct deposit to be set up next week. What else do I need?",
    "{p1:full} ({email:p1}) requested SSH access to {ip6}. Approve?",
    "Missed call from {phone:intl} — does anyone recognize it? Might be {p1:full} from the supplier.",
    "Subject: PTO request\n\nHi {p1:first},\n\nI'd like to take PTO from {date} to {date}. {p2:full} will cover for me.\n\nThanks,\n{p3:full}",
    "text {p1:full_lc} about the tax stuff, {p1:he} knows how to file the 1099",
    "Our attorney {p1:full} thinks the judge won't rule before {date}. How long do these usually take?",
    "Can you translate {p1:full}'s message into Spanish? \"I'll land on {date} at {time}, please pick me up at the airport.\"",
    "Who's coming to the potluck? So far: {p1:first}, {p2:full}, {p3:first}, and {p4:first}.",
    "How do I tell {p1:full} politely to stop interrupting in meetings?",
    "[[everyday_word:Will]] {p1:first} be at the meeting on {date}? If not, ask {p1:him} to send notes to {email:p1}.",
    "Our team in Toronto: {p1:full}, {phone:CA}. India office: {p2:full}, {phone:IN}.",
    "Wire transfer to {p1:full}, IBAN {iban}, amount {price}. Does my bank need a SWIFT code too?",
    "Hi {p1:mr_us} {p1:last}, your [[everyday_word:bill]] for {date} is ready: {price}. Pay by {date} to avoid a late fee. Questions? {phone:US}",
    "I think {p1:full}'s SSN on the form is wrong: {ssn}. Can you double-check before we file?",
    "Login alerts: {ip} tried to sign in as {p1:full} three times at {time}. Should I lock the account?",
]

US_NOPII = [
    "How much is a [[brand:Costco]] membership these days? I saw {price} but my friend said it went up.",
    "Can you help me write a reminder email? Invoice {invoice}, dated {date}, balance {price}, net 30.",
    "Recipe for 4: {qty:weight} flour, 3 eggs, 1 cup milk, a pinch of salt. Bake ~25 min at 350 °F. Can I make it gluten-free?",
    "I installed version {version} and now the app crashes on launch. Error: “Unexpected error (0x80070005)”…",
    "Is it “its” or “it’s” in “the company changed ___ policy”? I always mix them up 😬",
    "Package {tracking} has been “in transit” since {date}.  What can I do?",
    "Math question: why is √2 irrational? And is x² + y² ≥ 2xy true for all real numbers?\t(Chapter Ⅳ)",
    "Does [[brand:Trader Joe's]] take credit cards or only debit? My total was {price}.",
    "What's the best way to get from [[place:Columbus Circle]] to [[place:Washington Square]] around {time}?",
    "Sales tax here is {pct}. How do I back out the pre-tax amount from {price}?",
    "Grocery list:\n- {qty:weight} apples\n- bread\n- cheese (cheddar, brie)\n- dish soap\n\nDid I forget anything? 🛒",
    "[[everyday_word:May]] I return an opened item to [[brand:Target]]? Receipt says {date}, order {order}.",
    "What does a [[everyday_word:grace period]] mean on a credit card? My statement closes on {date}.",
    "Looking for a gift for my boss, budget {price}. He likes wine, golf and old [[brand:Ford]] trucks. Ideas?",
]

GB_PII = [
    "Hi {p1:first}, could you send over the minutes before {time}? The board meets on {date}. Cheers!",
    "Can you ask {p1:full} whether order {order} has been dispatched? The customer's chasing.",
    "Dear {p1:mr_gb} {p1:last},\n\nThank you for your enquiry. Invoice {invoice} for {price} is due on {date}. Any questions, ring us on {phone:GB}.\n\nKind regards,\n{p2:full}",
    "My name's {p1:full} and I'd like to cancel my broadband. My IBAN is {iban:GB}; please stop the direct debit from {date}.",
    "Who's {p1:full}? {p1:He} emailed me from {email:p1} about an interview on {date}. Genuine or scam?",
    "oi {p1:first_lc} have you got {p2:first_lc}'s number? i've only got {phone:GB} and no one answers",
    "Please ring {p1:mr_gb} {p1:last} back on {phone:GB} regarding quote {ref} of {date}.",
    "Dr {p1:last} at the GP surgery wrote the prescription but [[brand:Boots]] in {place} says it's not signed. What do I do?",
    "My card {card} was charged twice for {price} (order {order}). Please refund one.\n\nMany thanks,\n{p1:full}",
    "Rota for {date}: {p1:first}, {p2:first} and {p3:first}. {p4:first} is on annual leave. Can you make a table?",
    "Server {ip4} hasn't responded since {time}, the upgrade to {version} looks stuck. Could you have a look, {p1:first}?",
    "Bumped into {p1:full} at the pub last night — {p1:he} says hello and asks if you've still got {p1:his} bike 😄",
    "Appointment confirmed: {date} at {time} with Dr {p1:full}. Please arrive 10 minutes early. Queries: {phone:GB}.",
    "I'm {p1:first}, looking for a maths tutor for my daughter (Year 9). Reach me on {phone:GB:mobile} or {email:p1}.",
    "Thanks ever so much for helping with the move!\n\nBest regards,\n{p1:full}",
    "[{time}] {p1:first}: does anyone know the printer code?\n[{time}] {p2:first}: ask {p3:full}, {p3:he} reset it",
    "From {date}, {p1:full} will head up the logistics team. Please contact {p1:him} directly at {email:p1}.",
    "Parcel {tracking} is stuck at the [[brand:Royal Mail]] depot in {place}. Recipient: {p1:full}, tel. {phone:GB}.",
    "Query on my statement: card {card}, {price}, {date}. I don't recognise this transaction.",
    "I'm {p1:full}, membership no. {ref}. Please update my mobile to {phone:GB:mobile} and email to {email:p1}.",
    "{p1:full} ({email:p1}) has requested VPN access from {ip}. Approve?",
    "Missed call from {phone:intl} — anyone recognise it? Could be {p1:full} from the Dublin office.",
    "Subject: Annual leave\n\nHi {p1:first},\n\nI'd like to book leave from {date} to {date}. {p2:full} will cover.\n\nThanks,\n{p3:full}",
    "message {p1:full_lc} about the council tax thing, {p1:he} sorted it last year",
    "Our solicitor {p1:full} reckons the court won't decide before {date}. How long do these take?",
    "Contacts: Dublin – {p1:full}, {phone:IE}; Sydney – {p2:full}, {phone:AU}; Lisbon – {p3:full}, {phone:PT}.",
    "Who's coming to the Christmas do? So far {p1:first}, {p2:full}, {p3:first} and {p4:first}.",
    "How do I politely tell {p1:full} to stop talking over people in meetings?",
    "Payment to {p1:full} (IBAN {iban:GB:g}) for {price} bounced. Is the IBAN right?",
    "Lovely to meet you at the conference, {p1:first}! Here's my number: {phone:GB:mobile}.\n\nAll the best,\n{p2:first}",
    "The Stockholm team's number is {phone:SE} and {p1:full} in Madrid is on {phone:ES}. Can you make a contact sheet?",
    "[[everyday_word:June]] is when {p1:full} starts, not [[everyday_word:May]] — please update the onboarding doc and send it to {email:p1}.",
    "Hiya {p1:first}, the landlord's new number is {phone:GB}. Rent's {price} from {date}.\n\nCheers,\n{p2:first}",
    "Sorry to bother you, {p1:mr_gb} {p1:last} — your prescription is ready for collection at the [[place:St Albans]] branch. Any problems, ring {phone:GB}.",
]

GB_NOPII = [
    "How much is a railcard these days? I saw {price} online but the ticket office at [[place:Victoria Station]] said otherwise…",
    "Can you help me word a reminder? Invoice {invoice} dated {date}, {price} outstanding, 30 days overdue.\tCheers!",
    "Recipe for 4: {qty:weight} plain flour, 3 eggs, 300 ml milk, pinch of salt. Bake 25 min at 180 °C (fan 160 °C). Gluten-free possible?",
    "Does [[brand:Marks & Spencer]] at [[place:King's Cross]] open on bank holidays? Planning to pop in around {time}.",
    "Is it “practice” or “practise” as a verb in British English? And “licence” vs “license”?",
    "Parcel {tracking} has said “out for delivery” since {date} 🙄  What now?",
    "Maths help: why is √3 irrational? And does a² + b² ≥ 2ab hold for all reals? (Chapter Ⅱ)",
    "My postcode is {postal} — which recycling bin does glass go in?",
    "VAT is {pct}. How do I work out the net figure from {price}?",
    "Shopping list:\n– {qty:weight} potatoes\n– bread\n– cheese (Cheddar, Stilton)\n– washing-up liquid\n\nAnything missing? 🛒",
    "Is [[brand:John Lewis]] still price matching? Saw a kettle for {price} elsewhere.",
    "[[everyday_word:Will]] the trains from [[place:Milton Keynes]] run on {date}? There's engineering work after {time}.",
    "What’s the difference between a sort code and a BIC like [[bic:BARCGB22]]?",
    "Order {order} arrived with {qty:count} instead of double that. Box was damaged — refund or replacement?",
]


# ---- second batch of templates: rarer PII types and look-alike kinds, so that both splits get them

DE_PII += [
    "Für die Steuererklärung: Ich habe das Fachbuch ISBN {isbn} für {price} gekauft, die Quittung lautet auf {p1:full}. Kann ich das absetzen?",
    "Bitte schick {p1:first} den Link zum Kanal {alias}, {p1:er} findet ihn nicht.",
    "Der Notruf ist [[service_number:112]], aber wen rufe ich nachts bei Fieber an? Unsere Kinderärztin Dr. {p1:last} ist erst ab {time} erreichbar.",
    "Das Gerät {product} (Seriennummer {serial}) von {p1:full} ist defekt, Garantie bis {date}. Rückruf bitte an {phone:DE}.",
    "Kartenzahlung abgelehnt: {card}, Händler [[brand:MediaMarkt]], {price}. Karteninhaber {p1:full}. Woran kann das liegen?",
    "{p1:herr} {p1:last}, Ihre Bestellung {order} ({qty:count}) wird am {date} an die PLZ {postal} geliefert. Fragen? {email}",
]
DE_NOPII += [
    "Wie viele Unzen sind {qty:weight}? Ich muss ein amerikanisches Rezept umrechnen 🙃",
    "ISBN {isbn}: Ist das die aktuelle Auflage? Im Laden wurde mir eine andere angeboten.",
    "Garantiefrage: Gerät {product}, Seriennummer {serial}, gekauft am {date}. Gilt die Garantie noch?",
    "Welche Nummer wähle ich nachts bei Fieber – [[service_number:116 117]] oder gleich die [[service_number:112]]?",
    "In welchem Kanal besprechen wir das Sommerfest, {alias}? Ich finde den Thread nicht mehr.",
]
FR_PII += [
    "Bon d'achat {voucher} au nom de {p1:full}, valable jusqu'au {date}. Il est encore utilisable\u202f?",
    "Ajoute {p1:first} au canal {alias}, {p1:il} n'a jamais reçu l'invitation.",
    "Paiement refusé avec la carte {card} chez [[brand:Fnac]] ({price}). Titulaire\u00a0: {p1:full}. Une idée\u202f?",
    "Le livre ISBN {isbn} commandé par {p1:full} est arrivé à la librairie, tu peux {p1:le} prévenir au {phone:FR}\u202f?",
    "L'imprimante {product} (n° de série {serial}) du bureau de {p1:full} est en panne depuis le {date}.",
    "{p1:madame} {p1:last}, votre commande {order} ({qty:count}) sera livrée le {date} au {postal}. Questions\u00a0: {email}",
]
FR_NOPII += [
    "ISBN {isbn}\u00a0: c'est bien la dernière édition\u202f?",
    "Garantie\u00a0: appareil {product}, n° de série {serial}, acheté le {date}. Toujours couvert\u202f?",
    "Le [[service_number:15]] ou le [[service_number:112]] pour une urgence la nuit\u202f? Je ne sais jamais…",
    "Combien d'onces font {qty:weight}\u202f? Je dois convertir une recette américaine 🙃",
    "Le code postal {postal}, c'est quelle ville\u202f?",
]
ZH_PII += [
    "{p1:full}的身份证号码{cnid}，户籍地邮编{postal}，帮我把这张表填一下。",
    "帮{p1:full}订{qty:count}盒饭送到公司，联系电话{phone:CN:mobile}。",
    "{p1:full}用信用卡{card}买了{qty:weight}[[everyday_word:黄金]]，发票抬头写公司。",
    "请核对乘客信息：{p1:full}，证件号{cnid}；{p2:full}，证件号{cnid}。",
    "把这本书（ISBN {isbn}）寄给{p1:full}，邮编{postal}，电话{phone:CN}。",
    "信用卡{card}本期账单{price}，最后还款日{date}，持卡人{p1:full}。",
]
ZH_NOPII += [
    "买{qty:weight}[[everyday_word:黄金]]大概要多少钱？今天的[[everyday_word:金价]]是{price}一克吗？",
    "这个邮编{postal}是哪个城市的？",
    "型号{product}的[[brand:小米]]扫地机器人，{qty:count}起可以批发吗？",
    "[[everyday_word:夏天]]去[[place:黄山]]要带几件衣服？我们住两晚，预算{price}。",
    "[[service_number:10086]]一直打不通，还有别的客服渠道吗？",
    "这张[[everyday_word:车票]]的订单号是{cnorder}，改签要手续费吗？",
]
US_PII += [
    "Payroll says {p1:full}'s SSN is {ssn}, but the W-2 shows a different one. Which do we trust?",
    "Background check form for {p1:full}: SSN {ssn}, phone {phone:US}, email {email:p1}. Anything missing?",
    "Add {p1:first} to {alias}, {p1:he} can't see the channel.",
    "My card {card} was declined at [[brand:Home Depot]] for {price}. Cardholder: {p1:full}.",
    "Order {order} ({qty:count}) shipped to ZIP {postal}, recipient {p1:full}. Any update?",
    "Gift card {voucher} isn't working — it's from {p1:full}, bought on {date}.",
    "The textbook for {p1:first}'s class (ISBN {isbn}) costs {price}. Is there a cheaper option?",
]
US_NOPII += [
    "Is {qty:weight} of chicken enough for 6 people?",
    "Warranty question: model {product}, serial {serial}, bought {date}. Still covered?",
    "What's different in the edition with ISBN {isbn}? I need the 5th one for class.",
    "Is ZIP {postal} inside city limits? The tax rate seems different.",
]
GB_PII += [
    "My card {card} was declined at [[brand:Tesco]] for {price}. Cardholder {p1:full}.",
    "Please add {p1:first} to {alias}, {p1:he} can't see the channel.",
    "Parcel for {p1:full}, postcode {postal}, tracking {tracking}. Was it left with a neighbour?",
    "Voucher {voucher} from {p1:full} won't scan at the till. Expiry {date}.",
    "The reading list says ISBN {isbn} — {p1:first} wants to know if the library has it. Email: {email:p1}.",
]
GB_NOPII += [
    "Is {qty:weight} of mince enough for a lasagne for six?",
    "Warranty query: model {product}, serial {serial}, bought {date}. Still covered?",
    "ISBN {isbn} — is that the revised edition?",
]


DE_PII += [
    "Für die Reise: Hotel in Lissabon {phone:PT}, Fahrer in Dublin {phone:IE}, Notfallkontakt {p1:full} unter {phone:DE:mobile}.",
]
DE_NOPII += [
    "[[everyday_word:Rechnung]] ist da, aber der Betrag stimmt nicht: {price} statt {price}. Wie reklamiere ich das am besten?",
    "[[everyday_word:Bahnhof]] oder Flughafen – wo parkt man in {place} günstiger? Wir fliegen am {date}.",
]
FR_PII += [
    "Numéros utiles pour le voyage\u00a0: hôtel à Tokyo {phone:JP}, guide à Séoul {phone:KR}, et {p1:full} en cas d'urgence\u00a0: {phone:FR:mobile}.",
]
FR_NOPII += [
    "J'ai vu un [[everyday_word:martin-pêcheur]] au bord de la Loire ce matin\u202f! 🐦 C'est rare en hiver\u202f?",
    "[[everyday_word:facture]] reçue le {date}\u00a0: {price} au lieu de {price}. Comment contester\u202f?",
]
ZH_PII += [
    "出差通讯录：悉尼酒店{phone:AU}，印度供应商{phone:IN}，紧急联系人{p1:full}，手机{phone:CN:mobile}。",
    "{p1:full}的电脑内网IP是{ip4:private}，公网出口{ip4}，VPN一直连不上怎么办？",
    "防火墙拦截了来自{ip6}的请求，{p1:full}说那是测试服务器，要加白名单吗？",
    "请{p1:full}把简历发到{email}，同时抄送{email}。",
]
US_PII += [
    "Travel contacts: hotel in Sydney {phone:AU}, driver in Hong Kong {phone:HK}, and {p1:full} in Taipei {phone:TW}.",
]
GB_PII += [
    "Contacts for the trip: Warsaw office {phone:PL}, Stockholm {phone:SE}, and {p1:full} in Amsterdam {phone:NL}.",
]

# ---- long prompts (400-650 characters): complaints, onboarding mails, parents' group messages, trip planning
DE_PII += [
    "Sehr geehrte Damen und Herren,\n\nam {date} habe ich bei Ihnen Gartenstühle bestellt ({qty:count}, Bestellnummer {order}, Betrag {price}). Geliefert wurde am {date} leider nur die Hälfte, außerdem war ein Stuhl beschädigt. Ihr Kundenservice hat mir telefonisch zugesagt, dass die restliche Ware bis {date} nachgeliefert wird – passiert ist bisher nichts. Bitte erstatten Sie mir den Betrag für die fehlenden Stühle auf mein Konto {iban:DE} oder liefern Sie umgehend nach. Sie erreichen mich tagsüber unter {phone:DE:mobile} oder per E-Mail an {email:p1}.\n\nMit freundlichen Grüßen\n{p1:full}",
    "Hallo {p1:first},\n\nherzlich willkommen im Team! Hier die wichtigsten Infos für deinen ersten Tag am {date}:\n– Treffpunkt {time} am Empfang, {p2:full} holt dich dort ab.\n– Deinen Laptop bekommst du von der IT ({alias}), bitte vorher das Formular für die Zugänge ausfüllen.\n– Für Fragen zur Gehaltsabrechnung ist {p3:herr} {p3:last} zuständig, Durchwahl {phone:DE:fixed}.\n– Mittagessen gibt es in der Kantine, ein Menü kostet {price}.\n\nFalls etwas dazwischenkommt, melde dich einfach bei mir unter {phone:DE:mobile}.\n\nViele Grüße\n{p4:full}\nPersonalabteilung",
    "Hallo zusammen,\nkurze Zusammenfassung vom Elternabend am {date}: Die Klassenfahrt nach {place} kostet pro Kind {price}, bitte bis {date} auf das Konto des Fördervereins überweisen ({iban:DE:g}, Verwendungszweck: Name des Kindes). Begleitpersonen sind {p1:herr} {p1:last} und {p2:full}. Bei Fragen zur Bezahlung meldet euch bei {p3:first} ({email:p3}), für alles Organisatorische bei mir. Die Packliste kommt nächste Woche.\n\nLiebe Grüße\n{p4:first}",
]
DE_NOPII += [
    "Hallo! Ich plane ab {date} eine kleine Rundreise: Start in [[place:Frankfurt am Main]], dann mit der [[brand:Deutsche Bahn]] weiter nach [[place:Garmisch-Partenkirchen]] (Abfahrt ca. {time}), zwei Nächte dort, danach über [[place:Bad Tölz]] zurück. Budget insgesamt {price}, Hotel maximal {price} pro Nacht. Wir sind zwei Erwachsene und ein Kind (8 Jahre).\n\nFragen:\n1. Lohnt sich ein Sparpreis oder besser der Flexpreis?\n2. Gibt es dort eine günstige Unterkunft in Bahnhofsnähe?\n3. Was darf man auf keinen Fall verpassen?\n\nDanke im Voraus 🙏",
]
FR_PII += [
    "Madame, Monsieur,\n\nle {date}, j'ai commandé des chaises de jardin sur votre site ({qty:count}, commande n° {order}, montant {price}). Seule la moitié a été livrée le {date}, et l'une des chaises était abîmée. Votre service client m'a promis par téléphone un complément de livraison avant le {date}\u202f: je n'ai toujours rien reçu. Je vous demande donc de me rembourser les chaises manquantes sur mon compte {iban:FR} ou de les livrer sans délai. Vous pouvez me joindre au {phone:FR:mobile} ou par e-mail à {email:p1}.\n\nVeuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.\n\n{p1:full}",
    "Bonjour {p1:first},\n\nbienvenue dans l'équipe\u202f! Voici les infos pour ton premier jour, le {date}\u00a0:\n– rendez-vous à {time} à l'accueil, {p2:full} viendra te chercher\u00a0;\n– ton ordinateur te sera remis par l'informatique ({alias})\u00a0;\n– pour les questions de paie, vois avec {p3:mme} {p3:last}, poste {phone:FR:fixed}\u00a0;\n– le repas à la cantine coûte {price}.\n\nEn cas d'imprévu, appelle-moi au {phone:FR:mobile}.\n\nÀ très vite,\n{p4:full}\nRessources humaines",
    "Bonsoir à tous,\npetit compte rendu de la réunion de parents du {date}\u00a0: la classe verte à {place} coûtera {price} par enfant, à virer avant le {date} sur le compte de l'association ({iban:FR:g}, libellé\u00a0: nom de l'enfant). Les accompagnateurs seront {p1:mme} {p1:last} et {p2:full}. Pour le paiement, contactez {p3:first} ({email:p3})\u00a0; pour le reste, c'est moi. La liste des affaires suivra la semaine prochaine.\n\nBonne soirée,\n{p4:first}",
]
FR_NOPII += [
    "Bonjour\u202f! Je prépare un week-end prolongé à partir du {date}\u00a0: départ de la [[place:Gare Saint-Lazare]] vers {time}, deux nuits à [[place:Saint-Malo]], puis retour par le [[place:Mont-Saint-Michel]]. Budget total {price}, hôtel à {price} la nuit maximum. Nous sommes deux adultes et un enfant de 8 ans.\n\nQuestions\u00a0:\n1. Vaut-il mieux prendre une carte de réduction [[brand:SNCF]]\u202f?\n2. Un hôtel pas cher près des remparts\u202f?\n3. Qu'est-ce qu'il ne faut surtout pas rater\u202f?\n\nMerci d'avance\u202f🙏",
]
ZH_PII += [
    "您好：\n\n我于{date}在贵店购买了一批户外椅（{qty:count}，订单号{cnorder}，金额{price}），但{date}只收到了一半，而且其中一把有明显破损。客服在电话里答应{date}之前补发，到现在还没有任何消息。请尽快补发剩余商品，或者把缺少部分的货款退到我的银行卡{card}。我的联系电话是{phone:CN:mobile}，邮箱{email:p1}。\n\n谢谢！\n{p1:full}",
    "{p1:full}你好：\n\n欢迎加入团队！入职第一天（{date}）的安排如下：\n1. {time}到前台报到，{p2:full}会来接你；\n2. 电脑由IT部（{alias}）统一发放，请提前填好账号申请表；\n3. 工资和社保的问题请找人事部{p3:full}，座机{phone:CN:fixed}；\n4. 食堂午餐每份{price}。\n\n如有变动请打我手机{phone:CN:mobile}。\n\n人事部 {p4:full}",
    "各位家长晚上好：\n{date}家长会的主要内容如下：本学期秋游地点是{place}，每位学生费用{price}，请在{date}前交给家委会，或转账到家委会账户。陪同老师为{p2:full}老师和{p3:full}老师。缴费问题请联系{p4:full}（电话{phone:CN:mobile}），其他事情可以直接找我。物品清单下周发到群里。\n\n班主任 {p5:full}",
]
ZH_NOPII += [
    "你好！我打算{date}去[[place:张家界]]玩四天：第一天从[[place:上海]]坐[[everyday_word:高铁]]出发（大概{time}的车），第二、三天在景区，第四天去凤凰古城再返回。总预算{price}，酒店每晚不超过{price}。我们是两个大人和一个8岁的孩子。\n\n想问：\n1. 景区门票需要提前买吗？\n2. 住在哪里比较[[everyday_word:方便]]？\n3. 有什么一定不能错过的？\n\n先谢谢啦🙏",
]
US_PII += [
    "To whom it may concern,\n\nOn {date} I ordered patio chairs from your website ({qty:count}, order {order}, total {price}). Only half of them arrived on {date}, and one chair was damaged. Your customer service rep promised on the phone that the rest would ship by {date}, but I have heard nothing since. Please either ship the missing chairs right away or refund them to my card {card}. You can reach me at {phone:US} or by email at {email:p1}.\n\nSincerely,\n{p1:full}",
    "Hi {p1:first},\n\nWelcome aboard! Here's what to expect on your first day, {date}:\n- Check in at the front desk at {time}; {p2:full} will meet you there.\n- IT ({alias}) will hand you your laptop, so please fill out the account form beforehand.\n- Payroll and benefits questions go to {p3:full}, direct line {phone:US}.\n- Lunch in the cafeteria is {price}.\n\nIf anything comes up, text me at {phone:US}.\n\nBest,\n{p4:full}\nPeople Operations",
    "Hi all,\nQuick recap of the PTA meeting on {date}: the field trip to {place} is {price} per student, due by {date} via the school portal. Chaperones are {p1:mr_us} {p1:last} and {p2:full}. Payment questions go to {p3:first} ({email:p3}); everything else comes to me. The packing list will follow next week, and the bus leaves at {time} sharp.\n\nThanks,\n{p4:first}",
]
US_NOPII += [
    "Hi! Planning a 4-day trip to [[place:Lake Tahoe]] starting {date}: flying into Reno around {time}, two nights near the lake, then a day in [[place:Sacramento]] before flying home. Budget is {price} total, hotel max {price} a night. Two adults and one kid (8).\n\nQuestions:\n1. Do we really need a rental car?\n2. Any affordable lodging close to the beaches?\n3. What shouldn't we miss?\n\nThanks in advance 🙏",
]
GB_PII += [
    "Dear Sir or Madam,\n\nOn {date} I ordered garden chairs from your website ({qty:count}, order {order}, total {price}). Only half arrived on {date}, and one chair was damaged. Your customer services team promised on the phone that the rest would be sent by {date}, but I have heard nothing since. Please either send the missing chairs at once or refund them to my account, IBAN {iban:GB}. You can reach me on {phone:GB:mobile} or at {email:p1}.\n\nYours faithfully,\n{p1:full}",
    "Hi {p1:first},\n\nWelcome to the team! A few things for your first day on {date}:\n– Please be at reception at {time}; {p2:full} will collect you.\n– IT ({alias}) will set up your laptop, so do fill in the account form beforehand.\n– For payroll queries, speak to {p3:mr_gb} {p3:last} on {phone:GB}.\n– Lunch in the canteen is {price}.\n\nIf anything changes, ring me on {phone:GB:mobile}.\n\nKind regards,\n{p4:full}\nHR",
    "Evening all,\nA quick summary of the parents' evening on {date}: the Year 6 residential trip to {place} costs {price} per child, payable by {date} via the school's online payments. Staff going are {p1:mr_gb} {p1:last} and {p2:full}. Any payment questions to {p3:first} ({email:p3}); anything else to me. Kit list to follow next week.\n\nBest wishes,\n{p4:first}",
]
GB_NOPII += [
    "Hiya! Planning a long weekend in the Lake District from {date}: train from [[place:King's Cross]] around {time}, two nights in Keswick, then home via [[place:Chester]]. Budget {price} all in, B&B max {price} a night. Two adults and one child (8).\n\nQuestions:\n1. Is a family railcard worth it?\n2. Any cheap B&Bs near Derwentwater?\n3. What mustn't we miss?\n\nCheers 🙏",
]


# ============================================================================================
# HAND-WRITTEN SENTENCES (no Faker): invented names and numbers, one template id each.
# ============================================================================================

HANDWRITTEN = [
    # ---------------- de_DE
    ("de_DE", "Kannst du [[PERSON:Lukas Becker]] fragen, ob er morgen die Schlüssel für das Vereinsheim hat?"),
    ("de_DE", "sag mal [[PERSON:jonas]], kommst du heute noch vorbei oder nicht?"),
    ("de_DE", "Liebe Frau [[PERSON:Krause]],\nvielen Dank für das nette Gespräch. Anbei der unterschriebene [[everyday_word:Vertrag]].\nMit freundlichen Grüßen\n[[PERSON:Hans-Peter Müller-Lüdenscheidt]]"),
    ("de_DE", "Hallo [[PERSON:Jana]], der [[everyday_word:Termin]] beim [[everyday_word:Zahnarzt]] ist am [[date:14.03.2025]] um [[time:8:15]] – passt dir das?"),
    ("de_DE", "[[PERSON:Anna]], [[PERSON:Paul]] und [[PERSON:Lea]] kommen zum Geburtstag, [[PERSON:Maximilian]] hat abgesagt."),
    ("de_DE", "Herr [[PERSON:von der Heyde]] bittet um Rückruf unter [[PHONE:+49 30 26558910]]."),
    ("de_DE", "Bitte überweise die Miete auf [[IBAN:DE90 5001 0517 5409 1173 42]], Verwendungszweck „Miete [[date:Oktober 2025]]“."),
    ("de_DE", "Frag doch [[PERSON:Sophie Wagner]] oder [[PERSON:Marie-Luise Brandt]], die kennen sich mit der Steuer aus."),
    ("de_DE", "Danke fürs Korrekturlesen, das hilft mir sehr!\n\nViele Grüße\n[[PERSON:Friederike Albrecht]]"),
    ("de_DE", "Mein Name ist Dr. [[PERSON:Cornelia Hartung]], ich rufe wegen meiner Patientin an. Rückruf bitte an [[PHONE:0221 94837265]]."),
    ("de_DE", "Prof. Dr. [[PERSON:Wolfgang Reinhardt]] ist ab [[date:1. April]] emeritiert – wer übernimmt seine Doktoranden?"),
    ("de_DE", "Handy: [[PHONE:0171 4928365]], Festnetz: [[PHONE:089 21937465]] – bitte nur werktags anrufen."),
    ("de_DE", "Meine Mail ist [[EMAIL:juergen.moessner@posteo.de]], aber die Rechnung ging an die alte Adresse."),
    ("de_DE", "Die Kreditkarte [[CREDIT_CARD:4539 5260 1815 9083]] wurde gesperrt, kann ich trotzdem online bezahlen?"),
    ("de_DE", "Unser Drucker hat die IP [[IP_ADDRESS:192.168.178.23]], der Router [[IP_ADDRESS:192.168.178.1]]. Trotzdem kein Druck – Ideen?"),
    ("de_DE", "Ich wollte [[PERSON:Greta]] eigentlich nur sagen, dass [[PERSON:Ole Petersen]] das Auto am [[place:Bahnhof Altona]] abgestellt hat."),
    ("de_DE", "[[PERSON:Kübra Yıldız]] aus dem Vertrieb braucht noch Zugang zum CRM, kannst du das freischalten?"),
    ("de_DE", "Lieber [[PERSON:Thorsten]], liebe [[PERSON:Ingrid]],\nwir freuen uns riesig auf euren Besuch!\nHerzliche Grüße\nFamilie [[PERSON:Wendt]]"),
    ("de_DE", "Ist [[PERSON:Zoë van den Berg]] schon eingearbeitet? Sie fängt am Montag im Team B an."),
    ("de_DE", "Im Anhang die Daten für die Überweisung: Empfänger [[PERSON:Erik Sørensen]], IBAN [[IBAN:DE55370400440817263549]], Betrag [[price:2.450,00 €]]."),
    ("de_DE", "Rufen Sie mich gern unter [[PHONE:+43 664 3829174]] an, ich bin bis Freitag in Wien.\n[[PERSON:Magdalena Huber]]"),
    ("de_DE", "„Grüß Gott“ sagt man in Bayern – ist das im Norden eigentlich unhöflich? 🤔 Und was heißt „Moin Moin“ genau?"),
    ("de_DE", "Wie viel ist ⅓ von [[price:1.299,00 €]]? Ich komme auf [[price:433,00 €]] – stimmt das?"),
    ("de_DE", "Brauche Hilfe bei der Formel: E = mc² – was bedeutet das „c“?\n\nDanke im Voraus!  "),
    ("de_DE", "Die [[everyday_word:Rechnung]] vom [[date:03.05.2024]] (Nr. [[invoice_number:2024-118734]]) wurde doppelt bezahlt. Wie fordere ich das Geld zurück?"),
    ("de_DE", "Wir fahren mit der [[brand:Deutsche Bahn]] von [[place:Bad Homburg]] nach [[place:Garmisch-Partenkirchen]] – lohnt sich ein Sparpreis für [[price:79,90 €]]?"),
    ("de_DE", "Bestellnummer [[order_number:8301847562]] – wann kommt das Paket endlich? Hab am [[date:12.11.]] bestellt."),
    ("de_DE", "Kann mir jemand den Unterschied zwischen „dass“ und „das“ erklären? Mein Sohn (Klasse 5) verzweifelt daran …"),
    ("de_DE", "Die [[everyday_word:Schule]] beginnt um [[time:7:45]] – ist das nicht viel zu früh für Kinder?"),
    ("de_DE", "Artikel\tMenge\tPreis\nÄpfel\t[[quantity:2 kg]]\t[[price:3,98 €]]\nBirnen\t[[quantity:1,5 kg]]\t[[price:4,20 €]]\nWie viel ist die Summe?"),
    ("de_DE", "Welche Apps sind für die Kita-Kommunikation datenschutzkonform? Unsere Kita in [[place:Prenzlauer Berg]] nutzt WhatsApp 😬"),
    ("de_DE", "Ich hab Python [[version:3.11.7]] und pip sagt „externally-managed-environment“. Was tun?"),
    ("de_DE", "omg [[PERSON:lena]] hat gerade geschrieben, dass sie schwanger ist 😍😍 was schenkt man da?"),
    ("de_DE", "Bitte buchen Sie für Frau Dr. [[PERSON:Yasemin Aydın-Keller]] ein Hotel in [[place:Frankfurt am Main]] vom [[date:14.10.2025]] bis [[date:16.10.2025]]."),
    ("de_DE", "Wer von euch hat die Nummer von Tante [[PERSON:Hildegard]]? Ich hab nur ihre alte: [[PHONE:06172 458193]]."),
    ("de_DE", "Welche Sätze gelten für die Umsatzsteuer? [[percentage:19 %]] und [[percentage:7 %]], oder hat sich was geändert?"),
    ("de_DE", "Die E-Mail von [[EMAIL:anne-kathrin.schaefer@t-online.de]] landet immer im Spam. Liegt das am Bindestrich?"),
    ("de_DE", "Die Datei heißt „Proﬁl_ﬁnal.pdf“ – warum ﬁndet die Suche sie nicht, wenn ich „Profil“ eintippe?"),
    ("de_DE", "Was ist der Unterschied zwischen „ﬂ“ und „fl“? In meinem PDF steht „Auﬂage“ und die Suche ﬁndet nichts."),
    ("de_DE", "Kapitel Ⅻ, Abschnitt 3.2: Ist ∑ₖ₌₁ⁿ k = n(n+1)/2 wirklich für alle n ≥ 1 richtig?"),
    ("de_DE", "Warum verhält sich „Cafe\u0301“ in meinem Editor anders als „Café“, obwohl beides gleich aussieht?"),
    ("de_DE", "Preisliste:\n• Espresso\t[[price:2,20 €]]\n• Cappuccino\t[[price:3,40 €]]\n• Croissant\t[[price:1,90 €]]\nLohnt sich die 10er\u2011Karte?"),
    ("de_DE", "Temperatur heute: −3 °C, morgen ±0 °C … zieh ich die Winterjacke an? 🧥"),
    ("de_DE", "Wir sind vier Leute 👩\u200d👩\u200d👦\u200d👦 – reicht ein Tisch im Biergarten oder sollen wir reservieren?"),
    ("de_DE", "Familienurlaub 👨\u200d👩\u200d👧 an der Ostsee oder in den Alpen 🇩🇪? Budget ca.\u2009[[price:2.000 €]], zwei Wochen im [[date:August]]."),
    # ---------------- fr_FR
    ("fr_FR", "Bonjour [[PERSON:Amélie]],\nje t'envoie le planning de la semaine. N'hésite pas si tu as des questions.\nBien à vous,\n[[PERSON:Jean-Luc Ferrand]]"),
    ("fr_FR", "M. [[PERSON:Dupont]] a appelé deux fois ce matin, il voudrait qu'on le rappelle au [[PHONE:06 48 27 19 53]]."),
    ("fr_FR", "Mme [[PERSON:de Villeneuve]] souhaite décaler son rendez-vous au [[date:12 mars]]."),
    ("fr_FR", "Maître [[PERSON:Anne-Sophie Lemaire]] vous attend à [[time:15h30]] à son cabinet, [[place:rue Jean-Jaurès]]."),
    ("fr_FR", "Mlle [[PERSON:Océane Girard]] a gagné le concours de dessin de l'école\u202f! 🎨"),
    ("fr_FR", "Tu peux demander à [[PERSON:Marie-Claire d'Harcourt]] si elle a reçu le devis\u202f?"),
    ("fr_FR", "[[PERSON:Élodie]], [[PERSON:Théo]] et [[PERSON:Inès]] seront là samedi, [[PERSON:Maxime]] arrivera plus tard."),
    ("fr_FR", "Veuillez trouver ci-joint mon attestation employeur.\n\nCordialement,\n[[PERSON:François-Xavier Le Guen]]"),
    ("fr_FR", "Mon IBAN\u00a0: [[IBAN:FR35 1027 8000 0100 0203 9847 156]]. Merci de me rembourser les [[price:45,90 €]]."),
    ("fr_FR", "Appelez-moi au [[PHONE:01 42 68 53 07]] ou sur mon portable [[PHONE:07 81 64 29 35]]."),
    ("fr_FR", "Mon adresse mail\u00a0: [[EMAIL:helene.lefevre@orange.fr]] (sans accents, attention)."),
    ("fr_FR", "Le serveur de test est sur [[IP_ADDRESS:10.12.4.87]], la prod sur [[IP_ADDRESS:2001:db8:4a2c::17]]."),
    ("fr_FR", "Ma carte [[CREDIT_CARD:5425-3016-6131-8608]] a été refusée chez [[brand:Darty]], pourtant j'ai assez sur le compte."),
    ("fr_FR", "dis [[PERSON:chloé]], tu viens au ciné ce soir ou pas\u202f?"),
    ("fr_FR", "Chère [[PERSON:Noémie]],\nmerci pour ton accueil à [[place:Aix-en-Provence]], c'était parfait.\nÀ bientôt,\n[[PERSON:Baptiste]]"),
    ("fr_FR", "Le professeur [[PERSON:Guillaume du Plessis]] a reporté l'examen au [[date:2 juin]]."),
    ("fr_FR", "[[PERSON:Rose Martin]] a acheté des [[everyday_word:roses]] pour la fête des mères."),
    ("fr_FR", "[[PERSON:Pierre]] a trouvé une jolie [[everyday_word:pierre]] sur la plage de [[place:Saint-Malo]]."),
    ("fr_FR", "Le sel [[everyday_word:marin]] de Guérande, c'est vraiment meilleur que le sel gemme\u202f?"),
    ("fr_FR", "Qu’est-ce qu’on dit\u00a0: « après qu’il soit venu » ou « après qu’il est venu »\u202f? Je n’arrive jamais à m’en souvenir…"),
    ("fr_FR", "Combien font [[percentage:12,5\u202f%]] de [[price:1\u202f299,00\u202f€]]\u202f?"),
    ("fr_FR", "Le TGV de [[time:7h42]] pour [[place:Saint-Étienne]] est annulé\u202f; le suivant part à [[time:9h15]]. Je suis remboursé·e\u202f?"),
    ("fr_FR", "Rendez-vous chez le dentiste le [[date:05/03/2024]] à [[time:14h30]], mais j'ai oublié si c'est [[place:Boulevard Haussmann]] ou [[place:Rue de Rivoli]]."),
    ("fr_FR", "Un café ☕ coûte [[price:2,50 €]] à [[place:Montpellier]] et [[price:4,20 €]] à Paris… c'est normal\u202f?"),
    ("fr_FR", "«\u202fŒil pour œil\u202f»\u00a0: quelle est l’origine de cette expression\u202f? Et «\u202fcœur de pierre\u202f»\u202f?"),
    ("fr_FR", "Code postal [[postal_code:75008]] ou [[postal_code:75011]] pour la rue du Faubourg-Saint-Antoine\u202f? 🤔"),
    ("fr_FR", "Ma commande n° [[order_number:4471 2093 58]] n'est jamais arrivée, le suivi [[tracking_number:6A18472093615]] indique «\u202flivré\u202f»."),
    ("fr_FR", "Recette\u00a0: 250 g de farine, 3 œufs, ½ L de lait… ça fait 8 crêpes ou plus\u202f?"),
    ("fr_FR", "Je n’arrive pas à chercher «\u202fcafe\u0301\u202f» dans mon fichier\u00a0: la recherche ne trouve pas «\u202fcafé\u202f». Pourquoi\u202f?"),
    ("fr_FR", "Le [[everyday_word:berger]] allemand de mes voisins aboie toute la nuit… que dit la loi\u202f?"),
    ("fr_FR", "Joignez [[PERSON:Julien Moreau]] au [[PHONE:+32 477 58 23 91]], il est à Bruxelles cette semaine."),
    ("fr_FR", "Le virement vers [[IBAN:ES23 2100 3152 8702 0011 8274]] pour la location à Valence n'est pas passé, [[PERSON:Lucía Fernández]] attend toujours."),
    ("fr_FR", "Salut [[PERSON:Yannick]]\u202f! Tu as le numéro de [[PERSON:Gaëlle Kerjean]]\u202f? C'est pour le covoiturage de samedi."),
    ("fr_FR", "Nous confirmons votre embauche à compter du [[date:1er septembre 2025]].\n\nBien à vous,\n[[PERSON:Marie-Hélène Bézier-Lambert]]\nDirectrice des ressources humaines"),
    ("fr_FR", "Mon numéro suisse\u00a0: [[PHONE:+41 79 482 61 37]], le français ne marche plus."),
    ("fr_FR", "«\u202fLe cœur a ses raisons que la raison ne connaît point\u202f» — c’est de qui, déjà\u202f?"),
    ("fr_FR", "Combien font 3²\u202f+\u202f4²\u202f? Et √25\u202f? Mon fils (CM2) bloque sur l’exercice Ⅳ."),
    ("fr_FR", "Pourquoi «\u202fefﬁcace\u202f» n’est pas trouvé par la recherche quand je copie depuis un PDF\u202f?"),
    ("fr_FR", "Le ½ litre de lait coûte [[price:0,89\u00a0€]] chez [[brand:Monoprix]]… c’est normal\u202f? 🥛"),
    ("fr_FR", "Quelle différence entre «\u202fpêche\u202f», «\u202fpéché\u202f» et «\u202fpécher\u202f»\u202f? 🎣"),
    ("fr_FR", "Bonjour\u202f!\n\nJe cherche un resto végétarien ouvert le dimanche soir, plutôt vers la [[place:place Bellecour]]… des idées\u202f?\n\nMerci d’avance\u202f😊"),
    ("fr_FR", "[[PERSON:Léa N’Diaye]] et [[PERSON:Hugo Vasseur]] sont absents aujourd’hui, qui les remplace\u202f?"),
    # ---------------- zh_CN
    ("zh_CN", "我昨天见到了[[PERSON:王建国]]，他说下个月要去[[place:杭州西湖]]旅游。"),
    ("zh_CN", "[[PERSON:张伟]]说他明天不来上班了。"),
    ("zh_CN", "[[PERSON:刘洋]]已经把合同发过去了，你查收一下。"),
    ("zh_CN", "给[[PERSON:李娜]]打个电话，问问她[[everyday_word:周末]]有没有空。"),
    ("zh_CN", "请[[PERSON:欧阳晓峰]]老师把期末成绩发到群里。"),
    ("zh_CN", "[[PERSON:司马静]]经理，您要的报表已经放在桌上了。"),
    ("zh_CN", "我想找[[PERSON:诸葛明远]]咨询一下留学的事。"),
    ("zh_CN", "[[PERSON:上官雨婷]]同学，你的录取通知书到了，请来办公室领取。"),
    ("zh_CN", "跟[[PERSON:东方宇]]说一声，[[everyday_word:高铁]]票改签到[[date:5月3日]]了。"),
    ("zh_CN", "让[[PERSON:皇甫嘉怡]]明天带上身份证原件。"),
    ("zh_CN", "[[PERSON:慕容雪]]女士，您预订的房间已确认。"),
    ("zh_CN", "问[[PERSON:陈晓明]]借的书还没还，他的手机是[[PHONE:13916284057]]。"),
    ("zh_CN", "我的手机[[PHONE:15827364910]]，有事随时打。"),
    ("zh_CN", "北京办公室电话[[PHONE:010-62847193]]，上海是[[PHONE:021-54281736]]。"),
    ("zh_CN", "我的身份证号是[[CN_RESIDENT_ID:33010619910423118X]]，最后一位是X。"),
    ("zh_CN", "身份证[[CN_RESIDENT_ID:110105199203045676]]，姓名[[PERSON:赵丽华]]，请核对。"),
    ("zh_CN", "请把报价单发到[[EMAIL:zhangming1987@163.com]]，多谢！"),
    ("zh_CN", "QQ邮箱[[EMAIL:375920184@qq.com]]收不到验证码怎么办？"),
    ("zh_CN", "[[PERSON:杨帆]]、[[PERSON:周婷]]、[[PERSON:吴昊天]]三个人一组，[[PERSON:孙悦]]单独一组。"),
    ("zh_CN", "告诉[[PERSON:黄子轩]]，明天的会改到[[time:下午3点]]。"),
    ("zh_CN", "和[[PERSON:林小雨]]一起去[[place:周庄]]拍照，真[[everyday_word:高兴]]！"),
    ("zh_CN", "尊敬的[[PERSON:胡海峰]]先生：\n\n感谢您对本公司的支持，随信附上年度账单。\n\n此致\n敬礼\n[[PERSON:郑国强]]"),
    ("zh_CN", "我的银行卡号[[CREDIT_CARD:6250 2199 3518 1909]]，到账了吗？"),
    ("zh_CN", "服务器IP是[[IP_ADDRESS:47.103.28.196]]，登不上去。"),
    ("zh_CN", "香港的电话[[PHONE:+852 6283 1947]]，白天可以打。"),
    ("zh_CN", "今天[[everyday_word:金价]]多少？[[brand:周大福]]的[[everyday_word:黄金]]首饰是按克卖吗？"),
    ("zh_CN", "[[everyday_word:马路]]上车太多了，[[everyday_word:马上]]就要迟到了……😭"),
    ("zh_CN", "［通知］本周五（[[date:１２月２０日]]）下午停电，请提前保存文件！"),
    ("zh_CN", "[[place:江南]]的梅雨季节一般从几月开始？"),
    ("zh_CN", "[[brand:李宁]]的新款跑鞋打[[percentage:八折]]，原价[[price:¥699]]，现在多少钱？"),
    ("zh_CN", "从[[place:王府井]]到[[place:张家界]]怎么走最[[everyday_word:方便]]？坐[[everyday_word:高铁]]还是飞机？"),
    ("zh_CN", "[[everyday_word:钱包]]里的零钱够不够买两杯[[brand:喜茶]]？一杯[[price:19元]]。"),
    ("zh_CN", "[[everyday_word:林业]]局的电话是多少？想问问[[everyday_word:安全]]检查的事。"),
    ("zh_CN", "订单号[[order_number:4028751936284017265]]，[[date:2024年5月3日]]下的单，现在还没到。"),
    ("zh_CN", "帮我写首诗，主题是[[place:上海]]的秋天🍂，要有“梧桐”和“外滩”两个词。"),
    ("zh_CN", "顺丰单号[[tracking_number:SF1482937560214]]，显示在[[place:深圳湾]]，为什么一直不动？"),
    ("zh_CN", "[[PERSON:林晓东]]（[[PHONE:+86 139 2847 5061]]）是我们在深圳的联系人。"),
    ("zh_CN", "我想问[[PERSON:马晓丽]]借一下[[everyday_word:毛巾]]。"),
    ("zh_CN", "台湾的朋友[[PERSON:蔡佩珊]]电话[[PHONE@TW:0912-384-751]]，怎么从大陆拨过去？"),
    ("zh_CN", "麻烦[[PERSON:韩雪梅]]回个电话，我的手机号是[[PHONE:１３９０２８４７５６１]]。"),
    ("zh_CN", "请问　全角空格　会不会影响搜索？比如“你好　世界”。"),
    ("zh_CN", "第Ⅲ章第２节：若 a² + b² = c²，则三角形为直角三角形，对吗？"),
    ("zh_CN", "今天气温−５℃～３℃，要穿羽绒服吗？🧣"),
    ("zh_CN", "【求助】家里的Wi\u2011Fi密码忘了……路由器背面写的是哪个？"),
    ("zh_CN", "周末去[[place:杭州西湖]]还是[[place:苏州]]园林？两天一夜，预算[[price:￥2,000]]左右～"),
    ("zh_CN", "「安全第一」用英文怎么说？还有“[[everyday_word:马上]]”和“立刻”有什么区别？"),
    ("zh_CN", "老师说：“Ｅ＝ｍｃ²”是什么意思？请用小学生能听懂的话解释一下。❤️"),
    # ---------------- en_US
    ("en_US", "Can you ask [[PERSON:Kayla Washington]] whether the venue is booked for [[date:June 14]]?"),
    ("en_US", "[[PERSON:Sean O'Connor]] said the deck isn't ready yet, so let's push the review."),
    ("en_US", "Please find attached the signed NDA.\n\nBest regards,\n[[PERSON:Mary-Kate Smith-Jones]]"),
    ("en_US", "Call me at [[PHONE:(415) 829-3764]] or text [[PHONE:+1-646-293-8157]] if it's urgent."),
    ("en_US", "My SSN is [[US_SSN:536-22-8194]], is it safe to give that to the leasing office?"),
    ("en_US", "Email me at [[EMAIL:dwight.okafor@gmail.com]] once you have the numbers."),
    ("en_US", "Hey [[PERSON:Priya]], [[PERSON:Marcus]] and [[PERSON:Jenna]] are running late — start without them."),
    ("en_US", "[[PERSON:Bill Novak]] already paid the [[everyday_word:bill]] at the diner, so we owe him [[price:$23]] each."),
    ("en_US", "[[PERSON:Grace Liu]] asked about the [[everyday_word:grace period]] on her student loan."),
    ("en_US", "My card [[CREDIT_CARD:4024 9378 6579 7549]] keeps getting declined at [[brand:Walmart]]."),
    ("en_US", "The VPN gateway is [[IP_ADDRESS:203.0.113.45]] and my laptop shows [[IP_ADDRESS:fe80::1c2b:3dff:fe4a:92c1]]. Why can't they talk?"),
    ("en_US", "hey [[PERSON:tyler]] r u coming to practice tmrw"),
    ("en_US", "Dr. [[PERSON:Anjali Raman]] will see you at [[time:3:45 pm]] on [[date:Tuesday, March 4]]."),
    ("en_US", "Ms. [[PERSON:Alvarez]] from HR needs your I-9 documents by Friday."),
    ("en_US", "Amex [[CREDIT_CARD:3782 913909 96030]] — is that the right format for the form?"),
    ("en_US", "What’s the difference between “affect” and “effect”? I always get it wrong…"),
    ("en_US", "Flight [[reference:DL 2417]] leaves at [[time:6:05 am]] — how early should I be at [[place:JFK]]?"),
    ("en_US", "[[everyday_word:May]] is usually the best month to visit [[place:Charlotte]], right? 🌸"),
    ("en_US", "Convert [[price:$1,299.99]] to euros please, and what’s [[percentage:8.875%]] sales tax on top?"),
    ("en_US", "Order #[[order_number:112-8847261-9038475]] never arrived and the tracking [[tracking_number:1Z8X7V490312847561]] says delivered."),
    ("en_US", "Is 2⁵ = 32 and 2¹⁰ = 1024? Explain powers of two like I’m five."),
    ("en_US", "The zip code for [[place:Beverly Hills]] is [[postal_code:90210]], right? Or did it change?"),
    ("en_US", "Can you proofread: “Their going to the store” → “They’re going to the store.” Anything else wrong?"),
    ("en_US", "Café vs. cafe — do I need the accent on an American menu? ☕"),
    ("en_US", "[[PERSON:Dolores Ramírez-Ortega]] needs a Spanish translation of the lease by Friday."),
    ("en_US", "Ping [[PERSON:Hank]] on Slack, or call his desk at [[PHONE:+1 312 584 2096]]."),
    ("en_US", "Emergency contact: [[PERSON:Roberta Kline]], [[PHONE:(503) 284-1937]]."),
    ("en_US", "i think [[PERSON:jessica]]'s number changed, try [[PHONE:617-492-3085]]"),
    ("en_US", "Is “naïve” still spelled with the diaeresis in American English? And “coöperate”?"),
    ("en_US", "What’s ∫₀¹ x² dx? I get ⅓ but the answer key says 0.33…"),
    ("en_US", "Our family 👨\u200d👩\u200d👧\u200d👦 needs a table for 5 at [[time:7:30]] — do I need a reservation?"),
    ("en_US", "Copying from the PDF turns “ﬁle” into something my search can’t find. How do I normalize it?"),
    ("en_US", "Super Bowl LVIII vs. Ⅻ-style numerals — which Roman numeral style is right in a headline?"),
    ("en_US", "I copied this from a PDF: “The ﬁnancial statements were ﬁled on time.” Why does spell-check flag ‘ﬁnancial’?"),
    # ---------------- en_GB
    ("en_GB", "Could you ask [[PERSON:Siobhan O'Sullivan]] whether she's free on [[date:14th March]]?"),
    ("en_GB", "Thanks for sorting the invoice so quickly.\n\nKind regards,\n[[PERSON:Rhys Llewellyn]]"),
    ("en_GB", "Ring me on [[PHONE:07912 384756]] or the office on [[PHONE:020 7183 4625]]."),
    ("en_GB", "Mrs [[PERSON:Okonkwo]] rang about the boiler again, she sounded quite upset."),
    ("en_GB", "My IBAN is [[IBAN:GB42 NWBK 6024 1738 2945 01]] if you want to send the deposit back."),
    ("en_GB", "[[PERSON:Callum]], [[PERSON:Niamh]] and [[PERSON:Isla]] are on the rota this weekend."),
    ("en_GB", "Email [[EMAIL:fiona.mcallister@btinternet.com]] for the minutes."),
    ("en_GB", "Left the keys under the mat, see you Monday.\n\nCheers,\n[[PERSON:Gaz]]"),
    ("en_GB", "Our router's at [[IP_ADDRESS:192.168.1.254]] — it's a [[brand:BT]] Hub — and it keeps dropping."),
    ("en_GB", "[[PERSON:Harriet Fotheringham-Smythe]] will chair the AGM this year."),
    ("en_GB", "Dr [[PERSON:Imran Qureshi]] at the surgery says I need a blood test before [[date:Friday 21st]]."),
    ("en_GB", "hiya [[PERSON:becky]] what time's the match"),
    ("en_GB", "My Irish mobile is [[PHONE:+353 86 274 9381]], the UK one [[PHONE:+44 7723 481956]]."),
    ("en_GB", "The card ending 9083 is mine but [[CREDIT_CARD:5168 3231 9487 5749]] isn't — who added it?"),
    ("en_GB", "What’s the difference between [[place:Great Britain]] and the United Kingdom, honestly? 🇬🇧"),
    ("en_GB", "Train from [[place:King's Cross]] at [[time:09:32]] is cancelled — can I claim Delay Repay on a [[price:£74.50]] ticket?"),
    ("en_GB", "Postcode [[postal_code:SW1A 1AA]] — is that actually Buckingham Palace?"),
    ("en_GB", "[[everyday_word:Summer]] holidays start on [[date:23 July]] this year, right?"),
    ("en_GB", "Can you explain the offside rule like I’m five? ⚽ My nan keeps asking…"),
    ("en_GB", "Is it “towards” or “toward” in British English? And is “whilst” too formal?  "),
    ("en_GB", "VAT at [[percentage:20%]] on [[price:£1,249.00]] — what’s the gross?"),
    ("en_GB", "Why does the [[place:Elizabeth line]] map show [[place:Abbey Wood]] twice?"),
    ("en_GB", "Order [[order_number:2024-5581-0937]] from [[brand:Argos]] hasn’t arrived; click & collect said Thursday."),
    ("en_GB", "Recipe says 200\u00a0g caster sugar and ½ tsp bicarbonate — can I swap in honey? 🍯"),
    ("en_GB", "[[PERSON:Aoife Ní Bhriain]] from the Galway office will join us at [[time:2pm]]."),
    ("en_GB", "Please forward the contract to [[PERSON:Tomasz Wiśniewski]] at [[EMAIL:t.wisniewski@hartley-legal.co.uk]]."),
    ("en_GB", "The Lisbon contact is [[PERSON:João Sá]], [[PHONE:+351 912 847 306]]."),
    ("en_GB", "I am writing to formally resign from my position, effective [[date:31 October]].\n\nYours sincerely,\n[[PERSON:Eleanor Whitcombe]]"),
    ("en_GB", "Is it “judgement” or “judgment” in a legal letter? Asking for the office style guide…  "),
    ("en_GB", "The recipe calls for ¾ cup of sugar — what’s that in grams? 🍰"),
    ("en_GB", "It’s −2 °C tonight; do I need to cover the [[everyday_word:roses]]?"),
    ("en_GB", "Chapter Ⅸ of the syllabus covers Σ notation — any good intro videos?"),
    ("en_GB", "Is it OK to write “café” without the accent on a shop sign? ☕\t(asking for my mum)"),
    ("en_GB", "Thumbs up 👍🏽 from the team — the 𝑥-axis label on slide Ⅶ still says “Reveune” though…"),
]


# ============================================================================================
# build
# ============================================================================================

TEMPLATES = {
    "de_DE": (DE_PII, DE_NOPII),
    "fr_FR": (FR_PII, FR_NOPII),
    "zh_CN": (ZH_PII, ZH_NOPII),
    "en_US": (US_PII, US_NOPII),
    "en_GB": (GB_PII, GB_NOPII),
}


def spread(total, n):
    base, extra = divmod(total, n)
    return [base + (1 if i < extra else 0) for i in range(n)]


def slotted_spread(total, templates):
    """a template without slots yields one prompt (no duplicates); the others share the rest"""
    fixed = [not SLOT.search(t) for t in templates]
    var = spread(total - sum(fixed), sum(1 for f in fixed if not f))
    it = iter(var)
    return [1 if f else next(it) for f in fixed]


SEEN_TEXTS = set()
MARK_SPLIT = re.compile(r"(\[\[[A-Za-z_]+(?:@[A-Z]{2})?:.*?\]\])", re.S)


def chat_noise(marked, loc):
    """Typing noise real chat messages carry, applied to ~30% of templated prompts, outside labelled values:
    a double space after punctuation, trailing whitespace, a closing emoji, smart apostrophes."""
    if R.random() >= 0.3:
        return marked
    parts = MARK_SPLIT.split(marked)
    op = pick(["double_space", "trailing", "emoji", "curly"])
    if op == "double_space":
        cands = [(i, m.start()) for i in range(0, len(parts), 2) for m in re.finditer(r"[.,?!:] (?=\S)", parts[i])]
        if cands:
            i, at = pick(cands)
            parts[i] = parts[i][:at + 1] + "  " + parts[i][at + 2:]
    elif op == "trailing":
        parts[-1] += pick([" ", "  ", "\t", "\n", " \n"])
    elif op == "emoji":
        e = pick(["🙏", "😊", "🙂", "👍", "🤔", "😅", "🙏🏻", "❤️"])
        parts[-1] += e if LANG[loc] == "zh" else " " + e
    elif op == "curly":
        for i in range(0, len(parts), 2):
            parts[i] = parts[i].replace("'", "’")
    return "".join(parts)


def render(template, loc, tid, tries=300):
    last_err = None
    for _ in range(tries):
        marked, _persons = fill(template, loc)
        marked = chat_noise(marked, loc)
        text, spans = parse_markup(marked)
        if text in SEEN_TEXTS:
            last_err = Bad("duplicate text")
            continue
        try:
            pii, las = validate(text, spans, loc)
            SEEN_TEXTS.add(text)
            return text, pii, las
        except Bad as e:
            last_err = e
    raise RuntimeError(f"{tid}: could not render a valid prompt: {last_err}\n  template: {template!r}")


ERRORS = []


def build():
    records = []
    groups = []
    for loc in ["de_DE", "fr_FR", "zh_CN", "en_US", "en_GB"]:
        pre = ID_PREFIX[loc]
        pii_t, nopii_t = TEMPLATES[loc]
        for t, _ in RARITY + [("none", None)]:
            groups.append([f"{pre}-t{i + 1:03d}" for i, tt in enumerate(pii_t) if stratum(tt) == t])
            hand = [s for (l, s) in HANDWRITTEN if l == loc]
            groups.append([f"{pre}-h{j + 1:03d}" for j, m in enumerate(hand) if stratum(m) == t])
        groups.append([f"{pre}-t{i + 1:03d}" for i in range(len(pii_t), len(pii_t) + len(nopii_t))])
    SPLIT = assign_splits(groups)
    split_of = SPLIT.__getitem__
    for loc in ["de_DE", "fr_FR", "zh_CN", "en_US", "en_GB"]:
        pre = ID_PREFIX[loc]
        pii_t, nopii_t = TEMPLATES[loc]
        tids = []
        n_nopii = round(TARGET[loc] * NOPII_SHARE[loc])
        n_pii = TARGET[loc] - n_nopii
        plan = []
        for i, t in enumerate(pii_t + nopii_t):
            tid = f"{pre}-t{i + 1:03d}"
            tids.append(tid)
        counts = spread(n_pii, len(pii_t)) + slotted_spread(n_nopii, nopii_t)
        for tid, t, c, kind in zip(tids, pii_t + nopii_t, counts, ["pii"] * len(pii_t) + ["nopii"] * len(nopii_t)):
            for _ in range(c):
                plan.append((tid, t, kind))
        hand = [(l, s) for (l, s) in HANDWRITTEN if l == loc]
        n = 0
        for tid, t, kind in plan:
            try:
                text, pii, las = render(t, loc, tid)
            except RuntimeError as e:
                ERRORS.append(str(e))
                continue
            if kind == "nopii" and pii:
                raise RuntimeError(f"{tid}: no-PII template produced PII")
            if kind == "pii" and not pii:
                raise RuntimeError(f"{tid}: PII template produced no PII")
            n += 1
            records.append({"id": f"{pre}-{n:04d}", "locale": loc, "lang": LANG[loc], "text": text, "pii": pii,
                            "lookalikes": las, "template": tid, "split": split_of(tid)})
        for j, (_, marked) in enumerate(hand):
            tid = f"{pre}-h{j + 1:03d}"
            text, spans = parse_markup(marked)
            try:
                pii, las = validate(text, spans, loc, handwritten=True)
            except Bad as e:
                ERRORS.append(f"{tid}: {e}\n  {marked!r}")
                continue
            n += 1
            records.append({"id": f"{pre}-{n:04d}", "locale": loc, "lang": LANG[loc], "text": text, "pii": pii,
                            "lookalikes": las, "template": tid, "split": split_of(tid)})
    if ERRORS:
        sys.exit("\n".join(ERRORS))
    # final consistency checks
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids))
    texts = [r["text"] for r in records]
    dup = [t for t, c in Counter(texts).items() if c > 1]
    assert not dup, dup
    for r in records:
        for e in r["pii"]:
            assert e["value"] in r["text"], r["id"]
        for e in r["lookalikes"]:
            assert e["value"] in r["text"], r["id"]
    return records


def stats(records):
    out = []
    P = lambda s="": out.append(s)
    langs = ["en", "de", "fr", "zh"]
    P(f"prompts: {len(records)}")
    P()
    P("| split | en | de | fr | zh | all | of which no PII |")
    P("|---|---|---|---|---|---|---|")
    for sp in ["dev", "test", "all"]:
        rs = [r for r in records if sp == "all" or r["split"] == sp]
        c = Counter(r["lang"] for r in rs)
        P(f"| {sp} | " + " | ".join(str(c[l]) for l in langs) + f" | {len(rs)} | {sum(1 for r in rs if not r['pii'])} |")
    P()
    c = Counter(r["locale"] for r in records)
    P("| locale | prompts | no PII | templates | hand-written |")
    P("|---|---|---|---|---|")
    for loc in LOCALES:
        rs = [r for r in records if r["locale"] == loc]
        tpl = {r["template"] for r in rs if "-t" in r["template"]}
        hw = {r["template"] for r in rs if "-h" in r["template"]}
        P(f"| {loc} | {len(rs)} | {sum(1 for r in rs if not r['pii'])} | {len(tpl)} | {len(hw)} |")
    P()
    P("PII occurrences (count-aware: each occurrence of a value in the text counts):")
    P()
    P("| type | " + " | ".join(langs) + " | dev | test | all |")
    P("|---|" + "---|" * (len(langs) + 3))
    for t in PII_TYPES:
        row = []
        for l in langs:
            row.append(sum(r["text"].count(e["value"]) for r in records if r["lang"] == l for e in r["pii"] if e["type"] == t))
        d = sum(r["text"].count(e["value"]) for r in records if r["split"] == "dev" for e in r["pii"] if e["type"] == t)
        te = sum(r["text"].count(e["value"]) for r in records if r["split"] == "test" for e in r["pii"] if e["type"] == t)
        P(f"| {t} | " + " | ".join(map(str, row)) + f" | {d} | {te} | {d + te} |")
    P()
    P("Look-alike occurrences:")
    P()
    kinds = Counter()
    for r in records:
        for e in r["lookalikes"]:
            kinds[e["kind"]] += r["text"].count(e["value"])
    P("| kind | " + " | ".join(langs) + " | dev | test | all |")
    P("|---|" + "---|" * (len(langs) + 3))
    for k, _ in sorted(kinds.items(), key=lambda x: (-x[1], x[0])):
        row = [sum(r["text"].count(e["value"]) for r in records if r["lang"] == l for e in r["lookalikes"] if e["kind"] == k) for l in langs]
        d = sum(r["text"].count(e["value"]) for r in records if r["split"] == "dev" for e in r["lookalikes"] if e["kind"] == k)
        te = sum(r["text"].count(e["value"]) for r in records if r["split"] == "test" for e in r["lookalikes"] if e["kind"] == k)
        P(f"| {k} | " + " | ".join(map(str, row)) + f" | {d} | {te} | {d + te} |")
    P(f"| **all** | " + " | ".join(str(sum(r["text"].count(e["value"]) for r in records if r["lang"] == l for e in r["lookalikes"])) for l in langs)
      + f" | {sum(r['text'].count(e['value']) for r in records if r['split'] == 'dev' for e in r['lookalikes'])}"
      + f" | {sum(r['text'].count(e['value']) for r in records if r['split'] == 'test' for e in r['lookalikes'])}"
      + f" | {sum(kinds.values())} |")
    P()
    P("Phone regions (distinct PHONE values):")
    reg = Counter(e.get("region") for r in records for e in r["pii"] if e["type"] == "PHONE")
    P(", ".join(f"{k} {v}" for k, v in sorted(reg.items())))
    P()
    P("PERSON values by form (distinct values per prompt, heuristic classification):")
    P()
    forms = Counter()
    for r in records:
        for e in r["pii"]:
            if e["type"] == "PERSON":
                forms[(r["lang"], name_form(e["value"], r["lang"]))] += 1
    P("| form | " + " | ".join(langs) + " |")
    P("|---|" + "---|" * len(langs))
    for f in ["plain", "given name only / family name only", "compound given name", "double family name",
              "particle (von, van, de, du, de la, d', le ...)", "apostrophe (O'Connor, N'Diaye)", "middle initial",
              "typed in lower case", "2 characters", "3 characters", "compound surname (欧阳, 司马 ...)"]:
        row = [forms.get((l, f), 0) for l in langs]
        if any(row):
            P(f"| {f} | " + " | ".join(str(x) for x in row) + " |")
    P()
    P("Numeric look-alikes (6+ digits) that phonenumbers parses as a valid number of the locale's region:")
    tot, val = Counter(), Counter()
    for r in records:
        for e in r["lookalikes"]:
            if sum(ch.isdigit() for ch in e["value"]) >= 6:
                tot[e["kind"]] += 1
                if is_phone_like(e["value"], [HOME_REGION[r["locale"]]]):
                    val[(e["kind"], r["lang"])] += 1
    P(", ".join(f"{k} {sum(v for (kk, _), v in val.items() if kk == k)}/{n}" for k, n in sorted(tot.items())))
    P("by language: " + ", ".join(f"{l} {sum(v for (_, ll), v in val.items() if ll == l)}" for l in langs))
    return "\n".join(out)


ZH_COMPOUND_SET = set(ZH_COMPOUND)


def name_form(v, lang):
    if lang == "zh":
        if v[:2] in ZH_COMPOUND_SET:
            return "compound surname (欧阳, 司马 ...)"
        return f"{len(v)} characters" if len(v) in (2, 3) else "plain"
    parts = v.split(" ")
    if v == v.lower():
        return "typed in lower case"
    if re.search(r"(^| )(von|van|zu|vom|de|du|la|le|Le|der|den)( |$)", v) or re.search(r"(^| )d['’]", v):
        return "particle (von, van, de, du, de la, d', le ...)"
    if len(parts) == 1:
        return "given name only / family name only"
    if "-" in parts[0]:
        return "compound given name"
    if "-" in parts[-1]:
        return "double family name"
    if "'" in v or "’" in v:
        return "apostrophe (O'Connor, N'Diaye)"
    if re.search(r" [A-Z]\. ", v):
        return "middle initial"
    return "plain"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--out", default=str(OUT))
    a = ap.parse_args()
    if faker.VERSION != FAKER_VERSION:
        sys.exit(f"Faker {FAKER_VERSION} required (found {faker.VERSION}): pip install faker=={FAKER_VERSION}")
    records = build()
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} prompts to {a.out}", file=sys.stderr)
    if a.stats:
        print(stats(records))


if __name__ == "__main__":
    main()
