/// Chinese person names: cue phrases and honorifics around a surname, plus known names.
extension Scan {
    /// The scalar of the 3-byte UTF-8 sequence at `i` (0 if it is not one).
    @inline(__always) func scalar3(_ i: Int) -> UInt32 {
        let b0 = at(i)
        guard b0 >= 0xE0 && b0 < 0xF0 else { return 0 }
        return UInt32(b0 & 0x0F) << 12 | UInt32(at(i + 1) & 0x3F) << 6 | UInt32(at(i + 2) & 0x3F)
    }

    @inline(__always) func isIdeograph(_ u: UInt32) -> Bool { u >= 0x4E00 && u <= 0x9FFF }

    func honorificEnd(at i: Int) -> Int? {
        let u = scalar3(i)
        guard ideograph(u) & NameLexicon.ideographHonorificStart != 0,
            let candidates = NameLexicon.honorificMap[u]
        else { return nil }
        for h in candidates where matches(h, at: i) { return i + h.count }
        return nil
    }

    func trailingCueAt(_ k: Int) -> Bool {
        let u = scalar3(k)
        guard ideograph(u) & NameLexicon.ideographTrailingStart != 0,
            let phrases = NameLexicon.trailingCueMap[u]
        else { return false }
        return phrases.contains { matches($0, at: k) }
    }

    /// Whether a time word (``ChineseNames/timeWords``) starts at `k`.
    func timeCueAt(_ k: Int) -> Bool {
        let u = scalar3(k)
        // One array read rules out most ideographs before the dictionary hashes the scalar (a time word may start
        // outside the table's range, so only ideographs inside it are ruled out this way).
        if u >= 0x4E00 && u < 0xA000 && ideograph(u) & NameLexicon.ideographTimeStart == 0 { return false }
        guard let phrases = NameLexicon.timeCueMap[u] else { return false }
        return phrases.contains { matches($0, at: k) }
    }

    /// Whether every character in `start..<end` is common in given names.
    func nameLikeCharacters(_ start: Int, _ end: Int) -> Bool {
        var k = start
        while k < end {
            let u = scalar3(k)
            if ideograph(u) & NameLexicon.ideographGiven == 0 {
                // 小明, 天佑: an opening character that is a word on its own counts before a name character.
                guard k == start, k + 3 < end, NameLexicon.innerGivenCharacters.contains(u) else { return false }
            }
            k += 3
        }
        return k > start
    }

    /// Whether a subject verb (``ChineseNames/subjectVerbs``) starts at `k`.
    func verbCueAt(_ k: Int) -> Bool {
        let u = scalar3(k)
        guard ideograph(u) & NameLexicon.ideographVerbStart != 0, let phrases = NameLexicon.verbCueMap[u]
        else { return false }
        return phrases.contains { matches($0, at: k) }
    }

    /// Whether an object cue (``ChineseNames/objectCues``: 给, 找, 问, 和, 告诉 …) ends right before `i`.
    func objectCueBefore(_ i: Int) -> Bool {
        let u = scalar3(i - 3)
        guard ideograph(u) & NameLexicon.ideographObjectCueEnd != 0 else { return false }
        for cue in NameLexicon.objectCues where cue.last == u {
            if cue.count == 1 || scalar3(i - 6) == cue[0] { return true }
        }
        return false
    }

    /// Whether a name may end at `k`: punctuation, Latin text or the end, a particle, pronoun or common verb, a
    /// subject verb, a time word, a confirming phrase or an honorific.
    func nameBoundary(at k: Int) -> Bool {
        let u = scalar3(k)
        guard isIdeograph(u) else { return true }
        if ideograph(u) & NameLexicon.ideographStop != 0 { return true }
        return verbCueAt(k) || timeCueAt(k) || trailingCueAt(k) || honorificEnd(at: k) != nil
    }

    /// The end of a surname-led pair of given-name characters at `p` that ends at a boundary (the next item of a list
    /// such as 王伟、李娜和张强), or nil.
    func listedName(at p: Int) -> Int? {
        guard let s = surnameEnd(at: p),
            !NameLexicon.commonWords.contains(UInt64(scalar3(p)) << 32 | UInt64(scalar3(p + 3)))
        else { return nil }
        var k = s + 3
        while k <= s + 6 && nameLikeCharacters(s, k) {
            if nameBoundary(at: k) { return k }
            k += 3
        }
        return nil
    }

    /// Sign-offs: 此致\n敬礼\n王伟 — a name alone on a line after the closing phrase (and after other closings).
    mutating func scanChineseClosing(at i: Int) -> Int? {
        guard let phrases = NameLexicon.closingMap[scalar3(i)],
            let phrase = phrases.first(where: { matches($0, at: i) })
        else { return nil }
        var j = i + phrase.count
        var lines = 0
        var hops = 0
        while hops < 12 {
            let c = at(j)
            if c == 0x0A {
                lines += 1
                j += 1
            } else if c == 0x20 || c == 0x0D || c == 0x2C || c == 0x21 || c == 0x2E || c == 0x3A {
                j += 1
            } else if scalar3(j) == 0x3002 || scalar3(j) == 0x3001 {
                j += 3
            } else if let more = NameLexicon.closingMap[scalar3(j)]?.first(where: { matches($0, at: j) }) {
                j += more.count
            } else {
                break
            }
            hops += 1
        }
        guard lines > 0 else { return nil }
        if isUpperLetter(j) {
            guard let end = nameWords(from: j, maxWords: 3) else { return nil }
            return emitPerson(j, end)
        }
        guard let end = chineseName(at: j, requireSurname: true) else { return nil }
        let after = at(end)
        guard end >= n || after == 0x0A || after == 0x0D || after == 0x20 || !isIdeograph(scalar3(end)) else {
            return nil
        }
        return emitPerson(j, end)
    }

    /// Whether `和`, `与` or `跟` at `k` joins a second surname-led pair of common name characters followed by a time
    /// word or a confirming phrase: 李明和张丽今天请假, 王芳与刘洋的合同. Two such pairs joined this way name two people;
    /// a single noun pair (黄金和白银) does not pass the character check.
    func joinsAnotherName(at k: Int) -> Bool {
        let u = scalar3(k)
        guard u == 0x548C || u == 0x4E0E || u == 0x8DDF, let s = surnameEnd(at: k + 3) else { return false }
        var e = s
        while e < s + 6 && NameLexicon.givenNameCharacters.contains(scalar3(e)) {
            e += 3
            if timeCueAt(e) || trailingCueAt(e) || honorificEnd(at: e) != nil { return true }
        }
        return false
    }

    /// The end of a surname at `i` (compound first), or nil.
    func surnameEnd(at i: Int) -> Int? {
        let u = scalar3(i)
        let flags = ideograph(u)
        if flags & NameLexicon.ideographCompoundStart != 0 {
            let u2 = scalar3(i + 3)
            if NameLexicon.compoundSurnames.contains(UInt64(u) << 32 | UInt64(u2)) { return i + 6 }
        }
        return flags & NameLexicon.ideographSurname != 0 ? i + 3 : nil
    }

    /// A name at `p`: surname (unless `requireSurname` is false) plus one or two given-name characters,
    /// stopping at particles, punctuation and honorifics.
    func chineseName(at p: Int, requireSurname: Bool) -> Int? {
        var k = p
        var maxGiven = 3
        if NameLexicon.commonWords.contains(UInt64(scalar3(p)) << 32 | UInt64(scalar3(p + 3))) { return nil }
        if let s = surnameEnd(at: p) {
            k = s
            maxGiven = 2
        } else if requireSurname {
            return nil
        }
        var given = 0
        while given < maxGiven {
            let u = scalar3(k)
            guard isIdeograph(u), ideograph(u) & NameLexicon.ideographStop == 0 || (k == p) else { break }
            if k > p && honorificEnd(at: k) != nil { break }
            k += 3
            given += 1
        }
        // 张伟明天来: the last given-name character begins a word with the next one (明天), so the name is 张伟.
        if given >= 2, NameLexicon.commonWords.contains(UInt64(scalar3(k - 3)) << 32 | UInt64(scalar3(k))) {
            k -= 3
        }
        let chars = (k - p) / 3
        if chars >= 2 { return k }
        if chars == 1 && k > p && honorificEnd(at: k) != nil && surnameEnd(at: p) != nil { return k }
        return nil
    }

    /// The end of a public figure, a character or a brand of 2–4 characters at `i` (诸葛亮, 贾宝玉, 周黑鸭; see
    /// ``PublicNames``), longest first, or nil: history, fiction and shops are no one's personal data, and no name
    /// starts inside them either.
    func publicNameEnd(at i: Int) -> Int? {
        guard NameLexicon.publicNameStarts.contains(UInt64(scalar3(i)) << 32 | UInt64(scalar3(i + 3))) else {
            return nil
        }
        var chars = 0
        while chars < 4 && isIdeograph(scalar3(i + 3 * chars)) { chars += 1 }
        while chars >= 2 {
            let end = i + 3 * chars
            if NameLexicon.isNamedPhrase(phraseHash(i, end)) { return end }
            chars -= 1
        }
        return nil
    }

    /// A given name written without its surname, as colleagues and family call each other: after a word that asks
    /// someone to do something and before the request (问志强一下, 叫建军过来), or addressed at the start of a line
    /// (建军，你上次说的…). Both characters must be typical of given names and not an everyday word.
    func givenNameAlone(at i: Int, _ u: UInt32) -> (Int, Int)? {
        if ChineseNames.isGivenOnlyCueStart(u) {
            for cue in ChineseNames.givenOnlyCues where matches(cue, at: i) {
                let j = i + cue.count
                guard givenPair(at: j) else { continue }
                for request in ChineseNames.givenOnlyRequests where matches(request, at: j + 6) { return (j, j + 6) }
            }
            return nil
        }
        guard i == 0 || at(i - 1) == 0x0A, givenPair(at: i) else { return nil }
        var k = i + 6
        if at(k) == 0x2C {
            k += 1
        } else if scalar3(k) == 0xFF0C {
            k += 3
        } else {
            return nil
        }
        while at(k) == 0x20 { k += 1 }
        let next = scalar3(k)
        return next == 0x4F60 || next == 0x60A8 ? (i, i + 6) : nil  // 你 您
    }

    /// Two characters typical of given names at `j` that make no everyday word (志强, 桂英; not 平安, 明天).
    func givenPair(at j: Int) -> Bool {
        let a = scalar3(j)
        let c = scalar3(j + 3)
        guard isIdeograph(a), isIdeograph(c), !NameLexicon.commonWords.contains(UInt64(a) << 32 | UInt64(c)) else {
            return false
        }
        let given = NameLexicon.ideographGiven
        let stop = NameLexicon.ideographStop
        return ideograph(a) & (given | stop) == given && ideograph(c) & (given | stop) == given
    }

    /// Whether a phone word, then the number (seven digits or more), start at `k`: 手机1391…, 新號碼：5584…,
    /// 电话 021-…; a price after the word (手机1999元) has too few digits.
    func phoneCueAfterName(at k: Int) -> Bool {
        switch scalar3(k) {
        case 0x624B, 0x5EA7, 0x7535, 0x96FB, 0x53F7, 0x865F, 0x65B0: break  // 手 座 电 電 号 號 新
        default: return false
        }
        guard let cue = ChineseNames.phoneCuesAfterName.first(where: { matches($0, at: k) }) else { return false }
        var j = k + cue.count
        if scalar3(j) == 0x662F { j += 3 }  // 是
        while at(j) == 0x3A || at(j) == 0x20 { j += 1 }
        if at(j) == 0x2B || at(j) == 0x28 { j += 1 }
        var digits = 0
        let end = j + 20
        while j < end && (ByteClass.isDigit(at(j)) || at(j) == 0x20 || at(j) == 0x2D || at(j) == 0x29) {
            if ByteClass.isDigit(at(j)) { digits += 1 }
            j += 1
        }
        return digits >= 7
    }

    /// Two characters at `j` that may be a given name on its own: typical of given names (both in the curated list,
    /// or a first and second character whose evidence adds up: 可馨, 一诺), no particle after the first, and no everyday
    /// word (于是, 平安, 明天, 马路); a rare noun that is also a name (建华, 红梅) passes, a doubled word (宝宝) does not.
    func givenNameOnlyPair(at j: Int) -> Bool {
        let a = scalar3(j)
        let c = scalar3(j + 3)
        guard isIdeograph(a), isIdeograph(c), ideograph(c) & NameLexicon.ideographStop == 0,
            !NameLexicon.commonWords.contains(UInt64(a) << 32 | UInt64(c)),
            !ChineseScore.isSurnameWord(a, c, scalar3(j + 6)), honorificEnd(at: j) == nil,
            honorificEnd(at: j + 3) == nil
        else { return false }
        if let tag = ChineseScore.word(a, c) {
            let klass = ChineseScore.wordClass(tag)
            guard a != c, tag & 7 <= 1, klass == ChineseScore.noun || klass == ChineseScore.properName else {
                return false
            }
        }
        // A first character that also ends names (博, 可, 若: 博士, 可以) must score as a given name's.
        let given = NameLexicon.ideographGiven
        if ideograph(a) & (given | NameLexicon.ideographStop) == given
            && ideograph(c) & given != 0
        {
            return true
        }
        return Int(ChineseScore.firstGiven[Int(a - 0x4E00)]) + Int(ChineseScore.secondGiven[Int(c - 0x4E00)]) >= 10
    }

    /// A given name alone at `i` where the words around it address or name a person: after a greeting (老师好，婉清这周…,
    /// 你好，思远，…, 嗨志强，), opening a line before 早 (思远早！), after 我和, 你跟 or 于是 before a verb (我和建华约了,
    /// 你跟振华说, 于是可馨就…), in a list that ends in ，你们 (红梅、梓轩，你们俩…), or after a person in a list (王伟、梓涵).
    func givenNameInContext(at i: Int) -> Bool {
        let before = at(i - 1)
        let prev = i >= 3 ? scalar3(i - 3) : 0
        let e = i + 6
        if i == 0 || before == 0x0A {
            guard givenNameOnlyPair(at: i) else { return false }
            // 思远早！: 早 and then no ideograph (早上, 早饭 are words of their own).
            if scalar3(e) == 0x65E9 { return !isIdeograph(scalar3(e + 3)) }
            // 红梅、梓轩，你们俩…; 子轩、张伟和李娜一组: a list addressed, or one whose next item is a full name.
            return scalar3(e) == 0x3001 && (listAddressed(at: e) || listedName(at: e + 3) != nil)
        }
        if before == 0x2C {
            // 你好，, 老师好，, 大家好，: a greeting and a comma.
            guard i >= 4, scalar3(i - 4) == 0x597D, givenNameOnlyPair(at: i) else { return false }
            return nameBoundary(at: e)
        }
        // 王伟、李娜和梓涵一组: the next item of a list whose previous item was found as a person, before the list
        // goes on or ends (一组, 一起: together). Between 、 or 和 and the list's next mark, two characters of given
        // names are a name even when they spell a word (王伟、李娜和建国一组).
        if prev == 0x3001 || prev == 0x548C, let last = found.last, last.type == .person, last.end == i - 3 {
            let next = scalar3(e)
            // 秀兰三个人负责…: a count of the people listed closes the list too.
            let listGoesOn =
                next == 0x3001 || next == 0x548C || next == 0x4E00 || next == 0xFF0C || next == 0x3002
                || peopleCountAt(e)
            if givenNameOnlyPair(at: i), listGoesOn || nameBoundary(at: e) { return true }
            let given = NameLexicon.ideographGiven
            let stop = NameLexicon.ideographStop
            if listGoesOn, ideograph(scalar3(i)) & (given | stop) == given,
                ideograph(scalar3(i + 3)) & (given | stop) == given
            {
                return true
            }
        }
        switch prev {
        case 0x55E8:  // 嗨
            return givenNameOnlyPair(at: i) && nameBoundary(at: e)
        case 0x3001:  // 、
            return (scalar3(e) == 0x3001 || at(e) == 0x2C) && givenNameOnlyPair(at: i) && listAddressed(at: e)
        case 0x548C, 0x8DDF:  // 我和, 你跟, 她和 before a verb or time word: 我和建华约了, 你跟振华说一下
            let pronoun = scalar3(i - 6)
            guard pronoun == 0x6211 || pronoun == 0x4F60 || pronoun == 0x4ED6 || pronoun == 0x5979,
                givenNameOnlyPair(at: i)
            else { return false }
            let next = scalar3(e)
            return next == 0x7EA6 || next == 0x7D04 || verbCueAt(e) || timeCueAt(e)  // 约 約
        case 0x662F:  // 于是, 於是 before a verb: 于是可馨就…
            let first = scalar3(i - 6)
            return (first == 0x4E8E || first == 0x65BC) && givenNameOnlyPair(at: i) && verbCueAt(e)
        default:
            return false
        }
    }

    /// Whether a count of people starts at `k`: 两个人, 三个, 四位 (a numeral, then 个 or 位).
    func peopleCountAt(_ k: Int) -> Bool {
        switch scalar3(k) {
        case 0x4E24, 0x4E09, 0x56DB, 0x4E94, 0x516D:  // 两 三 四 五 六
            let m = scalar3(k + 3)
            return m == 0x4E2A || m == 0x4F4D  // 个 位
        default:
            return false
        }
    }

    /// The end of a full name that is the next item of a list whose previous item was found as a person (名单：王伟、
    /// 王国强、…, 给李娜和吴国强各发…): a surname and two given-name characters before the list's next mark, even when
    /// the surname and the first of them spell a word (王国, 吴国).
    func fullNameInList(at i: Int) -> Int? {
        let prev = i >= 3 ? scalar3(i - 3) : 0
        guard prev == 0x3001 || prev == 0x548C, let last = found.last, last.type == .person, last.end == i - 3,
            let s = surnameEnd(at: i), s == i + 3
        else { return nil }
        let given = NameLexicon.ideographGiven
        let stop = NameLexicon.ideographStop
        // The first given character may be a stop character too: 国 of 国强 is the one that spells 王国.
        guard ideograph(scalar3(s)) & given != 0, ideograph(scalar3(s + 3)) & (given | stop) == given
        else { return nil }
        let next = scalar3(s + 6)
        // 、 和 ， 。 各 都 or the text's end: the item ends there.
        let ends =
            s + 6 >= n || next == 0x3001 || next == 0x548C || next == 0xFF0C || next == 0x3002 || next == 0x5404
            || next == 0x90FD || at(s + 6) == 0x2C
        return ends ? s + 6 : nil
    }

    /// Whether a two-character word of the dictionary seen 2,000 times or more starts at `k` (常常, 明天, 已经).
    func frequentWordAt(_ k: Int) -> Bool {
        guard let tag = ChineseScore.word(scalar3(k), scalar3(k + 3)) else { return false }
        return Int(tag & 7) >= 3
    }

    /// Whether the familiar form of a name at `i` (小, 老 or 阿, then a surname or given-name character: 小伟, 老张, 阿杰;
    /// no everyday word such as 小时, 老师, 小区, 阿姨) stands where a person does: it opens the text, a line or a clause,
    /// or follows a word that takes a person (替, 让, 被, 给, 问, 早上好), and a name may end after it (今晚, 的, 和, 把).
    func familiarNameInPlace(at i: Int) -> Bool {
        let u = scalar3(i)
        let x = scalar3(i + 3)
        let fx = NameLexicon.ideograph(x)
        // The dictionary lists some familiar forms as rare words (老张, 小史 seen under 500 times); with one of the
        // frequent surnames they are the person (老公, 小孔 are seen more often, 小马 is a pony).
        guard isIdeograph(x), fx & (NameLexicon.ideographSurname | NameLexicon.ideographGiven) != 0,
            fx & NameLexicon.ideographStop == 0,
            ChineseScore.word(u, x).map({ $0 & 7 <= 1 && NameLexicon.frequentSurnames.contains(x) }) ?? true,
            !NameLexicon.commonWords.contains(UInt64(u) << 32 | UInt64(x)),
            !ChineseScore.isSurnameWord(u, x, scalar3(i + 6))
        else { return false }
        // After 替, 让, 被, 给 … the familiar form is the one the verb acts for, whatever verb follows (我替小涛值了
        // 一天班); elsewhere a name must end before the next word.
        if i >= 3, Scan.takesPerson(scalar3(i - 3)) { return true }
        return nameBoundary(at: i + 6) && personPlaceBefore(i)
    }

    /// Whether a given name alone at `i` (``givenNameOnlyPair(at:)``) stands where a person does: it opens the text
    /// or a line before a time word (天宇明天去…, 志强昨晚发烧), or follows a word that takes a person and a name may
    /// end after it (替天宇请个假, 收到美玲的消息, 发给心怡).
    func givenNameInPlace(at i: Int) -> Bool {
        let before = i >= 3 ? scalar3(i - 3) : 0
        let opens = i == 0 || at(i - 1) == 0x0A
        guard opens || Scan.takesPerson(before) || before == 0x5230 && scalar3(i - 6) == 0x6536,
            givenNameOnlyPair(at: i)
        else { return false }
        let e = i + 6
        // 心怡发来一条语音: a subject verb as well as a time word, but not 的 (蓝图的章程, 金鹰的马铃薯: a thing owns
        // things too).
        if opens { return timeCueAt(e) || (verbCueAt(e) && scalar3(e) != 0x7684) }
        // 包裹被师姐签收了: a word of the dictionary after 被 is still a word, even one that names people.
        return nameBoundary(at: e) && ChineseScore.word(scalar3(i), scalar3(i + 3)) == nil && !everydayWordAt(i)
    }

    /// Whether what ends before `i` puts a person after it: the start of the text or of a clause (a newline or
    /// punctuation), 替, 让, 被, 给, 问, 找, 叫, 和, 跟, or a greeting (早上好, 你好).
    func personPlaceBefore(_ i: Int) -> Bool {
        guard i >= 3 else { return i == 0 }
        let before = scalar3(i - 3)
        if before == 0 { return at(i - 1) < 0x80 && !ByteClass.isAlnum(at(i - 1)) }
        // 和, 跟: 我和小王, 小娟和小磊都说.
        return Scan.takesPerson(before) || before == 0x597D || before == 0xFF0C || before == 0x3002
            || before == 0xFF01 || before == 0xFF1F || before == 0x548C || before == 0x8DDF
    }

    /// Whether `c`, the byte before a character, may end what ``givenNameInPlace(at:)`` looks for: a newline or the
    /// last byte of 替, 让, 被, 给, 问, 找, 叫, 谢, 讓, 給, 問, 謝 or 到 (one switch, asked at every Chinese character).
    @inline(__always) static func mayPrecedeGivenNameInPlace(_ c: UInt8) -> Bool {
        switch c {
        case 0x0A, 0xBF, 0xA9, 0xAB, 0x99, 0xAE, 0xBE, 0x93, 0xA6, 0x8F, 0xB0, 0xA2, 0x9D: return true
        default: return false
        }
    }

    /// 替 让 被 给 问 找 叫 谢 (and 讓 給 問 謝): after them a person follows (a switch: asked at every Chinese
    /// character).
    @inline(__always) static func takesPerson(_ u: UInt32) -> Bool {
        switch u {
        case 0x66FF, 0x8BA9, 0x88AB, 0x7ED9, 0x95EE, 0x627E, 0x53EB, 0x8B93, 0x7D66, 0x554F, 0x8C22, 0x8B1D: return true
        default: return false
        }
    }

    /// Whether `c`, the byte before a character, may end what ``givenNameInContext(at:)`` looks for: a newline, a
    /// comma, or the last byte of 嗨, 、, 和, 跟 or 是 (one switch, asked at every Chinese character).
    @inline(__always) static func mayPrecedeGivenNameInContext(_ c: UInt8) -> Bool {
        switch c {
        case 0x0A, 0x2C, 0xA8, 0x81, 0x8C, 0x9F, 0xAF: return true
        default: return false
        }
    }

    /// Whether the list that goes on at `k` (with 、 or a comma) closes, within five items of at most four
    /// characters, with a comma and 你们 or 您们: 红梅、梓轩，你们俩….
    func listAddressed(at k: Int) -> Bool {
        var j = k
        var items = 0
        while scalar3(j) == 0x3001 && items < 5 {
            j += 3
            var chars = 0
            while chars < 4 && isIdeograph(scalar3(j)) {
                j += 3
                chars += 1
            }
            items += 1
        }
        guard at(j) == 0x2C else { return false }
        j += 1
        while at(j) == 0x20 { j += 1 }
        let u = scalar3(j)
        let plural = scalar3(j + 3)
        return (u == 0x4F60 || u == 0x60A8) && (plural == 0x4EEC || plural == 0x5011)  // 你们 您们 (們)
    }

    /// Everything that can start at a CJK character.
    mutating func scanChinese(at i: Int) -> Int? {
        if names.hasKnownNames, let end = names.match(b, at: i) {
            if names.isAllowed(b, i, end) { return end }
            emit(.person, i, end)
            return end
        }
        let u = scalar3(i)
        // Emitted past the everyday-word check of emitPerson: the list says who, even where 王国 is a word.
        if let end = fullNameInList(at: i) {
            if names.isAllowed(b, i, end) { return end }
            emit(.person, i, end)
            newNames.append(i..<end)
            return end
        }
        if let (start, end) = givenNameAlone(at: i, u) { return emitPerson(start, end) ?? end }
        if i == 0 || Scan.mayPrecedeGivenNameInContext(at(i - 1)), givenNameInContext(at: i) {
            return emitPerson(i, i + 6) ?? i + 6
        }
        // A given name alone that opens the message before a comma, or signs it after a dash: 美慧，我到了.
        if i == 0 || at(i - 1) == 0x0A || at(i - 1) == 0x20 || at(i - 1) == 0x94, chineseAddressee(at: i) {
            return emitPerson(i, i + 6)
        }
        // 小伟今晚加班, 让小洋把快递…, 早上好老张, 阿强，在吗: 小, 老 or 阿 and one character of a name, where a person
        // stands.
        if u == 0x8001 || u == 0x5C0F || u == 0x963F, familiarNameInPlace(at: i) {
            return emitPerson(i, i + 6) ?? i + 6
        }
        // 小时工的工资, 老师的电话: no name starts inside an everyday word that opens with 小 or 老 (the dictionary's
        // names, 老李 or 小林, are names).
        if i >= 3, at(i - 3) == 0xE5 || at(i - 3) == 0xE8 {
            let p = scalar3(i - 3)
            if p == 0x8001 || p == 0x5C0F, let tag = ChineseScore.word(p, u), !ChineseScore.isPersonWord(tag) {
                return nil
            }
        }
        // 天宇明天去…, 替玉兰请个假, 钱包被立新捡到了: a given name alone where a person stands.
        if i == 0 || Scan.mayPrecedeGivenNameInPlace(at(i - 1)), givenNameInPlace(at: i) {
            return emitPerson(i, i + 6) ?? i + 6
        }
        // 和, 与, 跟, 同 are surnames too, but before a surname they join: 刚和钟欢通完话 is 钟欢.
        if u == 0x548C || u == 0x4E0E || u == 0x8DDF || u == 0x540C, surnameEnd(at: i + 3) != nil { return nil }
        let flags = ideograph(u)
        if flags
            & (NameLexicon.ideographCueStart | NameLexicon.ideographSurname | NameLexicon.ideographCompoundStart
                | NameLexicon.ideographClosingStart | NameLexicon.ideographScoreStart) == 0
        {
            return nil
        }
        if flags & (NameLexicon.ideographSurname | NameLexicon.ideographCompoundStart) != 0,
            let end = publicNameEnd(at: i)
        {
            return end
        }
        if flags & NameLexicon.ideographClosingStart != 0, let end = scanChineseClosing(at: i) { return end }
        // 老林新號碼5584…, 小王手机138…: the familiar form of a surname (no everyday word: 小米手机1999元 is not even
        // a phone number) before a phone word and the number.
        if u == 0x8001 || u == 0x5C0F, ideograph(scalar3(i + 3)) & NameLexicon.ideographSurname != 0,
            ChineseScore.word(u, scalar3(i + 3)) == nil, phoneCueAfterName(at: i + 6)
        {
            return emitPerson(i, i + 6)
        }
        if flags & NameLexicon.ideographCueStart != 0, let cues = NameLexicon.cueMap[u] {
            for cue in cues where matches(cue.phrase, at: i) {
                var j = i + cue.phrase.count
                // Optional separators: ':' (folded from '：'), spaces, 是/为.
                var hops = 0
                while hops < 3 {
                    let c = at(j)
                    if c == 0x3A || c == 0x20 {
                        j += 1
                    } else if scalar3(j) == 0x662F || scalar3(j) == 0x4E3A {  // 是 为
                        j += 3
                    } else {
                        break
                    }
                    hops += 1
                }
                if isUpperLetter(j) {
                    // An English name after a Chinese label: 联系人: John Smith
                    if let end = nameWords(from: j, maxWords: 3) { return emitPerson(j, end) }
                    continue
                }
                // After a label (姓名：) the name is certain; after a verb (找, 告诉) a frequent word is still a word:
                // 找师兄, 告诉管家.
                if let end = chineseName(at: j, requireSurname: !cue.label), cue.label || !everydayWordAt(j) {
                    return emitPerson(j, end)
                }
                return i + cue.phrase.count
            }
        }
        // Surname + given + honorific: 王先生, 李娜女士, 欧阳修老师; surname + given + confirming phrase:
        // 张伟的电话, 李娜说.
        if let s = surnameEnd(at: i),
            !NameLexicon.commonWords.contains(UInt64(scalar3(i)) << 32 | UInt64(scalar3(i + 3)))
        {
            var k = s
            if s - i == 6 && NameLexicon.distinctiveCompoundSurnames.contains(UInt64(u) << 32 | UInt64(scalar3(i + 3)))
            {
                // 欧阳娜娜, 上官艳明: a distinctive compound surname plus one or two given-name characters.
                // The second character stays out where it opens a time word or a frequent word: 慕容斌明天去,
                // 端木雪常常迟到.
                var e = s
                while e < s + 6 && isIdeograph(scalar3(e))
                    && ideograph(scalar3(e)) & NameLexicon.ideographStop == 0
                    && honorificEnd(at: e) == nil
                    && !(e > s && (timeCueAt(e) || frequentWordAt(e)))
                {
                    e += 3
                }
                if e > s { return emitPerson(i, e) }
            }
            // A confirming phrase or an honorific right after the name: 张伟的电话, 李娜说, 王芳老师.
            for given in 0..<3 {
                if honorificEnd(at: k) != nil { return emitPerson(i, k) }
                // 师兄说, 管家的电话: a frequent word before a confirming phrase is still a word.
                if given > 0 && (trailingCueAt(k) || phoneCueAfterName(at: k)) {
                    if everydayWordAt(i) { break }
                    return emitPerson(i, k)
                }
                let g = scalar3(k)
                let inner =
                    given == 0 && NameLexicon.innerGivenCharacters.contains(g)
                    && ideograph(scalar3(k + 3)) & NameLexicon.ideographGiven != 0
                guard isIdeograph(g), ideograph(g) & NameLexicon.ideographStop == 0 || inner else { break }
                k += 3
            }
        }
        // Without a cue: the score of the surname, the given-name characters and the words around them.
        if flags & (NameLexicon.ideographScoreStart | NameLexicon.ideographCompoundStart) != 0 {
            if let end = scoredChineseName(at: i) { return emitPerson(i, end) }
            // A word or place of three characters (石家庄, 武侯祠): no name starts inside it either.
            if ChineseScore.isSurnameWord(u, scalar3(i + 3), scalar3(i + 6)) { return i + 9 }
        }
        return nil
    }
}
