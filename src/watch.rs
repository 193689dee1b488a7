//! A member's watchlist. Owns `watches`; a watch is also a `watch` event.

use crate::account::Member;
use crate::error::{Error, Result};
use crate::event;
use crate::listing::{self, ListingId};
use crate::money::Money;
use crate::time::Timestamp;
use rusqlite::{Connection, Transaction, params};
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct Watched {
    pub listing_id: ListingId,
    pub title: String,
    pub seller: String,
    pub status: String,
    pub price_cents: Money,
    pub price_then_cents: Money,
    /// What changed since the watch began, e.g. "price down 20.00", "sold".
    pub change: String,
    pub watched_at: Timestamp,
}

pub fn add(tx: &Transaction, member: &Member, id: ListingId, now: Timestamp) -> Result<Watched> {
    let l = listing::get(tx, id)?;
    if l.seller_id == member.id {
        return Err(Error::conflict(format!("listing {id} is yours; there is no need to watch it")));
    }
    let added = tx.execute(
        "INSERT INTO watches (user_id, listing_id, price_cents_then, created_at) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (user_id, listing_id) DO NOTHING",
        params![member.id, id, l.price_cents, now],
    )?;
    if added == 0 {
        return Err(Error::conflict(format!("you are already watching listing {id}")));
    }
    event::record(tx, event::Kind::Watch, Some(member.id), Some(id), None, now)?;
    list(tx, member, Some(id)).map(|mut v| v.remove(0))
}

pub fn remove(tx: &Transaction, member: &Member, id: ListingId) -> Result<()> {
    let n = tx.execute("DELETE FROM watches WHERE user_id = ?1 AND listing_id = ?2", params![member.id, id])?;
    if n == 0 {
        return Err(Error::not_found(format!("you are not watching listing {id}")));
    }
    Ok(())
}

/// The watchlist (or one entry of it), most recent first.
pub fn list(conn: &Connection, member: &Member, only: Option<ListingId>) -> Result<Vec<Watched>> {
    let mut stmt = conn.prepare(
        "SELECT l.id, l.title, u.username, l.status, l.price_cents, w.price_cents_then, w.created_at
         FROM watches w JOIN listings l ON l.id = w.listing_id JOIN users u ON u.id = l.seller_id
         WHERE w.user_id = ?1 AND (?2 IS NULL OR l.id = ?2) ORDER BY w.created_at DESC, l.id DESC",
    )?;
    let rows = stmt.query_map(params![member.id, only], |r| {
        Ok(Watched {
            listing_id: r.get(0)?,
            title: r.get(1)?,
            seller: r.get(2)?,
            status: r.get(3)?,
            price_cents: r.get(4)?,
            price_then_cents: r.get(5)?,
            change: String::new(),
            watched_at: r.get(6)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// Describes what changed, with amounts in the market's currency.
pub fn describe_changes(items: &mut [Watched], money: &crate::money::Currency) {
    for w in items {
        let (now, then) = (w.price_cents.minor(), w.price_then_cents.minor());
        let mut parts = Vec::new();
        if w.status != "active" {
            parts.push(w.status.clone());
        }
        if now < then {
            parts.push(format!("price down {}", money.display(Money::from_minor(then - now).unwrap_or_default())));
        } else if now > then {
            parts.push(format!("price up {}", money.display(Money::from_minor(now - then).unwrap_or_default())));
        }
        w.change = if parts.is_empty() { "no change".into() } else { parts.join(", ") };
    }
}
