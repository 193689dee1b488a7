//! A large table exported by several threads: its key range is cut into
//! pieces, each thread formats pieces with its own read-only connection,
//! and the calling thread writes them in key order. Formatting costs more
//! than reading, and the other cores are otherwise idle.
//!
//! Consistency: the caller holds the write lock while the threads open
//! their reads, so all of them see one state of the market; the lock is
//! released as soon as they have.
//!
//! Memory: a thread hands its piece over in chunks of about 1 MB. Chunks
//! of the piece being written are written at once; chunks of later pieces
//! wait, but a thread stops producing them while more than `BUDGET` bytes
//! wait, and starts at most `AHEAD` pieces past the one being written.

use super::Table;
use super::export::{Names, Rows, Shape, format_rows};
use crate::error::{Error, Result};
use crate::money::Currency;
use std::collections::BTreeMap;
use std::io::Write;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex, MutexGuard, mpsc};

/// Keys per piece: a query per piece costs nothing next to its rows.
const PIECE: i64 = 16_384;
/// Below this many rows one thread does it all.
const PARALLEL_FROM: i64 = 4 * PIECE;
/// Pieces started ahead of the one being written.
const AHEAD: usize = 4;
/// Bytes of later pieces allowed to wait.
const BUDGET: usize = 32 << 20;
/// A thread hands over what it formatted once it is this large.
const CHUNK: usize = 1 << 20;

pub struct Job<'a> {
    pub path: &'a str,
    pub table: &'a Table,
    pub shape: Shape,
    pub money: &'a Currency,
    pub threads: usize,
    pub header: &'a (dyn Fn(&mut Vec<u8>) + Sync),
}

/// Whether the table's keys span enough for pieces (a cheap look before
/// taking the write lock; `export` checks the rows themselves).
pub fn worth_it(conn: &rusqlite::Connection, table: &Table) -> Result<bool> {
    let (low, high) = bounds(conn, table)?;
    Ok(matches!((low, high), (Some(l), Some(h)) if h.saturating_sub(l) >= PARALLEL_FROM))
}

/// The lowest and highest key. Two subqueries: SQLite looks a lone min()
/// or max() up in the index, but scans the whole table for both at once.
fn bounds(conn: &rusqlite::Connection, table: &Table) -> Result<(Option<i64>, Option<i64>)> {
    let sql = format!("SELECT (SELECT min({0}) FROM {1}), (SELECT max({0}) FROM {1})", table.key, table.db);
    Ok(conn.query_row(&sql, [], |r| Ok((r.get(0)?, r.get(1)?)))?)
}

enum Msg {
    Chunk { piece: usize, bytes: Vec<u8>, rows: u64, last: bool },
    Failed(Error),
}

/// What the threads wait on: the piece being written, the bytes waiting,
/// and whether to stop.
struct Gate {
    state: Mutex<State>,
    moved: Condvar,
}

struct State {
    writing: usize,
    waiting: usize,
    stop: bool,
}

impl Gate {
    fn lock(&self) -> Result<MutexGuard<'_, State>> {
        self.state.lock().map_err(|_| Error::internal("an export thread failed"))
    }

    /// Waits until `piece` may start; false when the export stops.
    fn may_start(&self, piece: usize) -> Result<bool> {
        let mut s = self.lock()?;
        while !s.stop && piece >= s.writing + AHEAD {
            s = self.moved.wait(s).map_err(|_| Error::internal("an export thread failed"))?;
        }
        Ok(!s.stop)
    }

    /// Waits until `len` more bytes of `piece` may be handed over.
    fn may_send(&self, piece: usize, len: usize) -> Result<bool> {
        let mut s = self.lock()?;
        while !s.stop && piece > s.writing && s.waiting + len > BUDGET {
            s = self.moved.wait(s).map_err(|_| Error::internal("an export thread failed"))?;
        }
        s.waiting += len;
        Ok(!s.stop)
    }

    fn update(&self, change: impl FnOnce(&mut State)) {
        if let Ok(mut s) = self.state.lock() {
            change(&mut s);
        }
        self.moved.notify_all();
    }
}

/// Stops every thread however the writing ends.
struct StopOnDrop<'a>(&'a Gate);

impl Drop for StopOnDrop<'_> {
    fn drop(&mut self) {
        self.0.update(|s| s.stop = true);
    }
}

/// Tells the writer when a thread dies, so that it does not wait for a
/// piece that will never come.
struct ReportPanic<'a>(&'a mpsc::SyncSender<Msg>);

impl Drop for ReportPanic<'_> {
    fn drop(&mut self) {
        if std::thread::panicking() {
            let _ = self.0.send(Msg::Failed(Error::internal("an export thread failed")));
        }
    }
}

/// Exports `job.table` in pieces; called holding the write lock, which it
/// releases (COMMIT) once every thread has begun its read. None when the
/// keys are too sparse for pieces (nothing was written; the lock is still
/// held and the caller goes on alone).
pub fn export(
    conn: &rusqlite::Connection,
    job: &Job,
    out: &mut dyn Write,
    progress: &mut dyn FnMut(u64),
) -> Result<Option<u64>> {
    let table = job.table;
    let (Some(low), Some(high)) = bounds(conn, table)? else { return Ok(None) };
    let rows: i64 = conn.query_row(&format!("SELECT count(*) FROM {}", table.db), [], |r| r.get(0))?;
    let span = high.saturating_sub(low).saturating_add(1);
    // Pieces follow keys; ids far apart would make mostly empty pieces.
    if rows < PARALLEL_FROM || span > rows.saturating_mul(4) {
        return Ok(None);
    }
    let names = Names::load(conn, table)?;
    let pieces = usize::try_from((span - 1) / PIECE + 1).unwrap_or(1);
    let range = |k: usize| {
        let lo = low.saturating_add(PIECE.saturating_mul(k as i64));
        // The ends stay open: nothing can fall outside the pieces.
        let first = if k == 0 { i64::MIN } else { lo };
        let last = if k + 1 == pieces { i64::MAX } else { lo.saturating_add(PIECE - 1) };
        Rows::Keys(first, last)
    };
    let next = AtomicUsize::new(0);
    let gate = Gate { state: Mutex::new(State { writing: 0, waiting: 0, stop: false }), moved: Condvar::new() };
    std::thread::scope(|scope| -> Result<Option<u64>> {
        let (ready_tx, ready_rx) = mpsc::channel::<Result<()>>();
        let (send, receive) = mpsc::sync_channel::<Msg>(job.threads * 2);
        for _ in 0..job.threads {
            let (ready, send) = (ready_tx.clone(), send.clone());
            let (next, gate, names, range) = (&next, &gate, &names, &range);
            let worker = move || {
                let _report = ReportPanic(&send);
                let reader = match open_reader(job.path, table) {
                    Ok(reader) => reader,
                    Err(e) => {
                        let _ = ready.send(Err(e));
                        return;
                    }
                };
                let _ = ready.send(Ok(()));
                drop(ready);
                let work = || -> Result<()> {
                    loop {
                        let piece = next.fetch_add(1, Ordering::Relaxed);
                        if piece >= pieces || !gate.may_start(piece)? {
                            return Ok(());
                        }
                        let mut buf = Vec::with_capacity(CHUNK + (64 << 10));
                        let mut sent = 0u64;
                        let mut hand = |buf: &mut Vec<u8>, n: u64, last: bool| -> Result<bool> {
                            if !gate.may_send(piece, buf.len())? {
                                return Ok(false);
                            }
                            let bytes = std::mem::replace(buf, Vec::with_capacity(if last { 0 } else { CHUNK }));
                            let chunk = Msg::Chunk { piece, bytes, rows: n - sent, last };
                            sent = n;
                            Ok(send.send(chunk).is_ok())
                        };
                        let n = format_rows(
                            &reader,
                            table,
                            range(piece),
                            job.shape,
                            names,
                            job.money,
                            &mut buf,
                            &mut |b, n| {
                                if b.len() >= CHUNK && !hand(b, n, false)? {
                                    return Err(Error::internal("the export stopped"));
                                }
                                Ok(())
                            },
                        )?;
                        if !hand(&mut buf, n, true)? {
                            return Ok(());
                        }
                    }
                };
                if let Err(e) = work() {
                    let _ = send.send(Msg::Failed(e));
                }
            };
            if let Err(e) = std::thread::Builder::new().name("flea-export".into()).spawn_scoped(scope, worker) {
                gate.update(|s| s.stop = true);
                return Err(e.into());
            }
        }
        drop((ready_tx, send));
        let _stop = StopOnDrop(&gate);
        // Every thread has its snapshot (or failed): writers may go on.
        let mut opened = Ok(());
        for _ in 0..job.threads {
            match ready_rx.recv() {
                Ok(Ok(())) => {}
                Ok(Err(e)) => opened = Err(e),
                Err(_) => opened = Err(Error::internal("an export thread failed")),
            }
        }
        conn.execute_batch("COMMIT")?;
        opened?;
        let mut buf = Vec::new();
        (job.header)(&mut buf);
        out.write_all(&buf)?;
        write_in_order(&receive, &gate, pieces, out, progress).map(Some)
    })
}

/// Chunks of a later piece (bytes, rows), and whether its last one came.
type Waiting = (Vec<(Vec<u8>, u64)>, bool);

/// Writes the chunks as they come, piece after piece.
fn write_in_order(
    receive: &mpsc::Receiver<Msg>,
    gate: &Gate,
    pieces: usize,
    out: &mut dyn Write,
    progress: &mut dyn FnMut(u64),
) -> Result<u64> {
    let mut later: BTreeMap<usize, Waiting> = BTreeMap::new();
    let (mut writing, mut count) = (0usize, 0u64);
    while writing < pieces {
        let Ok(msg) = receive.recv() else {
            return Err(Error::internal("an export thread stopped early"));
        };
        let (piece, bytes, rows, last) = match msg {
            Msg::Failed(e) => return Err(e),
            Msg::Chunk { piece, bytes, rows, last } => (piece, bytes, rows, last),
        };
        if piece != writing {
            let entry = later.entry(piece).or_default();
            entry.0.push((bytes, rows));
            entry.1 |= last;
            continue;
        }
        out.write_all(&bytes)?;
        count += rows;
        let mut freed = bytes.len();
        let mut done = last;
        while done {
            writing += 1;
            done = false;
            if let Some((chunks, last)) = later.remove(&writing) {
                for (bytes, rows) in chunks {
                    out.write_all(&bytes)?;
                    count += rows;
                    freed += bytes.len();
                }
                done = last;
            }
        }
        gate.update(|s| {
            s.writing = writing;
            s.waiting = s.waiting.saturating_sub(freed);
        });
        progress(count);
    }
    out.flush()?;
    Ok(count)
}

/// A second, read-only connection on the market, its read begun.
fn open_reader(path: &str, table: &Table) -> Result<rusqlite::Connection> {
    use rusqlite::OpenFlags;
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let reader = rusqlite::Connection::open_with_flags(path, flags)?;
    reader.busy_timeout(std::time::Duration::from_secs(5))?;
    reader.execute_batch("BEGIN")?;
    reader.query_row(&format!("SELECT count(*) FROM (SELECT 1 FROM {} LIMIT 1)", table.db), [], |_| Ok(()))?;
    Ok(reader)
}
