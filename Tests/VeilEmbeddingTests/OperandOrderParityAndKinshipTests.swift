import Testing
import VeilEmbedding

/// Chinese arithmetic words keep their operand order (除以 against a bare 除, a减b against b减a), "even" that says
/// parity is a restriction, and a possessive chain through a person noun of three characters (班主任) reads one way
/// only. Each near-miss has a paraphrase of the same shape that must still hit.
@Suite struct OperandOrderParityAndKinshipTests {
    let standard = SemanticVerifier(strictness: .standard)

    @Test(arguments: [
        ("36除以9是多少？", "36除9是多少？"),
        ("x减y是负数吗？", "y减x是负数吗？"),
        ("m除以n的余数怎么算？", "n除以m的余数怎么算？"),
    ])
    func chineseOperandOrderIsAnOperator(pair: (String, String)) {
        #expect(standard.verify(stored: pair.0, query: pair.1) == .reject(.operators))
    }

    @Test(arguments: [
        ("36除以9是多少？", "请问36除以9是多少？"),
        ("x减y是负数吗？", "x减去y是负数吗？"),
        ("7乘以8等于几？", "7乘8等于几？"),
    ])
    func chineseArithmeticInOtherWordsStillHits(pair: (String, String)) {
        #expect(standard.verify(stored: pair.0, query: pair.1).isAccepted)
    }

    @Test func parityIsARestriction() {
        #expect(
            standard.verify(
                stored: "Is there a prime number greater than 10?",
                query: "Is there an even prime number greater than 10?"
            ) == .reject(.contentWords))
        #expect(
            standard.verify(
                stored: "How many integers lie between 3 and 11?", query: "How many even integers lie between 3 and 11?"
            )
                == .reject(.contentWords))
    }

    @Test func theAdverbEvenIsStillAFiller() {
        #expect(
            standard.verify(
                stored: "Can I return a gift card?", query: "Can I even return a gift card?"
            ).isAccepted)
        #expect(
            standard.verify(
                stored: "How many even numbers lie between 3 and 11?",
                query: "How many even numbers lie between 3 and 11"
            ).isAccepted)
    }

    @Test func aChainThroughAThreeCharacterPersonReadsOneWay() {
        #expect(standard.verify(stored: "我主任的儿子在哪里上班？", query: "我儿子的主任在哪里上班？") == .reject(.roles))
        #expect(standard.verify(stored: "我班主任的妹妹是做什么的？", query: "我妹妹的班主任是做什么的？") == .reject(.roles))
        #expect(standard.verify(stored: "我班主任的妹妹是做什么的？", query: "请问我班主任的妹妹是做什么的呀？").isAccepted)
    }
}
