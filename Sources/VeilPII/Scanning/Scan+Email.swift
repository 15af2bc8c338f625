/// E-mail: found at `@`, backtracking (bounded) over the local part and validating the domain's TLD.
extension Scan {
    static func isLocalChar(_ c: UInt8) -> Bool {
        ByteClass.isAlnum(c) || c == 0x2E || c == 0x5F || c == 0x25 || c == 0x2B || c == 0x2D
    }

    mutating func scanEmail(at i: Int) -> Int? {
        // Local part: at most 64 bytes back, never into a detection that may not be replaced.
        var s = i
        let floor = max(hardFloor, i - 64)
        while s > floor && Scan.isLocalChar(at(s - 1)) { s -= 1 }
        while s < i && (at(s) == 0x2E || at(s) == 0x2D) { s += 1 }
        guard s < i, at(i - 1) != 0x2E else { return nil }
        // Domain: labels of [A-Za-z0-9-], at least two, at most 253 bytes, last one a real TLD.
        var j = i + 1
        var lastLabelStart = j
        var labels = 0
        var end = -1
        let limit = min(n, i + 254)
        while j < limit {
            let labelStart = j
            while j < limit && (ByteClass.isAlnum(at(j)) || at(j) == 0x2D) { j += 1 }
            guard j > labelStart, at(labelStart) != 0x2D, at(j - 1) != 0x2D else { break }
            labels += 1
            lastLabelStart = labelStart
            end = j
            if at(j) == 0x2E && ByteClass.isAlnum(at(j + 1)) {
                j += 1
                continue
            }
            break
        }
        guard labels >= 2, end > lastLabelStart else { return nil }
        guard end - lastLabelStart <= 32 else { return nil }
        var h = NameLexicon.hashSeed
        for k in lastLabelStart..<end { h = NameLexicon.hashStep(h, ByteClass.lower(at(k))) }
        guard TopLevelDomains.hashes.lookup(h) != 0 else { return nil }
        emit(.email, s, end)
        return end
    }
}
