//! Awards: the two lists (kinds of award, nomination titles), nominations from proposal to
//! handing over, and the gap-free journal of issued certificates. A certificate's number is
//! assigned inside the transaction that issues it, from the year's highest number (or 1) and
//! the profile's pattern, and never reused: a nomination with a certificate is never deleted.

use chrono::{Datelike, NaiveDate};
use rusqlite::{params, OptionalExtension, Row};

use super::{now, Store};
use crate::declension::{self, Case, FullName, Gender};
use crate::error::{Error, Field, Result};
use crate::i18n;
use crate::model::{
    AwardCatalogs, AwardKind, CertificateCheck, CheckVerdict, CertificateEntry, CertificateTemplate, DeclinedName, Lang, LocalizedName, Nomination,
    NominationInput, NominationQuery, NominationStatus, NominationTitle, NomineeKind, NomineeRole,
};
use crate::validate;

const NAME_PART_MAX: usize = 100;

fn gender_code(g: Option<Gender>) -> Option<&'static str> {
    g.map(|g| match g {
        Gender::Female => "f",
        Gender::Male => "m",
    })
}

fn gender_of(s: Option<String>) -> Option<Gender> {
    match s.as_deref() {
        Some("f") => Some(Gender::Female),
        Some("m") => Some(Gender::Male),
        _ => None,
    }
}

fn kind_code(k: NomineeKind) -> &'static str {
    match k {
        NomineeKind::Person => "person",
        NomineeKind::Family => "family",
        NomineeKind::Collective => "collective",
        NomineeKind::Organisation => "organisation",
    }
}

fn kind_of(s: &str) -> NomineeKind {
    match s {
        "family" => NomineeKind::Family,
        "collective" => NomineeKind::Collective,
        "organisation" => NomineeKind::Organisation,
        _ => NomineeKind::Person,
    }
}

fn role_code(r: NomineeRole) -> &'static str {
    match r {
        NomineeRole::Teacher => "teacher",
        NomineeRole::Partner => "partner",
        NomineeRole::Parent => "parent",
        NomineeRole::Pupil => "pupil",
        NomineeRole::Other => "other",
    }
}

fn role_of(s: &str) -> NomineeRole {
    match s {
        "teacher" => NomineeRole::Teacher,
        "partner" => NomineeRole::Partner,
        "parent" => NomineeRole::Parent,
        "pupil" => NomineeRole::Pupil,
        _ => NomineeRole::Other,
    }
}

/// A built-in entry's names come from the locales (`<prefix>-<code>`), the user's own from
/// its row.
fn names(builtin: bool, prefix: &str, code: &str, row: LocalizedName) -> LocalizedName {
    if !builtin {
        return row;
    }
    let id = format!("{prefix}-{code}");
    LocalizedName { ru: i18n::message(Lang::Ru, &id), kk: i18n::message(Lang::Kk, &id), en: i18n::message(Lang::En, &id) }
}

/// The dative, genitive and nominative of a nominee: a person's name declined by Russian
/// rules (Kazakh names are left as they are), other nominees as named.
pub fn decline_nominee(
    kind: NomineeKind,
    surname: &str,
    given: &str,
    patronymic: &str,
    name: &str,
    gender: Option<Gender>,
) -> DeclinedName {
    if kind != NomineeKind::Person {
        return DeclinedName { nominative: name.to_string(), dative: name.to_string(), genitive: name.to_string(), gender };
    }
    let full = FullName { surname: surname.to_string(), given: given.to_string(), patronymic: patronymic.to_string() };
    let join = |f: &FullName| {
        [&f.surname, &f.given, &f.patronymic].iter().filter(|s| !s.is_empty()).map(|s| s.as_str()).collect::<Vec<_>>().join(" ")
    };
    let gender = gender.or_else(|| declension::guess_gender(&full));
    let case = |c: Case| match gender {
        Some(g) => join(&declension::decline(&full, g, c)),
        None => join(&full),
    };
    DeclinedName { nominative: join(&full), dative: case(Case::Dative), genitive: case(Case::Genitive), gender }
}

/// FNV-1a, 32 bits: stable across builds and platforms, enough to catch a mistyped or
/// made-up certificate code (it is not a signature).
fn fnv1a(text: &str) -> u32 {
    text.bytes().fold(0x811c_9dc5_u32, |h, b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193))
}

/// The code printed in a certificate's QR code: its number and a checksum of what it says.
pub fn certificate_code(number: &str, nominee: &str, issued_on: &str) -> String {
    format!("PDSK:{number}:{:08X}", fnv1a(&format!("{number}|{nominee}|{issued_on}")))
}

const SELECT: &str = "
    SELECT n.id, n.year, n.title_id, t.code, t.builtin, t.name_ru, t.name_kk, t.name_en,
           n.award_kind_id, k.code, k.builtin, k.name_ru, k.name_kk, k.name_en,
           n.nominee_kind, n.surname, n.given_name, n.patronymic, n.gender, n.name, n.name_dative, n.name_genitive,
           n.role, n.partner_id, p.name, n.reason_ru, n.reason_kk, n.reason_en, n.proposed_by, n.order_number,
           n.order_date, n.handed_on, n.notes, c.number, c.issued_on, n.created_at, n.updated_at
    FROM nomination n
    JOIN nomination_title t ON t.id = n.title_id
    JOIN award_kind k ON k.id = n.award_kind_id
    LEFT JOIN partner p ON p.id = n.partner_id
    LEFT JOIN certificate c ON c.nomination_id = n.id";

fn localized(r: &Row, at: usize) -> rusqlite::Result<LocalizedName> {
    Ok(LocalizedName { ru: r.get(at)?, kk: r.get(at + 1)?, en: r.get(at + 2)? })
}

fn nomination(r: &Row) -> rusqlite::Result<Nomination> {
    let title = names(r.get(4)?, "nomination-title", &r.get::<_, String>(3)?, localized(r, 5)?);
    let award_kind = names(r.get(10)?, "award-kind", &r.get::<_, String>(9)?, localized(r, 11)?);
    let nominee_kind = kind_of(&r.get::<_, String>(14)?);
    let (surname, given, patronymic): (String, String, String) = (r.get(15)?, r.get(16)?, r.get(17)?);
    let gender = gender_of(r.get(18)?);
    let name: String = r.get(19)?;
    let (dative_hand, genitive_hand): (String, String) = (r.get(20)?, r.get(21)?);
    let d = decline_nominee(nominee_kind, &surname, &given, &patronymic, &name, gender);
    let order_number: String = r.get(29)?;
    let handed_on: Option<String> = r.get(31)?;
    let certificate_number: Option<String> = r.get(33)?;
    let status = if handed_on.is_some() {
        NominationStatus::Handed
    } else if certificate_number.is_some() {
        NominationStatus::Printed
    } else if !order_number.is_empty() {
        NominationStatus::Approved
    } else {
        NominationStatus::Proposed
    };
    Ok(Nomination {
        id: r.get(0)?,
        year: r.get(1)?,
        title_id: r.get(2)?,
        title,
        award_kind_id: r.get(8)?,
        award_kind,
        nominee_kind,
        nominative: d.nominative,
        dative: if dative_hand.is_empty() { d.dative } else { dative_hand.clone() },
        genitive: if genitive_hand.is_empty() { d.genitive } else { genitive_hand.clone() },
        dative_by_hand: !dative_hand.is_empty(),
        genitive_by_hand: !genitive_hand.is_empty(),
        surname,
        given_name: given,
        patronymic,
        gender,
        name,
        role: role_of(&r.get::<_, String>(22)?),
        partner_id: r.get(23)?,
        partner_name: r.get(24)?,
        reason: localized(r, 25)?,
        proposed_by: r.get(28)?,
        order_number,
        order_date: r.get(30)?,
        handed_on,
        notes: r.get(32)?,
        status,
        certificate_number,
        issued_on: r.get(34)?,
        created_at: r.get(35)?,
        updated_at: r.get(36)?,
    })
}

/// A nomination input checked as the form is: lengths, control characters, a person's
/// surname and given name, another nominee's name.
pub fn check_nomination(i: &NominationInput) -> Result<NominationInput> {
    if !(1900..=2199).contains(&i.year) {
        return Err(Error::OutOfRange { field: Field::Year, min: 1900, max: 2199 });
    }
    let part = |s: &str, f: Field| validate::single_line(s, f, NAME_PART_MAX, None);
    let i = NominationInput {
        year: i.year,
        title_id: i.title_id,
        award_kind_id: i.award_kind_id,
        nominee_kind: i.nominee_kind,
        surname: part(&i.surname, Field::Surname)?,
        given_name: part(&i.given_name, Field::GivenName)?,
        patronymic: part(&i.patronymic, Field::Patronymic)?,
        gender: i.gender,
        name: validate::single_line(&i.name, Field::Name, validate::NAME_MAX, None)?,
        name_dative: validate::single_line(&i.name_dative, Field::NameDative, validate::NAME_MAX, None)?,
        name_genitive: validate::single_line(&i.name_genitive, Field::NameGenitive, validate::NAME_MAX, None)?,
        role: i.role,
        partner_id: i.partner_id,
        reason: LocalizedName {
            ru: validate::multi_line(&i.reason.ru, Field::Reason, 1000)?,
            kk: validate::multi_line(&i.reason.kk, Field::Reason, 1000)?,
            en: validate::multi_line(&i.reason.en, Field::Reason, 1000)?,
        },
        proposed_by: validate::single_line(&i.proposed_by, Field::ProposedBy, 200, None)?,
        notes: validate::multi_line(&i.notes, Field::Notes, validate::NOTES_MAX)?,
    };
    match i.nominee_kind {
        NomineeKind::Person if i.surname.is_empty() => Err(Error::Required { field: Field::Surname }),
        NomineeKind::Person if i.given_name.is_empty() => Err(Error::Required { field: Field::GivenName }),
        NomineeKind::Person => Ok(i),
        _ if i.name.is_empty() => Err(Error::Required { field: Field::Name }),
        _ => Ok(i),
    }
}

impl Store {
    pub fn award_catalogs(&self) -> Result<AwardCatalogs> {
        let kinds = self
            .conn
            .prepare_cached("SELECT id, code, builtin, name_ru, name_kk, name_en, prints FROM award_kind ORDER BY position, id")?
            .query_map([], |r| {
                let code: String = r.get(1)?;
                let builtin: bool = r.get(2)?;
                Ok(AwardKind { id: r.get(0)?, name: names(builtin, "award-kind", &code, localized(r, 3)?), code, builtin, prints: r.get(6)? })
            })?
            .collect::<rusqlite::Result<_>>()?;
        let titles = self
            .conn
            .prepare_cached("SELECT id, code, builtin, name_ru, name_kk, name_en, award_kind_id FROM nomination_title ORDER BY position, id")?
            .query_map([], |r| {
                let code: String = r.get(1)?;
                let builtin: bool = r.get(2)?;
                Ok(NominationTitle {
                    id: r.get(0)?,
                    name: names(builtin, "nomination-title", &code, localized(r, 3)?),
                    code,
                    builtin,
                    award_kind_id: r.get(6)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(AwardCatalogs { kinds, titles })
    }

    /// Adds the user's own nomination title (names in any languages, the first filled in
    /// standing for the others) with the award it brings.
    pub fn add_nomination_title(&self, name: &LocalizedName, award_kind_id: i64) -> Result<NominationTitle> {
        let [ru, kk, en] = super::catalog::entry_names([&name.ru, &name.kk, &name.en])?;
        let tx = self.write_tx()?;
        self.award_kind(award_kind_id)?;
        let next: i64 = tx.query_row("SELECT COALESCE(MAX(id), 0) + 1 FROM nomination_title", [], |r| r.get(0))?;
        tx.execute(
            "INSERT INTO nomination_title (code, builtin, name_ru, name_kk, name_en, award_kind_id, position)
             VALUES (?1, 0, ?2, ?3, ?4, ?5, (SELECT COALESCE(MAX(position), 0) + 1 FROM nomination_title))",
            params![format!("custom-{next}"), ru, kk, en, award_kind_id],
        )?;
        let id = tx.last_insert_rowid();
        tx.commit()?;
        self.award_catalogs()?.titles.into_iter().find(|t| t.id == id).ok_or(Error::NotFound { entity: "nomination-title", id: id.to_string() })
    }

    /// Adds the user's own kind of award; `prints` says whether it has a printed certificate.
    pub fn add_award_kind(&self, name: &LocalizedName, prints: bool) -> Result<AwardKind> {
        let [ru, kk, en] = super::catalog::entry_names([&name.ru, &name.kk, &name.en])?;
        let tx = self.write_tx()?;
        let next: i64 = tx.query_row("SELECT COALESCE(MAX(id), 0) + 1 FROM award_kind", [], |r| r.get(0))?;
        tx.execute(
            "INSERT INTO award_kind (code, builtin, name_ru, name_kk, name_en, prints, position)
             VALUES (?1, 0, ?2, ?3, ?4, ?5, (SELECT COALESCE(MAX(position), 0) + 1 FROM award_kind))",
            params![format!("custom-{next}"), ru, kk, en, prints],
        )?;
        let id = tx.last_insert_rowid();
        tx.commit()?;
        self.award_kind(id)
    }

    fn award_kind(&self, id: i64) -> Result<AwardKind> {
        self.award_catalogs()?.kinds.into_iter().find(|k| k.id == id).ok_or(Error::NotFound { entity: "award-kind", id: id.to_string() })
    }

    /// The nominations of `year` whose certificates a batch prints: approved ones, and printed
    /// ones again (a reprint keeps its number). Kinds of award that print nothing are left to
    /// the printing itself, which skips them.
    pub fn printable_nominations(&self, year: i32) -> Result<Vec<i64>> {
        Ok(self
            .nominations(&NominationQuery { year: Some(year), ..Default::default() })?
            .into_iter()
            .filter(|n| matches!(n.status, NominationStatus::Approved | NominationStatus::Printed))
            .map(|n| n.id)
            .collect())
    }

    pub fn nomination(&self, id: i64) -> Result<Nomination> {
        self.conn
            .query_row(&format!("{SELECT} WHERE n.id = ?1 AND n.deleted_at IS NULL"), [id], nomination)
            .optional()?
            .ok_or(Error::NotFound { entity: "nomination", id: id.to_string() })
    }

    /// Nominations by year, then title, then name.
    pub fn nominations(&self, q: &NominationQuery) -> Result<Vec<Nomination>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "{SELECT} WHERE n.deleted_at IS NULL AND (?1 IS NULL OR n.year = ?1) AND (?2 IS NULL OR n.title_id = ?2)
               AND (?3 IS NULL OR n.award_kind_id = ?3)
             ORDER BY n.year DESC, t.position, n.surname, n.name, n.given_name, n.id"
        ))?;
        let all = stmt.query_map(params![q.year, q.title_id, q.award_kind_id], nomination)?;
        let mut out = Vec::new();
        for n in all {
            let n = n?;
            if q.status.is_none_or(|s| s == n.status) {
                out.push(n);
            }
        }
        Ok(out)
    }

    fn check_nomination_links(&self, i: &NominationInput) -> Result<i64> {
        let title_kind: i64 = self
            .conn
            .query_row("SELECT award_kind_id FROM nomination_title WHERE id = ?1", [i.title_id], |r| r.get(0))
            .optional()?
            .ok_or(Error::NotFound { entity: "nomination-title", id: i.title_id.to_string() })?;
        let kind = i.award_kind_id.unwrap_or(title_kind);
        self.award_kind(kind)?;
        if let Some(p) = i.partner_id {
            self.partner(p)?;
        }
        Ok(kind)
    }

    pub fn create_nomination(&self, input: &NominationInput) -> Result<Nomination> {
        let i = check_nomination(input)?;
        let tx = self.write_tx()?;
        let kind = self.check_nomination_links(&i)?;
        let ts = now();
        tx.execute(
            "INSERT INTO nomination (year, title_id, award_kind_id, nominee_kind, surname, given_name, patronymic, gender,
                 name, name_dative, name_genitive, role, partner_id, reason_ru, reason_kk, reason_en, proposed_by, notes,
                 created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?19)",
            params![
                i.year, i.title_id, kind, kind_code(i.nominee_kind), i.surname, i.given_name, i.patronymic,
                gender_code(i.gender), i.name, i.name_dative, i.name_genitive, role_code(i.role), i.partner_id,
                i.reason.ru, i.reason.kk, i.reason.en, i.proposed_by, i.notes, ts
            ],
        )?;
        let id = tx.last_insert_rowid();
        tx.commit()?;
        self.nomination(id)
    }

    /// Saves a nomination. Once its certificate is printed, the number stays; a reprint shows
    /// the corrected text under the same number.
    pub fn update_nomination(&self, id: i64, input: &NominationInput) -> Result<Nomination> {
        let i = check_nomination(input)?;
        let tx = self.write_tx()?;
        self.nomination(id)?;
        let kind = self.check_nomination_links(&i)?;
        tx.execute(
            "UPDATE nomination SET year = ?2, title_id = ?3, award_kind_id = ?4, nominee_kind = ?5, surname = ?6,
                 given_name = ?7, patronymic = ?8, gender = ?9, name = ?10, name_dative = ?11, name_genitive = ?12,
                 role = ?13, partner_id = ?14, reason_ru = ?15, reason_kk = ?16, reason_en = ?17, proposed_by = ?18,
                 notes = ?19, updated_at = ?20
             WHERE id = ?1",
            params![
                id, i.year, i.title_id, kind, kind_code(i.nominee_kind), i.surname, i.given_name, i.patronymic,
                gender_code(i.gender), i.name, i.name_dative, i.name_genitive, role_code(i.role), i.partner_id,
                i.reason.ru, i.reason.kk, i.reason.en, i.proposed_by, i.notes, now()
            ],
        )?;
        tx.commit()?;
        self.nomination(id)
    }

    /// Puts a nomination in the trash, unless its certificate is in the register.
    pub fn delete_nomination(&self, id: i64) -> Result<()> {
        let tx = self.write_tx()?;
        let n = self.nomination(id)?;
        if let Some(number) = n.certificate_number {
            return Err(Error::AlreadyRegistered(number));
        }
        tx.execute("UPDATE nomination SET deleted_at = ?2 WHERE id = ?1", params![id, now()])?;
        tx.commit()
    }

    /// Approves nominations by the director's order («№ 45», its date); those printed keep
    /// their order. Returns how many were approved.
    pub fn approve_nominations(&self, ids: &[i64], order_number: &str, order_date: &str) -> Result<usize> {
        let number = validate::single_line(order_number, Field::ApprovalOrder, 100, None)?;
        if number.is_empty() {
            return Err(Error::Required { field: Field::ApprovalOrder });
        }
        let date = validate::date(order_date, Field::ApprovedOn)?;
        let tx = self.write_tx()?;
        let mut n = 0;
        for id in ids {
            let current = self.nomination(*id)?;
            if matches!(current.status, NominationStatus::Proposed | NominationStatus::Approved) {
                n += tx.execute(
                    "UPDATE nomination SET order_number = ?2, order_date = ?3, updated_at = ?4 WHERE id = ?1",
                    params![id, number, date.to_string(), now()],
                )?;
            }
        }
        tx.commit()?;
        Ok(n)
    }

    /// Records that the award was handed over on `on`.
    pub fn hand_over(&self, id: i64, on: &str) -> Result<Nomination> {
        let date = validate::date(on, Field::HeldOn)?;
        let tx = self.write_tx()?;
        let n = self.nomination(id)?;
        if n.certificate_number.is_none() {
            return Err(Error::NotApproved);
        }
        tx.execute("UPDATE nomination SET handed_on = ?2, updated_at = ?3 WHERE id = ?1", params![id, date.to_string(), now()])?;
        tx.commit()?;
        self.nomination(id)
    }

    /// The certificate of an approved nomination: its register entry, made now with the next
    /// number of `issued_on`'s year (inside the caller's transaction), or the one it has.
    pub fn issue_certificate(&self, id: i64, issued_on: NaiveDate) -> Result<CertificateEntry> {
        let tx = self.write_tx()?;
        let n = self.nomination(id)?;
        if n.certificate_number.is_none() {
            if n.status == NominationStatus::Proposed {
                return Err(Error::NotApproved);
            }
            let year = issued_on.year();
            let pattern: String =
                tx.query_row("SELECT certificate_number_pattern FROM organisation WHERE id = 1", [], |r| r.get(0))?;
            let seq: i64 = tx.query_row("SELECT COALESCE(MAX(seq), 0) + 1 FROM certificate WHERE year = ?1", [year], |r| r.get(0))?;
            let number = super::agreements::format_number(&pattern, seq, year);
            tx.execute(
                "INSERT INTO certificate (nomination_id, year, seq, number, issued_on, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![id, year, seq, number, issued_on.to_string(), now()],
            )?;
        }
        tx.commit()?;
        self.certificate_entry(id)
    }

    fn certificate_entry(&self, nomination_id: i64) -> Result<CertificateEntry> {
        let n = self.nomination(nomination_id)?;
        let (Some(number), Some(issued_on)) = (n.certificate_number.clone(), n.issued_on.clone()) else {
            return Err(Error::NotFound { entity: "certificate", id: nomination_id.to_string() });
        };
        Ok(CertificateEntry {
            code: certificate_code(&number, &n.nominative, &issued_on),
            number,
            nomination_id,
            nominee: n.nominative,
            title: n.title,
            award_kind: n.award_kind,
            order_number: n.order_number,
            order_date: n.order_date,
            issued_on,
        })
    }

    /// The journal of issued certificates, by year and number.
    pub fn certificate_register(&self, year: Option<i32>) -> Result<Vec<CertificateEntry>> {
        let ids: Vec<i64> = self
            .conn
            .prepare_cached("SELECT nomination_id FROM certificate WHERE (?1 IS NULL OR year = ?1) ORDER BY year, seq")?
            .query_map([year], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        ids.into_iter().map(|id| self.certificate_entry(id)).collect()
    }

    /// Looks a certificate up by its number or by the code of its QR code, and checks the
    /// code's checksum against what the register says.
    pub fn check_certificate(&self, text: &str) -> Result<CertificateCheck> {
        let t = text.trim();
        let (number, code_given) = match t.strip_prefix("PDSK:").and_then(|rest| rest.rsplit_once(':')) {
            Some((number, _)) => (number.to_string(), true),
            None => (t.trim_start_matches('№').trim().to_string(), false),
        };
        let id: Option<i64> = self
            .conn
            .query_row("SELECT nomination_id FROM certificate WHERE number = ?1", [&number], |r| r.get(0))
            .optional()?;
        let Some(id) = id else {
            return Ok(CertificateCheck { verdict: CheckVerdict::NotFound, found: false, checksum_ok: false, entry: None });
        };
        let entry = self.certificate_entry(id)?;
        let checksum_ok = code_given && entry.code == t;
        let verdict = match (code_given, checksum_ok) {
            (_, true) => CheckVerdict::Genuine,
            (true, false) => CheckVerdict::Mismatch,
            (false, _) => CheckVerdict::NumberOnly,
        };
        Ok(CertificateCheck { verdict, found: true, checksum_ok, entry: Some(entry) })
    }

    /// The declined forms of a name as the form types it, for showing beside the fields.
    pub fn decline(&self, input: &NominationInput) -> DeclinedName {
        decline_nominee(input.nominee_kind, &input.surname, &input.given_name, &input.patronymic, &input.name, input.gender)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_stable_and_sensitive() {
        let a = certificate_code("12/2026", "Иванова Мария Петровна", "2026-12-25");
        assert_eq!(a, certificate_code("12/2026", "Иванова Мария Петровна", "2026-12-25"));
        assert!(a.starts_with("PDSK:12/2026:"));
        assert_ne!(a, certificate_code("12/2026", "Иванова Мария Павловна", "2026-12-25"));
        assert_eq!(fnv1a(""), 0x811c_9dc5);
        assert_eq!(fnv1a("a"), 0xe40c_292c);
    }

    #[test]
    fn nominees_are_declined_by_kind() {
        let d = decline_nominee(NomineeKind::Person, "Иванова", "Мария", "Петровна", "", None);
        assert_eq!((d.dative.as_str(), d.genitive.as_str()), ("Ивановой Марии Петровне", "Ивановой Марии Петровны"));
        assert_eq!(d.gender, Some(Gender::Female));
        let k = decline_nominee(NomineeKind::Person, "Сейтқали", "Айгерім", "Болатқызы", "", None);
        assert_eq!(k.dative, "Сейтқали Айгерім Болатқызы", "Kazakh names stay as they are");
        let f = decline_nominee(NomineeKind::Family, "", "", "", "Семья Нурлановых", None);
        assert_eq!(f.dative, "Семья Нурлановых");
    }
}

/// The settings of a certificate template as stored (JSON in `certificate_template.settings`).
#[derive(serde::Serialize, serde::Deserialize)]
struct TemplateSettings {
    title: String,
    lead: String,
    name_case: Case,
    closing: String,
    border: crate::model::award::BorderStyle,
    primary: String,
    accent: String,
    landscape: bool,
    show_logo: bool,
    show_signature: bool,
    show_stamp: bool,
}

/// A colour as «#RRGGBB».
fn check_colour(s: &str) -> Result<String> {
    let t = s.trim();
    let ok = t.len() == 7 && t.starts_with('#') && t[1..].chars().all(|c| c.is_ascii_hexdigit());
    if ok {
        Ok(t.to_ascii_uppercase())
    } else {
        Err(Error::ColourInvalid(t.chars().take(20).collect()))
    }
}

/// The template a kind of award has until the user edits it: the words from the locales
/// (`certificate-<kind>-title|lead|closing`) and a look of its own.
pub fn default_template(kind: &AwardKind, lang: Lang) -> CertificateTemplate {
    use crate::model::award::BorderStyle;
    let code = if kind.builtin { kind.code.as_str() } else { "gramota" };
    let words = |part: &str| {
        let id = format!("certificate-{code}-{part}");
        if i18n::has_message(lang, &id) { i18n::message(lang, &id) } else { String::new() }
    };
    let (border, primary, accent) = match code {
        "thanks" => (BorderStyle::Laurel, "#1F3A68", "#B8862B"),
        "diploma" => (BorderStyle::Classic, "#1E5631", "#B8862B"),
        "prize" => (BorderStyle::Simple, "#3A3A3A", "#B8862B"),
        _ => (BorderStyle::Ornament, "#8B1E2D", "#B8862B"),
    };
    CertificateTemplate {
        award_kind_id: kind.id,
        lang,
        title: if kind.builtin { words("title") } else { kind.name.get(lang).to_uppercase() },
        lead: words("lead"),
        // Russian thanks go to someone: «выражает благодарность Ивановой Марии Петровне».
        name_case: if code == "thanks" && lang == Lang::Ru { Case::Dative } else { Case::Nominative },
        closing: words("closing"),
        border,
        primary: primary.into(),
        accent: accent.into(),
        landscape: code == "thanks",
        show_logo: true,
        show_signature: true,
        show_stamp: true,
        has_background: false,
        edited: false,
    }
}

impl Store {
    /// The certificate template of a kind of award in a language (its defaults until edited).
    pub fn certificate_template(&self, award_kind_id: i64, lang: Lang) -> Result<CertificateTemplate> {
        let kind = self.award_kind(award_kind_id)?;
        let row: Option<(String, bool)> = self
            .conn
            .query_row(
                "SELECT settings, background IS NOT NULL FROM certificate_template WHERE award_kind_id = ?1 AND lang = ?2",
                params![award_kind_id, lang.code()],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        let Some((json, has_background)) = row else { return Ok(default_template(&kind, lang)) };
        let s: TemplateSettings = serde_json::from_str(&json).map_err(|_| Error::DatabaseCorrupt)?;
        Ok(CertificateTemplate {
            award_kind_id,
            lang,
            title: s.title,
            lead: s.lead,
            name_case: s.name_case,
            closing: s.closing,
            border: s.border,
            primary: s.primary,
            accent: s.accent,
            landscape: s.landscape,
            show_logo: s.show_logo,
            show_signature: s.show_signature,
            show_stamp: s.show_stamp,
            has_background,
            edited: true,
        })
    }

    /// Saves a template (its background picture is set on its own).
    pub fn save_certificate_template(&self, t: &CertificateTemplate) -> Result<CertificateTemplate> {
        self.award_kind(t.award_kind_id)?;
        let text = |s: &str, max: usize| validate::multi_line(s, Field::Title, max);
        let settings = TemplateSettings {
            title: text(&t.title, 100)?,
            lead: text(&t.lead, 500)?,
            name_case: t.name_case,
            closing: text(&t.closing, 500)?,
            border: t.border,
            primary: check_colour(&t.primary)?,
            accent: check_colour(&t.accent)?,
            landscape: t.landscape,
            show_logo: t.show_logo,
            show_signature: t.show_signature,
            show_stamp: t.show_stamp,
        };
        let tx = self.write_tx()?;
        tx.execute(
            "INSERT INTO certificate_template (award_kind_id, lang, settings) VALUES (?1, ?2, ?3)
             ON CONFLICT (award_kind_id, lang) DO UPDATE SET settings = excluded.settings",
            params![t.award_kind_id, t.lang.code(), serde_json::to_string(&settings).expect("settings serialize")],
        )?;
        tx.commit()?;
        self.certificate_template(t.award_kind_id, t.lang)
    }

    /// Back to the defaults (the background picture goes too).
    pub fn reset_certificate_template(&self, award_kind_id: i64, lang: Lang) -> Result<CertificateTemplate> {
        let tx = self.write_tx()?;
        tx.execute("DELETE FROM certificate_template WHERE award_kind_id = ?1 AND lang = ?2", params![award_kind_id, lang.code()])?;
        tx.commit()?;
        self.certificate_template(award_kind_id, lang)
    }

    /// Sets (or with `None` removes) the picture drawn under a template's page.
    pub fn set_template_background(&self, award_kind_id: i64, lang: Lang, bytes: Option<&[u8]>) -> Result<CertificateTemplate> {
        if let Some(b) = bytes {
            validate::image(b, super::organisation::IMAGE_MAX_BYTES)?;
        }
        let current = self.certificate_template(award_kind_id, lang)?;
        if !current.edited {
            self.save_certificate_template(&current)?;
        }
        let tx = self.write_tx()?;
        tx.execute(
            "UPDATE certificate_template SET background = ?3 WHERE award_kind_id = ?1 AND lang = ?2",
            params![award_kind_id, lang.code(), bytes],
        )?;
        tx.commit()?;
        self.certificate_template(award_kind_id, lang)
    }

    pub fn template_background(&self, award_kind_id: i64, lang: Lang) -> Result<Option<Vec<u8>>> {
        Ok(self
            .conn
            .query_row(
                "SELECT background FROM certificate_template WHERE award_kind_id = ?1 AND lang = ?2",
                params![award_kind_id, lang.code()],
                |r| r.get(0),
            )
            .optional()?
            .flatten())
    }
}
