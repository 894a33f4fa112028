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
    /// The school year today falls in: the default term of a new agreement and plan.
    pub school_year: SchoolYear,
}

/// A school year, 1 September to 31 August.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SchoolYear {
    /// «2026-2027».
    pub code: String,
    pub start_year: i32,
    /// ISO dates of its first and last day.
    pub first_day: String,
    pub last_day: String,
}

impl SchoolYear {
    /// The school year `today` falls in.
    pub fn of(today: chrono::NaiveDate) -> SchoolYear {
        let p = crate::model::PlanPeriod::school_year_of(today);
        SchoolYear { code: p.code(), start_year: p.start_year, first_day: p.first_day().to_string(), last_day: p.last_day().to_string() }
    }
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
            school_year: SchoolYear::of(crate::today()),
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
            school_year: SchoolYear::of(crate::today()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_school_year_turns_on_the_first_of_september() {
        let d = |s| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let y = SchoolYear::of(d("2026-08-31"));
        assert_eq!((y.code.as_str(), y.start_year, y.first_day.as_str(), y.last_day.as_str()), ("2025-2026", 2025, "2025-09-01", "2026-08-31"));
        assert_eq!(SchoolYear::of(d("2026-09-01")).code, "2026-2027");
        assert_eq!(SchoolYear::of(d("2027-01-15")).last_day, "2027-08-31");
    }
}
