//! Search, watchlists and wanted posts, end to end (DESIGN 6.2, 6.6 and the
//! "Known traps" of 9): relevance on a fixture with known answers, every
//! filter and sort against hand-checked results, "did you mean", search
//! events, hostile input, index freshness, the query plan, watch and want.

use crate::{Market, Member, Run};
use chrono::{DateTime, SecondsFormat, TimeDelta, Utc};
use flea::error::Kind;
use flea::search::{Filters, Request, Sort};
use serde_json::Value;
use std::collections::BTreeSet;

// Helpers -------------------------------------------------------------------

/// The one id a `--quiet` command printed.
fn id_of(run: Run) -> i64 {
    let text = run.stdout.trim();
    text.parse().unwrap_or_else(|_| panic!("one id expected: {:?}", run.stdout))
}

/// Publishes a listing (`price` "free" for a giveaway) and returns its id.
fn list(seller: &Member, title: &str, category: &str, condition: &str, price: &str, extra: &[&str]) -> i64 {
    let mut args = vec!["list", "add", "--title", title, "--category", category, "--condition", condition];
    if price == "free" {
        args.push("--free");
    } else {
        args.extend(["--price", price]);
    }
    args.extend(extra);
    args.push("-q");
    id_of(seller.run(args).code(0))
}

/// `search --format json FLAGS -- QUERY` (the query last, so that it may
/// start with '-').
fn search_args(query: &str, flags: &[&str]) -> Vec<String> {
    let mut args: Vec<String> = ["search", "--format", "json"].iter().map(|s| s.to_string()).collect();
    args.extend(flags.iter().map(|s| s.to_string()));
    if !query.is_empty() {
        args.extend(["--".to_string(), query.to_string()]);
    }
    args
}

/// A search by nobody (so no search event), expected to succeed.
#[track_caller]
fn search(m: &Market, query: &str, flags: &[&str]) -> Value {
    m.run(search_args(query, flags)).code(0).json()
}

/// The result ids in order.
fn hits(result: &Value) -> Vec<i64> {
    result["results"]
        .as_array()
        .unwrap_or_else(|| panic!("a results array: {result}"))
        .iter()
        .map(|h| h["id"].as_i64().expect("an id"))
        .collect()
}

fn hit_set(result: &Value) -> BTreeSet<i64> {
    hits(result).into_iter().collect()
}

fn set(ids: &[i64]) -> BTreeSet<i64> {
    ids.iter().copied().collect()
}

/// The results as "id title (score)" lines, for assertion messages.
fn show(result: &Value) -> String {
    let lines: Vec<String> = result["results"]
        .as_array()
        .map(|a| a.iter().map(|h| format!("  {} {} ({})", h["id"], h["title"], h["score"])).collect())
        .unwrap_or_default();
    format!("total {}, did_you_mean {}\n{}", result["total"], result["did_you_mean"], lines.join("\n"))
}

fn count(m: &Market, sql: &str) -> i64 {
    m.sql().query_row(sql, [], |r| r.get(0)).unwrap_or_else(|e| panic!("{sql}: {e}"))
}

fn user_id(m: &Market, name: &str) -> i64 {
    m.sql().query_row("SELECT id FROM users WHERE username = ?1", [name], |r| r.get(0)).expect("user id")
}

/// The wall clock to the second (sessions live on the real clock).
fn clock() -> DateTime<Utc> {
    DateTime::from_timestamp(Utc::now().timestamp(), 0).expect("a time")
}

fn rfc(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// Buys a listing and takes the order to completed; returns the order id.
fn buy_and_complete(buyer: &Member, seller: &Member, listing: i64) -> String {
    let order = id_of(buyer.run(["buy", &listing.to_string(), "--yes", "-q"]).code(0)).to_string();
    buyer.run(["order", "pay", &order]).code(0);
    seller.run(["order", "ship", &order]).code(0);
    buyer.run(["order", "receive", &order]).code(0);
    order
}

/// Error text a person may see: never SQL, FTS5 or a panic.
#[track_caller]
fn assert_clean(text: &str, input: &str) {
    for bad in ["SQL", "sql", "fts5", "FTS5", "syntax", "panicked", "RUST_BACKTRACE"] {
        assert!(!text.contains(bad), "{bad:?} leaked for input {input:?}:\n{text}");
    }
}

// 1. Relevance on a fixture with known answers ------------------------------

/// One seller's listings, named by what each one is for.
struct Fixture {
    lamp_title: i64,
    lamp_description: i64,
    lantern_tag: i64,
    lantern_description: i64,
    touring_bike: i64,
    carbon_bike: i64,
    carbon_fork_bike: i64,
    cycle_computer: i64,
    cafe_bowls: i64,
    cafe_jacket: i64,
    red_kettle: i64,
    blue_kettle: i64,
    bikepacking_bag: i64,
    sofa: i64,
    couch: i64,
    phone_case: i64,
    iphone: i64,
    mountain_bike_zh: i64,
}

fn fixture(a: &Member) -> Fixture {
    let f = Fixture {
        lamp_title: list(a, "Brass desk lamp", "home-decor", "good", "25", &["--description", "Solid and heavy."]),
        lamp_description: list(a, "Reading chair", "chairs", "good", "60", &["--description", "Comes with a lamp."]),
        lantern_tag: list(a, "Camping stove", "outdoor-gear", "good", "30", &["--tag", "lantern"]),
        lantern_description: list(
            a,
            "Tent for two",
            "outdoor-gear",
            "good",
            "45",
            &["--description", "Pitches in minutes, with a lantern hook inside."],
        ),
        touring_bike: list(a, "Steel touring bike", "road-bikes", "good", "300", &[]),
        carbon_bike: list(a, "Carbon racing bike", "road-bikes", "like_new", "900", &[]),
        carbon_fork_bike: list(
            a,
            "Aluminium road bike",
            "road-bikes",
            "fair",
            "350",
            &["--description", "Comes with a carbon fork."],
        ),
        cycle_computer: list(a, "Cycle computer", "computer-accessories", "good", "20", &[]),
        cafe_bowls: list(a, "Café au lait bowls", "cookware", "good", "12", &[]),
        cafe_jacket: list(a, "Cafe racer jacket", "coats-jackets", "good", "80", &[]),
        red_kettle: list(a, "Red kettle with blue lid", "small-kitchen-appliances", "good", "15", &[]),
        blue_kettle: list(a, "Blue kettle with red handle", "small-kitchen-appliances", "good", "18", &[]),
        bikepacking_bag: list(a, "Bikepacking frame bag", "bags-luggage", "good", "35", &[]),
        sofa: list(a, "Grey sofa", "furniture", "good", "150", &[]),
        couch: list(a, "Leather couch", "furniture", "good", "200", &[]),
        phone_case: list(a, "二手手机壳", "phone-accessories", "like_new", "5", &[]),
        iphone: list(a, "iPhone 手机", "smartphones", "good", "400", &[]),
        mountain_bike_zh: list(a, "山地自行车", "mountain-bikes", "good", "220", &[]),
    };
    // Fillers, so that no test word is in half the index (BM25 gives such
    // words no weight at all).
    for (title, category) in [
        ("Oak bookcase", "furniture"),
        ("Hardback novels bundle", "novels"),
        ("Cordless drill", "power-tools"),
        ("Acoustic guitar", "guitars"),
        ("Wooden train set", "toys"),
        ("Winter coat", "coats-jackets"),
        ("Garden hose", "garden-tools"),
        ("Chess set", "collectibles"),
    ] {
        list(a, title, category, "good", "10", &[]);
    }
    f
}

#[test]
fn relevance_stems_diacritics_phrases_prefixes_or_exclusions_and_chinese() {
    let m = Market::temp();
    let alice = m.member("alice");
    let f = fixture(&alice);

    // A title match outranks a description-only match.
    let r = search(&m, "lamp", &[]);
    assert_eq!(hits(&r), [f.lamp_title, f.lamp_description], "title first, then description:\n{}", show(&r));
    // A tag match outranks a description match.
    let r = search(&m, "lantern", &[]);
    assert_eq!(hits(&r), [f.lantern_tag, f.lantern_description], "tag first, then description:\n{}", show(&r));
    // Scores are BM25 (lower is better) and come in order.
    let scores: Vec<f64> = r["results"].as_array().unwrap().iter().map(|h| h["score"].as_f64().unwrap()).collect();
    assert!(scores.windows(2).all(|w| w[0] <= w[1]), "relevance order follows the scores: {scores:?}");

    // English stems: porter maps bikes/bike to "bike" and cycling/cycle to "cycl".
    let bikes = search(&m, "bikes", &[]);
    assert!(hit_set(&bikes).contains(&f.touring_bike), "bikes finds a bike:\n{}", show(&bikes));
    assert_eq!(hit_set(&bikes), hit_set(&search(&m, "bike", &[])), "bikes and bike find the same");
    let r = search(&m, "cycling", &[]);
    assert_eq!(hits(&r), [f.cycle_computer], "cycling finds 'Cycle computer':\n{}", show(&r));

    // Diacritics fold both ways, and case does not matter.
    for q in ["cafe", "café", "CAFÉ", "Cafe"] {
        let r = search(&m, q, &[]);
        assert_eq!(hit_set(&r), set(&[f.cafe_bowls, f.cafe_jacket]), "{q}:\n{}", show(&r));
    }

    // Exclusions, in the title or the description.
    let r = search(&m, "bike -carbon", &[]);
    let found = hit_set(&r);
    assert!(found.contains(&f.touring_bike), "bike -carbon keeps the steel bike:\n{}", show(&r));
    assert!(
        !found.contains(&f.carbon_bike) && !found.contains(&f.carbon_fork_bike),
        "bike -carbon drops both carbon bikes:\n{}",
        show(&r)
    );

    let r = search(&m, "bike -\"carbon fork\"", &[]);
    assert!(hit_set(&r).contains(&f.carbon_bike), "an excluded phrase, not its words:\n{}", show(&r));
    assert!(!hit_set(&r).contains(&f.carbon_fork_bike), "{}", show(&r));
    let r = search(&m, "bike -carb*", &[]);
    assert!(!hit_set(&r).contains(&f.carbon_bike) && !hit_set(&r).contains(&f.carbon_fork_bike), "{}", show(&r));
    assert!(hit_set(&r).contains(&f.touring_bike), "an excluded prefix:\n{}", show(&r));

    // "Exact phrases" only match adjacent words in that order.
    let r = search(&m, "\"red kettle\"", &[]);
    assert_eq!(hits(&r), [f.red_kettle], "the phrase:\n{}", show(&r));
    let r = search(&m, "red kettle", &[]);
    assert_eq!(hit_set(&r), set(&[f.red_kettle, f.blue_kettle]), "the words, anywhere:\n{}", show(&r));
    let r = search(&m, "\"kettle red\"", &[]);
    assert_eq!(r["total"], 0, "the words in the other order:\n{}", show(&r));

    // prefix*: 'bikepacking' is its own stem, so only the prefix finds it.
    assert!(!hit_set(&search(&m, "bike", &[])).contains(&f.bikepacking_bag));
    let r = search(&m, "bik*", &[]);
    assert!(hit_set(&r).contains(&f.bikepacking_bag), "bik* finds bikepacking:\n{}", show(&r));
    assert!(hit_set(&r).contains(&f.touring_bike), "bik* finds bike:\n{}", show(&r));

    // OR.
    let r = search(&m, "sofa OR couch", &[]);
    assert_eq!(hit_set(&r), set(&[f.sofa, f.couch]), "either word:\n{}", show(&r));
    assert_eq!(search(&m, "sofa couch", &[])["total"], 0, "both words: neither listing has both");
    let r = search(&m, "sofa OR couch OR kettle", &[]);
    assert_eq!(hit_set(&r), set(&[f.sofa, f.couch, f.red_kettle, f.blue_kettle]), "a chain of ORs:\n{}", show(&r));
    let r = search(&m, "red OR grey kettle", &[]);
    assert_eq!(hit_set(&r), set(&[f.red_kettle, f.blue_kettle]), "OR binds the two words beside it:\n{}", show(&r));

    // Chinese: segmented at index time in search mode, at query time in default mode.
    let r = search(&m, "手机", &[]);
    assert_eq!(hit_set(&r), set(&[f.phone_case, f.iphone]), "手机 finds 二手手机壳 and iPhone 手机:\n{}", show(&r));
    // (Listings in bike categories may match 自行车 too, through the categories' Chinese names.)
    let r = search(&m, "自行车", &[]);
    assert_eq!(hits(&r).first(), Some(&f.mountain_bike_zh), "自行车 finds 山地自行车 first:\n{}", show(&r));
    assert!(!hit_set(&r).contains(&f.phone_case) && !hit_set(&r).contains(&f.iphone), "{}", show(&r));
    assert!(!hit_set(&search(&m, "手机", &[])).contains(&f.mountain_bike_zh));
    let r = search(&m, "iphone", &[]);
    assert_eq!(hits(&r), [f.iphone], "Latin words of a mixed title:\n{}", show(&r));
}

#[test]
fn chinese_category_names_are_searchable_like_english_ones() {
    // Failed at d1d98e7 (category names were not segmented): after
    // flea list add --title 'Trek FX 3' --category road-bikes ..., `flea search 自行车` found nothing.
    let m = Market::temp();
    let alice = m.member("alice");
    let trek = list(&alice, "Trek FX 3", "road-bikes", "good", "300", &[]);
    let pixel = list(&alice, "Pixel 8", "smartphones", "good", "300", &[]);
    list(&alice, "Oak bookcase", "furniture", "good", "10", &[]);
    list(&alice, "Garden hose", "garden-tools", "good", "10", &[]);
    assert_eq!(hits(&search(&m, "bikes", &[])), [trek], "the English category name is indexed");
    assert_eq!(hits(&search(&m, "自行车", &[])), [trek], "category 公路自行车 (road bikes)");
    assert_eq!(hits(&search(&m, "公路自行车", &[])), [trek], "the category's whole Chinese name");
    assert_eq!(hits(&search(&m, "手机", &[])), [pixel], "category 智能手机 (smartphones)");
}

// 2. Filters and sorts ------------------------------------------------------

#[test]
fn filters_and_sorts_give_the_hand_checked_answers() {
    let m = Market::temp();
    let alice = m.member("alice");
    let bob = m.member("bob");
    let steel = list(&alice, "Steel road bike", "road-bikes", "good", "120", &[]);
    let carbon = list(&alice, "Carbon road bike", "road-bikes", "like_new", "899.99", &[]);
    let hardtail = list(&alice, "Hardtail mountain bike", "mountain-bikes", "fair", "250.50", &[]);
    let helmet = list(&alice, "Bike helmet", "bikes-sports", "good", "15", &[]);
    let rack = list(&alice, "Bike rack for a car", "vehicle-parts", "good", "40", &[]);
    let giveaway = list(&alice, "Kids bike, free to a good home", "kids-toys", "poor", "free", &[]);
    let folding = list(&bob, "Folding city bike", "city-bikes", "new", "1,299.00", &[]);
    let broken = list(&bob, "Broken bike for parts", "road-bikes", "for_parts", "10", &[]);
    let all = [steel, carbon, hardtail, helmet, rack, giveaway, folding, broken];
    for (title, category) in [("Oak bookcase", "furniture"), ("Garden hose", "garden-tools")] {
        list(&alice, title, category, "good", "10", &[]);
    }
    assert_eq!(hit_set(&search(&m, "bike", &["--limit", "100"])), set(&all));

    // A category includes its sub-categories.
    let r = search(&m, "bike", &["--category", "bikes-sports"]);
    assert_eq!(hit_set(&r), set(&[steel, carbon, hardtail, helmet, folding, broken]), "{}", show(&r));
    let r = search(&m, "bike", &["--category", "road-bikes"]);
    assert_eq!(hit_set(&r), set(&[steel, carbon, broken]), "{}", show(&r));
    m.run(search_args("bike", &["--category", "no-such-category"])).code(3);

    // Price range: decimal strings, both ends inclusive.
    let r = search(&m, "bike", &["--min-price", "120", "--max-price", "250.50"]);
    assert_eq!(hit_set(&r), set(&[steel, hardtail]), "{}", show(&r));
    let r = search(&m, "bike", &["--min-price", "120.01", "--max-price", "250.49"]);
    assert_eq!(hit_set(&r), set(&[]), "{}", show(&r));
    let r = search(&m, "bike", &["--min-price", "1,000"]);
    assert_eq!(hit_set(&r), set(&[folding]), "{}", show(&r));
    for bad in ["abc", "1.234", "-5", "12,34", ""] {
        m.run(search_args("bike", &["--min-price", bad])).code(6);
        m.run(search_args("bike", &["--max-price", bad])).code(6);
    }

    // Conditions, repeatable.
    let r = search(&m, "bike", &["--condition", "good", "--condition", "fair"]);
    assert_eq!(hit_set(&r), set(&[steel, hardtail, helmet, rack]), "{}", show(&r));
    let r = search(&m, "bike", &["--condition", "for_parts"]);
    assert_eq!(hit_set(&r), set(&[broken]), "{}", show(&r));
    m.run(search_args("bike", &["--condition", "mint"])).code(6);

    // Seller.
    assert_eq!(hit_set(&search(&m, "bike", &["--seller", "bob"])), set(&[folding, broken]));
    m.run(search_args("bike", &["--seller", "nobody"])).code(3);

    // Giveaways.
    let r = search(&m, "bike", &["--free"]);
    assert_eq!(hits(&r), [giveaway], "{}", show(&r));
    assert_eq!(r["results"][0]["free"], true);
    assert_eq!(r["results"][0]["price_cents"], 0);

    // Sorts.
    let by_price = [giveaway, broken, helmet, rack, steel, hardtail, carbon, folding];
    assert_eq!(hits(&search(&m, "bike", &["--sort", "price-asc"])), by_price);
    let mut desc = by_price;
    desc.reverse();
    assert_eq!(hits(&search(&m, "bike", &["--sort", "price-desc"])), desc);
    let mut newest = all;
    newest.sort_by(|a, b| b.cmp(a));
    assert_eq!(hits(&search(&m, "bike", &["--sort", "newest"])), newest, "newest first");
    m.run(search_args("bike", &["--sort", "distance"])).code(2).stderr_has("--near");
    m.run(search_args("bike", &["--sort", "cheapest"])).code(2);

    // Paging: pages of 3 cover the whole price order once, each with the total.
    let mut paged = Vec::new();
    for offset in ["0", "3", "6"] {
        let page = search(&m, "bike", &["--sort", "price-asc", "--limit", "3", "--offset", offset]);
        assert_eq!(page["total"], 8, "the total, not the page size: {}", show(&page));
        assert_eq!(page["limit"], 3);
        assert_eq!(page["offset"].to_string(), offset);
        paged.extend(hits(&page));
    }
    assert_eq!(paged, by_price);
    let past = search(&m, "bike", &["--offset", "50"]);
    assert_eq!((past["total"].as_i64(), hits(&past).len()), (Some(8), 0));
    m.run(search_args("bike", &["--limit", "0"])).code(6);
    m.run(search_args("bike", &["--limit", "-1"])).code(2);

    // No words: the filters browse (newest first, no scores).
    let r = search(&m, "", &["--category", "road-bikes"]);
    assert_eq!(hits(&r), [broken, carbon, steel], "{}", show(&r));
    assert!(r["results"].as_array().unwrap().iter().all(|h| h["score"].is_null()), "{}", show(&r));
    let r = search(&m, "", &["--free"]);
    assert_eq!(hits(&r), [giveaway]);
    let r = search(&m, "", &["--seller", "bob", "--sort", "price-asc"]);
    assert_eq!(hits(&r), [broken, folding]);
    // Only exclusions: everything but the excluded.
    let r = search(&m, "-bike", &["--limit", "100"]);
    assert_eq!(r["total"], 2, "the bookcase and the hose: {}", show(&r));
    let r = search(&m, "", &["--limit", "100"]);
    assert_eq!(r["total"], 10, "no words and no filters: every active listing");
}

#[test]
fn near_within_and_distance_with_real_coordinates() {
    let m = Market::temp();
    let alice = m.member("alice");
    let london = list(&alice, "London chair", "chairs", "good", "10", &["--location", "51.5074,-0.1278"]);
    let cambridge = list(&alice, "Cambridge chair", "chairs", "good", "20", &["--location", "52.2053,0.1218"]);
    let oxford = list(&alice, "Oxford chair", "chairs", "good", "30", &["--location", "51.7520,-1.2577"]);
    let paris = list(&alice, "Paris chair", "chairs", "good", "40", &["--location", "48.8566,2.3522"]);
    let nowhere = list(&alice, "Chair of nowhere", "chairs", "good", "50", &[]);
    const LONDON: &str = "51.5074,-0.1278";
    // Great-circle distances from London: Cambridge ~79.5 km, Oxford ~82.6 km, Paris ~343.5 km.
    let expected = [(london, 0.0), (cambridge, 79.5), (oxford, 82.6), (paris, 343.5)];

    let r = search(&m, "chair", &["--near", LONDON, "--within", "81"]);
    assert_eq!(hit_set(&r), set(&[london, cambridge]), "Cambridge is inside 81 km, Oxford not:\n{}", show(&r));
    let r = search(&m, "chair", &["--near", LONDON, "--within", "84"]);
    assert_eq!(hit_set(&r), set(&[london, cambridge, oxford]), "{}", show(&r));
    let r = search(&m, "chair", &["--near", LONDON, "--within", "5"]);
    assert_eq!(hits(&r), [london]);
    let r = search(&m, "", &["--near", LONDON, "--within", "400", "--sort", "distance"]);
    assert_eq!(hits(&r), [london, cambridge, oxford, paris], "browse by distance:\n{}", show(&r));

    // Without --within, --near only measures: sort by distance, unknown places last.
    let r = search(&m, "chair", &["--near", LONDON, "--sort", "distance"]);
    assert_eq!(hits(&r), [london, cambridge, oxford, paris, nowhere], "{}", show(&r));
    for h in r["results"].as_array().unwrap() {
        let id = h["id"].as_i64().unwrap();
        match expected.iter().find(|(l, _)| *l == id) {
            Some((_, km)) => {
                let got = h["distance_km"].as_f64().unwrap_or(f64::NAN);
                assert!((got - km).abs() < 1.5, "listing {id}: distance {got} km, expected about {km}");
            }
            None => assert!(h["distance_km"].is_null(), "no location, no distance: {h}"),
        }
    }
    // Without --near there is no distance at all.
    assert!(search(&m, "chair", &[])["results"].as_array().unwrap().iter().all(|h| h["distance_km"].is_null()));

    // Usage and bad values.
    m.run(search_args("chair", &["--within", "10"])).code(2).stderr_has("--near");
    for bad in ["91,0", "0,181", "abc", "51.5", "51.5,-0.1,3"] {
        m.run(search_args("chair", &["--near", bad, "--within", "5"])).code(6);
    }
    for bad in ["0", "-3", "NaN", "inf"] {
        m.run(search_args("chair", &["--near", LONDON, "--within", bad])).code(6);
    }

    // --near me: logged in, with a profile location.
    m.run(search_args("chair", &["--near", "me"])).code(4);
    let bob = m.member("bob");
    bob.run(search_args("chair", &["--near", "me", "--within", "5"])).code(6).stderr_has("location");
    bob.run(["account", "edit", "--location", "52.2053,0.1218"]).code(0);
    let r = bob.run(search_args("chair", &["--near", "me", "--within", "5"])).code(0).json();
    assert_eq!(hits(&r), [cambridge], "{}", show(&r));
    assert!(r["results"][0]["distance_km"].as_f64().unwrap() < 0.2, "{}", r["results"][0]);
    let r = bob.run(search_args("chair", &["--near", "me", "--sort", "distance"])).code(0).json();
    assert_eq!(hits(&r)[..2], [cambridge, london], "{}", show(&r));
}

#[test]
fn within_keeps_every_listing_inside_the_radius() {
    // Repro: flea list add --title 'North chair' --location 52.4062,-0.1278 ...   (99.94 km north of London)
    //        flea search chair --near 51.5074,-0.1278 --within 100   -> not found; --sort distance shows 99.9 km
    let m = Market::temp();
    let alice = m.member("alice");
    let north = list(&alice, "North chair", "chairs", "good", "10", &["--location", "52.4062,-0.1278"]);
    let south = list(&alice, "South chair", "chairs", "good", "10", &["--location", "50.6086,-0.1278"]);
    let r = search(&m, "chair", &["--near", "51.5074,-0.1278", "--sort", "distance"]);
    for h in r["results"].as_array().unwrap() {
        assert!(h["distance_km"].as_f64().unwrap() < 100.0, "both are inside 100 km: {h}");
    }
    let r = search(&m, "chair", &["--near", "51.5074,-0.1278", "--within", "100"]);
    assert_eq!(hit_set(&r), set(&[north, south]), "{}", show(&r));
}

#[test]
fn min_rating_keeps_only_sellers_whose_bayesian_score_reaches_it() {
    let m = Market::temp();
    let _admin = m.member("admin");
    let bob = m.member("bob");
    let sam = m.member("sam");
    let lou = m.member("lou");
    let nia = m.member("nia");
    let teak = list(&sam, "Teak desk", "tables", "good", "80", &[]);
    let pine = list(&lou, "Pine desk", "tables", "good", "40", &[]);
    let glass = list(&nia, "Glass desk", "tables", "good", "60", &[]);
    let sold_by_sam = list(&sam, "Book ends", "home-decor", "good", "5", &[]);
    let sold_by_lou = list(&lou, "Bread bin", "home-decor", "good", "5", &[]);
    let five = buy_and_complete(&bob, &sam, sold_by_sam);
    let one = buy_and_complete(&bob, &lou, sold_by_lou);
    bob.run(["review", &five, "--rating", "5"]).code(0);
    bob.run(["review", &one, "--rating", "1"]).code(0);
    // Market mean m = 3, C = 5: sam (15 + 5) / 6 = 3.33, lou (15 + 1) / 6 = 2.67.

    let r = search(&m, "desk", &[]);
    assert_eq!(hit_set(&r), set(&[teak, pine, glass]));
    let rep =
        |id: i64| r["results"].as_array().unwrap().iter().find(|h| h["id"] == id).unwrap()["seller_reputation"].clone();
    assert_eq!(rep(teak)["score"], 3.33, "{}", rep(teak));
    assert_eq!(rep(pine)["score"], 2.67, "{}", rep(pine));
    assert_eq!(rep(glass)["label"], "new");

    let r = search(&m, "desk", &["--min-rating", "3"]);
    assert_eq!(hits(&r), [teak], "only sam reaches 3:\n{}", show(&r));
    let r = search(&m, "desk", &["--min-rating", "3.33"]);
    assert_eq!(hits(&r), [teak], "3.333 >= 3.33:\n{}", show(&r));
    let r = search(&m, "desk", &["--min-rating", "2.6"]);
    assert_eq!(hit_set(&r), set(&[teak, pine]), "a new seller has no score to reach 2.6 with:\n{}", show(&r));
    assert_eq!(search(&m, "desk", &["--min-rating", "3.4"])["total"], 0);
    let r = search(&m, "", &["--min-rating", "3", "--category", "furniture"]);
    assert_eq!(hits(&r), [teak], "browsing with a minimum rating:\n{}", show(&r));
    for bad in ["0.5", "5.5", "-1", "NaN"] {
        m.run(search_args("desk", &["--min-rating", bad])).code(6);
    }
}

#[test]
fn sold_and_reserved_listings_are_hidden_by_default_and_withdrawn_ones_always() {
    let m = Market::temp();
    let alice = m.member("alice");
    let bob = m.member("bob");
    let active = list(&alice, "Walnut stool", "chairs", "good", "20", &[]);
    let reserved = list(&alice, "Beech stool", "chairs", "good", "20", &[]);
    let sold = list(&alice, "Pine stool", "chairs", "good", "20", &[]);
    let withdrawn = list(&alice, "Metal stool", "chairs", "good", "20", &[]);
    let _ = id_of(bob.run(["buy", &reserved.to_string(), "--yes", "-q"]).code(0));
    buy_and_complete(&bob, &alice, sold);
    alice.run(["list", "withdraw", &withdrawn.to_string()]).code(0);

    let r = search(&m, "stool", &[]);
    assert_eq!(hits(&r), [active], "only the active one:\n{}", show(&r));
    let r = search(&m, "stool", &["--include-sold"]);
    assert_eq!(hit_set(&r), set(&[active, reserved, sold]), "never the withdrawn one:\n{}", show(&r));
    let status = |id: i64| r["results"].as_array().unwrap().iter().find(|h| h["id"] == id).unwrap()["status"].clone();
    assert_eq!((status(active), status(reserved), status(sold)), ("active".into(), "reserved".into(), "sold".into()));
    assert_eq!(hit_set(&search(&m, "", &["--include-sold", "--category", "chairs"])), set(&[active, reserved, sold]));
    assert_eq!(hits(&search(&m, "", &["--category", "chairs"])), [active]);
}

// 3. "Did you mean" ---------------------------------------------------------

#[test]
fn a_typo_gets_a_did_you_mean_from_the_index_vocabulary() {
    let m = Market::temp();
    let alice = m.member("alice");
    list(&alice, "Dawes touring bicycle", "road-bikes", "good", "200", &[]);
    list(&alice, "Red bicycle bell", "outdoor-gear", "good", "5", &[]);
    list(&alice, "Bicycle helmet", "outdoor-gear", "good", "25", &[]);
    list(&alice, "Oak bookcase", "furniture", "good", "10", &[]);

    let r = search(&m, "bicycel", &[]);
    assert_eq!(r["total"], 0);
    assert_eq!(r["did_you_mean"], "bicycle", "a word people write, not the stem 'bicycl':\n{}", show(&r));
    let r = search(&m, "helmte", &[]);
    assert_eq!(r["did_you_mean"], "helmet", "{}", show(&r));
    let r = search(&m, "red bicycel", &[]);
    assert_eq!(r["did_you_mean"], "red bicycle", "known words stay:\n{}", show(&r));
    m.run(["search", "bicycel"]).code(0).stdout_has("Did you mean: bicycle?");

    // Results, or nothing close: no suggestion.
    assert_eq!(search(&m, "bicycle", &[])["did_you_mean"], Value::Null);
    assert_eq!(search(&m, "xylophone", &[])["did_you_mean"], Value::Null);
    // The suggestion itself finds something.
    let again = search(&m, r["did_you_mean"].as_str().unwrap(), &[]);
    assert!(again["total"].as_i64().unwrap() > 0, "{}", show(&again));
}

#[test]
fn did_you_mean_is_a_real_word_even_when_it_is_only_in_descriptions() {
    // Failed at d1d98e7: with 'bicycle' only in a description,
    // `flea search bicycel --format json` gave "did_you_mean": "bicycl" (the stem).
    let m = Market::temp();
    let alice = m.member("alice");
    list(&alice, "Dawes tourer", "road-bikes", "good", "200", &["--description", "A lovely bicycle, hardly used."]);
    list(&alice, "Oak bookcase", "furniture", "good", "10", &[]);
    let r = search(&m, "bicycel", &[]);
    assert_eq!(r["did_you_mean"], "bicycle", "{}", show(&r));
}

#[test]
fn did_you_mean_never_repeats_the_query() {
    // Repro: flea list add --title 'Running shoes' ...; flea list add --title 'Leather boots' ...
    //        flea search 'running boots' --format json   -> "did_you_mean": "running boots"
    let m = Market::temp();
    let alice = m.member("alice");
    list(&alice, "Running shoes", "shoes", "good", "30", &[]);
    list(&alice, "Leather boots", "shoes", "good", "40", &[]);
    list(&alice, "Oak bookcase", "furniture", "good", "10", &[]);
    for q in ["running boots", "shoes lorem", "runing shoes"] {
        let r = search(&m, q, &[]);
        assert_eq!(r["total"], 0);
        assert_ne!(r["did_you_mean"], q, "a suggestion that is the query itself helps nobody:\n{}", show(&r));
    }
}

#[test]
fn did_you_mean_corrects_typos_of_inflected_words() {
    // Repro: flea list add --title 'Running shoes' ...; flea search 'runing shoes' --format json
    //        -> total 0, "did_you_mean": "runing shoes"
    let m = Market::temp();
    let alice = m.member("alice");
    list(&alice, "Running shoes", "shoes", "good", "30", &[]);
    list(&alice, "Oak bookcase", "furniture", "good", "10", &[]);
    let r = search(&m, "runing shoes", &[]);
    assert_eq!(r["did_you_mean"], "running shoes", "{}", show(&r));
}

// 4. Search events ----------------------------------------------------------

#[test]
fn a_members_search_records_one_search_event_and_an_anonymous_one_none() {
    let m = Market::temp();
    let alice = m.member("alice");
    let bob = m.member("bob");
    list(&alice, "Steel road bike", "road-bikes", "good", "120", &[]);
    let searches = "SELECT count(*) FROM events WHERE kind = 'search'";

    m.run(search_args("road bike", &[])).code(0);
    m.run(["search", "nothing", "matches"]).code(0);
    assert_eq!(count(&m, searches), 0, "an anonymous search records nothing");

    bob.run(["search", "road", "bike", "--max-price", "200"]).code(0);
    assert_eq!(count(&m, searches), 1, "one event per search");
    let (user, listing, query): (i64, Option<i64>, String) = m
        .sql()
        .query_row("SELECT user_id, listing_id, query FROM events WHERE kind = 'search'", [], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })
        .expect("the search event");
    assert_eq!((user, listing, query.as_str()), (user_id(&m, "bob"), None, "road bike"));

    // A search that zero listings match is still a search; a refused one is not.
    bob.run(search_args("unicycle", &[])).code(0);
    bob.run(search_args("bike", &["--max-price", "abc"])).code(6);
    assert_eq!(count(&m, searches), 2);
    let last: String =
        m.sql().query_row("SELECT query FROM events WHERE kind = 'search' ORDER BY id DESC", [], |r| r.get(0)).unwrap();
    assert_eq!(last, "unicycle");
}

// 5. Hostile input ----------------------------------------------------------

/// xorshift64*: a small, seeded, reproducible generator.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const FRAGMENTS: &[&str] = &[
    "\"",
    "\"exact phrase\"",
    "\"unbalanced",
    "AND",
    "OR",
    "NOT",
    "and",
    "or",
    "NEAR(",
    "NEAR(a b, 3)",
    "NEAR/3",
    "*",
    "bik*",
    "**",
    "^",
    "^bike",
    ":",
    "title:",
    "title:bike",
    "{title description}:",
    "-",
    "--",
    "-bike",
    "- -",
    "(",
    ")",
    "()",
    "'",
    "''",
    ";",
    "%",
    "_",
    "\\",
    "NULL",
    "); DROP TABLE listings; --",
    "SELECT * FROM users",
    "bm25(",
    "rank",
    "🚲",
    "👍🏽",
    "👨‍👩‍👧",
    "\u{0}",
    "\u{7}",
    "\u{1b}[31m",
    "\t",
    "\n",
    "\r\n",
    "\u{7f}",
    "\u{feff}",
    "\u{200b}",
    "\u{200d}",
    "\u{202e}",
    "e\u{301}",
    "手机",
    "二手手机壳",
    "自行车*",
    "مرحبا",
    "שלום",
    "Ünïcödé",
    "ǅ",
    "ß",
    "İ",
    "bike",
    "lamp",
    "café",
    "0",
    "-0",
    "1e309",
    "9223372036854775808",
];

/// A random character from a mix of scripts, controls and symbols.
fn random_char(rng: &mut Rng) -> char {
    let ranges: [(u32, u32); 8] = [
        (0x20, 0x7e),
        (0x00, 0x1f),
        (0x4e00, 0x9fff),
        (0x0590, 0x06ff),
        (0x1f300, 0x1faff),
        (0x0300, 0x036f),
        (0x2000, 0x206f),
        (0xac00, 0xd7af),
    ];
    let (lo, hi) = ranges[rng.below(ranges.len())];
    char::from_u32(lo + rng.below((hi - lo + 1) as usize) as u32).unwrap_or('?')
}

fn random_query(rng: &mut Rng) -> String {
    let mut s = String::new();
    for _ in 0..rng.below(12) {
        match rng.below(4) {
            0 | 1 => s.push_str(FRAGMENTS[rng.below(FRAGMENTS.len())]),
            2 => (0..1 + rng.below(6)).for_each(|_| s.push(random_char(rng))),
            _ => {}
        }
        if rng.below(3) > 0 {
            s.push(' ');
        }
    }
    s
}

/// The ~300 hostile queries: fixed nasties, four 10 kB strings, the rest random.
fn hostile_queries() -> Vec<String> {
    let mut out: Vec<String> = FRAGMENTS.iter().map(|s| s.to_string()).collect();
    out.extend([
        "a".repeat(10_240),
        "word ".repeat(2_048),
        "🚲".repeat(2_560),
        "\"".repeat(10_240),
        "bike OR ".repeat(1_280),
        "-".repeat(10_240),
        "手机".repeat(1_700),
        format!("{} bike", "x".repeat(10_000)),
    ]);
    let mut rng = Rng(0x5EED_F1EA);
    while out.len() < 300 {
        out.push(random_query(&mut rng));
    }
    out
}

#[test]
fn any_input_gives_results_or_a_clear_message_in_process() {
    let m = Market::temp();
    let alice = m.member("alice");
    list(&alice, "Steel road bike", "road-bikes", "good", "120", &["--location", "51.5,-0.12"]);
    list(&alice, "Brass desk lamp", "home-decor", "good", "25", &["--description", "Exact phrase here."]);
    list(&alice, "二手手机壳", "phone-accessories", "good", "5", &["--tag", "NEAR"]);
    list(&alice, "Café table", "tables", "good", "50", &["--tag", "and"]);
    let conn = flea::db::open(&m.db).expect("open the market in process");

    let queries = hostile_queries();
    assert!(queries.len() >= 300);
    let (mut ok, mut refused) = (0, 0);
    for (i, q) in queries.iter().enumerate() {
        let parsed = flea::search::query::parse(q);
        if let Err(e) = &parsed {
            assert_eq!(e.kind, Kind::Invalid, "parse {q:?}: {}", e.message);
            assert_clean(&e.message, q);
        }
        // Vary the request so that ranked, browsing and excluding paths all run.
        let filters = match i % 3 {
            0 => Filters::default(),
            1 => Filters { near: Some((51.5, -0.12)), within_km: Some(50.0), ..Filters::default() },
            _ => Filters { include_sold: true, free: false, ..Filters::default() },
        };
        let sort = [Sort::Relevance, Sort::PriceAsc, Sort::Newest][i % 3];
        let request = Request { text: q, filters, sort, limit: 5, offset: 0 };
        match flea::search::search(&conn, &request) {
            Ok(r) => {
                ok += 1;
                assert!(parsed.is_ok(), "{q:?}: parse refused it, search did not");
                assert!(r.results.len() <= 5 && r.total >= r.results.len() as i64, "{q:?}");
            }
            Err(e) => {
                refused += 1;
                assert_eq!(e.kind, Kind::Invalid, "search {q:?}: {:?} {}", e.kind, e.message);
                assert_clean(&e.message, q);
                assert_clean(e.hint.as_deref().unwrap_or(""), q);
            }
        }
    }
    assert!(ok > 250, "most hostile input still searches ({ok} ok, {refused} refused)");
}

#[test]
fn any_input_exits_0_or_6_through_the_binary() {
    let m = Market::temp();
    let alice = m.member("alice");
    list(&alice, "Steel road bike", "road-bikes", "good", "120", &[]);
    list(&alice, "二手手机壳", "phone-accessories", "good", "5", &[]);
    let queries = hostile_queries();
    // The fixed nasties with the most syntax, the 10 kB strings and some random ones.
    let picks: Vec<&String> = queries.iter().enumerate().filter(|(i, _)| i % 15 == 1).map(|(_, q)| q).collect();
    assert!(picks.len() >= 20, "{}", picks.len());
    for q in picks.iter().copied().chain(queries.iter().filter(|q| q.len() >= 10_000).take(3)) {
        let arg = q.replace('\0', ""); // an argument cannot hold NUL
        let run = Run::new(m.cmd().args(["search", "--format", "json", "--", &arg]));
        assert!(
            run.code == 0 || run.code == 6,
            "exit {} for {:?}\nstdout: {}\nstderr: {}",
            run.code,
            q.chars().take(80).collect::<String>(),
            run.stdout,
            run.stderr
        );
        assert_clean(&run.stderr, q);
        if run.code == 0 {
            assert!(run.json()["total"].is_i64(), "{}", run.stdout);
        } else {
            assert!(run.stderr.starts_with("error: "), "{}", run.stderr);
        }
    }
    // A member's search of any input is kept with its text (at most 1,000 characters).
    let long = "lamp ".repeat(6) + &"z".repeat(5_000);
    alice.run(["search", "--", &long]).code(0);
    let kept: String = m.sql().query_row("SELECT query FROM events WHERE kind = 'search'", [], |r| r.get(0)).unwrap();
    assert_eq!(kept.chars().count(), 1000);
}

// 6. The index follows every change at once ---------------------------------

#[test]
fn edits_withdrawals_relists_sales_and_imports_show_in_results_at_once() {
    let m = Market::temp();
    let alice = m.member("alice");
    let bob = m.member("bob");
    let id = list(&alice, "Vintage typewriter", "collectibles", "good", "90", &["--tag", "olivetti"]);
    list(&alice, "Oak bookcase", "furniture", "good", "10", &[]);
    list(&alice, "Garden hose", "garden-tools", "good", "10", &[]);
    let s = id.to_string();
    assert_eq!(hits(&search(&m, "typewriter", &[])), [id]);

    alice.run(["list", "edit", &s, "--title", "Vintage sewing machine"]).code(0);
    assert_eq!(search(&m, "typewriter", &[])["total"], 0, "the old title is gone from the index");
    assert_eq!(hits(&search(&m, "sewing", &[])), [id], "the new title is in it");
    assert_eq!(hits(&search(&m, "olivetti", &[])), [id], "tags stay");
    alice.run(["list", "edit", &s, "--tag", "singer", "--description", "Treadle model"]).code(0);
    assert_eq!(search(&m, "olivetti", &[])["total"], 0, "old tags go");
    assert_eq!(hits(&search(&m, "singer treadle", &[])), [id], "new tags and description");
    alice.run(["list", "edit", &s, "--title", "缝纫机 Singer"]).code(0);
    assert_eq!(hits(&search(&m, "缝纫机", &[])), [id], "a Chinese title is segmented on edit");
    alice.run(["list", "edit", &s, "--category", "home-kitchen"]).code(0);
    assert_eq!(hits(&search(&m, "kitchen", &[])), [id], "the new category's name");
    assert_eq!(hits(&search(&m, "", &["--category", "home-kitchen"])), [id]);

    alice.run(["list", "withdraw", &s]).code(0);
    assert_eq!(search(&m, "singer", &["--include-sold"])["total"], 0, "withdrawn: gone, even with --include-sold");
    alice.run(["list", "relist", &s]).code(0);
    assert_eq!(hits(&search(&m, "singer", &[])), [id], "relisted: back");
    alice.run(["list", "edit", &s, "--price", "70"]).code(0);
    assert_eq!(hits(&search(&m, "singer", &["--max-price", "70"])), [id], "the new price filters");

    buy_and_complete(&bob, &alice, id);
    assert_eq!(search(&m, "singer", &[])["total"], 0, "sold: gone");
    assert_eq!(hits(&search(&m, "singer", &["--include-sold"])), [id]);

    // Imported listings are searchable as soon as the import ends.
    let csv = m.dir.path().join("more.csv");
    std::fs::write(
        &csv,
        "title,description,category,condition,price,tags\n\
         Harmonium,Pump organ,instruments,fair,120,antique;reed\n\
         二手手机壳 全新,,phone-accessories,new,5,\n",
    )
    .unwrap();
    alice.run(["import", "listings", csv.to_str().unwrap()]).code(0);
    let harmonium = hits(&search(&m, "harmonium", &[]));
    assert_eq!(harmonium.len(), 1, "imported into a market with listings");
    assert_eq!(hits(&search(&m, "reed", &[])), harmonium, "imported tags");
    assert_eq!(search(&m, "手机", &[])["total"], 1, "imported Chinese text is segmented");
}

#[test]
fn a_bulk_import_into_an_empty_market_is_searchable_and_indexing_resumes_after_it() {
    let m = Market::temp();
    let alice = m.member("alice");
    let csv = m.dir.path().join("stock.csv");
    let mut text = String::from("title,description,category,condition,price,tags,lat,lon\n");
    for i in 0..30 {
        text.push_str(&format!("Filler item {i},,other,good,{},,,\n", i + 1));
    }
    text.push_str("Harmonium,Pump organ with reeds,instruments,fair,120,antique,51.5074,-0.1278\n");
    text.push_str("山地自行车 九成新,,mountain-bikes,good,300,,,\n");
    std::fs::write(&csv, text).unwrap();
    alice.run(["import", "listings", csv.to_str().unwrap()]).code(0);

    let r = search(&m, "harmonium", &["--near", "51.5,-0.13", "--within", "2"]);
    assert_eq!(r["total"], 1, "{}", show(&r));
    assert_eq!(search(&m, "antique", &[])["total"], 1, "tags");
    assert_eq!(search(&m, "organ", &[])["total"], 1, "description");
    assert_eq!(search(&m, "自行车", &[])["total"], 1, "Chinese");
    assert_eq!(search(&m, "filler", &[])["total"], 30);
    // New listings are indexed one by one again.
    let after = list(&alice, "Upright piano", "pianos-keyboards", "fair", "400", &[]);
    assert_eq!(hits(&search(&m, "piano", &[])), [after]);
    let edited = hits(&search(&m, "harmonium", &[]))[0].to_string();
    alice.run(["list", "edit", &edited, "--title", "Reed organ"]).code(0);
    assert_eq!(search(&m, "harmonium", &[])["total"], 0);
}

#[test]
fn renaming_a_category_reindexes_its_names() {
    let m = Market::temp();
    let admin = m.member("admin");
    let trek = list(&admin, "Trek FX", "road-bikes", "good", "300", &[]);
    list(&admin, "Oak bookcase", "furniture", "good", "10", &[]);
    assert_eq!(hits(&search(&m, "公路", &[])), [trek], "road-bikes is 公路自行车");
    admin.run(["category", "edit", "road-bikes", "--name-zh", "竞速赛车", "--name-en", "Racer bikes"]).code(0);
    assert_eq!(hits(&search(&m, "racer", &[])), [trek], "the new English name");
    assert_eq!(hits(&search(&m, "竞速赛车", &[])), [trek], "the new Chinese name");
    assert_eq!(hits(&search(&m, "竞速", &[])), [trek], "a word of the new Chinese name");
    assert_eq!(search(&m, "公路", &[])["total"], 0, "the old Chinese name is gone");
}

// 7. The query plan ---------------------------------------------------------

#[test]
fn the_fts_match_drives_the_plan_and_listings_are_looked_up_by_id() {
    let m = Market::temp();
    let alice = m.member("alice");
    for i in 0..20 {
        let location = format!("51.{i:02},-0.1{i}");
        list(
            &alice,
            &format!("Road bike {i}"),
            "road-bikes",
            "good",
            &format!("{}", 100 + i),
            &["--location", &location],
        );
    }
    let conn = flea::db::open(&m.db).expect("open");
    let road = flea::category::find(&conn, "bikes-sports").expect("category");
    let filters = Filters {
        categories: flea::category::with_children(&conn, road.id).expect("children"),
        min_price: Some(flea::money::Money::from_minor(5_000).unwrap()),
        max_price: Some(flea::money::Money::from_minor(50_000).unwrap()),
        conditions: vec![flea::listing::Condition::Good, flea::listing::Condition::Fair],
        seller: Some(user_id(&m, "alice")),
        near: Some((51.5, -0.12)),
        within_km: Some(25.0),
        min_rating: Some(1.0),
        ..Filters::default()
    };
    for sort in [Sort::Relevance, Sort::PriceAsc, Sort::Distance] {
        let request = Request { text: "road bike -carbon", filters: filters.clone(), sort, limit: 20, offset: 0 };
        let plan = flea::search::plan_sql(&conn, &request).expect("plan");
        for (sql, params) in
            [(&plan.select, &plan.params), (&plan.count, &plan.count_params), (&plan.rows, &plan.rows_params)]
        {
            let mut stmt = conn.prepare(&format!("EXPLAIN QUERY PLAN {sql}")).expect("explain");
            let rows: Vec<(i64, i64, String)> = stmt
                .query_map(rusqlite::params_from_iter(params.iter()), |r| Ok((r.get(0)?, r.get(1)?, r.get(3)?)))
                .expect("plan rows")
                .collect::<rusqlite::Result<_>>()
                .expect("plan rows");
            let text: String = rows.iter().map(|(id, parent, d)| format!("{id} {parent} {d}\n")).collect();
            // The loops of the main query are the SCAN/SEARCH rows at the top level.
            let loops: Vec<&str> = rows
                .iter()
                .filter(|(_, parent, d)| *parent == 0 && (d.starts_with("SCAN") || d.starts_with("SEARCH")))
                .map(|(_, _, d)| d.as_str())
                .collect();
            let first = loops.first().copied().unwrap_or("");
            assert!(
                first.contains("VIRTUAL TABLE") || first == "SCAN m",
                "{sort:?}: the outermost loop must be the FTS scan, not {first:?}\n{sql}\n{text}"
            );
            // Each match's listing is found by its id, through the narrow
            // covering index of filter and sort columns.
            let by_id = |d: &&str| d.starts_with("SEARCH l USING COVERING INDEX listings_facts (id=?");
            assert!(loops.iter().any(by_id), "{sort:?}: listings must be looked up by id\n{text}");
            assert!(
                !loops.iter().any(|d| *d == "SCAN l"
                    || d.starts_with("SCAN l ")
                    || d.starts_with("SEARCH l USING ") && !by_id(d)),
                "{sort:?}: listings must not drive the join (MATCH once per row)\n{text}"
            );
            let fts_loops = rows.iter().filter(|(_, _, d)| d.contains("VIRTUAL TABLE")).count();
            let excluded = usize::from(sql.contains("NOT IN"));
            assert!(fts_loops <= 1 + excluded, "{sort:?}: the FTS table is scanned once\n{text}");
        }
    }
}

// 7b. Heads: frequent words ranked from their best listings ------------------

/// The exact answer: every match ranked by FTS5, in SQL.
fn exact_ids(conn: &rusqlite::Connection, request: &Request) -> Vec<(i64, Option<f64>)> {
    let plan = flea::search::plan_sql(conn, request).expect("plan");
    let mut stmt = conn.prepare(&plan.select).expect("select");
    stmt.query_map(rusqlite::params_from_iter(plan.params.iter()), |r| Ok((r.get(0)?, r.get(1)?)))
        .expect("rows")
        .collect::<rusqlite::Result<_>>()
        .expect("rows")
}

#[test]
fn heads_give_the_exact_answer_and_see_new_edited_and_withdrawn_listings_at_once() {
    let m = Market::temp();
    let alice = m.member("alice");
    let mut lamps = Vec::new();
    // "lamp" in 3 listings of 8: BM25 gives words in over half none weight.
    for i in 0..40 {
        let (title, description) = match i % 8 {
            0 => (format!("Lamp {i}"), "Solid brass.".to_string()),
            1 => (format!("Desk lamp {i}, lamp shade included, with a long title"), "A lamp.".into()),
            2 => (format!("Reading light {i}"), "Comes with a lamp bulb and a lamp hook, lamp lamp.".into()),
            3 => (format!("Oak chair {i}"), "Solid oak.".into()),
            _ => (format!("Garden hose {i}"), "Green.".into()),
        };
        let id = list(
            &alice,
            &title,
            "furniture",
            ["good", "fair"][i % 2],
            &format!("{}", 10 + i * 7 % 40),
            &["--description", &description],
        );
        lamps.push(id);
    }
    let conn = flea::db::open(&m.db).expect("open");
    flea::search::heads::set_min_docs(1);
    let cases = |text: &'static str| {
        let cheap = Filters { max_price: Some(flea::money::Money::from_minor(3_000).unwrap()), ..Filters::default() };
        let fair = Filters { conditions: vec![flea::listing::Condition::Fair], ..Filters::default() };
        [
            (Filters::default(), Sort::Relevance, 0),
            (Filters::default(), Sort::Relevance, 3),
            (cheap.clone(), Sort::Relevance, 0),
            (fair, Sort::Relevance, 0),
            (Filters::default(), Sort::PriceAsc, 0),
            (cheap, Sort::Newest, 2),
        ]
        .map(|(filters, sort, offset)| Request { text, filters, sort, limit: 5, offset })
    };
    let check = |when: &str, scores: bool| {
        for text in ["lamp", "lam*", "\"lamp shade\""] {
            for request in cases(text) {
                let found = flea::search::search(&conn, &request).expect("search");
                let got: Vec<(i64, Option<f64>)> = found.results.iter().map(|h| (h.id, h.score)).collect();
                let want = exact_ids(&conn, &request);
                let ids = |v: &[(i64, Option<f64>)]| v.iter().map(|(id, _)| *id).collect::<Vec<_>>();
                assert_eq!(ids(&got), ids(&want), "{when}: {text} {:?} {:?}", request.sort, request.filters);
                if scores {
                    for ((_, a), (_, b)) in got.iter().zip(&want) {
                        let (a, b) = (a.expect("a score"), b.expect("a score"));
                        assert!((a - b).abs() < 1e-9, "{when}: {text}: heads score {a} vs FTS5 {b}");
                    }
                }
            }
        }
    };
    check("fresh heads", true);
    assert!(count(&m, "SELECT count(*) FROM search_heads") > 0, "heads were kept");
    check("stored heads", true);
    // A better listing added, an old one edited into the top, a top one withdrawn.
    list(&alice, "Lamp lamp", "furniture", "good", "12", &["--description", "lamp"]);
    alice.run(["list", "edit", &lamps[3].to_string(), "--title", "Lamp"]).code(0);
    alice.run(["list", "withdraw", &lamps[0].to_string()]).code(0);
    check("after changes", false);
    flea::search::heads::set_min_docs(flea::search::heads::HEAD_MIN);
}

// 8. Watch ------------------------------------------------------------------

#[test]
fn watch_add_list_remove_with_price_drops_and_sales() {
    let m = Market::temp();
    let alice = m.member("alice");
    let bob = m.member("bob");
    let carol = m.member("carol");
    let camera = list(&alice, "Leica M6 camera", "collectibles", "good", "500", &[]);
    let lens = list(&alice, "Summicron lens", "collectibles", "good", "300", &[]);
    let (c, l) = (camera.to_string(), lens.to_string());

    let w = bob.run(["watch", "add", &c, "--format", "json"]).code(0).json();
    assert_eq!((w["listing_id"].as_i64(), w["title"].as_str()), (Some(camera), Some("Leica M6 camera")));
    assert_eq!(w["change"], "no change", "{w}");
    let watches = "SELECT count(*) FROM events WHERE kind = 'watch'";
    assert_eq!(count(&m, watches), 1, "a watch event");
    let (user, listing): (i64, i64) = m
        .sql()
        .query_row("SELECT user_id, listing_id FROM events WHERE kind = 'watch'", [], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap();
    assert_eq!((user, listing), (user_id(&m, "bob"), camera));

    bob.run(["watch", "add", &c]).code(5).stderr_has("already");
    alice.run(["watch", "add", &c]).code(5).stderr_has("yours");
    bob.run(["watch", "add", "9999"]).code(3);
    m.run(["watch", "add", &l]).code(4);
    m.run(["watch", "list"]).code(4);
    m.run(["watch", "remove", &c]).code(4);
    assert_eq!(count(&m, watches), 1, "refused watches record nothing");
    bob.run(["watch", "add", &l, "-q"]).code(0).stdout_has(&l);

    // The seller lowers the price: the watchlist says so.
    alice.run(["list", "edit", &c, "--price", "450"]).code(0);
    let list_json = bob.run(["watch", "list", "--format", "json"]).code(0).json();
    let entry = |v: &Value, id: i64| {
        v.as_array().unwrap().iter().find(|e| e["listing_id"] == id).unwrap_or_else(|| panic!("{id} in {v}")).clone()
    };
    let e = entry(&list_json, camera);
    assert!(e["change"].as_str().unwrap().contains("price down"), "{e}");
    assert!(e["change"].as_str().unwrap().contains("50.00"), "by how much: {e}");
    assert_eq!((e["price_cents"].as_i64(), e["price_then_cents"].as_i64()), (Some(45_000), Some(50_000)));
    assert_eq!(entry(&list_json, lens)["change"], "no change");
    bob.run(["watch", "list"]).code(0).stdout_has("price down");

    // It sells: the status shows.
    buy_and_complete(&carol, &alice, camera);
    let e = entry(&bob.run(["watch", "list", "--format", "json"]).code(0).json(), camera);
    assert_eq!(e["status"], "sold", "{e}");
    assert!(e["change"].as_str().unwrap().contains("sold"), "{e}");
    bob.run(["watch", "list"]).code(0).stdout_has("sold");
    // Someone else's watchlist is their own.
    assert_eq!(carol.run(["watch", "list", "--format", "json"]).code(0).json(), serde_json::json!([]));

    bob.run(["watch", "remove", &c]).code(0);
    bob.run(["watch", "remove", &c]).code(3);
    carol.run(["watch", "remove", &l]).code(3);
    let left = bob.run(["watch", "list", "--format", "json"]).code(0).json();
    assert_eq!(left.as_array().unwrap().len(), 1, "{left}");
    assert_eq!(left[0]["listing_id"], lens);
}

// 9. Want -------------------------------------------------------------------

/// A match component, wherever the JSON keeps it (see the `price` bug below).
fn component(row: &Value, name: &str) -> f64 {
    let v = if row["components"].is_object() {
        &row["components"][name]
    } else if name == "price" && row["price_fit"].is_number() {
        &row["price_fit"]
    } else {
        &row[name]
    };
    v.as_f64().unwrap_or_else(|| panic!("component {name} in {row}"))
}

#[test]
fn want_add_list_remove_and_their_refusals() {
    let m = Market::temp();
    let _alice = m.member("alice");
    let bob = m.member("bob");
    let carol = m.member("carol");

    let w = bob
        .run([
            "want",
            "add",
            "road bike 54cm",
            "--category",
            "bikes-sports",
            "--max-price",
            "300",
            "--near",
            "51.5074,-0.1278",
            "--within",
            "15",
            "--format",
            "json",
        ])
        .code(0)
        .json();
    assert_eq!(w["query"], "road bike 54cm");
    assert_eq!(w["category"], "bikes-sports");
    assert_eq!((w["max_price_cents"].as_i64(), w["max_price"].as_str()), (Some(30_000), Some("300.00")));
    assert_eq!(
        (w["lat"].as_f64(), w["lon"].as_f64(), w["within_km"].as_f64()),
        (Some(51.5074), Some(-0.1278), Some(15.0))
    );
    assert_eq!((w["status"].as_str(), w["username"].as_str()), (Some("open"), Some("bob")));
    let first = w["id"].as_i64().unwrap();
    let second = id_of(bob.run(["want", "add", "sofa", "-q"]).code(0));
    bob.run(["want", "add", "lamp"]).code(0).stdout_has("Posted want");

    let mine = bob.run(["want", "list", "--format", "json"]).code(0).json();
    let ids: Vec<i64> = mine.as_array().unwrap().iter().map(|w| w["id"].as_i64().unwrap()).collect();
    assert_eq!(ids.len(), 3, "{mine}");
    assert!(ids.contains(&first) && ids.contains(&second));
    assert_eq!(carol.run(["want", "list", "--format", "json"]).code(0).json(), serde_json::json!([]));

    // Refusals.
    m.run(["want", "add", "bike"]).code(4);
    m.run(["want", "list"]).code(4);
    m.run(["want", "matches"]).code(4);
    bob.run(["want", "add", "bike", "--within", "5"]).code(2);
    bob.run(["want", "add", "bike", "--near", "me"]).code(6);
    bob.run(["want", "add", "bike", "--max-price", "cheap"]).code(6);
    bob.run(["want", "add", "bike", "--category", "nope"]).code(3);
    for empty in ["", "   ", "-carbon", "🚲", "\"\""] {
        bob.run(["want", "add", "--", empty]).code(6);
    }
    bob.run(["want", "add", &"x".repeat(501)]).code(6);

    let (f, s) = (first.to_string(), second.to_string());
    carol.run(["want", "remove", &f]).code(4);
    carol.run(["want", "matches", &f]).code(4);
    bob.run(["want", "remove", "9999"]).code(3);
    bob.run(["want", "matches", "9999"]).code(3);
    bob.run(["want", "remove", &f]).code(0);
    bob.run(["want", "remove", &f]).code(5);
    bob.run(["want", "remove", &s, "-q"]).code(0).stdout_has(&s);
    let mine = bob.run(["want", "list", "--format", "json"]).code(0).json();
    assert_eq!(mine.as_array().unwrap().len(), 1, "closed wants leave the list: {mine}");
}

#[test]
fn want_matches_are_scored_from_their_components_and_respect_the_want() {
    let m = Market::temp();
    let alice = m.member("alice");
    let bob = m.member("bob");
    let dan = m.member("dan");
    const LONDON: &str = "51.5074,-0.1278";
    let want = bob
        .run(["want", "add", "lamp", "--max-price", "50", "--near", LONDON, "--within", "100", "--format", "json"])
        .code(0)
        .json()["id"]
        .as_i64()
        .unwrap();
    let cheap_near = list(&alice, "Brass lamp", "home-decor", "good", "10", &["--location", LONDON]);
    let dear_near = list(&alice, "Floor lamp", "home-decor", "good", "45", &["--location", LONDON]);
    let cheap_far = list(&alice, "Lamp shade", "home-decor", "good", "10", &["--location", "52.2053,0.1218"]);
    let over_price = list(&alice, "Designer lamp", "home-decor", "good", "80", &["--location", LONDON]);
    let out_of_range = list(&alice, "Paris lamp", "home-decor", "good", "10", &["--location", "48.8566,2.3522"]);
    let no_place = list(&alice, "Desk lamp", "home-decor", "good", "10", &[]);
    let own = list(&bob, "Bob's old lamp", "home-decor", "good", "5", &["--location", LONDON]);
    // Three weeks old: freshness halves every 21 days.
    let old = id_of(
        Run::new(alice.cmd().env("FLEA_NOW", rfc(clock() - TimeDelta::days(21))).args([
            "list",
            "add",
            "--title",
            "Old lamp",
            "--category",
            "home-decor",
            "--condition",
            "good",
            "--price",
            "10",
            "--location",
            LONDON,
            "-q",
        ]))
        .code(0),
    );
    // A reviewed seller of lamps: dan, rated 5 by bob.
    let dans = list(&dan, "Dan's lamp", "home-decor", "good", "10", &["--location", LONDON]);
    let order = buy_and_complete(&bob, &dan, list(&dan, "Egg cup", "cookware", "good", "1", &[]));
    bob.run(["review", &order, "--rating", "5"]).code(0);
    for (title, category) in [("Oak bookcase", "furniture"), ("Garden hose", "garden-tools"), ("Chess", "toys")] {
        list(&alice, title, category, "good", "10", &[]);
    }

    let rows = bob.run(["want", "matches", &want.to_string(), "--format", "json"]).code(0).json();
    let rows = rows.as_array().unwrap_or_else(|| panic!("an array: {rows}")).clone();
    let found: BTreeSet<i64> = rows.iter().map(|r| r["listing_id"].as_i64().unwrap()).collect();
    assert_eq!(
        found,
        set(&[cheap_near, dear_near, cheap_far, old, dans]),
        "not over the max price, not beyond 100 km, not without a place, never bob's own: {rows:?}"
    );
    assert!(!found.contains(&own) && !found.contains(&over_price) && !found.contains(&out_of_range));
    assert!(!found.contains(&no_place));
    let row = |id: i64| rows.iter().find(|r| r["listing_id"] == id).unwrap().clone();

    let mut last = f64::INFINITY;
    for r in &rows {
        assert_eq!(r["want_id"], want);
        let parts: Vec<f64> =
            ["text", "price", "distance", "reputation", "freshness"].iter().map(|n| component(r, n)).collect();
        for (name, p) in ["text", "price", "distance", "reputation", "freshness"].iter().zip(&parts) {
            assert!((0.0..=1.0).contains(p), "{name} = {p} is outside 0..1: {r}");
        }
        let expected = 0.40 * parts[0] + 0.20 * parts[1] + 0.15 * parts[2] + 0.15 * parts[3] + 0.10 * parts[4];
        let score = r["score"].as_f64().unwrap();
        assert!((score - expected).abs() <= 0.002, "score {score} != weighted sum {expected}: {r}");
        assert!(score <= last, "best first: {rows:?}");
        last = score;
    }
    // Each component moves the right way.
    assert!(component(&row(cheap_near), "price") > component(&row(dear_near), "price"), "cheaper fits better");
    assert!(component(&row(cheap_near), "distance") > component(&row(cheap_far), "distance"), "nearer is better");
    assert!(component(&row(dans), "reputation") > component(&row(cheap_near), "reputation"), "a 5-star seller");
    let fresh = component(&row(cheap_near), "freshness");
    let stale = component(&row(old), "freshness");
    assert!(fresh > 0.99 && (stale - 0.5).abs() < 0.02, "fresh {fresh}, three weeks old {stale}");
    assert_eq!(row(cheap_far)["distance_km"].as_f64().map(|d| d.round()), Some(80.0));

    // --limit, and all open wants at once.
    let two = bob.run(["want", "matches", &want.to_string(), "--limit", "2", "--format", "json"]).code(0).json();
    assert_eq!(two.as_array().unwrap().len(), 2);
    assert_eq!(two[0]["listing_id"], rows[0]["listing_id"]);
    bob.run(["want", "add", "bookcase", "--category", "furniture", "-q"]).code(0);
    let all = bob.run(["want", "matches", "--format", "json"]).code(0).json();
    let wants: BTreeSet<i64> = all.as_array().unwrap().iter().map(|r| r["want_id"].as_i64().unwrap()).collect();
    assert_eq!(wants.len(), 2, "{all}");
    // A category keeps matches inside it.
    let chess = bob.run(["want", "add", "chess", "--category", "furniture", "--format", "json"]).code(0).json();
    let none = bob.run(["want", "matches", &chess["id"].to_string(), "--format", "json"]).code(0).json();
    assert_eq!(none, serde_json::json!([]), "the chess set is a toy, not furniture");
}

#[test]
fn a_new_listing_says_how_many_open_wants_of_other_members_it_matches() {
    let m = Market::temp();
    let alice = m.member("alice");
    let bob = m.member("bob");
    let carol = m.member("carol");
    bob.run(["want", "add", "lamp", "--max-price", "50"]).code(0);
    carol.run(["want", "add", "brass lamp", "--category", "home-kitchen"]).code(0);
    let closed = id_of(carol.run(["want", "add", "lamp", "-q"]).code(0));
    carol.run(["want", "remove", &closed.to_string()]).code(0);
    alice.run(["want", "add", "lamp"]).code(0);

    let added = |who: &Member, title: &str, category: &str, price: &str| -> Value {
        let args = ["list", "add", "--title", title, "--category", category, "--condition", "good", "--price", price];
        let mut args: Vec<&str> = args.to_vec();
        args.extend(["--format", "json"]);
        who.run(args).code(0).json()
    };
    // bob's and carol's open wants, not alice's own, not carol's closed one.
    assert_eq!(added(&alice, "Brass lamp", "home-decor", "20")["matching_wants"], 2);
    assert_eq!(added(&alice, "Floor lamp", "home-decor", "20")["matching_wants"], 1, "carol wants brass");
    assert_eq!(added(&alice, "Brass lamp", "home-decor", "80")["matching_wants"], 1, "over bob's max price");
    assert_eq!(added(&alice, "Brass lamp", "garden", "20")["matching_wants"], 1, "outside carol's category");
    assert_eq!(added(&alice, "Oak bookcase", "furniture", "20")["matching_wants"], 0);
    // bob's own listing does not match bob's want; alice's and carol's want count.
    assert_eq!(added(&bob, "Brass lamp", "home-decor", "20")["matching_wants"], 2);
    alice
        .run([
            "list",
            "add",
            "--title",
            "Brass lamp",
            "--category",
            "home-decor",
            "--condition",
            "good",
            "--price",
            "5",
        ])
        .code(0)
        .stdout_has("matches 2 open want(s)");
}

#[test]
fn the_wanters_own_listings_do_not_crowd_out_matches() {
    // Failed at d1d98e7 (the 50 best hits were taken before dropping bob's own): bob's
    // `flea want matches` printed [] although alice's `list add` said it matched 1 open want.
    let m = Market::temp();
    let alice = m.member("alice");
    let bob = m.member("bob");
    let want = id_of(bob.run(["want", "add", "lamp", "-q"]).code(0));
    for i in 0..50 {
        list(&bob, &format!("lamp lamp {i}"), "home-decor", "good", "5", &[]);
    }
    let theirs = list(
        &alice,
        "Old brass lamp with a long title for a lower score",
        "home-decor",
        "good",
        "5",
        &["--description", "described at some length, so that BM25 ranks it below bob's own listings"],
    );
    let rows = bob.run(["want", "matches", &want.to_string(), "--format", "json"]).code(0).json();
    let found: Vec<i64> = rows.as_array().unwrap().iter().map(|r| r["listing_id"].as_i64().unwrap()).collect();
    assert_eq!(found, [theirs], "the one listing that is not bob's");
}

#[test]
fn want_match_json_keeps_price_as_the_decimal_money_string() {
    // Failed at d1d98e7: `flea want matches --format json` gave "price_cents": 1000, "price": 0.9.
    // DESIGN 3: money is `price_cents` and `price` (decimal string); the table calls the component "price fit".
    let m = Market::temp();
    let alice = m.member("alice");
    let bob = m.member("bob");
    bob.run(["want", "add", "lamp", "--max-price", "50"]).code(0);
    list(&alice, "Brass lamp", "home-decor", "good", "10", &[]);
    let rows = bob.run(["want", "matches", "--format", "json"]).code(0).json();
    let row = &rows[0];
    assert_eq!(row["price_cents"], 1000, "{row}");
    assert_eq!(row["price"], "10.00", "the listing's price as a decimal string: {row}");
    assert!(
        row["price_fit"].is_number() || row["components"]["price"].is_number(),
        "the price-fit component under its own name: {row}"
    );
}
