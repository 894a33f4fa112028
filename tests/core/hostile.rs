//! Bad input: every text field of every form against hostile values, and property tests
//! (proptest) of the search box, validation and the text layout with arbitrary text. Whatever
//! comes in: a typed error or a clean save, no panic, nothing half-written.

use partnerdesk::docs::{layout, Document, Item, PageSetup, Paragraph};
use partnerdesk::{AgreementInput, ContactInput, ErrorCode, LocalizedName, PartnerInput, PartnerQuery, Store};
use proptest::prelude::*;

use super::{category, fresh};

/// Values a person (or a paste from somewhere) can put into a text field.
fn hostile_values() -> Vec<(&'static str, String)> {
    vec![
        ("empty", String::new()),
        ("spaces", "   \t ".into()),
        ("nbsp", "\u{a0}\u{a0}".into()),
        ("10k", "ж".repeat(10_000)),
        ("emoji", "Школа 🎨🏫 №\u{a0}5 👩‍👩‍👧".into()),
        ("rtl", "مدرسة رقم ٤ \u{202e}evil".into()),
        ("control", "Шко\u{1}ла\u{7f}".into()),
        ("nul", "a\0b".into()),
        ("sql", "'; DROP TABLE partner; --".into()),
        ("fts", "\"* NEAR( OR AND NOT ^".into()),
        ("newline", "две\nстроки".into()),
        ("zero-width", "\u{200b}\u{feff}".into()),
    ]
}

#[test]
fn every_partner_field_against_every_hostile_value() {
    let (_d, store) = fresh();
    let fields: Vec<(&str, fn(&mut PartnerInput, String))> = vec![
        ("name", |p, v| p.name = v),
        ("short_name", |p, v| p.short_name = v),
        ("address", |p, v| p.address = v),
        ("phones", |p, v| p.phones = v),
        ("email", |p, v| p.email = v),
        ("website", |p, v| p.website = v),
        ("notes", |p, v| p.notes = v),
        ("contact name", |p, v| p.contacts = vec![ContactInput { name: v, ..Default::default() }]),
        ("contact position", |p, v| p.contacts = vec![ContactInput { name: "Иванова".into(), position: v, ..Default::default() }]),
        ("contact email", |p, v| p.contacts = vec![ContactInput { name: "Иванова".into(), email: v, ..Default::default() }]),
    ];
    let mut cases = 0;
    for (field, set) in &fields {
        for (label, value) in hostile_values() {
            cases += 1;
            let before = store.partner_count().unwrap();
            let mut p = PartnerInput { name: "Школа".into(), category_id: category(&store, "education"), ..Default::default() };
            set(&mut p, value.clone());
            match store.create_partner(&p) {
                Ok(saved) => {
                    // What was accepted reads back exactly as saved (trimmed), and is findable.
                    let got = store.partner(saved.partner.id).unwrap();
                    assert_eq!(got, saved.partner, "{field} = {label}");
                    assert_eq!(store.partner_count().unwrap(), before + 1);
                }
                Err(e) => {
                    assert_ne!(e.code(), ErrorCode::Storage, "{field} = {label}: an untyped error: {e}");
                    assert_eq!(store.partner_count().unwrap(), before, "{field} = {label}: a refused partner was written");
                }
            }
        }
    }
    assert!(cases >= 120);
    assert!(store.integrity_ok().unwrap());
}

#[test]
fn every_agreement_and_profile_field_against_hostile_values() {
    let (_d, store) = fresh();
    let pid = store.create_partner(&PartnerInput { name: "Театр".into(), category_id: category(&store, "culture"), ..Default::default() }).unwrap().partner.id;
    let today = partnerdesk::today();
    let dates = ["", "2026-13-01", "2026-02-29", "+2026-01-01", "2026-1-1", "20260101", "1899-12-31", "9999-12-31", "2026-09-01T00:00", "сегодня"];
    let mut cases = 0;
    for from in dates {
        cases += 1;
        let input = AgreementInput { partner_id: pid, valid_from: from.into(), valid_to: "2027-08-31".into(), ..Default::default() };
        let e = store.create_agreement(&input, today).unwrap_err();
        assert_eq!(e.code(), ErrorCode::DateInvalid, "{from}");
    }
    let texts: Vec<(&str, fn(&mut AgreementInput, String))> = vec![
        ("partner number", |a, v| a.partner_number = v),
        ("title", |a, v| a.title = v),
        ("notes", |a, v| a.notes = v),
        ("in person", |a, v| a.partner_in_person = LocalizedName { ru: v.clone(), kk: v.clone(), en: v }),
    ];
    for (field, set) in &texts {
        for (label, value) in hostile_values() {
            cases += 1;
            let mut a = AgreementInput { partner_id: pid, valid_from: "2026-09-01".into(), valid_to: "2027-08-31".into(), ..Default::default() };
            set(&mut a, value);
            if let Err(e) = store.create_agreement(&a, today) {
                assert_ne!(e.code(), ErrorCode::Storage, "{field} = {label}: {e}");
            }
        }
    }
    let mut org = store.organisation().unwrap();
    for (label, value) in hostile_values() {
        for key in ["full-name.ru", "city.kk", "bin", "email", "number-pattern", "start-number", "head-in-person.en"] {
            cases += 1;
            let mut o = org.clone();
            let result = o.set(key, &value).and_then(|_| store.update_organisation(&o));
            match result {
                Ok(saved) => org = saved,
                Err(e) => assert_ne!(e.code(), ErrorCode::Storage, "{key} = {label}: {e}"),
            }
        }
    }
    assert!(cases >= 120, "{cases}");
    assert!(store.integrity_ok().unwrap());
}

fn seeded() -> (tempfile::TempDir, Store) {
    let (d, store) = fresh();
    partnerdesk::demo::load(&store).unwrap();
    (d, store)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    /// Whatever is typed into the search box, the list answers (possibly empty), never an error.
    #[test]
    fn the_search_box_takes_any_text(text in "\\PC{0,40}") {
        thread_local!(static STORE: (tempfile::TempDir, Store) = seeded());
        STORE.with(|(_, store)| {
            let rows = store.list_partners(&PartnerQuery { search: text.clone(), ..Default::default() });
            prop_assert!(rows.is_ok(), "{text:?}: {:?}", rows.err());
            Ok(())
        })?;
    }

    /// Any text is laid out without a panic, and no line runs past the right margin.
    #[test]
    fn any_text_is_laid_out_within_the_margins(text in "[\\PC\\n\u{a0}]{0,400}", justify in any::<bool>()) {
        let mut doc = Document::new(PageSetup::portrait());
        let mut p = Paragraph::new(text).hyphenate(true);
        if !justify {
            p = p.align(partnerdesk::docs::Align::Left);
        }
        doc.push(p);
        let l = layout(&doc).unwrap();
        let right = l.pages[0].width_pt - partnerdesk::docs::mm(10.0);
        for page in &l.pages {
            for item in &page.items {
                if let Item::Text { x, width, text, .. } = item {
                    // A single unbreakable glyph cluster may be wider than a line; anything else fits.
                    prop_assert!(x + width <= right + 0.5 || text.chars().count() <= 1, "{text:?} ends at {}", x + width);
                }
            }
        }
    }
}
