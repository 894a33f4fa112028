//! Every language has the same messages, every file parses, and every error code, field and
//! built-in list entry has its message.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use fluent_bundle::FluentResource;
use fluent_syntax::ast;
use partnerdesk::{i18n, CatalogList, Lang};

fn locale_files(lang: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales").join(lang);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .collect();
    files.sort();
    files
}

fn ids(lang: &str) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for f in locale_files(lang) {
        let src = std::fs::read_to_string(&f).unwrap();
        let res = match FluentResource::try_new(src) {
            Ok(r) => r,
            Err((_, errs)) => panic!("{} does not parse: {errs:?}", f.display()),
        };
        for entry in res.entries() {
            if let ast::Entry::Message(m) = entry {
                assert!(ids.insert(m.id.name.to_string()), "{} defines {} twice", f.display(), m.id.name);
            }
        }
    }
    ids
}

#[test]
fn ru_kk_en_have_the_same_message_ids() {
    let ru = ids("ru");
    assert!(ru.len() > 50, "locales/ru looks empty");
    for lang in ["kk", "en"] {
        let other = ids(lang);
        let missing: Vec<_> = ru.difference(&other).collect();
        let extra: Vec<_> = other.difference(&ru).collect();
        assert!(missing.is_empty() && extra.is_empty(), "locales/{lang}: missing {missing:?}, extra {extra:?}");
    }
}

/// The string literals of a generated TypeScript union, e.g. `ErrorCode`.
fn union_members(name: &str) -> Vec<String> {
    let ts = partnerdesk::bindings::typescript();
    let line = ts.lines().find(|l| l.starts_with(&format!("export type {name} ="))).unwrap();
    line.split('"').skip(1).step_by(2).map(str::to_string).collect()
}

#[test]
fn every_error_code_and_field_has_a_message() {
    let codes = union_members("ErrorCode");
    let fields = union_members("Field");
    assert!(codes.len() >= 10 && fields.len() >= 10);
    for lang in Lang::ALL {
        for c in &codes {
            assert!(i18n::has_message(lang, &format!("error-{c}")), "{lang:?} lacks error-{c}");
        }
        for f in &fields {
            assert!(i18n::has_message(lang, &format!("field-{f}")), "{lang:?} lacks field-{f}");
        }
    }
}

#[test]
fn built_in_list_entries_are_named_in_every_language() {
    let (_dir, store) = super::fresh();
    for list in [CatalogList::Category, CatalogList::Direction, CatalogList::Form] {
        for e in store.catalog(list).unwrap() {
            for lang in Lang::ALL {
                let name = e.name.get(lang);
                assert!(!name.is_empty(), "{lang:?} {}: empty", e.code);
                assert!(!name.starts_with(&format!("{}-", list.as_str())), "{lang:?} lacks a message for {}", e.code);
            }
        }
    }
}
