/// PERSON: English cue phrases, titles, the given-name lexicon, and Chinese cues/honorifics with surnames.
extension Scan {
    /// An ASCII word: letters with internal apostrophes or hyphens (O'Brien, Mary-Jane).
    func wordEnd(_ i: Int) -> Int { wordEndAndHash(i).end }

    /// ``wordEnd(_:)`` and ``wordHash(_:_:)`` of the word it ends, in one pass: every word the loop hands to
    /// ``scanPerson(at:)`` is read both ways (inlined, so that ``wordEnd(_:)`` computes no hash). The hash steps are
    /// wordHash's, token by token: a letter, a two-byte Latin letter, an apostrophe or hyphen, a typographic
    /// apostrophe.
    @inline(__always) func wordEndAndHash(_ i: Int) -> (end: Int, hash: UInt64) {
        var h = NameLexicon.hashSeed
        var j = i
        // No name is longer than 24 bytes: a longer run (O'O'O'…) is read no further, so that a scan started at each
        // of its letters stays bounded.
        let limit = min(n, i + 48)
        while j < limit {
            if ByteClass.isLetter(b[j]) {
                h = NameLexicon.hashStep(h, ByteClass.lower(b[j]))
                j += 1
            } else if b[j] >= 0xC3 && b[j] <= 0xC5 && j + 1 < n && b[j + 1] & 0xC0 == 0x80
                && !(b[j] == 0xC3 && (b[j + 1] == 0x97 || b[j + 1] == 0xB7))
            {
                // Latin-1 and Latin Extended-A letters (Müller, José, Łukasz), not × or ÷.
                h = NameLexicon.hashStep(NameLexicon.hashStep(h, b[j]), NameLexicon.foldLatin(b[j], b[j + 1]))
                j += 2
            } else if (b[j] == 0x27 || b[j] == 0x2D) && (ByteClass.isLetter(at(j + 1)) || isUpperLetter(j + 1))
                && j > i
            {
                // A possessive ending is not part of the word: Diana's class is Diana.
                if b[j] == 0x27 && (at(j + 1) | 0x20) == 0x73 && !ByteClass.isLetter(at(j + 2)) { break }
                h = NameLexicon.hashStep(h, b[j])
                j += 1
            } else if b[j] == 0xE2 && at(j + 1) == 0x80 && at(j + 2) == 0x99 && ByteClass.isLetter(at(j + 3)) && j > i {
                // The typographic apostrophe of d’Arcy, m’appelle, I’m, Charles’s.
                if (at(j + 3) | 0x20) == 0x73 && !ByteClass.isLetter(at(j + 4)) { break }
                h = NameLexicon.hashStep(h, 0x27)
                j += 3
            } else {
                break
            }
        }
        return (j, h)
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
            if c == 0xE2 && k + 2 < end {
                // m’appelle is m'appelle.
                h = NameLexicon.hashStep(h, 0x27)
                k += 3
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
        let h = wordHash(start, end)
        let f = wordFlagsWithNicknames(h)
        if f.isEmpty && reduplicatedName(start, end, h) { return .given }
        return f.isEmpty && hasHyphen(start, end) ? hyphenatedFlags(start, end) : f
    }

    /// Whether the unlisted word `start..<end` (hash `h`) repeats one syllable of two or three letters: Jojo,
    /// Loulou, Cricri, jéjé — the way French and German chat shortens a given name, any given name, so no list of
    /// short forms has them all. The everyday words of that shape (Papa, Bonbon, Haha, meme) are
    /// ``Scan/reduplicatedWords``.
    func reduplicatedName(_ start: Int, _ end: Int, _ h: UInt64) -> Bool {
        let length = end - start
        guard length >= 4, length <= 8, length & 1 == 0, ByteClass.isLetter(at(start)) else { return false }
        let half = length / 2
        // The first letter may be capitalized ("Jojo"), the second half never is.
        guard at(start) | 0x20 == at(start + half) else { return false }
        var letters = 0
        var vowel = false
        for k in 1..<half {
            let c = b[start + k]
            guard c == b[start + half + k], ByteClass.isLetter(c) || c >= 0x80 else { return false }
            // A continuation byte is part of the letter before it; any accented letter is a vowel here (é, ou).
            if c < 0x80 || c >= 0xC0 { letters += 1 }
            if c >= 0x80 || Scan.isVowel(c) { vowel = true }
        }
        // One letter, then one or two more: "Kiki", "Loulou"; not "couscous".
        guard letters >= 1, letters <= 2, vowel || Scan.isVowel(at(start) | 0x20) else { return false }
        return !Scan.reduplicatedWords.contains(h)
    }

    @inline(__always) static func isVowel(_ c: UInt8) -> Bool {
        switch c {
        case 0x61, 0x65, 0x69, 0x6F, 0x75, 0x79: return true
        default: return false
        }
    }

    /// The greetings proper among the weak cues, after which a short form that is also a word is a name when the
    /// greeting opens the message ("hey pip", "slt nono").
    static let greetings = KeySet(
        ["hi", "hiya", "heya", "hello", "hey", "oi", "hallo", "moin", "servus", "salut", "slt", "coucou"].map {
            NameLexicon.hash(Substring($0))
        })

    /// The second word after a pair conjunction at `we` (" et ", " and ", " und "), when a lower-case word of three
    /// to eight letters follows it and then a space.
    func lowerCasePairAfter(_ we: Int) -> (Int, Int)? {
        var s2 = we
        if matchesExact(" et ", at: we) {
            s2 = we + 4
        } else if matchesExact(" and ", at: we) || matchesExact(" und ", at: we) {
            s2 = we + 5
        } else {
            return nil
        }
        guard isLowerLetter(s2) else { return nil }
        let e2 = wordEnd(s2)
        guard e2 - s2 >= 3, e2 - s2 <= 8, at(e2) == 0x20 else { return nil }
        return (s2, e2)
    }

    /// Whether the lower-case word `i..<we` is a given name or short form no word shares, or a repeated syllable
    /// (``reduplicatedName(_:_:_:)``).
    func lowerCaseShortForm(_ i: Int, _ we: Int, _ h: UInt64) -> Bool {
        let f = wordFlagsWithNicknames(h)
        if f.contains(.given) { return f.isDisjoint(with: NameLexicon.notLowerCaseName) }
        return f.isEmpty && reduplicatedName(i, we, h)
    }

    /// Thanks that open a message, after which a lower-case name closed by a comma is the one thanked.
    static let thanks = KeySet(
        ["thx", "thanks", "thnx", "merci", "danke"].map { NameLexicon.hash(Substring($0)) })

    /// Role nouns after which a capitalized given name is the person in that role ("landlord Hunter", "Hausmeisterin
    /// Gabi", "la gardienne Olive"): people one deals with at home, at work and at school.
    static let roleNouns = KeySet(
        """
        landlord landlady caretaker janitor neighbour neighbor plumber electrician handyman builder mechanic gardener \
        cleaner nanny babysitter tutor coach trainer instructor teacher nurse dentist vet therapist receptionist \
        secretary intern colleague coworker roommate flatmate housemate boss supervisor accountant lawyer courier \
        concierge hairdresser barber physio postman \
        vermieter vermieterin hausmeister hausmeisterin nachbar nachbarin kollege kollegin chef chefin lehrer \
        lehrerin trainerin erzieher erzieherin friseur friseurin mitbewohner mitbewohnerin handwerker \
        voisin voisine collègue gardien gardienne propriétaire proprio plombier électricien nounou baby-sitter \
        coiffeur coiffeuse colocataire coloc stagiaire facteur
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { NameLexicon.hash(Substring($0)) })

    /// Whether the word right before `i` is one of ``roleNouns``.
    func roleNounBefore(_ i: Int) -> Bool {
        guard let prev = previousWordHash(i) else { return false }
        return Scan.roleNouns.contains(prev)
    }

    /// Everyday words of English, German and French that repeat a syllable (see ``reduplicatedName(_:_:_:)``):
    /// family words (papa, tata, tonton), children's words (dodo, pipi, bobo), laughter and kisses (haha, xoxo),
    /// things (bonbon, yoyo, tutu, tamtam) and brands or figures (Tintin, TomTom, Coco).
    static let reduplicatedWords = KeySet(
        """
        papa mama mami tata tonton toutou mémé pépé bébé bebe nounou nana dada baba gaga lala dodo pipi popo caca kaka \
        wiwi zizi bobo tutu fufu yoyo bonbon tamtam tomtom tintin coco chichi cancan dindin zozo cucu gogo haha \
        hehe hihi hoho huhu xoxo jaja soso tete pepe meme murmur tartar booboo byebye pawpaw dumdum bulbul tuktuk \
        pompom ouioui wauwau kuku dudu pupu mumu mimi nene
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { NameLexicon.hash(Substring($0)) })

    @inline(__always) func hasHyphen(_ start: Int, _ end: Int) -> Bool {
        var k = start + 1
        while k < end {
            if b[k] == 0x2D { return true }
            k += 1
        }
        return false
    }

    /// The flags of an unlisted hyphenated word from its parts: given names joined (Jean-Luc, Hans-Peter,
    /// Marie-Claire, Anne-Sophie) are a given name, surnames joined (Müller-Lüdenscheidt) a surname.
    func hyphenatedFlags(_ start: Int, _ end: Int) -> NameLexicon.Flags {
        var parts = 0
        var given = true
        var surname = true
        // A first part that is also a word ("Lea", "Rose") is a given name when a later part is one for certain:
        // Lea-Sophie, Rose-Marie.
        var firstAmbiguous = false
        var laterGiven = false
        var lastIsName = false
        var s = start
        var k = start
        while k <= end {
            if k == end || b[k] == 0x2D {
                guard k - s >= 2, isUpperLetter(s) else { return [] }
                let f = wordFlags(wordHash(s, k))
                if f.contains(.stop) { return [] }
                // The first part a listed given name, the others any capitalized word: Marie-Ève, Jean-Baptiste.
                if parts == 0 {
                    firstAmbiguous = f.contains(.ambiguous)
                    given = f.contains(.given) || firstAmbiguous
                } else {
                    given = given && isLowerLetter(s + letterLength(s))
                    laterGiven = laterGiven || (f.contains(.given) && !f.contains(.ambiguous))
                }
                surname = surname && f.contains(.surname)
                lastIsName = !f.isDisjoint(with: [.given, .surname])
                parts += 1
                s = k + 1
            }
            k += 1
        }
        // Sophie-Scholl-Schule, Konrad-Adenauer-Straße: a name and a noun that is none, a place named after someone.
        guard parts >= 2, parts == 2 || lastIsName else { return [] }
        if firstAmbiguous && !laterGiven { given = false }
        return given ? .given : surname ? .surname : []
    }

    /// A capitalized name word: upper-case first letter, then at least one lower-case letter.
    func isCapitalizedWord(_ start: Int, _ end: Int) -> Bool {
        guard end - start >= 2, isUpperLetter(start), !ByteClass.isDigit(at(end)) else { return false }
        let next = start + letterLength(start)
        // O'Brien, D'Angelo
        if at(next) == 0x27 { return isUpperLetter(next + 1) && isLowerLetter(next + 1 + letterLength(next + 1)) }
        if at(next) == 0xE2 && at(next + 1) == 0x80 && at(next + 2) == 0x99 {
            return isUpperLetter(next + 3) && isLowerLetter(next + 3 + letterLength(next + 3))
        }
        return isLowerLetter(next)
    }

    /// The end of a lower-case name particle at `i` followed by a space and a capital ("van", "de", "al" in
    /// Ludwig van Beethoven, Ana de Armas, Fatima al Amrani), or nil.
    func particleEnd(_ i: Int, capitalized: Bool = false) -> Int? {
        // d'Arcy, d’Estaing: the particle is glued to the name.
        if at(i) == 0x64 && at(i + 1) == 0x27 && isUpperLetter(i + 2) { return i + 2 }
        if at(i) == 0x64 && at(i + 1) == 0xE2 && at(i + 2) == 0x80 && at(i + 3) == 0x99 && isUpperLetter(i + 4) {
            return i + 4
        }
        var j = i
        // At most three in a row: "de la Cruz", "van der Berg", "von und zu Guttenberg".
        for _ in 0..<3 {
            // "Anne-Sophie Le Goff", "Jean De La Fontaine": after a name word a particle may be capitalized.
            guard ByteClass.isLower(at(j)) || (capitalized && ByteClass.isUpper(at(j))) else { return nil }
            let we = wordEnd(j)
            let h = wordHash(j, we)
            guard we - j <= 4, at(we) == 0x20, NameLexicon.particles.contains(h) else { return nil }
            // German articles and "und" are particles only after another ("van der Berg", "von und zu"): alone,
            // "Anna das Buch", "Müller den Kuchen" are a name and the nouns after it.
            if j == i, NameLexicon.secondParticles.contains(h) { return nil }
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
        if j < 0 || c == 0x2E || c == 0x21 || c == 0x3F || c == 0x0A || c == 0x22 { return true }
        // After Chinese text (an ideograph or 。) a Latin word starts afresh; after a dash or a quote mark it does not.
        return c >= 0x80 && j >= 2 && (at(j - 2) >= 0xE4 && at(j - 2) <= 0xE9 || scalar3(j - 2) == 0x3002)
    }

    /// Whether `start..<end` is a family name of the O'Brien, D'Souza, N'Diaye kind (one capital, an apostrophe,
    /// a capital): a surname by its form, listed or not.
    func apostropheSurname(_ start: Int, _ end: Int) -> Bool {
        guard end - start >= 4, ByteClass.isUpper(at(start)) else { return false }
        if at(start + 1) == 0x27 { return ByteClass.isUpper(at(start + 2)) }
        return at(start + 1) == 0xE2 && at(start + 2) == 0x80 && at(start + 3) == 0x99 && isUpperLetter(start + 4)
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
            if end != nil, let next = particleEnd(j, capitalized: true) {
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

    /// The end of a colon written after a space, a no-break space or a narrow no-break space at `j` (French
    /// typography puts one before ':'), or nil.
    func spacedColonEnd(_ j: Int) -> Int? {
        if at(j) == 0x20 && at(j + 1) == 0x3A { return j + 2 }
        if at(j) == 0xC2 && at(j + 1) == 0xA0 && at(j + 2) == 0x3A { return j + 3 }
        if at(j) == 0xE2 && at(j + 1) == 0x80 && at(j + 2) == 0xAF && at(j + 3) == 0x3A { return j + 4 }
        return nil
    }

    /// Whether the word at `i` continues a list whose previous item was found as a person ("Anna, Ben and …",
    /// "Marie, Paul et …").
    func listContinues(_ i: Int) -> Bool {
        guard let last = found.last, last.type == .person else { return false }
        let gap = i - last.end
        if gap == 2 { return (at(last.end) == 0x2C || at(last.end) == 0x3B) && at(last.end + 1) == 0x20 }
        if gap == 3, matchesExact(" ; ", at: last.end) { return true }
        return matchesExact(" and ", at: last.end) && gap == 5 || matchesExact(" et ", at: last.end) && gap == 4
            || matchesExact(" und ", at: last.end) && gap == 5 || matchesExact(", and ", at: last.end) && gap == 6
            || matchesExact(", puis ", at: last.end) && gap == 7 || matchesExact(", then ", at: last.end) && gap == 7
            || matchesExact(", dann ", at: last.end) && gap == 7
    }

    /// Whether a list item ends at `k`: the text, its line, or its sentence (a full stop before a space) ends there.
    func itemEnds(at k: Int) -> Bool {
        if k >= n || at(k) == 0x0A || at(k) == 0x0D { return true }
        return at(k) == 0x2E && (k + 1 >= n || at(k + 1) == 0x20 || at(k + 1) == 0x0A)
    }

    /// Whether a word that opens a reported clause starts at `k`: whether, that, dass, ob, que, qu'.
    func complementizerAt(_ k: Int) -> Bool {
        for word: StaticString in ["whether ", "that ", "dass ", "ob ", "que ", "qu'", "qu\u{2019}"]
        where matchesExact(word, at: k) {
            return true
        }
        return false
    }

    /// Where the addressee's name starts after "c/o" or "à l'attention de" at `i`, or nil.
    func addresseeStart(_ i: Int) -> Int? {
        if at(i) | 0x20 == 0x63, at(i + 1) == 0x2F, at(i + 2) | 0x20 == 0x6F, at(i + 3) == 0x20 { return i + 4 }
        var k = i
        if at(k) | 0x20 == 0x6C, at(k + 1) == 0x27 || (at(k + 1) == 0xE2 && at(k + 2) == 0x80 && at(k + 3) == 0x99) {
            k += at(k + 1) == 0x27 ? 2 : 4
        }
        if at(k) | 0x20 == 0x61, matchesExact("ttention de ", at: k + 1) { return k + 13 }
        return nil
    }

    /// Whether the word `i..<we` is addressed: after a comma and closing the sentence with `?` or `!`.
    func vocative(_ i: Int, _ we: Int) -> Bool {
        at(i - 2) == 0x2C && at(i - 1) == 0x20 && (at(we) == 0x3F || at(we) == 0x21)
    }

    /// The hash of the word before `i` (one space between), or nil.
    func previousWordHash(_ i: Int) -> UInt64? {
        guard at(i - 1) == 0x20 else { return nil }
        var s = i - 1
        while s > 0 && s > i - 14 && (ByteClass.isLetter(at(s - 1)) || at(s - 1) >= 0x80) { s -= 1 }
        guard s < i - 1 else { return nil }
        return wordHash(s, i - 1)
    }

    /// Whether the sentence around `i` began in lower case, as chat typed without capitals does ("omg lena hat
    /// geschrieben"); in edited text a lower-case word is a word even if a name list has it ("dann", "son").
    func lowerCaseSentence(_ i: Int) -> Bool {
        var j = i - 1
        var first = i
        while j >= 0 && j > i - 120 {
            let c = b[j]
            if c == 0x0A || ((c == 0x2E || c == 0x21 || c == 0x3F) && (at(j + 1) == 0x20 || at(j + 1) == 0x0A)) {
                // "Nr. 12 kam …", "Tel. 0171 …": the full stop of a short capitalized abbreviation ends no sentence.
                var s = j
                while s > 0 && s > j - 4 && ByteClass.isLetter(at(s - 1)) { s -= 1 }
                guard c == 0x2E, j - s >= 1, j - s <= 3, ByteClass.isUpper(at(s)), !ByteClass.isLetter(at(s - 1)) else {
                    break
                }
            }
            if ByteClass.isLetter(c) { first = j }
            j -= 1
        }
        return !ByteClass.isUpper(at(first))
    }

    @inline(__always) func digitAfter(_ we: Int) -> Bool { at(we) == 0x20 && ByteClass.isDigit(at(we + 1)) }

    @inline(__always) func digitBefore(_ i: Int) -> Bool {
        guard at(i - 1) == 0x20 else { return false }
        if ByteClass.isDigit(at(i - 2)) || (at(i - 2) == 0x2E && ByteClass.isDigit(at(i - 3))) { return true }
        // An English ordinal: "6th Jan", "the 21st of May".
        let s1 = at(i - 3) | 0x20
        let s2 = at(i - 2) | 0x20
        let ordinal =
            (s1 == 0x74 && s2 == 0x68) || (s1 == 0x73 && s2 == 0x74) || (s1 == 0x6E && s2 == 0x64)
            || (s1 == 0x72 && s2 == 0x64)
        return ordinal && ByteClass.isDigit(at(i - 4))
    }

    /// Whether a word that commonly follows a person's name as its verb comes next ("Pierre a appelé", "Richard
    /// est en congé", "Ernst hat angerufen"): a name spelled like a French or German word then starts the sentence.
    func verbAfter(_ we: Int) -> Bool {
        guard at(we) == 0x20, ByteClass.isLower(at(we + 1)) else { return false }
        let e = wordEnd(we + 1)
        return wordFlags(wordHash(we + 1, e)).contains(.verbAfterName)
    }

    /// The hash of `start..<end` as a lower-case phrase, hyphens read as spaces (Clermont-Ferrand is clermont
    /// ferrand), in ``NameLexicon/hash(_:)``'s terms.
    func phraseHash(_ start: Int, _ end: Int) -> UInt64 {
        phraseHash(continuing: NameLexicon.hashSeed, from: start, to: end)
    }

    /// ``phraseHash(_:_:)`` of `start..<end`, given `h`, that of `start..<mid`: the bytes before `mid` are not read
    /// again (the phrases that begin with a name are hashed one after another).
    @inline(__always) func phraseHash(_ start: Int, _ end: Int, after mid: Int, _ h: UInt64) -> UInt64 {
        let c = at(mid - 1)
        // A two-byte letter's lead right before `mid` was hashed alone; read on, it is folded with the byte after.
        guard c < 0xC3 || c > 0xC5 else { return phraseHash(start, end) }
        return phraseHash(continuing: h, from: mid, to: end)
    }

    @inline(__always) func phraseHash(continuing seed: UInt64, from start: Int, to end: Int) -> UInt64 {
        var h = seed
        var k = start
        while k < end {
            let c = b[k]
            if c >= 0xC3 && c <= 0xC5 && k + 1 < end {
                h = NameLexicon.hashStep(NameLexicon.hashStep(h, c), NameLexicon.foldLatin(c, b[k + 1]))
                k += 2
                continue
            }
            h = NameLexicon.hashStep(h, c == 0x2D ? 0x20 : ByteClass.lower(c))
            k += 1
        }
        return h
    }

    /// The start of the word before `i` (one space between), or nil.
    func previousWordStart(_ i: Int) -> Int? {
        guard at(i - 1) == 0x20 else { return nil }
        var s = i - 1
        // "Marks & Spencer": the ampersand joins the words of a brand.
        if at(s - 1) == 0x26 && at(s - 2) == 0x20 { s -= 2 }
        let end = s
        // "Dr. Oetker": an abbreviation's full stop belongs to the word.
        if at(s - 1) == 0x2E && ByteClass.isLetter(at(s - 2)) { s -= 1 }
        while s > 0 && s > i - 30 && (ByteClass.isLetter(at(s - 1)) || at(s - 1) >= 0x80) { s -= 1 }
        return s < end ? s : nil
    }

    /// Whether `start..<end` names a town or a brand rather than a person: a town of several words, a one-word town
    /// after a preposition of place, or a brand alone or with the word before ("Trader Joe's") or after.
    func placeOrBrand(_ start: Int, _ end: Int) -> Bool {
        @inline(__always) func named(_ h: UInt64) -> Bool { scratch.namedPhrases.contains(h) }
        let h = phraseHash(start, end)
        var multiword = b[start] >= 0xE0
        for k in start..<end where b[k] == 0x20 || b[k] == 0x2D {
            multiword = true
            break
        }
        if named(h) && multiword { return true }
        let prev = previousWordStart(start)
        if let prev, named(phraseHash(prev, end)) { return true }
        // A car model named like a person after its maker: "Renault Zoé", "Opel Vivaro".
        if let prev, Scan.carMakers.contains(wordHash(prev, start - 1)) { return true }
        // A title of up to four words that ends with the name: "Romeo and Juliet", "Educating Rita".
        if let prev, var earlier = previousWordStart(prev) {
            for _ in 0..<2 {
                if named(phraseHash(earlier, end)) { return true }
                guard let next = previousWordStart(earlier) else { break }
                earlier = next
            }
        }
        // A brand that begins before the name and ends inside it ("Dr. Oetker Backpulver"), or begins inside it and
        // ends after it ("Will John Lewis price-match …" read as "Will John").
        let firstEnd = wordEnd(start)
        if let prev, firstEnd < end, named(phraseHash(prev, firstEnd)) { return true }
        // A brand of two words that the name goes on from: "Johnnie Walker Black".
        if firstEnd < end, at(firstEnd) == 0x20 {
            let secondEnd = wordEnd(firstEnd + 1)
            if secondEnd < end, named(phraseHash(start, secondEnd)) { return true }
        }
        // The phrases below begin with the name: their hashes go on from the name's.
        // A brand in the possessive, alone or with its next word: "Wendy's", "Luigi's Mansion".
        if at(end) == 0x27 && at(end + 1) == 0x73 {
            if named(phraseHash(start, end + 2, after: end, h)) { return true }
            if at(end + 2) == 0x20, isUpperLetter(end + 3), named(phraseHash(start, wordEnd(end + 3), after: end, h)) {
                return true
            }
        }
        if at(end) == 0x20 {
            let e2 = wordEnd(end + 1)
            let h2 = phraseHash(start, e2, after: end, h)
            if e2 > end + 1, named(h2) { return true }
            // Joined by an ampersand: "Ben & Jerry's", "Marks & Spencer".
            if at(end + 1) == 0x26, at(end + 2) == 0x20 {
                let e3 = wordEnd(end + 3)
                if e3 > end + 3 {
                    let h3 = phraseHash(start, e3, after: end, h)
                    if named(h3) || (at(e3) == 0x27 && named(phraseHash(start, e3 + 2, after: e3, h3))) { return true }
                }
            }
            // A title of up to four words that begins with the name: "Emil und die Detektive", "Tom and Jerry".
            var e = e2
            var he = h2
            for _ in 0..<2 where e > end + 1 && at(e) == 0x20 {
                let next = wordEnd(e + 1)
                guard next > e + 1 else { break }
                he = phraseHash(start, next, after: e, he)
                if named(he) { return true }
                e = next
            }
            var last = start
            for k in start..<end where b[k] == 0x20 { last = k + 1 }
            if last > start, e2 > end + 1, named(phraseHash(last, e2)) { return true }
        }
        guard named(h), let prev else { return false }
        return wordFlags(wordHash(prev, start - 1)).contains(.placePreposition)
    }

    /// Car makers whose models carry given names (see ``placeOrBrand(_:_:)``).
    static let carMakers = KeySet(
        [
            "renault", "peugeot", "citroën", "citroen", "opel", "vauxhall", "fiat", "nissan", "toyota", "honda",
            "hyundai", "kia", "dacia", "skoda", "škoda", "chevrolet", "volkswagen", "vw",
        ].map { NameLexicon.hash(Substring($0)) })

    /// Whether the capitalized word at `j` is a listed surname that is not also a stop word.
    func nextIsSurname(_ j: Int) -> Bool {
        let e = wordEnd(j)
        let f = flags(j, e)
        return f.contains(.surname) && !f.contains(.stop)
    }

    /// Whether the name `start..<end` is the name of a street, a building or a month rather than a person: a
    /// capitalized place word follows it or ends it ("Elizabeth Street", "Martin Luther King Jr. Blvd"), or it is
    /// one month name next to a day or after a word that takes a month ("June 9", "im Juli", "in April").
    func namesPlaceOrMonth(_ start: Int, _ end: Int) -> Bool {
        var j = end
        if at(j) == 0x2E { j += 1 }
        if at(j) == 0x20, isUpperLetter(j + 1) {
            let e = wordEnd(j + 1)
            if NameLexicon.afterPlaceWords.contains(wordHash(j + 1, e)) { return true }
        }
        var last = start
        for k in start..<end where b[k] == 0x20 { last = k + 1 }
        // A last word that is also a surname ends a person's name ("Doris Day") unless the name is long enough to
        // be a place's ("George Washington Bridge").
        if last > start, NameLexicon.afterPlaceWords.contains(wordHash(last, end)) {
            var words = 1
            for k in start..<end where b[k] == 0x20 { words += 1 }
            if words >= 3 || !flags(last, end).contains(.surname) { return true }
        }
        let firstEnd = last == start ? end : wordEnd(start)
        guard flags(start, firstEnd).contains(.month) else { return false }
        if digitBefore(start) || (last == start && digitAfter(end)) { return true }
        guard let prev = previousWordHash(start) else { return false }
        return NameLexicon.monthContextWords.contains(prev)
    }

    /// Whether the name `start..<end` is part of the name of a thing rather than a person: after the English
    /// indefinite article ("a Roth IRA", "a Tom Collins": nobody says "a Sarah"; German "an" is a preposition and
    /// is not read), the first part of a hyphenated compound ("Karl-Marx-Stadt", "Georg-Büchner-Preis",
    /// "Klaus-Renft-Liedern"), a ruler or a character with an epithet or a number ("Friedrich den Großen", "Winnie
    /// the Pooh", "Henry VIII"), or an English title that goes on with "and the" ("Harry Potter and the Goblet of
    /// Fire"). German capitalizes every noun, so "an Anna und die Kinder" or "schick Günther den Link" prove nothing,
    /// and only listed epithets count after an article.
    func namesAThing(_ start: Int, _ end: Int) -> Bool {
        if at(start - 1) == 0x20 && at(start - 2) | 0x20 == 0x61 && !ByteClass.isLetter(at(start - 3)) {
            return true
        }
        if at(end) == 0x2D && (ByteClass.isLetter(at(end + 1)) || at(end + 1) >= 0xC3) { return true }
        guard at(end) == 0x20 else { return false }
        if matchesExact("and the ", at: end + 1) && isUpperLetter(end + 9) { return true }
        // A ruler or a pope by number: Henry VIII, Louis XIV, Ludwig II (one "I" is too often the pronoun).
        var k = end + 1
        while at(k) == 0x49 || at(k) == 0x56 || at(k) == 0x58 { k += 1 }
        if k - end - 1 >= 2 && k - end - 1 <= 5 && !ByteClass.isAlnum(at(k)) && at(k) < 0x80 { return true }
        for article in Scan.epithetArticles where matchesExact(article, at: end + 1) {
            let s = end + 1 + article.utf8CodeUnitCount
            let e = wordEnd(s)
            if e > s, isUpperLetter(s), NameLexicon.epithets.contains(wordHash(s, e)) { return true }
        }
        return false
    }

    /// Whether a Chinese name-shaped run is an everyday word or (the first part of) a place: 丁蜀镇, 何家村, 王府井街,
    /// 钱塘湖. A place word followed by 长 is a title (王伟镇长 is the mayor), and 市场 is a word of its own.
    func namesChinesePlace(_ start: Int, _ end: Int) -> Bool {
        guard at(start) >= 0xE4 && at(start) <= 0xE9, end > start else { return false }
        // An everyday word is no name wherever it stands (“杨树”的英文, 吃叫花鸡).
        if NameLexicon.commonWords.contains(UInt64(scalar3(start)) << 32 | UInt64(scalar3(start + 3))) { return true }
        // 丁蜀镇 read whole: the place word is its last character.
        if end - start >= 6, Scan.chinesePlaceSuffixes.contains(scalar3(end - 3)), scalar3(end) != 0x957F {
            return true
        }
        // 曹家渡, 鼓浪岛, 铜锣湾: water and shore words end three-character places; a two-character name may end in them.
        if end - start >= 9, Scan.chineseShoreSuffixes.contains(scalar3(end - 3)) { return true }
        let next = scalar3(end)
        guard Scan.chinesePlaceSuffixes.contains(next) else { return false }
        let after = scalar3(end + 3)
        // 长 (王伟镇长), 市场, and 路过 (张伟路过超市: passes by).
        return after != 0x957F && !(next == 0x5E02 && after == 0x573A) && !(next == 0x8DEF && after == 0x8FC7)
    }

    /// Characters that end the name of a place (see ``namesChinesePlace(_:_:)``).
    static let chineseShoreSuffixes: Set<UInt32> = Set("渡岛湾港堡".unicodeScalars.map(\.value))

    static let chinesePlaceSuffixes: Set<UInt32> = Set("镇村县乡省市区州街路巷湖桥寺庙站府".unicodeScalars.map(\.value))

    /// The end of a lower-case given name (and a listed surname after it) at `i` that a person cue precedes, or
    /// nil. Strong cues ("ask", "frag mal", "Antwort an", "c'est qui") take any listed given name, even one that is
    /// also a word ("ask mark"); "mit" and "with" only names that are no word ("mit norma", not "with grace").
    func cuedLowerCaseName(_ i: Int, _ we: Int, _ f: NameLexicon.Flags) -> Int? {
        guard we - i >= 3, we - i <= 24, isLowerLetter(i) else { return nil }
        var given = f.contains(.given) || f.contains(.ambiguous)
        if f.isEmpty && hasHyphen(i, we) { given = lowerCaseHyphenatedGiven(i, we) }
        guard given, let strength = personCue(before: i) else { return nil }
        if strength == .weak && (f.contains(.ambiguous) || f.contains(.sentenceWord)) { return nil }
        var end = we
        if at(we) == 0x20, isLowerLetter(we + 1) {
            let e2 = wordEnd(we + 1)
            let f2 = flags(we + 1, e2)
            // A listed surname, or any word that closes the question: "c'est qui henry piret ?".
            let closesQuestion = at(e2) == 0x3F || (at(e2) == 0x20 && at(e2 + 1) == 0x3F)
            if e2 - we > 3, f2.contains(.surname) || closesQuestion, f2.isDisjoint(with: NameLexicon.notCuedName) {
                end = e2
            }
        }
        return end
    }

    /// How strongly the words before `i` ask for a person (see ``cuedLowerCaseName(_:_:_:)``).
    enum PersonCue { case strong, weak }

    func personCue(before i: Int) -> PersonCue? {
        guard let p1 = previousWordStart(i) else { return nil }
        let h1 = wordHash(p1, i - 1)
        if NameLexicon.strongPersonCues.contains(h1) { return .strong }
        // The next name of a pair: "anne-laure et guy", "<name> and jo".
        if NameLexicon.pairConjunctions.contains(h1), let last = found.last, last.type == .person,
            last.end == p1 - 1
        {
            return .strong
        }
        if let p2 = previousWordStart(p1), NameLexicon.strongPersonCues.contains(phraseHash(p2, i - 1)) {
            return .strong
        }
        return NameLexicon.weakPersonCues.contains(h1) ? .weak : nil
    }

    /// Whether a lower-case hyphenated word is two given names joined (marie-claire, jo-anne, hans-peter).
    ///
    /// With `certain`, one of the two must be a given name that is no word ("may-june" is two months).
    func lowerCaseHyphenatedGiven(_ i: Int, _ we: Int, certain: Bool = false) -> Bool {
        var s = i
        var parts = 0
        var sure = !certain
        for k in i...we where k == we || b[k] == 0x2D {
            guard k - s >= 2 else { return false }
            let f = wordFlags(wordHash(s, k))
            guard f.contains(.given) || f.contains(.ambiguous), !f.contains(.stop) else { return false }
            if f.contains(.given) && f.isDisjoint(with: [.ambiguous, .sentenceWord, .month]) { sure = true }
            parts += 1
            s = k + 1
        }
        return parts == 2 && sure
    }

    /// Whether a phone number or an e-mail address follows `end` as the contact of what stands before it: after
    /// spaces, one of ":", "-", "–", "," or a short parenthesis without digits ("(Mutter)", "(dad)").
    func contactFollows(_ end: Int) -> Bool {
        var k = end
        while at(k) == 0x20 { k += 1 }
        // Where the person is, between the name and the number: "Olivier à Tokyo : 03 …", "Jack in Melbourne, 0412 …".
        // (A first byte rules out most words before the list is matched: this runs after every given name.)
        if k == end + 1, at(k) == 0xC3 || at(k) == 0x69 || at(k) == 0x65 || at(k) == 0x61 || at(k) == 0x62,
            let word = Scan.whereaboutPrepositions.first(where: { matches($0, at: k) }), isUpperLetter(k + word.count)
        {
            let e = wordEnd(k + word.count)
            guard isCapitalizedWord(k + word.count, e) else { return false }
            k = e
            while at(k) == 0x20 { k += 1 }
            guard at(k) == 0x3A || at(k) == 0x2C else { return false }
        }
        if at(k) == 0x3A || at(k) == 0x2C || at(k) == 0x2D {
            k += 1
        } else if at(k) == 0xE2 && at(k + 1) == 0x80 && (at(k + 2) == 0x93 || at(k + 2) == 0x94) {
            k += 3
        } else if at(k) == 0x28 && (ByteClass.isDigit(at(k + 1)) || at(k + 1) == 0x2B) {
            // The whole number in parentheses: "Miles (0171 2345678) brings the cooler"; an area code alone in them
            // ("Sydney (02) 9876 5432") is the town's.
            var close = k + 1
            var digits = 0
            while close < k + 24 && close < n && at(close) != 0x29 {
                if ByteClass.isDigit(at(close)) { digits += 1 }
                close += 1
            }
            guard at(close) == 0x29, digits >= 8 else { return false }
            k += 1
        } else if at(k) == 0x28 {
            let open = k
            while k < open + 24 && at(k) != 0x29 && !ByteClass.isDigit(at(k)) && at(k) != 0x0A && k < n { k += 1 }
            guard at(k) == 0x29 else { return false }
            k += 1
        } else if k == end {
            return false
        } else if let word = Scan.contactPrepositions.first(where: { matches($0, at: k) }) {
            // "sinon Prudence au 06 12 …", "ring Bex on 07700 …", "Jonas unter 0171 …": the number is where one
            // reaches the person (a phone only; the digit count below decides).
            k += word.count
            guard ByteClass.isDigit(at(k)) || at(k) == 0x2B || at(k) == 0x28 else { return false }
        }
        while at(k) == 0x20 { k += 1 }
        // An e-mail address: a token with "@" in it.
        var t = k
        while t < k + 64 && t < n && at(t) != 0x20 && at(t) != 0x0A {
            if at(t) == 0x40 { return t > k }
            t += 1
        }
        // A phone number: "+" or a digit, then at least eight digits among phone punctuation.
        guard at(k) == 0x2B || at(k) == 0x28 || ByteClass.isDigit(at(k)) else { return false }
        var digits = 0
        var d = k
        while d < k + 24 && d < n {
            let c = at(d)
            if ByteClass.isDigit(c) {
                digits += 1
            } else if !(c == 0x20 || c == 0x2D || c == 0x2E || c == 0x2F || c == 0x28 || c == 0x29 || c == 0x2B) {
                break
            }
            d += 1
        }
        return digits >= 8
    }

    /// Prepositions of place between a name and a town, before the number it is reached at there.
    static let whereaboutPrepositions: [[UInt8]] = ["à ", "in ", "en ", "aus ", "bei "].map { Array($0.utf8) }

    /// Prepositions between a name and the number it is reached at, with the space after them.
    static let contactPrepositions: [[UInt8]] = ["au ", "at ", "on ", "unter "].map { Array($0.utf8) }

    /// The end of a given name at `j`, also a word, that a verb of contacting asks or tells something: "ask Jack
    /// whether …", "could you ask Hope to ring back", "frag Max ob …" — a jack or a hope is not asked to do anything.
    /// Voice assistants ("ask Alexa to play …") are asked things too, and are no one.
    func askedName(_ j: Int) -> Int? {
        let e = wordEnd(j)
        guard e - j >= 2, isCapitalizedWord(j, e), at(e) == 0x20 else { return nil }
        let h = wordHash(j, e)
        let f = wordFlags(h)
        guard f.contains(.given) || f.contains(.ambiguous), !f.contains(.month), !Self.assistants.contains(h),
            complementizerAt(e + 1) || (matchesExact("to ", at: e + 1) && ByteClass.isLower(at(e + 4)))
        else { return nil }
        return e
    }

    static let assistants = KeySet(
        ["alexa", "siri", "cortana", "bixby"].map { NameLexicon.hash(Substring($0)) })

    /// Whether the capitalized word `i..<we` speaks ("Frank said …", "Ivy told me …") or is reported ("… said Rob
    /// would drop the keys"): a verb of saying on one side, and a verb of the clause on the other for the latter.
    func reportsSpeech(_ i: Int, _ we: Int) -> Bool {
        if at(we) == 0x20 {
            for verb: StaticString in [
                "said ", "says ", "told ", "asked ", "wrote ", "replied ", "texted ", "mentioned ",
            ]
            where matchesExact(verb, at: we + 1) {
                return true
            }
        }
        guard at(i - 1) == 0x20, at(we) == 0x20, let p = previousWordStart(i),
            Self.saidWords.contains(wordHash(p, i - 1))
        else { return false }
        for verb: StaticString in ["would ", "will ", "was ", "is ", "had ", "has ", "could ", "can ", "should "]
        where matchesExact(verb, at: we + 1) {
            return true
        }
        return false
    }

    static let saidWords = KeySet(
        ["said", "says", "told", "thinks", "reckons"].map { NameLexicon.hash(Substring($0)) })

    /// Whether the word `i..<we` stands alone in parentheses right after a phone number: its owner ("0171 2345678
    /// (Glen)").
    func ownsNumberBefore(_ i: Int, _ we: Int) -> Bool {
        guard at(i - 1) == 0x28, at(we) == 0x29, let last = found.last, last.type == .phone || last.type == .cnMobile
        else { return false }
        return i - last.end == 2 && at(last.end) == 0x20 || i - last.end == 1
    }

    /// Where the name starts after the word "name" at `i..<we` when a booking or an act is made out to it: "a table
    /// under the name Evans", "auf den Namen Preuß", "au nom de Fabre", "in the name of", "im Namen von"; or nil.
    func bookedNameStart(_ i: Int, _ we: Int) -> Int? {
        if matchesExact(" of ", at: we) || matchesExact(" de ", at: we) { return we + 4 }
        if matchesExact(" von ", at: we) { return we + 5 }
        if matchesExact(" d'", at: we) { return we + 3 }
        guard at(we) == 0x20, isUpperLetter(we + 1), let p1 = previousWordStart(i) else { return nil }
        let article = wordHash(p1, i - 1)
        guard article == Self.theHash || article == Self.denHash,
            let p2 = previousWordStart(p1)
        else { return nil }
        let preposition = wordHash(p2, p1 - 1)
        return preposition == Self.underHash || preposition == Self.aufHash ? we + 1 : nil
    }

    static let theHash = NameLexicon.hash(Substring("the"))
    static let denHash = NameLexicon.hash(Substring("den"))
    static let underHash = NameLexicon.hash(Substring("under"))
    static let aufHash = NameLexicon.hash(Substring("auf"))

    /// Whether "about", "on", "über" or "sur" stands right before `i`: what follows is what the prompt is about.
    func topicWordBefore(_ i: Int) -> Bool {
        guard at(i - 1) == 0x20 else { return false }
        for word: StaticString in ["about ", "About ", "on ", "über ", "Über ", "sur "] {
            let s = i - word.utf8CodeUnitCount
            if s >= 0, matchesExact(word, at: s), s == 0 || !ByteClass.isLetter(at(s - 1)) { return true }
        }
        return false
    }

    /// Whether "bei", "chez" or "at" stands right before `i`: where one buys.
    func shopPreposition(before i: Int) -> Bool {
        guard at(i - 1) == 0x20 else { return false }
        for word: StaticString in ["bei ", "chez ", "Chez ", "at "] {
            let s = i - word.utf8CodeUnitCount
            if s >= 0, matchesExact(word, at: s), s == 0 || !ByteClass.isLetter(at(s - 1)) { return true }
        }
        return false
    }

    /// Whether an amount of money follows the word ending at `we`: " 411,90 €", " 20.383 EUR", " 12 $".
    func priceFollows(_ we: Int) -> Bool {
        guard at(we) == 0x20, ByteClass.isDigit(at(we + 1)) else { return false }
        var k = we + 1
        while k < we + 16,
            ByteClass.isDigit(at(k)) || ((at(k) == 0x2E || at(k) == 0x2C) && ByteClass.isDigit(at(k + 1)))
        {
            k += 1
        }
        // "40.274,– €": the dash that stands for no cents.
        if at(k) == 0x2C, matchesExact("\u{2013}", at: k + 1) { k += 4 }
        return amountAround(we + 1, k)
    }

    /// The articles between a name and its epithet (see ``namesAThing(_:_:)``).
    static let epithetArticles: [StaticString] = ["the ", "den ", "der ", "die ", "le ", "la "]

    mutating func emitPerson(_ start: Int, _ end: Int) -> Int? {
        guard end > start else { return nil }
        if names.isAllowed(b, start, end) || namesCompound(start, end) { return end }
        if placeOrBrand(start, end) || namesPlaceOrMonth(start, end) || namesAThing(start, end)
            || namesChinesePlace(start, end)
        {
            return end
        }
        emit(.person, start, end)
        newNames.append(start..<end)
        return end
    }

    /// English person recognition at the word starting at `i`.
    mutating func scanPerson(at i: Int) -> Int? {
        if names.hasKnownNames, let end = names.match(b, at: i) {
            // A name found elsewhere in the text is this person again, unless here it is part of a brand or a place
            // ("Lady Grey" found as a person does not make "Earl Grey" one).
            if names.isAllowed(b, i, end) || placeOrBrand(i, end) { return end }
            emit(.person, i, end)
            return end
        }
        // Inside a hyphenated compound (Saint-Malo, Mont-Saint-Michel, Karl-Marx-Straße) no name starts.
        if at(i - 1) == 0x2D && (ByteClass.isLetter(at(i - 2)) || at(i - 2) >= 0x80) { return nil }
        let (we, wordHashValue) = wordEndAndHash(i)
        let upper = isUpperLetter(i)
        // Addressed to someone: "c/o Okke Poppinga", "à l'attention de Maïwenn Quéméner".
        if let j = addresseeStart(i), isUpperLetter(j), let end = nameWords(from: j, maxWords: 4) {
            return emitPerson(j, end)
        }
        // Two given names joined, typed in lower case wherever they stand: "franchement marie-josé abuse", "t'as le
        // numéro de jean-françois ?". No word of these languages is two given names.
        if !upper, we - i >= 6, we - i <= 24, at(i - 1) != 0x40, at(we) != 0x40, at(we) != 0x2D,
            !(at(we) == 0x2E && ByteClass.isAlnum(at(we + 1))), hasHyphen(i, we),
            wordFlags(wordHashValue).isEmpty, lowerCaseHyphenatedGiven(i, we, certain: true)
        {
            return emitPerson(i, we)
        }
        // Lower-case words matter only as cues, and no cue word is longer than 12 letters.
        guard we - i <= (upper ? 24 : 12) else { return nil }
        let h = wordHashValue
        // Short forms only for capitalized words here: a second lookup for every lower-case word would cost the most.
        var f = upper ? wordFlagsWithNicknames(h) : wordFlags(h)
        if upper && f.isEmpty && reduplicatedName(i, we, h) { f = .given }
        // A given name typed in lower case right after a word that asks for a person: "frag mal joseph", "Reply
        // to scott:", "c'est qui henry piret ?", "j'ai demandé à anne-laure et guy".
        if !upper, at(i - 1) == 0x20, f.isDisjoint(with: NameLexicon.notCuedName), let end = cuedLowerCaseName(i, we, f)
        {
            return emitPerson(i, end)
        }
        // A family name after a bare particle, where a preposition puts a person: "bei von der Heyde", "nouvelles de
        // de Villiers", "Meeting with van Dijk".
        if !upper, at(we) == 0x20, i == 0 || at(i - 1) == 0x20, let end = bareParticleName(i, we, h) {
            return emitPerson(i, end)
        }
        // A lower-case word matters only as a cue or a given name typed in lower case.
        // Chat typed in lower case asks about someone by an auxiliary, the name and "ever": "did joy ever text you
        // back", "has will ever paid" — no word that is also a name stands there.
        if !upper, !f.isDisjoint(with: NameLexicon.givenOrAmbiguous), at(we) == 0x20, we - i >= 3,
            matchesExact(" ever ", at: we) || (f.contains(.given) && personActAfterAuxiliary(we)),
            f.isDisjoint(with: NameLexicon.notBeforeEver), let p = previousWordStart(i), i - p <= 6,
            Scan.everAuxiliaries.contains(wordHash(p, i - 1))
        {
            return emitPerson(i, we)
        }
        // A message typed in lower case that opens with a given name or a short form and a verb only a person
        // takes: "rae wants to swap …", "becca is running late", "manu arrive vers 9h". A name that is also a word
        // does not count ("will wants to …"), nor does a voice assistant or a family word ("siri said", "nana wants
        // to"). Short forms are looked up only here, at the message's first word.
        if !upper, i == 0 || at(i - 1) == 0x0A, we - i >= 3 {
            let g = f.isEmpty ? wordFlagsWithNicknames(h) : f
            if g.contains(.given), g.isDisjoint(with: NameLexicon.notLowerCaseName), personVerbFollows(i, we),
                !Scan.assistants.contains(h), !Scan.reduplicatedWords.contains(h)
            {
                return emitPerson(i, we)
            }
        }
        // Two short forms typed in lower case that open the message joined by "et", "and" or "und": "lulu et
        // seb arrivent", "fifi and rob are late". Each is a listed given name or short form, or a repeated syllable
        // no everyday word has; the pair is emitted as two people.
        if !upper, i == 0 || at(i - 1) == 0x0A, we - i >= 3, at(we) == 0x20, let (s2, e2) = lowerCasePairAfter(we),
            lowerCaseShortForm(i, we, h), lowerCaseShortForm(s2, e2, wordHash(s2, e2))
        {
            emit(.person, i, we)
            newNames.append(i..<we)
            return emitPerson(s2, e2)
        }
        if !upper && f.isDisjoint(with: NameLexicon.lowerCaseRelevant) { return nil }
        if f.isEmpty && hasHyphen(i, we) { f = hyphenatedFlags(i, we) }
        var cue = f.contains(.cue) ? NameLexicon.cueWords[h] : nil
        // "Is Earl Grey tea …?", "Is Ruby on Rails …?": a capitalized "Is" asks a question and introduces no one.
        if cue == "is" && upper { cue = nil }

        // Titles: Mr. / Dr / Prof + name words.
        if f.contains(.title), we - i > 1 || (upper && at(we) == 0x2E) {
            var j = we
            if at(j) == 0x2E { j += 1 }
            j = skipSpaces(j)
            // "Herr von der Heyde", "M. de la Salle", "Madame Le Bihan": the particle belongs to the name.
            if j > we, let end = nameWords(from: particleEnd(j, capitalized: true) ?? j, maxWords: 4) {
                return emitPerson(j, end)
            }
        }
        // An initial and a family name: "to G. Payne", "Bitte an L. Schacht weiterleiten".
        if upper, we - i == 1, let end = initialSurnameEnd(i) { return emitPerson(i, end) }
        // "my name is …", "name: …", "name is …"
        if let cue, cue != "i" && cue != "is" {
            var j = we
            var labelled = cue == "dear" || cue == "named"
            if at(j) == 0x3A || (at(j) == 0x2C && cue != "label" && cue != "name") {
                labelled = true
                j += 1
            } else if let colon = spacedColonEnd(j) {
                // French typography: "Nom : Garnier", "Destinataire\u{A0}: Victor de Costa".
                labelled = true
                j = colon
            } else if matchesExact(" is ", at: j) || matchesExact(" es ", at: j) {
                labelled = cue == "name"
                j += 3
            } else if matchesExact(" was ", at: j) || matchesExact(" ist ", at: j) || matchesExact(" est ", at: j) {
                labelled = cue == "name"
                j += 4
            } else if cue == "signed" && matchesExact(" by ", at: j) {
                labelled = true
                j += 3
            } else if cue == "name", let k = bookedNameStart(i, we) {
                labelled = true
                j = k
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
                if matchesExact(" am ", at: j) || matchesExact(" bin ", at: j) {
                    j += at(j + 3) == 0x20 ? 4 : 5
                } else if matchesExact("'m ", at: j) {
                    j += 3
                } else if matchesExact(" suis ", at: j) {
                    j += 6
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
                // A greeting before a given name typed in lower case: "Coucou kévin", "hey gideon".
                if f.contains(.weakCue), ByteClass.isLower(at(j)) {
                    let e = wordEnd(j)
                    let f1 = flags(j, e)
                    if e - j >= 3, f1.contains(.given), f1.isDisjoint(with: NameLexicon.notLowerCaseName) {
                        return emitPerson(j, e)
                    }
                    // A greeting that opens the message, then a short form that is also a word: "hey pip u free?",
                    // "hi em,". Only the greetings proper: after "called" or "met", "em" is "them".
                    if e - j >= 2, f1.contains(.ambiguous), f1.isDisjoint(with: NameLexicon.notShortFormName),
                        Scan.greetings.contains(h), sentenceStart(i),
                        e >= n || at(e) == 0x2C || at(e) == 0x21 || (at(e) == 0x20 && isLowerLetter(e + 1))
                    {
                        return emitPerson(j, e)
                    }
                    // Thanks that open the message and address one word closed by a comma: "thx dawn, see you at
                    // 9". Without the comma the word goes on the sentence ("thanks will do").
                    if e - j >= 3, !f1.isDisjoint(with: NameLexicon.givenOrAmbiguous),
                        f1.isDisjoint(with: NameLexicon.notShortFormName), Scan.thanks.contains(h), sentenceStart(i),
                        at(e) == 0x2C || at(e) == 0x21
                    {
                        return emitPerson(j, e)
                    }
                }
                // A greeting that addresses one word and ends there: "Hi Thandiwe,", "Thanks Bolat!". Names no
                // lexicon lists are caught in the one place where the sentence says it is a name.
                // Not after "im": chat's "I'm", but German's "in the" before any noun ("im Monat, …").
                if f.contains(.weakCue), cue == nil, isUpperLetter(j), h != Scan.imHash {
                    let e = wordEnd(j)
                    // French typography spaces the exclamation mark: "Salut Honorine !".
                    let c = at(e + (spaceWidth(e) ?? 0))
                    // A word that is also a given name counts ("Happy birthday Hope!!"); "Hi All," does not.
                    let fj = flags(j, e)
                    if isCapitalizedWord(j, e), c == 0x2C || c == 0x21 || c == 0x0A || e == n,
                        !fj.contains(.stop) || !fj.isDisjoint(with: [.given, .ambiguous])
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
            // "Viele Grüße, Jonas Weber" or "LG Jana" at the end of a line: the name stands where the next line's
            // would.
            if j > we, at(j) != 0x0A, isUpperLetter(j), let end = nameWords(from: j, maxWords: 3) {
                let after = skipSpaces(end)
                let c = at(after)
                // An emoji or an ellipsis may close the line too: "Bises, Colombe …".
                if after >= n || c == 0x0A || c == 0x0D || c == 0x2E || c == 0x21 || c >= 0xF0
                    || matchesExact("\u{2026}", at: after)
                {
                    return emitPerson(j, end)
                }
            }
            // A listed given name typed in lower case that ends the line: "LG gabi 😘", "Bises, nath".
            if j > we, ByteClass.isLower(at(j)) {
                let e = wordEnd(j)
                let fj = flags(j, e)
                if e - j >= 3, fj.contains(.given), fj.isDisjoint(with: NameLexicon.notLowerCaseName),
                    lineEnds(after: e)
                {
                    return emitPerson(j, e)
                }
            }
            if at(j) == 0x0A {
                j = skipSpaces(j + 1)
                if at(j) >= 0xE4 && at(j) <= 0xE9 {
                    if let end = chineseName(at: j, requireSurname: true) { return emitPerson(j, end) }
                    return nil
                }
                if let end = nameWords(from: j, maxWords: 3) { return emitPerson(j, end) }
                // "Cheers\nwoody": a listed name typed in lower case, alone on the message's last line, signs it,
                // even one that is also a word.
                if ByteClass.isLower(at(j)) {
                    let e = wordEnd(j)
                    let fj = flags(j, e)
                    if e - j >= 3, !fj.isDisjoint(with: [.given, .ambiguous]), fj.isDisjoint(with: [.stop, .month]),
                        onlyClosingAfter(e, throughLines: true)
                    {
                        return emitPerson(j, e)
                    }
                }
            }
        }
        // A verb of contacting someone: the capitalized words after it are a person ("call Tamsin Ashcroft back",
        // "a convoqué Goulven Quéméner", "laut Quirin von Aschwege"), listed or not, when there are two of them
        // and none is a stop word; one word only when it is a given name and no word ("call Vodafone", "ask Will").
        if !upper, f.contains(.contactVerb), at(we) == 0x20, isUpperLetter(we + 1) {
            let j = we + 1
            if let e = askedName(j) { return emitPerson(j, e) }
            if let end = nameWords(from: j, maxWords: 3) {
                var words = 1
                for k in j..<end where b[k] == 0x20 { words += 1 }
                let e1 = wordEnd(j)
                let f1 = flags(j, e1)
                if words >= 2 || (f1.contains(.given) && !f1.contains(.ambiguous)) {
                    return emitPerson(j, end)
                }
                // One unlisted word that the verb's clause goes on from: "ask Morwenna whether …", "prévenir
                // Léontine que …" — a company is called, not asked whether.
                if words == 1, !f1.contains(.stop), at(e1) == 0x20, complementizerAt(e1 + 1) {
                    return emitPerson(j, end)
                }
            }
        }
        // The same at the start of a sentence: "Ask Jack whether the order shipped".
        if upper, f.contains(.contactVerb), at(we) == 0x20, sentenceStart(i), isUpperLetter(we + 1),
            let e = askedName(we + 1)
        {
            return emitPerson(we + 1, e)
        }
        // A known given name typed in lower case, as chat often is: "text casey cox", "omg lena hat geschrieben".
        if !upper {
            // An entry of a contact list typed in lower case: ", henri 06 12 34 56 78" — the number says who it is.
            if we - i >= 3, at(i - 2) == 0x2C, at(i - 1) == 0x20, f.contains(.given),
                f.isDisjoint(with: NameLexicon.notLowerCaseName), contactFollows(we)
            {
                return emitPerson(i, we)
            }
            // Not the first word (a label such as "mac 00:1A…" or "iban: …"), and not before a colon or a number.
            // At the start of a sentence only with the verb a person takes: "marcus says hi", "ole kommt später".
            guard we - i >= 3, f.contains(.given), f.isDisjoint(with: NameLexicon.notLowerCaseName),
                !sentenceStart(i) || verbAfter(we), at(we) != 0x3A, !digitAfter(we), lowerCaseSentence(i)
            else { return nil }
            var end = we
            if at(we) == 0x20, ByteClass.isLower(at(we + 1)) {
                let e2 = wordEnd(we + 1)
                let f2 = flags(we + 1, e2)
                if f2.contains(.surname) && !f2.contains(.stop) && !f2.contains(.ambiguous) && !f2.contains(.cue) {
                    end = e2
                }
            }
            return emitPerson(i, end)
        }
        // Bare lexicon names.
        guard isCapitalizedWord(i, we), !afterPlacePrefix(i), !NameLexicon.placePrefixes.contains(h) else { return nil }
        // The topic of the prompt, a public figure known by one word: "Reading about Adele", "Essay on Darwin". A
        // second capitalized word makes it someone else (Adele Meyer).
        if topicWordBefore(i), NameLexicon.mononyms.contains(h), !(at(we) == 0x20 && isUpperLetter(we + 1)) {
            return we
        }
        // A shop before its price: "kostet bei MediaMarkt 589 € und bei Otto 411,90 €", "chez Nicolas 12 €".
        if shopPreposition(before: i), priceFollows(we) { return we }
        // A family name by its form alone where a verb or a preposition puts a person: "Meeting with McAllister", "Has
        // O'Hara signed …".
        if f.isDisjoint(with: [.stop, .month]), mcSurname(i, we) || apostropheSurname(i, we),
            personSlot(i, we, month: false)
        {
            return emitPerson(i, we)
        }
        // A role noun right before a name puts it in apposition: "landlord Hunter wants …", "the caretaker Will
        // locked …", "Hausmeister Kit", "la voisine Prudence". A name that is also a word counts there ("Will", "Hope");
        // a second capitalized word makes it a thing or a full name left to the rules below.
        if !f.isDisjoint(with: NameLexicon.givenOrAmbiguous), !f.contains(.month), roleNounBefore(i),
            !(at(we) == 0x20 && isUpperLetter(we + 1)), !digitAfter(we), !placeOrBrand(i, we)
        {
            return emitPerson(i, we)
        }
        // Where only a person fits a name that is also a word: the message's sign-off, the owner of a laptop, the one
        // who comes with "me", the one asked for.
        if f.contains(.given) || f.contains(.ambiguous), !f.contains(.month),
            signsOffMessage(i, we) || ownsPersonalThing(after: we) || pairedWithSpeaker(i, we) || askedFor(i, we)
                || pairActs(we) || givenACall(i, we) || copiedIn(i, we)
        {
            return emitPerson(i, we)
        }
        // At the start of a sentence too, before a verb only a person takes: "Hope rang about the boiler", "…,"
        // Hope said" — "Hope you're well" takes none.
        if f.contains(.ambiguous), f.contains(.stop), !f.contains(.month), we - i >= 4, sentenceStart(i),
            personVerbFollows(i, we)
        {
            return emitPerson(i, we)
        }
        // "Hope" and "Lane" are stop words ("Hope you're well", "Lane 3"); mid-sentence where a verb or a list puts a
        // person they are the name: "a party for Hope?", "Pip, Tez and Hope".
        if f.contains(.ambiguous), f.contains(.stop), !f.contains(.month), we - i >= 4, !sentenceStart(i),
            personSlot(i, we, month: false) || (listContinues(i) && !(at(we) == 0x20 && isUpperLetter(we + 1)))
        {
            return emitPerson(i, we)
        }
        // Where a verb puts a person: "ping Mark before standup", "Pat reckons …", "selon Constant, …".
        // A season or month named like a person is one in a pair that acts or owning a phone: "Summer and Iris both
        // asked", "June's mobile".
        if f.contains(.given) || f.contains(.ambiguous), !f.contains(.stop),
            personSlot(i, we, month: f.contains(.month))
                || (f.contains(.month) && (pairActs(we) || ownsPersonalThing(after: we)))
        {
            return emitPerson(i, we)
        }
        if f.isEmpty, let end = genitiveNameEnd(i, we) { return emitPerson(i, end) }
        // A nickname no list has, with "me": "Nici und ich kommen um 12:30" (Mama und ich is family, no name).
        if f.isEmpty, sentenceStart(i), pairedWithSpeaker(i, we), !Scan.personalThings.contains(h) {
            return emitPerson(i, we)
        }
        // A name right before its phone number or e-mail address: "Christian : 06 12 …", "Marc Preiß (Mutter)
        // 0171 …", "Marie Delcourt – marie@…". The number says who the words are, listed given name or not.
        if f.contains(.given) || f.contains(.ambiguous), !f.contains(.stop),
            let end = nameWords(from: i, maxWords: 3)
                ?? (we > i ? we : nil), contactFollows(end)
        {
            return emitPerson(i, end)
        }
        // Not a person: a street or station named after one (avenue Victor-Hugo, the Elizabeth line), or a month
        // next to a day (Jan 1, 11 Jan).
        if let prev = previousWordHash(i) {
            let fp = wordFlags(prev)
            // The whole name of the place is skipped, so that "rue Victor Hugo" does not leave "Hugo" behind.
            if fp.contains(.beforePlace) { return nameWords(from: i, maxWords: 4) ?? we }
            // "über die Heide", "im Sommer": one noun, unless a surname follows ("die Anna Weber") or a given name
            // that is no word takes a person's verb (the colloquial "die Gudrun hat heut Geburtstag").
            if fp.contains(.article), !(at(we) == 0x20 && isUpperLetter(we + 1) && nextIsSurname(we + 1)),
                !(f.contains(.given) && f.isDisjoint(with: [.ambiguous, .stop, .sentenceWord]) && verbAfter(we))
            {
                return we
            }
        }
        if f.contains(.month) && (digitAfter(we) || digitBefore(i)) { return nil }
        // A name spelled like a word starts a sentence as a name when its verb or a name particle follows
        // ("Véronique de Kerguélen fête …").
        if f.contains(.given) && !f.contains(.ambiguous) && !f.contains(.stop)
            && !(f.contains(.sentenceWord) && sentenceStart(i) && !verbAfter(we) && particleEnd(we + 1) == nil)
        {
            var end = we
            var next = particleEnd(we + 1, capitalized: true) ?? saintParticleEnd(we + 1) ?? we + 1
            // "Frederick P. Turnbull": a middle initial between.
            if ByteClass.isUpper(at(next)) && at(next + 1) == 0x2E && at(next + 2) == 0x20 && isUpperLetter(next + 3) {
                next += 3
            }
            if at(we) == 0x20, let more = nameWords(from: next, maxWords: 3) { end = more }
            return emitPerson(i, end)
        }
        if (f.contains(.given) || f.contains(.ambiguous) || f.contains(.pinyin))
            && !(f.contains(.stop) && !f.contains(.given))
        {
            // An ambiguous name where only a person fits: the next item of a list of people, a name addressed
            // at the end of a question ("Could you have a look, Guy?"), the one who speaks or is reported ("Frank
            // said Rob would …"), or the owner of the number before it ("0171 2345678 (Glen)").
            if f.contains(.given) || f.contains(.ambiguous),
                listContinues(i) || vocative(i, we) || reportsSpeech(i, we) || ownsNumberBefore(i, we),
                !(at(we) == 0x20 && isUpperLetter(we + 1))
            {
                return emitPerson(i, we)
            }
            // A lower-case particle and a capitalized word make the name: "Charlotte von der Tann"; in a list of
            // people a capitalized one too ("Attendees: …, Pat De Banks, …").
            if f.contains(.given) || f.contains(.ambiguous), at(we) == 0x20,
                let p = particleEnd(we + 1) ?? saintParticleEnd(we + 1)
                    ?? (listContinues(i) ? particleEnd(we + 1, capitalized: true) : nil),
                let end = nameWords(from: p, maxWords: 2)
            {
                return emitPerson(i, end)
            }
            // Needs a following capitalized surname ("Will Smith", "Zhang Wei").
            guard at(we) == 0x20, isUpperLetter(we + 1) else { return nil }
            let e2 = wordEnd(we + 1)
            guard isCapitalizedWord(we + 1, e2), !ByteClass.isAlnum(at(e2)) else { return nil }
            let f2 = flags(we + 1, e2)
            if f2.contains(.stop) { return nil }
            if f2.contains(.surname) || apostropheSurname(we + 1, e2) || mcSurname(we + 1, e2)
                || (f.contains(.pinyin) && e2 - we - 1 <= 9 && !f.contains(.stop))
            {
                return emitPerson(i, e2)
            }
            return nil
        }
        // The next item of a list of people separated by semicolons ("cc: Anna Weber; Hauke Uhlhorn"): a list of
        // that shape holds nothing else.
        if !f.contains(.stop), at(i - 2) == 0x3B, listContinues(i), let end = nameWords(from: i, maxWords: 3) {
            return emitPerson(i, end)
        }
        // A chat transcript's speaker ("[12:00] Sian: …"), or the next item of a list of people ("…, Makayla, and").
        if !f.contains(.stop), at(we) == 0x3A, at(i - 1) == 0x20, at(i - 2) == 0x5D { return emitPerson(i, we) }
        if !f.contains(.stop), listContinues(i),
            at(we) == 0x2C || matchesExact(" and ", at: we)
                || matchesExact(" et ", at: we) || matchesExact(" und ", at: we)
        {
            return emitPerson(i, we)
        }
        // The last item of such a list, where its line or sentence ends: "… fehlen noch Anna, Ben, Hauke Uhlhorn."
        // Two words, or a listed given name: one unlisted word there is as often the town ("Ludwig van der Berg,
        // Rotterdam.").
        if !f.contains(.stop), listContinues(i), let end = nameWords(from: i, maxWords: 2), itemEnds(at: end),
            end > we || f.contains(.given)
        {
            return emitPerson(i, end)
        }
        // An unlisted capitalized word mid-sentence followed by a listed surname: "with Thaddeus Miller".
        // Not after a word that heads a place or a dish: "Eggs Benedict", "Beef Wellington".
        if !f.contains(.stop), !f.contains(.beforePlace), at(we) == 0x20 {
            // "with Ludwig van der Berg": particles may stand between; "Duncan C. Poole": a middle initial.
            var s2 = particleEnd(we + 1) ?? (we + 1)
            if ByteClass.isUpper(at(s2)) && at(s2 + 1) == 0x2E && at(s2 + 2) == 0x20 && isUpperLetter(s2 + 3) {
                s2 += 3
            }
            guard isUpperLetter(s2) else { return nil }
            let e2 = wordEnd(s2)
            guard isCapitalizedWord(s2, e2), !ByteClass.isAlnum(at(e2)) else { return nil }
            // At the start of a sentence only with the verb a person takes: "Kieran Pritchard will cover."
            guard !sentenceStart(i) || verbAfter(e2) else { return nil }
            let f2 = flags(s2, e2)
            if (f2.contains(.surname) && !f2.contains(.stop) && !f2.contains(.wordSurname)) || apostropheSurname(s2, e2)
            {
                return emitPerson(i, e2)
            }
        }
        return nil
    }
}
