//! Which listings a search returns, found the cheapest way that gives the
//! same answer: FTS5 ranks every match only when matches are few; a
//! frequent phrase is ranked from its heads (`heads.rs`); a frequent phrase
//! sorted by price or date walks that sort's index and keeps the matches.

use super::heads::{self, Heads, Lookup};
use super::{Request, Sort, Sql, filters_sql, query};
use crate::error::Result;
use crate::review;
use rusqlite::Connection;
use rusqlite::types::Value;
use std::cmp::Ordering;
use std::collections::HashMap;

/// More FTS matches than this and a query that heads can't rank (several
/// frequent words) is "broad": its page is still ranked exactly by FTS5
/// (BM25 scores of frequent words differ too little for a shortcut to
/// agree), but its total is estimated rather than counted.
pub const BROAD: i64 = 30_000;
/// Broad totals are estimated from this many of the most recent matches.
pub const COUNTED: i64 = 2_000;
/// Heads checked against the filters at least, to estimate the total.
const SAMPLE: usize = 500;
/// A sorted walk gives up (and ranks every match) after this many rows.
const WALK_MAX: usize = 50_000;

/// BM25 column weights as SQL arguments.
fn weights() -> String {
    heads::WEIGHTS.map(|w| format!("{w:.1}")).join(", ")
}

/// Which matches a query reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Candidates {
    /// Every match (exact BM25 order).
    All,
    /// The most recent matches (highest ids), up to `cap`.
    Recent { cap: i64 },
}

/// The FROM clause: the FTS table drives the join (CROSS JOIN), so SQLite
/// runs the MATCH once, never once per listing; listings are then read
/// through a covering index of the filter and sort columns, so the wide
/// rows (titles, descriptions) are only read for the page shown.
fn source(sql: &mut Sql, q: &query::Query, only: Option<i64>, candidates: Candidates) -> (String, bool) {
    match q.to_fts() {
        Some(expr) => {
            let p = sql.param(Value::Text(expr));
            let rowid = match only {
                Some(id) => format!(" AND rowid = {}", sql.param(Value::Integer(id))),
                None => String::new(),
            };
            let cap = match candidates {
                Candidates::All => String::new(),
                Candidates::Recent { cap } => format!(" ORDER BY rowid DESC LIMIT {cap}"),
            };
            let from = format!(
                "(SELECT rowid AS id, bm25(listings_fts, {}) AS score FROM listings_fts
                  WHERE listings_fts MATCH {p}{rowid}{cap}) AS m
                 CROSS JOIN listings l INDEXED BY listings_facts ON l.id = m.id",
                weights()
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

/// The SQL of one search: the page of ids (with score and distance), the
/// count of matches, and every match with its sort keys (one pass).
pub struct Plan {
    pub select: String,
    pub params: Vec<Value>,
    pub count: String,
    pub count_params: Vec<Value>,
    pub rows: String,
    pub rows_params: Vec<Value>,
}

/// Builds the exact query (every match ranked); also used by the
/// `EXPLAIN QUERY PLAN` test and as the benchmark's reference.
pub fn plan_sql(conn: &Connection, req: &Request) -> Result<Plan> {
    plan_with(conn, req, &query::parse(req.text)?, Candidates::All)
}

fn distance_sql(sql: &mut Sql, req: &Request) -> String {
    match req.filters.near {
        Some((lat, lon)) => {
            let (a, b) = (sql.param(Value::Real(lat)), sql.param(Value::Real(lon)));
            format!("distance_km(l.lat, l.lon, {a}, {b})")
        }
        None => "NULL".into(),
    }
}

fn plan_with(conn: &Connection, req: &Request, q: &query::Query, candidates: Candidates) -> Result<Plan> {
    let mean = review::market_mean(conn)?;
    let mut sql = Sql { wheres: Vec::new(), params: Vec::new() };
    let (from, ranked) = source(&mut sql, q, req.filters.listing, candidates);
    filters_sql(&mut sql, &req.filters, mean)?;
    let wheres = sql.wheres.join(" AND ");
    let count = format!("SELECT count(*) FROM {from} WHERE {wheres}");
    let count_params = sql.params.clone();
    let distance = distance_sql(&mut sql, req);
    let score = if ranked { "m.score" } else { "NULL" };
    let rows =
        format!("SELECT l.id, {score}, {distance} AS distance, l.price_cents, l.created_at FROM {from} WHERE {wheres}");
    let rows_params = sql.params.clone();
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
    Ok(Plan { select, params: sql.params, count, count_params, rows, rows_params })
}

/// A listing id with its BM25 score and distance, in page order.
pub type Ranked = (i64, Option<f64>, Option<f64>);

/// The page of a search and how many listings match in all.
pub struct Found {
    pub page: Vec<Ranked>,
    pub total: i64,
    pub estimated: bool,
}

pub fn find(conn: &Connection, req: &Request, q: &query::Query) -> Result<Found> {
    let Some(expr) = q.to_fts() else { return browse(conn, req, q) };
    if req.filters.listing.is_some() {
        return exact(conn, req, q);
    }
    let n = match q.single_phrase() {
        Some((phrase, words)) => match heads::lookup(conn, &phrase, words)? {
            Lookup::Few(n) => n,
            Lookup::Heads(h) => {
                let found = match req.sort {
                    Sort::Relevance => by_heads(conn, req, &h)?,
                    Sort::PriceAsc | Sort::Newest if !req.filters.include_sold => {
                        walk(conn, req, (&phrase, words), &h)?
                    }
                    _ => None,
                };
                if let Some(found) = found {
                    return Ok(found);
                }
                h.docs
            }
        },
        None => {
            let mut stmt = conn.prepare_cached("SELECT count(*) FROM listings_fts WHERE listings_fts MATCH ?1")?;
            stmt.query_row([&expr], |r| r.get(0))?
        }
    };
    if n > BROAD { broad(conn, req, q, n) } else { exact(conn, req, q) }
}

/// Without words: SQL pages and counts through the listing indexes.
fn browse(conn: &Connection, req: &Request, q: &query::Query) -> Result<Found> {
    let plan = plan_with(conn, req, q, Candidates::All)?;
    let total = count(conn, &plan)?;
    Ok(Found { page: page(conn, &plan)?, total, estimated: false })
}

fn page(conn: &Connection, plan: &Plan) -> Result<Vec<Ranked>> {
    let mut stmt = conn.prepare_cached(&plan.select)?;
    let rows = stmt.query_map(rusqlite::params_from_iter(&plan.params), |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn count(conn: &Connection, plan: &Plan) -> Result<i64> {
    let mut stmt = conn.prepare_cached(&plan.count)?;
    Ok(stmt.query_row(rusqlite::params_from_iter(&plan.count_params), |r| r.get(0))?)
}

/// One match with its sort keys.
struct Row {
    id: i64,
    score: Option<f64>,
    distance: Option<f64>,
    price: i64,
    created: String,
}

/// The SQL orders of `plan_with`, for rows sorted in Rust.
fn order(sort: Sort, a: &Row, b: &Row) -> Ordering {
    let by_score = |a: &Row, b: &Row| match (a.score, b.score) {
        (Some(x), Some(y)) => x.total_cmp(&y),
        (x, y) => x.is_none().cmp(&y.is_none()),
    };
    match sort {
        Sort::Relevance => by_score(a, b).then(a.id.cmp(&b.id)),
        Sort::Newest => b.created.cmp(&a.created).then(b.id.cmp(&a.id)),
        Sort::PriceAsc => a.price.cmp(&b.price).then(a.id.cmp(&b.id)),
        Sort::PriceDesc => b.price.cmp(&a.price).then(a.id.cmp(&b.id)),
        Sort::Distance => (a.distance.is_none().cmp(&b.distance.is_none()))
            .then(a.distance.unwrap_or(0.0).total_cmp(&b.distance.unwrap_or(0.0)))
            .then(a.id.cmp(&b.id)),
    }
}

/// Every match ranked by FTS5 in one pass: the count is the number of rows
/// and the page is sorted here (no second MATCH for the count).
fn exact(conn: &Connection, req: &Request, q: &query::Query) -> Result<Found> {
    let plan = plan_with(conn, req, q, Candidates::All)?;
    let mut stmt = conn.prepare_cached(&plan.rows)?;
    let mut rows: Vec<Row> = stmt
        .query_map(rusqlite::params_from_iter(&plan.rows_params), |r| {
            Ok(Row { id: r.get(0)?, score: r.get(1)?, distance: r.get(2)?, price: r.get(3)?, created: r.get(4)? })
        })?
        .collect::<rusqlite::Result<_>>()?;
    let total = rows.len() as i64;
    let end = (req.offset as usize + req.limit as usize).min(rows.len());
    if end > 0 && end < rows.len() {
        rows.select_nth_unstable_by(end - 1, |a, b| order(req.sort, a, b));
        rows.truncate(end);
    }
    rows.sort_unstable_by(|a, b| order(req.sort, a, b));
    let page = rows.into_iter().skip(req.offset as usize).map(|r| (r.id, r.score, r.distance)).collect();
    Ok(Found { page, total, estimated: false })
}

/// A broad query heads can't rank (several frequent words), its total
/// estimated from the most recent matches. By relevance, FTS5 ranks the
/// matches alone (as plain FTS5 does) and the filters are checked on the
/// best few, more if too few pass; other sorts read every match in SQL.
fn broad(conn: &Connection, req: &Request, q: &query::Query, n: i64) -> Result<Found> {
    let sample = plan_with(conn, req, q, Candidates::Recent { cap: COUNTED })?;
    let total = (n as f64 * count(conn, &sample)? as f64 / COUNTED as f64).round() as i64;
    let (Sort::Relevance, Some(expr)) = (req.sort, q.to_fts()) else {
        let plan = plan_with(conn, req, q, Candidates::All)?;
        return Ok(Found { page: page(conn, &plan)?, total, estimated: true });
    };
    let need = req.offset as usize + req.limit as usize;
    let check = Check::new(conn, req)?;
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT rowid, bm25(listings_fts, {}) AS score FROM listings_fts
         WHERE listings_fts MATCH ?1 ORDER BY score, rowid LIMIT ?2",
        weights()
    ))?;
    let mut best = (need * 4).max(100);
    loop {
        let ranked: Vec<(i64, f64)> = stmt
            .query_map(rusqlite::params![expr, best as i64], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let ids: Vec<i64> = ranked.iter().map(|(id, _)| *id).collect();
        let ok = check.passing(conn, &ids)?;
        let passing: Vec<Ranked> =
            ranked.iter().filter_map(|(id, s)| ok.get(id).map(|d| (*id, Some(*s), *d))).collect();
        if passing.len() >= need || ranked.len() < best {
            let page = passing.into_iter().skip(req.offset as usize).take(req.limit as usize).collect();
            return Ok(Found { page, total, estimated: true });
        }
        best *= 8;
        if best > 10_000 {
            // Rare filters: let SQL check them on every match.
            let plan = plan_with(conn, req, q, Candidates::All)?;
            return Ok(Found { page: page(conn, &plan)?, total, estimated: true });
        }
    }
}

/// Which listings pass the filters, with their distance.
struct Check {
    wheres: String,
    distance: String,
    params: Vec<Value>,
}

impl Check {
    fn new(conn: &Connection, req: &Request) -> Result<Check> {
        let mut sql = Sql { wheres: Vec::new(), params: Vec::new() };
        filters_sql(&mut sql, &req.filters, review::market_mean(conn)?)?;
        let distance = distance_sql(&mut sql, req);
        Ok(Check { wheres: sql.wheres.join(" AND "), distance, params: sql.params })
    }

    fn passing(&self, conn: &Connection, ids: &[i64]) -> Result<HashMap<i64, Option<f64>>> {
        let list = ids.iter().map(i64::to_string).collect::<Vec<_>>().join(",");
        let sql = format!(
            "SELECT l.id, {} FROM listings l INDEXED BY listings_facts WHERE l.id IN ({list}) AND {}",
            self.distance, self.wheres
        );
        let mut stmt = conn.prepare(&sql)?;
        let rows = stmt.query_map(rusqlite::params_from_iter(&self.params), |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The heads passing the filters in order, reading at least `SAMPLE`
    /// of them (for the total) and until `need` pass; and how many were read.
    fn heads(&self, conn: &Connection, h: &Heads, need: usize) -> Result<(Vec<Ranked>, usize)> {
        let (mut out, mut read, mut chunk) = (Vec::new(), 0, SAMPLE);
        while read < h.ranked.len() && (out.len() < need || read < SAMPLE) {
            let end = (read + chunk).min(h.ranked.len());
            let ids: Vec<i64> = h.ranked[read..end].iter().map(|(id, _)| *id).collect();
            let ok = self.passing(conn, &ids)?;
            out.extend(h.ranked[read..end].iter().filter_map(|(id, s)| ok.get(id).map(|d| (*id, Some(*s), *d))));
            (read, chunk) = (end, chunk * 2);
        }
        Ok((out, read))
    }
}

/// The matches passing the filters, from the heads' share that passes.
fn estimate(h: &Heads, passing: usize, read: usize) -> i64 {
    if read == 0 { 0 } else { (h.docs as f64 * passing as f64 / read as f64).round() as i64 }
}

/// A frequent phrase by relevance: its heads that pass the filters. None
/// when too few pass (the filters are rarer than the heads can serve).
fn by_heads(conn: &Connection, req: &Request, h: &Heads) -> Result<Option<Found>> {
    let need = req.offset as usize + req.limit as usize;
    let (passing, read) = Check::new(conn, req)?.heads(conn, h, need)?;
    let every_match = h.ranked.len() as i64 >= h.docs;
    if passing.len() < need && !every_match {
        return Ok(None);
    }
    let total = if every_match { passing.len() as i64 } else { estimate(h, passing.len(), read) };
    let page = passing.into_iter().skip(req.offset as usize).take(req.limit as usize).collect();
    Ok(Some(Found { page, total, estimated: !every_match }))
}

/// A frequent phrase by price or date: walks the sort's index and keeps
/// the matches that pass the filters, checking membership against the
/// phrase's match list (or asking FTS5 per listing when the phrase is so
/// frequent that a few dozen rows will do). None after `WALK_MAX` rows.
fn walk(conn: &Connection, req: &Request, (phrase, words): (&str, usize), h: &Heads) -> Result<Option<Found>> {
    let need = req.offset as usize + req.limit as usize;
    let check = Check::new(conn, req)?;
    // Rows walked ~ need * rows / docs; asking FTS5 costs ~30 us a row,
    // listing every match ~0.15 us a match.
    let rows = h.scale_rows().max(1) as f64;
    let ask = 30.0 * need as f64 * rows / (h.docs.max(1) as f64) < 0.15 * h.docs as f64;
    let mut listed: Vec<i64> = if ask {
        Vec::new()
    } else {
        let mut stmt = conn.prepare_cached("SELECT rowid FROM listings_fts WHERE listings_fts MATCH ?1")?;
        stmt.query_map([phrase], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?
    };
    listed.sort_unstable();
    let mut probe = conn.prepare_cached("SELECT 1 FROM listings_fts WHERE listings_fts MATCH ?1 AND rowid = ?2")?;
    let scan = match req.sort {
        Sort::PriceAsc => {
            "SELECT id FROM listings INDEXED BY listings_price WHERE status = 'active' ORDER BY price_cents, id"
        }
        _ => "SELECT id FROM listings INDEXED BY listings_created ORDER BY created_at DESC, id DESC",
    };
    let mut stmt = conn.prepare_cached(scan)?;
    let mut rows = stmt.query([])?;
    let (mut members, mut walked) = (Vec::new(), 0);
    let mut pending = Vec::new();
    while members.len() < need {
        let Some(r) = rows.next()? else { break };
        walked += 1;
        if walked > WALK_MAX {
            return Ok(None);
        }
        let id: i64 = r.get(0)?;
        let member = if ask { probe.exists(rusqlite::params![phrase, id])? } else { listed.binary_search(&id).is_ok() };
        if member {
            pending.push(id);
        }
        // Filters are checked in batches, in walk order.
        if pending.len() >= need.max(32) {
            let ok = check.passing(conn, &pending)?;
            members.extend(pending.drain(..).filter_map(|id| ok.get(&id).map(|d| (id, *d))));
        }
    }
    if !pending.is_empty() {
        let ok = check.passing(conn, &pending)?;
        members.extend(pending.drain(..).filter_map(|id| ok.get(&id).map(|d| (id, *d))));
    }
    members.truncate(need);
    let (sample, read) = check.heads(conn, h, 0)?;
    let ids: Vec<i64> = members.iter().skip(req.offset as usize).map(|(id, _)| *id).collect();
    let scores = heads::scores(conn, phrase, words, h, &ids)?;
    let page = members.into_iter().skip(req.offset as usize).map(|(id, d)| (id, scores.get(&id).copied(), d)).collect();
    Ok(Some(Found { page, total: estimate(h, sample.len(), read), estimated: true }))
}
