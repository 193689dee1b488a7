//! Files generated from the CLI definition and committed: shell completions
//! in `completions/` and man pages in `man/`. `FLEA_BLESS=1 cargo test
//! generated` rewrites them; the same test fails when they are stale.

use crate::cli::Cli;
use clap::CommandFactory;
use clap_complete::{Generator, Shell};
use std::path::PathBuf;

/// Every generated file: its path relative to the repository root, and its bytes.
pub fn files() -> std::io::Result<Vec<(PathBuf, Vec<u8>)>> {
    let mut files = Vec::new();
    for shell in [Shell::Bash, Shell::Zsh, Shell::Fish, Shell::Elvish, Shell::PowerShell] {
        let mut bytes = Vec::new();
        let mut cmd = Cli::command();
        clap_complete::generate(shell, &mut cmd, "flea", &mut bytes);
        let name = shell.file_name("flea");
        files.push((PathBuf::from("completions").join(name), bytes));
    }
    let mut cmd = Cli::command().disable_help_subcommand(true);
    cmd.build();
    man_pages(&cmd, &mut files)?;
    Ok(files)
}

/// One page for `flea` and one for every subcommand, at any depth.
fn man_pages(cmd: &clap::Command, files: &mut Vec<(PathBuf, Vec<u8>)>) -> std::io::Result<()> {
    let man = clap_mangen::Man::new(cmd.clone());
    let mut bytes = Vec::new();
    man.render(&mut bytes)?;
    files.push((PathBuf::from("man").join(man.get_filename()), bytes));
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        man_pages(sub, files)?;
    }
    Ok(())
}
