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
    # (session 40, fxav40: the describing words a narrowing keeps - a format of the other's group, no format on
    # the other side, an ordinal against a numeral)
    ("Fujifilm X-T5 Mirrorless Camera Body", "Fujifilm X-T5 40.2MP APS-C Mirrorless Camera Body"),
    ("Sennheiser HD 650 Open Back Audiophile Headphones", "Sennheiser HD650 Over-Ear Headphones"),
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
    # (session 40, fxav40, attack40a) a sensor format on both sides, of two groups: two lenses
    ("Nikon AF-S DX NIKKOR 35mm f/1.8G Lens", "Nikon AF-S FX NIKKOR 35mm f/1.8G ED Lens"),
    ("Nikon AF-S DX NIKKOR 35mm f/1.8G", "Nikon AF-S NIKKOR 35mm f/1.8G ED Full-Frame Prime"),
    ("Yongnuo YN50mm F1.8S DA DSM APS-C Lens for Sony E", "Yongnuo YN50mm F1.8S DF DSM Full Frame Lens for Sony E"),
    ("Yongnuo YN50mm F1.8S DA DSM APS-C AF Lens Black", "Yongnuo YN50mm F1.8S DF DSM FF AF Lens Black"),
    # "3D NAND" names WD's generation: no describing word
    ("WD Blue 3D NAND 1TB M.2 2280 SATA SSD", "WD Blue 1TB M.2 2280 SATA SSD WDS100T1B0B"),
    ("WD Green 3D NAND 240GB 2.5-inch SATA SSD", "WD Green 240GB 2.5-inch SATA SSD WDS240G1G0A"),
    # a describing word of a kind it does not describe; two values of one dimension
    ("Samsung Galaxy S8 Open Back 64GB", "Samsung Galaxy S8 64GB"),
    ("Samsung Galaxy S8 FX 64GB", "Samsung Galaxy S8 64GB"),
    ("Samsung Galaxy S8 3D NAND 64GB", "Samsung Galaxy S8 64GB"),
    ("Sennheiser HD 650 Open Back Headphones", "Sennheiser HD650 Closed Back Headphones"),
    ("Yamaha HS8 Powered Studio Monitor", "Yamaha HS 8 Passive Studio Monitor"),
]

test_one_product, test_two_products = pair_tests(same=SAME, different=DIFFERENT)


def test_generation_read():
    assert av40.generation_read("dc-s5m2 body").split() == ["dc-s5", "ii", "body"]
    assert av40.generation_read("ilce-7rm5 body").split() == ["ilce-7r", "v", "body"]
    # a phone's "G4", an area, a model named "XM5", a code with more after the "M2": left as printed
    for s in ("moto g4 plus", "krk rp5g4", "mbly10g2/16gb", "tarp 25m2", "sony wh-1000xm5", "lumix dc-s5m2x body", "4x6m2 cover"):
        assert av40.generation_read(s) == s


def test_ordinal_against_a_bare_number():
    """(session 40, fxav40, attack40a) "(2nd Gen)" is the "II" or the "Gen 2" the other title prints, not a bare
    "2" after the line's name ("Ring Video Doorbell 2" is Ring's own model name)."""
    from crawler.matching.prepared import prepare
    ring = prepare({"title": "Ring Video Doorbell (2nd Gen) 1080p HD Video"})
    ring2 = prepare({"title": "Ring Video Doorbell 2 1080p HD Video"})
    flex = prepare({"title": "Bose SoundLink Flex (2nd Gen) Speaker"})
    flex2 = prepare({"title": "Bose SoundLink Flex II Speaker"})
    solo = prepare({"title": "Focusrite Scarlett Solo (Gen 2) Audio Interface"})
    solo2 = prepare({"title": "Focusrite Scarlett Solo 2nd Gen Audio Interface"})
    assert not av40.ordinal_generation_words(set(ring.words) - ring2.wordset, ring, ring2)
    assert not av40.ordinal_generation_in("2", ring, ring2)
    assert av40.ordinal_generation_words(set(flex.words) - flex2.wordset, flex, flex2) == {"2nd", "gen"}
    assert av40.ordinal_generation_in("ii", flex, flex2)
    assert av40.ordinal_generation_words(set(solo2.words) - solo.wordset, solo2, solo) == {"2nd"}
    assert av40.ordinal_generation_in("2", solo2, solo)


def test_kit_suffix_is_no_generation():
    """(session 40, fxav40, attack40a) DeWalt's "M2" after three digits names the kit (two 4.0Ah batteries)."""
    for s in ("dewalt dcd796m2 kit", "dcf887m2", "dck299m2 combo"):
        assert av40.generation_read(s) == s
    assert av40.generation_read("sony sel2470gm2").split() == ["sony", "sel2470g", "ii"]
    assert av40.generation_read("sony ilce7m4").split() == ["sony", "ilce7", "iv"]
