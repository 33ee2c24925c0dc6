-- Matching: people's corrections of the matcher, and what each product is made of.

CREATE TABLE match_overrides (
    id         bigserial PRIMARY KEY,
    offer_a    bigint NOT NULL REFERENCES offers(id) ON DELETE CASCADE,
    offer_b    bigint NOT NULL REFERENCES offers(id) ON DELETE CASCADE,
    verdict    text NOT NULL CHECK (verdict IN ('same', 'different')),
    note       text,
    created_at timestamptz NOT NULL DEFAULT now(),
    CHECK (offer_a < offer_b),
    UNIQUE (offer_a, offer_b)
);

ALTER TABLE products ADD COLUMN offer_count integer NOT NULL DEFAULT 0;
ALTER TABLE offers ADD COLUMN matched_at timestamptz;
