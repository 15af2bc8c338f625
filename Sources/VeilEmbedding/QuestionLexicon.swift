/// The closed word classes the question aligner needs: what only frames a question, what relates its arguments,
/// which modal a yes/no question turns on, which words are the same word (inflections, common synonyms).
///
/// These are linguistic categories of English and Chinese, written from grammars and usage, not from any test
/// set. ``Lexicon`` stays the lexical embedder's feature list (changing it would change stored vectors); this one
/// is the verifier's.
enum QuestionLexicon {
    // MARK: English

    /// Words that shape a question but carry none of its content: articles, pronouns, auxiliaries, politeness,
    /// question frames. Modals and relational words are *not* here: they have classes of their own.
    static let englishFunctionWords: Set<String> = [
        "a", "an", "the", "this", "that", "these", "those", "is", "are", "was", "were", "be", "been", "being", "am",
        "do", "does", "did", "doing", "done", "have", "has", "had", "having", "i", "me", "my", "mine", "myself", "we",
        "us", "our", "ours", "you", "your", "yours", "yourself", "he", "him", "his", "she", "her", "hers", "it", "its",
        "they", "them", "their", "theirs", "what", "which", "who", "whom", "whose", "when", "where", "why", "how",
        "will", "would", "shall", "of", "as", "and", "or", "but", "if", "so", "then", "there", "here", "please",
        "some", "any", "just", "also", "too", "very", "really", "there's", "i'm", "it's", "way", "ways", "want",
        "wanted", "wants", "like", "know", "tell", "hi", "hello", "hey", "thanks", "thank", "ok", "okay", "anyone",
        "someone", "somebody", "something",
        "anything", "kindly", "guys", "again", "such", "tip", "tips", "step", "steps",
        "method", "methods", "process", "procedure", "thing", "things", "example", "explain", "simple", "terms",
        "actually", "basically", "exactly", "currently", "still", "even", "ever", "now", "right", "sure", "well",
        "wondering", "wonder", "curious", "question", "idea", "ideas", "advance", "appreciate", "appreciated",
        "dear", "team", "assistant", "bot", "chatgpt", "whether", "sorry", "obvious", "stupid", "dumb",
        "silly", "sth", "techniques", "technique", "strategies", "strategy", "approaches", "approach", "good", "best",
        "better", "correct", "proper",
        "properly", "recommended", "recommend", "suggest", "suggestion", "suggestions", "advice", "advise",
        "guide", "guidance", "option", "options", "effective", "effectively", "easy", "easiest", "easily",
        "simplest", "typical", "typically", "usual", "usually", "general", "generally", "one", "ones", "yes",
        "anybody", "everyone", "everybody", "someone's", "info", "information", "details", "detail", "regarding",
        "concerning", "about", "able", "try", "trying", "tried", "mean", "means", "should", "ought", "could",
        "can", "may", "might", "must", "more", "most",
    ]

    /// Phrases that only wrap a question ("can you tell me", "quick question") and are dropped before it is read,
    /// longest first within the same first word.
    static let englishFillerPhrases: [[String]] = [
        ["can", "you", "please", "tell", "me"], ["could", "you", "please", "tell", "me"], ["can", "you", "tell", "me"],
        ["could", "you", "tell", "me"], ["would", "you", "tell", "me"], ["can", "you", "let", "me", "know"],
        ["could", "you", "let", "me", "know"], ["please", "let", "me", "know"], ["let", "me", "know"],
        ["do", "you", "know"], ["does", "anyone", "know"], ["does", "anybody", "know"],
        ["i", "would", "like", "to", "know"],
        ["i", "would", "like", "to", "ask"], ["i", "want", "to", "know"], ["i", "wanted", "to", "know"],
        ["i", "need", "to", "know"], ["i", "am", "wondering"], ["i", "was", "wondering"], ["i", "wonder"],
        ["i", "have", "a", "question"], ["quick", "question"], ["thanks", "in", "advance"],
        ["thank", "you", "in", "advance"], ["thank", "you"], ["any", "idea"], ["any", "ideas"], ["any", "help"],
        ["help", "me", "understand"], ["can", "you", "help", "me"], ["could", "you", "help", "me"],
        ["help", "please"], ["please", "help"], ["what", "should", "i", "do", "to"], ["what", "can", "i", "do", "to"],
        ["what", "do", "i", "do", "to"], ["what", "do", "i", "need", "to", "do", "to"],
        ["what", "is", "the", "best", "way", "to"], ["what", "are", "some", "ways", "to"],
        ["what", "are", "the", "best", "ways", "to"], ["what", "is", "a", "good", "way", "to"],
        ["what", "is", "the", "easiest", "way", "to"], ["what", "is", "the", "fastest", "way", "to"],
        ["what", "is", "the", "quickest", "way", "to"], ["what", "is", "the", "simplest", "way", "to"],
        ["is", "there", "a", "way", "to"], ["is", "there", "any", "way", "to"], ["how", "do", "i", "go", "about"],
        ["how", "would", "i", "go", "about"], ["any", "tips", "for"], ["any", "tips", "on"], ["tips", "for"],
        ["tips", "on"], ["any", "advice", "on"], ["any", "advice", "for"], ["can", "you", "remind", "me"],
        ["could", "you", "remind", "me"], ["remind", "me"], ["what", "is", "the", "code", "to"],
        ["what", "is", "the", "code", "for"],
        ["can", "you", "explain"], ["could", "you", "explain"], ["please", "explain"], ["in", "simple", "terms"],
        ["for", "me"], ["by", "the", "way"], ["at", "all"],
    ]

    /// Modals and their paraphrases, by what a yes/no question turns on: ability or permission, obligation, advice.
    /// "Can I bring a laptop?" and "Do I have to bring a laptop?" are different questions; after "how" a modal only
    /// frames ("how can I" = "how do I"), so it is dropped there.
    static let englishModals: [String: ModalClass] = [
        "can": .ability, "could": .ability, "may": .ability, "might": .ability, "able": .ability,
        "possible": .ability, "allowed": .ability, "allow": .ability, "permitted": .ability, "permit": .ability,
        "permission": .ability, "cannot": .ability,
        "must": .obligation, "need": .obligation, "needs": .obligation, "needed": .obligation,
        "require": .obligation, "requires": .obligation, "required": .obligation, "requirement": .obligation,
        "necessary": .obligation, "mandatory": .obligation, "obligatory": .obligation, "compulsory": .obligation,
        "obliged": .obligation, "supposed": .obligation,
        "should": .advice, "ought": .advice, "recommended": .advice, "advisable": .advice, "wise": .advice,
    ]

    /// What a modal asks.
    enum ModalClass: UInt8 {
        case ability = 1
        case obligation = 2
        case advice = 3
    }

    /// Relational words that assign a role to the words that follow them. A word's role must be the same on both
    /// sides, or absent on one ("shipping to Spain" / "Spain shipping"); two words may not exchange a role
    /// ("pounds to kilograms" / "kilograms to pounds", "size 8 in US sizes" / "size 8 in UK sizes").
    static let englishRoles: [String: Role] = [
        "to": .to, "into": .to, "onto": .to, "toward": .to, "towards": .to, "from": .from, "for": .for,
        "than": .than, "before": .before, "prior": .before, "until": .before, "till": .before, "after": .after,
        "since": .after, "following": .after, "per": .per, "each": .per, "every": .per, "against": .against,
        // Symmetric connectors: the words they join may trade places ("X vs Y" = "Y vs X").
        "vs": .symmetric, "versus": .symmetric, "between": .symmetric, "compared": .symmetric, "and": .symmetric,
        "or": .symmetric, "&": .symmetric, "nor": .symmetric,
        // Prepositions whose phrase may move ("on Sundays, what time…") but not change hands.
        "in": .location, "on": .location, "at": .location, "within": .location, "inside": .location,
        "throughout": .location, "of": .of, "near": .near, "around": .near, "beside": .near, "by": .by,
        "over": .over, "above": .over, "under": .under, "below": .under, "beneath": .under, "through": .through,
        "via": .through, "across": .through, "along": .through, "during": .location, "while": .location,
        "with": .with, "like": .like, "about": .about, "regarding": .about, "concerning": .about,
        "behind": .behind, "beyond": .beyond, "among": .among, "amongst": .among, "outside": .outside,
    ]

    /// A relational word's class.
    enum Role: UInt8 {
        case none = 0
        case to = 1
        case from = 2
        case `for` = 3
        case than = 4
        case before = 5
        case after = 6
        case per = 7
        case by = 8
        case against = 9
        case object = 10  // Chinese 把: what is acted on
        case first = 11  // Chinese 先
        case then = 12  // Chinese 再, 然后
        /// Symmetric connectors: the words after them are governed (they may move) but carry no role.
        case symmetric = 14
        case location = 16
        case of = 17
        case near = 18
        case over = 19
        case under = 20
        case through = 21
        case during = 22
        case with = 23
        case like = 24
        case about = 25
        case behind = 26
        case beyond = 27
        case among = 28
        case outside = 29
        /// Chinese: who acts, read before 把 (他 in 他把我的车撞了). Its counterpart is ``patient``. Not an argument
        /// role: the plain order (他撞了我的车) says the same with no marker at all.
        case agent = 30
        /// Chinese: what is acted on, read before 被 (我的车 in 我的车被他撞了).
        case patient = 31
        /// Chinese: the words after 被, who acts; they may run into the verb (被他撞), so only the sure roles
        /// before a marker contradict them.
        case actor = 32

        /// Whether the role identifies what its word is to the question (everything but none and symmetric).
        var isSpecific: Bool { self != .none && self != .symmetric }

        /// An argument role (to, from, for, than, before, after, per, against, by; 先, 再): a word must have the
        /// same one on both sides. The others (in, with, of, about…; 把, which only fronts the object) may vary
        /// with the wording ("with little money" / "of money", 把手机号转到 / 手机号转到).
        var isArgument: Bool { rawValue >= 1 && rawValue <= 12 && self != .object }

        /// Places that exclude each other: inside against outside, above against below.
        func isOpposite(of other: Role) -> Bool {
            switch (self, other) {
            case (.location, .outside), (.outside, .location), (.over, .under), (.under, .over): true
            // Who acts against what is acted on, where one side is sure (before 被 or 把): 快递被邻居拿走了 /
            // 邻居的快递被我拿走了, 孩子被同学打伤了 / 孩子把同学打伤了.
            case (.agent, .patient), (.patient, .agent), (.agent, .object), (.object, .agent), (.patient, .actor),
                (.actor, .patient):
                true
            default: false
            }
        }
    }

    /// Words after which "to" marks an infinitive, not a destination ("want to cancel", "how to reset").
    static let infinitiveHeads: Set<String> = [
        "want", "wants", "wanted", "need", "needs", "needed", "how", "like", "able", "going", "trying", "try",
        "tried", "wish", "way", "ways", "have", "has", "had", "ought", "used", "supposed", "plan", "planning",
        "planned", "decide", "decided", "forget", "forgot", "remember", "learn", "learning", "start", "started",
        "begin", "continue", "allowed", "possible", "easy", "hard", "difficult", "best", "better", "fastest",
        "quickest", "cheapest", "easiest", "safest", "time", "where", "what", "when", "which", "whether", "order",
        "required", "necessary", "mandatory", "expected", "asked", "told", "reason", "right", "wrong", "good",
        "bad", "safe", "okay", "ok", "advisable", "recommended", "steps", "step", "process", "procedure", "love",
        "hate", "prefer", "chance", "attempt", "attempting", "ready", "willing", "unable", "trouble", "help",
        "helps", "enough", "too", "fail", "failed", "manage", "managed", "allow", "permitted", "refuse",
        "refused", "afford", "agree", "hope", "intend", "seem", "seems", "tend", "something", "anything",
        "nothing", "somewhere", "anywhere", "should", "cheaper", "easier", "harder", "safer", "smarter", "wiser",
        "healthier", "riskier", "quicker", "faster", "worse", "cheap", "expensive", "costly",
    ]

    /// Heads after which "to" can only open an infinitive, whatever word follows: "how to defrost", "want to
    /// unsubscribe" (a head such as "time" or "best" also takes a destination: "travel time to Lyon").
    static let verbOnlyInfinitiveHeads: Set<String> = [
        "how", "want", "wants", "wanted", "able", "unable", "ought", "supposed", "trying", "tried", "try",
        "wish", "intend", "manage", "managed", "afford", "refuse", "refused", "forgot", "forget", "remember",
        "decide", "decided", "allowed", "permitted", "willing", "need", "needs", "needed", "required", "obliged",
    ]

    /// Common English verbs in their base form. Used to read "to" + verb as an infinitive, and to let a verb and its
    /// object trade places in a paraphrase ("cancel the order" / "the order, cancel it") while two nouns may not.
    static let englishVerbs: Set<String> = [
        "accept", "access", "activate", "add", "adjust", "afford", "agree", "allow", "apply", "appeal", "approve",
        "arrange", "arrive", "ask", "assign", "attach", "attend", "avoid", "back", "bake", "be", "become", "begin",
        "believe", "block", "boil", "book", "borrow", "break", "bring", "build", "buy", "calculate", "call",
        "cancel", "change", "charge", "chat", "check", "choose", "claim", "clean", "clear", "click", "close",
        "collect", "combine", "come", "compare", "compile", "complain", "complete", "configure", "confirm",
        "connect", "contact", "continue", "convert", "cook", "copy", "correct", "cost", "count", "cover", "create",
        "cut", "deal", "debug", "decide", "declare", "decline", "decrease", "delete", "deliver", "deploy",
        "deposit", "describe", "design", "detect", "die", "disable", "divide", "do", "download", "drink", "drive",
        "drop", "dry", "earn", "eat", "edit", "email", "enable", "end", "enroll", "enter", "exchange", "exit",
        "expect", "explain", "export", "extend", "fail", "fall", "feed", "feel", "fill", "find", "finish", "fit",
        "fix", "fly", "follow", "forget", "format", "freeze", "fry", "get", "give", "go", "graduate", "grow",
        "handle", "happen", "hear", "heat", "help", "hide", "hire", "hold", "import", "improve", "include",
        "increase", "inform", "install", "invest", "invite", "join", "keep", "kill", "know", "land", "launch",
        "learn", "leave", "lend", "let", "link", "list", "listen", "live", "load", "lock", "log", "look", "lose",
        "lower", "make", "manage", "mark", "measure", "meet", "merge", "migrate", "mix", "modify", "move",
        "multiply", "name", "need", "note", "notify", "obtain", "offer", "open", "order", "organize", "overcome",
        "pack", "park", "pass", "pay", "pick", "place", "plan", "play", "post", "prepare", "prevent", "print",
        "process", "produce", "protect", "prove", "publish", "pull", "purchase", "push", "put", "quit", "raise",
        "reach", "read", "rebase", "receive", "recover", "redeem", "reduce", "refund", "register", "reinstall",
        "reject", "release", "reload", "remember", "remove", "rename", "renew", "rent", "repair", "repay",
        "replace", "reply", "report", "request", "reschedule", "reserve", "reset", "resolve", "restart",
        "restore", "retrieve", "return", "revert", "review", "ride", "roast", "run", "save", "say", "scan",
        "schedule", "search", "see", "sell", "send", "set", "settle", "share", "ship", "shop", "show", "shut",
        "sign", "simplify", "sleep", "solve", "sort", "speak", "spend", "split", "start", "stay", "steam", "stop",
        "store", "study", "submit", "subscribe", "subtract", "suspend", "swap", "switch", "take", "talk", "teach",
        "tell", "test", "text", "think", "top", "track", "trade", "train", "transfer", "translate", "travel",
        "treat", "try", "turn", "type", "unblock", "uninstall", "unlock", "unsubscribe", "update", "upgrade",
        "upload", "use", "validate", "verify", "view", "visit", "vote", "wait", "walk", "want", "wash", "watch",
        "wear", "win", "withdraw", "work", "write",
    ]

    /// Irregular English forms and their lemma (the light stemmer handles the regular ones).
    static let englishIrregular: [String: String] = [
        "bought": "buy", "paid": "pay", "went": "go", "gone": "go", "sent": "send", "spent": "spend",
        "made": "make", "took": "take", "taken": "take", "gave": "give", "given": "give", "came": "come",
        "saw": "see", "seen": "see", "left": "leave", "lost": "lose", "kept": "keep", "held": "hold",
        "brought": "bring", "thought": "think", "told": "tell", "said": "say", "sold": "sell", "found": "find",
        "wrote": "write", "written": "write", "ran": "run", "began": "begin", "begun": "begin", "broke": "break",
        "broken": "break", "chose": "choose", "chosen": "choose", "drove": "drive", "driven": "drive",
        "ate": "eat", "eaten": "eat", "fell": "fall", "fallen": "fall", "flew": "fly", "flown": "fly",
        "forgot": "forget", "forgotten": "forget", "froze": "freeze", "frozen": "freeze", "grew": "grow",
        "grown": "grow", "hid": "hide", "hidden": "hide", "knew": "know", "known": "know", "led": "lead",
        "lent": "lend", "met": "meet", "rode": "ride", "ridden": "ride", "rose": "rise", "risen": "rise",
        "shook": "shake", "slept": "sleep", "spoke": "speak", "spoken": "speak", "stole": "steal",
        "stolen": "steal", "stood": "stand", "taught": "teach", "threw": "throw", "thrown": "throw",
        "understood": "understand", "woke": "wake", "wore": "wear", "worn": "wear", "won": "win", "built": "build",
        "children": "child", "kids": "child", "kid": "child", "people": "person", "men": "man", "women": "woman",
        "feet": "foot", "teeth": "tooth", "mice": "mouse", "geese": "goose", "data": "data", "indices": "index",
        "better": "good", "worse": "bad", "cheaper": "cheap", "faster": "fast", "bigger": "big",
        "smaller": "small", "larger": "large", "longer": "long", "shorter": "short", "earlier": "early",
        "later": "late", "cheapest": "cheap", "biggest": "big", "smallest": "small", "largest": "large",
        "longest": "long", "shortest": "short", "earliest": "early", "latest": "late", "newest": "new",
        "oldest": "old", "quicker": "quick", "highest": "high", "lowest": "low", "hardest": "hard", "safest": "safe",
        "logged": "log", "logging": "log", "shipping": "ship", "shipped": "ship", "shipment": "ship",
    ]

    /// Common synonym sets: every word maps to the set's first member. Only words that are interchangeable in the
    /// questions people ask a service ("buy" / "purchase"), never related words that ask different things.
    static let englishSynonymSets: [[String]] = [
        ["buy", "purchase"], ["cost", "price", "priced", "pricing"], ["begin", "start", "commence"],
        ["ship", "dispatch"], ["deliver", "delivery"], ["doctor", "physician", "gp"], ["child", "kid"],
        ["car", "automobile", "vehicle"], ["phone", "telephone", "cellphone", "smartphone", "mobile"],
        ["email", "e-mail"], ["change", "modify", "update", "edit", "alter", "amend"], ["delete", "remove", "erase"],
        ["get", "obtain", "acquire"], ["find", "locate"], ["fix", "repair"],
        ["quick", "fast", "quickly", "rapid", "rapidly", "speedy", "swift", "swiftly", "quickest", "fastest"],
        ["big", "large", "huge"], ["small", "little", "tiny"], ["cheap", "inexpensive", "affordable"],
        ["expensive", "costly", "pricey"], ["show", "display"], ["login", "log-in", "signin", "sign-in"],
        ["signup", "sign-up", "register", "registration", "enroll", "enrol", "enrollment", "enrolment"],
        ["refund", "reimbursement", "reimburse"], ["movie", "film"], ["trip", "journey"], ["shop", "store"],
        ["photo", "picture", "image", "pic"], ["money", "fund", "funds"], ["lawyer", "attorney"], ["sick", "ill"],
        ["medicine", "medication", "meds"], ["baggage", "luggage"], ["fee", "fees"], ["pc", "computer"],
        ["tv", "television"], ["fridge", "refrigerator"], ["cancel", "cancellation", "cancelation"],
        ["password", "pwd", "passwd"], ["id", "identification"], ["invoice", "bill"], ["speak", "talk"],
        ["improve", "enhance", "boost"], ["choose", "pick", "select"], ["enough", "sufficient"],
        ["often", "frequently"], ["safe", "secure"], ["problem", "issue", "trouble"], ["customer", "client"],
        ["employee", "staff", "worker"], ["flu", "influenza"], ["dad", "father"], ["mom", "mother", "mum"],
        ["gift", "present"], ["vegetable", "veggie", "veggies"], ["usual", "normal", "typical"],
        ["quit", "resign"], ["symptom", "sign"], ["adult", "grown-up", "grownup"], ["complete", "total"],
        ["difference", "differ"], ["grandmother", "grandma"], ["grandfather", "grandpa"], ["baby", "infant"],
        ["begin", "start", "commence"], ["house", "home"], ["buy", "purchase"], ["car", "auto"],
        ["answer", "reply", "respond", "response"], ["rule", "regulation"], ["mistake", "error"],
        ["bike", "bicycle"], ["check", "cheque"], ["closest", "nearest"], ["exam", "examination", "test"],
        ["maths", "math", "mathematics"],
        ["program", "programme"], ["color", "colour"], ["center", "centre"], ["organize", "organise"],
        ["travel", "traveling", "travelling"], ["airplane", "plane", "aeroplane"], ["cellular", "mobile"],
        ["package", "parcel"], ["recipient", "receiver", "payee"], ["directory", "folder"], ["show", "view", "list"],
        ["get", "receive"], ["fee", "charge"],
    ]

    /// Spelled-out operators, read as the symbol ("7 plus 8" asks what "7 + 8" asks).
    static let englishOperatorWords: [String: String] = [
        "plus": "+", "minus": "-", "times": "×", "multiplied": "×", "divided": "÷", "equals": "=",
        "squared": "^2", "cubed": "^3",
    ]

    /// Words that negate the question ("except", "excluding" narrow it the other way).
    static let englishNegators: Set<String> = Lexicon.englishNegators.union(["except", "excluding", "excluded"])

    /// Negators that are verbs: they negate only the infinitive after them ("fail to pay"), and are otherwise a verb
    /// with an object ("fail a course").
    static let negatingVerbs: Set<String> = ["fail", "fails", "failed", "failing"]

    /// Question phrases whose second word is part of the question word ("what time" asks when).
    static let englishQuestionPhrases: [[String]: VerifierQuestionKind] = [
        ["what", "time"]: .time, ["what", "day"]: .time, ["what", "date"]: .time, ["which", "day"]: .time,
        ["what", "year"]: .time, ["what", "hours"]: .time, ["how", "come"]: .reason, ["what", "for"]: .reason,
        ["how", "frequently"]: .frequency,
        ["what", "place"]: .place, ["which", "place"]: .place, ["what", "country"]: .place,
        ["which", "country"]: .place, ["how", "much"]: .quantity, ["how", "many"]: .quantity,
        ["how", "long"]: .duration, ["how", "often"]: .frequency, ["how", "far"]: .quantity,
        ["how", "old"]: .quantity,
    ]

    // MARK: Chinese

    /// Chinese function characters (particles, pronouns, auxiliaries, question characters).
    static let chineseFunctionCharacters: Set<Character> = [
        "的", "了", "吗", "呢", "吧", "啊", "呀", "么", "是", "我", "你", "您", "他", "她", "它", "们", "这", "那",
        "个", "在", "就", "都", "也", "还", "又", "让", "以", "请", "问", "想", "怎", "样", "如", "何", "什", "哪",
        "里", "为", "一", "下", "些", "点", "得", "地", "着", "过", "很", "太", "有", "嘛", "哦", "喔", "呃", "谢",
        "帮", "忙", "之", "其", "自", "己", "去", "来", "做", "用", "才", "已", "经", "正", "所", "而", "且", "但",
        "若", "吗", "嗯", "哈", "啦", "咋", "谁", "多", "少", "几", "和", "与", "跟", "及", "或", "同", "要",
    ]

    /// Chinese multi-character fillers (greetings, politeness, question frames), dropped before reading.
    static let chineseFillers: [String] = [
        "请问一下", "请问", "问一下", "想问一下", "想问", "一下", "麻烦您", "麻烦你", "麻烦", "您好", "你好", "谢谢您",
        "谢谢你", "谢谢", "多谢", "我想知道", "想知道", "告诉我", "能告诉我", "有人知道", "有谁知道", "请教", "求助",
        "帮我看看", "帮我查一下", "帮我查查", "帮我", "具体", "一般", "通常", "到底", "大概",
        "的话", "呢", "好吗", "行吗", "可以吗", "好不好", "对吧", "是吧", "亲", "在吗",
        // Clause markers whose work is done before fillers are dropped (如果 opens a subordinate clause, see
        // ``QuestionVocabulary/chineseClauseOpeners``): 如果我辞职 asks what 我辞职的话 asks; 感冒的时候 is "when I
        // have a cold", which 感冒了 says too.
        "如果", "假如", "的时候",
    ]

    /// Chinese modals by class (see ``englishModals``); "怎么/如何" before one makes it a frame.
    static let chineseModals: [(String, ModalClass)] = [
        ("可不可以", .ability), ("能不能", .ability), ("可以", .ability), ("能否", .ability), ("可否", .ability),
        ("能够", .ability), ("允许", .ability), ("能", .ability), ("会不会", .ability),
        ("需不需要", .obligation), ("要不要", .obligation), ("必须", .obligation), ("需要", .obligation),
        ("必需", .obligation), ("得要", .obligation), ("一定要", .obligation), ("要求", .obligation),
        ("应不应该", .advice), ("应该", .advice), ("应当", .advice), ("该不该", .advice), ("建议", .advice),
    ]

    /// Spellings of chat and typing that stand for other words ("whats", "dont", "u", "pls", "mg", "hrs"), read as
    /// those words.
    static let englishShorthands: [String: [String]] = [
        "whats": ["what", "is"], "hows": ["how", "is"], "wheres": ["where", "is"], "whos": ["who", "is"],
        "whens": ["when", "is"], "whys": ["why", "is"], "thats": ["that", "is"], "theres": ["there", "is"],
        "im": ["i", "am"], "ive": ["i", "have"], "youre": ["you", "are"], "theyre": ["they", "are"],
        "dont": ["do", "not"], "doesnt": ["does", "not"], "didnt": ["did", "not"], "cant": ["can", "not"],
        "wont": ["will", "not"], "isnt": ["is", "not"], "arent": ["are", "not"], "wasnt": ["was", "not"],
        "werent": ["were", "not"], "shouldnt": ["should", "not"], "couldnt": ["could", "not"],
        "wouldnt": ["would", "not"], "havent": ["have", "not"], "hasnt": ["has", "not"], "hadnt": ["had", "not"],
        "aint": ["is", "not"], "u": ["you"], "ur": ["your"], "pls": ["please"], "plz": ["please"],
        "thx": ["thanks"], "ty": ["thanks"], "tho": ["though"], "thru": ["through"], "bc": ["because"],
        "cuz": ["because"], "coz": ["because"], "wanna": ["want", "to"], "gonna": ["going", "to"],
        "gotta": ["have", "to"], "mg": ["milligram"], "mgs": ["milligram"], "kg": ["kilogram"],
        "kgs": ["kilogram"], "kilo": ["kilogram"], "kilos": ["kilogram"], "km": ["kilometer"], "kms": ["kilometer"],
        "hr": ["hour"], "hrs": ["hour"],
        "mins": ["minute"], "sec": ["second"], "secs": ["second"], "yr": ["year"], "yrs": ["year"],
        "wk": ["week"], "wks": ["week"], "mo": ["month"], "mos": ["month"], "pts": ["point"],
        "temp": ["temperature"], "vit": ["vitamin"], "info": ["information"], "msg": ["message"],
        "acct": ["account"], "amt": ["amount"], "qty": ["quantity"], "ppl": ["people"], "govt": ["government"],
        "dept": ["department"], "approx": ["approximately"], "asap": ["quick"], "pic": ["picture"],
        "pics": ["picture"], "diff": ["difference"], "btw": [], "fyi": [], "sqrt": ["square", "root"],
        "lbs": ["pound"], "lb": ["pound"], "oz": ["ounce"], "ft": ["foot"], "cm": ["centimeter"],
        "mm": ["millimeter"], "ml": ["milliliter"], "uni": ["university"], "py": ["python"],
        "js": ["javascript"], "k8s": ["kubernetes"],
    ]

    /// Chat spellings that stand for a word only in one position: "r" is "are" before a subject ("r u sure", "r
    /// you open", while "in r" is the language), "2" is "to" between a word that takes an infinitive and a verb
    /// ("how 2 get", "where 2 buy", while "2 codes" counts).
    static let chatAreBefore: Set<String> = ["u", "you", "we", "they", "there", "these", "those"]

    /// Words after which a "2" followed by a verb reads "to" (see ``chatAreBefore``).
    static let chatToAfter: Set<String> = verbOnlyInfinitiveHeads.union(["where", "what", "when", "need", "needs"])

    /// Prefixes that join a hyphenated word into one ("re-freeze" is "refreeze", "pre-installed" "preinstalled").
    static let joiningPrefixes: Set<String> = [
        "re", "pre", "co", "non", "un", "anti", "multi", "sub", "post", "e", "de", "bi", "tri", "mis", "self",
        "inter", "semi", "mini", "micro", "auto", "over", "under", "out",
    ]

    /// Particles that complete a verb ("sign up", "log in", "print out"): after a verb and before the end of a
    /// phrase they are part of what is asked, and "sign up" is not "sign in".
    static let englishParticles: Set<String> = ["up", "down", "in", "out", "on", "off", "over", "back", "away"]

    /// Characters that make a word with a following 让 / 使 / 令 (转让, 出让, 行使, 天使, 命令), which is then no
    /// causative.
    static let chineseWordsBeforeCausative: Set<Character> = [
        "转", "出", "礼", "谦", "退", "相", "割", "避", "忍", "禅", "行", "天", "大", "特", "公", "信", "驱", "即", "假", "致",
        "促", "迫", "命", "指", "口", "法", "号", "律", "司", "县", "政", "勒", "责", "禁", "辞",
    ]

    /// Chinese relational words with the role of the words after them (or before them, for postpositions).
    static let chineseRoles: [(String, Role, ChineseRolePlacement)] = [
        ("之前", .before, .after), ("以前", .before, .after), ("之后", .after, .after), ("以后", .after, .after),
        ("然后", .then, .before), ("换成", .to, .before), ("变成", .to, .before), ("转成", .to, .before),
        ("兑换成", .to, .before), ("兑换", .to, .before), ("到", .to, .before), ("往", .to, .before),
        ("向", .to, .before), ("从", .from, .before), ("给", .to, .before), ("比", .than, .before),
        ("换", .to, .before), ("成", .to, .before), ("对", .for, .before), ("把", .object, .before),
        ("被", .by, .before), ("先", .first, .before), ("再", .then, .before), ("替", .for, .before),
        ("为了", .for, .before), ("每", .per, .before), ("和", .symmetric, .before), ("与", .symmetric, .before),
        ("跟", .symmetric, .before), ("同", .symmetric, .before), ("或", .symmetric, .before),
        ("还是", .symmetric, .before), ("及", .symmetric, .before), ("在", .location, .before),
        ("关于", .about, .before), ("用", .with, .before), ("帮", .for, .before),
        // A causative names who makes whom act, as 把 names who acts on what: 经理让员工加班 / 员工让经理加班.
        ("让", .object, .before), ("使", .object, .before), ("令", .object, .before),
    ]

    /// Whether a Chinese relational word governs what follows it or (a postposition) what precedes it.
    enum ChineseRolePlacement {
        case before
        case after
    }

    /// Words that begin with a relational character but are not relations (收到 "receive", 比如 "for example").
    static let chineseNonRoles: [String] = [
        "到期", "到账", "到货", "到达", "到底", "到位", "到场", "到家", "到处", "到时", "收到", "找到", "得到", "看到",
        "听到", "遇到", "想到", "做到", "办到", "学到", "拿到", "感到", "受到", "见到", "碰到", "接到", "达到", "买到",
        "用到", "意识到", "提到", "考到", "谈到", "说到", "讲到", "涉及到", "迟到", "报到", "签到", "周到", "从来", "帮助",
        "帮忙", "让步", "让利", "让座", "让开", "让路", "让位", "让渡", "使用", "使得", "使馆", "大使", "即使", "假使",
        "令牌", "命令", "指令", "口令", "夏令", "冬令", "法令", "司令", "令人",
        "从不", "从没", "自从", "比如", "比例", "比赛", "比较", "比方", "对比", "对不起", "对方", "对吗", "对了",
        "对象", "对应", "对话", "对面", "不对", "对称", "对于", "成功", "成绩", "成人", "完成", "成为", "成本", "成员",
        "成长", "成熟", "组成", "成立", "造成", "形成", "赞成", "成年", "给予", "交给", "换货", "换新", "更换", "交换",
        "替换", "切换", "转换", "被子", "把握", "一把", "先生", "首先", "事先", "优先", "原先", "预先", "先进",
        "再见", "再次", "不再", "再也", "在线", "现在", "正在", "存在", "在于", "所在", "实在", "用户", "费用",
        "使用", "用途", "用品", "作用", "信用", "应用", "适用", "试用", "专用", "常用", "没用", "有用", "每天",
        "每次", "每个", "每月", "每年", "每周", "和平", "总和", "之和", "暖和", "同学", "同事", "同样", "同时", "相同",
        "同意", "合同", "不同", "共同", "同步", "或者", "或许", "往往", "以往", "往返", "来往", "向导", "方向",
        "一向", "转向", "内向", "外向",
    ]

    /// Characters before 到 that make it a result ("收到" received) rather than a destination ("寄到" mailed to).
    static let chineseResultativeBeforeDao: Set<Character> = [
        "收", "找", "得", "看", "听", "遇", "想", "做", "办", "学", "拿", "感", "受", "见", "碰", "接", "达", "买",
        "用", "识", "提", "考", "谈", "说", "讲", "及", "迟", "报", "签", "周", "轮",
    ]

    /// Characters before 成 that make it "into" ("换成", "翻译成"); elsewhere 成 is part of a word.
    static let chineseConversionBeforeCheng: Set<Character> = [
        "换", "变", "转", "译", "兑", "改", "折", "分", "写", "拆", "合", "做", "看", "当", "算", "切", "剪",
    ]

    /// Chinese synonym pairs: both sides read as the first.
    static let chineseSynonyms: [(String, String)] = [
        ("购买", "买"), ("购入", "买"), ("多少钱", "价格"), ("价钱", "价格"), ("物流", "快递"), ("邮寄", "寄"),
        ("大夫", "医生"), ("小孩子", "孩子"), ("小孩", "孩子"), ("儿童", "孩子"), ("手机号码", "手机号"),
        ("电话号码", "手机号"), ("电话号", "手机号"), ("开始", "启动"), ("退钱", "退款"), ("修改", "更改"),
        ("变更", "更改"), ("删掉", "删除"), ("去掉", "删除"), ("查看", "查询"), ("账户", "账号"), ("帐号", "账号"),
        ("帐户", "账号"), ("快速", "快"), ("迅速", "快"), ("尽快", "快"), ("赶紧", "快"), ("实惠", "便宜"),
        ("折扣", "优惠"), ("工资", "薪水"), ("薪资", "薪水"), ("学习", "学"), ("汽车", "车"), ("飞机票", "机票"),
        ("照片", "图片"), ("相片", "图片"), ("电影", "影片"), ("医药", "药"), ("药物", "药"), ("药品", "药"),
        ("生病", "病"), ("电视机", "电视"), ("冰箱", "电冰箱"), ("客户", "顾客"), ("员工", "职员"),
        ("问题", "问题"), ("毛病", "问题"), ("故障", "问题"), ("登陆", "登录"), ("注册", "注册"),
        // Spoken variants of the same word: 退回 (send back) adds only a direction to 退; 个人所得税 is written 个税,
        // whose 个 is a function character.
        ("退回", "退"), ("个人所得税", "税"),
        // Written and spoken forms of one word: 缴 is the formal 交 of paying (缴费 / 交费, 补缴 / 补交); 帐 the old
        // form of 账 (转帐); 素数 the other name of 质数; 查 the short 查询; the rest are two-character words and their
        // common equivalents.
        ("缴", "交"), ("帐", "账"), ("素数", "质数"), ("查", "查询"), ("关掉", "关闭"), ("提升", "提高"),
        ("乘坐", "坐"), ("靠谱", "可靠"), ("赠送", "送"), ("电饭锅", "电饭煲"),
        // A two-character word and its one-character or everyday equivalent, the same in every sense people ask
        // about (丢失 / 丢, 更换 / 换, 课程 / 课), and 本 before a period, which is 这 ("this").
        ("丢失", "丢"), ("更换", "换"), ("剩余", "剩下"), ("户口簿", "户口本"), ("课程", "课"), ("全部", "所有"),
        ("全都", "所有"), ("通常", "一般"), ("本学期", "这学期"), ("本月", "这个月"), ("本周", "这周"),
        ("药房", "药店"), ("同时", "一起"), ("人员", "人"), ("申请", "办"), ("块钱", "元"), ("块", "元"),
        // The short names of the big banks are the banks.
        ("工行", "工商银行"), ("建行", "建设银行"), ("农行", "农业银行"), ("中行", "中国银行"), ("招行", "招商银行"),
        ("交行", "交通银行"),
    ]
}

/// The kinds of question asked, as a bit set: who, where, when, why, which, how many, how often; "what" and "how"
/// are one open kind ("what is the best way to" rephrases "how do I").
enum VerifierQuestionKind: UInt16 {
    case open = 1
    case person = 2
    case place = 4
    case time = 8
    case reason = 16
    case choice = 32
    case quantity = 64
    case frequency = 256
    /// A yes/no question ("Is it available in size M?", 有M码吗): it does not ask what a wh-question asks.
    case polar = 512
    /// Not a question kind: the text orders what it coordinates ("then", "first", a ratio).
    case ordered = 1024
    /// "How" / 怎么 / 如何: asks for a way. It rephrases "what" ("what's the way to…") but not "where" or "when":
    /// "how do I renew my ID?" and "where do I renew my ID?" want different answers.
    case manner = 2048
    /// "How long" / 多久: asks for a span of time. Against "how much" / 多少 it asks another thing (多久浇一次水 /
    /// 一次浇多少水) unless the other side counts in units of time ("how many days").
    case duration = 4096
}
