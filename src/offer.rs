//! Bargaining: a buyer offers a price, the seller accepts, declines or
//! counters (and the buyer may answer a counter the same way). Accepting
//! creates the order at the offer's price. Offers expire. Owns `offers`.

use crate::account::{Member, MemberId};
use crate::error::{Error, Result};
use crate::event;
use crate::listing::{self, ListingId};
use crate::money::Money;
use crate::order::{self, Order};
use crate::time::Timestamp;
use chrono::TimeDelta;
use rusqlite::{Connection, OptionalExtension, Row, Transaction, params};
use serde::Serialize;

pub type OfferId = i64;

#[derive(Debug, Clone, Serialize)]
pub struct Offer {
    pub id: OfferId,
    pub listing_id: ListingId,
    pub title: String,
    pub buyer_id: MemberId,
    pub buyer: String,
    pub seller_id: MemberId,
    pub seller: String,
    pub price_cents: Money,
    pub asking_price_cents: Money,
    pub quantity: i64,
    /// open, accepted, declined, withdrawn, expired or countered
    pub status: String,
    pub counter_of: Option<OfferId>,
    pub from_seller: bool,
    /// Who answers an open offer: "seller" or "buyer".
    pub awaiting: Option<String>,
    pub created_at: Timestamp,
    pub expires_at: Timestamp,
    pub decided_at: Option<Timestamp>,
}

impl Offer {
    fn maker(&self) -> MemberId {
        if self.from_seller { self.seller_id } else { self.buyer_id }
    }
    fn responder(&self) -> MemberId {
        if self.from_seller { self.buyer_id } else { self.seller_id }
    }
}

/// `?1` is the clock, so an open offer past its time reads as expired even
/// before anything writes that down.
const SELECT: &str =
    "SELECT f.id, f.listing_id, l.title, f.buyer_id, b.username, f.seller_id, s.username, f.price_cents,
        l.price_cents, f.quantity,
        CASE WHEN f.status = 'open' AND f.expires_at <= ?1 THEN 'expired' ELSE f.status END,
        f.counter_of, f.from_seller, f.created_at, f.expires_at, f.decided_at
     FROM offers f JOIN listings l ON l.id = f.listing_id
     JOIN users b ON b.id = f.buyer_id JOIN users s ON s.id = f.seller_id";

fn from_row(r: &Row) -> rusqlite::Result<Offer> {
    let status: String = r.get(10)?;
    let from_seller: bool = r.get(12)?;
    let awaiting = (status == "open").then(|| if from_seller { "buyer" } else { "seller" }.to_string());
    Ok(Offer {
        id: r.get(0)?,
        listing_id: r.get(1)?,
        title: r.get(2)?,
        buyer_id: r.get(3)?,
        buyer: r.get(4)?,
        seller_id: r.get(5)?,
        seller: r.get(6)?,
        price_cents: r.get(7)?,
        asking_price_cents: r.get(8)?,
        quantity: r.get(9)?,
        status,
        counter_of: r.get(11)?,
        from_seller,
        awaiting,
        created_at: r.get(13)?,
        expires_at: r.get(14)?,
        decided_at: r.get(15)?,
    })
}

pub fn get(conn: &Connection, id: OfferId, now: Timestamp) -> Result<Offer> {
    conn.query_row(&format!("{SELECT} WHERE f.id = ?2"), params![now, id], from_row)
        .optional()?
        .ok_or_else(|| Error::not_found(format!("no offer {id}")))
}

/// Which of a member's offers to list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// Offers on the member's listings.
    Incoming,
    /// Offers the member made as a buyer.
    Outgoing,
    Both,
}

pub fn list(conn: &Connection, member: MemberId, direction: Direction, now: Timestamp) -> Result<Vec<Offer>> {
    let who = match direction {
        Direction::Incoming => "f.seller_id = ?2",
        Direction::Outgoing => "f.buyer_id = ?2",
        Direction::Both => "(f.seller_id = ?2 OR f.buyer_id = ?2)",
    };
    let mut stmt = conn.prepare(&format!("{SELECT} WHERE {who} ORDER BY f.created_at DESC, f.id DESC"))?;
    let rows = stmt.query_map(params![now, member], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Writes down the expiry of open offers whose time has passed.
fn expire_due(tx: &Transaction, now: Timestamp) -> Result<()> {
    tx.execute(
        "UPDATE offers SET status = 'expired', decided_at = expires_at WHERE status = 'open' AND expires_at <= ?1",
        [now],
    )?;
    Ok(())
}

/// A buyer's offer on a listing.
pub fn make(
    tx: &Transaction,
    buyer: &Member,
    listing_id: ListingId,
    price: Money,
    quantity: i64,
    hours: i64,
    now: Timestamp,
) -> Result<Offer> {
    expire_due(tx, now)?;
    let l = listing::get(tx, listing_id)?;
    order::check_buyable(&l, buyer, quantity)?;
    let open: Option<OfferId> = tx
        .query_row(
            "SELECT id FROM offers WHERE listing_id = ?1 AND buyer_id = ?2 AND status = 'open'",
            params![listing_id, buyer.id],
            |r| r.get(0),
        )
        .optional()?;
    if let Some(other) = open {
        return Err(Error::conflict(format!("you already have an open offer ({other}) on listing {listing_id}"))
            .with_hint(format!("withdraw it first: flea offer withdraw {other}")));
    }
    let id = insert(tx, listing_id, buyer.id, l.seller_id, price, quantity, None, false, hours, now)?;
    event::record(tx, event::Kind::Offer, Some(buyer.id), Some(listing_id), None, now)?;
    get(tx, id, now)
}

#[allow(clippy::too_many_arguments)]
fn insert(
    tx: &Transaction,
    listing: ListingId,
    buyer: MemberId,
    seller: MemberId,
    price: Money,
    quantity: i64,
    counter_of: Option<OfferId>,
    from_seller: bool,
    hours: i64,
    now: Timestamp,
) -> Result<OfferId> {
    Ok(tx.query_row(
        "INSERT INTO offers (listing_id, buyer_id, seller_id, price_cents, quantity, status, counter_of, from_seller,
             created_at, expires_at)
         VALUES (?1, ?2, ?3, ?4, ?5, 'open', ?6, ?7, ?8, ?9) RETURNING id",
        params![
            listing,
            buyer,
            seller,
            price,
            quantity,
            counter_of,
            from_seller,
            now,
            now.plus(TimeDelta::hours(hours))
        ],
        |r| r.get(0),
    )?)
}

/// The open offer, if `actor` is the party who answers it.
fn answerable(tx: &Transaction, actor: &Member, id: OfferId, verb: &str, now: Timestamp) -> Result<Offer> {
    expire_due(tx, now)?;
    let offer = get(tx, id, now)?;
    if actor.id != offer.buyer_id && actor.id != offer.seller_id {
        return Err(Error::not_allowed(format!("offer {id} is between {} and {}", offer.buyer, offer.seller)));
    }
    if offer.status != "open" {
        return Err(Error::conflict(format!("offer {id} is {}; it can't be {verb}", offer.status)));
    }
    if actor.id != offer.responder() {
        let who = if offer.from_seller { &offer.buyer } else { &offer.seller };
        return Err(Error::not_allowed(format!("offer {id} awaits {who}'s answer; you made it")));
    }
    Ok(offer)
}

fn decide(tx: &Transaction, id: OfferId, status: &str, now: Timestamp) -> Result<()> {
    tx.execute("UPDATE offers SET status = ?1, decided_at = ?2 WHERE id = ?3", params![status, now, id])?;
    Ok(())
}

/// Accepts an offer: the order is placed at its price in the same
/// transaction, and fails (changing nothing) if the stock went meanwhile.
pub fn accept(tx: &Transaction, actor: &Member, id: OfferId, now: Timestamp) -> Result<(Offer, Order)> {
    let offer = answerable(tx, actor, id, "accepted", now)?;
    let buyer = crate::account::get(tx, offer.buyer_id)?;
    let order = order::place(tx, &buyer, offer.listing_id, offer.quantity, Some((id, offer.price_cents)), now)
        .map_err(|e| Error { message: format!("offer {id} can't be accepted: {}", e.message), ..e })?;
    decide(tx, id, "accepted", now)?;
    Ok((get(tx, id, now)?, order))
}

pub fn decline(tx: &Transaction, actor: &Member, id: OfferId, now: Timestamp) -> Result<Offer> {
    answerable(tx, actor, id, "declined", now)?;
    decide(tx, id, "declined", now)?;
    get(tx, id, now)
}

/// The maker takes back an open offer.
pub fn withdraw(tx: &Transaction, actor: &Member, id: OfferId, now: Timestamp) -> Result<Offer> {
    expire_due(tx, now)?;
    let offer = get(tx, id, now)?;
    if actor.id != offer.maker() {
        return Err(Error::not_allowed(format!("only the member who made offer {id} can withdraw it")));
    }
    if offer.status != "open" {
        return Err(Error::conflict(format!("offer {id} is {}; it can't be withdrawn", offer.status)));
    }
    decide(tx, id, "withdrawn", now)?;
    get(tx, id, now)
}

/// Answers an offer with another price; the other side answers next.
pub fn counter(
    tx: &Transaction,
    actor: &Member,
    id: OfferId,
    price: Money,
    hours: i64,
    now: Timestamp,
) -> Result<Offer> {
    let offer = answerable(tx, actor, id, "countered", now)?;
    let l = listing::get(tx, offer.listing_id)?;
    if l.status != listing::Status::Active || l.quantity < offer.quantity {
        return Err(Error::conflict(format!("listing {} is no longer available in that quantity", l.id)));
    }
    decide(tx, id, "countered", now)?;
    let from_seller = actor.id == offer.seller_id;
    let new = insert(
        tx,
        offer.listing_id,
        offer.buyer_id,
        offer.seller_id,
        price,
        offer.quantity,
        Some(id),
        from_seller,
        hours,
        now,
    )?;
    get(tx, new, now)
}
