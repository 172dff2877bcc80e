//! The real terminal: set up, the event loop, and putting everything back
//! on quit, on panic, on SIGTERM and when the link to the user drops.

use super::action::{Action, Effect};
use super::app::{App, Popup};
use super::draft::{self, Draft};
use super::link::{self, Terminals, Watchdog};
use super::screen::Screen;
use super::{action_for_event, draw, update};
use anyhow::Context;
use crossterm::cursor::Show;
use crossterm::event::{self, DisableBracketedPaste, EnableBracketedPaste, Event};
use crossterm::execute;
use crossterm::terminal::{
    EndSynchronizedUpdate, EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode,
    enable_raw_mode,
};
use kumban_model::Date;
use kumban_store::Store;
use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
use std::fs::File;
use std::io::{self, BufWriter, stdout};
use std::os::fd::AsFd;
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

type Out = Screen<BufWriter<File>>;

/// How a session ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum End {
    /// The user quit.
    Quit,
    /// SIGTERM, SIGINT or SIGHUP.
    Signal,
    /// The terminal hung up (end of file, an I/O error, a hang-up seen by
    /// poll) or stopped taking output: nobody is there any more.
    LinkGone,
}

/// Reads terminal events on a thread of their own. When the terminal hangs
/// up, crossterm's reader may spin on end-of-file inside `event::read` and
/// never return; with the reading on this thread, the loop still wakes up,
/// sees the hang-up and ends the session.
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

/// Runs the TUI on `store` until the user quits, a termination signal
/// arrives or the terminal goes away, then restores the terminal (when
/// there is one left) and flushes the store. A form left unsaved by
/// anything but the user's own quitting is kept as a draft.
pub fn run(store: Store, today: Date) -> anyhow::Result<()> {
    run_then(store, today, || {})
}

/// `run`, calling `after_first_frame` once the first frame is on the
/// screen: work that must not delay it (the daily backup) starts there.
pub fn run_then(store: Store, today: Date, after_first_frame: impl FnOnce()) -> anyhow::Result<()> {
    let stop = Arc::clone(kumban_store::signals::termination_flag());
    let mut signals = vec![SIGTERM, SIGINT];
    // A parent that set SIGHUP to be ignored asked for that; the terminal
    // itself then tells when the link is gone.
    if !link::hangup_ignored() {
        signals.push(SIGHUP);
    }
    for sig in signals {
        signal_hook::flag::register(sig, Arc::clone(&stop))
            .context("cannot install the signal handlers")?;
    }
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        // Quietly: the terminal may be gone, and a failure here must not
        // become a second panic.
        let _ = disable_raw_mode();
        let _ = execute!(
            stdout(),
            EndSynchronizedUpdate,
            DisableBracketedPaste,
            LeaveAlternateScreen,
            Show
        );
        previous(info);
    }));
    let taken =
        "cannot take over the terminal; run kumban in a terminal window, or use `kumban status`";
    let terminals = Terminals::at_start();
    let (w, h) = crossterm::terminal::size().context(taken)?;
    enable_raw_mode().context(taken)?;
    // Written straight to the descriptor: no hidden buffer left to block
    // the exit when the terminal stops taking output.
    let out = stdout()
        .as_fd()
        .try_clone_to_owned()
        .map(File::from)
        .context(taken)?;
    let mut screen = Screen::new(BufWriter::with_capacity(1 << 16, out), w, h).context(taken)?;
    let _ = execute!(
        screen.writer_mut(),
        EnterAlternateScreen,
        EnableBracketedPaste
    );
    let mut app = App::new(store.clone(), today);
    draft::offer(&mut app);
    let watchdog = Watchdog::start(link::write_timeout(), store.downgrade());
    let end = event_loop(
        &mut screen,
        &mut app,
        &stop,
        &terminals,
        &watchdog,
        after_first_frame,
    );
    if end != End::Quit {
        keep_draft(&app);
    }
    if watchdog.stalled() {
        // Nobody reads the terminal: writing more would only block.
        std::mem::forget(screen);
    } else {
        let _ = execute!(
            screen.writer_mut(),
            DisableBracketedPaste,
            LeaveAlternateScreen,
            Show
        );
        drop(screen);
    }
    let _ = disable_raw_mode();
    drop(app);
    store.flush()?;
    Ok(())
}

/// The form on top with something typed in it, kept for the next session.
fn keep_draft(app: &App) {
    let form = app.popups.iter().rev().find_map(|p| match p {
        Popup::Form(f) => Draft::of(f),
        _ => None,
    });
    if let Some(d) = form {
        // Nobody to tell when this fails: the session is over.
        let _ = d.save(app.store.path());
    }
}

fn event_loop(
    screen: &mut Out,
    app: &mut App,
    stop: &AtomicBool,
    terminals: &Terminals,
    watchdog: &Watchdog,
    after_first_frame: impl FnOnce(),
) -> End {
    let mut after_first_frame = Some(after_first_frame);
    let (w, h) = screen.size();
    update(app, Action::Resize(w, h));
    let events = spawn_reader();
    let mut dirty = true;
    let mut full = false;
    loop {
        if stop.load(Ordering::SeqCst) {
            return End::Signal;
        }
        if app.busy() && app.take_loaded() {
            dirty = true;
        }
        if dirty {
            let drawn = watchdog.watch(|| {
                if full {
                    screen.redraw_all()?;
                }
                let band = draw::scroll_band(app);
                screen.draw(band, |f| draw::draw(f, app))
            });
            if drawn.is_err() || watchdog.stalled() {
                return End::LinkGone;
            }
            if let Some(then) = after_first_frame.take() {
                then();
            }
            dirty = false;
            full = false;
        }
        // A list or a picker's choices loading behind the screen is looked
        // for often, so it shows as soon as it is ready.
        let wait = if !app.loading.is_empty() || app.pickers.busy() {
            LOAD_CHECK
        } else if app.seen.is_some() {
            FEED_CHECK
        } else {
            SIGNAL_CHECK
        };
        let first = match events.recv_timeout(wait) {
            Ok(ev) => ev,
            Err(RecvTimeoutError::Timeout) => {
                if terminals.gone() {
                    return End::LinkGone;
                }
                if app.refresh_if_changed() {
                    dirty = true;
                }
                continue;
            }
            Err(RecvTimeoutError::Disconnected) => return End::LinkGone,
        };
        // Every event already waiting is applied before the next frame:
        // a held key (or keys typed ahead on a slow link) costs one frame
        // per batch, not one per key.
        let batch = std::iter::once(first)
            .chain(std::iter::from_fn(|| events.try_recv().ok()))
            .flat_map(|ev| match ev {
                Ok(ev) => super::escape::split(ev).into_iter().map(Ok).collect(),
                Err(e) => vec![Err(e)],
            });
        for ev in batch {
            let Ok(ev) = ev else {
                // The terminal cannot be read: end of file or an I/O error.
                return End::LinkGone;
            };
            if let Event::Resize(w, h) = ev {
                if screen.resize(w, h).is_err() {
                    return End::LinkGone;
                }
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
                    Effect::Quit => return End::Quit,
                }
            }
        }
    }
}
