//! A year of market life as a discrete-event simulation: listings arrive
//! with the seasons, members shop in sessions (searches, views, clicks),
//! buy, bargain, ship, cancel, dispute and review, and unsold listings drop
//! their price or are withdrawn. Every effect is applied in time order and
//! checked against the domain rules (stock, order states, one open offer).
//!
//! The simulation never reads what it writes: it runs once to learn every
//! listing's and offer's final state, then again, identically, to write the
//! rows in time order with their final state (see `mod.rs`).

use super::catalogue::{CONDITION_FACTORS, PRICE_NOISE};
use super::model::{
    BURST, DAY, FAR_BELOW, FREE, HOUR, LStatus, Lst, NONE, Off, Out, RING, ReviewRow, SHOW_ORIGINAL, World,
};
use super::people::Person;
use super::queue::{Effect, FROM_SEARCH, Queue, SEARCH_PENDING, Shelf, TYPO};
use super::risk::{self, Special};
use super::rng::{Rng, pick_cumulative};
use crate::error::Result;
use chrono::{DateTime, Datelike};
use std::collections::{HashMap, HashSet};

/// Members who have joined by a time, drawn by a weight.
pub struct Pool {
    members: Vec<u32>,
    joined: Vec<i64>,
    cum: Vec<f64>,
}

impl Pool {
    fn new(people: &[Person], weight: impl Fn(&Person) -> f64) -> Pool {
        let mut pool = Pool { members: Vec::new(), joined: Vec::new(), cum: Vec::new() };
        let mut total = 0.0;
        for (i, p) in people.iter().enumerate() {
            let w = weight(p);
            if w > 0.0 {
                total += w;
                pool.members.push(i as u32);
                pool.joined.push(p.joined);
                pool.cum.push(total);
            }
        }
        pool
    }

    fn pick(&self, rng: &mut Rng, by: i64) -> Option<u32> {
        let n = self.joined.partition_point(|j| *j <= by);
        (n > 0).then(|| self.members[pick_cumulative(rng, &self.cum[..n])])
    }

    /// The share of the pool's weight that has joined by `by`.
    fn joined_share(&self, by: i64) -> f64 {
        let n = self.joined.partition_point(|j| *j <= by);
        match (n, self.cum.last()) {
            (0, _) | (_, None) => 0.0,
            (n, Some(total)) => self.cum[n - 1] / total,
        }
    }
}

/// Relative activity by hour of day (in UTC for every city, for simplicity).
const HOURS: [f64; 24] = [
    0.3, 0.2, 0.1, 0.1, 0.1, 0.2, 0.4, 0.6, 0.8, 0.9, 1.0, 1.1, 1.3, 1.2, 1.0, 1.0, 1.1, 1.2, 1.4, 1.6, 1.8, 1.7, 1.2,
    0.6,
];

pub struct Sim<'w> {
    pub w: &'w World,
    pub(super) rng: Rng,
    queue: Queue,
    pub listings: Vec<Lst>,
    pub(super) active: Vec<Vec<Shelf>>,
    pub offers: Vec<Off>,
    pub(super) open_offers: HashMap<(u32, u32), u32>,
    pub(super) watched: HashSet<(u32, u32)>,
    pub orders: u32,
    pub(super) reviews: Vec<ReviewRow>,
    sessions: u32,
    sellers: Pool,
    family_sellers: Vec<Pool>,
    shoppers: Pool,
    hours: Vec<f64>,
    pub dup_masters: Vec<u32>,
    pub dup_members: Vec<Vec<u32>>,
    pub far_below: Vec<u32>,
    pub sales: Vec<u32>,
    pub(super) ring_leaves: Vec<usize>,
    pub(super) hot_leaves: Vec<usize>,
}

impl<'w> Sim<'w> {
    pub fn new(w: &'w World) -> Sim<'w> {
        let people = &w.people;
        let sells = |p: &Person| if p.role == super::people::Role::Burst { 0.0 } else { p.selling };
        let family_sellers = (0..super::words::FAMILIES.len())
            .map(|f| {
                Pool::new(people, |p| {
                    let likes = p.tastes.iter().any(|(l, _)| w.cat.leaves[*l].family == f);
                    if likes { sells(p) } else { 0.0 }
                })
            })
            .collect();
        let find = |slugs: &[&str]| -> Vec<usize> {
            (0..w.cat.leaves.len()).filter(|l| slugs.contains(&w.cat.leaves[*l].leaf.slug)).collect()
        };
        Sim {
            w,
            rng: Rng::derived(w.seed, 1, 0),
            queue: Queue::new(w.start),
            listings: Vec::new(),
            active: vec![Vec::new(); w.cat.leaves.len()],
            offers: Vec::new(),
            open_offers: HashMap::new(),
            watched: HashSet::new(),
            orders: 0,
            reviews: Vec::new(),
            sessions: 0,
            sellers: Pool::new(people, sells),
            family_sellers,
            shoppers: Pool::new(people, |p| p.activity),
            hours: HOURS
                .iter()
                .scan(0.0, |acc, h| {
                    *acc += h;
                    Some(*acc)
                })
                .collect(),
            dup_masters: vec![NONE; w.dup_groups as usize],
            dup_members: vec![Vec::new(); w.dup_groups as usize],
            far_below: Vec::new(),
            sales: vec![0; people.len()],
            ring_leaves: find(risk::RING_LEAVES),
            hot_leaves: find(risk::HOT_LEAVES),
        }
    }

    pub(super) fn push(&mut self, at: i64, what: Effect) {
        if at < self.w.now {
            self.queue.push(at, what);
        }
    }

    fn time_of_day(&mut self, t0: i64) -> i64 {
        let hour = pick_cumulative(&mut self.rng, &self.hours) as i64;
        t0 + hour * HOUR + self.rng.int(0, HOUR - 1)
    }

    /// Runs the year; `progress` hears the number of days done.
    pub fn run(&mut self, out: &mut dyn Out, progress: &mut dyn FnMut(u64)) -> Result<()> {
        let w = self.w;
        let days = ((w.now - w.start) / DAY).max(1) as usize;
        let listing_days = self.allocate(days, w.regular_listings, true);
        let session_days = self.allocate(days, w.sessions, false);
        let mut next_special = 0;
        for d in 0..days {
            let t0 = w.start + d as i64 * DAY;
            let t1 = t0 + DAY;
            let doy = day_of_year(t0);
            self.queue.begin(d);
            let leaf_cum = self.leaf_weights(doy);
            let mut arrivals: Vec<(i64, Option<Special>)> = Vec::new();
            for _ in 0..listing_days[d] {
                arrivals.push((self.time_of_day(t0), None));
            }
            while let Some(p) = w.specials.get(next_special).filter(|p| p.at < t1) {
                arrivals.push((p.at.max(t0), Some(p.what)));
                next_special += 1;
            }
            arrivals.sort_by_key(|(t, _)| *t);
            for (t, special) in arrivals {
                if let Some(idx) = self.draw_listing(t, &leaf_cum, special) {
                    self.push(t, Effect::Publish(idx));
                }
            }
            for _ in 0..session_days[d] {
                let t = self.time_of_day(t0);
                if let Some(m) = self.shoppers.pick(&mut self.rng, t0) {
                    self.start_session(t, m, doy, &leaf_cum);
                }
            }
            while let Some((at, what)) = self.queue.pop_before(t1) {
                self.apply(at, what, out)?;
            }
            progress(d as u64 + 1);
        }
        Ok(())
    }

    /// Splits `total` over the days by season, weekday and how many members
    /// have joined, so that the parts add up exactly.
    fn allocate(&self, days: usize, total: usize, selling: bool) -> Vec<usize> {
        let w = self.w;
        let fw: f64 = w.cat.family_weights.iter().sum();
        let weights: Vec<f64> = (0..days)
            .map(|d| {
                let t0 = w.start + d as i64 * DAY;
                let doy = day_of_year(t0);
                let season: f64 = super::words::FAMILIES
                    .iter()
                    .zip(&w.cat.family_weights)
                    .map(|(f, weight)| f.season(doy) * weight)
                    .sum::<f64>()
                    / fw.max(1e-9);
                let weekday = match DateTime::from_timestamp(t0, 0).map(|t| t.weekday().number_from_monday()) {
                    Some(6 | 7) => 1.3,
                    _ => 0.92,
                };
                let pool = if selling { &self.sellers } else { &self.shoppers };
                season * weekday * (0.3 + 0.7 * pool.joined_share(t0))
            })
            .collect();
        let sum: f64 = weights.iter().sum();
        let mut acc = 0.0;
        let mut given = 0usize;
        weights
            .iter()
            .map(|wt| {
                acc += wt;
                let upto = ((acc / sum) * total as f64).round() as usize;
                let n = upto.saturating_sub(given);
                given += n;
                n
            })
            .collect()
    }

    /// Cumulative leaf weights for a day: share of listings times the season.
    fn leaf_weights(&self, doy: u32) -> Vec<f64> {
        let mut acc = 0.0;
        self.w
            .cat
            .leaves
            .iter()
            .map(|l| {
                acc += l.weight * l.fam().season(doy);
                acc
            })
            .collect()
    }

    fn draw_listing(&mut self, t: i64, leaf_cum: &[f64], special: Option<Special>) -> Option<u32> {
        let w = self.w;
        let idx = self.listings.len() as u32;
        let (seller, leaf, mut flags) = match special {
            None => {
                let leaf = pick_cumulative(&mut self.rng, leaf_cum);
                let family = w.cat.leaves[leaf].family;
                let seller =
                    if self.rng.chance(0.75) { self.family_sellers[family].pick(&mut self.rng, t) } else { None };
                (seller.or_else(|| self.sellers.pick(&mut self.rng, t))?, leaf, 0)
            }
            Some(Special::Ring { seller, .. }) => (seller, self.pick_leaf(true), RING),
            Some(Special::Burst { seller }) => (seller, self.pick_leaf(false), BURST),
            Some(Special::DupMaster { .. }) => (self.sellers.pick(&mut self.rng, t)?, self.pick_leaf(false), 0),
            Some(Special::DupCopy { group }) => {
                let master = *self.dup_masters.get(group as usize)?;
                let m = self.listings.get(master as usize)?.clone();
                let mut seller = self.sellers.pick(&mut self.rng, t)?;
                for _ in 0..5 {
                    if !self.dup_members[group as usize].iter().any(|l| self.listings[*l as usize].seller == seller) {
                        break;
                    }
                    seller = self.sellers.pick(&mut self.rng, t)?;
                }
                let far = self.rng.chance(0.3);
                let noise = self.rng.lognormal(0.0, PRICE_NOISE);
                let mut l = Lst { seller, created: t, updated: t, text_of: master, views: 0, open: 0, ..m };
                l.qty = l.qty0;
                l.status = LStatus::Active;
                l.pos = NONE;
                l.flags &= FREE | SHOW_ORIGINAL;
                l.price = self.asking(f64::from(l.fair), noise, l.flags & FREE != 0, far);
                if far {
                    l.flags |= FAR_BELOW;
                    self.far_below.push(idx);
                }
                self.dup_members[group as usize].push(idx);
                self.listings.push(l);
                self.schedule_changes(idx, t);
                return Some(idx);
            }
        };
        let li = &w.cat.leaves[leaf];
        let fam = li.fam();
        let original = w.cat.round_original(self.rng.lognormal(li.median.ln(), li.leaf.sigma));
        let item = nearest_item(&mut self.rng, li.leaf.items, original as f64 / w.cat.scale);
        let brand_new = self.rng.chance(0.06);
        let age_days = if brand_new {
            self.rng.int(0, 60)
        } else {
            let mean = fam.age_years * 365.0 / 2.0;
            (self.rng.exponential(mean) + self.rng.exponential(mean)).clamp(7.0, 5000.0) as i64
        };
        let cond = if brand_new {
            if self.rng.chance(0.7) { 0 } else { 1 }
        } else {
            condition(&mut self.rng, age_days as f64 / (fam.age_years * 365.0))
        };
        let fair = original as f64 * li.dep.share(age_days as f64) * CONDITION_FACTORS[cond];
        let free = flags & RING == 0 && self.rng.chance(li.leaf.free);
        let far = match special {
            Some(Special::Burst { .. }) => !free && self.rng.chance(0.5),
            None => !free && self.rng.chance(0.002),
            _ => false,
        };
        if free {
            flags |= FREE;
        }
        if self.rng.chance(0.85) || cond == 0 {
            flags |= SHOW_ORIGINAL;
        }
        if far {
            flags |= FAR_BELOW;
            self.far_below.push(idx);
        }
        let noise = self.rng.lognormal(0.0, PRICE_NOISE);
        let qty = if self.rng.chance(li.leaf.multi) { self.rng.int(2, 6) } else { 1 } as u16;
        let appeal = self.rng.pareto(1.3, 200.0) as f32;
        let price = self.asking(fair, noise, free, far);
        self.listings.push(Lst {
            created: t,
            updated: t,
            price,
            original,
            fair: fair as f32,
            appeal,
            seller,
            pos: NONE,
            text_of: idx,
            views: 0,
            leaf: leaf as u16,
            age_days: age_days as u16,
            qty,
            qty0: qty,
            open: 0,
            item: item as u8,
            cond: cond as u8,
            status: LStatus::Active,
            flags,
        });
        match special {
            Some(Special::DupMaster { group }) => {
                self.dup_masters[group as usize] = idx;
                self.dup_members[group as usize].push(idx);
            }
            Some(Special::Ring { buyer, .. }) => {
                let at = t + self.rng.int(300, 2400);
                self.push(at, Effect::RingBuy { listing: idx, buyer });
            }
            _ => {}
        }
        if flags & RING == 0 {
            self.schedule_changes(idx, t);
        }
        Some(idx)
    }

    /// A leaf for a ring trade (cheap things) or a scam (what sells fast).
    fn pick_leaf(&mut self, ring: bool) -> usize {
        let pool = if ring { &self.ring_leaves } else { &self.hot_leaves };
        if pool.is_empty() { self.rng.below(self.w.cat.leaves.len()) } else { pool[self.rng.below(pool.len())] }
    }

    /// The asking price for a value: noise around it, or far below it.
    fn asking(&mut self, fair: f64, noise: f64, free: bool, far: bool) -> i64 {
        if free {
            return 0;
        }
        let share = if far { self.rng.range(risk::FAR_BELOW.0, risk::FAR_BELOW.1) } else { noise };
        self.w.cat.round_asking(fair * share)
    }

    /// Price drops after a few weeks unsold, and a withdrawal after months.
    fn schedule_changes(&mut self, idx: u32, t: i64) {
        if self.listings[idx as usize].flags & FREE == 0 && self.rng.chance(0.6) {
            let at = t + self.rng.int(7, 30) * DAY;
            self.push(at, Effect::Drop { listing: idx, round: 1 });
        }
        if self.rng.chance(0.55) {
            let at = t + self.rng.int(30, 150) * DAY;
            self.push(at, Effect::Withdraw(idx));
        }
    }

    pub(super) fn activate(&mut self, idx: u32) {
        let start = self.w.start;
        let l = &mut self.listings[idx as usize];
        if l.pos == NONE {
            let list = &mut self.active[usize::from(l.leaf)];
            l.pos = list.len() as u32;
            list.push(Shelf {
                idx,
                seller: l.seller,
                fair: l.fair,
                appeal: l.appeal,
                hour: ((l.created - start).max(0) / HOUR) as u32,
                item: l.item,
            });
        }
    }

    pub(super) fn deactivate(&mut self, idx: u32) {
        let (leaf, pos) = {
            let l = &self.listings[idx as usize];
            (usize::from(l.leaf), l.pos)
        };
        if pos == NONE {
            return;
        }
        let list = &mut self.active[leaf];
        list.swap_remove(pos as usize);
        if let Some(moved) = list.get(pos as usize) {
            self.listings[moved.idx as usize].pos = pos;
        }
        self.listings[idx as usize].pos = NONE;
    }

    fn start_session(&mut self, t: i64, member: u32, doy: u32, leaf_cum: &[f64]) {
        let w = self.w;
        let p = &w.people[member as usize];
        let leaf = if !p.tastes.is_empty() && self.rng.chance(0.85) {
            let weights: Vec<f64> = p.tastes.iter().map(|(l, wt)| wt * w.cat.leaves[*l].fam().season(doy)).collect();
            p.tastes[self.rng.weighted(&weights)].0
        } else {
            pick_cumulative(&mut self.rng, leaf_cum)
        };
        let search = self.rng.chance(0.35);
        let items = w.cat.leaves[leaf].leaf.items.len();
        let item = self.rng.below(items) as u8;
        let views = if search {
            self.rng.exponential(1.6).min(10.0) as u8
        } else {
            1 + self.rng.exponential(2.2).min(11.0) as u8
        };
        let typo = search && self.rng.chance(0.04);
        let flags = if search { SEARCH_PENDING | FROM_SEARCH } else { 0 } | if typo { TYPO } else { 0 };
        let session = self.sessions;
        self.sessions += 1;
        self.push(t, Effect::Step { member, session, leaf: leaf as u16, item, left: views, flags });
    }
}

pub fn day_of_year(t: i64) -> u32 {
    DateTime::from_timestamp(t, 0).map_or(1, |d| d.ordinal())
}

/// The item whose new price is nearest (on a log scale, with some slack).
fn nearest_item(rng: &mut Rng, items: &[super::words::Item], euros: f64) -> usize {
    let target = euros.max(0.01).ln() + 0.12 * rng.normal();
    items
        .iter()
        .enumerate()
        .min_by(|a, b| {
            let da = (a.1.price.ln() - target).abs();
            let db = (b.1.price.ln() - target).abs();
            da.total_cmp(&db)
        })
        .map_or(0, |(i, _)| i)
}

/// A condition (index of `Condition::ALL`) for an item `ratio` times the
/// family's typical age.
fn condition(rng: &mut Rng, ratio: f64) -> usize {
    let wear = ratio * rng.lognormal(0.0, 0.5);
    if rng.chance(0.02) {
        5
    } else if wear < 0.3 {
        1
    } else if wear < 1.0 {
        2
    } else if wear < 2.0 {
        3
    } else if wear < 3.2 {
        4
    } else {
        5
    }
}
