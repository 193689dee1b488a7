//! Platforms' condition wording as one of flea's six conditions, and the
//! guess for listings whose platform doesn't grade them.

/// A platform's condition wording (eBay's names and numeric ids, Shopify's
/// Google Shopping `new`/`used`/`refurbished`) as one of flea's; None when
/// it is not recognised.
///
/// | platform | flea |
/// |---|---|
/// | New, Brand new, New with tags/box (1000) | `new` |
/// | New other, New without tags/box, Open box, Like new, Excellent, Certified or Excellent - Refurbished (1500, 2000, 2010, 2750, 2990) | `like_new` |
/// | Used, Pre-owned, Very good, Good, other Refurbished, New with defects (1750, 2020, 2030, 2500, 3000, 4000, 5000) | `good` |
/// | Acceptable, Fair (3010, 6000) | `fair` |
/// | Poor | `poor` |
/// | For parts or not working (7000) | `for_parts` |
pub fn grade(text: &str) -> Option<&'static str> {
    let t = padded_words(text);
    let has = |w: &str| t.contains(&format!(" {w} "));
    let by_id = match t.trim() {
        "1000" => Some("new"),
        "1500" | "2000" | "2010" | "2750" | "2990" => Some("like_new"),
        "1750" | "2020" | "2030" | "2500" | "3000" | "4000" | "5000" => Some("good"),
        "3010" | "6000" => Some("fair"),
        "7000" => Some("for_parts"),
        _ => None,
    };
    if by_id.is_some() {
        return by_id;
    }
    let grade = if has("parts") || has("not working") {
        "for_parts"
    } else if has("poor") {
        "poor"
    } else if has("acceptable") || has("fair") {
        "fair"
    } else if t.starts_with(" new ") || has("brand new") {
        if has("defects") || has("defect") {
            "good"
        } else if has("other") || has("without") || has("open box") {
            "like_new"
        } else {
            "new"
        }
    } else if has("like new")
        || has("like_new")
        || has("open box")
        || has("excellent")
        || has("certified")
        || has("mint")
    {
        "like_new"
    } else if has("used")
        || has("pre owned")
        || has("preowned")
        || has("good")
        || has("refurbished")
        || has("remanufactured")
    {
        "good"
    } else {
        return None;
    };
    Some(grade)
}

/// Words by which sellers mark second-hand goods in titles and tags.
pub fn sounds_used(text: &str) -> bool {
    let t = padded_words(text);
    let words =
        ["vintage", "antique", "used", "preowned", "pre owned", "preloved", "pre loved", "secondhand", "second hand"];
    words.iter().any(|w| t.contains(&format!(" {w} "))) || text.contains("二手")
}

/// " like new " for "Like-New": lower-case words between single spaces, so
/// that a phrase is found as whole words.
fn padded_words(text: &str) -> String {
    let t: String = text.to_lowercase().chars().map(|c| if c.is_alphanumeric() { c } else { ' ' }).collect();
    format!(" {} ", t.split_whitespace().collect::<Vec<_>>().join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ebay_conditions() {
        let cases = [
            ("New", "new"),
            ("New with tags", "new"),
            ("New other (see details)", "like_new"),
            ("New without box", "like_new"),
            ("New with defects", "good"),
            ("Open box", "like_new"),
            ("Like New", "like_new"),
            ("Certified - Refurbished", "like_new"),
            ("Seller refurbished", "good"),
            ("Used", "good"),
            ("Pre-owned", "good"),
            ("Very Good", "good"),
            ("Acceptable", "fair"),
            ("For parts or not working", "for_parts"),
            ("3000", "good"),
            ("7000", "for_parts"),
            ("used", "good"),
            ("refurbished", "good"),
        ];
        for (text, want) in cases {
            assert_eq!(grade(text), Some(want), "{text}");
        }
        assert_eq!(grade("Gently loved"), None);
    }

    #[test]
    fn used_words() {
        assert!(sounds_used("Vintage 1970s leather jacket"));
        assert!(sounds_used("Pre-owned camera"));
        assert!(sounds_used("二手沙发"));
        assert!(!sounds_used("Handmade ceramic mug"));
        assert!(!sounds_used("Unused-looking vase"), "whole words only");
    }
}
