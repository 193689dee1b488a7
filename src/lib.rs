//! flea: a second-hand marketplace that lives in a terminal.
//!
//! The binary is a thin shell over this library so that tests (and the
//! generated completions and man pages) see the same CLI definition.

pub mod account;
pub mod app;
pub mod category;
pub mod cli;
pub mod csvio;
pub mod db;
pub mod demo;
pub mod error;
pub mod event;
pub mod generated;
pub mod listing;
pub mod market;
pub mod money;
pub mod offer;
pub mod order;
pub mod output;
pub mod review;
pub mod search;
pub mod time;
pub mod want;
pub mod watch;
