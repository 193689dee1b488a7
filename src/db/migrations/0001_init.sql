-- Market settings: currency, name, session length. One row per key.
CREATE TABLE settings (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);
INSERT INTO settings (key, value) VALUES
    ('currency', 'EUR'),
    ('currency_digits', '2'),
    ('market_name', 'flea market'),
    ('session_days', '30');

CREATE TABLE users (
    id              INTEGER PRIMARY KEY,
    username        TEXT NOT NULL COLLATE NOCASE UNIQUE
                    CHECK (length(username) BETWEEN 3 AND 40),
    email           TEXT CHECK (email IS NULL OR length(email) <= 254),
    display_name    TEXT CHECK (display_name IS NULL OR length(display_name) <= 64),
    place           TEXT CHECK (place IS NULL OR length(place) <= 100),
    lat             REAL CHECK (lat IS NULL OR lat BETWEEN -90 AND 90),
    lon             REAL CHECK (lon IS NULL OR lon BETWEEN -180 AND 180),
    -- Argon2id PHC string; NULL means the member cannot log in (imported or deleted)
    password_hash   TEXT,
    is_admin        INTEGER NOT NULL DEFAULT 0 CHECK (is_admin IN (0, 1)),
    is_demo         INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
    failed_logins   INTEGER NOT NULL DEFAULT 0 CHECK (failed_logins >= 0),
    locked_until    TEXT,
    created_at      TEXT NOT NULL,
    deleted_at      TEXT,
    CHECK ((lat IS NULL) = (lon IS NULL))
);

-- Only the SHA-256 of a session token is stored; the token itself lives in
-- the member's session file or FLEA_SESSION.
CREATE TABLE sessions (
    id          INTEGER PRIMARY KEY,
    user_id     INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    token_hash  TEXT NOT NULL UNIQUE CHECK (length(token_hash) = 64),
    created_at  TEXT NOT NULL,
    expires_at  TEXT NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);
