import Testing

@testable import VeilPII

/// Brands and historical figures named like a person stay as written; people are found where only the shape of the
/// sentence, a saint's or Scottish family name, or a chat short form gives them away.
@Suite struct PeopleBrandsAndChatShortFormsTests {
    @Test func brandsNamedAfterPeopleStayBrands() {
        #expect(personNames("Is Sam's Club open on Sundays?").isEmpty)
        #expect(personNames("Any discount codes for Laura Ashley or Jimmy Choo?").isEmpty)
        #expect(personNames("Does Marie Callender's make a vegan pie?").isEmpty)
        #expect(personNames("Une tarte de chez Mademoiselle Desserts, c'est bon ?").isEmpty)
    }

    @Test func historicalEngineersAndExplorersAreNoPrivatePerson() {
        #expect(personNames("Essay on Isambard Kingdom Brunel and the Great Western").isEmpty)
        #expect(personNames("Summarize what Ernest Shackleton wrote about leadership").isEmpty)
    }

    @Test func aSaintsNameInsideAFamilyNameBelongsToIt() {
        #expect(personNames("Call Daniel St Jones at noon about the order") == ["Daniel St Jones"])
        #expect(personNames("I'm meeting Faith St. Clair at noon") == ["Faith St. Clair"])
    }

    @Test func aMacSurnameAfterAGivenNameThatIsAlsoAWordIsAPerson() {
        #expect(personNames("I'm meeting Mark MacLeod at the station") == ["Mark MacLeod"])
    }

    @Test func appleLaptopsAfterANameStayLaptops() {
        #expect(personNames("Mark MacBook Pro as returned").isEmpty)
    }

    @Test func theSpeakersCompanionAfterMeAndIsAPerson() {
        #expect(personNames("Split the taxi between me and Dawn") == ["Dawn"])
        #expect(personNames("Book a table for me and Miles tonight") == ["Miles"])
    }

    @Test func theOneCopiedInOnAMessageIsAPerson() {
        #expect(personNames("Send the notes to the team and copy Holly in") == ["Holly"])
        #expect(personNames("Can you loop Drew in on this?") == ["Drew"])
    }

    @Test func copyingTextInAPlaceNamesNoOne() {
        #expect(personNames("Copy this in the doc please").isEmpty)
    }

    @Test func chatShortFormsAndWelshGivenNamesAreGivenNames() {
        #expect(personNames("Text Abi when you land") == ["Abi"])
        #expect(personNames("Ring Davo about the van") == ["Davo"])
        #expect(personNames("Could you remind Bronwen about Friday?") == ["Bronwen"])
    }

    @Test func aLowerCaseGivenNameOpeningAMessageBeforeAPersonsVerbIsAPerson() {
        #expect(personNames("lynne wants to swap the early shift") == ["lynne"])
        #expect(personNames("geoffrey is running late, start without him") == ["geoffrey"])
    }

    @Test func aLowerCaseGivenNameBetweenAnAuxiliaryAndAPersonsActIsAPerson() {
        #expect(personNames("has jules paid you back yet") == ["jules"])
    }

    @Test func aLowerCaseWordBeforeTheSameVerbsStaysAWord() {
        #expect(personNames("did it say anything about refunds").isEmpty)
        #expect(personNames("everyone wants to swap the early shift").isEmpty)
        #expect(personNames("will wants to be a lawyer in this story").isEmpty)
        #expect(personNames("siri said the timer is done").isEmpty)
        #expect(personNames("nana wants to come for lunch").isEmpty)
    }
}

/// French given names that are also words (Aurore, Honoré, Fleur) where only a person fits: the subject of "demande
/// si" or "t'a rendu", or the one a note or thanks goes to.
@Suite struct FrenchWordGivenNamesInAPersonsPlaceTests {
    @Test func aWordGivenNameBeforeAVerbOfAskingOrPayingBackIsAPerson() {
        #expect(personNames("Aurore demande si le train part à 8 h") == ["Aurore"])
        #expect(personNames("Fleur t'a rendu le livre ?") == ["Fleur"])
    }

    @Test func aWordGivenNameAfterANoteOrThanksToIsAPerson() {
        #expect(personNames("Écris un mot à Clément pour le remercier") == ["Clément"])
    }

    @Test func aLowerCaseFrenchShortFormOpeningAMessageBeforeItsVerbIsAPerson() {
        #expect(personNames("manu arrive vers 9h, commencez sans nous") == ["manu"])
    }

    @Test func theSameVerbsAfterAThingNameNoOne() {
        #expect(personNames("La banque demande si le virement est fait").isEmpty)
        #expect(personNames("Un mot à part pour le dessert ?").isEmpty)
    }
}

/// Restaurants, shops and food brands named after their founders, in the possessive or joined by an ampersand.
@Suite struct FounderNamedChainsTests {
    @Test func aChainNamedAfterItsFounderIsNoPerson() {
        #expect(personNames("Is Jimmy John's open late?").isEmpty)
        #expect(personNames("Book a table at Frankie & Benny's for 6").isEmpty)
        #expect(personNames("Got a voucher for Charles Tyrwhitt shirts").isEmpty)
    }

    @Test func theFoundersGivenNameAloneIsStillAPerson() {
        #expect(personNames("Jimmy called about the van") == ["Jimmy"])
    }
}

/// Railway lines and games named like a person are things, not people.
@Suite struct LinesAndGamesNamedLikeAPersonTests {
    @Test func aRailwayLineOrAGameNamedLikeAPersonIsNoPerson() {
        #expect(personNames("Flats on the Elizabeth line reopen on the 21st").isEmpty)
        #expect(personNames("Is Baldur's Gate 3 worth buying?").isEmpty)
    }

    @Test func theSameNamesAloneAreStillPeople() {
        #expect(personNames("Elizabeth called about the rent") == ["Elizabeth"])
    }
}

/// A town named like a person after a word of moving through or away from a place.
@Suite struct TownsAfterWordsOfMovingTests {
    @Test func aTownAfterLeavingOrAroundIsTheTown() {
        #expect(personNames("Carpool: Anna Weber and me. Leaving Brooklyn at 9:00am").contains("Brooklyn") == false)
        #expect(personNames("Any good pubs around Lincoln for a Sunday roast?").isEmpty)
    }

    @Test func aPersonAfterTheSameWordsIsStillFoundWithACue() {
        #expect(personNames("Leaving Anna Weber a note about the rota") == ["Anna Weber"])
    }
}
