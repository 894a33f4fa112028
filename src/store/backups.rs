//! Backups: consistent copies of the whole database made with SQLite's online backup API
//! (never a raw copy of a live WAL file), kept in `backups/` beside the database. A daily one
//! is taken when the app starts (at most once a day; the last 14 days and 12 months are kept),
//! one before every migration and one before every restore.

use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{DateTime, Local, NaiveDateTime, TimeZone};
use rusqlite::{Connection, OpenFlags};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{Store, APPLICATION_ID, SCHEMA_VERSION};
use crate::error::{Error, Result};

/// Why a backup was taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum BackupKind {
    Daily,
    Migration,
    Restore,
    Manual,
}

impl BackupKind {
    fn code(self) -> &'static str {
        match self {
            BackupKind::Daily => "daily",
            BackupKind::Migration => "migration",
            BackupKind::Restore => "restore",
            BackupKind::Manual => "manual",
        }
    }

    fn parse(s: &str) -> Option<BackupKind> {
        [BackupKind::Daily, BackupKind::Migration, BackupKind::Restore, BackupKind::Manual]
            .into_iter()
            .find(|k| k.code() == s)
    }
}

/// One backup in the backups folder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BackupInfo {
    pub file_name: String,
    pub path: String,
    /// Local time the backup was taken, `YYYY-MM-DDTHH:MM:SS`.
    pub taken_at: String,
    pub kind: BackupKind,
    #[ts(type = "number")]
    pub size_bytes: u64,
}

/// How many daily backups (distinct days) and monthly ones (distinct months) are kept.
pub const KEEP_DAYS: usize = 14;
pub const KEEP_MONTHS: usize = 12;

const STAMP: &str = "%Y%m%d-%H%M%S";

fn parse_name(name: &str) -> Option<(NaiveDateTime, BackupKind)> {
    let rest = name.strip_prefix("partnerdesk-")?.strip_suffix(".sqlite3")?;
    let (stamp, kind) = rest.rsplit_once('-')?;
    Some((NaiveDateTime::parse_from_str(stamp, STAMP).ok()?, BackupKind::parse(kind)?))
}

impl Store {
    /// `backups/` beside the database file.
    pub fn backups_dir(&self) -> PathBuf {
        self.path.parent().unwrap_or(Path::new(".")).join("backups")
    }

    /// Takes a backup of `kind` into the backups folder now.
    pub fn take_backup(&self, kind: BackupKind, now: DateTime<Local>) -> Result<PathBuf> {
        let dir = self.backups_dir();
        std::fs::create_dir_all(&dir).map_err(|e| Error::file(&dir, e))?;
        let mut target = dir.join(format!("partnerdesk-{}-{}.sqlite3", now.format(STAMP), kind.code()));
        let mut n = 1;
        while target.exists() {
            n += 1;
            target = dir.join(format!("partnerdesk-{}-{}.sqlite3", (now + chrono::Duration::seconds(n)).format(STAMP), kind.code()));
        }
        self.backup_to(&target)?;
        Ok(target)
    }

    /// The daily backup: taken unless one was taken today already; then old daily backups
    /// beyond the last `KEEP_DAYS` days and `KEEP_MONTHS` months are removed.
    pub fn daily_backup(&self, now: DateTime<Local>) -> Result<Option<PathBuf>> {
        let today = now.date_naive();
        let taken_today = self
            .backups()?
            .iter()
            .any(|b| b.kind == BackupKind::Daily && b.taken_at.starts_with(&today.to_string()));
        let made = if taken_today { None } else { Some(self.take_backup(BackupKind::Daily, now)?) };
        self.prune_backups()?;
        // With today's backup taken, what has been in the trash for 30 days goes for good.
        self.purge_trash(now.with_timezone(&chrono::Utc))?;
        Ok(made)
    }

    /// All backups in the folder, newest first.
    pub fn backups(&self) -> Result<Vec<BackupInfo>> {
        backups_of(&self.path)
    }

    /// Keeps the newest daily backup of each of the last `KEEP_DAYS` days and of each of the
    /// last `KEEP_MONTHS` months; removes the other daily ones. Other kinds are kept.
    fn prune_backups(&self) -> Result<()> {
        let daily: Vec<BackupInfo> = self.backups()?.into_iter().filter(|b| b.kind == BackupKind::Daily).collect();
        let mut keep = std::collections::HashSet::new();
        let mut days = Vec::new();
        let mut months = Vec::new();
        for b in &daily {
            let (day, month) = (&b.taken_at[..10], &b.taken_at[..7]);
            if !days.contains(&day) && days.len() < KEEP_DAYS {
                days.push(day);
                keep.insert(b.file_name.clone());
            }
            if !months.contains(&month) && months.len() < KEEP_MONTHS {
                months.push(month);
                keep.insert(b.file_name.clone());
            }
        }
        for b in daily.iter().filter(|b| !keep.contains(&b.file_name)) {
            std::fs::remove_file(&b.path).map_err(|e| Error::file(Path::new(&b.path), e))?;
        }
        Ok(())
    }

    /// Replaces the whole database with the copy in `file` (a backup or another Partnerdesk
    /// database of this or an older version), after taking a backup of the current state.
    /// The file is checked before anything is touched; it is never modified.
    pub fn restore_from(&mut self, file: &Path, now: DateTime<Local>) -> Result<()> {
        let src = Connection::open_with_flags(file, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)
            .map_err(|_| Error::NotADatabase { path: file.display().to_string() })?;
        let not_ours = || Error::NotADatabase { path: file.display().to_string() };
        let app_id: i64 = src.pragma_query_value(None, "application_id", |r| r.get(0)).map_err(|_| not_ours())?;
        let version: i64 = src.pragma_query_value(None, "user_version", |r| r.get(0)).map_err(|_| not_ours())?;
        if app_id != APPLICATION_ID || version < 1 {
            return Err(not_ours());
        }
        if version > SCHEMA_VERSION {
            return Err(Error::DatabaseTooNew { found: version, supported: SCHEMA_VERSION });
        }
        let ok: String = src.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
        if ok != "ok" {
            return Err(Error::DatabaseCorrupt);
        }
        self.take_backup(BackupKind::Restore, now)?;
        {
            let backup = rusqlite::backup::Backup::new(&src, &mut self.conn)?;
            backup.run_to_completion(256, Duration::from_millis(0), None)?;
        }
        self.migrate(version)?;
        // What was noted for undo belongs to the database that was replaced.
        super::undo::forget(&self.conn)?;
        super::undo::install(&self.conn)?;
        Ok(())
    }
}

/// Now, in local time (backups are named and kept by the coordinator's own days).
pub fn local_now() -> DateTime<Local> {
    Local::now()
}

/// A local time from its parts, for tests and tools.
pub fn local_at(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Local> {
    Local.with_ymd_and_hms(y, m, d, h, min, 0).single().expect("a valid local time")
}


/// The backups beside the database file `db` (in its `backups/` folder), newest first. Works
/// without opening the database, so that a file that cannot be opened can offer its backups.
pub fn backups_of(db: &Path) -> Result<Vec<BackupInfo>> {
    let dir = db.parent().unwrap_or(Path::new(".")).join("backups");
    let entries = match std::fs::read_dir(&dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(vec![]),
        Err(e) => return Err(Error::file(&dir, e)),
    };
    let mut out: Vec<(NaiveDateTime, BackupInfo)> = entries
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            let (at, kind) = parse_name(&name)?;
            let size_bytes = e.metadata().ok()?.len();
            Some((at, BackupInfo {
                path: e.path().display().to_string(),
                taken_at: at.format("%Y-%m-%dT%H:%M:%S").to_string(),
                file_name: name,
                kind,
                size_bytes,
            }))
        })
        .collect();
    out.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| b.1.file_name.cmp(&a.1.file_name)));
    Ok(out.into_iter().map(|(_, b)| b).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Datelike;

    #[test]
    fn names_round_trip() {
        let (at, kind) = parse_name("partnerdesk-20261129-091500-daily.sqlite3").unwrap();
        assert_eq!(kind, BackupKind::Daily);
        assert_eq!((at.year(), at.month(), at.day()), (2026, 11, 29));
        assert!(parse_name("partnerdesk-2026-daily.sqlite3").is_none());
        assert!(parse_name("notes.txt").is_none());
        assert!(parse_name("partnerdesk-20261129-091500-weekly.sqlite3").is_none());
    }
}
