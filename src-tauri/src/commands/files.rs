//! Handing a written document to the user: saved where they choose, or put in the app's own
//! cache folder and opened in the system viewer; and opening stored files.

use std::path::{Path, PathBuf};

use tauri::{AppHandle, Manager, Runtime};
use tauri_plugin_dialog::DialogExt;

use crate::error::CommandResult;

/// Writes `bytes` as `name`: where the user chooses (`save`), or into the cache folder and
/// opens it. Returns the path written, or None when the user cancelled the dialog.
pub fn deliver<R: Runtime>(app: &AppHandle<R>, bytes: Vec<u8>, name: &str, save: bool) -> CommandResult<Option<String>> {
    let ext = Path::new(name).extension().and_then(|e| e.to_str()).unwrap_or("pdf").to_string();
    let target: Option<PathBuf> = if save {
        app.dialog()
            .file()
            .add_filter(ext.to_uppercase(), &[ext.as_str()])
            .set_file_name(name)
            .blocking_save_file()
            .and_then(|p| p.into_path().ok())
    } else {
        // The user's own cache folder, not a shared temporary one another account could plant.
        let dir = app
            .path()
            .app_cache_dir()
            .map_err(|e| partnerdesk::Error::file(Path::new("cache"), std::io::Error::other(e.to_string())).payload())?
            .join("printed");
        std::fs::create_dir_all(&dir).map_err(|e| partnerdesk::Error::file(&dir, e).payload())?;
        Some(dir.join(name))
    };
    let Some(target) = target else { return Ok(None) };
    std::fs::write(&target, bytes).map_err(|e| partnerdesk::Error::file(&target, e).payload())?;
    if !save {
        open_in_viewer(&target)?;
    }
    Ok(Some(target.display().to_string()))
}

/// Opens a file with the system's viewer, or with the program named by `PARTNERDESK_VIEWER`.
pub fn open_in_viewer(path: &Path) -> CommandResult<()> {
    let with = std::env::var("PARTNERDESK_VIEWER").ok().filter(|v| !v.is_empty());
    tauri_plugin_opener::open_path(path, with.as_deref()).map_err(|e| {
        partnerdesk::Error::ViewerFailed { path: path.display().to_string(), reason: e.to_string() }.payload()
    })
}

/// Opens another database file the user chooses; it is remembered for the next start. When
/// it cannot be opened, the current one stays open and the error is returned.
#[tauri::command]
pub async fn open_database<R: Runtime>(app: AppHandle<R>) -> CommandResult<bool> {
    let picked = app
        .dialog()
        .file()
        .add_filter("Partnerdesk", &["sqlite3", "db", "sqlite"])
        .blocking_pick_file()
        .and_then(|p| p.into_path().ok());
    let Some(path) = picked else { return Ok(false) };
    switch(&app, path)?;
    Ok(true)
}

/// Starts a new, empty database in a file the user names (never over an existing file).
#[tauri::command]
pub async fn new_database<R: Runtime>(app: AppHandle<R>) -> CommandResult<bool> {
    let picked = app
        .dialog()
        .file()
        .add_filter("Partnerdesk", &["sqlite3"])
        .set_file_name("partnerdesk.sqlite3")
        .blocking_save_file()
        .and_then(|p| p.into_path().ok());
    let Some(path) = picked else { return Ok(false) };
    if path.exists() {
        return Err(partnerdesk::Error::FileExists { path: path.display().to_string() }.payload());
    }
    switch(&app, path)?;
    Ok(true)
}

fn switch<R: Runtime>(app: &AppHandle<R>, path: PathBuf) -> CommandResult<()> {
    app.state::<crate::state::Db>().switch_to(path.clone())?;
    if let Err(e) = partnerdesk::store::remember_db_path(&path) {
        eprintln!("partnerdesk: cannot remember the database: {e}");
    }
    Ok(())
}
