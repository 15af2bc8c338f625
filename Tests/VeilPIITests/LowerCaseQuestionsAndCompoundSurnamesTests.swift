import Testing

@testable import VeilPII

/// Names that only the shape of the sentence gives away: chat's lower-case "did … ever" question, a month's name
/// that takes something of mine, and a compound surname whose one-character given name comes before a time word.
@Suite struct LowerCaseQuestionsAndCompoundSurnamesTests {
    @Test func anAuxiliaryANameAndEverAskAboutSomeoneInLowerCase() {
        #expect(personNames("did faith ever call you back") == ["faith"])
        #expect(personNames("has mark ever paid for lunch lol") == ["mark"])
    }

    @Test func wordsBeforeEverStayWords() {
        #expect(personNames("did you ever call them back").isEmpty)
        #expect(personNames("has it ever worked on windows").isEmpty)
        #expect(personNames("did may ever end up being warm").isEmpty)
    }

    @Test func aMonthsNameThatTakesSomethingOfMineIsAPerson() {
        #expect(personNames("Pretty sure June has my keys, ask her") == ["June"])
    }

    @Test func aMonthNextToADateStaysAMonth() {
        #expect(personNames("The rent for April is due on the 3rd").isEmpty)
    }

    @Test func aNameThenWhereThePersonIsThenTheNumberIsAPerson() {
        #expect(personNames("Rose à Lyon : 06 12 34 56 78, après 18 h") == ["Rose"])
        #expect(personNames("Faith in Leeds, 0113 496 0000 any time") == ["Faith"])
    }

    @Test func aPlaceThenItsNumberNamesNoOne() {
        #expect(personNames("Hotel in Paris: 01 23 45 67 89").isEmpty)
    }

    @Test func aGivenNameThatIsAlsoAWordBeforeAMcSurnameIsAPerson() {
        #expect(
            personNames("Seating: Anna Weber, Rusty McTavish, Tom Hardy") == [
                "Anna Weber", "Rusty McTavish", "Tom Hardy",
            ])
    }

    @Test func aCapitalizedParticleJoinsANameInAListOfPeople() {
        #expect(
            personNames("Attendees: Anna Weber, Mark De Vries, Tom Hardy") == [
                "Anna Weber", "Mark De Vries", "Tom Hardy",
            ])
    }

    @Test func aCompoundSurnameAndOneGivenCharacterStopBeforeATimeWordOrAFrequentWord() {
        #expect(personNames("欧阳峰明天去上海出差") == ["欧阳峰"])
        #expect(personNames("上官婉儿的电话") == ["上官婉儿"])
    }
}
