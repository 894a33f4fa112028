//! Validation of what the user typed, before anything is written. Each rule returns the typed
//! error that names the field; text is trimmed, never silently cut.

use crate::error::{Error, Field, Result};
use crate::model::{ContactInput, PartnerInput};

pub const NAME_MAX: usize = 300;
pub const SHORT_NAME_MAX: usize = 100;
pub const ADDRESS_MAX: usize = 500;
pub const PHONES_MAX: usize = 200;
pub const EMAIL_MAX: usize = 254;
pub const WEBSITE_MAX: usize = 300;
pub const NOTES_MAX: usize = 5000;
pub const CONTACT_TEXT_MAX: usize = 200;

/// A one-line text: trimmed, within `max` characters, with no control characters.
pub fn single_line(s: &str, field: Field, max: usize, index: Option<usize>) -> Result<String> {
    let t = s.trim();
    if t.chars().any(char::is_control) {
        return Err(Error::ControlChars { field, index });
    }
    if t.chars().count() > max {
        return Err(Error::TooLong { field, max, index });
    }
    Ok(t.to_string())
}

/// A multi-line text: like `single_line`, but line breaks and tabs are allowed.
pub fn multi_line(s: &str, field: Field, max: usize) -> Result<String> {
    let t = s.trim();
    if t.chars().any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t')) {
        return Err(Error::ControlChars { field, index: None });
    }
    if t.chars().count() > max {
        return Err(Error::TooLong { field, max, index: None });
    }
    Ok(t.replace("\r\n", "\n"))
}

/// An optional e-mail address: empty, or `local@domain.tld` without spaces.
pub fn email(s: &str, field: Field, index: Option<usize>) -> Result<String> {
    let t = single_line(s, field, EMAIL_MAX, index)?;
    if t.is_empty() || is_email(&t) {
        Ok(t)
    } else {
        Err(Error::EmailInvalid { field, index })
    }
}

fn is_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else { return false };
    let ok_chars = |p: &str| !p.is_empty() && !p.chars().any(|c| c.is_whitespace() || c == '@' || c == ',' || c == ';');
    ok_chars(local)
        && ok_chars(domain)
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
        && domain.contains('.')
        && !domain.starts_with(['.', '-'])
        && !domain.ends_with(['.', '-'])
        && !domain.contains("..")
        && domain.rsplit('.').next().is_some_and(|tld| tld.chars().count() >= 2)
}

/// An image for a document: PNG or JPEG by its signature, at most `max` bytes.
pub fn image(bytes: &[u8], max: usize) -> Result<()> {
    let png = bytes.starts_with(b"\x89PNG\r\n\x1a\n");
    let jpeg = bytes.starts_with(&[0xFF, 0xD8, 0xFF]);
    if !(png || jpeg) {
        Err(Error::ImageInvalid { reason: "not a PNG or JPEG".into() })
    } else if bytes.len() > max {
        Err(Error::ImageTooLarge { max_mb: (max / (1024 * 1024)) as i64 })
    } else {
        Ok(())
    }
}

/// The years a date of this app may have (dates are stored and compared as ISO text, which
/// needs four-digit years).
pub const YEARS: std::ops::RangeInclusive<i32> = 1900..=2199;

/// An ISO date (`YYYY-MM-DD`, exactly: four-digit year within `YEARS`).
pub fn date(s: &str, field: Field) -> Result<chrono::NaiveDate> {
    use chrono::Datelike;
    let t = s.trim();
    let shape = t.len() == 10
        && t.bytes().enumerate().all(|(i, b)| if i == 4 || i == 7 { b == b'-' } else { b.is_ascii_digit() });
    shape
        .then(|| chrono::NaiveDate::parse_from_str(t, "%Y-%m-%d").ok())
        .flatten()
        .filter(|d| YEARS.contains(&d.year()))
        .ok_or_else(|| Error::DateInvalid { field, value: s.chars().take(40).collect() })
}

/// An optional ISO date: empty means none.
pub fn optional_date(s: Option<&str>, field: Field) -> Result<Option<chrono::NaiveDate>> {
    match s.map(str::trim) {
        None | Some("") => Ok(None),
        Some(v) => date(v, field).map(Some),
    }
}

/// A partner as the form sent it, checked and trimmed.
pub fn partner(input: &PartnerInput) -> Result<PartnerInput> {
    let name = single_line(&input.name, Field::Name, NAME_MAX, None)?;
    if name.is_empty() {
        return Err(Error::NameEmpty);
    }
    let contacts = input
        .contacts
        .iter()
        .enumerate()
        .filter(|(_, c)| !is_blank_contact(c))
        .map(|(i, c)| contact(c, i))
        .collect::<Result<Vec<_>>>()?;
    Ok(PartnerInput {
        name,
        short_name: single_line(&input.short_name, Field::ShortName, SHORT_NAME_MAX, None)?,
        category_id: input.category_id,
        internal: input.internal,
        direction_ids: dedup(&input.direction_ids),
        form_ids: dedup(&input.form_ids),
        address: single_line(&input.address, Field::Address, ADDRESS_MAX, None)?,
        phones: single_line(&input.phones, Field::Phones, PHONES_MAX, None)?,
        email: email(&input.email, Field::Email, None)?,
        website: single_line(&input.website, Field::Website, WEBSITE_MAX, None)?,
        notes: multi_line(&input.notes, Field::Notes, NOTES_MAX)?,
        contacts,
    })
}

/// A contact row left entirely empty in the form is dropped, not refused.
fn is_blank_contact(c: &ContactInput) -> bool {
    c.id.is_none() && [&c.name, &c.position, &c.phone, &c.email].iter().all(|s| s.trim().is_empty())
}

fn contact(c: &ContactInput, i: usize) -> Result<ContactInput> {
    let name = single_line(&c.name, Field::ContactName, CONTACT_TEXT_MAX, Some(i))?;
    if name.is_empty() {
        return Err(Error::ContactNameEmpty { index: i });
    }
    Ok(ContactInput {
        id: c.id,
        name,
        position: single_line(&c.position, Field::ContactPosition, CONTACT_TEXT_MAX, Some(i))?,
        phone: single_line(&c.phone, Field::ContactPhone, CONTACT_TEXT_MAX, Some(i))?,
        email: email(&c.email, Field::ContactEmail, Some(i))?,
    })
}

fn dedup(ids: &[i64]) -> Vec<i64> {
    let mut out: Vec<i64> = Vec::with_capacity(ids.len());
    for id in ids {
        if !out.contains(id) {
            out.push(*id);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorCode;

    fn named(name: &str) -> PartnerInput {
        PartnerInput { name: name.into(), category_id: 1, ..Default::default() }
    }

    #[test]
    fn dates_are_iso_with_four_digit_years_in_range() {
        assert!(date("2026-09-01", Field::ValidFrom).is_ok());
        assert!(date(" 2026-09-01 ", Field::ValidFrom).is_ok());
        for bad in ["+10000-01-01", "-262000-01-01", "26-09-01", "2026-9-1", "2026-02-30", "1899-12-31", "2200-01-01", "01.09.2026", ""] {
            assert_eq!(date(bad, Field::ValidFrom).unwrap_err().code(), ErrorCode::DateInvalid, "{bad}");
        }
    }

    #[test]
    fn empty_and_blank_names_are_refused() {
        for n in ["", "   ", "\u{a0}\t "] {
            assert_eq!(partner(&named(n)).unwrap_err().code(), ErrorCode::NameEmpty, "{n:?}");
        }
    }

    #[test]
    fn names_are_trimmed_not_cut() {
        assert_eq!(partner(&named("  Школа № 4 ")).unwrap().name, "Школа № 4");
        let long = "ә".repeat(NAME_MAX + 1);
        let e = partner(&named(&long)).unwrap_err();
        assert_eq!(e.code(), ErrorCode::TooLong);
        assert_eq!(e.details()["field"], "name");
        assert!(partner(&named(&"ә".repeat(NAME_MAX))).is_ok());
    }

    #[test]
    fn emails() {
        for good in ["school4@edu.sko.kz", "a.b+c@mail.ru", "мектеп@пример.қаз"] {
            assert!(is_email(good), "{good}");
        }
        for bad in ["school4", "a@b", "a@@b.kz", "a b@c.kz", "@mail.ru", "a@.kz", "a@mail.", "a..b@c.kz", "x@y.k"] {
            assert!(!is_email(bad), "{bad}");
        }
        let mut p = named("Школа");
        p.email = "not-an-email".into();
        assert_eq!(partner(&p).unwrap_err().code(), ErrorCode::EmailInvalid);
    }

    #[test]
    fn control_characters_are_refused_except_in_notes_line_breaks() {
        let mut p = named("Шко\u{7}ла");
        assert_eq!(partner(&p).unwrap_err().code(), ErrorCode::ControlChars);
        p = named("Школа");
        p.notes = "строка 1\r\nстрока 2".into();
        assert_eq!(partner(&p).unwrap().notes, "строка 1\nстрока 2");
        p.notes = "нуль\0".into();
        assert_eq!(partner(&p).unwrap_err().code(), ErrorCode::ControlChars);
    }

    #[test]
    fn contacts_need_a_name_and_blank_rows_are_dropped() {
        let mut p = named("Школа");
        p.contacts = vec![ContactInput::default(), ContactInput { phone: "+7 705".into(), ..Default::default() }];
        let e = partner(&p).unwrap_err();
        assert_eq!(e.code(), ErrorCode::ContactNameEmpty);
        assert_eq!(e.details()["index"], "2");
        p.contacts.remove(1);
        assert!(partner(&p).unwrap().contacts.is_empty());
    }
}
