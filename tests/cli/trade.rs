//! Buying, the order life-cycle, offers, reviews and reputation, end to end
//! (DESIGN 6.3-6.5 and 10).

use crate::{Market, Member, Run};
use chrono::{DateTime, SecondsFormat, TimeDelta, Utc};
use serde_json::Value;
use std::process::{Child, Stdio};

/// The wall clock to the second: sessions are made on the real clock (and
/// last 30 days), so `FLEA_NOW` times are taken near it.
fn clock() -> DateTime<Utc> {
    DateTime::from_timestamp(Utc::now().timestamp(), 0).expect("a time")
}

fn rfc(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// Runs a member's command with `FLEA_NOW` set.
fn at<I, S>(who: &Member, now: &str, args: I) -> Run
where
    I: IntoIterator<Item = S>,
    S: AsRef<std::ffi::OsStr>,
{
    Run::new(who.cmd().env("FLEA_NOW", now).args(args))
}

/// The one id a `--quiet` command printed.
fn id_of(run: Run) -> String {
    let id = run.stdout.trim().to_string();
    assert!(!id.is_empty() && id.bytes().all(|b| b.is_ascii_digit()), "one id expected: {:?}", run.stdout);
    id
}

/// Publishes a road bike and returns its id.
fn add_listing(seller: &Member, title: &str, price: &str, quantity: i64) -> String {
    id_of(
        seller
            .run([
                "list",
                "add",
                "--title",
                title,
                "--category",
                "road-bikes",
                "--condition",
                "good",
                "--price",
                price,
                "--quantity",
                &quantity.to_string(),
                "-q",
            ])
            .code(0),
    )
}

/// Buys `quantity` units with `--yes` and returns the order id.
fn buy(buyer: &Member, listing: &str, quantity: i64) -> String {
    id_of(buyer.run(["buy", listing, "--quantity", &quantity.to_string(), "--yes", "-q"]).code(0))
}

/// Runs `flea order ACTION ID` (with a reason for a dispute) and expects success.
fn step(who: &Member, action: &str, order: &str) {
    who.run(order_args(action, order)).code(0);
}

fn order_args(action: &str, order: &str) -> Vec<String> {
    let mut args = vec!["order".to_string(), action.to_string(), order.to_string()];
    if action == "dispute" {
        args.extend(["--reason".to_string(), "x".to_string()]);
    }
    args
}

/// Takes an order from placed to completed.
fn complete(buyer: &Member, seller: &Member, order: &str) {
    step(buyer, "pay", order);
    step(seller, "ship", order);
    step(buyer, "receive", order);
}

fn order_json(who: &Member, order: &str) -> Value {
    who.run(["order", "show", order, "--format", "json"]).code(0).json()
}

/// A listing as anyone sees it (no session, so no view event).
fn listing_json(m: &Market, listing: &str) -> Value {
    m.run(["list", "show", listing, "--format", "json"]).code(0).json()
}

fn count(m: &Market, sql: &str) -> i64 {
    m.sql().query_row(sql, [], |r| r.get(0)).unwrap_or_else(|e| panic!("{sql}: {e}"))
}

fn user_id(m: &Market, name: &str) -> i64 {
    m.sql().query_row("SELECT id FROM users WHERE username = ?1", [name], |r| r.get(0)).expect("user id")
}

fn is_id(v: &Value, id: &str) -> bool {
    v.as_i64().is_some() && v.as_i64() == id.parse().ok()
}

fn ids(list: &Value) -> Vec<String> {
    list.as_array().unwrap_or_else(|| panic!("a JSON array: {list}")).iter().map(|v| v["id"].to_string()).collect()
}

// 1. The whole life-cycle ---------------------------------------------------

#[test]
fn an_order_goes_placed_paid_shipped_completed_and_records_each_time() {
    let m = Market::temp();
    let alice = m.member("alice");
    let bob = m.member("bob");
    let listing = add_listing(&alice, "Trek FX 3 hybrid bike", "320", 1);

    // No terminal and no --yes: a usage error that names the flag, and nothing bought.
    bob.run(["buy", &listing]).code(2).stderr_has("confirmation").stderr_has("--yes");
    assert_eq!(count(&m, "SELECT count(*) FROM orders"), 0);
    let l = listing_json(&m, &listing);
    assert_eq!((l["status"].clone(), l["quantity"].clone()), ("active".into(), 1.into()));

    let t0 = clock();
    let times: Vec<String> = [0, 60, 2 * 3600, 26 * 3600].iter().map(|s| rfc(t0 + TimeDelta::seconds(*s))).collect();

    let placed = at(&bob, &times[0], ["buy", &listing, "--yes", "--format", "json"]).code(0).json();
    let order = placed["id"].to_string();
    assert_eq!(placed["status"], "placed");
    assert_eq!(placed["listing_id"].to_string(), listing);
    assert_eq!(placed["buyer"], "bob");
    assert_eq!(placed["seller"], "alice");
    assert_eq!(placed["quantity"], 1);
    assert_eq!(placed["unit_price_cents"], 32000);
    assert_eq!(placed["total_cents"], 32000);
    assert_eq!(placed["offer_id"], Value::Null);
    assert_eq!(placed["placed_at"], times[0]);
    for field in ["paid_at", "shipped_at", "completed_at", "cancelled_at", "disputed_at"] {
        assert_eq!(placed[field], Value::Null, "{field}");
    }
    let l = listing_json(&m, &listing);
    assert_eq!(l["status"], "reserved", "the last unit reserves the listing");
    assert_eq!(l["quantity"], 0);

    let paid = at(&bob, &times[1], ["order", "pay", &order, "--format", "json"]).code(0).json();
    assert_eq!(paid["status"], "paid");
    assert_eq!(paid["placed_at"], times[0]);
    assert_eq!(paid["paid_at"], times[1]);
    assert_eq!(paid["shipped_at"], Value::Null);

    let shipped = at(&alice, &times[2], ["order", "ship", &order, "--tracking", "RM 123456789GB", "--format", "json"])
        .code(0)
        .json();
    assert_eq!(shipped["status"], "shipped");
    assert_eq!(shipped["tracking"], "RM 123456789GB");
    assert_eq!(shipped["paid_at"], times[1]);
    assert_eq!(shipped["shipped_at"], times[2]);
    assert_eq!(listing_json(&m, &listing)["status"], "reserved");

    // The table format says what happened in a sentence.
    at(&bob, &times[3], ["order", "receive", &order]).code(0).stdout_has("completed");
    let done = order_json(&bob, &order);
    assert_eq!(done["status"], "completed");
    assert_eq!(done["unit_price"], "320.00", "money as cents and as a decimal");
    assert_eq!(done["total"], "320.00");
    assert_eq!(done["placed_at"], times[0]);
    assert_eq!(done["paid_at"], times[1]);
    assert_eq!(done["shipped_at"], times[2]);
    assert_eq!(done["completed_at"], times[3]);
    assert_eq!(done["cancelled_at"], Value::Null);
    assert_eq!(done["disputed_at"], Value::Null);
    assert_eq!(order_json(&alice, &order), done, "both parties see the same order");

    let l = listing_json(&m, &listing);
    assert_eq!(l["status"], "sold", "a completed order sells the listing");
    assert_eq!(l["quantity"], 0);
    assert_eq!(count(&m, "SELECT count(*) FROM orders"), 1, "exactly one order");
}

#[test]
fn buying_in_table_and_quiet_formats() {
    let m = Market::temp();
    let alice = m.member("alice");
    let bob = m.member("bob");
    let listing = add_listing(&alice, "Brompton folding bike", "500", 2);
    let run = bob.run(["buy", &listing, "--yes"]).code(0);
    assert!(
        run.stdout.contains("Ordered 1 x Brompton folding bike") && run.stdout.contains("flea order pay"),
        "the sentence says what was bought and what comes next: {}",
        run.stdout
    );
    let quiet = buy(&bob, &listing, 1);
    assert_eq!(
        bob.run(["order", "pay", &quiet, "-q"]).code(0).stdout,
        format!("{quiet}\n"),
        "--quiet prints the changed order's id"
    );
}

#[test]
fn action_results_carry_money_as_cents_and_as_a_decimal() {
    // README: "money will appear as both `*_cents` (integer minor units) and
    // a decimal string"; `order show` and `offer list` do, the actions don't.
    let m = Market::temp();
    let alice = m.member("alice");
    let bob = m.member("bob");
    let listing = add_listing(&alice, "Trek FX 3 hybrid bike", "320", 2);
    let placed = bob.run(["buy", &listing, "--yes", "--format", "json"]).code(0).json();
    assert_eq!(placed["unit_price"], "320.00", "{placed}");
    assert_eq!(placed["total"], "320.00");
    let order = placed["id"].to_string();
    let paid = bob.run(["order", "pay", &order, "--format", "json"]).code(0).json();
    assert_eq!(paid["total"], "320.00", "{paid}");
    let offer = bob.run(["buy", &listing, "--offer", "250", "--format", "json"]).code(0).json();
    assert_eq!(offer["price"], "250.00", "{offer}");
    assert_eq!(offer["asking_price"], "320.00");
    let counter = alice.run(["offer", "counter", &offer["id"].to_string(), "280", "--format", "json"]).code(0).json();
    assert_eq!(counter["price"], "280.00", "{counter}");
    let accepted = bob.run(["offer", "accept", &counter["id"].to_string(), "--format", "jsonl"]).code(0).json();
    assert_eq!(accepted["unit_price"], "280.00", "{accepted}");
}

// 2. Illegal transitions ----------------------------------------------------

const STATES: [&str; 6] = ["placed", "paid", "shipped", "completed", "cancelled", "disputed"];
const ACTIONS: [&str; 5] = ["pay", "ship", "receive", "cancel", "dispute"];

/// DESIGN 6.4: placed -> paid -> shipped -> completed; cancelled from placed
/// or paid; disputed from shipped.
fn allowed(state: &str, action: &str) -> bool {
    matches!(
        (state, action),
        ("placed", "pay")
            | ("paid", "ship")
            | ("shipped", "receive")
            | ("placed" | "paid", "cancel")
            | ("shipped", "dispute")
    )
}

/// DESIGN 6.4: pay, receive, dispute: buyer; ship: seller; cancel: either.
fn parties(action: &str) -> &'static [&'static str] {
    match action {
        "ship" => &["seller"],
        "cancel" => &["buyer", "seller"],
        _ => &["buyer"],
    }
}

#[test]
fn every_illegal_transition_is_refused_with_the_current_state() {
    let m = Market::temp();
    let alice = m.member("alice");
    let bob = m.member("bob");
    let carol = m.member("carol");
    let listing = add_listing(&alice, "Bike lights", "10", 10);

    let mut orders = Vec::new();
    for state in STATES {
        let order = buy(&bob, &listing, 1);
        let path: &[(&Member, &str)] = match state {
            "placed" => &[],
            "paid" => &[(&bob, "pay")],
            "shipped" => &[(&bob, "pay"), (&alice, "ship")],
            "completed" => &[(&bob, "pay"), (&alice, "ship"), (&bob, "receive")],
            "cancelled" => &[(&bob, "cancel")],
            _ => &[(&bob, "pay"), (&alice, "ship"), (&bob, "dispute")],
        };
        for (who, action) in path {
            step(who, action, &order);
        }
        assert_eq!(order_json(&bob, &order)["status"], state);
        orders.push((state, order));
    }
    let (_, disputed) = &orders[5];
    let d = order_json(&bob, disputed);
    assert_eq!(d["dispute_reason"], "x");
    assert!(d["disputed_at"].is_string(), "a dispute records its time");
    let (_, cancelled) = &orders[4];
    assert!(order_json(&bob, cancelled)["cancelled_at"].is_string());

    let by_role = |role: &str| if role == "buyer" { &bob } else { &alice };
    for (state, order) in &orders {
        for action in ACTIONS {
            let args = order_args(action, order);
            // A stranger is refused whatever the state.
            carol.run(&args).code(4).stderr_has(&format!("order {order} is between bob and alice"));
            if allowed(state, action) {
                // The other party may not take the party's step.
                for role in ["buyer", "seller"] {
                    if !parties(action).contains(&role) {
                        by_role(role)
                            .run(&args)
                            .code(4)
                            .stderr_has(&format!("only the {} can {action}", parties(action)[0]));
                    }
                }
            } else {
                for role in parties(action) {
                    by_role(role)
                        .run(&args)
                        .code(5)
                        .stderr_has(&format!("order {order} is {state}"))
                        .stderr_has(&format!("can't {action}"));
                }
            }
            assert_eq!(order_json(&bob, order)["status"], **state, "a refused {action} leaves the order {state}");
        }
    }

    for action in ACTIONS {
        bob.run(order_args(action, "9999")).code(3).stderr_has("no order 9999");
    }
    bob.run(["order", "show", "9999"]).code(3);
    let (_, shipped) = &orders[2];
    bob.run(["order", "dispute", shipped]).code(2).stderr_has("--reason");
    bob.run(["order", "dispute", shipped, "--reason", "  "]).code(2).stderr_has("--reason");
    assert_eq!(order_json(&bob, shipped)["status"], "shipped");
    // Nobody logged in.
    m.run(["order", "pay", &orders[0].1]).code(4).stderr_has("not logged in");
}

#[test]
fn a_bad_tracking_reference_is_refused_by_name() {
    let m = Market::temp();
    let alice = m.member("alice");
    let bob = m.member("bob");
    let listing = add_listing(&alice, "Bike", "100", 1);
    let order = buy(&bob, &listing, 1);
    step(&bob, "pay", &order);
    // Today: "the market refused a value that breaks one of its rules" (the
    // database CHECK), and "a note is at most 1,000 characters" for a tab.
    for tracking in ["x".repeat(201), "RM\t123".to_string()] {
        alice.run(["order", "ship", &order, "--tracking", &tracking]).code(6).stderr_has("tracking");
    }
    assert_eq!(order_json(&bob, &order)["status"], "paid");
}

// 3. Cancelling -------------------------------------------------------------

#[test]
fn cancelling_restores_the_stock_and_the_status() {
    let m = Market::temp();
    let alice = m.member("alice");
    let bob = m.member("bob");
    let carol = m.member("carol");
    let listing = add_listing(&alice, "Child seat", "15", 3);

    let bobs = buy(&bob, &listing, 2);
    assert_eq!(order_json(&bob, &bobs)["total_cents"], 3000);
    let l = listing_json(&m, &listing);
    assert_eq!((l["quantity"].clone(), l["status"].clone()), (1.into(), "active".into()));
    let carols = buy(&carol, &listing, 1);
    let l = listing_json(&m, &listing);
    assert_eq!((l["quantity"].clone(), l["status"].clone()), (0.into(), "reserved".into()));

    let cancelled =
        bob.run(["order", "cancel", &bobs, "--reason", "found one closer", "--format", "json"]).code(0).json();
    assert_eq!(cancelled["status"], "cancelled");
    assert_eq!(cancelled["cancel_reason"], "found one closer");
    assert!(cancelled["cancelled_at"].is_string());
    let l = listing_json(&m, &listing);
    assert_eq!(l["quantity"], 2, "the two units come back");
    assert_eq!(l["status"], "active");

    // The seller may cancel too, even after payment, and gets the stock back.
    step(&carol, "pay", &carols);
    step(&alice, "cancel", &carols);
    let l = listing_json(&m, &listing);
    assert_eq!((l["quantity"].clone(), l["status"].clone()), (3.into(), "active".into()));
    let by: Vec<(i64, i64)> = {
        let db = m.sql();
        let mut stmt = db.prepare("SELECT id, cancelled_by FROM orders ORDER BY id").unwrap();
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).unwrap().collect::<Result<_, _>>().unwrap()
    };
    assert_eq!(
        by,
        [(bobs.parse().unwrap(), user_id(&m, "bob")), (carols.parse().unwrap(), user_id(&m, "alice"))],
        "who cancelled is kept"
    );

    // Once shipped, nobody cancels.
    let last = buy(&bob, &listing, 3);
    step(&bob, "pay", &last);
    step(&alice, "ship", &last);
    for who in [&bob, &alice] {
        who.run(["order", "cancel", &last]).code(5).stderr_has("is shipped");
    }
    let l = listing_json(&m, &listing);
    assert_eq!((l["quantity"].clone(), l["status"].clone()), (0.into(), "reserved".into()));
    step(&bob, "receive", &last);
    assert_eq!(listing_json(&m, &listing)["status"], "sold");
    bob.run(["order", "cancel", &last]).code(5).stderr_has("is completed");
}

#[test]
fn a_listing_is_sold_only_when_its_last_open_order_completes() {
    let m = Market::temp();
    let alice = m.member("alice");
    let bob = m.member("bob");
    let carol = m.member("carol");
    let listing = add_listing(&alice, "Pair of panniers", "30", 2);
    let first = buy(&bob, &listing, 1);
    let second = buy(&carol, &listing, 1);
    complete(&bob, &alice, &first);
    assert_eq!(listing_json(&m, &listing)["status"], "reserved", "carol's order is still open");
    complete(&carol, &alice, &second);
    assert_eq!(listing_json(&m, &listing)["status"], "sold");
}

// 4. What can't be bought ---------------------------------------------------

#[test]
fn buying_is_refused_with_the_reason() {
    let m = Market::temp();
    let alice = m.member("alice");
    let bob = m.member("bob");

    let mine = add_listing(&alice, "Alice's own bike", "100", 1);
    alice.run(["buy", &mine, "--yes"]).code(5).stderr_has("your own listing");
    alice.run(["buy", &mine, "--offer", "90"]).code(5).stderr_has("your own listing");

    let withdrawn = add_listing(&alice, "Withdrawn bike", "100", 1);
    alice.run(["list", "withdraw", &withdrawn]).code(0);
    bob.run(["buy", &withdrawn, "--yes"]).code(5).stderr_has("withdrawn");
    bob.run(["buy", &withdrawn, "--offer", "90"]).code(5).stderr_has("withdrawn");

    let reserved = add_listing(&alice, "Reserved bike", "100", 1);
    let order = buy(&bob, &reserved, 1);
    bob.run(["buy", &reserved, "--yes"]).code(5).stderr_has("sold out");

    complete(&bob, &alice, &order);
    bob.run(["buy", &reserved, "--yes"]).code(5).stderr_has("is sold");

    let two = add_listing(&alice, "Two wheels", "40", 2);
    bob.run(["buy", &two, "--quantity", "3", "--yes"]).code(5).stderr_has("2 unit(s) left");
    m.run(["buy", &two, "--yes"]).code(4).stderr_has("not logged in");
    bob.run(["buy", "9999", "--yes"]).code(3).stderr_has("no listing 9999");
    // A quantity below one is a bad value (exit 6), not a conflict.
    for q in ["0", "-1"] {
        bob.run(["buy", &two, "--quantity", q, "--yes"]).code(6).stderr_has("at least 1");
    }
    bob.run(["buy", &two, "--quantity", "lots", "--yes"]).code(2);
    for price in ["abc", "-5", "1.001"] {
        bob.run(["buy", &two, "--offer", price]).code(6);
    }

    assert_eq!(count(&m, "SELECT count(*) FROM orders"), 1, "only the one good order exists");
    assert_eq!(count(&m, "SELECT count(*) FROM offers"), 0);
    let l = listing_json(&m, &two);
    assert_eq!((l["quantity"].clone(), l["status"].clone()), (2.into(), "active".into()));
}

// 5. Parallel buyers --------------------------------------------------------

pub fn spawn_buy(buyer: &Member, listing: &str) -> Child {
    buyer
        .process()
        .args(["buy", listing, "--yes"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn flea")
}

/// Starts 20 buyers of one unit each at once; returns (exit code, stderr) of each.
fn race(buyers: &[Member], listing: &str) -> Vec<(i32, String)> {
    let children: Vec<Child> = (0..20).map(|i| spawn_buy(&buyers[i % buyers.len()], listing)).collect();
    children
        .into_iter()
        .map(|c| {
            let out = c.wait_with_output().expect("wait for flea");
            (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stderr).into_owned())
        })
        .collect()
}

#[test]
fn twenty_buyers_racing_for_the_last_unit_make_exactly_one_order() {
    let m = Market::temp();
    let alice = m.member("alice");
    let buyers: Vec<Member> = (1..=5).map(|i| m.member(&format!("buyer{i}"))).collect();
    let listing = add_listing(&alice, "The last bike", "100", 1);

    let results = race(&buyers, &listing);
    for (code, stderr) in &results {
        assert!(!stderr.contains("locked") && !stderr.contains("busy"), "writers wait for each other: {stderr}");
        assert!(*code == 0 || *code == 5, "exit {code}: {stderr}");
        if *code == 5 {
            assert!(stderr.contains("sold out"), "{stderr}");
        }
    }
    let winners = results.iter().filter(|(c, _)| *c == 0).count();
    assert_eq!(winners, 1, "{results:?}");
    assert_eq!(results.iter().filter(|(c, _)| *c == 5).count(), 19);
    assert_eq!(count(&m, "SELECT count(*) FROM orders"), 1);
    assert_eq!(count(&m, "SELECT count(*) FROM events WHERE kind = 'order'"), 1);
    let l = listing_json(&m, &listing);
    assert_eq!((l["quantity"].clone(), l["status"].clone()), (0.into(), "reserved".into()));
}

#[test]
fn twenty_buyers_racing_for_five_units_never_oversell() {
    let m = Market::temp();
    let alice = m.member("alice");
    let buyers: Vec<Member> = (1..=5).map(|i| m.member(&format!("buyer{i}"))).collect();
    let listing = add_listing(&alice, "Five helmets", "20", 5);

    let results = race(&buyers, &listing);
    assert_eq!(results.iter().filter(|(c, _)| *c == 0).count(), 5, "{results:?}");
    assert_eq!(results.iter().filter(|(c, _)| *c == 5).count(), 15, "{results:?}");
    assert!(results.iter().all(|(_, e)| !e.contains("locked") && !e.contains("busy")));
    assert_eq!(count(&m, "SELECT count(*) FROM orders"), 5);
    assert_eq!(count(&m, "SELECT sum(quantity) FROM orders"), 5);
    let l = listing_json(&m, &listing);
    assert_eq!((l["quantity"].clone(), l["status"].clone()), (0.into(), "reserved".into()));
}

// 6. Offers -----------------------------------------------------------------

#[test]
fn an_offer_countered_and_accepted_places_the_order_at_the_agreed_price() {
    let m = Market::temp();
    let alice = m.member("alice");
    let bob = m.member("bob");
    let carol = m.member("carol");
    let listing = add_listing(&alice, "Trek FX 3 hybrid bike", "320", 1);
    let t0 = clock();
    let t1 = rfc(t0 + TimeDelta::hours(1));
    let t2 = rfc(t0 + TimeDelta::hours(2));
    let t0 = rfc(t0);

    let offer = at(&bob, &t0, ["buy", &listing, "--offer", "250", "--format", "json"]).code(0).json();
    let first = offer["id"].to_string();
    assert_eq!(offer["status"], "open");
    assert_eq!(offer["awaiting"], "seller");
    assert_eq!(offer["from_seller"], false);
    assert_eq!(offer["counter_of"], Value::Null);
    assert_eq!(offer["buyer"], "bob");
    assert_eq!(offer["seller"], "alice");
    assert_eq!(offer["price_cents"], 25000);
    assert_eq!(offer["asking_price_cents"], 32000);
    assert_eq!(offer["quantity"], 1);
    assert_eq!(offer["created_at"], t0);
    assert_eq!(
        offer["expires_at"],
        rfc(DateTime::parse_from_rfc3339(&t0).unwrap().to_utc() + TimeDelta::hours(48)),
        "offers stand for 48 hours"
    );
    assert_eq!(offer["decided_at"], Value::Null);
    let l = listing_json(&m, &listing);
    assert_eq!((l["quantity"].clone(), l["status"].clone()), (1.into(), "active".into()), "an offer reserves nothing");
    assert_eq!(count(&m, "SELECT count(*) FROM orders"), 0);

    let list = |who: &Member, flag: Option<&str>| {
        let mut args = vec!["offer", "list", "--format", "json"];
        args.extend(flag);
        ids(&who.run(args).code(0).json())
    };
    assert_eq!(list(&alice, Some("--incoming")), [first.as_str()]);
    assert_eq!(list(&alice, Some("--outgoing")), Vec::<String>::new());
    assert_eq!(list(&bob, Some("--outgoing")), [first.as_str()]);
    assert_eq!(list(&bob, Some("--incoming")), Vec::<String>::new());
    assert_eq!(list(&bob, None), [first.as_str()]);
    let listed = bob.run(["offer", "list", "--format", "json"]).code(0).json();
    assert_eq!(listed[0]["price"], "250.00");
    assert_eq!(listed[0]["asking_price"], "320.00");
    assert_eq!(list(&carol, None), Vec::<String>::new());
    bob.run(["offer", "list", "--incoming", "--outgoing"]).code(2);

    // One open offer per buyer and listing.
    bob.run(["buy", &listing, "--offer", "260"]).code(5).stderr_has(&format!("already have an open offer ({first})"));

    // Only the seller answers the buyer's offer.
    bob.run(["offer", "accept", &first]).code(4).stderr_has("awaits alice");
    carol.run(["offer", "accept", &first]).code(4).stderr_has("between bob and alice");

    let counter = at(&alice, &t1, ["offer", "counter", &first, "280", "--format", "json"]).code(0).json();
    let second = counter["id"].to_string();
    assert_ne!(second, first, "a counter is a new offer");
    assert_eq!(counter["status"], "open");
    assert_eq!(counter["awaiting"], "buyer");
    assert_eq!(counter["from_seller"], true);
    assert_eq!(counter["counter_of"].to_string(), first);
    assert_eq!(counter["price_cents"], 28000);
    assert_eq!(counter["created_at"], t1);
    let outgoing = bob.run(["offer", "list", "--outgoing", "--format", "json"]).code(0).json();
    let old =
        outgoing.as_array().unwrap().iter().find(|o| is_id(&o["id"], &first)).expect("the first offer is still listed");
    assert_eq!(old["status"], "countered");
    assert_eq!(old["decided_at"], t1);
    assert_eq!(old["awaiting"], Value::Null);

    // Now only the buyer answers.
    alice.run(["offer", "accept", &second]).code(4).stderr_has("awaits bob");
    carol.run(["offer", "accept", &second]).code(4);

    let order = at(&bob, &t2, ["offer", "accept", &second, "--format", "json"]).code(0).json();
    assert_eq!(order["status"], "placed");
    assert_eq!(order["unit_price_cents"], 28000);
    assert_eq!(order["total_cents"], 28000);
    assert_eq!(order["offer_id"].to_string(), second);
    assert_eq!(order["buyer"], "bob");
    assert_eq!(order["seller"], "alice");
    assert_eq!(order["placed_at"], t2);
    let l = listing_json(&m, &listing);
    assert_eq!((l["quantity"].clone(), l["status"].clone()), (0.into(), "reserved".into()));
    let accepted = bob.run(["offer", "list", "--format", "json"]).code(0).json();
    let accepted = accepted.as_array().unwrap().iter().find(|o| is_id(&o["id"], &second)).unwrap();
    assert_eq!(accepted["status"], "accepted");
    assert_eq!(accepted["decided_at"], t2);
    assert_eq!(order_json(&alice, &order["id"].to_string())["unit_price"], "280.00");

    // Decided offers can't be answered again.
    bob.run(["offer", "accept", &second]).code(5).stderr_has("is accepted");
    bob.run(["offer", "decline", &second]).code(5).stderr_has("is accepted");
    alice.run(["offer", "withdraw", &second]).code(5).stderr_has("is accepted");
    alice.run(["offer", "accept", &first]).code(5).stderr_has("is countered");
    bob.run(["buy", &listing, "--offer", "200"]).code(5).stderr_has("sold out");
    assert_eq!(count(&m, "SELECT count(*) FROM orders"), 1);
    assert_eq!(count(&m, "SELECT count(*) FROM offers"), 2);
}

#[test]
fn offers_are_declined_withdrawn_and_countered_only_by_the_right_party() {
    let m = Market::temp();
    let alice = m.member("alice");
    let bob = m.member("bob");
    let carol = m.member("carol");
    let listing = add_listing(&alice, "Road bike pump", "50", 1);
    let offer = |price: &str| id_of(bob.run(["buy", &listing, "--offer", price, "-q"]).code(0));
    let status = |id: &str| -> Value {
        let all = alice.run(["offer", "list", "--incoming", "--format", "json"]).code(0).json();
        all.as_array().unwrap().iter().find(|o| is_id(&o["id"], id)).map(|o| o["status"].clone()).expect("offer listed")
    };

    let first = offer("30");
    carol.run(["offer", "decline", &first]).code(4).stderr_has("between bob and alice");
    bob.run(["offer", "decline", &first]).code(4).stderr_has("you made it");
    carol.run(["offer", "withdraw", &first]).code(4);
    alice.run(["offer", "withdraw", &first]).code(4).stderr_has("only the member who made");
    carol.run(["offer", "counter", &first, "45"]).code(4);
    bob.run(["offer", "counter", &first, "45"]).code(4);
    assert_eq!(status(&first), "open", "refusals change nothing");

    let declined = alice.run(["offer", "decline", &first, "--format", "json"]).code(0).json();
    assert_eq!(declined["status"], "declined");
    assert!(declined["decided_at"].is_string());
    alice.run(["offer", "decline", &first]).code(5).stderr_has("is declined");
    alice.run(["offer", "accept", &first]).code(5);
    alice.run(["offer", "counter", &first, "45"]).code(5);
    bob.run(["offer", "withdraw", &first]).code(5).stderr_has("is declined");

    // A declined offer no longer blocks a new one, which its maker can withdraw.
    let second = offer("35");
    bob.run(["offer", "withdraw", &second, "-q"]).code(0).stdout_has(&second);
    assert_eq!(status(&second), "withdrawn");
    alice.run(["offer", "accept", &second]).code(5).stderr_has("is withdrawn");
    bob.run(["offer", "withdraw", &second]).code(5);

    // Counter and counter again: the buyer may answer a counter with a price.
    let third = offer("40");
    let fourth = id_of(alice.run(["offer", "counter", &third, "45", "-q"]).code(0));
    bob.run(["offer", "withdraw", &fourth]).code(4).stderr_has("only the member who made");
    let fifth = bob.run(["offer", "counter", &fourth, "42", "--format", "json"]).code(0).json();
    assert_eq!(fifth["awaiting"], "seller");
    assert_eq!(fifth["from_seller"], false);
    assert_eq!(fifth["counter_of"].to_string(), fourth);
    let fifth = fifth["id"].to_string();
    assert_eq!(status(&fourth), "countered");
    bob.run(["offer", "accept", &fifth]).code(4);
    let order = id_of(alice.run(["offer", "accept", &fifth, "-q"]).code(0));
    let o = order_json(&bob, &order);
    assert_eq!(o["unit_price_cents"], 4200);
    assert_eq!(o["offer_id"].to_string(), fifth);

    for verb in ["accept", "decline", "withdraw"] {
        alice.run(["offer", verb, "9999"]).code(3).stderr_has("no offer 9999");
    }
    alice.run(["offer", "counter", "9999", "10"]).code(3);
    m.run(["offer", "list"]).code(4).stderr_has("not logged in");
}

#[test]
fn counter_prices_are_checked() {
    let m = Market::temp();
    let alice = m.member("alice");
    let bob = m.member("bob");
    let listing = add_listing(&alice, "Saddle", "25", 1);
    let offer = id_of(bob.run(["buy", &listing, "--offer", "20", "-q"]).code(0));
    for price in ["abc", "-5", "1.001"] {
        alice.run(["offer", "counter", &offer, price]).code(6);
    }
    assert_eq!(count(&m, "SELECT count(*) FROM offers"), 1);
    assert_eq!(count(&m, "SELECT count(*) FROM offers WHERE status = 'open'"), 1);
}

#[test]
fn accepting_an_offer_after_the_stock_is_gone_changes_nothing() {
    let m = Market::temp();
    let alice = m.member("alice");
    let bob = m.member("bob");
    let carol = m.member("carol");
    let listing = add_listing(&alice, "Vintage Peugeot", "100", 1);
    let offer = id_of(bob.run(["buy", &listing, "--offer", "80", "-q"]).code(0));
    buy(&carol, &listing, 1);

    let snapshot = || {
        (
            count(&m, "SELECT count(*) FROM orders"),
            count(&m, "SELECT count(*) FROM events"),
            listing_json(&m, &listing),
            alice.run(["offer", "list", "--format", "json"]).code(0).json(),
        )
    };
    let before = snapshot();
    alice
        .run(["offer", "accept", &offer])
        .code(5)
        .stderr_has(&format!("offer {offer} can't be accepted"))
        .stderr_has("sold out");
    alice.run(["offer", "counter", &offer, "90"]).code(5).stderr_has("no longer available");
    let after = snapshot();
    assert_eq!(before, after, "a refused acceptance writes nothing");
    assert_eq!(after.3[0]["status"], "open");
    assert_eq!(after.0, 1, "only carol's order");
}

#[test]
fn an_offer_lapses_48_hours_after_it_was_made() {
    let m = Market::temp();
    let alice = m.member("alice");
    let bob = m.member("bob");
    let early = add_listing(&alice, "Accepted in time", "60", 1);
    let late = add_listing(&alice, "Accepted too late", "60", 1);
    let t = clock();
    let made = rfc(t);
    let just_before = rfc(t + TimeDelta::hours(48) - TimeDelta::minutes(1));
    let deadline = rfc(t + TimeDelta::hours(48));

    let in_time = id_of(at(&bob, &made, ["buy", &early, "--offer", "50", "-q"]).code(0));
    let too_late = id_of(at(&bob, &made, ["buy", &late, "--offer", "50", "-q"]).code(0));

    let statuses = |now: &str| -> Vec<(String, Value, Value)> {
        at(&bob, now, ["offer", "list", "--outgoing", "--format", "json"])
            .code(0)
            .json()
            .as_array()
            .unwrap()
            .iter()
            .map(|o| (o["id"].to_string(), o["status"].clone(), o["awaiting"].clone()))
            .collect()
    };
    let open = |id: &str| (id.to_string(), Value::from("open"), Value::from("seller"));
    assert_eq!(statuses(&just_before), [open(&too_late), open(&in_time)]);

    // At T+47h59m the offer still stands.
    let order = at(&alice, &just_before, ["offer", "accept", &in_time, "--format", "json"]).code(0).json();
    assert_eq!(order["unit_price_cents"], 5000);
    assert_eq!(order["placed_at"], just_before);

    // At T+48h it has lapsed: shown as expired, and nothing answers it.
    let expired = (too_late.clone(), Value::from("expired"), Value::Null);
    assert_eq!(statuses(&deadline)[0], expired);
    at(&alice, &deadline, ["offer", "accept", &too_late]).code(5).stderr_has("is expired");
    at(&alice, &deadline, ["offer", "decline", &too_late]).code(5).stderr_has("is expired");
    at(&alice, &deadline, ["offer", "counter", &too_late, "55"]).code(5).stderr_has("is expired");
    at(&bob, &deadline, ["offer", "withdraw", &too_late]).code(5).stderr_has("is expired");
    at(&alice, &deadline, ["offer", "list", "--incoming", "--format", "json"]).code(0).stdout_has("\"expired\"");
    assert_eq!(count(&m, "SELECT count(*) FROM orders"), 1, "no order from the lapsed offer");
    let l = listing_json(&m, &late);
    assert_eq!((l["quantity"].clone(), l["status"].clone()), (1.into(), "active".into()));

    // The buyer may offer again; the lapse is written down with its time.
    at(&bob, &deadline, ["buy", &late, "--offer", "55"]).code(0);
    let (status, decided): (String, String) = m
        .sql()
        .query_row("SELECT status, decided_at FROM offers WHERE id = ?1", [too_late.parse::<i64>().unwrap()], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .unwrap();
    assert_eq!((status.as_str(), decided), ("expired", deadline));
}

#[test]
fn an_offer_from_a_deleted_account_cannot_be_accepted() {
    let m = Market::temp();
    let alice = m.member("alice");
    let bob = m.member("bob");
    let listing = add_listing(&alice, "Bike", "320", 1);
    let offer = id_of(bob.run(["buy", &listing, "--offer", "300", "-q"]).code(0));
    bob.run(["account", "delete", "--yes"]).code(0);
    alice.run(["offer", "accept", &offer]).code(5);
    assert_eq!(count(&m, "SELECT count(*) FROM orders"), 0);
    assert_eq!(listing_json(&m, &listing)["status"], "active");
}

#[test]
fn a_deleted_sellers_listing_cannot_be_bought() {
    let m = Market::temp();
    let _admin = m.member("admin");
    let carol = m.member("carol");
    let bob = m.member("bob");
    let listing = add_listing(&carol, "Lamp", "20", 1);
    carol.run(["account", "delete", "--yes"]).code(0);
    bob.run(["buy", &listing, "--yes"]).code(5);
    assert_eq!(count(&m, "SELECT count(*) FROM orders"), 0);
}

// 7. Reviews and reputation -------------------------------------------------

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// Asserts one reputation object.
#[track_caller]
fn assert_reputation(rep: &Value, score: Option<f64>, reviews: i64, positive: Option<f64>, label: &str) {
    assert_eq!(rep["score"].as_f64(), score, "score in {rep}");
    assert_eq!(rep["reviews"], reviews, "count in {rep}");
    assert_eq!(rep["positive_share"].as_f64(), positive, "share in {rep}");
    assert_eq!(rep["label"], label, "label in {rep}");
}

#[test]
fn both_parties_review_once_and_reputation_is_a_bayesian_average() {
    let m = Market::temp();
    let alice = m.member("alice");
    let bob = m.member("bob");
    let carol = m.member("carol");
    let dave = m.member("dave");
    let by_alice = add_listing(&alice, "Alice's road bike", "100", 1);
    let by_alice2 = add_listing(&alice, "Alice's helmet", "20", 2);
    let by_carol = add_listing(&carol, "Carol's lock", "15", 1);

    let o1 = buy(&bob, &by_alice, 1); // alice sells to bob
    let o2 = buy(&carol, &by_alice2, 1); // alice sells to carol
    let o3 = buy(&bob, &by_carol, 1); // carol sells to bob
    let o4 = buy(&dave, &by_alice2, 1); // to be cancelled

    // Before completion: no reviews.
    bob.run(["review", &o1, "--rating", "5"]).code(5).stderr_has("is placed");
    step(&bob, "pay", &o1);
    step(&alice, "ship", &o1);
    bob.run(["review", &o1, "--rating", "5"]).code(5).stderr_has("is shipped");
    alice.run(["review", &o1, "--rating", "5"]).code(5).stderr_has("completed");
    step(&bob, "receive", &o1);
    complete(&carol, &alice, &o2);
    complete(&bob, &carol, &o3);
    step(&dave, "cancel", &o4);
    dave.run(["review", &o4, "--rating", "1"]).code(5).stderr_has("is cancelled");

    let r =
        bob.run(["review", &o1, "--rating", "5", "--comment", "Quick and friendly", "--format", "json"]).code(0).json();
    assert_eq!(r["reviewer"], "bob");
    assert_eq!(r["reviewee"], "alice");
    assert_eq!(r["role"], "seller", "the reviewee's part in the order");
    assert_eq!(r["rating"], 5);
    assert_eq!(r["comment"], "Quick and friendly");
    assert_eq!(r["order_id"].to_string(), o1);
    bob.run(["review", &o1, "--rating", "4"]).code(5).stderr_has("already reviewed");

    let r = alice.run(["review", &o1, "--rating", "4", "--format", "json"]).code(0).json();
    assert_eq!((r["reviewee"].clone(), r["role"].clone()), ("bob".into(), "buyer".into()));
    alice.run(["review", &o1, "--rating", "4"]).code(5).stderr_has("already reviewed");
    carol.run(["review", &o2, "--rating", "3"]).code(0);
    bob.run(["review", &o3, "--rating", "2", "-q"]).code(0);
    carol.run(["review", &o3, "--rating", "5"]).code(0);

    // Refusals.
    dave.run(["review", &o1, "--rating", "4"]).code(4).stderr_has("between bob and alice");
    for bad in ["0", "6", "-1"] {
        carol.run(["review", &o2, "--rating", bad]).code(6).stderr_has("1 to 5");
    }
    carol.run(["review", &o2]).code(2).stderr_has("--rating");
    carol.run(["review", &o2, "--rating", "five"]).code(2);
    carol.run(["review", "--rating", "4"]).code(2);
    carol.run(["review", "9999", "--rating", "4"]).code(3);
    m.run(["review", &o2, "--rating", "4"]).code(4).stderr_has("not logged in");
    assert_eq!(count(&m, "SELECT count(*) FROM reviews"), 5);

    // The market's ratings: 5 (bob on alice), 4 (alice on bob), 3 (carol on
    // alice), 2 (bob on carol), 5 (carol on bob): mean m = 19 / 5 = 3.8.
    let mean = (5.0 + 4.0 + 3.0 + 2.0 + 5.0) / 5.0;
    let bayes = |sum: f64, n: f64| round2((5.0 * mean + sum) / (5.0 + n));
    // alice as seller: 5 and 3 -> (5*3.8 + 8) / (5 + 2) = 27/7 = 3.857 -> 3.86;
    // one of two is 4-5 stars -> 0.5.
    assert_eq!(bayes(8.0, 2.0), 3.86);
    // bob as buyer: 4 and 5 -> (19 + 9) / 7 = 4.00; both positive -> 1.0.
    assert_eq!(bayes(9.0, 2.0), 4.0);
    // carol as seller: 2 -> (19 + 2) / 6 = 3.50; none positive -> 0.0.
    assert_eq!(bayes(2.0, 1.0), 3.5);

    let reviews_of = |user: &str| m.run(["review", "list", user, "--format", "json"]).code(0).json();
    let alice_reviews = reviews_of("alice");
    assert_eq!(alice_reviews["username"], "alice");
    assert_reputation(
        &alice_reviews["as_seller"],
        Some(bayes(8.0, 2.0)),
        2,
        Some(0.5),
        "3.86 (2 reviews, 50% positive)",
    );
    assert_eq!(alice_reviews["as_seller"]["average"].as_f64(), Some(4.0));
    assert_reputation(&alice_reviews["as_buyer"], None, 0, None, "new");
    let mut got: Vec<(String, i64)> = alice_reviews["reviews"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["reviewer"].as_str().unwrap().to_string(), r["rating"].as_i64().unwrap()))
        .collect();
    got.sort();
    assert_eq!(got, [("bob".to_string(), 5), ("carol".to_string(), 3)]);

    let bob_reviews = reviews_of("bob");
    assert_reputation(&bob_reviews["as_buyer"], Some(bayes(9.0, 2.0)), 2, Some(1.0), "4.00 (2 reviews, 100% positive)");
    assert_reputation(&bob_reviews["as_seller"], None, 0, None, "new");

    let carol_reviews = reviews_of("carol");
    assert_reputation(&carol_reviews["as_seller"], Some(bayes(2.0, 1.0)), 1, Some(0.0), "3.50 (1 review, 0% positive)");
    assert_reputation(&carol_reviews["as_buyer"], None, 0, None, "new");

    let dave_reviews = reviews_of("dave");
    assert_reputation(&dave_reviews["as_seller"], None, 0, None, "new");
    assert_reputation(&dave_reviews["as_buyer"], None, 0, None, "new");
    assert_eq!(dave_reviews["reviews"], Value::Array(vec![]));
    m.run(["review", "list", "nobody"]).code(3);

    // The same numbers on profiles and listings.
    for (user, list) in
        [("alice", &alice_reviews), ("bob", &bob_reviews), ("carol", &carol_reviews), ("dave", &dave_reviews)]
    {
        let profile = m.run(["account", "show", user, "--format", "json"]).code(0).json();
        assert_eq!(profile["seller_reputation"], list["as_seller"], "{user}");
        assert_eq!(profile["buyer_reputation"], list["as_buyer"], "{user}");
    }
    let shown = listing_json(&m, &by_alice2);
    assert_eq!(shown["seller_reputation"], alice_reviews["as_seller"]);
    let shown = listing_json(&m, &by_carol);
    assert_eq!(shown["seller_reputation"], carol_reviews["as_seller"]);
    m.run(["review", "list", "alice"]).code(0).stdout_has("3.86 (2 reviews, 50% positive)");
}

// 8. Deleting and withdrawing with open orders ------------------------------

#[test]
fn open_orders_block_account_deletion_and_withdrawal() {
    let m = Market::temp();
    let _admin = m.member("admin");
    let bob = m.member("bob");
    let carol = m.member("carol");

    // A multi-unit listing with an open order stays on the market.
    let stock = add_listing(&carol, "Bottle cages", "5", 3);
    let first = buy(&bob, &stock, 1);
    let second = buy(&bob, &stock, 1);
    assert_eq!(listing_json(&m, &stock)["status"], "active");
    carol.run(["list", "withdraw", &stock]).code(5).stderr_has("open order");
    complete(&bob, &carol, &first);
    carol.run(["list", "withdraw", &stock]).code(5).stderr_has("open order");
    step(&bob, "cancel", &second);
    let l = carol.run(["list", "withdraw", &stock, "--format", "json"]).code(0).json();
    assert_eq!((l["status"].clone(), l["quantity"].clone()), ("withdrawn".into(), 2.into()));

    // Neither party leaves while an order is open.
    let bike = add_listing(&carol, "Carol's bike", "200", 1);
    let order = buy(&bob, &bike, 1);
    for (action, who) in [("", &bob), ("pay", &bob), ("ship", &carol)] {
        if !action.is_empty() {
            step(who, action, &order);
        }
        for member in [&bob, &carol] {
            member.run(["account", "delete", "--yes"]).code(5).stderr_has("open order");
        }
    }
    step(&bob, "receive", &order);
    let bob_id = user_id(&m, "bob");
    bob.run(["account", "delete", "--yes"]).code(0);
    // The order keeps its (anonymised) buyer.
    let o = order_json(&carol, &order);
    assert_eq!(o["status"], "completed");
    assert_eq!(o["buyer_id"], bob_id);
    assert_eq!(o["buyer"], format!("deleted-{bob_id}"));
    carol.run(["account", "delete", "--yes"]).code(0);
    assert_eq!(count(&m, "SELECT count(*) FROM orders"), 3);
}

// 9. Listing and showing orders ---------------------------------------------

#[test]
fn order_list_filters_by_role_and_status_and_show_is_for_parties() {
    let m = Market::temp();
    let alice = m.member("alice");
    let bob = m.member("bob");
    let carol = m.member("carol");
    let dave = m.member("dave");
    let helmets = add_listing(&alice, "Helmets", "10", 5);
    let o1 = buy(&bob, &helmets, 1);
    let o2 = buy(&carol, &helmets, 1);
    step(&bob, "pay", &o1);
    let bobs = add_listing(&bob, "Bob's trailer", "60", 1);
    let o3 = buy(&carol, &bobs, 1);

    let list = |who: &Member, flags: &[&str]| {
        let mut args = vec!["order", "list", "--format", "json"];
        args.extend(flags);
        ids(&who.run(args).code(0).json())
    };
    assert_eq!(list(&bob, &[]), [o3.as_str(), o1.as_str()], "newest first");
    assert_eq!(list(&bob, &["--as-buyer"]), [o1.as_str()]);
    assert_eq!(list(&bob, &["--as-seller"]), [o3.as_str()]);
    assert_eq!(list(&bob, &["--status", "paid"]), [o1.as_str()]);
    assert_eq!(list(&bob, &["--status", "placed"]), [o3.as_str()]);
    assert_eq!(list(&bob, &["--as-buyer", "--status", "placed"]), Vec::<String>::new());
    assert_eq!(list(&alice, &["--as-seller"]), [o2.as_str(), o1.as_str()]);
    assert_eq!(list(&alice, &["--as-buyer"]), Vec::<String>::new());
    assert_eq!(list(&carol, &["--as-buyer"]), [o3.as_str(), o2.as_str()]);
    assert_eq!(list(&dave, &[]), Vec::<String>::new());
    bob.run(["order", "list", "--status", "lost"]).code(6).stderr_has("not an order status");
    bob.run(["order", "list", "--as-buyer", "--as-seller"]).code(2);
    m.run(["order", "list"]).code(4).stderr_has("not logged in");
    bob.run(["order", "list"]).code(0).stdout_has("Helmets").stdout_has("Bob's trailer");
    let csv = bob.run(["order", "list", "--format", "csv"]).code(0).stdout;
    let header = csv.lines().next().unwrap();
    assert!(header.contains("unit_price_cents,unit_price") && header.contains("status"), "{header}");

    assert_eq!(order_json(&bob, &o1)["status"], "paid");
    assert_eq!(order_json(&alice, &o1)["buyer"], "bob");
    bob.run(["order", "show", &o1]).code(0).stdout_has("Helmets");
    for stranger in [&carol, &dave] {
        stranger.run(["order", "show", &o1]).code(4).stderr_has("between bob and alice");
    }
    bob.run(["order", "show", "9999"]).code(3).stderr_has("no order 9999");
    m.run(["order", "show", &o1]).code(4);
}

// 10. Events ----------------------------------------------------------------

#[test]
fn buying_offering_and_receiving_record_events() {
    let m = Market::temp();
    let alice = m.member("alice");
    let bob = m.member("bob");
    let bike = add_listing(&alice, "Bike", "100", 1);
    let lamp = add_listing(&alice, "Lamp", "10", 1);
    let t = clock();
    let times: Vec<String> = (0..5).map(|h| rfc(t + TimeDelta::hours(h))).collect();

    let order = id_of(at(&bob, &times[0], ["buy", &bike, "--yes", "-q"]).code(0));
    at(&bob, &times[1], ["order", "pay", &order]).code(0);
    at(&alice, &times[1], ["order", "ship", &order]).code(0);
    at(&bob, &times[2], ["order", "receive", &order]).code(0);
    let offer = id_of(at(&bob, &times[3], ["buy", &lamp, "--offer", "8", "-q"]).code(0));
    at(&alice, &times[4], ["offer", "accept", &offer]).code(0);
    // Refused attempts leave no trace.
    bob.run(["buy", &bike, "--yes"]).code(5);
    bob.run(["buy", &lamp, "--offer", "5"]).code(5);

    let events: Vec<(String, Option<i64>, Option<i64>, String)> = {
        let db = m.sql();
        let mut stmt = db.prepare("SELECT kind, user_id, listing_id, at FROM events ORDER BY id").unwrap();
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
    };
    let bob_id = Some(user_id(&m, "bob"));
    let bike: Option<i64> = bike.parse().ok();
    let lamp: Option<i64> = lamp.parse().ok();
    assert_eq!(
        events,
        [
            ("order".to_string(), bob_id, bike, times[0].clone()),
            ("purchase".to_string(), bob_id, bike, times[2].clone()),
            ("offer".to_string(), bob_id, lamp, times[3].clone()),
            ("order".to_string(), bob_id, lamp, times[4].clone()),
        ]
    );
}
