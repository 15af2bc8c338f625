/// PERSON by position: places in a message where a given name that is also a word ("Frank", "Constant", "Hope") can
/// only be a person — the sign-off that ends the message, the owner of a personal thing, the partner of "I", the one
/// asked for — and an initial before a family name.
extension Scan {
    /// Whether `i..<we` signs the message off: it is its last word ("…, not 0171 2345678. Douglas", "Désolé !
    /// Ambre", "Back July 7th.\n-Sunny"), after the end of a sentence or a dash that opens the last line, with only
    /// punctuation and emoji after it. A sentence that ends in a word has its verb before it; a lone capitalized
    /// given name after the last full stop is who wrote it.
    func signsOffMessage(_ i: Int, _ we: Int) -> Bool {
        guard onlyClosingAfter(we, throughLines: true) else { return false }
        var j = i - 1
        while j >= 0 && at(j) == 0x20 { j -= 1 }
        guard j >= 1 else { return false }
        let c = at(j)
        // "-Sunny" or "– Sunny" opening the last line.
        if c == 0x2D || (c == 0x93 || c == 0x94) && at(j - 1) == 0x80 && at(j - 2) == 0xE2 {
            let dash = c == 0x2D ? j : j - 2
            return dash == 0 || at(dash - 1) == 0x0A
        }
        // "Ta, Dom", "Ok, Will.": the whole message one short word, a comma and the name — who is thanked, or who
        // signs.
        if c == 0x2C {
            var s = j
            while s > 0 && ByteClass.isLetter(at(s - 1)) { s -= 1 }
            return s == 0 && j - s >= 2 && j - s <= 3
        }
        // A sentence that ends before it: ". ", "! ", "? " (French typography spaces the "!"), or a line of its own.
        guard c == 0x2E || c == 0x21 || c == 0x3F || c == 0x0A else { return false }
        // "Dr. Constant" and "No. 5": a full stop right after a short word ends no sentence.
        if c == 0x2E {
            var s = j
            while s > 0 && ByteClass.isLetter(at(s - 1)) { s -= 1 }
            if j - s > 0 && j - s <= 2 && isUpperLetter(s) { return false }
        }
        return true
    }

    /// Whether only closing punctuation, spaces and emoji (four-byte sequences, ✌️, the ellipsis) follow `we`, at
    /// most 24 bytes of them, up to the end of the text (`throughLines`) or of the line.
    func onlyClosingAfter(_ we: Int, throughLines: Bool) -> Bool {
        var k = we
        while k < n {
            let c = b[k]
            if c == 0x0A && !throughLines { return true }
            if c == 0x20 || c == 0x2E || c == 0x21 || c == 0x3F || c == 0x0A || c == 0x0D || c == 0x29 {
                k += 1
            } else if c >= 0xF0 {
                k += 4
            } else if c == 0xE2 || c == 0xEF {
                // Ellipsis, dingbats (✌ ❤), the variation selector: never a letter of these languages.
                k += 3
            } else {
                return false
            }
            if k - we > 24 { return false }
        }
        return true
    }

    /// Whether the line ends after `we`, but for closing punctuation and emoji: "LG gabi 😘".
    func lineEnds(after we: Int) -> Bool { onlyClosingAfter(we, throughLines: false) }

    /// Whether a personal thing follows the possessive at `we` ("Frank's laptop", "Dean’s number"): only a person
    /// owns a laptop or has a birthday, so a name that is also a word or a brand is the person there.
    func ownsPersonalThing(after we: Int) -> Bool {
        var k = we
        if at(k) == 0x27 {
            k += 1
        } else if at(k) == 0xE2 && at(k + 1) == 0x80 && at(k + 2) == 0x99 {
            k += 3
        } else {
            return false
        }
        guard at(k) | 0x20 == 0x73, at(k + 1) == 0x20, ByteClass.isLower(at(k + 2)) else { return false }
        let e = wordEnd(k + 2)
        return Scan.personalThings.contains(wordHash(k + 2, e))
    }

    /// The end of a given name in the German genitive before a personal thing ("Ernsts Nummer", "Erikas
    /// Geburtstag", "Tills Eltern"), without its "s"; nil when the word is not one.
    func genitiveNameEnd(_ i: Int, _ we: Int) -> Int? {
        guard we - i >= 4, at(we - 1) == 0x73, at(we) == 0x20, isUpperLetter(we + 1) else { return nil }
        let stem = flags(i, we - 1)
        guard stem.contains(.given) || stem.contains(.ambiguous), !stem.contains(.month) else { return nil }
        if let prev = previousWordHash(i), wordFlags(prev).contains(.article) { return nil }
        let e = wordEnd(we + 1)
        return Scan.personalThings.contains(wordHash(we + 1, e)) ? we - 1 : nil
    }

    /// Whether "and I", "und ich", "et moi" follow `i..<we`, or "me and", "moi et" precede it: the speaker's
    /// companion is a person ("Nici und ich kommen um 12:30", "Max et moi on arrive", "between me and Dawn").
    func pairedWithSpeaker(_ i: Int, _ we: Int) -> Bool {
        for phrase: StaticString in [" und ich", " et moi", " and I", " and me", " & I", " & me"]
        where matchesExact(phrase, at: we) {
            return !ByteClass.isLetter(at(we + phrase.utf8CodeUnitCount))
        }
        // One byte before the phrase rules out most words: "…me and ", "…moi et ", "…me & ".
        guard i >= 6, at(i - 1) == 0x20, at(i - 2) == 0x64 || at(i - 2) == 0x74 || at(i - 2) == 0x26 else {
            return false
        }
        for phrase: StaticString in ["me and ", "moi et ", "me & "] {
            let s = i - phrase.utf8CodeUnitCount
            if s >= 0, matchesExact(phrase, at: s), s == 0 || !ByteClass.isLetter(at(s - 1)) { return true }
        }
        return false
    }

    /// Whether `i..<we` is the one copied or looped in on a message: "copy Chase in", "loop Drew in on this". One
    /// copies a person in; the phrase ends there or goes on with "on".
    func copiedIn(_ i: Int, _ we: Int) -> Bool {
        guard i >= 5, at(i - 1) == 0x20, matchesExact(" in", at: we), !ByteClass.isLetter(at(we + 3)) else {
            return false
        }
        for verb: StaticString in ["copy", "loop", "Copy", "Loop", "cc", "CC"] {
            let s = i - 1 - verb.utf8CodeUnitCount
            if s >= 0, matchesExact(verb, at: s), s == 0 || !ByteClass.isLetter(at(s - 1)) { return true }
        }
        return false
    }

    /// Whether "ask for" stands right before `i` and the word closes its phrase ("ask for Holly.", "asked for
    /// Sunny,"): one asks for a person at a desk or on the phone.
    func askedFor(_ i: Int, _ we: Int) -> Bool {
        guard i >= 8, matchesExact("for ", at: i - 4) else { return false }
        let c = at(we)
        guard we >= n || c == 0x2E || c == 0x2C || c == 0x21 || c == 0x3F || c == 0x0A || c == 0x3B else {
            return false
        }
        for verb: StaticString in ["ask", "asked", "asking", "Ask"] {
            let s = i - 5 - verb.utf8CodeUnitCount
            if s >= 0, matchesExact(verb, at: s), at(s + verb.utf8CodeUnitCount) == 0x20,
                s == 0 || !ByteClass.isLetter(at(s - 1))
            {
                return true
            }
        }
        return false
    }

    /// The end of an initial and a family name ("to G. Payne", "an L. Schacht", "J. Fraser-Williams") starting
    /// at `i`, or nil. A listed family name anywhere but at the start of a sentence (where "A. Introduction" is a
    /// heading); an unlisted word only after a word that addresses someone.
    func initialSurnameEnd(_ i: Int) -> Int? {
        guard ByteClass.isUpper(at(i)), at(i + 1) == 0x2E, at(i + 2) == 0x20, isUpperLetter(i + 3),
            !ByteClass.isLetter(at(i - 1)), !sentenceStart(i)
        else { return nil }
        let e = wordEnd(i + 3)
        guard e - i - 3 >= 2, isCapitalizedWord(i + 3, e) || apostropheSurname(i + 3, e) || hasHyphen(i + 3, e),
            !ByteClass.isAlnum(at(e)), at(e) != 0x2E || !ByteClass.isAlnum(at(e + 1))
        else { return nil }
        let f = flags(i + 3, e)
        if f.contains(.stop) || f.contains(.month) { return nil }
        if f.contains(.surname) || apostropheSurname(i + 3, e) { return e }
        if let prev = previousWordHash(i), Scan.addressingWords.contains(prev) { return e }
        return nil
    }

    /// Whether `start..<end` is a Scottish or Irish family name by its form: "Mc", a capital, a lower-case letter
    /// (McAllister, McGee), or "Mac" and the same (MacLeod), but not "MacB…", which is Apple's MacBook.
    func mcSurname(_ start: Int, _ end: Int) -> Bool {
        guard at(start) == 0x4D else { return false }
        if end - start >= 5 && at(start + 1) == 0x63 && ByteClass.isUpper(at(start + 2))
            && ByteClass.isLower(at(start + 3))
        {
            return true
        }
        return end - start >= 6 && at(start + 1) == 0x61 && at(start + 2) == 0x63 && ByteClass.isUpper(at(start + 3))
            && ByteClass.isLower(at(start + 4)) && at(start + 3) != 0x42
    }

    /// The start of the family name after "St" or "St." at `i` inside a name ("Daniel St Jones", "Faith St. Clair"),
    /// or nil: a saint's name made a family name. The name must go on with a capitalized word.
    func saintParticleEnd(_ i: Int) -> Int? {
        guard at(i) == 0x53, at(i + 1) == 0x74 else { return nil }
        let j = at(i + 2) == 0x2E ? i + 3 : i + 2
        guard at(j) == 0x20, isUpperLetter(j + 1) else { return nil }
        return j + 1
    }

    /// The end of a family name after a bare lower-case particle at `i..<we` (hash `h`), without a given name, where
    /// the word before is a preposition or an auxiliary that puts a person there ("bei von der Heyde", "à de la
    /// Roche", "de du Bellay", "Demande à d'Estienne", "with van Dijk", "Has de Souza signed"), or where it opens the
    /// sentence and a person's verb follows ("de Villiers a appelé"); or nil. "du" stands for a family only after
    /// "de" ("pour du Bordeaux" is wine), and German idioms with "von" ("mit von der Partie", "mit von Hand …") are
    /// none.
    func bareParticleName(_ i: Int, _ we: Int, _ h: UInt64) -> Int? {
        // Every particle starts with d, t, v or z: one byte rules out most words before any lookup.
        let c = at(i)
        guard c == 0x64 || c == 0x74 || c == 0x76 || c == 0x7A else { return nil }
        let glued = c == 0x64 && (at(i + 1) == 0x27 || at(i + 1) == 0xE2) && particleEnd(i) != nil
        guard glued || (we - i <= 5 && (Scan.firstBareParticles.contains(h) || h == Scan.duHash)) else { return nil }
        let before = previousWordStart(i).map { wordHash($0, i - 1) }
        let afterPreposition =
            before.map { Scan.beforeBareParticle.contains($0) && (h != Scan.duHash || $0 == Scan.deHash) } ?? false
        if !afterPreposition {
            // At the start of a sentence, before a person's verb: "de Villiers a appelé".
            guard sentenceStart(i), !glued, h != Scan.duHash, let s = particleEnd(i),
                let end = nameWords(from: s, maxWords: 1), verbAfter(end), !flags(s, end).contains(.stop)
            else { return nil }
            return end
        }
        if glued { return isCapitalizedWord(i + (at(i + 1) == 0x27 ? 2 : 4), we) ? we : nil }
        guard let s = particleEnd(i), let end = nameWords(from: s, maxWords: 1) else { return nil }
        guard !flags(s, end).contains(.stop), !Scan.particleIdioms.contains(wordHash(s, end)) else { return nil }
        return end
    }

    static let duHash = NameLexicon.hash(Substring("du"))
    static let deHash = NameLexicon.hash(Substring("de"))

    /// Particles that open a family name on their own (see ``bareParticleName(_:_:_:)``).
    static let firstBareParticles = KeySet(
        ["van", "von", "zu", "ten", "ter", "de", "da", "di", "del", "della", "dos"].map {
            NameLexicon.hash(Substring($0))
        })

    /// Prepositions and auxiliaries after which a particle opens a family name (see ``bareParticleName(_:_:_:)``).
    static let beforeBareParticle = KeySet(
        [
            "with", "to", "for", "from", "by", "has", "did", "does", "ask", "bei", "auf", "an", "mit", "für", "à", "de",
            "chez", "avec", "pour", "par",
        ].map { NameLexicon.hash(Substring($0)) })

    /// Nouns of German idioms that follow "von" after a preposition: "mit von der Partie", "mit von Hand genähten".
    static let particleIdioms = KeySet(["partie", "hand", "haus", "anfang"].map { NameLexicon.hash(Substring($0)) })

    /// Personal things whose owner is a person ("Frank's laptop", "Erikas Geburtstag"), English and German.
    static let personalThings = KeySet(
        [
            "laptop", "phone", "number", "mobile", "cell", "birthday", "mum", "mom", "dad", "mother", "father",
            "wife", "husband", "kids", "son", "daughter", "parents", "sister", "brother", "car", "keys", "desk",
            "wedding", "email", "charger", "jacket", "wallet", "boyfriend", "girlfriend", "partner", "grandma",
            "nummer", "handynummer", "telefonnummer", "handy", "geburtstag", "eltern", "mutter", "vater", "mama",
            "papa", "frau", "mann", "freund", "freundin", "tochter", "sohn", "kinder", "schwester", "bruder", "auto",
            "wohnung", "adresse", "hochzeit", "ladekabel", "tasche", "schlüssel", "jacke", "oma", "opa", "bike", "dog",
            "cat", "flat", "house", "idea", "suggestion", "bag", "hund", "katze", "vorschlag", "idee", "meinung",
            "fahrrad", "zimmer", "büro", "koffer", "nachricht",
        ].map { NameLexicon.hash(Substring($0)) })

    /// The hash of "im" (chat's "I'm", German's "in the").
    static let imHash = NameLexicon.hash(Substring("im"))

    /// Words after which an initial and a capitalized word address a person: "to G. Payne", "an L. Schacht".
    static let addressingWords = KeySet(
        ["to", "cc", "from", "for", "with", "an", "von", "mit", "für", "à", "de", "par", "pour", "avec", "by"].map {
            NameLexicon.hash(Substring($0))
        })
}

extension Scan {
    /// Whether a second given name joined by "and" / "und" / "et" follows `we` and the two take a plural verb:
    /// "Penny and Chuck are in", "Can Pat and Cliff both do …", "Ruby und Frank sind dabei". Two things that are
    /// also names ("Grace and Mercy") do not come, go or both do something.
    func pairActs(_ we: Int) -> Bool {
        var k = we
        var joined = false
        for conjunction: StaticString in [" and ", " und ", " et ", " & "] where matchesExact(conjunction, at: we) {
            k = we + conjunction.utf8CodeUnitCount
            joined = true
            break
        }
        guard joined, isUpperLetter(k) else { return false }
        let e = wordEnd(k)
        let f = flags(k, e)
        guard isCapitalizedWord(k, e), f.contains(.given) || f.contains(.ambiguous), !f.contains(.month) else {
            return false
        }
        for verb: StaticString in [
            " are ", " both ", " were ", " have ", " sind ", " haben ", " waren ", " kommen ", " sont ", " ont ",
            " arrivent ", " viennent ",
        ] where matchesExact(verb, at: e) {
            return true
        }
        return false
    }

    /// Whether "give" stands before `i` and "a call / a ring / a bell / a shout" after `we`: "Give Steph a bell on
    /// …", "give Meg a ring" — one gives a person a call.
    func givenACall(_ i: Int, _ we: Int) -> Bool {
        guard i >= 5, matchesExact("ive ", at: i - 4), at(i - 5) | 0x20 == 0x67,
            i == 5 || !ByteClass.isLetter(at(i - 6))
        else { return false }
        for phrase: StaticString in [" a call", " a ring", " a bell", " a shout", " a buzz"]
        where matchesExact(phrase, at: we) {
            return !ByteClass.isLetter(at(we + phrase.utf8CodeUnitCount))
        }
        return false
    }

    /// Whether two characters typical of given names, and no word, open the message or its line before a comma:
    /// the one it is addressed to (美慧，我到了 / 建华，生日快乐), or sign it after a dash (—— 建平).
    func chineseAddressee(at i: Int) -> Bool {
        let u1 = scalar3(i)
        let u2 = scalar3(i + 3)
        guard givenPair(at: i), ChineseScore.word(u1, u2) == nil, !ChineseScore.isSurnameWord(u1, u2, scalar3(i + 6)),
            honorificEnd(at: i + 3) == nil
        else { return false }
        var j = i - 1
        while j >= 0 && at(j) == 0x20 { j -= 1 }
        let opens = j < 0 || at(j) == 0x0A
        // "——" (two U+2014) right before: a signature; it ends the message.
        let signed = j >= 5 && scalar3(j - 2) == 0x2014 && scalar3(j - 5) == 0x2014
        if opens {
            let next = scalar3(i + 6)
            return next == 0xFF0C || at(i + 6) == 0x2C || next == 0xFF01
        }
        guard signed else { return false }
        var k = i + 6
        while k < n && (at(k) == 0x20 || at(k) == 0x3F || at(k) == 0x21 || at(k) == 0x0A || at(k) >= 0xF0) {
            k += at(k) >= 0xF0 ? 4 : 1
        }
        return k >= n
    }
}

extension Scan {
    /// Whether the capitalized given name `i..<we`, also a word or a short form, stands where a verb puts a person:
    /// its object ("ping Mark before standup", "Could you tell Faith the room changed", "selon Constant, …", "Gib
    /// Linde bitte …", "Dis à Colombe que …") or its subject ("Pat reckons …", "Bex just called", "Mark meint, …").
    /// One pings, tells, thanks and quotes people; a season or a tree does not reckon. A month or season name counts
    /// only as the object, and not before a number ("ping Summer before standup", not "give June 5").
    func personSlot(_ i: Int, _ we: Int, month: Bool) -> Bool {
        guard at(i - 1) == 0x20 || i == 0, !Scan.assistants.contains(wordHash(i, we)) else { return false }
        if !month && personVerbFollows(i, we) { return true }
        // "I think June took my charger": a month takes nothing of mine.
        if month {
            for verb in Scan.takingVerbs where matches(verb, at: we) {
                if !ByteClass.isLetter(at(we + verb.count)) { return true }
            }
        }
        // "Did Reed ever give …", "Has Joy ever been …": an auxiliary, the name, "ever" — a question about someone.
        if !month, matchesExact(" ever ", at: we), let p = previousWordStart(i), we - p < 20,
            Scan.everAuxiliaries.contains(wordHash(p, i - 1))
        {
            return true
        }
        // "Hab gerade mit Frank telefoniert": one phones, talks or writes with a person.
        if i >= 4, matches(Scan.mitCue, at: i - 4), !ByteClass.isLetter(at(i - 5)) {
            for verb in Scan.withVerbs where matches(verb, at: we) {
                if !ByteClass.isLetter(at(we + verb.count)) { return true }
            }
        }
        // "Does Clay know …", "Has Pip replied …": a question opened by an auxiliary whose subject is the name and
        // whose verb follows.
        if !month, at(we) == 0x20, isLowerLetter(we + 1), let p = previousWordStart(i), sentenceStart(p),
            Scan.questionAuxiliaries.contains(wordHash(p, i - 1))
        {
            return true
        }
        // "Est-ce que Constant a appelé ?", "Tu sais si Marine est là ?": a French question about someone, whose
        // auxiliary and participle or adjective follow the name; a town there is a town ("si Nancy est loin").
        if !month,
            matchesExact(" a ", at: we) && isLowerLetter(we + 3)
                || matchesExact(" est ", at: we) && isLowerLetter(we + 5),
            (i >= 10 && matchesExact("st-ce que ", at: i - 10))
                || (i >= 3 && matchesExact("si ", at: i - 3) && !ByteClass.isLetter(at(i - 4)))
        {
            return !NameLexicon.isNamedPhrase(phraseHash(i, we))
        }
        // "C'est Véro qui a les clés": the cleft puts a person before "qui".
        if matchesExact(" qui ", at: we), i >= 6,
            matchesExact("'est ", at: i - 5) || matchesExact("\u{2019}est ", at: i - 7)
        {
            return true
        }
        let c = at(we)
        let closes = we >= n || c == 0x2C || c == 0x2E || c == 0x21 || c == 0x3F || c == 0x3B || c == 0x3A
        guard closes || (c == 0x20 && isLowerLetter(we + 1)), !digitAfter(we) else { return false }
        for cue in Scan.personObjectCues {
            let s = i - cue.count
            if s >= 0, matches(cue, at: s), s == 0 || !ByteClass.isLetter(at(s - 1)), at(s - 1) != 0x27 {
                return true
            }
        }
        // The one something is with, from or by ("The keys are with Rose now", "Message from Glen:", "Le vélo de
        // Félicité est …", "run by Sterling"): a capitalized given name there is who, unless a month or a town
        // (left to the month and place rules).
        guard !month else { return false }
        for cue in Scan.personPrepositions {
            let s = i - cue.count
            if s >= 0, matches(cue, at: s), s == 0 || !ByteClass.isLetter(at(s - 1)), at(s - 1) != 0x27 {
                // "the link with Charlotte": a town or a brand of that name is one.
                return !NameLexicon.isNamedPhrase(phraseHash(i, we))
            }
        }
        return false
    }

    /// Whether a verb whose subject is a person (``personSubjectVerbs``) follows the word `i..<we`: "Pat reckons",
    /// "Hope rang".
    func personVerbFollows(_ i: Int, _ we: Int) -> Bool {
        guard at(i - 1) == 0x20 || i == 0 else { return false }
        for verb in Scan.personSubjectVerbs where matches(verb, at: we) {
            if !ByteClass.isLetter(at(we + verb.count)) { return true }
        }
        return false
    }

    static let questionAuxiliaries = KeySet(
        ["does", "did", "has", "hat"].map { NameLexicon.hash(Substring($0)) })

    /// Prepositions that put a person after them when a capitalized given name follows (lower-case; a capitalized
    /// first letter matches too), with the space that follows; the one something is sent to or made for ("a note to
    /// Mark for covering", "a party for Grace?"); the inverted verb of saying ("…," said Dom); and a message's sender
    /// ("mail de Béné", "Nachricht von Kalle"). A bare "de" or "von" is not one: "bûches de Noël", "Oldtimer von
    /// Mercedes".
    static let personPrepositions: [[UInt8]] = [
        "with ", "from ", "by ", "to ", "for ", "said ", "par ", "a dit ", "mail de ", "message de ", "retour de ",
        "commentaire de ", "nouvelles de ", "nachricht von ", "mail von ", "grüße von ", "mot à ", "merci à ",
        "rendez-vous à ", "dire à ", "écrire à ", "parler à ",
    ].map { Array($0.utf8) }

    /// Verbs of taking or holding something of the speaker's, with the space before them: their subject is a person
    /// even when the name is a month's ("June took my charger").
    static let takingVerbs: [[UInt8]] = [
        " took my", " borrowed my", " has my", " stole my", " hat mein", " a pris mon",
    ].map { Array($0.utf8) }

    static let everAuxiliaries = KeySet(
        ["did", "does", "has", "have", "had", "will", "would", "can", "could", "is", "was"].map {
            NameLexicon.hash(Substring($0))
        })

    /// Words that take a person as their object right after them, with the space that follows (lower-case; a
    /// capitalized first letter matches too).
    static let personObjectCues: [[UInt8]] = [
        "ping ", "cc ", "tell ", "told ", "ask ", "asked ", "give ", "gave ", "remind ", "thank ", "thanks ", "sorry ",
        "text ", "texted ", "according to ", "gib ", "frag ", "sag ", "danke ", "selon ", "d'après ", "comme dit ",
        "dis à ", "dites à ", "demande à ", "félicitations à ", "bravo à ", "merci à ", "rappeler ", "attend ", "laut ",
    ].map { Array($0.utf8) }

    static let mitCue: [UInt8] = Array("mit ".utf8)

    /// Participles that say one did something with a person ("mit Linde telefoniert"), with the space before them.
    static let withVerbs: [[UInt8]] = [
        " telefoniert", " gesprochen", " geredet", " geschrieben", " gechattet", " getroffen", " gestritten",
    ].map { Array($0.utf8) }

    /// Verbs, with the space before them, whose subject is a person: one reckons, rings, feels better or is of an
    /// opinion ("meint", "trouve").
    /// Whether a verb of what one person does for another follows `we` after an auxiliary and a name ("did alfie
    /// say …", "has meg paid you back"): a question about someone.
    func personActAfterAuxiliary(_ we: Int) -> Bool {
        for verb in Scan.personActs where matches(verb, at: we) {
            if !ByteClass.isLetter(at(we + verb.count)) { return true }
        }
        return false
    }

    /// The verbs of ``personActAfterAuxiliary(_:)``, with the space before them.
    static let personActs: [[UInt8]] = [
        " say", " said", " pay", " paid", " text", " texted", " call", " called", " reply", " replied", " ring",
        " rang", " confirm", " confirmed", " send", " sent", " mention", " mentioned",
    ].map { Array($0.utf8) }

    static let personSubjectVerbs: [[UInt8]] = [
        " wants to", " fancies", " is running late", " demande si", " t'a rendu", " t\u{2019}a rendu", " m'a rendu",
        " reckons", " thinks", " just called", " just texted", " just rang", " just messaged", " feels", " meint",
        " sagt", " fragt", " findet", " dit", " pense", " trouve", " a dit", " a appelé", " a écrit", " hat angerufen",
        " hat geschrieben", " hat gesagt", " took my", " borrowed my", " has my", " stole my", " hat mein",
        " a pris mon", " a pris ma", " rang", " told me", " told us", " replied", " said", " is doing", " is working",
        " starts", " passe", " arrive ", " arrivera", " a oublié", " m'a", " m\u{2019}a", " bringt", " übernimmt",
    ].map { Array($0.utf8) }
}

extension Scan {
    /// Whether the name `start..<end` ends in a German compound that makes it a thing: "Sigmund
    /// Freud-Ausstellung", "Dr. Oetker-Restaurant", "Anne-Frank-Schule" — the exhibition, the restaurant, the school.
    func namesCompound(_ start: Int, _ end: Int) -> Bool {
        var k = end - 1
        while k > start && b[k] != 0x2D && b[k] != 0x20 { k -= 1 }
        guard k > start, b[k] == 0x2D, end - k > 3 else { return false }
        let h = wordHash(k + 1, end)
        return NameLexicon.afterPlaceWords.contains(h) || NameLexicon.compoundHeads.contains(h)
    }
}
