import Testing

@testable import VeilPII

/// The values each recognizer finds, as (type, exact text), for compact assertions.
private func found(_ text: String, known: Set<String> = []) -> [String] {
    let scanner = PIIScanner(configuration: PIIConfiguration(), today: 2026_11_29)
    let bytes = Array(text.utf8)
    return scanner.scan(text, knownNames: known).map {
        "\($0.type.rawValue):" + String(decoding: bytes[$0.range], as: UTF8.self)
    }
}

@Suite struct RecognizerTests {
    @Test func cardGluedToChineseIsFound() {
        #expect(found("我的卡号是4111111111111111谢谢") == ["CREDIT_CARD:4111111111111111"])
    }

    @Test func cardsWithSeparatorsAndFullWidthDigits() {
        #expect(found("card 4111 1111 1111 1111 ok") == ["CREDIT_CARD:4111 1111 1111 1111"])
        #expect(found("amex 3782-822463-10005.") == ["CREDIT_CARD:3782-822463-10005"])
        #expect(found("卡号４１１１１１１１１１１１１１１１") == ["CREDIT_CARD:４１１１１１１１１１１１１１１１"])
    }

    @Test func cardFailingLuhnOrUnknownIssuerIsLeftAlone() {
        #expect(found("card 4111111111111112") == [])
        #expect(found("number 9111111111111111") == [])
        #expect(found("Order #4111111111111111 shipped") == [])
    }

    @Test func unionPayIsCNBankCard() {
        #expect(found("银行卡6222021234567890129") == [])  // fails Luhn
        let valid = "6212345678901265"
        #expect(found("卡号" + valid) == ["CN_BANK_CARD:" + valid])
    }

    @Test func emailNeedsARealTLD() {
        #expect(found("write to Jane.Doe+x@Example.COM.") == ["EMAIL:Jane.Doe+x@Example.COM"])
        #expect(found("邮箱zhangsan@163.com谢谢") == ["EMAIL:zhangsan@163.com"])
        #expect(found("file report@v1.notatld and @@@@ a@b") == [])
        #expect(found("ｊｏｈｎ＠ｅｘａｍｐｌｅ．ｃｏｍ") == ["EMAIL:ｊｏｈｎ＠ｅｘａｍｐｌｅ．ｃｏｍ"])
    }

    @Test func phonesInNationalAndInternationalFormats() {
        #expect(found("call (415) 555-2671") == ["PHONE:(415) 555-2671"])
        #expect(found("call +1 415 555 2671") == ["PHONE:+1 415 555 2671"])
        #expect(found("UK 020 7946 0958") == ["PHONE:020 7946 0958"])
        #expect(found("DE +49 (0)30 12345678") == ["PHONE:+49 (0)30 12345678"])
        #expect(found("FR 01 23 45 67 89") == ["PHONE:01 23 45 67 89"])
        #expect(found("座机010-12345678") == ["PHONE:010-12345678"])
    }

    @Test func cnMobileFormatsAndNonMobiles() {
        #expect(found("手机13812345678") == ["CN_MOBILE:13812345678"])
        #expect(found("tel 138-1234-5678") == ["CN_MOBILE:138-1234-5678"])
        #expect(found("+86 138 1234 5678") == ["CN_MOBILE:+86 138 1234 5678"])
        #expect(found("0086 13812345678") == ["CN_MOBILE:0086 13812345678"])
        #expect(found("编号12345678901") == [])
        #expect(found("号码15412345678") == [])  // 154 is not allocated
    }

    @Test func ibanNeedsLengthAndMod97() {
        #expect(found("IBAN DE89 3704 0044 0532 0130 00") == ["IBAN:DE89 3704 0044 0532 0130 00"])
        #expect(found("GB82WEST12345698765432") == ["IBAN:GB82WEST12345698765432"])
        #expect(found("DE89 3704 0044 0532 0130 01") == [])
    }

    @Test func ipAddressesButNotVersions() {
        #expect(found("host 192.168.1.20:8080") == ["IP_ADDRESS:192.168.1.20"])
        #expect(found("服务器10.0.0.8谢谢") == ["IP_ADDRESS:10.0.0.8"])
        #expect(found("version 1.2.3.4") == [])
        #expect(found("1.2.3.4.5 and 256.1.1.1") == [])
        #expect(
            found("v6 2001:db8::8a2e:370:7334 and ::1") == ["IP_ADDRESS:2001:db8::8a2e:370:7334", "IP_ADDRESS:::1"])
        #expect(found("::ffff:192.0.2.1") == ["IP_ADDRESS:::ffff:192.0.2.1"])
        #expect(found("at 12:30:45 and std::vector") == [])
        #expect(found("chain 1:2:3:4:5:6:7:8:9:a") == [])
    }

    @Test func macAddresses() {
        #expect(found("mac 00:1A:2B:3C:4D:5E") == ["MAC:00:1A:2B:3C:4D:5E"])
        #expect(found("mac 00-1a-2b-3c-4d-5e.") == ["MAC:00-1a-2b-3c-4d-5e"])
        #expect(found("00:1A:2B:3C:4D") == [])
    }

    @Test func ssnRules() {
        #expect(found("SSN 123-45-6789") == ["US_SSN:123-45-6789"])
        #expect(found("SSN 666-45-6789, 900-12-3456, 123-00-4567, 123-45-0000") == [])
        #expect(found("ssn: 123456789") == ["US_SSN:123456789"])
        #expect(found("zip 123456789") == [])
    }

    @Test func residentIDChecksDateRegionAndCheckCharacter() {
        #expect(found("身份证11010519491231002X谢谢") == ["CN_RESIDENT_ID:11010519491231002X"])
        #expect(found("身份证110105194912310021") == [])  // wrong check character
        #expect(found("身份证990105194912310023") == [])  // no such province
        #expect(found("身份证110105203012310027") == [])  // born in the future
    }

    @Test func urlCredentialsAndQueryTokens() {
        #expect(
            found("https://bob:hunter2@db.example.com/x?token=abcd1234&x=1")
                == ["URL_CREDENTIAL:bob:hunter2", "URL_CREDENTIAL:abcd1234"])
        #expect(found("use api_key=XyZ987654 now") == ["URL_CREDENTIAL:XyZ987654"])
        #expect(found("monkey=banana https://example.com/a@b") == [])
    }

    @Test func credentialsInConfigurationAndProse() {
        #expect(
            found("aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
                == ["URL_CREDENTIAL:wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"])
        #expect(found("password: hunter2") == ["URL_CREDENTIAL:hunter2"])
        #expect(found(#""api_key": "a8f5f167f44f4964e6c998""#) == ["URL_CREDENTIAL:a8f5f167f44f4964e6c998"])
        #expect(found("db_password='S3cr3t!pass'") == ["URL_CREDENTIAL:S3cr3t!pass"])
        // A word after the colon is prose, not a credential.
        #expect(found("Password: reset required") == [])
        #expect(found("token: expired") == [])
        #expect(found("See https://example.com/token: docs") == [])
    }

    @Test func ibanInLowerCase() {
        #expect(found("iban: fr7630006000011234567890189") == ["IBAN:fr7630006000011234567890189"])
        #expect(found("IBAN de89 3704 0044 0532 0130 00") == ["IBAN:de89 3704 0044 0532 0130 00"])
        // Failing mod-97 in lower case is still consumed whole, and not read as a phone number.
        #expect(found("de89 3704 0044 0532 0130 01") == [])
    }

    @Test func secrets() {
        #expect(found("key sk-proj-abc123DEF456ghi789JKL012") == ["SECRET:sk-proj-abc123DEF456ghi789JKL012"])
        #expect(found("AKIAIOSFODNN7EXAMPLE") == ["SECRET:AKIAIOSFODNN7EXAMPLE"])
        #expect(
            found("ghp_" + String(repeating: "a1", count: 18)) == ["SECRET:ghp_" + String(repeating: "a1", count: 18)])
        #expect(found("xoxb-1234567890-abcdefghij") == ["SECRET:xoxb-1234567890-abcdefghij"])
        let jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"
        #expect(found("token " + jwt) == ["SECRET:" + jwt])
        let pem = "-----BEGIN RSA PRIVATE KEY-----\nMIIEabc\n-----END RSA PRIVATE KEY-----"
        #expect(found("key:\n" + pem + "\nthanks") == ["SECRET:" + pem])
        #expect(found("sk-this-is-not-a-real-key-at-all") == [])
    }

    @Test func englishPersonCues() {
        #expect(found("My name is John Smith.") == ["PERSON:John Smith"])
        #expect(found("Dear Grace, thanks") == ["PERSON:Grace"])
        #expect(found("ask Dr. Anderson") == ["PERSON:Anderson"])
        #expect(found("Regards,\nSarah Connor") == ["PERSON:Sarah Connor"])
        #expect(found("I'm Will") == ["PERSON:Will"])
    }

    @Test func wordsThatAreAlsoNamesStayWords() {
        #expect(found("Will you ask about the bill? Say grace in May.") == [])
    }

    @Test func chinesePersonNeedsCueOrHonorific() {
        #expect(found("我叫张伟，联系人：欧阳娜娜，王先生你好") == ["PERSON:张伟", "PERSON:欧阳娜娜", "PERSON:王"])
        #expect(found("方法很好，我很高兴，王国很大") == [])
    }

    @Test func chineseNamesAfterCueVerbsAndBeforeConfirmingPhrases() {
        #expect(found("张伟的电话是13912345678，请联系李娜。") == ["PERSON:张伟", "CN_MOBILE:13912345678", "PERSON:李娜"])
        #expect(found("刘洋说他明天到") == ["PERSON:刘洋"])
        #expect(found("联系方式见下方，我们的方法很好") == [])
        #expect(found("这是刘洋的简历，王芳的同事也看过。") == ["PERSON:刘洋", "PERSON:王芳"])
        #expect(found("文件的资料在高度的信息里") == [])
    }

    @Test func aChineseNameBeforeATimeWordIsTheSubjectButANounIsNot() {
        #expect(found("李明今天请假了，王芳明天出差。") == ["PERSON:李明", "PERSON:王芳"])
        #expect(found("张伟明天来。") == ["PERSON:张伟"])
        // Nouns that begin with a surname character, before the same time words: not names.
        #expect(found("马路今天封闭了，金价今天上涨，石油下周降价，江南明天下雨。") == [])
    }

    @Test func twoChineseNamesJoinedByAndAreBothNames() {
        #expect(found("李明和张丽今天请假。") == ["PERSON:李明", "PERSON:张丽"])
        #expect(found("王芳与刘洋的合同已经签了。") == ["PERSON:王芳", "PERSON:刘洋"])
        #expect(found("黄金和白银今天都涨了。") == [])
    }

    @Test func aLoneSurnameIsNotRememberedAsAName() {
        #expect(found("王先生来了，王国很大") == ["PERSON:王"])
    }

    @Test func namesInOtherLatinScriptLanguages() {
        #expect(found("Je m'appelle François Dupont.") == ["PERSON:François Dupont"])
        #expect(found("Ich heiße Jürgen Müller") == ["PERSON:Jürgen Müller"])
        #expect(found("Patient: María González") == ["PERSON:María González"])
    }

    @Test func namesFoundOnceAreFoundEverywhereAndListsApply() {
        #expect(found("Later Xiaoming said hi", known: ["Xiaoming"]) == ["PERSON:Xiaoming"])
        #expect(found("Zork wrote. My name is Zork.").count == 2)
        let scanner = PIIScanner(
            configuration: PIIConfiguration(personAllowList: ["Veily"], personDenyList: ["Qwerty Uiop"]))
        let text = "Dear Veily, Qwerty Uiop says hi"
        #expect(scanner.scan(text).map(\.type) == [.person])
    }

    @Test func hardNegativesSurvive() {
        let text =
            "Order #20240115 costs $1,299.00 on 2024-01-15 at 14:30, ISBN 978-3-16-148410-0, invoice INV-2024-00123, "
            + "zip 94103, tracking 1Z999AA10123456784, 订单号202401150001，总价¥3,500，版本v2.10.3"
        #expect(found(text) == [])
    }
}
