//! Search benchmark: query classes chosen from the market's own vocabulary,
//! timed in process (flea's full search: count, page, snippets, reputation),
//! as a whole `flea search` process, and as the plain FTS5 query in the
//! sqlite3 shell on the same file. Prints one Markdown table. The last
//! column times each class's first search with no heads kept (as after an
//! import), which makes them; the other columns time searches after it.
//!
//!     cargo run --release --example search_bench -- MARKET.db [RUNS]

use flea::search::{self, Filters, Request, Sort};
use std::process::Command;
use std::time::Instant;

struct Class {
    name: String,
    query: String,
    filters: Filters,
    sort: Sort,
}

fn pick(conn: &rusqlite::Connection, low: i64, high: i64) -> rusqlite::Result<(String, i64)> {
    pick_except(conn, low, high, "")
}

fn pick_except(conn: &rusqlite::Connection, low: i64, high: i64, not: &str) -> rusqlite::Result<(String, i64)> {
    conn.query_row(
        "SELECT term, doc FROM listings_fts_vocab WHERE doc BETWEEN ?1 AND ?2
           AND term GLOB '[a-z][a-z][a-z]*' AND length(term) >= 4 AND term <> ?3 ORDER BY doc DESC LIMIT 1",
        rusqlite::params![low, high, not],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
}

fn median(v: &mut [f64]) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn p95(v: &mut [f64]) -> f64 {
    v.sort_by(f64::total_cmp);
    v[((v.len() as f64 * 0.95).ceil() as usize).saturating_sub(1).min(v.len() - 1)]
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let db = args.get(1).ok_or("usage: search_bench MARKET.db [RUNS]")?;
    let runs: usize = args.get(2).map_or(Ok(30), |r| r.parse())?;
    let flea_bin = std::env::var("FLEA_BIN").unwrap_or_else(|_| "target/release/flea".into());
    let conn = flea::db::open(std::path::Path::new(db))?;
    let listings: i64 = conn.query_row("SELECT count(*) FROM listings", [], |r| r.get(0))?;
    let (rare, rare_n) = pick(&conn, listings / 5000, listings / 1000)?;
    let (common, common_n) = pick(&conn, listings / 200, listings / 40)?;
    // In 10-30% of listings: broad, but not so common that BM25 stops
    // ranking (a word in over half the listings has an IDF near zero).
    let (broad, broad_n) = pick(&conn, listings / 10, listings * 3 / 10)?;
    let (second, _) = pick(&conn, listings / 100, listings / 20)?;
    let (broad2, _) = pick_except(&conn, listings / 10, listings * 3 / 10, &broad)?;
    let phrase: String = conn.query_row(
        "SELECT title FROM listings WHERE length(title) > 20 ORDER BY id LIMIT 1 OFFSET 1234",
        [],
        |r| r.get(0),
    )?;
    let phrase_words: Vec<&str> =
        phrase.split_whitespace().filter(|w| w.chars().all(char::is_alphabetic)).take(2).collect();
    let zh = "手机";
    let furniture = flea::category::with_children(&conn, flea::category::find(&conn, "furniture")?.id)?;
    let filtered = Filters {
        max_price: Some(flea::money::Money::from_minor(20_000)?),
        conditions: vec![flea::listing::Condition::Good, flea::listing::Condition::LikeNew],
        ..Filters::default()
    };
    let near = Filters { near: Some((51.5074, -0.1278)), within_km: Some(25.0), ..Filters::default() };
    let mut classes = Vec::new();
    let mut add = |name: &str, query: String, filters: Filters, sort: Sort| {
        classes.push(Class { name: name.to_string(), query, filters, sort });
    };
    add(&format!("rare word '{rare}' ({rare_n} docs)"), rare.clone(), Filters::default(), Sort::Relevance);
    add(&format!("common word '{common}' ({common_n} docs)"), common.clone(), Filters::default(), Sort::Relevance);
    add(&format!("broad word '{broad}' ({broad_n} docs)"), broad.clone(), Filters::default(), Sort::Relevance);
    add("two words", format!("{common} {second}"), Filters::default(), Sort::Relevance);
    add("phrase", format!("\"{}\"", phrase_words.join(" ")), Filters::default(), Sort::Relevance);
    add("prefix", format!("{}*", &common[..3.min(common.len())]), Filters::default(), Sort::Relevance);
    add("Chinese 手机", zh.to_string(), Filters::default(), Sort::Relevance);
    add("common + price/condition filters", common.clone(), filtered.clone(), Sort::Relevance);
    add("common, price-asc", common.clone(), Filters::default(), Sort::PriceAsc);
    add("broad + filters", broad.clone(), filtered, Sort::Relevance);
    add("broad, newest", broad.clone(), Filters::default(), Sort::Newest);
    add("common near London 25 km", common.clone(), near, Sort::Distance);
    add(
        "browse furniture, newest",
        String::new(),
        Filters { categories: furniture, ..Filters::default() },
        Sort::Newest,
    );
    // Several broad words: no heads; over 30,000 matches, the most recent
    // title matches are ranked (a shortcut, hence its agreement).
    add(
        &format!("two broad words '{broad} {broad2}'"),
        format!("{broad} {broad2}"),
        Filters::default(),
        Sort::Relevance,
    );

    println!("market: {db}, {listings} listings, {runs} runs per class\n");
    println!(
        "| class | total | in process median ms | p95 ms | whole process median ms | sqlite3 FTS5 bm25 LIMIT 20 ms | top-20 agreement with exact BM25 | first search, no heads ms |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|---:|");
    let mut all = Vec::new();
    for c in &classes {
        let req = Request { text: &c.query, filters: c.filters.clone(), sort: c.sort, limit: 20, offset: 0 };
        search::heads::forget(&conn)?;
        let t = Instant::now();
        search::search(&conn, &req)?;
        let first = t.elapsed().as_secs_f64() * 1000.0;
        let mut times = Vec::with_capacity(runs);
        let mut total = 0;
        for _ in 0..runs {
            let t = Instant::now();
            total = search::search(&conn, &req)?.total;
            times.push(t.elapsed().as_secs_f64() * 1000.0);
        }
        all.extend(times.iter().copied());
        let (med, p) = (median(&mut times.clone()), p95(&mut times));
        let process = if c.filters.near.is_none() && c.filters.categories.is_empty() && c.filters.max_price.is_none() {
            let mut pt = Vec::new();
            for _ in 0..runs.min(10) {
                let t = Instant::now();
                let mut cmd = Command::new(&flea_bin);
                cmd.args(["--db", db, "search", "--sort", sort_name(c.sort), "--"]);
                if !c.query.is_empty() {
                    cmd.arg(&c.query);
                }
                let out = cmd.env_remove("FLEA_SESSION").output()?;
                pt.push(t.elapsed().as_secs_f64() * 1000.0);
                if !out.status.success() {
                    return Err(format!("flea search failed: {}", String::from_utf8_lossy(&out.stderr)).into());
                }
            }
            format!("{:.1}", median(&mut pt))
        } else {
            "-".into()
        };
        let plain = plain_fts(db, &c.query).unwrap_or_else(|| "-".into());
        let agreement = if c.sort == Sort::Relevance && !c.query.is_empty() {
            let shown: Vec<i64> = search::search(&conn, &req)?.results.iter().map(|h| h.id).collect();
            let plan = search::plan_sql(&conn, &req)?;
            let mut stmt = conn.prepare(&plan.select)?;
            let exact: Vec<i64> =
                stmt.query_map(rusqlite::params_from_iter(&plan.params), |r| r.get(0))?.collect::<Result<_, _>>()?;
            let same = shown.iter().filter(|id| exact.contains(id)).count();
            // Ties are common (many ads share a title pattern), so also count
            // results whose exact BM25 is as good as the exact 20th result.
            let score_of = |ids: &[i64]| -> Result<Vec<f64>, Box<dyn std::error::Error>> {
                let Some(expr) = search::query::parse(&c.query)?.to_fts() else { return Ok(Vec::new()) };
                let list = ids.iter().map(i64::to_string).collect::<Vec<_>>().join(",");
                let sql = format!(
                    "SELECT bm25(listings_fts, 10.0, 4.0, 1.0, 2.0, 3.0) FROM listings_fts
                     WHERE listings_fts MATCH ?1 AND rowid IN ({list})"
                );
                let mut stmt = conn.prepare(&sql)?;
                Ok(stmt.query_map([expr], |r| r.get(0))?.collect::<Result<_, _>>()?)
            };
            let bar = score_of(&exact)?.into_iter().fold(f64::MIN, f64::max);
            let good = score_of(&shown)?.into_iter().filter(|s| *s <= bar + 1e-9).count();
            format!("{same}/{} ids, {good}/{} as good", exact.len(), shown.len())
        } else {
            "-".into()
        };
        println!("| {} | {total} | {med:.2} | {p:.2} | {process} | {plain} | {agreement} | {first:.1} |", c.name);
    }
    println!("\nall classes: median {:.2} ms, p95 {:.2} ms", median(&mut all.clone()), p95(&mut all));
    Ok(())
}

fn sort_name(s: Sort) -> &'static str {
    match s {
        Sort::Relevance => "relevance",
        Sort::PriceAsc => "price-asc",
        Sort::PriceDesc => "price-desc",
        Sort::Newest => "newest",
        Sort::Distance => "relevance",
    }
}

/// The plain FTS5 query in the sqlite3 shell, median of 3 `.timer` readings.
fn plain_fts(db: &str, query: &str) -> Option<String> {
    let fts = search::query::parse(query).ok()?.to_fts()?;
    let sql = format!(
        "SELECT rowid FROM listings_fts WHERE listings_fts MATCH '{}' ORDER BY bm25(listings_fts) LIMIT 20;",
        fts.replace('\'', "''")
    );
    let mut times = Vec::new();
    for _ in 0..3 {
        use std::io::Write;
        let mut child = Command::new("sqlite3")
            .arg(db)
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .ok()?;
        child.stdin.take()?.write_all(format!(".timer on\n{sql}\n").as_bytes()).ok()?;
        let out = child.wait_with_output().ok()?;
        let text = String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
        let real = text.lines().find_map(|l| l.strip_prefix("Run Time: real "))?;
        let secs: f64 = real.split_whitespace().next()?.parse().ok()?;
        times.push(secs * 1000.0);
    }
    Some(format!("{:.1}", median(&mut times)))
}
