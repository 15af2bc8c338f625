import Testing

@testable import VeilPII

@Suite struct NamesThatAreWordsTests {
    @Test func aNameThatIsAlsoAWordIsAPersonAfterToAndFor() {
        #expect(personNames("Please forward the minutes to Will and Frank before noon") == ["Will", "Frank"])
        #expect(personNames("Could you draft a birthday card for Grace?") == ["Grace"])
        #expect(personNames("I still owe an apology to Mark, he waited an hour") == ["Mark"])
        #expect(personNames("Any ideas for a leaving gift for Hope?") == ["Hope"])
    }

    @Test func aMorningGreetingAddressesAPerson() {
        #expect(personNames("Morning Jack! The van is outside.") == ["Jack"])
        #expect(personNames("Evening Rose, are we still on for Friday?") == ["Rose"])
    }

    @Test func chatShortFormsAreNamesWhereAPersonFits() {
        #expect(personNames("Lunch with Bex at noon, back by two") == ["Bex"])
        #expect(personNames("Note from Gaz: the printer is jammed again") == ["Gaz"])
        #expect(personNames("Kez reckons the pub quiz starts at eight") == ["Kez"])
        #expect(personNames("Laut Matze ist die Kantine heute zu") == ["Matze"])
        #expect(personNames("Schorsch bringt den Grill mit") == ["Schorsch"])
    }

    @Test func aFamilyNameByItsFormIsAPersonWhereOneFits() {
        #expect(personNames("Lunch with McAllister on Friday") == ["McAllister"])
        #expect(personNames("Has O'Hara replied yet?") == ["O'Hara"])
    }

    @Test func aFamilyNameAfterABareParticleIsAPerson() {
        #expect(personNames("Die Akten liegen bei von der Heyde im Büro") == ["von der Heyde"])
        #expect(personNames("As-tu des nouvelles de de Villiers ?") == ["de Villiers"])
        #expect(personNames("Lunch with van Dijk moved to Thursday") == ["van Dijk"])
        #expect(personNames("Ob Dr. von und zu Bergen heute Sprechstunde hat?") == ["von und zu Bergen"])
        #expect(personNames("de Villiers a appelé pour le devis") == ["de Villiers"])
        #expect(personNames("Demande à d'Estienne s'il vient") == ["d'Estienne"])
    }

    @Test func theSameWordsAsWordsStayUnchanged() {
        for text in [
            "Will the shop be open on Sunday?",
            "Please mark the invoice as paid and pay the bill",
            "I hope the grace period covers the late fee",
            "Good morning, the rose bush needs water",
            "Go for gold, and send the parcel to Paris by Friday",
            "Bist du morgen mit von der Partie?",
            "Ich hab die Tasche mit von Hand genähten Knöpfen",
            "On prend du pain pour du fromage",
            "Il parle à des Américains demain",
            "Is the MacBook covered by warranty?",
            "The bill from McKinsey came in today",
            "小时工的工资怎么算？",
            "老师的电话是多少？",
            "阿姨好，阿根廷队赢了",
            "老公今天加班，小龙虾明天再买",
            "谢谢光临，欢迎下次再来",
            "Hope you are well, see you in lane 3",
            "Bestellung Nr. 5521 kam gestern an",
            "Sa nouvelle Renault Zoé consomme peu",
        ] {
            #expect(personNames(text).isEmpty, "\(text)")
        }
    }

    @Test func chineseFamiliarFormsAndListsAreNames() {
        #expect(personNames("阿杰，在吗？") == ["阿杰"])
        #expect(personNames("王伟、李娜和梓涵一组") == ["王伟", "李娜", "梓涵"])
        #expect(personNames("王伟、李娜和建国一起去") == ["王伟", "李娜", "建国"])
        #expect(personNames("替我谢谢思远，上次帮了大忙") == ["思远"])
        #expect(personNames("你跟思远说一下，明早八点出发") == ["思远"])
        #expect(personNames("阿杰换号了") == ["阿杰"])
    }
}
