extension Scan {
    /// Finds the given names that stand in a list right before a person the scan found: "Guy und Lena Vogt sind
    /// auch da", "Penny, Ann Lee and Bo Chen: report due", "周平和王小明这周末值班".
    ///
    /// The scan reads left to right, so a name that is also a word ("Guy", "Mark", "Hope") or a Chinese name
    /// without a cue is only settled once the next item of its list has turned out to be a person; a list of that
    /// shape holds people. Runs once after the scan, over the persons it found, and costs nothing on text without
    /// them.
    mutating func joinListedNames() {
        var k = found.count - 1
        while k >= 0 {
            let person = found[k]
            let floor = k > 0 ? found[k - 1].end : 0
            guard person.type == .person, let name = listedNameBefore(person.start, floor: floor) else {
                k -= 1
                continue
            }
            found.insert(Found(type: .person, start: name.start, end: name.end), at: k)
            newNames.append(name.start..<name.end)
            // The name just found may itself follow another item of the list: stay at `k`.
        }
    }

    /// The given name that ends right before a list separator ending at `start`, or nil.
    func listedNameBefore(_ start: Int, floor: Int) -> (start: Int, end: Int)? {
        // 、 and 和 / 与 / 跟 between Chinese names.
        if start >= 3, at(start - 3) >= 0xE3 {
            let u = scalar3(start - 3)
            guard u == 0x3001 || u == 0x548C || u == 0x4E0E || u == 0x8DDF else { return nil }
            return chineseNameBefore(start - 3, floor: floor)
        }
        var s = start
        for separator: StaticString in [" and ", " und ", " et ", " & ", ", "]
        where start - separator.utf8CodeUnitCount >= floor
            && matchesExact(separator, at: start - separator.utf8CodeUnitCount)
        {
            s = start - separator.utf8CodeUnitCount
            break
        }
        guard s < start else { return nil }
        var w = s
        while w > floor, w > s - 24, ByteClass.isLetter(at(w - 1)) || at(w - 1) >= 0x80 { w -= 1 }
        guard w < s, w == 0 || !(ByteClass.isAlnum(at(w - 1)) || at(w - 1) == 0x2D || at(w - 1) == 0x2E),
            isCapitalizedWord(w, s)
        else { return nil }
        let f = flags(w, s)
        guard f.contains(.given) || f.contains(.ambiguous), !f.contains(.month), !f.contains(.title),
            !names.isAllowed(b, w, s), !placeOrBrand(w, s), !namesPlaceOrMonth(w, s), !namesAThing(w, s)
        else { return nil }
        // "Dank an Frau Anna und …" reaches the name through its title, and a place prefix ("rue", "Sankt") makes
        // the word part of a place.
        if afterPlacePrefix(w) { return nil }
        if let previous = previousWordHash(w), wordFlags(previous).contains(.beforePlace) { return nil }
        return (w, s)
    }

    /// A Chinese name of two or three characters ending at `end` (where a list separator stands), starting where
    /// a list item can: at the start of the text, after a line break, a space, punctuation or another separator.
    func chineseNameBefore(_ end: Int, floor: Int) -> (start: Int, end: Int)? {
        for length in [9, 6] {
            let p = end - length
            guard p >= floor else { continue }
            let before = p >= 3 ? scalar3(p - 3) : 0
            guard
                p == 0 || at(p - 1) < 0x80 || before == 0x3001 || before == 0xFF0C || before == 0xFF1A
                    || before == 0x3002 || before == 0xFF1B
            else { continue }
            // The given name of characters common in given names: 罗盘、梁柱 are things.
            guard publicNameEnd(at: p) == nil, let e = chineseName(at: p, requireSurname: true), e >= end,
                let given = surnameEnd(at: p), given < end, nameLikeCharacters(given, end), !namesChinesePlace(p, end),
                !everydayWordAt(p)
            else { continue }
            return (p, end)
        }
        return nil
    }
}
