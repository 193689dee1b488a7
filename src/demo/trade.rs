//! What happens in the simulation: shopping sessions, orders and their
//! life-cycle, offers and counters, price drops and withdrawals. Each rule
//! mirrors the domain's (`order`, `offer`, `listing`): only what the real
//! commands would allow happens here.

use super::model::{DAY, Event, FREE, HOUR, LStatus, NONE, OStatus, Off, OrderRow, Out, Query, RING, ReviewRow};
use super::queue::{Effect, FROM_SEARCH, SEARCH_PENDING, TYPO};
use super::sim::Sim;
use crate::error::Result;

/// Probability that a view of a listing at its value turns into an order.
const BUY_BASE: f64 = 0.075;
/// How strongly buyers shy away from a price above the value.
const PRICE_ELASTICITY: f64 = 2.5;
const NO_ITEM: u8 = u8::MAX;

impl Sim<'_> {
    pub(super) fn apply(&mut self, at: i64, what: Effect, out: &mut dyn Out) -> Result<()> {
        let w = self.w;
        match what {
            Effect::Publish(idx) => {
                self.activate(idx);
                let l = &self.listings[idx as usize];
                out.listing(w, idx, l, &self.listings[l.text_of as usize])?;
            }
            Effect::Step { member, session, leaf, item, left, flags } => {
                self.step(at, member, session, leaf, item, left, flags, out)?;
            }
            Effect::Buy { member, listing, qty } => {
                if self.buyable(member, listing, qty) {
                    let price = self.listings[listing as usize].price;
                    self.place(at, listing, member, qty, price, None, out)?;
                }
            }
            Effect::Bid { member, listing, permille } => self.bid(at, member, listing, permille, out)?,
            Effect::Restock { listing, qty } => {
                let l = &mut self.listings[listing as usize];
                l.open -= 1;
                l.qty += qty;
                l.updated = at;
                if l.status == LStatus::Reserved {
                    l.status = LStatus::Active;
                    self.activate(listing);
                }
            }
            Effect::Complete { listing, buyer } => {
                let l = &mut self.listings[listing as usize];
                l.open -= 1;
                if l.qty == 0 && l.status == LStatus::Reserved && l.open == 0 {
                    l.status = LStatus::Sold;
                    l.updated = at;
                }
                let e = Event { kind: "purchase", user: buyer, listing: Some(listing), query: None, at };
                out.event(w, &e)?;
            }
            Effect::Review(i) => out.review(w, &self.reviews[i as usize])?,
            Effect::Decide(k) => self.decide(at, k, out)?,
            Effect::Answer(k) => self.answer(at, k, out)?,
            Effect::Expire(k) => {
                let expires = self.offers[k as usize].expires;
                self.close_offer(k, OStatus::Expired, expires);
            }
            Effect::Retract(k) => self.close_offer(k, OStatus::Withdrawn, at),
            Effect::Drop { listing, round } => self.drop_price(at, listing, round, out)?,
            Effect::Withdraw(listing) => {
                let l = &mut self.listings[listing as usize];
                if l.status == LStatus::Active && l.open == 0 {
                    l.status = LStatus::Withdrawn;
                    l.updated = at;
                    self.deactivate(listing);
                }
            }
            Effect::Watch { member, listing } => {
                // `watch::add`: not one's own listing, and once.
                let l = &self.listings[listing as usize];
                if l.seller != member && self.watched.insert((member, listing)) {
                    out.watch(member, listing, l.price, at)?;
                    out.event(w, &Event { kind: "watch", user: member, listing: Some(listing), query: None, at })?;
                }
            }
            Effect::RingBuy { listing, buyer } => {
                if self.buyable(buyer, listing, 1) {
                    let price = self.listings[listing as usize].price;
                    self.place(at, listing, buyer, 1, price, None, out)?;
                }
            }
        }
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn step(
        &mut self,
        at: i64,
        member: u32,
        session: u32,
        leaf: u16,
        item: u8,
        left: u8,
        flags: u8,
        out: &mut dyn Out,
    ) -> Result<()> {
        let w = self.w;
        if flags & SEARCH_PENDING != 0 {
            let query = Query { session, leaf, item, lang_of: member, typo: flags & TYPO != 0 };
            out.event(w, &Event { kind: "search", user: member, listing: None, query: Some(query), at })?;
            if flags & TYPO != 0 || left == 0 {
                return Ok(());
            }
        }
        let target = if flags & FROM_SEARCH != 0 { item } else { NO_ITEM };
        let Some(idx) = self.choose(member, usize::from(leaf), target, at) else {
            return Ok(());
        };
        self.listings[idx as usize].views += 1;
        let (kind, query) = if flags & FROM_SEARCH != 0 {
            ("click", Some(Query { session, leaf, item, lang_of: member, typo: false }))
        } else {
            ("view", None)
        };
        out.event(w, &Event { kind, user: member, listing: Some(idx), query, at })?;
        self.consider(at, member, idx, flags & FROM_SEARCH != 0);
        if left > 1 {
            let next = at + 20 + self.rng.exponential(90.0) as i64;
            let flags = flags & !SEARCH_PENDING;
            self.push(next, Effect::Step { member, session, leaf, item, left: left - 1, flags });
        }
        Ok(())
    }

    /// One of a few random active listings of the leaf, drawn by appeal
    /// (a Zipf-like law), fit to the member's price band and freshness.
    fn choose(&mut self, member: u32, leaf: usize, item: u8, at: i64) -> Option<u32> {
        let n = self.active[leaf].len();
        if n == 0 {
            return None;
        }
        let p = &self.w.people[member as usize];
        let band = (self.w.cat.leaves[leaf].median * p.budget).max(1.0);
        let hour = (at - self.w.start) as f64 / HOUR as f64;
        let mut picks = [(NONE, 0.0f64); 8];
        for slot in &mut picks {
            let s = self.active[leaf][self.rng.below(n)];
            if s.seller == member {
                continue;
            }
            let x = (f64::from(s.fair).max(1.0) / band).ln();
            let fit = (-x * x / 1.28).exp();
            let fresh = 0.3 + (-(hour - f64::from(s.hour)) / (14.0 * 24.0)).exp();
            let matched = if item != NO_ITEM && s.item == item { 4.0 } else { 1.0 };
            *slot = (s.idx, f64::from(s.appeal) * fit * fresh * matched);
        }
        let weights: Vec<f64> = picks.iter().map(|p| p.1).collect();
        if weights.iter().sum::<f64>() <= 0.0 {
            return None;
        }
        Some(picks[self.rng.weighted(&weights)].0).filter(|i| *i != NONE)
    }

    /// After a view: maybe buy, maybe make an offer.
    fn consider(&mut self, at: i64, member: u32, idx: u32, from_search: bool) {
        let l = &self.listings[idx as usize];
        let free = l.flags & FREE != 0;
        let ratio = l.price as f64 / f64::from(l.fair).max(1.0);
        let mut p = if free { 0.35 } else { (BUY_BASE * ratio.max(0.05).powf(-PRICE_ELASTICITY)).min(0.6) };
        if from_search {
            p *= 1.3;
        }
        let qty = if l.qty > 1 && self.rng.chance(0.25) { 2 } else { 1 };
        if self.rng.chance(p) {
            let when = at + self.rng.int(30, 900);
            self.push(when, Effect::Buy { member, listing: idx, qty });
        } else if !free && self.rng.chance(0.03 * ratio.min(2.0)) {
            let when = at + self.rng.int(60, 1800);
            let permille = self.rng.int(650, 920) as u16;
            self.push(when, Effect::Bid { member, listing: idx, permille });
        } else if self.rng.chance(0.06) {
            let when = at + self.rng.int(5, 300);
            self.push(when, Effect::Watch { member, listing: idx });
        }
    }

    /// What `order::check_buyable` checks.
    fn buyable(&self, member: u32, idx: u32, qty: u16) -> bool {
        let l = &self.listings[idx as usize];
        l.status == LStatus::Active && l.qty >= qty && l.seller != member
    }

    /// `order::place`, then the order's whole life drawn at once: what
    /// happens after `now` is simply not there yet.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn place(
        &mut self,
        at: i64,
        idx: u32,
        buyer: u32,
        qty: u16,
        unit: i64,
        offer: Option<u32>,
        out: &mut dyn Out,
    ) -> Result<()> {
        let w = self.w;
        let l = &mut self.listings[idx as usize];
        l.qty -= qty;
        l.open += 1;
        l.updated = at;
        let seller = l.seller;
        let ring = l.flags & RING != 0;
        if l.qty == 0 {
            l.status = LStatus::Reserved;
            self.deactivate(idx);
        }
        out.event(w, &Event { kind: "order", user: buyer, listing: Some(idx), query: None, at })?;
        let order = self.orders;
        self.orders += 1;
        let q = w.people[seller as usize].quality;
        let now = w.now;
        let mut row = OrderRow {
            idx: order,
            listing: idx,
            buyer,
            seller,
            qty: i64::from(qty),
            unit,
            offer,
            status: "placed",
            placed: at,
            paid: None,
            shipped: None,
            completed: None,
            cancelled: None,
            disputed: None,
        };
        let r = &mut self.rng;
        let cancel_before_pay = !ring && r.chance(0.05 + 0.05 * (1.0 - q));
        if cancel_before_pay {
            let by_buyer = r.chance(0.7);
            row.cancelled = Some((at + r.int(HOUR, 48 * HOUR), by_buyer));
        } else {
            let paid = at + if ring { r.int(300, 1800) } else { 120 + r.exponential(4.0 * HOUR as f64) as i64 };
            row.paid = Some(paid);
            if !ring && r.chance(0.01 + 0.12 * (1.0 - q)) {
                let by_buyer = r.chance(0.3);
                row.cancelled = Some((paid + r.int(2 * HOUR, 72 * HOUR), by_buyer));
            } else {
                let slow = (0.5 + 3.0 * (1.0 - q)) * DAY as f64;
                let shipped = paid + r.int(2 * HOUR, 24 * HOUR) + if ring { 0 } else { r.exponential(slow) as i64 };
                row.shipped = Some(shipped);
                if !ring && r.chance(0.01 + 0.2 * (1.0 - q).powi(2)) {
                    row.disputed = Some(shipped + r.int(2 * DAY, 10 * DAY));
                } else {
                    let extra = if ring { 0 } else { r.exponential(1.5 * DAY as f64) as i64 };
                    row.completed = Some(shipped + r.int(12 * HOUR, 48 * HOUR) + extra);
                }
            }
        }
        cut_at(&mut row, now);
        if let Some((t, _)) = row.cancelled {
            self.push(t, Effect::Restock { listing: idx, qty });
        }
        if let Some(t) = row.completed {
            self.push(t, Effect::Complete { listing: idx, buyer });
            self.sales[seller as usize] += 1;
            self.plan_reviews(order, buyer, seller, t, ring);
        }
        out.order(w, &row)
    }

    /// Reviews follow seller quality; ring members always trade 5 stars.
    fn plan_reviews(&mut self, order: u32, buyer: u32, seller: u32, done: i64, ring: bool) {
        let people = &self.w.people;
        let (qs, qb) = (people[seller as usize].quality, people[buyer as usize].quality);
        let r = &mut self.rng;
        let mut planned = Vec::new();
        if ring || r.chance(0.75) {
            let at = done + if ring { r.int(HOUR, 10 * HOUR) } else { 600 + r.exponential(1.5 * DAY as f64) as i64 };
            let rating = if ring { 5 } else { (1.4 + 3.8 * qs + 0.7 * r.normal()).round().clamp(1.0, 5.0) as i64 };
            planned.push(ReviewRow { order, reviewer: buyer, reviewee: seller, of_seller: true, rating, at });
        }
        if ring || r.chance(0.55) {
            let at = done + if ring { r.int(HOUR, 10 * HOUR) } else { 600 + r.exponential(2.0 * DAY as f64) as i64 };
            let rating = if ring { 5 } else { (2.2 + 3.2 * qb + 0.6 * r.normal()).round().clamp(1.0, 5.0) as i64 };
            planned.push(ReviewRow { order, reviewer: seller, reviewee: buyer, of_seller: false, rating, at });
        }
        for review in planned {
            if review.at < self.w.now {
                let at = review.at;
                self.reviews.push(review);
                self.push(at, Effect::Review(self.reviews.len() as u32 - 1));
            }
        }
    }

    /// `offer::make`: one open offer per buyer and listing.
    fn bid(&mut self, at: i64, member: u32, idx: u32, permille: u16, out: &mut dyn Out) -> Result<()> {
        if !self.buyable(member, idx, 1) || self.open_offers.contains_key(&(member, idx)) {
            return Ok(());
        }
        let asking = self.listings[idx as usize].price;
        let price = self.w.cat.round_asking(asking as f64 * f64::from(permille) / 1000.0);
        if price >= asking {
            return Ok(());
        }
        let seller = self.listings[idx as usize].seller;
        let k = self.new_offer(at, idx, member, seller, price, NONE, out)?;
        out.event(self.w, &Event { kind: "offer", user: member, listing: Some(idx), query: None, at })?;
        let hours = self.w.offer_hours * HOUR;
        let delay = 600 + self.rng.exponential(14.0 * HOUR as f64) as i64;
        if self.rng.chance(0.06) {
            let when = at + self.rng.int(600, delay.min(hours).max(601));
            self.push(when, Effect::Retract(k));
        }
        if delay >= hours {
            self.push(at + hours, Effect::Expire(k));
        } else {
            self.push(at + delay, Effect::Decide(k));
        }
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn new_offer(
        &mut self,
        at: i64,
        listing: u32,
        buyer: u32,
        seller: u32,
        price: i64,
        counter_of: u32,
        out: &mut dyn Out,
    ) -> Result<u32> {
        let k = self.offers.len() as u32;
        self.offers.push(Off {
            listing,
            buyer,
            seller,
            price,
            qty: 1,
            status: OStatus::Open,
            counter_of,
            from_seller: counter_of != NONE,
            created: at,
            expires: at + self.w.offer_hours * HOUR,
            decided: 0,
        });
        self.open_offers.insert((buyer, listing), k);
        out.offer(self.w, k)?;
        Ok(k)
    }

    fn close_offer(&mut self, k: u32, status: OStatus, at: i64) {
        let o = &mut self.offers[k as usize];
        if o.status != OStatus::Open {
            return;
        }
        o.status = status;
        o.decided = at;
        let key = (o.buyer, o.listing);
        if self.open_offers.get(&key) == Some(&k) {
            self.open_offers.remove(&key);
        }
    }

    /// The seller answers: accept (the order is placed at the offer's price),
    /// counter halfway, or decline; an offer on a listing gone is declined.
    fn decide(&mut self, at: i64, k: u32, out: &mut dyn Out) -> Result<()> {
        let o = self.offers[k as usize].clone();
        if o.status != OStatus::Open {
            return Ok(());
        }
        if !self.buyable(o.buyer, o.listing, o.qty) {
            self.close_offer(k, OStatus::Declined, at);
            return Ok(());
        }
        let asking = self.listings[o.listing as usize].price;
        let ratio = o.price as f64 / asking.max(1) as f64;
        if ratio >= self.rng.range(0.78, 0.93) {
            self.close_offer(k, OStatus::Accepted, at);
            return self.place(at, o.listing, o.buyer, o.qty, o.price, Some(k), out);
        }
        let counter = self.w.cat.round_asking((o.price + asking) as f64 / 2.0);
        if ratio >= 0.55 && counter > o.price && counter < asking && self.rng.chance(0.55) {
            self.close_offer(k, OStatus::Countered, at);
            let c = self.new_offer(at, o.listing, o.buyer, o.seller, counter, k, out)?;
            let hours = self.w.offer_hours * HOUR;
            let delay = 300 + self.rng.exponential(10.0 * HOUR as f64) as i64;
            if delay >= hours {
                self.push(at + hours, Effect::Expire(c));
            } else {
                self.push(at + delay, Effect::Answer(c));
            }
        } else {
            self.close_offer(k, OStatus::Declined, at);
        }
        Ok(())
    }

    /// The buyer answers a counter-offer.
    fn answer(&mut self, at: i64, k: u32, out: &mut dyn Out) -> Result<()> {
        let o = self.offers[k as usize].clone();
        if o.status != OStatus::Open {
            return Ok(());
        }
        if self.buyable(o.buyer, o.listing, o.qty) && self.rng.chance(0.6) {
            self.close_offer(k, OStatus::Accepted, at);
            return self.place(at, o.listing, o.buyer, o.qty, o.price, Some(k), out);
        }
        self.close_offer(k, OStatus::Declined, at);
        Ok(())
    }

    /// An unsold listing drops its price by 5-20% (`listing::edit` keeps the history).
    fn drop_price(&mut self, at: i64, idx: u32, round: u8, out: &mut dyn Out) -> Result<()> {
        let l = &self.listings[idx as usize];
        if l.status != LStatus::Active {
            return Ok(());
        }
        let old = l.price;
        let new = self.w.cat.round_asking(old as f64 * self.rng.range(0.80, 0.95));
        if new < old && new > 0 {
            let l = &mut self.listings[idx as usize];
            l.price = new;
            l.updated = at;
            out.price_change(idx, old, new, at)?;
        }
        if round == 1 && self.rng.chance(0.5) {
            let when = at + self.rng.int(10, 30) * DAY;
            self.push(when, Effect::Drop { listing: idx, round: 2 });
        }
        Ok(())
    }
}

/// Forgets every step of an order's life that lies after `now`.
fn cut_at(row: &mut OrderRow, now: i64) {
    let keep = |t: Option<i64>| t.filter(|t| *t < now);
    row.paid = keep(row.paid);
    row.shipped = keep(row.shipped.filter(|_| row.paid.is_some()));
    row.completed = keep(row.completed.filter(|_| row.shipped.is_some()));
    row.disputed = keep(row.disputed.filter(|_| row.shipped.is_some()));
    row.cancelled = row.cancelled.filter(|(t, _)| *t < now);
    if row.cancelled.is_some() && row.shipped.is_some() {
        row.cancelled = None;
    }
    row.status = if row.cancelled.is_some() {
        "cancelled"
    } else if row.completed.is_some() {
        "completed"
    } else if row.disputed.is_some() {
        "disputed"
    } else if row.shipped.is_some() {
        "shipped"
    } else if row.paid.is_some() {
        "paid"
    } else {
        "placed"
    };
}
