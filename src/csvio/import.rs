//! Reads CSV or JSON lines into a table: every cell checked against the
//! table's declaration, all rows in one transaction, all-or-nothing unless
//! told to skip invalid rows.

use super::Shape;
use super::jsonl::{self, Fields};
use super::lines::CsvLines;
use super::{Default, Kind, Refs, Table, parse_cell};
use crate::error::{Error, Result};
use crate::money::Currency;
use crate::time::Timestamp;
use rusqlite::types::Value;
use rusqlite::{Connection, Statement, TransactionBehavior};
use serde::Serialize;
use serde_json::value::RawValue;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::PathBuf;

/// How many row errors an all-or-nothing failure lists.
const SHOWN_ERRORS: usize = 20;

pub enum Source {
    File(PathBuf),
    Stdin,
}

impl Source {
    fn name(&self) -> String {
        match self {
            Source::File(p) => p.display().to_string(),
            Source::Stdin => "<stdin>".to_string(),
        }
    }
}

#[derive(Debug, Default)]
pub struct ImportOptions {
    /// How the input is written (a platform's export is always CSV).
    pub shape: Shape,
    pub skip_invalid: bool,
    pub rejects: Option<PathBuf>,
    pub dry_run: bool,
    pub ignore_unknown: bool,
    /// The acting member: the default owner of rows that have one.
    pub actor: Option<i64>,
    /// Only rows owned by `actor` may be imported (a member, not an admin).
    pub own_rows_only: bool,
    /// Read another platform's listing export (`--from`) instead of flea's columns.
    pub platform: Option<super::PlatformImport>,
}

#[derive(Debug, Serialize)]
pub struct ImportReport {
    pub table: &'static str,
    pub imported: u64,
    pub rejected: u64,
    pub dry_run: bool,
}

/// One input row: its line, each table column's cell (None when absent),
/// and where each column sits in the file (for messages).
pub(super) struct Row {
    pub(super) line: u64,
    pub(super) cells: Cells,
    pub(super) raw: RawRow,
}

/// A row's text by table column, in one buffer: two allocations a row
/// instead of one per cell.
pub(super) struct Cells {
    text: String,
    spans: Vec<Option<(usize, usize)>>,
}

impl Cells {
    fn with_columns(n: usize) -> Cells {
        Cells { text: String::new(), spans: vec![None; n] }
    }

    fn set(&mut self, col: usize, value: &str) {
        let start = self.text.len();
        self.text.push_str(value);
        self.spans[col] = Some((start, self.text.len()));
    }

    pub(super) fn get(&self, col: usize) -> Option<&str> {
        self.spans.get(col).copied().flatten().map(|(a, b)| &self.text[a..b])
    }
}

impl From<Vec<Option<String>>> for Cells {
    fn from(cells: Vec<Option<String>>) -> Cells {
        let mut out = Cells::with_columns(cells.len());
        for (col, cell) in cells.iter().enumerate() {
            if let Some(text) = cell {
                out.set(col, text);
            }
        }
        out
    }
}

pub(super) enum RawRow {
    Csv(Vec<String>),
    Json(String),
    /// Several CSV records making one row (a product and its variants).
    CsvRows(Vec<Vec<String>>),
}

/// A row that could not be read at all (bad bytes, bad JSON).
pub(super) struct Unreadable {
    pub(super) line: u64,
    pub(super) reason: String,
    pub(super) raw: RawRow,
}

/// Positions of the table's columns in a CSV header (1-based), or names for JSON.
pub(super) struct Layout {
    /// For CSV: file position -> table column (None: ignored extra column).
    pub(super) csv: Vec<Option<usize>>,
}

pub(super) trait Records: Send {
    fn next_row(&mut self, table: &Table, layout: &Layout) -> Result<Option<std::result::Result<Row, Unreadable>>>;
    fn bytes_read(&self) -> u64;
    /// The row just read, as it was in the input (for the rejects file).
    fn current_raw(&self) -> RawRow;
}

struct CsvRecords<R: Read> {
    reader: csv::Reader<CsvLines<R>>,
    record: csv::ByteRecord,
}

impl<R: Read + Send> Records for CsvRecords<R> {
    fn next_row(&mut self, table: &Table, layout: &Layout) -> Result<Option<std::result::Result<Row, Unreadable>>> {
        let more = match self.reader.read_byte_record(&mut self.record) {
            Ok(more) => more,
            Err(e) => {
                let line = e.position().map_or(0, |p| self.reader.get_mut().line(p));
                let reason = match e.kind() {
                    csv::ErrorKind::Io(io) => {
                        return Err(Error::invalid(format!("cannot read the input: {io}")));
                    }
                    _ => "the row is not valid CSV".to_string(),
                };
                return Ok(Some(Err(Unreadable { line, reason, raw: RawRow::Csv(Vec::new()) })));
            }
        };
        if !more {
            return Ok(None);
        }
        let line = self.record.position().map_or(0, |p| self.reader.get_mut().line(p));
        if self.record.len() != layout.csv.len() {
            let reason = format!("the row has {} fields; the header has {}", self.record.len(), layout.csv.len());
            return Ok(Some(Err(Unreadable { line, reason, raw: self.current_raw() })));
        }
        let mut cells = Cells::with_columns(table.columns.len());
        cells.text.reserve(self.record.as_slice().len());
        for (pos, field) in self.record.iter().enumerate() {
            let text = match std::str::from_utf8(field) {
                Ok(t) => t,
                Err(bad) => {
                    let reason = format!("column {} is not UTF-8 (bad byte at offset {})", pos + 1, bad.valid_up_to());
                    return Ok(Some(Err(Unreadable { line, reason, raw: self.current_raw() })));
                }
            };
            if let Some(Some(col)) = layout.csv.get(pos) {
                cells.set(*col, text);
            }
        }
        // The raw fields are only needed for a rejected row; see `current_raw`.
        Ok(Some(Ok(Row { line, cells, raw: RawRow::Csv(Vec::new()) })))
    }

    fn current_raw(&self) -> RawRow {
        RawRow::Csv(self.record.iter().map(|f| String::from_utf8_lossy(f).into_owned()).collect())
    }

    fn bytes_read(&self) -> u64 {
        self.reader.position().byte()
    }
}

struct JsonRecords<R: BufRead> {
    reader: R,
    line: u64,
    bytes: u64,
    buf: Vec<u8>,
    ignore_unknown: bool,
}

impl<R: BufRead + Send> Records for JsonRecords<R> {
    fn next_row(&mut self, table: &Table, _: &Layout) -> Result<Option<std::result::Result<Row, Unreadable>>> {
        loop {
            self.buf.clear();
            let n = self
                .reader
                .read_until(b'\n', &mut self.buf)
                .map_err(|e| Error::invalid(format!("cannot read the input: {e}")))?;
            if n == 0 {
                return Ok(None);
            }
            self.line += 1;
            self.bytes += n as u64;
            let text = match std::str::from_utf8(&self.buf) {
                Ok(t) => t.trim_start_matches('\u{feff}').trim(),
                Err(e) => {
                    let reason = format!("the line is not UTF-8 (bad byte at offset {})", e.valid_up_to());
                    let raw = RawRow::Json(String::from_utf8_lossy(&self.buf).trim().to_string());
                    return Ok(Some(Err(Unreadable { line: self.line, reason, raw })));
                }
            };
            if text.is_empty() {
                continue;
            }
            let raw = RawRow::Json(text.to_string());
            let fields = match Fields::parse(text) {
                Ok(fields) => fields,
                Err(reason) => return Ok(Some(Err(Unreadable { line: self.line, reason, raw }))),
            };
            let mut cells = vec![None; table.columns.len()];
            for (key, value) in fields.0 {
                let Some(col) = table.column_index(&key) else {
                    if self.ignore_unknown || key == REASON {
                        continue;
                    }
                    let reason = format!("unknown field '{key}'");
                    return Ok(Some(Err(Unreadable { line: self.line, reason, raw })));
                };
                let items_with_semicolons = value.get().starts_with('[')
                    && serde_json::from_str::<Vec<&RawValue>>(value.get()).is_ok_and(|items| {
                        items.into_iter().any(|i| jsonl::cell(i).is_ok_and(|c| c.is_some_and(|c| c.contains(';'))))
                    });
                if items_with_semicolons {
                    let reason = format!("{key}: an item can't contain ';'");
                    return Ok(Some(Err(Unreadable { line: self.line, reason, raw })));
                }
                cells[col] = match jsonl::cell(value) {
                    Ok(cell) => cell,
                    Err(why) => {
                        let reason = format!("{key}: {why}");
                        return Ok(Some(Err(Unreadable { line: self.line, reason, raw })));
                    }
                };
            }
            return Ok(Some(Ok(Row { line: self.line, cells: cells.into(), raw })));
        }
    }

    fn bytes_read(&self) -> u64 {
        self.bytes
    }

    fn current_raw(&self) -> RawRow {
        RawRow::Json(String::from_utf8_lossy(&self.buf).trim().to_string())
    }
}

/// Maps a CSV header to the table's columns; unknown, repeated or missing
/// required columns are refused before any row is read.
fn csv_layout(table: &Table, header: &csv::ByteRecord, file: &str, ignore_unknown: bool) -> Result<Layout> {
    let mut layout = Layout { csv: Vec::with_capacity(header.len()) };
    let mut seen = vec![false; table.columns.len()];
    for (pos, name) in header.iter().enumerate() {
        let Ok(name) = std::str::from_utf8(name) else {
            return Err(Error::invalid(format!("{file}:1:{}: the header is not UTF-8", pos + 1))
                .with_hint("save the file as UTF-8"));
        };
        let name = name.trim().to_lowercase();
        match table.column_index(&name) {
            Some(col) if seen[col] => {
                return Err(Error::invalid(format!("{file}:1:{}: the column '{name}' appears twice", pos + 1)));
            }
            Some(col) => {
                seen[col] = true;
                layout.csv.push(Some(col));
            }
            // A rejects file's own column: fixed, it imports as it is.
            None if ignore_unknown || name == REASON => layout.csv.push(None),
            None => {
                let known: Vec<&str> = table.columns.iter().map(|c| c.name).collect();
                return Err(Error::invalid(format!("{file}:1:{}: unknown column '{name}'", pos + 1)).with_hint(
                    format!("{} has the columns {}; add --ignore-unknown to skip others", table.name, known.join(", ")),
                ));
            }
        }
    }
    if let Some(c) = table.columns.iter().zip(&seen).find(|(c, seen)| c.required && !**seen).map(|(c, _)| c) {
        return Err(Error::invalid(format!("{file}:1: the required column '{}' is missing", c.name)));
    }
    Ok(layout)
}

fn open(source: &Source) -> Result<(Box<dyn Read + Send>, Option<u64>)> {
    match source {
        Source::Stdin => Ok((Box::new(std::io::stdin()), None)),
        Source::File(path) => {
            let file = std::fs::File::open(path).map_err(|e| {
                if e.kind() == std::io::ErrorKind::NotFound {
                    Error::not_found(format!("no file {}", path.display()))
                } else {
                    Error::invalid(format!("cannot read {}: {e}", path.display()))
                }
            })?;
            let meta = file.metadata().ok();
            if meta.as_ref().is_some_and(std::fs::Metadata::is_dir) {
                return Err(Error::usage(format!("{} is a folder, not a file", path.display())));
            }
            Ok((Box::new(file), meta.map(|m| m.len())))
        }
    }
}

/// The input's size in bytes when known (for a progress bar).
pub fn input_size(source: &Source) -> Option<u64> {
    match source {
        Source::File(p) => std::fs::metadata(p).ok().map(|m| m.len()),
        Source::Stdin => None,
    }
}

struct Inserter<'a> {
    conn: &'a Connection,
    table: &'static Table,
    stmt: Statement<'a>,
    tags: Option<Statement<'a>>,
    /// Index in the prepared values of each insert parameter.
    params: Vec<usize>,
    tags_col: Option<usize>,
    key_col: Option<usize>,
    /// An INSERT of MULTI rows at once, for tables whose rows need nothing
    /// after their insert (no tags, no upsert): SQLite's cost per statement
    /// is then paid once per MULTI rows.
    multi: Option<Statement<'a>>,
}

impl<'a> Inserter<'a> {
    fn new(conn: &'a Connection, table: &'static Table) -> Result<Inserter<'a>> {
        let n = table.columns.len();
        let extra = table.extra.map_or(&[][..], |e| e.columns);
        let params: Vec<usize> =
            (0..n).filter(|&i| !matches!(table.columns[i].kind, Kind::Tags)).chain(n..n + extra.len()).collect();
        let names: Vec<&str> = params.iter().map(|&i| if i < n { table.columns[i].db } else { extra[i - n] }).collect();
        let marks: Vec<String> = (1..=names.len()).map(|i| format!("?{i}")).collect();
        // Only an upsert needs RETURNING to learn the key; otherwise the key
        // is the given id or the new rowid, and RETURNING costs a statement
        // journal per row.
        let conflict = if table.upsert {
            let sets: Vec<String> =
                names.iter().filter(|n| **n != table.key).map(|n| format!("{n} = excluded.{n}")).collect();
            format!(" ON CONFLICT ({}) DO UPDATE SET {} RETURNING {}", table.key, sets.join(", "), table.key)
        } else {
            String::new()
        };
        let sql = format!("INSERT INTO {} ({}) VALUES ({}){conflict}", table.db, names.join(", "), marks.join(", "));
        let tags_col = table.columns.iter().position(|c| matches!(c.kind, Kind::Tags));
        let tags = match tags_col {
            Some(_) => Some(conn.prepare("INSERT INTO listing_tags (listing_id, tag) VALUES (?1, ?2)")?),
            None => None,
        };
        let key_col = table.columns.iter().position(|c| c.db == table.key);
        let multi = if table.upsert || tags_col.is_some() {
            None
        } else {
            let row = format!("({})", vec!["?"; names.len()].join(", "));
            let rows = vec![row; MULTI].join(", ");
            Some(conn.prepare(&format!("INSERT INTO {} ({}) VALUES {rows}", table.db, names.join(", ")))?)
        };
        Ok(Inserter { conn, table, stmt: conn.prepare(&sql)?, tags, params, tags_col, key_col, multi })
    }

    /// Inserts exactly MULTI good rows in one statement.
    fn insert_many(&mut self, rows: &[Prepared]) -> rusqlite::Result<()> {
        let Some(stmt) = self.multi.as_mut() else { return Err(rusqlite::Error::InvalidQuery) };
        let params = &self.params;
        let values = rows.iter().flat_map(|row| {
            let values: &[Value] = match row {
                Prepared::Good { values, .. } => values,
                Prepared::Bad { .. } => &[],
            };
            params.iter().filter_map(move |&i| values.get(i))
        });
        stmt.execute(rusqlite::params_from_iter(values)).map(|_| ())
    }

    /// A database refusal, pointed at the CSV column it concerns.
    fn locate(&self, e: rusqlite::Error) -> RowError {
        let (db_col, reason) = constraint_reason(e);
        let col = db_col.and_then(|d| self.table.columns.iter().position(|c| c.db == d));
        (col, reason)
    }

    /// Inserts one prepared row (the table's columns, then the computed
    /// ones); the error is a reason for the row.
    /// The outer error is fatal (a full disk, a broken file): only a rule
    /// of the table refusing the row makes a row error.
    fn insert(&mut self, values: &[Value]) -> Result<std::result::Result<i64, RowError>> {
        let params = rusqlite::params_from_iter(self.params.iter().map(|&i| &values[i]));
        let done = if self.table.upsert {
            self.stmt.query_row(params, |r| r.get(0))
        } else {
            self.stmt.execute(params).map(|_| 0)
        };
        let key = match done {
            Ok(key) if self.table.upsert => key,
            Ok(_) => match self.key_col.map(|k| &values[k]) {
                Some(Value::Integer(k)) => *k,
                _ => self.conn.last_insert_rowid(),
            },
            Err(e) if refused(&e) => return Ok(Err(self.locate(e))),
            Err(e) => return Err(e.into()),
        };
        if let (Some(stmt), Some(col)) = (self.tags.as_mut(), self.tags_col)
            && let Value::Text(tags) = &values[col]
        {
            for tag in tags.split(';').filter(|t| !t.is_empty()) {
                match stmt.execute(rusqlite::params![key, tag]) {
                    Ok(_) => {}
                    Err(e) if refused(&e) => return Ok(Err((self.tags_col, constraint_reason(e).1))),
                    Err(e) => return Err(e.into()),
                }
            }
        }
        Ok(Ok(key))
    }
}

/// Whether the database refused a row by one of the table's rules (rather
/// than failing).
fn refused(e: &rusqlite::Error) -> bool {
    e.sqlite_error_code() == Some(rusqlite::ErrorCode::ConstraintViolation)
}

/// The database columns a constraint message names ("listings.id, ...").
fn named_columns(msg: Option<&str>) -> Vec<String> {
    let list = msg.and_then(|m| m.split_once("failed: ")).map_or("", |(_, c)| c);
    list.split(", ").filter_map(|c| c.rsplit('.').next()).map(str::to_string).collect()
}

/// A database refusal as a reason a person can act on, without SQL, with
/// the database column it concerns when the database says.
fn constraint_reason(e: rusqlite::Error) -> (Option<String>, String) {
    if let rusqlite::Error::SqliteFailure(f, msg) = &e {
        let cols = named_columns(msg.as_deref());
        let first = cols.first().cloned();
        return match f.extended_code {
            1555 | 2067 => (first, "a row with this value exists already".into()),
            787 => (None, "it refers to a row that does not exist".into()),
            1299 => (first, "a value is required".into()),
            275 => (None, "the row breaks one of the table's rules (a value out of range or not allowed)".into()),
            _ => (None, Error::from(e).message),
        };
    }
    (None, Error::from(e).message)
}

struct Problems {
    file: String,
    shown: Vec<String>,
    count: u64,
}

impl Problems {
    fn add(&mut self, line: u64, column: Option<(usize, &str)>, reason: &str) -> String {
        let msg = match column {
            Some((pos, name)) if pos > 0 => format!("{}:{line}:{pos}: {name}: {reason}", self.file),
            Some((_, name)) => format!("{}:{line}: {name}: {reason}", self.file),
            None => format!("{}:{line}: {reason}", self.file),
        };
        self.count += 1;
        if self.shown.len() < SHOWN_ERRORS {
            self.shown.push(msg.clone());
        }
        msg
    }
}

struct Rejects {
    out: Option<Box<dyn Write>>,
    /// The CSV header, until it is written.
    header: Option<Vec<String>>,
    /// Its width: a short row is padded so that its reason lands in the
    /// `reason` column (a long row keeps every field, the reason last).
    width: usize,
    delimiter: u8,
}

impl Rejects {
    /// Writes one rejected row. A reader of the rejects file that went away
    /// (a pipe) is a failure, not the quiet end a closed standard output is.
    fn write(&mut self, raw: &RawRow, reason: &str) -> Result<()> {
        self.write_row(raw, reason).map_err(|e| {
            if e.is_broken_pipe() {
                Error::unusable("cannot write the rejects file: its reader went away (broken pipe)")
            } else {
                e
            }
        })
    }

    fn write_row(&mut self, raw: &RawRow, reason: &str) -> Result<()> {
        let Some(out) = self.out.as_mut() else {
            return Ok(());
        };
        match raw {
            RawRow::Csv(fields) => {
                let mut w = csv::WriterBuilder::new().flexible(true).delimiter(self.delimiter).from_writer(&mut *out);
                if let Some(h) = self.header.take() {
                    w.write_record(h.iter().map(String::as_str).chain(["reason"]))?;
                }
                let padding = self.width.saturating_sub(fields.len());
                let cells = fields.iter().map(String::as_str).chain(std::iter::repeat_n("", padding));
                w.write_record(cells.chain([reason]))?;
                w.flush()?;
            }
            RawRow::CsvRows(rows) => {
                for fields in rows {
                    self.write_row(&RawRow::Csv(fields.clone()), reason)?;
                }
            }
            RawRow::Json(text) => {
                let line = match Fields::parse(text) {
                    Ok(fields) => fields.with_reason(reason),
                    Err(_) => serde_json::json!({ "line": text, "reason": reason }).to_string(),
                };
                writeln!(out, "{line}")?;
            }
        }
        Ok(())
    }
}

/// Imports `source` into `table`. Nothing is written unless every row is
/// good, or `skip_invalid` is set; `dry_run` checks and writes nothing.
#[allow(clippy::too_many_arguments)]
pub fn import(
    conn: &mut Connection,
    table: &'static Table,
    source: &Source,
    opts: &ImportOptions,
    money: &Currency,
    now: Timestamp,
    progress: &mut dyn FnMut(u64),
) -> Result<ImportReport> {
    let file = source.name();
    let (input, _) = open(source)?;
    let mut layout = Layout { csv: Vec::new() };
    let mut header_names = None;
    let records: Box<dyn Records> = if let Some(from) = &opts.platform {
        let (records, platform_layout, header) = super::platforms::open(conn, table, input, from, &file)?;
        layout = platform_layout;
        header_names = Some(header);
        records
    } else if opts.shape == Shape::Jsonl {
        Box::new(JsonRecords {
            reader: BufReader::with_capacity(1 << 20, input),
            line: 0,
            bytes: 0,
            buf: Vec::new(),
            ignore_unknown: opts.ignore_unknown,
        })
    } else {
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(delimiter(opts.shape))
            .buffer_capacity(1 << 20)
            .from_reader(CsvLines::new(input));
        let mut header = csv::ByteRecord::new();
        if !reader
            .read_byte_record(&mut header)
            .map_err(|_| Error::invalid(format!("{file}:1: the header is not valid CSV")))?
        {
            return Err(Error::invalid(format!("{file}: the file is empty; it needs a header row")));
        }
        layout = csv_layout(table, &header, &file, opts.ignore_unknown)?;
        header_names = Some(header.iter().map(|f| String::from_utf8_lossy(f).into_owned()).collect());
        Box::new(CsvRecords { reader, record: csv::ByteRecord::new() })
    };
    let width = header_names.as_ref().map_or(0, Vec::len);
    // Rejected CSV or TSV rows are written as the rejects file's name says,
    // or else as they came.
    let rejects_shape = match opts.rejects.as_deref().and_then(Shape::of_name) {
        Some(Shape::Jsonl) | None => opts.shape,
        Some(named) => named,
    };
    let mut rejects = Rejects { out: None, header: header_names, width, delimiter: delimiter(rejects_shape) };
    if let (true, Some(path)) = (opts.skip_invalid, &opts.rejects) {
        if reads_from(source, path) {
            return Err(Error::usage(format!("--rejects {} is the file being imported", path.display()))
                .with_hint("write the rejected rows to another file"));
        }
        let f =
            std::fs::File::create(path).map_err(|e| Error::invalid(format!("cannot write {}: {e}", path.display())))?;
        rejects.out = Some(Box::new(std::io::BufWriter::new(f)));
    }

    // Foreign keys can only be switched outside a transaction; they come
    // back on however the import ends.
    let trust_refs = table.checks_refs;
    if trust_refs {
        conn.pragma_update(None, "foreign_keys", "OFF")?;
    }
    let result = load(conn, table, records, &layout, &mut rejects, opts, money, now, progress, &file);
    if trust_refs {
        conn.pragma_update(None, "foreign_keys", "ON")?;
    }
    result
}

/// A row made ready for the database on the reading side: the values to
/// insert (the table's columns, then computed ones), or why it can't be.
enum Prepared {
    Good { line: u64, values: Vec<Value>, raw: Option<RawRow> },
    Bad { line: u64, column: Option<usize>, reason: String, raw: RawRow },
}

/// What the reading side needs to prepare rows.
struct Prep<'a> {
    table: &'static Table,
    layout: &'a Layout,
    opts: &'a ImportOptions,
    money: &'a Currency,
    now: String,
    /// Keep every row's raw text, for a rejects file (the database may
    /// still refuse a row that reads well).
    keep_raw: bool,
    spots: Spots,
}

impl Prep<'_> {
    fn next(&self, records: &mut dyn Records, refs: &Refs) -> Result<Option<Prepared>> {
        let Some(next) = records.next_row(self.table, self.layout)? else { return Ok(None) };
        let row = match next {
            Ok(row) => row,
            Err(bad) => {
                return Ok(Some(Prepared::Bad { line: bad.line, column: None, reason: bad.reason, raw: bad.raw }));
            }
        };
        let raw = |row: Row, records: &dyn Records| match row.raw {
            RawRow::Csv(fields) if fields.is_empty() => records.current_raw(),
            raw => raw,
        };
        let table = self.table;
        let mut values = Vec::with_capacity(table.columns.len() + table.extra.map_or(0, |e| e.columns.len()));
        let checked = check_row(self, &row, refs, &mut values).and_then(|()| {
            if let Some(extra) = table.extra {
                values.extend((extra.compute)(refs, table, &values).map_err(|e| (None, e.message))?);
            }
            Ok(())
        });
        let line = row.line;
        Ok(Some(match checked {
            Ok(()) => Prepared::Good { line, values, raw: self.keep_raw.then(|| raw(row, records)) },
            Err((column, reason)) => Prepared::Bad { line, column, reason, raw: raw(row, records) },
        }))
    }
}

/// The writing side of an import: inserts rows, and reports and keeps the
/// ones that fail.
struct Sink<'t, 'r, 'l> {
    table: &'static Table,
    layout: &'l Layout,
    inserter: Inserter<'t>,
    problems: Problems,
    rejects: &'r mut Rejects,
    imported: u64,
    /// Good rows waiting for a multi-row INSERT.
    held: Vec<Prepared>,
    /// Inserted rows go back to the reading thread to be freed there: the
    /// allocator serialises frees of another thread's memory on a lock,
    /// which cost a fifth of an events import.
    spent: Option<std::sync::mpsc::Sender<Vec<Prepared>>>,
    /// Rows inserted one by one, gathered for `spent`.
    trash: Vec<Prepared>,
}

impl Sink<'_, '_, '_> {
    fn take(&mut self, item: Prepared, refs: &mut Refs) -> Result<()> {
        let table = self.table;
        let (line, column, reason, raw) = match item {
            Prepared::Good { line, values, raw } => {
                let outcome = match table.check.map_or(Ok(()), |check| check(self.inserter.conn, table, &values)) {
                    Ok(()) => self.inserter.insert(&values)?,
                    Err(e) => Err(e),
                };
                match outcome {
                    Ok(key) => {
                        self.imported += 1;
                        remember(table, &values, key, refs);
                        self.discard(Prepared::Good { line, values, raw });
                        return Ok(());
                    }
                    Err((column, reason)) => (line, column, reason, raw.unwrap_or(RawRow::Csv(Vec::new()))),
                }
            }
            Prepared::Bad { line, column, reason, raw } => (line, column, reason, raw),
        };
        // The rejects file gets the whole message: where in the file, which
        // column, why.
        let message =
            self.problems.add(line, column.map(|c| (position(self.layout, c), table.columns[c].name)), &reason);
        self.rejects.write(&raw, &message)
    }

    /// Keeps an inserted row to be freed by the reading thread.
    fn discard(&mut self, item: Prepared) {
        if self.spent.is_some() {
            self.trash.push(item);
            if self.trash.len() == MULTI {
                let full = std::mem::replace(&mut self.trash, Vec::with_capacity(MULTI));
                self.send_back(full);
            }
        }
    }

    fn send_back(&self, rows: Vec<Prepared>) {
        if let Some(spent) = &self.spent {
            // The reader is gone only when the load is over; then rows
            // are simply freed here.
            let _ = spent.send(rows);
        }
    }

    /// Holds a good row for the next multi-row INSERT.
    fn hold(&mut self, item: Prepared) -> Result<()> {
        self.held.push(item);
        if self.held.len() == MULTI { self.flush() } else { Ok(()) }
    }

    /// Inserts the held rows: in one statement when there are enough, and
    /// row by row otherwise or when that statement is refused (SQLite undoes
    /// the whole statement), so each bad row is named.
    fn flush(&mut self) -> Result<()> {
        if self.held.len() == MULTI {
            match self.inserter.insert_many(&self.held) {
                Ok(()) => {
                    self.imported += MULTI as u64;
                    let done = std::mem::replace(&mut self.held, Vec::with_capacity(MULTI));
                    self.send_back(done);
                    return Ok(());
                }
                Err(e) if !refused(&e) => return Err(e.into()),
                Err(_) => {}
            }
        }
        let mut scratch = Refs::default();
        let held = std::mem::take(&mut self.held);
        for item in held {
            self.take(item, &mut scratch)?;
        }
        Ok(())
    }
}

/// Rows handed from the reading thread to the writing one at a time.
const BATCH: usize = 1024;
/// Rows per multi-row INSERT.
const MULTI: usize = 64;

/// The import's one transaction. Rows are read, parsed and checked on one
/// thread and inserted on this one, so a bulk load uses two cores; a table
/// whose rows may refer to rows earlier in the same file (categories and
/// their parents) or whose checks read the database goes row by row.
#[allow(clippy::too_many_arguments)]
fn load(
    conn: &mut Connection,
    table: &'static Table,
    mut records: Box<dyn Records>,
    layout: &Layout,
    rejects: &mut Rejects,
    opts: &ImportOptions,
    money: &Currency,
    now: Timestamp,
    progress: &mut dyn FnMut(u64),
    file: &str,
) -> Result<ImportReport> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    // Loading into an empty table: build its indexes (and the search index)
    // once at the end instead of row by row.
    let empty: bool = tx.query_row(&format!("SELECT NOT EXISTS (SELECT 1 FROM {})", table.db), [], |r| r.get(0))?;
    let paused = if empty { Some(crate::db::pause_indexes(&tx, table.db)?) } else { None };
    let mut refs = Refs::load(&tx, table)?;
    let parked = if table.name == "categories" { Some(crate::category::park_slugs(&tx)?) } else { None };
    let mut sink = Sink {
        table,
        layout,
        inserter: Inserter::new(&tx, table)?,
        problems: Problems { file: file.to_string(), shown: Vec::new(), count: 0 },
        rejects,
        imported: 0,
        held: Vec::with_capacity(MULTI),
        spent: None,
        trash: Vec::new(),
    };
    let prep = Prep {
        table,
        layout,
        opts,
        money,
        now: now.rfc3339(),
        keep_raw: sink.rejects.out.is_some(),
        spots: Spots::of(table),
    };
    if table.check.is_some() || table.refers_to_itself() {
        let mut rows = 0u64;
        while let Some(item) = prep.next(records.as_mut(), &refs)? {
            sink.take(item, &mut refs)?;
            rows += 1;
            if rows.is_multiple_of(10_000) {
                progress(records.bytes_read());
            }
        }
        progress(records.bytes_read());
    } else {
        std::thread::scope(|scope| -> Result<()> {
            let (send, batches) = std::sync::mpsc::sync_channel::<Result<(Vec<Prepared>, u64)>>(8);
            let (spent, freed) = std::sync::mpsc::channel::<Vec<Prepared>>();
            sink.spent = Some(spent);
            let (prep, shared) = (&prep, &refs);
            let spawned = std::thread::Builder::new().name("flea-read".into()).spawn_scoped(scope, move || {
                loop {
                    freed.try_iter().for_each(drop);
                    let mut batch = Vec::with_capacity(BATCH);
                    let read = (|| -> Result<bool> {
                        while batch.len() < BATCH {
                            match prep.next(records.as_mut(), shared)? {
                                Some(item) => batch.push(item),
                                None => return Ok(false),
                            }
                        }
                        Ok(true)
                    })();
                    let more = matches!(read, Ok(true));
                    let sent = match read {
                        Ok(_) => send.send(Ok((batch, records.bytes_read()))),
                        Err(e) => send.send(Err(e)),
                    };
                    if !more || sent.is_err() {
                        return;
                    }
                }
            });
            spawned?;
            let multi = sink.inserter.multi.is_some();
            let mut scratch = Refs::default();
            for (n, batch) in batches.iter().enumerate() {
                let (items, bytes) = batch?;
                for item in items {
                    match item {
                        Prepared::Good { .. } if multi => sink.hold(item)?,
                        item => {
                            sink.flush()?;
                            sink.take(item, &mut scratch)?;
                        }
                    }
                }
                if n % 8 == 0 {
                    progress(bytes);
                }
            }
            let flushed = sink.flush();
            sink.spent = None;
            flushed
        })?;
    }
    // Every statement on the transaction goes before it ends.
    let imported = sink.imported;
    let problems = std::mem::replace(&mut sink.problems, Problems { file: String::new(), shown: Vec::new(), count: 0 });
    if let Some(out) = sink.rejects.out.as_mut() {
        out.flush()?;
    }
    drop(sink);
    if problems.count > 0 && !opts.skip_invalid {
        let more = problems.count.saturating_sub(problems.shown.len() as u64);
        let mut message = format!(
            "{} row(s) of {file} are invalid; nothing was imported\n  {}",
            problems.count,
            problems.shown.join("\n  ")
        );
        if more > 0 {
            message.push_str(&format!("\n  ... and {more} more"));
        }
        return Err(Error::invalid(message)
            .with_hint("fix the rows, or add --skip-invalid --rejects FILE to import the good ones"));
    }
    if let Some(parked) = parked {
        crate::category::unpark_slugs(&tx, parked)?;
    }
    if let Some(paused) = paused {
        if opts.dry_run {
            crate::db::resume_indexes(&tx, paused.checks_only())?;
        } else {
            crate::db::resume_indexes(&tx, paused)?;
            if table.name == "listings" {
                crate::search::rebuild(&tx)?;
            }
        }
    }
    if opts.dry_run {
        tx.rollback()?;
    } else {
        tx.commit()?;
    }
    Ok(ImportReport { table: table.name, imported, rejected: problems.count, dry_run: opts.dry_run })
}

/// The rules of orders, offers and reviews, named by the column at fault.
fn trade_rules(spots: &Spots, values: &[Value], refs: &Refs) -> Option<RowError> {
    let int = |at: Option<usize>| match at.map(|i| &values[i]) {
        Some(Value::Integer(n)) => Some(*n),
        _ => None,
    };
    if let (Some(at), Some(buyer), Some(seller)) = (spots.seller, int(spots.buyer), int(spots.seller)) {
        if buyer == seller {
            return Some((Some(at), "the buyer and the seller are the same member".into()));
        }
        let listed_by = int(spots.listing).and_then(|l| refs.listings.seller(l));
        if listed_by.is_some_and(|s| s != seller) {
            return Some((Some(at), "is not the seller of the listing".into()));
        }
    }
    if let (Some(at), Some(unit), Some(quantity), Some(total)) =
        (spots.total, int(spots.unit_price), int(spots.quantity), int(spots.total))
        && unit.checked_mul(quantity) != Some(total)
    {
        return Some((Some(at), "the total must be the unit price times the quantity".into()));
    }
    if let (Some(at), Some(reviewer), Some(reviewee)) = (spots.reviewee, int(spots.reviewer), int(spots.reviewee))
        && reviewer == reviewee
    {
        return Some((Some(at), "nobody reviews themselves".into()));
    }
    None
}

fn delimiter(shape: Shape) -> u8 {
    if shape == Shape::Tsv { b'\t' } else { b',' }
}

/// The column a rejects file adds; no table has one of that name.
const REASON: &str = "reason";

/// True when the import reads `path`, by name or as standard input.
fn reads_from(source: &Source, path: &std::path::Path) -> bool {
    match source {
        Source::File(input) => same_file(input, path),
        #[cfg(unix)]
        Source::Stdin => {
            use std::os::fd::AsFd;
            use std::os::unix::fs::MetadataExt;
            let stdin = std::io::stdin().as_fd().try_clone_to_owned().map(std::fs::File::from);
            match (stdin.and_then(|f| f.metadata()), std::fs::metadata(path)) {
                (Ok(a), Ok(b)) => (a.dev(), a.ino()) == (b.dev(), b.ino()),
                _ => false,
            }
        }
        #[cfg(not(unix))]
        Source::Stdin => false,
    }
}

/// True when `a` and `b` name one existing file (through links too).
fn same_file(a: &std::path::Path, b: &std::path::Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        match (std::fs::metadata(a), std::fs::metadata(b)) {
            (Ok(a), Ok(b)) => (a.dev(), a.ino()) == (b.dev(), b.ino()),
            _ => false,
        }
    }
    #[cfg(not(unix))]
    {
        matches!((std::fs::canonicalize(a), std::fs::canonicalize(b)), (Ok(a), Ok(b)) if a == b)
    }
}

/// The 1-based file position of a table column (0 when not from a CSV header).
fn position(layout: &Layout, col: usize) -> usize {
    layout.csv.iter().position(|c| *c == Some(col)).map_or(0, |p| p + 1)
}

/// Keeps lookups current as rows land: a category may name a parent that
/// was imported a few lines earlier.
fn remember(table: &Table, values: &[Value], key: i64, refs: &mut Refs) {
    if table.name == "categories"
        && let Some(Value::Text(slug)) = table.columns.iter().position(|c| c.name == "slug").map(|i| &values[i])
    {
        refs.categories.insert(slug.clone(), key);
    }
    if table.name == "users"
        && let Some(Value::Text(name)) = table.columns.iter().position(|c| c.name == "username").map(|i| &values[i])
    {
        refs.users.insert(name.clone(), key);
    }
}

type RowError = (Option<usize>, String);

/// Where the columns that rules span are, found once per import rather
/// than by name on every row.
struct Spots {
    owner: Option<usize>,
    lat: Option<usize>,
    lon: Option<usize>,
    free: Option<usize>,
    price: Option<usize>,
    /// Orders and offers: between the listing's seller and someone else.
    listing: Option<usize>,
    buyer: Option<usize>,
    seller: Option<usize>,
    /// Orders: the total is the unit price times the quantity.
    unit_price: Option<usize>,
    quantity: Option<usize>,
    total: Option<usize>,
    /// Reviews: nobody reviews themselves.
    reviewer: Option<usize>,
    reviewee: Option<usize>,
    /// Listings: got before listed.
    acquired_on: Option<usize>,
    created_at: Option<usize>,
    /// Members: a `deleted-` name belongs to an anonymised member.
    username: Option<usize>,
    deleted_at: Option<usize>,
    id: Option<usize>,
}

impl Spots {
    fn of(table: &Table) -> Spots {
        let col = |name: &str| table.columns.iter().position(|c| c.name == name);
        Spots {
            owner: table.owner.and_then(col),
            lat: col("lat"),
            lon: col("lon"),
            free: col("free"),
            price: col("price"),
            listing: col("listing_id"),
            buyer: col("buyer"),
            seller: col("seller"),
            unit_price: col("unit_price"),
            quantity: col("quantity"),
            total: col("total"),
            reviewer: col("reviewer"),
            reviewee: col("reviewee"),
            acquired_on: col("acquired_on"),
            created_at: col("created_at"),
            username: col("username"),
            deleted_at: col("deleted_at"),
            id: col("id"),
        }
    }
}

/// Turns a row's cells into the values to insert, applying defaults and
/// the rules that span columns.
fn check_row(prep: &Prep, row: &Row, refs: &Refs, values: &mut Vec<Value>) -> std::result::Result<(), RowError> {
    let Prep { table, opts, money, now, spots, .. } = prep;
    values.clear();
    for (i, column) in table.columns.iter().enumerate() {
        let cell = row.cells.get(i).filter(|c| !c.trim().is_empty());
        let value = match cell {
            Some(text) => parse_cell(column, text, money, refs).map_err(|r| (Some(i), r))?,
            None if column.required => return Err((Some(i), "a value is required".into())),
            None => match column.default {
                Default::Null | Default::SameAs(_) => Value::Null,
                Default::Now => Value::Text(now.to_string()),
                Default::Zero | Default::False => Value::Integer(0),
                Default::One => Value::Integer(1),
                Default::Empty => Value::Text(String::new()),
                Default::Text(t) => Value::Text(t.to_string()),
                Default::Actor => match opts.actor {
                    Some(id) => Value::Integer(id),
                    None => {
                        return Err((Some(i), "a value is required (nobody is logged in)".into()));
                    }
                },
            },
        };
        values.push(value);
    }
    for (i, column) in table.columns.iter().enumerate() {
        if let (Default::SameAs(other), Value::Null) = (column.default, &values[i])
            && let Some(j) = table.columns.iter().position(|c| c.name == other)
        {
            values[i] = values[j].clone();
        }
    }
    if let (Some(owner), true) = (spots.owner, opts.own_rows_only)
        && values[owner] != Value::Integer(opts.actor.unwrap_or(-1))
    {
        return Err((Some(owner), "you can only import your own rows".into()));
    }
    match row_rules(spots, values).or_else(|| trade_rules(spots, values, refs)) {
        Some(fault) => Err(fault),
        None => Ok(()),
    }
}

/// The rules between one row's own values that the column declarations
/// can't say (the database would only say that a rule was broken).
fn row_rules(spots: &Spots, values: &[Value]) -> Option<RowError> {
    if let (Some(lat), Some(lon)) = (spots.lat, spots.lon)
        && (values[lat] == Value::Null) != (values[lon] == Value::Null)
    {
        return Some((Some(lon), "lat and lon go together: give both or neither".into()));
    }
    if let (Some(free), Some(price)) = (spots.free, spots.price)
        && values[free] == Value::Integer(1)
        && values[price] != Value::Integer(0)
    {
        return Some((Some(price), "a giveaway (free = true) has price 0".into()));
    }
    // Times are RFC 3339 UTC to the second and dates YYYY-MM-DD by now, so
    // they compare as text.
    let text = |at: Option<usize>| match at.map(|i| &values[i]) {
        Some(Value::Text(t)) => Some(t.as_str()),
        _ => None,
    };
    if let (Some(at), Some(acquired), Some(created)) =
        (spots.acquired_on, text(spots.acquired_on), text(spots.created_at))
        && acquired > created.get(..10).unwrap_or(created)
    {
        return Some((Some(at), format!("the item can't be acquired after it was listed ({created})")));
    }
    if let (Some(at), Some(name), Some(deleted), Some(id)) =
        (spots.username, text(spots.username), spots.deleted_at, spots.id)
        && let Some(suffix) = name.strip_prefix(crate::account::DELETED_PREFIX)
        // `account delete` renames member N to `deleted-N`: the name must not
        // be anyone else's.
        && !(values[deleted] != Value::Null && matches!(values[id], Value::Integer(n) if suffix == n.to_string()))
    {
        let reason = "usernames starting with 'deleted-' are reserved for deleted members: \
                      deleted-N needs id N and a deleted_at time";
        return Some((Some(at), reason.into()));
    }
    None
}
