//! kumban: the records of a village poverty-reduction project.
pub mod cli;
pub mod demo;
pub mod forms;
pub mod interchange;
pub mod measure;
pub mod model;
pub mod owner;
pub mod report;
pub mod signals;
pub mod store;
pub mod tui;
