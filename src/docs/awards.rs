//! Certificates of nominations: the words and look of a nomination's certificate from its
//! template and the organisation profile (`certificate_data`), previews, and printing — into
//! one PDF, or one file per certificate — where each certificate takes its register number in
//! the transaction that prints it, so that an interrupted batch leaves no gap and no double.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::NaiveDate;

use super::certificate::{self, CertificateData, CertificateStyle};
use crate::declension::Case;
use crate::error::{Error, Result};
use crate::i18n;
use crate::model::{CertificateTemplate, Lang, Nomination, Organisation, PrintProgress, ProfileImage};
use crate::store::Store;

/// The pictures of the profile, read once for a batch.
pub struct ProfilePictures {
    logo: Option<Arc<[u8]>>,
    signature: Option<Arc<[u8]>>,
    stamp: Option<Arc<[u8]>>,
}

impl ProfilePictures {
    pub fn of(store: &Store) -> Result<ProfilePictures> {
        let get = |w| store.profile_image(w).map(|b| b.map(Arc::from));
        Ok(ProfilePictures { logo: get(ProfileImage::Logo)?, signature: get(ProfileImage::Signature)?, stamp: get(ProfileImage::Stamp)? })
    }
}

/// «#8B1E2D» → [0x8B, 0x1E, 0x2D] (black for anything else: templates are checked on save).
fn rgb(s: &str) -> [u8; 3] {
    let h = |i: usize| s.get(i..i + 2).and_then(|x| u8::from_str_radix(x, 16).ok()).unwrap_or(0);
    [h(1), h(3), h(5)]
}

/// What a certificate says and how it looks. `number` and `code` are the register's (None
/// in a preview of a certificate not yet issued).
#[allow(clippy::too_many_arguments)]
pub fn certificate_data(
    org: &Organisation,
    pictures: &ProfilePictures,
    template: &CertificateTemplate,
    background: Option<Arc<[u8]>>,
    nominee: &str,
    reason: &str,
    number: Option<&str>,
    code: Option<&str>,
    issued_on: NaiveDate,
) -> CertificateData {
    let lang = template.lang;
    let date = i18n::long_date(lang, issued_on);
    let signer = org.head_name.get(lang).to_string();
    let fill = |text: &str| {
        text.replace("{organisation}", org.full_name.get(lang))
            .replace("{nominee}", nominee)
            .replace("{reason}", reason)
            .replace("{date}", &date)
            .replace("{number}", number.unwrap_or(""))
            .replace("{signer}", &signer)
    };
    let reason_line = [reason.trim(), fill(&template.closing).trim()].iter().filter(|s| !s.is_empty()).cloned().collect::<Vec<_>>().join(" ");
    CertificateData {
        style: CertificateStyle {
            border: template.border,
            primary: rgb(&template.primary),
            accent: rgb(&template.accent),
            landscape: template.landscape,
            background,
        },
        logo: pictures.logo.clone().filter(|_| template.show_logo),
        org_name: org.full_name.get(lang).to_string(),
        title: fill(&template.title),
        lead: fill(&template.lead),
        recipient: nominee.to_string(),
        reason: reason_line,
        signer_position: org.head_position.get(lang).to_string(),
        signer_name: signer.clone(),
        signature: pictures.signature.clone().filter(|_| template.show_signature),
        stamp: pictures.stamp.clone().filter(|_| template.show_stamp),
        stamp_label: i18n::message(lang, "certificate-stamp"),
        place_date: match org.city.get(lang) {
            "" => date,
            city => i18n::message_with(lang, "certificate-place-date", &[("city", city.to_string()), ("date", date)]),
        },
        number: number.map(|n| i18n::message_with(lang, "certificate-number", &[("number", n.to_string())])).unwrap_or_default(),
        qr: code.map(str::to_string),
    }
}

/// The nominee as the template's case wants it.
fn nominee_in(n: &Nomination, case: Case) -> &str {
    match case {
        Case::Nominative => &n.nominative,
        Case::Dative => &n.dative,
        Case::Genitive => &n.genitive,
    }
}

/// The reason in `lang`, or in the first language it was written in.
fn reason_in(n: &Nomination, lang: Lang) -> &str {
    [n.reason.get(lang), &n.reason.ru, &n.reason.kk, &n.reason.en].into_iter().find(|r| !r.is_empty()).unwrap_or("")
}

fn data_for(store: &Store, org: &Organisation, pictures: &ProfilePictures, n: &Nomination, lang: Lang, issued_on: NaiveDate) -> Result<CertificateData> {
    let template = store.certificate_template(n.award_kind_id, lang)?;
    let background = store.template_background(n.award_kind_id, lang)?.map(Arc::from);
    let code = n.certificate_number.as_ref().map(|number| {
        crate::store::certificate_code(number, &n.nominative, n.issued_on.as_deref().unwrap_or(""))
    });
    let issued = n.issued_on.as_deref().and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()).unwrap_or(issued_on);
    Ok(certificate_data(
        org,
        pictures,
        &template,
        background,
        nominee_in(n, template.name_case),
        reason_in(n, lang),
        n.certificate_number.as_deref(),
        code.as_deref(),
        issued,
    ))
}

/// A nomination's certificate as it would print now, without issuing anything.
pub fn preview_nomination(store: &Store, id: i64, lang: Lang, today: NaiveDate) -> Result<Vec<u8>> {
    let n = store.nomination(id)?;
    let org = store.organisation()?;
    certificate::render(&data_for(store, &org, &ProfilePictures::of(store)?, &n, lang, today)?)
}

/// A template as it looks with a sample nominee and a sample number.
pub fn preview_template(store: &Store, template: &CertificateTemplate, today: NaiveDate) -> Result<Vec<u8>> {
    let org = store.organisation()?;
    let lang = template.lang;
    let background = store.template_background(template.award_kind_id, lang)?.map(Arc::from);
    let sample = i18n::message(lang, "certificate-sample-nominee");
    let number = format!("1/{}", chrono::Datelike::year(&today));
    let code = crate::store::certificate_code(&number, &sample, &today.to_string());
    let data = certificate_data(
        &org,
        &ProfilePictures::of(store)?,
        template,
        background,
        &sample,
        &i18n::message(lang, "certificate-sample-reason"),
        Some(&number),
        Some(&code),
        today,
    );
    certificate::render(&data)
}

/// Issues the certificates of `ids` (those that print a page: a valuable prize only takes its
/// number) and prints them into one PDF, all in one transaction: if anything fails, no
/// number is taken. Reprinting keeps the numbers.
pub fn print_combined(store: &Store, ids: &[i64], lang: Lang, issued_on: NaiveDate) -> Result<Vec<u8>> {
    let org = store.organisation()?;
    let pictures = ProfilePictures::of(store)?;
    let kinds = store.award_catalogs()?.kinds;
    store.atomically(|s| {
        let mut pages = Vec::new();
        for id in ids {
            s.issue_certificate(*id, issued_on)?;
            let n = s.nomination(*id)?;
            if kinds.iter().any(|k| k.id == n.award_kind_id && k.prints) {
                pages.push(data_for(s, &org, &pictures, &n, lang, issued_on)?);
            }
        }
        if pages.is_empty() {
            return Err(Error::NothingToPrint);
        }
        certificate::render_many(&pages)
    })
}

/// The file of certificates printed together: «Грамоты 2026-11-29.pdf».
pub fn combined_file_name(lang: Lang, on: NaiveDate) -> String {
    format!("{}.pdf", i18n::message_with(lang, "certificate-combined-file-name", &[("date", on.to_string())]))
}

/// A certificate's file name: «12-2026 Иванова Мария Петровна.pdf», safe on every system.
pub fn file_name(n: &Nomination, lang: Lang) -> String {
    let number = n.certificate_number.clone().unwrap_or_default();
    let name = i18n::message_with(lang, "certificate-file-name", &[("number", number), ("nominee", n.nominative.clone())]);
    let safe: String = name.chars().map(|c| if c.is_control() || "/\\:*?\"<>|".contains(c) { '-' } else { c }).collect();
    format!("{}.pdf", safe.trim().chars().take(120).collect::<String>())
}

/// Prints one file per certificate into `dir`. Each certificate takes its number in its own
/// transaction, which commits only once its file is written: stopped at any point (by
/// `progress` returning false, an error, or the process dying), what was printed keeps its
/// number and nothing else took one. Returns the files written.
pub fn print_each(
    store: &Store,
    ids: &[i64],
    lang: Lang,
    issued_on: NaiveDate,
    dir: &Path,
    progress: &mut dyn FnMut(PrintProgress) -> bool,
) -> Result<Vec<PathBuf>> {
    let org = store.organisation()?;
    let pictures = ProfilePictures::of(store)?;
    let kinds = store.award_catalogs()?.kinds;
    std::fs::create_dir_all(dir).map_err(|e| Error::file(dir, e))?;
    let mut written = Vec::new();
    let mut done = 0;
    for (k, id) in ids.iter().enumerate() {
        if !progress(PrintProgress { done: k, total: ids.len() }) {
            break;
        }
        done = k + 1;
        let path = store.atomically(|s| {
            s.issue_certificate(*id, issued_on)?;
            let n = s.nomination(*id)?;
            if !kinds.iter().any(|kind| kind.id == n.award_kind_id && kind.prints) {
                return Ok(None);
            }
            let bytes = certificate::render(&data_for(s, &org, &pictures, &n, lang, issued_on)?)?;
            let path = dir.join(file_name(&n, lang));
            std::fs::write(&path, bytes).map_err(|e| Error::file(&path, e))?;
            Ok(Some(path))
        })?;
        written.extend(path);
    }
    progress(PrintProgress { done, total: ids.len() });
    Ok(written)
}
