//! The query language people already know, parsed into a tree and written
//! out as FTS5 syntax with every word quoted: user input never reaches FTS5
//! raw. Words are ANDed; "exact phrase"; -word excludes; word* is a prefix;
//! OR between two terms matches either.

use super::text;
use crate::error::{Error, Result};

/// At most this many terms; longer input is refused with a clear message.
pub const MAX_TERMS: usize = 32;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Term {
    Word(String),
    Prefix(String),
    Phrase(Vec<String>),
}

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Query {
    /// Every group must match; a group matches when any of its terms does.
    pub groups: Vec<Vec<Term>>,
    pub excluded: Vec<Term>,
}

/// One piece of input before words are normalised.
enum Piece {
    Text { raw: String, quoted: bool, negated: bool },
    Or,
}

fn lex(input: &str) -> Vec<Piece> {
    let mut pieces = Vec::new();
    let mut chars = input.chars().filter(|c| !c.is_control() || c.is_whitespace()).peekable();
    while let Some(&c) = chars.peek() {
        if c.is_whitespace() {
            chars.next();
            continue;
        }
        let mut negated = false;
        if c == '-' {
            chars.next();
            match chars.peek() {
                Some(n) if !n.is_whitespace() => negated = true,
                _ => continue,
            }
        }
        let mut raw = String::new();
        let quoted = chars.peek() == Some(&'"');
        if quoted {
            chars.next();
            for c in chars.by_ref() {
                if c == '"' {
                    break;
                }
                raw.push(c);
            }
        } else {
            while let Some(&c) = chars.peek() {
                if c.is_whitespace() || c == '"' {
                    break;
                }
                raw.push(c);
                chars.next();
            }
        }
        if !quoted && !negated && raw == "OR" {
            pieces.push(Piece::Or);
        } else if !quoted && !negated && raw == "AND" {
            continue;
        } else {
            pieces.push(Piece::Text { raw, quoted, negated });
        }
    }
    pieces
}

/// Cuts a run of CJK text into words (jieba, or a cache of its cuts).
pub type Cut<'a> = dyn FnMut(&str) -> Vec<String> + 'a;

/// Splits text into the tokens the index has: runs of letters and digits,
/// lower-cased, with CJK runs cut into words.
fn tokens(raw: &str, cut: &mut Cut) -> Vec<String> {
    let mut out = Vec::new();
    let mut run = String::new();
    let mut flush = |run: &mut String, out: &mut Vec<String>| {
        if !run.is_empty() {
            out.extend(cut(run).into_iter().map(|w| w.to_lowercase()));
            run.clear();
        }
    };
    let mut cjk = false;
    for c in raw.chars() {
        if c.is_alphanumeric() {
            let is_cjk = text::is_cjk(c);
            if is_cjk != cjk {
                flush(&mut run, &mut out);
                cjk = is_cjk;
            }
            run.push(c);
        } else {
            flush(&mut run, &mut out);
        }
    }
    flush(&mut run, &mut out);
    out
}

/// The terms one piece of input stands for: usually one, none for input
/// with no letters or digits, several for CJK text (each a separate word,
/// since segmentation decides the boundaries).
fn terms(raw: &str, quoted: bool, cut: &mut Cut) -> Vec<Term> {
    let prefix = !quoted && raw.ends_with('*');
    let toks = tokens(raw.trim_end_matches('*'), cut);
    let (cjk, latin): (Vec<String>, Vec<String>) = toks.into_iter().partition(|t| text::has_cjk(t));
    let mut out: Vec<Term> = cjk.into_iter().map(Term::Word).collect();
    match latin.len() {
        0 => {}
        1 if prefix => out.push(Term::Prefix(latin[0].clone())),
        1 => out.push(Term::Word(latin[0].clone())),
        _ => out.push(Term::Phrase(latin)),
    }
    out
}

pub fn parse(input: &str) -> Result<Query> {
    parse_with(input, &mut text::query_words)
}

/// [`parse`] with CJK runs cut by `cut`.
pub fn parse_with(input: &str, cut: &mut Cut) -> Result<Query> {
    let mut query = Query::default();
    let mut join_next = false;
    let mut count = 0;
    for piece in lex(input) {
        let (raw, quoted, negated) = match piece {
            Piece::Or => {
                join_next = !query.groups.is_empty();
                continue;
            }
            Piece::Text { raw, quoted, negated } => (raw, quoted, negated),
        };
        let found = terms(&raw, quoted, cut);
        count += found.len();
        if count > MAX_TERMS {
            return Err(Error::invalid(format!("a search has at most {MAX_TERMS} words"))
                .with_hint("use fewer, more telling words"));
        }
        if negated {
            query.excluded.extend(found);
            join_next = false;
            continue;
        }
        let mut found = found.into_iter();
        if join_next && let (Some(first), Some(group)) = (found.next(), query.groups.last_mut()) {
            group.push(first);
        }
        query.groups.extend(found.map(|t| vec![t]));
        join_next = false;
    }
    Ok(query)
}

fn quote(words: &str) -> String {
    format!("\"{}\"", words.replace('"', "\"\""))
}

fn fts_term(t: &Term) -> String {
    match t {
        Term::Word(w) => quote(w),
        Term::Prefix(w) => format!("{} *", quote(w)),
        Term::Phrase(ws) => quote(&ws.join(" ")),
    }
}

impl Query {
    pub fn is_empty(&self) -> bool {
        self.groups.is_empty() && self.excluded.is_empty()
    }

    /// The FTS5 MATCH expression for the wanted terms, with exclusions; None
    /// when nothing is wanted (only exclusions, or no words at all).
    pub fn to_fts(&self) -> Option<String> {
        if self.groups.is_empty() {
            return None;
        }
        let wanted: Vec<String> = self
            .groups
            .iter()
            .map(|g| match g.as_slice() {
                [one] => fts_term(one),
                many => format!("({})", many.iter().map(fts_term).collect::<Vec<_>>().join(" OR ")),
            })
            .collect();
        let mut expr = wanted.join(" AND ");
        for t in &self.excluded {
            expr = format!("{expr} NOT {}", fts_term(t));
        }
        Some(expr)
    }

    /// The excluded terms alone as a MATCH expression (for a browse that
    /// only excludes).
    pub fn excluded_fts(&self) -> Option<String> {
        (!self.excluded.is_empty()).then(|| self.excluded.iter().map(fts_term).collect::<Vec<_>>().join(" OR "))
    }

    /// The FTS5 phrase and its number of tokens when the query is one
    /// word, prefix or phrase and nothing else (what heads can rank).
    pub fn single_phrase(&self) -> Option<(String, usize)> {
        match (self.groups.as_slice(), self.excluded.is_empty()) {
            ([group], true) => match group.as_slice() {
                [Term::Phrase(ws)] => Some((fts_term(&group[0]), ws.len())),
                [one] => Some((fts_term(one), 1)),
                _ => None,
            },
            _ => None,
        }
    }

    /// The plain words wanted, for "did you mean".
    pub fn words(&self) -> Vec<String> {
        self.groups
            .iter()
            .flatten()
            .flat_map(|t| match t {
                Term::Word(w) | Term::Prefix(w) => vec![w.clone()],
                Term::Phrase(ws) => ws.clone(),
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fts(q: &str) -> Option<String> {
        parse(q).unwrap().to_fts()
    }

    #[test]
    fn words_phrases_prefixes_exclusions_or() {
        assert_eq!(fts("Trek bike").as_deref(), Some(r#""trek" AND "bike""#));
        assert_eq!(fts(r#""road bike" -carbon"#).as_deref(), Some(r#""road bike" NOT "carbon""#));
        assert_eq!(fts("bik*").as_deref(), Some(r#""bik" *"#));
        assert_eq!(fts("sofa OR couch grey").as_deref(), Some(r#"("sofa" OR "couch") AND "grey""#));
        assert_eq!(fts("wi-fi").as_deref(), Some(r#""wi fi""#));
        assert_eq!(fts("bike AND lock").as_deref(), Some(r#""bike" AND "lock""#));
    }

    #[test]
    fn hostile_input_is_only_ever_quoted_words() {
        for q in [
            "\"",
            "\"unbalanced",
            "NEAR(",
            "a NEAR/3 b",
            "*",
            "^bike",
            "col:bike",
            "OR",
            "- -",
            "🚲🚲",
            "\u{0}\u{7}",
            "\"\"\"\"",
        ] {
            let parsed = parse(q).unwrap();
            if let Some(expr) = parsed.to_fts() {
                for piece in expr.split('"').skip(1).step_by(2) {
                    assert!(piece.chars().all(|c| c.is_alphanumeric() || c == ' '), "{q}: {expr}");
                }
            }
        }
        assert_eq!(fts("🚲 bike").as_deref(), Some(r#""bike""#));
        assert!(parse(&"word ".repeat(5000)).is_err());
    }

    #[test]
    fn only_exclusions_want_nothing() {
        let q = parse("-broken").unwrap();
        assert_eq!(q.to_fts(), None);
        assert_eq!(q.excluded_fts().as_deref(), Some(r#""broken""#));
    }

    #[test]
    fn chinese_is_cut_into_words() {
        assert_eq!(fts("手机").as_deref(), Some(r#""手机""#));
        assert_eq!(fts("iPhone手机").as_deref(), Some(r#""手机" AND "iphone""#));
    }
}
