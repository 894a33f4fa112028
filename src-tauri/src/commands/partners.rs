//! The partner register and its lists.

use partnerdesk::{
    CatalogEntry, CatalogInput, CatalogList, Catalogs, Partner, PartnerInput, PartnerQuery,
    PartnerSummary, SavedPartner, SimilarPartner,
};
use tauri::State;

use crate::error::CommandResult;
use crate::state::Db;

#[tauri::command(async)]
pub fn list_catalogs(db: State<'_, Db>) -> CommandResult<Catalogs> {
    db.with(|s| s.catalogs())
}

#[tauri::command(async)]
pub fn add_catalog_entry(db: State<'_, Db>, list: CatalogList, input: CatalogInput) -> CommandResult<CatalogEntry> {
    db.with(|s| s.add_catalog_entry(list, &input))
}

#[tauri::command(async)]
pub fn list_partners(db: State<'_, Db>, query: PartnerQuery) -> CommandResult<Vec<PartnerSummary>> {
    db.with(|s| s.list_partners(&query))
}

#[tauri::command(async)]
pub fn get_partner(db: State<'_, Db>, id: i64) -> CommandResult<Partner> {
    db.with(|s| s.partner(id))
}

#[tauri::command(async)]
pub fn create_partner(db: State<'_, Db>, input: PartnerInput) -> CommandResult<SavedPartner> {
    db.with(|s| s.create_partner(&input))
}

#[tauri::command(async)]
pub fn update_partner(db: State<'_, Db>, id: i64, input: PartnerInput) -> CommandResult<SavedPartner> {
    db.with(|s| s.update_partner(id, &input))
}

#[tauri::command(async)]
pub fn archive_partner(db: State<'_, Db>, id: i64) -> CommandResult<Partner> {
    db.with(|s| s.archive_partner(id))
}

#[tauri::command(async)]
pub fn restore_partner(db: State<'_, Db>, id: i64) -> CommandResult<Partner> {
    db.with(|s| s.restore_partner(id))
}

#[tauri::command(async)]
pub fn find_similar_partners(db: State<'_, Db>, name: String, exclude_id: Option<i64>) -> CommandResult<Vec<SimilarPartner>> {
    db.with(|s| s.similar_partners(&name, exclude_id))
}
