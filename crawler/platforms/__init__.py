"""Platform base spiders: a retailer's spider is a few declared lines on top of one of these.

| base                         | module        | crawls                                                       |
|------------------------------|---------------|--------------------------------------------------------------|
| :class:`RetailerSpider`      | base          | shared attributes, offers from extracted dicts, store locator |
| :class:`StructuredDataSpider`| structured    | sitemap (index) -> product pages read by the generic extractor|
| :class:`ShopifySpider`       | shopify       | /products.json?limit=250&page=N, one offer per variant        |
| :class:`WooCommerceSpider`   | woocommerce   | /wp-json/wc/store/v1/products?per_page=100&page=N             |
| :class:`ListingSpider`       | listing       | category pages with pagination, selectors declared on the spider |
| :class:`RenderedSpider`      | rendered      | pages rendered by Chromium through scrapy-playwright          |
"""
