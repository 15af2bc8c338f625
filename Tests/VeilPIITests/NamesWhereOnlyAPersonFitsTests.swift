import Testing

@testable import VeilPII

/// The person names found in `text`, in order.
private func names(_ text: String) -> [String] {
    let scanner = PIIScanner(configuration: PIIConfiguration(), today: 2026_12_07)
    let bytes = Array(text.utf8)
    return scanner.scan(text).filter { $0.type == .person }.map { String(decoding: bytes[$0.range], as: UTF8.self) }
}

@Suite struct NamesWhereOnlyAPersonFitsTests {
    @Test func aGivenNameThatEndsTheMessageSignsItOff() {
        #expect(names("Sorry wrong one, it's 0171 2345678, not 0171 2345679. Douglas") == ["Douglas"])
        #expect(names("Oups, c'est le mauvais numéro. Désolé ! Ambre 🙂") == ["Ambre"])
        #expect(names("Landed in Seoul, back on Monday.\n-Frank") == ["Frank"])
        #expect(names("Liebe Anna, danke für alles! Bises, Colombe …") == ["Anna", "Colombe"])
    }

    @Test func aWordThatEndsTheMessageIsNoSignOff() {
        #expect(names("The shop opens at 9. Sunday it is closed").isEmpty)
        #expect(names("See Dr. Constant.") == ["Constant"])
        #expect(names("I paid 20 euros for it. Bargain!").isEmpty)
        #expect(names("Shopping list:\n- Eggs\n- Milk").isEmpty)
    }

    @Test func theOwnerOfAPersonalThingIsAPerson() {
        #expect(names("Frank's laptop is still in room 5, can someone grab it?") == ["Frank"])
        #expect(names("Hat jemand Erikas Ladekabel gesehen?") == ["Erika"])
        #expect(names("Ernsts Nummer habe ich nicht mehr.") == ["Ernst"])
        // A brand's possessive and a plural noun are not people.
        #expect(names("Is the Levi's sale still on?").isEmpty)
        #expect(names("Alle Autos Ladekabel sind weg.").isEmpty)
    }

    @Test func theSpeakersCompanionAndThePersonAskedForArePeople() {
        #expect(names("Max et moi on arrive vers 13h.") == ["Max"])
        #expect(names("Nici und ich kommen um 12:30.") == ["Nici"])
        #expect(names("Mama und ich kommen später.").isEmpty)
        #expect(names("The Rome office is on the second floor, ask for Holly.") == ["Holly"])
        #expect(names("Happy birthday Hope!! See you soon") == ["Hope"])
    }

    @Test func anInitialAndAFamilyNameAreAPerson() {
        #expect(names("Please send the minutes to G. Payne by Friday.") == ["G. Payne"])
        #expect(names("Bitte an L. Schacht weiterleiten.") == ["L. Schacht"])
        #expect(names("Meine Oma Julia Kiss braucht Hilfe beim Einkaufen.") == ["Julia Kiss"])
        // A heading and a vitamin are not.
        #expect(names("A. Introduction\nB. Methods").isEmpty)
        #expect(names("Take vitamin C. Then rest.").isEmpty)
    }

    @Test func traditionalCharactersAreLookedUpAsTheirSimplifiedWords() {
        #expect(names("庫存51件，單價新台幣24元").isEmpty)
        #expect(names("7月19日 15点10分發車，票價NT$ 161").isEmpty)
        #expect(names("金價今天新台幣251元，比昨天漲了8%").isEmpty)
        // A name in traditional characters is still one.
        #expect(names("請通知陳志強明天開會") == ["陳志強"])
    }

    @Test func twoNamesThatTakeAPluralVerbArePeople() {
        #expect(names("Can Pat and Cliff both do Friday?") == ["Pat", "Cliff"])
        #expect(names("Dinner on Friday? Penny and Chuck are in") == ["Penny", "Chuck"])
        #expect(names("Grace and mercy matter.").isEmpty)
    }

    @Test func aPersonGivenACallOrOwningTheNumberInParentheses() {
        #expect(names("Give Meg a bell when you land.") == ["Meg"])
        #expect(
            names("Bob (0171 2345678) will drive, Miles (0171 2345679) brings the cooler") == ["Bob", "Miles"])
        #expect(names("It is 12 miles (20 km) away.").isEmpty)
    }

    @Test func aFrenchGivenNameThatIsAWordSignsOff() {
        #expect(names("Oups, c'est le mauvais numéro. Désolé ! Constant") == ["Constant"])
        #expect(names("Un esprit modeste et constant.").isEmpty)
    }

    @Test func germanImIsNoGreeting() {
        #expect(names("Grundpreis 31,95 € im Monat, Abschlag 96,00 €.").isEmpty)
    }

    @Test func aChineseGivenNameThatOpensTheMessageIsAddressed() {
        #expect(names("美慧，我到中正路100號了") == ["美慧"])
        #expect(names("其实，我也不知道").isEmpty)
        #expect(names("好的，明天见").isEmpty)
    }

    @Test func aLowerCaseNameInAContactListAndTheLastOfAnOrderedList() {
        #expect(
            names("Accompagnateurs : Paul Martin 06 12 34 56 78, henri 06 98 76 54 32") == ["Paul Martin", "henri"])
        #expect(names("Ordre de passage : Julie, Marc, puis Pat") == ["Julie", "Marc", "Pat"])
        #expect(names("Sauce, puis Pat de beurre").isEmpty)
    }
}
