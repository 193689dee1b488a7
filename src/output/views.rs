//! How each domain type looks in a table. JSON, CSV and TSV come from the
//! types' `Serialize` impls; only the human view is described here.

use super::{Tabular, or_dash};
use crate::account::Member;
use crate::category::Category;
use crate::listing::{Listing, Photo};
use crate::market::Settings;
use crate::money::Currency;

impl Tabular for Member {
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
    fn cells(&self, _: &Currency) -> Vec<String> {
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

impl Tabular for Settings {
    fn headers() -> &'static [&'static str] {
        &[
            "name",
            "currency",
            "minor-unit digits",
            "session days",
            "created",
        ]
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
            or_dash(self.kg_co2e.map(|v| format!("{v:.1}"))),
            or_dash(self.kg_waste.map(|v| format!("{v:.1}"))),
        ]
    }
    fn id(&self) -> String {
        self.slug.clone()
    }
}

fn price(l: &Listing, money: &Currency) -> String {
    if l.free {
        "free".to_string()
    } else {
        money.display(l.price_cents)
    }
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
        let location = self
            .lat
            .zip(self.lon)
            .map(|(lat, lon)| format!("{lat:.4}, {lon:.4}"));
        let photos = self
            .photos
            .iter()
            .map(|p| format!("#{} {}", p.id, p.path))
            .collect::<Vec<_>>()
            .join("\n");
        vec![
            self.id.to_string(),
            self.title.clone(),
            price(self, money),
            self.condition.as_str().to_string(),
            format!("{} ({})", self.category_name, self.category),
            self.seller.clone(),
            self.status.as_str().to_string(),
            self.quantity.to_string(),
            if self.tags.is_empty() {
                "-".into()
            } else {
                self.tags.join(", ")
            },
            or_dash(self.place.as_deref()),
            or_dash(location),
            or_dash(self.original_price_cents.map(|m| money.display(m))),
            or_dash(self.acquired_on.as_deref()),
            if photos.is_empty() {
                "-".into()
            } else {
                photos
            },
            self.created_at.to_string(),
            self.updated_at.to_string(),
            if self.description.is_empty() {
                "-".into()
            } else {
                self.description.clone()
            },
        ]
    }
    fn id(&self) -> String {
        self.id.to_string()
    }
    fn list_headers() -> &'static [&'static str] {
        &[
            "id",
            "title",
            "price",
            "condition",
            "category",
            "status",
            "qty",
            "listed",
        ]
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
