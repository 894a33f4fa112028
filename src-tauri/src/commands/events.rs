//! Events held, their photos, and the monthly report and year summary as PDF and XLSX.

use partnerdesk::{
    docs, AlbumOrder, EventQuery, HeldEvent, HeldEventInput, Lang, MonthReport, PlanPeriod,
    ReportFormat, YearSummary,
};
use tauri::{AppHandle, Manager, Runtime, State};
use tauri_plugin_dialog::DialogExt;

use crate::error::CommandResult;
use crate::state::Db;

#[tauri::command(async)]
pub fn list_events(db: State<'_, Db>, query: EventQuery) -> CommandResult<Vec<HeldEvent>> {
    db.with(|s| s.events(&query))
}

#[tauri::command(async)]
pub fn get_event(db: State<'_, Db>, id: i64) -> CommandResult<HeldEvent> {
    db.with(|s| s.event(id))
}

#[tauri::command(async)]
pub fn create_event(db: State<'_, Db>, input: HeldEventInput) -> CommandResult<HeldEvent> {
    db.with(|s| s.create_event(&input))
}

#[tauri::command(async)]
pub fn update_event(db: State<'_, Db>, id: i64, input: HeldEventInput) -> CommandResult<HeldEvent> {
    db.with(|s| s.update_event(id, &input))
}

#[tauri::command(async)]
pub fn delete_event(db: State<'_, Db>, id: i64) -> CommandResult<()> {
    db.with(|s| s.delete_event(id))
}

/// Lets the user pick photos and copies them to the event; returns the event as it is now.
#[tauri::command]
pub async fn add_event_photos<R: Runtime>(app: AppHandle<R>, id: i64) -> CommandResult<HeldEvent> {
    let picked = app.dialog().file().add_filter("PNG, JPEG", &["png", "jpg", "jpeg"]).blocking_pick_files();
    let db = app.state::<Db>();
    db.with(|s| {
        for path in picked.unwrap_or_default().into_iter().filter_map(|p| p.into_path().ok()) {
            s.add_event_photo(id, &path)?;
        }
        s.event(id)
    })
}

#[tauri::command(async)]
pub fn remove_event_photo(db: State<'_, Db>, photo_id: i64) -> CommandResult<()> {
    db.with(|s| s.remove_event_photo(photo_id))
}

#[tauri::command(async)]
pub fn open_event_photo(db: State<'_, Db>, photo_id: i64) -> CommandResult<()> {
    let path = db.with(|s| s.photo_path(photo_id))?;
    super::files::open_in_viewer(&path)
}

#[tauri::command(async)]
pub fn get_month_report(db: State<'_, Db>, year: i32, month: u32, lang: Lang) -> CommandResult<MonthReport> {
    db.with(|s| s.month_report(year, month, lang))
}

#[tauri::command(async)]
pub fn get_year_summary(db: State<'_, Db>, period: String) -> CommandResult<YearSummary> {
    db.with(|s| {
        let p = PlanPeriod::read(&period)?;
        s.year_summary(p, partnerdesk::today())
    })
}

/// The monthly report as PDF or XLSX; see `files::deliver`.
#[tauri::command]
pub async fn print_month_report<R: Runtime>(
    app: AppHandle<R>,
    year: i32,
    month: u32,
    lang: Lang,
    format: ReportFormat,
    save: bool,
) -> CommandResult<Option<String>> {
    let db = app.state::<Db>();
    let (bytes, name) = db.with(|s| docs::report::month_file(s, year, month, lang, format))?;
    super::files::deliver(&app, bytes, &name, save)
}

/// The year summary as PDF or XLSX; see `files::deliver`.
#[tauri::command]
pub async fn print_year_summary<R: Runtime>(
    app: AppHandle<R>,
    period: String,
    lang: Lang,
    format: ReportFormat,
    save: bool,
) -> CommandResult<Option<String>> {
    let db = app.state::<Db>();
    let (bytes, name) = db.with(|s| {
        let p = PlanPeriod::read(&period)?;
        docs::report::year_file(s, p, lang, format, partnerdesk::today())
    })?;
    super::files::deliver(&app, bytes, &name, save)
}

/// The album of cooperation of a period as PDF; see `files::deliver`.
#[tauri::command]
pub async fn print_album<R: Runtime>(
    app: AppHandle<R>,
    period: String,
    lang: Lang,
    order: AlbumOrder,
    save: bool,
) -> CommandResult<Option<String>> {
    // Only reading the events holds the database; photos are decoded and the PDF written
    // while other commands go on.
    let source = app.state::<Db>().with(|s| docs::album::AlbumSource::read(s, PlanPeriod::read(&period)?))?;
    let (bytes, name) = source.render(order, lang).map_err(|e| e.payload())?;
    super::files::deliver(&app, bytes, &name, save)
}
