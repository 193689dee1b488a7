//! Migration 10's rewrite of CHECK constraints that list three or more
//! values. SQLite tests `x IN ('a', 'b', 'c')` by building a temporary
//! b-tree of the list and searching it for every row written: 0.6 s per
//! million events on import, a third of the whole load. The same rule
//! written as `x = 'a' OR x = 'b' OR ...` costs a few comparisons.

use crate::error::Result;
use rusqlite::config::DbConfig;
use rusqlite::{OptionalExtension, Transaction};

/// The constrained columns: (table, column, allowed values), as the earlier
/// migrations wrote them.
const LISTS: &[(&str, &str, &[&str])] = &[
    ("listings", "condition", &["new", "like_new", "good", "fair", "poor", "for_parts"]),
    ("listings", "status", &["active", "reserved", "sold", "withdrawn"]),
    ("listing_photos", "media_type", &["image/jpeg", "image/png", "image/webp", "image/gif"]),
    ("events", "kind", &["view", "search", "click", "watch", "offer", "order", "purchase"]),
    ("offers", "status", &["open", "accepted", "declined", "withdrawn", "expired", "countered"]),
    ("orders", "status", &["placed", "paid", "shipped", "completed", "cancelled", "disputed"]),
];

/// Rewrites each listed CHECK in place. The new rule accepts exactly the
/// rows the old one did (NULL included), so no stored row can break it and
/// SQLite's documented procedure for loosening a constraint applies:
/// edit `sqlite_schema` with `writable_schema` and bump `schema_version`.
/// A table whose text differs (edited by hand) keeps its slower rule.
pub fn or_chains(tx: &Transaction) -> Result<()> {
    let mut edits: Vec<(&str, String)> = Vec::new();
    for (table, column, values) in LISTS {
        if !edits.iter().any(|(t, _)| t == table) {
            let sql: Option<String> = tx
                .query_row("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?1", [table], |r| r.get(0))
                .optional()?;
            let Some(sql) = sql else { continue };
            edits.push((table, sql));
        }
        let Some((_, text)) = edits.iter_mut().find(|(t, _)| t == table) else { continue };
        let quoted: Vec<String> = values.iter().map(|v| format!("'{v}'")).collect();
        let old = format!("CHECK ({column} IN ({}))", quoted.join(", "));
        let new =
            format!("CHECK ({})", quoted.iter().map(|q| format!("{column} = {q}")).collect::<Vec<_>>().join(" OR "));
        if text.matches(&old).count() == 1 {
            *text = text.replace(&old, &new);
        }
    }
    // A build of SQLite in defensive mode refuses `writable_schema`; the
    // rules are a matter of speed, so switch it off for this step only.
    let defensive = tx.db_config(DbConfig::SQLITE_DBCONFIG_DEFENSIVE)?;
    tx.set_db_config(DbConfig::SQLITE_DBCONFIG_DEFENSIVE, false)?;
    let version: i64 = tx.pragma_query_value(None, "schema_version", |r| r.get(0))?;
    tx.pragma_update(None, "writable_schema", true)?;
    let written = (|| -> Result<()> {
        for (table, sql) in &edits {
            tx.execute("UPDATE sqlite_schema SET sql = ?1 WHERE type = 'table' AND name = ?2", [sql, *table])?;
        }
        tx.pragma_update(None, "schema_version", version + 1)?;
        Ok(())
    })();
    tx.pragma_update(None, "writable_schema", false)?;
    tx.set_db_config(DbConfig::SQLITE_DBCONFIG_DEFENSIVE, defensive)?;
    written?;
    // Reading a table makes SQLite parse the edited schema now, so a bad
    // edit fails the migration's transaction instead of every later open.
    tx.query_row("SELECT EXISTS (SELECT 1 FROM events)", [], |r| r.get::<_, bool>(0))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::db;
    use std::path::Path;

    #[test]
    fn no_check_lists_three_values() {
        let conn = db::open(Path::new(db::MEMORY)).unwrap();
        let mut stmt = conn.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table'").unwrap();
        let tables: Vec<(String, String)> =
            stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).unwrap().map(|r| r.unwrap()).collect();
        // Two values are fine: SQLite compares those one by one.
        for (name, sql) in &tables {
            for (at, _) in sql.match_indices(" IN (") {
                let list = &sql[at..at + sql[at..].find(')').unwrap()];
                assert!(list.matches(',').count() < 2, "{name} still lists values in a CHECK: {list}");
            }
        }
        let ok: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
        assert_eq!(ok, "ok");
    }

    /// A market with a row in each rewritten table, at version 9, opened
    /// by this flea: every row still passes, the lists are gone from the
    /// schema SQLite uses (a new connection too), and writing a row no
    /// longer builds a temporary table.
    #[test]
    fn an_upgraded_market_keeps_its_rows_under_the_new_rules() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("v9.db");
        {
            let mut conn = rusqlite::Connection::open(&path).unwrap();
            let tx = conn.transaction().unwrap();
            for step in &db::MIGRATIONS[..9] {
                db::apply(&tx, step).unwrap();
            }
            let t = "'2030-01-01T00:00:00Z'";
            tx.execute_batch(&format!(
                "INSERT INTO users (id, username, created_at) VALUES (1, 'ann', {t}), (2, 'bob', {t});
                 INSERT INTO listings (id, seller_id, title, category_id, condition, price_cents, quantity,
                                       status, created_at, updated_at)
                   VALUES (1, 1, 'Lamp', (SELECT min(id) FROM categories), 'like_new', 500, 1, 'reserved', {t}, {t});
                 INSERT INTO listing_photos (listing_id, path, bytes, sha256, media_type, added_at)
                   VALUES (1, '/p.webp', 10, '{}', 'image/webp', {t});
                 INSERT INTO events (kind, user_id, listing_id, at) VALUES ('purchase', 2, 1, {t});
                 INSERT INTO offers (listing_id, buyer_id, seller_id, price_cents, status, created_at, expires_at)
                   VALUES (1, 2, 1, 400, 'countered', {t}, {t});
                 INSERT INTO orders (listing_id, buyer_id, seller_id, quantity, unit_price_cents, total_cents,
                                     status, placed_at)
                   VALUES (1, 2, 1, 1, 400, 400, 'disputed', {t});",
                "a".repeat(64)
            ))
            .unwrap();
            tx.commit().unwrap();
            conn.pragma_update(None, "user_version", 9).unwrap();
        }
        let upgraded = db::open(&path).unwrap();
        let reopened = rusqlite::Connection::open(&path).unwrap();
        for conn in [&upgraded, &reopened] {
            let ok: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
            assert_eq!(ok, "ok");
            let lists: i64 = conn
                .query_row(
                    "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND sql LIKE '%IN (''%'',%''%'',%'",
                    [],
                    |r| r.get(0),
                )
                .unwrap();
            assert_eq!(lists, 0, "an IN list of three or more values is left");
            for (table, column, values) in super::LISTS {
                let mut plan =
                    conn.prepare(&format!("EXPLAIN INSERT INTO {table} ({column}) VALUES ('{}')", values[0])).unwrap();
                let ops: Vec<String> = plan.query_map([], |r| r.get(1)).unwrap().map(|r| r.unwrap()).collect();
                assert!(!ops.iter().any(|op| op == "OpenEphemeral"), "{table}.{column} still searches a list");
            }
            let indexes: i64 = conn
                .query_row("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'events'", [], |r| {
                    r.get(0)
                })
                .unwrap();
            assert_eq!(indexes, 0);
        }
    }
}
