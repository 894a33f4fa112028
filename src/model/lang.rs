//! The three languages of the interface and of documents.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A language of the interface or of a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Ru,
    Kk,
    En,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::Ru, Lang::Kk, Lang::En];

    pub fn code(self) -> &'static str {
        match self {
            Lang::Ru => "ru",
            Lang::Kk => "kk",
            Lang::En => "en",
        }
    }

    /// Parses `ru`, `kk`, `en`, also with a region or encoding (`ru_RU.UTF-8`, `kk-KZ`).
    pub fn parse(s: &str) -> Option<Lang> {
        let head: String = s
            .trim()
            .chars()
            .take_while(|c| c.is_ascii_alphabetic())
            .collect::<String>()
            .to_ascii_lowercase();
        match head.as_str() {
            "ru" => Some(Lang::Ru),
            "kk" | "kz" => Some(Lang::Kk),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_locale_names() {
        assert_eq!(Lang::parse("ru_RU.UTF-8"), Some(Lang::Ru));
        assert_eq!(Lang::parse("kk-KZ"), Some(Lang::Kk));
        assert_eq!(Lang::parse("EN"), Some(Lang::En));
        assert_eq!(Lang::parse("de"), None);
        assert_eq!(Lang::parse(""), None);
    }
}
