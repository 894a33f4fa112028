//! Cooperation agreements and their register.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::LocalizedName;

/// The language an agreement is printed in; `Kkru` is Kazakh and Russian side by side.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum DocLang {
    #[default]
    Ru,
    Kk,
    En,
    Kkru,
}

impl DocLang {
    pub fn code(self) -> &'static str {
        match self {
            DocLang::Ru => "ru",
            DocLang::Kk => "kk",
            DocLang::En => "en",
            DocLang::Kkru => "kkru",
        }
    }

    pub fn parse(s: &str) -> Option<DocLang> {
        match s.trim().to_ascii_lowercase().as_str() {
            "ru" => Some(DocLang::Ru),
            "kk" => Some(DocLang::Kk),
            "en" => Some(DocLang::En),
            "kkru" | "kk+ru" | "kk-ru" => Some(DocLang::Kkru),
            _ => None,
        }
    }

    /// The languages printed, in column order.
    pub fn langs(self) -> &'static [crate::Lang] {
        use crate::Lang::*;
        match self {
            DocLang::Ru => &[Ru],
            DocLang::Kk => &[Kk],
            DocLang::En => &[En],
            DocLang::Kkru => &[Kk, Ru],
        }
    }
}

impl AgreementStatus {
    pub fn code(self) -> &'static str {
        match self {
            AgreementStatus::Draft => "draft",
            AgreementStatus::Active => "active",
            AgreementStatus::Expiring => "expiring",
            AgreementStatus::Expired => "expired",
            AgreementStatus::Terminated => "terminated",
            AgreementStatus::Renewed => "renewed",
        }
    }
}

/// Where an agreement stands, derived from its dates and what was done with it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum AgreementStatus {
    /// Not registered yet.
    Draft,
    Active,
    /// Active, and ends within 30 days.
    Expiring,
    Expired,
    Terminated,
    /// Followed by a new agreement for the next term.
    Renewed,
}

/// An agreement as its page shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Agreement {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number")]
    pub partner_id: i64,
    pub partner_name: String,
    /// The organisation's register number («12/2026»), set when registered.
    pub register_number: Option<String>,
    /// The partner's own number, printed after ours with a slash.
    pub partner_number: String,
    /// Both numbers as printed: «12/2026 / 45-П».
    pub number: String,
    pub title: String,
    pub language: DocLang,
    /// Dates are ISO `YYYY-MM-DD`.
    pub signed_on: Option<String>,
    pub valid_from: String,
    pub valid_to: String,
    pub partner_position: LocalizedName,
    pub partner_head: LocalizedName,
    pub partner_in_person: LocalizedName,
    pub terminated_on: Option<String>,
    #[ts(type = "number | null")]
    pub renews_id: Option<i64>,
    #[ts(type = "number | null")]
    pub renewed_by_id: Option<i64>,
    pub has_scan: bool,
    pub notes: String,
    pub status: AgreementStatus,
    /// Days from today to the last day of the term (negative once it has passed).
    #[ts(type = "number | null")]
    pub days_left: Option<i64>,
    pub created_at: String,
    pub updated_at: String,
}

/// What the agreement form sends.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct AgreementInput {
    #[ts(type = "number")]
    pub partner_id: i64,
    pub partner_number: String,
    pub title: String,
    pub language: DocLang,
    pub signed_on: Option<String>,
    pub valid_from: String,
    pub valid_to: String,
    pub partner_position: LocalizedName,
    pub partner_head: LocalizedName,
    pub partner_in_person: LocalizedName,
    pub notes: String,
}

/// What the agreement list asks for.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct AgreementQuery {
    #[ts(type = "number | null")]
    pub partner_id: Option<i64>,
    pub status: Option<AgreementStatus>,
    #[ts(type = "number | null")]
    pub year: Option<i64>,
}

/// One clause of an agreement's text in one language, as printed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Clause {
    /// The template message id («agreement-subject-1»).
    pub id: String,
    pub text: String,
    /// Edited for this agreement (not the template's text).
    pub edited: bool,
}

/// A numbered section of an agreement's text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AgreementSection {
    pub id: String,
    pub title: String,
    pub clauses: Vec<Clause>,
}
