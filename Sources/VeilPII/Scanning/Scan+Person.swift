/// PERSON: English cue phrases, titles, the given-name lexicon, and Chinese cues/honorifics with surnames.
extension Scan {
    /// An ASCII word: letters with internal apostrophes or hyphens (O'Brien, Mary-Jane).
    func wordEnd(_ i: Int) -> Int {
        var j = i
        while j < n {
            if ByteClass.isLetter(b[j]) {
                j += 1
            } else if b[j] >= 0xC3 && b[j] <= 0xC5 && j + 1 < n && b[j + 1] & 0xC0 == 0x80
                && !(b[j] == 0xC3 && (b[j + 1] == 0x97 || b[j + 1] == 0xB7))
            {
                // Latin-1 and Latin Extended-A letters (Müller, José, Łukasz), not × or ÷.
                j += 2
            } else if (b[j] == 0x27 || b[j] == 0x2D) && ByteClass.isLetter(at(j + 1)) && j > i {
                j += 1
            } else {
                break
            }
        }
        return j
    }

    func wordHash(_ start: Int, _ end: Int) -> UInt64 {
        var h = NameLexicon.hashSeed
        for k in start..<end { h = NameLexicon.hashStep(h, ByteClass.lower(b[k])) }
        return h
    }

    func flags(_ start: Int, _ end: Int) -> NameLexicon.Flags {
        guard end - start <= 24 else { return [] }
        return NameLexicon.flags(wordHash(start, end))
    }

    /// A capitalized name word: upper-case first letter, then at least one lower-case letter.
    func isCapitalizedWord(_ start: Int, _ end: Int) -> Bool {
        guard end - start >= 2, ByteClass.isUpper(at(start)), !ByteClass.isDigit(at(end)) else { return false }
        // O'Brien, D'Angelo
        if at(start + 1) == 0x27 { return ByteClass.isUpper(at(start + 2)) && ByteClass.isLower(at(start + 3)) }
        return ByteClass.isLower(at(start + 1)) || (at(start + 1) >= 0xC3 && at(start + 1) <= 0xC5)
    }

    /// Whether `i` starts a sentence (only spaces since a `.`/`!`/`?`/newline or the text start).
    func sentenceStart(_ i: Int) -> Bool {
        var j = i - 1
        while j >= 0 && j > i - 4 && at(j) == 0x20 { j -= 1 }
        let c = at(j)
        return j < 0 || c == 0x2E || c == 0x21 || c == 0x3F || c == 0x0A || c == 0x22 || c >= 0x80
    }

    /// Skips spaces/tabs (at most 3) and returns the next position.
    func skipSpaces(_ i: Int) -> Int {
        var j = i
        while j < i + 3 && (at(j) == 0x20 || at(j) == 0x09) { j += 1 }
        return j
    }

    /// Reads up to `maxWords` capitalized non-stop words (initials like `J.` allowed inside) from `i`.
    func nameWords(from i: Int, maxWords: Int, requireLexicon: Bool = false) -> Int? {
        var j = i
        var end: Int?
        var words = 0
        while words < maxWords {
            guard ByteClass.isUpper(at(j)) else { break }
            // Middle initial: "John F. Kennedy".
            if at(j + 1) == 0x2E && end != nil && at(j + 2) == 0x20 && ByteClass.isUpper(at(j + 3)) {
                j += 3
                continue
            }
            let we = wordEnd(j)
            guard isCapitalizedWord(j, we), !ByteClass.isAlnum(at(we)) else { break }
            let f = flags(j, we)
            if f.contains(.stop) && !f.contains(.given) { break }
            if requireLexicon && words == 0 && !f.contains(.given) && !f.contains(.ambiguous) { break }
            end = we
            words += 1
            guard at(we) == 0x20, ByteClass.isUpper(at(we + 1)) else { break }
            j = we + 1
        }
        return end
    }

    mutating func emitPerson(_ start: Int, _ end: Int) -> Int? {
        guard end > start else { return nil }
        if names.isAllowed(self, start, end) { return end }
        emit(.person, start, end)
        newNames.append(Array(b[start..<end]))
        return end
    }

    /// English person recognition at the word starting at `i`.
    mutating func scanPerson(at i: Int) -> Int? {
        if names.hasKnownNames, let end = names.match(self, at: i) {
            if names.isAllowed(self, i, end) { return end }
            emit(.person, i, end)
            return end
        }
        let we = wordEnd(i)
        let upper = ByteClass.isUpper(at(i))
        // Lower-case words matter only as cues, and no cue word is longer than 12 letters.
        guard we - i <= (upper ? 24 : 12) else { return nil }
        let h = wordHash(i, we)
        let f = NameLexicon.flags(h)
        if f.isEmpty && !upper { return nil }
        let cue = f.contains(.cue) ? NameLexicon.cueWords[h] : nil

        // Titles: Mr. / Dr / Prof + name words.
        if f.contains(.title) {
            var j = we
            if at(j) == 0x2E { j += 1 }
            j = skipSpaces(j)
            if j > we, let end = nameWords(from: j, maxWords: 3) { return emitPerson(j, end) }
        }
        // "my name is …", "name: …", "name is …"
        if let cue, cue != "i" && cue != "is" {
            var j = we
            var labelled = cue == "dear" || cue == "named"
            if at(j) == 0x3A || (at(j) == 0x2C && cue != "label" && cue != "name") {
                labelled = true
                j += 1
            } else if matchesExact(" is ", at: j) || matchesExact(" es ", at: j) {
                labelled = cue == "name"
                j += 3
            } else if matchesExact(" was ", at: j) || matchesExact(" ist ", at: j) {
                labelled = cue == "name"
                j += 4
            } else if cue == "signed" && matchesExact(" by ", at: j) {
                labelled = true
                j += 3
            }
            if labelled {
                j = skipSpaces(j)
                if at(j) >= 0xE4 && at(j) <= 0xE9 {
                    if let end = chineseName(at: j, requireSurname: false) { return emitPerson(j, end) }
                    return nil
                }
                if let end = nameWords(from: j, maxWords: 3) { return emitPerson(j, end) }
                // Lower-case but known given name: "my name is john smith".
                let e1 = wordEnd(j)
                if e1 > j, flags(j, e1).contains(.given) {
                    var end = e1
                    if at(e1) == 0x20 {
                        let e2 = wordEnd(e1 + 1)
                        if e2 > e1 + 1, flags(e1 + 1, e2).contains(.surname) { end = e2 }
                    }
                    return emitPerson(j, end)
                }
            }
        }
        // Weak cues: "Hi Grace", "I'm Will", "I am Sarah", "this is Bill".
        if f.contains(.weakCue) || cue == "i" || cue == "is" {
            var j = we
            if cue == "i" {
                if matchesExact(" am ", at: j) {
                    j += 4
                } else if matchesExact("'m ", at: j) {
                    j += 3
                } else {
                    j = -1
                }
            } else if at(j) == 0x2C || at(j) == 0x3A {
                j += 1
            }
            if j > 0 {
                j = skipSpaces(j)
                if ByteClass.isUpper(at(j)), let end = nameWords(from: j, maxWords: 3, requireLexicon: true) {
                    return emitPerson(j, end)
                }
            }
        }
        // Sign-offs: "Regards,\nAnna Lee".
        if f.contains(.closing) {
            var j = we
            if at(j) == 0x2C || at(j) == 0x21 { j += 1 }
            j = skipSpaces(j)
            if at(j) == 0x0D { j += 1 }
            if at(j) == 0x0A {
                j = skipSpaces(j + 1)
                if at(j) >= 0xE4 && at(j) <= 0xE9 {
                    if let end = chineseName(at: j, requireSurname: true) { return emitPerson(j, end) }
                    return nil
                }
                if let end = nameWords(from: j, maxWords: 3) { return emitPerson(j, end) }
            }
        }
        // Bare lexicon names.
        guard isCapitalizedWord(i, we) else { return nil }
        if f.contains(.given) && !f.contains(.ambiguous) && !(f.contains(.stop)) {
            var end = we
            if at(we) == 0x20, let more = nameWords(from: we + 1, maxWords: 2) { end = more }
            return emitPerson(i, end)
        }
        if f.contains(.given) || f.contains(.ambiguous) || f.contains(.pinyin) {
            // Needs a following capitalized surname ("Will Smith", "Zhang Wei").
            guard at(we) == 0x20, ByteClass.isUpper(at(we + 1)) else { return nil }
            let e2 = wordEnd(we + 1)
            guard isCapitalizedWord(we + 1, e2), !ByteClass.isAlnum(at(e2)) else { return nil }
            let f2 = flags(we + 1, e2)
            if f2.contains(.stop) { return nil }
            if f2.contains(.surname) || (f.contains(.pinyin) && e2 - we - 1 <= 9 && !f.contains(.stop)) {
                return emitPerson(i, e2)
            }
            return nil
        }
        // An unlisted capitalized word mid-sentence followed by a listed surname: "with Thaddeus Miller".
        if !f.contains(.stop), !sentenceStart(i), at(we) == 0x20, ByteClass.isUpper(at(we + 1)) {
            let e2 = wordEnd(we + 1)
            guard isCapitalizedWord(we + 1, e2), !ByteClass.isAlnum(at(e2)) else { return nil }
            let f2 = flags(we + 1, e2)
            if f2.contains(.surname) && !f2.contains(.stop) { return emitPerson(i, e2) }
        }
        return nil
    }
}
