//! Renders any command's result as a table, JSON, JSON lines, CSV or TSV, or
//! as bare ids for `--quiet`. The domain returns data; only this module
//! decides how it looks.

use crate::error::Result;
use comfy_table::{ContentArrangement, Table, presets};
use serde::Serialize;
use serde_json::Value;
use std::io::{self, IsTerminal, Write};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Table,
    Json,
    Jsonl,
    Csv,
    Tsv,
}

/// A record that can be shown as a table row as well as serialised.
pub trait Tabular: Serialize {
    /// Column headings of the table view.
    fn headers() -> &'static [&'static str];
    /// Cells for the table view, in the order of `headers`.
    fn cells(&self) -> Vec<String>;
    /// What `--quiet` prints for this record.
    fn id(&self) -> String;
}

pub struct Output {
    format: Format,
    quiet: bool,
}

impl Output {
    pub fn new(format: Format, quiet: bool) -> Output {
        Output { format, quiet }
    }

    /// One record: a two-column table of fields, or one JSON object.
    pub fn record<T: Tabular>(&self, item: &T) -> Result<()> {
        if self.format == Format::Table && !self.quiet {
            let mut table = new_table();
            for (h, c) in T::headers().iter().zip(item.cells()) {
                table.add_row(vec![h.to_string(), c]);
            }
            return print_line(&table.to_string());
        }
        self.emit(std::slice::from_ref(item), false)
    }

    /// Many records: a table with a header row, or a JSON array.
    pub fn records<T: Tabular>(&self, items: &[T]) -> Result<()> {
        if self.format == Format::Table && !self.quiet {
            if items.is_empty() {
                return print_line("(none)");
            }
            let mut table = new_table();
            table.set_header(T::headers().to_vec());
            for item in items {
                table.add_row(item.cells());
            }
            return print_line(&table.to_string());
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
            Format::Json => writeln!(out, "{}", serde_json::to_string_pretty(value)?)?,
            Format::Jsonl => writeln!(out, "{}", serde_json::to_string(value)?)?,
            Format::Csv | Format::Tsv => {
                write_delimited(&mut out, self.format, &[serde_json::to_value(value)?])?
            }
        }
        Ok(out.flush()?)
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
        match self.format {
            Format::Json if array => writeln!(out, "{}", serde_json::to_string_pretty(items)?)?,
            Format::Json => {
                for item in items {
                    writeln!(out, "{}", serde_json::to_string_pretty(item)?)?;
                }
            }
            Format::Jsonl | Format::Table => {
                for item in items {
                    writeln!(out, "{}", serde_json::to_string(item)?)?;
                }
            }
            Format::Csv | Format::Tsv => {
                let values = items
                    .iter()
                    .map(serde_json::to_value)
                    .collect::<Result<Vec<_>, _>>()?;
                write_delimited(&mut out, self.format, &values)?;
            }
        }
        Ok(out.flush()?)
    }
}

/// CSV/TSV with the JSON field names as the header: null is empty, nested
/// values are written as JSON text.
fn write_delimited(out: &mut impl Write, format: Format, values: &[Value]) -> Result<()> {
    let delimiter = if format == Format::Tsv { b'\t' } else { b',' };
    let mut w = csv::WriterBuilder::new()
        .delimiter(delimiter)
        .from_writer(out);
    let headers: Vec<&String> = match values.first() {
        Some(Value::Object(map)) => map.keys().collect(),
        _ => Vec::new(),
    };
    w.write_record(&headers)?;
    for value in values {
        let row = headers
            .iter()
            .map(|h| cell(value.get(h.as_str()).unwrap_or(&Value::Null)));
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

impl Tabular for crate::account::Member {
    fn headers() -> &'static [&'static str] {
        &[
            "id",
            "username",
            "name",
            "email",
            "place",
            "location",
            "admin",
            "member since",
        ]
    }
    fn cells(&self) -> Vec<String> {
        let location = self
            .lat
            .zip(self.lon)
            .map(|(lat, lon)| format!("{lat:.4}, {lon:.4}"));
        let admin = if self.admin { "yes" } else { "no" };
        vec![
            self.id.to_string(),
            self.username.clone(),
            or_dash(self.display_name.as_deref()),
            or_dash(self.email.as_deref()),
            or_dash(self.place.as_deref()),
            or_dash(location),
            admin.to_string(),
            self.created_at.rfc3339()[..10].to_string(),
        ]
    }
    fn id(&self) -> String {
        self.id.to_string()
    }
}

impl Tabular for crate::market::Settings {
    fn headers() -> &'static [&'static str] {
        &[
            "name",
            "currency",
            "minor-unit digits",
            "session days",
            "created",
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.name.clone(),
            self.currency.clone(),
            self.currency_digits.to_string(),
            self.session_days.to_string(),
            or_dash(self.created_at),
        ]
    }
    fn id(&self) -> String {
        self.currency.clone()
    }
}
