//! `flea demo`: fills the market with a generated sample and shows a short tour.

use super::Ctx;
use crate::cli::{DemoArgs, DemoSize};
use crate::demo::{self, Progress, Report, Size};
use crate::error::Result;
use indicatif::{ProgressBar, ProgressStyle};
use std::io::IsTerminal;

pub fn run(ctx: &mut Ctx, args: DemoArgs) -> Result<()> {
    let size = match args.size {
        DemoSize::Small => Size::Small,
        DemoSize::Large => Size::Large,
    };
    demo::check_empty(&ctx.conn, args.force)?;
    // Hashed once for every demo member: Argon2 is slow on purpose.
    let hash = crate::account::hash_password(demo::PASSWORD)?;
    if size == Size::Large {
        // A large demo writes gigabytes and sorts its indexes at the end: a
        // bigger page cache (128 MiB) makes both faster.
        ctx.conn.pragma_update(None, "cache_size", -131_072)?;
    }
    let bar = progress_bar();
    let mut show = |p: Progress| {
        bar.set_length(p.total);
        bar.set_position(p.done);
        bar.set_message(p.stage);
    };
    let report = ctx.write(|tx, now| demo::generate(tx, size, args.seed, &hash, now, &mut show))?;
    bar.finish_and_clear();
    let message = tour(ctx, &report, args.explain);
    ctx.out.done(&message, &[], &report)
}

fn progress_bar() -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    ProgressBar::new(1).with_style(
        ProgressStyle::with_template("{msg:20} [{bar:30}] {percent:>3}% ({eta} left)")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    )
}

/// `flea`, with `--db PATH` when the market is not the default one.
fn flea(ctx: &Ctx) -> String {
    let default = super::project_dirs().ok().map(|d| d.data_dir().join("market.db"));
    if default.as_deref() == Some(ctx.db_path.as_path()) {
        return "flea".into();
    }
    let path = ctx.db_path.display().to_string();
    let plain = path.chars().all(|c| c.is_ascii_alphanumeric() || "/._-+:@".contains(c));
    if plain { format!("flea --db {path}") } else { format!("flea --db '{}'", path.replace('\'', r"'\''")) }
}

fn tour(ctx: &Ctx, r: &Report, explain: bool) -> String {
    let c = &r.counts;
    let n = demo::grouped;
    let flea = flea(ctx);
    let mut lines = vec![
        format!("Made a {} demo market (seed {}) covering {} to {}:", r.size, r.seed, &r.from[..10], &r.to[..10]),
        format!(
            "  {} members, {} listings, {} events, {} watches, {} offers, {} orders, {} reviews, {} price changes.",
            n(c.users),
            n(c.listings),
            n(c.events),
            n(c.watches),
            n(c.offers),
            n(c.orders),
            n(c.reviews),
            n(c.price_changes)
        ),
        String::new(),
        format!("Log in as a demo member; every demo account's password is {}:", r.password),
        format!("  {flea} account login {}", r.member),
        format!("  {flea} account login {}   (the market's admin)", r.admin),
        String::new(),
        "Five things to try:".into(),
    ];
    for cmd in &r.tour {
        let cmd = cmd.strip_prefix("flea").unwrap_or(cmd);
        lines.push(format!("  {flea}{cmd}"));
    }
    lines.push(String::new());
    if explain {
        lines.push("How the demo was generated (also in the settings table, keys demo.*):".into());
        for s in &r.parameters {
            lines.push(format!("  {} = {}", s.key, s.value));
        }
    } else {
        lines.push(
            "The generating parameters (price curves, seasons, planted patterns) are stored in \
             the settings table under demo.*; --explain prints them."
                .into(),
        );
    }
    lines.join("\n")
}
