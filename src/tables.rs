//! Registers as tables: the partner register and the agreement register, with localized
//! headers, written as CSV (UTF-8 with a BOM and `;` between fields, as spreadsheet programs
//! in Russian and Kazakh expect) or as XLSX (a bold, frozen, filterable header row).

use std::path::Path;

use rust_xlsxwriter::{Format, Workbook};

use crate::error::{Error, Result};
use crate::i18n;
use crate::model::{AgreementQuery, ArchivedFilter, Lang, PartnerQuery};
use crate::store::Store;

/// One table: a title, the column headers and the rows, all text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sheet {
    pub title: String,
    /// Lines above the table in XLSX (a report's title); CSV leaves them out.
    pub caption: Vec<String>,
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
    /// Lines below the table in XLSX (totals, the signature).
    pub footer: Vec<String>,
}

impl Sheet {
    pub fn new(title: String, headers: Vec<String>, rows: Vec<Vec<String>>) -> Sheet {
        Sheet { title, caption: Vec::new(), headers, rows, footer: Vec::new() }
    }

    /// The name offered for the sheet saved as `extension`: its title, with no character a
    /// file name cannot hold on Windows or Linux.
    pub fn file_name(&self, extension: &str) -> String {
        let title: String = self.title.chars().map(|c| if r#"/\:*?"<>|"#.contains(c) || c.is_control() { '-' } else { c }).collect();
        format!("{}.{extension}", title.trim())
    }
}

/// Every partner, archived ones too, alphabetically.
pub fn partners(store: &Store, lang: Lang) -> Result<Sheet> {
    let cats = store.catalogs()?.categories;
    let rows = store
        .list_partners(&PartnerQuery { archived: ArchivedFilter::All, ..Default::default() })?
        .into_iter()
        .map(|s| {
            let p = store.partner(s.id)?;
            let category = cats.iter().find(|c| c.id == p.category_id).map(|c| c.name.get(lang).to_string()).unwrap_or_default();
            let contacts = p.contacts.iter().map(|c| [c.name.as_str(), c.position.as_str(), c.phone.as_str()].iter().filter(|x| !x.is_empty()).copied().collect::<Vec<_>>().join(", ")).collect::<Vec<_>>().join("; ");
            Ok(vec![
                p.name,
                p.short_name,
                category,
                i18n::message(lang, if p.internal { "kind-internal" } else { "kind-external" }),
                p.address,
                p.phones,
                p.email,
                p.website,
                contacts,
                p.notes,
                p.archived_at.map(|a| a.chars().take(10).collect()).unwrap_or_default(),
            ])
        })
        .collect::<Result<Vec<_>>>()?;
    let headers = ["name", "short-name", "category", "kind", "address", "phones", "email", "website", "contacts", "notes", "archived"]
        .iter()
        .map(|c| i18n::message(lang, &format!("table-partners-{c}")))
        .collect();
    Ok(Sheet::new(i18n::message(lang, "table-partners-title"), headers, rows))
}

/// The agreement register: every agreement, newest term first.
pub fn agreements(store: &Store, lang: Lang, today: chrono::NaiveDate) -> Result<Sheet> {
    let rows = store
        .agreements(&AgreementQuery::default(), today)?
        .into_iter()
        .map(|a| {
            vec![
                a.register_number.unwrap_or_default(),
                a.partner_number,
                a.partner_name,
                a.title,
                a.signed_on.unwrap_or_default(),
                a.valid_from,
                a.valid_to,
                i18n::message(lang, &format!("status-{}", a.status.code())),
                a.terminated_on.unwrap_or_default(),
            ]
        })
        .collect();
    let headers = ["number", "partner-number", "partner", "title-col", "signed-on", "valid-from", "valid-to", "status", "terminated-on"]
        .iter()
        .map(|c| i18n::message(lang, &format!("table-agreements-{c}")))
        .collect();
    Ok(Sheet::new(i18n::message(lang, "table-agreements-title"), headers, rows))
}

/// Every event held, by date: the register of what was done with partners.
pub fn events(store: &Store, lang: Lang) -> Result<Sheet> {
    let forms: std::collections::HashMap<i64, String> =
        store.catalog(crate::model::CatalogList::Form)?.into_iter().map(|e| (e.id, e.name.get(lang).to_string())).collect();
    let rows = store
        .events(&crate::model::EventQuery::default())?
        .into_iter()
        .map(|e| {
            vec![
                e.held_on,
                e.time,
                e.partner_name,
                e.title,
                e.form_id.and_then(|f| forms.get(&f).cloned()).unwrap_or_default(),
                e.place,
                e.participants.children.to_string(),
                e.participants.parents.to_string(),
                e.participants.teachers.to_string(),
                e.participants.others.to_string(),
                e.ages,
                i18n::message(lang, if e.by_parents { "table-yes" } else { "table-no" }),
                e.responsible,
                e.result,
                e.media_link,
                e.activity_title.unwrap_or_default(),
            ]
        })
        .collect();
    let headers = [
        "date", "time", "partner", "title-col", "form", "place", "children", "parents", "teachers", "others", "ages",
        "by-parents", "responsible", "result", "media", "activity",
    ]
    .iter()
    .map(|c| i18n::message(lang, &format!("table-events-{c}")))
    .collect();
    Ok(Sheet::new(i18n::message(lang, "table-events-title"), headers, rows))
}

/// The journal of issued certificates (журнал учёта выданных грамот), by year and number.
pub fn certificates(store: &Store, lang: Lang, year: Option<i32>) -> Result<Sheet> {
    let short = |d: &str| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").map(i18n::short_date).unwrap_or_else(|_| d.to_string());
    let rows = store
        .certificate_register(year)?
        .into_iter()
        .map(|c| {
            let order = match (&c.order_number, &c.order_date) {
                (n, Some(d)) if !n.is_empty() => i18n::message_with(lang, "table-certificates-order-value", &[("number", n.clone()), ("date", short(d))]),
                _ => String::new(),
            };
            vec![c.number, c.nominee, c.title.get(lang).to_string(), c.award_kind.get(lang).to_string(), order, short(&c.issued_on)]
        })
        .collect();
    let headers = ["number", "nominee", "title-col", "award", "order", "issued-on"]
        .iter()
        .map(|c| i18n::message(lang, &format!("table-certificates-{c}")))
        .collect();
    let mut sheet = Sheet::new(i18n::message(lang, "table-certificates-title"), headers, rows);
    sheet.caption = vec![i18n::message(lang, "table-certificates-title")];
    Ok(sheet)
}

/// The registers that can be written as tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "lowercase")]
pub enum Register {
    Partners,
    Agreements,
    Events,
    Certificates,
}

/// A register as a table in `lang`.
pub fn register(store: &Store, which: Register, lang: Lang, today: chrono::NaiveDate) -> Result<Sheet> {
    match which {
        Register::Partners => partners(store, lang),
        Register::Agreements => agreements(store, lang, today),
        Register::Events => events(store, lang),
        Register::Certificates => certificates(store, lang, None),
    }
}

/// CSV: a BOM, `;` between fields, every field quoted, quotes doubled, CRLF line ends.
pub fn to_csv(sheet: &Sheet) -> String {
    let line = |cells: &[String]| cells.iter().map(|c| format!("\"{}\"", c.replace('"', "\"\""))).collect::<Vec<_>>().join(";");
    let mut out = String::from("\u{feff}");
    out.push_str(&line(&sheet.headers));
    out.push_str("\r\n");
    for row in &sheet.rows {
        out.push_str(&line(row));
        out.push_str("\r\n");
    }
    out
}

/// XLSX with one worksheet named after the sheet.
pub fn to_xlsx(sheet: &Sheet) -> Result<Vec<u8>> {
    let xlsx = |e: rust_xlsxwriter::XlsxError| Error::ExportFailed { reason: e.to_string() };
    let mut book = Workbook::new();
    let ws = book.add_worksheet();
    // Worksheet names: at most 31 characters, none of []:*?/\.
    let name: String = sheet.title.chars().filter(|c| !"[]:*?/\\".contains(*c)).take(31).collect();
    ws.set_name(&name).map_err(xlsx)?;
    let bold = Format::new().set_bold().set_background_color("#E8EDFB").set_text_wrap();
    let title = Format::new().set_bold().set_font_size(13);
    let top = if sheet.caption.is_empty() { 0 } else { sheet.caption.len() as u32 + 1 };
    for (r, line) in sheet.caption.iter().enumerate() {
        ws.write_string_with_format(r as u32, 0, line, &title).map_err(xlsx)?;
    }
    for (c, h) in sheet.headers.iter().enumerate() {
        ws.write_string_with_format(top, c as u16, h, &bold).map_err(xlsx)?;
        let widest = sheet.rows.iter().map(|r| r.get(c).map_or(0, |v| v.lines().map(|l| l.chars().count()).max().unwrap_or(0))).max().unwrap_or(0).max(h.chars().count().min(30));
        ws.set_column_width(c as u16, (widest.min(60) + 2) as f64).map_err(xlsx)?;
    }
    let wrap = Format::new().set_text_wrap().set_align(rust_xlsxwriter::FormatAlign::Top);
    for (r, row) in sheet.rows.iter().enumerate() {
        for (c, v) in row.iter().enumerate() {
            let at = (top + 1 + r as u32, c as u16);
            // Whole numbers are written as numbers, so that the spreadsheet can sum them.
            match v.parse::<i64>() {
                Ok(n) if v.len() <= 9 && (!v.starts_with('0') || v == "0") => ws.write_number(at.0, at.1, n as f64).map_err(xlsx)?,
                _ => ws.write_string_with_format(at.0, at.1, v, &wrap).map_err(xlsx)?,
            };
        }
    }
    let below = top + 2 + sheet.rows.len() as u32;
    for (k, line) in sheet.footer.iter().enumerate() {
        ws.write_string(below + k as u32, 0, line).map_err(xlsx)?;
    }
    ws.set_freeze_panes(top + 1, 0).map_err(xlsx)?;
    if !sheet.headers.is_empty() {
        ws.autofilter(top, 0, top + sheet.rows.len() as u32, (sheet.headers.len() - 1) as u16).map_err(xlsx)?;
    }
    book.save_to_buffer().map_err(xlsx)
}

/// Writes `sheet` to `path` as CSV or XLSX, by the file's extension.
pub fn write(sheet: &Sheet, path: &Path) -> Result<()> {
    let ext = path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
    let bytes = match ext.as_deref() {
        Some("csv") => to_csv(sheet).into_bytes(),
        Some("xlsx") => to_xlsx(sheet)?,
        _ => return Err(Error::FormatUnknown(path.display().to_string())),
    };
    std::fs::write(path, bytes).map_err(|e| Error::file(path, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sheet_is_offered_under_its_title_without_characters_a_file_name_cannot_hold() {
        let s = Sheet::new("Договоры 2026/2027: «СП»?".into(), Vec::new(), Vec::new());
        assert_eq!(s.file_name("xlsx"), "Договоры 2026-2027- «СП»-.xlsx");
        assert_eq!(crate::store::copy_file_name(chrono::NaiveDate::from_ymd_opt(2026, 11, 29).unwrap(), "json"), "partnerdesk-2026-11-29.json");
    }

    #[test]
    fn csv_quotes_everything_and_doubles_quotes() {
        let s = Sheet::new(
            "t".into(),
            vec!["Атауы".into(), "Ескертпе".into()],
            vec![vec!["«Балапан»; \"бала\"".into(), "екі\nжол".into()]],
        );
        assert_eq!(to_csv(&s), "\u{feff}\"Атауы\";\"Ескертпе\"\r\n\"«Балапан»; \"\"бала\"\"\";\"екі\nжол\"\r\n");
    }
}
