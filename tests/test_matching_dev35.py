"""Session 35 (dev35), both ways round through the pair path and the batch path:

* a length in inches against a metric length far apart in scale (beyond a factor of 2.5) measures
  another side of the product, not another size: a 2.5" drive's or adapter's "7mm" / "9.5mm" height
  (WDC computers' training pairs: "Crucial BX100 500GB SATA 2.5 Inch" / "... SATA 6Gbps 7mm" was
  parted by session 34's inch-against-length reading); the sizes it was written for stay apart."""

from tests.pair_checks import pair_tests

SAME = [
    ("Crucial BX100 500GB SATA 2.5 Inch Internal Solid State Drive CT500BX100SSD1",
     "Crucial BX100 500GB SSD SATA 6Gbps 7mm Solid State Drive (CT500BX100SSD1)"),
    ("2.5inch SATA SSD/HDD to USB 3.0 Adapter with Aluminium Box IB-AC6034-U3",
     "Raidsonic Icy Box IB-AC6034-U3 (9.5mm) Aluminium"),
    ('Samsung 870 EVO 1TB 2.5" SATA SSD MZ-77E1T0B', "Samsung 870 EVO 1TB SATA SSD 7mm MZ-77E1T0B/EU"),
]

DIFFERENT = [
    ('Samsung 55" QN90C Neo QLED', "Samsung QN90C Neo QLED 163 cm"),
    ('Tefal Ingenio Frying Pan 11"', "Tefal Ingenio Pfanne 24 cm"),
    ('Gardena Classic Hose 1/2" 20m', "Gardena Classic Schlauch 19 mm 20 m"),
]

test_one_product, test_two_products = pair_tests(same=SAME, different=DIFFERENT)
