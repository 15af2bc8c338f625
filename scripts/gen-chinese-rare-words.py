#!/usr/bin/env python3
"""Writes Sources/VeilPII/Lexicons/ChineseRareWords.swift: words that begin with a surname character and start no
name, read from jieba 0.42.1's dictionary (MIT licence; `pip install jieba==0.42.1`).

- `words`: every two-character word seen at least twice whose first character is a surname
  (ChineseContextData.surnameScore not `#`), whose second character is not a character of given names
  (ChineseNames.givenNameCharacters, ChineseNameData.givenNameCharacters: 严颖, 丰伟), that jieba tags neither as a
  person (nr…) nor as a place (ns), and that ChineseContextData.words and ChineseNames.commonWords lack.
- `threeCharacterWords`: the first three characters of words of three or four characters seen at least three times
  that begin with a surname character but not with a compound surname (ChineseNames.compoundSurnames), that
  ChineseContextData.surnameWords lacks; of three-character words only those jieba does not tag as a person.

    python3 scripts/gen-chinese-rare-words.py            # rewrite the Swift file
    python3 scripts/gen-chinese-rare-words.py --check    # exit 1 when the file differs from what this writes
"""
import os
import re
import sys

import jieba

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Sources/VeilPII/Lexicons/ChineseRareWords.swift")


def swift_string(name, path):
    text = open(os.path.join(ROOT, "Sources/VeilPII/Lexicons", path), encoding="utf-8").read()
    match = re.search(r"static let " + name + r'(?:: [A-Za-z]+)? = (?:[A-Za-z]+\()?\s*"""(.*?)"""', text, re.S)
    return match.group(1).replace("\\\n", "")


def cjk(c):
    return "\u4e00" <= c <= "\u9fff"


score = "".join(swift_string("surnameScore", "ChineseContextData.swift").split())
surnames = {chr(0x4E00 + k) for k, v in enumerate(score) if v != "#"}
given = {c for c in swift_string("givenNameCharacters", "ChineseNames.swift") if cjk(c)}
given |= {c for c in swift_string("givenNameCharacters", "ChineseNameData.swift") if cjk(c)}
context = "".join(swift_string("words", "ChineseContextData.swift").split())
known2 = {context[k:k + 2] for k in range(0, len(context), 3)}
known2 |= set(swift_string("commonWords", "ChineseNames.swift").split())
surname3 = "".join(swift_string("surnameWords", "ChineseContextData.swift").split())
known3 = {surname3[k:k + 3] for k in range(0, len(surname3), 3)}
compounds = set(swift_string("compoundSurnames", "ChineseNames.swift").split())

two, three = set(), set()
with open(os.path.join(os.path.dirname(jieba.__file__), "dict.txt"), encoding="utf-8") as f:
    for line in f:
        parts = line.split()
        if len(parts) < 3:
            continue
        word, count, tag = parts[0], int(parts[1]), parts[2]
        if not all(cjk(c) for c in word) or word[0] not in surnames:
            continue
        if len(word) == 2 and count >= 2 and word[1] not in given and not tag.startswith("nr") and tag != "ns" \
                and word not in known2:
            two.add(word)
        if len(word) in (3, 4) and count >= 3 and word[:2] not in compounds and word[:3] not in known3 \
                and not (len(word) == 3 and tag.startswith("nr")):
            three.add(word[:3])


def block(words, per_line):
    items = sorted(words)
    lines = ["        " + "".join(items[k:k + per_line]) for k in range(0, len(items), per_line)]
    return "\\\n".join(lines) + "\n"


HEADER = open(OUT, encoding="utf-8").read()
head, rest = HEADER.split('    static let words = """\n', 1)
_, rest = rest.split('        """\n', 1)
middle, rest = rest.split('    static let threeCharacterWords = """\n', 1)
_, tail = rest.split('        """\n', 1)
text = (head + '    static let words = """\n' + block(two, 40) + '        """\n' + middle
        + '    static let threeCharacterWords = """\n' + block(three, 28) + '        """\n' + tail)
if "--check" in sys.argv:
    sys.exit(0 if text == HEADER else 1)
open(OUT, "w", encoding="utf-8").write(text)
print(f"{len(two)} two-character words, {len(three)} three-character starts")
