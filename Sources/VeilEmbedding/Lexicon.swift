/// Closed-class word lists (function words, negators, number words) and a light English stemmer.
///
/// These are linguistic categories, not a list tuned to any test set: they change what a sentence asks only in
/// the ways the verifier checks (negation, quantity), or carry no topic (function words).
enum Lexicon {
    /// English function words: they shape a question but do not say what it is about.
    static let englishStopwords: Set<String> = [
        "a", "an", "the", "this", "that", "these", "those", "is", "are", "was", "were", "be", "been", "being", "am",
        "do", "does", "did", "doing", "have", "has", "had", "having", "i", "me", "my", "mine", "myself", "we", "us",
        "our", "ours", "you", "your", "yours", "he", "him", "his", "she", "her", "hers", "it", "its", "they", "them",
        "their", "what", "which", "who", "whom", "whose", "when", "where", "why", "how", "can", "could", "should",
        "would", "will", "shall", "may", "might", "must", "to", "of", "in", "on", "at", "by", "for", "with", "from",
        "about", "into", "onto", "over", "up", "down", "out", "off", "as", "and", "or", "but", "if", "so", "than",
        "then", "there", "here", "please", "some", "any", "just", "also", "too", "very", "really", "get", "got",
        "there's", "i'm", "it's", "way", "want", "need", "like", "know", "tell", "help", "let", "go", "going", "make",
        "possible", "hi", "hello", "hey", "thanks", "thank", "ok", "okay", "anyone", "someone", "something",
        "anything", "best", "good", "easiest", "quickly", "exactly", "actually", "kindly", "guys", "again",
        "both", "each", "all", "every", "such", "via", "per", "through", "using", "use",
        // Question-frame nouns: they say how a question is asked, not what it is about.
        "tip", "tips", "step", "steps", "reason", "method", "process", "procedure", "thing", "things", "example",
        "explain", "simple", "terms", "main", "someone", "effectively", "usually", "exactly",
    ]

    /// Chinese function characters and words (particles, pronouns, question words, modal verbs).
    static let chineseStopCharacters: Set<String> = [
        "的", "了", "吗", "呢", "吧", "啊", "呀", "么", "是", "我", "你", "您", "他", "她", "它", "们", "这", "那", "个",
        "在", "和", "与", "及", "或", "就", "都", "也", "还", "又", "把", "被", "让", "给", "对", "从", "到", "向", "以",
        "请", "问", "想", "要", "能", "会", "可", "该", "应", "怎", "样", "如", "何", "什", "哪", "里", "为", "一", "下",
        "些", "点", "得", "地", "着", "过", "很", "太", "有", "吗", "嘛", "哦", "喔", "呃", "谢", "帮", "忙", "之", "其",
        "自", "己", "去", "来", "做", "用", "才", "再", "已", "经", "正", "所", "而", "且", "但", "若",
    ]

    /// Words whose opposite changes the question: one on each side means the two ask opposite things.
    static let englishOpposites: [String: [String]] = {
        let pairs: [(String, String)] = [
            ("on", "off"), ("up", "down"), ("in", "out"), ("before", "after"), ("more", "less"), ("more", "fewer"),
            ("open", "close"), ("add", "remove"), ("add", "delete"), ("buy", "sell"), ("upload", "download"),
            ("import", "export"), ("send", "receive"), ("first", "last"), ("min", "max"), ("minimum", "maximum"),
            ("high", "low"), ("higher", "lower"), ("start", "end"), ("start", "stop"), ("gain", "lose"),
            ("win", "lose"), ("push", "pull"), ("left", "right"), ("early", "late"), ("earlier", "later"),
            ("old", "new"), ("cheap", "expensive"), ("best", "worst"), ("above", "below"), ("over", "under"),
            ("inside", "outside"), ("top", "bottom"), ("next", "previous"), ("accept", "reject"),
            ("allow", "block"), ("allow", "deny"), ("approve", "reject"), ("join", "leave"), ("hire", "fire"),
            ("borrow", "lend"), ("deposit", "withdraw"), ("credit", "debit"), ("income", "expense"),
            ("import", "export"), ("north", "south"), ("east", "west"), ("male", "female"), ("true", "false"),
            ("positive", "negative"), ("long", "short"), ("big", "small"), ("large", "small"), ("fast", "slow"),
            ("hot", "cold"), ("light", "dark"), ("light", "heavy"), ("weak", "strong"), ("easy", "hard"),
            ("before", "during"), ("during", "after"), ("yesterday", "tomorrow"), ("today", "tomorrow"),
            ("today", "yesterday"), ("morning", "evening"), ("morning", "night"), ("day", "night"),
            ("upgrade", "downgrade"), ("ascending", "descending"), ("maximize", "minimize"), ("raise", "lower"),
            ("include", "exclude"), ("included", "excluded"), ("enter", "exit"), ("arrive", "depart"),
            ("arrival", "departure"), ("input", "output"), ("inbound", "outbound"), ("incoming", "outgoing"),
            // Converse roles: the two sides of one relation ("Can a tenant break the lease?" / "Can a landlord…?").
            ("buyer", "seller"), ("landlord", "tenant"), ("employer", "employee"), ("husband", "wife"),
            ("sender", "recipient"), ("sender", "receiver"), ("lender", "borrower"), ("borrow", "lend"),
            ("parent", "child"), ("teacher", "student"), ("doctor", "patient"), ("host", "guest"),
            ("creditor", "debtor"), ("payer", "payee"), ("giver", "receiver"), ("mother", "father"),
            ("son", "daughter"), ("brother", "sister"), ("boyfriend", "girlfriend"), ("driver", "passenger"),
            ("plaintiff", "defendant"), ("client", "server"), ("source", "destination"), ("source", "target"),
            ("owner", "renter"), ("insurer", "insured"), ("manager", "employee"), ("seller", "customer"),
        ]
        var map: [String: [String]] = [:]
        for (x, y) in pairs {
            map[x, default: []].append(y)
            map[y, default: []].append(x)
        }
        return map
    }()

    /// Prefixes that reverse or negate a word (un-lock, dis-able, de-crease, in-crease, en-crypt, non-…).
    static let reversingPrefixes: [String] = [
        "un", "dis", "de", "in", "im", "il", "ir", "non", "en", "anti", "mis", "counter",
    ]

    /// English negators, after contraction expansion (`don't` → `do not`).
    static let englishNegators: Set<String> = [
        "not", "no", "never", "without", "none", "nothing", "nobody", "neither", "nor", "nowhere", "cannot",
        "unable", "fail", "fails", "failed", "failing", "hardly", "barely",
    ]

    /// Chinese negation characters; words in which they do not negate are listed in ``chineseNonNegations``.
    static let chineseNegators: Set<Character> = ["不", "没", "别", "无", "非", "未", "勿", "莫", "否", "甭"]

    /// Words containing a negation character that do not negate the clause ("very", "others", "regardless").
    static let chineseNonNegations: [String] = [
        "非常", "别人", "别的", "特别", "区别", "类别", "级别", "识别", "分别", "告别", "性别", "个别", "差别", "辨别",
        "别处", "无论", "不管", "不过", "不错", "差不多", "不好意思", "不断", "是否", "能否", "可否", "否则", "未来",
        "莫名", "无线", "无人", "不仅", "并非常", "不一定", "要不要", "是不是", "能不能", "可不可以", "会不会", "有没有",
        "行不行", "对不对", "好不好", "用不用", "需不需要", "不客气", "没关系", "别名", "无限", "无缝",
    ]

    /// English number words that state a quantity.
    static let englishNumberWords: [String: String] = [
        "zero": "0", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
        "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13", "fourteen": "14",
        "fifteen": "15", "sixteen": "16", "seventeen": "17", "eighteen": "18", "nineteen": "19", "twenty": "20",
        "thirty": "30", "forty": "40", "fifty": "50", "sixty": "60", "seventy": "70", "eighty": "80", "ninety": "90",
        "hundred": "100", "thousand": "1000", "million": "1000000", "billion": "1000000000", "dozen": "12",
        "half": "0.5", "twice": "2", "double": "2", "triple": "3", "once": "1",
    ]

    /// Chinese numeral characters and their values.
    static let chineseDigits: [Character: Int] = [
        "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
        "十": 10, "百": 100, "千": 1000, "万": 10000, "半": -1,
    ]

    /// Measure words and units: a Chinese numeral followed by one of these states a quantity.
    static let chineseMeasureWords: Set<Character> = [
        "个", "天", "年", "月", "日", "号", "次", "本", "张", "元", "块", "岁", "小", "分", "秒", "周", "点", "倍",
        "人", "位", "条", "件", "台", "份", "公", "米", "千", "页", "章", "节", "题", "层", "楼", "遍", "种", "家", "间",
        "门", "辆", "只", "双", "杯", "瓶", "斤", "克", "里", "寸", "度", "级", "期", "季", "场", "篇", "部", "项", "笔",
        "单", "箱", "盒", "包", "晚", "夜", "星", "礼", "百", "万", "亿", "十",
    ]

    /// A light English stemmer: plural, past and gerund endings, so that "orders"/"ordered"/"ordering" meet.
    static func stem(_ word: String) -> String {
        var w = Substring(word)
        let n = w.count
        if n > 4, w.hasSuffix("ies") {
            return String(w.dropLast(3)) + "y"
        }
        if n > 4, w.hasSuffix("sses") { return String(w.dropLast(2)) }
        if n > 3, w.hasSuffix("s"), !w.hasSuffix("ss"), !w.hasSuffix("us"), !w.hasSuffix("is") {
            w = w.dropLast()
            if w.hasSuffix("e"), w.count > 3,
                w.dropLast().hasSuffix("ch") || w.dropLast().hasSuffix("sh")
                    || w.dropLast().hasSuffix("x")
            {
                w = w.dropLast()
            }
            return String(w)
        }
        if n > 5, w.hasSuffix("ing") {
            return undouble(w.dropLast(3))
        }
        if n > 4, w.hasSuffix("ed"), !w.hasSuffix("eed") {
            return undouble(w.dropLast(2))
        }
        return String(w)
    }

    private static func undouble(_ w: Substring) -> String {
        let scalars = Array(w.unicodeScalars)
        if scalars.count >= 3, scalars[scalars.count - 1] == scalars[scalars.count - 2],
            !"lsz".unicodeScalars.contains(scalars[scalars.count - 1])
        {
            return String(w.dropLast())
        }
        return String(w)
    }
}
