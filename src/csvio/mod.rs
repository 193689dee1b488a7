//! CSV (and JSON lines) in and out for every table of the market, driven by
//! one declaration per table (`tables.rs`).

mod export;
mod import;
mod jsonl;
mod lines;
mod pieces;
mod platforms;
pub mod tables;

pub use export::{Shape, export};
pub use import::{ImportOptions, ImportReport, Source, import, input_size};
pub use platforms::{Platform, PlatformImport};

use crate::error::{Error, Result};
use crate::money::Currency;
use crate::time::Timestamp;
use rusqlite::types::Value;
use rustc_hash::FxHashMap;
use std::collections::HashMap;

/// One CSV column and the database column it fills.
pub struct Column {
    pub name: &'static str,
    /// The database column; empty for `Kind::Tags`, which has its own table.
    pub db: &'static str,
    pub kind: Kind,
    /// Must be present and non-empty on import.
    pub required: bool,
    /// What an absent or empty cell becomes.
    pub default: Default,
    /// Extra checking and normalising of text values.
    pub check: Option<fn(&str) -> Result<String>>,
    /// Other header names accepted on import.
    pub aliases: &'static [&'static str],
    pub doc: &'static str,
}

#[derive(Debug, Clone, Copy)]
pub enum Kind {
    /// The row's integer primary key.
    Id,
    Int {
        min: i64,
        max: i64,
    },
    Real {
        min: f64,
        max: f64,
    },
    Text {
        max: usize,
        multiline: bool,
    },
    /// A decimal amount in the market currency, stored as minor units.
    Money,
    /// RFC 3339, stored normalised to UTC seconds.
    Time,
    /// YYYY-MM-DD.
    Date,
    Bool,
    Enum(&'static [&'static str]),
    /// A username, stored as the member's id.
    User,
    /// A category slug, stored as its id.
    Category,
    /// The id of an existing listing.
    Listing,
    /// A listing's tags separated by ';', kept in `listing_tags`.
    Tags,
}

#[derive(Debug, Clone, Copy)]
pub enum Default {
    Null,
    Now,
    Zero,
    One,
    False,
    Empty,
    Text(&'static str),
    /// The acting member.
    Actor,
    /// The value of another column of the same row.
    SameAs(&'static str),
}

pub struct Table {
    pub name: &'static str,
    pub doc: &'static str,
    pub db: &'static str,
    /// The database column that identifies a row (the primary key).
    pub key: &'static str,
    /// Rows whose key exists replace it instead of being refused.
    pub upsert: bool,
    /// The column naming the member who owns a row, for member-scoped import and export.
    pub owner: Option<&'static str>,
    pub columns: &'static [Column],
    /// Database columns derived from the row (not in the CSV).
    pub extra: Option<&'static Extra>,
    /// Export order when rows refer to earlier rows of the same table
    /// (default: by key).
    pub order: Option<&'static str>,
    /// True when flea itself checks every reference of a row (usernames,
    /// slugs, listing ids), so a bulk load may skip SQLite's foreign-key
    /// checks, which cost a B-tree lookup per reference per row.
    pub checks_refs: bool,
    /// Rules across rows that the column declarations can't say.
    pub check: Option<RowCheck>,
}

/// A row rule: the column at fault (if one) and the reason.
pub type RowCheck = fn(&rusqlite::Connection, &Table, &[Value]) -> std::result::Result<(), (Option<usize>, String)>;

/// Columns computed from a row's values at import.
pub struct Extra {
    pub columns: &'static [&'static str],
    /// Runs on the thread that reads the file, so it gets lookups, not the database.
    pub compute: fn(&Refs, &Table, &[Value]) -> Result<Vec<Value>>,
}

impl Table {
    /// Whether a row may refer to a row of the same table (a category to
    /// its parent), which must then be inserted before the next is read.
    pub fn refers_to_itself(&self) -> bool {
        self.columns.iter().any(|c| match c.kind {
            Kind::User => self.db == "users",
            Kind::Category => self.db == "categories",
            Kind::Listing => self.db == "listings",
            _ => false,
        })
    }

    pub fn find(name: &str) -> Result<&'static Table> {
        let name = name.trim().to_lowercase();
        tables::ALL.iter().copied().find(|t| t.name == name).ok_or_else(|| {
            let names: Vec<&str> = tables::ALL.iter().map(|t| t.name).collect();
            Error::usage(format!("no table '{name}'")).with_hint(format!("the tables are: {}", names.join(", ")))
        })
    }

    fn column_index(&self, name: &str) -> Option<usize> {
        self.columns.iter().position(|c| c.name == name || c.aliases.contains(&name))
    }
}

impl Kind {
    fn describe(self) -> String {
        match self {
            Kind::Id => "integer id".into(),
            Kind::Int { min, max } => format!("integer {min}..{max}"),
            Kind::Real { min, max } => format!("number {min}..{max}"),
            Kind::Text { max, multiline } => {
                format!("text, at most {max} characters{}", if multiline { ", newlines allowed" } else { "" })
            }
            Kind::Money => "decimal amount".into(),
            Kind::Time => "RFC 3339 time".into(),
            Kind::Date => "YYYY-MM-DD".into(),
            Kind::Bool => "true or false".into(),
            Kind::Enum(values) => format!("one of {}", values.join(", ")),
            Kind::User => "username".into(),
            Kind::Category => "category slug".into(),
            Kind::Listing => "listing id".into(),
            Kind::Tags => "tags separated by ';'".into(),
        }
    }
}

/// The README's CSV column reference, generated from the declarations.
pub fn reference() -> String {
    let mut out = String::new();
    for t in tables::ALL {
        out.push_str(&format!(
            "#### `{}`\n\n{}\n\n| column | type | required | meaning |\n|---|---|---|---|\n",
            t.name, t.doc
        ));
        for c in t.columns {
            let required = if c.required { "yes" } else { "" };
            let aliases =
                if c.aliases.is_empty() { String::new() } else { format!(" (also `{}`)", c.aliases.join("`, `")) };
            out.push_str(&format!("| `{}`{aliases} | {} | {required} | {} |\n", c.name, c.kind.describe(), c.doc));
        }
        out.push('\n');
    }
    out
}

/// Username and slug lookups for references, loaded once per import or export.
#[derive(Default)]
pub struct Refs {
    /// Names are looked up once per row of a large import: FxHash, not
    /// SipHash (these maps hold the market's own names).
    pub users: FxHashMap<String, i64>,
    pub categories: FxHashMap<String, i64>,
    /// Each listing's seller, by listing id.
    pub listings: Listings,
    /// Each category's words for the search index (for importing listings).
    pub category_text: HashMap<i64, String>,
}

/// Listing ids and their sellers: an array indexed by id while the ids are
/// dense (as a market's are), a hash map for ids far beyond the others, so
/// that memory follows the number of listings and not the largest id.
#[derive(Default)]
pub struct Listings {
    dense: Vec<i64>,
    sparse: FxHashMap<i64, i64>,
}

impl Listings {
    pub fn insert(&mut self, id: i64, seller: i64) {
        let count = self.dense.len() + self.sparse.len();
        match usize::try_from(id) {
            Ok(i) if i < self.dense.len() => self.dense[i] = seller,
            Ok(i) if i <= 2 * count + 1024 => {
                self.dense.resize(i + 1, 0);
                self.dense[i] = seller;
            }
            _ => {
                self.sparse.insert(id, seller);
            }
        }
    }

    /// The seller of listing `id`, if it exists.
    pub fn seller(&self, id: i64) -> Option<i64> {
        let seller = match usize::try_from(id) {
            Ok(i) if i < self.dense.len() => self.dense[i],
            _ => *self.sparse.get(&id)?,
        };
        (seller != 0).then_some(seller)
    }
}

impl Refs {
    pub fn load(conn: &rusqlite::Connection, table: &Table) -> Result<Refs> {
        let uses = |k: fn(&Kind) -> bool| table.columns.iter().any(|c| k(&c.kind));
        let mut refs = Refs {
            users: FxHashMap::default(),
            categories: FxHashMap::default(),
            listings: Listings::default(),
            category_text: HashMap::new(),
        };
        if uses(|k| matches!(k, Kind::User)) {
            let mut stmt = conn.prepare("SELECT username, id FROM users")?;
            let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get(1)?)))?;
            for row in rows {
                let (name, id) = row?;
                refs.users.insert(name.to_lowercase(), id);
            }
        }
        if uses(|k| matches!(k, Kind::Category)) {
            let mut stmt = conn.prepare("SELECT slug, id FROM categories")?;
            let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get(1)?)))?;
            for row in rows {
                let (slug, id) = row?;
                refs.categories.insert(slug, id);
            }
        }
        if table.extra.is_some() && uses(|k| matches!(k, Kind::Category)) {
            let ids: Vec<i64> = refs.categories.values().copied().collect();
            for id in ids {
                refs.category_text.insert(id, crate::search::category_text(conn, id)?);
            }
        }
        if uses(|k| matches!(k, Kind::Listing)) {
            let mut stmt = conn.prepare("SELECT id, seller_id FROM listings ORDER BY id")?;
            let rows = stmt.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?)))?;
            for row in rows {
                let (id, seller) = row?;
                refs.listings.insert(id, seller);
            }
        }
        Ok(refs)
    }
}

/// Names are kept lower-cased; most already are, and then need no copy.
fn lowercase(t: &str) -> std::borrow::Cow<'_, str> {
    let upper =
        if t.is_ascii() { t.bytes().any(|b| b.is_ascii_uppercase()) } else { t.chars().any(char::is_uppercase) };
    if upper { t.to_lowercase().into() } else { t.into() }
}

/// Parses one cell into the value stored in the database; the error is the
/// reason, without file or line (the caller adds them).
pub(crate) fn parse_cell(
    column: &Column,
    text: &str,
    money: &Currency,
    refs: &Refs,
) -> std::result::Result<Value, String> {
    let t = text.trim();
    let value = match column.kind {
        Kind::Id => match t.parse::<i64>() {
            Ok(n) if n >= 1 => Value::Integer(n),
            _ => return Err(format!("'{t}' is not an id (a whole number from 1)")),
        },
        Kind::Int { min, max } => match t.parse::<i64>() {
            Ok(n) if (min..=max).contains(&n) => Value::Integer(n),
            _ => return Err(format!("'{t}' is not a whole number {min}..{max}")),
        },
        Kind::Real { min, max } => match t.parse::<f64>() {
            Ok(x) if x.is_finite() && x >= min && x <= max => Value::Real(x),
            _ => return Err(format!("'{t}' is not a number {min}..{max}")),
        },
        Kind::Text { max, multiline } => {
            let ok_char = |c: char| !c.is_control() || (multiline && matches!(c, '\n' | '\r' | '\t'));
            if text.chars().count() > max || !text.chars().all(ok_char) {
                let what = if multiline {
                    "without control characters other than line breaks and tabs"
                } else {
                    "on one line, without tabs or control characters"
                };
                return Err(format!("text must be at most {max} characters, {what}"));
            }
            let kept = if multiline { text.trim() } else { t };
            match column.check {
                Some(check) => Value::Text(check(kept).map_err(|e| e.message)?),
                None => Value::Text(kept.to_string()),
            }
        }
        Kind::Money => Value::Integer(money.parse(t).map_err(|e| e.message)?.minor()),
        Kind::Time => Value::Text(
            fast_time(t).map_or_else(|| Timestamp::parse(t).map(|ts| ts.rfc3339()), Ok).map_err(|e| e.message)?,
        ),
        Kind::Date => {
            let d = chrono::NaiveDate::parse_from_str(t, "%Y-%m-%d")
                .map_err(|_| format!("'{t}' is not a date (YYYY-MM-DD)"))?;
            Value::Text(d.format("%Y-%m-%d").to_string())
        }
        Kind::Bool => match t.to_ascii_lowercase().as_str() {
            "true" | "1" | "yes" => Value::Integer(1),
            "false" | "0" | "no" => Value::Integer(0),
            _ => return Err(format!("'{t}' is not true or false")),
        },
        Kind::Enum(values) => match values.iter().find(|x| x.eq_ignore_ascii_case(t)) {
            Some(x) => Value::Text((*x).to_string()),
            None => return Err(format!("'{t}' is not one of {}", values.join(", "))),
        },
        Kind::User => match refs.users.get(lowercase(t).as_ref()) {
            Some(id) => Value::Integer(*id),
            None => return Err(format!("no member '{t}'")),
        },
        Kind::Category => match refs.categories.get(lowercase(t).as_ref()) {
            Some(id) => Value::Integer(*id),
            None => return Err(format!("no category '{t}'")),
        },
        Kind::Listing => match t.parse::<i64>() {
            Ok(id) if refs.listings.seller(id).is_some() => Value::Integer(id),
            _ => return Err(format!("no listing '{t}'")),
        },
        Kind::Tags => {
            let raw: Vec<String> = t.split(';').map(str::to_string).collect();
            Value::Text(crate::listing::check_tags(&raw).map_err(|e| e.message)?.join(";"))
        }
    };
    Ok(value)
}

/// Checks an already-canonical "YYYY-MM-DDTHH:MM:SSZ" without a full parse:
/// exports write exactly this form, so round trips and bulk loads stay fast.
fn fast_time(t: &str) -> Option<String> {
    let b = t.as_bytes();
    if b.len() != 20 || b[4] != b'-' || b[7] != b'-' || b[10] != b'T' || b[13] != b':' || b[16] != b':' || b[19] != b'Z'
    {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        b[r].iter().try_fold(0u32, |acc, &d| d.is_ascii_digit().then(|| acc * 10 + u32::from(d - b'0')))
    };
    let (y, mo, d, h, mi, s) = (num(0..4)?, num(5..7)?, num(8..10)?, num(11..13)?, num(14..16)?, num(17..19)?);
    let valid_date = chrono::NaiveDate::from_ymd_opt(i32::try_from(y).ok()?, mo, d).is_some();
    (valid_date && h < 24 && mi < 60 && s < 60).then(|| t.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_times_take_the_fast_path() {
        assert_eq!(fast_time("2026-02-28T23:59:59Z").as_deref(), Some("2026-02-28T23:59:59Z"));
        assert_eq!(fast_time("2026-02-30T00:00:00Z"), None);
        assert_eq!(fast_time("2026-02-28T24:00:00Z"), None);
        assert_eq!(fast_time("2026-02-28 10:00:00Z"), None);
    }

    #[test]
    fn every_table_names_its_columns_once() {
        for t in tables::ALL {
            let mut names: Vec<&str> =
                t.columns.iter().flat_map(|c| std::iter::once(c.name).chain(c.aliases.iter().copied())).collect();
            names.sort();
            let before = names.len();
            names.dedup();
            assert_eq!(before, names.len(), "{}", t.name);
            assert!(t.columns.iter().any(|c| c.db == t.key), "{} has its key column", t.name);
        }
    }
}
