//! The real terminal: set up, the event loop, and putting everything back
//! on quit, on panic and on SIGTERM/SIGHUP.

use super::action::{Action, Effect};
use super::app::App;
use super::{action_for_event, draw, update};
use crate::model::Date;
use crate::store::Store;
use anyhow::Context;
use crossterm::cursor::Show;
use crossterm::event::{self, DisableBracketedPaste, EnableBracketedPaste, Event};
use crossterm::terminal::{BeginSynchronizedUpdate, EndSynchronizedUpdate};
use crossterm::{execute, queue};
use ratatui::DefaultTerminal;
use ratatui::layout::Rect;
use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
use std::io::{self, stdout};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::time::Duration;

/// How long to wait for a key before looking at the signal flag and the
/// terminal again. Waking up draws nothing: an idle session sends no bytes.
const SIGNAL_CHECK: Duration = Duration::from_millis(250);
const LOAD_CHECK: Duration = Duration::from_millis(20);
/// A client looks at the owner's change feed this often (reading two
/// atomics; nothing is drawn or sent unless something changed), so a save
/// elsewhere shows here within a tenth of a second.
const FEED_CHECK: Duration = Duration::from_millis(50);

/// Reads terminal events on a thread of their own. When the terminal hangs
/// up (a dropped SSH link), crossterm's reader spins on end-of-file inside
/// `event::read` and never returns; with the reading on this thread, the
/// loop still wakes up, sees the hang-up and ends the session cleanly.
fn spawn_reader() -> Receiver<io::Result<Event>> {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        loop {
            let ev = event::read();
            let failed = ev.is_err();
            if tx.send(ev).is_err() || failed {
                break;
            }
        }
    });
    rx
}

/// Runs the TUI on `store` until the user quits or a termination signal
/// arrives, then restores the terminal and flushes the store.
pub fn run(store: Store, today: Date) -> anyhow::Result<()> {
    run_then(store, today, || {})
}

/// `run`, calling `after_first_frame` once the first frame is on the
/// screen: work that must not delay it (the daily backup) starts there.
pub fn run_then(store: Store, today: Date, after_first_frame: impl FnOnce()) -> anyhow::Result<()> {
    let stop = Arc::clone(crate::signals::termination_flag());
    for sig in [SIGTERM, SIGHUP, SIGINT] {
        signal_hook::flag::register(sig, Arc::clone(&stop))
            .context("cannot install the signal handlers")?;
    }
    // Installed before ratatui's own hook, so it runs after that hook has
    // left raw mode and the alternate screen.
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(stdout(), EndSynchronizedUpdate, DisableBracketedPaste, Show);
        previous(info);
    }));
    let mut terminal = ratatui::try_init().context(
        "cannot take over the terminal; run kumban in a terminal window, or use `kumban status`",
    )?;
    let mut app = App::new(store.clone(), today);
    let result = execute!(stdout(), EnableBracketedPaste)
        .and_then(|_| event_loop(&mut terminal, &mut app, &stop, after_first_frame));
    let _ = execute!(stdout(), DisableBracketedPaste);
    ratatui::restore();
    let _ = execute!(stdout(), Show);
    let flushed = store.flush();
    result.context("the terminal stopped working")?;
    flushed?;
    Ok(())
}

fn event_loop(
    terminal: &mut DefaultTerminal,
    app: &mut App,
    stop: &AtomicBool,
    after_first_frame: impl FnOnce(),
) -> io::Result<()> {
    let mut after_first_frame = Some(after_first_frame);
    let size = terminal.size()?;
    update(app, Action::Resize(size.width, size.height));
    let events = spawn_reader();
    let mut dirty = true;
    let mut full = false;
    loop {
        if stop.load(Ordering::SeqCst) {
            return Ok(());
        }
        if !app.loading.is_empty() && app.take_loaded() {
            dirty = true;
        }
        if dirty {
            if full {
                terminal.clear()?;
            }
            draw_frame(terminal, app)?;
            if let Some(then) = after_first_frame.take() {
                then();
            }
            dirty = false;
            full = false;
        }
        // A list loading behind the screen is looked for often, so it
        // shows as soon as it is ready.
        let wait = if !app.loading.is_empty() {
            LOAD_CHECK
        } else if app.seen.is_some() {
            FEED_CHECK
        } else {
            SIGNAL_CHECK
        };
        let ev = match events.recv_timeout(wait) {
            Ok(ev) => ev?,
            Err(RecvTimeoutError::Timeout) => {
                if app.refresh_if_changed() {
                    dirty = true;
                }
                // A hung-up terminal fails this ioctl (no bytes are sent).
                if crossterm::terminal::size().is_err() {
                    return Ok(());
                }
                continue;
            }
            Err(RecvTimeoutError::Disconnected) => return Ok(()),
        };
        if let Event::Resize(w, h) = ev {
            // At once, and without clear(): the next draw repaints all.
            terminal.resize(Rect::new(0, 0, w, h))?;
            dirty = true;
        }
        let Some(action) = action_for_event(app, &ev) else {
            continue;
        };
        for effect in update(app, action) {
            match effect {
                Effect::Render => dirty = true,
                Effect::FullRedraw => {
                    dirty = true;
                    full = true;
                }
                Effect::Quit => return Ok(()),
            }
        }
    }
}

/// One frame, inside a synchronized update so that a slow link never shows
/// half of it.
fn draw_frame(terminal: &mut DefaultTerminal, app: &App) -> io::Result<()> {
    queue!(terminal.backend_mut(), BeginSynchronizedUpdate)?;
    let drawn = terminal.draw(|f| draw::draw(f, app)).map(|_| ());
    let ended = execute!(terminal.backend_mut(), EndSynchronizedUpdate);
    drawn.and(ended)
}
