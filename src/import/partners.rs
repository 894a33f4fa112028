//! Importing partners from a table (a register kept in Excel, or the app's own export): each
//! row checked as the partner form checks it, names already in the register or repeated in
//! the file refused, similar names warned about, unknown categories added.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{cell_of, match_group, other_group, ImportIssue, RawTable};
use crate::error::{Error, Result};
use crate::model::{CatalogInput, CatalogList, ContactInput, Lang, PartnerInput};
use crate::store::Store;
use crate::{i18n, text, validate};

/// What a column of an imported partner table holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum PartnerField {
    Name,
    ShortName,
    Category,
    /// «внутренний» / «внешний» (ішкі / сыртқы, internal / external).
    Kind,
    Address,
    Phones,
    Email,
    Website,
    /// Contact people: «Name, position, phone; Name, …».
    Contacts,
    Notes,
    Skip,
}

impl PartnerField {
    /// The order of the app's own partner export.
    pub const DEFAULT_ORDER: [PartnerField; 10] = [
        PartnerField::Name,
        PartnerField::ShortName,
        PartnerField::Category,
        PartnerField::Kind,
        PartnerField::Address,
        PartnerField::Phones,
        PartnerField::Email,
        PartnerField::Website,
        PartnerField::Contacts,
        PartnerField::Notes,
    ];
}

/// Which column holds what, and whether the first row is a header.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PartnerMapping {
    pub columns: Vec<PartnerField>,
    pub header: bool,
}

/// One partner as it will be imported.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PartnerImportRow {
    #[ts(type = "number")]
    pub line: usize,
    pub name: String,
    /// The category as written (empty: the «other partners» category).
    pub category: String,
    pub internal: bool,
    pub contacts: Vec<String>,
    pub issues: Vec<ImportIssue>,
    pub accepted: bool,
    #[serde(skip)]
    #[ts(skip)]
    input: PartnerInput,
}

/// What a partner import would do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PartnerImportPreview {
    pub mapping: PartnerMapping,
    pub sample: Vec<Vec<String>>,
    #[ts(type = "number")]
    pub columns: usize,
    pub rows: Vec<PartnerImportRow>,
    #[ts(type = "number")]
    pub accepted: usize,
    #[ts(type = "number")]
    pub refused: usize,
    pub new_categories: Vec<String>,
}

/// What a partner import did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PartnerImportResult {
    #[ts(type = "number")]
    pub created: usize,
    #[ts(type = "number")]
    pub refused: usize,
}

fn kind_of(s: &str) -> Option<bool> {
    let f = text::fold(s);
    if ["внутр", "ішкі", "internal", "свой"].iter().any(|w| f.contains(w)) {
        Some(true)
    } else if ["внешн", "сыртқы", "external"].iter().any(|w| f.contains(w)) {
        Some(false)
    } else {
        None
    }
}

/// «Иванова Мария, директор, +7 705 …; Петров» → contact people.
fn contacts(cell: &str) -> Vec<ContactInput> {
    cell.split([';', '\n'])
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .map(|c| {
            let mut parts = c.split(',').map(str::trim).filter(|p| !p.is_empty());
            let mut contact = ContactInput { name: parts.next().unwrap_or_default().to_string(), ..Default::default() };
            for p in parts {
                if p.contains('@') {
                    contact.email = p.to_string();
                } else if p.chars().filter(char::is_ascii_digit).count() >= 5 {
                    contact.phone = p.to_string();
                } else if contact.position.is_empty() {
                    contact.position = p.to_string();
                } else {
                    contact.position = format!("{}, {p}", contact.position);
                }
            }
            contact
        })
        .collect()
}

/// Reads the partners of a table with `mapping` (the export's order when none is given).
pub fn preview_partners(store: &Store, table: &RawTable, mapping: Option<PartnerMapping>, lang: Lang) -> Result<PartnerImportPreview> {
    let mapping = mapping.unwrap_or_else(|| PartnerMapping {
        columns: PartnerField::DEFAULT_ORDER.to_vec(),
        header: super::starts_with_header(table),
    });
    if !mapping.columns.contains(&PartnerField::Name) {
        return Err(Error::ImportInvalid { reason: i18n::message(lang, "import-no-name-column") });
    }
    let categories = store.catalog(CatalogList::Category)?;
    let mut seen: HashSet<String> = HashSet::new();
    let mut rows = Vec::new();
    for (k, raw) in table.rows.iter().enumerate().skip(usize::from(mapping.header)) {
        if raw.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let get = |f: PartnerField| cell_of(raw, &mapping.columns, f).join("\n");
        let category = get(PartnerField::Category).trim().trim_end_matches(':').to_string();
        let matched = match_group(&categories, &category);
        let input = PartnerInput {
            name: get(PartnerField::Name).replace('\n', " "),
            short_name: get(PartnerField::ShortName),
            category_id: matched.map_or(0, |c| c.id),
            internal: kind_of(&get(PartnerField::Kind)).unwrap_or_else(|| matched.is_some_and(|c| c.internal)),
            address: get(PartnerField::Address).replace('\n', ", "),
            phones: get(PartnerField::Phones).replace('\n', ", "),
            email: get(PartnerField::Email),
            website: get(PartnerField::Website),
            notes: get(PartnerField::Notes),
            contacts: contacts(&get(PartnerField::Contacts)),
            ..Default::default()
        };
        let mut issues = Vec::new();
        let input = match validate::partner(&input) {
            Ok(i) => i,
            Err(e) => {
                issues.push(ImportIssue::new("text-invalid", &[("reason", i18n::error_message(lang, &e))], true));
                input
            }
        };
        let key = text::name_key(&input.name);
        if !key.is_empty() {
            if store.partner_by_key(&key)?.is_some() {
                issues.push(ImportIssue::new("partner-exists", &[("name", input.name.clone())], true));
            } else if !seen.insert(key) {
                issues.push(ImportIssue::new("partner-repeated", &[("name", input.name.clone())], true));
            } else if let Some(s) = store.similar_partners(&input.name, None)?.first() {
                issues.push(ImportIssue::new("partner-similar", &[("name", s.name.clone())], false));
            }
        }
        rows.push(PartnerImportRow {
            line: k + 1,
            name: input.name.clone(),
            category: if matched.is_some() || category.is_empty() { matched.map(|c| c.name.get(lang).to_string()).unwrap_or_default() } else { category },
            internal: input.internal,
            contacts: input.contacts.iter().map(|c| c.name.clone()).collect(),
            accepted: !issues.iter().any(|i| i.refused),
            issues,
            input,
        });
    }
    let mut new_categories: Vec<String> = Vec::new();
    for r in rows.iter().filter(|r| r.accepted && r.input.category_id == 0 && !r.category.is_empty()) {
        if !new_categories.contains(&r.category) {
            new_categories.push(r.category.clone());
        }
    }
    let accepted = rows.iter().filter(|r| r.accepted).count();
    Ok(PartnerImportPreview {
        sample: table.rows.iter().take(6).cloned().collect(),
        columns: table.rows.iter().map(Vec::len).max().unwrap_or(0),
        refused: rows.len() - accepted,
        accepted,
        rows,
        mapping,
        new_categories,
    })
}

/// Imports the partners of `table` in one transaction. With refused rows, nothing is imported
/// unless `accepted_only`.
pub fn import_partners(store: &Store, table: &RawTable, mapping: Option<PartnerMapping>, accepted_only: bool) -> Result<PartnerImportResult> {
    store.atomically(|s| {
        let preview = preview_partners(s, table, mapping, Lang::En)?;
        if preview.refused > 0 && !accepted_only {
            return Err(Error::ImportRefused { count: preview.refused as i64 });
        }
        let mut categories = s.catalog(CatalogList::Category)?;
        let mut created = 0;
        for r in preview.rows.iter().filter(|r| r.accepted) {
            let mut input = r.input.clone();
            if input.category_id == 0 {
                let category = if r.category.is_empty() {
                    other_group(s, &mut categories)?
                } else {
                    match match_group(&categories, &r.category) {
                        Some(c) => c.clone(),
                        None => {
                            let c = s.add_catalog_entry(CatalogList::Category, &CatalogInput { ru: r.category.clone(), ..Default::default() })?;
                            categories.push(c.clone());
                            c
                        }
                    }
                };
                input.category_id = category.id;
            }
            s.create_partner(&input)?;
            created += 1;
        }
        Ok(PartnerImportResult { created, refused: preview.refused })
    })
}
