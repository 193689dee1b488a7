//! `flea category list/add/edit`: the bilingual two-level tree and its
//! impact factors.

use crate::Market;
use serde_json::Value;

/// The category tree as JSON, through `category list --format json`.
fn tree(m: &Market) -> Vec<Value> {
    m.run(["category", "list", "--format", "json"]).code(0).json().as_array().expect("a JSON array").clone()
}

fn by_slug<'a>(tree: &'a [Value], slug: &str) -> &'a Value {
    tree.iter().find(|c| c["slug"] == slug).unwrap_or_else(|| panic!("no category {slug} in the tree"))
}

fn close(a: &Value, b: f64) -> bool {
    a.as_f64().is_some_and(|a| (a - b).abs() < 1e-9)
}

#[test]
fn list_shows_the_default_tree_as_json() {
    let m = Market::temp();
    let tree = tree(&m);
    let top: Vec<&Value> = tree.iter().filter(|c| c["parent"].is_null()).collect();
    let subs: Vec<&Value> = tree.iter().filter(|c| !c["parent"].is_null()).collect();
    assert_eq!(top.len(), 13, "13 top-level categories");
    assert_eq!(subs.len(), 65, "65 sub-categories");
    let fields: Vec<&str> = tree[0].as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(fields, ["id", "slug", "parent", "name_en", "name_zh", "position", "kg_co2e", "kg_waste"]);
    // Unique slugs; every sub-category hangs off a top-level one; the list
    // is in tree order: each sub-category follows its own parent.
    let mut slugs: Vec<&str> = tree.iter().map(|c| c["slug"].as_str().unwrap()).collect();
    slugs.sort();
    slugs.dedup();
    assert_eq!(slugs.len(), 78);
    let mut current_top = None;
    for c in &tree {
        match c["parent"].as_str() {
            None => current_top = c["slug"].as_str(),
            Some(parent) => {
                assert!(top.iter().any(|t| t["slug"] == parent), "{c}: the parent is top-level");
                assert_eq!(Some(parent), current_top, "{c} follows its parent");
            }
        }
        assert!(
            c["name_zh"].as_str().unwrap().chars().any(|ch| ('\u{4e00}'..='\u{9fff}').contains(&ch)),
            "{c}: a Chinese name"
        );
        assert!(c["kg_co2e"].as_f64().unwrap() >= 0.0, "{c}");
        assert!(c["kg_waste"].as_f64().unwrap() > 0.0, "{c}");
    }
    let positions: Vec<i64> = top.iter().map(|c| c["position"].as_i64().unwrap()).collect();
    assert_eq!(positions, (1..=13).collect::<Vec<_>>());

    let phone = by_slug(&tree, "smartphones");
    assert_eq!(phone["parent"], "phones");
    assert_eq!(phone["name_en"], "Smartphones");
    assert_eq!(phone["name_zh"], "智能手机");
    // README: a smartphone is 83.0 (construction) + 2.1 (distribution) kg.
    assert!(close(&phone["kg_co2e"], 83.0 + 2.1), "{phone}");
    let laptop = by_slug(&tree, "laptops");
    assert_eq!(laptop["parent"], "computers");
    assert!(close(&laptop["kg_co2e"], 170.3 + 12.3), "{laptop}");
    assert_eq!(by_slug(&tree, "phones")["name_zh"], "手机平板");
    assert_eq!(tree.iter().filter(|c| c["parent"] == "phones").count(), 5, "phones has five sub-categories");
}

#[test]
fn list_shows_the_default_tree_as_a_table_and_csv() {
    let m = Market::temp();
    let table = m
        .run(["category", "list"])
        .code(0)
        .stdout_has("smartphones")
        .stdout_has("智能手机")
        .stdout_has("手机平板")
        .stdout_has("85.1")
        .stdout_has("182.6")
        .stdout;
    // One row per category plus the header row.
    let rows = table.lines().filter(|l| l.starts_with('│')).count();
    assert_eq!(rows, 78 + 1, "{table}");
    let phones = table.lines().position(|l| l.contains(" phones ")).unwrap();
    let smart = table.lines().position(|l| l.contains("smartphones")).unwrap();
    assert!(phones < smart, "sub-categories come under their parent");

    let csv = m.run(["category", "list", "--format", "csv"]).code(0).stdout;
    let mut lines = csv.lines();
    assert_eq!(lines.next(), Some("id,slug,parent,name_en,name_zh,position,kg_co2e,kg_waste"));
    assert_eq!(lines.count(), 78);
    assert!(csv.contains("101,smartphones,phones,Smartphones,智能手机,1,85.1,"));
}

#[test]
fn admins_add_categories_with_impact_factors() {
    let m = Market::temp();
    let admin = m.member("alice");
    let books_children = tree(&m).iter().filter(|c| c["parent"] == "books").count() as i64;
    let added = admin
        .run([
            "category",
            "add",
            "e-readers",
            "--parent",
            "books",
            "--name-en",
            "E-readers",
            "--name-zh",
            "电子阅读器",
            "--kg-co2e",
            "30.5",
            "--kg-waste",
            "0.25",
            "--source",
            "vendor report 2025",
            "--format",
            "json",
        ])
        .code(0)
        .json();
    assert_eq!(added["slug"], "e-readers");
    assert_eq!(added["parent"], "books");
    assert_eq!(added["name_zh"], "电子阅读器");
    assert_eq!(added["position"], books_children + 1, "last among its siblings");
    assert!(close(&added["kg_co2e"], 30.5));
    assert!(close(&added["kg_waste"], 0.25));
    let listed = tree(&m);
    assert_eq!(listed.len(), 79);
    assert_eq!(by_slug(&listed, "e-readers"), &added, "list agrees with add");
    let source: String = m
        .sql()
        .query_row(
            "SELECT source FROM impact_factors f JOIN categories c ON c.id = f.category_id WHERE c.slug = 'e-readers'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(source, "vendor report 2025");

    // A top-level category without factors; --quiet prints its slug.
    admin
        .run(["category", "add", "Stationery", "--name-en", "Stationery", "--name-zh", "文具", "--quiet"])
        .code(0)
        .stdout_has("stationery\n");
    let s = by_slug(&tree(&m), "stationery").clone();
    assert!(s["parent"].is_null());
    assert_eq!(s["position"], 14, "after the 13 default top-level ones");
    assert!(s["kg_co2e"].is_null() && s["kg_waste"].is_null(), "{s}");
    // Listings can use the new categories.
    admin
        .run(["list", "add", "--title", "Kindle", "--category", "e-readers", "--condition", "good", "--price", "40"])
        .code(0);
}

#[test]
fn admins_edit_categories() {
    let m = Market::temp();
    let admin = m.member("alice");
    let id = admin
        .run([
            "list",
            "add",
            "--title",
            "Old phone",
            "--category",
            "smartphones",
            "--condition",
            "fair",
            "--price",
            "20",
            "--quiet",
        ])
        .code(0)
        .stdout;
    let before = by_slug(&tree(&m), "smartphones").clone();
    let edited = admin
        .run([
            "category",
            "edit",
            "smartphones",
            "--rename",
            "mobile-phones",
            "--name-en",
            "Mobile phones",
            "--kg-co2e",
            "70",
            "--format",
            "json",
        ])
        .code(0)
        .json();
    assert_eq!(edited["id"], before["id"], "the same category");
    assert_eq!(edited["slug"], "mobile-phones");
    assert_eq!(edited["name_en"], "Mobile phones");
    assert_eq!(edited["name_zh"], before["name_zh"], "untouched");
    assert_eq!(edited["parent"], "phones");
    assert!(close(&edited["kg_co2e"], 70.0));
    assert_eq!(edited["kg_waste"], before["kg_waste"], "untouched");
    let after = tree(&m);
    assert!(after.iter().all(|c| c["slug"] != "smartphones"));
    assert_eq!(by_slug(&after, "mobile-phones"), &edited);
    // Listings follow the category, whatever its slug.
    let listing = admin.run(["list", "show", id.trim(), "--format", "json"]).code(0).json();
    assert_eq!(listing["category"], "mobile-phones");
    assert_eq!(listing["category_name"], "Mobile phones");
    // The old slug is gone; a category can also be named by its id.
    admin.run(["category", "edit", "smartphones", "--name-zh", "手机"]).code(3);
    let by_id = admin
        .run([
            "category",
            "edit",
            &before["id"].to_string(),
            "--name-zh",
            "移动电话",
            "--kg-waste",
            "0.5",
            "--format",
            "json",
        ])
        .code(0)
        .json();
    assert_eq!(by_id["slug"], "mobile-phones");
    assert_eq!(by_id["name_zh"], "移动电话");
    assert!(close(&by_id["kg_co2e"], 70.0), "kept from the last edit");
    assert!(close(&by_id["kg_waste"], 0.5));
    // Renaming onto a taken slug is a conflict; moving a parent with
    // children under another would make a third level.
    admin.run(["category", "edit", "laptops", "--rename", "tablets"]).code(5);
    admin.run(["category", "edit", "phones", "--parent", "books"]).code(6);
    admin.run(["category", "edit", "nowhere", "--name-en", "X"]).code(3);
    admin.run(["category", "edit", "laptops", "--kg-co2e", "-1"]).code(6);
}

#[test]
fn only_admins_change_categories() {
    let m = Market::temp();
    m.member("alice");
    let bob = m.member("bob");
    let add =
        ["category", "add", "e-readers", "--parent", "books", "--name-en", "E-readers", "--name-zh", "电子阅读器"];
    bob.run(add).code(4).stderr_has("admin");
    bob.run(["category", "edit", "laptops", "--name-en", "Notebooks"]).code(4);
    m.run(add).code(4).stderr_has("not logged in");
    m.run(["category", "edit", "laptops", "--name-en", "Notebooks"]).code(4);
    let tree = tree(&m);
    assert_eq!(tree.len(), 78, "nothing was added");
    assert_eq!(by_slug(&tree, "laptops")["name_en"], "Laptops");
    // Anyone may read the tree.
    bob.run(["category", "list"]).code(0);
    m.run(["category", "list"]).code(0);
}

#[test]
fn category_add_refuses_bad_input() {
    let m = Market::temp();
    let admin = m.member("alice");
    let add = |slug: &str, extra: &[&str]| {
        let mut args = vec!["category", "add", slug, "--name-en", "Thing", "--name-zh", "东西"];
        args.extend_from_slice(extra);
        admin.run(args)
    };
    add("e-readers", &["--parent", "books"]).code(0);
    add("e-readers", &["--parent", "books"]).code(5).stderr_has("exists");
    add("E-Readers", &[]).code(5);
    add("laptops", &[]).code(5);
    let long = "x".repeat(49);
    for bad in ["x_1", "a", "a.b", "123", "two words", "día", &long] {
        add(bad, &[]).code(6).stderr_has("slug");
    }
    add("pagers", &["--parent", "nowhere"]).code(6).stderr_has("no category 'nowhere'");
    add("cases", &["--parent", "smartphones"]).code(6).stderr_has("sub-category");
    // clap accepts a negative number for a float flag; flea refuses it as a
    // bad value (6), as it does NaN.
    add("pagers", &["--kg-co2e", "-3"]).code(6).stderr_has("--kg-co2e");
    add("pagers", &["--kg-waste", "-0.5"]).code(6).stderr_has("--kg-waste");
    add("pagers", &["--kg-co2e", "NaN"]).code(6);
    add("pagers", &["--kg-co2e", "inf"]).code(6);
    // Text that is not a number at all is refused by clap, as a usage error.
    add("pagers", &["--kg-co2e", "lots"]).code(2);
    admin.run(["category", "add", "pagers", "--name-zh", "寻呼机"]).code(2).stderr_has("--name-en");
    admin.run(["category", "add", "pagers", "--name-en", "Pagers"]).code(2).stderr_has("--name-zh");
    admin
        .run(["category", "add", "pagers", "--name-en", " ", "--name-zh", "寻呼机"])
        .code(6)
        .stderr_has("English name");
    let tree = tree(&m);
    assert_eq!(tree.len(), 79, "only e-readers was added");
    assert!(tree.iter().all(|c| c["slug"] != "pagers"));
    assert_eq!(m.count("SELECT count(*) FROM impact_factors"), 78, "no factors were written for refused categories");
    // A category's first factors come as a pair; later either may change.
    add("pagers", &["--kg-co2e", "3"]).code(2).stderr_has("--kg-waste");
    admin.run(["category", "edit", "e-readers", "--kg-waste", "1"]).code(2).stderr_has("--kg-co2e");
    admin.run(["category", "edit", "laptops", "--kg-waste", "1"]).code(0);
    // Flags that would do nothing are refused, not ignored.
    add("pagers", &["--rename", "beepers"]).code(2).stderr_has("--rename");
    admin.run(["category", "edit", "laptops"]).code(2).stderr_has("nothing to change");
    assert!(self::tree(&m).iter().all(|c| c["slug"] != "pagers" && c["slug"] != "beepers"));
    assert_eq!(m.count("SELECT count(*) FROM impact_factors"), 78);
}
