"""What the name-lexicon generators (gen-european-names.py, gen-nicknames.py) share: reading the words the curated
Swift lists already hold, reading Faker's person providers, folding diacritics and writing a Swift word block.

Each generator decides on its own which names it keeps; this module only keeps those decisions reading the same
sources the same way, so that a name one generator skips as curated is skipped by the other too.
"""
import importlib
import os
import re
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def words(text):
    return [w for w in text.split() if w]


def curated_words(path, only=None, exclude=(), split_alternatives=False):
    """The lower-cased words of the string-literal lists (one-line or multi-line) of a Swift file.

    `only` / `exclude` choose lists by name; `split_alternatives` also splits phrases written `a|b`.
    """
    text = open(os.path.join(ROOT, path), encoding="utf-8").read()
    found = set()
    for match in re.finditer(r'static let (\w+)(?:: [\w\[\]]+)? =\s*(?:"""(.*?)"""|"([^"]*)")', text, re.S):
        name = match.group(1)
        if (only is not None and name not in only) or name in exclude:
            continue
        body = match.group(2) if match.group(2) is not None else match.group(3)
        body = body.replace("\\\n", " ")
        if split_alternatives:
            body = body.replace("|", " ")
        found.update(w.lower() for w in words(body))
    return found


def faker_names(locale):
    """(given names, surnames) of a Faker person provider, as listed (not deduplicated, not lower-cased)."""
    provider = importlib.import_module(f"faker.providers.person.{locale}").Provider

    def listed(attr):
        value = getattr(provider, attr, ())
        return list(value.keys()) if isinstance(value, dict) else list(value)

    given = listed("first_names") or listed("first_names_male") + listed("first_names_female")
    return given, listed("last_names")


def fold(word):
    """The ASCII spelling of a name written with diacritics (Müller → muller)."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("ß", "ss")


def swift_block(names, continued=False, width=108):
    """`names` as the indented lines of a Swift multi-line string literal, at most `width` characters of names per
    line; `continued` ends each line but the last with a backslash (one logical line, as the word splitter sees it).
    """
    lines, line = [], ""
    for name in names:
        if len(line) + len(name) + 1 > width:
            lines.append("        " + line)
            line = name
        else:
            line = name if not line else line + " " + name
    if line:
        lines.append("        " + line)
    return (" \\\n" if continued else "\n").join(lines)
