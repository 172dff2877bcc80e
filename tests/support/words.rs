//! What counts as English a person reads, and what is data, for the tests
//! that render screens in Lao and look for English left in the code.
#![allow(dead_code)]

use kumban::i18n::{Lang, ids, tr, with_lang};
use kumban::model::*;
use kumban::store::Store;
use std::collections::BTreeSet;

/// The words (ASCII letters, three or more) of a text, lower-cased;
/// shorter ones ("of", "on", "id") are too often parts of codes.
pub fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() >= 3)
        .map(str::to_ascii_lowercase)
        .collect()
}

/// Every word of every English message: what the code would show were a
/// string still written in it.
pub fn english_words() -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for id in ids(Lang::En) {
        let text = with_lang(Lang::En, || tr(&id));
        // A placeable left unfilled shows as `{$name}`: not a word.
        let text: String = text
            .split('{')
            .map(|part| part.split_once('}').map_or(part, |(_, rest)| rest))
            .collect::<Vec<_>>()
            .join(" ");
        out.extend(words(&text));
    }
    out
}

/// What the demonstration data holds that a screen may show as it is.
pub struct Data {
    /// Words of names, codes, villages, groups, breeds, labels, plus what
    /// the app takes as given: currency codes, key names, the product's
    /// name, the user and the database's path.
    pub words: BTreeSet<String>,
    /// Free text (notes, descriptions, causes, reasons, sources), taken
    /// off a line whole, never word by word: its words ("sold", "from")
    /// are the words a string left in the code would use.
    pub texts: Vec<String>,
}

pub fn data(store: &Store, extra: &[&str]) -> Data {
    let mut texts: Vec<String> = Vec::new();
    let mut free: Vec<String> = Vec::new();
    for h in store.all::<Household>() {
        let h = h.expect("household").record;
        texts.extend([h.code, h.head_name, h.village]);
        free.push(h.notes);
        texts.extend(h.phone);
        texts.extend(h.groups.iter().map(|g| g.to_string()));
    }
    for m in store.all::<Member>() {
        let m = m.expect("member").record;
        texts.push(m.name);
        free.push(m.notes);
        texts.extend(m.groups.iter().map(|g| g.to_string()));
    }
    for p in store.all::<Pen>() {
        let p = p.expect("pen").record;
        texts.push(p.label);
        free.push(p.notes);
        texts.extend(p.inspected_by);
    }
    for a in store.all::<Animal>() {
        let a = a.expect("animal").record;
        texts.extend([a.ear_tag, a.breed]);
        free.push(a.notes);
        if let AnimalStatus::Died { cause, .. } = a.status {
            free.push(cause);
        }
    }
    for p in store.all::<Pregnancy>() {
        let p = p.expect("pregnancy").record;
        texts.extend(p.sire.as_ref().and_then(Sire::outside).map(String::from));
        if let Outcome::Lost { reason, .. } = p.outcome {
            free.push(reason);
        }
    }
    for i in store.all::<IncomeLog>() {
        let i = i.expect("income").record;
        texts.push(i.group.to_string());
        free.push(i.description);
    }
    for r in store.all::<ExchangeRate>() {
        free.push(r.expect("rate").record.source);
    }
    // Topics, places, trainers, purposes and findings are free text the
    // clerk writes (the forms suggest English ones), taken off whole.
    for t in store.all::<Training>() {
        let t = t.expect("training").record;
        texts.extend([t.trainer, t.place.clone()]);
        free.extend([t.topic, t.place, t.notes]);
    }
    for v in store.all::<Visit>() {
        let v = v.expect("visit").record;
        texts.push(v.technician);
        free.extend([v.purpose, v.findings]);
    }
    // Products, doses and who gave them are written by the clerk too.
    for e in store.all::<HealthEvent>() {
        let e = e.expect("health event").record;
        texts.push(e.given_by);
        free.extend([e.product, e.dose, e.notes]);
    }
    texts.extend(Currency::ALL.iter().map(|c| c.code().to_string()));
    texts.extend(group::STANDARD.iter().map(|g| g.to_string()));
    texts.extend(key_names());
    texts.extend(extra.iter().map(|s| s.to_string()));
    free.retain(|t| !t.trim().is_empty());
    // The longest first, so a text is never half taken by a shorter one.
    free.sort_by_key(|t| std::cmp::Reverse(t.len()));
    free.dedup();
    Data {
        words: texts.iter().flat_map(|t| words(t)).collect(),
        texts: free,
    }
}

/// The line without the free text of the data in it; a text cut short
/// at the edge of a column or a box goes from its first 12 characters to
/// the next border.
fn without_free_text(line: &str, texts: &[String]) -> String {
    let mut line = line.to_string();
    for t in texts {
        while let Some(i) = line.find(t.as_str()) {
            line.replace_range(i..i + t.len(), " ");
        }
        let head: String = t.chars().take(12).collect();
        if head.chars().count() == 12 {
            while let Some(i) = line.find(head.as_str()) {
                let end = line[i..].find(['│', '…']).map_or(line.len(), |j| i + j);
                line.replace_range(i..end, " ");
            }
        }
    }
    line
}

/// The names of every key the chrome and the forms name ("Enter",
/// "Esc", "Ctrl", "Tab", "PgDn", "Backspace"): keys, not words.
fn key_names() -> Vec<String> {
    use kumban::forms::keys::{self, key_name, short_name};
    let mut out = Vec::new();
    for b in kumban::tui::keymap::KEYMAP {
        for k in b.keys {
            out.push(key_name(k));
            out.push(short_name(k));
        }
    }
    for k in [
        keys::NEXT_FIELD,
        keys::PREV_FIELD,
        keys::SAVE,
        keys::CLOSE,
        keys::ENTER,
        keys::DELETE_CHAR,
        keys::MOVE_IN_TEXT,
        keys::PICK_MOVE,
        keys::PICK_CHOOSE,
        keys::PICK_BACK,
    ] {
        for spec in k.keys {
            out.push(key_name(spec));
            out.push(short_name(spec));
        }
    }
    out.push(short_name(&keys::SPACE));
    // Named in a message as the key to press.
    out.push("Backspace".into());
    out
}

/// Every line of `screen` holding English words that are neither data nor
/// a known gap, as `place: line  [words]`; all of them, not the first.
pub fn english_left(
    place: &str,
    screen: &str,
    english: &BTreeSet<String>,
    data: &Data,
    gaps: &[&str],
) -> Vec<String> {
    let mut out = Vec::new();
    for line in screen.lines() {
        let found: Vec<String> = words(&without_free_text(line, &data.texts))
            .into_iter()
            .filter(|w| {
                english.contains(w) && !data.words.contains(w) && !gaps.contains(&w.as_str())
            })
            .collect();
        if !found.is_empty() {
            out.push(format!("{place}: {}  [{}]", line.trim(), found.join(", ")));
        }
    }
    out
}
