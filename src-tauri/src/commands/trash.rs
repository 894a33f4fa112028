//! The trash and undo of the last change.

use partnerdesk::store::{TrashItem, TrashKind};
use tauri::State;

use crate::error::CommandResult;
use crate::state::Db;

#[tauri::command(async)]
pub fn list_trash(db: State<'_, Db>) -> CommandResult<Vec<TrashItem>> {
    db.with(|s| s.trash())
}

#[tauri::command(async)]
pub fn restore_from_trash(db: State<'_, Db>, kind: TrashKind, id: i64) -> CommandResult<()> {
    db.with(|s| s.restore_from_trash(kind, id))
}

#[tauri::command(async)]
pub fn delete_forever(db: State<'_, Db>, kind: TrashKind, id: i64) -> CommandResult<()> {
    db.with(|s| s.delete_forever(kind, id))
}

#[tauri::command(async)]
pub fn can_undo(db: State<'_, Db>) -> CommandResult<bool> {
    db.with(|s| s.can_undo())
}

#[tauri::command(async)]
pub fn undo_last_change(db: State<'_, Db>) -> CommandResult<()> {
    db.with(|s| s.undo_last_change())
}
