//! Members and their sessions: registration, passwords, lockout, profiles.
//! This module owns the `users` and `sessions` tables.

use crate::error::{Error, Result};
use crate::time::Timestamp;
use argon2::Argon2;
use argon2::password_hash::{PasswordHasher, PasswordVerifier, phc::PasswordHash};
use chrono::TimeDelta;
use rusqlite::{Connection, OptionalExtension, Row, Transaction, TransactionBehavior, params};
use serde::Serialize;
use sha2::{Digest, Sha256};

pub const MIN_PASSWORD: usize = 8;
const MAX_PASSWORD: usize = 1024;
const LOCK_AFTER: i64 = 5;
const LOCK_MINUTES: i64 = 15;
/// Usernames of deleted accounts; nobody may register one.
pub const DELETED_PREFIX: &str = "deleted-";

pub type MemberId = i64;

/// A member as others may see it. `email` is filled only for the member
/// themself and for admins (see [`Member::seen_by`]).
#[derive(Debug, Clone, Serialize)]
pub struct Member {
    pub id: MemberId,
    pub username: String,
    pub display_name: Option<String>,
    pub email: Option<String>,
    pub place: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub admin: bool,
    pub demo: bool,
    pub created_at: Timestamp,
}

impl Member {
    /// The member as `viewer` may see them: emails only to self and admins.
    pub fn seen_by(mut self, viewer: Option<&Member>) -> Member {
        let allowed = viewer.is_some_and(|v| v.admin || v.id == self.id);
        if !allowed {
            self.email = None;
        }
        self
    }

    /// Acting on another member's account needs admin rights.
    pub fn may_manage(&self, other: &Member) -> Result<()> {
        if self.id == other.id || self.admin {
            return Ok(());
        }
        Err(Error::not_allowed(format!(
            "only {} or an admin can do that to {}'s account",
            other.username, other.username
        )))
    }
}

const MEMBER_COLUMNS: &str = "id, username, display_name, email, place, lat, lon, is_admin, is_demo, created_at";

fn member_from(row: &Row) -> rusqlite::Result<Member> {
    Ok(Member {
        id: row.get(0)?,
        username: row.get(1)?,
        display_name: row.get(2)?,
        email: row.get(3)?,
        place: row.get(4)?,
        lat: row.get(5)?,
        lon: row.get(6)?,
        admin: row.get(7)?,
        demo: row.get(8)?,
        created_at: row.get(9)?,
    })
}

/// Profile values as given; `Some("")` clears a field on edit.
#[derive(Debug, Default, Clone)]
pub struct ProfileInput {
    pub email: Option<String>,
    pub display_name: Option<String>,
    pub place: Option<String>,
    pub location: Option<String>,
}

/// Checked profile values: outer `None` leaves a field alone, inner `None` clears it.
#[derive(Debug, Default)]
struct Profile {
    email: Option<Option<String>>,
    display_name: Option<Option<String>>,
    place: Option<Option<String>>,
    location: Option<Option<(f64, f64)>>,
}

impl ProfileInput {
    fn check(&self) -> Result<Profile> {
        Ok(Profile {
            email: self.email.as_deref().map(|e| optional(e, check_email)).transpose()?,
            display_name: self
                .display_name
                .as_deref()
                .map(|d| optional(d, |d| check_text("display name", d, 64)))
                .transpose()?,
            place: self.place.as_deref().map(|p| optional(p, |p| check_text("place", p, 100))).transpose()?,
            location: self.location.as_deref().map(|l| optional(l, parse_location)).transpose()?,
        })
    }
}

fn optional<T>(text: &str, check: impl Fn(&str) -> Result<T>) -> Result<Option<T>> {
    let text = text.trim();
    if text.is_empty() { Ok(None) } else { check(text).map(Some) }
}

/// Lower-cases and checks a username: 3-32 of `a-z 0-9 _ . -`.
pub fn normalise_username(raw: &str) -> Result<String> {
    let name = raw.trim().to_lowercase();
    let valid_chars = name.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"_.-".contains(&b));
    if !(3..=32).contains(&name.len()) || !valid_chars {
        return Err(Error::invalid(format!("'{}' is not a valid username", raw.trim()))
            .with_hint("use 3-32 characters of a-z, 0-9, '_', '.' and '-'"));
    }
    Ok(name)
}

pub fn check_email(email: &str) -> Result<String> {
    let ok = email.len() <= 254
        && !email.chars().any(|c| c.is_whitespace() || c.is_control())
        && email.split_once('@').is_some_and(|(local, domain)| {
            !local.is_empty()
                && !domain.contains('@')
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
        });
    if ok { Ok(email.to_string()) } else { Err(Error::invalid(format!("'{email}' is not an email address"))) }
}

fn check_text(what: &str, text: &str, max: usize) -> Result<String> {
    if text.chars().count() > max || text.chars().any(char::is_control) {
        return Err(Error::invalid(format!("a {what} is at most {max} printable characters")));
    }
    Ok(text.to_string())
}

/// "LAT,LON" in degrees, latitude -90..90 and longitude -180..180.
pub fn parse_location(text: &str) -> Result<(f64, f64)> {
    let bad = || {
        Error::invalid(format!("'{text}' is not a location"))
            .with_hint("write LAT,LON in degrees, latitude -90..90 and longitude -180..180, e.g. 51.51,-0.13")
    };
    let (lat, lon) = text.split_once(',').ok_or_else(bad)?;
    let lat: f64 = lat.trim().parse().map_err(|_| bad())?;
    let lon: f64 = lon.trim().parse().map_err(|_| bad())?;
    if !lat.is_finite() || !lon.is_finite() || !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lon) {
        return Err(bad());
    }
    Ok((lat, lon))
}

pub fn check_password(password: &str) -> Result<()> {
    let n = password.chars().count();
    if n < MIN_PASSWORD {
        return Err(Error::invalid(format!("a password needs at least {MIN_PASSWORD} characters")));
    }
    if n > MAX_PASSWORD {
        return Err(Error::invalid(format!("a password has at most {MAX_PASSWORD} characters")));
    }
    Ok(())
}

/// Argon2id with the crate's recommended parameters, as a PHC string.
pub fn hash_password(password: &str) -> Result<String> {
    Argon2::default()
        .hash_password(password.as_bytes())
        .map(|h| h.to_string())
        .map_err(|e| Error::internal(format!("could not hash the password: {e}")))
}

fn verify_password(password: &str, phc: &str) -> bool {
    PasswordHash::new(phc).is_ok_and(|h| Argon2::default().verify_password(password.as_bytes(), &h).is_ok())
}

/// True while no admin can log in (a new or restored market): whoever can
/// write the file may then act as its operator, since the file's
/// permissions are its only protection anyway.
pub fn unclaimed(conn: &Connection) -> Result<bool> {
    Ok(conn.query_row(
        "SELECT NOT EXISTS (SELECT 1 FROM users WHERE is_admin = 1 AND password_hash IS NOT NULL AND deleted_at IS NULL)",
        [],
        |r| r.get(0),
    )?)
}

pub fn get(conn: &Connection, id: MemberId) -> Result<Member> {
    conn.query_row(&format!("SELECT {MEMBER_COLUMNS} FROM users WHERE id = ?1"), [id], member_from)
        .optional()?
        .ok_or_else(|| Error::not_found(format!("no member with id {id}")))
}

/// A current (not deleted) member by username, in any letter case.
pub fn find(conn: &Connection, username: &str) -> Result<Member> {
    let name = username.trim().to_lowercase();
    conn.query_row(
        &format!("SELECT {MEMBER_COLUMNS} FROM users WHERE username = ?1 AND deleted_at IS NULL"),
        [&name],
        member_from,
    )
    .optional()?
    .ok_or_else(|| {
        Error::not_found(format!("no member called '{}'", username.trim()))
            .with_hint("see who is here with: flea account list")
    })
}

pub fn list(conn: &Connection, limit: u32, offset: u32) -> Result<Vec<Member>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {MEMBER_COLUMNS} FROM users WHERE deleted_at IS NULL ORDER BY id LIMIT ?1 OFFSET ?2"
    ))?;
    let rows = stmt.query_map(params![limit, offset], member_from)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Creates a member. The market's first member becomes its admin; checking
/// and inserting in one immediate transaction makes that race-free.
pub fn register(
    tx: &Transaction,
    username: &str,
    profile: &ProfileInput,
    password_hash: Option<&str>,
    now: Timestamp,
) -> Result<Member> {
    let name = normalise_username(username)?;
    if name.starts_with(DELETED_PREFIX) {
        return Err(Error::invalid(format!("usernames starting with '{DELETED_PREFIX}' are reserved")));
    }
    let p = profile.check()?;
    let taken: bool = tx.query_row("SELECT EXISTS (SELECT 1 FROM users WHERE username = ?1)", [&name], |r| r.get(0))?;
    if taken {
        return Err(Error::conflict(format!("the username '{name}' is taken")).with_hint("choose another username"));
    }
    let first: bool = tx.query_row("SELECT NOT EXISTS (SELECT 1 FROM users)", [], |r| r.get(0))?;
    let (lat, lon) = p.location.flatten().unzip();
    let id: MemberId = tx.query_row(
        "INSERT INTO users (username, email, display_name, place, lat, lon, password_hash, is_admin, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) RETURNING id",
        params![
            name,
            p.email.flatten(),
            p.display_name.flatten(),
            p.place.flatten(),
            lat,
            lon,
            password_hash,
            first,
            now
        ],
        |r| r.get(0),
    )?;
    get(tx, id)
}

pub fn edit(tx: &Transaction, id: MemberId, profile: &ProfileInput) -> Result<Member> {
    let p = profile.check()?;
    let updates: [(&str, Option<Option<String>>); 3] =
        [("email", p.email), ("display_name", p.display_name), ("place", p.place)];
    for (column, value) in updates {
        if let Some(value) = value {
            tx.execute(&format!("UPDATE users SET {column} = ?1 WHERE id = ?2"), params![value, id])?;
        }
    }
    if let Some(location) = p.location {
        let (lat, lon) = location.unzip();
        tx.execute("UPDATE users SET lat = ?1, lon = ?2 WHERE id = ?3", params![lat, lon, id])?;
    }
    get(tx, id)
}

/// Grants or removes admin rights; a market always keeps at least one admin.
pub fn set_admin(tx: &Transaction, id: MemberId, admin: bool) -> Result<Member> {
    if !admin {
        let others: i64 = tx.query_row(
            "SELECT count(*) FROM users WHERE is_admin = 1 AND id <> ?1 AND deleted_at IS NULL",
            [id],
            |r| r.get(0),
        )?;
        if others == 0 {
            return Err(
                Error::conflict("the market needs at least one admin").with_hint("make another member an admin first")
            );
        }
    }
    tx.execute("UPDATE users SET is_admin = ?1 WHERE id = ?2", params![admin, id])?;
    get(tx, id)
}

/// A new password hash; other sessions end (all but `keep`, the caller's own)
/// and any lockout is lifted.
pub fn set_password(tx: &Transaction, id: MemberId, password_hash: &str, keep: Option<&str>) -> Result<()> {
    tx.execute(
        "UPDATE users SET password_hash = ?1, failed_logins = 0, locked_until = NULL WHERE id = ?2",
        params![password_hash, id],
    )?;
    tx.execute("DELETE FROM sessions WHERE user_id = ?1 AND token_hash IS NOT ?2", params![id, keep.map(token_hash)])?;
    Ok(())
}

/// Deleting anonymises: the profile is wiped, the username freed, sessions
/// end; the row stays so that orders and reviews keep their other party.
pub fn delete(tx: &Transaction, member: &Member, now: Timestamp) -> Result<()> {
    if crate::order::has_open(tx, member.id)? {
        return Err(Error::conflict(format!("{} has an open order", member.username))
            .with_hint("orders must complete or be cancelled before the account can go"));
    }
    if member.admin {
        let others: i64 = tx.query_row(
            "SELECT count(*) FROM users WHERE is_admin = 1 AND id <> ?1 AND deleted_at IS NULL",
            [member.id],
            |r| r.get(0),
        )?;
        if others == 0 {
            return Err(Error::conflict(format!("{} is the market's only admin", member.username))
                .with_hint("make another member an admin first: flea account edit USER --admin true"));
        }
    }
    tx.execute(
        "UPDATE users SET username = ?1, email = NULL, display_name = NULL, place = NULL, lat = NULL, lon = NULL,
             password_hash = NULL, is_admin = 0, failed_logins = 0, locked_until = NULL, deleted_at = ?2
         WHERE id = ?3",
        params![format!("{DELETED_PREFIX}{}", member.id), now, member.id],
    )?;
    tx.execute("DELETE FROM sessions WHERE user_id = ?1", [member.id])?;
    // Nobody is left to answer for what was on offer.
    tx.execute(
        "UPDATE offers SET status = 'withdrawn', decided_at = ?1 WHERE status = 'open' AND (buyer_id = ?2 OR seller_id = ?2)",
        params![now, member.id],
    )?;
    tx.execute(
        "UPDATE listings SET status = 'withdrawn', updated_at = ?1 WHERE seller_id = ?2 AND status = 'active'",
        params![now, member.id],
    )?;
    Ok(())
}

struct Credentials {
    id: MemberId,
    hash: Option<String>,
    locked_until: Option<Timestamp>,
}

/// Checks a password, counting failures: five in a row lock the account for
/// fifteen minutes. The slow hash runs outside any transaction; the count is
/// updated in its own immediate one, so the failure is kept even though the
/// caller gets an error.
pub fn authenticate(conn: &mut Connection, username: &str, password: &str, now: Timestamp) -> Result<Member> {
    let name = username.trim().to_lowercase();
    let creds = conn
        .query_row(
            "SELECT id, password_hash, locked_until FROM users WHERE username = ?1 AND deleted_at IS NULL",
            [&name],
            |r| Ok(Credentials { id: r.get(0)?, hash: r.get(1)?, locked_until: r.get(2)? }),
        )
        .optional()?;
    let wrong = || Error::not_allowed("wrong username or password");
    let Some(creds) = creds else {
        // Spend the same time as a real check, so timing doesn't reveal who exists.
        let _ = hash_password(password);
        return Err(wrong());
    };
    if let Some(until) = creds.locked_until.filter(|u| *u > now) {
        return Err(locked(&name, until));
    }
    let Some(hash) = creds.hash else {
        return Err(Error::not_allowed(format!("{name} has no password yet"))
            .with_hint(format!("an admin can set one with: flea account passwd {name}")));
    };
    let ok = verify_password(password, &hash);
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    if ok {
        tx.execute("UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = ?1", [creds.id])?;
        let member = get(&tx, creds.id)?;
        tx.commit()?;
        return Ok(member);
    }
    let failures: i64 = tx.query_row(
        "UPDATE users SET failed_logins = failed_logins + 1 WHERE id = ?1 RETURNING failed_logins",
        [creds.id],
        |r| r.get(0),
    )?;
    let result = if failures >= LOCK_AFTER {
        let until = now.plus(TimeDelta::minutes(LOCK_MINUTES));
        tx.execute("UPDATE users SET failed_logins = 0, locked_until = ?1 WHERE id = ?2", params![until, creds.id])?;
        locked(&name, until)
    } else {
        wrong().with_hint(format!(
            "{} more wrong password(s) lock the account for {LOCK_MINUTES} minutes",
            LOCK_AFTER - failures
        ))
    };
    tx.commit()?;
    Err(result)
}

fn locked(name: &str, until: Timestamp) -> Error {
    Error::not_allowed(format!("{name} is locked until {until} after {LOCK_AFTER} wrong passwords"))
        .with_hint("wait, or ask an admin to set a new password")
}

/// A new session: a random 256-bit token, of which only the SHA-256 is kept.
pub fn start_session(tx: &Transaction, id: MemberId, now: Timestamp, days: i64) -> Result<String> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).map_err(|e| Error::internal(format!("no randomness for a session token: {e}")))?;
    let token = hex(&bytes);
    tx.execute("DELETE FROM sessions WHERE user_id = ?1 AND expires_at <= ?2", params![id, now])?;
    tx.execute(
        "INSERT INTO sessions (user_id, token_hash, created_at, expires_at) VALUES (?1, ?2, ?3, ?4)",
        params![id, token_hash(&token), now, now.plus(TimeDelta::days(days))],
    )?;
    Ok(token)
}

/// The member a token belongs to, if it is current.
pub fn session_member(conn: &Connection, token: &str, now: Timestamp) -> Result<Member> {
    let found: Option<(MemberId, Timestamp)> = conn
        .query_row(
            "SELECT s.user_id, s.expires_at FROM sessions s JOIN users u ON u.id = s.user_id
             WHERE s.token_hash = ?1 AND u.deleted_at IS NULL",
            [token_hash(token.trim())],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    match found {
        None => Err(Error::not_allowed("your session is not valid: it was ended or belongs to another market")
            .with_hint("log in again: flea account login USER")),
        Some((_, expires)) if expires <= now => Err(Error::not_allowed(format!("your session expired at {expires}"))
            .with_hint("log in again: flea account login USER")),
        Some((id, _)) => get(conn, id),
    }
}

/// Ends one session, or every session of its member.
pub fn end_session(tx: &Transaction, token: &str, all_of: Option<MemberId>) -> Result<usize> {
    Ok(match all_of {
        Some(id) => tx.execute("DELETE FROM sessions WHERE user_id = ?1", [id])?,
        None => tx.execute("DELETE FROM sessions WHERE token_hash = ?1", [token_hash(token.trim())])?,
    })
}

pub fn token_hash(token: &str) -> String {
    hex(&Sha256::digest(token.as_bytes()))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usernames() {
        assert_eq!(normalise_username(" Alice ").unwrap(), "alice");
        assert_eq!(normalise_username("a.b-c_9").unwrap(), "a.b-c_9");
        for bad in ["ab", "a b c", "ålice", "x".repeat(33).as_str(), "bob!", ""] {
            assert!(normalise_username(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn locations() {
        assert_eq!(parse_location("51.5, -0.12").unwrap(), (51.5, -0.12));
        for bad in ["91,0", "0,181", "NaN,0", "inf,1", "1", "a,b", "1,2,3"] {
            assert!(parse_location(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn emails() {
        assert!(check_email("a@b.co").is_ok());
        for bad in ["a@b", "@b.co", "a b@c.de", "a@@b.co", "a@.co"] {
            assert!(check_email(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn passwords_hash_and_verify() {
        let h = hash_password("correct horse").unwrap();
        assert!(h.starts_with("$argon2id$"));
        assert!(verify_password("correct horse", &h));
        assert!(!verify_password("wrong horse", &h));
        assert!(check_password("short").is_err());
    }
}
