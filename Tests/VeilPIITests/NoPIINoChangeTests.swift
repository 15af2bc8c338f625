import Testing

@testable import VeilPII

/// Prompts without personal data come back byte for byte: words that merely begin like a name stay words, while names
/// in the same places are still found.
@Suite struct NoPIINoChangeTests {
    /// The prompt as the anonymizer would send it on: unchanged exactly when nothing was found.
    func anonymized(_ text: String) -> String {
        let scanner = PIIScanner(configuration: PIIConfiguration(), today: 2026_12_07)
        var bytes = Array(text.utf8)
        for entity in scanner.scan(text).reversed() {
            bytes.replaceSubrange(entity.range, with: Array("<\(entity.type.rawValue)>".utf8))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func aChineseRoleThatBeginsWithASurnameIsNoName() {
        for text in ["我师姐说下午开会", "金主说预算不够", "叫马倌过来喂马"] {
            #expect(anonymized(text) == text)
        }
    }

    @Test func aRareChineseWordThatBeginsWithASurnameIsNoName() {
        for text in ["幸好带了马褂，山上风大", "幸亏带了黄油，面包才好吃", "招牌是汤锅，去晚了没有", "素材：牛棚、石臼、稻田"] {
            #expect(anonymized(text) == text)
        }
    }

    @Test func aCommonWordInTraditionalCharactersIsNoName() {
        #expect(anonymized("菜單：龍蝦、白飯、湯") == "菜單：龍蝦、白飯、湯")
    }

    @Test func aLongerChineseWordOrIdiomThatBeginsWithASurnameIsNoName() {
        for text in ["胡思乱想的反义词是什么", "别总胡思乱想，早点睡"] {
            #expect(anonymized(text) == text)
        }
    }

    @Test func namesInTheSamePlacesAreStillFound() {
        #expect(personNames("让张伟把报告打印三份") == ["张伟"])
        #expect(personNames("问问李娜，合同何时能签") == ["李娜"])
        #expect(personNames("老周和小许下午都不在") == ["老周", "小许"])
        #expect(personNames("白金花说下午开会") == ["白金花"])
    }

    @Test func aNumberLabelledAsAReferenceIsNoPhone() {
        for text in [
            "Referenz 0151 2345 6789 bitte bei der Überweisung angeben",
            "Abonnement n° 04512 334 98765, renouvellement le 2 mars",
            "Merci de joindre la pièce 2025-4471 au dossier",
            "Formular 0176 4432 118 bis Freitag einreichen",
        ] {
            #expect(anonymized(text) == text)
        }
        #expect(anonymized("Rufen Sie mich an: 0151 23456789") == "Rufen Sie mich an: <PHONE>")
    }

    @Test func aTwoWordBrandThatGoesOnIsNoPerson() {
        for text in ["Is Jim Beam Black worth the price?", "A tasting note for Johnnie Walker Blue, please"] {
            #expect(anonymized(text) == text)
        }
        #expect(personNames("Lunch with Jim Beamish on Friday") == ["Jim Beamish"])
    }

    @Test func aPublicFigureIsNoPersonWhoseDataNeedsProtecting() {
        for text in ["Any good biography of Lewis Hamilton?", "Das Buch über Dieter Bohlen war langweilig"] {
            #expect(anonymized(text) == text)
        }
        #expect(personNames("Any good biography of Lewis Hamblin?") == ["Lewis Hamblin"])
    }

    @Test func aBrandJoinedByAnAmpersandOrEtIsNoPerson() {
        for text in [
            "Vitamins from Holland & Barrett are on offer", "Les cookies de Michel et Augustin sont trop sucrés",
        ] {
            #expect(anonymized(text) == text)
        }
        #expect(personNames("Lunch with Holly Mason on Friday") == ["Holly Mason"])
    }
}
