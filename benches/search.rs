//! Search at 10,000 partners: generates a register of that size in a temporary database file
//! and measures the partner list's queries (the search box as one types, filters, the full
//! list). Run with `cargo bench --bench search`.

use std::time::{Duration, Instant};

use partnerdesk::{CatalogList, ContactInput, PartnerInput, PartnerQuery, PartnerSort, Store};

const PARTNERS: usize = 10_000;

fn main() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("bench.sqlite3")).unwrap();
    let cats = store.catalog(CatalogList::Category).unwrap();
    let kinds = ["Школа", "Мектеп", "Библиотека", "Кітапхана", "Музей", "Мұражай", "Детский сад", "Балабақша", "Отдел", "Қоғамдық бірлестік"];
    let names = ["Айгерім", "Нұрлан", "Мария", "Ерлан", "Ольга", "Әсел", "Сергей", "Гүлнар"];
    let t = Instant::now();
    let inputs: Vec<PartnerInput> = (0..PARTNERS)
        .map(|i| PartnerInput {
            name: format!("{} № {} «{}»", kinds[i % kinds.len()], i, names[(i / 7) % names.len()]),
            short_name: format!("{}-{}", kinds[i % kinds.len()], i),
            category_id: cats[i % cats.len()].id,
            internal: i % 5 == 0,
            notes: if i % 3 == 0 { format!("Совместные акции, квартал {}", i % 4 + 1) } else { String::new() },
            contacts: vec![ContactInput { name: format!("{} Қасымова {}", names[i % names.len()], i), ..Default::default() }],
            ..Default::default()
        })
        .collect();
    store.create_partners(&inputs).unwrap();
    println!("generated {PARTNERS} partners in {:.2?}", t.elapsed());

    let cases: Vec<(&str, PartnerQuery)> = vec![
        ("full list, by name", PartnerQuery::default()),
        ("full list, by category", PartnerQuery { sort: PartnerSort::Category, ..Default::default() }),
        ("search «ш» (one letter)", q("ш")),
        ("search «мұраж»", q("мұраж")),
        ("search «ШКОЛА 12»", q("ШКОЛА 12")),
        ("search «айгерім қасымова»", q("айгерім қасымова")),
        ("search «нет такого»", q("нет такого")),
        ("filter: category", PartnerQuery { category_id: Some(cats[4].id), ..Default::default() }),
    ];
    for (label, query) in cases {
        let mut times: Vec<Duration> = (0..15)
            .map(|_| {
                let t = Instant::now();
                let n = store.list_partners(&query).unwrap().len();
                std::hint::black_box(n);
                t.elapsed()
            })
            .collect();
        times.sort();
        let n = store.list_partners(&query).unwrap().len();
        println!("{label:<32} {n:>6} rows   median {:>9.2?}   max {:>9.2?}", times[times.len() / 2], times[times.len() - 1]);
    }
    let t = Instant::now();
    let similar = store.similar_partners("Школа № 4 «Мария»", None).unwrap().len();
    println!("similar-name check               {similar:>6} found  {:>9.2?}", t.elapsed());
}

fn q(s: &str) -> PartnerQuery {
    PartnerQuery { search: s.into(), ..Default::default() }
}
