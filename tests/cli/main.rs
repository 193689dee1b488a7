//! End-to-end tests: the real binary against a temporary market, with its
//! own home folders so that nothing leaks in from the machine.

mod account;
mod category;
mod demo;
mod generated;
mod listing;
mod market;
mod platforms;
mod search;
mod trade;
mod transfer;

use assert_cmd::Command;
use serde_json::Value;
use std::path::{Path, PathBuf};
use tempfile::TempDir;

pub const PASSWORD: &str = "correct-horse-42";

/// A temporary market file with its own platform directories.
pub struct Market {
    pub dir: TempDir,
    pub db: PathBuf,
}

impl Market {
    pub fn temp() -> Market {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = dir.path().join("market.db");
        Market { dir, db }
    }

    /// `flea --db <market>` with a clean environment.
    pub fn cmd(&self) -> Command {
        let mut cmd = self.bare();
        cmd.arg("--db").arg(&self.db);
        cmd
    }

    /// `flea` with a clean environment and no `--db`.
    pub fn bare(&self) -> Command {
        Command::from_std(self.process())
    }

    /// The same as [`Market::bare`] as a plain process, for a test that
    /// must start flea and act while it runs.
    pub fn process(&self) -> std::process::Command {
        let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("flea"));
        let home = self.dir.path();
        cmd.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", home)
            .env("XDG_DATA_HOME", home.join("data"))
            .env("XDG_STATE_HOME", home.join("state"))
            .env("XDG_CONFIG_HOME", home.join("config"));
        cmd
    }

    pub fn run<I, S>(&self, args: I) -> Run
    where
        I: IntoIterator<Item = S>,
        S: AsRef<std::ffi::OsStr>,
    {
        Run::new(self.cmd().args(args))
    }

    /// Runs with `input` on standard input.
    pub fn run_in<I, S>(&self, input: &str, args: I) -> Run
    where
        I: IntoIterator<Item = S>,
        S: AsRef<std::ffi::OsStr>,
    {
        Run::new(self.cmd().args(args).write_stdin(input.to_string()))
    }

    /// Registers `name` with [`PASSWORD`] and logs in for a token.
    pub fn member(&self, name: &str) -> Member<'_> {
        self.run_in(&format!("{PASSWORD}\n"), ["account", "register", name, "--password-stdin"]).code(0);
        self.login(name)
    }

    pub fn login(&self, name: &str) -> Member<'_> {
        let token = self
            .run_in(&format!("{PASSWORD}\n"), ["account", "login", name, "--password-stdin", "--print-token"])
            .code(0)
            .stdout
            .trim()
            .to_string();
        assert_eq!(token.len(), 64, "a 256-bit token in hex: {token}");
        Member { market: self, name: name.to_string(), token, now: None }
    }

    /// Registers `name` with extra `account register` flags (such as
    /// `--place` or `--location`) and logs in, all with the clock
    /// (`FLEA_NOW`) at `now`; the member's commands then run at `now` too, so
    /// that the session stays valid and times are predictable.
    pub fn member_at(&self, name: &str, now: &str, extra: &[&str]) -> Member<'_> {
        let mut args = vec!["account", "register", name, "--password-stdin"];
        args.extend_from_slice(extra);
        let password = format!("{PASSWORD}\n");
        Run::new(self.cmd().env("FLEA_NOW", now).args(args).write_stdin(password.clone())).code(0);
        let token = Run::new(
            self.cmd()
                .env("FLEA_NOW", now)
                .args(["account", "login", name, "--password-stdin", "--print-token"])
                .write_stdin(password),
        )
        .code(0)
        .stdout
        .trim()
        .to_string();
        Member { market: self, name: name.to_string(), token, now: Some(now.to_string()) }
    }

    /// Writes `bytes` to `name` in the market's folder and returns its path.
    pub fn file(&self, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let path = self.dir.path().join(name);
        std::fs::write(&path, bytes).expect("write a test file");
        path
    }

    /// The single integer a query returns, such as a `count(*)`.
    pub fn count(&self, query: &str) -> i64 {
        self.sql().query_row(query, [], |r| r.get(0)).unwrap_or_else(|e| panic!("{query}: {e}"))
    }

    /// Every byte of the market: the file and its write-ahead log.
    pub fn file_bytes(&self) -> Vec<u8> {
        let mut bytes = std::fs::read(&self.db).unwrap_or_default();
        bytes.extend(std::fs::read(self.db.with_extension("db-wal")).unwrap_or_default());
        bytes
    }

    pub fn sql(&self) -> rusqlite::Connection {
        rusqlite::Connection::open(&self.db).expect("open market")
    }
}

/// A logged-in member: commands run with their `FLEA_SESSION` (and their
/// clock, for a member made with [`Market::member_at`]).
pub struct Member<'a> {
    pub market: &'a Market,
    pub name: String,
    pub token: String,
    pub now: Option<String>,
}

impl Member<'_> {
    /// As [`Member::cmd`], as a plain process to start and act on while it
    /// runs (`--db`, session and clock set).
    pub fn process(&self) -> std::process::Command {
        let mut cmd = self.market.process();
        cmd.arg("--db").arg(&self.market.db).env("FLEA_SESSION", &self.token);
        if let Some(now) = &self.now {
            cmd.env("FLEA_NOW", now);
        }
        cmd
    }
    pub fn cmd(&self) -> Command {
        let mut cmd = self.market.cmd();
        cmd.env("FLEA_SESSION", &self.token);
        if let Some(now) = &self.now {
            cmd.env("FLEA_NOW", now);
        }
        cmd
    }
    pub fn run<I, S>(&self, args: I) -> Run
    where
        I: IntoIterator<Item = S>,
        S: AsRef<std::ffi::OsStr>,
    {
        Run::new(self.cmd().args(args))
    }
    pub fn run_in<I, S>(&self, input: &str, args: I) -> Run
    where
        I: IntoIterator<Item = S>,
        S: AsRef<std::ffi::OsStr>,
    {
        Run::new(self.cmd().args(args).write_stdin(input.to_string()))
    }
    /// Runs with the clock (`FLEA_NOW`) set to `now` for this command.
    pub fn run_at<I, S>(&self, now: &str, args: I) -> Run
    where
        I: IntoIterator<Item = S>,
        S: AsRef<std::ffi::OsStr>,
    {
        Run::new(self.cmd().env("FLEA_NOW", now).args(args))
    }
}

/// What a finished command left: exit code and both streams.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    fn new(cmd: &mut Command) -> Run {
        let out = cmd.output().expect("run flea");
        Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }

    /// Asserts the exit code, showing both streams when it differs.
    #[track_caller]
    pub fn code(self, expected: i32) -> Run {
        assert_eq!(
            self.code, expected,
            "exit code {} (wanted {expected})\nstdout:\n{}\nstderr:\n{}",
            self.code, self.stdout, self.stderr
        );
        if expected != 0 {
            assert!(self.stderr.starts_with("error: "), "errors start with 'error:': {}", self.stderr);
            assert!(!self.stderr.contains("panicked"), "{}", self.stderr);
        }
        self
    }

    #[track_caller]
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.stdout))
    }

    #[track_caller]
    pub fn stderr_has(self, needle: &str) -> Run {
        assert!(self.stderr.contains(needle), "stderr lacks {needle:?}:\n{}", self.stderr);
        self
    }

    #[track_caller]
    pub fn stdout_has(self, needle: &str) -> Run {
        assert!(self.stdout.contains(needle), "stdout lacks {needle:?}:\n{}", self.stdout);
        self
    }
}

#[cfg(unix)]
pub fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).expect("metadata").permissions().mode() & 0o777
}
