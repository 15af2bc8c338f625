import Testing
import VeilEmbedding

@Suite struct SemanticVerifierTests {
    let standard = SemanticVerifier(strictness: .standard)

    @Test(arguments: [
        ("Book a table for 4 people", "Book a table for 5 people"),
        ("Transfer $1,000 to savings", "Transfer $100 to savings"),
        ("I need two tickets", "I need three tickets"),
        ("帮我订三张票", "帮我订两张票"),
        ("第三章讲了什么？", "第五章讲了什么？"),
    ])
    func differentNumbersAreRejected(pair: (String, String)) {
        #expect(standard.verify(stored: pair.0, query: pair.1) == .reject(.numbers))
    }

    @Test(arguments: [
        ("Book a table for 4 people", "Book a table for 5 people", false),
        ("Refund 1,000 dollars", "refund 1000 dollars", true),
        ("My package was delivered", "My package wasn't delivered", false),
        ("Email <EMAIL_1> the invoice", "Email <EMAIL_2> the invoice", false),
        ("How do I reset my password?", "how can i reset my password", true),
        ("帮我订三张票", "帮我订两张票", false),
        ("我收到验证码了", "我没收到验证码", false),
    ])
    func signaturesDifferExactlyWhenTheAlwaysRulesReject(pair: (String, String, Bool)) {
        let same = standard.signature(of: pair.0) == standard.signature(of: pair.1)
        #expect(same == pair.2)
        // A different signature means every strictness rejects, so the cache may refuse without reading.
        if !same {
            #expect(!SemanticVerifier(strictness: .lenient).verify(stored: pair.0, query: pair.1).isAccepted)
        }
        #expect(standard.prepare(pair.1).signature == standard.signature(of: pair.1))
    }

    @Test(arguments: [
        ("Where is the team meeting?", "When is the team meeting?"),
        ("Who approved the refund?", "Why was the refund approved?"),
        ("When does the store open?", "Where does the store open?"),
        ("Which plan includes roaming?", "Why does the plan include roaming?"),
        ("会议在哪里开？", "会议什么时候开？"),
    ])
    func questionsAskingDifferentThingsAreRejected(pair: (String, String)) {
        #expect(standard.verify(stored: pair.0, query: pair.1) == .reject(.questionWord))
    }

    @Test(arguments: [
        ("Why is the sky blue?", "What makes the sky blue?"),
        ("What time does the store close?", "When does the store close?"),
        ("How long does shipping take?", "How many days does shipping take?"),
        ("Where can I download my invoice?", "How do I download my invoice?"),
        ("How do I focus while studying?", "How can I focus when I study?"),
    ])
    func whatAndHowRephraseTheSpecificQuestionWords(pair: (String, String)) {
        #expect(standard.verify(stored: pair.0, query: pair.1) != .reject(.questionWord))
    }

    @Test func sameNumberWrittenDifferentlyIsAccepted() {
        #expect(standard.verify(stored: "Refund 1,000 dollars", query: "refund 1000 dollars").isAccepted)
    }

    @Test(arguments: [
        ("My package was delivered", "My package wasn't delivered"),
        ("I can log in", "I cannot log in"),
        ("A laptop with a touchscreen", "A laptop without a touchscreen"),
        ("我收到验证码了", "我没收到验证码"),
        ("请删除这个文件", "请别删除这个文件"),
        ("这个套餐包含漫游", "这个套餐不包含漫游"),
    ])
    func negationOnOneSideIsRejected(pair: (String, String)) {
        #expect(standard.verify(stored: pair.0, query: pair.1) == .reject(.negation))
    }

    @Test func wordsThatOnlyContainANegationCharacterDoNotNegate() {
        #expect(standard.verify(stored: "这个功能好用吗", query: "这个功能非常好用吗").isAccepted)
        #expect(standard.verify(stored: "别人能看到吗", query: "别人可以看到吗").isAccepted)
    }

    @Test func placeholdersMustMatch() {
        #expect(standard.verify(stored: "Send it to <EMAIL_1>", query: "Send it to my email") == .reject(.placeholders))
        #expect(standard.verify(stored: "Send it to <EMAIL_1>", query: "Please send it to <EMAIL_1>").isAccepted)
        #expect(
            SemanticVerifier(strictness: .lenient).verify(stored: "Call <PHONE_1>", query: "Call <PHONE_2>")
                == .reject(.placeholders))
    }

    @Test func namedEntitiesMustMatchRegardlessOfCase() {
        #expect(
            standard.verify(stored: "How do I reset my iPhone?", query: "How do I reset my Pixel?")
                == .reject(.entities))
        #expect(
            standard.verify(stored: "Do you ship to Canada?", query: "Do you ship to Mexico?") == .reject(.entities))
        #expect(standard.verify(stored: "Install Python on Windows", query: "install python on windows").isAccepted)
    }

    @Test(arguments: [
        ("How do I reset my password?", "How do I reset my username?"),
        ("How do I lock my screen?", "How do I unlock my screen?"),
        ("How do I turn on dark mode?", "How do I turn off dark mode?"),
        ("怎么修改收货地址？", "怎么修改账单地址？"),
        ("可以取消订单吗？", "可以取消订阅吗？"),
    ])
    func swappedContentWordsAreRejected(pair: (String, String)) {
        #expect(standard.verify(stored: pair.0, query: pair.1) == .reject(.contentWords))
    }

    @Test func reorderedAndInflectedWordingIsAccepted() {
        #expect(standard.verify(stored: "How do I cancel my order?", query: "Cancelling orders: how?").isAccepted)
        #expect(standard.verify(stored: "怎么修改收货地址？", query: "收货地址怎么修改？").isAccepted)
    }

    @Test func synonymSwapsPassOnlyWhenTheCallerRelatesThem() {
        let pair = ("How can I buy a ticket?", "How can I purchase a ticket?")
        #expect(standard.verify(stored: pair.0, query: pair.1) == .reject(.contentWords))
        let related = standard.verify(stored: pair.0, query: pair.1, allowsAddedWords: true) { x, y, slot in
            #expect(x == "buy")
            #expect(y == "purchase")
            #expect(slot)
            return true
        }
        #expect(related.isAccepted)
    }

    @Test func strictnessLevelsCheckProgressivelyMore() {
        let lenient = SemanticVerifier(strictness: .lenient)
        let strict = SemanticVerifier(strictness: .strict)
        let entity = ("Is Slack down?", "Is Zoom down?")
        #expect(lenient.verify(stored: entity.0, query: entity.1).isAccepted)
        #expect(!standard.verify(stored: entity.0, query: entity.1).isAccepted)
        let added = ("How do I cancel my order?", "How do I cancel my online order?")
        #expect(standard.verify(stored: added.0, query: added.1).isAccepted)
        #expect(strict.verify(stored: added.0, query: added.1) == .reject(.contentWords))
        #expect(
            standard.verify(stored: added.0, query: added.1, allowsAddedWords: false) { _, _, _ in true }
                == .reject(.contentWords))
    }
}
