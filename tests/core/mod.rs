mod agreements;
mod awards;
mod backups;
mod bindings;
mod cli;
mod crash;
mod export;
mod hostile;
mod locales;
mod partners;
mod plans;
mod search;
mod storage;
mod trash;

use partnerdesk::{CatalogList, PartnerInput, Store};

/// A fresh database in its own temporary folder (kept alive by the returned guard).
pub fn fresh() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("test.sqlite3")).unwrap();
    (dir, store)
}

pub fn category(store: &Store, code: &str) -> i64 {
    store.catalog(CatalogList::Category).unwrap().into_iter().find(|c| c.code == code).unwrap().id
}

pub fn partner(store: &Store, name: &str) -> PartnerInput {
    PartnerInput { name: name.into(), category_id: category(store, "education"), ..Default::default() }
}
