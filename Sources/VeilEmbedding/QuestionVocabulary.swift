/// ``QuestionLexicon``'s lists in the forms the reader looks them up by: dictionaries by word, Chinese entries as
/// character arrays grouped by first character, longest first. Built once per process.
enum QuestionVocabulary {
    /// Word → the first member of its synonym set.
    static let synonyms: [String: String] = {
        var map: [String: String] = [:]
        for set in QuestionLexicon.englishSynonymSets {
            guard let head = set.first else { continue }
            for word in set where map[word] == nil { map[word] = head }
        }
        return map
    }()

    /// The lemma of a lowercased word: an irregular form's base, else the light stemmer's stem ("applied" →
    /// "apply").
    static func lemma(_ word: String) -> String {
        if let base = QuestionLexicon.englishIrregular[word] { return base }
        if synonyms[word] != nil { return word }
        if word.count > 4, word.hasSuffix("ied") { return String(word.dropLast(3)) + "y" }
        return Lexicon.stem(word)
    }

    /// The canonical form of a lemma: its synonym set's head; otherwise the lemma without a doubled final consonant
    /// or a final "e", so that "cancelled" meets "cancel" and "saving" meets "save" (a key, not a word).
    static func canonical(_ lemma: String) -> String {
        if let head = synonyms[lemma] { return head }
        var scalars = Array(lemma.unicodeScalars)
        guard scalars.count > 3 else { return lemma }
        if scalars.last == "e" { scalars.removeLast() }
        if scalars.count > 3, scalars[scalars.count - 1] == scalars[scalars.count - 2],
            !"aeiou".unicodeScalars.contains(scalars[scalars.count - 1])
        {
            scalars.removeLast()
        }
        // British and American spellings of one word: "neighbour" / "neighbor", "authorised" / "authorized",
        // "analyse" / "analyze" (six letters or more, so that "four" and "hour" stay themselves).
        let n = scalars.count
        if n >= 6, scalars[n - 3] == "o", scalars[n - 2] == "u", scalars[n - 1] == "r" {
            scalars.remove(at: n - 2)
        } else if n >= 6, scalars[n - 1] == "s", scalars[n - 2] == "i" || scalars[n - 2] == "y" {
            scalars[n - 1] = "z"
        }
        var result = ""
        result.unicodeScalars.append(contentsOf: scalars)
        return synonyms[result] ?? result
    }

    /// Verbs of beginning: before a gerund they add nothing to what is asked ("start learning Python").
    static let aspectVerbs: Set<String> = ["start", "starting", "started", "begin", "beginning", "began"]

    /// Forms of "be" (and "it"): "is it possible", "it's possible" ask about ability.
    static let beForms: Set<String> = ["is", "are", "was", "were", "be", "been", "it", "am"]

    /// Words after which "of" only continues a phrase ("one of your drivers", "which of your laptops").
    static let quantifiers: Set<String> = [
        "one", "ones", "some", "all", "any", "each", "most", "many", "few", "several", "both", "either", "neither",
        "which", "what", "rest", "none", "much", "more", "lots", "lot", "couple", "kind", "kinds", "type", "types",
        "sort", "sorts", "bit", "number",
    ]

    /// Chinese personal pronouns (function characters, but arguments next to a relation: 我给他 / 他给我).
    static let chinesePronouns: Set<Character> = ["我", "你", "您", "他", "她", "它"]

    /// The tense an auxiliary gives its clause.
    static let tenses: [String: String] = [
        "is": "present", "are": "present", "am": "present", "do": "present", "does": "present", "has": "present",
        "was": "past", "were": "past", "did": "past", "had": "past", "will": "future", "shall": "future",
    ]

    /// Chinese words of arithmetic, longest first (平方根 before 平方).
    static let chineseOperations: [[Character]] = ["平方根", "立方根", "平方", "立方", "次方", "倍", "一半", "减", "加", "乘", "除"]
        .map { Array($0) }

    /// The arithmetic words of a Chinese run in the order they are written.
    static func chineseOperationOrder(_ characters: [Character]) -> [String] {
        var found: [String] = []
        var i = 0
        outer: while i < characters.count {
            for word in chineseOperations
            where i + word.count <= characters.count && characters[i..<(i + word.count)].elementsEqual(word) {
                found.append(String(word))
                i += word.count
                continue outer
            }
            i += 1
        }
        return found
    }

    /// Filler words that name someone or something after a determiner ("Hi team" / "my team").
    static let determinedFillers: Set<String> = ["team", "assistant", "bot", "guys"]

    /// Verbs of giving whose recipient may stand before the thing given ("send me the invoice", "pay us the
    /// deposit"). Not "tell" or "show": "tell me that I owe tax" is followed by a clause, not by a thing given.
    static let givingVerbs: Set<String> = [
        "send", "sends", "sent", "sending", "give", "gives", "gave", "given", "giving", "pay", "pays", "paid",
        "paying", "owe", "owes", "owed", "sell", "sells", "sold", "lend", "lends", "lent", "offer", "offers",
        "offered", "hand", "hands", "handed", "email", "emailed", "mail", "mailed", "bring", "brings", "brought",
        "refund", "refunds", "refunded", "issue", "issued", "grant", "granted", "award", "awarded", "wire", "wired",
        "forward", "forwarded", "loan", "loaned",
    ]

    /// Object pronouns that may stand as a recipient right after a verb of giving ("her" may also own what follows).
    static let recipientPronouns: Set<String> = ["me", "him", "us", "them", "you"]

    /// Words whose "'s" makes a compound noun rather than an owner ("driver's license", "bachelor's degree",
    /// "women's shoes"), written as often without the apostrophe. Not kin or people who own things ("my kid's
    /// teacher" / "my teacher's kid" must stay two owners).
    static let compoundPossessives: Set<String> = ["driver", "bachelor", "master", "women", "men", "woman", "man"]

    /// Number words that never join a spelled number ("twice", "a dozen").
    static let nonCompoundNumberWords: Set<String> = ["dozen", "twice", "double", "triple", "once"]

    /// Units that people glue to a number ("50GB", "10000mAh", "24hrs"). Not "am"/"pm" ("am" is also a function
    /// word), "m" (metres, minutes or millions) or "s": those stay one word with their number.
    static let gluedUnits: Set<String> = [
        "gb", "mb", "kb", "tb", "gbps", "mbps", "mah", "kwh", "kw", "hz", "ghz", "mhz", "mph", "kph", "kg", "kgs", "mg",
        "mgs", "lb", "lbs", "oz", "km", "kms", "cm", "mm", "ml", "ft", "hr", "hrs", "min", "mins", "sec", "secs",
        "ms", "yr", "yrs", "wk", "wks",
    ]

    /// Chat fillers that people write in capitals without naming anything ("Is it OK to…", "THX"): unlike "US" or
    /// "IT", the capitals do not make them a thing.
    static let shoutedFillers: Set<String> = ["ok", "okay", "hi", "hey", "pls", "plz", "thx", "lol", "btw", "fyi"]

    /// Determiners that make a filler word a thing.
    static let determiners: Set<String> = ["my", "your", "his", "her", "our", "their", "the", "this", "that"]

    /// Forms of "be" and "get" that make a past participle before "by" passive.
    static let passiveAuxiliaries: Set<String> = [
        "is", "are", "am", "was", "were", "be", "been", "being", "get", "gets", "got", "gotten", "getting",
    ]

    /// Whether `word` reads as a past participle: a listed irregular one, or an "-ed" form that is not one of the
    /// words merely ending so ("speed", "need", "hundred").
    static func isParticiple(_ word: String) -> Bool {
        if irregularParticiples.contains(word) { return true }
        return word.count >= 5 && word.hasSuffix("ed") && !word.hasSuffix("eed") && !edWords.contains(word)
    }

    /// Words ending in "-ed" that are no participles.
    static let edWords: Set<String> = [
        "hundred", "sacred", "naked", "wicked", "rugged", "kindred", "hatred", "beloved", "instead", "indeed",
        "ahead", "bread", "thread", "spread", "dread", "tweed", "embed",
    ]

    /// Past participles that do not end in "-ed".
    static let irregularParticiples: Set<String> = [
        "paid", "hit", "bitten", "made", "taken", "given", "sent", "sold", "bought", "caught", "held", "built", "told",
        "written", "seen", "known", "shown", "done", "beaten", "chosen", "driven", "eaten", "hidden", "spoken",
        "stolen", "thrown", "worn", "bound", "found", "kept", "left", "lent", "lost", "meant", "met", "read", "set",
        "shut", "spent", "struck", "taught", "understood", "won", "cut", "put", "hurt", "brought", "fought",
        "forgotten", "frozen", "fed", "led", "dealt", "heard", "laid", "said", "run", "overtaken", "shot", "drawn",
        "broken", "woken", "forgiven", "ridden", "sung", "swept", "split", "spread", "upheld", "withheld",
    ]

    /// Possessive determiners by person.
    static let possessives: [String: String] = [
        "my": "1s", "your": "2", "his": "3m", "her": "3f", "our": "1p", "their": "3p",
    ]

    /// Function words that may still head what a possessive owns ("my own", "their best").
    static let possessiveHeads: Set<String> = ["own", "best", "first", "last", "next", "new", "old"]

    /// Words after which "for X to V" names who acts ("possible for a student to sue", "take for HR to approve",
    /// "safe for dogs to eat"), so that it lines up with "Can a student sue?" and "How long does HR take to approve?".
    static let actorFrameHeads: Set<String> = [
        "possible", "impossible", "legal", "illegal", "safe", "unsafe", "ok", "okay", "normal", "abnormal", "allowed",
        "permitted", "common", "usual", "unusual", "typical", "easy", "hard", "difficult", "necessary", "unnecessary",
        "dangerous", "risky", "bad", "good", "fine", "wise", "smart", "healthy", "harmful", "mandatory", "required",
        "acceptable", "appropriate", "advisable", "standard", "customary", "take", "takes", "took", "taking",
    ]

    /// The forms of "take" that frame a duration ("how long does it take for …", "how long does X take to …").
    static let takeForms: Set<String> = ["take", "takes", "took", "taking"]

    /// Nouns after "best"/"worst" that make a question frame ("the best way to").
    static let frameNouns: Set<String> = ["way", "ways", "time", "practice", "practices", "method", "approach"]

    /// Adjectives whose "-er"/"-est" forms are comparatives and superlatives (others ending so are other words:
    /// "interest", "order").
    static let gradableAdjectives: Set<String> = [
        "cheap", "fast", "quick", "slow", "big", "small", "large", "long", "short", "early", "late", "new", "old",
        "high", "low", "hard", "easy", "safe", "close", "near", "far", "strong", "weak", "light", "heavy", "hot",
        "cold", "young", "rich", "poor", "busy", "healthy", "quiet", "nice", "fine", "simple", "clean", "fresh",
        "deep", "wide", "tall", "warm", "cool", "smart", "great", "common", "happy", "tiny", "huge", "dear", "sweet",
        "spicy", "tasty", "crispy", "fluffy", "soft", "thick", "thin", "dry", "wet", "loud", "bright", "dark",
        "sharp", "rare", "calm", "lucky", "pretty", "ugly", "noisy", "costly", "wealthy", "funny", "close", "cute",
    ]

    /// "sup" for a superlative, "cmp" for a comparative of a gradable adjective, else `nil`.
    static func degree(of word: String) -> String? {
        for (suffix, degree) in [("est", "sup"), ("er", "cmp")] where word.hasSuffix(suffix) {
            let stem = String(word.dropLast(suffix.count))
            var candidates = [stem, stem + "e"]
            if stem.hasSuffix("i") { candidates.append(String(stem.dropLast()) + "y") }
            if let last = stem.last, stem.dropLast().last == last { candidates.append(String(stem.dropLast())) }
            if candidates.contains(where: { gradableAdjectives.contains($0) }) { return degree }
        }
        return nil
    }

    /// Chinese degree, quantifier and scope words, longest first: what each reads as, and whether it may go
    /// unpaired.
    static let chineseScopeWords: [([Character], String, Bool)] = [
        ("最多", "quant:max", false), ("至多", "quant:max", false), ("至少", "quant:min", false),
        ("所有", "quant:all", false), ("全部", "quant:all", false), ("一切", "quant:all", false),
        ("每个", "quant:all", false), ("只有", "quant:only", false), ("只能", "quant:only", false),
        ("仅限", "quant:only", false), ("仅仅", "quant:only", false), ("任何", "quant:some", true),
        ("有些", "quant:some", true), ("一些", "quant:some", true), ("更加", "deg:cmp", false),
        ("比较", "deg:cmp", false), ("最", "deg:sup", false), ("更", "deg:cmp", false), ("只", "quant:only", false),
        ("仅", "quant:only", false), ("都", "quant:dou", true), ("并且", "conj:and", true), ("而且", "conj:and", true),
        ("且", "conj:and", true), ("以下", "quant:max", false), ("以内", "quant:max", false),
        ("以上", "quant:min", false),
        // "In total": 一共有几个 asks what 有几个 asks, so it may go unpaired.
        ("一共", "quant:total", true), ("总共", "quant:total", true),
    ].map { (Array($0.0), $0.1, $0.2) }.sorted { $0.0.count > $1.0.count }

    /// Chinese nouns of people that own things (我爸的房子, 同事的领导).
    static let chinesePersonNouns: Set<String> = [
        "儿子", "女儿", "爸", "妈", "爸爸", "妈妈", "父亲", "母亲", "老婆", "老公", "丈夫", "妻子", "同事", "领导",
        "朋友", "老板", "孩子", "家人", "邻居", "客户", "老师", "学生", "室友", "男友", "女友", "哥", "姐", "弟", "妹",
        "哥哥", "姐姐", "弟弟", "妹妹", "公司", "房东", "租客", "医生", "父母", "爷爷", "奶奶", "对方", "卖家", "买家",
        "商家", "员工", "经理", "同学", "亲戚", "宝宝", "小孩", "婆婆", "公公", "岳父", "岳母", "外婆", "外公", "姥姥",
        "姥爷", "叔叔", "阿姨", "舅舅", "舅妈", "姑姑", "姑父", "姨妈", "伯伯", "伯母", "嫂子", "姐夫", "妹夫", "弟媳",
        "儿媳", "女婿", "侄子", "侄女", "外甥", "孙子", "孙女", "表哥", "表姐", "堂哥", "堂姐", "上司", "下属", "房客",
        "病人", "患者", "律师", "保姆", "前妻", "前夫", "未婚夫", "未婚妻", "班主任", "主任", "校长", "班长", "家长", "教练",
        "会计", "导师", "同桌", "网友", "闺蜜", "表妹", "表弟", "堂妹", "堂弟", "继父", "继母", "队友", "队长", "助理", "秘书",
        "司机", "护士", "教授", "合伙人", "舍友", "师傅", "徒弟",
        // Heads and ranks at work and school, and people met through a service.
        "组长", "科长", "处长", "部长", "厂长", "院长", "所长", "局长", "店长", "行长", "村长", "社长", "会长", "董事长",
        "总监", "总经理", "主管", "老总", "前台", "保安", "客服", "店员", "职员", "柜员", "快递员", "服务员", "业务员",
        "销售", "中介", "经纪人", "厨师", "工程师", "设计师", "会计师", "药师", "讲师", "医师", "辅导员", "学长", "学姐",
        "学弟", "学妹", "师兄", "师姐", "师弟", "师妹", "师父", "男朋友", "女朋友", "对象", "配偶", "伴侣", "前男友",
        "前女友", "继子", "继女", "养子", "养女", "外孙", "外孙女", "侄儿", "儿媳妇", "丈母娘", "公婆", "小叔子", "小姑子",
        "房主", "业主", "物业", "租户", "承租人", "出租人", "债主", "担保人", "受益人", "监护人", "代理人", "委托人",
    ]

    /// Chinese arithmetic words, longest first: the symbol each is written as, and whether its operands read in
    /// reverse (24除6 is 6 ÷ 24; 24除以6 is 24 ÷ 6).
    static let chineseArithmetic: [(word: String, symbol: String, reversed: Bool)] = [
        ("除以", "/", false), ("乘以", "×", false), ("减去", "-", false), ("加上", "+", false), ("除", "/", true),
        ("减", "-", false), ("加", "+", false), ("乘", "×", false),
    ]

    /// Words after which "even" says parity ("even numbers", "an even positive integer").
    static let parityNouns: Set<String> = [
        "number", "numbers", "integer", "integers", "digit", "digits", "positive", "negative", "natural", "whole",
        "prime", "primes", "multiple", "multiples", "square", "squares", "power", "powers", "page", "pages",
    ]

    /// Personal pronouns by person (subject and object forms alike).
    static let personalPronouns: [String: String] = [
        "i": "1s", "me": "1s", "myself": "1s", "you": "2", "yourself": "2", "he": "3m", "him": "3m", "himself": "3m",
        "she": "3f", "herself": "3f", "we": "1p", "us": "1p", "ourselves": "1p", "they": "3p", "them": "3p",
        "themselves": "3p",
        // Someone else is another person than "I": "if someone uses my card" / "if I use my card".
        "someone": "some", "somebody": "some", "anyone": "any", "anybody": "any", "everyone": "every",
        "everybody": "every", "nobody": "none",
    ]

    /// The word whose opposite a polar word is checked against: itself, or the base of a comparative or
    /// superlative ("slower" → "slow", "biggest" → "big", "easier" → "easy").
    static func polarBase(_ word: String) -> String? {
        if Lexicon.englishOpposites[word] != nil { return word }
        for suffix in ["est", "er"] where word.hasSuffix(suffix) && word.count > suffix.count + 2 {
            let stem = String(word.dropLast(suffix.count))
            var candidates = [stem, stem + "e"]
            if stem.hasSuffix("i") { candidates.append(String(stem.dropLast()) + "y") }
            if let last = stem.last, stem.dropLast().last == last { candidates.append(String(stem.dropLast())) }
            if let base = candidates.first(where: { Lexicon.englishOpposites[$0] != nil }) { return base }
        }
        return nil
    }

    /// Auxiliaries and modals that open a yes/no question when they start a clause ("Is it…", "Can I…").
    static let polarOpeners: Set<String> = [
        "is", "are", "was", "were", "am", "do", "does", "did", "can", "could", "will", "would", "should", "shall",
        "may", "might", "must", "have", "has", "had", "whether",
    ]

    /// Words after "once" that make it a frequency ("once a day"); elsewhere it is a conjunction.
    static let frequencyFollowers: Set<String> = [
        "a", "an", "per", "every", "each", "daily", "weekly", "monthly", "yearly", "more", "or", "again",
    ]

    /// Modals that, before "you", make a request or ask what the other side does ("can you ship to Canada?").
    static let requestModals: Set<String> = ["can", "could", "would", "will", "may"]

    /// Relational words that may also introduce a clause ("after it has shipped").
    static let clauseConjunctions: Set<String> = ["after", "before", "since", "until", "till", "while"]

    /// Words that show a clause follows: pronouns and auxiliaries.
    static let clauseSignals: Set<String> = [
        "i", "you", "we", "he", "she", "it", "they", "is", "are", "was", "were", "has", "have", "had", "do", "does",
        "did", "will", "can", "could", "would", "should", "am", "be", "been", "get", "gets", "got",
    ]

    /// Function words that end a phrase governed by a relational word ("to Spain *do* you…").
    static let boundaryWords: Set<String> = [
        "do", "does", "did", "is", "are", "was", "were", "be", "been", "am", "can", "could", "will", "would",
        "should", "must", "may", "might", "shall", "have", "has", "had", "i", "you", "we", "they", "he", "she", "it",
        "what", "which", "who", "whom", "when", "where", "why", "how", "and", "or", "but", "if", "so", "because",
        "that", "then", "there", "here", "please", "also", "while", "as", "since", "whether",
    ]

    /// Chinese conjunctions that open a subordinate clause.
    static let chineseClauseOpeners: Set<String> = ["如果", "要是", "假如", "万一", "因为", "虽然", "只要", "除非", "即使"]

    /// Words that make the order of coordinated things part of the question.
    static let sequenceWords: Set<String> = [
        "then", "first", "firstly", "afterwards", "afterward", "followed", "finally", "ratio", "ratios", "proportion",
    ]

    /// Chinese characters of order and ratio (比例, 先, 然后).
    static let chineseSequenceWords: [String] = ["比例", "比值", "比率", "然后", "先后", "顺序"]

    /// Subordinating conjunctions: each starts a clause.
    static let clauseOpeners: Set<String> = [
        "if", "when", "whenever", "because", "unless", "although", "though", "whereas", "once", "so",
    ]

    /// Units of time: "each day", "every week" say how often.
    static let timeUnits: Set<String> = [
        "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "night", "nights", "morning",
        "evening", "week", "weeks", "month", "months", "year", "years", "time", "times", "semester", "term",
        "quarter", "shift", "visit", "session", "cycle", "dose",
    ]

    /// Words a modal may follow after "how" without ending the frame ("how *do I* need to", "how *can we*").
    static let auxiliariesAndPronouns: Set<String> = [
        "do", "does", "did", "i", "you", "we", "they", "he", "she", "it", "one", "someone", "is", "are", "exactly",
        "else", "much", "else's", "ever",
    ]

    /// Pronouns that start a statement ("I need to…", "we can't…").
    static let subjectPronouns: Set<String> = ["i", "we", "he", "she", "they", "it", "my", "our"]

    /// Verbs that are as often nouns ("text", "email", "order"): "to" before them keeps its direction unless a head
    /// such as "want" or "how" says it is an infinitive.
    static let nounVerbs: Set<String> = [
        "text", "email", "book", "order", "work", "ship", "show", "list", "process", "store", "call", "mail", "post",
        "file", "print", "test", "plan", "park", "watch", "match", "name", "note", "mark", "place", "report",
        "request", "schedule", "search", "review", "transfer", "exchange", "return", "refund", "deposit", "charge",
        "cost", "link", "log", "record", "access", "back", "top", "end", "start", "type", "view", "visit", "change",
        "update", "upgrade", "design", "format", "release", "trade", "travel", "train", "walk", "drink", "cook",
        "sign", "light", "pay", "save", "share", "treat", "vote",
    ]

    /// Closed classes whose members the embedder must never take for one another (Monday/Tuesday, red/blue,
    /// first/second, kilograms/pounds): they differ in exactly the way embeddings blur.
    static let closedClassWords: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "weekday", "weekend",
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
        "december", "spring", "summer", "autumn", "winter", "morning", "afternoon", "evening", "night", "tonight",
        "today", "tomorrow", "yesterday", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
        "eighth", "ninth", "tenth", "last", "next", "previous", "red", "blue", "green", "yellow", "black", "white",
        "orange", "purple", "pink", "brown", "grey", "gray", "north", "south", "east", "west", "kg", "kilogram",
        "gram", "pound", "ounce", "km", "kilometer", "kilometre", "mile", "meter", "metre", "inch", "foot", "yard",
        "liter", "litre", "gallon", "celsius", "fahrenheit", "hour", "minute", "day", "week", "month", "year",
        "dollar", "euro", "yen", "yuan", "rmb", "usd", "eur", "gbp", "cent", "python", "java", "javascript",
        "typescript", "rust", "ruby", "php", "swift", "kotlin", "sql", "html", "css", "linux", "windows", "macos",
        "ios", "android", "iphone", "ipad", "excel", "chrome", "firefox", "safari", "visa", "mastercard", "paypal",
        "amex", "male", "female", "man", "woman", "boy", "girl", "adult", "child", "baby", "senior", "student",
        "teacher", "domestic", "international", "local", "national", "online", "offline", "annual", "monthly",
        "weekly", "daily", "yearly", "hourly", "economy", "business", "premium", "basic", "free", "paid",
        "public", "private", "personal", "full", "part", "maximum", "minimum", "max", "min", "upper", "lower",
        "left", "right", "front", "back", "top", "bottom", "inside", "outside", "new", "old", "used", "hot", "cold",
        "warm", "cool", "dry", "wet", "raw", "cooked", "frozen", "fresh",
    ]

    /// English question words by kind (phrases such as "what time" are read first).
    static let questionWords: [String: VerifierQuestionKind] = [
        "what": .open, "how": .manner, "who": .person, "whom": .person, "whose": .person, "where": .place,
        "when": .time, "why": .reason, "which": .choice,
    ]

    /// Filler phrases by first word, longest first.
    static let fillerPhrases: [String: [[String]]] = {
        var map: [String: [[String]]] = [:]
        for phrase in QuestionLexicon.englishFillerPhrases {
            guard let first = phrase.first else { continue }
            map[first, default: []].append(phrase)
        }
        for key in map.keys { map[key]?.sort { $0.count > $1.count } }
        return map
    }()

    /// Hash of a polar word → hashes of its opposites.
    static let oppositeHashes: [UInt64: [UInt64]] = {
        var map: [UInt64: [UInt64]] = [:]
        for (word, opposites) in Lexicon.englishOpposites {
            map[QuestionShape.hash(word, kind: 2)] = opposites.map { QuestionShape.hash($0, kind: 2) }
        }
        return map
    }()

    // MARK: Chinese

    /// Chinese fillers as character arrays, longest first.
    static let chineseFillers: [[Character]] = QuestionLexicon.chineseFillers.map { Array($0) }.sorted {
        $0.count > $1.count
    }

    /// Chinese interrogatives, longest first so that 为什么 and 什么时候 are not also read as 什么; 多少钱 also says
    /// what is asked about (the price).
    static let chineseQuestionWords: [([Character], VerifierQuestionKind, String?)] = [
        ("什么时候", VerifierQuestionKind.time, nil), ("多长时间", .duration, nil), ("多少钱", .quantity, "价格"),
        ("为什么", .reason, nil), ("怎么样", .open, nil), ("什么样", .open, nil), ("多久", .duration, nil),
        ("为何", .reason, nil), ("何时", .time, nil), ("几点", .time, nil), ("哪天", .time, nil), ("几号", .time, nil),
        ("哪里", .place, nil), ("哪儿", .place, nil), ("在哪", .place, nil), ("哪个", .choice, nil),
        ("哪些", .choice, nil), ("哪种", .choice, nil), ("多少", .quantity, nil), ("几个", .quantity, nil),
        ("怎么", .manner, nil), ("怎样", .manner, nil), ("如何", .manner, nil), ("什么", .open, nil), ("咋", .manner, nil),
        ("啥", .open, nil), ("谁", .person, nil),
    ].map { (Array($0.0), $0.1, $0.2) }

    /// Units of time after "how many" ("how many days", "how much time"): the question asks how long.
    static let durationUnits: Set<String> = [
        "second", "minute", "hour", "day", "night", "week", "month", "year", "time",
    ]

    /// Whether a Chinese unit of time starts at `i` (天, 个月, 小时, 星期 …), after 多少 or 几个.
    static func startsDurationUnit(_ characters: [Character], at i: Int) -> Bool {
        guard i < characters.count else { return false }
        var k = i
        if characters[k] == "个", k + 1 < characters.count { k += 1 }
        if "天周月年晚秒".contains(characters[k]) { return true }
        guard k + 1 < characters.count else { return false }
        let pair = String(characters[k...(k + 1)])
        return pair == "小时" || pair == "分钟" || pair == "星期" || pair == "礼拜" || pair == "钟头"
    }

    /// Characters after 什么 that do not start a noun: verbs, particles and adverbs (什么是, 什么都, 什么意思 is
    /// still "what").
    static let chineseNonNounFollowers: Set<Character> = Set(
        "是的呢吗啊呀吧了都也还就要会能可地得在用意叫算做让给把被对比和跟与或才又再更最很太")

    /// Modals by first character, longest first.
    private static let chineseModals: [Character: [([Character], QuestionLexicon.ModalClass)]] = group(
        QuestionLexicon.chineseModals.map { (Array($0.0), $0.1) })

    /// The modal starting at `i`, if any.
    /// A Chinese marker of tense at `i` and its length: 已经 / 曾经 say the thing is done (已经过期), 即将 / 将要 and
    /// 还有 / 还剩 before an amount say it is still to come (还有三个月过期). `endsClause` says whether the run ends
    /// its clause: a run that ends before it does is followed by a number written in digits (还有 3 个月).
    static func chineseTense(_ characters: [Character], at i: Int, endsClause: Bool) -> (Int, String)? {
        guard i + 1 < characters.count else { return nil }
        switch (characters[i], characters[i + 1]) {
        case ("已", "经"), ("曾", "经"):
            return (2, "past")
        case ("即", "将"), ("将", "要"):
            return (2, "future")
        case ("还", "有"), ("还", "剩"):
            let amount =
                i + 2 < characters.count ? Lexicon.chineseDigits[characters[i + 2]] != nil : !endsClause
            return amount ? (2, "future") : nil
        default:
            return nil
        }
    }

    static func chineseModal(_ characters: [Character], at i: Int) -> ([Character], QuestionLexicon.ModalClass)? {
        guard i >= 0, i < characters.count else { return nil }
        return longest(chineseModals[characters[i]], in: characters, at: i)
    }

    private static let nonRoles: [Character: [([Character], Void)]] = group(
        QuestionLexicon.chineseNonRoles.map { (Array($0), ()) })

    /// A word at `i` that starts with a relational character but is not a relation (收到 is matched at 收).
    static func chineseNonRole(_ characters: [Character], at i: Int) -> [Character]? {
        longest(nonRoles[characters[i]], in: characters, at: i)?.0
    }

    private static let roles:
        [Character: [([Character], (QuestionLexicon.Role, QuestionLexicon.ChineseRolePlacement))]] = group(
            QuestionLexicon.chineseRoles.map { (Array($0.0), ($0.1, $0.2)) })

    /// The relational word at `i`, its role and where it governs.
    static func chineseRole(_ characters: [Character], at i: Int)
        -> ([Character], QuestionLexicon.Role, QuestionLexicon.ChineseRolePlacement)?
    {
        guard let (word, value) = longest(roles[characters[i]], in: characters, at: i) else { return nil }
        return (word, value.0, value.1)
    }

    /// Synonyms and the words they read as, both as units (so 快递 is one token whether written 快递 or 物流).
    private static let synonymUnits: [Character: [([Character], String)]] = {
        var entries = QuestionLexicon.chineseSynonyms.map { (Array($0.0), $0.1) }
        let targets = Set(QuestionLexicon.chineseSynonyms.map(\.1)).filter { $0.count >= 2 }
        entries += targets.sorted().map { (Array($0), $0) }
        return group(entries)
    }()

    /// A synonym at `i`: its length and the canonical word it reads as.
    static func chineseSynonym(_ characters: [Character], at i: Int) -> (Int, String)? {
        guard let (word, canon) = longest(synonymUnits[characters[i]], in: characters, at: i) else { return nil }
        return (word.count, canon)
    }

    /// Sentence-final particles that only soften a question (啊, 呀, 呢, 吧, 哈, 啦, 嘛).
    static let chineseFinalParticles: Set<Character> = ["啊", "呀", "呢", "吧", "哈", "啦", "嘛"]

    /// The index of a 不 that ends a clause as a question tag: "VP不?" (能跨店用不, 划算不) asks what "VP吗?" asks and
    /// negates nothing. Only after at least two characters of a verb phrase, and not after a negator, a pronoun or
    /// an adverb of negation (我不, 是不, 都不), where 不 is an answer or a negation rather than a tag.
    static func chineseQuestionTag(_ characters: [Character]) -> Int? {
        var end = characters.count - 1
        while end >= 0, chineseFinalParticles.contains(characters[end]) { end -= 1 }
        guard end >= 2, characters[end] == "不" else { return nil }
        let previous = characters[end - 1]
        guard !Lexicon.chineseNegators.contains(previous), !chinesePronouns.contains(previous),
            !chineseAdverbsBeforeNegation.contains(previous), !Lexicon.chineseNegators.contains(characters[end - 2])
        else { return nil }
        return end
    }

    /// Adverbs that stand before a negating 不 (都不, 也不, 还不, 并不): a 不 after them negates, even at the end.
    static let chineseAdverbsBeforeNegation: Set<Character> = [
        "是", "都", "也", "还", "并", "就", "又", "再", "决", "绝", "从", "根", "毫", "可", "才", "更", "最", "很", "太",
    ]

    /// Which characters sit inside words where a negation character does not negate (非常, 别人, 无论 …).
    static func chineseNonNegationMask(_ characters: [Character]) -> [Bool] {
        var masked = [Bool](repeating: false, count: characters.count)
        for word in nonNegations {
            guard word.count <= characters.count else { continue }
            var i = 0
            while i + word.count <= characters.count {
                if characters[i..<(i + word.count)].elementsEqual(word) {
                    for k in i..<(i + word.count) { masked[k] = true }
                    i += word.count
                } else {
                    i += 1
                }
            }
        }
        return masked
    }

    private static let nonNegations: [[Character]] = Lexicon.chineseNonNegations.map { Array($0) }

    private static func group<Value>(_ entries: [([Character], Value)]) -> [Character: [([Character], Value)]] {
        var map: [Character: [([Character], Value)]] = [:]
        for entry in entries {
            guard let first = entry.0.first else { continue }
            map[first, default: []].append(entry)
        }
        for key in map.keys { map[key]?.sort { $0.0.count > $1.0.count } }
        return map
    }

    private static func longest<Value>(_ candidates: [([Character], Value)]?, in characters: [Character], at i: Int)
        -> ([Character], Value)?
    {
        guard let candidates else { return nil }
        for candidate in candidates where i + candidate.0.count <= characters.count {
            if characters[i..<(i + candidate.0.count)].elementsEqual(candidate.0) { return candidate }
        }
        return nil
    }
}

/// The invariants every strictness checks: placeholders, numbers and negation, folded into one stable digest.
enum VerifierNumbers {
    /// FNV-1a of the sorted placeholders, sorted numbers and the negation count: two texts whose signatures differ
    /// never pass the verifier, so the cache partitions its index by it.
    static func signature(placeholders: [String], numbers: [String], negations: Int) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        func mix(_ byte: UInt8) {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        for placeholder in placeholders {
            for byte in placeholder.utf8 { mix(byte) }
            mix(0x1F)
        }
        mix(0x1E)
        for number in numbers {
            for byte in number.utf8 { mix(byte) }
            mix(0x1F)
        }
        mix(0x1E)
        withUnsafeBytes(of: UInt64(negations).littleEndian) { for byte in $0 { mix(byte) } }
        return hash
    }

    /// The value of a run of Chinese numerals (`十五` → 15, `两千三百` → 2300); "half" is `0.5`.
    static func chineseValue(_ digits: [Character]) -> String? {
        if digits == ["半"] { return "0.5" }
        var total = 0
        var section = 0
        var current = 0
        for c in digits {
            guard let v = Lexicon.chineseDigits[c], v >= 0 else { return nil }
            switch v {
            case 10, 100, 1000:
                section += (current == 0 ? 1 : current) * v
                current = 0
            case 10000:
                total += (section + current) * 10000
                section = 0
                current = 0
            default:
                current = current * 10 + v
            }
        }
        return String(total + section + current)
    }
}
