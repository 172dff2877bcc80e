//! The public `Store` API, the same for a database held here and one held
//! by an owner process: each call goes to sled or becomes one request.

mod call;
pub(crate) mod distribute;
mod handle;
pub(crate) mod health;
mod history;
mod maintenance;
mod names;
mod paging;
mod reads;
mod suggest;
mod totals;
pub(crate) mod training;
mod writes;
