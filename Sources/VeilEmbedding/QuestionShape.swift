/// A question read for alignment: its content words in order, each with a canonical form (lemma, common synonym),
/// the role a relational word gives it ("to Spain", "than a desktop", 从北京), its clause; the operator expressions;
/// the question kind; and the invariants (placeholders, numbers, negation) that the cache keeps as a signature.
///
/// Canonical forms are kept as 64-bit hashes, so the same shape, without the words (a *sketch*), can sit in memory
/// beside every cached entry: the aligner then refuses most wrong candidates without reading and decrypting them.
/// The words themselves (``surfaces``) are only needed to ask the embedder whether two leftover words are synonyms.
struct QuestionShape: Sendable, Equatable {
    struct Token: Sendable, Equatable {
        /// Hash of the canonical form.
        var canon: UInt64
        /// The role its relational word gives it (``QuestionLexicon/Role/none`` when ungoverned).
        var role: QuestionLexicon.Role
        var flags: UInt8
        /// Clause number (punctuation separates clauses), for deciding whether a reordering swaps arguments.
        var clause: UInt8

        /// Never related by the embedder: numbers, placeholders, modals, spelled operators, ordinals, days.
        static let exactOnly: UInt8 = 1
        /// A character of an unspaced script: the embedder does not relate these reliably either.
        static let cjk: UInt8 = 2
        /// A number: numbers of the same role keep their order ("for 6 people … for 4 people").
        static let number: UInt8 = 4
        /// Right after a negation: "not received" is not "received" even when both texts negate something
        /// (已签收但没收到 / 未签收但已收到).
        static let negated: UInt8 = 8
        /// Need not find a partner (pronouns, "and" / "or"), but keeps its role and order when it does.
        static let optional: UInt8 = 16

        var isExactOnly: Bool { flags & (Self.exactOnly | Self.cjk) != 0 }
        var isNumber: Bool { flags & Self.number != 0 }
        var isNegated: Bool { flags & Self.negated != 0 }
        /// In a clause opened by "if", "when", "because" …
        var isSubordinate: Bool { clause & 0x80 != 0 }
        /// The class of an optional token that refuses when each side leaves a different one: tense, person or
        /// quantity (0 for others).
        var kind: UInt8 { flags & (Self.tenseKind | Self.personKind | Self.quantityKind) }

        static let tenseKind: UInt8 = 32
        static let personKind: UInt8 = 64
        static let quantityKind: UInt8 = 128
        /// The time unit a "how many" asks in (no flag bit is free: a combination no other token carries).
        static let unitKind: UInt8 = tenseKind | quantityKind
        var isOptional: Bool { flags & Self.optional != 0 }
        var isConjunction: Bool { canon == Self.andHash || canon == Self.orHash || canon == Self.norHash }
        /// A modal ("must", "have to", "can"): a question may open with it ("Must my employer pay?") where another
        /// wording puts it after the subject ("Does my employer have to pay?").
        var isModal: Bool { canon == Self.abilityHash || canon == Self.obligationHash || canon == Self.adviceHash }

        static let abilityHash = QuestionShape.hash("modal:\(QuestionLexicon.ModalClass.ability.rawValue)", kind: 3)
        static let obligationHash = QuestionShape.hash(
            "modal:\(QuestionLexicon.ModalClass.obligation.rawValue)", kind: 3)
        static let adviceHash = QuestionShape.hash("modal:\(QuestionLexicon.ModalClass.advice.rawValue)", kind: 3)

        static let andHash = QuestionShape.hash("conj:and", kind: 3)
        static let orHash = QuestionShape.hash("conj:or", kind: 3)
        static let norHash = QuestionShape.hash("conj:nor", kind: 3)
    }

    /// An owner and what it owns, by canonical form.
    struct Possession: Sendable, Equatable, Hashable {
        var owner: UInt64
        var owned: UInt64
    }

    var tokens: [Token] = []
    /// Who owns what ("my neighbor's tree" / "my tree … my neighbor's car"), sorted.
    var possessions: [Possession] = []
    /// The words behind ``tokens`` (lowercased, as written), empty in a sketch.
    var surfaces: [String] = []
    /// Hashes of the operator expressions (`x^2-4=0`, `a<b`), sorted.
    var expressions: [UInt64] = []
    /// The kinds of question asked (``VerifierQuestionKind`` bits).
    var questionKinds: UInt16 = 0
    /// Hashes of the words that name something (iPhone, AWS, a capitalized word mid-sentence), sorted.
    var entities: [UInt64] = []
    /// Hashes of every word (as written, lowercased, and canonical), sorted: an entity of one side must be among
    /// the other's words.
    var words: [UInt64] = []
    /// Hashes of the words that have a listed opposite (on/off, before/after, best/worst), with repetition, sorted.
    var polar: [UInt64] = []
    /// The digest of placeholders, numbers and negation count; see ``SemanticVerifier/signature(of:)``.
    var signature: UInt64 = 0
    /// What the signature folds, for naming the reason of a refusal (empty in a sketch).
    var placeholders: [String] = []
    var numbers: [String] = []
    var negations = 0

    /// The shape without the words, as the cache keeps it beside an entry.
    var sketch: QuestionShape {
        var copy = self
        copy.surfaces = []
        copy.placeholders = []
        copy.numbers = []
        copy.negations = 0
        return copy
    }

    init(
        tokens: [Token], expressions: [UInt64], questionKinds: UInt16, entities: [UInt64], words: [UInt64],
        polar: [UInt64], signature: UInt64
    ) {
        self.tokens = tokens
        self.expressions = expressions
        self.questionKinds = questionKinds
        self.entities = entities
        self.words = words
        self.polar = polar
        self.signature = signature
    }

    /// Reads `text`.
    init(_ text: String) {
        var reader = QuestionReader(text)
        reader.read()
        self = reader.finish()
    }

    /// FNV-1a over a kind byte and the UTF-8 of `text`: the same in every process, so sketches survive restarts.
    static func hash(_ text: String, kind: UInt8 = 0) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        hash ^= UInt64(kind)
        hash &*= 0x0000_0100_0000_01B3
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return hash
    }
}

/// Builds a ``QuestionShape``: the text's tokens become words (shorthands expanded, hyphenated words joined or
/// split, signs attached), the words become units (content, relational, boundary), and relational units give
/// roles to the content that follows them.
private struct QuestionReader {
    /// A token after the first normalization.
    struct Item {
        var text: String
        var original: String
        var kind: TextAnalysis.Kind
        var sentenceStart: Bool
        var afterBreak: Bool
        var isOperator = false
        /// An operator named between words ("when does == return true"), with no operand beside it: a word of the
        /// question, whose place counts as a word's does.
        var isNamedOperator = false
    }

    enum UnitKind: Equatable {
        case content
        /// A negator: the next content word of its clause is negated.
        case negation
        /// A relational word; `postposition` governs what precedes it (Chinese 之前).
        case role(QuestionLexicon.Role, postposition: Bool)
        /// Ends a governed phrase: auxiliaries, pronouns, conjunctions, question words, modals, negators.
        case boundary
    }

    struct Unit {
        var kind: UnitKind
        var canon: String = ""
        var surface: String = ""
        var flags: UInt8 = 0
        var clause: Int
        var role: QuestionLexicon.Role = .none
        var isCJK = false
        /// A token that need not find a partner (pronouns, "and"/"or") but keeps its role when it does.
        var optional = false
        /// Owns the head of the phrase that follows ("my", "neighbor's", 我爸的).
        var possessor = false
        /// A past participle after a form of "be" and before "by" ("was paid by", "be sued by"): a passive verb
        /// whose agent follows it.
        var passiveVerb = false
        /// An "of" whose phrase owns the word before it ("the side effects of metformin").
        var ofLink = false
        /// Follows a skipped function character: a phrase boundary inside Chinese (房子我爸).
        var afterGap = false
        /// The unit of "how many days": optional, since "how long" asks the same without naming one, but two
        /// different units ("how many days" / "how many weeks") still refuse.
        var askedUnit = false
    }

    var items: [Item] = []
    var expressions: [UInt64] = []
    var units: [Unit] = []
    var placeholders: [String] = []
    var numbers: [String] = []
    var negations = 0
    var questionKinds: UInt16 = 0
    var polarMarker = false
    /// The kinds of question words that also open clauses ("when"): a question only where no yes/no opener is.
    var clauseOpenerKinds: UInt16 = 0
    /// "or" / 还是 between two things: a yes/no question becomes a choice.
    var alternative = false
    var entities: Set<UInt64> = []
    var words: Set<UInt64> = []
    var polar: [UInt64] = []
    var clause = 0
    var skip: Set<Int> = []
    /// Clauses opened by "if", "when", "because" … (如果, 因为 …): a word that moves between the main and a
    /// subordinate clause changes what is asked ("put the router in bridge mode if I use my mesh" / the reverse).
    var subordinate: Set<Int> = []
    /// "then", "first", a ratio: the order of coordinated words matters ("by age and then by name", 水和米的比例).
    var ordered = false
    /// Subordinating "after", "before", "until", "since" that open a clause.
    var conjunctions: [String] = []
    /// Items that are the unit of a "how many days" question.
    var askedUnits: Set<Int> = []

    init(_ text: String) {
        let tokens = Self.joiningCalls(TextAnalysis(text).tokens, in: text)
        expressions = (Self.expressions(tokens) + Self.chineseExpressions(tokens)).map {
            QuestionShape.hash($0, kind: 7)
        }
        items = Self.items(tokens)
    }

    /// A call written in code, a name of two letters or more with its arguments in parentheses right after it
    /// (`COUNT(*)`, `len(a)`, `foo(a, b)`), becomes one word. Parentheses otherwise break clauses, and words may
    /// move between clauses ("On Sundays, what time …"), so read apart, `COUNT(column) … while COUNT(*) doesn't`
    /// and its reverse would hold the same words in clauses that merely trade places.
    static func joiningCalls(_ tokens: [TextAnalysis.Token], in text: String) -> [TextAnalysis.Token] {
        guard text.utf8.contains(UInt8(ascii: "(")) else { return tokens }
        var tokens = tokens
        let scalars = Array(text.unicodeScalars)
        var result: [TextAnalysis.Token] = []
        result.reserveCapacity(tokens.count)
        var i = 0
        while i < tokens.count {
            let token = tokens[i]
            guard token.kind == .word, token.text.count >= 2, token.end < scalars.count, scalars[token.end] == "(",
                let close = Self.closingParenthesis(scalars, openingAt: token.end)
            else {
                result.append(token)
                i += 1
                continue
            }
            var inside = String.UnicodeScalarView()
            for scalar in scalars[(token.end + 1)..<close] where !scalar.properties.isWhitespace {
                inside.append(scalar)
            }
            let arguments = String(inside)
            var call = token
            call.original = String(String.UnicodeScalarView(scalars[token.start...close]))
            // "fee(s)", "box(es)": prose for the plural, which says what "fees" says.
            let plural = arguments == "s" || arguments == "es"
            call.text = TextAnalysis.lowercase(plural ? token.text + arguments : token.text + "(" + arguments + ")")
            call.end = close + 1
            result.append(call)
            i += 1
            while i < tokens.count, tokens[i].start <= close { i += 1 }
            // What follows the call starts a clause only if punctuation other than the parentheses stands before it.
            if i < tokens.count {
                tokens[i].afterBreak = scalars[(close + 1)..<tokens[i].start].contains { Self.breaksClause($0) }
            }
        }
        return result
    }

    /// The `)` that closes the `(` at `open` within a short span, with nothing that ends a sentence before it.
    static func closingParenthesis(_ scalars: [Unicode.Scalar], openingAt open: Int) -> Int? {
        var k = open + 1
        while k < scalars.count, k <= open + 48 {
            switch scalars[k] {
            case ")": return k > open + 1 ? k : nil
            case "(", "?", "!", "\n", "\u{3002}", "\u{FF1F}": return nil
            default: k += 1
            }
        }
        return nil
    }

    static func breaksClause(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ".", "?", "!", "\u{3002}", "\u{FF1F}", "\u{FF01}", "\n", ",", ";", ":", "\u{FF0C}", "\u{3001}",
            "\u{FF1B}", "\u{FF1A}", "(", ")":
            true
        default: false
        }
    }

    /// Chinese arithmetic words between two written operands, spelled as the symbol expressions are: 24除以6 is
    /// "24/6" (as 24 ÷ 6 is), a减b is "a-b" and not b减a. A bare 除 divides the other way (24除6 is 6 ÷ 24), so
    /// its operands are written in reverse. The operand order is then compared whole, like `a - b` / `b - a`.
    static func chineseExpressions(_ tokens: [TextAnalysis.Token]) -> [String] {
        func isOperand(_ k: Int) -> Bool {
            k < tokens.count && (tokens[k].kind == .number || (tokens[k].kind == .word && tokens[k].text.count == 1))
        }
        var result: [String] = []
        for i in tokens.indices where isOperand(i) {
            // 满300减50 is an offer (spend 300, save 50), not a subtraction: its numbers are compared as numbers.
            if i > 0, tokens[i - 1].kind == .cjk, tokens[i - 1].text == "满" { continue }
            for (word, symbol, reversed) in QuestionVocabulary.chineseArithmetic {
                let end = i + 1 + word.count
                guard isOperand(end), !tokens[end].afterBreak,
                    tokens[(i + 1)..<end].map(\.text).joined() == word,
                    tokens[(i + 1)..<end].allSatisfy({ $0.kind == .cjk && !$0.afterBreak })
                else { continue }
                let (left, right) = reversed ? (tokens[end].text, tokens[i].text) : (tokens[i].text, tokens[end].text)
                result.append(left + symbol + right)
                break
            }
        }
        return result
    }

    // MARK: Items

    /// Tokens → items: shorthands expanded ("whats" → "what is"), `w/` and `w/o`, `c++`, hyphenated words joined
    /// ("re-freeze", "e-mail") or split ("60-year-old"), a minus that signs a number attached to it.
    static func items(_ tokens: [TextAnalysis.Token]) -> [Item] {
        var items: [Item] = []
        items.reserveCapacity(tokens.count)
        func touches(_ a: Int, _ b: Int) -> Bool { tokens[a].end == tokens[b].start }
        var i = 0
        while i < tokens.count {
            let token = tokens[i]
            var item = Item(
                text: token.text, original: token.original, kind: token.kind, sentenceStart: token.sentenceStart,
                afterBreak: token.afterBreak)
            switch token.kind {
            case .symbol:
                item.isOperator = isOperator(tokens, at: i)
                item.isNamedOperator = item.isOperator && isNamedOperator(tokens, at: i)
                if !item.isOperator, token.text == "&", isBetweenWords(tokens, at: i) {
                    // "wear & tear", "Pride & Prejudice": between two words "&" is "and" ("5 & 3" is an operator).
                    item.text = "and"
                    item.kind = .word
                } else if !item.isOperator && !isSign(tokens, at: i) {
                    i += 1
                    continue
                }
            case .number:
                if i > 0, isSign(tokens, at: i - 1) { item.text = "-" + token.text }
                // 2万 / 两万 / 20000, 1.5亿: a digit count of 万 or 亿 is the number it names.
                if i + 1 < tokens.count, tokens[i + 1].kind == .cjk, touches(i, i + 1),
                    let scaled = scaledByChineseUnit(item.text, tokens[i + 1].text),
                    i + 2 >= tokens.count || tokens[i + 2].text.first.map({ Lexicon.chineseDigits[$0] == nil }) ?? true
                {
                    item.text = scaled
                    i += 1
                }
                if isChatTo(tokens, at: i) {
                    item.text = "to"
                    item.kind = .word
                } else if isSingularOne(tokens, at: i) {
                    // "1 day late" says what "one day late" and "a day late" say: read as "one", an article.
                    item.text = "one"
                    item.kind = .word
                }
            case .word:
                let next = i + 1 < tokens.count ? tokens[i + 1] : nil
                let afterNext = i + 2 < tokens.count ? tokens[i + 2] : nil
                // "after or before" asks what "before or after" asks: one order for both.
                if token.text == "after", let next, next.text == "or" || next.text == "and", let afterNext,
                    afterNext.text == "before"
                {
                    item.text = "before"
                    items.append(item)
                    items.append(
                        Item(
                            text: next.text, original: next.original, kind: .word, sentenceStart: false,
                            afterBreak: next.afterBreak))
                    items.append(
                        Item(
                            text: "after", original: afterNext.original, kind: .word, sentenceStart: false,
                            afterBreak: afterNext.afterBreak))
                    i += 3
                    continue
                }
                // "ATMs", "CDs": the plural of a name in capitals is that name.
                if Self.isAcronymPlural(token.original) { item.text.removeLast() }
                // "50GB", "24hrs", "1.5kg": a number glued to its unit says what "50 GB" says.
                if let split = numberWithUnit(token) {
                    items.append(
                        Item(
                            text: split.number, original: split.number, kind: .number,
                            sentenceStart: token.sentenceStart, afterBreak: token.afterBreak))
                    items.append(
                        Item(
                            text: QuestionLexicon.englishShorthands[split.unit]?.first ?? split.unit,
                            original: split.originalUnit, kind: .word, sentenceStart: false, afterBreak: false))
                    i += 1
                    continue
                }
                if token.text == "w", let next, next.text == "/", touches(i, i + 1) {
                    if let afterNext, afterNext.text == "o", touches(i + 1, i + 2) {
                        item.text = "without"
                        i += 2
                    } else {
                        item.text = "with"
                        i += 1
                    }
                } else if let next, next.kind == .symbol, touches(i, i + 1), next.text == "++" || next.text == "#" {
                    item.text += next.text
                    i += 1
                } else if let next, next.text == "-", let afterNext, afterNext.kind == .word, touches(i, i + 1),
                    touches(i + 1, i + 2)
                {
                    if QuestionLexicon.joiningPrefixes.contains(token.text) {
                        item.text += afterNext.text
                        i += 2
                    } else if QuestionVocabulary.synonyms[token.text + "-" + afterNext.text] != nil {
                        item.text += "-" + afterNext.text
                        i += 2
                    }
                } else if token.text == "then", isComparativeThen(tokens, at: i) {
                    // "faster then Java": after a comparative and before its object, "then" is the common misspelling
                    // of "than" (the adverb "then" does not follow a comparative inside a clause).
                    item.text = "than"
                } else if token.text == "r", let next, next.kind == .word,
                    QuestionLexicon.chatAreBefore.contains(next.text)
                {
                    item.text = "are"
                } else if let expansion = QuestionLexicon.englishShorthands[token.text] {
                    for (k, word) in expansion.enumerated() {
                        items.append(
                            Item(
                                text: word, original: k == 0 ? token.original : word, kind: .word,
                                sentenceStart: token.sentenceStart && k == 0, afterBreak: token.afterBreak && k == 0))
                    }
                    i += 1
                    continue
                }
            case .placeholder, .cjk:
                break
            }
            items.append(item)
            i += 1
        }
        return items
    }

    /// A word that is a number glued to a listed unit ("50gb", "1.5kg", "24hrs"): the number, the unit, and the
    /// unit as written (its capitals make "GB" a name, as they do when it stands apart).
    static func numberWithUnit(_ token: TextAnalysis.Token) -> (number: String, unit: String, originalUnit: String)? {
        guard let first = token.text.utf8.first, first >= 0x30, first <= 0x39 else { return nil }
        let scalars = Array(token.text.unicodeScalars)
        var k = 0
        var dots = 0
        while k < scalars.count, TextAnalysis.isDigit(scalars[k]) || (scalars[k] == "." && k > 0 && dots == 0) {
            if scalars[k] == "." { dots += 1 }
            k += 1
        }
        guard k > 0, k < scalars.count, scalars[k - 1] != "." else { return nil }
        var number = ""
        number.unicodeScalars.append(contentsOf: scalars[..<k])
        var unit = ""
        unit.unicodeScalars.append(contentsOf: scalars[k...])
        guard QuestionVocabulary.gluedUnits.contains(unit) else { return nil }
        let original = Array(token.original.unicodeScalars)
        var originalUnit = ""
        originalUnit.unicodeScalars.append(contentsOf: original[min(k, original.count)...])
        return (number, unit, originalUnit)
    }

    /// Whether the symbol at `i` stands apart between two words in one clause ("wear & tear").
    static func isBetweenWords(_ tokens: [TextAnalysis.Token], at i: Int) -> Bool {
        guard i > 0, i + 1 < tokens.count, !tokens[i].afterBreak, !tokens[i + 1].afterBreak else { return false }
        return tokens[i - 1].kind == .word && tokens[i + 1].kind == .word
    }

    /// Whether the "then" at `i` follows a comparative ("faster", "more expensive", "greater") and precedes a word
    /// of the same clause: the misspelled "than" of a comparison.
    static func isComparativeThen(_ tokens: [TextAnalysis.Token], at i: Int) -> Bool {
        guard i > 0, i + 1 < tokens.count, !tokens[i].afterBreak, !tokens[i + 1].afterBreak,
            tokens[i - 1].kind == .word
        else { return false }
        // "more then I earn": before a clause "then" may still be the adverb.
        guard !["i", "we", "he", "she", "it", "they"].contains(tokens[i + 1].text) else { return false }
        let previous = tokens[i - 1].text
        if comparatives.contains(previous) || QuestionVocabulary.degree(of: previous) == "cmp" { return true }
        // "more expensive then", "less often then".
        guard i > 1, tokens[i - 2].kind == .word else { return false }
        let before = tokens[i - 2].text
        return before == "more" || before == "less" || before == "fewer"
    }

    /// Comparatives that ``QuestionVocabulary/degree(of:)`` does not derive from a listed adjective.
    static let comparatives: Set<String> = [
        "more", "less", "fewer", "better", "worse", "greater", "higher", "lower", "older", "younger", "bigger",
        "smaller", "larger", "longer", "shorter", "faster", "slower", "cheaper", "rather", "other",
    ]

    /// A "2" that chat writes for "to": between a word that takes an infinitive and a verb, in one clause, apart
    /// from both ("how 2 get", never "2 codes" or "x2").
    static func isChatTo(_ tokens: [TextAnalysis.Token], at i: Int) -> Bool {
        guard tokens[i].text == "2", i > 0, i + 1 < tokens.count, !tokens[i].afterBreak, !tokens[i + 1].afterBreak
        else { return false }
        let previous = tokens[i - 1]
        let next = tokens[i + 1]
        return previous.kind == .word && next.kind == .word && previous.end < tokens[i].start
            && tokens[i].end < next.start && QuestionLexicon.chatToAfter.contains(previous.text)
            && QuestionLexicon.englishVerbs.contains(next.text)
    }

    /// A "1" that counts one thing, as "one" or "a" would: apart from its neighbours, before a singular word that
    /// is not a function word ("1 day", "1 order"), after neither an operator, a number nor a name ("Switch 1",
    /// "x + 1", "1/2" keep the number).
    static func isSingularOne(_ tokens: [TextAnalysis.Token], at i: Int) -> Bool {
        guard tokens[i].text == "1", i + 1 < tokens.count, !tokens[i + 1].afterBreak else { return false }
        let next = tokens[i + 1]
        guard next.kind == .word, tokens[i].end < next.start, Lexicon.stem(next.text) == next.text,
            !QuestionLexicon.englishFunctionWords.contains(next.text), QuestionLexicon.englishRoles[next.text] == nil
        else { return false }
        guard i > 0, !tokens[i].afterBreak else { return true }
        let previous = tokens[i - 1]
        let named = previous.original.unicodeScalars.first?.properties.isUppercase ?? false
        return previous.kind == .word && previous.end < tokens[i].start && (!named || previous.sentenceStart)
    }

    // MARK: Units

    mutating func read() {
        skip = fillerPositions()
        var cjkRun: [(Character, Int)] = []
        var clauseStart = true
        for index in items.indices {
            let item = items[index]
            if item.afterBreak && item.kind != .symbol {
                clause += 1
                clauseStart = true
            }
            if item.kind == .word, QuestionVocabulary.sequenceWords.contains(item.text) { ordered = true }
            if item.kind == .cjk {
                if item.afterBreak, !cjkRun.isEmpty { flushCJK(&cjkRun, endsClause: true) }
                if let c = item.text.first { cjkRun.append((c, clause)) }
                clauseStart = false
                continue
            }
            if !cjkRun.isEmpty { flushCJK(&cjkRun, endsClause: item.afterBreak) }
            if skip.contains(index) { continue }
            let first = clauseStart
            clauseStart = false
            switch item.kind {
            case .placeholder:
                placeholders.append(item.text)
                units.append(Unit(kind: .content, canon: item.text, surface: item.text, flags: 1, clause: clause))
            case .number:
                let value = Self.normalizeNumber(item.text)
                numbers.append(value)
                units.append(
                    Unit(
                        kind: .content, canon: "#" + value, surface: value,
                        flags: QuestionShape.Token.exactOnly | QuestionShape.Token.number, clause: clause))
            case .symbol:
                // An operator ends a governed phrase; the expression itself is compared whole.
                if item.isNamedOperator {
                    units.append(
                        Unit(
                            kind: .content, canon: "op:" + Self.canonicalOperator(item.text), surface: item.text,
                            flags: QuestionShape.Token.exactOnly, clause: clause))
                } else if item.isOperator {
                    units.append(Unit(kind: .boundary, clause: clause))
                }
            case .word:
                if first, QuestionVocabulary.polarOpeners.contains(item.text) { polarMarker = true }
                // "if", "when", "because" open a clause of their own: "Will I get a refund if I cancel?" is "If I
                // cancel, will I get a refund?".
                if !first, QuestionVocabulary.clauseOpeners.contains(item.text) { clause += 1 }
                if QuestionVocabulary.clauseOpeners.contains(item.text) { subordinate.insert(clause) }
                readWord(at: index)
            case .cjk:
                break
            }
        }
        if !cjkRun.isEmpty { flushCJK(&cjkRun, endsClause: true) }
    }

    /// The word item after `index` that is not skipped, if any, in the same clause.
    func nextWord(after index: Int) -> Item? {
        var k = index + 1
        while k < items.count, skip.contains(k) { k += 1 }
        guard k < items.count, !items[k].afterBreak, items[k].kind == .word else { return nil }
        return items[k]
    }

    /// The item before `index` that is not skipped, in the same clause.
    func previousWord(before index: Int) -> Item? {
        guard !items[index].afterBreak else { return nil }
        var k = index - 1
        while k >= 0, skip.contains(k) { k -= 1 }
        guard k >= 0, items[k].kind == .word else { return nil }
        return items[k]
    }

    mutating func readWord(at index: Int) {
        let item = items[index]
        let word = item.text
        let lemma = QuestionVocabulary.lemma(word)
        words.insert(QuestionShape.hash(word, kind: 1))
        words.insert(QuestionShape.hash(lemma, kind: 1))
        // A call (`count(*)`) is matched as written: the embedder would call `count(*)` and `count(id)` alike.
        if word.utf8.contains(UInt8(ascii: "(")) {
            units.append(
                Unit(
                    kind: .content, canon: "call:" + word, surface: word, flags: QuestionShape.Token.exactOnly,
                    clause: clause))
            return
        }
        if let base = QuestionVocabulary.polarBase(word) ?? QuestionVocabulary.polarBase(lemma) {
            polar.append(QuestionShape.hash(base, kind: 2))
        }
        if let kind = questionKind(at: index) {
            // In a yes/no question "when" opens a clause and asks nothing: "Does the child process get killed when
            // the parent exits?" and "When I travel, do I need a visa?" ask whether, not when (decided at the end).
            if QuestionVocabulary.clauseOpeners.contains(word) {
                clauseOpenerKinds |= kind.rawValue
            } else {
                questionKinds |= kind.rawValue
            }
            units.append(Unit(kind: .boundary, clause: clause))
            return
        }
        // "fail to pay" negates "pay"; "fail a course" is a verb and its object.
        if QuestionLexicon.englishNegators.contains(word),
            !(QuestionLexicon.negatingVerbs.contains(word) && nextWord(after: index)?.text != "to")
        {
            negations += 1
            units.append(Unit(kind: .negation, clause: clause))
            return
        }
        if word == "once", !QuestionVocabulary.frequencyFollowers.contains(nextWord(after: index)?.text ?? "") {
            units.append(Unit(kind: .boundary, clause: clause))  // "once it's cooked": a conjunction
            return
        }
        // "one and a half cups" is 1.5, not "one half cup" ("one" alone is read as an article).
        let andAHalf =
            index + 3 < items.count && items[index + 1].text == "and" && items[index + 2].text == "a"
            && items[index + 3].text == "half"
        // "three hundred fifty", "twenty-five", "one thousand and twenty": one number, as its digits are.
        if word == "one" || Lexicon.englishNumberWords[word] != nil, let (value, count) = compoundNumber(at: index) {
            skip.formUnion((index + 1)..<(index + count))
            numbers.append(value)
            units.append(
                Unit(
                    kind: .content, canon: "#" + value, surface: word,
                    flags: QuestionShape.Token.exactOnly | QuestionShape.Token.number, clause: clause))
            return
        }
        if var value = Lexicon.englishNumberWords[word] ?? (word == "one" && andAHalf ? "1" : nil) {
            if andAHalf, !value.contains(".") {
                value += ".5"
                skip.formUnion([index + 1, index + 2, index + 3])
            }
            numbers.append(value)
            units.append(
                Unit(
                    kind: .content, canon: "#" + value, surface: word,
                    flags: QuestionShape.Token.exactOnly | QuestionShape.Token.number, clause: clause))
            return
        }
        // "start learning" asks what "learning" asks.
        if QuestionVocabulary.aspectVerbs.contains(word), let next = nextWord(after: index), next.text.hasSuffix("ing"),
            next.text.count > 5
        {
            return
        }
        if let modal = modalClass(at: index) {
            units.append(
                Unit(kind: .content, canon: "modal:\(modal.rawValue)", surface: word, flags: 1, clause: clause))
            return
        }
        if word == "to", isInfinitive(at: index) {
            units.append(Unit(kind: .boundary, clause: clause))
            return
        }
        if QuestionLexicon.englishParticles.contains(word), isParticle(at: index) {
            units.append(Unit(kind: .content, canon: "prt:" + word, surface: word, flags: 1, clause: clause))
            return
        }
        if word == "of", let previous = previousWord(before: index),
            QuestionVocabulary.quantifiers.contains(previous.text)
        {
            return  // "about one of your drivers": the phrase goes on
        }
        if word == "of" {
            var link = Unit(kind: .role(.of, postposition: false), clause: clause)
            link.ofLink = true
            units.append(link)
            return
        }
        if word == "or" { alternative = true }
        // "and" / "or": which one matters ("price > 100 and stock < 10" / "… or …"); leaving one out does not.
        if word == "and" || word == "or" || word == "nor" {
            units.append(
                Unit(kind: .content, canon: "conj:" + word, surface: word, flags: 1, clause: clause, optional: true))
            units.append(Unit(kind: .role(.symmetric, postposition: false), clause: clause))
            return
        }
        // "get" before a participle is the auxiliary of a passive ("did my card get declined"), not "obtain".
        if QuestionVocabulary.passiveAuxiliaries.contains(word), word.hasPrefix("g"), let next = nextWord(after: index),
            QuestionVocabulary.isParticiple(next.text)
        {
            units.append(Unit(kind: .boundary, clause: clause))
            return
        }
        // Tense of an auxiliary: "When did my plan renew?" is not "When will my plan renew?". Optional (most
        // questions have none), but two different tenses refuse.
        if let tense = QuestionVocabulary.tenses[word] {
            units.append(
                Unit(kind: .content, canon: "tense:" + tense, surface: word, flags: 1, clause: clause, optional: true))
        }
        // Quantifiers: "all flights" / "any flights", "exactly 3" / "at most 3", "only members".
        if let quantifier = quantifier(at: index) {
            units.append(
                Unit(
                    kind: .content, canon: "quant:" + quantifier.name, surface: word, flags: 1, clause: clause,
                    optional: quantifier.optional))
            return
        }
        // Degree: "the cheapest laptop" is not "a cheap laptop", "most common" not "common".
        if word == "most" || word == "least" || word == "more" || word == "less" || word == "fewer",
            let next = nextWord(after: index), next.text != "of", next.text != "than",
            !QuestionLexicon.englishFunctionWords.contains(next.text) || next.text == "good"
        {
            let degree = word == "most" || word == "least" ? "sup" : "cmp"
            units.append(Unit(kind: .content, canon: "deg:" + degree, surface: word, flags: 1, clause: clause))
            if word == "least" || word == "less" || word == "fewer" {
                units.append(Unit(kind: .content, canon: "deg:less", surface: word, flags: 1, clause: clause))
            }
            return
        }
        if word == "best" || word == "worst" || word == "better" || word == "worse",
            !QuestionVocabulary.frameNouns.contains(nextWord(after: index)?.text ?? "")
        {
            let base = word == "best" || word == "better" ? "good" : "bad"
            let degree = word == "best" || word == "worst" ? "sup" : "cmp"
            units.append(Unit(kind: .content, canon: base, surface: base, flags: 0, clause: clause))
            units.append(Unit(kind: .content, canon: "deg:" + degree, surface: word, flags: 1, clause: clause))
            return
        }
        // Possessive determiners: whose thing it is ("my messages" / "their messages").
        if let person = QuestionVocabulary.possessives[word], let next = nextWord(after: index),
            !QuestionLexicon.englishFunctionWords.contains(next.text)
                || QuestionVocabulary.possessiveHeads.contains(next.text)
        {
            units.append(
                Unit(
                    kind: .content, canon: "pron:" + person, surface: word, flags: 1, clause: clause, optional: true,
                    possessor: true))
            return
        }
        // Personal pronouns: who does what to whom ("Did <PERSON_1> receive what I sent?" / "Did I receive what
        // <PERSON_1> sent?"), but "how do I" and "how does one" ask the same, so a pronoun never needs a partner.
        if let person = QuestionVocabulary.personalPronouns[word], !Self.isAcronym(item.original) {
            units.append(
                Unit(kind: .content, canon: "pron:" + person, surface: word, flags: 1, clause: clause, optional: true))
            units.append(Unit(kind: .boundary, clause: clause))
            return
        }
        // "each day", "every week" say how often; "every employee" is a quantifier.
        if word == "each" || word == "every", !QuestionVocabulary.timeUnits.contains(nextWord(after: index)?.text ?? "")
        {
            return
        }
        // "Is it possible for my sister to return it?", "How long does it take for HR to approve it?": "for" names
        // who acts, as the subject of "Can my sister return it?" does; "the process for renewing a passport" names
        // the action "how do I renew a passport" asks about. Neither is a beneficiary.
        // "How long does it take for a cheque to clear?" / "How long does a cheque take to clear?": "take" only
        // frames the duration asked.
        if QuestionVocabulary.takeForms.contains(word), asksHowLong(before: index),
            let next = nextWord(after: index), next.text == "for" || next.text == "to"
        {
            return
        }
        if word == "for", let infinitive = actorInfinitive(afterFor: index) {
            consumedTo.insert(infinitive)
            units.append(Unit(kind: .boundary, clause: clause))
            return
        }
        if word == "for", let next = nextWord(after: index), Self.isGerund(next.text) {
            units.append(Unit(kind: .boundary, clause: clause))
            return
        }
        if let role = QuestionLexicon.englishRoles[word] {
            // "after it has shipped": a conjunction before a clause, not a preposition before an argument.
            if QuestionVocabulary.clauseConjunctions.contains(word), introducesClause(at: index) {
                // Which conjunction still matters: "keep the box until the refund is processed" / "after …". It
                // joins the operator expressions (compared whole), not the aligned words, so that the clause may
                // come first or last.
                conjunctions.append(role == .before ? "before" : role == .after ? "after" : word)
                units.append(Unit(kind: .boundary, clause: clause))
            } else {
                units.append(Unit(kind: .role(role, postposition: false), clause: clause))
            }
            return
        }
        if let symbol = QuestionLexicon.englishOperatorWords[word] {
            units.append(Unit(kind: .content, canon: "op:" + symbol, surface: word, flags: 1, clause: clause))
            return
        }
        // "an even number", "even integers", "is 12 even": parity, a restriction; "is it even possible" is the
        // adverb, a filler.
        if word == "even", isParity(at: index) {
            units.append(Unit(kind: .content, canon: "even", surface: word, flags: 0, clause: clause))
            return
        }
        // "US", "IT": written in capitals, a function word's spelling names something.
        let shouted = Self.isAcronym(item.original) && !QuestionVocabulary.shoutedFillers.contains(word)
        // "my team", "the assistant": a filler word that a determiner makes a thing ("Hi team" / "my team's budget").
        let determined =
            QuestionVocabulary.determinedFillers.contains(word)
            && QuestionVocabulary.determiners.contains(previousWord(before: index)?.text ?? "")
        if QuestionLexicon.englishFunctionWords.contains(word), !shouted, !determined {
            if QuestionVocabulary.boundaryWords.contains(word) {
                units.append(Unit(kind: .boundary, clause: clause))
            }
            return
        }
        // Digits inside a word ("v2", "x86", "5G", "mp3"): the digits are a number too.
        var digits = ""
        var hasDigit = false
        for s in word.unicodeScalars {
            if TextAnalysis.isDigit(s) {
                digits.unicodeScalars.append(s)
                hasDigit = true
            } else if !digits.isEmpty {
                numbers.append(digits)
                digits = ""
            }
        }
        if !digits.isEmpty { numbers.append(digits) }
        // By lemma: "ATMs" names what "ATM" names (the other side's words hold every lemma).
        if Self.isEntity(item, hasDigit: hasDigit) { entities.insert(QuestionShape.hash(lemma, kind: 1)) }
        let canon = QuestionVocabulary.canonical(lemma)
        words.insert(QuestionShape.hash(canon, kind: 1))
        let exact =
            hasDigit || QuestionVocabulary.closedClassWords.contains(lemma)
            || QuestionVocabulary.closedClassWords.contains(word)
        var unit = Unit(kind: .content, canon: canon, surface: word, flags: exact ? 1 : 0, clause: clause)
        // "driver's license", "master's degree": a compound, the same as "drivers license", not a possession.
        unit.possessor =
            (item.original.hasSuffix("'s") || item.original.hasSuffix("\u{2019}s"))
            && !QuestionVocabulary.compoundPossessives.contains(lemma)
        unit.passiveVerb = isPassiveParticiple(at: index)
        if askedUnits.contains(index) {
            unit.optional = true
            unit.askedUnit = true
        }
        units.append(unit)
        if let degree = QuestionVocabulary.degree(of: word) {
            units.append(Unit(kind: .content, canon: "deg:" + degree, surface: word, flags: 1, clause: clause))
        }
    }

    /// A number spelled in two or more words from `index` ("three hundred fifty", "twenty five", "one hundred and
    /// twenty", "two thousand"): its value and how many items it spans. Only well-formed sequences combine: "five
    /// twenty" or "two three" stay separate numbers.
    func compoundNumber(at index: Int) -> (value: String, count: Int)? {
        func value(_ text: String) -> Int? {
            if text == "one" { return 1 }
            guard let digits = Lexicon.englishNumberWords[text], !digits.contains("."),
                !QuestionVocabulary.nonCompoundNumberWords.contains(text)
            else { return nil }
            return Int(digits)
        }
        var total = 0
        var current = 0
        var scale = 0
        var last = 0  // 0 start, 1 unit or teen, 2 tens, 3 hundred, 4 a larger scale
        var k = index
        var end = index
        while k < items.count, items[k].kind == .word, k == index || !items[k].afterBreak {
            let text = items[k].text
            if text == "and", last >= 3, k + 1 < items.count, let v = value(items[k + 1].text), v < 100 {
                k += 1
                continue
            }
            guard let v = value(text) else { break }
            if v < 20, last == 0 || last >= 3 || (last == 2 && v < 10) {
                current += v
                last = 1
            } else if v >= 20, v < 100, last == 0 || last >= 3 {
                current += v
                last = 2
            } else if v == 100, last == 1, current < 20 {
                current *= 100
                last = 3
            } else if v >= 1000, last >= 1, last <= 3, scale == 0 || v < scale {
                total += current * v
                current = 0
                scale = v
                last = 4
            } else {
                break
            }
            end = k + 1
            k += 1
        }
        guard end - index >= 2 else { return nil }
        return (String(total + current), end - index)
    }

    /// The question kind of a question word or phrase at `index` ("what time" asks when; its second word is
    /// consumed with it).
    /// The kind a Chinese question word asks here. 多少 / 几个 before a unit of time ask how long (多少天 = 多久).
    /// 什么 / 啥 right before a noun picks one kind of thing (什么东西 "what food", like 哪些东西) and cannot be
    /// "how long" or "how much": 多久能吃东西 / 能吃什么东西 ask different things. Before a verb, a particle or the
    /// end (吃什么, 什么是API) it stays the open "what" that rephrases any question.
    static func chineseQuestionKind(
        _ word: [Character], _ kind: VerifierQuestionKind, _ characters: [Character], after end: Int
    ) -> VerifierQuestionKind {
        // 多少天 / 几个月 ask how long, as 多久 does.
        if kind == .quantity, QuestionVocabulary.startsDurationUnit(characters, at: end) { return .duration }
        guard kind == .open, word == ["什", "么"] || word == ["啥"], end < characters.count else { return kind }
        let next = characters[end]
        guard let scalar = next.unicodeScalars.first, (0x4E00...0x9FFF).contains(scalar.value),
            !QuestionVocabulary.chineseNonNounFollowers.contains(next)
        else { return kind }
        return .choice
    }

    mutating func questionKind(at index: Int) -> VerifierQuestionKind? {
        let word = items[index].text
        // "how many times" asks how often.
        if word == "how", nextWord(after: index)?.text == "many", index + 2 < items.count,
            items[index + 2].text == "times" || items[index + 2].text == "time"
        {
            skip.insert(index + 1)
            skip.insert(index + 2)
            return .frequency
        }
        if let next = nextWord(after: index), let kind = QuestionLexicon.englishQuestionPhrases[[word, next.text]] {
            var k = index + 1
            while skip.contains(k) { k += 1 }
            skip.insert(k)
            // "How many days", "how much time": how long, not how many. The unit stays a word of its own: "how
            // many days" and "how many weeks" are not taken for each other.
            if kind == .quantity, let unit = nextWord(after: k),
                QuestionVocabulary.durationUnits.contains(QuestionVocabulary.lemma(unit.text))
            {
                var u = k + 1
                while skip.contains(u) { u += 1 }
                askedUnits.insert(u)
                return .duration
            }
            return kind
        }
        return QuestionVocabulary.questionWords[word]
    }

    /// The class of a modal that asks something here. Not after "how" (a frame: "how can I" = "how do I"), not
    /// before "you" ("can you ship to Canada?" asks what "do you ship to Canada?" asks), and not in a statement
    /// ("I need to reset my password" says what the user wants).
    mutating func modalClass(at index: Int) -> QuestionLexicon.ModalClass? {
        let word = items[index].text
        var modal = QuestionLexicon.englishModals[word]
        if modal == nil, word == "have" || word == "has" || word == "had", let next = nextWord(after: index),
            next.text == "to"
        {
            modal = .obligation
            consumedTo.insert(index + 1)
        }
        // "Do I have to sign it?" asks what is required, "Should I sign it?" what is wise: two classes.
        guard let found = modal else { return nil }
        // "the easiest way possible", "as soon as possible": not a question of ability.
        if word == "possible", let previous = previousWord(before: index),
            !QuestionVocabulary.beForms.contains(previous.text)
        {
            return nil
        }
        if QuestionVocabulary.requestModals.contains(word), nextWord(after: index)?.text == "you" { return nil }
        // "how" before it, through auxiliaries and pronouns, makes it a frame.
        var k = index
        while let previous = previousWord(before: k) {
            if previous.text == "how" { return nil }
            guard QuestionVocabulary.auxiliariesAndPronouns.contains(previous.text) else { break }
            k -= 1
            while k > 0, skip.contains(k) { k -= 1 }
        }
        // A clause that starts with a subject pronoun is a statement.
        var start = index
        while start > 0, !items[start].afterBreak { start -= 1 }
        while start < index, skip.contains(start) { start += 1 }
        if start < index, QuestionVocabulary.subjectPronouns.contains(items[start].text) { return nil }
        return found
    }

    var consumedTo: Set<Int> = []

    /// The "to" of "for X to V" after a word that frames who may or can act ("possible for a student to sue",
    /// "take for a seller to ship", "safe for dogs to eat"): the "for" then introduces the actor, and "to" the
    /// infinitive. `nil` when "for" is a preposition ("substitute butter for oil", "a visa for Japan").
    func actorInfinitive(afterFor index: Int) -> Int? {
        guard let previous = previousWord(before: index), QuestionVocabulary.actorFrameHeads.contains(previous.text)
        else { return nil }
        var k = index + 1
        var words = 0
        while k < items.count, words <= 4 {
            if skip.contains(k) {
                k += 1
                continue
            }
            let item = items[k]
            guard !item.afterBreak, item.kind == .word || item.kind == .placeholder else { return nil }
            if item.text == "to" {
                guard words > 0, let verb = nextWord(after: k),
                    !QuestionLexicon.englishFunctionWords.contains(verb.text)
                else { return nil }
                return k
            }
            // The actor is a noun phrase: a relational word or a verb of its own ends it.
            if QuestionLexicon.englishRoles[item.text] != nil { return nil }
            words += 1
            k += 1
        }
        return nil
    }

    /// Whether "how long" stands before `index` in its clause.
    func asksHowLong(before index: Int) -> Bool {
        var k = index
        while k > 0, !items[k].afterBreak {
            k -= 1
            if items[k].text == "long", k > 0, items[k - 1].text == "how" { return true }
            // "How many days does shipping take?" asks "how long".
            if askedUnits.contains(k) { return true }
        }
        return false
    }

    /// An "-ing" form of a common verb ("renewing", "creating", "applying"): after "for" it names an action.
    static func isGerund(_ word: String) -> Bool {
        guard word.count > 5, word.hasSuffix("ing") else { return false }
        let stem = String(word.dropLast(3))
        if QuestionLexicon.englishVerbs.contains(stem) || QuestionLexicon.englishVerbs.contains(stem + "e") {
            return true
        }
        // "getting", "cancelling": a doubled final consonant.
        if let last = stem.last, stem.dropLast().last == last {
            return QuestionLexicon.englishVerbs.contains(String(stem.dropLast()))
        }
        return false
    }

    /// A quantifier at `index`: its class, and whether it may go unpaired ("any", "some" often only soften).
    func quantifier(at index: Int) -> (name: String, optional: Bool)? {
        let word = items[index].text
        let next = nextWord(after: index)?.text ?? ""
        let numberFollows = index + 1 < items.count && items[index + 1].kind == .number
        switch word {
        case "all", "both":
            if next == "of" { return nil }
            return ("all", false)
        case "every", "each":
            return QuestionVocabulary.timeUnits.contains(next) ? nil : ("all", false)
        case "only":
            return ("only", false)
        case "exactly":
            return numberFollows || Lexicon.englishNumberWords[next] != nil ? ("exact", false) : nil
        case "any", "some":
            return ("some", true)
        case "least", "most":
            guard let previous = previousWord(before: index), previous.text == "at" else { return nil }
            return (word == "least" ? "min" : "max", false)
        default:
            return nil
        }
    }

    /// "to" before a verb after a head that takes an infinitive ("want to cancel", "how to reset"), or before a
    /// verb that is not also a common noun ("credits to graduate"); "convert email to text" keeps its direction.
    func isInfinitive(at index: Int) -> Bool {
        if consumedTo.contains(index) { return true }
        guard let next = nextWord(after: index) else { return false }
        let previous = previousWord(before: index)
        // "how to reverse", "want to unsubscribe": after these heads only a verb can follow, known to the list or not.
        if let previous, QuestionLexicon.verbOnlyInfinitiveHeads.contains(previous.text) { return true }
        // "is it cheaper to lease …": after "it" and a frame word only a verb follows, listed or not.
        if let previous, QuestionLexicon.infinitiveHeads.contains(previous.text), index >= 2,
            items[index - 2].text == "it", !items[index - 1].afterBreak
        {
            return true
        }
        guard QuestionLexicon.englishVerbs.contains(next.text) else { return false }
        if let previous, QuestionLexicon.infinitiveHeads.contains(previous.text) { return true }
        return !QuestionVocabulary.nounVerbs.contains(next.text)
    }

    /// A particle right after a verb and before the end of its phrase ("sign up for", "log in to my account").
    func isParticle(at index: Int) -> Bool {
        guard let previous = previousWord(before: index), QuestionLexicon.englishVerbs.contains(previous.text)
        else { return false }
        guard let next = nextWord(after: index) else { return true }
        return QuestionLexicon.englishFunctionWords.contains(next.text)
            || QuestionLexicon.englishRoles[next.text] != nil
    }

    /// Whether the "even" at `index` says parity: before a word for numbers ("even integers"), after "a" / "an"
    /// ("an even positive integer") or after a number ("Is 144 even?").
    func isParity(at index: Int) -> Bool {
        let next = nextWord(after: index)?.text
        if let next, QuestionVocabulary.parityNouns.contains(next) { return true }
        guard index > 0, !items[index].afterBreak else { return false }
        let previous = items[index - 1]
        if previous.kind == .number { return true }
        return previous.kind == .word && (previous.text == "a" || previous.text == "an")
    }

    /// A subordinating "after", "before", "since", "until" followed by a clause (a pronoun or an auxiliary within
    /// three words): "after it has shipped", "before I pay".
    func introducesClause(at index: Int) -> Bool {
        var k = index + 1
        var seen = 0
        while k < items.count, seen < 4, !items[k].afterBreak {
            if !skip.contains(k) {
                // "after 3 years if I deposit …": the pronoun belongs to the clause "if" opens.
                if QuestionVocabulary.clauseOpeners.contains(items[k].text) { return false }
                if QuestionVocabulary.clauseSignals.contains(items[k].text) { return true }
                seen += 1
            }
            k += 1
        }
        return false
    }

    // MARK: Chinese

    /// Reads a run of Chinese characters; `endsClause` says that punctuation or the end of the text follows it.
    mutating func flushCJK(_ run: inout [(Character, Int)], endsClause: Bool) {
        let characters = run.map(\.0)
        let clauses = run.map(\.1)
        run.removeAll(keepingCapacity: true)
        if characters.contains("吗") { polarMarker = true }
        let runText = String(characters)
        if QuestionVocabulary.chineseSequenceWords.contains(where: { runText.contains($0) }) { ordered = true }
        // 十的平方的一半 / 十的一半的平方, x的平方减4 / x减4的平方: the order of the operations is the question. Kept with
        // the operator expressions, which must be equal on both sides.
        let operations = QuestionVocabulary.chineseOperationOrder(characters)
        if operations.count >= 2 {
            expressions.append(QuestionShape.hash("cjk-ops:" + operations.joined(separator: ","), kind: 7))
        }
        // 如果 / 因为 / 虽然 … open a subordinate clause (up to the next punctuation).
        for (k, c) in characters.enumerated() where k + 1 < characters.count {
            if QuestionVocabulary.chineseClauseOpeners.contains(String([c, characters[k + 1]])) {
                subordinate.insert(clauses[k])
            }
        }
        var consumed = [Bool](repeating: false, count: characters.count)
        func mark(_ from: Int, _ count: Int) { for k in from..<(from + count) { consumed[k] = true } }
        func matches(_ word: [Character], at i: Int) -> Bool {
            guard i + word.count <= characters.count else { return false }
            for k in 0..<word.count where characters[i + k] != word[k] { return false }
            return true
        }
        // Fillers and question words first: they are read, not aligned.
        for filler in QuestionVocabulary.chineseFillers {
            var i = 0
            while i < characters.count {
                if !consumed[i], matches(filler, at: i), !consumed[i + filler.count - 1] {
                    mark(i, filler.count)
                    i += filler.count
                } else {
                    i += 1
                }
            }
        }
        // 能跨店用不 / 隔夜菜能吃不: a 不 that closes a question after its verb phrase is the tag 吗 stands for.
        var polarRun = characters.contains("吗")
        if endsClause, let tag = QuestionVocabulary.chineseQuestionTag(characters) {
            consumed[tag] = true
            polarMarker = true
            polarRun = true
        }
        var frameEnds: [Int] = []
        var pending: [Int: Unit] = [:]
        // A question word that asks what, which, how or how much (not 吗): the run's obligation modal then frames it.
        var asksOpenly = false
        for (word, kind, content) in QuestionVocabulary.chineseQuestionWords {
            var i = 0
            while i < characters.count {
                if !consumed[i], matches(word, at: i) {
                    asksOpenly = true
                    questionKinds |= Self.chineseQuestionKind(word, kind, characters, after: i + word.count).rawValue
                    mark(i, word.count)
                    if kind == .open || kind == .manner { frameEnds.append(i + word.count) }
                    if let content {
                        pending[i] = Unit(
                            kind: .content, canon: content, surface: String(word), flags: 0, clause: clauses[i],
                            isCJK: true)
                    }
                    i += word.count
                } else {
                    i += 1
                }
            }
        }
        // 怎么能 / 如何才能: a modal right after "how" only frames the question.
        func isFramed(_ i: Int) -> Bool { frameEnds.contains { $0 <= i && i - $0 <= 1 } }
        let nonNegating = QuestionVocabulary.chineseNonNegationMask(characters)
        var i = 0
        while i < characters.count {
            let c = characters[i]
            let unitClause = clauses[i]
            if consumed[i] {
                if let unit = pending[i] { units.append(unit) }
                i += 1
                continue
            }
            // 已经过期 / 还有三个月过期: done or still to come. Optional (most questions say neither), but two different
            // tenses refuse, as "did" / "will" do.
            if let (length, tense) = QuestionVocabulary.chineseTense(characters, at: i, endsClause: endsClause) {
                units.append(
                    Unit(
                        kind: .content, canon: "tense:" + tense, surface: String(characters[i..<(i + length)]),
                        flags: 1, clause: unitClause, isCJK: true, optional: true))
                i += length
                continue
            }
            // X不X / X没X (好不好, 有没有) asks one yes/no question and negates nothing: read X once.
            if i + 2 < characters.count, characters[i + 1] == "不" || characters[i + 1] == "没",
                characters[i + 2] == c, Lexicon.chineseDigits[c] == nil
            {
                consumed[i + 1] = true
                consumed[i + 2] = true
                polarMarker = true
            }
            if Lexicon.chineseNegators.contains(c), !nonNegating[i] {
                negations += 1
                units.append(Unit(kind: .negation, clause: unitClause, isCJK: true))
                i += 1
                continue
            }
            if characters[i...].starts(with: ["是", "否"]) { polarMarker = true }
            if Lexicon.chineseDigits[c] != nil, let (value, length) = Self.chineseNumber(characters, at: i) {
                numbers.append(value)
                units.append(
                    Unit(
                        kind: .content, canon: "#" + value, surface: value,
                        flags: QuestionShape.Token.exactOnly | QuestionShape.Token.number, clause: unitClause))
                i += length
                continue
            }
            // 提前还款要手续费吗 asks what 需要手续费吗 asks: in a yes/no question a bare 要 before the verb is "need".
            // Optional, as the function character it otherwise is: 要收费吗 / 收费吗, 要 / 得 still pair.
            if c == "要", polarRun, !asksOpenly, Self.isBareYao(characters, at: i) {
                units.append(
                    Unit(
                        kind: .content, canon: "modal:\(QuestionLexicon.ModalClass.obligation.rawValue)",
                        surface: "要", flags: 1, clause: unitClause, isCJK: true, optional: true))
                i += 1
                continue
            }
            if let (word, modal) = QuestionVocabulary.chineseModal(characters, at: i) {
                if word.count >= 3 { polarMarker = true }  // 能不能, 可不可以, 要不要 ask yes or no
                // 需要办什么手续 / 要办啥手续 / 办什么手续: what a wh-question needs is what it asks; only a yes/no question
                // turns on the obligation (必须跟着户口走吗 / 跟着户口走吗). Bare 要 is already a function character.
                let framesQuestion = modal == .obligation && word.count < 3 && asksOpenly
                if !isFramed(i) && !framesQuestion {
                    units.append(
                        Unit(
                            kind: .content, canon: "modal:\(modal.rawValue)",
                            surface: String(word), flags: 1, clause: unitClause, isCJK: true))
                } else {
                    units.append(Unit(kind: .boundary, clause: unitClause))
                }
                i += word.count
                continue
            }
            // Degree and scope: 最 / 比较, 所有 / 只有 / 至少, 都.
            if let (word, canon, optional) = QuestionVocabulary.chineseScopeWords.first(where: {
                i + $0.0.count <= characters.count && characters[i..<(i + $0.0.count)].elementsEqual($0.0)
            }) {
                units.append(
                    Unit(
                        kind: .content, canon: canon, surface: String(word), flags: 1, clause: unitClause,
                        isCJK: true, optional: optional))
                i += word.count
                continue
            }
            // 的和是 / 的和为: "the sum is", 和 is content there (质数有多少个 / 质数的和是多少).
            if c == "的", i + 2 < characters.count, characters[i + 1] == "和",
                "是为等".contains(characters[i + 2])
            {
                appendCJK("和", clause: unitClause)
                i += 2
                continue
            }
            // 的 after a person (我的, 我爸的, <PERSON_1>的): the person owns what follows.
            if c == "的", Self.ownerBefore(characters, at: i), let last = units.indices.last,
                units[last].kind == .content, units[last].clause == unitClause
            {
                units[last].possessor = true
                i += 1
                continue
            }
            // Words that start like a relation but are not one (收到, 比如).
            if let word = QuestionVocabulary.chineseNonRole(characters, at: i) {
                for k in 0..<word.count where !QuestionLexicon.chineseFunctionCharacters.contains(word[k]) {
                    appendCJK(word[k], clause: unitClause)
                }
                // 之和 / 总和 is "the sum": 和 is content there, not "and" (质数之和 asks another thing than 质数).
                if word == ["之", "和"] || word == ["总", "和"] { appendCJK("和", clause: unitClause) }
                i += word.count
                continue
            }
            if let (word, role, placement) = QuestionVocabulary.chineseRole(characters, at: i),
                Self.roleApplies(word, characters: characters, at: i)
            {
                if word == ["还", "是"] || word == ["或"] { alternative = true }
                // 以前高考满分是多少: before nothing, 以前 / 之前 is "in the past", not "before X", and asks about another
                // time than the question without it. Unless 过 / 曾 mark the past already (我以前被拒签过 / 我被拒签过).
                // 以后能献血吗 the same way: "from now on", not "after X", and another time than 以前能献血吗. Unless 会 / 将
                // mark the future already.
                if role == .before || role == .after, placement == .after, !hasContentBefore(clause: unitClause) {
                    let markers: Set<Character> = role == .before ? ["过", "曾"] : ["会", "将"]
                    let marked = characters[(i + word.count)...].contains { markers.contains($0) }
                    units.append(
                        Unit(
                            kind: .content, canon: role == .before ? "tense:past" : "tense:future",
                            surface: String(word), flags: 1, clause: unitClause, isCJK: true, optional: marked))
                    i += word.count
                    continue
                }
                units.append(Unit(kind: .role(role, postposition: placement == .after), clause: unitClause))
                units[units.count - 1].isCJK = true
                // 且 against 或 ("大于3且小于7" / "大于3或小于7") changes the question, as "and" against "or" does.
                if word == ["或"] {
                    units.append(
                        Unit(
                            kind: .content, canon: "conj:or", surface: "或", flags: 1, clause: unitClause, isCJK: true,
                            optional: true))
                }
                i += word.count
                continue
            }
            if let (length, canon) = QuestionVocabulary.chineseSynonym(characters, at: i) {
                units.append(
                    Unit(
                        kind: .content, canon: canon, surface: String(characters[i..<(i + length)]), flags: 0,
                        clause: unitClause, isCJK: true))
                i += length
                continue
            }
            if QuestionVocabulary.chinesePronouns.contains(c), !isRequestFrame(characters, at: i, clause: unitClause) {
                // 我给卖家 / 卖家给我: a pronoun is an argument, not a filler; 辞退我 / 辞退他 ask about other people.
                // Optional: a side without one says nothing against it, two different ones refuse (personKind).
                let person = c == "您" ? "你" : String(c)
                units.append(
                    Unit(
                        kind: .content, canon: "pron:" + person, surface: String(c), flags: 1, clause: unitClause,
                        isCJK: true, optional: true))
                i += 1
                continue
            }
            // 比…多 / 比…少: after a comparison in its clause, 多 and 少 say which way it goes (苹果比梨多多少钱 /
            // 苹果比梨少多少钱), unless they are part of the question word (多少, 多久, 多大).
            // After 得 or 更 they say how much: 哪个放得多 / 哪个放得少, 吃更多 / 吃更少.
            if c == "多" || c == "少",
                Self.comparesBefore(characters, clauses, at: i) || (i > 0 && "得更".contains(characters[i - 1])),
                !Self.inQuestionWord(characters, at: i)
            {
                appendCJK(c, clause: unitClause)
                i += 1
                continue
            }
            if !QuestionLexicon.chineseFunctionCharacters.contains(c) {
                appendCJK(c, clause: unitClause)
            } else {
                gap = true
            }
            i += 1
        }
    }

    /// Whether the 要 at `i` stands alone before a verb: not inside a word (需要, 重要, 只要, 要求, 要是), not after a
    /// negator (不要 "don't") or an adverb that makes it "about to" (快要, 就要, 将要), and not before 不 (要不要 is
    /// read as a modal already).
    static func isBareYao(_ characters: [Character], at i: Int) -> Bool {
        if i > 0, "需想主重只不没别快将就还总必一紧首纲摘".contains(characters[i - 1]) { return false }
        guard i + 1 < characters.count else { return false }
        return !"求是紧素点领闻害不".contains(characters[i + 1])
    }

    /// Whether a comparing 比 (not 比较, 比如) stands before `i` in its clause.
    static func comparesBefore(_ characters: [Character], _ clauses: [Int], at i: Int) -> Bool {
        var k = i - 1
        while k >= 0, clauses[k] == clauses[i] {
            if characters[k] == "比", k + 1 < characters.count, characters[k + 1] != "较", characters[k + 1] != "如" {
                return true
            }
            k -= 1
        }
        return false
    }

    /// Whether the 多 or 少 at `i` belongs to a question word: 多 before 少, 久, 大, 长, 远, 高, 重, 么, or 少 after 多.
    static func inQuestionWord(_ characters: [Character], at i: Int) -> Bool {
        if characters[i] == "少" { return i > 0 && characters[i - 1] == "多" && !(i > 1 && characters[i - 2] == "多") }
        guard i + 1 < characters.count else { return false }
        return "少久大长远高重宽深么".contains(characters[i + 1])
    }

    /// Whether what stands right before the 的 at `i` is a person who can own something: a pronoun, a person noun
    /// (儿子, 同事, 房东 …), or (the caller checks) a placeholder.
    static func ownerBefore(_ characters: [Character], at i: Int) -> Bool {
        guard i > 0 else { return true }  // a placeholder or a non-Chinese word just before this run
        if QuestionVocabulary.chinesePronouns.contains(characters[i - 1]) { return true }
        for length in 1...3 where i - length >= 0 {
            if QuestionVocabulary.chinesePersonNouns.contains(String(characters[(i - length)..<i])) { return true }
        }
        return false
    }

    /// Whether a word other than a pronoun stands before this point in `clause`.
    func hasContentBefore(clause: Int) -> Bool {
        for unit in units.reversed() {
            guard unit.clause == clause else { return false }
            if unit.kind == .content, !unit.canon.hasPrefix("pron:") { return true }
        }
        return false
    }

    /// 请给我查一下: "for me" at the start of a request, with nothing said before it in the clause.
    func isRequestFrame(_ characters: [Character], at i: Int, clause: Int) -> Bool {
        guard i >= 1, characters[i - 1] == "给" else { return false }
        for k in 0..<(i - 1) where !QuestionLexicon.chineseFunctionCharacters.contains(characters[k]) {
            return false
        }
        if let last = units.last, last.clause == clause, last.kind == .content { return false }
        return true
    }

    /// Whether the character at `i` touches a relational word that relates there (before or after it).
    static func besideRole(_ characters: [Character], at i: Int) -> Bool {
        if i + 1 < characters.count, let (word, _, _) = QuestionVocabulary.chineseRole(characters, at: i + 1),
            roleApplies(word, characters: characters, at: i + 1), word != ["和"], word != ["与"], word != ["跟"]
        {
            return true
        }
        for length in 1...3 where i - length >= 0 {
            if let (word, _, _) = QuestionVocabulary.chineseRole(characters, at: i - length), word.count == length,
                roleApplies(word, characters: characters, at: i - length)
            {
                return true
            }
        }
        return false
    }

    mutating func appendCJK(_ c: Character, clause: Int) {
        let text = String(c)
        var unit = Unit(kind: .content, canon: text, surface: text, flags: 0, clause: clause, isCJK: true)
        unit.afterGap = gap
        gap = false
        units.append(unit)
    }

    /// Whether a function character was skipped since the last unit (Chinese phrase boundary).
    var gap = false

    /// Conditions under which a Chinese relational character relates: 到 after a resultative verb is part of it
    /// (收到), 成 only after a conversion verb (换成, 翻译成), 换 only between two things (人民币换美元).
    static func roleApplies(_ word: [Character], characters: [Character], at i: Int) -> Bool {
        let previous: Character? = i > 0 ? characters[i - 1] : nil
        let nextIndex = i + word.count
        let next: Character? = nextIndex < characters.count ? characters[nextIndex] : nil
        switch word {
        case ["到"]:
            if let previous, QuestionLexicon.chineseResultativeBeforeDao.contains(previous) { return false }
            return next != nil
        case ["成"]:
            guard let previous else { return false }
            return QuestionLexicon.chineseConversionBeforeCheng.contains(previous) && next != nil
        case ["让"], ["使"], ["令"]:
            // 转让 (transfer), 出让, 行使, 天使, 命令: the character ends another word.
            guard let previous, next != nil else { return next != nil }
            return !QuestionLexicon.chineseWordsBeforeCausative.contains(previous)
        case ["换"]:
            guard let previous, let next else { return false }
            return !QuestionLexicon.chineseFunctionCharacters.contains(previous)
                && !QuestionLexicon.chineseFunctionCharacters.contains(next)
        default:
            return true
        }
    }

    /// A Chinese numeral run that states a quantity (with a measure word, an ordinal, or two or more numerals).
    static func chineseNumber(_ characters: [Character], at i: Int) -> (String, Int)? {
        var j = i
        while j < characters.count, Lexicon.chineseDigits[characters[j]] != nil { j += 1 }
        let digits = Array(characters[i..<j])
        let next: Character? = j < characters.count ? characters[j] : nil
        let ordinal = i > 0 && characters[i - 1] == "第"
        let measured = next.map { Lexicon.chineseMeasureWords.contains($0) } ?? false
        let article = digits == ["一"] && (next == "个" || next == "点" || next == "些" || next == "下")
        let zero = digits == ["零"] || digits == ["〇"]
        guard !article, ordinal || measured || zero || digits.count >= 2,
            let value = VerifierNumbers.chineseValue(digits)
        else { return nil }
        return (value, digits.count)
    }

    // MARK: Operators

    /// Whether the symbol token at `index` is an operator (`+`, `<`, `==`, `^`, a minus between numbers or
    /// single letters) rather than a hyphen ("COVID-19", "60-year-old"), a dash, a sign or punctuation.
    static func isOperator(_ tokens: [TextAnalysis.Token], at index: Int) -> Bool {
        let text = tokens[index].text
        let previous = index > 0 ? tokens[index - 1] : nil
        let next = index + 1 < tokens.count ? tokens[index + 1] : nil
        let touchesPrevious = previous.map { $0.end == tokens[index].start } ?? false
        let touchesNext = next.map { tokens[index].end == $0.start } ?? false
        /// A number, a single letter or a placeholder: what arithmetic and code put around an operator.
        func isTerm(_ t: TextAnalysis.Token?) -> Bool {
            guard let t else { return false }
            return t.kind == .number || t.kind == .placeholder
                || (t.kind == .word && (t.text.count == 1 || t.text.first?.isNumber == true || t.text.last == ")"))
        }
        func isOperand(_ t: TextAnalysis.Token?) -> Bool {
            guard let t else { return false }
            return t.kind == .number || t.kind == .placeholder || t.kind == .word
        }
        switch text {
        case "#":
            return false
        case "++", "--":
            return !(previous?.kind == .word && touchesPrevious && (previous?.text.count ?? 0) > 1)
        case "!", "~":
            // 5! (factorial), !x (not), ~x (bitwise not); a "!" after a word is punctuation, "~5" is "about 5".
            if text == "!", let previous, previous.kind == .number, touchesPrevious { return true }
            if text == "~", next?.kind == .number { return false }
            // Named between words, the symbol is the subject: "what does the ! operator do".
            if !touchesPrevious, !touchesNext, previous?.kind == .word, next?.kind == .word { return true }
            return touchesNext && !touchesPrevious && isOperand(next)
        case "-", "\u{2212}", "\u{2013}":
            if isSign(tokens, at: index) { return false }
            return isTerm(previous) && isTerm(next)
        case "/", "*", "&", "|":
            // "5 & 3", "sin(x) * cos(x)", "a/b"; not "and/or", "salt & pepper" or "w/" (with).
            if text == "/", previous?.text == "w", touchesPrevious { return false }
            return isOperand(previous) && isOperand(next) && (isTerm(previous) || isTerm(next))
        default:
            return true
        }
    }

    /// A minus that signs the number right after it: `-3`, `(-3)`, `x = -3`.
    static func isSign(_ tokens: [TextAnalysis.Token], at index: Int) -> Bool {
        let text = tokens[index].text
        guard text == "-" || text == "\u{2212}", index + 1 < tokens.count, tokens[index + 1].kind == .number,
            tokens[index].end == tokens[index + 1].start
        else { return false }
        guard index > 0 else { return true }
        let previous = tokens[index - 1]
        if previous.kind == .symbol || previous.kind == .cjk { return true }
        return previous.end < tokens[index].start
    }

    /// Each run of operands joined by operators, written canonically: `x^2 - 4 = 0` → `x^2-4=0`. An operand
    /// joins the run when it touches the operator or is a number, a single letter or a placeholder.
    static func expressions(_ tokens: [TextAnalysis.Token]) -> [String] {
        var result: [String] = []
        var current = ""
        var operators = 0
        var lastWasOperand = false
        var lastOperand: TextAnalysis.Token?
        var lastOperatorEnd = -1
        func close() {
            if operators > 0 { result.append(current) }
            current = ""
            operators = 0
            lastWasOperand = false
            lastOperand = nil
        }
        // A coefficient and its variable written together ("3x", "2ab") is one term, and so is a call (`sin(x)`).
        func isTerm(_ token: TextAnalysis.Token) -> Bool {
            token.kind != .word || token.text.count == 1 || token.text.first?.isNumber == true
                || token.text.last == ")"
        }
        for (index, token) in tokens.enumerated() {
            if token.kind == .symbol {
                if isOperator(tokens, at: index) {
                    // A word before the operator belongs to the expression only if it touches it or is a term.
                    if let operand = lastOperand, operators == 0, !isTerm(operand), operand.end != token.start {
                        current = ""
                    }
                    current += canonicalOperator(token.text)
                    operators += 1
                    lastWasOperand = false
                    lastOperand = nil
                    lastOperatorEnd = token.end
                } else if isSign(tokens, at: index) {
                    if lastWasOperand { close() }
                    current += "-"
                } else if !(lastWasOperand && (token.text == "#" || token.text == "++")) {
                    close()
                }
                continue
            }
            if token.afterBreak && !current.hasSuffix("-") { close() }
            switch token.kind {
            case .number, .placeholder, .word:
                let touching = token.start == lastOperatorEnd
                if lastWasOperand || (operators > 0 && !touching && !isTerm(token)) {
                    close()
                }
                current += token.text
                lastWasOperand = true
                lastOperand = token
            case .cjk, .symbol:
                close()
            }
        }
        close()
        return result
    }

    /// Whether the operator at `index` stands between words with no operand on either side ("does == coerce
    /// types", "what is === in JavaScript").
    static func isNamedOperator(_ tokens: [TextAnalysis.Token], at index: Int) -> Bool {
        func isOperand(_ k: Int) -> Bool {
            guard k >= 0, k < tokens.count else { return false }
            let t = tokens[k]
            let touching = k < index ? t.end == tokens[index].start : tokens[index].end == t.start
            if t.kind == .word { return touching || t.text.count == 1 || t.text.last == ")" }
            return t.kind == .number || t.kind == .placeholder || t.kind == .symbol
        }
        let previousInClause = !tokens[index].afterBreak ? index - 1 : -1
        let nextInClause = index + 1 < tokens.count && !tokens[index + 1].afterBreak ? index + 1 : tokens.count
        // Beside Chinese the roles of 和 / 跟 are read from the characters, where a symbol has no place.
        for k in [previousInClause, nextInClause] where k >= 0 && k < tokens.count && tokens[k].kind == .cjk {
            return false
        }
        return !isOperand(previousInClause) && !isOperand(nextInClause)
    }

    /// One spelling per operator; `=`, `==` and `===` stay apart (they differ in code).
    static func canonicalOperator(_ text: String) -> String {
        switch text {
        case "*", "\u{00D7}": "×"
        case "\u{00F7}": "/"
        case "\u{2212}", "\u{2013}": "-"
        case "\u{2264}": "<="
        case "\u{2265}": ">="
        case "\u{2260}": "!="
        default: text
        }
    }

    // MARK: Roles

    /// Whether the word at `index` is a passive past participle: a form of "be" or "get" stands a few words before
    /// it in its clause ("Was the contractor paid by …", "can the buyer be sued by …", "Can cooked rice be frozen?").
    func isPassiveParticiple(at index: Int) -> Bool {
        let word = items[index].text
        guard QuestionVocabulary.isParticiple(word) else { return false }
        // Without "by" only a participle that ends its clause: "is it possible to freeze cooked rice" has an
        // adjective, "is the APY applied to balances" an intransitive's paraphrase.
        // A clause that opens after it ends it too: "Will my bill be prorated if I cancel?" is the passive of "If I
        // cancel, will my bill be prorated?".
        let next = nextWord(after: index)?.text
        if next != "by", index + 1 < items.count, !items[index + 1].afterBreak, items[index + 1].kind != .symbol,
            !QuestionVocabulary.clauseOpeners.contains(next ?? "")
        {
            return false
        }
        var k = index - 1
        while k >= 0 && k >= index - 6 {
            let text = items[k].text
            if QuestionVocabulary.passiveAuxiliaries.contains(text) { return true }
            if items[k].afterBreak { return false }
            k -= 1
        }
        return false
    }

    /// Turns a passive clause into its active order, so that "Was the contractor paid by the client?" lines up with
    /// "Did the client pay the contractor?": the agent after "by" loses the role and moves before the verb, the
    /// words before the verb (its subject, the patient) move after it; without an agent only the patient moves
    /// ("Can cooked rice be frozen?" / "Can I freeze cooked rice?"). The roles stay with their words, so "Was the
    /// client paid by the contractor?" still meets "Did the client pay the contractor?" with its arguments swapped.
    mutating func activatePassives() {
        var p = 0
        while p < units.count {
            guard units[p].passiveVerb, case .content = units[p].kind else {
                p += 1
                continue
            }
            let clause = units[p].clause
            // Without "by" the passive has no agent ("Can cooked rice be frozen?" / "Can I freeze cooked rice?").
            var byAgent = false
            if p + 1 < units.count, case .role(.by, _) = units[p + 1].kind { byAgent = true }
            let agentStart = byAgent ? p + 2 : p + 1
            var agentEnd = agentStart
            while byAgent, agentEnd < units.count, units[agentEnd].clause == clause,
                case .content = units[agentEnd].kind, units[agentEnd].role == .by
            {
                agentEnd += 1
            }
            // The patient: the clause's words before the verb, through the auxiliaries between them ("can the buyer
            // be sued", "if I am blocked"); the modal stays where it asks ("can the seller sue …").
            var patientStart = p
            while patientStart > 0, units[patientStart - 1].clause == clause {
                let unit = units[patientStart - 1]
                if unit.kind == .boundary {
                    patientStart -= 1
                    continue
                }
                guard unit.kind == .content, unit.role == .none, !unit.canon.hasPrefix("modal:") else { break }
                patientStart -= 1
            }
            let patient = units[patientStart..<p].filter { $0.kind == .content }
            // A patient is there: a word, or a pronoun ("If I am blocked by …").
            guard agentEnd > agentStart || !byAgent,
                patient.contains(where: { !$0.optional || $0.canon.hasPrefix("pron:") })
            else {
                p += 1
                continue
            }
            var agent = Array(units[agentStart..<agentEnd])
            for k in agent.indices { agent[k].role = .none }
            let active = agent + [units[p]] + patient
            units.replaceSubrange(patientStart..<agentEnd, with: active)
            p = patientStart + active.count
        }
    }

    /// Reads 被 and 把 as voice, not as relations: in 我的车被他撞了 the words before 被 are what is acted on and the
    /// words after it who acts; in 他把我的车撞了 the words before 把 act on the words after it. Both then say what
    /// 他撞了我的车 says: the same agent and object, which ``QuestionAlignment`` checks against the plain order (who
    /// stands first acts), while 我的车被他撞了 / 他的车被我撞了 still exchange the two.
    mutating func markChineseVoice() {
        for index in units.indices where units[index].isCJK {
            guard case .role(let role, postposition: false) = units[index].kind, role == .by || role == .object else {
                continue
            }
            let clause = units[index].clause
            // The clause before the marker, past phrases of place or time (孩子在学校被同学打伤了): the object of 被,
            // the agent of 把.
            var k = index - 1
            while k >= 0, units[k].clause == clause {
                if units[k].kind == .content, units[k].role == .none, !units[k].canon.hasPrefix("modal:") {
                    units[k].role = role == .by ? .patient : .agent
                }
                k -= 1
            }
            guard role == .by else { continue }
            var j = index + 1
            while j < units.count, units[j].clause == clause {
                if units[j].kind == .content, units[j].role == .by { units[j].role = .actor }
                if case .role = units[j].kind { break }
                j += 1
            }
        }
    }

    /// The pronoun between a verb of giving and its object is the recipient: "send me the payment" says what "send
    /// the payment to me" says, so the pronoun takes the role "to" gives. "her" stays out ("send her payment" may
    /// own the payment), and so does a particle after the pronoun ("give them up").
    mutating func markDativeRecipients() {
        var p = 0
        while p + 3 < units.count {
            defer { p += 1 }
            let verb = units[p]
            let pronoun = units[p + 1]
            let object = units[p + 3]
            guard pronoun.kind == .content, pronoun.optional, !pronoun.possessor, pronoun.role == .none,
                verb.kind == .content, !verb.isCJK, QuestionVocabulary.givingVerbs.contains(verb.surface),
                pronoun.canon.hasPrefix("pron:"),
                QuestionVocabulary.recipientPronouns.contains(pronoun.surface), pronoun.clause == verb.clause,
                units[p + 2].kind == .boundary, object.kind == .content,
                object.role == .none, object.clause == verb.clause, !object.canon.hasPrefix("prt:"),
                !object.canon.hasPrefix("modal:"), !object.canon.hasPrefix("pron:")
            else { continue }
            units[p + 1].role = .to
        }
    }

    mutating func finish() -> QuestionShape {
        assignRoles()
        markDativeRecipients()
        activatePassives()
        markChineseVoice()
        var tokens: [QuestionShape.Token] = []
        var surfaces: [String] = []
        for unit in units where unit.kind == .content {
            var flags = unit.flags
            if unit.isCJK { flags |= QuestionShape.Token.cjk }
            if unit.optional { flags |= QuestionShape.Token.optional }
            if unit.canon.hasPrefix("tense:") { flags |= QuestionShape.Token.tenseKind }
            if unit.canon.hasPrefix("pron:") { flags |= QuestionShape.Token.personKind }
            if unit.canon.hasPrefix("quant:") { flags |= QuestionShape.Token.quantityKind }
            if unit.askedUnit { flags |= QuestionShape.Token.unitKind }
            let clauseByte = UInt8(truncatingIfNeeded: min(unit.clause, 127))
            tokens.append(
                QuestionShape.Token(
                    canon: QuestionShape.hash(unit.canon, kind: 3), role: unit.role, flags: flags,
                    clause: subordinate.contains(unit.clause) ? clauseByte | 0x80 : clauseByte))
            surfaces.append(unit.surface)
        }
        shapePossessions = possessions()
        if ordered { questionKinds |= VerifierQuestionKind.ordered.rawValue }
        if !polarMarker { questionKinds |= clauseOpenerKinds }
        if polarMarker, questionKinds & ~VerifierQuestionKind.open.rawValue == 0 {
            // "Should I buy a gas stove or an electric one?" asks which, not whether.
            questionKinds |= alternative ? VerifierQuestionKind.choice.rawValue : VerifierQuestionKind.polar.rawValue
        }
        placeholders.sort()
        numbers.sort()
        var shape = QuestionShape(
            tokens: tokens,
            expressions: (expressions + conjunctions.map { QuestionShape.hash("conj:" + $0, kind: 7) }).sorted(),
            questionKinds: questionKinds, entities: entities.sorted(),
            words: words.sorted(), polar: polar.sorted(),
            signature: VerifierNumbers.signature(placeholders: placeholders, numbers: numbers, negations: negations))
        shape.surfaces = surfaces
        shape.possessions = shapePossessions
        shape.placeholders = placeholders
        shape.numbers = numbers
        shape.negations = negations
        return shape
    }

    /// A relational word governs the next content words of its clause (up to three English words or four Chinese
    /// characters) until a boundary; a postposition governs the ones before it.
    mutating func assignRoles() {
        var active: QuestionLexicon.Role = .none
        var remaining = 0
        var activeClause = -1
        var negationPending = 0
        var negationClause = -1
        for index in units.indices {
            let unit = units[index]
            if unit.clause != activeClause { active = .none }
            if unit.clause != negationClause { negationPending = 0 }
            switch unit.kind {
            case .negation:
                active = .none
                // English negates the next word; Chinese characters: the next word, about two of them (不油腻).
                negationPending = unit.isCJK ? 2 : 1
                negationClause = unit.clause
            case .role(let role, let postposition):
                if postposition {
                    var k = index - 1
                    var count = 0
                    while k >= 0, units[k].clause == unit.clause, count < 4 {
                        if case .content = units[k].kind {
                            // 在大一结束之前: the time the postposition sets outranks the place 在 gave the words.
                            if units[k].role == .none || (role.isArgument && !units[k].role.isArgument) {
                                units[k].role = role
                            }
                            count += 1
                        } else if case .role = units[k].kind {
                            break
                        }
                        k -= 1
                    }
                    active = .none
                } else if active.isArgument, !role.isArgument, remaining == Self.window(active, cjk: unit.isCJK) {
                    // "than in the morning": the argument role carries through a preposition that follows it.
                    continue
                } else if role == .symmetric, active.isSpecific {
                    // "to Alaska and Hawaii": both are destinations.
                    remaining = Self.window(active, cjk: unit.isCJK)
                } else {
                    active = role
                    remaining = Self.window(role, cjk: unit.isCJK)
                    activeClause = unit.clause
                }
            case .boundary:
                active = .none
            case .content:
                // A Chinese modal stands between a phrase and its verb (寄到国外需要报关吗, 提现到银行卡要收费吗): it takes no
                // place in the phrase, as the function character 要 is elsewhere takes none.
                if unit.isCJK, unit.canon.hasPrefix("modal:") { continue }
                if negationPending > 0 {
                    units[index].flags |= QuestionShape.Token.negated
                    negationPending = unit.isCJK ? negationPending - 1 : 0
                }
                if active != .none, remaining > 0 {
                    units[index].role = active
                    remaining -= 1
                }
            }
        }
    }

    var shapePossessions: [QuestionShape.Possession] = []

    /// Who owns what: a possessor and the head (last word) of the phrase after it, and for "Y of X" the head of X
    /// and Y.
    func possessions() -> [QuestionShape.Possession] {
        func canon(_ unit: Unit) -> UInt64 { QuestionShape.hash(unit.canon, kind: 3) }
        /// The last word of the run of content words that starts at `start` (a phrase's head), if any.
        func head(from start: Int, clause: Int) -> Unit? {
            var k = start
            var last: Unit?
            while k < units.count, units[k].clause == clause, units[k].kind == .content,
                units[k].flags & QuestionShape.Token.exactOnly == 0 || units[k].canon.hasPrefix("<") || last == nil
            {
                if units[k].afterGap && last != nil { break }
                // "my boss send me the payment": a verb of giving ends the owned phrase ("my pay" is still owned).
                if last != nil, !units[k].isCJK, QuestionVocabulary.givingVerbs.contains(units[k].surface) { break }
                last = units[k]
                // "my neighbor's car": "my" owns the neighbor, the neighbor owns the car.
                if units[k].possessor { break }
                k += 1
            }
            return last
        }
        var result: [QuestionShape.Possession] = []
        for (index, unit) in units.enumerated() {
            if unit.kind == .content, unit.possessor, let owned = head(from: index + 1, clause: unit.clause) {
                result.append(QuestionShape.Possession(owner: canon(unit), owned: canon(owned)))
            }
            if unit.ofLink, index > 0, units[index - 1].kind == .content,
                let owner = head(from: Self.ownerStart(units, after: index), clause: unit.clause)
            {
                result.append(QuestionShape.Possession(owner: canon(owner), owned: canon(units[index - 1])))
            }
        }
        return result.sorted { ($0.owner, $0.owned) < ($1.owner, $1.owned) }
    }

    /// Where the owner's phrase of an "of" at `index` starts: past the possessors that lead it, so that "the review
    /// of my manager" and "the plan of my wife's employer" are owned by the manager and the employer, as in "my
    /// manager's review" and "my wife's employer's plan" (the possessors own their own heads already).
    static func ownerStart(_ units: [Unit], after index: Int) -> Int {
        var k = index + 1
        while k + 1 < units.count, units[k].kind == .content, units[k].possessor, units[k + 1].kind == .content,
            units[k + 1].clause == units[k].clause
        {
            k += 1
        }
        return k
    }

    /// How many content words a relational word governs.
    static func window(_ role: QuestionLexicon.Role, cjk: Bool) -> Int {
        cjk ? 4 : 2
    }

    // MARK: Helpers

    /// Item positions inside filler phrases ("can you tell me", "quick question"); "please" may sit anywhere in
    /// one ("could you please tell me").
    func fillerPositions() -> Set<Int> {
        var dropped: Set<Int> = []
        var i = 0
        while i < items.count {
            guard items[i].kind == .word, let phrases = QuestionVocabulary.fillerPhrases[items[i].text] else {
                i += 1
                continue
            }
            var matchedEnd = -1
            for phrase in phrases {
                var k = i
                var ok = true
                for word in phrase {
                    while k < items.count, items[k].text == "please", word != "please" { k += 1 }
                    guard k < items.count, items[k].kind == .word, items[k].text == word else {
                        ok = false
                        break
                    }
                    k += 1
                }
                if ok {
                    matchedEnd = k
                    break
                }
            }
            if matchedEnd > i {
                for k in i..<matchedEnd { dropped.insert(k) }
                i = matchedEnd
            } else {
                i += 1
            }
        }
        return dropped
    }

    /// `digits` times 万 (10⁴) or 亿 (10⁸) as plain digits ("2", "万" → "20000"; "1.5", "亿" → "150000000"), or nil
    /// for another character or a value that is not a whole number.
    static func scaledByChineseUnit(_ digits: String, _ unit: String) -> String? {
        let exponent: Int
        switch unit {
        case "万": exponent = 4
        case "亿": exponent = 8
        default: return nil
        }
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = parts.first, !whole.isEmpty, whole.allSatisfy(\.isASCII),
            whole.allSatisfy(\.isNumber)
        else { return nil }
        var fraction = parts.count == 2 ? String(parts[1]) : ""
        guard fraction.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        while fraction.hasSuffix("0") { fraction.removeLast() }
        guard fraction.count <= exponent else { return nil }
        let scaled = String(whole) + fraction + String(repeating: "0", count: exponent - fraction.count)
        let trimmed = scaled.drop { $0 == "0" }
        return trimmed.isEmpty ? "0" : String(trimmed)
    }

    static func normalizeNumber(_ text: String) -> String {
        var t = Substring(text)
        var sign = ""
        if t.hasPrefix("-") {
            sign = "-"
            t = t.dropFirst()
        }
        if t.contains(".") {
            while t.hasSuffix("0") { t = t.dropLast() }
            if t.hasSuffix(".") { t = t.dropLast() }
        }
        while t.count > 1, t.hasPrefix("0"), !t.hasPrefix("0.") { t = t.dropFirst() }
        return sign + String(t)
    }

    /// Two or more capitals and a lowercase "s" ("ATMs", "TVs").
    static func isAcronymPlural(_ original: String) -> Bool {
        guard original.utf8.last == UInt8(ascii: "s"), let first = original.utf8.first, first >= 0x41, first <= 0x5A
        else { return false }
        let scalars = Array(original.unicodeScalars)
        guard scalars.count >= 3, scalars.last == "s" else { return false }
        return scalars.dropLast().allSatisfy { TextAnalysis.isLetter($0) && $0.properties.isUppercase }
    }

    /// Two or more letters, all capitals.
    static func isAcronym(_ original: String) -> Bool {
        var letters = 0
        for s in original.unicodeScalars {
            guard TextAnalysis.isLetter(s) else { continue }
            guard s.properties.isUppercase else { return false }
            letters += 1
        }
        return letters >= 2
    }

    static func isEntity(_ item: Item, hasDigit: Bool) -> Bool {
        let scalars = Array(item.original.unicodeScalars)
        guard scalars.count >= 2 else { return false }
        if hasDigit, scalars.contains(where: { TextAnalysis.isLetter($0) }) { return true }
        if scalars.dropFirst().contains(where: { $0.properties.isUppercase }) { return true }  // iPhone, AWS
        if scalars[0].properties.isUppercase, !item.sentenceStart,
            !QuestionLexicon.englishFunctionWords.contains(item.text)
        {
            return true  // a capitalized word mid-sentence
        }
        return false
    }
}

@available(*, unavailable)
extension QuestionReader: Sendable {}
