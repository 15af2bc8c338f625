import Testing
import VeilEmbedding

/// A call written in code (`COUNT(*)`, `len(a)`) is one word: its arguments belong to it, so two calls that trade
/// places trade roles, while the same calls in the same places, spaced differently, still match.
@Suite struct CodeCallTests {
    let standard = SemanticVerifier(strictness: .standard)

    @Test(arguments: [
        ("Is COUNT(*) faster than COUNT(id) in Postgres?", "Is COUNT(id) faster than COUNT(*) in Postgres?"),
        ("Does max(a) ignore NaN while min(a) doesn't?", "Does min(a) ignore NaN while max(a) doesn't?"),
        ("Why does len(s) differ from size(s)?", "Why does size(s) differ from len(s)?"),
        ("What does round(2.5) return in Python?", "What does round(3.5) return in Python?"),
        ("What is the derivative of sin(x) * cos(x)?", "What is the derivative of sin(x) / cos(x)?"),
    ])
    func callsThatTradePlacesOrArgumentsRefuse(pair: (String, String)) {
        #expect(!standard.verify(stored: pair.0, query: pair.1).isAccepted)
    }

    @Test(arguments: [
        ("Is COUNT(*) faster than COUNT(id) in Postgres?", "is count(*) faster than count(id) in postgres"),
        ("What does range(1, 10) produce in Python?", "What does range(1,10) produce in Python?"),
        ("How many fee(s) apply to a wire transfer?", "How many fees apply to a wire transfer?"),
    ])
    func theSameCallsInTheSamePlacesMatch(pair: (String, String)) {
        #expect(standard.verify(stored: pair.0, query: pair.1).isAccepted)
    }
}

/// "How many days" asks what "how long" asks, so the unit it names needs no partner; two different units still
/// ask different things.
@Suite struct AskedUnitTests {
    let standard = SemanticVerifier(strictness: .standard)

    @Test(arguments: [
        ("How long does delivery to Hawaii take?", "How many days does delivery to Hawaii take?"),
        ("How long is the paid parental leave?", "How many weeks is the paid parental leave?"),
    ])
    func howManyUnitsAsksHowLong(pair: (String, String)) {
        #expect(standard.verify(stored: pair.0, query: pair.1).isAccepted)
    }

    @Test(arguments: [
        ("How many days does delivery to Hawaii take?", "How many weeks does delivery to Hawaii take?"),
        ("How many days does delivery to Hawaii take?", "How many business days does delivery to Hawaii take?"),
        ("How long does delivery to Hawaii take?", "How much does delivery to Hawaii cost?"),
    ])
    func anotherUnitOrQuestionRefuses(pair: (String, String)) {
        #expect(!standard.verify(stored: pair.0, query: pair.1).isAccepted)
    }
}

/// Everyday synonyms read as one word (parcel / package, fee / charge, 药房 / 药店, a bank's short name), while
/// the words they stand beside still count.
@Suite struct EverydaySynonymTests {
    let standard = SemanticVerifier(strictness: .standard)

    @Test(arguments: [
        (
            "Can I reroute a parcel that is already out for delivery?",
            "Can I reroute a package that is already out for delivery?"
        ),
        ("Is there a fee to close my savings account?", "Is there a charge to close my savings account?"),
        ("How do I list the files in a folder in PowerShell?", "How do I show the files in a directory in PowerShell?"),
        ("社保卡能在药房买药吗？", "社保卡可以在药店买药吗？"),
        ("建行的信用卡怎么提额？", "建设银行的信用卡怎么提额？"),
        ("充值100块送多少流量？", "充值100元送多少流量？"),
    ])
    func synonymsMatch(pair: (String, String)) {
        #expect(standard.verify(stored: pair.0, query: pair.1).isAccepted)
    }

    @Test(arguments: [
        ("Is there a fee to close my savings account?", "Is there a fee to open my savings account?"),
        ("建行的信用卡怎么提额？", "农行的信用卡怎么提额？"),
        ("充值100块送多少流量？", "充值200元送多少流量？"),
    ])
    func theOtherWordsStillCount(pair: (String, String)) {
        #expect(!standard.verify(stored: pair.0, query: pair.1).isAccepted)
    }
}

/// An operator named between words ("when does == coerce") is a word of the question: two named operators that
/// trade places refuse, while the same sentence reworded still matches. 多 / 少 after 得 or 更 say how much.
@Suite struct NamedOperatorAndDegreeTests {
    let standard = SemanticVerifier(strictness: .standard)

    @Test(arguments: [
        ("In PHP, when is != true but !== false?", "In PHP, when is !== true but != false?"),
        ("Is == slower than === in JavaScript?", "Is === slower than == in JavaScript?"),
        ("晚饭吃得多会影响睡眠吗？", "晚饭吃得少会影响睡眠吗？"),
        ("哪种面膜补水更多？", "哪种面膜补水更少？"),
    ])
    func swappedOperatorsAndOtherDegreesRefuse(pair: (String, String)) {
        #expect(!standard.verify(stored: pair.0, query: pair.1).isAccepted)
    }

    @Test(arguments: [
        ("Is == slower than === in JavaScript?", "is == slower than === in javascript"),
        ("Python里 is 和 == 有什么区别？", "Python里 == 和 is 有什么区别？"),
        ("晚饭吃得多会影响睡眠吗？", "晚饭吃得多，会影响睡眠吗？"),
        ("炒青菜的时候盐放得多好还是放得少好？", "炒青菜的时候盐放得少好还是放得多好？"),
    ])
    func theSameQuestionStillMatches(pair: (String, String)) {
        #expect(standard.verify(stored: pair.0, query: pair.1).isAccepted)
    }
}
