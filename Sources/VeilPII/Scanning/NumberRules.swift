/// Structural rules of numeric identifiers (issuer prefixes, SSN areas, mobile prefixes, dates).
enum NumberRules {
    @inline(__always) static func value(_ d: [UInt8], _ from: Int, _ count: Int) -> Int {
        var v = 0
        for k in from..<(from + count) { v = v * 10 + Int(d[k] - 0x30) }
        return v
    }

    /// The card type of a digit token, or nil: 13–19 digits, card grouping, Luhn and a known issuer prefix.
    static func cardType(_ d: [UInt8], lens: [Int], uniformSep: Bool, sep: UInt8) -> EntityType? {
        guard d.count >= 13, d.count <= 19 else { return nil }
        if lens.count > 1 {
            guard uniformSep, sep == 0x20 || sep == 0x2D else { return nil }
            let fours = lens.dropLast().allSatisfy { $0 == 4 } && (1...4).contains(lens[lens.count - 1])
            guard fours || lens == [4, 6, 5] || lens == [4, 6, 4] || lens == [6, 13] else { return nil }
        }
        guard Checksums.luhn(d) else { return nil }
        let len = d.count
        let p2 = value(d, 0, 2)
        let p3 = value(d, 0, 3)
        let p4 = value(d, 0, 4)
        let p6 = value(d, 0, 6)
        // Chinese domestic issuers: UnionPay 62…, and the legacy 19-digit ICBC/CCB/BOC-style BINs.
        if p2 == 62 && len >= 16 { return .cnBankCard }
        if (p4 == 9558 || (p4 == 9559 && d[4] >= 0x35) || p6 == 940_066 || p4 == 6013) && len >= 16 {
            return .cnBankCard
        }
        // Visa. Thirteen-digit cards left circulation decades ago, while a German product code (GTIN 400–440) has
        // thirteen digits that start with 4: one with a valid EAN-13 check digit is the product.
        if d[0] == 0x34 && (len == 16 || len == 19 || (len == 13 && !Checksums.ean13(d))) { return .creditCard }
        if (51...55).contains(p2) || (2221...2720).contains(p4) { return len == 16 ? .creditCard : nil }
        if p2 == 34 || p2 == 37 { return len == 15 ? .creditCard : nil }  // Amex
        if p4 == 6011 || (644...649).contains(p3) || p2 == 65 { return len >= 16 ? .creditCard : nil }
        if (300...305).contains(p3) || p2 == 36 || p2 == 38 || p2 == 39 { return len >= 14 ? .creditCard : nil }
        // JCB (3528–3589; the rest of 35 is unassigned, but a Luhn-valid 16-digit 35… is a card more often than not).
        if p2 == 35 { return len >= 16 ? .creditCard : nil }
        if (2200...2204).contains(p4) { return len == 16 ? .creditCard : nil }  // Mir
        if p2 == 50 || (56...69).contains(p2) { return len >= 13 ? .creditCard : nil }  // Maestro
        return nil
    }

    /// Area not 000/666/900–999, group not 00, serial not 0000.
    static func validSSN(_ d: [UInt8]) -> Bool {
        let area = value(d, 0, 3)
        return area != 0 && area != 666 && area < 900 && value(d, 3, 2) != 0 && value(d, 5, 4) != 0
    }

    /// Mainland mobile prefixes allocated by MIIT (13x, 14x data/IoT-voice, 15x, 16x, 17x, 18x, 19x).
    static let mobilePrefixes: Set<Int> = [
        130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 145, 146, 147, 148, 149, 150, 151, 152, 153, 155, 156,
        157, 158, 159, 162, 165, 166, 167, 170, 171, 172, 173, 174, 175, 176, 177, 178, 180, 181, 182, 183, 184,
        185, 186, 187, 188, 189, 190, 191, 192, 193, 195, 196, 197, 198, 199,
    ]

    static func isCNMobile(_ d: ArraySlice<UInt8>) -> Bool {
        guard d.count == 11 else { return false }
        let s = d.startIndex
        let p = Int(d[s] - 0x30) * 100 + Int(d[s + 1] - 0x30) * 10 + Int(d[s + 2] - 0x30)
        return isMobilePrefix[p]
    }

    /// `13812345678`, `138 1234 5678`, `138-1234-5678`, with an optional `86`/`0086` group.
    static func isCNMobileToken(_ d: [UInt8], lens: [Int]) -> Bool {
        var rest = lens
        var digits = d[...]
        if d.count == 15 && d.starts(with: [0x30, 0x30, 0x38, 0x36]) {
            digits = d[4...]
            if lens.first == 4 { rest.removeFirst() } else if lens.first == 15 { rest = [11] } else { return false }
        } else if d.count == 13 && d.starts(with: [0x38, 0x36]) && lens.first == 2 {
            digits = d[2...]
            rest.removeFirst()
        }
        guard rest == [11] || rest == [3, 4, 4] || rest == [3, 8] else { return false }
        return isCNMobile(digits)
    }

    /// A mainland mobile number in groups other than 3-4-4 (`1386 9932 363`, `1393-985-7801`, `158.546.500.42`,
    /// `1776-19-640-44`): eleven digits with a mobile prefix, a first group of three or four digits, the rest of two or
    /// more, one separator (space, `-` or `.`) throughout; not a date (`1998-12-31 …`) nor a dotted quad of octets.
    static func isRegroupedCNMobile(_ d: [UInt8], lens: [Int], uniformSep: Bool, sep: UInt8) -> Bool {
        guard d.count == 11, (2...5).contains(lens.count), uniformSep, sep == 0x20 || sep == 0x2D || sep == 0x2E,
            lens[0] == 3 || lens[0] == 4, lens.dropFirst().allSatisfy({ $0 >= 2 }), isCNMobile(d[...])
        else { return false }
        if lens.count >= 3 && lens[0] == 4 && lens[1] == 2 && lens[2] == 2 {
            let (month, day) = (value(d, 4, 2), value(d, 6, 2))
            if (1...12).contains(month) && (1...31).contains(day) { return false }
        }
        if sep == 0x2E && lens.count == 4 && lens.allSatisfy({ $0 <= 3 }) {
            var from = 0
            var octets = true
            for len in lens {
                octets = octets && value(d, from, len) <= 255
                from += len
            }
            if octets { return false }
        }
        return true
    }

    /// NANP: `NXX-NXX-XXXX` (optionally `1-` first), or 10 bare digits (context decides). With `anyDigits`, area code
    /// and exchange may start with 0 or 1 too: the shape alone, for numbers a phone label vouches for (made-up and
    /// test numbers are written that way).
    static func isNANPToken(_ d: [UInt8], lens: [Int], uniformSep: Bool, anyDigits: Bool = false) -> Bool {
        var digits = d[...]
        var shape = lens
        if d.count == 11 && d[0] == 0x31 && lens.first == 1 {
            digits = d[1...]
            shape.removeFirst()
        }
        guard digits.count == 10, shape == [3, 3, 4] || shape == [10] else { return false }
        if shape.count > 1 && !uniformSep && !(lens.first == 1) { return false }
        let s = digits.startIndex
        return anyDigits || (digits[s] >= 0x32 && digits[s + 3] >= 0x32)
    }

    static let provinceCodes: Set<Int> = [
        11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54,
        61, 62, 63, 64, 65, 71, 81, 82, 83,
    ]

    /// ``mobilePrefixes`` and ``provinceCodes`` as tables indexed by the value: looked up for every 11- and 18-digit
    /// candidate without hashing.
    static let isMobilePrefix: [Bool] = (0..<1000).map { mobilePrefixes.contains($0) }
    static let isProvinceCode: [Bool] = (0..<100).map { provinceCodes.contains($0) }

    /// Whether `yyyymmdd` is a real calendar date.
    static func validDate(_ date: Int) -> Bool {
        let y = date / 10000
        let m = (date / 100) % 100
        let d = date % 100
        guard m >= 1, m <= 12, d >= 1 else { return false }
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return d <= days[m - 1]
    }

    /// The end of a dotted-quad IPv4 address starting at `i` in `b`, or nil (the scan's bytes rather than the scan,
    /// as in ``NameIndex/match(_:at:)``).
    static func ipv4End(_ b: UnsafeBufferPointer<UInt8>, from i: Int) -> Int? {
        @inline(__always) func at(_ k: Int) -> UInt8 { k >= 0 && k < b.count ? b[k] : 0 }
        var j = i
        for octet in 0..<4 {
            var v = 0
            var len = 0
            let first = at(j)
            while ByteClass.isDigit(at(j)) && len < 4 {
                v = v * 10 + Int(at(j) - 0x30)
                len += 1
                j += 1
            }
            guard len >= 1, len <= 3, v <= 255, !(len > 1 && first == 0x30) else { return nil }
            if octet < 3 {
                guard at(j) == 0x2E else { return nil }
                j += 1
            }
        }
        return j
    }
}
