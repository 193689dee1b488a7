//! `flea account ...`: members and sessions.

use super::prompt::{self, Passwords};
use super::{Ctx, session};
use crate::account::{self as domain, Member, ProfileInput};
use crate::cli::{AccountCommand, EditArgs, LoginArgs, ProfileArgs, RegisterArgs};
use crate::error::{Error, Result};
use crate::market;
use crate::output::views::Profile;
use serde_json::json;

pub fn run(ctx: &mut Ctx, cmd: AccountCommand) -> Result<()> {
    match cmd {
        AccountCommand::Register(args) => register(ctx, args),
        AccountCommand::Login(args) => login(ctx, args),
        AccountCommand::Logout { all } => logout(ctx, all),
        AccountCommand::Whoami => {
            let me = ctx.member()?;
            ctx.out.record(&me)
        }
        AccountCommand::Show { user } => show(ctx, user),
        AccountCommand::Edit(args) => edit(ctx, args),
        AccountCommand::Passwd { user, password_stdin } => passwd(ctx, user, password_stdin),
        AccountCommand::Delete { user } => delete(ctx, user),
        AccountCommand::List { limit, offset } => {
            let viewer = ctx.viewer();
            let members: Vec<Member> =
                domain::list(&ctx.conn, limit, offset)?.into_iter().map(|m| m.seen_by(viewer.as_ref())).collect();
            ctx.out.records(&members)
        }
    }
}

fn profile_input(p: ProfileArgs) -> ProfileInput {
    ProfileInput { email: p.email, display_name: p.display_name, place: p.place, location: p.location }
}

fn register(ctx: &mut Ctx, args: RegisterArgs) -> Result<()> {
    let username = prompt::required(args.username, "Username", "USERNAME")?;
    let username = domain::normalise_username(&username)?;
    let profile = profile_input(args.profile);
    let password = Passwords::new(args.password_stdin, 1)?.next("Password", true)?;
    domain::check_password(&password)?;
    let hash = domain::hash_password(&password)?;
    let member = ctx.write(|tx, now| domain::register(tx, &username, &profile, Some(&hash), now))?;
    let role = if member.admin { " as the market's admin" } else { "" };
    let message = format!("Registered {}{role}.\nLog in with: flea account login {}", member.username, member.username);
    ctx.out.done(&message, &[member.id.to_string()], &member)
}

fn login(ctx: &mut Ctx, args: LoginArgs) -> Result<()> {
    let username = prompt::required(args.username, "Username", "USERNAME")?;
    let password = Passwords::new(args.password_stdin, 1)?.next("Password", false)?;
    let member = domain::authenticate(&mut ctx.conn, &username, &password, ctx.now)?;
    let days = market::load(&ctx.conn)?.session_days;
    let token = ctx.write(|tx, now| domain::start_session(tx, member.id, now, days))?;
    if args.print_token {
        // The raw token whatever the format, for `$(...)` in scripts.
        return ctx.out.line(&token);
    }
    session::save(&ctx.db_path, &token)?;
    let message = format!("Logged in as {} for {days} days.", member.username);
    ctx.out.done(&message, &[member.id.to_string()], &member)
}

fn logout(ctx: &mut Ctx, all: bool) -> Result<()> {
    let Some(token) = session::current(&ctx.db_path)? else {
        return Err(Error::not_allowed("you are not logged in"));
    };
    let everyone = if all { Some(ctx.member()?.id) } else { None };
    let ended = ctx.write(|tx, _| domain::end_session(tx, &token.value, everyone))?;
    if token.source == session::Source::File {
        session::remove(&ctx.db_path)?;
    }
    let message = match (all, token.source) {
        (true, _) => format!("Logged out: {ended} session(s) ended."),
        (false, session::Source::Env) => "Logged out: the FLEA_SESSION token no longer works.".to_string(),
        (false, session::Source::File) => "Logged out.".to_string(),
    };
    ctx.out.done(&message, &[], &json!({ "sessions_ended": ended }))
}

/// The member a command acts on: the named one, or the acting member.
fn target(ctx: &Ctx, actor: &Member, user: Option<&str>) -> Result<Member> {
    let target = match user {
        Some(name) => domain::find(&ctx.conn, name)?,
        None => return Ok(actor.clone()),
    };
    actor.may_manage(&target)?;
    Ok(target)
}

fn show(ctx: &mut Ctx, user: Option<String>) -> Result<()> {
    let viewer = ctx.viewer();
    let member = match (user, &viewer) {
        (Some(name), _) => domain::find(&ctx.conn, &name)?,
        (None, Some(me)) => me.clone(),
        (None, None) => {
            return Err(Error::usage("missing USER").with_hint("name a member, or log in to see your own profile"));
        }
    };
    let standing = crate::review::standing(&ctx.conn, member.id)?;
    ctx.out.composite(&Profile {
        member: member.seen_by(viewer.as_ref()),
        seller_reputation: standing.as_seller,
        buyer_reputation: standing.as_buyer,
    })
}

fn edit(ctx: &mut Ctx, args: EditArgs) -> Result<()> {
    let actor = ctx.member()?;
    let who = target(ctx, &actor, args.user.as_deref())?;
    let p = &args.profile;
    if p.email.is_none()
        && p.display_name.is_none()
        && p.place.is_none()
        && p.location.is_none()
        && args.admin.is_none()
    {
        return Err(Error::usage("nothing to change").with_hint(
            "give --email, --display-name, --place, --location or --admin (an empty value clears a field)",
        ));
    }
    if args.admin.is_some() && !actor.admin {
        return Err(Error::not_allowed("only an admin can grant or remove admin rights"));
    }
    let profile = profile_input(args.profile);
    let member = ctx.write(|tx, _| match args.admin {
        Some(admin) => domain::edit(tx, who.id, &profile).and_then(|_| domain::set_admin(tx, who.id, admin)),
        None => domain::edit(tx, who.id, &profile),
    })?;
    let member = member.seen_by(Some(&actor));
    ctx.out.done(&format!("Updated {}.", member.username), &[member.id.to_string()], &member)
}

fn passwd(ctx: &mut Ctx, user: Option<String>, from_stdin: bool) -> Result<()> {
    // In a market where no admin can log in yet (restored from CSV), the
    // operator sets the first password.
    let actor = match (ctx.member(), &user) {
        (Ok(me), _) => Some(me),
        (Err(_), Some(_)) if domain::unclaimed(&ctx.conn)? => None,
        (Err(e), _) => return Err(e),
    };
    let who = match (&actor, &user) {
        (Some(me), _) => target(ctx, me, user.as_deref())?,
        (None, Some(name)) => domain::find(&ctx.conn, name)?,
        (None, None) => return Err(Error::usage("missing USER")),
    };
    let own = actor.as_ref().is_some_and(|me| me.id == who.id);
    let mut passwords = Passwords::new(from_stdin, if own { 2 } else { 1 })?;
    if own {
        let current = passwords.next("Current password", false)?;
        domain::authenticate(&mut ctx.conn, &who.username, &current, ctx.now)?;
    }
    let new = passwords.next("New password", true)?;
    domain::check_password(&new)?;
    let hash = domain::hash_password(&new)?;
    let keep = if own { ctx.token()?.map(|t| t.value) } else { None };
    ctx.write(|tx, _| domain::set_password(tx, who.id, &hash, keep.as_deref()))?;
    let message = format!("Password of {} changed; their other sessions ended.", who.username);
    ctx.out.done(&message, &[who.id.to_string()], &json!({ "id": who.id, "username": who.username }))
}

fn delete(ctx: &mut Ctx, user: Option<String>) -> Result<()> {
    let actor = ctx.member()?;
    let who = target(ctx, &actor, user.as_deref())?;
    prompt::confirm(
        &format!("Delete the account {}? Its profile is wiped and the username freed.", who.username),
        ctx.yes,
    )?;
    ctx.write(|tx, now| domain::delete(tx, &who, now))?;
    if who.id == actor.id {
        session::remove(&ctx.db_path)?;
    }
    let message = format!("Deleted the account {}.", who.username);
    ctx.out.done(&message, &[who.id.to_string()], &json!({ "id": who.id, "deleted": who.username }))
}
