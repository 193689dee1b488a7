//! `flea watch ...` and `flea want ...`.

use super::Ctx;
use crate::cli::{WantCommand, WatchCommand};
use crate::error::Result;
use crate::want::{self, NewWant};
use crate::{category, watch};
use serde_json::json;

pub fn watch(ctx: &mut Ctx, cmd: WatchCommand) -> Result<()> {
    let me = ctx.member()?;
    let money = ctx.out.currency().clone();
    match cmd {
        WatchCommand::Add { listing } => {
            let mut w = ctx.write(|tx, now| watch::add(tx, &me, listing, now))?;
            watch::describe_changes(std::slice::from_mut(&mut w), &money);
            ctx.out.done(&format!("Watching listing {listing}: {}.", w.title), &[listing.to_string()], &w)
        }
        WatchCommand::Remove { listing } => {
            ctx.write(|tx, _| watch::remove(tx, &me, listing))?;
            let message = format!("Stopped watching listing {listing}.");
            ctx.out.done(&message, &[listing.to_string()], &json!({ "listing_id": listing, "watching": false }))
        }
        WatchCommand::List => {
            let mut items = watch::list(&ctx.conn, &me, None)?;
            watch::describe_changes(&mut items, &money);
            ctx.out.records(&items)
        }
    }
}

pub fn want(ctx: &mut Ctx, cmd: WantCommand) -> Result<()> {
    let me = ctx.member()?;
    match cmd {
        WantCommand::Add { query, category, max_price, near, within } => {
            let (near, within_km) = super::search::place(Some(&me), near.as_deref(), within)?;
            let new = NewWant {
                query,
                category: category.as_deref().map(|c| category::find(&ctx.conn, c).map(|c| c.id)).transpose()?,
                max_price: max_price.as_deref().map(|p| ctx.out.currency().parse(p)).transpose()?,
                near,
                within_km,
            };
            let w = ctx.write(|tx, now| want::add(tx, &me, &new, now))?;
            let found = want::matches(&ctx.conn, &w, ctx.now, 100)?.len();
            let message = format!(
                "Posted want {}: '{}'. {found} listing(s) match now; see them with `flea want matches {}`.",
                w.id, w.query, w.id
            );
            ctx.out.done(&message, &[w.id.to_string()], &w)
        }
        WantCommand::List => {
            let wants = want::list(&ctx.conn, &me)?;
            ctx.out.records(&wants)
        }
        WantCommand::Remove { id } => {
            ctx.write(|tx, _| want::remove(tx, &me, id))?;
            ctx.out.done(&format!("Closed want {id}."), &[id.to_string()], &json!({ "id": id, "status": "closed" }))
        }
        WantCommand::Matches { want, limit } => {
            let found = want::matches_for(&ctx.conn, &me, want, ctx.now, limit)?;
            ctx.out.records(&found)
        }
    }
}
