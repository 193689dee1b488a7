#!/usr/bin/env bash
# Search benchmark (DESIGN 9): a 1,000,000-listing market built from the
# import benchmark's generated CSV (cached in bench/data/), then every query
# class timed in process, as a whole `flea search` process, and as the plain
# FTS5 query in the sqlite3 shell on the same file. Writes bench/results-search.md.
#
#   bench/search.sh            # RUNS=30 per class
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
RUNS=${RUNS:-30}
N_USERS=${N_USERS:-100000} N_LISTINGS=${N_LISTINGS:-1000000}
command -v sqlite3 >/dev/null || { apt-get update >/dev/null && apt-get install -y sqlite3 >/dev/null; }
cargo build --release --example search_bench
cargo build --release
DATA=$(ls -d bench/data/s*-u"$N_USERS"-l"$N_LISTINGS"-* 2>/dev/null | head -n 1 || true)
if [ -z "$DATA" ]; then
    N_EVENTS=${N_EVENTS:-1000} python3 bench/gen_data.py --help >/dev/null 2>&1 || true
    echo "no generated data for $N_USERS users / $N_LISTINGS listings: run bench/import_export.sh first" >&2
    exit 1
fi
DB=bench/data/search-$N_LISTINGS.db
STATE=$(mktemp -d)
trap 'rm -rf "$STATE"' EXIT
export XDG_STATE_HOME=$STATE XDG_DATA_HOME=$STATE
if [ ! -s "$DB" ]; then
    ./target/release/flea --db "$DB" import users "$DATA/users.csv"
    ./target/release/flea --db "$DB" import listings "$DATA/listings.csv"
fi
./target/release/flea --db "$DB" search --limit 1 >/dev/null   # migrate before timing
{
    echo "# flea search benchmark"
    echo
    echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC'); commit $(git rev-parse --short HEAD); $(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "- plain FTS5 = \`SELECT rowid FROM listings_fts WHERE listings_fts MATCH ... ORDER BY bm25(listings_fts) LIMIT 20\` in the sqlite3 shell"
    echo
    FLEA_BIN=target/release/flea ./target/release/examples/search_bench "$DB" "$RUNS"
} | tee bench/results-search.md
