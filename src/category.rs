//! The bilingual category tree (two levels) and its impact factors. Owns the
//! `categories` and `impact_factors` tables.

use crate::error::{Error, Result};
use rusqlite::{Connection, OptionalExtension, Row, Transaction, params};
use serde::Serialize;

pub type CategoryId = i64;

#[derive(Debug, Clone, Serialize)]
pub struct Category {
    pub id: CategoryId,
    pub slug: String,
    pub parent: Option<String>,
    pub name_en: String,
    pub name_zh: String,
    pub position: i64,
    pub kg_co2e: Option<f64>,
    pub kg_waste: Option<f64>,
}

const SELECT: &str = "SELECT c.id, c.slug, p.slug, c.name_en, c.name_zh, c.position, f.kg_co2e, f.kg_waste
     FROM categories c
     LEFT JOIN categories p ON p.id = c.parent_id
     LEFT JOIN impact_factors f ON f.category_id = c.id";

fn from_row(r: &Row) -> rusqlite::Result<Category> {
    Ok(Category {
        id: r.get(0)?,
        slug: r.get(1)?,
        parent: r.get(2)?,
        name_en: r.get(3)?,
        name_zh: r.get(4)?,
        position: r.get(5)?,
        kg_co2e: r.get(6)?,
        kg_waste: r.get(7)?,
    })
}

/// The whole tree, each top-level category followed by its children.
pub fn tree(conn: &Connection) -> Result<Vec<Category>> {
    let sql = format!(
        "{SELECT} ORDER BY coalesce(p.position, c.position), coalesce(p.id, c.id), c.parent_id IS NOT NULL, c.position, c.id"
    );
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map([], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// A category by slug (any case) or numeric id.
pub fn find(conn: &Connection, key: &str) -> Result<Category> {
    let key = key.trim();
    let found = match key.parse::<CategoryId>() {
        Ok(id) => conn.query_row(&format!("{SELECT} WHERE c.id = ?1"), [id], from_row).optional()?,
        Err(_) => conn.query_row(&format!("{SELECT} WHERE c.slug = ?1"), [key.to_lowercase()], from_row).optional()?,
    };
    found.ok_or_else(|| {
        Error::not_found(format!("no category '{key}'")).with_hint("see the categories with: flea category list")
    })
}

/// The ids of a category and of its sub-categories.
pub fn with_children(conn: &Connection, id: CategoryId) -> Result<Vec<CategoryId>> {
    let mut stmt = conn.prepare("SELECT id FROM categories WHERE id = ?1 OR parent_id = ?1 ORDER BY id")?;
    let rows = stmt.query_map([id], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// What `category add` and `category edit` may set.
#[derive(Debug, Default, Clone)]
pub struct CategoryInput {
    pub slug: Option<String>,
    pub parent: Option<String>,
    pub name_en: Option<String>,
    pub name_zh: Option<String>,
    pub kg_co2e: Option<f64>,
    pub kg_waste: Option<f64>,
    pub source: Option<String>,
}

impl CategoryInput {
    /// True when it changes nothing.
    pub fn is_empty(&self) -> bool {
        let CategoryInput { slug, parent, name_en, name_zh, kg_co2e, kg_waste, source } = self;
        [slug, parent, name_en, name_zh, source].iter().all(|v| v.is_none()) && kg_co2e.is_none() && kg_waste.is_none()
    }
}

pub fn check_slug(slug: &str) -> Result<String> {
    let slug = slug.trim().to_lowercase();
    let ok = (2..=48).contains(&slug.len())
        && slug.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !slug.starts_with('-')
        && slug.parse::<i64>().is_err();
    if !ok {
        return Err(Error::invalid(format!("'{slug}' is not a valid category slug"))
            .with_hint("use 2-48 characters of a-z, 0-9 and '-', not only digits"));
    }
    Ok(slug)
}

fn check_name(what: &str, name: &str) -> Result<String> {
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 80 || name.chars().any(char::is_control) {
        return Err(Error::invalid(format!("a category's {what} is 1-80 printable characters")));
    }
    Ok(name.to_string())
}

fn check_factor(what: &str, v: f64) -> Result<f64> {
    if !v.is_finite() || !(0.0..=1e9).contains(&v) {
        return Err(Error::invalid(format!("{what} must be a number of kilograms from 0 to 1e9")));
    }
    Ok(v)
}

/// The parent of a new or moved category: it must exist and be top-level.
fn parent_id(tx: &Transaction, parent: &str) -> Result<Option<CategoryId>> {
    if parent.trim().is_empty() {
        return Ok(None);
    }
    // A value given for a flag, as `list add --category` treats one: a bad
    // value (6), not a missing object (3).
    let p = find(tx, parent).map_err(|e| match e.kind {
        crate::error::Kind::NotFound => {
            Error::invalid(e.message).with_hint("see the categories with: flea category list")
        }
        _ => e,
    })?;
    if p.parent.is_some() {
        return Err(Error::invalid(format!("'{}' is a sub-category; the tree has two levels", p.slug)));
    }
    Ok(Some(p.id))
}

pub fn add(tx: &Transaction, input: &CategoryInput) -> Result<Category> {
    let missing = |flag: &str| Error::usage(format!("missing {flag}"));
    let slug = check_slug(input.slug.as_deref().ok_or_else(|| missing("SLUG"))?)?;
    let name_en = check_name("English name", input.name_en.as_deref().ok_or_else(|| missing("--name-en"))?)?;
    let name_zh = check_name("Chinese name", input.name_zh.as_deref().ok_or_else(|| missing("--name-zh"))?)?;
    let parent = match &input.parent {
        Some(p) => parent_id(tx, p)?,
        None => None,
    };
    let exists: bool =
        tx.query_row("SELECT EXISTS (SELECT 1 FROM categories WHERE slug = ?1)", [&slug], |r| r.get(0))?;
    if exists {
        return Err(Error::conflict(format!("the category '{slug}' exists already")));
    }
    let id: CategoryId = tx.query_row(
        "INSERT INTO categories (slug, parent_id, name_en, name_zh, position, name_zh_words)
         VALUES (?1, ?2, ?3, ?4, (SELECT coalesce(max(position), 0) + 1 FROM categories WHERE parent_id IS ?2), ?5)
         RETURNING id",
        params![slug, parent, name_en, name_zh, crate::search::name_words(&name_zh)],
        |r| r.get(0),
    )?;
    set_factors(tx, id, input)?;
    find(tx, &id.to_string())
}

pub fn edit(tx: &Transaction, key: &str, input: &CategoryInput) -> Result<Category> {
    let current = find(tx, key)?;
    if let Some(slug) = &input.slug {
        let slug = check_slug(slug)?;
        let taken: bool = tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM categories WHERE slug = ?1 AND id <> ?2)",
            params![slug, current.id],
            |r| r.get(0),
        )?;
        if taken {
            return Err(Error::conflict(format!("the category '{slug}' exists already")));
        }
        tx.execute("UPDATE categories SET slug = ?1 WHERE id = ?2", params![slug, current.id])?;
    }
    for (column, what, value) in
        [("name_en", "English name", &input.name_en), ("name_zh", "Chinese name", &input.name_zh)]
    {
        if let Some(v) = value {
            let v = check_name(what, v)?;
            tx.execute(&format!("UPDATE categories SET {column} = ?1 WHERE id = ?2"), params![v, current.id])?;
        }
    }
    if let Some(p) = &input.parent {
        let parent = parent_id(tx, p)?;
        let has_children: bool =
            tx.query_row("SELECT EXISTS (SELECT 1 FROM categories WHERE parent_id = ?1)", [current.id], |r| r.get(0))?;
        if parent == Some(current.id) || (parent.is_some() && has_children) {
            return Err(Error::invalid(format!("'{}' can't move there; the tree has two levels", current.slug)));
        }
        tx.execute("UPDATE categories SET parent_id = ?1 WHERE id = ?2", params![parent, current.id])?;
    }
    set_factors(tx, current.id, input)?;
    if input.slug.is_some() || input.name_en.is_some() || input.name_zh.is_some() || input.parent.is_some() {
        crate::search::reindex_category(tx, current.id)?;
    }
    find(tx, &current.id.to_string())
}

fn set_factors(tx: &Transaction, id: CategoryId, input: &CategoryInput) -> Result<()> {
    if input.kg_co2e.is_none() && input.kg_waste.is_none() && input.source.is_none() {
        return Ok(());
    }
    let co2 = input.kg_co2e.map(|v| check_factor("--kg-co2e", v)).transpose()?;
    let waste = input.kg_waste.map(|v| check_factor("--kg-waste", v)).transpose()?;
    let has_factors: bool =
        tx.query_row("SELECT EXISTS (SELECT 1 FROM impact_factors WHERE category_id = ?1)", [id], |r| r.get(0))?;
    if !has_factors && (co2.is_none() || waste.is_none()) {
        return Err(Error::usage("this category has no impact factors yet: give both --kg-co2e and --kg-waste"));
    }
    if let Some(source) = &input.source {
        let s = source.trim();
        if s.is_empty() || s.chars().count() > 200 || s.chars().any(char::is_control) {
            return Err(Error::invalid("--source is 1-200 characters on one line"));
        }
    }
    tx.execute(
        "INSERT INTO impact_factors (category_id, kg_co2e, kg_waste, source)
         VALUES (?1, coalesce(?2, 0), coalesce(?3, 0), coalesce(?4, 'user'))
         ON CONFLICT (category_id) DO UPDATE SET
             kg_co2e = coalesce(?2, kg_co2e), kg_waste = coalesce(?3, kg_waste), source = coalesce(?4, source)",
        params![id, co2, waste, input.source.as_deref().map(str::trim)],
    )?;
    Ok(())
}

/// Slugs set aside while a file of categories is imported, so that the file
/// may swap them between categories in any row order (`chairs` renamed to
/// `seating` on a later line than `sofas` renamed to `chairs`).
pub struct ParkedSlugs(Vec<(CategoryId, String)>);

/// Gives every category a stand-in slug (`~ID`: never a valid slug) until
/// [`unpark_slugs`]; the rows of the file set their own.
pub fn park_slugs(tx: &Transaction) -> Result<ParkedSlugs> {
    let mut stmt = tx.prepare("SELECT id, slug FROM categories")?;
    let slugs = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<rusqlite::Result<_>>()?;
    tx.execute("UPDATE categories SET slug = '~' || id", [])?;
    Ok(ParkedSlugs(slugs))
}

/// Gives the categories the file left alone their slugs back; refused when
/// the file gave one of them to another category.
pub fn unpark_slugs(tx: &Transaction, parked: ParkedSlugs) -> Result<()> {
    let mut holder = tx.prepare("SELECT id FROM categories WHERE slug = ?1")?;
    let mut still = tx.prepare("SELECT EXISTS (SELECT 1 FROM categories WHERE id = ?1 AND slug = '~' || id)")?;
    let mut restore = tx.prepare("UPDATE categories SET slug = ?1 WHERE id = ?2")?;
    for (id, slug) in parked.0 {
        if !still.query_row([id], |r| r.get::<_, bool>(0))? {
            continue;
        }
        if let Some(other) = holder.query_row([&slug], |r| r.get::<_, CategoryId>(0)).optional()?
            && other != id
        {
            // Found only once every row is in, too late to leave the row
            // out: the whole file is refused, even with --skip-invalid.
            return Err(Error::invalid(format!(
                "the file gives the slug '{slug}' to category {other}, but category {id}, which the file leaves \
                 alone, has it; nothing was imported"
            ))
            .with_hint(format!("add a row for category {id} with another slug, or use another slug for {other}")));
        }
        restore.execute(params![slug, id])?;
    }
    Ok(())
}
