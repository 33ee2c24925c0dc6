"""One concept, many languages: the words shops of several countries write for the same
colour, the same kind of product and the same pack, read as one value (session 16, ml;
issue 12, multilingual recall).

Two shops in two countries name one product in two languages: "Victorinox Taschenmesser
Huntsman rot" / "Victorinox Coltellino svizzero Huntsman rosso", "Kiwi Schoenpoets Zwart" /
"KIWI cirage noir", "IKEA KALLAX Stellingkast wit" / "IKEA KALLAX hylla vit".  The words
that say *which* product (Victorinox, Huntsman, KALLAX, the size) are printed by both; the
words that say *what kind* of product it is and *which colour* are each shop's language.
The rules ask for titles that agree on every identifying word, so each such word the
tables do not know is a disagreement and the pair is left apart ("weak").

This module holds those words as concepts, each with its words in the major European
languages (EN DE FR NL IT ES PT PL CS SK HU RO TR SV DA NO; folded to ASCII as
``titles`` cleans them: "Wąż" -> "waz") - one table, several languages per concept:

* ``KINDS``: kinds of product ({kind: words}).  Merged into ``wordclass.CATEGORY``, so
  a kind one title names in its language and the other in another is one kind (the
  titles agree), a kind only one title names is no disagreement, and two titles naming
  two kinds still differ (``wordclass._kinds_missing``: only an insertion is excused).
* ``KIND_PHRASES``: kinds written in several words ("coltellino svizzero", "myjka
  ciśnieniowa", "window vac") - ``wordclass.KIND_PHRASES``.
* ``COLOURS``: colour words of the languages the colour tables lacked (Nordic,
  Romanian, Hungarian, Turkish forms) - ``synonyms.MORE_COLOURS``, so "vit" is "white":
  against "wit" it agrees, against "zwart" it is a colour conflict.
* ``FILLER``: the words shops put around a count or a pack ("zgrzewka", a shrink-wrapped
  pack; "bax", a crate) - a count is compared by the number rules.
* ``SYNONYMS``: one value written several ways in several languages (``wordclass.SYNONYM``).
* ``ARABIC``: the Arabic words of the same kinds, read by ``arabic.to_latin``.

A word already in a table keeps its meaning there (only free words are added); words with
a second meaning in some language are left out (listed beside each concept).  Brands are
never here: names are read by the consonant skeletons (``scripts``, ``cyrgreek``).

Two rewordings between two titles in two languages are steps of ``wordclass.rewording``
(``STEPS``): one word inflected otherwise ("ronde" / "rond", "Muskeln" / "Muskel":
``inflected_in``) and the word naming what a percentage measures ("70% Cacao" / "70 %":
``measure_at_percentage``).  And ``cjk_to_latin`` reads the Japanese, Chinese and Korean
words of ``CJK`` (colours, counters, units, variant words, kinds) as English words, in
``titles``' cleaning, only for a text holding such characters (``CJK_HINT``).

``install`` merges the tables; ``wordclass`` calls it once, at the end of its import
(``synonyms`` merges ``COLOURS`` when it builds its colour table).  This module imports
none of the matcher's modules (they are passed to ``install``).
"""

from __future__ import annotations

# --------------------------------------------------------------------------
# kinds of product: {kind: words}; an existing kind's name where one exists (its words
# are added beside the ones it has)
# --------------------------------------------------------------------------
KINDS = {
    # cutlery and tools (not "mala" - Czech small -, "kast" - Dutch any cupboard -, "regal" -
    # English -, "trolley" - a shopping or serving one too -, "myjka" - any washer -,
    # "spaghetti" - one shape of pasta, and "pasta" names any)
    "knife": "knife knives messer taschenmesser couteau couteaux coltello coltelli coltellino navaja navajas "
             "cuchillo cuchillos faca facas canivete zakmes mes fickkniv kniv lommekniv scyzoryk noz noze "
             "nuz kapesnik zsebkes bicak caki cutit briceag",
    "scissors": "scissors schere scheren ciseaux forbici forbice tijeras tijera tesoura tesouras schaar "
                "scharen sax saxar saks nozyczki nuzky noznice ollo makas foarfeca foarfece keukenschaar "
                "kuchenschere haushaltsschere universalschere universalsax kokssax",
    "axe": "yxa okse okser kirves topor fejsze balta",
    "hose": "waz slang slange slangen tomlo furtun mangueira gartenschlauche",
    "sprinkler": "postrikovac locsolo fiskiye vattenspridare spreder sprenger aspersor",
    "shelf": "stellingkast boekenkast hylla hyllor bokhylla reol reoler polica policka",
    "pressure washer": "hogedrukreiniger hogtryckstvatt hoytrykksspyler hojtryksrenser",
    "window vacuum": "fenstersauger ruitenzuiger",
    "shoe polish": "schoenpoets schuhcreme cirage lustrascarpe betun graxa skokram skocreme",
    "stain remover": "vlekverwijderaar fleckentferner detachant smacchiatore quitamanchas tiranodoas "
                     "odplamiacz odstranovac folttisztito",
    "suitcase": "suitcase suitcases luggage koffer valise valises maleta maletas valigia valigie "
                "walizka walizki kufr borond valiz resvaska kuffert koffert handbagage handgepack",
    "ironing board": "strijkplank bugelbrett strykbrada strygebraet",
    "coffee filter": "kaffeefilter filtertuten koffiefilters koffiefilter kaffefilter",
    "food container": "frischhaltedose vorratsdose vershoudbakje lunchbox matlada",
    "cake tin": "tortaforma springform springvorm tortiera tortenform bakvorm",
    "sprinkles": "hagelslag chocoladehagel schokostreusel vermicelles",
    "kettle": "konvice kanvica vizforralo fierbator vannkoker vattenkokare elkedel",
    "seasoning": "seasoning wurze streuwurze flussigwurze assaisonnement condimento sazonador",
    "liqueur": "liqueur likor likoer likeur liquore licor lichior",
    "router": "ruter",
    "shower gel": "showergel douchegel sprchovy dusjsape duschtval",
}

# kinds written in several words (every word of the phrase then names the kind)
KIND_PHRASES = {
    "knife": ("swiss army knife", "coltellino svizzero", "couteau suisse", "navaja suiza", "zwitsers zakmes",
              "schweizer taschenmesser", "scyzoryk szwajcarski", "kapesni nuz", "canivete suico"),
    "axe": ("splitting axe", "siekiera rozlupujaca", "hache a fendre", "sekera stipaci", "sekera rozstepovaci",
            "ascia da spacco", "hacha de partir", "kloofbijl", "klyvyxa", "kloyveoks"),
    "hose": ("garden hose", "waz ogrodowy", "zahradni hadice", "tuyau d arrosage", "tubo da giardino",
             "manguera de jardin", "mangueira de jardim", "bahce hortumu", "kerti tomlo"),
    "pressure washer": ("pressure washer", "myjka cisnieniowa", "vysokotlaky cistic", "nettoyeur haute pression",
                        "lavadora de alta presion", "hidrolimpiadora de alta presion", "magasnyomasu moso"),
    "window vacuum": ("window vac", "window vacuum", "nettoyeur de vitres", "aspirateur a vitres",
                      "aspirateur vitres", "lavavetri elettrico", "limpiacristales electrico", "myjka do okien",
                      "cistic oken", "vysavac na okna"),
    "shoe polish": ("shoe polish", "pasta do butow", "krem do butow", "cirage chaussures", "crema de zapatos"),
    "stain remover": ("stain remover", "tira nodoas", "odstranovac skvrn"),
    "suitcase": ("hand luggage", "cabin luggage", "carry on", "bagage a main", "bagaglio a mano",
                 "equipaje de mano", "bagagem de mao", "bagaz podreczny"),
    "ironing board": ("ironing board", "planche a repasser", "tabla de planchar", "asse da stiro",
                      "deska do prasowania", "zehlici prkno", "tabua de passar"),
    "coffee filter": ("coffee filters", "coffee filter", "filtres a cafe", "filtri caffe", "filtros de cafe",
                      "filtry do kawy"),
    "food container": ("food container", "food storage container", "boite de conservation", "contenitore alimentare",
                       "pojemnik na zywnosc"),
    "cake tin": ("cake tin", "cake pan", "moule a gateau", "molde para tartas", "forma do pieczenia",
                 "forma na peceni"),
    "kettle": ("vodni konvice", "elektricka konvice", "rychlovarna konvice", "czajnik elektryczny"),
    "shower gel": ("gel douche", "gel de ducha", "gel doccia", "zel pod prysznic", "sprchovy gel", "dus jeli",
                   "shower gel", "gel de dus"),
}

# --------------------------------------------------------------------------
# colours of the languages the colour tables lacked ({word: colour}).  Left out with a
# second meaning: Danish / Norwegian "sort" (a sort), "rod" (a rod), "bla"; Romanian "alb",
# "alba" (an album, Spanish dawn), "rosie"; Turkish "mor", "sari" (a sari); Hungarian "kek";
# Polish "gra" (a game); Portuguese "roda" (a wheel); Italian plurals that are names
# ("Rossi", "Bianchi") and "vita" (life).
# --------------------------------------------------------------------------
COLOURS = {
    # Swedish, Danish, Norwegian
    "vit": "white", "vitt": "white", "hvid": "white", "hvide": "white", "hvit": "white",
    "hvite": "white", "svart": "black", "svarta": "black", "svarte": "black", "gul": "yellow", "gula": "yellow",
    "gule": "yellow", "gron": "green", "grona": "green", "gronne": "green", "gronn": "green", "grona ": "green",
    "graa": "grey", "rott": "red", "blaa": "blue", "brun": "brown",
    "bruna": "brown", "rosa ": "pink", "lilla": "purple",
    # Romanian
    "rosu": "red", "negru": "black", "neagra": "black", "albastru": "blue",
    "albastra": "blue", "galben": "yellow", "galbena": "yellow", "maro": "brown",
    # Hungarian
    "zold": "green", "barna": "brown", "lila ": "purple", "rozsaszin": "pink",
    # Turkish
    "bej": "beige", "gri ": "grey", "kahverengi": "brown", "mavi": "blue",
    # Italian, Portuguese and Polish forms the tables lacked
    "giallo": "yellow", "gialla": "yellow", "gialli": "yellow", "rossa": "red",
    "nera": "black", "neri": "black", "bianca": "white", "castanho": "brown",
    "czarna": "black", "czarne": "black", "biala": "white", "biale": "white",
}
COLOURS = {k.strip(): v for k, v in COLOURS.items()}

# words shops put around a count or a pack: no identifying words (the count is compared
# by the number rules).  "zgrzewka" (a Polish shrink-wrapped pack), "bax" (a Romanian
# crate), "kasten" (a German crate), "pak"/"pakke" (Nordic pack), "tlg"/"teilig" (German
# "3-teilig": pieces), "sztuki", "darab" (Hungarian pieces), "adet" (Turkish pieces).
FILLER = ("zgrzewka zgrzewki bax baxuri kasten pak pakke pakning tlg teilig teiliges tlgs sztuki darab db adet "
          "stykker styck stk")

# one value in several languages ({value: words}) - a word of ``wordclass.SYNONYM``
SYNONYMS = {
    "wafer": "waffeln wafels gofry gofrety oplatek",
    # dark chocolate, dark roast (German "dunkle Schokolade"; "zartbitter", "fondente", "puur" are there)
    "dark": "dunkel dunkle dunkles dunkler dunklen tmava tmave ciemna ciemny sotet koyu mork morkt mork",
    "refill": "recambio recambios ricambio ricambi navulling navullingen nachfullpack nachfullbeutel recarga "
              "recharge uzupelnienie wklad naplne napln utantolto yedek",
}

# the same kinds in Arabic letters (``arabic._add_words``: read as the Latin word)
ARABIC = {
    "router": "راوتر روتر",
    "knife": "سكين سكينة",
    "scissors": "مقص",
    "suitcase": "حقيبة_سفر شنطة_سفر",
    "kettle": "غلاية",
    "syrup": "شراب_مركز",
    # a litre written as its letter after the number ("مياه صحة 0.5 ل"), as "غ" is a gram
    "l": "ل",
}


# --------------------------------------------------------------------------
# rewordings between two titles in two languages (steps of ``wordclass.rewording``)
# --------------------------------------------------------------------------
# the endings by which the languages inflect one word (gender, number, case: "rond" /
# "ronde", "blond" / "blonde", "Muskel" / "Muskeln", "bueno" / "buena", "jahoda" /
# "jahody"); a stem keeps at least ``_STEM_MIN`` letters
_ENDINGS = ("e", "en", "er", "es", "em", "n", "s", "a", "o", "i", "y", "u", "ie", "ia", "as", "os", "ne", "na",
            "ni", "ny", "ow", "ych", "ov", "ova", "ove")
_STEM_MIN = 4


def _stems(w: str) -> set:
    out = {w}
    for e in _ENDINGS:
        if w.endswith(e) and len(w) - len(e) >= _STEM_MIN:
            out.add(w[:-len(e)])
    return out


def inflected_in(w: str, p, other) -> bool:
    """Is ``w`` (a word of p's title the other never prints) another inflection of a word
    the other title prints and p's title does not - one stem, each title its own ending
    ("Cocotte ronde" / "braadpan rond", "Leffe Blonde" / "Leffe Blond", "Muskeln" /
    "Muskel")?  A language's ending says nothing of the product; a stem of four letters
    or more, letters only, no variant word (``titles.VARIANTS``, ``wordclass.VARIANT``:
    those are compared as variants)."""
    if len(w) < _STEM_MIN or not w.isalpha() or w in _NOT_INFLECTED():
        return False
    mine = None
    pw = p.wordset
    for v in other.wordset:
        if v == w or v in pw or len(v) < _STEM_MIN or abs(len(v) - len(w)) > 3 or v[:_STEM_MIN] != w[:_STEM_MIN] \
                or not v.isalpha() or v in _NOT_INFLECTED():
            continue
        if mine is None:
            mine = _stems(w)
        if not mine.isdisjoint(_stems(v)):
            return True
    return False


# the variant words (``titles.VARIANTS``, ``wordclass.VARIANT``; set by ``install``)
_NOT: frozenset = frozenset()


def _NOT_INFLECTED() -> frozenset:
    return _NOT


# what a percentage measures, printed right after (or before) it: "70% Cacao" / "70 %",
# "Heidi ... 80% cocoa chocolate" / "80%", "40% vol" - the number is the fact, the word
# says what it is ("fat" is read so already: ``wordclass.fat_after_percentage``)
MEASURED = frozenset("cacao cocoa kakao cacau kakaa alc alcohol alkohol alcool vol".split())


def measure_at_percentage(w: str, p, other) -> bool:
    """Is ``w`` (a word of ``MEASURED``) right after or before a bare number both titles
    print (a percentage once cleaned: "70%" is "70"; a number with a unit, "26.5 oz", is
    a pack's size, not what the word measures)?"""
    if w not in MEASURED:
        return False
    ws = p.words
    ow = other.wordset
    for i, x in enumerate(ws):
        if x != w:
            continue
        for j in (i - 1, i + 1):
            if 0 <= j < len(ws) and ws[j].replace(".", "", 1).isdigit() and ws[j] in ow:
                return True
    return False


def _alpha_stem(w: str) -> bool:
    return len(w) >= _STEM_MIN and w.isalpha()


STEPS = (
    (lambda w: w in MEASURED, lambda w, p, o: 1 if measure_at_percentage(w, p, o) else None),
    (_alpha_stem, lambda w, p, o: 2 if inflected_in(w, p, o) else None),
)


def install(W, T, arabic) -> None:
    """Merge the tables into the ``wordclass`` module ``W`` and the ``arabic`` module (``T``:
    the ``titles`` module): free words only, then the derived tables rebuilt and the
    per-word memos cleared.  (The modules are passed: this module imports none of the
    matcher's, so it can be read by ``titles`` and ``synonyms`` too.)"""
    global _NOT
    _NOT = frozenset(T.VARIANTS) | frozenset(W.VARIANT)

    taken = lambda w: (w in W.CATEGORY or w in W.SYNONYM or w in W._SPEC_OF or w in W.FUNCTION  # noqa: E731
                       or w in T.COLOURS or w in W.VARIANT or w in T.VARIANTS or w in W.FILLER)
    for kind, ws in KINDS.items():
        for w in ws.split():
            if not taken(w):
                W.CATEGORY[w] = kind
    W._add_kind_phrases(KIND_PHRASES)
    for value, ws in SYNONYMS.items():
        for w in ws.split():
            if not taken(w):
                W.SYNONYM[w] = value
    W.FILLER = W.FILLER | frozenset(w for w in FILLER.split() if not taken(w))
    W.GENERIC = frozenset(W.CATEGORY) | W.FILLER
    W._KINDS = frozenset(W.CATEGORY)
    W._NAME_SKIP = W.FUNCTION | W.FILLER
    W._SHOP_WORDS = None
    W._KIND_AFFIXES = None
    W._REWORDING_STEPS = W._REWORDING_STEPS + STEPS
    W._STEPS_OF.clear()
    arabic._add_words(ARABIC)


# --------------------------------------------------------------------------
# Japanese, Chinese and Korean words (session 16, ml)
# --------------------------------------------------------------------------
# A shop in Japan, China or Korea writes the brand and model number in Latin letters and
# the kind, colour and count in its own script: "ソニー WH-1000XM5 ワイヤレスヘッドホン
# ブラック", "小米手环8 黑色", "삼성 갤럭시 버즈2 프로 그라파이트".  The title cleaner reads no
# word of those scripts, so a Japanese "black" against an English "Silver" was no colour
# conflict (one product), and a title with no model number had no identifying word.
# ``cjk_to_latin`` reads the words of this table as their English word (the longest one
# first inside a run of characters, as these scripts write no spaces; a table word of one
# character only as a run of its own or before 色 "colour": 黒 alone is black, 黒酢 is
# black vinegar) and leaves every other character as it was (dropped by the cleaner).
# (Left out: ブラウン - "brown" and the brand Braun -, 차 - Korean tea and car.)
CJK = {
    # colours
    "black": "ブラック 黒 黒色 黑色 黑 블랙 검정 검정색 검은색",
    "white": "ホワイト 白 白色 화이트 흰색 하얀색",
    "silver": "シルバー 銀色 银色 실버 은색",
    "grey": "グレー グレイ 灰色 그레이 회색",
    "graphite": "グラファイト 그라파이트",
    "gold": "ゴールド 金色 골드 금색",
    "red": "レッド 赤 赤色 红色 紅色 红 레드 빨간색 빨강",
    "blue": "ブルー 青 青色 蓝色 藍色 蓝 블루 파란색 파랑",
    "navy": "ネイビー 紺 紺色 藏青色 네이비 남색",
    "green": "グリーン 緑 緑色 绿色 绿 그린 초록색 녹색",
    "yellow": "イエロー 黄色 黄 옐로우 노란색",
    "pink": "ピンク 桃色 粉色 粉红色 핑크 분홍색",
    "purple": "パープル 紫 紫色 퍼플 보라색",
    "beige": "ベージュ 米色 베이지",
    "midnight": "ミッドナイト 午夜色 미드나이트",
    "starlight": "スターライト 星光色 스타라이트",
    # counts, packs and units (the number before them is read by the unit rules)
    "pcs": "本 個 枚 粒 錠 个 支 片 개 입",
    "bag": "袋",
    "box": "箱 盒",
    "can": "缶 罐 캔",
    "bottle": "瓶 병 ボトル",
    "pack": "パック 包 팩 セット",
    "ml": "ミリリットル 毫升 밀리리터",
    "l": "リットル 升 리터",
    "g": "グラム 克 그램",
    "kg": "キログラム 千克 公斤 킬로그램",
    "inch": "インチ 英寸 인치",
    "gb": "ギガ",
    # variants of a model
    "pro": "プロ 프로", "max": "マックス 맥스", "plus": "プラス 플러스", "mini": "ミニ 미니",
    "ultra": "ウルトラ 울트라", "lite": "ライト 라이트",
    # kinds of product and what they are made for
    "headphones": "ヘッドホン ヘッドフォン 耳机 헤드폰",
    "earphones": "イヤホン イヤフォン 이어폰",
    "wireless": "ワイヤレス 无线 無線 무선",
    "bluetooth": "ブルートゥース 蓝牙 블루투스",
    "noise cancelling": "ノイズキャンセリング 降噪 노이즈캔슬링",
    "smartphone": "スマートフォン スマホ 智能手机 手机 스마트폰 휴대폰",
    "tablet": "タブレット 平板电脑 平板 태블릿",
    "laptop": "ノートパソコン 笔记本电脑 노트북",
    "tv": "テレビ 电视 電視 텔레비전 티비",
    "camera": "カメラ 相机 相機 카메라",
    "smartwatch": "スマートウォッチ 智能手表 스마트워치",
    "speaker": "スピーカー 音箱 스피커",
    "charger": "充電器 充电器 충전기",
    "cable": "ケーブル 数据线 케이블",
    "case": "ケース 保护壳 케이스",
    "mouse": "マウス 鼠标 마우스",
    "keyboard": "キーボード 键盘 키보드",
    "vacuum": "掃除機 吸尘器 청소기",
    "shampoo": "シャンプー 洗发水 洗髮精 샴푸",
    "conditioner": "コンディショナー 护发素 컨디셔너 린스",
    "detergent": "洗濯洗剤 洗剤 洗衣液 洗衣粉 세탁세제 세제",
    "refill": "詰め替え用 詰め替え 詰替用 詰替 つめかえ用 つめかえ 替换装 补充装 리필",
    "toothpaste": "歯磨き粉 歯みがき粉 牙膏 치약",
    "diapers": "おむつ オムツ 纸尿裤 기저귀",
    "sunscreen": "日焼け止め 防晒霜 선크림",
    "green tea": "緑茶 绿茶 녹차",
    "tea": "茶 お茶",
    "coffee": "コーヒー 咖啡 커피",
    "beer": "ビール 啤酒 맥주",
    "milk": "牛乳 ミルク 牛奶 우유",
    "chocolate": "チョコレート チョコ 巧克力 초콜릿",
    "water": "水 ミネラルウォーター 矿泉水 생수",
}

# the scripts read: hiragana, katakana (and the long-vowel mark), CJK ideographs, hangul
_CJK_CHARS = "\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uff66-\uff9f"
import re as _re  # noqa: E402

CJK_HINT = _re.compile("[" + _CJK_CHARS + "]").search
_CJK_RUN = _re.compile("[" + _CJK_CHARS + "]+")
_COLOUR_MARK = ("色", "색")
_CJK_TABLE = None
_CJK_LONGEST = 1


def _cjk_table() -> dict:
    global _CJK_TABLE, _CJK_LONGEST
    if _CJK_TABLE is None:
        import unicodedata
        t = {}
        for latin, ws in CJK.items():
            for w in ws.split():
                t.setdefault(unicodedata.normalize("NFKC", w), latin)
        _CJK_LONGEST = max(map(len, t))
        _CJK_TABLE = t
    return _CJK_TABLE


def phonetic_script(c: str) -> str:
    """"k" for a katakana letter (and the long-vowel mark), "g" for a hangul one, "" otherwise."""
    o = ord(c)
    if 0x30A1 <= o <= 0x30FA or o == 0x30FC or 0x31F0 <= o <= 0x31FF:
        return "k"
    if 0xAC00 <= o <= 0xD7AF or 0x1100 <= o <= 0x11FF or 0x3130 <= o <= 0x318F:
        return "g"
    return ""


def inside_word(run: str, i: int, j: int, after_known: bool, starts_known) -> bool:
    """Is ``run[i:j]``, a table word in katakana or hangul, a piece of a longer word of that
    script - a letter of it right before (not after another table word) or right after (not
    the start of another table word)?  Katakana and hangul spell a loanword out: "プラス" (plus)
    is in "プラスチック" (plastic), "プロ" (pro) in "プロテイン" (protein), "ミニ" in "アルミニウム"
    (aluminium), "リップ" (lip) in "フィリップス" (Philips), "レッド" in "レッドブル" (Red Bull);
    "ヘッドホンブラック" is two table words (review16)."""
    script = phonetic_script(run[i])
    if not script:
        return False
    if i > 0 and not after_known and phonetic_script(run[i - 1]) == script:
        return True
    return j < len(run) and phonetic_script(run[j]) == script and not starts_known(run, j)


def _known_at(run: str, j: int) -> bool:
    table = _cjk_table()
    return any(run[j:j + k] in table for k in range(min(_CJK_LONGEST, len(run) - j), 1, -1))


def _read_run(run: str) -> str:
    table = _cjk_table()
    if run in table:
        return " " + table[run] + " "
    out = []
    i, n = 0, len(run)
    after_known = False
    while i < n:
        for k in range(min(_CJK_LONGEST, n - i), 0, -1):
            piece = run[i:i + k]
            latin = table.get(piece)
            if latin is None:
                continue
            if k == 1 and run[i + 1:i + 2] not in _COLOUR_MARK:
                latin = None  # (one character inside a longer word: 黒酢 is no "black")
                continue
            if inside_word(run, i, i + k, after_known, _known_at):
                continue  # (a shorter table word may still be a word of its own here)
            out.append(" " + latin + " ")
            i += k + (k == 1)  # (and the colour mark after it)
            after_known = True
            break
        else:
            out.append(run[i])
            i += 1
            after_known = False
    return "".join(out)


def cjk_to_latin(text: str) -> str:
    """``text`` with each Japanese, Chinese or Korean word of ``CJK`` read as its English
    word (``titles``' cleaning, before accents are stripped: a katakana word's voicing
    marks are part of it); other characters as they were."""
    import unicodedata
    text = unicodedata.normalize("NFKC", text)
    return _CJK_RUN.sub(lambda m: _read_run(m.group()), text)


# --------------------------------------------------------------------------
# a name in katakana is the Latin name it transcribes (session 16, ml)
# --------------------------------------------------------------------------
# Japanese shops write a foreign brand or line in katakana ("ダイソン" Dyson, "パナソニック"
# Panasonic, "サムスン" Samsung, "マイクロソフト" Microsoft): the word ``cjk_to_latin`` drops,
# as ``arabic.to_latin`` drops an Arabic name.  As ``scripts`` does for Arabic, each such
# word is kept aside as a *phonetic key* and only excuses a Latin word of the other title
# with the same key (``scripts.transliterated``): it never parts two titles.
# The key is the word's consonants as Japanese transcription keeps them, from the romaji
# (``anyascii``, letter by letter; the small ッ doubling a consonant dropped) and from the
# Latin word alike: digraphs first (ph f, th s, sh / ch s, ck k, gh g, ts t, qu k, x ks, c
# s before e i y else k), a Latin "ng" closing a syllable is n ("Samsung" サムスン), an r
# closing one is the long vowel Japanese writes ("Sharp" シャープ), l is r, v is b, z and j
# are s and g's classes, then vowels, y, w dropped and repeats squeezed.
_KATAKANA_RUN = _re.compile("[\u30a1-\u30fa\u30fc\u30fb\u30fd-\u30ff]+")
_J_DIGRAPH = _re.compile(r"ph|th|sh|ch|ck|gh|ts|qu|x|c(?=[eiy])|c|ng(?=[^aeiouyh]|$)|r(?=[^aeiouy]|$)")
_J_DIGRAPHS = {"ph": "f", "th": "s", "sh": "s", "ch": "s", "ck": "k", "gh": "g", "ts": "t", "qu": "k",
               "x": "ks", "c": "k", "ng": "n", "r": ""}
_J_CLASS = str.maketrans({"l": "r", "v": "b", "z": "s", "j": "g", "a": None, "e": None, "i": None, "o": None,
                          "u": None, "y": None, "w": None, "-": None})
# fewest consonants of a key that names a word (two name too many: "Sony" / "sn")
J_MIN = 3


def phonetic_key(w: str) -> str:
    """The Japanese-transcription key of a Latin word or a romaji reading (see above)."""
    def rep(m):
        g = m.group()
        if g == "c" and m.end() < len(w) and w[m.end()] in "eiy":
            return "s"
        return _J_DIGRAPHS.get(g, g)
    s = _J_DIGRAPH.sub(rep, w.lower()).translate(_J_CLASS)
    out = []
    for ch in s:
        if ch.isalpha() and (not out or out[-1] != ch):
            out.append(ch)
    return "".join(out)


def katakana_keys(title: str) -> tuple:
    """The phonetic keys (each a one-element frozenset, as ``scripts.title_skeletons``'
    groups, marked "j:", "k:" for hangul) of the katakana and hangul words of ``title`` that
    ``cjk_to_latin`` does not read; () for a title without them."""
    if title.isascii() or not CJK_HINT(title):
        return ()
    import unicodedata
    from anyascii import anyascii
    table = _cjk_table()
    out = []
    for m in _KATAKANA_RUN.finditer(unicodedata.normalize("NFKC", title)):
        run = m.group()
        if run in table:
            continue
        for part in run.split("\u30fb"):  # (the middle dot between words: "コカ・コーラ")
            if not part or part in table or any(t in part for t in table if len(t) >= 2):
                continue  # (a word the table reads, or one holding one: left to the table)
            key = phonetic_key(anyascii(part.replace("\u30c3", "")))
            if len(key) >= J_MIN:
                out.append(frozenset(("j:" + key,)))
    # a name in hangul ("다이슨" Dyson, "필립스" Philips, "마이크로소프트" Microsoft): Korean
    # writes f as p and a closing consonant voiced or not ("갤럭시" galaxy reads "gaelleogsi"),
    # so its key also folds p/b/f, k/g and t/d (``korean_key``)
    for m in _HANGUL_WORD.finditer(title):
        w = m.group()
        if w in table or any(t in w for t in table if len(t) >= 2 and not t.isascii() and CJK_HINT(t)):
            continue
        key = korean_key(anyascii(w))
        if len(key) >= J_MIN:
            out.append(frozenset(("k:" + key,)))
    return tuple(out)


_HANGUL_WORD = _re.compile("[\uac00-\ud7af]+")
_K_CLASS = str.maketrans({"b": "p", "f": "p", "g": "k", "d": "t"})


def korean_key(w: str) -> str:
    """``phonetic_key`` with p/b/f, k/g and t/d one class each (Korean transcription)."""
    out = []
    for ch in phonetic_key(w).translate(_K_CLASS):
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)
