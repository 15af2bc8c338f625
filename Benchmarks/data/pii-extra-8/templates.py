"""Templates and word lists for pii-extra-8. Every template was written new for this corpus.

Template syntax (one template per entry; entries in a block are separated by a line holding only `~~`):

  persons (n = 1..4; the same n is the same person within a prompt)
    {Pn}  full name            {Gn}  given name          {Fn}  family name (with its particle)
    {pn}  full name lower case {gn}  given name, lower   {fn}  family name, lower
    {Hn}  Herr/Frau, M./Mme, Mr./Ms. + family name   (only the family name is labelled)
    {Hnn} like Hn in the dative (Herrn / Frau)       e.g. {Hn1}
    {HDn} Dr./Prof./Maître + family name              {HFn} Herr/Mme/Mr. + full name
    {HDnn} like HDn in the dative (Herrn Dr.)          e.g. {HDn1}
    {SGn} formal salutation (Sehr geehrte Frau / Chère Madame / Dear Ms.) + family name
    {Wn}  English given name that is also a word (Grace, Will, Hope, Rose, Mark, Bill ...)
  phones  {PHn} a number of the locale's usual regions; {PHn:DE|AT} one of the listed regions
  e-mail  {En} an address made from person n; {E0} an address of nobody in the prompt
  look-alikes  {kind} a fresh draw (kinds: see LA_KIND in generate.py); {kind#2} the same value again
               [[kind:value]] a fixed look-alike written into the template
  {{ and }} are literal braces.

Groups: de (de_DE/de_AT/de_CH), fr (fr_FR/fr_BE/fr_CH), zh (zh_CN), tw (zh_TW, Traditional characters),
us (en_US), gb (en_GB).
"""

# ------------------------------------------------------------------------------------------------
# name material
# ------------------------------------------------------------------------------------------------
DE_COMPOUND_M = ["Hans-Peter", "Karl-Heinz", "Klaus-Dieter", "Hans-Jürgen", "Jan-Niklas", "Franz-Josef",
                 "Heinz-Günter", "Jörg-Uwe", "Hans-Ulrich", "Karl-Theodor", "Ernst-August", "Paul-Luca",
                 "Max-Ferdinand", "Jens-Uwe", "Kai-Uwe", "Hans-Georg", "Lutz-Rüdiger"]
DE_COMPOUND_F = ["Anna-Lena", "Marie-Luise", "Lisa-Marie", "Eva-Maria", "Ann-Kathrin", "Lea-Sophie",
                 "Anne-Kathrin", "Lena-Marie", "Hanna-Sophie", "Rosa-Maria", "Lisa-Sophie", "Eva-Katharina",
                 "Marie-Theres", "Ann-Christin", "Karin-Beate", "Hannelore-Jutta", "Mia-Sophie"]
DE_UMLAUT_M = ["Jürgen", "Jörg", "Björn", "Sören", "Günther", "Jörn", "Götz", "Rüdiger", "Lüder", "Gösta",
               "Ömer", "Jöran", "Günter", "Sönke", "Bärend"]
DE_UMLAUT_F = ["Bärbel", "Dörte", "Käthe", "Jördis", "Hülya", "Gülay", "Mönika", "Ännchen", "Björg", "Gülsen",
               "Jülide", "Märthe", "Sünje", "Lüdmilla"]
DE_UMLAUT_FAM = ["Müller", "Schäfer", "Weiß", "Strauß", "Voß", "Jäger", "Krüger", "Köhler", "Böhm", "Nüßlein",
                 "Hößl", "Fröhlich", "Brückner", "Kühn", "Möller", "Büttner", "Schütz", "Weißenböck",
                 "Grüninger", "Blöchliger", "Dürr", "Pöschl", "Häusler", "Öztürk", "Gößwein", "Rößler", "Spieß",
                 "Preuß", "Mößner", "Lüdenscheidt", "Brösel", "Knöpfle", "Süßmuth", "Jürgens", "Hüttenrauch"]
DE_PARTICLES = [
    ("von", ["Berg", "Stetten", "Rohr", "Wendt", "Lahnstein", "Brockdorff", "Falkenau", "Hagen", "Kessel", "Rüden",
             "Bülow", "Grünau"]),
    ("von der", ["Heyde", "Lühe", "Marwitz", "Osten", "Goltz", "Aue", "Mühlen"]),
    ("van", ["Dyk", "Loon", "Hoorn", "Beek", "Straaten", "Aken"]),
    ("van der", ["Meer", "Linde", "Velde", "Wiel"]),
    ("zu", ["Wendhausen", "Rantzau", "Solms", "Eltz", "Löwenstein"]),
    ("vom", ["Brocke", "Hofe", "Stein", "Rath"]),
    ("von und zu", ["Aufseß", "Egloffstein"]),
]
FR_COMPOUND_M = ["Jean-Luc", "Jean-Baptiste", "Pierre-Yves", "Jean-Marc", "Jean-François", "Paul-Henri",
                 "Jean-Pierre", "Charles-Édouard", "Louis-Marie", "Marc-Antoine", "Jean-Philippe",
                 "Pierre-Alexandre", "Jean-Michel", "François-Xavier", "Jean-Noël", "Jean-Sébastien"]
FR_COMPOUND_F = ["Marie-Claire", "Anne-Sophie", "Marie-Hélène", "Marie-Laure", "Anne-Laure", "Marie-Christine",
                 "Marie-Thérèse", "Marie-Pierre", "Anne-Claire", "Marie-Ange", "Marie-Noëlle", "Anne-Marie",
                 "Marie-José", "Lou-Anne", "Marie-Ève", "Anne-Gaëlle"]
FR_PARTICLES = [
    ("de", ["Villeneuve", "Montfort", "Saint-Aubin", "Beaulieu", "Rocheville", "Clermont", "Chabannes", "Vaudreuil",
            "Kerguelen", "Messimy", "Lestrange"]),
    ("du", ["Plessis", "Moulin", "Pré", "Chêne", "Bois", "Perron", "Mesnil"]),
    ("d'", ["Argenson", "Aubigny", "Estienne", "Orval", "Harcourt", "Ormesson", "Albon"]),
    ("d’", ["Espinay", "Aubert", "Hauteville"]),
    ("Le", ["Gall", "Floch", "Goff", "Bihan", "Meur", "Guen", "Corre"]),
    ("de la", ["Roche", "Motte", "Haye", "Salle", "Croix", "Tour"]),
    ("De", ["Smet", "Wever", "Backer", "Coster"]),
    ("Van", ["Damme", "Acker", "Hove", "Cauwenberghe"]),
]
ZH_COMPOUND_SURNAMES = ["欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "慕容", "司徒", "令狐", "夏侯", "公孙", "尉迟",
                        "长孙", "宇文", "端木", "澹台"]
ZH_TRAD = {"欧阳": "歐陽", "司马": "司馬", "诸葛": "諸葛", "东方": "東方", "长孙": "長孫", "夏侯": "夏侯",
           "公孙": "公孫", "尉迟": "尉遲", "宇文": "宇文", "端木": "端木", "澹台": "澹臺"}
# real famous people whose names a draw must not produce
ZH_FAMOUS = {"诸葛亮", "司马懿", "司马迁", "欧阳修", "上官婉儿", "东方朔", "令狐冲", "慕容复", "諸葛亮", "司馬懿",
             "司馬遷", "歐陽修", "東方朔", "李白", "杜甫", "王维", "李娜", "王菲", "刘翔", "姚明", "马云"}
EN_WORD_NAMES_M = ["Will", "Mark", "Bill", "Frank", "Jack", "Rob", "Drew", "Chase", "Hunter", "Grant", "Miles"]
EN_WORD_NAMES_F = ["Grace", "Hope", "Rose", "Faith", "Joy", "June", "Dawn", "Iris", "Ruby", "Holly", "Summer",
                   "Ivy", "Daisy"]
EN_COMPOUND_M = ["John-Paul", "Billy-Joe", "Jean-Luc"]
EN_COMPOUND_F = ["Mary-Kate", "Anna-Marie", "Lily-Rose", "Ella-Mae"]
EN_APOSTROPHE = ["O'Brien", "O'Connor", "O’Neill", "O'Sullivan", "D'Souza", "O'Hara", "O’Donnell", "O'Malley",
                 "D'Angelo", "O'Keefe"]

HONORIFICS = {
    "de": {"H_m": ["Herr"], "H_f": ["Frau"], "Hn_m": ["Herrn"], "Hn_f": ["Frau"],
           "HD_m": ["Herr Dr.", "Herr Prof.", "Dr.", "Herr Prof. Dr.", "Herr Dipl.-Ing."],
           "HD_f": ["Frau Dr.", "Frau Prof.", "Dr.", "Frau Dr. med.", "Frau Prof. Dr."],
           "HDn_m": ["Herrn Dr.", "Herrn Prof.", "Dr.", "Herrn Prof. Dr.", "Herrn Dr. med."],
           "HDn_f": ["Frau Dr.", "Frau Prof.", "Dr.", "Frau Dr. med.", "Frau Prof. Dr."],
           "SG_m": ["Sehr geehrter Herr", "Sehr geehrter Herr Dr.", "Guten Tag Herr"],
           "SG_f": ["Sehr geehrte Frau", "Sehr geehrte Frau Dr.", "Guten Tag Frau"]},
    "fr": {"H_m": ["M.", "Monsieur", "M."], "H_f": ["Mme", "Madame", "Mlle", "Mme"], "Hn_m": ["M."], "Hn_f": ["Mme"],
           "HD_m": ["Dr", "Docteur", "Maître", "Pr", "Me"], "HD_f": ["Dr", "Docteure", "Maître", "Pr", "Me"],
           "SG_m": ["Cher Monsieur", "Bonjour Monsieur", "Monsieur"],
           "SG_f": ["Chère Madame", "Bonjour Madame", "Madame"]},
    "en_US": {"H_m": ["Mr."], "H_f": ["Ms.", "Mrs."], "Hn_m": ["Mr."], "Hn_f": ["Ms."],
              "HD_m": ["Dr.", "Prof.", "Coach"], "HD_f": ["Dr.", "Prof.", "Coach"],
              "SG_m": ["Dear Mr.", "Hello Mr."], "SG_f": ["Dear Ms.", "Dear Mrs.", "Hello Ms."]},
    "en_GB": {"H_m": ["Mr"], "H_f": ["Ms", "Mrs", "Miss"], "Hn_m": ["Mr"], "Hn_f": ["Ms"],
              "HD_m": ["Dr", "Prof", "Dr."], "HD_f": ["Dr", "Prof", "Dr."],
              "SG_m": ["Dear Mr"], "SG_f": ["Dear Ms", "Dear Mrs", "Dear Miss"]},
}

EMAIL_DOMAINS = {
    "de_DE": ["gmx.de", "web.de", "t-online.de", "posteo.de", "mailbox.org", "mail.kanzlei-hohenstein.de",
              "praxis-am-markt.de", "hr.stadtwerke-elbtal.de", "schreinerei-vogt.de", "it.klinikum-nordhafen.de",
              "kita-sonnenblume.de", "vertrieb.moebelhaus-lindner.de"],
    "de_AT": ["gmx.at", "aon.at", "chello.at", "a1.net", "office.tischlerei-gruber.at", "mail.wienerwald-it.at"],
    "de_CH": ["bluewin.ch", "gmx.ch", "hispeed.ch", "sunrise.ch", "verwaltung.treuhand-zuerichsee.ch",
              "praxis-seefeld.ch"],
    "fr_FR": ["orange.fr", "free.fr", "laposte.net", "wanadoo.fr", "sfr.fr", "rh.groupe-lumiere.fr",
              "cabinet-durand-avocats.fr", "mairie-saint-leger.fr", "compta.atelier-mistral.fr"],
    "fr_BE": ["skynet.be", "telenet.be", "proximus.be", "mail.asbl-les-tilleuls.be", "voo.be"],
    "fr_CH": ["bluewin.ch", "romandie.com", "vtx.ch", "etude-lac-leman.ch", "rh.horlogerie-jura.ch"],
    "zh_CN": ["163.com", "126.com", "qq.com", "sina.com", "foxmail.com", "aliyun.com", "hr.hengtai-tech.cn",
              "mail.jingyuan-edu.cn", "sohu.com"],
    "zh_TW": ["gmail.com", "yahoo.com.tw", "hinet.net", "ms1.hinet.net", "pchome.com.tw", "mail.dahe-design.com.tw"],
    "en_US": ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "hr.kestrel-labs.com",
              "mail.pinecrest-dental.com", "harborview.org", "eng.bluefinch.io"],
    "en_GB": ["btinternet.com", "yahoo.co.uk", "hotmail.co.uk", "sky.com", "hr.kestrel-energy.co.uk",
              "surgery-elmtree.co.uk", "alumni.northgate.ac.uk"],
}

# ------------------------------------------------------------------------------------------------
# look-alike lists (key: locale, else language)
# ------------------------------------------------------------------------------------------------
LISTS = {
    "street": {
        "de": ["Goethestraße 12", "Schillerstraße 4a", "Karl-Marx-Allee 90", "Bismarckstr. 7", "Beethovenstraße 33",
               "Konrad-Adenauer-Ring 3", "Friedrich-Ebert-Platz 1", "Kaiser-Wilhelm-Ring 18",
               "Albert-Einstein-Str. 21", "Sophie-Scholl-Weg 5", "Lessingstraße 9", "Bertha-von-Suttner-Platz 2"],
        "de_AT": ["Mozartgasse 4", "Kaiser-Franz-Josef-Straße 11", "Maria-Theresien-Straße 2", "Schubertring 9",
                  "Haydngasse 17"],
        "de_CH": ["Bahnhofstrasse 21", "Pestalozzistrasse 8", "Dufourstrasse 40", "General-Guisan-Quai 12",
                  "Zwinglistrasse 6"],
        "fr": ["12 rue Victor-Hugo", "avenue Jean-Jaurès", "boulevard Haussmann", "place Charles-de-Gaulle",
               "rue Émile-Zola", "8 rue Pasteur", "quai François-Mitterrand", "rue Voltaire", "allée Marie-Curie",
               "14 avenue Georges-Clemenceau"],
        "fr_BE": ["avenue Louise 54", "rue Royale 120", "boulevard Léopold II", "place Eugène Flagey"],
        "fr_CH": ["rue du Général-Dufour 5", "avenue de Rumine 30", "quai Gustave-Ador 18", "rue Calvin 2"],
        "zh": ["中山路88号", "中山北路", "鲁迅路12号", "逸仙路", "黄兴路", "中山东一路", "张江路", "文三路",
               "孙中山大道"],
        "zh_TW": ["中正路", "中山北路二段", "忠孝東路四段", "逸仙路", "羅斯福路三段", "中山南路"],
        "en_US": ["Lincoln Ave", "Washington Blvd", "MLK Jr Blvd", "Kennedy Dr", "Franklin St", "Jefferson Street",
                  "Madison Avenue"],
        "en_GB": ["Baker Street", "Victoria Road", "Nelson Street", "Churchill Way", "Wellington Road",
                  "Shakespeare Street", "Gladstone Terrace"],
    },
    "brand": {
        "de": ["Porsche", "Bosch", "Siemens", "Lidl", "Aldi", "Miele", "Dr. Oetker", "Hugo Boss", "Faber-Castell",
               "Kärcher", "Märklin", "Steiff", "Mercedes-Benz", "Rossmann", "Haribo", "Adidas", "Liebherr"],
        "fr": ["Michelin", "Peugeot", "Renault", "Citroën", "Dior", "Chanel", "Louis Vuitton", "Hermès", "Lacoste",
               "Yves Saint Laurent", "Leclerc", "Darty", "Guerlain", "Cartier", "Pierre Cardin", "Boulanger"],
        "zh": ["李宁", "老干妈", "周大福", "王老吉", "张小泉", "周黑鸭", "杨国福", "钱大妈", "陈克明", "王守义"],
        "zh_TW": ["周大福", "王品", "林鳳營", "郭元益", "陳三鼎"],
        "en": ["Ford", "Dell", "Disney", "McDonald's", "Ben & Jerry's", "Tesla", "Boeing", "Cadbury", "Kellogg's",
               "Hilton", "Ralph Lauren", "Tommy Hilfiger", "Calvin Klein", "Marks & Spencer", "Sainsbury's",
               "John Lewis", "Ted Baker", "Paul Smith"],
    },
    "company": {
        "de": ["Deutsche Bahn", "DHL", "Telekom", "Vodafone", "ÖBB", "SBB", "Swisscom", "Hermes", "DPD", "GLS",
               "Sparkasse", "Volksbank"],
        "fr": ["SNCF", "La Poste", "Orange", "Free", "Chronopost", "Ameli", "EDF", "Bouygues", "Proximus", "CFF",
               "Colissimo"],
        "zh": ["顺丰", "京东", "中国移动", "支付宝", "美团", "中通", "菜鸟"],
        "zh_TW": ["中華電信", "台灣大哥大", "黑貓宅急便", "全家", "蝦皮"],
        "en": ["Amazon", "UPS", "FedEx", "Royal Mail", "BT", "Ocado", "Verizon", "USPS", "Comcast", "Evri"],
    },
    "figure": {
        "de": ["Goethe", "Schiller", "Einstein", "Beethoven", "Mozart", "Kant", "Martin Luther", "Bismarck",
               "Marie Curie", "Sophie Scholl", "Konrad Adenauer", "Albrecht Dürer", "Johann Sebastian Bach",
               "Friedrich Nietzsche", "Hildegard von Bingen"],
        "fr": ["Napoléon", "Victor Hugo", "Molière", "Marie Curie", "Voltaire", "Jeanne d'Arc", "Charles de Gaulle",
               "Louis Pasteur", "Simone de Beauvoir", "Jean Moulin", "Louis XIV", "Émile Zola"],
        "zh": ["李白", "杜甫", "孔子", "鲁迅", "苏轼", "诸葛亮", "曹操", "秦始皇", "屈原", "王羲之", "李清照", "司马迁"],
        "zh_TW": ["李白", "杜甫", "孔子", "魯迅", "蘇軾", "諸葛亮", "曹操", "秦始皇", "屈原"],
        "en": ["Shakespeare", "Abraham Lincoln", "Winston Churchill", "Isaac Newton", "Charles Darwin", "Ada Lovelace",
               "Queen Victoria", "George Washington", "Jane Austen", "Charles Dickens", "Florence Nightingale"],
    },
    "public": {
        "de": ["Angela Merkel", "Olaf Scholz", "Helene Fischer", "Dirk Nowitzki"],
        "fr": ["Emmanuel Macron", "Kylian Mbappé", "Zinédine Zidane", "Marion Cotillard"],
        "zh": ["姚明", "马云", "刘翔", "郎朗"],
        "zh_TW": ["周杰倫", "林書豪", "蔡依林"],
        "en": ["Taylor Swift", "Barack Obama", "Elon Musk", "David Beckham", "Serena Williams"],
    },
    "character": {
        "de": ["Harry Potter", "Sherlock Holmes", "Pippi Langstrumpf", "Heidi", "Biene Maja", "Räuber Hotzenplotz",
               "Michel aus Lönneberga"],
        "fr": ["Astérix", "Obélix", "Tintin", "Harry Potter", "Sherlock Holmes", "le Petit Nicolas", "Arsène Lupin",
               "Jean Valjean"],
        "zh": ["孙悟空", "猪八戒", "林黛玉", "贾宝玉", "哈利·波特", "福尔摩斯", "唐僧", "哪吒"],
        "zh_TW": ["孫悟空", "豬八戒", "林黛玉", "賈寶玉", "哈利波特"],
        "en": ["Harry Potter", "Sherlock Holmes", "Hermione Granger", "Bilbo Baggins", "Peter Rabbit", "Mr. Darcy",
               "Paddington", "Winnie-the-Pooh"],
    },
    "title": {
        "de": ["Faust", "Die Blechtrommel", "Der Vorleser", "Tschick", "Der Name der Rose", "Effi Briest",
               "Die Verwandlung", "Das Parfum"],
        "fr": ["Les Misérables", "Le Petit Prince", "Madame Bovary", "L'Étranger", "Germinal", "Bel-Ami",
               "Le Comte de Monte-Cristo"],
        "zh": ["红楼梦", "西游记", "三体", "活着", "围城", "水浒传", "骆驼祥子"],
        "zh_TW": ["紅樓夢", "西遊記", "三體", "活著"],
        "en": ["Pride and Prejudice", "Oppenheimer", "Titanic", "Great Expectations", "Jane Eyre", "Moby-Dick",
               "Forrest Gump", "The Great Gatsby"],
    },
    "dish": {
        "de": ["Birne Helene", "Fürst-Pückler-Eis", "Sachertorte", "Esterházy-Schnitte"],
        "fr": ["crêpes Suzette", "pêche Melba", "bœuf Stroganoff", "poulet Marengo"],
        "zh": ["东坡肉", "麻婆豆腐", "宫保鸡丁", "左宗棠鸡"],
        "zh_TW": ["東坡肉", "麻婆豆腐", "宮保雞丁"],
        "en": ["Beef Wellington", "Caesar salad", "Eggs Benedict", "Peach Melba", "Earl Grey"],
    },
    "place": {
        "de": ["Karlsruhe", "Ludwigshafen", "Friedrichshafen", "Wilhelmshaven", "Sankt Augustin", "St. Gallen",
               "Marienplatz", "Mariahilf", "Josefstadt", "Ludwigsburg"],
        "fr": ["Saint-Étienne", "Saint-Denis", "Saint-Malo", "Sainte-Foy", "Charleville-Mézières",
               "gare Saint-Lazare", "Saint-Gilles", "Saint-Josse", "Montmartre"],
        "zh": ["张家界", "王府井", "周口", "马鞍山", "黄山", "石家庄", "许昌", "徐家汇", "高淳"],
        "zh_TW": ["高雄", "林口", "士林", "板橋", "新竹", "彰化"],
        "en_US": ["Charlotte", "Eugene", "Austin", "Houston", "Jackson", "Lincoln", "Madison"],
        "en_GB": ["St Albans", "King's Cross", "Kingston", "St Andrews", "Victoria", "Prince's Risborough"],
    },
    "everyday": {
        "de": ["Termin", "Rechnung", "Lieferung", "Besprechung", "Bestellung", "Kündigung", "Abrechnung"],
        "fr": ["rose", "pierre", "olivier", "berger", "muguet", "marguerite"],
        "zh": ["金额", "高兴", "马上", "黄金", "周末", "王国", "张贴", "李子", "林业", "杨梅", "何时", "常常", "许可",
               "孙子", "白天", "方便", "钱包", "江湖", "高铁", "石头", "程序", "温度", "宋体", "熊猫", "于是", "钟表",
               "向前", "叶子", "毛巾", "孔雀", "安全", "余额", "胡萝卜", "朱红", "田野", "高速", "黄瓜", "雷雨"],
        "zh_TW": ["金額", "高興", "馬上", "黃金", "週末", "王國", "張貼", "李子", "林業", "楊梅", "何時", "常常", "許可",
                  "孫子", "白天", "方便", "錢包", "高鐵", "石頭", "溫度"],
        "en": ["will", "bill", "grace period", "mark", "hope", "rose", "May", "June", "frank"],
    },
}

# ------------------------------------------------------------------------------------------------
# German
# ------------------------------------------------------------------------------------------------
DE = r"""
Hallo {G1},
kannst du mir bis {date} die Folien fürs Quartalsmeeting schicken? Raum {room} ist gebucht.
Viele Grüße
{P2}
~~
frag mal {g1} wegen dem Kellerschlüssel, ich bin erst ab {time} zuhause
~~
{SG1},

anbei die Rechnung {invoice} über {price}. Bei Rückfragen erreichen Sie mich unter {PH1}.

Mit freundlichen Grüßen
{P2}
~~
{G1}, {G2} und {G3} kommen am {date} mit zum Grillen, {G4} bringt den Nudelsalat 🥗
~~
Kannst du {Hn1} Bescheid geben, dass das Paket {tracking} erst morgen kommt? {HD2} ist unter {PH1} erreichbar.
~~
Neue Handynummer: {PH1} – bitte einspeichern! LG {G1}
~~
wer hat die nummer von {g1}? ich hab nur {PH1} aber da geht keiner ran 😕
~~
Termin bei {HDn1} am {date} um {time}, Praxis in der {street}. Absagen bitte unter {PH1}.
~~
{P1}
{street}
{PH1}
{E1}
~~
Ich hab {G1} gestern bei [[brand:Lidl]] an der Kasse getroffen, soll dich schön grüßen!
~~
@{G1} kannst du {ticket} übernehmen? {G2} ist bis {date} im Urlaub
~~
Protokoll vom {date}
Anwesend: {P1}, {P2}, {H3}
Entschuldigt: {G4}
TOP 1: Budget von {price} freigegeben
~~
Für Rückfragen: {P1}, {PH1}, {E1}
~~
Bitte an {Hn1} weiterleiten – Vertragskonto {account}, Zählerstand {qty} kWh am {date}.
~~
Hey {G1}, alles Gute zum Geburtstag!! 🎉🎂 Feier heute ab {time}, {G2} und {G3} sind auch da
~~
Moin {g1}, ruf mal {G2} zurück, {PH1}, geht um die Bestellung {order}
~~
{HD1} ist vom {date} bis {date} im Urlaub, die Praxis bleibt zu. Vertretung: {HD2}, {street}, {PH1}.
~~
bin heute im homeoffice, erreichbar unter {PH1} oder per mail an {E1}
~~
Wer kann am {date} die Kinder abholen? {G1} hat Training bis {time}, {G2} liegt mit Fieber flach 🤒
~~
Sehr geehrte Damen und Herren,
mein Name ist {P1}, ich wohne in der {street} und möchte den Zählerstand {qty} melden. Kundennummer {account}.
Mit freundlichen Grüßen
{P1}
~~
Schick die Unterlagen bitte an {E1}, cc {E2}. Danke! – {G3}
~~
Kurze Info: {P1} übernimmt ab {date} die Leitung vom Einkauf. Durchwahl {PH1}.
~~
kannst du {g1} sagen dass ich später komm? zug {train} hat {nn} min verspätung 🙄
~~
Hi, hier ist {G1} aus dem 3. OG. Ihr Paket ({tracking}) liegt bei mir. {PH1}
~~
Notfallkontakte für die Klassenfahrt am {date}:
{P1} {PH1}
{P2} {PH2}
~~
Danke für die schnelle Hilfe, {H1}! Die Bestellung {order} ist heute angekommen.
~~
Der [[brand:Bosch]]-Kundendienst hat wegen {Hn1} angerufen. Rückruf unter {PH1} erbeten, am besten vor {time}.
~~
Wir suchen noch jemanden für die Schicht am {date}. {G1} und {G2} können nicht, frag mal {g3}.
~~
Am {date} um {time} schrieb {P1}:
> Passt der neue Entwurf so?
Ja, passt. Gruß {G2}
~~
Reservierung für {n} Personen auf den Namen {F1}, heute {time}. Rückfragen {PH1}
~~
Guten Tag {H1}, Ihr Termin zur Hauptuntersuchung ist am {date} um {time}. Bitte Fahrzeugschein mitbringen.
Ihr Autohaus-Team
~~
Gib {G1} bitte meine Nummer: {PH1}. Wir wollen zusammen nach {place} fahren.
~~
Ansprechperson vor Ort ist {HF1}, {PH1}
~~
Grüße an {G1} und {G2}! Bis Samstag 👋
~~
Hat jemand die neue Nummer von {g1}? Die alte {PH1} ist abgemeldet
~~
{P1} und {P2} haben sich für den Erste-Hilfe-Kurs am {date} angemeldet. Teilnahmegebühr {sprice} p. P.
~~
Der Schlüssel liegt bei {Hn1} im Erdgeschoss, Klingel „{F1}“.
~~
lg aus {place}!! {g1} & {g2}
~~
Zimmerbuchung {account}: Anreise {date}, Abreise {date}, Gast: {HF1}, Tel. {PH1}
~~
Vielen Dank für Ihre Bewerbung, {H1}. Wir melden uns bis {date}.
Beste Grüße
{P2}
Personalabteilung
~~
Ich hab {P1} auf LinkedIn angeschrieben, {E1} ist wohl die alte Adresse, kam zurück.
~~
Übergabe Frühdienst: Zimmer {room} – Angehörige ({P1}) bitten um Rückruf, {PH1}.
~~
heyy {g1} 😘 hast du morgen zeit? {g2} kommt auch
~~
Bestellung {order} – Lieferadresse: {P1}, {street}. Bitte vorher anrufen: {PH1}
~~
Zur Info: Ab {date} bin ich in Elternzeit. Vertretung: {P1} ({E1}, {PH1}).
~~
Servus {G1}, der [[brand:Miele]]-Techniker kommt am {date} zwischen {time} und {time}. Kannst du aufmachen?
~~
{P1}
Vertrieb Süd
T {PH1}
M {PH2}
{E1}
~~
Herzlich willkommen im Team, {P1}! 🎉 Dein Buddy für die ersten Wochen ist {G2}.
~~
Kurzer Reminder an {G1}, {G2} und {G3}: Abgabe Projektbericht {date}, {time}.
~~
Paket für {Hn1} ({street}) wurde beim Nachbarn {F2} abgegeben. Sendungsnummer {tracking}.
~~
Könnt ihr {Hn1} und {Hn2} zum Jubiläum am {date} einladen? Die Adressen hat {G3}.
~~
Falls was ist: {PH1} (ich) oder {PH2} ({G1})
~~
Die Nachhilfe bei {Hn1} kostet {sprice} pro Stunde, nächste Stunde {date}, Thema {math}
~~
Hat sich {HD1} schon wegen der Laborprobe {serial} gemeldet?
~~
Elterngespräch am {date}: {P1} und {P2}, Klasse 7b, Raum {room}.
~~
Weiterleitung an {E1} ist aktiv bis {date}.
~~
nimm doch die {PH1:AT}, das ist {g1} in Graz
~~
Bin ab {date} unter {PH1:CH} erreichbar, s alte Handy isch kaputt. Grüessli {G1}
~~
Kontakt in Amsterdam: {P1}, {PH1:NL}. In Mailand übernimmt {P2}, {PH2:IT}.
~~
Vergiss nicht, {G1} zum Geburtstag zu gratulieren 🎂 – {G2} hat die Karte
~~
Bitte {Hn1} aus dem Verteiler nehmen, die neue Adresse ist {E1}.
~~
Liebe Grüße aus dem Büro, {G1} 😊 PS: {G2} hat nach dir gefragt, meld dich mal unter {PH1}
~~
Hallo zusammen,
ab {date} ist {P1} neu im Sekretariat. Erreichbar Mo–Do {time}–{time} unter {PH1}.
Herzliche Grüße
{G2}
~~
Kann mir {g1} mal die Folien vom {date} schicken? hab die Mail von {F2} nicht bekommen
~~
Frau Professor hat die Klausur korrigiert – {H1} und {H2} bitte in die Sprechstunde, Raum {room}, {time}.
~~
Warschau: {P1} {PH1:PL}
Stockholm: {P2} {PH2:SE}
~~
Mit besten Grüßen aus Wien
{P1}
{PH1:AT}
~~
Hallo {G1},

danke nochmal für das Treffen am {date}. Anbei die überarbeitete Kalkulation ({price} netto, Rabatt {pct}). Bei Fragen: bis {time} im Büro, danach unter {PH1}. {G2} aus der Buchhaltung meldet sich wegen der Rechnung {invoice}.

Viele Grüße
{P3}
{E3}
~~
Liebe Nachbarn,
am {date} feiern wir ab {time} im Hof unser Sommerfest 🎉. {G1} macht den Grill, {G2} und {G3} kümmern sich um die Getränke. Wer einen Kuchen beisteuern möchte, meldet sich bitte bei {Hn4} im 2. Stock oder unter {PH1}.
Herzliche Grüße
Hausgemeinschaft {street}
~~
{SG1},
wir bestätigen Ihre Buchung {account} für {n} Nächte vom {date} bis {date}. Der Gesamtbetrag von {price} wird bei Anreise fällig, Ihr Zimmer ist ab {time} bezugsfertig. Bei Fragen erreichen Sie die Rezeption rund um die Uhr unter {PH1}.
Mit freundlichen Grüßen
{P2}
Rezeption
~~
[[everyday_word:Termin]] mit {Hn1} ist bestätigt: {date}, {time}, Raum {room}.
"""

DE_NOPII = r"""
[[everyday_word:Termin]] beim TÜV ist am {date} um {time}, kostet {price}. Fahrzeugschein nicht vergessen.
~~
[[everyday_word:Rechnung]] {invoice} vom {date} über {price} ist noch offen, Mahngebühr {sprice}.
~~
Bestellung {order} wurde am {date} versandt, Sendungsnummer {tracking}.
~~
Wir fahren am {date} mit dem {train} nach {place}, Abfahrt {time}, Gleis 7.
~~
Kann mir jemand erklären, warum {math}? Ich komm einfach nicht drauf 😩 Test ist am {date}, Seite {nn} im Buch
~~
Für das Referat über [[historical_figure:Goethe]] brauche ich noch Zitate aus [[title:Faust]]. Abgabe {date}.
~~
Der neue [[brand:Siemens]]-Geschirrspüler kostet {price}, mit {pct} Rabatt.
~~
Update auf {version} schlägt fehl: {errcode}. Log: {log}
~~
Zählerstand Strom am {date}: {qty} kWh, Vertragskonto {account}.
~~
Beim [[brand:Aldi]] gibt's ab {date} Spargel für {sprice} das Kilo!!
~~
Sprechstunde ist in der {street}, Raum {room}, {time} bis {time}.
~~
EAN {ean}, Artikel nicht lieferbar bis {date}. Alternativ was von {brand}?
~~
IMEI {imei}, Gerät gesperrt seit {date}, Ticket {ticket}.
~~
Heute Abend läuft wieder [[title:Bauer sucht Frau]], {time}, hab schon Chips für {price} gekauft 😂
~~
Kann mir jemand sagen warum `{sql}` so langsam ist? Tabelle hat {qty} Zeilen, Postgres {version}.
~~
[[everyday_word:Koch]] gesucht! Teilzeit, {sprice} pro Stunde, Start {date}.
~~
Paket liegt in der Filiale {street}, abholbar bis {date}, Abholcode {account}.
~~
Wann hat [[historical_figure:Beethoven]] die Neunte geschrieben? Ich hab {date} im Kopf aber das stimmt bestimmt nicht. Konzert ist am {date} um {time}
~~
Fristverlängerung im Verfahren {case} bis {date} beantragt, Streitwert {price}.
~~
Heizung zeigt {errcode}, Seriennummer {serial}, Wartung zuletzt am {date}.
~~
Die Mehrwertsteuer beträgt {pct}, also {price} bei einem Nettobetrag von {price}.
~~
Wir haben {qty} Stück von EAN {ean} auf Lager, Nachlieferung am {date}.
~~
Flug {flight} am {date} verspätet, neue Abflugzeit {time}.
~~
Kurze Frage: heißt es „der [[brand:Porsche]]“ oder „das [[brand:Porsche]]“? 😄 Der {version} Konfigurator sagt {price}
~~
Lieferung an {street}, {plz}, Zeitfenster {time}–{time}.
~~
Aktie von [[brand:Siemens]] heute {pct} im Minus, Schlusskurs {price}.
~~
Kann man [[dish:Birne Helene]] einen Tag vorher machen? Party ist am {date} ab {time}, wir sind {n} Leute.
~~
Log vom Server ({ipver}):
{log}
{log}
~~
Hat jemand Erfahrung mit [[brand:Kärcher]]-Akkus? Modell {serial} hält nur noch {pct}.
~~
Schichtplan: Früh ab {time}, Spät ab {time}, Nacht ab {time}. Änderungen bis {date}.
~~
Mein Sohn liest gerade [[character:Pippi Langstrumpf]], danach [[character:Räuber Hotzenplotz]]? Oder was lesen Achtjährige so? Die Bücherei hat bis {date} zu.
~~
[[everyday_word:Lieferung]] verzögert sich, neuer Termin {date}. Auftragsnummer {order}.
~~
Git meldet {errcode} bei `{code}` – hat jemand eine Idee? Seit {timestamp} geht nix mehr
~~
Gutschrift {invoice} über {price} wurde am {date} verbucht.
~~
Wie viel Trinkgeld gibt man in Österreich? Die Rechnung war {sprice} für {n} Leute, sind {pct} okay oder lieber aufrunden?
~~
Hausaufgabe bis {date}: {math} und {math}
~~
{train} fällt aus, Ersatzverkehr ab {time} vom Bahnhofsvorplatz, Ankunft {place} ca. {time}.
~~
[[street:Karl-Marx-Allee]] ist ab {date} gesperrt, Umleitung über {street}.
~~
Meine [[company:Telekom]]-Rechnung ist plötzlich {price} statt {price}?!
~~
Wer kommt mit in die [[historical_figure:Albrecht Dürer]]-Ausstellung? Eintritt {price}, Samstag {time}.
~~
Rückruf bei {brand}: betroffen sind die Seriennummern {serial} bis {serial}.
~~
Raum {room} ist am {date} doppelt gebucht, bitte auf {room} ausweichen.
~~
Version {version} ist raus 🎉 Fix für {errcode}, Build {ipver}.
~~
Das Amtsgericht hat den Termin im Verfahren {case} auf {date}, {time} verlegt.
~~
Umsatz Q3: {price}, Vorjahr {price}, Wachstum {pct}.
~~
Kita ist vom {date} bis {date} zu. Notbetreuung ab {time}.
~~
Vorlesung über [[historical_figure:Kant]] fällt aus, Ersatztermin {date}, {time}, Hörsaal {room}.
~~
Mein Bestellstatus hängt seit {date} bei „in Bearbeitung“, Bestellnr. {order}, bezahlt hab ich {price}
~~
Packliste: Ladekabel, [[brand:Braun]]-Föhn, Ausweis. Abflug {date} {time}.
~~
PLZ {plz} oder {plz}? Das Formular nimmt keine von beiden, Fehler {errcode}
~~
Fehler beim Import: Zeile {qty}, Wert „{order}“ ungültig, Zeitstempel {timestamp}
~~
[[everyday_word:Besprechung]] verschoben auf {date}, {time}, Raum {room}.
~~
Wer hat [[title:Die Blechtrommel]] gelesen? Lesekreis am {date} um {time}, Beitrag {price}
~~
[[everyday_word:Abrechnung]] für {date}: {nn} Überstunden, Zuschlag {pct}, macht {price} brutto.
~~
Hallo zusammen,
kurzes Update zum Release: {version} ist seit {timestamp} auf Staging. Bekannte Probleme: {errcode} beim Login und ein Timeout in der Suche ({log}). Bitte bis {date} testen, Go-live ist für {date} um {time} geplant. Ticket {ticket}.
Danke!
~~
Liebe Eltern,
der Wandertag findet am {date} statt. Treffpunkt ist um {time} in der {street}, Rückkehr gegen {time}. Bitte {price} für den Eintritt mitgeben und an Regenkleidung denken. Bei Unwetter entfällt der Ausflug.
Viele Grüße
Ihre Klassenleitung
~~
Hallo Team,
der Kunde hat die Auftragsbestätigung {order} über {qty} Stück erhalten. Liefertermin {date}, Zahlungsziel {n} Wochen, Skonto {pct}.
Gruß aus der Disposition
~~
Referat über [[public_figure:Angela Merkel]] oder [[historical_figure:Konrad Adenauer]]? Abgabe {date}, maximal {nn} Seiten.
~~
[[everyday_word:Kündigung]] des Vertrags {account} zum {date} bestätigt, Restbetrag {price}.
~~
Artikel {ean} ([[brand:Faber-Castell]] Buntstifte, {n} Stück) kostet {sprice}, ab {date} wieder da.
"""

# ------------------------------------------------------------------------------------------------
# French
# ------------------------------------------------------------------------------------------------
FR = r"""
Bonjour {G1},
peux-tu m'envoyer le devis {invoice} avant le {date} ? Merci !
{G2}
~~
dis à {G1} que la réunion est décalée à {time}, salle {room}
~~
{SG1},
suite à notre échange, vous trouverez ci-joint la facture {invoice} d'un montant de {price}. Je reste joignable au {PH1}.
Cordialement,
{P2}
~~
{G1}, {G2} et {G3} viennent samedi, {G4} apporte le dessert 🍰
~~
t'as le numéro de {g1} ? j'ai que le {PH1} mais ça sonne dans le vide
~~
Rdv chez {HD1} le {date} à {time}, cabinet : {street}. En cas d'empêchement : {PH1}
~~
{P1}
{street}
{PH1}
{E1}
~~
@{G1} tu peux prendre le ticket {ticket} ? {G2} est en congés jusqu'au {date}
~~
Compte rendu du {date}
Présents : {P1}, {P2}, {H3}
Excusé(e) : {G4}
Budget validé : {price}
~~
Pour toute question : {P1}, {PH1}, {E1}
~~
Salut {g1} ! rappelle {G2} stp, {PH1}, c'est pour la commande {order}
~~
Le cabinet de {HD1} sera fermé du {date} au {date}. Remplacement assuré par {HD2}, {PH1}.
~~
je suis en télétravail aujourd'hui, dispo au {PH1} ou par mail : {E1}
~~
Qui peut récupérer les enfants le {date} ? {G1} a foot jusqu'à {time}, {G2} est malade 🤒
~~
Madame, Monsieur,
je m'appelle {P1} et j'habite {street}. Je souhaite transmettre mon relevé de compteur, {qty} kWh, référence client {account}.
Bien à vous,
{P1}
~~
Envoie les pièces à {E1} avec {E2} en copie. Merci ! {G3}
~~
Pour info : {P1} reprend le service achats à partir du {date}. Ligne directe {PH1}.
~~
tu peux dire à {g1} que j'arrive plus tard ? le {train} a {nn} min de retard 😤
~~
Bonjour, c'est {G1} du 3e. Votre colis ({tracking}) est chez moi. {PH1}
~~
Contacts d'urgence pour la sortie du {date} :
{P1} {PH1}
{P2} {PH2}
~~
Merci beaucoup {H1} pour votre aide, la commande {order} est arrivée ce matin.
~~
L'agence a appelé pour {H1}. Merci de rappeler le {PH1} avant {time}.
~~
On cherche quelqu'un pour la permanence du {date}. {G1} et {G2} ne peuvent pas, demande à {g3}.
~~
Le {date} à {time}, {P1} a écrit :
> Ça te va comme version ?
Oui parfait. Bises, {G2}
~~
Réservation pour {n} personnes au nom de {F1}, ce soir {time}. Contact {PH1}
~~
Bonjour {H1}, votre véhicule est prêt. Montant à régler : {price}.
Le garage
~~
Passe mon numéro à {G1} : {PH1}. On monte ensemble à {place} ce week-end.
~~
Personne à contacter sur place : {HF1}, {PH1}
~~
Coucou {g1} 😘 t'es dispo demain ? {g2} vient aussi
~~
Commande {order} – livraison chez {P1}, {street}. Appeler avant : {PH1}
~~
À partir du {date} je suis en congé parental. Remplacement : {P1} ({E1}, {PH1}).
~~
{P1}
Responsable grands comptes
Tél. {PH1}
Mob. {PH2}
{E1}
~~
Bienvenue dans l'équipe, {P1} ! 🎉 Ton parrain pour les premières semaines sera {G2}.
~~
Petit rappel à {G1}, {G2} et {G3} : rendu du rapport le {date} à {time}.
~~
Colis pour {H1} ({street}) déposé chez le voisin, {H2}. Numéro de suivi {tracking}.
~~
En cas de souci : {PH1} (moi) ou {PH2} ({G1})
~~
Les cours particuliers avec {H1} coûtent {sprice} de l'heure, prochain cours le {date} : {math}
~~
Des nouvelles du Dr {F1} pour l'analyse {serial} ?
~~
Réunion parents-profs du {date} : {P1} et {P2}, classe de 4e B, salle {room}.
~~
Transfert vers {E1} activé jusqu'au {date}.
~~
prends le {PH1:BE}, c'est {g1} à Liège
~~
Je suis joignable au {PH1:CH} dès le {date}, l'ancien natel est HS. Bonne journée, {G1}
~~
Contact à Madrid : {P1}, {PH1:ES}. À Varsovie c'est {P2}, {PH2:PL}.
~~
N'oublie pas de souhaiter l'anniversaire de {G1} 🎂 — {G2} a la carte
~~
Merci de retirer {H1} de la liste de diffusion, nouvelle adresse : {E1}.
~~
Maître {F1} nous a transmis le dossier {case}. Audience le {date} à {time}.
~~
J'ai croisé {G1} chez [[brand:Darty]] hier, on a parlé de toi 😄
~~
Cc {P1} — pouvez-vous valider la note de frais {invoice} ({price}) ?
~~
Le {date}, {P1} et {P2} animent l'atelier sur [[historical_figure:Marie Curie]], salle {room}.
~~
bonsoir {g1}, tu peux m'envoyer le lien ? mon mail c'est {E0}
~~
Chère équipe,
je vous présente {P1}, en stage chez nous jusqu'au {date}. Joignable au {PH1}.
Belle journée,
{P2}
~~
{G1} a dit que {G2} passerait prendre les clés vers {time}.
~~
Demande de rappel : {H1}, {PH1}, au sujet du contrat {account}.
~~
appelle {F1} au {PH1} pour le devis {invoice}
~~
Mes coordonnées ont changé :
{PH1}
{E1}
À bientôt,
{P1}
~~
Groupe du foot : {G1} {PH1}, {G2} {PH2}, {G3} {PH3}
~~
bjr, je cherche {P1}, on était en licence ensemble à {place}. qqn a son mail ?
~~
M. et Mme {F1} ont le plaisir de vous convier au mariage de leur fille le {date} à {time}.
~~
Rendez-vous confirmé avec le Dr {F1} le {date}. Pensez à la carte Vitale 💳
~~
Bonjour à tous,
{P1} rejoint l'accueil à partir du {date}, du lundi au jeudi de {time} à {time}, au {PH1}.
Cordialement,
{G2}
~~
Amitiés de Bruxelles,
{P1}
{PH1:BE}
~~
Bonjour {G1},
merci encore pour la réunion du {date}. Ci-joint le devis révisé ({price} HT, remise de {pct}). Je suis au bureau jusqu'à {time}, ensuite au {PH1}. {G2} de la compta reviendra vers toi pour la facture {invoice}.
Bien cordialement,
{P3}
{E3}
~~
Chers voisins,
la fête de l'immeuble aura lieu le {date} à partir de {time} dans la cour 🎉. {G1} s'occupe du barbecue, {G2} et {G3} des boissons. Pour apporter un gâteau, adressez-vous à {H4} au 2e étage ou au {PH1}.
Bonne journée à tous
~~
{SG1},
nous vous confirmons votre réservation {account} pour {n} nuits du {date} au {date}. Le montant total de {price} sera réglé à l'arrivée et la chambre est disponible dès {time}. Notre réception est joignable 24h/24 au {PH1}.
Sincères salutations,
{P2}
Réception
~~
franchement {g1} abuse, toujours en retard 🙄 on attend depuis {time}
~~
Tu peux transmettre à {Hn1} que le dossier {case} est complet ? Merci
~~
Qui a le mail de {P1} ? Je dois renvoyer le contrat {account} avant le {date}.
~~
Demain c'est {G1} qui ouvre, {G2} ferme. Clés chez {g3} 🔑
~~
La [[everyday_word:rose]] c'est pour {G1}, les tulipes pour {G2} 💐 on se retrouve à {time}
"""

FR_NOPII = r"""
Le contrôle technique est le {date} à {time}, tarif {price}.
~~
La facture {invoice} du {date} d'un montant de {price} reste impayée.
~~
Commande {order} expédiée le {date}, numéro de suivi {tracking}.
~~
On prend le {train} pour {place} le {date}, départ {time}, voie B.
~~
Quelqu'un peut m'expliquer pourquoi {math} ? je bloque depuis une heure 😩 contrôle le {date}, exercice {n}
~~
Exposé sur [[historical_figure:Victor Hugo]] : il me faut des citations des [[title:Misérables]] pour le {date}.
~~
Les pneus [[brand:Michelin]] sont à {price} pièce avec {pct} de remise.
~~
La mise à jour {version} plante : {errcode}. Journal : {log}
~~
Relevé du compteur le {date} : {qty} kWh, référence {account}.
~~
Chez [[brand:Leclerc]] les fraises sont à {sprice} la barquette jusqu'au {date} !
~~
une [[everyday_word:rose]] pour la fête des mères ou plutôt du [[everyday_word:muguet]] ? budget {price}
~~
Cette [[everyday_word:pierre]] de taille coûte {price} le m², livraison le {date}.
~~
EAN {ean}, article indisponible jusqu'au {date}. Une alternative chez {brand} ?
~~
IMEI {imei}, appareil bloqué depuis le {date}, ticket {ticket}.
~~
Requête lente : `{sql}` sur une table de {qty} lignes, une idée ? On est en {version}.
~~
Le vol {flight} du {date} est retardé, nouvel horaire {time}.
~~
On dit « la [[brand:Peugeot]] » ou « le [[brand:Peugeot]] » pour un SUV ? 😄 Celui à {price} avec {pct} de remise
~~
Livraison au {street}, {plz}, créneau {time}–{time}.
~~
L'action [[brand:Renault]] a perdu {pct} aujourd'hui, clôture à {price}.
~~
Peut-on préparer une [[dish:pêche Melba]] la veille ? La fête est le {date} à {time}, on sera {n}.
~~
Journaux serveur (build {ipver}) :
{log}
{log}
~~
Planning : matin {time}, après-midi {time}, nuit {time}. Modifs avant le {date}.
~~
Mon fils lit [[character:Astérix]] en ce moment, après ça [[title:Le Petit Prince]] ? Il a 9 ans, la médiathèque rouvre le {date}.
~~
Git me renvoie {errcode} sur `{code}`, une idée ? ça plante depuis {timestamp}
~~
Avoir {invoice} de {price} comptabilisé le {date}.
~~
Devoirs pour le {date} : {math} et {math}
~~
Le {train} est supprimé, car de substitution à {time} devant la gare, arrivée à {place} vers {time}.
~~
La [[street:rue Émile-Zola]] est fermée à partir du {date}, déviation par {street}.
~~
Ma facture [[company:Orange]] est passée de {price} à {price} sans prévenir ?!
~~
Expo [[historical_figure:Napoléon]] aux Invalides samedi {time}, entrée {price}, qui vient ?
~~
Rappel {brand} : numéros de série {serial} à {serial} concernés.
~~
Salle {room} réservée deux fois le {date}, merci de passer en {room}.
~~
La version {version} est sortie 🎉 Correctif pour {errcode}, build {ipver}.
~~
Chiffre d'affaires T3 : {price}, contre {price} l'an dernier, soit +{pct}.
~~
La crèche ferme du {date} au {date}, accueil d'urgence à partir de {time}.
~~
Amphi {room} : le cours sur [[historical_figure:Voltaire]] est reporté au {date} à {time}.
~~
Colis bloqué « en cours d'acheminement » depuis le {date}, n° {tracking}, payé {price}
~~
Valise : chargeur, sèche-cheveux [[brand:Rowenta]], passeport. Décollage le {date} à {time}.
~~
Code postal {plz} ou {plz} ? Le formulaire refuse les deux ({errcode})
~~
Erreur d'import ligne {qty} : valeur « {order} » invalide, horodatage {timestamp}
~~
Le [[everyday_word:berger]] allemand du voisin aboie de {time} à {time} 😫
~~
Le tribunal a renvoyé l'affaire {case} au {date} à {time}.
~~
Le [[dish:bœuf Stroganoff]] de la cantine coûte maintenant {price}, c'était {price} avant
~~
Soldes aux [[brand:Galeries Lafayette]] à partir du {date}, jusqu'à {pct} !
~~
On fête la [[everyday_word:Saint-Nicolas]] le {date} à l'école, participation {price}.
~~
Abonnement [[company:SNCF]] : {price} par mois, renouvellement le {date}, réf. {account}.
~~
Heures sup du mois : {nn} h, majoration {pct}, soit {price} brut.
~~
La [[street:place Charles-de-Gaulle]] sera piétonne le {date} de {time} à {time}.
~~
T'as vu le docu sur [[public_figure:Zinédine Zidane]] ? Séance à {time}, {price} la place
~~
Serveur KO depuis {timestamp}, code {errcode}, redémarrage prévu à {time}.
~~
L'[[everyday_word:olivier]] du jardin a gelé, un nouveau coûte {price} chez [[brand:Truffaut]]…
~~
Lecture pour le {date} : [[title:Madame Bovary]], chapitres 3 à 5, fiche de {qty} mots.
~~
Bonjour à tous,
point mise en prod : la {version} tourne en préprod depuis {timestamp}. Problèmes connus : {errcode} à la connexion et un timeout sur la recherche ({log}). Merci de tester avant le {date}, mise en ligne prévue le {date} à {time}. Ticket {ticket}.
Merci !
~~
Chers parents,
la sortie scolaire aura lieu le {date}. Rendez-vous à {time}, {street}, retour vers {time}. Merci de prévoir {price} pour l'entrée et un vêtement de pluie. En cas d'alerte météo, la sortie sera annulée.
L'équipe enseignante
~~
Tarif cantine au {date} : {sprice} le repas, {pct} de réduction dès le 3e enfant, réf. famille {account}.
~~
La [[everyday_word:marguerite]] ou la [[everyday_word:rose]] pour le bouquet ? Le fleuriste ferme à {time}, mariage le {date}.
~~
Bonjour,
la commande {order} de {qty} unités est confirmée. Livraison le {date}, paiement à {nn} jours, escompte {pct}.
Le service logistique
~~
Exposé sur [[public_figure:Kylian Mbappé]] ou [[historical_figure:Jeanne d'Arc]] ? Rendu le {date}, {nn} pages max.
~~
Résiliation du contrat {account} au {date} confirmée, solde restant {price}.
~~
Réf. EAN {ean} (stylos [[brand:Bic]], lot de {n}) à {sprice}, retour en rayon le {date}.
"""

# ------------------------------------------------------------------------------------------------
# Chinese (Simplified, zh_CN)
# ------------------------------------------------------------------------------------------------
ZH = r"""
{P1}明天上午来公司面试，你帮忙接待一下，会议室在{room}。
~~
找{P1}拿一下{date}的会议纪要，顺便问问报销单{invoice}批了没有
~~
告诉{P1}，快递{tracking}已经到前台了
~~
通知{P1}、{P2}和{P3}，{date}{time}在三楼开周会
~~
你联系一下{P1}，{PH1}，问问合同{account}什么时候能签
~~
{P1}经理，您好！附件是{date}的报价单，总价{price}，请查收。
~~
各位老师：
请于{date}前在系统里提交期末成绩，逾期不再受理。
此致
敬礼
{P1}
~~
叫{P1}下午{time}之前把PPT发我，急
~~
让{P1}把那批货的单号发一下，订单号{order}
~~
请{P1}老师于{date}前提交期末试卷，有问题打{PH1}
~~
{P1}医生今天门诊到{time}，挂号费{price}
~~
{P1}总，{date}的航班{flight}已经订好了，登机口到时候再通知您
~~
问一下{P1}，孩子作业里“{math}”这题是不是答案印错了
~~
{P1}和{P2}这周末值班，有事找{PH1}
~~
这是{P1}的手机号{PH1}，你加一下微信
~~
大家好，我是{P1}，{date}入职，工号{account}，以后请多关照！🙏
~~
明天{P1}请假，{P2}替班，{P3}负责开门
~~
麻烦转告{P1}：{date}的体检改到{time}，地点{street}
~~
{P1}
{PH1}
{E1}
~~
{P1} {PH1}
{P2} {PH2}
~~
紧急联系人：{P1}，{PH1}
~~
你好，我找{P1}，请问在吗？我是快递员，{tracking}的包裹需要本人签收
~~
{G1}，晚上一起吃饭吗？{P2}也来 😋
~~
跟{P1}说一声，我{time}到，车次{train}
~~
{P1}的邮箱是{E1}，简历直接发过去就行
~~
上周{P1}在群里说的那个[[brand:周黑鸭]]优惠券还能用吗？
~~
下单人：{P1}
收货地址：{street}
电话：{PH1}
订单号：{order}
~~
各位好，我是新来的实习生{P1}，负责[[brand:李宁]]的项目，有事可以找我
~~
@{P1} 报销{price}已到账，请确认
~~
{P1}、{P2}、{P3}三位同学请于{date}到教务处领取证书
~~
帮我问问{P1}，上次借的《[[title:三体]]》什么时候还
~~
{P1}老师好，孩子今天发烧请假一天，谢谢！家长{P2}
~~
刚才{P1}说{date}的会取消了，你通知一下{P2}
~~
会议纪要
时间：{date} {time}
参会人：{P1}、{P2}、{P3}
记录人：{P4}
~~
客户{P1}投诉订单{order}少发了一件，回电{PH1}
~~
我和{P1}{date}去[[place:张家界]]，{P2}去不去？
~~
{P1}总监让大家{time}前把周报发到{E1}
~~
香港那边的联系人是{P1}，{PH1:HK}；台北是{P2}，{PH2:TW}
~~
东京办事处{PH1:JP}，首尔办事处{PH2:KR}，对接人{P1}
~~
{P1}您好：您预约的{date}{time}已确认，请提前15分钟到达。
~~
感谢{P1}帮忙！{price}的红包已发 🧧
~~
周末去{P1}家玩，地址{street}，到了打{PH1}
~~
{P1}同学，你的总分是{nn}分，排名前{pct}
~~
麻烦{P1}把发票{invoice}寄到{street}，邮编{plz}
~~
刚加了{P1}的微信，就是{PH1}这个号
~~
通知：{P1}自{date}起任销售部经理。
~~
{P1}，你的外卖到了，放在{room}门口了
~~
请{P1}、{P2}两位同事明天{time}到人事部签合同
~~
我是{P1}的妈妈，孩子的校服尺码填错了，麻烦改成{nn}码，电话{PH1}
~~
以上，如有疑问请联系{P1}（{PH1}，{E1}）。
~~
拜托{P1}帮我代签一下{tracking}的快递，谢谢啦
~~
印度客户的对接人是{P1}，{PH1:IN}；悉尼那边找{P2}，{PH2:AU}
~~
{P1}您好：
感谢您{date}抽时间参加项目评审。按照会上的讨论，修改后的报价为{price}（含税），折扣{pct}。如有疑问请随时联系我，{time}以前我都在办公室，之后可以打我手机{PH1}。财务部的{P2}会另外跟您确认发票{invoice}的事。
祝好
{P3}
{E3}
~~
各位邻居：
本小区定于{date}{time}在中心花园举办邻里节🎉，{P1}负责烧烤，{P2}和{P3}负责饮料。想带点心的请联系三楼的{P4}，{PH1}。
物业服务中心
~~
尊敬的{P1}：
您的预订{account}已确认，入住{date}，退房{date}，共{n}晚，房费合计{price}，到店支付。房间{time}后可入住，前台24小时电话{PH1}。
{P2}
前台
~~
{P1}说[[everyday_word:马上]]到，让大家先点菜
~~
[[everyday_word:周末]]{P1}值班，[[everyday_word:何时]]换班去问{P2}
~~
{P1}[[everyday_word:常常]]加班到{time}，[[everyday_word:高兴]]的是这个月奖金有{price}
"""

ZH_NOPII = r"""
这个月的[[everyday_word:金额]]是{price}，比上个月多了{pct}
~~
[[everyday_word:周末]]去[[place:王府井]]逛逛吗？{time}集合
~~
用“{everyday}”造句，{date}交，至少{qty}字 ✍️
~~
用“{everyday}”和“{everyday}”各造一个句子，{date}前交
~~
[[everyday_word:马上]]要考试了，{math}这题怎么做？{date}就考
~~
[[everyday_word:黄金]]价格今天涨到{price}一克了，涨幅{pct}
~~
订单{order}已发货，快递单号{tracking}，预计{date}送达
~~
《[[title:红楼梦]]》里[[character:林黛玉]]第一次进贾府是第几回？作业{date}交
~~
[[historical_figure:李白]]和[[historical_figure:杜甫]]谁的诗更适合小学生背？{date}要背{n}首
~~
[[character:孙悟空]]一共打了几次白骨精？孩子问我我也忘了😂 《[[title:西游记]]》第{nn}回好像有
~~
[[brand:李宁]]的新款跑鞋原价{price}，现在打{pct}的折扣
~~
[[brand:老干妈]]又涨价了，一瓶{sprice}，去年才{sprice}
~~
发票{invoice}的[[everyday_word:金额]]是{price}，税率{pct}
~~
{date}高铁{train}，{time}发车，二等座{price}
~~
这个游戏里的[[everyday_word:王国]]要升到{nn}级才能解锁新地图，{version}版本改的
~~
请勿在此[[everyday_word:张贴]]广告，违者罚款{price}。物业 {date}
~~
[[everyday_word:李子]]{sprice}一斤，[[everyday_word:杨梅]]{sprice}一斤，要哪个？
~~
[[everyday_word:林业]]局的招聘考试在{date}，报名截止{date}
~~
你[[everyday_word:何时]]有空？我{date}{time}以后都行
~~
奶奶[[everyday_word:常常]]说[[everyday_word:孙子]]最乖，今天是他{nn}岁生日🎂
~~
营业执照和卫生[[everyday_word:许可]]证都过期了，{date}前要续，工本费{price}
~~
服务器日志（{ipver}）：
{log}
{log}
~~
这条SQL太慢了：{sql}，表里有{qty}行，跑了{nn}秒
~~
升级到{version}后报错{errcode}，怎么办，{timestamp}开始的
~~
[[company:顺丰]]单号{tracking}三天没更新了，{date}寄的
~~
IMEI {imei}的手机{date}丢了，已经挂失，买的时候{price}
~~
商品条码{ean}，库存{qty}件，补货时间{date}
~~
[[street:中山路]]{date}起封路施工，绕行{street}
~~
{date}到{date}放假调休，{date}上班
~~
[[everyday_word:高兴]]的是这次期中考试数学考了{nn}分！全班前{pct}
~~
[[everyday_word:白天]]降水概率{pct}，晚上最低温度{n}度
~~
房租{price}，押一付三，就在[[street:鲁迅路]]附近，邮编{plz}
~~
法院案号{case}，开庭时间{date}{time}
~~
[[dish:东坡肉]]和[[dish:宫保鸡丁]]各一份，一共{price}
~~
[[everyday_word:钱包]]丢在{train}上了，谁捡到了？车厢{n}号
~~
[[brand:周大福]]今天金价{price}/克，比昨天涨了{pct}
~~
[[historical_figure:诸葛亮]]的《出师表》要背到第几段？{date}默写，{time}前交
~~
[[everyday_word:马上]]就到[[everyday_word:周末]]了，{time}下班去吃火锅吗？
~~
[[everyday_word:熊猫]]基地门票{sprice}，开放时间{time}到{time}
~~
版本号{version}和{ipver}有什么区别？更新日志在{date}那条
~~
[[everyday_word:温度]]传感器报警：{log}，固件{version}
~~
[[place:马鞍山]]到[[place:石家庄]]的快递要几天？单号{tracking}
~~
~~
各位同事：
版本{version}已于{timestamp}部署到预发环境。已知问题：登录时报{errcode}，搜索接口超时（{log}）。请在{date}前完成测试，计划{date}{time}正式上线，对应工单{ticket}。
谢谢！
~~
各位家长：
本学期秋游定于{date}，早上{time}在学校门口集合，{time}左右返回。请给孩子准备{price}门票费和雨具，如遇恶劣天气活动取消。
班主任
~~
[[everyday_word:余额]]不足，还差{price}，{date}前充值可享{pct}优惠
~~
[[public_figure:姚明]]当年身高多少？体育课作业{date}交，不少于{nn}字
~~
《[[title:骆驼祥子]]》读后感{date}交，[[everyday_word:于是]]我{time}才开始写😭
~~
[[everyday_word:胡萝卜]]{sprice}一斤，[[everyday_word:黄瓜]]{sprice}一斤，[[everyday_word:毛巾]]{sprice}一条
"""

# ------------------------------------------------------------------------------------------------
# Chinese (Traditional, zh_TW)
# ------------------------------------------------------------------------------------------------
TW = r"""
請{P1}明天{time}到會議室{room}，謝謝
~~
{P1}的電話是{PH1}，有事直接打過去
~~
跟{P1}說一下，高鐵{train}改到{time}
~~
{P1}、{P2}和{P3}這週末值班，聯絡{PH1}
~~
{P1}老師您好，小孩今天請假，謝謝！家長{P2} {PH1}
~~
收件人：{P1}
地址：{street}
手機：{PH1}
~~
找{P1}拿{date}的報價單，總價{price}
~~
{P1}
{PH1}
{E1}
~~
問一下{P1}，訂單{order}什麼時候出貨
~~
本週五起停車場整修，請改停B2，造成不便敬請見諒。
此致
敬禮
{P1}
~~
{G1}，晚上要不要一起吃飯？{P2}也會來
~~
通知{P1}：{date}的健檢改到{time}
~~
台北辦公室{PH1:TW}，香港{PH2:HK}，窗口是{P1}
~~
{P1}經理，{date}的機票已訂好，航班{flight}
~~
謝謝{P1}幫忙！禮券{price}已寄出 🎁
~~
麻煩{P1}和{P2}把報告寄到{E0}，截止{date}
~~
我是{P1}，訂位{n}位，{time}，電話{PH1}
~~
{P1}您好：
謝謝您{date}參加說明會。附件是修改後的報價，總金額{price}（含稅），折扣{pct}。有任何問題歡迎來電，{time}前我都在辦公室，之後請打我手機{PH1}。
敬祝 商祺
{P2}
~~
{P1}說[[everyday_word:馬上]]到，{P2}[[everyday_word:常常]]遲到就不等了
"""

TW_NOPII = r"""
訂單{order}已出貨，預計{date}到貨，運費{price}
~~
[[everyday_word:週末]]要去[[place:高雄]]嗎？高鐵{train} {time}出發
~~
[[everyday_word:黃金]]今天一錢{price}，比{date}漲了{pct}
~~
用「{everyday}」和「{everyday}」造句，{date}交
~~
伺服器錯誤{errcode}，版本{version}，時間{timestamp}
~~
[[street:中正路]]{date}起封閉施工，改走{street}
~~
發票{invoice}金額{price}，要打統編嗎？開立日期{date}
~~
[[everyday_word:馬上]]要期末考了，{math}怎麼算？{date}考
~~
《[[title:西遊記]]》裡[[character:孫悟空]]的師父是誰？作業{date}交
~~
[[brand:王品]]牛排一客{price}，{date}前打{pct}折扣
~~
捷運板南線{time}後有延誤，大約{nn}分鐘，{time}恢復
~~
[[everyday_word:孫子]]今年{n}歲，[[everyday_word:常常]]吵著要去[[place:林口]]的outlet
~~
各位同仁：
系統{version}已於{timestamp}上線測試環境，已知問題：登入錯誤{errcode}。請於{date}前完成測試，預計{date}{time}正式上線。
資訊部
"""

# ------------------------------------------------------------------------------------------------
# English (en_US)
# ------------------------------------------------------------------------------------------------
US = r"""
Hey {G1}, can you cover my shift on {date}? I'll owe you one 🙏
~~
Tell {W1} the pickup moved to {time} at the {street} entrance
~~
{SG1},

Please find attached invoice {invoice} for {price}. You can reach me directly at {PH1}.

Best regards,
{P2}
~~
{G1}, {G2} and {G3} are in for Friday, {G4} is bringing chips
~~
anyone have {g1}'s new number? the old one {PH1} goes straight to voicemail
~~
Appointment with {HD1} on {date} at {time}. To reschedule call {PH1}.
~~
{P1}
{street}
{PH1}
{E1}
~~
@{G1} can you grab {ticket}? {G2} is out until {date}
~~
Minutes {date}
Attendees: {P1}, {P2}, {H3}
Regrets: {G4}
Budget approved: {price}
~~
Ask {W1} whether the [[brand:Dell]] order ({order}) shipped yet
~~
I'm on {PH1} all day, or email {E1} if it's not urgent
~~
Emergency contacts for the field trip on {date}:
{P1} {PH1}
{P2} {PH2}
~~
Thanks so much {H1}, order {order} arrived this morning!
~~
Reservation for {n} under {F1}, tonight at {time}. {PH1}
~~
Give {W1} my number, {PH1}, we're driving to {place} together
~~
Point of contact on site: {HF1}, {PH1}
~~
Welcome aboard, {P1}! 🎉 Your onboarding buddy is {G2}.
~~
Package for {H1} was left with the neighbor, {H2}. Tracking {tracking}.
~~
If anything comes up: {PH1} (me) or {PH2} ({G1})
~~
{P1}
Account Executive
O: {PH1}
M: {PH2}
{E1}
~~
Reminder for {G1}, {G2} and {G3}: report due {date}, {time}
~~
Our Toronto contact is {P1}, {PH1:CA}; Bangalore is {P2}, {PH2:IN}.
~~
Did {W1} ever send the slides? Need them before the {time} sync
~~
Please remove {H1} from the mailing list, new address is {E1}
~~
Hi all,
{P1} is joining the front desk on {date}. Reach them at {PH1}.
Thanks,
{G2}
~~
Hi {G1},

Thanks again for meeting on {date}. As discussed, here's the revised quote: {price} before tax, {pct} off list. Feel free to reach out if anything's unclear; I'm at my desk until {time}, after that on my cell at {PH1}. {G2} from accounting will follow up on invoice {invoice}.

Best,
{P3}
{E3}
~~
Hey neighbors! 🎉 Block party on {date} from {time}. {G1} is on grill duty, {G2} and {G3} have drinks covered. If you want to bring dessert, let {H4} in unit 2B know or text {PH1}. See you there!
"""

US_NOPII = r"""
Your appointment is on {date} at {time}. Copay {sprice}.
~~
Invoice {invoice} dated {date} for {price} is past due.
~~
Order {order} shipped {date}, tracking {tracking}.
~~
Can someone explain why {math}? I've been stuck for an hour 😩 test is {date}, problem {n}
~~
Essay on [[historical_figure:Abraham Lincoln]] due {date}, at least {qty} words
~~
[[brand:Tesla]] stock down {pct} today, closed at {price}
~~
Update to {version} fails with {errcode}. Log: {log}
~~
Is the [[everyday_word:grace period]] on this [[everyday_word:bill]] {nn} days or a month?
~~
I [[everyday_word:will]] finish the [[title:The Great Gatsby]] report by {date}, promise
~~
Flight {flight} on {date} delayed, new departure {time}
~~
`{sql}` takes forever on {qty} rows, any ideas? we're on {version}
~~
IMEI {imei}, device locked since {date}, ticket {ticket}
~~
Delivery to {street}, {plz}, window {time}–{time}
~~
Which [[brand:Ford]] is better for towing, and is {price} fair for a used one with {qty} miles?
~~
Server logs from {ipver}:
{log}
{log}
~~
[[character:Sherlock Holmes]] or [[character:Harry Potter]] for a 10-year-old's book report? Due {date}
~~
Hit {errcode} on `{code}`, anyone seen this? started at {timestamp}
~~
Q3 revenue {price} vs {price} last year, up {pct}
~~
Team,
quick release update: {version} has been on staging since {timestamp}. Known issues: {errcode} on login and a search timeout ({log}). Please test by {date}; go-live is planned for {date} at {time}. Tracking in {ticket}.
Thanks!
~~
[[public_figure:Taylor Swift]] tickets for {date} are {price} each?! resale was {price}
~~
Lease renewal {account}: rent goes up {pct} to {price} starting {date}
"""

# ------------------------------------------------------------------------------------------------
# English (en_GB)
# ------------------------------------------------------------------------------------------------
GB = r"""
Hiya {G1}, still up for the pub quiz on {date}? starts {time}
~~
Could you ask {W1} to ring the surgery back on {PH1}? It's about the repeat prescription
~~
{SG1},

Thank you for your application. We will be in touch by {date}.

Kind regards,
{P2}
HR
~~
{G1}, {G2} and {G3} are coming Saturday, {G4} is bringing the pudding
~~
Cheers {H1}, parcel {tracking} turned up this morning
~~
Appointment with {HD1} on {date} at {time}. To cancel, call {PH1}.
~~
{P1}
{street}
{PH1}
{E1}
~~
@{G1} can you pick up {ticket}? {G2} is off till {date}
~~
Give {W1} a shout on {PH1} if the boiler packs up again
~~
Emergency contacts for the school trip on {date}:
{P1} {PH1}
{P2} {PH2}
~~
I'm on {PH1} till {time}, otherwise email {E1}
~~
Table for {n} under the name {F1} at {time}. {PH1}
~~
Kind regards,
{P1}
Practice Manager
{PH1}
~~
Please take {H1} off the distribution list, new email {E1}
~~
Dublin office: {P1}, {PH1:IE}. Sydney: {P2}, {PH2:AU}.
~~
Welcome to the team, {P1}! Your mentor will be {G2} 😊
~~
{W1} said {W2} would drop the keys round about {time}
~~
If anything goes wrong: {PH1} (me) or {PH2} ({G1})
~~
Left the spare key with {H1} at the end of the road, or ask {g2} next door
~~
Has anyone got an email for {P1}? We were at uni together in {place}
~~
Meeting notes {date}
Present: {P1}, {P2}
Apologies: {H3}
~~
Thanks {G1}! Sent {price} over for the tickets 👍
~~
Stockholm contact is {P1}, {PH1:SE}; Amsterdam is {P2}, {PH2:NL}
~~
{P1} rang about invoice {invoice}, can you get back to them on {PH1}?
~~
Dear {G1},
Many thanks for coming in on {date}. The revised quote is {price} plus VAT, including a {pct} discount. I'm in the office until {time}, and on my mobile after that, {PH1}. {G2} in accounts will be in touch about invoice {invoice}.
Kind regards,
{P3}
{E3}
~~
Hello all,
The street party is on {date} from {time}. {G1} is doing the barbecue and {G2} and {G3} are sorting drinks. If you'd like to bring a cake, let {H4} at number 14 know, or ring {PH1}.
Cheers
"""

GB_NOPII = r"""
MOT booked for {date} at {time}, {price}.
~~
Council tax bill {invoice} of {price} due {date}
~~
Order {order} dispatched {date}, tracking {tracking}
~~
Revision help please: {math} and {math} 😩 mock exam {date}
~~
Essay on [[historical_figure:Winston Churchill]] due {date}, {qty} words max
~~
[[brand:Marks & Spencer]] meal deal now {price}?! it was {price} last year
~~
The {time} to [[place:St Albans]] is cancelled again, next one {time}
~~
[[place:Victoria]] station shut on {date}, rail replacement from {time}
~~
Update {version} broke login: {errcode}. {log}
~~
Is [[dish:Beef Wellington]] doable the day before? Dinner's on {date} at {time}, {n} of us
~~
Meter reading {qty} on {date}, account {account}
~~
[[title:Pride and Prejudice]] or [[title:Jane Eyre]] for book club on {date}?
~~
Postcode {plz} or {plz}? The form won't take either, keeps saying {errcode}
~~
Tracking {tracking} says delivered at {time} on {date} but nothing here
~~
Timestamp {timestamp}, error {errcode}, restart at {time}
~~
[[street:Baker Street]] closed from {date}, diversion via {street}
~~
[[everyday_word:May]] half term is {date} to {date}, club fees {sprice}
~~
Serial {serial}, warranty till {date}, EAN {ean}
~~
Dear parents,
The Year 5 trip is on {date}. Please arrive at the front gate by {time}; we expect to be back around {time}. The entry fee is {price} – please pay via the school app by {date}. If the weather is very poor, the trip will be postponed.
Many thanks,
The Year 5 team
~~
[[everyday_word:June]] bank holiday: shop open {time}–{time}, [[brand:Sainsbury's]] click & collect order {order}
~~
Essay plan: [[historical_figure:Florence Nightingale]] vs [[historical_figure:Ada Lovelace]], {nn} paragraphs, due {date}
"""

BLOCKS = [("de", DE), ("de", DE_NOPII), ("fr", FR), ("fr", FR_NOPII), ("zh", ZH), ("zh", ZH_NOPII),
          ("tw", TW), ("tw", TW_NOPII), ("us", US), ("us", US_NOPII), ("gb", GB), ("gb", GB_NOPII)]
