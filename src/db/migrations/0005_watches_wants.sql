-- A member's watchlist: the price when they started watching shows what changed.
CREATE TABLE watches (
    user_id           INTEGER NOT NULL REFERENCES users (id),
    listing_id        INTEGER NOT NULL REFERENCES listings (id),
    price_cents_then  INTEGER NOT NULL CHECK (price_cents_then >= 0),
    created_at        TEXT NOT NULL,
    PRIMARY KEY (user_id, listing_id)
) WITHOUT ROWID;
CREATE INDEX watches_listing ON watches (listing_id);

-- Wanted posts: what a member is looking for, matched against listings.
CREATE TABLE wants (
    id               INTEGER PRIMARY KEY,
    user_id          INTEGER NOT NULL REFERENCES users (id),
    query            TEXT NOT NULL CHECK (length(query) BETWEEN 1 AND 500),
    category_id      INTEGER REFERENCES categories (id),
    max_price_cents  INTEGER CHECK (max_price_cents IS NULL OR max_price_cents >= 0),
    lat              REAL CHECK (lat IS NULL OR lat BETWEEN -90 AND 90),
    lon              REAL CHECK (lon IS NULL OR lon BETWEEN -180 AND 180),
    within_km        REAL CHECK (within_km IS NULL OR within_km > 0),
    status           TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    created_at       TEXT NOT NULL,
    CHECK ((lat IS NULL) = (lon IS NULL))
);
CREATE INDEX wants_user ON wants (user_id, status);
