//! One box finds partners by any word prefix of name, short name, contact names and notes,
//! case-insensitively for every Cyrillic letter, Kazakh included; filters and sorting.

use partnerdesk::{ContactInput, KindFilter, PartnerQuery, PartnerSort, SortDirection, Store, CatalogList};

use super::{category, fresh, partner};

fn names(store: &Store, q: PartnerQuery) -> Vec<String> {
    store.list_partners(&q).unwrap().into_iter().map(|r| r.name).collect()
}

fn search(store: &Store, s: &str) -> Vec<String> {
    names(store, PartnerQuery { search: s.into(), ..Default::default() })
}

fn seeded() -> (tempfile::TempDir, Store) {
    let (d, store) = fresh();
    let mut a = partner(&store, "ШКОЛА № 4");
    a.contacts = vec![ContactInput { name: "Жақсыбекова Айгерім".into(), ..Default::default() }];
    store.create_partner(&a).unwrap();
    let mut b = partner(&store, "ҚАЛА ӘКІМДІГІНІҢ БІЛІМ БӨЛІМІ");
    b.category_id = category(&store, "akimat");
    b.short_name = "Білім бөлімі".into();
    store.create_partner(&b).unwrap();
    let mut c = partner(&store, "Детская библиотека");
    c.category_id = category(&store, "culture");
    c.notes = "Ёлка и неделя книги каждый год".into();
    store.create_partner(&c).unwrap();
    let mut p = partner(&store, "Родительский комитет");
    p.category_id = category(&store, "parents");
    p.internal = true;
    store.create_partner(&p).unwrap();
    (d, store)
}

#[test]
fn cyrillic_and_kazakh_search_ignores_case() {
    let (_d, store) = seeded();
    assert_eq!(search(&store, "қала"), ["ҚАЛА ӘКІМДІГІНІҢ БІЛІМ БӨЛІМІ"]);
    assert_eq!(search(&store, "школа"), ["ШКОЛА № 4"]);
    assert_eq!(search(&store, "ӘКІМ"), ["ҚАЛА ӘКІМДІГІНІҢ БІЛІМ БӨЛІМІ"]);
    for letters in ["әкімдігінің", "ӘКІМДІГІНІҢ", "бөлім", "БӨЛІМ"] {
        assert_eq!(search(&store, letters).len(), 1, "{letters}");
    }
}

#[test]
fn prefixes_of_any_word_of_name_short_name_contacts_and_notes() {
    let (_d, store) = seeded();
    assert_eq!(search(&store, "шк"), ["ШКОЛА № 4"]);
    assert_eq!(search(&store, "айгер"), ["ШКОЛА № 4"], "contact names are searched");
    assert_eq!(search(&store, "елка"), ["Детская библиотека"], "notes are searched, ё = е");
    assert_eq!(search(&store, "ЁЛК"), ["Детская библиотека"]);
    assert_eq!(search(&store, "библ дет"), ["Детская библиотека"], "every word must match");
    assert!(search(&store, "библ школа").is_empty());
    assert_eq!(search(&store, "  "), search(&store, ""), "blank search lists all");
    assert_eq!(search(&store, "").len(), 4);
    assert!(search(&store, "\"*()^:").len() == 4, "punctuation alone is no search");
    assert!(search(&store, "ола").is_empty(), "only word prefixes match");
}

#[test]
fn search_follows_edits() {
    let (_d, store) = seeded();
    let id = store.list_partners(&PartnerQuery { search: "школа".into(), ..Default::default() }).unwrap()[0].id;
    let mut p = partner(&store, "Гимназия № 4");
    p.contacts = vec![];
    store.update_partner(id, &p).unwrap();
    assert!(search(&store, "школа").is_empty());
    assert!(search(&store, "айгерім").is_empty());
    assert_eq!(search(&store, "гимн"), ["Гимназия № 4"]);
}

#[test]
fn filters() {
    let (_d, store) = seeded();
    let q = |f: fn(&mut PartnerQuery)| {
        let mut q = PartnerQuery::default();
        f(&mut q);
        q
    };
    assert_eq!(names(&store, q(|q| q.kind = KindFilter::Internal)), ["Родительский комитет"]);
    assert_eq!(names(&store, q(|q| q.kind = KindFilter::External)).len(), 3);
    let culture = category(&store, "culture");
    assert_eq!(names(&store, PartnerQuery { category_id: Some(culture), ..Default::default() }), ["Детская библиотека"]);
    let patriotic = store.catalog(CatalogList::Direction).unwrap().into_iter().find(|d| d.code == "patriotic").unwrap().id;
    assert!(names(&store, PartnerQuery { direction_id: Some(patriotic), ..Default::default() }).is_empty());
}

#[test]
fn sorting_is_alphabetical_in_kazakh_order_and_reversible() {
    let (_d, store) = seeded();
    let asc = names(&store, PartnerQuery::default());
    assert_eq!(asc, ["Детская библиотека", "ҚАЛА ӘКІМДІГІНІҢ БІЛІМ БӨЛІМІ", "Родительский комитет", "ШКОЛА № 4"]);
    let mut desc = names(&store, PartnerQuery { direction: SortDirection::Desc, ..Default::default() });
    desc.reverse();
    assert_eq!(desc, asc);
    let by_cat = names(&store, PartnerQuery { sort: PartnerSort::Category, ..Default::default() });
    assert_eq!(by_cat[0], "Родительский комитет", "parents come first among categories");
}
