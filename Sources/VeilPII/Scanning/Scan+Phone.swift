/// PHONE: international (`+CC …`, `00CC …`) and national (`0…`, `(0…)`) numbers as people write them, validated
/// against libphonenumber's plans (``PhoneRules``) rather than by shape alone.
extension Scan {
    /// Digit groups of a written phone number, read with the separators people use between them.
    struct PhoneGroups {
        var digits: [UInt8] = []
        /// Digits so far at the end of each group.
        var counts: [Int] = []
        /// Byte offset after each group.
        var ends: [Int] = []
        /// Whether a number may end after each group: the last group, or one followed by a space.
        var cuttable: [Bool] = []
        /// Groups written in parentheses.
        var parenthesized: [Bool] = []
        /// A group `(0)` (the trunk prefix, written but not dialled from abroad) was read and dropped.
        var droppedTrunk = false

        var lengths: [Int] { counts.indices.map { $0 == 0 ? counts[0] : counts[$0] - counts[$0 - 1] } }
    }

    /// The length of a space at `k`: an ASCII space, or the no-break spaces French typography puts between digit
    /// pairs (U+00A0, U+202F), which a phone number written in a word processor carries.
    @inline(__always) func spaceWidth(_ k: Int) -> Int? {
        switch at(k) {
        case 0x20: return 1
        case 0xC2: return at(k + 1) == 0xA0 ? 2 : nil
        case 0xE2: return at(k + 1) == 0x80 && at(k + 2) == 0xAF ? 3 : nil
        default: return nil
        }
    }

    /// Reads digit groups from `start`: separators are one of space, `-`, `.`, `/` with an optional space on either
    /// side ("030 / 1234 567", "06.12.34.56.78"); a group may be in parentheses ("(030) 1234", "+49 (0)30 …").
    /// Bounded: at most 8 groups and `maxDigits` digits.
    /// The caller hands the groups back to ``scratch`` when done with them.
    func readPhoneGroups(from start: Int, maxDigits: Int = 17) -> PhoneGroups {
        var g = scratch.takePhoneGroups()
        var j = start
        while g.counts.count < 8 {
            var paren = false
            if at(j) == 0x28 {
                var k = j + 1
                while ByteClass.isDigit(at(k)) && k - j <= 6 { k += 1 }
                guard at(k) == 0x29, k > j + 1 else { break }
                paren = true
                if k == j + 2 && at(j + 1) == 0x30 && !g.counts.isEmpty {
                    // "+49 (0)30": the trunk prefix, not part of the number dialled from abroad.
                    g.droppedTrunk = true
                    j = k + 1
                    if at(j) == 0x20 || at(j) == 0x2D { j += 1 }
                    guard ByteClass.isDigit(at(j)) else { break }
                    continue
                }
                j += 1
            } else if !ByteClass.isDigit(at(j)) {
                break
            }
            let groupStart = j
            while ByteClass.isDigit(at(j)) {
                if g.digits.count >= maxDigits { return g }
                g.digits.append(at(j))
                j += 1
            }
            guard j > groupStart else { break }
            if paren { j += 1 }
            g.counts.append(g.digits.count)
            g.ends.append(j)
            g.parenthesized.append(paren)
            // The separator: [space] [- . /] [space], at least one byte, then a digit or an opening parenthesis.
            var k = j
            var spaced = false
            if let w = spaceWidth(k) {
                k += w
                spaced = true
            }
            let mark = at(k)
            if mark == 0x2D || mark == 0x2E || mark == 0x2F {
                k += 1
                if let w = spaceWidth(k) {
                    k += w
                    spaced = true
                }
            }
            let next = at(k)
            // "(028)83267784": a closing parenthesis separates the area code by itself.
            let continues =
                ((k > j || paren) && ByteClass.isDigit(next)) || (next == 0x28 && ByteClass.isDigit(at(k + 1)))
            g.cuttable.append(!continues || spaced || mark == 0x2F)
            guard continues else { break }
            j = k
        }
        return g
    }

    /// The end of the longest prefix of `g` that `accept` takes (tried from the longest), or nil. A prefix ends only
    /// after a group that a space (or nothing) follows, and never glued to a letter or digit.
    func longestPhone(_ g: PhoneGroups, _ accept: (_ digits: [UInt8], _ groups: Int) -> Bool) -> Int? {
        var k = g.counts.count
        while k >= 1 {
            let end = g.ends[k - 1]
            // "12:30" is a time: a number does not end right before a colon and a digit.
            let time = at(end) == 0x3A && ByteClass.isDigit(at(end + 1))
            if g.cuttable[k - 1] && !ByteClass.isAlnum(at(end)) && !time
                && accept(g.counts[k - 1] == g.digits.count ? g.digits : Array(g.digits[..<g.counts[k - 1]]), k)
            {
                return end
            }
            k -= 1
        }
        return nil
    }

    /// Whether the first groups of `g` read as a date (`01.02.2024`, `01/02/24`, `2024-01-02`): day and month in
    /// range, joined by one of `.`, `/`, `-`.
    func startsWithDate(_ g: PhoneGroups, at start: Int) -> Bool {
        let lengths = g.lengths
        // Three groups, or a year in the third ("01.02.2024 10:30"): five pairs are a French phone number.
        guard lengths.count == 3 || (lengths.count > 3 && lengths[2] == 4) else { return false }
        let sep1 = at(g.ends[0])
        let sep2 = at(g.ends[1])
        guard sep1 == sep2, sep1 == 0x2E || sep1 == 0x2F || sep1 == 0x2D else { return false }
        let v = { (k: Int) -> Int in NumberRules.value(g.digits, k == 0 ? 0 : g.counts[k - 1], lengths[k]) }
        if lengths[0] == 4 && lengths[1] == 2 && lengths[2] == 2 {
            return (1...12).contains(v(1)) && (1...31).contains(v(2))
        }
        guard lengths[0] <= 2, lengths[1] <= 2, lengths[2] == 2 || lengths[2] == 4 else { return false }
        let (a, b) = (v(0), v(1))
        return (1...31).contains(a) && (1...31).contains(b) && (a <= 12 || b <= 12)
    }

    /// Whether at least `count` digits follow `i` before a letter or the end of a 24-byte window: no phone number
    /// is shorter, and the check costs no allocation.
    func digitsAhead(_ i: Int, atLeast count: Int) -> Bool {
        var k = i
        var digits = 0
        while k < i + 32 && k < n {
            let c = b[k]
            if ByteClass.isDigit(c) {
                digits += 1
                if digits >= count { return true }
            } else if let w = spaceWidth(k), w > 1 {
                k += w
                continue
            } else if ByteClass.isLetter(c) || c >= 0x80 || c == 0x0A || c == 0x2B {
                return false
            }
            k += 1
        }
        return false
    }

    /// `+CC …`: a country calling code and a national number valid in its plan.
    mutating func scanInternationalPhone(at i: Int) -> Int? {
        guard ByteClass.isDigit(at(i + 1)), !ByteClass.isAlnum(at(i - 1)), digitsAhead(i + 1, atLeast: 8) else {
            return nil
        }
        // "(+49) 30 …": the parenthesis closes after the country code.
        var g = readPhoneGroups(from: i + 1)
        defer { scratch.recycle(&g) }
        var start = i
        if at(i - 1) == 0x28, g.counts.count == 1, at(g.ends[0]) == 0x29 {
            start = i - 1
            var j = g.ends[0] + 1
            if at(j) == 0x20 { j += 1 }
            let rest = readPhoneGroups(from: j, maxDigits: 17 - g.digits.count)
            guard !rest.counts.isEmpty else { return nil }
            let base = g.digits.count
            g.digits += rest.digits
            g.counts = [base] + rest.counts.map { $0 + base }
            g.ends = [g.ends[0] + 1] + rest.ends
            g.cuttable = [false] + rest.cuttable
            g.parenthesized = [false] + rest.parenthesized
        }
        var type = EntityType.phone
        // A number the plan tables do not know (a toll-free or new range) is still a phone when the writing says so:
        // a "(0)" trunk, a phone label, a line of its own, or the country code set apart before two or more groups
        // ("+41 98 260 69 52").
        let shaped =
            g.droppedTrunk || phoneContext(i) || (g.counts.count >= 3 && g.counts[0] <= 3 && !g.parenthesized[0])
        let end = longestPhone(g) { d, groups in
            guard d.count >= 8 else { return false }
            if let found = PhoneRules.international(d) {
                if found.cc == 86 && d.count == 13 && NumberRules.isCNMobile(d[2...]) { type = .cnMobile }
                return true
            }
            return (shaped || standsAlone(start, g.ends[groups - 1])) && PhoneRules.possibleInternational(d)
        }
        guard let end else { return nil }
        emit(type, start, end)
        return end
    }

    /// A number starting with `0`: `00` + country code, or a national number with its trunk prefix (`030 1234567`,
    /// `06 12 34 56 78`, `0151/1234567`, `020 7946 0958`, `03-1234-5678`, `010-12345678`).
    mutating func scanZeroLedPhone(at i: Int) -> Int? {
        guard digitsAhead(i, atLeast: 8) else { return nil }
        var g = readPhoneGroups(from: i)
        defer { scratch.recycle(&g) }
        guard g.digits.count >= 8, !startsWithDate(g, at: i) else { return nil }
        // Eight digits with the trunk 0 (Sofia "02 123 456", Stockholm "08-12 34 56") only after a phone label.
        let labelled8 = g.digits.count == 8 && phoneContext(i)
        guard g.digits.count >= 9 || labelled8 else { return nil }
        let lengths = g.lengths
        if g.digits[1] == 0x30 {
            // 00 + country code; a bare run of ten or eleven digits needs a phone label (it could be any
            // zero-padded number); twelve or more valid in the plan of a country code other than 1 are a phone
            // number written for dialling from abroad ("holt uns ab – 003724454929"): zero-padded references pad
            // with more zeros (000…) and are not valid in a plan.
            var type = EntityType.phone
            let end = longestPhone(g) { d, groups in
                let bare = d.count >= 12 && d[2] != 0x30 && d[2] != 0x31
                guard d.count >= 10, groups > 1 || bare || phoneContext(i) else { return false }
                guard let t = PhoneRules.classifyInternational(Array(d[2...])) else { return false }
                type = t
                return true
            }
            guard let end, !negativeContext(i) else { return nil }
            emit(type, i, end)
            return end
        }
        // 078-05-1120 is a social security number (read by the digit recognizers), not a phone number.
        if lengths.count == 3 && lengths[0] == 3 && lengths[1] == 2 && lengths[2] == 4 && g.digits.count == 9 {
            return nil
        }
        let end = longestPhone(g) { d, groups in
            guard d.count >= 9 || (d.count == 8 && labelled8), d.count <= 13 else { return false }
            if groups > 1 {
                // An area code of 2–6 digits with its trunk 0, then groups of at least 2 ("06 12 34 56 78"); a
                // 1-digit group ends what can be a phone number.
                guard (2...6).contains(lengths[0]), lengths[1..<groups].allSatisfy({ $0 >= 2 }) else { return false }
            }
            let v = PhoneRules.nationalWithTrunk(d)
            guard v.phone else { return false }
            if groups > 1 { return true }
            // One run of digits: a phone if a label says so, if it is a mobile number of 10+ digits in a plan
            // whose mobile ranges are distinctive, or if it stands on a line of its own (a signature, a contact
            // card): what else people write with a trunk 0 and a valid plan length is labelled, and the order and
            // customer labels were ruled out below.
            return phoneContext(i) || (d.count >= 10 && (PhoneRules.bareMobile(d) || v.phone))
                || standsAlone(i, g.ends[groups - 1])
        }
        guard let end, !negativeContext(i) else { return nil }
        emit(.phone, i, end)
        return end
    }

    /// Eight-digit numbers of countries without area codes (Hong Kong, Singapore, the Nordics): "电话是9780 1602",
    /// "+852" written apart. Valid in such a plan, and after a phone label, or as a mobile number in two groups of
    /// four not led by a year.
    mutating func scanEightDigitPhone(at i: Int) -> Int? {
        if at(i - 1) == 0x20 && ByteClass.isDigit(at(i - 2)) { return nil }
        var g = readGroups(from: i)
        defer { scratch.recycle(&g) }
        guard !g.overflow, g.digits.count == 8, g.lengths == [8] || g.lengths == [4, 4] else { return nil }
        let end = g.ends[g.ends.count - 1]
        guard !ByteClass.isAlnum(at(end)), !(at(end) == 0x3A && ByteClass.isDigit(at(end + 1))) else { return nil }
        let v = PhoneRules.nationalWithoutTrunk(g.digits)
        guard v.phone, !negativeContext(i) else { return nil }
        let year = NumberRules.value(g.digits, 0, 4)
        let grouped = g.lengths == [4, 4] && g.separators[0] == 0x20 && v.mobile && !(1900...2099).contains(year)
        guard grouped || phoneContext(i) || phoneLabelAfter(end) else { return nil }
        emit(.phone, i, end)
        return end
    }

    /// A national number of a country without a trunk prefix (Denmark "32 12 34 56", Latvia "63 123 456", Greece
    /// "21 2345 6789", Estonia "321 2345", Portugal "217 368 265"), 7–10 digits in groups of at least two: valid in
    /// such a plan and right after a phone label, since its digits alone could be any number.
    mutating func scanLabelledNationalPhone(at i: Int) -> Int? {
        guard phoneContext(i) else { return nil }
        var g = readPhoneGroups(from: i, maxDigits: 10)
        defer { scratch.recycle(&g) }
        guard !g.counts.isEmpty, !g.parenthesized[0], !startsWithDate(g, at: i) else { return nil }
        let lengths = g.lengths
        let end = longestPhone(g) { d, groups in
            guard (7...10).contains(d.count), lengths[..<groups].allSatisfy({ $0 >= 2 }) else { return false }
            return PhoneRules.nationalWithoutTrunk(d).phone
        }
        // Not the first digits of a longer run: "32 12 34 56 78 90 12" is no Danish number.
        guard let end, !(at(end) == 0x20 && ByteClass.isDigit(at(end + 1))) else { return nil }
        emit(.phone, i, end)
        return end
    }

    /// `(555) 123-4567`, `(010) 1234 5678`, `(020) 7946 0958`, `(0151) 1234567`, `(02) 9876 5432`.
    mutating func scanParenthesizedPhone(at i: Int) -> Int? {
        guard ByteClass.isDigit(at(i + 1)), !ByteClass.isAlnum(at(i - 1)) else { return nil }
        // One cheap look for "(" 2–6 digits ")" before reading groups.
        var k = i + 1
        while ByteClass.isDigit(at(k)) && k - i <= 6 { k += 1 }
        guard at(k) == 0x29, k - i >= 3, digitsAhead(i + 1, atLeast: 8) else { return nil }
        var g = readPhoneGroups(from: i)
        defer { scratch.recycle(&g) }
        guard g.counts.count >= 2, g.parenthesized[0] else { return nil }
        let lengths = g.lengths
        let area = lengths[0]
        let end = longestPhone(g) { d, groups in
            guard groups >= 2, lengths[1..<groups].allSatisfy({ $0 >= 2 }) else { return false }
            if d[0] == 0x30 {
                return (3...6).contains(area) || (area == 2 && d.count >= 9)
                    ? PhoneRules.nationalWithTrunk(d).phone : false
            }
            // North American: (NXX) NXX-XXXX; after a phone label any digits ("contact: (829) 082-4565").
            // The groups after the area code are 3 and 4 digits, or 7 (tested one by one: comparing slices with
            // array literals built two arrays per reading).
            if area == 3, d.count == 10,
                groups == 3 && lengths[1] == 3 && lengths[2] == 4 || groups == 2 && lengths[1] == 7,
                (d[0] >= 0x32 && d[3] >= 0x32) || phoneContext(i)
            {
                return true
            }
            // A country code in parentheses: "(852) 3942 7703".
            return area <= 3 && PhoneRules.international(d) != nil
        }
        guard let end, !negativeContext(i + 1) else { return nil }
        // "1 (206) 915-0173": North America's country code written before the area code.
        let nanp = at(i + 4) == 0x29 && at(i - 1) == 0x20 && at(i - 2) == 0x31 && !ByteClass.isAlnum(at(i - 3))
        let start = nanp && i >= 2 ? i - 2 : i
        emit(.phone, start, end)
        return end
    }

    /// Whether `start..<end` fills its line: only spaces between it and the line's (or text's) start and end, where
    /// a trailing full stop may close it.
    func standsAlone(_ start: Int, _ end: Int) -> Bool {
        var k = start - 1
        while k >= 0 && b[k] == 0x20 { k -= 1 }
        guard k < 0 || b[k] == 0x0A else { return false }
        k = end
        if at(k) == 0x2E { k += 1 }
        while k < n && b[k] == 0x20 { k += 1 }
        return k >= n || b[k] == 0x0A || b[k] == 0x0D
    }

    /// Whether a phone number found just before `start` makes this one a phone number too: the second of two joined
    /// by "or", "/", a comma ("Ruf mich an: 0151 … oder 694-5774140"), or the next entry of a list with one per
    /// line ("Dentist 02 9… / Vet 0297…"). Digits between them break the link: they belong to another number.
    func followsPhone(_ start: Int) -> Bool {
        guard let last = found.last, last.type == .phone || last.type == .cnMobile, start > last.end,
            start - last.end <= 40
        else { return false }
        var lines = 0
        var k = last.end
        while k < start {
            if ByteClass.isDigit(b[k]) { return false }
            if b[k] == 0x0A { lines += 1 }
            k += 1
        }
        return lines == 0 ? start - last.end <= 7 : lines == 1
    }

    /// Whether the number at `start` is the contact of a person or an address found just before it: "Leon: 2015…",
    /// "<name> (dad) 760…", "reach me at <e-mail> or 251…", "(<e-mail>, 341…)". Only separators, a conjunction or
    /// a short parenthesis stand between them, on one line.
    func followsContact(_ start: Int) -> Bool {
        guard let last = found.last, last.type == .person || last.type == .email, start > last.end,
            start - last.end <= 16
        else { return false }
        var k = last.end
        var inParenthesis = false
        while k < start {
            let c = b[k]
            if c == 0x28 { inParenthesis = true }
            if c == 0x29 { inParenthesis = false }
            if c == 0x0A || ByteClass.isDigit(c) { return false }
            if ByteClass.isLetter(c) && !inParenthesis {
                // "or", "oder", "ou" between an address and the number.
                let e = wordEnd(k)
                guard
                    matches(Array("or".utf8), at: k) && e - k == 2 || matches(Array("oder".utf8), at: k) && e - k == 4
                        || matches(Array("ou".utf8), at: k) && e - k == 2
                else { return false }
                k = e
                continue
            }
            k += 1
        }
        return !inParenthesis
    }

    /// A phone label before a bare number, closer than any order/invoice label.
    /// The label must be this number's: no other number stands between them ("call me at 415-357-6616, build
    /// 57908576986" labels only the first).
    func phoneContext(_ start: Int) -> Bool {
        if (followsPhone(start) || followsContact(start)) && !negativeContext(start) { return true }
        if scratch.phoneLabelStart != start {
            scratch.phoneLabelStart = start
            scratch.phoneLabelAnswer = contextDistance(start, window: 32, words: Scan.phoneWords)
        }
        guard let d = scratch.phoneLabelAnswer, !negativeContext(start) else {
            return false
        }
        var k = start - d
        while k < start {
            if ByteClass.isDigit(b[k]) { return false }
            k += 1
        }
        return true
    }

    /// Whether the words right after a number say to call it ("give 4167378745 a call", "bitte 661 014973
    /// anrufen"): the number's own label, written after it.
    func phoneLabelAfter(_ end: Int) -> Bool {
        guard at(end) == 0x20 else { return false }
        // "3128653533 (me)", "0171 2345678 (Glen)", "06 12 34 56 78 (portable)": whose number it is, in parentheses.
        if at(end + 1) == 0x28 {
            var k = end + 2
            while k < end + 26, ByteClass.isLetter(at(k)) || at(k) >= 0x80 { k += 1 }
            guard at(k) == 0x29, k > end + 3 else { return false }
            let h = wordHash(end + 2, k)
            return Scan.ownerWords.contains(h)
                || (isCapitalizedWord(end + 2, k) && !wordFlags(h).isDisjoint(with: [.given, .ambiguous]))
        }
        for label: StaticString in [
            "a call", "a ring", "anrufen", "zurückrufen", "pour appeler", "to call", "to reach",
        ] where matchesExact(label, at: end + 1) {
            let after = end + 1 + label.utf8CodeUnitCount
            return !ByteClass.isLetter(at(after))
        }
        return false
    }

    /// Words in parentheses after a number that say whose or which line it is (see ``phoneLabelAfter(_:)``).
    static let ownerWords = KeySet(
        [
            "me", "moi", "ich", "mom", "mum", "dad", "mama", "papa", "maman", "mutter", "vater", "home", "work",
            "mobile", "cell", "handy", "privat", "büro", "portable", "maison", "bureau", "fixe", "festnetz",
        ].map { NameLexicon.hash(Substring($0)) })

    static let phoneWords = ContextWords(
        ChineseNames.withTraditionalSpellings([
            "tel", "phone", "call", "mobile", "cell", "fax", "whatsapp", "contact", "电话", "手机", "联系", "致电",
            "号码", "热线", "座机", "telefon", "handy", "mobil", "rufnummer", "festnetz", "durchwahl", "anrufen",
            "erreichbar",
            "tél", "téléphone", "telephone", "portable", "appeler", "appelez", "joindre", "numéro", "numero", "reach",
            "ring",
            "text", "joignable", "prévenir", "erreichen", "电话是", "手机是", "rappel", "appel", "dial", "hotline",
            "questions", "rückruf", "zurückrufen", "sms", "拨打", "打给", "短信", "nummer", "klingeln", "durchklingeln",
            "fixe", "kontakt", "unter", "number", "office", "desk", "landline", "répond", "打", "办事处", "composez",
            "composer", "联络", "找我", "名片", "前台",
        ]))
}
