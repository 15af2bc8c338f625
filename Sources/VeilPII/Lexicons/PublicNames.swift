/// Names of public figures and fictional characters ("isaac newton", "charles de gaulle", "harry potter", 诸葛亮,
/// 贾宝玉) and of brands shaped like a person's name (杨国福, "pierre hermé"): a prompt that mentions them talks about
/// history, fiction or a shop, not about a person whose data needs protecting. "|"-separated phrases, Latin script in
/// lower case with single spaces.
///
/// Written for Veil from general knowledge (no external list): people who died or are known worldwide, characters of
/// literature, film and myth, in English, German, French and Chinese. A name that is also among the most common names
/// of ordinary people (John Smith, 王伟, 李娜) is left out, because listing it would make every person of that name
/// pass unprotected.
enum PublicNames {
    static let phrases = """
        harry styles|taylor swift|ed sheeran|billie eilish|dua lipa|lady gaga|beyoncé knowles|rihanna fenty|\
        justin bieber|ariana grande|bruno mars|elton john|paul mccartney|mick jagger|david bowie|freddie mercury|\
        michael jackson|whitney houston|amy winehouse|stevie wonder|bob dylan|bruce springsteen|dolly parton|\
        emma raducanu|andy murray|roger federer|rafael nadal|novak djokovic|serena williams|venus williams|\
        lionel messi|cristiano ronaldo|kylian mbappé|kylian mbappe|zinedine zidane|david beckham|harry kane|\
        lewis hamilton|max verstappen|michael schumacher|sebastian vettel|usain bolt|simone biles|tiger woods|\
        helene fischer|herbert grönemeyer|udo lindenberg|dieter bohlen|heidi klum|thomas müller|manuel neuer|\
        franz beckenbauer|steffi graf|boris becker|dirk nowitzki|angela merkel|olaf scholz|helmut kohl|\
        emmanuel macron|jacques chirac|françois mitterrand|édith piaf|edith piaf|johnny hallyday|serge gainsbourg|\
        céline dion|celine dion|omar sy|marion cotillard|gérard depardieu|gerard depardieu|brigitte bardot|tom hanks|\
        meryl streep|leonardo dicaprio|brad pitt|angelina jolie|tom cruise|denzel washington|emma watson|\
        daniel radcliffe|keanu reeves|morgan freeman|scarlett johansson|jennifer lawrence|oprah winfrey|\
        martha stewart|gordon ramsay|jamie oliver|nigella lawson|mary berry|david attenborough|stephen hawking|\
        marie curie|nikola tesla|ada lovelace|alan turing|steve jobs|bill gates|elon musk|mark zuckerberg|jeff bezos|\
        warren buffett|barack obama|michelle obama|joe biden|donald trump|kamala harris|hillary clinton|bill clinton|\
        rishi sunak|boris johnson|keir starmer|theresa may|margaret thatcher|tony blair|king charles|prince william|\
        prince harry|princess diana|kate middleton|meghan markle|j.k. rowling|jk rowling|stephen king|agatha christie|\
        roald dahl|\
        frederick douglass|sojourner truth|susan b. anthony|susan b anthony|booker t. washington|thurgood marshall|\
        emmeline pankhurst|\
        isambard kingdom brunel|thomas telford|george stephenson|john logie baird|joseph lister|edward jenner|\
        robert falcon scott|ernest shackleton|edmund hillary|david livingstone|horatio nelson|william wilberforce|\
        mary seacole|grace darling|edith cavell|christopher wren|capability brown|joseph bazalgette|\
        isaac newton|charles darwin|william shakespeare|winston churchill|queen victoria|queen elizabeth ii|\
        elizabeth i|elizabeth ii|henry viii|henry the eighth|king henry viii|william the conqueror|\
        richard the lionheart|oliver cromwell|florence nightingale|charles dickens|jane austen|charlotte brontë|\
        emily brontë|francis drake|captain cook|james watt|michael faraday|alan turing|ada lovelace|charles babbage|\
        stephen hawking|tim berners-lee|alexander fleming|john locke|david hume|bertrand russell|john milton|\
        william blake|lord byron|mary shelley|john keats|oscar wilde|george orwell|virginia woolf|james joyce|\
        agatha christie|arthur conan doyle|j. r. r. tolkien|c. s. lewis|lewis carroll|h. g. wells|\
        george bernard shaw|daniel defoe|jonathan swift|ian fleming|roald dahl|enid blyton|beatrix potter|\
        a. a. milne|j. k. rowling|jk rowling|bram stoker|ernest rutherford|rosalind franklin|david attenborough|\
        jane goodall|jack the ripper|william wallace|mary queen of scots|king george iii|princess diana|lady diana|\
        prince charles|king charles iii|margaret thatcher|tony blair|boris johnson|george washington|abraham lincoln|\
        thomas jefferson|john f. kennedy|jackie kennedy|franklin d. roosevelt|eleanor roosevelt|theodore roosevelt|\
        richard nixon|ronald reagan|barack obama|michelle obama|donald trump|joe biden|bill clinton|hillary clinton|\
        george w. bush|jimmy carter|harry s. truman|benjamin franklin|alexander hamilton|martin luther king|\
        martin luther king jr|martin luther king jr.|malcolm x|rosa parks|harriet tubman|thomas edison|\
        thomas alva edison|nikola tesla|alexander graham bell|wright brothers|henry ford|steve jobs|bill gates|\
        elon musk|mark zuckerberg|jeff bezos|warren buffett|oprah winfrey|walt disney|neil armstrong|buzz aldrin|\
        amelia earhart|mark twain|edgar allan poe|ernest hemingway|f. scott fitzgerald|john steinbeck|walt whitman|\
        emily dickinson|harper lee|toni morrison|maya angelou|stephen king|george r. r. martin|richard feynman|\
        carl sagan|robert oppenheimer|al capone|bonnie and clyde|elvis presley|marilyn monroe|charlie chaplin|\
        audrey hepburn|alfred hitchcock|steven spielberg|stanley kubrick|quentin tarantino|tom hanks|\
        leonardo dicaprio|arnold schwarzenegger|jackie chan|hayao miyazaki|frank sinatra|bob marley|bob dylan|\
        jimi hendrix|john lennon|paul mccartney|freddie mercury|david bowie|elton john|louis armstrong|taylor swift|\
        luciano pavarotti|lionel messi|cristiano ronaldo|diego maradona|usain bolt|serena williams|roger federer|\
        rafael nadal|novak djokovic|steffi graf|boris becker|tiger woods|michael schumacher|david beckham|\
        paris hilton|kim kardashian|taylor swift|elon musk|jeff bezos|bill gates|mark zuckerberg|steve jobs|\
        zinedine zidane|kylian mbappé|franz beckenbauer|michael phelps|kobe bryant|lebron james|yao ming|\
        jesus christ|jesus christus|jésus christ|virgin mary|jungfrau maria|vierge marie|mary magdalene|\
        john the baptist|saint peter|saint paul|francis of assisi|franz von assisi|françois d'assise|thomas aquinas|\
        thomas von aquin|augustine of hippo|saint nicholas|sankt nikolaus|saint nicolas|saint patrick|\
        saint valentine|sankt martin|pontius pilate|judas iscariot|adam and eve|adam und eva|king solomon|\
        gautama buddha|siddhartha gautama|prophet muhammad|dalai lama|mother teresa|mutter teresa|mère teresa|\
        pope francis|papst franziskus|pape françois|pope john paul ii|john paul ii|johannes paul ii|jean-paul ii|\
        pope benedict xvi|john calvin|martin luther|hildegard von bingen|santa claus|father christmas|père noël|\
        le père noël|king arthur|könig artus|roi arthur|sir lancelot|robin hood|william tell|wilhelm tell|\
        guillaume tell|pied piper of hamelin|rattenfänger von hameln|baron münchhausen|baron munchausen|\
        till eulenspiegel|doktor faust|tristan und isolde|julius caesar|jules césar|augustus caesar|mark antony|\
        marcus aurelius|alexander the great|alexander der große|alexandre le grand|constantine the great|\
        attila the hun|genghis khan|dschingis khan|gengis khan|kublai khan|marco polo|peter the great|\
        peter der große|pierre le grand|catherine the great|katharina die große|catherine la grande|\
        ivan the terrible|iwan der schreckliche|grigori rasputin|leo tolstoy|fyodor dostoevsky|anton chekhov|\
        alexander pushkin|vladimir lenin|joseph stalin|josef stalin|leon trotsky|karl marx|friedrich engels|\
        mikhail gorbachev|boris yeltsin|vladimir putin|volodymyr zelensky|dmitri mendeleev|yuri gagarin|\
        galileo galilei|leonardo da vinci|michelangelo buonarroti|sandro botticelli|dante alighieri|\
        niccolò machiavelli|christopher columbus|christoph kolumbus|christophe colomb|vasco da gama|\
        ferdinand magellan|giuseppe verdi|giacomo puccini|antonio vivaldi|benito mussolini|pablo picasso|\
        salvador dalí|salvador dali|miguel de cervantes|el greco|antoni gaudí|frida kahlo|gabriel garcía márquez|\
        pablo neruda|simón bolívar|simon bolivar|che guevara|fidel castro|rembrandt van rijn|vincent van gogh|\
        johannes vermeer|anne frank|nicolaus copernicus|frédéric chopin|frederic chopin|hans christian andersen|\
        søren kierkegaard|edvard munch|roald amundsen|alfred nobel|greta thunberg|astrid lindgren|niels bohr|\
        edmund hillary|mahatma gandhi|indira gandhi|jawaharlal nehru|nelson mandela|desmond tutu|kofi annan|\
        mustafa kemal atatürk|yasser arafat|saddam hussein|osama bin laden|muammar gaddafi|ho chi minh|\
        aung san suu kyi|malala yousafzai|haruki murakami|mao zedong|mao tse-tung|deng xiaoping|zhou enlai|\
        sun yat-sen|chiang kai-shek|xi jinping|kim il-sung|kim jong-il|kim jong-un|kim jong un|lao tzu|sun tzu|\
        qin shi huang|li bai|du fu|zhuge liang|cao cao|sun wukong|oskar schindler|ursula von der leyen|\
        johann wolfgang von goethe|johann wolfgang goethe|friedrich schiller|heinrich heine|thomas mann|\
        hermann hesse|bertolt brecht|franz kafka|günter grass|rainer maria rilke|theodor fontane|erich kästner|\
        wilhelm busch|brüder grimm|gebrüder grimm|brothers grimm|immanuel kant|georg wilhelm friedrich hegel|\
        friedrich nietzsche|arthur schopenhauer|martin heidegger|gottfried wilhelm leibniz|sigmund freud|\
        carl gustav jung|hannah arendt|jürgen habermas|ludwig wittgenstein|karl popper|stefan zweig|\
        erich maria remarque|michael ende|johanna spyri|johann sebastian bach|ludwig van beethoven|\
        wolfgang amadeus mozart|franz schubert|joseph haydn|robert schumann|johannes brahms|richard wagner|\
        richard strauss|johann strauss|georg friedrich händel|george frideric handel|felix mendelssohn|\
        felix mendelssohn bartholdy|gustav mahler|franz liszt|albrecht dürer|caspar david friedrich|gustav klimt|\
        paul klee|wassily kandinsky|max planck|werner heisenberg|erwin schrödinger|wilhelm conrad röntgen|\
        wilhelm röntgen|carl friedrich gauss|carl friedrich gauß|alexander von humboldt|robert koch|rudolf diesel|\
        carl benz|ferdinand porsche|johannes gutenberg|wernher von braun|gregor mendel|leonhard euler|\
        johannes kepler|otto von bismarck|konrad adenauer|willy brandt|helmut schmidt|helmut kohl|angela merkel|\
        olaf scholz|gerhard schröder|erich honecker|adolf hitler|claus von stauffenberg|sophie scholl|\
        dietrich bonhoeffer|rosa luxemburg|kaiser wilhelm|kaiser wilhelm ii|karl der große|karl der grosse|\
        friedrich der große|frederick the great|ludwig ii|maria theresia|maria theresa|kaiserin sisi|empress sisi|\
        kaiser franz joseph|albert schweitzer|le corbusier|marlene dietrich|romy schneider|karl lagerfeld|\
        napoléon bonaparte|napoleon bonaparte|louis xiv|le roi soleil|louis xvi|marie antoinette|jeanne d'arc|\
        joan of arc|charles de gaulle|général de gaulle|françois mitterrand|jacques chirac|nicolas sarkozy|\
        françois hollande|emmanuel macron|simone veil|jean moulin|maximilien de robespierre|marquis de sade|\
        cardinal de richelieu|louis pasteur|marie curie|pierre curie|antoine lavoisier|blaise pascal|rené descartes|\
        rene descartes|jean-jacques rousseau|victor hugo|émile zola|emile zola|gustave flaubert|honoré de balzac|\
        alexandre dumas|jules verne|marcel proust|albert camus|jean-paul sartre|simone de beauvoir|\
        charles baudelaire|arthur rimbaud|jean racine|jean de la fontaine|charles perrault|antoine de saint-exupéry|\
        antoine de saint-exupery|george sand|michel foucault|claude monet|édouard manet|auguste renoir|paul cézanne|\
        edgar degas|henri matisse|paul gauguin|henri de toulouse-lautrec|auguste rodin|claude debussy|maurice ravel|\
        édith piaf|edith piaf|charles aznavour|serge gainsbourg|johnny hallyday|jacques brel|brigitte bardot|\
        alain delon|louis de funès|gérard depardieu|catherine deneuve|coco chanel|gabrielle chanel|christian dior|\
        yves saint laurent|pierre cardin|jean paul gaultier|christian louboutin|hubert de givenchy|louis vuitton|\
        louis braille|frères lumière|jacques cousteau|gustave eiffel|paul bocuse|pierre hermé|yves rocher|\
        bonne maman|rené magritte|harry potter|hermione granger|ron weasley|albus dumbledore|lord voldemort|\
        severus snape|rubeus hagrid|draco malfoy|sherlock holmes|professor moriarty|hercule poirot|miss marple|\
        james bond|frodo baggins|bilbo baggins|peter pan|captain hook|tinker bell|alice in wonderland|\
        winnie the pooh|winnie puuh|winnie l'ourson|christopher robin|peter rabbit|paddington bear|mickey mouse|\
        micky maus|minnie mouse|minnie maus|donald duck|daisy duck|scrooge mcduck|dagobert duck|onkel dagobert|\
        oncle picsou|bugs bunny|daffy duck|tom and jerry|tom und jerry|homer simpson|bart simpson|marge simpson|\
        lisa simpson|spongebob squarepants|spongebob schwammkopf|bob l'éponge|clark kent|bruce wayne|tony stark|\
        captain america|wonder woman|lois lane|luke skywalker|darth vader|han solo|princess leia|obi-wan kenobi|\
        indiana jones|forrest gump|jack sparrow|captain jack sparrow|rocky balboa|vito corleone|hannibal lecter|\
        mary poppins|willy wonka|scarlett o'hara|atticus finch|ebenezer scrooge|oliver twist|david copperfield|\
        huckleberry finn|tom sawyer|jay gatsby|elizabeth bennet|mr darcy|mr. darcy|jane eyre|romeo and juliet|\
        king lear|lady macbeth|robinson crusoe|captain ahab|moby dick|dorian gray|dr jekyll|dr. jekyll|mr hyde|\
        mr. hyde|count dracula|graf dracula|comte dracula|victor frankenstein|long john silver|captain nemo|\
        kapitän nemo|capitaine nemo|phileas fogg|snow white|prince charming|little red riding hood|hansel and gretel|\
        puss in boots|sleeping beauty|humpty dumpty|the cat in the hat|dr. seuss|dr seuss|popeye the sailor|\
        fred flintstone|scooby doo|thomas the tank engine|bob the builder|peppa pig|dora the explorer|\
        wallace and gromit|shaun the sheep|mr bean|mr. bean|kermit the frog|miss piggy|buzz lightyear|sheriff woody|\
        ronald mcdonald|colonel sanders|uncle sam|jon snow|daenerys targaryen|mr spock|mr. spock|super mario|\
        princess peach|lara croft|sonic the hedgehog|princess zelda|son goku|hello kitty|pippi langstrumpf|\
        pippi longstocking|max und moritz|max and moritz|hänsel und gretel|frau holle|der froschkönig|biene maja|\
        die biene maja|der kleine maulwurf|jim knopf|räuber hotzenplotz|benjamin blümchen|bibi blocksberg|\
        der kleine prinz|emil und die detektive|das doppelte lottchen|der gestiefelte kater|old shatterhand|\
        nathan der weise|effi briest|tim und struppi|asterix und obelix|asterix and obelix|astérix et obélix|\
        le petit prince|the little prince|le petit nicolas|arsène lupin|arsene lupin|commissaire maigret|\
        jean valjean|edmond dantès|comte de monte-cristo|count of monte cristo|emma bovary|madame bovary|\
        cyrano de bergerac|lucky luke|gaston lagaffe|le petit chaperon rouge|la belle au bois dormant|barbe bleue|\
        le chat botté|capitaine haddock|captain haddock|kapitän haddock|professeur tournesol|tintin et milou|\
        inspecteur clouseau|le roi babar|les trois mousquetaires|the three musketeers|la belle et la bête|\
        beauty and the beast|bloody mary|tom collins|earl grey|eggs benedict|beef wellington|peach melba|pêche melba|\
        birne helene|poire belle-hélène|poire belle hélène|pfirsich melba|beef stroganoff|bœuf stroganoff|\
        boeuf stroganoff|rinderfilet stroganoff|fürst-pückler-eis|fürst pückler|waldorf salad|caesar salad|\
        crêpe suzette|crêpes suzette|shirley temple|arnold palmer|dom pérignon|veuve clicquot|jack daniel's|\
        jack daniels|jim beam|johnnie walker|captain morgan|josé cuervo|croque monsieur|granny smith|uncle ben's|\
        aunt jemima|betty crocker|dr pepper|dr. oetker|dr oetker|ben & jerry's|hugo boss|ralph lauren|calvin klein|\
        tommy hilfiger|giorgio armani|gianni versace|salvatore ferragamo|dolce & gabbana|michael kors|vera wang|\
        stella mccartney|vivienne westwood|estée lauder|estee lauder|elizabeth arden|levi strauss|harley davidson|\
        rolls royce|aston martin|john deere|jack wolfskin|hans im glück|margarete steiff|enzo ferrari|\
        ferruccio lamborghini|ettore bugatti|孔子|孟子|老子|庄子|荀子|墨子|韩非子|孙武|屈原|秦始皇|嬴政|项羽|刘邦|\
        韩信|汉武帝|司马迁|张骞|王昭君|蔡伦|华佗|西施|貂蝉|杨贵妃|姜子牙|曹操|刘备|孙权|诸葛亮|关羽|张飞|吕布|司马懿|\
        曹植|陶渊明|王羲之|祖冲之|花木兰|唐太宗|李世民|武则天|李白|杜甫|白居易|孟浩然|李商隐|杜牧|韩愈|柳宗元|刘禹锡|\
        王昌龄|颜真卿|玄奘|鉴真|狄仁杰|赵匡胤|苏轼|苏东坡|欧阳修|王安石|范仲淹|司马光|包拯|包青天|岳飞|秦桧|辛弃疾|\
        陆游|李清照|朱熹|文天祥|成吉思汗|忽必烈|马可波罗|朱元璋|朱棣|郑和|王阳明|李时珍|徐霞客|罗贯中|施耐庵|吴承恩|\
        曹雪芹|蒲松龄|唐伯虎|郑成功|康熙|康熙帝|雍正|乾隆|溥仪|慈禧|慈禧太后|林则徐|曾国藩|李鸿章|康有为|梁启超|\
        孙中山|秋瑾|蔡元培|袁世凯|蒋介石|宋庆龄|宋美龄|胡适|鲁迅|周树人|郭沫若|巴金|老舍|冰心|徐志摩|林徽因|张爱玲|\
        钱钟书|朱自清|毛泽东|周恩来|朱德|刘少奇|邓小平|雷锋|白求恩|钱学森|邓稼先|华罗庚|袁隆平|屠呦呦|杨振宁|钟南山|\
        齐白石|徐悲鸿|梅兰芳|金庸|古龙|琼瑶|三毛|莫言|刘慈欣|习近平|江泽民|胡锦涛|李小龙|成龙|周星驰|刘德华|张国荣|\
        梅艳芳|邓丽君|周杰伦|周润发|李连杰|巩俐|章子怡|张艺谋|姚明|李嘉诚|爱因斯坦|牛顿|拿破仑|莎士比亚|贝多芬|\
        莫扎特|达尔文|居里夫人|爱迪生|达芬奇|达·芬奇|林肯|丘吉尔|甘地|曼德拉|马克思|列宁|斯大林|希特勒|哥伦布|伽利略|\
        柏拉图|苏格拉底|诺贝尔|安徒生|托尔斯泰|梵高|毕加索|海明威|歌德|霍金|乔布斯|比尔盖茨|戴高乐|圣女贞德|盘古|\
        女娲|伏羲|神农|黄帝|炎帝|大禹|后羿|嫦娥|牛郎|织女|白娘子|白素贞|许仙|法海|梁山伯|祝英台|孟姜女|吕洞宾|钟馗|\
        关公|妈祖|济公|玉皇大帝|王母娘娘|太上老君|观音菩萨|如来佛祖|二郎神|哪吒|释迦牟尼|耶稣|圣诞老人|孙悟空|邱比特|丘比特|\
        齐天大圣|美猴王|猪八戒|沙和尚|沙僧|唐僧|唐三藏|牛魔王|铁扇公主|白骨精|宋江|武松|林冲|鲁智深|李逵|吴用|潘金莲|\
        西门庆|武大郎|贾宝玉|林黛玉|薛宝钗|王熙凤|史湘云|刘姥姥|孔乙己|祥林嫂|郭靖|杨过|小龙女|张无忌|令狐冲|韦小宝|\
        乔峰|萧峰|段誉|东方不败|喜羊羊|灰太狼|葫芦娃|米老鼠|唐老鸭|哈利波特|福尔摩斯|白雪公主|灰姑娘|小红帽|蜘蛛侠|\
        海绵宝宝|小猪佩奇|蜡笔小新|小丸子|皮卡丘|奥特曼|小王子|小熊维尼|杨国福|周黑鸭|王守义|谭木匠|李宁|周大福|\
        周生生|老干妈|王老吉|张小泉|李锦记|马应龙|王致和|张裕|康师傅|albert einstein|mrs dalloway|mrs. dalloway|\
        eleanor rigby|professor layton|meister eder|le comte de monte-cristo|monte cristo|anna karenina|don quixote|\
        don quichotte|donkey kong|fireman sam|postman pat|敖丙|rip van winkle|uncle tom|little women|jekyll and hyde|\
        frankenstein's monster|nancy drew|hardy boys|anne of green gables|heidi und peter|educating rita|\
        bridget jones's diary|ferrero rocher|kinder bueno|louis vuitton|yves rocher|jean paul gaultier|\
        coco chanel|christian dior|mercedes-benz|mercedes benz|alfa romeo|harry potter|sherlock holmes|\
        dr. watson|doctor who|peter pan|captain hook|winnie the pooh|alice in wonderland|\
        钱大妈|叫花鸡|麻婆豆腐|左宗棠鸡|宫保鸡丁|东坡肉|夫妻肺片|贡丸|\
        麦德龙|屈臣氏|罗森|雷蛇|戴尔|荣耀|华为|江小白|牛栏山|金龙鱼|汤臣倍健|白象|陈克明|周大生|谢瑞麟|方太|华帝|\
        万和|万达|万科|龙湖|金地|华润|盒马|鲍师傅|卫龙|洽洽|徐福记|金丝猴|蒙牛|伊利|光明|君乐宝|安慕希|金典|景田|\
        统一|史丹利|任天堂|戴森|松下|雷克萨斯|马自达|丰田|本田|宝马|奔驰|雪佛兰|福特|路虎|沃尔沃|吉利|比亚迪|蔚来|\
        红旗|东风|长安|江淮|奇瑞|宝骏|魅族|联想|惠普|华硕|雷神|罗技|雷柏|安克|欧普|雷士|苏泊尔|九阳|海信|康佳|\
        夏普|乐视|万宝路|黄鹤楼|芙蓉王|利群|茅台|汾酒|郎酒|古越龙山|加多宝|和其正|汇源|喜茶|奈雪|古茗|沪上阿姨|\
        瑞幸|库迪|麦当劳|麥當勞|肯德基|汉堡王|德克士|华莱士|塔斯汀|海底捞|巴奴|谭鸭血|刘一手|袁记云饺|吉野家|\
        和府捞面|西贝|外婆家|费大厨|乡村基|老乡鸡|真功夫|永和大王|庆丰包子|狗不理|全聚德|东来顺|楼外楼|陶陶居|\
        沙县小吃|魏家凉皮|紫燕百味鸡|廖记棒棒鸡|蔡林记|张亮麻辣烫|毛血旺|胡辣汤|姜撞奶|罗宋汤|白斩鸡|白斬雞|\
        黄焖鸡|黄焖鸡米饭|马卡龙|沙琪玛|牛轧糖|牛軋糖|杨枝甘露|楊枝甘露|鲁肉饭|魯肉飯|卤肉饭|滷肉飯|\
        李雷|韩梅梅|申公豹|孙少安|孙少平|田晓霞|白嘉轩|方世玉|黄飞鸿|陈真|霍元甲|熊大|熊二|光头强|汤姆猫|钱夫人|\
        杨戬|姜子牙|纪晓岚|和珅|包青天|包拯|狄仁杰|诸葛亮|曹操|贺知章|张衡|晏殊|孟郊|丁俊晖|白龙马|甄嬛|\
        毛利兰|薛寶釵|令狐沖|喬峰|王熙鳳|林黛玉|賈寶玉|孫悟空|豬八戒|諸葛亮
        """

    /// Public figures known by one word, a given name (Adele, Madonna) or a family name (Darwin, Goethe): the topic
    /// of a prompt after "about", "on", "über" or "sur" ("Reading about Adele", "Essay on Darwin"), never a private
    /// person there. Elsewhere the word is whoever it names.
    static let mononyms = """
        adele madonna cher prince sting seal drake usher shakira beyoncé rihanna kylie lorde sade björk bono moby enya \
        dido selena aaliyah brandy monica ciara pelé neymar ronaldinho zendaya lizzo eminem \
        michelangelo leonardo raphael donatello rembrandt dante homer virgil plato socrates aristotle confucius moses \
        napoleon cleopatra galileo voltaire molière goethe schiller kant hegel nietzsche marx freud jung einstein \
        darwin newton shakespeare dickens tolstoy dostoevsky kafka picasso monet vangogh mozart beethoven bach chopin \
        gandhi churchill mandela lincoln
        """

    /// One-word brands named after their founders (Porsche, Ferrero, Miele): never a person when they stand alone.
    /// Only family names that are not also common given names; "Ferdinand Porsche" loses his family name, a small
    /// price against every car, chocolate and dishwasher in a shopping chat.
    static let brandWords = """
        hilton marriott hyatt porsche ferrari lamborghini bugatti maserati peugeot citroën citroen renault michelin bosch siemens miele \
        ferrero nestlé nestle dior chanel gucci prada versace cartier hermès chrysler kellogg kellogg's cadbury \
        colgate gillette heineken carlsberg guinness bacardi smirnoff buitoni barilla lindt haribo nivea zalando \
        mediamarkt aldi lidl ikea decathlon carrefour auchan leclerc monoprix sephora lancôme rolex bulgari bvlgari \
        fendi balenciaga givenchy vuitton moncler benetton opel volkswagen toyota honda nissan mitsubishi suzuki \
        yamaha kawasaki hyundai daewoo samsung huawei xiaomi lenovo hewlett boeing airbus dyson rowenta tefal \
        moulinex krups maggi knorr oetker milka bahlsen tchibo dallmayr melitta \
        avis mckinsey mclaren mcafee
        """
}
