//! Writes the simulation into the market: members, listings with their tags,
//! price changes, events, offers, orders and reviews, through prepared
//! statements in the caller's transaction. Rows carry the final state the
//! first run found, so nothing is written twice.

use super::model::{Event, FREE, LStatus, Lst, NONE, Off, OrderRow, Out, ReviewRow, SHOW_ORIGINAL, World};
use super::people::{CITIES, Lang, Person};
use super::rng::Rng;
use super::text::{self, Facts};
use crate::error::{Error, Result};
use crate::listing::Condition;
use chrono::{DateTime, Days, SecondsFormat};
use rusqlite::{Statement, Transaction, params};
use serde::Serialize;

/// Streams of the derived random numbers that render text.
const TEXT: u64 = 10;
const QUERY: u64 = 11;
const ORDER_NOTES: u64 = 12;
const REVIEW_NOTES: u64 = 13;

/// RFC 3339 in whole seconds, as `Timestamp` writes it.
pub fn ts(secs: i64) -> String {
    DateTime::from_timestamp(secs, 0).map(|t| t.to_rfc3339_opts(SecondsFormat::Secs, true)).unwrap_or_default()
}

/// The final state of a listing, learnt on the first run.
#[derive(Debug, Clone, Copy)]
pub struct Final {
    pub status: LStatus,
    pub qty: u16,
    pub price: i64,
    pub updated: i64,
}

/// Rows the demo added, per table.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Counts {
    pub users: u64,
    pub listings: u64,
    pub listing_tags: u64,
    pub price_changes: u64,
    pub events: u64,
    pub offers: u64,
    pub orders: u64,
    pub reviews: u64,
    pub watches: u64,
}

/// The first id each table's demo rows take.
#[derive(Debug, Clone, Copy)]
pub struct Ids {
    pub user: i64,
    pub listing: i64,
    pub order: i64,
    pub offer: i64,
}

impl Ids {
    pub fn load(tx: &Transaction) -> Result<Ids> {
        let next = |table: &str| -> Result<i64> {
            let max: i64 = tx.query_row(&format!("SELECT coalesce(max(id), 0) FROM {table}"), [], |r| r.get(0))?;
            Ok(max + 1)
        };
        Ok(Ids { user: next("users")?, listing: next("listings")?, order: next("orders")?, offer: next("offers")? })
    }
}

pub fn members(tx: &Transaction, people: &[Person], ids: Ids, hash: &str) -> Result<u64> {
    let mut stmt = tx.prepare(
        "INSERT INTO users (id, username, email, display_name, place, lat, lon, password_hash, is_admin, is_demo, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 1, ?10)",
    )?;
    for (i, p) in people.iter().enumerate() {
        crate::account::normalise_username(&p.username)?;
        stmt.execute(params![
            ids.user + i as i64,
            p.username,
            p.email,
            p.display_name,
            p.place,
            p.lat,
            p.lon,
            hash,
            p.admin,
            ts(p.joined)
        ])?;
    }
    Ok(people.len() as u64)
}

pub struct Writer<'t> {
    listing: Statement<'t>,
    tag: Statement<'t>,
    event: Statement<'t>,
    order: Statement<'t>,
    offer: Statement<'t>,
    review: Statement<'t>,
    price: Statement<'t>,
    watch: Statement<'t>,
    finals: Vec<Final>,
    offers: Vec<Off>,
    ids: Ids,
    /// Per leaf: its category names as the search index sees them.
    category_text: Vec<String>,
    pub counts: Counts,
}

impl<'t> Writer<'t> {
    pub fn new(tx: &'t Transaction, w: &World, finals: Vec<Final>, offers: Vec<Off>, ids: Ids) -> Result<Writer<'t>> {
        let category_text =
            w.cat.leaves.iter().map(|l| crate::search::category_text(tx, l.category_id)).collect::<Result<Vec<_>>>()?;
        Ok(Writer {
            listing: tx.prepare(
                "INSERT INTO listings (id, seller_id, title, description, category_id, condition, price_cents,
                     original_price_cents, acquired_on, quantity, lat, lon, place, status, is_free, created_at, updated_at,
                     tags_text, category_text, cjk_text)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20)",
            )?,
            tag: tx.prepare("INSERT INTO listing_tags (listing_id, tag) VALUES (?1, ?2)")?,
            event: tx.prepare(
                "INSERT INTO events (kind, user_id, listing_id, query, at) VALUES (?1, ?2, ?3, ?4, ?5)",
            )?,
            order: tx.prepare(
                "INSERT INTO orders (id, listing_id, buyer_id, seller_id, quantity, unit_price_cents, total_cents, status,
                     offer_id, tracking, cancel_reason, cancelled_by, dispute_reason, placed_at, paid_at, shipped_at,
                     completed_at, cancelled_at, disputed_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)",
            )?,
            offer: tx.prepare(
                "INSERT INTO offers (id, listing_id, buyer_id, seller_id, price_cents, quantity, status, counter_of,
                     from_seller, created_at, expires_at, decided_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
            )?,
            review: tx.prepare(
                "INSERT INTO reviews (order_id, reviewer_id, reviewee_id, role, rating, comment, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            )?,
            price: tx.prepare(
                "INSERT INTO price_changes (listing_id, old_price_cents, new_price_cents, changed_at)
                 VALUES (?1, ?2, ?3, ?4)",
            )?,
            watch: tx.prepare(
                "INSERT INTO watches (user_id, listing_id, price_cents_then, created_at) VALUES (?1, ?2, ?3, ?4)",
            )?,
            finals,
            offers,
            ids,
            category_text,
            counts: Counts::default(),
        })
    }

    fn user(&self, idx: u32) -> i64 {
        self.ids.user + i64::from(idx)
    }
    fn listing_id(&self, idx: u32) -> i64 {
        self.ids.listing + i64::from(idx)
    }
}

fn lang(w: &World, member: u32) -> Lang {
    w.people[member as usize].lang()
}

/// The district part of a member's place, for "collection from Camden".
fn district(p: &Person) -> &str {
    match CITIES[p.city].lang {
        Lang::En => p.place.split(',').next().unwrap_or(&p.place),
        Lang::Zh => p.place.split(' ').nth(1).unwrap_or(&p.place),
    }
}

impl Out for Writer<'_> {
    fn listing(&mut self, w: &World, idx: u32, l: &Lst, master: &Lst) -> Result<()> {
        let fin = *self
            .finals
            .get(idx as usize)
            .ok_or_else(|| Error::internal("the demo's two runs disagree about its listings"))?;
        let leaf = &w.cat.leaves[usize::from(l.leaf)];
        let seller = &w.people[l.seller as usize];
        let voice = &w.people[master.seller as usize];
        let show_original = l.flags & SHOW_ORIGINAL != 0;
        let facts = Facts {
            leaf,
            item: usize::from(l.item),
            cond: usize::from(l.cond),
            lang: voice.lang(),
            age_days: i64::from(l.age_days),
            original: show_original.then_some(l.original),
            quantity: i64::from(l.qty0),
            free: l.flags & FREE != 0,
            district: district(voice),
            currency: &w.cat.currency,
        };
        let mut rng = Rng::derived(w.seed, TEXT, u64::from(l.text_of));
        let t = text::listing(&mut rng, &facts);
        let title = crate::listing::check_title(&t.title)?;
        let description = crate::listing::check_description(&t.description)?;
        let acquired = DateTime::from_timestamp(l.created, 0)
            .and_then(|d| d.date_naive().checked_sub_days(Days::new(u64::from(l.age_days))))
            .map(|d| d.format("%Y-%m-%d").to_string());
        let index =
            crate::search::index_text(&title, &description, &t.tags, self.category_text[usize::from(l.leaf)].clone());
        let id = self.listing_id(idx);
        self.listing.execute(params![
            id,
            self.user(l.seller),
            title,
            description,
            leaf.category_id,
            Condition::ALL[usize::from(l.cond)].as_str(),
            fin.price,
            show_original.then_some(l.original),
            acquired,
            fin.qty,
            seller.lat,
            seller.lon,
            seller.place,
            fin.status.as_str(),
            l.flags & FREE != 0,
            ts(l.created),
            ts(fin.updated),
            index.tags_text,
            index.category_text,
            index.cjk_text,
        ])?;
        for tag in &t.tags {
            self.tag.execute(params![id, tag])?;
            self.counts.listing_tags += 1;
        }
        self.counts.listings += 1;
        Ok(())
    }

    fn event(&mut self, w: &World, e: &Event) -> Result<()> {
        let query = e.query.map(|q| {
            let mut rng = Rng::derived(w.seed, QUERY, u64::from(q.session));
            let leaf = &w.cat.leaves[usize::from(q.leaf)];
            text::query(&mut rng, leaf, usize::from(q.item), lang(w, q.lang_of), q.typo)
        });
        let listing = e.listing.map(|l| self.listing_id(l));
        self.event.execute(params![e.kind, self.user(e.user), listing, query, ts(e.at)])?;
        self.counts.events += 1;
        Ok(())
    }

    fn order(&mut self, w: &World, o: &OrderRow) -> Result<()> {
        let mut rng = Rng::derived(w.seed, ORDER_NOTES, u64::from(o.idx));
        let voice = lang(w, o.seller);
        let tracking = o.shipped.and_then(|_| text::tracking(&mut rng, voice));
        let (cancel_reason, cancelled_by) = match o.cancelled {
            Some((_, by_buyer)) => {
                let who = if by_buyer { o.buyer } else { o.seller };
                (text::cancel_reason(&mut rng, lang(w, who), by_buyer), Some(self.user(who)))
            }
            None => (None, None),
        };
        let dispute = o.disputed.map(|_| text::dispute_reason(&mut rng, lang(w, o.buyer)));
        self.order.execute(params![
            self.ids.order + i64::from(o.idx),
            self.listing_id(o.listing),
            self.user(o.buyer),
            self.user(o.seller),
            o.qty,
            o.unit,
            o.unit * o.qty,
            o.status,
            o.offer.map(|k| self.ids.offer + i64::from(k)),
            tracking,
            cancel_reason,
            cancelled_by,
            dispute,
            ts(o.placed),
            o.paid.map(ts),
            o.shipped.map(ts),
            o.completed.map(ts),
            o.cancelled.map(|(t, _)| ts(t)),
            o.disputed.map(ts),
        ])?;
        self.counts.orders += 1;
        Ok(())
    }

    fn offer(&mut self, _: &World, k: u32) -> Result<()> {
        let o = self
            .offers
            .get(k as usize)
            .ok_or_else(|| Error::internal("the demo's two runs disagree about its offers"))?;
        self.offer.execute(params![
            self.ids.offer + i64::from(k),
            self.ids.listing + i64::from(o.listing),
            self.ids.user + i64::from(o.buyer),
            self.ids.user + i64::from(o.seller),
            o.price,
            o.qty,
            o.status.as_str(),
            (o.counter_of != NONE).then(|| self.ids.offer + i64::from(o.counter_of)),
            o.from_seller,
            ts(o.created),
            ts(o.expires),
            (o.decided > 0).then(|| ts(o.decided)),
        ])?;
        self.counts.offers += 1;
        Ok(())
    }

    fn review(&mut self, w: &World, r: &ReviewRow) -> Result<()> {
        let mut rng = Rng::derived(w.seed, REVIEW_NOTES, u64::from(r.order) * 2 + u64::from(r.of_seller));
        let comment = text::review_comment(&mut rng, lang(w, r.reviewer), r.rating, r.of_seller);
        self.review.execute(params![
            self.ids.order + i64::from(r.order),
            self.user(r.reviewer),
            self.user(r.reviewee),
            if r.of_seller { "seller" } else { "buyer" },
            r.rating,
            comment,
            ts(r.at),
        ])?;
        self.counts.reviews += 1;
        Ok(())
    }

    fn price_change(&mut self, idx: u32, old: i64, new: i64, at: i64) -> Result<()> {
        self.price.execute(params![self.listing_id(idx), old, new, ts(at)])?;
        self.counts.price_changes += 1;
        Ok(())
    }

    fn watch(&mut self, member: u32, listing: u32, price: i64, at: i64) -> Result<()> {
        self.watch.execute(params![self.user(member), self.listing_id(listing), price, ts(at)])?;
        self.counts.watches += 1;
        Ok(())
    }
}
