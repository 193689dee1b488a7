//! True line numbers for CSV records.

use std::collections::VecDeque;
use std::io::{self, Read};

/// Gives CSV records their true line numbers. The `csv` crate places a
/// record where the reader stopped after the one before it, so a record
/// after a CRLF (BurntSushi/rust-csv#395) or after blank lines is reported
/// one or more lines early. This reader notes the runs of `\r` and `\n`
/// bytes as they pass through it; a record starts where a run ends, after
/// all the run's line breaks (`\r\n`, `\n` or a lone `\r`, as editors count
/// them). It also drops a UTF-8 byte order mark at the start, however the
/// first bytes arrive (the `csv` crate only sees one whole in its first read).
pub(crate) struct CsvLines<R> {
    inner: R,
    /// Bytes read so far, the line breaks among them, and whether the last
    /// byte was a `\r` (so that a `\n` next to it is not a second break).
    offset: u64,
    breaks: u64,
    last_was_cr: bool,
    /// The run being read, and those before it that no record has been
    /// looked up past yet: as many as fit in the CSV reader's buffer.
    open: Option<Run>,
    runs: VecDeque<Run>,
    /// Whether the start has been checked for a BOM, and the first bytes
    /// read to check it that are still to be handed on.
    checked: bool,
    pending: Vec<u8>,
}

/// A record can't start inside a quoted cell, but this reader can't tell
/// where cells are; so that a cell of millions of lines doesn't keep
/// millions of runs, at most this many wait (12 MB): more than the CSV
/// reader's 1 MB buffer can hold. Past it, records get the `csv` crate's
/// own count.
const MAX_RUNS: usize = 1 << 19;

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Bytes `start..end` are all `\r` or `\n`; `breaks` counts the line breaks
/// in the file up to `end`.
#[derive(Clone, Copy)]
struct Run {
    start: u64,
    end: u64,
    breaks: u64,
}

impl<R: Read> CsvLines<R> {
    pub(crate) fn new(inner: R) -> CsvLines<R> {
        CsvLines {
            inner,
            offset: 0,
            breaks: 0,
            last_was_cr: false,
            open: None,
            runs: VecDeque::new(),
            checked: false,
            pending: Vec::new(),
        }
    }

    /// The 1-based line of a record (or header) that `csv` places at `pos`.
    /// Records must be looked up in file order.
    pub(crate) fn line(&mut self, pos: &csv::Position) -> u64 {
        let byte = pos.byte();
        while self.runs.front().is_some_and(|r| r.end < byte) {
            self.runs.pop_front();
        }
        let run = self.runs.front().or(self.open.as_ref()).filter(|r| r.start <= byte && byte <= r.end);
        match run {
            Some(r) => r.breaks + 1,
            None if byte == 0 => 1,
            None => pos.line(),
        }
    }

    fn close(&mut self) {
        if let Some(run) = self.open.take()
            && self.runs.len() < MAX_RUNS
        {
            self.runs.push_back(run);
        }
    }

    /// Reads the first bytes: a BOM is dropped, anything else waits in
    /// `pending` to be handed on.
    fn skip_bom(&mut self) -> io::Result<()> {
        let mut byte = [0u8; 1];
        while self.pending.len() < BOM.len() && BOM.starts_with(&self.pending) {
            match self.inner.read(&mut byte)? {
                0 => break,
                _ => self.pending.push(byte[0]),
            }
        }
        if self.pending == BOM {
            self.pending.clear();
        }
        self.checked = true;
        Ok(())
    }
}

impl<R: Read> Read for CsvLines<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if !self.checked {
            self.skip_bom()?;
        }
        let n = if self.pending.is_empty() {
            self.inner.read(buf)?
        } else {
            let n = self.pending.len().min(buf.len());
            buf[..n].copy_from_slice(&self.pending[..n]);
            self.pending.drain(..n);
            n
        };
        let read = &buf[..n];
        for at in memchr::memchr2_iter(b'\r', b'\n', read) {
            let byte = self.offset + at as u64;
            if self.open.is_none_or(|r| r.end != byte) {
                self.close();
                self.last_was_cr = false;
                self.open = Some(Run { start: byte, end: byte, breaks: self.breaks });
            }
            let cr = read[at] == b'\r';
            if cr || !self.last_was_cr {
                self.breaks += 1;
            }
            self.last_was_cr = cr;
            if let Some(run) = self.open.as_mut() {
                run.end = byte + 1;
                run.breaks = self.breaks;
            }
        }
        if read.last().is_some_and(|&b| b != b'\r' && b != b'\n') {
            self.close();
        }
        self.offset += n as u64;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Hands out bytes in small chunks, so that CRLFs and a BOM fall across
    /// reads too.
    struct Chunks<'a>(&'a [u8], usize);

    impl Read for Chunks<'_> {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            let n = self.0.len().min(self.1).min(buf.len());
            buf[..n].copy_from_slice(&self.0[..n]);
            self.0 = &self.0[n..];
            Ok(n)
        }
    }

    #[test]
    fn a_bom_is_dropped_however_it_arrives() {
        for chunk in [1, 2, 3, 64] {
            for (text, kept) in [
                (&b"\xEF\xBB\xBFa,b\n"[..], &b"a,b\n"[..]),
                (b"\xEF\xBBa\n", b"\xEF\xBBa\n"),
                (b"\xEF\xBB", b"\xEF\xBB"),
                (b"\xEF\xBB\xBF", b""),
                (b"a,\xEF\xBB\xBF\n", b"a,\xEF\xBB\xBF\n"),
            ] {
                let mut out = Vec::new();
                CsvLines::new(Chunks(text, chunk)).read_to_end(&mut out).unwrap();
                assert_eq!(out, kept, "chunk {chunk}");
            }
        }
    }

    #[test]
    fn a_cell_of_a_million_lines_keeps_few_runs() {
        let mut text = b"a,b\n\"".to_vec();
        text.extend(b"x\n".repeat(MAX_RUNS + 1000));
        text.extend(b"\",1\n2,3\n");
        let mut reader = csv::ReaderBuilder::new().has_headers(false).from_reader(CsvLines::new(&text[..]));
        let mut record = csv::ByteRecord::new();
        let mut most = 0;
        while reader.read_byte_record(&mut record).expect("valid CSV") {
            most = most.max(reader.get_ref().runs.len());
        }
        assert!(most <= MAX_RUNS, "{most}");
    }

    /// The line of every record and of the header, as flea reports them.
    fn lines(text: &[u8], chunk: usize) -> Vec<u64> {
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .buffer_capacity(8)
            .from_reader(CsvLines::new(Chunks(text, chunk)));
        let mut record = csv::ByteRecord::new();
        let mut out = Vec::new();
        while reader.read_byte_record(&mut record).expect("valid CSV") {
            let pos = record.position().expect("a position").clone();
            out.push(reader.get_mut().line(&pos));
        }
        out
    }

    #[test]
    fn records_after_crlf_are_on_their_own_line() {
        for chunk in [1, 2, 3, 64] {
            assert_eq!(lines(b"a,b\r\n1,2\r\n3,4\r\n", chunk), [1, 2, 3], "chunk {chunk}");
            assert_eq!(lines(b"a,b\n1,2\n3,4\n", chunk), [1, 2, 3], "chunk {chunk}");
            assert_eq!(lines(b"a,b\r\n\"x\r\ny\",2\r\n3,4", chunk), [1, 2, 4], "chunk {chunk}");
            assert_eq!(lines(b"a,b\r\n\r\n1,2\r\n", chunk), [1, 3], "chunk {chunk}");
            assert_eq!(lines(b"a,b\n1,2\r\n3,4\n5,6\r\n", chunk), [1, 2, 3, 4], "chunk {chunk}");
            assert_eq!(lines(b"\n\na,b\n\n\n1,2", chunk), [3, 6], "chunk {chunk}");
            assert_eq!(lines(b"a,b\r1,2\r3,4", chunk), [1, 2, 3], "chunk {chunk}");
            assert_eq!(lines(b"a,b\n\r\n\r\r1,2", chunk), [1, 5], "chunk {chunk}");
            assert_eq!(lines(b"\xEF\xBB\xBF\n\na,b\r\n1,2", chunk), [3, 4], "chunk {chunk}: a BOM");
            assert_eq!(lines(b"\xEF\xBBa,b\n1,2", chunk), [1, 2], "chunk {chunk}: not quite a BOM");
        }
    }
}
