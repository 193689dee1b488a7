//! The reference of the import benchmarks (`bench/run.sh`, and the older
//! `bench/import_export.sh`): the fastest plain way to load the bench CSV
//! files into flea's schema, a bare rusqlite loop with one prepared
//! statement in one transaction. No checks
//! beyond what parsing needs; the database still enforces the schema's
//! CHECKs and foreign keys (on, as in flea), and the pragmas are flea's (WAL,
//! synchronous = NORMAL).
//!
//! ```text
//! bare_insert setup    DB CATEGORIES.csv USERS.csv     # schema, categories, users (not timed)
//! bare_insert listings DB CATEGORIES.csv USERS.csv LISTINGS.csv
//! bare_insert events   DB USERS.csv EVENTS.csv
//! ```
//!
//! With `BARE_INDEX_AFTER=1` the secondary indexes of the loaded table
//! (listings: seller, category, created, and listing_tags' tag; events have
//! none since migration 0010) are dropped inside the transaction and created again after the
//! loop, as flea does when it loads into an empty table: the bench runs both.
//!
//! Two knobs for finding where flea's time goes (the bench uses neither):
//! `BARE_PRAGMAS="temp_store=MEMORY; cache_size=-65536"` runs extra pragmas
//! after flea's, and `BARE_RETURNING=1` makes the inserts
//! `INSERT ... RETURNING id` read with `query_row`, as flea's import does.
//!
//! CATEGORIES.csv is `flea category list --format csv`. Each command prints
//! one line `{"table": ..., "rows": N, "seconds": S}`: S is measured inside
//! the process (lookup maps, insert loop and commit); the bench compares the
//! whole process, as it does for flea.

use rusqlite::{Connection, params};
use std::collections::HashMap;
use std::error::Error;
use std::time::Instant;

type Result<T> = std::result::Result<T, Box<dyn Error>>;

/// Copied from src/db/migrations/0001_init.sql (users only) and
/// 0002_listings.sql (categories, listings, listing_tags, events and their
/// indexes) as migration 0010 left them (CHECK lists as OR chains, no events
/// indexes), so that edits in progress there don't move the reference.
const SCHEMA: &str = "
CREATE TABLE users (
    id              INTEGER PRIMARY KEY,
    username        TEXT NOT NULL COLLATE NOCASE UNIQUE
                    CHECK (length(username) BETWEEN 3 AND 40),
    email           TEXT CHECK (email IS NULL OR length(email) <= 254),
    display_name    TEXT CHECK (display_name IS NULL OR length(display_name) <= 64),
    place           TEXT CHECK (place IS NULL OR length(place) <= 100),
    lat             REAL CHECK (lat IS NULL OR lat BETWEEN -90 AND 90),
    lon             REAL CHECK (lon IS NULL OR lon BETWEEN -180 AND 180),
    password_hash   TEXT,
    is_admin        INTEGER NOT NULL DEFAULT 0 CHECK (is_admin IN (0, 1)),
    is_demo         INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
    failed_logins   INTEGER NOT NULL DEFAULT 0 CHECK (failed_logins >= 0),
    locked_until    TEXT,
    created_at      TEXT NOT NULL,
    deleted_at      TEXT,
    CHECK ((lat IS NULL) = (lon IS NULL))
);

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

CREATE TABLE listings (
    id                    INTEGER PRIMARY KEY,
    seller_id             INTEGER NOT NULL REFERENCES users (id),
    title                 TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    description           TEXT NOT NULL DEFAULT '' CHECK (length(description) <= 10000),
    category_id           INTEGER NOT NULL REFERENCES categories (id),
    condition             TEXT NOT NULL
                          CHECK (condition = 'new' OR condition = 'like_new' OR condition = 'good' OR condition = 'fair'
                                 OR condition = 'poor' OR condition = 'for_parts'),
    price_cents           INTEGER NOT NULL CHECK (price_cents >= 0),
    original_price_cents  INTEGER CHECK (original_price_cents IS NULL OR original_price_cents >= 0),
    acquired_on           TEXT CHECK (acquired_on IS NULL OR length(acquired_on) = 10),
    quantity              INTEGER NOT NULL CHECK (quantity >= 0),
    lat                   REAL CHECK (lat IS NULL OR lat BETWEEN -90 AND 90),
    lon                   REAL CHECK (lon IS NULL OR lon BETWEEN -180 AND 180),
    place                 TEXT CHECK (place IS NULL OR length(place) <= 100),
    status                TEXT NOT NULL DEFAULT 'active'
                          CHECK (status = 'active' OR status = 'reserved' OR status = 'sold' OR status = 'withdrawn'),
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

CREATE TABLE events (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL
                CHECK (kind = 'view' OR kind = 'search' OR kind = 'click' OR kind = 'watch' OR kind = 'offer'
                       OR kind = 'order' OR kind = 'purchase'),
    user_id     INTEGER REFERENCES users (id),
    listing_id  INTEGER REFERENCES listings (id),
    query       TEXT,
    at          TEXT NOT NULL
);
";

fn open(path: &str) -> Result<Connection> {
    let conn = Connection::open(path)?;
    let mode: String = conn.pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get(0))?;
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(format!("{path}: no WAL ({mode})").into());
    }
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    if let Ok(extra) = std::env::var("BARE_PRAGMAS") {
        for p in extra.split(';').map(str::trim).filter(|p| !p.is_empty()) {
            conn.execute_batch(&format!("PRAGMA {p}"))?;
        }
    }
    Ok(conn)
}

fn reader(path: &str) -> Result<csv::Reader<std::fs::File>> {
    Ok(csv::ReaderBuilder::new().buffer_capacity(1 << 20).from_path(path)?)
}

/// The position of each wanted column in the file's header.
fn columns(r: &mut csv::Reader<std::fs::File>, path: &str, names: &[&str]) -> Result<Vec<usize>> {
    let header = r.headers()?.clone();
    names
        .iter()
        .map(|n| header.iter().position(|h| h == *n).ok_or_else(|| format!("{path}: no column '{n}'").into()))
        .collect()
}

/// The secondary indexes of a table, as created by SCHEMA.
fn indexes(table: &str) -> Vec<(&'static str, &'static str)> {
    SCHEMA
        .lines()
        .filter(|l| l.starts_with("CREATE INDEX"))
        .filter(|l| {
            let on = l.split(" ON ").nth(1).unwrap_or("");
            on.starts_with(&format!("{table} ("))
        })
        .map(|l| (l.split_whitespace().nth(2).unwrap_or(""), l))
        .collect()
}

/// `BARE_INDEX_AFTER=1`: drops `tables`' secondary indexes, to be created
/// again by [`resume`] after the load; returns their SQL.
fn pause(tx: &rusqlite::Transaction, tables: &[&str]) -> Result<Vec<&'static str>> {
    if std::env::var("BARE_INDEX_AFTER").is_ok_and(|v| v == "1") {
        let mut sql = Vec::new();
        for t in tables {
            for (name, create) in indexes(t) {
                tx.execute_batch(&format!("DROP INDEX {name}"))?;
                sql.push(create);
            }
        }
        Ok(sql)
    } else {
        Ok(Vec::new())
    }
}

fn resume(tx: &rusqlite::Transaction, sql: Vec<&'static str>) -> Result<()> {
    for create in sql {
        tx.execute_batch(create)?;
    }
    Ok(())
}

/// `BARE_RETURNING=1`: insert with `RETURNING id`, as flea does.
fn returning() -> &'static str {
    if std::env::var("BARE_RETURNING").is_ok_and(|v| v == "1") { " RETURNING id" } else { "" }
}

/// Runs one insert, reading the returned id when there is one.
fn insert(stmt: &mut rusqlite::Statement, params: &[&dyn rusqlite::ToSql]) -> Result<()> {
    if stmt.column_count() > 0 {
        let _: i64 = stmt.query_row(params, |r| r.get(0))?;
    } else {
        stmt.execute(params)?;
    }
    Ok(())
}

/// Empty cells are NULL.
fn opt(s: &str) -> Option<&str> {
    (!s.is_empty()).then_some(s)
}

fn opt_f64(s: &str) -> Result<Option<f64>> {
    Ok(match opt(s) {
        Some(s) => Some(s.parse()?),
        None => None,
    })
}

fn boolean(s: &str) -> i64 {
    i64::from(s == "true")
}

/// "12.5" / "12.50" / "12" as cents.
fn cents(s: &str) -> Result<i64> {
    let (whole, frac) = s.split_once('.').unwrap_or((s, ""));
    let frac: i64 = match frac.len() {
        0 => 0,
        1 => frac.parse::<i64>()? * 10,
        2 => frac.parse()?,
        _ => return Err(format!("'{s}': more than 2 decimals").into()),
    };
    Ok(whole.parse::<i64>()? * 100 + frac)
}

/// username (lower case) -> id, from the users CSV.
fn user_ids(path: &str) -> Result<HashMap<String, i64>> {
    let mut r = reader(path)?;
    let cols = columns(&mut r, path, &["id", "username"])?;
    let mut map = HashMap::new();
    for rec in r.records() {
        let rec = rec?;
        map.insert(rec[cols[1]].to_lowercase(), rec[cols[0]].parse()?);
    }
    Ok(map)
}

/// slug -> id, from `flea category list --format csv`.
fn category_ids(path: &str) -> Result<HashMap<String, i64>> {
    let mut r = reader(path)?;
    let cols = columns(&mut r, path, &["id", "slug"])?;
    let mut map = HashMap::new();
    for rec in r.records() {
        let rec = rec?;
        map.insert(rec[cols[1]].to_string(), rec[cols[0]].parse()?);
    }
    Ok(map)
}

fn setup(db: &str, categories: &str, users: &str) -> Result<()> {
    let mut conn = open(db)?;
    conn.execute_batch(SCHEMA)?;
    let tx = conn.transaction()?;
    {
        let ids = category_ids(categories)?;
        let mut r = reader(categories)?;
        let c = columns(&mut r, categories, &["id", "slug", "parent", "name_en", "name_zh", "position"])?;
        let mut stmt = tx.prepare(
            "INSERT INTO categories (id, slug, parent_id, name_en, name_zh, position) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?;
        for rec in r.records() {
            let rec = rec?;
            let parent = opt(&rec[c[2]]).map(|p| ids[p]);
            stmt.execute(params![
                rec[c[0]].parse::<i64>()?,
                &rec[c[1]],
                parent,
                &rec[c[3]],
                &rec[c[4]],
                rec[c[5]].parse::<i64>()?
            ])?;
        }
        let mut r = reader(users)?;
        let c = columns(
            &mut r,
            users,
            &["id", "username", "display_name", "place", "lat", "lon", "admin", "demo", "created_at"],
        )?;
        let mut stmt = tx.prepare(
            "INSERT INTO users (id, username, display_name, place, lat, lon, is_admin, is_demo, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        )?;
        for rec in r.records() {
            let rec = rec?;
            stmt.execute(params![
                rec[c[0]].parse::<i64>()?,
                rec[c[1]].to_lowercase(),
                opt(&rec[c[2]]),
                opt(&rec[c[3]]),
                opt_f64(&rec[c[4]])?,
                opt_f64(&rec[c[5]])?,
                boolean(&rec[c[6]]),
                boolean(&rec[c[7]]),
                &rec[c[8]]
            ])?;
        }
    }
    tx.commit()?;
    Ok(())
}

fn listings(db: &str, categories: &str, users: &str, path: &str) -> Result<u64> {
    let users = user_ids(users)?;
    let cats = category_ids(categories)?;
    let mut conn = open(db)?;
    let mut r = reader(path)?;
    let c = columns(
        &mut r,
        path,
        &[
            "id",
            "seller",
            "title",
            "description",
            "category",
            "condition",
            "price",
            "original_price",
            "acquired_on",
            "quantity",
            "tags",
            "lat",
            "lon",
            "place",
            "status",
            "free",
            "created_at",
            "updated_at",
        ],
    )?;
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    let paused = pause(&tx, &["listings", "listing_tags"])?;
    let mut rows = 0u64;
    {
        let mut stmt = tx.prepare(&format!(
            "INSERT INTO listings (id, seller_id, title, description, category_id, condition,
                 price_cents, original_price_cents, acquired_on, quantity, lat, lon, place,
                 status, is_free, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17){}",
            returning()
        ))?;
        let mut tag = tx.prepare("INSERT INTO listing_tags (listing_id, tag) VALUES (?1, ?2)")?;
        let mut rec = csv::StringRecord::new();
        while r.read_record(&mut rec)? {
            let id: i64 = rec[c[0]].parse()?;
            let seller = *users.get(&rec[c[1]].to_lowercase()).ok_or_else(|| format!("no user {}", &rec[c[1]]))?;
            let category = *cats.get(&rec[c[4]]).ok_or_else(|| format!("no category {}", &rec[c[4]]))?;
            let original = match opt(&rec[c[7]]) {
                Some(p) => Some(cents(p)?),
                None => None,
            };
            insert(
                &mut stmt,
                params![
                    id,
                    seller,
                    &rec[c[2]],
                    &rec[c[3]],
                    category,
                    &rec[c[5]],
                    cents(&rec[c[6]])?,
                    original,
                    opt(&rec[c[8]]),
                    rec[c[9]].parse::<i64>()?,
                    opt_f64(&rec[c[11]])?,
                    opt_f64(&rec[c[12]])?,
                    opt(&rec[c[13]]),
                    &rec[c[14]],
                    boolean(&rec[c[15]]),
                    &rec[c[16]],
                    &rec[c[17]]
                ],
            )?;
            for t in rec[c[10]].split(';').filter(|t| !t.is_empty()) {
                tag.execute(params![id, t])?;
            }
            rows += 1;
        }
    }
    resume(&tx, paused)?;
    tx.commit()?;
    Ok(rows)
}

fn events(db: &str, users: &str, path: &str) -> Result<u64> {
    let users = user_ids(users)?;
    let mut conn = open(db)?;
    let mut r = reader(path)?;
    let c = columns(&mut r, path, &["id", "kind", "user", "listing_id", "query", "at"])?;
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    let paused = pause(&tx, &["events"])?;
    let mut rows = 0u64;
    {
        let mut stmt = tx
            .prepare("INSERT INTO events (id, kind, user_id, listing_id, query, at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")?;
        let mut rec = csv::StringRecord::new();
        while r.read_record(&mut rec)? {
            let user = match opt(&rec[c[2]]) {
                Some(u) => Some(*users.get(&u.to_lowercase()).ok_or_else(|| format!("no user {u}"))?),
                None => None,
            };
            let listing = match opt(&rec[c[3]]) {
                Some(l) => Some(l.parse::<i64>()?),
                None => None,
            };
            insert(
                &mut stmt,
                params![rec[c[0]].parse::<i64>()?, &rec[c[1]], user, listing, opt(&rec[c[4]]), &rec[c[5]]],
            )?;
            rows += 1;
        }
    }
    resume(&tx, paused)?;
    tx.commit()?;
    Ok(rows)
}

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let a: Vec<&str> = args.iter().map(String::as_str).collect();
    let start = Instant::now();
    let (table, rows) = match a.as_slice() {
        ["setup", db, cats, users] => {
            setup(db, cats, users)?;
            return Ok(());
        }
        ["listings", db, cats, users, file] => ("listings", listings(db, cats, users, file)?),
        ["events", db, users, file] => ("events", events(db, users, file)?),
        _ => {
            eprintln!(
                "usage: bare_insert setup DB CATEGORIES.csv USERS.csv\n       \
                 bare_insert listings DB CATEGORIES.csv USERS.csv LISTINGS.csv\n       \
                 bare_insert events DB USERS.csv EVENTS.csv"
            );
            std::process::exit(2);
        }
    };
    println!("{{\"table\": \"{table}\", \"rows\": {rows}, \"seconds\": {:.3}}}", start.elapsed().as_secs_f64());
    Ok(())
}
