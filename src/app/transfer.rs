//! `flea import` and `flea export`: tables in and out as CSV or JSON lines.

use super::Ctx;
use crate::cli::ImportArgs;
use crate::csvio::{self, ImportOptions, PlatformImport, Shape, Source, Table};
use crate::error::{Error, Result};
use crate::output::Format;
use indicatif::{ProgressBar, ProgressStyle};
use std::io::{IsTerminal, Write};

/// Who may move a table: an admin (or the operator of an unclaimed market)
/// moves every row; a member moves only the rows they own.
struct Access {
    actor: Option<i64>,
    own_rows_only: bool,
}

fn access(ctx: &Ctx, table: &Table) -> Result<Access> {
    match ctx.member() {
        Ok(me) if me.admin => Ok(Access { actor: Some(me.id), own_rows_only: false }),
        Ok(me) if table.owner.is_some() => Ok(Access { actor: Some(me.id), own_rows_only: true }),
        Ok(_) => Err(Error::not_allowed(format!("only an admin can move the {} table", table.name))
            .with_hint("members can import and export their own listings")),
        Err(e) => {
            if crate::account::unclaimed(&ctx.conn)? {
                Ok(Access { actor: None, own_rows_only: false })
            } else {
                Err(e)
            }
        }
    }
}

fn bar(len: Option<u64>, what: &str) -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = match len {
        Some(n) => ProgressBar::new(n).with_style(
            ProgressStyle::with_template("{msg} [{bar:30}] {bytes}/{total_bytes} ({eta})")
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
        ),
        None => ProgressBar::new_spinner(),
    };
    bar.set_message(what.to_string());
    bar
}

pub fn export(ctx: &mut Ctx, table: &str) -> Result<()> {
    let table = Table::find(table)?;
    let access = access(ctx, table)?;
    let shape = match ctx.out.format() {
        Format::Table | Format::Csv => Shape::Csv,
        Format::Tsv => Shape::Tsv,
        Format::Jsonl => Shape::Jsonl,
        Format::Json => {
            return Err(Error::usage("export writes csv, tsv or jsonl").with_hint("use --format jsonl"));
        }
    };
    let owner = if access.own_rows_only { access.actor } else { None };
    let progress = bar(None, &format!("exporting {}", table.name));
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::with_capacity(1 << 16, stdout.lock());
    let mut tick = |n: u64| progress.set_message(format!("exported {n} rows of {}", table.name));
    let result = csvio::export(&ctx.conn, table, owner, shape, ctx.out.currency(), &mut out, &mut tick);
    progress.finish_and_clear();
    result?;
    out.flush()?;
    Ok(())
}

pub fn import(ctx: &mut Ctx, args: ImportArgs) -> Result<()> {
    let table = Table::find(&args.table)?;
    if let Some(from) = args.from {
        from.check_table(table)?;
    }
    let access = access(ctx, table)?;
    let source = match args.file {
        Some(p) if p.as_os_str() != "-" => Source::File(p),
        _ => Source::Stdin,
    };
    // The file's name says how it is written; without one that does
    // (standard input), --format jsonl or tsv does; else it is CSV.
    let named = match &source {
        Source::File(p) => Shape::of_name(p),
        Source::Stdin => None,
    };
    let shape = match (named, ctx.out.format()) {
        _ if args.from.is_some() => Shape::Csv,
        (Some(shape), _) => shape,
        (None, Format::Jsonl) => Shape::Jsonl,
        (None, Format::Tsv) => Shape::Tsv,
        (None, _) => Shape::Csv,
    };
    let options = ImportOptions {
        shape,
        skip_invalid: args.skip_invalid,
        rejects: args.rejects.clone(),
        dry_run: args.dry_run,
        ignore_unknown: args.ignore_unknown,
        actor: access.actor,
        own_rows_only: access.own_rows_only,
        platform: args.from.map(|platform| PlatformImport { platform, condition: args.condition.clone() }),
    };
    let progress = bar(csvio::input_size(&source), &format!("importing {}", table.name));
    let money = ctx.out.currency().clone();
    let mut tick = |bytes: u64| progress.set_position(bytes);
    let result = csvio::import(&mut ctx.conn, table, &source, &options, &money, ctx.now, &mut tick);
    progress.finish_and_clear();
    let report = result?;
    // A platform's product may span several lines: count listings.
    let (rows, from) = match args.from {
        Some(p) => ("listing(s)", format!(" from {}", p.name())),
        None => ("row(s)", String::new()),
    };
    let mut message = if report.dry_run {
        format!("Checked {} {rows}{from} for {}: nothing was written (--dry-run).", report.imported, report.table)
    } else {
        format!("Imported {} {rows}{from} into {}.", report.imported, report.table)
    };
    if report.rejected > 0 {
        let to = args.rejects.map(|p| format!(" (written to {})", p.display())).unwrap_or_default();
        message.push_str(&format!(" Left out {} invalid {rows}{to}.", report.rejected));
    }
    ctx.out.done(&message, &[], &report)
}
