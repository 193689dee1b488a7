//! Streams a table out as CSV, TSV or JSON lines, row by row.

use super::{Kind, Table};
use crate::error::Result;
use crate::money::{Currency, Money};
use rusqlite::types::ValueRef;
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
            Kind::Tags => "(SELECT group_concat(tag, ';') FROM (SELECT tag FROM listing_tags WHERE listing_id = t.id ORDER BY tag))".to_string(),
            Kind::User => format!("(SELECT username FROM users WHERE id = t.{})", c.db),
            Kind::Category => format!("(SELECT slug FROM categories WHERE id = t.{})", c.db),
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
                obj.insert(c.name.to_string(), json(c.kind, row.get_ref(i)?, money));
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
                text(c.kind, row.get_ref(i)?, money, &mut cell);
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
