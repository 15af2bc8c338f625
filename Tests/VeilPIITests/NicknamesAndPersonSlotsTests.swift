import Testing

@testable import VeilPII

@Suite struct NicknamesAndPersonSlotsTests {
    @Test func shortFormsOfGivenNamesAreNames() {
        #expect(personNames("Steffi kommt heute später, der Zug hat Verspätung.") == ["Steffi"])
        #expect(personNames("Tommo can't make the 5-a-side tonight.") == ["Tommo"])
        #expect(personNames("Hallo zusammen,\nich bin morgen im Homeoffice.\nLG andi 🙂") == ["andi"])
        #expect(personNames("Bisous, juju") == ["juju"])
    }

    @Test func shortFormsThatAreWordsOrFamilyStayWords() {
        #expect(personNames("Meine Omi sagt, der Kuchen ist fertig.").isEmpty)
        #expect(personNames("Die Uni hat am Montag zu.").isEmpty)
        #expect(personNames("Le bébé dort enfin.").isEmpty)
    }

    @Test func aNameThatIsAlsoAWordIsAPersonWhereAVerbPutsOne() {
        #expect(personNames("ping Mark before the retro, he has the numbers") == ["Mark"])
        #expect(personNames("Could you tell Ruby the printer is fixed?") == ["Ruby"])
        #expect(personNames("Pat reckons the train is cancelled again") == ["Pat"])
        #expect(personNames("Rosa meint, wir sollten früher los.") == ["Rosa"])
        #expect(personNames("selon Constant, la réunion est annulée") == ["Constant"])
        #expect(personNames("Sorry Dean, the slot is gone") == ["Dean"])
        #expect(personNames("Did Joy ever send the slides?") == ["Joy"])
        #expect(personNames("Summer and Iris both booked the late shift") == ["Summer", "Iris"])
        #expect(personNames("I think Ruby took my umbrella") == ["Ruby"])
        #expect(personNames("Hab eben mit Rosa telefoniert, passt alles.") == ["Rosa"])
        #expect(personNames("Call the office or June's mobile if it's urgent") == ["June"])
    }

    @Test func aNameBeforeTheNumberItIsReachedAtIsAPerson() {
        #expect(personNames("Joignable au 01 42 68 53 00, sinon Prudence au 06 12 34 56 78") == ["Prudence"])
        #expect(personNames("If the door is locked, ring Mark on 07700 900123") == ["Mark"])
        // An order number after "at" is not a phone, and the word before it no name.
        #expect(personNames("Mark at 5 pm").isEmpty)
    }

    @Test func wordsInThoseSlotsStayWordsWhenNoPersonFits() {
        // A season that feels, a month before a number, a word after a possessive, a programming language.
        #expect(personNames("Summer feels shorter every year.").isEmpty)
        #expect(personNames("give June 5 as the deadline").isEmpty)
        #expect(personNames("Ist das dein Ernst? So teuer?").isEmpty)
        #expect(personNames("Le langage Pascal est encore enseigné.").isEmpty)
        #expect(personNames("Meine Oma sagt immer, das wird schon.").isEmpty)
    }

    @Test func brandsAndCompoundsNamedAfterPeopleAreNoPerson() {
        #expect(personNames("Two pairs of Levi's jeans for $80").isEmpty)
        #expect(personNames("Grab some Ben & Jerry's on the way home").isEmpty)
        #expect(personNames("Die Sigmund Freud-Ausstellung ist verlängert.").isEmpty)
        #expect(personNames("Rendez-vous chez Jean Louis David à 15 h").isEmpty)
        #expect(personNames("Kaffee im Oetker-Restaurant?").isEmpty)
    }

    @Test func aMonthAfterAnOrdinalIsTheMonth() {
        #expect(personNames("The flats reopen 6th Jan after the works").isEmpty)
        #expect(personNames("Deadline is the 3rd May, sharp").isEmpty)
    }
}
