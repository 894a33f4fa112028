//! The demo register a newcomer sees: partners of a creativity centre in Petropavl, in Russian
//! and Kazakh, across every category. The data lives in assets/demo/partners.json.

use serde::Deserialize;

use crate::error::{Error, Result};
use chrono::{Datelike, NaiveDate};

use crate::model::{
    AgreementInput, CatalogEntry, CatalogList, ContactInput, DocLang, LocalizedName, Organisation,
    PartnerInput,
};
use crate::store::Store;

const PARTNERS: &str = include_str!("../assets/demo/partners.json");
const ORGANISATION: &str = include_str!("../assets/demo/organisation.json");

#[derive(Deserialize)]
struct DemoPartner {
    name: String,
    short_name: String,
    category: String,
    internal: bool,
    directions: Vec<String>,
    forms: Vec<String>,
    address: String,
    phones: String,
    email: String,
    website: String,
    notes: String,
    contacts: Vec<ContactInput>,
}

/// Fills an empty database with the demo register, in one transaction: all of it or nothing.
/// Refuses a database that has partners, and keeps a profile the user has filled in.
pub fn load(store: &Store) -> Result<usize> {
    store.atomically(fill)
}

fn fill(store: &Store) -> Result<usize> {
    if store.partner_count()? > 0 {
        return Err(Error::DatabaseNotEmpty);
    }
    let demo: Vec<DemoPartner> = serde_json::from_str(PARTNERS).expect("the bundled demo data is valid JSON");
    let categories = store.catalog(CatalogList::Category)?;
    let directions = store.catalog(CatalogList::Direction)?;
    let forms = store.catalog(CatalogList::Form)?;
    let id_of = |list: &[CatalogEntry], code: &str| -> Result<i64> {
        list.iter()
            .find(|e| e.code == code)
            .map(|e| e.id)
            .ok_or_else(|| Error::CategoryUnknown(code.to_string()))
    };
    let inputs = demo
        .into_iter()
        .map(|d| {
            Ok(PartnerInput {
                name: d.name,
                short_name: d.short_name,
                category_id: id_of(&categories, &d.category)?,
                internal: d.internal,
                direction_ids: d.directions.iter().map(|c| id_of(&directions, c)).collect::<Result<_>>()?,
                form_ids: d.forms.iter().map(|c| id_of(&forms, c)).collect::<Result<_>>()?,
                address: d.address,
                phones: d.phones,
                email: d.email,
                website: d.website,
                notes: d.notes,
                contacts: d.contacts,
            })
        })
        .collect::<Result<Vec<_>>>()?;
    let ids = store.create_partners(&inputs)?;
    if store.organisation()?.full_name == LocalizedName::default() {
        let org: Organisation = serde_json::from_str(ORGANISATION).expect("the bundled demo profile is valid JSON");
        store.update_organisation(&org)?;
    }
    agreements(store, &ids, crate::today())?;
    store.finish_welcome()?;
    Ok(ids.len())
}

/// A few agreements around `today`: registered ones of the current and the last school
/// year (one ending within a month, one expired) and a draft.
fn agreements(store: &Store, partners: &[i64], today: NaiveDate) -> Result<()> {
    let school_year = if today.month() >= 9 { today.year() } else { today.year() - 1 };
    let ymd = |y: i32, m: u32, d: u32| NaiveDate::from_ymd_opt(y, m, d).expect("valid demo dates");
    let soon = today + chrono::Duration::days(20);
    let plans: [(usize, NaiveDate, NaiveDate, &str, bool); 8] = [
        (16, ymd(school_year, 9, 1), ymd(school_year + 1, 8, 31), "", true),
        (17, ymd(school_year, 9, 1), ymd(school_year + 1, 8, 31), "45-П", true),
        (19, ymd(school_year, 9, 15), ymd(school_year + 1, 5, 31), "", true),
        (22, ymd(school_year - 1, 9, 1), soon, "", true),
        (26, ymd(school_year - 1, 9, 1), ymd(school_year, 8, 31), "", true),
        (30, ymd(school_year, 10, 1), ymd(school_year + 1, 9, 30), "12", true),
        (35, ymd(school_year, 9, 1), ymd(school_year + 1, 8, 31), "", true),
        (40, ymd(school_year, 12, 1), ymd(school_year + 1, 11, 30), "", false),
    ];
    for (k, (index, from, to, theirs, register)) in plans.into_iter().enumerate() {
        let Some(&partner_id) = partners.get(index) else { continue };
        let partner = store.partner(partner_id)?;
        let head = partner.contacts.first();
        let input = AgreementInput {
            partner_id,
            partner_number: theirs.to_string(),
            language: if k % 2 == 0 { DocLang::Kkru } else { DocLang::Ru },
            signed_on: register.then(|| from.to_string()),
            valid_from: from.to_string(),
            valid_to: to.to_string(),
            partner_position: head.map(|c| LocalizedName { ru: c.position.clone(), kk: c.position.clone(), en: c.position.clone() }).unwrap_or_default(),
            partner_head: head.map(|c| LocalizedName { ru: c.name.clone(), kk: c.name.clone(), en: c.name.clone() }).unwrap_or_default(),
            partner_in_person: head.map(|c| LocalizedName { ru: c.name.clone(), kk: c.name.clone(), en: c.name.clone() }).unwrap_or_default(),
            ..Default::default()
        };
        let a = store.create_agreement(&input, today)?;
        if register {
            store.register_agreement(a.id, today)?;
        }
    }
    Ok(())
}
