import Testing

@testable import VeilPII

@Suite struct NamesWhereOnlyAPersonFitsTests {
    @Test func aGivenNameThatEndsTheMessageSignsItOff() {
        #expect(personNames("Sorry wrong one, it's 0171 2345678, not 0171 2345679. Douglas") == ["Douglas"])
        #expect(personNames("Oups, c'est le mauvais numéro. Désolé ! Ambre 🙂") == ["Ambre"])
        #expect(personNames("Landed in Seoul, back on Monday.\n-Frank") == ["Frank"])
        #expect(personNames("Liebe Anna, danke für alles! Bises, Colombe …") == ["Anna", "Colombe"])
    }

    @Test func aWordThatEndsTheMessageIsNoSignOff() {
        #expect(personNames("The shop opens at 9. Sunday it is closed").isEmpty)
        #expect(personNames("See Dr. Constant.") == ["Constant"])
        #expect(personNames("I paid 20 euros for it. Bargain!").isEmpty)
        #expect(personNames("Shopping list:\n- Eggs\n- Milk").isEmpty)
    }

    @Test func theOwnerOfAPersonalThingIsAPerson() {
        #expect(personNames("Frank's laptop is still in room 5, can someone grab it?") == ["Frank"])
        #expect(personNames("Hat jemand Erikas Ladekabel gesehen?") == ["Erika"])
        #expect(personNames("Ernsts Nummer habe ich nicht mehr.") == ["Ernst"])
        // A brand's possessive and a plural noun are not people.
        #expect(personNames("Is the Levi's sale still on?").isEmpty)
        #expect(personNames("Alle Autos Ladekabel sind weg.").isEmpty)
    }

    @Test func theSpeakersCompanionAndThePersonAskedForArePeople() {
        #expect(personNames("Max et moi on arrive vers 13h.") == ["Max"])
        #expect(personNames("Nici und ich kommen um 12:30.") == ["Nici"])
        #expect(personNames("Mama und ich kommen später.").isEmpty)
        #expect(personNames("The Rome office is on the second floor, ask for Holly.") == ["Holly"])
        #expect(personNames("Happy birthday Hope!! See you soon") == ["Hope"])
    }

    @Test func anInitialAndAFamilyNameAreAPerson() {
        #expect(personNames("Please send the minutes to G. Payne by Friday.") == ["G. Payne"])
        #expect(personNames("Bitte an L. Schacht weiterleiten.") == ["L. Schacht"])
        #expect(personNames("Meine Oma Julia Kiss braucht Hilfe beim Einkaufen.") == ["Julia Kiss"])
        // A heading and a vitamin are not.
        #expect(personNames("A. Introduction\nB. Methods").isEmpty)
        #expect(personNames("Take vitamin C. Then rest.").isEmpty)
    }

    @Test func traditionalCharactersAreLookedUpAsTheirSimplifiedWords() {
        #expect(personNames("庫存51件，單價新台幣24元").isEmpty)
        #expect(personNames("7月19日 15点10分發車，票價NT$ 161").isEmpty)
        #expect(personNames("金價今天新台幣251元，比昨天漲了8%").isEmpty)
        // A name in traditional characters is still one.
        #expect(personNames("請通知陳志強明天開會") == ["陳志強"])
    }

    @Test func twoNamesThatTakeAPluralVerbArePeople() {
        #expect(personNames("Can Pat and Cliff both do Friday?") == ["Pat", "Cliff"])
        #expect(personNames("Dinner on Friday? Penny and Chuck are in") == ["Penny", "Chuck"])
        #expect(personNames("Grace and mercy matter.").isEmpty)
    }

    @Test func aPersonGivenACallOrOwningTheNumberInParentheses() {
        #expect(personNames("Give Meg a bell when you land.") == ["Meg"])
        #expect(
            personNames("Bob (0171 2345678) will drive, Miles (0171 2345679) brings the cooler") == ["Bob", "Miles"])
        #expect(personNames("It is 12 miles (20 km) away.").isEmpty)
    }

    @Test func aFrenchGivenNameThatIsAWordSignsOff() {
        #expect(personNames("Oups, c'est le mauvais numéro. Désolé ! Constant") == ["Constant"])
        #expect(personNames("Un esprit modeste et constant.").isEmpty)
    }

    @Test func germanImIsNoGreeting() {
        #expect(personNames("Grundpreis 31,95 € im Monat, Abschlag 96,00 €.").isEmpty)
    }

    @Test func aChineseGivenNameThatOpensTheMessageIsAddressed() {
        #expect(personNames("美慧，我到中正路100號了") == ["美慧"])
        #expect(personNames("其实，我也不知道").isEmpty)
        #expect(personNames("好的，明天见").isEmpty)
    }

    @Test func aLowerCaseNameInAContactListAndTheLastOfAnOrderedList() {
        #expect(
            personNames("Accompagnateurs : Paul Martin 06 12 34 56 78, henri 06 98 76 54 32") == [
                "Paul Martin", "henri",
            ])
        #expect(personNames("Ordre de passage : Julie, Marc, puis Pat") == ["Julie", "Marc", "Pat"])
        #expect(personNames("Sauce, puis Pat de beurre").isEmpty)
    }
}
