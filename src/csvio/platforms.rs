//! `flea import listings FILE --from etsy|shopify|ebay`: another selling
//! platform's listing export read as rows of flea's `listings` table. This
//! module only translates (see `translate.rs` for which columns each
//! platform's file gives and how they map); checking, inserting,
//! all-or-nothing, `--skip-invalid`, `--rejects` and `--dry-run` are the
//! normal import's, and errors name the line and column of the platform's
//! file.

mod category;
mod condition;
mod html;
mod translate;

use super::Table;
use super::import::{Layout, RawRow, Records, Row, Unreadable};
use super::lines::CsvLines;
use crate::error::{Error, Result};
use rusqlite::Connection;
use std::collections::HashMap;
use std::io::Read;
use translate::{Cols, Context, Draft, Spec};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Platform {
    /// Etsy's "Download Data" listings CSV
    Etsy,
    /// Shopify's products CSV (Products > Export)
    Shopify,
    /// eBay's Seller Hub active listings report, or a File Exchange file
    Ebay,
}

impl Platform {
    pub fn name(self) -> &'static str {
        match self {
            Platform::Etsy => "Etsy",
            Platform::Shopify => "Shopify",
            Platform::Ebay => "eBay",
        }
    }

    /// Platforms' exports are listings: `--from` with another table is a usage error.
    pub fn check_table(self, table: &Table) -> Result<()> {
        if table.name == "listings" {
            return Ok(());
        }
        let flag = self.name().to_lowercase();
        Err(Error::usage(format!("--from {flag} reads listing exports; it can't import {}", table.name))
            .with_hint(format!("flea import listings FILE --from {flag}")))
    }

    fn spec(self) -> &'static Spec {
        match self {
            Platform::Etsy => &translate::ETSY,
            Platform::Shopify => &translate::SHOPIFY,
            Platform::Ebay => &translate::EBAY,
        }
    }
}

/// How to read a platform's file.
#[derive(Debug, Clone)]
pub struct PlatformImport {
    pub platform: Platform,
    /// The condition of listings the platform doesn't grade (None: `new`,
    /// or `good` for items whose title or tags say they are used).
    pub condition: Option<String>,
}

/// The listings table's columns that a platform fills.
struct Targets {
    count: usize,
    title: usize,
    description: usize,
    category: usize,
    condition: usize,
    price: usize,
    original_price: usize,
    quantity: usize,
    tags: usize,
    status: usize,
}

impl Targets {
    fn of(table: &Table) -> Result<Targets> {
        let at = |name: &str| {
            table.column_index(name).ok_or_else(|| Error::internal(format!("the {} table has no {name}", table.name)))
        };
        Ok(Targets {
            count: table.columns.len(),
            title: at("title")?,
            description: at("description")?,
            category: at("category")?,
            condition: at("condition")?,
            price: at("price")?,
            original_price: at("original_price")?,
            quantity: at("quantity")?,
            tags: at("tags")?,
            status: at("status")?,
        })
    }

    fn cells(&self, d: Draft) -> Vec<Option<String>> {
        let mut cells = vec![None; self.count];
        cells[self.title] = d.title;
        cells[self.description] = Some(d.description);
        cells[self.category] = Some(d.category);
        cells[self.condition] = Some(d.condition);
        cells[self.price] = d.price;
        cells[self.original_price] = d.original_price;
        cells[self.quantity] = d.quantity;
        cells[self.tags] = Some(d.tags);
        cells[self.status] = Some(d.status.to_string());
        cells
    }

    /// Which platform column each listings column comes from, so that an
    /// error names the platform file's column.
    fn layout(&self, cols: &Cols, width: usize) -> Layout {
        let mut csv = vec![None; width];
        let sources = [
            (self.title, cols.title),
            (self.description, cols.description),
            (self.price, cols.price.first().copied()),
            (self.original_price, cols.original_price),
            (self.quantity, cols.quantity),
            (self.tags, cols.tags),
            (self.condition, cols.condition),
            (self.category, cols.category.first().copied()),
            (self.status, cols.status),
        ];
        for (target, source) in sources {
            if let Some(slot) = source.and_then(|p| csv.get_mut(p))
                && slot.is_none()
            {
                *slot = Some(target);
            }
        }
        Layout { csv }
    }
}

/// Opens a platform file: its header checked, the records to import, where
/// listings columns sit in the file, and the header as written (for the
/// rejects file).
pub(super) fn open(
    conn: &Connection,
    table: &'static Table,
    input: Box<dyn Read + Send>,
    from: &PlatformImport,
    file: &str,
) -> Result<(Box<dyn Records>, Layout, Vec<String>)> {
    from.platform.check_table(table)?;
    let spec = from.platform.spec();
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .buffer_capacity(1 << 16)
        .from_reader(CsvLines::new(input));
    let mut record = csv::ByteRecord::new();
    let (header, line) = loop {
        match reader.read_byte_record(&mut record) {
            Ok(true) => {
                let fields = lossy(&record);
                if !skipped(&fields) {
                    break (fields, record.position().map_or(1, |p| reader.get_mut().line(p)));
                }
            }
            Ok(false) => return Err(Error::invalid(format!("{file}: the file is empty; it needs a header row"))),
            Err(_) => return Err(Error::invalid(format!("{file}: the header is not valid CSV"))),
        }
    };
    let (names, currency) = header_names(&header);
    let cols = Cols::find(spec, &names).map_err(|missing| {
        let name = spec.platform.name();
        Error::invalid(format!("{file}:{line}: this is not {name}'s listing export: it has no '{missing}' column"))
            .with_hint(format!("export the listings from {name} again, or choose the platform that made the file"))
    })?;
    let targets = Targets::of(table)?;
    let layout = targets.layout(&cols, header.len());
    let records = PlatformRecords {
        reader,
        record,
        width: header.len(),
        spec,
        cols,
        targets,
        matcher: category::Matcher::load(conn)?,
        condition: from.condition.clone(),
        currency,
        pending: None,
        seen: HashMap::new(),
    };
    Ok((Box::new(records), layout, header))
}

/// Header names for lookup ("*Title " -> "title"), and the currency an
/// eBay File Exchange `Action(SiteID=US|Currency=USD|...)` column declares.
fn header_names(header: &[String]) -> (Vec<String>, Option<String>) {
    let mut currency = None;
    let names = header
        .iter()
        .map(|h| {
            let name = h.trim().trim_start_matches('*').trim().to_lowercase();
            match name.strip_prefix("action(") {
                Some(params) => {
                    currency = params
                        .split(['|', ')'])
                        .find_map(|p| p.trim().strip_prefix("currency="))
                        .map(|c| c.trim().to_ascii_uppercase());
                    "action".to_string()
                }
                None => name.split_whitespace().collect::<Vec<_>>().join(" "),
            }
        })
        .collect();
    (names, currency)
}

fn lossy(record: &csv::ByteRecord) -> Vec<String> {
    record.iter().map(|f| String::from_utf8_lossy(f).into_owned()).collect()
}

/// Rows that carry no listing: blank ones, eBay's `#INFO` notes before the
/// header and its closing "12 record(s) downloaded" line.
fn skipped(fields: &[String]) -> bool {
    let first = fields.first().map_or("", |f| f.trim());
    fields.iter().all(|f| f.trim().is_empty())
        || first.starts_with("#INFO")
        || first.eq_ignore_ascii_case("info")
        || (first.contains("record(s) downloaded") && fields.iter().skip(1).all(|f| f.trim().is_empty()))
}

/// One line of the file, read and checked.
struct Line {
    number: u64,
    fields: Vec<String>,
}

type Next = std::result::Result<Line, Unreadable>;

struct PlatformRecords {
    reader: csv::Reader<CsvLines<Box<dyn Read + Send>>>,
    record: csv::ByteRecord,
    width: usize,
    spec: &'static Spec,
    cols: Cols,
    targets: Targets,
    matcher: category::Matcher,
    condition: Option<String>,
    currency: Option<String>,
    /// The line after a product's last row, read to see that the product ended.
    pending: Option<Next>,
    /// Each product key and the line where its rows began.
    seen: HashMap<String, u64>,
}

impl PlatformRecords {
    fn read_line(&mut self) -> Result<Option<Next>> {
        loop {
            match self.reader.read_byte_record(&mut self.record) {
                Ok(true) => {}
                Ok(false) => return Ok(None),
                Err(e) => {
                    if let csv::ErrorKind::Io(io) = e.kind() {
                        return Err(Error::invalid(format!("cannot read the input: {io}")));
                    }
                    let line = e.position().map_or(0, |p| self.reader.get_mut().line(p));
                    let raw = RawRow::CsvRows(vec![Vec::new()]);
                    return Ok(Some(Err(Unreadable { line, reason: "the row is not valid CSV".into(), raw })));
                }
            }
            let number = self.record.position().map_or(0, |p| self.reader.get_mut().line(p));
            let fields = lossy(&self.record);
            if skipped(&fields) {
                continue;
            }
            let bad_byte =
                self.record.iter().enumerate().find_map(|(i, f)| std::str::from_utf8(f).err().map(|e| (i, e)));
            let reason = match bad_byte {
                Some((pos, e)) => format!("column {} is not UTF-8 (bad byte at offset {})", pos + 1, e.valid_up_to()),
                None if fields.len() != self.width => {
                    format!("the row has {} fields; the header has {}", fields.len(), self.width)
                }
                None => return Ok(Some(Ok(Line { number, fields }))),
            };
            return Ok(Some(Err(Unreadable { line: number, reason, raw: RawRow::CsvRows(vec![fields]) })));
        }
    }

    fn key(&self, line: &Line) -> Option<String> {
        let key = self.cols.key.and_then(|k| line.fields.get(k)).map(|k| k.trim().to_string());
        key.filter(|k| !k.is_empty())
    }

    /// A listing's lines: the first, and those after it with the same key.
    fn group(&mut self, first: Line) -> Result<std::result::Result<Vec<Line>, Unreadable>> {
        let Some(key) = self.key(&first) else { return Ok(Ok(vec![first])) };
        if let Some(began) = self.seen.get(&key) {
            let reason = format!("'{key}' began at line {began}; keep the rows of one item together");
            return Ok(Err(Unreadable { line: first.number, reason, raw: RawRow::CsvRows(vec![first.fields]) }));
        }
        self.seen.insert(key.clone(), first.number);
        let mut lines = vec![first];
        loop {
            match self.read_line()? {
                Some(Ok(line)) if self.key(&line).as_deref() == Some(key.as_str()) => lines.push(line),
                next => {
                    self.pending = next;
                    return Ok(Ok(lines));
                }
            }
        }
    }
}

impl Records for PlatformRecords {
    fn next_row(&mut self, _: &Table, _: &Layout) -> Result<Option<std::result::Result<Row, Unreadable>>> {
        let next = match self.pending.take() {
            Some(next) => next,
            None => match self.read_line()? {
                Some(next) => next,
                None => return Ok(None),
            },
        };
        let first = match next {
            Ok(line) => line,
            Err(bad) => return Ok(Some(Err(bad))),
        };
        let lines = match self.group(first)? {
            Ok(lines) => lines,
            Err(bad) => return Ok(Some(Err(bad))),
        };
        let line = lines[0].number;
        let rows: Vec<Vec<String>> = lines.into_iter().map(|l| l.fields).collect();
        let ctx = Context {
            matcher: &self.matcher,
            condition: self.condition.as_deref(),
            currency: self.currency.as_deref(),
        };
        let cells = self.targets.cells(translate::translate(self.spec, &self.cols, &rows, &ctx));
        Ok(Some(Ok(Row { line, cells: cells.into(), raw: RawRow::CsvRows(rows) })))
    }

    fn bytes_read(&self) -> u64 {
        self.reader.position().byte()
    }

    /// Every row carries its lines already.
    fn current_raw(&self) -> RawRow {
        RawRow::CsvRows(Vec::new())
    }
}
