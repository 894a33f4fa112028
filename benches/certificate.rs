//! Certificates at the end of the school year: 500 into one PDF (time, size), 500 standalone
//! files (time, total size) and the size of one standalone certificate, bare and with a logo,
//! a signature and a stamp. Run with `cargo bench --bench certificate`.

use std::sync::Arc;
use std::time::{Duration, Instant};

use partnerdesk::docs::certificate::{self, BorderStyle, CertificateData, CertificateStyle};

fn median(mut times: Vec<Duration>) -> (Duration, Duration) {
    times.sort();
    (times[times.len() / 2], times[times.len() - 1])
}

const GIVEN: [&str; 8] = ["Айгерим", "Нұрсұлтан", "Мария", "Әсел", "Иван", "Ғалым", "Өмірзақ", "Алёна"];
const FAMILY: [&str; 8] = ["Сейткали", "Иванова", "Жұмағұлов", "Петров-Водкин", "Қасымова", "Ким", "Һәкімова", "Ахметова-Ли"];

fn certificate(k: usize, pictures: bool) -> CertificateData {
    let logo: Arc<[u8]> = Arc::from(&include_bytes!("../src/docs/testdata/emblem.png")[..]);
    let signature: Arc<[u8]> = Arc::from(&include_bytes!("../src/docs/testdata/signature.png")[..]);
    let stamp: Arc<[u8]> = Arc::from(&include_bytes!("../src/docs/testdata/stamp.png")[..]);
    CertificateData {
        style: CertificateStyle {
            border: BorderStyle::ALL[k % BorderStyle::ALL.len()],
            landscape: k % 3 == 0,
            ..CertificateStyle::default()
        },
        logo: pictures.then_some(logo),
        org_name: "Коммунальное государственное казённое предприятие «Центр детского творчества № 2» \
                   отдела образования города Петропавловска"
            .into(),
        title: if k % 2 == 0 { "ГРАМОТА" } else { "АЛҒЫС ХАТ" }.into(),
        lead: if k % 2 == 0 { "награждается" } else { "алғыс білдіреді" }.into(),
        recipient: format!("{} {} (№ {k})", FAMILY[k % 8], GIVEN[(k / 8) % 8]),
        reason: "за активное участие в жизни центра, помощь в организации совместных мероприятий \
                 с социальными партнёрами и творческий подход к воспитанию детей"
            .into(),
        signer_position: "Директор КГКП «Центр детского творчества № 2»".into(),
        signer_name: "А.Б. Сейткали".into(),
        signature: pictures.then_some(signature),
        stamp: pictures.then_some(stamp),
        stamp_label: "М.П.".into(),
        place_date: "г. Петропавловск, 29 ноября 2026 г.".into(),
        number: format!("№ {}/2026", k + 1),
        qr: Some(format!("https://cdt2.edu.kz/c/{}-2026", k + 1)),
    }
}

fn main() {
    for pictures in [false, true] {
        let with = if pictures { "with logo, signature, stamp" } else { "bare" };
        let ds: Vec<CertificateData> = (0..500).map(|k| certificate(k, pictures)).collect();

        let mut times = Vec::new();
        let mut pdf = Vec::new();
        for _ in 0..5 {
            let t = Instant::now();
            pdf = certificate::render_many(&ds).unwrap();
            times.push(t.elapsed());
        }
        let (med, max) = median(times);
        let rate = 500.0 / med.as_secs_f64();
        println!(
            "500 in one PDF ({with}):  {:>8.1} KB   median {med:>8.2?}   max {max:>8.2?}   {rate:>6.0} certificates/s",
            pdf.len() as f64 / 1024.0
        );

        let t = Instant::now();
        let layout = certificate::layout_many(&ds).unwrap();
        let laid = t.elapsed();
        let t = Instant::now();
        partnerdesk::docs::render(&layout, &Default::default());
        let rendered = t.elapsed();
        let t = Instant::now();
        for d in &ds {
            certificate::qr_modules(d.qr.as_deref().unwrap_or_default()).unwrap();
        }
        println!("  of which: layout {laid:>8.2?} (QR codes {:>8.2?}), PDF {rendered:>8.2?}", t.elapsed());

        let t = Instant::now();
        let total: usize = ds.iter().map(|d| certificate::render(d).unwrap().len()).sum();
        let elapsed = t.elapsed();
        println!(
            "500 standalone ({with}):  {:>8.1} KB in all ({:.1} KB each)   {elapsed:>8.2?}   {:>6.0} certificates/s",
            total as f64 / 1024.0,
            total as f64 / 500.0 / 1024.0,
            500.0 / elapsed.as_secs_f64()
        );

        for border in BorderStyle::ALL {
            let mut d = certificate(0, pictures);
            d.style.border = border;
            d.style.landscape = false;
            let one = certificate::render(&d).unwrap();
            println!("one standalone, {:<8} ({with}): {:>6.1} KB", border.code(), one.len() as f64 / 1024.0);
        }
    }
}
