//! The start page's dashboard.

use partnerdesk::{Dashboard, PlanPeriod};
use tauri::State;

use crate::error::CommandResult;
use crate::state::Db;

/// The dashboard of `period` («2026-2027», «2026»), or of the current period when none.
#[tauri::command(async)]
pub fn get_dashboard(db: State<'_, Db>, period: Option<String>) -> CommandResult<Dashboard> {
    db.with(|s| {
        let period = period.as_deref().map(PlanPeriod::read).transpose()?;
        s.dashboard(period, partnerdesk::today())
    })
}
