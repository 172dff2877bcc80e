//! The form widget: labels in one column, values in the next, each error
//! (`!`) and warning (`?`) under its value. The focused field is marked
//! with `>` and REVERSED+BOLD so it shows without colour. Fields scroll
//! when they do not fit.

use super::field::{Field, FieldKind};
use super::form::Form;
use super::keys::{self, short_name};
use super::line_edit::width;
use super::text_wrap::{pad_to, wrap};
use kumban_i18n::tr;
use kumban_model::Currency;
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Widget};
use std::borrow::Cow;

pub use super::picker_view::PickerView;

pub struct FormView<'a> {
    form: &'a Form,
    colour: bool,
}

/// One screen row of the field area.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Row {
    Field(usize),
    /// Line `n` of the wrapped error, then warning, of a field.
    Error(usize, usize),
}

struct Geometry {
    fields: Rect,
    message: Rect,
    message_lines: Vec<String>,
    hints: Rect,
    label_w: u16,
    value_x: u16,
    value_w: u16,
    rows: Vec<Row>,
    /// Each field's error lines, then its warning lines (true).
    errors: Vec<Vec<(String, bool)>>,
    offset: usize,
}

const MARK_W: u16 = 2;

impl<'a> FormView<'a> {
    pub fn new(form: &'a Form) -> FormView<'a> {
        FormView { form, colour: true }
    }

    /// Without colour (`NO_COLOR`): errors and notes keep their `!` and
    /// BOLD, the focus its `>` and REVERSED.
    pub fn colour(mut self, on: bool) -> FormView<'a> {
        self.colour = on;
        self
    }

    /// Where the shell should put the terminal cursor (`Frame::
    /// set_cursor_position`), when the focused field takes typing.
    pub fn cursor(&self, area: Rect) -> Option<Position> {
        let g = geometry(self.form, area);
        let focus = self.form.focus();
        let row = g.rows.iter().position(|r| *r == Row::Field(focus))?;
        let y = row.checked_sub(g.offset)?;
        if y >= usize::from(g.fields.height) {
            return None;
        }
        let field = self.form.focused()?;
        let col = match &field.kind {
            FieldKind::Text(e)
            | FieldKind::Number(e)
            | FieldKind::Date(e)
            | FieldKind::Money(e) => e.view(g.value_w).cursor_col,
            FieldKind::Multi { options, new, .. } => {
                let (_, new_x) = multi_line(field, options);
                new_x + new.view(g.value_w.saturating_sub(new_x)).cursor_col
            }
            _ => return None,
        };
        Some(Position::new(
            (g.value_x + col).min(g.fields.right().saturating_sub(1)),
            g.fields.y + y as u16,
        ))
    }
}

fn geometry(form: &Form, area: Rect) -> Geometry {
    let inner = Block::bordered().inner(area);
    let h = inner.height;
    // A store failure can be long: give it up to three lines, one at least
    // so the fields do not jump when a message comes and goes.
    let mut message_lines = form
        .message()
        .map(|m| wrap(m, usize::from(inner.width.max(10))))
        .unwrap_or_default();
    message_lines.truncate(3);
    let message_h = (message_lines.len() as u16).max(1).min(h.saturating_sub(1));
    let fields = Rect {
        height: h.saturating_sub(1 + message_h),
        ..inner
    };
    let message = Rect {
        y: inner.y + h.saturating_sub(1 + message_h),
        height: message_h,
        ..inner
    };
    let hints = Rect {
        y: inner.y + h.saturating_sub(1),
        height: u16::from(h >= 1),
        ..inner
    };
    let label_w = form
        .fields()
        .iter()
        .map(|f| width(&f.shown_label()) as u16)
        .max()
        .unwrap_or(0)
        .clamp(8, 22);
    let value_x = inner.x + MARK_W + label_w + 1;
    let value_w = inner.right().saturating_sub(value_x);
    let mut rows = Vec::new();
    let mut errors = Vec::new();
    for (i, f) in form.fields().iter().enumerate() {
        let mut lines = Vec::new();
        let cols = usize::from(value_w.max(10));
        if f.visible {
            // `!` refuses, `?` only asks: both readable without colour.
            let marked = [(&f.error, "!", false), (&f.warning, "?", true)];
            for (text, mark, warning) in marked {
                if let Some(t) = text {
                    let wrapped = wrap(&format!("{mark} {t}"), cols);
                    lines.extend(wrapped.into_iter().map(|l| (l, warning)));
                }
            }
        }
        if f.visible {
            rows.push(Row::Field(i));
            rows.extend((0..lines.len()).map(|n| Row::Error(i, n)));
        }
        errors.push(lines);
    }
    // Scroll just enough to show the focused field and its error.
    let height = usize::from(fields.height);
    let focus = form.focus();
    let first = rows
        .iter()
        .position(|r| *r == Row::Field(focus))
        .unwrap_or(0);
    let last = rows
        .iter()
        .rposition(|r| matches!(r, Row::Field(i) | Row::Error(i, _) if *i == focus))
        .unwrap_or(first);
    let offset = if last + 1 > height {
        (last + 1 - height).min(first)
    } else {
        0
    };
    Geometry {
        fields,
        message,
        message_lines,
        hints,
        label_w,
        value_x,
        value_w,
        rows,
        errors,
        offset,
    }
}

fn hint_for(field: &Field, currency: Currency) -> Cow<'static, str> {
    match &field.kind {
        FieldKind::Date(_) => tr!("form-hint-date").into(),
        FieldKind::Money(_) if field.optional => {
            tr!("form-hint-money-optional", currency = currency.to_string()).into()
        }
        FieldKind::Money(_) => tr!("form-hint-money", currency = currency.to_string()).into(),
        FieldKind::Reference { .. } if field.optional => {
            tr!("form-hint-reference-optional", key = keys::ENTER.name()).into()
        }
        FieldKind::Reference { .. } => tr!("form-hint-reference", key = keys::ENTER.name()).into(),
        _ if field.optional => tr!("form-hint-optional").into(),
        _ => "".into(),
    }
}

/// The keys of the focused field, named from `forms::keys`.
fn keys_for(field: Option<&Field>) -> String {
    let sides = || {
        let k = keys::MOVE_IN_TEXT.keys;
        let name = |i: usize| k.get(i).map(short_name).unwrap_or_default();
        format!("{}{}", name(0), name(1))
    };
    let space = short_name(&keys::SPACE);
    let enter = keys::ENTER.name();
    match field.map(|f| &f.kind) {
        Some(FieldKind::Choice { .. }) | Some(FieldKind::YesNo(_)) => {
            tr!("form-keys-choice", sides = sides(), space = space)
        }
        Some(FieldKind::Multi { .. }) => {
            tr!(
                "form-keys-multi",
                sides = sides(),
                space = space,
                enter = enter
            )
        }
        Some(FieldKind::Ticks { .. }) => {
            tr!("form-keys-ticks", space = space, enter = enter)
        }
        Some(FieldKind::Reference { .. }) => {
            let delete = keys::DELETE_CHAR.keys.get(1).map(short_name);
            tr!(
                "form-keys-reference",
                enter = enter,
                delete = delete.unwrap_or_default()
            )
        }
        _ if field.and_then(Field::suggestion).is_some() => {
            tr!("form-keys-suggestion", key = keys::ACCEPT_SUGGESTION.name())
        }
        _ => tr!("form-keys-text"),
    }
}

/// A multi-choice line: `[x]cattle [ ]corn + new`, and the column where
/// the new-option editor starts.
fn multi_line(field: &Field, options: &[String]) -> (Vec<Span<'static>>, u16) {
    let FieldKind::Multi { chosen, at, .. } = &field.kind else {
        return (Vec::new(), 0);
    };
    let mut spans = Vec::new();
    let mut x = 0usize;
    for (i, o) in options.iter().enumerate() {
        let tick = if chosen.get(i).copied().unwrap_or(false) {
            "[x]"
        } else {
            "[ ]"
        };
        let text = format!("{tick}{o}");
        x += width(&text) + 1;
        let style = if i == *at {
            Style::new().add_modifier(Modifier::UNDERLINED)
        } else {
            Style::new()
        };
        spans.push(Span::styled(text, style));
        spans.push(Span::raw(" "));
    }
    spans.push(Span::raw("+ "));
    x += 2;
    (spans, u16::try_from(x).unwrap_or(u16::MAX))
}

fn choice_spans(field: &Field, options: &[String], index: usize, w: u16) -> Vec<Span<'static>> {
    let options: Vec<String> = options.iter().map(|o| field.shown_option(o)).collect();
    let all: usize = options.iter().map(|o| width(o) + 3).sum();
    if all <= usize::from(w) {
        let mut spans = Vec::new();
        for (i, o) in options.iter().enumerate() {
            if i == index {
                spans.push(Span::styled(
                    format!("[{o}]"),
                    Style::new().add_modifier(Modifier::BOLD),
                ));
            } else {
                spans.push(Span::raw(format!(" {o} ")));
            }
            spans.push(Span::raw(" "));
        }
        spans
    } else {
        let o = options.get(index).cloned().unwrap_or_default();
        vec![Span::styled(
            format!("◀ {o} ▶ ({}/{})", index + 1, options.len()),
            Style::new().add_modifier(Modifier::BOLD),
        )]
    }
}

fn value_spans(
    field: &Field,
    focused: bool,
    g: &Geometry,
    currency: Currency,
) -> Vec<Span<'static>> {
    let dim = Style::new().add_modifier(Modifier::DIM);
    let w = g.value_w;
    match &field.kind {
        FieldKind::Text(e) | FieldKind::Number(e) | FieldKind::Date(e) | FieldKind::Money(e) => {
            if e.is_empty() {
                vec![Span::styled(hint_for(field, currency), dim)]
            } else {
                let mut spans = vec![Span::raw(e.view(w).text.to_string())];
                if let Some(rest) = field.suggestion().filter(|_| focused) {
                    spans.push(Span::styled(rest.to_string(), dim));
                }
                spans
            }
        }
        FieldKind::Choice { options, index } => choice_spans(field, options, *index, w),
        FieldKind::YesNo(b) => {
            choice_spans(field, &["yes".into(), "no".into()], usize::from(!*b), w)
        }
        FieldKind::Multi { options, new, .. } => {
            let (mut spans, new_x) = multi_line(field, options);
            if new.is_empty() {
                spans.push(Span::styled(tr!("form-type-a-new-group"), dim));
            } else {
                spans.push(Span::raw(
                    new.view(w.saturating_sub(new_x)).text.to_string(),
                ));
            }
            spans
        }
        FieldKind::Reference { value, .. } => match value {
            Some((_, label)) => vec![Span::raw(label.clone())],
            None => vec![Span::styled(hint_for(field, currency), dim)],
        },
        FieldKind::Ticks { ticked, .. } if ticked.is_empty() => {
            vec![Span::styled(
                super::ticks::summary(ticked, usize::from(w)),
                dim,
            )]
        }
        FieldKind::Ticks { ticked, .. } => {
            vec![Span::raw(super::ticks::summary(ticked, usize::from(w)))]
        }
        FieldKind::Fixed(s) => vec![Span::raw(s.clone())],
    }
}

impl FormView<'_> {
    fn tint(&self, colour: Color) -> Style {
        if self.colour {
            Style::new().fg(colour)
        } else {
            Style::new()
        }
    }
}

impl Widget for FormView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let form = self.form;
        let g = geometry(form, area);
        Clear.render(area, buf);
        Block::bordered()
            .title(
                Line::from(format!(" {} ", form.title()))
                    .style(Style::new().add_modifier(Modifier::BOLD)),
            )
            .render(area, buf);
        let height = usize::from(g.fields.height);
        for (y, row) in g.rows.iter().skip(g.offset).take(height).enumerate() {
            let y = g.fields.y + y as u16;
            match *row {
                Row::Field(i) => {
                    let f = &form.fields()[i];
                    let focused = i == form.focus();
                    let label_style = if focused {
                        Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
                    } else {
                        Style::new()
                    };
                    let mark = if focused { "> " } else { "  " };
                    buf.set_stringn(
                        g.fields.x,
                        y,
                        mark,
                        usize::from(MARK_W),
                        Style::new().add_modifier(Modifier::BOLD),
                    );
                    buf.set_stringn(
                        g.fields.x + MARK_W,
                        y,
                        pad_to(&f.shown_label(), usize::from(g.label_w)),
                        usize::from(g.label_w),
                        label_style,
                    );
                    let line = Line::from(value_spans(f, focused, &g, self.form.settings.currency));
                    buf.set_line(g.value_x, y, &line, g.value_w);
                }
                Row::Error(i, n) => {
                    if let Some((text, warning)) = g.errors[i].get(n) {
                        let colour = if *warning { Color::Yellow } else { Color::Red };
                        buf.set_stringn(
                            g.value_x,
                            y,
                            text,
                            usize::from(g.value_w),
                            self.tint(colour).add_modifier(Modifier::BOLD),
                        );
                    }
                }
            }
        }
        // Arrows on the border say that fields are scrolled out of sight.
        if g.offset > 0 {
            buf.set_string(area.right().saturating_sub(3), area.y, "▲", Style::new());
        }
        if g.rows.len() > g.offset + height {
            buf.set_string(
                area.right().saturating_sub(3),
                area.bottom().saturating_sub(1),
                "▼",
                Style::new(),
            );
        }
        for (n, line) in g.message_lines.iter().enumerate() {
            if n < usize::from(g.message.height) {
                buf.set_stringn(
                    g.message.x,
                    g.message.y + n as u16,
                    line,
                    usize::from(g.message.width),
                    self.tint(Color::Yellow).add_modifier(Modifier::BOLD),
                );
            }
        }
        let hints = if form.is_warned() {
            tr!(
                "form-footer-warned",
                enter = keys::ENTER.name(),
                save = keys::SAVE.name(),
                cancel = keys::CLOSE.name()
            )
        } else {
            tr!(
                "form-footer",
                next = keys::NEXT_FIELD.name(),
                back = keys::PREV_FIELD.name(),
                field = keys_for(form.focused()),
                save = keys::SAVE.name(),
                cancel = keys::CLOSE.name()
            )
        };
        buf.set_stringn(
            g.hints.x,
            g.hints.y,
            hints,
            usize::from(g.hints.width),
            Style::new().add_modifier(Modifier::DIM),
        );
    }
}
