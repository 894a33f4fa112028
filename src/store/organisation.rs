//! The organisation profile (one row) and its images.

use rusqlite::{params, OptionalExtension};

use super::{now, Store};
use crate::error::{Error, Field, Result};
use crate::model::{LocalizedName, Organisation, ProfileImage};
use crate::validate;

/// The language-dependent text columns of the profile: (column prefix, field, max length).
const TEXTS: &[(&str, Field, usize)] = &[
    ("full_name", Field::Name, validate::NAME_MAX),
    ("short_name", Field::ShortName, validate::SHORT_NAME_MAX),
    ("head_position", Field::HeadPosition, 200),
    ("head_name", Field::HeadName, 200),
    ("head_in_person", Field::HeadInPerson, 300),
    ("address", Field::Address, validate::ADDRESS_MAX),
    ("city", Field::City, 100),
];

fn texts_of(o: &Organisation) -> [&LocalizedName; 7] {
    [&o.full_name, &o.short_name, &o.head_position, &o.head_name, &o.head_in_person, &o.address, &o.city]
}

/// The largest image accepted for a logo, stamp or signature.
pub const IMAGE_MAX_BYTES: usize = 5 * 1024 * 1024;

impl Store {
    pub fn organisation(&self) -> Result<Organisation> {
        let cols: Vec<String> = TEXTS
            .iter()
            .flat_map(|(c, _, _)| ["ru", "kk", "en"].map(|l| format!("{c}_{l}")))
            .collect();
        let sql = format!(
            "SELECT {}, bin, bank_details, phone, email, agreement_number_pattern, agreement_start_number, pupil_count, certificate_number_pattern,
                    logo IS NOT NULL, stamp IS NOT NULL, signature IS NOT NULL
             FROM organisation WHERE id = 1",
            cols.join(", ")
        );
        Ok(self.conn.query_row(&sql, [], |r| {
            let name = |i: usize| -> rusqlite::Result<LocalizedName> {
                Ok(LocalizedName { ru: r.get(i * 3)?, kk: r.get(i * 3 + 1)?, en: r.get(i * 3 + 2)? })
            };
            let n = TEXTS.len() * 3;
            Ok(Organisation {
                full_name: name(0)?,
                short_name: name(1)?,
                head_position: name(2)?,
                head_name: name(3)?,
                head_in_person: name(4)?,
                address: name(5)?,
                city: name(6)?,
                bin: r.get(n)?,
                bank_details: r.get(n + 1)?,
                phone: r.get(n + 2)?,
                email: r.get(n + 3)?,
                agreement_number_pattern: r.get(n + 4)?,
                agreement_start_number: r.get(n + 5)?,
                pupil_count: r.get(n + 6)?,
                certificate_number_pattern: r.get(n + 7)?,
                has_logo: r.get(n + 8)?,
                has_stamp: r.get(n + 9)?,
                has_signature: r.get(n + 10)?,
            })
        })?)
    }

    /// Saves the profile's texts and numbering (images are set one by one).
    pub fn update_organisation(&self, o: &Organisation) -> Result<Organisation> {
        let mut sets = Vec::new();
        let mut values: Vec<rusqlite::types::Value> = Vec::new();
        for ((col, field, max), name) in TEXTS.iter().zip(texts_of(o)) {
            for (lang, text) in [("ru", &name.ru), ("kk", &name.kk), ("en", &name.en)] {
                sets.push(format!("{col}_{lang} = ?"));
                values.push(validate::single_line(text, *field, *max, None)?.into());
            }
        }
        let pattern = validate::single_line(&o.agreement_number_pattern, Field::NumberPattern, 60, None)?;
        // The year keeps numbers of different years apart: the register restarts every year.
        if !pattern.contains("{n}") || !(pattern.contains("{yyyy}") || pattern.contains("{yy}")) {
            return Err(Error::PatternInvalid { field: Field::NumberPattern, value: pattern });
        }
        if !(1..=1_000_000).contains(&o.agreement_start_number) {
            return Err(Error::OutOfRange { field: Field::StartNumber, min: 1, max: 1_000_000 });
        }
        let certificate_pattern = validate::single_line(&o.certificate_number_pattern, Field::CertificatePattern, 60, None)?;
        if !certificate_pattern.contains("{n}") || !(certificate_pattern.contains("{yyyy}") || certificate_pattern.contains("{yy}")) {
            return Err(Error::PatternInvalid { field: Field::CertificatePattern, value: certificate_pattern });
        }
        let rest: [(&str, String); 7] = [
            ("certificate_number_pattern", certificate_pattern),
            ("bin", validate::single_line(&o.bin, Field::Bin, 40, None)?),
            ("bank_details", validate::multi_line(&o.bank_details, Field::BankDetails, 1000)?),
            ("phone", validate::single_line(&o.phone, Field::Phones, validate::PHONES_MAX, None)?),
            ("email", validate::email(&o.email, Field::Email, None)?),
            ("agreement_number_pattern", pattern),
            ("updated_at", now()),
        ];
        for (col, v) in rest {
            sets.push(format!("{col} = ?"));
            values.push(v.into());
        }
        sets.push("agreement_start_number = ?".into());
        values.push(o.agreement_start_number.into());
        if !(0..=crate::model::organisation::PUPILS_MAX).contains(&o.pupil_count) {
            return Err(Error::OutOfRange { field: Field::PupilCount, min: 0, max: crate::model::organisation::PUPILS_MAX });
        }
        sets.push("pupil_count = ?".into());
        values.push(o.pupil_count.into());
        let tx = self.write_tx()?;
        tx.execute(&format!("UPDATE organisation SET {} WHERE id = 1", sets.join(", ")), rusqlite::params_from_iter(values))?;
        tx.commit()?;
        self.organisation()
    }

    /// Sets (or with `None` removes) the logo, stamp or signature image (PNG or JPEG).
    pub fn set_profile_image(&self, which: ProfileImage, bytes: Option<&[u8]>) -> Result<()> {
        if let Some(b) = bytes {
            crate::validate::image(b, IMAGE_MAX_BYTES)?;
        }
        let tx = self.write_tx()?;
        tx.execute(&format!("UPDATE organisation SET {} = ?1, updated_at = ?2 WHERE id = 1", which.column()), params![bytes, now()])?;
        tx.commit()
    }

    /// Sets an image from a file, checking its size before reading it.
    pub fn set_profile_image_from_file(&self, which: ProfileImage, path: &std::path::Path) -> Result<()> {
        let size = std::fs::metadata(path).map_err(|e| Error::file(path, e))?.len();
        if size > IMAGE_MAX_BYTES as u64 {
            return Err(Error::ImageTooLarge { max_mb: (IMAGE_MAX_BYTES / (1024 * 1024)) as i64 });
        }
        let bytes = std::fs::read(path).map_err(|e| Error::file(path, e))?;
        self.set_profile_image(which, Some(&bytes))
    }

    pub fn profile_image(&self, which: ProfileImage) -> Result<Option<Vec<u8>>> {
        Ok(self
            .conn
            .query_row(&format!("SELECT {} FROM organisation WHERE id = 1", which.column()), [], |r| r.get(0))
            .optional()?
            .flatten())
    }
}
