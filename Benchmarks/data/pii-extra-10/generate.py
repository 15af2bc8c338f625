#!/usr/bin/env python3
"""Generator for the `pii-extra-10` corpus (phones of 37 countries, hard English/German names, dense look-alikes).

    python3 generate.py            # writes corpus.jsonl
    python3 generate.py --stats    # writes corpus.jsonl and prints the tables of README.md
    python3 generate.py --check    # re-runs the checks on the written corpus.jsonl (does not rewrite it)

One random.Random(SEED) drives every draw; the Faker instances are seeded from it. Faker 40.63.0 is required,
phonenumbers 9.0.43 was used (another version gives a warning and may give a different, equally valid file).
The split is decided by the template id only (see split_of); it was fixed before any template existed.
"""
import collections
import glob
import hashlib
import json
import os
import random
import re
import sys
import unicodedata

import faker
import phonenumbers as pn
from phonenumbers import PhoneNumberFormat as PNF, PhoneNumberType as PNT

import templates as T

SEED = 20261210
PER_TEMPLATE = 5
MAX_TRIES = 300
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "corpus.jsonl")

if faker.VERSION != "40.63.0":
    sys.exit("generate.py needs Faker 40.63.0 (found %s)" % faker.VERSION)
if pn.__version__ != "9.0.43":
    print("warning: phonenumbers %s, 9.0.43 was used; the file may differ" % pn.__version__, file=sys.stderr)


# ----------------------------------------------------------------------------------------------------------
# Split: written before any template existed. Depends on the template id only.
# ----------------------------------------------------------------------------------------------------------
def split_of(template_id):
    return "dev" if hashlib.sha256(template_id.encode("utf-8")).digest()[0] % 2 == 0 else "test"


# ----------------------------------------------------------------------------------------------------------
# Locales and regions
# ----------------------------------------------------------------------------------------------------------
GROUPS = [  # (group key in templates.py, lang, template-id prefix, locale choices with weights)
    ("de", "de", "de", [("de_DE", 60), ("de_AT", 20), ("de_CH", 20)]),
    ("fr", "fr", "fr", [("fr_FR", 70), ("fr_BE", 15), ("fr_CH", 15)]),
    ("zh_cn", "zh", "zh", [("zh_CN", 100)]),
    ("zh_tw", "zh", "zh", [("zh_TW", 100)]),
    ("us", "en", "us", [("en_US", 100)]),
    ("gb", "en", "gb", [("en_GB", 100)]),
]
LOCALES = ["de_DE", "de_AT", "de_CH", "fr_FR", "fr_BE", "fr_CH", "zh_CN", "zh_TW", "en_US", "en_GB"]
LANG_REGIONS = {"de": ["DE", "AT", "CH"], "fr": ["FR", "BE", "CH"], "zh": ["CN", "HK", "TW"], "en": ["US", "GB"]}
HOME_REGION = {"de_DE": [("DE", 100)], "de_AT": [("AT", 85), ("DE", 15)], "de_CH": [("CH", 85), ("DE", 15)],
               "fr_FR": [("FR", 100)], "fr_BE": [("BE", 85), ("FR", 15)], "fr_CH": [("CH", 85), ("FR", 15)],
               "zh_CN": [("CN", 92), ("HK", 8)], "zh_TW": [("TW", 90), ("HK", 10)],
               "en_US": [("US", 85), ("CA", 15)], "en_GB": [("GB", 88), ("IE", 12)]}
EU = ["AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT",
      "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE"]
OTHER = ["GB", "US", "CA", "CN", "HK", "TW", "JP", "KR", "IN", "AU"]
ALL_REGIONS = EU + OTHER
ASIA = ["CN", "HK", "TW", "JP", "KR", "IN"]

# national numbering: region -> (mobile [prefix:nsn-length], fixed [prefix:nsn-length]); every draw is validated
PLANS = {
    "DE": (["151:11", "152:11", "157:11", "160:11", "162:11", "163:11", "170:11", "171:11", "172:11", "173:11",
            "174:11", "175:11", "176:11", "177:11", "178:11", "179:11", "1520:11", "1590:11", "176:10", "151:10"],
           ["30:10", "30:11", "40:10", "40:11", "89:10", "89:9", "221:10", "69:10", "711:10", "211:10", "201:10",
            "341:10", "351:10", "511:10", "911:10", "421:10", "228:10", "6221:10", "761:10", "7531:10", "331:9"]),
    "AT": (["650:10", "660:10", "664:10", "676:10", "680:10", "681:10", "688:10", "699:10", "664:11", "699:11"],
           ["1:8", "1:9", "316:9", "732:9", "662:9", "512:9", "463:9", "2622:9"]),
    "CH": (["76:9", "77:9", "78:9", "79:9", "75:9"],
           ["44:9", "43:9", "31:9", "61:9", "22:9", "21:9", "41:9", "71:9", "52:9", "91:9", "26:9", "32:9"]),
    "BE": (["470:9", "471:9", "472:9", "473:9", "475:9", "476:9", "477:9", "478:9", "479:9", "484:9", "485:9",
            "486:9", "487:9", "488:9", "489:9", "490:9", "491:9", "492:9", "493:9", "494:9", "495:9", "496:9",
            "497:9", "498:9", "499:9"],
           ["2:8", "3:8", "4:8", "9:8", "10:8", "11:8", "16:8", "50:8", "56:8", "65:8", "71:8", "81:8", "87:8"]),
    "NL": (["61:9", "62:9", "63:9", "64:9", "65:9"],
           ["20:9", "10:9", "70:9", "30:9", "40:9", "50:9", "43:9", "24:9", "26:9", "73:9"]),
    "LU": (["621:9", "628:9", "661:9", "671:9", "691:9"], ["22:8", "26:8", "27:6", "24:8", "40:6", "44:6", "46:6"]),
    "FR": (["6:9", "7:9"], ["1:9", "2:9", "3:9", "4:9", "5:9", "9:9"]),
    "IT": (["32:10", "33:10", "34:10", "36:10", "38:10", "39:10", "320:10", "347:10", "349:10", "333:10"],
           ["06:10", "02:10", "011:10", "055:10", "081:10", "051:10", "041:10", "010:10", "0471:10", "091:10"]),
    "ES": (["6:9", "7:9", "600:9", "611:9", "622:9", "655:9", "666:9", "679:9", "699:9"],
           ["91:9", "93:9", "95:9", "96:9", "94:9", "98:9", "971:9", "928:9"]),
    "PT": (["91:9", "92:9", "93:9", "96:9"], ["21:9", "22:9", "239:9", "253:9", "289:9", "291:9"]),
    "IE": (["83:9", "85:9", "86:9", "87:9", "89:9"], ["1:8", "21:9", "61:9", "91:9", "51:9", "74:9", "41:9"]),
    "GB": (["71:10", "73:10", "74:10", "75:10", "77:10", "78:10", "79:10", "7911:10"],
           ["20:10", "121:10", "161:10", "131:10", "141:10", "113:10", "117:10", "1223:10", "1865:10", "29:10",
            "28:10", "118:10", "114:10", "151:10"]),
    "PL": (["50:9", "51:9", "53:9", "57:9", "60:9", "66:9", "69:9", "72:9", "73:9", "78:9", "79:9", "88:9"],
           ["22:9", "12:9", "61:9", "71:9", "58:9", "42:9", "32:9", "81:9"]),
    "CZ": (["601:9", "602:9", "603:9", "604:9", "605:9", "606:9", "607:9", "608:9", "702:9", "720:9", "721:9",
            "730:9", "731:9", "732:9", "773:9", "774:9", "775:9", "776:9", "777:9", "790:9", "799:9"],
           ["2:9", "31:9", "35:9", "37:9", "38:9", "46:9", "48:9", "49:9", "51:9", "54:9", "55:9", "57:9", "58:9"]),
    "SK": (["901:9", "902:9", "903:9", "904:9", "905:9", "906:9", "907:9", "908:9", "910:9", "911:9", "914:9",
            "915:9", "940:9", "944:9", "948:9", "949:9", "950:9"],
           ["2:9", "31:9", "32:9", "33:9", "34:9", "35:9", "36:9", "37:9", "38:9", "41:9", "42:9", "43:9",
            "44:9", "45:9", "46:9", "47:9", "48:9", "51:9", "52:9", "53:9", "54:9", "55:9", "56:9", "57:9"]),
    "SI": (["30:8", "31:8", "40:8", "41:8", "51:8", "64:8", "68:8", "70:8", "71:8"],
           ["1:8", "2:8", "3:8", "4:8", "5:8", "7:8"]),
    "HU": (["20:9", "30:9", "31:9", "50:9", "70:9"],
           ["1:8", "22:8", "24:8", "26:8", "28:8", "32:8", "34:8", "36:8", "46:8", "52:8", "62:8", "72:8",
            "74:8", "76:8", "82:8", "88:8", "94:8", "96:8", "99:8"]),
    "HR": (["91:9", "92:9", "95:9", "97:9", "98:9", "99:9", "91:8", "98:8"],
           ["1:8", "1:9", "21:8", "21:9", "51:8", "31:8", "20:8", "23:8", "52:8"]),
    "RO": (["72:9", "73:9", "74:9", "75:9", "76:9", "77:9", "78:9"],
           ["21:9", "31:9", "264:9", "256:9", "232:9", "241:9", "268:9"]),
    "BG": (["87:9", "88:9", "89:9", "98:9", "99:9"], ["2:8", "2:9", "32:8", "52:8", "56:8", "64:8", "42:8"]),
    "GR": (["690:10", "693:10", "694:10", "695:10", "697:10", "698:10", "699:10"],
           ["21:10", "231:10", "261:10", "281:10", "241:10", "2310:10", "2810:10"]),
    "CY": (["96:8", "97:8", "99:8", "94:8", "95:8"], ["22:8", "23:8", "24:8", "25:8", "26:8"]),
    "MT": (["79:8", "99:8", "77:8", "98:8", "96:8"], ["21:8", "22:8", "27:8", "20:8"]),
    "SE": (["70:9", "72:9", "73:9", "76:9", "79:9"],
           ["8:9", "8:8", "31:9", "40:9", "18:9", "13:9", "90:9", "46:9", "60:9", "19:9"]),
    "DK": (["20:8", "21:8", "22:8", "23:8", "24:8", "25:8", "26:8", "27:8", "28:8", "29:8", "30:8", "31:8",
            "40:8", "41:8", "42:8", "50:8", "51:8", "52:8", "53:8", "60:8", "61:8", "71:8", "81:8", "91:8"],
           ["32:8", "33:8", "35:8", "36:8", "38:8", "39:8", "43:8", "44:8", "45:8", "46:8", "48:8", "49:8",
            "54:8", "56:8", "58:8", "62:8", "64:8", "66:8", "69:8", "72:8", "74:8", "76:8", "86:8", "89:8",
            "96:8", "98:8"]),
    "FI": (["40:9", "41:9", "44:9", "45:9", "46:9", "50:9", "40:10", "44:10", "50:10", "45:10"],
           ["9:8", "9:9", "2:8", "2:9", "3:8", "3:9", "5:8", "6:8", "8:8", "13:8", "14:8", "15:8", "17:8"]),
    "EE": (["5:7", "5:8", "81:8", "82:8", "83:8", "84:8"], ["6:7", "7:7", "3:7", "4:7"]),
    "LV": (["2:8"], ["6:8"]),
    "LT": (["6:8"], ["5:8", "37:8", "46:8", "41:8", "45:8", "315:8", "340:8"]),
    "CN": (["13:11", "15:11", "17:11", "18:11", "19:11", "138:11", "139:11", "186:11", "177:11", "199:11"],
           ["10:10", "21:10", "20:10", "755:11", "571:11", "28:10", "25:10", "27:10", "29:10", "23:10", "22:10",
            "512:11", "532:11", "731:11"]),
    "HK": (["5:8", "6:8", "9:8"], ["2:8", "3:8"]),
    "TW": (["9:9"], ["2:9", "4:9", "7:9", "6:9", "3:9", "5:9", "8:8", "49:9", "37:8", "89:8"]),
    "JP": (["70:10", "80:10", "90:10"], ["3:10", "6:10", "45:10", "52:10", "92:10", "75:10", "11:10", "22:10"]),
    "KR": (["10:10"], ["2:9", "2:10", "31:10", "32:10", "51:10", "53:10", "62:10", "42:10", "64:10", "33:10"]),
    "IN": (["6:10", "7:10", "8:10", "9:10", "98:10", "99:10", "70:10", "81:10", "90:10", "63:10"],
           ["11:10", "22:10", "80:10", "44:10", "33:10", "40:10", "20:10", "79:10", "484:10", "141:10"]),
    "AU": (["4:9", "40:9", "41:9", "42:9", "43:9", "44:9", "45:9", "46:9", "47:9", "48:9"],
           ["2:9", "3:9", "7:9", "8:9"]),
}
US_AREAS = ["212", "415", "312", "617", "206", "303", "512", "713", "404", "305", "646", "718", "510", "619", "702",
            "503", "202", "215", "972", "414", "651", "801", "919", "773", "480", "614", "317", "704"]
CA_AREAS = ["416", "604", "514", "403", "613", "778", "902", "519", "705", "587", "647", "204", "306", "709", "418"]
LINE_TYPES = {PNT.MOBILE: "mobile", PNT.FIXED_LINE: "fixed line", PNT.FIXED_LINE_OR_MOBILE: "fixed line or mobile"}

CUES = {
    "de": ["tel", "telefon", "handy", "nummer", "durchwahl", "anruf", "ruf ", "mobil", "natel", "fax", "festnetz",
           "whatsapp", "zentrale"],
    "fr": ["tél", "tel", "portable", "numéro", "natel", "appel", "fixe", "mobile", "gsm", "whatsapp", "fax", "standard"],
    "zh": ["电话", "電話", "手机", "手機", "号码", "號碼", "打给", "打給", "致电", "联系方式", "聯絡", "联系", "微信", "座机",
           "分机", "來電", "来电"],
    "en": ["phone", "call", "cell", "mobile", "number", "ring", "tel", "text", "whatsapp", "fax", "landline", "dial"],
}


def digits_only(s):
    return "".join(ch for ch in s if ch.isdigit())


def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if "0" <= c <= "9" else c for c in s)


class Phones:
    def __init__(self, rng):
        self.rng = rng

    def draw_number(self, region):
        rng = self.rng
        for _ in range(500):
            if region in ("US", "CA"):
                area = rng.choice(US_AREAS if region == "US" else CA_AREAS)
                nsn = area + str(rng.randint(2, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(6))
                num = pn.parse("+1" + nsn, None)
            else:
                mob, fix = PLANS[region]
                p, l = rng.choice(mob if rng.random() < 0.62 else fix).split(":")
                nsn = p + "".join(str(rng.randint(0, 9)) for _ in range(int(l) - len(p)))
                if region != "IT":
                    nsn = nsn.lstrip("0")
                num = pn.parse("+%d%s" % (pn.country_code_for_region(region), nsn), None)
            if (pn.is_valid_number(num) and pn.region_code_for_number(num) == region
                    and pn.number_type(num) in LINE_TYPES):
                return num
        raise RuntimeError("no valid number for " + region)

    def forms(self, num, region, formclass):
        """All written forms (name, text) for a number; formclass restricts to nat / intl / compact."""
        cc = num.country_code
        nat = pn.format_number(num, PNF.NATIONAL)
        intl = pn.format_number(num, PNF.INTERNATIONAL)
        e164 = pn.format_number(num, PNF.E164)
        md = pn.PhoneMetadata.metadata_for_region(region)
        trunk = md.national_prefix if md is not None else None
        nsn = pn.national_significant_number(num)
        igroups = re.split(r"[^0-9]+", intl[len("+%d" % cc):].strip())
        igroups = [g for g in igroups if g]
        natdig = digits_only(nat)
        lead = natdig[:len(natdig) - len(nsn)]  # trunk digits as written nationally ('' for IT, ES ...)
        ngroups = list(igroups)
        if lead:
            ngroups[0] = lead + ngroups[0]
        out = []
        if formclass in ("any", "nat"):
            out.append(("nat", nat))
            if len(ngroups) >= 2:
                out.append(("nat_dash", "-".join(ngroups)))
                out.append(("nat_dot", ".".join(ngroups)))
                out.append(("nat_space", " ".join(ngroups)))
                if natdig.startswith("0"):  # area-code forms only where the national number starts with 0
                    out.append(("nat_slash", ngroups[0] + "/" + "".join(ngroups[1:])))
                    out.append(("nat_slash_sp", ngroups[0] + " / " + " ".join(ngroups[1:])))
                    out.append(("nat_paren", "(" + ngroups[0] + ") " + " ".join(ngroups[1:])))
                    out.append(("nat_area_dash", ngroups[0] + "-" + "".join(ngroups[1:])))
            out.append(("nat_odd", self.odd(natdig)))
            out.append(("nat_odd", self.odd(natdig)))
        if formclass in ("any", "nat", "compact"):
            out.append(("nat_compact", natdig))
        if formclass in ("any", "intl"):
            rest = " ".join(igroups)
            out.append(("intl", intl))
            out.append(("intl", "+%d %s" % (cc, rest)))
            out.append(("intl_00", "00%d %s" % (cc, rest)))
            out.append(("intl_dash", "+%d-%s" % (cc, "-".join(igroups))))
            out.append(("intl_dot", "+%d.%s" % (cc, ".".join(igroups))))
            out.append(("intl_odd", "+%d %s" % (cc, self.odd(nsn))))
            out.append(("intl_paren_cc", "(+%d) %s" % (cc, rest)))
            out.append(("intl_00_compact", "00%d%s" % (cc, nsn)))
            if trunk == "0" and region not in ("IT",):
                out.append(("intl_trunk", "+%d (0)%s" % (cc, rest)))
                out.append(("intl_trunk", "+%d (0) %s" % (cc, rest)))
                out.append(("intl_trunk_00", "00%d (0)%s" % (cc, rest)))
        if formclass in ("any", "intl", "compact"):
            out.append(("e164", e164))
        if region in ("US", "CA") and formclass in ("any", "nat"):
            a, b, c = nsn[:3], nsn[3:6], nsn[6:]
            out += [("us_paren", "(%s) %s-%s" % (a, b, c)), ("us_dash", "%s-%s-%s" % (a, b, c)),
                    ("us_dot", "%s.%s.%s" % (a, b, c)), ("us_1dash", "1-%s-%s-%s" % (a, b, c)),
                    ("us_space", "%s %s %s" % (a, b, c)), ("us_paren_nosp", "(%s)%s-%s" % (a, b, c))]
        if region in ("US", "CA") and formclass in ("any", "intl"):
            a, b, c = nsn[:3], nsn[3:6], nsn[6:]
            out += [("intl_paren", "+1 (%s) %s-%s" % (a, b, c)), ("intl_dash", "+1-%s-%s-%s" % (a, b, c)),
                    ("intl_dot", "+1.%s.%s.%s" % (a, b, c))]
        if region == "CN" and formclass in ("any", "nat") and len(nsn) == 11 and nsn[0] == "1":
            out += [("cn_344_dash", "%s-%s-%s" % (nsn[:3], nsn[3:7], nsn[7:])),
                    ("cn_344", "%s %s %s" % (nsn[:3], nsn[3:7], nsn[7:]))]
        if region == "CN" and formclass in ("any", "nat") and nsn[0] != "1":
            out += [("cn_area_dash", ngroups[0] + "-" + "".join(ngroups[1:])),
                    ("cn_area_paren", "(" + ngroups[0] + ")" + "".join(ngroups[1:]))]
        return out

    def odd(self, digits):
        """Group digits as people type them: chunks of 2-4 with spaces (sometimes a dash)."""
        rng = self.rng
        parts, i = [], 0
        while i < len(digits):
            n = rng.choice([2, 3, 3, 4, 4])
            if len(digits) - i - n == 1:
                n += 1
            parts.append(digits[i:i + n])
            i += n
        sep = rng.choice([" ", " ", " ", "-"])
        return sep.join(parts)

    def written(self, region, formclass, foreign, lang):
        """Return (text, form, number) for a fresh valid number of region."""
        rng = self.rng
        for _ in range(200):
            num = self.draw_number(region)
            fc = formclass
            if fc == "any" and foreign and rng.random() < 0.95:
                fc = "intl"
            elif fc == "any" and not foreign and rng.random() < 0.6:
                fc = "nat"
            cands = self.forms(num, region, fc)
            if not cands:
                continue
            form, text = rng.choice(cands)
            if fc == "compact" and lang == "zh" and rng.random() < 0.06:
                text = fullwidth(text)
                form += "_fullwidth"
            try:
                back = pn.parse(text, region)
            except pn.NumberParseException:
                continue
            if (back.country_code == num.country_code and back.national_number == num.national_number
                    and pn.is_valid_number(back) and pn.region_code_for_number(back) == region):
                return text, form, num
        raise RuntimeError("no written form for " + region)


def phone_valid(value, region):
    try:
        n = pn.parse(value, region)
    except pn.NumberParseException:
        return False
    return pn.is_valid_number(n) and pn.region_code_for_number(n) == region


# ----------------------------------------------------------------------------------------------------------
# Checksums and helpers
# ----------------------------------------------------------------------------------------------------------
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


def luhn_digit(d):
    for c in "0123456789":
        if luhn_ok(d + c):
            return c


def ean_digit(d12):
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(d12))
    return str((10 - s % 10) % 10)


def isbn13_digit(d12):
    return ean_digit(d12)


def iban_ok(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return False
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def cn_id_ok(s):
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(a) * b for a, b in zip(s[:17], w)) % 11] == s[17]


def strip_accents(s):
    s = s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ä", "Ae").replace("Ö", "Oe")
    s = s.replace("Ü", "Ue").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def rd(rng, n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def rdn(rng, n):
    return str(rng.randint(1, 9)) + rd(rng, n - 1)


def wchoice(rng, pairs):
    tot = sum(w for _, w in pairs)
    x = rng.uniform(0, tot)
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


# ----------------------------------------------------------------------------------------------------------
# Persons
# ----------------------------------------------------------------------------------------------------------
NAME_OK = re.compile(r"^[^\W\d_]+(?:[-'’][^\W\d_]+)*$")


class Person:
    def __init__(self, given, family, form, middle=""):
        self.given, self.family, self.form, self.middle = given, family, form, middle

    def full(self, lang):
        if lang == "zh":
            return self.family + self.given
        if self.middle:
            return "%s %s %s" % (self.given, self.middle, self.family)
        return "%s %s" % (self.given, self.family)


class Names:
    def __init__(self, rng):
        self.rng = rng
        self.fk = {}
        for loc in LOCALES:
            f = faker.Faker(loc)
            f.seed_instance(rng.randrange(2 ** 32))
            self.fk[loc] = f

    def _faker_given(self, loc, gender):
        f = self.fk[loc]
        for _ in range(100):
            g = f.first_name_female() if gender == "f" else f.first_name_male()
            if NAME_OK.match(g) and len(g) >= 3 and g not in T.AVOID_GIVEN:
                return g
        raise RuntimeError("given")

    def _faker_family(self, loc):
        f = self.fk[loc]
        for _ in range(100):
            g = f.last_name()
            if NAME_OK.match(g) and len(g) >= 3 and g not in T.AVOID_FAMILY:
                return g
        raise RuntimeError("family")

    def make(self, loc, lang, mods):
        rng = self.rng
        if lang == "zh":
            return self._make_zh(loc, mods)
        form = set()
        gender = "f" if "f" in mods else "m" if "m" in mods else rng.choice("fm")
        # given name
        if "word" in mods:
            given = rng.choice(T.WORD_GIVEN[lang][gender])
            form.add("word")
        elif "nick" in mods:
            given = rng.choice(T.NICKS[lang][gender])
            form.add("nick")
        elif "comp" in mods or (lang in ("de", "fr") and "plain" not in mods and rng.random() < 0.12):
            given = rng.choice(T.COMPOUND_GIVEN[lang][gender])
            form.add("compound given")
        else:
            given = self._faker_given(loc, gender)
        # family name
        middle = ""
        r = rng.random()
        if "part" in mods or ("plain" not in mods and lang in ("de", "fr") and r < 0.10):
            parts = T.PARTICLES.get(loc, T.PARTICLES[lang])
            p = rng.choice(parts)
            fam = self._faker_family(loc)
            if p in ("d'", "d’"):
                fam = rng.choice(T.FR_VOWEL_FAMILY)
                family = p + fam
            else:
                family = p + " " + fam
            form.add("particle")
        elif "dbl" in mods or ("plain" not in mods and r < 0.20):
            family = self._faker_family(loc) + "-" + self._faker_family(loc)
            form.add("double family name")
        elif "wfam" in mods:
            family = rng.choice(T.WORD_FAMILY[lang])
            form.add("word family name")
        elif "apos" in mods or (lang == "en" and "plain" not in mods and r < 0.26):
            family = rng.choice(T.APOS_FAMILY)
            if rng.random() < 0.4:
                family = family.replace("'", "’")
            form.add("apostrophe")
        else:
            family = self._faker_family(loc)
            if lang == "de" and "plain" not in mods and rng.random() < 0.15:
                family = rng.choice(T.DE_UMLAUT_FAMILY)
        if "mid" in mods or (lang == "en" and loc == "en_US" and "plain" not in mods and rng.random() < 0.08):
            middle = rng.choice("ABCDEFGHJKLMNPRSTW") + "."
            form.add("middle initial")
        if not form:
            form.add("plain")
        return Person(given, family, form, middle)

    def _make_zh(self, loc, mods):
        rng = self.rng
        f = self.fk[loc]
        tw = loc == "zh_TW"
        for _ in range(200):
            form = set()
            if "cs" in mods or ("plain" not in mods and rng.random() < 0.15):
                sur = rng.choice(T.ZH_COMPOUND_TW if tw else T.ZH_COMPOUND_CN)
                form.add("compound surname")
            else:
                sur = f.last_name()
                if len(sur) != 1:
                    continue
            given = f.first_name()
            want = None
            if "g2" in mods or "3" in mods:
                want = 2
            elif "2" in mods:
                want = 1
            if want and len(given) != want:
                continue
            if not 1 <= len(given) <= 2:
                continue
            full = sur + given
            if len(set(full)) != len(full) or full in T.ZH_FAMOUS:
                continue
            form.add("%d characters" % len(full))
            return Person(given, sur, form)
        raise RuntimeError("zh name")


def email_for(rng, person, loc, lang, fk):
    if lang == "zh":
        if rng.random() < 0.35:
            return rdn(rng, rng.randint(8, 10)) + "@qq.com"
        rom = fk.romanized_name() if hasattr(fk, "romanized_name") else "li wei"
        parts = re.sub(r"[^a-z ]", "", strip_accents(rom).lower().replace("-", "")).split()
        if len(parts) < 2:
            parts = ["wang", "lei"]
        g, fam = parts[0], parts[-1]
        local = rng.choice([g + "." + fam, fam + g, fam + "." + g, g[0] + fam, fam + g + rd(rng, 2)])
        dom = rng.choice(T.EMAIL_DOMAINS[loc])
        return local + "@" + dom
    g = re.sub(r"[^a-z\-]", "", strip_accents(person.given).lower())
    fam = re.sub(r"[^a-z\-]", "", strip_accents(person.family).lower().replace(" ", ""))
    g = g or "info"
    fam = fam or "team"
    local = rng.choice([g + "." + fam, g[0] + "." + fam, fam + "." + g, g + "_" + fam, g + fam + rd(rng, 2),
                        g + "." + fam + "+" + rng.choice(["shop", "news", "work", "cv"]), g[0] + fam])
    dom = rng.choice(T.EMAIL_DOMAINS[loc])
    return local + "@" + dom


# ----------------------------------------------------------------------------------------------------------
# Look-alikes
# ----------------------------------------------------------------------------------------------------------
MONTHS = {
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
           "Dezember"],
    "de_AT": ["Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
              "November", "Dezember"],
    "de_abbr": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "en_abbr": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
}
WEEKDAYS = {"de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
            "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
            "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
            "zh": ["周一", "周二", "周三", "周四", "周五", "周六", "周日"],
            "zh_TW": ["週一", "週二", "週三", "週四", "週五", "週六", "週日"]}


def ordinal_en(d):
    return str(d) + ("th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"))


class Lookalikes:
    def __init__(self, rng):
        self.rng = rng
        self.arg = ""

    def _ymd(self):
        import datetime
        rng = self.rng
        d = datetime.date(2025, 1, 1) + datetime.timedelta(days=rng.randint(0, 900))
        return d

    def date(self, lang, loc):
        rng = self.rng
        d = self._ymd()
        y, m, dd, wd = d.year, d.month, d.day, d.weekday()
        if lang == "de":
            mon = MONTHS["de_AT"] if loc == "de_AT" and rng.random() < 0.6 else MONTHS["de"]
            return rng.choice([
                "%02d.%02d.%d" % (dd, m, y), "%d.%d.%d" % (dd, m, y), "%02d.%02d.%02d" % (dd, m, y % 100),
                "%d. %s %d" % (dd, mon[m - 1], y), "%d. %s %d" % (dd, MONTHS["de_abbr"][m - 1], y),
                "%s, %d. %s" % (WEEKDAYS["de"][wd], dd, mon[m - 1]), "%d-%02d-%02d" % (y, m, dd),
                "%02d.%02d." % (dd, m), "%s, %02d.%02d." % (WEEKDAYS["de"][wd][:2], dd, m)])
        if lang == "fr":
            day = "1er" if dd == 1 else str(dd)
            return rng.choice([
                "%02d/%02d/%d" % (dd, m, y), "%d/%d/%02d" % (dd, m, y % 100), "%s %s %d" % (day, MONTHS["fr"][m - 1], y),
                "%s %s %s" % (WEEKDAYS["fr"][wd], day, MONTHS["fr"][m - 1]), "%02d.%02d.%d" % (dd, m, y),
                "%d-%02d-%02d" % (y, m, dd), "%02d/%02d" % (dd, m)])
        if lang == "zh":
            wdn = WEEKDAYS["zh_TW" if loc == "zh_TW" else "zh"][wd]
            c = ["%d年%d月%d日" % (y, m, dd), "%d月%d号" % (m, dd), "%d月%d日（%s）" % (m, dd, wdn), "%d/%d/%d" % (y, m, dd),
                 "%d.%02d.%02d" % (y, m, dd), "%d-%02d-%02d" % (y, m, dd), "%d月%d日" % (m, dd)]
            if loc == "zh_TW":
                c += ["%d年%d月%d日" % (y - 1911, m, dd), "%d/%02d/%02d" % (y - 1911, m, dd)]
            return rng.choice(c)
        if loc == "en_US":
            return rng.choice([
                "%d/%d/%d" % (m, dd, y), "%02d/%02d/%d" % (m, dd, y), "%s %d, %d" % (MONTHS["en_abbr"][m - 1], dd, y),
                "%s %s" % (MONTHS["en"][m - 1], ordinal_en(dd)), "%s, %s %d" % (WEEKDAYS["en"][wd], MONTHS["en"][m - 1], dd),
                "%d-%02d-%02d" % (y, m, dd), "%d/%d" % (m, dd), "%02d-%02d-%d" % (m, dd, y)])
        return rng.choice([
            "%02d/%02d/%d" % (dd, m, y), "%d %s %d" % (dd, MONTHS["en"][m - 1], y),
            "%s %s %s" % (WEEKDAYS["en"][wd], ordinal_en(dd), MONTHS["en"][m - 1]),
            "%s %s" % (ordinal_en(dd), MONTHS["en_abbr"][m - 1]), "%d-%02d-%02d" % (y, m, dd),
            "%d %s" % (dd, MONTHS["en_abbr"][m - 1]), "%02d.%02d.%02d" % (dd, m, y % 100)])

    def time(self, lang, loc):
        rng = self.rng
        h, mi = rng.randint(7, 21), rng.choice([0, 0, 15, 30, 30, 45, 5, 10, 20, 40, 50])
        if lang == "de":
            return rng.choice(["%d:%02d" % (h, mi), "%02d:%02d Uhr" % (h, mi), "%d.%02d Uhr" % (h, mi), "%d Uhr" % h,
                               "%d:%02d Uhr" % (h, mi), "halb %d" % (h % 12 + 1)])
        if lang == "fr":
            return rng.choice(["%dh%02d" % (h, mi), "%d h %02d" % (h, mi), "%dh" % h, "%d:%02d" % (h, mi), "%d heures" % h])
        if lang == "zh":
            p = "上午" if h < 12 else ("中午" if h == 12 else "下午" if h < 18 else "晚上")
            hh = h if h <= 12 else h - 12
            return rng.choice(["%d:%02d" % (h, mi), "%s%d点" % (p, hh), "%s%d点半" % (p, hh), "%s%d:%02d" % (p, hh, mi),
                               "%d点%d分" % (h, mi or 10)])
        hh = h if h <= 12 else h - 12
        ap = "am" if h < 12 else "pm"
        return rng.choice(["%d:%02d %s" % (hh, mi, ap), "%d.%02d%s" % (hh, mi, ap), "%d%s" % (hh, ap),
                           "%02d:%02d" % (h, mi), "%d:%02d %s" % (hh, mi, "a.m." if h < 12 else "p.m."),
                           "%d:%02d%s" % (hh, mi, ap.upper())])

    def price(self, lang, loc):
        """Prices; the slot argument s / m / l asks for a small (1-60), medium (10-400) or large (800-20000) amount."""
        rng = self.rng
        size = self.arg or wchoice(rng, [("s", 35), ("m", 45), ("l", 20)])
        v = {"s": rng.randint(1, 60), "m": rng.randint(10, 400), "l": rng.randint(800, 20000)}[size]
        c = rng.choice([0, 0, 50, 90, 99, 95, 49, 20, 75, rng.randint(1, 99)]) if size != "l" or rng.random() < 0.3 else 0

        def de_num(v, c):
            s = "{:,}".format(v).replace(",", ".")
            return "%s,%02d" % (s, c)
        if lang == "de":
            if loc == "de_CH" and rng.random() < 0.6:
                s = "{:,}".format(v).replace(",", "'")
                return rng.choice(["CHF %s.%02d" % (s, c), "%s.– CHF" % s, "Fr. %s.%02d" % (s, c), "CHF %s.–" % s])
            return rng.choice(["%s €" % de_num(v, c), "€ %s" % de_num(v, c), "%s EUR" % de_num(v, c),
                               "%s,– €" % "{:,}".format(v).replace(",", "."), "%d Euro" % v])
        if lang == "fr":
            if loc == "fr_CH" and rng.random() < 0.6:
                s = "{:,}".format(v).replace(",", "'")
                return rng.choice(["CHF %s.%02d" % (s, c), "%s.– CHF" % s, "%s francs" % s])
            s = "{:,}".format(v).replace(",", rng.choice([" ", "\u202f", "."]))
            return rng.choice(["%s,%02d €" % (s, c), "%s €" % s, "%s,%02d EUR" % (s, c), "%s euros" % s])
        if lang == "zh":
            if loc == "zh_TW":
                return rng.choice(["NT$%s" % "{:,}".format(v), "新台幣%d元" % v, "%d元" % v, "NT$ %d" % v])
            forms = ["¥%d" % v, "￥%s" % "{:,}".format(v), "%d元" % v, "人民币%s元" % "{:,}".format(v), "%d块" % v,
                     "¥%d.%02d" % (v, c)]
            if size == "l":
                forms.append("%.1f万元" % (v / 10000.0))
            return rng.choice(forms)
        cur = "$" if loc == "en_US" else "£"
        if size == "s" and rng.random() < 0.1:
            return "%dp" % rng.randint(20, 99) if cur == "£" else "%d¢" % rng.randint(5, 99)
        return rng.choice(["%s%s.%02d" % (cur, "{:,}".format(v), c), "%s%d" % (cur, v),
                           ("USD %s.%02d" if cur == "$" else "GBP %s.%02d") % ("{:,}".format(v), c),
                           "%s%s" % (cur, "{:,}".format(v))])

    def pct(self, lang, loc):
        rng = self.rng
        v = rng.choice([str(rng.randint(1, 99)), "%d,%d" % (rng.randint(0, 20), rng.randint(1, 9)),
                        "%d.%d" % (rng.randint(0, 20), rng.randint(1, 9))])
        if lang in ("de", "fr"):
            v = v.replace(".", ",")
            return v + rng.choice([" %", "\u00a0%", "%", "\u202f%" if lang == "fr" else " %"])
        if lang == "zh":
            return v.replace(",", ".") + rng.choice(["%", "％"])
        return v.replace(",", ".") + "%"

    def _not_phone(self, maker, lang, tries=80):
        best = None
        for _ in range(tries):
            v = maker()
            best = v
            if not phone_hits(v, LANG_REGIONS[lang]):
                return v
        return best

    def order(self, lang, loc):
        rng = self.rng
        makers = [lambda: rdn(rng, rng.randint(10, 13)), lambda: "%s %s %s" % (rdn(rng, 4), rd(rng, 4), rd(rng, 4)),
                  lambda: "%s-%s-%s" % (rdn(rng, 3), rd(rng, 7), rd(rng, 7)),
                  lambda: "%s-%d-%s" % (rng.choice(["WEB", "ORD", "BST", "SO", "A"]), rng.randint(2024, 2026), rd(rng, 6)),
                  lambda: "#%s" % rdn(rng, 7), lambda: "%s%s" % (rng.choice(["AB", "BN", "CMD", "DD"]), rdn(rng, 8))]
        if lang == "zh":
            makers.append(lambda: "%d%s" % (rng.randint(2025, 2026), rd(rng, 14)))
        return self._not_phone(lambda: rng.choice(makers)(), lang)

    def phonelike(self, lang, loc):
        """A phone-shaped number that is not a valid number of any region of the language (wrong length/prefix)."""
        rng = self.rng
        for _ in range(2000):
            shape = rng.choice(["0%s %s %s", "0%s/%s%s", "0%s-%s-%s", "%s %s %s", "(0%s) %s %s", "%s.%s.%s",
                                "%s-%s-%s", "0%s%s%s"])
            if lang == "zh" and rng.random() < 0.5:
                v = "1" + rng.choice("012") + rd(rng, 9)  # 11 digits like a mobile number, but no mobile prefix
                if phonelike_ok(v, lang):
                    return v
                continue
            a = rd(rng, rng.randint(2, 4))
            b = rd(rng, rng.randint(2, 4))
            c = rd(rng, rng.randint(3, 6))
            v = shape % (a, b, c)
            if v.startswith("+") and v[1] == "0":
                continue
            if len(digits_only(v)) < 7 or digits_only(v).startswith("00"):
                continue
            if phonelike_ok(v, lang):
                return v
        raise RuntimeError("phonelike")

    def tracking(self, lang, loc):
        rng = self.rng

        def s10():
            body = rd(rng, 8)
            w = [8, 6, 4, 2, 3, 5, 9, 7]
            s = 11 - sum(int(a) * b for a, b in zip(body, w)) % 11
            ck = {10: 0, 11: 5}.get(s, s)
            return rng.choice(["RR", "LX", "CP", "RB", "LE", "EE"]) + body + str(ck) + rng.choice(["DE", "FR", "CN", "GB", "CH", "AT", "US"])
        makers = [lambda: "JJD" + rd(rng, 18), lambda: "1Z" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(16)),
                  s10, lambda: "6A" + rd(rng, 11), lambda: "00340434" + rd(rng, 12),
                  lambda: " ".join(["9400"] + [rd(rng, 4) for _ in range(4)] + [rd(rng, 2)])]
        if lang == "zh":
            makers += [lambda: "SF" + rdn(rng, 13), lambda: "JDX" + rd(rng, 12), lambda: "YT" + rdn(rng, 13),
                       lambda: "7" + rd(rng, 13)]
        if lang == "fr":
            makers += [lambda: "6Q" + rd(rng, 11), lambda: "XY" + rd(rng, 9) + "FR"]
        return self._not_phone(lambda: rng.choice(makers)(), lang)

    def invoice(self, lang, loc):
        rng = self.rng
        y = rng.randint(2024, 2026)
        makers = {
            "de": [lambda: "RE-%d-%s" % (y, rd(rng, 5)), lambda: "%d/%s" % (y, rd(rng, 4)), lambda: "R%s" % rdn(rng, 8),
                   lambda: "RG %d-%s" % (y % 100, rd(rng, 5))],
            "fr": [lambda: "FA-%d-%s" % (y, rd(rng, 5)), lambda: "F%d-%s" % (y, rd(rng, 4)), lambda: "FAC%s" % rdn(rng, 7)],
            "zh": [lambda: rdn(rng, 12), lambda: "%s%s" % (rdn(rng, 8), rd(rng, 12)) if False else rdn(rng, 20),
                   lambda: "FP%d%s" % (y, rd(rng, 6))],
            "en": [lambda: "INV-%s" % rd(rng, 6), lambda: "INV/%d/%s" % (y, rd(rng, 4)), lambda: "%s-%s" % (rdn(rng, 4), rd(rng, 4))],
        }[lang]
        return self._not_phone(lambda: rng.choice(makers)(), lang)

    def ticket(self, lang, loc):
        rng = self.rng
        makers = [lambda: "INC%s" % rd(rng, 7), lambda: "%s-%d" % (rng.choice(["OPS", "IT", "HR", "DEV", "SUP", "WEB", "APP"]), rng.randint(100, 9999)),
                  lambda: "#%d" % rng.randint(10000, 99999), lambda: "CS-%s" % rd(rng, 8), lambda: "REQ%s" % rd(rng, 6),
                  lambda: "GD%d%02d%02d-%s" % (rng.randint(2025, 2026), rng.randint(1, 12), rng.randint(1, 28), rd(rng, 4))]
        return self._not_phone(lambda: rng.choice(makers)(), lang)

    def customer(self, lang, loc):
        rng = self.rng
        makers = [lambda: "KD-%s" % rd(rng, 6), lambda: rdn(rng, 8), lambda: "C-%s-%s" % (rd(rng, 4), "".join(rng.choice("ABCDEFGHKLMNPRSTXZ") for _ in range(2))),
                  lambda: "%s %s" % (rdn(rng, 4), rd(rng, 4)), lambda: "VIP%d%s" % (rng.randint(2024, 2026), rd(rng, 4)),
                  lambda: "CU%s" % rdn(rng, 7), lambda: "%s-%s" % (rdn(rng, 3), rd(rng, 5))]
        return self._not_phone(lambda: rng.choice(makers)(), lang)

    def ibanx(self, lang, loc):
        """IBAN-shaped references that fail mod-97 (or have the wrong length)."""
        rng = self.rng
        cc, ln = rng.choice([("DE", 22), ("AT", 20), ("CH", 21), ("FR", 27), ("BE", 16), ("NL", 18), ("GB", 22), ("ES", 24), ("IT", 27)])
        for _ in range(100):
            n = ln + rng.choice([0, 0, 0, -1, 1])
            if cc in ("NL", "GB"):
                body = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(4)) + rd(rng, n - 8)
            elif cc == "IT":
                body = rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + rd(rng, n - 5)
            else:
                body = rd(rng, n - 4)
            s = cc + rd(rng, 2) + body
            if iban_ok(s):
                continue
            if rng.random() < 0.6:
                s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
            return s
        raise RuntimeError("ibanx")

    def version(self, lang, loc):
        rng = self.rng
        return rng.choice([
            "v%d.%d.%d" % (rng.randint(1, 12), rng.randint(0, 30), rng.randint(0, 20)),
            "%d.%d.%d-rc%d" % (rng.randint(1, 9), rng.randint(0, 20), rng.randint(0, 9), rng.randint(1, 4)),
            "iOS %d.%d" % (rng.randint(16, 19), rng.randint(0, 6)), "Android %d" % rng.randint(12, 16),
            "%d.%d.%d" % (rng.randint(1, 5), rng.randint(0, 40), rng.randint(0, 99)),
            "v%d.%d" % (rng.randint(1, 9), rng.randint(0, 99)), "macOS %d.%d" % (rng.randint(13, 16), rng.randint(0, 6)),
            "Python 3.%d.%d" % (rng.randint(9, 13), rng.randint(0, 12)), "%d.%d.%d+build.%d" % (rng.randint(1, 4), rng.randint(0, 9), rng.randint(0, 9), rng.randint(10, 999))])

    def build(self, lang, loc):
        rng = self.rng
        return rng.choice([
            "10.0.%d.%d" % (rng.randint(19041, 26100), rng.randint(1000, 5000)),
            "Build %d.%d" % (rng.randint(19000, 27000), rng.randint(1000, 4999)),
            "build %d%02d%02d.%d" % (rng.randint(2025, 2026), rng.randint(1, 12), rng.randint(1, 28), rng.randint(1, 9)),
            "%d.%d.%d.%d" % (rng.randint(1, 20), rng.randint(0, 9), rng.randint(300, 9999), rng.randint(256, 999)),
            "#%d" % rng.randint(1000, 99999), "b%d" % rng.randint(1000, 9999),
            "%d.%d.%d.%d" % (rng.randint(100, 140), rng.randint(0, 1), rng.randint(4000, 7000), rng.randint(10, 250))])

    def plz(self, lang, loc):
        rng = self.rng
        if loc == "de_AT":
            return "%d%02d0" % (rng.randint(1, 9), rng.randint(1, 99))
        if loc == "de_CH" or loc == "fr_CH":
            return "%d%03d" % (rng.randint(1, 9), rng.randint(0, 999))
        if loc == "fr_BE":
            return "%d%03d" % (rng.randint(1, 9), rng.randint(0, 999))
        if lang == "de":
            return "%05d" % rng.randint(1067, 99998)
        if lang == "fr":
            return "%02d%03d" % (rng.choice(list(range(1, 96))), rng.randint(0, 999))
        if loc == "zh_TW":
            return "%d%02d" % (rng.randint(1, 9), rng.randint(0, 99))
        if lang == "zh":
            return "%d%02d%03d" % (rng.randint(1, 8), rng.randint(0, 99), rng.randint(0, 999))
        if loc == "en_US":
            return rng.choice(["%05d" % rng.randint(10001, 99950), "%05d-%04d" % (rng.randint(10001, 99950), rng.randint(0, 9999))])
        L = "ABCDEFGHJKLMNOPRSTUWYZ"
        return rng.choice(["%s%s%d %d%s%s" % (rng.choice("BLMNSEW"), rng.choice(L), rng.randint(1, 20), rng.randint(1, 9), rng.choice("ABDEFGHJLNPQRSTUWXYZ"), rng.choice("ABDEFGHJLNPQRSTUWXYZ")),
                           "%s%d %d%s%s" % (rng.choice("BLMGS"), rng.randint(1, 20), rng.randint(1, 9), rng.choice("ABDEFGHJLNPQRSTUWXYZ"), rng.choice("ABDEFGHJLNPQRSTUWXYZ"))])

    def serial(self, lang, loc):
        rng = self.rng
        A = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
        return rng.choice(["".join(rng.choice(A) for _ in range(12)), "%s-%s-%s" % tuple("".join(rng.choice(A) for _ in range(4)) for _ in range(3)),
                           "SN%s" % rd(rng, 10), "%s%s" % ("".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)), rd(rng, 7))])

    def ean(self, lang, loc):
        rng = self.rng
        pre = {"de": ["40", "41", "42", "43", "44", "90", "76"], "fr": ["30", "33", "37", "54", "76"], "zh": ["690", "692", "693", "695", "471", "489"],
               "en": ["00", "01", "03", "50", "06"]}[lang]
        for _ in range(100):
            p = rng.choice(pre)
            d = p + rd(rng, 12 - len(p))
            v = d + ean_digit(d)
            if v[0] in "3456" and luhn_ok(v):
                continue
            if phone_hits(v, LANG_REGIONS[lang]):
                continue
            return v
        return v

    def isbn(self, lang, loc):
        rng = self.rng
        grp = {"de": "3", "fr": "2", "zh": "7", "en": rng.choice(["0", "1"])}[lang]
        pub = rd(rng, rng.randint(2, 4))
        rest = rd(rng, 12 - 3 - len(grp) - len(pub))
        d = "978" + grp + pub + rest
        ck = isbn13_digit(d)
        return rng.choice(["978-%s-%s-%s-%s" % (grp, pub, rest, ck), "978%s%s%s%s" % (grp, pub, rest, ck)])

    def imei(self, lang, loc):
        rng = self.rng
        d = rng.choice(["35", "86", "35", "01"]) + rd(rng, 12)
        v = d + luhn_digit(d)
        return rng.choice([v, "%s %s %s %s" % (v[:2], v[2:8], v[8:14], v[14:]), "%s-%s-%s-%s" % (v[:2], v[2:8], v[8:14], v[14:])])

    def longnum(self, lang, loc):
        rng = self.rng
        for _ in range(100):
            v = rng.choice([rdn(rng, rng.randint(20, 26)), " ".join(rdn(rng, 4) for _ in range(rng.randint(5, 6))),
                            rdn(rng, rng.randint(14, 19))])
            dg = digits_only(v)
            if 13 <= len(dg) <= 19 and luhn_ok(dg):
                continue
            if len(dg) == 18 and cn_id_ok(dg):
                continue
            return v
        return v

    def coord(self, lang, loc):
        rng = self.rng
        la, lo = rng.uniform(-60, 70), rng.uniform(-120, 150)
        ns, ew = ("N" if la >= 0 else "S"), ("E" if lo >= 0 else "W")
        al, ao = abs(la), abs(lo)
        dms = lambda x: (int(x), int((x % 1) * 60), ((x * 60) % 1) * 60)
        d1, d2 = dms(al), dms(ao)
        forms = ["%.6f, %.6f" % (la, lo), "%.5f,%.5f" % (la, lo),
                 "%d°%02d'%04.1f\"%s %d°%02d'%04.1f\"%s" % (d1[0], d1[1], d1[2], ns, d2[0], d2[1], d2[2], ew),
                 "%s %d° %06.3f %s %03d° %06.3f" % (ns, d1[0], al % 1 * 60, ew, d2[0], ao % 1 * 60)]
        if lang in ("de", "fr"):
            forms.append("%s° %s, %s° %s" % (("%.4f" % al).replace(".", ","), ns, ("%.4f" % ao).replace(".", ","), "O" if lang == "de" and ew == "E" else ew))
        if lang == "zh":
            forms.append("北纬%.4f°，东经%.4f°" % (rng.uniform(18, 50), rng.uniform(75, 134)))
        return rng.choice(forms)

    def measure(self, lang, loc):
        rng = self.rng
        dec = "," if lang in ("de", "fr") else "."
        f = lambda a, b, n=1: ("%.*f" % (n, rng.uniform(a, b))).replace(".", dec)
        forms = [f(1.5, 2.1, 2) + " m", "%d kg" % rng.randint(3, 120), "%d V" % rng.choice([12, 24, 230, 400]),
                 f(0.5, 12) + " kWh", "%d km/h" % rng.choice([30, 50, 80, 100, 120, 130]), f(2, 80) + " cm",
                 "%d ml" % rng.choice([250, 330, 500, 750]), f(36, 40) + " °C", "%d m²" % rng.randint(18, 160),
                 "%d mm" % rng.randint(2, 900), f(0.2, 4.5) + " l", "%d W" % rng.choice([40, 60, 800, 1200, 2000])]
        if lang == "en":
            forms += ["%d'%d\"" % (rng.randint(5, 6), rng.randint(0, 11)), "%d lb" % rng.randint(5, 250), "%d ft" % rng.randint(10, 900),
                      f(1, 30) + " miles", "%d°F" % rng.randint(30, 100), "%d oz" % rng.randint(2, 32)]
        if lang == "zh":
            forms += ["%d公斤" % rng.randint(2, 90), "%d平方米" % rng.randint(20, 200), "%d毫升" % rng.choice([250, 500]), "%d公里" % rng.randint(2, 900),
                      "%.1f度" % rng.uniform(36, 40), "%d斤" % rng.randint(1, 20)]
        return rng.choice(forms)

    def case(self, lang, loc):
        rng = self.rng
        y = rng.randint(24, 26)
        m = {"de": [lambda: "%d O %d/%d" % (rng.randint(1, 30), rng.randint(10, 999), y), lambda: "Az. %d C %d/%d" % (rng.randint(1, 30), rng.randint(10, 999), y)],
             "fr": [lambda: "RG %d/%05d" % (y, rng.randint(1, 99999)), lambda: "n° %d/%s" % (rng.randint(2024, 2026), rd(rng, 5))],
             "zh": [lambda: "（20%d）京0105民初%d号" % (y, rng.randint(100, 99999)), lambda: "（20%d）沪0115民初%d号" % (y, rng.randint(100, 99999))],
             "en": [lambda: "case #%s" % rd(rng, 8), lambda: "CV-%d-%s" % (2000 + y, rd(rng, 5))]}[lang]
        return rng.choice(m)()

    def room(self, lang, loc):
        rng = self.rng
        return rng.choice(["%d" % rng.randint(101, 899), "%d.%03d" % (rng.randint(1, 5), rng.randint(1, 120)),
                           "%s%d" % (rng.choice("ABCE"), rng.randint(101, 499)), "%d-%02d" % (rng.randint(1, 9), rng.randint(1, 40))])

    def flight(self, lang, loc):
        rng = self.rng
        return "%s%s%d" % (rng.choice(["LH", "AF", "BA", "LX", "OS", "CA", "MU", "CZ", "BR", "CI", "UA", "AA", "KL", "U2", "FR", "EK"]),
                           rng.choice(["", " "]), rng.randint(10, 9999))

    def train(self, lang, loc):
        rng = self.rng
        if lang == "zh":
            return "%s%d" % (rng.choice("GDKZT"), rng.randint(1, 9999))
        if lang == "de":
            return "%s %d" % (rng.choice(["ICE", "IC", "RE", "RB", "EC", "RJX", "IR"]), rng.randint(1, 9999))
        if lang == "fr":
            return "%s %d" % (rng.choice(["TGV", "TER", "Intercités", "TGV INOUI", "Ouigo"]), rng.randint(100, 9999))
        return "%s %d" % (rng.choice(["Amtrak", "the", "service"]), rng.randint(100, 999)) if loc == "en_US" else "%02d:%02d" % (rng.randint(6, 22), rng.choice([4, 12, 18, 33, 47]))

    def small(self, lang, loc):
        return str(self.rng.randint(2, 30))

    def qty(self, lang, loc):
        rng = self.rng
        n = rng.choice([rng.randint(2, 99), rng.randint(100, 999), rng.randint(1000, 99999)])
        if lang in ("de",):
            return "{:,}".format(n).replace(",", ".")
        if lang == "fr":
            return "{:,}".format(n).replace(",", rng.choice([" ", "\u202f"]))
        return "{:,}".format(n)

    def ts(self, lang, loc):
        rng = self.rng
        return rng.choice([str(rng.randint(1735689600, 1798761600)),
                           "%d-%02d-%02dT%02d:%02d:%02dZ" % (rng.randint(2025, 2026), rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)),
                           "%d-%02d-%02d %02d:%02d:%02d" % (rng.randint(2025, 2026), rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))])

    def err(self, lang, loc):
        rng = self.rng
        return rng.choice(["0x%08X" % rng.randint(0x80000000, 0x8FFFFFFF), "ORA-%05d" % rng.randint(1, 30000),
                           "HTTP %d" % rng.choice([400, 401, 403, 404, 409, 429, 500, 502, 503, 504]),
                           "SQLSTATE %05d" % rng.choice([23505, 42601, 40001, 8006]), "E%d" % rng.randint(100, 999),
                           "Fehler %d" % rng.randint(100, 999) if lang == "de" else "code %d" % rng.randint(100, 999)])

    def contract(self, lang, loc):
        rng = self.rng
        makers = [lambda: "V-%d-%s" % (rng.randint(2020, 2026), rd(rng, 5)), lambda: "%s/%s" % (rdn(rng, 3), rd(rng, 6)),
                  lambda: "PN %s-%s" % (rd(rng, 3), rd(rng, 4)), lambda: "%s.%s.%s" % (rd(rng, 2), rd(rng, 3), rd(rng, 3))]
        return self._not_phone(lambda: rng.choice(makers)(), lang)

    def listpick(self, kind, lang, loc):
        lst = T.WORDLISTS[kind]
        key = loc if loc in lst else lang
        return self.rng.choice(lst[key])


GEN_KINDS = {"date": "date", "time": "time", "price": "price", "pct": "percentage", "order": "order_number",
             "phonelike": "phone_like", "tracking": "tracking_number", "invoice": "invoice_number",
             "ticket": "ticket_id", "customer": "customer_number", "ibanx": "iban_invalid", "version": "version",
             "build": "build_number", "plz": "postal_code", "serial": "serial_number", "ean": "ean", "isbn": "isbn",
             "imei": "imei", "longnum": "long_number", "coord": "coordinates", "measure": "measurement",
             "case": "case_number", "room": "room_number", "flight": "flight_number", "train": "train_number",
             "qty": "quantity", "ts": "timestamp", "err": "error_code", "contract": "contract_number"}
LIST_KINDS = {"street": "street", "place": "place", "brand": "brand", "figure": "public_figure",
              "word": "everyday_word", "noun": "everyday_word", "title": "title", "dish": "dish",
              "wordname": "everyday_word"}


# ----------------------------------------------------------------------------------------------------------
# Phone detection helpers used by the checks
# ----------------------------------------------------------------------------------------------------------
def phone_hits(text, regions):
    out = []
    for r in regions:
        for m in pn.PhoneNumberMatcher(text, r, leniency=pn.Leniency.VALID):
            out.append((m.start, m.end, r))
    return out


def phonelike_ok(v, lang):
    regions = list(dict.fromkeys(LANG_REGIONS[lang] + ["DE", "FR", "GB", "US", "CN"]))
    if phone_hits(v, regions):
        return False
    for r in regions:
        try:
            if pn.is_valid_number(pn.parse(v, r)):
                return False
        except pn.NumberParseException:
            pass
    if v.startswith("+") or v.startswith("00"):
        try:
            if pn.is_valid_number(pn.parse(v if v.startswith("+") else "+" + v[2:], None)):
                return False
        except pn.NumberParseException:
            pass
    return True


# ----------------------------------------------------------------------------------------------------------
# Rendering
# ----------------------------------------------------------------------------------------------------------
SLOT = re.compile(r"\{([A-Za-z]+)(\d*)(?::([^}]*))?\}|\[\[([a-z_]+)\|([^\]]+)\]\]")
PII_SLOTS = {"P", "G", "F", "g", "p", "I", "Gs", "PH", "E"}


def template_kind(tpl):
    for m in SLOT.finditer(tpl):
        if m.group(1) in PII_SLOTS:
            return "pii"
    return "nopii"


def parse_mods(tpl):
    mods = collections.defaultdict(set)
    for m in SLOT.finditer(tpl):
        if m.group(1) in ("P", "G", "F", "g", "p", "I", "Gs", "E") and m.group(3):
            mods[m.group(2) or "1"].update(m.group(3).split(","))
        if m.group(1) in ("G", "g", "Gs"):
            mods[m.group(2) or "1"].add("g2")
    return mods


class Renderer:
    def __init__(self, rng):
        self.rng = rng
        self.names = Names(rng)
        self.phones = Phones(rng)
        self.la = Lookalikes(rng)

    def region_for(self, loc, spec):
        rng = self.rng
        if spec in ("", None):
            if rng.random() < 0.1:
                return rng.choice(ALL_REGIONS)
            return wchoice(rng, HOME_REGION[loc])
        if spec == "EU":
            return rng.choice(EU)
        if spec == "ANY":
            return rng.choice(ALL_REGIONS)
        if spec == "ASIA":
            return rng.choice(ASIA)
        if spec == "HOME":
            return wchoice(rng, HOME_REGION[loc])
        if "/" in spec:
            return rng.choice(spec.split("/"))
        return spec

    def render(self, tpl, loc, lang):
        rng = self.rng
        if tpl.startswith("@"):
            tpl = tpl.split(" ", 1)[1]
        mods = parse_mods(tpl)
        persons, phones, emails = {}, {}, {}
        text, spans, las, meta = [], [], [], []
        pos = 0

        def person(idx):
            if idx not in persons:
                persons[idx] = self.names.make(loc, lang, mods.get(idx, set()))
            return persons[idx]

        last = 0
        for m in SLOT.finditer(tpl):
            lit = tpl[last:m.start()]
            text.append(lit)
            pos += len(lit)
            last = m.end()
            if m.group(4):
                kind, val = m.group(4), m.group(5)
                las.append((pos, pos + len(val), kind, val))
                text.append(val)
                pos += len(val)
                continue
            name, idx, arg = m.group(1), m.group(2) or "1", m.group(3) or ""
            start = pos
            extra = None
            if name in ("P", "G", "F", "g", "p", "I", "Gs"):
                p = person(idx)
                if name == "P":
                    val = p.full(lang)
                elif name in ("G", "Gs"):
                    val = p.given
                elif name == "g":
                    val = p.given.lower()
                elif name == "p":
                    val = p.full(lang).lower()
                elif name == "I":
                    val = p.given[0] + ". " + p.family
                else:
                    val = p.family
                spans.append((start, start + len(val), "PERSON", val, {"person": idx, "form": sorted(p.form), "slot": name}))
                if name == "Gs":
                    suf = "'" if val[-1] in "sßxz" else "s"
                    text.append(val + suf)
                    pos += len(val) + len(suf)
                    continue
            elif name == "PH":
                if idx not in phones:
                    a = arg.split(":") if arg else [""]
                    region = self.region_for(loc, a[0])
                    fc = a[1] if len(a) > 1 and a[1] else "any"
                    home = [r for r, _ in HOME_REGION[loc]]
                    phones[idx] = self.phones.written(region, fc, region not in home, lang) + (region,)
                val, form, num, region = phones[idx]
                spans.append((start, start + len(val), "PHONE", val, {"region": region, "form": form,
                                                                          "line": LINE_TYPES[pn.number_type(num)]}))
            elif name == "E":
                if idx not in emails:
                    emails[idx] = email_for(rng, person(idx), loc, lang, self.names.fk[loc])
                val = emails[idx]
                spans.append((start, start + len(val), "EMAIL", val, {}))
            elif name == "small":
                val = self.la.small(lang, loc)  # unlabelled filler number
            elif name in GEN_KINDS:
                self.la.arg = arg
                val = getattr(self.la, name)(lang, loc)
                nxt = tpl[m.end():m.end() + 1]
                while (val.endswith(".") and nxt == ".") or (val[-1:].isdigit() and nxt.isdigit()):
                    val = getattr(self.la, name)(lang, loc)
                las.append((start, start + len(val), GEN_KINDS[name], val))
            elif name in LIST_KINDS:
                val = self.la.listpick(name, lang, loc)
                las.append((start, start + len(val), LIST_KINDS[name], val))
            else:
                raise KeyError("unknown slot %s in %r" % (name, tpl))
            text.append(val)
            pos += len(val)
        text.append(tpl[last:])
        s = "".join(text)
        return s, spans, las, persons


NOISE_END = [" 🙏", " 😅", " 👍", "!!", " ??", " …", " 🙂", "\n", " ", " 😂", " 🤞", " ✌️", " 🙈"]


def add_noise(rng, text):
    if rng.random() < 0.25:
        e = rng.choice(NOISE_END)
        if e in ("!!", " ??") and text[-1:] in ".!?。！？":
            e = " 😬"
        return text + e
    return text


# ----------------------------------------------------------------------------------------------------------
# Checks
# ----------------------------------------------------------------------------------------------------------
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
IPV4_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.]*\d)")
SSN_RE = re.compile(r"(?<!\d)\d{3}-\d{2}-\d{4}(?!\d)")
DIGITRUN_RE = re.compile(r"\d(?:[ \-]?\d)*")
IBANLIKE_RE = re.compile(r"[A-Z]{2}\d{2}(?: ?[A-Z0-9]{2,4}){3,8}")


def occurrences(text, v):
    out, i = [], text.find(v)
    while i >= 0:
        out.append((i, i + len(v)))
        i = text.find(v, i + 1)
    return out


def inside(a, spans):
    return any(s <= a[0] and a[1] <= e for s, e in spans)


def overlaps(a, spans):
    return any(a[0] < e and s < a[1] for s, e in spans)


def check_record(rec, lang, strict_spans=None):
    """Return a list of problems. strict_spans (generation time) = (pii_spans, la_spans) as planted."""
    text = rec["text"]
    probs = []
    pii = rec["pii"]
    las = rec["lookalikes"]
    pii_occ = []
    for p in pii:
        occ = occurrences(text, p["value"])
        if not occ:
            probs.append("pii value not in text: %r" % p["value"])
        pii_occ += occ
    la_occ = []
    for l in las:
        occ = occurrences(text, l["value"])
        if not occ:
            probs.append("look-alike not in text: %r" % l["value"])
        for o in occ:
            if overlaps(o, pii_occ):
                probs.append("look-alike overlaps PII: %r" % l["value"])
        la_occ += occ
    if strict_spans is not None:
        ps, ls = strict_spans
        pspan = [(s, e) for s, e, *_ in ps]
        lspan = [(s, e) for s, e, *_ in ls]
        for p in pii:
            for o in occurrences(text, p["value"]):
                if not inside(o, pspan):
                    probs.append("unplanted occurrence of %r" % p["value"])
        for l in las:
            for o in occurrences(text, l["value"]):
                if not inside(o, lspan):
                    probs.append("unplanted occurrence of look-alike %r" % l["value"])
        # persons of different people must not contain each other
        per = collections.defaultdict(set)
        for s, e, t, v, meta in ps:
            if t == "PERSON":
                per[meta["person"]].add(v)
        keys = sorted(per)
        for i, a in enumerate(keys):
            for b in keys[i + 1:]:
                for x in per[a]:
                    for y in per[b]:
                        if x in y or y in x:
                            probs.append("names of two persons overlap: %r %r" % (x, y))
    else:
        # word-boundary check for Latin-script names (check mode)
        for p in pii:
            if p["type"] != "PERSON" or lang == "zh":
                continue
            v = p["value"]
            others = [o for q in pii if q is not p and q["value"] != v for o in occurrences(text, q["value"])]
            for s, e in occurrences(text, v):
                if inside((s, e), others):
                    continue
                left = text[s - 1] if s > 0 else " "
                right = text[e:e + 1] or " "
                if left.isalpha() or (right.isalpha() and not (right == "s" and not text[e + 1:e + 2].isalpha())):
                    probs.append("name %r inside a word" % v)
    # phones valid
    for p in pii:
        if p["type"] == "PHONE" and not phone_valid(p["value"], p["region"]):
            probs.append("invalid phone %r %s" % (p["value"], p["region"]))
    # nothing phone-shaped unlabelled
    labelled = pii_occ + la_occ
    regions = list(dict.fromkeys(LANG_REGIONS[lang] + [p["region"] for p in pii if p["type"] == "PHONE"]))
    for s, e, r in phone_hits(text, regions):
        for i in range(s, e):
            if text[i].isdigit() and not inside((i, i + 1), labelled):
                probs.append("unlabelled phone %r (%s)" % (text[s:e], r))
                break
    # phone-like look-alikes must not be valid anywhere near
    for l in las:
        if l["kind"] == "phone_like" and not phonelike_ok(l["value"], lang):
            probs.append("phone_like is a valid phone: %r" % l["value"])
        if l["kind"] == "iban_invalid" and iban_ok(l["value"]):
            probs.append("iban_invalid passes mod-97: %r" % l["value"])
    # e-mails
    emails = {p["value"] for p in pii if p["type"] == "EMAIL"}
    for m in EMAIL_RE.finditer(text):
        if m.group(0) not in emails:
            probs.append("unlabelled e-mail %r" % m.group(0))
    # other PII shapes that must not appear unlabelled
    imeis = [o for l in las if l["kind"] == "imei" for o in occurrences(text, l["value"])]
    phs = [o for p in pii if p["type"] == "PHONE" for o in occurrences(text, p["value"])]
    for m in DIGITRUN_RE.finditer(text):
        dg = digits_only(m.group(0))
        if 13 <= len(dg) <= 19 and dg[0] in "23456" and luhn_ok(dg) and not overlaps(m.span(), imeis + phs):
            probs.append("Luhn-valid digit run %r" % m.group(0))
        if len(dg) == 18 and cn_id_ok(dg):
            probs.append("valid CN resident id %r" % m.group(0))
    for m in re.finditer(r"\d{17}[\dX]", text):
        if cn_id_ok(m.group(0)):
            probs.append("valid CN resident id %r" % m.group(0))
    for m in IPV4_RE.finditer(text):
        if all(int(g) <= 255 for g in m.groups()) and not overlaps(m.span(), phs):
            probs.append("IPv4-like %r" % m.group(0))
    if lang == "en":
        for m in SSN_RE.finditer(text):
            if not overlaps(m.span(), phs):
                probs.append("SSN-like %r" % m.group(0))
    for m in IBANLIKE_RE.finditer(text):
        if iban_ok(m.group(0)):
            probs.append("valid IBAN %r" % m.group(0))
    if not pii:
        n = sum(len(occurrences(text, l["value"])) for l in las)
        if n < 3:
            probs.append("no-PII prompt with fewer than 3 look-alike occurrences")
    if rec["split"] != split_of(rec["template"]):
        probs.append("split")
    return probs


# ----------------------------------------------------------------------------------------------------------
# Driver
# ----------------------------------------------------------------------------------------------------------
def earlier_texts():
    out = set()
    for path in sorted(glob.glob(os.path.join(HERE, "..", "pii*", "corpus.jsonl"))):
        if os.path.abspath(os.path.dirname(path)) == HERE:
            continue
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                try:
                    t = json.loads(line).get("text")
                except ValueError:
                    continue
                if isinstance(t, str):
                    out.add(t)
    return out


def all_templates():
    """[(template id, group, lang, locale weights, text)] in file order."""
    out = []
    for key, lang, prefix, locs in GROUPS:
        lst = getattr(T, key.upper())
        base = 0
        if key == "zh_tw":
            base = len(T.ZH_CN)
        for i, tpl in enumerate(lst):
            out.append(("x10-%s-t%03d" % (prefix, base + i + 1), key, lang, locs, tpl))
    return out


def generate():
    rng = random.Random(SEED)
    R = Renderer(rng)
    earlier = earlier_texts()
    seen = set()
    records, metas = [], []
    counters = collections.Counter()
    order = {"de": 0, "fr": 1, "zh": 2, "en": 3}
    tpls = sorted(all_templates(), key=lambda t: order[t[2]])
    n_earlier_hits = 0
    failures = []
    for tid, key, lang, locs, tpl in tpls:
        made = 0
        tries = 0
        last_probs = None
        fixed_loc = None
        if tpl.startswith("@"):
            fixed_loc = tpl[1:].split(" ", 1)[0]
        while made < PER_TEMPLATE:
            tries += 1
            if tries > MAX_TRIES:
                failures.append("template %s: only %d prompts after %d tries; last problems: %s\n  %r" % (tid, made, MAX_TRIES, last_probs, tpl))
                break
            loc = fixed_loc or wchoice(rng, locs)
            try:
                text, spans, las, persons = R.render(tpl, loc, lang)
            except RuntimeError as e:
                last_probs = [str(e)]
                continue
            text = add_noise(rng, text)
            if text in seen:
                last_probs = ["duplicate"]
                if template_kind(tpl) == "nopii" and not SLOT.search(tpl):
                    break
                continue
            if text in earlier:
                n_earlier_hits += 1
                last_probs = ["equal to an earlier corpus text"]
                continue
            pii, seenp = [], set()
            for s, e, t, v, meta in spans:
                if (t, v) in seenp:
                    continue
                seenp.add((t, v))
                d = {"type": t, "value": v}
                if t == "PHONE":
                    d["region"] = meta["region"]
                pii.append(d)
            la, seenl = [], set()
            for s, e, k, v in las:
                if (k, v) in seenl:
                    continue
                seenl.add((k, v))
                la.append({"kind": k, "value": v})
            rec = {"id": None, "locale": loc, "lang": lang, "text": text, "pii": pii, "lookalikes": la,
                   "template": tid, "split": split_of(tid)}
            probs = check_record(rec, lang, (spans, las))
            if probs:
                last_probs = probs
                continue
            seen.add(text)
            counters[lang] += 1
            rec["id"] = "x10-%s-%04d" % (lang, counters[lang])
            records.append(rec)
            metas.append({"spans": spans, "las": las, "tpl": tpl, "key": key})
            made += 1
    if failures:
        sys.exit("\n".join(failures))
    return records, metas, n_earlier_hits


def dump(records):
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def load():
    with open(OUT, encoding="utf-8") as fh:
        return [json.loads(l) for l in fh]


def run_check():
    recs = load()
    earlier = earlier_texts()
    bad = 0
    texts = collections.Counter(r["text"] for r in recs)
    for r in recs:
        probs = check_record(r, r["lang"])
        if texts[r["text"]] > 1:
            probs.append("duplicate text")
        if r["text"] in earlier:
            probs.append("text equal to an earlier corpus")
        if not re.fullmatch(r"x10-(en|de|fr|zh)-\d{4}", r["id"]) or not r["id"].startswith("x10-" + r["lang"]):
            probs.append("id")
        if not re.fullmatch(r"x10-(de|fr|zh|us|gb)-t\d{3}", r["template"]):
            probs.append("template id")
        for p in r["pii"]:
            if p["type"] not in ("PERSON", "PHONE", "EMAIL"):
                probs.append("type")
        if probs:
            bad += 1
            print(r["id"], probs)
    print("%d records checked, %d with problems" % (len(recs), bad))
    return bad == 0


# ----------------------------------------------------------------------------------------------------------
# Statistics
# ----------------------------------------------------------------------------------------------------------
LANGS = ["en", "de", "fr", "zh"]


def table(header, rows):
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for r in rows:
        out.append("| " + " | ".join(str(x) for x in r) + " |")
    return "\n".join(out)


def cued(text, value, lang):
    i = text.find(value)
    line_start = text.rfind("\n", 0, i) + 1
    before = text[max(line_start, i - 30):i].lower()
    return any(c in before for c in CUES[lang])


def phone_form(v):
    s = v.translate({ord(c): ord("0") + (ord(c) - 0xFF10) for c in "０１２３４５６７８９"})
    if s.startswith("+") or s.startswith("(+"):
        pre = "+"
    elif s.startswith("00"):
        pre = "00"
    else:
        pre = "national"
    if "(0)" in s:
        pre += " (0)"
    seps = []
    body = s.replace("(0)", "")
    for ch, nm in ((" ", "space"), ("-", "dash"), (".", "dot"), ("/", "slash"), ("(", "parentheses")):
        if ch in body.lstrip("+"):
            seps.append(nm)
    return pre + " / " + ("+".join(seps) if seps else "no separator")


def print_stats(records, metas, earlier_hits):
    tids = all_templates()
    tkind = {t[0]: template_kind(t[4]) for t in tids}
    tlang = {t[0]: t[2] for t in tids}
    tgroup = {t[0]: t[1] for t in tids}
    print("prompts: %d, templates: %d" % (len(records), len(tids)))
    print("generated texts equal to an earlier corpus text (drawn again): %d" % earlier_hits)
    by = collections.Counter(t[1] for t in tids)
    print("templates per group: " + ", ".join("%s %d" % (k, by[k]) for k, *_ in GROUPS))
    rows = []
    for what in ("with PII", "no PII", "dev", "test"):
        row = [what]
        for L in LANGS + ["all"]:
            ids = [t for t in tkind if (L == "all" or tlang[t] == L)]
            if what == "with PII":
                n = sum(1 for t in ids if tkind[t] == "pii")
            elif what == "no PII":
                n = sum(1 for t in ids if tkind[t] == "nopii")
            else:
                n = sum(1 for t in ids if split_of(t) == what)
            row.append(n)
        rows.append(row)
    print()
    print(table(["templates"] + LANGS + ["all"], rows))
    rows = []
    N = len(records)
    for what in ("dev", "test", "all", "no-PII dev", "no-PII test", "no-PII all", "no-PII share", "language share"):
        row = [what]
        for L in LANGS + ["all"]:
            rs = [r for r in records if L == "all" or r["lang"] == L]
            if what in ("dev", "test"):
                row.append(sum(1 for r in rs if r["split"] == what))
            elif what == "all":
                row.append(len(rs))
            elif what.startswith("no-PII") and what != "no-PII share":
                sp = what.split()[1]
                row.append(sum(1 for r in rs if not r["pii"] and (sp == "all" or r["split"] == sp)))
            elif what == "no-PII share":
                row.append("%.1f%%" % (100.0 * sum(1 for r in rs if not r["pii"]) / max(1, len(rs))))
            else:
                row.append("%.1f%%" % (100.0 * len(rs) / N))
        rows.append(row)
    print()
    print(table(["prompts"] + LANGS + ["all"], rows))
    loc = collections.Counter(r["locale"] for r in records)
    print()
    print("Locales: " + ", ".join("%s %d" % (k, loc[k]) for k in sorted(loc)))
    npv = collections.Counter(len(r["pii"]) for r in records)
    print("PII values per prompt: " + ", ".join("%d: %d" % (k, npv[k]) for k in sorted(npv)))
    rows = []
    for t in ("PERSON", "PHONE", "EMAIL"):
        row = [t]
        for L in LANGS:
            row.append(sum(1 for r in records if r["lang"] == L for p in r["pii"] if p["type"] == t))
        for sp in ("dev", "test"):
            row.append(sum(1 for r in records if r["split"] == sp for p in r["pii"] if p["type"] == t))
        row.append(sum(1 for r in records for p in r["pii"] if p["type"] == t))
        rows.append(row)
    print()
    print(table(["PII values"] + LANGS + ["dev", "test", "all"], rows))
    rows = []
    for t in ("PERSON", "PHONE", "EMAIL"):
        row = [t]
        for L in LANGS:
            row.append(sum(len(occurrences(r["text"], p["value"])) for r in records if r["lang"] == L for p in r["pii"] if p["type"] == t))
        row.append(sum(len(occurrences(r["text"], p["value"])) for r in records for p in r["pii"] if p["type"] == t))
        rows.append(row)
    print()
    print(table(["PII occurrences"] + LANGS + ["all"], rows))
    rows = []
    for t in ("PERSON", "PHONE", "EMAIL"):
        row = [t]
        for L in LANGS:
            d = sum(1 for r in records if r["lang"] == L and r["split"] == "dev" for p in r["pii"] if p["type"] == t)
            e = sum(1 for r in records if r["lang"] == L and r["split"] == "test" for p in r["pii"] if p["type"] == t)
            row.append("%d/%d" % (d, e))
        rows.append(row)
    print()
    print(table(["PII values, dev/test"] + LANGS, rows))
    # look-alikes
    kinds = collections.Counter()
    per = collections.defaultdict(collections.Counter)
    for r in records:
        for l in r["lookalikes"]:
            n = len(occurrences(r["text"], l["value"]))
            kinds[l["kind"]] += n
            per[l["kind"]][r["lang"]] += n
            per[l["kind"]][r["split"]] += n
    rows = []
    for k, n in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0])):
        rows.append([k] + [per[k][L] for L in LANGS] + [per[k]["dev"], per[k]["test"], n])
    rows.append(["**all**"] + [sum(per[k][L] for k in kinds) for L in LANGS] + [sum(per[k]["dev"] for k in kinds), sum(per[k]["test"] for k in kinds), sum(kinds.values())])
    print()
    print(table(["look-alike kind"] + LANGS + ["dev", "test", "all"], rows))
    nop = collections.Counter()
    for r in records:
        if not r["pii"]:
            nop[r["lang"]] += sum(len(occurrences(r["text"], l["value"])) for l in r["lookalikes"])
    pil = sum(len(occurrences(r["text"], l["value"])) for r in records if r["pii"] for l in r["lookalikes"])
    print()
    print("Look-alike occurrences in no-PII prompts: " + ", ".join("%s %d" % (L, nop[L]) for L in LANGS) + "; in PII prompts: %d" % pil)
    # phones
    reg = collections.Counter()
    regsplit = collections.defaultdict(collections.Counter)
    for r in records:
        for p in r["pii"]:
            if p["type"] == "PHONE":
                reg[p["region"]] += 1
                regsplit[p["region"]][r["split"]] += 1
    regs = sorted(reg)
    print()
    print("Phone regions (%d regions, %d values):" % (len(regs), sum(reg.values())))
    half = (len(regs) + 1) // 2
    for part in (regs[:half], regs[half:]):
        print()
        print(table(["region"] + part, [["values"] + [reg[k] for k in part], ["dev/test"] + ["%d/%d" % (regsplit[k]["dev"], regsplit[k]["test"]) for k in part]]))
    eu = sum(reg[k] for k in EU)
    print()
    print("EU regions covered: %d of %d (%d values); home-language regions: %d values; others: %d values" % (
        sum(1 for k in EU if reg[k]), len(EU), eu, sum(reg[k] for k in set(sum(LANG_REGIONS.values(), []))),
        sum(reg.values()) - sum(reg[k] for k in set(sum(LANG_REGIONS.values(), [])))))
    rows = []
    tot = [0, 0, 0]
    for L in LANGS:
        c = u = 0
        for r in records:
            if r["lang"] != L:
                continue
            for p in r["pii"]:
                if p["type"] == "PHONE":
                    if cued(r["text"], p["value"], L):
                        c += 1
                    else:
                        u += 1
        tot[0] += c + u
        tot[1] += c
        tot[2] += u
        rows.append([L, c + u, c, u, "%.0f%%" % (100.0 * u / max(1, c + u))])
    rows.append(["all", tot[0], tot[1], tot[2], "%.0f%%" % (100.0 * tot[2] / max(1, tot[0]))])
    print()
    print(table(["phones", "values", "with cue word", "without cue word", "share without"], rows))
    eol = sum(1 for r in records for p in r["pii"] if p["type"] == "PHONE" and any(
        r["text"][e:e + 1] in ("", "\n") for s, e in occurrences(r["text"], p["value"])))
    print()
    print("Phones at the end of a line or of the prompt: %d" % eol)
    forms = collections.Counter(phone_form(p["value"]) for r in records for p in r["pii"] if p["type"] == "PHONE")
    print()
    print("Written forms (prefix / separators): " + ", ".join("%s %d" % kv for kv in sorted(forms.items(), key=lambda kv: (-kv[1], kv[0]))))
    if metas:
        sf = collections.Counter()
        lt = collections.Counter()
        for m in metas:
            done = set()
            for s, e, t, v, meta in m["spans"]:
                if t == "PHONE" and v not in done:
                    done.add(v)
                    sf[meta["form"]] += 1
                    lt[meta["line"]] += 1
        print()
        print("Form generators (slot fills): " + ", ".join("%s %d" % kv for kv in sorted(sf.items(), key=lambda kv: (-kv[1], kv[0]))))
        print("Line types: " + ", ".join("%s %d" % kv for kv in sorted(lt.items(), key=lambda kv: (-kv[1], kv[0]))))
        # person forms
        pf = collections.defaultdict(collections.Counter)
        slot = collections.defaultdict(collections.Counter)
        for r, m in zip(records, metas):
            done = set()
            for s, e, t, v, meta in m["spans"]:
                if t == "PERSON" and v not in done:
                    done.add(v)
                    for f in meta["form"]:
                        pf[f][r["lang"]] += 1
                    slot[{"P": "full name", "G": "given name alone", "Gs": "given name + German genitive s (slot Gs)",
                          "F": "family name alone (after a title)", "g": "given name in lower case",
                          "p": "full name in lower case", "I": "initial + family name"}[meta["slot"]]][r["lang"]] += 1
        print()
        print(table(["PERSON values by form"] + LANGS, [[f] + [pf[f][L] for L in LANGS] for f in sorted(pf, key=lambda f: -sum(pf[f].values()))]))
        print()
        print(table(["PERSON values by position"] + LANGS, [[f] + [slot[f][L] for L in LANGS] for f in sorted(slot, key=lambda f: -sum(slot[f].values()))]))
    verbs = {"en": ["tell ", "ask ", "cc ", "ping ", "ring ", "give ", "loop in ", "thank ", "Tell ", "Ask ", "Give ",
                    "send him to "],
             "de": ["frag ", "sag ", "schreib ", "ping ", "cc ", "an ", "frag mal ", "Schreib ", "Bitte "],
             "fr": ["Dis à ", "dis à ", "Demande à ", "demande à ", "Transmets à ", "cc ", "rappeler ", "Passe le bonjour à "],
             "zh": ["告诉", "問", "问一下", "叫", "让", "通知", "找", "请", "請", "告訴", "抄送："]}
    obj = collections.Counter()
    poss = collections.Counter()
    for r in records:
        for p in r["pii"]:
            if p["type"] != "PERSON":
                continue
            for s, e in occurrences(r["text"], p["value"]):
                before = r["text"][max(0, s - 20):s]
                if any(before.endswith(v) for v in verbs[r["lang"]]):
                    obj[r["lang"]] += 1
                    break
            for s, e in occurrences(r["text"], p["value"]):
                after = r["text"][e:e + 3]
                if after[:2] in ("'s", "’s") or (r["lang"] == "de" and (after[:1] == "s" or after[:1] == "'") and not after[1:2].isalpha()):
                    poss[r["lang"]] += 1
                    break
    print()
    print("PERSON values right after a verb of address (tell/ask/cc/ping, frag/sag/schreib, dis à/demande à, 告诉/叫/让/通知 ...): " +
          ", ".join("%s %d" % (L, obj[L]) for L in LANGS))
    print("PERSON values followed by a possessive ('s, German genitive s / '): " + ", ".join("%s %d" % (L, poss[L]) for L in LANGS))
    wg = set(n for L in T.WORD_GIVEN.values() for g in L.values() for n in g)
    word = [p["value"] for r in records for p in r["pii"] if p["type"] == "PERSON" and p["value"].split()[0].capitalize() in wg]
    print()
    print("PERSON values whose given name is also a common word: %d" % len(word))
    # hard negatives
    hn = collections.Counter()
    hl = collections.Counter()
    tot = collections.Counter()
    for r in records:
        for l in r["lookalikes"]:
            if len(digits_only(l["value"])) >= 6:
                tot[l["kind"]] += 1
                if phone_hits(l["value"], LANG_REGIONS[r["lang"]]):
                    hn[l["kind"]] += 1
                    hl[r["lang"]] += 1
    print()
    print("Numeric look-alikes (6+ digits) that PhoneNumberMatcher (VALID) reads as a phone of the language's regions: " +
          ", ".join("%s %d/%d" % (k, hn[k], tot[k]) for k in sorted(tot)))
    print("by language: " + ", ".join("%s %d" % (L, hl[L]) for L in LANGS))
    lens = sorted(len(r["text"]) for r in records)
    ml = sum(1 for r in records if "\n" in r["text"].strip())
    print()
    print("Length %d-%d characters (median %d); %d prompts have more than one line." % (lens[0], lens[-1], lens[len(lens) // 2], ml))


def main():
    if "--check" in sys.argv:
        sys.exit(0 if run_check() else 1)
    records, metas, hits = generate()
    dump(records)
    with open(OUT, "rb") as fh:
        digest = hashlib.sha256(fh.read()).hexdigest()
    print("wrote %d prompts to corpus.jsonl, sha256 %s" % (len(records), digest))
    if "--stats" in sys.argv:
        print_stats(records, metas, hits)


if __name__ == "__main__":
    main()
