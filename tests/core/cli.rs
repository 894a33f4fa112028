//! The CLI end to end: a real process over a real database file.

use std::process::Command;

fn cli(db: &std::path::Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_partnerdesk-cli"))
        .args(args)
        .arg("--db")
        .arg(db)
        .env("PARTNERDESK_LANG", "ru")
        .output()
        .unwrap()
}

fn stdout(o: &std::process::Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

#[test]
fn demo_add_list_search() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("cli.sqlite3");
    let o = cli(&db, &["demo"]);
    assert!(o.status.success(), "{o:?}");
    let all: Vec<serde_json::Value> = serde_json::from_str(&stdout(&cli(&db, &["partners", "list", "--json"]))).unwrap();
    assert!(all.len() >= 30);

    let again = cli(&db, &["demo"]);
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("уже есть записи"));
    assert!(cli(&db, &["demo", "--if-new"]).status.success());

    let o = cli(&db, &["partners", "add", "--name", "Қала мұражайы", "--category", "Учреждения культуры", "--external"]);
    assert!(o.status.success(), "{o:?}");
    let id: i64 = stdout(&o).trim().parse().unwrap();
    let found: Vec<serde_json::Value> = serde_json::from_str(&stdout(&cli(&db, &["partners", "list", "--search", "ҚАЛА МҰР", "--json"]))).unwrap();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0]["id"], id);
    assert_eq!(found[0]["internal"], false);

    let o = cli(&db, &["partners", "add", "--name", "қала  МҰРАЖАЙЫ", "--category", "culture"]);
    assert!(o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("Қала мұражайы"), "similar-name warning");

    let table = stdout(&cli(&db, &["partners", "list", "--search", "мұражай"]));
    assert_eq!(table.lines().count(), 2);
    assert!(table.contains("Учреждения культуры"));
}

#[test]
fn errors_go_to_stderr_with_a_nonzero_exit() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("cli.sqlite3");
    let o = cli(&db, &["partners", "add", "--name", "  ", "--category", "culture"]);
    assert!(!o.status.success());
    assert!(stdout(&o).is_empty());
    assert!(String::from_utf8_lossy(&o.stderr).contains("Укажите название"));
    let o = cli(&db, &["partners", "add", "--name", "Театр", "--category", "no-such"]);
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("no-such"));
    let notdb = dir.path().join("x.sqlite3");
    std::fs::write(&notdb, "hello, this is not a database at all").unwrap();
    let o = cli(&notdb, &["partners", "list"]);
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("не является базой данных"));
}

#[test]
fn agreements_profile_and_printing_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("cli.sqlite3");
    assert!(cli(&db, &["demo"]).status.success());
    let o = cli(&db, &["profile", "set", "number-pattern", "СП-{n}/{yy}"]);
    assert!(o.status.success(), "{o:?}");
    let profile: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(profile["agreement_number_pattern"], "СП-{n}/{yy}");
    let o = cli(&db, &["profile", "set", "number-pattern", "без номера"]);
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("{n}"));
    assert!(!cli(&db, &["profile", "set", "colour", "red"]).status.success());

    let o = cli(&db, &["agreements", "add", "--partner", "КИНОТЕАТР «БОЛАШАҚ»", "--from", "2027-01-01", "--to", "2027-12-31", "--signed", "2027-01-10", "--register", "--partner-number", "9"]);
    assert!(o.status.success(), "{o:?}");
    assert!(stdout(&o).trim().ends_with("СП-1/27 / 9"), "{}", stdout(&o));
    let bad = cli(&db, &["agreements", "add", "--partner", "Нет такого", "--from", "2027-01-01", "--to", "2027-12-31"]);
    assert!(!bad.status.success());
    let bad = cli(&db, &["agreements", "add", "--partner", "1", "--from", "2027-12-31", "--to", "2027-01-01"]);
    assert!(String::from_utf8_lossy(&bad.stderr).contains("раньше"), "a from-date after the to-date is explained");

    let list: Vec<serde_json::Value> = serde_json::from_str(&stdout(&cli(&db, &["agreements", "list", "--json"]))).unwrap();
    assert_eq!(list.len(), 9);
    let pdf = dir.path().join("a.pdf");
    let o = cli(&db, &["print", "agreement", "СП-1/27", "--lang", "kk+ru", "-o", pdf.to_str().unwrap()]);
    assert!(o.status.success(), "{o:?}");
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF"));
    let o = cli(&db, &["print", "agreement", "СП-1/27", "--lang", "de", "-o", pdf.to_str().unwrap()]);
    assert!(!o.status.success());
}

#[test]
fn backup_restore_and_check_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("cli.sqlite3");
    assert!(cli(&db, &["demo"]).status.success());
    let copy = dir.path().join("copy.sqlite3");
    let o = cli(&db, &["backup", "-o", copy.to_str().unwrap()]);
    assert!(o.status.success(), "{o:?}");
    assert!(cli(&db, &["partners", "add", "--name", "После копии", "--category", "media"]).status.success());
    let o = cli(&db, &["restore", copy.to_str().unwrap()]);
    assert!(o.status.success(), "{o:?}");
    assert!(stdout(&o).contains("47"));
    let o = cli(&db, &["check"]);
    assert!(o.status.success(), "{o:?}");
    assert!(stdout(&o).contains("в порядке") && stdout(&o).contains("47"), "{}", stdout(&o));
    let junk = dir.path().join("junk.sqlite3");
    std::fs::write(&junk, "junk").unwrap();
    let o = cli(&db, &["restore", junk.to_str().unwrap()]);
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("не является базой данных"));
}

#[test]
fn export_and_import_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let (db, copy) = (dir.path().join("a.sqlite3"), dir.path().join("b.sqlite3"));
    let json = dir.path().join("all.json");
    assert!(cli(&db, &["demo"]).status.success());
    assert!(cli(&db, &["export", "--json", json.to_str().unwrap()]).status.success());
    let o = cli(&copy, &["import", "--json", json.to_str().unwrap()]);
    assert!(o.status.success(), "{o:?}");
    let a: Vec<serde_json::Value> = serde_json::from_str(&stdout(&cli(&db, &["agreements", "list", "--json"]))).unwrap();
    let b: Vec<serde_json::Value> = serde_json::from_str(&stdout(&cli(&copy, &["agreements", "list", "--json"]))).unwrap();
    assert_eq!(a, b);
    let xlsx = dir.path().join("partners.xlsx");
    assert!(cli(&db, &["export", "--partners", xlsx.to_str().unwrap()]).status.success());
    assert!(std::fs::read(&xlsx).unwrap().starts_with(b"PK"), "an XLSX is a zip");
    let csv = dir.path().join("agreements.csv");
    assert!(cli(&db, &["export", "--agreements", csv.to_str().unwrap()]).status.success());
    assert_eq!(std::fs::read_to_string(&csv).unwrap().lines().count(), 9);
    assert!(!cli(&db, &["export", "--partners", dir.path().join("p.doc").to_str().unwrap()]).status.success());
    let again = cli(&copy, &["import", "--json", json.to_str().unwrap()]);
    assert!(!again.status.success(), "a second import into a filled database is refused");
    std::fs::write(&json, "{ not json").unwrap();
    let bad = cli(&dir.path().join("c.sqlite3"), &["import", "--json", json.to_str().unwrap()]);
    assert!(String::from_utf8_lossy(&bad.stderr).contains("не является экспортом Partnerdesk или повреждён"));
}

#[test]
fn export_needs_to_know_what_to_write() {
    let dir = tempfile::tempdir().unwrap();
    let o = cli(&dir.path().join("a.sqlite3"), &["export"]);
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("--json"), "clap names the choices");
}

#[test]
fn plan_import_events_print_and_reports() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("plan.sqlite3");
    let csv = dir.path().join("plan.csv");
    std::fs::write(
        &csv,
        "Группа;Партнёр;Цель;Мероприятия;Сроки;Ответственные;Эффект\n\
         Учреждения культуры:;;;;;;\n\
         ;Театр «Сказка»;Досуг детей;\"1) Спектакль\n2) Экскурсия за кулисы\";\"1) Октябрь\n2) 2 раза в год\";Педагог-организатор;\n\
         ;;Без партнёра;;;;\n",
    )
    .unwrap();
    let env = [("PARTNERDESK_TODAY", "2026-11-29")];
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_partnerdesk-cli")).args(args).arg("--db").arg(&db).env("PARTNERDESK_LANG", "ru").envs(env).output().unwrap()
    };
    let csv_path = csv.to_str().unwrap();
    // One row cannot be read: nothing is imported, and the row is named with its reason.
    let o = run(&["import", "plan", csv_path, "--period", "2026-2027"]);
    assert!(!o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("строка 4") && err.contains("Не указан партнёр"), "{err}");
    assert!(stdout(&run(&["plans", "list"])).trim().is_empty(), "nothing was imported");
    let o = run(&["import", "plan", csv_path, "--period", "2026-2027", "--accepted-only"]);
    assert!(o.status.success(), "{o:?}");
    assert!(stdout(&o).contains("Импортировано строк плана: 1; новых партнёров: 1"));

    let sheet: serde_json::Value = serde_json::from_str(&stdout(&run(&["plans", "show", "2026-2027", "--json"]))).unwrap();
    let row = &sheet["groups"][0]["rows"][0];
    assert_eq!(row["partner_name"], "Театр «Сказка»");
    let october = row["activities"][0]["id"].as_i64().unwrap();
    assert_eq!(row["activities"][0]["status"], "overdue");
    let o = run(&["events", "add", "--partner", "Театр «Сказка»", "--date", "2026-10-20", "--activity", &october.to_string(), "--children", "25", "--parents", "4"]);
    assert!(o.status.success(), "{o:?}");
    let sheet: serde_json::Value = serde_json::from_str(&stdout(&run(&["plans", "show", "2026-2027", "--json"]))).unwrap();
    assert_eq!(sheet["groups"][0]["rows"][0]["activities"][0]["status"], "done");
    assert_eq!(sheet["groups"][0]["rows"][0]["activities"][0]["held_on"][0], "2026-10-20");
    let bad = run(&["events", "add", "--partner", "Театр «Сказка»", "--date", "20.10.2026"]);
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("не дата"), "{bad:?}");

    let pdf = dir.path().join("plan.pdf");
    let o = run(&["print", "plan", "2026-2027", "--lang", "kk", "--columns", "activities,period", "-o", pdf.to_str().unwrap()]);
    assert!(o.status.success(), "{o:?}");
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF"));
    let o = run(&["print", "plan", "2026-2027", "--columns", "budget", "-o", pdf.to_str().unwrap()]);
    assert!(!o.status.success());
    let xlsx = dir.path().join("oct.xlsx");
    let o = run(&["report", "month", "2026-10", "--format", "xlsx", "-o", xlsx.to_str().unwrap()]);
    assert!(o.status.success(), "{o:?}");
    assert!(std::fs::read(&xlsx).unwrap().starts_with(b"PK"));
    for bad in [["report", "month", "2026-13"], ["report", "month", "октябрь"]] {
        let o = run(&[bad[0], bad[1], bad[2], "-o", xlsx.to_str().unwrap()]);
        assert!(!o.status.success());
        assert!(String::from_utf8_lossy(&o.stderr).contains("не месяц"), "{o:?}");
    }
    let o = run(&["plans", "carry-over", "2026-2027"]);
    assert!(stdout(&o).contains("2027-2028"), "{o:?}");
}

#[test]
fn events_with_photos_and_the_album_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("album.sqlite3");
    let o = cli(&db, &["partners", "add", "--name", "Қала мұражайы", "--category", "culture"]);
    assert!(o.status.success(), "{o:?}");
    let photo = dir.path().join("photo.jpg");
    std::fs::write(&photo, partnerdesk::docs::photo::sample(640, 480, 7)).unwrap();
    let text = dir.path().join("notes.txt");
    std::fs::write(&text, "not a photo").unwrap();

    // A file that is not a photo is refused before anything is recorded.
    let o = cli(&db, &["events", "add", "--partner", "Қала мұражайы", "--date", "2026-10-01", "--title", "Экскурсия", "--photo", photo.to_str().unwrap(), "--photo", text.to_str().unwrap()]);
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("не является изображением"), "{o:?}");
    assert_eq!(stdout(&cli(&db, &["events", "list", "--from", "2026-01-01", "--to", "2027-12-31"])).trim(), "", "nothing was recorded");

    let o = cli(&db, &["events", "add", "--partner", "Қала мұражайы", "--date", "2026-10-01", "--title", "Экскурсия «Ұлы дала»", "--photo", photo.to_str().unwrap()]);
    assert!(o.status.success(), "{o:?}");
    let out = dir.path().join("album.pdf");
    let o = cli(&db, &["print", "album", "2026-2027", "--lang", "kk", "--order", "by-partner", "-o", out.to_str().unwrap()]);
    assert!(o.status.success(), "{o:?}");
    let pages = super::pdf_pages(dir.path(), "read.pdf", &std::fs::read(&out).unwrap());
    assert!(pages[0].contains("Ынтымақтастық альбомы") || pages[0].contains("ынтымақтастық альбомы"), "{pages:?}");
    assert!(pages[1].contains("Қала мұражайы") && pages[1].contains("Экскурсия «Ұлы дала»"), "{pages:?}");

    let o = cli(&db, &["print", "album", "2026-2027", "--order", "by-colour", "-o", out.to_str().unwrap()]);
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("Неизвестный порядок «by-colour»: укажите by-date (по дате) или by-partner"), "{o:?}");
    let o = cli(&db, &["print", "album", "2026-2028", "-o", out.to_str().unwrap()]);
    assert!(!o.status.success());
}
