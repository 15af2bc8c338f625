import Testing

@testable import VeilPII

@Suite struct RolesThanksAndListsTests {
    @Test func aGivenNameRightAfterARoleNounIsThePersonInThatRole() {
        #expect(personNames("our plumber Rusty says the boiler needs a new valve") == ["Rusty"])
        #expect(personNames("the janitor Will opened the hall at noon, can you thank him?") == ["Will"])
        #expect(personNames("Kannst du der Nachbarin Gabi die Pakete geben?") == ["Gabi"])
    }

    @Test func aRoleNounBeforeAThingOrAMonthLeavesItAlone() {
        #expect(personNames("the teacher May 12 meeting was moved") == [])
        #expect(personNames("our plumber Tuesday visit is confirmed") == [])
        #expect(personNames("the caretaker will lock the gym at nine") == [])
    }

    @Test func thanksThatOpenAMessageThankTheLowerCaseNameBeforeTheComma() {
        #expect(personNames("thx faith, the slides look great") == ["faith"])
        #expect(personNames("thanks will do, see you later") == [])
    }

    @Test func aFrenchQuestionAboutSomeoneNamesThePersonBeforeTheAuxiliary() {
        #expect(personNames("Est-ce que Blanche a rendu le rapport ?") == ["Blanche"])
        #expect(personNames("Tu sais si Victoire est passée au bureau ?") == ["Victoire"])
        #expect(personNames("Est-ce que Paris est cher en août ?") == [])
    }

    @Test func twoLowerCaseShortFormsJoinedAtTheStartOfAMessageAreTwoPeople() {
        #expect(personNames("fifi et loulou arrivent vers midi") == ["fifi", "loulou"])
        #expect(personNames("papa et maman arrivent vers midi") == [])
        #expect(personNames("salt and pepper are on the table") == [])
    }

    @Test func aChineseListGoesOnToAFullNameAndToAGivenNameBeforeItsCount() {
        #expect(personNames("名单：李娜、王国华、张伟，请核对") == ["李娜", "王国华", "张伟"])
        #expect(personNames("李娜、张伟、秀英三个人一起去") == ["李娜", "张伟", "秀英"])
        #expect(personNames("王国的历史很长") == [])
    }
}
