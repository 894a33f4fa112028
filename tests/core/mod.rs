mod agreements;
mod awards;
mod backups;
mod bindings;
mod cli;
mod crash;
mod dashboard;
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

/// The text of a PDF as pdftotext reads it: one string per page, whitespace collapsed.
pub fn pdf_pages(dir: &std::path::Path, name: &str, pdf: &[u8]) -> Vec<String> {
    let path = dir.join(name);
    std::fs::write(&path, pdf).unwrap();
    let out = std::process::Command::new("pdftotext").arg("-layout").arg(&path).arg("-").output().expect("pdftotext (poppler-utils) is needed");
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap().split('\u{c}').map(|p| p.split_whitespace().collect::<Vec<_>>().join(" ")).filter(|p| !p.is_empty()).collect()
}
