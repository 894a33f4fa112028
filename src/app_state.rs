//! What the shell tells the UI when it starts: which file is open, whether it opened, the
//! remembered language and whether to offer the first-run choice.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{ErrorPayload, Result};
use crate::model::Lang;
use crate::store::Store;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AppState {
    pub db_path: String,
    /// Set when the database could not be opened; the UI shows it instead of the register.
    pub open_error: Option<ErrorPayload>,
    pub language: Option<Lang>,
    pub first_run: bool,
    pub version: String,
    /// Today as the core reckons it (ISO date): statuses and new records use this day.
    pub today: String,
}

impl AppState {
    pub fn of(store: &Store) -> Result<AppState> {
        Ok(AppState {
            db_path: store.path().display().to_string(),
            open_error: None,
            language: store.ui_language()?,
            first_run: store.is_first_run()?,
            version: crate::VERSION.to_string(),
            today: crate::today().to_string(),
        })
    }

    pub fn failed(db_path: &std::path::Path, error: ErrorPayload) -> AppState {
        AppState {
            db_path: db_path.display().to_string(),
            open_error: Some(error),
            language: None,
            first_run: false,
            version: crate::VERSION.to_string(),
            today: crate::today().to_string(),
        }
    }
}
