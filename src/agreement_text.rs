//! The text of an agreement in one language: the template's sections and clauses (ids in
//! `SECTIONS`, wording in `locales/<lang>/agreement.ftl`) filled in with the organisation, the
//! partner and the dates, with the clauses edited for this agreement taking the template's place.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use crate::i18n;
use crate::model::{Agreement, AgreementSection, Clause, Lang, Organisation};

/// The sections of the default agreement and their clauses, in order (ids of agreement.ftl).
pub const SECTIONS: &[(&str, &[&str])] = &[
    ("agreement-section-subject", &["agreement-subject-1", "agreement-subject-2", "agreement-subject-3"]),
    ("agreement-section-general", &["agreement-general-1", "agreement-general-2", "agreement-general-3"]),
    ("agreement-section-org-obligations", &["agreement-org-1", "agreement-org-2", "agreement-org-3", "agreement-org-4", "agreement-org-5"]),
    ("agreement-section-partner-obligations", &["agreement-partner-1", "agreement-partner-2", "agreement-partner-3", "agreement-partner-4", "agreement-partner-5"]),
    ("agreement-section-children-safety", &["agreement-safety-1", "agreement-safety-2", "agreement-safety-3"]),
    ("agreement-section-term", &["agreement-term-1", "agreement-term-2"]),
    ("agreement-section-termination", &["agreement-termination-1", "agreement-termination-2", "agreement-termination-3"]),
    ("agreement-section-final", &["agreement-final-1", "agreement-final-2", "agreement-final-3"]),
];

/// Whether `id` is a clause of the template (or the preamble), i.e. one that may be edited.
pub fn is_clause(id: &str) -> bool {
    id == "agreement-preamble" || SECTIONS.iter().any(|(_, clauses)| clauses.contains(&id))
}

/// The Fluent arguments every agreement message may use.
pub fn args(org: &Organisation, a: &Agreement, lang: Lang) -> Vec<(&'static str, String)> {
    // A blank line to fill in by hand, where the profile or the agreement leaves a name out.
    let or_blank = |s: &str| if s.trim().is_empty() { "____________________".to_string() } else { s.to_string() };
    let date = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").map(i18n::short_date).unwrap_or_else(|_| s.to_string());
    vec![
        ("org", or_blank(org.full_name.get(lang))),
        ("org_in_person", or_blank(org.head_in_person.get(lang))),
        ("partner", a.partner_name.clone()),
        ("partner_in_person", or_blank(a.partner_in_person.get(lang))),
        ("city", or_blank(org.city.get(lang))),
        ("number", if a.number.is_empty() { "___".to_string() } else { a.number.clone() }),
        ("valid_from", date(&a.valid_from)),
        ("valid_to", date(&a.valid_to)),
    ]
}

/// The preamble, then the numbered sections of the agreement in `lang`.
pub fn sections(
    org: &Organisation,
    a: &Agreement,
    lang: Lang,
    overrides: &BTreeMap<Lang, BTreeMap<String, String>>,
) -> Vec<AgreementSection> {
    let args = args(org, a, lang);
    let edited = overrides.get(&lang);
    let clause = |id: &str| match edited.and_then(|e| e.get(id)) {
        Some(t) => Clause { id: id.to_string(), text: t.clone(), edited: true },
        None => Clause { id: id.to_string(), text: i18n::message_with(lang, id, &args), edited: false },
    };
    let mut out = vec![AgreementSection { id: "agreement-preamble".into(), title: String::new(), clauses: vec![clause("agreement-preamble")] }];
    out.extend(SECTIONS.iter().map(|(section, clauses)| AgreementSection {
        id: section.to_string(),
        title: i18n::message(lang, section),
        clauses: clauses.iter().map(|c| clause(c)).collect(),
    }));
    out
}
