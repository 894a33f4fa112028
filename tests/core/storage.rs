//! Opening, migrating and refusing files.

use partnerdesk::store::{SCHEMA_VERSION, APPLICATION_ID};
use partnerdesk::{ErrorCode, Store};
use rusqlite::Connection;

fn bytes(p: &std::path::Path) -> Vec<u8> {
    std::fs::read(p).unwrap()
}

#[test]
fn a_new_file_is_created_in_wal_mode_at_the_latest_schema() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nested/folder/pd.sqlite3");
    let store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    assert!(store.integrity_ok().unwrap());
    drop(store);
    let c = Connection::open(&path).unwrap();
    let mode: String = c.query_row("PRAGMA journal_mode", [], |r| r.get(0)).unwrap();
    assert_eq!(mode, "wal");
    let app: i64 = c.query_row("PRAGMA application_id", [], |r| r.get(0)).unwrap();
    assert_eq!(app, APPLICATION_ID);
}

#[test]
fn reopening_keeps_data_and_takes_no_backup() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("pd.sqlite3");
    let store = Store::open(&path).unwrap();
    store.create_partner(&super::partner(&store, "Мектеп № 1")).unwrap();
    drop(store);
    let store = Store::open(&path).unwrap();
    assert_eq!(store.partner_count().unwrap(), 1);
    assert!(Store::open(&path).unwrap().backups().unwrap().is_empty(), "no migration, no backup");
}

#[test]
fn a_file_from_a_newer_version_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("newer.sqlite3");
    {
        let c = Connection::open(&path).unwrap();
        c.execute_batch(&format!(
            "PRAGMA application_id = {APPLICATION_ID}; CREATE TABLE future (x); PRAGMA user_version = {};",
            SCHEMA_VERSION + 1
        ))
        .unwrap();
    }
    let before = bytes(&path);
    let err = Store::open(&path).err().expect("a newer file must be refused");
    assert_eq!(err.code(), ErrorCode::DatabaseTooNew);
    assert_eq!(err.details()["found"], (SCHEMA_VERSION + 1).to_string());
    assert_eq!(bytes(&path), before, "the file was modified");
    assert!(!dir.path().join("newer.sqlite3-wal").exists());
}

#[test]
fn files_that_are_not_ours_are_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let text = dir.path().join("notes.txt");
    std::fs::write(&text, "Это не база данных, а список покупок.\n".repeat(100)).unwrap();
    let other = dir.path().join("other.sqlite3");
    Connection::open(&other).unwrap().execute_batch("CREATE TABLE songs (title TEXT); INSERT INTO songs VALUES ('Елім-ай');").unwrap();
    for path in [&text, &other] {
        let before = bytes(path);
        let err = Store::open(path).err().expect("a foreign file must be refused");
        assert_eq!(err.code(), ErrorCode::NotADatabase, "{}", path.display());
        assert_eq!(bytes(path), before, "{} was modified", path.display());
    }
}

#[test]
fn the_online_backup_is_a_consistent_openable_copy() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("pd.sqlite3");
    let store = Store::open(&path).unwrap();
    let target = dir.path().join("copy.sqlite3");
    store.create_partner(&super::partner(&store, "Кітапхана")).unwrap();
    store.backup_to(&target).unwrap();
    drop(store);
    let copy = Store::open(&target).unwrap();
    assert_eq!(copy.partner_count().unwrap(), 1);
    assert!(copy.integrity_ok().unwrap());
}

/// Every schema version that has existed has a fixture database (made with the CLI's `demo`
/// by that version); each is migrated to the latest on a copy, data intact.
#[test]
fn every_old_schema_fixture_migrates_with_its_data() {
    let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    for version in 1..=SCHEMA_VERSION {
        let fixture = fixtures.join(format!("schema-{version}.sqlite3"));
        assert!(fixture.exists(), "schema {version} has no fixture: add {}", fixture.display());
        let dir = tempfile::tempdir().unwrap();
        let copy = dir.path().join("old.sqlite3");
        std::fs::copy(&fixture, &copy).unwrap();
        let store = Store::open(&copy).unwrap();
        assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
        assert!(store.integrity_ok().unwrap());
        assert_eq!(store.partner_count().unwrap(), 47, "schema {version}: partners lost");
        let found = store.list_partners(&partnerdesk::PartnerQuery { search: "МУЗЕЙ".into(), ..Default::default() }).unwrap();
        assert!(!found.is_empty(), "schema {version}: search index lost");
        if version >= 2 {
            let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
            let agreements = store.agreements(&partnerdesk::AgreementQuery::default(), today).unwrap();
            assert_eq!(agreements.len(), 8, "schema {version}: agreements lost");
            assert!(agreements.iter().any(|a| a.number == "2/2026 / 45-П"));
            assert!(!store.organisation().unwrap().full_name.kk.is_empty());
        }
        if version >= 3 {
            let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
            let plan = store.find_plan("2026-2027", today).unwrap();
            assert_eq!(plan.rows, 12, "schema {version}: plan rows lost");
            assert!(plan.fulfilment.held > 0, "schema {version}: events no longer fulfil the plan");
            let events = store.events(&partnerdesk::EventQuery::default()).unwrap();
            assert_eq!(events.len(), 12, "schema {version}: events lost");
        }
        if version >= 4 {
            assert!(store.trash().unwrap().is_empty());
        }
        if version >= 5 {
            let nominations = store.nominations(&partnerdesk::NominationQuery::default()).unwrap();
            assert_eq!(nominations.len(), 6, "schema {version}: nominations lost");
            let register = store.certificate_register(None).unwrap();
            assert_eq!(register.iter().map(|c| c.number.as_str()).collect::<Vec<_>>(), vec!["1/2026", "2/2026"]);
            assert!(store.check_certificate(&register[0].code).unwrap().checksum_ok);
        }
        // Whatever the version, nothing came out of the trash or went into it.
        if version >= 3 {
            assert_eq!(store.plans(chrono::NaiveDate::from_ymd_opt(2026, 11, 29).unwrap()).unwrap().len(), 1);
        }
        let backups = store.backups().unwrap();
        assert_eq!(backups.len(), usize::from(version < SCHEMA_VERSION), "schema {version}: a backup is taken exactly when migrating");
        if let Some(b) = backups.first() {
            assert_eq!(b.kind, partnerdesk::store::BackupKind::Migration);
            let old = Store::open(std::path::Path::new(&b.path));
            // The backup is the old file as it was: opening it migrates a copy, data intact.
            assert_eq!(old.unwrap().partner_count().unwrap(), 47);
        }
    }
}

/// A damaged file is refused for work before anything is written to it or backed up from it,
/// and its backups can still be listed beside it.
#[test]
fn a_damaged_file_is_refused_for_work_and_its_backups_are_offered() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("damaged.sqlite3");
    {
        let store = Store::open(&path).unwrap();
        partnerdesk::demo::load(&store).unwrap();
        store.daily_backup(partnerdesk::store::local_now()).unwrap();
        store.backup_to(&dir.path().join("clean.sqlite3")).unwrap();
    }
    // Overwrite a few pages in the middle, the way a failing disk would.
    let clean = std::fs::read(dir.path().join("clean.sqlite3")).unwrap();
    let mut bytes = clean.clone();
    for b in &mut bytes[4096 * 3..4096 * 5] {
        *b = 0xde;
    }
    std::fs::write(&path, &bytes).unwrap();
    let _ = std::fs::remove_file(dir.path().join("damaged.sqlite3-wal"));
    let _ = std::fs::remove_file(dir.path().join("damaged.sqlite3-shm"));
    let before = partnerdesk::store::backups_of(&path).unwrap().len();
    let e = Store::open_checked(&path).err().expect("a damaged file was opened for work");
    assert_eq!(e.code(), ErrorCode::DatabaseCorrupt);
    assert_eq!(std::fs::read(&path).unwrap(), bytes, "the damaged file was changed");
    let backups = partnerdesk::store::backups_of(&path).unwrap();
    assert_eq!(backups.len(), before, "no backup was taken of a damaged file");
    assert!(!backups.is_empty());
    // The offered backup opens, with the register in it.
    let copy = Store::open_checked(std::path::Path::new(&backups[0].path)).unwrap();
    assert_eq!(copy.partner_count().unwrap(), 47);
}
