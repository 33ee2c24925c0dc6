"""Session 34 (sp34): the matcher's cold batch made faster with every decision the same.  The readers
whose scans were rewritten - the cleaner's pharmacy and beauty hints, a lamp's light colour, a
description's pack counts, a screen's inch size, a volume glued to its marker - still part and join
the pairs they did (every pair asked both ways round through the pair path and the batch path,
``tests.pair_checks.decide_both_ways``), and each rewritten hint answers as the pattern it replaces on
real-looking titles."""

import pytest

from crawler.matching import beauty33, health32
from tests.pair_checks import pair_tests

SAME = [
    # a pharmacy's shorthand ("16cpr"), an international unit glued to its number (``health32.HINT``)
    ("Tachipirina 500 mg 16cpr", "Tachipirina 500 mg 16 compresse"),
    ("Nature Made Vitamin D3 1000 IU 300 Softgels", "Nature Made Vitamin D3 1000IU 300 Softgels"),
    # a shade's label, a concentration in Polish (``beauty33.HINT``)
    ("Maybelline Fit Me Matte + Poreless Foundation Shade 220", "Maybelline Fit Me Matte + Poreless Foundation 220"),
    ("Chanel Coco Mademoiselle woda perfumowana 100 ml", "Chanel Coco Mademoiselle EDP 100 ml"),
    # a lamp's light colour in French and Spanish (``titles._LIGHT_TONE_HINT``)
    ("Philips LED E27 8W blanc chaud", "Philips LED E27 8W warm white"),
    ("Philips LED E27 8W luz calida", "Philips LED E27 8W warm white"),
]

DIFFERENT = [
    ("Tachipirina 500 mg 16cpr", "Tachipirina 500 mg 30 compresse"),
    ("Nature Made Vitamin D3 1000 IU 300 Softgels", "Nature Made Vitamin D3 2000 IU 300 Softgels"),
    ("Maybelline Fit Me Matte + Poreless Foundation Shade 220", "Maybelline Fit Me Matte + Poreless Foundation 120"),
    ("Philips LED E27 8W blanc chaud", "Philips LED E27 8W cool white"),
    # a bare screen size against another inch size (``mends33._bare_against_inches``)
    ("Apple MacBook Air 13 M2 8GB 256GB", 'Apple MacBook Air 11" M2 8GB 256GB'),
    # another volume glued to its marker (``books32.volume_markers``)
    ("Asterix Tome 40 L'Iris blanc", "Asterix t39 L'Iris blanc"),
    # a description's multipack the other offer never states (``household24.described_packs_differ``)
    ({"title": "Cascade Platinum ActionPacs Dishwasher Detergent Fresh",
      "description": "Pack of 2 tubs, 81 count each. Cascade Platinum cleans tough food."},
     {"title": "Cascade Platinum ActionPacs Dishwasher Detergent Fresh",
      "description": "One tub of 81 pacs. Cascade Platinum cleans tough food."}),
]

test_rewritten_readers_join_as_before, test_rewritten_readers_part_as_before = pair_tests(
    same=SAME, different=DIFFERENT)


# titles where a branch of the pattern the hint replaces matches - and near misses where none does
HINT_TITLES = [
    "Tachipirina 500 mg 16cpr", "Vitamin D3 1000 IU 300 Softgels", "Vitamin D3 1000IU", "Vitamina D 2000 ui",
    "Vitamin D 1000iu drops", "Nurofen 200 mg 24 tablets 24s", "Ibuprofen Tabs 16s", "Aspirin C 10 pour cent",
    "PZN 01234567 Voltaren Schmerzgel", "Riv 20 mg", "Nexium 20 mg recubiert", "film coated tablets",
    "LEGO Classic Large Creative Brick Box 10698 Building Toy Set for Kids, Boys, and Girls Ages 4-99",
    "Ableton Live 12 Suite Upgrade from Live Lite", "medieval castle 3in1 building toy", "suite 3 guide",
    "Maybelline Fit Me Foundation Shade 220", "L'Oreal Infaillible N.220", "Chanel No. 5 EDP", "Nr 5",
    "Rimmel Stay Matte #004", "Old Spice 3oz", "Old Spice 3 oz", "Bonne Maman 13 Ounce", "woda toaletowa 50 ml",
    "Nokia 3310 no.1 fan", "Inno Setup 3.0z", "Samsung Galaxy S24 Ultra 12/256GB Titanium Gray", "",
]


@pytest.mark.parametrize("title", HINT_TITLES)
@pytest.mark.parametrize("module", [health32, beauty33], ids=["health32", "beauty33"])
def test_hint_answers_as_the_pattern_it_replaces(module, title):
    for text in (title, title.lower()):
        assert bool(module.HINT(text)) == bool(module._HINT_ANY(text)), (module.__name__, text)
