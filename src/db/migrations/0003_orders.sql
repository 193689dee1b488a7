-- Bargaining: a buyer's offer, or a counter-offer from either side.
CREATE TABLE offers (
    id           INTEGER PRIMARY KEY,
    listing_id   INTEGER NOT NULL REFERENCES listings (id),
    buyer_id     INTEGER NOT NULL REFERENCES users (id),
    seller_id    INTEGER NOT NULL REFERENCES users (id),
    -- per unit
    price_cents  INTEGER NOT NULL CHECK (price_cents >= 0),
    quantity     INTEGER NOT NULL DEFAULT 1 CHECK (quantity >= 1),
    status       TEXT NOT NULL DEFAULT 'open'
                 CHECK (status IN ('open', 'accepted', 'declined', 'withdrawn', 'expired', 'countered')),
    -- the offer this one answers, for a counter-offer
    counter_of   INTEGER REFERENCES offers (id),
    -- 1 when the seller made this offer (a counter), so the buyer answers it
    from_seller  INTEGER NOT NULL DEFAULT 0 CHECK (from_seller IN (0, 1)),
    created_at   TEXT NOT NULL,
    expires_at   TEXT NOT NULL,
    decided_at   TEXT,
    CHECK (buyer_id <> seller_id)
);
CREATE INDEX offers_listing ON offers (listing_id, status);
CREATE INDEX offers_buyer ON offers (buyer_id, status);
CREATE INDEX offers_seller ON offers (seller_id, status);
CREATE INDEX offers_open ON offers (status, expires_at);

CREATE TABLE orders (
    id                INTEGER PRIMARY KEY,
    listing_id        INTEGER NOT NULL REFERENCES listings (id),
    buyer_id          INTEGER NOT NULL REFERENCES users (id),
    seller_id         INTEGER NOT NULL REFERENCES users (id),
    quantity          INTEGER NOT NULL CHECK (quantity >= 1),
    unit_price_cents  INTEGER NOT NULL CHECK (unit_price_cents >= 0),
    total_cents       INTEGER NOT NULL CHECK (total_cents >= 0),
    status            TEXT NOT NULL DEFAULT 'placed'
                      CHECK (status IN ('placed', 'paid', 'shipped', 'completed', 'cancelled', 'disputed')),
    offer_id          INTEGER REFERENCES offers (id),
    tracking          TEXT CHECK (tracking IS NULL OR length(tracking) <= 200),
    cancel_reason     TEXT CHECK (cancel_reason IS NULL OR length(cancel_reason) <= 1000),
    cancelled_by      INTEGER REFERENCES users (id),
    dispute_reason    TEXT CHECK (dispute_reason IS NULL OR length(dispute_reason) <= 1000),
    placed_at         TEXT NOT NULL,
    paid_at           TEXT,
    shipped_at        TEXT,
    completed_at      TEXT,
    cancelled_at      TEXT,
    disputed_at       TEXT,
    CHECK (buyer_id <> seller_id)
);
CREATE INDEX orders_listing ON orders (listing_id, status);
CREATE INDEX orders_buyer ON orders (buyer_id, status);
CREATE INDEX orders_seller ON orders (seller_id, status);

-- Two-sided reviews: each party of a completed order reviews the other once.
CREATE TABLE reviews (
    id           INTEGER PRIMARY KEY,
    order_id     INTEGER NOT NULL REFERENCES orders (id),
    reviewer_id  INTEGER NOT NULL REFERENCES users (id),
    reviewee_id  INTEGER NOT NULL REFERENCES users (id),
    -- the reviewee's part in the order
    role         TEXT NOT NULL CHECK (role IN ('buyer', 'seller')),
    rating       INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
    comment      TEXT CHECK (comment IS NULL OR length(comment) <= 2000),
    created_at   TEXT NOT NULL,
    UNIQUE (order_id, reviewer_id),
    CHECK (reviewer_id <> reviewee_id)
);
CREATE INDEX reviews_reviewee ON reviews (reviewee_id, role);

INSERT INTO settings (key, value) VALUES ('offer_hours', '48') ON CONFLICT (key) DO NOTHING;
