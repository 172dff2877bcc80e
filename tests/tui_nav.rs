//! Getting around: the bar of numbered groups at 80×24 on each screen
//! (and with labels 40% longer), the go-to palette opened and narrowed,
//! and every screen reached in at most two keys through the real key path.

mod support;

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use kumban::tui::keymap::Mode;
use kumban::tui::nav::{self, GroupLabels};
use kumban::tui::theme::Theme;
use kumban::tui::{App, Tab, action_for_event, update};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::Modifier;
use support::tui::*;

fn press_with(app: &mut App, code: KeyCode, mods: KeyModifiers) {
    let ev = Event::Key(KeyEvent::new(code, mods));
    if let Some(a) = action_for_event(app, &ev) {
        update(app, a);
    }
}

fn press(app: &mut App, code: KeyCode) {
    press_with(app, code, KeyModifiers::NONE)
}

fn typed(app: &mut App, s: &str) {
    for c in s.chars() {
        press(app, KeyCode::Char(c));
    }
}

/// A key as help writes it, pressed.
fn press_named(app: &mut App, name: &str) {
    match name {
        "Tab" => press(app, KeyCode::Tab),
        "Shift-Tab" => press_with(app, KeyCode::BackTab, KeyModifiers::SHIFT),
        other => typed(app, other),
    }
}

/// The bar alone, `width` cells wide, with a second line that marks the
/// cells drawn reversed (`^`): where the snapshot shows you are.
fn bar(labels: &[GroupLabels], tab: Tab, width: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, 1)).unwrap();
    terminal
        .draw(|f| {
            let line = nav::bar_line(labels, tab, usize::from(width), &Theme::plain());
            f.render_widget(line, f.area());
        })
        .unwrap();
    let buf = terminal.backend().buffer();
    let (mut text, mut marks) = (String::new(), String::new());
    let mut skip = 0;
    for x in 0..width {
        let cell = &buf[(x, 0)];
        if skip == 0 {
            text.push_str(cell.symbol());
        }
        skip = std::cmp::max(skip, unicode_width::UnicodeWidthStr::width(cell.symbol()))
            .saturating_sub(1);
        let here = cell.modifier.contains(Modifier::REVERSED);
        marks.push(if here { '^' } else { ' ' });
    }
    format!("{}\n{}\n", text.trim_end(), marks.trim_end())
}

fn every_screen(labels: &[GroupLabels], width: u16) -> String {
    Tab::ALL
        .iter()
        .map(|t| format!("{:?}:\n{}", t, bar(labels, *t, width)))
        .collect()
}

#[test]
fn the_bar_on_every_screen_at_80_columns() {
    let s = every_screen(&nav::labels(), 80);
    insta::assert_snapshot!("bar_80", s);
}

/// Labels 40% longer than today's (as a translation may be): the bar
/// gives up padding, then sibling screens, then other groups' names, and
/// neither overflows nor wraps; the current screen stays named.
#[test]
fn the_bar_with_labels_forty_percent_longer() {
    let longer = |s: &str| {
        let extra = (s.chars().count() * 2).div_ceil(5);
        format!("{s}{}", "ຍ".repeat(extra))
    };
    let long: Vec<GroupLabels> = nav::labels()
        .into_iter()
        .map(|g| GroupLabels {
            label: longer(&g.label),
            screens: g.screens.iter().map(|s| longer(s)).collect(),
        })
        .collect();
    for width in [80u16, 60] {
        for tab in Tab::ALL {
            let shown = bar(&long, tab, width);
            let first = shown.lines().next().unwrap_or_default();
            assert!(
                unicode_width::UnicodeWidthStr::width(first) <= usize::from(width),
                "{shown}"
            );
            let (g, p) = nav::place(tab);
            assert!(first.contains(&long[g].screens[p]), "{width}: {shown}");
        }
    }
    insta::assert_snapshot!("bar_long_labels_80", every_screen(&long, 80));
    insta::assert_snapshot!("bar_long_labels_60", every_screen(&long, 60));
}

/// Through the real keys: from every screen to every other, the fewest
/// keys the keymap offers (at most two) lead there.
#[test]
fn every_screen_is_two_keys_from_every_other() {
    let mut f = demo();
    for from in Tab::ALL {
        for to in Tab::ALL {
            update(&mut f.app, kumban::tui::Action::GoTab(from));
            let keys = nav::shortest(from, to, 2);
            let Some(keys) = keys else {
                panic!("{from:?} to {to:?}: more than two keys");
            };
            for k in &keys {
                press_named(&mut f.app, k);
            }
            assert_eq!(f.app.tab, to, "{from:?} then {keys:?}");
        }
    }
}

#[test]
fn the_palette_opens_narrows_and_goes() {
    let mut f = demo();
    press(&mut f.app, KeyCode::Char('2'));
    press(&mut f.app, KeyCode::Char(':'));
    assert_eq!(f.app.mode(), Mode::Palette);
    insta::assert_snapshot!("palette_open", screen(&f.app));

    // Letters are typed, not taken for keys: `b` and `r` narrow.
    typed(&mut f.app, "BR");
    assert_eq!(f.app.mode(), Mode::Palette);
    insta::assert_snapshot!("palette_filtered", screen(&f.app));
    press(&mut f.app, KeyCode::Enter);
    assert_eq!(f.app.tab, Tab::Breeding);
    assert_eq!(f.app.mode(), Mode::Main);

    // Ctrl-P too; arrows choose; Esc closes and stays put.
    press_with(&mut f.app, KeyCode::Char('p'), KeyModifiers::CONTROL);
    assert_eq!(f.app.mode(), Mode::Palette);
    press(&mut f.app, KeyCode::Down);
    press(&mut f.app, KeyCode::Esc);
    assert_eq!(f.app.tab, Tab::Breeding);
    assert!(f.app.popups.is_empty());
    press(&mut f.app, KeyCode::Char(':'));
    press(&mut f.app, KeyCode::Down);
    press(&mut f.app, KeyCode::Enter);
    assert_eq!(f.app.tab, Tab::Weights, "the one after Breeding");

    // Nothing matches: Enter does nothing; Backspace widens again.
    press(&mut f.app, KeyCode::Char(':'));
    typed(&mut f.app, "zz");
    assert!(screen(&f.app).contains("No screen has that name."));
    press(&mut f.app, KeyCode::Enter);
    assert_eq!(f.app.mode(), Mode::Palette);
    press(&mut f.app, KeyCode::Backspace);
    press(&mut f.app, KeyCode::Backspace);
    typed(&mut f.app, "hist");
    press(&mut f.app, KeyCode::Enter);
    assert_eq!(f.app.tab, Tab::History);
}

#[test]
fn a_paste_into_the_palette_narrows_and_never_goes() {
    let mut f = demo();
    press(&mut f.app, KeyCode::Char(':'));
    let a = action_for_event(&f.app, &Event::Paste("cattle\r\n".into())).unwrap();
    update(&mut f.app, a);
    assert_eq!(f.app.mode(), Mode::Palette, "a pasted Enter does not go");
    let s = screen(&f.app);
    assert!(s.contains("> cattle"), "{s}");
    assert!(s.contains("3 Herd › Cattle"), "{s}");
    assert!(!s.contains("Herd › Pens"), "{s}");
}
