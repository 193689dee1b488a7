//! The simulation's agenda: effects due at a time, kept in time order.

use super::model::DAY;
use std::cmp::Reverse;
use std::collections::BinaryHeap;

/// Something due at a time. Numbers index the simulation's listings,
/// members, offers and reviews.
#[derive(Debug, Clone, Copy)]
pub enum Effect {
    /// A listing goes on sale.
    Publish(u32),
    /// One step of a shopping session: a search, then a view or a click.
    Step {
        member: u32,
        session: u32,
        leaf: u16,
        item: u8,
        left: u8,
        flags: u8,
    },
    /// A member orders what they viewed a moment ago, if it is still there.
    Buy {
        member: u32,
        listing: u32,
        qty: u16,
    },
    /// A member offers a share (per mille) of the asking price.
    Bid {
        member: u32,
        listing: u32,
        permille: u16,
    },
    /// A cancelled order's units go back on sale.
    Restock {
        listing: u32,
        qty: u16,
    },
    /// An order completes: the buyer's purchase, perhaps the listing sold.
    Complete {
        listing: u32,
        buyer: u32,
    },
    Review(u32),
    /// The seller answers an offer.
    Decide(u32),
    /// The buyer answers a counter-offer.
    Answer(u32),
    /// An offer nobody answered in time expires.
    Expire(u32),
    /// The buyer takes an offer back.
    Retract(u32),
    /// An unsold listing's price drops.
    Drop {
        listing: u32,
        round: u8,
    },
    /// An unsold listing is withdrawn.
    Withdraw(u32),
    Watch {
        member: u32,
        listing: u32,
    },
    /// A ring member buys their partner's listing at once.
    RingBuy {
        listing: u32,
        buyer: u32,
    },
}

/// `Step` flags.
pub const SEARCH_PENDING: u8 = 1;
pub const FROM_SEARCH: u8 = 2;
pub const TYPO: u8 = 4;

struct Due {
    at: i64,
    seq: u64,
    what: Effect,
}

impl PartialEq for Due {
    fn eq(&self, other: &Self) -> bool {
        (self.at, self.seq) == (other.at, other.seq)
    }
}
impl Eq for Due {}
impl PartialOrd for Due {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Due {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        (self.at, self.seq).cmp(&(other.at, other.seq))
    }
}

/// Effects in time order: a bucket per day, and a heap for the day at hand
/// only (a heap of the whole year's pending effects is needlessly slow).
pub struct Queue {
    today: BinaryHeap<Reverse<Due>>,
    later: Vec<Vec<Due>>,
    day: usize,
    start: i64,
    seq: u64,
}

impl Queue {
    pub fn new(start: i64) -> Queue {
        Queue { today: BinaryHeap::new(), later: Vec::new(), day: 0, start, seq: 0 }
    }

    pub fn push(&mut self, at: i64, what: Effect) {
        self.seq += 1;
        let due = Due { at, seq: self.seq, what };
        let day = ((at - self.start).max(0) / DAY) as usize;
        if day <= self.day {
            self.today.push(Reverse(due));
        } else {
            if self.later.len() <= day {
                self.later.resize_with(day + 1, Vec::new);
            }
            self.later[day].push(due);
        }
    }

    pub fn begin(&mut self, day: usize) {
        self.day = day;
        if let Some(bucket) = self.later.get_mut(day) {
            for due in std::mem::take(bucket) {
                self.today.push(Reverse(due));
            }
        }
    }

    pub fn pop_before(&mut self, t: i64) -> Option<(i64, Effect)> {
        if self.today.peek().is_some_and(|Reverse(due)| due.at < t) {
            self.today.pop().map(|Reverse(due)| (due.at, due.what))
        } else {
            None
        }
    }
}

/// A listing on the shelf (active), with what choosing among them needs at
/// hand: reading these from a small array beats chasing a million listings.
#[derive(Debug, Clone, Copy)]
pub struct Shelf {
    pub idx: u32,
    pub seller: u32,
    pub fair: f32,
    pub appeal: f32,
    /// Hours since the demo's start.
    pub hour: u32,
    pub item: u8,
}
