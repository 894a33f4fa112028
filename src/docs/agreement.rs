//! The cooperation agreement as a printed document: number and title, city and date, the
//! preamble, the numbered sections, then both parties' requisites and signatures side by
//! side with «М.П.». In Kazakh and Russian together the two languages stand side by side,
//! section by section. The words come from `locales/<lang>/agreement.ftl`, through
//! `crate::agreement_text`, with this agreement's edited clauses.

use chrono::NaiveDate;

use super::model::{
    Align, Block, Borders, Cell, ColumnWidth, Document, Heading, Metadata, PageNumbers, PageSetup,
    Paragraph, Party, Row, Section, SignaturesBlock, Table,
};
use crate::error::Result;
use crate::i18n;
use crate::model::{Agreement, AgreementSection, DocLang, Lang, Organisation};
use crate::store::Store;

/// Everything an agreement document is made of, gathered from the store.
pub struct AgreementDoc {
    pub org: Organisation,
    pub agreement: Agreement,
    pub partner_address: String,
    pub partner_phones: String,
    pub partner_email: String,
    /// The text in each printed language, in column order.
    pub texts: Vec<(Lang, Vec<AgreementSection>)>,
}

/// Renders agreement `id` in `lang` to PDF bytes.
pub fn render(store: &Store, id: i64, lang: DocLang, today: NaiveDate) -> Result<Vec<u8>> {
    let doc = gather(store, id, lang, today)?;
    let document = document(&doc, lang);
    super::to_pdf(&document)
}

pub fn gather(store: &Store, id: i64, lang: DocLang, today: NaiveDate) -> Result<AgreementDoc> {
    let agreement = store.agreement(id, today)?;
    let partner = store.partner(agreement.partner_id)?;
    let org = store.organisation()?;
    let overrides = store.clause_overrides(id)?;
    let texts = lang
        .langs()
        .iter()
        .map(|l| (*l, crate::agreement_text::sections(&org, &agreement, *l, &overrides)))
        .collect();
    Ok(AgreementDoc {
        org,
        agreement,
        partner_address: partner.address,
        partner_phones: partner.phones,
        partner_email: partner.email,
        texts,
    })
}

/// The PDF's file name: «Договор 12-2026 — Школа № 4.pdf», safe on every system.
pub fn file_name(a: &Agreement, lang: DocLang) -> String {
    let l = lang.langs()[lang.langs().len() - 1];
    let number = if a.number.is_empty() { i18n::message(l, "agreement-draft-number") } else { a.number.clone() };
    let name = i18n::message_with(l, "agreement-file-name", &[("number", number), ("partner", a.partner_name.clone())]);
    let safe: String = name
        .chars()
        .map(|c| if c.is_control() || "/\\:*?\"<>|".contains(c) { '-' } else { c })
        .collect();
    format!("{}.pdf", safe.trim().chars().take(120).collect::<String>())
}

fn size_for(lang: DocLang) -> f32 {
    if lang == DocLang::Kkru { 10.5 } else { 12.0 }
}

/// The document model of an agreement (pure: no store, no PDF), so it can be tested as layout.
pub fn document(d: &AgreementDoc, lang: DocLang) -> Document {
    let size = size_for(lang);
    let mut doc = Document::new(PageSetup::portrait());
    doc.page_numbers = Some(PageNumbers { on_first_page: false, ..PageNumbers::new("{page}") });
    doc.metadata = Metadata {
        title: file_name(&d.agreement, lang).trim_end_matches(".pdf").to_string(),
        author: d.org.full_name.get(d.texts[0].0).to_string(),
        subject: String::new(),
    };
    // One language flows as it is; two stand side by side, one table row per section.
    let columns = |f: &dyn Fn(Lang, &[AgreementSection]) -> Vec<Block>| -> Vec<Block> {
        if d.texts.len() == 1 {
            let (l, s) = &d.texts[0];
            f(*l, s)
        } else {
            vec![side_by_side(d.texts.iter().map(|(l, s)| f(*l, s)).collect())]
        }
    };
    // Title, number, city and date.
    doc.blocks.extend(columns(&|l, _| head(d, l, size)));
    let date = d.agreement.signed_on.as_deref().and_then(|s| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok());
    doc.blocks.extend(columns(&|l, _| {
        let city = i18n::message_with(l, "agreement-city-date", &[("city", d.org.city.get(l).to_string())]);
        let when = date.map(|x| i18n::long_date(l, x)).unwrap_or_else(|| "«___»\u{a0}____________ 20___".into());
        vec![city_and_date(&city, &when, size)]
    }));
    // Preamble, then the numbered sections, each language beside the other.
    let sections = d.texts[0].1.len();
    for i in 0..sections {
        doc.blocks.extend(columns(&|l, s| section_blocks(&s[i], i, l, size)));
    }
    // Requisites and signatures.
    let n = sections; // the preamble has no number, so the next section is numbered `sections`
    let title = d.texts.iter().map(|(l, _)| i18n::message(*l, "agreement-section-requisites")).collect::<Vec<_>>().join(" / ");
    doc.push(Heading::new(format!("{n}.\u{a0}{title}")).size(size).space_before_mm(6.0));
    doc.push(signatures(d, size));
    doc
}

fn head(d: &AgreementDoc, l: Lang, size: f32) -> Vec<Block> {
    let number = if d.agreement.number.is_empty() { "____".to_string() } else { d.agreement.number.clone() };
    let mut blocks: Vec<Block> = vec![
        Heading::new(i18n::message(l, "agreement-doc-title")).size(size + 3.0).space_before_mm(0.0).space_after_mm(1.0).into(),
        Paragraph::plain(i18n::message(l, "agreement-doc-subtitle")).size(size + 1.0).align(Align::Center).into(),
        Paragraph::plain(i18n::message_with(l, "agreement-doc-number", &[("number", number)])).size(size + 1.0).align(Align::Center).space_after_mm(4.0).into(),
    ];
    if !d.agreement.title.is_empty() {
        blocks.insert(2, Paragraph::plain(d.agreement.title.clone()).size(size).align(Align::Center).into());
    }
    blocks
}

fn city_and_date(city: &str, date: &str, size: f32) -> Block {
    let mut t = Table::new(vec![ColumnWidth::Fraction(0.4), ColumnWidth::Fraction(0.6)]);
    t.borders = Borders::None;
    t.padding_mm = (0.0, 0.5);
    t.rows.push(Row::new(vec![
        Cell::new(vec![Paragraph::plain(city).size(size).into()]),
        Cell::new(vec![Paragraph::plain(date).size(size).align(Align::Right).into()]),
    ]));
    t.into()
}

/// One section (or the preamble, `i == 0`) as blocks: «1. ПРЕДМЕТ ДОГОВОРА», «1.1. …».
fn section_blocks(s: &AgreementSection, i: usize, l: Lang, size: f32) -> Vec<Block> {
    // Kazakh is not hyphenated, so in a narrow column it is set ragged-right rather than
    // justified with wide gaps.
    let align = if l != Lang::Ru && size < 12.0 { Align::Left } else { Align::Justify };
    let para = |text: String| -> Block {
        Paragraph::new(text).size(size).align(align).hyphenate(l == Lang::Ru).space_after_mm(1.0).into()
    };
    if i == 0 {
        return s.clauses.iter().map(|c| para(c.text.clone())).collect();
    }
    let body = s.clauses.iter().enumerate().map(|(k, c)| para(format!("{i}.{}.\u{a0}{}", k + 1, c.text))).collect();
    let mut section = Section::new(format!("{i}."), s.title.clone(), body);
    section.heading = Heading::new("").size(size);
    vec![section.into()]
}

/// Blocks of two languages as a borderless two-column table, one row: they read side by side.
fn side_by_side(cols: Vec<Vec<Block>>) -> Block {
    let n = cols.len();
    let mut t = Table::new(vec![ColumnWidth::Fraction(1.0 / n as f32); n]);
    t.borders = Borders::None;
    t.padding_mm = (2.0, 0.5);
    t.rows.push(Row::new(cols.into_iter().map(Cell::new).collect()));
    t.into()
}

fn signatures(d: &AgreementDoc, size: f32) -> Block {
    let langs: Vec<Lang> = d.texts.iter().map(|(l, _)| *l).collect();
    let both = |id: &str| langs.iter().map(|l| i18n::message(*l, id)).collect::<Vec<_>>().join(" / ");
    let pick = |n: &crate::model::LocalizedName| {
        let mut v: Vec<&str> = langs.iter().map(|l| n.get(*l)).filter(|s| !s.is_empty()).collect();
        v.dedup();
        v.join(" / ")
    };
    let line = |label: &str, value: &str| if value.is_empty() { None } else { Some(format!("{}: {value}", both(label))) };
    let o = &d.org;
    let org = Party {
        heading: both("agreement-party-org"),
        requisites: [Some(pick(&o.full_name)), line("agreement-requisites-address", &pick(&o.address)), line("agreement-requisites-bin", &o.bin), line("agreement-requisites-bank", &o.bank_details.replace('\n', ", ")), line("agreement-requisites-phone", &o.phone), line("agreement-requisites-email", &o.email)]
            .into_iter()
            .flatten()
            .filter(|s| !s.is_empty())
            .collect(),
        position: pick(&o.head_position),
        name: pick(&o.head_name),
        stamp: both("agreement-stamp-place"),
    };
    let a = &d.agreement;
    let partner = Party {
        heading: both("agreement-party-partner"),
        requisites: [Some(a.partner_name.clone()), line("agreement-requisites-address", &d.partner_address), line("agreement-requisites-phone", &d.partner_phones), line("agreement-requisites-email", &d.partner_email)]
            .into_iter()
            .flatten()
            .collect(),
        position: pick(&a.partner_position),
        name: pick(&a.partner_head),
        stamp: both("agreement-stamp-place"),
    };
    let mut s = SignaturesBlock::new(org, partner);
    s.size = size;
    s.into()
}
