//! Text from the records goes into the page as text, never as markup: a
//! household head named `<script>` prints as those eight characters.

use std::borrow::Cow;

/// Escapes `&`, `<`, `>`, `"` and `'`, so the result is safe both between
/// tags and inside a quoted attribute. Control characters and bidi
/// overrides are refused at input; one a damaged record still holds is
/// shown as `\u{..}` (as the terminal shows it) instead of reordering
/// the printed line.
pub fn escape(value: &str) -> String {
    let shown: Cow<'_, str> = kumban_model::text::escape_for_display(value);
    let mut out = String::with_capacity(shown.len());
    for c in shown.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}
