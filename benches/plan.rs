//! The yearly plan and the monthly report at scale: a 200-row plan to PDF (time, pages, size)
//! and the monthly report (PDF and XLSX) over 100,000 events held. Run with
//! `cargo bench --bench plan`.

use std::time::{Duration, Instant};

use chrono::NaiveDate;
use partnerdesk::{
    docs, ActivityInput, ActivityPeriod, CatalogList, HeldEventInput, Lang, MonthRange, Participants, PartnerInput,
    PlanInput, PlanKind, PlanRowInput, ReportFormat, Store,
};

fn median(mut times: Vec<Duration>) -> (Duration, Duration) {
    times.sort();
    (times[times.len() / 2], times[times.len() - 1])
}

fn main() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("bench.sqlite3")).unwrap();
    let today = NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
    let categories = store.catalog(CatalogList::Category).unwrap();
    let plan = store.create_plan(&PlanInput { kind: PlanKind::School, start_year: 2026, ..Default::default() }, today).unwrap();
    let partners: Vec<i64> = store
        .atomically(|s| {
            let mut ids = Vec::new();
            for k in 0..200 {
                let input = PartnerInput {
                    name: format!("Партнёр № {k} «Қызылжар өңірі»"),
                    category_id: categories[k % categories.len()].id,
                    ..Default::default()
                };
                let id = s.create_partner(&input)?.partner.id;
                let row = PlanRowInput {
                    partner_id: id,
                    goal: "Развитие творческих способностей детей, совместные мероприятия с семьями воспитанников".into(),
                    responsible: "Педагог-организатор".into(),
                    social_effect: "Рост доли родителей, участвующих в мероприятиях".into(),
                    activities: vec![
                        ActivityInput { title: "Мастер-класс «Ою-өрнек» по декоративно-прикладному творчеству".into(), period: ActivityPeriod::Months { ranges: vec![MonthRange { from: 10, to: 10 }] }, ..Default::default() },
                        ActivityInput { title: "Экскурсия в музей".into(), period: ActivityPeriod::Times { count: 2 }, ..Default::default() },
                    ],
                    ..Default::default()
                };
                s.add_plan_row(plan.id, &row, today)?;
                ids.push(id);
            }
            Ok(ids)
        })
        .unwrap();
    let sheet = store.plan_sheet(plan.id, today).unwrap();
    let mut times = Vec::new();
    let mut pdf = Vec::new();
    for _ in 0..10 {
        let t = Instant::now();
        pdf = docs::plan::render(&store, &sheet, Lang::Ru, &[]).unwrap();
        times.push(t.elapsed());
    }
    let pages = docs::layout(&docs::plan::document(&store.organisation().unwrap(), &sheet, Lang::Ru, &[])).unwrap().pages.len();
    let (med, max) = median(times);
    println!("plan 200 rows        {pages} pages  {:>7.1} KB   median {med:>8.2?}   max {max:>8.2?}", pdf.len() as f64 / 1024.0);

    let t = Instant::now();
    let start = NaiveDate::from_ymd_opt(2026, 9, 1).unwrap();
    store
        .atomically(|s| {
            for k in 0..100_000u32 {
                s.create_event(&HeldEventInput {
                    held_on: (start + chrono::Days::new(u64::from(k % 365))).to_string(),
                    partner_id: partners[k as usize % partners.len()],
                    title: format!("Мероприятие {k}"),
                    place: "Дворец школьников".into(),
                    participants: Participants { children: 20, parents: k % 7, teachers: 2, others: 0 },
                    ..Default::default()
                })?;
            }
            Ok(())
        })
        .unwrap();
    println!("100,000 events written in {:.2?}", t.elapsed());
    for format in [ReportFormat::Pdf, ReportFormat::Xlsx] {
        let mut times = Vec::new();
        let mut bytes = Vec::new();
        for _ in 0..5 {
            let t = Instant::now();
            bytes = docs::report::month_file(&store, 2026, 11, Lang::Ru, format).unwrap().0;
            times.push(t.elapsed());
        }
        let (med, max) = median(times);
        let lines = store.month_report(2026, 11, Lang::Ru).unwrap().lines.len();
        println!("month report {:<4} {lines} events  {:>7.1} KB   median {med:>8.2?}   max {max:>8.2?}", format.extension(), bytes.len() as f64 / 1024.0);
    }
    let mut times = Vec::new();
    for _ in 0..5 {
        let t = Instant::now();
        store.year_summary(partnerdesk::PlanPeriod::school(2026), today).unwrap();
        times.push(t.elapsed());
    }
    let (med, max) = median(times);
    println!("year summary over 100,000 events   median {med:>8.2?}   max {max:>8.2?}");
}
