"""Session 37, pr37: precision - pairs of two products the matcher called one (a garment's size after
whom it is for or its kind, a shop's gift card, ...), and the same products worded otherwise."""

from tests.pair_checks import pair_tests

SAME = [
    # a garment letter after "Men's" / the kind, the same size written otherwise or in another place
    ("Arc'teryx Atom Hoody Men's S Black", "Arc'teryx Atom Hoody Men's Black, Size S"),
    ("Hanes Women's Ecosmart Hoodie M", "Hanes Women's Ecosmart Hoodie M"),
    ("Patagonia Women's Better Sweater Jacket - Medium", "Patagonia Better Sweater Jacket Women's M"),
    ("Arc'teryx Beta Jacket Men's Black L", "Arc'teryx Men's Beta Jacket - Black - Large"),
    # a gift card of one shop
    ("Amazon.com Gift Card $50 (Email Delivery)", "Amazon.com eGift Card - $50"),
    ("Nintendo eShop Card $20", "Nintendo eShop Gift Card 20 USD (Digital Code)"),
]

DIFFERENT = [
    # a size closing the title after "Men's" (a possessive's "s" read apart) or after the garment's kind
    ("Arc'teryx Atom Hoody Men's S", "Arc'teryx Atom Hoody Men's M"),
    ("Arc'teryx Atom Hoody Men's S Black", "Arc'teryx Atom Hoody Men's M Black"),
    ("Levi's 501 Original Fit Jeans Men's S", "Levi's 501 Original Fit Jeans Men's M"),
    ("Hanes Women's Ecosmart Hoodie S", "Hanes Women's Ecosmart Hoodie M"),
    ("Carhartt Men's K87 Workwear Pocket T-Shirt S", "Carhartt Men's K87 Workwear Pocket T-Shirt XL"),
    # two shops' gift cards: the shop's web address is the card's name
    ("Walmart.com Gift Card $50", "Amazon.com Gift Card $50"),
    ("Target GiftCard $25", "Starbucks Gift Card $25"),
]

test_one_product, test_two_products = pair_tests(same=SAME, different=DIFFERENT)
