//! One platform listing (a row, or a product's rows) as the cells of a flea
//! listing, in flea's own vocabulary, so the normal import checks them:
//! a price becomes "1234.50 USD" for the money parser (which refuses another
//! currency than the market's), a condition one of flea's six, a category
//! a slug. What can't be mapped is passed on as written, for the check to
//! refuse with the line and column.

use super::Platform;
use super::category::Matcher;
use super::condition::{grade, sounds_used};
use super::html;

/// Where a platform keeps what a listing needs: header names, lower case
/// with any leading '*' (eBay's mark of a required column) dropped, in
/// order of preference.
pub struct Spec {
    pub platform: Platform,
    /// Rows with the same value here make one listing (a product with its
    /// variant and image rows); none: each row is a listing.
    key: &'static [&'static str],
    title: &'static [&'static str],
    description: &'static [&'static str],
    /// The description is HTML (else plain text, entities decoded).
    html: bool,
    price: &'static [&'static str],
    original_price: &'static [&'static str],
    currency: &'static [&'static str],
    quantity: &'static [&'static str],
    tags: &'static [&'static str],
    condition: &'static [&'static str],
    /// Category text, most trusted first.
    category: &'static [&'static str],
    materials: &'static [&'static str],
    /// (name, values) pairs of variation options, listed in the description.
    options: &'static [(&'static str, &'static str)],
    /// eBay's "Color:Red|Size:M" on each variation's row.
    variation: &'static [&'static str],
    published: &'static [&'static str],
    status: &'static [&'static str],
    /// How the columns without which a file can't be this platform's are spelled.
    pub required: [&'static str; 2],
}

/// Etsy's "Download Data" listings CSV (Shop Manager > Settings > Options).
///
/// Used: `TITLE`, `DESCRIPTION` (plain text; entities such as `&#39;` are
/// decoded), `PRICE` with `CURRENCY_CODE`, `QUANTITY`, `TAGS` (comma-
/// separated), `MATERIALS` and `VARIATION 1|2 NAME` / `VARIATION 1|2 VALUES`
/// (as lines of the description). Ignored: `IMAGE1`..`IMAGE10` (flea keeps
/// photos as local files), `VARIATION n TYPE`, `SKU`. Etsy has no condition
/// or category column: see [`translate`].
pub static ETSY: Spec = Spec {
    platform: Platform::Etsy,
    key: &[],
    title: &["title"],
    description: &["description"],
    html: false,
    price: &["price"],
    original_price: &[],
    currency: &["currency_code"],
    quantity: &["quantity"],
    tags: &["tags"],
    condition: &[],
    category: &[],
    materials: &["materials"],
    options: &[("variation 1 name", "variation 1 values"), ("variation 2 name", "variation 2 values")],
    variation: &[],
    published: &[],
    status: &[],
    required: ["TITLE", "PRICE"],
};

/// Shopify's products CSV (Products > Export). A product is several rows
/// sharing a `Handle`: the first carries the product, each variant a row
/// with its options, price and stock, extra images rows of their own.
///
/// Used: `Handle`, `Title`, `Body (HTML)`, `Product Category` (or `Google
/// Shopping / Google Product Category`) and `Type` for the category, `Tags`,
/// `Published` and `Status`, `Option1..3 Name/Value` (listed in the
/// description), `Variant Price` and `Variant Compare At Price` (as the
/// original price) of the first variant, `Variant Inventory Qty` summed over
/// the variants, `Google Shopping / Condition`. Ignored: `Vendor`, SKUs,
/// barcodes, weights, shipping and tax columns, images, SEO, gift cards,
/// markets' prices, cost per item. There is no currency column: prices are
/// taken to be in the market's currency.
pub static SHOPIFY: Spec = Spec {
    platform: Platform::Shopify,
    key: &["handle"],
    title: &["title"],
    description: &["body (html)", "body html", "body"],
    html: true,
    price: &["variant price", "price"],
    original_price: &["variant compare at price", "compare at price"],
    currency: &[],
    quantity: &["variant inventory qty", "inventory quantity", "variant inventory quantity"],
    tags: &["tags"],
    condition: &["google shopping / condition", "condition"],
    category: &["product category", "google shopping / google product category", "type"],
    materials: &[],
    options: &[("option1 name", "option1 value"), ("option2 name", "option2 value"), ("option3 name", "option3 value")],
    variation: &[],
    published: &["published"],
    status: &["status"],
    required: ["Title", "Variant Price"],
};

/// eBay: Seller Hub's active listings report (Reports > Downloads), and
/// File Exchange / draft listing files. Rows sharing an `Item number` are
/// one listing's variations.
///
/// Used: `Item number`, `Title`, `Description` (HTML, File Exchange),
/// `Current price` (else `Start price`, `StartPrice`, `Price`), `Currency` (else
/// the `Currency=` of File Exchange's `Action(...)` header, else the price's
/// own sign: "$1,234.50", "GBP 12.50", "£3"), `Available quantity` (or
/// `Quantity`), `Condition` (or the numeric `Condition ID`), `eBay category 1
/// name` (or `Category name`), `Variation details`. Ignored: `Custom label
/// (SKU)`, `Format`, auction and reserve prices, `Sold quantity`,
/// `Watchers`, `Bids`, `Start date` and `End date` (on flea the listing is
/// new), second categories, product ids (`P:UPC`, `P:EAN`, ...), item
/// specifics (`C:...`, `CD:...`), photo URLs, shipping and return columns.
pub static EBAY: Spec = Spec {
    platform: Platform::Ebay,
    key: &["item number", "item id", "itemid"],
    title: &["title"],
    description: &["description"],
    html: true,
    price: &["current price", "start price", "startprice", "price", "buy it now price"],
    original_price: &[],
    currency: &["currency"],
    quantity: &["available quantity", "quantity"],
    tags: &[],
    condition: &["condition", "condition id", "conditionid"],
    category: &["ebay category 1 name", "category name", "category 1 name", "primary category name", "category"],
    materials: &[],
    options: &[],
    variation: &["variation details"],
    published: &[],
    status: &[],
    required: ["Title", "Current price"],
};

/// The positions of a spec's columns in one file's header.
#[derive(Default)]
pub struct Cols {
    pub key: Option<usize>,
    pub title: Option<usize>,
    pub description: Option<usize>,
    pub price: Vec<usize>,
    pub original_price: Option<usize>,
    pub currency: Option<usize>,
    pub quantity: Option<usize>,
    pub tags: Option<usize>,
    pub condition: Option<usize>,
    pub category: Vec<usize>,
    materials: Option<usize>,
    options: Vec<(usize, usize)>,
    variation: Option<usize>,
    published: Option<usize>,
    pub status: Option<usize>,
}

impl Cols {
    /// Finds the spec's columns among the (normalised) header names; the
    /// error names a required column that is missing.
    pub fn find(spec: &Spec, names: &[String]) -> Result<Cols, &'static str> {
        let one = |aliases: &[&str]| aliases.iter().find_map(|a| names.iter().position(|n| n == a));
        let all = |aliases: &[&str]| aliases.iter().filter_map(|a| names.iter().position(|n| n == a)).collect();
        let cols = Cols {
            key: one(spec.key),
            title: one(spec.title),
            description: one(spec.description),
            price: all(spec.price),
            original_price: one(spec.original_price),
            currency: one(spec.currency),
            quantity: one(spec.quantity),
            tags: one(spec.tags),
            condition: one(spec.condition),
            category: all(spec.category),
            materials: one(spec.materials),
            options: spec.options.iter().filter_map(|(n, v)| Some((one(&[n])?, one(&[v])?))).collect(),
            variation: one(spec.variation),
            published: one(spec.published),
            status: one(spec.status),
        };
        if cols.title.is_none() {
            return Err(spec.required[0]);
        }
        if cols.price.is_empty() {
            return Err(spec.required[1]);
        }
        Ok(cols)
    }
}

/// What the file doesn't say, from the import's options and the market.
pub struct Context<'a> {
    pub matcher: &'a Matcher,
    /// `--condition`: the condition of listings the platform doesn't grade.
    pub condition: Option<&'a str>,
    /// The currency an eBay File Exchange header declares.
    pub currency: Option<&'a str>,
}

/// A listing's cells in flea's vocabulary (None: empty, the default applies).
pub struct Draft {
    pub title: Option<String>,
    pub description: String,
    pub category: String,
    pub condition: String,
    pub price: Option<String>,
    pub original_price: Option<String>,
    pub quantity: Option<String>,
    /// Tags separated by ';'.
    pub tags: String,
    pub status: &'static str,
}

/// A listing from its rows (one, or a product's several).
///
/// - Title, description, tags and category come from the first row that
///   has them; the price (and original price) from the first row with a
///   price, which for Shopify is the first variant.
/// - The quantity is the sum over the variants (negative stock counts as
///   none; no stock column at all: 1). Zero in stock makes the listing
///   `sold`; a Shopify `draft` or `archived` or unpublished product is
///   `withdrawn`; everything else is `active`.
/// - Tags that flea can't keep (over 32 characters, or past the 20th) are
///   left out rather than refusing the listing.
/// - Condition: the platform's grading mapped by [`grade`]; where there is
///   none (Etsy, most Shopify shops) `--condition` if given, else `good` when
///   the title or tags say vintage, antique, used, pre-owned, preloved,
///   second-hand or 二手, else `new` (handmade and shop stock is new).
/// - Category: see [`Matcher`]; the platform's category text, then the
///   tags, then the title; `other` when nothing matches.
pub fn translate(spec: &Spec, cols: &Cols, rows: &[Vec<String>], ctx: &Context) -> Draft {
    let first = |pos: Option<usize>| rows.iter().find_map(|r| cell(r, pos));
    let title = first(cols.title).map(html::decode_entities);
    let body = first(cols.description).map_or_else(String::new, |d| {
        if spec.html { html::to_text(d) } else { html::decode_entities(d).trim().to_string() }
    });
    let tags = tags(first(cols.tags).unwrap_or(""));
    let currency = first(cols.currency).or(ctx.currency);
    let priced = rows.iter().find_map(|r| cols.price.iter().find_map(|&p| cell(r, Some(p))).map(|price| (r, price)));
    let price = priced.map(|(_, p)| price_cell(p, currency));
    let original_price = priced
        .and_then(|(r, _)| cell(r, cols.original_price))
        .filter(|p| p.bytes().any(|b| b.is_ascii_digit() && b != b'0'))
        .map(|p| price_cell(p, currency));
    let quantity = quantity(cols, rows);
    let words = format!("{} {}", title.as_deref().unwrap_or(""), tags.join(" "));
    let condition = match first(cols.condition) {
        Some(text) => grade(text).map_or_else(|| text.to_string(), str::to_string),
        None => ctx.condition.unwrap_or(if sounds_used(&words) { "good" } else { "new" }).to_string(),
    };
    let tag_text = tags.join(" ");
    let mut texts: Vec<&str> = cols.category.iter().filter_map(|&p| first(Some(p))).collect();
    texts.extend([tag_text.as_str(), title.as_deref().unwrap_or("")]);
    let category = ctx.matcher.best(&texts);
    let hidden = first(cols.status).is_some_and(|s| !s.eq_ignore_ascii_case("active"))
        || first(cols.published).is_some_and(|p| matches!(p.to_ascii_lowercase().as_str(), "false" | "no" | "0"));
    let status = match quantity.as_deref() {
        _ if hidden => "withdrawn",
        Some("0") => "sold",
        _ => "active",
    };
    let description = describe(body, first(cols.materials), &options(cols, rows));
    Draft { title, description, category, condition, price, original_price, quantity, tags: tags.join(";"), status }
}

/// A non-empty cell, trimmed.
fn cell(row: &[String], pos: Option<usize>) -> Option<&str> {
    pos.and_then(|p| row.get(p)).map(|c| c.trim()).filter(|c| !c.is_empty())
}

fn tags(text: &str) -> Vec<String> {
    let mut kept: Vec<String> = Vec::new();
    for tag in text.split(',').map(|t| html::decode_entities(t.trim()).to_lowercase()) {
        let fits =
            !tag.is_empty() && tag.chars().count() <= 32 && !tag.contains(';') && !tag.chars().any(char::is_control);
        if fits && !kept.contains(&tag) && kept.len() < 20 {
            kept.push(tag);
        }
    }
    kept
}

/// A platform price as flea's money parser reads it: "US $1,234.50" with
/// currency "USD" is "1,234.50 USD"; without a currency column the price
/// keeps its own sign ("£3", "GBP 3") for the parser to judge; "12,50" (a
/// decimal comma, as eBay's European sites write) is "12.50".
pub fn price_cell(text: &str, currency: Option<&str>) -> String {
    let (Some(start), Some(end)) = (text.find(|c: char| c.is_ascii_digit()), text.rfind(|c: char| c.is_ascii_digit()))
    else {
        return text.to_string();
    };
    let marker: String = text[..start].chars().chain(text[end + 1..].chars()).filter(|c| !c.is_whitespace()).collect();
    if marker.contains('-') {
        return text.to_string();
    }
    let number = decimal_point(&text[start..=end]);
    match (currency, marker.as_str()) {
        (Some(code), _) => format!("{number} {}", code.trim().to_ascii_uppercase()),
        (None, "") => number,
        (None, "AU$") => format!("{number} AUD"),
        (None, marker) => format!("{marker}{number}"),
    }
}

/// "1.234,50" and "12,5" -> "1234.50", "12.5"; anything else as it is.
fn decimal_point(number: &str) -> String {
    let Some((whole, frac)) = number.rsplit_once(',') else { return number.to_string() };
    let grouped_by_dots = whole.split('.').enumerate().all(|(i, g)| {
        g.bytes().all(|b| b.is_ascii_digit()) && if i == 0 { (1..=3).contains(&g.len()) } else { g.len() == 3 }
    });
    let plain = !whole.is_empty() && whole.bytes().all(|b| b.is_ascii_digit());
    if (1..=2).contains(&frac.len()) && frac.bytes().all(|b| b.is_ascii_digit()) && (plain || grouped_by_dots) {
        format!("{}.{frac}", whole.replace('.', ""))
    } else {
        number.to_string()
    }
}

/// The sum of the variants' stock; a cell that isn't a whole number is
/// passed on as written for the check to refuse.
fn quantity(cols: &Cols, rows: &[Vec<String>]) -> Option<String> {
    let variations = rows.iter().any(|r| cell(r, cols.variation).is_some());
    let counted = rows.iter().filter(|r| !variations || cell(r, cols.variation).is_some());
    let mut total: Option<i64> = None;
    for text in counted.filter_map(|r| cell(r, cols.quantity)) {
        let Ok(n) = text.parse::<i64>() else { return Some(text.to_string()) };
        total = Some(total.unwrap_or(0).saturating_add(n.max(0)));
    }
    total.map(|n| n.to_string())
}

/// Each option's name and values, in first-seen order: Etsy's "S,M,L" in
/// one cell, Shopify's one value per variant row (its single-variant
/// "Title: Default Title" left out), eBay's "Color:Red|Size:M".
fn options(cols: &Cols, rows: &[Vec<String>]) -> Vec<(String, Vec<String>)> {
    let mut found: Vec<(String, Vec<String>)> = Vec::new();
    let mut add = |name: &str, value: &str| {
        let (name, value) = (name.trim(), value.trim());
        if name.is_empty() || value.is_empty() || value.eq_ignore_ascii_case("default title") {
            return;
        }
        let at = match found.iter().position(|(n, _)| n.eq_ignore_ascii_case(name)) {
            Some(i) => i,
            None => {
                found.push((name.to_string(), Vec::new()));
                found.len() - 1
            }
        };
        if !found[at].1.iter().any(|v| v == value) {
            found[at].1.push(value.to_string());
        }
    };
    for &(name_col, value_col) in &cols.options {
        let Some(name) = rows.iter().find_map(|r| cell(r, Some(name_col))) else { continue };
        for value in rows.iter().filter_map(|r| cell(r, Some(value_col))) {
            value.split(',').for_each(|v| add(name, v));
        }
    }
    for details in rows.iter().filter_map(|r| cell(r, cols.variation)) {
        for pair in details.split('|') {
            if let Some((name, value)) = pair.split_once(':') {
                add(name, value);
            }
        }
    }
    found
}

/// The body, then a line each for materials and options.
fn describe(body: String, materials: Option<&str>, options: &[(String, Vec<String>)]) -> String {
    let mut lines: Vec<String> = Vec::new();
    if let Some(m) = materials {
        let list: Vec<&str> = m.split(',').map(str::trim).filter(|m| !m.is_empty()).collect();
        lines.push(format!("Materials: {}", list.join(", ")));
    }
    lines.extend(options.iter().map(|(name, values)| format!("{name}: {}", values.join(", "))));
    match (body.is_empty(), lines.is_empty()) {
        (_, true) => body,
        (true, false) => lines.join("\n"),
        (false, false) => format!("{body}\n\n{}", lines.join("\n")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prices_keep_their_currency_for_the_money_parser() {
        assert_eq!(price_cell("$1,234.50", Some("usd")), "1,234.50 USD");
        assert_eq!(price_cell("US $1,234.50", None), "US$1,234.50");
        assert_eq!(price_cell("GBP 12.50", None), "GBP12.50");
        assert_eq!(price_cell("AU $7.00", None), "7.00 AUD");
        assert_eq!(price_cell("12.00", None), "12.00");
        assert_eq!(price_cell("EUR 1.234,50", None), "EUR1234.50");
        assert_eq!(price_cell("12,5", Some("EUR")), "12.5 EUR");
        assert_eq!(price_cell("1,234", None), "1,234", "a thousands comma stays");
        assert_eq!(price_cell("-3.00", None), "-3.00", "refused later");
        assert_eq!(price_cell("free", None), "free");
    }

    #[test]
    fn tags_that_flea_cannot_keep_are_left_out() {
        let long = "x".repeat(33);
        assert_eq!(tags(&format!("Vintage, oak ,{long},,vintage")), ["vintage", "oak"]);
        assert_eq!(tags(&(0..25).map(|i| format!("t{i}")).collect::<Vec<_>>().join(",")).len(), 20);
    }
}
