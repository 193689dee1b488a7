//! Wanted posts and trade matching (the article's supply-demand matching):
//! each open want is scored against active listings on text relevance,
//! price fit, distance, seller reputation and freshness. Owns `wants`.

use crate::account::{Member, MemberId};
use crate::error::{Error, Result};
use crate::money::Money;
use crate::search::{self, Filters, Request, Sort};
use crate::time::Timestamp;
use rusqlite::{Connection, OptionalExtension, Row, Transaction, params};
use serde::Serialize;

/// How much each component counts in a match's score (they sum to 1).
pub const WEIGHTS: Weights = Weights { text: 0.40, price: 0.20, distance: 0.15, reputation: 0.15, freshness: 0.10 };
/// Listings considered per want before scoring.
const CANDIDATES: u32 = 50;
/// Freshness halves every this many days.
const FRESH_HALF_LIFE_DAYS: f64 = 21.0;

#[derive(Debug, Clone, Copy, Serialize)]
pub struct Weights {
    pub text: f64,
    pub price: f64,
    pub distance: f64,
    pub reputation: f64,
    pub freshness: f64,
}

#[derive(Debug, Clone, Serialize)]
pub struct Want {
    pub id: i64,
    pub user_id: MemberId,
    pub username: String,
    pub query: String,
    pub category: Option<String>,
    pub max_price_cents: Option<Money>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub within_km: Option<f64>,
    pub status: String,
    pub created_at: Timestamp,
}

const SELECT: &str = "SELECT w.id, w.user_id, u.username, w.query, c.slug, w.max_price_cents, w.lat, w.lon,
        w.within_km, w.status, w.created_at, w.category_id
     FROM wants w JOIN users u ON u.id = w.user_id LEFT JOIN categories c ON c.id = w.category_id";

fn from_row(r: &Row) -> rusqlite::Result<(Want, Option<i64>)> {
    Ok((
        Want {
            id: r.get(0)?,
            user_id: r.get(1)?,
            username: r.get(2)?,
            query: r.get(3)?,
            category: r.get(4)?,
            max_price_cents: r.get(5)?,
            lat: r.get(6)?,
            lon: r.get(7)?,
            within_km: r.get(8)?,
            status: r.get(9)?,
            created_at: r.get(10)?,
        },
        r.get(11)?,
    ))
}

pub struct NewWant {
    pub query: String,
    pub category: Option<i64>,
    pub max_price: Option<Money>,
    pub near: Option<(f64, f64)>,
    pub within_km: Option<f64>,
}

pub fn add(tx: &Transaction, member: &Member, new: &NewWant, now: Timestamp) -> Result<Want> {
    let q = new.query.trim();
    if q.is_empty() || q.chars().count() > 500 || search::query::parse(q)?.groups.is_empty() {
        return Err(Error::invalid("a want needs words to look for (at most 500 characters)"));
    }
    let (lat, lon) = new.near.unzip();
    let id: i64 = tx.query_row(
        "INSERT INTO wants (user_id, query, category_id, max_price_cents, lat, lon, within_km, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) RETURNING id",
        params![member.id, q, new.category, new.max_price, lat, lon, new.within_km, now],
        |r| r.get(0),
    )?;
    get(tx, id)
}

pub fn get(conn: &Connection, id: i64) -> Result<Want> {
    conn.query_row(&format!("{SELECT} WHERE w.id = ?1"), [id], from_row)
        .optional()?
        .map(|(w, _)| w)
        .ok_or_else(|| Error::not_found(format!("no want {id}")))
}

fn owned(conn: &Connection, member: &Member, id: i64) -> Result<Want> {
    let want = get(conn, id)?;
    if want.user_id != member.id {
        return Err(Error::not_allowed(format!("want {id} is {}'s", want.username)));
    }
    Ok(want)
}

pub fn list(conn: &Connection, member: &Member) -> Result<Vec<Want>> {
    let mut stmt = conn.prepare(&format!(
        "{SELECT} WHERE w.user_id = ?1 AND w.status = 'open' ORDER BY w.created_at DESC, w.id DESC"
    ))?;
    let rows = stmt.query_map([member.id], from_row)?;
    Ok(rows.map(|r| r.map(|(w, _)| w)).collect::<rusqlite::Result<_>>()?)
}

/// Closes a want (it stays for the record).
pub fn remove(tx: &Transaction, member: &Member, id: i64) -> Result<()> {
    let want = owned(tx, member, id)?;
    if want.status != "open" {
        return Err(Error::conflict(format!("want {id} is already closed")));
    }
    tx.execute("UPDATE wants SET status = 'closed' WHERE id = ?1", [id])?;
    Ok(())
}

/// A listing scored against a want, with each component (0..1).
#[derive(Debug, Clone, Serialize)]
pub struct Match {
    pub want_id: i64,
    pub listing_id: i64,
    pub title: String,
    pub price_cents: Money,
    pub seller: String,
    pub distance_km: Option<f64>,
    /// The weighted sum of the components.
    pub score: f64,
    pub components: Components,
}

/// The parts of a match's score, each 0..1 (1 is best).
#[derive(Debug, Clone, Serialize)]
pub struct Components {
    pub text: f64,
    pub price: f64,
    pub distance: f64,
    pub reputation: f64,
    pub freshness: f64,
}

fn filters(conn: &Connection, want: &Want, category: Option<i64>) -> Result<Filters> {
    Ok(Filters {
        categories: match category {
            Some(c) => crate::category::with_children(conn, c)?,
            None => Vec::new(),
        },
        max_price: want.max_price_cents,
        near: want.lat.zip(want.lon),
        within_km: want.within_km,
        not_seller: Some(want.user_id),
        ..Filters::default()
    })
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

/// The best listings for one want, best first.
pub fn matches(conn: &Connection, want: &Want, now: Timestamp, limit: usize) -> Result<Vec<Match>> {
    let category = conn.query_row("SELECT category_id FROM wants WHERE id = ?1", [want.id], |r| r.get(0))?;
    let request = Request {
        text: &want.query,
        filters: filters(conn, want, category)?,
        sort: Sort::Relevance,
        limit: CANDIDATES,
        offset: 0,
    };
    let hits = search::search(conn, &request)?.results;
    let best = hits.iter().filter_map(|h| h.score).fold(0.0f64, f64::min);
    let mut out: Vec<Match> = hits
        .into_iter()
        .map(|h| {
            let text = match h.score {
                Some(s) if best < 0.0 => (s / best).clamp(0.0, 1.0),
                _ => 1.0,
            };
            let price = match want.max_price_cents {
                Some(max) if max.minor() > 0 => {
                    1.0 - 0.5 * (h.price_cents.minor() as f64 / max.minor() as f64).min(1.0)
                }
                _ => 0.5,
            };
            let distance = match (h.distance_km, want.within_km) {
                (Some(d), Some(r)) => (1.0 - d / r).clamp(0.0, 1.0),
                (Some(d), None) => (-d / 25.0).exp(),
                _ => 0.5,
            };
            let reputation = h.seller_reputation.score.map_or(0.6, |s| (s / 5.0).clamp(0.0, 1.0));
            let age_days = (now.unix() - h.created_at.unix()).max(0) as f64 / 86_400.0;
            let freshness = 0.5f64.powf(age_days / FRESH_HALF_LIFE_DAYS);
            let w = WEIGHTS;
            let score = w.text * text
                + w.price * price
                + w.distance * distance
                + w.reputation * reputation
                + w.freshness * freshness;
            Match {
                want_id: want.id,
                listing_id: h.id,
                title: h.title,
                price_cents: h.price_cents,
                seller: h.seller,
                distance_km: h.distance_km,
                score: round3(score),
                components: Components {
                    text: round3(text),
                    price: round3(price),
                    distance: round3(distance),
                    reputation: round3(reputation),
                    freshness: round3(freshness),
                },
            }
        })
        .collect();
    out.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.listing_id.cmp(&b.listing_id)));
    out.truncate(limit);
    Ok(out)
}

/// Matches for one of the member's wants, or for all their open wants.
pub fn matches_for(
    conn: &Connection,
    member: &Member,
    want: Option<i64>,
    now: Timestamp,
    limit: usize,
) -> Result<Vec<Match>> {
    let wants = match want {
        Some(id) => {
            let w = owned(conn, member, id)?;
            if w.status != "open" {
                return Err(Error::conflict(format!("want {id} is closed")));
            }
            vec![w]
        }
        None => list(conn, member)?,
    };
    let mut all = Vec::new();
    for w in &wants {
        all.extend(matches(conn, w, now, limit)?);
    }
    Ok(all)
}

/// How many open wants of other members a listing matches.
pub fn count_matching(conn: &Connection, listing_id: i64, seller: MemberId) -> Result<usize> {
    let mut stmt = conn.prepare(&format!("{SELECT} WHERE w.status = 'open' AND w.user_id <> ?1"))?;
    let wants: Vec<(Want, Option<i64>)> = stmt.query_map([seller], from_row)?.collect::<rusqlite::Result<_>>()?;
    let mut n = 0;
    for (want, category) in wants {
        let mut f = filters(conn, &want, category)?;
        f.listing = Some(listing_id);
        let request = Request { text: &want.query, filters: f, sort: Sort::Relevance, limit: 1, offset: 0 };
        if search::search(conn, &request)?.total > 0 {
            n += 1;
        }
    }
    Ok(n)
}
