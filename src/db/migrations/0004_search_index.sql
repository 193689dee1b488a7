-- External content: the index stores no copy of the text; listings does.
CREATE VIRTUAL TABLE listings_fts USING fts5 (
    title, tags_text, description, category_text, cjk_text,
    content = 'listings', content_rowid = 'id',
    tokenize = 'porter unicode61 remove_diacritics 2'
);

-- The index's vocabulary, for "did you mean".
CREATE VIRTUAL TABLE listings_fts_vocab USING fts5vocab (listings_fts, 'row');

CREATE TRIGGER listings_fts_insert AFTER INSERT ON listings BEGIN
    INSERT INTO listings_fts (rowid, title, tags_text, description, category_text, cjk_text)
    VALUES (new.id, new.title, new.tags_text, new.description, new.category_text, new.cjk_text);
END;

CREATE TRIGGER listings_fts_delete AFTER DELETE ON listings BEGIN
    INSERT INTO listings_fts (listings_fts, rowid, title, tags_text, description, category_text, cjk_text)
    VALUES ('delete', old.id, old.title, old.tags_text, old.description, old.category_text, old.cjk_text);
END;

CREATE TRIGGER listings_fts_update AFTER UPDATE OF title, tags_text, description, category_text, cjk_text ON listings BEGIN
    INSERT INTO listings_fts (listings_fts, rowid, title, tags_text, description, category_text, cjk_text)
    VALUES ('delete', old.id, old.title, old.tags_text, old.description, old.category_text, old.cjk_text);
    INSERT INTO listings_fts (rowid, title, tags_text, description, category_text, cjk_text)
    VALUES (new.id, new.title, new.tags_text, new.description, new.category_text, new.cjk_text);
END;

-- Index what is there already (a market made by an older flea).
INSERT INTO listings_fts (listings_fts) VALUES ('rebuild');

-- The bounding-box prefilter of `search --near`.
CREATE INDEX listings_geo ON listings (lat, lon);
CREATE INDEX listings_price ON listings (status, price_cents);
