"""The common kinds of product, their forms, packs and colours in every language the tables
read (session 23, lex23; issue 12, multilingual recall).

Two shops in two countries name one product in two languages: "JBL Flip 6 Bluetooth Lautsprecher
Blau" / "JBL Flip 6 Portable Bluetooth Speaker - Blue", "elmex Kariesschutz Zahnpasta" / "Elmex
Caries Protection Toothpaste", "Ferrero Rocher praliny 16 szt." / "Ferrero Rocher Chocolates 16
Pieces".  The brand, the line and the size are printed by both; the kind of product, its colour,
its form and its pack are each shop's language, and a word the tables do not know is an
identifying word only one title prints (the pair is left apart, "weak").

This module is a vocabulary, written concept by concept from the languages (not from pairs): the
~250 most common kinds of product of supermarkets, drugstores, electronics, home and DIY shops,
each in the languages the tables cover - EN DE FR NL IT ES PT PL CS SK HU RO TR SV DA NO FI and
Indonesian / Malay in Latin letters (folded to ASCII as ``titles`` cleans them: "Zahnbürste"
-> "zahnburste", "Høyttaler" -> "hoyttaler", "Ściereczki" -> "sciereczki"), Vietnamese without
its accents (phrases), and Japanese, Chinese (simplified and traditional), Korean, Arabic,
Hebrew, Hindi and Thai in their scripts, read by each script's reader:

* ``KINDS`` ({concept: words}) and ``KIND_PHRASES`` ({concept: phrases}): the concept is an
  English word; its words join the class the tables give that English word (its kind in
  ``wordclass.CATEGORY``, or its value in ``wordclass.SYNONYM``), or a new kind of that name;
* ``SYNONYMS`` ({value: words}): one value, not a kind (``wordclass.SYNONYM``);
* ``COLOURS`` ({word: colour}): colour words (``synonyms.MORE_COLOURS`` through ``lingua.COLOURS``),
  so that two colours still conflict - never a synonym;
* ``FILLER``: count and pack words ("szt", "stuks", "pezzi", "kpl") - the count is compared by the
  number rules;
* ``CJK`` ({native word: English}): read by ``cjk.to_latin`` (``lingua.CJK_TABLE``);
* ``HEBREW``, ``ARABIC``, ``HINDI``, ``THAI`` ({English: native words; "_" joins a phrase}): read
  by ``hebrew``, ``arabic``, ``indic``, ``thai``.

A reader's word is read only as a kind, or as a word the other shop prints for that product ("巧克力"
chocolate, "김치" kimchi): a word read as an English word the other title may not print ("هاتف" phone,
"手表" watch, "零食" snack, "パソコン" computer) would be an identifying word only one title has, where
the unread word was dropped.  A word already in a table keeps its meaning (only free words are added: ``install``, and each
reader's merge).  Words are left out where a second meaning would merge two products or two kinds
(precision first), listed in ``LEFT_OUT``.  Flavours are variants and not here (a flavour read as a
kind would be excused where only one title names it).  This module imports no matcher module.
"""

from __future__ import annotations

# --------------------------------------------------------------------------
# words left out, with the second meaning that would merge two products
# --------------------------------------------------------------------------
LEFT_OUT = """
handy (DE phone, EN adjective); casque (FR headphones and helmet); enceinte kept - pregnant in
titles is a pillow's word, another kind; cassa (IT speaker, till, box); diffusore (IT speaker and
aroma diffuser); coluna (PT speaker, column); notebook (a laptop and a paper notebook); tablette (FR
tablet and a chocolate bar); pile / pil (FR / TR battery, EN pile); balsam (PL body lotion, RO / SV / DA
conditioner and lip balm); tinta (PT ink and paint, ES dye); plancha (ES iron, griddle, straightener);
piastra (IT straightener and griddle); suszarka (PL hair dryer, tumble dryer, dish rack); lavavajillas
(ES dishwasher and dish soap); couches (FR nappies, layers of a tissue); serviette (FR towel, napkin);
sol (PL salt, ES sun); ser (PL cheese, ES / PT to be); ost (SV cheese, DE east); bor / sor (HU wine / beer,
short words of names); med (CS honey, SV with); bal (TR honey, ball); cola (ES glue, a soft drink);
te / the (tea in IT ES SV / FR, words of other languages); paste (RO pasta, EN paste); pan / pain / pane
(bread, EN pan / pain, window pane); farbe / farba / festek (paint and colour); sage (DE saw, EN sage);
hammer, fan (EN names: "Fan Edition"); tee (DE tea, EN a T-shirt); كلور (chlorine, and the start of كلوركس
Clorox); "pc portable" (a phrase starting with "pc" changes how "PC Download" reads); tuna, honey, chicken, lemon (flavours, not kinds); nudeln (DE
pasta and noodles); rasierer / rasoir (a razor and an electric shaver); kaffeebohnen (a coffee kind
that would hide its form: beans against ground); tee bags / teebeutel (tea bags against loose tea);
folgemilch / anfangsmilch (two stages of infant formula); secador alone (a hair dryer, any dryer);
cumi (ID squid, CS pacifier); napp (SV pacifier); yatak (TR mattress and bed); ljus / lys (candle, light);
vela (PT candle, sail); pilot alone (PL remote control, a pilot); metro (IT / ES tape measure, a
metro); scala (IT ladder, stairs, a scale); bebek (TR doll and baby); mando alone (ES remote, command); glas / vaso (a glass, a vase, the material); pot / topf (pot, saucepan, stockpot:
kinds the tables part); 휴지 / 화장지 (tissue and toilet paper); 衛生紙 (toilet paper in Taiwan, tissues
elsewhere); 手表 / 시계 (a watch and a clock: "watch" names no kind); 라면 / ラーメン / 拉面
(instant noodles, and inside names: 신라면 Shin Ramyun, チキンラーメン); パン (bread, and in パンツ pants, フライパン a frying pan); 김 (laver, and the name Kim);
لبن (milk in Egypt, yogurt in the Levant); سماعة (headphones and a speaker); แป้ง (flour and powder);
จุกนม (a teat and a pacifier); Vietnamese "bim", "keo", "pin", "sac", "loa" alone (short syllables of
other words).
"""

# --------------------------------------------------------------------------
# kinds of product in Latin letters ({concept: words}); the concept an English word
# --------------------------------------------------------------------------
KINDS = {
    # ---- drugstore: teeth, hair, body, face
    "toothpaste": "toothpaste zahnpasta zahncreme dentifrice dentifrices tandpasta dentifricio dentifrico "
                  "fogkrem tandkram tandkraem tannkrem hammastahna",
    "toothbrush": "toothbrush toothbrushes zahnburste zahnbuerste zahnbursten tandenborstel tandenborstels "
                  "spazzolino spazzolini fogkefe periuta tandborste "
                  "tandborstar tandborstel tannborste hammasharja schallzahnburste",
    "mouthwash": "mouthwash mundspulung mundwasser mondwater mondspoeling collutorio colutorio enxaguante "
                 "szajviz munskolj mundskyl munnskyll suuvesi",
    "floss": "zahnseide flosdraad tandtrad tandtraad tanntrad hammaslanka",
    "shampoo": "shampoo shampoos shampooing champu champo xampu szampon sampon sampuan schampo sjampo",
    "conditioner": "conditioner haarspulung spulung spuelung haarspuelung cremespoeling kondicioner "
                   "kondicionaer hajbalzsam harbalsam hoitoaine kondisioner",
    "shower gel": "duschgel duschcreme douchecreme tusfurdo suihkugeeli suihkusaippua dusgel",
    "soap": "seife savon zeep sapone jabon sabonete mydlo szappan sabun",
    "deodorant": "deodorant deodorants deo deodorante desodorante dezodorant dezodor deodoran "
                 "antitranspirant antiperspirant antyperspirant",
    "lotion": "bodylotion korperlotion koerperlotion korpermilch bodymilk",
    "sunscreen": "sunscreen sonnencreme sonnenmilch zonnebrand zonnebrandcreme naptej naptejkrem "
                 "solkram solcreme solkrem aurinkovoide",
    "hand cream": "handcreme handcreme handkram kezkrem kasivoide",
    "lip balm": "lippenpflege lippenbalsam lippenbalsem burrocacao ajakbalzsam lappbalsam leppepomade huulirasva",
    "hair dye": "haarfarbe haarverf hajfestek harfarg",
    "blades": "rasierklingen scheermesjes lamette",
    "cotton pads": "wattepads wattepad wattenschijfjes",
    "sanitary pads": "damenbinden maandverband assorbenti compresas absorventes podpaski vlozky bindor",
    "liners": "slipeinlagen inlegkruisjes salvaslips wkladki trosskydd",
    "tampons": "tampon tampons tamponi tampones tampony tamponok tampoane",
    "perfume": "profumo perfumy parfem parfumy parfym parfyme hajuvesi",
    "nail polish": "nagellack nagellak smalto lakier_do_paznokci kynsilakka neglelak",
    "mascara": "mascara mascaras wimperntusche tusz_do_rzes rimel",
    "lipstick": "lippenstift rouge_a_levres rossetto pintalabios batom pomadka ruz ruzs rujs ruj lappstift "
                "leppestift huulipuna lipstik",
    "hair dryer": "haartrockner fohn foehn haardroger asciugacapelli hajszarito harfon hartorrer harfoner "
                  "hiustenkuivaaja",
    "hair straightener": "glatteisen haarglatter lisseur stijltang prostownica hajvasalo plattang glattejern "
                         "rettetang suoristusrauta",
    # ---- household: laundry, dishes, cleaning, paper
    "detergent": "waschmittel lessive wasmiddel detersivo mososzer deterjan "
                 "tvattmedel vaskemiddel pesuaine pyykinpesuaine",
    "softener": "weichspuler weichspueler adoucissant wasverzachter ammorbidente suavizante amaciador "
                "oblito yumusatici skoljmedel skyllemiddel toymykner huuhteluaine pelembut",
    "dish soap": "spulmittel spuelmittel handspulmittel afwasmiddel mosogatoszer diskmedel opvaskemiddel "
                 "oppvaskmiddel astianpesuaine",
    "dishwasher tablets": "spulmaschinentabs geschirrspultabs spultabs vaatwastabletten vaatwastabs",
    "bleach": "bleach javel bleekmiddel candeggina lejia lixivia wybielacz ",
    "toilet paper": "toilettenpapier klopapier toiletpapier wcpapier toalettpapper toiletpapir toalettpapir "
                    "vessapaperi",
    "tissues": "taschentucher taschentuecher mouchoirs zakdoekjes fazzoletti panuelos kapesniky papirzsebkendo "
               "naserdukar",
    "paper towels": "kuchenrolle kuechenrolle haushaltsrolle essuie_tout keukenpapier keukenrol hushallspapper "
                    "kokkenrulle talouspaperi",
    "wipes": "feuchttucher feuchttuecher lingettes doekjes salviette salviettine toallitas "
             "vatservetter vadservietter kosteuspyyhkeet",
    "trash bags": "mullbeutel muellbeutel mullsacke muellsaecke vuilniszakken afvalzakken szemeteszsak "
                  "soppasar affaldsposer soppelposer jatesakit",
    "sponge": "schwamm schwamme eponge eponges spons sponzen spugna spugne esponja esponjas gabka gabki houbicka "
              "houbicky szivacs burete sunger svamp svampe ",
    "air freshener": "lufterfrischer raumduft luchtverfrisser deodorante_ambiente ambientador odswiezacz "
                     "legfrissito odorizant oda_kokusu luftfrisker ilmanraikastin pengharum",
    "candle": "candle candles kerze kerzen bougie bougies kaars kaarsen candela candele swieca swiece svicka "
              "svicky gyertya lumanare lumanari kynttila kynttilat lilin",
    # ---- food and drink
    "chocolate": "schokolade chocolat chocolade cioccolato cioccolata czekolada cokolada csokolade ciocolata "
                 "cikolata choklad chokolade sjokolade suklaa "
                 # boxed chocolates (pralines) are chocolate too: "Ferrero Rocher praliny" / "Chocolates"
                 "pralines praline pralinen praliny pralinky bonbonniere bonboniera konfekt chocolates bombones bombons "
                 "cioccolatini",
    "coffee_beverage": "kaffee koffie caffe kawa kava kave cafea kaffe",
    "tea": "thee herbata caj ceai cay",
    "milk": "milch melk leche leite mleko tej lapte sut mjolk maelk maito",
    "butter": "butter beurre boter burro mantequilla manteiga maslo vaj unt tereyagi smor voi",
    "cheese": "sajt branza syr",
    # (session 26, ml26)
    "condoms": "condoms condom kondome kondom kondomy kondomer preservatifs preservatif preservativos preservativo "
               "preservativi prezerwatywy prezerwatywa prezervativ",
    "flip flops": "flipflops flops chinelo chinelos chanclas chancletas infradito zehentrenner japonki teenslippers",
    # (session 27, ml27) a toy figure, a face wash, a floor mop and chewing gum in more words ("Schleich
    # Elefant Spielfigur", "sebamed Waschemulsion", "Sistema lavapavimenti", "chicles")
    "figure": "figure figures figurine figurines spielfigur spielfiguren sammelfigur figur figuren figurka "
              "figurki figurina figurine statuina statuine figurita figuritas figuur figuurtje speelfiguur",
    "cleanser": "waschemulsion waschlotion reinigungsemulsion",
    "mop": "lavapavimenti",
    "chewing gum ": "chicles kaugummis",
    # (session 26, ml26) Turkish names the head of a compound with a possessive ending - "Türk Kahvesi",
    # "Yeşil Çayı", "Çikolatası", "Sütü", "Şampuanı": the forms of the table's Turkish words
    "coffee_beverage ": "kahvesi", "tea ": "cayi", "milk ": "sutu", "chocolate ": "cikolatasi",
    "shampoo ": "sampuani", "soap ": "sabunu", "biscuits ": "biskuvisi",
    "yogurt": "joghurt jogurt yaourt yoghurt yogur iogurte iaurt jogurtti",
    "bread": "chleb chleba chlieb kenyer paine ekmek brod",
    "rice": "reis riz rijst riso arroz ryz ryze ryza rizs orez pirinc riisi",
    "sugar": "zucker sucre suiker zucchero azucar acucar cukier cukr cukor zahar socker sukker sokeri",
    "salt": "salz zout tuz suola",
    "flour": "mehl farine farina harina farinha maka mouka muka liszt faina mjol jauhot tepung",
    "pasta": "teigwaren deegwaren makaron makarony testoviny teszta makarna",
    "noodles": "noodles noodle nouilles noedels fideos",
    "olive oil": "olivenol olivenoel olijfolie azeite oliwa olivaolaj zeytinyagi olivolja olivenolie olivenolje "
                 "oliiviolju",
    "jam": "konfiture konfituere confiture marmellata mermelada geleia dzem lekvar recel sylt syltetoy hillo "
           "selai",
    "biscuits": "kekse keks biscuit koekjes biscotti galletas bolachas ciastka ciastka susenky susienky keksz "
                "biscuiti biskuvi kex kiks keksit biskuit",
    "crisps": "kartoffelchips chipsy brambury burgonyachips cips potatischips perunalastut keripik",
    "sweets": "bonbons snoep caramelle caramelos cukierki bonbony cukriky cukorka bomboane godis slik karkit "
              "permen fruchtgummi fruchtgummis gummibarchen gummibaerchen winegums gomitas zelki gumicukor jeleuri "
              "vingummi",
    "chewing gum": "kaugummi kauwgom chewing_gum gomma_da_masticare chicle pastilha_elastica zvykacka "
                   "ragogumi guma_de_mestecat sakiz tuggummi tyggegummi purukumi",
    "juice": "saft jus succo zumo jugo suco sok dzus gyumolcsle suc mehu",
    "beer": "bier biere birra cerveza cerveja piwo pivo bere bira",
    "wine": "wein vin wijn vino vinho wino",
    "eggs": "eier oeufs eieren uova huevos ovos jajka vejce vajcia tojas oua yumurta agg aeg kananmunat telur",
    "ketchup": "ketchup kecsap",
    "mayonnaise": "mayonnaise mayo maionese mayonesa majonez majoneza majonez majonezu",
    "vinegar": "vinaigre aceto vinagre ocet ocet ecet otet sirke attika eddike",
    "cat food": "katzenfutter kattenvoer kattenbrokjes macskaeledel kattmat kattemad kattemat kissanruoka",
    "dog food": "hundefutter hondenvoer hondenbrokjes kutyaeledel hundmat hundemad hundemat koiranruoka",
    "litter": "katzenstreu litiere kattenbakvulling lettiera zwirek stelivo macskaalom kattsand kattegrus "
              "kattesand kissanhiekka",
    # ---- baby
    "baby bottle": "babyflasche babyflaschen biberon biberons zuigfles zuigflessen mamadeira cumisuveg "
                   "nappflaska sutteflaske tuttipullo",
    "pacifier": "schnuller fopspeen fopspenen ciuccio ciucci chupete chupetes chupeta smoczek smoczki dudlik "
                "cumlik suzeta emzik smokk",
    "diapers": "windeln luiers pannolini panales fraldas pieluchy pieluszki plenky plienky pelenka pelenkak "
               "scutece blojor bleer bleier vaipat vaippa",
    # ---- electronics
    "speaker": "speaker speakers enceinte enceintes luidspreker altoparlante altoparlanti altavoz altavoces "
               "glosnik glosniki reproduktor reproduktory hangszoro hangszorok boxa hoparlor "
               "hojttaler hoyttaler kaiutin",
    "headphones": "kopfhorer kopfhoerer koptelefoon cuffie auriculares fones sluchawki sluchatka sluchadla "
                  "fejhallgato casti kulaklik horlurar hovedtelefoner hodetelefoner kuulokkeet",
    "earbuds": "ohrhorer ohrhoerer ecouteurs oortjes auricolari",
    "phone": "telefoon telefono telefone telefon puhelin ponsel matkapuhelin",
    "tv": "fernseher televiseur televisie televisore televisor televisao telewizor televizor televizio "
          "televizyon fjernsyn televisio televisi",
    "mouse": "maus souris muis raton rato mysz mys",
    "keyboard": "tastatur clavier toetsenbord tastiera teclado klawiatura klavesnice klavesnica billentyuzet "
                "tastatura klavye nappaimisto",
    "camera": "fotocamera camara fotoaparat fenykepezogep",
    "printer": "drucker imprimante stampante impresora impressora drukarka tiskarna tlaciaren nyomtato "
               "imprimanta yazici tulostin",
    "battery": "batterie batterien batterij batterijen batteria batterie bateria baterias baterie baterii elem "
               "elemek paristo paristot baterai",
    "vacuum": "staubsauger aspirateur stofzuiger aspirapolvere aspiradora aspirador odkurzacz vysavac vysavac "
              "porszivo supurge dammsugare stovsuger polynimuri",
    "kettle": "wasserkocher bouilloire waterkoker bollitore hervidor chaleira czajnik rychlovarna vizforralo "
              "vattenkokare vannkoker vedenkeitin",
    "toaster": "toaster grille_pain broodrooster tostapane tostadora torradeira toster topinkovac kenyerpirito "
               "brodrost",
    "coffee": "kaffeemaschine kaffeevollautomat kaffeautomat koffiezetapparaat koffiemachine kavovar kavefozo "
              "espressor kaffemaskin kaffemaskine kaffemaskin kahvinkeitin",
    "fryer": "heissluftfritteuse fritteuse friteuse airfryer friggitrice freidora fritadeira frytkownica "
             "friteza fritoz",
    "microwave": "mikrowelle magnetron microonde microondas mikrofalowka mikrovlnka mikrohullamu mikrodalga "
                 "mikrovagsugn mikroovn mikrobolgeovn mikroaaltouuni",
    "iron": "bugeleisen buegeleisen dampfbugeleisen strijkijzer zelazko vasalo utu strykjarn strygejern "
            "strykejern silitysrauta setrika",
    "rice cooker": "reiskocher rijstkoker cuociriso arrocera",
    "blender": "standmixer mixeur blender frullatore licuadora liquidificador blender turmixgep blender "
               "tehosekoitin",
    "hand blender": "stabmixer staafmixer frullatore_a_immersione batidora_de_mano",
    "refrigerator": "kuhlschrank kuehlschrank refrigerateur frigo koelkast frigorifero frigorifico "
                    "geladeira lodowka chladnicka chladnicka hutoszekreny frigider buzdolabi kylskap koleskab "
                    "kjoleskap jaakaappi kulkas",
    "washing machine": "waschmaschine lave_linge wasmachine lavatrice lavadora pralka pracka mosogep "
                       "masina_de_spalat camasir_makinesi tvattmaskin vaskemaskine vaskemaskin pesukone",
    "power strip": "steckdosenleiste mehrfachsteckdose multiprise stekkerdoos regleta "
                   "prelungitor grenuttag forlaengerledning skjoteledning jatkojohto",
    "light bulb": "leuchtmittel lampadina izzo ",
    "drill": "bohrmaschine schlagbohrmaschine akkuschrauber bohrschrauber perceuse boormachine trapano "
             "taladro berbequim wiertarka wkretarka vrtacka furadeira furadeira furogep bormasina matkap "
             "porakone",
    "screwdriver": "schraubendreher schraubenzieher tournevis schroevendraaier cacciavite destornillador "
                   "wkretak srouovak skrutkovac csavarhuzo surubelnita tornavida skruvmejsel skruetraekker "
                   "skrutrekker ruuvimeisseli obeng",
    "screws": "schrauben schroeven viti tornillos parafusos sruby srouby skrutky csavarok suruburi vidalar "
              "skruvar skruer ruuvit sekrup",
    "glue": "kleber klebstoff alleskleber colle lijm colla pegamento klej lepidlo ragaszto yapistirici "
            "liima",
    # ---- home
    "pillow": "kopfkissen oreiller oreillers hoofdkussen cuscino almohada almohadas travesseiro poduszka "
              "polstar vankus parna yastik kudde hovedpude hodepute tyyny bantal",
    "blanket": "couverture deken coperta cobertor koc deka takaro patura battaniye huopa selimut",
    "comforter": "bettdecke couette dekbed piumone edredon edredao koldra paplan plapuma yorgan tacke dyne "
                 "peitto",
    "mattress": "matratze matelas matras materasso colchon colchao materac matrace matrac saltea madrass "
                "patja kasur",
    "frying pan": "pfanne bratpfanne padella sarten frigideira patelnia panev panvica serpenyo tigaie tava "
                  "stekpanna stegepande stekepanne paistinpannu wajan",
}

# (more kinds of electronics, clothes, toys, kitchen, baby and DIY shops; the same principle)
KINDS.update({
    "speaker ": "loa",  # (Vietnamese: "Loa bluetooth JBL Go 3")
    "coffee ": "cafeteira",  # (Brazilian Portuguese: a coffee machine)
    "drill ": "wiertarko",  # (Polish "wiertarko-wkrętarka", a drill driver)
    "microphone": "mikrofon mikrofone microphone microphones microfono microfoni microfone mikrofonu "
                  "mikrofoni",
    "flash drive": "pendrive pendrivy usb_stick speicherstick chiavetta flashdisk",
    "hard drive": "festplatte harddisk merevlemez kiintolevy",
    "rug": "teppich teppiche vloerkleed tappeto alfombra dywan koberec szonyeg covor hali matta taeppe teppe matto",
    "socks": "socks socken chaussettes sokken calzini calcetines skarpetki skarpety ponozky zokni sosete corap "
             "strumpor sokker sukat kaos_kaki",
    "shoes": "schuhe chaussures schoenen scarpe zapatos sapatos buty boty cipo pantofi ayakkabi skor sko kengat sepatu",
    "doll": "doll dolls puppe poupee bambola muneca boneca lalka panenka papusa docka dukke nukke boneka",
    "plush": "kuscheltier pluschtier plueschtier peluche knuffel maskotka plysak gosedjur bamse kosedyr pehmolelu",
    "ladder": "ladder leiter stehleiter trittleiter echelle escabeau escalera escada drabina zebrik letra scara "
              "merdiven stege stige tikkaat",
    "tape measure": "massband rolmaat cinta_metrica fita_metrica miara svinovaci_metr merokalap ruleta mattband "
                    "maalebaand maleband mittanauha",
    "cutlery": "besteck couverts bestek posate cubiertos talheres sztucce pribory evoeszkoz tacamuri bestick bestik",
    "plate": "teller assiette piatto plato prato talerz talir tanier tanyer farfurie tallrik tallerken lautanen piring",
    "cutting board": "schneidebrett snijplank tagliere leikkuulauta talenan",
    "oats": "haferflocken havermout havregryn kaurahiutaleet zabpehely",
    "soup": "soup soups suppe soupe soep zuppa sopa zupa polevka leves supa corba soppa keitto",
    "stroller": "kinderwagen buggy poussette passeggino cochecito wozek kocarek kocik babakocsi carucior "
                "barnvagn barnevogn lastenvaunut",
    "remote control": "fernbedienung telecommande afstandsbediening telecomando taviranyito telecomanda fjarrkontroll "
                      "fjernbetjening fjernkontroll kaukosaadin",
    "cotton buds": "wattestabchen wattestaebchen wattenstaafjes cotonetes bomullspinnar vatpinde bomullspinner "
                   "vanupuikot",
    "car seat": "kindersitz autokindersitz autostoel autosedacka autoules bilbarnstol turvaistuin",
    "peanut butter": "erdnussbutter pindakaas mogyorovaj jordnotssmor maapahkinavoi",
})

# (session 31, lb31: the large appliances of a Lebanese or French-speaking shop's title - "Chauffe-eau
# Ariston Velis Evo 80 litres" / "Ariston Velis Evo 80L Water Heater", "Sèche-linge", "Climatiseur" -,
# each in the languages of the tables above; not "boiler" - a kettle in some shops, a heating boiler in
# others -, "termo" - a vacuum flask -, "klima" - the climate)
KINDS.update({
    "water heater": "water_heater chauffe_eau warmwasserspeicher heisswasserspeicher scaldabagno termoacumulador "
                    "calentador_de_agua aquecedor_de_agua podgrzewacz_wody",
    "air conditioner": "climatiseur klimaanlage klimagerat condizionatore climatizzatore aire_acondicionado "
                       "ar_condicionado klimatyzator airco",
    "dryer": "tumble_dryer seche_linge waschetrockner asciugatrice secadora_de_ropa suszarka_do_ubran",
    "freezer": "congelateur gefrierschrank gefriertruhe vriezer congelatore congelador zamrazarka",
})

# kinds written in several words
KIND_PHRASES = {
    "toothpaste": ("pasta de dientes", "pasta dental", "pasta de dentes", "creme dental", "pasta do zebow",
                   "zubni pasta", "zubna pasta", "pasta de dinti", "dis macunu", "pasta gigi"),
    "toothbrush": ("brosse a dents", "cepillo de dientes", "cepillo dental", "escova de dentes",
                   "szczoteczka do zebow", "zubni kartacek", "zubna kefka", "periuta de dinti", "dis fircasi",
                   "sikat gigi", "spazzolino da denti"),
    "mouthwash": ("bain de bouche", "enjuague bucal", "plyn do plukania jamy ustnej", "ustni voda",
                  "apa de gura", "agiz gargarasi", "obat kumur", "mouth wash"),
    "floss": ("dental floss", "fil dentaire", "filo interdentale", "hilo dental", "fio dental",
              "nic dentystyczna", "zubni nit", "ata dentara", "dis ipi", "benang gigi"),
    "conditioner": ("apres shampooing", "apres shampoing", "balsamo per capelli", "acondicionador de pelo",
                    "odzywka do wlosow", "balsam de par", "sac kremi", "hair conditioner"),
    "lotion": ("lait corporel", "lait pour le corps", "lozione corpo", "locion corporal",
               "locao corporal", "hidratante corporal", "balsam do ciala", "telove mleko", "telove mlieko",
               "testapolo", "lotiune de corp", "vucut losyonu", "lotion pour le corps"),
    "sunscreen": ("creme solaire", "crema solare", "protector solar", "protetor solar", "krem z filtrem",
                  "opalovaci krem", "krem do opalania", "protectie solara", "gunes kremi", "tabir surya",
                  "sun cream", "sun lotion"),
    "hand cream": ("hand cream", "creme pour les mains", "creme mains", "crema mani", "crema per le mani",
                   "crema de manos", "creme para maos", "krem do rak", "krem na ruce", "crema de maini",
                   "el kremi", "krim tangan"),
    "lip balm": ("lip balm", "baume a levres", "baume levres", "balsamo labial", "balsamo labbra",
                 "protetor labial", "pomadka ochronna", "balzam na rty", "balsam de buze", "dudak balsami"),
    "hair dye": ("hair dye", "hair colour", "hair color", "coloration cheveux", "tinta per capelli",
                 "tinte de pelo", "tinte para el pelo", "farba do wlosow", "barva na vlasy", "vopsea de par",
                 "sac boyasi", "cat rambut"),
    "blades": ("lames de rasoir", "cuchillas de afeitar", "laminas de barbear",
                     "wklady do maszynki", "ersatzklingen"),
    "sanitary pads": ("sanitary pads", "sanitary towels", "serviettes hygieniques", "absorbante igienice",
                      "hijyenik ped", "pembalut wanita"),
    "liners": ("panty liners", "protege slips", "proteggi slip", "protetores diarios", "wkladki higieniczne",
               "slipove vlozky", "tisztasagi betet", "absorbante zilnice", "gunluk ped"),
    "nail polish": ("vernis a ongles", "esmalte de unas", "esmalte de unhas", "lak na nehty"),
    "hair dryer": ("hair dryer", "hairdryer", "blow dryer", "seche cheveux", "secador de pelo", "secador de cabelo",
                   "suszarka do wlosow", "vysousec vlasu", "fen do wlosow", "uscator de par", "sac kurutma makinesi",
                   "pengering rambut", "asciuga capelli"),
    "hair straightener": ("hair straightener", "fer a lisser", "piastra per capelli", "plancha de pelo",
                          "plancha para el pelo", "prancha de cabelo", "zehlicka na vlasy", "placa de par",
                          "sac duzlestirici", "catokan rambut"),
    "detergent": ("laundry detergent", "detergent de rufe", "camasir deterjani", "detergente para la ropa", "detergente para roupa", "detersivo lavatrice",
                  "bot giat", "nuoc giat"),
    "softener": ("fabric softener", "fabric conditioner", "plyn do plukania", "avivaz", "balsam de rufe",
                 "nuoc xa vai"),
    "dish soap": ("dish soap", "washing up liquid", "dishwashing liquid", "liquide vaisselle", "detersivo piatti",
                  "lavavajillas a mano", "detergente loica", "plyn do naczyn", "prostredek na nadobi",
                  "detergent de vase", "bulasik deterjani", "sabun cuci piring", "nuoc rua chen"),
    "dishwasher tablets": ("dishwasher tablets", "dishwasher tabs", "tablettes lave vaisselle",
                           "pastiglie lavastoviglie", "pastillas lavavajillas", "tabletki do zmywarki",
                           "tablety do mycky", "mosogatogep tabletta", "tablete pentru masina de spalat vase",
                           "bulasik makinesi tableti", "maskindisktabletter", "opvasketabs", "astianpesukonetabletit"),
    "bleach": ("eau de javel", "agua lejia", "candeggina delicata"),
    "toilet paper": ("papier toilette", "papier hygienique", "carta igienica", "papel higienico", "papier toaletowy",
                     "toaletni papir", "toaletny papier", "hartie igienica", "tuvalet kagidi", "tisu toilet",
                     "giay ve sinh", "toilet tissue", "toilet roll", "toilet rolls", "bath tissue"),
    "tissues": ("panuelos de papel", "fazzoletti di carta",
                "chusteczki higieniczne", "papirove kapesniky", "servetele nazale", "kagit mendil", "khan giay"),
    "paper towels": ("paper towels", "kitchen roll", "kitchen towel", "essuie tout", "carta da cucina",
                     "rotoli di carta", "papel de cocina", "rollo de cocina", "papel de cozinha",
                     "recznik papierowy", "reczniki papierowe", "papirove utierky", "kuchynske utierky",
                     "prosoape de hartie", "kagit havlu", "tisu dapur"),
    "wipes": ("wet wipes", "baby wipes", "lingettes bebe", "salviette umidificate", "toallitas humedas",
              "lencos umedecidos", "toalhetes", "chusteczki nawilzane", "vlhcene ubrousky", "vlhke obrusky",
              "nedves torlokendo", "servetele umede", "islak mendil", "tisu basah", "khan uot"),
    "trash bags": ("bin bags", "bin liners", "garbage bags", "rubbish bags", "sacs poubelle", "sacchi spazzatura",
                   "sacchetti immondizia", "bolsas de basura", "sacos do lixo", "sacos de lixo", "worki na smieci",
                   "pytle na odpadky", "vrecia na odpad", "saci menajeri", "cop torbasi", "cop poseti",
                   "kantong sampah", "tui rac"),
    "air freshener": ("desodorisant", "assainisseur d air", "deodorante per ambienti"),
    "candle": ("scented candle", "bougie parfumee", "duftkerze", "geurkaars", "candela profumata",
               "vela aromatica", "swieca zapachowa", "vonna svicka", "illatgyertya", "lumanare parfumata",
               "doftljus", "duftlys", "tuoksukynttila"),
    "olive oil": ("olive oil", "huile d olive", "olio d oliva", "olio di oliva", "olio extravergine di oliva",
                  "aceite de oliva", "oliwa z oliwek", "olivovy olej", "ulei de masline", "minyak zaitun",
                  "dau o liu"),
    "noodles": ("mi tom", "mi goi", "mi an lien", "pancit canton"),
    "crisps": ("potato chips", "chips de pommes de terre", "patatine", "patatas fritas de bolsa",
               "batatas fritas", "chipsy ziemniaczane", "bramborove lupinky", "patates cipsi", "khoai tay chien"),
    "chewing gum": ("chewing gum", "guma do zucia", "zvykaci guma", "permen karet", "keo cao su"),
    "cat food": ("cat food", "croquettes chat", "nourriture pour chat", "patee pour chat", "cibo per gatti",
                 "comida para gatos", "pienso para gatos", "racao para gatos", "karma dla kota", "karma dla kotow",
                 "krmivo pro kocky", "krmivo pre macky", "hrana pentru pisici", "kedi mamasi", "makanan kucing",
                 "thuc an cho meo"),
    "dog food": ("dog food", "croquettes chien", "nourriture pour chien", "cibo per cani", "comida para perros",
                 "pienso para perros", "racao para caes", "karma dla psa", "karma dla psow", "krmivo pro psy",
                 "krmivo pre psy", "hrana pentru caini", "kopek mamasi", "makanan anjing", "thuc an cho cho"),
    "litter": ("cat litter", "litiere pour chat", "lettiera per gatti", "arena para gatos", "areia para gatos",
               "zwirek dla kota", "stelivo pro kocky", "asternut pentru pisici", "kedi kumu", "pasir kucing",
               "cat sand"),
    "baby bottle": ("baby bottle", "feeding bottle", "butelka dla niemowlat", "butelka do karmienia",
                    "kojenecka lahev", "kojenecka lahvicka", "biberon pentru bebelusi", "biberon para bebe",
                    "mamadeira para bebe", "botol susu", "binh sua"),
    "diapers": ("bebek bezi", "ta dan", "ta quan", "ta giay", "couches bebe"),
    "speaker": ("alto falante", "caixa de som", "cassa portatile",
                "hoparlor", "loa di dong"),
    "headphones": ("fones de ouvido", "fone de ouvido", "tai nghe"),
    "earbuds": ("sluchawki douszne", "sluchawki dokanalowe", "auriculares inalambricos"),
    "phone": ("cep telefonu", "telefon komorkowy", "mobilni telefon", "telefon mobil", "dien thoai"),
    "laptop": ("ordinateur portable", "computer portatile", "computador portatil",
               "may tinh xach tay"),
    "mouse": ("chuot khong day", "chuot gaming", "chuot may tinh"),
    "keyboard": ("ban phim",),
    "camera": ("appareil photo", "aparat fotograficzny", "aparat foto", "fotograf makinesi", "may anh"),
    "printer": ("may in",),
    "power bank": ("pin sac du phong", "pin du phong", "batterie externe", "batteria esterna", "bateria externa",
                   "bateria portatil"),
    "vacuum": ("robot aspirateur", "robot aspirapolvere", "robot aspirador", "robot sprzatajacy",
               "robot odkurzacz", "robotstaubsauger", "may hut bui", "robot hut bui", "penyedot debu",
               "elektrikli supurge", "robot supurge"),
    "kettle": ("bouilloire electrique", "bollitore elettrico", "hervidor de agua", "chaleira eletrica",
               "fierbator electric", "su isiticisi", "binh sieu toc", "am sieu toc",
               "ketel listrik"),
    "flash drive": ("usb stick", "cle usb", "chiavetta usb", "memoria usb", "pen drive", "pamiec usb", "flash disk"),
    "hard drive": ("disque dur", "harde schijf", "disco rigido", "disco duro", "dysk twardy", "pevny disk",
                   "hard disk", "sabit disk", "disco externo", "disque dur externe"),
    "memory card": ("speicherkarte", "carte memoire", "geheugenkaart", "scheda di memoria", "tarjeta de memoria",
                    "cartao de memoria", "karta pamieci", "pametova karta", "memoriakartya", "card de memorie",
                    "hafiza karti", "minneskort", "hukommelseskort", "minnekort", "muistikortti", "kartu memori",
                    "the nho"),
    "rug": ("tapis de salon", "tapete de sala"),
    "cutting board": ("planche a decouper", "tabla de cortar", "tabua de corte", "deska do krojenia",
                      "vagodeszka", "tocator", "kesme tahtasi", "skarbrada", "skaerebraet", "thot"),
    "oats": ("rolled oats", "flocons d avoine", "fiocchi d avena", "copos de avena", "flocos de aveia",
             "platki owsiane", "ovesne vlocky", "fulgi de ovaz", "yulaf ezmesi"),
    "stroller": ("carrinho de bebe", "bebek arabasi", "kereta bayi", "xe day"),
    "remote control": ("remote control", "mando a distancia", "controle remoto", "dalkove ovladani",
                       "dialkove ovladanie", "pilot do telewizora", "uzaktan kumanda"),
    "cotton buds": ("cotton buds", "cotton swabs", "coton tige", "cotons tiges", "cotton fioc", "bastoncillos",
                    "patyczki higieniczne", "vatove tycinky", "betisoare", "kulak cubugu"),
    "car seat": ("car seat", "siege auto", "seggiolino auto", "silla de coche", "cadeira auto", "cadeirinha",
                 "fotelik samochodowy", "scaun auto", "oto koltugu", "bilstol", "autostol"),
    "peanut butter": ("peanut butter", "beurre de cacahuete", "beurre de cacahuetes", "burro di arachidi",
                      "crema de cacahuete", "manteiga de amendoim", "maslo orzechowe", "arasidove maslo",
                      "unt de arahide", "fistik ezmesi", "selai kacang", "bo dau phong"),
    "socks": ("calze corte",),
    # (Vietnamese kinds of the drugstore and kitchen; Slovak / Czech wet wipes; a Romanian angle grinder)
    "sunscreen ": ("kem chong nang", "sua chong nang", "xit chong nang"),
    "conditioner ": ("dau xa",),
    "toothpaste ": ("kem danh rang",),
    "toothbrush ": ("ban chai danh rang",),
    "shower gel ": ("sua tam",),
    "soy sauce": ("nuoc tuong",),
    "wipes ": ("vlhcene obrusky", "vlhcene utierky", "vlhke utierky"),
    "angle grinder": ("polizor unghiular", "aci taslama"),
    "coffee": ("machine a cafe", "macchina da caffe", "macchina caffe", "cafetera espresso",
               "cafetera superautomatica", "maquina de cafe", "ekspres do kawy", "ekspres cisnieniowy",
               "masina de cafea", "espressor de cafea", "kahve makinesi", "may pha ca phe", "mesin kopi"),
    "fryer": ("air fryer", "friteuse sans huile", "friteuse a air chaud", "friggitrice ad aria",
              "freidora de aire", "freidora sin aceite", "fritadeira sem oleo", "fritadeira eletrica",
              "frytkownica beztluszczowa", "horkovzdusna friteza", "friteuza cu aer cald", "airfryer",
              "noi chien khong dau", "noi chien"),
    "microwave": ("micro ondes", "four a micro ondes", "forno a microonde", "horno microondas",
                  "kuchenka mikrofalowa", "mikrovlnna trouba", "mikrovlnna rura", "cuptor cu microunde",
                  "mikrodalga firin", "lo vi song"),
    "iron": ("fer a repasser", "centrale vapeur", "ferro da stiro", "plancha de vapor", "ferro de engomar",
             "ferro de passar", "fier de calcat", "buharli utu", "ban ui", "ban la", "steam iron"),
    "rice cooker": ("rice cooker", "cuiseur a riz", "cuociriso elettrico", "olla arrocera", "panela de arroz",
                    "garnek do ryzu", "rizsfozo", "pirinc pisirici", "riskokare", "rice cooker", "noi com dien",
                    "penanak nasi"),
    "blender": ("may xay sinh to",),
    "refrigerator": ("tu lanh",),
    "washing machine": ("may giat", "mesin cuci"),
    "tv": ("tivi", "ti vi"),
    "power strip": ("power strip", "extension lead", "extension cord", "listwa zasilajaca",
                    "prodluzovaci kabel", "prodluzovaci privod", "uzatma kablosu", "stopkontak"),
    "drill": ("perceuse visseuse", "trapano avvitatore", "taladro percutor", "taladro atornillador",
              "wiertarko wkretarka", "vrtaci sroubovak", "akkus ", "bor listrik", "may khoan"),
    "screwdriver": ("tua vit",),
    "glue": ("super glue", "colle forte", "pegamento instantaneo", "klej uniwersalny"),
    "pillow": ("goi ngu",),
    "frying pan": ("frying pan", "poele a frire", "padella antiaderente", "sarten antiadherente",
                   "patelnia nieprzywierajaca", "chao chong dinh", "frigideira antiaderente"),
}

# one value, not a kind ({value: words}): the words of a form, a pack, a part
SYNONYMS = {
    # whole coffee beans (each form its own: ground and instant are other products)
    "beans": "bohnen grains bonen grani grano graos ziarnista ziarnisty zrnkova zrnkovou szemes boabe "
             "cekirdek bonor bonner papu",
    "ground": "gemahlen gemahlener moulu gemalen macinato molido moido mielona mielony mleta orolt macinata "
              "ogutulmus malet formalet jauhettu",
    "instant": "loslich loeslich soluble oploskoffie solubile soluvel rozpuszczalna rozpustna instantni "
               "instantna cozunebilir snabbkaffe pikakahvi",
    "ink": " encre inkt inchiostro tusz inkoust atrament cerneala murekkep black_ink",
    "capsules": "kapseln capsules capsule capsulas kapsulki kapsle kapsulak capsule kapsul kapslar kapsler "
                "kapselit",
    "refill": "nachfullung navulpak",
    # (session 26, ml26) common descriptive words of cosmetics and groceries
    "mask": "mask masks maske masken masque masques mascarilla mascarillas maschera maschere maseczka maska "
            "masker maszk",
    "daily": "daily taglich taeglich quotidien quotidienne diario diaria quotidiano quotidiana codzienny "
             "codzienna codzienne denni dagelijks dagelijkse daglig",
    "foaming": "foaming moussant moussante schaumend schiumogeno schiumosa pieniacy pieniaca "
               "pienista",
    "herbal": "herbal krauter bylinny bylinna bylinne ziolowy ziolowa ziolowe",
    "day": "day jour giorno dia dzien dag",
    "night": "night nuit nacht notte noche noite noc natt",
    "bubble": "bubble bubbles bulle bulles burbuja burbujas bolla bolle bolha bolhas",
    # where a product comes from, as shops name it ("Greek Coffee" / "Ελληνικός Καφές", "Türk Kahvesi")
    "greek": "greek griechisch griechischer griechische griechischen grec grecque griego griega greco greca "
             "grego grega grecki grecka greckie grieks griekse grekisk graesk gresk",
    "turkish": "turkish turk turkisch turkischer turkische turkischen turc turque turco turca turecki turecka "
               "tureckie turks turkse turkisk tyrkisk",
    # (Turkish names the head of a compound with a possessive ending: "Labne Peyniri", "Türk Kahvesi",
    # "Yeşil Çayı" - the forms of the tables' Turkish words)
    "cheese": "peyniri",
    # (session 27, ml27) more descriptive words of cosmetics, groceries and devices, each one value in the
    # languages the tables read (written from the languages: "Invisible" / "Невидимый", "Alpine" /
    # "alpejska", "Probiotic" / "Προβιοτικά")
    "invisible": "invisible unsichtbar unsichtbare invisibile invisivel niewidoczny niewidoczna neviditelny "
                 "neviditelna lathatatlan gorunmez osynlig usynlig onzichtbaar",
    "washable": "washable waschbar abwaschbar lavable lavables lavabile lavabili lavavel zmywalny zmywalna "
                "pratelny pratelna moshato yikanabilir tvattbar afwasbaar",
    "probiotic": "probiotic probiotics probiotisch probiotischer probiotique probiotiques probiotico probioticos "
                 "probiotici probiotyczny probiotyki probiotika probiyotik probiotisk",
    "nourishing": "nourishing nahrend nahrende nourrissant nourrissante nutriente nutrienti nutritivo nutritiva "
                  "odzywczy odzywcza odzywcze vyzivujici vyzivny besleyici voedend voedende narande",
    "alpine": "alpino alpina alpini alpine alpejski alpejska alpejskie alpejskiego alpsky alpska alpske "
              "alpskeho alpskeho alpesi alpen alpi",
    "ceylon": "ceylon ceylan seylan ceilan cejlon cejlonska cejlonsky ceylonese",
    "sunflower": "sonnenblume sonnenblumen sonnenblumenol slonecznik slonecznikowy slonecznikowe slunecnice "
                 "slunecnicovy zonnebloem zonnebloemolie",
    "thermal": "thermal thermale thermales thermique termal termale termali termica thermaal",
    "automatic": "automatic automatique automatico automatica automatisch automatische automatik automatyczny "
                 "automatyczna automaticky automaticka automata otomatik automatisk",
    "portable": "portable portabel tragbar tragbarer tragbare portatile portatil przenosny przenosna prenosny "
                "prenosna hordozhato tasinabilir baerbar barbar draagbaar draagbare",
    "multifunction": "multifunction multifunctional multifonction multifonctions multifunktion multifunktions "
                     "multifunktional multifunzione multifuncion multifuncional wielofunkcyjny wielofunkcyjna "
                     "multifunkcni multifunctioneel",
    # (session 27, ml27) the numbers two to ten written as words, and the star of "Four Star" / "Vier Sterne"
    # / "Quatre Étoiles" (a line's name: "Zwilling Four Star"); words that are another word of a title
    # in another language are left out ("to", "fire", "pet", "sex", "otto", "due", "dos", "set", "tri")
    "two": "two zwei deux dwa dva twee iki tva kaksi",
    "three": "three drei trois tres tre tres trzy drie uc kolme",
    "four": "four vier quatre cuatro quattro quatro cztery ctyri dort fyra nelja",
    "five": "five funf cinq cinco cinque piec vijf bes fem viisi",
    "six": "six sechs seis szesc sest zes alti",
    "seven": "seven sieben sept siete sette sete siedem sedm zeven yedi sju",
    "eight": "eight acht huit ocho osiem osm sekiz atta",
    "ten": "ten zehn dix diez dieci dez dziesiec deset tien",
    "star": "star stars stern sterne etoile etoiles estrella estrellas stella stelle estrela estrelas gwiazda "
            "gwiazdki hvezda hvezdy ster sterren yildiz stjarna stjerne",
    # (session 27, ml27) the parts of the body a cosmetic is for ("Hand Cream" / "Creme para Mãos", "Lip Balm" /
    # "Lippenpflege"), as "face", "hair", "body" and "feet" are already (not more words for "body": the
    # rules read it as a camera's body too - measured, "balsam do ciała" lost a match); a pan's coating;
    # "sans" / "non" as "without" ("sans latex" / "Non-Latex")
    "hand": "hand hands hande handen mains main manos mano maos mao mani rece dloni ruce kez eller",
    "lips": "lip lips lippen levres labios labio labbra usta ust rty dudak lappar lepper",
    "eyes": "eye eyes augen yeux ojos olhos occhi oczy oczu oci goz ogen ogon",
    "feet": "pieds fusse fusse piedi stopy nohy ayak voeten fotter",
    "nonstick": "nonstick antiadhesive antiadhesif antiadherente antiadherentes antiaderente antiaderenti "
                "antihaft antihaftbeschichtet antiaanbak nieprzywierajacy nieprzywierajaca nieprzywierajaca "
                "neprilnavy neprilnava yapismaz tapadasmentes",
    "without": "sans non",
    "programmable": "programmable programmierbar programmierbarer programmabile programable programavel "
                    "programowalny programovatelny programmeerbaar",
}

# colour words ({word: colour}): the inflected and plural forms the colour tables may lack (only
# free words are added: ``synonyms`` keeps the word it had)
COLOURS = {
    # German inflections
    "schwarze": "black", "schwarzer": "black", "schwarzes": "black", "weisse": "white", "weisser": "white",
    "weisses": "white", "rote": "red", "roter": "red", "rotes": "red", "blaue": "blue", "blauer": "blue",
    "blaues": "blue", "grune": "green", "gruner": "green", "grunes": "green", "gelbe": "yellow",
    "gelber": "yellow", "graue": "grey", "grauer": "grey", "silberne": "silver", "silberner": "silver",
    # Dutch inflections
    "zwarte": "black", "witte": "white", "rode": "red", "blauwe": "blue", "groene": "green", "gele": "yellow",
    "grijze": "grey", "zilveren": "silver", "gouden": "gold", "paarse": "purple", "bruine": "brown",
    # Spanish / Portuguese / Italian feminine and plural forms
    "negra": "black", "negras": "black", "negros": "black", "blanca": "white", "blancas": "white",
    "blancos": "white", "roja": "red", "rojas": "red", "rojos": "red", "amarilla": "yellow", "preta": "black",
    "pretas": "black", "pretos": "black", "branca": "white", "brancas": "white", "vermelha": "red",
    "amarela": "yellow", "azuis": "blue", "verdes": "green", "cinzento": "grey", "cinzenta": "grey",
    "bianche": "white", "nere": "black", "rosse": "red", "grigia": "grey", "grigie": "grey",
    # Polish, Czech, Slovak forms
    "czarny": "black", "bialy": "white", "czerwony": "red", "czerwona": "red", "czerwone": "red",
    "niebieski": "blue", "niebieska": "blue", "niebieskie": "blue", "zielony": "green", "zielona": "green",
    "zielone": "green", "zolty": "yellow", "zolta": "yellow", "zolte": "yellow", "szary": "grey", "szara": "grey",
    "szare": "grey", "srebrny": "silver", "srebrna": "silver", "srebrne": "silver", "zloty": "gold", "zlota": "gold",
    "zlote": "gold", "rozowy": "pink", "rozowa": "pink", "rozowe": "pink", "fioletowy": "purple",
    "fioletowa": "purple", "fioletowe": "purple", "brazowy": "brown", "brazowa": "brown", "brazowe": "brown",
    "pomaranczowy": "orange", "pomaranczowa": "orange", "pomaranczowe": "orange", "granatowy": "navy",
    "granatowa": "navy", "granatowe": "navy", "cerne": "black", "cervene": "red", "modre": "blue",
    "zelene": "green", "cierne": "black", "biele": "white", "sive": "grey", "sivy": "grey",
    # Hungarian, Romanian, Turkish, Finnish, Indonesian forms
    "fekete": "black", "feher": "white", "piros": "red", "voros": "red", "sarga": "yellow", "szurke": "grey",
    "ezust": "silver", "arany": "gold", "verde": "green",
    "siyah": "black", "beyaz": "white", "kirmizi": "red", "yesil": "green", "pembe": "pink", "turuncu": "orange",
    "gumus": "silver", "kulta": "gold", "pinkki": "pink", "violetti": "purple", "oranssi": "orange",
    "abu": None,
}
# (session 27, ml27) a maker's colour name in the languages its shops print it: Apple's "Midnight" is
# Hungarian "Éjfekete", Swedish / Danish "midnatt" / "midnat" (``lingua``), Russian "тёмная ночь" (``CYRGREEK``)
COLOURS["ejfekete"] = "midnight"
# (session 31, cz31) Czech / Slovak / Polish colour words the tables lacked: fuchsia ("fuchsiová",
# "fuksjowy": a pink, as "fuchsia" is), Polish "biel" (white, the noun: "ciepła biel"), and the first
# half of a two-colour adjective ("czarno-biały", "černo-bílý", "čierno-biely": black and white)
COLOURS.update({w: "pink" for w in "fuchsiova fuchsiovy fuchsiove fuchsiovou fuksja fuksjowy fuksjowa fuksjowe "
                "fuksiova fuksiovy".split()})
COLOURS.update({"biel": "white", "czarno": "black", "cerno": "black", "cierno": "black", "bialo": "white",
                "bilo": "white", "bielo": "white", "szaro": "grey", "sedo": "grey", "sivo": "grey",
                "czerwono": "red", "cerveno": "red", "niebiesko": "blue", "modro": "blue", "zielono": "green",
                "zeleno": "green", "srebrno": "silver", "stribrno": "silver", "strieborno": "silver",
                "zloto": "gold", "zlato": "gold"})
COLOURS = {k.strip(): v for k, v in COLOURS.items() if v}

# count and pack words: no identifying words (the count is compared by the number rules)
FILLER = ("szt sztuk sztuka kusu kusy kusov pezzi unidades uds unid stuks stuk buc bucati bucata kpl "
          "kappaletta packung packungen paquet paquets confezione confezioni paquete paquetes pacote pacotes "
          "opakowanie opakowan baleni balenie csomag pachet forpakning pakkaus biji")

# --------------------------------------------------------------------------
# Japanese, Chinese (simplified, traditional), Korean: {native word: English reading}
# --------------------------------------------------------------------------
CJK = {
    # drugstore
    "おむつ": "diapers", "オムツ": "diapers", "紙おむつ": "diapers", "纸尿裤": "diapers", "紙尿褲": "diapers",
    "尿不湿": "diapers", "기저귀": "diapers",
    "歯磨き粉": "toothpaste", "歯みがき": "toothpaste", "ハミガキ": "toothpaste", "牙膏": "toothpaste",
    "치약": "toothpaste",
    "歯ブラシ": "toothbrush", "牙刷": "toothbrush", "칫솔": "toothbrush", "電動歯ブラシ": "electric toothbrush",
    "电动牙刷": "electric toothbrush", "電動牙刷": "electric toothbrush", "전동칫솔": "electric toothbrush",
    "洗口液": "mouthwash", "漱口水": "mouthwash", "マウスウォッシュ": "mouthwash", "가글": "mouthwash",
    "デンタルフロス": "floss", "牙线": "floss", "牙線": "floss", "치실": "floss",
    "シャンプー": "shampoo", "洗发水": "shampoo", "洗髮水": "shampoo", "洗发露": "shampoo", "洗髮精": "shampoo",
    "洗髮露": "shampoo", "샴푸": "shampoo",
    "コンディショナー": "conditioner", "リンス": "conditioner", "护发素": "conditioner", "護髮素": "conditioner",
    "潤髮乳": "conditioner", "린스": "conditioner", "컨디셔너": "conditioner",
    "ボディソープ": "shower gel", "沐浴乳": "shower gel", "沐浴露": "shower gel", "바디워시": "shower gel",
    "石鹸": "soap", "石けん": "soap", "せっけん": "soap", "香皂": "soap", "肥皂": "soap", "비누": "soap",
    "洗顔料": "cleanser", "洗顔フォーム": "cleanser", "洗面奶": "cleanser", "洗面乳": "cleanser",
    "洁面乳": "cleanser", "潔面乳": "cleanser", "폼클렌징": "cleanser", "클렌징폼": "cleanser",
    "日焼け止め": "sunscreen", "防晒霜": "sunscreen", "防曬乳": "sunscreen", "防晒": "sunscreen", "防曬": "sunscreen",
    "선블록": "sunscreen", "자외선차단제": "sunscreen", "선크림": "sunscreen",
    "デオドラント": "deodorant", "制汗剤": "deodorant", "止汗露": "deodorant", "데오드란트": "deodorant",
    "ハンドクリーム": "hand cream", "护手霜": "hand cream", "護手霜": "hand cream", "핸드크림": "hand cream",
    "润唇膏": "lip balm", "潤唇膏": "lip balm", "립밤": "lip balm",
    "口紅": "lipstick", "口红": "lipstick", "립스틱": "lipstick", "マスカラ": "mascara", "睫毛膏": "mascara",
    "마스카라": "mascara", "ボディローション": "body lotion", "身体乳": "body lotion", "身體乳": "body lotion", "바디로션": "body lotion",
    "ヘアカラー": "hair dye", "白髪染め": "hair dye", "染发剂": "hair dye", "染髮劑": "hair dye", "염색약": "hair dye",
    "生理用品": "sanitary pads", "卫生巾": "sanitary pads", "衛生棉": "sanitary pads",
    "생리대": "sanitary pads", "タンポン": "tampons", "卫生棉条": "tampons", "탐폰": "tampons",
    # household
    "洗濯洗剤": "laundry detergent", "洗衣液": "laundry detergent", "洗衣粉": "washing powder",
    "洗衣精": "laundry detergent", "세탁세제": "laundry detergent", "세제": "detergent", "洗剤": "detergent",
    "食器用洗剤": "dish soap", "台所用洗剤": "dish soap", "洗洁精": "dish soap", "洗潔精": "dish soap",
    "주방세제": "dish soap", "柔軟剤": "fabric softener", "柔顺剂": "fabric softener", "柔順劑": "fabric softener",
    "섬유유연제": "fabric softener", "漂白剤": "bleach", "漂白剂": "bleach", "漂白水": "bleach", "표백제": "bleach",
    "食洗機用洗剤": "dishwasher tablets",
    "ティッシュ": "tissues", "ティッシュペーパー": "tissues", "面纸": "tissues", "面紙": "tissues", "抽纸": "tissues",
    "纸巾": "tissues", "紙巾": "tissues", "티슈": "tissues",
    "トイレットペーパー": "toilet paper", "卫生纸": "toilet paper", "卷纸": "toilet paper", "卷筒纸": "toilet paper",
    "ウェットティッシュ": "wet wipes", "おしりふき": "baby wipes", "湿巾": "wet wipes", "濕紙巾": "wet wipes",
    "물티슈": "wet wipes", "キッチンペーパー": "kitchen roll", "厨房纸": "kitchen roll", "廚房紙巾": "kitchen roll",
    "키친타월": "kitchen roll", "ゴミ袋": "trash bags", "垃圾袋": "trash bags", "쓰레기봉투": "trash bags",
    "スポンジ": "sponge", "海绵": "sponge", "海綿": "sponge", "수세미": "sponge",
    "芳香剤": "air freshener", "消臭剤": "air freshener", "芳香剂": "air freshener", "방향제": "air freshener",
    "キャンドル": "candle", "蜡烛": "candle", "蠟燭": "candle", "캔들": "candle", "양초": "candle",
    # food and drink
    "チョコレート": "chocolate", "チョコ": "chocolate", "巧克力": "chocolate", "朱古力": "chocolate",
    "초콜릿": "chocolate", "초콜렛": "chocolate",
    "ビスケット": "biscuits", "餅乾": "biscuits", "비스킷": "biscuits", "キャンディ": "candy", "キャンディー": "candy", "糖果": "candy", "사탕": "candy",
    "캔디": "candy", "ガム": "chewing gum", "口香糖": "chewing gum", "껌": "chewing gum",
    "グミ": "gummies", "软糖": "gummies", "軟糖": "gummies", "젤리": "gummies",
    "インスタントラーメン": "instant noodles", "カップ麺": "cup noodles", "カップラーメン": "cup noodles",
    "泡面": "instant noodles", "泡麵": "instant noodles", "速食麵": "instant noodles", "杯面": "cup noodles",
    "杯麵": "cup noodles", "うどん": "udon", "우동": "udon", "パスタ": "pasta", "意大利面": "pasta", "義大利麵": "pasta",
    "스파게티": "spaghetti", "スパゲッティ": "spaghetti",
    "カレー": "curry", "咖喱": "curry", "카레": "curry", "レトルトカレー": "retort curry",
    "緑茶": "green tea", "绿茶": "green tea", "綠茶": "green tea", "녹차": "green tea",
    "紅茶": "black tea", "红茶": "black tea", "홍차": "black tea", "烏龍茶": "oolong tea", "乌龙茶": "oolong tea",
    "우롱차": "oolong tea", "麦茶": "barley tea", "보리차": "barley tea", "お茶": "tea", "茶叶": "tea leaves",
    "茶葉": "tea leaves", "ティーバッグ": "tea bags", "茶包": "tea bags", "티백": "tea bags",
    "コーヒー": "coffee", "咖啡": "coffee", "커피": "coffee", "インスタントコーヒー": "instant coffee",
    "速溶咖啡": "instant coffee", "即溶咖啡": "instant coffee", "인스턴트커피": "instant coffee",
    "コーヒー豆": "coffee beans", "咖啡豆": "coffee beans", "원두": "coffee beans",
    "牛乳": "milk", "牛奶": "milk", "우유": "milk", "ミルク": "milk",
    "粉ミルク": "milk powder", "奶粉": "milk powder", "분유": "milk powder",
    "ヨーグルト": "yogurt", "요거트": "yogurt", "요구르트": "yogurt", "优格": "yogurt", "優格": "yogurt",
    "チーズ": "cheese", "奶酪": "cheese", "起司": "cheese", "芝士": "cheese", "치즈": "cheese",
    "バター": "butter", "黄油": "butter", "奶油": "cream", "버터": "butter",
    "ビール": "beer", "啤酒": "beer", "맥주": "beer", "ワイン": "wine", "와인": "wine",
    "日本酒": "sake", "清酒": "sake", "焼酎": "shochu", "소주": "soju",
    "ミネラルウォーター": "mineral water", "矿泉水": "mineral water", "礦泉水": "mineral water", "생수": "water",
    "ジュース": "juice", "果汁": "juice", "주스": "juice",
    "炭酸水": "sparkling water", "苏打水": "sparkling water", "蘇打水": "sparkling water", "탄산수": "sparkling water",
    "酢": "vinegar", "食醋": "vinegar", "식초": "vinegar", "砂糖": "sugar", "白糖": "sugar", "설탕": "sugar",
    "食塩": "salt", "食盐": "salt", "食鹽": "salt", "소금": "salt", "お米": "rice", "大米": "rice", "白米": "rice",
    "쌀": "rice", "小麦粉": "flour", "面粉": "flour", "麵粉": "flour", "밀가루": "flour",
    "蜂蜜": "honey", "はちみつ": "honey", "ハチミツ": "honey", "꿀": "honey",
    "オリーブオイル": "olive oil", "橄榄油": "olive oil", "橄欖油": "olive oil", "올리브유": "olive oil",
    "ごま油": "sesame oil", "香油": "sesame oil", "참기름": "sesame oil",
    "味噌": "miso", "みそ": "miso", "된장": "doenjang", "고추장": "gochujang", "김치": "kimchi", "泡菜": "kimchi",
    "海苔": "seaweed", "のり": "seaweed", "紫菜": "seaweed", "豆腐": "tofu", "두부": "tofu", "納豆": "natto",
    "餃子": "dumplings", "饺子": "dumplings", "水饺": "dumplings", "水餃": "dumplings",
    "ケチャップ": "ketchup", "番茄酱": "ketchup", "番茄醬": "ketchup", "케첩": "ketchup",
    "蛋黄酱": "mayonnaise", "美乃滋": "mayonnaise", "마요네즈": "mayonnaise",
    "シリアル": "cereal", "麦片": "cereal", "麥片": "cereal", "시리얼": "cereal",
    "卵": "eggs", "鸡蛋": "eggs", "雞蛋": "eggs", "계란": "eggs", "달걀": "eggs",
    "キャットフード": "cat food", "猫粮": "cat food", "貓糧": "cat food", "고양이사료": "cat food",
    "ドッグフード": "dog food", "狗粮": "dog food", "狗糧": "dog food", "강아지사료": "dog food",
    "猫砂": "cat litter", "고양이모래": "cat litter",
    # baby
    "哺乳瓶": "baby bottle", "奶瓶": "baby bottle", "젖병": "baby bottle", "おしゃぶり": "pacifier",
    "安抚奶嘴": "pacifier", "安撫奶嘴": "pacifier", "쪽쪽이": "pacifier", "공갈젖꼭지": "pacifier",
    # electronics and appliances
    "スピーカー": "speaker", "音箱": "speaker", "音響": "speaker", "音响": "speaker", "스피커": "speaker",
    "ブルートゥース": "bluetooth", "蓝牙": "bluetooth", "藍牙": "bluetooth", "블루투스": "bluetooth",
    "テレビ": "tv", "电视": "tv", "電視": "tv", "电视机": "tv", "電視機": "tv", "텔레비전": "tv", "티비": "tv",
    "モニター": "monitor", "显示器": "monitor", "顯示器": "monitor", "螢幕": "monitor", "모니터": "monitor",
    "キーボード": "keyboard", "键盘": "keyboard", "鍵盤": "keyboard", "키보드": "keyboard",
    "マウス": "mouse", "마우스": "mouse",
    "ノートパソコン": "laptop", "笔记本电脑": "laptop", "筆記型電腦": "laptop", "筆電": "laptop",
    "노트북": "laptop", "プリンター": "printer", "打印机": "printer", "印表機": "printer", "프린터": "printer",
    "墨盒": "ink cartridge", "インクカートリッジ": "ink cartridge", "잉크카트리지": "ink cartridge",
    "硒鼓": "toner cartridge", "碳粉匣": "toner cartridge",
    "掃除機": "vacuum", "吸尘器": "vacuum", "吸塵器": "vacuum", "청소기": "vacuum", "ロボット掃除機": "robot vacuum",
    "扫地机器人": "robot vacuum", "掃地機器人": "robot vacuum", "로봇청소기": "robot vacuum",
    "炊飯器": "rice cooker", "电饭煲": "rice cooker", "电饭锅": "rice cooker", "電子鍋": "rice cooker",
    "電鍋": "rice cooker", "밥솥": "rice cooker", "電気ケトル": "kettle", "电水壶": "kettle", "電熱水壺": "kettle",
    "热水壶": "kettle", "전기포트": "kettle", "冷蔵庫": "refrigerator", "冰箱": "refrigerator", "냉장고": "refrigerator",
    "洗濯機": "washing machine", "洗衣机": "washing machine", "洗衣機": "washing machine", "세탁기": "washing machine",
    "電子レンジ": "microwave", "微波炉": "microwave", "微波爐": "microwave", "전자레인지": "microwave",
    "ドライヤー": "hair dryer", "ヘアドライヤー": "hair dryer", "吹风机": "hair dryer", "吹風機": "hair dryer",
    "드라이기": "hair dryer", "헤어드라이어": "hair dryer", "ヘアアイロン": "hair straightener",
    "直发器": "hair straightener", "離子夾": "hair straightener", "고데기": "hair straightener",
    "空気清浄機": "air purifier", "空气净化器": "air purifier", "空氣清淨機": "air purifier", "공기청정기": "air purifier",
    "加湿器": "humidifier", "加濕器": "humidifier", "가습기": "humidifier",
    "除湿機": "dehumidifier", "除湿机": "dehumidifier", "除濕機": "dehumidifier", "제습기": "dehumidifier",
    "エアフライヤー": "air fryer", "ノンフライヤー": "air fryer", "空气炸锅": "air fryer", "氣炸鍋": "air fryer",
    "에어프라이어": "air fryer", "ミキサー": "blender", "ブレンダー": "blender", "搅拌机": "blender",
    "破壁机": "blender", "果汁機": "blender", "블렌더": "blender", "믹서기": "blender",
    "トースター": "toaster", "烤面包机": "toaster", "토스터": "toaster",
    "コーヒーメーカー": "coffee maker", "咖啡机": "coffee machine", "咖啡機": "coffee machine", "커피머신": "coffee machine",
    "アイロン": "iron", "电熨斗": "iron", "熨斗": "iron", "다리미": "iron",
    "乾電池": "batteries", "干电池": "batteries", "电池": "battery", "電池": "battery", "건전지": "batteries",
    "배터리": "battery", "モバイルバッテリー": "power bank", "充电宝": "power bank", "行動電源": "power bank",
    "移动电源": "power bank", "보조배터리": "power bank",
    "電球": "light bulb", "灯泡": "light bulb", "燈泡": "light bulb", "전구": "light bulb",
    "スマートウォッチ": "smartwatch", "智能手表": "smartwatch", "智慧手錶": "smartwatch", "스마트워치": "smartwatch",
    "카메라": "camera",
    "延長コード": "power strip", "电源插座": "power strip", "排插": "power strip", "延長線": "power strip",
    "멀티탭": "power strip",
    # home
    "タオル": "towel", "毛巾": "towel", "수건": "towel", "バスタオル": "bath towel", "浴巾": "bath towel",
    "枕": "pillow", "枕头": "pillow", "枕頭": "pillow", "베개": "pillow", "毛布": "blanket", "毯子": "blanket",
    "담요": "blanket", "布団": "comforter", "被子": "comforter", "이불": "comforter", "マットレス": "mattress",
    "床垫": "mattress", "床墊": "mattress", "매트리스": "mattress", "フライパン": "frying pan", "平底锅": "frying pan",
    "平底鍋": "frying pan", "煎锅": "frying pan", "프라이팬": "frying pan",
    "螺丝刀": "screwdriver", "螺絲起子": "screwdriver", "드라이버": "screwdriver",
    "電動ドリル": "drill", "电钻": "drill", "電鑽": "drill", "전동드릴": "drill",
    "接着剤": "glue", "胶水": "glue", "膠水": "glue", "접착제": "glue",
}

# --------------------------------------------------------------------------
# Hebrew, Arabic, Hindi, Thai: {English: native words}; "_" joins the words of a phrase
# --------------------------------------------------------------------------
# (Hebrew kinds left out: the Hebrew reader drops every Hebrew word it does not read - a brand written
# in Hebrew too -, so two Hebrew titles of two brands of one kind ("מים מינרליים נביעות" / "מים מינרליים
# עין גדי", two mineral waters) read as one title once the kind is read)
HEBREW: dict = {}
ARABIC = {
    "shampoo": "شامبو", "conditioner": "بلسم", "soap": "صابون", "toothpaste": "معجون_أسنان معجون_اسنان",
    "toothbrush": "فرشاة_أسنان فرشاة_اسنان", "diapers": "حفاضات حفاض", "wet wipes": "مناديل_مبللة",
    "tissues": "مناديل", "deodorant": "مزيل_عرق", "sunscreen": "واقي_شمس", "shower gel": "جل_استحمام شاور_جل",
    "laundry detergent": "مسحوق_غسيل منظف_غسيل", "dish soap": "سائل_غسيل_الصحون",
    "fabric softener": "منعم_ملابس", "dishwasher": "غسالة_صحون غسالة_اطباق",
    "coffee": "قهوة", "tea": "شاي", "chocolate": "شوكولاتة شوكولاته شوكولا", "rice": "أرز رز", "sugar": "سكر",
    "salt": "ملح", "oil": "زيت", "olive oil": "زيت_زيتون", "water": "مياه", "juice": "عصير",
    "biscuits": "بسكويت", "cheese": "جبنة جبن", "butter": "زبدة", "noodles": "نودلز", "pasta": "معكرونة مكرونة",
    "bread": "خبز", "dates": "تمر تمور", "milk": "حليب",
    "speaker": "مكبر_صوت", "tv": "تلفزيون تلفاز", "laptop": "لابتوب حاسوب_محمول",
    "charger": "شاحن", "cable": "كابل كيبل", "mouse": "ماوس", "keyboard": "لوحة_مفاتيح كيبورد",
    "vacuum": "مكنسة_كهربائية", "iron": "مكواة", "refrigerator": "ثلاجة", "washing machine": "غسالة",
    "microwave": "ميكروويف", "air fryer": "قلاية_هوائية", "blender": "خلاط", "hair dryer": "مجفف_شعر سشوار",
    "battery": "بطارية بطاريات", "baby bottle": "رضاعة ببرونة", "camera": "كاميرا",
    "printer": "طابعة", "power bank": "باور_بانك شاحن_متنقل",
}
HINDI = {
    "conditioner": "कंडीशनर", "toothbrush": "टूथब्रश", "diapers": "डायपर", "hair oil": "हेयर_ऑयल",
    "coffee": "कॉफी कॉफ़ी", "chocolate": "चॉकलेट", "ketchup": "केचप", "juice": "जूस", "tv": "टीवी", "laptop": "लैपटॉप", "charger": "चार्जर", "cable": "केबल", "speaker": "स्पीकर",
    "earphones": "ईयरफोन", "mouse": "माउस", "keyboard": "कीबोर्ड", "smartwatch": "स्मार्टवॉच",
    "kettle": "केतली", "refrigerator": "फ्रिज रेफ्रिजरेटर",
    "washing machine": "वॉशिंग_मशीन", "battery": "बैटरी", "bulb": "बल्ब", "power bank": "पावर_बैंक",
    "cream": "क्रीम", "lotion": "लोशन", "sunscreen": "सनस्क्रीन", "deodorant": "डियोड्रेंट डिओडोरेंट",
    "body wash": "बॉडी_वॉश", "ghee": "घी", "honey": "शहद",
}
THAI = {
    "wet wipes": "ทิชชู่เปียก", "bleach": "น้ำยาฟอกขาว", "floor cleaner": "น้ำยาถูพื้น",
    "mouthwash": "น้ำยาบ้วนปาก", "lipstick": "ลิปสติก", "hair dryer": "ไดร์เป่าผม",
    "iron": "เตารีด", "kettle": "กาต้มน้ำ", "microwave": "ไมโครเวฟ", "blender": "เครื่องปั่น",
    "air purifier": "เครื่องฟอกอากาศ", "printer": "เครื่องพิมพ์ ปริ้นเตอร์", "monitor": "จอมอนิเตอร์",
    "battery": "แบตเตอรี่", "light bulb": "หลอดไฟ", "curry": "แกงกะหรี่", "cat food": "อาหารแมว",
    "dog food": "อาหารสุนัข", "cereal": "ซีเรียล", "candy": "ลูกอม", "chewing gum": "หมากฝรั่ง",
    "wine": "ไวน์", "coconut milk": "กะทิ", "eggs": "ไข่ไก่", "bread": "ขนมปัง", "butter": "เนย", "cheese": "ชีส",
    "ketchup": "ซอสมะเขือเทศ", "chili sauce": "ซอสพริก", "vinegar": "น้ำส้มสายชู", "body lotion": "โลชั่นทาผิว",
    "dishwasher tablets": "ก้อนล้างจาน", "trash bags": "ถุงขยะ", "sponge": "ฟองน้ำ",
}

# Russian, Ukrainian, Bulgarian and Greek words, read by ``cyrgreek`` ({English: forms}; as its table
# spells them: lower case, no accents; "*" a stem with an inflection ending, "_" a phrase)
CYRGREEK = {
    "shampoo": "шампун* σαμπουαν*", "conditioner": "кондиционер_для_волос бальзам_для_волос μαλακτικ*",
    "toothpaste": "зубн*_паст* οδοντοκρεμ* οδοντοπαστ*", "toothbrush": "зубн*_щетк* зубн*_щітк* οδοντοβουρτσ*",
    "soap": "мыло мыла мило σαπουν*", "shower gel": "гель_для_душа гель_для_душу αφρολουτρ*",
    "deodorant": "дезодорант* αποσμητικ*", "diapers": "подгузник* підгузк* підгузник* πανεσ",
    "wet wipes": "влажн*_салфетк* вологі_серветк* μωρομαντηλ*",
    "laundry detergent": "стиральн*_порошок* пральн*_порошок* απορρυπαντικ*",
    "toilet paper": "туалетн*_бумаг* туалетн*_папір* χαρτι_υγειασ", "chocolate": "шоколад* σοκολατ*",
    "biscuits": "печенье печенья печиво μπισκοτ*", "pasta": "макарон* ζυμαρικ*", "rice": "рис ρυζι",
    "sugar": "сахар цукор ζαχαρη", "salt": "соль сіль αλατι", "flour": "мука борошно αλευρι",
    "beer": "пиво пива μπυρα μπιρα", "juice": "сок* сік χυμοσ χυμοι", "bread": "хлеб хліб ψωμι",
    "noodles": "лапша локшина", "speaker": "колонк* ηχειο ηχεια", "headphones": "наушник* навушник* ακουστικα",
    "tv": "телевизор* телевізор* τηλεορασ*", "laptop": "ноутбук* λαπτοπ",
    "mouse": "мышь мышка ποντικι", "keyboard": "клавиатур* клавіатур* πληκτρολογιο",
    "kettle": "электрочайник* електрочайник* βραστηρασ", "iron": "утюг* праск* σιδερο",
    "charger": "зарядн*_устройств* зарядк* φορτιστ*", "cable": "кабел* καλωδιο", "battery": "батарейк* μπαταρι*",
    "printer": "принтер* εκτυπωτ*", "coffee machine": "кофемашин* καφετιερ*", "refrigerator": "холодильник* ψυγειο",
    "washing machine": "стиральн*_машин* пральн*_машин* πλυντηριο_ρουχων", "blender": "блендер* μπλεντερ",
    "towel": "полотенц* рушник* πετσετ*", "pillow": "подушк* μαξιλαρι", "blanket": "одеял* ковдр* κουβερτ*",
    "frying pan": "сковород* сковорід* τηγανι", "candle": "свеч* свічк* κερι", "vacuum": "пылесос* пилосос*",
    "cat food": "корм_для_кошек корм_для_котів τροφη_γατασ", "dog food": "корм_для_собак τροφη_σκυλου",
    "baby bottle": "бутылочк* пляшечк* μπιμπερο",
    # (session 26, ml26) descriptive words and origins (``SYNONYMS``)
    "greek": "ελληνικ* греческ* грецьк*", "turkish": "τουρκικ* турецк*",
    "daily": "καθημεριν*_χρησ* καθημεριν* ежедневн* щоденн*", "foaming": "αφρωδ* пенящ*",
    "herbal": "травян* трав'ян* βοτανων", "night": "ночн* νυχτ*",
    "condoms": "презерватив* προφυλακτικ*", "mask": "маск* μασκ*", "liqueur": "ликер* лікер* λικερ*",
    # (session 27, ml27) the descriptive words above in Cyrillic and Greek letters, and the dandruff and
    # wafer of the tables ("Невидимый" read, "2 шт по 150 мл" - two cans of 150 ml - is the only difference
    # from one can: ``cyrgreek`` reads it as the multipack "2 x 150 ml")
    "invisible": "невидим* αορατ*",
    "cleanser": "καθαρισμ* καθαριστικ*", "hand": "рук* χεριων", "lips": "губ* χειλ*",
    "dishwashing liquid": "средств*_для_посуд* засіб_для_посуд* засоб*_для_мит*_посуд*",
    "midnight": "темн*_ноч* темн*_ніч μεσανυχτ*", "starlight": "сияющ*_звезд* сяюч*_зірк*",
    "probiotic": "пробиотик* пробіотик* προβιοτικ*",
    "nourishing": "питательн* поживн* θρεπτικ*", "alpine": "альпийск* альпійськ* αλπικ*",
    "ceylon": "цейлон* κεϋλαν* κευλαν*", "sunflower": "подсолнечн* соняшников* ηλιελαι*",
    "thermal": "термальн* ιαματικ*", "portable": "портативн* φορητ*",
    "multifunction": "многофункциональн* багатофункціональн* πολυλειτουργικ*",
    "dandruff": "перхот* лупи* πιτυριδ*", "wafer": "вафл* вафел* γκοφρετ* πουρακι*",
}


# --------------------------------------------------------------------------
# merging (``lingua.install`` calls ``install``; each reader calls ``merge_script``)
# --------------------------------------------------------------------------
def merge_script(words: dict, more: dict) -> None:
    """Add ``more`` ({English: "native ..."}) to a reader's ``words`` table of the same shape: a
    native word (or phrase) some English word of the table already reads keeps that reading."""
    had = {w for ws in words.values() for w in ws.split()}
    for en, ws in more.items():
        free = " ".join(w for w in ws.split() if w not in had)
        if free:
            words[en] = (words[en] + " " + free) if en in words else free
            had.update(free.split())


def _target(W, concept: str, kinds: frozenset):
    """Where a concept's words go: ("kind", kind) or ("synonym", value) - the class the tables
    give the concept's English word, or a new kind of that name (a key with a trailing space is a
    second block of one concept)."""
    concept = concept.strip()
    if concept in W.SYNONYM and concept not in W.CATEGORY:
        return "synonym", W.SYNONYM[concept]  # (the class an English title's word has: "rice", "cheese")
    if concept in kinds:
        return "kind", concept
    kind = W.CATEGORY.get(concept)
    if kind is not None:
        return "kind", kind
    if " " in concept:
        return "kind", W.KIND_PHRASES.get(concept, concept)
    # a one-word concept no table names: its words one value with the English word, which stays
    # an identifying word (a new kind would make "Clorox Original Bleach" / "كلوركس مبيض أصلي" share
    # no identifying word but "original")
    return "synonym", concept


def install(W, T, taken) -> None:
    """Merge the Latin-letter tables into the ``wordclass`` module ``W`` (``T``: ``titles``); ``taken``
    tells a word some table already holds.  Free words only; ``lingua.install`` rebuilds the
    derived tables after."""
    kinds = frozenset(W.CATEGORY.values())
    phrases: dict = {}
    for concept, ws in KINDS.items():
        where, value = _target(W, concept, kinds)
        concept = concept.strip()
        for w in ws.split():
            if "_" in w:
                if where == "kind" and w.replace("_", " ") not in W.KIND_PHRASES:
                    phrases.setdefault(value, []).append(w.replace("_", " "))
                continue
            if not taken(w) or where == "synonym" and w == concept and w not in W.SYNONYM and w not in W.CATEGORY:
                (W.CATEGORY if where == "kind" else W.SYNONYM)[w] = value
    for concept, phs in KIND_PHRASES.items():
        where, value = _target(W, concept, kinds)
        if isinstance(phs, str):
            phs = (phs,)
        if where != "kind":
            for p in phs:
                if " " not in p and not taken(p):
                    W.SYNONYM[p] = value
            continue
        phrases.setdefault(value, []).extend(p for p in phs if " " in p.strip() and p not in W.KIND_PHRASES)
        for p in phs:
            if " " not in p and not taken(p):
                W.CATEGORY[p] = value
    W._add_kind_phrases({k: tuple(v) for k, v in phrases.items()})
    for value, ws in SYNONYMS.items():
        value = W.SYNONYM.get(value, value)
        for w in ws.split():
            if "_" not in w and not taken(w):
                W.SYNONYM[w] = value
    W.FILLER = W.FILLER | frozenset(w for w in FILLER.split() if not taken(w))


# words denying the word after them ("no box", "without Wi-Fi", "ohne Zucker", "sans", "sin", "sem",
# "senza", "bez", "zonder"): one table, read by ``variants`` (a kind the title denies),
# ``with_without.with_without`` (with / without one thing) as ``wordclass.NEGATION``, and by ``seeds``
# ("not organic"); here since session 32 so that leaf modules read it without importing ``wordclass``
NEGATION = frozenset("no without ohne kein keine sans sin senza bez zonder sem".split())
