//! What the search index sees beyond a listing's own text: its tags and
//! category names as words, and its Chinese (and other CJK) text cut into
//! words by jieba, since FTS5's unicode61 tokenizer can't split them.

use jieba_rs::Jieba;
use std::sync::OnceLock;

/// The jieba dictionary takes ~100 ms to load: only text with CJK pays.
fn jieba() -> &'static Jieba {
    static JIEBA: OnceLock<Jieba> = OnceLock::new();
    JIEBA.get_or_init(Jieba::new)
}

pub fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF     // Hiragana, Katakana
        | 0x3400..=0x4DBF   // CJK extension A
        | 0x4E00..=0x9FFF   // CJK unified ideographs
        | 0xAC00..=0xD7AF   // Hangul syllables
        | 0xF900..=0xFAFF   // CJK compatibility ideographs
        | 0x20000..=0x2FA1F)
}

pub fn has_cjk(text: &str) -> bool {
    text.chars().any(is_cjk)
}

/// The CJK words of a listing's text in jieba's search mode, which also
/// emits the words inside longer words (二手手机壳 -> 二手, 手机, 手机壳, ...).
pub fn index_words(parts: &[&str]) -> String {
    let mut out = String::new();
    for part in parts.iter().filter(|p| has_cjk(p)) {
        for token in jieba().cut_for_search(part, true) {
            if token.word.chars().any(is_cjk) {
                if !out.is_empty() {
                    out.push(' ');
                }
                out.push_str(token.word);
            }
        }
    }
    out
}

/// A query word's CJK runs cut in jieba's default mode; other text stays.
pub fn query_words(word: &str) -> Vec<String> {
    if !has_cjk(word) {
        return vec![word.to_string()];
    }
    jieba()
        .cut(word, true)
        .into_iter()
        .map(|t| t.word.trim().to_string())
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .collect()
}

/// [`query_words`] through the market's cache of cuts, so that a repeated
/// Chinese query does not load jieba: cuts never change, since the
/// dictionary is compiled in.
pub fn query_words_cached(conn: &rusqlite::Connection, word: &str) -> Vec<String> {
    if !has_cjk(word) {
        return vec![word.to_string()];
    }
    let cached: Option<String> = conn
        .prepare_cached("SELECT words FROM search_cjk_cuts WHERE run = ?1")
        .and_then(|mut s| s.query_row([word], |r| r.get(0)))
        .ok();
    if let Some(words) = cached {
        return words.split(' ').filter(|w| !w.is_empty()).map(str::to_string).collect();
    }
    let words = query_words(word);
    // Words hold no spaces: they are runs of letters and digits.
    if words.iter().all(|w| !w.contains(' ')) {
        let joined = words.join(" ");
        super::cache::remember(conn, |c| {
            c.execute("INSERT OR REPLACE INTO search_cjk_cuts (run, words) VALUES (?1, ?2)", [word, &joined])?;
            Ok(())
        });
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_words_inside_longer_words_are_indexed() {
        let words = index_words(&["二手手机壳 全新"]);
        assert!(words.split(' ').any(|w| w == "手机"), "{words}");
        let words = index_words(&["山地自行车"]);
        assert!(words.split(' ').any(|w| w == "自行车"), "{words}");
        assert_eq!(index_words(&["no cjk here"]), "");
    }

    #[test]
    fn queries_are_cut_in_default_mode() {
        assert_eq!(query_words("手机"), ["手机"]);
        assert_eq!(query_words("bike"), ["bike"]);
    }
}
