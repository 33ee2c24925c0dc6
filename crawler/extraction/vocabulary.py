"""Multilingual vocabulary: words and patterns that say what a piece of a page is
(price, old price, noise around a number, buy controls, stock, identifier labels, chrome)."""

from __future__ import annotations

import re

_HOME_RE = re.compile(
    r"^(?:home|homepage|start|startseite|accueil|inicio|início|home page|главная|головна|首页|ホーム|홈|"
    r"domov|strona główna|etusivu|forside|hem|página inicial|pagina iniziale)$",
    re.I,
)


_SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "head", "title", "option", "select", "textarea"}
_CHROME_TAGS = {"header", "footer", "nav", "aside"}
# class/id words of containers that are not the product's own content
_CHROME_WORDS = (
    "related", "recommend", "similar", "upsell", "up-sell", "crosssell", "cross-sell", "also", "recent",
    "viewed", "carousel", "bestseller", "best-seller", "topseller", "top-seller", "sponsored", "advert",
    "compare-list", "compare-products", "comparison", "minicart", "mini-cart", "cart-drawer", "cart-flyout",
    "cart-popup", "megamenu", "mega-menu", "breadcrumb", "cookie", "newsletter", "footer", "header",
    # slides of carousel libraries (slick, swiper, owl, glide, splide): tiles of other products
    "slick-slide", "swiper-slide", "owl-item", "glide__slide", "splide__slide",
)
# headings of sections that list other products ("Customers also bought", "Vous aimerez aussi")
_OTHER_PRODUCTS_HEADING_RE = re.compile(
    r"\b(?:also (?:bought|viewed|like|love|purchased)|you (?:may|might) (?:also )?(?:like|love|need)|"
    r"related (?:products|items)|similar (?:products|items)|recommended (?:for you|products)|"
    r"frequently bought together|recently viewed|more from this|complete the look|"
    r"kunden (?:kauften|kaufen) auch|das könnte (?:ihnen|dir) (?:auch )?gefallen|ähnliche (?:produkte|artikel)|"
    r"vous aimerez aussi|produits similaires|vous pourriez aussi aimer|"
    r"potrebbe (?:interessarti|piacerti)|prodotti (?:simili|correlati)|"
    r"tambi[ée]n te (?:puede|podr[ií]a) (?:interesar|gustar)|productos (?:similares|relacionados)|"
    r"(?:voc[êe] )?tamb[ée]m (?:pode )?gostar|produtos (?:similares|relacionados)|"
    r"vergelijkbare producten|andere klanten kochten ook|podobné produkty|podobne produkty|"
    r"с этим товаром (?:покупают|смотрят)|похожие товары|рекомендуем)\b",
    re.I,
)
_MAIN_WORDS = ("product", "price", "detail", "main")
_DIGIT_RE = re.compile(r"\d")
_OLD_WORDS = (
    r"old|was|regular|reg|list|original|orig|strike|striked|strikethrough|crossed|before|rrp|msrp|"
    r"compare|uvp|prev|previous|retail|standard|normal|full|initial|barred|alt|vorher|statt|streich|"
    r"antes|tachado|ancien|barre|vecchio|stara|stary"
)
_OLD_PRICE_RE = re.compile(
    rf"(?:{_OLD_WORDS})[-_ ]?price|price[-_ ]?(?!list)(?:{_OLD_WORDS})\b|"
    r"\b(?:old|was|strike|strikethrough|crossed|rrp|msrp|uvp|before|prev|previous|original)\b",
    re.I,
)
_OLD_LABEL_RE = re.compile(
    r"\b(?:was|rrp|uvp|msrp|list price|regular price|reg\.? price|retail price|compare at|statt|"
    r"vorher|avant|prima|antes|previously|originally|typical price|usual price|ursprünglich|"
    r"unverbindliche preisempfehlung|prix conseillé|prix de référence|precio anterior|precio de referencia|"
    r"prezzo consigliato|prezzo di listino|tidligere|ordinarie pris|ord\.? ?pris|normalpris|voorheen|"
    r"adviesprijs|původní cena|běžná cena|pôvodná cena|cena katalogowa|poprzednia cena|było|было|"
    r"старая цена|önceki fiyat|piyasa fiyatı|eredeti ár)\b|原價|原价|定價|建議售價|市場價|参考价|通常価格|정가",
    re.I,
)
_PRICE_HINT_RE = re.compile(
    r"price|preis|prix|prezzo|precio|preco|preço|cena|cijena|hinta|pris|fiyat|цена|ціна|kaina|amount", re.I
)
_SALE_PRICE_RE = re.compile(
    r"sale|special|current|final|now|our|actual|offer|promo|deal|buy|selling|main|big|large|primary",
    re.I,
)
# text around a number that says it is not the product's price
_PRICE_NOISE_RE = re.compile(
    r"/\s*(?:mo|month|kg|g|l|ml|m|m2|m²|st|stk|pc|pcs|unit)\b|\bper (?:month|unit|kg|item)|monthly|a month|"
    # per-unit prices in other languages ("Prix au kilo", "pro Liter", "за кг", "za kg" ...)
    r"\b(?:per|pro|je|por|par|au|al|le|za|na) (?:kilo(?:gram+)?|kg|liter|litre|litro|litr|l|100 ?g|100 ?ml)\b|"
    r"за (?:кг|килограмм|л|литр|100 ?г)|prix (?:au|unitaire)|precio (?:unitario|por)|prezzo (?:al|unitario)|"
    r"kilopreis|literpreis|vergleichspreis|jämförpris|enhetspris|kilohinta|litrahinta|egységár|jednotková cena|"
    r"cena jednostkowa|"
    r"install?ment|\bcuotas\b|\bmeses\b|mensual|\bmonat|\bmois\b|\bmese\b|měsíc|mesiac|miesi|\brat[ae]\b|ratenzahlung|"
    r"shipping|delivery|livraison|versand|lieferung|env[ií]o|spedizione|doprava|po[sš]tovn|\bporto\b|\bfrete\b|"
    r"\bsave\b|\bsaving|\bspar(?:en|st)\b|[ée]conomi|ahorr|risparmi|u[sš]et|oszcz|bonus|\bpoints?\b|cashback|"
    r"ohne mwst|\bexcl|\bexkl|bez dph|bez ddv|brez ddv|bez vat|bez pdv|без ндс|zonder btw|\bex\.? vat|"
    r"hors (?:taxe|tva)|\bht\b|\bnetto\b|sin iva|senza iva|每期|分期|起|以上|\d\s*up\b|"
    r"%|\bfrom\b|\bab\b|à partir|a partir|\bdesde\b|\bda\b|\bod\b|\boptions?\b|\boffers\b|angebote|offres|"
    r"rating|review|\bstars?\b|sterne|étoiles|bewertung|starting|start(?:ing)? (?:price|bid)|opening bid|"
    r"startpreis|mindestgebot|prix de départ|precio (?:inicial|de salida)|\bbids?\b|gebote|enchères|"
    r"payments? of|interest[- ]free|\bpay in\b|\bparcelas?\b|sem juros|sin inter[eé]s|\ben \d+ ?fois\b|"
    r"finanzierung|ratenkauf|klarna|afterpay|affirm|sezzle|laybuy|\bdeposit\b|\bpfand\b|\bfee\b|gebühr|"
    # per month and "from" in more languages ("от 1 250 ₽/мес", "3 x 416,63 TL taksit", "vanaf € 9")
    r"/\s*(?:мес|міс|ay|mies|měs|mes)\b|в месяц|на месяц|рассрочк|розстрочк|\bот\b|\bвід\b|taksit|aylık|"
    r"\bvanaf\b|\bfrån\b|\balkaen\b|\bfra\b",
    re.I,
)
# class/id words of markup around amounts that are not the selling price:
# fees, deposits, shipping, instalments, unit prices (not "tax": Magento marks
# every price container "price-container tax weee")
_FEE_MARKUP_RE = re.compile(
    r"(?<![a-z])(?:fee|fees|recycl\w*|deposit|pfand|shipping|delivery|postage|instal+ments?|monthly|"
    r"financ\w*|credit|loan|leasing|per-?unit|unit-?price|base-?price|grundpreis)(?![a-z])",
    re.I,
)
# ... except a price "including tax / VAT", which is the selling price
_INCL_TAX_RE = re.compile(r"incl|inkl|with-?tax|tax-?incl|ttc|brutto", re.I)

_ADD_TO_CART_RE = re.compile(
    r"add[\s_-]*to[\s_-]*(?:cart|basket|bag|trolley)|addtocart|addtobasket|addtobag|buy[\s_-]*(?:it[\s_-]*)?now|"
    r"buy[\s_-]*button|btn[\s_-]*buy|in den (?:warenkorb|einkaufswagen)|warenkorb|ajouter au panier|"
    r"aggiungi al carrello|añadir al carrito|añadir a la cesta|agregar al carrito|adicionar ao carrinho|"
    r"comprar|kaufen|jetzt kaufen|acheter|acquista|do ko[sš][ií]k|do koszyka|v košarico|u košaric|"
    r"в корзину|купить|kosárba|sepete ekle|lägg i varukorg|læg i kurv|legg i handlekurv|"
    r"lisää ostoskoriin|in winkelwagen|bestellen|naroči|objednat|kupi|place bid|bid now|"
    r"加入購物車|立即購買|加入购物车|立即购买|カートに入れる|장바구니|구매하기|أضف إلى|اشتري|"
    # more languages: Dutch, Scandinavian, Finnish, Baltic, Romanian, Greek, Turkish, Slavic, Hebrew
    r"winkelwagen|winkelmand|\bkoop nu\b|lägg i (?:kundvagn|varukorgen)|\bköp\b|\bkjøp\b|\bkøb\b|"
    r"legg i (?:handlevogn|kurv)|læg i (?:kurv|indkøbskurv)|lisää (?:koriin|ostoskoriin)|\bosta\b|"
    r"į krepšelį|\bgrozā\b|lisa ostukorvi|adaug[ăa] [îi]n co[șşs]|\bcump[ăa]r[ăa]\b|"
    r"προσθήκη στο καλάθι|\bαγορά\b|satın al|dodaj do koszyka|kup teraz|přidat do košíku|koupit teď|"
    r"vložiť do košíka|kúpiť teraz|dodaj u (?:košaricu|korpu)|\bkupi\b|в кошик|купити|добави в количката|"
    r"הוסף לסל|לקנייה",
    re.I,
)
_AVAILABILITY_HINT_RE = re.compile(
    r"availab|stock|lager|dostupn|verf[üu]g|disponib|inventory|delivery-?status|skladem|skladom|nalich",
    re.I,
)
# class/id words of variant pickers (sizes, colours, options): their stock
# marks are per variant, not the product's
_VARIANT_PICKER_RE = re.compile(
    r"swatch|variant|variation|option|size|colou?r|attribute|selector|picker|dropdown|"
    r"grösse|größe|taille|talla|taglia|velikost|rozmiar|farbe|couleur",
    re.I,
)
# attribute values naming an element that shows the product's reference
_ID_HINT_RE = re.compile(
    r"\bsku\b|product-?ref(?:erence)?|\breference\b|article-?(?:number|nr|no|code)|item-?(?:number|code|no)|"
    r"product-?(?:code|number|id)\b|art-?nr",
    re.I,
)

# Labels of specification tables ("SKU: 1234", <th>EAN</th><td>...</td> ...),
# normalised to lower case; earlier tiers win over later ones.
_SKU_LABELS = [
    re.compile(r"sku|asin|sku (?:number|no\.?|#|code)", re.I),
    re.compile(
        r"(?:ebay )?item (?:number|no\.?|#|id|code)|article (?:number|no\.?|code)|"
        r"art\.?-? ?(?:nr|no|nº|n°)\.?|artikel ?(?:nummer|nr\.?)|artikelnr\.?|"
        r"product (?:code|id|number|no\.?)|prod(?:uct)? ?#|id (?:do )?produ(?:to|ct|it|cto|kt)|"
        r"código(?: de producto| del producto| art[ií]culo)?|cod(?:ice|\.)?(?: articolo| prodotto)|"
        r"šifra(?: artikla| proizvoda)?|kód (?:produktu|tovaru)|kod (?:produktu|towaru)|код товара|артикул|"
        r"numer katalogowy|cikkszám|varenummer|tuotenumero|商品編號|商品编号|品番|상품번호|ad #|ad id|ad number",
        re.I,
    ),
    re.compile(r"r[ée]f(?:[ée]rence|\.)?(?: produit| article)?|ref(?:erence|\.)?|kód|kod|код|cod\.?|codice|code", re.I),
]
_MPN_LABELS = [
    re.compile(
        r"mpn|(?:item )?model(?: number| no\.?| #|nummer|nr\.?)|manufacturer (?:part )?(?:number|no\.?|#)|"
        r"part (?:number|no\.?|#)|mfr\.? ?(?:part )?(?:number|no\.?|#)|herstellernummer|"
        r"hersteller-?artikelnummer|modellnummer|num[ée]ro du mod[èe]le(?: de l'article)?|"
        r"r[ée]f[ée]rence (?:fabricant|constructeur)|numero (?:di )?modello(?: articolo)?|"
        r"número de (?:modelo|pieza)|produktové číslo|part ?no\.?|kod producenta|型番|型號|型号",
        re.I,
    ),
    re.compile(r"model|modell|modèle|modello|modelo|модель", re.I),
]
_GTIN_LABELS = [
    re.compile(
        r"(?:ean|gtin|upc|isbn|jan|barcode|ean[/ -]upc|ean-?13|gtin-?1[34]|isbn-?1[03]|código de barras|штрихкод)"
        r"(?: code| number| kód| kod| nummer)?",
        re.I,
    )
]
_BRAND_LABELS = [
    re.compile(
        r"(?:brand|marke|marque|marca|marchio|merk|marka|märke|mærke|merkki|brend|značka|znamka|márka|μάρκα|"
        r"merek|бренд|марка|ブランド|品牌|브랜드)(?:[ -]?name)?|markenname|nom de (?:la )?marque|"
        r"nome (?:del )?(?:marchio|brand)|nombre de (?:la )?marca|nome da marca|название бренда|"
        r"thương hiệu|ยี่ห้อ|العلامة التجارية",
        re.I,
    ),
    re.compile(
        r"manufacturer|hersteller|fabricant|produttore|fabricante|producent|výrobca|výrobce|proizvajalec|"
        r"proizvođač|gyártó|производитель|üretici",
        re.I,
    ),
]
# the legal form after a company name ("Acme Tools GmbH", "Huizhou Yongli Co., Ltd."): a
# manufacturer field names the company, the brand is its name without it
_LEGAL_FORM_RE = re.compile(
    r"[\s,]+(?:co\.?,?\s*)?(?:inc|incorporated|corp|corporation|ltd|limited|llc|l\.l\.c|plc|gmbh(?:\s*&\s*co\.?\s*kg)?|"
    r"ag|kg|se|s\.?a\.?s?|s\.?p\.?a|s\.?r\.?l|s\.?l|b\.?v|n\.?v|oy|ab|a/s|aps|as|sp\.? z\.?\s?o\.?\s?o|"
    r"s\.?r\.?o|a\.?s|kft|zrt|d\.?o\.?o|j\.?d\.?o\.?o|ooo|ооо|pty\.?\s*ltd|pvt\.?\s*ltd|co)\.?$",
    re.I,
)


_ANY_LABEL_RE = re.compile(
    "|".join(f"(?:{p.pattern})" for p in (*_SKU_LABELS, *_MPN_LABELS, *_GTIN_LABELS, *_BRAND_LABELS)), re.I
)


_HIDING_CLASSES = {"hidden", "d-none", "hide", "is-hidden", "visually-hidden", "sr-only", "invisible"}


_IMAGE_ATTRIBUTES = ("data-old-hires", "data-zoom-image", "data-large", "data-full", "data-src", "src")
_ICON_RE = re.compile(r"icon|logo|sprite|pixel|spacer|badge|flag|rating|stars?\b|avatar|placeholder|loader|\.svg|\.gif", re.I)
