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
    }
}
