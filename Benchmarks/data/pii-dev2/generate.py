#!/usr/bin/env python3
"""Second, independent DEV corpus for Veil's PII anonymizer (see README.md in this folder).

    python3 generate.py            # writes corpus.jsonl next to this file (deterministic)
    python3 generate.py --stats    # also prints the count tables used in README.md

Everything is driven by one random.Random(SEED). No Faker, no mimesis: every name, word list and template
below was written by hand for this corpus. `phonenumbers` (pip install phonenumbers) is used only to
validate phone numbers and to make sure that look-alike digit strings are not valid numbers.
"""

import argparse
import json
import random
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from datetime import date, timedelta
from pathlib import Path

import phonenumbers as pn

SEED = 20261207
HERE = Path(__file__).resolve().parent
TARGETS = {  # locale: (prompts with PII, prompts without PII)
    "zh_CN": (300, 100),
    "de_DE": (225, 75),
    "fr_FR": (225, 75),
    "en_US": (75, 25),
    "en_GB": (75, 25),
}
LANG = {"zh_CN": "zh", "de_DE": "de", "fr_FR": "fr", "en_US": "en", "en_GB": "en"}
PREFIX = {"zh_CN": "zh", "de_DE": "de", "fr_FR": "fr", "en_US": "us", "en_GB": "gb"}
PHONE_REGION = {"zh_CN": "CN", "de_DE": "DE", "fr_FR": "FR", "en_US": "US", "en_GB": "GB"}

R = random.Random(SEED)


def pick(seq):
    return seq[R.randrange(len(seq))]


def digits(n, first="0123456789"):
    return pick(first) + "".join(pick("0123456789") for _ in range(n - 1))


# ----------------------------------------------------------------------------------------------------------
# Names (invented for this corpus; not taken from Faker, mimesis or any other name list)
# ----------------------------------------------------------------------------------------------------------

ZH_SURNAMES_COMMON = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴莫孔汤")
ZH_SURNAMES_RARE = list("仇佘邝濮訾阚蒯滕栾冼逯宓查晏甄闵岑牟麦祁谯葛阮单池郦钮卞揭缪敖鄢隗璩")
ZH_SURNAMES_COMPOUND = ["欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "慕容", "令狐", "端木", "公孙",
                        "尉迟", "长孙", "宇文", "司徒", "夏侯", "南宫", "百里", "呼延"]
ZH_GIVEN_1_M = list("伟强磊勇军杰涛刚辉鹏飞斌博昊轩睿骁钊峥琛毅凯锋")
ZH_GIVEN_1_F = list("芳丽艳娟静敏燕霞玲萍琳瑶婷雪颖琪璐蕊芮湉岚倩")
ZH_GIVEN_1_N = list("明超洋华平宁晨鑫曦珂翊璟祎晗旻赟彧昀熠珩砚棠珏琰")
ZH_GIVEN_1 = ZH_GIVEN_1_M + ZH_GIVEN_1_F + ZH_GIVEN_1_N
ZH_GIVEN_2_F = ["秀英", "子涵", "梓萱", "雨桐", "嘉怡", "欣怡", "佳琪", "海燕", "淑芬", "桂兰", "玉梅", "若曦", "芷若",
                "亦菲", "紫萱", "雅静", "丽娟", "小红", "美玲", "书瑶", "梦琪", "婉清", "语嫣", "念慈", "星澜", "砚秋",
                "听雨", "翠花", "金凤", "丹青", "安琪", "思彤", "晓雯", "依依"]
ZH_GIVEN_2_M = ["志强", "建华", "浩然", "一诺", "思远", "俊杰", "文博", "晓东", "春生", "国庆", "卫东", "德明", "宏伟",
                "晨阳", "沐宸", "奕辰", "知行", "明轩", "振华", "建军", "晓光", "立新", "天佑", "景行", "鹤年", "清越",
                "泽楷", "锦程", "慕白", "则徐", "铁柱", "永福", "长顺", "嘉禾", "梓轩"]
ZH_GIVEN_2 = ZH_GIVEN_2_F + ZH_GIVEN_2_M
# two-character strings that would be everyday words (or famous people) if generated as a name
ZH_NAME_BLACKLIST = {"高超", "高强", "高明", "文明", "海洋", "华丽", "江涛", "林涛", "洪涛", "宋明", "唐明", "秦明",
                     "元明", "雷军", "马云", "李宁", "孔明", "金星", "方明", "常明", "白雪", "龙飞", "万华", "钱明",
                     "江平", "和平", "安宁", "林琳", "石磊", "黎明", "金鑫", "范伟", "孙红", "黄鹏", "韩红", "高峰",
                     "余华", "严明", "邓超", "马超", "张杰", "周杰", "于洋", "贾玲", "宁静", "史明", "金刚", "钟明",
                     "毛平", "夏雪", "郝静", "雷雨", "石华", "罗平", "史华", "陶华", "汤平", "时明", "宇航",
                     "丁磊", "杨洋", "刘涛", "黄磊", "李晨", "王凯", "刘洋", "金明", "东方明", "东方红", "万明"}
ZH_FAMOUS = {"周树人", "王守义", "杨国福", "张亮", "张小泉", "马应龙", "徐福记", "李锦记", "孙中山", "宋庆龄", "杜甫",
             "鲁迅", "司马光", "诸葛亮", "欧阳修", "上官婉儿", "司马迁", "东方不败", "令狐冲", "慕容复", "杨过"}

DE_FIRST_M = ["Lukas", "Jonas", "Felix", "Maximilian", "Korbinian", "Xaver", "Quirin", "Vitus", "Sepp", "Florian",
              "Leonhard", "Benedikt", "Alois", "Hauke", "Jannik", "Finn", "Tjark", "Fiete", "Okke", "Reto", "Urs",
              "Beat", "Mathis", "Andrin", "Flurin", "Ferdinand", "Leopold", "Valentin", "Matthias", "Tobias",
              "Dominik", "Kilian", "Emil", "Anton", "Konstantin", "Jörg", "Björn", "Günther", "Rüdiger", "Wolfgang",
              "Ingo", "Detlef", "Hartmut", "Volker", "Malte", "Henning", "Ole", "Mirko", "Dragan", "Emre", "Cem",
              "Piotr", "Timo", "Sönke", "Gregor", "Ansgar", "Wendelin"]
DE_FIRST_F = ["Kathrin", "Theresa", "Franziska", "Magdalena", "Veronika", "Walburga", "Sophie", "Hannah", "Lea",
              "Greta", "Frieda", "Ida", "Swantje", "Imke", "Wiebke", "Gesine", "Nadja", "Seraina", "Corina",
              "Hannelore", "Gerlinde", "Traudl", "Rosalie", "Johanna", "Annika", "Birte", "Svenja", "Ulrike",
              "Dagmar", "Heike", "Silke", "Jutta", "Mareike", "Leonie", "Charlotte", "Elif", "Ayşe", "Katarzyna",
              "Milena", "Zoë", "Bärbel", "Gudrun", "Henrike", "Wilhelmine", "Resi", "Vroni", "Liesl", "Anneliese"]
DE_FIRST_M_COMPOUND = ["Hans-Jürgen", "Karl-Heinz", "Jan-Hendrik", "Klaus-Dieter", "Hans-Georg", "Franz-Xaver",
                       "Jan-Ole", "Ernst-August", "Gian-Luca", "Heinz-Werner", "Peter-Michael"]
DE_FIRST_F_COMPOUND = ["Anna-Lena", "Marie-Luise", "Eva-Maria", "Lisa-Marie", "Anne-Kathrin", "Hanna-Sophie",
                       "Rosa-Maria", "Ute-Christine", "Lena-Sophie"]
DE_LAST = ["Klein", "Wolf", "Fuchs", "Koch", "Meier", "Huber", "Brandstätter", "Oberhuber", "Moosbrugger",
           "Gruber", "Pfister", "Brunner", "Steiner", "Zimmermann", "Hoffmann", "Lehmann", "Krüger", "Hartmann",
           "Schwarz", "Lange", "Vogel", "Jung", "Braun", "Sommer", "Winter", "Hahn", "Kuhn", "Wagner", "Becker",
           "Schulze", "Neumann", "Haas", "Eberle", "Riedl", "Kögl", "Hinterseer", "Lechner", "Wimmer", "Pichler",
           "Aigner", "Strobl", "Weißenböck", "Yılmaz", "Kowalski", "Nowak", "Öztürk", "Petersen", "Jürgensen",
           "Thiessen", "Ahlers", "Brockmann", "Feddersen", "Grünwald", "Ziegler", "Obermaier", "Kastner",
           "Bachmann", "Hürlimann", "Zürcher", "Gisler", "Ammann", "Lüthi", "Käser", "Reinprecht", "Sailer",
           "Mayrhofer", "Lindner", "Dietz", "Seidel", "Kraus", "Fink", "Strauß", "Rothe", "Kellermann", "Baumgartner",
           "Schmid", "Bauer", "Fischer", "Schneider", "Richter", "Schäfer", "Kaiser", "König", "Jäger"]
DE_PARTICLE_LAST = ["von Bredow", "von der Tann", "zu Leiningen", "von Hagenau", "von der Lühe", "vom Hofe",
                    "von Aschwege", "zu Ortenberg", "von Trotha-Bülow", "von der Heydt-Sommer", "von Ebersberg",
                    "von und zu Brettach"]

FR_FIRST_M = ["Yannick", "Erwan", "Loïc", "Goulven", "Tugdual", "Gaétan", "Réjean", "Ghislain", "Ludovic",
              "Maxime", "Thiébaut", "Materne", "Florent", "Estève", "Bertrand", "Aurélien", "Benoît", "Thibault",
              "Mathéo", "Kévin", "Grégoire", "Arnaud", "Régis", "Hervé", "Gilles", "Cédric", "Jérémie", "Baptiste",
              "Killian", "Gwendal", "Ronan", "Maël", "Joël", "Mehdi", "Karim", "Sékou", "Hugues", "Amaury",
              "Eudes", "Aymeric", "Sylvain", "Raphaël", "Noé"]
FR_FIRST_F = ["Gwenaëlle", "Maëlys", "Rozenn", "Nolwenn", "Magali", "Mireille", "Fanny", "Odile", "Ginette",
              "Solène", "Clémence", "Capucine", "Apolline", "Héloïse", "Océane", "Margaux", "Élodie", "Aurore",
              "Bérénice", "Ségolène", "Maïwenn", "Gaëlle", "Sidonie", "Lucie", "Agathe", "Inès", "Yasmine", "Aïcha",
              "Josiane", "Huguette", "Léonie", "Anaïs", "Chloé", "Perrine", "Annick", "Gisèle", "Édith",
              "Véronique", "Nadège", "Brigitte"]
FR_FIRST_M_COMPOUND = ["Jean-Marc", "Pierre-Yves", "Jean-Philippe", "Louis-Étienne", "Jean-Baptiste",
                       "Marc-André", "Paul-Henri", "Jean-Sébastien", "François-Xavier", "Pierre-Alexandre"]
FR_FIRST_F_COMPOUND = ["Marie-Hélène", "Anne-Laure", "Marie-Ève", "Anne-Claire", "Marie-Josée", "Louise-Marie",
                       "Marie-Noëlle", "Anne-Sophie", "Claire-Lise"]
FR_LAST = ["Blanc", "Petit", "Roux", "Lebrun", "Lefebvre", "Moreau", "Girard", "Fontaine", "Chevalier", "Mercier",
           "Gauthier", "Perrin", "Morel", "Le Goff", "Le Gall", "Kerbrat", "Le Bihan", "Tanguy", "Quéméner",
           "Le Floc'h", "Schwartz", "Koenig", "Hirtz", "Wetzel", "Ehrhart", "Fabre", "Castanier", "Teissier",
           "Etcheverry", "Tremblay", "Gagnon", "Bouchard", "Côté", "Pelletier", "Ouellet", "Lévesque",
           "Vandenberghe", "Lambert", "Rochat", "Favre", "Cuénod", "Chappuis", "Marchand", "Boulanger", "Berger",
           "Brun", "Garnier", "Faure", "Rousseau", "Vidal", "Caron", "Barbier", "Renaud", "Dumas", "Lacroix",
           "Benali", "Haddad", "Diallo", "Nguyen", "Ferreira", "Camus", "Leroux", "Bonnet", "Gaillard", "Poirier",
           "Masson", "Huet", "Delacroix"]
FR_PARTICLE_LAST = ["de Kerguélen", "du Plessis", "de la Roche", "d'Arvieux", "d'Estienne", "de Saint-Aubin",
                    "du Mesnil", "de la Vallière", "le Guen", "Le Bris", "de Montclar", "d'Aubrac", "du Breuil",
                    "de la Tour-Maubourg"]

EN_FIRST_M = ["Callum", "Declan", "Rhys", "Owen", "Hamish", "Jonah", "Tyler", "Brandon", "Marcus", "Ezra",
              "Desmond", "Cormac", "Alistair", "Wesley", "Dwayne", "Ravi", "Tobias", "Gideon", "Rupert", "Theo",
              "Elliot", "Fergus", "Nathaniel", "Jamal"]
EN_FIRST_F = ["Siobhan", "Niamh", "Imogen", "Harriet", "Keisha", "Brianna", "Maeve", "Priya", "Tamsin", "Rosalind",
              "Delphine", "Courtney", "Shannon", "Eloise", "Beatrix", "Willa", "Hazel", "Aoife", "Leticia", "Marisol",
              "Esme", "Georgina"]
EN_LAST = ["Whitfield", "Okafor", "Pemberton", "Cartwright", "Haverford", "McAllister", "Fitzgerald", "Thornbury",
           "Oyelaran", "Castellano", "Brannigan", "Kowalczyk", "Abernathy", "Lindqvist", "Ashcroft", "Delgado",
           "Rutherford", "Nakamura", "Gallagher", "Hollis", "Prendergast", "Whitlock", "Blackwood", "Ferris",
           "O'Donoghue", "O'Rourke", "Baker", "Cook", "Fletcher", "Carpenter", "Hunter", "Mason", "Bishop",
           "Sullivan-Hart", "Ramirez", "Goldberg", "Achebe", "Patel"]

BAD_NAME_SUBSTRINGS_DE = ["Mai", "Juni", "August"]


class Person:
    """A drawn person: forms that templates can ask for."""

    def __init__(self, locale, gender, first, last, given=None, surname=None, full=None):
        self.locale, self.gender, self.first, self.last = locale, gender, first, last
        self.given, self.surname, self._full = given, surname, full

    @property
    def full(self):
        return self._full if self._full else f"{self.first} {self.last}"

    def values(self):
        return {self.full, self.first, self.last}


def zh_person():
    while True:
        x = R.random()
        if x < 0.55:
            sur = pick(ZH_SURNAMES_COMMON)
        elif x < 0.75:
            sur = pick(ZH_SURNAMES_RARE)
        else:
            sur = pick(ZH_SURNAMES_COMPOUND)
        g = "m" if R.random() < 0.5 else "f"
        y = R.random()
        if y < 0.35:
            given = pick((ZH_GIVEN_1_M if g == "m" else ZH_GIVEN_1_F) + ZH_GIVEN_1_N)
        elif y < 0.75:
            given = pick(ZH_GIVEN_2_M if g == "m" else ZH_GIVEN_2_F)
        else:
            pool = (ZH_GIVEN_1_M if g == "m" else ZH_GIVEN_1_F)
            given = pick(pool + ZH_GIVEN_1_N) + pick(pool)
            if given[0] == given[1] and R.random() < 0.7:
                continue
        full = sur + given
        if full in ZH_NAME_BLACKLIST or full in ZH_FAMOUS or any(full in w or w in full for w in ZH_ALL_WORDS):
            continue
        if len(full) > 4:
            continue
        return Person("zh_CN", g, given, sur, given=given, surname=sur, full=full)


def de_person(style=None):
    g = "m" if R.random() < 0.5 else "f"
    style = style or R.choices(["plain", "compound", "double", "particle"], [0.55, 0.17, 0.15, 0.13])[0]
    if style == "compound":
        first = pick(DE_FIRST_M_COMPOUND if g == "m" else DE_FIRST_F_COMPOUND)
    else:
        first = pick(DE_FIRST_M if g == "m" else DE_FIRST_F)
    if style == "double":
        a, b = pick(DE_LAST), pick(DE_LAST)
        if a == b:
            return de_person(style)
        last = f"{a}-{b}"
    elif style == "particle":
        last = pick(DE_PARTICLE_LAST)
    else:
        last = pick(DE_LAST)
    return Person("de_DE", g, first, last)


def fr_person(style=None):
    g = "m" if R.random() < 0.5 else "f"
    style = style or R.choices(["plain", "compound", "double", "particle"], [0.52, 0.2, 0.13, 0.15])[0]
    if style == "compound":
        first = pick(FR_FIRST_M_COMPOUND if g == "m" else FR_FIRST_F_COMPOUND)
    else:
        first = pick(FR_FIRST_M if g == "m" else FR_FIRST_F)
    if style == "double":
        a, b = pick(FR_LAST), pick(FR_LAST)
        if a == b or " " in a or " " in b:
            return fr_person(style)
        last = f"{a}-{b}"
    elif style == "particle":
        last = pick(FR_PARTICLE_LAST)
        if last.startswith("d'") and R.random() < 0.4:
            last = "d\u2019" + last[2:]
    else:
        last = pick(FR_LAST)
    return Person("fr_FR", g, first, last)


def en_person(style=None):
    g = "m" if R.random() < 0.5 else "f"
    first = pick(EN_FIRST_M if g == "m" else EN_FIRST_F)
    last = pick(EN_LAST)
    if "'" in last and R.random() < 0.4:
        last = last.replace("'", "\u2019")
    return Person("en", g, first, last)


def new_person(locale):
    return {"zh_CN": zh_person, "de_DE": de_person, "fr_FR": fr_person}.get(locale, en_person)()


def ascii_fold(s):
    s = s.replace("ß", "ss").replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ä", "Ae") \
        .replace("Ö", "Oe").replace("Ü", "Ue").replace("ı", "i").replace("ş", "s").replace("\u2019", "")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).replace("'", "").replace(" ", "")


# ----------------------------------------------------------------------------------------------------------
# Numbers with checksums
# ----------------------------------------------------------------------------------------------------------

def luhn_ok(num):
    s, alt = 0, False
    for ch in reversed(num):
        d = int(ch)
        if alt:
            d *= 2
            if d > 9:
                d -= 9
        s += d
        alt = not alt
    return s % 10 == 0


def luhn_complete(prefix, length):
    body = prefix + "".join(pick("0123456789") for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def credit_card(locale):
    kind = R.choices(["visa", "mc", "amex", "cup", "mc2"], [4, 3, 1.2, 2.5 if locale == "zh_CN" else 0.3, 0.8])[0]
    if kind == "visa":
        n = luhn_complete("4", 16)
    elif kind == "mc":
        n = luhn_complete(str(R.randint(51, 55)), 16)
    elif kind == "mc2":
        n = luhn_complete(str(R.randint(2221, 2720)), 16)
    elif kind == "amex":
        n = luhn_complete(pick(["34", "37"]), 15)
        return pick([n, f"{n[:4]} {n[4:10]} {n[10:]}", f"{n[:4]}-{n[4:10]}-{n[10:]}"])
    else:
        n = luhn_complete(pick(["6212", "6228", "6259", "6217"]), pick([16, 16, 19]))
    if len(n) == 19:
        return pick([n, f"{n[:4]} {n[4:8]} {n[8:12]} {n[12:16]} {n[16:]}"])
    return pick([n, " ".join(n[i:i + 4] for i in range(0, 16, 4)), "-".join(n[i:i + 4] for i in range(0, 16, 4)),
                 " ".join(n[i:i + 4] for i in range(0, 16, 4))])


IBAN_LEN = {"DE": 22, "AT": 20, "CH": 21, "FR": 27, "BE": 16, "GB": 22, "LU": 20, "NL": 18, "IT": 27, "ES": 24}


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return f"{98 - int(num) % 97:02d}"


def iban_valid(iban):
    s = iban.replace(" ", "")
    if len(s) != IBAN_LEN.get(s[:2], -1):
        return False
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def fr_rib_key(bank, branch, account):
    acc = "".join(str((int(c, 36) - 1) % 9 + 1) if c.isalpha() else c for c in account)
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97:02d}"


def iban(country):
    if country == "DE":
        bban = digits(8, "1234567") + digits(10)
    elif country == "AT":
        bban = digits(5, "123456") + digits(11)
    elif country == "CH":
        bban = digits(5, "0") + digits(12)
    elif country == "FR":
        bank, branch, acc = digits(5, "123"), digits(5), digits(11)
        bban = bank + branch + acc + fr_rib_key(bank, branch, acc)
    elif country == "BE":
        b = digits(10)
        bban = b + f"{(int(b) % 97) or 97:02d}"
    elif country == "LU":
        bban = digits(3) + digits(13)
    elif country == "GB":
        bban = pick(["NWBK", "BARC", "LOYD", "MIDL", "HBUK"]) + digits(6) + digits(8)
    elif country == "NL":
        bban = pick(["ABNA", "RABO", "INGB", "TRIO"]) + digits(10)
    elif country == "IT":
        bban = pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + digits(5) + digits(5) + digits(12)
    else:  # ES
        bban = digits(4) + digits(4) + digits(2) + digits(10)
    s = country + iban_check(country, bban) + bban
    assert iban_valid(s) and len(s) == IBAN_LEN[country]
    return pick([s, " ".join(s[i:i + 4] for i in range(0, len(s), 4))] + [" ".join(s[i:i + 4] for i in range(0, len(s), 4))])


CN_AREAS = ["110101", "110105", "110108", "310104", "310115", "440305", "440106", "510107", "330106", "420106",
            "320102", "610113", "370202", "500103", "350203", "430104", "210102", "120101", "530102", "230103",
            "450103", "130102", "410105", "340104", "360102", "520102", "620102", "640104", "150102", "460106"]
CN_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CN_C = "10X98765432"


def cn_check(body17):
    return CN_C[sum(int(a) * w for a, w in zip(body17, CN_W)) % 11]


def cn_id_valid(s):
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    try:
        d = date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    return 1900 <= d.year <= 2025 and cn_check(s[:17]) == s[17]


def cn_resident_id():
    while True:
        d = date(1950, 1, 1) + timedelta(days=R.randrange(0, 20000))
        body = pick(CN_AREAS) + d.strftime("%Y%m%d") + digits(3)
        s = body + cn_check(body)
        if s.endswith("X") or R.random() < 0.85:
            return s


def us_ssn():
    while True:
        a = R.randint(1, 899)
        if a == 666:
            continue
        g, s = R.randint(1, 99), R.randint(1, 9999)
        return f"{a:03d}-{g:02d}-{s:04d}"


def ipv4():
    while True:
        a = pick([R.randint(11, 99), R.randint(101, 126), R.randint(128, 191), R.randint(193, 223), 10, 172, 192])
        if a == 10:
            return f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
        if a == 172:
            return f"172.{R.randint(16, 31)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
        if a == 192:
            return f"192.168.{R.randint(0, 255)}.{R.randint(1, 254)}"
        return f"{a}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def ipv6():
    groups = [f"{R.randint(0, 0xffff):x}" for _ in range(8)]
    groups[0] = pick(["2001", "2a02", "2408", "2600", "fd00", "2a01"])
    if R.random() < 0.6:
        return ":".join(groups[:4]) + "::" + ":".join(groups[6:])
    return ":".join(groups)


def ip_any():
    return ipv6() if R.random() < 0.2 else ipv4()


# ----------------------------------------------------------------------------------------------------------
# Phones: national digits per region, validated with phonenumbers, then written in local styles
# ----------------------------------------------------------------------------------------------------------

def _national(region):
    if region == "CN":
        if R.random() < 0.8:
            return "mobile", pick(["13", "15", "18", "17", "19"]) + digits(1, "0123456789") + digits(8)
        area = pick(["10", "21", "20", "755", "571", "28", "27", "25", "23", "29"])
        return "fixed", "0" + area + digits(8 if len(area) == 2 else 8, "2345678")
    if region == "DE":
        if R.random() < 0.6:
            return "mobile", "01" + pick(["51", "52", "57", "59", "60", "62", "70", "71", "72", "73", "75", "76", "77", "78", "79"]) + digits(pick([7, 8]), "123456789")
        area = pick(["30", "89", "40", "221", "69", "711", "911", "351", "341", "421", "511", "201", "761"])
        return "fixed", "0" + area + digits(7 if len(area) == 2 else pick([6, 7]), "23456789")
    if region == "AT":
        if R.random() < 0.6:
            return "mobile", "06" + pick(["64", "60", "76", "50", "99"]) + digits(7, "123456789")
        return "fixed", "0" + pick(["1", "316", "662", "512", "732"]) + digits(6 if R.random() < 0.5 else 7, "2345678")
    if region == "CH":
        return ("mobile", "07" + pick("6789") + digits(7, "123456789")) if R.random() < 0.6 else \
            ("fixed", "0" + pick(["44", "31", "61", "21", "22", "41"]) + digits(7, "2345678"))
    if region == "FR":
        return ("mobile", "0" + pick("67") + digits(8, "123456789")) if R.random() < 0.65 else \
            ("fixed", "0" + pick("12345") + digits(8, "123456789"))
    if region == "BE":
        return ("mobile", "04" + pick(["70", "75", "78", "85", "86", "96", "97", "98"]) + digits(6)) if R.random() < 0.6 else \
            ("fixed", "0" + pick(["2", "9", "3"]) + digits(7, "2345678"))
    if region == "CA":
        return "fixed", pick(["514", "438", "418", "819", "450", "613"]) + digits(3, "2346789") + digits(4)
    if region == "US":
        return "fixed", pick(["212", "415", "617", "312", "206", "512", "303", "404", "713", "305", "503", "919"]) + digits(3, "2346789") + digits(4)
    if region == "GB":
        if R.random() < 0.55:
            return "mobile", "07" + pick("12345789") + digits(8)
        area = pick(["20", "161", "131", "113", "117", "121", "1865", "1223"])
        if area == "20":
            return "fixed", "020" + pick("378") + digits(7)
        return "fixed", "0" + area + digits(10 - len(area), "2345678")
    if region == "IE":
        return "mobile", "08" + pick("3567") + digits(7, "23456789")
    if region == "HK":
        return "mobile", pick("569") + digits(7)
    raise ValueError(region)


FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
CC = {"CN": "86", "DE": "49", "AT": "43", "CH": "41", "FR": "33", "BE": "32", "CA": "1", "US": "1", "GB": "44",
      "IE": "353", "HK": "852"}


def _fmt(region, kind, nat):
    """Write national digits `nat` (with trunk 0 where the region has one) in a local style."""
    cc = CC[region]
    if region == "CN":
        if kind == "mobile":
            m = nat
            return pick([m, f"{m[:3]} {m[3:7]} {m[7:]}", f"{m[:3]}-{m[3:7]}-{m[7:]}", f"+86 {m[:3]} {m[3:7]} {m[7:]}",
                         f"+86-{m}", f"+86{m}", f"(+86){m}", m.translate(FULLWIDTH)])
        a = 3 if nat[1] in "12" else 4
        return pick([f"{nat[:a]}-{nat[a:]}", f"{nat[:a]} {nat[a:]}", f"({nat[:a]}){nat[a:]}", f"+86 {nat[1:a]} {nat[a:]}"])
    if region == "HK":
        return pick([f"+852 {nat[:4]} {nat[4:]}", f"{nat[:4]} {nat[4:]}", f"+852-{nat}"])
    if region in ("US", "CA"):
        a, b, c = nat[:3], nat[3:6], nat[6:]
        return pick([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"+1 {a} {b} {c}", f"+1-{a}-{b}-{c}", f"1 ({a}) {b}-{c}"])
    rest = nat[1:]
    if region == "DE":
        if kind == "mobile":
            p, s = nat[:4], nat[4:]
        else:
            al = 3 if nat[:3] in ("030", "089", "040", "069") else 4
            p, s = nat[:al], nat[al:]
        return pick([f"{p} {s}", f"{p}/{s}", f"{p}-{s}", f"+49 {p[1:]} {s}", f"+49 (0){p[1:]} {s}", f"0049 {p[1:]} {s}",
                     f"+49{p[1:]}{s}", f"({p}) {s}"])
    if region == "AT":
        al = 2 if nat.startswith("01") else 4
        p, s = nat[:al], nat[al:]
        return pick([f"{p} {s}", f"+43 {p[1:]} {s}", f"{p}/{s}", f"0043 {p[1:]} {s}"])
    if region == "CH":
        p, s = nat[:3], nat[3:]
        return pick([f"{p} {s[:3]} {s[3:5]} {s[5:]}", f"+41 {p[1:]} {s[:3]} {s[3:5]} {s[5:]}", f"{p}{s}",
                     f"0041 {p[1:]} {s[:3]} {s[3:5]} {s[5:]}"])
    if region == "FR":
        pairs = [nat[i:i + 2] for i in range(0, 10, 2)]
        return pick([" ".join(pairs), ".".join(pairs), "-".join(pairs), nat, f"+33 {nat[1]} " + " ".join(pairs[1:]),
                     f"+33 (0){nat[1]} " + " ".join(pairs[1:]), f"+33{nat[1:]}", f"0033 {nat[1]} " + " ".join(pairs[1:]),
                     "\u00a0".join(pairs)])
    if region == "BE":
        if kind == "mobile":
            return pick([f"{nat[:4]} {nat[4:6]} {nat[6:8]} {nat[8:]}", f"+32 {nat[1:4]} {nat[4:6]} {nat[6:8]} {nat[8:]}",
                         f"{nat[:4]}/{nat[4:]}"])
        return pick([f"{nat[:2]} {nat[2:5]} {nat[5:7]} {nat[7:]}", f"+32 {nat[1]} {nat[2:5]} {nat[5:7]} {nat[7:]}"])
    if region == "GB":
        if kind == "mobile":
            return pick([f"{nat[:5]} {nat[5:]}", f"+44 {nat[1:5]} {nat[5:]}", f"+44 (0){nat[1:5]} {nat[5:]}", nat,
                         f"{nat[:5]} {nat[5:8]} {nat[8:]}"])
        if nat.startswith("020"):
            return pick([f"020 {nat[3:7]} {nat[7:]}", f"+44 20 {nat[3:7]} {nat[7:]}", f"(020) {nat[3:7]} {nat[7:]}"])
        al = 5 if nat[:5] in ("01865", "01223") else 4
        return pick([f"{nat[:al]} {nat[al:]}", f"+44 {nat[1:al]} {nat[al:]}", f"({nat[:al]}) {nat[al:]}"])
    if region == "IE":
        return pick([f"{nat[:3]} {nat[3:6]} {nat[6:]}", f"+353 {nat[1:3]} {nat[3:6]} {nat[6:]}"])
    raise ValueError(region)


def phone_valid(value, region):
    try:
        n = pn.parse(value, region)
    except pn.NumberParseException:
        return False
    return pn.is_valid_number(n) and pn.region_code_for_number(n) == region


def phone(region, kind=None):
    for _ in range(1000):
        k, nat = _national(region)
        if kind and k != kind:
            continue
        if not phone_valid(nat, region):
            continue
        v = _fmt(region, k, nat)
        if phone_valid(v, region):
            return v
    raise RuntimeError(f"no valid phone for {region}")


def is_phone_like(s, region):
    """True when s (or a part of it) is a valid phone number for region."""
    try:
        if pn.is_valid_number(pn.parse(s, region)):
            return True
    except pn.NumberParseException:
        pass
    return any(True for _ in pn.PhoneNumberMatcher(s, region, leniency=pn.Leniency.VALID))


# ----------------------------------------------------------------------------------------------------------
# E-mail addresses
# ----------------------------------------------------------------------------------------------------------

MAIL_DOMAINS = {
    "zh_CN": ["qq.com", "163.com", "126.com", "foxmail.com", "sina.com", "aliyun.com", "139.com", "outlook.com",
              "yeah.net", "hengda-keji.cn", "xinghe-edu.com.cn"],
    "de_DE": ["gmx.de", "web.de", "t-online.de", "posteo.de", "mailbox.org", "gmx.at", "bluewin.ch", "aon.at",
              "outlook.de", "kanzlei-brenner.de", "stadtwerke-neuhausen.de", "gmx.net"],
    "fr_FR": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "wanadoo.fr", "gmail.com", "videotron.ca",
              "skynet.be", "bluewin.ch", "mairie-saint-benoit.fr", "atelier-lumiere.fr"],
    "en": ["gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com", "icloud.com", "hotmail.co.uk",
           "proton.me", "harbourview-dental.com", "millbrook.ac.uk", "northgate-legal.co.uk"],
}
PINYIN = ["wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu", "hu",
          "guo", "he", "lin", "luo", "xie", "song", "tang", "han", "deng", "peng", "ouyang", "sima", "zhuge", "shangguan",
          "murong", "linghu", "gongsun", "xiaoyu", "jianhua", "zihan", "haoran", "yinuo", "mingxuan", "lei", "fang",
          "tao", "jun", "jie", "qiang", "yan", "xiaoming", "dandan", "tiantian", "jj", "sunny", "echo", "leo", "kiki"]


def email(locale, person=None):
    doms = MAIL_DOMAINS.get(locale, MAIL_DOMAINS["en"])
    if locale == "zh_CN":
        x = R.random()
        if x < 0.3:
            local = digits(R.randint(8, 10), "123456789")
            return f"{local}@{pick(['qq.com', 'qq.com', 'foxmail.com'])}"
        local = pick(PINYIN) + pick(["", ".", "_"]) + pick(PINYIN) + pick(["", str(R.randint(1, 99)), str(R.randint(1970, 2005))])
        return f"{local}@{pick(doms)}"
    if person is not None and R.random() < 0.75:
        f, l = ascii_fold(person.first).lower(), ascii_fold(person.last).lower()
        local = pick([f"{f}.{l}", f"{f[0]}.{l}", f"{f}{l[0]}", f"{l}.{f}", f"{f}_{l}", f"{f}.{l}{R.randint(1, 99)}",
                      f"{l}{R.randint(60, 99)}"])
    else:
        local = pick(["info", "kontakt", "buero", "contact", "hello", "mail", "team", "office", "anmeldung",
                      "secretariat", "accueil", "service"]) if R.random() < 0.3 else \
            pick(["sunflower", "bergfex", "lachmoewe", "petitpois", "mistral", "rotkehlchen", "kiwi", "nordlicht",
                  "tournesol", "zebra", "blaubeere", "moonpie", "harbour", "fjord"]) + str(R.randint(1, 999))
    return f"{local}@{pick(doms)}"


# ----------------------------------------------------------------------------------------------------------
# Look-alike values (numbers are redrawn until they are not valid phone numbers of the locale's region)
# ----------------------------------------------------------------------------------------------------------

MONTHS = {
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
}
WEEKDAYS = {
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "zh": ["周一", "周二", "周三", "周四", "周五", "周六", "周日", "星期一", "星期三", "星期五", "礼拜天"],
}


def rand_date():
    return date(2024, 1, 1) + timedelta(days=R.randrange(0, 900))


def la_date(lang, locale):
    d = rand_date()
    if lang == "de":
        return pick([d.strftime("%d.%m.%Y"), f"{d.day}. {MONTHS['de'][d.month - 1]} {d.year}", f"{d.day}.{d.month}.",
                     d.strftime("%d.%m.%y"), d.isoformat(), f"{d.day}. {MONTHS['de'][d.month - 1]}"])
    if lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        return pick([d.strftime("%d/%m/%Y"), f"{day} {MONTHS['fr'][d.month - 1]} {d.year}", f"{day} {MONTHS['fr'][d.month - 1]}",
                     d.strftime("%d/%m"), d.strftime("%d.%m.%Y")])
    if lang == "zh":
        return pick([f"{d.year}年{d.month}月{d.day}日", f"{d.month}月{d.day}日", f"{d.month}月{d.day}号", d.isoformat(),
                     d.strftime("%Y/%m/%d"), f"{d.year}.{d.month}.{d.day}"])
    if locale == "en_US":
        return pick([d.strftime("%m/%d/%Y"), f"{MONTHS['en'][d.month - 1]} {d.day}, {d.year}", f"{MONTHS['en'][d.month - 1][:3]} {d.day}",
                     d.isoformat()])
    return pick([d.strftime("%d/%m/%Y"), f"{d.day} {MONTHS['en'][d.month - 1]} {d.year}", f"{d.day} {MONTHS['en'][d.month - 1][:3]}",
                 d.isoformat()])


def la_time(lang, locale):
    h, m = R.randint(7, 20), pick([0, 0, 15, 30, 45, 10, 20, 40])
    if lang == "de":
        return pick([f"{h}:{m:02d}", f"{h}:{m:02d} Uhr", f"{h}.{m:02d} Uhr", f"{h} Uhr"])
    if lang == "fr":
        return pick([f"{h}h{m:02d}", f"{h}h", f"{h}:{m:02d}", f"{h} h {m:02d}"])
    if lang == "zh":
        return pick([f"{h}:{m:02d}", f"下午{h - 12 if h > 12 else h}点", f"上午{min(h, 11)}点半", f"晚上{R.randint(7, 10)}点", f"{h}点{m}分" if m else f"{h}点"])
    if locale == "en_US":
        return pick([f"{(h - 1) % 12 + 1}:{m:02d} {'pm' if h >= 12 else 'am'}", f"{(h - 1) % 12 + 1}{'pm' if h >= 12 else 'am'}", f"{h}:{m:02d}"])
    return pick([f"{h}:{m:02d}", f"{(h - 1) % 12 + 1}.{m:02d}{'pm' if h >= 12 else 'am'}", f"{h}{m:02d}h"])


def la_price(lang, locale):
    a = R.choice([R.randint(3, 99), R.randint(100, 999), R.randint(1000, 4999)])
    c = pick([0, 0, 90, 99, 50, 95, 49])
    if lang == "de":
        ints = f"{a:,}".replace(",", ".")
        return pick([f"{ints},{c:02d} €", f"{ints},{c:02d}\u00a0€", f"€ {ints},{c:02d}", f"{ints},– €", f"{ints} EUR", f"CHF {a}.{c:02d}"])
    if lang == "fr":
        ints = f"{a:,}".replace(",", "\u202f")
        return pick([f"{ints},{c:02d} €", f"{ints},{c:02d}\u00a0€", f"{ints} €", f"{ints} euros", f"{a},{c:02d} $ CA"])
    if lang == "zh":
        return pick([f"¥{a}", f"￥{a:,}", f"{a}元", f"{a}.{c:02d}元", f"人民币{a}元", f"{a}块"])
    if locale == "en_US":
        return pick([f"${a:,}.{c:02d}", f"${a}", f"USD {a:,}"])
    return pick([f"£{a:,}.{c:02d}", f"£{a}", f"{a}p" if a < 100 else f"£{a:,}"])


def _not_phone(gen, region, tries=300):
    v = gen()
    for _ in range(tries):
        if not is_phone_like(v, region):
            return v
        v = gen()
    return v


def la_order(lang, locale):
    region = PHONE_REGION[locale]
    if lang == "zh":
        def g():
            if R.random() < 0.5:
                while True:  # 18/19 digits, never a valid resident ID
                    s = digits(pick([18, 19]), "123456789")
                    if not cn_id_valid(s[:18]):
                        return s
            return pick(["", "DD", "JD", "TB"]) + digits(R.randint(12, 16), "123456789")
    elif lang == "de":
        g = lambda: pick(["", "", "A-", "BE-", "302-"]) + pick([digits(R.randint(15, 17), "123456789"), digits(10, "1") ,
                                                                 f"{digits(3, '1')}-{digits(7)}-{digits(7)}"])
    elif lang == "fr":
        g = lambda: pick(["", "CMD-", "FR"]) + pick([digits(R.randint(11, 14), "123456789"), f"{digits(3, '1')}-{digits(7)}-{digits(7)}"])
    else:
        g = lambda: pick(["", "#", "W", "ORD-"]) + pick([digits(R.randint(10, 14), "123456789"), f"{digits(3, '1')}-{digits(7)}-{digits(7)}"])

    def g2():
        v = g()
        run = re.sub(r"\D", "", v)
        if 13 <= len(run) <= 19 and run[0] in "3456" and luhn_ok(run):
            return g2()
        return v
    return _not_phone(g2, region)


def la_track(lang, locale):
    region = PHONE_REGION[locale]
    opts = [lambda: "1Z" + "".join(pick("0123456789ABCDEFGHJKLMNPRSTUVWXY") for _ in range(6)) + digits(10),
            lambda: pick(["LX", "RR", "CP", "LB"]) + digits(9) + pick(["DE", "FR", "CN", "GB", "US", "CH"]),
            lambda: "JJD" + digits(15, "0")]
    if lang == "zh":
        opts += [lambda: "SF" + digits(13, "1"), lambda: "JDVA" + digits(11, "1"), lambda: "YT" + digits(16, "2"),
                 lambda: "773" + digits(12)]
    if lang == "fr":
        opts += [lambda: pick(["6A", "8R", "5V"]) + digits(11)]
    if lang == "de":
        opts += [lambda: "00340" + digits(15)]
    return _not_phone(lambda: pick(opts)(), region)


def la_invoice(lang, locale):
    region = PHONE_REGION[locale]
    y = R.randint(2024, 2026)
    return _not_phone(lambda: pick([f"RE-{y}-{digits(6)}", f"F{y}-{digits(5)}", f"INV-{digits(5, '1')}", f"{y}/{digits(4)}",
                                    f"FA{digits(8, '1')}", f"R{digits(7, '1')}"]), region)


def la_ref(lang, locale):
    """Reference numbers written like phone numbers, but not valid ones."""
    region = PHONE_REGION[locale]
    if lang == "zh":
        g = lambda: pick([f"{digits(4, '1')} {digits(4)} {digits(4)}", f"1{digits(2, '0126')}-{digits(4)}-{digits(5)}",
                          f"0{digits(3)}-{digits(3)}-{digits(3)}", f"{digits(2, '2')}{digits(9)}"])
    elif lang == "de":
        g = lambda: pick([f"1{digits(3)} {digits(4)} {digits(4)}", f"{digits(4, '1')} {digits(4)} {digits(4)} {digits(4)}",
                          f"00{digits(2)} {digits(4)} {digits(4)}", f"{digits(2, '9')}-{digits(6)}-{digits(6)}"])
    elif lang == "fr":
        g = lambda: pick([f"{digits(2, '0')} {digits(2)} {digits(2)} {digits(2)} {digits(2)} {digits(2)}",
                          f"{digits(2, '9')} {digits(2)} {digits(2)} {digits(2)}", f"{digits(3, '1')} {digits(3)} {digits(3)} {digits(3)}"])
    else:
        g = lambda: pick([f"{digits(3, '01')}-{digits(3)}-{digits(4)}", f"({digits(3, '1')}) {digits(3)}-{digits(5)}",
                          f"{digits(4)} {digits(4)} {digits(4)}", f"0{digits(3)} {digits(4)} {digits(5)}"])

    def g2():
        v = g()
        run = re.sub(r"\D", "", v)
        if 13 <= len(run) <= 19 and run[0] in "3456" and luhn_ok(run):
            return g2()
        if re.fullmatch(r"\d{3}-\d{2}-\d{4}", v):
            return g2()
        return v
    return _not_phone(g2, region)


def la_version(lang, locale):
    return pick([f"v{R.randint(1, 9)}.{R.randint(0, 30)}.{R.randint(0, 20)}", f"10.0.{R.randint(19041, 26100)}.{R.randint(1000, 5000)}",
                 f"{R.randint(1, 4)}.{R.randint(0, 12)}.{R.randint(0, 9)}", f"iOS {R.randint(15, 18)}.{R.randint(0, 6)}.{R.randint(1, 3)}",
                 f"Android {R.randint(11, 15)}", f"{R.randint(1, 3)}.{R.randint(0, 9)}.{R.randint(0, 9)}-rc{R.randint(1, 4)}",
                 f"build {R.randint(2024, 2026)}.{R.randint(1, 12):02d}.{R.randint(1, 28):02d}"])


def la_postal(lang, locale):
    if lang == "de":
        return pick([f"{R.randint(1, 99):02d}{R.randint(0, 999):03d}", f"A-{R.randint(1010, 9999)}", f"CH-{R.randint(1000, 9658)}"])
    if lang == "fr":
        return pick([f"{R.randint(1, 95):02d}{R.randint(0, 999):03d}", f"750{R.randint(1, 20):02d}", f"H{R.randint(1, 9)}{pick('ABCEGHJKLMNPRSTV')} {R.randint(1, 9)}{pick('ABCEGHJ')}{R.randint(1, 9)}"])
    if lang == "zh":
        return f"{pick(['1000', '2000', '5180', '6100', '3100', '4300'])}{R.randint(10, 99)}"
    if locale == "en_US":
        return pick([f"{R.randint(10000, 99950)}", f"{R.randint(10000, 99950)}-{R.randint(1000, 9999)}"])
    return pick(["SW1A 2AA", "M1 4BT", "EH8 9YL", "CF10 1EP", "BS1 5TR", "LS6 2QD", "OX2 6GG", "NE1 7RU"]) \
        if R.random() < 0.5 else f"{pick(['N', 'E', 'SE', 'W', 'B', 'G'])}{R.randint(1, 20)} {R.randint(1, 9)}{pick('ABDEFGHJLNPQRSTUWXYZ')}{pick('ABDEFGHJLNPQRSTUWXYZ')}"


def la_isbn(lang, locale):
    grp = {"de": "3", "fr": "2", "zh": "7", "en": pick(["0", "1"])}[lang]
    body = "978" + grp + digits(8)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    chk = str((10 - s % 10) % 10)
    full = body + chk
    return pick([full, f"{full[:3]}-{full[3]}-{full[4:8]}-{full[8:12]}-{full[12]}", f"{full[:3]}-{full[3:]}"])


def la_ean(lang, locale):
    region = PHONE_REGION[locale]

    def g():
        pre = {"de": pick(["40", "41", "42", "43"]), "fr": pick(["30", "34", "37"]), "zh": pick(["690", "692", "693", "695"]),
               "en": pick(["50", "00", "03"])}[lang]
        body = pre + digits(12 - len(pre))
        s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
        v = body + str((10 - s % 10) % 10)
        if v[0] in "3456" and luhn_ok(v):
            return g()
        return v
    return _not_phone(g, region)


def la_model(lang, locale):
    return pick([f"SM-{pick('AGSN')}{R.randint(100, 999)}{pick('BFUN')}", f"WM{R.randint(10, 99)}-{R.randint(100, 999)}",
                 f"KX-{R.randint(1000, 9999)}", f"A{R.randint(2000, 3200)}", f"RTX {pick(['3060', '4070', '4090'])}",
                 f"HD-{R.randint(100, 999)}{pick('XYZ')}", f"Typ {R.randint(12, 99)}/{R.randint(1, 9)}"])


def la_qty(lang, locale):
    if lang == "zh":
        return pick([f"{R.randint(2, 40)}斤", f"{R.randint(2, 12)}箱", f"{R.randint(100, 999)}毫升", f"{R.randint(3, 50)}件"])
    if lang == "de":
        return pick([f"{R.randint(1, 9)},{R.randint(1, 9)} kg", f"{R.randint(100, 900)} g", f"{R.randint(2, 40)} Stück", f"{R.randint(1, 5)} l"])
    if lang == "fr":
        return pick([f"{R.randint(1, 9)},{R.randint(1, 9)} kg", f"{R.randint(100, 900)} g", f"{R.randint(2, 40)} pièces", f"{R.randint(1, 5)} l"])
    return pick([f"{R.randint(2, 20)} lbs", f"{R.randint(2, 40)} pcs", f"{R.randint(100, 900)} ml", f"{R.randint(2, 12)} oz"])


def la_pct(lang, locale):
    x = R.randint(2, 95)
    return {"de": pick([f"{x} %", f"{x}\u00a0%", f"{x},5 %"]), "fr": pick([f"{x} %", f"{x}\u202f%", f"{x},5 %"]),
            "zh": pick([f"{x}%", f"{x}％"]), "en": f"{x}%"}[lang]


def la_month(lang, locale):
    return pick(MONTHS.get(lang, ["一月", "三月", "五月", "八月", "十二月"]))


def la_weekday(lang, locale):
    return pick(WEEKDAYS[lang])


LA_GEN = {"date": la_date, "time": la_time, "price": la_price, "order": la_order, "track": la_track,
          "inv": la_invoice, "ref": la_ref, "ver": la_version, "plz": la_postal, "isbn": la_isbn, "ean": la_ean,
          "model": la_model, "qty": la_qty, "pct": la_pct, "month": la_month, "weekday": la_weekday}
LA_KIND = {"date": "date", "time": "time", "price": "price", "order": "order_number", "track": "tracking_number",
           "inv": "invoice_number", "ref": "reference", "ver": "version", "plz": "postal_code", "isbn": "isbn",
           "ean": "product_code", "model": "product_code", "qty": "quantity", "pct": "percentage",
           "month": "month_weekday", "weekday": "month_weekday", "brand": "brand", "place": "place",
           "street": "place", "city": "place"}


# ----------------------------------------------------------------------------------------------------------
# Template engine
#   [[a|b|c]]          unlabelled random choice (may contain slots); expanded first
#   <<kind:value>>     a fixed look-alike of the given kind
#   {P1} {P1.first} {P1.last} {P1.lc} {P1.given} {P1.nick} {P1.old} {P1.csur} {P1.g:m-word/f-word}
#                      person 1 (full name, given name, family name, given name in lower case, zh given name
#                      (forces a 2-character given name), 小X, 老X, compound surname (forces one), gendered word)
#   {PH} {PH2}         phone of the locale's main region;  {PHM} mobile of the main region;  {PHX} another region
#   {EM} {EM2}         e-mail (derived from P1 / P2 for Latin-script locales, often)
#   {IBAN} {CC} {IP} {IP6} {SSN} {CNID}
#   {date} {time} {price} {order} {track} {inv} {ref} {ver} {plz} {isbn} {ean} {model} {qty} {pct} {month}
#   {weekday} {brand} {place} {street}   look-alike slots (a trailing digit gives another value: {date2})
# ----------------------------------------------------------------------------------------------------------

OTHER_REGIONS = {"zh_CN": ["HK"], "de_DE": ["AT", "CH"], "fr_FR": ["BE", "CH", "CA"], "en_US": ["CA", "GB"],
                 "en_GB": ["IE", "US"]}
IBAN_COUNTRIES = {"zh_CN": ["DE", "GB", "FR"], "de_DE": ["DE", "DE", "DE", "AT", "CH", "NL", "LU"],
                  "fr_FR": ["FR", "FR", "FR", "BE", "CH", "LU", "ES", "IT"], "en_US": ["GB", "DE"],
                  "en_GB": ["GB", "GB", "GB", "NL", "DE"]}
CHOICE_RE = re.compile(r"\[\[([^\[\]]*)\]\]")
TOKEN_RE = re.compile(r"<<(\w+):(.*?)>>|\{([A-Za-z]+?)(\d*)(?:\.([a-z]+)(?::([^}]*))?)?\}")
PII_SLOTS = {"P", "PH", "PHM", "PHX", "EM", "IBAN", "CC", "IP", "IP6", "SSN", "CNID"}


class Reject(Exception):
    pass


def expand_choices(t):
    while True:
        m = CHOICE_RE.search(t)
        if not m:
            return t
        t = t[:m.start()] + pick(m.group(1).split("|")) + t[m.end():]


def draw_people(t, locale):
    need = {}
    for m in TOKEN_RE.finditer(t):
        if m.group(3) == "P":
            idx = m.group(4) or "1"
            need.setdefault(idx, set()).add(m.group(5) or "full")
    people = {}
    for idx in sorted(need):
        for _ in range(500):
            p = new_person(locale)
            if locale == "zh_CN":
                if "csur" in need[idx] and len(p.surname) < 2:
                    continue
                if "given" in need[idx] and len(p.given) < 2:
                    continue
                if ("nick" in need[idx] or "old" in need[idx]) and len(p.surname) != 1:
                    continue
            vals = {p.full, p.first, p.last, "小" + p.last, "老" + p.last} if locale == "zh_CN" else {p.full, p.first, p.last}
            clash = False
            for q in people.values():
                qv = {q.full, q.first, q.last}
                if p.last == q.last or p.first == q.first or any(a in b or b in a for a in vals for b in qv if len(a) > 1 and len(b) > 1):
                    clash = True
            if locale == "zh_CN" and any(p.full[:k] == q.full[:k] for q in people.values() for k in (2,)):
                clash = True
            if not clash:
                people[idx] = p
                break
        else:
            raise Reject("no person")
    return people


INLINE_KIND = {"w": "everyday_word", "n": "common_noun", "b": "brand", "pl": "place", "mw": "month_weekday",
               "svc": "service_number", "t": "title", "q": "quantity", "price": "price", "date": "date",
               "time": "time", "ref": "reference", "ver": "version", "code": "product_code"}
BRANDS, PLACES, STREETS = {}, {}, {}


def render(template, locale):
    lang = LANG[locale]
    t = expand_choices(template)
    people = draw_people(t, locale)
    cache = {}
    out, spans = [], []
    pos = 0
    length = 0
    for m in TOKEN_RE.finditer(t):
        lit = t[pos:m.start()]
        out.append(lit)
        length += len(lit)
        pos = m.end()
        if m.group(1):
            value, cls, typ, extra = m.group(2), "L", INLINE_KIND.get(m.group(1), m.group(1)), None
        else:
            base, idx, attr, arg = m.group(3), m.group(4), m.group(5), m.group(6)
            cls, extra = ("P" if base in PII_SLOTS else "L"), None
            if base == "P":
                p = people[idx or "1"]
                attr = attr or "full"
                if attr == "g":
                    mw, fw = arg.split("/")
                    value = mw if p.gender == "m" else fw
                    out.append(value)
                    length += len(value)
                    continue
                value = {"full": p.full, "first": p.first, "last": p.last, "lc": p.first.lower(),
                         "given": p.first, "nick": "小" + p.last, "old": "老" + p.last, "csur": p.last,
                         "lcfull": p.full.lower()}[attr]
                typ = "PERSON"
            else:
                key = base + idx
                if key not in cache:
                    if base == "PH":
                        reg = PHONE_REGION[locale]
                        cache[key] = (phone(reg), reg)
                    elif base == "PHM":
                        reg = PHONE_REGION[locale]
                        cache[key] = (phone(reg, "mobile" if reg not in ("US",) else None), reg)
                    elif base == "PHX":
                        reg = pick(OTHER_REGIONS[locale])
                        cache[key] = (phone(reg), reg)
                    elif base == "EM":
                        p = people.get(idx or "1")
                        cache[key] = (email(locale, p), None)
                    elif base == "IBAN":
                        cache[key] = (iban(pick(IBAN_COUNTRIES[locale])), None)
                    elif base == "CC":
                        cache[key] = (credit_card(locale), None)
                    elif base == "IP":
                        cache[key] = (ip_any(), None)
                    elif base == "IP6":
                        cache[key] = (ipv6(), None)
                    elif base == "SSN":
                        cache[key] = (us_ssn(), None)
                    elif base == "CNID":
                        cache[key] = (cn_resident_id(), None)
                    elif base in LA_GEN:
                        cache[key] = (LA_GEN[base](lang, locale), None)
                    elif base == "brand":
                        cache[key] = (pick(BRANDS[lang]), None)
                    elif base == "place":
                        cache[key] = (pick(PLACES[lang]), None)
                    elif base == "city":
                        cache[key] = (pick(CITIES.get(lang, PLACES[lang])), None)
                    elif base == "street":
                        cache[key] = (pick(STREETS[lang]), None)
                    else:
                        raise ValueError(f"unknown slot {m.group(0)} in {template!r}")
                value, extra = cache[key]
                typ = {"PH": "PHONE", "PHM": "PHONE", "PHX": "PHONE", "EM": "EMAIL", "IBAN": "IBAN", "CC": "CREDIT_CARD",
                       "IP": "IP_ADDRESS", "IP6": "IP_ADDRESS", "SSN": "US_SSN", "CNID": "CN_RESIDENT_ID"}.get(base, LA_KIND.get(base))
        spans.append((length, length + len(value), cls, typ, value, extra))
        out.append(value)
        length += len(value)
    out.append(t[pos:])
    return "".join(out), spans


# ----------------------------------------------------------------------------------------------------------
# Consistency checks
# ----------------------------------------------------------------------------------------------------------

def occurrences(text, v):
    i = text.find(v)
    while i >= 0:
        yield i
        i = text.find(v, i + 1)


def inside(a, b, spans, cls):
    return any(s[2] == cls and s[0] <= a and b <= s[1] for s in spans)


def overlaps(a, b, spans, cls):
    return any(s[2] == cls and a < s[1] and s[0] < b for s in spans)


EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
IPV4_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d])")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")
SSN_RE = re.compile(r"(?<!\d)\d{3}-\d{2}-\d{4}(?!\d)")
CARD_RE = re.compile(r"(?<!\d)\d(?:[ -]?\d){12,18}(?!\d)")
CNID_RE = re.compile(r"(?<![\dA-Za-z])\d{17}[\dX](?![\dA-Za-z])")


def check(text, spans, locale):
    """Raise Reject when the prompt is inconsistent; returns nothing."""
    for s in spans:
        if s[0] >= s[1]:
            raise Reject("empty value")
    pii_vals = {s[4] for s in spans if s[2] == "P"}
    la_vals = {s[4] for s in spans if s[2] == "L"}
    if pii_vals & la_vals:
        raise Reject("value both PII and look-alike")
    for v in pii_vals:
        for i in occurrences(text, v):
            if not inside(i, i + len(v), spans, "P"):
                raise Reject(f"unlabelled occurrence of PII {v!r}")
    for v in la_vals:
        for i in occurrences(text, v):
            if not inside(i, i + len(v), spans, "L"):
                raise Reject(f"unlabelled occurrence of look-alike {v!r}")
            if overlaps(i, i + len(v), spans, "P"):
                raise Reject(f"look-alike {v!r} overlaps PII")
    for s in spans:
        if s[3] == "PHONE" and not phone_valid(s[4], s[5]):
            raise Reject(f"invalid phone {s[4]}")
    # nothing PII-shaped may be left unlabelled
    def need(a, b, typ):
        if not any(sp[2] == "P" and sp[0] <= a and b <= sp[1] for sp in spans):
            raise Reject(f"unlabelled {typ} at {text[a:b]!r}")
    for m in EMAIL_RE.finditer(text):
        need(m.start(), m.end(), "EMAIL")
    for m in IPV4_RE.finditer(text):
        if all(int(g) <= 255 for g in m.groups()):
            need(m.start(), m.end(), "IPV4")
    for m in IBAN_RE.finditer(text):
        if iban_valid(m.group(0)):
            need(m.start(), m.end(), "IBAN")
    for m in SSN_RE.finditer(text):
        need(m.start(), m.end(), "SSN")
    for m in CNID_RE.finditer(text):
        if cn_id_valid(m.group(0)):
            need(m.start(), m.end(), "CN_ID")
    for m in CARD_RE.finditer(text):
        run = re.sub(r"\D", "", m.group(0))
        if run[0] in "3456" and luhn_ok(run):
            need(m.start(), m.end(), "CARD")
    region = PHONE_REGION[locale]
    for m in pn.PhoneNumberMatcher(text, region, leniency=pn.Leniency.VALID):
        if not overlaps(m.start, m.end, spans, "P") and not overlaps(m.start, m.end, spans, "L"):
            raise Reject(f"unlabelled phone-like {m.raw_string!r}")


# Unicode decoration for prompts without PII (prefix, suffix): they must come back byte for byte
DECOR_ALL = [("", " 👨\u200d👩\u200d👧\u200d👦"), ("", " ❤\ufe0f"), ("👩🏽\u200d💻 ", ""), ("", " 🏳\ufe0f\u200d🌈"), ("\u200b", ""),
             ("", " ①②③"), ("", " ½"), ("➡\ufe0f ", ""), ("", " (x²)"), ("", "\u00a0✔"), ("", " \u2066ok\u2069"),
             ("", " \ufb01n"), ("", " Ⅻ"), ("", " 👍🏿"), ("\t", ""), ("", "\r\n")]
DECOR = {
    "zh": DECOR_ALL + [("【提问】", ""), ("", "（急）"), ("「转」", ""), ("", "～～"), ("", "。。。"), ("", "！！！"),
                       ("", "…… ＡＢＣ"), ("", " 🇨🇳"), ("『备注』", "")],
    "de": DECOR_ALL + [("„Frage“: ", ""), ("", " – danke!"), ("Re:\u00a0", ""), ("", " 🇩🇪"), ("", " 🇦🇹"),
                       ("", " (Grüße aus der Küche)"), ("‚kurz‘ ", ""), ("", " Straße\u00a0& Maß"), ("Fwd:  ", "")],
    "fr": DECOR_ALL + [("«\u202fQuestion\u202f» ", ""), ("", "\u202f!"), ("", " 🇫🇷"), ("", " 🇧🇪"), ("Re\u00a0: ", ""),
                       ("", " — merci\u202f!"), ("", " (e\u0301te\u0301 oblige)"), ("", " Œuvre, cœur\u202f?"), ("« ", " »")],
    "en": DECOR_ALL + [("“", "”"), ("", " — thanks!"), ("Re: ", ""), ("", " 🇺🇸"), ("", " 🇬🇧"), ("", " (naïve café)"),
                       ("‘Quick one’: ", ""), ("", " re\u0301sume\u0301?")],
}

# chat noise: only appended at the end, so that no labelled value is touched
NOISE = [" ", "  ", "\t", "\n", " 🙏", " 😅", " 👍🏻", "!!", " ~", "…", " 🙂", "\u00a0"]


def make_record(template, locale, with_pii, used_texts):
    text, spans = render(template, locale)
    if with_pii and R.random() < 0.22:
        text += pick(NOISE if LANG[locale] != "zh" else NOISE + [" 😂", "～", "哈", " [捂脸]", "？"])
    if not with_pii and R.random() < 0.5:
        pre, suf = pick(DECOR[LANG[locale]])
        text = pre + text + suf
        spans = [(a + len(pre), b + len(pre), *rest) for a, b, *rest in spans]
    if not with_pii and R.random() < 0.15:
        text += pick(NOISE)
    check(text, spans, locale)
    has_pii = any(s[2] == "P" for s in spans)
    if has_pii != with_pii:
        raise ValueError(f"template PII flag wrong: {template!r}")
    if text in used_texts:
        raise Reject("duplicate")
    pii, seen = [], set()
    for s in spans:
        if s[2] == "P" and (s[3], s[4]) not in seen:
            seen.add((s[3], s[4]))
            e = {"type": s[3], "value": s[4]}
            if s[3] == "PHONE":
                e["region"] = s[5]
            pii.append(e)
    las, seen = [], set()
    for s in spans:
        if s[2] == "L" and (s[3], s[4]) not in seen:
            seen.add((s[3], s[4]))
            las.append({"kind": s[3], "value": s[4]})
    return {"locale": locale, "lang": LANG[locale], "text": text, "pii": pii, "lookalikes": las}


# ----------------------------------------------------------------------------------------------------------
# Look-alike pools for {brand} {place} {street}
# ----------------------------------------------------------------------------------------------------------

BRANDS.update({
    "zh": ["李宁", "华为", "小米", "海尔", "美的", "格力", "王老吉", "周大福", "老干妈", "娃哈哈", "张小泉", "李锦记",
           "徐福记", "周黑鸭", "谭木匠", "钱大妈", "全聚德", "马应龙", "杨国福麻辣烫", "张亮麻辣烫", "王守义十三香",
           "黄飞红", "陶陶居", "京东", "淘宝", "拼多多", "美团", "盒马"],
    "de": ["Deutsche Telekom", "Rossmann", "Aldi Süd", "Lidl", "Edeka", "Dr. Oetker", "Haribo", "Bosch", "Miele",
           "Hugo Boss", "Tchibo", "Kaufland", "Fielmann", "Vorwerk", "Schwarzkopf", "Knorr", "Staedtler",
           "Faber-Castell", "Steiff", "Birkenstock", "Märklin", "Porsche", "Sparkasse", "Deutsche Bahn", "Migros",
           "Billa", "Hofer", "Spar"],
    "fr": ["Carrefour", "E.Leclerc", "Galeries Lafayette", "Hermès", "Peugeot", "Renault", "Michelin", "Boulanger",
           "Decathlon", "Citroën", "Chanel", "Louis Vuitton", "Yves Rocher", "Lacoste", "Darty", "Fnac", "Picard",
           "Monoprix", "Intermarché", "Leroy Merlin", "La Poste", "SNCF", "Desjardins", "Delhaize", "Coop"],
    "en": ["Trader Joe's", "Ben & Jerry's", "Marks & Spencer", "John Lewis", "Sainsbury's", "Dr Martens", "Wendy's",
           "McDonald's", "Ford", "Dell", "Boots", "Tesco", "Walgreens", "Morrisons", "Paul Smith", "Ted Baker",
           "Kellogg's", "Hewlett-Packard", "Johnson & Johnson"],
})
PLACES.update({
    "zh": ["鲁迅公园", "中山公园", "黄浦江", "岳麓山", "张家界", "周庄", "马鞍山", "石家庄", "林芝", "王府井", "朱家角",
           "钱塘江", "武侯祠", "杜甫草堂", "岳阳楼", "黄鹤楼", "潘家园", "徐家汇", "曹家渡", "陆家嘴", "深圳湾",
           "宋庆龄故居", "孙中山纪念馆", "韩城", "邵阳", "曾厝垵", "雷峰塔", "白云机场", "虹桥站"],
    "de": ["Wilhelmshaven", "Friedrichshafen", "Ludwigshafen", "Karlsruhe", "Marienplatz", "Theresienwiese",
           "Augustusplatz", "St. Gallen", "Sankt Augustin", "Ottobrunn", "Elisabethmarkt", "Mariahilf",
           "Hermannsburg", "Kaiserslautern", "Zell am See", "Bad Friedrichshall", "Wolfsburg", "Fuchsbau"],
    "fr": ["Saint-Étienne", "Saint-Malo", "Gare Saint-Lazare", "Aéroport Charles-de-Gaulle", "Sainte-Foy",
           "Lyon Part-Dieu", "Montréal", "Saint-Denis", "Château-Thierry", "Villeneuve-d'Ascq", "Sainte-Anne-de-Beaupré",
           "Port-Louis", "Saint-Jean-de-Luz", "Fontainebleau"],
    "en": ["Charlotte", "Victoria Station", "King's Cross", "St Albans", "Jackson Heights", "Washington Square",
           "Lincoln Park", "Elizabeth line", "Georgetown", "Port Elizabeth Avenue", "Fort Worth", "Stratford-upon-Avon"],
})
CITIES = {"zh": ["石家庄", "马鞍山", "林芝", "韩城", "邵阳", "周口", "张家口", "沈阳", "吕梁", "常州", "贺州", "江门",
                  "黄山", "金华", "温州", "许昌", "高邮", "龙岩", "雷州", "秦皇岛", "唐山", "武汉"]}
STREETS.update({
    "zh": ["中山路", "逸仙路", "解放路", "人民路", "鲁迅路", "延安西路", "长江路", "黄河路", "淮海中路", "南京东路"],
    "de": ["Goethestraße", "Schillerplatz", "Karl-Marx-Allee", "Bismarckstraße", "Kaiser-Wilhelm-Ring",
           "Konrad-Adenauer-Platz", "Willy-Brandt-Platz", "Sophienstraße", "Mariahilfer Straße", "Bahnhofstrasse",
           "Beethovenweg", "Heinrich-Heine-Allee", "Mozartgasse"],
    "fr": ["rue Victor-Hugo", "place Charles-de-Gaulle", "boulevard Haussmann", "avenue Jean-Jaurès",
           "rue Émile-Zola", "quai Voltaire", "place Jeanne-d'Arc", "rue Gambetta", "boulevard Saint-Michel",
           "rue Sainte-Catherine", "avenue Foch", "rue Pasteur", "allée Simone-Veil"],
    "en": ["Lincoln Avenue", "Washington Street", "Victoria Road", "Churchill Way", "Elizabeth Street",
           "Martin Luther King Jr. Blvd", "Shakespeare Road", "Nelson Street", "Jefferson Ave", "Wellington Road"],
})


# ----------------------------------------------------------------------------------------------------------
# Chinese templates
# ----------------------------------------------------------------------------------------------------------

ZH_PII = [
    # subject before all kinds of verbs
    "{P1}说明天的会改到{time}，大家注意一下。",
    "我觉得{P1}的方案比{P2}的更稳妥，<<w:周末>>再讨论吧。",
    "{P1}负责前端，{P2}负责测试，{P3}负责上线，{date}之前全部搞定。",
    "{P1}已经把报销单提交了，金额{price}，发票号{inv}。",
    "下周{P1}去{city}出差，有事打{P1.g:他/她}手机{PHM}。",
    "刚才{P1}来电话，说快递{track}还没到，麻烦查一下。",
    "{P1}还没交作业，请家长督促一下。",
    "{P1}明天要去医院复查，请假一天，工作先交给{P2}。",
    "上个月{P1}的绩效是A，奖金{price}已经发了。",
    "{P1}提交的代码在{ver}里有个bug，回滚了。",
    "{P1}觉得这个价格{price}有点贵，想再等等<<w:金价>>。",
    "{P1}刚才在群里发了个红包🧧，手慢无！",
    "{P1}下个月调去{city}分公司，{date}正式交接。",
    "{P1}好像生病了，今天没来上课。",
    "{P1}同意了，<<w:马上>>签字。",
    "{P1}问你{order}这个单子能不能加急。",
    "{P1}带着孩子去了<<pl:张家界>>，{date}回来。",
    # object after verbs
    "请联系{P1}，电话{PH}。",
    "麻烦通知一下{P1}和{P2}，{weekday}下午三点开会。",
    "帮我转告{P1}，合同我已经发到{EM}了。",
    "这封邮件抄送{P1}、{P2}，谢谢。",
    "安排{P1}下周一值班，{P2}周二，{P3}周三。",
    "我们想邀请{P1}来做个分享，{P1.g:他/她}的邮箱是{EM}。",
    "特别感谢{P1}和{P2}这段时间的付出！🎉",
    "提醒{P1}：{date}前把身份证号{CNID}报给人事。",
    "麻烦{P1}把{order}这个订单退款一下。",
    "拜托{P1}帮我取个快递，取件码{ref}。",
    "我推荐{P1}负责这个项目，{P1.g:他/她}之前在{brand}干过。",
    "这个任务交给{P1}吧，{P1.g:他/她}最细心。",
    "文件我转给{P1}了，有问题直接问{P1.g:他/她}。",
    "截图发给{P1}看看，可能是{ver}的兼容问题。",
    "你打给{P1}问问，号码是{PH}。",
    "钥匙留给{P1}就行，<<w:周末>>我不在家。",
    "昨天在{place}碰到{P1}了，{P1.g:他/她}一点没变。",
    "大家欢迎{P1}加入我们团队👏",
    "老板表扬了{P1}，说{P1.g:他/她}这季度业绩第一。",
    "有空去看看{P1}吧，{P1.g:他/她}住院了。",
    "我刚认识了{P1}，人挺好的。",
    "明天我去接{P1}，{time}到{place}。",
    # after prepositions
    "请把资料交给{P1}，{P1.g:他/她}会统一整理。",
    "他被{P1}说服了，决定留下来。",
    "让{P1}先回去休息吧，剩下的我来。",
    "叫{P1}过来一下，<<w:马上>>开会。",
    "我替{P1}请个假，{P1.g:他/她}发烧了。",
    "能帮{P1}订一张{date}去{city}的<<w:高铁>>票吗？身份证号{CNID}。",
    "为{P1}庆祝生日🎂，蛋糕{price}，大家AA。",
    "对{P1}来说，这次考试特别重要。",
    "请向{P1}汇报进度，别直接找老板。",
    "我和{P1}是大学同学，毕业十年了，{date}同学聚会。",
    "周六跟{P1}去爬山⛰️，你来不来？",
    "与{P1}的合同{date}到期，续不续？",
    "我同{P1}商量过了，下个月开始执行。",
    "把{P1}的名字从名单里删掉吧，{P1.g:他/她}不参加了。",
    "给{P1}发个消息，问{P1.g:他/她}几点到。",
    "由{P1}负责审核，{P2}负责复核。",
    "经{P1}同意，{P2}调到{city}分公司。",
    "据{P1}介绍，新版本{ver}修复了这个问题。",
    "除了{P1}，大家都到了。",
    "连{P1}都不知道这件事，你怎么知道的？",
    "听{P1}说{P2}要辞职了？",
    # lists
    "{P1}、{P2}、{P3}三位同学本周末值日。",
    "参会人员：{P1}，{P2}，{P3}及{P4}。",
    "{P1}和{P2}负责接待客户，{P3}负责订餐。",
    "获奖名单：{P1}、{P2}、{P3}，恭喜！",
    "这次出差的有{P1}，{P2}和我。",
    # titles and roles
    "{P1}经理今天不在，有事找{P2}。",
    "{P1.csur}总，这是您要的报价单，合计{price}。",
    "{P1}老师，我家孩子{P2}今天发烧，请假一天。",
    "{P1}医生，请问我{date}的检查结果出来了吗？",
    "{P1}主任好，这是本月的报表，请过目。",
    "{P1.nick}，你把{order}这个单子再核对一下。",
    "{P1.old}说今晚请客，{place}见！",
    "{P1}同学，你的快递放在门卫了。",
    "{P1}先生您好，您的订单{order}已发货，运单号{track}。",
    "{P1}女士，您预约的{date} {time}的号已确认。",
    "{P1.nick}和{P2.old}都说这家店的<<w:黄金>>糕好吃。",
    "今天{P1}教授的讲座改在{place}了。",
    "请{P1}律师把合同再审一遍。",
    "{P1.csur}老师的课{weekday}停一次。",
    # possessive, start and end, quoted speech
    "这是{P1}的手机号：{PHM}，有急事可以打。",
    "{P1}的邮箱是{EM}，简历发这个。",
    "我把{P1}的银行卡号{CC}发你了，转账记得备注。",
    "{P1}的妈妈打电话来了，号码{PH}。",
    "辛苦了，{P1}。",
    "以上内容如有疑问，请联系{P1}。",
    "今天值班的是{P1}。",
    "是{P1}提出的这个想法。",
    "{P1}说：“{date}之前一定交。”",
    "“这个bug是{P1}改的吧？”{P2}问。",
    "{P1}在电话里说：“我已经到{place}了，你们先吃。”",
    "“{P1}，你来一下！”",
    # chat style, emoji
    "@{P1} 收到请回复👌",
    "{P1} 你到哪了？😂😂",
    "哈哈哈{P1}你太逗了🤣",
    "{P1}!!! 你的外卖到了🍜",
    "[[早|早上好|早安]]{P1}☀️ 今天<<w:周末>>还加班吗",
    "{P1.given}，晚上一起吃饭吗？",
    "{P1.given}姐，明天见～",
    "谢谢{P1.given}！❤️",
    "{P1.old}，{P2.nick}，今晚谁请客😏",
    # mixed Chinese-English
    "{P1} 明天的 meeting 改到 {time} 了，please check 一下 calendar。",
    "Hi {P1}，这个 PR 麻烦 review 一下，测试服务器 IP 是 {IP}。",
    "Thanks {P1}！这个 issue 我来 follow up。",
    "cc {P1} {P2}，deadline 是 {date}。",
    "{P1} 的 email 是 {EM}，你直接 ping {P1.g:他/她}。",
    "OK 我跟 {P1} sync 一下再回复你",
    # forms and multi-line
    "我的身份证号是{CNID}，手机{PHM}，姓名{P1}。",
    "报名表：姓名 {P1}｜电话 {PHM}｜邮箱 {EM}",
    "各位好：\n\n{date}起由{P1}接替{P2}的工作，{P2}调去{city}了。\n\n行政部 {P3}",
    "此致\n敬礼\n{P1}\n{date}",
    "收件人：{P1}\n电话：{PHM}\n地址：{street}188号，邮编{plz}",
    "{P1}，{P2}：周报请在{weekday}前提交。",
    "VPN连不上，我的IP是{IP}，有问题找{P1}。",
    "退款请打到{P1}的卡上：{CC}",
    "老师好，我是{P1}的爸爸{P2}，孩子今天身体不舒服，电话{PHM}。",
    "{P1}，{P2}给你打电话了吗？",
    "{P1}于{date}入职，试用期三个月。",
    "{P1}在{brand}买了台手机，订单号{order}。",
    "{P1}写的那篇关于<<w:唐朝>>的文章很好，推荐给{P2}看看。",
    "{P1}比{P2}高一点，站后排吧。",
    "你见过{P1}吗？{P1.g:他/她}说认识你。",
    "昨天{P1}在{place}遇到了{P2}。",
    "我的英文名是Kevin，中文名{P1}。",
    "{P1}跟{P2}吵架了……谁去劝劝？",
    "哎{P1}，<<w:方便>>的话帮我拿个快递。",
    "服务器 {IP} 的密码{P1}改过了，问{P1.g:他/她}。",
    "{P1}的信用卡{CC}被盗刷了{price}，已经挂失。",
    "{P1}和我<<w:常常>>一起去<<pl:鲁迅公园>>跑步。",
    "明天{P1}和{P2.nick}一起去{place}。",
    "记得提醒{P1}带上身份证，号码是{CNID}。",
    # given names and nicknames, as colleagues and friends use them
    "{P1.given}说{weekday}不来了。",
    "跟{P1.given}说一声，会议改到{time}。",
    "{P1.nick}明天请假，{P2.nick}顶一下。",
    "让{P1.old}去吧，{P1.old}熟悉路。",
    "我跟{P1.old}说好了，{date}一起去钓鱼🎣",
    "{P1.given}啊，你妈让你回个电话。",
    "这事儿得问{P1.nick}，{P1.g:他/她}经手的。",
    "给大家介绍一下{P1}，以后{P1.g:他/她}负责华东区。",
    "我来介绍：这位是{P1}，那位是{P2}。",
    "今天{P1.given}生日🎂，大家祝{P1.g:他/她}生日快乐！",
    "帮{P1}查一下{order}的物流。",
    "{P1}上个月已经离职了，别再抄送{P1.g:他/她}了。",
]

ZH_NOPII = [
    "<<w:周末>>去<<pl:鲁迅公园>>散步，顺便在<<pl:中山路>>吃了碗面，{price}。",
    "最近<<w:金价>>涨得厉害，{date}一克要{price}！😱",
    "<<w:马路>>对面新开了一家<<b:杨国福麻辣烫>>，[[挺好吃的|味道一般|排队的人好多]]。",
    "今天真<<w:高兴>>，抢到了{date}去{place}的<<w:高铁>>票🎉",
    "请问订单{order}什么时候发货？[[急用|谢谢|在线等]]！",
    "快递单号{track}，显示已到<<pl:石家庄>>转运中心。",
    "<<b:华为>>和<<b:小米>>哪个好？预算{price}左右。",
    "电脑系统版本{ver}，<<w:程序>>老是崩溃，怎么办？",
    "<<w:何时>>能退款？发票号{inv}。",
    "别<<w:胡说>>了，<<w:钱包>>明明在你包里😂",
    "《<<t:孙子兵法>>》里“知己知彼”这句话在哪一篇？",
    "<<w:宋体>>和黑体，正式公文用哪个？正文用三号字吗？",
    "<<w:唐朝>>和<<w:宋朝>>的服饰有什么区别？",
    "{place}门票{price}，{place2}门票{price2}，哪个更值？",
    "<<w:许多>>人问<<b:周大福>>的金条能不能回收。",
    "改签请拨打<<svc:12306>>，查话费打<<svc:10086>>。",
    "全角数字也要原样保留：订单号<<ref:２０２５０６１８００４７>>，金额<<price:￥１，２８０>>。",
    "<<w:林业>>局通知：{date}起进入森林防火期，请勿野外用火🔥",
    "用<<b:格力>>空调还是<<b:美的>>？<<b:海尔>>的也行，预算{price}。",
    "<<b:老干妈>>一瓶{price}，一次买了{qty}。",
    "商品\t数量\t单价\n<<w:李子>>\t<<q:3斤>>\t{price}\n<<w:黄瓜>>\t<<q:2斤>>\t{price2}",
    "<<w:方便>>面又涨价了，一包{price}。",
    "{place}到{place2}坐地铁要多久？",
    "<<w:常常>>加班到{time}，<<w:于是>>决定换工作。",
    "<<w:罗盘>>、<<w:梁柱>>、<<w:朱红>>色大门，这就是古建筑的味道。",
    "👨‍👩‍👧 一家三口{date}去<<pl:周庄>>玩，拍了好多照片📸",
    "<<w:孙子>>今天满月了🎂，全家去<<b:全聚德>>吃饭。",
    "ISBN {isbn} 这本书还有货吗？",
    "<<w:张贴>>通知：{date} {time}小区停水，请提前储水。",
    "iPhone（型号{model}）保修到{date}，系统{ver}。",
    "<<w:安全>>第一！工地<<w:安全>>帽每人一顶。",
    "<<w:江南>>的雨下了一整天，<<w:黄梅>>天真难受。",
    "这个<<w:王国>>的故事太长了，看到第三集就睡着了。",
    "<<w:文明>>养犬，从我做起🐕",
    "<<w:白菜>>{price}一斤，<<w:黄瓜>>{price2}一斤，<<w:石榴>>贵一点。",
    "<<b:李宁>>的跑鞋打折吗？听说便宜{pct}。",
    "<<b:王老吉>>还是凉茶里最出名的吧？",
    "<<w:高铁>>{time}发车，{weekday}到<<pl:虹桥站>>。",
    "<<w:马上>>就到<<w:周末>>了，有什么安排？",
    "<<b:张小泉>>的剪刀真的很耐用，{price}买的，用了十几年。",
    "<<b:周黑鸭>>和<<b:绝味>>哪个辣？",
    "<<pl:陆家嘴>>的夜景🌃真好看！",
    "发票抬头写公司全称，税号<<ref:91310115MA1K4B2X3Q>>。",
    "验证码是{ref}吗？好像不对。",
    "本月电费{price}，比上月多{pct}。",
    "<<w:黄金>>周出游人数同比增长{pct}。",
    "<<w:雷雨>>预警：{date}{time}起有强对流天气⛈️",
    "<<w:余额>>不足，请尽快充值{price}。",
    "<<w:任务>>进度：{pct}，预计{date}完成。",
    "<<pl:黄鹤楼>>、<<pl:岳阳楼>>、滕王阁，江南三大名楼。",
    "这首歌在<<b:网易云>>上的评论都好有意思，{date}发布的。",
    "今天湿度{pct}，太闷了，开了一天空调。",
    "「注意」：<<w:程序>>升级到{ver}后需要重启。",
    "（备注：<<w:包裹>>已放快递柜，取件码{ref}）",
    "<<b:娃哈哈>>矿泉水一箱{price}，<<b:农夫山泉>>{price2}。",
    "<<w:何必>>呢？<<w:高兴>>点嘛～",
    "<<w:杜绝>>浪费，光盘行动🍚",
    "《<<t:红楼梦>>》第三十七回讲的是什么？",
    "这家店在<<pl:曹家渡>>，<<w:周末>>人特别多。",
]


# ----------------------------------------------------------------------------------------------------------
# German templates
# ----------------------------------------------------------------------------------------------------------

DE_PII = [
    # greetings and sign-offs
    "Hallo {P1.first},\nkannst du mir bis {weekday} die Unterlagen schicken?\nLG\n{P2.first}",
    "{P1.g:Lieber/Liebe} {P1.first},\nvielen Dank für deine Hilfe beim Umzug!\n\nViele Grüße\n{P2}",
    "Moin {P1.first}, hast du die Rechnung {inv} schon bezahlt?",
    "Servus {P1.first}! Treffen wir uns um {time} am <<pl:Marienplatz>>?",
    "Grüß Gott {P1.g:Herr/Frau} {P1.last}, Ihr Termin am {date} um {time} ist bestätigt.",
    "Sehr geehrte{P1.g:r Herr/ Frau} {P1.last},\n\nanbei erhalten Sie die Gutschrift {ref}.\n\nMit freundlichen Grüßen\n{P2}",
    "Hi {P1.first},\ndie neue Version {ver} ist live.\nVG\n{P2.first}",
    "Moin zusammen,\nich bin ab {date} im Urlaub, Vertretung macht {P1}.\n\nMfG\n{P2}\n{PH}",
    "Grüezi {P1.g:Herr/Frau} {P1.last}, Ihre Bestellung {order} ist unterwegs.",
    "Servus beinand, {P1.g:der/die} {P1.first} hat heut Geburtstag 🎉 Wer ist dabei?",
    "Hallo zusammen,\n\nanbei das Protokoll vom {date}.\n\nViele Grüße\n{P1.first}",
    "Danke dir, {P1.first}!\n\nLG {P2.first}",
    "Tschüss und bis bald!\n{P1.first}",
    "Hallo {P1.g:Herr/Frau} {P1.last},\nkönnen Sie mich unter {PH} zurückrufen?\nBeste Grüße\n{P2}",
    # mid-sentence, after verbs, prepositions
    "Gestern hat {P1} angerufen und nach der Bestellung {order} gefragt.",
    "Ich habe {P1} schon Bescheid gesagt, {P1.g:er/sie} kommt später.",
    "Kannst du bitte {P1} und {P2} zum Meeting am {weekday} einladen?",
    "Das Protokoll schreibt diesmal {P1}, die Folien macht {P2}.",
    "{P1}, {P2} und {P3} sind nächste Woche nicht da.",
    "Bitte ruf {P1} unter {PH} zurück.",
    "Die Nummer von {P1} ist {PH}, die Mail {EM}.",
    "Frag mal {P1.first}, {P1.g:der/die} kennt sich mit <<b:Bosch>>-Geräten aus.",
    "Überweisung an {P1}, IBAN {IBAN}, Verwendungszweck {inv}.",
    "Wir danken {P1} für 25 Jahre im Betrieb.",
    "Mit {P1} habe ich gestern über das Angebot gesprochen.",
    "Laut {P1} ist der Server {IP} seit {time} nicht erreichbar.",
    "Ohne {P1} hätten wir das nie geschafft!",
    "Für {P1} bitte einen Platz am Fenster reservieren.",
    "Termin bei {P1.g:Herrn/Frau} Dr. {P1.last}: {date}, {time}.",
    "Ich bin {P1}, wohne in der {street} und möchte mein Kind anmelden.",
    "Sag {P1.first} bitte, dass der <<n:Koch>> heute krank ist.",
    "Der <<n:Bauer>> von nebenan hat {P1} frische Eier gebracht.",
    "Im Hafen flicken die <<n:Fischer>> ihre Netze, erzählte {P1}.",
    "{P1} hat im {month} Geburtstag, da machen wir was.",
    "Kreditkarte von {P1}: {CC}, bitte nicht weitergeben.",
    "Kann jemand {P1} erreichen? Handy: {PHM}",
    "Die Kinder von {P1} gehen auf die <<pl:Schillerschule>>.",
    "Schick das an {EM}, {P1} liest das heute noch.",
    "Heute Abend kochen {P1.first} und {P2.first} für alle 🍝",
    "Das Paket {track} wurde bei {P1} abgegeben.",
    "{P1.g:Herr/Frau} {P1.last} aus der Buchhaltung fragt nach der Gutschrift {ref}.",
    "{P1.g:Den Kollegen/Die Kollegin} in Zürich, {P1}, erreicht man unter {PHX}.",
    "{P1.g:Unser neuer Azubi/Unsere neue Auszubildende} heißt {P1.first} und fängt am {date} an.",
    "{P1.first} meint, {P2.first} soll das machen.",
    "Zusammen mit {P1} und {P2} fahren wir nach {place}.",
    "Moin, {P1.first} hier. Mein Rechner mit der IP {IP} kommt nicht ins VPN.",
    "@{P1.first} kannst du den Build {ver} freigeben?",
    "Hab {P1} gerade bei <<b:Rossmann>> getroffen 😄",
    "Die Zugangsdaten für {IP} hat {P1} letzte Woche geändert.",
    "Bei {P1} in <<pl:Ludwigshafen>> war es richtig nett.",
    "Rechnungsadresse: {P1}, {street} 3, {plz}",
    "<<b:Dr. Oetker>> hat {P1} zum Vorstellungsgespräch eingeladen.",
    "Kontoinhaber: {P1}\nIBAN: {IBAN}\nBetrag: {price}",
    "Am {weekday} holt {P1} die Kinder ab, am {weekday2} {P2}.",
    "Liebe Grüße an {P1} und die Kinder!",
    "Wisst ihr, ob {P1} heute im Homeoffice ist?",
    "hey {P1.lc} 😊 hast du heute zeit?",
    "{P1.lc} kommt später, sagt {P2.lc}",
    "hi zusammen, {P1.lc} und ich sind ab {time} im büro",
    "Einladung an: {P1}; {P2}; {P3}",
    "Wer ist eigentlich {P1}? Der Name steht auf der Rechnung {inv}.",
    "Der <<n:Schneider>> hat die Hose gekürzt, {P1} holt sie am {weekday} ab.",
    "{P1} und der <<n:Zimmermann>> streiten sich um den Dachstuhl 😅",
    "Nach Rücksprache mit {P1} verschieben wir den Go-live auf den {date}.",
    "Gib {P1} bitte die Schlüssel für die Wohnung in der {street}.",
    "Ich soll dich von {P1} grüßen!",
    "Neben {P1} saß {P2}, beide aus <<pl:Wolfsburg>>.",
    "Meine Kreditkarte {CC} wurde gesperrt, Karteninhaber {P1}.",
    "Kannst du {P1.first} sagen, dass {P2.first} heute länger macht?",
    "Die Vollmacht hat {P1} unterschrieben, Zeugin war {P2}.",
    "Das Auto von {P1} steht noch bei <<b:Porsche>> in der Werkstatt.",
    "{P1.g:Herr/Frau} {P1.last} ist bis {date} krankgeschrieben, bitte an {EM} schreiben.",
    "Ist {P1} schon da? Der Termin war um {time}.",
    "Tausch mit {P1}: ich nehme den Frühdienst am {date}.",
    "Hat {P1} dir die Nummer {PHM} gegeben?",
    "Kurze Info: {P1} ist jetzt unter {EM} erreichbar, die alte Adresse geht nicht mehr.",
    "Den <<n:Wolf>> im Wildpark hat {P1} fotografiert 🐺",
]

DE_NOPII = [
    "Die Bestellung {order} ist seit {date} unterwegs – wann kommt sie an?",
    "Der <<n:Bauer>> bringt jeden {weekday} frische Milch ins Dorf.",
    "Ein <<n:Koch>> verdient im Schnitt {price} im Monat?",
    "Im Hafen von <<pl:Wilhelmshaven>> verkaufen die <<n:Fischer>> morgens Krabben.",
    "Der <<n:Schneider>> an der Ecke kürzt Hosen für {price}.",
    "„Der <<n:Wolf>> und die sieben Geißlein“ – kennt das noch jemand?",
    "Der <<n:Fuchs>> hat wieder die Hühner geholt 🦊",
    "Wir treffen uns in der {street} um {time}.",
    "Rechnung {inv} über {price} bitte bis {date} begleichen.",
    "Sendungsnummer {track}: „Zustellung heute zwischen {time} und {time2}“.",
    "Gibt es bei <<b:Aldi Süd>> noch die Aktion mit {pct} Rabatt?",
    "Mein Laptop läuft auf Windows {ver}; seit dem Update startet nichts mehr.",
    "Kann man bei <<b:Deutsche Telekom>> den Vertrag zum {date} kündigen?",
    "Die Straße heißt {street}, nicht {street2}.",
    "Buch: ISBN {isbn}, Preis {price}.",
    "Artikelnummer {ean}, Größe M, Gewicht {qty}.",
    "Am {weekday} ist Flohmarkt auf der <<pl:Theresienwiese>>.",
    "Vorgangsnummer {ref} – bitte bei Rückfragen angeben.",
    "Der <<n:Richter>> hat das Urteil auf den {date} vertagt.",
    "Im {month} fahren wir nach {place}, im {month2} nach {place2}.",
    "Größe\tMenge\tPreis\nS\t<<q:3 Stück>>\t{price}\nM\t<<q:12 Stück>>\t{price2}",
    "Straße, Maß, Fuß, Gruß – ß bleibt ß.",
    "Die Temperatur liegt bei 23\u00a0°C, Luftfeuchte {pct}.",
    "Für die Party: <<q:3 kg>> Kartoffeln, zwei Packungen <<b:Haribo>>, Sekt von <<b:Rotkäppchen>> 🥂",
    "Der <<n:Kaiser>> und der <<n:König>> im Schachbuch – wer gewinnt?",
    "Beim Schafe-Hüten hilft der <<n:Schäfer>> mit zwei Hunden.",
    "Wie bekomme ich den Schein vom <<b:Fielmann>>-Gutschein eingelöst? Code {ref}.",
    "Der ICE um {time} nach {place} fällt aus 😤",
    "Kündigungsfrist: drei Monate zum Quartalsende, also bis {date}.",
    "Öffnungszeiten: Mo–Fr <<time:8:30>>–{time}, Sa geschlossen.",
    "Paketshop in der {street}, gegenüber <<b:Edeka>>.",
    "Der Kuchen mit <<b:Dr. Oetker>> Backpulver ist super geworden 🎂",
    "Termin beim Bürgeramt: {date}, {time}, Wartenummer <<ref:A-117>>.",
    "Die <<n:Jäger>> treffen sich am {weekday} im Wald.",
    "Meine Oma sagt immer: Der <<n:Meister>> fällt nicht vom Himmel.",
    "Hallo zusammen,\n\ndie Heizung im 2.\u00a0OG ist ab {date} wieder an.\n\nViele Grüße\nDie Hausverwaltung",
]


# ----------------------------------------------------------------------------------------------------------
# French templates
# ----------------------------------------------------------------------------------------------------------

FR_PII = [
    # greetings and sign-offs
    "Bonjour {P1.first},\npouvez-vous me renvoyer la facture {inv} ?\nCordialement,\n{P2}",
    "{P1.g:Cher/Chère} {P1.first},\nmerci encore pour ton accueil à {place} !\nBises\n{P2.first}",
    "Salut {P1.first} ! On se retrouve à {time} devant la gare ?",
    "Coucou {P1.lc} 😘 tu viens ce soir ?",
    "Bonjour {P1.g:Monsieur/Madame} {P1.last},\n\nVotre rendez-vous du {date} à {time} est confirmé.\n\nBien à vous,\n{P2}",
    "Bonsoir {P1.first},\nle colis {track} est arrivé.\nAmicalement,\n{P2.first}",
    "Salut à tous,\nje serai absent à partir du {date}, {P1} me remplace.\nBisous\n{P2.first}",
    "Bonjour à toutes et à tous,\n\nci-joint le compte rendu du {date}.\n\nCordialement\n{P1}\n{PH}",
    "Merci {P1.first} !\n\nBises,\n{P2.first}",
    "{P1.g:Cher/Chère} {P1.g:Monsieur/Madame} {P1.last},\nnous avons bien reçu votre dossier {ref}.\nBien cordialement,\n{P2}",
    "Allô {P1.first} ? Rappelle-moi au {PH} quand tu peux.",
    "Bonjour,\n\nJe vous transfère le message envoyé par {P1}.\n\nBonne journée,\n{P2.first}",
    # mid-sentence, after verbs, prepositions
    "Hier, {P1} a appelé au sujet de la commande {order}.",
    "J'ai prévenu {P1}, {P1.g:il/elle} arrivera en retard.",
    "Tu peux inviter {P1} et {P2} à la réunion de {weekday} ?",
    "Le compte rendu sera rédigé par {P1}, les diapos par {P2}.",
    "{P1}, {P2} et {P3} seront en congé la semaine prochaine.",
    "Merci de rappeler {P1} au {PH}.",
    "Le numéro de {P1}, c'est le {PH}, et son mail {EM}.",
    "Demande à {P1.first}, {P1.g:il/elle} connaît bien les machines <<b:Michelin>>… enfin, les pneus.",
    "Virement à {P1}, IBAN {IBAN}, référence {inv}.",
    "Nous remercions {P1} pour ses vingt ans de service.",
    "J'en ai parlé avec {P1} hier soir.",
    "D'après {P1}, le serveur {IP} ne répond plus depuis {time}.",
    "Sans {P1}, on n'y serait jamais arrivés !",
    "Pour {P1}, réservez une place côté fenêtre s'il vous plaît.",
    "Rendez-vous chez le Dr {P1.last} le {date} à {time}.",
    "Je m'appelle {P1} et j'habite {street}.",
    "Dis à {P1.first} que le <<n:boulanger>> est fermé lundi.",
    "Le <<n:marchand>> de légumes a donné des tomates à {P1}.",
    "{P1} fête son anniversaire en {month}.",
    "Carte bancaire de {P1} : {CC}, à ne pas diffuser.",
    "Quelqu'un peut joindre {P1} ? Portable : {PHM}",
    "Les enfants de {P1} sont à l'école <<pl:Jules-Ferry>>.",
    "Envoie ça à {EM}, {P1} le lira ce soir.",
    "Ce soir, {P1.first} et {P2.first} cuisinent pour tout le monde 🍲",
    "Le colis {track} a été déposé chez {P1}.",
    "{P1.g:M./Mme} {P1.last} de la compta demande l'avoir {ref}.",
    "Notre collègue de Lausanne, {P1}, est joignable au {PHX}.",
    "{P1.g:Le nouveau stagiaire/La nouvelle stagiaire} s'appelle {P1.first}, {P1.g:il/elle} commence le {date}.",
    "{P1.first} pense que c'est à {P2.first} de s'en occuper.",
    "Avec {P1} et {P2}, on part à {place} en {month}.",
    "Salut, c'est {P1.first}. Mon PC avec l'IP {IP} n'accède plus au VPN.",
    "@{P1.first} tu peux valider la version {ver} ?",
    "J'ai croisé {P1} chez <<b:Picard>> tout à l'heure 😄",
    "Les accès au serveur {IP} ont été changés par {P1}.",
    "Adresse de facturation : {P1}, {street}, {plz}",
    "<<b:Galeries Lafayette>> a convoqué {P1} pour un entretien.",
    "Titulaire : {P1}\nIBAN : {IBAN}\nMontant : {price}",
    "Le {weekday}, {P1} récupère les enfants ; le {weekday2}, c'est {P2}.",
    "Grosses bises à {P1} et aux enfants !",
    "Vous savez si {P1} est en télétravail aujourd'hui ?",
    "{P1.lc} arrive plus tard, dit {P2.lc}",
    "slt {P1.lc}, t'es dispo à {time} ?",
    "Invités : {P1} ; {P2} ; {P3}",
    "Qui est {P1} ? Son nom figure sur la facture {inv}.",
    "Le <<n:berger>> descend les moutons samedi, {P1} ira voir.",
    "Après discussion avec {P1}, la mise en production est reportée au {date}.",
    "Donne les clés à {P1}, c'est pour l'appartement {street}.",
    "{P1} te passe le bonjour !",
    "À côté de {P1} était assis{P2.g:/e} {P2}, tous deux de <<pl:Saint-Malo>>.",
    "Ma carte {CC} a été bloquée ; titulaire {P1}.",
    "Tu peux dire à {P1.first} que {P2.first} finit tard ce soir ?",
    "La procuration a été signée par {P1}, en présence de {P2}.",
    "La voiture de {P1} est toujours au garage <<b:Peugeot>>.",
    "{P1.g:M./Mme} {P1.last} est en arrêt jusqu'au {date}, écrivez à {EM}.",
    "{P1} est arrivé{P1.g:/e} ? Le rendez-vous était à {time}.",
    "Échange avec {P1} : je prends le service du matin le {date}.",
    "C'est {P1} qui t'a donné le numéro {PHM} ?",
    "Petite info : {P1} est maintenant joignable à {EM}.",
    "J'ai acheté un pain <<w:blanc>> et un <<w:petit>> gâteau pour {P1}.",
    "Salut {P1.first}, t'as vu le match hier soir ? ⚽",
    "Bonjour {P1.g:M./Mme} {P1.last}, votre commande {order} est prête chez <<b:Boulanger>>.",
]

FR_NOPII = [
    "La commande {order} est en route depuis le {date}\u202f: quand arrivera-t-elle\u202f?",
    "Le <<n:boulanger>> du coin ouvre à {time} le {weekday}.",
    "Un <<n:marchand>> de glaces sur la plage de <<pl:Saint-Malo>>\u00a0: {price} la boule\u202f!",
    "Je préfère le vin <<w:blanc>> au rouge 🍷",
    "Un <<w:petit>> café et un croissant, s'il vous plaît.",
    "Pour la sauce, commencez par un <<w:roux>> : beurre et farine.",
    "« Le <<t:Petit Prince>> » est sorti en 1943, non\u202f?",
    "Facture {inv} de {price} à régler avant le {date}.",
    "Numéro de suivi {track}\u00a0: « livraison entre {time} et {time2} ».",
    "Y a-t-il encore {pct} de réduction chez <<b:Carrefour>>\u202f?",
    "Mon ordinateur est sous Windows {ver} ; depuis la mise à jour, plus rien ne démarre.",
    "On se retrouve {street} à {time}.",
    "Livre\u00a0: ISBN {isbn}, prix {price}.",
    "Référence {ean}, taille 38, poids {qty}.",
    "Le {weekday}, il y a une brocante <<pl:place Jeanne-d'Arc>>.",
    "Numéro de dossier {ref} — à rappeler en cas de question.",
    "En {month} on part à {place}, en {month2} à {place2}.",
    "Taille\tQuantité\tPrix\nS\t<<q:4 pièces>>\t{price}\nM\t<<q:11 pièces>>\t{price2}",
    "Crème brûlée, pâté, naïf, Noël, cœur, œuf — les accents restent.",
    "Café\u00a0: 2,10\u00a0€ ; thé\u00a0: 2,40\u00a0€ ; chocolat chaud\u00a0: 3,20\u00a0€.",
    "Il fait 31\u00a0°C à <<pl:Marseille>> aujourd'hui ☀️",
    "<<mw:Noël>> tombe un {weekday} cette année 🎄",
    "La <<mw:Toussaint>> et l'Armistice font un pont en {month}.",
    "Le <<w:berger>> allemand du voisin aboie toute la nuit 🐕",
    "Une <<w:rose>> <<w:blanche>> et deux tulipes, {price}.",
    "Le train de {time} pour {place} est supprimé 😤",
    "Horaires\u00a0: lun.–ven. <<time:9h>>–{time}, samedi fermé.",
    "Point relais {street}, en face de <<b:Monoprix>>.",
    "J'ai acheté un frigo chez <<b:Boulanger>> et un vélo chez <<b:Decathlon>>.",
    "La Clio de chez <<b:Renault>> ou la 208 de chez <<b:Peugeot>>\u202f? Budget\u00a0: {price}.",
    "Le sac <<b:Hermès>> coûte combien en boutique\u202f?",
    "À <<pl:Montréal>>, on dit « magasiner » pour faire du shopping 🛍️",
    "Une pierre, une <<w:marguerite>> et un <<w:olivier>>\u00a0: c'est mon jardin.",
    "Le de\u0301ménagement est prévu le {date} — code d'accès <<ref:B4521>>.",
    "Bonjour,\n\nle chauffage sera rétabli le {date}.\n\nCordialement,\nLe syndic",
    "« Bonjour\u00a0! » a dit le facteur en passant <<pl:rue Victor-Hugo>>.",
]


# ----------------------------------------------------------------------------------------------------------
# English templates
# ----------------------------------------------------------------------------------------------------------

EN_SHARED_PII = [
    "Hi {P1.first},\ncould you send me the slides before {weekday}?\nThanks,\n{P2.first}",
    "Yesterday {P1} called about order {order}.",
    "I already told {P1}, {P1.g:he/she} will be late.",
    "Can you invite {P1} and {P2} to the sync on {weekday}?",
    "{P1}, {P2} and {P3} are out next week.",
    "Please call {P1} back on {PH}.",
    "Ask {P1.first}, {P1.g:he/she} knows the {brand} account.",
    "According to {P1}, server {IP} has been down since {time}.",
    "Without {P1} we'd never have shipped {ver}!",
    "hey {P1.lc} are we still on for lunch? 🍔",
    "{P1.lc} says hi",
    "Thanks so much, {P1.first}!",
    "Card on file for {P1}: {CC}. Please don't share it.",
    "Parcel {track} was left with {P1} next door.",
    "@{P1.first} can you approve build {ver}?",
    "Ran into {P1} at {brand} this morning 😄",
    "The keys are with {P1}; the flat is on {street}.",
    "Cheers {P1.first}, see you at {time}.",
    "Is {P1} here yet? The appointment was at {time}.",
    "Did {P1} give you the number {PH}?",
    "Quick note: {P1} can now be reached at {EM}.",
    "Dear {P1.first},\n\nthank you for your application.\n\nKind regards,\n{P2}",
    "Looping in {P1} ({EM}) who owns the invoice {inv}.",
    "My colleague {P1} fixed the VPN config for {IP}.",
    "Sent the contract to {P1} and cc'd {P2}.",
    "{P1} wants to know if {P2} got the refund for {order}.",
]

EN_US_PII = [
    "Hi {P1}, your SSN {SSN} was entered on the W-4; please double-check it.",
    "Patient {P1}, DOB {date}, SSN {SSN}, callback {PH}.",
    "Can you text {P1} at {PH}? {P1.g:He/She} is picking up the kids at {time}.",
    "Please reimburse {P1}: card {CC}, amount {price}.",
    "Hey {P1.first} — Venmo me {price} for the pizza 🍕",
    "{P1.g:Mr./Ms.} {P1.last} from accounting asked about invoice {inv}.",
    "Our new hire {P1} starts {date}; SSN for payroll: {SSN}.",
    "Emergency contact: {P1}, {PH}, {EM}",
    "Shipping to {P1}, {street}, {plz}.",
    "Will {P1} be at the game on {weekday}?",
    "Mom says {P1} and {P2} are coming for Thanksgiving 🦃",
    "Best,\n{P1}\n{PH}",
    "Sincerely,\n{P1}",
    "Tax preparer needs {P1}'s SSN ({SSN}) and {P2}'s by {date}.",
    "Got a voicemail from {P1} — {PH} — about the lease.",
    "So {P1} just told me {P2.first} quit?!",
]

EN_GB_PII = [
    "Hiya {P1.first}, fancy a pint at {time}? 🍺",
    "Ring {P1} on {PH} about the boiler.",
    "{P1.g:Mr/Ms} {P1.last} from accounts rang about invoice {inv}.",
    "Please pay {P1}: IBAN {IBAN}, reference {ref}.",
    "Our new starter {P1} begins on {date}.",
    "Emergency contact: {P1}, {PH}, {EM}",
    "Post it to {P1}, {street}, {plz}.",
    "Many thanks,\n{P1}\n{PH}",
    "Kind regards,\n{P1}",
    "Best wishes\n{P1.first}",
    "Cheers,\n{P1.first} x",
    "Had a lovely natter with {P1} at {brand} 😊",
    "Is {P1} in today? There's a parcel {track} for {P1.g:him/her}.",
    "The gas engineer, {P1}, can come on {date} between {time} and {time2}.",
    "Our GP, Dr {P1.last}, is off until {date}.",
    "Mum says {P1} and {P2} are coming for Christmas 🎄",
    "Sent {P1} the Barclaycard number {CC} by mistake, can you delete it?",
]

EN_US_NOPII = [
    "Order {order} shipped on {date} — when will it arrive?",
    "Will the store on {street} be open on {weekday}?",
    "<<mw:May>> is the best month for hiking near <<pl:Charlotte>>.",
    "Invoice {inv} for {price} is due {date}.",
    "Tracking {track}: “out for delivery between {time} and {time2}.”",
    "Is there still {pct} off at <<b:Trader Joe's>>?",
    "My laptop runs Windows {ver}; since the update nothing boots.",
    "ISBN {isbn}, list price {price}.",
    "Case number {ref} — please reference it in replies.",
    "Item\tQty\tPrice\nS\t<<q:4 pcs>>\t{price}\nM\t<<q:12 pcs>>\t{price2}",
    "It's 91\u00a0°F in <<pl:Fort Worth>> today ☀️",
    "<<b:Ben & Jerry's>> or <<b:Wendy's>> Frosty? 🍦",
    "<<w:Will>> the <<b:Ford>> dealership honor the warranty until {date}?",
    "Fill in the <<w:bill>> of lading — shipment {order}.",
    "Café, naïve, résumé, jalapeño — keep the accents.",
    "To be <<w:frank>>, the <<w:grace>> period ends on {date}.",
    "Meet me at <<pl:Washington Square>> at {time}.",
]

EN_GB_NOPII = [
    "Order {order} was dispatched on {date}; any idea when it'll arrive?",
    "Is the shop on {street} open on {weekday}?",
    "Invoice {inv} for {price} is due on {date}.",
    "Royal Mail tracking {track}: “delivered to safe place”.",
    "Is there still {pct} off at <<b:Marks & Spencer>>?",
    "My laptop runs Windows {ver}; since the update nothing boots.",
    "ISBN {isbn}, RRP {price}.",
    "Reference {ref} — please quote it when you ring.",
    "Trains from <<pl:King's Cross>> at {time} are cancelled 😤",
    "Postcode {plz}, flat 2, {street}.",
    "<<w:Will>> <<b:John Lewis>> price-match <<b:Sainsbury's>>?",
    "It's 28\u00a0°C in London — far too hot 🥵",
    "Colour, favour, neighbour — British spelling, naïve café.",
    "Meet me at <<pl:Victoria Station>> at {time}.",
    "<<pl:Baker Street>> station is closed this weekend.",
    "Size\tQty\tPrice\nS\t<<q:4 pcs>>\t{price}\nM\t<<q:12 pcs>>\t{price2}",
]


# Look-alike tails: a second sentence appended to some single-line PII prompts (no PII in them)
TAILS = {
    "zh": ["邮编{plz}。", "商品条码{ean}。", "有问题打<<svc:12345>>市民热线。", "书号{isbn}。", "另外，订单{order}还没发货。", "PS：{date}是<<w:周末>>，别忘了。", "顺便问下，<<b:华为>>售后几点下班？",
           "对了，快递单号是{track}。", "（{date} {time}前回复）", "我在<<pl:徐家汇>>这边，<<w:马上>>到。",
           "附件版本{ver}。", "报销{price}，发票号{inv}。", "天气预报说{date}有<<w:雷雨>>。", "今天<<w:金价>>又涨了{pct}……",
           "地址是{street}。", "记得带<<w:钱包>>😂", "<<w:高铁>>{time}出发。", "<<w:许多>>细节{weekday}再聊。",
           "会议室在<<pl:陆家嘴>>那栋楼。"],
    "de": ["Artikelnummer {ean}.", "PLZ {plz}.", "ISBN {isbn}.", "PS: Die Bestellung {order} ist noch nicht da.", "Übrigens: Rechnung {inv} über {price} ist bezahlt.",
           "Sendungsnummer: {track}", "Treffpunkt: {street}, {time}.", "Bis {weekday}!", "Deadline ist der {date}.",
           "Version {ver} ist installiert.", "Der <<n:Bauer>> hat übrigens wieder Spargel 🌱", "Vorgangsnummer {ref}.",
           "Ich bin ab {date} mit der <<b:Deutsche Bahn>> unterwegs.", "Am {weekday} ist Markt auf dem <<pl:Marienplatz>>.",
           "Angebot gilt bis {date}: {price}."],
    "fr": ["Code postal : {plz}.", "Réf. produit {ean}.", "ISBN {isbn}.", "PS : la commande {order} n'est toujours pas arrivée.", "Au fait, la facture {inv} de {price} est réglée.",
           "Numéro de suivi : {track}", "Rendez-vous {street} à {time}.", "À {weekday} !", "Date limite : le {date}.",
           "Version {ver} installée.", "Le <<n:boulanger>> a refait des galettes 🥐", "Dossier n° {ref}.",
           "Je serai à {place} le {date}.", "Promo chez <<b:Carrefour>> jusqu'au {date}.", "Prix : {price}."],
    "en": ["ISBN {isbn}.", "Item code {ean}.", "Zip/postcode {plz}.", "PS: order {order} still hasn't arrived.", "Also, invoice {inv} for {price} is paid.", "Tracking: {track}",
           "Meet on {street} at {time}.", "Deadline is {date}.", "Running {ver} now.", "Ref {ref}.", "See you {weekday}!",
           "<<mw:May>> can't come soon enough 🌸", "Sale at {brand} ends {date}."],
}
TAILS = {k: [re.sub(r"\{([a-z]+)\}", r"{\g<1>9}", t) for t in v] for k, v in TAILS.items()}  # never share a value
TAIL_RATE = 0.5
TAIL_SEP = {"zh": ["", "", " ", "\n"], "de": [" ", " ", "\n"], "fr": [" ", " ", "\n"], "en": [" ", " ", "\n"]}
HEAVY_SLOTS = re.compile(r"\{(PH|PHM|PHX|EM|IBAN|CC|IP|IP6|SSN|CNID)\d*\}")

TEMPLATES = {
    "zh_CN": (ZH_PII, ZH_NOPII),
    "de_DE": (DE_PII, DE_NOPII),
    "fr_FR": (FR_PII, FR_NOPII),
    "en_US": (EN_SHARED_PII + EN_US_PII, EN_US_NOPII),
    "en_GB": (EN_SHARED_PII + EN_GB_PII, EN_GB_NOPII),
}
INLINE_RE = re.compile(r"<<\w+:(.*?)>>")
# every Chinese look-alike word, brand and place: a drawn name may not be part of one (nor contain one)
ZH_ALL_WORDS = set(BRANDS["zh"]) | set(PLACES["zh"]) | set(STREETS["zh"]) | set(CITIES["zh"]) | \
    {m.group(1) for t in ZH_PII + ZH_NOPII + TAILS["zh"] for m in INLINE_RE.finditer(t)}


NOPII_IDS = set()


def generate():
    records, used, failures = [], set(), Counter()
    NOPII_IDS.clear()
    for locale, (pii_t, nopii_t) in TEMPLATES.items():
        pfx = PREFIX[locale]
        # template ids: per locale, PII templates first, then no-PII templates
        tlist = [(f"d2-{pfx}-t{i + 1:03d}", t, True) for i, t in enumerate(pii_t)] + \
                [(f"d2-{pfx}-t{len(pii_t) + i + 1:03d}", t, False) for i, t in enumerate(nopii_t)]
        NOPII_IDS.update(x[0] for x in tlist if not x[2])
        n = 0
        for with_pii, target in ((True, TARGETS[locale][0]), (False, TARGETS[locale][1])):
            group = [x for x in tlist if x[2] == with_pii]
            # templates that plant PII other than names come up twice per round
            group = [x for x in group for _ in range(2 if HEAVY_SLOTS.search(x[1]) else 1)]
            exhausted, produced, k = set(), 0, 0
            while produced < target and len(exhausted) < len(group):
                tid, t, _ = group[k % len(group)]
                k += 1
                if tid in exhausted:
                    continue
                for attempt in range(80):
                    tt = t
                    if with_pii and "\n" not in t and R.random() < TAIL_RATE:
                        tt = t + pick(TAIL_SEP[LANG[locale]]) + pick(TAILS[LANG[locale]])
                    try:
                        rec = make_record(tt, locale, with_pii, used)
                        break
                    except Reject as e:
                        failures[(tid, str(e)[:60])] += 1
                else:
                    exhausted.add(tid)
                    continue
                used.add(rec["text"])
                n += 1
                produced += 1
                records.append({"id": f"d2-{pfx}-{n:04d}", **rec, "template": tid, "split": "dev"})
            if produced < target:
                print(f"warning: {locale} {'PII' if with_pii else 'no-PII'}: {produced}/{target}", file=sys.stderr)
    return records, failures


def final_checks(records):
    ids = set()
    for r in records:
        assert r["id"] not in ids
        ids.add(r["id"])
        for e in r["pii"]:
            assert e["value"] in r["text"], e
            if e["type"] == "PHONE":
                assert phone_valid(e["value"], e["region"]), e
            if e["type"] == "CREDIT_CARD":
                assert luhn_ok(re.sub(r"\D", "", e["value"])), e
            if e["type"] == "IBAN":
                assert iban_valid(e["value"]), e
            if e["type"] == "CN_RESIDENT_ID":
                assert cn_id_valid(e["value"]), e
        pii_pos = [(i, i + len(v["value"])) for v in r["pii"] for i in occurrences(r["text"], v["value"])]
        for e in r["lookalikes"]:
            assert e["value"] in r["text"], e
            for v in r["pii"]:
                assert e["value"] not in v["value"] and v["value"] not in e["value"], (r["id"], e, v)
            for i in occurrences(r["text"], e["value"]):
                assert not any(a < i + len(e["value"]) and i < b for a, b in pii_pos), (r["id"], e)
        if not r["pii"]:
            assert r["template"] in NOPII_IDS, r["id"]
    assert len({r["text"] for r in records}) == len(records)


def stats(records):
    L = []
    w = L.append
    langs = ["en", "de", "fr", "zh"]
    w(f"{len(records)} prompts, {sum(1 for r in records if not r['pii'])} without PII, "
      f"{sum(r['text'].count(e['value']) for r in records for e in r['lookalikes'])} look-alike occurrences "
      f"({sum(len(r['lookalikes']) for r in records)} distinct per prompt)\n")
    w("| locale | prompts | with PII | no PII | templates |")
    w("|---|---|---|---|---|")
    for loc in TEMPLATES:
        rs = [r for r in records if r["locale"] == loc]
        w(f"| {loc} | {len(rs)} | {sum(1 for r in rs if r['pii'])} | {sum(1 for r in rs if not r['pii'])} | "
          f"{len({r['template'] for r in rs})} |")
    w("")
    w("PII occurrences (count-aware, as the scorer counts them):\n")
    w("| type | " + " | ".join(langs) + " | all |")
    w("|---|" + "---|" * (len(langs) + 1))
    for t in ["PERSON", "PHONE", "EMAIL", "IBAN", "CREDIT_CARD", "IP_ADDRESS", "US_SSN", "CN_RESIDENT_ID"]:
        c = Counter()
        for r in records:
            for e in r["pii"]:
                if e["type"] == t:
                    c[r["lang"]] += r["text"].count(e["value"])
        w(f"| {t} | " + " | ".join(str(c[l]) for l in langs) + f" | {sum(c.values())} |")
    w("")
    w("Look-alike occurrences:\n")
    kinds = Counter()
    per = defaultdict(Counter)
    for r in records:
        for e in r["lookalikes"]:
            k = r["text"].count(e["value"])
            kinds[e["kind"]] += k
            per[e["kind"]][r["lang"]] += k
    w("| kind | " + " | ".join(langs) + " | all |")
    w("|---|" + "---|" * (len(langs) + 1))
    for k, n in kinds.most_common():
        w(f"| {k} | " + " | ".join(str(per[k][l]) for l in langs) + f" | {n} |")
    w(f"| **all** | " + " | ".join(str(sum(per[k][l] for k in kinds)) for l in langs) + f" | {sum(kinds.values())} |")
    w("")
    regions = Counter(e["region"] for r in records for e in r["pii"] if e["type"] == "PHONE")
    w("Phone regions (distinct PHONE values per prompt): " + ", ".join(f"{k} {v}" for k, v in sorted(regions.items())))
    w("")
    # person forms
    forms = defaultdict(Counter)
    for r in records:
        for e in r["pii"]:
            if e["type"] != "PERSON":
                continue
            v, l = e["value"], r["lang"]
            if l == "zh":
                if v[0] in "小老" and len(v) == 2:
                    forms["小X / 老X"][l] += 1
                elif any(v.startswith(s) for s in ZH_SURNAMES_COMPOUND):
                    forms["compound surname (欧阳, 司马 ...)" + (" alone" if len(v) == 2 else "")][l] += 1
                elif v[0] in ZH_SURNAMES_RARE:
                    forms["rare single-character surname"][l] += 1
                elif v[0] not in ZH_SURNAMES_COMMON + ZH_SURNAMES_RARE:
                    forms["given name only"][l] += 1
                else:
                    forms[f"{len(v)} characters, common surname"][l] += 1
                continue
            if v == v.lower():
                forms["typed in lower case"][l] += 1
            elif " " not in v and "-" not in v and "'" not in v and "\u2019" not in v:
                forms["one word (given or family name)"][l] += 1
            elif re.search(r"\b(von|vom|zu|de|du|la|le|Le|d'|d’)\b|\bd['’]", v):
                forms["with particle (von, zu, de, du, de la, d', le ...)"][l] += 1
            elif re.match(r"^\S+-\S+ ", v):
                forms["compound given name"][l] += 1
            elif re.search(r" \S+-\S+$", v):
                forms["double family name"][l] += 1
            else:
                forms["given + family name"][l] += 1
    w("PERSON values by form (distinct values per prompt, heuristic):\n")
    w("| form | " + " | ".join(langs) + " |")
    w("|---|" + "---|" * len(langs))
    for f_, c in sorted(forms.items(), key=lambda x: -sum(x[1].values())):
        w(f"| {f_} | " + " | ".join(str(c[l]) for l in langs) + " |")
    w("")
    numeric = Counter()
    bad = Counter()
    for r in records:
        for e in r["lookalikes"]:
            if len(re.sub(r"\D", "", e["value"])) >= 6:
                numeric[e["kind"]] += 1
                if is_phone_like(e["value"], PHONE_REGION[r["locale"]]):
                    bad[e["kind"]] += 1
    w("Numeric look-alikes (6+ digits) that phonenumbers reads as a valid number of the locale's region: " +
      ", ".join(f"{k} {bad[k]}/{numeric[k]}" for k in sorted(numeric)))
    return "\n".join(L)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--out", default=str(HERE / "corpus.jsonl"))
    ap.add_argument("--failures", action="store_true", help="print why renders were rejected")
    args = ap.parse_args()
    records, failures = generate()
    final_checks(records)
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} prompts to {args.out}", file=sys.stderr)
    if args.failures:
        for (tid, why), n in sorted(failures.items(), key=lambda x: -x[1])[:80]:
            print(f"{n:5d} {tid} {why}", file=sys.stderr)
    if args.stats:
        print(stats(records))


if __name__ == "__main__":
    main()
