//! Listings: publish, edit, withdraw, relist, photos. Owns `listings`,
//! `listing_tags`, `listing_photos` and `price_changes`.

use crate::account::{Member, MemberId};
use crate::category::{self, CategoryId};
use crate::error::{Error, Result};
use crate::money::Money;
use crate::search;
use crate::time::Timestamp;
use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, Row, Transaction, params};
use serde::Serialize;
use std::path::Path;

pub type ListingId = i64;

const MAX_QUANTITY: i64 = 1_000_000;
const MAX_TAGS: usize = 20;
const MAX_PHOTOS: i64 = 20;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Condition {
    New,
    LikeNew,
    Good,
    Fair,
    Poor,
    ForParts,
}

impl Condition {
    pub const ALL: [Condition; 6] =
        [Condition::New, Condition::LikeNew, Condition::Good, Condition::Fair, Condition::Poor, Condition::ForParts];

    pub fn as_str(self) -> &'static str {
        match self {
            Condition::New => "new",
            Condition::LikeNew => "like_new",
            Condition::Good => "good",
            Condition::Fair => "fair",
            Condition::Poor => "poor",
            Condition::ForParts => "for_parts",
        }
    }

    /// Accepts `like_new`, `like-new`, `Like New` and so on.
    pub fn parse(text: &str) -> Result<Condition> {
        let key = text.trim().to_lowercase().replace(['-', ' '], "_");
        Condition::ALL.into_iter().find(|c| c.as_str() == key).ok_or_else(|| {
            Error::invalid(format!("'{}' is not a condition", text.trim()))
                .with_hint("use new, like_new, good, fair, poor or for_parts")
        })
    }
}

impl rusqlite::types::FromSql for Condition {
    fn column_result(v: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
        Condition::parse(v.as_str()?).map_err(|e| rusqlite::types::FromSqlError::Other(Box::new(e)))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Active,
    Reserved,
    Sold,
    Withdrawn,
}

impl Status {
    pub const ALL: [Status; 4] = [Status::Active, Status::Reserved, Status::Sold, Status::Withdrawn];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Active => "active",
            Status::Reserved => "reserved",
            Status::Sold => "sold",
            Status::Withdrawn => "withdrawn",
        }
    }

    pub fn parse(text: &str) -> Result<Status> {
        let key = text.trim().to_lowercase();
        Status::ALL.into_iter().find(|s| s.as_str() == key).ok_or_else(|| {
            Error::invalid(format!("'{}' is not a listing status", text.trim()))
                .with_hint("use active, reserved, sold or withdrawn")
        })
    }
}

impl rusqlite::types::FromSql for Status {
    fn column_result(v: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
        Status::parse(v.as_str()?).map_err(|e| rusqlite::types::FromSqlError::Other(Box::new(e)))
    }
}

impl rusqlite::ToSql for Money {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        Ok(rusqlite::types::ToSqlOutput::from(self.minor()))
    }
}

impl rusqlite::types::FromSql for Money {
    fn column_result(v: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
        Money::from_minor(v.as_i64()?).map_err(|e| rusqlite::types::FromSqlError::Other(Box::new(e)))
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Photo {
    pub id: i64,
    pub path: String,
    pub bytes: i64,
    pub sha256: String,
    pub media_type: String,
}

/// A listing with everything `list show` tells.
#[derive(Debug, Clone, Serialize)]
pub struct Listing {
    pub id: ListingId,
    pub seller_id: MemberId,
    pub seller: String,
    pub title: String,
    pub description: String,
    pub category: String,
    pub category_name: String,
    pub condition: Condition,
    pub price_cents: Money,
    pub original_price_cents: Option<Money>,
    pub acquired_on: Option<String>,
    pub quantity: i64,
    pub tags: Vec<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub place: Option<String>,
    pub status: Status,
    pub free: bool,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    pub photos: Vec<Photo>,
}

const SELECT: &str = "SELECT l.id, l.seller_id, u.username, l.title, l.description, c.slug, c.name_en, l.condition,
        l.price_cents, l.original_price_cents, l.acquired_on, l.quantity, l.lat, l.lon, l.place, l.status,
        l.is_free, l.created_at, l.updated_at
     FROM listings l JOIN users u ON u.id = l.seller_id JOIN categories c ON c.id = l.category_id";

fn from_row(r: &Row) -> rusqlite::Result<Listing> {
    Ok(Listing {
        id: r.get(0)?,
        seller_id: r.get(1)?,
        seller: r.get(2)?,
        title: r.get(3)?,
        description: r.get(4)?,
        category: r.get(5)?,
        category_name: r.get(6)?,
        condition: r.get(7)?,
        price_cents: r.get(8)?,
        original_price_cents: r.get(9)?,
        acquired_on: r.get(10)?,
        quantity: r.get(11)?,
        lat: r.get(12)?,
        lon: r.get(13)?,
        place: r.get(14)?,
        status: r.get(15)?,
        free: r.get(16)?,
        created_at: r.get(17)?,
        updated_at: r.get(18)?,
        tags: Vec::new(),
        photos: Vec::new(),
    })
}

pub fn get(conn: &Connection, id: ListingId) -> Result<Listing> {
    let mut listing = conn
        .query_row(&format!("{SELECT} WHERE l.id = ?1"), [id], from_row)
        .optional()?
        .ok_or_else(|| Error::not_found(format!("no listing {id}")))?;
    listing.tags = tags(conn, id)?;
    let mut stmt = conn
        .prepare("SELECT id, path, bytes, sha256, media_type FROM listing_photos WHERE listing_id = ?1 ORDER BY id")?;
    let photos = stmt.query_map([id], |r| {
        Ok(Photo { id: r.get(0)?, path: r.get(1)?, bytes: r.get(2)?, sha256: r.get(3)?, media_type: r.get(4)? })
    })?;
    listing.photos = photos.collect::<rusqlite::Result<_>>()?;
    Ok(listing)
}

fn tags(conn: &Connection, id: ListingId) -> Result<Vec<String>> {
    let mut stmt = conn.prepare_cached("SELECT tag FROM listing_tags WHERE listing_id = ?1 ORDER BY tag")?;
    let rows = stmt.query_map([id], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// A seller's listings, newest first, optionally of one status.
pub fn by_seller(conn: &Connection, seller: MemberId, status: Option<Status>) -> Result<Vec<Listing>> {
    let mut stmt = conn.prepare(&format!(
        "{SELECT} WHERE l.seller_id = ?1 AND (?2 IS NULL OR l.status = ?2) ORDER BY l.created_at DESC, l.id DESC"
    ))?;
    let rows = stmt.query_map(params![seller, status.map(Status::as_str)], from_row)?;
    let mut listings: Vec<Listing> = rows.collect::<rusqlite::Result<_>>()?;
    for l in &mut listings {
        l.tags = tags(conn, l.id)?;
    }
    Ok(listings)
}

/// Checked values for a new listing. The app fills what is required (asking
/// on a terminal) before calling [`add`].
#[derive(Debug, Clone)]
pub struct NewListing {
    pub title: String,
    pub description: String,
    pub category: String,
    pub condition: Condition,
    pub price: Money,
    pub original_price: Option<Money>,
    pub acquired_on: Option<String>,
    pub quantity: i64,
    pub tags: Vec<String>,
    pub location: Option<(f64, f64)>,
    pub place: Option<String>,
    pub free: bool,
}

/// Changes to a listing; `None` leaves a field as it is.
#[derive(Debug, Clone, Default)]
pub struct ListingEdit {
    pub title: Option<String>,
    pub description: Option<String>,
    pub category: Option<String>,
    pub condition: Option<Condition>,
    pub price: Option<Money>,
    pub original_price: Option<Option<Money>>,
    pub acquired_on: Option<Option<String>>,
    pub quantity: Option<i64>,
    pub tags: Option<Vec<String>>,
    pub location: Option<Option<(f64, f64)>>,
    pub place: Option<Option<String>>,
    pub free: Option<bool>,
}

impl ListingEdit {
    pub fn is_empty(&self) -> bool {
        self.title.is_none()
            && self.description.is_none()
            && self.category.is_none()
            && self.condition.is_none()
            && self.price.is_none()
            && self.original_price.is_none()
            && self.acquired_on.is_none()
            && self.quantity.is_none()
            && self.tags.is_none()
            && self.location.is_none()
            && self.place.is_none()
            && self.free.is_none()
    }
}

pub fn check_title(title: &str) -> Result<String> {
    let t = title.trim();
    if t.is_empty() || t.chars().count() > 200 || t.chars().any(char::is_control) {
        return Err(Error::invalid("a title is 1-200 characters on one line, without tabs or control characters"));
    }
    Ok(t.to_string())
}

pub fn check_description(text: &str) -> Result<String> {
    let d = text.trim();
    if d.chars().count() > 10_000 || d.chars().any(|c| c.is_control() && c != '\n' && c != '\t' && c != '\r') {
        return Err(Error::invalid("a description is at most 10,000 characters of text"));
    }
    Ok(d.to_string())
}

pub fn check_quantity(q: i64) -> Result<i64> {
    if !(1..=MAX_QUANTITY).contains(&q) {
        return Err(Error::invalid(format!("a quantity is 1 to {MAX_QUANTITY}, not {q}")));
    }
    Ok(q)
}

/// Tags are short lower-case words or phrases, at most 20 a listing.
pub fn check_tags(raw: &[String]) -> Result<Vec<String>> {
    let mut tags: Vec<String> = Vec::new();
    for t in raw {
        let t = t.trim().to_lowercase();
        if t.is_empty() {
            continue;
        }
        if t.chars().count() > 32 || t.chars().any(|c| c.is_control() || c == ';' || c == ',') {
            return Err(Error::invalid(format!("'{t}' is not a tag: at most 32 characters, without ';' or ','")));
        }
        if !tags.contains(&t) {
            tags.push(t);
        }
    }
    if tags.len() > MAX_TAGS {
        return Err(Error::invalid(format!("a listing has at most {MAX_TAGS} tags")));
    }
    tags.sort();
    Ok(tags)
}

/// A calendar date (YYYY-MM-DD) that is not in the future.
pub fn check_date(text: &str, now: Timestamp) -> Result<String> {
    let date = NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .map_err(|_| Error::invalid(format!("'{}' is not a date; write YYYY-MM-DD", text.trim())))?;
    let today = now.rfc3339();
    let formatted = date.format("%Y-%m-%d").to_string();
    if formatted.as_str() > &today[..10] {
        return Err(Error::invalid(format!("the acquired date {formatted} is in the future")));
    }
    Ok(formatted)
}

fn category_id(conn: &Connection, key: &str) -> Result<CategoryId> {
    category::find(conn, key)
        .map(|c| c.id)
        .map_err(|e| Error::invalid(e.message).with_hint("see the categories with: flea category list"))
}

pub fn add(tx: &Transaction, seller: &Member, new: &NewListing, now: Timestamp) -> Result<Listing> {
    let category = category_id(tx, &new.category)?;
    let price = if new.free { Money::ZERO } else { new.price };
    let (lat, lon) = new.location.or(seller.lat.zip(seller.lon)).unzip();
    let place = new.place.clone().or_else(|| seller.place.clone());
    let index = search::index_text(&new.title, &new.description, &new.tags, search::category_text(tx, category)?);
    let id: ListingId = tx.query_row(
        "INSERT INTO listings (seller_id, title, description, category_id, condition, price_cents,
             original_price_cents, acquired_on, quantity, lat, lon, place, status, is_free, created_at, updated_at,
             tags_text, category_text, cjk_text)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, 'active', ?13, ?14, ?14, ?15, ?16, ?17)
         RETURNING id",
        params![
            seller.id,
            new.title,
            new.description,
            category,
            new.condition.as_str(),
            price,
            new.original_price,
            new.acquired_on,
            new.quantity,
            lat,
            lon,
            place,
            new.free,
            now,
            index.tags_text,
            index.category_text,
            index.cjk_text
        ],
        |r| r.get(0),
    )?;
    set_tags(tx, id, &new.tags)?;
    get(tx, id)
}

pub fn set_tags(tx: &Transaction, id: ListingId, tags: &[String]) -> Result<()> {
    tx.execute("DELETE FROM listing_tags WHERE listing_id = ?1", [id])?;
    let mut stmt = tx.prepare_cached("INSERT INTO listing_tags (listing_id, tag) VALUES (?1, ?2)")?;
    for tag in tags {
        stmt.execute(params![id, tag])?;
    }
    Ok(())
}

/// The listing, if `actor` is its seller (exit 4 otherwise).
fn owned(conn: &Connection, actor: &Member, id: ListingId) -> Result<Listing> {
    let listing = get(conn, id)?;
    if listing.seller_id != actor.id {
        return Err(Error::not_allowed(format!(
            "listing {id} belongs to {}; only its seller can change it",
            listing.seller
        )));
    }
    Ok(listing)
}

pub fn edit(tx: &Transaction, actor: &Member, id: ListingId, edit: &ListingEdit, now: Timestamp) -> Result<Listing> {
    let current = owned(tx, actor, id)?;
    if current.status == Status::Sold {
        return Err(Error::conflict(format!("listing {id} is sold; it can't be edited")));
    }
    let category = edit.category.as_deref().map(|c| category_id(tx, c)).transpose()?;
    // As an import checks: the item was got before it was listed.
    let listed = current.created_at.rfc3339();
    if let Some(Some(acquired)) = &edit.acquired_on
        && acquired.as_str() > &listed[..10]
    {
        return Err(Error::invalid(format!("the item can't be acquired after it was listed ({listed})")));
    }
    let free = edit.free.unwrap_or(current.free && edit.price.is_none_or(|p| p == Money::ZERO));
    let price = if free { Money::ZERO } else { edit.price.unwrap_or(current.price_cents) };
    if let Some(q) = edit.quantity
        && current.status == Status::Reserved
    {
        return Err(Error::conflict(format!(
            "listing {id} is reserved by an order; its quantity can't change to {q} now"
        ))
        .with_hint("it can change again once no order holds the listing"));
    }
    let (lat, lon) = match edit.location {
        Some(loc) => loc.unzip(),
        None => (current.lat, current.lon),
    };
    let title = edit.title.as_ref().unwrap_or(&current.title);
    let description = edit.description.as_ref().unwrap_or(&current.description);
    let tags = edit.tags.as_ref().unwrap_or(&current.tags);
    let category = match category {
        Some(c) => c,
        None => category_id(tx, &current.category)?,
    };
    let index = search::index_text(title, description, tags, search::category_text(tx, category)?);
    tx.execute(
        "UPDATE listings SET title = ?1, description = ?2, category_id = ?3, condition = ?4,
             price_cents = ?5, original_price_cents = ?6, acquired_on = ?7, quantity = ?8, lat = ?9, lon = ?10,
             place = ?11, is_free = ?12, updated_at = ?13, tags_text = ?15, category_text = ?16, cjk_text = ?17
         WHERE id = ?14",
        params![
            title,
            description,
            category,
            edit.condition.unwrap_or(current.condition).as_str(),
            price,
            edit.original_price.unwrap_or(current.original_price_cents),
            edit.acquired_on.clone().unwrap_or(current.acquired_on),
            edit.quantity.unwrap_or(current.quantity),
            lat,
            lon,
            edit.place.clone().unwrap_or(current.place),
            free,
            now,
            id,
            index.tags_text,
            index.category_text,
            index.cjk_text
        ],
    )?;
    if price != current.price_cents {
        record_price_change(tx, id, current.price_cents, price, now)?;
    }
    if let Some(tags) = &edit.tags {
        set_tags(tx, id, tags)?;
    }
    get(tx, id)
}

pub fn record_price_change(tx: &Transaction, id: ListingId, old: Money, new: Money, now: Timestamp) -> Result<()> {
    tx.execute(
        "INSERT INTO price_changes (listing_id, old_price_cents, new_price_cents, changed_at) VALUES (?1, ?2, ?3, ?4)",
        params![id, old, new, now],
    )?;
    Ok(())
}

/// Takes a listing off the market. A listing with open orders stays.
pub fn withdraw(tx: &Transaction, actor: &Member, id: ListingId, now: Timestamp) -> Result<Listing> {
    let current = owned(tx, actor, id)?;
    match current.status {
        Status::Active => {}
        Status::Reserved => {
            return Err(Error::conflict(format!("listing {id} has an open order; it can't be withdrawn"))
                .with_hint("the order must complete or be cancelled first"));
        }
        other => {
            return Err(Error::conflict(format!(
                "listing {id} is {}; only an active listing can be withdrawn",
                other.as_str()
            )));
        }
    }
    if crate::order::open_count(tx, id)? > 0 {
        return Err(Error::conflict(format!("listing {id} has open orders; it can't be withdrawn"))
            .with_hint("the orders must complete or be cancelled first"));
    }
    set_status(tx, id, Status::Withdrawn, now)?;
    get(tx, id)
}

/// Puts a withdrawn listing back on the market.
pub fn relist(tx: &Transaction, actor: &Member, id: ListingId, now: Timestamp) -> Result<Listing> {
    let current = owned(tx, actor, id)?;
    if current.status != Status::Withdrawn {
        return Err(Error::conflict(format!(
            "listing {id} is {}; only a withdrawn listing can be relisted",
            current.status.as_str()
        )));
    }
    if current.quantity == 0 {
        return Err(Error::conflict(format!("listing {id} has no units left"))
            .with_hint("set a quantity first: flea list edit ID --quantity N"));
    }
    set_status(tx, id, Status::Active, now)?;
    get(tx, id)
}

pub fn set_status(tx: &Transaction, id: ListingId, status: Status, now: Timestamp) -> Result<()> {
    tx.execute("UPDATE listings SET status = ?1, updated_at = ?2 WHERE id = ?3", params![status.as_str(), now, id])?;
    Ok(())
}

/// The image type of a file, by its first bytes.
pub fn media_type(head: &[u8]) -> Option<&'static str> {
    if head.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some("image/jpeg")
    } else if head.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some("image/png")
    } else if head.starts_with(b"GIF87a") || head.starts_with(b"GIF89a") {
        Some("image/gif")
    } else if head.len() >= 12 && &head[..4] == b"RIFF" && &head[8..12] == b"WEBP" {
        Some("image/webp")
    } else {
        None
    }
}

/// A photo file's facts: its full path, size, SHA-256 and image type.
pub struct PhotoFile {
    pub path: String,
    pub bytes: i64,
    pub sha256: String,
    pub media_type: &'static str,
}

/// Reads a photo file once, checking by its bytes that it is an image.
pub fn read_photo(path: &Path) -> Result<PhotoFile> {
    if path.to_string_lossy().chars().any(char::is_control) {
        return Err(Error::invalid("a photo's file name can't contain control characters such as newlines")
            .with_hint("rename the file first"));
    }
    use sha2::Digest;
    use std::io::Read;
    let mut file = std::fs::File::open(path).map_err(|e| {
        if e.kind() == std::io::ErrorKind::NotFound {
            Error::not_found(format!("no file {}", path.display()))
        } else {
            Error::invalid(format!("cannot read {}: {e}", path.display()))
        }
    })?;
    let mut hasher = sha2::Sha256::new();
    let mut head = Vec::new();
    let mut total: i64 = 0;
    let mut buf = vec![0u8; 64 * 1024];
    loop {
        let n = file.read(&mut buf).map_err(|e| Error::invalid(format!("cannot read {}: {e}", path.display())))?;
        if n == 0 {
            break;
        }
        if head.len() < 16 {
            head.extend_from_slice(&buf[..n.min(16)]);
        }
        hasher.update(&buf[..n]);
        total += n as i64;
    }
    let media_type = media_type(&head)
        .ok_or_else(|| Error::invalid(format!("{} is not a JPEG, PNG, WebP or GIF image", path.display())))?;
    let full = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    let sha256 = hasher.finalize().iter().map(|b| format!("{b:02x}")).collect();
    Ok(PhotoFile { path: full.to_string_lossy().into_owned(), bytes: total, sha256, media_type })
}

pub fn add_photo(tx: &Transaction, actor: &Member, id: ListingId, photo: &PhotoFile, now: Timestamp) -> Result<Photo> {
    let listing = owned(tx, actor, id)?;
    // As for edits; removing a photo stays possible (it may show too much).
    if listing.status == Status::Sold {
        return Err(Error::conflict(format!("listing {id} is sold; it can't get new photos")));
    }
    if listing.photos.iter().any(|p| p.sha256 == photo.sha256) {
        return Err(Error::conflict(format!("listing {id} already has this photo")));
    }
    if listing.photos.len() as i64 >= MAX_PHOTOS {
        return Err(Error::conflict(format!("listing {id} has {MAX_PHOTOS} photos, the most it can have")));
    }
    let photo_id: i64 = tx.query_row(
        "INSERT INTO listing_photos (listing_id, path, bytes, sha256, media_type, added_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6) RETURNING id",
        params![id, photo.path, photo.bytes, photo.sha256, photo.media_type, now],
        |r| r.get(0),
    )?;
    Ok(Photo {
        id: photo_id,
        path: photo.path.clone(),
        bytes: photo.bytes,
        sha256: photo.sha256.clone(),
        media_type: photo.media_type.to_string(),
    })
}

pub fn remove_photo(tx: &Transaction, actor: &Member, id: ListingId, photo_id: i64) -> Result<()> {
    owned(tx, actor, id)?;
    let n = tx.execute("DELETE FROM listing_photos WHERE id = ?1 AND listing_id = ?2", params![photo_id, id])?;
    if n == 0 {
        return Err(Error::not_found(format!("listing {id} has no photo {photo_id}")));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conditions_parse_leniently() {
        assert_eq!(Condition::parse("Like New").unwrap(), Condition::LikeNew);
        assert_eq!(Condition::parse("for-parts").unwrap(), Condition::ForParts);
        assert!(Condition::parse("mint").is_err());
    }

    #[test]
    fn images_are_known_by_their_bytes() {
        assert_eq!(media_type(b"\xFF\xD8\xFF\xE0rest"), Some("image/jpeg"));
        assert_eq!(media_type(b"\x89PNG\r\n\x1a\nxxxx"), Some("image/png"));
        assert_eq!(media_type(b"GIF89a...."), Some("image/gif"));
        assert_eq!(media_type(b"RIFF\0\0\0\0WEBPVP8 "), Some("image/webp"));
        assert_eq!(media_type(b"%PDF-1.7"), None);
        assert_eq!(media_type(b""), None);
    }

    #[test]
    fn tags_are_normalised() {
        let t = check_tags(&["Vintage".into(), " vintage ".into(), "oak".into(), "".into()]).unwrap();
        assert_eq!(t, ["oak", "vintage"]);
        assert!(check_tags(&["a;b".into()]).is_err());
        assert!(check_tags(&(0..21).map(|i| format!("t{i}")).collect::<Vec<_>>()).is_err());
    }
}
