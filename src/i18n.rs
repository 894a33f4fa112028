//! Fluent bundles built from `locales/<lang>/*.ftl`, the one source of every user-visible
//! string of the core (errors, catalog names; later documents). The files are compiled in, so
//! the CLI and the app need nothing beside their binary. Isolation marks are off: the same
//! strings go into PDFs, whose fonts have no glyphs for them.

use std::collections::HashMap;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::error::Error;
use crate::model::Lang;

/// The core's Fluent sources per language (the UI's own strings live in `ui.ftl` beside them).
const SOURCES: &[(Lang, &str)] = &[
    (Lang::Ru, include_str!("../locales/ru/core.ftl")),
    (Lang::Ru, include_str!("../locales/ru/agreement.ftl")),
    (Lang::Ru, include_str!("../locales/ru/periods.ftl")),
    (Lang::Kk, include_str!("../locales/kk/core.ftl")),
    (Lang::Kk, include_str!("../locales/kk/agreement.ftl")),
    (Lang::Kk, include_str!("../locales/kk/periods.ftl")),
    (Lang::En, include_str!("../locales/en/core.ftl")),
    (Lang::En, include_str!("../locales/en/agreement.ftl")),
    (Lang::En, include_str!("../locales/en/periods.ftl")),
];

fn bundle(lang: Lang) -> &'static FluentBundle<FluentResource> {
    static BUNDLES: OnceLock<HashMap<Lang, FluentBundle<FluentResource>>> = OnceLock::new();
    let all = BUNDLES.get_or_init(|| {
        Lang::ALL
            .iter()
            .map(|lang| {
                let id: unic_langid::LanguageIdentifier =
                    lang.code().parse().expect("language codes are valid identifiers");
                let mut b = FluentBundle::new_concurrent(vec![id]);
                b.set_use_isolating(false);
                for (_, src) in SOURCES.iter().filter(|(l, _)| l == lang) {
                    // A broken .ftl is caught by the locale tests; here the parsable part is kept.
                    let res = FluentResource::try_new(src.to_string()).unwrap_or_else(|(res, _)| res);
                    b.add_resource(res).expect("message ids are unique within a language");
                }
                (*lang, b)
            })
            .collect()
    });
    &all[&lang]
}

/// The arguments that are counts (plural selection needs them as numbers).
const COUNTS: &[&str] = &["count", "max", "min", "index", "found", "supported"];

/// The message `id` in `lang` with `args`; the id itself when the message is missing.
pub fn message_with(lang: Lang, id: &str, args: &[(&str, String)]) -> String {
    let b = bundle(lang);
    let Some(pattern) = b.get_message(id).and_then(|m| m.value()) else {
        return id.to_string();
    };
    let mut fa = FluentArgs::new();
    for (k, v) in args {
        // Counts go in as numbers so that plural selection works; everything else (register
        // numbers like «007», names, paths) stays text exactly as given.
        match v.parse::<i64>() {
            Ok(n) if COUNTS.contains(k) => fa.set(*k, FluentValue::from(n)),
            _ => fa.set(*k, FluentValue::from(v.clone())),
        }
    }
    let mut errors = vec![];
    b.format_pattern(pattern, Some(&fa), &mut errors).into_owned()
}

pub fn message(lang: Lang, id: &str) -> String {
    message_with(lang, id, &[])
}

/// A date as documents write it in full: «29» ноября 2026 г. / 2026 жылғы 29 қараша /
/// 29 November 2026. (chrono's %B gives only Russian genitives and capitalised Kazakh months.)
pub fn long_date(lang: Lang, d: chrono::NaiveDate) -> String {
    date_words(lang, d, true)
}

/// A date in words without the quoted day of documents: «29 ноября 2026 г.», «2026 жылғы
/// 29 қараша», «29 November 2026» (an album's caption, a list).
pub fn plain_date(lang: Lang, d: chrono::NaiveDate) -> String {
    date_words(lang, d, false)
}

fn date_words(lang: Lang, d: chrono::NaiveDate, quoted: bool) -> String {
    use chrono::Datelike;
    const RU: [&str; 12] = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];
    const KK: [&str; 12] = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"];
    const EN: [&str; 12] = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    let m = d.month0() as usize;
    let day = if quoted { format!("«{}»", d.day()) } else { d.day().to_string() };
    match lang {
        Lang::Ru => format!("{day}\u{a0}{} {}\u{a0}г.", RU[m], d.year()),
        Lang::Kk => format!("{}\u{a0}жылғы {day}\u{a0}{}", d.year(), KK[m]),
        Lang::En => format!("{}\u{a0}{} {}", d.day(), EN[m], d.year()),
    }
}

/// A date as a short numeric form: 01.09.2026.
pub fn short_date(d: chrono::NaiveDate) -> String {
    d.format("%d.%m.%Y").to_string()
}

/// Whether `lang` has the message `id`.
pub fn has_message(lang: Lang, id: &str) -> bool {
    bundle(lang).has_message(id)
}

/// The localized text of an error: `error-<code>` with its details, the field named by
/// `field-<code>` and the kind of record by `entity-<code>`.
pub fn error_message(lang: Lang, e: &Error) -> String {
    let details = e.details();
    let args: Vec<(&str, String)> = details
        .iter()
        .map(|(k, v)| {
            let v = match k.as_str() {
                "field" | "entity" => message(lang, &format!("{k}-{v}")),
                _ => v.clone(),
            };
            (k.as_str(), v)
        })
        .collect();
    message_with(lang, &format!("error-{}", e.code().as_str()), &args)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Field;

    #[test]
    fn errors_are_localized_with_their_field() {
        let e = Error::TooLong { field: Field::Name, max: 300, index: None };
        let ru = error_message(Lang::Ru, &e);
        assert!(ru.contains("300") && ru.contains(&message(Lang::Ru, "field-name")), "{ru}");
        assert!(!ru.contains('\u{2068}'), "isolation marks are off");
        let kk = error_message(Lang::Kk, &Error::NameEmpty);
        assert_ne!(kk, "error-name-empty");
        assert_ne!(kk, error_message(Lang::Ru, &Error::NameEmpty));
    }

    #[test]
    fn long_dates_in_each_language() {
        let d = chrono::NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
        assert_eq!(long_date(Lang::Ru, d), "«29»\u{a0}ноября 2026\u{a0}г.");
        assert_eq!(long_date(Lang::Kk, d), "2026\u{a0}жылғы «29»\u{a0}қараша");
        assert_eq!(long_date(Lang::En, d), "29\u{a0}November 2026");
        assert_eq!(plain_date(Lang::Ru, d), "29\u{a0}ноября 2026\u{a0}г.");
        assert_eq!(plain_date(Lang::Kk, d), "2026\u{a0}жылғы 29\u{a0}қараша");
        assert_eq!(short_date(d), "29.11.2026");
    }

    #[test]
    fn missing_messages_fall_back_to_their_id() {
        assert_eq!(message(Lang::En, "no-such-message"), "no-such-message");
    }
}
