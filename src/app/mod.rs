//! Opens the market, resolves the acting member, and dispatches a parsed
//! command to its domain module. The only place that reads the environment
//! or knows about terminals.

mod account;
mod category;
mod demo;
mod listing;
mod prompt;
mod search;
mod session;
mod trade;
mod transfer;
mod wishlist;

use crate::account::Member;
use crate::cli::{Cli, Command, InitArgs};
use crate::error::{Error, Result};
use crate::output::Output;
use crate::time::Timestamp;
use crate::{db, market};
use clap::CommandFactory;
use rusqlite::{Connection, Transaction, TransactionBehavior};
use std::path::PathBuf;

/// What every command handler gets: the open market, the clock and the output.
pub struct Ctx {
    pub conn: Connection,
    pub db_path: PathBuf,
    pub now: Timestamp,
    pub out: Output,
    pub yes: bool,
}

impl Ctx {
    /// Runs one state change in one immediate transaction (the write lock is
    /// taken up front, so read-check-write can't race) and commits it.
    pub fn write<T>(&mut self, change: impl FnOnce(&Transaction, Timestamp) -> Result<T>) -> Result<T> {
        let now = self.now;
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let value = change(&tx, now)?;
        tx.commit()?;
        Ok(value)
    }

    fn token(&self) -> Result<Option<session::Token>> {
        session::current(&self.db_path)
    }

    /// The logged-in member; exit 4 when there is none.
    pub fn member(&self) -> Result<Member> {
        let Some(token) = self.token()? else {
            return Err(Error::not_allowed("you are not logged in").with_hint("log in with: flea account login USER"));
        };
        crate::account::session_member(&self.conn, &token.value, self.now)
    }

    /// The logged-in member, who must be an admin.
    pub fn admin(&self) -> Result<Member> {
        let me = self.member()?;
        if !me.admin {
            return Err(Error::not_allowed("only an admin can do that"));
        }
        Ok(me)
    }

    /// The logged-in member when there is one, for commands anyone may run;
    /// a stale session simply means nobody.
    pub fn viewer(&self) -> Option<Member> {
        self.member().ok()
    }
}

pub fn run(cli: Cli) -> Result<()> {
    let out = Output::new(cli.format, cli.quiet);
    if let Command::Completions { shell } = cli.command {
        let mut stdout = std::io::stdout();
        clap_complete::generate(shell, &mut Cli::command(), "flea", &mut stdout);
        return Ok(());
    }
    let now = clock()?;
    let db_path = match cli.db {
        Some(p) => p,
        None => default_db()?,
    };
    let conn = db::open(&db_path)?;
    let settings = market::load(&conn)?;
    if settings.created_at.is_none() {
        // Only a new market is written to here: most commands only read.
        market::stamp_created(&conn, now)?;
    }
    let mut out = out;
    out.set_currency(settings.currency()?);
    let mut ctx = Ctx { conn, db_path, now, out, yes: cli.yes };
    match cli.command {
        Command::Init(args) => init(&mut ctx, args),
        Command::Account(cmd) => account::run(&mut ctx, cmd),
        Command::Category(cmd) => category::run(&mut ctx, cmd),
        Command::List(cmd) => listing::run(&mut ctx, cmd),
        Command::Search(args) => search::run(&mut ctx, args),
        Command::Watch(cmd) => wishlist::watch(&mut ctx, cmd),
        Command::Want(cmd) => wishlist::want(&mut ctx, cmd),
        Command::Buy { listing, quantity, offer } => trade::buy(&mut ctx, listing, quantity, offer),
        Command::Order(cmd) => trade::order(&mut ctx, cmd),
        Command::Offer(cmd) => trade::offer(&mut ctx, cmd),
        Command::Review(args) => trade::review(&mut ctx, args),
        Command::Demo(args) => demo::run(&mut ctx, args),
        Command::Export { table } => transfer::export(&mut ctx, &table),
        Command::Import(args) => transfer::import(&mut ctx, args),
        Command::Completions { .. } => Ok(()),
    }
}

fn init(ctx: &mut Ctx, args: InitArgs) -> Result<()> {
    let settings = ctx.write(|tx, _| market::init(tx, args.currency.as_deref(), args.name.as_deref()))?;
    ctx.out.record(&settings)
}

/// `FLEA_NOW` when set (tests, simulations), else the wall clock.
fn clock() -> Result<Timestamp> {
    match std::env::var("FLEA_NOW") {
        Ok(v) if !v.trim().is_empty() => Timestamp::parse(&v).map_err(|e| {
            Error::invalid(format!("FLEA_NOW: {}", e.message)).with_hint("unset FLEA_NOW or give an RFC 3339 time")
        }),
        _ => Ok(Timestamp::now()),
    }
}

pub(crate) fn project_dirs() -> Result<directories::ProjectDirs> {
    directories::ProjectDirs::from("", "", "flea").ok_or_else(|| {
        Error::usage("cannot find your home directory").with_hint("name the market file with --db or FLEA_DB")
    })
}

/// `market.db` in the platform data directory, created on first use.
fn default_db() -> Result<PathBuf> {
    let dir = project_dirs()?.data_dir().to_path_buf();
    std::fs::create_dir_all(&dir).map_err(|e| {
        Error::unusable(format!("cannot create {}: {e}", dir.display())).with_hint("name the market file with --db")
    })?;
    Ok(dir.join("market.db"))
}
