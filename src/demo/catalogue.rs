//! The categories the demo fills (those of the default tree that this market
//! still has), and the price model: lognormal new prices, the depreciation
//! curve, condition factors and noise, in the market's own currency.

use super::words::{Dep, FAMILIES, Family, Leaf};
use crate::error::{Error, Result};
use crate::money::Currency;
use rusqlite::{Connection, OptionalExtension};

/// Asking price = original * curve(age) * condition factor * noise; the
/// factors follow `Condition::ALL` (new, like_new, good, fair, poor, for_parts).
pub const CONDITION_FACTORS: [f64; 6] = [1.00, 0.92, 0.80, 0.65, 0.45, 0.25];
/// Sigma of the lognormal noise (median 1) on asking prices.
pub const PRICE_NOISE: f64 = 0.12;

pub struct LeafInfo {
    pub leaf: &'static Leaf,
    pub family: usize,
    pub category_id: i64,
    pub weight: f64,
    pub dep: Dep,
    /// Median new price in minor units of the market currency.
    pub median: f64,
}

impl LeafInfo {
    pub fn fam(&self) -> &'static Family {
        FAMILIES[self.family]
    }
}

pub struct Catalogue {
    pub leaves: Vec<LeafInfo>,
    /// Per family (index of `FAMILIES`): the summed weight of its leaves here.
    pub family_weights: Vec<f64>,
    pub currency: Currency,
    /// Minor units of the market currency per euro.
    pub scale: f64,
}

#[rustfmt::skip]
/// Rough euro exchange rates, only so that a yen market gets yen-sized prices.
const RATES: &[(&str, f64)] = &[
    ("USD", 1.1), ("GBP", 0.85), ("CHF", 0.95), ("CNY", 7.8), ("JPY", 160.0), ("KRW", 1450.0),
    ("INR", 90.0), ("HKD", 8.5), ("SGD", 1.45), ("AUD", 1.65), ("CAD", 1.5), ("NZD", 1.8),
    ("SEK", 11.5), ("NOK", 11.5), ("DKK", 7.45), ("PLN", 4.3), ("CZK", 25.0), ("HUF", 390.0),
    ("TWD", 35.0), ("THB", 38.0), ("BRL", 5.5), ("MXN", 19.0), ("TRY", 35.0), ("ZAR", 20.0),
];

impl Catalogue {
    pub fn load(conn: &Connection, currency: Currency) -> Result<Catalogue> {
        let mut leaves = Vec::new();
        let mut family_weights = vec![0.0; FAMILIES.len()];
        let rate = RATES.iter().find(|(code, _)| *code == currency.code).map_or(1.0, |(_, r)| *r);
        let scale = rate * 10f64.powi(i32::from(currency.digits));
        let mut stmt = conn.prepare("SELECT id FROM categories WHERE slug = ?1")?;
        for (family, fam) in FAMILIES.iter().enumerate() {
            for leaf in fam.leaves {
                let id: Option<i64> = stmt.query_row([leaf.slug], |r| r.get(0)).optional()?;
                let Some(category_id) = id else { continue };
                family_weights[family] += leaf.weight;
                leaves.push(LeafInfo {
                    leaf,
                    family,
                    category_id,
                    weight: leaf.weight,
                    dep: leaf.dep.unwrap_or(fam.dep),
                    median: leaf.median * scale,
                });
            }
        }
        if leaves.is_empty() {
            return Err(Error::conflict("this market has none of the default categories the demo fills")
                .with_hint("start the demo on a new market: flea --db NEW.db demo"));
        }
        Ok(Catalogue { leaves, family_weights, currency, scale })
    }

    fn unit(&self) -> f64 {
        10f64.powi(i32::from(self.currency.digits))
    }

    /// An asking price in minor units, rounded the way people round prices:
    /// to .50 below 10, whole units below 50, then 5, 10, 50 and 100.
    pub fn round_asking(&self, minor: f64) -> i64 {
        let step = match minor / self.scale {
            m if m < 10.0 => 0.5,
            m if m < 50.0 => 1.0,
            m if m < 200.0 => 5.0,
            m if m < 1000.0 => 10.0,
            m if m < 5000.0 => 50.0,
            _ => 100.0,
        };
        // Steps are in euro-sized units, scaled to the market's currency.
        let step_minor = (step * self.scale).max(1.0);
        let step_minor = nice(step_minor);
        ((minor / step_minor).round() * step_minor).max(step_minor) as i64
    }

    /// A shop price in minor units: 49.99, 799, 1,199.
    pub fn round_original(&self, minor: f64) -> i64 {
        let unit = self.unit();
        let euros = minor / self.scale;
        let step = if euros < 100.0 { 1.0 } else { 10.0 };
        let step_minor = nice((step * self.scale).max(1.0));
        let rounded = ((minor / step_minor).round() * step_minor).max(step_minor);
        let cut = if unit >= 100.0 && euros < 100.0 { 1.0 } else { unit };
        (rounded - cut).max(1.0) as i64
    }
}

/// The nearest "round" step: 1, 2 or 5 times a power of ten.
fn nice(x: f64) -> f64 {
    let exp = x.log10().floor();
    let base = 10f64.powf(exp);
    let m = x / base;
    let n = if m < 1.5 {
        1.0
    } else if m < 3.5 {
        2.0
    } else if m < 7.5 {
        5.0
    } else {
        10.0
    };
    n * base
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cat(code: &str) -> Catalogue {
        let conn = crate::db::open(std::path::Path::new(crate::db::MEMORY)).unwrap();
        Catalogue::load(&conn, Currency::new(code, None).unwrap()).unwrap()
    }

    #[test]
    fn prices_round_like_people_round_them() {
        let eur = cat("EUR");
        assert_eq!(eur.round_asking(73_412.0), 73_000);
        assert_eq!(eur.round_asking(433.0), 450);
        assert_eq!(eur.round_asking(2_740.0), 2_700);
        assert_eq!(eur.round_asking(10.0), 50);
        assert_eq!(eur.round_original(79_812.0), 79_900);
        assert_eq!(eur.round_original(4_990.0), 4_999);
        let jpy = cat("JPY");
        assert_eq!(jpy.currency.digits, 0);
        assert_eq!(jpy.round_asking(123_456.0) % 1000, 0);
        assert!(jpy.round_original(9_870.0) % 10 != 0);
    }

    #[test]
    fn every_default_leaf_is_known() {
        let eur = cat("EUR");
        let conn = crate::db::open(std::path::Path::new(crate::db::MEMORY)).unwrap();
        let leaves: i64 =
            conn.query_row("SELECT count(*) FROM categories WHERE parent_id IS NOT NULL", [], |r| r.get(0)).unwrap();
        assert_eq!(eur.leaves.len() as i64, leaves);
    }
}
