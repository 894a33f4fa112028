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
    /// The certificate register's number pattern, like the agreements'.
    pub certificate_number_pattern: String,
    /// How many pupils the organisation has: the report's «per 100 pupils» needs it (0: not set).
    #[ts(type = "number")]
    pub pupil_count: i64,
    pub has_logo: bool,
    pub has_stamp: bool,
    pub has_signature: bool,
}

/// The largest pupil count the profile accepts.
pub const PUPILS_MAX: i64 = 1_000_000;

impl Organisation {
    /// The keys `set` understands, for help texts: per-language ones take `.ru`, `.kk` or `.en`.
    pub const KEYS: &'static [&'static str] = &[
        "full-name.LANG", "short-name.LANG", "head-position.LANG", "head-name.LANG",
        "head-in-person.LANG", "address.LANG", "city.LANG", "bin", "bank-details", "phone",
        "email", "number-pattern", "start-number", "pupils", "certificate-pattern",
    ];

    /// Sets one field by its key (`full-name.kk`, `bin`, `start-number` …), for scripting.
    /// Values are checked when the profile is saved.
    pub fn set(&mut self, key: &str, value: &str) -> crate::Result<()> {
        let unknown = || crate::Error::ProfileKeyUnknown(key.to_string());
        let (name, lang) = match key.split_once('.') {
            Some((n, l)) => (n, Some(crate::Lang::parse(l).filter(|x| x.code() == l).ok_or_else(unknown)?)),
            None => (key, None),
        };
        let localized = match name {
            "full-name" => Some(&mut self.full_name),
            "short-name" => Some(&mut self.short_name),
            "head-position" => Some(&mut self.head_position),
            "head-name" => Some(&mut self.head_name),
            "head-in-person" => Some(&mut self.head_in_person),
            "address" => Some(&mut self.address),
            "city" => Some(&mut self.city),
            _ => None,
        };
        match (localized, lang) {
            (Some(n), Some(l)) => *n.get_mut(l) = value.to_string(),
            (None, None) => match name {
                "bin" => self.bin = value.to_string(),
                "bank-details" => self.bank_details = value.to_string(),
                "phone" => self.phone = value.to_string(),
                "email" => self.email = value.to_string(),
                "number-pattern" => self.agreement_number_pattern = value.to_string(),
                "certificate-pattern" => self.certificate_number_pattern = value.to_string(),
                "start-number" => {
                    self.agreement_start_number = value.trim().parse().map_err(|_| crate::Error::OutOfRange {
                        field: crate::Field::StartNumber,
                        min: 1,
                        max: 1_000_000,
                    })?
                }
                "pupils" => {
                    self.pupil_count = value.trim().parse().map_err(|_| crate::Error::OutOfRange {
                        field: crate::Field::PupilCount,
                        min: 0,
                        max: PUPILS_MAX,
                    })?
                }
                _ => return Err(unknown()),
            },
            _ => return Err(unknown()),
        }
        Ok(())
    }
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
