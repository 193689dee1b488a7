//! The planted risky patterns, for `report risk` to find: a review ring
//! (members who buy from each other and trade 5-star reviews), a burst of
//! listings from accounts made the same morning, one ad text under several
//! sellers, and prices far below an item's value.

use super::model::DAY;
use super::people::{Person, Role};
use super::rng::Rng;

/// A listing that does not arrive by chance.
#[derive(Debug, Clone, Copy)]
pub enum Special {
    /// Listed by one ring member and bought at once by another.
    Ring { seller: u32, buyer: u32 },
    /// One of a new account's burst of listings.
    Burst { seller: u32 },
    /// The first listing of a duplicated text.
    DupMaster { group: u32 },
    /// The same text again, from another seller.
    DupCopy { group: u32 },
}

pub struct Planned {
    pub at: i64,
    pub what: Special,
}

/// Ring trades go through these cheap categories.
pub const RING_LEAVES: &[&str] = &["phone-accessories", "novels", "toys", "collectibles", "tops"];
/// Scams copy ads for what sells fast.
pub const HOT_LEAVES: &[&str] = &["smartphones", "game-consoles", "laptops", "tablets", "smartwatches"];
/// Share of an item's value asked by a far-below-value listing.
pub const FAR_BELOW: (f64, f64) = (0.15, 0.35);
pub const RING_ROUNDS: usize = 3;

/// Every special listing, in time order.
pub fn plan(rng: &mut Rng, people: &[Person], start: i64, now: i64, dup_groups: u32) -> Vec<Planned> {
    let mut planned = Vec::new();
    let mut rings: Vec<Vec<u32>> = Vec::new();
    for (i, p) in people.iter().enumerate() {
        if let Role::Ring(r) = p.role {
            let r = usize::from(r);
            if rings.len() <= r {
                rings.resize(r + 1, Vec::new());
            }
            rings[r].push(i as u32);
        }
    }
    let span = now - start;
    for ring in &rings {
        for _ in 0..RING_ROUNDS {
            for &seller in ring {
                for &buyer in ring {
                    if seller != buyer {
                        let at = start + 20 * DAY + (rng.f64() * (span - 50 * DAY) as f64) as i64;
                        planned.push(Planned { at, what: Special::Ring { seller, buyer } });
                    }
                }
            }
        }
    }
    for (i, p) in people.iter().enumerate() {
        if p.role == Role::Burst {
            for _ in 0..rng.int(6, 12) {
                let at = (p.joined + rng.int(600, 20 * 3600)).min(now - 1);
                planned.push(Planned { at, what: Special::Burst { seller: i as u32 } });
            }
        }
    }
    for group in 0..dup_groups {
        let at = start + rng.int(60, 330) * DAY;
        planned.push(Planned { at, what: Special::DupMaster { group } });
        for _ in 0..rng.int(3, 4) {
            let copy = (at + rng.int(3600, 14 * DAY)).min(now - 1);
            planned.push(Planned { at: copy, what: Special::DupCopy { group } });
        }
    }
    planned.sort_by_key(|p| p.at);
    planned
}

/// Ring member and burst account usernames, for the settings and `--explain`.
pub fn describe(people: &[Person]) -> (Vec<Vec<String>>, Vec<String>) {
    let mut rings: Vec<Vec<String>> = Vec::new();
    let mut burst = Vec::new();
    for p in people {
        match p.role {
            Role::Ring(r) => {
                let r = usize::from(r);
                if rings.len() <= r {
                    rings.resize(r + 1, Vec::new());
                }
                rings[r].push(p.username.clone());
            }
            Role::Burst => burst.push(p.username.clone()),
            Role::Regular => {}
        }
    }
    (rings, burst)
}
