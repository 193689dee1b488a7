#!/usr/bin/env python3
"""The flea benchmark suite (DESIGN section 9); run it through bench/run.sh,
which builds the binaries and the demo market and sets the environment read
here. Standard library only.

Sections (ONLY picks some): show, search, import, export. Each measures flea
and its reference in the same run on the same file, interleaved, and adds
rows to the results table; a section that fails is reported as such and the
others still run.
"""

import contextlib
import csv
import datetime
import json
import os
import re
import sqlite3
import statistics
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from measure import Failed, Recorder, fmt_time, log  # noqa: E402

env = os.environ
SIZE, SEED = env["SIZE"], env["SEED"]
R, R_IMPORT, SEARCH_RUNS = int(env["R"]), int(env["R_IMPORT"]), int(env["SEARCH_RUNS"])
BARE = env["BARE"]
ONLY = [s for s in env["ONLY"].split(",") if s]
OUT, DB, CSV_DIR, WORK = env["OUT"], env["DB"], env["CSV"], env["WORK"]
FLEA, SEARCH_BENCH, BARE_INSERT = env["FLEA_BIN"], env["SEARCH_BENCH"], env["BARE_INSERT"]
RSS_LIMIT_MB = 100

rec = Recorder(WORK)
admin_env = dict(rec.env, FLEA_SESSION=env["FLEA_ADMIN_SESSION"])
rows = []  # the results table: (work, flea, reference, ratio, target, verdict)
cpu_rows = []  # (work, ratio on CPU time, target)
rss_rows = []  # (flea command, measurement key)
notes = []  # what a section found worth saying
errors = []  # (section, message)
extra = {}  # raw text kept for the report (search_bench's table)
durations = {}  # section -> seconds


@contextlib.contextmanager
def ro(db=None):
    """A read-only connection (Python's SQLite) to the demo market or another
    file, closed on leaving the block: for picking ids and words, and counting."""
    c = sqlite3.connect(f"file:{os.path.abspath(db or DB)}?mode=ro", uri=True)
    try:
        yield c
    finally:
        c.close()


def verdict(ok):
    return "PASS" if ok else "FAIL"


def at_least(r, bound):
    """The verdict on a ratio; '-' when it could not be computed (a time of 0 at the clock's resolution)."""
    return "-" if r is None else verdict(r >= bound)


def above(r, bound):
    return "-" if r is None else verdict(r > bound)


def speed(ref_seconds, flea_seconds):
    """flea's speed relative to the reference: above 1, flea is faster."""
    if not ref_seconds or not flea_seconds:
        return None
    return ref_seconds / flea_seconds


def x(r):
    return "-" if r is None else f"{r:.2f}x"


def ms(seconds):
    return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"


def rate(m):
    return f"{m.rate():,.0f} rows/s ({m.median():.1f} s)"


def rss_row(work, key):
    rss_rows.append((work, key))


# ---------------------------------------------------------------- show
def section_show():
    with ro() as c:
        n = c.execute("SELECT count(*) FROM listings").fetchone()[0]
        ids = [c.execute("SELECT id FROM listings ORDER BY id LIMIT 1 OFFSET ?", (int(n * f),)).fetchone()[0]
               for f in (0.05, 0.25, 0.5, 0.75, 0.95)]
    log(f"show: flea list show vs sqlite3 SELECT, ids {ids}, {R} rounds each")
    fa = rec.get("show_flea", f"flea list show ID, all {len(ids)} ids", unit="ms")
    sa = rec.get("show_sqlite", f"sqlite3 DB 'SELECT * FROM listings WHERE id = ID', all {len(ids)} ids", unit="ms")
    for i in ids:
        fcmd = [FLEA, "--db", DB, "list", "show", str(i)]
        scmd = ["sqlite3", DB, f"SELECT * FROM listings WHERE id = {i}"]
        rec.direct(fcmd), rec.direct(scmd)  # warm up
        f1 = rec.get(f"show_flea_{i}", f"flea list show {i}", unit="ms")
        s1 = rec.get(f"show_sqlite_{i}", f"sqlite3 SELECT * FROM listings WHERE id = {i}", unit="ms")
        for _ in range(R):
            for cmd, one, agg in ((fcmd, f1, fa), (scmd, s1, sa)):
                w, cpu, rss = rec.short(cmd)
                one.add(w, cpu, rss)
                agg.add(w, cpu, rss)
    r = speed(sa.median(), fa.median())
    rows.append((f"`list show ID` whole process ({len(ids)} ids x {R})", ms(fa.median()),
                 f"`sqlite3` shell selecting the same row: {ms(sa.median())}", x(r),
                 ">= 1.00x (no slower)", at_least(r, 1.0)))
    cpu_rows.append(("`list show ID` vs sqlite3 SELECT", speed(sa.cpu_median(), fa.cpu_median()), ">= 1.00x"))
    rss_row("flea list show", "show_flea")


# ---------------------------------------------------------------- search
def pick(c, n, low, high, other=""):
    """The word search_bench picks: the most frequent term in [low, high] documents (but `other`)."""
    return c.execute(
        "SELECT term, doc FROM listings_fts_vocab WHERE doc BETWEEN ? AND ? "
        "AND term GLOB '[a-z][a-z][a-z]*' AND length(term) >= 4 AND term <> ? ORDER BY doc DESC LIMIT 1",
        (low, high, other)).fetchone()


def search_classes():
    """The whole-process mix: search_bench's query classes, words from the market's own vocabulary.
    Each: (name, flea search arguments, plain FTS5 MATCH expression or None)."""
    with ro() as c:
        n = c.execute("SELECT count(*) FROM listings").fetchone()[0]
        rare = pick(c, n, n // 5000, n // 1000)
        common = pick(c, n, n // 200, n // 40)
        broad = pick(c, n, n // 10, n * 3 // 10)
        second = pick(c, n, n // 100, n // 20)
        broad2 = pick(c, n, n // 10, n * 3 // 10, broad[0] if broad else "")
        if not (rare and common and broad and second):
            raise Failed(f"no word of the wanted frequency in the vocabulary: {rare} {common} {broad} {second}")
        title = c.execute("SELECT title FROM listings WHERE length(title) > 20 ORDER BY id LIMIT 1 OFFSET 1234"
                          ).fetchone()[0]
        # a Chinese word as common as the common English one (the demo is bilingual)
        zh = c.execute(
            "SELECT term, doc FROM listings_fts_vocab WHERE term >= '\u4e00' AND term < '\u9fa6' "
            "AND length(term) >= 2 AND doc BETWEEN ? AND ? ORDER BY doc DESC LIMIT 1", (n // 200, n // 40)).fetchone()
    phrase = [w for w in title.split() if w.isalpha()][:2]
    q = lambda w: '"' + w.replace('"', '""') + '"'  # noqa: E731
    classes = [
        (f"rare word '{rare[0]}' ({rare[1]} docs)", [rare[0]], q(rare[0])),
        (f"common word '{common[0]}' ({common[1]} docs)", [common[0]], q(common[0])),
        (f"broad word '{broad[0]}' ({broad[1]} docs)", [broad[0]], q(broad[0])),
        (f"two words '{common[0]} {second[0]}'", [common[0], second[0]], f"{q(common[0])} AND {q(second[0])}"),
    ]
    if phrase:
        classes.append((f"phrase '\"{' '.join(phrase)}\"'", ['"' + " ".join(phrase) + '"'], q(" ".join(phrase))))
    classes += [
        (f"prefix '{common[0][:3]}*'", [common[0][:3] + "*"], q(common[0][:3]) + " *"),
    ]
    if zh:
        classes.append((f"Chinese '{zh[0]}' ({zh[1]} docs)", [zh[0]], q(zh[0])))
    classes += [
        ("common + price/condition filters",
         ["--max-price", "200", "--condition", "good", "--condition", "like_new", common[0]], None),
        ("common, price-asc", ["--sort", "price-asc", common[0]], None),
        ("broad, newest", ["--sort", "newest", broad[0]], None),
        ("common near London 25 km", ["--near", "51.5074,-0.1278", "--within", "25", "--sort", "distance",
                                      common[0]], None),
        ("browse furniture, newest", ["--category", "furniture", "--sort", "newest"], None),
    ]
    if broad2:
        classes.append((f"two broad words '{broad[0]} {broad2[0]}'", [broad[0], broad2[0]],
                        f"{q(broad[0])} AND {q(broad2[0])}"))
    return classes, broad


def fts_sql(expr):
    return (f"SELECT rowid FROM listings_fts WHERE listings_fts MATCH '{expr.replace(chr(39), chr(39) * 2)}' "
            "ORDER BY bm25(listings_fts) LIMIT 20;")


def shell_timer(expr, runs):
    """The plain FTS5 query run `runs` times in one sqlite3 shell with .timer on: [(real s, cpu s)]."""
    script = ".timer on\n" + (fts_sql(expr) + "\n") * runs
    p = subprocess.run(["sqlite3", DB], input=script.encode(), capture_output=True)
    text = p.stdout.decode(errors="replace") + p.stderr.decode(errors="replace")
    got = [(float(m.group(1)), float(m.group(2)) + float(m.group(3)))
           for m in re.finditer(r"Run Time: real ([\d.]+) user ([\d.]+) sys ([\d.]+)", text)]
    if p.returncode != 0 or len(got) != runs:
        raise Failed(f"sqlite3 shell FTS5 query failed: {fts_sql(expr)}\n{text[-500:]}")
    return got


# search_bench's columns, found by their headings (it may gain columns)
SB_COLUMNS = {"median": "in process median ms", "p95": "p95 ms", "plain": "sqlite3 FTS5 bm25 LIMIT 20 ms",
              "agreement": "top-20 agreement with exact BM25", "first": "first search, no heads ms"}


def parse_search_bench(out):
    """search_bench's table as {class: {column key: cell}}, and its all-class median and p95 (s)."""
    table, header = {}, None
    for line in out.splitlines():
        if not line.startswith("|"):
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if cells[0] == "class":
            header = cells
        elif header and len(cells) == len(header) and not set(cells[0]) <= set("-:"):
            row = dict(zip(header, cells))
            table[cells[0]] = {k: row.get(h, "-") for k, h in SB_COLUMNS.items()}
    m = re.search(r"all classes: median ([\d.]+) ms, p95 ([\d.]+) ms", out)
    if not m or not table or any(SB_COLUMNS[k] not in header for k in ("median", "p95", "plain", "agreement")):
        raise Failed("cannot read examples/search_bench's output:\n" + out[-1000:])
    return table, float(m.group(1)) / 1000, float(m.group(2)) / 1000


def number(cell):
    return float(cell) if re.fullmatch(r"[\d.]+", cell) else None


def section_search():
    classes, broad = search_classes()
    # 1. in process: examples/search_bench (its own runs per class)
    log(f"search: examples/search_bench, {SEARCH_RUNS} runs per class")
    out = rec.measure("search_bench", f"examples/search_bench DB {SEARCH_RUNS} (in process, every class)",
                      [SEARCH_BENCH, DB, SEARCH_RUNS], stdout=subprocess.PIPE,
                      env=dict(rec.env, FLEA_BIN=FLEA))
    extra["search_bench"] = out
    table, mix_median, mix_p95 = parse_search_bench(out)
    bench_broad = [k for k in table if k.startswith("broad word")]
    if not bench_broad:
        raise Failed("no broad word class in search_bench's output")
    b = table[bench_broad[0]]
    if f"'{broad[0]}'" not in bench_broad[0]:
        notes.append(f"search_bench's broad word ({bench_broad[0]}) differs from the suite's pick ('{broad[0]}').")
    b_median, b_p95 = float(b["median"]) / 1000, float(b["p95"]) / 1000
    # its plain FTS5 column over the classes that have one: the shell's median of 3 .timer readings
    plain = [number(c["plain"]) / 1000 for c in table.values() if number(c["plain"]) is not None]
    rows.append((f"`search` in process, realistic mix ({len(table)} classes x {SEARCH_RUNS}, examples/search_bench)",
                 f"median {ms(mix_median)} (p95 {ms(mix_p95)})",
                 f"plain FTS5 bm25 LIMIT 20 in the shell, median of the classes: "
                 f"{ms(statistics.median(plain)) if plain else '-'}",
                 x(speed(statistics.median(plain), mix_median)) + " (info)" if plain else "-",
                 "median < 10 ms", verdict(mix_median < 0.010)))

    # 2. the broad word against plain FTS5 bm25 in the sqlite3 shell, more readings than search_bench takes
    n_ref = max(R, 10)
    log(f"search: broad word '{broad[0]}' ({broad[1]} docs), plain FTS5 in the sqlite3 shell x {n_ref}")
    got = shell_timer(f'"{broad[0]}"', n_ref)
    ref = rec.get("search_broad_fts5", f"sqlite3 shell .timer: plain FTS5 MATCH '\"{broad[0]}\"' "
                                       "ORDER BY bm25 LIMIT 20 (one shell, in-shell time)", unit="ms")
    for real, cpu in got:
        ref.add(real, cpu)
    fl = rec.get("search_broad_flea", f"flea search '{broad[0]}' in process (search_bench, median and p95 only)",
                 unit="ms")
    fl.note = f"median {b_median * 1000:.2f} ms, p95 {b_p95 * 1000:.2f} ms over {SEARCH_RUNS} runs"
    fl.wall = [b_median]
    pct = 100 * broad[1] / max(1, table_listings())
    rows.append((f"`search` broad word '{broad[0]}' (in {pct:.0f}% of listings), in process, p95",
                 ms(b_p95), f"plain FTS5 bm25 LIMIT 20: {ms(ref.median())}", "-", "p95 < 100 ms",
                 verdict(b_p95 < 0.100)))
    r = speed(ref.median(), b_median)
    rows.append((f"`search` broad word vs plain FTS5 `MATCH ... ORDER BY bm25() LIMIT 20`",
                 f"median {ms(b_median)}", f"sqlite3 shell, median of {n_ref}: {ms(ref.median())} "
                 f"(min {ms(min(ref.wall))}, max {ms(max(ref.wall))})", x(r), ">= 6x faster", at_least(r, 6)))
    rows.append(("`search` broad word: top-20 agreement with exact BM25", b["agreement"],
                 "exact BM25 order (search_bench)", "-", "reported", "-"))
    if number(b["first"]) is not None:
        rows.append(("`search` broad word, first search with no heads kept (information)",
                     ms(number(b["first"]) / 1000), f"plain FTS5 bm25 LIMIT 20: {ms(ref.median())}",
                     x(speed(ref.median(), number(b["first"]) / 1000)), "info", "-"))

    # 3. whole processes: flea search against the sqlite3 shell running the plain FTS5 query
    log(f"search: whole processes, {len(classes)} classes x {R} rounds")
    fa = rec.get("search_proc_flea", f"flea search, all {len(classes)} classes", unit="ms")
    fa_text = rec.get("search_proc_flea_text", "flea search, the classes with a plain FTS5 equivalent", unit="ms")
    sa = rec.get("search_proc_sqlite", "sqlite3 DB 'plain FTS5 bm25 LIMIT 20', same classes", unit="ms")
    for i, (name, args, expr) in enumerate(classes):
        fcmd = [FLEA, "--db", DB, "search"] + args
        scmd = ["sqlite3", DB, fts_sql(expr)] if expr else None
        rec.direct(fcmd)  # warm up
        f1 = rec.get(f"search_proc_flea_{i}", f"flea search {' '.join(args)}  [{name}]", unit="ms")
        s1 = rec.get(f"search_proc_sqlite_{i}", f"sqlite3 plain FTS5 {expr}", unit="ms") if scmd else None
        if scmd:
            rec.direct(scmd)
        for _ in range(R):
            w, cpu, rss = rec.short(fcmd)
            f1.add(w, cpu, rss), fa.add(w, cpu, rss)
            if scmd:
                fa_text.add(w, cpu, rss)
                w, cpu, rss = rec.short(scmd)
                s1.add(w, cpu, rss), sa.add(w, cpu, rss)
    r = speed(sa.median(), fa_text.median())
    rows.append((f"`search` whole process, mix of {len(classes)} classes x {R}",
                 f"median {ms(fa.median())} (text classes {ms(fa_text.median())})",
                 f"`sqlite3` shell process, plain FTS5 query, text classes: {ms(sa.median())}",
                 x(r) + " (text classes, info)", "median < 25 ms", verdict(fa.median() < 0.025)))
    cpu_rows.append(("`search` whole process vs sqlite3 shell plain FTS5 (text classes)",
                     speed(sa.cpu_median(), fa_text.cpu_median()), "info (target is absolute)"))
    cpu_rows.append(("`search` broad word in process vs plain FTS5 in the shell", None,
                     "not measured: search_bench reports wall time only"))
    rss_row("flea search (whole process, every class)", "search_proc_flea")


def table_listings():
    with ro() as c:
        return c.execute("SELECT count(*) FROM listings").fetchone()[0]


# ---------------------------------------------------------------- import
def csv_counts():
    """Records (not lines: cells may hold line breaks) in the cached CSV files, counted once."""
    path = os.path.join(CSV_DIR, "counts.json")
    if os.path.exists(path):
        with open(path) as f:
            return json.load(f)
    log(f"counting the records of {CSV_DIR}/*.csv (once)")
    counts = {}
    for t in ("users", "categories", "listings", "events"):
        with open(os.path.join(CSV_DIR, f"{t}.csv"), newline="", encoding="utf-8") as f:
            counts[t] = sum(1 for _ in csv.reader(f)) - 1
    with open(path, "w") as f:
        json.dump(counts, f)
    return counts


def imported(out):
    return json.loads(out)["imported"]


def expect(what, got, want):
    if got != want:
        raise Failed(f"{what}: {got} rows, expected {want}")


def count(db, table):
    with ro(db) as c:
        return c.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def rm_db(path):
    for p in (path, path + "-wal", path + "-shm"):
        if os.path.exists(p):
            os.unlink(p)


def section_import():
    n = csv_counts()
    f = {t: os.path.join(CSV_DIR, f"{t}.csv") for t in ("users", "categories", "listings", "events")}
    nl, ne = n["listings"], n["events"]
    # A new market has the built-in category tree; the demo's must be the same (else import it first).
    probe = os.path.join(WORK, "probe.db")
    fresh_cats = subprocess.run([FLEA, "--db", probe, "export", "categories"], capture_output=True, env=rec.env)
    rm_db(probe)
    with open(f["categories"], "rb") as fh:
        import_categories = fresh_cats.stdout != fh.read()
    if import_categories:
        notes.append("The demo's categories differ from a new market's: each flea import run imports them "
                     "first (not timed).")
    with open(f["listings"], newline="", encoding="utf-8") as fh:
        lcols = next(csv.reader(fh))
    with open(f["events"], newline="", encoding="utf-8") as fh:
        ecols = next(csv.reader(fh))
    ddl = (f"PRAGMA journal_mode=WAL; CREATE TABLE listings ({', '.join(f'{c} TEXT' for c in lcols)}); "
           f"CREATE TABLE events ({', '.join(f'{c} TEXT' for c in ecols)});")
    pragmas = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000"
    bare_runs = {"both": ["plain", "after"], "plain": ["plain"], "after": ["after"]}[BARE]
    for rep in range(1, R_IMPORT + 1):
        log(f"import [{rep}/{R_IMPORT}] flea: import users (setup, not timed), then listings and events")
        db = os.path.join(WORK, "flea.db")
        rm_db(db)
        if import_categories:
            rec.timed([FLEA, "--db", db, "--format", "json", "import", "categories", f["categories"]])
        _, _, _, out = rec.timed([FLEA, "--db", db, "--format", "json", "import", "users", f["users"]],
                                 stdout=subprocess.PIPE)
        expect("flea import users", imported(out), n["users"])
        out = rec.measure("imp_flea_listings", "flea import listings", [FLEA, "--db", db, "--format", "json",
                          "import", "listings", f["listings"]], rows=nl, stdout=subprocess.PIPE)
        expect("flea import listings", imported(out), nl)
        out = rec.measure("imp_flea_events", "flea import events", [FLEA, "--db", db, "--format", "json",
                          "import", "events", f["events"]], rows=ne, stdout=subprocess.PIPE)
        expect("flea import events", imported(out), ne)
        extra["flea_db_bytes"] = os.path.getsize(db)
        rm_db(db)

        log(f"import [{rep}/{R_IMPORT}] sqlite3: .import into bare TEXT tables, FTS5 rebuild (title, description)")
        db = os.path.join(WORK, "sqlite.db")
        rm_db(db)
        subprocess.run(["sqlite3", db, ddl], check=True, stdout=subprocess.DEVNULL)
        rec.measure("imp_sqlite_listings", "sqlite3 .import --csv --skip 1 listings.csv (bare TEXT table)",
                    ["sqlite3", "-cmd", pragmas, db, f".import --csv --skip 1 \"{f['listings']}\" listings"], rows=nl)
        expect("sqlite3 .import listings", count(db, "listings"), nl)
        subprocess.run(["sqlite3", db, "CREATE VIRTUAL TABLE listings_fts USING fts5 "
                        "(title, description, content = 'listings')"], check=True)
        rec.measure("imp_sqlite_rebuild", "sqlite3 FTS5 'rebuild' over (title, description)",
                    ["sqlite3", "-cmd", pragmas, db, "INSERT INTO listings_fts (listings_fts) VALUES ('rebuild')"],
                    rows=nl)
        rec.measure("imp_sqlite_events", "sqlite3 .import --csv --skip 1 events.csv (bare TEXT table)",
                    ["sqlite3", "-cmd", pragmas, db, f".import --csv --skip 1 \"{f['events']}\" events"], rows=ne)
        expect("sqlite3 .import events", count(db, "events"), ne)
        extra["sqlite_db_bytes"] = os.path.getsize(db)
        rm_db(db)

        for variant in bare_runs:
            after = variant == "after"
            log(f"import [{rep}/{R_IMPORT}] bare rusqlite loop{', indexes built after the load' if after else ''}")
            db = os.path.join(WORK, "bare.db")
            rm_db(db)
            rec.timed([BARE_INSERT, "setup", db, f["categories"], f["users"]])
            benv = dict(rec.env, BARE_INDEX_AFTER="1" if after else "0")
            sfx = "_after" if after else ""
            lab = ", indexes after" if after else ""
            rec.measure(f"imp_bare_listings{sfx}", f"bare_insert listings (+ tags, no FTS){lab}",
                        [BARE_INSERT, "listings", db, f["categories"], f["users"], f["listings"]], rows=nl, env=benv)
            expect("bare_insert listings", count(db, "listings"), nl)
            rec.measure(f"imp_bare_events{sfx}", f"bare_insert events{lab}",
                        [BARE_INSERT, "events", db, f["users"], f["events"]], rows=ne, env=benv)
            expect("bare_insert events", count(db, "events"), ne)
            rm_db(db)

    m = rec.m
    fl, fe = m["imp_flea_listings"], m["imp_flea_events"]
    # the reference for listings is the two sqlite3 steps added, run by run
    both = [a + b for a, b in zip(m["imp_sqlite_listings"].wall, m["imp_sqlite_rebuild"].wall)]
    both_cpu = [a + b for a, b in zip(m["imp_sqlite_listings"].cpu, m["imp_sqlite_rebuild"].cpu)]
    ref = rec.get("imp_sqlite_listings_fts", "sqlite3 .import listings + FTS5 rebuild (sum per run)", rows=nl)
    for w, c in zip(both, both_cpu):
        ref.add(w, c)
    r = speed(ref.median(), fl.median())
    rows.append(("import listings (validation, indexes, FTS)", rate(fl),
                 f"sqlite3 `.import` + FTS5 `rebuild`: {rate(ref)}", x(r), "> 1x (faster)", above(r, 1)))
    cpu_rows.append(("import listings vs sqlite3 .import + FTS5 rebuild", speed(ref.cpu_median(), fl.cpu_median()),
                     "> 1x"))
    for key, what in (("imp_sqlite_listings", "sqlite3 `.import` alone"), ("imp_sqlite_rebuild", "FTS5 `rebuild` alone"),
                      ("imp_bare_listings", "bare rusqlite loop (no FTS)"),
                      ("imp_bare_listings_after", "bare loop, indexes after (no FTS)")):
        if key in m:
            rows.append(("import listings (information)", rate(fl), f"{what}: {rate(m[key])}",
                         x(speed(m[key].median(), fl.median())), "info", "-"))
    r = speed(m["imp_sqlite_events"].median(), fe.median())
    rows.append(("import events", rate(fe), f"sqlite3 `.import`: {rate(m['imp_sqlite_events'])}", x(r), ">= 1.5x",
                 at_least(r, 1.5)))
    cpu_rows.append(("import events vs sqlite3 .import", speed(m["imp_sqlite_events"].cpu_median(), fe.cpu_median()),
                     ">= 1.5x"))
    if "imp_bare_events" in m:
        r = speed(m["imp_bare_events"].median(), fe.median())
        rows.append(("import events", rate(fe), f"bare rusqlite loop (examples/bare_insert): "
                     f"{rate(m['imp_bare_events'])}", x(r), ">= 0.77x (time within 1.3x)", at_least(r, 1 / 1.3)))
        cpu_rows.append(("import events vs bare loop", speed(m["imp_bare_events"].cpu_median(), fe.cpu_median()),
                         ">= 0.77x"))
    if "imp_bare_events_after" in m:
        b = m["imp_bare_events_after"]
        r = speed(b.median(), fe.median())
        rows.append(("import events (information)", rate(fe), f"bare loop, indexes built after: {rate(b)}", x(r),
                     "info", "-"))
        cpu_rows.append(("import events vs bare loop, indexes after", speed(b.cpu_median(), fe.cpu_median()), "info"))
    rss_row("flea import listings", "imp_flea_listings")
    rss_row("flea import events", "imp_flea_events")


# ---------------------------------------------------------------- export
def section_export():
    with ro() as c:
        n = {t: c.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("listings", "events")}
    for t in ("listings", "events"):
        log(f"export {t}: flea export vs sqlite3 -csv, {R} rounds ({n[t]:,} rows)")
        fcmd = [FLEA, "--db", DB, "export", t]
        scmd = ["sqlite3", "-csv", DB, f"SELECT * FROM {t}"]
        rec.timed(scmd)  # warm up: read the table once
        for _ in range(R):
            rec.measure(f"exp_flea_{t}", f"flea export {t} > /dev/null", fcmd, rows=n[t], env=admin_env)
            rec.measure(f"exp_sqlite_{t}", f"sqlite3 -csv DB 'SELECT * FROM {t}' > /dev/null", scmd, rows=n[t])
        fm, sm = rec.m[f"exp_flea_{t}"], rec.m[f"exp_sqlite_{t}"]
        r = speed(sm.median(), fm.median())
        rows.append((f"export {t}", rate(fm), f"`sqlite3 -csv` of the same table: {rate(sm)}", x(r), ">= 2x",
                     at_least(r, 2)))
        cpu_rows.append((f"export {t} vs sqlite3 -csv", speed(sm.cpu_median(), fm.cpu_median()), ">= 2x"))
        rss_row(f"flea export {t}", f"exp_flea_{t}")


# ---------------------------------------------------------------- report
def machine():
    model = "?"
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    with open("/proc/loadavg") as f:
        load = " ".join(f.read().split()[:3])
    with open("/proc/meminfo") as f:
        mem = int(f.readline().split()[1]) / 1024 / 1024
    return f"{os.cpu_count()} CPUs, {model}, {mem:.0f} GiB RAM", load


def sqlite_shell_version():
    return subprocess.run(["sqlite3", "--version"], capture_output=True, text=True).stdout.split()[0]


def data_lines():
    out = []
    with ro() as c:
        counts = {t: c.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in ("users", "listings", "events", "orders", "reviews")}
    out.append(f"- market: `{DB}` ({os.path.getsize(DB) / 1e9:.2f} GB; `flea demo --size {SIZE} --seed {SEED}`, "
               f"FLEA_NOW={env.get('FLEA_NOW')}): " + ", ".join(f"{v:,} {k}" for k, v in counts.items()))
    meta = DB + ".meta"
    if os.path.exists(meta):
        with open(meta) as f:
            out.append(f"- demo market {f.read().strip()}")
    if os.path.exists(os.path.join(CSV_DIR, "events.csv")):
        sizes = ", ".join(f"{t}.csv {os.path.getsize(os.path.join(CSV_DIR, t + '.csv')) / 1e6:.1f} MB"
                          for t in ("users", "listings", "events"))
        out.append(f"- import files: `flea export` of that market in `{CSV_DIR}/`: {sizes}")
    if "flea_db_bytes" in extra:
        out.append(f"- after import: flea market {extra['flea_db_bytes'] / 1e6:,.0f} MB, sqlite3 TEXT tables + FTS "
                   f"{extra['sqlite_db_bytes'] / 1e6:,.0f} MB")
    return out


def dur(seconds):
    return f"{seconds:.0f} s" if seconds < 120 else f"{seconds / 60:.1f} min"


def report(started, load_start):
    mach, load_end = machine()
    dirty = env.get("GIT_DIRTY", "")
    head = [
        "# flea benchmark suite results",
        "",
        "Written by `bench/run.sh` (see [README.md](README.md)); the targets are DESIGN section 9.",
        "",
        f"- date: {datetime.datetime.now(datetime.timezone.utc).strftime('%Y-%m-%d %H:%M UTC')}; "
        f"the run took {dur(time.time() - started)} in all, build included ("
        + ", ".join(f"{k} {dur(v)}" for k, v in durations.items()) + ")",
        f"- machine: {mach}; load average {load_start} at the start, {load_end} at the end (shared machine)",
        f"- flea: built from `{env.get('GIT_REV')}`"
        + (f" plus uncommitted changes in {dirty}" if dirty else " (no uncommitted changes in src/, examples/)"),
        f"- SQLite: the `sqlite3` shell {sqlite_shell_version()}; flea and the examples use the bundled SQLite "
        f"{env.get('BUNDLED_SQLITE') or '?'} (libsqlite3-sys {env.get('RUSQLITE_SQLITE')})",
    ] + data_lines() + [
        f"- runs: R={R} for list show, search processes and exports, R_IMPORT={R_IMPORT} for imports, "
        f"SEARCH_RUNS={SEARCH_RUNS} per class in process; sections: {', '.join(ONLY)}",
        "",
        "## Against the targets",
        "",
        "`ratio` is flea's speed relative to the reference (reference time / flea time, or flea rows/s / "
        "reference rows/s): above 1, flea is faster. Every figure is a median over the runs, wall clock.",
        "",
        "| work | flea | reference | ratio | target | verdict |",
        "|---|---|---|---:|---|---|",
    ]
    body = [f"| {' | '.join(r)} |" for r in rows]
    for work, key in rss_rows:
        m = rec.m.get(key)
        if m and m.rss:
            mb = m.rss_mb()
            body.append(f"| peak RSS, {work} | {mb:.0f} MB | - | - | < {RSS_LIMIT_MB} MB | "
                        f"{verdict(mb < RSS_LIMIT_MB)} |")
    for sec, msg in errors:
        body.append(f"| {sec} | ERROR | {msg.splitlines()[0][:150]} | - | - | FAIL |")
    cpu = ["", "## The same ratios on CPU time (user + sys)", "",
           "Steadier than wall time on a shared machine, though blind to waiting for the disk.", "",
           "| work | ratio on CPU time | target |", "|---|---:|---|"]
    cpu += [f"| {w} | {x(r)} | {t} |" for w, r, t in cpu_rows]
    raw = ["", "## Every measurement", "",
           "Wall time of whole processes; `short` commands (ms) are timed bare and run again under "
           "`/usr/bin/time` for CPU and peak RSS.", "",
           "| command | rows | runs | median | min | max | rows/s | CPU median | peak RSS |",
           "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for m in rec.m.values():
        if not m.wall:
            continue
        cpu_med = m.cpu_median()
        raw.append(
            f"| {m.label}{' (' + m.note + ')' if m.note else ''} | {f'{m.rows:,}' if m.rows else '-'} | "
            f"{m.n if not m.note else SEARCH_RUNS} | {fmt_time(m.median(), m.unit)} | "
            f"{fmt_time(min(m.wall), m.unit) if not m.note else '-'} | "
            f"{fmt_time(max(m.wall), m.unit) if not m.note else '-'} | "
            f"{f'{m.rate():,.0f}' if m.rows else '-'} | {fmt_time(cpu_med, m.unit) if cpu_med is not None else '-'} | "
            f"{f'{m.rss_mb():.0f} MB' if m.rss else '-'} |")
    tail = []
    if notes:
        tail += ["", "## Notes", ""] + [f"- {n}" for n in notes]
    if errors:
        tail += ["", "## Errors", ""]
        for sec, msg in errors:
            tail += [f"{sec}:", "", "```", msg, "```", ""]
    if "search_bench" in extra:
        tail += ["", "## examples/search_bench output", "", extra["search_bench"].strip()]
    text = "\n".join(head + body + cpu + raw + tail) + "\n"
    os.makedirs(os.path.dirname(os.path.abspath(OUT)), exist_ok=True)
    with open(OUT, "w") as f:
        f.write(text)
    print(text)


def main():
    started = int(env.get("STARTED", time.time()))
    _, load_start = machine()
    for name, fn in (("show", section_show), ("search", section_search), ("import", section_import),
                     ("export", section_export)):
        if name not in ONLY:
            continue
        t0 = time.time()
        try:
            fn()
        except Exception as e:  # noqa: BLE001 - one failing section must not lose the others' results
            log(f"{name}: FAILED: {e}")
            errors.append((name, f"{type(e).__name__}: {e}" if not isinstance(e, Failed) else str(e)))
        durations[name] = time.time() - t0
    report(started, load_start)
    if errors:
        sys.exit(1)


if __name__ == "__main__":
    main()
