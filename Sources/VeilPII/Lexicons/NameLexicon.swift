/// The name word lists compiled into hash tables the scanning loop can query without allocating.
///
/// English words are looked up by a 64-bit FNV-1a hash of their lowercased bytes (the lists are small and
/// fixed, so a collision with a real word is vanishingly unlikely and would only mis-tag one word). Chinese
/// characters are looked up by Unicode scalar value.
enum NameLexicon {
    struct Flags: OptionSet {
        let rawValue: UInt32

        // OptionSet's own `contains` and `isDisjoint` are generic and were not inlined: a call for every test of
        // every word's flags (1.6% of an English scan).
        @inline(__always) func contains(_ member: Flags) -> Bool { rawValue & member.rawValue == member.rawValue }

        @inline(__always) func isDisjoint(with other: Flags) -> Bool { rawValue & other.rawValue == 0 }

        static let given = Flags(rawValue: 1)
        static let ambiguous = Flags(rawValue: 2)
        static let surname = Flags(rawValue: 4)
        static let stop = Flags(rawValue: 8)
        static let title = Flags(rawValue: 16)
        static let weakCue = Flags(rawValue: 32)
        static let closing = Flags(rawValue: 64)
        static let pinyin = Flags(rawValue: 128)
        static let cue = Flags(rawValue: 256)
        /// A given name spelled like a lower-case French or German word (Pierre, Claire): a name unless it starts a
        /// sentence, where the word would be capitalized too.
        static let sentenceWord = Flags(rawValue: 512)
        /// A surname that is an everyday word (Müller, Koch, Petit): part of a name after a given name or a title,
        /// never after an unlisted capitalized word (German capitalizes every noun: "die Firma Koch").
        static let wordSurname = Flags(rawValue: 1024)
        /// A month name or abbreviation (Jan, June, Juli): not a name next to a day number.
        static let month = Flags(rawValue: 2048)
        /// A word after which a capitalized name belongs to a place or thing (rue, avenue, the).
        static let beforePlace = Flags(rawValue: 4096)
        /// A preposition of place (in, via, nach, à).
        static let placePreposition = Flags(rawValue: 8192)
        /// A verb that follows a person's name (est, hat, will).
        static let verbAfterName = Flags(rawValue: 16384)
        /// A verb of contacting a person (call, joindre, laut): capitalized words after it are a person.
        static let contactVerb = Flags(rawValue: 65536)
        /// An article or possessive (die, le, my): one capitalized word after it is a noun.
        static let article = Flags(rawValue: 131_072)
    }

    /// The flags that make a lower-case word worth more than a glance: cues, and given names typed in lower case.
    static let lowerCaseRelevant: Flags = [.given, .title, .cue, .weakCue, .closing, .contactVerb]

    @inline(__always) static func hashStep(_ h: UInt64, _ c: UInt8) -> UInt64 {
        (h ^ UInt64(c)) &* 0x100_0000_01b3
    }
    static let hashSeed: UInt64 = 0xcbf2_9ce4_8422_2325

    static func hash(_ word: Substring) -> UInt64 {
        // A native string's bytes are read in place; copying them to an array cost an allocation per word.
        word.utf8.withContiguousStorageIfAvailable(hash(bytes:))
            ?? Array(word.utf8).withUnsafeBufferPointer(hash(bytes:))
    }

    static func hash(bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h = hashSeed
        var k = 0
        while k < bytes.count {
            let c = bytes[k]
            if c >= 0xC3 && c <= 0xC5 && k + 1 < bytes.count {
                h = hashStep(hashStep(h, c), foldLatin(c, bytes[k + 1]))
                k += 2
                continue
            }
            h = hashStep(h, ByteClass.lower(c))
            k += 1
        }
        return h
    }

    /// The code point of the two-byte sequence `lead`, `trail` (U+00C0–U+017F when `lead` is 0xC3–0xC5).
    @inline(__always) static func latinScalar(_ lead: UInt8, _ trail: UInt8) -> UInt32 {
        UInt32(lead & 0x1F) << 6 | UInt32(trail & 0x3F)
    }

    /// Whether `lead`, `trail` encode a capital of Latin-1 (À–Þ, not ×) or Latin Extended-A (Ā, Ł, Ś, Ž …).
    @inline(__always) static func isUpperLatin(_ lead: UInt8, _ trail: UInt8) -> Bool {
        guard lead >= 0xC3 && lead <= 0xC5, trail & 0xC0 == 0x80 else { return false }
        let u = latinScalar(lead, trail)
        switch u {
        case 0xC0...0xDE: return u != 0xD7
        case 0x100...0x137, 0x14A...0x177: return u & 1 == 0
        case 0x139...0x148, 0x179...0x17E: return u & 1 == 1
        case 0x178: return true
        default: return false
        }
    }

    /// The trailing byte of the lower-case form of a two-byte Latin letter (the lead byte stays): names are looked
    /// up case-insensitively, Álvarez as álvarez. Letters whose lower case changes the lead byte are left as they are.
    @inline(__always) static func foldLatin(_ lead: UInt8, _ trail: UInt8) -> UInt8 {
        guard isUpperLatin(lead, trail) else { return trail }
        if lead == 0xC3 { return trail | 0x20 }
        return trail == 0xBF ? trail : trail + 1
    }

    /// Words that begin place names made of a name ("San Diego", "Santa Monica", "Los Angeles", "Fort Worth",
    /// "St. Louis", "Mount Vernon", "Lake Charles", "Hong Kong"), by hash: a name right after one is part of a place.
    static let placePrefixes = KeySet(
        "san santa santo são sao los las new fort port mount mt lake cape saint st sainte ste sankt rio porto hong"
            .split(separator: " ").map(hash)
    )

    /// Words after which the name before them names a street, a building or an institution ("Elizabeth Street",
    /// "Martin Luther King Jr. Blvd", "Nelson Mandela Bridge", "Sophie-Scholl Gymnasium"), by hash. Only a
    /// capitalized one counts, and words that are also common surnames (Park, Hall, Church, Lane) are left out: a
    /// surname after a given name is read as part of the name first.
    static let afterPlaceWords = KeySet(
        """
        street st road rd avenue ave boulevard blvd drive way square sq terrace crescent gardens bridge station \
        airport hospital college university school academy institute stadium arena museum library cathedral line \
        straße strasse str platz allee weg gasse damm ufer brücke bahnhof gymnasium schule realschule grundschule \
        universität klinik klinikum flughafen stadion day hotel hotels tunnel memorial monument falls embankment \
        quay wharf parade
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(hash)
    )

    /// German nouns that, joined to a name by a hyphen, make it the name of a thing ("Freud-Ausstellung",
    /// "Oetker-Restaurant", "Nobel-Preis"), besides ``afterPlaceWords``, by hash.
    static let compoundHeads = KeySet(
        """
        ausstellung restaurant museum haus preis stiftung institut syndrom effekt prinzip methode gesetz denkmal \
        zentrum saal halle archiv jahr konzert festival film buch biografie zitat brunnen turm park garten kirche \
        kapelle preisträger medaille verfahren theorem formel test kaserne werk werke gedenkstätte
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(hash)
    )

    /// Verbs of contacting or naming a person, after which capitalized words are a person ("call Tamsin Ashcroft",
    /// "joindre Fanny Delacroix", "laut Quirin von Aschwege"). Lower-case forms only: a capitalized one
    /// starts a sentence, where names of things follow as often.
    static let contactVerbs = """
        call text email e-mail ping ask tell contact message invite remind phone ring thank cc \
        appeler appelle appelez joindre contacter contactez convoqué convoque prévenir prévenez remercier \
        demandé laut frag fragt fragen ruf anrufen kontaktieren kontaktiert informieren
        """

    /// Words before a month name that make it the month ("im Juli", "in April", "since May", "fin juin"), by hash.
    static let monthContextWords = KeySet(
        """
        im in en of since until till by during early late mid next last this every seit bis ab anfang ende mitte \
        vom zum depuis fin début debut mi courant jusqu'en
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(hash)
    )

    /// Flags that keep a lower-case given name from being read as a name: a word (ambiguous, stop, sentence word) or
    /// a cue of some kind.
    /// Flags of words that are never a name after a person cue (see `Scan.cuedLowerCaseName`).
    static let notCuedName: Flags = [.stop, .title, .weakCue, .closing, .cue, .month, .article, .contactVerb]

    /// Words and phrases after which a lower-case given name is a person (a lower-case phrase per entry).
    static let strongPersonCues = KeySet(
        [
            "ask", "asked", "tell", "told", "remind", "ping", "frag", "frage", "fragt", "sag", "erinnere", "demande",
            "demandé", "demander", "frag mal", "frag doch", "reply to", "answer to", "antwort an", "antworte",
            "demandé à", "demande à", "demander à", "dis à", "écris à", "réponds à", "réponse à", "est qui",
            "c'est qui", "qui est", "who is", "who's", "wer ist", "talk to", "speak to", "sprich mit", "rede mit",
            "parle à", "message to", "schreib", "schreibe", "text", "message", "dire à", "nummer von",
            "handynummer von", "telefonnummer von", "numéro de", "coordonnées de", "number for",
        ].map { hash(Substring($0)) })

    /// Prepositions after which a lower-case given name that is no word is a person: "mit norma karge".
    static let weakPersonCues = KeySet(
        ["mit", "with", "avec", "für", "for", "pour"].map { hash(Substring($0)) })

    /// Conjunctions that join a second name to a first: "anne-laure et guy".
    static let pairConjunctions = KeySet(
        ["and", "und", "et", "or", "oder", "ou"].map { hash(Substring($0)) })

    /// Flags that keep a lower-case short form that is also a word (pip, em) from being a name after a greeting:
    /// any other use the lists know of the word ("will", "may", "fan").
    static let notShortFormName: Flags = [
        .stop, .title, .weakCue, .closing, .cue, .month, .verbAfterName, .pinyin, .article, .contactVerb,
    ]

    /// Given names and names that are also words: built once, not at every word (an array literal of flags is
    /// built at run time).
    static let givenOrAmbiguous: Flags = [.given, .ambiguous]

    /// Flags of words that are no name before "ever" ("did may ever …", "has it ever …").
    static let notBeforeEver: Flags = [.stop, .month, .cue]

    static let notLowerCaseName: Flags = [.ambiguous, .stop, .sentenceWord, .title, .weakCue, .closing, .cue, .pinyin]

    /// Words after which a capitalized name is part of a place or thing (avenue Victor-Hugo, rue Jean-Jaurès, the
    /// Elizabeth line, Gare Saint-Lazare).
    static let beforePlaceWords = """
        the rue avenue av boulevard bd place allée allee impasse quai cours chemin route square gare station lycée \
        lycee collège college école ecole université universite stade église eglise pont hôpital hopital \
        eggs crêpe crêpes crepe crepes tarte pêche poire salade salad sauce beef chicken torte \
        langage language sprache programmiersprache
        """

    /// Articles and possessives, after which one capitalized word is a noun, not a given name: German capitalizes
    /// every noun ("über die Heide", "im Sommer"), and "le Val d'Isère", "my Mac" name things. A name after one
    /// (the colloquial "die Anna") still counts when a cue or a surname makes it one.
    static let articleWords = """
        der die das dem des ein eine einen einem einer eines im vom zum zur beim le la les un une my your our their
        mein meine meinen meinem dein deine deinen deinem sein seine seinen seinem unser unsere euer eure
        """

    /// Brands named after people ("John Lewis", "Trader Joe's", 李宁), and London's railway lines and games named
    /// like one ("Elizabeth line", "Baldur's Gate"), "|"-separated: a name inside one is not a person.
    static let brands = """
        john lewis|trader joe|hugo boss|yves rocher|dr oetker|tommy hilfiger|ralph lauren|calvin klein|marc jacobs|\
        karl lagerfeld|louis vuitton|christian dior|giorgio armani|yves saint laurent|jack wolfskin|jack daniel|\
        marks & spencer|ben & jerry|earl grey|peter hahn|paul hartmann|christian louboutin|jean paul gaultier|李宁|周大福|周生生|\
        王老吉|张小泉|李锦记|老干妈|dr. oetker|dr martens|dr. martens|dr pepper|dr. pepper|dr scholl|dr. scholl|\
        dr hauschka|dr. hauschka|paul smith|ted baker|fred perry|ben sherman|stella mccartney|vivienne westwood|\
        alexander mcqueen|estée lauder|estee lauder|max factor|elizabeth arden|helena rubinstein|mary kay|\
        tim hortons|papa john|baskin robbins|harley davidson|rolls royce|aston martin|mercedes benz|john deere|\
        walt disney|warner bros|levi strauss|pierre cardin|nina ricci|guy laroche|jean patou|christian lacroix|\
        galeries lafayette|coco chanel|jil sander|wolfgang joop|joop|porsche|ferrari|lamborghini|\
        maserati|bugatti|peugeot|citroën|citroen|renault|michelin|chanel|hermès|lacoste|haribo|bahlsen|tchibo|\
        melitta|steiff|märklin|marklin|kellogg|heinz|cadbury|nestlé|nestle|黄飞红|张裕|王致和|陈李济|马应龙|\
        levi's|marie blachère|jean louis david|jean-louis david|franck provost|jacques dessange|eric kayser|\
        käthe wohlfahrt|pierre hermé|jeff de bruges|leroy merlin|camille albane|tom tailor|marc o'polo|\
        bruno banani|wendy's|mcdonald's|macy's|kellogg's|denny's|domino's|hardee's|arby's|applebee's|chili's|friendly's|\
        sainsbury's|dillard's|kohl's|lowe's|trader joe's|ben & jerry's|reese's|hershey's|luigi's mansion|\
        johnnie walker|jim beam|evan williams|jack daniel's|mrs fields|mrs. fields|lady grey|\
        arnold palmer|john daly|tom collins|morgan stanley|goldman sachs|jp morgan|j.p. morgan|charles schwab|\
        merrill lynch|lehman brothers|ernst & young|procter & gamble|johnson & johnson|dow jones|wells fargo|\
        holland & barrett|fortnum & mason|crabtree & evelyn|abercrombie & fitch|dolce & gabbana|barnes & noble|\
        michel et augustin|nando's|\
        sam's club|marie callender's|laura ashley|cath kidston|emma bridgewater|karen millen|ann summers|\
        dorothy perkins|miss selfridge|harvey nichols|jack wills|joe browns|jimmy choo|kate spade|\
        tory burch|tom ford|vera bradley|betsey johnson|anne klein|donna karan|kenneth cole|steve madden|\
        isaac mizrahi|liz claiborne|eddie bauer|l.l. bean|ll bean|tommy bahama|oscar de la renta|\
        victoria's secret|charlotte tilbury|bobbi brown|jo malone|laura mercier|pat mcgrath|kiehl's|burt's bees|\
        paul mitchell|john frieda|vidal sassoon|nicky clarke|toni & guy|russell hobbs|morphy richards|\
        little debbie|uncle ben's|chef boyardee|jimmy dean|orville redenbacher|newman's own|\
        mrs. butterworth's|mrs butterworth's|auntie anne's|papa john's|carl's jr|dave & buster's|ruth's chris|\
        p.f. chang's|chuck e. cheese|jack in the box|jenny craig|paddy power|\
        stella artois|captain morgan|jose cuervo|samuel adams|philip morris|tim horton's|kenny rogers roasters|\
        famous amos|wally amos|tom's of maine|hamilton beach|ruth's chris steak house|billy bob's|\
        mademoiselle desserts|guy degrenne|sonia rykiel|agnès b|hervé léger|isabel marant|paul bocuse|\
        william saurin|justin bridou|jean hénaff|mère poulard|françoise saget|jean-claude biguine|jean claude biguine|léon de bruxelles|\
        daniel moquet|jean delatour|pierre et vacances|pierre & vacances|lucien barrière|jean-paul hévin|jean paul hévin|\
        gaston lenôtre|maître coq|père dodu|carl zeiss|robert bosch|ernst leitz|gerry weber|betty barclay|\
        marc cain|rené lezard|josef seibel|alfred ritter|claus hipp|hans riegel|\
        jimmy john's|papa murphy's|raising cane's|long john silver's|jersey mike's|jason's deli|mcalister's deli|\
        moe's southwest grill|bob evans|famous dave's|tony roma's|wetzel's pretzels|little caesars|duncan hines|\
        mrs. smith's|mrs smith's|bob's red mill|fred meyer|harris teeter|dick's sporting goods|charles tyrwhitt|\
        brooks brothers|lane bryant|christopher & banks|frankie & benny's|frankie & benny|patisserie valerie|bella italia|\
        joseph joseph|james villas|thomas cook|jamie's italian|ella's kitchen|charlie bigham's|mr kipling|\
        mr. kipling|bernard matthews|captain birdseye|colonel sanders|ronald mcdonald|william grant's|\
        amy's kitchen|annie's homegrown|gordon's gin|hendrick's gin|church's chicken|captain d's|boston market|\
        culver's|zaxby's|smucker's|wrigley's|rowntree's|orville redenbacher's|dave's hot chicken|\
        kate spade new york|michael kors|john varvatos|ralph lauren polo|\
        elizabeth line|victoria line|baldur's gate|tony hawk's pro skater|sid meier's civilization|\
        tom clancy's|lara croft|professor layton
        """

    /// Prepositions of place, and verbs of leaving one: a one-word town right after one is the town ("via Chester",
    /// "to Eugene", "around Lincoln", "Leaving Brooklyn at 9").
    static let placePrepositions = """
        in to via from near at towards nach aus bei vers depuis à around through across outside past into leaving
        """

    /// Month names and abbreviations that are also given names (Jan 1, 11 Jan, June 3), and seasons that are also
    /// surnames (im Sommer, in Winter).
    static let months = """
        jan january feb mar apr april may jun june jul july aug august sep sept oct nov dec juni juli mai avril juin \
        summer winter spring autumn sommer frühling herbst été hiver automne printemps
        """

    /// Verbs that follow a person's name at the start of a sentence (French, German, English).
    static let verbsAfterName = """
        est a ai va vient fait dit sera était etait avait arrive part viendra sont ist hat war wird kommt sagt \
        schreibt ruft kann muss soll möchte is has was will says said can could would should
        """

    /// Lower-case particles inside names (Ludwig van Beethoven, Ana de Armas, Omar al Sharif), by hash.
    static let particles = KeySet(
        "van von vom der den de del della di da dos das du des le la bin ibn al el ter ten op zu und".split(
            separator: " "
        )
        .map(hash)
    )

    /// Epithets of rulers and characters ("Peter the Great", "Friedrich der Große", "Winnie the Pooh"): a name with
    /// one is history or fiction, not a person to protect.
    static let epithets = KeySet(
        """
        great terrible elder younger conqueror bold wise pious fair magnificent lionheart confessor pooh kid
        große großen großer weise kühne fromme grand grande bel hardi magnifique
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(hash)
    )

    /// Particles that are also articles or "and": names take them only after a first particle (van der, de la,
    /// von und zu).
    static let secondParticles = KeySet("der den des dem das und la".split(separator: " ").map(hash))

    /// Word flags by hash.
    static let english: WordTable = {
        var table = [UInt64: UInt32]()
        func add(_ list: String, _ flag: Flags) {
            for w in list.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
                table[hash(w), default: 0] |= flag.rawValue
            }
        }
        // The generated lists first: the curated ones below add their own flags on top (a curated stop word or
        // ambiguous name stays one).
        add(WorldNames.givenNames, .given)
        add(WorldNames.ambiguousGivenNames, .ambiguous)
        add(WorldNames.surnames, .surname)
        add(EuropeanNames.givenNames, .given)
        add(EuropeanNames.sentenceGivenNames, [.given, .sentenceWord])
        add(EuropeanNames.ambiguousGivenNames, .ambiguous)
        add(EuropeanNames.surnames, .surname)
        add(EuropeanNames.wordSurnames, [.surname, .wordSurname])
        add(EnglishNames.givenNames, .given)
        add(EnglishNames.shortForms, .given)
        add(EnglishNames.ambiguousNames, .ambiguous)
        add(EnglishNames.surnames, .surname)
        add(EnglishNames.pinyinSurnames, .pinyin)
        add(EnglishNames.stopWords, .stop)
        add(EnglishNames.titles, .title)
        add(EnglishNames.weakCues, .weakCue)
        add(EnglishNames.closings, .closing)
        add(GermanFrenchWords.stopWords, .stop)
        add(PublicNames.brandWords, .stop)
        add(GermanFrenchWords.titles, .title)
        add(GermanFrenchWords.weakCues, .weakCue)
        add(GermanFrenchWords.closings, .closing)
        // Only where the name lists have no entry: a listed given name (Constance, Blanche) stays one.
        for w in GermanFrenchWords.wordGivenNames.split(whereSeparator: { $0 == " " || $0 == "\n" })
        where (table[hash(w)] ?? 0) & Flags.given.rawValue == 0 {
            table[hash(w), default: 0] |= Flags.ambiguous.rawValue
        }
        add(cueList + " " + labelWords + " " + GermanFrenchWords.labelWords, .cue)
        add(months, .month)
        add(beforePlaceWords, .beforePlace)
        add(articleWords, .article)
        add(placePrepositions, .placePreposition)
        add(verbsAfterName, .verbAfterName)
        add(contactVerbs, .contactVerb)
        return WordTable(table)
    }()

    @inline(__always) static func flags(_ hash: UInt64) -> Flags { Flags(rawValue: english.lookup(hash)) }

    /// Short forms of given names (``Nicknames``), by hash: a table of their own, so that the word table every word
    /// is looked up in keeps its size (2,000 more words would double it and slow every lookup).
    static let nicknames = KeySet(Nicknames.givenNames.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(hash))

    /// ``flags(_:)``, with a short form (Steph, Basti, Juju) read as a given name where no list but the surnames has
    /// the word: any other tag a list gives it decides.
    @inline(__always) static func flagsWithNicknames(_ hash: UInt64) -> Flags {
        let f = flags(hash)
        if f.rawValue & ~(Flags.surname.rawValue | Flags.wordSurname.rawValue) == 0, nicknames.contains(hash) {
            return Flags(rawValue: f.rawValue | Flags.given.rawValue)
        }
        return f
    }

    /// Towns, brands and public figures named like a person, by the hash of their lower-case words joined by single
    /// spaces ("milton keynes", "john lewis", "isaac newton", 李宁, 诸葛亮). A table of their own: they are looked up
    /// only when a name is about to be reported, and kept out of ``english`` they do not slow every word's lookup.
    static let namedPhrases = KeySet(
        (PlaceNames.towns + "|" + brands + "|" + PublicNames.phrases).split(separator: "|").map {
            hash($0.trimmingSpaces)
        })

    /// ``PublicNames/mononyms``, by hash.
    static let mononyms = KeySet(PublicNames.mononyms.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(hash))

    /// Whether `hash` is the phrase hash of one of ``namedPhrases``.
    @inline(__always) static func isNamedPhrase(_ hash: UInt64) -> Bool { namedPhrases.contains(hash) }

    /// Field labels that introduce a name when followed by a colon ("Patient: Jane Doe").
    static let labelWords = """
        patient customer client employee user author applicant recipient sender owner holder cardholder beneficiary \
        passenger guest tenant witness signature from to cc bcc by manager doctor teacher student assignee reporter \
        requester approver reviewer driver buyer seller landlord contractor member candidate participants \
        participant attendees attendee
        """

    /// Words that cue a name in ``Scan/scanPerson(at:)`` besides the labels.
    static let cueList =
        "name named signed contact attn dear i is m'appelle appelle heiße heisse llamo chiamo nom namen ich je"

    /// Cue words handled one by one in ``Scan/scanPerson(at:)``, by hash.
    static let cueWords: [UInt64: String] = {
        var out = [UInt64: String]()
        for w in ["name", "named", "signed", "contact", "attn", "dear", "i", "is"] { out[hash(Substring(w))] = w }
        // "je m'appelle", "ich heiße", "me llamo", "mi chiamo": the next words are the name.
        for w in ["m'appelle", "appelle", "heiße", "heisse", "llamo", "chiamo"] { out[hash(Substring(w))] = "named" }
        // "mon nom est …" reads as "my name is …"; "ich bin …", "je suis …" as "I am …".
        out[hash("nom")] = "name"
        out[hash("namen")] = "name"
        for w in ["ich", "je"] { out[hash(Substring(w))] = "i" }
        let labels = labelWords + " " + GermanFrenchWords.labelWords
        for w in labels.split(whereSeparator: { $0 == " " || $0 == "\n" }) where out[hash(w)] == nil {
            out[hash(w)] = "label"
        }
        return out
    }()

    static func scalars(_ s: String) -> Set<UInt32> {
        Set(s.unicodeScalars.filter { $0.value >= 0x3400 }.map(\.value))
    }

    static let surnames: Set<UInt32> = scalars(ChineseNames.singleSurnames + ChineseNameData.surnames)
    static let stopCharacters: Set<UInt32> = scalars(ChineseNames.stopCharacters)
    static let frequentSurnames: Set<UInt32> = scalars(ChineseNames.frequentSurnames)

    static func phrases(_ s: String) -> [[UInt8]] {
        s.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { Array($0.utf8) }
    }

    /// Per-ideograph flags for U+4E00–U+9FFF, so the scanning loop tests a CJK character with one array read.
    static let ideographSurname: UInt16 = 1
    static let ideographStop: UInt16 = 2
    static let ideographCueStart: UInt16 = 4
    static let ideographHonorificStart: UInt16 = 8
    static let ideographCompoundStart: UInt16 = 16
    static let ideographTrailingStart: UInt16 = 32
    /// Common in given names (``ChineseNames/givenNameCharacters`` and ``ChineseNameData/givenNameCharacters``).
    static let ideographGiven: UInt16 = 64
    /// Starts a phrase of ``ChineseNames/subjectVerbs``.
    static let ideographVerbStart: UInt16 = 128
    /// Starts a phrase of ``ChineseNames/closings``.
    static let ideographClosingStart: UInt16 = 256
    /// Is, or ends, a phrase of ``ChineseNames/objectCues``.
    static let ideographObjectCueEnd: UInt16 = 512
    /// Starts a candidate of ``Scan/scoredChineseName(at:)``: a surname of its tables, a character typical of given
    /// names, or 小/老.
    static let ideographScoreStart: UInt16 = 1024
    /// Starts a phrase of ``ChineseNames/timeWords``.
    static let ideographTimeStart: UInt16 = 2048
    static let ideographFlags: [UInt16] = {
        var table = [UInt16](repeating: 0, count: 0xA000 - 0x4E00)
        func mark(_ u: UInt32, _ flag: UInt16) {
            if u >= 0x4E00 && u < 0xA000 { table[Int(u - 0x4E00)] |= flag }
        }
        for u in surnames { mark(u, ideographSurname) }
        for u in stopCharacters { mark(u, ideographStop) }
        for u in cues.keys { mark(u, ideographCueStart) }
        for u in honorifics.keys { mark(u, ideographHonorificStart) }
        for pair in compoundSurnames { mark(UInt32(pair >> 32), ideographCompoundStart) }
        for u in trailingCues.keys { mark(u, ideographTrailingStart) }
        for u in givenNameCharacters { mark(UInt32(truncatingIfNeeded: u), ideographGiven) }
        for u in verbCues.keys { mark(u, ideographVerbStart) }
        for u in closings.keys { mark(u, ideographClosingStart) }
        for u in timeCues.keys { mark(u, ideographTimeStart) }
        for phrase in objectCues { mark(phrase.last ?? 0, ideographObjectCueEnd) }
        for k in ChineseScore.surname.indices
        where ChineseScore.surname[k] != Int8.min || ChineseScore.singleClass[k] & 32 != 0 {
            mark(UInt32(k + 0x4E00), ideographScoreStart)
        }
        mark(0x5C0F, ideographScoreStart)
        mark(0x8001, ideographScoreStart)
        return table
    }()

    @inline(__always) static func ideograph(_ u: UInt32) -> UInt16 {
        u >= 0x4E00 && u < 0xA000 ? ideographFlags[Int(u - 0x4E00)] : 0
    }

    /// The space-separated phrases of `list` as UTF-8, keyed by their first scalar (one dictionary read per
    /// position rules most of them out).
    static func phrasesByFirstScalar(_ list: String) -> [UInt32: [[UInt8]]] {
        var out = [UInt32: [[UInt8]]]()
        for p in list.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            guard let first = p.unicodeScalars.first?.value else { continue }
            out[first, default: []].append(Array(p.utf8))
        }
        return out
    }

    /// Phrases after a surname + given name that confirm it, keyed by first scalar.
    static let trailingCues = phrasesByFirstScalar(ChineseNames.trailingCues)

    /// ``ChineseNames/timeWords`` by first scalar.
    static let timeCues = phrasesByFirstScalar(ChineseNames.timeWords)

    static let givenNameCharacters = KeySet(
        scalars(ChineseNames.givenNameCharacters + ChineseNameData.givenNameCharacters).map { UInt64($0) })

    /// ``ChineseNames/innerGivenCharacters``.
    static let innerGivenCharacters = KeySet(scalars(ChineseNames.innerGivenCharacters).map { UInt64($0) })

    /// ``ChineseNames/subjectVerbs`` by first scalar.
    static let verbCues = phrasesByFirstScalar(ChineseNames.subjectVerbs)

    /// ``ChineseNames/closings`` by first scalar.
    static let closings = phrasesByFirstScalar(ChineseNames.closings)

    /// ``ChineseNames/objectCues`` as scalar sequences (one or two scalars), matched backwards from a surname.
    static let objectCues: [[UInt32]] = ChineseNames.objectCues.split(whereSeparator: { $0 == " " || $0 == "\n" })
        .map { $0.unicodeScalars.map(\.value) }

    /// Common words beginning with a surname character, by their two scalars (curated, and jieba's frequent ones), in
    /// simplified and traditional spelling (龙虾, 龍蝦).
    static let commonWords: KeySet = {
        var out = Set<UInt64>()
        let words = ChineseNames.withTraditionalSpellings(
            ChineseNames.commonWords + " " + ChineseNameData.everydayWords)
        for p in words.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            let u = p.unicodeScalars.map(\.value)
            if u.count == 2 { out.insert(UInt64(u[0]) << 32 | UInt64(u[1])) }
        }
        return KeySet(out)
    }()

    /// Rare words and people's roles that begin with a surname character (``ChineseRareWords``,
    /// ``ChineseNames/roleWords``), by their two scalars, in simplified and traditional spelling (毛裤, 顧問).
    static let rareWords: KeySet = {
        var traditionalOf: [UInt32: [UInt32]] = [:]
        for (t, s) in zip(TraditionalChinese.traditional.unicodeScalars, TraditionalChinese.simplified.unicodeScalars) {
            traditionalOf[s.value, default: []].append(t.value)
        }
        var out = Set<UInt64>()
        func insert(_ u1: UInt32, _ u2: UInt32) {
            for f in [u1] + traditionalOf[u1, default: []] {
                for s in [u2] + traditionalOf[u2, default: []] { out.insert(UInt64(f) << 32 | UInt64(s)) }
            }
        }
        var pending: UInt32 = 0
        for u in ChineseRareWords.words.unicodeScalars where u.value >= 0x4E00 {
            if pending == 0 {
                pending = u.value
            } else {
                insert(pending, u.value)
                pending = 0
            }
        }
        for p in ChineseNames.roleWords.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            let u = p.unicodeScalars.map(\.value)
            if u.count == 2 { insert(u[0], u[1]) }
        }
        return KeySet(out)
    }()

    /// ``ChineseRareWords/threeCharacterWords`` as `u1 << 42 | u2 << 21 | u3`, the key of ``ChineseScore/surnameWords``.
    static let rareThreeCharacterWords: KeySet = {
        var out: [UInt64] = []
        var key: UInt64 = 0
        var count = 0
        for u in ChineseRareWords.threeCharacterWords.unicodeScalars where u.value >= 0x4E00 {
            key = key << 21 | UInt64(u.value)
            count += 1
            if count == 3 {
                out.append(key)
                key = 0
                count = 0
            }
        }
        return KeySet(out)
    }()

    /// The first two scalars of every Chinese brand and public name (李宁, 诸葛亮, 贾宝玉): the one lookup that lets
    /// the scanner skip hashing the phrases at the many characters that begin none.
    static let publicNameStarts: KeySet = {
        var out = Set<UInt64>()
        for phrase in (brands + "|" + PublicNames.phrases).split(separator: "|") {
            let u = phrase.trimmingSpaces.unicodeScalars.map(\.value)
            if u.count >= 2, u[0] >= 0x4E00 { out.insert(UInt64(u[0]) << 32 | UInt64(u[1])) }
        }
        return KeySet(out)
    }()

    /// Compound surnames distinctive enough to mark a name on their own.
    static let distinctiveCompoundSurnames: KeySet = {
        var out = Set<UInt64>()
        for p in ChineseNames.distinctiveCompoundSurnames.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            let u = p.unicodeScalars.map(\.value)
            if u.count == 2 { out.insert(UInt64(u[0]) << 32 | UInt64(u[1])) }
        }
        return KeySet(out)
    }()

    /// Compound surnames keyed by their two scalars.
    static let compoundSurnames: KeySet = {
        var out = Set<UInt64>()
        let list = ChineseNames.compoundSurnames + " " + ChineseNameData.compoundSurnames
        for p in list.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            let u = p.unicodeScalars.map(\.value)
            if u.count == 2 { out.insert(UInt64(u[0]) << 32 | UInt64(u[1])) }
        }
        return KeySet(out)
    }()

    /// Honorifics keyed by first scalar, longest first so 总经理 wins over 总.
    static let honorifics: [UInt32: [[UInt8]]] = {
        var out = phrasesByFirstScalar(ChineseNames.honorifics)
        for key in out.keys { out[key]?.sort { $0.count > $1.count } }
        return out
    }()

    /// Cue phrases keyed by their first scalar; `true` when the name needs no listed surname.
    static let cues: [UInt32: [(phrase: [UInt8], label: Bool)]] = {
        var out = [UInt32: [(phrase: [UInt8], label: Bool)]]()
        for (list, label) in [(ChineseNames.labelCues, true), (ChineseNames.surnameCues, false)] {
            for (first, phrases) in phrasesByFirstScalar(list) {
                out[first, default: []] += phrases.map { (phrase: $0, label: label) }
            }
        }
        for key in out.keys { out[key]?.sort { $0.phrase.count > $1.phrase.count } }
        return out
    }()

    /// Titles and greetings that stand right before a name (主任聂建华, 家长何兵, 你好仇明), keyed by their last scalar,
    /// as scalar sequences to match backwards from a surname.
    static let leadingTitleMap: ScalarMap<[[UInt32]]> = {
        var out = [UInt32: [[UInt32]]]()
        for phrase in (ChineseNames.honorifics + " " + ChineseNames.leadingCues).split(whereSeparator: {
            $0 == " " || $0 == "\n"
        }) {
            let u = phrase.unicodeScalars.map(\.value)
            if let last = u.last { out[last, default: []].append(u) }
        }
        return ScalarMap(out)
    }()

    /// The phrase tables above as ``ScalarMap``s, for the scanning loop.
    static let honorificMap = ScalarMap(honorifics)
    static let trailingCueMap = ScalarMap(trailingCues)
    static let timeCueMap = ScalarMap(timeCues)
    static let verbCueMap = ScalarMap(verbCues)
    static let closingMap = ScalarMap(closings)
    static let cueMap = ScalarMap(cues)
}

extension Substring {
    /// Without leading and trailing spaces and newlines (no Foundation in this module).
    fileprivate var trimmingSpaces: Substring {
        var out = self
        while let c = out.first, c == " " || c == "\n" { out.removeFirst() }
        while let c = out.last, c == " " || c == "\n" { out.removeLast() }
        return out
    }
}
