"""The items spiders yield. Pipelines read them through ItemAdapter.

Spiders fill what the page says (price as text is fine); ``pipelines/normalize`` turns it
into clean values and ``pipelines/validate`` decides what is kept.
"""

import scrapy


class Offer(scrapy.Item):
    """One retailer's listing of one product (one variant)."""

    retailer = scrapy.Field()       # spider name, filled by the spider base
    url = scrapy.Field()            # the product page
    retailer_sku = scrapy.Field()   # the retailer's own id (sku / variant id)
    title = scrapy.Field()
    brand = scrapy.Field()
    mpn = scrapy.Field()            # manufacturer part number
    gtin = scrapy.Field()           # EAN/UPC/GTIN; removed by validate when the check digit is wrong
    category = scrapy.Field()       # the shop's label; normalize: canonical (crawler/categories.py)
    shop_category = scrapy.Field()  # the shop's own label, set by normalize
    image_url = scrapy.Field()
    price = scrapy.Field()          # current price (text or number); Decimal after normalize
    regular_price = scrapy.Field()  # list / was / compare-at price
    currency = scrapy.Field()       # ISO 4217 after normalize
    availability = scrapy.Field()   # InStock, OutOfStock, PreOrder, BackOrder, Discontinued, Unknown
    condition = scrapy.Field()      # NewCondition, UsedCondition, RefurbishedCondition
    # What one offer sells (crawler/units.py); a spider may set them, else normalize reads them
    # from the title (which carries the variant name: "Amnesia Haze - 5 Seeds", "... (2x16GB)"):
    pack_size = scrapy.Field()      # items in the pack: 5 for "5 seeds", 2 for a 2x16GB kit, 1 for one drive
    unit = scrapy.Field()           # seed, piece, GB (1 TB = 1000 GB), g, ml
    unit_quantity = scrapy.Field()  # units in one item: 16 for a 16 GB module, 1 for a seed or a piece
    # What a seed bank shows about a strain (crawler/families.py); None when not shown:
    breeder = scrapy.Field()        # the seed company, when named apart from the brand
    seed_type = scrapy.Field()      # feminised, autoflowering, regular, CBD (as the shop writes it)
    thc = scrapy.Field()            # as shown: "22%", "15-19%", "<1%"
    cbd = scrapy.Field()
    scraped_at = scrapy.Field()     # aware datetime (UTC)


class Store(scrapy.Item):
    """One branch of a retailer, with coordinates for the map."""

    retailer = scrapy.Field()
    ref = scrapy.Field()            # the retailer's own id of the branch (or a slug of its name)
    name = scrapy.Field()
    address = scrapy.Field()
    city = scrapy.Field()
    latitude = scrapy.Field()
    longitude = scrapy.Field()
    phone = scrapy.Field()
    opening_hours = scrapy.Field()
    url = scrapy.Field()
