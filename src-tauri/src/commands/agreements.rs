//! The organisation profile and cooperation agreements, their texts, scans and printing.
//! Native file dialogs and the system viewer are used from here, so the UI needs no grant
//! for the dialog or opener plugins.

use partnerdesk::{
    docs, Agreement, AgreementInput, AgreementQuery, AgreementSection, DocLang, Lang, Organisation,
    ProfileImage,
};
use tauri::{AppHandle, Manager, Runtime, State};
use tauri_plugin_dialog::DialogExt;

use crate::error::CommandResult;
use crate::state::Db;

fn today() -> chrono::NaiveDate {
    partnerdesk::today()
}

#[tauri::command(async)]
pub fn get_organisation(db: State<'_, Db>) -> CommandResult<Organisation> {
    db.with(|s| s.organisation())
}

/// How register number `n` looks this year with `pattern`.
#[tauri::command(async)]
pub fn get_number_example(pattern: String, n: i64) -> String {
    partnerdesk::store::number_example(&pattern, n, partnerdesk::today())
}

#[tauri::command(async)]
pub fn update_organisation(db: State<'_, Db>, organisation: Organisation) -> CommandResult<Organisation> {
    db.with(|s| s.update_organisation(&organisation))
}

#[tauri::command]
pub async fn choose_profile_image<R: Runtime>(app: AppHandle<R>, which: ProfileImage) -> CommandResult<Organisation> {
    let picked = app.dialog().file().add_filter("PNG, JPEG", &["png", "jpg", "jpeg"]).blocking_pick_file();
    let db = app.state::<Db>();
    db.with(|s| {
        if let Some(path) = picked.and_then(|p| p.into_path().ok()) {
            s.set_profile_image_from_file(which, &path)?;
        }
        s.organisation()
    })
}

#[tauri::command(async)]
pub fn clear_profile_image(db: State<'_, Db>, which: ProfileImage) -> CommandResult<Organisation> {
    db.with(|s| {
        s.set_profile_image(which, None)?;
        s.organisation()
    })
}

#[tauri::command(async)]
pub fn list_agreements(db: State<'_, Db>, query: AgreementQuery) -> CommandResult<Vec<Agreement>> {
    db.with(|s| s.agreements(&query, today()))
}

#[tauri::command(async)]
pub fn get_agreement(db: State<'_, Db>, id: i64) -> CommandResult<Agreement> {
    db.with(|s| s.agreement(id, today()))
}

#[tauri::command(async)]
pub fn create_agreement(db: State<'_, Db>, input: AgreementInput) -> CommandResult<Agreement> {
    db.with(|s| s.create_agreement(&input, today()))
}

#[tauri::command(async)]
pub fn update_agreement(db: State<'_, Db>, id: i64, input: AgreementInput) -> CommandResult<Agreement> {
    db.with(|s| s.update_agreement(id, &input, today()))
}

#[tauri::command(async)]
pub fn register_agreement(db: State<'_, Db>, id: i64) -> CommandResult<Agreement> {
    db.with(|s| s.register_agreement(id, today()))
}

#[tauri::command(async)]
pub fn renew_agreement(db: State<'_, Db>, id: i64) -> CommandResult<Agreement> {
    db.with(|s| s.renew_agreement(id, today()))
}

#[tauri::command(async)]
pub fn terminate_agreement(db: State<'_, Db>, id: i64, on: String) -> CommandResult<Agreement> {
    db.with(|s| s.terminate_agreement(id, &on, today()))
}

#[tauri::command(async)]
pub fn get_agreement_text(db: State<'_, Db>, id: i64, lang: Lang) -> CommandResult<Vec<AgreementSection>> {
    db.with(|s| s.agreement_text(id, lang, today()))
}

#[tauri::command(async)]
pub fn set_agreement_clause(
    db: State<'_, Db>,
    id: i64,
    lang: Lang,
    clause: String,
    text: Option<String>,
) -> CommandResult<Vec<AgreementSection>> {
    db.with(|s| {
        s.set_clause(id, lang, &clause, text.as_deref())?;
        s.agreement_text(id, lang, today())
    })
}

#[tauri::command]
pub async fn attach_agreement_scan<R: Runtime>(app: AppHandle<R>, id: i64) -> CommandResult<Agreement> {
    let picked = app.dialog().file().add_filter("PDF, PNG, JPEG", &["pdf", "png", "jpg", "jpeg"]).blocking_pick_file();
    let db = app.state::<Db>();
    db.with(|s| {
        if let Some(path) = picked.and_then(|p| p.into_path().ok()) {
            s.attach_scan(id, &path)?;
        }
        s.agreement(id, today())
    })
}

/// Prints an agreement to PDF: into a temporary file opened in the system viewer, or where
/// the user chooses. Returns the path written, or None when the user cancelled.
#[tauri::command]
pub async fn print_agreement<R: Runtime>(app: AppHandle<R>, id: i64, lang: DocLang, save: bool) -> CommandResult<Option<String>> {
    let db = app.state::<Db>();
    let (bytes, name) = db.with(|s| {
        let pdf = docs::agreement::render(s, id, lang, today())?;
        Ok((pdf, docs::agreement::file_name(&s.agreement(id, today())?, lang)))
    })?;
    super::files::deliver(&app, bytes, &name, save)
}

#[tauri::command(async)]
pub fn open_agreement_scan(db: State<'_, Db>, id: i64) -> CommandResult<()> {
    let path = db.with(|s| s.scan_path(id))?;
    if let Some(p) = path {
        super::files::open_in_viewer(&p)?;
    }
    Ok(())
}
