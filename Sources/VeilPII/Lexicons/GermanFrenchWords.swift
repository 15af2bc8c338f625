/// Curated German and French words for person-name recognition: titles, greetings, sign-offs, labels and the
/// capitalized words that never belong to a name.
///
/// German capitalizes every noun and both languages capitalize the first word of a sentence, so a capitalized word
/// says little on its own; these lists give the scanner the cues that do ("Frau Müller", "Hallo Jana,",
/// "Viele Grüße\nJonas Weber") and keep greetings, salutations and calendar words out of names.
enum GermanFrenchWords {
    /// Capitalized words that are never part of a name (sentence starters, greetings, calendar words, nouns that
    /// stand where a name could: "Hallo Team,", "Bonjour Madame,").
    static let stopWords = """
        der die das den dem des ein eine einen einem einer ich du er sie es wir ihr ihnen mein meine meinen unser \
        unsere bitte danke hallo guten tag morgen abend nacht sehr geehrte geehrter geehrten liebe lieber lieben \
        viele beste besten herzliche herzlichen freundliche freundlichen mit und oder aber für von bei nach aus \
        zum zur vom beim im am auf an in ist sind war hat haben wird kann soll muss gruß grüße grüßen gruss grüsse \
        team leute kollegen kolleginnen kollege kollegin zusammen alle allerseits freunde damen herren firma \
        kunde kundin kundenservice support service abteilung welt montag dienstag mittwoch donnerstag freitag \
        samstag sonntag januar februar märz april mai juni juli august september oktober november dezember heute \
        gestern straße strasse platz weg gasse allee ring herr herrn frau fräulein hr fr \
        le la les un une des du au aux je tu il elle nous vous ils elles mon ma mes notre nos votre vos bonjour \
        bonsoir salut merci cordialement bien madame monsieur mademoiselle mesdames messieurs mme mlle cher chère \
        chers chères équipe equipe tous toutes service client clients société lundi mardi mercredi jeudi vendredi \
        samedi dimanche janvier février mars avril juin juillet août septembre octobre novembre décembre \
        aujourd'hui demain hier rue avenue boulevard place chemin allée voici voilà oma opa mama papa mami papi \
        mutti vati tante onkel maman mamie papy tata tonton euer eure euren eurem eurer dein deine deinen deinem \
        ihre ihren ihrem unserem unseren unserer leur leurs \
        eltern kinder schüler schülerinnen studierende nachbarn nachbarinnen kunden kundinnen mitglieder \
        teilnehmende mitarbeitende mitarbeiterinnen gäste anwesende minus plus parents enfants élèves étudiants \
        voisins voisines collègues amis amies membres participants participantes invités
        """

    /// Titles after which the next capitalized words are a name ("Herr Weber", "Mme Lefèvre", "Maître Garnier",
    /// "M. Girard": a lone "M" counts only with its period).
    static let titles = """
        herr herrn frau fräulein hr fr dr prof monsieur madame mademoiselle mme mlle mmes maître docteur professeur m \
        händen nachbar nachbarn nachbarin voisin voisine oma opa tante onkel mamie papy papi tata tonton
        """

    /// Greetings and the like after which a listed given name, or a lone capitalized word closed by a comma, is a
    /// name ("Hallo Jana,", "Bonjour Élodie,", "Merci Paul !").
    static let weakCues =
        """
        hallo hallöchen liebe lieber moin servus grüezi grüessli danke bonjour bonsoir salut coucou cher chère merci \
        anniversaire félicitations slt bjr
        """

    /// French and German given names that are everyday words (désiré, modeste, colombe; Matze, Ralle): the name lists
    /// leave them out as words, so they are names only where the sentence says so (a sign-off, a list of people, a
    /// cue), like English "Hope".
    static let wordGivenNames = """
        désiré désirée modeste constant constance colombe aimé aimée fidèle prudence espérance félicité victoire céleste \
        clémence blanche reine ange matze ralle
        """

    /// Sign-offs: the capitalized words on the next line (or after a comma on the same line) are the author.
    static let closings = """
        grüße grüßen gruß grüsse grüssen gruss lg vg mfg cordialement salutations amicalement bises bisous \
        sincères respectueusement soirée journée bientôt amitiés vous merci danke bussi bussis gruess grüess tschüss \
        tschüs
        """

    /// Field labels that introduce a name when followed by a colon ("Ansprechpartner: Jonas Weber",
    /// "Destinataire : Élodie Garnier").
    static let labelWords = """
        ansprechpartner ansprechpartnerin kontaktperson absender empfänger empfängerin kunde kundin mieter \
        mieterin vermieter vermieterin patient patientin inhaber inhaberin antragsteller antragstellerin \
        teilnehmer teilnehmerin mitarbeiter mitarbeiterin vorname nachname destinataire expéditeur expediteur \
        interlocuteur interlocutrice responsable titulaire locataire propriétaire bénéficiaire demandeur \
        prénom prenom nom
        """
}
