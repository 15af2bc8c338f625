/// Chinese names without a cue, by a score: 黎清越的方案, 请向林星澜汇报, 大家欢迎尹雪加入, 小许和老周都说.
extension Scan {
    /// The class of what ends right before byte `i`: a boundary (start, punctuation, space, Latin) or the class
    /// of the two-character word, else the one-character word, that ends there.
    func leftClass(_ i: Int) -> UInt8 {
        if i <= 0 { return ChineseScore.start }
        let p = at(i - 1)
        if p < 0x80 { return asciiClass(p) }
        if i >= 3 && at(i - 3) >= 0xE0 && at(i - 3) < 0xF0 {
            let u = scalar3(i - 3)
            guard isIdeograph(u) else { return ChineseScore.punctuation }
            if i >= 6, let tag = ChineseScore.word(scalar3(i - 6), u) { return ChineseScore.wordClass(tag) }
            return ChineseScore.single(u)
        }
        if i >= 2 { return twoByteClass(at(i - 2), p) }
        return ChineseScore.punctuation
    }

    /// The class of what starts at byte `e`: a boundary, an honorific (先生, 老师 …) or the class of the two-character
    /// word, else the one-character word, that starts there.
    func rightClass(_ e: Int) -> UInt8 {
        if e >= n { return ChineseScore.start }
        let c = b[e]
        if c < 0x80 { return asciiClass(c) }
        if c >= 0xE0 && c < 0xF0 {
            let u = scalar3(e)
            guard isIdeograph(u) else { return ChineseScore.punctuation }
            if honorificEnd(at: e) != nil { return ChineseScore.honorific }
            if let tag = ChineseScore.word(u, scalar3(e + 3)) { return ChineseScore.wordClass(tag) }
            return ChineseScore.single(u)
        }
        if c >= 0xC2 && c < 0xE0 { return twoByteClass(c, at(e + 1)) }
        return ChineseScore.punctuation
    }

    @inline(__always) func asciiClass(_ c: UInt8) -> UInt8 {
        if c == 0x0A || c == 0x0D { return ChineseScore.start }
        if c == 0x20 || c == 0x09 { return ChineseScore.space }
        return ByteClass.isAlnum(c) ? ChineseScore.latin : ChineseScore.punctuation
    }

    /// No-break space is a space, Latin-1 and Latin Extended-A letters are Latin, the rest punctuation.
    @inline(__always) func twoByteClass(_ lead: UInt8, _ trail: UInt8) -> UInt8 {
        if lead == 0xC2 && trail == 0xA0 { return ChineseScore.space }
        if lead == 0xC3 && trail != 0x97 && trail != 0xB7 || lead == 0xC4 || lead == 0xC5 { return ChineseScore.latin }
        return ChineseScore.punctuation
    }

    /// Whether no name starts at `i`: a day of the week (周五), a three-character word or place begins there (石家庄,
    /// 古建筑), or the first two characters are a place, an organization or a frequent word (孙子, 许昌, 小时, 黄瓜).
    func scoreVetoed(_ i: Int) -> Bool { wordStartsAt(i, vetoingNames: true) }

    /// Whether an everyday word, a place or an organization starts at `i` (``scoreVetoed(_:)`` without its veto of
    /// names in the dictionary): after a cue, 安娜说 is a person while 管家说 is not.
    func everydayWordAt(_ i: Int) -> Bool { wordStartsAt(i, vetoingNames: false) }

    /// The dictionary check behind ``scoreVetoed(_:)`` and ``everydayWordAt(_:)``; a frequent name of the
    /// dictionary (李娜, 安娜) counts as a word only when `vetoingNames`.
    private func wordStartsAt(_ i: Int, vetoingNames: Bool) -> Bool {
        // ChineseScore.word knows the traditional spellings (單價 as 单价) without folding here.
        let u1 = scalar3(i)
        let u2 = scalar3(i + 3)
        if (u1 == 0x5468 || u1 == 0x9031) && ChineseScore.isWeekday(u2) { return true }  // 周 / 週
        let u3 = scalar3(i + 6)
        if ChineseScore.isSurnameWord(u1, u2, u3) { return true }
        // 易拉罐, 胡思乱想: a rarer word of three or four characters.
        let key = UInt64(u1) << 42 | UInt64(u2) << 21 | UInt64(u3)
        if NameLexicon.rareThreeCharacterWords.contains(key) { return true }
        // 毛裤, 师兄: a rare word or a role, unless a given-name character follows (许天佑 begins with 许天).
        if NameLexicon.rareWords.contains(UInt64(u1) << 32 | UInt64(u2)) && !givenNameCharacter(u3) { return true }
        guard let tag = ChineseScore.word(u1, u2) else { return false }
        let klass = ChineseScore.wordClass(tag)
        if klass == ChineseScore.place || klass == ChineseScore.organization { return true }
        if klass == ChineseScore.properName {
            return vetoingNames && Int(tag & 7) >= ChineseContextData.vetoNameBucket
        }
        if Int(tag & 7) >= ChineseContextData.vetoBucket { return true }
        // 马厩, 黄酒: a rarer word that begins with a surname, unless a given-name character follows (白金凤, 程文博);
        // 老周 and 小许 are familiar forms, not words.
        return ChineseScore.surnameEvidence(u1) != Int8.min && !givenNameCharacter(u3)
    }

    /// Whether `u` is a character of given names (华, 佑, 博; not 说, 裤).
    @inline(__always) func givenNameCharacter(_ u: UInt32) -> Bool {
        ideograph(u) & NameLexicon.ideographGiven != 0
    }

    /// Whether a given-name character may stand at `k`: an ideograph that does not begin an honorific.
    @inline(__always) func givenAt(_ k: Int) -> Bool {
        isIdeograph(scalar3(k)) && honorificEnd(at: k) == nil
    }

    /// The score of the candidate `i..<end` whose given name starts at `se` (1/8 logit), given the part that
    /// depends only on its start.
    func candidateScore(_ i: Int, _ se: Int, _ end: Int, base: Int) -> Int {
        typealias D = ChineseContextData
        var s = base
        let g1 = scalar3(se)
        if end > se { s += Int(ChineseScore.firstGiven[Int(g1 - 0x4E00)]) }
        if end - se == 6 {
            let g2 = scalar3(se + 3)
            s += Int(ChineseScore.secondGiven[Int(g2 - 0x4E00)]) + D.twoGiven
            s += D.givenWord * ChineseScore.weight(ChineseScore.word(g1, g2))
        }
        if end < n { s += D.rightCross * ChineseScore.weight(ChineseScore.word(scalar3(end - 3), scalar3(end))) }
        s += D.right[Int(rightClass(end))]
        // The curated cues after the run: 说, 你 (王伟说, 丁洋你), a time word, a confirming phrase, a list comma.
        if verbCueAt(end) { s += D.subjectVerb }
        if timeCueAt(end) { s += D.timeWord }
        if trailingCueAt(end) { s += D.trailingCue }
        if scalar3(end) == 0x3001 { s += D.listAfter }
        // 长孙翠|花问: a one-character given name followed by a character typical of given names that begins no word
        // is cut short (but 张伟|明天 is not).
        if end - se == 3 && ChineseScore.typicalGiven(scalar3(end))
            && ChineseScore.word(scalar3(end), scalar3(end + 3)) == nil
        {
            s += D.cutShort
        }
        return s
    }

    /// Whether a title or a greeting (``ChineseNames/honorifics``, ``ChineseNames/leadingCues``) ends right before
    /// `i`: 主任聂建华, 家长何兵, 你好仇明.
    func titleBefore(_ i: Int) -> Bool {
        guard i >= 3, let phrases = NameLexicon.leadingTitleMap[scalar3(i - 3)] else { return false }
        for phrase in phrases where i >= 3 * phrase.count {
            var k = 0
            while k < phrase.count && scalar3(i - 3 * (phrase.count - k)) == phrase[k] { k += 1 }
            if k == phrase.count { return true }
        }
        return false
    }

    /// The evidence of a candidate that is, or begins with, the two-character word `tag` (公孙, 梁柱).
    @inline(__always) func wordEvidence(_ tag: UInt8) -> Int {
        let weight = ChineseScore.weight(tag)
        return ChineseScore.wordClass(tag) == ChineseScore.properName
            ? ChineseContextData.candidateNameWord * weight : ChineseContextData.candidateWord * weight
    }

    /// The best candidate starting at `i` (its end and score), or nil: a listed surname (compound or single) with one
    /// or two given-name characters, or 小/老 before a surname (小许, 老周).
    func bestScoredCandidate(at i: Int) -> (end: Int, score: Int)? {
        typealias D = ChineseContextData
        let u = scalar3(i)
        guard isIdeograph(u) else { return nil }
        let prev = i >= 3 ? scalar3(i - 3) : 0
        var common = D.bias + D.left[Int(leftClass(i))] + D.leftCross * ChineseScore.weight(ChineseScore.word(prev, u))
        // The curated cues before the run: 给, 问, 和, 通知 (问张伟), and a list comma (王伟、李娜).
        if objectCueBefore(i) { common += D.objectCue }
        if prev == 0x3001 { common += D.listBefore }
        if titleBefore(i) { common += D.leftTitle }
        var best: (end: Int, score: Int)?
        // 婉清, 梓萱: two characters typical of given names that are no word, without a surname.
        let u2 = scalar3(i + 3)
        if ChineseScore.typicalGiven(u), ChineseScore.typicalGiven(u2), ChineseScore.word(u, u2) == nil,
            !ChineseScore.isSurnameWord(u, u2, scalar3(i + 6)), honorificEnd(at: i + 3) == nil
        {
            best = (i + 6, candidateScore(i, i, i + 6, base: common + D.givenOnlyName))
        }
        @inline(__always) func consider(_ end: Int, _ score: Int) {
            if let current = best, current.score >= score { return }
            best = (end, score)
        }
        // 小许, 老周: a familiar form of a surname.
        if u == 0x5C0F || u == 0x8001 {
            let s = ChineseScore.surnameEvidence(scalar3(i + 3))
            if s != Int8.min && !scoreVetoed(i) {
                consider(i + 6, candidateScore(i, i + 6, i + 6, base: common + Int(s) + D.familiar))
            }
            return best
        }
        if ideograph(u) & NameLexicon.ideographCompoundStart != 0,
            NameLexicon.compoundSurnames.contains(UInt64(u) << 32 | UInt64(scalar3(i + 3)))
        {
            let se = i + 6
            if givenAt(se) {
                var base = common + D.compound
                if let tag = ChineseScore.word(u, scalar3(i + 3)) { base += wordEvidence(tag) }
                consider(se + 3, candidateScore(i, se, se + 3, base: base))
                if givenAt(se + 3) { consider(se + 6, candidateScore(i, se, se + 6, base: base)) }
            }
        }
        let s = ChineseScore.surnameEvidence(u)
        if s != Int8.min && !scoreVetoed(i) {
            let se = i + 3
            if givenAt(se) {
                var base = common + Int(s)
                if let tag = ChineseScore.word(u, scalar3(se)) { base += wordEvidence(tag) }
                consider(se + 3, candidateScore(i, se, se + 3, base: base))
                if givenAt(se + 3) { consider(se + 6, candidateScore(i, se, se + 6, base: base)) }
            }
        }
        return best
    }

    /// A name written without a cue at `i`, taken when its score reaches the threshold and no candidate starting
    /// inside it scores higher (连李钊都: 李钊, not 连李钊).
    func scoredChineseName(at i: Int) -> Int? {
        guard let best = bestScoredCandidate(at: i), best.score >= ChineseContextData.threshold else { return nil }
        // 孔子, 孟子 (philosophers named by an honorific) and 饺子, 镯子, 孩子 (nouns): a name without a cue does not end
        // in 子.
        if scalar3(best.end - 3) == 0x5B50 { return nil }
        var j = i + 3
        while j < best.end {
            if let other = bestScoredCandidate(at: j), other.score > best.score { return nil }
            j += 3
        }
        return best.end
    }
}
