//! "Did you mean", from the index's own vocabulary.

use super::{query, text};
use crate::error::Result;
use rusqlite::Connection;

/// "Did you mean": for each word that matches nothing, the closest word of
/// the index's own vocabulary (edit distance 1, or 2 for long words),
/// preferring common ones.
pub fn suggest(conn: &Connection, q: &query::Query) -> Result<Option<String>> {
    let words = q.words();
    if words.is_empty() {
        return Ok(None);
    }
    let mut changed = false;
    let mut out = Vec::new();
    let stemmer = rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English);
    let mut stmt = conn.prepare_cached("SELECT term, doc FROM listings_fts_vocab WHERE term >= ?1 AND term < ?2")?;
    // The index holds stems, so ask FTS5 itself (which stems the word too).
    let mut exists =
        conn.prepare_cached("SELECT count(*) FROM (SELECT 1 FROM listings_fts WHERE listings_fts MATCH ?1 LIMIT 1)")?;
    for w in words {
        let known: i64 = exists.query_row([format!("\"{w}\"")], |r| r.get(0))?;
        if known > 0 || text::has_cjk(&w) || w.chars().count() < 3 {
            out.push(w);
            continue;
        }
        let stemmed = stemmer.stem(&w).into_owned();
        let first: String = w.chars().take(1).collect();
        let next = next_prefix(&first);
        let max = if w.chars().count() > 5 { 2 } else { 1 };
        let mut best: Option<(usize, i64, String)> = None;
        let rows = stmt.query_map([&first, &next], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))?;
        for row in rows {
            let (term, docs) = row?;
            // The vocabulary holds stems: compare the word's stem too, so a
            // typo of an inflected word ("runing") still finds "run".
            let d = edit_distance(&w, &term).min(edit_distance(&stemmed, &term));
            if d <= max && best.as_ref().is_none_or(|(bd, bn, _)| (d, -docs) < (*bd, -*bn)) {
                best = Some((d, docs, term));
            }
        }
        match best {
            Some((_, _, term)) => {
                let word = surface_word(conn, &term)?.unwrap_or(term);
                changed |= word != w;
                out.push(word);
            }
            None => out.push(w),
        }
    }
    Ok(changed.then(|| out.join(" ")))
}

/// The index holds stems ("bicycl"); show a word people write instead, taken
/// from a title that contains it.
fn surface_word(conn: &Connection, stem: &str) -> Result<Option<String>> {
    let found: Option<(String, String, String)> = conn
        .query_row(
            "SELECT title, tags_text, description FROM listings_fts WHERE listings_fts MATCH ?1 LIMIT 1",
            [format!("\"{}\"", stem.replace('"', ""))],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .ok();
    Ok(found.and_then(|(title, tags, description)| {
        [title, tags, description]
            .iter()
            .flat_map(|t| t.split(|c: char| !c.is_alphanumeric()).map(str::to_lowercase).collect::<Vec<_>>())
            .filter(|w| w.starts_with(stem))
            .min_by_key(|w| w.len())
    }))
}

fn next_prefix(p: &str) -> String {
    let mut chars: Vec<char> = p.chars().collect();
    if let Some(last) = chars.pop() {
        chars.push(char::from_u32(last as u32 + 1).unwrap_or(char::MAX));
    }
    chars.into_iter().collect()
}

fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > 2 {
        return 3;
    }
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(ca != cb)).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distances() {
        assert_eq!(edit_distance("bicycel", "bicycle"), 2);
        assert_eq!(edit_distance("sofa", "sofas"), 1);
    }
}
