"""Session 31, gc31: groceries, drinks and personal care named in two languages (``grocery31``)
and a tinted sunscreen or cream against the clear one (``formulation``, dimension "tint")."""

from tests.pair_checks import pair_tests


# one product, words of one meaning in two languages (``grocery31``)
SAME = [
    # soy: "Soya" (UK) / "Soja" (DE, FR, ES, NL)
    ("Alpro Soya Drink Original 1L", "Alpro Soja Drink Original 1 l"),
    # cookies: the US word for biscuits
    ("Oreo Original Cookies 154g", "Oreo Original Kekse 154 g"),
    # conserve: a jam; "Aprikosen", the plural of a known flavour word
    ("Bonne Maman Apricot Conserve 370g", "Bonne Maman Aprikosen Konfitüre 370g"),
    # a balm in German ("Balsam")
    ("Nivea Men Protect & Care Aftershave Balm 100ml", "NIVEA MEN Protect & Care After Shave Balsam 100 ml"),
    # a line's words in French
    ("Pantene Pro-V Repair & Protect Shampoo 400ml", "Pantene Pro-V Réparation & Protection Shampooing 400 ml"),
    # stacked crisps
    ("Pringles Sour Cream & Onion 165g can", "Pringles Sour Cream and Onion Stapelchips 165g"),
    # words around a count: portions, a sharing bag
    ("Nescafé Dolce Gusto Cappuccino 16 capsules", "Nescafé Dolce Gusto Cappuccino, 16 Kapseln (8 Portionen)"),
    ("Maltesers Sharing Bag 135g", "Maltesers 135 g Beutel"),
    # a sweet spread's German name
    ("Nutella Hazelnut Spread 750g", "Nutella Nuss-Nougat-Creme 750 g Glas"),
]

# near misses the new words must keep apart
DIFFERENT = [
    ("Alpro Soja Drink Original 1 l", "Alpro Soja Drink Ungesüßt 1 l"),
    ("Alpro Soya Drink Original 1L", "Alpro Oat Drink Original 1L"),
    ("Oreo Original Cookies 154g", "Oreo Golden Cookies 154g"),
    ("Bonne Maman Apricot Conserve 370g", "Bonne Maman Strawberry Conserve 370g"),
    ("Bonne Maman Aprikosen Konfitüre 370g", "Bonne Maman Aprikosen Konfitüre 750g"),
    ("Nivea Men Protect & Care Aftershave Balm 100ml", "Nivea Men Sensitive Aftershave Balm 100ml"),
    ("Pantene Pro-V Repair & Protect Shampoo 400ml", "Pantene Pro-V Repair & Protect Conditioner 400ml"),
    ("Carmex Classic Lip Balm Jar 7.5g", "Carmex Classic Lip Balm Stick 4.25g"),
    ("Pringles Sour Cream & Onion Stapelchips 165g", "Pringles Paprika Stapelchips 165g"),
    ("Maltesers Sharing Bag 135g", "Maltesers Sharing Bag 68g"),
    ("Nutella Nuss-Nougat-Creme 450 g", "Nutella Plant-Based 350 g"),
    ("Nocilla Original 620g", "Nocilla Dúo crema de cacao y leche 620 g"),
]

# a tinted sunscreen or cream against the clear one (``formulation``, "tint")
TINT_DIFFERENT = [
    ("La Roche-Posay Anthelios UVMune 400 Invisible Fluid SPF50+ 50ml",
     "La Roche-Posay Anthelios UVMune 400 Tinted Fluid SPF50+ 50ml"),
    ("La Roche-Posay Anthelios UVMune 400 Fluide SPF50+ 50ml",
     "La Roche-Posay Anthelios UVMune 400 Fluide Teinté SPF50+ 50ml"),
    ("Isdin Fotoprotector Fusion Water SPF 50 50ml", "ISDIN Fotoprotector Fusion Water con color SPF50 50 ml"),
    ("Eucerin Sun Oil Control Gel-Creme LSF 50+ 50ml", "Eucerin Sun Oil Control Gel-Creme getönt LSF 50+ 50ml"),
]
TINT_SAME = [
    ("La Roche-Posay Anthelios UVMune 400 Fluide Teinté SPF50+ 50ml",
     "La Roche-Posay Anthelios UVMune 400 Tinted Fluid SPF50+ 50ml"),
]


test_same_product, test_different_product = pair_tests(same=SAME + TINT_SAME, different=DIFFERENT + TINT_DIFFERENT)
