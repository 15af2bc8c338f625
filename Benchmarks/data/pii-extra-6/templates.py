"""Hand-written templates for pii-extra-6.

Slots: {P} phone (Faker phone_number() of the prompt's locale, sometimes of a neighbouring locale),
{P:xx_XX} phone of that Faker locale; {N1} given+family name of person 1 (Faker first_name_male/female +
last_name), {F1} given name, {L1} family name, {T1} title + family name (only the family name is PII),
{TN1} title + full name, {V1} given name + particle + family name, {TV1} title + particle + family name,
{RN1} raw Faker name() (may carry Faker's own prefix/suffix; only the name part is PII), {E1} Faker email();
in Chinese {N1}/{RN1} is a zh_CN name (some with a compound surname).
{DATE} {TIME} {PRICE} {AMOUNT} {ORDER} {INV} {TRACK} {VER} {ISBN} {PLZ} {FLIGHT} {TRAIN} {REF} {YEAR} {ROOM}
{PCT} {QTY} {TICKET} are generated look-alikes; {BRAND} {PLACE} {HIST} {CHAR} {EPO} {WORD} {DISH} pick a
look-alike from LISTS; <<kind:value>> is a fixed look-alike; [[a|b]] picks a wording. "\\n" is a newline.
"""

LISTS = {
    "BRAND": {"de": ("brand", ["Hugo Boss", "Dr. Oetker", "Haribo", "Porsche", "Mercedes-Benz", "Tchibo", "Aldi Süd", "Rossmann", "Jack Wolfskin", "Faber-Castell", "Carl Zeiss", "Bosch"]),
              "fr": ("brand", ["Chanel", "Yves Saint Laurent", "Louis Vuitton", "Peugeot", "Michelin", "Lacoste", "Citroën", "Christian Dior", "Pierre Hermé", "Jean Paul Gaultier"]),
              "en": ("brand", ["McDonald's", "Ben & Jerry's", "Wendy's", "Marks & Spencer", "Sainsbury's", "Ford", "Dell", "Tesla", "Hewlett-Packard", "Calvin Klein", "Ralph Lauren", "John Lewis"]),
              "zh": ("brand", ["李宁", "王老吉", "周黑鸭", "张小泉", "老干妈", "华为", "小米", "周大福", "马应龙", "杨国福"])},
    "PLACE": {"de": ("place", ["Goethestraße", "Schillerplatz", "Bismarckstraße", "Kaiser-Wilhelm-Ring", "Albert-Einstein-Gymnasium", "Beethovenhalle", "Konrad-Adenauer-Platz", "Sophie-Scholl-Schule", "Friedrichstraße", "Mozartplatz"]),
              "fr": ("place", ["rue Victor Hugo", "boulevard Haussmann", "avenue Jean-Jaurès", "place Charles-de-Gaulle", "lycée Louis-le-Grand", "gare Saint-Lazare", "rue Émile Zola", "collège Jules Ferry", "quai Voltaire", "avenue Foch"]),
              "en": ("place", ["Victoria Station", "Lincoln Center", "Washington Square", "King's Cross", "Baker Street", "Kennedy Airport", "Churchill College", "Nelson's Column", "Jefferson Avenue", "Elizabeth line"]),
              "zh": ("place", ["中山路", "中山公园", "人民路", "黄山", "鲁迅公园", "张江", "周庄", "岳麓山", "杜甫草堂", "逸夫楼"])},
    "HIST": {"de": ("historical_figure", ["Goethe", "Schiller", "Bismarck", "Martin Luther", "Kafka", "Beethoven", "Albert Einstein", "Friedrich der Große", "Marie Curie", "Napoleon"]),
             "fr": ("historical_figure", ["Napoléon", "Victor Hugo", "Molière", "Jeanne d'Arc", "Voltaire", "Baudelaire", "Louis XIV", "Simone de Beauvoir", "Charles de Gaulle", "Marie Curie"]),
             "en": ("historical_figure", ["Shakespeare", "Napoleon", "Churchill", "Abraham Lincoln", "Jane Austen", "Charles Dickens", "Queen Victoria", "Isaac Newton", "Martin Luther King", "Henry VIII"]),
             "zh": ("historical_figure", ["李白", "杜甫", "鲁迅", "孔子", "曹操", "苏轼", "秦始皇", "诸葛亮", "王羲之", "孙中山"])},
    "CHAR": {"de": ("character", ["Pippi Langstrumpf", "Harry Potter", "Sherlock Holmes", "Asterix", "Biene Maja", "Räuber Hotzenplotz", "Winnetou"]),
             "fr": ("character", ["Astérix", "le Petit Prince", "Tintin", "Arsène Lupin", "Madame Bovary", "Jean Valjean", "Harry Potter"]),
             "en": ("character", ["Sherlock Holmes", "Harry Potter", "Mr Bean", "Peter Rabbit", "Hermione Granger", "Captain Hook", "Elizabeth Bennet"]),
             "zh": ("character", ["孙悟空", "哪吒", "林黛玉", "贾宝玉", "猪八戒", "哈利·波特", "喜羊羊"])},
    "EPO": {"de": ("eponym", ["Alzheimer", "Parkinson", "Morbus Crohn", "Hashimoto", "Pfeiffersches Drüsenfieber", "Satz des Pythagoras", "Bunsenbrenner"]),
            "fr": ("eponym", ["maladie d'Alzheimer", "maladie de Parkinson", "syndrome de Gilles de la Tourette", "théorème de Pythagore", "loi Évin", "bec Bunsen"]),
            "en": ("eponym", ["Alzheimer's", "Parkinson's", "Down syndrome", "Crohn's disease", "Asperger's", "Tourette's", "Pythagoras' theorem"]),
            "zh": ("eponym", ["阿尔茨海默病", "帕金森病", "勾股定理", "桥本甲状腺炎", "唐氏综合征"])},
    "WORD": {"de": ("common_noun", ["der Müller", "der Schneider", "den Fischer", "beim Bäcker", "der Koch", "den Schäfer", "der Zimmermann", "beim Metzger"]),
             "fr": ("everyday_word", ["boulanger", "berger", "charpentier", "meunier", "fournier"]),
             "en": ("everyday_word", ["baker", "smith", "carpenter", "cook", "taylor"]),
             "zh": ("everyday_word", ["黄金", "高兴", "金价", "马上", "王国", "周末", "林业", "张贴", "何时", "江湖", "安全", "白天", "方便", "常常", "钱包", "高铁", "文件", "程序", "陈列", "朱红", "石头", "宋体", "孙子兵法", "温度", "龙井", "汪汪", "田地", "叶子", "夏天", "谢谢", "成都", "许多", "于是"])},
    "DISH": {"de": ("dish", ["Sachertorte", "Mozartkugeln", "Leipziger Allerlei", "Kaiserschmarrn", "Fürst-Pückler-Eis", "Bismarckhering"]),
             "fr": ("dish", ["tarte Tatin", "croque-monsieur", "pêche Melba", "bœuf Stroganoff", "madeleines", "crêpe Suzette"]),
             "en": ("dish", ["Earl Grey", "Eggs Benedict", "Caesar salad", "Beef Wellington", "Pavlova", "Bloody Mary"]),
             "zh": ("dish", ["东坡肉", "宫保鸡丁", "麻婆豆腐", "左宗棠鸡", "叫花鸡", "佛跳墙"])},
}

_DE = r"""
Hallo {F1},\nkannst du mir bis {DATE} die Präsentation schicken? Ich bin unter {P} erreichbar.
{N1} hat angerufen und bittet um Rückruf: {P}
Guten Tag {T1},\nanbei die Rechnung {INV} über {AMOUNT}.\nMit freundlichen Grüßen\n{N2}
Viele Grüße\n{N1}\n{P}
Kannst du bitte {N1} und {N2} zum Termin am {DATE} einladen?
{F1} meinte, ich soll mich bei dir melden. {P} ist meine neue Nummer.
Mein Sohn {F1} ist krank, er kommt heute nicht in die Schule. Bei Fragen: {P}
Termin bei {TN1} am {DATE} um {TIME} – bitte bestätigen.
Liebe Grüße aus {PLACE}!\n{F1}
{N1}, {N2} und {N3} haben die Schicht getauscht. Bitte im Plan ändern.
Ich suche {TV1}, die Sachbearbeiterin für Vorgang {REF}.
Hi {F1}! Wann passt dir Samstag? Ruf mich an: {P}
Bitte Vertrag für {V1} vorbereiten, Beginn {DATE}.
Sehr geehrter Herr {L1},\nleider ist Ihre Bestellung {ORDER} noch nicht angekommen.\nMit freundlichen Grüßen\n{N2}
Kontaktliste fürs Sommerfest:\n{N1} – {P}\n{N2} – {P}
Wer ist {RN1}? Die Person steht auf der Teilnehmerliste für Raum {ROOM}.
Schreib bitte {F1} eine Mail an {E1}, dass das Meeting um {TIME} ist.
{P} – das ist die Durchwahl von {T1} in der Buchhaltung.
Hallo zusammen,\nich bin ab {DATE} im Urlaub. Vertretung: {N1} ({P}).\nViele Grüße\n{F2}
Kannst du die Mail an {T1} freundlicher formulieren? Es geht um Ticket {TICKET}.
Mein Arzt, {TN1}, hat mir {EPO} als Verdacht genannt. Was bedeutet das?
{F1} und ich fahren am {DATE} mit dem {TRAIN} nach Wien. Tipps?
Übersetze ins Englische: „{N1} übernimmt ab sofort die Teamleitung.“
Notfallkontakt: {N1}, {P}. Blutgruppe egal, bitte als Formular formatieren.
Moin {F1}, die Lieferung mit Sendungsnummer {TRACK} ist da.
Mit freundlichen Grüßen\n{TN1}\nTel. {P}
Bitte schreib eine Absage an {RN1}, die Stelle ist schon vergeben.
Ich habe {N1} auf {P:de_AT} und {N2} auf {P:de_CH} – wer ist günstiger anzurufen?
Beste Grüße aus dem Homeoffice\n{N1}
Erinnerung: {F1} hat am {DATE} Geburtstag, Geschenk max. {PRICE}.
Die Nachhilfe für {F1} übernimmt {T2}, Kosten {PRICE} pro Stunde.
{P}\nDas ist die Nummer vom Handwerker, {L1} heißt er. Kannst du da morgen anrufen?
Herr {VL1} hat sein Passwort vergessen, Benutzer seit {YEAR}.
Wie spricht man den Namen {N1} richtig aus?
Kannst du {V1} sagen, dass {F2} heute später kommt?
Frau {L1} aus der Personalabteilung bittet um Rückruf unter {P}.
Gestern war ich mit {F1} beim Italiener, sie lässt dich grüßen.
Mit freundlichen Grüßen\n{V1}
Hallo {F1},\ndanke für die schnelle Hilfe!\nLG {F2}
Bitte {N1} aus dem Verteiler nehmen, neue Adresse: {E1}
Die Klassenlehrerin {T1} fragt, ob {F2} am {DATE} mitfährt.
{N1}\nAbteilung Einkauf\n{P}
Lieber {F1}, liebe {F2}, wir freuen uns auf euch am {DATE}!
Ist {RN1} schon im System angelegt? Personalnummer {QTY}.
Die Bank sagt, {T1} sei für meinen Kredit zuständig. Wie erreiche ich sie? {P}
Unser Kollege in Amsterdam, {N1}, ist unter {P:nl_NL} erreichbar, in Warschau {N2} unter {P:pl_PL}.
Servus {F1}, bist du am {DATE} in Graz? {P:de_AT}
Grüezi {T1}, Ihr Termin ist am {DATE} um {TIME}. Bei Verhinderung: {P:de_CH}
Wer hat die Reisekosten von {N1} genehmigt? Betrag {AMOUNT}.
"""
_DE = _DE.replace("{[| ]}", "[[|]]").replace("Herr {VL1}", "{TV1}")

_DE_NO = r"""
Wie lange backt man eine {DISH} bei 180 Grad? Ich habe nur {QTY} g Butter.
Was hat {HIST} eigentlich in {PLACE} gemacht? Wir wohnen da seit {YEAR}.
Meine Bestellung {ORDER} bei {BRAND} kostet {PRICE} – lohnt sich das?
Kann man {WORD} in der {PLACE} noch finden? Ich brauche Mehl für Sonntag, {DATE}.
Erklär mir {EPO} einfach, meine Oma ist {QTY} Jahre alt.
Fasse das Kapitel über {HIST} für die 9. Klasse zusammen, Seite {QTY}.
Update auf Version {VER} schlägt fehl, Ticket {TICKET}. Was tun?
Die Überweisung von {AMOUNT} mit Referenz {REF} ist nicht angekommen.
Ist der {TRAIN} am {DATE} um {TIME} pünktlich?
Wo ist die nächste Filiale von {BRAND} in {PLZ}?
Schreib eine Geschichte über {CHAR} für meine Tochter, Länge ca. {QTY} Wörter.
Mein Flug {FLIGHT} am {DATE} wurde gestrichen. Welche Rechte habe ich?
Hat {WORD} heute geöffnet? Es ist {TIME}.
Wie zitiere ich das Buch mit ISBN {ISBN} richtig?
Sendung {TRACK} hängt seit {DATE} im Paketzentrum fest.
Welche Werke von {HIST} sollte man gelesen haben?
Wie viel Rabatt sind {PCT} auf {PRICE}?
Rechnung {INV} über {AMOUNT}: Wann ist die Zahlung fällig?
Was kostet ein Parkplatz an der {PLACE} pro Tag? Ich zahle gerade {PRICE}.
Sind {DISH} glutenfrei? Wir feiern am {DATE}.
Der Drucker in Raum {ROOM} zeigt Fehler {QTY}. Was bedeutet das?
Meine Steuer-ID ist nicht das Problem, sondern die Nachzahlung von {AMOUNT}. Widerspruch möglich?
Was ist der Unterschied zwischen {EPO} und Demenz?
Empfiehl mir Bücher wie die über {CHAR}, mein Budget ist {PRICE}.
"""

_FR = r"""
Bonjour {F1},\npeux-tu me rappeler au {P} avant {TIME} ?
{N1} a appelé pour le dossier {REF}, elle rappellera demain.
Cordialement,\n{N1}
Bien à vous,\n{TN1}\n{P}
Peux-tu inviter {N1} et {N2} à la réunion du {DATE} ?
Rendez-vous avec {TN1} le {DATE} à {TIME}, cabinet au {PLACE}.
Salut {F1} ! C'est {F2}, mon nouveau numéro : {P}
Merci de préparer le contrat de {V1}, début le {DATE}.
Bonjour {T1},\nvotre commande {ORDER} est expédiée.\nCordialement,\n{N2}
{P}\nC'est le plombier, {T1}. Tu peux l'appeler demain matin ?
Mon fils {F1} est malade, il ne viendra pas à l'école aujourd'hui. Joignable au {P}.
Liste des bénévoles :\n{N1} – {P}\n{N2} – {P}\n{N3}
Qui est {RN1} ? Son nom est sur la liste de la salle {ROOM}.
Écris un mail à {E1} pour dire à {F1} que la réunion est à {TIME}.
Coucou {F1}, tu viens samedi chez {N2} ? Apporte la {DISH} !
Je cherche {TV1}, le gestionnaire du sinistre {REF}.
Traduire en allemand : « {N1} prend la direction de l'équipe à partir du {DATE}. »
Contact d'urgence : {N1}, {P}. Mets ça dans un tableau.
Bien cordialement,\n{RN1}\nService client – {P}
Mme {L1} et M. {L2} se sont inscrits au cours de {HIST} ?
{F1} et moi prenons le {TRAIN} le {DATE} pour Lyon. Des conseils ?
Peux-tu reformuler ma réponse à {T1} ? C'est pour le ticket {TICKET}.
Mon médecin, {TN1}, parle de {EPO}. C'est grave ?
À l'attention de {TN1} : facture {INV} de {AMOUNT}.
Mon collègue {N1} à Genève : {P:fr_CH}. Il faut composer quel indicatif ?
Bises,\n{F1}
Réponds à {V1} que la livraison {TRACK} arrivera le {DATE}.
Comment prononcer {N1} ?
Bonne soirée à toi {F1}, et merci pour {PRICE} !
Pour l'Espagne, appelle {N1} au {P:es_ES}, pour l'Italie {N2} au {P:it_IT}.
Mme {L1} des ressources humaines demande qu'on la rappelle au {P}.
Hier j'ai déjeuné avec {F1}, elle te passe le bonjour.
Bonjour à tous,\nje suis absent jusqu'au {DATE}. En cas d'urgence : {N1}, {P}.\nBonne journée,\n{F2}
Merci de retirer {N1} de la liste, sa nouvelle adresse : {E1}
L'institutrice, {T1}, demande si {F2} vient à la sortie du {DATE}.
{N1}\nService achats\n{P}
Cher {F1}, chère {F2}, on vous attend le {DATE} !
Est-ce que {RN1} est déjà dans le système ? Matricule {QTY}.
Qui a validé les frais de {N1} ? Montant {AMOUNT}.
"""

_FR_NO = r"""
Combien de temps cuire une {DISH} ? J'ai {QTY} g de sucre.
Qu'a fait {HIST} à Paris ? On habite {PLACE} depuis {YEAR}.
Ma commande {ORDER} chez {BRAND} coûte {PRICE}, ça vaut le coup ?
Explique la {EPO} simplement, ma grand-mère a {QTY} ans.
Résume le chapitre sur {HIST} pour une classe de 3e, page {QTY}.
La mise à jour {VER} plante, ticket {TICKET}. Que faire ?
Le virement de {AMOUNT} avec la référence {REF} n'est pas arrivé.
Le {TRAIN} du {DATE} à {TIME} est-il à l'heure ?
Où est la boutique {BRAND} la plus proche du {PLZ} ?
Écris une histoire sur {CHAR} pour ma fille, environ {QTY} mots.
Mon vol {FLIGHT} du {DATE} est annulé. Quels sont mes droits ?
Comment citer le livre ISBN {ISBN} ?
Le colis {TRACK} est bloqué depuis le {DATE}.
Quelles œuvres de {HIST} faut-il lire absolument ?
Combien font {PCT} de réduction sur {PRICE} ?
Facture {INV} de {AMOUNT} : quelle est la date d'échéance ?
Le {WORD} du quartier est-il ouvert à {TIME} ?
Un bon restaurant près de la {PLACE} pour {QTY} personnes ?
L'imprimante de la salle {ROOM} affiche l'erreur {QTY}.
"""

_EN = r"""
Hi {F1},\ncould you send me the slides by {DATE}? You can reach me on {P}.
{N1} called about case {REF} and asked for a call back on {P}.
Best regards,\n{N1}
Kind regards,\n{TN1}\n{P}
Can you invite {N1} and {N2} to the meeting on {DATE}?
Appointment with {TN1} on {DATE} at {TIME}, please confirm.
Hey {F1}! It's {F2}, new number: {P}
Please draft an offer letter for {N1}, start date {DATE}, salary {AMOUNT}.
Dear {T1},\nyour order {ORDER} has shipped.\nRegards,\n{N2}
{P}\nThat's the plumber, {T1}. Can you ring him tomorrow?
My son {F1} is off sick today, won't be in school. Any questions: {P}
Volunteer list:\n{N1} – {P}\n{N2} – {P}\n{N3}
Who is {RN1}? The name is on the sign-up sheet for room {ROOM}.
Email {E1} and tell {F1} the meeting moved to {TIME}.
Cheers,\n{F1}
I'm looking for {TV1}, the adjuster on claim {REF}.
Translate into German: "{N1} will lead the team from {DATE}."
Emergency contact: {N1}, {P}. Format it as a table please.
Thanks,\n{RN1}\nCustomer Care | {P}
Did {T1} and {T2} sign up for the {HIST} seminar?
{F1} and I are on flight {FLIGHT} on {DATE}. Any tips for the layover?
Can you make my reply to {T1} sound friendlier? It's about ticket {TICKET}.
My GP, {TN1}, mentioned {EPO}. Should I worry?
FAO {TN1}: invoice {INV} for {AMOUNT}.
Our Mumbai office is {N1} on {P:en_IN}, Sydney is {N2} on {P:en_AU}.
Toronto contact {N1}: {P:en_CA}. What's the time difference to London?
Tell {V1} that parcel {TRACK} arrives on {DATE}.
How do you pronounce {N1}?
Thanks again {F1}, I owe you {PRICE}!
{N1}, {N2} and {N3} swapped shifts this week, please update the rota.
Reminder: {F1}'s birthday is on {DATE}, gift budget {PRICE}.
The tutor for {F1} is {T2}, {PRICE} an hour. Is that fair?
Can you write a rejection email to {RN1}? The role has been filled.
{F1} said I should text you. This is me: {P}
Password reset for {TN1}, account since {YEAR}.
Many thanks,\n{N1}\n{E1}
Please add {N1} ({E1}) to the distribution list.
Message from {N1} for {N2}: call back on {P} before {TIME}.
Could {F1} cover my shift on {DATE}? Number: {P}.
Sincerely,\n{TN1}
{T1} from HR asked for a call back on {P}.
Had lunch with {F1} yesterday, she says hi.
Hi all,\nI'm out until {DATE}. For anything urgent: {N1}, {P}.\nThanks,\n{F2}
Please remove {N1} from the mailing list; new address is {E1}
The class teacher, {T1}, asked whether {F2} is coming on the trip on {DATE}.
{N1}\nProcurement\n{P}
Dear {F1} and {F2}, we look forward to seeing you on {DATE}!
Is {RN1} already set up in the system? Employee no. {QTY}.
Who approved the expenses for {N1}? Amount {AMOUNT}.
Warm wishes,\n{N1}
{N1} is our new IT contact, desk extension aside, mobile is {P}.
Can you check whether {TN1} has a slot on {DATE}? My number: {P}
I met {N1} at the conference; we should hire her. CV attached, salary ask {AMOUNT}.
yo {F1} u coming tonight? text me {P}
Please book a table for {QTY} under the name {L1} at {TIME}.
Best,\n{F1}\nSent from my phone
Ask {F1} whether the {BRAND} laptop ({VER}) was returned.
{N1} and {V2} are the two referees for this application.
"""

_EN_NO = r"""
How long do I bake a {DISH}? I only have {QTY} g of butter.
What did {HIST} do in London? We've lived near {PLACE} since {YEAR}.
My order {ORDER} from {BRAND} is {PRICE}. Worth it?
Explain {EPO} simply, my grandma is {QTY}.
Summarise the chapter on {HIST} for Year 9, page {QTY}.
Update to version {VER} keeps failing, ticket {TICKET}. What now?
The transfer of {AMOUNT} with reference {REF} hasn't arrived.
Is the train at {TIME} from {PLACE} on time on {DATE}?
Where is the nearest {BRAND} to {PLZ}?
Write a bedtime story about {CHAR}, about {QTY} words.
My flight {FLIGHT} on {DATE} got cancelled. What are my rights?
How do I cite the book with ISBN {ISBN}?
Parcel {TRACK} has been stuck since {DATE}.
Which plays by {HIST} should I read first?
What's {PCT} off {PRICE}?
Invoice {INV} for {AMOUNT}: when is it due?
Is a {WORD} the same as a blacksmith? Asking for a quiz on {DATE}.
Good restaurant near {PLACE} for {QTY} people?
The printer in room {ROOM} shows error {QTY}.
Is {DISH} caffeinated? I'm drinking it at {TIME}.
Compare {BRAND} and {BRAND} for a budget of {PRICE}.
Is {CHAR} based on a real person? Need it for an essay due {DATE}.
What's the difference between {EPO} and dementia?
My bank says the code {REF} is not a valid IBAN. What is it then?
Our router firmware {VER} was released on {DATE}; is it safe?
How many calories in a {DISH}? I had {QTY} g.
"""

_ZH = r"""
{N1}说明天{TIME}开会，你能来吗？
{N1}已经把报告发给{N2}了。
帮我给{N1}发个消息，问问{DATE}有没有空。
你找{N1}就行，他电话是{P}。
我问了{N1}，她说订单{ORDER}已经发货。
告诉{N1}，会议改到{DATE}{TIME}。
我和{N1}、{N2}和{N3}周六去爬山。
{N1}、{N2}、{N3}这周调班，请更新排班表。
{N1}\n{P}
此致\n敬礼\n{N1}
谢谢！\n{N1}\n{DATE}
昨天跟{N1}吃饭，他推荐了{DISH}。
让{N1}明天早点来，{ROOM}教室。
请{N1}把发票{INV}重新开一下，金额{AMOUNT}。
叫{N1}下午给我回个电话：{P}
{N1}老师，我家孩子今天发烧，请假一天。家长电话{P}。
预约{N1}医生，{DATE}上午{TIME}，可以吗？
联系人：{N1}，{P}，请做成表格。
我老公{N1}的手机{P}，我的是{P}。
把这句话翻译成英文：“{N1}下个月开始负责项目。”
{N1}的邮箱是{E1}，帮我写封感谢信。
学生名单：{N1}、{N2}、{N3}和{N4}，请按拼音排序。
这周末我和{N1}去{PLACE}，有什么推荐？
{N1}想问一下快递{TRACK}到哪了。
跟{N1}说一声，版本{VER}已经上线了。
{N1}经理，合同已盖章，请查收。
台湾的同事{N1}：{P:zh_TW}，日本的客户{N2}：{P:ja_JP}。
首尔那边找{N1}，号码{P:ko_KR}。
帮我写一条生日祝福给{N1}，预算{PRICE}。
{N1}今天没来上班，谁知道怎么回事？
这个名字{N1}怎么读？
我是{N1}，{P}，有问题随时联系。
请问{N1}在吗？我是快递，单号{TRACK}。
面试安排：{DATE}{TIME}，面试官{N1}和{N2}。
会议纪要由{N1}整理，{N2}审核。
给{N1}转{AMOUNT}，备注房租。
{N1}同学的作业还没交，家长{N2}电话{P}。
你好{N1}，我是新来的{N2}。
人事部的{N1}让你回个电话：{P}
昨天和{N1}吃了午饭，她让我问你好。
大家好，我{DATE}前休假，急事找{N1}，{P}。
请把{N1}从邮件列表删掉，新邮箱{E1}。
班主任{N1}问{N2}{DATE}去不去春游。
{N1}\n采购部\n{P}
{N1}和{N2}，欢迎你们{DATE}来玩！
{N1}入职手续办好了吗？工号{QTY}。
谁批准了{N1}的报销？金额{AMOUNT}。
麻烦问一下{N1}，{BRAND}的手机{PRICE}买的，能退吗？
刚才{N1}打电话来，说{P}是她的新号码。
帮我订{QTY}个人的位子，名字写{N1}，{TIME}到。
"""

_ZH_NO = r"""
{WORD}是什么意思？帮我造个句子，明天{TIME}要交。
今天{WORD}，{DATE}去哪玩比较好？
{HIST}的诗有哪些适合小学生背？第{QTY}页那首。
订单{ORDER}在{BRAND}买的，{PRICE}，值吗？
{EPO}有哪些早期症状？我爸{QTY}岁了。
{PLACE}附近有什么好吃的？预算{PRICE}。
快递{TRACK}三天没更新了，怎么办？
{TRAIN}次列车{DATE}{TIME}发车，准点吗？
航班{FLIGHT}取消了，能退多少钱？票价{PRICE}。
给我讲一个{CHAR}的故事，{QTY}字左右。
软件升级到{VER}以后打不开，工单{TICKET}。
转账{AMOUNT}，参考号{REF}，为什么还没到账？
{WORD}和{WORD}这两个词有什么区别？
{HIST}生活在哪个朝代？考试在{DATE}。
{DISH}怎么做？我有{QTY}克肉。
邮编{PLZ}是哪个区的？
ISBN {ISBN} 这本书在哪能买到？
{PRICE}的东西便宜{PCT}，现在多少钱？
发票{INV}金额{AMOUNT}，什么时候付款？
{BRAND}和{BRAND}哪个更好？预算{PRICE}。
{ROOM}会议室的投影仪坏了，{TIME}要用。
最近{WORD}涨了吗？{DATE}的价格是多少？
{PLACE}{TIME}以后还能进吗？
{CHAR}是哪本书里的人物？
"""


def _lines(s):
    return [l for l in s.strip("\n").split("\n") if l.strip()]


TEMPLATES = {
    "de": _lines(_DE) + _lines(_DE_NO),
    "fr": _lines(_FR) + _lines(_FR_NO),
    "en": _lines(_EN) + _lines(_EN_NO),
    "zh": _lines(_ZH) + _lines(_ZH_NO),
}
