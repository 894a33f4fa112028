//! Social partners and their contact people.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A contact person at a partner.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Contact {
    #[ts(type = "number")]
    pub id: i64,
    pub name: String,
    pub position: String,
    pub phone: String,
    pub email: String,
}

/// A contact person as the form sends it: `id` is set for an existing contact.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct ContactInput {
    #[ts(type = "number | null")]
    pub id: Option<i64>,
    pub name: String,
    pub position: String,
    pub phone: String,
    pub email: String,
}

/// A partner, whole, as its page shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Partner {
    #[ts(type = "number")]
    pub id: i64,
    pub name: String,
    pub short_name: String,
    #[ts(type = "number")]
    pub category_id: i64,
    pub internal: bool,
    #[ts(type = "number[]")]
    pub direction_ids: Vec<i64>,
    #[ts(type = "number[]")]
    pub form_ids: Vec<i64>,
    pub address: String,
    pub phones: String,
    pub email: String,
    pub website: String,
    pub notes: String,
    pub contacts: Vec<Contact>,
    /// RFC 3339, UTC.
    pub created_at: String,
    pub updated_at: String,
    /// Set when the partner is archived (RFC 3339, UTC).
    pub archived_at: Option<String>,
}

/// What the partner form sends to create or update a partner.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct PartnerInput {
    pub name: String,
    pub short_name: String,
    #[ts(type = "number")]
    pub category_id: i64,
    pub internal: bool,
    #[ts(type = "number[]")]
    pub direction_ids: Vec<i64>,
    #[ts(type = "number[]")]
    pub form_ids: Vec<i64>,
    pub address: String,
    pub phones: String,
    pub email: String,
    pub website: String,
    pub notes: String,
    pub contacts: Vec<ContactInput>,
}

/// One row of the partner list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PartnerSummary {
    #[ts(type = "number")]
    pub id: i64,
    pub name: String,
    pub short_name: String,
    #[ts(type = "number")]
    pub category_id: i64,
    pub internal: bool,
    /// The first contact person's name, or empty.
    pub contact: String,
    #[ts(type = "number")]
    pub contact_count: i64,
    pub phones: String,
    pub email: String,
    pub updated_at: String,
    pub archived: bool,
}

/// An existing partner whose name looks like the one being entered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SimilarPartner {
    #[ts(type = "number")]
    pub id: i64,
    pub name: String,
    pub archived: bool,
}

/// A partner just saved, with the similar names found (a warning, never a refusal).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SavedPartner {
    pub partner: Partner,
    pub similar: Vec<SimilarPartner>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum KindFilter {
    #[default]
    All,
    Internal,
    External,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum ArchivedFilter {
    /// Only partners in use (the default).
    #[default]
    Active,
    /// Only archived partners.
    Archived,
    /// Both.
    All,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum PartnerSort {
    #[default]
    Name,
    Category,
    Contact,
    Updated,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum SortDirection {
    #[default]
    Asc,
    Desc,
}

/// What the partner list asks for: the search box, the filters and the sort.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct PartnerQuery {
    /// Words typed in the search box; each matches a word prefix, all must match.
    pub search: String,
    #[ts(type = "number | null")]
    pub category_id: Option<i64>,
    pub kind: KindFilter,
    #[ts(type = "number | null")]
    pub direction_id: Option<i64>,
    pub archived: ArchivedFilter,
    pub sort: PartnerSort,
    pub direction: SortDirection,
}
