//! Importing tables the user chooses — a plan, partners, nominees: the file is picked in the
//! native dialog and remembered here, then previewed with a mapping and imported.

use partnerdesk::import::nominees::{NomineeImportPreview, NomineeMapping};
use partnerdesk::import::partners::{PartnerImportPreview, PartnerImportResult, PartnerMapping};
use partnerdesk::import::{self, PlanImportPreview, PlanImportResult, PlanMapping, RawTable};
use partnerdesk::{Lang, PlanPeriod};
use tauri::{AppHandle, Manager, Runtime, State};
use tauri_plugin_dialog::DialogExt;

use crate::error::CommandResult;
use crate::state::Db;

/// The file chosen for importing, kept here so that the interface never hands the shell a
/// path of its own: only a file the user picked in the native dialog is ever read.
#[derive(Default)]
pub struct ImportFile(std::sync::Mutex<Option<std::path::PathBuf>>);

impl ImportFile {
    /// The chosen file, read as a table.
    fn table(&self) -> partnerdesk::Result<RawTable> {
        let path = self.0.lock().unwrap_or_else(|p| p.into_inner()).clone().ok_or(partnerdesk::Error::NoFileChosen)?;
        import::read_table(&path)
    }
}

/// Asks for a CSV or XLSX file to import; returns its name, or None when cancelled.
#[tauri::command]
pub async fn choose_import_file<R: Runtime>(app: AppHandle<R>) -> CommandResult<Option<String>> {
    let picked = app.dialog().file().add_filter("CSV, XLSX", &["csv", "xlsx"]).blocking_pick_file();
    let Some(path) = picked.and_then(|p| p.into_path().ok()) else { return Ok(None) };
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
    *app.state::<ImportFile>().0.lock().unwrap_or_else(|p| p.into_inner()) = Some(path);
    Ok(name)
}

/// What importing the chosen file as the plan of `period` would do.
#[tauri::command(async)]
pub fn preview_plan_import(
    db: State<'_, Db>,
    file: State<'_, ImportFile>,
    period: String,
    mapping: Option<PlanMapping>,
    lang: Lang,
) -> CommandResult<PlanImportPreview> {
    db.with(|s| import::preview_plan(s, &file.table()?, PlanPeriod::read(&period)?, mapping, lang))
}

/// Imports the chosen file as the plan of `period` (all rows, or only the accepted ones).
#[tauri::command(async)]
pub fn import_plan(
    db: State<'_, Db>,
    file: State<'_, ImportFile>,
    period: String,
    mapping: Option<PlanMapping>,
    accepted_only: bool,
) -> CommandResult<PlanImportResult> {
    db.with(|s| import::import_plan(s, &file.table()?, PlanPeriod::read(&period)?, mapping, accepted_only))
}

/// What importing the chosen file as partners would do.
#[tauri::command(async)]
pub fn preview_partner_import(
    db: State<'_, Db>,
    file: State<'_, ImportFile>,
    mapping: Option<PartnerMapping>,
    lang: Lang,
) -> CommandResult<PartnerImportPreview> {
    db.with(|s| import::partners::preview_partners(s, &file.table()?, mapping, lang))
}

/// Imports the chosen file as partners (all rows, or only the accepted ones).
#[tauri::command(async)]
pub fn import_partners(
    db: State<'_, Db>,
    file: State<'_, ImportFile>,
    mapping: Option<PartnerMapping>,
    accepted_only: bool,
) -> CommandResult<PartnerImportResult> {
    db.with(|s| import::partners::import_partners(s, &file.table()?, mapping, accepted_only))
}

/// What importing the chosen file as nominees of `year` would do.
#[tauri::command(async)]
pub fn preview_nominee_import(
    db: State<'_, Db>,
    file: State<'_, ImportFile>,
    year: i32,
    mapping: Option<NomineeMapping>,
    lang: Lang,
) -> CommandResult<NomineeImportPreview> {
    db.with(|s| import::nominees::preview_nominees(s, &file.table()?, year, mapping, lang))
}

/// Imports the chosen file as proposed nominations of `year`; returns how many.
#[tauri::command(async)]
pub fn import_nominees(
    db: State<'_, Db>,
    file: State<'_, ImportFile>,
    year: i32,
    mapping: Option<NomineeMapping>,
    accepted_only: bool,
) -> CommandResult<usize> {
    db.with(|s| import::nominees::import_nominees(s, &file.table()?, year, mapping, accepted_only))
}
