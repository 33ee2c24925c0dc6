"""(session 40, av40) One model written in two notations: ``av40.generation_read`` reads an "M2" closing a
maker's code as the roman numeral ("DC-S5M2" = "S5 II"), an ordinal generation ("(2nd Gen)") is the numeral
the other title prints ("II"), ``av40.describing_words`` lets a spec that describes a model both titles name by one specific word
("40.2MP", "30.1cc", "APS-C", "Gas", "Powered", "Open Back") stand on one side only; the near misses
(another generation, model, capacity or displacement in the code) stay apart."""
from crawler.matching import av40
from tests.pair_checks import pair_tests

SAME = [
    # a generation as an ordinal against a numeral, an "M2" closing a maker's code
    ("Bose SoundLink Flex Portable Bluetooth Speaker (2nd Gen) - Black", "Bose SoundLink Flex II Bluetooth Speaker, Black"),
    ("Focusrite Scarlett Solo 3rd Gen USB Audio Interface", "Focusrite Scarlett Solo (Gen 3) Audio Interface"),
    ("Sony RX100 VII Premium Compact Camera", "Sony Cyber-shot DSC-RX100M7 Camera"),
    ("Sony ZV-E10 II Mirrorless Vlog Camera Body - Black", "Sony ZV-E10M2 APS-C Interchangeable Lens Vlog Camera, Body, Black"),
    ("Panasonic Lumix DC-G9M2 Micro Four Thirds Camera Body", "Panasonic LUMIX G9 II Mirrorless Camera Body"),
    # a describing spec on one side of two titles naming the model by one specific word
    ("STIHL MS 250 Chainsaw 18\" Bar", "Stihl MS250 45.4cc Gas Chainsaw with 18 in. Bar"),
    ("Nikon Z6II FX-Format Mirrorless Camera Body", "Nikon Z 6 II 24.5MP Full Frame Mirrorless Camera Body Only"),
    ("Sennheiser HD 650 Open Back Audiophile Headphones", "Sennheiser HD650 Over-Ear Reference Headphones"),
    ("Yamaha HS8 Powered Studio Monitor (Each) - Black", "Yamaha HS 8 Active Studio Monitor 8\" Black"),
]
DIFFERENT = [
    # another generation in the other notation
    ("Bose SoundLink Flex Portable Bluetooth Speaker (2nd Gen) - Black", "Bose SoundLink Flex Bluetooth Speaker, Black"),
    ("Focusrite Scarlett Solo 3rd Gen USB Audio Interface", "Focusrite Scarlett Solo (Gen 4) Audio Interface"),
    ("Sony RX100 VII Premium Compact Camera", "Sony Cyber-shot DSC-RX100M6 Camera"),
    ("Sony ZV-E10 Mirrorless Vlog Camera Body - Black", "Sony ZV-E10M2 APS-C Interchangeable Lens Vlog Camera, Body, Black"),
    ("Panasonic Lumix DC-G9M2 Micro Four Thirds Camera Body", "Panasonic LUMIX G9 Mirrorless Camera Body"),
    # another model, a one-sided spec the other title's model chooses against
    ("STIHL MS 250 Chainsaw 18\" Bar", "Stihl MS251 45.6cc Gas Chainsaw with 18 in. Bar"),
    ("Nikon Z6II FX-Format Mirrorless Camera Body", "Nikon Z 7 II 45.7MP Full Frame Mirrorless Camera Body Only"),
    ("Sennheiser HD 650 Open Back Audiophile Headphones", "Sennheiser HD600 Over-Ear Reference Headphones"),
    ("Yamaha HS8 Powered Studio Monitor (Each) - Black", "Yamaha HS 8 Active Studio Monitor 8\" White"),
    ("Crucial P3 Plus 2TB PCIe Gen4 NVMe M.2 SSD, up to 5000MB/s", "Crucial P3 Plus 1TB M.2 PCIe 4.0 NVMe"),
]

test_one_product, test_two_products = pair_tests(same=SAME, different=DIFFERENT)


def test_generation_read():
    assert av40.generation_read("dc-s5m2 body").split() == ["dc-s5", "ii", "body"]
    assert av40.generation_read("ilce-7rm5 body").split() == ["ilce-7r", "v", "body"]
    # a phone's "G4", an area, a model named "XM5", a code with more after the "M2": left as printed
    for s in ("moto g4 plus", "krk rp5g4", "mbly10g2/16gb", "tarp 25m2", "sony wh-1000xm5", "lumix dc-s5m2x body", "4x6m2 cover"):
        assert av40.generation_read(s) == s
