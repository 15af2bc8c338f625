#!/usr/bin/env python3
"""Generates Sources/VeilPII/Lexicons/ChineseNameData.swift: data behind Chinese names written without a cue.

    pip install faker==40.63.0 mimesis==22.2.0 jieba==0.42.1
    python3 scripts/gen-chinese-names.py

Sources and licences:
- Faker 40.63.0 (MIT licence): person providers zh_CN and zh_TW (given names and surnames).
- mimesis 22.2.0 (MIT licence): dataset zh, person.json (1,413 given names, surnames).
- jieba 0.42.1 (MIT licence, fxsjy/jieba): its dictionary dict.txt (word, frequency, part of speech), for the
  everyday-word guard and for leaving out characters that are common words on their own.

What is generated, and why:
- `givenNameCharacters`: characters that occur in at least three given names of those lists (Faker's counted
  twice, its lists being of common names), beyond the curated ones in ChineseNames.swift, less characters that are
  among jieba's most frequent one-character words (人, 中, 一, 小, 家 …) or are kinship and grammar words. A surname
  followed by such characters before a verb, after 给/找/问/和 or between list commas is a name.
- `surnames` and `compoundSurnames`: surnames of Faker's lists (its zh_CN list is the 400 most common) not in the
  curated ones, traditional forms included for text written in Taiwan and Hong Kong. mimesis's surname list is not
  used: it has very common characters (东, 山, 水, 家) whose rare use as surnames is not worth the false matches.
- `everydayWords`: two-character words of jieba's dictionary that begin with a surname character and go on with a
  given-name character (文明, 平安, 王国, 安静, 明白 …), at least 200 occurrences in jieba's corpus counts, and not
  tagged as a person name unless they are very frequent (2,000+: jieba tags some words such as 明白 as names). A
  surname-led pair that is one of them is never a name without a cue: 王国 is a kingdom, not Mr Wang Guo.
"""
import collections
import importlib
import json
import os
import re

import jieba
import mimesis

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Sources/VeilPII/Lexicons/ChineseNameData.swift")

# Kinship, grammar and suffix characters that name lists carry (小明, 儿, 姐) but that make a surname-led pair an
# ordinary word as often as a name.
NOT_NAME_CHARACTERS = "儿 姐 男 女 厅 袭 戆 藐 品 尼 双 们 子 老 大 的 了"
# Pairs that jieba counts often enough but that are people's names (in its corpus and in life), not words.
NAMES_NOT_WORDS = "李珊 程志 徐海 金嫣 宋江 海瑞"
MIN_NAME_COUNT = 2
MAX_WORD_FREQUENCY = 20000
MIN_EVERYDAY_FREQUENCY = 200
NAME_TAGGED_EVERYDAY_FREQUENCY = 2000


def curated(name):
    text = open(os.path.join(ROOT, "Sources/VeilPII/Lexicons/ChineseNames.swift"), encoding="utf-8").read()
    match = re.search(r"static let " + name + r' = """(.*?)"""', text, re.S)
    return match.group(1).replace("\\\n", " ")


def main():
    given_curated = set(curated("givenNameCharacters").replace(" ", "").replace("\n", ""))
    surnames_curated = set(curated("singleSurnames").replace(" ", "").replace("\n", ""))
    compounds_curated = set(curated("compoundSurnames").split())
    excluded = set(NOT_NAME_CHARACTERS.split())
    not_words = set(NAMES_NOT_WORDS.split())

    dictionary = {}
    with open(os.path.join(os.path.dirname(jieba.__file__), "dict.txt"), encoding="utf-8") as handle:
        for line in handle:
            word, frequency, tag = line.split()
            dictionary[word] = (int(frequency), tag)

    counts = collections.Counter()
    surnames, compounds = [], []
    data = json.load(open(os.path.join(os.path.dirname(mimesis.__file__), "datasets", "zh", "person.json"),
                          encoding="utf-8"))
    for group in data["names"].values():
        for name in group:
            counts.update(name)
    for locale in ("zh_CN", "zh_TW"):
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        first = provider.first_names
        for name in (first.keys() if isinstance(first, dict) else first):
            for c in name:
                counts[c] += 2
        last = provider.last_names
        surnames += list(last.keys() if isinstance(last, dict) else last)

    given = []
    for c, k in counts.most_common():
        if k < MIN_NAME_COUNT or c in given_curated or c in excluded or not ("\u4e00" <= c <= "\u9fff"):
            continue
        if dictionary.get(c, (0, ""))[0] >= MAX_WORD_FREQUENCY:
            continue
        given.append(c)
    single_out = sorted({s for s in surnames if len(s) == 1 and s not in surnames_curated and "\u4e00" <= s <= "\u9fff"})
    compound_out = sorted({s for s in surnames if len(s) == 2 and s not in compounds_curated})

    all_given = given_curated | set(given)
    all_surnames = surnames_curated | set(single_out)
    everyday = []
    for word, (frequency, tag) in dictionary.items():
        if len(word) != 2 or word[0] not in all_surnames or word[1] not in all_given:
            continue
        if frequency < MIN_EVERYDAY_FREQUENCY:
            continue
        if tag == "nr" and frequency < NAME_TAGGED_EVERYDAY_FREQUENCY:
            continue
        if word in not_words or word in compounds_curated or word in compound_out:
            continue
        everyday.append(word)
    everyday.sort()

    def block(items, sep, width=100):
        lines, line = [], ""
        for item in items:
            piece = item if not line else sep + item
            if len(line) + len(piece) > width:
                lines.append("        " + line + ("\\" if sep == "" else ""))
                line = item
            else:
                line += piece
        if line:
            lines.append("        " + line)
        return "\n".join(lines)

    swift = f'''// Generated by scripts/gen-chinese-names.py from Faker 40.63.0, mimesis 22.2.0 and jieba 0.42.1 (all MIT licence);
// edit the script, not this file.

/// Chinese name data for names written without a cue: {len(given)} more given-name characters, {len(single_out)} more
/// surnames, {len(compound_out)} more compound surnames and {len(everyday)} everyday words that begin like a name.
///
/// Added to the curated lists in ``ChineseNames``; scripts/gen-chinese-names.py says where each list comes from.
enum ChineseNameData {{
    static let givenNameCharacters = """
{block(given, "")}
        """

    static let surnames = """
{block(single_out, "")}
        """

    static let compoundSurnames = """
{block(compound_out, " ")}
        """

    /// Two-character words that begin with a surname and go on with a given-name character (文明, 平安, 王国):
    /// never a name without a cue.
    static let everydayWords = """
{block(everyday, " ")}
        """
}}
'''
    with open(OUT, "w", encoding="utf-8") as handle:
        handle.write(swift)
    print(f"{OUT}: {len(given)} given characters, {len(single_out)} surnames, {len(compound_out)} compound surnames, "
          f"{len(everyday)} everyday words")


if __name__ == "__main__":
    main()
