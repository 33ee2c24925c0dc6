"""Session 43 (mu43): musical instruments, studio audio, bicycles, camping and outdoor gear as two shops title
them - a string set's gauges in thousandths (".010-.046" = "10-46"), gear kinds in the shops' languages
("Effektpedal", "Sturmkocher", "Gaskartusche"), a size letter against its spelled word ("M" / "Medium"), a
spelled size range ("Large/X-Large" = "L/XL"), a size range after a number ("Talon 22 S/M": no "22S" model),
a French cassette's "11V" (11 speeds), a microphone's polar pattern and transducer, a range that is no count
("10-46" / "10-Pack"), ".60mm" = "0.60 mm", two sizes closing two titles
("Sleeping Bag Regular" / "Long"; ``crawler.matching.mu43``, ``titles``, ``mends34``, ``variants``, ``facets``)."""

from tests.pair_checks import pair_tests

SAME = [
    ("D'Addario EXL110 Nickel Wound Regular Light 10-46",
     "D'Addario Electric Guitar Strings, .010-.046, Regular Light, Nickel Wound"),
    ("Ernie Ball 2221 Regular Slinky 10-46", "Ernie Ball Regular Slinky Nickel Wound Electric Guitar Strings - .010-.046 (P02221)"),
    ("D'Addario EXL110-3D Saitensatz 3er Pack 010-046", "D'Addario EXL110-3D Regular Light 10-46 3-Pack"),
    ("MXR M300 Reverb", "Dunlop MXR M-300 Reverb Effektpedal"),
    ("Trangia 25-1 UL", "Trangia Sturmkocher 25-1 UL"),
    ("Giro Syntax MIPS Helmet Matte Black M", "Giro Syntax MIPS Road Helmet - Medium, Matte Black"),
    ("Gregory Baltoro 75 Alpine Black M", "Gregory Baltoro 75 Pack - Medium, Alpine Black"),
    ("Osprey Atmos AG 65 Men's L/XL Black", "Osprey Atmos AG 65 Backpack - Men's, Black, Large/X-Large"),
    ("Osprey Talon 22 S/M", "Osprey Talon 22 Daypack - Men's, Small/Medium"),
    ("Shimano 105 CS-R7000 11-speed cassette 11-30", "Cassette Shimano 105 R7000 11V 11-30 dents"),
    # a decimal without its leading zero is the decimal; a size word closing one title only
    ("Dunlop Tortex Standard Picks .60mm 12 Pack", "Dunlop Tortex Standard Picks 0.60mm 12 Pack"),
    ("Rab Neutrino 400 Down Sleeping Bag Regular", "Rab Neutrino 400 Down Sleeping Bag - Regular"),
    # (fxmu43) a gear kind on one side still excused where the other prints no word the kind's title lacks
    ("Audio-Technica AT2020", "Audio Technica AT-2020 Kondensatormikrofon Niere"),
    ("Roland FP-30X BK", "Roland FP-30X Digitalpiano schwarz"),
    ("Korg Minilogue XD", "KORG minilogue xd 37-Key 4-Voice Analog Synthesizer"),
]

DIFFERENT = [
    # the gauges read as one value part two gauges still
    ("D'Addario EXL110 Regular Light .010-.046", "D'Addario EXL120 Super Light .009-.042"),
    ("Ernie Ball Regular Slinky .010-.046", "Ernie Ball Power Slinky .011-.048"),
    ("Elixir Nanoweb Phosphor Bronze Light .012-.053", "Elixir Nanoweb Phosphor Bronze Light .011-.052"),
    # a kind word excused on one side, two sizes still two helmets
    ("Giro Syntax MIPS Helmet Matte Black M", "Giro Syntax MIPS Road Helmet - Large, Matte Black"),
    ("Giro Syntax MIPS Matte Black M", "Giro Syntax MIPS Matte Black L"),
    ("Osprey Talon 22 S/M", "Osprey Talon 22 Daypack - Men's, Large/X-Large"),
    ("Osprey Atmos AG 65 L/XL", "Osprey Atmos AG 65 S/M"),
    ("Shimano 105 CS-R7000 11V 11-28 dents", "Shimano 105 CS-R7000 11-speed cassette 11-32"),
    ("Shimano CS-HG50 8V 11-30", "Shimano CS-HG50 10-speed cassette 11-30"),
    # a microphone's transducer and polar pattern, two values two microphones
    ("Behringer C-2 Condenser Microphone Cardioid", "Behringer C-2 Condenser Microphone Omnidirectional"),
    ("Shure PGA48 Dynamic Vocal Microphone", "Shure PGA27 Condenser Vocal Microphone"),
    # a kind against another kind
    ("MXR M300 Reverb Effektpedal", "MXR M300 Reverb Netzteil"),
    # a range is no count: a single set against its ten-pack
    ("D'Addario EXL110 Regular Light 10-46", "D'Addario EXL110 Regular Light 10-46 10-Pack"),
    # two thicknesses written without the leading zero
    ("Dunlop Tortex Standard Picks .60mm 12 Pack", "Dunlop Tortex Standard Picks .73mm 12 Pack"),
    ("Dunlop Tortex Standard Picks .60mm 12 Pack", "Dunlop Tortex Standard Picks 0.73mm 12 Pack"),
    # two sizes closing two titles
    ("Sea to Summit Spark Sleeping Bag Regular", "Sea to Summit Spark Sleeping Bag, Long"),
    ("Therm-a-Rest NeoAir XLite NXT Regular", "Therm-a-Rest NeoAir XLite NXT Large"),
    # (fxmu43, attack43a) a gear kind on one side, a form, a revision, a count of units or a letter the other
    # prints after the model: the kind excused parted nothing else
    ("Korg minilogue xd Synthesizer", "Korg minilogue xd Module"),
    ("Waldorf Blofeld Keyboard Synthesizer", "Waldorf Blofeld Desktop"),
    ("TC Electronic Flashback 2 Delay Effektpedal", "TC Electronic Flashback 2 X4 Delay"),
    ("Strymon El Capistan Effektpedal", "Strymon El Capistan V2"),
    ("Rode NT1 Kondensatormikrofon", "Rode NT1-A"),
    ("Rode NT2-A Kondensatormikrofon", "Rode NT2"),
    ("AKG C214 Kondensatormikrofon", "AKG C214 Matched Pair"),
    ("Audio-Technica AT2020 Kondensatormikrofon", "Audio-Technica AT2020 USB-X"),
    ("Fenix PD36R Taschenlampe", "Fenix PD36R V2.0"),
    ("Yamaha P-45 Digitalpiano", "Yamaha L-85 Stand P-45"),
    ("Esbit Spirituskocher", "Esbit Trockenbrennstoffkocher"),
    ("Arturia MiniFreak Synthesizer", "Arturia MiniFreak V"),
]

test_one_product, test_two_products = pair_tests(same=SAME, different=DIFFERENT)
