import Testing
import VeilEmbedding

@Suite struct LexicalEmbedderTests {
    let embedder = LexicalEmbedder()

    @Test func vectorsAreUnitLengthWithTheDeclaredDimension() {
        for text in ["How do I reset my password?", "怎么重置密码？", "<EMAIL_1> 42", "a"] {
            let vector = embedder.embed(text)
            #expect(vector.count == embedder.dimension)
            #expect(abs(cosineSimilarity(vector, vector) - 1) < 1e-4)
        }
        #expect(embedder.identifier == "lexical-v1")
    }

    @Test func textWithoutFeaturesGivesTheZeroVector() {
        #expect(embedder.embed("").allSatisfy { $0 == 0 })
        #expect(embedder.embed("?!  ...").allSatisfy { $0 == 0 })
    }

    @Test func embeddingIsDeterministic() {
        #expect(embedder.embed("Where is my order?") == embedder.embed("Where is my order?"))
    }

    @Test func rewordingsScoreAboveUnrelatedQuestions() {
        let a = embedder.embed("How do I reset my password?")
        let reworded = embedder.embed("password reset: how do I do it")
        let unrelated = embedder.embed("What is the capital of Australia?")
        #expect(cosineSimilarity(a, reworded) > 0.6)
        #expect(cosineSimilarity(a, unrelated) < 0.2)
    }

    @Test func chineseSharesCharacterBigrams() {
        let a = embedder.embed("怎么修改收货地址？")
        let b = embedder.embed("收货地址怎么修改？")
        let c = embedder.embed("光合作用是什么？")
        #expect(cosineSimilarity(a, b) > 0.8)
        #expect(cosineSimilarity(a, c) < 0.2)
    }

    @Test func inflectionsMeetThroughStemsAndTrigrams() {
        let a = embedder.embed("cancel orders")
        let b = embedder.embed("cancelled order")
        #expect(cosineSimilarity(a, b) > 0.5)
    }

    @Test func smallDimensionsAreRaisedToAMinimum() {
        #expect(LexicalEmbedder(dimension: 1).dimension == 16)
    }
}
