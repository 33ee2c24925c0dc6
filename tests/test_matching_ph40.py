"""Session 40 (ph40): phones, tablets and chargers as Lebanese, Gulf, UK and US shops list them
(``crawler/matching/ph40.py``): words that describe the listing, not the product; a smartphone's plain name is
its 4G unit and a tablet's its Wi-Fi unit; "4G" = "LTE"."""

from tests.pair_checks import pair_tests

from crawler.matching import ph40

SAME = [
    # the SIM form every unit ships with, the Gulf's region, a warranty note
    ('Apple iPhone 15 Pro 256GB Black Titanium', 'iPhone 15 Pro 256 GB Black Titanium (nano-SIM + eSIM), UAE Version'),
    ('Apple iPhone 14 Plus 128GB Purple', 'Apple iPhone 14 Plus (128 GB) - Purple - Physical SIM + eSIM'),
    ('Apple iPhone 15 256GB Green', 'iPhone 15 256 GB - Green - Dual SIM (nano + eSIM) KSA Version'),
    ('Apple iPhone 13 256GB Starlight', 'iPhone 13 256GB Starlight - FaceTime - 1 Year Warranty'),
    ('Samsung Galaxy S24 Ultra 12GB/512GB Titanium Gray',
     'Samsung Galaxy S24 Ultra 5G Dual SIM 512GB 12GB RAM Titanium Gray - Middle East Version'),
    # a plug of the local market, the goods' state
    ('Apple 20W USB-C Power Adapter', 'Apple 20W USB-C Power Adapter (UK Plug)'),
    ('Apple 30W USB-C Power Adapter', 'Apple 30W USB-C Power Adapter - Original, 3 pin'),
    ('Apple AirPods Pro (2nd generation) with MagSafe Case (USB-C)', 'AirPods Pro 2 USB-C - Brand New Sealed'),
    # a smartphone's plain name is its 4G unit; "4G" = "LTE"
    ('Xiaomi Redmi 13C 6/128 Navy Blue', 'Redmi 13C Dual SIM 4G Smartphone, 6GB RAM + 128GB, Navy Blue'),
    ('Samsung Galaxy A05s 4GB/128GB Silver', 'Samsung Galaxy A05s Dual SIM 4G 4GB RAM 128GB Silver'),
    ('Samsung Galaxy A25 8/256 Blue Black', 'Samsung Galaxy A25 LTE Dual SIM 8GB RAM 256GB Blue Black'),
    ('Samsung Galaxy A15 4GB/128GB Light Blue 4G', 'Samsung Galaxy A15 LTE Dual SIM Smartphone 4GB RAM 128GB Light Blue'),
    # a tablet's plain name is its Wi-Fi unit
    ('Huawei MatePad 11.5 8GB/256GB Space Gray', 'HUAWEI MatePad 11.5" WiFi 8GB RAM 256GB Space Grey'),
    # (fxsp40) two physical SIMs written two ways; the world's region against a plain name or the world's code
    ('Apple iPhone 15 Pro 256GB Natural Titanium (2 x nano-SIM)', 'Apple iPhone 15 Pro 256GB Natural Titanium Dual Nano-SIM'),
    ('Apple iPhone 15 Pro 256GB Natural Titanium Dual SIM (nano-SIM + eSIM)', 'Apple iPhone 15 Pro 256GB Natural Titanium'),
    ('Samsung Galaxy S24 Ultra 256GB Titanium Black International Version', 'Samsung Galaxy S24 Ultra 256GB Titanium Black'),
    ('Samsung Galaxy S24 Ultra 256GB Titanium Black International Version',
     'Samsung Galaxy S24 Ultra 256GB Titanium Black SM-S928B'),
    ('Samsung Galaxy Tab S9 FE 8GB/256GB Mint', 'Samsung Galaxy Tab S9 FE WiFi 256GB 8GB RAM Mint'),
]

DIFFERENT = [
    # a SIM form naming another unit, another region's unit
    ('Apple iPhone 15 128GB Black (eSIM only)', 'iPhone 15 128GB Black Dual SIM (nano-SIM + eSIM) - Middle East Version'),
    ('Apple iPhone 14 128GB Midnight (Dual eSIM, US Version)', 'Apple iPhone 14 128GB Midnight (Physical SIM + eSIM)'),
    ('Nokia 105 (2023) Single SIM Charcoal', 'Nokia 105 (2023) Dual SIM Charcoal'),
    ('Nokia 3310 Dual SIM Dark Blue', 'Nokia 3310 Single-SIM Dark Blue'),
    # (fxsp40, attack40w) two physical SIMs are the China / Hong Kong iPhone, no SIM form every unit ships with
    ('Apple iPhone 15 Pro 256GB Natural Titanium (2 x nano-SIM)', 'Apple iPhone 15 Pro 256GB Natural Titanium'),
    ('Apple iPhone 15 Pro Max 512GB Blue Titanium, Dual SIM (2 x nano-SIM)',
     'Apple iPhone 15 Pro Max 512GB Blue Titanium, Physical SIM + eSIM'),
    ('Apple iPhone 15 Pro 256GB Natural Titanium (2 x nano-SIM)',
     'Apple iPhone 15 Pro 256GB Natural Titanium Dual SIM (nano-SIM + eSIM)'),
    # (fxsp40, attack40w) a US carrier or a Samsung code of the US unit names the US region
    ('Samsung Galaxy S24 Ultra 256GB Titanium Black International Version',
     'Samsung Galaxy S24 Ultra 256GB Titanium Black SM-S928U'),
    ('Samsung Galaxy S24 Ultra 256GB Titanium Black International Version',
     'Samsung Galaxy S24 Ultra 256GB Titanium Black AT&T'),
    ('Samsung Galaxy S24 Ultra 256GB Titanium Black Global Version',
     'Samsung Galaxy S24 Ultra 256GB Titanium Black SM-S928U1 Unlocked'),
    # the listing's words excuse no capacity, colour, model or size
    ('Apple iPhone 15 128GB Black - 1 Year Warranty', 'iPhone 15 256 GB Black, Dual SIM (nano-SIM + eSIM), UAE Version'),
    ('Apple iPhone 15 Pro 256GB Natural Titanium', 'Apple iPhone 15 Pro Max (256 GB) - Natural Titanium - Middle East Version'),
    ('Apple iPhone 15 128GB Pink', 'Apple iPhone 15 Plus 128GB Pink (Physical SIM + eSIM)'),
    ('Apple iPhone 15 128GB Black', 'Apple iPhone 15 128GB Blue - FaceTime'),
    ('Apple 20W USB-C Power Adapter (UK Plug)', 'Apple 30W USB-C Power Adapter (UK Plug)'),
    ('Apple 20W USB-C Power Adapter (UK Plug)', 'Apple 20W USB-C Power Adapter (EU Plug)'),
    ('Apple AirPods 4', 'Apple AirPods 4 with Active Noise Cancellation - Brand New Sealed'),
    # a network each side: 4G against 5G; a feature phone's plain name is its 2G unit
    ('Samsung Galaxy A15 5G 6GB/128GB Blue Black', 'Samsung Galaxy A15 LTE Dual SIM 6GB RAM 128GB Blue Black'),
    ('Samsung Galaxy A15 4G 6/128 Blue Black', 'Samsung Galaxy A15 5G Dual SIM 6GB RAM 128GB Blue Black'),
    ('Nokia 105 (2023) Dual SIM Charcoal', 'Nokia 105 4G (2023) Dual SIM Charcoal'),
    ('Xiaomi Redmi 13C 8/256 Midnight Black', 'Redmi 13C Dual SIM 4G Smartphone, 6GB RAM + 128GB, Midnight Black'),
    # a tablet's or a watch's plain name is its Wi-Fi / Bluetooth unit
    ('Samsung Galaxy Tab A9+ 8GB/128GB Graphite', 'Samsung Galaxy Tab A9+ 5G 8GB RAM 128GB Graphite'),
    ('Samsung Galaxy Tab A9+ 8GB/128GB Graphite', 'Samsung Galaxy Tab A9+ LTE Dual SIM 8GB RAM 128GB Graphite'),
    ('Apple iPad Air 11" M2 Wi-Fi 128GB Blue', 'Apple iPad Air 11-inch (M2) Wi-Fi + Cellular 128GB - Blue'),
    ('Huawei MatePad 11.5 WiFi 8GB/128GB Space Gray', 'HUAWEI MatePad 11.5" LTE 8GB RAM 128GB Space Grey'),
    ('Samsung Galaxy Watch6 Classic 47mm Black', 'Samsung Galaxy Watch6 Classic 47mm LTE Black'),
]

test_one_product, test_two_products = pair_tests(same=SAME, different=DIFFERENT)


def test_listing_words():
    assert ph40.listing_segment(["nano", "sim", "esim"])
    assert not ph40.listing_segment(["uk", "plug"])  # (a plug, a region: read pairwise - "EU-Stecker" / "UK Plug")
    assert not ph40.listing_segment(["uae", "version"])
    assert ph40.listing_segment(["original", "brand", "new"])
    assert not ph40.listing_segment(["original"])  # (alone it may be a product's word: of36's perfume)
    assert not ph40.listing_segment(["esim", "only"])
    assert not ph40.listing_segment(["us", "version"])
    assert ph40.listing_words(["iphone", "15", "dual", "sim", "esim"]) == frozenset(("dual", "sim", "esim"))
    assert ph40.listing_words(["iphone", "14", "dual", "esim"]) == frozenset()  # (a US unit: no physical SIM)


def test_plain_4g_only_for_smartphones():
    assert ph40.plain_is_4g("4g", ["redmi", "13c", "dual", "sim", "4g", "8gb", "256gb"], {"redmi", "13c"})
    assert not ph40.plain_is_4g("4g", ["nokia", "105", "4g", "dual", "sim"], {"nokia", "105", "dual", "sim"})
    assert not ph40.plain_is_4g("lte", ["galaxy", "tab", "a9", "lte", "sim", "128gb"], {"galaxy", "tab", "a9"})
    assert not ph40.plain_is_4g("4g", ["galaxy", "a15", "4g", "smartphone"], {"galaxy", "a15", "5g"})


def test_dual_physical_sim_is_one_word():
    assert ph40.esim_only("iphone 15 pro (2 x nano-sim)") == "iphone 15 pro (dualnanosim)"
    assert ph40.esim_only("iphone 15 dual physical sim (hk)") == "iphone 15 dualnanosim (hk)"
    assert "dualnanosim" not in ph40.esim_only("iphone 15 dual sim (nano-sim + esim)")
    assert "dualnanosim" not in ph40.esim_only("galaxy s24 dual nano-sim + esim")
