//! Awards: nominations, their approval and handing over, certificate templates and previews,
//! batch printing with progress (cancellable), the register and checking a certificate.

use std::sync::atomic::{AtomicBool, Ordering};

use partnerdesk::{
    docs, AwardCatalogs, CertificateCheck, CertificateEntry, CertificateTemplate, DeclinedName, Lang, LocalizedName,
    Nomination, NominationInput, NominationQuery, NominationTitle, PrintProgress, ReportFormat,
};
use tauri::ipc::{Channel, Response};
use tauri::{AppHandle, Manager, Runtime, State};
use tauri_plugin_dialog::DialogExt;

use crate::error::CommandResult;
use crate::state::Db;

fn today() -> chrono::NaiveDate {
    partnerdesk::today()
}

#[tauri::command(async)]
pub fn list_award_catalogs(db: State<'_, Db>) -> CommandResult<AwardCatalogs> {
    db.with(|s| s.award_catalogs())
}

#[tauri::command(async)]
pub fn add_nomination_title(db: State<'_, Db>, name: LocalizedName, award_kind_id: i64) -> CommandResult<NominationTitle> {
    db.with(|s| s.add_nomination_title(&name, award_kind_id))
}

#[tauri::command(async)]
pub fn add_award_kind(db: State<'_, Db>, name: LocalizedName, prints: bool) -> CommandResult<partnerdesk::AwardKind> {
    db.with(|s| s.add_award_kind(&name, prints))
}

#[tauri::command(async)]
pub fn list_nominations(db: State<'_, Db>, query: NominationQuery) -> CommandResult<Vec<Nomination>> {
    db.with(|s| s.nominations(&query))
}

#[tauri::command(async)]
pub fn get_nomination(db: State<'_, Db>, id: i64) -> CommandResult<Nomination> {
    db.with(|s| s.nomination(id))
}

#[tauri::command(async)]
pub fn create_nomination(db: State<'_, Db>, input: NominationInput) -> CommandResult<Nomination> {
    db.with(|s| s.create_nomination(&input))
}

#[tauri::command(async)]
pub fn update_nomination(db: State<'_, Db>, id: i64, input: NominationInput) -> CommandResult<Nomination> {
    db.with(|s| s.update_nomination(id, &input))
}

#[tauri::command(async)]
pub fn delete_nomination(db: State<'_, Db>, id: i64) -> CommandResult<()> {
    db.with(|s| s.delete_nomination(id))
}

/// The dative and genitive of the name as typed, for the form to show beside the fields.
#[tauri::command(async)]
pub fn decline_name(db: State<'_, Db>, input: NominationInput) -> CommandResult<DeclinedName> {
    db.with(|s| Ok(s.decline(&input)))
}

#[tauri::command(async)]
pub fn approve_nominations(db: State<'_, Db>, ids: Vec<i64>, order_number: String, order_date: String) -> CommandResult<usize> {
    db.with(|s| s.approve_nominations(&ids, &order_number, &order_date))
}

#[tauri::command(async)]
pub fn hand_over_nomination(db: State<'_, Db>, id: i64, on: String) -> CommandResult<Nomination> {
    db.with(|s| s.hand_over(id, &on))
}

#[tauri::command(async)]
pub fn get_certificate_template(db: State<'_, Db>, award_kind_id: i64, lang: Lang) -> CommandResult<CertificateTemplate> {
    db.with(|s| s.certificate_template(award_kind_id, lang))
}

#[tauri::command(async)]
pub fn save_certificate_template(db: State<'_, Db>, template: CertificateTemplate) -> CommandResult<CertificateTemplate> {
    db.with(|s| s.save_certificate_template(&template))
}

#[tauri::command(async)]
pub fn reset_certificate_template(db: State<'_, Db>, award_kind_id: i64, lang: Lang) -> CommandResult<CertificateTemplate> {
    db.with(|s| s.reset_certificate_template(award_kind_id, lang))
}

/// Lets the user pick a background picture for a template (None clears it when `clear`).
#[tauri::command]
pub async fn choose_template_background<R: Runtime>(app: AppHandle<R>, award_kind_id: i64, lang: Lang, clear: bool) -> CommandResult<CertificateTemplate> {
    let db = app.state::<Db>();
    if clear {
        return db.with(|s| s.set_template_background(award_kind_id, lang, None));
    }
    let picked = app.dialog().file().add_filter("PNG, JPEG", &["png", "jpg", "jpeg"]).blocking_pick_file();
    db.with(|s| match picked.and_then(|p| p.into_path().ok()) {
        Some(path) => {
            let bytes = std::fs::read(&path).map_err(|e| partnerdesk::Error::file(&path, e))?;
            s.set_template_background(award_kind_id, lang, Some(&bytes))
        }
        None => s.certificate_template(award_kind_id, lang),
    })
}

/// The PDF of a template with a sample nominee (as raw bytes, for the preview).
#[tauri::command(async)]
pub fn preview_template(db: State<'_, Db>, template: CertificateTemplate) -> CommandResult<Response> {
    db.with(|s| docs::awards::preview_template(s, &template, today())).map(Response::new)
}

/// The PDF of a nomination's certificate as it would print now, issuing nothing.
#[tauri::command(async)]
pub fn preview_certificate(db: State<'_, Db>, id: i64, lang: Lang) -> CommandResult<Response> {
    db.with(|s| docs::awards::preview_nomination(s, id, lang, today())).map(Response::new)
}

/// Set while a batch print runs; `cancel_print` clears it and the batch stops after the
/// certificate it is printing.
#[derive(Default)]
pub struct PrintRun(AtomicBool);

#[tauri::command]
pub fn cancel_print(run: State<'_, PrintRun>) {
    run.0.store(false, Ordering::SeqCst);
}

/// Prints the certificates of `ids`: into one PDF opened in the system viewer (`one_file`;
/// the viewer prints or saves it), or one file each into a folder the user chooses, sending
/// progress on `progress`. Returns where they went, or None when the dialog was cancelled.
#[tauri::command]
pub async fn print_certificates<R: Runtime>(
    app: AppHandle<R>,
    ids: Vec<i64>,
    lang: Lang,
    one_file: bool,
    progress: Channel<PrintProgress>,
) -> CommandResult<Option<String>> {
    let db = app.state::<Db>();
    if one_file {
        let name = docs::awards::combined_file_name(lang, today());
        let pdf = db.with(|s| docs::awards::print_combined(s, &ids, lang, today()))?;
        let _ = progress.send(PrintProgress { done: ids.len(), total: ids.len() });
        return super::files::deliver(&app, pdf, &name, false);
    }
    let dir = app.dialog().file().blocking_pick_folder().and_then(|p| p.into_path().ok());
    let Some(dir) = dir else { return Ok(None) };
    let run = app.state::<PrintRun>();
    run.0.store(true, Ordering::SeqCst);
    db.with(|s| {
        docs::awards::print_each(s, &ids, lang, today(), &dir, &mut |p| {
            let _ = progress.send(p);
            run.0.load(Ordering::SeqCst)
        })
    })?;
    Ok(Some(dir.display().to_string()))
}

#[tauri::command(async)]
pub fn list_certificate_register(db: State<'_, Db>, year: Option<i32>) -> CommandResult<Vec<CertificateEntry>> {
    db.with(|s| s.certificate_register(year))
}

/// The register as PDF or XLSX; see `files::deliver`.
#[tauri::command]
pub async fn print_certificate_register<R: Runtime>(
    app: AppHandle<R>,
    year: Option<i32>,
    lang: Lang,
    format: ReportFormat,
    save: bool,
) -> CommandResult<Option<String>> {
    let db = app.state::<Db>();
    let (bytes, name) = db.with(|s| docs::report::register_file(s, year, lang, format))?;
    super::files::deliver(&app, bytes, &name, save)
}

#[tauri::command(async)]
pub fn check_certificate(db: State<'_, Db>, code: String) -> CommandResult<CertificateCheck> {
    db.with(|s| s.check_certificate(&code))
}
