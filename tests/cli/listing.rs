//! `flea list ...`: publishing and managing listings, their photos, price
//! history and view events.

use crate::{Market, Member, Run};
use serde_json::{Value, json};

const NOW: &str = "2030-06-15T12:00:00Z";

/// `list add` with the four required fields and `extra`; returns the run.
fn add(member: &Member, title: &str, price: &str, extra: &[&str]) -> Run {
    let mut args =
        vec!["list", "add", "--title", title, "--category", "smartphones", "--condition", "good", "--price", price];
    args.extend_from_slice(extra);
    member.run_at(NOW, args)
}

/// Adds a listing and returns its id.
fn listed(member: &Member, title: &str, price: &str) -> i64 {
    let out = add(member, title, price, &["--quiet"]).code(0).stdout;
    out.trim().parse().unwrap_or_else(|_| panic!("an id: {out:?}"))
}

fn show(member: &Member, id: i64) -> Value {
    member.run(["list", "show", &id.to_string(), "--format", "json"]).code(0).json()
}

fn count(m: &Market, query: &str) -> i64 {
    m.count(query)
}

fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

#[test]
fn add_with_every_field_then_show() {
    let m = Market::temp();
    let alice = m.member_at("alice", NOW, &["--place", "Leeds", "--location", "53.8,-1.55"]);
    let id = alice
        .run_at(
            NOW,
            [
                "list",
                "add",
                "--title",
                "  iPhone 12, 128 GB  ",
                "--description",
                "Battery at 87%.\nComes with the box.",
                "--category",
                "smartphones",
                "--condition",
                "like-new",
                "--price",
                "1,299.50",
                "--original-price",
                "€ 1899",
                "--acquired",
                "2021-03-04",
                "--quantity",
                "3",
                "--tag",
                "Zeta",
                "--tag",
                "apple",
                "--location",
                "51.5,-0.125",
                "--place",
                "London",
                "--quiet",
            ],
        )
        .code(0)
        .stdout;
    let id: i64 = id.trim().parse().expect("--quiet prints the id alone");
    let l = show(&alice, id);
    // Every documented field, in the README's order (fields added later may
    // follow).
    let documented = [
        "id",
        "seller_id",
        "seller",
        "title",
        "description",
        "category",
        "category_name",
        "condition",
        "price_cents",
        "price",
        "original_price_cents",
        "original_price",
        "acquired_on",
        "quantity",
        "tags",
        "lat",
        "lon",
        "place",
        "status",
        "free",
        "created_at",
        "updated_at",
        "photos",
    ];
    let fields: Vec<&str> =
        l.as_object().unwrap().keys().map(String::as_str).filter(|f| documented.contains(f)).collect();
    assert_eq!(fields, documented);
    let seller_id = m.count("SELECT id FROM users WHERE username = 'alice'");
    assert_eq!(l["id"], id);
    assert_eq!(l["seller_id"], seller_id);
    assert_eq!(l["seller"], "alice");
    assert_eq!(l["title"], "iPhone 12, 128 GB", "trimmed");
    assert_eq!(l["description"], "Battery at 87%.\nComes with the box.");
    assert_eq!(l["category"], "smartphones");
    assert_eq!(l["category_name"], "Smartphones");
    assert_eq!(l["condition"], "like_new");
    assert_eq!(l["price_cents"], 1299 * 100 + 50);
    assert!(l["price_cents"].is_i64(), "an integer");
    assert_eq!(l["price"], "1299.50");
    assert_eq!(l["original_price_cents"], 1899 * 100);
    assert_eq!(l["original_price"], "1899.00");
    assert_eq!(l["acquired_on"], "2021-03-04");
    assert_eq!(l["quantity"], 3);
    assert_eq!(l["tags"], json!(["apple", "zeta"]), "lower case, sorted");
    assert_eq!(l["lat"], 51.5);
    assert_eq!(l["lon"], -0.125);
    assert_eq!(l["place"], "London");
    assert_eq!(l["status"], "active");
    assert_eq!(l["free"], false);
    assert_eq!(l["created_at"], NOW);
    assert_eq!(l["updated_at"], NOW);
    assert_eq!(l["photos"], json!([]));
    // The table view tells the same.
    alice
        .run(["list", "show", &id.to_string()])
        .code(0)
        .stdout_has("iPhone 12, 128 GB")
        .stdout_has("€1,299.50")
        .stdout_has("apple, zeta");
    // The stored row agrees.
    let (cents, tags): (i64, i64) = m
        .sql()
        .query_row(
            "SELECT price_cents, (SELECT count(*) FROM listing_tags WHERE listing_id = l.id) FROM listings l WHERE id = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!((cents, tags), (129_950, 2));
}

#[test]
fn location_and_place_default_to_the_sellers_profile() {
    let m = Market::temp();
    let alice = m.member_at("alice", NOW, &["--place", "Leeds", "--location", "53.8,-1.55"]);
    let bob = m.member_at("bob", NOW, &[]);
    let a = show(&alice, listed(&alice, "Lamp", "5"));
    assert_eq!((&a["lat"], &a["lon"]), (&json!(53.8), &json!(-1.55)));
    assert_eq!(a["place"], "Leeds");
    // Only the place given: the location still comes from the profile.
    let id = add(&alice, "Desk", "5", &["--place", "Campus", "--quiet"]).code(0).stdout;
    let d = show(&alice, id.trim().parse().unwrap());
    assert_eq!(d["place"], "Campus");
    assert_eq!(d["lat"], 53.8);
    // A member without a profile location has none to give.
    let b = show(&bob, listed(&bob, "Chair", "5"));
    assert!(b["lat"].is_null() && b["lon"].is_null() && b["place"].is_null());
}

#[test]
fn add_and_edit_json_carry_decimal_prices() {
    let m = Market::temp();
    let alice = m.member_at("alice", NOW, &[]);
    let l = add(&alice, "Lamp", "12.5", &["--original-price", "20", "--format", "json"]).code(0).json();
    assert_eq!(l["price_cents"], 1250);
    assert_eq!(l["price"], "12.50");
    assert_eq!(l["original_price"], "20.00");
    let id = l["id"].to_string();
    let e = alice.run(["list", "edit", &id, "--price", "9.99", "--format", "json"]).code(0).json();
    assert_eq!(e["price"], "9.99");
    let w = alice.run(["list", "withdraw", &id, "--format", "json"]).code(0).json();
    assert_eq!(w["price"], "9.99");
}

#[test]
fn giveaways_are_free() {
    let m = Market::temp();
    let alice = m.member_at("alice", NOW, &[]);
    let l = alice
        .run([
            "list",
            "add",
            "--title",
            "Moving boxes",
            "--category",
            "other",
            "--condition",
            "fair",
            "--free",
            "--quiet",
        ])
        .code(0)
        .stdout;
    let l = show(&alice, l.trim().parse().unwrap());
    assert_eq!(l["price_cents"], 0);
    assert_eq!(l["price"], "0.00");
    assert_eq!(l["free"], true);
    add(&alice, "Boxes", "5", &["--free"]).code(6).stderr_has("--free");
    add(&alice, "Boxes", "0", &["--free", "--quiet"]).code(0);
    // A zero price without --free is a listing at 0, not a giveaway.
    let z = show(&alice, listed(&alice, "Zero", "0"));
    assert_eq!((z["price_cents"].clone(), z["free"].clone()), (json!(0), json!(false)));
    assert_eq!(count(&m, "SELECT count(*) FROM listings WHERE is_free = 1"), 2);
}

#[test]
fn quiet_prints_only_the_new_id() {
    let m = Market::temp();
    let alice = m.member_at("alice", NOW, &[]);
    let first = add(&alice, "One", "1", &["--quiet"]).code(0).stdout;
    let second = add(&alice, "Two", "2", &["-q"]).code(0).stdout;
    let first: i64 = first.strip_suffix('\n').unwrap().parse().unwrap();
    let second: i64 = second.strip_suffix('\n').unwrap().parse().unwrap();
    assert_eq!(second, first + 1);
    assert_eq!(show(&alice, second)["title"], "Two");
    // Without --quiet a sentence names the listing and its price.
    add(&alice, "Three", "3.5", &[]).code(0).stdout_has("Three").stdout_has("€3.50");
}

#[test]
fn missing_required_fields_without_a_terminal_are_usage_errors() {
    let m = Market::temp();
    let alice = m.member_at("alice", NOW, &[]);
    let all = [("--title", "Lamp"), ("--category", "smartphones"), ("--condition", "good"), ("--price", "5")];
    for (missing, _) in all {
        let mut args = vec!["list", "add"];
        for (flag, value) in all {
            if flag != missing {
                args.extend([flag, value]);
            }
        }
        alice.run_in("", args).code(2).stderr_has(&format!("missing {missing}"));
    }
    alice.run_in("", ["list", "add"]).code(2).stderr_has("--title");
    assert_eq!(count(&m, "SELECT count(*) FROM listings"), 0);
    // Not logged in is refused before anything is asked.
    m.run_in("", ["list", "add", "--title", "Lamp", "--category", "tools", "--condition", "good", "--price", "5"])
        .code(4);
}

#[test]
fn bad_values_are_invalid_data() {
    let m = Market::temp();
    let alice = m.member_at("alice", NOW, &[]);
    for price in ["12,5", "-3", "0.001", "NaN", "12.5.0", "$5", "99999999999999999999"] {
        add(&alice, "Lamp", price, &[]).code(6).stderr_has(price);
    }
    let long_title = "x".repeat(201);
    let long_tag = "t".repeat(33);
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (vec!["--quantity", "0"], "quantity"),
        (vec!["--quantity", "-2"], "quantity"),
        (vec!["--quantity", "1000001"], "quantity"),
        (vec!["--acquired", "2030-06-16"], "future"),
        (vec!["--acquired", "yesterday"], "date"),
        (vec!["--acquired", "2021-02-30"], "date"),
        (vec!["--location", "91,0"], "location"),
        (vec!["--location", "0,181"], "location"),
        (vec!["--location", "north"], "location"),
        (vec!["--tag", "a;b"], "tag"),
        (vec!["--tag", "a,b"], "tag"),
        (vec!["--tag", &long_tag], "tag"),
        (vec!["--original-price", "-1"], "price"),
        (vec!["--place", "line\nbreak"], "place"),
    ];
    for (extra, needle) in &cases {
        add(&alice, "Lamp", "5", extra).code(6).stderr_has(needle);
    }
    for condition in ["mint", "", "used"] {
        alice
            .run(["list", "add", "--title", "Lamp", "--category", "tools", "--condition", condition, "--price", "5"])
            .code(6)
            .stderr_has("condition");
    }
    for title in [long_title.as_str(), "", "   ", "two\nlines"] {
        alice
            .run(["list", "add", "--title", title, "--category", "tools", "--condition", "good", "--price", "5"])
            .code(6)
            .stderr_has("title");
    }
    let tags: Vec<String> = (0..21).map(|i| format!("t{i}")).collect();
    let mut many = vec![];
    for t in &tags {
        many.extend(["--tag", t.as_str()]);
    }
    add(&alice, "Lamp", "5", &many).code(6).stderr_has("20 tags");
    assert_eq!(count(&m, "SELECT count(*) FROM listings"), 0, "nothing written");
    // The edges that are allowed.
    let title = "x".repeat(200);
    add(&alice, &title, "0.01", &["--acquired", "2030-06-15", "--quantity", "1000000"]).code(0);
    let twenty: Vec<&str> = many[..40].to_vec();
    add(&alice, "Tagged", "5", &twenty).code(0);
}

#[test]
fn an_unknown_category_is_invalid_data() {
    // README: "a bad value exit 6"; an unknown category given to `list add`
    // is a bad value of --category (exit 6), not a missing object (3).
    let m = Market::temp();
    let alice = m.member_at("alice", NOW, &[]);
    alice
        .run(["list", "add", "--title", "Lamp", "--category", "lamps", "--condition", "good", "--price", "5"])
        .code(6)
        .stderr_has("lamps")
        .stderr_has("category list");
    let id = listed(&alice, "Lamp", "5");
    alice.run(["list", "edit", &id.to_string(), "--category", "lamps"]).code(6);
    // A category may be named by slug in any case, or by id.
    let phones = alice
        .run([
            "list",
            "add",
            "--title",
            "Phone",
            "--category",
            "SMARTPHONES",
            "--condition",
            "good",
            "--price",
            "5",
            "--format",
            "json",
        ])
        .code(0)
        .json();
    assert_eq!(phones["category"], "smartphones");
    let by_id = alice
        .run([
            "list",
            "add",
            "--title",
            "Sofa",
            "--category",
            "121",
            "--condition",
            "good",
            "--price",
            "5",
            "--format",
            "json",
        ])
        .code(0)
        .json();
    assert_eq!(by_id["category"], "sofas");
}

#[test]
fn a_price_change_is_kept_in_price_changes() {
    let m = Market::temp();
    let alice = m.member_at("alice", NOW, &[]);
    let id = listed(&alice, "Bike", "120");
    let sid = id.to_string();
    let later = "2030-06-20T08:30:00Z";
    alice.run_at(later, ["list", "edit", &sid, "--price", "99.95"]).code(0).stdout_has("Updated listing");
    let rows: Vec<(i64, i64, i64, String)> = m
        .sql()
        .prepare("SELECT listing_id, old_price_cents, new_price_cents, changed_at FROM price_changes")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(rows, [(id, 120 * 100, 9995, later.to_string())]);
    let l = show(&alice, id);
    assert_eq!(l["price_cents"], 9995);
    assert_eq!(l["updated_at"], later);
    assert_eq!(l["created_at"], NOW);
    let csv = alice.run(["export", "price_changes"]).code(0).stdout;
    assert_eq!(csv, format!("id,listing_id,old_price,new_price,changed_at\n1,{id},120.00,99.95,{later}\n"));
    // Other edits, and the same price again, leave the history alone.
    alice.run(["list", "edit", &sid, "--title", "Bike, serviced"]).code(0);
    alice.run(["list", "edit", &sid, "--price", "99.95"]).code(0);
    assert_eq!(count(&m, "SELECT count(*) FROM price_changes"), 1);
    alice.run(["list", "edit", &sid, "--price", "80"]).code(0);
    let (old, new): (i64, i64) = m
        .sql()
        .query_row("SELECT old_price_cents, new_price_cents FROM price_changes ORDER BY id DESC LIMIT 1", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .unwrap();
    assert_eq!((old, new), (9995, 8000));
}

#[test]
fn only_the_seller_edits_and_edits_need_a_change() {
    let m = Market::temp();
    let alice = m.member_at("alice", NOW, &[]);
    let bob = m.member_at("bob", NOW, &[]);
    let id = listed(&alice, "Bike", "120").to_string();
    bob.run(["list", "edit", &id, "--price", "1"]).code(4).stderr_has("alice");
    m.run(["list", "edit", &id, "--price", "1"]).code(4);
    alice.run(["list", "edit", "999", "--price", "1"]).code(3);
    alice.run(["list", "edit", &id]).code(2).stderr_has("nothing to change");
    alice.run(["list", "edit", &id, "--price", "1,5"]).code(6);
    alice.run(["list", "edit", &id, "--condition", "mint"]).code(6);
    alice.run(["list", "edit", &id, "--quantity", "0"]).code(6);
    alice.run(["list", "edit", &id, "--title", ""]).code(6);
    let l = show(&alice, id.parse().unwrap());
    assert_eq!(l["price_cents"], 12000, "unchanged");
    assert_eq!(l["title"], "Bike");
    assert_eq!(count(&m, "SELECT count(*) FROM price_changes"), 0);
}

#[test]
fn edit_replaces_and_clears_fields() {
    let m = Market::temp();
    let alice = m.member_at("alice", NOW, &["--place", "Leeds", "--location", "53.8,-1.55"]);
    let id = add(
        &alice,
        "Bike",
        "120",
        &["--original-price", "400", "--acquired", "2020-01-01", "--tag", "road", "--tag", "steel", "--quiet"],
    )
    .code(0)
    .stdout
    .trim()
    .to_string();
    let edit = |args: &[&str]| {
        let mut all = vec!["list", "edit", id.as_str()];
        all.extend_from_slice(args);
        alice.run_at(NOW, all).code(0);
        show(&alice, id.parse().unwrap())
    };
    let l = edit(&["--tag", "Vintage", "--tag", "blue"]);
    assert_eq!(l["tags"], json!(["blue", "vintage"]), "the tags given replace the old");
    alice.run(["list", "edit", &id, "--no-tags", "--tag", "x"]).code(2);
    let l = edit(&["--no-tags"]);
    assert_eq!(l["tags"], json!([]));
    assert_eq!(count(&m, "SELECT count(*) FROM listing_tags"), 0);
    let l = edit(&["--original-price", ""]);
    assert!(l["original_price_cents"].is_null() && l["original_price"].is_null());
    assert_eq!(l["price_cents"], 12000, "the asking price stays");
    let l = edit(&["--acquired", ""]);
    assert!(l["acquired_on"].is_null());
    let l = edit(&["--place", ""]);
    assert!(l["place"].is_null());
    assert_eq!(l["lat"], 53.8, "the location stays");
    let l = edit(&["--location", ""]);
    assert!(l["lat"].is_null() && l["lon"].is_null());
    let l = edit(&[
        "--location",
        "-33.86,151.21",
        "--description",
        "Two\nlines",
        "--condition",
        "poor",
        "--category",
        "tools",
        "--quantity",
        "4",
    ]);
    assert_eq!((l["lat"].clone(), l["lon"].clone()), (json!(-33.86), json!(151.21)));
    assert_eq!(l["description"], "Two\nlines");
    assert_eq!(l["condition"], "poor");
    assert_eq!(l["category"], "tools");
    assert_eq!(l["quantity"], 4);
    assert_eq!(l["title"], "Bike", "untouched");
}

#[test]
fn edit_refuses_a_giveaway_with_a_price() {
    let m = Market::temp();
    let alice = m.member_at("alice", NOW, &[]);
    let id = listed(&alice, "Bike", "120").to_string();
    alice.run(["list", "edit", &id, "--free", "--price", "5"]).code(6).stderr_has("--free");
    assert_eq!(show(&alice, id.parse().unwrap())["price_cents"], 12000);
}

#[test]
fn showing_to_another_member_records_one_view() {
    let m = Market::temp();
    let alice = m.member_at("alice", NOW, &[]);
    let bob = m.member_at("bob", NOW, &[]);
    let id = listed(&alice, "Bike", "120");
    let views = || count(&m, "SELECT count(*) FROM events WHERE kind = 'view'");
    alice.run(["list", "show", &id.to_string()]).code(0);
    assert_eq!(views(), 0, "the seller's own look is not a view");
    m.run(["list", "show", &id.to_string()]).code(0).stdout_has("Bike");
    assert_eq!(views(), 0, "an anonymous look is not recorded");
    bob.run_at("2030-06-16T09:00:00Z", ["list", "show", &id.to_string()]).code(0);
    let (kind, user, listing, at): (String, String, i64, String) = m
        .sql()
        .query_row(
            "SELECT e.kind, u.username, e.listing_id, e.at FROM events e JOIN users u ON u.id = e.user_id",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .unwrap();
    assert_eq!((kind.as_str(), user.as_str(), listing, at.as_str()), ("view", "bob", id, "2030-06-16T09:00:00Z"));
    assert_eq!(count(&m, "SELECT count(*) FROM events"), 1, "exactly one");
    // A stale session reads like nobody: shown, not recorded.
    crate::Run::new(m.cmd().env("FLEA_SESSION", "0".repeat(64)).args(["list", "show", &id.to_string()])).code(0);
    bob.run(["list", "show", "999"]).code(3).stderr_has("999");
    m.run(["list", "show", "999"]).code(3);
    assert_eq!(count(&m, "SELECT count(*) FROM events"), 1);
    bob.run(["list", "show", &id.to_string()]).code(0);
    assert_eq!(views(), 2, "every look by another member is a view");
}

#[test]
fn mine_lists_only_your_own_newest_first() {
    let m = Market::temp();
    let alice = m.member_at("alice", NOW, &[]);
    let bob = m.member_at("bob", NOW, &[]);
    let a1 = listed(&alice, "Alpha", "1");
    let b1 = listed(&bob, "Bravo", "1");
    let a2 = alice
        .run_at(
            "2030-06-15T13:00:00Z",
            [
                "list",
                "add",
                "--title",
                "Another",
                "--category",
                "tools",
                "--condition",
                "good",
                "--price",
                "2",
                "--quiet",
            ],
        )
        .code(0)
        .stdout
        .trim()
        .parse::<i64>()
        .unwrap();
    let ids = |member: &Member, extra: &[&str]| -> Vec<i64> {
        let mut args = vec!["list", "mine", "--format", "json"];
        args.extend_from_slice(extra);
        member.run(args).code(0).json().as_array().unwrap().iter().map(|l| l["id"].as_i64().unwrap()).collect()
    };
    assert_eq!(ids(&alice, &[]), [a2, a1]);
    assert_eq!(ids(&bob, &[]), [b1]);
    alice.run(["list", "withdraw", &a1.to_string()]).code(0);
    assert_eq!(ids(&alice, &["--status", "withdrawn"]), [a1]);
    assert_eq!(ids(&alice, &["--status", "active"]), [a2]);
    assert_eq!(ids(&alice, &["--status", "sold"]), Vec::<i64>::new());
    assert_eq!(ids(&bob, &["--status", "withdrawn"]), Vec::<i64>::new());
    alice.run(["list", "mine", "--status", "gone"]).code(6).stderr_has("gone");
    m.run(["list", "mine"]).code(4);
    alice.run(["list", "mine"]).code(0).stdout_has("Another").stdout_has("Alpha");
    let mine = alice.run(["list", "mine"]).code(0).stdout;
    assert!(!mine.contains("Bravo"), "{mine}");
    bob.run(["list", "mine", "--quiet"]).code(0).stdout_has(&format!("{b1}\n"));
}

#[test]
fn withdraw_and_relist() {
    let m = Market::temp();
    let alice = m.member_at("alice", NOW, &[]);
    let bob = m.member_at("bob", NOW, &[]);
    let id = listed(&alice, "Bike", "120").to_string();
    let status = || show(&alice, id.parse().unwrap())["status"].clone();
    bob.run(["list", "withdraw", &id]).code(4);
    m.run(["list", "withdraw", &id]).code(4);
    alice.run(["list", "relist", &id]).code(5).stderr_has("active");
    assert_eq!(status(), "active");
    alice.run_at("2030-07-01T00:00:00Z", ["list", "withdraw", &id]).code(0).stdout_has("Withdrew listing");
    assert_eq!(status(), "withdrawn");
    assert_eq!(show(&alice, id.parse().unwrap())["updated_at"], "2030-07-01T00:00:00Z");
    alice.run(["list", "withdraw", &id]).code(5).stderr_has("withdrawn");
    bob.run(["list", "relist", &id]).code(4);
    assert_eq!(status(), "withdrawn");
    alice.run(["list", "relist", &id, "--quiet"]).code(0).stdout_has(&format!("{id}\n"));
    assert_eq!(status(), "active");
    alice.run(["list", "withdraw", "999"]).code(3);
    alice.run(["list", "relist", "999"]).code(3);
    // A withdrawn listing can still be edited by its seller.
    alice.run(["list", "withdraw", &id]).code(0);
    alice.run(["list", "edit", &id, "--price", "100"]).code(0);
    assert_eq!(status(), "withdrawn");
}

/// The first bytes of each image type flea accepts, and its media type.
fn images() -> Vec<(&'static str, Vec<u8>, &'static str)> {
    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x02\0\0\0".to_vec();
    png.extend_from_slice(&[0x90, 0x77, 0x53, 0xde]);
    let mut jpeg = vec![0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10];
    jpeg.extend_from_slice(b"JFIF\0\x01\x01\0\0\x01\0\x01\0\0\xFF\xD9");
    let gif =
        b"GIF89a\x01\0\x01\0\x80\0\0\xff\xff\xff\0\0\0!\xf9\x04\x01\0\0\0\0,\0\0\0\0\x01\0\x01\0\0\x02\x02D\x01\0;"
            .to_vec();
    let mut webp = b"RIFF".to_vec();
    webp.extend_from_slice(&26u32.to_le_bytes());
    webp.extend_from_slice(b"WEBPVP8L\x0d\0\0\0\x2f\0\0\0\x10\x07\x10\x11\x11\x88\x88\xfe\x07\0");
    vec![
        ("photo.png", png, "image/png"),
        ("photo.jpg", jpeg, "image/jpeg"),
        ("photo.gif", gif, "image/gif"),
        ("photo.webp", webp, "image/webp"),
    ]
}

#[test]
fn photos_are_known_by_their_bytes() {
    let m = Market::temp();
    let alice = m.member_at("alice", NOW, &[]);
    let bob = m.member_at("bob", NOW, &[]);
    let id = listed(&alice, "Bike", "120");
    let sid = id.to_string();
    let mut added = Vec::new();
    for (name, bytes, media_type) in images() {
        let path = m.file(name, &bytes);
        let photo =
            alice.run(["list", "photo", "add", &sid, path.to_str().unwrap(), "--format", "json"]).code(0).json();
        let full = std::fs::canonicalize(&path).unwrap();
        assert_eq!(photo["path"], full.to_str().unwrap(), "{name}");
        assert_eq!(photo["bytes"], bytes.len(), "{name}");
        assert_eq!(photo["sha256"], sha256_hex(&bytes), "{name}");
        assert_eq!(photo["media_type"], media_type, "{name}");
        added.push(photo);
    }
    let shown = show(&alice, id);
    assert_eq!(shown["photos"], Value::Array(added.clone()), "show lists them in order");
    let stored: String = m
        .sql()
        .query_row("SELECT sha256 FROM listing_photos WHERE media_type = 'image/webp'", [], |r| r.get(0))
        .unwrap();
    assert_eq!(stored, sha256_hex(&images()[3].1));

    // Not an image, no file, the same file twice, someone else's listing.
    let text = m.file("notes.txt", "just some text, not a picture\n");
    alice
        .run(["list", "photo", "add", &sid, text.to_str().unwrap()])
        .code(6)
        .stderr_has("not a JPEG, PNG, WebP or GIF");
    let fake = m.file("fake.png", "GIF8");
    alice.run(["list", "photo", "add", &sid, fake.to_str().unwrap()]).code(6);
    let empty = m.file("empty.jpg", "");
    alice.run(["list", "photo", "add", &sid, empty.to_str().unwrap()]).code(6);
    let missing = m.dir.path().join("missing.png");
    alice.run(["list", "photo", "add", &sid, missing.to_str().unwrap()]).code(3).stderr_has("missing.png");
    let png = m.dir.path().join("photo.png");
    alice.run(["list", "photo", "add", &sid, png.to_str().unwrap()]).code(5).stderr_has("already");
    // The same bytes under another name are the same photo.
    let copy = m.file("copy.png", &images()[0].1);
    alice.run(["list", "photo", "add", &sid, copy.to_str().unwrap()]).code(5);
    bob.run(["list", "photo", "add", &sid, copy.to_str().unwrap()]).code(4);
    alice.run(["list", "photo", "add", "999", png.to_str().unwrap()]).code(3);
    assert_eq!(count(&m, "SELECT count(*) FROM listing_photos"), 4);

    // Removing: only the seller, only a photo of that listing.
    let first = added[0]["id"].to_string();
    bob.run(["list", "photo", "remove", &sid, &first]).code(4);
    alice.run(["list", "photo", "remove", &sid, "999"]).code(3);
    let other = listed(&alice, "Other", "1").to_string();
    alice.run(["list", "photo", "remove", &other, &first]).code(3);
    alice.run(["list", "photo", "remove", &sid, &first, "--quiet"]).code(0).stdout_has(&format!("{first}\n"));
    let left: Vec<Value> = show(&alice, id)["photos"].as_array().unwrap().clone();
    assert_eq!(left, added[1..].to_vec());
    alice.run(["list", "photo", "remove", &sid, &first]).code(3);
    // Once removed, the same file may be added again.
    let again = alice.run(["list", "photo", "add", &sid, png.to_str().unwrap(), "--quiet"]).code(0).stdout;
    // A sold listing gets no new photos, as it gets no edits; one may go.
    m.sql().execute(&format!("UPDATE listings SET status = 'sold' WHERE id = {sid}"), []).unwrap();
    alice.run(["list", "photo", "add", &sid, copy.to_str().unwrap()]).code(5).stderr_has("sold");
    alice.run(["list", "photo", "remove", &sid, again.trim()]).code(0);
}

#[test]
fn a_listing_has_at_most_twenty_photos() {
    let m = Market::temp();
    let alice = m.member_at("alice", NOW, &[]);
    let sid = listed(&alice, "Bike", "120").to_string();
    for i in 0..21u8 {
        let mut bytes = images()[0].1.clone();
        bytes.push(i);
        let path = m.file(&format!("p{i}.png"), bytes);
        let run = alice.run(["list", "photo", "add", &sid, path.to_str().unwrap()]);
        if i < 20 {
            run.code(0);
        } else {
            run.code(5).stderr_has("20");
        }
    }
    assert_eq!(count(&m, "SELECT count(*) FROM listing_photos"), 20);
}
