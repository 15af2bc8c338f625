/// Word lists for English person-name recognition: given names, surnames, cue words and stop words.
///
/// Given names are common US/UK/international first names. Names that are also everyday English words
/// (May, Will, Bill, Grace, Mark…) are listed as ambiguous: they count only after a cue or before a known
/// surname, so "May I ask" and "the bill" stay intact.
enum EnglishNames {
    static let givenNames = """
        aaron abigail adam adrian aiden alan albert alex alexander alexandra alexis alice alicia alison allison
        alvin amanda amelia amy andrea andrew angela angelina anita ann anna anne annie anthony antonio arthur
        ashley audrey austin barbara benjamin bernard beth betty beverly billy bobby bonnie brandon brenda brian
        brittany bruce bryan caleb cameron carl carlos carmen carol caroline carolyn catherine charles charlie
        charlotte cheryl chloe chris christian christina christine christopher cindy claire clara clarence claudia
        colin connor craig crystal cynthia daniel danielle david deborah debra denise dennis derek diana diane
        donald donna doris dorothy douglas dylan edward elaine eleanor elijah elizabeth ella ellen emily emma eric
        erica erin ethan eugene evelyn fernando fiona florence frances francis gabriel gabriella gary george
        georgia gerald gloria gordon gregory hailey hannah harold harry heather helen henry howard ian irene isaac
        isabella isabel jacob jacqueline james jamie janet janice jason jeffrey jennifer jeremy jerry jesse
        jessica joan joanna jocelyn joe joel johnny john jonathan jordan jose joseph joshua joyce juan judith judy
        julia julian julie justin karen katherine kathleen kathryn kathy katie keith kelly kenneth kevin kimberly
        kyle larry laura lauren lawrence leah leonard leslie liam lillian linda lisa logan lois lori louis louise
        lucas lucy luis madison margaret maria marie marilyn martha martin mary mason matthew megan melissa
        michael michelle mildred nancy natalie nathan nicholas nicole noah norma olivia oscar pamela patricia
        paul peter philip phillip rachel ralph randy raymond rebecca richard robert roger ronald roy russell ruth
        ryan samantha samuel sandra sara sarah scott sean sharon shirley sophia sophie stephanie stephen steven
        susan teresa theresa thomas timothy tyler victoria vincent virginia walter wayne william zachary
        abdul ahmed aisha akira alejandro ali amir ana andre anjali antoine arjun beatriz camila carla chen
        diego dmitri elena emilio fatima francesca giovanni hans hiroshi ibrahim igor ivan javier jorge juliana
        kenji lars leila lorenzo lucia luca manuel marco marcus maria mateo matteo miguel mohammed muhammad
        natasha nikolai omar pablo pedro priya rafael rahul raj ravi ricardo rosa sanjay santiago sergei sofia
        stefan svetlana takeshi tariq valentina vikram wei xavier yuki yusuf zara
        abby adele agnes aidan alana alberto alfred alina allen alyssa amber andy angie annette april arianna
        ariel arnold ashton aubrey autumn ava avery bailey barry beatrice becky belinda ben benny bernice bethany
        bianca blake bradley brady brett brianna bridget brooke bryce caitlin calvin candace carlton carrie casey
        cassandra cecilia cedric chad chelsea christy clayton clifford clinton cody colleen courtney curtis daisy
        dale dallas damian dana darlene darren dave dean deanna delia derrick desiree devin diego dominic donovan
        doug dustin dwayne eddie edgar edith edwin eileen elena eli elias elise eliza ellie elliot eloise emilia
        emmanuel erik ernest esther eva evan everett felicia felix fred freddie frederick gabrielle gail garrett
        gavin gene geoffrey gilbert gina glenn greg gwendolyn hallie harriet harvey hector heidi herbert holly
        hugh hugo isaiah ivy jack jackie jackson jade jake janelle janine jared jasmine jay jeanette jeff jenna
        jenny jerome jill jim jimmy joanne jodi jody joey jonah josephine josh joy julio kaitlyn kara karl kate
        katelyn kayla kelsey kendra kerry kim kirk kristen kristin kristina krystal kurt lance latoya leo leon
        leroy lester lewis lily lindsay lindsey lloyd lorraine lucille luke lydia mabel mackenzie maggie malcolm
        mandy marcia margarita marian marianne marion marisa marjorie marlene marshall marvin matt maureen max
        maxine maya meghan melanie melinda melvin mia micah miles milton miranda miriam mitchell molly monica
        morgan nadia naomi nathaniel neil nelson nina noel nora norman olive oliver owen paige patrick patsy
        paula pauline peggy penelope perry phyllis preston priscilla quentin rachael ramon randall raquel
        rebekah regina renee rhonda ricky riley rita roberta rodney roland ronnie rosemary ross ruben rudy sabrina
        sally salvador sam sandy savannah seth shane shannon shawn sheila shelby sheldon sherry sidney simon
        sonia stacy stanley stella stuart sue sydney sylvia tamara tammy tanya tara ted terrence terry thelma
        theodore tiffany tim tina toby todd tommy tony tracy travis trevor troy valerie vanessa vera veronica
        vicki victor violet vivian wade wallace warren wendy wesley whitney wilma yolanda yvonne zoe
        adriana alejandra alexa alfredo alison allan alma alonzo alvaro amalia andres angel angelica antonia
        ariana armando arturo aurora benito bertha blanca bradford brendan brent brittney bryant byron candice
        carmela carolina cassidy cesar charlene christopher cristina cole conrad consuelo cory dakota damon
        daniela danny darius darnell darryl deandre delores desmond devon dexter dolores dominique donnell dora
        dwight edmund eduardo efrain elisa ellis elsa emanuel enrique erica ernesto estela esteban ethel eunice
        fabian fannie fernando francisco gerardo gilberto giovanna gladys graciela guadalupe guillermo gustavo
        gwen hector herman hilda homer ignacio imogen ines isabelle ismael jaime jamal janet javier jeanne
        jennie jermaine jesus joanna joaquin johanna jonas juanita julius kari karina katrina keisha kendall
        kenny kristopher lacey lakisha latasha latoya leticia lila lionel lorena lorenzo lourdes lucas luciana
        luz malik marcos margarita mariah marisol marlon marta mathew maurice mercedes micheal milagros mohamed
        moses myra nadine nancy nestor nicolas noemi octavio olga orlando pablo patti pedro percy rachelle
        raul reginald rene reyna roberto rodrigo rogelio rolando rosalie rosario roxanne salvatore sergio
        shanice shaun sheena sherri sonya stacey stephan susana tabitha terrance thaddeus tobias tomas tonya
        ulysses valeria vance vernon vicente wanda wilbur willard xiomara yesenia yvette zachariah
        aarav aditya akash amit ananya anil arun deepak divya ganesh kavya krishna lakshmi manoj meera mohan
        neha nikhil pooja pradeep prakash rajesh rakesh ramesh rohit sandeep sanjana shreya sunil suresh vijay
        yusuf hamza hassan hussein karim khalid layla mustafa nour rania samir youssef zainab ayesha bilal
        haruto hana yuto sakura daiki yui ren minjun seojun jiwoo minseo seoyeon hyun jisoo
        olivier pierre camille mathieu julien nicolas thierry sebastien aurelien benoit celine
        klaus jurgen wolfgang dieter uwe heike ingrid sabine ursula matthias tobias florian
        giuseppe alessandro francesco giulia chiara federica paolo roberto stefano tom tommy bob bobby ben
        jürgen jörg björn søren josé maría françois frédéric hélène zoë chloé renée andré
        """

    /// Given names that are also common English words: names only after a cue or before a surname.
    static let ambiguousNames = """
        may will bill grace mark rose faith hope joy art frank jack pat rob dawn april june summer amber ruby
        hunter carter chase ray don guy hazel iris jewel crystal penny sky rich sunny victor lily holly
        ivy max miles king major earl dean gene glen cliff rocky sandy rusty woody forest river august august
        hope charity patience chance destiny harmony melody lane drew reed wade norm sterling price page grant
        marshall mason parker taylor morgan jordan austin dallas houston sydney madison savannah carolina
        virginia georgia florence christian misty brook brooke heath sage rowan victoria charlotte orlando regina
        chelsea mercedes alexa julia angel olive jesus phoenix trinity dakota cameron kennedy lincoln
        pip dom mo em fi gaz hols mags
        """

    /// Short forms that chat calls people by and that are no word of English, German or French: British and
    /// Australian ("Kez", "Bazza", "Stevo", "Davo", "Abi", "Benji"), French ("Manu", "Mathou") and Bavarian or
    /// Swabian ("Wasti", "Schorsch", "Lenchen"); and Welsh given names that the US-based lists lack (Bronwen, Cerys, Dafydd). The generated nickname
    /// table derives forms by rule; these are irregular, so they are listed by hand.
    static let shortForms = """
        kez tez shaz baz bazza gazza dazza shazza kezza macca deano stevo suze liv bex becs fliss lozza jonesy
        abi benji davo jamo johnno jacko timbo kaz hazza wazza manu mathou
        bronwen ffion cerys carys dafydd angharad eleri osian iolo aled gethin emyr
        wasti wastl lenchen fränzi schorsch babsi vroni hansl gretchen
        """

    static let surnames = """
        smith johnson williams brown jones garcia miller davis rodriguez martinez hernandez lopez gonzalez wilson
        anderson thomas taylor moore jackson martin lee perez thompson white harris sanchez clark ramirez lewis
        robinson walker young allen king wright scott torres nguyen hill flores green adams nelson baker hall
        rivera campbell mitchell carter roberts gomez phillips evans turner diaz parker cruz edwards collins
        reyes stewart morris morales murphy cook rogers gutierrez ortiz morgan cooper peterson bailey reed kelly
        howard ramos kim cox ward richardson watson brooks chavez wood james bennett gray mendoza ruiz hughes
        price alvarez castillo sanders patel myers long ross foster jimenez powell jenkins perry russell sullivan
        bell coleman butler henderson barnes gonzales fisher vasquez simmons romero jordan patterson alexander
        hamilton graham reynolds griffin wallace moreno west cole hayes bryant herrera gibson ellis tran medina
        aguilar stevens murray ford castro marshall owens harrison fernandez mcdonald woods washington kennedy
        wells vargas henry chen freeman webb tucker guzman burns crawford olson simpson porter hunter gordon
        mendez silva shaw snyder mason dixon munoz hunt hicks holmes palmer wagner black robertson boyd rose
        stone salazar fox warren mills meyer rice schmidt garza daniels ferguson nichols stephens soto weaver
        ryan gardner payne grant dunn kelley spencer hawkins arnold pierce vazquez hansen peters santos hart
        bradley knight elliott cunningham duncan armstrong hudson carroll lane riley andrews alvarado ray
        delgado berry perkins hoffman johnston matthews pena richards contreras willis carpenter lawrence
        sandoval guerrero george chapman rios estrada ortega watkins greene nunez wheeler valdez harper burke
        larson santiago maldonado morrison franklin carlson austin dominguez carr lawson jacobs obrien lynch
        singh vega bishop montgomery oliver jensen harvey williamson gilbert dean sims espinoza howell li wong
        wang zhang liu yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang xie song tang
        han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao
        jiang tan liao fan jin shi qian dai xia fu fang bai zou meng xiong qin qiu hou yin kong mao
        mueller muller schneider fischer weber becker schulz koch richter klein wolf neumann schwarz zimmermann
        dubois durand lefebvre moreau laurent bernard rossi russo ferrari esposito bianchi romano colombo
        ricci marino greco bruno gallo conti costa giordano mancini rizzo lombardi moretti sato suzuki takahashi
        tanaka watanabe ito yamamoto nakamura kobayashi kato park choi jung kang cho yoon jang lim shah kumar
        sharma gupta khan ali ahmed hussain ivanov petrov sidorov kowalski nowak novak silva pereira oliveira
        """

    /// Pinyin surnames, which in English text precede the given name ("Zhang Wei").
    static let pinyinSurnames = """
        wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang xie song
        tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen
        yao tan liao fan jin shi qian dai xia fu fang bai zou meng xiong qin qiu hou yin kong mao ouyang sima
        zhuge shangguan
        """

    /// Capitalized words that are never part of a name (sentence starters, calendar words, places, orgs).
    static let stopWords = """
        the a an i you he she we they it this that these those my your our his her their its me him us them
        and or but if in on at to for of from with by is are was were be been am as so not no yes ok okay
        please thanks thank hi hello hey dear mr mrs ms miss dr prof sir madam regards sincerely cheers best
        monday tuesday wednesday thursday friday saturday sunday january february march july september october
        november december today tomorrow yesterday street st road rd avenue ave boulevard blvd lane drive
        inc ltd llc corp co company group bank university college school hospital clinic city county state
        north south east west new old san los las santa united national international team support customer
        service card phone email mail account number address order invoice payment here there when where what
        who how why which all any some every each just also then now can could would should shall might must
        do does did have has had get got let see call send pay note re fw fwd subject hope kind warm many
        thank thanks welcome good great happy nice sorry yours truly love best wishes attn cc bcc from to
        american chinese english french german british canadian european asian africa america china england
        france germany canada europe asia london paris beijing shanghai tokyo york california texas
        street park center centre building floor room suite unit apt apartment
        everyone everybody folks guys friends both again there team all
        accounts payable receivable department dept billing sales marketing finance reception admin administration
        operations procurement purchasing helpdesk staff board committee council
        """

    /// Titles that put a name right after them.
    static let titles =
        """
        mr mrs ms miss mx dr prof mister madam sir lady lord rev herr frau monsieur mme mlle senor senora sr sra srta \
        aunt auntie uncle grandma grandpa granny
        """

    /// Words whose next capitalized word is a name, even for ambiguous names ("Hi Grace", "I'm Will").
    static let weakCues = """
        hi hiya heya hello hey oi dear im i'm thanks thank thx thnx met meet called named cc attn cheers ciao birthday bday congrats
        morning evening
        """

    /// Sign-offs: a capitalized name on the next line is the author.
    static let closings = "regards sincerely thanks cheers best yours respectfully cordially wishes xoxo hugs"
}
