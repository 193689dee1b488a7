//! `flea demo`: a realistic, reproducible sample market. Members around real
//! cities, listings whose prices follow a known depreciation model, and a
//! year of behaviour (searches, views, offers, orders, reviews, price drops)
//! with seasons, planted tastes and a few planted risky patterns.
//!
//! The same seed and the same clock give the same market, byte for byte: the
//! demo draws from its own generator, never from a hash map's order or the
//! wall clock. Generating parameters are stored in `settings` (`demo.*`).

mod catalogue;
mod model;
mod people;
mod queue;
mod risk;
mod rng;
mod sim;
mod text;
mod trade;
mod words;
mod write;

use crate::error::{Error, Result};
use crate::time::Timestamp;
use catalogue::{CONDITION_FACTORS, Catalogue, PRICE_NOISE};
use model::{DAY, Nowhere, World};
use rusqlite::{Connection, Transaction, params};
use serde::Serialize;
use sim::Sim;
use std::collections::HashSet;
pub use text::grouped;
pub use write::Counts;

/// Every demo member's password (they are marked `is_demo`).
pub const PASSWORD: &str = "demo-pass";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Size {
    Small,
    Large,
}

impl Size {
    pub fn as_str(self) -> &'static str {
        match self {
            Size::Small => "small",
            Size::Large => "large",
        }
    }
}

struct Scale {
    members: usize,
    listings: usize,
    rings: usize,
    burst: usize,
    dup_groups: u32,
}

fn scale(size: Size) -> Scale {
    match size {
        Size::Small => Scale { members: 200, listings: 2_000, rings: 1, burst: 4, dup_groups: 3 },
        Size::Large => Scale { members: 100_000, listings: 1_000_000, rings: 10, burst: 150, dup_groups: 150 },
    }
}

/// Shopping sessions per listing over the year (about three events each):
/// some ten events per listing, as DESIGN section 9 plans.
const SESSIONS_PER_LISTING: f64 = 3.4;
const RING_SIZE: usize = 4;
/// The tables the demo fills, besides `users`.
const FILLED: [&str; 8] =
    ["listings", "listing_tags", "price_changes", "events", "offers", "orders", "reviews", "watches"];

/// Where the work is, for a progress bar: `done` of `total` steps.
#[derive(Debug, Clone, Copy)]
pub struct Progress {
    pub stage: &'static str,
    pub done: u64,
    pub total: u64,
}

/// A market "has data" once it has any member or listing.
pub fn check_empty(conn: &Connection, force: bool) -> Result<()> {
    let (members, listings): (i64, i64) =
        conn.query_row("SELECT (SELECT count(*) FROM users), (SELECT count(*) FROM listings)", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })?;
    if (members > 0 || listings > 0) && !force {
        return Err(Error::conflict(format!("this market already has data ({members} members, {listings} listings)"))
            .with_hint("use a new file (flea --db demo.db demo), or add the demo to it with --force"));
    }
    Ok(())
}

#[derive(Debug, Clone, Serialize)]
pub struct Setting {
    pub key: String,
    pub value: String,
}

/// What the demo made, and how to start exploring it.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub size: &'static str,
    pub seed: u64,
    pub from: String,
    pub to: String,
    pub counts: Counts,
    pub admin: String,
    pub member: String,
    pub password: &'static str,
    pub tour: Vec<String>,
    pub parameters: Vec<Setting>,
}

/// Generates the demo in the caller's (immediate) transaction. The members'
/// password hash is made once by the caller: Argon2 is slow on purpose.
pub fn generate(
    tx: &Transaction,
    size: Size,
    seed: u64,
    password_hash: &str,
    now: Timestamp,
    progress: &mut dyn FnMut(Progress),
) -> Result<Report> {
    let world = world(tx, size, seed, now)?;
    let days = ((world.now - world.start) / DAY) as u64;
    let total = 2 * days;
    let (finals, offers) = learn(&world, &mut |d| progress(Progress { stage: "simulating a year", done: d, total }))?;
    let ids = write::Ids::load(tx)?;
    let users = write::members(tx, &world.people, ids, password_hash)?;
    let (sim, mut counts) = write_year(tx, &world, finals, offers, ids, &mut |d| {
        let stage = if d > days { "indexing" } else { "writing the market" };
        progress(Progress { stage, done: days + d.min(days), total })
    })?;
    counts.users = users;
    let parameters = parameters(&world, &sim, ids, size);
    tx.execute("DELETE FROM settings WHERE key LIKE 'demo.%'", [])?;
    for s in &parameters {
        tx.execute("INSERT INTO settings (key, value) VALUES (?1, ?2)", params![s.key, s.value])?;
    }
    Ok(report(&world, &sim, ids, size, counts, parameters))
}

/// The members, categories and planted patterns, fixed before the year runs.
fn world(tx: &Transaction, size: Size, seed: u64, now: Timestamp) -> Result<World> {
    let settings = crate::market::load(tx)?;
    let cat = Catalogue::load(tx, settings.currency()?)?;
    let now = chrono::DateTime::parse_from_rfc3339(&now.rfc3339())
        .map_err(|e| Error::internal(format!("the clock: {e}")))?
        .timestamp();
    let start = now - 365 * DAY;
    let sc = scale(size);
    let mut taken: HashSet<String> = HashSet::new();
    let mut stmt = tx.prepare("SELECT username FROM users")?;
    for name in stmt.query_map([], |r| r.get::<_, String>(0))? {
        taken.insert(name?.to_lowercase());
    }
    let mut rng = rng::Rng::derived(seed, 0, 0);
    let plan = people::Plan { members: sc.members, rings: sc.rings, ring_size: RING_SIZE, burst: sc.burst, start, now };
    let people = people::generate(&mut rng, &plan, &cat, &mut taken);
    let specials = risk::plan(&mut rng, &people, start, now, sc.dup_groups);
    Ok(World {
        seed,
        start,
        now,
        cat,
        people,
        regular_listings: sc.listings.saturating_sub(specials.len()),
        specials,
        dup_groups: sc.dup_groups,
        sessions: (sc.listings as f64 * SESSIONS_PER_LISTING) as usize,
        offer_hours: settings.offer_hours.max(1),
    })
}

/// The first run: every listing's and offer's final state.
fn learn(world: &World, progress: &mut dyn FnMut(u64)) -> Result<(Vec<write::Final>, Vec<model::Off>)> {
    let mut first = Sim::new(world);
    first.run(&mut Nowhere, progress)?;
    let finals = first
        .listings
        .iter()
        .map(|l| write::Final { status: l.status, qty: l.qty, price: l.price, updated: l.updated })
        .collect();
    Ok((finals, first.offers))
}

/// The second run: the same year again, written as it happens. Empty tables
/// get their indexes (and the search index) built once at the end.
fn write_year<'w>(
    tx: &Transaction,
    world: &'w World,
    finals: Vec<write::Final>,
    offers: Vec<model::Off>,
    ids: write::Ids,
    progress: &mut dyn FnMut(u64),
) -> Result<(Sim<'w>, Counts)> {
    let mut paused = Vec::new();
    let mut reindex = false;
    for table in FILLED {
        let empty: bool = tx.query_row(&format!("SELECT NOT EXISTS (SELECT 1 FROM {table})"), [], |r| r.get(0))?;
        if empty {
            paused.push(crate::db::pause_indexes(tx, table)?);
            reindex |= table == "listings";
        }
    }
    let mut second = Sim::new(world);
    let mut writer = write::Writer::new(tx, world, finals, offers, ids)?;
    second.run(&mut writer, progress)?;
    let counts = writer.counts.clone();
    drop(writer);
    progress(u64::MAX);
    for p in paused {
        crate::db::resume_indexes(tx, p)?;
    }
    if reindex {
        crate::search::rebuild(tx)?;
    }
    Ok((second, counts))
}

fn setting(key: impl Into<String>, value: impl Into<String>) -> Setting {
    Setting { key: key.into(), value: value.into() }
}

/// The generating parameters, as stored under `demo.*` in `settings`.
fn parameters(w: &World, sim: &Sim, ids: write::Ids, size: Size) -> Vec<Setting> {
    let cur = &w.cat.currency;
    let money = |minor: f64| cur.decimal(crate::money::Money::from_minor(minor.round() as i64).unwrap_or_default());
    let mut out = vec![
        setting("demo.seed", w.seed.to_string()),
        setting("demo.size", size.as_str()),
        setting("demo.period", format!("from={} to={}", write::ts(w.start), write::ts(w.now))),
        setting(
            "demo.price_model",
            "asking = original * (p0 + delta * exp(-lambda * age_days)) * condition_factor * noise; \
             age_days = created_at date - acquired_on; rounded to price steps",
        ),
        setting(
            "demo.condition_factors",
            crate::listing::Condition::ALL
                .iter()
                .zip(CONDITION_FACTORS)
                .map(|(c, f)| format!("{}={f:.2}", c.as_str()))
                .collect::<Vec<_>>()
                .join(" "),
        ),
        setting("demo.price_noise", format!("lognormal sigma={PRICE_NOISE:.2} median=1")),
        setting("demo.price_drops", "share=0.60 after_days=7-30 cut=0.05-0.20 second=0.50"),
        setting("demo.tastes", "families=1-2 leaves=2-4 in_taste=0.85 budget=lognormal(0,0.6)"),
    ];
    for f in words::FAMILIES.iter() {
        out.push(setting(
            format!("demo.season.{}", f.slug),
            format!("amplitude={:.2} peak_day={}", f.amplitude, f.peak_day),
        ));
    }
    for l in &w.cat.leaves {
        let d = l.dep;
        out.push(setting(
            format!("demo.depreciation.{}", l.leaf.slug),
            format!("p0={:.2} delta={:.2} lambda={:.4}", d.p0, d.delta, d.lambda),
        ));
        out.push(setting(
            format!("demo.original_price.{}", l.leaf.slug),
            format!("median={} sigma={:.2}", money(l.median), l.leaf.sigma),
        ));
    }
    let (rings, burst) = risk::describe(&w.people);
    let rings: Vec<String> = rings.iter().map(|r| r.join(" ")).collect();
    out.push(setting("demo.risk.review_rings", rings.join("; ")));
    out.push(setting("demo.risk.burst_accounts", burst.join(" ")));
    let id = |idx: &u32| (ids.listing + i64::from(*idx)).to_string();
    let groups: Vec<String> = sim
        .dup_members
        .iter()
        .filter(|g| g.len() > 1)
        .map(|g| g.iter().map(id).collect::<Vec<_>>().join(","))
        .collect();
    out.push(setting("demo.risk.duplicate_text", groups.join("; ")));
    out.push(setting(
        "demo.risk.far_below",
        format!(
            "share={:.2}-{:.2} listings={}",
            risk::FAR_BELOW.0,
            risk::FAR_BELOW.1,
            sim.far_below.iter().map(id).collect::<Vec<_>>().join(",")
        ),
    ));
    out
}

fn report(w: &World, sim: &Sim, ids: write::Ids, size: Size, counts: Counts, parameters: Vec<Setting>) -> Report {
    let user = |i: usize| w.people[i].username.clone();
    let admin = w.people.iter().position(|p| p.admin).map_or_else(String::new, user);
    // The busiest regular shopper, the best-selling seller, the most viewed
    // active listing in English and a word from its title to search for.
    let member = (0..w.people.len())
        .filter(|i| w.people[*i].role == people::Role::Regular && !w.people[*i].admin)
        .max_by(|a, b| w.people[*a].activity.total_cmp(&w.people[*b].activity))
        .map_or_else(|| admin.clone(), user);
    let seller = (0..w.people.len())
        .filter(|i| w.people[*i].role == people::Role::Regular)
        .max_by_key(|i| (sim.sales[*i], std::cmp::Reverse(*i)))
        .map_or_else(|| admin.clone(), user);
    let top = (0..sim.listings.len())
        .filter(|i| {
            let l = &sim.listings[*i];
            l.status == model::LStatus::Active && w.people[l.seller as usize].lang() == people::Lang::En
        })
        .max_by_key(|i| (sim.listings[*i].views, std::cmp::Reverse(*i)));
    let word = top.map_or_else(
        || "bike".to_string(),
        |i| {
            let l = &sim.listings[i];
            let item = &w.cat.leaves[usize::from(l.leaf)].leaf.items[usize::from(l.item)];
            match item.en.split_whitespace().next() {
                Some(brand) if brand.chars().any(char::is_uppercase) => brand.to_lowercase(),
                _ => item.en.to_string(),
            }
        },
    );
    let mut tour = vec![format!("flea search \"{word}\"")];
    if let Some(i) = top {
        tour.push(format!("flea list show {}", ids.listing + i as i64));
    }
    tour.push(format!("flea account show {seller}"));
    tour.push(format!("flea review list {seller}"));
    tour.push("flea search 沙发 --sort price-asc --max-price 300".into());
    Report {
        size: size.as_str(),
        seed: w.seed,
        from: write::ts(w.start),
        to: write::ts(w.now),
        counts,
        admin,
        member,
        password: PASSWORD,
        tour,
        parameters,
    }
}
