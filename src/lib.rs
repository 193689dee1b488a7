//! flea: a second-hand marketplace that lives in a terminal.
//!
//! The binary is a thin shell over this library so that tests (and the
//! generated completions and man pages) see the same CLI definition.

pub mod account;
pub mod app;
pub mod cli;
pub mod db;
pub mod error;
pub mod generated;
pub mod market;
pub mod money;
pub mod output;
pub mod time;
