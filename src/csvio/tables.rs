//! Each exportable table declared once: its CSV columns, their types and
//! checks. Import, export and the README's column reference all come from
//! these declarations.

use super::{Column, Default, Extra, Kind, Refs, Table};
use crate::{account, category, listing};
use rusqlite::types::Value;

const CONDITIONS: &[&str] = &["new", "like_new", "good", "fair", "poor", "for_parts"];
const STATUSES: &[&str] = &["active", "reserved", "sold", "withdrawn"];
const EVENT_KINDS: &[&str] = &["view", "search", "click", "watch", "offer", "order", "purchase"];
const MEDIA_TYPES: &[&str] = &["image/jpeg", "image/png", "image/webp", "image/gif"];

const fn col(name: &'static str, db: &'static str, kind: Kind, doc: &'static str) -> Column {
    Column { name, db, kind, required: false, default: Default::Null, check: None, aliases: &[], doc }
}

const fn req(mut c: Column) -> Column {
    c.required = true;
    c
}

const fn or(mut c: Column, default: Default) -> Column {
    c.default = default;
    c
}

const fn checked(mut c: Column, check: fn(&str) -> crate::error::Result<String>) -> Column {
    c.check = Some(check);
    c
}

const fn alias(mut c: Column, aliases: &'static [&'static str]) -> Column {
    c.aliases = aliases;
    c
}

const LAT: Kind = Kind::Real { min: -90.0, max: 90.0 };
const LON: Kind = Kind::Real { min: -180.0, max: 180.0 };
const fn text(max: usize) -> Kind {
    Kind::Text { max, multiline: false }
}

fn username(s: &str) -> crate::error::Result<String> {
    // Anonymised members keep their reserved `deleted-<id>` names.
    account::normalise_username(s)
}
fn email(s: &str) -> crate::error::Result<String> {
    account::check_email(s)
}
fn slug(s: &str) -> crate::error::Result<String> {
    category::check_slug(s)
}
fn title(s: &str) -> crate::error::Result<String> {
    listing::check_title(s)
}
fn sha256(s: &str) -> crate::error::Result<String> {
    let ok = s.len() == 64 && s.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
    if ok { Ok(s.to_string()) } else { Err(crate::error::Error::invalid("not a lower-case hex SHA-256")) }
}

pub static USERS: Table = Table {
    name: "users",
    doc: "Members, without any secret: imported members have no password until an admin sets one.",
    db: "users",
    key: "id",
    upsert: false,
    owner: None,
    extra: None,
    order: None,
    checks_refs: true,
    check: None,
    columns: &[
        col("id", "id", Kind::Id, "member id (assigned when empty)"),
        req(checked(
            col(
                "username",
                "username",
                text(40),
                "3-32 of a-z 0-9 _ . -, unique in any case; deleted-N only for deleted member N",
            ),
            username,
        )),
        checked(col("email", "email", text(254), "email address"), email),
        col("display_name", "display_name", text(64), "name shown to others"),
        col("place", "place", text(100), "place name"),
        col("lat", "lat", LAT, "latitude in degrees (with lon)"),
        col("lon", "lon", LON, "longitude in degrees (with lat)"),
        or(col("admin", "is_admin", Kind::Bool, "true for a market admin"), Default::False),
        or(col("demo", "is_demo", Kind::Bool, "true for accounts made by `flea demo`"), Default::False),
        or(col("created_at", "created_at", Kind::Time, "registration time"), Default::Now),
        col("deleted_at", "deleted_at", Kind::Time, "when the account was deleted (anonymised)"),
    ],
};

pub static CATEGORIES: Table = Table {
    name: "categories",
    doc: "The two-level category tree. Rows whose id exists replace it (upsert).",
    db: "categories",
    key: "id",
    upsert: true,
    owner: None,
    extra: Some(&CATEGORY_WORDS),
    order: Some("t.parent_id IS NOT NULL, t.id"),
    checks_refs: true,
    check: Some(category_row),
    columns: &[
        col("id", "id", Kind::Id, "category id (assigned when empty)"),
        req(checked(col("slug", "slug", text(48), "unique short name: a-z 0-9 -"), slug)),
        col("parent", "parent_id", Kind::Category, "slug of the top-level category it belongs to; empty for top level"),
        req(col("name_en", "name_en", text(80), "English name")),
        req(col("name_zh", "name_zh", text(80), "Chinese name")),
        or(
            col("position", "position", Kind::Int { min: 0, max: 1_000_000 }, "order among its siblings"),
            Default::Zero,
        ),
    ],
};

pub static IMPACT_FACTORS: Table = Table {
    name: "impact_factors",
    doc: "Per-item emissions and waste avoided by reuse, one row per category (upsert).",
    db: "impact_factors",
    key: "category_id",
    upsert: true,
    owner: None,
    extra: None,
    order: None,
    checks_refs: true,
    check: None,
    columns: &[
        req(col("category", "category_id", Kind::Category, "category slug")),
        req(col("kg_co2e", "kg_co2e", Kind::Real { min: 0.0, max: 1e9 }, "kg CO2e avoided per item reused")),
        req(col("kg_waste", "kg_waste", Kind::Real { min: 0.0, max: 1e9 }, "kg of waste avoided per item reused")),
        req(col("source", "source", text(200), "where the numbers come from")),
    ],
};

pub static LISTINGS: Table = Table {
    name: "listings",
    doc: "Listings with their tags. Members import and export only their own.",
    db: "listings",
    key: "id",
    upsert: false,
    owner: Some("seller"),
    extra: Some(&LISTING_INDEX),
    order: None,
    checks_refs: true,
    check: None,
    columns: &[
        col("id", "id", Kind::Id, "listing id (assigned when empty)"),
        or(col("seller", "seller_id", Kind::User, "seller's username [default: you]"), Default::Actor),
        req(checked(col("title", "title", text(200), "one line, 1-200 characters"), title)),
        or(col("description", "description", Kind::Text { max: 10_000, multiline: true }, "free text"), Default::Empty),
        req(col("category", "category_id", Kind::Category, "category slug")),
        req(col("condition", "condition", Kind::Enum(CONDITIONS), "new, like_new, good, fair, poor or for_parts")),
        or(col("price", "price_cents", Kind::Money, "asking price, decimal in the market currency"), Default::Zero),
        col("original_price", "original_price_cents", Kind::Money, "price when new"),
        col("acquired_on", "acquired_on", Kind::Date, "YYYY-MM-DD the seller got the item (not after created_at)"),
        or(col("quantity", "quantity", Kind::Int { min: 0, max: 1_000_000 }, "units still for sale"), Default::One),
        col("tags", "", Kind::Tags, "tags separated by ';'"),
        col("lat", "lat", LAT, "latitude (with lon)"),
        col("lon", "lon", LON, "longitude (with lat)"),
        col("place", "place", text(100), "place name"),
        or(
            col("status", "status", Kind::Enum(STATUSES), "active, reserved, sold or withdrawn"),
            Default::Text("active"),
        ),
        or(col("free", "is_free", Kind::Bool, "true for a giveaway (price 0)"), Default::False),
        or(col("created_at", "created_at", Kind::Time, "when it was listed"), Default::Now),
        or(
            col("updated_at", "updated_at", Kind::Time, "last change [default: created_at]"),
            Default::SameAs("created_at"),
        ),
    ],
};

pub static PHOTOS: Table = Table {
    name: "photos",
    doc: "Listing photos: where the file was and its SHA-256 (the image itself stays on disk).",
    db: "listing_photos",
    key: "id",
    upsert: false,
    owner: None,
    extra: None,
    order: None,
    checks_refs: true,
    check: None,
    columns: &[
        col("id", "id", Kind::Id, "photo id (assigned when empty)"),
        req(col("listing_id", "listing_id", Kind::Listing, "the listing")),
        req(col("path", "path", text(4096), "file path when it was added")),
        req(col("bytes", "bytes", Kind::Int { min: 1, max: i64::MAX }, "file size")),
        req(checked(col("sha256", "sha256", text(64), "SHA-256 of the file, hex"), sha256)),
        req(col("media_type", "media_type", Kind::Enum(MEDIA_TYPES), "image/jpeg, image/png, image/webp or image/gif")),
        or(col("added_at", "added_at", Kind::Time, "when it was added"), Default::Now),
    ],
};

pub static PRICE_CHANGES: Table = Table {
    name: "price_changes",
    doc: "Every change of a listing's asking price.",
    db: "price_changes",
    key: "id",
    upsert: false,
    owner: None,
    extra: None,
    order: None,
    checks_refs: true,
    check: None,
    columns: &[
        col("id", "id", Kind::Id, "change id (assigned when empty)"),
        req(col("listing_id", "listing_id", Kind::Listing, "the listing")),
        req(col("old_price", "old_price_cents", Kind::Money, "price before")),
        req(col("new_price", "new_price_cents", Kind::Money, "price after")),
        or(col("changed_at", "changed_at", Kind::Time, "when"), Default::Now),
    ],
};

pub static EVENTS: Table = Table {
    name: "events",
    doc: "Behaviour events. Interaction data sets load as `user,item,timestamp[,kind]`.",
    db: "events",
    key: "id",
    upsert: false,
    owner: None,
    extra: None,
    order: None,
    checks_refs: true,
    check: None,
    columns: &[
        col("id", "id", Kind::Id, "event id (assigned when empty)"),
        or(
            col("kind", "kind", Kind::Enum(EVENT_KINDS), "view, search, click, watch, offer, order or purchase"),
            Default::Text("view"),
        ),
        col("user", "user_id", Kind::User, "the member's username"),
        alias(col("listing_id", "listing_id", Kind::Listing, "the listing (alias: item)"), &["item"]),
        col("query", "query", text(1000), "search text"),
        alias(or(col("at", "at", Kind::Time, "when (alias: timestamp)"), Default::Now), &["timestamp"]),
    ],
};

const OFFER_STATUSES: &[&str] = &["open", "accepted", "declined", "withdrawn", "expired", "countered"];
const ORDER_STATUSES: &[&str] = &["placed", "paid", "shipped", "completed", "cancelled", "disputed"];
const ROLES: &[&str] = &["buyer", "seller"];
const REF: Kind = Kind::Int { min: 1, max: i64::MAX };

pub static OFFERS: Table = Table {
    name: "offers",
    doc: "Offers and counter-offers on listings (prices per unit).",
    db: "offers",
    key: "id",
    upsert: false,
    owner: None,
    extra: None,
    order: None,
    checks_refs: false,
    check: None,
    columns: &[
        col("id", "id", Kind::Id, "offer id (assigned when empty)"),
        req(col("listing_id", "listing_id", Kind::Listing, "the listing")),
        req(col("buyer", "buyer_id", Kind::User, "the buyer's username")),
        req(col("seller", "seller_id", Kind::User, "the listing's seller (not the buyer)")),
        req(col("price", "price_cents", Kind::Money, "offered price per unit")),
        or(col("quantity", "quantity", Kind::Int { min: 1, max: 1_000_000 }, "units"), Default::One),
        or(
            col(
                "status",
                "status",
                Kind::Enum(OFFER_STATUSES),
                "open, accepted, declined, withdrawn, expired or countered",
            ),
            Default::Text("open"),
        ),
        col("counter_of", "counter_of", REF, "the offer this one answers"),
        or(col("from_seller", "from_seller", Kind::Bool, "true for the seller's counter-offer"), Default::False),
        or(col("created_at", "created_at", Kind::Time, "when it was made"), Default::Now),
        req(col("expires_at", "expires_at", Kind::Time, "when it lapses")),
        col("decided_at", "decided_at", Kind::Time, "when it was answered"),
    ],
};

pub static ORDERS: Table = Table {
    name: "orders",
    doc: "Orders and their life-cycle times.",
    db: "orders",
    key: "id",
    upsert: false,
    owner: None,
    extra: None,
    order: None,
    checks_refs: false,
    check: None,
    columns: &[
        col("id", "id", Kind::Id, "order id (assigned when empty)"),
        req(col("listing_id", "listing_id", Kind::Listing, "the listing")),
        req(col("buyer", "buyer_id", Kind::User, "the buyer's username")),
        req(col("seller", "seller_id", Kind::User, "the listing's seller (not the buyer)")),
        or(col("quantity", "quantity", Kind::Int { min: 1, max: 1_000_000 }, "units"), Default::One),
        req(col("unit_price", "unit_price_cents", Kind::Money, "price per unit")),
        req(col("total", "total_cents", Kind::Money, "price of the order: unit_price times quantity")),
        or(
            col(
                "status",
                "status",
                Kind::Enum(ORDER_STATUSES),
                "placed, paid, shipped, completed, cancelled or disputed",
            ),
            Default::Text("placed"),
        ),
        col("offer_id", "offer_id", REF, "the accepted offer it came from"),
        col("tracking", "tracking", text(200), "shipping reference"),
        col("cancel_reason", "cancel_reason", Kind::Text { max: 1000, multiline: true }, "why it was cancelled"),
        col("cancelled_by", "cancelled_by", Kind::User, "who cancelled it"),
        col("dispute_reason", "dispute_reason", Kind::Text { max: 1000, multiline: true }, "why it is disputed"),
        or(col("placed_at", "placed_at", Kind::Time, "when it was placed"), Default::Now),
        col("paid_at", "paid_at", Kind::Time, "when it was paid"),
        col("shipped_at", "shipped_at", Kind::Time, "when it was shipped"),
        col("completed_at", "completed_at", Kind::Time, "when the buyer received it"),
        col("cancelled_at", "cancelled_at", Kind::Time, "when it was cancelled"),
        col("disputed_at", "disputed_at", Kind::Time, "when it was disputed"),
    ],
};

pub static REVIEWS: Table = Table {
    name: "reviews",
    doc: "Two-sided reviews of completed orders.",
    db: "reviews",
    key: "id",
    upsert: false,
    owner: None,
    extra: None,
    order: None,
    checks_refs: false,
    check: None,
    columns: &[
        col("id", "id", Kind::Id, "review id (assigned when empty)"),
        req(col("order_id", "order_id", REF, "the order")),
        req(col("reviewer", "reviewer_id", Kind::User, "who wrote it")),
        req(col("reviewee", "reviewee_id", Kind::User, "who it is about (not the reviewer)")),
        req(col("role", "role", Kind::Enum(ROLES), "the reviewee's part in the order: buyer or seller")),
        req(col("rating", "rating", Kind::Int { min: 1, max: 5 }, "1 to 5 stars")),
        col("comment", "comment", Kind::Text { max: 2000, multiline: true }, "free text"),
        or(col("created_at", "created_at", Kind::Time, "when it was written"), Default::Now),
    ],
};

/// Every table, in the order a full restore imports them.
pub static ALL: &[&Table] =
    &[&USERS, &CATEGORIES, &IMPACT_FACTORS, &LISTINGS, &PHOTOS, &PRICE_CHANGES, &OFFERS, &ORDERS, &REVIEWS, &EVENTS];

/// The search index's text of an imported listing, written in the same
/// INSERT so the index is touched once.
static LISTING_INDEX: Extra = Extra { columns: &["tags_text", "category_text", "cjk_text"], compute: listing_index };

fn listing_index(refs: &Refs, table: &Table, values: &[Value]) -> crate::error::Result<Vec<Value>> {
    let text = |name: &str| match table.columns.iter().position(|c| c.name == name).map(|i| &values[i]) {
        Some(Value::Text(t)) => t.as_str(),
        _ => "",
    };
    let category = match table.columns.iter().position(|c| c.name == "category").map(|i| &values[i]) {
        Some(Value::Integer(id)) => *id,
        _ => 0,
    };
    let tags: Vec<String> = text("tags").split(';').filter(|t| !t.is_empty()).map(str::to_string).collect();
    let category_text = refs.category_text.get(&category).cloned().unwrap_or_default();
    let index = crate::search::index_text(text("title"), text("description"), &tags, category_text);
    Ok(vec![Value::Text(index.tags_text), Value::Text(index.category_text), Value::Text(index.cjk_text)])
}

/// Categories form two levels: a parent must be top-level, and a category
/// with children can't move under another.
fn category_row(conn: &rusqlite::Connection, table: &Table, values: &[Value]) -> Result<(), (Option<usize>, String)> {
    let at = |name: &str| table.columns.iter().position(|c| c.name == name);
    let (Some(parent_at), Some(id_at)) = (at("parent"), at("id")) else { return Ok(()) };
    let Value::Integer(parent) = values[parent_at] else { return Ok(()) };
    let db = |e: rusqlite::Error| (None, crate::error::Error::from(e).message);
    let grand: Option<i64> =
        conn.query_row("SELECT parent_id FROM categories WHERE id = ?1", [parent], |r| r.get(0)).map_err(db)?;
    if grand.is_some() {
        return Err((Some(parent_at), "the parent is a sub-category; the tree has two levels".into()));
    }
    if let Value::Integer(id) = values[id_at] {
        let children: bool = conn
            .query_row("SELECT EXISTS (SELECT 1 FROM categories WHERE parent_id = ?1)", [id], |r| r.get(0))
            .map_err(db)?;
        if children || id == parent {
            return Err((Some(parent_at), "a category with sub-categories stays top-level".into()));
        }
    }
    Ok(())
}

/// A category's Chinese name cut into words for the search index.
static CATEGORY_WORDS: Extra = Extra { columns: &["name_zh_words"], compute: category_words };

fn category_words(_: &Refs, table: &Table, values: &[Value]) -> crate::error::Result<Vec<Value>> {
    let name = match table.columns.iter().position(|c| c.name == "name_zh").map(|i| &values[i]) {
        Some(Value::Text(t)) => t.as_str(),
        _ => "",
    };
    Ok(vec![Value::Text(crate::search::name_words(name))])
}
