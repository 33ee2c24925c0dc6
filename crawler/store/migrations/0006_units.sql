-- Packs and units (crawler/units.py): what one offer sells, so offers of different sizes compare.
-- pack_size: items in the pack (5 for "5 seeds", 2 for a 2x16GB kit, 1 for one drive);
-- unit: seed, piece, GB (1 TB = 1000 GB), g, ml; unit_quantity: units in one item (16 for a
-- 16 GB module, 1 for a seed). The pack holds pack_size * unit_quantity units; the snapshot
-- gives the price per unit in USD (publish/streams.py). All three are NULL when unknown.
ALTER TABLE offers
    ADD COLUMN pack_size integer CHECK (pack_size > 0),
    ADD COLUMN unit text CHECK (unit IN ('seed', 'piece', 'GB', 'g', 'ml')),
    ADD COLUMN unit_quantity numeric(20, 4) CHECK (unit_quantity > 0);
