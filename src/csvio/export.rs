//! Streams a table out as CSV, TSV or JSON lines, row by row.

use super::{Kind, Table};
use crate::error::Result;
use crate::money::{Currency, Money};
use rusqlite::types::ValueRef;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::io::Write;

/// How a table is written, or read: CSV, tab-separated or JSON lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Shape {
    #[default]
    Csv,
    Tsv,
    Jsonl,
}

impl Shape {
    /// The shape a file name's extension gives: `.csv`, `.tsv` or `.tab`,
    /// `.jsonl` or `.ndjson`.
    pub fn of_name(path: &std::path::Path) -> Option<Shape> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "csv" => Some(Shape::Csv),
            "tsv" | "tab" => Some(Shape::Tsv),
            "jsonl" | "ndjson" => Some(Shape::Jsonl),
            _ => None,
        }
    }
}

/// Which rows an export reads.
#[derive(Clone, Copy)]
pub(super) enum Rows {
    All,
    /// Only this member's rows.
    Owner(i64),
    /// Keys from .0 to .1, both included.
    Keys(i64, i64),
}

fn select_sql(table: &Table, rows: Rows) -> String {
    let exprs: Vec<String> = table
        .columns
        .iter()
        .map(|c| match c.kind {
            // Names and tags are joined in Rust (maps and a merged cursor):
            // a lookup per row in SQL costs more than the row itself.
            Kind::Tags => format!("t.{}", table.key),
            _ => format!("t.{}", c.db),
        })
        .collect();
    let filter = match (rows, table.owner.and_then(|o| table.columns.iter().find(|c| c.name == o))) {
        (Rows::Owner(_), Some(col)) => format!(" WHERE t.{} = ?1", col.db),
        (Rows::Keys(..), _) => format!(" WHERE t.{} BETWEEN ?1 AND ?2", table.key),
        _ => String::new(),
    };
    let order = table.order.map_or_else(|| format!("t.{}", table.key), str::to_string);
    format!("SELECT {} FROM {} t{filter} ORDER BY {order}", exprs.join(", "), table.db)
}

/// Writes every row of `table` (only `owner`'s rows when given) and returns
/// how many. `progress` is told the running count now and then.
///
/// A large table is formatted by several threads, each with its own
/// read-only connection, piece by piece in key order, and written in that
/// order: formatting costs more than reading, and cores are otherwise idle.
/// The threads start their reads while this connection holds the write
/// lock, so all of them see the same state of the market.
pub fn export(
    conn: &rusqlite::Connection,
    table: &Table,
    owner: Option<i64>,
    shape: Shape,
    money: &Currency,
    out: &mut dyn Write,
    progress: &mut dyn FnMut(u64),
) -> Result<u64> {
    let header = |buf: &mut Vec<u8>| {
        if shape != Shape::Jsonl {
            let mut w = Fields::new(buf, shape);
            for c in table.columns {
                w.text(c.name.as_bytes());
            }
            w.end();
        }
    };
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).min(4);
    let path = conn.path().filter(|p| !p.is_empty()).map(str::to_string);
    if let (None, None, Some(path), true) = (owner, table.order, path, threads > 1)
        && conn.is_autocommit()
        && super::pieces::worth_it(conn, table)?
        && write_lock_now(conn)
    {
        let job = super::pieces::Job { path: &path, table, shape, money, threads, header: &header };
        let result = super::pieces::export(conn, &job, out, progress);
        if !conn.is_autocommit() {
            conn.execute_batch("COMMIT")?;
        }
        // None: the keys turned out too sparse for pieces.
        if let Some(count) = result? {
            return Ok(count);
        }
    }
    let names = Names::load(conn, table)?;
    let mut buf = Vec::with_capacity(1 << 17);
    header(&mut buf);
    let rows = owner.map_or(Rows::All, Rows::Owner);
    let mut count = 0u64;
    format_rows(conn, table, rows, shape, &names, money, &mut buf, &mut |buf, n| {
        out.write_all(buf)?;
        buf.clear();
        if n / 50_000 != count / 50_000 {
            progress(n);
        }
        count = n;
        Ok(())
    })
    .and_then(|n| {
        count = n;
        out.write_all(&buf)?;
        out.flush()?;
        Ok(())
    })?;
    progress(count);
    Ok(count)
}

/// Takes the write lock if nobody holds it: an export is a read, and while
/// another process writes it goes on alone in its own snapshot rather than
/// wait (or on a read-only file).
fn write_lock_now(conn: &rusqlite::Connection) -> bool {
    let before: i64 = conn.pragma_query_value(None, "busy_timeout", |r| r.get(0)).unwrap_or(5000);
    let taken = conn.busy_timeout(std::time::Duration::ZERO).is_ok() && conn.execute_batch("BEGIN IMMEDIATE").is_ok();
    let restored = conn.busy_timeout(std::time::Duration::from_millis(before.max(0) as u64)).is_ok();
    if taken && !restored {
        let _ = conn.execute_batch("ROLLBACK");
        return false;
    }
    taken
}

/// Formats the chosen rows into `buf`, handing it to `spill` (with the
/// running count) whenever it passes 64 KB; returns how many rows.
#[allow(clippy::too_many_arguments)]
pub(super) fn format_rows(
    conn: &rusqlite::Connection,
    table: &Table,
    which: Rows,
    shape: Shape,
    names: &Names,
    money: &Currency,
    buf: &mut Vec<u8>,
    spill: &mut dyn FnMut(&mut Vec<u8>, u64) -> Result<()>,
) -> Result<u64> {
    let has_tags = table.columns.iter().any(|c| matches!(c.kind, Kind::Tags));
    let (tag_sql, tag_range) = match which {
        Rows::Keys(lo, hi) => (
            "SELECT listing_id, tag FROM listing_tags WHERE listing_id BETWEEN ?1 AND ?2 ORDER BY listing_id, tag",
            Some((lo, hi)),
        ),
        _ => ("SELECT listing_id, tag FROM listing_tags ORDER BY listing_id, tag", None),
    };
    let mut tag_stmt = conn.prepare_cached(tag_sql)?;
    let mut tag_rows = match (has_tags, tag_range) {
        (false, _) => None,
        (true, Some((lo, hi))) => Some(tag_stmt.query([lo, hi])?),
        (true, None) => Some(tag_stmt.query([])?),
    };
    let mut pending: Option<(i64, String)> = None;
    let mut tags = String::new();
    let mut stmt = conn.prepare_cached(&select_sql(table, which))?;
    let mut rows = match which {
        Rows::All => stmt.query([])?,
        Rows::Owner(id) => stmt.query([id])?,
        Rows::Keys(lo, hi) => stmt.query([lo, hi])?,
    };
    let mut count = 0u64;
    while let Some(row) = rows.next()? {
        if shape == Shape::Jsonl {
            let mut obj = serde_json::Map::with_capacity(table.columns.len());
            for (i, c) in table.columns.iter().enumerate() {
                let v = names.resolve(c.kind, row.get_ref(i)?, &mut tag_rows, &mut pending, &mut tags)?;
                obj.insert(c.name.to_string(), json(c.kind, v, money));
            }
            serde_json::to_writer(&mut *buf, &obj)?;
            buf.push(b'\n');
        } else {
            let mut w = Fields::new(buf, shape);
            for (i, c) in table.columns.iter().enumerate() {
                let v = names.resolve(c.kind, row.get_ref(i)?, &mut tag_rows, &mut pending, &mut tags)?;
                w.value(c.kind, v, money);
            }
            w.end();
        }
        count += 1;
        if buf.len() >= 1 << 16 {
            spill(buf, count)?;
        }
    }
    Ok(count)
}

/// Usernames and category slugs by id, for the columns that show them.
pub(super) struct Names {
    users: IdMap<String>,
    categories: IdMap<String>,
}

/// Row ids are already well spread: a multiply is hash enough, and SipHash
/// was a tenth of an export's time.
#[derive(Default)]
struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x100_0000_01b3);
        }
    }
    fn write_i64(&mut self, n: i64) {
        self.0 = (n as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}

type IdMap<V> = HashMap<i64, V, BuildHasherDefault<IdHasher>>;

impl Names {
    pub(super) fn load(conn: &rusqlite::Connection, table: &Table) -> Result<Names> {
        let uses = |k: fn(&Kind) -> bool| table.columns.iter().any(|c| k(&c.kind));
        let map = |sql: &str| -> Result<IdMap<String>> {
            let mut stmt = conn.prepare(sql)?;
            let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        };
        Ok(Names {
            users: if uses(|k| matches!(k, Kind::User)) {
                map("SELECT id, username FROM users")?
            } else {
                IdMap::default()
            },
            categories: if uses(|k| matches!(k, Kind::Category)) {
                map("SELECT id, slug FROM categories")?
            } else {
                IdMap::default()
            },
        })
    }

    /// The value a column shows: a name for an id, the tags of a listing
    /// (from `tag_rows`, read in step with listings in id order).
    fn resolve<'a>(
        &'a self,
        kind: Kind,
        v: ValueRef<'a>,
        tag_rows: &mut Option<rusqlite::Rows<'_>>,
        pending: &mut Option<(i64, String)>,
        tags: &'a mut String,
    ) -> Result<ValueRef<'a>> {
        let id = match v {
            ValueRef::Integer(id) => id,
            other => return Ok(other),
        };
        let name = |m: &'a IdMap<String>| m.get(&id).map_or(ValueRef::Null, |s| ValueRef::Text(s.as_bytes()));
        Ok(match kind {
            Kind::User => name(&self.users),
            Kind::Category => name(&self.categories),
            Kind::Tags => {
                tags.clear();
                if let Some(rows) = tag_rows.as_mut() {
                    loop {
                        if pending.is_none() {
                            *pending = match rows.next()? {
                                Some(r) => Some((r.get(0)?, r.get(1)?)),
                                None => break,
                            };
                        }
                        match pending.take() {
                            Some((listing, _)) if listing < id => continue,
                            Some((listing, tag)) if listing == id => {
                                if !tags.is_empty() {
                                    tags.push(';');
                                }
                                tags.push_str(&tag);
                            }
                            other => {
                                *pending = other;
                                break;
                            }
                        }
                    }
                }
                if tags.is_empty() { ValueRef::Null } else { ValueRef::Text(tags.as_bytes()) }
            }
            _ => v,
        })
    }
}

/// Writes CSV (or TSV) records into a buffer, quoting exactly as the `csv`
/// crate does (only a field holding the delimiter, a quote or a line break),
/// so exports stay byte-identical to what import reads. The `csv` writer's
/// per-field state machine, plus a `String` per cell, cost more than reading
/// the row from SQLite.
struct Fields<'b> {
    buf: &'b mut Vec<u8>,
    delimiter: u8,
    first: bool,
}

impl<'b> Fields<'b> {
    fn new(buf: &'b mut Vec<u8>, shape: Shape) -> Fields<'b> {
        Fields { buf, delimiter: if shape == Shape::Tsv { b'\t' } else { b',' }, first: true }
    }

    fn separate(&mut self) {
        if !self.first {
            self.buf.push(self.delimiter);
        }
        self.first = false;
    }

    fn text(&mut self, t: &[u8]) {
        self.separate();
        let d = self.delimiter;
        if t.iter().any(|&b| b == d || b == b'"' || b == b'\n' || b == b'\r') {
            self.buf.push(b'"');
            for part in t.split_inclusive(|&b| b == b'"') {
                self.buf.extend_from_slice(part);
                if part.ends_with(b"\"") {
                    self.buf.push(b'"');
                }
            }
            self.buf.push(b'"');
        } else {
            self.buf.extend_from_slice(t);
        }
    }

    fn int(&mut self, n: i64) {
        self.separate();
        let mut digits = [0u8; 20];
        let mut i = digits.len();
        let mut m = n.unsigned_abs();
        loop {
            i -= 1;
            digits[i] = b'0' + (m % 10) as u8;
            m /= 10;
            if m == 0 {
                break;
            }
        }
        if n < 0 {
            self.buf.push(b'-');
        }
        self.buf.extend_from_slice(&digits[i..]);
    }

    /// One stored value as its cell.
    fn value(&mut self, kind: Kind, v: ValueRef, money: &Currency) {
        match (kind, v) {
            (Kind::Money, ValueRef::Integer(_)) | (Kind::Bool, ValueRef::Integer(_)) | (_, ValueRef::Real(_)) => {
                let mut cell = String::new();
                text(kind, v, money, &mut cell);
                self.text(cell.as_bytes());
            }
            (_, ValueRef::Integer(n)) => self.int(n),
            (_, ValueRef::Text(t)) | (_, ValueRef::Blob(t)) => match std::str::from_utf8(t) {
                Ok(_) => self.text(t),
                Err(_) => self.text(String::from_utf8_lossy(t).as_bytes()),
            },
            (_, ValueRef::Null) => self.separate(),
        }
    }

    fn end(&mut self) {
        self.buf.push(b'\n');
        self.first = true;
    }
}

/// The CSV text of one stored value.
fn text(kind: Kind, v: ValueRef, money: &Currency, out: &mut String) {
    use std::fmt::Write as _;
    match (kind, v) {
        (_, ValueRef::Null) => {}
        (Kind::Money, ValueRef::Integer(n)) => {
            out.push_str(&Money::from_minor(n).map(|m| money.decimal(m)).unwrap_or_default())
        }
        (Kind::Bool, ValueRef::Integer(n)) => out.push_str(if n != 0 { "true" } else { "false" }),
        (_, ValueRef::Integer(n)) => {
            let _ = write!(out, "{n}");
        }
        (_, ValueRef::Real(x)) => {
            let _ = write!(out, "{x}");
        }
        (_, ValueRef::Text(t)) | (_, ValueRef::Blob(t)) => out.push_str(&String::from_utf8_lossy(t)),
    }
}

/// The JSON value of one stored value: numbers and booleans typed, money as a
/// decimal string (the same text as in CSV), tags as an array.
fn json(kind: Kind, v: ValueRef, money: &Currency) -> serde_json::Value {
    use serde_json::Value;
    match (kind, v) {
        (Kind::Tags, ValueRef::Null) => Value::Array(Vec::new()),
        (_, ValueRef::Null) => Value::Null,
        (Kind::Bool, ValueRef::Integer(n)) => Value::Bool(n != 0),
        (Kind::Money, ValueRef::Integer(_)) => {
            let mut s = String::new();
            text(kind, v, money, &mut s);
            Value::String(s)
        }
        (_, ValueRef::Integer(n)) => Value::from(n),
        (_, ValueRef::Real(x)) => Value::from(x),
        (Kind::Tags, ValueRef::Text(t)) => {
            Value::Array(String::from_utf8_lossy(t).split(';').map(|s| Value::String(s.to_string())).collect())
        }
        (_, ValueRef::Text(t)) | (_, ValueRef::Blob(t)) => Value::String(String::from_utf8_lossy(t).into_owned()),
    }
}
