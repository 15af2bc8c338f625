import Testing

@testable import VeilPII

/// Each detection as "TYPE:value".
private func found(_ text: String) -> [String] {
    let scanner = PIIScanner(configuration: PIIConfiguration(), today: 2026_11_29)
    let bytes = Array(text.utf8)
    return scanner.scan(text).map { "\($0.type.rawValue):" + String(decoding: bytes[$0.range], as: UTF8.self) }
}

@Suite struct PhoneNumberTests {
    @Test func aBareNumberDialledFromAbroadIsAPhoneNumber() {
        #expect(found("Treffen in Tallinn, Kaspar holt uns ab – 003724454929").contains("PHONE:003724454929"))
        #expect(found("Je suis à Bruxelles : 0032492283779.") == ["PHONE:0032492283779"])
        // Zero-padded references pad with more zeros; ten digits after 00 still need a label.
        #expect(found("Referenz 000123456789012") == [])
        #expect(found("Ticket 0044123456") == [])
    }

    @Test func unlabelledNumbersByPlanLineAndList() {
        // Ten digits with the trunk 0, valid in a plan: a phone number without a label.
        #expect(found("S'il y a un souci : 0222578122.") == ["PHONE:0222578122"])
        // Alone on its line, and the next entry of a list of numbers, one per line.
        #expect(found("Service comptabilité\n0253619773") == ["PHONE:0253619773"])
        #expect(
            found("Voici mes coordonnées :\n06.66.84.40.95\n0399688619") == [
                "PHONE:06.66.84.40.95", "PHONE:0399688619",
            ])
        // A reference label whose own number ends its line labels nothing on the next.
        #expect(found("Dossier 76709145212 :\n07.82.36.70.12") == ["PHONE:07.82.36.70.12"])
        // A second number right after the slash that ends one.
        #expect(found("麻烦打13812345678/18910681549").count == 2)
        // The reference label still wins on its own line.
        #expect(found("Policy: 3541751299") == [])
    }

    @Test func internationalNumbersOutsideTheValidatedRangesWhenTheWritingSaysPhone() {
        // Toll-free and other ranges the plan tables lack: a plausible length for the country code is enough when
        // the number carries a "(0)" trunk, a phone label, or the country code set apart before its groups.
        #expect(found("Tel. +44 808 157 0486") == ["PHONE:+44 808 157 0486"])
        #expect(found("Telefon: +448081570486") == ["PHONE:+448081570486"])
        #expect(found("Grüße\n+49(0)1349 32387") == ["PHONE:+49(0)1349 32387"])
        #expect(found("En cas d'urgence : +41 98 260 69 53.") == ["PHONE:+41 98 260 69 53"])
        // A bare signed number without any of those stays a number; a length no plan has is no phone.
        #expect(found("Der Kurs stieg um +13490000 Punkte.") == [])
        // Placeholders no plan has: a national number led by 0 after the trunk, a North American area code led by 1.
        #expect(found("Tel. +44 0000 000000 oder +1 123 456 7890") == [])
    }

    @Test func northAmericanNumbersAfterALabelAndAloneOnALine() {
        // After a phone label the 3-3-4 shape is enough, whatever the area code; alone on a line ten bare digits.
        #expect(found("My mobile is 195-304-6013.") == ["PHONE:195-304-6013"])
        #expect(found("Contact: (829) 082-4566") == ["PHONE:(829) 082-4566"])
        #expect(found("Best,\nDana\n4315847003") == ["PERSON:Dana", "PHONE:4315847003"])
        // The label after the number: "give … a call", "… anrufen".
        #expect(found("Give 4165550199 a call tomorrow.") == ["PHONE:4165550199"])
        #expect(found("Bitte 2125550147 anrufen.") == ["PHONE:2125550147"])
        // Without a label, an impossible area code is not a phone number, and an order number stays one.
        #expect(found("Part 195-304-6013 is back in stock.") == [])
        #expect(found("Order 4315847003 shipped.") == [])
    }

    @Test func nationalNumbersWithoutTrunkPrefixAfterAPhoneLabel() {
        #expect(found("Call me at 33 12 48 57, please.") == ["PHONE:33 12 48 57"])
        #expect(found("Tel. 67 123 456") == ["PHONE:67 123 456"])
        #expect(found("Ring the office on 210 345 6789.") == ["PHONE:210 345 6789"])
        #expect(found("Please ring 08-12 34 56 after five.") == ["PHONE:08-12 34 56"])
        // Without a label such digits are anything: a price, a count, a code.
        #expect(found("We sold 33 12 48 57 units.") == [])
        #expect(found("Call me about order 33124857.") == [])
    }

    @Test func noBreakSpacesAndAClosedAreaCodeSeparateGroups() {
        // French word processors put no-break spaces (U+00A0, U+202F) between the pairs.
        #expect(found("Tél. 04\u{A0}91\u{A0}23\u{A0}45\u{A0}67") == ["PHONE:04\u{A0}91\u{A0}23\u{A0}45\u{A0}67"])
        #expect(
            found("Tél. 04\u{202F}91\u{202F}23\u{202F}45\u{202F}67") == [
                "PHONE:04\u{202F}91\u{202F}23\u{202F}45\u{202F}67"
            ])
        #expect(found("座机(021)64871235，工作日可打") == ["PHONE:(021)64871235"])
        // A code is not a phone number, whatever its digits.
        #expect(found("验证码是0213-456-789吗？") == [])
    }

    @Test func germanNumbersInTheirWrittenForms() {
        #expect(found("Tel. 030 12345678") == ["PHONE:030 12345678"])
        #expect(found("Ruf an: 030/12345678 oder 0151 12345678") == ["PHONE:030/12345678", "PHONE:0151 12345678"])
        #expect(found("Büro 089 / 123 456 78, Fax (030) 1234567") == ["PHONE:089 / 123 456 78", "PHONE:(030) 1234567"])
        #expect(found("Handy +49 (0)151 1234 5678") == ["PHONE:+49 (0)151 1234 5678"])
        #expect(
            found("Zentrale +49(0)30-1234567 oder 0049 89 1234567") == [
                "PHONE:+49(0)30-1234567", "PHONE:0049 89 1234567",
            ])
        #expect(found("Mobil: 01511234567") == ["PHONE:01511234567"])
    }

    @Test func frenchNumbersWithSpacesDotsAndTheTrunkInParentheses() {
        #expect(
            found("Appelez le 01 23 45 67 89 ou le 06.12.34.56.78") == [
                "PHONE:01 23 45 67 89", "PHONE:06.12.34.56.78",
            ])
        #expect(
            found("+33 1 23 45 67 89, +33 (0)6 12 34 56 78") == [
                "PHONE:+33 1 23 45 67 89", "PHONE:+33 (0)6 12 34 56 78",
            ])
        #expect(found("portable : 0612345678") == ["PHONE:0612345678"])
    }

    @Test func numbersOfOtherCountriesInNationalAndInternationalForm() {
        #expect(found("UK 020 7946 0958, mobile 07700 900123") == ["PHONE:020 7946 0958", "PHONE:07700 900123"])
        #expect(
            found("Swiss office 044 123 45 67, +41 79 123 45 67") == [
                "PHONE:044 123 45 67", "PHONE:+41 79 123 45 67",
            ])
        #expect(found("Tokyo 03-1234-5678, Seoul 010-1234-5678") == ["PHONE:03-1234-5678", "PHONE:010-1234-5678"])
        #expect(
            found("Sydney (02) 9876 5432, mobile 0412 345 678") == [
                "PHONE:(02) 9876 5432", "PHONE:0412 345 678",
            ])
        #expect(
            found("HK +852 2123 4567, Taipei +886 2 2345 6789, Mumbai +91 98765 43210") == [
                "PHONE:+852 2123 4567", "PHONE:+886 2 2345 6789", "PHONE:+91 98765 43210",
            ])
        #expect(found("Rome 06 1234 5678, Madrid 612 34 56 78") == ["PHONE:06 1234 5678", "PHONE:612 34 56 78"])
        #expect(found("(+49) 30 12345678") == ["PHONE:(+49) 30 12345678"])
    }

    @Test func numbersOutsideTheNumberingPlanAreNotPhones() {
        // +49 0… with a second 0 and +1 with an area code starting in 1 are in no plan.
        #expect(found("+44 0000 000000 and +1 123 456 7890") == [])
        #expect(found("+49 0 1234 and +33 9 99") == [])
    }

    @Test func orderNumbersDatesTimesPricesAndVersionsStayIntact() {
        let text =
            "Bestellnummer 0301234567, Kundennummer 0612345678, Rechnung vom 01.02.2024 um 10:30, "
            + "Sendungsnummer 00340434161234567890, Preis 1.299,00 €, Version 10.0.19045.2965, "
            + "commande n° 0612345678, le 01/02/2024 12:30, build 2024.01.15.1234"
        #expect(found(text) == [])
    }

    @Test func eightDigitNumbersAndIndianMobilesWithoutTrunk() {
        #expect(found("同事电话是9780 1602") == ["PHONE:9780 1602"])
        #expect(found("driver 9191 5366") == ["PHONE:9191 5366"])
        #expect(found("supplier 98765 43210") == ["PHONE:98765 43210"])
        #expect(found("PIN 2024 1234, order 1234 5678") == [])
    }

    @Test func labelsBelongToTheNearestNumber() {
        // 发票号码 is an invoice number although it ends in 号码; a phone word before another number is that
        // number's label.
        #expect(found("发票号码029539435808，金额261.50元") == [])
        #expect(found("Call me at 415-357-6616, build 57908576986") == ["PHONE:415-357-6616"])
        #expect(found("Bon d'achat 5339 0932 5583 0704 au nom de Paul") == ["PERSON:Paul"])
    }

    @Test func theSecondOfTwoNumbersJoinedByOrSharesTheLabel() {
        #expect(found("Ruf mich an: 030/12345678 oder 694-5774140.") == ["PHONE:030/12345678", "PHONE:694-5774140"])
        // A number after a phone and "build" or another label is not joined to it.
        #expect(found("Ruf an: 030/12345678, Auftrag 694-5774140.") == ["PHONE:030/12345678"])
    }

    @Test func referenceCodesAndOffersAreNotPhones() {
        #expect(found("Das Angebot RE-2026-09192 geht so raus.") == [])
        #expect(found("Ich habe gestern telefoniert, das Angebot 2025/0977 geht so raus.") == [])
        #expect(found("Unterlagen zum Schadensfall 736.897.134 vom 28.10.2025") == [])
    }

    @Test func aNorthAmericanCountryCodeBeforeTheAreaCodeIsPartOfTheNumber() {
        #expect(found("Text me at 1 (206) 915-0173 tonight.") == ["PHONE:1 (206) 915-0173"])
    }

    @Test func aSocialSecurityNumberIsNotReadAsAPhone() {
        #expect(found("SSN 078-05-1120") == ["US_SSN:078-05-1120"])
        #expect(found("SSN 666-45-6789") == [])
    }

    @Test func generatedPlansHoldTheRegionsAndCodes() {
        // The tables come from libphonenumber's metadata (scripts/gen-phone-metadata.py); spot-check their shape.
        #expect(PhoneRules.regionByCountryCode[49] != nil)
        #expect(PhoneRules.regionByCountryCode[33] != nil)
        #expect(PhoneRules.regionByCountryCode[1] != nil)
        #expect(PhoneMetadata.table.utf8CodeUnitCount == PhoneMetadata.regions.count * 1000)
        #expect(PhoneRules.countryIndex(49) != nil && PhoneRules.countryIndex(999) == nil)
        let berlin = Array("4930123456".utf8)
        #expect(PhoneRules.international(berlin)?.cc == 49)
    }

    @Test func aNumberRightAfterAPersonOrAnAddressIsTheirPhone() {
        #expect(found("Soccer carpool:\nLeon Baker: 2015698056") == ["PERSON:Leon Baker", "PHONE:2015698056"])
        #expect(
            found("you can reach me at jo@example.com or 2519032129.") == ["EMAIL:jo@example.com", "PHONE:2519032129"])
        #expect(found("package landed at my place, grab it whenever, 5803167034") == ["PHONE:5803167034"])
        // Ten digits inside a sentence, with no one and no label around them, stay a number.
        #expect(found("Ticket 5803167034 was closed yesterday.") == [])
    }

    @Test func aNumberFollowedByItsOwnerInParenthesesIsAPhone() {
        #expect(
            found("Spare keys: 2065550187 (me) or 2065550143 (Dana)") == [
                "PHONE:2065550187", "PHONE:2065550143", "PERSON:Dana",
            ])
        // A status in parentheses says nothing about whose number it is.
        #expect(found("Bestellung 4402019938 (bezahlt) kommt morgen") == [])
    }

    @Test func amountsAndProductCodesAreNotPhones() {
        #expect(found("马上中秋了，月饼打几折？原价36083.50元。") == [])
        #expect(found("My laptop (GTIN 0971639620177) throws E:87") == [])
        #expect(found("numéro étudiant 53619202. Où trouver les résultats ?") == [])
        #expect(found("Total: € 0171 234567 is not a number anyone calls") == [])
    }
}
