/// Validation of phone numbers against the numbering plans in ``PhoneMetadata`` (libphonenumber's metadata).
///
/// A candidate is validated as a national significant number (NSN): its length must be one the plan allows, and in
/// the regions with prefix tables its first three digits must start a fixed-line or mobile number of that length.
/// Digits are ASCII bytes throughout, as the scanner reads them.
enum PhoneRules {
    /// What a validation found.
    struct Validity: Equatable {
        /// Valid as a fixed-line, mobile or other personal line.
        var phone: Bool
        /// Valid as a mobile number (a subset of `phone`).
        var mobile: Bool

        static let none = Validity(phone: false, mobile: false)
    }

    /// The index in ``PhoneMetadata/countryCodes`` of country calling code `cc`, or nil.
    static func countryIndex(_ cc: Int) -> Int? {
        var lo = 0
        var hi = PhoneMetadata.countryCodes.count
        while lo < hi {
            let mid = (lo + hi) / 2
            let v = Int(PhoneMetadata.countryCodes[mid])
            if v == cc { return mid }
            if v < cc { lo = mid + 1 } else { hi = mid }
        }
        return nil
    }

    /// Prefix-table regions by country calling code (one per code: the table is the union of the regions sharing it).
    static let regionByCountryCode: [Int: Int] = {
        var out = [Int: Int]()
        for (k, region) in PhoneMetadata.regions.enumerated() { out[region.countryCode] = k }
        return out
    }()

    /// Regions whose trunk prefix is "0": a number written `0…` inside one of them is checked against these.
    static let zeroTrunkRegions: [Int] = PhoneMetadata.regions.indices.filter {
        let trunk = PhoneMetadata.regions[$0].trunk
        return trunk.utf8CodeUnitCount == 1 && trunk.utf8Start[0] == 0x30
    }

    /// Regions without a trunk prefix (numbers are dialled the same inside and outside: IT, ES, PT, DK, NO, HK …).
    static let noTrunkRegions: [Int] = PhoneMetadata.regions.indices.filter {
        PhoneMetadata.regions[$0].trunk.utf8CodeUnitCount == 0 && PhoneMetadata.regions[$0].countryCode != 1
    }

    /// The palette entry of region `r` for the NSN `d[from..<from+count]` (whose first three digits index the table).
    static func validity(region r: Int, _ d: [UInt8], from: Int, count: Int) -> Validity {
        guard count >= 4, count <= 17, from + count <= d.count else { return .none }
        let p = Int(d[from] &- 0x30) * 100 + Int(d[from + 1] &- 0x30) * 10 + Int(d[from + 2] &- 0x30)
        guard p < 1000 else { return .none }
        let region = PhoneMetadata.regions[r]
        let c = PhoneMetadata.table.utf8Start[region.table * 1000 + p]
        let index: Int
        switch c {
        case 0x30...0x39: index = Int(c - 0x30)
        case 0x41...0x5A: index = Int(c - 0x41) + 10
        default: index = Int(c &- 0x61) + 36
        }
        guard region.palette + index < PhoneMetadata.palette.count else { return .none }
        let entry = PhoneMetadata.palette[region.palette + index]
        let bit = UInt32(1) << UInt32(count)
        return Validity(phone: entry.phone & bit != 0, mobile: entry.mobile & bit != 0)
    }

    /// Validates the digits after `+` or `00`: a country calling code, then an NSN. A trunk `0` written after the
    /// country code ("+49 030 …", a common slip) is skipped where the plan has one.
    static func international(_ d: [UInt8]) -> (cc: Int, validity: Validity)? {
        guard d.count >= 7, d.count <= 17, d[0] != 0x30 else { return nil }
        var cc = 0
        for ccLen in 1...3 where d.count > ccLen {
            cc = cc * 10 + Int(d[ccLen - 1] - 0x30)
            guard let index = countryIndex(cc) else { continue }
            var from = ccLen
            if let r = regionByCountryCode[cc] {
                var v = validity(region: r, d, from: from, count: d.count - from)
                if !v.phone && d[from] == 0x30 && zeroTrunkRegions.contains(r) {
                    from += 1
                    v = validity(region: r, d, from: from, count: d.count - from)
                }
                return v.phone ? (cc, v) : nil
            }
            let n = d.count - from
            guard PhoneMetadata.countryLengths[index] & (UInt32(1) << UInt32(n)) != 0 else { return nil }
            return (cc, Validity(phone: true, mobile: false))
        }
        return nil
    }

    /// Whether the digits after `+` or `00` are a country calling code and an NSN of a length that code's plan has,
    /// whatever the NSN's start (libphonenumber's "possible", short of "valid"): for numbers whose written shape
    /// already says phone ("+49 (0) 7791 …", "+41 98 260 69 52"), where a range the tables lack (toll-free, new
    /// blocks) must not let the number through. A written trunk `0` after the code is skipped.
    static func possibleInternational(_ d: [UInt8]) -> Bool {
        guard d.count >= 8, d.count <= 17, d[0] != 0x30 else { return false }
        var cc = 0
        for ccLen in 1...3 where d.count > ccLen {
            cc = cc * 10 + Int(d[ccLen - 1] - 0x30)
            guard let index = countryIndex(cc) else { continue }
            let mask = PhoneMetadata.countryLengths[index]
            var from = ccLen
            if d[from] == 0x30, let r = regionByCountryCode[cc], zeroTrunkRegions.contains(r) { from += 1 }
            // No plan starts a national number with 0 after its trunk, nor a North American area code or exchange
            // with 0 or 1 ("+44 0000 000000", "+1 123 456 7890" are placeholders).
            guard from < d.count, d[from] != 0x30 else { return false }
            if cc == 1 && (d.count != 11 || d[1] < 0x32 || d[4] < 0x32) { return false }
            return mask & (UInt32(1) << UInt32(d.count - from)) != 0
        }
        return false
    }

    /// Classifies the digits after `+` or `00`: ``EntityType/cnMobile`` for +86 mobiles, else ``EntityType/phone``.
    static func classifyInternational(_ d: [UInt8]) -> EntityType? {
        if d.count == 13 && d[0] == 0x38 && d[1] == 0x36 && NumberRules.isCNMobile(d[2...]) { return .cnMobile }
        return international(d) == nil ? nil : .phone
    }

    /// Validates a number that starts with `0` as written inside a country: `0` + NSN where the trunk prefix is 0
    /// (most of Europe, GB, CN, JP, KR, TW, IN, AU …), or an NSN that itself starts with 0 (Italian fixed lines).
    static func nationalWithTrunk(_ d: [UInt8]) -> Validity {
        guard d.count >= 5, d[0] == 0x30, d[1] != 0x30 else { return .none }
        var out = nationalWithoutTrunk(d)
        for r in zeroTrunkRegions where !out.mobile {
            let v = validity(region: r, d, from: 1, count: d.count - 1)
            out.phone = out.phone || v.phone
            out.mobile = out.mobile || v.mobile
        }
        return out
    }

    /// Regions whose mobile numbers have ranges of their own (GB 07…, DE 015/016/017…, FR 06/07 …), so that a bare
    /// run of digits in one of them is a mobile number even without a label.
    static let bareMobileRegions: [Int] = PhoneMetadata.regions.indices.filter {
        let id = PhoneMetadata.regions[$0].id
        let code = String(
            decoding: UnsafeBufferPointer(start: id.utf8Start, count: id.utf8CodeUnitCount), as: UTF8.self)
        return ["GB", "DE", "FR", "NL", "BE", "AT", "CH", "JP", "KR", "AU", "TW", "IE", "SE"].contains(code)
    }

    /// Whether `0` + NSN is a mobile number in one of ``bareMobileRegions``.
    static func bareMobile(_ d: [UInt8]) -> Bool {
        guard d.count >= 5, d[0] == 0x30 else { return false }
        return bareMobileRegions.contains { validity(region: $0, d, from: 1, count: d.count - 1).mobile }
    }

    /// Whether `d` is a mobile NSN written without its trunk prefix in a country that has one, as Indian mobile
    /// numbers usually are ("98765 43210").
    static func mobileWithoutTrunk(_ d: [UInt8]) -> Bool {
        zeroTrunkRegions.contains { validity(region: $0, d, from: 0, count: d.count).mobile }
    }

    /// Validates a number written without a trunk prefix in a country that has none (IT, ES, PT, HK, DK, NO …).
    static func nationalWithoutTrunk(_ d: [UInt8]) -> Validity {
        var out = Validity.none
        for r in noTrunkRegions {
            let v = validity(region: r, d, from: 0, count: d.count)
            out.phone = out.phone || v.phone
            out.mobile = out.mobile || v.mobile
            if out.mobile { break }
        }
        return out
    }
}
