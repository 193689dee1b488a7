//! Behaviour events: views, searches, watches, offers, orders, purchases.
//! Owns the `events` table; other modules record through [`record`].

use crate::account::MemberId;
use crate::error::Result;
use crate::listing::ListingId;
use crate::time::Timestamp;
use rusqlite::{Connection, params};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    View,
    Search,
    Click,
    Watch,
    Offer,
    Order,
    Purchase,
}

impl Kind {
    pub const ALL: [Kind; 7] =
        [Kind::View, Kind::Search, Kind::Click, Kind::Watch, Kind::Offer, Kind::Order, Kind::Purchase];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::View => "view",
            Kind::Search => "search",
            Kind::Click => "click",
            Kind::Watch => "watch",
            Kind::Offer => "offer",
            Kind::Order => "order",
            Kind::Purchase => "purchase",
        }
    }
}

pub fn record(
    conn: &Connection,
    kind: Kind,
    user: Option<MemberId>,
    listing: Option<ListingId>,
    query: Option<&str>,
    now: Timestamp,
) -> Result<()> {
    conn.prepare_cached("INSERT INTO events (kind, user_id, listing_id, query, at) VALUES (?1, ?2, ?3, ?4, ?5)")?
        .execute(params![kind.as_str(), user, listing, query, now])?;
    Ok(())
}
