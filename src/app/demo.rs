//! `flea demo`: fills the market with a generated sample.

use super::Ctx;
use crate::cli::DemoArgs;
use crate::error::{Error, Result};

pub fn run(_ctx: &mut Ctx, _args: DemoArgs) -> Result<()> {
    Err(Error::usage("flea demo is not in this build yet"))
}
