use crate::{Market, PASSWORD};

fn sha(bytes: &[u8]) -> Vec<u8> {
    use sha2::Digest;
    sha2::Sha256::digest(bytes).to_vec()
}

#[test]
fn init_sets_currency_and_name() {
    let m = Market::temp();
    let s = m.run(["init", "--currency", "gbp", "--name", "Hill Street swap", "--format", "json"]).code(0).json();
    assert_eq!(s["currency"], "GBP");
    assert_eq!(s["currency_digits"], 2);
    assert_eq!(s["name"], "Hill Street swap");
    let s = m.run(["init", "--currency", "JPY", "--format", "json"]).code(0).json();
    assert_eq!(s["currency_digits"], 0, "JPY has no minor unit");
    m.run(["init", "--currency", "EURO"]).code(6);
    m.run(["init", "--name", ""]).code(6);
    m.member("alice");
    m.run(["init", "--currency", "USD"]).code(5).stderr_has("already has members");
    m.run(["init", "--currency", "JPY"]).code(0);
}

#[test]
fn any_command_creates_a_default_market() {
    let m = Market::temp();
    m.run(["account", "list"]).code(0).stdout_has("(none)");
    let s = m.run(["init", "--format", "json"]).code(0).json();
    assert_eq!(s["currency"], "EUR");
    assert_eq!(s["currency_digits"], 2);
}

#[test]
fn the_default_market_lives_in_the_data_directory() {
    let m = Market::temp();
    crate::Run::new(m.bare().args(["account", "list"])).code(0);
    assert!(m.dir.path().join("data/flea/market.db").exists());
    crate::Run::new(m.bare().env("FLEA_DB", &m.db).args(["account", "list"])).code(0);
    assert!(m.db.exists(), "FLEA_DB names the file");
}

#[test]
fn a_newer_market_is_refused_untouched() {
    let m = Market::temp();
    m.member("alice");
    m.sql().execute_batch("PRAGMA wal_checkpoint(TRUNCATE); PRAGMA user_version = 99;").unwrap();
    let before = sha(&m.file_bytes());
    m.run(["account", "list"]).code(7).stderr_has("newer flea");
    m.run_in(&format!("{PASSWORD}\n"), ["account", "register", "bob", "--password-stdin"]).code(7);
    assert_eq!(sha(&m.file_bytes()), before, "the file was changed");
}

#[test]
fn a_file_that_is_not_sqlite_is_refused_untouched() {
    let m = Market::temp();
    let text = "name,price\nlamp,12.50\n".repeat(200);
    std::fs::write(&m.db, &text).unwrap();
    m.run(["account", "list"]).code(7).stderr_has("not a flea market");
    assert_eq!(std::fs::read_to_string(&m.db).unwrap(), text);
}

#[test]
fn a_missing_folder_is_a_clear_error() {
    let m = Market::temp();
    let run = crate::Run::new(m.bare().args(["--db", "/nonexistent/dir/m.db", "account", "list"])).code(7);
    assert!(run.stderr.contains("cannot create the market file"), "{}", run.stderr);
}

#[test]
fn memory_markets_work_for_experiments() {
    let m = Market::temp();
    crate::Run::new(
        m.bare()
            .args(["--db", ":memory:", "account", "register", "alice", "--password-stdin"])
            .write_stdin(format!("{PASSWORD}\n")),
    )
    .code(0);
}

#[test]
fn bad_clock_is_invalid_data() {
    let m = Market::temp();
    crate::Run::new(m.cmd().env("FLEA_NOW", "tomorrow").args(["account", "list"])).code(6).stderr_has("FLEA_NOW");
}

#[test]
fn colour_follows_the_flags() {
    let m = Market::temp();
    let plain = m.run(["account", "whoami"]).code(4);
    assert!(!plain.stderr.contains('\x1b'));
    let coloured = m.run(["--color", "always", "account", "whoami"]);
    assert!(coloured.stderr.contains("\x1b[1;31merror:"), "{}", coloured.stderr);
}

#[test]
fn completions_print_a_script() {
    let m = Market::temp();
    m.run(["completions", "bash"]).code(0).stdout_has("_flea()");
    m.run(["completions", "zsh"]).code(0).stdout_has("#compdef flea");
    m.run(["completions", "tcsh"]).code(2);
}

#[test]
fn every_command_has_help_with_an_example() {
    let m = Market::temp();
    for args in [
        vec!["init"],
        vec!["account", "register"],
        vec!["account", "login"],
        vec!["account", "logout"],
        vec!["account", "whoami"],
        vec!["account", "show"],
        vec!["account", "edit"],
        vec!["account", "passwd"],
        vec!["account", "delete"],
        vec!["account", "list"],
        vec!["completions"],
    ] {
        let mut full = args.clone();
        full.push("--help");
        m.run(&full).code(0).stdout_has("Example:");
    }
    m.run(["--help"]).code(0).stdout_has("Exit codes:");
}
