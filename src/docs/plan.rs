//! The yearly comprehensive plan as a printed document: A4 landscape, «УТВЕРЖДАЮ» at the top
//! right, the title, then the table — № | partner | the columns the user chose — with the
//! category headings as full-width rows, the header repeated on every page and page numbers.
//! When a row has several activities they are numbered, and the period column refers to them
//! by number unless they all share one period.

use chrono::NaiveDate;

use super::model::{
    Align, ApprovalBlock, Cell, ColumnWidth, Document, Heading, Metadata, PageNumbers, PageSetup, Paragraph,
    Row, Run, Table, VAlign,
};
use crate::error::Result;
use crate::i18n;
use crate::model::{Lang, Organisation, Plan, PlanColumn, PlanKind, PlanRow, PlanSheet};
use crate::plan_text::period_label;
use crate::store::Store;

const SIZE: f32 = 10.5;

/// Renders a plan to PDF bytes.
pub fn render(store: &Store, sheet: &PlanSheet, lang: Lang, columns: &[PlanColumn]) -> Result<Vec<u8>> {
    let org = store.organisation()?;
    super::to_pdf(&document(&org, sheet, lang, columns))
}

/// The standard title: «Комплексный план работы с социальными партнёрами на 2026–2027 учебный год».
pub fn title(plan: &Plan, lang: Lang) -> String {
    if !plan.title.is_empty() {
        return plan.title.clone();
    }
    let id = if plan.kind == PlanKind::School { "plan-doc-title-school" } else { "plan-doc-title-calendar" };
    let period = crate::model::PlanPeriod { kind: plan.kind, start_year: plan.start_year };
    i18n::message_with(lang, id, &[("period", period.label())])
}

/// «План 2026-2027 (ru).pdf».
pub fn file_name(plan: &Plan, lang: Lang) -> String {
    i18n::message_with(lang, "plan-file-name", &[("period", plan.period.clone()), ("lang", lang.code().to_string())]) + ".pdf"
}

/// The columns in printed order, whatever order they were asked in; all when none are given.
fn chosen(columns: &[PlanColumn]) -> Vec<PlanColumn> {
    let all = PlanColumn::ALL.to_vec();
    if columns.is_empty() {
        return all;
    }
    all.into_iter().filter(|c| columns.contains(c)).collect()
}

fn weight(c: PlanColumn) -> f32 {
    match c {
        PlanColumn::Goal => 1.4,
        PlanColumn::Activities => 2.3,
        PlanColumn::Period => 1.15,
        PlanColumn::Responsible => 1.1,
        PlanColumn::SocialEffect => 1.35,
    }
}

/// The document model of a plan (pure: tested as layout without reading PDF bytes).
pub fn document(org: &Organisation, sheet: &PlanSheet, lang: Lang, columns: &[PlanColumn]) -> Document {
    let plan = &sheet.plan;
    let columns = chosen(columns);
    let mut doc = Document::new(PageSetup::landscape());
    doc.page_numbers = Some(PageNumbers::new("{page}"));
    doc.metadata = Metadata {
        title: title(plan, lang),
        author: org.full_name.get(lang).to_string(),
        subject: i18n::message(lang, "plan-doc-subject"),
    };
    doc.push(approval(org, plan, lang));
    let mut heading = title(plan, lang);
    let name = org.full_name.get(lang);
    if !name.is_empty() {
        heading = format!("{heading}\n{name}");
    }
    doc.push(Heading::new(heading).size(13.0).space_before_mm(0.0).space_after_mm(4.0));

    let mut widths = vec![ColumnWidth::Mm(9.0), ColumnWidth::Fraction(1.3)];
    widths.extend(columns.iter().map(|c| ColumnWidth::Fraction(weight(*c))));
    let mut table = Table::new(widths);
    let head = |text: String| {
        Cell::new(vec![Paragraph::plain_runs(vec![Run::bold(text)]).size(SIZE).align(Align::Center).into()])
            .fill(0.9)
            .valign(VAlign::Middle)
    };
    let mut header = vec![head("№".into()), head(i18n::message(lang, "plan-col-partner"))];
    header.extend(columns.iter().map(|c| head(i18n::message(lang, &format!("plan-col-{}", c.code())))));
    table.header.push(Row::new(header));
    let span = columns.len() + 2;
    let mut n = 0;
    for group in &sheet.groups {
        let name = format!("{}:", group.name.get(lang).trim_end_matches(':'));
        let cell = Cell::new(vec![Paragraph::plain_runs(vec![Run::new(name, crate::docs::FontStyle::BoldItalic)]).size(SIZE).into()])
            .span(span)
            .fill(0.96);
        table.rows.push(Row::group(cell));
        for row in &group.rows {
            n += 1;
            table.rows.push(plan_row(n, row, &columns, lang));
        }
    }
    if n == 0 {
        table.rows.push(Row::new(vec![Cell::text(i18n::message(lang, "plan-doc-empty"), SIZE).span(span)]));
    }
    doc.push(table);
    doc
}

fn approval(org: &Organisation, plan: &Plan, lang: Lang) -> ApprovalBlock {
    let position = if plan.approver_position.is_empty() { org.head_position.get(lang) } else { &plan.approver_position };
    let name = if plan.approver_name.is_empty() { org.head_name.get(lang) } else { &plan.approver_name };
    let mut lines = vec![position.to_string()];
    lines.retain(|l| !l.is_empty());
    let date = plan
        .approved_on
        .as_deref()
        .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        .map(|d| i18n::long_date(lang, d))
        .unwrap_or_else(|| i18n::message(lang, "plan-doc-date-blank"));
    let mut block = ApprovalBlock::new(i18n::message(lang, "plan-doc-approved"), lines, name.to_string(), date);
    if !plan.approval_order.is_empty() {
        block.notes.push(plan.approval_order.clone());
    }
    block.size = 11.0;
    block.width_mm = 85.0;
    block.space_after_mm = 5.0;
    block
}

fn paragraphs(text: &str) -> Vec<super::Block> {
    text.split('\n')
        .filter(|l| !l.trim().is_empty())
        .map(|l| Paragraph::plain(l.trim()).size(SIZE).space_after_mm(0.6).into())
        .collect()
}

fn plan_row(n: usize, row: &PlanRow, columns: &[PlanColumn], lang: Lang) -> Row {
    let numbered = row.activities.len() > 1;
    let periods: Vec<String> = row.activities.iter().map(|a| period_label(lang, &a.period)).collect();
    let same_period = periods.windows(2).all(|w| w[0] == w[1]);
    let mut cells = vec![
        Cell::text(n.to_string(), SIZE),
        Cell::new(vec![Paragraph::plain(&row.partner_name).size(SIZE).into()]),
    ];
    for c in columns {
        let blocks = match c {
            PlanColumn::Goal => paragraphs(&row.goal),
            PlanColumn::Responsible => paragraphs(&row.responsible),
            PlanColumn::SocialEffect => paragraphs(&row.social_effect),
            PlanColumn::Activities => row
                .activities
                .iter()
                .enumerate()
                .map(|(k, a)| {
                    let number = if numbered { format!("{}) ", k + 1) } else { String::new() };
                    Paragraph::plain(format!("{number}{}", a.title.replace('\n', " "))).size(SIZE).space_after_mm(0.8).into()
                })
                .collect(),
            PlanColumn::Period if same_period => periods.first().map(|p| paragraphs(p)).unwrap_or_default(),
            PlanColumn::Period => periods
                .iter()
                .enumerate()
                .map(|(k, p)| Paragraph::plain(format!("{}) {p}", k + 1)).size(SIZE).space_after_mm(0.8).into())
                .collect(),
        };
        cells.push(Cell::new(blocks));
    }
    Row::new(cells)
}
