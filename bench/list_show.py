#!/usr/bin/env python3
"""`flea list show ID` as a whole process against the sqlite3 shell selecting
the same row (DESIGN 9), on the search benchmark's market.

    python3 bench/list_show.py [MARKET.db] [ID] [RUNS]
"""
import os
import statistics
import subprocess
import sys
import tempfile
import time

db = sys.argv[1] if len(sys.argv) > 1 else "bench/data/search-1000000.db"
listing = sys.argv[2] if len(sys.argv) > 2 else "123456"
runs = int(sys.argv[3]) if len(sys.argv) > 3 else 30
home = tempfile.mkdtemp()
env = dict(os.environ, XDG_STATE_HOME=home, XDG_DATA_HOME=home)
env.pop("FLEA_SESSION", None)


def timed(cmd):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=True)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.9)]


flea = timed(["target/release/flea", "--db", db, "list", "show", listing])
shell = timed(["sqlite3", db, f"SELECT * FROM listings WHERE id = {listing}"])
print(f"| work | median ms | p90 ms |\n|---|---:|---:|")
print(f"| flea list show {listing} | {flea[0]:.2f} | {flea[1]:.2f} |")
print(f"| sqlite3 SELECT the same row | {shell[0]:.2f} | {shell[1]:.2f} |")
print(f"\nratio {flea[0] / shell[0]:.2f}x (target: no slower than the shell, 1.00x)")
