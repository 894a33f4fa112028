//! The user-extensible lists: partner categories, directions of work, forms of cooperation.
//! Built-in entries are named by the locales (`category-<code>` …); entries the user adds
//! carry their own names.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Which list an entry belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum CatalogList {
    Category,
    Direction,
    Form,
}

impl CatalogList {
    pub fn as_str(self) -> &'static str {
        match self {
            CatalogList::Category => "category",
            CatalogList::Direction => "direction",
            CatalogList::Form => "form",
        }
    }
}

/// A name in each of the three languages.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct LocalizedName {
    pub ru: String,
    pub kk: String,
    pub en: String,
}

impl LocalizedName {
    pub fn get_mut(&mut self, lang: crate::Lang) -> &mut String {
        match lang {
            crate::Lang::Ru => &mut self.ru,
            crate::Lang::Kk => &mut self.kk,
            crate::Lang::En => &mut self.en,
        }
    }

    pub fn get(&self, lang: crate::Lang) -> &str {
        match lang {
            crate::Lang::Ru => &self.ru,
            crate::Lang::Kk => &self.kk,
            crate::Lang::En => &self.en,
        }
    }
}

/// One entry of a list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CatalogEntry {
    #[ts(type = "number")]
    pub id: i64,
    pub list: CatalogList,
    /// Stable code: `education`, `patriotic` … for built-ins, `custom-<n>` for the user's own.
    pub code: String,
    pub builtin: bool,
    pub name: LocalizedName,
    /// For categories: whether partners of this category are usually internal.
    pub internal: bool,
}

/// All three lists, in their display order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Catalogs {
    pub categories: Vec<CatalogEntry>,
    pub directions: Vec<CatalogEntry>,
    pub forms: Vec<CatalogEntry>,
}

/// A new entry the user adds to a list; empty names fall back to the first one given.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct CatalogInput {
    pub ru: String,
    pub kk: String,
    pub en: String,
    pub internal: bool,
}
