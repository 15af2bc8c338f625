/// Hex-led recognizers: MAC addresses and IPv6.
extension Scan {
    /// MAC or IPv6 starting at `i` (a hex digit), tried only when a separator appears within five bytes.
    mutating func scanHexLed(at i: Int) -> Int? {
        guard i >= hexChainEnd else { return nil }
        var k = i
        while k < i + 5 && ByteClass.isHex(at(k)) { k += 1 }
        let sep = at(k)
        guard k > i, sep == 0x3A || sep == 0x2D || sep == 0x2E else { return nil }
        if let end = macEnd(at: i) {
            emit(.mac, i, end)
            return end
        }
        if sep == 0x3A { return scanIPv6(at: i) }
        return nil
    }

    func macEnd(at i: Int) -> Int? {
        let sep = at(i + 2)
        if sep == 0x3A || sep == 0x2D {
            var j = i
            for g in 0..<6 {
                guard ByteClass.isHex(at(j)), ByteClass.isHex(at(j + 1)) else { return nil }
                j += 2
                if g < 5 {
                    guard at(j) == sep else { return nil }
                    j += 1
                }
            }
            guard !ByteClass.isAlnum(at(j)), !(at(j) == sep && ByteClass.isHex(at(j + 1))) else { return nil }
            return j
        }
        // Cisco style aabb.ccdd.eeff (needs a hex letter so plain dotted numbers are not read as MACs).
        guard at(i + 4) == 0x2E else { return nil }
        var j = i
        var letter = false
        for g in 0..<3 {
            for _ in 0..<4 {
                guard ByteClass.isHex(at(j)) else { return nil }
                if ByteClass.isLetter(at(j)) { letter = true }
                j += 1
            }
            if g < 2 {
                guard at(j) == 0x2E else { return nil }
                j += 1
            }
        }
        guard letter, !ByteClass.isAlnum(at(j)), !(at(j) == 0x2E && ByteClass.isAlnum(at(j + 1))) else { return nil }
        return j
    }

    /// RFC 4291 text form: eight groups, or fewer with one `::`, optionally ending in a dotted quad.
    mutating func scanIPv6(at i: Int) -> Int? {
        guard i >= hexChainEnd else { return nil }
        var j = i
        var groups = 0
        var doubleColon = false
        var hasDigit = false
        if at(j) == 0x3A {
            guard at(j + 1) == 0x3A else { return nil }
            doubleColon = true
            j += 2
        }
        while groups < 9 {
            let gs = j
            while ByteClass.isHex(at(j)) && j - gs < 5 {
                if ByteClass.isDigit(at(j)) { hasDigit = true }
                j += 1
            }
            let len = j - gs
            if len == 0 { break }
            guard len <= 4 else { return nil }
            if at(j) == 0x2E && ByteClass.isDigit(at(j + 1)) && groups <= 6 && (doubleColon || groups == 6),
                let end = NumberRules.ipv4End(b, from: gs)
            {
                groups += 2
                j = end
                break
            }
            groups += 1
            if at(j) == 0x3A {
                if at(j + 1) == 0x3A {
                    if doubleColon { return nil }
                    doubleColon = true
                    j += 2
                    continue
                }
                if ByteClass.isHex(at(j + 1)) {
                    j += 1
                    continue
                }
            }
            break
        }
        if groups >= 9 {
            // Longer than any address: skip the rest of the chain instead of re-reading it from each group.
            while ByteClass.isHex(at(j)) || at(j) == 0x3A { j += 1 }
            hexChainEnd = j
            return nil
        }
        guard hasDigit, groups >= 1, doubleColon ? groups <= 7 : groups == 8 else { return nil }
        guard !ByteClass.isAlnum(at(j)) else { return nil }
        emit(.ipAddress, i, j)
        return j
    }
}
