//! `flea demo`: reproducible, valid, and honest about how it was made.

use crate::{Market, Run};
use std::collections::{BTreeMap, HashMap};

/// The demo's clock: its year of activity ends here.
const NOW: &str = "2026-06-01T12:00:00Z";
const DEMO_PASSWORD: &str = "demo-pass";

fn at_now(m: &Market, args: &[&str]) -> Run {
    Run::new(m.cmd().env("FLEA_NOW", NOW).args(args))
}

fn demo(m: &Market, extra: &[&str]) -> Run {
    let mut args = vec!["demo", "--size", "small", "--seed", "7"];
    args.extend_from_slice(extra);
    at_now(m, &args)
}

/// A session token for a demo member.
fn login(m: &Market, user: &str) -> String {
    let run = Run::new(
        m.cmd()
            .env("FLEA_NOW", NOW)
            .args(["account", "login", user, "--password-stdin", "--print-token"])
            .write_stdin(format!("{DEMO_PASSWORD}\n")),
    )
    .code(0);
    run.stdout.trim().to_string()
}

fn settings(m: &Market) -> HashMap<String, String> {
    let conn = m.sql();
    let mut stmt = conn.prepare("SELECT key, value FROM settings WHERE key LIKE 'demo.%'").unwrap();
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).unwrap().map(Result::unwrap).collect()
}

/// "p0=0.15 delta=0.70 lambda=0.0020" as a map.
fn fields(text: &str) -> BTreeMap<String, f64> {
    text.split_whitespace()
        .filter_map(|kv| kv.split_once('='))
        .filter_map(|(k, v)| v.parse().ok().map(|v| (k.to_string(), v)))
        .collect()
}

#[test]
fn the_same_seed_gives_the_same_market() {
    let exports = |m: &Market| -> Vec<(String, String)> {
        let token = login(m, "admin");
        flea::csvio::tables::ALL
            .iter()
            .map(|t| {
                let run =
                    Run::new(m.cmd().env("FLEA_NOW", NOW).env("FLEA_SESSION", &token).args(["export", t.name])).code(0);
                (t.name.to_string(), run.stdout)
            })
            .collect()
    };
    let (a, b) = (Market::temp(), Market::temp());
    let first = demo(&a, &["--format", "json"]).code(0).json();
    let second = demo(&b, &["--format", "json"]).code(0).json();
    assert_eq!(first["counts"], second["counts"]);
    let (ea, eb) = (exports(&a), exports(&b));
    for ((table, x), (_, y)) in ea.iter().zip(&eb) {
        let filled = ["users", "listings", "price_changes", "offers", "orders", "reviews", "events"];
        assert!(x.lines().count() > 1 || !filled.contains(&table.as_str()), "{table} is empty");
        assert!(x == y, "the {table} exports differ");
    }
    let other = Market::temp();
    Run::new(other.cmd().env("FLEA_NOW", NOW).args(["demo", "--seed", "8"])).code(0);
    let users = |e: &[(String, String)]| e.iter().find(|(t, _)| t == "users").map(|(_, csv)| csv.clone());
    assert_ne!(users(&exports(&other)), users(&ea), "another seed, other members");
}

#[test]
fn the_small_demo_is_valid_data() {
    let m = Market::temp();
    let report = demo(&m, &["--format", "json"]).code(0).json();
    let c = &report["counts"];
    assert!((150..=260).contains(&c["users"].as_i64().unwrap()), "{c}");
    assert!((1_800..=2_200).contains(&c["listings"].as_i64().unwrap()), "{c}");
    assert!(c["events"].as_i64().unwrap() > 10_000, "{c}");
    let conn = m.sql();
    let one = |sql: &str| -> i64 { conn.query_row(sql, [], |r| r.get(0)).unwrap_or_else(|e| panic!("{sql}: {e}")) };
    let ok: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    assert_eq!(ok, "ok");
    let orphans = conn.prepare("PRAGMA foreign_key_check").unwrap().query_map([], |_| Ok(())).unwrap().count();
    assert_eq!(orphans, 0, "foreign_key_check");
    let never = [
        ("negative stock", "SELECT count(*) FROM listings WHERE quantity < 0"),
        (
            "a sold listing without a completed order",
            "SELECT count(*) FROM listings l WHERE status = 'sold'
             AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.listing_id = l.id AND o.status = 'completed')",
        ),
        (
            "a reserved listing without an open order, or with stock",
            "SELECT count(*) FROM listings l WHERE status = 'reserved' AND (quantity > 0 OR NOT EXISTS
             (SELECT 1 FROM orders o WHERE o.listing_id = l.id AND o.status IN ('placed', 'paid', 'shipped', 'disputed')))",
        ),
        ("an active listing without stock", "SELECT count(*) FROM listings WHERE status = 'active' AND quantity = 0"),
        (
            "a review that is not of a completed order between its two parties",
            "SELECT count(*) FROM reviews r JOIN orders o ON o.id = r.order_id
             WHERE o.status <> 'completed' OR r.created_at < o.completed_at OR NOT (
               (r.reviewer_id = o.buyer_id AND r.reviewee_id = o.seller_id AND r.role = 'seller')
               OR (r.reviewer_id = o.seller_id AND r.reviewee_id = o.buyer_id AND r.role = 'buyer'))",
        ),
        (
            "an order out of time order or of its own listing",
            "SELECT count(*) FROM orders o JOIN listings l ON l.id = o.listing_id
             WHERE o.seller_id <> l.seller_id OR o.placed_at < l.created_at OR o.paid_at < o.placed_at
                OR o.shipped_at < o.paid_at OR o.completed_at < o.shipped_at OR o.disputed_at < o.shipped_at
                OR o.total_cents <> o.unit_price_cents * o.quantity OR o.placed_at > ?",
        ),
        (
            "an order from an offer that was not accepted",
            "SELECT count(*) FROM orders o JOIN offers f ON f.id = o.offer_id
             WHERE f.status <> 'accepted' OR f.price_cents <> o.unit_price_cents OR f.buyer_id <> o.buyer_id",
        ),
        ("two open offers of one buyer on one listing",
            "SELECT count(*) FROM (SELECT 1 FROM offers WHERE status = 'open' GROUP BY listing_id, buyer_id HAVING count(*) > 1)"),
        (
            "a watch of one's own listing, or without its event",
            "SELECT count(*) FROM watches w JOIN listings l ON l.id = w.listing_id WHERE l.seller_id = w.user_id
             OR NOT EXISTS (SELECT 1 FROM events e WHERE e.kind = 'watch' AND e.user_id = w.user_id
                            AND e.listing_id = w.listing_id AND e.at = w.created_at)",
        ),
        ("a giveaway with a price", "SELECT count(*) FROM listings WHERE is_free = 1 AND price_cents <> 0"),
        ("a member who is not a demo member", "SELECT count(*) FROM users WHERE is_demo = 0"),
        ("a listing bought or viewed before it existed",
            "SELECT count(*) FROM events e JOIN listings l ON l.id = e.listing_id WHERE e.at < l.created_at"),
        ("a member acting before joining",
            "SELECT count(*) FROM events e JOIN users u ON u.id = e.user_id WHERE e.at < u.created_at"),
    ];
    for (what, sql) in never {
        let n: i64 = if sql.contains('?') { conn.query_row(sql, [NOW], |r| r.get(0)).unwrap() } else { one(sql) };
        assert_eq!(n, 0, "{what}");
    }
    // Orders in every state, offers in most, and everything else there.
    for state in ["placed", "paid", "shipped", "completed", "cancelled", "disputed"] {
        let n = one(&format!("SELECT count(*) FROM orders WHERE status = '{state}'"));
        assert!(n > 0, "no {state} order");
    }
    for state in ["accepted", "declined", "countered", "expired"] {
        let n = one(&format!("SELECT count(*) FROM offers WHERE status = '{state}'"));
        assert!(n > 0, "no {state} offer");
    }
    for kind in ["view", "search", "click", "watch", "offer", "order", "purchase"] {
        let n = one(&format!("SELECT count(*) FROM events WHERE kind = '{kind}'"));
        assert!(n > 0, "no {kind} event");
    }
    assert_eq!(one("SELECT count(*) FROM users WHERE is_admin = 1"), 1);
    assert!(one("SELECT count(*) FROM price_changes") > 100);
    assert!(one("SELECT count(*) FROM listings WHERE is_free = 1") > 10);
    let empty_leaves = one("SELECT count(*) FROM categories c WHERE parent_id IS NOT NULL
         AND NOT EXISTS (SELECT 1 FROM listings l WHERE l.category_id = c.id)");
    assert_eq!(empty_leaves, 0, "every category has listings");
    let chinese = one("SELECT count(*) FROM listings WHERE description GLOB '*[一-龥]*'");
    let total = one("SELECT count(*) FROM listings");
    assert!(chinese > total / 5 && chinese < total * 4 / 5, "{chinese} of {total} in Chinese");
    // Demo data is searchable like any other.
    let found = at_now(&m, &["search", "ikea", "--format", "json"]).code(0).json();
    assert!(found["total"].as_i64().unwrap() > 0, "{found}");
    let found = at_now(&m, &["search", "沙发", "--format", "json"]).code(0).json();
    assert!(found["total"].as_i64().unwrap() > 0, "{found}");
}

#[test]
fn the_planted_depreciation_is_where_the_demo_says() {
    let m = Market::temp();
    let explained = demo(&m, &["--explain"]).code(0).stdout;
    let s = settings(&m);
    for (key, value) in &s {
        assert!(explained.contains(&format!("{key} = {value}")), "--explain shows {key}");
    }
    let factors = fields(&s["demo.condition_factors"]);
    let far_below: Vec<i64> = s["demo.risk.far_below"]
        .split("listings=")
        .nth(1)
        .unwrap_or("")
        .split(',')
        .filter_map(|id| id.parse().ok())
        .collect();
    // The first asking price of every priced listing with a known original,
    // against the curve the settings name for its category.
    let conn = m.sql();
    let mut stmt = conn
        .prepare(
            "SELECT l.id, c.slug, l.condition, l.original_price_cents,
                    coalesce((SELECT old_price_cents FROM price_changes p WHERE p.listing_id = l.id
                              ORDER BY changed_at, id LIMIT 1), l.price_cents),
                    julianday(substr(l.created_at, 1, 10)) - julianday(l.acquired_on)
             FROM listings l JOIN categories c ON c.id = l.category_id
             WHERE l.is_free = 0 AND l.original_price_cents > 0",
        )
        .unwrap();
    let rows: Vec<(i64, String, String, f64, f64, f64)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?)))
        .unwrap()
        .map(Result::unwrap)
        .filter(|row| !far_below.contains(&row.0))
        .collect();
    assert!(rows.len() > 1_000, "{} listings to check", rows.len());
    let error = |lambda_scale: f64| -> (f64, f64) {
        let logs: Vec<f64> = rows
            .iter()
            .map(|(_, slug, cond, original, asking, age)| {
                let d = fields(&s[&format!("demo.depreciation.{slug}")]);
                let share = d["p0"] + d["delta"] * (-d["lambda"] * lambda_scale * age).exp();
                (asking / (original * share * factors[cond.as_str()])).ln()
            })
            .collect();
        let n = logs.len() as f64;
        let mean = logs.iter().sum::<f64>() / n;
        (mean, (logs.iter().map(|x| x * x).sum::<f64>() / n).sqrt())
    };
    let (bias, rms) = error(1.0);
    assert!(bias.abs() < 0.03, "asking prices sit on the planted curves (bias {bias:.3})");
    let noise = fields(&s["demo.price_noise"])["sigma"];
    assert!(rms < noise * 1.5, "and scatter like the planted noise ({rms:.3} vs {noise})");
    let (_, wrong) = error(3.0);
    assert!(wrong > rms * 1.5, "a wrong lambda fits clearly worse ({wrong:.3} vs {rms:.3})");
    for key in ["demo.seed", "demo.size", "demo.price_model", "demo.risk.review_rings", "demo.risk.burst_accounts"] {
        assert!(s.contains_key(key), "{key}");
    }
    assert_eq!(s["demo.seed"], "7");
}

#[test]
fn a_market_with_data_is_refused_unless_forced() {
    let m = Market::temp();
    m.member("alice");
    demo(&m, &[]).code(5).stderr_has("already has data");
    let report = demo(&m, &["--force", "--format", "json"]).code(0).json();
    assert_eq!(report["password"], DEMO_PASSWORD);
    let alices: i64 =
        m.sql().query_row("SELECT count(*) FROM users WHERE username = 'alice'", [], |r| r.get(0)).unwrap();
    assert_eq!(alices, 1, "alice is still there, once");
    assert_ne!(report["admin"], "alice");
    demo(&m, &[]).code(5);
}

#[test]
fn the_tour_logs_in_as_a_demo_member() {
    let out = demo(&Market::temp(), &[]).code(0).stdout;
    assert!(out.contains("demo-pass"), "{out}");
    let tries = out.lines().filter(|l| l.trim_start().starts_with("flea --db")).count();
    assert!(tries >= 7, "two logins and five commands: {out}");
    let m = Market::temp();
    let report = demo(&m, &["--format", "json"]).code(0).json();
    let member = report["member"].as_str().unwrap().to_string();
    assert_eq!(report["tour"].as_array().unwrap().len(), 5);
    let token = login(&m, &member);
    let me = Run::new(
        m.cmd().env("FLEA_NOW", NOW).env("FLEA_SESSION", token).args(["account", "whoami", "--format", "json"]),
    )
    .code(0)
    .json();
    assert_eq!(me["demo"], true);
    let search = report["tour"][0].as_str().unwrap();
    let word = search.split('"').nth(1).unwrap();
    let found = at_now(&m, &["search", word, "--format", "json"]).code(0).json();
    assert!(found["total"].as_i64().unwrap() > 0, "the tour's search finds something");
}
