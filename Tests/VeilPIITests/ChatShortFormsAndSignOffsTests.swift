import Testing

@testable import VeilPII

/// Chat's ways of naming people that no name list holds: a repeated syllable (Zouzou, Riri), a short form that is
/// also a word after a greeting, a name typed in lower case under a sign-off, and the familiar 老 or 小 before a
/// frequent surname that the dictionary also lists as a word.
@Suite struct ChatShortFormsAndSignOffsTests {
    @Test func aRepeatedSyllableIsAShortFormOfAName() {
        #expect(personNames("Coucou Zouzou, ça va ?") == ["Zouzou"])
        #expect(personNames("Mail de Riri, il manque la facture") == ["Riri"])
        #expect(personNames("Fafa passe au bureau demain") == ["Fafa"])
        #expect(personNames("Eingeladen: Anna Weber, Lolo") == ["Anna Weber", "Lolo"])
    }

    @Test func everydayWordsThatRepeatASyllableStayWords() {
        #expect(personNames("Haha, trop bien").isEmpty)
        #expect(personNames("Papa kommt später, Mama ist schon da").isEmpty)
        #expect(personNames("Ein Bonbon für dich").isEmpty)
        #expect(personNames("That Meme was great").isEmpty)
        #expect(personNames("Le bébé fait dodo.").isEmpty)
        #expect(personNames("Murmur of the crowd").isEmpty)
    }

    @Test func aGreetingThatOpensTheMessageNamesAShortFormThatIsAlsoAWord() {
        #expect(personNames("hey mo u around?") == ["mo"])
        #expect(personNames("hi fi, got a sec?") == ["fi"])
    }

    @Test func aGreetingBeforeAVerbOrAPronounNamesNoOne() {
        #expect(personNames("hey will you check this?").isEmpty)
        #expect(personNames("hey may I ask something").isEmpty)
        #expect(personNames("called em yesterday, no answer").isEmpty)
    }

    @Test func aLowerCaseNameAloneUnderASignOffSignsTheMessage() {
        #expect(personNames("Thanks for the help\nCheers\nroy") == ["roy"])
        #expect(personNames("Regards\nsupport").isEmpty)
    }

    @Test func aMessageOfOneShortWordACommaAndANameAddressesThePerson() {
        #expect(personNames("Ok, Dom") == ["Dom"])
        #expect(personNames("Ok, Will.") == ["Will"])
        #expect(personNames("Tuesday, June").isEmpty)
    }

    @Test func aNameThatIsAStopWordOpensASentenceBeforeAPersonsVerb() {
        #expect(personNames("Hope rang about the invoice") == ["Hope"])
        #expect(personNames("Hope you're well").isEmpty)
        #expect(personNames("Hope this helps!").isEmpty)
    }

    @Test func theFamiliarFormOfAFrequentSurnameIsAPersonEvenWhereItIsARareWord() {
        #expect(personNames("早上好老李") == ["老李"])
        #expect(personNames("小张今天来上班了吗？") == ["小张"])
    }

    @Test func theFamiliarFormAfterAVerbThatActsForSomeoneIsAPersonWhateverFollows() {
        #expect(personNames("麻烦你替小伟搬一下箱子") == ["小伟"])
    }

    @Test func aGivenNameAloneThatOpensTheMessageBeforeASubjectVerbIsAPerson() {
        #expect(personNames("婉清说晚上不回来吃饭") == ["婉清"])
    }

    @Test func aThingThatOpensTheMessageBeforeDeStaysAWord() {
        #expect(personNames("蓝图的章程第3条看不懂").isEmpty)
    }

    @Test func familiarWordsSeenOftenOrWithoutAFrequentSurnameStayWords() {
        #expect(personNames("老公说今天加班").isEmpty)
        #expect(personNames("小马在吃草").isEmpty)
        #expect(personNames("小孔的直径是两毫米").isEmpty)
    }
}
