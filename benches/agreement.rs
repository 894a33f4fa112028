//! The agreement PDF: time to gather, lay out and write it, and its size, for every language
//! variant, over the demo register. Run with `cargo bench --bench agreement`.

use std::time::{Duration, Instant};

use partnerdesk::{docs, AgreementQuery, DocLang, Store};

fn main() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("bench.sqlite3")).unwrap();
    partnerdesk::demo::load(&store).unwrap();
    let today = partnerdesk::today();
    let id = store.agreements(&AgreementQuery::default(), today).unwrap()[1].id;
    for lang in [DocLang::Ru, DocLang::Kk, DocLang::En, DocLang::Kkru] {
        let mut times: Vec<Duration> = Vec::new();
        let mut bytes = Vec::new();
        for _ in 0..30 {
            let t = Instant::now();
            bytes = docs::agreement::render(&store, id, lang, today).unwrap();
            times.push(t.elapsed());
        }
        times.sort();
        let doc = docs::agreement::gather(&store, id, lang, today).unwrap();
        let pages = docs::layout(&docs::agreement::document(&doc, lang)).unwrap().pages.len();
        println!(
            "agreement {:<5} {pages} pages  {:>6.1} KB   median {:>8.2?}   max {:>8.2?}",
            lang.code(),
            bytes.len() as f64 / 1024.0,
            times[times.len() / 2],
            times[times.len() - 1]
        );
    }
}
