#!/usr/bin/env bash
# Import/export benchmark of flea against the sqlite3 shell and a bare
# rusqlite insert loop, on the same generated files, in the same run.
# See bench/README.md. Typical use, from the repository root:
#
#   bench/import_export.sh                                   # full size, R=3
#   N_USERS=2000 N_LISTINGS=20000 N_EVENTS=200000 R=1 bench/import_export.sh   # smoke
#
# Environment:
#   N_USERS N_LISTINGS N_EVENTS  sizes (100000, 1000000, 10000000)
#   SEED        generator seed (1); data is cached in bench/data/ by sizes, seed and category list
#   R           repetitions of every measurement (3); median, min and max are reported
#   SKIP_BUILD  1: use the binaries already built
#   ROUNDTRIP   1 (default): check once that flea's exports equal the generated files
#   OUT         the results file (bench/results-import-export.md)
#   BENCH_TMP   where the market files go (a new directory under ${TMPDIR:-/tmp})
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

N_USERS=${N_USERS:-100000}
N_LISTINGS=${N_LISTINGS:-1000000}
N_EVENTS=${N_EVENTS:-10000000}
SEED=${SEED:-1}
R=${R:-3}
ROUNDTRIP=${ROUNDTRIP:-1}
OUT=${OUT:-bench/results-import-export.md}
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
FLEA=$TARGET/release/flea
BARE=$TARGET/release/examples/bare_insert

log() { printf '%s\n' "$*" >&2; }
die() { log "import_export.sh: $*"; exit 1; }

# ------------------------------------------------------------------ tools
need_apt=()
[ -x /usr/bin/time ] || need_apt+=(time)
command -v sqlite3 >/dev/null || need_apt+=(sqlite3)
command -v python3 >/dev/null || die "python3 is needed for the data generator and the report"
if [ ${#need_apt[@]} -gt 0 ]; then
    log "installing ${need_apt[*]} with apt-get"
    SUDO=; [ "$(id -u)" -eq 0 ] || SUDO=sudo
    $SUDO apt-get install -y "${need_apt[@]}" >/dev/null 2>&1 ||
        { $SUDO apt-get update >/dev/null && $SUDO apt-get install -y "${need_apt[@]}" >/dev/null; } ||
        die "cannot install ${need_apt[*]}"
fi

# What is measured: the commit and whether the build had uncommitted changes,
# recorded before building since others may commit while the bench runs
# (with SKIP_BUILD=1 it is the state when the bench starts).
GIT_REV=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
GIT_DIRTY=$(git status --porcelain --untracked-files=no 2>/dev/null | wc -l)

# ------------------------------------------------------------------ build
if [ "${SKIP_BUILD:-0}" != 1 ]; then
    log "building (release): bare_insert example and flea"
    cargo build --release --example bare_insert
    cargo build --release
fi
[ -x "$FLEA" ] || die "no $FLEA (build it or unset SKIP_BUILD)"
[ -x "$BARE" ] || die "no $BARE (build it or unset SKIP_BUILD)"

# ------------------------------------------------------------------ work area
WORK=$(mktemp -d "${BENCH_TMP:-${TMPDIR:-/tmp}}/flea-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
export XDG_STATE_HOME=$WORK/state XDG_DATA_HOME=$WORK/data XDG_CONFIG_HOME=$WORK/config
unset FLEA_DB FLEA_SESSION FLEA_FORMAT FLEA_NOW
mkdir -p "$XDG_STATE_HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME"
SAMPLES=$WORK/samples
: > "$SAMPLES"

# ------------------------------------------------------------------ data
"$FLEA" --db "$WORK/categories.db" category list --format csv > "$WORK/categories.csv" ||
    die "flea category list failed: $FLEA --db $WORK/categories.db category list --format csv"
# the cache key: sizes, seed, and a hash of the category tree and the generator
DATA_HASH=$({ cut -d, -f2,3 "$WORK/categories.csv"; cat bench/gen_data.py; } | sha1sum | cut -c1-8)
DATA=bench/data/s$SEED-u$N_USERS-l$N_LISTINGS-e$N_EVENTS-h$DATA_HASH
if [ ! -f "$DATA/.complete" ]; then
    log "generating $DATA"
    rm -rf "$DATA"
    mkdir -p "$DATA"
    cp "$WORK/categories.csv" "$DATA/categories.csv"
    python3 bench/gen_data.py --categories "$DATA/categories.csv" --out "$DATA" \
        --users "$N_USERS" --listings "$N_LISTINGS" --events "$N_EVENTS" --seed "$SEED"
    touch "$DATA/.complete"
else
    log "using cached $DATA"
fi
USERS=$DATA/users.csv LISTINGS=$DATA/listings.csv EVENTS=$DATA/events.csv CATS=$DATA/categories.csv

# ------------------------------------------------------------------ measuring
# measure NAME ROWS STDOUT CMD...: runs CMD once with stdout to STDOUT, records
# wall seconds, peak RSS (KiB) and CPU seconds (user + sys, both from
# /usr/bin/time) in $SAMPLES.
measure() {
    local name=$1 rows=$2 out=$3; shift 3
    local t0 t1
    t0=$(date +%s%N)
    if ! /usr/bin/time -f '%M %U %S' -o "$WORK/rss" "$@" > "$out" 2> "$WORK/err"; then
        log "FAILED ($name): $*"
        sed 's/^/  /' "$WORK/err" >&2
        exit 1
    fi
    t1=$(date +%s%N)
    local rss usr sys secs cpu
    read -r rss usr sys < <(tail -n 1 "$WORK/rss")
    secs=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')
    cpu=$(awk -v u="$usr" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
    printf '%s %s %s %s %s\n' "$name" "$rows" "$secs" "$rss" "$cpu" >> "$SAMPLES"
    log "  $name: $secs s (cpu $cpu s), $((rss / 1024)) MB"
}

# expect_count WHAT GOT WANT
expect_count() {
    [ "$2" = "$3" ] || die "$1: $2 rows, expected $3"
}

# flea prints {"imported": N, ...} with --format json
imported() { python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["imported"])' "$WORK/out"; }

SQLITE_PRAGMAS="PRAGMA synchronous=NORMAL"
LISTING_COLS="id, seller, title, description, category, condition, price, original_price, acquired_on, quantity, tags, lat, lon, place, status, free, created_at, updated_at"
LISTING_DDL="CREATE TABLE listings ($(sed 's/,/ TEXT,/g' <<< "$LISTING_COLS") TEXT)"
EVENT_DDL="CREATE TABLE events (id TEXT, kind TEXT, user TEXT, listing_id TEXT, query TEXT, at TEXT)"

for rep in $(seq 1 "$R"); do
    log "[run $rep/$R] flea"
    F=$WORK/flea.db
    rm -f "$F" "$F-wal" "$F-shm"
    "$FLEA" --db "$F" --format json import users "$USERS" > "$WORK/out" 2> "$WORK/err" ||
        { cat "$WORK/err" >&2; die "setup failed: $FLEA --db $F import users $USERS"; }
    expect_count "flea import users" "$(imported)" "$N_USERS"
    measure flea_import_listings "$N_LISTINGS" "$WORK/out" "$FLEA" --db "$F" --format json import listings "$LISTINGS"
    expect_count "flea import listings" "$(imported)" "$N_LISTINGS"
    measure flea_import_events "$N_EVENTS" "$WORK/out" "$FLEA" --db "$F" --format json import events "$EVENTS"
    expect_count "flea import events" "$(imported)" "$N_EVENTS"
    measure flea_export_listings "$N_LISTINGS" /dev/null "$FLEA" --db "$F" export listings
    measure flea_export_events "$N_EVENTS" /dev/null "$FLEA" --db "$F" export events
    if [ "$rep" = 1 ] && [ "$ROUNDTRIP" = 1 ]; then
        for t in listings events; do
            if "$FLEA" --db "$F" export "$t" | cmp -s - "$DATA/$t.csv"; then
                echo "roundtrip_$t same" >> "$WORK/roundtrip"
            else
                echo "roundtrip_$t DIFFERENT" >> "$WORK/roundtrip"
                log "  warning: flea export $t differs from $DATA/$t.csv"
            fi
        done
    fi
    ls -l "$F" | awk '{ print "flea_db_bytes", $5 }' >> "$WORK/sizes"
    rm -f "$F" "$F-wal" "$F-shm"

    log "[run $rep/$R] sqlite3"
    S=$WORK/sqlite.db
    rm -f "$S" "$S-wal" "$S-shm"
    sqlite3 "$S" "PRAGMA journal_mode=WAL; $LISTING_DDL; $EVENT_DDL;" > /dev/null
    measure sqlite_import_listings "$N_LISTINGS" "$WORK/out" sqlite3 -cmd "$SQLITE_PRAGMAS" "$S" ".import --csv --skip 1 \"$LISTINGS\" listings"
    expect_count "sqlite3 .import listings" "$(sqlite3 "$S" 'SELECT count(*) FROM listings')" "$N_LISTINGS"
    sqlite3 "$S" "CREATE VIRTUAL TABLE listings_fts USING fts5 (title, description, content = 'listings')"
    measure sqlite_fts_rebuild "$N_LISTINGS" "$WORK/out" sqlite3 -cmd "$SQLITE_PRAGMAS" "$S" "INSERT INTO listings_fts (listings_fts) VALUES ('rebuild')"
    measure sqlite_import_events "$N_EVENTS" "$WORK/out" sqlite3 -cmd "$SQLITE_PRAGMAS" "$S" ".import --csv --skip 1 \"$EVENTS\" events"
    expect_count "sqlite3 .import events" "$(sqlite3 "$S" 'SELECT count(*) FROM events')" "$N_EVENTS"
    measure sqlite_export_listings "$N_LISTINGS" /dev/null sqlite3 -csv "$S" "SELECT * FROM listings"
    measure sqlite_export_events "$N_EVENTS" /dev/null sqlite3 -csv "$S" "SELECT * FROM events"
    ls -l "$S" | awk '{ print "sqlite_db_bytes", $5 }' >> "$WORK/sizes"
    rm -f "$S" "$S-wal" "$S-shm"

    log "[run $rep/$R] bare rusqlite loop"
    B=$WORK/bare.db
    rm -f "$B" "$B-wal" "$B-shm"
    "$BARE" setup "$B" "$CATS" "$USERS" || die "setup failed: $BARE setup $B $CATS $USERS"
    measure bare_listings "$N_LISTINGS" "$WORK/out" "$BARE" listings "$B" "$CATS" "$USERS" "$LISTINGS"
    measure bare_events "$N_EVENTS" "$WORK/out" "$BARE" events "$B" "$USERS" "$EVENTS"
    expect_count "bare events" "$(sqlite3 "$B" 'SELECT count(*) FROM events')" "$N_EVENTS"
    ls -l "$B" | awk '{ print "bare_db_bytes", $5 }' >> "$WORK/sizes"
    rm -f "$B" "$B-wal" "$B-shm"

    log "[run $rep/$R] bare rusqlite loop, secondary indexes built after the load"
    "$BARE" setup "$B" "$CATS" "$USERS" || die "setup failed: $BARE setup $B $CATS $USERS"
    measure bare_listings_index_after "$N_LISTINGS" "$WORK/out" env BARE_INDEX_AFTER=1 "$BARE" listings "$B" "$CATS" "$USERS" "$LISTINGS"
    # Events have no secondary index since migration 0010: nothing to build after.
    rm -f "$B" "$B-wal" "$B-shm"
done

# ------------------------------------------------------------------ report
export N_USERS N_LISTINGS N_EVENTS SEED R DATA SAMPLES WORK OUT
export MACHINE_CPUS=$(nproc)
export MACHINE_MODEL=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
export GIT_REV GIT_DIRTY
export SQLITE_VERSION=$(sqlite3 --version | cut -d' ' -f1)
export RUSQLITE_SQLITE=$(grep -A1 'name = "libsqlite3-sys"' Cargo.lock | sed -n 's/version = "\(.*\)"/\1/p' | head -1)
export LOADAVG=$(cut -d' ' -f1-3 /proc/loadavg)
python3 - <<'PY'
import os, statistics, datetime

env = os.environ
samples = {}
for line in open(env["SAMPLES"]):
    name, rows, secs, rss, cpu = line.split()
    samples.setdefault(name, []).append((int(rows), float(secs), int(rss), float(cpu)))
extra = {}
for f in ("roundtrip", "sizes"):
    p = os.path.join(env["WORK"], f)
    if os.path.exists(p):
        for line in open(p):
            k, v = line.split()
            extra[k] = v

def med(name):
    return statistics.median(x[1] for x in samples[name])


def med_cpu(name):
    return statistics.median(x[3] for x in samples[name])

def rows(name):
    return samples[name][0][0]

def rps(name):
    return rows(name) / med(name)

def rss_mb(name):
    return max(x[2] for x in samples[name]) / 1024

def fmt_rate(x):
    return f"{x:,.0f}"

table = [
    "| work | flea rows/s | reference | reference rows/s | ratio | target | verdict |",
    "|---|---:|---|---:|---:|---|---|",
]

def row(work, flea, ref_name, ref_rate, target=None, ok=None):
    ratio = flea / ref_rate
    verdict = "—" if ok is None else ("PASS" if ok(ratio) else "FAIL")
    table.append(f"| {work} | {fmt_rate(flea)} | {ref_name} | {fmt_rate(ref_rate)} | "
                 f"{ratio:.2f}x | {target or 'info'} | {verdict} |")

# listings import: flea time against .import + rebuild of the same run
nl = rows("flea_import_listings")
import_plus = statistics.median(a[1] + b[1] for a, b in zip(samples["sqlite_import_listings"],
                                                           samples["sqlite_fts_rebuild"]))
import_plus_cpu = statistics.median(a[3] + b[3] for a, b in zip(samples["sqlite_import_listings"],
                                                               samples["sqlite_fts_rebuild"]))
fl = rps("flea_import_listings")
row("import listings", fl, "sqlite3 `.import` + FTS5 `rebuild`", nl / import_plus,
    "> 1x (faster)", lambda r: r > 1.0)
row("import listings", fl, "sqlite3 `.import` alone", rps("sqlite_import_listings"))
row("import listings", fl, "FTS5 `rebuild` alone", rps("sqlite_fts_rebuild"))
row("import listings", fl, "bare rusqlite loop (no FTS)", rps("bare_listings"))
row("import listings", fl, "bare loop, indexes after (no FTS)", rps("bare_listings_index_after"))
fe = rps("flea_import_events")
row("import events", fe, "sqlite3 `.import`", rps("sqlite_import_events"),
    ">= 1.5x", lambda r: r >= 1.5)
row("import events", fe, "bare rusqlite loop", rps("bare_events"),
    ">= 0.77x (time <= 1.3x bare)", lambda r: r >= 1 / 1.3)
row("export listings", rps("flea_export_listings"), "`sqlite3 -csv`", rps("sqlite_export_listings"),
    ">= 2x", lambda r: r >= 2.0)
row("export events", rps("flea_export_events"), "`sqlite3 -csv`", rps("sqlite_export_events"),
    ">= 2x", lambda r: r >= 2.0)
for flea, ref, work in [("flea_import_listings", "sqlite_import_listings", "import listings"),
                        ("flea_import_events", "sqlite_import_events", "import events"),
                        ("flea_export_listings", "sqlite_export_listings", "export listings"),
                        ("flea_export_events", "sqlite_export_events", "export events")]:
    mb = rss_mb(flea)
    table.append(f"| peak RSS, {work} | {mb:.0f} MB | sqlite3 shell | {rss_mb(ref):.0f} MB | — | "
                 f"< 100 MB | {'PASS' if mb < 100 else 'FAIL'} |")

detail = [
    "| command | rows | runs | median s | min s | max s | rows/s (median) | CPU s (median) | peak RSS MB |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
]
labels = {
    "flea_import_listings": "flea import listings",
    "flea_import_events": "flea import events",
    "flea_export_listings": "flea export listings > /dev/null",
    "flea_export_events": "flea export events > /dev/null",
    "sqlite_import_listings": "sqlite3 .import listings",
    "sqlite_fts_rebuild": "sqlite3 FTS5 rebuild (title, description)",
    "sqlite_import_events": "sqlite3 .import events",
    "sqlite_export_listings": "sqlite3 -csv SELECT * FROM listings",
    "sqlite_export_events": "sqlite3 -csv SELECT * FROM events",
    "bare_listings": "bare_insert listings (+ tags)",
    "bare_events": "bare_insert events",
    "bare_listings_index_after": "bare_insert listings, indexes after",
}
for name, label in labels.items():
    s = [x[1] for x in samples[name]]
    detail.append(f"| {label} | {rows(name):,} | {len(s)} | {med(name):.2f} | {min(s):.2f} | "
                  f"{max(s):.2f} | {fmt_rate(rps(name))} | {med_cpu(name):.2f} | {rss_mb(name):.0f} |")

# the same ratios on CPU time (user + sys): steadier than wall time when the
# machine is shared, though they miss time spent waiting for the disk
def cpu_ratio(flea, ref_cpu):
    return ref_cpu / med_cpu(flea)

cpu_rows = [
    ("import listings vs sqlite3 .import + FTS5 rebuild", cpu_ratio("flea_import_listings", import_plus_cpu), "> 1x"),
    ("import events vs sqlite3 .import", cpu_ratio("flea_import_events", med_cpu("sqlite_import_events")), ">= 1.5x"),
    ("import events vs bare loop", cpu_ratio("flea_import_events", med_cpu("bare_events")), ">= 0.77x"),
    ("export listings vs sqlite3 -csv", cpu_ratio("flea_export_listings", med_cpu("sqlite_export_listings")), ">= 2x"),
    ("export events vs sqlite3 -csv", cpu_ratio("flea_export_events", med_cpu("sqlite_export_events")), ">= 2x"),
]
cpu_table = ["| work | ratio on CPU time | target (on wall time) |", "|---|---:|---|"]
cpu_table += [f"| {w} | {r:.2f}x | {t} |" for w, r, t in cpu_rows]
d = env["DATA"]
sizes = {f: os.path.getsize(os.path.join(d, f)) for f in ("users.csv", "listings.csv", "events.csv")}
head = [
    "# flea import/export benchmark",
    "",
    f"- date: {datetime.datetime.now(datetime.timezone.utc).strftime('%Y-%m-%d %H:%M UTC')}",
    f"- machine: {env['MACHINE_CPUS']} CPUs, {env['MACHINE_MODEL']}; load average at the end {env['LOADAVG']}",
    f"- flea: built from `{env['GIT_REV']}`" + (f" plus uncommitted changes in {env['GIT_DIRTY']} tracked file(s)"
                                                if env["GIT_DIRTY"] != "0" else ""),
    f"- sqlite3 shell {env['SQLITE_VERSION']}; flea and bare_insert use bundled SQLite (libsqlite3-sys {env['RUSQLITE_SQLITE']})",
    f"- data: `{d}` ({env['N_USERS']} users, {env['N_LISTINGS']} listings, {env['N_EVENTS']} events, seed {env['SEED']}); "
    f"users.csv {sizes['users.csv']/1e6:.1f} MB, listings.csv {sizes['listings.csv']/1e6:.1f} MB, "
    f"events.csv {sizes['events.csv']/1e6:.1f} MB",
    f"- every figure is the median of {env['R']} run(s), whole process, wall clock; ratio = flea rows/s / reference rows/s",
]
if "flea_db_bytes" in extra:
    head.append(f"- market file after import: flea {int(extra['flea_db_bytes'])/1e6:.0f} MB, "
                f"sqlite3 (TEXT tables + FTS) {int(extra['sqlite_db_bytes'])/1e6:.0f} MB, "
                f"bare loop {int(extra['bare_db_bytes'])/1e6:.0f} MB")
rt = [f"{k.split('_', 1)[1]} {v}" for k, v in extra.items() if k.startswith("roundtrip_")]
if rt:
    head.append(f"- round trip (flea export == generated CSV, byte for byte): {', '.join(rt)}")
text = "\n".join(head + ["", "## Against the targets (DESIGN 9)", ""] + table
                 + ["", "## Every measurement", ""] + detail
                 + ["", "## The same ratios on CPU time (user + sys), for a noisy machine", ""] + cpu_table) + "\n"
open(env["OUT"], "w").write(text)
print(text)
PY
log "written to $OUT"
