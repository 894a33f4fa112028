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
    assert!(String::from_utf8_lossy(&again.stderr).contains("уже есть партнёры"));
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
