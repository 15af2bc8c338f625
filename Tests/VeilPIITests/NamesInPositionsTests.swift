import Testing

@testable import VeilPII

/// The person names found in `text`, in order.
private func names(_ text: String) -> [String] {
    let scanner = PIIScanner(configuration: PIIConfiguration(), today: 2026_12_07)
    let bytes = Array(text.utf8)
    return scanner.scan(text).filter { $0.type == .person }.map { String(decoding: bytes[$0.range], as: UTF8.self) }
}

@Suite struct NamesInPositionsTests {
    @Test func generatedShortFormsAreNames() {
        // German one-syllable names plus "-i", French two open syllables, English "-ie".
        #expect(names("Morgen früh holt uns Horsti am Bahnhof ab.") == ["Horsti"])
        #expect(names("Demain Véro apporte les croissants.") == ["Véro"])
        #expect(names("We asked Bertie about the tickets") == ["Bertie"])
    }

    @Test func shortFormsThatAreWordsStayWords() {
        #expect(names("Der Wolf heult im Wald.").isEmpty)
        #expect(names("Le dodo est une espèce disparue.").isEmpty)
    }

    @Test func theOneSomethingIsWithFromOrByIsAPerson() {
        #expect(names("I left the umbrella with Olive yesterday") == ["Olive"])
        #expect(names("Got a voicemail from Olive about the van") == ["Olive"])
        #expect(names("J'ai un message de Constant sur mon répondeur") == ["Constant"])
        #expect(names("\"Back in five,\" said Olive") == ["Olive"])
    }

    @Test func monthsAndWordsAfterThosePrepositionsStayWords() {
        #expect(names("From June onwards the office closes at five.").isEmpty)
        #expect(names("Prices are shown in pounds sterling by default.").isEmpty)
        #expect(names("Le prix de Noël est affiché.").isEmpty)
        #expect(names("Er sammelt Oldtimer von Mercedes.").isEmpty)
    }

    @Test func aNameThatActsOrIsAskedAboutIsAPerson() {
        #expect(names("Clay rang twice while you were out") == ["Clay"])
        #expect(names("Constant a oublié son badge") == ["Constant"])
        #expect(names("Did Olive finish the slides?") == ["Olive"])
        #expect(names("C'est Constant qui a la clé du local.") == ["Constant"])
    }

    @Test func aSeasonOrAThingThatActsStaysAWord() {
        #expect(names("Summer starts on the 21st this year").isEmpty)
        #expect(names("Does Apple know about the bug?").isEmpty)
    }

    @Test func theGermanGenitiveBeforeAPersonalThingIsAPerson() {
        #expect(names("Tills Idee war am Ende die beste.") == ["Till"])
        #expect(names("Des Kaisers Meinung zählte damals nicht.").isEmpty)
    }

    @Test func chineseFamiliarFormsAndGivenNamesWhereAPersonStands() {
        #expect(names("小军明天去上海开会") == ["小军"])
        #expect(names("让小洁把钥匙带上") == ["小洁"])
        #expect(names("问志强明天几点到") == ["志强"])
    }

    @Test func chineseWordsThatBeginLikeFamiliarFormsStayWords() {
        #expect(names("小时候我住在乡下").isEmpty)
        #expect(names("老师今天请假了").isEmpty)
        #expect(names("让小区物业来修一下").isEmpty)
        #expect(names("包裹被师姐签收了").isEmpty)
    }
}
