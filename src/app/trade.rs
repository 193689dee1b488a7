//! `flea buy`, `flea order ...`, `flea offer ...`, `flea review ...`.

use super::{Ctx, prompt};
use crate::cli::{OfferCommand, OrderCommand, ReviewArgs, ReviewCommand};
use crate::error::{Error, Result};
use crate::offer::{self, Direction};
use crate::order::{self, Action, Role, Status};
use crate::output::views::ReviewList;
use crate::{account, listing, market, review};

pub fn buy(ctx: &mut Ctx, listing_id: i64, quantity: i64, offer_price: Option<String>) -> Result<()> {
    let buyer = ctx.member()?;
    let money = ctx.out.currency().clone();
    let l = listing::get(&ctx.conn, listing_id)?;
    order::check_buyable(&l, &buyer, quantity)?;
    if let Some(price) = offer_price {
        let price = money.parse(&price)?;
        let hours = market::load(&ctx.conn)?.offer_hours;
        let made = ctx.write(|tx, now| offer::make(tx, &buyer, listing_id, price, quantity, hours, now))?;
        let message = format!(
            "Offered {} for {} (asking {}); the offer stands until {}.",
            money.display(made.price_cents),
            made.title,
            money.display(made.asking_price_cents),
            made.expires_at
        );
        return ctx.out.done(&message, &[made.id.to_string()], &made);
    }
    let rep = review::standing(&ctx.conn, l.seller_id)?.as_seller;
    let total = l.price_cents.minor().saturating_mul(quantity);
    let total = crate::money::Money::from_minor(total).map(|t| money.display(t)).unwrap_or_default();
    prompt::confirm(
        &format!("Buy {quantity} x '{}' for {total} from {} (reputation: {})?", l.title, l.seller, rep.label),
        ctx.yes,
    )?;
    let placed = ctx.write(|tx, now| order::place(tx, &buyer, listing_id, quantity, None, now))?;
    let message = format!(
        "Ordered {} x {} for {} (order {}). Next: pay with `flea order pay {}`.",
        placed.quantity,
        placed.title,
        money.display(placed.total_cents),
        placed.id,
        placed.id
    );
    ctx.out.done(&message, &[placed.id.to_string()], &placed)
}

pub fn order(ctx: &mut Ctx, cmd: OrderCommand) -> Result<()> {
    let me = ctx.member()?;
    let (id, action, note) = match cmd {
        OrderCommand::List { as_buyer, as_seller, status } => {
            let role = if as_buyer {
                Some(Role::Buyer)
            } else if as_seller {
                Some(Role::Seller)
            } else {
                None
            };
            let status = status.as_deref().map(Status::parse).transpose()?;
            let orders = order::list(&ctx.conn, me.id, role, status)?;
            return ctx.out.records(&orders);
        }
        OrderCommand::Show { id } => {
            let o = order::get_for(&ctx.conn, &me, id)?;
            return ctx.out.record(&o);
        }
        OrderCommand::Pay { id } => (id, Action::Pay, None),
        OrderCommand::Ship { id, tracking } => (id, Action::Ship, tracking),
        OrderCommand::Receive { id } => (id, Action::Receive, None),
        OrderCommand::Cancel { id, reason } => (id, Action::Cancel, reason),
        OrderCommand::Dispute { id, reason } => {
            if reason.as_deref().is_none_or(|r| r.trim().is_empty()) {
                return Err(Error::usage("missing --reason").with_hint("say what went wrong: --reason TEXT"));
            }
            (id, Action::Dispute, reason)
        }
    };
    let o = ctx.write(|tx, now| order::advance(tx, &me, id, action, note.as_deref(), now))?;
    let message = format!("Order {id} is {} ({}).", o.status.as_str(), o.title);
    ctx.out.done(&message, &[id.to_string()], &o)
}

pub fn offer(ctx: &mut Ctx, cmd: OfferCommand) -> Result<()> {
    let me = ctx.member()?;
    let money = ctx.out.currency().clone();
    match cmd {
        OfferCommand::List { incoming, outgoing } => {
            let direction = match (incoming, outgoing) {
                (true, _) => Direction::Incoming,
                (_, true) => Direction::Outgoing,
                _ => Direction::Both,
            };
            let offers = offer::list(&ctx.conn, me.id, direction, ctx.now)?;
            ctx.out.records(&offers)
        }
        OfferCommand::Accept { id } => {
            let (accepted, placed) = ctx.write(|tx, now| offer::accept(tx, &me, id, now))?;
            let message = format!(
                "Accepted offer {id}: order {} for {} at {}.",
                placed.id,
                accepted.title,
                money.display(placed.total_cents)
            );
            ctx.out.done(&message, &[placed.id.to_string()], &placed)
        }
        OfferCommand::Decline { id } => {
            let o = ctx.write(|tx, now| offer::decline(tx, &me, id, now))?;
            ctx.out.done(&format!("Declined offer {id} on {}.", o.title), &[id.to_string()], &o)
        }
        OfferCommand::Withdraw { id } => {
            let o = ctx.write(|tx, now| offer::withdraw(tx, &me, id, now))?;
            ctx.out.done(&format!("Withdrew offer {id} on {}.", o.title), &[id.to_string()], &o)
        }
        OfferCommand::Counter { id, price } => {
            let price = money.parse(&price)?;
            let hours = market::load(&ctx.conn)?.offer_hours;
            let o = ctx.write(|tx, now| offer::counter(tx, &me, id, price, hours, now))?;
            let message = format!("Countered offer {id} with {} (offer {}).", money.display(o.price_cents), o.id);
            ctx.out.done(&message, &[o.id.to_string()], &o)
        }
    }
}

pub fn review(ctx: &mut Ctx, args: ReviewArgs) -> Result<()> {
    if let Some(ReviewCommand::List { user }) = args.command {
        let member = account::find(&ctx.conn, &user)?;
        let standing = review::standing(&ctx.conn, member.id)?;
        let reviews = review::about(&ctx.conn, member.id)?;
        return ctx.out.composite(&ReviewList { username: member.username, standing, reviews });
    }
    let me = ctx.member()?;
    let Some(order_id) = args.order else {
        return Err(
            Error::usage("missing ORDER").with_hint("flea review ORDER --rating 1..5, or flea review list USER")
        );
    };
    let Some(rating) = args.rating else {
        return Err(Error::usage("missing --rating").with_hint("give --rating 1..5"));
    };
    let r = ctx.write(|tx, now| review::add(tx, &me, order_id, rating, args.comment.as_deref(), now))?;
    let message = format!("Reviewed {} as {}: {} star(s).", r.reviewee, r.role.as_str(), r.rating);
    ctx.out.done(&message, &[r.id.to_string()], &r)
}
