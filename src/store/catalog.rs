//! The user-extensible lists (categories, directions of work, forms of cooperation).

use rusqlite::{params, Row};

use super::Store;
use crate::error::{Error, Field, Result};
use crate::i18n;
use crate::model::{CatalogEntry, CatalogInput, CatalogList, Catalogs, Lang, LocalizedName};
use crate::validate;

const SELECT: &str =
    "SELECT id, list, code, builtin, name_ru, name_kk, name_en, internal FROM catalog_entry";

fn entry(r: &Row) -> rusqlite::Result<CatalogEntry> {
    let list: String = r.get(1)?;
    let list = match list.as_str() {
        "category" => CatalogList::Category,
        "direction" => CatalogList::Direction,
        _ => CatalogList::Form,
    };
    let code: String = r.get(2)?;
    let builtin: bool = r.get(3)?;
    let name = if builtin {
        let id = format!("{}-{}", list.as_str(), code.replace('_', "-"));
        LocalizedName {
            ru: i18n::message(Lang::Ru, &id),
            kk: i18n::message(Lang::Kk, &id),
            en: i18n::message(Lang::En, &id),
        }
    } else {
        LocalizedName { ru: r.get(4)?, kk: r.get(5)?, en: r.get(6)? }
    };
    Ok(CatalogEntry { id: r.get(0)?, list, code, builtin, name, internal: r.get(7)? })
}

/// The names of a user's own list entry (a category, a title, a kind of award) in ru, kk and
/// en, each checked; a language left empty takes the first name given, and at least one is.
pub(super) fn entry_names(names: [&str; 3]) -> Result<[String; 3]> {
    let mut out: [String; 3] = Default::default();
    for (slot, name) in out.iter_mut().zip(names) {
        *slot = validate::single_line(name, Field::CatalogName, 200, None)?;
    }
    let first = out.iter().find(|n| !n.is_empty()).cloned().ok_or(Error::CatalogNameEmpty)?;
    for slot in &mut out {
        if slot.is_empty() {
            slot.clone_from(&first);
        }
    }
    Ok(out)
}

impl Store {
    /// One list in its display order.
    pub fn catalog(&self, list: CatalogList) -> Result<Vec<CatalogEntry>> {
        let mut stmt =
            self.conn.prepare_cached(&format!("{SELECT} WHERE list = ?1 ORDER BY position, id"))?;
        let rows = stmt.query_map([list.as_str()], entry)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn catalogs(&self) -> Result<Catalogs> {
        Ok(Catalogs {
            categories: self.catalog(CatalogList::Category)?,
            directions: self.catalog(CatalogList::Direction)?,
            forms: self.catalog(CatalogList::Form)?,
        })
    }

    /// Adds the user's own entry at the end of a list. Names left empty take the first name given.
    pub fn add_catalog_entry(&self, list: CatalogList, input: &CatalogInput) -> Result<CatalogEntry> {
        let [ru, kk, en] = entry_names([&input.ru, &input.kk, &input.en])?;
        let tx = self.write_tx()?;
        let position: i64 = tx.query_row(
            "SELECT COALESCE(MAX(position), 0) + 1 FROM catalog_entry WHERE list = ?1",
            [list.as_str()],
            |r| r.get(0),
        )?;
        let next_id: i64 =
            tx.query_row("SELECT COALESCE(MAX(id), 0) + 1 FROM catalog_entry", [], |r| r.get(0))?;
        tx.execute(
            "INSERT INTO catalog_entry (list, code, builtin, name_ru, name_kk, name_en, internal, position)
             VALUES (?1, ?2, 0, ?3, ?4, ?5, ?6, ?7)",
            params![
                list.as_str(),
                format!("custom-{next_id}"),
                ru,
                kk,
                en,
                input.internal,
                position
            ],
        )?;
        let id = tx.last_insert_rowid();
        let e = tx.query_row(&format!("{SELECT} WHERE id = ?1"), [id], entry)?;
        tx.commit()?;
        Ok(e)
    }

    /// Finds a category by its code or by its name in any language (case-insensitive).
    pub fn find_category(&self, code_or_name: &str) -> Result<CatalogEntry> {
        let wanted = crate::text::fold(code_or_name.trim());
        self.catalog(CatalogList::Category)?
            .into_iter()
            .find(|e| {
                crate::text::fold(&e.code) == wanted
                    || Lang::ALL.iter().any(|l| crate::text::fold(e.name.get(*l)) == wanted)
            })
            .ok_or_else(|| Error::CategoryUnknown(code_or_name.to_string()))
    }

    /// Checks that every id belongs to `list`.
    pub(super) fn check_entries(&self, list: CatalogList, ids: &[i64], field: Field) -> Result<()> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT EXISTS (SELECT 1 FROM catalog_entry WHERE id = ?1 AND list = ?2)")?;
        for id in ids {
            let ok: bool = stmt.query_row(params![id, list.as_str()], |r| r.get(0))?;
            if !ok {
                return Err(match field {
                    Field::Category => Error::CategoryUnknown(id.to_string()),
                    _ => Error::NotFound { entity: list.as_str(), id: id.to_string() },
                });
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_entry_missing_a_language_takes_the_first_name_given() {
        assert_eq!(entry_names(["", " Музей ", ""]).unwrap(), ["Музей", "Музей", "Музей"].map(String::from));
        assert_eq!(entry_names(["Театр", "Театр (kk)", "Theatre"]).unwrap()[2], "Theatre");
        assert!(matches!(entry_names(["", " ", ""]), Err(Error::CatalogNameEmpty)));
        assert!(matches!(entry_names(["a\u{7}b", "", ""]), Err(Error::ControlChars { .. })));
    }
}
