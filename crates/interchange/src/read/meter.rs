//! A reader that counts what passes through it and refuses to deliver
//! more than a bounded number of bytes for one row, so that a 1 GB line or
//! a quote left open is reported, not loaded into memory.

use std::cell::Cell;
use std::io::{self, Read};
use std::rc::Rc;

#[derive(Debug, Default)]
pub struct Meter {
    total: Cell<u64>,
    since_mark: Cell<u64>,
    newlines: Cell<u64>,
    overflowed: Cell<bool>,
}

impl Meter {
    /// Bytes read from the file so far (for the progress bar).
    pub fn total(&self) -> u64 {
        self.total.get()
    }

    /// The line the reader has reached, counting from 1.
    pub fn line(&self) -> u64 {
        self.newlines.get() + 1
    }

    /// A row has ended: the bound starts again.
    pub fn mark(&self) {
        self.since_mark.set(0);
    }

    /// True once a row went over the bound; the read that noticed failed.
    pub fn overflowed(&self) -> bool {
        self.overflowed.get()
    }
}

pub struct Metered<R> {
    inner: R,
    meter: Rc<Meter>,
    limit: u64,
}

impl<R: Read> Metered<R> {
    /// `limit` bytes per row, plus whatever the parser above buffers.
    pub fn new(inner: R, limit: u64) -> (Metered<R>, Rc<Meter>) {
        let meter = Rc::new(Meter::default());
        (
            Metered {
                inner,
                meter: meter.clone(),
                limit,
            },
            meter,
        )
    }
}

impl<R: Read> Read for Metered<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let m = &self.meter;
        if m.since_mark.get() > self.limit {
            m.overflowed.set(true);
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                format!("a row longer than {} bytes", self.limit),
            ));
        }
        let n = self.inner.read(buf)?;
        let got = &buf[..n];
        m.total.set(m.total.get() + n as u64);
        m.since_mark.set(m.since_mark.get() + n as u64);
        let lines = got.iter().filter(|b| **b == b'\n').count() as u64;
        m.newlines.set(m.newlines.get() + lines);
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stops_a_long_row_without_reading_it_all() {
        let data = vec![b'x'; 10_000];
        let (mut r, meter) = Metered::new(&data[..], 100);
        let mut buf = [0u8; 64];
        let mut read = 0;
        let err = loop {
            match r.read(&mut buf) {
                Ok(0) => panic!("read everything"),
                Ok(n) => read += n,
                Err(e) => break e,
            }
        };
        assert!(read <= 100 + 64, "{read}");
        assert!(meter.overflowed());
        assert!(err.to_string().contains("longer than 100 bytes"));
    }

    #[test]
    fn counts_lines_and_resets_per_row() {
        let data = b"a\nb\nc\n".repeat(50);
        let (mut r, meter) = Metered::new(&data[..], 10);
        let mut buf = [0u8; 4];
        while r.read(&mut buf).unwrap() > 0 {
            meter.mark();
        }
        assert_eq!(meter.line(), 151);
        assert_eq!(meter.total(), 300);
    }
}
