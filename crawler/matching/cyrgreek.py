"""Cyrillic and Greek words read as words (session 15, ml helper, issue 12).

Shops in Bulgaria, Ukraine, Serbia, Russia and Greece write a title in their own
letters ("Кефир Простоквашино 2,5% 930 мл", "Γάλα ΔΕΛΤΑ Φρέσκο 1 λίτρο"),
another shop in Latin letters.  The title cleaner keeps only the letters a-z, so
before this module every Cyrillic and Greek word was dropped - the kind, the
flavour, the brand and the unit alike: two Cyrillic titles of one brand and size
were one product whatever they named ("Молоко ..." and "Кефир ..." both read
"2.5% 930"), and a Cyrillic title agreed with no Latin one.

``to_latin`` reads each such word as Latin text, after ``titles.strip_accents``:

* a word of the tables below (units, the shops' kinds, forms, flavours, scents,
  colours, who a product is for, the small words "with", "without", "for") is its
  English word - the word the other shop's title prints, and the word the
  matcher's tables (``wordclass``, ``facets``, ``variants``) already know; an
  inflected form is found by its stem (Slavic and Greek endings);
* a unit right after a number is the unit ("930 мл" = "930 ml", "500 γρ" = "500 g");
* every other word is written in Latin letters (``anyascii``, Greek "ου" as
  "ou"): a brand or line name reads as the Latin title spells it
  ("Простоквашино" = "prostokvashino", "ΔΕΛΤΑ" = "delta"), and an unknown word
  stays a word of its own - a word one title prints and the other does not, as
  any unknown word of a Latin title: never a dropped one.
"""

from __future__ import annotations

import re

from anyascii import anyascii

from .memos import memo  # (session 17: the memos' registry)

# any Greek or Cyrillic letter (the hint a title needs reading); (session 19, ml19) and the
# Georgian and Armenian letters shops in the Caucasus write beside Russian ones ("ბორჯომი
# მინერალური წყალი 0,5 ლ" Borjomi mineral water, "Կոնյակ ԱՐԱՐԱՏ 5 աստղ 0,5 լ" Ararat brandy):
# dropped whole before, read as Cyrillic is - units after a number, the tables' words, any other
# word in Latin letters ("ბორჯომი" borjomi, "ԱՐԱՐԱՏ" ararat)
_LETTERS = "\u0370-\u03ff\u0400-\u04ff\u0531-\u0587\u10a0-\u10ff\u1c90-\u1cbf"
HINT = re.compile("[" + _LETTERS + "]").search
_WORD = re.compile("[" + _LETTERS + "]+")

# --------------------------------------------------------------------------
# the English word(s) -> the Cyrillic (Russian, Ukrainian, Bulgarian, Serbian)
# and Greek words that name it, accent-free and lower-case as ``_key`` reads
# them; a form ending in "*" is a stem: the word with any inflection ending
# (``_ENDINGS``).  "_" joins a phrase's words into one entry of the table
# (read word by word, the English words follow in order).
# --------------------------------------------------------------------------
_WORDS = {
    # small words (the English words are the cleaner's own)
    "with": "с со з із зі ше με",
    "and": "и і та και κι",
    "without": "без χωρις",
    "for": "для за για",
    "in": "в во у σε στο στη στην",
    "from": "от из від από απο",
    "": "на по до ο η το τα οι του της των τον την αρωμα*",
    # kinds: dairy, drinks, groceries
    "milk": "молок* молочн* мляк* млечн* млек* γαλα* γαλακτ*",
    "kefir": "кефир* кефір* κεφιρ*",
    "yogurt": "иогурт* йогурт* кисело_мляко γιαουρτ*",
    "cheese": "сыр* сир* сирене* τυρι* τυρια*",
    "feta": "фета* φετα*",
    "butter": "масло_сливочн* сливочн*_масло масло_вершков* вершков*_масло краве_масло βουτυρ*",
    "sunflower oil": "подсолнечн*_масло соняшников*_олія слънчогледов*_олио ηλιελαιο*",
    "cream": "сливки* вершки* κρεμα_γαλακτοσ",
    "sour cream": "сметан*",
    "oil": "олі* олио* λαδι*",
    "olive oil": "оливков*_масло* оливков*_олія* ελαιολαδο*",
    "olive": "оливк* оливков* маслин* ελι* ελια*",
    "coffee": "кофе кав* кафе кафа καφε καφεσ καφεδ*",
    "tea": "чаи* чаю чаи чаи* τσαι*",
    "water": "вод* νερ*",
    "mineral": "минеральн* мінеральн* минерал* μεταλλικ*",
    "sparkling": "газирован* газован* газирана* газиран* ανθρακουχ* газированн* газованн*",
    "still": "негазирован* негазован* негазиран* негазированн* негазованн*",
    "drink": "напиток напитк* напій напою напої",  # (session 19, ml19b: "Напиток газированный")
    "juice": "сок* сік* соку χυμο* χυμος",
    "nectar": "нектар* νεκταρ*",
    "beer": "пиво* бира* μπυρα*",
    "wine": "вино* вина κρασι* οινος",
    "chocolate": "шоколад* шоколадн* чоколад* σοκολατ*",
    "candy": "конфет* цукерк* бонбон* καραμελ*",
    "biscuits": "печенье* печиво* бисквит* бисквити* μπισκοτ*",
    "wafer": "вафл* вафли* γκοφρετ*",
    "cake": "торт* кекс* κεικ*",
    "bread": "хлеб* хліб* хляб* ψωμι*",
    "flour": "мука* борошно* брашно* αλευρι*",
    "sugar": "сахар* цукор* захар* ζαχαρ*",
    "salt": "соль* сіль* сол* αλατι*",
    "rice": "рис* ориз* ρυζι*",
    "pasta": "макарон* паста* спагети* ζυμαρικ* μακαρον*",
    "honey": "мед* мед мед μελι*",
    "jam": "джем* варенье* конфитюр* сладко* μαρμελαδ*",
    "ketchup": "кетчуп* κετσαπ*",
    "mayonnaise": "майонез* маионез* μαγιονεζ*",
    "sauce": "соус* сос* σαλτσ*",
    "ice cream": "морожен* морозиво* сладолед* παγωτ*",
    "tea bags": "пакетик* пакетчет* φακελακ*",
    "chips": "чипсы* чипси* чипс* πατατακ*",
    "cereal": "хлопья* пластівці* δημητριακ*",
    "oats": "овсян* вівсян* овесен* βρωμη*",
    "eggs": "яйца* яица* яйця* яиця* αυγα*",
    "chicken": "курин* куряч* пилешк* κοτοπουλ*",
    "pork": "свинин* свин* χοιριν*",
    "beef": "говядин* яловичин* телешк* μοσχαρ*",
    "fish": "рыба* риба* ψαρι*",
    "tuna": "тунец* тунця* тунець* риба_тон τονοσ τονο",
    "sausage": "колбас* ковбас* наденица* λουκανικ*",
    "ham": "ветчина* шинка* шунка* ζαμπον*",
    "baby food": "детское_питание дитяче_харчування",
    # fruits, nuts, flavours
    "strawberry": "клубник* клубничн* полуниц* полунич* ягода* ягоди* φραουλ*",
    "raspberry": "малин* σμεουρ*",
    "cherry": "вишн* вишня* вишнев* черешн* κερασ* βυσσιν*",
    "apple": "яблок* яблуч* ябълк* μηλ*",
    "orange": "апельсин* апельсинов* портокал* πορτοκαλ*",
    "lemon": "лимон* лимонн* λεμον*",
    "banana": "банан* μπαναν*",
    "peach": "персик* праскова* праскв* ροδακιν*",
    "apricot": "абрикос* кайсия* кайсиев* βερικοκ*",
    "pineapple": "ананас* αναναδ* ανανα*",
    "mango": "манго* μανγκο*",
    "grape": "виноград* грозде* σταφυλ*",
    "pear": "груш* круша* αχλαδ*",
    "multifruit": "мультифрукт* мультивитамин*",
    "tomato": "томат* томатн* помидор* домат* ντοματ*",
    "vanilla": "ваниль* ванил* ванільн* βανιλι*",
    "caramel": "карамел* καραμελ*",
    "hazelnut": "фундук* лесн*_орех* лісов*_горіх* лешник* φουντουκ*",
    "nuts": "орех* орехи* горіх* ядки* ξηροι_καρποι",
    "almond": "миндал* мигдал* бадем* αμυγδαλ*",
    "coconut": "кокос* καρυδα*",
    "mint": "мят* мʼят* м'ят* мент* δυοσμ* μεντ*",
    "cocoa": "какао* κακαο*",
    "strained": "στραγγιστ*",
    "extra virgin": "εξτρα_παρθεν* экстра_вирджин* екстра_върджин*",
    "virgin": "παρθεν*",
    "extra": "εξτρα экстра екстра",
    "pdo": "ποπ",
    "orangeade": "πορτοκαλαδ*",
    "lemonade": "λεμοναδ* лимонад*",
    "basil": "βασιλικ* базилик*",
    "jasmine": "γιασεμ* жасмин*",
    "lavender": "λεβαντ* лаванд*",
    "aloe": "αλοη алое* алоэ",
    "natural": "натуральн* натурал* φυσικ*",
    "classic": "классическ* класичн* класическ* κλασικ*",
    "original": "оригинальн* оригінальн* оригинал* αυθεντικ*",
    "light": "лайт* λαιτ*",
    "sugar free": "без_сахара без_цукру без_захар χωρις_ζαχαρη",
    "lactose free": "без_лактозы без_лактози χωρις_λακτοζη",
    "full fat": "цельн* πληρες πληρη",
    "low fat": "обезжирен* знежирен* обезмаслен* ελαφρυ*",
    "salted": "солен* солон* осолен* αλατισμεν*",
    "spicy": "остр* гостр* люти* πικαντικ*",
    "roasted": "жарен* смажен* печен* καβουρδισμεν*",
    "ground": "молот* мелен* смлян* αλεσμεν*",
    "beans": "зерн* зерно* зърна* κοκκοι*",
    "instant": "растворим* розчинн* разтворим* στιγμιαι*",
    "decaf": "без_кофеина без_кофеїну без_кофеин",
    "fresh": "свеж* свіж* пресн* φρεσκ*",
    # toiletries, household
    "shampoo": "шампун* σαμπουαν*",
    "conditioner": "бальзам* балсам* κρεμα_μαλλιων",
    "shower gel": "гель_для_душа гель_для_душу душ_гел αφρολουτρ*",
    "gel": "гель* гел* τζελ*",
    "soap": "мыло* мило* сапун* σαπουν*",
    "toothpaste": "зубн*_паст* паста_за_зъби οδοντοκρεμ*",
    "toothbrush": "зубн*_щетк* зубн*_щітк* четка_за_зъби οδοντοβουρτσ*",
    "deodorant": "дезодорант* αποσμητικ*",
    "cream ": "крем* κρεμ*",
    "lotion": "лосьон* лосион* λοσιον*",
    "perfume": "духи парфюм* парфум*",
    "diapers": "подгузник* підгузк* пелен* πανες* πανα*",
    "wet wipes": "влажн*_салфетк* вологі_серветки мокр*_кърпичк* υγρα_μαντηλακια",
    "napkins": "салфетк* серветк* χαρτοπετσετ*",
    "toilet paper": "туалетн*_бумаг* туалетн*_папір* тоалетн*_хартия χαρτι_υγειας",
    "paper": "бумаг* папір* хартия* χαρτι*",
    "tissues": "носов*_платк* χαρτομαντηλ*",
    "detergent": "прах_за_пране απορρυπαντικ*",
    "washing powder": "стиральн*_порошок* пральн*_порошок*",
    "dishwashing liquid": "средство_для_мытья_посуды препарат_за_съдове υγρο_πιατων",
    "liquid": "жидк* рідк* течн* υγρο*",
    "powder": "порош* прах* σκονη*",
    "capsules": "капсул* κανσουλ* καψουλ*",
    "tablets": "таблетк* таблетки* ταμπλετ*",
    "softener": "кондиционер_для_белья омекотител* μαλακτικ*",
    "bleach": "отбеливател* белизна* χλωριν*",
    "cleaner": "очистител* чистящ* καθαριστικ*",
    "bags": "мешк* торб* σακουλ*",
    "sponge": "губк* гъба* σφουγγαρ*",
    "hair": "волос* коса* μαλλι*",
    "body": "тел* тіл* тял* σωμα*",
    "face": "лиц* обличч* προσωπ*",
    "hands": "рук* ръце* χεριων χερια*",
    "baby": "бебешк* βρεφικ*",
    "kids": "детск* дитяч* παιδικ*",
    "men": "мужск* чоловіч* мъжк* ανδρικ*",
    "women": "женск* жіноч* дамск* γυναικ*",
    "sensitive": "чувствительн* чутлив* чувствителн* ευαισθητ*",
    "whitening": "отбеливающ* відбілюв* избелващ* λευκαντικ*",
    "moisturizing": "увлажняющ* зволожуюч* хидратиращ* ενυδατικ*",
    # (session 19, ml19b) a care line's words: "Интенсивное восстановление" is "Intensive Repair"
    "intensive": "интенсивн* інтенсивн* интензивн* εντατικ*",
    "repair": "восстановлен* восстанавливающ* відновлен* відновлююч* възстановяващ* επανορθωτικ*",
    "dry": "сух* ξηρ*",
    "oily": "жирн* λιπαρ*",
    # home, kitchen, electronics kinds
    "pan": "сковород* тиган* τηγαν*",
    "pot": "кастрюл* каструл* тенджер* κατσαρολ*",
    "knife": "нож* ніж* μαχαιρ*",
    "kettle": "чаиник* чайник* βραστηρ*",
    "iron": "утюг* праск* ютия σιδερ*",
    "vacuum cleaner": "пылесос* пилосос* прахосмукачк* ηλεκτρικη_σκουπα",
    "coffee machine": "кофемашин* кавоварк* кафемашин* καφετιερ*",
    "blender": "блендер* μπλεντερ*",
    "mixer": "миксер* міксер* μιξερ*",
    "toaster": "тостер* φρυγανιερ*",
    "phone": "телефон* смартфон* τηλεφων* κινητο*",
    "headphones": "наушник* навушник* слушалк* ακουστικ*",
    "charger": "зарядн* зарядно* φορτιστ*",
    "cable": "кабел* καλωδι*",
    "battery": "батаре* батарейк* акумулатор* μπαταρι*",
    "bulb": "лампа* лампочк* крушк* λαμπα* λαμπτηρ*",
    "case": "чехол* чохол* калъф* θηκη*",
    "tv": "телевизор* телевізор* τηλεοραση*",
    "laptop": "ноутбук* лаптоп* φορητ*",
    "watch": "часы* годинник* часовник* ρολοι*",
    "set": "набор* комплект* σετ*",
    "pack": "упаковк* упак* пакування опаковк* συσκευασι*",
    "bottle": "бутылк* пляшк* бутилк* μπουκαλ*",
    "can": "банк* кутия* κουτι*",
    # (session 19, ml19) the glass of a bottle, a brandy's stars, the "space" of Space Gray
    # ("серый космос"), and Georgian and Armenian kinds
    "glass": "стекло стеклянн* скло скляна მინა",
    "star": "звезд* зірк* աստղ ვარსკვლავ*",
    "space": "космос*",
    "mineral ": "მინერალური",
    # Georgian and Armenian colours and kinds (a word of theirs no table reads is a word of its own)
    "black  ": "შავი սև սեւ",  # (and "սև" as the cleaner leaves it: "սեւ")
    "white  ": "თეთრი սպիտակ",
    "blue ": "ლურჯი կապույտ",
    "red ": "წითელი կարմիր",
    "green ": "მწვანე կանաչ",
    "yellow ": "ყვითელი դեղին",
    "grey ": "ნაცრისფერი რუხი մոխրագույն",
    "silver ": "ვერცხლისფერი արծաթագույն",
    "gold ": "ოქროსფერი ոսկեգույն",
    "pink ": "ვარდისფერი վարդագույն",
    "phone ": "ტელეფონი მობილური_ტელეფონი სმარტფონი հեռախոս սմարթֆոն",
    "smartwatch ": "ჭკვიანი_საათი խելացի_ժամացույց",
    "headphones  ": "ყურსასმენები ականջակալներ",
    # Kazakh (Cyrillic with letters of its own: "сымсыз құлаққап қара", wireless headphones, black)
    "wireless ": "сымсыз",
    "headphones ": "құлаққап*",
    "black ": "қара",
    "white ": "ақ",
    "water ": "წყალი ջուր",
    # colours
    "black": "черн* чорн* μαυρ*",
    "white": "бел* біл* λευκ* ασπρ*",
    "red": "красн* червон* червен* κοκκιν*",
    # (session 19, ml19: Russian and Ukrainian name two blues - "синий" / "синій" and the light,
    # sky blue "голубой" / "блакитний": a phone "темно-синий" (dark blue) and one "голубой" are two
    # colours, as "Navy" and "Light Blue" are; "темно-" / "светло-" read as dark / light)
    "blue": "син* μπλε",
    "light blue": "голуб* блакитн*",
    "dark ": "темно темно- темн* тёмн*",
    "light ": "светло світло",  # (not "светлое" - a pale lager, no light beer)
    "green": "зелен* πρασιν*",
    "yellow": "желт* жовт* жълт* κιτριν*",
    "grey": "серыи серая серое серые серого сір* сив* γκρι",
    "pink": "розов* рожев* ροζ",
    "purple": "фиолетов* фіолетов* лилав* μωβ",
    "brown": "коричнев* кафяв* καφε_χρωμα",
    # (session 19, ml19: Ukrainian writes silver two ways - "сріблистий" and "сріблястий": Sony
    # WH-1000XM4 "сріблясті" against "чорні" read as no colour; Russian "серебряный" too)
    "silver": "серебрист* сріблист* сребрист* ασημι* срібляст* серебрян*",
    "gold": "золот* златист* χρυσ*",
    "beige": "бежев* μπεζ",
    # sizes and condition
    "large": "больш* велик* голям* μεγαλ*",
    "small": "маленьк* мал* малк* μικρ*",
    "new": "нов* νε*",
}

# units after a number ("930 мл", "1,5 л", "500 γρ"; case-folded, accent-free)
_UNITS = {
    "г": "g", "гр": "g", "грам": "g", "грамм": "g", "грама": "g", "γρ": "g", "γραμ": "g",
    "γραμμαρια": "g", "g": "g",
    "кг": "kg", "килограм": "kg", "κιλ": "kg", "κιλο": "kg", "κιλα": "kg", "kg": "kg",
    "мг": "mg",
    "мл": "ml", "μλ": "ml", "ml": "ml",
    "л": "l", "литр": "l", "литра": "l", "литров": "l", "літр": "l", "літра": "l", "λ": "l", "λτ": "l",
    "λιτ": "l", "λιτρο": "l", "λιτρα": "l", "λιτρου": "l",
    "шт": "pcs", "штук": "pcs", "штуки": "pcs", "бр": "pcs", "броя": "pcs", "τεμ": "pcs",
    "τεμαχια": "pcs", "τμχ": "pcs",
    "уп": "pack",
    # a term after a number ("12 месяцев", "1 год", "2 роки"; session 19, ml19), as the unit rules
    # read "12 months" / "1 year"
    "месяц": "months", "месяца": "months", "месяцев": "months", "мес": "months", "місяць": "months",
    "місяці": "months", "місяців": "months", "міс": "months", "год": "year", "года": "year", "лет": "year",
    "рік": "year", "роки": "year", "років": "year", "пк": "pc",  # (a licence's "1 ПК": one PC)
    # Georgian and Armenian (session 19, ml19)
    "ლ": "l", "ლიტრი": "l", "მლ": "ml", "გ": "g", "გრ": "g", "კგ": "kg", "լ": "l", "լիտր": "l", "մլ": "ml",
    "գ": "g", "գր": "g", "կգ": "kg",
    "см": "cm", "мм": "mm", "м": "m", "εκ": "cm", "χιλ": "mm",
    "вт": "w", "в": "v", "мач": "mah", "гб": "gb", "тб": "tb", "мб": "mb", "мп": "mp",
    "гц": "hz", "ггц": "ghz", "дюим": "inch", "дюима": "inch", "дюимов": "inch", "ιντσ": "inch",
    "ιντσες": "inch",
}

# inflection endings (longest first) a stem entry is read after: Russian, Ukrainian,
# Bulgarian adjective and noun endings, Greek noun and adjective endings (session 19, ml19: the
# Ukrainian ones also as the cleaner leaves them - "й" and "ї" lose their marks: "синій" is read
# "синіи", and was no blue)
_ENDINGS = tuple(sorted({w.replace("\u03c2", "\u03c3") for w in """
    ыи ии ои ая яя ое ее ые ие ого его ому ему ым им ом ем ых их ыми ими ую юю ой ей ью ья ье
    а я ы и у ю е о ь ов ев ам ям ами ями ах ях ия
    ът ят та то те ата ото ите ен на но ни
    і ій ої ою ім їх ого ому іи оі іх ими
    ος ου ο ον οι ων ους α ας ες η ης ι ια ιου ιων ιες ιο
    """.split()}, key=len, reverse=True))
_MIN_STEM = 3


def _key(w: str) -> str:
    """A word as the tables spell it: lower case, final sigma as sigma, the Ukrainian
    apostrophe dropped (accents are gone already: ``titles.strip_accents``)."""
    return w.lower().replace("\u03c2", "\u03c3").replace("\u02bc", "")


def _tables():
    single: dict = {}
    stems: dict = {}
    phrases: dict = {}
    for latin, forms in _WORDS.items():
        latin = latin.strip()
        for form in forms.split():
            parts = tuple(_key(x) for x in form.split("_") if x)
            if len(parts) > 1:
                phrases.setdefault(parts, latin)
            elif parts[0].endswith("*"):
                stems.setdefault(parts[0][:-1], latin)
            else:
                single.setdefault(parts[0], latin)
    return single, stems, phrases


# session 22, ml22c: words of two Ukrainian / Russian or Greek shops' titles the table lacked - a
# detergent's form and its machine ("порошок" powder, "автомат" for the washing machine), a repair
# shampoo, cinnamon, Greek extra virgin ("εξαιρετικό παρθένο"), a coffee's vacuum pack (a package
# said nothing of)
for _en, _forms in {
    "powder": "порошок* порошк*", "automatic": "автомат",
    "repair": "восстановлени* відновленн* відновлююч* восстанавливающ*",
    "cinnamon": "корица* кориц* кориця* κανελ*", "extra virgin": "εξαιρετικ*_παρθεν*",
    "": "вакуумн*_упаковк* вакуумн*_пакет*",
    # (a licence and the devices it counts - "лицензия на 1 год для 1 устройства" -, a baby milk's age
    # in Greek months, "από 12 μηνών")
    "licence": "лицензи* ліцензі*", "device": "устройств* пристро*", "months": "μηνων μηνες μηνα",
}.items():
    _WORDS[_en] = (_WORDS[_en] + " " + _forms) if _en in _WORDS else _forms
_SINGLE, _STEMS, _PHRASES = _tables()

# (session 23, lex23) the common kinds of ``lexicon`` the table lacked: a form it reads keeps its reading
from .lexicon import CYRGREEK as _LEX  # noqa: E402


def _free_forms(en: str, forms: str) -> str:
    out = []
    for form in forms.split():
        parts = tuple(_key(x) for x in form.split("_") if x)
        if len(parts) > 1:
            if parts not in _PHRASES:
                out.append(form)
        elif parts[0].endswith("*"):
            if parts[0][:-1] not in _STEMS and _lookup_raw(parts[0][:-1]) is None:
                out.append(form)
        elif parts[0] not in _SINGLE and _lookup_raw(parts[0]) is None:
            out.append(form)
    return " ".join(out)


def _lookup_raw(w: str):
    """The reading the table gives the word ``w`` (a single word or a stem with an ending), or None."""
    if w in _SINGLE:
        return _SINGLE[w]
    for e in ("",) + _ENDINGS:
        if e and w.endswith(e) and w[:-len(e)] in _STEMS:
            return _STEMS[w[:-len(e)]]
    return _STEMS.get(w)


for _en, _forms in _LEX.items():
    _forms = _free_forms(_en, _forms)
    if _forms:
        _WORDS[_en] = (_WORDS[_en] + " " + _forms) if _en in _WORDS else _forms
_SINGLE, _STEMS, _PHRASES = _tables()


def _lookup(w: str):
    """The English word of one (keyed) word, or None (memoised)."""
    try:
        return _LOOKED_UP[w]
    except KeyError:
        pass
    hit = _SINGLE.get(w)
    if hit is None:
        hit = _STEMS.get(w)
    if hit is None:
        for n in _ENDING_LENGTHS:
            if len(w) - n >= _MIN_STEM and w[-n:] in _ENDING_SET:
                hit = _STEMS.get(w[:-n])
                if hit is not None:
                    break
    if len(_LOOKED_UP) >= 50_000:
        _LOOKED_UP.clear()
    _LOOKED_UP[w] = hit
    return hit


_LOOKED_UP: dict = memo({})


def _part_matches(pattern: str, w: str) -> bool:
    if not pattern.endswith("*"):
        return w == pattern
    stem = pattern[:-1]
    if w == stem:
        return True
    return w.startswith(stem) and w[len(stem):] in _ENDING_SET


def _phrases_from(w: str) -> tuple:
    """The phrases of the tables whose first word ``w`` is, longest first (memoised)."""
    try:
        return _FROM[w]
    except KeyError:
        pass
    r = tuple(sorted(((ph, lat) for ph, lat in _PHRASES.items() if _part_matches(ph[0], w)),
                     key=lambda x: -len(x[0])))
    if len(_FROM) >= 50_000:
        _FROM.clear()
    _FROM[w] = r
    return r


_FROM: dict = memo({})
_ENDING_SET = frozenset(_ENDINGS)
_ENDING_LENGTHS = tuple(sorted({len(e) for e in _ENDINGS}, reverse=True))


def transliterate(w: str) -> str:
    """A Cyrillic or Greek word in Latin letters (lower case): as ``anyascii`` reads it,
    with Greek "ου" as "ou" (how Greek names are spelt in Latin letters)."""
    w = _key(w)
    if "\u03bf\u03c5" in w:
        w = w.replace("\u03bf\u03c5", "ou")
    if w[:2] in _GREEK_INITIAL:  # (word-initial "μπ", "ντ", "γκ" are b, d, g: "Μπισκότα")
        w = _GREEK_INITIAL[w[:2]] + w[2:]
    return anyascii(w.translate(_SIGNS)).lower().replace("'", "")  # (Georgian ejectives: "ts'q'ali")


# the soft sign is no letter of a Latin spelling ("Моршинська" = "Morshynska"), the Bulgarian
# hard sign a vowel ("България" = "Balgaria")
_SIGNS = str.maketrans({"\u044c": None, "\u044a": "a"})
# (the length of a word ``spelled_otherwise`` compares)
_MIN_READ = 4


def read_words(title: str) -> tuple:
    """The words of ``title`` written in Cyrillic or Greek letters, as ``transliterate``
    spells them in Latin ones (of ``_MIN_READ`` letters or more): ``Prepared.translit``,
    what ``spelled_otherwise`` reads - of the offer itself, never of what else the process
    read before."""
    if not HINT(title):
        return ()
    return tuple(sorted({x for x in (transliterate(m) for m in _WORD.findall(title)) if len(x) >= _MIN_READ}))


_GREEK_INITIAL = {"\u03bc\u03c0": "b", "\u03bd\u03c4": "d", "\u03b3\u03ba": "g"}
_NUMBER_UNIT = re.compile(r"(\d)(\s?)([" + _LETTERS + r"]+)\.?(?![" + _LETTERS + r"A-Za-z])")


def _unit_repl(m: re.Match) -> str:
    u = _UNITS.get(_key(m.group(3)))
    if u == "v" and m.string[m.end():].lstrip()[:1].isdigit():  # ("2 в 1": two in one)
        u = None
    if u is None:
        return m.group()
    return m.group(1) + m.group(2) + u + " "


def to_latin(text: str) -> str:
    """``text`` (accent-free) with each Cyrillic and Greek word read as Latin text: a unit
    after a number as the unit, a word (or phrase) of the tables as its English word, any
    other word in Latin letters (see the module's text)."""
    if "по" in text:
        text = _EACH.sub(r"\1 x ", text)
    text = _NUMBER_UNIT.sub(_unit_repl, text)
    if "/" in text:
        text = _ABBREVIATION.sub(_abbreviation_repl, text)
    toks = [(m.start(), m.end(), _key(m.group())) for m in _WORD.finditer(text)]
    if not toks:
        return text
    out = []
    pos = 0
    i = 0
    n = len(toks)
    while i < n:
        start, end, w = toks[i]
        out.append(text[pos:start])
        latin = None
        # a phrase of words separated by spaces only
        for ph, lat in _phrases_from(w):
            j = i + len(ph) - 1
            if j >= n or any(text[toks[x][1]:toks[x + 1][0]].strip() for x in range(i, j)):
                continue
            if all(_part_matches(a, toks[i + x][2]) for x, a in enumerate(ph) if x):
                latin = lat
                end = toks[j][1]
                i = j
                break
        if latin is None:
            latin = _lookup(w)
            if latin is None:
                latin = transliterate(w)
        out.append(" " + latin + " " if latin else " ")
        pos = end
        i += 1
    out.append(text[pos:])
    return _SPACES(" ", "".join(out))


_SPACES = re.compile(r"[ \t]{2,}").sub

# (session 27, ml27) a count of pieces or packs and "по" (each) before a size: "2 шт по 150 мл", "3 уп. по 100 г"
# are two cans of 150 ml, three packs of 100 g - a multipack written "2 x 150 ml" (``facets.multipacks_nxm``),
# not a count of pieces one title prints alone beside the one size both print
_EACH = re.compile(r"(?<![\w.])(\d{1,3})\s?(?:шт|штук|штуки|уп|упак|пач|пачки|бут)\.?\s+по\s+(?=\d)",
                   re.IGNORECASE)

# (session 19, ml19b) the two letters Russian and Ukrainian shops shorten a packaging or a drink's
# kind to, a slash between: "ж/б" (жестяная банка, a can), "ст/б" (стеклянная банка, a glass jar),
# "н/г" / "б/г" (негазированная / без газа, still), "с/г" / "г/в" (сильногазированная, газована:
# sparkling) - read as the words they stand for, which the tables read in full
_ABBREVIATIONS = {"ж/б": "can", "з/б": "can", "ст/б": "jar", "н/г": "still", "б/г": "still",
                  "с/г": "sparkling"}
_ABBREVIATION = re.compile(r"(?<![^\W\d_])(" + "|".join(map(re.escape, _ABBREVIATIONS)) + r")(?![^\W\d_])",
                           re.IGNORECASE)


def _abbreviation_repl(m) -> str:
    return " " + _ABBREVIATIONS[m.group(1).lower()] + " "


# --------------------------------------------------------------------------
# a name written in Latin letters by two hands
# --------------------------------------------------------------------------
# (Latin spellings of one Cyrillic or Greek name differ in their vowels and in the letters
# they write for one sound: "Моршинська" is "morshinska" letter by letter and "Morshynska" on
# the other shop's label, "вечірній" "vechirnii" and "Vechirniy".)  Read as consonants: vowels
# and "h" (of "kh", "sh", "zh", "ch", "th") dropped, c/k/q one letter, j/z one, w/v one.
_SKELETON_DROP = str.maketrans({c: None for c in "aeiouyh"})
_SKELETON_CLASS = str.maketrans({"c": "k", "q": "k", "j": "z", "w": "v", "x": "k"})
# the fewest consonants of a skeleton that names a word ("Kyiv" / "kiiv" have two: left out)
_MIN_SKELETON = 3


def _skeleton(w: str) -> str:
    s = w.translate(_SKELETON_DROP).translate(_SKELETON_CLASS)
    out = []
    for c in s:
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


def spelled_otherwise(w: str, p, other) -> bool:
    """session 15, ml: is ``w`` (a word of p's title the other never prints) a name the
    other title spells otherwise, one of the two spellings read from Cyrillic or Greek
    letters (``transliterate``) - the same consonants, each word printed by one title only?"""
    if len(w) < _MIN_READ or not w.isalpha():
        return False
    mine = w in p.translit
    theirs = other.translit
    if not mine and not theirs:
        return False
    sk = None
    short = None
    for x in other.wordset:
        if (mine or x in theirs) and x not in p.wordset and len(x) >= _MIN_READ and x.isalpha() \
                and abs(len(x) - len(w)) <= 3:
            if sk is None:
                sk = _skeleton(w)
                if len(sk) < _MIN_SKELETON:
                    # (session 19, ml19b) a name of too few consonants is read with its vowels:
                    # the letters as they are, only c/k/q, j/z, w/v one letter ("Кока-Кола" read
                    # "koka kola" is "Coca-Cola"; "kola" no "kilo")
                    short = w.translate(_SKELETON_CLASS)
            if short is not None:
                if len(x) == len(w) and x.translate(_SKELETON_CLASS) == short:
                    return True
            elif _skeleton(x) == sk:
                return True
    return False
