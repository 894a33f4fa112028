//! Agreements: the gap-free register, dates, statuses, renewal, termination, texts, scans; and
//! the organisation profile they read.

use chrono::NaiveDate;
use partnerdesk::{
    agreement_text, AgreementInput, AgreementQuery, AgreementStatus, DocLang, ErrorCode, Lang,
    LocalizedName, ProfileImage, Store,
};

use super::{fresh, partner};

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

const TODAY: &str = "2026-11-29";

fn draft(store: &Store, from: &str, to: &str, signed: Option<&str>) -> i64 {
    let pid = store.create_partner(&partner(store, "Мектеп-гимназия № 16")).map(|s| s.partner.id).unwrap();
    let input = AgreementInput {
        partner_id: pid,
        valid_from: from.into(),
        valid_to: to.into(),
        signed_on: signed.map(Into::into),
        language: DocLang::Kkru,
        partner_in_person: LocalizedName { ru: "директора Сейтовой А. К.".into(), kk: "директор А. Қ. Сейтова".into(), en: "Director A. Seitova".into() },
        ..Default::default()
    };
    store.create_agreement(&input, d(TODAY)).unwrap().id
}

#[test]
fn registering_numbers_are_gap_free_per_year_from_the_pattern_and_start() {
    let (_d, store) = fresh();
    let mut org = store.organisation().unwrap();
    org.agreement_number_pattern = "{n}/{yyyy}".into();
    org.agreement_start_number = 12;
    store.update_organisation(&org).unwrap();
    let a = draft(&store, "2026-09-01", "2027-08-31", Some("2026-09-01"));
    let b = draft(&store, "2026-09-01", "2027-08-31", Some("2026-10-15"));
    let c = draft(&store, "2027-01-01", "2027-12-31", Some("2027-01-10"));
    let x = store.agreement(a, d(TODAY)).unwrap();
    assert_eq!(x.status, AgreementStatus::Draft);
    assert_eq!(x.register_number, None);
    let na = store.register_agreement(a, d(TODAY)).unwrap();
    let nc = store.register_agreement(c, d(TODAY)).unwrap();
    let nb = store.register_agreement(b, d(TODAY)).unwrap();
    assert_eq!(na.register_number.as_deref(), Some("12/2026"));
    assert_eq!(nb.register_number.as_deref(), Some("13/2026"));
    assert_eq!(nc.register_number.as_deref(), Some("12/2027"), "each year starts from the start number");
    assert_eq!(nb.status, AgreementStatus::Active);
    let e = store.register_agreement(a, d(TODAY)).unwrap_err();
    assert_eq!(e.code(), ErrorCode::AlreadyRegistered);
    assert_eq!(e.details()["number"], "12/2026");
}

#[test]
fn register_numbers_survive_concurrent_writers() {
    let (dir, store) = fresh();
    let ids: Vec<i64> = (0..20).map(|_| draft(&store, "2026-01-01", "2026-12-31", Some("2026-02-02"))).collect();
    let path = store.path().to_path_buf();
    drop(store);
    let handles: Vec<_> = ids
        .chunks(5)
        .map(|chunk| {
            let chunk = chunk.to_vec();
            let path = path.clone();
            std::thread::spawn(move || {
                let s = Store::open(&path).unwrap();
                for id in chunk {
                    s.register_agreement(id, d(TODAY)).unwrap();
                }
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    let store = Store::open(&path).unwrap();
    let mut numbers: Vec<i64> = store
        .agreements(&AgreementQuery::default(), d(TODAY))
        .unwrap()
        .iter()
        .map(|a| a.register_number.as_ref().unwrap().split('/').next().unwrap().parse().unwrap())
        .collect();
    numbers.sort();
    assert_eq!(numbers, (1..=20).collect::<Vec<i64>>());
    drop(dir);
}

#[test]
fn dates_are_checked() {
    let (_d, store) = fresh();
    let pid = store.create_partner(&partner(&store, "Театр")).unwrap().partner.id;
    let bad = |from: &str, to: &str| {
        store
            .create_agreement(&AgreementInput { partner_id: pid, valid_from: from.into(), valid_to: to.into(), ..Default::default() }, d(TODAY))
            .unwrap_err()
            .code()
    };
    assert_eq!(bad("2026-09-01", "2026-08-31"), ErrorCode::DateOrder);
    assert_eq!(bad("2026-02-30", "2026-08-31"), ErrorCode::DateInvalid);
    assert_eq!(bad("", "2026-08-31"), ErrorCode::DateInvalid);
    assert_eq!(bad("01.09.2026", "2027-08-31"), ErrorCode::DateInvalid);
    let e = store
        .create_agreement(&AgreementInput { partner_id: 999, valid_from: "2026-01-01".into(), valid_to: "2026-12-31".into(), ..Default::default() }, d(TODAY))
        .unwrap_err();
    assert_eq!(e.code(), ErrorCode::NotFound);
    assert!(store.agreements(&AgreementQuery::default(), d(TODAY)).unwrap().is_empty());
}

#[test]
fn statuses_follow_dates_and_actions() {
    let (_d, store) = fresh();
    let soon = draft(&store, "2026-01-01", "2026-12-20", None);
    store.register_agreement(soon, d(TODAY)).unwrap();
    assert_eq!(store.agreement(soon, d(TODAY)).unwrap().status, AgreementStatus::Expiring);
    assert_eq!(store.agreement(soon, d("2026-12-21")).unwrap().status, AgreementStatus::Expired);
    let expiring = store.agreements(&AgreementQuery { status: Some(AgreementStatus::Expiring), ..Default::default() }, d(TODAY)).unwrap();
    assert_eq!(expiring.len(), 1);

    assert_eq!(store.agreement(soon, d(TODAY)).unwrap().days_left, Some(21));

    let renewed = store.renew_agreement(soon, d(TODAY)).unwrap();
    assert_eq!(renewed.valid_from, "2026-12-21");
    assert_eq!(renewed.renews_id, Some(soon));
    assert_eq!(renewed.status, AgreementStatus::Draft);
    assert_eq!(renewed.partner_in_person, store.agreement(soon, d(TODAY)).unwrap().partner_in_person);
    assert_eq!(store.agreement(soon, d(TODAY)).unwrap().status, AgreementStatus::Expiring, "a draft renewal still warns");
    assert_eq!(store.renew_agreement(soon, d(TODAY)).unwrap_err().code(), ErrorCode::AlreadyRenewed);
    store.register_agreement(renewed.id, d(TODAY)).unwrap();
    assert_eq!(store.agreement(soon, d(TODAY)).unwrap().status, AgreementStatus::Renewed);

    let outside = store.terminate_agreement(renewed.id, "2030-01-01", d(TODAY)).unwrap_err();
    assert_eq!((outside.code(), outside.details()["field"].as_str()), (ErrorCode::DateOutsideTerm, "terminated-on"));
    let t = store.terminate_agreement(renewed.id, "2027-02-01", d(TODAY)).unwrap();
    assert_eq!(t.status, AgreementStatus::Active, "terminated from its date on, not before");
    assert_eq!(store.agreement(renewed.id, d("2027-02-01")).unwrap().status, AgreementStatus::Terminated);
    assert_eq!(store.terminate_agreement(renewed.id, "2027-03-01", d(TODAY)).unwrap_err().code(), ErrorCode::AgreementTerminated);
    assert_eq!(store.set_clause(renewed.id, Lang::Ru, "agreement-subject-1", Some("x")).unwrap_err().code(), ErrorCode::AgreementTerminated);
    let mut input = AgreementInput { partner_id: t.partner_id, valid_from: t.valid_from.clone(), valid_to: t.valid_to.clone(), ..Default::default() };
    input.title = "x".into();
    assert_eq!(store.update_agreement(renewed.id, &input, d(TODAY)).unwrap_err().code(), ErrorCode::AgreementTerminated);
}

#[test]
fn texts_come_from_the_template_and_edits_win() {
    let (_d, store) = fresh();
    let mut org = store.organisation().unwrap();
    org.full_name = LocalizedName { ru: "КГКП «Дворец школьников»".into(), kk: "«Оқушылар сарайы» КМҚК".into(), en: "Palace of Schoolchildren".into() };
    org.city = LocalizedName { ru: "Петропавловск".into(), kk: "Петропавл".into(), en: "Petropavl".into() };
    let org = store.update_organisation(&org).unwrap();
    let id = draft(&store, "2026-09-01", "2027-08-31", None);
    let a = store.agreement(id, d(TODAY)).unwrap();
    let over = store.clause_overrides(id).unwrap();
    let ru = agreement_text::sections(&org, &a, Lang::Ru, &over);
    let kk = agreement_text::sections(&org, &a, Lang::Kk, &over);
    assert_eq!(ru.len(), kk.len());
    assert!(ru[0].clauses[0].text.contains("КГКП «Дворец школьников»"));
    assert!(ru[0].clauses[0].text.contains("директора Сейтовой А. К."));
    assert!(kk[0].clauses[0].text.contains("директор А. Қ. Сейтова"));
    let term = ru.iter().flat_map(|s| &s.clauses).find(|c| c.id == "agreement-term-1").unwrap();
    assert!(term.text.contains("01.09.2026") && term.text.contains("31.08.2027"), "{}", term.text);
    for s in ru.iter().chain(&kk) {
        for c in &s.clauses {
            assert!(!c.text.starts_with("agreement-") && !c.text.contains("{"), "unfilled: {}", c.text);
        }
    }
    store.set_clause(id, Lang::Ru, "agreement-subject-1", Some("Своя редакция пункта.")).unwrap();
    let over = store.clause_overrides(id).unwrap();
    let ru = agreement_text::sections(&org, &a, Lang::Ru, &over);
    let c = &ru[1].clauses[0];
    assert_eq!((c.text.as_str(), c.edited), ("Своя редакция пункта.", true));
    assert!(!agreement_text::sections(&org, &a, Lang::Kk, &over)[1].clauses[0].edited, "an edit is per language");
    store.set_clause(id, Lang::Ru, "agreement-subject-1", None).unwrap();
    assert!(!agreement_text::sections(&org, &a, Lang::Ru, &store.clause_overrides(id).unwrap())[1].clauses[0].edited);
}

#[test]
fn the_profile_is_validated_and_keeps_images() {
    let (_d, store) = fresh();
    let mut org = store.organisation().unwrap();
    assert_eq!(org.agreement_number_pattern, "{n}/{yyyy}");
    org.agreement_number_pattern = "СП/{yyyy}".into();
    assert_eq!(store.update_organisation(&org).unwrap_err().code(), ErrorCode::PatternInvalid);
    org.agreement_number_pattern = "{n}".into();
    assert_eq!(store.update_organisation(&org).unwrap_err().code(), ErrorCode::PatternInvalid, "a pattern needs the year");
    org.agreement_number_pattern = "{n}-{yy}".into();
    org.email = "director@".into();
    assert_eq!(store.update_organisation(&org).unwrap_err().code(), ErrorCode::EmailInvalid);
    org.email = String::new();
    org.head_name.kk = "Ә".repeat(201);
    assert_eq!(store.update_organisation(&org).unwrap_err().code(), ErrorCode::TooLong);
    org.head_name.kk = "Ә. Б. Сейітова".into();
    org.agreement_start_number = 0;
    let e = store.update_organisation(&org).unwrap_err();
    assert_eq!((e.code(), e.details()["min"].as_str()), (ErrorCode::OutOfRange, "1"));
    org.agreement_start_number = 1;
    let saved = store.update_organisation(&org).unwrap();
    assert_eq!(saved.head_name.kk, "Ә. Б. Сейітова");
    assert_eq!(store.set_profile_image(ProfileImage::Logo, Some(b"GIF89a...")).unwrap_err().code(), ErrorCode::ImageInvalid);
    let png = b"\x89PNG\r\n\x1a\nrest".to_vec();
    store.set_profile_image(ProfileImage::Stamp, Some(&png)).unwrap();
    assert!(store.organisation().unwrap().has_stamp);
    assert_eq!(store.profile_image(ProfileImage::Stamp).unwrap(), Some(png));
    store.set_profile_image(ProfileImage::Stamp, None).unwrap();
    assert!(!store.organisation().unwrap().has_stamp);
    assert_eq!(saved.agreement_number_pattern, "{n}-{yy}");
}

#[test]
fn a_scan_is_copied_under_the_data_folder_with_a_name_of_ours() {
    let (dir, store) = fresh();
    let id = draft(&store, "2026-01-01", "2026-12-31", None);
    let outside = tempfile::tempdir().unwrap();
    let scan = outside.path().join("скан договора ..%2f..%2f.pdf");
    std::fs::write(&scan, b"%PDF-1.4 signed").unwrap();
    let stored = store.attach_scan(id, &scan).unwrap();
    assert!(stored.starts_with(store.attachments_dir()));
    assert!(stored.file_name().unwrap().to_str().unwrap().starts_with(&format!("agreement-{id}-")));
    assert_eq!(std::fs::read(&stored).unwrap(), b"%PDF-1.4 signed");
    assert_eq!(store.scan_path(id).unwrap(), Some(stored));
    assert!(store.agreement(id, d(TODAY)).unwrap().has_scan);
    assert_eq!(store.attach_scan(id, &outside.path().join("missing.pdf")).unwrap_err().code(), ErrorCode::File);
    let exe = outside.path().join("virus.exe");
    std::fs::write(&exe, b"MZ").unwrap();
    assert_eq!(store.attach_scan(id, &exe).unwrap_err().code(), ErrorCode::ScanInvalid);
    // A database from elsewhere may name any path: only names the app makes are opened.
    let c = rusqlite::Connection::open(store.path()).unwrap();
    for planted in ["../../../etc/passwd", "/etc/passwd", "agreement-1-x/../../../etc/shadow.pdf"] {
        c.execute("UPDATE agreement SET scan_file = ?1 WHERE id = ?2", rusqlite::params![planted, id]).unwrap();
        assert_eq!(store.scan_path(id).unwrap_err().code(), ErrorCode::ScanInvalid, "{planted}");
    }
    drop(dir);
}

#[test]
fn clause_edits_are_checked_and_never_silently_lost() {
    let (_d, store) = fresh();
    let id = draft(&store, "2026-09-01", "2027-08-31", None);
    assert_eq!(store.set_clause(id, Lang::Kk, "no-such-clause", Some("x")).unwrap_err().code(), ErrorCode::NotFound);
    store.set_clause(id, Lang::Kk, "agreement-final-3", Some("Өзгертілген тармақ.")).unwrap();
    let c = rusqlite::Connection::open(store.path()).unwrap();
    c.execute("UPDATE agreement SET clause_overrides = '{broken' WHERE id = ?1", [id]).unwrap();
    assert_eq!(store.clause_overrides(id).unwrap_err().code(), ErrorCode::DatabaseCorrupt);
    assert_eq!(store.set_clause(id, Lang::Kk, "agreement-final-2", Some("y")).unwrap_err().code(), ErrorCode::DatabaseCorrupt);
    let raw: String = c.query_row("SELECT clause_overrides FROM agreement WHERE id = ?1", [id], |r| r.get(0)).unwrap();
    assert_eq!(raw, "{broken", "the stored edits were not overwritten");
}

#[test]
fn a_registered_agreement_keeps_its_partner_and_year_and_bad_dates_are_refused() {
    let (_d, store) = fresh();
    let id = draft(&store, "2026-09-01", "2027-08-31", Some("2026-09-01"));
    let a = store.register_agreement(id, d(TODAY)).unwrap();
    let other = store.create_partner(&partner(&store, "Другой партнёр")).unwrap().partner.id;
    let mut input = AgreementInput { partner_id: a.partner_id, valid_from: a.valid_from.clone(), valid_to: a.valid_to.clone(), signed_on: a.signed_on.clone(), ..Default::default() };
    input.partner_id = other;
    assert_eq!(store.update_agreement(id, &input, d(TODAY)).unwrap_err().code(), ErrorCode::AlreadyRegistered);
    input.partner_id = a.partner_id;
    input.signed_on = Some("2027-01-05".into());
    assert_eq!(store.update_agreement(id, &input, d(TODAY)).unwrap_err().code(), ErrorCode::AlreadyRegistered);
    input.signed_on = Some("2026-09-02".into());
    input.title = "Договор о сотрудничестве".into();
    assert_eq!(store.update_agreement(id, &input, d(TODAY)).unwrap().title, "Договор о сотрудничестве");
    input.valid_from = "-262000-01-01".into();
    assert_eq!(store.update_agreement(id, &input, d(TODAY)).unwrap_err().code(), ErrorCode::DateInvalid);
    input.valid_from = "+10000-01-01".into();
    assert_eq!(store.update_agreement(id, &input, d(TODAY)).unwrap_err().code(), ErrorCode::DateInvalid);
}

#[test]
fn demo_loading_is_all_or_nothing_and_keeps_a_filled_profile() {
    let (_d, store) = fresh();
    let mut org = store.organisation().unwrap();
    org.full_name.ru = "Моя школа".into();
    store.update_organisation(&org).unwrap();
    partnerdesk::demo::load(&store).unwrap();
    assert_eq!(store.organisation().unwrap().full_name.ru, "Моя школа");
    // A second load is refused and changes nothing.
    let before = store.agreements(&AgreementQuery::default(), d(TODAY)).unwrap().len();
    assert_eq!(partnerdesk::demo::load(&store).unwrap_err().code(), ErrorCode::DatabaseNotEmpty);
    assert_eq!(store.agreements(&AgreementQuery::default(), d(TODAY)).unwrap().len(), before);
    // A failure inside `atomically` leaves nothing behind.
    let (_d2, empty) = fresh();
    let e = empty
        .atomically(|s| {
            s.create_partner(&partner(s, "Будет отменён"))?;
            s.register_agreement(4242, d(TODAY))
        })
        .unwrap_err();
    assert_eq!(e.code(), ErrorCode::NotFound);
    assert_eq!(empty.partner_count().unwrap(), 0);
}

/// The printed agreement, read back with a real PDF reader: every language arrives with its
/// letters, the number, both parties and the side-by-side layout.
#[test]
fn printed_agreements_carry_their_text_in_every_language() {
    let (dir, store) = fresh();
    partnerdesk::demo::load(&store).unwrap();
    let a = store
        .agreements(&AgreementQuery::default(), d(TODAY))
        .unwrap()
        .into_iter()
        .find(|a| a.register_number.is_some() && !a.partner_number.is_empty())
        .unwrap();
    for (lang, must) in [
        (DocLang::Ru, vec!["ДОГОВОР", "ПРЕДМЕТ ДОГОВОРА", "М.П.", "Организация"]),
        (DocLang::Kk, vec!["ШАРТ", "ТАРАПТАРДЫҢ", "Ұйым", "ә", "ғ", "қ", "ң", "ө", "ұ", "ү", "і"]),
        (DocLang::En, vec!["AGREEMENT", "Organisation", "Partner"]),
        (DocLang::Kkru, vec!["ШАРТ", "ДОГОВОР", "Ұйым / Организация"]),
    ] {
        let pdf = partnerdesk::docs::agreement::render(&store, a.id, lang, d(TODAY)).unwrap();
        let path = dir.path().join(format!("agreement-{}.pdf", lang.code()));
        std::fs::write(&path, &pdf).unwrap();
        let out = std::process::Command::new("pdftotext").arg(&path).arg("-").output().expect("pdftotext (poppler-utils) is needed");
        let text = String::from_utf8(out.stdout).unwrap();
        let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(flat.contains(&a.number), "{lang:?}: no number {} in\n{flat}", a.number);
        assert!(flat.contains(&a.partner_name.split_whitespace().last().unwrap().to_string()), "{lang:?}: no partner");
        for m in must {
            assert!(flat.to_lowercase().contains(&m.to_lowercase()), "{lang:?}: «{m}» missing");
        }
        assert!(!flat.contains('?') || lang == DocLang::En, "{lang:?}: a glyph is missing: {flat}");
        // Every section heading of every printed language, and every Kazakh letter its text uses.
        for l in lang.langs() {
            for section in store.agreement_text(a.id, *l, d(TODAY)).unwrap() {
                let words: Vec<&str> = section.title.split_whitespace().collect();
                assert!(words.iter().all(|w| flat.contains(w)), "{lang:?}: heading «{}» missing", section.title);
                for c in section.clauses.iter().flat_map(|c| c.text.chars()).filter(|c| "ӘәҒғҚқҢңӨөҰұҮүҺһІі".contains(*c)) {
                    assert!(text.contains(c), "{lang:?}: the letter {c} did not arrive");
                }
            }
        }
        // A structurally valid PDF, as a strict reader sees it.
        let check = std::process::Command::new("qpdf").arg("--check").arg(&path).output().expect("qpdf is needed");
        assert!(check.status.success(), "{lang:?}: qpdf --check: {}", String::from_utf8_lossy(&check.stdout));
    }
}

/// The layout of a bilingual agreement: Kazakh and Russian sections stand side by side on
/// the same lines, and the signatures come last.
#[test]
fn bilingual_agreements_put_the_languages_side_by_side() {
    let (_dir, store) = fresh();
    partnerdesk::demo::load(&store).unwrap();
    let a = store.agreements(&AgreementQuery::default(), d(TODAY)).unwrap().remove(0);
    let doc = partnerdesk::docs::agreement::gather(&store, a.id, DocLang::Kkru, d(TODAY)).unwrap();
    let layout = partnerdesk::docs::layout(&partnerdesk::docs::agreement::document(&doc, DocLang::Kkru)).unwrap();
    let first = &layout.pages[0];
    use partnerdesk::docs::Item;
    let find = |page: &partnerdesk::docs::PageLayout, needle: &str| -> Option<(f32, f32)> {
        page.texts().find_map(|i| match i {
            Item::Text { x, y, text, .. } if text.contains(needle) => Some((*x, *y)),
            _ => None,
        })
    };
    let kk_title = find(first, "ШАРТ").expect("the Kazakh title on page 1");
    let ru_title = find(first, "ДОГОВОР").expect("the Russian title on page 1");
    assert!((kk_title.1 - ru_title.1).abs() < 0.01, "titles on one line");
    assert!(kk_title.0 < ru_title.0, "Kazakh on the left");
    let last = layout.pages.last().unwrap();
    assert!(find(last, "М.О. / М.П.").is_some(), "stamp places on the last page");
}
