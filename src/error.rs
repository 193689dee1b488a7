//! One error type for the whole tool. Its variants are the exit-code kinds of
//! DESIGN section 3; `main` is the only place that turns them into codes.

use std::fmt;

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Internal,
    Usage,
    NotFound,
    NotAllowed,
    Conflict,
    Invalid,
    Unusable,
}

impl Kind {
    pub fn exit_code(self) -> u8 {
        match self {
            Kind::Internal => 1,
            Kind::Usage => 2,
            Kind::NotFound => 3,
            Kind::NotAllowed => 4,
            Kind::Conflict => 5,
            Kind::Invalid => 6,
            Kind::Unusable => 7,
        }
    }
}

/// A failure a person can act on: what went wrong, and optionally what to do.
#[derive(Debug)]
pub struct Error {
    pub kind: Kind,
    pub message: String,
    pub hint: Option<String>,
}

impl Error {
    pub fn new(kind: Kind, message: impl Into<String>) -> Self {
        Error { kind, message: message.into(), hint: None }
    }
    pub fn usage(message: impl Into<String>) -> Self {
        Self::new(Kind::Usage, message)
    }
    pub fn not_found(message: impl Into<String>) -> Self {
        Self::new(Kind::NotFound, message)
    }
    pub fn not_allowed(message: impl Into<String>) -> Self {
        Self::new(Kind::NotAllowed, message)
    }
    pub fn conflict(message: impl Into<String>) -> Self {
        Self::new(Kind::Conflict, message)
    }
    pub fn invalid(message: impl Into<String>) -> Self {
        Self::new(Kind::Invalid, message)
    }
    pub fn unusable(message: impl Into<String>) -> Self {
        Self::new(Kind::Unusable, message)
    }
    pub fn internal(message: impl Into<String>) -> Self {
        Self::new(Kind::Internal, message)
    }
    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
    /// True when writing to stdout failed because the reader went away
    /// (`flea ... | head`): the command ends quietly with success.
    pub fn is_broken_pipe(&self) -> bool {
        self.kind == Kind::Internal && self.message == BROKEN_PIPE
    }
}

const BROKEN_PIPE: &str = "broken pipe";

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        match e.kind() {
            std::io::ErrorKind::BrokenPipe => return Error::internal(BROKEN_PIPE),
            // Text read from a file or standard input that is not UTF-8.
            std::io::ErrorKind::InvalidData => return Error::invalid(format!("the input is not valid text: {e}")),
            _ => {}
        }
        // A full disk or a failing device is trouble with the machine, not a
        // bug in flea: the same exit code as a market file that can't be used.
        let hint = match e.kind() {
            std::io::ErrorKind::StorageFull => "free some space, or write somewhere else",
            _ => "check the disk and the files flea reads and writes",
        };
        Error::unusable(format!("input/output error: {e}")).with_hint(hint)
    }
}

impl From<rusqlite::Error> for Error {
    /// SQLite errors are translated here and never shown raw: a person gets
    /// the kind of trouble and what to do, not SQL text.
    fn from(e: rusqlite::Error) -> Self {
        use rusqlite::ErrorCode as C;
        let code = match &e {
            rusqlite::Error::SqliteFailure(f, _) => Some(f.code),
            _ => None,
        };
        match code {
            Some(C::DatabaseBusy | C::DatabaseLocked) => {
                Error::unusable("the market file is busy: another flea process held it past the 5 s timeout")
                    .with_hint("try again in a moment")
            }
            Some(C::ReadOnly) => Error::unusable("the market file is read-only")
                .with_hint("check the file's permissions, or choose another file with --db"),
            Some(C::NotADatabase) => Error::unusable("this file is not a flea market (not an SQLite database)")
                .with_hint("choose the right file with --db, or a new path to start a market"),
            Some(C::DatabaseCorrupt) => Error::unusable("the market file is corrupt")
                .with_hint("restore it from a backup; `sqlite3 FILE .recover` may save its data"),
            Some(C::CannotOpen) => Error::unusable("cannot open the market file")
                .with_hint("check that its folder exists and is writable, or choose another path with --db"),
            Some(C::DiskFull) => Error::unusable("the disk is full"),
            Some(C::SystemIoFailure) => Error::unusable("the disk failed while reading or writing the market file")
                .with_hint("check the disk; the last complete change is kept"),
            Some(C::ConstraintViolation) => Error::invalid("the market refused a value that breaks one of its rules"),
            _ => Error::internal(format!("unexpected database error ({})", describe(&e))),
        }
    }
}

/// A short, SQL-free description of a rusqlite error for bug reports.
fn describe(e: &rusqlite::Error) -> String {
    match e {
        rusqlite::Error::SqliteFailure(f, _) => format!("{:?}, code {}", f.code, f.extended_code),
        rusqlite::Error::QueryReturnedNoRows => "no rows".into(),
        rusqlite::Error::InvalidColumnType(i, _, t) => format!("column {i} has type {t}"),
        other => {
            let s = format!("{other:?}");
            s.split('(').next().unwrap_or("unknown").to_string()
        }
    }
}

impl From<serde_json::Error> for Error {
    fn from(e: serde_json::Error) -> Self {
        if e.is_io() {
            return Error::from(std::io::Error::from(e));
        }
        Error::internal(format!("could not write JSON: {e}"))
    }
}

impl From<csv::Error> for Error {
    fn from(e: csv::Error) -> Self {
        match e.into_kind() {
            csv::ErrorKind::Io(io) => Error::from(io),
            other => Error::internal(format!("could not write CSV: {other:?}")),
        }
    }
}
