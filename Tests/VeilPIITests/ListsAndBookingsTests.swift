import Testing

@testable import VeilPII

/// Every entity found in `text`, as type and value.
private func entities(_ text: String) -> [String] {
    let scanner = PIIScanner(configuration: PIIConfiguration(), today: 2026_12_07)
    let bytes = Array(text.utf8)
    return scanner.scan(text).map { "\($0.type.rawValue):" + String(decoding: bytes[$0.range], as: UTF8.self) }
}

@Suite struct ListsOfPeopleTests {
    @Test func aNameThatIsAlsoAWordBeforeAPersonInAListIsAPerson() {
        #expect(
            personNames("Heute Abend kommen Guy und Katharina Vogelsang zum Essen.") == ["Guy", "Katharina Vogelsang"])
        #expect(
            personNames("Reminder for Penny, Oskar Lindqvist and Ida Brandt: slides due.") == [
                "Penny", "Oskar Lindqvist", "Ida Brandt",
            ])
        #expect(personNames("On apporte le dessert avec Rose et Mathilde Carrère.") == ["Rose", "Mathilde Carrère"])
    }

    @Test func aListWithoutAPersonStaysUntouched() {
        #expect(personNames("Grace and mercy are themes of the sermon.").isEmpty)
        #expect(personNames("In June, the Rose Garden opens again.").isEmpty)
        #expect(personNames("Bring Bill and receipt to the desk.").isEmpty)
    }

    @Test func aChineseNameBeforeAnotherInAListIsAPerson() {
        #expect(personNames("周平和刘建国经理这周六值班。") == ["周平", "刘建国"])
        #expect(personNames("何瑞、林晓红和赵立新主任都到了。") == ["何瑞", "林晓红", "赵立新"])
        // Things in a list are no names, whatever follows them.
        #expect(!personNames("罗盘、梁柱、朱红色大门，这就是古建筑。").contains("罗盘"))
    }
}

@Suite struct CuesForNamesTests {
    @Test func aBookingUnderANameNamesThePerson() {
        #expect(personNames("Could I get a table for 4 under the name Pemberton at 7pm?") == ["Pemberton"])
        #expect(personNames("Tisch für 6 Personen auf den Namen Grünwald, bitte.") == ["Grünwald"])
        #expect(personNames("Une réservation au nom de Lemaire pour ce soir.") == ["Lemaire"])
        #expect(personNames("What is the name of the river in Prague?").isEmpty)
    }

    @Test func twoGivenNamesJoinedInLowerCaseAreAPerson() {
        #expect(personNames("franchement anne-sophie exagère un peu") == ["anne-sophie"])
        #expect(personNames("weiß jemand ob hans-dieter heute kommt") == ["hans-dieter"])
        // Two words that are only also names do not make one.
        #expect(personNames("the may-june window is best for hiking").isEmpty)
    }

    @Test func aGivenNameAskedToDoSomethingIsAPerson() {
        #expect(personNames("Could you ask Hope to call the garage back?") == ["Hope"])
        #expect(personNames("Ask Jack whether the parcel arrived.") == ["Jack"])
        #expect(personNames("Ask Alexa to play some jazz").isEmpty)
        #expect(personNames("We hope to finish by Friday.").isEmpty)
    }

    @Test func aNameThatIsAlsoAWordSpeaksOrIsReported() {
        #expect(personNames("Frank said Ruby would bring the cake around noon.") == ["Frank", "Ruby"])
        #expect(personNames("Bill told me the meeting moved.") == ["Bill"])
        // A thing that is said about stays a thing.
        #expect(personNames("The bill said nothing about a service charge.").isEmpty)
    }

    @Test func theOwnerOfANumberInParenthesesAfterIt() {
        #expect(personNames("Call 0171 2345678 (Glen) if the alarm goes off.") == ["Glen"])
        #expect(personNames("Room 12 (June) is booked.").isEmpty)
    }

    @Test func aLowerCaseNameAfterAskingForItsNumber() {
        #expect(personNames("wer hat die handynummer von jonas? brauch sie heute") == ["jonas"])
        #expect(personNames("tu as le numéro de mathilde ? merci") == ["mathilde"])
    }

    @Test func germanGroupsInAGreetingAreNoNames() {
        #expect(personNames("Liebe Eltern,\nder Ausflug beginnt um 9 Uhr.").isEmpty)
        #expect(personNames("Chers parents,\nla sortie commence à 9 h.").isEmpty)
        #expect(personNames("Die Aktie liegt heute 3 % im Minus.").isEmpty)
    }

    @Test func celebritiesAndHotelBrandsAreNoOnesPersonalData() {
        #expect(personNames("Is Paris Hilton's hotel chain related to Hilton Hotels?").isEmpty)
    }

    @Test func aNeighbourBeforeASurnameIsATitle() {
        #expect(personNames("Das Paket liegt beim Nachbarn Oberhuber im Erdgeschoss.") == ["Oberhuber"])
    }

    @Test func chineseNamesBeforeAGreetingOrAfterAnAssistingVerb() {
        #expect(personNames("冯晓丽您好：\n附件是会议纪要。") == ["冯晓丽"])
        #expect(personNames("本周配合赵立新完成了系统迁移。") == ["赵立新"])
        #expect(personNames("同学你好，请问图书馆几点开门？").isEmpty)
    }

    @Test func aBookTitleInTitleMarksHoldsNoName() {
        #expect(personNames("《江雪》是谁写的？明天要默写。").isEmpty)
        #expect(personNames("今晚看《甄嬛传》还是《琅琊榜》？").isEmpty)
        // A name outside the marks is still found.
        #expect(personNames("《江雪》是张建国老师布置的。") == ["张建国"])
    }

    @Test func chineseShopsBrandsAndCharactersAreNoOnesName() {
        #expect(personNames("罗森的沙拉和屈臣氏的面膜都打折了。").isEmpty)
        #expect(personNames("英语课本里的李雷和韩梅梅常被拿来玩梗。").isEmpty)
    }

    @Test func aFrequentWordAfterAVerbCueIsStillAWord() {
        #expect(personNames("明天找管家说说这件事。").isEmpty)
    }

    @Test func aFamilyMansionOrAStreetIsNoName() {
        #expect(personNames("林黛玉第一次进贾府是在第几回？").isEmpty)
        #expect(personNames("施工期间请改走罗斯福路三段。").isEmpty)
        #expect(personNames("这家店在曹家渡，周末人特别多。").isEmpty)
        #expect(personNames("丘比特的箭射中了他。").isEmpty)
        // 路过 is passing by: the name before it stays a name.
        #expect(personNames("张伟路过超市时买了牛奶。") == ["张伟"])
    }
}

@Suite struct ProductCodesAndBuildsTests {
    @Test func aThirteenDigitProductCodeIsNoCard() {
        // 4053671435233 is a valid EAN-13 and passes Luhn: a product, not a Visa number.
        #expect(entities("Artikel 4053671435233 ist wieder lieferbar.").isEmpty)
        // A sixteen-digit Visa number is still a card.
        #expect(entities("Karte 4111 1111 1111 1111 bitte sperren") == ["CREDIT_CARD:4111 1111 1111 1111"])
    }

    @Test func aDottedQuadAfterBuildIsAVersion() {
        #expect(entities("Fixed in build 4.0.6.60 of the app.").isEmpty)
        #expect(entities("The server at 10.20.30.40 is down.") == ["IP_ADDRESS:10.20.30.40"])
    }
}
