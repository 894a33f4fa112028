//! Backups in the app: the list, «Back up now» to a file the user chooses, and restore.

use partnerdesk::store::{local_now, BackupInfo};
use tauri::{AppHandle, Manager, Runtime, State};
use tauri_plugin_dialog::DialogExt;

use crate::error::CommandResult;
use crate::state::Db;

/// The backups beside the database file, also when it could not be opened.
#[tauri::command(async)]
pub fn list_backups(db: State<'_, Db>) -> CommandResult<Vec<BackupInfo>> {
    db.backups()
}

/// Opens a copy of one of the listed backups as the database to work on (the backup itself
/// stays as it is): the way out when the current file cannot be opened.
#[tauri::command(async)]
pub fn open_backup_copy(db: State<'_, Db>, path: String) -> CommandResult<String> {
    let backup = db
        .backups()?
        .into_iter()
        .find(|b| b.path == path)
        .ok_or_else(|| partnerdesk::Error::NotFound { entity: "backup", id: path.clone() }.payload())?;
    let target = db.copy_target(&backup);
    std::fs::copy(&backup.path, &target).map_err(|e| partnerdesk::Error::file(&target, e).payload())?;
    db.switch_to(target.clone())?;
    if let Err(e) = partnerdesk::store::remember_db_path(&target) {
        eprintln!("partnerdesk: cannot remember the database: {e}");
    }
    Ok(target.display().to_string())
}

/// Writes a copy of the whole database where the user chooses; the path, or None if cancelled.
#[tauri::command]
pub async fn backup_now<R: Runtime>(app: AppHandle<R>) -> CommandResult<Option<String>> {
    let name = partnerdesk::store::copy_file_name(local_now().date_naive(), "sqlite3");
    let target = app
        .dialog()
        .file()
        .add_filter("Partnerdesk", &["sqlite3"])
        .set_file_name(&name)
        .blocking_save_file()
        .and_then(|p| p.into_path().ok());
    let Some(target) = target else { return Ok(None) };
    app.state::<Db>().with(|s| s.backup_to(&target))?;
    Ok(Some(target.display().to_string()))
}

/// Restores one of the listed backups (the current state is backed up first).
#[tauri::command(async)]
pub fn restore_backup(db: State<'_, Db>, path: String) -> CommandResult<()> {
    db.with_mut(|s| {
        // Only a backup from the list: the path must be one the folder holds.
        let backup = s.backups()?.into_iter().find(|b| b.path == path).ok_or(partnerdesk::Error::NotFound { entity: "backup", id: path.clone() })?;
        s.restore_from(std::path::Path::new(&backup.path), local_now())
    })
}

/// Restores from a database file the user chooses (a copy made with «Back up now»).
#[tauri::command]
pub async fn restore_from_file<R: Runtime>(app: AppHandle<R>) -> CommandResult<bool> {
    let picked = app.dialog().file().add_filter("Partnerdesk", &["sqlite3", "db"]).blocking_pick_file().and_then(|p| p.into_path().ok());
    let Some(file) = picked else { return Ok(false) };
    app.state::<Db>().with_mut(|s| s.restore_from(&file, local_now()))?;
    Ok(true)
}

/// Writes a register as CSV or XLSX (by the extension the user gives) where the user
/// chooses; the path, or None if cancelled.
#[tauri::command]
pub async fn export_register<R: Runtime>(app: AppHandle<R>, which: partnerdesk::tables::Register, lang: partnerdesk::Lang) -> CommandResult<Option<String>> {
    let sheet = app.state::<Db>().with(|s| partnerdesk::tables::register(s, which, lang, partnerdesk::today()))?;
    let name = sheet.file_name("xlsx");
    let target = app
        .dialog()
        .file()
        .add_filter("XLSX", &["xlsx"])
        .add_filter("CSV", &["csv"])
        .set_file_name(&name)
        .blocking_save_file()
        .and_then(|p| p.into_path().ok());
    let Some(target) = target else { return Ok(None) };
    partnerdesk::tables::write(&sheet, &target).map_err(|e| e.payload())?;
    Ok(Some(target.display().to_string()))
}

/// Writes everything to one JSON file the user chooses (for moving to another computer or
/// keeping outside the app); the path, or None if cancelled.
#[tauri::command]
pub async fn export_everything<R: Runtime>(app: AppHandle<R>) -> CommandResult<Option<String>> {
    let name = partnerdesk::store::copy_file_name(local_now().date_naive(), "json");
    let target = app.dialog().file().add_filter("JSON", &["json"]).set_file_name(&name).blocking_save_file().and_then(|p| p.into_path().ok());
    let Some(target) = target else { return Ok(None) };
    app.state::<Db>().with(|s| s.export_json_file(&target))?;
    Ok(Some(target.display().to_string()))
}

/// Fills the open database, which must be empty, from a JSON export the user chooses.
#[tauri::command]
pub async fn import_everything<R: Runtime>(app: AppHandle<R>) -> CommandResult<bool> {
    let picked = app.dialog().file().add_filter("JSON", &["json"]).blocking_pick_file().and_then(|p| p.into_path().ok());
    let Some(path) = picked else { return Ok(false) };
    app.state::<Db>().with(|s| s.import_json_file(&path))?;
    Ok(true)
}
