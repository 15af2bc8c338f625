import Testing

@testable import VeilPII

@Suite struct NamesInPositionsTests {
    @Test func generatedShortFormsAreNames() {
        // German one-syllable names plus "-i", French two open syllables, English "-ie".
        #expect(personNames("Morgen früh holt uns Horsti am Bahnhof ab.") == ["Horsti"])
        #expect(personNames("Demain Véro apporte les croissants.") == ["Véro"])
        #expect(personNames("We asked Bertie about the tickets") == ["Bertie"])
    }

    @Test func shortFormsThatAreWordsStayWords() {
        #expect(personNames("Der Wolf heult im Wald.").isEmpty)
        #expect(personNames("Le dodo est une espèce disparue.").isEmpty)
    }

    @Test func theOneSomethingIsWithFromOrByIsAPerson() {
        #expect(personNames("I left the umbrella with Olive yesterday") == ["Olive"])
        #expect(personNames("Got a voicemail from Olive about the van") == ["Olive"])
        #expect(personNames("J'ai un message de Constant sur mon répondeur") == ["Constant"])
        #expect(personNames("\"Back in five,\" said Olive") == ["Olive"])
    }

    @Test func monthsAndWordsAfterThosePrepositionsStayWords() {
        #expect(personNames("From June onwards the office closes at five.").isEmpty)
        #expect(personNames("Prices are shown in pounds sterling by default.").isEmpty)
        #expect(personNames("Le prix de Noël est affiché.").isEmpty)
        #expect(personNames("Er sammelt Oldtimer von Mercedes.").isEmpty)
    }

    @Test func aNameThatActsOrIsAskedAboutIsAPerson() {
        #expect(personNames("Clay rang twice while you were out") == ["Clay"])
        #expect(personNames("Constant a oublié son badge") == ["Constant"])
        #expect(personNames("Did Olive finish the slides?") == ["Olive"])
        #expect(personNames("C'est Constant qui a la clé du local.") == ["Constant"])
    }

    @Test func aSeasonOrAThingThatActsStaysAWord() {
        #expect(personNames("Summer starts on the 21st this year").isEmpty)
        #expect(personNames("Does Apple know about the bug?").isEmpty)
    }

    @Test func theGermanGenitiveBeforeAPersonalThingIsAPerson() {
        #expect(personNames("Tills Idee war am Ende die beste.") == ["Till"])
        #expect(personNames("Des Kaisers Meinung zählte damals nicht.").isEmpty)
    }

    @Test func chineseFamiliarFormsAndGivenNamesWhereAPersonStands() {
        #expect(personNames("小军明天去上海开会") == ["小军"])
        #expect(personNames("让小洁把钥匙带上") == ["小洁"])
        #expect(personNames("问志强明天几点到") == ["志强"])
    }

    @Test func chineseWordsThatBeginLikeFamiliarFormsStayWords() {
        #expect(personNames("小时候我住在乡下").isEmpty)
        #expect(personNames("老师今天请假了").isEmpty)
        #expect(personNames("让小区物业来修一下").isEmpty)
        #expect(personNames("包裹被师姐签收了").isEmpty)
    }
}
