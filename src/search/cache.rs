//! Derived data that search writes as it goes (heads, cuts of Chinese
//! queries). A search is a read: when the market is busy, read-only or in
//! the middle of the caller's own transaction, the write is skipped and
//! only speed is lost.

use crate::error::Result;
use rusqlite::{Connection, Transaction, TransactionBehavior};
use std::time::Duration;

/// How long a search waits for another writer before skipping its write.
const WAIT: Duration = Duration::from_millis(20);

pub fn remember(conn: &Connection, write: impl FnOnce(&Connection) -> Result<()>) {
    if !conn.is_autocommit() || conn.is_readonly(rusqlite::MAIN_DB).unwrap_or(true) {
        return;
    }
    let old: i64 = conn.pragma_query_value(None, "busy_timeout", |r| r.get(0)).unwrap_or(5000);
    if conn.busy_timeout(WAIT).is_err() {
        return;
    }
    let _skipped = (|| -> Result<()> {
        let tx = Transaction::new_unchecked(conn, TransactionBehavior::Immediate)?;
        write(&tx)?;
        tx.commit()?;
        Ok(())
    })();
    let _ = conn.busy_timeout(Duration::from_millis(old.max(0) as u64));
}
