//! Full-text search over listings (SQLite FTS5, external content kept by
//! triggers), with filters, sorts, paging and "did you mean". The query
//! tree of `query.rs` is the only way in: FTS5 syntax never leaks out.

mod cache;
mod find;
pub mod heads;
pub mod query;
mod snippet;
mod suggest;
pub mod text;

use crate::error::{Error, Result};
use crate::listing::Condition;
use crate::money::Money;
use crate::review::{self, Reputation};
use crate::time::Timestamp;
use rusqlite::functions::FunctionFlags;
use rusqlite::types::Value;
use rusqlite::{Connection, Transaction};
use serde::Serialize;

const EARTH_KM: f64 = 6371.0088;

/// Great-circle distance in km.
pub fn haversine_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = p2 - p1;
    let dl = (lon2 - lon1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * EARTH_KM * a.sqrt().min(1.0).asin()
}

/// `distance_km(lat1, lon1, lat2, lon2)` for SQL; NULL when a point is unknown.
pub fn register_functions(conn: &Connection) -> Result<()> {
    conn.create_scalar_function(
        "distance_km",
        4,
        FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC,
        |ctx| {
            let mut v = [0.0f64; 4];
            for (i, slot) in v.iter_mut().enumerate() {
                match ctx.get::<Option<f64>>(i)? {
                    Some(x) => *slot = x,
                    None => return Ok(None),
                }
            }
            Ok(Some(haversine_km(v[0], v[1], v[2], v[3])))
        },
    )?;
    Ok(())
}

/// The index text of a listing besides title and description.
pub struct IndexText {
    pub tags_text: String,
    pub category_text: String,
    pub cjk_text: String,
}

/// The category's slug and names as words for the index, with its Chinese
/// name already cut into words (`categories.name_zh_words`), so that English
/// listings never need jieba. The parent's names
/// are left out: "bike" should not find a camping stove because its parent
/// is "Bikes & sports" (`--category` covers the tree).
pub fn category_text(conn: &Connection, category_id: i64) -> Result<String> {
    Ok(conn.query_row(
        "SELECT slug || ' ' || name_en || ' ' || name_zh || ' ' || name_zh_words FROM categories WHERE id = ?1",
        [category_id],
        |r| r.get(0),
    )?)
}

/// [`category_text`] with a per-process cache, for bulk imports.
pub fn category_text_cached(conn: &Connection, category_id: i64) -> Result<String> {
    use std::cell::RefCell;
    use std::collections::HashMap;
    thread_local! {
        static CACHE: RefCell<HashMap<i64, String>> = RefCell::new(HashMap::new());
    }
    if let Some(t) = CACHE.with(|c| c.borrow().get(&category_id).cloned()) {
        return Ok(t);
    }
    let t = category_text(conn, category_id)?;
    CACHE.with(|c| c.borrow_mut().insert(category_id, t.clone()));
    Ok(t)
}

pub fn index_text(title: &str, description: &str, tags: &[String], category_text: String) -> IndexText {
    let tags_text = tags.join(" ");
    let cjk_text = text::index_words(&[title, description, &tags_text]);
    IndexText { tags_text, category_text, cjk_text }
}

/// The words of a category's Chinese name, as stored in `name_zh_words`.
pub fn name_words(name_zh: &str) -> String {
    text::index_words(&[name_zh])
}

/// Migration step: segments category names, then the CJK text of listings
/// made before search.
pub fn segment_existing(tx: &Transaction) -> Result<()> {
    let names: Vec<(i64, String)> = {
        let mut stmt = tx.prepare("SELECT id, name_zh FROM categories")?;
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<rusqlite::Result<_>>()?
    };
    for (id, name) in names {
        tx.execute("UPDATE categories SET name_zh_words = ?1 WHERE id = ?2", rusqlite::params![name_words(&name), id])?;
    }
    tx.execute_batch(
        "UPDATE listings SET category_text =
             (SELECT slug || ' ' || name_en || ' ' || name_zh || ' ' || name_zh_words FROM categories WHERE id = listings.category_id)",
    )?;
    let mut rows: Vec<(i64, String)> = Vec::new();
    {
        let mut stmt = tx.prepare("SELECT id, title, description, tags_text FROM listings")?;
        let mut q = stmt.query([])?;
        while let Some(r) = q.next()? {
            let parts: [String; 3] = [r.get(1)?, r.get(2)?, r.get(3)?];
            if parts.iter().any(|p| text::has_cjk(p)) {
                rows.push((r.get(0)?, text::index_words(&parts.each_ref().map(String::as_str))));
            }
        }
    }
    let mut update = tx.prepare("UPDATE listings SET cjk_text = ?1 WHERE id = ?2")?;
    for (id, words) in rows {
        update.execute(rusqlite::params![words, id])?;
    }
    Ok(())
}

/// Indexes every listing at once (after a bulk load with triggers paused);
/// heads made before are stale.
///
/// FTS5 writes a segment each time its in-memory term table passes
/// `hashsize` and merges segments as it goes (`automerge`). For one bulk
/// job it is cheaper to write fewer, larger segments, merge none on the way
/// and merge them all once at the end (`optimize`), which also leaves the
/// single segment searches read fastest. The settings are stored in the
/// index, so FTS5's defaults go back before the transaction ends.
pub fn rebuild(tx: &Transaction) -> Result<()> {
    tx.execute_batch(
        "INSERT INTO listings_fts (listings_fts, rank) VALUES ('hashsize', 8388608);
         INSERT INTO listings_fts (listings_fts, rank) VALUES ('automerge', 0);
         INSERT INTO listings_fts (listings_fts, rank) VALUES ('crisismerge', 1000);
         INSERT INTO listings_fts (listings_fts) VALUES ('rebuild');
         INSERT INTO listings_fts (listings_fts) VALUES ('optimize');
         INSERT INTO listings_fts (listings_fts, rank) VALUES ('hashsize', 1048576);
         INSERT INTO listings_fts (listings_fts, rank) VALUES ('automerge', 4);
         INSERT INTO listings_fts (listings_fts, rank) VALUES ('crisismerge', 16);",
    )?;
    heads::forget(tx)
}

/// Re-reads a category's names into the index after it is renamed.
pub fn reindex_category(tx: &Transaction, category_id: i64) -> Result<()> {
    let name: String = tx.query_row("SELECT name_zh FROM categories WHERE id = ?1", [category_id], |r| r.get(0))?;
    tx.execute(
        "UPDATE categories SET name_zh_words = ?1 WHERE id = ?2",
        rusqlite::params![name_words(&name), category_id],
    )?;
    let text = category_text(tx, category_id)?;
    tx.execute(
        "UPDATE listings SET category_text = ?1 WHERE category_id = ?2 AND category_text <> ?1",
        rusqlite::params![text, category_id],
    )?;
    Ok(())
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Sort {
    Relevance,
    PriceAsc,
    PriceDesc,
    Newest,
    Distance,
}

#[derive(Debug, Clone, Default)]
pub struct Filters {
    /// Category ids (a category and its sub-categories).
    pub categories: Vec<i64>,
    pub min_price: Option<Money>,
    pub max_price: Option<Money>,
    pub conditions: Vec<Condition>,
    pub seller: Option<i64>,
    pub min_rating: Option<f64>,
    pub near: Option<(f64, f64)>,
    pub within_km: Option<f64>,
    pub free: bool,
    pub include_sold: bool,
    /// Only this listing (to test whether one listing matches).
    pub listing: Option<i64>,
    /// Leave out this member's own listings.
    pub not_seller: Option<i64>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Hit {
    pub id: i64,
    pub title: String,
    pub price_cents: Money,
    pub free: bool,
    pub condition: String,
    pub category: String,
    pub status: String,
    pub seller: String,
    pub seller_reputation: Reputation,
    pub distance_km: Option<f64>,
    /// BM25 (lower is better); null when browsing without words.
    pub score: Option<f64>,
    pub seller_id: i64,
    pub snippet: String,
    pub created_at: Timestamp,
}

#[derive(Debug, Clone, Serialize)]
pub struct SearchResult {
    pub query: String,
    pub total: i64,
    /// True for broad queries, whose total is estimated from a sample.
    pub total_is_estimate: bool,
    pub limit: u32,
    pub offset: u32,
    pub sort: Sort,
    pub did_you_mean: Option<String>,
    pub results: Vec<Hit>,
}

/// SQL conditions and their parameters, numbered as they are added.
struct Sql {
    wheres: Vec<String>,
    params: Vec<Value>,
}

impl Sql {
    fn param(&mut self, v: Value) -> String {
        self.params.push(v);
        format!("?{}", self.params.len())
    }
}

fn filters_sql(sql: &mut Sql, f: &Filters, mean: f64) -> Result<()> {
    sql.wheres.push(if f.include_sold {
        "l.status IN ('active', 'reserved', 'sold')".into()
    } else {
        "l.status = 'active'".into()
    });
    if !f.categories.is_empty() {
        let ids: Vec<String> = f.categories.iter().map(|c| sql.param(Value::Integer(*c))).collect();
        sql.wheres.push(format!("l.category_id IN ({})", ids.join(", ")));
    }
    if let Some(p) = f.min_price {
        let p = sql.param(Value::Integer(p.minor()));
        sql.wheres.push(format!("l.price_cents >= {p}"));
    }
    if let Some(p) = f.max_price {
        let p = sql.param(Value::Integer(p.minor()));
        sql.wheres.push(format!("l.price_cents <= {p}"));
    }
    if !f.conditions.is_empty() {
        let cs: Vec<String> = f.conditions.iter().map(|c| sql.param(Value::Text(c.as_str().into()))).collect();
        sql.wheres.push(format!("l.condition IN ({})", cs.join(", ")));
    }
    if let Some(s) = f.seller {
        let s = sql.param(Value::Integer(s));
        sql.wheres.push(format!("l.seller_id = {s}"));
    }
    if let Some(r) = f.min_rating {
        let (m, r) = (sql.param(Value::Real(mean)), sql.param(Value::Real(r)));
        sql.wheres.push(format!(
            "l.seller_id IN (SELECT reviewee_id FROM reviews WHERE role = 'seller' GROUP BY reviewee_id
                 HAVING (5.0 * {m} + sum(rating)) / (5.0 + count(*)) >= {r})"
        ));
    }
    if let (Some((lat, lon)), Some(km)) = (f.near, f.within_km) {
        // The box is a cheap prefilter on indexed columns; it is a little
        // larger than the circle, and the exact distance decides.
        let km_per_degree = EARTH_KM.to_radians();
        let dlat = km / km_per_degree * 1.001;
        let (a, b) = (sql.param(Value::Real(lat - dlat)), sql.param(Value::Real(lat + dlat)));
        sql.wheres.push(format!("l.lat BETWEEN {a} AND {b}"));
        let cos = lat.to_radians().cos();
        let dlon = if cos > 1e-6 { km / (km_per_degree * cos) * 1.001 } else { 360.0 };
        if lon - dlon > -180.0 && lon + dlon < 180.0 {
            let (a, b) = (sql.param(Value::Real(lon - dlon)), sql.param(Value::Real(lon + dlon)));
            sql.wheres.push(format!("l.lon BETWEEN {a} AND {b}"));
        }
        let (la, lo, k) = (sql.param(Value::Real(lat)), sql.param(Value::Real(lon)), sql.param(Value::Real(km)));
        sql.wheres.push(format!("distance_km(l.lat, l.lon, {la}, {lo}) <= {k}"));
    }
    if f.free {
        sql.wheres.push("l.is_free = 1".into());
    }
    if let Some(id) = f.not_seller {
        let p = sql.param(Value::Integer(id));
        sql.wheres.push(format!("l.seller_id <> {p}"));
    }
    if let Some(id) = f.listing {
        let p = sql.param(Value::Integer(id));
        sql.wheres.push(format!("l.id = {p}"));
    }
    Ok(())
}

pub struct Request<'a> {
    pub text: &'a str,
    pub filters: Filters,
    pub sort: Sort,
    pub limit: u32,
    pub offset: u32,
}

pub use find::{BROAD, COUNTED, Candidates, Plan, Ranked, plan_sql};

pub fn search(conn: &Connection, req: &Request) -> Result<SearchResult> {
    if req.sort == Sort::Distance && req.filters.near.is_none() {
        return Err(Error::usage("--sort distance needs --near"));
    }
    let q = query::parse_with(req.text, &mut |run| text::query_words_cached(conn, run))?;
    if q.is_empty() && req.text.chars().any(|c| !c.is_whitespace()) {
        return Err(Error::invalid(format!("there are no words to search for in '{}'", req.text.trim()))
            .with_hint("search with letters or digits, or leave the query out to browse"));
    }
    let found = find::find(conn, req, &q)?;
    let results = details(conn, &found.page, &snippet::Marker::new(&q))?;
    let did_you_mean = if found.total == 0 { suggest::suggest(conn, &q)? } else { None };
    Ok(SearchResult {
        query: req.text.to_string(),
        total: found.total,
        total_is_estimate: found.estimated,
        limit: req.limit,
        offset: req.offset,
        sort: req.sort,
        did_you_mean,
        results,
    })
}

/// The listings of a page, in the page's order, read in full.
fn details(conn: &Connection, page: &[Ranked], marker: &snippet::Marker) -> Result<Vec<Hit>> {
    if page.is_empty() {
        return Ok(Vec::new());
    }
    let mean = review::market_mean(conn)?;
    let ids: Vec<String> = page.iter().map(|(id, _, _)| id.to_string()).collect();
    let sql = format!(
        "SELECT l.id, l.title, l.price_cents, l.is_free, l.condition, c.slug, l.status, l.seller_id, u.username,
                l.created_at, l.description
         FROM listings l JOIN users u ON u.id = l.seller_id JOIN categories c ON c.id = l.category_id
         WHERE l.id IN ({})",
        ids.join(", ")
    );
    let mut stmt = conn.prepare(&sql)?;
    let mut rows = stmt.query([])?;
    let mut found = std::collections::HashMap::new();
    while let Some(r) = rows.next()? {
        let id: i64 = r.get(0)?;
        let seller_id: i64 = r.get(7)?;
        let description: String = r.get(10)?;
        found.insert(
            id,
            Hit {
                id,
                title: r.get(1)?,
                price_cents: r.get(2)?,
                free: r.get(3)?,
                condition: r.get(4)?,
                category: r.get(5)?,
                status: r.get(6)?,
                seller: r.get(8)?,
                seller_reputation: review::standing_with(conn, seller_id, mean)?.as_seller,
                distance_km: None,
                score: None,
                seller_id,
                snippet: marker.snippet(&description),
                created_at: r.get(9)?,
            },
        );
    }
    Ok(page
        .iter()
        .filter_map(|(id, score, distance)| {
            found.remove(id).map(|mut h| {
                h.score = *score;
                h.distance_km = distance.map(|d| (d * 10.0).round() / 10.0);
                h
            })
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances() {
        // London to Paris is about 344 km.
        let d = haversine_km(51.5074, -0.1278, 48.8566, 2.3522);
        assert!((d - 343.5).abs() < 1.0, "{d}");
    }
}
