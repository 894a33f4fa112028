//! Undo of the last change. Every write goes through `Store::write_tx`; the outermost one
//! starts a new *change*. Temporary triggers (created on this connection only, never stored in
//! the file) note the old image of every row the change inserts, updates or deletes, as JSON;
//! undoing replays the notes backwards in one transaction with foreign keys deferred, and
//! rebuilds the search index (an FTS table has no triggers). Only the last change is kept.
//! Settings (the interface language) are not changes of the register and are not noted. A
//! change that gave out a register number cannot be undone.

use rusqlite::{params, Connection};

use super::Store;
use crate::error::{Error, Result};

/// Tables whose rows are not part of what the user undoes.
const NOT_NOTED: &[&str] = &["setting"];

/// The tables to note: every table of the schema but SQLite's own, the search index and
/// `NOT_NOTED`.
fn tables(conn: &Connection) -> Result<Vec<(String, bool)>> {
    let mut stmt = conn.prepare(
        "SELECT name, sql LIKE '%WITHOUT ROWID%' FROM main.sqlite_schema
         WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'partner_search%'",
    )?;
    let all = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, bool>(1)?)))?;
    Ok(all.collect::<rusqlite::Result<Vec<_>>>()?.into_iter().filter(|(t, _)| !NOT_NOTED.contains(&t.as_str())).collect())
}

/// (column, is part of the primary key) of `table`.
fn columns(conn: &Connection, table: &str) -> Result<Vec<(String, bool)>> {
    let mut stmt = conn.prepare("SELECT name, pk > 0 FROM pragma_table_info(?1) ORDER BY cid")?;
    let cols = stmt.query_map([table], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(cols.collect::<rusqlite::Result<_>>()?)
}

/// A column value as JSON, blobs as `{"hex": …}`.
fn json_value(row: &str, col: &str) -> String {
    format!("CASE typeof({row}.\"{col}\") WHEN 'blob' THEN json_object('hex', hex({row}.\"{col}\")) ELSE {row}.\"{col}\" END")
}

/// The old value of a column from a noted image (`?1`), blobs back from hex.
fn from_image(col: &str) -> String {
    format!(
        "CASE WHEN json_type(?1, '$.\"{col}\"') = 'object' THEN unhex(json_extract(?1, '$.\"{col}\".hex'))
              ELSE json_extract(?1, '$.\"{col}\"') END"
    )
}

/// The key of a row: its rowid, or for a table without one its primary-key columns as JSON.
fn key_expr(row: &str, cols: &[(String, bool)], without_rowid: bool) -> String {
    if without_rowid {
        let parts: Vec<String> = cols.iter().filter(|(_, pk)| *pk).map(|(c, _)| format!("'{c}', {row}.\"{c}\"")).collect();
        format!("json_object({})", parts.join(", "))
    } else {
        format!("{row}.rowid")
    }
}

/// Creates the notes table and the temporary triggers on this connection.
pub(super) fn install(conn: &Connection) -> Result<()> {
    conn.execute_batch(
        "CREATE TEMP TABLE IF NOT EXISTS undo_note (
             seq INTEGER PRIMARY KEY, change INTEGER NOT NULL, tbl TEXT NOT NULL, op TEXT NOT NULL,
             key TEXT NOT NULL, old TEXT);
         CREATE TEMP TABLE IF NOT EXISTS undo_state (change INTEGER NOT NULL, replaying INTEGER NOT NULL);
         INSERT INTO undo_state SELECT 0, 0 WHERE NOT EXISTS (SELECT 1 FROM undo_state);",
    )?;
    for (table, without_rowid) in tables(conn)? {
        let cols = columns(conn, &table)?;
        let image = format!(
            "json_object({})",
            cols.iter().map(|(c, _)| format!("'{c}', {}", json_value("OLD", c))).collect::<Vec<_>>().join(", ")
        );
        let when = "WHEN (SELECT replaying FROM temp.undo_state) = 0";
        let note = |op: &str, key: String, old: &str| {
            format!(
                "INSERT INTO temp.undo_note (change, tbl, op, key, old)
                 VALUES ((SELECT change FROM temp.undo_state), '{table}', '{op}', {key}, {old});"
            )
        };
        conn.execute_batch(&format!(
            "DROP TRIGGER IF EXISTS temp.\"undo_{table}_i\";
             DROP TRIGGER IF EXISTS temp.\"undo_{table}_u\";
             DROP TRIGGER IF EXISTS temp.\"undo_{table}_d\";
             CREATE TEMP TRIGGER \"undo_{table}_i\" AFTER INSERT ON main.\"{table}\" {when} BEGIN {} END;
             CREATE TEMP TRIGGER \"undo_{table}_u\" AFTER UPDATE ON main.\"{table}\" {when} BEGIN {} END;
             CREATE TEMP TRIGGER \"undo_{table}_d\" AFTER DELETE ON main.\"{table}\" {when} BEGIN {} END;",
            note("i", key_expr("NEW", &cols, without_rowid), "NULL"),
            note("u", key_expr("OLD", &cols, without_rowid), &image),
            note("d", key_expr("OLD", &cols, without_rowid), &image),
        ))?;
    }
    Ok(())
}

/// Starts a new change (called by the outermost write transaction): the notes of the change
/// before last are dropped.
pub(super) fn begin_change(conn: &Connection) -> Result<()> {
    conn.execute_batch(
        "UPDATE temp.undo_state SET change = change + 1;
         DELETE FROM temp.undo_note WHERE change < (SELECT MAX(change) FROM temp.undo_note WHERE change < (SELECT change FROM temp.undo_state));",
    )?;
    Ok(())
}

/// Forgets every note (the database was replaced under the connection).
pub(super) fn forget(conn: &Connection) -> Result<()> {
    conn.execute_batch("DELETE FROM temp.undo_note;")?;
    Ok(())
}

impl Store {
    /// Whether there is a change to undo.
    pub fn can_undo(&self) -> Result<bool> {
        Ok(self.conn.query_row("SELECT EXISTS (SELECT 1 FROM temp.undo_note)", [], |r| r.get(0))?)
    }

    /// Undoes the last change: every row it inserted, updated or deleted is as it was before.
    /// Undoing is itself not noted, so a second undo goes no further back.
    pub fn undo_last_change(&self) -> Result<()> {
        let tx = self.write_tx()?;
        let last: Option<i64> = tx.query_row("SELECT MAX(change) FROM temp.undo_note", [], |r| r.get(0))?;
        let Some(change) = last else { return Err(Error::NothingToUndo) };
        // A number given out in a register (an agreement registered, a certificate issued) is
        // never taken back: undoing would let the next one reuse it.
        let issued_number: bool = tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM temp.undo_note WHERE change = ?1 AND tbl = 'certificate' AND op = 'i')
                 OR EXISTS (SELECT 1 FROM temp.undo_note n JOIN main.agreement a ON a.rowid = n.key
                            WHERE n.change = ?1 AND n.tbl = 'agreement' AND n.op = 'u'
                              AND json_extract(n.old, '$.register_seq') IS NULL AND a.register_seq IS NOT NULL)",
            [change],
            |r| r.get(0),
        )?;
        if issued_number {
            return Err(Error::RegisterNoUndo);
        }
        tx.execute_batch("PRAGMA defer_foreign_keys = ON; UPDATE temp.undo_state SET replaying = 1;")?;
        let notes: Vec<(String, String, String, Option<String>)> = tx
            .prepare("SELECT tbl, op, key, old FROM temp.undo_note WHERE change = ?1 ORDER BY seq DESC")?
            .query_map([change], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let with_rowid: Vec<(String, bool)> = tables(&tx)?;
        for (table, op, key, old) in notes {
            let without_rowid = with_rowid.iter().any(|(t, w)| *t == table && *w);
            let cols = columns(&tx, &table)?;
            let locate = if without_rowid {
                cols.iter()
                    .filter(|(_, pk)| *pk)
                    .map(|(c, _)| format!("\"{c}\" = json_extract(?2, '$.\"{c}\"')"))
                    .collect::<Vec<_>>()
                    .join(" AND ")
            } else {
                "rowid = ?2".to_string()
            };
            match (op.as_str(), old) {
                ("i", _) => {
                    tx.execute(&format!("DELETE FROM main.\"{table}\" WHERE {}", locate.replace("?2", "?1")), params![key])?;
                }
                ("u", Some(old)) => {
                    let sets: Vec<String> = cols.iter().map(|(c, _)| format!("\"{c}\" = {}", from_image(c))).collect();
                    tx.execute(&format!("UPDATE main.\"{table}\" SET {} WHERE {locate}", sets.join(", ")), params![old, key])?;
                }
                ("d", Some(old)) => {
                    let names: Vec<String> = cols.iter().map(|(c, _)| format!("\"{c}\"")).collect();
                    let values: Vec<String> = cols.iter().map(|(c, _)| from_image(c)).collect();
                    tx.execute(
                        &format!("INSERT INTO main.\"{table}\" ({}) VALUES ({})", names.join(", "), values.join(", ")),
                        params![old],
                    )?;
                }
                _ => return Err(Error::DatabaseCorrupt),
            }
        }
        tx.execute("DELETE FROM temp.undo_note WHERE change = ?1", [change])?;
        tx.execute_batch("UPDATE temp.undo_state SET replaying = 0;")?;
        self.rebuild_search(&tx)?;
        tx.commit()
    }
}
