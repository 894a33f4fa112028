//! The app's state, its language and the first-run choice.

use partnerdesk::{demo, AppState, Lang};
use tauri::State;

use crate::error::CommandResult;
use crate::state::Db;

#[tauri::command(async)]
pub fn get_app_state(db: State<'_, Db>) -> CommandResult<AppState> {
    db.app_state()
}

#[tauri::command(async)]
pub fn set_language(db: State<'_, Db>, lang: Lang) -> CommandResult<()> {
    db.with(|s| s.set_ui_language(lang))
}

#[tauri::command(async)]
pub fn load_demo(db: State<'_, Db>) -> CommandResult<()> {
    db.with(|s| demo::load(s).map(|_| ()))
}

#[tauri::command(async)]
pub fn start_clean(db: State<'_, Db>) -> CommandResult<()> {
    db.with(|s| s.finish_welcome())
}
