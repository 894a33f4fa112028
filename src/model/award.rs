//! Awards at the end of the year: kinds of award, nomination titles, nominations and the
//! journal of issued certificates.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::LocalizedName;
use crate::declension::Gender;

/// Who is nominated.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum NomineeKind {
    #[default]
    Person,
    Family,
    Collective,
    Organisation,
}

/// What the nominee is to the organisation.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum NomineeRole {
    Teacher,
    Partner,
    Parent,
    Pupil,
    #[default]
    Other,
}

/// Where a nomination stands, derived from what was done with it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum NominationStatus {
    Proposed,
    /// By the director's order (number and date).
    Approved,
    /// A certificate with a register number was printed.
    Printed,
    Handed,
}

impl NominationStatus {
    pub fn code(self) -> &'static str {
        match self {
            NominationStatus::Proposed => "proposed",
            NominationStatus::Approved => "approved",
            NominationStatus::Printed => "printed",
            NominationStatus::Handed => "handed",
        }
    }
}

/// A kind of award (грамота, благодарственное письмо, диплом, ценный приз …).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AwardKind {
    #[ts(type = "number")]
    pub id: i64,
    pub code: String,
    pub builtin: bool,
    pub name: LocalizedName,
    /// Whether a certificate is printed (a valuable prize is only entered in the register).
    pub prints: bool,
}

/// A nomination title from the regulations, with the award it usually brings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct NominationTitle {
    #[ts(type = "number")]
    pub id: i64,
    pub code: String,
    pub builtin: bool,
    pub name: LocalizedName,
    #[ts(type = "number")]
    pub award_kind_id: i64,
}

/// Both award lists.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AwardCatalogs {
    pub kinds: Vec<AwardKind>,
    pub titles: Vec<NominationTitle>,
}

/// A nomination as its list and page show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Nomination {
    #[ts(type = "number")]
    pub id: i64,
    pub year: i32,
    #[ts(type = "number")]
    pub title_id: i64,
    pub title: LocalizedName,
    #[ts(type = "number")]
    pub award_kind_id: i64,
    pub award_kind: LocalizedName,
    pub nominee_kind: NomineeKind,
    pub surname: String,
    pub given_name: String,
    pub patronymic: String,
    pub gender: Option<Gender>,
    /// A family's, collective's or organisation's name.
    pub name: String,
    /// The nominee as printed after «награждается»: «Иванова Мария Петровна».
    pub nominative: String,
    /// «Ивановой Марии Петровне»: typed by hand, or computed.
    pub dative: String,
    pub genitive: String,
    /// The dative and genitive were typed by hand (else they are computed).
    pub dative_by_hand: bool,
    pub genitive_by_hand: bool,
    pub role: NomineeRole,
    #[ts(type = "number | null")]
    pub partner_id: Option<i64>,
    pub partner_name: Option<String>,
    /// The reason as printed, per language («за активное участие …»).
    pub reason: LocalizedName,
    pub proposed_by: String,
    pub order_number: String,
    pub order_date: Option<String>,
    pub handed_on: Option<String>,
    pub notes: String,
    pub status: NominationStatus,
    pub certificate_number: Option<String>,
    pub issued_on: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

/// What the nomination form sends. Empty `name_dative` / `name_genitive` mean «compute».
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct NominationInput {
    pub year: i32,
    #[ts(type = "number")]
    pub title_id: i64,
    /// The kind of award; empty means the title's usual one.
    #[ts(type = "number | null")]
    pub award_kind_id: Option<i64>,
    pub nominee_kind: NomineeKind,
    pub surname: String,
    pub given_name: String,
    pub patronymic: String,
    pub gender: Option<Gender>,
    pub name: String,
    pub name_dative: String,
    pub name_genitive: String,
    pub role: NomineeRole,
    #[ts(type = "number | null")]
    pub partner_id: Option<i64>,
    pub reason: LocalizedName,
    pub proposed_by: String,
    pub notes: String,
}

/// What the nomination list asks for.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct NominationQuery {
    pub year: Option<i32>,
    pub status: Option<NominationStatus>,
    #[ts(type = "number | null")]
    pub title_id: Option<i64>,
    #[ts(type = "number | null")]
    pub award_kind_id: Option<i64>,
}

/// The declined forms of a name, for the form to show beside the fields.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DeclinedName {
    pub nominative: String,
    pub dative: String,
    pub genitive: String,
    /// The gender the forms were made for (given, or guessed from the name).
    pub gender: Option<Gender>,
}

/// A line of the journal of issued certificates.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CertificateEntry {
    pub number: String,
    #[ts(type = "number")]
    pub nomination_id: i64,
    pub nominee: String,
    pub title: LocalizedName,
    pub award_kind: LocalizedName,
    pub order_number: String,
    pub order_date: Option<String>,
    pub issued_on: String,
    /// The code printed in the QR code: «PDSK:<number>:<checksum>».
    pub code: String,
}

/// What «check a certificate» concluded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum CheckVerdict {
    /// The code of the QR code matches the register.
    Genuine,
    /// The number is in the register but the code's checksum is not its own.
    Mismatch,
    /// A bare number was given: it is in the register (there is no checksum to compare).
    NumberOnly,
    NotFound,
}

/// The answer to «check a certificate».
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CertificateCheck {
    pub verdict: CheckVerdict,
    /// The register holds this number.
    pub found: bool,
    /// The checksum read matches the register's (false when none was given).
    pub checksum_ok: bool,
    pub entry: Option<CertificateEntry>,
}

/// How the border of a certificate is drawn.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum BorderStyle {
    /// A double frame on a tinted band, inner corners cut round with a star in each.
    #[default]
    Classic,
    /// Kazakh «қошқар мүйіз» (ram's horn) curls in the corners and on the middle of each side.
    Ornament,
    /// A fine double frame and two laurel branches either side of the title.
    Laurel,
    /// A fine frame with a ribbon band across the top-left and bottom-right corners.
    Ribbon,
    /// One frame with corner brackets.
    Simple,
}

impl BorderStyle {
    pub const ALL: [BorderStyle; 5] =
        [BorderStyle::Classic, BorderStyle::Ornament, BorderStyle::Laurel, BorderStyle::Ribbon, BorderStyle::Simple];

    pub fn code(self) -> &'static str {
        match self {
            BorderStyle::Classic => "classic",
            BorderStyle::Ornament => "ornament",
            BorderStyle::Laurel => "laurel",
            BorderStyle::Ribbon => "ribbon",
            BorderStyle::Simple => "simple",
        }
    }
}

/// A certificate's words and look for one kind of award in one language. The texts may hold
/// `{organisation}`, `{nominee}`, `{reason}`, `{date}`, `{number}` and `{signer}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CertificateTemplate {
    #[ts(type = "number")]
    pub award_kind_id: i64,
    pub lang: super::Lang,
    /// «ГРАМОТА», «АЛҒЫС ХАТ».
    pub title: String,
    /// The words before the name: «награждается», «выражает благодарность».
    pub lead: String,
    /// The case the name is printed in: the dative after «выражает благодарность».
    pub name_case: crate::declension::Case,
    /// The words after the reason: «марапатталады».
    pub closing: String,
    pub border: BorderStyle,
    /// Colours as «#RRGGBB»: the title and frame, the ornaments.
    pub primary: String,
    pub accent: String,
    pub landscape: bool,
    pub show_logo: bool,
    pub show_signature: bool,
    pub show_stamp: bool,
    pub has_background: bool,
    /// Saved by the user (else the defaults are shown).
    pub edited: bool,
}

/// How far a batch print has come, sent to the interface while it runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PrintProgress {
    #[ts(type = "number")]
    pub done: usize,
    #[ts(type = "number")]
    pub total: usize,
}
