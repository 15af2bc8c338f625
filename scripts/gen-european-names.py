#!/usr/bin/env python3
"""Generates Sources/VeilPII/Lexicons/EuropeanNames.swift: German and French given names and surnames.

    pip install faker==40.63.0 mimesis==22.2.0
    apt-get install wamerican wngerman wfrench        # everyday-word lists for the guard below
    python3 scripts/gen-european-names.py

Sources and licences:
- Faker 40.63.0 (MIT licence, joke2k/faker): person providers de_DE, de_AT, de_CH, fr_FR, fr_CH, fr_BE, fr_CA —
  first names and last names; and en_GB, en_US, en_IE for the British and Irish names (Callum, Sian, Declan) and
  the everyday-word surnames (Barker, Shepherd) that WorldNames.swift leaves out.
- mimesis 22.2.0 (MIT licence, lk-geimfari/mimesis): datasets de, de-at, de-ch, fr — person.json names and surnames.
- The everyday-word guard reads Debian's word lists: wamerican (`/usr/share/dict/american-english`, public domain
  / SCOWL licence), wngerman (`/usr/share/dict/ngerman`, GPL-2+; only consulted, nothing of it is copied) and
  wfrench (`/usr/share/dict/french`, GPL-2+; only consulted).

How each name is filed (the scanner's rules for each flag are in Scan+Person.swift):
- A given name that is an everyday English word (a lower-case entry of wamerican: "Rose", "Frank"), or a German
  noun (a capitalized entry of wngerman with noun inflections beside it: "Wolf"/"Wölfe", "Horst"/"Horste") counts
  only after a cue or before a surname: `ambiguousGivenNames`.
- A given name that is an everyday French or German word written in lower case ("pierre" stone, "claire" clear,
  "jean", "ernst" serious) is a name where a word of that kind would not be capitalized, i.e. anywhere but at the
  start of a sentence: `sentenceGivenNames` (curated names included: the mark is added to their tags). French and
  German write such words in lower case mid-sentence.
- Every other given name: `givenNames`.
- A surname that is a German noun (Müller, Bauer, Fischer, Koch: also when an earlier list has it) or, for names no
  earlier list has, an English word (Stone) joins a name only after a given name or a title: `wordSurnames`. German
  capitalizes every noun, so "die Firma Koch" must stay intact while "Anna Koch" is a name. A surname that is a
  lower-case French or German word (Petit, Klein) is a plain surname: mid-sentence such a word is not capitalized.
- Every other surname: `surnames` (also joins after an unlisted capitalized word mid-sentence, "mit Thaddäus Wuttke").
Names already tagged by EnglishNames.swift or WorldNames.swift, place names, the curated German/French stop words and
names the scanner cannot read as one word are left out. Hyphenated given names (Jean-Luc, Hans-Peter) are not listed:
the scanner reads a hyphenated word as a given name when its parts are.
"""
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from namegen import ROOT, curated_words, faker_names, fold, swift_block, words  # noqa: E402

OUT = os.path.join(ROOT, "Sources/VeilPII/Lexicons/EuropeanNames.swift")

# The main lists (Germany, France) are taken whole; the regional ones (Austria, Switzerland, Belgium, Canada) add a
# name only when another list has it too, which keeps their rarer and odd entries out (mimesis de-at lists "Mozart"
# and "Beethoven" as given names).
FAKER_LOCALES = ["de_DE", "fr_FR", "en_GB", "en_US", "en_IE"]
MIMESIS_LOCALES = ["de", "fr"]
FAKER_REGIONAL = ["de_AT", "de_CH", "fr_CH", "fr_BE", "fr_CA"]
MIMESIS_REGIONAL = ["de-at", "de-ch"]

# Places in German- and French-speaking countries that lists of names also carry (as names or surnames).
PLACES = """
berlin hamburg münchen munchen köln koln frankfurt stuttgart düsseldorf dusseldorf dortmund essen leipzig bremen
dresden hannover nürnberg nurnberg duisburg bochum wuppertal bielefeld bonn münster mannheim karlsruhe augsburg
wiesbaden aachen kiel lübeck rostock mainz kassel potsdam freiburg erfurt jena ulm trier regensburg wien graz linz
salzburg innsbruck klagenfurt zürich zurich genf bern basel lausanne luzern lugano winterthur paris marseille lyon
toulouse nice nantes strasbourg montpellier bordeaux lille rennes reims toulon grenoble dijon angers nîmes nimes brest
tours limoges amiens metz besançon besancon orléans orleans rouen mulhouse caen nancy perpignan avignon cannes calais
bruxelles brüssel liège liege namur charleroi québec quebec montréal montreal luxembourg monaco genève geneve
deutschland österreich schweiz frankreich belgien france suisse belgique allemagne autriche europa europe
rhein donau elbe main mosel alpen seine loire rhône rhone garonne bretagne normandie provence alsace bayern sachsen
hessen thüringen brandenburg tirol
"""


# Names whose noun-looking neighbour in wngerman is another name or a different word (George beside Georg, Völker
# beside Volker): names first.
NAMES_NOT_WORDS = "georg theodor volker johann"


def mimesis_names(locale):
    import mimesis

    path = os.path.join(os.path.dirname(mimesis.__file__), "datasets", locale, "person.json")
    data = json.load(open(path, encoding="utf-8"))

    def flat(value):
        if isinstance(value, dict):
            return [x for v in value.values() for x in flat(v)]
        return list(value)

    return flat(data["names"]), flat(data["surnames"])


def umlaut(word):
    for plain, marked in (("au", "äu"), ("a", "ä"), ("o", "ö"), ("u", "ü")):
        k = word.rfind(plain)
        if k > 0:
            return word[:k] + marked + word[k + len(plain):]
    return None


def main():
    english = {w.strip() for w in open("/usr/share/dict/american-english", encoding="utf-8", errors="ignore")}
    english = {w for w in english if w and w[0].islower()}
    german = {w.strip() for w in open("/usr/share/dict/ngerman", encoding="utf-8", errors="ignore")}
    french = {w.strip() for w in open("/usr/share/dict/french", encoding="utf-8", errors="ignore")}
    french_lower = {w for w in french if w and w[0].islower()}
    german_lower = {w for w in german if w and w[0].islower()}

    def german_noun(name):
        """A capitalized wngerman entry with a plural or genitive beside it: a noun, not a name."""
        cap = name[0].upper() + name[1:]
        if cap not in german:
            return False
        forms = [cap + s for s in ("e", "en", "n", "er", "ern")]
        marked = umlaut(cap)
        if marked:
            forms += [marked + s for s in ("e", "er", "en", "")]
        return any(f in german for f in forms)

    # Curated and earlier generated tags decide first: a given name they tag is not repeated, a surname they list
    # only gets the word-surname mark if it is an everyday word.
    skip_given = curated_words("Sources/VeilPII/Lexicons/EnglishNames.swift", exclude=("surnames", "pinyinSurnames"))
    skip_given |= curated_words("Sources/VeilPII/Lexicons/WorldNames.swift", exclude=("surnames",))
    skip_surnames = curated_words("Sources/VeilPII/Lexicons/EnglishNames.swift", only=("surnames", "pinyinSurnames"))
    skip_surnames |= curated_words("Sources/VeilPII/Lexicons/WorldNames.swift", only=("surnames",))
    stop = curated_words("Sources/VeilPII/Lexicons/GermanFrenchWords.swift")
    places = set(words(PLACES))
    names_first = set(words(NAMES_NOT_WORDS))

    given, surnames = [], []
    for locale in FAKER_LOCALES:
        g, s = faker_names(locale)
        given += g
        surnames += s
    for locale in MIMESIS_LOCALES:
        g, s = mimesis_names(locale)
        given += g
        surnames += s
    regional_given, regional_surnames = [], []
    for g, s in [faker_names(loc) for loc in FAKER_REGIONAL] + [mimesis_names(loc) for loc in MIMESIS_REGIONAL]:
        regional_given.append({x.strip().lower() for x in g})
        regional_surnames.append({x.strip().lower() for x in s})
    main_given = {x.strip().lower() for x in given}
    main_surnames = {x.strip().lower() for x in surnames}
    for k, names in enumerate(regional_given):
        others = set().union(*(regional_given[:k] + regional_given[k + 1:]))
        given += sorted(x for x in names if x in others and x not in main_given)
    for k, names in enumerate(regional_surnames):
        others = set().union(*(regional_surnames[:k] + regional_surnames[k + 1:]))
        surnames += sorted(x for x in names if x in others and x not in main_surnames)

    def usable(word):
        # The scanner's word: letters (ASCII, Latin-1, Latin Extended-A) with inner ', at most 24 bytes. Hyphenated
        # names are left to the scanner's rule for them.
        return len(word.encode()) <= 24 and re.fullmatch(r"[a-zà-ÿā-ž]+('[a-zà-ÿā-ž]+)*", word) is not None

    given_out, sentence_out, ambiguous_out, surname_out, word_surname_out = [], [], [], [], []
    seen = set()
    for raw in given:
        name = raw.strip().lower()
        if name in seen or name in stop or name in places or not usable(name) or len(name) <= 2:
            continue
        seen.add(name)
        if name in skip_given:
            # Tagged already; a curated given name that is a lower-case French or German word ("pierre") still
            # gets the sentence-start mark.
            if name in french_lower or name in german_lower or fold(name) in french_lower:
                sentence_out.append(name)
            continue
        if name in names_first:
            given_out.append(name)
        elif name in english or fold(name) in english or german_noun(name):
            ambiguous_out.append(name)
        elif name in french_lower or name in german_lower or fold(name) in french_lower:
            sentence_out.append(name)
        else:
            given_out.append(name)
    seen_surnames = set()
    for raw in surnames:
        name = raw.strip().lower()
        if name in seen_surnames or name in stop or name in places or not usable(name) or len(name) <= 2:
            continue
        seen_surnames.add(name)
        # Only a word that is capitalized mid-sentence can pass for a surname there: a German noun, or (for names no
        # earlier list has) an English word. French and German words written in lower case cannot ("Petit" in the
        # middle of a French sentence is a name).
        if german_noun(name):
            word_surname_out.append(name)
        elif name in skip_surnames:
            continue
        elif name in english or fold(name) in english:
            word_surname_out.append(name)
        else:
            surname_out.append(name)

    swift = f'''// Generated by scripts/gen-european-names.py from Faker 40.63.0 and mimesis 22.2.0 (both MIT licence), with
// Debian's wamerican, wngerman and wfrench word lists as the everyday-word guard; edit the script, not this file.

/// German and French names: {len(given_out)} given names, {len(sentence_out)} more that are lower-case words,
/// {len(ambiguous_out)} more that are English words or German nouns; {len(surname_out)} surnames and \
{len(word_surname_out)} more that are words.
///
/// Added to the word table beside ``WorldNames``; the curated lists in ``EnglishNames`` and ``GermanFrenchWords``
/// decide first. scripts/gen-european-names.py says where each list comes from and how a name is filed.
enum EuropeanNames {{
    static let givenNames = """
{swift_block(sorted(given_out))}
        """

    /// Names where a lower-case word of the same spelling would not be capitalized: not at a sentence start.
    static let sentenceGivenNames = """
{swift_block(sorted(sentence_out))}
        """

    static let ambiguousGivenNames = """
{swift_block(sorted(ambiguous_out))}
        """

    static let surnames = """
{swift_block(sorted(surname_out))}
        """

    /// Surnames that are everyday words: part of a name only after a given name or a title.
    static let wordSurnames = """
{swift_block(sorted(word_surname_out))}
        """
}}
'''
    with open(OUT, "w", encoding="utf-8") as handle:
        handle.write(swift)
    print(f"{OUT}: {len(given_out)} given, {len(sentence_out)} sentence, {len(ambiguous_out)} ambiguous, "
          f"{len(surname_out)} surnames, {len(word_surname_out)} word surnames")


if __name__ == "__main__":
    main()
