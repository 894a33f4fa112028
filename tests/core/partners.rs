//! The partner register: create, validate, update contacts, archive and restore, similar names.

use partnerdesk::{ContactInput, ErrorCode, PartnerQuery, ArchivedFilter, CatalogInput, CatalogList};

use super::{category, fresh, partner};

fn contact(name: &str) -> ContactInput {
    ContactInput { name: name.into(), position: "директор".into(), phone: "+7 705 123 45 67".into(), ..Default::default() }
}

#[test]
fn a_partner_is_saved_whole_and_read_back() {
    let (_d, store) = fresh();
    let dirs = store.catalog(CatalogList::Direction).unwrap();
    let forms = store.catalog(CatalogList::Form).unwrap();
    let mut p = partner(&store, "  Ғабит Мүсірепов атындағы балалар кітапханасы ");
    p.short_name = "Балалар кітапханасы".into();
    p.category_id = category(&store, "culture");
    p.direction_ids = vec![dirs[6].id, dirs[0].id, dirs[6].id];
    p.form_ids = vec![forms[4].id];
    p.email = "kitap@lib.sko.kz".into();
    p.notes = "Кітап апталығы\nжыл сайын".into();
    p.contacts = vec![contact("Әлиева Айгерім Серікқызы"), contact("Иванова Мария Петровна")];
    let saved = store.create_partner(&p).unwrap();
    let got = store.partner(saved.partner.id).unwrap();
    assert_eq!(got.name, "Ғабит Мүсірепов атындағы балалар кітапханасы");
    assert_eq!(got.direction_ids, vec![dirs[0].id, dirs[6].id]);
    assert_eq!(got.form_ids, vec![forms[4].id]);
    assert_eq!(got.contacts.iter().map(|c| c.name.as_str()).collect::<Vec<_>>(), ["Әлиева Айгерім Серікқызы", "Иванова Мария Петровна"]);
    assert_eq!(got.created_at, got.updated_at);
    assert!(got.archived_at.is_none());
    assert!(saved.similar.is_empty());
}

#[test]
fn bad_input_is_refused_with_a_code_and_nothing_is_written() {
    let (_d, store) = fresh();
    let cases: Vec<(Box<dyn Fn(&mut partnerdesk::PartnerInput)>, ErrorCode)> = vec![
        (Box::new(|p| p.name = "   ".into()), ErrorCode::NameEmpty),
        (Box::new(|p| p.name = "я".repeat(301)), ErrorCode::TooLong),
        (Box::new(|p| p.notes = "ә".repeat(5001)), ErrorCode::TooLong),
        (Box::new(|p| p.email = "school4.edu.kz".into()), ErrorCode::EmailInvalid),
        (Box::new(|p| p.contacts = vec![ContactInput { email: "a@b".into(), name: "А".into(), ..Default::default() }]), ErrorCode::EmailInvalid),
        (Box::new(|p| p.contacts = vec![ContactInput { position: "директор".into(), ..Default::default() }]), ErrorCode::ContactNameEmpty),
        (Box::new(|p| p.category_id = 9999), ErrorCode::CategoryUnknown),
        (Box::new(|p| p.name = "Школа\u{0}".into()), ErrorCode::ControlChars),
        (Box::new(|p| p.direction_ids = vec![9999]), ErrorCode::NotFound),
    ];
    for (i, (edit, code)) in cases.into_iter().enumerate() {
        let mut p = partner(&store, "Школа № 4");
        edit(&mut p);
        let e = store.create_partner(&p).err().unwrap_or_else(|| panic!("case {i} was accepted"));
        assert_eq!(e.code(), code, "case {i}");
    }
    assert_eq!(store.partner_count().unwrap(), 0);
    let rows: i64 = {
        let c = rusqlite::Connection::open(store.path()).unwrap();
        c.query_row("SELECT (SELECT COUNT(*) FROM contact) + (SELECT COUNT(*) FROM partner_search)", [], |r| r.get(0)).unwrap()
    };
    assert_eq!(rows, 0, "a refused partner left rows behind");
}

#[test]
fn sql_metacharacters_are_just_text() {
    let (_d, store) = fresh();
    let name = "Robert'); DROP TABLE partner;-- «Школа» \"№ 5\"";
    let id = store.create_partner(&partner(&store, name)).unwrap().partner.id;
    assert_eq!(store.partner(id).unwrap().name, name);
    let found = store.list_partners(&PartnerQuery { search: "drop table \"".into(), ..Default::default() }).unwrap();
    assert_eq!(found.len(), 1);
}

#[test]
fn updating_contacts_keeps_their_ids() {
    let (_d, store) = fresh();
    let mut p = partner(&store, "Дом культуры");
    p.contacts = vec![contact("Первый"), contact("Второй"), contact("Третий")];
    let saved = store.create_partner(&p).unwrap().partner;
    let ids: Vec<i64> = saved.contacts.iter().map(|c| c.id).collect();
    p.contacts = vec![
        ContactInput { id: Some(ids[2]), ..contact("Третий (изм.)") },
        ContactInput { id: Some(ids[0]), ..contact("Первый") },
        contact("Новый"),
    ];
    let after = store.update_partner(saved.id, &p).unwrap().partner;
    assert_eq!(after.contacts[0].id, ids[2]);
    assert_eq!(after.contacts[0].name, "Третий (изм.)");
    assert_eq!(after.contacts[1].id, ids[0]);
    assert_eq!(after.contacts[2].name, "Новый");
    assert_eq!(after.contacts.len(), 3);
    assert!(after.updated_at >= after.created_at);
    // A contact id of another partner is refused.
    let other = store.create_partner(&partner(&store, "Другой")).unwrap().partner.id;
    p.contacts = vec![ContactInput { id: Some(ids[2]), ..contact("Чужой") }];
    assert_eq!(store.update_partner(other, &p).unwrap_err().code(), ErrorCode::NotFound);
    assert_eq!(store.update_partner(4242, &partner(&store, "Нет")).unwrap_err().code(), ErrorCode::NotFound);
}

#[test]
fn archiving_hides_and_restoring_brings_back_without_losing_anything() {
    let (_d, store) = fresh();
    let mut p = partner(&store, "Пожарная часть № 2");
    p.contacts = vec![contact("Қасымов Ержан")];
    let id = store.create_partner(&p).unwrap().partner.id;
    let archived = store.archive_partner(id).unwrap();
    assert!(archived.archived_at.is_some());
    let first_stamp = archived.archived_at.clone();
    assert_eq!(store.archive_partner(id).unwrap().archived_at, first_stamp, "archiving twice keeps the first date");
    assert!(store.list_partners(&PartnerQuery::default()).unwrap().is_empty());
    let only_archived = store.list_partners(&PartnerQuery { archived: ArchivedFilter::Archived, ..Default::default() }).unwrap();
    assert_eq!(only_archived.len(), 1);
    assert!(only_archived[0].archived);
    let restored = store.restore_partner(id).unwrap();
    assert!(restored.archived_at.is_none());
    assert_eq!(restored.contacts.len(), 1);
    assert_eq!(store.list_partners(&PartnerQuery::default()).unwrap().len(), 1);
    assert_eq!(store.archive_partner(777).unwrap_err().code(), ErrorCode::NotFound);
}

#[test]
fn very_similar_names_warn_but_are_saved() {
    let (_d, store) = fresh();
    let first = store.create_partner(&partner(&store, "Школа № 4")).unwrap().partner.id;
    let second = store.create_partner(&partner(&store, "школа №4")).unwrap();
    assert_eq!(second.similar.len(), 1);
    assert_eq!(second.similar[0].id, first);
    assert_eq!(store.partner_count().unwrap(), 2);
    assert!(store.similar_partners("ШКОЛА-№-4", None).unwrap().len() == 2);
    assert!(store.similar_partners("Школа № 14", None).unwrap().is_empty());
    assert_eq!(store.similar_partners("Школа № 4", Some(first)).unwrap().len(), 1, "a partner is not similar to itself");
    assert!(store.similar_partners("  ", None).unwrap().is_empty());
}

#[test]
fn the_lists_can_be_extended_in_three_languages() {
    let (_d, store) = fresh();
    let before = store.catalog(CatalogList::Form).unwrap().len();
    let e = store.add_catalog_entry(CatalogList::Form, &CatalogInput { ru: "Квест".into(), ..Default::default() }).unwrap();
    assert_eq!((e.name.ru.as_str(), e.name.kk.as_str(), e.name.en.as_str()), ("Квест", "Квест", "Квест"));
    assert!(!e.builtin);
    let forms = store.catalog(CatalogList::Form).unwrap();
    assert_eq!(forms.len(), before + 1);
    assert_eq!(forms.last().unwrap().id, e.id);
    assert_eq!(
        store.add_catalog_entry(CatalogList::Category, &CatalogInput::default()).unwrap_err().code(),
        ErrorCode::CatalogNameEmpty
    );
    let cat = store.add_catalog_entry(CatalogList::Category, &CatalogInput { kk: "Жастар ұйымдары".into(), en: "Youth groups".into(), ..Default::default() }).unwrap();
    assert_eq!(store.find_category("youth GROUPS").unwrap().id, cat.id);
    assert_eq!(store.find_category("education").unwrap().code, "education");
    assert_eq!(store.find_category("Учреждения культуры").unwrap().code, "culture");
    assert_eq!(store.find_category("Мәдениет мекемелері").unwrap().code, "culture");
    assert_eq!(store.find_category("нет такой").unwrap_err().code(), ErrorCode::CategoryUnknown);
}

#[test]
fn demo_fills_an_empty_register_once() {
    let (_d, store) = fresh();
    assert!(store.is_first_run().unwrap());
    let n = partnerdesk::demo::load(&store).unwrap();
    assert!(n >= 30);
    assert!(!store.is_first_run().unwrap());
    let rows = store.list_partners(&PartnerQuery::default()).unwrap();
    assert_eq!(rows.len(), n);
    let cats: std::collections::BTreeSet<i64> = rows.iter().map(|r| r.category_id).collect();
    assert_eq!(cats.len(), store.catalog(CatalogList::Category).unwrap().len(), "every category is used");
    assert!(rows.iter().any(|r| r.name.chars().any(|c| "әғқңөұүһі".contains(c))), "Kazakh names");
    assert!(rows.iter().filter(|r| r.contact_count > 0).count() >= 30);
    assert_eq!(partnerdesk::demo::load(&store).unwrap_err().code(), ErrorCode::DatabaseNotEmpty);
}

#[test]
fn the_language_and_welcome_choice_are_remembered() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("pd.sqlite3");
    let store = partnerdesk::Store::open(&path).unwrap();
    assert_eq!(store.ui_language().unwrap(), None);
    store.set_ui_language(partnerdesk::Lang::Kk).unwrap();
    store.finish_welcome().unwrap();
    drop(store);
    let store = partnerdesk::Store::open(&path).unwrap();
    assert_eq!(store.ui_language().unwrap(), Some(partnerdesk::Lang::Kk));
    assert!(!store.is_first_run().unwrap());
}
