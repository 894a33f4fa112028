//! Importing nominees from a table (the list of nominations drawn up in Excel): surname,
//! given name, patronymic, gender, role, nomination title and reason, each row checked as the
//! nomination form checks it; unknown titles are added to the list.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{cell_of, ImportIssue, RawTable};
use crate::declension::Gender;
use crate::error::{Error, Result};
use crate::model::{Lang, LocalizedName, NominationInput, NomineeKind, NomineeRole};
use crate::store::Store;
use crate::{i18n, text};

/// What a column of an imported list of nominees holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum NomineeField {
    Surname,
    GivenName,
    Patronymic,
    Gender,
    Role,
    Title,
    Reason,
    Skip,
}

impl NomineeField {
    pub const DEFAULT_ORDER: [NomineeField; 7] = [
        NomineeField::Surname,
        NomineeField::GivenName,
        NomineeField::Patronymic,
        NomineeField::Gender,
        NomineeField::Role,
        NomineeField::Title,
        NomineeField::Reason,
    ];
}

/// Which column holds what, whether the first row is a header, and the language the reasons
/// are written in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct NomineeMapping {
    pub columns: Vec<NomineeField>,
    pub header: bool,
    pub reason_lang: Lang,
}

/// One nominee as they will be imported.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct NomineeImportRow {
    #[ts(type = "number")]
    pub line: usize,
    pub nominee: String,
    pub dative: String,
    pub title: String,
    pub issues: Vec<ImportIssue>,
    pub accepted: bool,
    #[serde(skip)]
    #[ts(skip)]
    input: NominationInput,
    #[serde(skip)]
    #[ts(skip)]
    title_text: String,
}

/// What a nominee import would do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct NomineeImportPreview {
    pub mapping: NomineeMapping,
    pub sample: Vec<Vec<String>>,
    #[ts(type = "number")]
    pub columns: usize,
    pub rows: Vec<NomineeImportRow>,
    #[ts(type = "number")]
    pub accepted: usize,
    #[ts(type = "number")]
    pub refused: usize,
    pub new_titles: Vec<String>,
}

fn gender_of(s: &str) -> Option<Gender> {
    let f = text::fold(s);
    let f = f.trim().trim_end_matches('.');
    match f {
        "ж" | "жен" | "женский" | "f" | "female" | "әйел" | "қ" | "қыз" => Some(Gender::Female),
        "м" | "муж" | "мужской" | "m" | "male" | "ер" | "ұ" => Some(Gender::Male),
        _ => None,
    }
}

fn role_of(s: &str) -> NomineeRole {
    let f = text::fold(s);
    if ["педагог", "учител", "воспитател", "мұғалім", "тәрбиеші", "teacher"].iter().any(|w| f.contains(w)) {
        NomineeRole::Teacher
    } else if ["родител", "мама", "папа", "ата-ана", "parent"].iter().any(|w| f.contains(w)) {
        NomineeRole::Parent
    } else if ["учени", "воспитанни", "оқушы", "pupil", "student"].iter().any(|w| f.contains(w)) {
        NomineeRole::Pupil
    } else if ["партн", "серіктес", "partner"].iter().any(|w| f.contains(w)) {
        NomineeRole::Partner
    } else {
        NomineeRole::Other
    }
}

/// Reads the nominees of a table for `year`.
pub fn preview_nominees(store: &Store, table: &RawTable, year: i32, mapping: Option<NomineeMapping>, lang: Lang) -> Result<NomineeImportPreview> {
    let mapping = mapping.unwrap_or_else(|| NomineeMapping {
        columns: NomineeField::DEFAULT_ORDER.to_vec(),
        header: super::starts_with_header(table),
        reason_lang: lang,
    });
    if !mapping.columns.contains(&NomineeField::Surname) {
        return Err(Error::ImportInvalid { reason: i18n::message(lang, "import-no-surname-column") });
    }
    let titles = store.award_catalogs()?.titles;
    let first_title = titles.first().map(|t| t.id).unwrap_or(0);
    let mut rows = Vec::new();
    for (k, raw) in table.rows.iter().enumerate().skip(usize::from(mapping.header)) {
        if raw.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let get = |f: NomineeField| cell_of(raw, &mapping.columns, f).join(" ");
        let title_text = get(NomineeField::Title);
        let key = text::name_key(&title_text);
        let title = titles
            .iter()
            .find(|t| !key.is_empty() && (t.code == title_text.trim() || [&t.name.ru, &t.name.kk, &t.name.en].iter().any(|n| text::name_key(n) == key)));
        let mut reason = LocalizedName::default();
        *reason.get_mut(mapping.reason_lang) = get(NomineeField::Reason);
        let input = NominationInput {
            year,
            title_id: title.map_or(first_title, |t| t.id),
            nominee_kind: NomineeKind::Person,
            surname: get(NomineeField::Surname),
            given_name: get(NomineeField::GivenName),
            patronymic: get(NomineeField::Patronymic),
            gender: gender_of(&get(NomineeField::Gender)),
            role: role_of(&get(NomineeField::Role)),
            reason,
            ..Default::default()
        };
        let mut issues = Vec::new();
        if let Err(e) = super::super::store::check_nomination(&input) {
            issues.push(ImportIssue::new("text-invalid", &[("reason", i18n::error_message(lang, &e))], true));
        }
        let d = store.decline(&input);
        if d.gender.is_none() {
            issues.push(ImportIssue::new("gender-unknown", &[], false));
        }
        rows.push(NomineeImportRow {
            line: k + 1,
            nominee: d.nominative,
            dative: d.dative,
            title: title.map(|t| t.name.get(lang).to_string()).unwrap_or_else(|| title_text.clone()),
            accepted: !issues.iter().any(|i| i.refused),
            issues,
            input,
            title_text: if title.is_some() { String::new() } else { title_text },
        });
    }
    let mut new_titles: Vec<String> = Vec::new();
    for r in rows.iter().filter(|r| r.accepted && !r.title_text.is_empty()) {
        if !new_titles.contains(&r.title_text) {
            new_titles.push(r.title_text.clone());
        }
    }
    let accepted = rows.iter().filter(|r| r.accepted).count();
    Ok(NomineeImportPreview {
        sample: table.rows.iter().take(6).cloned().collect(),
        columns: table.rows.iter().map(Vec::len).max().unwrap_or(0),
        refused: rows.len() - accepted,
        accepted,
        rows,
        mapping,
        new_titles,
    })
}

/// Imports the nominees of `table` as proposed nominations of `year`, in one transaction;
/// with refused rows nothing is imported unless `accepted_only`. Returns how many.
pub fn import_nominees(store: &Store, table: &RawTable, year: i32, mapping: Option<NomineeMapping>, accepted_only: bool) -> Result<usize> {
    store.atomically(|s| {
        let preview = preview_nominees(s, table, year, mapping, Lang::Ru)?;
        if preview.refused > 0 && !accepted_only {
            return Err(Error::ImportRefused { count: preview.refused as i64 });
        }
        let gramota = s.award_catalogs()?.kinds.first().map(|k| k.id).unwrap_or(1);
        let mut added: Vec<(String, i64)> = Vec::new();
        let mut n = 0;
        for r in preview.rows.iter().filter(|r| r.accepted) {
            let mut input = r.input.clone();
            if !r.title_text.is_empty() {
                input.title_id = match added.iter().find(|(t, _)| *t == r.title_text) {
                    Some((_, id)) => *id,
                    None => {
                        let t = s.add_nomination_title(&LocalizedName { ru: r.title_text.clone(), ..Default::default() }, gramota)?;
                        added.push((r.title_text.clone(), t.id));
                        t.id
                    }
                };
            }
            s.create_nomination(&input)?;
            n += 1;
        }
        Ok(n)
    })
}
