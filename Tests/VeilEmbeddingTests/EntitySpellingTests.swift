import Testing
import VeilEmbedding

/// A name is the same name in capitals or in the plural ("ATM" / "ATMs"), and a chat filler written in capitals
/// ("Is it OK…") names nothing, while a function word's spelling that does name something ("the US") still must
/// be matched.
@Suite struct EntitySpellingTests {
    let standard = SemanticVerifier(strictness: .standard)

    @Test(arguments: [
        ("Is it OK to swim with contact lenses?", "is it ok to swim with contact lenses?"),
        ("Is it OK to swim with contact lenses?", "Is it okay to swim with contact lenses?"),
        ("What's the fee to use another bank's ATM?", "What's the fee to use another bank's ATMs?"),
        ("Which CDs pay the best rate?", "Which CD pays the best rate?"),
    ])
    func capitalsAndPluralsKeepTheName(pair: (String, String)) {
        #expect(standard.verify(stored: pair.0, query: pair.1).isAccepted)
    }

    @Test(arguments: [
        ("Can you ship this to the US?", "Can you ship this to us?"),
        ("What's the fee to use another bank's ATM?", "What's the fee to use another bank's app?"),
        ("Which TVs support Dolby Vision?", "Which TVs support Dolby Atmos?"),
    ])
    func anotherNameStillRefuses(pair: (String, String)) {
        #expect(!standard.verify(stored: pair.0, query: pair.1).isAccepted)
    }
}

/// A number is the same number glued to its unit ("50GB" / "50 GB") or spelled in words ("three hundred fifty",
/// "twenty-five"), and numbers joined by "between … and" may trade places; a different number still refuses.
@Suite struct NumberSpellingTests {
    let standard = SemanticVerifier(strictness: .standard)

    @Test(arguments: [
        ("Why is my data so slow after I use 50GB?", "Why is my data so slow after I use 50 GB?"),
        ("Can I pack a 10000mAh power bank?", "Can I pack a 10000 mAh power bank?"),
        ("Is the gym open 24 hours on weekends?", "is the gym open 24hrs on weekends?"),
        (
            "How do I convert 350 degrees Fahrenheit to Celsius?",
            "How do I convert three hundred fifty degrees Fahrenheit to Celsius?"
        ),
        (
            "How do I convert 350 degrees Fahrenheit to Celsius?",
            "How do I convert three hundred and fifty degrees Fahrenheit to Celsius?"
        ),
        ("Is 25 too old to start the piano?", "Is twenty-five too old to start the piano?"),
        ("Can I withdraw 5,000 dollars at once?", "Can I withdraw five thousand dollars at once?"),
        (
            "What's the price gap between the 128GB and 256GB models?",
            "What's the price gap between the 256GB and 128GB models?"
        ),
    ])
    func theSameNumberSpelledAnotherWayHits(pair: (String, String)) {
        #expect(standard.verify(stored: pair.0, query: pair.1).isAccepted)
    }

    @Test(arguments: [
        ("Why is my data so slow after I use 50GB?", "Why is my data so slow after I use 60 GB?"),
        (
            "How do I convert 350 degrees Fahrenheit to Celsius?",
            "How do I convert three fifty degrees Fahrenheit to Celsius?"
        ),
        ("Is 25 too old to start the piano?", "Is twenty too old to start the piano?"),
        ("Can I withdraw 5,000 dollars at once?", "Can I withdraw five hundred dollars at once?"),
        ("Is a recipe for 6 people enough for 4 people?", "Is a recipe for 4 people enough for 6 people?"),
    ])
    func anotherNumberStillRefuses(pair: (String, String)) {
        #expect(!standard.verify(stored: pair.0, query: pair.1).isAccepted)
    }
}
