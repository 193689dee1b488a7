//! The simulation's data: the world it starts from, the compact state of
//! listings and offers, and the rows it hands to its output.

use super::catalogue::Catalogue;
use super::people::Person;
use super::risk::Planned;
use crate::error::Result;

pub const DAY: i64 = 86_400;
pub const HOUR: i64 = 3_600;
pub const NONE: u32 = u32::MAX;

/// Everything fixed before the simulation starts.
pub struct World {
    pub seed: u64,
    pub start: i64,
    pub now: i64,
    pub cat: Catalogue,
    pub people: Vec<Person>,
    pub specials: Vec<Planned>,
    pub dup_groups: u32,
    pub regular_listings: usize,
    pub sessions: usize,
    pub offer_hours: i64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LStatus {
    Active,
    Reserved,
    Sold,
    Withdrawn,
}

impl LStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            LStatus::Active => "active",
            LStatus::Reserved => "reserved",
            LStatus::Sold => "sold",
            LStatus::Withdrawn => "withdrawn",
        }
    }
}

/// `Lst::flags`: a giveaway, the original price shown, and the planted patterns.
pub const FREE: u8 = 1;
pub const SHOW_ORIGINAL: u8 = 2;
pub const FAR_BELOW: u8 = 4;
pub const RING: u8 = 8;
pub const BURST: u8 = 16;

/// A listing's state, kept small: a large demo holds a million of them.
#[derive(Debug, Clone)]
pub struct Lst {
    pub created: i64,
    pub updated: i64,
    pub price: i64,
    pub original: i64,
    /// The model's value (minor units) before noise: the known truth.
    pub fair: f32,
    pub appeal: f32,
    pub seller: u32,
    /// Position in its leaf's active list, or NONE.
    pub pos: u32,
    /// The listing whose text this one uses (itself, or a duplicated ad).
    pub text_of: u32,
    pub views: u32,
    pub leaf: u16,
    pub age_days: u16,
    pub qty: u16,
    pub qty0: u16,
    pub open: u16,
    pub item: u8,
    pub cond: u8,
    pub status: LStatus,
    pub flags: u8,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OStatus {
    Open,
    Accepted,
    Declined,
    Withdrawn,
    Expired,
    Countered,
}

impl OStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            OStatus::Open => "open",
            OStatus::Accepted => "accepted",
            OStatus::Declined => "declined",
            OStatus::Withdrawn => "withdrawn",
            OStatus::Expired => "expired",
            OStatus::Countered => "countered",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Off {
    pub listing: u32,
    pub buyer: u32,
    pub seller: u32,
    pub price: i64,
    pub qty: u16,
    pub status: OStatus,
    pub counter_of: u32,
    pub from_seller: bool,
    pub created: i64,
    pub expires: i64,
    pub decided: i64,
}

pub struct OrderRow {
    pub idx: u32,
    pub listing: u32,
    pub buyer: u32,
    pub seller: u32,
    pub qty: i64,
    pub unit: i64,
    pub offer: Option<u32>,
    pub status: &'static str,
    pub placed: i64,
    pub paid: Option<i64>,
    pub shipped: Option<i64>,
    pub completed: Option<i64>,
    pub cancelled: Option<(i64, bool)>,
    pub disputed: Option<i64>,
}

pub struct ReviewRow {
    pub order: u32,
    pub reviewer: u32,
    pub reviewee: u32,
    /// True when the reviewee was the seller.
    pub of_seller: bool,
    pub rating: i64,
    pub at: i64,
}

/// What a search event's query was about; the text is rendered by the writer.
#[derive(Debug, Clone, Copy)]
pub struct Query {
    pub session: u32,
    pub leaf: u16,
    pub item: u8,
    pub lang_of: u32,
    pub typo: bool,
}

pub struct Event {
    pub kind: &'static str,
    pub user: u32,
    pub listing: Option<u32>,
    pub query: Option<Query>,
    pub at: i64,
}

/// Where the simulation's rows go: nowhere on the first run, the market on the second.
pub trait Out {
    fn listing(&mut self, w: &World, idx: u32, l: &Lst, text_of: &Lst) -> Result<()>;
    fn event(&mut self, w: &World, e: &Event) -> Result<()>;
    fn order(&mut self, w: &World, o: &OrderRow) -> Result<()>;
    fn offer(&mut self, w: &World, idx: u32) -> Result<()>;
    fn review(&mut self, w: &World, r: &ReviewRow) -> Result<()>;
    fn watch(&mut self, member: u32, listing: u32, price: i64, at: i64) -> Result<()>;
    fn price_change(&mut self, idx: u32, old: i64, new: i64, at: i64) -> Result<()>;
}

pub struct Nowhere;

impl Out for Nowhere {
    fn listing(&mut self, _: &World, _: u32, _: &Lst, _: &Lst) -> Result<()> {
        Ok(())
    }
    fn event(&mut self, _: &World, _: &Event) -> Result<()> {
        Ok(())
    }
    fn order(&mut self, _: &World, _: &OrderRow) -> Result<()> {
        Ok(())
    }
    fn offer(&mut self, _: &World, _: u32) -> Result<()> {
        Ok(())
    }
    fn review(&mut self, _: &World, _: &ReviewRow) -> Result<()> {
        Ok(())
    }
    fn price_change(&mut self, _: u32, _: i64, _: i64, _: i64) -> Result<()> {
        Ok(())
    }
    fn watch(&mut self, _: u32, _: u32, _: i64, _: i64) -> Result<()> {
        Ok(())
    }
}
