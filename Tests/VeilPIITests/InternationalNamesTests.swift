import Testing

@testable import VeilPII

/// Names from many languages in everyday English sentences, most of them with no cue before them, and capitalized
/// places and brands that must stay intact. Written apart from the lexicon lists: several names here are in no
/// list (Thandiwe, Bolat, Saoirse, Ngaio, Tevita), so the figure measures how the rules generalize, not whether the
/// lists were copied. Markup as in HandWrittenSetTests: `[[TYPE|value]]` PII, `{{value}}` must stay intact.
private let international = [
    "Please forward the contract to [[PERSON|Olusegun Adebayo]] before noon.",
    "[[PERSON|Łukasz Wiśniewski]] reviewed the pull request.",
    "I spoke with [[PERSON|Émile Durand]] about the invoice.",
    "Can you add [[PERSON|Ngozi Okafor]] to the thread?",
    "The visa for [[PERSON|Oleksandr Kovalenko]] was approved.",
    "Booking confirmed for [[PERSON|Mehmet Yılmaz]] and [[PERSON|Zeynep Kaya]].",
    "Our new hire, [[PERSON|Priyanka Natarajan]], starts Monday.",
    "Send the slides to [[PERSON|Kwame Mensah]], he presents next.",
    "[[PERSON|Haruto Tanaka]] and [[PERSON|Yui Nakamura]] will join from {{Osaka}}.",
    "Ask [[PERSON|Seo-yeon Park]] about the {{Seoul}} launch.",
    "Forward this to [[PERSON|Youssef El Amrani]] in the {{Casablanca}} office.",
    "The patient [[PERSON|Ana María de la Cruz]] was seen today.",
    "Invoice attention: [[PERSON|Søren Kristiansen]].",
    "Shipping label for [[PERSON|Ludwig van der Berg]], {{Rotterdam}}.",
    "Thanks to [[PERSON|Tigist Bekele]] for the translation.",
    "[[PERSON|Dmitry Sokolov]] approved the refund.",
    "Hi [[PERSON|Thandiwe]], the parcel arrived.",
    "Meeting notes from [[PERSON|Saoirse Byrne]] are attached.",
    "Call [[PERSON|Bolat Nurlanov]] about the {{Almaty}} shipment.",
    "My name is [[PERSON|Tevita Fifita]] and I need help with my account.",
    "Ms. [[PERSON|Ngaio Marsh]] asked for a copy.",
    "We flew from {{Hong Kong}} to {{San Diego}} via {{Los Angeles}}.",
    "The {{Mercedes Benz}} dealership on {{Park Avenue}} is closed.",
    "{{Goldman Sachs}} and {{Morgan Stanley}} reported earnings.",
    "Tickets for {{Madison Square Garden}} sold out.",
    "Our team uses {{Visual Studio Code}} and {{Google Cloud}}.",
    "The {{Golden Gate Bridge}} was foggy this morning.",
    "{{Central Park}} is busy on {{Saturday}}.",
    "Visit {{Cape Town}} and {{Buenos Aires}} next year.",
    "{{New York}} and {{Rio de Janeiro}} are on the list.",
]

@Suite struct InternationalNamesTests {
    @Test func namesFromManyLanguagesAreFoundAndPlacesStayIntact() {
        let report = PIIEvaluation.evaluate(international.map(HandWrittenSet.parse))
        print(report.summary)
        #expect(report.recall(of: .person) >= 0.85)
        #expect(report.intactRate >= 0.95)
    }

    @Test func capitalsOutsideASCIIStartAndContinueNames() {
        let scanner = PIIScanner(configuration: PIIConfiguration())
        for (text, name) in [
            ("Send the invoice to José Álvarez today.", "José Álvarez"),
            ("Émile Durand wrote it.", "Émile Durand"),
            ("Łukasz Nowak signed.", "Łukasz Nowak"),
            ("Dear Mr. Öztürk, thanks.", "Öztürk"),
        ] {
            let found = scanner.scan(text).filter { $0.type == .person }.map { text.utf8Slice($0.range) }
            #expect(found == [name], "\(text)")
        }
    }

    @Test func particlesJoinNamesButNotOtherWords() {
        let scanner = PIIScanner(configuration: PIIConfiguration())
        let text = "Dear Mr. Ludwig van Hoogstraten, the piano is tuned."
        #expect(
            scanner.scan(text).filter { $0.type == .person }.map { text.utf8Slice($0.range) } == [
                "Ludwig van Hoogstraten"
            ])
        // A particle-like word that no capital follows is not swallowed.
        let other = "Dear Mr. Smith, la la la."
        #expect(scanner.scan(other).filter { $0.type == .person }.map { other.utf8Slice($0.range) } == ["Smith"])
    }

    @Test func aChineseNameDoesNotTakeTheFirstCharacterOfTheNextWord() {
        let scanner = PIIScanner(configuration: PIIConfiguration())
        let text = "她的同事张伟明天来。"
        #expect(scanner.scan(text).filter { $0.type == .person }.map { text.utf8Slice($0.range) } == ["张伟"])
    }
}

extension String {
    fileprivate func utf8Slice(_ range: Range<Int>) -> String {
        let bytes = Array(utf8)
        return String(decoding: bytes[range], as: UTF8.self)
    }
}
