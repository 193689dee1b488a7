//! Streams a table out as CSV, TSV or JSON lines, row by row.

use super::{Kind, Table};
use crate::error::Result;
use crate::money::{Currency, Money};
use rusqlite::types::ValueRef;
use std::collections::HashMap;
use std::io::Write;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    Csv,
    Tsv,
    Jsonl,
}

fn select_sql(table: &Table, owner: bool) -> String {
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
    let filter = match (owner, table.owner.and_then(|o| table.columns.iter().find(|c| c.name == o))) {
        (true, Some(col)) => format!(" WHERE t.{} = ?1", col.db),
        _ => String::new(),
    };
    let order = table.order.map_or_else(|| format!("t.{}", table.key), str::to_string);
    format!("SELECT {} FROM {} t{filter} ORDER BY {order}", exprs.join(", "), table.db)
}

/// Writes every row of `table` (only `owner`'s rows when given) and returns
/// how many. `progress` is told the running count now and then.
pub fn export(
    conn: &rusqlite::Connection,
    table: &Table,
    owner: Option<i64>,
    shape: Shape,
    money: &Currency,
    out: &mut dyn Write,
    progress: &mut dyn FnMut(u64),
) -> Result<u64> {
    let names = Names::load(conn, table)?;
    let mut tag_stmt = conn.prepare("SELECT listing_id, tag FROM listing_tags ORDER BY listing_id, tag")?;
    let has_tags = table.columns.iter().any(|c| matches!(c.kind, Kind::Tags));
    let mut tag_rows = if has_tags { Some(tag_stmt.query([])?) } else { None };
    let mut pending: Option<(i64, String)> = None;
    let mut tags = String::new();
    let mut stmt = conn.prepare(&select_sql(table, owner.is_some()))?;
    let mut rows = match owner {
        Some(id) => stmt.query([id])?,
        None => stmt.query([])?,
    };
    let mut count = 0u64;
    let mut tick = |count: u64| {
        if count.is_multiple_of(50_000) {
            progress(count);
        }
    };
    if shape == Shape::Jsonl {
        let mut line = Vec::new();
        while let Some(row) = rows.next()? {
            let mut obj = serde_json::Map::with_capacity(table.columns.len());
            for (i, c) in table.columns.iter().enumerate() {
                let v = names.resolve(c.kind, row.get_ref(i)?, &mut tag_rows, &mut pending, &mut tags)?;
                obj.insert(c.name.to_string(), json(c.kind, v, money));
            }
            line.clear();
            serde_json::to_writer(&mut line, &obj)?;
            line.push(b'\n');
            out.write_all(&line)?;
            count += 1;
            tick(count);
        }
        out.flush()?;
    } else {
        let delimiter = if shape == Shape::Tsv { b'\t' } else { b',' };
        let mut w = csv::WriterBuilder::new().delimiter(delimiter).buffer_capacity(1 << 16).from_writer(&mut *out);
        w.write_record(table.columns.iter().map(|c| c.name))?;
        let mut cell = String::new();
        while let Some(row) = rows.next()? {
            for (i, c) in table.columns.iter().enumerate() {
                cell.clear();
                let v = names.resolve(c.kind, row.get_ref(i)?, &mut tag_rows, &mut pending, &mut tags)?;
                text(c.kind, v, money, &mut cell);
                w.write_field(&cell)?;
            }
            w.write_record(None::<&[u8]>)?;
            count += 1;
            tick(count);
        }
        w.flush()?;
    }
    progress(count);
    Ok(count)
}

/// Usernames and category slugs by id, for the columns that show them.
struct Names {
    users: HashMap<i64, String>,
    categories: HashMap<i64, String>,
}

impl Names {
    fn load(conn: &rusqlite::Connection, table: &Table) -> Result<Names> {
        let uses = |k: fn(&Kind) -> bool| table.columns.iter().any(|c| k(&c.kind));
        let map = |sql: &str| -> Result<HashMap<i64, String>> {
            let mut stmt = conn.prepare(sql)?;
            let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        };
        Ok(Names {
            users: if uses(|k| matches!(k, Kind::User)) {
                map("SELECT id, username FROM users")?
            } else {
                HashMap::new()
            },
            categories: if uses(|k| matches!(k, Kind::Category)) {
                map("SELECT id, slug FROM categories")?
            } else {
                HashMap::new()
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
        let name = |m: &'a HashMap<i64, String>| m.get(&id).map_or(ValueRef::Null, |s| ValueRef::Text(s.as_bytes()));
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
