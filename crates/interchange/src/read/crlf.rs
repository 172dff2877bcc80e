//! CRLF line ends read as LF. The csv crate counts a CRLF row's line only
//! when the next row starts, so without this every line number in a
//! Windows file would be one short.

use std::io::{self, Read};

pub struct CrLf<R> {
    inner: R,
    held_cr: bool,
    scratch: Vec<u8>,
    /// A byte produced that did not fit a one-byte read.
    spill: Option<u8>,
}

impl<R: Read> CrLf<R> {
    pub fn new(inner: R) -> CrLf<R> {
        CrLf {
            inner,
            held_cr: false,
            scratch: Vec::new(),
            spill: None,
        }
    }
}

impl<R: Read> Read for CrLf<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if buf.is_empty() {
            return Ok(0);
        }
        if let Some(b) = self.spill.take() {
            buf[0] = b;
            return Ok(1);
        }
        if buf.len() < 2 {
            // Room for a held CR and the byte after it, always.
            let mut two = [0u8; 2];
            let n = self.read(&mut two)?;
            if n == 2 {
                self.spill = Some(two[1]);
            }
            buf[0] = two[0];
            return Ok(n.min(1));
        }
        loop {
            self.scratch.resize(buf.len() - 1, 0);
            let n = self.inner.read(&mut self.scratch)?;
            let mut w = 0;
            if n == 0 {
                if std::mem::take(&mut self.held_cr) {
                    buf[0] = b'\r';
                    return Ok(1);
                }
                return Ok(0);
            }
            for &b in &self.scratch[..n] {
                if std::mem::take(&mut self.held_cr) && b != b'\n' {
                    buf[w] = b'\r';
                    w += 1;
                }
                if b == b'\r' {
                    self.held_cr = true;
                } else {
                    buf[w] = b;
                    w += 1;
                }
            }
            // A read of a lone held CR gives nothing yet; read on.
            if w > 0 {
                return Ok(w);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn through(input: &[u8], chunk: usize) -> Vec<u8> {
        let mut r = CrLf::new(input);
        let mut out = Vec::new();
        let mut buf = vec![0u8; chunk];
        loop {
            let n = r.read(&mut buf).unwrap();
            if n == 0 {
                break;
            }
            out.extend_from_slice(&buf[..n]);
        }
        out
    }

    #[test]
    fn crlf_becomes_lf_and_lone_cr_stays() {
        for chunk in [1, 2, 3, 7, 64] {
            assert_eq!(through(b"a\r\nb\r\n", chunk), b"a\nb\n", "{chunk}");
            assert_eq!(through(b"a\rb\r", chunk), b"a\rb\r", "{chunk}");
            assert_eq!(through(b"\r\r\n", chunk), b"\r\n", "{chunk}");
        }
    }
}
