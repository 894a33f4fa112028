//! The demo register a newcomer sees: partners of a creativity centre in Petropavl, in Russian
//! and Kazakh, across every category. The data lives in assets/demo/partners.json.

use serde::Deserialize;

use crate::error::{Error, Result};
use crate::model::{CatalogEntry, CatalogList, ContactInput, PartnerInput};
use crate::store::Store;

const PARTNERS: &str = include_str!("../assets/demo/partners.json");

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

/// Fills an empty database with the demo register. Refuses a database that has partners.
pub fn load(store: &Store) -> Result<usize> {
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
    let n = store.create_partners(&inputs)?.len();
    store.finish_welcome()?;
    Ok(n)
}
