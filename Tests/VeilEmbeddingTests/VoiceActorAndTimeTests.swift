import Testing
import VeilEmbedding

/// 被 and 把 mark who acts and what is acted on, so the passive, the 把 form and the plain order of one event hit
/// each other, while the same marks with the two sides exchanged refuse. "for X to V" after a frame names who acts
/// ("Is it possible for a tenant to sublet?" is "Can a tenant sublet?"). 以后 at the head of a clause is a time, as
/// 以前 is, a chain of possessions through a rank at work (组长, 总监) reads one way only, and digits before 万 or 亿
/// are the number they name (2万 is 两万 is 20000).
@Suite struct VoiceActorAndTimeTests {
    let standard = SemanticVerifier(strictness: .standard)

    @Test(arguments: [
        ("我的自行车被保安锁了，怎么办？", "保安把我的自行车锁了，怎么办？"),
        ("我的自行车被保安锁了，怎么办？", "保安锁了我的自行车，怎么办？"),
        ("孩子在公园被狗咬了，要打针吗？", "狗在公园把孩子咬了，要打针吗？"),
        ("妹妹的手机被哥哥摔坏了，谁来赔？", "哥哥把妹妹的手机摔坏了，谁来赔？"),
    ])
    func oneEventInEveryVoiceHits(pair: (String, String)) {
        #expect(standard.verify(stored: pair.0, query: pair.1).isAccepted)
    }

    @Test(arguments: [
        ("我的自行车被保安锁了，怎么办？", "保安的自行车被我锁了，怎么办？"),
        ("孩子在公园被狗咬了，要打针吗？", "孩子在公园把狗咬了，要打针吗？"),
        ("妹妹被哥哥骂了，爸妈该怎么办？", "哥哥被妹妹骂了，爸妈该怎么办？"),
        ("妹妹被哥哥骂了，爸妈该怎么办？", "妹妹骂了哥哥，爸妈该怎么办？"),
        ("哥哥把妹妹骂了，爸妈该怎么办？", "妹妹骂了哥哥，爸妈该怎么办？"),
    ])
    func exchangedAgentAndObjectRefuse(pair: (String, String)) {
        #expect(standard.verify(stored: pair.0, query: pair.1) == .reject(.roles))
    }

    @Test func aCausativeNamesWhoMakesWhomAct() {
        #expect(standard.verify(stored: "店长让店员打扫仓库合理吗？", query: "店员让店长打扫仓库合理吗？") == .reject(.roles))
        #expect(standard.verify(stored: "店长让店员打扫仓库合理吗？", query: "请问店长让店员打扫仓库合理吗？").isAccepted)
        #expect(standard.verify(stored: "二手车转让要交什么税？", query: "二手车转让需要交什么税？").isAccepted)
    }

    @Test func digitsBefore万Or亿AreTheNumberTheyName() {
        #expect(standard.verify(stored: "公积金能贷两万吗？", query: "公积金能贷2万吗？").isAccepted)
        #expect(standard.verify(stored: "公积金能贷1.5万吗？", query: "公积金能贷15000吗？").isAccepted)
        #expect(standard.verify(stored: "公积金能贷2万吗？", query: "公积金能贷3万吗？") == .reject(.numbers))
        #expect(standard.verify(stored: "市值3亿的公司算小公司吗？", query: "市值300000000的公司算小公司吗？").isAccepted)
    }

    @Test func theSameWordTwiceLinesUpByOccurrence() {
        #expect(
            standard.verify(stored: "房东的猫抓伤了我，房东要负责吗？", query: "房东的猫把我抓伤了，房东要负责吗？").isAccepted)
    }

    @Test(arguments: [
        ("Is it possible for a tenant to sublet the flat?", "Can a tenant sublet the flat?"),
        ("How long does it take for a cheque to clear?", "How long does a cheque take to clear?"),
        ("Is it possible for a guest to bring a dog?", "Can a guest bring a dog?"),
        ("What is the process for renewing a library card?", "How do I renew a library card?"),
    ])
    func forXToVNamesWhoActs(pair: (String, String)) {
        #expect(standard.verify(stored: pair.0, query: pair.1).isAccepted)
    }

    @Test func forBeforeAThingKeepsItsRole() {
        #expect(
            standard.verify(
                stored: "Can I swap honey for sugar in flapjacks?", query: "Can I swap sugar for honey in flapjacks?")
                == .reject(.roles))
        #expect(
            standard.verify(
                stored: "Is it possible for a tenant to sublet the flat?",
                query: "Is it possible for a landlord to sublet the flat?"
            ) != .accept)
    }

    @Test func laterAtTheHeadOfAClauseIsATime() {
        #expect(standard.verify(stored: "以前做过手术，现在能坐飞机吗？", query: "现在做了手术，以后能坐飞机吗？") != .accept)
        #expect(standard.verify(stored: "以后还能改签吗？", query: "以后能改签吗？").isAccepted)
    }

    @Test func aChainThroughARankAtWorkReadsOneWay() {
        #expect(standard.verify(stored: "我总监的助理明天来吗？", query: "我助理的总监明天来吗？") == .reject(.roles))
        #expect(standard.verify(stored: "我组长的师兄在哪个部门？", query: "我师兄的组长在哪个部门？") == .reject(.roles))
        #expect(standard.verify(stored: "我组长的师兄在哪个部门？", query: "请问我组长的师兄在哪个部门？").isAccepted)
    }
}
