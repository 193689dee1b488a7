use crate::{Market, PASSWORD, mode};
use serde_json::Value;

fn pw(p: &str) -> String {
    format!("{p}\n")
}

#[test]
fn the_issue_acceptance_flow() {
    let m = Market::temp();
    m.run_in("secret-pass\n", ["account", "register", "alice", "--password-stdin"]).code(0).stdout_has("alice");
    let token =
        m.run_in("secret-pass\n", ["account", "login", "alice", "--password-stdin", "--print-token"]).code(0).stdout;
    let me = crate::Run::new(m.cmd().env("FLEA_SESSION", token.trim()).args(["account", "whoami", "--format", "json"]))
        .code(0)
        .json();
    assert_eq!(me["username"], "alice");
    assert_eq!(me["admin"], true);
}

#[test]
fn register_documents_its_json_fields() {
    let m = Market::temp();
    let alice = m
        .run_in(
            &pw(PASSWORD),
            [
                "account",
                "register",
                "Alice",
                "--password-stdin",
                "--email",
                "alice@example.org",
                "--display-name",
                "Alice A.",
                "--place",
                "Leeds",
                "--location",
                "53.8,-1.55",
                "--format",
                "json",
            ],
        )
        .code(0)
        .json();
    let fields: Vec<&str> = alice.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(
        fields,
        ["id", "username", "display_name", "email", "place", "lat", "lon", "admin", "demo", "created_at"]
    );
    assert_eq!(alice["username"], "alice", "usernames are stored in lower case");
    assert_eq!(alice["email"], "alice@example.org");
    assert_eq!(alice["lat"], 53.8);
    assert_eq!(alice["lon"], -1.55);
    assert_eq!(alice["admin"], true, "the first member is the admin");
    let bob =
        m.run_in(&pw(PASSWORD), ["account", "register", "bob", "--password-stdin", "--format", "json"]).code(0).json();
    assert_eq!(bob["admin"], false, "only the first member is the admin");
}

#[test]
fn register_refuses_duplicates_in_any_case() {
    let m = Market::temp();
    m.member("alice");
    m.run_in(&pw(PASSWORD), ["account", "register", "alice", "--password-stdin"]).code(5).stderr_has("taken");
    m.run_in(&pw(PASSWORD), ["account", "register", "ALICE", "--password-stdin"]).code(5);
}

#[test]
fn register_refuses_bad_values() {
    let m = Market::temp();
    for name in ["ab", "has space", "bob!", "ålice", "deleted-7", &"x".repeat(33)] {
        m.run_in(&pw(PASSWORD), ["account", "register", name, "--password-stdin"]).code(6);
    }
    for loc in ["91,0", "0,181", "NaN,1", "north", "1", "-90.5,10"] {
        m.run_in(&pw(PASSWORD), ["account", "register", "carol", "--password-stdin", "--location", loc])
            .code(6)
            .stderr_has("location");
    }
    m.run_in(&pw(PASSWORD), ["account", "register", "carol", "--password-stdin", "--email", "not-an-email"]).code(6);
    m.run_in("short\n", ["account", "register", "carol", "--password-stdin"]).code(6).stderr_has("at least 8");
    let count: i64 = m.sql().query_row("SELECT count(*) FROM users", [], |r| r.get(0)).unwrap();
    assert_eq!(count, 0, "nothing invalid was written");
}

#[test]
fn missing_values_without_a_terminal_are_usage_errors() {
    let m = Market::temp();
    m.run_in("", ["account", "register"]).code(2).stderr_has("USERNAME");
    m.run_in("", ["account", "register", "alice"]).code(2).stderr_has("--password-stdin");
    m.run_in("", ["account", "login"]).code(2).stderr_has("USERNAME");
    m.run_in("", ["account", "login", "alice"]).code(2).stderr_has("--password-stdin");
    m.run(["account", "show"]).code(2).stderr_has("USER");
    m.run(["account", "nonsense"]).code(2);
}

#[test]
fn login_refuses_wrong_passwords_and_unknown_members() {
    let m = Market::temp();
    m.member("alice");
    m.run_in("wrong-password\n", ["account", "login", "alice", "--password-stdin"]).code(4).stderr_has("wrong");
    m.run_in(&pw(PASSWORD), ["account", "login", "nobody", "--password-stdin"]).code(4);
    m.run_in(&pw(PASSWORD), ["account", "login", "ALICE", "--password-stdin"]).code(0);
}

#[test]
fn five_wrong_passwords_lock_for_fifteen_minutes() {
    let m = Market::temp();
    m.member("alice");
    let at = |t: &str, password: &str| {
        crate::Run::new(
            m.cmd()
                .env("FLEA_NOW", t)
                .args(["account", "login", "alice", "--password-stdin"])
                .write_stdin(pw(password)),
        )
    };
    for _ in 0..4 {
        at("2030-01-01T10:00:00Z", "wrong-password").code(4).stderr_has("wrong");
    }
    at("2030-01-01T10:00:00Z", "wrong-password").code(4).stderr_has("locked until 2030-01-01T10:15:00Z");
    at("2030-01-01T10:14:59Z", PASSWORD).code(4).stderr_has("locked");
    at("2030-01-01T10:15:00Z", PASSWORD).code(0);
    // A success resets the count: four more failures do not lock.
    for _ in 0..4 {
        at("2030-01-01T10:16:00Z", "wrong-password").code(4);
    }
    at("2030-01-01T10:16:00Z", PASSWORD).code(0);
}

#[test]
fn logout_revokes_the_token() {
    let m = Market::temp();
    let alice = m.member("alice");
    alice.run(["account", "whoami"]).code(0);
    alice.run(["account", "logout"]).code(0);
    alice.run(["account", "whoami"]).code(4).stderr_has("not valid");
}

#[test]
fn login_keeps_a_private_session_file_until_logout() {
    let m = Market::temp();
    m.member("alice");
    m.run(["account", "whoami"]).code(4).stderr_has("not logged in");
    m.run_in(&pw(PASSWORD), ["account", "login", "alice", "--password-stdin"]).code(0);
    let me = m.run(["account", "whoami", "--format", "json"]).code(0).json();
    assert_eq!(me["username"], "alice");
    let sessions = m.dir.path().join("state/flea/sessions");
    let files: Vec<_> = std::fs::read_dir(&sessions).unwrap().map(|e| e.unwrap().path()).collect();
    assert_eq!(files.len(), 1);
    assert_eq!(mode(&files[0]), 0o600);
    let token = std::fs::read_to_string(&files[0]).unwrap();
    assert!(!String::from_utf8_lossy(&m.file_bytes()).contains(token.trim()), "only the token's hash is stored");
    m.run(["account", "logout"]).code(0);
    assert!(!files[0].exists());
    m.run(["account", "whoami"]).code(4);
    m.run(["account", "logout"]).code(4);
}

#[test]
fn logout_all_ends_every_session() {
    let m = Market::temp();
    let first = m.member("alice");
    let second = m.login("alice");
    second.run(["account", "logout", "--all"]).code(0).stdout_has("2 session(s)");
    first.run(["account", "whoami"]).code(4);
}

#[test]
fn sessions_expire_after_thirty_days() {
    let m = Market::temp();
    m.run_in(&pw(PASSWORD), ["account", "register", "alice", "--password-stdin"]).code(0);
    let token = crate::Run::new(
        m.cmd()
            .env("FLEA_NOW", "2030-01-01T00:00:00Z")
            .args(["account", "login", "alice", "--password-stdin", "--print-token"])
            .write_stdin(pw(PASSWORD)),
    )
    .code(0)
    .stdout;
    let whoami = |t: &str| {
        crate::Run::new(m.cmd().env("FLEA_NOW", t).env("FLEA_SESSION", token.trim()).args(["account", "whoami"]))
    };
    whoami("2030-01-30T23:59:59Z").code(0);
    whoami("2030-01-31T00:00:00Z").code(4).stderr_has("expired");
}

#[test]
fn show_and_list_hide_emails_from_other_members() {
    let m = Market::temp();
    let admin = m.member("alice");
    m.run_in(&pw(PASSWORD), ["account", "register", "bob", "--password-stdin", "--email", "bob@example.org"]).code(0);
    let carol = m.member("carol");
    assert_eq!(carol.run(["account", "show", "bob", "--format", "json"]).code(0).json()["email"], Value::Null);
    assert_eq!(m.run(["account", "show", "bob", "--format", "json"]).code(0).json()["email"], Value::Null);
    assert_eq!(admin.run(["account", "show", "bob", "--format", "json"]).code(0).json()["email"], "bob@example.org");
    let bob = m.login("bob");
    assert_eq!(bob.run(["account", "show", "--format", "json"]).code(0).json()["email"], "bob@example.org");
    m.run(["account", "show", "nobody"]).code(3);

    let listed = carol.run(["account", "list", "--format", "json"]).code(0).json();
    let names: Vec<&str> = listed.as_array().unwrap().iter().map(|u| u["username"].as_str().unwrap()).collect();
    assert_eq!(names, ["alice", "bob", "carol"]);
    assert!(listed.as_array().unwrap().iter().all(|u| u["email"].is_null()));
    let csv = admin.run(["account", "list", "--format", "csv"]).code(0).stdout;
    assert!(csv.starts_with("id,username,display_name,email,"), "{csv}");
    assert!(csv.contains("bob@example.org"));
    assert_eq!(m.run(["account", "list", "--quiet"]).code(0).stdout, "1\n2\n3\n");
    assert_eq!(
        m.run(["account", "list", "--format", "jsonl", "--limit", "1", "--offset", "1"]).code(0).stdout.lines().count(),
        1
    );
    m.run(["account", "list"]).code(0).stdout_has("carol");
}

#[test]
fn edit_changes_own_profile_and_admins_change_anyones() {
    let m = Market::temp();
    let admin = m.member("alice");
    let bob = m.member("bob");
    let carol = m.member("carol");
    let me = bob
        .run([
            "account",
            "edit",
            "--place",
            "York",
            "--location",
            "53.96,-1.08",
            "--display-name",
            "Bob",
            "--format",
            "json",
        ])
        .code(0)
        .json();
    assert_eq!(me["place"], "York");
    assert_eq!(me["lat"], 53.96);
    let me = bob.run(["account", "edit", "--place", "", "--format", "json"]).code(0).json();
    assert_eq!(me["place"], Value::Null, "an empty value clears a field");
    assert_eq!(me["display_name"], "Bob", "other fields stay");
    carol.run(["account", "edit", "bob", "--place", "Hull"]).code(4);
    admin.run(["account", "edit", "bob", "--place", "Hull"]).code(0);
    bob.run(["account", "edit"]).code(2).stderr_has("nothing to change");
    bob.run(["account", "edit", "--email", "nope"]).code(6);
    bob.run(["account", "edit", "--location", "0,200"]).code(6);
    bob.run(["account", "edit", "--admin", "true"]).code(4);
    admin.run(["account", "edit", "nobody", "--place", "x"]).code(3);
    admin.run(["account", "edit", "--admin", "false"]).code(5).stderr_has("at least one admin");
    admin.run(["account", "edit", "bob", "--admin", "true"]).code(0);
    admin.run(["account", "edit", "--admin", "false"]).code(0);
    m.run(["account", "edit", "--place", "x"]).code(4);
}

#[test]
fn passwd_changes_passwords_and_ends_other_sessions() {
    let m = Market::temp();
    let admin = m.member("alice");
    let bob = m.member("bob");
    let other_session = m.login("bob");
    bob.run_in("wrong-current\nnew-password-1\n", ["account", "passwd", "--password-stdin"]).code(4);
    bob.run_in(&format!("{PASSWORD}\nshort\n"), ["account", "passwd", "--password-stdin"]).code(6);
    bob.run_in(&format!("{PASSWORD}\n"), ["account", "passwd", "--password-stdin"]).code(2);
    bob.run_in(&format!("{PASSWORD}\nnew-password-1\n"), ["account", "passwd", "--password-stdin"]).code(0);
    bob.run(["account", "whoami"]).code(0);
    other_session.run(["account", "whoami"]).code(4);
    m.run_in(&pw(PASSWORD), ["account", "login", "bob", "--password-stdin"]).code(4);
    m.run_in("new-password-1\n", ["account", "login", "bob", "--password-stdin"]).code(0);
    // Admins set anyone's password without knowing it; members can't.
    let carol = m.member("carol");
    carol.run_in("another-pass-2\n", ["account", "passwd", "bob", "--password-stdin"]).code(4);
    admin.run_in("another-pass-2\n", ["account", "passwd", "bob", "--password-stdin"]).code(0);
    bob.run(["account", "whoami"]).code(4);
    m.run_in("another-pass-2\n", ["account", "login", "bob", "--password-stdin"]).code(0);
    m.run_in("x\n", ["account", "passwd", "--password-stdin"]).code(4);
    admin.run_in("another-pass-2\n", ["account", "passwd", "nobody", "--password-stdin"]).code(3);
}

#[test]
fn delete_anonymises_and_frees_the_username() {
    let m = Market::temp();
    let admin = m.member("alice");
    let bob = m.member("bob");
    m.run_in(&pw(PASSWORD), ["account", "edit", "--place", "x"]).code(4);
    bob.run(["account", "delete"]).code(2).stderr_has("--yes");
    let carol = m.member("carol");
    carol.run(["account", "delete", "bob", "--yes"]).code(4);
    bob.run(["account", "delete", "--yes"]).code(0);
    bob.run(["account", "whoami"]).code(4);
    m.run_in(&pw(PASSWORD), ["account", "login", "bob", "--password-stdin"]).code(4);
    m.run(["account", "show", "bob"]).code(3);
    let row: (String, Option<String>, Option<String>) = m
        .sql()
        .query_row("SELECT username, email, password_hash FROM users WHERE id = 2", [], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })
        .unwrap();
    assert_eq!(row, ("deleted-2".to_string(), None, None));
    m.run_in(&pw(PASSWORD), ["account", "register", "bob", "--password-stdin"]).code(0);
    admin.run(["account", "delete", "carol", "--yes"]).code(0);
    carol.run(["account", "whoami"]).code(4);
    admin.run(["account", "delete", "--yes"]).code(5).stderr_has("only admin");
    admin.run(["account", "delete", "nobody", "--yes"]).code(3);
}

#[test]
fn the_market_file_and_wal_are_private() {
    let m = Market::temp();
    m.member("alice");
    assert_eq!(mode(&m.db), 0o600);
    let wal = m.db.with_extension("db-wal");
    if wal.exists() {
        assert_eq!(mode(&wal), 0o600);
    }
    let journal: String = m.sql().query_row("PRAGMA journal_mode", [], |r| r.get(0)).unwrap();
    assert_eq!(journal, "wal");
}

#[test]
fn passwords_and_tokens_never_show_or_sit_in_clear() {
    let m = Market::temp();
    let secret = "Sup3r-Secret-Phrase";
    let mut seen = String::new();
    let mut keep = |r: crate::Run| {
        seen.push_str(&r.stdout);
        seen.push_str(&r.stderr);
    };
    keep(m.run_in(&pw(secret), ["account", "register", "alice", "--password-stdin"]).code(0));
    keep(m.run_in(&pw(secret), ["account", "login", "alice", "--password-stdin"]).code(0));
    keep(m.run_in("wrong-one-here\n", ["account", "login", "alice", "--password-stdin"]).code(4));
    keep(m.run_in(&format!("{secret}\n{secret}2\n"), ["account", "passwd", "--password-stdin"]).code(0));
    for format in ["table", "json", "jsonl", "csv", "tsv"] {
        keep(m.run(["account", "whoami", "--format", format]).code(0));
        keep(m.run(["account", "list", "--format", format]).code(0));
    }
    assert!(!seen.contains(secret), "a password was printed");
    assert!(!seen.contains("argon2"), "a hash was printed");
    let bytes = String::from_utf8_lossy(&m.file_bytes()).into_owned();
    assert!(!bytes.contains(secret), "a password sits in clear in the file");
    assert!(bytes.contains("$argon2id$"), "passwords are Argon2id hashes");
}

#[test]
fn the_format_can_come_from_the_environment() {
    let m = Market::temp();
    m.member("alice");
    let run = crate::Run::new(m.cmd().env("FLEA_FORMAT", "json").args(["account", "list"])).code(0);
    assert_eq!(run.json()[0]["username"], "alice");
    let run = crate::Run::new(m.cmd().env("FLEA_FORMAT", "tsv").args(["account", "list"])).code(0);
    assert!(run.stdout.starts_with("id\tusername\t"));
}
