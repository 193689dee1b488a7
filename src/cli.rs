//! The command line, as clap types only: no SQL, no I/O. Completions and man
//! pages are generated from these definitions.

use crate::output::Format;
use crate::search::Sort;
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

const AFTER_HELP: &str = "\
Environment:
  FLEA_DB       market file (same as --db)
  FLEA_FORMAT   output format (same as --format)
  FLEA_SESSION  a session token from `flea account login --print-token`
  FLEA_NOW      an RFC 3339 time to use as the clock (tests, simulations)
  NO_COLOR      any value turns colour off

Exit codes:
  0  success
  1  unexpected internal error (a bug: please report it)
  2  usage error (bad flags or arguments, or a missing value with no terminal to ask)
  3  not found (user, listing, order ...)
  4  not allowed (not logged in, wrong password, locked account, someone else's object)
  5  conflict (invalid state change, sold out, duplicate username, already reviewed)
  6  invalid data (a bad value or CSV row)
  7  database busy or unusable (locked, read-only, corrupt, written by a newer flea),
     or a failing disk (full, input/output error)

Example:
  flea account register alice && flea account login alice && flea account whoami";

/// A second-hand marketplace that lives in your terminal.
///
/// One SQLite file is one market: members, listings, orders, offers, reviews
/// and the behaviour that feeds recommendations and forecasts.
#[derive(Debug, Parser)]
#[command(name = "flea", version, after_long_help = AFTER_HELP, max_term_width = 100)]
pub struct Cli {
    /// The market file [default: market.db in the platform data directory]
    #[arg(long, global = true, env = "FLEA_DB", hide_env_values = true, value_name = "PATH")]
    pub db: Option<PathBuf>,

    /// How to print results
    #[arg(long, global = true, env = "FLEA_FORMAT", hide_env_values = true, value_enum, default_value_t = Format::Table)]
    pub format: Format,

    /// Print only the ids of what was created or changed, one per line
    #[arg(long, short, global = true)]
    pub quiet: bool,

    /// Answer yes to confirmations
    #[arg(long, short, global = true)]
    pub yes: bool,

    /// When to use colour (NO_COLOR is respected)
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub color: ColorChoice,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Set up a market explicitly (any other command creates one with defaults)
    #[command(after_help = "Example:\n  flea --db shop.db init --currency GBP --name \"Hill Street swap shop\"")]
    Init(InitArgs),

    /// Members, sessions and profiles
    #[command(subcommand)]
    Account(AccountCommand),

    /// The category tree (admins add and edit categories)
    #[command(subcommand)]
    Category(CategoryCommand),

    /// Publish and manage listings
    #[command(subcommand)]
    List(ListCommand),

    /// Search listings: words, "phrases", -exclusions, prefix*, OR
    #[command(
        after_help = "Example:\n  flea search 'road bike -carbon' --max-price 400 --near 51.5,-0.12 --within 10\n  flea search 手机 --sort price-asc\n  flea search --category furniture --free --sort newest"
    )]
    Search(SearchArgs),

    /// Your watchlist: listings you follow, and what changed
    #[command(subcommand)]
    Watch(WatchCommand),

    /// Wanted posts, and the listings that match them
    #[command(subcommand)]
    Want(WantCommand),

    /// Buy a listing, or make an offer on it
    #[command(after_help = "Example:\n  flea buy 42 --yes\n  flea buy 42 --offer 250")]
    Buy {
        /// The listing id
        listing: i64,
        /// How many units
        #[arg(long, default_value_t = 1, allow_hyphen_values = true)]
        quantity: i64,
        /// Offer this price per unit instead of buying at the asking price
        #[arg(long, value_name = "PRICE", allow_hyphen_values = true)]
        offer: Option<String>,
    },

    /// Your orders and their life-cycle: pay, ship, receive, cancel, dispute
    #[command(subcommand)]
    Order(OrderCommand),

    /// Offers on your listings and the offers you made
    #[command(subcommand)]
    Offer(OfferCommand),

    /// Review the other party of a completed order, or read a member's reviews
    #[command(
        args_conflicts_with_subcommands = true,
        subcommand_negates_reqs = true,
        after_help = "Example:\n  flea review 17 --rating 5 --comment \"Quick and friendly\"\n  flea review list bob"
    )]
    Review(ReviewArgs),

    /// Fill the market with a realistic, reproducible sample to explore
    #[command(after_help = "Example:\n  flea demo && flea search bike\n  flea --db big.db demo --size large --seed 7")]
    Demo(DemoArgs),

    /// Write a table as CSV (or TSV, or JSON lines with --format jsonl)
    #[command(
        after_help = "Example:\n  flea export listings > listings.csv\n  flea export events --format jsonl | gzip > events.jsonl.gz\n\nTables: users, categories, impact_factors, listings, photos, price_changes, offers,\norders, reviews, events.\nAdmins export every table; members export their own listings."
    )]
    Export {
        /// Which table
        table: String,
    },

    /// Read rows into a table from CSV (or TSV, or JSON lines)
    #[command(
        after_help = "Example:\n  flea import listings my-stock.csv --dry-run\n  flea import events interactions.csv --skip-invalid --rejects bad.csv\n  flea import listings EtsyListingsDownload.csv --from etsy\n  flea import listings products_export.csv --from shopify --condition good\n\nAll rows or none are imported unless --skip-invalid is given. The file's name\nsays how it is written (.csv, .tsv, .jsonl); standard input is CSV unless\n--format tsv or jsonl says otherwise. --from reads another platform's listing\nexport (see the README for the column mapping)."
    )]
    Import(ImportArgs),

    /// Print a shell completion script
    #[command(after_help = "Example:\n  flea completions bash > ~/.local/share/bash-completion/completions/flea")]
    Completions {
        /// The shell to complete for
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// ISO 4217 currency code of the market's prices
    #[arg(long, value_name = "CODE")]
    pub currency: Option<String>,
    /// The market's name
    #[arg(long)]
    pub name: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum AccountCommand {
    /// Create an account (the market's first account is its admin)
    #[command(
        after_help = "Example:\n  printf 'secret-pass\\n' | flea account register alice --password-stdin --location 51.5,-0.12"
    )]
    Register(RegisterArgs),

    /// Log in and keep a session for this market file
    #[command(after_help = "Example:\n  export FLEA_SESSION=$(flea account login alice --print-token)")]
    Login(LoginArgs),

    /// End the current session
    #[command(after_help = "Example:\n  flea account logout --all")]
    Logout {
        /// End every session of this member, on every machine
        #[arg(long)]
        all: bool,
    },

    /// Show who is logged in
    #[command(after_help = "Example:\n  flea account whoami --format json")]
    Whoami,

    /// Show a member's public profile (your own when no user is given)
    #[command(after_help = "Example:\n  flea account show bob")]
    Show {
        /// The member's username
        user: Option<String>,
    },

    /// Change your profile (admins: anyone's)
    #[command(after_help = "Example:\n  flea account edit --place \"Leeds\" --location 53.80,-1.55")]
    Edit(EditArgs),

    /// Change your password (admins: set anyone's)
    #[command(
        after_help = "Example:\n  printf 'old-password\\nnew-password\\n' | flea account passwd --password-stdin"
    )]
    Passwd {
        /// Whose password to set (admins only; default: yours)
        user: Option<String>,
        /// Read the password(s) from standard input, one per line: the current
        /// one first when changing your own, then the new one
        #[arg(long)]
        password_stdin: bool,
    },

    /// Delete an account: its profile is wiped and its username freed
    #[command(after_help = "Example:\n  flea account delete --yes")]
    Delete {
        /// Which account (admins only; default: yours)
        user: Option<String>,
    },

    /// List members' public profiles
    #[command(after_help = "Example:\n  flea account list --format csv")]
    List {
        /// At most this many members
        #[arg(long, default_value_t = 100)]
        limit: u32,
        /// Skip this many members first
        #[arg(long, default_value_t = 0)]
        offset: u32,
    },
}

#[derive(Debug, Args)]
pub struct RegisterArgs {
    /// 3-32 characters of a-z, 0-9, '_', '.', '-'
    pub username: Option<String>,
    #[command(flatten)]
    pub profile: ProfileArgs,
    /// Read the password from the first line of standard input
    #[arg(long)]
    pub password_stdin: bool,
}

#[derive(Debug, Args)]
pub struct LoginArgs {
    pub username: Option<String>,
    /// Read the password from the first line of standard input
    #[arg(long)]
    pub password_stdin: bool,
    /// Print the session token (for FLEA_SESSION) instead of saving a session file
    #[arg(long)]
    pub print_token: bool,
}

#[derive(Debug, Args)]
pub struct EditArgs {
    /// Whose profile (admins only; default: yours)
    pub user: Option<String>,
    #[command(flatten)]
    pub profile: ProfileArgs,
    /// Make the member an admin, or not (admins only)
    #[arg(long, value_name = "BOOL")]
    pub admin: Option<bool>,
}

/// Profile fields; an empty value clears the field.
#[derive(Debug, Args, Default)]
pub struct ProfileArgs {
    #[arg(long)]
    pub email: Option<String>,
    #[arg(long)]
    pub display_name: Option<String>,
    /// A place name shown to others, such as a town or campus
    #[arg(long)]
    pub place: Option<String>,
    /// Where you trade from, as LAT,LON in degrees
    #[arg(long, value_name = "LAT,LON", allow_hyphen_values = true)]
    pub location: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum CategoryCommand {
    /// Print the category tree with its impact factors
    #[command(after_help = "Example:\n  flea category list --format csv")]
    List,
    /// Add a category (admins)
    #[command(
        after_help = "Example:\n  flea category add e-readers --parent books --name-en \"E-readers\" --name-zh 电子阅读器"
    )]
    Add(CategoryArgs),
    /// Change a category (admins)
    #[command(
        after_help = "Example:\n  flea category edit e-readers --kg-co2e 30 --kg-waste 0.2 --source \"vendor report 2025\""
    )]
    Edit(CategoryArgs),
}

#[derive(Debug, Args)]
pub struct CategoryArgs {
    /// The category's slug (for edit: its current slug or id)
    pub slug: String,
    /// New slug (edit only)
    #[arg(long, value_name = "SLUG")]
    pub rename: Option<String>,
    /// The top-level category it belongs under (empty: top level)
    #[arg(long, value_name = "SLUG")]
    pub parent: Option<String>,
    #[arg(long, value_name = "NAME")]
    pub name_en: Option<String>,
    #[arg(long, value_name = "NAME")]
    pub name_zh: Option<String>,
    /// Kilograms of CO2e avoided when one item is reused (a category's first
    /// factors need both this and --kg-waste)
    #[arg(long, value_name = "KG", allow_hyphen_values = true)]
    pub kg_co2e: Option<f64>,
    /// Kilograms of waste avoided when one item is reused
    #[arg(long, value_name = "KG", allow_hyphen_values = true)]
    pub kg_waste: Option<f64>,
    /// Where the factors come from
    #[arg(long)]
    pub source: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum ListCommand {
    /// Publish a listing (asks for missing fields on a terminal)
    #[command(
        after_help = "Example:\n  flea list add --title \"Trek FX 3 hybrid bike\" --category road-bikes --condition good --price 320 --tag trek --tag 54cm"
    )]
    Add(ListingArgs),
    /// Change a listing you sell
    #[command(after_help = "Example:\n  flea list edit 42 --price 280 --description \"New tyres in May.\"")]
    Edit {
        /// The listing id
        id: i64,
        #[command(flatten)]
        fields: ListingArgs,
        /// Remove every tag
        #[arg(long, conflicts_with = "tag")]
        no_tags: bool,
    },
    /// Show a listing (records a view when you are not its seller)
    #[command(after_help = "Example:\n  flea list show 42 --format json")]
    Show {
        /// The listing id
        id: i64,
    },
    /// Your listings, newest first
    #[command(after_help = "Example:\n  flea list mine --status active")]
    Mine {
        /// Only listings in this status: active, reserved, sold, withdrawn
        #[arg(long)]
        status: Option<String>,
    },
    /// Take a listing off the market
    #[command(after_help = "Example:\n  flea list withdraw 42")]
    Withdraw {
        /// The listing id
        id: i64,
    },
    /// Put a withdrawn listing back on the market
    #[command(after_help = "Example:\n  flea list relist 42")]
    Relist {
        /// The listing id
        id: i64,
    },
    /// Add or remove a listing's photos
    #[command(subcommand)]
    Photo(PhotoCommand),
}

#[derive(Debug, Subcommand)]
pub enum PhotoCommand {
    /// Attach a JPEG, PNG, WebP or GIF file (its path, size and SHA-256 are kept)
    #[command(after_help = "Example:\n  flea list photo add 42 ~/Pictures/bike.jpg")]
    Add {
        /// The listing id
        id: i64,
        /// The image file
        file: PathBuf,
    },
    /// Detach a photo
    #[command(after_help = "Example:\n  flea list photo remove 42 7")]
    Remove {
        /// The listing id
        id: i64,
        /// The photo id (see `flea list show`)
        photo: i64,
    },
}

/// A listing's fields. For `add`, title, category, condition and price (or
/// --free) are required; for `edit`, anything given changes.
#[derive(Debug, Args, Default)]
pub struct ListingArgs {
    #[arg(long)]
    pub title: Option<String>,
    #[arg(long)]
    pub description: Option<String>,
    /// Category slug or id (see `flea category list`)
    #[arg(long)]
    pub category: Option<String>,
    /// new, like_new, good, fair, poor or for_parts
    #[arg(long)]
    pub condition: Option<String>,
    /// Asking price in the market currency, e.g. 12.50
    #[arg(long, allow_hyphen_values = true)]
    pub price: Option<String>,
    /// What the item cost new (empty on edit: unknown)
    #[arg(long, value_name = "PRICE", allow_hyphen_values = true)]
    pub original_price: Option<String>,
    /// When you got the item, YYYY-MM-DD (empty on edit: unknown)
    #[arg(long, value_name = "DATE")]
    pub acquired: Option<String>,
    /// Units for sale [add default: 1]
    #[arg(long, allow_hyphen_values = true)]
    pub quantity: Option<i64>,
    /// A tag (repeatable); on edit, the tags given replace the old ones
    #[arg(long)]
    pub tag: Vec<String>,
    /// Where the item is, LAT,LON [default: your profile's location]
    #[arg(long, value_name = "LAT,LON", allow_hyphen_values = true)]
    pub location: Option<String>,
    /// A place name [default: your profile's place]
    #[arg(long)]
    pub place: Option<String>,
    /// A giveaway: the price is 0
    #[arg(long)]
    pub free: bool,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// Which table
    pub table: String,
    /// The file to read; '-' or nothing reads standard input
    pub file: Option<PathBuf>,
    /// Import the good rows and leave out the bad ones
    #[arg(long)]
    pub skip_invalid: bool,
    /// With --skip-invalid: write the bad rows here, with a reason column
    #[arg(long, value_name = "FILE", requires = "skip_invalid")]
    pub rejects: Option<PathBuf>,
    /// Check every row and write nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Skip columns the table does not have instead of refusing the file
    #[arg(long)]
    pub ignore_unknown: bool,
    /// Read another platform's listing export (listings only)
    #[arg(long, value_enum, value_name = "PLATFORM")]
    pub from: Option<crate::csvio::Platform>,
    /// With --from: the condition of items the platform doesn't grade [default: new, or good when the title or tags say vintage or used]
    #[arg(long, requires = "from", value_parser = ["new", "like_new", "good", "fair", "poor", "for_parts"])]
    pub condition: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum OrderCommand {
    /// Your orders, newest first
    #[command(after_help = "Example:\n  flea order list --as-seller --status paid")]
    List {
        /// Only orders where you buy
        #[arg(long, conflicts_with = "as_seller")]
        as_buyer: bool,
        /// Only orders where you sell
        #[arg(long)]
        as_seller: bool,
        /// Only orders in this state: placed, paid, shipped, completed, cancelled, disputed
        #[arg(long)]
        status: Option<String>,
    },
    /// One order in full
    #[command(after_help = "Example:\n  flea order show 17")]
    Show { id: i64 },
    /// Mark an order paid (buyer)
    #[command(after_help = "Example:\n  flea order pay 17")]
    Pay { id: i64 },
    /// Mark an order shipped or handed over (seller)
    #[command(after_help = "Example:\n  flea order ship 17 --tracking \"RM 123456789GB\"")]
    Ship {
        id: i64,
        #[arg(long)]
        tracking: Option<String>,
    },
    /// Confirm you received the item (buyer); completes the order
    #[command(after_help = "Example:\n  flea order receive 17")]
    Receive { id: i64 },
    /// Cancel before shipping (buyer or seller); the stock comes back
    #[command(after_help = "Example:\n  flea order cancel 17 --reason \"found one closer\"")]
    Cancel {
        id: i64,
        #[arg(long)]
        reason: Option<String>,
    },
    /// Dispute a shipped order (buyer)
    #[command(after_help = "Example:\n  flea order dispute 17 --reason \"arrived broken\"")]
    Dispute {
        id: i64,
        #[arg(long)]
        reason: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum OfferCommand {
    /// Offers on your listings and offers you made
    #[command(after_help = "Example:\n  flea offer list --incoming")]
    List {
        /// Only offers on your listings
        #[arg(long, conflicts_with = "outgoing")]
        incoming: bool,
        /// Only offers you made as a buyer
        #[arg(long)]
        outgoing: bool,
    },
    /// Accept an offer: the order is placed at its price
    #[command(after_help = "Example:\n  flea offer accept 5")]
    Accept { id: i64 },
    /// Decline an offer
    #[command(after_help = "Example:\n  flea offer decline 5")]
    Decline { id: i64 },
    /// Take back an offer you made
    #[command(after_help = "Example:\n  flea offer withdraw 5")]
    Withdraw { id: i64 },
    /// Answer an offer with another price
    #[command(after_help = "Example:\n  flea offer counter 5 275")]
    Counter {
        id: i64,
        /// Your price per unit
        #[arg(allow_hyphen_values = true)]
        price: String,
    },
}

#[derive(Debug, Args)]
pub struct ReviewArgs {
    #[command(subcommand)]
    pub command: Option<ReviewCommand>,
    /// The completed order to review
    pub order: Option<i64>,
    /// 1 (bad) to 5 (excellent)
    #[arg(long, allow_hyphen_values = true)]
    pub rating: Option<i64>,
    #[arg(long)]
    pub comment: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum ReviewCommand {
    /// A member's reviews and reputation as seller and as buyer
    #[command(after_help = "Example:\n  flea review list bob --format json")]
    List {
        /// The member's username
        user: String,
    },
}

#[derive(Debug, Args)]
pub struct DemoArgs {
    /// small: ~200 members, ~2,000 listings (seconds); large: 100,000 members, 1,000,000 listings (minutes)
    #[arg(long, value_enum, default_value_t = DemoSize::Small)]
    pub size: DemoSize,
    /// The random seed: the same seed gives the same market
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Fill a market that already has data (the demo data is added to it)
    #[arg(long)]
    pub force: bool,
    /// Also print the generating parameters (depreciation curves, tastes)
    #[arg(long)]
    pub explain: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DemoSize {
    Small,
    Large,
}

#[derive(Debug, Args)]
pub struct SearchArgs {
    /// What to look for; without words, the filters browse. Quote a query
    /// with exclusions ('bike -carbon'), or put it after `--`
    #[arg(num_args = 0.., value_name = "QUERY")]
    pub query: Vec<String>,
    /// A category slug; includes its sub-categories
    #[arg(long)]
    pub category: Option<String>,
    #[arg(long, value_name = "PRICE", allow_hyphen_values = true)]
    pub min_price: Option<String>,
    #[arg(long, value_name = "PRICE", allow_hyphen_values = true)]
    pub max_price: Option<String>,
    /// new, like_new, good, fair, poor, for_parts (repeatable)
    #[arg(long)]
    pub condition: Vec<String>,
    /// Only this seller's listings (username)
    #[arg(long)]
    pub seller: Option<String>,
    /// Only sellers whose reputation is at least this (1-5)
    #[arg(long, value_name = "SCORE", allow_hyphen_values = true)]
    pub min_rating: Option<f64>,
    /// LAT,LON, or `me` for your profile's location
    #[arg(long, value_name = "LAT,LON|me", allow_hyphen_values = true)]
    pub near: Option<String>,
    /// With --near: only listings within this many km
    #[arg(long, value_name = "KM", allow_hyphen_values = true)]
    pub within: Option<f64>,
    /// Only giveaways
    #[arg(long)]
    pub free: bool,
    /// Also reserved and sold listings
    #[arg(long)]
    pub include_sold: bool,
    #[arg(long, value_enum, default_value_t = Sort::Relevance)]
    pub sort: Sort,
    #[arg(long, default_value_t = 20)]
    pub limit: u32,
    #[arg(long, default_value_t = 0)]
    pub offset: u32,
}

#[derive(Debug, Subcommand)]
pub enum WatchCommand {
    /// Watch a listing
    #[command(after_help = "Example:\n  flea watch add 42")]
    Add { listing: i64 },
    /// Stop watching a listing
    #[command(after_help = "Example:\n  flea watch remove 42")]
    Remove { listing: i64 },
    /// Your watchlist, with price changes and sales since you started watching
    #[command(after_help = "Example:\n  flea watch list")]
    List,
}

#[derive(Debug, Subcommand)]
pub enum WantCommand {
    /// Post what you are looking for
    #[command(after_help = "Example:\n  flea want add 'road bike 54cm' --max-price 300 --near me --within 15")]
    Add {
        /// Words to look for, as in `flea search`
        query: String,
        /// A category slug (includes its sub-categories)
        #[arg(long)]
        category: Option<String>,
        #[arg(long, value_name = "PRICE", allow_hyphen_values = true)]
        max_price: Option<String>,
        /// LAT,LON, or `me` for your profile's location
        #[arg(long, value_name = "LAT,LON|me", allow_hyphen_values = true)]
        near: Option<String>,
        /// With --near: how far you would go, in km
        #[arg(long, value_name = "KM", allow_hyphen_values = true)]
        within: Option<f64>,
    },
    /// Your open wants
    #[command(after_help = "Example:\n  flea want list")]
    List,
    /// Close a want
    #[command(after_help = "Example:\n  flea want remove 3")]
    Remove { id: i64 },
    /// Listings that match your wants, scored, with each part of the score
    #[command(after_help = "Example:\n  flea want matches 3 --limit 5")]
    Matches {
        /// One want (default: all your open wants)
        want: Option<i64>,
        /// Matches per want
        #[arg(long, default_value_t = 10)]
        limit: usize,
    },
}
