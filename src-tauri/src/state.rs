//! The open database, shared by all commands. When it could not be opened, the error is kept
//! so that the UI can explain it; commands that need the database then return that error.

use std::path::PathBuf;
use std::sync::Mutex;

use partnerdesk::{AppState, ErrorPayload, Store};

use crate::error::CommandResult;

pub struct Db {
    current: Mutex<Current>,
}

/// The file the app works on, and the store (or the error that kept it from opening).
struct Current {
    path: PathBuf,
    store: Result<Store, ErrorPayload>,
}

fn open_store(path: &std::path::Path) -> Result<Store, ErrorPayload> {
    Store::open_checked(path).map_err(|e| e.payload()).inspect(|s| {
        // A failed backup does not keep the register from opening; it is reported on stderr.
        if let Err(e) = s.daily_backup(partnerdesk::store::local_now()) {
            eprintln!("partnerdesk: daily backup failed: {e}");
        }
    })
}

impl Db {
    /// Opens the database and takes the day's backup (at most one a day).
    pub fn open(path: PathBuf) -> Db {
        let store = open_store(&path);
        Db { current: Mutex::new(Current { path, store }) }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Current> {
        // A panic while holding the lock leaves SQLite consistent (every change is a
        // transaction), so a poisoned lock is safe to keep using.
        self.current.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Runs `f` with the store, mapping core errors to their payload.
    pub fn with<T>(&self, f: impl FnOnce(&Store) -> partnerdesk::Result<T>) -> CommandResult<T> {
        let guard = self.lock();
        let store = guard.store.as_ref().map_err(Clone::clone)?;
        f(store).map_err(crate::error::payload)
    }

    /// Runs `f` with the store mutably (a restore replaces the whole database under it).
    pub fn with_mut<T>(&self, f: impl FnOnce(&mut Store) -> partnerdesk::Result<T>) -> CommandResult<T> {
        let mut guard = self.lock();
        let store = guard.store.as_mut().map_err(|e| e.clone())?;
        f(store).map_err(crate::error::payload)
    }

    /// Works on another file from now on, if it opens; otherwise the current one stays open
    /// and the error is returned.
    pub fn switch_to(&self, path: PathBuf) -> CommandResult<()> {
        let store = open_store(&path)?;
        let mut guard = self.lock();
        *guard = Current { path, store: Ok(store) };
        Ok(())
    }

    /// The backups beside the current file, whether it opened or not.
    pub fn backups(&self) -> CommandResult<Vec<partnerdesk::store::BackupInfo>> {
        partnerdesk::store::backups_of(&self.lock().path).map_err(crate::error::payload)
    }

    /// Where a copy of a backup goes to be opened: beside the current file, named after it
    /// and the backup's time, never over an existing file.
    pub fn copy_target(&self, backup: &partnerdesk::store::BackupInfo) -> PathBuf {
        let guard = self.lock();
        let stem = guard.path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "partnerdesk".into());
        let dir = guard.path.parent().map(PathBuf::from).unwrap_or_default();
        let stamp = backup.taken_at.replace(':', "-");
        let mut target = dir.join(format!("{stem}-{stamp}.sqlite3"));
        let mut n = 2;
        while target.exists() {
            target = dir.join(format!("{stem}-{stamp}-{n}.sqlite3"));
            n += 1;
        }
        target
    }

    pub fn app_state(&self) -> CommandResult<AppState> {
        let guard = self.lock();
        match &guard.store {
            Err(e) => Ok(AppState::failed(&guard.path, e.clone())),
            Ok(s) => AppState::of(s).map_err(crate::error::payload),
        }
    }
}

/// The database path from `--db PATH` / `--db=PATH`, else `PARTNERDESK_DB`, else the default.
pub fn db_path_from_args(args: impl IntoIterator<Item = String>) -> PathBuf {
    let mut args = args.into_iter();
    let mut explicit = None;
    while let Some(a) = args.next() {
        if a == "--db" {
            explicit = args.next().map(PathBuf::from);
        } else if let Some(p) = a.strip_prefix("--db=") {
            explicit = Some(PathBuf::from(p));
        }
    }
    partnerdesk::store::resolve_db_path(explicit)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn db_flag_wins() {
        let args = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(db_path_from_args(args(&["app", "--db", "/tmp/a.sqlite3"])), PathBuf::from("/tmp/a.sqlite3"));
        assert_eq!(db_path_from_args(args(&["app", "--db=/tmp/b.sqlite3"])), PathBuf::from("/tmp/b.sqlite3"));
    }
}
