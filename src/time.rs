//! Time is UTC, stored as fixed-width RFC 3339 text ("2026-11-25T15:43:12Z")
//! so that text order is time order in SQL.

use crate::error::{Error, Result};
use chrono::{DateTime, SecondsFormat, TimeDelta, Utc};
use serde::{Serialize, Serializer};
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(DateTime<Utc>);

impl Timestamp {
    /// The wall clock. Only `app` calls this; the domain gets time passed in.
    pub fn now() -> Timestamp {
        Timestamp(Utc::now()).truncated()
    }

    /// Parses any RFC 3339 time (any offset) and normalises it to UTC.
    pub fn parse(text: &str) -> Result<Timestamp> {
        DateTime::parse_from_rfc3339(text.trim()).map(|t| Timestamp(t.with_timezone(&Utc)).truncated()).map_err(|_| {
            Error::invalid(format!("'{}' is not an RFC 3339 time", text.trim()))
                .with_hint("write times like 2026-11-25T15:43:12Z")
        })
    }

    /// Whole seconds: what is stored is what is compared.
    fn truncated(self) -> Timestamp {
        let secs = self.0.timestamp();
        Timestamp(DateTime::from_timestamp(secs, 0).unwrap_or(self.0))
    }

    pub fn plus(self, d: TimeDelta) -> Timestamp {
        Timestamp(self.0.checked_add_signed(d).unwrap_or(self.0))
    }

    /// Seconds since 1970.
    pub fn unix(self) -> i64 {
        self.0.timestamp()
    }

    pub fn rfc3339(self) -> String {
        self.0.to_rfc3339_opts(SecondsFormat::Secs, true)
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.rfc3339())
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_str(&self.rfc3339())
    }
}

impl rusqlite::ToSql for Timestamp {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        Ok(rusqlite::types::ToSqlOutput::from(self.rfc3339()))
    }
}

impl rusqlite::types::FromSql for Timestamp {
    fn column_result(v: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
        let text = v.as_str()?;
        DateTime::parse_from_rfc3339(text)
            .map(|t| Timestamp(t.with_timezone(&Utc)))
            .map_err(|e| rusqlite::types::FromSqlError::Other(Box::new(e)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_to_utc_seconds() {
        let t = Timestamp::parse("2026-11-25T16:43:12.789+01:00").unwrap();
        assert_eq!(t.rfc3339(), "2026-11-25T15:43:12Z");
        assert!(Timestamp::parse("yesterday").is_err());
        assert!(Timestamp::parse("2026-13-01T00:00:00Z").is_err());
    }

    #[test]
    fn text_order_is_time_order() {
        let a = Timestamp::parse("2026-01-02T00:00:00Z").unwrap();
        let b = a.plus(TimeDelta::minutes(15));
        assert!(a.rfc3339() < b.rfc3339());
        assert_eq!(b.rfc3339(), "2026-01-02T00:15:00Z");
    }
}
