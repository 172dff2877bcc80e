//! Iterators over either backend, and the owner's answers a page at a
//! time, so a long list never crosses the socket in one reply.

use crate::error::Result;
use crate::request::Keyed;
use std::collections::VecDeque;

/// Either backend's iterator, without boxing the local one.
pub(super) enum Either<L, R> {
    Local(L),
    Remote(R),
}

impl<T, L: Iterator<Item = T>, R: Iterator<Item = T>> Iterator for Either<L, R> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        match self {
            Either::Local(l) => l.next(),
            Either::Remote(r) => r.next(),
        }
    }
}

pub(super) type Fetch<'c, T> =
    Box<dyn FnMut(Option<Vec<u8>>) -> Result<(Vec<Keyed<T>>, bool)> + 'c>;

/// Items fetched from the owner a page at a time, each page continuing
/// after the last key of the one before.
pub(super) struct Pages<'c, T> {
    fetch: Fetch<'c, T>,
    buffer: VecDeque<Keyed<T>>,
    after: Option<Vec<u8>>,
    done: bool,
}

impl<'c, T> Pages<'c, T> {
    pub(super) fn new(fetch: Fetch<'c, T>) -> Pages<'c, T> {
        Pages {
            fetch,
            buffer: VecDeque::new(),
            after: None,
            done: false,
        }
    }
}

impl<T> Iterator for Pages<'_, T> {
    type Item = Result<T>;
    fn next(&mut self) -> Option<Result<T>> {
        if self.buffer.is_empty() && !self.done {
            match (self.fetch)(self.after.clone()) {
                Ok((items, done)) => {
                    self.done = done || items.is_empty();
                    self.buffer.extend(items);
                }
                Err(e) => {
                    self.done = true;
                    return Some(Err(e));
                }
            }
        }
        let (key, item) = self.buffer.pop_front()?;
        self.after = Some(key);
        Some(item)
    }
}
