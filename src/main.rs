use clap::Parser;
use flea::cli::{Cli, ColorChoice};
use flea::error::{Error, Kind};
use std::io::{IsTerminal, Write};
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let color = use_color(cli.color);
    match flea::app::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.is_broken_pipe() => ExitCode::SUCCESS,
        Err(e) => report(&e, color),
    }
}

fn use_color(choice: ColorChoice) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && std::io::stderr().is_terminal()
        }
    }
}

/// Prints `error:` and `hint:` lines and picks the exit code: the only place
/// where exit codes are decided.
fn report(e: &Error, color: bool) -> ExitCode {
    let (red, yellow, reset) = if color { ("\x1b[1;31m", "\x1b[1;33m", "\x1b[0m") } else { ("", "", "") };
    let mut err = std::io::stderr().lock();
    let _ = writeln!(err, "{red}error:{reset} {}", e.message);
    if let Some(hint) = &e.hint {
        let _ = writeln!(err, "{yellow}hint:{reset} {hint}");
    }
    if e.kind == Kind::Internal {
        let _ = writeln!(err, "this is a bug in flea; please report it with the command you ran");
    }
    ExitCode::from(e.kind.exit_code())
}
