//! Where the acting member's session token comes from: `FLEA_SESSION`, or the
//! session file that `account login` writes, one per market file, mode 0600.

use crate::error::{Error, Result};
use std::io::Write;
use std::path::{Path, PathBuf};

pub const ENV: &str = "FLEA_SESSION";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    Env,
    File,
}

pub struct Token {
    pub value: String,
    pub source: Source,
}

/// The token in force for the market at `db`, if any.
pub fn current(db: &Path) -> Result<Option<Token>> {
    if let Ok(value) = std::env::var(ENV)
        && !value.trim().is_empty()
    {
        return Ok(Some(Token { value: value.trim().to_string(), source: Source::Env }));
    }
    let Some(file) = file_for(db)? else {
        return Ok(None);
    };
    match std::fs::read_to_string(&file) {
        Ok(text) if !text.trim().is_empty() => Ok(Some(Token { value: text.trim().to_string(), source: Source::File })),
        Ok(_) => Ok(None),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(Error::internal(format!("cannot read the session file {}: {e}", file.display()))),
    }
}

pub fn save(db: &Path, token: &str) -> Result<()> {
    let Some(file) = file_for(db)? else {
        return Ok(());
    };
    if let Some(dir) = file.parent() {
        create_private_dir(dir)?;
    }
    // Write a fresh 0600 file next to it and rename, so the token is never readable by others.
    let tmp = file.with_extension("tmp");
    let _ = std::fs::remove_file(&tmp);
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let write = |tmp: &Path| -> std::io::Result<()> {
        let mut f = options.open(tmp)?;
        writeln!(f, "{token}")?;
        f.sync_all()?;
        std::fs::rename(tmp, &file)
    };
    write(&tmp).map_err(|e| {
        Error::unusable(format!("cannot write the session file {}: {e}", file.display()))
            .with_hint("check the disk and that folder's permissions")
    })
}

pub fn remove(db: &Path) -> Result<()> {
    if let Some(file) = file_for(db)? {
        match std::fs::remove_file(&file) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => {
                return Err(Error::unusable(format!("cannot remove the session file {}: {e}", file.display())));
            }
        }
    }
    Ok(())
}

/// `<state dir>/sessions/<hash of the market's full path>`; none for `:memory:`.
fn file_for(db: &Path) -> Result<Option<PathBuf>> {
    if db.as_os_str() == crate::db::MEMORY {
        return Ok(None);
    }
    let full = std::fs::canonicalize(db).unwrap_or_else(|_| db.to_path_buf());
    let dirs = super::project_dirs()?;
    let base = dirs.state_dir().unwrap_or_else(|| dirs.config_dir());
    let key = crate::account::token_hash(&full.to_string_lossy());
    Ok(Some(base.join("sessions").join(&key[..32])))
}

fn create_private_dir(dir: &Path) -> Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir).map_err(|e| Error::internal(format!("cannot create the folder {}: {e}", dir.display())))
}
