//! Migration 10's rewrite of CHECK constraints that list three or more
//! values. SQLite tests `x IN ('a', 'b', 'c')` by building a temporary
//! b-tree of the list and searching it for every row written: 0.6 s per
//! million events on import, a third of the whole load. The same rule
//! written as `x = 'a' OR x = 'b' OR ...` costs a few comparisons.

use crate::error::Result;
use rusqlite::Transaction;

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
    let mut edits = Vec::new();
    for (table, column, values) in LISTS {
        let sql: Option<String> = tx
            .query_row("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?1", [table], |r| r.get(0))
            .ok();
        let Some(sql) = sql else { continue };
        let quoted: Vec<String> = values.iter().map(|v| format!("'{v}'")).collect();
        let old = format!("CHECK ({column} IN ({}))", quoted.join(", "));
        let new =
            format!("CHECK ({})", quoted.iter().map(|q| format!("{column} = {q}")).collect::<Vec<_>>().join(" OR "));
        let edited = edits.iter_mut().find(|(t, _): &&mut (&str, String)| t == table);
        let text = match edited {
            Some((_, text)) => text,
            None => {
                edits.push((*table, sql));
                &mut edits.last_mut().expect("just pushed").1
            }
        };
        if text.matches(&old).count() == 1 {
            *text = text.replace(&old, &new);
        }
    }
    let version: i64 = tx.pragma_query_value(None, "schema_version", |r| r.get(0))?;
    tx.pragma_update(None, "writable_schema", true)?;
    for (table, sql) in &edits {
        tx.execute("UPDATE sqlite_schema SET sql = ?1 WHERE type = 'table' AND name = ?2", [sql, *table])?;
    }
    tx.pragma_update(None, "schema_version", version + 1)?;
    tx.pragma_update(None, "writable_schema", false)?;
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

    #[test]
    fn rewritten_checks_still_refuse() {
        let conn = db::open(Path::new(db::MEMORY)).unwrap();
        for (table, column, values) in super::LISTS {
            let sql = format!("SELECT sql FROM sqlite_schema WHERE name = '{table}'");
            let text: String = conn.query_row(&sql, [], |r| r.get(0)).unwrap();
            for v in *values {
                assert!(text.contains(&format!("{column} = '{v}'")), "{table}.{column} allows {v}");
            }
        }
        conn.execute("INSERT INTO events (kind, at) VALUES ('view', '2026-01-01T00:00:00Z')", []).unwrap();
        let refused = conn.execute("INSERT INTO events (kind, at) VALUES ('views', '2026-01-01T00:00:00Z')", []);
        assert!(refused.unwrap_err().to_string().contains("CHECK constraint failed"));
    }
}
