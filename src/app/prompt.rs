//! Asking a person for what is missing, and only a person: prompts appear
//! when stdin and stderr are terminals; otherwise a missing value is a usage
//! error naming the flag that supplies it.

use crate::error::{Error, Result};
use std::io::{self, BufRead, IsTerminal};

pub fn interactive() -> bool {
    io::stdin().is_terminal() && io::stderr().is_terminal()
}

fn cancelled(e: dialoguer::Error) -> Error {
    Error::usage(format!("cancelled ({e})"))
}

/// A required value: given, asked for, or a usage error naming `flag`.
pub fn required(value: Option<String>, label: &str, flag: &str) -> Result<String> {
    if let Some(v) = value {
        return Ok(v);
    }
    if !interactive() {
        return Err(Error::usage(format!("missing {flag}"))
            .with_hint(format!("give {flag}; there is no terminal to ask for it")));
    }
    dialoguer::Input::<String>::new().with_prompt(label).interact_text().map_err(cancelled)
}

/// A choice from a list: given, picked on a terminal, or a usage error.
pub fn select(label: &str, items: &[String], flag: &str) -> Result<usize> {
    if !interactive() {
        return Err(Error::usage(format!("missing {flag}"))
            .with_hint(format!("give {flag}; there is no terminal to ask for it")));
    }
    dialoguer::Select::new().with_prompt(label).items(items).default(0).interact().map_err(cancelled)
}

/// Where passwords come from: standard input lines, or hidden prompts.
pub struct Passwords {
    lines: Option<Vec<String>>,
    next: usize,
}

impl Passwords {
    /// With `from_stdin`, reads up to `count` lines now; otherwise a terminal is needed.
    pub fn new(from_stdin: bool, count: usize) -> Result<Passwords> {
        if from_stdin {
            let mut lines = Vec::with_capacity(count);
            let stdin = io::stdin();
            let mut handle = stdin.lock();
            for _ in 0..count {
                let mut line = String::new();
                if handle.read_line(&mut line)? == 0 {
                    break;
                }
                lines.push(line.trim_end_matches(['\n', '\r']).to_string());
            }
            return Ok(Passwords { lines: Some(lines), next: 0 });
        }
        if !interactive() {
            return Err(Error::usage("missing --password-stdin")
                .with_hint("there is no terminal to ask for the password: pipe it in with --password-stdin"));
        }
        Ok(Passwords { lines: None, next: 0 })
    }

    /// The next password; `confirm` asks twice on a terminal.
    pub fn next(&mut self, label: &str, confirm: bool) -> Result<String> {
        match &self.lines {
            Some(lines) => {
                let line = lines.get(self.next).cloned().ok_or_else(|| {
                    Error::usage(format!("--password-stdin: line {} ({label}) is missing", self.next + 1))
                })?;
                self.next += 1;
                Ok(line)
            }
            None => {
                let mut prompt = dialoguer::Password::new().with_prompt(label);
                if confirm {
                    prompt = prompt.with_confirmation("Repeat it", "the two entries differ; try again");
                }
                prompt.interact().map_err(cancelled)
            }
        }
    }
}

/// A yes/no question before something that can't be undone.
pub fn confirm(question: &str, yes: bool) -> Result<()> {
    if yes {
        return Ok(());
    }
    if !interactive() {
        return Err(Error::usage("this needs confirmation").with_hint("add --yes to confirm without a terminal"));
    }
    let ok = dialoguer::Confirm::new().with_prompt(question).default(false).interact().map_err(cancelled)?;
    if ok { Ok(()) } else { Err(Error::usage("cancelled")) }
}
