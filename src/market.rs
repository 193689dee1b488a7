//! The market's own settings: its name, currency and session length.

use crate::error::{Error, Result};
use crate::money::Currency;
use crate::time::Timestamp;
use rusqlite::{Connection, OptionalExtension, Transaction, params};
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct Settings {
    pub name: String,
    pub currency: String,
    pub currency_digits: u8,
    pub session_days: i64,
    pub offer_hours: i64,
    pub created_at: Option<Timestamp>,
}

impl Settings {
    pub fn currency(&self) -> Result<Currency> {
        Currency::new(&self.currency, Some(self.currency_digits))
    }
}

fn get(conn: &Connection, key: &str) -> Result<Option<String>> {
    Ok(conn.query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| r.get(0)).optional()?)
}

fn set(conn: &Connection, key: &str, value: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO settings (key, value) VALUES (?1, ?2)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        params![key, value],
    )?;
    Ok(())
}

fn number<T: std::str::FromStr>(conn: &Connection, key: &str, default: T) -> Result<T> {
    match get(conn, key)? {
        None => Ok(default),
        Some(v) => {
            v.parse().map_err(|_| Error::unusable(format!("the market's setting {key} is not a number ('{v}')")))
        }
    }
}

pub fn load(conn: &Connection) -> Result<Settings> {
    Ok(Settings {
        name: get(conn, "market_name")?.unwrap_or_else(|| "flea market".into()),
        currency: get(conn, "currency")?.unwrap_or_else(|| "EUR".into()),
        currency_digits: number(conn, "currency_digits", 2)?,
        session_days: number(conn, "session_days", 30)?,
        offer_hours: number(conn, "offer_hours", 48)?,
        created_at: get(conn, "created_at")?.map(|t| Timestamp::parse(&t)).transpose()?,
    })
}

/// Records when the market was created, the first time any command opens it.
pub fn stamp_created(conn: &Connection, now: Timestamp) -> Result<()> {
    conn.execute(
        "INSERT INTO settings (key, value) VALUES ('created_at', ?1) ON CONFLICT (key) DO NOTHING",
        [now.rfc3339()],
    )?;
    Ok(())
}

/// `flea init`: names the market and sets its currency. The currency is fixed
/// once the market has members, since their prices are counted in it.
pub fn init(tx: &Transaction, currency: Option<&str>, name: Option<&str>) -> Result<Settings> {
    let current = load(tx)?;
    if let Some(code) = currency {
        let wanted = Currency::new(code, None)?;
        if wanted != current.currency()? {
            let members: i64 = tx.query_row("SELECT count(*) FROM users", [], |r| r.get(0))?;
            if members > 0 {
                return Err(Error::conflict(format!(
                    "this market already has members; its currency stays {}",
                    current.currency
                ))
                .with_hint("start a new market in another file: flea --db NEW.db init --currency CODE"));
            }
            set(tx, "currency", &wanted.code)?;
            set(tx, "currency_digits", &wanted.digits.to_string())?;
        }
    }
    if let Some(name) = name {
        let name = name.trim();
        if name.is_empty() || name.chars().count() > 100 || name.chars().any(char::is_control) {
            return Err(Error::invalid("a market name is 1-100 printable characters"));
        }
        set(tx, "market_name", name)?;
    }
    load(tx)
}
