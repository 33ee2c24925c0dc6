"""Session 15, found while merging and in the review of the merge.

- "Vollmilch" names the kind milk, not only its default fat: "Joghurt 3,5 %" / "Vollmilch 3,5 %"
  were one product.
- A shop's one-word name that is a word for goods closes no title as the shop's name ("... - Boots"
  / "... - Shoes" were one product).
- A list of a suite's apps both titles print, one with an app more, names two editions (Office
  with and without Outlook were one product).
- The Switch 2 is another console than the Switch: a game for one is not the game for the other
  ("Nintendo Switch 2 Edition"; "NSW" is the Switch); "Switch 2 Pack" is a count.
- A name read from Cyrillic letters is compared by what the two offers hold, never by what the
  process read before (``Prepared.translit``).
"""
from crawler.matching import match_method
from crawler.matching.prepared import complete, prepare
from crawler.matching.wordclass import rewording
from tests.pair_checks import pair_tests

DIFFERENT = [
    ("Weihenstephan Joghurt 3,5% 500g", "Weihenstephan Vollmilch 3,5% 500g"),
    ("Danone Joghurt 500g", "Danone Vollmilch 500g"),
    ("Timberland Premium 6-Inch Waterproof - Boots", "Timberland Premium 6-Inch Waterproof - Shoes"),
    ("Microsoft Office 2021 | Word, Excel, PowerPoint, Outlook | 1 PC Download",
     "Microsoft Office 2021 | Word, Excel, PowerPoint | 1 PC Download"),
    ("Mario Kart World - Nintendo Switch 2", "Mario Kart World - Nintendo Switch"),
    ("Zelda Tears of the Kingdom NSW", "Zelda Tears of the Kingdom Nintendo Switch 2 Edition"),
]
SAME = [
    ("Weihenstephan Vollmilch 3,5% 1L", "Weihenstephan Milch 3,5% Fett 1 Liter"),
    ("Моршинська вода 1.5 л", "Morshynska water 1.5 l"),
    ("Mario Kart World Nintendo Switch 2", "Nintendo Switch 2 Mario Kart World"),
]


test_different = pair_tests(different=DIFFERENT).different


test_same = pair_tests(same=SAME).same


def test_a_latin_name_is_no_transliteration_because_another_title_was_read_before():
    pa = complete(prepare({"title": "Heineken Lager Beer Corona 330ml"}))
    pb = complete(prepare({"title": "Heineken Lager Beer Karina 330ml"}))
    before = rewording("corona", pa, pb)
    match_method({"title": "Карина 330 мл"}, {"title": "Karina 330 ml"})
    assert rewording("corona", pa, pb) == before == 0
