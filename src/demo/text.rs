//! Turns a listing's facts into the title, description and tags its seller
//! would write, in the seller's language; and the other things people type:
//! search queries, tracking notes, reasons and review comments.

use super::catalogue::LeafInfo;
use super::people::Lang;
use super::rng::Rng;
use super::words::{CONDITION_LINES, CONDITION_TITLES, PICKUP, Pair, SHARED_REASONS, TERMS};
use crate::money::Currency;

pub struct Facts<'a> {
    pub leaf: &'a LeafInfo,
    pub item: usize,
    /// Index of `Condition::ALL`.
    pub cond: usize,
    pub lang: Lang,
    pub age_days: i64,
    pub original: Option<i64>,
    pub quantity: i64,
    pub free: bool,
    pub district: &'a str,
    pub currency: &'a Currency,
}

pub struct Text {
    pub title: String,
    pub description: String,
    pub tags: Vec<String>,
}

fn say(lang: Lang, pair: &Pair) -> &'static str {
    match lang {
        Lang::En => pair.0,
        Lang::Zh => pair.1,
    }
}

pub fn listing(rng: &mut Rng, f: &Facts) -> Text {
    let leaf = f.leaf.leaf;
    let item = &leaf.items[f.item.min(leaf.items.len() - 1)];
    let specs: Vec<&'static str> =
        leaf.specs.iter().filter(|group| !group.is_empty()).map(|group| say(f.lang, rng.pick(group))).collect();
    let cond = say(f.lang, rng.pick(CONDITION_TITLES[f.cond]));
    let title = match f.lang {
        Lang::En => title_en(rng, item.en, &specs, cond, f),
        Lang::Zh => title_zh(rng, item.zh, &specs, cond, f),
    };
    let description = match f.lang {
        Lang::En => description_en(rng, item.en, &specs, f),
        Lang::Zh => description_zh(rng, item.zh, &specs, f),
    };
    let mut tags: Vec<String> = Vec::new();
    for _ in 0..2 {
        tags.push(say(f.lang, rng.pick(leaf.tags)).to_string());
    }
    if let Some(brand) = item.en.split_whitespace().next()
        && brand.chars().any(|c| c.is_ascii_uppercase())
    {
        tags.push(brand.trim_end_matches(',').to_lowercase());
    }
    match (f.free, f.cond, f.lang) {
        (true, _, Lang::En) => tags.push("free".into()),
        (true, _, Lang::Zh) => tags.push("免费".into()),
        (false, 0, Lang::En) => tags.push("new".into()),
        (false, 0, Lang::Zh) => tags.push("全新".into()),
        _ => {}
    }
    Text { title, description, tags: crate::listing::check_tags(&tags).unwrap_or_default() }
}

fn title_en(rng: &mut Rng, item: &str, specs: &[&str], cond: &str, f: &Facts) -> String {
    let spec = specs.first().copied().unwrap_or("");
    let title = if f.free {
        match rng.below(2) {
            0 => format!("FREE: {item}"),
            _ => format!("Free to collect - {item} {spec}"),
        }
    } else {
        match rng.below(4) {
            0 => format!("{item} {}", specs.join(" ")),
            1 => format!("{}: {item}, {spec}", capital(cond)),
            2 => format!("{item} ({spec}) - {cond}"),
            _ => format!("{item} {spec}"),
        }
    };
    let title = if f.quantity > 1 { format!("{title} (x{} available)", f.quantity) } else { title };
    capital(title.trim())
}

fn title_zh(rng: &mut Rng, item: &str, specs: &[&str], cond: &str, f: &Facts) -> String {
    let spec = specs.join(" ");
    let title = if f.free {
        format!("免费送 {item} 自取")
    } else {
        match rng.below(4) {
            0 => format!("{cond} {item} {spec}"),
            1 => format!("出 {item} {spec} {}", rng.pick(&["自提", "可小刀", "搬家急出", "低价转让", "包邮"])),
            2 => format!("转让{item}，{cond}"),
            _ => format!("{item} {spec} {cond}"),
        }
    };
    let title = if f.quantity > 1 { format!("{title}（共{}件）", f.quantity) } else { title };
    title.trim().to_string()
}

fn description_en(rng: &mut Rng, item: &str, specs: &[&str], f: &Facts) -> String {
    let specs = specs.join(", ");
    let mut s: Vec<String> = Vec::new();
    s.push(match rng.below(3) {
        0 => format!("Selling my {item} ({specs})."),
        1 => format!("Up for sale: {item}, {specs}."),
        _ => format!("{}, {specs}.", capital(item)),
    });
    if let Some(original) = f.original {
        let money = whole(f.currency, original);
        s.push(if f.cond == 0 {
            format!("Paid {money}.")
        } else {
            format!("Bought {} for {money}.", age_en(f.age_days))
        });
    }
    s.push(rng.pick(CONDITION_LINES[f.cond]).0.to_string());
    if f.cond >= 2 {
        let defect = rng.pick(f.leaf.fam().defects).0;
        s.push(format!("{} {defect}.", rng.pick(&["Note:", "Only flaw:", "Heads up:"])));
    }
    let reason = reason(rng, f).0;
    s.push(format!("Selling because {reason}."));
    if f.quantity > 1 {
        s.push(format!("I have {} of these.", f.quantity));
    }
    if f.free {
        s.push("Free to a good home, just come and collect.".into());
    }
    s.push(rng.pick(PICKUP).0.replace("{place}", f.district));
    if !f.free && rng.chance(0.6) {
        s.push(rng.pick(TERMS).0.to_string());
    }
    s.join(" ")
}

fn description_zh(rng: &mut Rng, item: &str, specs: &[&str], f: &Facts) -> String {
    let specs = specs.join("，");
    let mut s = String::new();
    s.push_str(&match rng.below(3) {
        0 => format!("出闲置{item}，{specs}。"),
        1 => format!("自用{item}转让，{specs}。"),
        _ => format!("{item}，{specs}。"),
    });
    if let Some(original) = f.original {
        let money = whole(f.currency, original);
        if f.cond == 0 {
            s.push_str(&format!("原价{money}。"));
        } else {
            s.push_str(&format!("{}买的，原价{money}。", age_zh(f.age_days)));
        }
    }
    s.push_str(rng.pick(CONDITION_LINES[f.cond]).1);
    if f.cond >= 2 {
        s.push_str(&format!("{}。", rng.pick(f.leaf.fam().defects).1));
    }
    let reason = reason(rng, f).1;
    s.push_str(&match rng.below(2) {
        0 => format!("因为{reason}所以出。"),
        _ => format!("{reason}，便宜出。"),
    });
    if f.quantity > 1 {
        s.push_str(&format!("一共有{}件。", f.quantity));
    }
    if f.free {
        s.push_str("免费送，自取，不包邮。");
    }
    s.push_str(&rng.pick(PICKUP).1.replace("{place}", f.district));
    if !f.free && rng.chance(0.6) {
        s.push_str(rng.pick(TERMS).1);
    }
    s
}

fn reason(rng: &mut Rng, f: &Facts) -> Pair {
    if rng.chance(0.5) { *rng.pick(f.leaf.fam().reasons) } else { *rng.pick(SHARED_REASONS) }
}

fn age_en(days: i64) -> String {
    match days {
        d if d < 45 => "a few weeks ago".into(),
        d if d < 120 => "a couple of months ago".into(),
        d if d < 330 => format!("{} months ago", d / 30),
        d if d < 550 => "about a year ago".into(),
        d => format!("about {} years ago", (d as f64 / 365.0).round()),
    }
}

fn age_zh(days: i64) -> String {
    match days {
        d if d < 45 => "几周前".into(),
        d if d < 120 => "两个月前".into(),
        d if d < 330 => format!("{}个月前", d / 30),
        d if d < 550 => "去年".into(),
        d => format!("{}年前", (d as f64 / 365.0).round()),
    }
}

/// Whole currency units as people write them in an ad: "€1,199", "¥5,999".
fn whole(currency: &Currency, minor: i64) -> String {
    let major = (minor as f64 / 10f64.powi(i32::from(currency.digits))).round().max(0.0) as u64;
    let grouped = grouped(major);
    match currency.symbol() {
        Some(sym) => format!("{sym}{grouped}"),
        None => format!("{grouped} {}", currency.code),
    }
}

/// Upper-cases the first letter, unless the first word has capitals of its
/// own ("iPhone", "IKEA").
/// 12345 as "12,345".
pub fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn capital(text: &str) -> String {
    let first_word = text.split_whitespace().next().unwrap_or("");
    if first_word.chars().any(char::is_uppercase) {
        return text.to_string();
    }
    let mut chars = text.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// What someone looking for this item types into the search box.
pub fn query(rng: &mut Rng, leaf: &LeafInfo, item: usize, lang: Lang, typo: bool) -> String {
    let l = leaf.leaf;
    let item = &l.items[item.min(l.items.len() - 1)];
    let brand_en = item.en.split_whitespace().next().unwrap_or(item.en);
    let q = match (lang, rng.below(5)) {
        (Lang::En, 0) => brand_en.to_lowercase(),
        (Lang::En, 1) => item.en.to_lowercase(),
        (Lang::En, 2) => l.noun.0.to_string(),
        (Lang::En, 3) => format!("{} {}", brand_en.to_lowercase(), l.noun.0),
        (Lang::En, _) => format!("{} {}", rng.pick(&["cheap", "used", "free"]), l.noun.0),
        (Lang::Zh, 0) => item.zh.to_string(),
        (Lang::Zh, 1) => {
            let brand = item.zh.split_whitespace().next().unwrap_or(item.zh);
            format!("{brand} {}", l.noun.1)
        }
        (Lang::Zh, 2) => l.noun.1.to_string(),
        (Lang::Zh, 3) => format!("二手{}", l.noun.1),
        (Lang::Zh, _) => format!("{} {}", l.noun.1, rng.pick(&["自提", "便宜", "免费送"])),
    };
    if typo { misspell(rng, &q) } else { q }
}

/// Swaps two neighbouring letters of the longest ASCII word, the commonest typo.
fn misspell(rng: &mut Rng, q: &str) -> String {
    let word = brand_word(q);
    if word.len() < 4 {
        return format!("{q}{q}").chars().take(40).collect();
    }
    let mut bytes = word.as_bytes().to_vec();
    let i = 1 + rng.below(bytes.len() - 2);
    bytes.swap(i, i + 1);
    let wrong = String::from_utf8(bytes).unwrap_or_else(|_| word.to_string());
    q.replacen(word, &wrong, 1)
}

fn brand_word(q: &str) -> &str {
    q.split_whitespace().filter(|w| w.is_ascii()).max_by_key(|w| w.len()).unwrap_or("")
}

pub fn tracking(rng: &mut Rng, lang: Lang) -> Option<String> {
    let n = rng.next_u64() % 1_000_000_000;
    Some(match (lang, rng.below(4)) {
        (_, 0) => return None,
        (Lang::En, 1) => format!("Royal Mail JX{n:09}GB"),
        (Lang::En, 2) => format!("DPD 1550{n:09}"),
        (Lang::En, _) => "handed over in person".into(),
        (Lang::Zh, 1) => format!("顺丰 SF13{n:09}"),
        (Lang::Zh, 2) => format!("中通快递 7501{n:09}"),
        (Lang::Zh, _) => "当面交易".into(),
    })
}

pub fn cancel_reason(rng: &mut Rng, lang: Lang, by_buyer: bool) -> Option<String> {
    let pool: &[Pair] = if by_buyer {
        &[
            ("changed my mind", "不想要了"),
            ("found one closer to home", "找到离家更近的了"),
            ("ordered by mistake", "拍错了"),
        ]
    } else {
        &[
            ("sorry, it was sold in person", "不好意思，已经线下卖掉了"),
            ("the buyer did not reply", "买家一直没回复"),
            ("found a fault before posting", "发货前发现有问题"),
        ]
    };
    rng.chance(0.8).then(|| say(lang, rng.pick(pool)).to_string())
}

pub fn dispute_reason(rng: &mut Rng, lang: Lang) -> String {
    let pool: &[Pair] = &[
        ("item not as described", "与描述不符"),
        ("it never arrived", "一直没收到货"),
        ("arrived broken", "收到时已经坏了"),
        ("parts are missing", "缺少配件"),
    ];
    say(lang, rng.pick(pool)).to_string()
}

pub fn review_comment(rng: &mut Rng, lang: Lang, rating: i64, of_seller: bool) -> Option<String> {
    if rng.chance(0.3) {
        return None;
    }
    let pool: &[Pair] = match (of_seller, rating) {
        (true, 5) => &[
            ("Great seller, exactly as described.", "东西很好，和描述一致，好评！"),
            ("Quick and friendly, thanks!", "卖家人很好，发货快。"),
            ("Smooth pickup, would buy again.", "交易顺利，下次还来。"),
        ],
        (true, 4) => &[
            ("Good item, a bit slow to ship.", "东西不错，就是发货有点慢。"),
            ("All fine, minor wear not mentioned.", "还可以，有点小瑕疵没说。"),
        ],
        (true, 3) => {
            &[("OK, but not quite as described.", "一般，和描述有点出入。"), ("Took ages to reply.", "回复太慢了。")]
        }
        (true, _) => &[
            ("Item had far more wear than shown.", "实物比图片差很多。"),
            ("Would not buy from this seller again.", "不会再买这个卖家的东西了。"),
        ],
        (false, r) if r >= 4 => {
            &[("Quick payment, great buyer.", "付款爽快，好买家。"), ("Easy to deal with, thanks.", "沟通顺畅，谢谢。")]
        }
        (false, _) => &[("Late for the pickup.", "自提迟到了很久。"), ("Haggled a lot.", "砍价砍得太狠了。")],
    };
    Some(say(lang, rng.pick(pool)).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typos_swap_letters_of_a_latin_word() {
        let mut rng = Rng::new(3);
        let q = misspell(&mut rng, "trek road bike");
        assert_ne!(q, "trek road bike");
        assert_eq!(q.len(), "trek road bike".len());
    }

    #[test]
    fn whole_amounts_are_grouped() {
        let eur = Currency::new("EUR", None).unwrap();
        assert_eq!(whole(&eur, 119_900), "€1,199");
        let chf = Currency::new("CHF", None).unwrap();
        assert_eq!(whole(&chf, 4_999), "50 CHF");
    }
}
