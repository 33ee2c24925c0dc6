-- One category tree (crawler/categories.toml): offers.category becomes the canonical category,
-- and the shop's own label is kept as offers.shop_category. Offers stored before keep their
-- label in both until `pricelens categories --remap` (or their next crawl) maps it.
ALTER TABLE offers ADD COLUMN IF NOT EXISTS shop_category text;
UPDATE offers SET shop_category = category WHERE shop_category IS NULL AND category IS NOT NULL;
CREATE INDEX IF NOT EXISTS offers_shop_category ON offers (retailer_id, shop_category);
