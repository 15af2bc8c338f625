#!/usr/bin/env python3
"""Generator for the pii-extra-4 corpus (dev only).

Deterministic: one random.Random(20261207). Standard library plus phonenumbers
(used only to validate planted phone numbers and to keep number look-alikes
from being valid numbers where that is possible). All templates, names and
value lists are hand-written below; no Faker.

    python3 generate.py [--stats]
"""
import hashlib
import json
import os
import re
import sys
from collections import Counter, defaultdict
import random

import phonenumbers
from phonenumbers import PhoneNumberType as PT


SEED = 20261207
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
LOCALE = {"en": "en_US", "de": "de_DE", "fr": "fr_FR", "zh": "zh_CN"}
HOME = {"en": "US", "de": "DE", "fr": "FR", "zh": "CN"}


def D(n, first="0123456789"):
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1)) if n else ""


# ---------------------------------------------------------------- phones
US_AREA = ["212", "312", "415", "617", "206", "303", "512", "702", "919", "404", "718", "213", "646", "773"]
CA_AREA = ["416", "604", "514", "403", "613", "902", "780", "647", "438", "250"]
TRUNK = {"HU": "06", "SE": "0", "FI": "0", "SK": "0"}
CC = {"IT": "39", "ES": "34", "PT": "351", "GR": "30", "DK": "45", "NO": "47", "PL": "48", "CZ": "420",
      "SK": "421", "HU": "36", "SE": "46", "FI": "358", "LU": "352", "MT": "356", "CY": "357", "HK": "852",
      "SG": "65", "US": "1", "CA": "1", "CN": "86"}


def nanp(areas):
    while True:
        ex = D(3, "23456789")
        if ex != "555" and ex[1:] != "11":
            return [rng.choice(areas), ex, D(4)]


def phone_parts(region, kind):
    c = rng.choice
    if region == "IT":
        return ["3" + c("2345679") + D(1), D(3), D(4)] if kind == "mob" else \
            c([["06", D(4), D(4)], ["02", D(4), D(4)], ["055", D(3), D(4)], ["011", D(3), D(4)], ["081", D(3), D(4)]])
    if region == "ES":
        return ["6" + D(2), D(3), D(3)] if kind == "mob" else [c(["91", "93", "95", "96"]) + D(1), D(3), D(3)]
    if region == "PT":
        return ["9" + c("1236") + D(1), D(3), D(3)] if kind == "mob" else [c(["21", "22"]) + D(1), D(3), D(3)]
    if region == "GR":
        return ["69" + c("0345789"), D(3), D(4)] if kind == "mob" else c([["210", D(3), D(4)], ["2310", D(6)]])
    if region == "DK":
        return [c(["20", "21", "22", "23", "26", "28", "30", "31", "40", "42", "50", "51", "60", "61", "71", "81", "91", "93"]), D(2), D(2), D(2)] \
            if kind == "mob" else [c(["32", "33", "35", "36", "38", "39", "43", "44", "45", "46", "86", "98"]), D(2), D(2), D(2)]
    if region == "NO":
        return [c("49") + D(2), D(2), D(3)] if kind == "mob" else [c(["22", "23", "55", "73"]), D(2), D(2), D(2)]
    if region == "PL":
        return [c(["50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88"]) + D(1), D(3), D(3)] \
            if kind == "mob" else [c(["22", "12", "58", "61", "71"]), D(3), D(2), D(2)]
    if region == "CZ":
        return [c(["60", "72", "73", "77", "79"]) + D(1), D(3), D(3)] if kind == "mob" else ["2" + D(2), D(3), D(3)]
    if region == "SK":
        return ["9" + c(["01", "02", "03", "04", "05", "10", "11", "15", "40", "44", "48"]), D(3), D(3)] \
            if kind == "mob" else ["2", D(4), D(4)]
    if region == "HU":
        return [c(["20", "30", "70"]), D(3), D(4)] if kind == "mob" else c([["1", D(3), D(4)], ["52", D(3), D(3)]])
    if region == "SE":
        return ["7" + c("0236"), D(3), D(2), D(2)] if kind == "mob" else c([["8", D(3), D(3), D(2)], ["31", D(3), D(2), D(2)]])
    if region == "FI":
        return [c(["40", "41", "44", "45", "50"]), D(3), D(4)] if kind == "mob" else ["9", D(4), D(3)]
    if region == "LU":
        return ["6" + c("2569") + "1", D(3), D(3)] if kind == "mob" else ["2" + c("2467"), D(2), D(2), D(2)]
    if region == "MT":
        return [c(["79", "99", "77"]) + D(2), D(4)] if kind == "mob" else ["21" + D(2), D(4)]
    if region == "CY":
        return ["9" + c("4679") + D(2), D(4)] if kind == "mob" else [c(["22", "25", "24"]) + D(2), D(4)]
    if region == "HK":
        return [c("569") + D(3), D(4)] if kind == "mob" else [c("23") + D(3), D(4)]
    if region == "SG":
        return [c("89") + D(3), D(4)] if kind == "mob" else ["6" + D(3), D(4)]
    if region == "US":
        return nanp(US_AREA)
    if region == "CA":
        return nanp(CA_AREA)
    if region == "CN":
        return ["1" + c("3578") + D(1), D(4), D(4)]
    raise ValueError(region)


def fmt_phone(region, parts, form):
    c = rng.choice
    if region in ("US", "CA"):
        a, e, x = parts
        return c([f"({a}) {e}-{x}", f"{a}-{e}-{x}", f"{a}.{e}.{x}", f"{a} {e} {x}", f"{a}{e}{x}", f"({a}) {e} {x}"])
    if form == "nat":
        t = TRUNK.get(region, "") + parts[0]
        rest = parts[1:]
        styles = [" ".join([t] + rest), "-".join([t] + rest), t + "".join(rest), t + " " + "".join(rest),
                  t + " " + " ".join(rest)]
        if region in ("HU", "SE", "FI", "SK"):
            styles += [t + "-" + " ".join(rest), t + "/" + "".join(rest)]
        if region in ("IT", "ES", "PT", "PL", "CZ", "DK", "NO"):
            styles += [".".join([t] + rest)]
        if region == "CN":
            styles = ["".join(parts), " ".join(parts), "-".join(parts)]
        return c(styles)
    cc = CC[region]
    return c([f"+{cc} " + " ".join(parts), f"+{cc}-" + "-".join(parts), f"+{cc}" + "".join(parts),
              f"00{cc} " + " ".join(parts), f"+{cc} " + "".join(parts), f"(+{cc}) " + " ".join(parts)])


OK_TYPES = {"mob": {PT.MOBILE, PT.FIXED_LINE_OR_MOBILE}, "land": {PT.FIXED_LINE, PT.FIXED_LINE_OR_MOBILE}}
REGIONS_BY_LANG = {
    "en": ["US"] * 6 + ["CA"] * 3 + ["SG", "HK", "IT", "ES", "DK", "NO", "MT", "CY", "LU"],
    "de": ["IT", "ES", "PT", "GR", "DK", "NO", "PL", "CZ", "SK", "HU", "SE", "FI", "LU", "MT", "CY"],
    "fr": ["IT", "ES", "PT", "GR", "LU", "DK", "PL", "CZ", "HU", "SE", "FI", "MT", "CY", "NO", "SK"],
    "zh": ["CN"] * 5 + ["HK"] * 3 + ["SG"] * 2 + ["US", "CA", "IT", "ES"],
}
NO_LAND = {"CN"}


def make_phone(lang, region=None, kind=None, form=None):
    region = region or rng.choice(REGIONS_BY_LANG[lang])
    if kind is None:
        kind = "mob" if region in NO_LAND else rng.choice(["mob", "mob", "land"])
    if form is None:
        form = "nat" if rng.random() < 0.7 else "int"
        if region == "CN" and rng.random() < 0.85:
            form = "nat"
    for _ in range(500):
        parts = phone_parts(region, kind)
        s = fmt_phone(region, parts, form)
        try:
            n = phonenumbers.parse(s, region)
        except phonenumbers.NumberParseException:
            continue
        if not phonenumbers.is_valid_number(n) or phonenumbers.region_code_for_number(n) != region:
            continue
        if region not in ("US", "CA") and phonenumbers.number_type(n) not in OK_TYPES[kind]:
            continue
        if region in ("US", "CA"):
            form = "nat"
        return s, region, kind, form
    raise RuntimeError(f"no valid number for {region} {kind} {form}")


def valid_somewhere(s, regions):
    for r in regions:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(s, r)):
                return True
        except phonenumbers.NumberParseException:
            pass
    return False


# ---------------------------------------------------------------- number look-alikes
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
}


def gen_date(lang):
    y, m, d = rng.choice([2025, 2026, 2027]), rng.randint(1, 12), rng.randint(1, 28)
    if lang == "en":
        return rng.choice([f"{MONTHS['en'][m-1]} {d}, {y}", f"{m:02d}/{d:02d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{d} {MONTHS['en'][m-1]} {y}"])
    if lang == "de":
        return rng.choice([f"{d:02d}.{m:02d}.{y}", f"{d}. {MONTHS['de'][m-1]} {y}", f"{d:02d}.{m:02d}."])
    if lang == "fr":
        return rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS['fr'][m-1]} {y}", f"{d:02d}.{m:02d}.{y}"])
    return rng.choice([f"{y}年{m}月{d}日", f"{m}月{d}日", f"{y}-{m:02d}-{d:02d}", f"{y}/{m}/{d}"])


def gen_time(lang):
    h, mi = rng.randint(7, 20), rng.choice([0, 15, 30, 45, 10, 20, 40, 50])
    if lang == "en":
        return rng.choice([f"{(h-1)%12+1}:{mi:02d} {'am' if h < 12 else 'pm'}", f"{h}:{mi:02d}"])
    if lang == "de":
        return f"{h}:{mi:02d}" if rng.random() < .6 else f"{h}.{mi:02d}"
    if lang == "fr":
        return f"{h}h{mi:02d}" if mi else f"{h}h"
    return rng.choice([f"{h}:{mi:02d}", f"{'上午' if h < 12 else '下午'}{(h-1)%12+1}点" + ("半" if mi == 30 else "")])


def gen_price(lang):
    a = rng.choice([rng.randint(3, 99), rng.randint(100, 999), rng.randint(1000, 9999)])
    c = rng.randint(0, 99)
    if lang == "en":
        return rng.choice([f"${a:,}.{c:02d}", f"${a}", f"£{a}.{c:02d}", f"{a:,}.{c:02d} USD"])
    if lang == "de":
        s = f"{a:,}".replace(",", ".")
        return rng.choice([f"{s},{c:02d} €", f"{s} €", f"EUR {s},{c:02d}"])
    if lang == "fr":
        s = f"{a:,}".replace(",", "\u202f")
        return rng.choice([f"{s},{c:02d} €", f"{s} €", f"{a},{c:02d}\u00a0€"])
    return rng.choice([f"¥{a}", f"{a}元", f"￥{a:,}", f"{a}.{c:02d}元"])


def isbn13():
    body = rng.choice(["978", "979"]) + D(9)
    s = sum(int(x) * (1 if i % 2 == 0 else 3) for i, x in enumerate(body))
    chk = (10 - s % 10) % 10
    b = body + str(chk)
    return rng.choice([b, f"{b[:3]}-{b[3]}-{b[4:8]}-{b[8:12]}-{b[12]}"])


def digits_not_phone(n, regions, first="123456789"):
    for _ in range(60):
        s = D(n, first)
        if not valid_somewhere(s, regions):
            return s
    return s


def lookalike(slot, arg, lang, regions):
    """Returns (value, kind). regions: phone regions to stay clear of."""
    regs = list(dict.fromkeys(regions + [HOME[lang]]))
    if slot == "DATE":
        return gen_date(lang), "date"
    if slot == "TIME":
        return gen_time(lang), "time"
    if slot == "PRICE":
        return gen_price(lang), "price"
    if slot == "ORDER":
        n = int(arg) if arg else rng.choice([8, 9, 10, 11, 12])
        d = digits_not_phone(n, regs)
        return rng.choice([d, d, "#" + d]) if not arg else d, "order_number"
    if slot == "CUST":
        n = int(arg) if arg else rng.choice([7, 8, 9, 10])
        return digits_not_phone(n, regs), "customer_number"
    if slot == "INV":
        y = rng.choice(["2025", "2026"])
        return rng.choice([f"RE-{y}-{D(5)}", f"INV-{y}{D(4)}", f"FA{y}-{D(4)}", f"{y}{D(6, '0123')}"]), "invoice_number"
    if slot == "TICKET":
        return rng.choice([f"#{D(5, '123456789')}", f"INC{D(7, '0')}", f"TKT-{D(6)}", f"SR-{D(8, '123456789')}"]), "ticket_number"
    if slot == "CASE":
        return rng.choice([f"{D(2,'12')}-{D(6)}", f"AZ {D(3,'123456789')}/{rng.choice(['25', '26'])}", f"CASE-{D(7)}", f"C{D(9, '123456789')}"]), "case_number"
    if slot == "CLAIM":
        return rng.choice([f"CLM-{D(7)}", f"SCH-{D(4)}-{D(5)}", f"{D(3,'123456789')}-{D(4)}-{D(3)}", f"SIN{D(8)}"]), "claim_number"
    if slot == "VER":
        return rng.choice([f"{rng.randint(1, 17)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}", f"v{rng.randint(1, 9)}.{rng.randint(0, 12)}",
                           f"{rng.randint(1, 5)}.{rng.randint(0, 9)}.{rng.randint(0, 20)}-beta.{rng.randint(1, 4)}"]), "version"
    if slot == "ROOM":
        return rng.choice([f"{rng.randint(1, 6)}.{rng.randint(1, 40):03d}", f"B {rng.randint(1, 4)}.{rng.randint(1, 30):02d}",
                           f"{rng.randint(1, 9)}{rng.randint(0, 4)}{rng.randint(1, 9)}", f"A{rng.randint(1, 5)}-{rng.randint(1, 40):02d}"]), "room_number"
    if slot == "ISBN":
        return isbn13(), "isbn"
    if slot == "REF":
        n = int(arg) if arg else 10
        d = digits_not_phone(n, regs)
        return rng.choice([d, f"{d[:4]} {d[4:]}", f"{d[:3]}-{d[3:6]}-{d[6:]}"]) if not arg else d, "reference"
    if slot == "TRACK":
        return rng.choice(["1Z" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(6)) + D(10),
                           "JJD" + D(15, "0"), "SF" + D(12, "1"), D(20, "0"), "YT" + D(13, "7")]), "tracking_number"
    if slot == "AMOUNT":
        n = int(arg) if arg else 7
        a = D(n, "123456789")
        if lang in ("de",):
            g = f"{int(a):,}".replace(",", ".") + f",{D(2)} €"
        elif lang == "fr":
            g = f"{int(a):,}".replace(",", " ") + f",{D(2)} €"
        elif lang == "zh":
            g = f"{int(a):,}元"
        else:
            g = f"${int(a):,}.{D(2)}"
        return g, "price"
    if slot == "QTY":
        return rng.choice([f"{rng.randint(2, 500)} {u}" for u in ["kg", "g", "ml", "km", "m²", "Stück" if lang == "de" else "pcs"]]), "quantity"
    if slot == "POSTAL":
        return {"en": D(5, "123456789"), "de": D(5, "0123456789"), "fr": D(5, "0123456789"), "zh": D(6, "12345")}[lang], "postal_code"
    raise ValueError(slot)


# ---------------------------------------------------------------- names
def name_value(slot, lang):
    if lang == "zh":
        sur = rng.choice(ZH_SURNAME)
        giv = "".join(rng.choice(ZH_GIVEN) for _ in range(rng.choice([1, 2, 2])))
        if slot == "F":
            giv = "".join(rng.choice(ZH_GIVEN) for _ in range(2))
            return giv
        if slot == "L":
            return sur
        return sur + giv
    g, f = rng.choice(GIVEN[lang]), rng.choice(FAMILY[lang])
    if slot == "F":
        return g
    if slot == "L":
        return f
    if slot == "FL" or slot == "N":
        return f"{g} {f}"
    raise ValueError(slot)


# ================================================================ templates
# Slots: {P[:REGION[:mob|land[:nat|int]]]} phone; {N:k} full name, {F:k} given name, {L:k} family name
# (same key -> same value); {LIST:sep} 3-4 names; number look-alikes {DATE} {TIME} {PRICE} {ORDER[:digits]}
# {CUST:digits} {INV} {TICKET} {CASE} {CLAIM} {VER} {ROOM} {ISBN} {REF[:digits]} {TRACK} {AMOUNT:digits} {QTY}
# {POSTAL}; fixed look-alikes <<kind:value>>; [[a|b]] picks one wording. (n, template) = prompts per template.
NOPII = {
"en": [
(2, "Does <<brand:Wendy's>> still do the Frosty for {PRICE}, or did it go up on {DATE}?"),
(2, "Which <<brand:Tim Hortons>> donut has the least sugar?"),
(2, "Plan a <<event:Wimbledon>> day: gates open at {TIME}, and we want to see <<venue:Centre Court>>."),
(2, "Is <<venue:Wrigley Field>> or <<venue:Fenway Park>> older?"),
(2, "Who wrote <<title:Mrs. Dalloway>>, and is it a hard read for book club?"),
(2, "Give me three facts about <<character:Paddington Bear>> for a school poster."),
(2, "Is <<game:Luigi's Mansion 3>> too scary for a six-year-old?"),
(2, "Explain <<law_or_theorem:Ohm's law>> and <<law_or_theorem:Kirchhoff's laws>> with a flashlight circuit."),
(2, "Symptoms of <<disease:Crohn's disease>> versus IBS, briefly."),
(2, "Is <<place:Lake Victoria>> bigger than <<place:Lake Tanganyika>>?"),
(2, "Make a <<dish:Caprese>> and a <<dish:Margherita>> pizza with {QTY} of mozzarella — enough?"),
(2, "What goes into a <<drink:Shirley Temple>>, and is there a version without grenadine?"),
(3, "Is there a [[<<brand:McDonald's>>|<<brand:Wendy's>>|<<brand:Tim Hortons>>]] near the hotel that's still open after {TIME}?"),
(3, "My [[<<brand:Ben & Jerry's>>|<<brand:Häagen-Dazs>>]] order {ORDER} arrived melted, can I get a refund of {PRICE}?"),
(3, "Compare the return policies of <<brand:Marks & Spencer>> and <<brand:John Lewis>> for items bought on {DATE}."),
(3, "Are [[<<brand:Dr. Martens>>|<<brand:Tommy Hilfiger>>|<<brand:Ralph Lauren>>|<<brand:Calvin Klein>>]] boots true to size? The pair I want costs {PRICE}."),
(2, "Write a tasting note for [[<<brand:Jack Daniel's>>|<<brand:Johnnie Walker>>]] Black, about 80 words, no marketing fluff."),
(2, "Draft a complaint to <<brand:Mrs. Fields>> about invoice {INV}: the cookie tin was dented."),
(3, "Which is cheaper to insure for a 22-year-old, a [[<<brand:Ford>>|<<brand:Tesla>>|<<brand:Porsche>>]] or a [[<<brand:Peugeot>>|<<brand:Renault>>]]? Quote ref {REF}."),
(2, "My <<brand:Michelin>> tyres have {QTY} on them already. Is that normal wear?"),
(2, "Give me a shopping list for <<brand:Lidl>> and <<brand:Aldi>> under {PRICE} for a week of vegetarian dinners."),
(3, "How do I make a proper <<dish:Caesar salad>> without raw egg? Dinner is at {TIME}."),
(2, "What's the difference between a <<drink:Bloody Mary>> and a <<drink:Bloody Caesar>>?"),
(2, "Scale this <<drink:Tom Collins>> recipe for {QTY} of gin, please."),
(3, "Is a <<dish:Pavlova>> or a <<dish:Peach Melba>> easier for a beginner? I need it by {DATE}."),
(2, "Does <<drink:Earl Grey>> have more caffeine than <<drink:Lady Grey>>?"),
(2, "Recipe for <<dish:Chicken à la King>> for six, and how long it keeps in the fridge."),
(2, "Suggest a twist on <<dish:Oysters Rockefeller>> that works with mussels."),
(2, "Can I freeze <<dish:Beef Stroganoff>>? I made {QTY} of it."),
(2, "Explain the rules of the <<drink:Arnold Palmer>> vs. <<drink:John Daly>> debate at the golf club bar."),
(3, "I'm rereading <<title:Harry Potter and the Goblet of Fire>>. Which chapter introduces the maze? My copy is ISBN {ISBN}."),
(3, "Summarise <<title:The Hound of the Baskervilles>> in five bullet points; <<character:Sherlock Holmes>> should get one bullet only."),
(2, "Was <<character:Peter Pan>> first a play or a novel?"),
(2, "Write a bedtime story where <<character:Winnie the Pooh>> loses his honey pot, under 200 words."),
(2, "Why did <<title:Tom and Jerry>> cartoons stop using the original voice of the housemaid?"),
(2, "Give me a quiz about <<character:Mary Poppins>> and <<character:Willy Wonka>> for ten-year-olds."),
(2, "Lyrics analysis of <<title:Eleanor Rigby>>: what does the face in the jar mean?"),
(2, "Is <<title:Jolene>> in a key that suits a baritone?"),
(2, "Best build in <<title:Super Mario Odyssey>> for the moon kingdom? I'm on version {VER}."),
(2, "Can you explain <<law_or_theorem:Pythagoras' theorem>> with a ladder example?"),
(2, "State <<law_or_theorem:Newton's second law>> and give a worked example with {QTY}."),
(2, "What's the link between <<law_or_theorem:Murphy's law>> and <<law_or_theorem:Sod's law>>?"),
(2, "Prove <<law_or_theorem:Fermat's little theorem>> for p = 7 step by step."),
(2, "Convert 451 degrees <<unit:Fahrenheit>> to <<unit:Celsius>> and to <<unit:kelvin>>."),
(2, "How many <<unit:newtons>> is a force of {QTY}? Show the formula."),
(2, "Early signs of <<disease:Alzheimer's>> versus normal ageing, in plain language."),
(2, "Is <<disease:Parkinson's>> hereditary? Keep it short."),
(2, "What does a <<disease:Hashimoto's>> diagnosis mean for my thyroid medication dose?"),
(2, "Who can nominate candidates for the <<award:Nobel Prize>> in physics, and what's the deadline, {DATE}?"),
(2, "List the categories of the <<award:Pulitzer Prize>> and the <<award:Booker Prize>>."),
(2, "Is the <<event:Davis Cup>> final at <<venue:Arthur Ashe Stadium>> this year? Tickets were {PRICE}."),
(2, "How do I get from <<place:Jackson Heights>> to <<venue:Madison Square Garden>> before {TIME}?"),
(2, "Weekend plan for <<place:Charlotte>>, North Carolina, with a budget of {PRICE}."),
(2, "Ferry times from <<place:Victoria>> to <<place:Vancouver>> on {DATE}?"),
(2, "How hard is the hike up <<place:Mount Elgon>> compared with <<place:Mount Kenya>>?"),
(2, "Order {ORDER} says shipped, tracking {TRACK}, but nothing since {DATE}. What should I do?"),
(2, "Ticket {TICKET}: the VPN client {VER} crashes on login. Logs attached."),
(2, "Case {CASE} was closed without a reply. Please reopen it."),
(2, "Claim {CLAIM} for the cracked screen: is {PRICE} covered?"),
(2, "The workshop moved to room {ROOM}, starting {TIME} on {DATE}."),
(2, "Our account ref {REF} was billed twice this month, {PRICE} each time."),
(2, "Invoice {INV} shows {AMOUNT:6} but the PO said {PRICE}. Which is right?"),
(2, "Is the <<event:Boston Marathon>> qualifying time different for ages 40-44? My best is 3:21:40."),
(2, "Rank the <<brand:Disney>> parks by queue times; we fly out {DATE}."),
(2, "Which is better for beginners, <<brand:Jim Beam>> or <<brand:Evan Williams>>, in an old fashioned?"),
],
"de": [
(2, "Gibt es bei <<brand:Müller>> Drogerie auch Fotobücher? Mein Gutschein läuft am {DATE} ab."),
(2, "Was kostet ein <<brand:Kaiser's>>-Kaffee heute noch? Früher {PRICE}."),
(2, "Ist <<game:Professor Layton>> für zehnjährige geeignet?"),
(2, "Wie bereite ich <<dish:Leipziger Allerlei>> mit Tiefkühlgemüse zu? {QTY} reichen?"),
(2, "Kurze Erklärung zur <<disease:Parkinson-Krankheit>> für den Biounterricht."),
(2, "Wer hat den <<award:Nobelpreis>> für Chemie erfunden, also gestiftet?"),
(2, "Ist die <<event:Vierschanzentournee>> in <<place:Garmisch-Partenkirchen>> ausverkauft? Wir kommen um {TIME}."),
(2, "Schreib ein Gedicht über <<character:Biene Maja>> und <<character:Willi>>, vier Strophen."),
(2, "Wie komme ich vom <<place:Ernst-Reuter-Platz>> zur <<place:Siegessäule>>?"),
(2, "Was ist das <<law_or_theorem:Archimedische Prinzip>>? Bitte mit Badewanne erklären."),
(3, "Hat der [[<<brand:Rossmann>>|<<brand:Müller>>]] am Bahnhof sonntags offen? Ich brauche bis {TIME} Sonnencreme."),
(3, "Ist <<brand:Lidl>> oder <<brand:Aldi>> günstiger für Windeln? Die Packung kostet gerade {PRICE}."),
(2, "Meine Bestellung {ORDER} bei <<brand:Tchibo>> ist seit dem {DATE} unterwegs, Sendung {TRACK}."),
(2, "Rezept für <<dish:Sachertorte>> ohne Marillenmarmelade, bitte für eine 24er Form."),
(2, "Wie lange muss ein <<dish:Fürst-Pückler-Eis>> ins Gefrierfach? Ich habe {QTY} Sahne."),
(2, "Was unterscheidet <<dish:Prinzregententorte>> von einer Dobostorte?"),
(2, "Erklär mir den <<law_or_theorem:Satz des Pythagoras>> am Beispiel einer Leiter, Klasse 8."),
(2, "Wie lautet das <<law_or_theorem:Ohmsche Gesetz>>, und wie rechne ich {QTY} in Ampere um?"),
(2, "Kurze Erklärung zur <<disease:Alzheimer-Krankheit>> für meine Oma, ganz ohne Fachwörter."),
(2, "Wer darf Kandidaten für den <<award:Georg-Büchner-Preis>> vorschlagen?"),
(2, "Wie komme ich von <<place:Karl-Marx-Stadt>> – also heute Chemnitz – bis {TIME} zum Flughafen?"),
(2, "Ist die <<place:Theresienwiese>> zum Frühlingsfest voll? Wir kommen am {DATE}."),
(2, "Schreib eine Gute-Nacht-Geschichte mit <<character:Pumuckl>> und <<character:Meister Eder>>, 150 Wörter."),
(2, "Worum geht es in <<title:Die Leiden des jungen Werthers>>? Zusammenfassung in drei Sätzen."),
(2, "Reklamation zu Rechnung {INV}: Die <<brand:Porsche>>-Design-Uhr kam ohne Armband."),
(2, "Ticket {TICKET}: Nach dem Update auf {VER} startet die App nicht mehr."),
(2, "Schadennummer {CLAIM}: Wird der Wasserschaden vom {DATE} übernommen?"),
(2, "Der Kurs findet jetzt in Raum {ROOM} statt, Beginn {TIME}."),
(2, "Ist ein <<drink:Hugo>> oder ein <<drink:Aperol Spritz>> stärker?"),
(2, "Kann man <<brand:Dr. Oetker>> Puddingpulver durch Speisestärke ersetzen? Es sind {QTY}."),
(2, "Wo spielt das <<event:DFB-Pokalfinale>> eigentlich, immer im <<venue:Olympiastadion>>?"),
(2, "Welche Kundennummer steht auf der Rechnung? Ich finde nur {REF} und das Datum {DATE}."),
(2, "Die Maut für den <<place:Kaiser-Wilhelm-Koog>>-Deich? Gibt es nicht, oder? Anfahrt am {DATE}."),
(2, "Wie viele <<unit:Grad Celsius>> sind 350 <<unit:Fahrenheit>> beim Backen?"),
],
"fr": [
(2, "Est-ce que <<brand:Lidl>> vend des <<brand:Michelin>> essuie-glaces ? Ticket de caisse {INV}."),
(2, "Une idée de dessert après un <<dish:bœuf Stroganoff>> ? Le dîner est à {TIME}."),
(2, "Comment faire une <<dish:salade Niçoise>> pour {QTY} de thon ?"),
(2, "Le <<award:prix Nobel>> de littérature est annoncé quand, le {DATE} ?"),
(2, "Explique la <<law_or_theorem:loi de Murphy>> à un enfant de dix ans."),
(2, "Qui est plus fort, <<character:Tintin>> ou <<character:Spirou>> ?"),
(2, "Le <<venue:stade Vélodrome>> est-il loin de la gare <<place:Saint-Charles>> ?"),
(2, "Symptômes de la <<disease:maladie d'Alzheimer>> au début, version courte."),
(2, "C'est quoi une <<dish:tarte Bourdaloue>> ?"),
(2, "Un <<drink:Mauresque>> ou un <<drink:Perroquet>>, c'est quoi la différence ?"),
(3, "Le <<brand:McDonald's>> de la gare ferme à quelle heure ? J'arrive vers {TIME}."),
(2, "Commande {ORDER} chez <<brand:Decathlon>> : le colis {TRACK} est bloqué depuis le {DATE}."),
(2, "Quelle différence entre une <<dish:crêpe Suzette>> et une <<dish:pêche Melba>> côté préparation ?"),
(2, "Recette de <<dish:sole meunière>> pour quatre, avec {QTY} de beurre."),
(2, "Le <<dish:Paris-Brest>> se congèle-t-il bien ? J'en ai fait {QTY}."),
(2, "Explique le <<law_or_theorem:théorème de Thalès>> avec un exemple de triangle, niveau 4e."),
(2, "Comment on applique la <<law_or_theorem:loi d'Ohm>> pour une résistance de {QTY} ?"),
(2, "Premiers symptômes de la <<disease:maladie de Parkinson>>, en langage simple."),
(2, "Qui peut proposer un livre pour le <<award:prix Goncourt>> ?"),
(2, "Trajet de <<place:Saint-Denis>> au <<venue:Stade de France>> un soir de match, départ {TIME}."),
(2, "Meilleure boulangerie près de la <<place:place Charles-de-Gaulle>> ouverte le {DATE} ?"),
(2, "Résume <<title:Le Comte de Monte-Cristo>> en cinq phrases pour un élève de 3e."),
(2, "Une histoire courte avec <<character:Astérix>> et <<character:Obélix>> à la plage, 150 mots."),
(2, "Ma <<brand:Peugeot>> 208 affiche un code défaut après {QTY}. Réclamation {CLAIM}."),
(2, "Les pneus <<brand:Michelin>> sont-ils remboursés ? Facture {INV}, montant {PRICE}."),
(2, "Ticket {TICKET} : la version {VER} ne synchronise plus les contacts."),
(2, "Dossier {CASE} : aucune réponse depuis le {DATE}, merci de relancer."),
(2, "La réunion est déplacée en salle {ROOM} à {TIME}."),
(2, "Un <<drink:kir royal>> ou un <<drink:Americano>> pour l'apéro ?"),
(2, "Combien de degrés <<unit:Celsius>> font 400 <<unit:Fahrenheit>> ?"),
(2, "C'est quoi la différence entre <<brand:Renault>> Clio et <<brand:Citroën>> C3 pour un jeune conducteur ? Devis {REF}."),
(2, "Le <<event:Tour de France>> passe-t-il par <<place:Saint-Étienne>> le {DATE} ?"),
(2, "Le livre ISBN {ISBN} est-il disponible en poche ?"),
(2, "Je cherche un cadeau chez <<brand:Yves Rocher>> à moins de {PRICE}."),
],
"zh": [
(2, "<<brand:老干妈>>辣酱在国外超市卖多少钱？这边是{PRICE}。"),
(2, "<<brand:张小泉>>的剪刀保修多久？订单{ORDER}。"),
(2, "<<character:哪吒>>和<<character:敖丙>>的关系怎么讲给小学生听？"),
(2, "<<title:红楼梦>>里<<character:林黛玉>>葬花是第几回？"),
(2, "<<disease:帕金森病>>会遗传吗？简单回答。"),
(2, "<<law_or_theorem:墨菲定律>>是什么意思？举个生活中的例子。"),
(2, "<<dish:夫妻肺片>>里真的有肺吗？"),
(2, "<<event:北京马拉松>>{DATE}开跑，{TIME}前要到<<place:天安门>>集合吗？"),
(2, "<<brand:麦当劳>>和<<brand:肯德基>>的早餐哪个更便宜？"),
(2, "<<game:王者荣耀>>里<<character:李白>>这个英雄怎么玩？更新到{VER}了。"),
(3, "[[<<brand:海底捞>>|<<brand:老干妈>>|<<brand:张小泉>>]]的优惠券怎么用？订单号{ORDER}。"),
(2, "<<brand:李宁>>的跑鞋和<<brand:安踏>>哪个更适合新手？预算{PRICE}。"),
(2, "<<brand:王老吉>>和<<brand:加多宝>>有什么区别？"),
(2, "我在<<brand:周大福>>买的金镯子，发票号{INV}，可以换款吗？"),
(2, "给孩子讲讲<<character:哪吒>>闹海的故事，三百字以内。"),
(2, "<<character:孙悟空>>和<<character:猪八戒>>谁的本领更大？写个小辩论。"),
(2, "<<title:三国演义>>里的空城计是第几回？我的书ISBN是{ISBN}。"),
(2, "<<dish:东坡肉>>怎么做才不腻？准备了{QTY}五花肉。"),
(2, "<<dish:宫保鸡丁>>和<<dish:麻婆豆腐>>哪个更辣？"),
(2, "<<dish:左宗棠鸡>>在国内餐馆能点到吗？"),
(2, "用<<law_or_theorem:勾股定理>>算一下梯子长度，墙高{QTY}。"),
(2, "<<law_or_theorem:牛顿第二定律>>怎么给初二学生讲清楚？"),
(2, "<<disease:阿尔茨海默病>>的早期症状有哪些？说简单点。"),
(2, "<<award:诺贝尔奖>>的奖金现在是多少？"),
(2, "从<<place:中山公园>>到<<place:鲁迅公园>>坐地铁要多久？{TIME}出发。"),
(2, "<<event:全运会>>在<<venue:奥体中心>>的门票{PRICE}一张，值得去吗？"),
(2, "工单{TICKET}：升级到{VER}以后APP闪退。"),
(2, "理赔号{CLAIM}，手机碎屏能赔多少？"),
(2, "会议改到{ROOM}会议室，{DATE}{TIME}开始。"),
(2, "快递单号{TRACK}显示已签收，但我没收到。"),
(2, "<<unit:摄氏度>>和<<unit:华氏度>>怎么换算？烤箱写的是400。"),
(2, "案件编号{CASE}的进度在哪查？"),
(2, "<<brand:特斯拉>>和<<brand:保时捷>>的电车哪个保值？报价单{REF}。"),
(2, "<<title:西游记>>里<<character:唐僧>>一共遇到几难？"),
(2, "<<drink:龙井>>和<<drink:碧螺春>>哪个适合冷泡？"),
],
}

PHONES = {
"en": [
(3, "Call me at {P:US} after {TIME}, not before."),
(3, "my cell is {P:US} or try the office {P:CA}"),
(3, "Can you text {P:US} when order {ORDER:10} ships?"),
(3, "The landlord's number is {P:CA}, the deposit was {AMOUNT:4}."),
(3, "Reach the Singapore office on {P:SG} / {P:SG} during business hours."),
(3, "Please update my phone to {P:US} on account {CUST:10}."),
(3, "He said ring {P:HK} tomorrow, ref {REF:8} for the booking."),
(3, "Phone: {P}\nOrder: {ORDER:10}\nDelivery: {DATE}"),
(3, "text me {P:US} lol, the tracking is {TRACK}"),
(3, "Our supplier in Milan picks up on {P:IT:mob} — invoice {INV} still open."),
(3, "I'm in Madrid till {DATE}, reach me on {P:ES:mob:nat}."),
(3, "The hotel front desk in Valletta is {P:MT}, room {ROOM}."),
(3, "Customer {CUST:10} wants callbacks on {P:US} only, never on {P:US}."),
(3, "Give {P:CA} a call and ask about claim {CLAIM}."),
(3, "For the Copenhagen trip the guide's number is {P:DK:mob:nat}; tour fee {PRICE}."),
(3, "Oslo contact: {P:NO}. Confirmation code {ORDER:8}."),
(3, "Cell {P:US}, work {P:US}, fax none."),
(3, "If nobody answers at {P:SG}, leave a voicemail and quote case {CASE}."),
(3, "Driver's number is {P:HK:mob:nat}; pickup {TIME}, {QTY} of luggage."),
(3, "Wire reference {REF:10} — confirm by calling {P:US}."),
(3, "Reschedule me, I'm reachable at {P:CY} or {P:LU}."),
(3, "My mom's new number {P:CA} (she switched carriers on {DATE})."),
(3, "Please dial {P:US} for the front office; the gate code is {ORDER:6}."),
(3, "the plumber is on {P:US}, quote was {AMOUNT:4}"),
(3, "Our Hong Kong agent: {P:HK}. Shipment {TRACK}."),
(3, "Emergency contact: {P:US}\nPolicy: {CUST:10}"),
(3, "Spanish landline for the villa is {P:ES:land}, check-in {TIME}."),
(3, "New number! {P:US} — save it, the old one dies {DATE}."),
(3, "I tried {P:CA} three times, it keeps saying invoice {INV} is unpaid."),
(3, "Singapore mobile {P:SG:mob:nat}, order {ORDER:8}, total {PRICE}."),
],
"de": [
(3, "Ruf mich unter {P:IT:mob:nat} an, ich bin bis {DATE} in Rom."),
(3, "Handy {P:ES:mob} oder Festnetz {P:ES:land}, Kundennummer {CUST:9}."),
(3, "ruf doch mal {P:PL:mob:nat} an, der hat die Rechnung {INV}"),
(3, "Die Ferienwohnung in Lissabon erreicht man unter {P:PT}, Buchung {ORDER:9}."),
(3, "Ich bin ab {TIME} unter {P:GR:mob} oder {P:GR:land} erreichbar."),
(3, "Der Vermieter in Kopenhagen hat die Nummer {P:DK:nat}, Kaution {AMOUNT:4}."),
(3, "Tel. {P:NO:land:nat} / mobil {P:NO:mob:nat}"),
(3, "Bitte rufen Sie {P:CZ} an und nennen Sie die Auftragsnummer {ORDER:9}."),
(3, "Unser Fahrer in Bratislava: {P:SK:mob}. Abholung am {DATE} um {TIME}."),
(3, "Die Werkstatt in Budapest ist unter {P:HU:mob:nat} zu erreichen, Kostenvoranschlag {PRICE}."),
(3, "Schwedisches Büro: {P:SE:land:nat}, Ticket {TICKET}."),
(3, "Für Helsinki einfach {P:FI:mob:nat} wählen, Referenz {REF:10}."),
(3, "Für Rückfragen zur Sendung {TRACK} bitte {P:LU} anrufen."),
(3, "Auf Malta ist das Hotel unter {P:MT} erreichbar, Zimmer {ROOM}."),
(3, "Zypern-Kontakt {P:CY:mob:nat} oder {P:CY:land:nat}, Betrag {AMOUNT:6}."),
(3, "Kannst du {P:IT:land} zurückrufen? Es geht um Bestellung {ORDER:10} vom {DATE}."),
(3, "Meine neue Nummer: {P:PL:mob}. Die alte Kundennummer {CUST:9} bleibt."),
(3, "Versuch es unter {P:ES:mob:nat} oder {P:PT:mob:nat}, wir sind beide in Spanien."),
(3, "Telefon {P:HU}\nRechnungsbetrag {AMOUNT:6}\nFällig {DATE}"),
],
"fr": [
(3, "Appelle-moi au {P:IT:mob:nat} quand tu arrives à Milan."),
(3, "Mon numéro en Espagne : {P:ES:mob}, commande {ORDER:9}."),
(3, "Tu peux joindre l'agence au {P:PT:land} ou au {P:PT:mob}, dossier {CASE}."),
(3, "Le propriétaire à Athènes répond au {P:GR:mob:nat}, caution {AMOUNT:4}."),
(3, "Pour le colis {TRACK}, appelez le {P:LU} avant {TIME}."),
(3, "Portable {P:PL:mob:nat} ou fixe {P:PL:land:nat}, facture {INV}."),
(3, "Le chauffeur à Prague : {P:CZ:mob}, prise en charge le {DATE}."),
(3, "Contactez le garage au {P:HU:mob:nat}, devis {PRICE}."),
(3, "Tél. {P:SE}\nN° client {CUST:9}\nÉchéance {DATE}"),
(3, "Je suis joignable au {P:FI:mob:nat} jusqu'au {DATE}."),
(3, "appelle le {P:DK:nat} ou le {P:NO:nat} pour la location du chalet"),
(3, "À Malte, l'hôtel c'est le {P:MT}, chambre {ROOM}."),
(3, "Numéro de la villa à Chypre : {P:CY}, montant {AMOUNT:6}."),
(3, "Rappelez-moi au {P:IT:land} pour la commande {ORDER:10} du {DATE}."),
(3, "Le technicien passera à {TIME} ; s'il y a un souci, il appellera le {P:ES:land:nat}."),
(3, "Mon nouveau numéro : {P:SK}. Référence client {REF:9}."),
(3, "Écris-moi sur WhatsApp au {P:PT:mob:nat} ou au {P:IT:mob}."),
(3, "Le bureau de Luxembourg répond au {P:LU:land:nat} ; le ticket {TICKET} est prioritaire."),
(3, "On a réservé sous la référence {ORDER:8}, le restaurant est au {P:GR:land}."),
],
"zh": [
(3, "打这个号{P:CN}，就说是订单{ORDER:11}的事。"),
(3, "我的手机是{P:CN}或者{P:CN}，白天都能打通。"),
(3, "有问题请联系{P:CN}，发票号{INV}，金额{AMOUNT:6}。"),
(3, "香港那边的电话{P:HK}，快递单号{TRACK}。"),
(3, "新加坡办事处：{P:SG}，{DATE}之前回复。"),
(3, "你给{P:CN}打个电话问问，客户编号{CUST:11}。"),
(3, "联系人电话{P:CN}\n订单号{ORDER:11}\n下单时间{DATE}"),
(3, "房东在香港，号码{P:HK:mob:nat}，押金{AMOUNT:5}。"),
(3, "{P:CN}是我新号，旧号{DATE}停机。"),
(3, "麻烦打{P:CN}/{P:CN}，找前台就行，会议室{ROOM}。"),
(3, "美国那边的客服是{P:US}，工单{TICKET}。"),
(3, "加拿大的亲戚电话{P:CA}，转账参考号{REF:10}。"),
(3, "意大利供应商手机{P:IT:mob}，合同金额{AMOUNT:7}。"),
(3, "去西班牙旅行的导游电话{P:ES:mob:nat}，{TIME}集合。"),
(3, "打{P:SG:mob:nat}找司机，行李{QTY}。"),
(3, "退款进度请拨{P:CN}查询，理赔号{CLAIM}。"),
(3, "请尽快回电{P:CN}，账单{AMOUNT:5}已逾期，合同号{ORDER:12}。"),
],
}

NAMES = {
"de": [
(3, "Zu Händen {N:1}, Einkauf – bitte die Lieferung vom {DATE} prüfen."),
(3, "z. Hd. Herrn {L:1}\nBetreff: Angebot {INV}"),
(3, "Kannst du {F:1} sagen, dass der Termin um {TIME} ausfällt?"),
(3, "Teilnehmer: {LIST:; }"),
(3, "Im Verteiler fehlen noch {LIST:, }."),
(3, "Viele Grüße\n{N:1}"),
(3, "cc: {N:1}, {N:2}\nBitte bis {DATE} freigeben."),
(3, "Hab gestern mit {F:1} telefoniert, {F:2} kommt später nach."),
(3, "c/o {N:1}, Lieferung an die Nachbarin."),
(3, "Frau {L:1} übernimmt ab {DATE} die Vertretung für {N:2}."),
],
"fr": [
(3, "À l'attention de {N:1}, service comptabilité : facture {INV}."),
(3, "À l'attention de Madame {L:1}\nObjet : réunion du {DATE}"),
(3, "Tu peux prévenir {F:1} que le cours de {TIME} est annulé ?"),
(3, "Participants : {LIST:; }"),
(3, "Ajoute {LIST:, } à la liste de diffusion."),
(3, "Bien cordialement,\n{N:1}"),
(3, "cc : {N:1} ; {N:2}"),
(3, "J'ai croisé {F:1} hier, et {F:2} passera demain."),
(3, "c/o {N:1}, 2e étage, appartement {ROOM}."),
(3, "M. {L:1} remplace {N:2} à partir du {DATE}."),
],
"zh": [
(3, "请转交{N:1}，合同{DATE}前寄回。"),
(3, "参会人员：{LIST:、}"),
(3, "抄送：{N:1}；{N:2}"),
(3, "你跟{N:1}说一下，{TIME}的会改期了。"),
(3, "此致\n敬礼\n{N:1}"),
(2, "昨天{N:1}和{N:2}一起去的医院。"),
(3, "收件人：{N:1}（代收），快递单号{TRACK}。"),
(3, "{N:1}老师，作业已经交了，辛苦您。"),
(2, "名单：{LIST:，}，请核对。"),
],
"en": [
(3, "Attn: {N:1}, Accounts Payable – invoice {INV} is overdue."),
(3, "c/o {N:1}, Flat 3, please leave with the porter."),
(3, "cc: {N:1}; {N:2}"),
(3, "Best regards,\n{N:1}"),
(3, "Can you ask {F:1} whether {F:2} is joining the {TIME} call?"),
],
}

GIVEN = {
"de": ["Quirin", "Ruprecht", "Hauke", "Wiebke", "Frauke", "Tjark", "Okke", "Swantje", "Gesche", "Thiemo", "Wendelin",
       "Korbinian", "Vitus", "Irmtraud", "Gotthold", "Leberecht", "Wigbert", "Imke", "Hilke", "Enno", "Fenja", "Jelto",
       "Remmer", "Theda", "Notburga", "Kreszenz", "Eike", "Rieke", "Sönke", "Ortwin", "Waltraud", "Bonifaz", "Ottilie",
       "Hinnerk", "Gunhild", "Servatius", "Eberhild", "Veit", "Leopoldine", "Tamme"],
"fr": ["Rozenn", "Léontine", "Maïwenn", "Gwenola", "Armelle", "Ghislain", "Anatole", "Séverin", "Bérengère", "Clothilde",
       "Eudes", "Enguerrand", "Goulven", "Tugdual", "Yseult", "Solenne", "Hermance", "Honorine", "Aldric", "Albéric",
       "Ombeline", "Philibert", "Sidonie", "Gwendal", "Prosper", "Apolline", "Perrine", "Marie-Aldegonde", "Jean-Gwenaël",
       "Bertrade", "Côme", "Anne-Bénédicte", "Ysaline", "Thiphaine", "Aymeric", "Ninon"],
"en": ["Thaddeus", "Peregrine", "Isolde", "Lorcan", "Ottoline", "Caradoc", "Fenella", "Tamsin", "Ebenezer", "Jago",
       "Morwenna", "Ptolemy", "Clemency", "Ambrose", "Lettice", "Eamon", "Oona", "Crispin", "Bronwen", "Alaric"],
}
FAMILY = {
"de": ["Brüggemeier", "Oltmanns", "Hinrichsen", "Tjaden", "Poppinga", "Zirngibl", "Gschwendtner", "Reißenweber",
       "Leutheusser", "Habermehl", "Osterkamp", "Ahlrichs", "Wiesböck", "Stadlmayr", "Grabmeier", "Kettenacker",
       "Vosskuhl", "Lüdeking", "Hüsgen", "Eilts", "Dirksen-Wübbena", "von Tiesenhausen", "Pfisterer", "Mairhofer",
       "Ostendorp", "Thiessenhusen", "Wachtendonk", "Uhlhorn"],
"fr": ["Kerjean", "Trégouët", "Quéméner", "Le Floc'h", "Abgrall", "Guéguen", "Castagnède", "Etcheverry", "Harispe",
       "Bouchardeau", "Desrosiers", "Peyrefitte", "Cazenave", "Larrouturou", "Kervella", "Le Bihan", "de Kersauson",
       "Mouraret", "Chabrerie", "Vidalenc", "Lestrade-Puyo", "Tournesac", "Pelletan", "Dufresnoy"],
"en": ["Featherstonehaugh", "Pennefather", "Quartermaine", "Tregarthen", "Wolstenholme", "Blenkinsop", "Ackroyd",
       "Trevelyan", "Cholmondeley", "Loveridge", "Ffoulkes", "Pengelly", "Haverstock", "Aldersey"],
}
ZH_SURNAME = ["邝", "岑", "牟", "鄢", "阚", "亓", "逄", "仉", "缑", "郗", "晏", "訾", "禚", "蒯", "靳", "乜", "綦", "覃",
              "隗", "昝", "欧阳", "司马", "端木", "公孙", "尉迟"]
ZH_GIVEN = list("翀珺璟昶赟淏彧玥喆骞瑀昉翯祎曌峣烜湉婳珏琰旻晗铖煦颢琮钰")


# ---------------------------------------------------------------- rendering
TOK = re.compile(r"\{(\w+)(?::([^}]*))?\}|<<([a-z_]+):([^>]+)>>")
ALT = re.compile(r"\[\[([^\[\]]*)\]\]")


def render(tpl, lang, part):
    # choose alternatives
    while True:
        m = ALT.search(tpl)
        if not m:
            break
        tpl = tpl[:m.start()] + rng.choice(m.group(1).split("|")) + tpl[m.end():]
    # pass 1: phones
    toks = list(TOK.finditer(tpl))
    phones = {}
    for i, m in enumerate(toks):
        if m.group(1) == "P":
            args = (m.group(2) or "").split(":")
            region = next((a for a in args if a.isupper()), None)
            kind = next((a for a in args if a in ("mob", "land")), None)
            form = next((a for a in args if a in ("nat", "int")), None)
            phones[i] = make_phone(lang, region, kind, form)
    regions = sorted({p[1] for p in phones.values()})
    out, pii, looks = [], [], []
    pos = 0
    names = {}
    for i, m in enumerate(toks):
        out.append(tpl[pos:m.start()])
        pos = m.end()
        if m.group(3):
            out.append(m.group(4))
            looks.append({"kind": m.group(3), "value": m.group(4)})
            continue
        slot, arg = m.group(1), m.group(2)
        if slot == "P":
            s, region, kind, form = phones[i]
            out.append(s)
            pii.append({"type": "PHONE", "value": s, "region": region})
        elif slot in ("N", "F", "L", "FL"):
            key = (slot, arg)
            if key not in names:
                names[key] = name_value(slot, lang)
            v = names[key]
            out.append(v)
            pii.append({"type": "PERSON", "value": v})
        elif slot == "LIST":
            sep = arg or ", "
            vs = []
            while len(vs) < rng.choice([3, 3, 4]):
                v = name_value(rng.choice(["N", "N", "F"]) if lang != "zh" else "N", lang)
                if v not in vs:
                    vs.append(v)
            out.append(sep.join(vs))
            pii += [{"type": "PERSON", "value": v} for v in vs]
        else:
            v, kind = lookalike(slot, arg, lang, regions)
            out.append(v)
            looks.append({"kind": kind, "value": v})
    out.append(tpl[pos:])
    text = "".join(out)
    # dedupe labels
    def uniq(xs, key):
        seen, r = set(), []
        for x in xs:
            k = tuple(x[q] for q in key)
            if k not in seen:
                seen.add(k)
                r.append(x)
        return r
    return text, uniq(pii, ("type", "value")), uniq(looks, ("kind", "value"))


def spans(text, v):
    r, i = [], text.find(v)
    while i >= 0:
        r.append((i, i + len(v)))
        i = text.find(v, i + 1)
    return r


def consistent(text, pii, looks):
    for x in pii + looks:
        if x["value"] not in text or x["value"] != x["value"].strip():
            return False
    ps = [s for x in pii for s in spans(text, x["value"])]
    for x in looks:
        for a, b in spans(text, x["value"]):
            if any(a < d and c < b for c, d in ps):
                return False
    # names must not collide with each other as substrings of look-alikes etc.
    if any(x["value"] in y["value"] for x in pii for y in looks):
        return False
    return True


def main():
    records, seen = [], set()
    counters = Counter()
    for part, table, letter in ((1, NOPII, "n"), (2, PHONES, "p"), (3, NAMES, "q")):
        for lang in ("en", "de", "fr", "zh"):
            for ti, (n, tpl) in enumerate(table.get(lang, []), 1):
                tid = f"x4-{lang}-{letter}{ti:03d}"
                made = 0
                for attempt in range(200):
                    if made >= n:
                        break
                    text, pii, looks = render(tpl, lang, part)
                    if text in seen or not consistent(text, pii, looks):
                        continue
                    if part == 1:
                        assert not pii, tid
                    seen.add(text)
                    counters[lang] += 1
                    records.append({"id": f"x4-{lang}-{counters[lang]:04d}", "locale": LOCALE[lang], "lang": lang,
                                    "text": text, "pii": pii, "lookalikes": looks, "template": tid, "split": "dev",
                                    "_part": part})
                    made += 1
                if made < n and "{" in tpl:
                    print(f"warning: {tid} made {made}/{n}", file=sys.stderr)
    path = os.path.join(HERE, "corpus.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps({k: v for k, v in r.items() if k != "_part"}, ensure_ascii=False) + "\n")
    check(path)
    if "--stats" in sys.argv:
        stats(records)


def check(path):
    texts, ids = set(), set()
    n = 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            n += 1
            assert r["split"] == "dev" and re.fullmatch(r"x4-(en|de|fr|zh)-\d{4}", r["id"]), r["id"]
            assert r["id"] not in ids and r["text"] not in texts, r["id"]
            ids.add(r["id"]); texts.add(r["text"])
            for x in r["pii"] + r["lookalikes"]:
                assert x["value"] in r["text"], (r["id"], x)
            for x in r["pii"]:
                if x["type"] == "PHONE":
                    num = phonenumbers.parse(x["value"], x["region"])
                    assert phonenumbers.is_valid_number(num), x
                    assert phonenumbers.region_code_for_number(num) == x["region"], x
    print(f"checked {n} records: valid JSON, unique ids and texts, all values in text, all phones valid", file=sys.stderr)


def stats(records):
    langs = ["en", "de", "fr", "zh"]
    pn = {1: "1 no PII", 2: "2 phones", 3: "3 names"}
    print("| part | " + " | ".join(langs) + " | all |\n|---|---|---|---|---|---|")
    for p in (1, 2, 3):
        c = Counter(r["lang"] for r in records if r["_part"] == p)
        print(f"| {pn[p]} | " + " | ".join(str(c[l]) for l in langs) + f" | {sum(c.values())} |")
    c = Counter(r["lang"] for r in records)
    print("| all | " + " | ".join(str(c[l]) for l in langs) + f" | {len(records)} |")
    tmpl = Counter(r["_part"] for r in {r["template"]: r for r in records}.values())
    print("\ntemplates per part: " + ", ".join(f"{pn[p]} {tmpl[p]}" for p in (1, 2, 3)))
    print("\nPII values (distinct per prompt):\n\n| type | " + " | ".join(langs) + " | all |\n|---|---|---|---|---|---|")
    t = defaultdict(Counter)
    for r in records:
        for x in r["pii"]:
            t[x["type"]][r["lang"]] += 1
    for k in sorted(t):
        print(f"| {k} | " + " | ".join(str(t[k][l]) for l in langs) + f" | {sum(t[k].values())} |")
    print("\nLook-alike values (distinct per prompt):\n\n| kind | " + " | ".join(langs) + " | all |\n|---|---|---|---|---|---|")
    t = defaultdict(Counter)
    for r in records:
        for x in r["lookalikes"]:
            t[x["kind"]][r["lang"]] += 1
    for k in sorted(t, key=lambda k: -sum(t[k].values())):
        print(f"| {k} | " + " | ".join(str(t[k][l]) for l in langs) + f" | {sum(t[k].values())} |")
    tot = Counter()
    for k in t:
        tot.update(t[k])
    print("| **all** | " + " | ".join(str(tot[l]) for l in langs) + f" | {sum(tot.values())} |")
    reg = Counter(x["region"] for r in records for x in r["pii"] if x["type"] == "PHONE")
    print("\nphone regions: " + ", ".join(f"{k} {v}" for k, v in sorted(reg.items())))
    forms = Counter("international" if x["value"].startswith(("+", "00", "(+")) else "national"
                    for r in records for x in r["pii"] if x["type"] == "PHONE")
    print("phone forms: " + ", ".join(f"{k} {v}" for k, v in sorted(forms.items())))
    two = sum(1 for r in records if sum(x["type"] == "PHONE" for x in r["pii"]) == 2)
    print(f"prompts with two phones: {two}")
    hard = Counter()
    for r in records:
        if r["_part"] != 2:
            continue
        regs = [x["region"] for x in r["pii"]] + [HOME[r["lang"]]]
        for x in r["lookalikes"]:
            if sum(ch.isdigit() for ch in x["value"]) >= 6 and valid_somewhere(x["value"], regs):
                hard[x["kind"]] += 1
    print("part 2 numeric look-alikes valid as a phone number of the prompt's phone regions or home region: "
          + (", ".join(f"{k} {v}" for k, v in sorted(hard.items())) or "none"))
    ne = sum(1 for r in records if r["_part"] == 2 and r["lang"] != "en")
    p2 = sum(1 for r in records if r["_part"] == 2)
    print(f"part 2 non-English: {ne}/{p2} = {ne/p2:.0%}")


if __name__ == "__main__":
    main()
