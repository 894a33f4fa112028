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

#[test]
fn every_plan_and_event_field_against_every_hostile_value() {
    use partnerdesk::{ActivityInput, HeldEventInput, PlanInput, PlanKind, PlanRowInput};
    let (_d, store) = fresh();
    let pid = store.create_partner(&PartnerInput { name: "Школа".into(), category_id: category(&store, "education"), ..Default::default() }).unwrap().partner.id;
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
    let plan = store.create_plan(&PlanInput { kind: PlanKind::School, start_year: 2026, ..Default::default() }, today).unwrap();
    let row_fields: Vec<(&str, fn(&mut PlanRowInput, String))> = vec![
        ("goal", |r, v| r.goal = v),
        ("responsible", |r, v| r.responsible = v),
        ("social effect", |r, v| r.social_effect = v),
        ("activity", |r, v| r.activities = vec![ActivityInput { title: v, ..Default::default() }]),
    ];
    let event_fields: Vec<(&str, fn(&mut HeldEventInput, String))> = vec![
        ("title", |e, v| e.title = v),
        ("date", |e, v| e.held_on = v),
        ("time", |e, v| e.time = v),
        ("place", |e, v| e.place = v),
        ("ages", |e, v| e.ages = v),
        ("responsible", |e, v| e.responsible = v),
        ("result", |e, v| e.result = v),
        ("media", |e, v| e.media_link = v),
    ];
    let plan_fields: Vec<(&str, fn(&mut PlanInput, String))> = vec![
        ("title", |p, v| p.title = v),
        ("approver", |p, v| p.approver_name = v),
        ("order", |p, v| p.approval_order = v),
        ("approved on", |p, v| p.approved_on = Some(v)),
    ];
    let mut cases = 0;
    for (value_name, value) in hostile_values() {
        for (field, set) in &row_fields {
            let mut input = PlanRowInput { partner_id: pid, ..Default::default() };
            set(&mut input, value.clone());
            let before = store.plan(plan.id, today).unwrap().rows;
            match store.add_plan_row(plan.id, &input, today) {
                Ok(r) => {
                    // Whatever was kept is the text as given, trimmed; nothing invisible slipped in.
                    assert!(r.goal.chars().chain(r.responsible.chars()).all(|c| !c.is_control() || c == '\n' || c == '\t'), "{field}/{value_name}");
                    store.delete_plan_row(r.id).unwrap();
                }
                Err(e) => {
                    assert!(matches!(e.code(), ErrorCode::TooLong | ErrorCode::ControlChars | ErrorCode::Required), "{field}/{value_name}: {e}");
                    assert_eq!(store.plan(plan.id, today).unwrap().rows, before, "{field}/{value_name}: half-written");
                }
            }
            cases += 1;
        }
        for (field, set) in &event_fields {
            let mut input = HeldEventInput { held_on: "2026-10-01".into(), partner_id: pid, title: "Концерт".into(), ..Default::default() };
            set(&mut input, value.clone());
            let before = store.events(&partnerdesk::EventQuery::default()).unwrap().len();
            match store.create_event(&input) {
                Ok(e) => store.delete_event(e.id).unwrap(),
                Err(e) => {
                    assert!(
                        matches!(e.code(), ErrorCode::TooLong | ErrorCode::ControlChars | ErrorCode::Required | ErrorCode::DateInvalid),
                        "{field}/{value_name}: {e}"
                    );
                    assert_eq!(store.events(&partnerdesk::EventQuery::default()).unwrap().len(), before);
                }
            }
            cases += 1;
        }
        for (field, set) in &plan_fields {
            let mut input = PlanInput { kind: PlanKind::Calendar, start_year: 2030, ..Default::default() };
            set(&mut input, value.clone());
            match store.create_plan(&input, today) {
                Ok(p) => {
                    store.delete_plan(p.id).unwrap();
                    store.delete_forever(partnerdesk::store::TrashKind::Plan, p.id).unwrap();
                }
                Err(e) => assert!(matches!(e.code(), ErrorCode::TooLong | ErrorCode::ControlChars | ErrorCode::DateInvalid), "{field}/{value_name}: {e}"),
            }
            cases += 1;
        }
    }
    assert!(cases >= 190, "{cases} cases");
    assert!(store.integrity_ok().unwrap());
}

#[test]
fn a_full_disk_refuses_the_write_with_its_code_and_keeps_everything_before() {
    let (_d, store) = fresh();
    partnerdesk::demo::load(&store).unwrap();
    let partners = store.partner_count().unwrap();
    let pages: u32 = 1; // below the current size: nothing more fits
    store.limit_pages(pages).unwrap();
    let big = PartnerInput { name: "Большой".into(), category_id: category(&store, "education"), notes: "ж".repeat(5000), ..Default::default() };
    let mut failed = None;
    for k in 0..200 {
        if let Err(e) = store.create_partner(&PartnerInput { name: format!("Партнёр {k}"), ..big.clone() }) {
            failed = Some(e);
            break;
        }
    }
    let e = failed.expect("the disk never filled up");
    assert_eq!(e.code(), ErrorCode::DiskFull);
    assert!(partnerdesk::i18n::error_message(partnerdesk::Lang::Ru, &e).starts_with("Диск заполнен"));
    assert!(store.partner_count().unwrap() >= partners, "what was there before is still there");
    assert!(store.integrity_ok().unwrap());
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    /// Any bytes as a CSV or XLSX file: a table or a typed error, never a panic.
    #[test]
    fn any_bytes_are_read_or_refused(bytes in proptest::collection::vec(any::<u8>(), 0..2000), xlsx in any::<bool>()) {
        let mut data = bytes;
        if xlsx {
            data.splice(0..0, b"PK\x03\x04".iter().copied());
        }
        match partnerdesk::import::read_table_bytes(&data, if xlsx { "xlsx" } else { "csv" }) {
            Ok(t) => prop_assert!(t.rows.iter().all(|r| r.last().is_none_or(|c| !c.trim().is_empty()))),
            Err(e) => prop_assert!(matches!(e.code(), ErrorCode::ImportInvalid | ErrorCode::TableEmpty | ErrorCode::TableTooLarge)),
        }
    }

    /// Any table of text through the plan and partner importers: previews whose counts add
    /// up, and periods read only as valid periods.
    #[test]
    fn any_table_previews_consistently(rows in proptest::collection::vec(proptest::collection::vec("[\\PC\\n;]{0,30}", 0..9), 0..12)) {
        let (_d, store) = seeded();
        let table = partnerdesk::import::RawTable { rows };
        let period = partnerdesk::PlanPeriod::school(2026);
        let p = partnerdesk::import::preview_plan(&store, &table, period, None, partnerdesk::Lang::Ru).unwrap();
        prop_assert_eq!(p.accepted + p.refused, p.rows.len());
        for r in &p.rows {
            for a in &r.activities {
                prop_assert!(a.period.check(period).is_ok());
            }
        }
        let q = partnerdesk::import::partners::preview_partners(&store, &table, None, partnerdesk::Lang::Kk).unwrap();
        prop_assert_eq!(q.accepted + q.refused, q.rows.len());
    }

    /// Whatever a period cell says, reading it never panics and never yields an invalid period.
    #[test]
    fn any_period_text_reads_as_a_valid_period_or_nothing(text in "\\PC{0,60}") {
        let period = partnerdesk::PlanPeriod::calendar(2027);
        if let Some(p) = partnerdesk::plan_text::parse_period(&text, period) {
            prop_assert!(p.check(period).is_ok(), "{:?} from {:?}", p, text);
        }
    }
}
