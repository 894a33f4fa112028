//! Partnerdesk's core: the register of social partners (and, as the app grows, agreements,
//! plans, events and awards) over one local SQLite file.
//!
//! Everything the coordinator's data obeys lives here: the model (`model`), validation
//! (`validate`), storage and search (`store`), text rules for Russian and Kazakh (`text`),
//! localized messages (`i18n`) and the demo register (`demo`). The desktop shell (src-tauri)
//! and the CLI (src/bin) only translate between their world and these functions; this crate
//! never depends on Tauri.

pub mod agreement_text;
pub mod app_state;
pub mod bindings;
pub mod declension;
pub mod demo;
pub mod docs;
pub mod error;
pub mod i18n;
pub mod import;
pub mod model;
pub mod plan_text;
pub mod store;
pub mod tables;
pub mod text;
pub mod validate;

pub use app_state::AppState;
pub use error::{Error, ErrorCode, ErrorPayload, Field, Result};
pub use model::*;
pub use store::Store;

/// The version of Partnerdesk (the workspace version).
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Today's date, for statuses and documents: the local date, or `PARTNERDESK_TODAY`
/// (YYYY-MM-DD) when set, so that tests and demonstrations can fix the day.
pub fn today() -> chrono::NaiveDate {
    std::env::var("PARTNERDESK_TODAY")
        .ok()
        .and_then(|s| chrono::NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok())
        .unwrap_or_else(|| chrono::Local::now().date_naive())
}
