/// E.164 country codes with national significant number lengths, and national trunk-prefix formats.
enum PhoneRules {
    /// Country code → allowed national significant number lengths (ITU-T E.164 national plans).
    static let countryLengths: [Int: ClosedRange<Int>] = [
        1: 10...10, 7: 10...10, 20: 8...10, 27: 9...9, 30: 10...10, 31: 9...9, 32: 8...9, 33: 9...9, 34: 9...9,
        36: 8...9, 39: 6...11, 40: 9...9, 41: 9...9, 43: 4...13, 44: 9...10, 45: 8...8, 46: 7...9, 47: 8...8,
        48: 9...9, 49: 6...13, 51: 8...9, 52: 10...10, 53: 8...8, 54: 10...11, 55: 10...11, 56: 9...9,
        57: 8...10, 58: 10...10, 60: 8...10, 61: 9...9, 62: 8...12, 63: 8...10, 64: 8...10, 65: 8...8,
        66: 8...9, 81: 9...10, 82: 8...10, 84: 9...10, 86: 10...12, 90: 10...10, 91: 10...10, 92: 9...10,
        93: 9...9, 94: 9...9, 95: 7...10, 98: 10...10, 211: 9...9, 212: 9...9, 213: 8...9, 216: 8...8,
        218: 8...9, 220: 7...7, 221: 9...9, 225: 8...10, 233: 9...9, 234: 8...10, 237: 9...9, 251: 9...9,
        254: 9...10, 255: 9...9, 256: 9...9, 260: 9...9, 263: 9...10, 351: 9...9, 352: 6...11, 353: 7...9,
        354: 7...9, 355: 8...9, 356: 8...8, 357: 8...8, 358: 6...12, 359: 8...9, 370: 8...8, 371: 8...8,
        372: 7...8, 373: 8...8, 374: 8...8, 375: 9...10, 376: 6...6, 377: 8...9, 380: 9...9, 381: 8...9,
        382: 8...8, 385: 8...9, 386: 8...8, 387: 8...8, 389: 8...8, 420: 9...9, 421: 9...9, 423: 7...9,
        852: 8...8, 853: 8...8, 855: 8...9, 856: 8...10, 880: 10...10, 886: 8...9, 960: 7...7, 961: 7...8,
        962: 8...9, 963: 8...9, 964: 10...10, 965: 8...8, 966: 9...9, 967: 9...9, 968: 8...8, 970: 9...9,
        971: 8...9, 972: 8...9, 973: 8...8, 974: 8...8, 975: 8...8, 976: 8...8, 977: 8...10, 992: 9...9,
        993: 8...8, 994: 9...9, 995: 9...9, 996: 9...9, 998: 9...9,
    ]

    /// Classifies the digits after `+` or `00`: ``EntityType/cnMobile`` for +86 mobiles, else ``EntityType/phone``.
    static func classifyInternational(_ d: [UInt8]) -> EntityType? {
        guard d.count >= 7, d.count <= 15, d[0] != 0x30 else { return nil }
        for ccLen in 1...3 where d.count > ccLen {
            let cc = NumberRules.value(d, 0, ccLen)
            guard let range = countryLengths[cc] else { continue }
            let nsn = d[ccLen...]
            if cc == 86 && NumberRules.isCNMobile(nsn) { return .cnMobile }
            guard range.contains(nsn.count) else { return nil }
            if cc == 1 {
                let s = nsn.startIndex
                guard nsn[s] >= 0x32, nsn[s + 3] >= 0x32 else { return nil }
            }
            return .phone
        }
        return nil
    }

    /// `0` + area code + subscriber number as written in the UK, DE, FR and CN: 10–12 digits, area group of
    /// 3–5 digits (or French pairs), no group shorter than 2 digits.
    static func isNationalTrunkNumber(_ d: [UInt8], lens: [Int]) -> Bool {
        guard d.count >= 10, d.count <= 12, d[0] == 0x30, d[1] != 0x30 else { return false }
        if lens.count == 1 { return true }
        if lens == [2, 2, 2, 2, 2] { return true }
        // 03-1234-5678 (two-digit area code, as in Japan or Paris-style 01 …) needs longer groups after it.
        if lens[0] == 2 { return lens.dropFirst().allSatisfy { $0 >= 3 } }
        guard (3...5).contains(lens[0]) else { return false }
        return lens.dropFirst().allSatisfy { $0 >= 2 }
    }
}
