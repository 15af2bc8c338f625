"""Generator engine for pii-extra-5 (slots, phone numbers, look-alikes, names, checks).

Imported by generate.py. Standard library + phonenumbers only.
"""
import hashlib
import re
import unicodedata

import phonenumbers as pn

PNF = pn.PhoneNumberFormat
NT = pn.PhoneNumberType

# --------------------------------------------------------------------------------------------
# split: fixed before any template was written
# --------------------------------------------------------------------------------------------

def split_of(template_id):
    return "dev" if hashlib.sha256(template_id.encode("utf-8")).digest()[0] % 2 == 0 else "test"


# --------------------------------------------------------------------------------------------
# phone numbers: national significant numbers drawn from real ranges, validated by phonenumbers
# --------------------------------------------------------------------------------------------
# region -> (country code, has trunk "0" in national form, {"mob": [(prefix, n_more_digits...)], "land": [...]})
# each entry: (prefix, [possible counts of random digits after the prefix])
PLANS = {
    "DE": ("49", True, {
        "mob": [("151", [8]), ("152", [8]), ("157", [8]), ("159", [8]), ("160", [7]), ("162", [7]), ("163", [7]),
                ("170", [7]), ("171", [7, 8]), ("172", [7]), ("173", [7]), ("174", [7]), ("175", [7]),
                ("176", [8]), ("177", [7]), ("178", [7]), ("179", [7])],
        "land": [("30", [7, 8]), ("40", [7, 8]), ("89", [7, 8]), ("221", [6, 7]), ("69", [7, 8]), ("711", [6, 7]),
                 ("211", [6, 7]), ("341", [6, 7]), ("351", [6, 7]), ("511", [6, 7]), ("911", [6, 7]),
                 ("6221", [5, 6]), ("7531", [5, 6]), ("4921", [5, 6]), ("761", [6, 7]), ("421", [6, 7])]}),
    "AT": ("43", True, {
        "mob": [("650", [7]), ("660", [7]), ("664", [7]), ("676", [7]), ("680", [7]), ("681", [8]), ("688", [7]),
                ("699", [8])],
        "land": [("1", [7]), ("316", [6, 7]), ("512", [6]), ("662", [6]), ("732", [6, 7]), ("463", [6])]}),
    "CH": ("41", True, {
        "mob": [("75", [7]), ("76", [7]), ("77", [7]), ("78", [7]), ("79", [7])],
        "land": [("21", [7]), ("22", [7]), ("26", [7]), ("31", [7]), ("41", [7]), ("43", [7]), ("44", [7]),
                 ("61", [7]), ("71", [7]), ("81", [7]), ("91", [7])]}),
    "FR": ("33", True, {
        "mob": [("6", [8]), ("7", [8])],
        "land": [("1", [8]), ("2", [8]), ("3", [8]), ("4", [8]), ("5", [8]), ("9", [8])]}),
    "BE": ("32", True, {
        "mob": [("460", [6]), ("465", [6]), ("468", [6]), ("47", [7]), ("48", [7]), ("49", [7])],
        "land": [("2", [7]), ("3", [7]), ("4", [7]), ("9", [7]), ("10", [6]), ("81", [6]), ("65", [6])]}),
    "NL": ("31", True, {
        "mob": [("61", [7]), ("62", [7]), ("63", [7]), ("64", [7]), ("65", [7]), ("68", [7])],
        "land": [("20", [7]), ("10", [7]), ("70", [7]), ("30", [7]), ("40", [7]), ("50", [7]), ("71", [7])]}),
    "IT": ("39", False, {
        "mob": [("32", [8]), ("33", [8]), ("34", [8]), ("35", [8]), ("36", [8]), ("37", [8]), ("38", [8]), ("39", [8])],
        "land": [("06", [7, 8]), ("02", [7, 8]), ("055", [6, 7]), ("011", [6, 7]), ("081", [6, 7]), ("051", [6, 7])]}),
    "ES": ("34", False, {
        "mob": [("6", [8]), ("71", [7]), ("72", [7])],
        "land": [("91", [7]), ("93", [7]), ("95", [7]), ("96", [7]), ("98", [7])]}),
    "PT": ("351", False, {
        "mob": [("91", [7]), ("92", [7]), ("93", [7]), ("96", [7])],
        "land": [("21", [7]), ("22", [7]), ("239", [6]), ("289", [6])]}),
    "PL": ("48", False, {
        "mob": [("50", [7]), ("51", [7]), ("53", [7]), ("57", [7]), ("60", [7]), ("66", [7]), ("69", [7]),
                ("72", [7]), ("78", [7]), ("79", [7]), ("88", [7])],
        "land": [("22", [7]), ("12", [7]), ("61", [7]), ("71", [7]), ("58", [7]), ("42", [7])]}),
    "SE": ("46", True, {
        "mob": [("70", [7]), ("72", [7]), ("73", [7]), ("76", [7]), ("79", [7])],
        "land": [("8", [7, 8]), ("31", [6, 7]), ("40", [6, 7]), ("18", [6]), ("13", [6])]}),
    "DK": ("45", False, {
        "mob": [("2", [7]), ("30", [6]), ("31", [6]), ("40", [6]), ("42", [6]), ("50", [6]), ("51", [6]),
                ("53", [6]), ("60", [6]), ("61", [6])],
        "land": [("33", [6]), ("35", [6]), ("38", [6]), ("86", [6]), ("98", [6]), ("66", [6]), ("45", [6])]}),
    "FI": ("358", True, {
        "mob": [("40", [7]), ("41", [7]), ("44", [7]), ("45", [7]), ("46", [7]), ("50", [7])],
        "land": [("9", [7]), ("2", [7]), ("3", [7]), ("13", [6]), ("14", [6]), ("17", [6])]}),
    "IE": ("353", True, {
        "mob": [("83", [7]), ("85", [7]), ("86", [7]), ("87", [7]), ("89", [7])],
        "land": [("1", [7]), ("21", [7]), ("91", [7]), ("61", [6]), ("51", [6])]}),
    "CZ": ("420", False, {
        "mob": [("601", [6]), ("602", [6]), ("603", [6]), ("604", [6]), ("605", [6]), ("606", [6]), ("608", [6]),
                ("72", [7]), ("73", [7]), ("77", [7]), ("79", [7])],
        "land": [("2", [8]), ("37", [7]), ("46", [7]), ("51", [7]), ("55", [7])]}),
    "GR": ("30", False, {
        "mob": [("690", [7]), ("693", [7]), ("694", [7]), ("695", [7]), ("697", [7]), ("698", [7]), ("699", [7])],
        "land": [("210", [7]), ("2310", [6]), ("2610", [6]), ("2810", [6])]}),
    "GB": ("44", True, {
        "mob": [("71", [8]), ("73", [8]), ("74", [8]), ("75", [8]), ("77", [8]), ("78", [8]), ("79", [8])],
        "land": [("203", [7]), ("207", [7]), ("208", [7]), ("161", [7]), ("121", [7]), ("131", [7]), ("141", [7]),
                 ("113", [7]), ("117", [7]), ("1223", [6]), ("1865", [6]), ("29", [8])]}),
    "US": ("1", False, {"mob": [], "land": []}),
    "CA": ("1", False, {"mob": [], "land": []}),
    "CN": ("86", True, {
        "mob": [("13", [9]), ("150", [8]), ("151", [8]), ("152", [8]), ("155", [8]), ("156", [8]), ("157", [8]),
                ("158", [8]), ("159", [8]), ("173", [8]), ("176", [8]), ("177", [8]), ("178", [8]), ("18", [9]),
                ("191", [8]), ("198", [8]), ("199", [8])],
        "land": [("10", [8]), ("21", [8]), ("20", [8]), ("755", [8]), ("571", [8]), ("28", [8]), ("25", [8]),
                 ("27", [8]), ("23", [8]), ("512", [8]), ("532", [8]), ("731", [8])]}),
    "HK": ("852", False, {
        "mob": [("51", [6]), ("53", [6]), ("54", [6]), ("59", [6]), ("6", [7]), ("90", [6]), ("91", [6]),
                ("92", [6]), ("93", [6]), ("94", [6]), ("95", [6]), ("96", [6]), ("97", [6]), ("98", [6])],
        "land": [("2", [7]), ("3", [7])]}),
    "TW": ("886", True, {
        "mob": [("9", [8])],
        "land": [("2", [8]), ("4", [7, 8]), ("7", [7]), ("6", [7]), ("3", [7])]}),
    "JP": ("81", True, {
        "mob": [("90", [8]), ("80", [8]), ("70", [8])],
        "land": [("3", [8]), ("6", [8]), ("52", [7]), ("75", [7]), ("92", [7]), ("11", [7]), ("45", [7])]}),
    "KR": ("82", True, {
        "mob": [("10", [8])],
        "land": [("2", [7, 8]), ("31", [7, 8]), ("51", [7, 8]), ("32", [7, 8]), ("53", [7, 8])]}),
    "IN": ("91", True, {
        "mob": [("6", [9]), ("7", [9]), ("8", [9]), ("9", [9])],
        "land": [("11", [8]), ("22", [8]), ("80", [8]), ("44", [8]), ("33", [8]), ("40", [8])]}),
    "AU": ("61", True, {
        "mob": [("40", [7]), ("41", [7]), ("42", [7]), ("43", [7]), ("44", [7]), ("45", [7]), ("46", [7]),
                ("47", [7]), ("48", [7]), ("49", [7])],
        "land": [("2", [8]), ("3", [8]), ("7", [8]), ("8", [8])]}),
}

US_AREAS = ["212", "718", "415", "312", "617", "206", "303", "512", "404", "503", "713", "202", "305", "702",
            "612", "919", "614", "313", "215", "602", "858", "971", "980", "470", "516", "773", "646"]
CA_AREAS = ["416", "604", "514", "403", "613", "780", "905", "647", "438", "902", "306", "204", "250", "819"]


def _drama(region, nsn):
    if region == "GB":
        if nsn.startswith("7700900") or nsn.startswith("2079460") or re.match(r"^(113|114|115|116|117|118|121|131|141|151|161|191)496", nsn):
            return True
        if nsn.startswith("1632960") or nsn.startswith("2890180") or nsn.startswith("2920180"):
            return True
    if region == "AU":
        if re.match(r"^49157[0-2]", nsn) or re.match(r"^[2378](5550|7010)", nsn):
            return True
    if region in ("US", "CA") and nsn[3:6] == "555":
        return True
    return False


class PhoneMaker:
    def __init__(self, rng):
        self.rng = rng
        self.used = set()

    def nsn(self, region, kind):
        r = self.rng
        for _ in range(500):
            if region in ("US", "CA"):
                area = r.choice(US_AREAS if region == "US" else CA_AREAS)
                ex = str(r.randint(2, 9)) + "%02d" % r.randint(0, 99)
                if ex[1:] == "11":
                    continue
                s = area + ex + "%04d" % r.randint(0, 9999)
            else:
                plan = PLANS[region][2][kind]
                pre, counts = r.choice(plan)
                n = r.choice(counts)
                first = str(r.randint(2, 9)) if kind == "land" else str(r.randint(0, 9))
                s = pre + first + "".join(str(r.randint(0, 9)) for _ in range(n - 1))
            if _drama(region, s):
                continue
            num = pn.parse("+" + PLANS[region][0] + s, None)
            if not pn.is_valid_number(num) or pn.region_code_for_number(num) != region:
                continue
            t = pn.number_type(num)
            if region not in ("US", "CA"):
                if kind == "mob" and t not in (NT.MOBILE, NT.FIXED_LINE_OR_MOBILE):
                    continue
                if kind == "land" and t not in (NT.FIXED_LINE, NT.FIXED_LINE_OR_MOBILE):
                    continue
            e164 = pn.format_number(num, PNF.E164)
            if e164 in self.used:
                continue
            self.used.add(e164)
            return num
        raise RuntimeError("no number for %s %s" % (region, kind))

    # -- written forms -----------------------------------------------------------------
    def forms(self, num, region, form):
        cc = PLANS[region][0]
        trunk = PLANS[region][1]
        nat = pn.format_number(num, PNF.NATIONAL)
        intl = pn.format_number(num, PNF.INTERNATIONAL)  # "+49 30 1234567"
        nsn = pn.national_significant_number(num)
        rest = intl[len("+" + cc) + 1:]  # grouping after the country code
        out = []
        if form == "nat":
            out += [nat, nat]
            if region in ("US", "CA"):
                d = nsn
                out += ["%s-%s-%s" % (d[:3], d[3:6], d[6:]), "%s.%s.%s" % (d[:3], d[3:6], d[6:]),
                        "(%s) %s-%s" % (d[:3], d[3:6], d[6:]), "%s %s %s" % (d[:3], d[3:6], d[6:]),
                        "1-%s-%s-%s" % (d[:3], d[3:6], d[6:]), d]
            else:
                plain = re.sub(r"[^\d]", "", nat)
                out.append(plain)
                if " " in nat:
                    if "(" not in nat:
                        out.append(nat.replace(" ", "-"))
                    if "(" not in nat and region in ("FR", "BE", "CH", "NL", "DK", "GR", "PT", "ES", "IT"):
                        out.append(nat.replace(" ", "."))
                    if region in ("DE", "AT", "CH"):
                        a, b = nat.split(" ", 1)
                        out.append(a + "/" + b.replace(" ", ""))
                        out.append(a + "/" + b)
                        out.append(a + " " + b.replace(" ", ""))
                    if region in ("DE",) and nsn.startswith("1"):
                        full = "0" + nsn
                        out.append(full[:4] + " " + full[4:])
                        out.append(full[:4] + "-" + full[4:])
                        out.append(full[:4] + " " + full[4:7] + " " + full[7:])
                    if region in ("DE", "AT", "CH") and not nsn.startswith("1") and nat.startswith("0"):
                        a, b = nat.split(" ", 1)
                        out.append("(" + a + ") " + b.replace(" ", ""))
                    if region == "FR":
                        out.append(nat.replace(" ", ""))
                    if region == "CN" and nat.startswith("0"):
                        a, b = nat.split(" ", 1)
                        b2 = b.replace(" ", "")
                        out += [a + "-" + b2, "(" + a + ")" + b2, "（" + a + "）" + b2]
                    if region == "CN" and nat.startswith("1"):
                        out += [nat.replace(" ", "-"), plain]
                    if region == "GB":
                        out.append(nat.replace(" ", "", 1) if nsn.startswith("7") else nat)
                    if region == "JP":
                        out += [nat, nat]
        else:
            plain_rest = re.sub(r"[^\d]", "", rest)
            out += [intl, intl, "+" + cc + plain_rest, "00" + cc + " " + rest,
                    "+" + cc + "-" + rest.replace(" ", "-")]
            if region not in ("US", "CA"):
                out.append("(+" + cc + ") " + rest)
            if trunk and region not in ("CN", "JP", "KR", "TW", "IN", "HK"):
                out += ["+" + cc + " (0)" + rest, "+" + cc + " (0) " + rest, "0" * 2 + cc + " (0)" + rest]
            if region in ("FR", "BE"):
                out.append("+" + cc + " " + rest.replace(" ", "."))
            if region in ("US", "CA"):
                d = nsn
                out += ["+1 (%s) %s-%s" % (d[:3], d[3:6], d[6:]), "+1 %s-%s-%s" % (d[:3], d[3:6], d[6:]),
                        "+1.%s.%s.%s" % (d[:3], d[3:6], d[6:])]
        # keep only forms that phonenumbers reads back as the same valid number
        good = []
        for s in out:
            try:
                back = pn.parse(s.replace("（", "(").replace("）", ")"), region)
            except pn.NumberParseException:
                continue
            if pn.is_valid_number(back) and pn.region_code_for_number(back) == region and \
                    back.national_number == num.national_number:
                good.append(s)
        return good

    def make(self, region, kind, form, fullwidth=False):
        num = self.nsn(region, kind)
        forms = self.forms(num, region, form)
        if not forms:
            return None
        s = self.rng.choice(forms)
        if fullwidth:
            s = to_fullwidth_digits(s)
        return s


def to_fullwidth_digits(s):
    return "".join(chr(ord(c) - 0x30 + 0xFF10) if "0" <= c <= "9" else c for c in s)


# --------------------------------------------------------------------------------------------
# helpers for look-alikes
# --------------------------------------------------------------------------------------------

def ean13(rng, prefix):
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(12 - len(prefix)))
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def s10(rng, pre, cc):
    d = "".join(str(rng.randint(0, 9)) for _ in range(8))
    w = [8, 6, 4, 2, 3, 5, 9, 7]
    c = 11 - sum(int(a) * b for a, b in zip(d, w)) % 11
    c = 0 if c == 10 else 5 if c == 11 else c
    return pre + d + str(c) + cc


def luhn_ok(digits):
    tot = 0
    for i, c in enumerate(reversed(digits)):
        k = int(c)
        if i % 2:
            k *= 2
            if k > 9:
                k -= 9
        tot += k
    return tot % 10 == 0


def ascii_fold(s):
    s = s.replace("ß", "ss").replace("ä", "ae").replace("ö", "oe").replace("ü", "ue") \
         .replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def norm_text(t):
    return re.sub(r"\s+", "", t.lower())


def spans(text, value):
    out, i = [], text.find(value)
    while i >= 0:
        out.append((i, i + len(value)))
        i = text.find(value, i + 1)
    return out
