//! Cooperation agreements: drafts, the gap-free register, renewal, termination, scans.
//! A register number is assigned inside the transaction that registers the agreement and is
//! never reused: agreements are never deleted, and (year, number) is unique.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::{Datelike, NaiveDate};
use rusqlite::{params, OptionalExtension, Row};

use super::{now, Store};
use crate::error::{Error, Field, Result};
use crate::model::{
    Agreement, AgreementInput, AgreementQuery, AgreementStatus, DocLang, Lang, LocalizedName,
};
use crate::validate;

/// Days before the end date from which an agreement counts as expiring.
pub const EXPIRING_DAYS: i64 = 30;

const SELECT: &str = "
    SELECT a.id, a.partner_id, p.name, a.register_number, a.partner_number, a.title, a.language,
           a.signed_on, a.valid_from, a.valid_to,
           a.partner_position_ru, a.partner_position_kk, a.partner_position_en,
           a.partner_head_ru, a.partner_head_kk, a.partner_head_en,
           a.partner_in_person_ru, a.partner_in_person_kk, a.partner_in_person_en,
           a.terminated_on, a.renews_id, (SELECT n.id FROM agreement n WHERE n.renews_id = a.id),
           a.scan_file IS NOT NULL, a.notes, a.created_at, a.updated_at,
           EXISTS (SELECT 1 FROM agreement n WHERE n.renews_id = a.id AND n.register_number IS NOT NULL)
    FROM agreement a JOIN partner p ON p.id = a.partner_id";

/// The status of an agreement on `today`. It counts as terminated from its termination date
/// on, and as renewed once the agreement for the next term is registered (a draft of the next
/// term leaves it active, and expiring, so that the coordinator is still warned).
pub fn status_on(
    registered: bool,
    valid_to: NaiveDate,
    terminated_on: Option<NaiveDate>,
    renewed: bool,
    today: NaiveDate,
) -> AgreementStatus {
    if terminated_on.is_some_and(|t| t <= today) {
        AgreementStatus::Terminated
    } else if renewed {
        AgreementStatus::Renewed
    } else if !registered {
        AgreementStatus::Draft
    } else if valid_to < today {
        AgreementStatus::Expired
    } else if (valid_to - today).num_days() <= EXPIRING_DAYS {
        AgreementStatus::Expiring
    } else {
        AgreementStatus::Active
    }
}

/// Our number joined with the partner's by a slash, as printed.
pub fn printed_number(register_number: Option<&str>, partner_number: &str) -> String {
    match (register_number.unwrap_or(""), partner_number) {
        (ours, "") => ours.to_string(),
        ("", theirs) => theirs.to_string(),
        (ours, theirs) => format!("{ours} / {theirs}"),
    }
}

/// How register number `n` of this year looks with `pattern`: the profile form shows it as the
/// pattern is typed.
pub fn number_example(pattern: &str, n: i64, today: NaiveDate) -> String {
    use chrono::Datelike;
    format_number(pattern, n, today.year())
}

/// A register number from the profile's pattern: `{n}`, `{yyyy}`, `{yy}`.
pub fn format_number(pattern: &str, n: i64, year: i32) -> String {
    pattern
        .replace("{yyyy}", &format!("{year:04}"))
        .replace("{yy}", &format!("{:02}", year.rem_euclid(100)))
        .replace("{n}", &n.to_string())
}

fn names(r: &Row, at: usize) -> rusqlite::Result<LocalizedName> {
    Ok(LocalizedName { ru: r.get(at)?, kk: r.get(at + 1)?, en: r.get(at + 2)? })
}

fn agreement(r: &Row, today: NaiveDate) -> rusqlite::Result<Agreement> {
    let register_number: Option<String> = r.get(3)?;
    let partner_number: String = r.get(4)?;
    let valid_to: String = r.get(9)?;
    let terminated_on: Option<String> = r.get(19)?;
    let renewed_by_id: Option<i64> = r.get(21)?;
    let end = NaiveDate::parse_from_str(&valid_to, "%Y-%m-%d").unwrap_or(NaiveDate::MAX);
    let ended_on = terminated_on.as_deref().and_then(|t| NaiveDate::parse_from_str(t, "%Y-%m-%d").ok());
    let renewal_registered: bool = r.get(26)?;
    let language: String = r.get(6)?;
    Ok(Agreement {
        id: r.get(0)?,
        partner_id: r.get(1)?,
        partner_name: r.get(2)?,
        number: printed_number(register_number.as_deref(), &partner_number),
        status: status_on(register_number.is_some(), end, ended_on, renewal_registered, today),
        days_left: (end != NaiveDate::MAX).then(|| (end - today).num_days()),
        register_number,
        partner_number,
        title: r.get(5)?,
        language: DocLang::parse(&language).unwrap_or_default(),
        signed_on: r.get(7)?,
        valid_from: r.get(8)?,
        valid_to,
        partner_position: names(r, 10)?,
        partner_head: names(r, 13)?,
        partner_in_person: names(r, 16)?,
        terminated_on,
        renews_id: r.get(20)?,
        renewed_by_id,
        has_scan: r.get(22)?,
        notes: r.get(23)?,
        created_at: r.get(24)?,
        updated_at: r.get(25)?,
    })
}

fn checked_names(n: &LocalizedName, field: Field, max: usize) -> Result<LocalizedName> {
    Ok(LocalizedName {
        ru: validate::single_line(&n.ru, field, max, None)?,
        kk: validate::single_line(&n.kk, field, max, None)?,
        en: validate::single_line(&n.en, field, max, None)?,
    })
}

/// An agreement input checked: dates parse and are in order, texts within limits.
fn check(input: &AgreementInput) -> Result<AgreementInput> {
    let valid_from = validate::date(&input.valid_from, Field::ValidFrom)?;
    let valid_to = validate::date(&input.valid_to, Field::ValidTo)?;
    if valid_to < valid_from {
        return Err(Error::DateOrder);
    }
    let signed_on = validate::optional_date(input.signed_on.as_deref(), Field::SignedOn)?;
    Ok(AgreementInput {
            partner_id: input.partner_id,
            partner_number: validate::single_line(&input.partner_number, Field::PartnerNumber, 40, None)?,
            title: validate::single_line(&input.title, Field::Title, 300, None)?,
            language: input.language,
            signed_on: signed_on.map(|d| d.to_string()),
            valid_from: valid_from.to_string(),
            valid_to: valid_to.to_string(),
            partner_position: checked_names(&input.partner_position, Field::PartnerPosition, 200)?,
            partner_head: checked_names(&input.partner_head, Field::PartnerHead, 200)?,
            partner_in_person: checked_names(&input.partner_in_person, Field::PartnerInPerson, 300)?,
            notes: validate::multi_line(&input.notes, Field::Notes, validate::NOTES_MAX)?,
    })
}

impl Store {
    pub fn agreement(&self, id: i64, today: NaiveDate) -> Result<Agreement> {
        self.conn
            .query_row(&format!("{SELECT} WHERE a.id = ?1"), [id], |r| agreement(r, today))
            .optional()?
            .ok_or(Error::NotFound { entity: "agreement", id: id.to_string() })
    }

    /// Agreements, newest term first, filtered by partner, register year and status on `today`.
    pub fn agreements(&self, q: &AgreementQuery, today: NaiveDate) -> Result<Vec<Agreement>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "{SELECT} WHERE (?1 IS NULL OR a.partner_id = ?1)
               AND (?2 IS NULL OR COALESCE(a.register_year, CAST(substr(a.valid_from, 1, 4) AS INTEGER)) = ?2)
             ORDER BY a.valid_to DESC, a.register_year DESC, a.register_seq DESC, a.id DESC"
        ))?;
        let rows = stmt.query_map(params![q.partner_id, q.year], |r| agreement(r, today))?;
        let mut out = Vec::new();
        for a in rows {
            let a = a?;
            if q.status.is_none_or(|s| s == a.status) {
                out.push(a);
            }
        }
        Ok(out)
    }

    fn check_partner(&self, id: i64) -> Result<()> {
        let ok: bool =
            self.conn.query_row("SELECT EXISTS (SELECT 1 FROM partner WHERE id = ?1)", [id], |r| r.get(0))?;
        if ok {
            Ok(())
        } else {
            Err(Error::NotFound { entity: "partner", id: id.to_string() })
        }
    }

    /// A new draft agreement (not yet in the register).
    pub fn create_agreement(&self, input: &AgreementInput, today: NaiveDate) -> Result<Agreement> {
        let i = &check(input)?;
        self.check_partner(i.partner_id)?;
        let ts = now();
        let tx = self.write_tx()?;
        tx.execute(
            "INSERT INTO agreement (partner_id, partner_number, title, language, signed_on, valid_from, valid_to,
                 partner_position_ru, partner_position_kk, partner_position_en,
                 partner_head_ru, partner_head_kk, partner_head_en,
                 partner_in_person_ru, partner_in_person_kk, partner_in_person_en,
                 notes, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?18)",
            params![
                i.partner_id, i.partner_number, i.title, i.language.code(), i.signed_on, i.valid_from, i.valid_to,
                i.partner_position.ru, i.partner_position.kk, i.partner_position.en,
                i.partner_head.ru, i.partner_head.kk, i.partner_head.en,
                i.partner_in_person.ru, i.partner_in_person.kk, i.partner_in_person.en,
                i.notes, ts
            ],
        )?;
        let id = tx.last_insert_rowid();
        tx.commit()?;
        self.agreement(id, today)
    }

    pub fn update_agreement(&self, id: i64, input: &AgreementInput, today: NaiveDate) -> Result<Agreement> {
        let i = &check(input)?;
        self.check_partner(i.partner_id)?;
        let tx = self.write_tx()?;
        let current = self.agreement(id, today)?;
        if current.terminated_on.is_some() {
            return Err(Error::AgreementTerminated);
        }
        // A registered agreement keeps its partner and the year its number belongs to.
        if let Some(number) = &current.register_number {
            let year = |d: &Option<String>| d.as_deref().map(|s| s.get(..4).unwrap_or("").to_string());
            let moved_year = year(&current.signed_on).is_some() && year(&current.signed_on) != year(&i.signed_on);
            if i.partner_id != current.partner_id || moved_year {
                return Err(Error::AlreadyRegistered(number.clone()));
            }
        }
        self.conn.execute(
            "UPDATE agreement SET partner_id = ?2, partner_number = ?3, title = ?4, language = ?5, signed_on = ?6,
                 valid_from = ?7, valid_to = ?8,
                 partner_position_ru = ?9, partner_position_kk = ?10, partner_position_en = ?11,
                 partner_head_ru = ?12, partner_head_kk = ?13, partner_head_en = ?14,
                 partner_in_person_ru = ?15, partner_in_person_kk = ?16, partner_in_person_en = ?17,
                 notes = ?18, updated_at = ?19
             WHERE id = ?1",
            params![
                id, i.partner_id, i.partner_number, i.title, i.language.code(), i.signed_on, i.valid_from, i.valid_to,
                i.partner_position.ru, i.partner_position.kk, i.partner_position.en,
                i.partner_head.ru, i.partner_head.kk, i.partner_head.en,
                i.partner_in_person.ru, i.partner_in_person.kk, i.partner_in_person.en,
                i.notes, now()
            ],
        )?;
        tx.commit()?;
        self.agreement(id, today)
    }

    /// Enters the agreement in the register: the next number of its year (the signing year, or
    /// this year), from the profile's pattern and start number, in this one transaction.
    pub fn register_agreement(&self, id: i64, today: NaiveDate) -> Result<Agreement> {
        let tx = self.write_tx()?;
        let (number, signed_on, terminated): (Option<String>, Option<String>, bool) = tx
            .query_row(
                "SELECT register_number, signed_on, terminated_on IS NOT NULL FROM agreement WHERE id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?
            .ok_or(Error::NotFound { entity: "agreement", id: id.to_string() })?;
        if let Some(n) = number {
            return Err(Error::AlreadyRegistered(n));
        }
        if terminated {
            return Err(Error::AgreementTerminated);
        }
        let year = validate::optional_date(signed_on.as_deref(), Field::SignedOn)?.unwrap_or(today).year();
        let (pattern, start): (String, i64) = tx.query_row(
            "SELECT agreement_number_pattern, agreement_start_number FROM organisation WHERE id = 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        let last: Option<i64> =
            tx.query_row("SELECT MAX(register_seq) FROM agreement WHERE register_year = ?1", [year], |r| r.get(0))?;
        let seq = last.map_or(start, |l| l + 1);
        let ts = now();
        tx.execute(
            "UPDATE agreement SET register_year = ?2, register_seq = ?3, register_number = ?4,
                    registered_at = ?5, updated_at = ?5
             WHERE id = ?1",
            params![id, year, seq, format_number(&pattern, seq, year), ts],
        )?;
        tx.commit()?;
        self.agreement(id, today)
    }

    /// Ends an agreement early, on a date within its term (it counts as terminated from then).
    pub fn terminate_agreement(&self, id: i64, on: &str, today: NaiveDate) -> Result<Agreement> {
        let on = validate::date(on, Field::TerminatedOn)?;
        let tx = self.write_tx()?;
        let a = self.agreement(id, today)?;
        if a.terminated_on.is_some() {
            return Err(Error::AgreementTerminated);
        }
        if on.to_string() < a.valid_from || on.to_string() > a.valid_to {
            return Err(Error::DateOutsideTerm { field: Field::TerminatedOn });
        }
        tx.execute(
            "UPDATE agreement SET terminated_on = ?2, updated_at = ?3 WHERE id = ?1",
            params![id, on.to_string(), now()],
        )?;
        tx.commit()?;
        self.agreement(id, today)
    }

    /// A new draft agreement for the next term (as long as the old one, starting the day after
    /// it ends), linked to the old one, with its texts and edits copied.
    pub fn renew_agreement(&self, id: i64, today: NaiveDate) -> Result<Agreement> {
        let tx = self.write_tx()?;
        let old = self.agreement(id, today)?;
        if old.renewed_by_id.is_some() {
            return Err(Error::AlreadyRenewed);
        }
        if old.terminated_on.is_some() {
            return Err(Error::AgreementTerminated);
        }
        let from = validate::date(&old.valid_from, Field::ValidFrom)?;
        let to = validate::date(&old.valid_to, Field::ValidTo)?;
        let new_from = to.succ_opt().ok_or(Error::DateOrder)?;
        let new_to = shift_by_term(from, to, new_from).ok_or(Error::DateOrder)?;
        tx.execute(
            "INSERT INTO agreement (partner_id, partner_number, title, language, valid_from, valid_to,
                 partner_position_ru, partner_position_kk, partner_position_en,
                 partner_head_ru, partner_head_kk, partner_head_en,
                 partner_in_person_ru, partner_in_person_kk, partner_in_person_en,
                 clause_overrides, renews_id, created_at, updated_at)
             SELECT partner_id, '', title, language, ?2, ?3,
                 partner_position_ru, partner_position_kk, partner_position_en,
                 partner_head_ru, partner_head_kk, partner_head_en,
                 partner_in_person_ru, partner_in_person_kk, partner_in_person_en,
                 clause_overrides, id, ?4, ?4
             FROM agreement WHERE id = ?1",
            params![id, new_from.to_string(), new_to.to_string(), now()],
        )?;
        let new_id = tx.last_insert_rowid();
        tx.commit()?;
        self.agreement(new_id, today)
    }

    /// The clauses edited for this agreement, by language and template id.
    pub fn clause_overrides(&self, id: i64) -> Result<BTreeMap<Lang, BTreeMap<String, String>>> {
        let json: String = self
            .conn
            .query_row("SELECT clause_overrides FROM agreement WHERE id = ?1", [id], |r| r.get(0))
            .optional()?
            .ok_or(Error::NotFound { entity: "agreement", id: id.to_string() })?;
        // Unreadable edits are reported, never silently replaced (that would lose them all).
        serde_json::from_str(&json).map_err(|_| Error::DatabaseCorrupt)
    }

    /// Edits one clause of an agreement in one language; `None` or an empty text goes back to
    /// the template.
    pub fn set_clause(&self, id: i64, lang: Lang, clause: &str, text: Option<&str>) -> Result<()> {
        if !crate::agreement_text::is_clause(clause) {
            return Err(Error::NotFound { entity: "clause", id: clause.chars().take(60).collect() });
        }
        let tx = self.write_tx()?;
        let terminated: bool = tx
            .query_row("SELECT terminated_on IS NOT NULL FROM agreement WHERE id = ?1", [id], |r| r.get(0))
            .optional()?
            .ok_or(Error::NotFound { entity: "agreement", id: id.to_string() })?;
        if terminated {
            return Err(Error::AgreementTerminated);
        }
        let mut all = self.clause_overrides(id)?;
        let texts = all.entry(lang).or_default();
        match text.map(|t| validate::multi_line(t, Field::Clause, 5000)).transpose()? {
            Some(t) if !t.is_empty() => {
                texts.insert(clause.to_string(), t);
            }
            _ => {
                texts.remove(clause);
            }
        }
        tx.execute(
            "UPDATE agreement SET clause_overrides = ?2, updated_at = ?3 WHERE id = ?1",
            params![id, serde_json::to_string(&all).expect("maps serialize"), now()],
        )?;
        tx.commit()
    }

    /// An agreement by its register number («12/2026»), or by its id.
    pub fn find_agreement(&self, number_or_id: &str, today: NaiveDate) -> Result<Agreement> {
        let key = number_or_id.trim();
        let ids: Vec<i64> = self
            .conn
            .prepare_cached("SELECT id FROM agreement WHERE register_number = ?1")?
            .query_map([key], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        if ids.len() > 1 {
            return Err(Error::AgreementAmbiguous(key.to_string()));
        }
        match (ids.first().copied(), key.parse::<i64>()) {
            (Some(id), _) | (None, Ok(id)) => self.agreement(id, today),
            (None, Err(_)) => Err(Error::NotFound { entity: "agreement", id: key.to_string() }),
        }
    }

    /// The agreement's text in `lang`: the template filled in, with this agreement's edits.
    pub fn agreement_text(&self, id: i64, lang: Lang, today: NaiveDate) -> Result<Vec<crate::model::AgreementSection>> {
        let a = self.agreement(id, today)?;
        Ok(crate::agreement_text::sections(&self.organisation()?, &a, lang, &self.clause_overrides(id)?))
    }

    /// Copies the signed scan (PDF or image) into `attachments/` beside the database and links it.
    pub fn attach_scan(&self, id: i64, source: &Path) -> Result<PathBuf> {
        let ext = source
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .filter(|e| ["pdf", "png", "jpg", "jpeg"].contains(&e.as_str()))
            .ok_or(Error::ScanInvalid)?;
        self.agreement(id, NaiveDate::MIN)?;
        let dir = self.attachments_dir();
        std::fs::create_dir_all(&dir).map_err(|e| Error::file(&dir, e))?;
        // The stored name is ours alone: no part of the user's file name reaches the path.
        let name = format!("agreement-{id}-{}.{ext}", chrono::Utc::now().format("%Y%m%dT%H%M%S%3f"));
        let target = dir.join(&name);
        std::fs::copy(source, &target).map_err(|e| Error::file(source, e))?;
        let tx = self.write_tx()?;
        tx.execute("UPDATE agreement SET scan_file = ?2, updated_at = ?3 WHERE id = ?1", params![id, name, now()])?;
        tx.commit()?;
        Ok(target)
    }

    pub fn scan_path(&self, id: i64) -> Result<Option<PathBuf>> {
        let name: Option<String> = self
            .conn
            .query_row("SELECT scan_file FROM agreement WHERE id = ?1", [id], |r| r.get(0))
            .optional()?
            .ok_or(Error::NotFound { entity: "agreement", id: id.to_string() })?;
        // The name comes from the file, which may have come from elsewhere: only a name of the
        // form the app writes is trusted as a path.
        match name {
            None => Ok(None),
            Some(n) if is_scan_name(&n, id) => Ok(Some(self.attachments_dir().join(n))),
            Some(_) => Err(Error::ScanInvalid),
        }
    }

    /// Where attachments live: `attachments/` beside the database file.
    pub fn attachments_dir(&self) -> PathBuf {
        self.path.parent().unwrap_or(Path::new(".")).join("attachments")
    }
}

/// Whether `name` is a scan file name as `attach_scan` makes them: agreement-<id>-<stamp>.<ext>.
fn is_scan_name(name: &str, id: i64) -> bool {
    let Some(rest) = name.strip_prefix(&format!("agreement-{id}-")) else { return false };
    let Some((stamp, ext)) = rest.rsplit_once('.') else { return false };
    stamp.chars().all(|c| c.is_ascii_digit() || c == 'T') && ["pdf", "png", "jpg", "jpeg"].contains(&ext)
}

/// The end of a term as long as `from..=to`, starting at `start`: whole years and months keep
/// their shape (1 Sep – 31 Aug stays a school year), other terms keep their length in days.
fn shift_by_term(from: NaiveDate, to: NaiveDate, start: NaiveDate) -> Option<NaiveDate> {
    let next_day = to.succ_opt()?;
    if next_day.day() == from.day() {
        let months = (next_day.year() - from.year()) * 12 + next_day.month() as i32 - from.month() as i32;
        if let Some(end) = start.checked_add_months(chrono::Months::new(months.max(1) as u32)) {
            return end.pred_opt();
        }
    }
    start.checked_add_signed(to - from)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn numbers_from_patterns() {
        assert_eq!(format_number("{n}/{yyyy}", 12, 2026), "12/2026");
        assert_eq!(format_number("СП-{n}-{yy}", 3, 2027), "СП-3-27");
        let today = NaiveDate::from_ymd_opt(2027, 3, 1).unwrap();
        assert_eq!(number_example("Д-{n}/{yyyy}", 12, today), "Д-12/2027");
        assert_eq!(printed_number(Some("12/2026"), "45-П"), "12/2026 / 45-П");
        assert_eq!(printed_number(Some("12/2026"), ""), "12/2026");
        assert_eq!(printed_number(None, ""), "");
    }

    #[test]
    fn statuses() {
        let today = d("2026-11-29");
        assert_eq!(status_on(false, d("2027-06-01"), None, false, today), AgreementStatus::Draft);
        assert_eq!(status_on(true, d("2027-06-01"), None, false, today), AgreementStatus::Active);
        assert_eq!(status_on(true, d("2026-12-29"), None, false, today), AgreementStatus::Expiring);
        assert_eq!(status_on(true, d("2026-12-30"), None, false, today), AgreementStatus::Active);
        assert_eq!(status_on(true, d("2026-11-29"), None, false, today), AgreementStatus::Expiring);
        assert_eq!(status_on(true, d("2026-11-28"), None, false, today), AgreementStatus::Expired);
        assert_eq!(status_on(true, d("2027-06-01"), Some(today), false, today), AgreementStatus::Terminated);
        assert_eq!(status_on(true, d("2027-06-01"), Some(d("2027-02-01")), false, today), AgreementStatus::Active, "terminated later");
        assert_eq!(status_on(true, d("2026-01-01"), None, true, today), AgreementStatus::Renewed);
    }

    #[test]
    fn terms_keep_their_shape() {
        assert_eq!(shift_by_term(d("2026-09-01"), d("2027-08-31"), d("2027-09-01")), Some(d("2028-08-31")));
        assert_eq!(shift_by_term(d("2026-01-01"), d("2026-12-31"), d("2027-01-01")), Some(d("2027-12-31")));
        assert_eq!(shift_by_term(d("2026-01-10"), d("2026-01-19"), d("2026-01-20")), Some(d("2026-01-29")));
    }
}
