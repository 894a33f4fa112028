//! Everything to one JSON file and back into an empty database, without loss: every row of
//! every table of the schema (the search index is rebuilt, not exported). The file names the
//! schema it was written with; it is imported only into a database of the same schema.

use rusqlite::types::Value;
use serde_json::{json, Map, Value as Json};

use super::{Store, SCHEMA_VERSION};
use crate::error::{Error, Result};

/// The `format` field of an export.
pub const FORMAT: &str = "partnerdesk-export";

/// The tables in the order they are filled (parents before the rows that point at them).
fn tables(store: &Store) -> Result<Vec<String>> {
    let mut stmt = store.conn.prepare(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
           AND name NOT LIKE 'partner_search%' ORDER BY rootpage",
    )?;
    let names = stmt.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<Vec<String>>>()?;
    Ok(names)
}

fn columns(store: &Store, table: &str) -> Result<Vec<String>> {
    let mut stmt = store.conn.prepare(&format!("SELECT name FROM pragma_table_info('{table}') ORDER BY cid"))?;
    let cols = stmt.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<Vec<String>>>()?;
    Ok(cols)
}

fn to_json(v: Value) -> Json {
    match v {
        Value::Null => Json::Null,
        Value::Integer(i) => json!(i),
        Value::Real(f) => json!(f),
        Value::Text(s) => json!(s),
        Value::Blob(b) => json!({ "$blob": b.iter().map(|x| format!("{x:02x}")).collect::<String>() }),
    }
}

fn from_json(v: &Json) -> Option<Value> {
    Some(match v {
        Json::Null => Value::Null,
        Json::Bool(b) => Value::Integer(*b as i64),
        Json::Number(n) => n.as_i64().map(Value::Integer).or_else(|| n.as_f64().map(Value::Real))?,
        Json::String(s) => Value::Text(s.clone()),
        Json::Object(o) => {
            let hex = o.get("$blob")?.as_str()?;
            if hex.len() % 2 != 0 {
                return None;
            }
            let bytes = (0..hex.len()).step_by(2).map(|i| u8::from_str_radix(hex.get(i..i + 2)?, 16).ok()).collect::<Option<Vec<u8>>>()?;
            Value::Blob(bytes)
        }
        Json::Array(_) => return None,
    })
}

/// The largest export file read: every table of a register with years of records and its
/// pictures is a few megabytes.
pub const JSON_MAX_BYTES: u64 = 256 * 1024 * 1024;

/// The name offered for a copy of the whole register made on `on`: «partnerdesk-2026-11-29.json»
/// (an export) or «.sqlite3» (a copy of the database file).
pub fn copy_file_name(on: chrono::NaiveDate, extension: &str) -> String {
    format!("partnerdesk-{on}.{extension}")
}

impl Store {
    /// Writes [`Store::export_json`] to `path`, as readable JSON.
    pub fn export_json_file(&self, path: &std::path::Path) -> Result<()> {
        let text = serde_json::to_string_pretty(&self.export_json()?).expect("JSON values serialize");
        std::fs::write(path, text).map_err(|e| Error::file(path, e))
    }

    /// Every row of every table, as JSON.
    pub fn export_json(&self) -> Result<Json> {
        let mut out = Map::new();
        for table in tables(self)? {
            let cols = columns(self, &table)?;
            // Ordered by every column, so that an export of the same content is the same file
            // (and WITHOUT ROWID tables need no rowid).
            let order = (1..=cols.len()).map(|i| i.to_string()).collect::<Vec<_>>().join(", ");
            let mut stmt = self.conn.prepare(&format!("SELECT * FROM \"{table}\" ORDER BY {order}"))?;
            let rows = stmt
                .query_map([], |r| {
                    let mut row = Map::new();
                    for (i, c) in cols.iter().enumerate() {
                        row.insert(c.clone(), to_json(r.get::<_, Value>(i)?));
                    }
                    Ok(Json::Object(row))
                })?
                .collect::<rusqlite::Result<Vec<Json>>>()?;
            out.insert(table, Json::Array(rows));
        }
        Ok(json!({ "format": FORMAT, "schema": SCHEMA_VERSION, "tables": out }))
    }

    /// Fills an empty database from an export file (see `import_json`); a file larger than
    /// any export could be is refused before it is read.
    pub fn import_json_file(&self, path: &std::path::Path) -> Result<()> {
        let size = std::fs::metadata(path).map_err(|e| Error::file(path, e))?.len();
        if size > JSON_MAX_BYTES {
            return Err(Error::FileTooLarge { max_mb: (JSON_MAX_BYTES / 1024 / 1024) as i64 });
        }
        let text = std::fs::read_to_string(path).map_err(|e| Error::file(path, e))?;
        let data: Json = serde_json::from_str(&text).map_err(|e| Error::ExportUnreadable { detail: e.to_string() })?;
        self.import_json(&data)
    }

    /// Fills an empty database (no partners, no agreements) with an export, in one
    /// transaction: everything, or nothing when a row is refused.
    pub fn import_json(&self, data: &Json) -> Result<()> {
        // What exactly is wrong goes to the details; the user is told the file is not an export.
        let bad = |why: &str| Error::ExportUnreadable { detail: why.to_string() };
        if data.get("format").and_then(Json::as_str) != Some(FORMAT) {
            return Err(bad("not a Partnerdesk export"));
        }
        let schema = data.get("schema").and_then(Json::as_i64).ok_or_else(|| bad("no schema version"))?;
        if schema > SCHEMA_VERSION {
            return Err(Error::DatabaseTooNew { found: schema, supported: SCHEMA_VERSION });
        }
        if schema != SCHEMA_VERSION {
            return Err(bad("the export is of another schema version"));
        }
        let tables_in = data.get("tables").and_then(Json::as_object).ok_or_else(|| bad("no tables"))?;
        let tx = self.write_tx()?;
        let (partners, agreements): (i64, i64) = tx.query_row(
            "SELECT (SELECT COUNT(*) FROM partner), (SELECT COUNT(*) FROM agreement)",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        if partners + agreements > 0 {
            return Err(Error::DatabaseNotEmpty);
        }
        tx.execute_batch("PRAGMA defer_foreign_keys = ON")?;
        let known = tables(self)?;
        for name in tables_in.keys() {
            if !known.contains(name) {
                return Err(bad(&format!("unknown table «{name}»")));
            }
        }
        if let Some(missing) = known.iter().find(|t| !tables_in.contains_key(*t)) {
            return Err(bad(&format!("the table «{missing}» is missing")));
        }
        // The seeded rows (lists, the empty profile, settings) give way to the exported ones.
        for table in known.iter().rev() {
            tx.execute(&format!("DELETE FROM \"{table}\""), [])?;
        }
        for table in &known {
            let cols = columns(self, table)?;
            let rows = tables_in[table].as_array().ok_or_else(|| bad("a table is not a list of rows"))?;
            let sql = format!(
                "INSERT INTO \"{table}\" ({}) VALUES ({})",
                cols.iter().map(|c| format!("\"{c}\"")).collect::<Vec<_>>().join(", "),
                vec!["?"; cols.len()].join(", ")
            );
            let mut stmt = tx.prepare(&sql)?;
            for row in rows {
                let row = row.as_object().ok_or_else(|| bad("a row is not an object"))?;
                let values = cols
                    .iter()
                    .map(|c| row.get(c).map_or(Some(Value::Null), from_json))
                    .collect::<Option<Vec<Value>>>()
                    .ok_or_else(|| bad(&format!("a value of «{table}» cannot be read")))?;
                stmt.execute(rusqlite::params_from_iter(values)).map_err(|e| bad(&format!("«{table}»: {e}")))?;
            }
        }
        self.rebuild_search(&tx)?;
        // Foreign keys are checked at the commit: a row pointing at a record the file lacks.
        tx.commit().map_err(|e| match e {
            Error::Storage(s) if s.sqlite_error_code() == Some(rusqlite::ErrorCode::ConstraintViolation) => {
                bad("a row points at a record the file does not have")
            }
            other => other,
        })
    }
}
