//! The market file: connection, pragmas and numbered migrations.

mod checks;

use crate::error::{Error, Result};
use rusqlite::{Connection, OpenFlags, Transaction, TransactionBehavior};
use std::path::Path;
use std::time::Duration;

/// One schema step: SQL scripts, optionally Rust for what SQL can't do
/// (segmenting Chinese text for the search index), then more SQL.
struct Migration {
    sql: &'static [&'static str],
    rust: Option<fn(&Transaction) -> Result<()>>,
    then: &'static [&'static str],
}

/// Migrations in order; migration N (1-based) brings `user_version` to N.
/// Each runs in one transaction.
const MIGRATIONS: &[Migration] = &[
    Migration { sql: &[include_str!("migrations/0001_init.sql")], rust: None, then: &[] },
    Migration {
        sql: &[include_str!("migrations/0002_listings.sql"), include_str!("seed_categories.sql")],
        rust: None,
        then: &[],
    },
    Migration { sql: &[include_str!("migrations/0003_orders.sql")], rust: None, then: &[] },
    Migration {
        sql: &[include_str!("migrations/0004_search_columns.sql")],
        rust: Some(crate::search::segment_existing),
        then: &[include_str!("migrations/0004_search_index.sql")],
    },
    Migration { sql: &[include_str!("migrations/0005_watches_wants.sql")], rust: None, then: &[] },
    Migration { sql: &[include_str!("migrations/0006_search_speed.sql")], rust: None, then: &[] },
    Migration { sql: &[include_str!("migrations/0007_review_stats.sql")], rust: None, then: &[] },
    Migration { sql: &[include_str!("migrations/0008_search_heads.sql")], rust: None, then: &[] },
    Migration { sql: &[include_str!("migrations/0009_reputation_index.sql")], rust: None, then: &[] },
    Migration { sql: &[include_str!("migrations/0010_cheap_writes.sql")], rust: Some(checks::or_chains), then: &[] },
];

/// The schema version this flea writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

pub const MEMORY: &str = ":memory:";

/// Opens (creating when missing, mode 0600) the market at `path` and brings
/// its schema up to date. A file from a newer flea is refused untouched.
pub fn open(path: &Path) -> Result<Connection> {
    let memory = path.as_os_str() == MEMORY;
    if !memory {
        create_private(path)?;
    }
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let mut conn = Connection::open_with_flags(path, flags)?;
    conn.busy_timeout(Duration::from_secs(5))?;
    // Read the version before anything writes: a newer file must stay as it is.
    let version = user_version(&conn)?;
    if version > SCHEMA_VERSION {
        return Err(Error::unusable(format!(
            "this market was written by a newer flea (schema {version}; this flea knows up to {SCHEMA_VERSION})"
        ))
        .with_hint("upgrade flea to open it; the file was not changed"));
    }
    if !memory {
        let mode: String = conn.pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get(0))?;
        if !mode.eq_ignore_ascii_case("wal") {
            return Err(Error::unusable("the market file cannot use write-ahead logging")
                .with_hint("put the file on a local disk"));
        }
        conn.pragma_update(None, "synchronous", "NORMAL")?;
    }
    conn.pragma_update(None, "foreign_keys", "ON")?;
    crate::search::register_functions(&conn)?;
    if version < SCHEMA_VERSION {
        migrate(&mut conn)?;
    }
    Ok(conn)
}

/// The secondary indexes and search-index triggers of a table (other
/// triggers, such as running totals, keep firing), dropped for a bulk load
/// into an empty table and recreated after it: building an index once from
/// all rows is much cheaper than updating it row by row.
pub struct Paused {
    sql: Vec<String>,
}

impl Paused {
    /// Only what checks rows (unique indexes): all a dry run needs back
    /// before it rolls back.
    pub fn checks_only(self) -> Paused {
        Paused { sql: self.sql.into_iter().filter(|sql| sql.to_uppercase().starts_with("CREATE UNIQUE")).collect() }
    }
}

pub fn pause_indexes(tx: &Transaction, table: &str) -> Result<Paused> {
    let mut stmt = tx.prepare(
        "SELECT type, name, sql FROM sqlite_schema WHERE tbl_name = ?1 AND sql IS NOT NULL
           AND (type = 'index' OR (type = 'trigger' AND name LIKE ?1 || '_fts%'))",
    )?;
    let found: Vec<(String, String, String)> =
        stmt.query_map([table], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?.collect::<rusqlite::Result<_>>()?;
    for (kind, name, _) in &found {
        tx.execute_batch(&format!("DROP {} \"{}\"", kind.to_uppercase(), name.replace('"', "\"\"")))?;
    }
    Ok(Paused { sql: found.into_iter().map(|(_, _, sql)| sql).collect() })
}

pub fn resume_indexes(tx: &Transaction, paused: Paused) -> Result<()> {
    // CREATE INDEX sorts all rows: let SQLite sort on the other cores too.
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get()).min(8);
    tx.pragma_update(None, "threads", cores as i64)?;
    for sql in paused.sql {
        tx.execute_batch(&sql)?;
    }
    Ok(())
}

fn user_version(conn: &Connection) -> Result<i64> {
    Ok(conn.pragma_query_value(None, "user_version", |r| r.get(0))?)
}

/// Applies each pending migration in its own immediate transaction. The
/// version is re-read inside the transaction so that two processes opening
/// a new file at once migrate it once.
fn migrate(conn: &mut Connection) -> Result<()> {
    loop {
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let version = user_version(&tx)?;
        let Some(step) = usize::try_from(version).ok().and_then(|v| MIGRATIONS.get(v)) else {
            return Ok(());
        };
        apply(&tx, step)?;
        tx.pragma_update(None, "user_version", version + 1)?;
        tx.commit()?;
    }
}

fn apply(tx: &Transaction, step: &Migration) -> Result<()> {
    for sql in step.sql {
        tx.execute_batch(sql)?;
    }
    if let Some(rust) = step.rust {
        rust(tx)?;
    }
    for sql in step.then {
        tx.execute_batch(sql)?;
    }
    Ok(())
}

/// Creates the file with mode 0600 before SQLite sees it, so that it is
/// never readable by others, not even for a moment. SQLite gives its -wal
/// and -shm files the same mode.
fn create_private(path: &Path) -> Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    match options.open(path) {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(Error::unusable(format!("cannot create the market file {}: {e}", path.display()))
            .with_hint("check that the folder exists and is writable, or choose another path with --db")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_past_version_upgrades() {
        let dir = tempfile::tempdir().unwrap();
        for start in 0..SCHEMA_VERSION {
            let path = dir.path().join(format!("v{start}.db"));
            {
                let mut conn = Connection::open(&path).unwrap();
                let tx = conn.transaction().unwrap();
                for step in &MIGRATIONS[..start as usize] {
                    apply(&tx, step).unwrap();
                }
                tx.commit().unwrap();
                conn.pragma_update(None, "user_version", start).unwrap();
            }
            let conn = open(&path).unwrap();
            assert_eq!(user_version(&conn).unwrap(), SCHEMA_VERSION);
            let fk: i64 = conn.query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| r.get(0)).unwrap();
            assert_eq!(fk, 0);
            let ok: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
            assert_eq!(ok, "ok");
        }
    }

    #[test]
    fn memory_markets_work() {
        let conn = open(Path::new(MEMORY)).unwrap();
        assert_eq!(user_version(&conn).unwrap(), SCHEMA_VERSION);
    }
}
