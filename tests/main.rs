//! The core's integration tests: one binary, one module per area, each against a real
//! database file in a temporary folder.

mod core;
