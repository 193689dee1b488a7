//! `flea import listings FILE --from etsy|shopify|ebay`: other platforms'
//! listing exports (tests/fixtures/platforms/) become listings with the
//! right fields, and the normal import's guarantees hold for them.

use crate::{Market, Member};
use serde_json::{Value, json};
use std::path::{Path, PathBuf};

const NOW: &str = "2030-03-01T10:00:00Z";

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/platforms").join(name)
}

fn fixture_text(name: &str) -> String {
    std::fs::read_to_string(fixture(name)).expect("a fixture")
}

fn path(p: &Path) -> &str {
    p.to_str().expect("a UTF-8 path")
}

/// A market trading in `currency` whose first member (its admin) is `ann`.
fn market(currency: &str) -> Market {
    let m = Market::temp();
    m.run(["init", "--currency", currency]).code(0);
    m
}

/// `member`'s listings, oldest first.
fn listings(member: &Member) -> Vec<Value> {
    let out = member.run(["list", "mine", "--format", "json"]).code(0).json();
    let mut all = out.as_array().expect("an array").clone();
    all.sort_by_key(|l| l["id"].as_i64());
    all
}

/// The fields a platform import fills, for comparing in one go.
fn summary(l: &Value) -> Value {
    json!({
        "title": l["title"],
        "category": l["category"],
        "condition": l["condition"],
        "price_cents": l["price_cents"],
        "original_price_cents": l["original_price_cents"],
        "quantity": l["quantity"],
        "tags": l["tags"],
        "status": l["status"],
        "seller": l["seller"],
    })
}

#[test]
fn etsy_listings_import_with_prices_tags_materials_and_variations() {
    let m = market("USD");
    let ann = m.member_at("ann", NOW, &[]);
    ann.run(["import", "listings", path(&fixture("etsy.csv")), "--from", "etsy"])
        .code(0)
        .stdout_has("Imported 3 listing(s) from Etsy into listings.");
    let all = listings(&ann);
    let got: Vec<Value> = all.iter().map(summary).collect();
    assert_eq!(
        got,
        [
            json!({"title": "Vintage 1970s Brown Leather Jacket, Size M", "category": "coats-jackets",
                   "condition": "good", "price_cents": 8500, "original_price_cents": null, "quantity": 1,
                   "tags": ["70s", "brown", "leather jacket", "vintage"], "status": "active", "seller": "ann"}),
            json!({"title": "Handmade Ceramic Plant Pot & Saucer", "category": "plants-pots",
                   "condition": "new", "price_cents": 2450, "original_price_cents": null, "quantity": 6,
                   "tags": ["ceramic", "handmade", "plant pot", "planter"], "status": "active", "seller": "ann"}),
            json!({"title": "Set of 3 Wooden Toy Cars", "category": "toys",
                   "condition": "new", "price_cents": 1800, "original_price_cents": null, "quantity": 3,
                   "tags": ["montessori", "toy cars", "wooden toy"], "status": "active", "seller": "ann"}),
        ]
    );
    assert_eq!(
        all[0]["description"],
        "Genuine leather jacket from the 70's, bought in Camden.\nSoft, supple and \"broken in\" – no tears.\n\n\
         Measurements (flat): chest 52 cm, length 68 cm.\n\nMaterials: leather, cotton lining",
        "quoted newlines kept, entities decoded, materials listed"
    );
    assert_eq!(
        all[1]["description"],
        "Wheel-thrown stoneware pot, glazed inside and out.\nDrainage hole; saucer included.\n\n\
         Materials: stoneware, glaze\nGlaze colour: Sage, Cream, Charcoal\nSize: 12 cm, 15 cm"
    );
    assert_eq!(all[0]["created_at"], NOW);
}

#[test]
fn shopify_products_are_one_listing_each_with_their_variants_stock_summed() {
    let m = market("USD");
    let ann = m.member_at("ann", NOW, &[]);
    ann.run(["import", "listings", path(&fixture("shopify.csv")), "--from", "shopify"])
        .code(0)
        .stdout_has("Imported 4 listing(s) from Shopify");
    let all = listings(&ann);
    let got: Vec<Value> = all.iter().map(summary).collect();
    assert_eq!(
        got,
        [
            json!({"title": "Levi's 501 Jeans", "category": "trousers-jeans", "condition": "good",
                   "price_cents": 4500, "original_price_cents": 9800, "quantity": 3,
                   "tags": ["90s", "denim", "levis", "vintage"], "status": "active", "seller": "ann"}),
            json!({"title": "Oak Side Table", "category": "tables", "condition": "new",
                   "price_cents": 12000, "original_price_cents": null, "quantity": 1,
                   "tags": [], "status": "active", "seller": "ann"}),
            json!({"title": "Brass Desk Lamp", "category": "home-decor", "condition": "new",
                   "price_cents": 3000, "original_price_cents": null, "quantity": 2,
                   "tags": ["brass", "lighting"], "status": "withdrawn", "seller": "ann"}),
            json!({"title": "Band T-Shirt", "category": "tops", "condition": "new",
                   "price_cents": 1500, "original_price_cents": null, "quantity": 0,
                   "tags": ["band", "cotton"], "status": "sold", "seller": "ann"}),
        ],
        "first variant's price, stock summed (negative as none), a draft withdrawn, none left sold"
    );
    assert_eq!(
        all[0]["description"],
        "Classic 501 straight fit, lightly worn.\n\n- 100% cotton\n- Button fly, \"original\" fit\n\nWaist: 30, 32, 34",
        "HTML as text, the variants' options listed"
    );
    assert_eq!(all[1]["description"], "Solid oak & walnut, 45 cm high.\nSmall scratch on the top — see photos.");
    assert_eq!(all[3]["description"], "Size: S, M");
}

#[test]
fn ebay_reports_give_prices_without_signs_conditions_and_variations() {
    let m = market("USD");
    let ann = m.member_at("ann", NOW, &[]);
    ann.run(["import", "listings", path(&fixture("ebay.csv")), "--from", "ebay"])
        .code(0)
        .stdout_has("Imported 4 listing(s) from eBay");
    let all = listings(&ann);
    let got: Vec<Value> =
        all.iter().map(|l| json!([l["category"], l["condition"], l["price_cents"], l["quantity"]])).collect();
    assert_eq!(
        got,
        [
            json!(["smartphones", "good", 34999, 1]),
            json!(["road-bikes", "good", 123450, 1]),
            json!(["coats-jackets", "new", 12000, 5]),
            json!(["game-consoles", "for_parts", 5200, 1]),
        ],
        "'US $1,234.50' is 123450 cents; the variation rows' stock is summed, the parent row's not added"
    );
    assert_eq!(all[1]["title"], "Trek Domane AL 2 Road Bike 56cm Shimano Claris");
    assert_eq!(all[2]["description"], "Color: Blue\nSize: M, L");
}

#[test]
fn ebay_file_exchange_takes_its_currency_from_the_action_header() {
    let file = "*Action(SiteID=UK|Country=GB|Currency=GBP|Version=1193|CC=UTF-8),*Category,*Title,*ConditionID,\
                *StartPrice,*Quantity,*Description,PicURL,*Format,*Duration,Location\n\
                Add,20667,Kenwood Chef Stand Mixer,3000,£65.00,1,\"<p>Works perfectly.</p><p>Bowl &amp; K-beater, \
                whisk.</p>\",http://example.com/a.jpg,FixedPrice,GTC,Leeds\n";
    let gbp = market("GBP");
    let ann = gbp.member_at("ann", NOW, &[]);
    let csv = gbp.file("fx.csv", file);
    ann.run(["import", "listings", path(&csv), "--from", "ebay"]).code(0);
    let mixer = &listings(&ann)[0];
    assert_eq!(summary(mixer)["price_cents"], 6500, "{mixer}");
    assert_eq!(mixer["condition"], "good", "condition id 3000 is used");
    assert_eq!(mixer["category"], "small-kitchen-appliances", "from the title when the category is a number");
    assert_eq!(mixer["description"], "Works perfectly.\n\nBowl & K-beater, whisk.");

    let usd = market("USD");
    let bob = usd.member_at("bob", NOW, &[]);
    let csv = usd.file("fx.csv", file);
    bob.run(["import", "listings", path(&csv), "--from", "ebay"])
        .code(6)
        .stderr_has(&format!("{}:2:5: price: '65.00 GBP' is in GBP, but this market trades in USD", path(&csv)));
}

#[test]
fn another_currency_than_the_markets_is_refused_with_the_line() {
    let m = market("EUR");
    let ann = m.member_at("ann", NOW, &[]);
    let etsy = fixture("etsy.csv");
    ann.run(["import", "listings", path(&etsy), "--from", "etsy"])
        .code(6)
        .stderr_has("3 row(s)")
        .stderr_has("nothing was imported")
        .stderr_has(&format!("{}:2:3: price: '85.00 USD' is in USD, but this market trades in EUR", path(&etsy)))
        .stderr_has(&format!("{}:6:3:", path(&etsy)));
    assert_eq!(m.count("SELECT count(*) FROM listings"), 0);
}

#[test]
fn a_bad_row_names_its_platform_line_and_column_and_nothing_is_imported() {
    let m = market("USD");
    let ann = m.member_at("ann", NOW, &[]);
    // The third listing starts on line 8: the first two have quoted newlines.
    let text = fixture_text("etsy.csv").replace("18.00,USD,3,", "18.00,USD,lots,");
    let bad = m.file("etsy-bad.csv", text);
    ann.run(["import", "listings", path(&bad), "--from", "etsy"])
        .code(6)
        .stderr_has("1 row(s)")
        .stderr_has(&format!("{}:8:5: quantity: 'lots' is not a whole number", path(&bad)))
        .stderr_has("hint: ");
    assert_eq!(m.count("SELECT count(*) FROM listings"), 0);
    ann.run(["import", "listings", path(&bad), "--from", "etsy", "--dry-run"]).code(6).stderr_has(":8:5:");
}

#[test]
fn skip_invalid_writes_a_bad_products_rows_to_rejects_ready_to_fix_and_import_again() {
    let m = market("USD");
    let ann = m.member_at("ann", NOW, &[]);
    let text = fixture_text("shopify.csv").replacen(",45.00,98.00,", ",forty-five,98.00,", 1);
    let bad = m.file("shopify-bad.csv", text);
    let rejects = m.dir.path().join("rejects.csv");
    ann.run(["import", "listings", path(&bad), "--from", "shopify", "--skip-invalid", "--rejects", path(&rejects)])
        .code(0)
        .stdout_has("Imported 3 listing(s) from Shopify")
        .stdout_has("Left out 1 invalid listing(s)");
    let titles: Vec<Value> = listings(&ann).iter().map(|l| l["title"].clone()).collect();
    assert_eq!(titles, ["Oak Side Table", "Brass Desk Lamp", "Band T-Shirt"]);

    let written = std::fs::read_to_string(&rejects).expect("a rejects file");
    let mut reader = csv::Reader::from_reader(written.as_bytes());
    let header = reader.headers().expect("a header").clone();
    assert_eq!(header.get(0), Some("Handle"));
    assert_eq!(header.iter().next_back(), Some("reason"));
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("valid CSV")).collect();
    assert_eq!(rows.len(), 4, "all of the product's rows: three variants and an image");
    assert!(rows.iter().all(|r| r.get(0) == Some("levis-501-jeans")));
    assert!(
        rows[0].iter().next_back().is_some_and(|r| r.contains("'forty-five' is not a valid price")),
        "{:?}",
        rows[0]
    );

    let fixed = m.file("fixed.csv", written.replacen("forty-five", "45.00", 1));
    ann.run(["import", "listings", path(&fixed), "--from", "shopify"]).code(0).stdout_has("Imported 1 listing(s)");
    let jeans = listings(&ann).pop().expect("the jeans");
    assert_eq!((jeans["title"].as_str(), jeans["quantity"].as_i64()), (Some("Levi's 501 Jeans"), Some(3)));
}

#[test]
fn a_product_whose_rows_are_apart_is_refused() {
    let m = market("USD");
    let ann = m.member_at("ann", NOW, &[]);
    let text = fixture_text("shopify.csv");
    let image_row = text.lines().find(|l| l.contains("501-label.jpg")).expect("the image row").to_string();
    let moved = format!("{}{image_row}\n", text.replacen(&format!("{image_row}\n"), "", 1));
    let file = m.file("moved.csv", moved);
    ann.run(["import", "listings", path(&file), "--from", "shopify"])
        .code(6)
        .stderr_has("'levis-501-jeans' began at line 2; keep the rows of one item together");
}

#[test]
fn a_member_imports_listings_as_their_own() {
    let m = market("USD");
    let ann = m.member_at("ann", NOW, &[]);
    let bob = m.member_at("bob", NOW, &[]);
    bob.run(["import", "listings", path(&fixture("ebay.csv")), "--from", "ebay"]).code(0);
    assert!(listings(&bob).iter().all(|l| l["seller"] == "bob"));
    assert_eq!(listings(&bob).len(), 4);
    assert!(listings(&ann).is_empty());
    let exported = bob.run(["export", "listings"]).code(0).stdout;
    assert_eq!(exported.matches(",bob,").count(), 4, "{exported}");
}

#[test]
fn from_is_for_listings_only_and_condition_needs_from() {
    let m = market("USD");
    let ann = m.member_at("ann", NOW, &[]);
    let etsy = fixture("etsy.csv");
    ann.run(["import", "users", path(&etsy), "--from", "etsy"])
        .code(2)
        .stderr_has("--from etsy reads listing exports; it can't import users");
    ann.run(["import", "listings", path(&etsy), "--condition", "good"]).code(2).stderr_has("--from");
    ann.run(["import", "listings", path(&etsy), "--from", "amazon"]).code(2);
    assert_eq!(m.count("SELECT count(*) FROM listings"), 0);
}

#[test]
fn a_file_from_another_platform_is_refused_by_its_header() {
    let m = market("USD");
    let ann = m.member_at("ann", NOW, &[]);
    let shopify = fixture("shopify.csv");
    ann.run(["import", "listings", path(&shopify), "--from", "etsy"])
        .code(6)
        .stderr_has(&format!("{}:1: this is not Etsy's listing export: it has no 'PRICE' column", path(&shopify)));
}

#[test]
fn condition_sets_what_the_platform_does_not_grade() {
    let m = market("USD");
    let ann = m.member_at("ann", NOW, &[]);
    ann.run(["import", "listings", path(&fixture("shopify.csv")), "--from", "shopify", "--condition", "fair"]).code(0);
    let conditions: Vec<Value> = listings(&ann).iter().map(|l| l["condition"].clone()).collect();
    assert_eq!(conditions, ["good", "fair", "fair", "fair"], "the jeans keep Shopify's own 'used'");
}

#[test]
fn dry_run_checks_a_platform_file_and_writes_nothing() {
    let m = market("USD");
    let ann = m.member_at("ann", NOW, &[]);
    ann.run(["import", "listings", path(&fixture("shopify.csv")), "--from", "shopify", "--dry-run"])
        .code(0)
        .stdout_has("Checked 4 listing(s) from Shopify for listings: nothing was written");
    assert_eq!(m.count("SELECT count(*) FROM listings"), 0);
}

#[test]
fn a_bom_crlf_and_blank_lines_are_read_and_bad_bytes_name_their_line() {
    let m = market("USD");
    let ann = m.member_at("ann", NOW, &[]);
    let text = format!("\u{FEFF}{}\r\n,,,,,,\r\n", fixture_text("etsy.csv").replace('\n', "\r\n"));
    let windows = m.file("windows.csv", &text);
    ann.run(["import", "listings", path(&windows), "--from", "etsy", "--format", "json"]).code(0);
    let all = listings(&ann);
    assert_eq!(all.len(), 3, "the blank line at the end is no listing");
    assert_eq!(all[0]["title"], "Vintage 1970s Brown Leather Jacket, Size M", "the BOM is not part of TITLE");
    assert_eq!(all[2]["price_cents"], 1800);

    let mut bytes = fixture_text("etsy.csv").into_bytes();
    let at = bytes.windows(6).position(|w| w == b"Beech ").expect("the third row");
    bytes[at] = 0xff;
    let latin = m.file("latin.csv", bytes);
    ann.run(["import", "listings", path(&latin), "--from", "etsy"])
        .code(6)
        .stderr_has(&format!("{}:8: column 2 is not UTF-8", path(&latin)));
    assert_eq!(listings(&ann).len(), 3, "nothing more imported");
}
