#!/usr/bin/env python3
"""Generates Sources/VeilPII/Lexicons/PhoneMetadata.swift: the tables that validate phone numbers.

    pip install phonenumbers==9.0.43      # or: pip download --no-deps phonenumbers==9.0.43, then PYTHONPATH
    python3 scripts/gen-phone-metadata.py

Source and licence: libphonenumber's metadata (PhoneNumberMetadata.xml, Google, Apache License 2.0), as shipped in
its Python port `phonenumbers` 9.0.43 on PyPI (David Drysdale, Apache License 2.0). The generated file carries the
same notice. Nothing is typed by hand: every country code, trunk prefix, length and prefix comes from that metadata.

What is generated, and why:
- For every country calling code: the possible lengths of its national significant numbers (NSN), all number types
  of all regions sharing the code. A `+CC …` or `00CC …` number from anywhere is checked at least by length.
- For the regions users of Veil write from or call (EU-27, GB, US/CA, CN, HK, TW, JP, KR, IN, AU, CH, NO and a few
  more, REGIONS below): the national (trunk) prefix, and for every 3-digit start of an NSN the lengths at which a
  fixed-line or mobile number with that start exists (and the same for mobile numbers alone). These are computed by
  running each national-number pattern of the metadata as an automaton over digits (regular expressions are used
  only here, at generation time; the scanner reads the tables). A 3-digit start decides the area code or mobile
  range in every listed plan, which is what separates a phone number from an order number of the same length.

Table layout (see PhoneMetadata.swift): one character per 3-digit start, 1,000 per region, in a StaticString read in
place (no decoding, no allocation); each character indexes the region's palette of (fixed-or-mobile lengths, mobile
lengths) bit masks, bit n meaning an NSN of n digits.
"""
import os
import re._parser as sre
import sys

import phonenumbers
from phonenumbers import PhoneMetadata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Sources/VeilPII/Lexicons/PhoneMetadata.swift")

EU27 = "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE"
# One row per country calling code: the row's table is the union of every region sharing the code (US stands for the
# whole North American Numbering Plan: US, CA and the Caribbean; GB for GB, GG, IM and JE; RU for RU and KZ …).
REGIONS = (EU27 + " GB US CN HK TW JP KR IN AU CH NO IS LI MC SM AD GI RU UA TR IL AE SG MY TH VN ID PH NZ ZA BR"
           " MX AR RS BA ME MK AL").split()
# Number types that are a person's or a business's line (toll-free, premium and shared-cost service numbers are not).
PHONE_TYPES = ("fixed_line", "mobile", "voip", "personal_number", "uan")
MAX_LENGTH = 17
DIGITS = [ord(c) for c in "0123456789"]


class NFA:
    """Thompson automaton over digits: `edges[s]` = list of (digit set, target), `eps[s]` = epsilon targets."""

    def __init__(self):
        self.edges = []
        self.eps = []

    def state(self):
        self.edges.append([])
        self.eps.append([])
        return len(self.edges) - 1

    def charset(self, items):
        out = set()
        negate = False
        for op, av in items:
            if op is sre.LITERAL:
                out.add(av)
            elif op is sre.RANGE:
                out.update(range(av[0], av[1] + 1))
            elif op is sre.CATEGORY and av is sre.CATEGORY_DIGIT:
                out.update(DIGITS)
            elif op is sre.NEGATE:
                negate = True
            else:
                raise ValueError(f"unsupported set item {op}")
        if negate:
            out = set(DIGITS) - out
        return frozenset(c for c in out if c in DIGITS)

    def build(self, seq, start):
        """Adds the sub-pattern `seq` after state `start`; returns its end state."""
        cur = start
        for op, av in seq:
            if op is sre.LITERAL:
                nxt = self.state()
                self.edges[cur].append((frozenset([av]), nxt))
                cur = nxt
            elif op is sre.IN:
                nxt = self.state()
                self.edges[cur].append((self.charset(av), nxt))
                cur = nxt
            elif op is sre.SUBPATTERN:
                cur = self.build(av[3], cur)
            elif op is sre.BRANCH:
                end = self.state()
                for alt in av[1]:
                    s = self.state()
                    self.eps[cur].append(s)
                    e = self.build(alt, s)
                    self.eps[e].append(end)
                cur = end
            elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
                lo, hi, sub = av
                if hi is sre.MAXREPEAT:
                    raise ValueError("unbounded repeat")
                end = self.state()
                for k in range(hi + 1):
                    if k >= lo:
                        self.eps[cur].append(end)
                    if k == hi:
                        break
                    cur = self.build(sub, cur)
                cur = end
            else:
                raise ValueError(f"unsupported op {op}")
        return cur

    def closure(self, states):
        stack = list(states)
        seen = set(states)
        while stack:
            s = stack.pop()
            for t in self.eps[s]:
                if t not in seen:
                    seen.add(t)
                    stack.append(t)
        return frozenset(seen)

    def step(self, states, digit):
        out = set()
        for s in states:
            for chars, t in self.edges[s]:
                if digit in chars:
                    out.add(t)
        return self.closure(out)


def automaton(patterns):
    nfa = NFA()
    start = nfa.state()
    accept = nfa.state()
    for pattern in patterns:
        s = nfa.state()
        nfa.eps[start].append(s)
        e = nfa.build(sre.parse(pattern), s)
        nfa.eps[e].append(accept)
    return nfa, start, accept


def length_masks(patterns):
    """For each 3-digit start 000–999: the bit mask of NSN lengths at which a number matching `patterns` exists."""
    masks = [0] * 1000
    if not patterns:
        return masks
    nfa, start, accept = automaton(patterns)
    begin = nfa.closure([start])
    after_one = {d: nfa.step(begin, ord(str(d))) for d in range(10)}
    any_step_cache = {}

    def any_step(states):
        if states not in any_step_cache:
            out = set()
            for s in states:
                for _, t in nfa.edges[s]:
                    out.add(t)
            any_step_cache[states] = nfa.closure(out)
        return any_step_cache[states]

    for p in range(1000):
        a, b, c = p // 100, p // 10 % 10, p % 10
        states = after_one[a]
        if states:
            states = nfa.step(states, ord(str(b)))
        if states:
            states = nfa.step(states, ord(str(c)))
        mask = 0
        length = 3
        while states and length <= MAX_LENGTH:
            if accept in states:
                mask |= 1 << length
            states = any_step(states)
            length += 1
        masks[p] = mask
    return masks


def descriptors(meta, types):
    out = []
    for t in types:
        d = getattr(meta, t)
        if d is not None and d.national_number_pattern:
            out.append(d.national_number_pattern)
    return out


def lengths_of(meta):
    mask = 0
    for t in ("general_desc",) + PHONE_TYPES:
        d = getattr(meta, t)
        if d is None or d.possible_length is None:
            continue
        for n in d.possible_length:
            if 0 < n <= MAX_LENGTH:
                mask |= 1 << n
    return mask


# One character per palette index: digits and letters only, so the literal needs no escapes.
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def main():
    country_masks = {}
    for cc, regions in sorted(phonenumbers.COUNTRY_CODE_TO_REGION_CODE.items()):
        mask = 0
        for region in regions:
            meta = PhoneMetadata.metadata_for_region(region)
            if meta is None:
                continue
            mask |= lengths_of(meta)
        if mask and cc < 1000:
            country_masks[cc] = mask

    rows = []
    palette = []
    table = []
    for region in REGIONS:
        meta = PhoneMetadata.metadata_for_region(region)
        if meta is None:
            sys.exit(f"no metadata for {region}")
        sharing = [PhoneMetadata.metadata_for_region(r) for r in phonenumbers.COUNTRY_CODE_TO_REGION_CODE[meta.country_code]]
        sharing = [m for m in sharing if m is not None]
        phone = length_masks([p for m in sharing for p in descriptors(m, PHONE_TYPES)])
        mobile = length_masks([p for m in sharing for p in descriptors(m, ("mobile",))])
        local = {}
        chars = []
        for p in range(1000):
            pair = (phone[p] | mobile[p], mobile[p])
            if pair not in local:
                local[pair] = len(local)
                if len(local) > len(ALPHABET):
                    sys.exit(f"{region}: palette too large")
            chars.append(ALPHABET[local[pair]])
        trunk = meta.national_prefix or ""
        if not trunk.isdigit() and trunk != "":
            sys.exit(f"{region}: unexpected national prefix {trunk!r}")
        rows.append((region, meta.country_code, trunk, len(palette), len(table)))
        ordered = sorted(local.items(), key=lambda kv: kv[1])
        palette.extend(pair for pair, _ in ordered)
        table.append("".join(chars))

    def wrap(items, indent, width=116):
        lines, line = [], ""
        for item in items:
            piece = item + ","
            if len(line) + len(piece) + 1 > width - indent:
                lines.append(" " * indent + line)
                line = piece
            else:
                line = piece if not line else line + " " + piece
        if line:
            lines.append(" " * indent + line)
        return "\n".join(lines)

    codes = sorted(country_masks)
    region_lines = wrap(
        [f'Region(id: "{r}", countryCode: {cc}, trunk: "{t}", palette: {pal}, table: {tab})'
         for r, cc, t, pal, tab in rows], 8)
    # Ten lines of 100 characters per region, each ending in a line continuation (not part of the string).
    # The last line has none: the newline before the closing quotes is not part of a multiline literal anyway.
    table_lines = "\\\n".join(f"        {block[k:k + 100]}" for block in table for k in range(0, 1000, 100))
    swift = f'''// Generated by scripts/gen-phone-metadata.py from libphonenumber's metadata (Google, Apache License 2.0) as
// shipped in the Python port phonenumbers 9.0.43 (Apache License 2.0); edit the script, not this file.

/// Phone numbering plans: lengths for every country calling code, trunk prefixes and number starts for the regions
/// Veil's users write from ({len(rows)} regions), all derived from libphonenumber's metadata.
///
/// Lengths are bit masks: bit n set means a national significant number (NSN, the number without country code and
/// trunk prefix) of n digits exists. The per-region table gives, for every 3-digit start of an NSN, the lengths at
/// which a fixed-line or mobile number with that start exists, so "030 12345678" (Berlin) passes and "099 12345678"
/// does not; it is a StaticString read in place, so it costs no heap and only the pages a lookup touches.
enum PhoneMetadata {{
    /// A region with a prefix table.
    struct Region: Sendable {{
        /// ISO 3166-1 alpha-2 code.
        let id: StaticString
        let countryCode: Int
        /// The national (trunk) prefix dialled before an NSN inside the country ("0", "06", "8"), or "" if none.
        let trunk: StaticString
        /// Offset of the region's palette in ``palette``.
        let palette: Int
        /// Index of the region's 1,000-character block in ``table``.
        let table: Int
    }}

    /// Country calling codes, ascending; ``countryLengths`` holds the NSN lengths of each.
    static let countryCodes: [UInt16] = [
{wrap([str(c) for c in codes], 8)}
    ]

    /// NSN length masks, parallel to ``countryCodes``.
    static let countryLengths: [UInt32] = [
{wrap([hex(country_masks[c]) for c in codes], 8)}
    ]

    static let regions: [Region] = [
{region_lines}
    ]

    /// (fixed-line or mobile lengths, mobile lengths) pairs; a table character indexes its region's run.
    static let palette: [(phone: UInt32, mobile: UInt32)] = [
{wrap([f"({hex(a)}, {hex(b)})" for a, b in palette], 8)}
    ]

    /// The characters `{ALPHABET[:10]}…` index the palette: character n of a region's 1,000 is its palette entry
    /// for NSNs starting with the three digits n (the backslashes continue lines and are not part of the string).
    static let table: StaticString = """
{table_lines}
        """
}}
'''
    with open(OUT, "w") as handle:
        handle.write(swift)
    print(f"{OUT}: {len(codes)} country codes, {len(rows)} regions, palette {len(palette)}")


if __name__ == "__main__":
    main()
