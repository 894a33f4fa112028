//! The album of cooperation of a year with 50 events, four camera-sized photos each (200
//! different photos of 4032×3024): the time to make it and the size of the PDF, which should
//! stay under 30 MB. Run with `cargo bench --bench album`.

use std::time::Instant;

use partnerdesk::docs::{album, photo};
use partnerdesk::{AlbumOrder, HeldEventInput, Lang, Participants, PlanPeriod, Store};

fn main() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("album.sqlite3")).unwrap();
    partnerdesk::demo::load(&store).unwrap();
    let partners: Vec<i64> = store.list_partners(&Default::default()).unwrap().iter().map(|p| p.id).collect();
    let t = Instant::now();
    let mut source_bytes = 0;
    for k in 0..50u32 {
        let event = store
            .create_event(&HeldEventInput {
                held_on: format!("2026-{:02}-{:02}", 9 + k % 4, 1 + k % 28),
                partner_id: partners[k as usize % partners.len()],
                title: format!("Совместное мероприятие № {k} «Бірге оқимыз»"),
                place: "Актовый зал".into(),
                participants: Participants { children: 20 + k, parents: k % 7, teachers: 2, others: 0 },
                result: "Дети подготовили выступления, родители помогли с оформлением зала; \
                         по итогам встречи решено провести ответное мероприятие весной."
                    .into(),
                ..HeldEventInput::default()
            })
            .unwrap();
        // Four photos made on two threads: making them is slower than the album.
        let seeds: Vec<u64> = (0..4).map(|p| u64::from(k) * 4 + p + 1).collect();
        let photos: Vec<Vec<u8>> = std::thread::scope(|s| {
            let handles: Vec<_> = seeds
                .chunks(2)
                .map(|c| s.spawn(move || c.iter().map(|&seed| photo::sample(4032, 3024, seed)).collect::<Vec<_>>()))
                .collect();
            handles.into_iter().flat_map(|h| h.join().unwrap()).collect()
        });
        for (p, bytes) in photos.into_iter().enumerate() {
            let path = dir.path().join(format!("photo-{k}-{p}.jpg"));
            source_bytes += bytes.len();
            std::fs::write(&path, bytes).unwrap();
            store.add_event_photo(event.id, &path).unwrap();
        }
    }
    println!("50 events with 200 photos recorded in {:.1?} ({:.1} MB of photos)", t.elapsed(), source_bytes as f64 / 1e6);
    for order in [AlbumOrder::ByDate, AlbumOrder::ByPartner] {
        let t = Instant::now();
        let (pdf, name) = album::album_file(&store, PlanPeriod::school(2026), order, Lang::Ru).unwrap();
        println!("{name} ({order:?}): {:.1?}, {:.1} MB", t.elapsed(), pdf.len() as f64 / 1e6);
        if let Some(out) = std::env::var_os("ALBUM_BENCH_OUT") {
            std::fs::write(out, &pdf).unwrap();
        }
    }
}
