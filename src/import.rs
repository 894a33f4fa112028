//! Reading the tables a coordinator already has — last year's plan saved from Word or Excel as
//! CSV or XLSX — with the user's mapping of columns, a preview of every row (what is new, what
//! cannot be read and why) and then the import in one transaction: everything, or only the
//! rows that could be read, as the user chooses.
//!
//! Files are read whole into memory within limits (size, rows, cell length); nothing in a file
//! is ever executed or used as a path. CSV may be UTF-8 (with or without a BOM) or Windows-1251,
//! separated by `;`, `,` or tabs.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::model::{
    ActivityInput, ActivityPeriod, CatalogEntry, CatalogInput, CatalogList, Lang, PartnerInput, PlanInput, PlanPeriod,
    PlanRowInput,
};
use crate::store::Store;
use crate::{i18n, text, validate};

pub mod nominees;
pub mod partners;

/// The largest file read.
pub const FILE_MAX_BYTES: u64 = 20 * 1024 * 1024;
/// The most rows read from one file.
pub const ROWS_MAX: usize = 20_000;
/// The longest cell kept whole; a longer one refuses its row.
pub const CELL_MAX_CHARS: usize = 10_000;

/// A table as read from a file: rows of cells, all text, trailing empty cells dropped.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RawTable {
    pub rows: Vec<Vec<String>>,
}

/// Reads a CSV or XLSX file (by its extension).
pub fn read_table(path: &Path) -> Result<RawTable> {
    let size = std::fs::metadata(path).map_err(|e| Error::file(path, e))?.len();
    if size > FILE_MAX_BYTES {
        return Err(Error::TableTooLarge { max_rows: ROWS_MAX as i64, max_mb: (FILE_MAX_BYTES / 1024 / 1024) as i64 });
    }
    let bytes = std::fs::read(path).map_err(|e| Error::file(path, e))?;
    let ext = path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).unwrap_or_default();
    read_table_bytes(&bytes, &ext).map_err(|e| match e {
        Error::FormatUnknown(_) => Error::FormatUnknown(path.display().to_string()),
        other => other,
    })
}

/// Reads CSV or XLSX bytes; `ext` is `csv` or `xlsx`.
pub fn read_table_bytes(bytes: &[u8], ext: &str) -> Result<RawTable> {
    let mut table = match ext {
        "csv" | "txt" => read_csv(bytes)?,
        "xlsx" | "xlsm" => read_xlsx(bytes)?,
        other => return Err(Error::FormatUnknown(other.to_string())),
    };
    for row in &mut table.rows {
        for cell in row.iter_mut() {
            // Invisible marks and non-breaking spaces from Word become plain text.
            *cell = cell.replace(['\u{feff}', '\u{200b}'], "").replace('\u{a0}', " ").replace("\r\n", "\n").replace('\r', "\n");
        }
        while row.last().is_some_and(|c| c.trim().is_empty()) {
            row.pop();
        }
    }
    Ok(table)
}

fn read_csv(bytes: &[u8]) -> Result<RawTable> {
    let text = match std::str::from_utf8(bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes)) {
        Ok(t) => t.to_string(),
        // Excel in Russian and Kazakh saves «CSV» in Windows-1251.
        Err(_) => encoding_rs::WINDOWS_1251.decode(bytes).0.into_owned(),
    };
    let first = text.lines().next().unwrap_or("");
    let delimiter = [b';', b'\t', b',']
        .into_iter()
        .max_by_key(|d| first.bytes().filter(|b| b == d).count())
        .filter(|d| first.bytes().any(|b| b == *d))
        .unwrap_or(b';');
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| Error::ImportInvalid { reason: e.to_string() })?;
        rows.push(record.iter().map(str::to_string).collect());
        if rows.len() > ROWS_MAX {
            return Err(Error::TableTooLarge { max_rows: ROWS_MAX as i64, max_mb: (FILE_MAX_BYTES / 1024 / 1024) as i64 });
        }
    }
    Ok(RawTable { rows })
}

fn read_xlsx(bytes: &[u8]) -> Result<RawTable> {
    use calamine::{Data, Reader};
    let invalid = |e: &dyn std::fmt::Display| Error::ImportInvalid { reason: e.to_string() };
    let mut book = calamine::Xlsx::new(std::io::Cursor::new(bytes.to_vec())).map_err(|e| invalid(&e))?;
    let range = book
        .worksheet_range_at(0)
        .ok_or(Error::TableEmpty)?
        .map_err(|e| invalid(&e))?;
    if range.height() > ROWS_MAX {
        return Err(Error::TableTooLarge { max_rows: ROWS_MAX as i64, max_mb: (FILE_MAX_BYTES / 1024 / 1024) as i64 });
    }
    let rows = range
        .rows()
        .map(|row| {
            row.iter()
                .map(|c| match c {
                    Data::Empty => String::new(),
                    Data::String(s) => s.clone(),
                    Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
                    Data::Float(f) => f.to_string(),
                    Data::Int(i) => i.to_string(),
                    Data::Bool(b) => b.to_string(),
                    Data::DateTime(d) => match d.as_f64() {
                        // Excel's day count: day 1 is 1900-01-01 (and 1900-02-29 existed).
                        v if v >= 61.0 => NaiveDate::from_ymd_opt(1899, 12, 30)
                            .and_then(|base| base.checked_add_days(chrono::Days::new(v as u64)))
                            .map(|d| d.format("%d.%m.%Y").to_string())
                            .unwrap_or_default(),
                        v => v.to_string(),
                    },
                    Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
                    Data::Error(e) => format!("{e:?}"),
                })
                .collect()
        })
        .collect();
    Ok(RawTable { rows })
}

/// What a column of an imported plan holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum PlanField {
    /// The category heading («Образовательные организации»).
    Group,
    Partner,
    Goal,
    /// The planned activities, one per line (or numbered, or separated by «;»).
    Activities,
    /// Their period: one for all, or one per line in the same order.
    Period,
    Responsible,
    SocialEffect,
    /// Not imported (a «№» column, say).
    Skip,
}

impl PlanField {
    pub const DEFAULT_ORDER: [PlanField; 7] = [
        PlanField::Group,
        PlanField::Partner,
        PlanField::Goal,
        PlanField::Activities,
        PlanField::Period,
        PlanField::Responsible,
        PlanField::SocialEffect,
    ];
}

/// Which column holds what, and whether the first row is a header.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PlanMapping {
    pub columns: Vec<PlanField>,
    pub header: bool,
}

/// Something to say about a row: `code` names the Fluent message `import-issue-<code>`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ImportIssue {
    pub code: String,
    pub args: BTreeMap<String, String>,
    /// The row cannot be imported.
    pub refused: bool,
}

impl ImportIssue {
    pub(crate) fn new(code: &str, args: &[(&str, String)], refused: bool) -> ImportIssue {
        ImportIssue {
            code: code.into(),
            args: args.iter().map(|(k, v)| (k.to_string(), v.clone())).collect(),
            refused,
        }
    }

    /// The issue in words.
    pub fn text(&self, lang: Lang) -> String {
        let args: Vec<(&str, String)> = self.args.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
        i18n::message_with(lang, &format!("import-issue-{}", self.code), &args)
    }
}

/// An activity read from a row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ImportedActivity {
    pub title: String,
    pub period: ActivityPeriod,
    /// The period as it was written.
    pub period_text: String,
    /// It could not be read and is recorded as «throughout the year».
    pub period_unread: bool,
}

/// One plan row as it will be imported.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PlanImportRow {
    /// The row's number in the file (1 is the first row).
    #[ts(type = "number")]
    pub line: usize,
    pub group: String,
    pub partner: String,
    /// The partner in the register, when there is one by that name.
    #[ts(type = "number | null")]
    pub partner_id: Option<i64>,
    pub goal: String,
    pub responsible: String,
    pub social_effect: String,
    pub activities: Vec<ImportedActivity>,
    pub issues: Vec<ImportIssue>,
    pub accepted: bool,
}

/// What an import would do, shown before anything is written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PlanImportPreview {
    pub period: String,
    /// A plan for the period exists: rows are added to its end.
    pub plan_exists: bool,
    pub mapping: PlanMapping,
    /// The first rows of the file as they are, for choosing the mapping.
    pub sample: Vec<Vec<String>>,
    #[ts(type = "number")]
    pub columns: usize,
    pub rows: Vec<PlanImportRow>,
    #[ts(type = "number")]
    pub accepted: usize,
    #[ts(type = "number")]
    pub refused: usize,
    /// Partners that will be added to the register.
    pub new_partners: Vec<String>,
    /// Headings that will become new categories.
    pub new_groups: Vec<String>,
}

/// What an import did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PlanImportResult {
    #[ts(type = "number")]
    pub plan_id: i64,
    #[ts(type = "number")]
    pub rows: usize,
    #[ts(type = "number")]
    pub partners_created: usize,
    #[ts(type = "number")]
    pub refused: usize,
}

/// The meanings of columns as named on a command line («partner,goal,skip»), in any
/// importer's field names; None for no names (the importer's default order).
pub fn parse_columns<F: serde::de::DeserializeOwned>(names: &[String]) -> Result<Option<Vec<F>>> {
    if names.is_empty() {
        return Ok(None);
    }
    names
        .iter()
        .map(|n| {
            let name = match n.trim() {
                "" | "-" => "skip".to_string(),
                other => other.to_ascii_lowercase().replace('_', "-"),
            };
            serde_json::from_value(serde_json::Value::String(name))
                .map_err(|_| Error::FormatUnknown(n.clone()))
        })
        .collect::<Result<Vec<F>>>()
        .map(Some)
}

/// Whether the table's first row reads as column titles.
pub fn starts_with_header(table: &RawTable) -> bool {
    table.rows.first().is_some_and(|r| looks_like_header(r))
}

/// Whether a first row reads as column titles rather than a plan row.
pub fn looks_like_header(row: &[String]) -> bool {
    const WORDS: [&str; 34] = [
        "партнер", "серіктес", "partner", "мероприят", "іс-шара", "activit", "срок", "мерзім", "period",
        "ответствен", "жауапты", "responsib", "цель", "мақсат", "goal", "наименование", "назван", "атау",
        "name", "категор", "санат", "category", "адрес", "мекенжай", "address", "телефон", "e-mail", "email",
        "фамил", "тегі", "surname", "отчеств", "әкесінің", "patronym",
    ];
    let hits = row.iter().filter(|c| {
        let f = text::fold(c);
        WORDS.iter().any(|w| f.contains(w))
    });
    hits.count() >= 2 || row.iter().any(|c| c.trim() == "№" || c.trim() == "No")
}

/// Splits a cell into items: numbered («1) …», «2. …») or bulleted («- …», «• …») lines start
/// items and other lines continue them; otherwise each line is an item, or a single line is
/// split at «;».
pub fn split_items(cell: &str) -> Vec<String> {
    let marker = |l: &str| -> Option<usize> {
        let t = l.trim_start();
        let skip = l.len() - t.len();
        if let Some(c) = t.chars().next().filter(|c| "-–—•*·".contains(*c)) {
            return Some(skip + c.len_utf8());
        }
        let digits = t.chars().take_while(char::is_ascii_digit).count();
        if digits > 0 && digits <= 3 {
            let rest = &t[digits..];
            if rest.starts_with(')') || (rest.starts_with('.') && !rest[1..].starts_with(|c: char| c.is_ascii_digit())) {
                return Some(skip + digits + 1);
            }
        }
        None
    };
    let lines: Vec<&str> = cell.lines().filter(|l| !l.trim().is_empty()).collect();
    let mut items: Vec<String> = Vec::new();
    if lines.iter().any(|l| marker(l).is_some()) {
        for l in lines {
            match marker(l) {
                Some(at) => items.push(l[at..].trim().to_string()),
                None => match items.last_mut() {
                    Some(last) => {
                        last.push(' ');
                        last.push_str(l.trim());
                    }
                    None => items.push(l.trim().to_string()),
                },
            }
        }
    } else if lines.len() == 1 {
        items = lines[0].split(';').map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect();
    } else {
        items = lines.iter().map(|l| l.trim().to_string()).collect();
    }
    items.retain(|s| !s.is_empty());
    items
}

/// A category for a heading: by its name in any language (without the trailing colon), or
/// by its code.
pub(crate) fn match_group<'a>(categories: &'a [CatalogEntry], heading: &str) -> Option<&'a CatalogEntry> {
    let key = text::name_key(heading.trim().trim_end_matches(':'));
    if key.is_empty() {
        return None;
    }
    categories.iter().find(|c| {
        c.code == heading.trim()
            || [&c.name.ru, &c.name.kk, &c.name.en].iter().any(|n| text::name_key(n) == key)
    })
}

/// The non-empty cells of `row` in the columns mapped to `field`.
fn cell_of<'a, F: PartialEq>(row: &'a [String], columns: &[F], field: F) -> Vec<&'a str> {
    columns
        .iter()
        .enumerate()
        .filter(|(_, f)| **f == field)
        .filter_map(|(i, _)| row.get(i).map(|s| s.trim()))
        .filter(|s| !s.is_empty())
        .collect()
}

/// Reads the rows of a plan table with `mapping` (the default order when none is given);
/// reasons quoted in issues are in `lang`.
pub fn preview_plan(
    store: &Store,
    table: &RawTable,
    period: PlanPeriod,
    mapping: Option<PlanMapping>,
    lang: Lang,
) -> Result<PlanImportPreview> {
    let columns = table.rows.iter().map(Vec::len).max().unwrap_or(0);
    let mapping = mapping.unwrap_or_else(|| PlanMapping {
        columns: PlanField::DEFAULT_ORDER.to_vec(),
        header: starts_with_header(table),
    });
    if !mapping.columns.contains(&PlanField::Partner) {
        return Err(Error::ImportInvalid { reason: i18n::message(lang, "import-no-partner-column") });
    }
    let categories = store.catalog(CatalogList::Category)?;
    let plan_exists = store.find_plan(&period.code(), crate::today()).is_ok();
    let mut rows: Vec<PlanImportRow> = Vec::new();
    let mut group = String::new();
    let mut known: HashMap<String, Option<i64>> = HashMap::new();
    let skip = usize::from(mapping.header);
    for (k, raw) in table.rows.iter().enumerate().skip(skip) {
        let line = k + 1;
        let get = |f: PlanField| cell_of(raw, &mapping.columns, f).join("\n");
        let partner = get(PlanField::Partner);
        let activities = get(PlanField::Activities);
        let periods = get(PlanField::Period);
        let filled: Vec<&String> = raw.iter().filter(|c| !c.trim().is_empty()).collect();
        if filled.is_empty() {
            continue;
        }
        let heading = get(PlanField::Group);
        if !heading.is_empty() {
            group = heading.trim().trim_end_matches(':').trim().to_string();
        }
        if partner.is_empty() {
            // A row with only its first cell (or its group cell) filled is a category heading:
            // a merged row in Word.
            let first_only = raw.iter().position(|c| !c.trim().is_empty()).is_some_and(|i| {
                i == 0 || matches!(mapping.columns.get(i), Some(PlanField::Group | PlanField::Partner | PlanField::Skip))
            });
            if filled.len() == 1 && activities.is_empty() && first_only {
                if heading.is_empty() {
                    group = filled[0].trim().trim_end_matches(':').trim().to_string();
                }
                continue;
            }
            // Activities alone, without a partner, continue the row above (a merged partner
            // cell in Word); a row with anything else but no partner is refused.
            let only_activities = [PlanField::Goal, PlanField::Responsible, PlanField::SocialEffect]
                .iter()
                .all(|f| get(*f).is_empty());
            if let Some(prev) = rows.last_mut().filter(|p| p.accepted && !activities.is_empty() && only_activities) {
                prev.activities.extend(read_activities(&activities, &periods, period, lang, &mut prev.issues));
                continue;
            }
            if heading.is_empty() || !activities.is_empty() || !only_activities {
                rows.push(refused(line, &group, "partner-empty", &[]));
            }
            continue;
        }
        let mut issues = Vec::new();
        let mut texts = |value: String, field: crate::Field, max: usize| -> String {
            match validate::multi_line(&value, field, max) {
                Ok(v) => v,
                Err(e) => {
                    issues.push(ImportIssue::new("text-invalid", &[("reason", i18n::error_message(lang, &e))], true));
                    String::new()
                }
            }
        };
        let partner = texts(partner.replace('\n', " "), crate::Field::Partner, validate::NAME_MAX);
        let goal = texts(get(PlanField::Goal), crate::Field::Goal, crate::store::PLAN_TEXT_MAX);
        let responsible = texts(get(PlanField::Responsible), crate::Field::Responsible, 500);
        let social_effect = texts(get(PlanField::SocialEffect), crate::Field::SocialEffect, crate::store::PLAN_TEXT_MAX);
        if raw.iter().any(|c| c.chars().count() > CELL_MAX_CHARS) {
            issues.push(ImportIssue::new("cell-too-long", &[("max", CELL_MAX_CHARS.to_string())], true));
        }
        let key = text::name_key(&partner);
        let partner_id = match known.get(&key) {
            Some(id) => *id,
            None => {
                let id = store.partner_by_key(&key)?;
                if id.is_none() && !partner.is_empty() {
                    let similar = store.similar_partners(&partner, None)?;
                    if let Some(s) = similar.first() {
                        issues.push(ImportIssue::new("partner-similar", &[("name", s.name.clone())], false));
                    }
                }
                known.insert(key, id);
                id
            }
        };
        let activities = read_activities(&activities, &periods, period, lang, &mut issues);
        let accepted = !issues.iter().any(|i| i.refused);
        rows.push(PlanImportRow {
            line,
            group: group.clone(),
            partner,
            partner_id,
            goal,
            responsible,
            social_effect,
            activities,
            issues,
            accepted,
        });
    }
    let mut new_partners: Vec<String> = Vec::new();
    let mut new_groups: Vec<String> = Vec::new();
    for r in rows.iter().filter(|r| r.accepted) {
        if r.partner_id.is_none() && !new_partners.iter().any(|p| text::name_key(p) == text::name_key(&r.partner)) {
            new_partners.push(r.partner.clone());
        }
        if !r.group.is_empty() && match_group(&categories, &r.group).is_none() && !new_groups.contains(&r.group) {
            new_groups.push(r.group.clone());
        }
    }
    let accepted = rows.iter().filter(|r| r.accepted).count();
    Ok(PlanImportPreview {
        period: period.code(),
        plan_exists,
        sample: table.rows.iter().take(6).cloned().collect(),
        columns,
        refused: rows.len() - accepted,
        accepted,
        rows,
        mapping,
        new_partners,
        new_groups,
    })
}

fn refused(line: usize, group: &str, code: &str, args: &[(&str, String)]) -> PlanImportRow {
    PlanImportRow {
        line,
        group: group.to_string(),
        partner: String::new(),
        partner_id: None,
        goal: String::new(),
        responsible: String::new(),
        social_effect: String::new(),
        activities: Vec::new(),
        issues: vec![ImportIssue::new(code, args, true)],
        accepted: false,
    }
}

/// The activities of a cell with their periods: one period per activity when the counts
/// match, else the whole period cell for each. A period that cannot be read becomes
/// «throughout the year», with a warning.
fn read_activities(cell: &str, periods: &str, plan: PlanPeriod, lang: Lang, issues: &mut Vec<ImportIssue>) -> Vec<ImportedActivity> {
    let titles = split_items(cell);
    let period_items = split_items(periods);
    let whole = periods.split_whitespace().collect::<Vec<_>>().join(" ");
    let one_each = titles.len() > 1 && period_items.len() == titles.len();
    let mut out = Vec::new();
    for (k, title) in titles.into_iter().enumerate() {
        let text = if one_each { period_items[k].clone() } else { whole.clone() };
        let read = crate::plan_text::parse_period(&text, plan).or_else(|| crate::plan_text::parse_period(&whole, plan));
        let period_unread = read.is_none() && !text.is_empty();
        let period = match read {
            Some(p) => p,
            None => {
                if !text.is_empty() {
                    issues.push(ImportIssue::new("period-unread", &[("value", text.chars().take(80).collect())], false));
                }
                ActivityPeriod::Year
            }
        };
        let title: String = title.chars().take(crate::store::PLAN_TEXT_MAX).collect();
        if title.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
            let e = Error::ControlChars { field: crate::Field::Activity, index: None };
            issues.push(ImportIssue::new("text-invalid", &[("reason", i18n::error_message(lang, &e))], true));
            continue;
        }
        out.push(ImportedActivity { title, period, period_text: text, period_unread });
    }
    out
}

/// Imports the plan rows of `table`: into the period's plan (made if missing), adding the
/// partners and categories that do not exist yet, all in one transaction. With refused rows,
/// nothing is imported unless `accepted_only`.
pub fn import_plan(
    store: &Store,
    table: &RawTable,
    period: PlanPeriod,
    mapping: Option<PlanMapping>,
    accepted_only: bool,
) -> Result<PlanImportResult> {
    let today = crate::today();
    store.atomically(|s| {
        let preview = preview_plan(s, table, period, mapping, Lang::En)?;
        if preview.refused > 0 && !accepted_only {
            return Err(Error::ImportRefused { count: preview.refused as i64 });
        }
        let plan = match s.find_plan(&period.code(), today) {
            Ok(p) => p,
            Err(e) if e.code() != crate::ErrorCode::NotFound => return Err(e),
            Err(_) => s.create_plan(&PlanInput { kind: period.kind, start_year: period.start_year, ..PlanInput::default() }, today)?,
        };
        let mut categories = s.catalog(CatalogList::Category)?;
        let mut partners: HashMap<String, i64> = HashMap::new();
        let mut created = 0;
        let mut rows = 0;
        for r in preview.rows.iter().filter(|r| r.accepted) {
            let group = if r.group.is_empty() {
                None
            } else {
                match match_group(&categories, &r.group) {
                    Some(c) => Some(c.clone()),
                    None => {
                        let c = s.add_catalog_entry(CatalogList::Category, &CatalogInput { ru: r.group.clone(), ..Default::default() })?;
                        categories.push(c.clone());
                        Some(c)
                    }
                }
            };
            let key = text::name_key(&r.partner);
            let partner_id = match r.partner_id.or_else(|| partners.get(&key).copied()) {
                Some(id) => id,
                None => {
                    let category = match &group {
                        Some(g) => g.clone(),
                        None => other_group(s, &mut categories)?,
                    };
                    let saved = s.create_partner(&PartnerInput {
                        name: r.partner.clone(),
                        category_id: category.id,
                        internal: category.internal,
                        ..Default::default()
                    })?;
                    created += 1;
                    partners.insert(key, saved.partner.id);
                    saved.partner.id
                }
            };
            let input = PlanRowInput {
                partner_id,
                group_id: group.map(|g| g.id),
                goal: r.goal.clone(),
                responsible: r.responsible.clone(),
                social_effect: r.social_effect.clone(),
                activities: r
                    .activities
                    .iter()
                    .map(|a| ActivityInput { id: None, title: a.title.clone(), form_id: None, period: a.period.clone() })
                    .collect(),
            };
            s.add_plan_row(plan.id, &input, today)?;
            rows += 1;
        }
        Ok(PlanImportResult { plan_id: plan.id, rows, partners_created: created, refused: preview.refused })
    })
}

/// The category for new partners of rows under no heading: «Прочие партнёры», made once.
pub(crate) fn other_group(store: &Store, categories: &mut Vec<CatalogEntry>) -> Result<CatalogEntry> {
    let name = i18n::message(Lang::Ru, "import-group-other");
    if let Some(c) = match_group(categories, &name) {
        return Ok(c.clone());
    }
    let c = store.add_catalog_entry(
        CatalogList::Category,
        &CatalogInput {
            ru: name,
            kk: i18n::message(Lang::Kk, "import-group-other"),
            en: i18n::message(Lang::En, "import-group-other"),
            internal: false,
        },
    )?;
    categories.push(c.clone());
    Ok(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_split_by_numbers_bullets_lines_and_semicolons() {
        assert_eq!(split_items("1) Экскурсия\n2) Мастер-класс «Ою»\nпо декоративному\n3. Концерт"), vec![
            "Экскурсия",
            "Мастер-класс «Ою» по декоративному",
            "Концерт"
        ]);
        assert_eq!(split_items("- Акция\n• Субботник"), vec!["Акция", "Субботник"]);
        assert_eq!(split_items("Акция; Субботник ;"), vec!["Акция", "Субботник"]);
        assert_eq!(split_items("Акция\nСубботник"), vec!["Акция", "Субботник"]);
        // A date is not a numbered item.
        assert_eq!(split_items("04.10.2026"), vec!["04.10.2026"]);
        assert!(split_items("  \n ").is_empty());
    }

    #[test]
    fn headers_are_recognised() {
        let row = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert!(looks_like_header(&row(&["Группа", "Социальный партнёр", "Цель", "Мероприятия", "Сроки"])));
        assert!(looks_like_header(&row(&["№", "Серіктес"])));
        assert!(!looks_like_header(&row(&["Образовательные организации", "Школа № 4", "Совместные мероприятия"])));
    }

    #[test]
    fn csv_in_windows_1251_with_commas() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode("Партнёр,Срок\nШкола № 4,Октябрь\n");
        let t = read_table_bytes(&bytes, "csv").unwrap();
        assert_eq!(t.rows, vec![vec!["Партнёр", "Срок"], vec!["Школа № 4", "Октябрь"]]);
        let t = read_table_bytes("\u{feff}a;\"b;c\"\n".as_bytes(), "csv").unwrap();
        assert_eq!(t.rows, vec![vec!["a", "b;c"]]);
        assert!(matches!(read_table_bytes(b"x", "doc"), Err(Error::FormatUnknown(_))));
        assert!(matches!(read_table_bytes(b"not a zip", "xlsx"), Err(Error::ImportInvalid { .. })));
    }
}
