//! Money is an integer count of the market currency's minor units (cents for
//! EUR, yen for JPY). Parsing is exact: no floats anywhere, and a price with
//! more precision than the currency has is an error, never a rounding.

use crate::error::{Error, Result};
use serde::Serialize;

/// An amount in minor units; never negative.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Default)]
#[serde(transparent)]
pub struct Money(i64);

impl Money {
    pub const ZERO: Money = Money(0);

    pub fn from_minor(minor: i64) -> Result<Money> {
        if minor < 0 {
            return Err(Error::invalid(format!("an amount can't be negative ({minor})")));
        }
        Ok(Money(minor))
    }
    pub fn minor(self) -> i64 {
        self.0
    }
}

/// The market's currency: an ISO 4217 code and its number of minor-unit digits.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Currency {
    pub code: String,
    pub digits: u8,
}

/// Symbols people type, and the codes each may stand for.
const SYMBOLS: &[(&str, &[&str])] = &[
    ("US$", &["USD"]),
    ("HK$", &["HKD"]),
    ("NZ$", &["NZD"]),
    ("NT$", &["TWD"]),
    ("A$", &["AUD"]),
    ("C$", &["CAD"]),
    ("S$", &["SGD"]),
    ("R$", &["BRL"]),
    ("€", &["EUR"]),
    ("£", &["GBP"]),
    ("¥", &["CNY", "JPY"]),
    ("￥", &["CNY", "JPY"]),
    ("元", &["CNY"]),
    ("RMB", &["CNY"]),
    ("₹", &["INR"]),
    ("₩", &["KRW"]),
    ("₽", &["RUB"]),
    ("₺", &["TRY"]),
    ("₪", &["ILS"]),
    ("฿", &["THB"]),
    ("₫", &["VND"]),
    ("₱", &["PHP"]),
    ("zł", &["PLN"]),
    ("kr", &["SEK", "NOK", "DKK", "ISK"]),
    ("$", &["USD", "CAD", "AUD", "NZD", "HKD", "SGD", "MXN", "TWD"]),
];

/// The largest number of minor-unit digits any currency uses.
const MAX_DIGITS: u8 = 4;

impl Currency {
    /// A currency from its ISO code; `digits` defaults to the ISO 4217 value.
    pub fn new(code: &str, digits: Option<u8>) -> Result<Currency> {
        let code = code.trim().to_ascii_uppercase();
        if code.len() != 3 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err(Error::invalid(format!("'{code}' is not a currency code"))
                .with_hint("use a three-letter ISO 4217 code such as EUR, USD, GBP or CNY"));
        }
        let digits = digits.unwrap_or_else(|| default_digits(&code));
        if digits > MAX_DIGITS {
            return Err(Error::invalid(format!("a currency has at most {MAX_DIGITS} minor-unit digits, not {digits}")));
        }
        Ok(Currency { code, digits })
    }

    /// The symbol shown before amounts, when the currency has a well-known one.
    pub fn symbol(&self) -> Option<&'static str> {
        match self.code.as_str() {
            "EUR" => Some("€"),
            "USD" => Some("$"),
            "GBP" => Some("£"),
            "CNY" | "JPY" => Some("¥"),
            "INR" => Some("₹"),
            "KRW" => Some("₩"),
            _ => None,
        }
    }

    /// Parses what a person or a spreadsheet writes for a price: "12.5",
    /// "12.50", "1,299.00", "¥88", "€ 3", "3 EUR".
    pub fn parse(&self, text: &str) -> Result<Money> {
        let bad = |why: &str| Error::invalid(format!("'{}' is not a valid price: {why}", text.trim()));
        let number = self.strip_marker(text.trim())?.trim();
        if number.is_empty() {
            return Err(bad("there is no number"));
        }
        if number.starts_with('-') {
            return Err(bad("prices can't be negative"));
        }
        let (whole, frac) = match number.split_once('.') {
            Some((w, f)) => (w, f),
            None => (number, ""),
        };
        let whole = ungroup(whole)
            .ok_or_else(|| bad("use digits, with ',' only between groups of three and '.' for decimals"))?;
        if !frac.bytes().all(|b| b.is_ascii_digit()) || (whole.is_empty() && frac.is_empty()) {
            return Err(bad("use digits, with ',' only between groups of three and '.' for decimals"));
        }
        let digits = usize::from(self.digits);
        let (kept, extra) = frac.split_at(frac.len().min(digits));
        if extra.bytes().any(|b| b != b'0') {
            return Err(bad(&format!(
                "{} allows {} decimal place{}",
                self.code,
                digits,
                if digits == 1 { "" } else { "s" }
            )));
        }
        let too_large = || bad("the amount is too large");
        let mut minor: i64 = 0;
        for b in whole.bytes().chain(kept.bytes()).chain(std::iter::repeat_n(b'0', digits - kept.len())) {
            minor = minor.checked_mul(10).and_then(|m| m.checked_add(i64::from(b - b'0'))).ok_or_else(too_large)?;
        }
        Ok(Money(minor))
    }

    /// Removes a leading or trailing currency symbol or code, refusing one
    /// that belongs to another currency.
    fn strip_marker<'a>(&self, text: &'a str) -> Result<&'a str> {
        let code_len = 3;
        if text.len() >= code_len {
            for (marker, rest) in [
                (text.get(..code_len), text.get(code_len..)),
                (text.get(text.len() - code_len..), text.get(..text.len() - code_len)),
            ] {
                if let (Some(m), Some(rest)) = (marker, rest)
                    && m.bytes().all(|b| b.is_ascii_alphabetic())
                    && rest.bytes().any(|b| b.is_ascii_digit())
                    && !SYMBOLS.iter().any(|(s, _)| s.eq_ignore_ascii_case(m))
                {
                    return if m.eq_ignore_ascii_case(&self.code) {
                        Ok(rest)
                    } else {
                        Err(self.wrong_currency(text, &m.to_ascii_uppercase()))
                    };
                }
            }
        }
        for (symbol, codes) in SYMBOLS {
            let rest = text.strip_prefix(symbol).or_else(|| text.strip_suffix(symbol));
            if let Some(rest) = rest {
                return if codes.contains(&self.code.as_str()) {
                    Ok(rest)
                } else {
                    Err(self.wrong_currency(text, symbol))
                };
            }
        }
        Ok(text)
    }

    fn wrong_currency(&self, text: &str, marker: &str) -> Error {
        Error::invalid(format!("'{text}' is in {marker}, but this market trades in {}", self.code))
            .with_hint("give the amount in the market's currency, without another currency's sign")
    }

    /// The plain decimal string used in JSON and CSV: "1299.00".
    pub fn decimal(&self, m: Money) -> String {
        let (whole, frac) = self.split(m);
        match frac {
            Some(f) => format!("{whole}.{f}"),
            None => whole.to_string(),
        }
    }

    /// The amount as people read it: "€1,299.00", "¥88", "CHF 12.00".
    pub fn display(&self, m: Money) -> String {
        let (whole, frac) = self.split(m);
        let digits = whole.to_string();
        let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                grouped.push(',');
            }
            grouped.push(c);
        }
        if let Some(f) = frac {
            grouped = format!("{grouped}.{f}");
        }
        match self.symbol() {
            Some(s) => format!("{s}{grouped}"),
            None => format!("{} {grouped}", self.code),
        }
    }

    fn split(&self, m: Money) -> (i64, Option<String>) {
        if self.digits == 0 {
            return (m.0, None);
        }
        let scale = 10i64.pow(u32::from(self.digits));
        let width = usize::from(self.digits);
        (m.0 / scale, Some(format!("{:0width$}", m.0 % scale)))
    }
}

/// "1,299" -> "1299"; None when the commas are not thousands separators.
fn ungroup(whole: &str) -> Option<String> {
    if !whole.bytes().all(|b| b.is_ascii_digit() || b == b',') {
        return None;
    }
    let groups: Vec<&str> = whole.split(',').collect();
    if groups.len() > 1 {
        let first_ok = (1..=3).contains(&groups[0].len());
        if !first_ok || groups[1..].iter().any(|g| g.len() != 3) {
            return None;
        }
    }
    Some(groups.concat())
}

/// ISO 4217 minor-unit digits for the codes where it is not 2.
fn default_digits(code: &str) -> u8 {
    match code {
        "JPY" | "KRW" | "VND" | "CLP" | "ISK" | "PYG" | "UGX" | "XAF" | "XOF" => 0,
        "BHD" | "KWD" | "OMR" | "JOD" | "TND" | "LYD" | "IQD" => 3,
        _ => 2,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn eur() -> Currency {
        Currency::new("EUR", None).unwrap()
    }
    fn minor(c: &Currency, s: &str) -> i64 {
        c.parse(s).unwrap_or_else(|e| panic!("{s}: {e}")).minor()
    }

    #[test]
    fn parses_what_people_write() {
        let e = eur();
        assert_eq!(minor(&e, "12.5"), 1250);
        assert_eq!(minor(&e, "12.50"), 1250);
        assert_eq!(minor(&e, "12"), 1200);
        assert_eq!(minor(&e, "1,299.00"), 129_900);
        assert_eq!(minor(&e, "1,234,567.89"), 123_456_789);
        assert_eq!(minor(&e, "€ 3"), 300);
        assert_eq!(minor(&e, "€3"), 300);
        assert_eq!(minor(&e, "3 EUR"), 300);
        assert_eq!(minor(&e, "eur 3.1"), 310);
        assert_eq!(minor(&e, "0"), 0);
        assert_eq!(minor(&e, ".5"), 50);
        assert_eq!(minor(&e, "12."), 1200);
        assert_eq!(minor(&e, "  7.25  "), 725);
        assert_eq!(minor(&e, "0.010"), 1, "trailing zeros are not extra precision");
        let cny = Currency::new("cny", None).unwrap();
        assert_eq!(minor(&cny, "¥88"), 8800);
        assert_eq!(minor(&cny, "88元"), 8800);
        let jpy = Currency::new("JPY", None).unwrap();
        assert_eq!(jpy.digits, 0);
        assert_eq!(minor(&jpy, "¥1,200"), 1200);
    }

    #[test]
    fn refuses_what_is_not_exact() {
        let e = eur();
        for bad in [
            "0.001",
            "-1",
            "-0.5",
            "NaN",
            "nan",
            "inf",
            "1e5",
            "",
            " ",
            "€",
            "1,29",
            "12,50",
            "1.2.3",
            "abc",
            "12 34",
            "0x10",
            "+-1",
            "1,2345",
            ",123",
            "99999999999999999999",
            "92233720368547758.08",
        ] {
            let err = e.parse(bad).expect_err(bad);
            assert_eq!(err.kind, crate::error::Kind::Invalid, "{bad}");
        }
        let jpy = Currency::new("JPY", None).unwrap();
        assert!(jpy.parse("88.5").is_err());
        assert!(e.parse("¥88").is_err(), "yen in a euro market");
        assert!(e.parse("12 USD").is_err());
    }

    #[test]
    fn largest_amount_round_trips() {
        let e = eur();
        let max = Money::from_minor(i64::MAX).unwrap();
        assert_eq!(e.parse(&e.decimal(max)).unwrap(), max);
    }

    #[test]
    fn formats_for_machines_and_people() {
        let e = eur();
        let m = Money::from_minor(129_905).unwrap();
        assert_eq!(e.decimal(m), "1299.05");
        assert_eq!(e.display(m), "€1,299.05");
        assert_eq!(e.decimal(Money::ZERO), "0.00");
        let chf = Currency::new("CHF", None).unwrap();
        assert_eq!(chf.display(Money::from_minor(100).unwrap()), "CHF 1.00");
        let jpy = Currency::new("JPY", None).unwrap();
        assert_eq!(jpy.decimal(Money::from_minor(88).unwrap()), "88");
        assert_eq!(jpy.display(Money::from_minor(1_200_000).unwrap()), "¥1,200,000");
        let bhd = Currency::new("BHD", None).unwrap();
        assert_eq!(bhd.decimal(Money::from_minor(1005).unwrap()), "1.005");
    }

    #[test]
    fn currency_codes_are_checked() {
        assert!(Currency::new("EU", None).is_err());
        assert!(Currency::new("E1R", None).is_err());
        assert!(Currency::new("EUR", Some(5)).is_err());
        assert!(Money::from_minor(-1).is_err());
    }
}
