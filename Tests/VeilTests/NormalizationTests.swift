import Testing

@testable import Veil

@Suite("Normalization")
struct NormalizationTests {
    @Test("NFKC turns full-width digits and letters into ASCII and leaves CJK alone")
    func nfkcFoldsFullWidth() {
        #expect(TextNormalizer.nfkc("我的卡号是４１１１　ｔｅｓｔ") == "我的卡号是4111 test")
        #expect(TextNormalizer.nfkc("plain ascii") == "plain ascii")
        #expect(TextNormalizer.nfkc("你好，世界") == "你好,世界")
        #expect(TextNormalizer.nfkc("ﬁle №5") == "file No5")
    }

    @Test("whitespace runs collapse to one space and ends are trimmed")
    func whitespaceCollapses() {
        #expect(TextNormalizer.collapseWhitespace("  a \t\n b  ") == "a b")
        #expect(TextNormalizer.collapseWhitespace("a b") == "a b")
        #expect(TextNormalizer.collapseWhitespace("a\u{3000}b") == "a b")
        #expect(TextNormalizer.collapseWhitespace("") == "")
    }

    @Test("the same question in another spelling has the same key material")
    func spellingVariantsShareKey() {
        let a = CacheKeyMaterial(request: TestFixtures.request([("system", "Be brief."), ("user", "What is  ＩＰ?")]))
        let b = CacheKeyMaterial(request: TestFixtures.request([("system", "Be  brief. "), ("user", "What is IP? ")]))
        #expect(a == b)
        #expect(a.query == "What is IP?")
    }

    @Test("anything that can change the answer changes the context")
    func contextCoversAnswerChangingFields() {
        let base = TestFixtures.request([
            ("system", "Be brief."), ("user", "Hi"), ("assistant", "Hello"), ("user", "How old is he?"),
        ])
        let key = CacheKeyMaterial(request: base)
        var variants: [ChatRequest] = []
        var r = base
        r.model = "other"
        variants.append(r)
        r = base
        r.messages[0] = ChatMessage(role: "system", text: "Be verbose.")
        variants.append(r)
        r = base
        r.messages[1] = ChatMessage(role: "user", text: "Hi there")
        variants.append(r)
        r = base
        r.temperature = 0.3
        variants.append(r)
        r = base
        r.seed = 1
        variants.append(r)
        r = base
        r.tools = [.object(["type": .string("function")])]
        variants.append(r)
        r = base
        r.responseFormat = .object(["type": .string("json_object")])
        variants.append(r)
        r = base
        r.extra["presence_penalty"] = .double(0.5)
        variants.append(r)
        for variant in variants {
            let other = CacheKeyMaterial(request: variant)
            #expect(other.context != key.context)
            #expect(other.query == key.query)
        }
    }

    @Test("streaming flags and the user id do not change the key")
    func transportFieldsDoNotChangeKey() {
        let base = TestFixtures.request([("user", "Hi")])
        var other = base
        other.stream = true
        other.streamOptions = StreamOptions(includeUsage: true)
        other.user = "someone"
        #expect(CacheKeyMaterial(request: base) == CacheKeyMaterial(request: other))
    }

    @Test("ignoring earlier turns keeps the system prompt in the context")
    func ignoringEarlierTurns() {
        let a = TestFixtures.request([("system", "S"), ("user", "Hi"), ("assistant", "Hello"), ("user", "Price?")])
        let b = TestFixtures.request([("system", "S"), ("user", "Price?")])
        let c = TestFixtures.request([("system", "T"), ("user", "Price?")])
        #expect(CacheKeyMaterial(request: a) != CacheKeyMaterial(request: b))
        #expect(
            CacheKeyMaterial(request: a, ignoreEarlierTurns: true)
                == CacheKeyMaterial(request: b, ignoreEarlierTurns: true))
        #expect(
            CacheKeyMaterial(request: b, ignoreEarlierTurns: true)
                != CacheKeyMaterial(request: c, ignoreEarlierTurns: true))
    }
}
