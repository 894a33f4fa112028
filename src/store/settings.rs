//! Small key-value settings kept in the database, so they travel with it.

use rusqlite::{params, OptionalExtension};

use super::Store;
use crate::error::Result;
use crate::model::Lang;

const UI_LANGUAGE: &str = "ui_language";
const WELCOME_DONE: &str = "welcome_done";

impl Store {
    fn setting(&self, key: &str) -> Result<Option<String>> {
        Ok(self
            .conn
            .query_row("SELECT value FROM setting WHERE key = ?1", [key], |r| r.get(0))
            .optional()?)
    }

    fn set_setting(&self, key: &str, value: &str) -> Result<()> {
        self.conn.execute(
            "INSERT INTO setting (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            params![key, value],
        )?;
        Ok(())
    }

    /// The interface language the user chose, if they ever did.
    pub fn ui_language(&self) -> Result<Option<Lang>> {
        Ok(self.setting(UI_LANGUAGE)?.as_deref().and_then(Lang::parse))
    }

    pub fn set_ui_language(&self, lang: Lang) -> Result<()> {
        self.set_setting(UI_LANGUAGE, lang.code())
    }

    /// Whether the first-run choice (demo data or a clean start) is still to be offered:
    /// the database has no partners and the choice was never made.
    pub fn is_first_run(&self) -> Result<bool> {
        Ok(self.setting(WELCOME_DONE)?.is_none() && self.partner_count()? == 0)
    }

    /// Records that the first-run choice was made.
    pub fn finish_welcome(&self) -> Result<()> {
        self.set_setting(WELCOME_DONE, "1")
    }
}
