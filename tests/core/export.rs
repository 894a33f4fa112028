//! Everything to one JSON file and back into an empty database without loss.

use partnerdesk::{AgreementQuery, ErrorCode, Lang, PartnerQuery, ProfileImage};

use super::{fresh, partner};

#[test]
fn export_import_export_gives_the_same_content() {
    let (_d, store) = fresh();
    partnerdesk::demo::load(&store).unwrap();
    store.set_profile_image(ProfileImage::Logo, Some(b"\x89PNG\r\n\x1a\n\x00\xffbytes")).unwrap();
    let a = store.agreements(&AgreementQuery::default(), partnerdesk::today()).unwrap()[0].id;
    store.set_clause(a, Lang::Kk, "agreement-subject-1", Some("Өзгертілген «тармақ»\nекі жол")).unwrap();
    store.set_ui_language(Lang::Kk).unwrap();
    let first = store.export_json().unwrap();

    let (_d2, other) = fresh();
    other.import_json(&first).unwrap();
    let second = other.export_json().unwrap();
    assert_eq!(first, second);
    assert_eq!(other.profile_image(ProfileImage::Logo).unwrap().unwrap(), b"\x89PNG\r\n\x1a\n\x00\xffbytes");
    assert_eq!(other.ui_language().unwrap(), Some(Lang::Kk));
    let found = other.list_partners(&PartnerQuery { search: "МУЗЕЙ".into(), ..Default::default() }).unwrap();
    assert!(!found.is_empty(), "the search index is rebuilt");
    assert!(other.integrity_ok().unwrap());
}

#[test]
fn imports_are_all_or_nothing_and_only_into_an_empty_database() {
    let (_d, store) = fresh();
    partnerdesk::demo::load(&store).unwrap();
    let data = store.export_json().unwrap();
    assert_eq!(store.import_json(&data).unwrap_err().code(), ErrorCode::DatabaseNotEmpty);

    let (_d2, empty) = fresh();
    let mut broken = data.clone();
    broken["tables"]["contact"][0]["partner_id"] = serde_json::json!(99999);
    assert_eq!(empty.import_json(&broken).unwrap_err().code(), ErrorCode::ExportUnreadable, "a dangling reference");
    let mut missing = data.clone();
    missing["tables"].as_object_mut().unwrap().remove("organisation");
    assert_eq!(empty.import_json(&missing).unwrap_err().code(), ErrorCode::ExportUnreadable);
    let mut newer = data.clone();
    newer["schema"] = serde_json::json!(99);
    assert_eq!(empty.import_json(&newer).unwrap_err().code(), ErrorCode::DatabaseTooNew);
    assert_eq!(empty.import_json(&serde_json::json!({"hello": 1})).unwrap_err().code(), ErrorCode::ExportUnreadable);
    // Nothing was written by the refused imports: the seeded lists and profile are intact.
    assert_eq!(empty.partner_count().unwrap(), 0);
    assert!(!empty.catalogs().unwrap().categories.is_empty());
    assert!(empty.organisation().is_ok());
    empty.create_partner(&partner(&empty, "Работает как прежде")).unwrap();
}

/// The registers as CSV and XLSX: every partner and agreement, localized headers, Kazakh text
/// intact (the XLSX is read back from its zip).
#[test]
fn registers_go_to_csv_and_xlsx() {
    use partnerdesk::tables;
    use std::io::Read;
    let (dir, store) = fresh();
    partnerdesk::demo::load(&store).unwrap();
    let sheet = tables::partners(&store, Lang::Kk).unwrap();
    assert_eq!(sheet.rows.len(), 47);
    assert_eq!(sheet.headers[0], "Атауы");
    let csv = tables::to_csv(&sheet);
    assert!(csv.starts_with('\u{feff}'));
    assert_eq!(csv.matches("\r\n").count(), 48, "a line per partner and the header");
    assert!(csv.contains("Ғабит Мүсірепов"));

    let agreements = tables::agreements(&store, Lang::Ru, partnerdesk::today()).unwrap();
    assert_eq!(agreements.rows.len(), 8);
    let path = dir.path().join("agreements.xlsx");
    tables::write(&agreements, &path).unwrap();
    let mut zip = zip::ZipArchive::new(std::fs::File::open(&path).unwrap()).unwrap();
    let mut shared = String::new();
    zip.by_name("xl/sharedStrings.xml").unwrap().read_to_string(&mut shared).unwrap();
    for a in &agreements.rows {
        assert!(shared.contains(&a[0].replace('"', "&quot;")) || a[0].is_empty(), "number {}", a[0]);
    }
    assert!(shared.contains("Рег. номер") && shared.contains("Петропавл"));
    assert_eq!(tables::write(&agreements, &dir.path().join("x.pdf")).unwrap_err().code(), ErrorCode::FormatUnknown);

    // The events held, read back with a real reader: one row per event, numbers as numbers.
    let events = tables::events(&store, Lang::En).unwrap();
    let path = dir.path().join("events.xlsx");
    tables::write(&events, &path).unwrap();
    use calamine::Reader;
    let mut book: calamine::Xlsx<_> = calamine::open_workbook(&path).unwrap();
    let range = book.worksheet_range_at(0).unwrap().unwrap();
    let held = store.events(&partnerdesk::EventQuery::default()).unwrap();
    assert_eq!(range.height(), held.len() + 1);
    assert_eq!(range.get((0, 0)).unwrap().to_string(), "Date");
    for (k, e) in held.iter().enumerate() {
        assert_eq!(range.get((k + 1, 0)).unwrap().to_string(), e.held_on);
        assert_eq!(range.get((k + 1, 2)).unwrap().to_string(), e.partner_name);
        assert_eq!(range.get((k + 1, 6)).unwrap(), &calamine::Data::Float(f64::from(e.participants.children)));
    }
}

/// Every register the app offers to export comes out as a table with a row per record.
#[test]
fn every_register_goes_to_a_table() {
    use partnerdesk::tables::{register, Register};
    let (_d, store) = fresh();
    partnerdesk::demo::load(&store).unwrap();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
    let counts = [
        (Register::Partners, 47),
        (Register::Agreements, 8),
        (Register::Events, store.events(&partnerdesk::EventQuery::default()).unwrap().len()),
        (Register::Certificates, store.certificate_register(None).unwrap().len()),
    ];
    for (which, n) in counts {
        let sheet = register(&store, which, Lang::Kk, today).unwrap();
        assert_eq!(sheet.rows.len(), n, "{which:?}");
        assert!(sheet.rows.iter().all(|r| r.len() == sheet.headers.len()), "{which:?}: ragged rows");
        assert!(n > 0, "{which:?}: the demo has some");
    }
}

#[test]
fn an_export_file_too_large_or_not_json_is_refused_and_changes_nothing() {
    let (dir, store) = super::fresh();
    let big = dir.path().join("big.json");
    // Sparse: the size is there without the bytes.
    std::fs::File::create(&big).unwrap().set_len(partnerdesk::store::JSON_MAX_BYTES + 1).unwrap();
    let err = store.import_json_file(&big).unwrap_err();
    assert_eq!(err.code(), partnerdesk::ErrorCode::FileTooLarge);
    assert_eq!(partnerdesk::i18n::error_message(partnerdesk::Lang::Ru, &err), "Файл больше 256 МБ — это не экспорт Partnerdesk. Ничего не изменено.");
    let text = dir.path().join("notes.json");
    std::fs::write(&text, "{ not json").unwrap();
    let err = store.import_json_file(&text).unwrap_err();
    assert_eq!(err.code(), partnerdesk::ErrorCode::ExportUnreadable);
    // The parser's English stays in the details; the user reads their own language.
    assert_eq!(partnerdesk::i18n::error_message(partnerdesk::Lang::Kk, &err), "Бұл файл Partnerdesk экспорты емес немесе бүлінген. Ештеңе өзгертілмеді.");
    assert!(err.payload().details.values().any(|v| v.contains("line 1")), "{:?}", err.payload().details);
    assert_eq!(store.import_json_file(&dir.path().join("missing.json")).unwrap_err().code(), partnerdesk::ErrorCode::File);
    assert_eq!(store.partner_count().unwrap(), 0);
}
