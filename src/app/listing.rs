//! `flea list ...`: publishing and managing listings.

use super::{Ctx, prompt};
use crate::account::parse_location;
use crate::cli::{ListCommand, ListingArgs, PhotoCommand};
use crate::error::{Error, Result};
use crate::event;
use crate::listing::{self as domain, Condition, ListingEdit, NewListing, Status};
use crate::money::{Currency, Money};
use crate::output::views::ListingView;
use crate::time::Timestamp;
use serde_json::json;

pub fn run(ctx: &mut Ctx, cmd: ListCommand) -> Result<()> {
    match cmd {
        ListCommand::Add(args) => add(ctx, args),
        ListCommand::Edit { id, fields, no_tags } => edit(ctx, id, fields, no_tags),
        ListCommand::Show { id } => show(ctx, id),
        ListCommand::Mine { status } => {
            let me = ctx.member()?;
            let status = status.as_deref().map(Status::parse).transpose()?;
            let listings = domain::by_seller(&ctx.conn, me.id, status)?;
            ctx.out.records(&listings)
        }
        ListCommand::Withdraw { id } => {
            let me = ctx.member()?;
            let l = ctx.write(|tx, now| domain::withdraw(tx, &me, id, now))?;
            ctx.out.done(&format!("Withdrew listing {id}: {}.", l.title), &[id.to_string()], &l)
        }
        ListCommand::Relist { id } => {
            let me = ctx.member()?;
            let l = ctx.write(|tx, now| domain::relist(tx, &me, id, now))?;
            ctx.out.done(&format!("Listing {id} is back on the market: {}.", l.title), &[id.to_string()], &l)
        }
        ListCommand::Photo(PhotoCommand::Add { id, file }) => {
            let me = ctx.member()?;
            let photo = domain::read_photo(&file)?;
            let added = ctx.write(|tx, now| domain::add_photo(tx, &me, id, &photo, now))?;
            let message =
                format!("Added photo {} to listing {id} ({}, {} bytes).", added.id, added.media_type, added.bytes);
            ctx.out.done(&message, &[added.id.to_string()], &added)
        }
        ListCommand::Photo(PhotoCommand::Remove { id, photo }) => {
            let me = ctx.member()?;
            ctx.write(|tx, _| domain::remove_photo(tx, &me, id, photo))?;
            let message = format!("Removed photo {photo} from listing {id}.");
            ctx.out.done(&message, &[photo.to_string()], &json!({ "listing_id": id, "photo_id": photo }))
        }
    }
}

fn add(ctx: &mut Ctx, args: ListingArgs) -> Result<()> {
    let seller = ctx.member()?;
    let new = new_listing(ctx, args)?;
    let listing = ctx.write(|tx, now| domain::add(tx, &seller, &new, now))?;
    let price = if listing.free { "free".to_string() } else { ctx.out.currency().display(listing.price_cents) };
    let wants = crate::want::count_matching(&ctx.conn, listing.id, listing.seller_id)?;
    let message = format!(
        "Listed #{}: {} ({price}). It matches {wants} open want(s) of other members.",
        listing.id, listing.title
    );
    #[derive(serde::Serialize)]
    struct Added<'a> {
        #[serde(flatten)]
        listing: &'a crate::listing::Listing,
        matching_wants: usize,
    }
    ctx.out.done(&message, &[listing.id.to_string()], &Added { listing: &listing, matching_wants: wants })
}

/// The fields of a new listing, asking on a terminal for what is missing.
fn new_listing(ctx: &Ctx, args: ListingArgs) -> Result<NewListing> {
    let money = ctx.out.currency().clone();
    let title = domain::check_title(&prompt::required(args.title, "Title", "--title")?)?;
    let category = match args.category {
        Some(c) => c,
        None => {
            let tree = crate::category::tree(&ctx.conn)?;
            let labels: Vec<String> = tree
                .iter()
                .map(|c| match &c.parent {
                    Some(_) => format!("  {} / {} ({})", c.name_en, c.name_zh, c.slug),
                    None => format!("{} / {} ({})", c.name_en, c.name_zh, c.slug),
                })
                .collect();
            tree[prompt::select("Category", &labels, "--category")?].slug.clone()
        }
    };
    let condition = match args.condition {
        Some(c) => Condition::parse(&c)?,
        None => {
            let labels: Vec<String> = Condition::ALL.iter().map(|c| c.as_str().replace('_', " ")).collect();
            Condition::ALL[prompt::select("Condition", &labels, "--condition")?]
        }
    };
    let price = if args.free {
        match args.price.as_deref().map(|p| money.parse(p)).transpose()? {
            Some(p) if p != Money::ZERO => {
                return Err(Error::invalid("a giveaway (--free) has no price"));
            }
            _ => Money::ZERO,
        }
    } else {
        money.parse(&prompt::required(args.price, "Price", "--price (or --free)")?)?
    };
    Ok(NewListing {
        title,
        description: domain::check_description(args.description.as_deref().unwrap_or(""))?,
        category,
        condition,
        price,
        original_price: args.original_price.as_deref().map(|p| money.parse(p)).transpose()?,
        acquired_on: args.acquired.as_deref().map(|d| domain::check_date(d, ctx.now)).transpose()?,
        quantity: domain::check_quantity(args.quantity.unwrap_or(1))?,
        tags: domain::check_tags(&args.tag)?,
        location: args.location.as_deref().map(parse_location).transpose()?,
        place: args.place.as_deref().map(check_place).transpose()?.flatten(),
        free: args.free,
    })
}

fn check_place(text: &str) -> Result<Option<String>> {
    let t = text.trim();
    if t.chars().count() > 100 || t.chars().any(char::is_control) {
        return Err(Error::invalid("a place is at most 100 printable characters"));
    }
    Ok((!t.is_empty()).then(|| t.to_string()))
}

/// An empty value clears an optional field.
fn clearable<T>(value: Option<&str>, parse: impl Fn(&str) -> Result<T>) -> Result<Option<Option<T>>> {
    match value.map(str::trim) {
        None => Ok(None),
        Some("") => Ok(Some(None)),
        Some(v) => parse(v).map(|v| Some(Some(v))),
    }
}

fn listing_edit(args: ListingArgs, no_tags: bool, money: &Currency, now: Timestamp) -> Result<ListingEdit> {
    Ok(ListingEdit {
        title: args.title.as_deref().map(domain::check_title).transpose()?,
        description: args.description.as_deref().map(domain::check_description).transpose()?,
        category: args.category,
        condition: args.condition.as_deref().map(Condition::parse).transpose()?,
        price: args.price.as_deref().map(|p| money.parse(p)).transpose()?,
        original_price: clearable(args.original_price.as_deref(), |p| money.parse(p))?,
        acquired_on: clearable(args.acquired.as_deref(), |d| domain::check_date(d, now))?,
        quantity: args.quantity.map(domain::check_quantity).transpose()?,
        tags: if no_tags {
            Some(Vec::new())
        } else if args.tag.is_empty() {
            None
        } else {
            Some(domain::check_tags(&args.tag)?)
        },
        location: clearable(args.location.as_deref(), parse_location)?,
        place: args.place.as_deref().map(check_place).transpose()?,
        free: match (args.free, &args.price) {
            (true, Some(p)) if money.parse(p)? != Money::ZERO => {
                return Err(Error::invalid("a giveaway (--free) has no price"));
            }
            (true, _) => Some(true),
            (false, _) => None,
        },
    })
}

fn edit(ctx: &mut Ctx, id: i64, args: ListingArgs, no_tags: bool) -> Result<()> {
    let me = ctx.member()?;
    let changes = listing_edit(args, no_tags, ctx.out.currency(), ctx.now)?;
    if changes.is_empty() {
        return Err(
            Error::usage("nothing to change").with_hint("give the fields to change, e.g. --price 25 (see --help)")
        );
    }
    let l = ctx.write(|tx, now| domain::edit(tx, &me, id, &changes, now))?;
    ctx.out.done(&format!("Updated listing {id}: {}.", l.title), &[id.to_string()], &l)
}

/// Shows a listing; a logged-in member other than the seller leaves a view.
fn show(ctx: &mut Ctx, id: i64) -> Result<()> {
    let listing = domain::get(&ctx.conn, id)?;
    if let Some(viewer) = ctx.viewer()
        && viewer.id != listing.seller_id
    {
        ctx.write(|tx, now| event::record(tx, event::Kind::View, Some(viewer.id), Some(id), None, now))?;
    }
    let seller_reputation = crate::review::standing(&ctx.conn, listing.seller_id)?.as_seller;
    ctx.out.composite(&ListingView { listing, seller_reputation })
}
