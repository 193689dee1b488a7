//! Full-text search over listings (SQLite FTS5, external content kept by
//! triggers), with filters, sorts, paging and "did you mean". The query
//! tree of `query.rs` is the only way in: FTS5 syntax never leaks out.

pub mod query;
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

/// BM25 column weights: title, tags, description, category names, CJK words.
const WEIGHTS: &str = "10.0, 4.0, 1.0, 2.0, 3.0";
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

/// Indexes every listing at once (after a bulk load with triggers paused).
pub fn rebuild(tx: &Transaction) -> Result<()> {
    tx.execute_batch("INSERT INTO listings_fts (listings_fts) VALUES ('rebuild')")?;
    Ok(())
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

/// More FTS matches than this and a query is "broad": ranking every match
/// would take too long (~2 us each), so flea ranks a capped candidate set.
pub const BROAD: i64 = 30_000;
/// How many candidates a broad query ranks.
pub const CANDIDATES: i64 = 20_000;
/// More matches than this and the total is estimated from the most recent
/// matches instead of counted (counting reads every match's listing).
pub const COUNTED: i64 = 5_000;

/// Which matches a query ranks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Candidates {
    /// Every match (exact BM25 order).
    All,
    /// The most recent matches (highest ids), up to `cap`, of the wanted
    /// words in titles only or in any column.
    Recent { in_title: bool, cap: i64 },
}

/// The FROM clause: the FTS table drives the join (CROSS JOIN), so SQLite
/// runs the MATCH once, never once per listing; listings are then read
/// through a covering index of the filter and sort columns, so the wide
/// rows (titles, descriptions) are only read for the page shown.
fn source(sql: &mut Sql, q: &query::Query, only: Option<i64>, candidates: Candidates) -> (String, bool) {
    let column = matches!(candidates, Candidates::Recent { in_title: true, .. }).then_some("title");
    match q.fts_in(column) {
        Some(expr) => {
            let p = sql.param(Value::Text(expr));
            let rowid = match only {
                Some(id) => format!(" AND rowid = {}", sql.param(Value::Integer(id))),
                None => String::new(),
            };
            let cap = match candidates {
                Candidates::All => String::new(),
                Candidates::Recent { cap, .. } => format!(" ORDER BY rowid DESC LIMIT {cap}"),
            };
            let from = format!(
                "(SELECT rowid AS id, bm25(listings_fts, {WEIGHTS}) AS score FROM listings_fts
                  WHERE listings_fts MATCH {p}{rowid}{cap}) AS m
                 CROSS JOIN listings l INDEXED BY listings_facts ON l.id = m.id"
            );
            (from, true)
        }
        None => {
            if let Some(ex) = q.excluded_fts() {
                let p = sql.param(Value::Text(ex));
                sql.wheres.push(format!("l.id NOT IN (SELECT rowid FROM listings_fts WHERE listings_fts MATCH {p})"));
            }
            ("listings l".to_string(), false)
        }
    }
}

/// The SQL of one search: the page of ids (with score and distance) and the
/// count of matches.
pub struct Plan {
    pub select: String,
    pub params: Vec<Value>,
    pub count: String,
    pub count_params: Vec<Value>,
}

/// Builds the result query (exact candidates); also used by the
/// `EXPLAIN QUERY PLAN` test.
pub fn plan_sql(conn: &Connection, req: &Request) -> Result<Plan> {
    plan_with(conn, req, &query::parse(req.text)?, Candidates::All)
}

fn plan_with(conn: &Connection, req: &Request, q: &query::Query, candidates: Candidates) -> Result<Plan> {
    let mean = review::market_mean(conn)?;
    let mut sql = Sql { wheres: Vec::new(), params: Vec::new() };
    let (from, ranked) = source(&mut sql, q, req.filters.listing, candidates);
    filters_sql(&mut sql, &req.filters, mean)?;
    let wheres = sql.wheres.join(" AND ");
    let count = format!("SELECT count(*) FROM {from} WHERE {wheres}");
    let count_params = sql.params.clone();
    let distance = match req.filters.near {
        Some((lat, lon)) => {
            let (a, b) = (sql.param(Value::Real(lat)), sql.param(Value::Real(lon)));
            format!("distance_km(l.lat, l.lon, {a}, {b})")
        }
        None => "NULL".into(),
    };
    let score = if ranked { "m.score" } else { "NULL" };
    let order = match req.sort {
        Sort::Relevance if ranked => "m.score, l.id",
        Sort::Relevance | Sort::Newest => "l.created_at DESC, l.id DESC",
        Sort::PriceAsc => "l.price_cents, l.id",
        Sort::PriceDesc => "l.price_cents DESC, l.id",
        Sort::Distance => "distance IS NULL, distance, l.id",
    };
    let limit = sql.param(Value::Integer(i64::from(req.limit)));
    let offset = sql.param(Value::Integer(i64::from(req.offset)));
    let select = format!(
        "SELECT l.id, {score}, {distance} AS distance FROM {from}
         WHERE {wheres} ORDER BY {order} LIMIT {limit} OFFSET {offset}"
    );
    Ok(Plan { select, params: sql.params, count, count_params })
}

/// A listing id with its BM25 score and distance, in page order.
type Ranked = (i64, Option<f64>, Option<f64>);

/// One page of ids with their BM25 score and distance.
fn page(conn: &Connection, plan: &Plan) -> Result<Vec<Ranked>> {
    let mut stmt = conn.prepare(&plan.select)?;
    let rows = stmt.query_map(rusqlite::params_from_iter(&plan.params), |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn count(conn: &Connection, plan: &Plan) -> Result<i64> {
    Ok(conn.query_row(&plan.count, rusqlite::params_from_iter(&plan.count_params), |r| r.get(0))?)
}

pub fn search(conn: &Connection, req: &Request) -> Result<SearchResult> {
    if req.sort == Sort::Distance && req.filters.near.is_none() {
        return Err(Error::usage("--sort distance needs --near"));
    }
    let q = query::parse(req.text)?;
    if q.is_empty() && req.text.chars().any(|c| !c.is_whitespace()) {
        return Err(Error::invalid(format!("there are no words to search for in '{}'", req.text.trim()))
            .with_hint("search with letters or digits, or leave the query out to browse"));
    }
    let matches: Option<i64> = match (q.to_fts(), req.filters.listing) {
        (Some(expr), None) => {
            Some(conn.query_row("SELECT count(*) FROM listings_fts WHERE listings_fts MATCH ?1", [expr], |r| r.get(0))?)
        }
        _ => None,
    };
    let n = matches.unwrap_or(0);
    let exact = plan_with(conn, req, &q, Candidates::All)?;
    let (total, estimated) = if n > COUNTED {
        // Matches passing the filters, estimated from the most recent ones.
        let sample = plan_with(conn, req, &q, Candidates::Recent { in_title: false, cap: COUNTED })?;
        ((n as f64 * count(conn, &sample)? as f64 / COUNTED as f64).round() as i64, true)
    } else {
        (count(conn, &exact)?, false)
    };
    let ids = if n > BROAD {
        let in_title = plan_with(conn, req, &q, Candidates::Recent { in_title: true, cap: CANDIDATES })?;
        let ids = page(conn, &in_title)?;
        if (ids.len() as u32) < req.limit {
            page(conn, &plan_with(conn, req, &q, Candidates::Recent { in_title: false, cap: CANDIDATES })?)?
        } else {
            ids
        }
    } else {
        page(conn, &exact)?
    };
    let mut results = details(conn, &ids)?;
    if let Some(expr) = q.to_fts() {
        snippets(conn, &expr, &mut results)?;
    }
    let did_you_mean = if total == 0 { suggest(conn, &q)? } else { None };
    Ok(SearchResult {
        query: req.text.to_string(),
        total,
        total_is_estimate: estimated,
        limit: req.limit,
        offset: req.offset,
        sort: req.sort,
        did_you_mean,
        results,
    })
}

/// The listings of a page, in the page's order, read in full.
fn details(conn: &Connection, page: &[Ranked]) -> Result<Vec<Hit>> {
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
                snippet: description.chars().take(80).collect(),
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

/// Highlighted snippets for the page of results only (snippet() over every
/// match would cost as much as ranking them).
fn snippets(conn: &Connection, expr: &str, hits: &mut [Hit]) -> Result<()> {
    if hits.is_empty() {
        return Ok(());
    }
    let ids: Vec<String> = hits.iter().map(|h| h.id.to_string()).collect();
    let sql = format!(
        "SELECT rowid, snippet(listings_fts, 2, '[', ']', '…', 12) FROM listings_fts
         WHERE listings_fts MATCH ?1 AND rowid IN ({})",
        ids.join(", ")
    );
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map([expr], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, Option<String>>(1)?)))?;
    for row in rows {
        let (id, snippet) = row?;
        if let (Some(hit), Some(s)) = (hits.iter_mut().find(|h| h.id == id), snippet) {
            hit.snippet = s;
        }
    }
    Ok(())
}

/// "Did you mean": for each word that matches nothing, the closest word of
/// the index's own vocabulary (edit distance 1, or 2 for long words),
/// preferring common ones.
fn suggest(conn: &Connection, q: &query::Query) -> Result<Option<String>> {
    let words = q.words();
    if words.is_empty() {
        return Ok(None);
    }
    let mut changed = false;
    let mut out = Vec::new();
    let stemmer = rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English);
    let mut stmt = conn.prepare_cached("SELECT term, doc FROM listings_fts_vocab WHERE term >= ?1 AND term < ?2")?;
    // The index holds stems, so ask FTS5 itself (which stems the word too).
    let mut exists =
        conn.prepare_cached("SELECT count(*) FROM (SELECT 1 FROM listings_fts WHERE listings_fts MATCH ?1 LIMIT 1)")?;
    for w in words {
        let known: i64 = exists.query_row([format!("\"{w}\"")], |r| r.get(0))?;
        if known > 0 || text::has_cjk(&w) || w.chars().count() < 3 {
            out.push(w);
            continue;
        }
        let stemmed = stemmer.stem(&w).into_owned();
        let first: String = w.chars().take(1).collect();
        let next = next_prefix(&first);
        let max = if w.chars().count() > 5 { 2 } else { 1 };
        let mut best: Option<(usize, i64, String)> = None;
        let rows = stmt.query_map([&first, &next], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))?;
        for row in rows {
            let (term, docs) = row?;
            // The vocabulary holds stems: compare the word's stem too, so a
            // typo of an inflected word ("runing") still finds "run".
            let d = edit_distance(&w, &term).min(edit_distance(&stemmed, &term));
            if d <= max && best.as_ref().is_none_or(|(bd, bn, _)| (d, -docs) < (*bd, -*bn)) {
                best = Some((d, docs, term));
            }
        }
        match best {
            Some((_, _, term)) => {
                let word = surface_word(conn, &term)?.unwrap_or(term);
                changed |= word != w;
                out.push(word);
            }
            None => out.push(w),
        }
    }
    Ok(changed.then(|| out.join(" ")))
}

/// The index holds stems ("bicycl"); show a word people write instead, taken
/// from a title that contains it.
fn surface_word(conn: &Connection, stem: &str) -> Result<Option<String>> {
    let found: Option<(String, String, String)> = conn
        .query_row(
            "SELECT title, tags_text, description FROM listings_fts WHERE listings_fts MATCH ?1 LIMIT 1",
            [format!("\"{}\"", stem.replace('"', ""))],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .ok();
    Ok(found.and_then(|(title, tags, description)| {
        [title, tags, description]
            .iter()
            .flat_map(|t| t.split(|c: char| !c.is_alphanumeric()).map(str::to_lowercase).collect::<Vec<_>>())
            .filter(|w| w.starts_with(stem))
            .min_by_key(|w| w.len())
    }))
}

fn next_prefix(p: &str) -> String {
    let mut chars: Vec<char> = p.chars().collect();
    if let Some(last) = chars.pop() {
        chars.push(char::from_u32(last as u32 + 1).unwrap_or(char::MAX));
    }
    chars.into_iter().collect()
}

fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > 2 {
        return 3;
    }
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(ca != cb)).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances() {
        // London to Paris is about 344 km.
        let d = haversine_km(51.5074, -0.1278, 48.8566, 2.3522);
        assert!((d - 343.5).abs() < 1.0, "{d}");
        assert_eq!(edit_distance("bicycel", "bicycle"), 2);
        assert_eq!(edit_distance("sofa", "sofas"), 1);
    }
}
