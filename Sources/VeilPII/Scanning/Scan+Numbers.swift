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

    func readGroups(from start: Int) -> DigitGroups {
        var g = DigitGroups()
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
        guard usefulDigitCount(from: i) >= 9 else { return nil }
        let g = readGroups(from: i)
        if g.overflow && g.lengths.count <= 1 { return nil }
        // Longest acceptable prefix first; a prefix may only end where a space (a natural break) follows.
        // No recognizer takes fewer than 9 digits or a one-digit group after the first, which bounds the work
        // on adversarial input such as "1 1 1 1 …".
        var k = g.lengths.count
        if let short = g.lengths.dropFirst().dropLast().firstIndex(of: 1) { k = min(k, short) }
        if g.overflow, let last = g.lengths.indices.last, last > 0, g.lengths[last] == 1 { k = min(k, last) }
        var count = g.lengths[..<k].reduce(0, +)
        while k >= 1 && count >= 9 {
            let cutOK = (k == g.lengths.count && !g.overflow) || g.separators[k - 1] == 0x20
            if cutOK {
                let d = Array(g.digits[..<count])
                let lens = Array(g.lengths[..<k])
                let seps = Array(g.separators[..<(k - 1)])
                if let type = classifyDigits(d, lens: lens, seps: seps, start: i) {
                    let end = g.ends[k - 1]
                    emit(type, i, end)
                    return end
                }
            }
            count -= g.lengths[k - 1]
            k -= 1
        }
        return nil
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
        if NumberRules.isNANPToken(d, lens: lens, uniformSep: uniformSep) {
            if lens.count > 1 { return negativeContext(start) ? nil : .phone }
            return phoneContext(start) ? .phone : nil
        }
        if d.count >= 10 && d[0] == 0x30 {
            if d[1] == 0x30 {
                // 00-prefixed international number.
                guard lens.count > 1 || phoneContext(start) else { return nil }
                switch PhoneRules.classifyInternational(Array(d[2...])) {
                case .some(let t): return negativeContext(start) ? nil : t
                case .none: return nil
                }
            }
            if PhoneRules.isNationalTrunkNumber(d, lens: lens) {
                if lens.count > 1 { return negativeContext(start) ? nil : .phone }
                if d.count == 11 && d[1] == 0x37 && !negativeContext(start) { return .phone }  // UK mobile 07…
                return phoneContext(start) ? .phone : nil
            }
        }
        return nil
    }

    /// A label right before the number that says it is an order/invoice/tracking number, with no
    /// closer label saying it is a card or phone.
    func negativeContext(_ start: Int) -> Bool {
        guard let negative = contextDistance(start, window: 24, words: Scan.negativeWords, wholeWord: true) else {
            return false
        }
        guard let positive = contextDistance(start, window: 24, words: Scan.positiveWords) else { return true }
        return negative < positive
    }

    /// A phone label before a bare number, closer than any order/invoice label.
    func phoneContext(_ start: Int) -> Bool {
        contextBefore(start, window: 32, words: Scan.phoneWords) && !negativeContext(start)
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
        guard NumberRules.provinceCodes.contains(Int(digits[0] - 0x30) * 10 + Int(digits[1] - 0x30)) else {
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
        guard let end = NumberRules.ipv4End(self, from: i) else { return nil }
        let after = at(end)
        if ByteClass.isAlnum(after) || ((after == 0x2E || after == 0x2D) && ByteClass.isAlnum(at(end + 1))) {
            return nil
        }
        if contextDistance(i, window: 16, words: Scan.versionWords, wholeWord: true) != nil { return nil }
        emit(.ipAddress, i, end)
        return end
    }

    /// `+CC …` E.164 numbers, separators and a `(0)` trunk allowed.
    mutating func scanInternationalPhone(at i: Int) -> Int? {
        guard ByteClass.isDigit(at(i + 1)), !ByteClass.isAlnum(at(i - 1)) else { return nil }
        var digits = [UInt8]()
        var cuts: [(digits: Int, end: Int)] = []  // acceptable stopping points
        var j = i + 1
        var groups = 0
        while digits.count <= 17 && groups < 10 {
            if at(j) == 0x28 {
                // (0) trunk prefix is dropped, (20) area code kept.
                var k = j + 1
                var inner = [UInt8]()
                while ByteClass.isDigit(at(k)) && inner.count < 5 {
                    inner.append(at(k))
                    k += 1
                }
                guard at(k) == 0x29, !inner.isEmpty else { break }
                if inner != [0x30] { digits += inner }
                j = k + 1
                if at(j) == 0x20 || at(j) == 0x2D { j += 1 }
                groups += 1
                continue
            }
            guard ByteClass.isDigit(at(j)) else { break }
            while ByteClass.isDigit(at(j)) && digits.count <= 17 {
                digits.append(at(j))
                j += 1
            }
            groups += 1
            let s = at(j)
            if ByteClass.isAlnum(s) { return nil }
            cuts.append((digits.count, j))
            if (s == 0x20 || s == 0x2D || s == 0x2E) && (ByteClass.isDigit(at(j + 1)) || at(j + 1) == 0x28) {
                j += 1
                continue
            }
            break
        }
        for cut in cuts.reversed() {
            let d = Array(digits[..<cut.digits])
            guard d.count >= 7, d.count <= 15 else { continue }
            if let type = PhoneRules.classifyInternational(d) {
                emit(type, i, cut.end)
                return cut.end
            }
        }
        return nil
    }

    /// `(555) 123-4567`, `(010) 1234 5678`, `(020) 7946 0958`.
    mutating func scanParenthesizedPhone(at i: Int) -> Int? {
        var j = i + 1
        var area = [UInt8]()
        while ByteClass.isDigit(at(j)) && area.count < 6 {
            area.append(at(j))
            j += 1
        }
        guard at(j) == 0x29, area.count >= 3, area.count <= 5 else { return nil }
        j += 1
        if at(j) == 0x20 { j += 1 }
        guard ByteClass.isDigit(at(j)) else { return nil }
        let g = readGroups(from: j)
        guard !g.overflow else { return nil }
        var k = g.lengths.count
        while k >= 1 {
            let cutOK = k == g.lengths.count || g.separators[k - 1] == 0x20
            let count = g.lengths[..<k].reduce(0, +)
            let rest = Array(g.digits[..<count])
            let lens = Array(g.lengths[..<k])
            let all = area + rest
            if cutOK {
                var ok = false
                if area.count == 3 && area[0] != 0x30 && area[0] != 0x31 {
                    ok = (lens == [3, 4] || lens == [7]) && rest[0] >= 0x32
                } else if area[0] == 0x30 {
                    ok = all.count >= 10 && all.count <= 12 && area[1] != 0x30
                }
                if ok {
                    emit(.phone, i, g.ends[k - 1])
                    return g.ends[k - 1]
                }
            }
            k -= 1
        }
        return nil
    }

    static let ssnWords = ContextWords(["ssn", "social security", "社会安全", "社保号"])
    static let phoneWords = ContextWords([
        "tel", "phone", "call", "mobile", "cell", "fax", "whatsapp", "contact", "电话", "手机", "联系", "致电",
        "号码", "热线",
    ])
    static let negativeWords = ContextWords([
        "order", "invoice", "inv", "tracking", "track", "isbn", "sku", "ref", "reference", "ticket", "serial",
        "case", "po ", "shipment", "parcel", "waybill", "confirmation", "booking", "订单", "单号", "运单", "快递",
        "发票", "编号", "流水", "序列号", "型号", "物流",
    ])
    static let positiveWords = ContextWords([
        "card", "卡", "phone", "tel", "mobile", "手机", "电话", "ssn", "身份证", "account", "账号", "帐号", "call",
        "contact", "fax", "whatsapp", "cell", "联系", "致电", "号码", "reach",
    ])
    static let versionWords = ContextWords([
        "version", "ver ", "ver.", "ver:", "release", "firmware", "upgrade", "upgraded", "update", "updated", "patch",
        "sdk", "版本", "固件", "升级", "更新", "补丁",
    ])
}
