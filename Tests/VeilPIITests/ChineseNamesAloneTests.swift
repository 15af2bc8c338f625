import Testing

@testable import VeilPII

/// The values of type `type` found in `text`, in order.
private func found(_ text: String, _ types: Set<EntityType>) -> [String] {
    let scanner = PIIScanner(configuration: PIIConfiguration(), today: 2026_12_07)
    let bytes = Array(text.utf8)
    return scanner.scan(text).filter { types.contains($0.type) }.map {
        String(decoding: bytes[$0.range], as: UTF8.self)
    }
}

private func names(_ text: String) -> [String] { found(text, [.person]) }

private func phones(_ text: String) -> [String] { found(text, [.phone, .cnMobile]) }

@Suite struct ChineseNamesAloneTests {
    @Test func compoundSurnamesInTraditionalCharacters() {
        #expect(names("出席名單：林美英、鄭詠晴、東方玉蓮") == ["林美英", "鄭詠晴", "東方玉蓮"])
        #expect(names("司馬怡君和王偉負責下週的活動") == ["司馬怡君", "王偉"])
        #expect(names("諸葛家豪和陳志明負責這次的年會") == ["諸葛家豪", "陳志明"])
        // A public figure in traditional characters is still no one's personal data.
        #expect(names("諸葛亮紀念館週末免費開放").isEmpty)
    }

    @Test func traditionalCuesConfirmAName() {
        #expect(names("王偉和林美華負責9.12的活動") == ["王偉", "林美華"])
        #expect(names("聯絡人：陳家豪") == ["陳家豪"])
        #expect(names("問下黃志明有冇收到份文件") == ["黃志明"])
        #expect(names("问下明天的安排").isEmpty)
    }

    @Test func aGivenNameAloneAfterAGreetingOrInAList() {
        #expect(names("老师好，雅琴这周请假了") == ["雅琴"])
        #expect(names("你好，婉清，周三的会改到下午了") == ["婉清"])
        #expect(names("嗨俊杰，在吗？") == ["俊杰"])
        #expect(names("梓轩早！记得带伞") == ["梓轩"])
        #expect(names("我和思远约了周六打球") == ["思远"])
        #expect(names("于是秀荣就一个人回家了") == ["秀荣"])
        #expect(names("梓轩、雅琴，你们俩明天早点到") == ["梓轩", "雅琴"])
    }

    @Test func everydayWordsInTheSamePlacesStayWords() {
        #expect(names("你好，明天的会取消了").isEmpty)
        #expect(names("老师好，平安夜快乐").isEmpty)
        #expect(names("于是大家就散了").isEmpty)
        #expect(names("我和朋友约了周六打球").isEmpty)
        #expect(names("我和宝宝一起去").isEmpty)
        #expect(names("马路早！").isEmpty)
        #expect(names("高兴得太早了").isEmpty)
        #expect(names("苹果、香蕉，你们选一个").isEmpty)
    }

    @Test func familiarFormsAndNamesBeforeAPhoneWord() {
        #expect(names("老林新號碼55842433") == ["老林"])
        #expect(names("小陈手机13912345678") == ["小陈"])
        #expect(names("林凯手机13911049650，座机0755 6600 9512") == ["林凯"])
        // A brand before a phone word and a price is neither.
        #expect(names("小米手机1999元包邮").isEmpty)
        #expect(names("老人手机299元").isEmpty)
    }

    @Test func mainlandMobilesGroupedOtherwise() {
        #expect(phones("王伟 1386 9932 363，快递到了打这个") == ["1386 9932 363"])
        #expect(phones("1393-985-7801是我的手机") == ["1393-985-7801"])
        #expect(phones("刘春梅 158.546.500.42") == ["158.546.500.42"])
        #expect(phones("房东：1776-19-640-44") == ["1776-19-640-44"])
        #expect(phones("老林新號碼55842433") == ["55842433"])
    }

    @Test func ordersDatesAndAddressesAreNoMobiles() {
        #expect(phones("订单号 1386 9932 363 还没发货").isEmpty)
        #expect(phones("訂單號碼55842433，3月5号出貨").isEmpty)
        #expect(phones("1998-12-31 123 号文件").isEmpty)
        #expect(phones("version 139.196.100.12 上线了").isEmpty)
        #expect(phones("订单号 202611270749，2月18日下单").isEmpty)
        #expect(phones("ISBN 978-1-9579-6471-3").isEmpty)
    }
}
