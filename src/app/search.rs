//! `flea search`: filters from flags, the search itself, and a `search` event.

use super::Ctx;
use crate::account::Member;
use crate::cli::SearchArgs;
use crate::error::{Error, Result};
use crate::listing::Condition;
use crate::search::{self, Filters, Request};
use crate::{account, category, event};

const MAX_LIMIT: u32 = 1000;

pub fn run(ctx: &mut Ctx, args: SearchArgs) -> Result<()> {
    let viewer = ctx.viewer();
    let money = ctx.out.currency().clone();
    let text = args.query.join(" ");
    let mut filters = Filters {
        min_price: args.min_price.as_deref().map(|p| money.parse(p)).transpose()?,
        max_price: args.max_price.as_deref().map(|p| money.parse(p)).transpose()?,
        conditions: args.condition.iter().map(|c| Condition::parse(c)).collect::<Result<_>>()?,
        free: args.free,
        include_sold: args.include_sold,
        ..Filters::default()
    };
    if let Some(c) = &args.category {
        let c = category::find(&ctx.conn, c)?;
        filters.categories = category::with_children(&ctx.conn, c.id)?;
    }
    if let Some(s) = &args.seller {
        filters.seller = Some(account::find(&ctx.conn, s)?.id);
    }
    if let Some(r) = args.min_rating {
        if !(1.0..=5.0).contains(&r) {
            return Err(Error::invalid(format!("--min-rating is 1 to 5, not {r}")));
        }
        filters.min_rating = Some(r);
    }
    (filters.near, filters.within_km) = place(viewer.as_ref(), args.near.as_deref(), args.within)?;
    if args.limit == 0 || args.limit > MAX_LIMIT {
        return Err(Error::invalid(format!("--limit is 1 to {MAX_LIMIT}")));
    }
    let request = Request { text: &text, filters, sort: args.sort, limit: args.limit, offset: args.offset };
    let result = search::search(&ctx.conn, &request)?;
    if let Some(me) = &viewer
        && !text.trim().is_empty()
    {
        let query: String = text.trim().chars().take(1000).collect();
        ctx.write(|tx, now| event::record(tx, event::Kind::Search, Some(me.id), None, Some(&query), now))?;
    }
    ctx.out.composite(&result)
}

/// Latitude and longitude in degrees.
type Point = (f64, f64);

/// `--near LAT,LON|me` and `--within KM`, checked.
pub(super) fn place(
    viewer: Option<&Member>,
    near: Option<&str>,
    within: Option<f64>,
) -> Result<(Option<Point>, Option<f64>)> {
    let near = match near {
        None => None,
        Some("me") => {
            let me = viewer.ok_or_else(|| {
                Error::not_allowed("--near me needs you to be logged in").with_hint("or give --near LAT,LON")
            })?;
            let here = me.lat.zip(me.lon).ok_or_else(|| {
                Error::invalid("your profile has no location")
                    .with_hint("set one with: flea account edit --location LAT,LON")
            })?;
            Some(here)
        }
        Some(text) => Some(account::parse_location(text)?),
    };
    let within = match within {
        None => None,
        Some(_) if near.is_none() => return Err(Error::usage("--within needs --near")),
        Some(km) if !km.is_finite() || km <= 0.0 => {
            return Err(Error::invalid(format!("--within is a distance in km above 0, not {km}")));
        }
        Some(km) => Some(km),
    };
    Ok((near, within))
}
