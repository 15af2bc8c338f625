#!/usr/bin/env python3
"""Generator for the `pii-extra-3` corpus of Veil's PII anonymizer.

Three parts, all with hand-written sentence templates:

1. phone numbers (PHONE) of 28 numbering plans, national and international written forms, in en/de/fr/zh
   chat sentences, with number look-alikes that must stay untouched;
2. prompts without any PII (pii: []), full of look-alikes;
3. names (PERSON, some EMAIL) in German, French and Chinese text.

Deterministic: one random.Random(SEED). phonenumbers (if installed) is used only to validate the planted
phone numbers; without it, the generator refuses to run (the draws depend on the validation).

    python3 generate.py            # writes corpus.jsonl next to this file
    python3 generate.py --stats    # same, and prints the count tables
"""

import hashlib
import json
import os
import random
import re
import sys
from collections import Counter, defaultdict

import phonenumbers  # validation only

SEED = 20261206
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "corpus.jsonl")


# ---------------------------------------------------------------------------------------------------------
# Split. Fixed before any template was written: parity of the first byte of sha256(template id).
# ---------------------------------------------------------------------------------------------------------

def split_of(template_id):
    return "dev" if hashlib.sha256(template_id.encode("utf-8")).digest()[0] % 2 == 0 else "test"


R = random.Random(SEED)

LOCALE = {"en": "en_GB", "de": "de_DE", "fr": "fr_FR", "zh": "zh_CN"}

NNBSP = "\u202f"
NBSP = "\u00a0"


# ---------------------------------------------------------------------------------------------------------
# Phone numbers
# ---------------------------------------------------------------------------------------------------------

def expand(pattern, rng):
    """'x' any digit, 'N' 2-9, '[0-35-9]' a class, anything else literal."""
    out = []
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "x":
            out.append(rng.choice("0123456789"))
        elif c == "N":
            out.append(rng.choice("23456789"))
        elif c == "[":
            j = pattern.index("]", i)
            cls = pattern[i + 1:j]
            chars = []
            k = 0
            while k < len(cls):
                if k + 2 < len(cls) and cls[k + 1] == "-":
                    chars.extend(chr(o) for o in range(ord(cls[k]), ord(cls[k + 2]) + 1))
                    k += 3
                else:
                    chars.append(cls[k])
                    k += 1
            out.append(rng.choice(chars))
            i = j
        else:
            out.append(c)
        i += 1
    return "".join(out)


def T(pre, n, grp, nat, intl, first=None, weight=1):
    return dict(pre=pre, n=n if isinstance(n, list) else [n], grp=grp, nat=nat, intl=intl, first=first,
                weight=weight)


# Placeholders in formats: {p} prefix (area code / mobile prefix, without trunk), {s} subscriber compact,
# {g} subscriber groups joined by spaces, {gd} by dashes, {gp} by dots.
DE_NAT = ["0{p} {s}", "0{p}/{s}", "0{p}-{s}", "0{p}{s}", "0{p} {g}", "(0{p}) {s}", "0{p}/{g}"]
DE_INT = ["+49 {p} {s}", "+49 (0){p} {s}", "0049 {p} {s}", "+49-{p}-{s}", "+49{p}{s}", "+49 {p} {g}",
          "+49 (0) {p} {s}"]
AT_NAT = ["0{p} {s}", "0{p}/{s}", "0{p}-{s}", "0{p} {g}", "0{p}{s}"]
AT_INT = ["+43 {p} {s}", "+43 (0){p} {s}", "0043 {p} {s}", "+43{p}{s}", "+43 {p} {g}"]
CH_NAT = ["0{p} {g}", "0{p}{s}", "0{p}/{g}", "0{p} {s}"]
CH_INT = ["+41 {p} {g}", "+41 (0){p} {g}", "0041 {p} {g}", "+41{p}{s}", "+41 (0) {p} {g}"]
FR_NAT = ["0{p} {g}", "0{p}.{gp}", "0{p}-{gd}", "0{p}{s}", "0{p} {g}"]
FR_INT = ["+33 {p} {g}", "+33 (0){p} {g}", "0033 {p} {g}", "+33{p}{s}", "+33 {p}.{gp}", "+33 (0) {p} {g}"]

PHONE_PLANS = {
    "DE": dict(cc="49", types=[
        T(["15[1279]"], 8, [[8], [4, 4]], DE_NAT, DE_INT, weight=2),
        T(["160", "162", "163", "17x"], [7, 8], [[3, 4], [4, 4], [2, 2, 3]], DE_NAT, DE_INT, weight=3),
        T(["30", "40", "89", "69"], 8, [[8], [3, 3, 2], [4, 4]], DE_NAT, DE_INT, first="2-9", weight=2),
        T(["221", "211", "711", "341", "351", "511", "911", "228", "431", "761"], 7, [[7], [3, 4], [2, 2, 3]],
          DE_NAT, DE_INT, first="2-9", weight=2),
    ]),
    "AT": dict(cc="43", types=[
        T(["650", "660", "664", "676", "680", "681", "688", "699"], 7, [[7], [3, 4], [2, 2, 3]], AT_NAT, AT_INT,
          first="1-9", weight=2),
        T(["1"], 7, [[7], [3, 4]], AT_NAT, AT_INT, first="2-9"),
        T(["316", "512", "662", "732", "463"], 6, [[6], [3, 3]], AT_NAT, AT_INT, first="2-9"),
    ]),
    "CH": dict(cc="41", types=[
        T(["75", "76", "77", "78", "79"], 7, [[3, 2, 2]], CH_NAT, CH_INT, first="1-9", weight=2),
        T(["44", "43", "31", "22", "61", "21", "41", "71", "91"], 7, [[3, 2, 2]], CH_NAT, CH_INT, first="2-8"),
    ]),
    "FR": dict(cc="33", types=[
        T(["6", "7"], 8, [[2, 2, 2, 2]], FR_NAT, FR_INT, weight=2),
        T(["1", "2", "3", "4", "5", "9"], 8, [[2, 2, 2, 2]], FR_NAT, FR_INT, first="1-9"),
    ]),
    "NL": dict(cc="31", types=[
        T(["6"], 8, [[8], [2, 2, 2, 2], [4, 4]], ["0{p}-{s}", "0{p} {g}", "0{p}{s}", "(0{p}) {s}", "0{p} {s}"],
          ["+31 {p} {s}", "+31 (0){p} {g}", "+31{p}{s}", "0031 {p} {g}", "+31 {p} {g}"], first="1-9", weight=2),
        T(["20", "10", "70", "30", "40", "50"], 7, [[3, 4], [7]],
          ["0{p} {g}", "0{p}-{s}", "0{p}-{g}", "(0{p}) {g}"], ["+31 {p} {g}", "+31 (0){p} {g}", "+31{p}{s}"],
          first="2-8"),
    ]),
    "BE": dict(cc="32", types=[
        T(["47x", "48[4-9]", "49x"], 6, [[2, 2, 2]], ["0{p} {g}", "0{p}/{g}", "0{p}.{gp}", "0{p}{s}", "0{p} {s}"],
          ["+32 {p} {g}", "+32 (0){p} {g}", "0032 {p} {g}", "+32{p}{s}", "+32 {p}.{gp}"], weight=2),
        T(["2", "3", "9"], 7, [[3, 2, 2]], ["0{p} {g}", "0{p}/{g}", "0{p}.{gp}"],
          ["+32 {p} {g}", "+32 (0){p} {g}", "+32{p}{s}"], first="2-8"),
    ]),
    "IT": dict(cc="39", types=[
        T(["32[089]", "33[1-9]", "34[0-9]", "36[06]", "38[09]", "39[1-3]"], 7, [[3, 4], [7], [2, 2, 3]],
          ["{p} {g}", "{p} {s}", "{p}-{s}", "{p}/{s}", "{p}{s}", "{p}.{s}"],
          ["+39 {p} {g}", "+39 {p} {s}", "0039 {p} {s}", "+39{p}{s}", "(+39) {p} {g}"], first="1-9", weight=2),
        T(["06", "02"], 8, [[4, 4], [8]], ["{p} {g}", "{p}-{s}", "{p}/{s}", "{p} {s}"],
          ["+39 {p} {g}", "+39 {p} {s}", "0039 {p} {s}"], first="2-8"),
    ]),
    "ES": dict(cc="34", types=[
        T(["6xx", "7[1-4]x"], 6, [[3, 3], [2, 2, 2]], ["{p} {g}", "{p}{s}", "{p} {g}"],
          ["+34 {p} {g}", "0034 {p} {g}", "+34{p}{s}", "(+34) {p} {g}", "+34 {p} {g}"], weight=2),
        T(["91", "93", "95", "96", "94"], 7, [[3, 2, 2], [3, 4]], ["{p} {g}", "{p}{s}"],
          ["+34 {p} {g}", "0034 {p} {g}", "+34{p}{s}"], first="2-8"),
    ]),
    "PT": dict(cc="351", types=[
        T(["91x", "92x", "93x", "96x"], 6, [[3, 3]], ["{p} {g}", "{p}{s}", "{p} {g}"],
          ["+351 {p} {g}", "00351 {p} {g}", "+351{p}{s}", "(+351) {p} {g}"], weight=2),
        T(["21x", "22x"], 6, [[3, 3]], ["{p} {g}", "{p}{s}"], ["+351 {p} {g}", "+351{p}{s}"]),
    ]),
    "PL": dict(cc="48", types=[
        T(["50x", "51x", "53x", "57x", "60x", "66x", "69x", "72x", "73x", "78x", "79x", "88x"], 6, [[3, 3]],
          ["{p} {g}", "{p}-{gd}", "{p}{s}"], ["+48 {p} {g}", "+48 {p}-{gd}", "0048 {p} {g}", "+48{p}{s}"], weight=2),
        T(["22", "12", "58", "61", "71"], 7, [[3, 2, 2]], ["{p} {g}", "({p}) {g}"], ["+48 {p} {g}", "+48{p}{s}"],
          first="2-8"),
    ]),
    "SE": dict(cc="46", types=[
        T(["70", "72", "73", "76", "79"], 7, [[3, 2, 2]], ["0{p}-{g}", "0{p} {g}", "0{p}{s}", "0{p}-{s}"],
          ["+46 {p} {g}", "+46 (0){p} {g}", "0046 {p} {g}", "+46{p}{s}"], weight=2),
        T(["8"], 8, [[3, 3, 2]], ["0{p}-{g}", "0{p} {g}"], ["+46 {p} {g}", "+46 (0){p} {g}"], first="2-7"),
        T(["31", "40"], 7, [[3, 2, 2]], ["0{p}-{g}", "0{p} {g}"], ["+46 {p} {g}"], first="2-7"),
    ]),
    "DK": dict(cc="45", types=[
        T(["2x", "30", "31", "40", "41", "42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "93"], 6,
          [[2, 2, 2], [6]], ["{p} {g}", "{p}{s}", "{p} {g}"], ["+45 {p} {g}", "0045 {p} {g}", "+45{p}{s}",
                                                              "+45 {p}{s}"], weight=2),
        T(["33", "35", "38", "86", "98"], 6, [[2, 2, 2]], ["{p} {g}", "{p}{s}"], ["+45 {p} {g}", "+45{p}{s}"]),
    ]),
    "FI": dict(cc="358", types=[
        T(["40", "41", "44", "45", "46", "50"], 7, [[3, 4], [7], [3, 2, 2]],
          ["0{p} {g}", "0{p}-{s}", "0{p}{s}", "0{p} {s}"],
          ["+358 {p} {g}", "+358 (0){p} {g}", "00358 {p} {g}", "+358{p}{s}"], weight=2),
        T(["9"], 7, [[4, 3], [3, 4]], ["0{p} {g}", "0{p}-{s}"], ["+358 {p} {g}", "+358{p}{s}"], first="2-8"),
    ]),
    "IE": dict(cc="353", types=[
        T(["83", "85", "86", "87", "89"], 7, [[3, 4]], ["0{p} {g}", "0{p}-{s}", "(0{p}) {g}", "0{p}{s}", "0{p} {s}"],
          ["+353 {p} {g}", "+353 (0){p} {g}", "00353 {p} {g}", "+353{p}{s}"], first="1-9", weight=2),
        T(["1"], 7, [[3, 4]], ["0{p} {g}", "(0{p}) {g}"], ["+353 {p} {g}", "+353 (0){p} {g}"], first="2-9"),
        T(["21", "91"], 7, [[3, 4]], ["0{p} {g}", "(0{p}) {g}"], ["+353 {p} {g}"], first="2-9"),
    ]),
    "CZ": dict(cc="420", types=[
        T(["60[1-8]", "70[2-5]", "72x", "73x", "77x", "79[0-9]"], 6, [[3, 3]], ["{p} {g}", "{p}{s}"],
          ["+420 {p} {g}", "00420 {p} {g}", "+420{p}{s}", "+420 {p}{s}"], weight=2),
        T(["22[1-6]"], 6, [[3, 3]], ["{p} {g}"], ["+420 {p} {g}", "+420{p}{s}"]),
    ]),
    "GR": dict(cc="30", types=[
        T(["690", "693", "694", "695", "697", "698", "699"], 7, [[3, 4], [7]], ["{p} {g}", "{p}{s}", "{p}-{s}"],
          ["+30 {p} {g}", "0030 {p} {s}", "+30{p}{s}", "+30 {p} {s}"], first="1-9", weight=2),
        T(["210"], 7, [[3, 4], [7]], ["{p} {g}", "{p}{s}", "{p}-{s}"], ["+30 {p} {g}", "+30{p}{s}"], first="1-9"),
        T(["2310"], 6, [[6], [3, 3]], ["{p} {g}", "{p}-{s}"], ["+30 {p} {g}"], first="2-9"),
    ]),
    "HU": dict(cc="36", types=[
        T(["20", "30", "31", "50", "70"], 7, [[3, 4]],
          ["06 {p} {g}", "06-{p}-{gd}", "06/{p}/{s}", "06{p}{s}", "06 ({p}) {g}", "06-{p}/{gd}"],
          ["+36 {p} {g}", "+36-{p}-{gd}", "0036 {p} {g}", "+36{p}{s}", "+36 ({p}) {g}"], first="1-9", weight=2),
        T(["1"], 7, [[3, 4]], ["06 {p} {g}", "06-{p}-{gd}", "(06 {p}) {g}"], ["+36 {p} {g}", "+36-{p}-{gd}"],
          first="2-9"),
    ]),
    "RO": dict(cc="40", types=[
        T(["72x", "73x", "74x", "75x", "76x", "78x"], 6, [[3, 3]],
          ["0{p} {g}", "0{p}.{gp}", "0{p}-{gd}", "0{p}{s}"], ["+40 {p} {g}", "0040 {p} {g}", "+40{p}{s}",
                                                               "+40 {p}.{gp}"], weight=2),
        T(["21", "31"], 7, [[3, 4], [3, 2, 2]], ["0{p} {g}", "0{p}.{gp}", "0{p}-{gd}"], ["+40 {p} {g}", "+40{p}{s}"],
          first="2-4"),
    ]),
    "GB": dict(cc="44", types=[
        T(["74xx", "75[0-57-9]x", "77[0-9]x", "78xx", "79xx"], 6, [[6], [3, 3]],
          ["0{p} {g}", "0{p}{s}", "0{p} {g}", "0{p}-{s}"],
          ["+44 {p} {g}", "+44 (0){p} {g}", "+44{p}{s}", "0044 {p} {g}", "+44 (0) {p} {g}"], first="1-9", weight=3),
        T(["20"], 8, [[4, 4]], ["0{p} {g}", "(0{p}) {g}", "0{p}{s}", "0{p}-{g}"],
          ["+44 {p} {g}", "+44 (0){p} {g}", "+44{p}{s}", "0044 {p} {g}"], first="378", weight=2),
        T(["161", "131", "121", "113", "117", "141", "151"], 7, [[3, 4]], ["0{p} {g}", "(0{p}) {g}", "0{p}{s}"],
          ["+44 {p} {g}", "+44 (0){p} {g}", "+44{p}{s}"], first="2-9"),
    ]),
    "US": dict(cc="1", types=[
        T(["212", "312", "415", "617", "206", "512", "303", "404", "305", "213", "646", "702", "612", "919",
           "503", "720"], 7, [[3, 4]],
          ["({p}) {gd}", "{p}-{gd}", "{p}.{gp}", "{p} {g}", "{p}{s}", "1-{p}-{gd}", "1 ({p}) {gd}", "({p}){gd}"],
          ["+1 {p} {g}", "+1-{p}-{gd}", "+1 ({p}) {gd}", "+1{p}{s}", "+1.{p}.{gp}", "+1 {p}-{gd}"],
          first="2-9", weight=3),
    ]),
    "CA": dict(cc="1", types=[
        T(["416", "604", "514", "613", "403", "780", "647", "902", "438", "236"], 7, [[3, 4]],
          ["({p}) {gd}", "{p}-{gd}", "{p}.{gp}", "{p} {g}", "1-{p}-{gd}"],
          ["+1 {p} {g}", "+1-{p}-{gd}", "+1 ({p}) {gd}", "+1{p}{s}"], first="2-9", weight=3),
    ]),
    "CN": dict(cc="86", types=[
        T(["13x", "15[0-35-9]", "17[35-8]", "18x", "19[89]", "166"], 8, [[4, 4]],
          ["{p} {g}", "{p}{s}", "{p}-{gd}", "{p}{s}", "{p}{s}"],
          ["+86 {p} {g}", "+86-{p}{s}", "+86 {p}{s}", "0086 {p} {g}", "(+86){p}{s}", "+86{p}{s}",
           "+86-{p}-{gd}"], first="0-9", weight=4),
        T(["10", "21", "20", "755", "571", "28", "25", "512", "27", "23"], 8, [[8], [4, 4]],
          ["0{p}-{s}", "0{p}-{gd}", "(0{p}){s}", "0{p} {g}", "0{p}-{s}", "(0{p}) {s}", "0{p}{s}"],
          ["+86 {p} {g}", "+86-{p}-{s}", "0086-{p}-{s}", "+86 {p} {s}"], first="5-8", weight=3),
    ]),
    "HK": dict(cc="852", types=[
        T(["5[1-9]xx", "6xxx", "9[0-8]xx"], 4, [[4]], ["{p} {s}", "{p}{s}", "{p}-{s}"],
          ["+852 {p} {s}", "(852) {p} {s}", "+852-{p}-{s}", "+852{p}{s}", "00852 {p} {s}", "(+852) {p} {s}"],
          weight=2),
        T(["2[1-9]xx", "3[1-9]xx"], 4, [[4]], ["{p} {s}", "{p}{s}"], ["+852 {p} {s}", "(852) {p} {s}",
                                                                     "+852 {p}-{s}"]),
    ]),
    "TW": dict(cc="886", types=[
        T(["9[0-8]x"], 6, [[3, 3]], ["0{p}-{gd}", "0{p} {g}", "0{p}{s}", "0{p}-{s}"],
          ["+886 {p} {g}", "+886-{p}-{gd}", "+886{p}{s}", "+886 {p}{s}", "+886 (0){p} {g}"], weight=2),
        T(["2"], 8, [[4, 4]], ["(0{p}){gd}", "0{p}-{gd}", "0{p} {g}", "(0{p}) {g}", "0{p}-{s}"],
          ["+886 {p} {g}", "+886-{p}-{gd}", "+886 {p}-{gd}"], first="2-8"),
        T(["7", "4"], 7, [[3, 4]], ["(0{p}){gd}", "0{p}-{gd}", "0{p} {g}"], ["+886 {p} {g}", "+886-{p}-{gd}"],
          first="2-8"),
    ]),
    "JP": dict(cc="81", types=[
        T(["90", "80", "70"], 8, [[4, 4]], ["0{p}-{gd}", "0{p} {g}", "0{p}{s}", "0{p}-{gd}"],
          ["+81 {p}-{gd}", "+81 {p} {g}", "+81-{p}-{gd}", "+81{p}{s}", "+81 (0){p}-{gd}"], first="1-9",
          weight=2),
        T(["3", "6"], 8, [[4, 4]], ["0{p}-{gd}", "0{p} {g}", "(0{p}) {gd}"], ["+81 {p}-{gd}", "+81-{p}-{gd}",
                                                                           "+81 {p} {g}"], first="3-6"),
        T(["45", "52", "75", "92", "11"], 7, [[3, 4]], ["0{p}-{gd}", "0{p} {g}"], ["+81 {p}-{gd}", "+81 {p} {g}"],
          first="2-9"),
    ]),
    "KR": dict(cc="82", types=[
        T(["10"], 8, [[4, 4]], ["0{p}-{gd}", "0{p} {g}", "0{p}{s}", "0{p}.{gp}", "0{p}-{gd}"],
          ["+82 {p}-{gd}", "+82 {p} {g}", "+82-{p}-{gd}", "+82{p}{s}", "+82 (0){p}-{gd}"], first="2-9", weight=2),
        T(["2"], [7, 8], [[3, 4], [4, 4]], ["0{p}-{gd}", "0{p} {g}", "(0{p}) {gd}"],
          ["+82 {p}-{gd}", "+82 {p} {g}"], first="2-9"),
        T(["31", "51", "53"], [7, 8], [[3, 4], [4, 4]], ["0{p}-{gd}", "0{p} {g}"], ["+82 {p}-{gd}"], first="2-9"),
    ]),
    "IN": dict(cc="91", types=[
        T(["9xxxx", "8xxxx", "7[0-9]xxx", "6[2-9]xxx"], 5, [[5]],
          ["{p} {s}", "{p}{s}", "0{p} {s}", "0{p}{s}", "{p}-{s}"],
          ["+91 {p} {s}", "+91-{p}{s}", "+91{p}{s}", "+91 {p}-{s}", "0091 {p} {s}", "+91-{p}-{s}"], weight=2),
        T(["11", "22", "80", "44", "33"], 8, [[4, 4]], ["0{p}-{g}", "0{p} {g}", "0{p}-{s}", "(0{p}) {g}"],
          ["+91 {p} {g}", "+91-{p}-{s}", "+91 {p} {s}"], first="2-6"),
    ]),
    "AU": dict(cc="61", types=[
        T(["4[0-9]x"], 6, [[3, 3]], ["0{p} {g}", "0{p}{s}", "0{p}-{gd}", "0{p} {g}"],
          ["+61 {p} {g}", "+61 (0){p} {g}", "+61{p}{s}", "0061 {p} {g}", "+61-{p}-{gd}"], weight=2),
        T(["2", "3", "7", "8"], 8, [[4, 4]], ["(0{p}) {g}", "0{p} {g}", "0{p}{s}"],
          ["+61 {p} {g}", "+61 (0){p} {g}", "+61{p}{s}"], first="3-9"),
    ]),
}

# Ofcom drama ranges and other fictional/reserved blocks that we do not want to plant.
FICTIONAL = [("GB", "2079460"), ("GB", "1614960"), ("GB", "7700900"), ("GB", "1134960"), ("GB", "1174960"),
             ("GB", "1214960"), ("GB", "1314960"), ("GB", "1414960"), ("GB", "1514960"), ("AU", "255501"),
             ("AU", "355501"), ("AU", "755501"), ("AU", "855501"), ("AU", "491570")]

FULLWIDTH = str.maketrans("0123456789+-()", "０１２３４５６７８９＋－（）")


def groups_of(s, pattern):
    out, i = [], 0
    for k in pattern:
        out.append(s[i:i + k])
        i += k
    return out


def make_phone(region, rng, national=None, fullwidth=False, line=None):
    """Returns (written form, region, 'national'|'international', nsn). line: None, 'mob' or 'land'.
    The first type of every plan is the mobile range (US/CA: one type for both)."""
    plan = PHONE_PLANS[region]
    types = plan["types"]
    if line == "mob" or len(types) == 1:
        types = types[:1]
    elif line == "land":
        types = types[1:]
    for _ in range(500):
        t = rng.choices(types, weights=[x["weight"] for x in types])[0]
        p = expand(rng.choice(t["pre"]), rng)
        n = rng.choice(t["n"])
        first = t["first"] or "0-9"
        s = expand("[" + first + "]" + "x" * (n - 1), rng)
        # US/CA: no N11 exchange, no 555 exchange
        if region in ("US", "CA") and (s[1:3] == "11" or s[:3] == "555"):
            continue
        nsn = p + s
        if any(r == region and nsn.startswith(pref) for r, pref in FICTIONAL):
            continue
        try:
            num = phonenumbers.parse("+" + plan["cc"] + nsn, None)
        except phonenumbers.NumberParseException:
            continue
        if not phonenumbers.is_valid_number(num) or phonenumbers.region_code_for_number(num) != region:
            continue
        pats = [g for g in t["grp"] if sum(g) == n] or [[n]]
        g = groups_of(s, rng.choice(pats))
        nat = rng.random() < 0.5 if national is None else national
        fmt = rng.choice(t["nat"] if nat else t["intl"])
        written = fmt.format(p=p, s=s, g=" ".join(g), gd="-".join(g), gp=".".join(g))
        if fullwidth:
            written = written.translate(FULLWIDTH)
        return written, region, "national" if nat else "international", nsn
    raise RuntimeError("no valid number for " + region)


ALL_REGIONS = sorted(PHONE_PLANS)
HOME = {"de": ["DE", "DE", "AT", "CH"], "fr": ["FR", "FR", "BE", "CH"], "zh": ["CN", "CN", "CN", "HK", "TW"],
        "en": ["GB", "GB", "US", "US", "CA", "IE", "AU", "IN"]}


# ---------------------------------------------------------------------------------------------------------
# Number look-alikes, drawn per language
# ---------------------------------------------------------------------------------------------------------

MONTHS = {
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
}


def digits(n, rng, first="1-9"):
    return expand("[" + first + "]" + "x" * (n - 1), rng)


def la_date(lang, rng):
    y = rng.choice([2024, 2025, 2025, 2026, 2026])
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    if lang == "de":
        return rng.choice([f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.{y}", f"{d}. {MONTHS['de'][m - 1]} {y}",
                           f"{d:02d}.{m:02d}.", f"{d}. {MONTHS['de'][m - 1]}", f"{y}-{m:02d}-{d:02d}"])
    if lang == "fr":
        return rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS['fr'][m - 1]} {y}", f"{d} {MONTHS['fr'][m - 1]}",
                           f"{d:02d}.{m:02d}.{y}", f"{d:02d}/{m:02d}"])
    if lang == "zh":
        return rng.choice([f"{y}年{m}月{d}日", f"{m}月{d}日", f"{y}-{m:02d}-{d:02d}", f"{y}.{m}.{d}", f"{m}月{d}号",
                           f"{y}/{m}/{d}"])
    return rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS['en'][m - 1]} {y}", f"{MONTHS['en'][m - 1]} {d}, {y}",
                       f"{y}-{m:02d}-{d:02d}", f"{m}/{d}/{y}", f"{d} {MONTHS['en'][m - 1]}"])


def la_time(lang, rng):
    h = rng.randint(7, 21)
    mi = rng.choice([0, 0, 15, 30, 30, 45, 10, 20, 40, 50])
    if lang == "de":
        return rng.choice([f"{h}:{mi:02d}", f"{h}:{mi:02d} Uhr", f"{h}.{mi:02d} Uhr", f"{h} Uhr"])
    if lang == "fr":
        return rng.choice([f"{h}h{mi:02d}" if mi else f"{h}h", f"{h}:{mi:02d}", f"{h} h {mi:02d}" if mi else f"{h} h"])
    if lang == "zh":
        hh = h if h <= 12 else h - 12
        part = "上午" if h < 12 else ("下午" if h < 18 else "晚上")
        return rng.choice([f"{h}:{mi:02d}", f"{part}{hh}点" + (f"{mi}分" if mi else ""), f"{hh}点半",
                           f"{h}点{mi}分" if mi else f"{h}点"])
    hh = h if h <= 12 else h - 12
    return rng.choice([f"{hh}:{mi:02d} pm" if h >= 12 else f"{hh}:{mi:02d} am", f"{h}:{mi:02d}",
                       f"{hh}{'pm' if h >= 12 else 'am'}"])


def _thousands(n, sep):
    s = str(n)
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:])
        s = s[:-3]
    out.insert(0, s)
    return sep.join(out)


def la_bigprice(lang, rng):
    return la_price(lang, rng, big=True)


def la_price(lang, rng, big=False):
    euros = rng.randint(1000, 4999) if big else rng.randint(3, 399)
    cents = rng.choice([0, 0, 99, 90, 50, 95, 49])
    if lang == "de":
        return rng.choice([f"{_thousands(euros, '.')},{cents:02d} €", f"{_thousands(euros, '.')},{cents:02d} EUR",
                           f"€ {_thousands(euros, '.')},{cents:02d}", f"{euros},- €", f"{euros} Euro"])
    if lang == "fr":
        return rng.choice([f"{_thousands(euros, NNBSP)},{cents:02d}{NNBSP}€", f"{_thousands(euros, ' ')},{cents:02d} €",
                           f"{euros} €", f"{euros},{cents:02d} euros", f"{_thousands(euros, '.')},{cents:02d} €"])
    if lang == "zh":
        return rng.choice([f"¥{_thousands(euros, ',')}", f"￥{euros}", f"{euros}元", f"{euros}.{cents:02d}元",
                           f"¥{euros}.{cents:02d}", f"{euros}块"])
    return rng.choice([f"£{_thousands(euros, ',')}.{cents:02d}", f"${_thousands(euros, ',')}.{cents:02d}",
                       f"€{euros}", f"${euros}", f"£{euros}"])


def la_order(lang, rng):
    if lang == "zh":
        return rng.choice([digits(19, rng), digits(16, rng), "DD" + digits(14, rng), digits(12, rng)])
    return rng.choice([
        f"{digits(3, rng)}-{digits(7, rng)}-{digits(7, rng)}",
        "#" + digits(7, rng),
        f"{rng.choice(['A', 'B', 'DE', 'FR', 'WEB', 'SO'])}-{rng.choice([2025, 2026])}-{digits(6, rng, '0-9')}",
        digits(10, rng),
        f"{digits(4, rng)}-{digits(4, rng)}",
        f"{digits(3, rng)} {digits(3, rng, '0-9')} {digits(3, rng, '0-9')}",
    ])


def la_invoice(lang, rng):
    y = rng.choice([2025, 2026])
    if lang == "de":
        return rng.choice([f"RE-{y}-{digits(5, rng, '0')}", f"R{y}{digits(4, rng, '0-9')}", f"{y}/{digits(4, rng, '0')}"])
    if lang == "fr":
        return rng.choice([f"F-{y}-{digits(4, rng, '0-9')}", f"FAC{y}{digits(5, rng, '0')}", f"{y}-{digits(5, rng, '0')}"])
    if lang == "zh":
        return rng.choice([digits(8, rng, "0"), f"FP{y}{digits(6, rng, '0-9')}", digits(20, rng, "1-4")])
    return rng.choice([f"INV-{digits(5, rng)}", f"INV-{y}-{digits(4, rng, '0')}", f"{y}/{digits(4, rng, '0')}"])


def s10_check(d8):
    w = [8, 6, 4, 2, 3, 5, 9, 7]
    c = 11 - sum(int(a) * b for a, b in zip(d8, w)) % 11
    return "0" if c == 10 else "5" if c == 11 else str(c)


def la_track(lang, rng):
    d8 = digits(8, rng, "0-9")
    opts = [
        "1Z" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXY") for _ in range(6)) + digits(10, rng, "0-9"),
        rng.choice(["RR", "RX", "LX", "CP", "EE"]) + d8 + s10_check(d8) + rng.choice(["DE", "FR", "CN", "GB", "NL"]),
        "00340434" + digits(12, rng, "0-9"),
    ]
    if lang == "zh":
        opts += ["SF" + digits(13, rng), "JDV" + digits(12, rng, "0-9"), "YT" + digits(16, rng, "0-9"),
                 "75" + digits(13, rng, "0-9")]
    if lang == "fr":
        opts += ["6A" + digits(11, rng, "0-9"), "8R" + digits(11, rng, "0-9")]
    if lang == "de":
        opts += ["JJD" + digits(18, rng, "0"), digits(12, rng)]
    return rng.choice(opts)


def la_ref(lang, rng):
    if lang == "de":
        return rng.choice([f"KD-{digits(4, rng)}-{digits(4, rng, '0-9')}", f"{digits(2, rng)} {digits(3, rng, '0-9')} {digits(3, rng, '0-9')}",
                           f"K-{digits(7, rng, '0')}", f"VN {digits(9, rng)}", f"{digits(3, rng)}.{digits(3, rng, '0-9')}.{digits(3, rng, '0-9')}"])
    if lang == "fr":
        return rng.choice([f"{digits(4, rng)} {digits(4, rng, '0-9')} {rng.choice('ABCDEFGH')}", f"CL-{digits(6, rng)}",
                           f"{digits(2, rng)} {digits(2, rng, '0-9')} {digits(2, rng, '0-9')} {digits(3, rng, '0-9')}"])
    if lang == "zh":
        return rng.choice([f"KH{rng.choice([2024, 2025, 2026])}{digits(4, rng, '0-9')}", f"HT-{digits(8, rng)}",
                           f"NO.{digits(9, rng)}"])
    return rng.choice([f"ACC-{digits(6, rng)}", f"CUST-{digits(5, rng)}", f"{digits(4, rng)}-{digits(4, rng, '0-9')}-{digits(2, rng, '0-9')}"])


def la_version(lang, rng):
    return rng.choice([f"v{rng.randint(1, 9)}.{rng.randint(0, 24)}.{rng.randint(0, 19)}",
                       f"10.0.{rng.choice([19045, 22621, 22631, 26100])}.{rng.randint(1000, 5999)}",
                       f"{rng.randint(1, 4)}.{rng.randint(0, 13)}.{rng.randint(0, 12)}",
                       f"1.8.0_{rng.randint(200, 452)}",
                       f"{rng.randint(15, 18)}.{rng.randint(0, 7)}.{rng.randint(1, 3)}",
                       f"v{rng.randint(0, 3)}.{rng.randint(1, 30)}.{rng.randint(0, 9)}-beta.{rng.randint(1, 5)}"])


def la_flight(lang, rng):
    al = rng.choice(["LH", "LX", "OS", "AF", "KL", "BA", "U2", "FR", "CA", "MU", "CZ", "UA", "DL", "EK", "SQ", "CX",
                     "NH", "KE", "EW", "IB", "TP", "SK", "AY", "EI", "LO", "OK", "A3", "HU", "ZH", "3U"])
    n = str(rng.randint(1, 9899))
    return rng.choice([f"{al} {n}", f"{al}{n}"])


def la_model(lang, rng):
    return rng.choice([
        f"SM-{rng.choice('ASGFN')}{rng.randint(100, 999)}{rng.choice('BFUN')}",
        f"WH-{rng.choice([1000, 700, 500])}XM{rng.randint(3, 6)}",
        f"RTX {rng.choice([3060, 4060, 4070, 4080, 5070])}",
        f"XPS {rng.choice([13, 14, 15, 16])} {rng.randint(9300, 9799)}",
        f"DCP-L{rng.randint(2500, 3600)}DW",
        f"EOS R{rng.choice(['5', '6', '7', '8', '50', '10'])}",
        f"ThinkPad T{rng.choice([14, 16])} Gen {rng.randint(2, 5)}",
    ])


def la_appliance(lang, rng):
    return rng.choice([
        f"KG{rng.randint(33, 49)}{rng.choice(['NAI', 'VVE', 'EAC'])}{rng.randint(1, 9)}{rng.choice('PLA')}",
        f"{rng.choice(['WM', 'WAN', 'WGG'])}{rng.randint(14, 28)}{rng.choice('ABCEFG')}{rng.randint(1, 9)}{rng.choice(['0', '40', 'S'])}",
        f"SMV{rng.randint(2, 8)}{rng.choice('HEZ')}{rng.choice('CVX')}{rng.randint(10, 99)}E",
        f"G {rng.randint(5, 7)}{rng.randint(100, 999)} SCVi",
        f"RB{rng.randint(34, 38)}T{rng.randint(600, 675)}{rng.choice(['ESA', 'EWW', 'CSA'])}",
    ])


def ean13(prefix, rng):
    body = prefix + digits(12 - len(prefix), rng, "0-9")
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def luhn_ok(s):
    ds = [int(c) for c in s][::-1]
    return sum(d if i % 2 == 0 else (d * 2 - 9 if d * 2 > 9 else d * 2) for i, d in enumerate(ds)) % 10 == 0


def la_isbn(lang, rng):
    grp = {"de": "3", "fr": "2", "zh": "7", "en": "1"}[lang]
    while True:
        pub = digits(rng.choice([2, 3, 4]), rng, "0-9")
        title = digits(8 - len(pub), rng, "0-9")
        body = "978" + grp + pub + title
        s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
        c = str((10 - s % 10) % 10)
        return rng.choice([f"978-{grp}-{pub}-{title}-{c}", body + c, f"978 {grp} {pub} {title} {c}"])


def la_ean(lang, rng):
    pref = {"de": ["40", "41", "42", "43", "44"], "fr": ["30", "34", "37"], "zh": ["690", "692", "693", "695"],
            "en": ["50", "00", "03"]}[lang]
    while True:
        v = ean13(rng.choice(pref), rng)
        if not (v[0] in "3456" and luhn_ok(v)):
            return v


def la_postal(lang, rng):
    if lang == "de":
        return rng.choice(["10115", "80331", "50667", "20095", "60311", "70173", "01067", "04109", "90402", "28195",
                           "79098", "24103", "53111", "44135", "99084"])
    if lang == "fr":
        return rng.choice(["75011", "69003", "13001", "31000", "33000", "44000", "67000", "59800", "06000", "35000",
                           "34000", "21000", "75116", "92100"])
    if lang == "zh":
        return rng.choice(["100020", "200040", "518052", "310012", "610041", "510620", "210008", "430071", "215021",
                           "300051"])
    return rng.choice(["SW1A 2AA", "EC1A 1BB", "M1 1AE", "EH1 1YZ", "B33 8TH", "CR2 6XH", "LS1 4DY", "BS1 5TR",
                       "94103", "10001", "60601", "02139", "98109"])


def la_qty(lang, rng):
    n = rng.randint(2, 24)
    if lang == "de":
        return rng.choice([f"{n} Stück", f"{n * 50} g", f"{n},5 kg", f"{n} Liter", f"{n} Packungen", f"{n} x"])
    if lang == "fr":
        return rng.choice([f"{n} boîtes", f"{n * 50} g", f"{n} kg", f"{n} bouteilles", f"{n} cartons", f"{n} pièces"])
    if lang == "zh":
        return rng.choice([f"{n}件", f"{n}箱", f"{n * 50}克", f"{n}瓶", f"{n}斤", f"{n}盒"])
    return rng.choice([f"{n} boxes", f"{n * 50} g", f"{n} kg", f"{n} bottles", f"{n} packs", f"{n} units"])


def la_room(lang, rng):
    f = rng.randint(1, 6)
    r = rng.randint(1, 40)
    if lang == "zh":
        return rng.choice([f"{f}{r:02d}室", f"{rng.choice('ABCD')}{f}{r:02d}", f"{f}{r:02d}会议室"])
    return rng.choice([f"{f}.{r:02d}", f"{rng.choice('ABCD')} {f}.{r:02d}", f"{f}{r:02d}", f"{rng.choice('ABCD')}{f}{r:02d}"])


def la_pct(lang, rng):
    n = rng.choice([5, 10, 12, 15, 20, 25, 30, 40, 50, 70, 19, 7])
    if lang == "de":
        return rng.choice([f"{n} %", f"{n}%", f"{n},5 %"])
    if lang == "fr":
        return rng.choice([f"{n}{NNBSP}%", f"{n} %", f"{n},5 %"])
    if lang == "zh":
        return rng.choice([f"{n}%", f"百分之{n}"])
    return rng.choice([f"{n}%", f"{n}.5%"])


def la_year(lang, rng):
    y = str(rng.choice(list(range(1989, 2027))))
    return y + "年" if lang == "zh" and rng.random() < 0.5 else y


def la_score(lang, rng):
    a, b = sorted([rng.randint(0, 5), rng.randint(0, 4)], reverse=True)
    if lang == "zh":
        return rng.choice([f"{rng.randint(60, 100)}分", f"{a}比{b}", f"{a}:{b}"])
    if lang == "fr":
        return rng.choice([f"{a}-{b}", f"{a} à {b}"])
    if lang == "de":
        return rng.choice([f"{a}:{b}", f"{a} zu {b}"])
    return rng.choice([f"{a}-{b}", f"{a}:{b}"])


def la_grade(lang, rng):
    if lang == "zh":
        return f"{rng.randint(62, 100)}分"
    if lang == "fr":
        return rng.choice([f"{rng.randint(8, 19)}/20", f"{rng.randint(8, 19)},5/20"])
    if lang == "de":
        return rng.choice([f"{rng.randint(1, 4)},{rng.choice([0, 3, 7])}", f"{rng.randint(5, 15)} Punkte"])
    return rng.choice([f"{rng.randint(55, 99)}/100", f"{rng.randint(55, 99)}%"])


LOOKALIKE_SLOTS = {
    "DATE": ("date", la_date), "TIME": ("time", la_time), "PRICE": ("price", la_price),
    "ORDER": ("order_number", la_order), "INVOICE": ("invoice_number", la_invoice),
    "TRACK": ("tracking_number", la_track), "REF": ("reference", la_ref), "VERSION": ("version", la_version),
    "FLIGHT": ("flight_number", la_flight), "MODEL": ("product_code", la_model), "ISBN": ("isbn", la_isbn),
    "EAN": ("product_code", la_ean), "POSTAL": ("postal_code", la_postal), "QTY": ("quantity", la_qty),
    "ROOM": ("room_number", la_room), "PCT": ("percentage", la_pct), "YEAR": ("year", la_year),
    "SCORE": ("score", la_score), "GRADE": ("score", la_grade), "BIGPRICE": ("price", la_bigprice),
    "APPLIANCE": ("product_code", la_appliance),
}


# ---------------------------------------------------------------------------------------------------------
# Template engine
#   {P} {P2} {P|CN} {P|int} {P|nat} {P|fw}   a phone number (same index -> same value)
#   {N1} {N1.first} {N1.last} {N1.lc} {N1.given}   a person (part 3), {E1} an e-mail of person 1
#   {DATE} {DATE2} {PRICE} ...                 a generated look-alike (LOOKALIKE_SLOTS)
#   <<kind:value>>                             a fixed look-alike written into the template
# ---------------------------------------------------------------------------------------------------------

SLOT_RE = re.compile(r"\{([A-Z]+)(\d*)((?:\|[A-Za-z]+)*)(?:\.([a-z]+))?\}|<<([a-z_]+):(.*?)>>")


class Reject(Exception):
    pass


def occurrences(text, value):
    out, i = [], text.find(value)
    while i >= 0:
        out.append((i, i + len(value)))
        i = text.find(value, i + 1)
    return out


def card_shaped(value):
    return any(len(run) in range(13, 20) and run[0] in "3456" and luhn_ok(run)
               for run in re.findall(r"\d+", value))


def render(tpl, lang, rng, people=None, phone_pick=None):
    """Returns (text, pii, lookalikes). people: dict index -> person dict (part 3)."""
    vals = {}
    pii, las = [], []
    out = []
    pos = 0
    for m in SLOT_RE.finditer(tpl):
        out.append(tpl[pos:m.start()])
        pos = m.end()
        if m.group(5):
            kind, value = m.group(5), m.group(6)
            las.append(("la", kind, value))
            out.append(value)
            continue
        name, idx, mods, attr = m.group(1), m.group(2) or "1", m.group(3), m.group(4)
        mods = [x for x in mods.split("|") if x]
        key = (name, idx)
        if name == "P":
            if key not in vals:
                region = next((x for x in mods if x.isupper()), None) or phone_pick(lang)
                national = True if "nat" in mods else False if "int" in mods else None
                line = "mob" if "mob" in mods else "land" if "land" in mods else None
                written, region, form, _ = make_phone(region, rng, national, fullwidth="fw" in mods, line=line)
                vals[key] = written
                pii.append({"type": "PHONE", "value": written, "region": region, "form": form})
            out.append(vals[key])
        elif name == "N":
            person = people[idx]
            form = attr or "full"
            value = person[form]
            if not any(x["type"] == "PERSON" and x["value"] == value for x in pii):
                pii.append({"type": "PERSON", "value": value, "form": person["form"] if form == "full" else form})
            out.append(value)
        elif name == "E":
            value = people[idx]["email"]
            if not any(x["value"] == value for x in pii):
                pii.append({"type": "EMAIL", "value": value})
            out.append(value)
        else:
            if key not in vals:
                kind, fn = LOOKALIKE_SLOTS[name]
                v = fn(lang, rng)
                while card_shaped(v):  # no unlabelled card-like digit run inside a look-alike
                    v = fn(lang, rng)
                vals[key] = v
                las.append(("la", kind, vals[key]))
            out.append(vals[key])
    out.append(tpl[pos:])
    text = "".join(out)
    # consistency: no occurrence of a look-alike overlaps another labelled value's occurrence
    spans = []
    for x in pii:
        spans += [(a, b, "pii", x["value"]) for a, b in occurrences(text, x["value"])]
        if not occurrences(text, x["value"]):
            raise Reject("missing " + x["value"])
    lav = []
    for _, kind, value in las:
        if (kind, value) not in lav:
            lav.append((kind, value))
    for kind, value in lav:
        if not occurrences(text, value):
            raise Reject("missing " + value)
        spans += [(a, b, "la", value) for a, b in occurrences(text, value)]
    for i, (a, b, c, v) in enumerate(spans):
        for a2, b2, c2, v2 in spans[i + 1:]:
            if v != v2 and a < b2 and a2 < b and not (c == "pii" and c2 == "pii"):
                raise Reject(f"overlap {v!r} {v2!r}")
    return text, pii, [{"kind": k, "value": v} for k, v in lav]


# ---------------------------------------------------------------------------------------------------------
# Part 1: phone numbers. Template ids x3-{lang}-pNNN. [[a|b]] picks one option per prompt.
# ---------------------------------------------------------------------------------------------------------

PHONE_TEMPLATES = {
    "de": [
        "Hallo, mein Paket mit der Sendungsnummer {TRACK} ist immer noch nicht da. Bitte rufen Sie mich zurück unter {P}.",
        "Bei Rückfragen: [[Tel.|Telefon|Tel]] {P}, Bestellnummer {ORDER}.",
        "Können Sie mich morgen um {TIME} auf dem Handy anrufen? {P|mob}",
        "Meine neue Handynummer ist {P|mob}, die alte bitte aus dem Kundenkonto löschen (Kundennummer {REF}).",
        "Rechnung {INVOICE} vom {DATE} über {PRICE} ist noch offen, bitte melden Sie sich unter {P}.",
        "Festnetz {P|nat|land}, mobil {P2|mob} – ab {TIME} bin ich wieder erreichbar.",
        "Hi! Ich lande am {DATE} mit {FLIGHT} in Frankfurt, schreib mir einfach auf WhatsApp: {P|mob}",
        "Telefon: {P}\nTermin: {DATE}, {TIME}\nRaum {ROOM}",
        "Kurze Frage zur Bestellung {ORDER}: Der Kühlschrank {APPLIANCE} soll nach {POSTAL} geliefert werden. Rückruf bitte an {P}.",
        "Das Büro in Wien erreichen Sie unter {P|AT}, die Kollegen in Zürich unter {P2|CH}.",
        "Ich habe die App auf {VERSION} aktualisiert und seitdem kommen keine SMS mehr auf {P|mob} an.",
        "Für die Abholung von {QTY} bitte vorher kurz durchklingeln: {P}.",
        "[[Mobil|Handy|Mobil-Nr.]]: {P|mob} (ab {TIME} erreichbar)",
        "Können Sie die Nummer {P} aus dem Verteiler nehmen? Vertrag {REF} ist seit dem {DATE} gekündigt.",
        "Ich brauche das Buch mit der ISBN {ISBN} bis zum {DATE}, bitte Bescheid geben unter {P}.",
        "Meine Durchwahl ist {P}, ich sitze jetzt in Zimmer {ROOM}.",
        "Bin gerade im Zug, Akku bei {PCT}. Falls was ist: {P}",
        "Handy {P|mob} – bitte nur SMS, ich sitze bis {TIME} in einer Besprechung.",
        "Liebe Grüße aus Lissabon! Meine portugiesische Nummer für die nächsten Wochen: {P|PT|mob}",
        "Die Werkstatt hat angerufen, ich soll unter {P} zurückrufen wegen Auftrag {ORDER} ({PRICE}).",
        "Wer hat die Nummer {P} in die Gruppe gepostet? Ist das die vom Vermieter?",
        "Ruf mich an: {P} oder {P2}.",
        "Telefonnummer geändert! Neu: {P}, gültig ab dem {DATE}!",
        "Sendung {TRACK}: Der Fahrer hat es unter {P} versucht, aber das ist nicht meine Nummer. Meine ist {P2}.",
        "Tel.: {P|land} | Fax: {P2|land}\nRabatt {PCT}, Lieferung KW 14",
        "Unsere Ferienwohnung in Budapest: Schlüsselübergabe am {DATE}, der Verwalter ist unter {P|HU} erreichbar.",
    ],
    "fr": [
        "Bonjour, ma commande n° {ORDER} du {DATE} n'est toujours pas arrivée. Vous pouvez me joindre au {P}.",
        "Mon [[portable|mobile|numéro]] : {P|mob}. Je suis disponible après {TIME}.",
        "[[tél.|Tél :|tel]] {P} — facture {INVOICE} d'un montant de {PRICE}",
        "Salut ! Je change de numéro, note le nouveau : {P}",
        "Pour le colis {TRACK}, le livreur peut m'appeler au {P} ou laisser le paquet au gardien.",
        "Je serai à Bruxelles la semaine prochaine, joignable au {P|BE}.",
        "Fixe : {P|nat|land} / portable : {P2|mob}",
        "Rappelez-moi au {P} s'il vous plaît, c'est au sujet du dossier {REF}.",
        "Le rendez-vous est confirmé le {DATE} à {TIME}, salle {ROOM}. En cas d'empêchement, appelez le {P}.",
        "J'ai mis à jour l'appli en {VERSION} et je ne reçois plus les codes SMS sur le {P|mob}.",
        "Vol {FLIGHT} annulé, je suis bloqué à l'aéroport. Appelle-moi sur mon portable : {P|mob}",
        "Numéro de téléphone : {P}\nCode postal : {POSTAL}\nQuantité : {QTY}",
        "Quelqu'un connaît ce numéro ? {P} Ça m'a appelé trois fois ce matin.",
        "Je cherche le livre ISBN {ISBN}, vous pouvez me prévenir au {P} quand il sera disponible ?",
        "Pour la location du {DATE} au {DATE2}, contactez-moi plutôt par WhatsApp : {P|mob}",
        "Mon numéro suisse c'est le {P|CH}, le français ne marche plus.",
        "Bonsoir, je voudrais réserver une table pour six vendredi à {TIME}, mon numéro : {P}",
        "La batterie est à {PCT}, si on est coupés rappelle-moi au {P}.",
        "Livraison du lave-linge {APPLIANCE} prévue le {DATE}. Merci d'appeler le {P} une heure avant.",
        "portable {P|mob} / fixe {P2|land} — je suis en télétravail le mercredi",
        "Vous avez essayé de me joindre depuis le {P} ? Je n'ai pas de message sur mon répondeur.",
        "Voici le numéro de ma sœur au Canada : {P|CA}. Elle répond après {TIME}, heure de Paris.",
        "Pour toute question sur le devis {INVOICE} ({BIGPRICE} TTC), mon numéro direct est le {P}.",
        "Merci de mettre à jour mon dossier : ancien numéro {P}, nouveau numéro {P2}.",
        "Je suis en Italie jusqu'au {DATE}, tu peux m'écrire sur le {P|IT|mob}.",
        "Notre correspondant à Athènes : {P|GR}. Le colis {TRACK} doit lui être remis avant le {DATE}.",
    ],
    "zh": [
        "你好，我的订单{ORDER}还没发货，麻烦尽快处理，有问题打我电话{P}。",
        "[[电话|联系电话]]：{P}\n邮编：{POSTAL}",
        "快递单号{TRACK}显示已签收，但我没收到，联系方式{P}。",
        "我换号了，新号码是{P}，旧号码{P2}不用了。",
        "明天{TIME}到机场，航班{FLIGHT}，到了给我打电话{P}",
        "发票号{INVOICE}，金额{PRICE}，开票有问题请拨打{P}。",
        "电话：{P}（工作日{TIME}以后）",
        "请把{P}加到客户资料里，客户编号{REF}。",
        "我在香港出差，这几天用这个号：{P|HK}",
        "台北办公室电话{P|TW}，有事可以直接打过去。",
        "App升级到{VERSION}以后，{P|mob}收不到验证码了，怎么回事？",
        "{DATE}下午开会，会议室{ROOM}，有事打我手机{P|CN|fw|mob}",
        "这个号码{P}老是给我打骚扰电话，能帮我拉黑吗？",
        "我订了{QTY}，一共{PRICE}，送货前请先打电话{P}确认。",
        "联系方式：{P|mob}，微信同号。",
        "孩子的班主任让家长留电话，我的是{P}，他爸爸的是{P2}。",
        "书号{ISBN}的那本教材还有货吗？有的话打{P}。",
        "我在日本，手机号是{P|JP|mob}，可以发短信。",
        "韩国客户的电话是{P|KR}，{DATE}之前要回复他。",
        "座机{P|land}，传真{P2|land}，{TIME}以后没人接。",
        "您好，我是{DATE}买的{MODEL}，现在坏了，保修还能用吗？我的手机号{P|mob}。",
        "{P}这个号码是你的吗？快递员说打不通。",
        "麻烦帮我改一下收货电话，改成{P}，订单号{ORDER}。",
        "你们店的优惠还有吗？听说能便宜{PCT}，有的话联系我 {P}",
        "我的印度同事电话{P|IN}，澳洲那边的是{P2|AU}。",
        "手机{P|CN|mob}，邮编{POSTAL}，{DATE}前寄到就行。",
    ],
    "en": [
        "Hi, my order {ORDER} from {DATE} hasn't arrived yet. Please call me at {P}.",
        "Call me at {P} after {TIME}, I'm in meetings until then.",
        "New number: {P} (the old one stops working on {DATE}).",
        "Can you update my contact details? Mobile {P|mob}, landline {P2|land}.",
        "Tracking {TRACK} says delivered but nothing's here. The driver can reach me on {P}.",
        "Invoice {INVOICE} for {PRICE} is still unpaid, ring me on {P} if there's an issue.",
        "Landing on {FLIGHT} at {TIME}, text me at {P|mob} when you're outside.",
        "Tel: {P}\nPostcode: {POSTAL}\nQty: {QTY}",
        "My Australian mobile is {P|AU|mob}, WhatsApp works too.",
        "Is {P} your number? Someone from that number left a voicemail about case {REF}.",
        "After updating to {VERSION} I stopped getting 2FA texts on {P|mob}.",
        "Please ship the fridge ({APPLIANCE}) to {POSTAL} and call {P} before delivery.",
        "You can reach our Dublin colleague on {P|IE}.",
        "Phone: {P} | Room {ROOM}",
        "hey it's me, lost my phone, this is my temp number {P|mob}",
        "Could you text the pickup code to {P|mob}? The order is {QTY}.",
        "My Indian number {P|IN} is on roaming, use {P2} instead.",
        "Book ISBN {ISBN}: please call {P} when it's back in stock.",
        "Battery at {PCT}, if I drop off call me back on {P}.",
        "Reservation for {DATE} at {TIME}, contact number {P}.",
        "US office: {P|US}, Toronto: {P2|CA}",
        "please don't call {P} anymore, I cancelled contract {REF} on {DATE}",
        "my Japanese colleague's mobile is {P|JP|mob}, she's expecting a call around {TIME}",
        "Mobile (UK): {P|GB|mob} / mobile (HK): {P2|HK|mob}",
        "Final score was {SCORE}. Coach says call {P} if practice is cancelled.",
    ],
}


# ---------------------------------------------------------------------------------------------------------
# Part 2: prompts without PII. Template ids x3-{lang}-nNNN. Name-like words are planted as look-alikes.
# ---------------------------------------------------------------------------------------------------------

NOPII_TEMPLATES = {
    "de": [
        "Guten Tag, ich möchte meinen Termin vom {DATE} um {TIME} verschieben, weil ich über [[<<holiday:Fronleichnam>>|<<holiday:Pfingsten>>|<<holiday:Mariä Himmelfahrt>>|<<holiday:Ostern>>]] verreist bin.\n\nViele Grüße",
        "Kann mir jemand ein Rezept für [[<<dish:Königsberger Klopse>>|<<dish:Kaiserschmarrn>>|<<dish:Strammer Max>>|<<dish:Leipziger Allerlei>>|<<dish:Eggs Benedict>>]] geben? Ich koche am [[<<month_weekday:Samstag>>|<<month_weekday:Sonntag>>|<<month_weekday:Freitag>>]] für die ganze Familie, Budget ca. {PRICE}.",
        "Der <<common_noun:Bauer>> vom Hofladen in der [[<<place:Goethestraße>>|<<place:Schillerstraße>>|<<place:Bismarckstraße>>]] hat jetzt auch Eier. Ein Karton kostet {PRICE}.",
        "Bestellung {ORDER}: Die Lieferung an die Packstation in {POSTAL} ist seit dem {DATE} überfällig. Bitte prüfen Sie die Sendung {TRACK}.\n\nMit freundlichen Grüßen",
        "Wie lange braucht man mit dem ICE von [[<<place:Karlsruhe>>|<<place:Ludwigshafen>>|<<place:Wilhelmshaven>>|<<place:Friedrichshafen>>]] nach [[<<place:Sankt Augustin>>|<<place:Bad Homburg>>|<<place:Ludwigsburg>>]]? Abfahrt wäre gegen {TIME}.",
        "Unser <<common_noun:Koch>> hat gekündigt und am {DATE} kommen 80 Gäste. Hat jemand Tipps für einen Cateringservice in {POSTAL}?",
        "Meine Rechnung {INVOICE} über {PRICE} wurde doppelt abgebucht. Kundennummer {REF}. Bitte um Erstattung.\nViele Grüße",
        "Hallo zusammen, das Update auf {VERSION} bricht bei uns den Export nach Excel. Betrifft alle Rechner in Raum {ROOM}. Gibt es einen Workaround?",
        "Die <<common_noun:Fischer>> im Hafen von [[<<place:Warnemünde>>|<<place:Cuxhaven>>|<<place:Wilhelmshaven>>]] verkaufen morgens ab {TIME} frischen Hering. Lohnt sich der Ausflug am [[<<month_weekday:Samstag>>|<<month_weekday:Sonntag>>]]?",
        "Welches Buch passt besser für die 9. Klasse: [[<<title:Die Verwandlung>>|<<title:Tschick>>|<<title:Der Vorleser>>]] oder [[<<title:Das Parfum>>|<<title:Der Schimmelreiter>>|<<title:Emil und die Detektive>>]]? Die Klassenarbeit ist am {DATE}.",
        "Ich suche ein Geschenk bei [[<<brand:Hugo Boss>>|<<brand:Fielmann>>|<<brand:Rossmann>>|<<brand:Tchibo>>]] für höchstens {PRICE}. Hat jemand eine Idee für <<holiday:Weihnachten>>?",
        "Kurze Frage für die Nachhilfe: Wie rechne ich {PCT} von {PRICE} aus? Ich komme immer auf was anderes.",
        "Kann ich beim <<common_noun:Schneider>> in der Altstadt die Hose kürzen lassen? Letztes Mal hat das {PRICE} gekostet und am {DATE} ist schon die Hochzeit.",
        "Sehr geehrte Damen und Herren,\n\nanbei die Unterlagen zum Schadensfall {REF} vom {DATE}. Die Reparatur hat {BIGPRICE} gekostet.\n\nMit freundlichen Grüßen",
        "Flug {FLIGHT} am {DATE} wurde gestrichen. Steht mir eine Entschädigung von {PRICE} zu?",
        "Welche Schrauben brauche ich für den Schrank? Artikelnummer {EAN}, Lieferung vom {DATE}, Karton 2 von 3.",
        "Der <<common_noun:Richter>> hat die Verhandlung auf den {DATE} vertagt. Was bedeutet das für unseren Mietstreit?",
        "Im <<month_weekday:August>> fahren wir an den [[<<place:Starnberger See>>|<<place:Chiemsee>>|<<place:Bodensee>>]]. Ist ein Zimmer für {PRICE} pro Nacht realistisch?",
        "Ergebnis vom Wochenende: {SCORE}. Training ab dem {DATE} wieder dienstags um {TIME}, Halle 2.",
        "Kann man <<brand:Dr. Oetker>> Vanillezucker durch echte Vanille ersetzen? Der Kuchen ist für <<holiday:Ostersonntag>>.",
        "Ich habe {QTY} bei <<brand:Kaufland>> bestellt, aber nur die Hälfte bekommen. Bestellnummer {ORDER}.",
        "Vor der Besprechung am <<month_weekday:Donnerstag>> bitte die Folien auf Stand [[<<version:v2.3>>|<<version:v3.0.1>>|<<version:v1.4.2>>|<<version:v0.9>>]] bringen. Beginn {TIME}, Raum {ROOM}.\n\nDanke und viele Grüße\nEuer IT-Team",
        "Der <<common_noun:Zimmermann>> kommt am {DATE} für den Dachstuhl. Angebot: {PRICE}, Anzahlung {PCT}.",
        "Wann hat die Apotheke am <<place:Schillerplatz>> an [[<<holiday:Heiligabend>>|<<holiday:Silvester>>|<<holiday:Ostermontag>>]] geöffnet? Ich muss ein Rezept einlösen.",
        "Hilfe, mein <<brand:Miele>> Geschirrspüler {APPLIANCE} zeigt Fehler F14. Gekauft am {DATE} für {BIGPRICE}.",
        "Gibt es im <<place:Englischen Garten>> noch den Biergarten am Chinesischen Turm? Wir wären am [[<<month_weekday:Sonntag>>|<<month_weekday:Samstag>>]] gegen {TIME} da.",
        "Wie heißt der <<common_noun:Jäger>> im Märchen vom Rotkäppchen eigentlich? Mein Sohn fragt, ich weiß es nicht.",
        "Die <<common_noun:Weber>> in der Ausstellung im Textilmuseum arbeiten noch an alten Webstühlen. Eintritt {PRICE}, geöffnet bis {TIME}.",
        "Ist <<dish:Eggs Benedict>> oder <<dish:Quiche Lorraine>> besser für den Brunch am {DATE}? Wir sind ungefähr zwölf Leute.",
        "Ich hab den Zug um {TIME} verpasst. Fährt der nächste RE nach [[<<place:Ludwigsburg>>|<<place:Karlsruhe>>|<<place:Bad Homburg>>]] auch von Gleis 7?",
        "Paket {TRACK} liegt laut Verfolgung in der Filiale in der <<place:Karl-Marx-Allee>>. Kann ich es bis {DATE} abholen?",
        "Kann ich die ISBN {ISBN} in der Stadtbibliothek vorbestellen? Das Buch heißt [[<<title:Der Schimmelreiter>>|<<title:Faust>>|<<title:Die Blechtrommel>>]].",
        "Servus! Am <<holiday:Nikolaustag>> backen wir im Kindergarten Plätzchen. Wer bringt Butter und Mehl mit? Treffpunkt {TIME}.",
        "Im <<month_weekday:Mai>> steigt die Miete um {PCT}. Ist das bei einem Staffelmietvertrag von {YEAR} überhaupt erlaubt?",
        "Meine BahnCard 50 läuft am {DATE} ab. Kostet die Verlängerung wieder {PRICE}?",
        "Der <<common_noun:Wolf>> wurde letzte Woche bei [[<<place:Lüneburg>>|<<place:Celle>>|<<place:Uelzen>>]] gesichtet. Müssen wir die Schafe nachts in den Stall holen?",
        "Viele Grüße aus dem Urlaub! Das Hotel in {POSTAL} war für {PRICE} pro Nacht echt okay.\n\nLiebe Grüße\neure Nachbarn von oben",
        "Können wir das Kundengespräch auf <<month_weekday:Mittwoch>>, {TIME}, verschieben? Bezug: Angebot {INVOICE}.\n\nBeste Grüße\nIhr Vertriebsteam",
        "Wer hat die <<brand:Haribo>>-Tüte aus dem Besprechungsraum {ROOM} genommen? 😄",
        "Die Kinder wollen an <<holiday:Sankt Martin>> mit Laternen laufen. Start ist um {TIME} an der Kirche, Ende gegen acht.",
        "Mein Sohn hat in Deutsch eine {GRADE} bekommen. Reicht das noch für die Versetzung, wenn Mathe eine {GRADE2} ist?",
        "Wie viel <<everyday_word:Trinkgeld>> gibt man in Wien? Das Essen hat {PRICE} gekostet.",
        "Liefert <<brand:Vorwerk>> den Ersatzakku für den Kobold [[<<product_code:VK7>>|<<product_code:VR7>>|<<product_code:SP7>>|<<product_code:VB100>>]] auch nach {POSTAL}?",
    ],
    "fr": [
        "Bonjour, je voudrais décaler mon rendez-vous du {DATE} à {TIME}.\n\nCordialement",
        "Vous avez une recette de <<dish:quiche lorraine>> sans lardons ? J'attends [[six|huit|dix]] personnes [[<<month_weekday:samedi>>|<<month_weekday:dimanche>>]], budget {PRICE}.",
        "Le <<common_noun:boulanger>> de la <<place:rue Victor-Hugo>> est fermé jusqu'au {DATE}. Vous connaissez une autre boulangerie près de {POSTAL} ?",
        "Commande n° {ORDER} : le colis {TRACK} est bloqué au centre de tri depuis le {DATE}. Merci de vérifier.\n\nCordialement",
        "Combien de temps faut-il pour aller de la <<place:gare Saint-Lazare>> à la <<place:place Charles-de-Gaulle>> en métro vers {TIME} ?",
        "Est-ce que le magasin <<brand:Boulanger>> de [[<<place:Saint-Étienne>>|<<place:Villeneuve-d'Ascq>>|<<place:Montpellier>>]] a encore le lave-linge {APPLIANCE} à {BIGPRICE} ?",
        "J'ai payé deux fois la facture {INVOICE} ({PRICE}). Mon numéro client est {REF}. Merci de me rembourser.\nBien à vous",
        "Depuis la mise à jour {VERSION}, l'application plante quand j'ouvre un PDF. Quelqu'un a le même problème ?",
        "Pour le cours de français : faut-il écrire « la tarte de la maison » ou « la tarte du chef » ? Le devoir est pour le {DATE}.",
        "On part en <<month_weekday:août>> à [[<<place:Saint-Malo>>|<<place:Saint-Jean-de-Luz>>|<<place:Port-Louis>>]]. Un hôtel à {PRICE} la nuit, c'est raisonnable ?",
        "Le vol {FLIGHT} du {DATE} a été annulé. Ai-je droit à une indemnisation de {PRICE} ?",
        "Quel livre conseiller en seconde : [[<<title:Le Petit Prince>>|<<title:L'Étranger>>|<<title:Les Misérables>>]] ou [[<<title:Bel-Ami>>|<<title:Madame Bovary>>|<<title:Le Comte de Monte-Cristo>>]] ?",
        "La <<common_noun:marchande>> de fruits de la <<place:place du Capitole>> vend les fraises à {PRICE} la barquette. C'est cher, non ?",
        "Pouvez-vous livrer {QTY} au bureau avant {TIME} ? Référence commande {ORDER}.",
        "Mon fils a eu {GRADE} en maths, c'est correct pour un premier trimestre ?",
        "Le <<common_noun:berger>> nous a dit que les brebis descendent de l'estive le {DATE}. On peut venir voir avec les enfants ?",
        "Bonjour, la salle {ROOM} est-elle libre [[<<month_weekday:mardi>>|<<month_weekday:jeudi>>|<<month_weekday:vendredi>>]] à partir de {TIME} pour une réunion d'équipe ?\n\nMerci,\nl'équipe RH",
        "Les soldes commencent le {DATE} : jusqu'à -{PCT} chez [[<<brand:Galeries Lafayette>>|<<brand:Printemps>>|<<brand:Yves Rocher>>]], ça vaut le coup ?",
        "Comment réussir une [[<<dish:tarte Tatin>>|<<dish:pêche Melba>>|<<dish:sole meunière>>|<<dish:crêpe Suzette>>]] ? La mienne rate à chaque fois, et c'est pour le {DATE}.",
        "Est-ce que la boutique <<brand:Louis Vuitton>> des Champs-Élysées est ouverte le jour de la <<holiday:Toussaint>> ? Je passe vers {TIME}.",
        "J'ai acheté le livre ISBN {ISBN} mais il manque les pages 40 à 56. Je peux l'échanger ?",
        "Le <<holiday:14 Juillet>> tombe un [[<<month_weekday:lundi>>|<<month_weekday:mardi>>]] cette année ? On organise un pique-nique au <<place:parc de la Tête d'Or>> vers {TIME}.",
        "Pour la randonnée de [[<<month_weekday:samedi>>|<<month_weekday:dimanche>>]], le départ est à {TIME} au parking du col, dénivelé 850 m. Il faut prévoir combien d'eau ?",
        "Je cherche un cadeau pour la <<holiday:fête des Mères>> à moins de {PRICE}. Des idées ?",
        "Mon colis {TRACK} devait arriver à {POSTAL} le {DATE} mais le suivi indique « adresse incomplète ».",
        "Bonjour à tous, rappel : l'assemblée de copropriété a lieu le {DATE} à {TIME}, salle du rez-de-chaussée.\n\nCordialement,\nLe conseil syndical",
        "Mon vin blanc préféré est un <<place:Pouilly-Fumé>>, vous avez une bouteille autour de {PRICE} ?",
        "Le correctif {VERSION} règle-t-il le bug d'affichage sur les écrans 4K ? Build du {DATE}.",
        "On a un exposé sur la <<place:Sainte-Chapelle>> pour le {DATE}, des sources fiables à conseiller ?",
        "Le match s'est terminé sur le score de {SCORE}, quelqu'un a vu le but dans les arrêts de jeu ?",
        "Comment dit-on « <<everyday_word:rose>> » et « <<everyday_word:olivier>> » en allemand ? Je révise pour le contrôle du {DATE}.",
        "Est-ce que le <<place:boulevard Saint-Germain>> est fermé à la circulation le <<month_weekday:dimanche>> ? Je dois livrer {QTY} avant {TIME}.",
        "Bien reçu votre devis {INVOICE}, nous validons {QTY} au prix de {PRICE} HT.\n\nBien cordialement,\nle service achats",
        "Est-ce que le <<dish:croque-monsieur>> se congèle bien ? J'en ai préparé pour le pique-nique du {DATE}.",
        "Quelle est la différence entre le <<place:Mont-Saint-Michel>> à marée haute et à marée basse ? On y sera vers {TIME}.",
        "Le TGV de {TIME} pour [[<<place:Saint-Nazaire>>|<<place:Aix-les-Bains>>|<<place:Saint-Brieuc>>]] part de quel quai ? J'ai une réservation {REF}.",
    ],
    "zh": [
        "<<everyday_word:周末>>想去<<place:中山公园>>放风筝，{DATE}天气怎么样？",
        "<<everyday_word:黄金>>首饰现在<<everyday_word:金价>>多少一克？我想买{QTY}，预算{PRICE}左右。",
        "请问<<title:孙子兵法>>哪个版本适合初中生看？书号{ISBN}那个可以吗？",
        "订单{ORDER}买的<<everyday_word:李子>>坏了一半，能退款吗？",
        "<<everyday_word:王者>>荣耀更新到{VERSION}以后一直闪退，怎么办？",
        "我们小区门口的<<everyday_word:马路>>什么时候修好？{DATE}说完工，到现在也没完。",
        "今天好<<everyday_word:高兴>>，数学考了{GRADE}！",
        "<<everyday_word:白菜>>炖豆腐怎么做才好吃？要放多少盐？",
        "<<everyday_word:何时>>能收到快递？单号{TRACK}，{DATE}就发货了。",
        "公司<<everyday_word:许多>>同事反映{ROOM}的空调坏了，麻烦后勤看一下。\n此致\n敬礼",
        "这个<<everyday_word:程序>>在Python [[<<version:3.11.7>>|<<version:3.12.2>>|<<version:3.9.18>>|<<version:3.13.0>>]]上报错，提示找不到模块，怎么解决？",
        "请问在哪里可以<<everyday_word:张贴>>招聘海报？我们{DATE}要办招聘会。",
        "<<everyday_word:胡萝卜>>和<<everyday_word:白菜>>一起包饺子好吃吗？我买了{QTY}。",
        "喜欢看<<everyday_word:韩剧>>的朋友推荐几部吧，{YEAR}以后的就行。",
        "<<everyday_word:唐诗>>三百首里哪几首适合{DATE}的朗诵比赛？",
        "Word里怎么把默认字体改成<<everyday_word:宋体>>？版本是[[<<version:16.0.17328.20162>>|<<version:16.0.18025.20104>>|<<version:2019>>]]，{DATE}刚装的。",
        "我的<<everyday_word:钱包>>丢在{FLIGHT}航班上了，座位号32C，能帮忙联系失物招领吗？",
        "厨房里<<everyday_word:常用>>的调料有哪些？我刚搬家，预算{PRICE}。",
        "<<everyday_word:于是>>我把<<everyday_word:文件>>发到了群里，但大家说打不开，格式是docx。",
        "<<everyday_word:石头>>剪刀布玩了十局，最后比分{SCORE}，谁请客？",
        "<<everyday_word:江湖>>菜馆的水煮鱼现在多少钱？上次吃是{PRICE}。",
        "<<everyday_word:杨柳>>青年画哪里能买到？我想{DATE}去天津看看。",
        "商场<<everyday_word:陈列>>柜里那款{MODEL}能帮我留一下吗？<<everyday_word:方便>>的话{DATE}去取。",
        "<<everyday_word:林业>>局的考试{DATE}报名截止，考试<<everyday_word:范围>>在哪看？",
        "<<everyday_word:朱红>>色的大门配什么颜色的对联好看？<<holiday:春节>>要用。",
        "我想买<<brand:李宁>>的跑鞋，{PRICE}以内有推荐吗？",
        "<<brand:周大福>>的金镯子现在有优惠吗？听说会员能便宜{PCT}。",
        "家长们好，{DATE}{TIME}在{ROOM}开家长会，请准时参加。\n班主任",
        "<<everyday_word:孙子>>今年上幼儿园，学费{PRICE}一学期贵不贵？",
        "从<<place:徐家汇>>到<<place:陆家嘴>>坐地铁要多久？大概{TIME}出发。",
        "我买的是{DATE}的<<everyday_word:高铁>>票，想改签，手续费是票价的{PCT}吗？",
        "请问<<place:鲁迅公园>>{DATE}开放吗？我们想带孩子去。",
        "客服您好，发票{INVOICE}的抬头开错了，金额{PRICE}，麻烦重开一张。\n谢谢！",
        "<<everyday_word:马上>>就要期末考试了，{DATE}考语文，有什么复习建议？",
        "本店<<everyday_word:黄金>>回收价今天{PRICE}一克，<<everyday_word:金价>>每天更新。",
        "<<brand:王老吉>>一箱现在卖{PRICE}，比上个月贵了{PCT}。",
        "<<everyday_word:周末>>加班的调休怎么算？我{DATE}和{DATE2}都来了。",
        "<<everyday_word:高兴>>地告诉大家：我们的项目{VERSION}版本正式上线了！",
    ],
    "en": [
        "Is the <<place:Victoria Station>> ticket office open on [[<<holiday:Boxing Day>>|<<holiday:Good Friday>>|<<holiday:Easter Monday>>]]? My train leaves at {TIME}.",
        "Can you suggest a brunch menu with <<dish:Eggs Benedict>> for {DATE}? About ten people.",
        "My order {ORDER} arrived damaged. The item was a {MODEL}, paid {PRICE}.\n\nBest regards,\nthe facilities team",
        "How do I work out {PCT} of {PRICE} as a monthly payment over 12 months?",
        "Flight {FLIGHT} on {DATE} got cancelled. Am I entitled to compensation?",
        "Which is better for a Year 9 book report: [[<<title:Animal Farm>>|<<title:Of Mice and Men>>|<<title:Lord of the Flies>>]] or [[<<title:Great Expectations>>|<<title:Jane Eyre>>|<<title:Oliver Twist>>]]?",
        "Will the <<brand:John Lewis>> sale start before {DATE}? I'm after a fridge under {BIGPRICE}.",
        "After upgrading to {VERSION} our CI pipeline fails on the lint step. Any known issues?",
        "Invoice {INVOICE} was charged twice, account ref {REF}. Please refund one of them.\n\nKind regards,\nAccounts Payable",
        "Is <<place:King's Cross>> or <<place:St Pancras>> closer to the British Library? I arrive around {TIME}.",
        "What wine goes with [[<<dish:Beef Wellington>>|<<dish:Eggs Benedict>>|<<dish:Chicken Kiev>>|<<dish:Caesar salad>>]]? Budget around {PRICE}.",
        "Tracking {TRACK} hasn't updated since {DATE}. Can you check with the courier?",
        "Our team won {SCORE} on [[<<month_weekday:Saturday>>|<<month_weekday:Sunday>>]]! Training moves to room {ROOM} from next week.",
        "Does <<brand:Trader Joe's>> still sell the frozen dumplings? I need {QTY} for the party.",
        "In <<month_weekday:May>> we're driving from [[<<place:Charlotte>>|<<place:Austin>>|<<place:Madison>>]] to [[<<place:Savannah>>|<<place:Nashville>>|<<place:Eugene>>]]. How long does it take?",
        "Can I renew ISBN {ISBN} at the library online, or do I need to come in?",
        "Quick grammar question: is it \"<<everyday_word:Will>> you join us\" or \"Would you join us\"? My test is on {DATE}.",
        "Meeting moved to {TIME} in room {ROOM}. Agenda: Q3 numbers, {PCT} budget increase.\n\nThanks,\nThe PMO",
        "Is the <<place:Lincoln Memorial>> open at night? We land at {TIME}.",
        "Best regards from the support team: your ticket {REF} was closed on {DATE}. Reply to reopen.",
        "What's the right postcode for an office on <<place:Victoria Street>>? I have {POSTAL} but the form rejects it.",
        "Do <<brand:Kellogg's>> Corn Flakes contain gluten? Buying {QTY} for the school breakfast club.",
        "Is <<holiday:Martin Luther King Day>> a holiday for federal offices? I need to pay {PRICE} before {DATE}.",
        "How many calories are in a <<dish:Waldorf salad>> compared to a <<dish:Cobb salad>>?",
        "Can I pay the <<everyday_word:bill>> for order {ORDER} in two instalments of {PRICE}?",
        "Is it worth upgrading from the {MODEL} to the newer model for {BIGPRICE}?",
        "My essay on the year {YEAR} is due {DATE}. How many sources do I need?",
    ],
}


# ---------------------------------------------------------------------------------------------------------
# Part 3: names. Hand-picked name material (no Faker list), template ids x3-{lang}-qNNN.
# ---------------------------------------------------------------------------------------------------------

DE_GIVEN = ["Korbinian", "Wiebke", "Hauke", "Swantje", "Ottilie", "Leopold", "Mathilda", "Jannik", "Frieda",
            "Benedikt", "Annegret", "Detlef", "Gundula", "Ruprecht", "Rosalie", "Till", "Henrike", "Malte",
            "Theresa", "Vinzenz", "Liesel", "Gerlinde", "Thorsten", "Ilse", "Quirin", "Kunigunde", "Fenja",
            "Torben", "Leni", "Ansgar", "Elfriede", "Jörg", "Ute", "Reinhold", "Berit", "Niklas", "Sönke",
            "Waltraud", "Xaver", "Mechthild"]
DE_HYPHEN = ["Hans-Jürgen", "Anna-Lena", "Karl-Heinz", "Marie-Luise", "Franz-Josef", "Eva-Maria", "Lisa-Marie",
             "Jan-Hendrik", "Hans-Peter", "Ann-Kathrin", "Klaus-Dieter", "Lea-Sophie"]
DE_FAMILY = ["Oberhuber", "Brandstätter", "Kleinschmidt", "Wendtland", "Hollerbach", "Pfisterer", "Kraushaar",
             "Lindemann", "Vogelsang", "Dörfler", "Eisenhut", "Harms", "Scheuermann", "Tiedemann", "Gruber",
             "Birkholz", "Rautenberg", "Niederreiter", "Steinkamp", "Wöhrle", "Jablonski", "Kowalczyk",
             "Hinrichsen", "Ortlieb", "Mayrhofer", "Koch", "Bauer", "Fuchs", "Sommer", "Krüger", "Schäfer",
             "Brenninkmeyer", "Pohlmann", "Graßl", "Uhlig"]
DE_PARTICLE = ["von Ahlefeldt", "von der Lühe", "van Dijk", "van der Meulen", "zu Dohna", "vom Stein",
               "von Bredow", "von Kleist-Retzow", "van den Bosch", "von Hagen", "de Vries", "ter Horst"]

FR_GIVEN = ["Maëlle", "Gwenaël", "Clémence", "Théo", "Solène", "Baptiste", "Anaïs", "Loïc", "Margaux",
            "Yannick", "Capucine", "Aurélien", "Ophélie", "Éloïse", "Tanguy", "Bérénice", "Corentin", "Manon",
            "Gaëtan", "Rozenn", "Tugdual", "Ségolène", "Fabrice", "Hélène", "Mathis", "Noémie", "Quentin",
            "Sidonie", "Thibault", "Apolline", "Cyprien", "Léontine", "Maxence", "Perrine", "Régis", "Inès"]
FR_HYPHEN = ["Jean-Baptiste", "Marie-Hélène", "Pierre-Yves", "Anne-Laure", "Jean-Christophe", "Marie-Claude",
             "Paul-Henri", "Anne-Sophie", "Jean-Marc", "Marie-Ève", "Louis-Marie", "Sarah-Jane"]
FR_FAMILY = ["Lefèvre", "Quéméner", "Garnier", "Rousseau", "Chevallier", "Delmas", "Fournier", "Barbier",
             "Lacroix", "Perrin", "Vasseur", "Gauthier", "Moreau", "Bonnafous", "Carpentier", "Deschamps",
             "Etcheverry", "Kerjean", "Vandenberghe", "Marchal", "Pelletier", "Rigaud", "Tessier", "Boulanger",
             "Berger", "Petit", "Roux", "Blanc", "Meyer", "Haddad", "Nguyen", "Ferrand", "Lemaire"]
FR_PARTICLE = ["de Villeneuve", "du Plessis", "de La Rochère", "Le Goff", "Le Bihan", "d'Aubigny", "d’Hennezel",
               "de Saint-Aubin", "Le Gall", "du Pontavice", "de Kersauson", "d'Arjuzon", "Le Floch", "de la Villemarqué"]

ZH_SURNAME = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
ZH_COMPOUND = ["欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "慕容", "端木", "公孙", "尉迟", "长孙", "司徒", "夏侯",
               "令狐"]
ZH_GIVEN1 = list("伟芳娜敏静丽磊军洋艳杰娟涛超秀霞刚桂琳颖婷昊哲睿瑶璇彤琦晗珂骁琰翊璟祎赟彧湉昀熠珩")
ZH_GIVEN2 = ["建国", "志强", "秀英", "子涵", "梓萱", "浩然", "一诺", "雨桐", "思远", "嘉怡", "宇航", "佳琪", "俊杰",
             "晓燕", "文博", "欣怡", "昊天", "婉清", "明轩", "若曦", "振华", "丽娟", "国栋", "海燕", "嘉豪",
             "静怡", "天佑", "梦琪", "泽宇", "诗涵", "鹏飞", "慧敏", "建华", "晓峰", "雅婷", "德明"]
# everyday words and famous people that a drawn Chinese name must not be
ZH_BAD_NAMES = {"高超", "文明", "海洋", "华丽", "马云", "丁磊", "王国", "金刚", "白杰", "黄金", "高涛", "江涛", "方便",
                "石磊", "林静", "于是", "周杰", "马超", "孙俊杰", "杨颖", "王菲", "李娜", "刘翔", "姚明", "周伟",
                "陈伟", "吴静", "范伟", "邓超", "孙红", "黎明", "江华", "司马光", "诸葛亮", "欧阳修", "上官婉儿",
                "东方明", "夏侯惇", "令狐冲", "石油", "金曜", "雷霆", "龙涛", "高洋", "毛毛", "钱钱"}

PINYIN = ["xiao", "ming", "hua", "yu", "jing", "lei", "tian", "hao", "yi", "chen", "lin", "wen", "jia", "xin",
          "yun", "feng", "qing", "rui", "tong", "han", "zhi", "bo", "an", "le"]

DOMAINS = {"de": ["gmx.de", "web.de", "t-online.de", "posteo.de", "mailbox.org", "stadtwerke-hameln.de",
                  "kanzlei-oberland.de", "gmail.com"],
           "fr": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "gmail.com", "mairie-quimper.fr",
                  "atelier-lumiere.fr", "hotmail.fr"],
           "zh": ["qq.com", "163.com", "126.com", "foxmail.com", "sina.com", "huaxin-tech.cn", "gmail.com"]}

FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e", "è": "e", "ê": "e", "ë": "e",
                      "à": "a", "â": "a", "î": "i", "ï": "i", "ô": "o", "û": "u", "ù": "u", "ç": "c", "'": "",
                      "’": "", " ": "", "É": "e", "Ö": "oe"})


def fold(s):
    return s.lower().translate(FOLD)


def make_person(lang, rng, need_given2=False):
    if lang in ("de", "fr"):
        G, H, F, P = (DE_GIVEN, DE_HYPHEN, DE_FAMILY, DE_PARTICLE) if lang == "de" else \
            (FR_GIVEN, FR_HYPHEN, FR_FAMILY, FR_PARTICLE)
        r = rng.random()
        first = rng.choice(H) if r < 0.25 else rng.choice(G)
        r2 = rng.random()
        if r2 < 0.3:
            last, form = rng.choice(P), "particle"
        elif r2 < 0.4:
            a, b = rng.sample(F, 2)
            last, form = f"{a}-{b}", "double_family_name"
        else:
            last, form = rng.choice(F), "plain"
        if "-" in first:
            form = "compound_given_name" if form == "plain" else form
        full = f"{first} {last}"
        local = rng.choice([f"{fold(first)}.{fold(last)}", f"{fold(first)[0]}.{fold(last)}",
                            f"{fold(first)}{rng.randint(70, 99)}", f"{fold(last)}.{fold(first)[0]}"])
        local = local.replace("--", "-")
        email = f"{local}@{rng.choice(DOMAINS[lang])}"
        return dict(full=full, first=first, last=last, lc=first.lower(), form=form, email=email, given=None)
    while True:
        compound = rng.random() < 0.22
        sur = rng.choice(ZH_COMPOUND) if compound else rng.choice(ZH_SURNAME)
        two = need_given2 or rng.random() < (0.6 if not compound else 0.5)
        given = rng.choice(ZH_GIVEN2) if two else rng.choice(ZH_GIVEN1)
        full = sur + given
        if full in ZH_BAD_NAMES or given in ZH_BAD_NAMES:
            continue
        form = "compound_surname" if compound else f"{len(full)}_characters"
        email = rng.choice([f"{digits(rng.randint(8, 10), rng)}@qq.com",
                            f"{rng.choice(PINYIN)}{rng.choice(PINYIN)}{rng.randint(80, 2009)}@{rng.choice(DOMAINS['zh'])}",
                            f"{rng.choice(PINYIN)}_{rng.choice(PINYIN)}@{rng.choice(DOMAINS['zh'])}"])
        return dict(full=full, first=given if two else None, last=sur, lc=None, form=form, email=email,
                    given=given if two else None)


PERSON_TEMPLATES = {
    "de": [
        "Kannst du {N1} sagen, dass das Meeting am {DATE} ausfällt?",
        "Heute waren {N1}, {N2} und {N3} beim Training, alle anderen haben abgesagt.",
        "Ich habe gestern mit {N1} telefoniert, das Angebot {INVOICE} geht so raus.",
        "Bitte schick die Unterlagen an {N1} ({E1}), nicht an mich.",
        "Danke für die schnelle Hilfe!\n\nViele Grüße\n{N1}",
        "Termin mit {N1} verschoben auf {TIME}, Raum {ROOM}.",
        "{N1} übernimmt ab dem {DATE} die Vertretung für {N2.first}.",
        "Frage an {N1.first}: Hast du die Rechnung {INVOICE} schon freigegeben?",
        "Hallo zusammen,\n\ndie Präsentation hat {N1} vorbereitet, die Zahlen kommen von {N2}.\n\nBeste Grüße\n{N3}",
        "Laut {N1} ist der Server seit dem Update auf {VERSION} instabil.",
        "Wir gratulieren {N1} zum bestandenen Examen! 🎉",
        "gestern hab ich {N1.lc} in der stadt getroffen, lässt dich grüßen",
        "Teilnehmerliste für den {DATE}: {N1}; {N2}; {N3}; {N4}",
        "Bei Rückfragen wenden Sie sich an {N1}, {E1}.",
        "Ich hab {N1.first} und {N2.first} gefragt, ob sie am {DATE} mitkommen.",
        "Das Protokoll schreibt diesmal {N1}, beim nächsten Mal ist {N2} dran.",
        "Morgen bringt {N1} den Kuchen mit, {N2.first} kümmert sich um die Getränke.",
        "Bewerbungen bitte an {E1}, zu Händen {N1}.",
    ],
    "fr": [
        "Tu peux dire à {N1} que la réunion du {DATE} est annulée ?",
        "Étaient présents : {N1}, {N2}, {N3}.",
        "J'ai déjeuné avec {N1} hier, le devis {INVOICE} part demain.",
        "Merci d'envoyer le dossier à {N1} ({E1}) et pas à moi.",
        "Merci pour votre retour rapide.\n\nBien cordialement,\n{N1}",
        "Réunion avec {N1} déplacée à {TIME}, salle {ROOM}.",
        "{N1} remplace {N2.first} à partir du {DATE}.",
        "Question pour {N1.first} : tu as validé la facture {INVOICE} ?",
        "Bonjour à tous,\n\nla présentation a été préparée par {N1} et les chiffres viennent de {N2}.\n\nCordialement,\n{N3}",
        "D'après {N1}, le serveur plante depuis la mise à jour {VERSION}.",
        "Félicitations à {N1} pour son diplôme ! 🎉",
        "j'ai croisé {N1.lc} au marché ce matin, on se voit ce soir ?",
        "Je pars en vacances avec {N1.first} et {N2.first} le {DATE}.",
        "Pour toute question, contactez {N1} : {E1}",
        "On a invité {N1} à la soirée, et aussi {N2}.",
        "Le compte rendu sera rédigé par {N1}, la prochaine fois c'est au tour de {N2}.",
        "Demain {N1} apporte le gâteau, {N2.first} s'occupe des boissons.",
        "Les candidatures sont à envoyer à {E1}, à l'attention de {N1}.",
    ],
    "zh": [
        "你跟{N1}说一下，{DATE}的会取消了。",
        "今天来上课的有{N1}、{N2}、{N3}，其他人都请假了。",
        "我昨天问了{N1}，发票{INVOICE}明天寄出。",
        "材料请发给{N1}，邮箱{E1}。",
        "以上情况请领导审阅。\n此致\n敬礼\n{N1}\n{DATE}",
        "{N1}明天{TIME}在{ROOM}等你。",
        "{DATE}起由{N1}接替{N2}的工作。",
        "找{N1}拿一下仓库钥匙，就在三楼。",
        "各位好，方案是{N1}写的，数据是{N2}整理的。\n{N3}",
        "听{N1}说服务器从{VERSION}开始就不稳定。",
        "恭喜{N1}考上研究生！🎉",
        "告诉{N1}和{N2}，聚餐改到{TIME}。",
        "{N1.given}，晚上一起吃饭吗？",
        "我和{N1}坐{FLIGHT}航班{DATE}回来。",
        "麻烦问一下{N1}，合同{REF}签了没有？",
        "参会人员：{N1}、{N2}、{N3}、{N4}",
        "负责人：{N1}，{N2}，{N3}，有问题直接找他们。",
        "简历请投{E1}，联系人{N1}。",
    ],
}


# ---------------------------------------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------------------------------------

PER_TEMPLATE = {"p": {"de": 5, "fr": 5, "zh": 5, "en": 4},
                "n": {"de": 3, "fr": 4, "zh": 4, "en": 3},
                "q": {"de": 3, "fr": 3, "zh": 3, "en": 0}}
ALT_RE = re.compile(r"\[\[(.*?)\]\]")


class PhonePicker:
    def __init__(self, rng):
        self.rng = rng
        self.cycle = []

    def __call__(self, lang):
        if self.rng.random() < (0.5 if lang == "zh" else 0.4):
            return self.rng.choice(HOME[lang])
        if not self.cycle:
            self.cycle = ALL_REGIONS[:]
            self.rng.shuffle(self.cycle)
        return self.cycle.pop()


def has_slot(tpl):
    return bool(re.search(r"\{[A-Z]", tpl) or ALT_RE.search(tpl))


def build():
    rng = R
    picker = PhonePicker(rng)
    records, seen, extra = [], set(), []
    counters = Counter()
    for part, table in (("p", PHONE_TEMPLATES), ("n", NOPII_TEMPLATES), ("q", PERSON_TEMPLATES)):
        for lang in ("de", "fr", "zh", "en"):
            for ti, tpl in enumerate(table.get(lang, []), 1):
                tid = f"x3-{lang}-{part}{ti:03d}"
                want = PER_TEMPLATE[part][lang] if has_slot(tpl) else 1
                made, tries = 0, 0
                while made < want and tries < 400:
                    tries += 1
                    t = ALT_RE.sub(lambda m: rng.choice(m.group(1).split("|")), tpl)
                    people = None
                    if part == "q":
                        people, fulls = {}, set()
                        for i in range(1, 5):
                            while True:
                                p = make_person(lang, rng, need_given2=".given" in t)
                                if p["full"] not in fulls and p["last"] not in {q["last"] for q in people.values()}:
                                    break
                            fulls.add(p["full"])
                            people[str(i)] = p
                    try:
                        text, pii, las = render(t, lang, rng, people=people, phone_pick=picker)
                    except Reject:
                        continue
                    except (KeyError, TypeError):
                        continue
                    if text in seen:
                        continue
                    if part == "q" and any(x["value"] is None for x in pii):
                        continue
                    seen.add(text)
                    counters[lang] += 1
                    made += 1
                    meta = {"part": part, "forms": [x.get("form") for x in pii]}
                    out_pii = []
                    for x in pii:
                        y = {"type": x["type"], "value": x["value"]}
                        if x["type"] == "PHONE":
                            y["region"] = x["region"]
                        out_pii.append(y)
                    rec = {"id": f"x3-{lang}-{counters[lang]:04d}", "locale": LOCALE[lang], "lang": lang,
                           "text": text, "pii": out_pii, "lookalikes": las, "template": tid,
                           "split": split_of(tid)}
                    records.append(rec)
                    extra.append(meta)
                if made < want:
                    print(f"warning: {tid} made {made}/{want}", file=sys.stderr)
    return records, extra


def check(records):
    texts = set()
    for r in records:
        json.loads(json.dumps(r, ensure_ascii=False))
        assert r["text"] not in texts, r["id"]
        texts.add(r["text"])
        for x in r["pii"] + r["lookalikes"]:
            assert x["value"] and x["value"] in r["text"], (r["id"], x)
        assert r["split"] == split_of(r["template"])
        vals = [(x["type"], x["value"]) for x in r["pii"]]
        assert len(vals) == len(set(vals)), r["id"]


def table(title, rows, cols):
    lines = [f"| {title} | " + " | ".join(cols) + " |", "|---" * (len(cols) + 1) + "|"]
    for name, counts in rows:
        lines.append(f"| {name} | " + " | ".join(str(counts.get(c, 0)) for c in cols) + " |")
    return "\n".join(lines)


def stats(records, extra):
    langs = ["en", "de", "fr", "zh"]
    parts = {"p": "1 phones", "n": "2 no PII", "q": "3 names"}
    out = []
    by = defaultdict(Counter)
    for r, m in zip(records, extra):
        for key in (parts[m["part"]], "all"):
            by[key][r["lang"]] += 1
            by[key][r["split"]] += 1
            by[key]["all"] += 1
    out.append(table("part", [(k, by[k]) for k in list(parts.values()) + ["all"]], langs + ["dev", "test", "all"]))
    tpl = defaultdict(set)
    for r, m in zip(records, extra):
        tpl[parts[m["part"]]].add(r["template"])
        tpl[parts[m["part"]] + " " + r["split"]].add(r["template"])
    out.append("\nTemplates per part (dev/test): " + ", ".join(
        f"{p}: {len(tpl[p])} ({len(tpl[p + ' dev'])}/{len(tpl[p + ' test'])})" for p in parts.values()))
    ty = defaultdict(Counter)
    for r in records:
        for x in r["pii"]:
            ty[x["type"]][r["lang"]] += 1
            ty[x["type"]][r["split"]] += 1
            ty[x["type"]]["all"] += 1
    out.append("\nPII values (distinct per prompt):\n")
    out.append(table("type", sorted(ty.items()), langs + ["dev", "test", "all"]))
    ki = defaultdict(Counter)
    for r in records:
        for x in r["lookalikes"]:
            for k in (x["kind"], "**all**"):
                ki[k][r["lang"]] += 1
                ki[k][r["split"]] += 1
                ki[k]["all"] += 1
    out.append("\nLook-alike values (distinct per prompt):\n")
    out.append(table("kind", sorted(ki.items(), key=lambda kv: (kv[0] == "**all**", -kv[1]["all"])),
                     langs + ["dev", "test", "all"]))
    reg = Counter()
    form = Counter()
    regsplit = defaultdict(Counter)
    for r, m in zip(records, extra):
        for x, f in zip(r["pii"], m["forms"]):
            if x["type"] == "PHONE":
                reg[x["region"]] += 1
                form[f] += 1
                regsplit[x["region"]][r["split"]] += 1
            elif x["type"] == "PERSON":
                form["person: " + f] += 1
    out.append("\nPhone regions (values; dev/test): " + ", ".join(
        f"{k} {v} ({regsplit[k]['dev']}/{regsplit[k]['test']})" for k, v in sorted(reg.items())))
    out.append("\nPhone forms: " + ", ".join(f"{k} {v}" for k, v in sorted(form.items()) if not k.startswith("person")))
    out.append("\nPERSON forms: " + ", ".join(f"{k[8:]} {v}" for k, v in sorted(form.items()) if k.startswith("person")))
    # number look-alikes that phonenumbers reads as a valid number of a home region
    hits = Counter()
    for r in records:
        for x in r["lookalikes"]:
            d = re.sub(r"\D", "", x["value"])
            if len(d) < 6:
                continue
            v = re.sub(r"[^\d +()./,-]", "", x["value"])  # no letters: phonenumbers reads them as keypad digits
            for reg_ in {"de": ["DE"], "fr": ["FR"], "zh": ["CN"], "en": ["GB", "US"]}[r["lang"]]:
                try:
                    if phonenumbers.is_valid_number(phonenumbers.parse(v, reg_)):
                        hits[x["kind"]] += 1
                        break
                except phonenumbers.NumberParseException:
                    pass
    out.append("\nNumeric look-alikes that phonenumbers parses as a valid number of the prompt's home region "
               "(DE/FR/CN/GB+US): " + ", ".join(f"{k} {v}" for k, v in sorted(hits.items())))
    return "\n".join(out)


def main():
    records, extra = build()
    check(records)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} prompts to {OUT}")
    if "--stats" in sys.argv:
        print(stats(records, extra))


if __name__ == "__main__":
    main()
