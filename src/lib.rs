//! kumban: the records of a village poverty-reduction project.
pub mod model;
pub mod store;
