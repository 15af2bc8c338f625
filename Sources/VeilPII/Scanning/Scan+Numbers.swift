/// Digit-led recognizers: resident IDs, IPv4, cards, SSNs, mobiles and national phone formats.
extension Scan {
    /// Digit groups joined by single separators, read from one start position (bounded: 12 groups, 32 digits).
    struct DigitGroups {
        var digits: [UInt8] = []
        var lengths: [Int] = []
        var ends: [Int] = []
        /// `separators[k]` is the byte after group `k` (0 for the last group).
        var separators: [UInt8] = []
        var overflow = false
    }

    /// Space, `-`, `.`, `/`.
    @inline(__always) static func isGroupSeparator(_ c: UInt8) -> Bool {
        c == 0x20 || c == 0x2D || c == 0x2E || c == 0x2F
    }

    /// The caller hands the groups back to ``scratch`` when done with them.
    func readGroups(from start: Int) -> DigitGroups {
        var g = scratch.takeDigitGroups()
        g.digits.reserveCapacity(24)
        g.lengths.reserveCapacity(8)
        g.ends.reserveCapacity(8)
        g.separators.reserveCapacity(8)
        var j = start
        while true {
            let groupStart = j
            while j < n && ByteClass.isDigit(b[j]) {
                if g.digits.count >= 32 {
                    g.overflow = true
                    return g
                }
                g.digits.append(b[j])
                j += 1
            }
            g.lengths.append(j - groupStart)
            g.ends.append(j)
            let sep = at(j)
            if Scan.isGroupSeparator(sep) && ByteClass.isDigit(at(j + 1)) && g.lengths.count < 12 {
                g.separators.append(sep)
                j += 1
                continue
            }
            g.separators.append(0)
            if ByteClass.isLetter(sep) || (g.lengths.count >= 12 && Scan.isGroupSeparator(sep)) {
                g.overflow = true
            }
            return g
        }
    }

    /// Tries every digit-led recognizer at `i`; returns the end of the detection.
    mutating func scanAtDigit(_ i: Int) -> Int? {
        if let end = scanResidentID(at: i) { return end }
        if let end = scanIPv4(at: i) { return end }
        if let end = scanHexLed(at: i) { return end }
        // Inside a run of space-separated digit groups ("5339 0932 5583 0704") no card or phone number starts: the
        // run was read from its first group.
        if at(i - 1) == 0x20 && ByteClass.isDigit(at(i - 2)) { return nil }
        // "RE-2026-09192", "KD-5380-4426": digits after letters and a hyphen are the rest of a reference code.
        if at(i - 1) == 0x2D && ByteClass.isLetter(at(i - 2)) { return nil }
        if b[i] == 0x30, let end = scanZeroLedPhone(at: i) { return end }
        let useful = usefulDigitCount(from: i)
        if useful == 8, b[i] != 0x30, let end = scanEightDigitPhone(at: i) { return end }
        guard useful >= 9 else {
            return useful >= 7 && b[i] != 0x30 ? scanLabelledNationalPhone(at: i) : nil
        }
        var g = readGroups(from: i)
        defer { scratch.recycle(&g) }
        if g.overflow && g.lengths.count <= 1 { return nil }
        // Longest acceptable prefix first; a prefix may only end where a space (a natural break) follows.
        // No recognizer takes fewer than 9 digits or a one-digit group after the first, which bounds the work
        // on adversarial input such as "1 1 1 1 …".
        var k = g.lengths.count
        if let short = g.lengths.dropFirst().dropLast().firstIndex(of: 1) { k = min(k, short) }
        if g.overflow, let last = g.lengths.indices.last, last > 0, g.lengths[last] == 1 { k = min(k, last) }
        var count = g.lengths[..<k].reduce(0, +)
        while k >= 1 && count >= 9 {
            // A slash may end a number too: "150-4539-8781/18910681549" lists two (the longest reading goes first, so
            // "030/12345678" stays one).
            let cutOK =
                (k == g.lengths.count && !g.overflow) || g.separators[k - 1] == 0x20 || g.separators[k - 1] == 0x2F
            if cutOK {
                // The whole reading (tried first) needs no copies.
                let d = count == g.digits.count ? g.digits : Array(g.digits[..<count])
                let lens = k == g.lengths.count ? g.lengths : Array(g.lengths[..<k])
                let seps = k - 1 == g.separators.count ? g.separators : Array(g.separators[..<(k - 1)])
                if let type = classifyDigits(d, lens: lens, seps: seps, start: i) {
                    let end = g.ends[k - 1]
                    emit(type, i, end)
                    return end
                }
            }
            count -= g.lengths[k - 1]
            k -= 1
        }
        return useful <= 10 && b[i] != 0x30 ? scanLabelledNationalPhone(at: i) : nil
    }

    /// The digits a recognizer could use from `start` (groups as in ``readGroups(from:)``, stopping at a
    /// one-digit group after the first), counted without allocating; every recognizer needs at least 9.
    func usefulDigitCount(from start: Int) -> Int {
        var j = start
        var count = 0
        var groups = 0
        while groups < 12 && count < 32 {
            let groupStart = j
            while ByteClass.isDigit(at(j)) { j += 1 }
            let len = j - groupStart
            let more = Scan.isGroupSeparator(at(j)) && ByteClass.isDigit(at(j + 1))
            // A one-digit group ends what is usable, unless it is the last group (4-4-4-4-1 cards).
            if groups > 0 && len == 1 && more { return count }
            count += len
            groups += 1
            guard more else { return count }
            j += 1
        }
        return count
    }

    /// Whether ten bare digits close a chat line after a comma or a dash: "grab it whenever, 5803167034" is left to
    /// be called back; a number that something follows, or that stands in a sentence, is not read this way.
    func endsMessage(_ start: Int, _ end: Int) -> Bool {
        guard at(start - 1) == 0x20, at(start - 2) == 0x2C || at(start - 2) == 0x2D else { return false }
        var k = end
        while at(k) == 0x20 || at(k) == 0x2E || at(k) == 0x21 { k += 1 }
        return k >= n || at(k) == 0x0A || at(k) >= 0xF0
    }

    /// Picks the entity type of a digit token, or nil for a non-PII number.
    func classifyDigits(_ d: [UInt8], lens: [Int], seps: [UInt8], start: Int) -> EntityType? {
        let sep = seps.first ?? 0
        let uniformSep = seps.allSatisfy { $0 == sep }
        if let cardType = NumberRules.cardType(d, lens: lens, uniformSep: uniformSep, sep: sep) {
            return negativeContext(start) ? nil : cardType
        }
        if d.count == 9, NumberRules.validSSN(d) {
            if lens == [3, 2, 4] && uniformSep && (sep == 0x2D || sep == 0x20) && !negativeContext(start) {
                return .usSSN
            }
            if lens.count == 1 && contextBefore(start, window: 40, words: Scan.ssnWords) && !negativeContext(start) {
                return .usSSN
            }
        }
        if NumberRules.isCNMobileToken(d, lens: lens) {
            return negativeContext(start) ? nil : .cnMobile
        }
        // 1386 9932 363, 1393-985-7801, 158.546.500.42: a mainland mobile number grouped some other way, with one kind
        // of separator (dotted, not after a version word: 139.196.100.12 could be an address or a build).
        if NumberRules.isRegroupedCNMobile(d, lens: lens, uniformSep: uniformSep, sep: sep),
            sep != 0x2E || contextDistance(start, window: 16, words: Scan.versionWords, wholeWord: true) == nil
        {
            return negativeContext(start) ? nil : .cnMobile
        }
        if NumberRules.isNANPToken(d, lens: lens, uniformSep: uniformSep) {
            if lens.count > 1 { return negativeContext(start) ? nil : .phone }
            // Ten bare digits: after a phone label, or alone on a line (a signature, a contact card).
            let end = start + d.count
            return phoneContext(start) || standsAlone(start, end) || phoneLabelAfter(end) || endsMessage(start, end)
                ? .phone : nil
        }
        if lens.count == 3 && (sep == 0x2D || sep == 0x2E) && phoneContext(start)
            && NumberRules.isNANPToken(d, lens: lens, uniformSep: uniformSep, anyDigits: true)
        {
            return .phone
        }
        // Countries without a trunk prefix (IT, ES, PT, HK, DK, NO …): a valid number written in groups, a mobile
        // number in three or more groups ("612 34 56 78") or anything valid after a phone label.
        // 666-45-6789 has the shape of a social security number, valid or not: not a phone number.
        let ssnShaped = lens == [3, 2, 4] && uniformSep && (sep == 0x2D || sep == 0x20)
        if d[0] != 0x30 && !ssnShaped {
            let v = PhoneRules.nationalWithoutTrunk(d)
            let end = start + d.count + lens.count - 1
            if v.phone && (phoneContext(start) || (v.mobile && lens.count >= 3) || phoneLabelAfter(end))
                && !negativeContext(start)
            {
                return .phone
            }
            // "98765 43210": an Indian mobile number in its usual two groups of five.
            if lens == [5, 5] && PhoneRules.mobileWithoutTrunk(d) && !negativeContext(start) { return .phone }
        }
        return nil
    }

    /// A label right before the number that says it is an order/invoice/tracking number, with no
    /// closer label saying it is a card or phone.
    func negativeContext(_ start: Int) -> Bool {
        if scratch.negativeStart == start { return scratch.negativeAnswer }
        let answer = negativeLabel(start)
        scratch.negativeStart = start
        scratch.negativeAnswer = answer
        return answer
    }

    private func negativeLabel(_ start: Int) -> Bool {
        guard let negative = contextDistance(start, window: 24, words: Scan.negativeWords, wholeWord: true) else {
            return false
        }
        // "dossier 87674011173 :\n07.82.36.70.12": a label whose own number ends its line labels nothing below.
        var k = start - negative
        var labelled = false
        while k < start {
            if ByteClass.isDigit(b[k]) { labelled = true }
            if b[k] == 0x0A && labelled { return false }
            k += 1
        }
        guard let positive = contextDistance(start, window: 24, words: Scan.positiveWords) else { return true }
        // A label that ends where a phone word ends is the longer, more specific one: 发票号码 is an invoice number.
        return negative <= positive
    }

    /// `ddddddyyyymmddsssc` (optionally 6-8-4 with spaces or dashes).
    mutating func scanResidentID(at i: Int) -> Int? {
        var run = 0
        while run < 6 && ByteClass.isDigit(at(i + run)) { run += 1 }
        guard run == 6, ByteClass.isDigit(at(i + 16)) || ByteClass.isDigit(at(i + 18)) else { return nil }
        var digits = [UInt8]()
        digits.reserveCapacity(18)
        var j = i
        while digits.count < 17 {
            let c = at(j)
            if ByteClass.isDigit(c) {
                digits.append(c)
                j += 1
            } else if (c == 0x20 || c == 0x2D) && (digits.count == 6 || digits.count == 14)
                && ByteClass.isDigit(at(j + 1))
            {
                j += 1
            } else {
                return nil
            }
        }
        let check = at(j)
        guard ByteClass.isDigit(check) || check == 0x58 || check == 0x78 else { return nil }
        guard isBoundary(j + 1) else { return nil }
        guard NumberRules.isProvinceCode[Int(digits[0] - 0x30) * 10 + Int(digits[1] - 0x30)] else {
            return nil
        }
        var date = 0
        for k in 6..<14 { date = date * 10 + Int(digits[k] - 0x30) }
        guard NumberRules.validDate(date), date >= 1900_01_01, date <= today else { return nil }
        let expected = Checksums.cnResidentIDCheck(digits[...])
        guard expected == (check == 0x78 ? 0x58 : check) else { return nil }
        emit(.cnResidentID, i, j + 1)
        return j + 1
    }

    /// Dotted quad with octets 0–255 and no leading zeros, not preceded by a version label.
    mutating func scanIPv4(at i: Int) -> Int? {
        guard let end = NumberRules.ipv4End(b, from: i) else { return nil }
        let after = at(end)
        if ByteClass.isAlnum(after) || ((after == 0x2E || after == 0x2D) && ByteClass.isAlnum(at(end + 1))) {
            return nil
        }
        if contextDistance(i, window: 16, words: Scan.versionWords, wholeWord: true) != nil { return nil }
        // 6.1.4.156, 2.5.1.19: major, minor and patch of one digit each, then a build number of two or more — how
        // software versions are written, while addresses with three one-digit octets are a sliver of the space (the
        // toy 1.2.3.9 and 8.8.8.8 keep a one-digit last octet and stay addresses).
        if at(i + 1) == 0x2E, at(i + 3) == 0x2E, at(i + 5) == 0x2E, end - i >= 8 { return nil }
        emit(.ipAddress, i, end)
        return end
    }

    static let ssnWords = ContextWords(["ssn", "social security", "社会安全", "社保号"])
    static let negativeWords = ContextWords(
        ChineseNames.withTraditionalSpellings([
            "order", "invoice", "inv", "tracking", "track", "isbn", "sku", "ref", "reference", "ticket", "serial",
            "case", "po ", "shipment", "parcel", "waybill", "confirmation", "booking", "订单", "单号", "运单", "快递",
            "发票", "编号", "流水", "序列号", "型号", "物流", "发票号码", "订单号码", "运单号码", "快递单号", "bestellung", "bestellnummer",
            "bestell-nr", "auftrag",
            "auftragsnummer", "rechnung", "rechnungsnummer", "kundennummer", "kunden-nr", "kundennr", "vorgang",
            "vorgangsnummer", "aktenzeichen", "sendung", "sendungsnummer", "paket", "paketnummer", "artikelnummer",
            "seriennummer", "lieferschein", "vertragsnummer", "mitgliedsnummer", "commande", "facture", "colis",
            "suivi",
            "référence", "réf", "dossier", "contrat", "client", "identifiant", "adhérent", "d'adhérent", "membre",
            "code", "pin", "otp", "验证码", "校验码", "avoir", "gutschrift", "angebot", "angebotsnummer", "schadensfall",
            "schadennummer", "schadensnummer", "vertrag", "antrag", "antragsnummer", "police", "devis", "sinistre",
            "claim", "保单", "合同", "工单", "réclamation", "理赔", "报价", "quote", "devis n", "policy",
            "gtin", "ean", "upc", "imei", "asin", "étudiant", "student", "matricule", "matrikelnummer",
            "personalnummer",
            "学号", "工号", "条码", "条形码", "referenz", "formular", "formulaire", "abonnement", "n°", "nº",
            "pièce",
        ]))
    static let positiveWords = ContextWords(
        ChineseNames.withTraditionalSpellings([
            "card", "卡", "phone", "tel", "mobile", "手机", "电话", "ssn", "身份证", "account", "账号", "帐号", "call",
            "contact", "fax", "whatsapp", "cell", "联系", "致电", "号码", "reach", "telefon", "handy", "mobil",
            "rufnummer", "tél", "téléphone", "portable", "joindre", "座机",
        ]))
    static let versionWords = ContextWords([
        "version", "ver ", "ver.", "ver:", "build", "release", "firmware", "upgrade", "upgraded", "update", "updated",
        "patch",
        "sdk", "版本", "固件", "升级", "更新", "补丁",
    ])
}
