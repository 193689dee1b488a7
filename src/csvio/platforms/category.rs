//! A platform's category text ("Clothing, Shoes & Accessories:Men:Shirts",
//! "Apparel & Accessories > Clothing > Shirts & Tops", "T-Shirt", "沙发") as
//! one of the market's category slugs, by matching words against the
//! category tree as it is now (English names, slugs and the Chinese names'
//! words), so a market with its own categories is matched against those.
//!
//! A path is tried from its most specific segment (the last) to the first;
//! the first segment that matches anything decides. Within a segment the
//! category whose name is most fully covered wins (a "Shoes" segment is
//! `shoes`, not `clothing`, whose name "Clothing & shoes" is half covered),
//! then the one with more words matched, then a top-level category over its
//! sub-categories (plain "Bikes" is `bikes-sports`, not `road-bikes`), then
//! tree order. Nothing matched: `other`.

use crate::error::Result;
use rusqlite::Connection;
use std::collections::HashSet;

/// Where nothing matches.
const FALLBACK: &str = "other";

/// Words that say nothing about what an item is.
const STOP_WORDS: &[&str] =
    &["and", "other", "others", "general", "of", "the", "for", "with", "more", "all", "misc", "miscellaneous", "items"];

/// Platform words for things the default tree names differently (after
/// stemming: singular, lower case).
const SYNONYMS: &[(&str, &str)] = &[
    ("bicycle", "bike"),
    ("cycling", "bike"),
    ("mobile", "phone"),
    ("cellphone", "phone"),
    ("iphone", "smartphone"),
    ("ipad", "tablet"),
    ("notebook", "laptop"),
    ("netbook", "laptop"),
    ("macbook", "laptop"),
    ("tv", "television"),
    ("couch", "sofa"),
    ("settee", "sofa"),
    ("armchair", "chair"),
    ("stool", "chair"),
    ("desk", "table"),
    ("mattress", "bed"),
    ("closet", "wardrobe"),
    ("pant", "trouser"),
    ("sneaker", "shoe"),
    ("boot", "shoe"),
    ("sandal", "shoe"),
    ("trainer", "shoe"),
    ("footwear", "shoe"),
    ("jumper", "sweater"),
    ("cardigan", "sweater"),
    ("pullover", "sweater"),
    ("hoody", "hoodie"),
    ("blouse", "top"),
    ("tee", "top"),
    ("tshirt", "shirt"),
    ("blazer", "jacket"),
    ("parka", "coat"),
    ("gown", "dress"),
    ("lego", "toy"),
    ("doll", "toy"),
    ("plush", "toy"),
    ("puzzle", "toy"),
    ("comic", "book"),
    ("magazine", "book"),
    ("bluray", "dvd"),
    ("playstation", "console"),
    ("xbox", "console"),
    ("nintendo", "console"),
    ("ukulele", "guitar"),
    ("cello", "violin"),
    ("tire", "tyre"),
    ("refrigerator", "fridge"),
    ("freezer", "fridge"),
    ("hoover", "vacuum"),
    ("mixer", "appliance"),
    ("blender", "appliance"),
    ("toaster", "appliance"),
    ("kettle", "appliance"),
    ("microwave", "appliance"),
    ("lamp", "lighting"),
    ("candle", "decor"),
    ("vase", "decor"),
    ("rug", "decor"),
    ("cushion", "decor"),
    ("lawnmower", "mower"),
    ("barbeque", "barbecue"),
    ("dog", "pet"),
    ("cat", "pet"),
    ("aquarium", "pet"),
    ("suitcase", "luggage"),
    ("backpack", "bag"),
    ("rucksack", "bag"),
    ("handbag", "bag"),
    ("purse", "bag"),
    ("wallet", "bag"),
    ("tent", "camping"),
    ("headphone", "earphone"),
    ("earbud", "earphone"),
    ("antique", "collectible"),
];

/// Characters that join the parts of a Chinese name ("自行车与运动").
const ZH_JOINERS: &[char] = &['与', '和', '及', '、', '&', ' '];

struct Entry {
    slug: String,
    top: bool,
    /// Stemmed English words of the name and slug.
    words: Vec<String>,
    /// The Chinese name's characters, without joiners.
    zh: Vec<char>,
    /// The Chinese name's words (jieba's, plus the whole name).
    zh_words: Vec<String>,
}

pub struct Matcher {
    entries: Vec<Entry>,
}

/// How well a segment covers a category's name: `matched` of `total` units.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Score {
    matched: usize,
    total: usize,
}

impl Score {
    fn better_than(self, other: Score) -> Option<bool> {
        let (a, b) = (self.matched * other.total, other.matched * self.total);
        if a != b {
            return Some(a > b);
        }
        (self.matched != other.matched).then_some(self.matched > other.matched)
    }
}

impl Matcher {
    /// The tree in its display order, so ties go to the earlier category.
    pub fn load(conn: &Connection) -> Result<Matcher> {
        let mut stmt = conn.prepare(
            "SELECT c.slug, c.name_en, c.name_zh, c.name_zh_words, c.parent_id IS NULL
             FROM categories c LEFT JOIN categories p ON p.id = c.parent_id
             ORDER BY coalesce(p.position, c.position), coalesce(p.id, c.id), c.parent_id IS NOT NULL, c.position, c.id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
                r.get(4)?,
            ))
        })?;
        let mut entries = Vec::new();
        for row in rows {
            let (slug, name_en, name_zh, zh_words, top): (String, String, String, String, bool) = row?;
            entries.push(Entry::new(slug, top, &name_en, &name_zh, &zh_words));
        }
        Ok(Matcher { entries })
    }

    /// The slug for the first of `texts` (most trusted first) that matches.
    pub fn best(&self, texts: &[&str]) -> String {
        for text in texts {
            for segment in text.rsplit(['>', ':', '/', '|']) {
                if let Some(slug) = self.best_in(segment) {
                    return slug.to_string();
                }
            }
        }
        FALLBACK.to_string()
    }

    fn best_in(&self, segment: &str) -> Option<&str> {
        let words: HashSet<String> = words(segment).map(|w| synonym(stem(&w))).collect();
        let zh_text: String = segment.chars().filter(|c| !c.is_whitespace()).collect();
        let mut best: Option<(&Entry, Score)> = None;
        for entry in &self.entries {
            let Some(score) = entry.score(&words, &zh_text) else { continue };
            let wins = match best {
                None => true,
                Some((held, held_score)) => score.better_than(held_score).unwrap_or(entry.top && !held.top),
            };
            if wins {
                best = Some((entry, score));
            }
        }
        best.map(|(e, _)| e.slug.as_str())
    }
}

impl Entry {
    fn new(slug: String, top: bool, name_en: &str, name_zh: &str, zh_words: &str) -> Entry {
        let mut words: Vec<String> = Vec::new();
        for w in words_of(name_en).chain(words_of(&slug.replace('-', " "))) {
            if !words.contains(&w) {
                words.push(w);
            }
        }
        let zh: Vec<char> = name_zh.chars().filter(|c| !ZH_JOINERS.contains(c)).collect();
        let mut zh_words: Vec<String> =
            zh_words.split_whitespace().filter(|w| w.chars().count() >= 2).map(String::from).collect();
        if !name_zh.trim().is_empty() {
            zh_words.push(name_zh.trim().to_string());
        }
        Entry { slug, top, words, zh, zh_words }
    }

    /// The better of the English and Chinese scores; None when neither matches.
    fn score(&self, words: &HashSet<String>, zh_text: &str) -> Option<Score> {
        let en = Score { matched: self.words.iter().filter(|w| words.contains(*w)).count(), total: self.words.len() };
        let zh = self.zh_score(zh_text);
        let best = match zh {
            Some(zh) if zh.better_than(en) == Some(true) => zh,
            _ => en,
        };
        (best.matched > 0).then_some(best)
    }

    /// How many characters of the Chinese name the words found in the text cover.
    fn zh_score(&self, text: &str) -> Option<Score> {
        if self.zh.is_empty() || text.is_ascii() {
            return None;
        }
        let mut covered = vec![false; self.zh.len()];
        for word in self.zh_words.iter().filter(|w| text.contains(w.as_str())) {
            let w: Vec<char> = word.chars().filter(|c| !ZH_JOINERS.contains(c)).collect();
            for start in 0..self.zh.len() {
                if self.zh[start..].starts_with(&w) {
                    covered[start..start + w.len()].iter_mut().for_each(|c| *c = true);
                }
            }
        }
        Some(Score { matched: covered.iter().filter(|c| **c).count(), total: self.zh.len() })
    }
}

/// Lower-case words of letters and digits, without stop words and single letters.
fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .map(str::to_lowercase)
        .filter(|w| w.chars().count() > 1 && !STOP_WORDS.contains(&w.as_str()))
}

fn words_of(name: &str) -> impl Iterator<Item = String> + '_ {
    words(name).map(|w| stem(&w))
}

/// A rough English singular: "accessories" -> "accessory", "dresses" ->
/// "dress", "shoes" -> "shoe"; good enough to compare both sides alike.
fn stem(word: &str) -> String {
    if word.len() > 4
        && let Some(base) = word.strip_suffix("ies")
    {
        return format!("{base}y");
    }
    if let Some(base) = word.strip_suffix("es")
        && (base.ends_with(['s', 'x', 'z']) || base.ends_with("ch") || base.ends_with("sh"))
    {
        return base.to_string();
    }
    match word.strip_suffix('s') {
        Some(base) if word.len() > 3 && !base.ends_with(['s', 'u']) => base.to_string(),
        _ => word.to_string(),
    }
}

fn synonym(word: String) -> String {
    SYNONYMS.iter().find(|(w, _)| *w == word).map_or(word, |(_, s)| (*s).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matcher() -> Matcher {
        let conn = crate::db::open(std::path::Path::new(crate::db::MEMORY)).unwrap();
        Matcher::load(&conn).unwrap()
    }

    #[test]
    fn platform_paths_match_their_most_specific_segment() {
        let m = matcher();
        assert_eq!(m.best(&["Clothing, Shoes & Accessories:Men:Men's Shoes"]), "shoes");
        assert_eq!(m.best(&["Apparel & Accessories > Clothing > Shirts & Tops"]), "tops");
        assert_eq!(m.best(&["Cell Phones & Accessories:Cell Phones & Smartphones"]), "smartphones");
        assert_eq!(m.best(&["Computers/Tablets & Networking:Laptops & Netbooks"]), "laptops");
        assert_eq!(m.best(&["Video Games & Consoles:Video Game Consoles"]), "game-consoles");
        assert_eq!(m.best(&["Clothing, Shoes & Accessories"]), "clothing");
    }

    #[test]
    fn ties_go_to_the_top_level_then_to_tree_order() {
        let m = matcher();
        assert_eq!(m.best(&["Bikes"]), "bikes-sports");
        assert_eq!(m.best(&["Electric Bicycles"]), "e-bikes");
        assert_eq!(m.best(&["Books"]), "books");
        assert_eq!(m.best(&["Sneakers"]), "shoes");
    }

    #[test]
    fn chinese_names_match_too() {
        let m = matcher();
        assert_eq!(m.best(&["沙发"]), "sofas");
        assert_eq!(m.best(&["二手公路自行车"]), "road-bikes");
        assert_eq!(m.best(&["自行车"]), "bikes-sports");
    }

    #[test]
    fn later_texts_are_tried_when_earlier_ones_say_nothing_and_other_is_the_fallback() {
        let m = matcher();
        assert_eq!(m.best(&["", "vintage;leather jacket", "Brown jacket"]), "coats-jackets");
        assert_eq!(m.best(&["Jewelry & Watches", "Silver necklace"]), "other");
        assert_eq!(m.best(&[]), "other");
    }

    #[test]
    fn stems() {
        for (w, s) in [("accessories", "accessory"), ("dresses", "dress"), ("shoes", "shoe"), ("watches", "watch")] {
            assert_eq!(stem(w), s);
        }
        for w in ["glass", "bus", "tv", "jeans"] {
            assert_eq!(stem(w), if w == "jeans" { "jean" } else { w });
        }
    }
}
