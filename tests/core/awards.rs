//! Awards: nominations from proposal to handing over, declension with manual override, the
//! gap-free certificate register (also when a batch is interrupted), checking a certificate,
//! and importing nominees.

use chrono::NaiveDate;
use partnerdesk::declension::Gender;
use partnerdesk::import::nominees::{import_nominees, preview_nominees};
use partnerdesk::import::RawTable;
use partnerdesk::{ErrorCode, Lang, LocalizedName, NominationInput, NominationQuery, NominationStatus, NomineeKind, Store};

use super::fresh;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn person(store: &Store, surname: &str, given: &str, patronymic: &str) -> NominationInput {
    let title = store.award_catalogs().unwrap().titles[1].id;
    NominationInput {
        year: 2026,
        title_id: title,
        surname: surname.into(),
        given_name: given.into(),
        patronymic: patronymic.into(),
        reason: LocalizedName { ru: "за активное участие в жизни Дворца".into(), kk: "Сарай өміріне белсене қатысқаны үшін".into(), en: String::new() },
        ..Default::default()
    }
}

#[test]
fn a_nomination_goes_from_proposed_to_handed_over() {
    let (_d, store) = fresh();
    let cats = store.award_catalogs().unwrap();
    assert_eq!(cats.kinds.iter().map(|k| k.code.as_str()).collect::<Vec<_>>(), vec!["gramota", "thanks", "diploma", "prize"]);
    assert_eq!(cats.kinds[1].name.kk, "Алғыс хат");
    assert_eq!(cats.titles[0].name.ru, "Лучший родительский комитет");
    let n = store.create_nomination(&person(&store, "Иванова", "Мария", "Петровна")).unwrap();
    assert_eq!(n.status, NominationStatus::Proposed);
    assert_eq!(n.award_kind_id, cats.titles[1].award_kind_id, "the title's usual award");
    assert_eq!((n.dative.as_str(), n.genitive.as_str()), ("Ивановой Марии Петровне", "Ивановой Марии Петровны"));
    assert!(!n.dative_by_hand);
    // Not approved: no certificate.
    assert_eq!(store.issue_certificate(n.id, d("2026-12-25")).unwrap_err().code(), ErrorCode::NotApproved);
    assert_eq!(store.approve_nominations(&[n.id], "", "2026-12-20").unwrap_err().code(), ErrorCode::Required);
    assert_eq!(store.approve_nominations(&[n.id], "45", "20.12.2026").unwrap_err().code(), ErrorCode::DateInvalid);
    assert_eq!(store.approve_nominations(&[n.id], "45", "2026-12-20").unwrap(), 1);
    assert_eq!(store.nomination(n.id).unwrap().status, NominationStatus::Approved);
    let c = store.issue_certificate(n.id, d("2026-12-25")).unwrap();
    assert_eq!(c.number, "1/2026");
    assert_eq!(store.issue_certificate(n.id, d("2026-12-26")).unwrap().number, "1/2026", "a reprint keeps its number");
    assert_eq!(store.nomination(n.id).unwrap().status, NominationStatus::Printed);
    assert_eq!(store.delete_nomination(n.id).unwrap_err().code(), ErrorCode::AlreadyRegistered);
    let h = store.hand_over(n.id, "2026-12-27").unwrap();
    assert_eq!((h.status, h.handed_on.as_deref()), (NominationStatus::Handed, Some("2026-12-27")));
}

#[test]
fn declension_is_computed_and_overridable_and_kazakh_names_are_left_alone() {
    let (_d, store) = fresh();
    let mut input = person(&store, "Петров-Водкин", "Кузьма", "Сергеевич");
    let n = store.create_nomination(&input).unwrap();
    assert_eq!(n.dative, "Петрову-Водкину Кузьме Сергеевичу");
    assert_eq!(n.gender, None, "not given: guessed only for printing");
    input.name_dative = "Петрову-Водкину К. С.".into();
    let n = store.update_nomination(n.id, &input).unwrap();
    assert_eq!((n.dative.as_str(), n.dative_by_hand), ("Петрову-Водкину К. С.", true));
    let k = store.create_nomination(&NominationInput { gender: Some(Gender::Female), ..person(&store, "Сейтқали", "Айгерім", "Болатқызы") }).unwrap();
    assert_eq!(k.dative, "Сейтқали Айгерім Болатқызы");
    let family = store
        .create_nomination(&NominationInput { nominee_kind: NomineeKind::Family, name: "Семья Нурлановых".into(), ..person(&store, "", "", "") })
        .unwrap();
    assert_eq!(family.dative, "Семья Нурлановых");
    for (input, code) in [
        (person(&store, "", "Мария", ""), ErrorCode::Required),
        (person(&store, "Иванова", "", ""), ErrorCode::Required),
        (NominationInput { nominee_kind: NomineeKind::Collective, ..person(&store, "", "", "") }, ErrorCode::Required),
        (NominationInput { year: 1800, ..person(&store, "А", "Б", "") }, ErrorCode::OutOfRange),
        (NominationInput { title_id: 9999, ..person(&store, "А", "Б", "") }, ErrorCode::NotFound),
        (person(&store, "Ива\u{7}нова", "Мария", ""), ErrorCode::ControlChars),
    ] {
        assert_eq!(store.create_nomination(&input).unwrap_err().code(), code);
    }
}

#[test]
fn the_register_is_gap_free_per_year_and_a_certificate_can_be_checked() {
    let (_d, store) = fresh();
    let mut ids = Vec::new();
    for (s, g) in [("Иванова", "Мария"), ("Петров", "Иван"), ("Ким", "Ольга"), ("Жумабаев", "Ерлан")] {
        ids.push(store.create_nomination(&person(&store, s, g, "")).unwrap().id);
    }
    store.approve_nominations(&ids, "№ 45", "2026-12-20").unwrap();
    let numbers: Vec<String> = ids.iter().map(|id| store.issue_certificate(*id, d("2026-12-25")).unwrap().number).collect();
    assert_eq!(numbers, vec!["1/2026", "2/2026", "3/2026", "4/2026"]);
    let next_year = store.create_nomination(&NominationInput { year: 2027, ..person(&store, "Ли", "Анна", "") }).unwrap();
    store.approve_nominations(&[next_year.id], "3", "2027-01-10").unwrap();
    assert_eq!(store.issue_certificate(next_year.id, d("2027-01-15")).unwrap().number, "1/2027");
    let register = store.certificate_register(Some(2026)).unwrap();
    assert_eq!(register.len(), 4);
    assert_eq!(register[1].nominee, "Петров Иван");
    let code = register[1].code.clone();
    let check = store.check_certificate(&code).unwrap();
    assert!(check.found && check.checksum_ok);
    let forged = format!("{}{}", &code[..code.len() - 1], if code.ends_with('0') { '1' } else { '0' });
    let check = store.check_certificate(&forged).unwrap();
    assert!(check.found && !check.checksum_ok);
    assert!(store.check_certificate("№ 2/2026").unwrap().found);
    assert!(!store.check_certificate("99/2026").unwrap().found);
}

#[test]
fn nominees_are_imported_with_their_titles_and_refusals_reported() {
    let (_d, store) = fresh();
    let t = RawTable {
        rows: [
            vec!["Фамилия", "Имя", "Отчество", "Пол", "Роль", "Номинация", "За что"],
            vec!["Иванова", "Мария", "Петровна", "ж", "родитель", "Самый активный родитель", "за помощь"],
            vec!["Сейтқали", "Айгерім", "", "", "педагог", "Лучший наставник", "за работу"],
            vec!["", "Без фамилии", "", "", "", "", ""],
        ]
        .iter()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect(),
    };
    let p = preview_nominees(&store, &t, 2026, None, Lang::Ru).unwrap();
    assert!(p.mapping.header);
    assert_eq!((p.accepted, p.refused), (2, 1));
    assert_eq!(p.rows[0].dative, "Ивановой Марии Петровне");
    assert_eq!(p.new_titles, vec!["Лучший наставник"]);
    assert_eq!(import_nominees(&store, &t, 2026, None, false).unwrap_err().code(), ErrorCode::ImportRefused);
    assert_eq!(import_nominees(&store, &t, 2026, None, true).unwrap(), 2);
    let list = store.nominations(&NominationQuery { year: Some(2026), ..Default::default() }).unwrap();
    assert_eq!(list.len(), 2);
    assert!(list.iter().any(|n| n.title.ru == "Лучший наставник" && n.role == partnerdesk::NomineeRole::Teacher));
}

fn approved(store: &Store, n: usize) -> Vec<i64> {
    let ids: Vec<i64> = (0..n)
        .map(|_| store.create_nomination(&person(store, "Иванова", "Мария", "Петровна")).unwrap().id)
        .collect();
    store.approve_nominations(&ids, "45", "2026-12-20").unwrap();
    ids
}

/// Numbers in the register of 2026, in order.
fn numbers(store: &Store) -> Vec<String> {
    store.certificate_register(Some(2026)).unwrap().into_iter().map(|c| c.number).collect()
}

#[test]
fn a_batch_stopped_midway_keeps_what_it_printed_and_takes_up_where_it_stopped() {
    let (dir, store) = fresh();
    let ids = approved(&store, 8);
    let out = dir.path().join("certificates");
    let mut seen = Vec::new();
    let files = partnerdesk::docs::awards::print_each(&store, &ids, Lang::Ru, d("2026-12-25"), &out, &mut |p| {
        seen.push(p.done);
        p.done < 3
    })
    .unwrap();
    assert_eq!(files.len(), 3);
    assert_eq!(numbers(&store), vec!["1/2026", "2/2026", "3/2026"]);
    for f in &files {
        assert!(std::fs::read(f).unwrap().starts_with(b"%PDF"));
    }
    // Again, all of them: the first three keep their numbers, the rest follow without a gap.
    let files = partnerdesk::docs::awards::print_each(&store, &ids, Lang::Kk, d("2026-12-26"), &out, &mut |_| true).unwrap();
    assert_eq!(files.len(), 8);
    assert_eq!(numbers(&store), (1..=8).map(|k| format!("{k}/2026")).collect::<Vec<_>>());
    assert_eq!(store.nomination(ids[0]).unwrap().certificate_number.as_deref(), Some("1/2026"));
    // One combined file: the same numbers, one page each.
    let pdf = partnerdesk::docs::awards::print_combined(&store, &ids, Lang::Ru, d("2026-12-27")).unwrap();
    let path = dir.path().join("all.pdf");
    std::fs::write(&path, &pdf).unwrap();
    let info = String::from_utf8(std::process::Command::new("pdfinfo").arg(&path).output().unwrap().stdout).unwrap();
    assert!(info.contains("Pages:           8"), "{info}");
    let text = String::from_utf8(std::process::Command::new("pdftotext").arg(&path).arg("-").output().unwrap().stdout).unwrap();
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for want in ["Ивановой Марии Петровне", "№ 8/2026", "БЛАГОДАРСТВЕННОЕ", "выражает благодарность"] {
        assert!(flat.contains(want), "«{want}» is not in the certificates: {flat}");
    }
    assert_eq!(numbers(&store).len(), 8);
    assert_eq!(partnerdesk::docs::awards::combined_file_name(Lang::Kk, d("2026-12-27")), "Мадақтамалар 2026-12-27.pdf");
}

/// The CLI printing a batch is killed with SIGKILL while it prints: the register has no gap
/// and no double, every number in it has its file, and a second run finishes the batch.
#[test]
fn a_batch_killed_midway_leaves_a_gap_free_register() {
    use std::time::{Duration, Instant};
    let (dir, store) = fresh();
    let ids = approved(&store, 60);
    let db = store.path().to_path_buf();
    drop(store);
    let out = dir.path().join("certificates");
    let cli = env!("CARGO_BIN_EXE_partnerdesk-cli");
    let mut child = std::process::Command::new(cli)
        .args(["print", "certificates", "--year", "2026", "--dir"])
        .arg(&out)
        .arg("--db")
        .arg(&db)
        .env("PARTNERDESK_TODAY", "2026-12-25")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let start = Instant::now();
    let count = |dir: &std::path::Path| std::fs::read_dir(dir).map(|d| d.filter_map(|e| e.ok()).filter(|e| e.path().extension().is_some_and(|x| x == "pdf")).count()).unwrap_or(0);
    while count(&out) < 5 && start.elapsed() < Duration::from_secs(60) {
        std::thread::sleep(Duration::from_millis(5));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    let store = Store::open(&db).unwrap();
    assert!(store.integrity_ok().unwrap());
    let register = store.certificate_register(Some(2026)).unwrap();
    let k = register.len();
    assert!(k >= 4 && k < 60, "killed midway: {k} printed");
    assert_eq!(register.iter().map(|c| c.number.clone()).collect::<Vec<_>>(), (1..=k).map(|n| format!("{n}/2026")).collect::<Vec<_>>());
    for c in &register {
        let n = store.nomination(c.nomination_id).unwrap();
        assert!(out.join(partnerdesk::docs::awards::file_name(&n, Lang::Ru)).exists(), "{} has no file", c.number);
    }
    let first: Vec<(i64, String)> = register.iter().map(|c| (c.nomination_id, c.number.clone())).collect();
    drop(store);
    let o = std::process::Command::new(cli)
        .args(["print", "certificates", "--year", "2026", "--dir"])
        .arg(&out)
        .arg("--db")
        .arg(&db)
        .env("PARTNERDESK_TODAY", "2026-12-25")
        .output()
        .unwrap();
    assert!(o.status.success(), "{o:?}");
    let store = Store::open(&db).unwrap();
    let register = store.certificate_register(Some(2026)).unwrap();
    assert_eq!(register.len(), ids.len());
    assert_eq!(register.iter().map(|c| c.number.clone()).collect::<Vec<_>>(), (1..=60).map(|n| format!("{n}/2026")).collect::<Vec<_>>());
    for (id, number) in first {
        assert_eq!(store.nomination(id).unwrap().certificate_number.as_deref(), Some(number.as_str()), "a printed number changed");
    }
}

#[test]
fn kinds_of_award_and_titles_are_extensible_and_the_register_goes_to_tables() {
    let (dir, store) = fresh();
    let medal = store.add_award_kind(&LocalizedName { ru: "Медаль «Қамқор»".into(), ..Default::default() }, false).unwrap();
    assert!(!medal.builtin && !medal.prints);
    assert_eq!(medal.name.kk, "Медаль «Қамқор»", "an empty name takes the first one given");
    let title = store.add_nomination_title(&LocalizedName { kk: "Үздік тәлімгер".into(), ..Default::default() }, medal.id).unwrap();
    assert_eq!(title.award_kind_id, medal.id);
    assert_eq!(store.add_award_kind(&LocalizedName::default(), true).unwrap_err().code(), ErrorCode::CatalogNameEmpty);
    let n = store.create_nomination(&NominationInput { title_id: title.id, ..person(&store, "Ким", "Ольга", "") }).unwrap();
    assert_eq!(n.award_kind_id, medal.id);
    store.approve_nominations(&[n.id], "7", "2026-12-01").unwrap();
    // A kind without a printed certificate takes its number but no page.
    assert_eq!(partnerdesk::docs::awards::print_combined(&store, &[n.id], Lang::Ru, d("2026-12-02")).unwrap_err().code(), ErrorCode::NothingToPrint);
    store.issue_certificate(n.id, d("2026-12-02")).unwrap();
    let path = dir.path().join("register.csv");
    partnerdesk::tables::write(&partnerdesk::tables::certificates(&store, Lang::Ru, None).unwrap(), &path).unwrap();
    let csv = std::fs::read_to_string(&path).unwrap();
    assert!(csv.contains("\"1/2026\";\"Ким Ольга\";\"Үздік тәлімгер\";\"Медаль «Қамқор»\";\"№ 7 от 01.12.2026\";\"02.12.2026\""), "{csv}");
}

#[test]
fn the_check_gives_its_verdict() {
    use partnerdesk::CheckVerdict;
    let (_d, store) = fresh();
    let id = store.create_nomination(&person(&store, "Иванова", "Мария", "Петровна")).unwrap().id;
    store.approve_nominations(&[id], "45", "2026-12-20").unwrap();
    let code = store.issue_certificate(id, d("2026-12-25")).unwrap().code;
    let verdict = |t: &str| store.check_certificate(t).unwrap().verdict;
    assert_eq!(verdict(&code), CheckVerdict::Genuine);
    let other = if code.ends_with('0') { '1' } else { '0' };
    assert_eq!(verdict(&format!("{}{other}", &code[..code.len() - 1])), CheckVerdict::Mismatch);
    assert_eq!(verdict("1/2026"), CheckVerdict::NumberOnly);
    assert_eq!(verdict("PDSK:7/2026:00000000"), CheckVerdict::NotFound);
}
