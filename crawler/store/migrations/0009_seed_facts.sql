-- What a seed bank shows about a strain, on each of its offers (packs): the breeder (when the
-- shop names it apart from the brand), the seed type as the shop writes it (feminised,
-- autoflowering, regular, CBD, in any language: crawler/families.py reads it), and THC / CBD
-- as shown ("22%", "15-19%", "<1%"). NULL when the shop shows none. The snapshot gives the
-- canonical seed type and the breeder (else the brand) of every seed offer, and its family.
ALTER TABLE offers
    ADD COLUMN breeder text,
    ADD COLUMN seed_type text,
    ADD COLUMN thc text,
    ADD COLUMN cbd text;
