"""Number and name material for pii-extra-5 (hand-written; no Faker)."""
from engine import ean13, s10, luhn_ok

MONTHS = {
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
}
NNBSP = "\u202f"


def _d(r, n):
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def _nz(r, n):
    return str(r.randint(1, 9)) + _d(r, n - 1)


def g_date(r, lang):
    y, m, d = r.choice([2025, 2026, 2026, 2027]), r.randint(1, 12), r.randint(1, 28)
    if lang == "de":
        return "date", r.choice(["%02d.%02d.%d" % (d, m, y), "%d.%d.%d" % (d, m, y), "%d. %s" % (d, MONTHS["de"][m - 1]),
                                 "%02d.%02d." % (d, m), "%d. %s %d" % (d, MONTHS["de"][m - 1], y)])
    if lang == "fr":
        return "date", r.choice(["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, MONTHS["fr"][m - 1], y),
                                 "%d %s" % (d, MONTHS["fr"][m - 1]), "%02d/%02d" % (d, m)])
    if lang == "zh":
        return "date", r.choice(["%d年%d月%d日" % (y, m, d), "%d月%d日" % (m, d), "%d-%02d-%02d" % (y, m, d),
                                 "%d月%d号" % (m, d), "%d.%d.%d" % (y, m, d)])
    return "date", r.choice(["%d %s %d" % (d, MONTHS["en"][m - 1], y), "%s %d" % (MONTHS["en"][m - 1], d),
                             "%02d/%02d/%d" % (m, d, y), "%d-%02d-%02d" % (y, m, d), "%d/%d" % (d, m)])


def g_time(r, lang):
    h, mi = r.randint(7, 21), r.choice([0, 15, 30, 45, 10, 20, 50])
    if lang == "de":
        return "time", r.choice(["%d:%02d" % (h, mi), "%02d:%02d" % (h, mi), "%d.%02d" % (h, mi)])
    if lang == "fr":
        return "time", r.choice(["%dh%02d" % (h, mi), "%dh" % h, "%d h %02d" % (h, mi), "%d:%02d" % (h, mi)])
    if lang == "zh":
        return "time", r.choice(["%d:%02d" % (h, mi), "%d点%d分" % (h, mi) if mi else "%d点" % h, "%02d:%02d" % (h, mi)])
    hh = h if h <= 12 else h - 12
    return "time", r.choice(["%d:%02d %s" % (hh, mi, "pm" if h >= 12 else "am"), "%d:%02d" % (h, mi),
                             "%d%s" % (hh, "pm" if h >= 12 else "am")])


def g_price(r, lang):
    e, c = r.choice([r.randint(3, 99), r.randint(3, 99), r.randint(100, 999), r.randint(1000, 4999)]), r.randint(0, 99)
    if lang == "de":
        t = "{:,}".format(e).replace(",", ".")
        return "price", r.choice(["%s,%02d €" % (t, c), "%s €" % t, "%s,%02d EUR" % (t, c), "€ %s,%02d" % (t, c),
                                  "%s,– €" % t])
    if lang == "fr":
        t = "{:,}".format(e).replace(",", r.choice([NNBSP, " "]))
        return "price", r.choice(["%s,%02d €" % (t, c), "%s €" % t, "%s,%02d euros" % (t, c), "%s€" % t])
    if lang == "zh":
        return "price", r.choice(["¥%d" % e, "%d元" % e, "￥%d.%02d" % (e, c), "%d块" % e, "¥{:,}".format(e * 3),
                                  "人民币%d元" % e])
    return "price", r.choice(["£%d.%02d" % (e, c), "${:,}.{:02d}".format(e, c), "€%d" % e, "${:,}".format(e),
                              "CHF %d" % e])


def _no_card(s):
    import re
    for m in re.finditer(r"\d{13,19}", s):
        if m.group()[0] in "3456" and luhn_ok(m.group()):
            return False
    return True


def g_order(r, lang):
    while True:
        v = r.choice({
            "de": ["%s" % _nz(r, 10), "#%s" % _nz(r, 7), "DE-%d-%s" % (r.choice([2025, 2026]), _d(r, 6)),
                   "%s-%s-%s" % (_nz(r, 3), _d(r, 7), _d(r, 7)), "A%s" % _d(r, 9)],
            "fr": ["%s" % _nz(r, 9), "CMD-%s" % _d(r, 8), "#%s" % _nz(r, 8), "FR%s" % _d(r, 10),
                   "%s-%s-%s" % (_nz(r, 3), _d(r, 7), _d(r, 7))],
            "zh": [_nz(r, 16), _nz(r, 18), _nz(r, 19), "JD%s" % _d(r, 12), _nz(r, 12)],
            "en": ["#%s" % _nz(r, 7), "%s-%s-%s" % (_nz(r, 3), _d(r, 7), _d(r, 7)), "W%s" % _d(r, 9), _nz(r, 10),
                   "ORD-%s" % _d(r, 8)],
        }[lang])
        if _no_card(v):
            return "order_number", v


def g_inv(r, lang):
    return "invoice_number", r.choice({
        "de": ["RE-%d-%s" % (r.choice([2025, 2026]), _d(r, 5)), "R%s" % _d(r, 8), "2026/%s" % _d(r, 4)],
        "fr": ["F-%d-%s" % (r.choice([2025, 2026]), _d(r, 5)), "FA%s" % _d(r, 8), "N°%s" % _d(r, 6)],
        "zh": [_nz(r, 8), "0" + _d(r, 11), "2%s" % _d(r, 19)],
        "en": ["INV-%s" % _d(r, 6), "INV%s" % _d(r, 8), "%s/%d" % (_d(r, 5), r.choice([25, 26]))],
    }[lang])


def g_track(r, lang):
    al = "ABCDEFGHJKLMNPRSTUVWXY0123456789"
    return "tracking_number", r.choice([
        "1Z" + "".join(r.choice(al) for _ in range(6)) + _d(r, 10),
        s10(r, r.choice(["RR", "LX", "CP", "RB", "EE"]), r.choice(["DE", "FR", "CN", "GB", "CH"])),
        "JJD" + _d(r, 18), "00340434" + _d(r, 12),
        {"zh": "SF" + _d(r, 13), "fr": "6A" + _d(r, 11), "de": "H" + _d(r, 19), "en": "TBA" + _d(r, 12)}[lang],
    ])


def g_ver(r, lang):
    return "version", r.choice(["%d.%d.%d" % (r.randint(1, 19), r.randint(0, 12), r.randint(0, 30)),
                                "%d.%d" % (r.randint(1, 30), r.randint(0, 9)),
                                "10.0.%d.%d" % (r.choice([19045, 22631, 26100]), r.randint(1000, 4999)),
                                "v%d.%d.%d" % (r.randint(0, 5), r.randint(0, 40), r.randint(0, 9))])


def g_plz(r, lang):
    if lang == "de":
        return "postal_code", "%05d" % r.randint(1067, 99998)
    if lang == "fr":
        return "postal_code", "%02d%03d" % (r.choice([75, 69, 13, 31, 33, 44, 59, 67, 35, 34]), r.randint(0, 20) * 10)
    if lang == "zh":
        return "postal_code", "%s%04d" % (r.choice(["10", "20", "51", "61", "31", "21", "43"]), r.randint(0, 99) * 10)
    return "postal_code", r.choice(["%s%d %d%s" % (r.choice(["SW", "N", "E", "M", "B", "LS", "EH"]), r.randint(1, 20),
                                                     r.randint(1, 9), r.choice(["AB", "DT", "HQ", "NP", "RW"])),
                                    "%05d" % r.randint(10001, 98199)])


def g_room(r, lang):
    return "room_number", r.choice({
        "de": ["%d.%02d" % (r.randint(0, 4), r.randint(1, 40)), "B%d%02d" % (r.randint(0, 3), r.randint(1, 30)),
               "%d%02d" % (r.randint(1, 5), r.randint(1, 30))],
        "fr": ["B%d%02d" % (r.randint(0, 3), r.randint(1, 30)), "%d%02d" % (r.randint(1, 5), r.randint(1, 30)),
               "A-%d%02d" % (r.randint(0, 3), r.randint(1, 30))],
        "zh": ["%d%02d室" % (r.randint(1, 28), r.randint(1, 20)), "%d号楼%d单元" % (r.randint(1, 30), r.randint(1, 6)),
               "%d%02d房" % (r.randint(1, 20), r.randint(1, 40))],
        "en": ["%d%02d" % (r.randint(1, 9), r.randint(1, 40)), "%d%s" % (r.randint(1, 12), r.choice("ABCD")),
               "G.%02d" % r.randint(1, 40)],
    }[lang])


def g_flight(r, lang):
    return "flight_number", "%s%s%d" % (r.choice(["LH", "AF", "CA", "BA", "EK", "LX", "OS", "KL", "MU", "CX", "U2",
                                                  "FR", "SK", "AY", "TP", "NH", "KE", "QF", "AI", "AC", "UA"]),
                                        r.choice(["", " "]), r.randint(12, 2999))


def g_train(r, lang):
    return "train_number", r.choice({
        "de": ["ICE %d" % r.randint(500, 1999), "IC %d" % r.randint(2000, 2399), "RE %d" % r.randint(4000, 4999)],
        "fr": ["TGV %d" % r.randint(6100, 9899), "TER %d" % r.randint(860000, 889999), "Ouigo %d" % r.randint(7600, 7899)],
        "zh": ["G%d" % r.randint(1, 7999), "D%d" % r.randint(1, 3999), "K%d" % r.randint(100, 1999)],
        "en": ["%d:%02d to Leeds" % (r.randint(6, 20), r.choice([3, 17, 33, 48]))],
    }[lang])


def g_isbn(r, lang):
    v = ean13(r, r.choice(["9783", "9782", "9787", "97801", "97818"]))
    if r.random() < 0.5:
        return "isbn", v
    return "isbn", "%s-%s-%s-%s-%s" % (v[:3], v[3], v[4:8], v[8:12], v[12])


def g_year(r, lang):
    return "year", str(r.randint(1871, 2024))


def g_qty(r, lang):
    n = r.randint(2, 48)
    return "quantity", r.choice({
        "de": ["%d Stück" % n, "%d kg" % n, "%d x 250 g" % n, "%d Packungen" % n],
        "fr": ["%d pièces" % n, "%d kg" % n, "%d x 500 g" % n, "%d cartons" % n],
        "zh": ["%d件" % n, "%d箱" % n, "%d斤" % n, "%d个" % n],
        "en": ["%d pcs" % n, "%d kg" % n, "%d boxes" % n, "%d x 2 l" % n],
    }[lang])


def g_pct(r, lang):
    n = r.randint(2, 45)
    return "percentage", r.choice({
        "de": ["%d %%" % n, "%d%%" % n, "%d,5 %%" % n],
        "fr": ["%d %%" % n, "%d%s%%" % (n, NNBSP), "%d,5 %%" % n],
        "zh": ["%d%%" % n, "百分之%d" % n, "%d.5%%" % n],
        "en": ["%d%%" % n, "%d.5%%" % n],
    }[lang])


def g_ticket(r, lang):
    return "ticket_id", r.choice(["INC%07d" % r.randint(1000, 999999), "#%d" % r.randint(10000, 99999),
                                  "TK-2026-%05d" % r.randint(1, 99999), "SR%s" % _d(r, 9),
                                  "%d%02d%02d-%04d" % (2026, r.randint(1, 12), r.randint(1, 28), r.randint(1, 9999))])


def g_ref(r, lang):
    return "reference", r.choice({
        "de": [_nz(r, 8), "KD-%s" % _d(r, 7), "%s %s" % (_nz(r, 4), _d(r, 4)), "VN %s" % _d(r, 9)],
        "fr": [_nz(r, 11), "%s %s %s" % (_nz(r, 3), _d(r, 3), _d(r, 3)), "CL%s" % _d(r, 8)],
        "zh": [_nz(r, 10), "%s-%s" % (_nz(r, 4), _d(r, 6)), "会员%s" % _d(r, 8)],
        "en": [_nz(r, 9), "%s %s %s" % (_nz(r, 3), _d(r, 3), _d(r, 4)), "CUST-%s" % _d(r, 6)],
    }[lang])


def g_prod(r, lang):
    return "product_code", r.choice([ean13(r, r.choice(["400", "401", "300", "690", "692", "500", "590"])),
                                     "%s-%s%d" % (r.choice(["SM", "KD", "WH", "TX", "RX"]), r.choice("ABGX"),
                                                  r.randint(100, 999)),
                                     "Art.-Nr. %s" % _d(r, 6) if lang == "de" else "REF %s" % _d(r, 6)])


def g_score(r, lang):
    return "score", r.choice(["%d:%d" % (r.randint(0, 5), r.randint(0, 5)), "%d-%d" % (r.randint(0, 5), r.randint(0, 5))])


def g_amount(r, lang):
    n = r.randint(12, 980)
    return "amount", {"de": "{:,}".format(n).replace(",", "."), "fr": "{:,}".format(n).replace(",", " "),
                      "zh": "%d" % n, "en": "{:,}".format(n)}[lang]


GEN = {"DATE": g_date, "TIME": g_time, "PRICE": g_price, "ORDER": g_order, "INV": g_inv, "TRACK": g_track,
       "VER": g_ver, "PLZ": g_plz, "ROOM": g_room, "FLIGHT": g_flight, "TRAIN": g_train, "ISBN": g_isbn,
       "YEAR": g_year, "QTY": g_qty, "PCT": g_pct, "TICKET": g_ticket, "REF": g_ref, "PROD": g_prod,
       "SCORE": g_score, "AMOUNT": g_amount}

# ------------------------------------------------------------------------------------------------
# names (hand-picked; less common names on purpose)
# ------------------------------------------------------------------------------------------------
NAMES = {
    "de": {
        "given": ["Jens", "Wiebke", "Ortwin", "Swantje", "Gesche", "Malte", "Friedelind", "Detlef", "Heike",
                  "Rüdiger", "Liselotte", "Jörg", "Thorsten", "Ilka", "Bärbel", "Volkmar", "Henrike", "Ole",
                  "Frauke", "Till", "Merle", "Hauke", "Imke", "Enno", "Tjark", "Sönke", "Gunda", "Ingeborg",
                  "Wendelin", "Roswitha", "Eike", "Almut", "Lasse", "Svenja", "Dörte", "Korbinian", "Vroni",
                  "Burkhard", "Hiltrud", "Jannik", "Mareike", "Ulrike", "Emine", "Dragan", "Aleksandra",
                  "Hans-Peter", "Kai-Uwe", "Karl-Heinz", "Marie-Luise", "Anna-Lena", "Lea-Sophie", "Jan-Hendrik",
                  "Eva-Maria", "Klaus-Dieter", "Hannelore"],
        "family": ["Brinkmann", "Haverkamp", "Osterloh", "Wiegand", "Tiedemann", "Pohlmann", "Kröger", "Mertens",
                   "Dierks", "Lüders", "Rademacher", "Hölscher", "Feddersen", "Janßen", "Ziegenbein", "Strübing",
                   "Gottschalk", "Kowalczyk", "Yılmaz", "Nowak", "Öztürk", "Papadopoulos", "Esser", "Vogelsang",
                   "Kuhlmann", "Brockhaus", "Trautwein", "Reinecke", "Bührmann", "Niehaus", "Stöckl", "Pfeiffer",
                   "Amsel", "Sauerbrey", "Wöhrle", "Hinrichsen", "Koch", "Bauer", "Schäfer", "Fuchs",
                   "von Bredow", "von der Heydt", "van Dijk", "van der Meulen", "zu Dohna", "vom Hofe", "de Vries",
                   "Hartmann-Kessler", "Albers-Nolte", "Meyer-Wölden", "Schulte-Bocholt"],
    },
    "fr": {
        "given": ["Margaux", "Gaëtan", "Solène", "Maëlys", "Yannick", "Ghislaine", "Bertrand", "Clotilde", "Loïc",
                  "Enguerrand", "Perrine", "Timothée", "Bérénice", "Aurélien", "Maïwenn", "Gwenaëlle", "Corentin",
                  "Fatou", "Karim", "Nadia", "Rémi", "Léandre", "Apolline", "Honorine", "Thibaut", "Ségolène",
                  "Anatole", "Capucine", "Soizic", "Baptiste", "Océane", "Florent", "Mathurin", "Yasmina",
                  "Jean-Baptiste", "Marie-Claire", "Anne-Laure", "Jean-Philippe", "Marie-Ève", "Pierre-Alain",
                  "Jean-Marc", "Anne-Sophie", "Marie-Thérèse", "Paul-Henri"],
        "family": ["Lemaire", "Fournier", "Chevallier", "Guérin", "Marchetti", "Le Goff", "Le Bihan", "Kerjean",
                   "Abadie", "Lacombe", "Ferrand", "Delmas", "Benali", "Nguyen", "Carpentier", "Vasseur",
                   "Lebrun", "Da Silva", "Quéméner", "Mallet", "Prévost", "Tessier", "Barthélemy", "Ouédraogo",
                   "Haddad", "Pelletier", "Boulanger", "Berger", "Petit", "Leclercq", "Dufresne", "Vidal",
                   "de Kervéguen", "du Plessis", "de La Roche", "d'Aubigné", "Le Floch", "Roussel-Vidal",
                   "Martin-Lagarde", "Saint-Clair"],
    },
    "en": {
        "given": ["Siobhan", "Callum", "Priya", "Tobias", "Imogen", "Rhys", "Grace", "Eamon", "Niamh", "Marcus",
                  "Hamish", "Keisha", "Bartholomew", "Ffion", "Oluwaseun", "Aditya", "Rosalind", "Declan",
                  "Tamsin", "Kwame", "Leighton", "Philippa", "Dmitri", "Saoirse", "Jolene", "Bryony", "Ezekiel",
                  "Mary-Kate", "Anne-Marie"],
        "family": ["Whitcombe", "O'Connell", "Okafor", "Raghunathan", "Brennan", "Fairweather", "Ashdown",
                   "Pemberton", "Nakamura", "Kowalski", "MacAulay", "Threlfall", "Oyelaran", "Haverford",
                   "Llewellyn", "Chaudhry", "Featherstone", "McGillivray", "Abernethy", "Quartey", "Delgado",
                   "Van Horn", "Ashworth-Price", "O’Driscoll"],
        # pinyin names in English text, family name first as written by their owners
        "pinyin": ["Li Wei", "Zhang Xiaoming", "Wang Fang", "Chen Jing", "Liu Yang", "Huang Zihan", "Zhou Yuxuan",
                   "Xu Mengqi", "Guo Haoran", "Ouyang Lan", "Sima Qingyun", "Deng Jiahui", "Xiao Yutong",
                   "Tang Shiyu", "Lin Zhiyuan", "Song Yiran"],
    },
    "zh": {
        "surname": list("张王李赵刘陈杨黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"),
        "compound": ["欧阳", "司马", "诸葛", "上官", "东方", "慕容", "司徒", "夏侯", "令狐", "皇甫", "尉迟", "公孙"],
        "given2": ["子涵", "浩然", "欣怡", "梓萱", "宇轩", "一诺", "思远", "晓彤", "俊杰", "雨桐", "嘉怡", "明轩", "诗涵",
                   "家豪", "佳琪", "志强", "秀英", "建华", "丽娟", "文博", "天佑", "若曦", "昊天", "婉清", "泽宇", "语嫣",
                   "承志", "沐阳", "靖雯", "海燕", "梦琪", "晨阳", "书瑶", "景行", "清扬", "亦舒", "国栋", "玉兰", "春生",
                   "德胜", "芷若", "鹤鸣", "锦程", "慧敏", "立新", "少华", "晓芳", "红梅", "永福", "秋实"],
        "given1": ["伟", "静", "磊", "敏", "洋", "艳", "勇", "军", "娟", "涛", "超", "芳", "霞", "平", "刚", "琳",
                   "婷", "鑫", "昕", "珂", "瑶", "翔", "蕾", "岚"],
    },
}
# famous or word-like combinations we never want to produce
ZH_STOP = {"王杰", "李静", "周杰", "杨洋", "刘洋", "王菲", "李娜", "张杰", "孙俪", "高洋", "金星", "马云", "白静", "文静",
           "方静", "常平", "江平", "田静", "高超", "马超", "万平", "史静", "龙翔", "于静", "黎明", "江涛", "韩磊", "王刚",
           "姚明", "毛军", "石磊", "钱军", "田芳", "孔超"}
