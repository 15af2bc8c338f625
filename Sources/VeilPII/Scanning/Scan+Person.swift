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
        var k = start
        while k < end {
            let c = b[k]
            if c >= 0xC3 && c <= 0xC5 && k + 1 < end {
                // Álvarez and álvarez, Łukasz and łukasz: one entry in the lexicon.
                h = NameLexicon.hashStep(NameLexicon.hashStep(h, c), NameLexicon.foldLatin(c, b[k + 1]))
                k += 2
                continue
            }
            h = NameLexicon.hashStep(h, ByteClass.lower(c))
            k += 1
        }
        return h
    }

    /// Whether an upper-case letter starts at `i`: ASCII, or a two-byte Latin-1 / Latin Extended-A capital (Á, Ö,
    /// Ł, Š), so that Álvarez, Émile and Łukasz are names like any other.
    @inline(__always) func isUpperLetter(_ i: Int) -> Bool {
        let c = at(i)
        if c < 0x80 { return ByteClass.isUpper(c) }
        return NameLexicon.isUpperLatin(c, at(i + 1))
    }

    /// Whether a lower-case letter starts at `i` (ASCII or two-byte Latin).
    @inline(__always) func isLowerLetter(_ i: Int) -> Bool {
        let c = at(i)
        if c < 0x80 { return ByteClass.isLower(c) }
        return c >= 0xC3 && c <= 0xC5 && at(i + 1) & 0xC0 == 0x80 && !NameLexicon.isUpperLatin(c, at(i + 1))
    }

    /// The byte length of the letter at `i` (1 for ASCII, 2 for two-byte Latin).
    @inline(__always) func letterLength(_ i: Int) -> Int { at(i) < 0x80 ? 1 : 2 }

    func flags(_ start: Int, _ end: Int) -> NameLexicon.Flags {
        guard end - start <= 24 else { return [] }
        return NameLexicon.flags(wordHash(start, end))
    }

    /// A capitalized name word: upper-case first letter, then at least one lower-case letter.
    func isCapitalizedWord(_ start: Int, _ end: Int) -> Bool {
        guard end - start >= 2, isUpperLetter(start), !ByteClass.isDigit(at(end)) else { return false }
        let next = start + letterLength(start)
        // O'Brien, D'Angelo
        if at(next) == 0x27 { return isUpperLetter(next + 1) && isLowerLetter(next + 1 + letterLength(next + 1)) }
        return isLowerLetter(next)
    }

    /// The end of a lower-case name particle at `i` followed by a space and a capital ("van", "de", "al" in
    /// Ludwig van Beethoven, Ana de Armas, Fatima al Amrani), or nil.
    func particleEnd(_ i: Int) -> Int? {
        var j = i
        // At most two in a row: "de la Cruz", "van der Berg".
        for _ in 0..<2 {
            guard ByteClass.isLower(at(j)) else { return nil }
            let we = wordEnd(j)
            guard we - j <= 4, at(we) == 0x20, NameLexicon.particles.contains(wordHash(j, we)) else { return nil }
            if isUpperLetter(we + 1) { return we + 1 }
            j = we + 1
        }
        return nil
    }

    /// Whether the word before `i` names a place rather than introducing a person: "San Diego", "Los Angeles",
    /// "Fort Worth", "St. Louis", "New Jersey".
    func afterPlacePrefix(_ i: Int) -> Bool {
        var e = i - 1
        guard at(e) == 0x20 else { return false }
        if at(e - 1) == 0x2E { e -= 1 }
        var s = e
        while s > 0 && (ByteClass.isLetter(at(s - 1)) || at(s - 1) >= 0x80) { s -= 1 }
        guard e - s >= 2, e - s <= 6 else { return false }
        return NameLexicon.placePrefixes.contains(wordHash(s, e))
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
            // Particles between name words: "Ludwig van Beethoven", "Fatima Zahra el Amrani".
            if end != nil, let next = particleEnd(j) {
                j = next
                continue
            }
            guard isUpperLetter(j) else { break }
            // Middle initial: "John F. Kennedy".
            if at(j + 1) == 0x2E && end != nil && at(j + 2) == 0x20 && isUpperLetter(j + 3) {
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
            guard at(we) == 0x20, isUpperLetter(we + 1) || particleEnd(we + 1) != nil else { break }
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
        let upper = isUpperLetter(i)
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
            if j > we, let end = nameWords(from: j, maxWords: 4) { return emitPerson(j, end) }
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
                if let end = nameWords(from: j, maxWords: 4) { return emitPerson(j, end) }
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
                if isUpperLetter(j), let end = nameWords(from: j, maxWords: 3, requireLexicon: true) {
                    return emitPerson(j, end)
                }
                // A greeting that addresses one word and ends there: "Hi Thandiwe,", "Thanks Bolat!". Names no
                // lexicon lists are caught in the one place where the sentence says it is a name.
                if f.contains(.weakCue), cue == nil, isUpperLetter(j) {
                    let e = wordEnd(j)
                    let c = at(e)
                    if isCapitalizedWord(j, e), c == 0x2C || c == 0x21 || c == 0x0A || e == n,
                        !flags(j, e).contains(.stop)
                    {
                        return emitPerson(j, e)
                    }
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
        guard isCapitalizedWord(i, we), !afterPlacePrefix(i), !NameLexicon.placePrefixes.contains(h) else { return nil }
        if f.contains(.given) && !f.contains(.ambiguous) && !(f.contains(.stop)) {
            var end = we
            if at(we) == 0x20, let more = nameWords(from: we + 1, maxWords: 3) { end = more }
            return emitPerson(i, end)
        }
        if f.contains(.given) || f.contains(.ambiguous) || f.contains(.pinyin) {
            // Needs a following capitalized surname ("Will Smith", "Zhang Wei").
            guard at(we) == 0x20, isUpperLetter(we + 1) else { return nil }
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
        if !f.contains(.stop), !sentenceStart(i), at(we) == 0x20 {
            // "with Ludwig van der Berg": particles may stand between.
            let s2 = particleEnd(we + 1) ?? (we + 1)
            guard isUpperLetter(s2) else { return nil }
            let e2 = wordEnd(s2)
            guard isCapitalizedWord(s2, e2), !ByteClass.isAlnum(at(e2)) else { return nil }
            let f2 = flags(s2, e2)
            if f2.contains(.surname) && !f2.contains(.stop) { return emitPerson(i, e2) }
        }
        return nil
    }
}
