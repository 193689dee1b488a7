"""Running commands and keeping their timings (standard library only).

Every measured command is a whole process. Two ways to run one:

- `timed`: under GNU `/usr/bin/time -f '%M %U %S'`, which gives its peak RSS
  (KiB) and CPU time (user + sys); the wall time is taken around it here.
  The wrapper costs about 1.4 ms a run, nothing next to imports and exports.
- `short`: for commands of a few milliseconds (list show, search), where that
  1.4 ms would hide the difference between flea and the reference, and
  where GNU time's CPU figures (hundredths of a second) read 0.00: each round
  runs the command once bare, for the wall time and the CPU time (from
  wait4(), in microseconds), and once under `/usr/bin/time`, for the peak
  RSS. (wait4()'s own peak RSS is no use here: a child forked from Python
  starts with Python's pages counted.)
"""

import os
import statistics
import subprocess
import sys
import tempfile
import time

TIME = "/usr/bin/time"


class Failed(Exception):
    """A measured command exited with an error."""


class Measurement:
    def __init__(self, key, label, rows=None, unit="s"):
        self.key = key
        self.label = label
        self.rows = rows
        self.unit = unit  # how to print times: "s" or "ms"
        self.wall = []  # seconds
        self.cpu = []  # seconds, user + sys
        self.rss = []  # KiB
        self.note = ""

    def add(self, wall, cpu=None, rss=None):
        self.wall.append(wall)
        if cpu is not None:
            self.cpu.append(cpu)
        if rss is not None:
            self.rss.append(rss)

    @property
    def n(self):
        return len(self.wall)

    def median(self):
        return statistics.median(self.wall)

    def cpu_median(self):
        return statistics.median(self.cpu) if self.cpu else None

    def rss_mb(self):
        return max(self.rss) / 1024 if self.rss else None

    def rate(self):
        return self.rows / self.median() if self.rows else None


class Recorder:
    def __init__(self, work):
        self.work = work
        self.m = {}
        self.env = dict(os.environ)
        self.env.pop("FLEA_SESSION", None)

    def get(self, key, label, rows=None, unit="s"):
        if key not in self.m:
            self.m[key] = Measurement(key, label, rows, unit)
        return self.m[key]

    def _fail(self, cmd, code, err):
        tail = "\n".join(err.strip().splitlines()[-15:])
        return Failed(f"exit {code}: {' '.join(map(str, cmd))}\n{tail}")

    def timed(self, cmd, stdout=subprocess.DEVNULL, env=None):
        """Runs cmd under /usr/bin/time: (wall s, cpu s, rss KiB, stdout text or None).
        The peak RSS is GNU time's %M; the CPU time (user + sys) comes from
        wait4() on the time process, which counts its child, in microseconds
        (GNU time prints hundredths)."""
        fd, tf = tempfile.mkstemp(dir=self.work, prefix="time.")
        os.close(fd)
        full = [TIME, "-f", "%M %U %S", "-o", tf] + [str(c) for c in cmd]
        capture = stdout == subprocess.PIPE
        with tempfile.TemporaryFile(dir=self.work) as out, tempfile.TemporaryFile(dir=self.work) as err:
            start = time.perf_counter()
            p = subprocess.Popen(full, stdout=out if capture else stdout, stderr=err, env=env or self.env)
            _, status, ru = os.wait4(p.pid, 0)
            wall = time.perf_counter() - start
            p.returncode = os.waitstatus_to_exitcode(status)
            with open(tf) as f:
                last = f.read().strip().splitlines()
            os.unlink(tf)
            if p.returncode != 0:
                err.seek(0)
                raise self._fail(cmd, p.returncode, err.read().decode(errors="replace"))
            out.seek(0)
            text = out.read().decode() if capture else None
        rss = int(last[-1].split()[0])
        return wall, ru.ru_utime + ru.ru_stime, rss, text

    def direct(self, cmd, env=None):
        """Runs cmd bare (output discarded): (wall s, cpu s). The CPU time comes
        from wait4() with microseconds; its ru_maxrss is not used, as it counts
        the Python parent's pages the child started with."""
        with tempfile.TemporaryFile(dir=self.work) as err:
            start = time.perf_counter()
            p = subprocess.Popen([str(c) for c in cmd], stdout=subprocess.DEVNULL, stderr=err, env=env or self.env)
            _, status, ru = os.wait4(p.pid, 0)
            wall = time.perf_counter() - start
            p.returncode = os.waitstatus_to_exitcode(status)
            if p.returncode != 0:
                err.seek(0)
                raise self._fail(cmd, p.returncode, err.read().decode(errors="replace"))
        return wall, ru.ru_utime + ru.ru_stime

    def measure(self, key, label, cmd, rows=None, stdout=subprocess.DEVNULL, env=None):
        """One timed run recorded under key; returns its stdout when stdout is PIPE."""
        wall, cpu, rss, out = self.timed(cmd, stdout=stdout, env=env)
        self.get(key, label, rows).add(wall, cpu, rss)
        log(f"  {label}: {wall:.2f} s (cpu {cpu:.2f} s), {rss / 1024:.0f} MB")
        return out

    def short(self, cmd, env=None):
        """One round of a fast command: a bare run for the wall and CPU time and a
        run under /usr/bin/time for the peak RSS: (wall s, cpu s, rss KiB)."""
        wall, cpu = self.direct(cmd, env=env)
        _, _, rss, _ = self.timed(cmd, env=env)
        return wall, cpu, rss


def log(msg):
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def fmt_time(seconds, unit):
    if seconds is None:
        return "-"
    if unit == "ms":
        return f"{seconds * 1000:.2f} ms"
    return f"{seconds:.2f} s"
