import Testing

@testable import VeilPII

/// The person names found in `text`, in order.
private func names(_ text: String) -> [String] {
    let scanner = PIIScanner(configuration: PIIConfiguration(), today: 2026_12_07)
    let bytes = Array(text.utf8)
    return scanner.scan(text).filter { $0.type == .person }.map { String(decoding: bytes[$0.range], as: UTF8.self) }
}

@Suite struct NicknamesAndPersonSlotsTests {
    @Test func shortFormsOfGivenNamesAreNames() {
        #expect(names("Steffi kommt heute später, der Zug hat Verspätung.") == ["Steffi"])
        #expect(names("Tommo can't make the 5-a-side tonight.") == ["Tommo"])
        #expect(names("Hallo zusammen,\nich bin morgen im Homeoffice.\nLG andi 🙂") == ["andi"])
        #expect(names("Bisous, juju") == ["juju"])
    }

    @Test func shortFormsThatAreWordsOrFamilyStayWords() {
        #expect(names("Meine Omi sagt, der Kuchen ist fertig.").isEmpty)
        #expect(names("Die Uni hat am Montag zu.").isEmpty)
        #expect(names("Le bébé dort enfin.").isEmpty)
    }

    @Test func aNameThatIsAlsoAWordIsAPersonWhereAVerbPutsOne() {
        #expect(names("ping Mark before the retro, he has the numbers") == ["Mark"])
        #expect(names("Could you tell Ruby the printer is fixed?") == ["Ruby"])
        #expect(names("Pat reckons the train is cancelled again") == ["Pat"])
        #expect(names("Rosa meint, wir sollten früher los.") == ["Rosa"])
        #expect(names("selon Constant, la réunion est annulée") == ["Constant"])
        #expect(names("Sorry Dean, the slot is gone") == ["Dean"])
        #expect(names("Did Joy ever send the slides?") == ["Joy"])
        #expect(names("Summer and Iris both booked the late shift") == ["Summer", "Iris"])
        #expect(names("I think Ruby took my umbrella") == ["Ruby"])
        #expect(names("Hab eben mit Rosa telefoniert, passt alles.") == ["Rosa"])
        #expect(names("Call the office or June's mobile if it's urgent") == ["June"])
    }

    @Test func aNameBeforeTheNumberItIsReachedAtIsAPerson() {
        #expect(names("Joignable au 01 42 68 53 00, sinon Prudence au 06 12 34 56 78") == ["Prudence"])
        #expect(names("If the door is locked, ring Mark on 07700 900123") == ["Mark"])
        // An order number after "at" is not a phone, and the word before it no name.
        #expect(names("Mark at 5 pm").isEmpty)
    }

    @Test func wordsInThoseSlotsStayWordsWhenNoPersonFits() {
        // A season that feels, a month before a number, a word after a possessive, a programming language.
        #expect(names("Summer feels shorter every year.").isEmpty)
        #expect(names("give June 5 as the deadline").isEmpty)
        #expect(names("Ist das dein Ernst? So teuer?").isEmpty)
        #expect(names("Le langage Pascal est encore enseigné.").isEmpty)
        #expect(names("Meine Oma sagt immer, das wird schon.").isEmpty)
    }

    @Test func brandsAndCompoundsNamedAfterPeopleAreNoPerson() {
        #expect(names("Two pairs of Levi's jeans for $80").isEmpty)
        #expect(names("Grab some Ben & Jerry's on the way home").isEmpty)
        #expect(names("Die Sigmund Freud-Ausstellung ist verlängert.").isEmpty)
        #expect(names("Rendez-vous chez Jean Louis David à 15 h").isEmpty)
        #expect(names("Kaffee im Oetker-Restaurant?").isEmpty)
    }

    @Test func aMonthAfterAnOrdinalIsTheMonth() {
        #expect(names("The flats reopen 6th Jan after the works").isEmpty)
        #expect(names("Deadline is the 3rd May, sharp").isEmpty)
    }
}
