//! Orders: buying reserves stock, and an order moves placed -> paid ->
//! shipped -> completed, or to cancelled (before shipping, stock restored)
//! or disputed (after shipping). Owns the `orders` table.

use crate::account::{Member, MemberId};
use crate::error::{Error, Result};
use crate::event;
use crate::listing::{self, ListingId};
use crate::money::Money;
use crate::time::Timestamp;
use rusqlite::{Connection, OptionalExtension, Row, Transaction, params};
use serde::Serialize;

pub type OrderId = i64;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Placed,
    Paid,
    Shipped,
    Completed,
    Cancelled,
    Disputed,
}

impl Status {
    pub const ALL: [Status; 6] =
        [Status::Placed, Status::Paid, Status::Shipped, Status::Completed, Status::Cancelled, Status::Disputed];
    /// States in which an order still binds its parties.
    pub const OPEN: [Status; 4] = [Status::Placed, Status::Paid, Status::Shipped, Status::Disputed];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Placed => "placed",
            Status::Paid => "paid",
            Status::Shipped => "shipped",
            Status::Completed => "completed",
            Status::Cancelled => "cancelled",
            Status::Disputed => "disputed",
        }
    }

    pub fn parse(text: &str) -> Result<Status> {
        let key = text.trim().to_lowercase();
        Status::ALL.into_iter().find(|s| s.as_str() == key).ok_or_else(|| {
            Error::invalid(format!("'{}' is not an order status", text.trim()))
                .with_hint("use placed, paid, shipped, completed, cancelled or disputed")
        })
    }
}

impl rusqlite::types::FromSql for Status {
    fn column_result(v: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
        Status::parse(v.as_str()?).map_err(|e| rusqlite::types::FromSqlError::Other(Box::new(e)))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Pay,
    Ship,
    Receive,
    Cancel,
    Dispute,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Buyer,
    Seller,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Buyer => "buyer",
            Role::Seller => "seller",
        }
    }
}

impl Action {
    const ALL: [Action; 5] = [Action::Pay, Action::Ship, Action::Receive, Action::Cancel, Action::Dispute];

    pub fn as_str(self) -> &'static str {
        match self {
            Action::Pay => "pay",
            Action::Ship => "ship",
            Action::Receive => "receive",
            Action::Cancel => "cancel",
            Action::Dispute => "dispute",
        }
    }

    /// The state this action leads to from `from`, if it is allowed there.
    pub fn next(self, from: Status) -> Option<Status> {
        use Status::*;
        match (self, from) {
            (Action::Pay, Placed) => Some(Paid),
            (Action::Ship, Paid) => Some(Shipped),
            (Action::Receive, Shipped) => Some(Completed),
            (Action::Cancel, Placed | Paid) => Some(Cancelled),
            (Action::Dispute, Shipped) => Some(Disputed),
            _ => None,
        }
    }

    /// Who may take this action.
    pub fn parties(self) -> &'static [Role] {
        match self {
            Action::Pay | Action::Receive | Action::Dispute => &[Role::Buyer],
            Action::Ship => &[Role::Seller],
            Action::Cancel => &[Role::Buyer, Role::Seller],
        }
    }
}

/// "pay (buyer), cancel (buyer or seller)", or "none".
pub fn allowed_moves(from: Status) -> String {
    let moves: Vec<String> = Action::ALL
        .iter()
        .filter(|a| a.next(from).is_some())
        .map(|a| {
            let who: Vec<&str> = a.parties().iter().map(|r| r.as_str()).collect();
            format!("{} ({})", a.as_str(), who.join(" or "))
        })
        .collect();
    if moves.is_empty() { "none".into() } else { moves.join(", ") }
}

#[derive(Debug, Clone, Serialize)]
pub struct Order {
    pub id: OrderId,
    pub listing_id: ListingId,
    pub title: String,
    pub buyer_id: MemberId,
    pub buyer: String,
    pub seller_id: MemberId,
    pub seller: String,
    pub quantity: i64,
    pub unit_price_cents: Money,
    pub total_cents: Money,
    pub status: Status,
    pub offer_id: Option<i64>,
    pub tracking: Option<String>,
    pub cancel_reason: Option<String>,
    pub cancelled_by: Option<String>,
    pub dispute_reason: Option<String>,
    pub placed_at: Timestamp,
    pub paid_at: Option<Timestamp>,
    pub shipped_at: Option<Timestamp>,
    pub completed_at: Option<Timestamp>,
    pub cancelled_at: Option<Timestamp>,
    pub disputed_at: Option<Timestamp>,
}

impl Order {
    /// The member's part in this order, if any.
    pub fn role_of(&self, member: MemberId) -> Option<Role> {
        if member == self.buyer_id {
            Some(Role::Buyer)
        } else if member == self.seller_id {
            Some(Role::Seller)
        } else {
            None
        }
    }
}

const SELECT: &str = "SELECT o.id, o.listing_id, l.title, o.buyer_id, b.username, o.seller_id, s.username, o.quantity,
        o.unit_price_cents, o.total_cents, o.status, o.offer_id, o.tracking, o.cancel_reason, o.dispute_reason,
        o.placed_at, o.paid_at, o.shipped_at, o.completed_at, o.cancelled_at, o.disputed_at,
        (SELECT username FROM users WHERE id = o.cancelled_by)
     FROM orders o JOIN listings l ON l.id = o.listing_id
     JOIN users b ON b.id = o.buyer_id JOIN users s ON s.id = o.seller_id";

fn from_row(r: &Row) -> rusqlite::Result<Order> {
    Ok(Order {
        id: r.get(0)?,
        listing_id: r.get(1)?,
        title: r.get(2)?,
        buyer_id: r.get(3)?,
        buyer: r.get(4)?,
        seller_id: r.get(5)?,
        seller: r.get(6)?,
        quantity: r.get(7)?,
        unit_price_cents: r.get(8)?,
        total_cents: r.get(9)?,
        status: r.get(10)?,
        offer_id: r.get(11)?,
        tracking: r.get(12)?,
        cancel_reason: r.get(13)?,
        dispute_reason: r.get(14)?,
        placed_at: r.get(15)?,
        paid_at: r.get(16)?,
        shipped_at: r.get(17)?,
        completed_at: r.get(18)?,
        cancelled_at: r.get(19)?,
        disputed_at: r.get(20)?,
        cancelled_by: r.get(21)?,
    })
}

pub fn get(conn: &Connection, id: OrderId) -> Result<Order> {
    conn.query_row(&format!("{SELECT} WHERE o.id = ?1"), [id], from_row)
        .optional()?
        .ok_or_else(|| Error::not_found(format!("no order {id}")))
}

/// An order as one of its parties sees it (exit 4 for anyone else).
pub fn get_for(conn: &Connection, actor: &Member, id: OrderId) -> Result<Order> {
    let order = get(conn, id)?;
    if order.role_of(actor.id).is_none() && !actor.admin {
        return Err(Error::not_allowed(format!("order {id} is between {} and {}", order.buyer, order.seller)));
    }
    Ok(order)
}

/// A member's orders, newest first: as buyer, as seller, or both.
pub fn list(conn: &Connection, member: MemberId, role: Option<Role>, status: Option<Status>) -> Result<Vec<Order>> {
    let who = match role {
        Some(Role::Buyer) => "o.buyer_id = ?1",
        Some(Role::Seller) => "o.seller_id = ?1",
        None => "(o.buyer_id = ?1 OR o.seller_id = ?1)",
    };
    let mut stmt = conn.prepare(&format!(
        "{SELECT} WHERE {who} AND (?2 IS NULL OR o.status = ?2) ORDER BY o.placed_at DESC, o.id DESC"
    ))?;
    let rows = stmt.query_map(params![member, status.map(Status::as_str)], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn open_list() -> String {
    Status::OPEN.iter().map(|s| format!("'{}'", s.as_str())).collect::<Vec<_>>().join(", ")
}

pub fn open_count(conn: &Connection, listing: ListingId) -> Result<i64> {
    let sql = format!("SELECT count(*) FROM orders WHERE listing_id = ?1 AND status IN ({})", open_list());
    Ok(conn.query_row(&sql, [listing], |r| r.get(0))?)
}

/// True when the member is a party to an order that is not finished.
pub fn has_open(conn: &Connection, member: MemberId) -> Result<bool> {
    let sql = format!(
        "SELECT EXISTS (SELECT 1 FROM orders WHERE (buyer_id = ?1 OR seller_id = ?1) AND status IN ({}))",
        open_list()
    );
    Ok(conn.query_row(&sql, [member], |r| r.get(0))?)
}

/// Checks that `buyer` may buy `quantity` units of the listing now.
pub fn check_buyable(listing: &listing::Listing, buyer: &Member, quantity: i64) -> Result<()> {
    use listing::Status as L;
    let id = listing.id;
    if listing.seller_id == buyer.id {
        return Err(Error::conflict(format!("listing {id} is yours; you can't buy your own listing")));
    }
    match listing.status {
        L::Active => {}
        L::Reserved => {
            return Err(Error::conflict(format!("listing {id} is sold out: its last unit is reserved by an order")));
        }
        L::Sold => return Err(Error::conflict(format!("listing {id} is sold"))),
        L::Withdrawn => {
            return Err(Error::conflict(format!("listing {id} was withdrawn by its seller")));
        }
    }
    if quantity < 1 {
        return Err(Error::invalid(format!("a quantity is at least 1, not {quantity}")));
    }
    if quantity > listing.quantity {
        return Err(Error::conflict(format!(
            "listing {id} has {} unit(s) left; you asked for {quantity}",
            listing.quantity
        )));
    }
    Ok(())
}

/// Places an order and takes its units from the listing's stock in the
/// caller's (immediate) transaction, so two buyers can't get the last unit.
pub fn place(
    tx: &Transaction,
    buyer: &Member,
    listing_id: ListingId,
    quantity: i64,
    offer: Option<(i64, Money)>,
    now: Timestamp,
) -> Result<Order> {
    let l = listing::get(tx, listing_id)?;
    check_buyable(&l, buyer, quantity)?;
    let unit = offer.map_or(l.price_cents, |(_, price)| price);
    let total = unit
        .minor()
        .checked_mul(quantity)
        .and_then(|t| Money::from_minor(t).ok())
        .ok_or_else(|| Error::invalid("the order's total is too large"))?;
    let id: OrderId = tx.query_row(
        "INSERT INTO orders (listing_id, buyer_id, seller_id, quantity, unit_price_cents, total_cents, status, offer_id, placed_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'placed', ?7, ?8) RETURNING id",
        params![listing_id, buyer.id, l.seller_id, quantity, unit, total, offer.map(|(id, _)| id), now],
        |r| r.get(0),
    )?;
    let left = l.quantity - quantity;
    let status = if left == 0 { listing::Status::Reserved } else { listing::Status::Active };
    tx.execute(
        "UPDATE listings SET quantity = ?1, status = ?2, updated_at = ?3 WHERE id = ?4",
        params![left, status.as_str(), now, listing_id],
    )?;
    event::record(tx, event::Kind::Order, Some(buyer.id), Some(listing_id), None, now)?;
    get(tx, id)
}

/// Moves an order along: only its parties, only the moves its state allows.
pub fn advance(
    tx: &Transaction,
    actor: &Member,
    id: OrderId,
    action: Action,
    note: Option<&str>,
    now: Timestamp,
) -> Result<Order> {
    let order = get(tx, id)?;
    let Some(role) = order.role_of(actor.id) else {
        return Err(Error::not_allowed(format!("order {id} is between {} and {}", order.buyer, order.seller)));
    };
    let Some(next) = action.next(order.status) else {
        return Err(Error::conflict(format!(
            "order {id} is {}; it can't {} now (allowed: {})",
            order.status.as_str(),
            action.as_str(),
            allowed_moves(order.status)
        )));
    };
    if !action.parties().contains(&role) {
        let who: Vec<&str> = action.parties().iter().map(|r| r.as_str()).collect();
        return Err(Error::not_allowed(format!("only the {} can {} order {id}", who.join(" or "), action.as_str())));
    }
    let note = note.map(str::trim).filter(|n| !n.is_empty());
    if action == Action::Ship
        && let Some(t) = note
        && (t.chars().count() > 200 || t.chars().any(char::is_control))
    {
        return Err(Error::invalid("--tracking is at most 200 characters on one line"));
    }
    if let Some(n) = note
        && (n.chars().count() > 1000 || n.chars().any(|c| c.is_control() && c != '\n'))
    {
        return Err(Error::invalid("a note is at most 1,000 characters"));
    }
    match action {
        Action::Pay => tx.execute("UPDATE orders SET status = 'paid', paid_at = ?1 WHERE id = ?2", params![now, id])?,
        Action::Ship => tx.execute(
            "UPDATE orders SET status = 'shipped', shipped_at = ?1, tracking = ?2 WHERE id = ?3",
            params![now, note, id],
        )?,
        Action::Receive => {
            tx.execute("UPDATE orders SET status = 'completed', completed_at = ?1 WHERE id = ?2", params![now, id])?;
            // The listing is sold once no stock and no other open order is left.
            tx.execute(
                &format!(
                    "UPDATE listings SET status = 'sold', updated_at = ?1
                     WHERE id = ?2 AND quantity = 0 AND status = 'reserved'
                       AND NOT EXISTS (SELECT 1 FROM orders WHERE listing_id = ?2 AND status IN ({}))",
                    open_list()
                ),
                params![now, order.listing_id],
            )?;
            event::record(tx, event::Kind::Purchase, Some(order.buyer_id), Some(order.listing_id), None, now)?;
            0
        }
        Action::Cancel => {
            tx.execute(
                "UPDATE orders SET status = 'cancelled', cancelled_at = ?1, cancel_reason = ?2, cancelled_by = ?3 WHERE id = ?4",
                params![now, note, actor.id, id],
            )?;
            tx.execute(
                "UPDATE listings SET quantity = quantity + ?1,
                     status = CASE WHEN status = 'reserved' THEN 'active' ELSE status END, updated_at = ?2
                 WHERE id = ?3",
                params![order.quantity, now, order.listing_id],
            )?
        }
        Action::Dispute => {
            let reason = note.ok_or_else(|| Error::usage("missing --reason").with_hint("say what went wrong"))?;
            tx.execute(
                "UPDATE orders SET status = 'disputed', disputed_at = ?1, dispute_reason = ?2 WHERE id = ?3",
                params![now, reason, id],
            )?
        }
    };
    debug_assert_eq!(get(tx, id)?.status, next);
    get(tx, id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_state_machine_matches_the_design() {
        use Status::*;
        let mut allowed = Vec::new();
        for from in Status::ALL {
            for action in Action::ALL {
                if let Some(to) = action.next(from) {
                    allowed.push((from, action.as_str(), to));
                }
            }
        }
        assert_eq!(
            allowed,
            [
                (Placed, "pay", Paid),
                (Placed, "cancel", Cancelled),
                (Paid, "ship", Shipped),
                (Paid, "cancel", Cancelled),
                (Shipped, "receive", Completed),
                (Shipped, "dispute", Disputed),
            ]
        );
        assert_eq!(allowed_moves(Completed), "none");
        assert_eq!(allowed_moves(Placed), "pay (buyer), cancel (buyer or seller)");
    }
}
