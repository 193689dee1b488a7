-- The two-level category tree; its default rows are in seed_categories.sql.
CREATE TABLE categories (
    id          INTEGER PRIMARY KEY,
    slug        TEXT NOT NULL UNIQUE CHECK (length(slug) BETWEEN 2 AND 48),
    parent_id   INTEGER REFERENCES categories (id),
    name_en     TEXT NOT NULL CHECK (length(name_en) BETWEEN 1 AND 80),
    name_zh     TEXT NOT NULL CHECK (length(name_zh) BETWEEN 1 AND 80),
    position    INTEGER NOT NULL DEFAULT 0,
    CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE INDEX categories_parent ON categories (parent_id, position);

-- Per-item emissions and waste avoided when an item of the category is reused.
CREATE TABLE impact_factors (
    category_id INTEGER PRIMARY KEY REFERENCES categories (id) ON DELETE CASCADE,
    kg_co2e     REAL NOT NULL CHECK (kg_co2e >= 0),
    kg_waste    REAL NOT NULL CHECK (kg_waste >= 0),
    source      TEXT NOT NULL
);

CREATE TABLE listings (
    id                    INTEGER PRIMARY KEY,
    seller_id             INTEGER NOT NULL REFERENCES users (id),
    title                 TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    description           TEXT NOT NULL DEFAULT '' CHECK (length(description) <= 10000),
    category_id           INTEGER NOT NULL REFERENCES categories (id),
    condition             TEXT NOT NULL
                          CHECK (condition IN ('new', 'like_new', 'good', 'fair', 'poor', 'for_parts')),
    price_cents           INTEGER NOT NULL CHECK (price_cents >= 0),
    original_price_cents  INTEGER CHECK (original_price_cents IS NULL OR original_price_cents >= 0),
    acquired_on           TEXT CHECK (acquired_on IS NULL OR length(acquired_on) = 10),
    -- units still for sale; an order takes units away, a cancellation gives them back
    quantity              INTEGER NOT NULL CHECK (quantity >= 0),
    lat                   REAL CHECK (lat IS NULL OR lat BETWEEN -90 AND 90),
    lon                   REAL CHECK (lon IS NULL OR lon BETWEEN -180 AND 180),
    place                 TEXT CHECK (place IS NULL OR length(place) <= 100),
    status                TEXT NOT NULL DEFAULT 'active'
                          CHECK (status IN ('active', 'reserved', 'sold', 'withdrawn')),
    is_free               INTEGER NOT NULL DEFAULT 0 CHECK (is_free IN (0, 1)),
    created_at            TEXT NOT NULL,
    updated_at            TEXT NOT NULL,
    CHECK (is_free = 0 OR price_cents = 0),
    CHECK ((lat IS NULL) = (lon IS NULL))
);
CREATE INDEX listings_seller ON listings (seller_id, status);
CREATE INDEX listings_category ON listings (category_id, status);
CREATE INDEX listings_created ON listings (created_at);

CREATE TABLE listing_tags (
    listing_id  INTEGER NOT NULL REFERENCES listings (id) ON DELETE CASCADE,
    tag         TEXT NOT NULL CHECK (length(tag) BETWEEN 1 AND 32),
    PRIMARY KEY (listing_id, tag)
) WITHOUT ROWID;
CREATE INDEX listing_tags_tag ON listing_tags (tag);

CREATE TABLE listing_photos (
    id          INTEGER PRIMARY KEY,
    listing_id  INTEGER NOT NULL REFERENCES listings (id) ON DELETE CASCADE,
    path        TEXT NOT NULL,
    bytes       INTEGER NOT NULL CHECK (bytes > 0),
    sha256      TEXT NOT NULL CHECK (length(sha256) = 64),
    media_type  TEXT NOT NULL CHECK (media_type IN ('image/jpeg', 'image/png', 'image/webp', 'image/gif')),
    added_at    TEXT NOT NULL,
    UNIQUE (listing_id, sha256)
);

-- Every change of a listing's asking price: the history feeds forecasting.
CREATE TABLE price_changes (
    id               INTEGER PRIMARY KEY,
    listing_id       INTEGER NOT NULL REFERENCES listings (id) ON DELETE CASCADE,
    old_price_cents  INTEGER NOT NULL CHECK (old_price_cents >= 0),
    new_price_cents  INTEGER NOT NULL CHECK (new_price_cents >= 0),
    changed_at       TEXT NOT NULL
);
CREATE INDEX price_changes_listing ON price_changes (listing_id, changed_at);

-- Behaviour: the implicit feedback behind recommendations and forecasts.
CREATE TABLE events (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL
                CHECK (kind IN ('view', 'search', 'click', 'watch', 'offer', 'order', 'purchase')),
    user_id     INTEGER REFERENCES users (id),
    listing_id  INTEGER REFERENCES listings (id),
    query       TEXT,
    at          TEXT NOT NULL
);
CREATE INDEX events_user ON events (user_id, at);
CREATE INDEX events_listing ON events (listing_id, at);
