//! Heads: the best listings of a frequent phrase by BM25, kept in the
//! market. FTS5 spends about 1 us ranking each match, so a word in 300,000
//! listings costs 200+ ms to rank; its 2,000 heads cost a few. A phrase's
//! heads are made on its first search (what plain FTS5 costs, once);
//! listings added or edited since are ranked live with FTS5's own formula
//! on the same scale; bulk loads and many edits drop every phrase's heads.
//!
//! Any listing outside the heads scores no better than the last head, so
//! the heads in order are the exact top of the phrase's matches (up to the
//! small drift of BM25's statistics since they were made).

use super::cache;
use crate::error::Result;
use rusqlite::{Connection, OptionalExtension, params};

/// Phrases in fewer listings than this are ranked exactly (a few ms).
pub const HEAD_MIN: i64 = 5_000;
/// Listings kept per phrase: enough for filters passing 1 listing in 50.
pub const HEADS: usize = 2_000;
/// More listings added or edited since the heads than this, and they are
/// made again (ranking each live costs ~30 us).
const LIVE_MAX: usize = 200;

/// BM25 column weights (title, tags, description, category names, CJK
/// words) and FTS5's constants.
pub const WEIGHTS: [f64; 5] = [10.0, 4.0, 1.0, 2.0, 3.0];
const K1: f64 = 1.2;
const B: f64 = 0.75;

pub enum Lookup {
    /// A frequent phrase: its best listings, best first.
    Heads(Heads),
    /// A phrase in fewer than the threshold of listings: how many.
    Few(i64),
}

pub struct Heads {
    /// Listings the phrase matches (an estimate: edits since are not counted).
    pub docs: i64,
    /// (listing id, BM25 score), best (lowest) first.
    pub ranked: Vec<(i64, f64)>,
    pub(crate) scale: Scale,
}

/// What ranks a listing on the same scale as its heads: BM25's statistics
/// when the heads were made.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Scale {
    docs: i64,
    rows: i64,
    avg_tokens: f64,
}

impl Scale {
    /// FTS5's `bm25()` for one phrase: `weighted` is the phrase's count in
    /// each column times the column's weight, `tokens` the listing's length.
    fn bm25(&self, weighted: f64, tokens: f64) -> f64 {
        let (n, hits) = (self.rows as f64, self.docs as f64);
        let idf = ((n - hits + 0.5) / (hits + 0.5)).ln().max(1e-6);
        -idf * (weighted * (K1 + 1.0)) / (weighted + K1 * (1.0 - B + B * tokens / self.avg_tokens))
    }
}

/// The heads of `phrase` (an FTS5 phrase of `words` tokens), made now when
/// missing, or how many listings it matches when it is not frequent.
pub fn lookup(conn: &Connection, phrase: &str, words: usize) -> Result<Lookup> {
    lookup_with(conn, phrase, words, MIN_DOCS.with(std::cell::Cell::get))
}

thread_local! {
    static MIN_DOCS: std::cell::Cell<i64> = const { std::cell::Cell::new(HEAD_MIN) };
}

/// Sets this thread's threshold, so that tests can use heads on small markets.
pub fn set_min_docs(docs: i64) {
    MIN_DOCS.with(|m| m.set(docs));
}

pub fn lookup_with(conn: &Connection, phrase: &str, words: usize, min_docs: i64) -> Result<Lookup> {
    let changed: Vec<i64> = {
        let mut stmt = conn.prepare_cached("SELECT listing_id FROM search_changed LIMIT ?1")?;
        stmt.query_map([LIVE_MAX as i64 + 1], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?
    };
    if changed.len() > LIVE_MAX {
        cache::remember(conn, forget);
    }
    if changed.len() <= LIVE_MAX
        && let Some((scale, max_id, floor)) = stored(conn, phrase)?
        && let Some(live) = live(conn, phrase, words, scale, max_id, &changed)?
    {
        let mut ranked = heads(conn, phrase)?;
        ranked.retain(|(id, _)| !changed.contains(id));
        // A live listing scoring worse than the last head might be beaten
        // by listings outside the heads: leave it out.
        let new = live.iter().filter(|(id, _)| *id > max_id).count() as i64;
        ranked.extend(live.into_iter().filter(|(_, s)| *s <= floor));
        ranked.sort_by(|a, b| a.1.total_cmp(&b.1).then(a.0.cmp(&b.0)));
        return Ok(Lookup::Heads(Heads { docs: scale.docs + new, ranked, scale }));
    }
    let docs: i64 =
        conn.query_row("SELECT count(*) FROM listings_fts WHERE listings_fts MATCH ?1", [phrase], |r| r.get(0))?;
    if docs < min_docs {
        return Ok(Lookup::Few(docs));
    }
    let made = make(conn, phrase, docs)?;
    cache::remember(conn, |c| store(c, phrase, &made));
    Ok(Lookup::Heads(made.heads))
}

/// Drops every phrase's heads (after a bulk load, or many edits).
pub fn forget(conn: &Connection) -> Result<()> {
    conn.execute_batch("DELETE FROM search_heads; DELETE FROM search_phrases; DELETE FROM search_changed;")?;
    Ok(())
}

struct Made {
    heads: Heads,
    max_id: i64,
}

/// Ranks every match with FTS5 once and keeps the best.
fn make(conn: &Connection, phrase: &str, docs: i64) -> Result<Made> {
    let (rows, tokens) = totals(conn)?;
    let max_id: i64 = conn.query_row("SELECT coalesce(max(id), 0) FROM listings", [], |r| r.get(0))?;
    let weights = WEIGHTS.map(|w| format!("{w:.1}")).join(", ");
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT rowid, bm25(listings_fts, {weights}) AS score FROM listings_fts
         WHERE listings_fts MATCH ?1 ORDER BY score, rowid LIMIT ?2"
    ))?;
    let ranked: Vec<(i64, f64)> = stmt
        .query_map(params![phrase, HEADS as i64], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let avg_tokens = if rows > 0 { tokens as f64 / rows as f64 } else { 1.0 };
    Ok(Made { heads: Heads { docs, ranked, scale: Scale { docs, rows, avg_tokens } }, max_id })
}

fn store(conn: &Connection, phrase: &str, made: &Made) -> Result<()> {
    let h = &made.heads;
    let floor = h.ranked.last().map_or(0.0, |(_, s)| *s);
    conn.execute("DELETE FROM search_phrases WHERE phrase = ?1", [phrase])?;
    conn.execute(
        "INSERT INTO search_phrases (phrase, docs, max_id, total_rows, avg_tokens, floor) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![phrase, h.docs, made.max_id, h.scale.rows, h.scale.avg_tokens, floor],
    )?;
    let mut insert =
        conn.prepare_cached("INSERT INTO search_heads (phrase, rank, listing_id, score) VALUES (?1, ?2, ?3, ?4)")?;
    for (rank, (id, score)) in h.ranked.iter().enumerate() {
        insert.execute(params![phrase, rank as i64, id, score])?;
    }
    Ok(())
}

fn stored(conn: &Connection, phrase: &str) -> Result<Option<(Scale, i64, f64)>> {
    let mut stmt = conn
        .prepare_cached("SELECT docs, total_rows, avg_tokens, max_id, floor FROM search_phrases WHERE phrase = ?1")?;
    Ok(stmt
        .query_row([phrase], |r| {
            Ok((Scale { docs: r.get(0)?, rows: r.get(1)?, avg_tokens: r.get(2)? }, r.get(3)?, r.get(4)?))
        })
        .optional()?)
}

fn heads(conn: &Connection, phrase: &str) -> Result<Vec<(i64, f64)>> {
    let mut stmt = conn.prepare_cached("SELECT listing_id, score FROM search_heads WHERE phrase = ?1 ORDER BY rank")?;
    Ok(stmt.query_map([phrase], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<rusqlite::Result<_>>()?)
}

fn highlights() -> String {
    let columns: Vec<String> =
        (0..WEIGHTS.len()).map(|c| format!("highlight(listings_fts, {c}, char(1), char(2))")).collect();
    format!("SELECT rowid, {} FROM listings_fts WHERE listings_fts MATCH ?1", columns.join(", "))
}

/// Listings added since the heads were made, and the edited ones, that
/// match the phrase, with their scores; None when there are too many.
fn live(
    conn: &Connection,
    phrase: &str,
    words: usize,
    scale: Scale,
    max_id: i64,
    changed: &[i64],
) -> Result<Option<Vec<(i64, f64)>>> {
    let mut found = Vec::new();
    {
        let mut stmt = conn.prepare_cached(&format!("{} AND rowid > ?2 LIMIT ?3", highlights()))?;
        let mut rows = stmt.query(params![phrase, max_id, LIVE_MAX as i64 + 1])?;
        while let Some(r) = rows.next()? {
            found.push((r.get::<_, i64>(0)?, weighted(r, words)?));
        }
    }
    if found.len() > LIVE_MAX {
        return Ok(None);
    }
    let old: Vec<i64> = changed.iter().copied().filter(|id| *id <= max_id).collect();
    found.extend(weights_of(conn, phrase, words, &old)?);
    Ok(Some(ranked(conn, scale, found)?))
}

/// The weighted counts of the phrase in these listings (those it matches).
fn weights_of(conn: &Connection, phrase: &str, words: usize, ids: &[i64]) -> Result<Vec<(i64, f64)>> {
    let mut stmt = conn.prepare_cached(&format!("{} AND rowid = ?2", highlights()))?;
    let mut found = Vec::new();
    for id in ids {
        let mut rows = stmt.query(params![phrase, id])?;
        if let Some(r) = rows.next()? {
            found.push((*id, weighted(r, words)?));
        }
    }
    Ok(found)
}

fn ranked(conn: &Connection, scale: Scale, found: Vec<(i64, f64)>) -> Result<Vec<(i64, f64)>> {
    let mut size = conn.prepare_cached("SELECT sz FROM listings_fts_docsize WHERE id = ?1")?;
    let mut out = Vec::with_capacity(found.len());
    for (id, w) in found {
        let blob: Vec<u8> = size.query_row([id], |r| r.get(0))?;
        out.push((id, scale.bm25(w, varints(&blob).sum::<u64>() as f64)));
    }
    Ok(out)
}

/// BM25 scores of some listings for a frequent phrase, on its heads' scale.
pub fn scores(
    conn: &Connection,
    phrase: &str,
    words: usize,
    h: &Heads,
    ids: &[i64],
) -> Result<std::collections::HashMap<i64, f64>> {
    Ok(ranked(conn, h.scale, weights_of(conn, phrase, words, ids)?)?.into_iter().collect())
}

impl Heads {
    /// Listings in the index when the heads were made.
    pub fn scale_rows(&self) -> i64 {
        self.scale.rows
    }
}

/// The phrase's weighted count in a row of highlights (columns 1..): each
/// highlighted span holds `words` tokens per occurrence.
fn weighted(r: &rusqlite::Row, words: usize) -> rusqlite::Result<f64> {
    let mut total = 0.0;
    for (c, w) in WEIGHTS.iter().enumerate() {
        let text: Option<String> = r.get(c + 1)?;
        total += w * (marked_tokens(text.as_deref().unwrap_or("")) / words.max(1)) as f64;
    }
    Ok(total)
}

/// Tokens between char(1) and char(2) marks.
fn marked_tokens(text: &str) -> usize {
    let (mut n, mut inside, mut in_token) = (0, false, false);
    for c in text.chars() {
        match c {
            '\u{1}' => inside = true,
            '\u{2}' => inside = false,
            _ => {}
        }
        let token = inside && c.is_alphanumeric();
        if token && !in_token {
            n += 1;
        }
        in_token = token;
    }
    n
}

/// The index's row count and total tokens, from FTS5's "averages" record
/// (id 1 of the data table: a varint row count, then one varint total per
/// column), which is what `bm25()` itself reads.
fn totals(conn: &Connection) -> Result<(i64, i64)> {
    let blob: Option<Vec<u8>> =
        conn.query_row("SELECT block FROM listings_fts_data WHERE id = 1", [], |r| r.get(0)).optional()?;
    let mut v = varints(blob.as_deref().unwrap_or(&[]));
    let rows = v.next().unwrap_or(0);
    Ok((rows as i64, v.sum::<u64>() as i64))
}

/// SQLite's big-endian varints, as FTS5 writes them.
fn varints(mut b: &[u8]) -> impl Iterator<Item = u64> + '_ {
    std::iter::from_fn(move || {
        let mut v = 0u64;
        for i in 0..9 {
            let c = *b.get(i)?;
            if i == 8 {
                b = &b[9..];
                return Some((v << 8) | u64::from(c));
            }
            v = (v << 7) | u64::from(c & 0x7f);
            if c & 0x80 == 0 {
                b = &b[i + 1..];
                return Some(v);
            }
        }
        None
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn varints_and_marks() {
        assert_eq!(varints(&[0x05, 0x81, 0x00, 0x7f]).collect::<Vec<_>>(), [5, 128, 127]);
        assert_eq!(marked_tokens("a \u{1}part\u{2} of \u{1}part part\u{2}"), 3);
    }
}
