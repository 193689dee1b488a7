//! Renders any command's result as a table, JSON, JSON lines, CSV or TSV, or
//! as bare ids for `--quiet`. The domain returns data; only this module
//! decides how it looks.

use crate::error::Result;
use crate::money::{Currency, Money};
use comfy_table::{ContentArrangement, Table, presets};
use serde::Serialize;
use serde_json::Value;
use std::io::{self, IsTerminal, Write};

pub mod views;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Table,
    Json,
    Jsonl,
    Csv,
    Tsv,
}

/// A record that can be shown as a table as well as serialised.
pub trait Tabular: Serialize {
    /// Field names of the one-record (vertical) table view.
    fn headers() -> &'static [&'static str];
    /// Cells for the one-record view, in the order of `headers`.
    fn cells(&self, money: &Currency) -> Vec<String>;
    /// What `--quiet` prints for this record.
    fn id(&self) -> String;
    /// Column headings when many records are listed (default: all fields).
    fn list_headers() -> &'static [&'static str] {
        Self::headers()
    }
    fn list_cells(&self, money: &Currency) -> Vec<String> {
        self.cells(money)
    }
}

/// A result with several parts, rendered as consecutive tables.
pub trait Composite: Serialize {
    fn render(&self, money: &Currency) -> String;
    fn id(&self) -> String;
}

/// The vertical table of one record, as text.
pub fn record_table<T: Tabular>(item: &T, money: &Currency) -> String {
    let mut table = new_table();
    for (h, c) in T::headers().iter().zip(item.cells(money)) {
        table.add_row(vec![h.to_string(), c]);
    }
    table.to_string()
}

/// The table of many records, as text.
pub fn list_table<T: Tabular>(items: &[T], money: &Currency) -> String {
    if items.is_empty() {
        return "(none)".into();
    }
    let mut table = new_table();
    table.set_header(T::list_headers().to_vec());
    for item in items {
        table.add_row(item.list_cells(money));
    }
    table.to_string()
}

pub struct Output {
    format: Format,
    quiet: bool,
    currency: Currency,
}

impl Output {
    pub fn new(format: Format, quiet: bool) -> Output {
        let currency = Currency { code: "EUR".into(), digits: 2 };
        Output { format, quiet, currency }
    }

    /// The market's currency, for showing its money.
    pub fn set_currency(&mut self, currency: Currency) {
        self.currency = currency;
    }

    pub fn currency(&self) -> &Currency {
        &self.currency
    }

    pub fn is_quiet(&self) -> bool {
        self.quiet
    }

    pub fn format(&self) -> Format {
        self.format
    }

    /// A value as JSON, with every `*_cents` amount followed by its decimal string.
    pub fn to_json(&self, value: &impl Serialize) -> Result<Value> {
        Ok(with_decimals(serde_json::to_value(value)?, &self.currency))
    }

    /// One record: a two-column table of fields, or one JSON object.
    pub fn record<T: Tabular>(&self, item: &T) -> Result<()> {
        if self.format == Format::Table && !self.quiet {
            return print_line(&record_table(item, &self.currency));
        }
        self.emit(std::slice::from_ref(item), false)
    }

    /// Many records: a table with a header row, or a JSON array.
    pub fn records<T: Tabular>(&self, items: &[T]) -> Result<()> {
        if self.format == Format::Table && !self.quiet {
            return print_line(&list_table(items, &self.currency));
        }
        self.emit(items, true)
    }

    /// The outcome of an action: a sentence for people, `value` for machines,
    /// `ids` for `--quiet`.
    pub fn done(&self, message: &str, ids: &[String], value: &impl Serialize) -> Result<()> {
        let mut out = io::stdout().lock();
        if self.quiet {
            for id in ids {
                writeln!(out, "{id}")?;
            }
            return Ok(out.flush()?);
        }
        match self.format {
            Format::Table => writeln!(out, "{message}")?,
            Format::Json => writeln!(out, "{}", serde_json::to_string_pretty(&self.to_json(value)?)?)?,
            Format::Jsonl => writeln!(out, "{}", serde_json::to_string(&self.to_json(value)?)?)?,
            Format::Csv | Format::Tsv => write_delimited(&mut out, self.format, &[self.to_json(value)?])?,
        }
        Ok(out.flush()?)
    }

    /// A result made of parts (a summary and a list): several tables for
    /// people, one object for machines.
    pub fn composite<T: Composite>(&self, item: &T) -> Result<()> {
        if self.quiet {
            return print_line(&item.id());
        }
        match self.format {
            Format::Table => print_line(item.render(&self.currency).trim_end()),
            Format::Json => print_line(&serde_json::to_string_pretty(&self.to_json(item)?)?),
            Format::Jsonl => print_line(&serde_json::to_string(&self.to_json(item)?)?),
            Format::Csv | Format::Tsv => {
                let mut out = io::stdout().lock();
                write_delimited(&mut out, self.format, &[self.to_json(item)?])?;
                Ok(out.flush()?)
            }
        }
    }

    /// One raw line of text, the same in every format.
    pub fn line(&self, text: &str) -> Result<()> {
        print_line(text)
    }

    fn emit<T: Tabular>(&self, items: &[T], array: bool) -> Result<()> {
        let mut out = io::stdout().lock();
        if self.quiet {
            for item in items {
                writeln!(out, "{}", item.id())?;
            }
            return Ok(out.flush()?);
        }
        let values = items.iter().map(|i| self.to_json(i)).collect::<Result<Vec<_>>>()?;
        match self.format {
            Format::Json if array => writeln!(out, "{}", serde_json::to_string_pretty(&values)?)?,
            Format::Json => {
                for v in &values {
                    writeln!(out, "{}", serde_json::to_string_pretty(v)?)?;
                }
            }
            Format::Jsonl | Format::Table => {
                for v in &values {
                    writeln!(out, "{}", serde_json::to_string(v)?)?;
                }
            }
            Format::Csv | Format::Tsv => write_delimited(&mut out, self.format, &values)?,
        }
        Ok(out.flush()?)
    }
}

/// Follows every `x_cents` field with `x`, its decimal string ("12.50"),
/// so JSON readers get both exact integers and human amounts.
fn with_decimals(value: Value, currency: &Currency) -> Value {
    match value {
        Value::Object(map) => {
            let mut out = serde_json::Map::with_capacity(map.len() + 2);
            for (key, v) in map {
                let v = with_decimals(v, currency);
                let decimal = key.strip_suffix("_cents").map(|base| {
                    let text = v.as_i64().and_then(|n| Money::from_minor(n).ok()).map(|m| currency.decimal(m));
                    (base.to_string(), text.map_or(Value::Null, Value::String))
                });
                out.insert(key, v);
                if let Some((base, text)) = decimal {
                    out.insert(base, text);
                }
            }
            Value::Object(out)
        }
        Value::Array(items) => Value::Array(items.into_iter().map(|v| with_decimals(v, currency)).collect()),
        other => other,
    }
}

/// CSV/TSV with the JSON field names as the header: null is empty, nested
/// values are written as JSON text.
fn write_delimited(out: &mut impl Write, format: Format, values: &[Value]) -> Result<()> {
    let delimiter = if format == Format::Tsv { b'\t' } else { b',' };
    let mut w = csv::WriterBuilder::new().delimiter(delimiter).from_writer(out);
    let headers: Vec<&String> = match values.first() {
        Some(Value::Object(map)) => map.keys().collect(),
        _ => Vec::new(),
    };
    w.write_record(&headers)?;
    for value in values {
        let row = headers.iter().map(|h| cell(value.get(h.as_str()).unwrap_or(&Value::Null)));
        w.write_record(row)?;
    }
    w.flush()?;
    Ok(())
}

fn cell(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn new_table() -> Table {
    let mut table = Table::new();
    table.load_style(presets::UTF8_FULL_CONDENSED.with_rounded_corners());
    if io::stdout().is_terminal() {
        table.set_content_arrangement(ContentArrangement::Dynamic);
    }
    table
}

fn print_line(text: &str) -> Result<()> {
    let mut out = io::stdout().lock();
    writeln!(out, "{text}")?;
    Ok(out.flush()?)
}

/// A table cell for an optional value.
pub fn or_dash<T: ToString>(v: Option<T>) -> String {
    v.map_or_else(|| "-".to_string(), |v| v.to_string())
}
