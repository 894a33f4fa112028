//! The IPC commands: each deserializes its arguments, calls the core and maps the error.
//! Nothing here decides anything.

pub mod agreements;
pub mod app;
pub mod awards;
pub mod backups;
pub mod dashboard;
pub mod events;
pub mod files;
pub mod imports;
pub mod partners;
pub mod plans;
pub mod trash;
