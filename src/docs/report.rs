//! Reports to the education department: the monthly «Информация о работе с социальными
//! партнёрами за <месяц> <год>» (partner | event / form | date, place | participants |
//! responsible | media, signed by the director) and the year summary with its indicators.
//! Each is built once as a [`Sheet`] (localized headers and rows of text) and written either
//! as a PDF table (A4 landscape) or as XLSX, so both files always say the same.

use chrono::NaiveDate;

use super::model::{
    Align, Borders, Cell, ColumnWidth, Document, Heading, Metadata, PageNumbers, PageSetup, Paragraph, Row, Run,
    Table, VAlign,
};
use crate::error::Result;
use crate::i18n;
use crate::model::{Lang, MonthReport, Organisation, Participants, PlanPeriod, ReportFormat, YearSummary};
use crate::store::Store;
use crate::tables::Sheet;

const SIZE: f32 = 10.0;

/// «за ноябрь 2026 года»: the month as the title needs it.
fn month_words(lang: Lang, month: u32) -> String {
    let name = crate::plan_text::month_name(lang, month);
    if lang == Lang::En { name } else { name.to_lowercase() }
}

/// «Дети: 25, родители: 10, педагоги: 2 (7–10 лет)».
pub fn participants_text(lang: Lang, p: Participants, ages: &str) -> String {
    let mut parts = Vec::new();
    for (id, n) in [("children", p.children), ("parents", p.parents), ("teachers", p.teachers), ("others", p.others)] {
        if n > 0 {
            parts.push(i18n::message_with(lang, &format!("report-participants-{id}"), &[("count", n.to_string())]));
        }
    }
    let mut text = parts.join(", ");
    if !ages.is_empty() {
        text = format!("{text} ({ages})");
    }
    text
}

/// The monthly report as a table.
pub fn month_sheet(org: &Organisation, r: &MonthReport, lang: Lang) -> Sheet {
    let title = i18n::message_with(
        lang,
        "report-month-title",
        &[("month", month_words(lang, r.month)), ("year", r.year.to_string())],
    );
    let rows = r
        .lines
        .iter()
        .enumerate()
        .map(|(k, l)| {
            let date = NaiveDate::parse_from_str(&l.held_on, "%Y-%m-%d").map(i18n::short_date).unwrap_or_else(|_| l.held_on.clone());
            let when = [date, l.time.clone()].into_iter().filter(|s| !s.is_empty()).collect::<Vec<_>>().join(", ");
            let event = if l.form.is_empty() { l.title.clone() } else { format!("{}\n({})", l.title, l.form) };
            let place = if l.place.is_empty() { when } else { format!("{when}\n{}", l.place) };
            vec![
                (k + 1).to_string(),
                l.partner.clone(),
                event,
                place,
                participants_text(lang, l.participants, &l.ages),
                l.responsible.clone(),
                l.media_link.clone(),
            ]
        })
        .collect();
    let headers = ["number", "partner", "event", "date-place", "participants", "responsible", "media"]
        .iter()
        .map(|c| i18n::message(lang, &format!("report-col-{c}")))
        .collect();
    let mut sheet = Sheet::new(i18n::message(lang, "report-month-sheet"), headers, rows);
    sheet.caption = [title, org.full_name.get(lang).to_string()].into_iter().filter(|s| !s.is_empty()).collect();
    sheet.footer = vec![
        i18n::message_with(
            lang,
            "report-total",
            &[("count", r.lines.len().to_string()), ("participants", participants_text(lang, r.participants, ""))],
        ),
        String::new(),
        signature_line(org, lang),
    ];
    sheet
}

fn signature_line(org: &Organisation, lang: Lang) -> String {
    format!("{}  _______________  {}", org.head_position.get(lang), org.head_name.get(lang))
}

/// The year summary as a table of indicators, then per month and per partner.
pub fn year_sheet(org: &Organisation, s: &YearSummary, lang: Lang) -> Sheet {
    let title = year_title(s, lang);
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut put = |id: &str, value: String| rows.push(vec![i18n::message(lang, id), value]);
    put("report-ind-events", s.events.to_string());
    put("report-ind-fulfilment", format!("{}% ({} / {})", s.fulfilment.percent(), s.fulfilment.held, s.fulfilment.expected));
    put("report-ind-participants", participants_text(lang, s.participants, ""));
    put("report-ind-with-parents", format!("{} ({}%)", s.events_with_parents, s.events_with_parents_percent));
    put("report-ind-by-parents", s.events_by_parents.to_string());
    put(
        "report-ind-per-100",
        match s.by_parents_per_100_pupils {
            // A decimal comma in Russian and Kazakh.
            Some(v) => {
                let v = format!("{v:.1}");
                let v = if lang == Lang::En { v } else { v.replace('.', ",") };
                format!("{v} ({} {})", s.pupils, i18n::message(lang, "report-pupils"))
            }
            None => i18n::message(lang, "report-no-pupils"),
        },
    );
    rows.push(vec![String::new(), String::new()]);
    rows.push(vec![i18n::message(lang, "report-by-month"), i18n::message(lang, "report-planned-held")]);
    for m in &s.months {
        let name = format!("{} {}", crate::plan_text::month_name(lang, m.month), m.year);
        rows.push(vec![name, format!("{} / {}", m.planned, m.held)]);
    }
    rows.push(vec![String::new(), String::new()]);
    rows.push(vec![i18n::message(lang, "report-by-partner"), i18n::message(lang, "report-held-fulfilment")]);
    for p in &s.partners {
        let f = if p.fulfilment.expected == 0 { "—".to_string() } else { format!("{}%", p.fulfilment.percent()) };
        rows.push(vec![p.partner_name.clone(), format!("{} / {f}", p.held)]);
    }
    let headers = vec![i18n::message(lang, "report-col-indicator"), i18n::message(lang, "report-col-value")];
    let mut sheet = Sheet::new(i18n::message(lang, "report-year-sheet"), headers, rows);
    sheet.caption = [title, org.full_name.get(lang).to_string()].into_iter().filter(|s| !s.is_empty()).collect();
    sheet.footer = vec![signature_line(org, lang)];
    sheet
}

/// «Итоги работы с социальными партнёрами за 2026–2027 учебный год».
fn year_title(s: &YearSummary, lang: Lang) -> String {
    let (id, label) = match PlanPeriod::parse(&s.period) {
        Some(p) if p.kind == crate::model::PlanKind::School => ("report-year-title-school", p.label()),
        Some(p) => ("report-year-title-calendar", p.label()),
        None => ("report-year-title-calendar", s.period.clone()),
    };
    i18n::message_with(lang, id, &[("period", label)])
}

fn header_row(cells: &[String]) -> Row {
    Row::new(
        cells
            .iter()
            .map(|h| {
                Cell::new(vec![Paragraph::plain_runs(vec![Run::bold(h.clone())]).size(SIZE).align(Align::Center).into()])
                    .fill(0.9)
                    .valign(VAlign::Middle)
            })
            .collect(),
    )
}

/// The year summary as a document of its own: the indicators, then a table per month and a
/// table per partner, each with its header.
pub fn year_document(org: &Organisation, s: &YearSummary, lang: Lang) -> Document {
    let sheet = year_sheet(org, s, lang);
    let mut doc = Document::new(PageSetup::portrait());
    doc.page_numbers = Some(PageNumbers { on_first_page: false, ..PageNumbers::new("{page}") });
    doc.metadata = Metadata { title: year_title(s, lang), author: org.full_name.get(lang).to_string(), subject: sheet.title.clone() };
    doc.push(Heading::new(sheet.caption.join("\n")).size(13.0).space_before_mm(0.0).space_after_mm(4.0));
    let m = |id: &str| i18n::message(lang, id);
    let mut indicators = Table::new(vec![ColumnWidth::Fraction(2.2), ColumnWidth::Fraction(1.0)]);
    indicators.header.push(header_row(&[m("report-col-indicator"), m("report-col-value")]));
    // The indicators are the sheet's first rows, up to the first blank one.
    for row in sheet.rows.iter().take_while(|r| r.iter().any(|c| !c.is_empty())) {
        indicators.rows.push(Row::new(row.iter().map(|c| Cell::text(c.clone(), SIZE)).collect()));
    }
    doc.push(indicators);
    doc.push(Heading::new(m("report-by-month")).size(12.0).align(Align::Left).space_before_mm(5.0));
    let mut months = Table::new(vec![ColumnWidth::Fraction(1.4), ColumnWidth::Fraction(1.0), ColumnWidth::Fraction(1.0), ColumnWidth::Fraction(2.6)]);
    months.header.push(header_row(&[m("report-col-month"), m("report-col-planned"), m("report-col-held"), m("report-col-participants")]));
    for f in &s.months {
        months.rows.push(Row::new(vec![
            Cell::text(format!("{} {}", crate::plan_text::month_name(lang, f.month), f.year), SIZE),
            Cell::text(f.planned.to_string(), SIZE),
            Cell::text(f.held.to_string(), SIZE),
            Cell::text(participants_text(lang, f.participants, ""), SIZE),
        ]));
    }
    doc.push(months);
    doc.push(Heading::new(m("report-by-partner")).size(12.0).align(Align::Left).space_before_mm(5.0));
    let mut partners = Table::new(vec![ColumnWidth::Fraction(2.6), ColumnWidth::Fraction(1.4), ColumnWidth::Fraction(0.8), ColumnWidth::Fraction(1.0)]);
    partners.header.push(header_row(&[m("report-col-partner"), m("report-col-category"), m("report-col-held"), m("report-col-fulfilment")]));
    for p in &s.partners {
        let f = if p.fulfilment.expected == 0 { "—".to_string() } else { format!("{}% ({} / {})", p.fulfilment.percent, p.fulfilment.held, p.fulfilment.expected) };
        partners.rows.push(Row::new(vec![
            Cell::text(p.partner_name.clone(), SIZE),
            Cell::text(p.category.get(lang), SIZE),
            Cell::text(p.held.to_string(), SIZE),
            Cell::text(f, SIZE),
        ]));
    }
    if s.partners.is_empty() {
        partners.rows.push(Row::new(vec![Cell::text(m("report-empty"), SIZE).span(4)]));
    }
    doc.push(partners);
    doc.push(signature_table(org, lang));
    doc
}

/// «Директор  _______________  Г. С. Ахметова», as a borderless table.
fn signature_table(org: &Organisation, lang: Lang) -> Table {
    let mut sign = Table::new(vec![ColumnWidth::Fraction(1.2), ColumnWidth::Fraction(1.0), ColumnWidth::Fraction(1.0)]);
    sign.borders = Borders::None;
    sign.space_before_mm = 10.0;
    sign.rows.push(Row::new(vec![
        Cell::text(org.head_position.get(lang), SIZE + 1.0),
        Cell::new(vec![Paragraph::plain("_______________").size(SIZE + 1.0).align(Align::Center).into()]),
        Cell::text(org.head_name.get(lang), SIZE + 1.0),
    ]));
    sign
}

/// A sheet as a landscape PDF: the caption as a heading, the table with its header repeated,
/// the footer lines, and the director's signature.
pub fn sheet_document(org: &Organisation, sheet: &Sheet, widths: Vec<ColumnWidth>, lang: Lang) -> Document {
    let mut doc = Document::new(PageSetup::landscape());
    doc.page_numbers = Some(PageNumbers { on_first_page: false, ..PageNumbers::new("{page}") });
    doc.metadata = Metadata {
        title: sheet.caption.first().cloned().unwrap_or_else(|| sheet.title.clone()),
        author: org.full_name.get(lang).to_string(),
        subject: sheet.title.clone(),
    };
    if !sheet.caption.is_empty() {
        doc.push(Heading::new(sheet.caption.join("\n")).size(13.0).space_before_mm(0.0).space_after_mm(4.0));
    }
    let mut table = Table::new(widths);
    table.header.push(header_row(&sheet.headers));
    for row in &sheet.rows {
        if row.iter().all(|c| c.is_empty()) {
            continue;
        }
        table.rows.push(Row::new(row.iter().map(|c| Cell::text(c.clone(), SIZE)).collect()));
    }
    if sheet.rows.is_empty() {
        table.rows.push(Row::new(vec![Cell::text(i18n::message(lang, "report-empty"), SIZE).span(sheet.headers.len())]));
    }
    doc.push(table);
    // The footer: totals first, then the signature block as a borderless table.
    for line in sheet.footer.iter().take(sheet.footer.len().saturating_sub(1)).filter(|l| !l.is_empty()) {
        doc.push(Paragraph::plain(line.clone()).size(SIZE + 1.0).space_after_mm(2.0));
    }
    doc.push(signature_table(org, lang));
    doc
}

fn month_widths() -> Vec<ColumnWidth> {
    [ColumnWidth::Mm(9.0)]
        .into_iter()
        .chain([1.5, 2.0, 1.2, 1.4, 1.2, 1.3].into_iter().map(ColumnWidth::Fraction))
        .collect()
}

/// «Отчёт 2026-11 (ru).pdf».
pub fn month_file_name(year: i32, month: u32, lang: Lang, format: ReportFormat) -> String {
    let when = format!("{year:04}-{month:02}");
    format!("{}.{}", i18n::message_with(lang, "report-file-name", &[("month", when), ("lang", lang.code().to_string())]), format.extension())
}

/// The monthly report as file bytes with its file name.
pub fn month_file(store: &Store, year: i32, month: u32, lang: Lang, format: ReportFormat) -> Result<(Vec<u8>, String)> {
    let org = store.organisation()?;
    let report = store.month_report(year, month, lang)?;
    let sheet = month_sheet(&org, &report, lang);
    let bytes = match format {
        ReportFormat::Pdf => super::to_pdf(&sheet_document(&org, &sheet, month_widths(), lang))?,
        ReportFormat::Xlsx => crate::tables::to_xlsx(&sheet)?,
    };
    Ok((bytes, month_file_name(year, month, lang, format)))
}

/// The journal of issued certificates as a PDF table (A4 landscape) or XLSX.
pub fn register_file(store: &Store, year: Option<i32>, lang: Lang, format: ReportFormat) -> Result<(Vec<u8>, String)> {
    let org = store.organisation()?;
    let mut sheet = crate::tables::certificates(store, lang, year)?;
    if let Some(name) = Some(org.full_name.get(lang)).filter(|n| !n.is_empty()) {
        sheet.caption.push(name.to_string());
    }
    sheet.footer = vec![String::new(), signature_line(&org, lang)];
    let widths = [0.8, 2.2, 1.8, 1.2, 1.4, 0.9].into_iter().map(ColumnWidth::Fraction).collect();
    let bytes = match format {
        ReportFormat::Pdf => super::to_pdf(&sheet_document(&org, &sheet, widths, lang))?,
        ReportFormat::Xlsx => crate::tables::to_xlsx(&sheet)?,
    };
    let year = year.map(|y| y.to_string()).unwrap_or_default();
    let name = i18n::message_with(lang, "table-certificates-file-name", &[("year", year), ("lang", lang.code().to_string())]);
    Ok((bytes, format!("{}.{}", name.trim(), format.extension())))
}

/// The year summary as file bytes with its file name.
pub fn year_file(store: &Store, period: PlanPeriod, lang: Lang, format: ReportFormat, today: NaiveDate) -> Result<(Vec<u8>, String)> {
    let org = store.organisation()?;
    let summary = store.year_summary(period, today)?;
    let sheet = year_sheet(&org, &summary, lang);
    let bytes = match format {
        ReportFormat::Pdf => super::to_pdf(&year_document(&org, &summary, lang))?,
        ReportFormat::Xlsx => crate::tables::to_xlsx(&sheet)?,
    };
    let name = i18n::message_with(lang, "report-year-file-name", &[("period", period.code()), ("lang", lang.code().to_string())]);
    Ok((bytes, format!("{name}.{}", format.extension())))
}
