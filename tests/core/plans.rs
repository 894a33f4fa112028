//! The yearly plan: rows under headings and their order, activities and their periods, carry
//! over, events held against the plan, the calendar, the monthly report and the year summary,
//! the printed plan and report (read back with pdftotext and calamine), and plan import.

use chrono::NaiveDate;
use partnerdesk::import::{self, PlanField, PlanMapping, RawTable};
use partnerdesk::{
    docs, ActivityInput, ActivityPeriod, ActivityStatus, CatalogList, ErrorCode, EventQuery, HeldEventInput, Lang,
    MonthRange, Participants, PlanColumn, PlanInput, PlanKind, PlanPeriod, PlanRowInput, ReportFormat, Store,
};

use super::{category, fresh, pdf_pages as pdftotext};

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

const TODAY: &str = "2026-11-29";

fn months(ranges: &[(u32, u32)]) -> ActivityPeriod {
    ActivityPeriod::Months { ranges: ranges.iter().map(|(from, to)| MonthRange { from: *from, to: *to }).collect() }
}

fn school_plan(store: &Store) -> i64 {
    store.create_plan(&PlanInput { kind: PlanKind::School, start_year: 2026, ..Default::default() }, d(TODAY)).unwrap().id
}

fn partner_in(store: &Store, name: &str, cat: &str) -> i64 {
    let input = partnerdesk::PartnerInput { name: name.into(), category_id: category(store, cat), ..Default::default() };
    store.create_partner(&input).unwrap().partner.id
}

fn row(partner_id: i64, acts: &[(&str, ActivityPeriod)]) -> PlanRowInput {
    PlanRowInput {
        partner_id,
        goal: "Совместная работа".into(),
        activities: acts.iter().map(|(t, p)| ActivityInput { title: (*t).into(), period: p.clone(), ..Default::default() }).collect(),
        ..Default::default()
    }
}

fn event(partner_id: i64, activity: Option<i64>, on: &str) -> HeldEventInput {
    HeldEventInput {
        held_on: on.into(),
        partner_id,
        activity_id: activity,
        title: "Мероприятие".into(),
        participants: Participants { children: 20, parents: 5, teachers: 2, others: 0 },
        ..Default::default()
    }
}

#[test]
fn one_plan_per_period_and_rows_grouped_under_headings_in_the_users_order() {
    let (_d, store) = fresh();
    let plan = school_plan(&store);
    let again = store.create_plan(&PlanInput { kind: PlanKind::School, start_year: 2026, ..Default::default() }, d(TODAY));
    assert_eq!(again.unwrap_err().code(), ErrorCode::PlanExists);
    let school = partner_in(&store, "Школа № 4", "education");
    let library = partner_in(&store, "Библиотека № 5", "culture");
    let gymnasium = partner_in(&store, "Гимназия № 16", "education");
    let r1 = store.add_plan_row(plan, &row(school, &[("Экскурсия", ActivityPeriod::Year)]), d(TODAY)).unwrap();
    let r2 = store.add_plan_row(plan, &row(library, &[("Урок", months(&[(10, 10)]))]), d(TODAY)).unwrap();
    let r3 = store.add_plan_row(plan, &row(gymnasium, &[("Конкурс", months(&[(12, 1)]))]), d(TODAY)).unwrap();
    let names = |store: &Store| -> Vec<(String, Vec<String>)> {
        store
            .plan_sheet(plan, d(TODAY))
            .unwrap()
            .groups
            .iter()
            .map(|g| (g.name.ru.clone(), g.rows.iter().map(|r| r.partner_name.clone()).collect()))
            .collect()
    };
    // The gymnasium joins its category's group, after the school, though added last.
    assert_eq!(names(&store), vec![
        ("Образовательные организации".to_string(), vec!["Школа № 4".to_string(), "Гимназия № 16".to_string()]),
        ("Учреждения культуры".to_string(), vec!["Библиотека № 5".to_string()]),
    ]);
    store.move_plan_row(r3.id, -1).unwrap();
    store.move_plan_group(plan, r2.group_id, -1).unwrap();
    assert_eq!(names(&store), vec![
        ("Учреждения культуры".to_string(), vec!["Библиотека № 5".to_string()]),
        ("Образовательные организации".to_string(), vec!["Гимназия № 16".to_string(), "Школа № 4".to_string()]),
    ]);
    // Moving past the ends stays within the group.
    store.move_plan_row(r1.id, 5).unwrap();
    assert_eq!(names(&store)[1].1, vec!["Гимназия № 16", "Школа № 4"]);
    assert_eq!(store.plan(plan, d(TODAY)).unwrap().rows, 3);
}

#[test]
fn bad_rows_are_refused_with_codes_and_nothing_half_written() {
    let (_d, store) = fresh();
    let plan = school_plan(&store);
    let school = partner_in(&store, "Школа № 4", "education");
    let cases: Vec<(PlanRowInput, ErrorCode)> = vec![
        (row(school, &[("", ActivityPeriod::Year)]), ErrorCode::Required),
        (row(school, &[("Урок", months(&[(13, 1)]))]), ErrorCode::PeriodInvalid),
        (row(school, &[("Урок", ActivityPeriod::Times { count: 0 })]), ErrorCode::PeriodInvalid),
        (row(school, &[("Урок", ActivityPeriod::Dates { dates: vec!["2026-02-30".into()] })]), ErrorCode::PeriodInvalid),
        // A date outside the plan's school year.
        (row(school, &[("Урок", ActivityPeriod::Dates { dates: vec!["2026-08-31".into()] })]), ErrorCode::PeriodInvalid),
        (row(school, &[("Урок", ActivityPeriod::Quarters { quarters: vec![0] })]), ErrorCode::PeriodInvalid),
        (row(9999, &[("Урок", ActivityPeriod::Year)]), ErrorCode::NotFound),
        (PlanRowInput { goal: "x".repeat(2001), ..row(school, &[]) }, ErrorCode::TooLong),
        (PlanRowInput { responsible: "a\u{7}b".into(), ..row(school, &[]) }, ErrorCode::ControlChars),
        (PlanRowInput { group_id: Some(424242), ..row(school, &[]) }, ErrorCode::CategoryUnknown),
        (row(school, &vec![("Урок", ActivityPeriod::Year); 101]), ErrorCode::OutOfRange),
    ];
    for (k, (input, code)) in cases.iter().enumerate() {
        let e = store.add_plan_row(plan, input, d(TODAY)).unwrap_err();
        assert_eq!(e.code(), *code, "case {k}: {e}");
    }
    assert_eq!(store.plan(plan, d(TODAY)).unwrap().rows, 0, "a refused row left something behind");
    let bad_plan = store.create_plan(&PlanInput { start_year: 1800, ..Default::default() }, d(TODAY)).unwrap_err();
    assert_eq!(bad_plan.code(), ErrorCode::OutOfRange);
    let bad_date = store.create_plan(&PlanInput { start_year: 2027, approved_on: Some("29.11.2026".into()), ..Default::default() }, d(TODAY));
    assert_eq!(bad_date.unwrap_err().code(), ErrorCode::DateInvalid);
}

#[test]
fn events_held_fulfil_activities_and_history_is_kept() {
    let (_d, store) = fresh();
    let plan = school_plan(&store);
    let school = partner_in(&store, "Школа № 4", "education");
    let other = partner_in(&store, "Библиотека", "culture");
    let r = store
        .add_plan_row(plan, &row(school, &[("Дважды", ActivityPeriod::Times { count: 2 }), ("Октябрь", months(&[(10, 10)])), ("Ноябрь", months(&[(11, 11)]))]), d(TODAY))
        .unwrap();
    let (twice, october, november) = (r.activities[0].id, r.activities[1].id, r.activities[2].id);
    let status = |store: &Store, id: i64| {
        let sheet = store.plan_sheet(plan, d(TODAY)).unwrap();
        let a = sheet.rows().flat_map(|r| r.activities.iter()).find(|a| a.id == id).unwrap().clone();
        (a.status, a.fulfilment.held, a.fulfilment.expected)
    };
    assert_eq!(status(&store, october), (ActivityStatus::Overdue, 0, 1));
    assert_eq!(status(&store, november), (ActivityStatus::Due, 0, 1));
    assert_eq!(status(&store, twice), (ActivityStatus::Planned, 0, 2));
    let due = store.activities_due(d(TODAY)).unwrap();
    assert_eq!(due.iter().map(|a| (a.title.as_str(), a.status)).collect::<Vec<_>>(), vec![("Октябрь", ActivityStatus::Overdue), ("Ноябрь", ActivityStatus::Due)]);

    // Held in November: fills November, not October; an empty title takes the activity's.
    let e = store.create_event(&HeldEventInput { title: String::new(), ..event(school, Some(november), "2026-11-12") }).unwrap();
    assert_eq!(e.title, "Ноябрь");
    assert_eq!(status(&store, november), (ActivityStatus::Done, 1, 1));
    store.create_event(&event(school, Some(twice), "2026-09-20")).unwrap();
    assert_eq!(status(&store, twice), (ActivityStatus::Planned, 1, 2));
    store.create_event(&event(school, Some(twice), "2027-02-20")).unwrap();
    assert_eq!(status(&store, twice), (ActivityStatus::Done, 2, 2));
    let f = store.plan(plan, d(TODAY)).unwrap().fulfilment;
    assert_eq!((f.held, f.expected, f.percent()), (3, 4, 75));

    // An event for another partner's activity, and bad events, are refused.
    for (input, code) in [
        (event(other, Some(october), "2026-10-01"), ErrorCode::ActivityOtherPartner),
        (event(school, Some(987654), "2026-10-01"), ErrorCode::NotFound),
        (event(school, None, "2026-13-01"), ErrorCode::DateInvalid),
        (HeldEventInput { time: "25:61".into(), ..event(school, None, "2026-10-01") }, ErrorCode::DateInvalid),
        (HeldEventInput { title: "  ".into(), ..event(school, None, "2026-10-01") }, ErrorCode::Required),
        (HeldEventInput { participants: Participants { children: 100_001, ..Default::default() }, ..event(school, None, "2026-10-01") }, ErrorCode::OutOfRange),
        (HeldEventInput { media_link: "x".repeat(2001), ..event(school, None, "2026-10-01") }, ErrorCode::TooLong),
    ] {
        assert_eq!(store.create_event(&input).unwrap_err().code(), code);
    }
    assert_eq!(store.events(&EventQuery::default()).unwrap().len(), 3);

    // Activities and rows with events held are never removed; the rest can be.
    // Dropping November (one event held) is refused.
    let mut edit = row(school, &[("Дважды", ActivityPeriod::Times { count: 2 }), ("Октябрь", months(&[(10, 10)]))]);
    edit.activities[0].id = Some(twice);
    edit.activities[1].id = Some(october);
    let e = store.update_plan_row(r.id, &edit, d(TODAY)).unwrap_err();
    assert_eq!((e.code(), e.details()["count"].as_str()), (ErrorCode::HasEvents, "1"));
    assert_eq!(store.delete_plan_row(r.id).unwrap_err().code(), ErrorCode::HasEvents);
    assert_eq!(store.delete_plan(plan).unwrap_err().code(), ErrorCode::HasEvents);
    let mut keep = row(school, &[("Дважды", ActivityPeriod::Times { count: 2 }), ("Ноябрь", months(&[(11, 11)]))]);
    keep.activities[0].id = Some(twice);
    keep.activities[1].id = Some(november);
    let r = store.update_plan_row(r.id, &keep, d(TODAY)).unwrap();
    assert_eq!(r.activities.iter().map(|a| a.id).collect::<Vec<_>>(), vec![twice, november], "ids kept, October removed");
}

#[test]
fn carrying_over_copies_rows_and_moves_dates_a_year() {
    let (_d, store) = fresh();
    let plan = school_plan(&store);
    let school = partner_in(&store, "Школа № 4", "education");
    store
        .add_plan_row(plan, &row(school, &[("8 Марта", ActivityPeriod::Dates { dates: vec!["2027-03-08".into()] }), ("Осень", months(&[(9, 11)]))]), d(TODAY))
        .unwrap();
    let next = store.carry_over_plan(plan, d(TODAY)).unwrap();
    assert_eq!((next.period.as_str(), next.rows), ("2027-2028", 1));
    let sheet = store.plan_sheet(next.id, d(TODAY)).unwrap();
    let acts = &sheet.groups[0].rows[0].activities;
    assert_eq!(acts[0].period, ActivityPeriod::Dates { dates: vec!["2028-03-08".into()] });
    assert_eq!(acts[1].period, months(&[(9, 11)]));
    assert_eq!(acts[1].period_label.ru, "Сентябрь–ноябрь");
    assert_eq!(store.carry_over_plan(plan, d(TODAY)).unwrap_err().code(), ErrorCode::PlanExists);
    // The copy is independent: removing it leaves the original whole.
    store.delete_plan(next.id).unwrap();
    assert_eq!(store.plan(plan, d(TODAY)).unwrap().rows, 1);
}

#[test]
fn the_calendar_shows_month_bound_windows_and_events() {
    let (_d, store) = fresh();
    let plan = school_plan(&store);
    let school = partner_in(&store, "Школа № 4", "education");
    let r = store
        .add_plan_row(
            plan,
            &row(school, &[
                ("Весь год", ActivityPeriod::Year),
                ("Декабрь–январь", months(&[(12, 1)])),
                ("День", ActivityPeriod::Dates { dates: vec!["2026-12-15".into()] }),
            ]),
            d(TODAY),
        )
        .unwrap();
    store.create_event(&event(school, Some(r.activities[2].id), "2026-12-14")).unwrap();
    let dec = store.calendar_month(2026, 12, d(TODAY)).unwrap();
    let planned: Vec<(&str, Option<&str>, bool)> = dec.planned.iter().map(|p| (p.title.as_str(), p.day.as_deref(), p.held)).collect();
    assert_eq!(planned, vec![("Декабрь–январь", None, false), ("День", Some("2026-12-15"), true)]);
    assert_eq!(dec.events.len(), 1);
    let jan = store.calendar_month(2027, 1, d(TODAY)).unwrap();
    assert_eq!(jan.planned.len(), 1);
    assert!(store.calendar_month(2026, 13, d(TODAY)).is_err());
}

/// The demo database with its plan and events, and a folder for files.
fn demo() -> (tempfile::TempDir, Store) {
    let (dir, store) = fresh();
    partnerdesk::demo::load(&store).unwrap();
    (dir, store)
}

#[test]
fn the_printed_plan_has_every_row_in_order_its_headings_and_a_header_on_every_page() {
    let (dir, store) = fresh();
    let plan = school_plan(&store);
    // 60 partners over four categories, with long texts so that the plan runs over pages.
    let cats = ["education", "culture", "safety", "parents"];
    let mut expected = Vec::new();
    for k in 0..60 {
        let name = format!("Серіктес-{k:02}");
        let id = partner_in(&store, &name, cats[k % 4]);
        let mut input = row(id, &[("Мастер-класс по декоративно-прикладному искусству «Ою-өрнек»", months(&[(10, 10)])), ("Экскурсия в музей", ActivityPeriod::Times { count: 2 })]);
        input.goal = "Развитие творческих способностей детей и сотрудничество с семьями воспитанников".into();
        store.add_plan_row(plan, &input, d(TODAY)).unwrap();
    }
    let sheet = store.plan_sheet(plan, d(TODAY)).unwrap();
    for g in &sheet.groups {
        for r in &g.rows {
            expected.push(r.partner_name.clone());
        }
    }
    let pdf = docs::plan::render(&store, &sheet, Lang::Ru, &[]).unwrap();
    let pages = pdftotext(dir.path(), "plan.pdf", &pdf);
    assert!(pages.len() >= 3, "60 rows take several pages, got {}", pages.len());
    let all = pages.join(" ");
    let mut at = 0;
    for name in &expected {
        let found = all[at..].find(name.as_str()).unwrap_or_else(|| panic!("{name} missing or out of order"));
        at += found + name.len();
    }
    for g in &sheet.groups {
        assert!(all.contains(&format!("{}:", g.name.ru)), "heading {} missing", g.name.ru);
    }
    for (k, page) in pages.iter().enumerate() {
        assert!(page.contains("Социальный") && page.contains("партнёр") && page.contains("Сроки"), "page {} has no header: {page}", k + 1);
    }
    assert!(pages[0].contains("УТВЕРЖДАЮ") && pages[0].contains("Комплексный план работы с социальными партнёрами на 2026–2027 учебный год"));
    assert!(all.contains("2 раза в год") && all.contains("Ою-өрнек"));
    // Only the chosen columns are printed.
    let pdf = docs::plan::render(&store, &sheet, Lang::Kk, &[PlanColumn::Activities, PlanColumn::Period]).unwrap();
    let pages = pdftotext(dir.path(), "plan-kk.pdf", &pdf);
    assert!(pages[0].contains("Мерзімі") && pages[0].contains("БЕКІТЕМІН"));
    assert!(!pages[0].contains("Өзара іс-қимылдың сипаттамасы"), "the goal column was not chosen");
    assert!(pages.join(" ").contains("Жылына 2 рет"));
}

#[test]
fn the_monthly_report_lists_the_months_events_in_pdf_and_xlsx() {
    let (dir, store) = demo();
    let report = store.month_report(2026, 11, Lang::Ru).unwrap();
    assert!(report.lines.len() >= 4);
    assert!(report.lines.windows(2).all(|w| w[0].held_on <= w[1].held_on), "by date");
    assert!(report.lines.iter().all(|l| l.held_on.starts_with("2026-11")));
    let total: u32 = report.lines.iter().map(|l| l.participants.parents).sum();
    assert_eq!(report.participants.parents, total);

    let (pdf, name) = docs::report::month_file(&store, 2026, 11, Lang::Ru, ReportFormat::Pdf).unwrap();
    assert!(name.ends_with(".pdf"));
    let text = pdftotext(dir.path(), "nov.pdf", &pdf).join(" ");
    assert!(text.contains("Информация о работе с социальными партнёрами за ноябрь 2026 года"), "{text}");
    for l in &report.lines {
        assert!(text.contains(&l.held_on[8..10]), "date of {}", l.title);
        let first = l.partner.split_whitespace().next().unwrap();
        assert!(text.contains(first), "partner {}", l.partner);
    }
    let director = store.organisation().unwrap().head_name.ru;
    assert!(text.contains(&director), "the director's signature line");

    let (xlsx, name) = docs::report::month_file(&store, 2026, 11, Lang::Kk, ReportFormat::Xlsx).unwrap();
    assert!(name.ends_with(".xlsx"));
    let path = dir.path().join("nov.xlsx");
    std::fs::write(&path, &xlsx).unwrap();
    let mut book: calamine::Xlsx<_> = calamine::open_workbook(&path).unwrap();
    use calamine::Reader;
    let range = book.worksheet_range_at(0).unwrap().unwrap();
    let cells: Vec<Vec<String>> = range.rows().map(|r| r.iter().map(|c| c.to_string()).collect()).collect();
    assert_eq!(cells[0][0], "2026 жылғы қараша айындағы әлеуметтік серіктестермен жұмыс туралы ақпарат");
    let header = cells.iter().position(|r| r.first().is_some_and(|c| c == "№")).unwrap();
    assert_eq!(cells[header][1], "Әлеуметтік серіктес");
    for (k, l) in report.lines.iter().enumerate() {
        let r = &cells[header + 1 + k];
        assert_eq!(r[0], (k + 1).to_string());
        assert_eq!(r[1], l.partner);
        assert!(r[2].starts_with(&l.title));
    }
    // An empty month is still a report, saying so.
    let (pdf, _) = docs::report::month_file(&store, 2025, 1, Lang::En, ReportFormat::Pdf).unwrap();
    assert!(pdftotext(dir.path(), "empty.pdf", &pdf).join(" ").contains("No events are recorded"));
    assert_eq!(store.month_report(2026, 0, Lang::Ru).unwrap_err().code(), ErrorCode::MonthInvalid);
}

#[test]
fn the_year_summary_counts_events_fulfilment_and_parents() {
    let (_d, store) = fresh();
    let plan = school_plan(&store);
    let school = partner_in(&store, "Школа № 4", "education");
    let parents = partner_in(&store, "Родительский комитет", "parents");
    let r = store.add_plan_row(plan, &row(school, &[("Октябрь", months(&[(10, 10)])), ("Год", ActivityPeriod::Year)]), d(TODAY)).unwrap();
    store.create_event(&event(school, Some(r.activities[0].id), "2026-10-05")).unwrap();
    store.create_event(&HeldEventInput { by_parents: true, ..event(parents, None, "2026-11-05") }).unwrap();
    store.create_event(&HeldEventInput { participants: Participants { children: 10, ..Default::default() }, ..event(parents, None, "2026-11-06") }).unwrap();
    // Outside the period: not counted.
    store.create_event(&event(parents, None, "2026-08-31")).unwrap();
    let s = store.year_summary(PlanPeriod::school(2026), d(TODAY)).unwrap();
    assert_eq!(s.events, 3);
    assert_eq!((s.fulfilment.held, s.fulfilment.expected), (1, 2));
    assert_eq!((s.events_with_parents, s.events_by_parents), (2, 1));
    assert_eq!(s.participants.children, 50);
    assert_eq!(s.by_parents_per_100_pupils, None, "no pupil count in the profile");
    let oct = s.months.iter().find(|m| m.month == 10).unwrap();
    assert_eq!((oct.planned, oct.held), (1, 1));
    assert_eq!(s.months.iter().find(|m| m.month == 11).unwrap().held, 2);
    assert_eq!(s.months.len(), 12);
    assert_eq!(s.months[0].month, 9, "a school year starts in September");
    assert_eq!(s.partners[0].partner_name, "Родительский комитет", "most events first");
    let mut org = store.organisation().unwrap();
    org.pupil_count = 400;
    store.update_organisation(&org).unwrap();
    let s = store.year_summary(PlanPeriod::school(2026), d(TODAY)).unwrap();
    assert_eq!(s.by_parents_per_100_pupils, Some(0.25));
    org.pupil_count = -1;
    assert_eq!(store.update_organisation(&org).unwrap_err().code(), ErrorCode::OutOfRange);
}

fn table(rows: &[&[&str]]) -> RawTable {
    RawTable { rows: rows.iter().map(|r| r.iter().map(|c| c.to_string()).collect()).collect() }
}

#[test]
fn importing_a_plan_creates_partners_and_headings_and_reports_what_it_cannot_read() {
    let (_d, store) = fresh();
    let existing = partner_in(&store, "КГУ «Средняя школа № 4»", "education");
    let t = table(&[
        &["Группа", "Партнёр", "Цель", "Мероприятия", "Сроки", "Ответственные", "Эффект"],
        &["Образовательные организации:"],
        &["", "кгу \"средняя школа №4\"", "Творчество", "1) Мастер-класс\n2) Выставка", "1) Октябрь\n2) Декабрь–январь", "Методист", ""],
        &["", "", "", "Концерт", "Март", "", ""],
        &["Кружки центра", "Студия «Айналайын»", "", "Праздник", "по согласованию", "", ""],
        &["", "", "Цель без партнёра", "", "", "", ""],
    ]);
    let period = PlanPeriod::school(2026);
    let preview = import::preview_plan(&store, &t, period, None, Lang::Ru).unwrap();
    assert!(preview.mapping.header, "the first row was read as a header");
    assert_eq!((preview.accepted, preview.refused), (2, 1));
    assert_eq!(preview.new_partners, vec!["Студия «Айналайын»"]);
    assert_eq!(preview.new_groups, vec!["Кружки центра"]);
    let school = &preview.rows[0];
    assert_eq!(school.partner_id, Some(existing), "the same name, however written");
    assert_eq!(school.activities.iter().map(|a| a.title.as_str()).collect::<Vec<_>>(), vec!["Мастер-класс", "Выставка", "Концерт"]);
    assert_eq!(school.activities[1].period, months(&[(12, 1)]));
    let studio = &preview.rows[1];
    assert_eq!(studio.activities[0].period, ActivityPeriod::Year);
    assert!(studio.issues.iter().any(|i| i.code == "period-unread" && !i.refused));
    assert!(studio.issues[0].text(Lang::Kk).contains("по согласованию"));
    assert_eq!(preview.rows[2].issues[0].code, "partner-empty");
    assert_eq!(preview.rows[2].line, 6);

    // Refused rows stop the import unless the user takes the accepted ones only.
    let e = import::import_plan(&store, &t, period, None, false).unwrap_err();
    assert_eq!(e.code(), ErrorCode::ImportRefused);
    assert!(store.find_plan("2026-2027", d(TODAY)).is_err(), "nothing was written");
    let done = import::import_plan(&store, &t, period, None, true).unwrap();
    assert_eq!((done.rows, done.partners_created, done.refused), (2, 1, 1));
    let sheet = store.plan_sheet(done.plan_id, d(TODAY)).unwrap();
    let groups: Vec<&str> = sheet.groups.iter().map(|g| g.name.ru.as_str()).collect();
    assert_eq!(groups, vec!["Образовательные организации", "Кружки центра"]);
    let studio = store.partner(sheet.groups[1].rows[0].partner_id).unwrap();
    assert_eq!(store.catalog(CatalogList::Category).unwrap().iter().find(|c| c.id == studio.category_id).unwrap().name.ru, "Кружки центра");
}

#[test]
fn importing_with_a_mapping_and_from_xlsx() {
    let (dir, store) = fresh();
    // A Word-style table: №, partner, activities, period; no group column, no header.
    let t = table(&[
        &["1", "Городская библиотека", "Библиотечный урок", "2 раза в год"],
        &["2", "Городская библиотека", "Неделя книги", "Апрель"],
    ]);
    let mapping = PlanMapping { columns: vec![PlanField::Skip, PlanField::Partner, PlanField::Activities, PlanField::Period], header: false };
    let done = import::import_plan(&store, &t, PlanPeriod::calendar(2027), Some(mapping), false).unwrap();
    assert_eq!((done.rows, done.partners_created), (2, 1), "one partner for both rows");
    let sheet = store.plan_sheet(done.plan_id, d(TODAY)).unwrap();
    assert_eq!(sheet.groups[0].name.ru, "Прочие партнёры");
    assert_eq!(sheet.groups[0].rows[1].activities[0].period, months(&[(4, 4)]));
    let no_partner = PlanMapping { columns: vec![PlanField::Goal], header: false };
    assert_eq!(import::preview_plan(&store, &t, PlanPeriod::calendar(2027), Some(no_partner), Lang::Ru).unwrap_err().code(), ErrorCode::ImportInvalid);

    // XLSX written by the app's own writer, read back by the importer.
    let mut sheet = partnerdesk::tables::Sheet::new(
        "План".into(),
        ["Группа", "Партнёр", "Цель", "Мероприятия", "Сроки"].map(String::from).to_vec(),
        vec![["Учреждения культуры", "Театр «Сказка»", "Досуг", "Спектакль", "Ежеквартально"].map(String::from).to_vec()],
    );
    sheet.caption.clear();
    let path = dir.path().join("plan.xlsx");
    std::fs::write(&path, partnerdesk::tables::to_xlsx(&sheet).unwrap()).unwrap();
    let t = import::read_table(&path).unwrap();
    let p = import::preview_plan(&store, &t, PlanPeriod::school(2026), None, Lang::Ru).unwrap();
    assert_eq!(p.rows.len(), 1);
    assert_eq!(p.rows[0].activities[0].period, ActivityPeriod::Quarters { quarters: vec![1, 2, 3, 4] });
    assert!(p.new_groups.is_empty(), "«Учреждения культуры» is the built-in category");
    let junk = dir.path().join("junk.xlsx");
    std::fs::write(&junk, b"PK\x03\x04 not really").unwrap();
    assert_eq!(import::read_table(&junk).unwrap_err().code(), ErrorCode::ImportInvalid);
}

#[test]
fn partners_exported_to_xlsx_come_back_and_duplicates_are_refused() {
    use partnerdesk::import::partners::{import_partners, preview_partners, PartnerField, PartnerMapping};
    let (dir, store) = demo();
    let path = dir.path().join("partners.xlsx");
    partnerdesk::tables::write(&partnerdesk::tables::partners(&store, Lang::Ru).unwrap(), &path).unwrap();
    let table = import::read_table(&path).unwrap();
    // Into a fresh register: every partner, with category, kind and contacts.
    let (_d2, other) = fresh();
    let done = import_partners(&other, &table, None, false).unwrap();
    assert_eq!((done.created, done.refused), (47, 0));
    let a = store.list_partners(&partnerdesk::PartnerQuery { archived: partnerdesk::ArchivedFilter::All, ..Default::default() }).unwrap();
    let b = other.list_partners(&partnerdesk::PartnerQuery { archived: partnerdesk::ArchivedFilter::All, ..Default::default() }).unwrap();
    assert_eq!(a.iter().map(|p| (&p.name, p.category_id, p.internal)).collect::<Vec<_>>(), b.iter().map(|p| (&p.name, p.category_id, p.internal)).collect::<Vec<_>>());
    let first = other.partner(b[0].id).unwrap();
    assert_eq!(first.contacts.len(), store.partner(a[0].id).unwrap().contacts.len());
    // Again: every row is refused as already in the register, and nothing is written.
    let preview = preview_partners(&other, &table, None, Lang::Ru).unwrap();
    assert_eq!((preview.accepted, preview.refused), (0, 47));
    assert!(preview.rows[0].issues[0].text(Lang::Ru).contains("уже есть в реестре"));
    assert_eq!(import_partners(&other, &table, None, false).unwrap_err().code(), ErrorCode::ImportRefused);
    // A hand-made table: a repeated name, a bad e-mail, a new category, a similar name.
    let t = table_of(&[
        &["Название", "Категория", "E-mail"],
        &["Клуб «Айналайын»", "Кружки", ""],
        &["клуб АЙНАЛАЙЫН", "Кружки", ""],
        &["Школа № 9", "Образовательные организации", "не адрес"],
        &["Школа-гимназия № 16", "", ""],
    ]);
    let mapping = PartnerMapping { columns: vec![PartnerField::Name, PartnerField::Category, PartnerField::Email], header: true };
    let p = preview_partners(&other, &t, Some(mapping.clone()), Lang::En).unwrap();
    let codes: Vec<Vec<&str>> = p.rows.iter().map(|r| r.issues.iter().map(|i| i.code.as_str()).collect()).collect();
    assert_eq!(codes, vec![vec![], vec!["partner-repeated"], vec!["text-invalid"], vec![]]);
    assert_eq!(p.new_categories, vec!["Кружки"]);
    let r = import_partners(&other, &t, Some(mapping), true).unwrap();
    assert_eq!((r.created, r.refused), (2, 2));
}

fn table_of(rows: &[&[&str]]) -> RawTable {
    table(rows)
}

#[test]
fn columns_named_on_a_command_line_take_skip_aliases_and_nominee_headers_are_found() {
    let cols: Vec<PlanField> = import::parse_columns(&["-".into(), "".into(), "Partner".into(), "social_effect".into()]).unwrap().unwrap();
    assert_eq!(cols, vec![PlanField::Skip, PlanField::Skip, PlanField::Partner, PlanField::SocialEffect]);
    assert_eq!(import::parse_columns::<PlanField>(&["budget".into()]).unwrap_err().code(), ErrorCode::FormatUnknown);
    assert!(import::parse_columns::<PlanField>(&[]).unwrap().is_none());
    assert!(import::starts_with_header(&table(&[&["Фамилия", "Имя", "Отчество"]])));
    assert!(!import::starts_with_header(&table(&[&["Иванова", "Мария", "Петровна"]])));
}
