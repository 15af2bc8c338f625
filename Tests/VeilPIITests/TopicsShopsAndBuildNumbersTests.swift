import Testing

@testable import VeilPII

/// Every entity found in `text`, as type and value.
private func entities(_ text: String) -> [String] {
    let scanner = PIIScanner(configuration: PIIConfiguration(), today: 2026_12_07)
    let bytes = Array(text.utf8)
    return scanner.scan(text).map { "\($0.type.rawValue):" + String(decoding: bytes[$0.range], as: UTF8.self) }
}

/// Words that look like a person's name or an address but name the prompt's topic, a shop or a software build.
@Suite struct TopicsShopsAndBuildNumbersTests {
    @Test func aPublicFigureKnownByOneWordIsTheTopicAfterAbout() {
        #expect(personNames("A podcast about Madonna and the 80s").isEmpty)
        #expect(personNames("Mein Referat über Goethe ist fertig").isEmpty)
        #expect(personNames("Essay on Newton, 2000 words").isEmpty)
    }

    @Test func aPrivatePersonAfterAboutIsStillAPerson() {
        #expect(personNames("Talking about Madonna Keller, our new intern") == ["Madonna Keller"])
        #expect(personNames("Ask Madonna about the invoice") == ["Madonna"])
    }

    @Test func aShopBeforeItsPriceIsNoPerson() {
        #expect(personNames("Der Toaster kostet bei Otto 39,99 € und bei Lidl 35 €").isEmpty)
        #expect(personNames("Le même vin est chez Nicolas 12,50 €").isEmpty)
    }

    @Test func aPersonWhoPaysIsStillAPerson() {
        #expect(personNames("Otto hat 20 € gezahlt") == ["Otto"])
    }

    @Test func aFourPartVersionWithOneDigitPartsAndABuildNumberIsNoAddress() {
        #expect(entities("Server logs from 4.2.7.118:\nERROR timeout").isEmpty)
        #expect(entities("Log vom Server (2.0.5.34): WARN disk usage").isEmpty)
    }

    @Test func addressesWithLargerOctetsOrAOneDigitLastOctetStayAddresses() {
        #expect(entities("host 10.2.3.118 is down") == ["IP_ADDRESS:10.2.3.118"])
        #expect(entities("ping 1.2.3.9 please") == ["IP_ADDRESS:1.2.3.9"])
    }
}
