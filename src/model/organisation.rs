//! The organisation profile: one per database; every document reads it.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::LocalizedName;

/// The organisation this database belongs to, as documents print it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct Organisation {
    pub full_name: LocalizedName,
    pub short_name: LocalizedName,
    /// The head's position as signed («Директор»).
    pub head_position: LocalizedName,
    /// The head's name as signed («М. П. Иванова»).
    pub head_name: LocalizedName,
    /// The head as a preamble names them after «в лице» («директора Ивановой Марии Петровны»).
    pub head_in_person: LocalizedName,
    pub address: LocalizedName,
    pub city: LocalizedName,
    /// БИН (Kazakhstan) or ИНН (Russia).
    pub bin: String,
    pub bank_details: String,
    pub phone: String,
    pub email: String,
    /// The agreement register's number pattern: `{n}` the number, `{yyyy}`/`{yy}` the year.
    pub agreement_number_pattern: String,
    #[ts(type = "number")]
    pub agreement_start_number: i64,
    pub has_logo: bool,
    pub has_stamp: bool,
    pub has_signature: bool,
}

/// Which image of the profile.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum ProfileImage {
    Logo,
    Stamp,
    Signature,
}

impl ProfileImage {
    pub fn column(self) -> &'static str {
        match self {
            ProfileImage::Logo => "logo",
            ProfileImage::Stamp => "stamp",
            ProfileImage::Signature => "signature",
        }
    }
}
