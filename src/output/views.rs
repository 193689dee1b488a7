//! How each domain type looks in a table. JSON, CSV and TSV come from the
//! types' `Serialize` impls; only the human view is described here.

use super::{Composite, Tabular, list_table, or_dash, record_table};
use crate::account::Member;
use crate::category::Category;
use crate::listing::{Listing, Photo};
use crate::market::Settings;
use crate::money::Currency;
use crate::offer::Offer;
use crate::order::Order;
use crate::review::{Reputation, Review, Standing};
use serde::Serialize;

impl Tabular for Member {
    fn headers() -> &'static [&'static str] {
        &["id", "username", "name", "email", "place", "location", "admin", "member since"]
    }
    fn cells(&self, _: &Currency) -> Vec<String> {
        let location = self.lat.zip(self.lon).map(|(lat, lon)| format!("{lat:.4}, {lon:.4}"));
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

impl Tabular for Settings {
    fn headers() -> &'static [&'static str] {
        &["name", "currency", "minor-unit digits", "session days", "created"]
    }
    fn cells(&self, _: &Currency) -> Vec<String> {
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

impl Tabular for Category {
    fn headers() -> &'static [&'static str] {
        &["slug", "English", "中文", "parent", "kg CO2e", "kg waste"]
    }
    fn cells(&self, _: &Currency) -> Vec<String> {
        let slug = match &self.parent {
            Some(_) => format!("  {}", self.slug),
            None => self.slug.clone(),
        };
        vec![
            slug,
            self.name_en.clone(),
            self.name_zh.clone(),
            or_dash(self.parent.as_deref()),
            or_dash(self.kg_co2e.map(kg)),
            or_dash(self.kg_waste.map(kg)),
        ]
    }
    fn id(&self) -> String {
        self.slug.clone()
    }
}

fn price(l: &Listing, money: &Currency) -> String {
    if l.free { "free".to_string() } else { money.display(l.price_cents) }
}

impl Tabular for Listing {
    fn headers() -> &'static [&'static str] {
        &[
            "id",
            "title",
            "price",
            "condition",
            "category",
            "seller",
            "status",
            "quantity",
            "tags",
            "place",
            "location",
            "original price",
            "acquired",
            "photos",
            "listed",
            "updated",
            "description",
        ]
    }
    fn cells(&self, money: &Currency) -> Vec<String> {
        let location = self.lat.zip(self.lon).map(|(lat, lon)| format!("{lat:.4}, {lon:.4}"));
        let photos = self.photos.iter().map(|p| format!("#{} {}", p.id, p.path)).collect::<Vec<_>>().join("\n");
        vec![
            self.id.to_string(),
            self.title.clone(),
            price(self, money),
            self.condition.as_str().to_string(),
            format!("{} ({})", self.category_name, self.category),
            self.seller.clone(),
            self.status.as_str().to_string(),
            self.quantity.to_string(),
            if self.tags.is_empty() { "-".into() } else { self.tags.join(", ") },
            or_dash(self.place.as_deref()),
            or_dash(location),
            or_dash(self.original_price_cents.map(|m| money.display(m))),
            or_dash(self.acquired_on.as_deref()),
            if photos.is_empty() { "-".into() } else { photos },
            self.created_at.to_string(),
            self.updated_at.to_string(),
            if self.description.is_empty() { "-".into() } else { self.description.clone() },
        ]
    }
    fn id(&self) -> String {
        self.id.to_string()
    }
    fn list_headers() -> &'static [&'static str] {
        &["id", "title", "price", "condition", "category", "status", "qty", "listed"]
    }
    fn list_cells(&self, money: &Currency) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.title.clone(),
            price(self, money),
            self.condition.as_str().to_string(),
            self.category.clone(),
            self.status.as_str().to_string(),
            self.quantity.to_string(),
            self.created_at.rfc3339()[..10].to_string(),
        ]
    }
}

impl Tabular for Photo {
    fn headers() -> &'static [&'static str] {
        &["id", "path", "bytes", "type", "sha256"]
    }
    fn cells(&self, _: &Currency) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.path.clone(),
            self.bytes.to_string(),
            self.media_type.clone(),
            self.sha256.clone(),
        ]
    }
    fn id(&self) -> String {
        self.id.to_string()
    }
}

fn opt_time(t: Option<crate::time::Timestamp>) -> String {
    or_dash(t)
}

impl Tabular for Order {
    fn headers() -> &'static [&'static str] {
        &[
            "id",
            "listing",
            "title",
            "buyer",
            "seller",
            "quantity",
            "unit price",
            "total",
            "status",
            "tracking",
            "placed",
            "paid",
            "shipped",
            "completed",
            "cancelled",
            "disputed",
            "note",
        ]
    }
    fn cells(&self, money: &Currency) -> Vec<String> {
        let note = self.cancel_reason.as_deref().or(self.dispute_reason.as_deref());
        vec![
            self.id.to_string(),
            self.listing_id.to_string(),
            self.title.clone(),
            self.buyer.clone(),
            self.seller.clone(),
            self.quantity.to_string(),
            money.display(self.unit_price_cents),
            money.display(self.total_cents),
            self.status.as_str().to_string(),
            or_dash(self.tracking.as_deref()),
            self.placed_at.to_string(),
            opt_time(self.paid_at),
            opt_time(self.shipped_at),
            opt_time(self.completed_at),
            opt_time(self.cancelled_at),
            opt_time(self.disputed_at),
            or_dash(note),
        ]
    }
    fn id(&self) -> String {
        self.id.to_string()
    }
    fn list_headers() -> &'static [&'static str] {
        &["id", "title", "buyer", "seller", "qty", "total", "status", "placed"]
    }
    fn list_cells(&self, money: &Currency) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.title.clone(),
            self.buyer.clone(),
            self.seller.clone(),
            self.quantity.to_string(),
            money.display(self.total_cents),
            self.status.as_str().to_string(),
            self.placed_at.rfc3339()[..10].to_string(),
        ]
    }
}

impl Tabular for Offer {
    fn headers() -> &'static [&'static str] {
        &["id", "listing", "title", "buyer", "seller", "offer", "asking", "qty", "status", "awaiting", "expires"]
    }
    fn cells(&self, money: &Currency) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.listing_id.to_string(),
            self.title.clone(),
            self.buyer.clone(),
            self.seller.clone(),
            money.display(self.price_cents),
            money.display(self.asking_price_cents),
            self.quantity.to_string(),
            self.status.clone(),
            or_dash(self.awaiting.as_deref()),
            self.expires_at.to_string(),
        ]
    }
    fn id(&self) -> String {
        self.id.to_string()
    }
}

impl Tabular for Review {
    fn headers() -> &'static [&'static str] {
        &["id", "order", "from", "about", "as", "rating", "comment", "date"]
    }
    fn cells(&self, _: &Currency) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.order_id.to_string(),
            self.reviewer.clone(),
            self.reviewee.clone(),
            self.role.as_str().to_string(),
            "*".repeat(usize::try_from(self.rating).unwrap_or(0)),
            or_dash(self.comment.as_deref()),
            self.created_at.rfc3339()[..10].to_string(),
        ]
    }
    fn id(&self) -> String {
        self.id.to_string()
    }
}

/// `review list USER`: the member's standing and the reviews behind it.
#[derive(Serialize)]
pub struct ReviewList {
    pub username: String,
    #[serde(flatten)]
    pub standing: Standing,
    pub reviews: Vec<Review>,
}

impl Composite for ReviewList {
    fn render(&self, money: &Currency) -> String {
        format!(
            "{}\nas seller: {}\nas buyer:  {}\n{}",
            self.username,
            self.standing.as_seller.label,
            self.standing.as_buyer.label,
            list_table(&self.reviews, money)
        )
    }
    fn id(&self) -> String {
        self.username.clone()
    }
}

/// `account show`: a member's profile with their reputation.
#[derive(Serialize)]
pub struct Profile {
    #[serde(flatten)]
    pub member: Member,
    pub seller_reputation: Reputation,
    pub buyer_reputation: Reputation,
}

impl Composite for Profile {
    fn render(&self, money: &Currency) -> String {
        let mut text = record_table(&self.member, money);
        text.push_str(&format!(
            "\nas seller: {}\nas buyer:  {}",
            self.seller_reputation.label, self.buyer_reputation.label
        ));
        text
    }
    fn id(&self) -> String {
        self.member.id.to_string()
    }
}

/// `list show`: a listing with its seller's reputation.
#[derive(Serialize)]
pub struct ListingView {
    #[serde(flatten)]
    pub listing: Listing,
    pub seller_reputation: Reputation,
}

impl Composite for ListingView {
    fn render(&self, money: &Currency) -> String {
        let mut text = record_table(&self.listing, money);
        text.push_str(&format!("\nseller {}: {}", self.listing.seller, self.seller_reputation.label));
        text
    }
    fn id(&self) -> String {
        self.listing.id.to_string()
    }
}

impl Composite for crate::search::SearchResult {
    fn render(&self, money: &Currency) -> String {
        let shown = self.results.len() as i64;
        let about = if self.total_is_estimate { "about " } else { "" };
        let mut text = match (self.total, self.query.trim().is_empty()) {
            (0, _) => "No listings match.".to_string(),
            (n, true) => {
                format!("{about}{n} listing(s); showing {}-{}.", self.offset + 1, i64::from(self.offset) + shown)
            }
            (n, false) => format!(
                "{about}{n} listing(s) match '{}'; showing {}-{}.",
                self.query.trim(),
                self.offset + 1,
                i64::from(self.offset) + shown
            ),
        };
        if let Some(s) = &self.did_you_mean {
            text.push_str(&format!("\nDid you mean: {s}?"));
        }
        if !self.results.is_empty() {
            text.push('\n');
            text.push_str(&list_table(&self.results, money));
        }
        text
    }
    fn id(&self) -> String {
        self.results.iter().map(|h| h.id.to_string()).collect::<Vec<_>>().join("\n")
    }
}

impl Tabular for crate::search::Hit {
    fn headers() -> &'static [&'static str] {
        &["id", "title", "price", "condition", "seller", "km", "snippet"]
    }
    fn cells(&self, money: &Currency) -> Vec<String> {
        let price = if self.free { "free".to_string() } else { money.display(self.price_cents) };
        let seller = match self.seller_reputation.score {
            Some(s) => format!("{} ({s:.2})", self.seller),
            None => format!("{} (new)", self.seller),
        };
        vec![
            self.id.to_string(),
            self.title.clone(),
            price,
            self.condition.clone(),
            seller,
            or_dash(self.distance_km.map(|d| format!("{d:.1}"))),
            self.snippet.replace('\n', " "),
        ]
    }
    fn id(&self) -> String {
        self.id.to_string()
    }
}

impl Tabular for crate::watch::Watched {
    fn headers() -> &'static [&'static str] {
        &["listing", "title", "seller", "price", "price then", "change"]
    }
    fn cells(&self, money: &Currency) -> Vec<String> {
        vec![
            self.listing_id.to_string(),
            self.title.clone(),
            self.seller.clone(),
            money.display(self.price_cents),
            money.display(self.price_then_cents),
            self.change.clone(),
        ]
    }
    fn id(&self) -> String {
        self.listing_id.to_string()
    }
}

impl Tabular for crate::want::Want {
    fn headers() -> &'static [&'static str] {
        &["id", "query", "category", "max price", "near", "within km", "posted"]
    }
    fn cells(&self, money: &Currency) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.query.clone(),
            or_dash(self.category.as_deref()),
            or_dash(self.max_price_cents.map(|m| money.display(m))),
            or_dash(self.lat.zip(self.lon).map(|(a, b)| format!("{a:.3}, {b:.3}"))),
            or_dash(self.within_km),
            self.created_at.rfc3339()[..10].to_string(),
        ]
    }
    fn id(&self) -> String {
        self.id.to_string()
    }
}

impl Tabular for crate::want::Match {
    fn headers() -> &'static [&'static str] {
        &[
            "want",
            "listing",
            "title",
            "price",
            "seller",
            "km",
            "score",
            "text",
            "price fit",
            "distance",
            "reputation",
            "fresh",
        ]
    }
    fn cells(&self, money: &Currency) -> Vec<String> {
        vec![
            self.want_id.to_string(),
            self.listing_id.to_string(),
            self.title.clone(),
            money.display(self.price_cents),
            self.seller.clone(),
            or_dash(self.distance_km),
            format!("{:.3}", self.score),
            format!("{:.2}", self.components.text),
            format!("{:.2}", self.components.price),
            format!("{:.2}", self.components.distance),
            format!("{:.2}", self.components.reputation),
            format!("{:.2}", self.components.freshness),
        ]
    }
    fn id(&self) -> String {
        self.listing_id.to_string()
    }
}

/// Kilograms as people write them: up to three decimals, no trailing zeros
/// (0.19 stays 0.19; 12.0 is 12).
fn kg(v: f64) -> String {
    let text = format!("{v:.3}");
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}

#[cfg(test)]
mod tests {
    #[test]
    fn kilograms_keep_their_decimals() {
        let shown: Vec<String> = [0.19, 85.1, 12.0, 0.0, 0.0005, 1234.5678].into_iter().map(super::kg).collect();
        assert_eq!(shown, ["0.19", "85.1", "12", "0", "0.001", "1234.568"]);
    }
}
