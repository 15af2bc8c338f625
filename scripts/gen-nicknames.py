#!/usr/bin/env python3
"""Generates Sources/VeilPII/Lexicons/Nicknames.swift: the short forms people call each other by in chat.

    pip install nicknames==1.0.1 faker==40.63.0
    apt-get install wamerican wngerman wfrench        # everyday-word lists for the guard below
    python3 scripts/gen-nicknames.py

Chat names people by what their friends call them: "Steph just called", "LG Basti", "coucou juju", "Tommo 07700
900123". No list of given names holds these, so the scanner saw an unknown capitalized word and let it through.

Sources and licences:
- nicknames 1.0.1 (Apache-2.0 licence, carltonnorthern/nicknames): a hand-curated table of English given names and
  their nicknames; every nickname of it.
- Faker 40.63.0 (MIT licence, joke2k/faker): the given names of the German, French and English locales, from which
  the regular short forms of each language are derived:
  - German: the first syllable closed by one consonant, plus "-i", with the consonant doubled or not (Andreas → Andi,
    Monika → Moni, Stefanie → Steffi, Benjamin → Benni, Katharina → Kathi); a name of one syllable plus "-i" (Klaus
    → Klausi, Wolf → Wolfi, Franz → Franzi).
  - French: the first syllable doubled (Julien → Juju, Gérard → Gégé, Charlotte → Chacha), the first syllable
    closed by its consonant when at least four letters long (Stéphanie → Steph, Nathalie → Nath, Clément → Clem),
    and the first two syllables when both are open and the second ends in "o" or "é" (Caroline → Caro, Véronique →
    Véro, Ludovic → Ludo, Frédéric → Frédé).
  - English: the closed first syllable when at least four letters long (Sophie → Soph), that syllable with its
    consonant doubled plus "-o" (Thomas → Tommo, Jonathan → Jonno) or "-ie" (Frederick → Freddie), and a liquid and
    the consonant after it kept plus "-ie" (Alfred → Alfie, Bertram → Bertie, Arnold → Arnie).
- The everyday-word guard reads Debian's word lists: wamerican (`/usr/share/dict/american-english`, public domain /
  SCOWL licence), wngerman and wfrench (GPL-2+; only consulted, nothing of them is copied).

A short form is left out when it is an everyday word of any of the three languages (lower-case entry, or a
capitalized German noun: "Uni", "Profi"), a curated word of the scanner's lists (stop words, titles, greetings,
months, places, brands), or shorter than three letters; forms of three letters come only from the curated English
table, since derived ones collide with abbreviations. The scanner adds a form only where no list has the word yet, as
a given name: it then needs the positions a given name needs.
"""
import csv
import importlib
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from namegen import ROOT, curated_words, faker_names, fold, swift_block  # noqa: E402

OUT = os.path.join(ROOT, "Sources/VeilPII/Lexicons/Nicknames.swift")

# Words of family and chat that the rules above can make from a name: grandma (Omi), laughs, baby talk, a slur the
# curated table carries as a nickname.
EXCLUDED = set(
    """
    omi opi omma oppa mami papi mimi dada nana nini pipi popo kiki lala lolo bobo coco dodo toto tata tonton
    haha hehe hihi hoho huhu trannie tranny niggie normie jammie huggie hunnie sinnie summie
    """.split()
)

GERMAN = ["de_DE", "de_AT", "de_CH"]
FRENCH = ["fr_FR", "fr_CH", "fr_BE", "fr_CA"]
ENGLISH = ["en_GB", "en_US", "en_IE", "en_NZ"]

VOWELS = set("aeiouyàâäéèêëïîôöüûùœæ")
# Consonant letters that spell one sound: the short form keeps them whole (Kathi, Steph, Sascha).
DIGRAPHS = ("sch", "ch", "ph", "th", "sh", "ck")


def faker_given(locale):
    return sorted({n.strip().lower() for n in faker_names(locale)[0] if n.strip()})


def syllable(name):
    """(onset, vowel, coda unit) of the first syllable of a lower-case name, or None.

    The coda is the first consonant unit after the vowel when another vowel follows the consonants (so the next
    syllable keeps its own onset: An-dreas, Chris-tina), a digraph counting as one unit."""
    if not re.fullmatch(r"[a-zà-ÿœæ]+", name):
        return None
    k = 0
    while k < len(name) and name[k] not in VOWELS:
        k += 1
    onset = name[:k]
    if len(onset) > 3 or k >= len(name):
        return None
    v = k + 1
    if name[k:k + 2] in ("ou", "au", "ei", "eu", "ai"):
        v = k + 2
    vowel = name[k:v]
    rest = name[v:]
    for d in DIGRAPHS:
        if rest.startswith(d):
            unit = d
            break
    else:
        unit = rest[:1]
    if not unit or unit[0] in VOWELS or not any(c in VOWELS for c in rest[len(unit):]):
        return onset, vowel, None
    return onset, vowel, unit


def german_forms(name):
    parts = syllable(name)
    if not parts or not parts[2]:
        return []
    onset, vowel, coda = parts
    stem = onset + vowel + coda
    forms = [stem + "i"]
    if len(coda) == 1 and coda in "bdfgklmnprst":
        forms.append(stem + coda + "i")
    return forms


def german_whole_forms(name):
    """A name of one syllable, one vowel sound closed by consonants, plus "-i": Klaus → Klausi, Wolf → Wolfi, Franz →
    Franzi."""
    if len(name) < 4 or not re.fullmatch(r"[bcdfghjklmnpqrstvwz]{1,3}(a|e|i|o|u|ä|ö|ü|au|ei|eu)[bcdfgklmnprstzß]{1,3}", name):
        return []
    return [name + "i"]


def french_forms(name):
    parts = syllable(name)
    if not parts:
        return []
    onset, vowel, coda = parts
    forms = []
    # One consonant sound before one vowel (Juju, Gégé, Chacha); "h" doubled is a laugh (hehe), "y" a typo.
    if (len(onset) == 1 or onset == "ch") and onset != "h" and len(vowel) == 1 and vowel != "y":
        forms.append(onset + vowel + onset + vowel)
    if coda in CUT_ENDS and len(onset + vowel + coda) >= 4:
        forms.append(onset + vowel + coda)
    # The first two syllables when both are open (Caroline → Caro, Véronique → Véro, Ludovic → Ludo, Bénédicte →
    # Béné): a consonant and one vowel each.
    two = re.match(r"([^aeiouyàâäéèêëïîôöüûùœæ]{1,2})([aeiouàâäéèêëïîôöüûù])([^aeiouyàâäéèêëïîôöüûùœæh])"
                   r"([aeiouàâäéèêëïîôöüûù])(?=[^aeiouyàâäéèêëïîôöüûùœæ])", name)
    if two and len(name) >= 6 and two.group(4) in "oé":
        forms.append("".join(two.groups()))
    # Chat drops the accent of a cut form: Clém and Clem (not Béné, whose folded form is no one's).
    return forms + [fold(f) for f in forms if fold(f) != f and not f.endswith("é")]


# A cut syllable must end in a consonant that ends words of these languages (not Grac, Brah, Maur).
CUT_ENDS = set("bdfgklmnpstvz") | {"ph", "th", "sh", "ch"}


def english_forms(name):
    parts = syllable(name)
    if not parts or not parts[2]:
        return []
    onset, vowel, coda = parts
    stem = onset + vowel + coda
    forms = []
    if len(stem) >= 4 and coda in CUT_ENDS:
        forms.append(stem)
    if len(coda) == 1 and coda in "bdgmnpt" and len(vowel) == 1:
        forms.append(stem + coda + "o")
    # The closed first syllable plus "-ie": its consonant doubled (Frederick → Freddie, Madeline → Maddie) or a
    # liquid and a stop kept whole (Alfred → Alfie, Bertram → Bertie, Arnold → Arnie).
    # A vowel opening the name (Unnie, Innie) makes baby talk more often than a name.
    if onset and len(vowel) == 1 and len(coda) == 1 and coda in "bdgmnpt":
        forms.append(stem + coda + "ie")
    cluster = re.match(r"[^aeiouy]*[aeiou]([^aeiouy]{2})[^aeiouy]?[aeiouy]", name)
    if len(vowel) == 1 and cluster and cluster.group(1)[0] in "lr" and cluster.group(1)[1] in "bdfgkmnptv":
        forms.append(onset + vowel + cluster.group(1) + "ie")
    return forms


def main():
    lists = {}
    for path in ("/usr/share/dict/american-english", "/usr/share/dict/ngerman", "/usr/share/dict/french"):
        lists[path] = {w.strip() for w in open(path, encoding="utf-8", errors="ignore") if w.strip()}
    lower = set()
    for entries in lists.values():
        lower |= {w for w in entries if w[0].islower()}
    german_capitalized = {w.lower() for w in lists["/usr/share/dict/ngerman"] if w[0].isupper()}
    english_capitalized = {w.lower() for w in lists["/usr/share/dict/american-english"] if w[0].isupper()}

    curated = set()
    for path in (
        "Sources/VeilPII/Lexicons/EnglishNames.swift",
        "Sources/VeilPII/Lexicons/GermanFrenchWords.swift",
        "Sources/VeilPII/Lexicons/NameLexicon.swift",
        "Sources/VeilPII/Lexicons/PlaceNames.swift",
        "Sources/VeilPII/Lexicons/PublicNames.swift",
    ):
        curated |= curated_words(path, split_alternatives=True)

    candidates = {}
    table = os.path.join(os.path.dirname(importlib.import_module("nicknames").__file__), "names.csv")
    for row in csv.reader(open(table, encoding="utf-8")):
        if len(row) == 3 and row[1] == "has_nickname":
            candidates.setdefault(row[2].strip().lower(), "nicknames")
    derived = [
        (GERMAN, german_forms, "de"),
        (GERMAN, german_whole_forms, "de"),
        (FRENCH, french_forms, "fr"),
        (ENGLISH, english_forms, "en"),
    ]
    for locales, rule, tag in derived:
        given = sorted({n for loc in locales for n in faker_given(loc)})
        for name in given:
            for form in rule(name):
                candidates.setdefault(form, tag)

    kept = []
    for form, origin in sorted(candidates.items()):
        if not re.fullmatch(r"[a-zà-ÿœæ]+", form) or len(form) < 3 or len(form.encode()) > 24:
            continue
        if origin != "nicknames" and len(form) < 4:
            continue
        if form in lower or fold(form) in lower or form in curated or form in EXCLUDED:
            continue
        # A capitalized German entry that is not a name list's is a noun ("Uni", "Profi"); an English one that
        # is a name is fine ("Andy").
        if form in german_capitalized and form not in english_capitalized:
            continue
        kept.append(form)

    swift = f'''// Generated by scripts/gen-nicknames.py from nicknames 1.0.1 (Apache-2.0) and Faker 40.63.0 (MIT), with
// Debian's wamerican, wngerman and wfrench word lists as the everyday-word guard; edit the script, not this file.

/// {len(kept)} short forms of given names that are no everyday word: the curated English nicknames and the regular
/// German (-i), French (doubled, cut or two open syllables) and English (cut syllable, -o, -ie) short forms of
/// Faker's given names.
///
/// Chat calls people by these ("Steph just called", "LG Basti", "coucou juju"); the word table adds one as a given
/// name only where no other list has the word. scripts/gen-nicknames.py says how each form is made and filtered.
enum Nicknames {{
    static let givenNames = """
{swift_block(kept, continued=True)}
        """
}}
'''
    open(OUT, "w", encoding="utf-8").write(swift)
    print(f"{len(kept)} nicknames written to {OUT}")


if __name__ == "__main__":
    main()
