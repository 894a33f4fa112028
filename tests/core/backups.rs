//! Backups: daily at most once, kept for 14 days and 12 months, restore with a backup first,
//! and files that are not ours refused without touching anything.

use partnerdesk::store::{local_at, BackupKind, KEEP_DAYS, KEEP_MONTHS};
use partnerdesk::{ErrorCode, Store};

use super::{fresh, partner};

#[test]
fn a_daily_backup_is_taken_once_a_day_and_old_ones_are_thinned() {
    let (_d, store) = fresh();
    store.create_partner(&partner(&store, "Мектеп № 1")).unwrap();
    assert!(store.daily_backup(local_at(2026, 11, 29, 9, 0)).unwrap().is_some());
    assert!(store.daily_backup(local_at(2026, 11, 29, 17, 30)).unwrap().is_none(), "once a day");
    // Eighty days of daily starts, from a year and a half ago to now.
    let start = chrono::NaiveDate::from_ymd_opt(2025, 6, 1).unwrap();
    for i in 0..80 {
        let d = start + chrono::Duration::days(i * 7);
        use chrono::Datelike;
        store.daily_backup(local_at(d.year(), d.month(), d.day(), 8, 0)).unwrap();
    }
    let daily: Vec<_> = store.backups().unwrap().into_iter().filter(|b| b.kind == BackupKind::Daily).collect();
    let days: std::collections::BTreeSet<_> = daily.iter().map(|b| b.taken_at[..10].to_string()).collect();
    let months: std::collections::BTreeSet<_> = daily.iter().map(|b| b.taken_at[..7].to_string()).collect();
    assert_eq!(days.len(), daily.len(), "one per day");
    assert!(daily.len() <= KEEP_DAYS + KEEP_MONTHS);
    assert!(months.len() >= KEEP_MONTHS, "{months:?}");
    assert!(days.contains("2026-11-29"), "the newest is kept");
    assert!(!days.contains("2025-06-01"), "the oldest is gone");
    // Every backup is a whole, openable database.
    let copy = Store::open(std::path::Path::new(&daily[0].path)).unwrap();
    assert!(copy.integrity_ok().unwrap());
}

#[test]
fn restoring_replaces_everything_after_a_backup_of_the_current_state() {
    let (dir, mut store) = fresh();
    store.create_partner(&partner(&store, "Было")).unwrap();
    let snapshot = store.take_backup(BackupKind::Manual, local_at(2026, 11, 1, 10, 0)).unwrap();
    store.create_partner(&partner(&store, "Добавлено позже")).unwrap();
    store.restore_from(&snapshot, local_at(2026, 11, 29, 10, 0)).unwrap();
    assert_eq!(store.partner_count().unwrap(), 1);
    assert!(store.integrity_ok().unwrap());
    let found = store.list_partners(&partnerdesk::PartnerQuery { search: "было".into(), ..Default::default() }).unwrap();
    assert_eq!(found.len(), 1, "the search index came with it");
    // The state before the restore was kept, and can itself be restored.
    let before = store.backups().unwrap().into_iter().find(|b| b.kind == BackupKind::Restore).unwrap();
    store.restore_from(std::path::Path::new(&before.path), local_at(2026, 11, 29, 11, 0)).unwrap();
    assert_eq!(store.partner_count().unwrap(), 2);
    drop(dir);
}

#[test]
fn an_old_schema_is_restored_and_migrated() {
    let (_d, mut store) = fresh();
    let fixture = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/schema-1.sqlite3");
    let before = std::fs::read(&fixture).unwrap();
    store.restore_from(&fixture, local_at(2026, 11, 29, 12, 0)).unwrap();
    assert_eq!(store.partner_count().unwrap(), 47);
    assert_eq!(store.schema_version().unwrap(), partnerdesk::store::SCHEMA_VERSION);
    assert!(store.organisation().is_ok(), "migrated to the current schema");
    assert_eq!(std::fs::read(&fixture).unwrap(), before, "the restored file is not modified");
}

#[test]
fn files_that_are_not_ours_are_refused_and_nothing_changes() {
    let (dir, mut store) = fresh();
    store.create_partner(&partner(&store, "Остаётся")).unwrap();
    let text = dir.path().join("list.txt");
    std::fs::write(&text, "не база данных").unwrap();
    let other = dir.path().join("other.sqlite3");
    rusqlite::Connection::open(&other).unwrap().execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);").unwrap();
    let newer = dir.path().join("newer.sqlite3");
    rusqlite::Connection::open(&newer)
        .unwrap()
        .execute_batch(&format!("PRAGMA application_id = {}; CREATE TABLE t (x); PRAGMA user_version = 99;", partnerdesk::store::APPLICATION_ID))
        .unwrap();
    for (file, code) in [(&text, ErrorCode::NotADatabase), (&other, ErrorCode::NotADatabase), (&newer, ErrorCode::DatabaseTooNew), (&dir.path().join("missing.sqlite3"), ErrorCode::NotADatabase)] {
        let e = store.restore_from(file, local_at(2026, 11, 29, 12, 0)).unwrap_err();
        assert_eq!(e.code(), code, "{}", file.display());
    }
    assert_eq!(store.partner_count().unwrap(), 1);
    assert!(store.backups().unwrap().is_empty(), "nothing was even backed up");
}
