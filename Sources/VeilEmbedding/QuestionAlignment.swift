/// Lines two question shapes up word by word and says whether they ask the same thing.
///
/// Every content word of either side must find a partner on the other side with the same canonical form (lemma
/// or common synonym) **and the same role**: "pounds to kilograms" against "kilograms to pounds" pairs every word,
/// but "kilograms" is the destination on one side only. Two arguments may not trade places around a word they
/// share ("the landlord pays the tenant" / "the tenant pays the landlord"), operator expressions must be equal, a
/// specific question word must not meet another, an entity of one side must be among the other's words, and no
/// polar word may meet its opposite. What is left unpaired is returned: the caller refuses it, or asks an
/// embedder whether the leftovers are synonyms.
struct QuestionAlignment {
    /// What the alignment found.
    enum Outcome: Equatable {
        /// Every word paired, nothing conflicts.
        case aligned
        /// A difference that no synonym can bridge.
        case conflict(SemanticVerifier.Reason)
        /// Words of either side without a partner (indices into each shape's tokens); every other check passed.
        case leftovers(stored: [Int], query: [Int])
    }

    /// Aligns a stored question with a query.
    static func align(_ a: QuestionShape, _ b: QuestionShape) -> Outcome {
        if !questionsAgree(a.questionKinds, b.questionKinds) { return .conflict(.questionWord) }
        if a.expressions != b.expressions { return .conflict(.operators) }
        if !entitiesAgree(a, b) { return .conflict(.entities) }
        if hasOpposites(a.polar, b.polar) { return .conflict(.contentWords) }
        // Pair equal words: the same role and the same occurrence first (邻居家的狗把我咬了，邻居要赔吗 has 邻居 twice,
        // in two roles), then the same role, then a role on one side only; an equal word left with another role on
        // each side is a role conflict ("to Spain" / "from Spain").
        var partnerOfA = [Int](repeating: -1, count: a.tokens.count)
        var takenB = [Bool](repeating: false, count: b.tokens.count)
        for pass in 0..<4 {
            for (i, x) in a.tokens.enumerated() where partnerOfA[i] < 0 {
                for (j, y) in b.tokens.enumerated() where !takenB[j] && x.canon == y.canon {
                    if x.isNegated != y.isNegated { return .conflict(.negation) }
                    // Pronouns move freely ("my daughter … on my credit card" / "On my credit card, … my daughter").
                    if pass == 0
                        && (x.role != y.role
                            || (!x.isOptional && occurrence(of: i, in: a) != occurrence(of: j, in: b)))
                    {
                        continue
                    }
                    if pass == 1 && x.role != y.role { continue }
                    if pass == 2 && !rolesAgree(x.role, y.role) { continue }
                    if pass == 3 { return .conflict(.roles) }
                    partnerOfA[i] = j
                    takenB[j] = true
                    break
                }
            }
        }
        if asksWhyAgainstWhat(a, b) || asksWhyAgainstWhat(b, a) { return .conflict(.questionWord) }
        var partnerOfB = [Int](repeating: -1, count: b.tokens.count)
        for (i, j) in partnerOfA.enumerated() where j >= 0 { partnerOfB[j] = i }
        if exchangesRoles(a, b, partnerOfA) || swapsArguments(a, b, partnerOfA) || reordersNumbers(a, b, partnerOfA)
            || movesScope(a, b, partnerOfA) || changesAttachment(a, b, partnerOfA)
            || changesAttachment(b, a, partnerOfB) || recountsCJK(a, b, partnerOfA, partnerOfB)
            || movesBetweenClauses(a, b, partnerOfA) || tradesClauses(a, b, partnerOfA)
            || reordersWithinRole(a, b, partnerOfA) || swapsPhrases(a, b, partnerOfA) || changesOwners(a, b)
            || changesOwners(b, a)
            || movesModifier(a, b, partnerOfA, partnerOfB) || movesModifier(b, a, partnerOfB, partnerOfA)
            || actsInPlainOrder(a, b, partnerOfA) || actsInPlainOrder(b, a, partnerOfB)
        {
            return .conflict(.roles)
        }
        // Optional words need no partner, but "and" on one side against "or" on the other changes the question.
        let optionalA = a.tokens.indices.filter { partnerOfA[$0] < 0 && a.tokens[$0].isOptional }
        let optionalB = b.tokens.indices.filter { !takenB[$0] && b.tokens[$0].isOptional }
        if optionalA.contains(where: { a.tokens[$0].isConjunction })
            && optionalB.contains(where: { b.tokens[$0].isConjunction })
        {
            return .conflict(.operators)
        }
        // Two different tenses, persons, quantifiers or asked units left over, one on each side, change the question.
        for kind in [
            QuestionShape.Token.tenseKind, QuestionShape.Token.personKind, QuestionShape.Token.quantityKind,
            QuestionShape.Token.unitKind,
        ]
        where optionalA.contains(where: { a.tokens[$0].kind == kind })
            && optionalB.contains(where: { b.tokens[$0].kind == kind })
        {
            return .conflict(.contentWords)
        }
        // A particle read on one side only, whose word the other side has as a preposition: "check on a flight" /
        // "On a flight, … check": the same word, moved.
        let leftA = a.tokens.indices.filter {
            partnerOfA[$0] < 0 && !a.tokens[$0].isOptional && !particleMoved(a.tokens[$0], to: b)
        }
        let leftB = b.tokens.indices.filter {
            !takenB[$0] && !b.tokens[$0].isOptional && !particleMoved(b.tokens[$0], to: a)
        }
        if leftA.isEmpty && leftB.isEmpty { return .aligned }
        return .leftovers(stored: leftA, query: leftB)
    }

    /// How many earlier tokens of its side have the canonical form of token `index`: the first 邻居 of one side is
    /// the first of the other. Asked only of equal words, so a scan of the prefix costs less than a table.
    static func occurrence(of index: Int, in s: QuestionShape) -> Int {
        let canon = s.tokens[index].canon
        var count = 0
        for k in 0..<index where s.tokens[k].canon == canon { count += 1 }
        return count
    }

    /// The word of each particle canon ("prt:on" → "on"), by hash.
    static let particleWords: [UInt64: UInt64] = Dictionary(
        uniqueKeysWithValues: QuestionLexicon.englishParticles.map {
            (QuestionShape.hash("prt:" + $0, kind: 3), QuestionShape.hash($0, kind: 1))
        })

    /// Whether `token` is a particle whose word `other` has elsewhere, not as a particle.
    static func particleMoved(_ token: QuestionShape.Token, to other: QuestionShape) -> Bool {
        guard let word = particleWords[token.canon] else { return false }
        return contains(other.words, word) && !other.tokens.contains { $0.canon == token.canon }
    }

    /// Two roles agree when they are equal, when one side has none ("shipping to Spain" / "Spain shipping"), or
    /// when neither is an argument role ("with little money" / "a small amount of money") and they are not
    /// opposite places ("in the fridge" / "outside the fridge", "over 12" / "under 12").
    static func rolesAgree(_ x: QuestionLexicon.Role, _ y: QuestionLexicon.Role) -> Bool {
        x == y || (!x.isArgument && !y.isArgument && !x.isOpposite(of: y))
    }

    /// A role that moves from one word to another: "pounds *to kilograms*" / "kilograms *to pounds*", "ahead *of
    /// London*" / "ahead *of Tokyo*".
    static func exchangesRoles(_ a: QuestionShape, _ b: QuestionShape, _ partnerOfA: [Int]) -> Bool {
        var lost: Set<UInt8> = []  // roles that a word has in a but its partner lacks in b
        var gained: Set<UInt8> = []  // roles that a word has in b but its partner lacks in a
        for (i, j) in partnerOfA.enumerated() where j >= 0 {
            let x = a.tokens[i].role
            let y = b.tokens[j].role
            guard x != y else { continue }
            if x.isSpecific { lost.insert(x.rawValue) }
            if y.isSpecific { gained.insert(y.rawValue) }
        }
        return !lost.isDisjoint(with: gained)
    }

    /// Two words that trade places between the main clause and a subordinate one: "put my router in bridge mode if I
    /// use my mesh" / "put my mesh in bridge mode if I use my router", "can I get a refund if the airline cancels" /
    /// "can the airline get a refund if I cancel". A personal pronoun counts as one of the two (who does what
    /// changes), but two pronouns alone do not: "I" is in both clauses of "when I travel, do I need …".
    static func movesBetweenClauses(_ a: QuestionShape, _ b: QuestionShape, _ partnerOfA: [Int]) -> Bool {
        var into: (any: Bool, word: Bool) = (false, false)
        var out: (any: Bool, word: Bool) = (false, false)
        // How often a pronoun stands in a subordinate clause: its partner is chosen by position, so a pronoun moved
        // only counts when the sides disagree on that ("If I fail a course, can I retake it?" has "I" in both).
        func subordinateCount(_ s: QuestionShape, _ canon: UInt64) -> Int {
            s.tokens.lazy.filter { $0.canon == canon && $0.isSubordinate }.count
        }
        for (i, j) in partnerOfA.enumerated() where j >= 0 {
            let token = a.tokens[i]
            let person =
                token.kind == QuestionShape.Token.personKind
                && subordinateCount(a, token.canon) != subordinateCount(b, token.canon)
            guard person || (!token.isOptional && !token.isExactOnly) else { continue }
            let x = token.isSubordinate
            let y = b.tokens[j].isSubordinate
            if !x && y { into = (true, into.word || !token.isOptional) }
            if x && !y { out = (true, out.word || !token.isOptional) }
        }
        return into.any && out.any && (into.word || out.word)
    }

    /// A 被 / 把 clause against the plain order with agent and object the other way round: 我被蜜蜂蛰了 / 我蛰了蜜蜂
    /// (蜜蜂蛰了我 keeps them). In the plain order who acts stands before what is acted on, in one clause; the
    /// marked side says which is which (agent or actor, patient or object).
    static func actsInPlainOrder(_ a: QuestionShape, _ b: QuestionShape, _ partnerOfA: [Int]) -> Bool {
        func acts(_ role: QuestionLexicon.Role) -> Bool { role == .agent || role == .actor }
        func undergoes(_ role: QuestionLexicon.Role) -> Bool { role == .patient || role == .object }
        for (i, g) in partnerOfA.enumerated() where g >= 0 && acts(a.tokens[i].role) && b.tokens[g].role == .none {
            for (k, o) in partnerOfA.enumerated()
            where o >= 0 && o < g && undergoes(a.tokens[k].role) && b.tokens[o].role == .none
                && b.tokens[o].clause == b.tokens[g].clause
            {
                return true
            }
        }
        return false
    }

    /// "Why …?" against a "what" question that names no cause: "What's the difference between let and var?" /
    /// "Why is there a difference between let and var?" want different answers; "What makes the sky blue?" asks
    /// why.
    static func asksWhyAgainstWhat(_ a: QuestionShape, _ b: QuestionShape) -> Bool {
        let open = VerifierQuestionKind.open.rawValue
        guard a.questionKinds & VerifierQuestionKind.reason.rawValue != 0, b.questionKinds & open != 0,
            b.questionKinds & ~(open | VerifierQuestionKind.ordered.rawValue) == 0,
            !b.tokens.contains(where: { $0.flags & QuestionShape.Token.cjk != 0 })
        else { return false }
        return !causalWords.contains { contains(b.words, $0) }
    }

    /// Words with which a "what" question asks for a cause.
    static let causalWords: [UInt64] = [
        "cause", "causes", "caused", "causing", "reason", "reasons", "make", "makes", "made", "because", "purpose",
        "point", "why", "lead", "leads", "result", "trigger", "triggers",
    ].map { QuestionShape.hash($0, kind: 1) }

    /// "Only" that moves between the main clause and a subordinate one: "overtime only if I work on weekends" /
    /// "overtime if I only work on weekends". ("all" in an "if" clause that asks whether moves without harm.)
    static func movesScope(_ a: QuestionShape, _ b: QuestionShape, _ partnerOfA: [Int]) -> Bool {
        for (i, j) in partnerOfA.enumerated() where j >= 0 && a.tokens[i].canon == onlyCanon {
            if a.tokens[i].isSubordinate != b.tokens[j].isSubordinate { return true }
        }
        return false
    }

    /// A word that joins another word's phrase: "read a *large* CSV file in chunks" / "read a CSV file in *large*
    /// chunks". Its role changes from none to the role of a phrase that a second word holds on both sides; a word
    /// that merely gains a preposition ("shipping to Spain" / "Spain shipping") has no such company.
    static func changesAttachment(_ a: QuestionShape, _ b: QuestionShape, _ partnerOfA: [Int]) -> Bool {
        for (i, j) in partnerOfA.enumerated() where j >= 0 {
            let x = a.tokens[i]
            let y = b.tokens[j]
            guard x.role == .none, y.role != .none, y.role.isSpecific, !x.isOptional,
                x.flags & QuestionShape.Token.cjk == 0
            else { continue }
            for (i2, j2) in partnerOfA.enumerated()
            where j2 >= 0 && i2 != i && a.tokens[i2].role == y.role && b.tokens[j2].role == y.role
                && b.tokens[j2].clause == y.clause
            {
                return true
            }
        }
        return false
    }

    /// A modifier that leaves its word for a word of another clause: "my emails if I use my *personal* laptop" /
    /// "my *personal* emails if I use my laptop". Inside one clause words may reorder freely ("an opened item" /
    /// "an item that was opened"); a word that stood in the other clause before cannot be what it describes.
    static func movesModifier(
        _ a: QuestionShape, _ b: QuestionShape, _ partnerOfA: [Int], _ partnerOfB: [Int]
    ) -> Bool {
        func plain(_ t: QuestionShape.Token) -> Bool { !t.isOptional && t.flags & QuestionShape.Token.cjk == 0 }
        for i in a.tokens.indices.dropLast() {
            let x = a.tokens[i]
            let head = a.tokens[i + 1]
            let j = partnerOfA[i]
            guard j >= 0, j + 1 < b.tokens.count, x.role == .none, plain(x), plain(head), head.clause == x.clause,
                partnerOfA[i + 1] >= 0
            else { continue }
            let next = b.tokens[j + 1]
            let k = partnerOfB[j + 1]
            guard plain(next), next.clause == b.tokens[j].clause, k >= 0, k != i + 1 else { continue }
            if a.tokens[k].isSubordinate != x.isSubordinate { return true }
        }
        return false
    }

    /// The canonical form of "only" (只, 只有, 仅).
    static let onlyCanon = QuestionShape.hash("quant:only", kind: 3)

    /// A Chinese number that counts another word: 两个大人带一个孩子 / 一个大人带两个孩子 (一个 reads as an article, so
    /// the number alone moves). The word after a number, when it has a partner, must be the word after the number's
    /// partner; a word without one is left to the synonyms (一千瓦时 / 一度电).
    static func recountsCJK(_ a: QuestionShape, _ b: QuestionShape, _ partnerOfA: [Int], _ partnerOfB: [Int]) -> Bool {
        func next(_ s: QuestionShape, after k: Int) -> Int? {
            let n = k + 1
            guard n < s.tokens.count, s.tokens[n].clause == s.tokens[k].clause, !s.tokens[n].isOptional,
                s.tokens[n].flags & QuestionShape.Token.cjk != 0
            else { return nil }
            return n
        }
        for (i, j) in partnerOfA.enumerated() where j >= 0 && a.tokens[i].isNumber {
            guard let ni = next(a, after: i), let nj = next(b, after: j), partnerOfA[ni] >= 0, partnerOfB[nj] >= 0
            else { continue }
            if partnerOfA[ni] != nj { return true }
        }
        return false
    }

    /// Two words that trade clauses: "the radius doubles, how much does the area grow" / "the area doubles, how much
    /// does the radius grow", 买家付款了，卖家多久发货 / 卖家发货了，买家多久付款. A whole clause moved ("If my bag weighs
    /// 55 pounds, what's the fee?" / "What's the fee if my bag weighs 55 pounds?") keeps its words together and passes.
    static func tradesClauses(_ a: QuestionShape, _ b: QuestionShape, _ partnerOfA: [Int]) -> Bool {
        // Content words that occur once on each side; in Chinese, whose characters repeat across clauses (扩大 … 扩大),
        // any character as often on each side, the k-th paired with the k-th, and markers (已经, 必须) too. English
        // pronouns and auxiliaries ("If I cancel, will I …") belong to every clause and prove nothing.
        var countA: [UInt64: Int] = [:]
        var countB: [UInt64: Int] = [:]
        for t in a.tokens { countA[t.canon, default: 0] += 1 }
        for t in b.tokens { countB[t.canon, default: 0] += 1 }
        var words: [(clauseA: UInt8, clauseB: UInt8)] = []
        for (i, j) in partnerOfA.enumerated() where j >= 0 {
            let t = a.tokens[i]
            let cjk = t.flags & QuestionShape.Token.cjk != 0
            guard
                cjk ? countA[t.canon] == countB[t.canon] : !t.isOptional && countA[t.canon] == 1 && countB[t.canon] == 1
            else { continue }
            words.append((t.clause & 0x7F, b.tokens[j].clause & 0x7F))
        }
        guard words.count >= 4 else { return false }
        // x and y from two clauses of a; x now sits with a clause-mate of y, and y with a clause-mate of x.
        for x in words.indices {
            for y in words.indices where words[x].clauseA != words[y].clauseA && words[x].clauseB != words[y].clauseB {
                let xJoinsY = words.indices.contains {
                    $0 != y && words[$0].clauseA == words[y].clauseA && words[$0].clauseB == words[x].clauseB
                }
                let yJoinsX = words.indices.contains {
                    $0 != x && words[$0].clauseA == words[x].clauseA && words[$0].clauseB == words[y].clauseB
                }
                if xJoinsY && yJoinsX { return true }
            }
        }
        return false
    }

    /// Two words of the same phrase in the other order: "a cup of chocolate milk" / "a cup of milk chocolate".
    /// Words joined by "and" / "or" may trade places.
    static func reordersWithinRole(_ a: QuestionShape, _ b: QuestionShape, _ partnerOfA: [Int]) -> Bool {
        // With "then", "first" or a ratio, coordinated words are ordered too (水和米的比例 / 米和水的比例).
        let ordered = (a.questionKinds | b.questionKinds) & VerifierQuestionKind.ordered.rawValue != 0
        if ordered {
            // 水和米 / 米和水: the word after 和 / "with" trades its role with the one before it.
            for (x, j) in partnerOfA.enumerated() where j >= 0 && a.tokens[x].role != b.tokens[j].role {
                if a.tokens[x].role == .symmetric || b.tokens[j].role == .symmetric { return true }
            }
        }
        for x in a.tokens.indices where partnerOfA[x] >= 0 && (a.tokens[x].role.isSpecific || ordered) {
            for y in (x + 1)..<a.tokens.count where partnerOfA[y] >= 0 && partnerOfA[y] < partnerOfA[x] {
                guard a.tokens[y].role == a.tokens[x].role, b.tokens[partnerOfA[x]].role == a.tokens[x].role,
                    b.tokens[partnerOfA[y]].role == a.tokens[x].role, a.tokens[x].clause == a.tokens[y].clause,
                    b.tokens[partnerOfA[x]].clause == b.tokens[partnerOfA[y]].clause,
                    !a.tokens[x].isOptional, !a.tokens[y].isOptional
                else { continue }
                let joined = a.tokens[(x + 1)..<y].contains(where: \.isConjunction)
                if joined ? ordered : a.tokens[x].role.isSpecific { return true }
            }
        }
        return false
    }

    /// Two prepositional phrases of one clause in the other order, one of them a modifier (with, of, near, about,
    /// in …): "chargers for phones *with a case*" / "chargers *with a case* for phones". The nearest noun is what
    /// a modifier describes, so the swap changes which thing has the case; two argument phrases ("from London to
    /// Paris" / "to Paris from London") attach to the same word either way and may trade places.
    static func swapsPhrases(_ a: QuestionShape, _ b: QuestionShape, _ partnerOfA: [Int]) -> Bool {
        let t = a.tokens
        for x in t.indices where partnerOfA[x] >= 0 && t[x].role.isSpecific && t[x].flags & QuestionShape.Token.cjk == 0
        {
            // The last word of x's phrase, then the first word of the next phrase.
            var y = x + 1
            while y < t.count && t[y].role == t[x].role { y += 1 }
            guard y < t.count, partnerOfA[y] >= 0, t[y].role.isSpecific, t[y].clause == t[x].clause,
                !(t[x].role.isArgument && t[y].role.isArgument), !t[x].isOptional, !t[y].isOptional
            else { continue }
            let px = partnerOfA[x]
            let py = partnerOfA[y]
            if py < px && b.tokens[px].role == t[x].role && b.tokens[py].role == t[y].role
                && b.tokens[px].clause == b.tokens[py].clause
            {
                return true
            }
        }
        return false
    }

    /// An ownership of one side that the other side contradicts: both words are there, but not that one owns the
    /// other ("my neighbor's tree … my car" / "my tree … my neighbor's car", 我爸的房子 / 我的房子).
    static func changesOwners(_ a: QuestionShape, _ b: QuestionShape) -> Bool {
        guard !a.possessions.isEmpty else { return false }
        let present = Set(b.tokens.map(\.canon))
        let owned = Set(b.possessions)
        for possession in a.possessions
        where present.contains(possession.owner) && present.contains(possession.owned) && !owned.contains(possession) {
            // The other side says someone else owns it, or nothing about it: only the first contradicts; so does
            // the chain read the other way ("my friend's teacher" / "my teacher's friend", 我朋友的老师 / 我老师的朋友).
            // The same owner of another thing contradicts in English only: a Chinese phrase after 的 runs on into
            // the verb unless 把 or 被 ends it (房东的猫抓伤了我 / 房东的猫把我抓伤了), so its last character is not
            // always the thing owned.
            let cjk = a.tokens.contains { $0.canon == possession.owned && $0.flags & QuestionShape.Token.cjk != 0 }
            if b.possessions.contains(where: {
                $0.owned == possession.owned || (!cjk && $0.owner == possession.owner)
                    || ($0.owner == possession.owned && $0.owned == possession.owner)
            }) {
                return true
            }
        }
        return false
    }

    /// Numbers with the same role in a different order: "a recipe for 6 people … for 4 people" / "for 4 … for 6".
    /// Numbers joined symmetrically may trade places ("between 128 GB and 256 GB").
    static func reordersNumbers(_ a: QuestionShape, _ b: QuestionShape, _ partnerOfA: [Int]) -> Bool {
        let numbers = a.tokens.indices.filter { a.tokens[$0].isNumber && partnerOfA[$0] >= 0 }
        for (n, x) in numbers.enumerated() {
            for y in numbers[(n + 1)...]
            where a.tokens[x].role == a.tokens[y].role && a.tokens[x].role != .symmetric
                && a.tokens[x].canon != a.tokens[y].canon
            {
                if partnerOfA[y] < partnerOfA[x] { return true }
            }
        }
        // A number that counts another thing: "two codes on one order" / "one code on two orders" ("one" may be
        // read as an article, so one number is enough): its role must stay.
        for x in numbers where a.tokens[x].role != b.tokens[partnerOfA[x]].role { return true }
        return false
    }

    /// Whether only an auxiliary of its clause comes before token `i`: a modal there opens a question ("Must my
    /// employer pay?") and may stand after the subject in another wording ("Does my employer have to pay?"), while
    /// "Do I need to …" / "Does my insurer need to …" keep the modal after two different subjects.
    static func opensClause(_ s: QuestionShape, _ i: Int) -> Bool {
        var k = i - 1
        while k >= 0, s.tokens[k].clause == s.tokens[i].clause {
            if s.tokens[k].kind != QuestionShape.Token.tenseKind { return false }
            k -= 1
        }
        return true
    }

    /// Two ungoverned content words of one clause in the other order: "landlord pays tenant" / "tenant pays
    /// landlord", 狗咬人 / 人咬狗, "my policy covers my son" / "my son's policy covers me". Moving a word to another
    /// clause or into a prepositional phrase is a rephrasing ("On Sundays, what time do you open?"), not a swap.
    static func swapsArguments(_ a: QuestionShape, _ b: QuestionShape, _ partnerOfA: [Int]) -> Bool {
        let free = a.tokens.indices.filter { i in
            let j = partnerOfA[i]
            return j >= 0 && a.tokens[i].role == .none && b.tokens[j].role == .none
                && !(a.tokens[i].isModal && (opensClause(a, i) || opensClause(b, j)))
        }
        guard free.count >= 2 else { return false }
        for (n, x) in free.enumerated() {
            for y in free[(n + 1)...] {
                let jx = partnerOfA[x]
                let jy = partnerOfA[y]
                guard jy < jx else { continue }  // same order on both sides
                guard a.tokens[x].clause == a.tokens[y].clause, b.tokens[jx].clause == b.tokens[jy].clause else {
                    continue
                }
                // Content words of one clause keep their order ("my auto policy … my son" / "my son's auto policy");
                // a pronoun may move, unless it trades places with another word around a shared one.
                // Chinese fronts the object freely (收货地址怎么修改), so there only a swap around a shared word counts.
                let pinned = { (t: QuestionShape.Token) in !t.isOptional && t.flags & QuestionShape.Token.cjk == 0 }
                if pinned(a.tokens[x]) && pinned(a.tokens[y]) { return true }
                for m in (x + 1)..<y {
                    let jm = partnerOfA[m]
                    if jm >= 0, jm > jy, jm < jx, a.tokens[m].clause == a.tokens[x].clause { return true }
                }
            }
        }
        return false
    }

    /// Two questions that both ask a specific kind of thing (how, where, when, why, who, which, how many) must share
    /// one.
    ///
    /// "What" is left out: it rephrases every other kind ("what makes the sky blue" asks why, "what time" asks
    /// when), so only a clash of two specific kinds rejects. "How" is specific: "how do I renew my ID?" and "where
    /// do I renew my ID?" (怎么补办 / 在哪里补办) want different answers, and a cached "how" answer served for a
    /// "where" question is the wrong answer this check exists to refuse.
    static func questionsAgree(_ a: UInt16, _ b: UInt16) -> Bool {
        let open = VerifierQuestionKind.open.rawValue | VerifierQuestionKind.ordered.rawValue
        let x = a & ~open
        let y = b & ~open
        return x == 0 || y == 0 || x & y != 0
    }

    /// Every entity of either side is among the other side's words (in any case).
    static func entitiesAgree(_ a: QuestionShape, _ b: QuestionShape) -> Bool {
        for e in a.entities where !contains(b.words, e) { return false }
        for e in b.entities where !contains(a.words, e) { return false }
        return true
    }

    /// A polar word on one side only and its opposite on the other only ("turn on" / "turn off").
    static func hasOpposites(_ a: [UInt64], _ b: [UInt64]) -> Bool {
        func count(_ list: [UInt64], _ value: UInt64) -> Int { list.lazy.filter { $0 == value }.count }
        for word in Set(a) where count(a, word) > count(b, word) {
            guard let opposites = QuestionVocabulary.oppositeHashes[word] else { continue }
            for opposite in opposites where count(b, opposite) > count(a, opposite) { return true }
        }
        return false
    }

    private static func contains(_ sorted: [UInt64], _ value: UInt64) -> Bool {
        var low = 0
        var high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low < sorted.count && sorted[low] == value
    }
}
