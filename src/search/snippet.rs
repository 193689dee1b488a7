//! Snippets of the page's descriptions, made here rather than by FTS5's
//! `snippet()`, which would run the MATCH again for every row shown (a
//! prefix query re-reads every word with that prefix each time).

use super::query::{Query, Term};
use super::text;
use rust_stemmers::{Algorithm, Stemmer};

/// Words shown around the first match, as FTS5's `snippet(..., 12)` did.
const WORDS: usize = 12;

/// What a description word must be to be marked.
enum Wanted {
    Stem(String),
    Prefix(String),
    Cjk(String),
}

pub struct Marker {
    wanted: Vec<Wanted>,
    stemmer: Stemmer,
}

impl Marker {
    pub fn new(q: &Query) -> Marker {
        let stemmer = Stemmer::create(Algorithm::English);
        let mut wanted = Vec::new();
        for term in q.groups.iter().flatten() {
            match term {
                Term::Prefix(p) => wanted.push(Wanted::Prefix(p.clone())),
                Term::Word(w) if text::has_cjk(w) => wanted.push(Wanted::Cjk(w.clone())),
                Term::Word(w) => wanted.push(Wanted::Stem(stemmer.stem(w).into_owned())),
                Term::Phrase(ws) => wanted.extend(ws.iter().map(|w| Wanted::Stem(stemmer.stem(w).into_owned()))),
            }
        }
        Marker { wanted, stemmer }
    }

    /// The part of `token` to mark, as a byte range, if any.
    fn mark(&self, token: &str) -> Option<(usize, usize)> {
        let lower = token.to_lowercase();
        let stem = self.stemmer.stem(&lower);
        self.wanted.iter().find_map(|w| match w {
            Wanted::Stem(s) => (*s == stem).then_some((0, token.len())),
            Wanted::Prefix(p) => lower.starts_with(p.as_str()).then_some((0, token.len())),
            Wanted::Cjk(c) => token.find(c.as_str()).map(|at| (at, at + c.len())),
        })
    }

    /// Up to 12 words of `description` from just before the first match,
    /// matches in [brackets], "…" where text was cut.
    pub fn snippet(&self, description: &str) -> String {
        let tokens = tokens(description);
        let first = tokens.iter().position(|&(a, b)| self.mark(&description[a..b]).is_some()).unwrap_or(0);
        let start = first.saturating_sub(2).min(tokens.len().saturating_sub(WORDS));
        let end = (start + WORDS).min(tokens.len());
        let Some(&(from, _)) = tokens.get(start) else { return String::new() };
        let mut out = String::new();
        if start > 0 {
            out.push('…');
        }
        let mut at = from;
        for &(a, b) in &tokens[start..end] {
            out.push_str(&description[at..a]);
            match self.mark(&description[a..b]) {
                Some((x, y)) => {
                    out.push_str(&description[a..a + x]);
                    out.push('[');
                    out.push_str(&description[a + x..a + y]);
                    out.push(']');
                    out.push_str(&description[a + y..b]);
                }
                None => out.push_str(&description[a..b]),
            }
            at = b;
        }
        if end < tokens.len() {
            out.push('…');
        } else {
            out.push_str(&description[at..]);
        }
        out
    }
}

/// Byte ranges of the runs of letters and digits.
fn tokens(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, text.len()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn snip(q: &str, text: &str) -> String {
        Marker::new(&super::super::query::parse(q).unwrap()).snippet(text)
    }

    #[test]
    fn marks_stems_prefixes_and_chinese_words() {
        assert_eq!(snip("part", "I replaced the worn parts."), "I replaced the worn [parts].");
        assert_eq!(snip("lam*", "A lamp, with a shade"), "A [lamp], with a shade");
        assert_eq!(snip("手机", "全新二手手机壳"), "全新二手[手机]壳");
        let long = "one two three four five six seven eight nine ten eleven twelve thirteen bike fourteen";
        assert_eq!(snip("bike", long), "…four five six seven eight nine ten eleven twelve thirteen [bike] fourteen");
        assert_eq!(snip("bike", ""), "");
    }
}
