#!/usr/bin/env bash
# The flea benchmark suite: every DESIGN section 9 target that exists so far,
# each next to its reference (the sqlite3 shell or a bare rusqlite loop) on
# the same file in the same run, on the `demo --size large` market.
# Writes bench/results.md. See bench/README.md.
#
#   bench/run.sh                          # full run: large demo market (built once, ~4 min), R=5
#   SIZE=small R=1 bench/run.sh           # smoke run on the small demo market (a couple of minutes)
#   ONLY=search,export bench/run.sh       # a subset: show, search, import, export
#
# Environment:
#   SIZE       large (default) or small: the demo market (`flea demo --size`)
#   SEED       demo seed (1); the market and its CSV export are cached in bench/data/ by size and seed
#   R          repetitions of every fast measurement (5): list show, search processes, export
#   R_IMPORT   repetitions of the imports (2, at most R)
#   SEARCH_RUNS  runs per query class in process (examples/search_bench) (30)
#   BARE       which bare rusqlite loops to run for imports: both (default), plain, after
#   ONLY       comma-separated sections to run: show,search,import,export (default: all)
#   OUT        the results file (bench/results.md; bench/data/results-small.md when SIZE=small)
#   FLEA_NOW   the clock of the demo market and of every flea command (2026-11-01T00:00:00Z)
#   SKIP_BUILD 1: use the binaries already in target/release
#   REBUILD_DEMO 1: build the demo market (and its CSV export) again even if cached
#   BENCH_TMP  where scratch markets go (a new directory under ${TMPDIR:-/tmp}, removed at the end)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

SIZE=${SIZE:-large}
SEED=${SEED:-1}
R=${R:-5}
R_IMPORT=${R_IMPORT:-$((R < 2 ? R : 2))}
SEARCH_RUNS=${SEARCH_RUNS:-30}
BARE=${BARE:-both}
ONLY=${ONLY:-show,search,import,export}
export FLEA_NOW=${FLEA_NOW:-2026-11-01T00:00:00Z}
if [ "$SIZE" = large ]; then OUT=${OUT:-bench/results.md}; else OUT=${OUT:-bench/data/results-$SIZE.md}; fi
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "run.sh: $*"; exit 1; }

case "$SIZE" in small | large) ;; *) die "SIZE must be small or large, not '$SIZE'" ;; esac
case "$BARE" in both | plain | after) ;; *) die "BARE must be both, plain or after, not '$BARE'" ;; esac
for s in ${ONLY//,/ }; do
    case "$s" in show | search | import | export) ;; *) die "unknown section '$s' in ONLY (show,search,import,export)" ;; esac
done
[[ "$R" =~ ^[1-9][0-9]*$ ]] || die "R must be a positive integer"
[[ "$R_IMPORT" =~ ^[1-9][0-9]*$ ]] || die "R_IMPORT must be a positive integer"
[[ "$SEARCH_RUNS" =~ ^[1-9][0-9]*$ ]] || die "SEARCH_RUNS must be a positive integer"

# ------------------------------------------------------------------ tools
need_apt=()
[ -x /usr/bin/time ] || need_apt+=(time)
command -v sqlite3 > /dev/null || need_apt+=(sqlite3)
command -v python3 > /dev/null || die "python3 is needed"
if [ ${#need_apt[@]} -gt 0 ]; then
    log "installing ${need_apt[*]} with apt-get"
    SUDO=
    [ "$(id -u)" -eq 0 ] || SUDO=sudo
    $SUDO apt-get install -y "${need_apt[@]}" > /dev/null 2>&1 ||
        { $SUDO apt-get update > /dev/null && $SUDO apt-get install -y "${need_apt[@]}" > /dev/null; } ||
        die "cannot install ${need_apt[*]}"
fi

# What is measured, recorded before building: others may commit while this runs.
GIT_REV=$(git rev-parse --short HEAD 2> /dev/null || echo unknown)
GIT_DIRTY=$(git status --porcelain --untracked-files=no -- src Cargo.toml Cargo.lock examples 2> /dev/null |
    awk '{ print $2 }' | paste -sd' ' -)
STARTED=$(date +%s)

# ------------------------------------------------------------------ build
if [ "${SKIP_BUILD:-0}" != 1 ]; then
    log "building (release): flea, examples/search_bench, examples/bare_insert"
    cargo build --release --bin flea --example search_bench --example bare_insert
fi
WORK=$(mktemp -d "${BENCH_TMP:-${TMPDIR:-/tmp}}/flea-suite.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
# Private copies: a rebuild by someone else during the run must not change
# the binaries half way through.
mkdir -p "$WORK/bin"
for b in flea examples/search_bench examples/bare_insert; do
    [ -x "$TARGET/release/$b" ] || die "no $TARGET/release/$b (build it, or unset SKIP_BUILD)"
    cp "$TARGET/release/$b" "$WORK/bin/"
done
FLEA=$WORK/bin/flea
export XDG_STATE_HOME=$WORK/state XDG_DATA_HOME=$WORK/data XDG_CONFIG_HOME=$WORK/config
unset FLEA_DB FLEA_SESSION FLEA_FORMAT
mkdir -p "$XDG_STATE_HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME"

# ------------------------------------------------------------------ the demo market (cached)
mkdir -p bench/data
DB=bench/data/demo-$SIZE-s$SEED.db
CSV=bench/data/demo-$SIZE-s$SEED-csv
if [ "${REBUILD_DEMO:-0}" = 1 ]; then
    rm -rf "$DB" "$DB-wal" "$DB-shm" "$DB.meta" "$CSV"
fi
if [ ! -f "$DB.meta" ]; then
    rm -rf "$DB" "$DB-wal" "$DB-shm" "$CSV"
    log "building the $SIZE demo market, seed $SEED, FLEA_NOW=$FLEA_NOW: $DB (large: ~4 minutes, 2.7 GB)"
    P=$DB.partial
    rm -f "$P" "$P-wal" "$P-shm"
    t0=$(date +%s)
    "$FLEA" --db "$P" demo --size "$SIZE" --seed "$SEED" > "$WORK/demo.out" 2>&1 ||
        { cat "$WORK/demo.out" >&2; die "flea demo failed"; }
    sqlite3 "$P" 'PRAGMA wal_checkpoint(TRUNCATE)' > /dev/null
    [ ! -s "$P-wal" ] || die "$P-wal is not empty after a checkpoint"
    rm -f "$P-wal" "$P-shm"
    mv "$P" "$DB"
    printf 'built %s by flea %s%s in %s s with FLEA_NOW=%s\n' "$(date -u '+%Y-%m-%d %H:%M UTC')" \
        "$GIT_REV" "${GIT_DIRTY:+ (+ uncommitted changes in $GIT_DIRTY)}" "$(($(date +%s) - t0))" "$FLEA_NOW" > "$DB.meta"
else
    log "using the cached demo market $DB ($(cat "$DB.meta"))"
fi
# A newer flea may migrate the file: do it now, not in a timed command.
"$FLEA" --db "$DB" search --limit 1 > /dev/null 2> "$WORK/err" || { cat "$WORK/err" >&2; die "flea cannot open $DB"; }

# An admin session: the demo market is claimed, and only admins export every table.
FLEA_ADMIN_SESSION=$(echo demo-pass | "$FLEA" --db "$DB" account login admin --password-stdin --print-token) ||
    die "cannot log in as the demo admin"

# ------------------------------------------------------------------ the CSV export (cached)
if [[ ",$ONLY," == *,import,* ]] && [ ! -f "$CSV/.complete" ]; then
    log "exporting users, categories, listings and events of $DB to $CSV (once)"
    rm -rf "$CSV"
    mkdir -p "$CSV"
    for t in users categories listings events; do
        FLEA_SESSION=$FLEA_ADMIN_SESSION "$FLEA" --db "$DB" export "$t" > "$CSV/$t.csv" ||
            die "flea export $t failed"
    done
    cp "$DB.meta" "$CSV/.complete"
fi

# ------------------------------------------------------------------ measure and report
export SIZE SEED R R_IMPORT SEARCH_RUNS BARE ONLY OUT DB CSV WORK GIT_REV GIT_DIRTY STARTED FLEA_ADMIN_SESSION
export FLEA_BIN=$FLEA SEARCH_BENCH=$WORK/bin/search_bench BARE_INSERT=$WORK/bin/bare_insert
export RUSQLITE_SQLITE
RUSQLITE_SQLITE=$(grep -A1 'name = "libsqlite3-sys"' Cargo.lock | sed -n 's/version = "\(.*\)"/\1/p' | head -1)
export BUNDLED_SQLITE
BUNDLED_SQLITE=$(grep -h -m1 '#define SQLITE_VERSION ' \
    "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/libsqlite3-sys-"$RUSQLITE_SQLITE"/sqlite3/sqlite3.h 2> /dev/null |
    head -1 | cut -d'"' -f2 || true)
python3 -B bench/suite/suite.py
log "written to $OUT in $(($(date +%s) - STARTED)) s"
