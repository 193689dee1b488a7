-- Caches that make search fast on big markets (DESIGN 9). Both are derived
-- data: dropping their rows loses nothing but speed.

-- Heads: for a frequent search phrase (a word in thousands of listings),
-- its best listings by BM25, so that a search ranks those instead of every
-- match. Built on a phrase's first search, dropped after bulk loads and
-- when too many listings changed since (search_changed).
CREATE TABLE search_phrases (
    phrase     TEXT PRIMARY KEY,       -- the FTS5 phrase, e.g. "bike" or "bik" *
    docs       INTEGER NOT NULL,       -- listings it matched when its heads were made
    max_id     INTEGER NOT NULL,       -- the highest listing id then; later ones are ranked live
    total_rows INTEGER NOT NULL,       -- the index's BM25 statistics then, to rank
    avg_tokens REAL NOT NULL,          -- later listings on the same scale
    floor      REAL NOT NULL           -- the BM25 score of the last head
) WITHOUT ROWID;

CREATE TABLE search_heads (
    phrase     TEXT NOT NULL REFERENCES search_phrases (phrase) ON DELETE CASCADE,
    rank       INTEGER NOT NULL,
    listing_id INTEGER NOT NULL,
    score      REAL NOT NULL,
    PRIMARY KEY (phrase, rank)
) WITHOUT ROWID;

-- Listings whose text changed (or that were inserted below max_id) since
-- heads were made: their stored scores are stale, so search ranks them live.
CREATE TABLE search_changed (listing_id INTEGER PRIMARY KEY);

CREATE TRIGGER listings_fts_changed_insert AFTER INSERT ON listings
WHEN new.id <= (SELECT max(max_id) FROM search_phrases) BEGIN
    INSERT OR IGNORE INTO search_changed (listing_id) VALUES (new.id);
END;

CREATE TRIGGER listings_fts_changed_update AFTER UPDATE OF title, tags_text, description, category_text, cjk_text ON listings
WHEN (old.title, old.tags_text, old.description, old.category_text, old.cjk_text)
     IS NOT (new.title, new.tags_text, new.description, new.category_text, new.cjk_text)
 AND EXISTS (SELECT 1 FROM search_phrases) BEGIN
    INSERT OR IGNORE INTO search_changed (listing_id) VALUES (new.id);
END;

-- Chinese (CJK) query text cut into words by jieba, so that a repeated
-- query does not load jieba's dictionary (~100 ms) again.
CREATE TABLE search_cjk_cuts (
    run   TEXT PRIMARY KEY,
    words TEXT NOT NULL
) WITHOUT ROWID;
