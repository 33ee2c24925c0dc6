"""Session 38, hh38: US household, personal care, baby, pet and grocery goods as Walmart, Amazon,
Target and Costco list them (``benchmarks/pairs/hh38.jsonl``), mended as principles:

* a number opening a new part of the title after a separator is no generation number of the word
  before the separator ("Baby Wipes, Unscented, 12 Flip-Top Packs"), in any shop's wording;
* a "for ..." phrase of whom a product suits ends at its noun ("for Dry Skin"): the words after it
  ("Fragrance Free") are the product's own formulation again;
* a supplement's gummies are a dose form, as tablets, capsules and softgels are: two forms named,
  one on each side, are two products;
* a type of skin or hair in a run ending at the skin or hair ("Normal to Dry Skin") names whom the
  product suits, with "for" or without;
* a branded medicine's active ingredient ("Guaifenesin", "Famotidine") the other title names none of is
  a description, and "Max Strength" is "Maximum Strength" written short;
* a kind word standing between words both titles print, where the other title names the line's plain
  variant ("Original") at that place, is an ingredient naming the variant ("Windex *Vinegar* Glass
  Cleaner" / "Windex *Original* Glass Cleaner"), not a kind one shop adds;
* (fxhh38, attack38) a suffix a hyphen glues to the brand ("Zyrtec-D", "Senokot-S") names another product of
  the line, on one side only: the ingredient excuse does not join "Zyrtec ... Cetirizine" to it.
"""

from __future__ import annotations

from tests.pair_checks import pair_tests

SAME = [
    # (review of session 38: a hyphen-glued letter after a word further in is a spec's, no brand's suffix -
    # catalog-abt-buy / catalog-walmart-amazon gold links the brand-suffix reader had parted)
    ("Linksys Dual-Band Wireless-N Gaming Adapter - WGA600N", "Linksys WGA600N Wireless Gaming Adapter"),
    ("Lexmark Prospect Pro205 Wireless-N All-in-One Printer Scanner Copier Fax",
     "Lexmark Prospect Pro205 Wireless Multifunction Inkjet Printer"),
    ("Huggies Natural Care Sensitive Baby Wipes, Unscented, 12 Flip-Top Packs (768 Wipes Total)",
     "Huggies Natural Care Sensitive Baby Wipes Unscented 768 ct"),
    ("Aveeno Daily Moisturizing Body Lotion, Fragrance-Free, 18 fl oz",
     "Aveeno Daily Moisturizing Lotion with Oat for Dry Skin, Fragrance Free, 18 oz"),
    ("Nature's Bounty Melatonin 5 mg, 90 Tablets", "Nature's Bounty Melatonin 5mg Sleep Aid Tablets, 90 ct"),
    ("Tide PODS Liquid Laundry Detergent Pacs, Original, 81 count",
     "Tide PODS Laundry Detergent Soap Packs, High Efficiency (HE), Original Scent, 81 Count"),
    ("Windex Original Glass Cleaner Spray Bottle, 23 fl oz",
     "Windex Glass and Window Cleaner Spray Bottle, Original Blue, 23 oz"),
    ("Quaker Chewy Granola Bars Chocolate Chip, 58 Count", "Quaker Chewy Chocolate Chip Granola Bars, 0.84 oz, 58 ct"),
    # "Original" printed elsewhere in the title: word order, no substitution
    ("Monster Energy Original Green, 16 fl oz, 24 Pack", "Monster Energy Drink, Green, Original, 16 Ounce (Pack of 24)"),
    ("Ariel Original Washing Powder 1.95kg 30 Washes", "Ariel Original Laundry Powder 1.95 kg"),
    # a type of skin before the skin, without "for"
    ("CeraVe Hydrating Facial Cleanser, Normal to Dry Skin - 16 fl oz",
     "CeraVe Hydrating Facial Cleanser for Normal to Dry Skin, 16 oz"),
    ("Pampers Baby-Dry Windeln Größe 4, 174 Stück", "Pampers Baby Dry Gr. 4 (9-14kg) Monatsbox 174 Windeln"),
    # a medicine's active ingredient beside the brand, its strength written short
    ("Mucinex 12 Hour Max Strength 1200 mg, 42 Tablets",
     "Mucinex Maximum Strength 12-Hour Chest Congestion Expectorant Tablets, 1200 mg Guaifenesin, 42 ct"),
    ("Pepcid AC Maximum Strength 20 mg, 50 Tablets", "Pepcid AC Maximum Strength Famotidine 20 mg 50 Tablets"),
    ("Claritin 24 Hour Allergy Loratadine 10 mg 30 Tablets", "Claritin 24 Hour Allergy 10 mg 30 Tablets"),
    # (fxhh38) a brand's suffix written with a hyphen or a space is one product; the combination's
    # ingredients beside it a description as the single ingredient is
    ("Zyrtec-D Allergy & Congestion 12 Tablets", "Zyrtec D Allergy & Congestion, 12 Tablets"),
    ("Allegra-D 12 Hour Allergy & Congestion 20 Tablets", "Allegra D 12 Hour Allergy and Congestion Relief 20 Tablets"),
    ("Claritin-D 24 Hour Allergy & Congestion Relief Tablets, Loratadine and Pseudoephedrine, 15 ct",
     "Claritin-D 24 Hour Allergy & Congestion 15 Tablets"),
]

DIFFERENT = [
    # the count and the scent still part the wipes
    ("Huggies Natural Care Sensitive Baby Wipes, Unscented, 12 Flip-Top Packs (768 Wipes Total)",
     "Huggies Natural Care Refreshing Clean Baby Wipes, Scented, 12 Flip-Top Packs (768 Wipes Total)"),
    ("Pampers Baby Wipes Sensitive Perfume Free 12X Pop-Top Packs, 672 Wipes",
     "Pampers Baby Wipes Sensitive Perfume Free 6X Pop-Top Packs, 336 Wipes"),
    # a generation number right after the name is still one
    ("Bose QuietComfort Earbuds II, Triple Black", "Bose QuietComfort Earbuds, Triple Black"),
    # fragrance free against the scented lotion
    ("Aveeno Daily Moisturizing Lotion for Dry Skin, Fragrance Free, 18 oz",
     "Aveeno Daily Moisturizing Lotion for Dry Skin, Lavender Scent, 18 oz"),
    # gummies against tablets, softgels against gummies
    ("Nature's Bounty Melatonin 5 mg, 90 Tablets", "Nature's Bounty Melatonin 5 mg Gummies, 90 Count"),
    ("Nature Made Vitamin D3 2000 IU Softgels, 90 Count", "Nature Made Vitamin D3 2000 IU Gummies, 90 Count"),
    # an ingredient at the place of another word, or added between shared words
    ("Windex Original Glass Cleaner Spray Bottle, 23 fl oz", "Windex Vinegar Glass Cleaner Spray Bottle, 23 fl oz"),
    ("Clorox Disinfecting Wipes, Fresh Scent, 75 Count, 3 Pack", "Clorox Disinfecting Wipes, Crisp Lemon, 75 Count, 3 Pack"),
    ("Pampers Baby-Dry Windeln Größe 4, 174 Stück", "Pampers Baby-Dry Windeln Größe 4+, 174 Stück"),
    # two ingredients of one store brand, another strength, a strength against another
    ("Equate Allergy Relief Cetirizine 10 mg, 30 Tablets", "Equate Allergy Relief Loratadine 10 mg, 30 Tablets"),
    ("Mucinex 12 Hour Max Strength 1200 mg, 42 Tablets", "Mucinex 12 Hour Chest Congestion Expectorant, 600 mg, 40 Tablets"),
    ("Tylenol Extra Strength Caplets 500 mg, 100 Count", "Tylenol Max Strength Caplets 500 mg, 100 Count"),
    ("Mucinex Maximum Strength 12 Hour 1200 mg, 42 Tablets", "Mucinex DM Maximum Strength 12 Hour 1200 mg, 42 Tablets"),
    # (fxhh38, attack38) a brand's suffix glued by a hyphen names the combination product: the single
    # ingredient the plain product prints is no description of it
    ("Zyrtec Allergy Cetirizine 10 mg 30 Tablets", "Zyrtec-D Allergy 10 mg 30 Tablets"),
    ("Claritin 24 Hour Allergy Loratadine 10 mg 30 Tablets", "Claritin-D 24 Hour Allergy 10 mg 30 Tablets"),
    ("Allegra Allergy Fexofenadine 180 mg, 30 Tablets", "Allegra-D Allergy 180 mg, 30 Tablets"),
    ("Senokot Sennosides 8.6 mg Laxative Tablets, 100 ct", "Senokot-S Laxative Tablets 8.6 mg, 100 ct"),
    ("Senokot Laxative Sennosides 8.6 mg, 60 Tablets", "Senokot-S Laxative 8.6 mg, 60 Tablets"),
    ("Zyrtec Allergy 10 mg 30 Tablets", "Zyrtec-D Allergy 10 mg 30 Tablets"),
]

test_one_product, test_two_products = pair_tests(same=SAME, different=DIFFERENT)
