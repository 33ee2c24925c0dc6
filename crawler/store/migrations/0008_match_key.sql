-- Incremental matching (`pricelens match`): the matching fields (title, brand, MPN, GTIN,
-- category) an offer had when it was last matched, as a digest. An offer whose digest differs
-- (new, or edited by the shop) is matched again with its blocking candidates; the others keep
-- their product. NULL: never matched since this column exists (the next run matches it).
ALTER TABLE offers ADD COLUMN match_key text;
