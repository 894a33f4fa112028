//! The one SQLite file: opening it safely, migrating it forward, and one module per table
//! group. Nothing outside this module writes SQL.
//!
//! Opening never modifies a file it cannot vouch for: a file that is not SQLite, an SQLite file
//! of another program, or one written by a newer Partnerdesk is refused before anything is
//! written to it. An existing file is copied with the online backup API (into `backups/`)
//! before it is migrated.

mod agreements;
mod awards;
mod backups;
mod catalog;
mod dashboard;
mod events;
mod export;
mod organisation;
mod partners;
mod plans;

pub use plans::TEXT_MAX as PLAN_TEXT_MAX;
mod settings;
mod trash;
mod undo;

pub use awards::{certificate_code, check_nomination, decline_nominee};
pub use trash::{TrashItem, TrashKind, KEEP_DAYS as TRASH_KEEP_DAYS};

pub use backups::{backups_of, local_at, local_now, BackupInfo, BackupKind, KEEP_DAYS, KEEP_MONTHS};
pub use agreements::{format_number, number_example, printed_number, status_on, EXPIRING_DAYS};
pub use organisation::IMAGE_MAX_BYTES;
pub use events::{read_photo, PHOTO_MAX_BYTES};
pub use export::{copy_file_name, JSON_MAX_BYTES};

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};

use crate::error::{Error, Result};

/// `PRAGMA application_id` of a Partnerdesk database ('PDSK').
pub const APPLICATION_ID: i64 = 0x5044_534B;

/// The migrations, in order; schema version N is reached by applying the first N.
const MIGRATIONS: &[&str] = &[
    include_str!("migrations/0001_partners.sql"),
    include_str!("migrations/0002_agreements.sql"),
    include_str!("migrations/0003_plans.sql"),
    include_str!("migrations/0004_trash.sql"),
    include_str!("migrations/0005_awards.sql"),
];

/// The schema version this build writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// An open Partnerdesk database.
pub struct Store {
    conn: Connection,
    path: PathBuf,
}

impl Store {
    /// Opens (creating if needed) the database at `path` and migrates it to the current schema.
    pub fn open(path: &Path) -> Result<Store> {
        refuse_foreign_file(path)?;
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| Error::file(dir, e))?;
        }
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_CREATE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        conn.busy_timeout(Duration::from_secs(5))?;
        let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        let app_id: i64 = conn.pragma_query_value(None, "application_id", |r| r.get(0))?;
        if version > SCHEMA_VERSION {
            return Err(Error::DatabaseTooNew { found: version, supported: SCHEMA_VERSION });
        }
        let has_tables: bool = conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM sqlite_schema WHERE type = 'table')",
            [],
            |r| r.get(0),
        )?;
        if (version == 0 && has_tables) || (version > 0 && app_id != APPLICATION_ID) {
            return Err(Error::NotADatabase { path: path.display().to_string() });
        }
        // Only now, with a file known to be ours, do we write anything.
        conn.pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get::<_, String>(0))?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        // A cap on the file's size in pages, to try out a full disk by hand (tests use
        // `limit_pages`).
        if let Some(pages) = std::env::var("PARTNERDESK_MAX_PAGES").ok().and_then(|v| v.parse::<u32>().ok()) {
            conn.pragma_update(None, "max_page_count", pages)?;
        }
        let mut store = Store { conn, path: path.to_path_buf() };
        if version > 0 && version < SCHEMA_VERSION {
            store.backup_before_migration(version)?;
        }
        store.migrate(version)?;
        undo::install(&store.conn)?;
        Ok(store)
    }

    /// A writing transaction, taken IMMEDIATE: it holds the write lock from its first read,
    /// so a read-then-write (like the next register number) never deadlocks with another
    /// writer and instead waits for the busy timeout. Inside `atomically` it is a savepoint of
    /// the enclosing transaction, so that several changes commit or fail together.
    fn write_tx(&self) -> Result<WriteTx<'_>> {
        let nested = !self.conn.is_autocommit();
        self.conn.execute_batch(if nested { "SAVEPOINT write_tx" } else { "BEGIN IMMEDIATE" })?;
        let tx = WriteTx { conn: &self.conn, nested, done: false };
        if !nested {
            // Inside the transaction: a change that fails takes its notes with it.
            undo::begin_change(&self.conn)?;
        }
        Ok(tx)
    }

    /// Runs `f` as one transaction: every change it makes is kept, or none.
    pub fn atomically<T>(&self, f: impl FnOnce(&Store) -> Result<T>) -> Result<T> {
        let tx = self.write_tx()?;
        let out = f(self)?;
        tx.commit()?;
        Ok(out)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn schema_version(&self) -> Result<i64> {
        Ok(self.conn.pragma_query_value(None, "user_version", |r| r.get(0))?)
    }

    fn migrate(&mut self, from: i64) -> Result<()> {
        for (i, sql) in MIGRATIONS.iter().enumerate().skip(from as usize) {
            let tx = self.conn.transaction()?;
            tx.execute_batch(sql)?;
            tx.pragma_update(None, "user_version", (i + 1) as i64)?;
            tx.commit()?;
        }
        Ok(())
    }

    /// A consistent copy of the file as it is, into the backups folder, before migrating it.
    fn backup_before_migration(&self, _version: i64) -> Result<PathBuf> {
        self.take_backup(backups::BackupKind::Migration, backups::local_now())
    }

    /// Writes a consistent copy of the whole database to `target` (SQLite's online backup).
    pub fn backup_to(&self, target: &Path) -> Result<()> {
        let mut dst = Connection::open(target)?;
        let backup = rusqlite::backup::Backup::new(&self.conn, &mut dst)?;
        backup.run_to_completion(256, Duration::from_millis(0), None)?;
        Ok(())
    }

    /// Caps the file at `pages` pages (or its current size, if larger): writes beyond that
    /// fail as on a full disk. For tests and drills.
    pub fn limit_pages(&self, pages: u32) -> Result<()> {
        self.conn.pragma_update(None, "max_page_count", pages)?;
        Ok(())
    }

    /// Opens the database for work: as `open`, and then refuses a damaged file
    /// (`PRAGMA quick_check`) before anything is written to it or backed up from it.
    pub fn open_checked(path: &Path) -> Result<Store> {
        let store = Store::open(path)?;
        let r: String = store.conn.query_row("PRAGMA quick_check", [], |r| r.get(0))?;
        if r != "ok" {
            return Err(Error::DatabaseCorrupt);
        }
        Ok(store)
    }

    /// `PRAGMA integrity_check` said «ok».
    pub fn integrity_ok(&self) -> Result<bool> {
        let r: String = self.conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
        Ok(r == "ok")
    }
}

/// An open writing transaction (or savepoint); rolled back when dropped without `commit`.
pub(crate) struct WriteTx<'a> {
    conn: &'a Connection,
    nested: bool,
    done: bool,
}

impl WriteTx<'_> {
    /// Commits; when that fails (a deferred foreign key, a full disk) the transaction is
    /// rolled back on drop, never left open.
    pub(crate) fn commit(mut self) -> Result<()> {
        self.conn.execute_batch(if self.nested { "RELEASE write_tx" } else { "COMMIT" })?;
        self.done = true;
        Ok(())
    }
}

impl std::ops::Deref for WriteTx<'_> {
    type Target = Connection;
    fn deref(&self) -> &Connection {
        self.conn
    }
}

impl Drop for WriteTx<'_> {
    fn drop(&mut self) {
        if !self.done {
            // Nothing better can be done with a failed rollback than to leave it to SQLite,
            // which rolls back an unfinished transaction when the connection closes.
            let _ = self.conn.execute_batch(if self.nested {
                "ROLLBACK TO write_tx; RELEASE write_tx"
            } else {
                "ROLLBACK"
            });
        }
    }
}

/// Refuses, without writing, a non-empty file that does not start with the SQLite header.
fn refuse_foreign_file(path: &Path) -> Result<()> {
    use std::io::Read;
    let mut f = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(Error::file(path, e)),
    };
    let mut head = [0u8; 16];
    let n = f.read(&mut head).map_err(|e| Error::file(path, e))?;
    if n == 0 {
        return Ok(());
    }
    if n < 16 || &head != b"SQLite format 3\0" {
        return Err(Error::NotADatabase { path: path.display().to_string() });
    }
    Ok(())
}

/// Where the database lives unless `--db` or `PARTNERDESK_DB` says otherwise: the OS's
/// app-data folder (`~/.local/share/partnerdesk` on Linux, `%APPDATA%\Partnerdesk` on Windows).
pub fn default_db_path() -> PathBuf {
    directories::ProjectDirs::from("kz", "Partnerdesk", "Partnerdesk")
        .map(|d| d.data_dir().to_path_buf())
        .unwrap_or_else(|| PathBuf::from("."))
        .join("partnerdesk.sqlite3")
}

/// The database path: the explicit one, else `PARTNERDESK_DB`, else the one last opened
/// with «Open another database» or «New database», else the default.
pub fn resolve_db_path(explicit: Option<PathBuf>) -> PathBuf {
    explicit
        .or_else(|| std::env::var_os("PARTNERDESK_DB").filter(|v| !v.is_empty()).map(PathBuf::from))
        .or_else(remembered_db_path)
        .unwrap_or_else(default_db_path)
}

/// Where the path of the database last chosen is kept: a one-line file in the config folder.
fn remembered_file() -> Option<PathBuf> {
    directories::ProjectDirs::from("kz", "Partnerdesk", "Partnerdesk").map(|d| d.config_dir().join("last-database"))
}

/// The database last chosen, if it still exists.
pub fn remembered_db_path() -> Option<PathBuf> {
    let text = std::fs::read_to_string(remembered_file()?).ok()?;
    let path = PathBuf::from(text.trim());
    path.is_file().then_some(path)
}

/// Remembers `path` as the database to open next time.
pub fn remember_db_path(path: &Path) -> Result<()> {
    let Some(file) = remembered_file() else { return Ok(()) };
    if let Some(dir) = file.parent() {
        std::fs::create_dir_all(dir).map_err(|e| Error::file(dir, e))?;
    }
    std::fs::write(&file, path.display().to_string()).map_err(|e| Error::file(&file, e))
}

fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}
