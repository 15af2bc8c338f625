import Testing
import VeilEmbedding

/// Three ways of asking one question that used to refuse: a passive before an "if" clause and the same clause
/// fronted, a modal that opens the question against "have to" after the subject, and a recipient pronoun before the
/// thing given ("send me the payment") against "to me". Each rule keeps the swap it must still see.
@Suite struct ClauseOrderModalsAndRecipientsTests {
    let standard = SemanticVerifier(strictness: .standard)

    @Test(arguments: [
        ("Will my bill be prorated if I cancel?", "If I cancel, will my bill be prorated?"),
        ("Is my bike covered if it's stolen from my garden?", "If my bike is stolen from my garden, is it covered?"),
        ("Does my employer have to pay me for training?", "Must my employer pay me for training?"),
        ("Do all students have to take the final exam?", "Must every student take the final exam?"),
        ("Did my employer send the payment to me?", "Did my employer send me the payment?"),
        ("Can the bank refund the fee to us?", "Can the bank refund us the fee?"),
    ])
    func theSameQuestionInAnotherOrderHits(pair: (String, String)) {
        #expect(standard.verify(stored: pair.0, query: pair.1).isAccepted)
    }

    @Test(arguments: [
        ("Will my bill be prorated if I cancel?", "If my bill is prorated, will I cancel?"),
        (
            "Do I need to tell my insurer that I work from home?",
            "Does my insurer need to tell me that I work from home?"
        ),
        ("Must the tenant pay the landlord?", "Does the landlord have to pay the tenant?"),
        ("Did my employer send me the payment?", "Did I send my employer the payment?"),
        ("Did my employer send me the payment?", "Did my employer send them the payment?"),
    ])
    func anotherQuestionInTheSameWordsRefuses(pair: (String, String)) {
        #expect(!standard.verify(stored: pair.0, query: pair.1).isAccepted)
    }
}

/// Phrases that move as a whole keep their meaning: a fronted "In the UK," is not a reordering inside one phrase,
/// "after or before" asks what "before or after" asks, "lease or buy" what "buy or lease" asks, "need to" is "have
/// to", and "driver's license" is the compound "drivers license", not a licence owned by a driver.
@Suite struct FrontedPhrasesAndCompoundsTests {
    let standard = SemanticVerifier(strictness: .standard)

    @Test(arguments: [
        ("Can I work part-time on a student visa in the UK?", "In the UK, can I work part-time on a student visa?"),
        ("Should I stretch before or after running?", "Should I stretch after or before running?"),
        ("Is it cheaper to lease or buy a new car?", "Is it cheaper to buy or lease a new car?"),
        ("Do I have to warm up before a race?", "Do I need to warm up before a race?"),
        ("How do I renew my driver's license online?", "how do i renew my drivers license online?"),
        ("Can I use my master's degree abroad?", "Can I use my masters degree abroad?"),
    ])
    func theSameQuestionHits(pair: (String, String)) {
        #expect(standard.verify(stored: pair.0, query: pair.1).isAccepted)
    }

    @Test(arguments: [
        ("Should I stretch before running?", "Should I stretch after running?"),
        ("Is it cheaper to lease or buy a new car?", "Is it cheaper to lease a new car?"),
        ("Can my neighbor's kid use my pool?", "Can my kid use my neighbor's pool?"),
        ("Can I ship from the UK to Spain?", "Can I ship from Spain to the UK?"),
    ])
    func anotherQuestionStillRefuses(pair: (String, String)) {
        #expect(!standard.verify(stored: pair.0, query: pair.1).isAccepted)
    }
}

/// Everyday Chinese equivalents read as one word (丢失 / 丢, 剩余 / 剩下, 课程 / 课, 本学期 / 这学期), while another
/// word in the same slot still refuses.
@Suite struct ChineseEverydayEquivalentsTests {
    let standard = SemanticVerifier(strictness: .standard)

    @Test(arguments: [
        ("身份证丢了怎么补办？", "身份证丢失了怎么补办？"),
        ("会员卡没用完能退剩下的钱吗？", "会员卡没用完能退剩余的钱吗？"),
        ("本学期的所有课都要考试吗？", "这学期的所有课程都要考试吗？"),
    ])
    func equivalentsHit(pair: (String, String)) {
        #expect(standard.verify(stored: pair.0, query: pair.1).isAccepted)
    }

    @Test(arguments: [
        ("身份证丢了怎么补办？", "身份证坏了怎么补办？"),
        ("本学期的所有课都要考试吗？", "上学期的所有课都要考试吗？"),
    ])
    func anotherWordRefuses(pair: (String, String)) {
        #expect(!standard.verify(stored: pair.0, query: pair.1).isAccepted)
    }
}
