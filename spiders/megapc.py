"""Mega PC (demo, Beirut): plain listing HTML — category pages of tiles, no structured data, LBP."""

from crawler.platforms.listing import ListingSpider

SPEC = "//table[@class='specs']//tr[th='{}']/td/text()"


class MegapcSpider(ListingSpider):
    name = "megapc"
    retailer_name = "Mega PC"
    base_url = "http://127.0.0.1:8104"
    default_currency = "LBP"
    decimal_separator = "."             # "15,220,000 ل.ل": "," groups thousands
    start_paths = ("/",)
    category_links = "ul.categories a::attr(href)"
    tile = "li.product-tile"
    tile_fields = {
        "title": "h3.product-title::text",
        "url": "a.product-link::attr(href)",
        "price": ".prices .price::text",
        "regular_price": ".prices .was-price::text",
        "availability": ".stock-badge::text",
        "retailer_sku": "::attr(data-sku)",
        "mpn": "::attr(data-mpn)",
        "image_url": "img::attr(src)",
    }
    page_fields = {"category": "h1.category-title::text"}
    next_page = "a.next::attr(href)"
    product_fields = {"brand": SPEC.format("Brand"), "mpn": SPEC.format("Part number"), "gtin": SPEC.format("EAN")}
    store_locator_path = "/branches"
    store_row = "table.branches tr.branch"
    store_fields = {
        "ref": "::attr(id)", "name": "td.name::text", "address": "td.address::text", "city": "td.city::text",
        "phone": "td.phone::text", "opening_hours": "td.hours::text",
        "latitude": "::attr(data-lat)", "longitude": "::attr(data-lng)",
    }
