//! What the real terminal shows, and the next frame sent as few bytes as
//! we can: over a 2G link every byte is felt.
//!
//! A frame is rendered off screen, then compared with what the terminal
//! shows now (kept here, cell by cell). When a list scrolled, the rows
//! still on screen are moved by the terminal itself (a scrolling region,
//! `CSI top;bottom r` then `CSI n S` or `CSI n T`, which every terminal
//! kumban meets has), so a scrolled row costs about one row of bytes
//! instead of a whole list. Only the cells that still differ are written.

use crossterm::cursor::{Hide, MoveTo, Show};
use crossterm::queue;
use crossterm::terminal::{BeginSynchronizedUpdate, Clear, ClearType, EndSynchronizedUpdate};
use ratatui::backend::{Backend, CrosstermBackend, TestBackend};
use ratatui::buffer::{Buffer, Cell};
use ratatui::layout::{Position, Rect};
use ratatui::{Frame, Terminal};
use std::io::{self, Write};
use std::ops::Range;

pub struct Screen<W: Write> {
    out: W,
    /// Renders frames off screen; its buffer is the next frame.
    render: Terminal<TestBackend>,
    /// What the terminal shows now.
    shown: Buffer,
    /// Where the terminal's cursor is shown (`None`: hidden).
    cursor: Option<Position>,
    /// Frames sent so far.
    pub frames: u64,
}

impl<W: Write> Screen<W> {
    /// A screen of `width`×`height` that starts blank (a fresh alternate
    /// screen) with the cursor hidden.
    pub fn new(out: W, width: u16, height: u16) -> io::Result<Screen<W>> {
        let mut out = out;
        queue!(out, Hide)?;
        let render = Terminal::new(TestBackend::new(width, height)).map_err(io::Error::other)?;
        Ok(Screen {
            out,
            render,
            shown: Buffer::empty(Rect::new(0, 0, width, height)),
            cursor: None,
            frames: 0,
        })
    }

    pub fn writer(&self) -> &W {
        &self.out
    }

    pub fn writer_mut(&mut self) -> &mut W {
        &mut self.out
    }

    pub fn size(&self) -> (u16, u16) {
        (self.shown.area.width, self.shown.area.height)
    }

    /// A new size: the terminal is cleared and the next frame drawn whole.
    pub fn resize(&mut self, width: u16, height: u16) -> io::Result<()> {
        self.render.backend_mut().resize(width, height);
        self.clear(Rect::new(0, 0, width, height))
    }

    /// Ctrl-L: clear the terminal and draw everything again.
    pub fn redraw_all(&mut self) -> io::Result<()> {
        self.clear(self.shown.area)
    }

    fn clear(&mut self, area: Rect) -> io::Result<()> {
        queue!(&mut self.out, Clear(ClearType::All))?;
        self.shown = Buffer::empty(area);
        Ok(())
    }

    /// Draws one frame with `paint`. `scroll` is the band of rows whose
    /// content may have moved up or down (a list's rows), if any.
    pub fn draw(
        &mut self,
        scroll: Option<Range<u16>>,
        paint: impl FnOnce(&mut Frame),
    ) -> io::Result<()> {
        let frame = self.render.draw(paint).map_err(io::Error::other)?;
        let next = frame.buffer.clone();
        let backend = self.render.backend();
        let cursor = backend.cursor_visible().then(|| backend.cursor_position());
        if next.area != self.shown.area {
            self.clear(next.area)?;
        }
        queue!(&mut self.out, BeginSynchronizedUpdate)?;
        if let Some(rows) = scroll {
            self.scroll_to_match(&next, rows)?;
        }
        let diff = self.shown.diff(&next);
        if !diff.is_empty() {
            CrosstermBackend::new(&mut self.out).draw(diff.into_iter())?;
        }
        let w = &mut self.out;
        match (self.cursor, cursor) {
            (_, None) if self.cursor.is_some() => queue!(w, Hide)?,
            (_, Some(p)) => {
                queue!(w, MoveTo(p.x, p.y))?;
                if self.cursor.is_none() {
                    queue!(w, Show)?;
                }
            }
            _ => {}
        }
        queue!(w, EndSynchronizedUpdate)?;
        w.flush()?;
        self.cursor = cursor;
        self.shown = next;
        self.frames += 1;
        Ok(())
    }

    /// Moves the rows of `band` on the terminal by the shift that leaves
    /// the most of them right for `next`, when that saves at least two rows.
    fn scroll_to_match(&mut self, next: &Buffer, band: Range<u16>) -> io::Result<()> {
        let h = self.shown.area.height;
        let band = band.start.min(h)..band.end.min(h);
        let len = band.end.saturating_sub(band.start) as i32;
        if len < 3 {
            return Ok(());
        }
        let matching = |shift: i32| -> i32 {
            band.clone()
                .filter(|&y| {
                    let from = i32::from(y) + shift;
                    from >= i32::from(band.start)
                        && from < i32::from(band.end)
                        && row(next, y) == row(&self.shown, from as u16)
                })
                .count() as i32
        };
        let stay = matching(0);
        let best = (1..len)
            .flat_map(|s| [s, -s])
            .map(|s| (matching(s), s))
            .max_by_key(|(m, s)| (*m, -s.abs()));
        let Some((m, shift)) = best else {
            return Ok(());
        };
        if m < stay + 2 {
            return Ok(());
        }
        let w = &mut self.out;
        // Margins are 1-based and inclusive; setting them homes the cursor.
        write!(w, "\x1b[{};{}r", band.start + 1, band.end)?;
        if shift > 0 {
            write!(w, "\x1b[{shift}S")?;
        } else {
            write!(w, "\x1b[{}T", -shift)?;
        }
        write!(w, "\x1b[r")?;
        shift_rows(&mut self.shown, band, shift);
        Ok(())
    }
}

fn row(buf: &Buffer, y: u16) -> &[Cell] {
    let w = usize::from(buf.area.width);
    let start = usize::from(y) * w;
    &buf.content[start..start + w]
}

/// What the terminal does to `band` on a scroll by `shift` rows (up when
/// positive): the rows move, and the rows uncovered are blank.
fn shift_rows(buf: &mut Buffer, band: Range<u16>, shift: i32) {
    let w = usize::from(buf.area.width);
    let (top, bottom) = (usize::from(band.start), usize::from(band.end));
    let n = shift.unsigned_abs() as usize;
    let rows: Vec<Vec<Cell>> = (top..bottom).map(|y| row(buf, y as u16).to_vec()).collect();
    for y in top..bottom {
        let from = if shift > 0 {
            (y + n < bottom).then(|| y + n)
        } else {
            (y >= top + n).then(|| y - n)
        };
        let cells = match from {
            Some(f) => rows[f - top].clone(),
            None => vec![Cell::default(); w],
        };
        buf.content[y * w..(y + 1) * w].clone_from_slice(&cells);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::widgets::Paragraph;

    fn lines(first: usize, n: usize) -> String {
        (first..first + n)
            .map(|i| format!("row number {i:03}"))
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// What a terminal would show after the bytes, through vt100.
    fn shown(bytes: &[u8]) -> String {
        let nz = |n| std::num::NonZeroU16::new(n).unwrap();
        let mut p = vt100::Parser::new(nz(10), nz(20), 0);
        p.process(bytes);
        p.screen().contents()
    }

    #[test]
    fn a_scrolled_list_moves_its_rows_on_the_terminal() {
        let mut s = Screen::new(Vec::new(), 20, 10).unwrap();
        s.draw(Some(1..9), |f| {
            f.render_widget(Paragraph::new(format!("head\n{}", lines(0, 9))), f.area())
        })
        .unwrap();
        let first = s.writer().len();
        s.draw(Some(1..9), |f| {
            f.render_widget(Paragraph::new(format!("head\n{}", lines(1, 9))), f.area())
        })
        .unwrap();
        let bytes = s.writer().clone();
        let scrolled = bytes.len() - first;
        // Two new rows (the band's last and the row below it) and the
        // frame's markers; all nine rows would be over 200.
        assert!(
            scrolled < 120,
            "one new row should cost about a row: {scrolled} bytes"
        );
        assert!(bytes.windows(4).any(|w| w == b"\x1b[1S"), "scrolled up");
        let expected = format!("head\n{}", lines(1, 9));
        assert_eq!(shown(&bytes).trim_end(), expected);
        // And back down.
        s.draw(Some(1..9), |f| {
            f.render_widget(Paragraph::new(format!("head\n{}", lines(0, 9))), f.area())
        })
        .unwrap();
        let expected = format!("head\n{}", lines(0, 9));
        assert_eq!(shown(s.writer()).trim_end(), expected);
    }
}
