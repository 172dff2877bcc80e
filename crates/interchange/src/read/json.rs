//! JSON rows: either an array of record objects (`households.json`), or
//! the one-document export of `kumban export --format json --out -`, an
//! object holding one such array per kind. Read as a stream: one record
//! object at a time is in memory, never the whole array.

use super::meter::{Meter, Metered};
use super::{RawRow, Reader, unknown_kind};
use crate::columns::{self, Cell};
use crate::export::JSON_DOCUMENT_VERSION;
use crate::problems::Loc;
use kumban_i18n::tr;
use kumban_model::RecordKind;
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};
use std::fmt;
use std::io::Read;

struct Ctx<'r, 'a> {
    r: &'r mut Reader<'a>,
    meter: &'r Meter,
    file: usize,
}

pub(super) fn read(r: &mut Reader<'_>, input: impl Read, file: usize, kind: Option<RecordKind>) {
    let (metered, meter) = Metered::new(input, r.max_row_bytes);
    let mut de = serde_json::Deserializer::from_reader(metered);
    let mut ctx = Ctx {
        r,
        meter: &meter,
        file,
    };
    let result = de
        .deserialize_any(Top {
            ctx: &mut ctx,
            kind,
        })
        .and_then(|()| de.end());
    if let Err(e) = result {
        let loc = Loc {
            file,
            line: if e.line() > 0 {
                e.line() as u64
            } else {
                meter.line()
            },
        };
        let message = if meter.overflowed() {
            tr!(
                "imp-record-too-long",
                limit = ctx.r.max_row_bytes.to_string()
            )
        } else if e.is_eof() {
            tr!("imp-json-cut-short")
        } else if e.is_io() {
            tr!("imp-cannot-read-here", reason = e.to_string())
        } else if e.classify() == serde_json::error::Category::Syntax {
            tr!("imp-json-invalid", reason = strip_position(&e))
        } else {
            tr!("imp-json-not-export", reason = strip_position(&e))
        };
        ctx.r.problems.row(loc, message);
    }
}

/// serde_json appends " at line L column C"; the line is already in front.
fn strip_position(e: &serde_json::Error) -> String {
    let s = e.to_string();
    match s.rfind(" at line ") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

struct Top<'c, 'r, 'a> {
    ctx: &'c mut Ctx<'r, 'a>,
    kind: Option<RecordKind>,
}

impl<'de> DeserializeSeed<'de> for Top<'_, '_, '_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Top<'_, '_, '_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(&tr!("imp-json-expecting-top"))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<(), A::Error> {
        Records {
            ctx: self.ctx,
            kind: self.kind,
        }
        .visit_seq(seq)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let mut seen = std::collections::BTreeSet::new();
        while let Some(key) = map.next_key::<String>()? {
            if !seen.insert(key.clone()) {
                return Err(de::Error::custom(twice(&key, &tr!("imp-json-document"))));
            }
            if let Some(kind) = columns::kind_of_stem(&key) {
                map.next_value_seed(Records {
                    ctx: &mut *self.ctx,
                    kind: Some(kind),
                })?;
                continue;
            }
            let value: Value = map.next_value()?;
            match key.as_str() {
                "format" if value == "kumban-export" => {}
                "format" => {
                    return Err(de::Error::custom(tr!("imp-json-format")));
                }
                "version" => match value.as_u64() {
                    Some(v) if v <= u64::from(JSON_DOCUMENT_VERSION) => {}
                    _ => {
                        return Err(de::Error::custom(tr!(
                            "imp-json-version",
                            found = value.to_string(),
                            supported = JSON_DOCUMENT_VERSION.to_string()
                        )));
                    }
                },
                other => {
                    return Err(de::Error::custom(tr!("imp-json-top-key", key = other)));
                }
            }
        }
        Ok(())
    }
}

/// An array of record objects of one kind (or of a kind told by the first
/// object's keys).
struct Records<'c, 'r, 'a> {
    ctx: &'c mut Ctx<'r, 'a>,
    kind: Option<RecordKind>,
}

impl<'de> DeserializeSeed<'de> for Records<'_, '_, '_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for Records<'_, '_, '_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(&tr!("imp-json-expecting-records"))
    }

    fn visit_seq<A: SeqAccess<'de>>(mut self, mut seq: A) -> Result<(), A::Error> {
        self.ctx.meter.mark();
        while let Some(object) = seq.next_element_seed(ObjectSeed {
            meter: self.ctx.meter,
        })? {
            let ctx = &mut *self.ctx;
            let loc = Loc {
                file: ctx.file,
                line: ctx.meter.line(),
            };
            let Object { object, repeated } = object;
            if !repeated.is_empty() {
                for (line, key) in repeated {
                    let at = Loc {
                        file: ctx.file,
                        line,
                    };
                    ctx.r.problems.row(at, twice(&key, &tr!("imp-json-record")));
                }
                // The record is still read, so that rows naming it are not
                // refused a second time; the import is refused all the same.
            }
            ctx.meter.mark();
            (ctx.r.progress)(ctx.meter.total());
            let kind = match self.kind {
                Some(k) => k,
                None => {
                    let keys: Vec<String> = object.keys().cloned().collect();
                    match columns::guess_kind(&keys) {
                        Some(k) => *self.kind.insert(k),
                        None => return Err(de::Error::custom(unknown_kind())),
                    }
                }
            };
            if let Some(cells) = cells(kind, object, loc, ctx) {
                (ctx.r.row)(RawRow { kind, loc, cells }, ctx.r.problems);
            }
        }
        Ok(())
    }
}

/// A record object, read key by key so that a key given twice is caught:
/// a JSON parser would silently keep the last value, which may not be the
/// one the person who wrote the file meant.
struct Object {
    object: Map<String, Value>,
    /// Each key that came again, with the line where it came again.
    repeated: Vec<(u64, String)>,
}

struct ObjectSeed<'m> {
    meter: &'m Meter,
}

impl<'de> DeserializeSeed<'de> for ObjectSeed<'_> {
    type Value = Object;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for ObjectSeed<'_> {
    type Value = Object;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a map")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut object = Map::new();
        let mut repeated = Vec::new();
        while let Some(key) = map.next_key::<String>()? {
            let line = self.meter.line();
            let value: Value = map.next_value()?;
            if object.contains_key(&key) {
                repeated.push((line, key));
            } else {
                object.insert(key, value);
            }
        }
        Ok(Object { object, repeated })
    }
}

fn twice(key: &str, within: &str) -> String {
    tr!(
        "imp-json-key-twice",
        key = kumban_model::text::escape_for_display(key).into_owned(),
        within = within
    )
}

/// An object's values as cells in column order, or `None` after reporting
/// why the object cannot be read.
fn cells(
    kind: RecordKind,
    mut object: Map<String, Value>,
    loc: Loc,
    ctx: &mut Ctx<'_, '_>,
) -> Option<Vec<String>> {
    let p = &mut *ctx.r.problems;
    let mut ok = true;
    let mut out = Vec::new();
    for col in columns::of(kind) {
        let cell = match object.remove(col.name) {
            None if col.required => {
                p.field(loc, col.name, tr!("imp-json-key-missing"));
                ok = false;
                String::new()
            }
            None | Some(Value::Null) => String::new(),
            Some(Value::String(s)) => s,
            Some(Value::Number(n)) => n.to_string(),
            Some(Value::Bool(b)) => if b { "yes" } else { "no" }.to_string(),
            Some(Value::Array(items)) if col.cell == Cell::List => {
                let mut words = Vec::new();
                for item in items {
                    match item {
                        Value::String(s) => words.push(s),
                        other => {
                            p.field(
                                loc,
                                col.name,
                                tr!("imp-json-not-group", value = other.to_string()),
                            );
                            ok = false;
                        }
                    }
                }
                words.join(" ")
            }
            Some(other) => {
                p.field(
                    loc,
                    col.name,
                    tr!(
                        "imp-json-expected",
                        expected = expected(col.cell),
                        found = kind_of(&other)
                    ),
                );
                ok = false;
                String::new()
            }
        };
        out.push(cell);
    }
    for key in object.keys() {
        p.row(
            loc,
            tr!(
                "imp-json-key-unknown",
                key = key.as_str(),
                stem = columns::stem(kind)
            ),
        );
        ok = false;
    }
    ok.then_some(out)
}

fn expected(cell: Cell) -> String {
    match cell {
        Cell::Text => tr!("imp-json-a-text"),
        Cell::Int => tr!("imp-json-a-whole-number"),
        Cell::Bool => tr!("imp-json-true-or-false"),
        Cell::List => tr!("imp-json-a-group-list"),
    }
}

fn kind_of(v: &Value) -> String {
    match v {
        Value::Array(_) => tr!("imp-json-a-list"),
        Value::Object(_) => tr!("imp-json-an-object"),
        _ => tr!("imp-json-a-value"),
    }
}
