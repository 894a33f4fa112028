//! The yearly plan, its rows and activities, the calendar, printing the plan, and importing
//! plans and partners from a table the user chooses.

use partnerdesk::import::nominees::{NomineeImportPreview, NomineeMapping};
use partnerdesk::import::partners::{PartnerImportPreview, PartnerImportResult, PartnerMapping};
use partnerdesk::import::{self, PlanImportPreview, PlanImportResult, PlanMapping};
use partnerdesk::{
    docs, ActivityDue, CalendarMonth, Lang, Plan, PlanColumn, PlanInput, PlanPeriod, PlanRow, PlanRowInput, PlanSheet,
};
use tauri::{AppHandle, Manager, Runtime, State};
use tauri_plugin_dialog::DialogExt;

use crate::error::CommandResult;
use crate::state::Db;

fn today() -> chrono::NaiveDate {
    partnerdesk::today()
}

#[tauri::command(async)]
pub fn list_plans(db: State<'_, Db>) -> CommandResult<Vec<Plan>> {
    db.with(|s| s.plans(today()))
}

#[tauri::command(async)]
pub fn get_plan_sheet(db: State<'_, Db>, id: i64) -> CommandResult<PlanSheet> {
    db.with(|s| s.plan_sheet(id, today()))
}

#[tauri::command(async)]
pub fn create_plan(db: State<'_, Db>, input: PlanInput) -> CommandResult<Plan> {
    db.with(|s| s.create_plan(&input, today()))
}

#[tauri::command(async)]
pub fn update_plan(db: State<'_, Db>, id: i64, input: PlanInput) -> CommandResult<Plan> {
    db.with(|s| s.update_plan(id, &input, today()))
}

#[tauri::command(async)]
pub fn delete_plan(db: State<'_, Db>, id: i64) -> CommandResult<()> {
    db.with(|s| s.delete_plan(id))
}

#[tauri::command(async)]
pub fn carry_over_plan(db: State<'_, Db>, id: i64) -> CommandResult<Plan> {
    db.with(|s| s.carry_over_plan(id, today()))
}

#[tauri::command(async)]
pub fn add_plan_row(db: State<'_, Db>, plan_id: i64, input: PlanRowInput) -> CommandResult<PlanRow> {
    db.with(|s| s.add_plan_row(plan_id, &input, today()))
}

#[tauri::command(async)]
pub fn update_plan_row(db: State<'_, Db>, id: i64, input: PlanRowInput) -> CommandResult<PlanRow> {
    db.with(|s| s.update_plan_row(id, &input, today()))
}

#[tauri::command(async)]
pub fn delete_plan_row(db: State<'_, Db>, id: i64) -> CommandResult<()> {
    db.with(|s| s.delete_plan_row(id))
}

#[tauri::command(async)]
pub fn move_plan_row(db: State<'_, Db>, id: i64, delta: i64) -> CommandResult<()> {
    db.with(|s| s.move_plan_row(id, delta))
}

#[tauri::command(async)]
pub fn move_plan_group(db: State<'_, Db>, plan_id: i64, group_id: i64, delta: i64) -> CommandResult<()> {
    db.with(|s| s.move_plan_group(plan_id, group_id, delta))
}

#[tauri::command(async)]
pub fn list_activities_due(db: State<'_, Db>) -> CommandResult<Vec<ActivityDue>> {
    db.with(|s| s.activities_due(today()))
}

#[tauri::command(async)]
pub fn get_calendar_month(db: State<'_, Db>, year: i32, month: u32) -> CommandResult<CalendarMonth> {
    db.with(|s| s.calendar_month(year, month, today()))
}

/// Prints the plan in `lang` with the chosen columns; see `files::deliver`.
#[tauri::command]
pub async fn print_plan<R: Runtime>(
    app: AppHandle<R>,
    id: i64,
    lang: Lang,
    columns: Vec<PlanColumn>,
    save: bool,
) -> CommandResult<Option<String>> {
    let db = app.state::<Db>();
    let (bytes, name) = db.with(|s| {
        let sheet = s.plan_sheet(id, today())?;
        Ok((docs::plan::render(s, &sheet, lang, &columns)?, docs::plan::file_name(&sheet.plan, lang)))
    })?;
    super::files::deliver(&app, bytes, &name, save)
}

/// The file chosen for importing, kept here so that the interface never hands the shell a
/// path of its own: only a file the user picked in the native dialog is ever read.
#[derive(Default)]
pub struct ImportFile(std::sync::Mutex<Option<std::path::PathBuf>>);

impl ImportFile {
    fn path(&self) -> CommandResult<std::path::PathBuf> {
        self.0
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
            .ok_or_else(|| partnerdesk::Error::ImportInvalid { reason: "no file chosen".into() }.payload())
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

fn period(p: &str) -> CommandResult<PlanPeriod> {
    PlanPeriod::parse(p).ok_or_else(|| partnerdesk::Error::MonthInvalid(p.to_string()).payload())
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
    let (path, p) = (file.path()?, self::period(&period)?);
    db.with(|s| import::preview_plan(s, &import::read_table(&path)?, p, mapping, lang))
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
    let (path, p) = (file.path()?, self::period(&period)?);
    db.with(|s| import::import_plan(s, &import::read_table(&path)?, p, mapping, accepted_only))
}

/// What importing the chosen file as partners would do.
#[tauri::command(async)]
pub fn preview_partner_import(
    db: State<'_, Db>,
    file: State<'_, ImportFile>,
    mapping: Option<PartnerMapping>,
    lang: Lang,
) -> CommandResult<PartnerImportPreview> {
    let path = file.path()?;
    db.with(|s| import::partners::preview_partners(s, &import::read_table(&path)?, mapping, lang))
}

/// Imports the chosen file as partners (all rows, or only the accepted ones).
#[tauri::command(async)]
pub fn import_partners(
    db: State<'_, Db>,
    file: State<'_, ImportFile>,
    mapping: Option<PartnerMapping>,
    accepted_only: bool,
) -> CommandResult<PartnerImportResult> {
    let path = file.path()?;
    db.with(|s| import::partners::import_partners(s, &import::read_table(&path)?, mapping, accepted_only))
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
    let path = file.path()?;
    db.with(|s| import::nominees::preview_nominees(s, &import::read_table(&path)?, year, mapping, lang))
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
    let path = file.path()?;
    db.with(|s| import::nominees::import_nominees(s, &import::read_table(&path)?, year, mapping, accepted_only))
}
